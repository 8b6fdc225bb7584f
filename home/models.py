"""The shared app: the abstract BasePage, the home page, standard and form pages, the site-wide
alert, site settings and navigation."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from partners.approval import ApprovedSnippet
from partners.models import Partner

from .blocks import ContentStreamBlock
from .forms import (
    HONEYPOT_FIELD_NAME,
    RATE_LIMITED_MESSAGE,
    PublicFormBuilder,
    submission_rate_limited,
)

logger = logging.getLogger(__name__)


class BasePage(Page):
    """Fields and panels every page type shares: a teaser for listings and search results."""

    teaser = models.TextField(
        _("teaser"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences for listings, search results and link previews."),
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading=_("For search engines"),
        ),
        FieldPanel("teaser"),
        FieldPanel("show_in_menus"),
    ]

    search_fields = [*Page.search_fields, index.SearchField("teaser")]

    class Meta:
        abstract = True


class IssuedMixin(models.Model):
    """Who issues a news item, event or material: all partners jointly, or one partner.

    Approval is always by both sides; the issuer only changes the public attribution
    ("Gemeinsame Mitteilung von ..." or "Mitteilung von ..., abgestimmt mit ...")."""

    issuer = models.ForeignKey(
        "partners.Partner",
        verbose_name=_("issuer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "Leave empty for a joint statement of all partners. Both sides approve either way."
        ),
    )

    class Meta:
        abstract = True

    def attribution(self, partners=None):
        """The public attribution line, derived from the issuer and the partner list."""
        if partners is None:
            partners = list(
                Partner.objects.filter(locale_id=self.locale_id, live=True).order_by(
                    "sort_order", "name"
                )
            )
        names = [p.name for p in partners]
        if self.issuer_id is None:
            return format_lazy(_("Joint statement of {partners}"), partners=join_names(names))
        others = [p.name for p in partners if p.pk != self.issuer_id]
        if not others:
            return format_lazy(_("Statement of {issuer}"), issuer=self.issuer.name)
        return format_lazy(
            _("Statement of {issuer}, coordinated with {others}"),
            issuer=self.issuer.name,
            others=join_names(others),
        )


def join_names(names):
    """'A, B and C' in the active language."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return format_lazy(_("{first} and {last}"), first=", ".join(names[:-1]), last=names[-1])


class HomePage(BasePage):
    """The start page of one language. Exactly one per locale: all locale homes share the root
    as parent, so neither max_count nor max_count_per_parent can express it (see clean())."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "events.EventIndexPage",
        "prevention.PreventionIndexPage",
        "home.StandardPage",
        "home.FormPage",
    ]

    hero_heading = models.CharField(_("hero heading"), max_length=255, blank=True)
    hero_image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    featured_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("featured news item"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown first on the home page, e.g. a current joint statement."),
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)
    easy_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Easy Language page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked in the header of every page of this language."),
    )
    sign_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sign language page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked in the header of every page of this language."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(["hero_heading", "hero_image"], heading=_("Hero")),
        FieldPanel("intro"),
        PageChooserPanel("featured_page", page_type="news.NewsPage"),
        FieldPanel("body"),
        MultiFieldPanel(
            [PageChooserPanel("easy_language_page"), PageChooserPanel("sign_language_page")],
            heading=_("Accessibility links"),
        ),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @classmethod
    def can_create_at(cls, parent):
        return super().can_create_at(parent) and parent.is_root()

    def clean(self):
        super().clean()
        if self.locale_id is None:
            return
        others = HomePage.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if others.exists():
            raise ValidationError(_("This language already has a home page. Only one is allowed."))


class StandardPage(BasePage):
    """A page of text: about the cooperation, careers, legal pages, Leichte Sprache."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "home.FormPage"]

    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("teaser"), FieldPanel("body")]
    promote_panels = [
        p for p in BasePage.promote_panels if getattr(p, "field_name", "") != "teaser"
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class FormField(AbstractFormField):
    page = ParentalKey("home.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    def clean(self):
        super().clean()
        if (self.clean_name or self.get_field_clean_name()) == HONEYPOT_FIELD_NAME:
            raise ValidationError(
                {"label": _("This label is reserved for the spam protection. Choose another.")}
            )


class FormPage(BasePage, AbstractEmailForm):
    """A form: contact, talk-round request, report of an accessibility barrier. Submissions are
    stored and mailed; the page reminds visitors that it is not for emergencies. A honeypot and
    a rate limit per client IP keep spam out without a third-party captcha (home.forms)."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        FormSubmissionsPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel(["from_address", "to_address"]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    form_builder = PublicFormBuilder

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    def save(self, *args, **kwargs):
        if not self.to_address and settings.FORMS_DEFAULT_RECIPIENT:
            self.to_address = settings.FORMS_DEFAULT_RECIPIENT
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["retention_days"] = settings.FORM_SUBMISSION_RETENTION_DAYS
        return context

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if submission_rate_limited(request, self):
            return self.render_form(request, form, rate_limited=True, status=429)
        if form.honeypot_filled:
            # Don't tell bots: the normal thank-you page, but nothing stored or mailed.
            return self.render_landing_page(request, None, *args, **kwargs)
        if form.is_valid():
            submission = self.process_form_submission(form)
            return self.render_landing_page(request, submission, *args, **kwargs)
        return self.render_form(request, form)

    def render_form(self, request, form, rate_limited=False, status=200):
        context = self.get_context(request)
        context["form"] = form
        context["rate_limited"] = rate_limited
        if rate_limited:
            context["rate_limited_message"] = RATE_LIMITED_MESSAGE
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def get_recipients(self):
        """The page's addresses, or FORMS_DEFAULT_RECIPIENT when it names none (also for pages
        saved before that setting was set)."""
        addresses = self.to_address or settings.FORMS_DEFAULT_RECIPIENT
        return [address.strip() for address in addresses.split(",") if address.strip()]

    def process_form_submission(self, form):
        # FormMixin stores the submission; EmailFormMixin's version would mail only to_address.
        submission = FormMixin.process_form_submission(self, form)
        if self.get_recipients():
            try:
                self.send_mail(form)
            except Exception:
                # The submission is stored and visible in the admin; the visitor must not
                # send it again because our mail server failed.
                logger.exception("Could not mail the submission %s of %s", submission.pk, self)
        return submission

    def send_mail(self, form):
        reply_to = [
            form.cleaned_data[field.clean_name]
            for field in self.get_form_fields()
            if field.field_type == "email" and form.cleaned_data.get(field.clean_name)
        ]
        send_mail(
            self.subject or self.title,
            self.render_email(form),
            self.get_recipients(),
            self.from_address,
            reply_to=reply_to[:1] or None,
        )


class AlertLevel(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    DANGER = "danger", _("Danger")


class AlertQuerySet(models.QuerySet):
    def active(self, locale=None, now=None):
        """Live alerts that have not expired yet: filtered at render time, so an alert
        disappears on time even before the publish_scheduled job unpublishes it."""
        qs = self.filter(live=True, expire_at__gt=now or timezone.now())
        if locale is not None:
            qs = qs.filter(locale=locale)
        return qs.order_by("-expire_at")


class AlertForm(WagtailAdminModelForm):
    """Makes the end date a required field in the admin, so editors see one clear message."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("expire_at")
        if field is not None:
            field.required = True
            field.error_messages["required"] = EXPIRY_REQUIRED

    def _post_clean(self):
        self.instance._expiry_reported_by_form = "expire_at" in self.errors
        super()._post_clean()


EXPIRY_REQUIRED = _("Every alert needs an end: enter the date until it is shown.")


class Alert(ApprovedSnippet):
    """A site-wide notice for special occasions (big events, serious accidents or crimes),
    shown on every page of its language until it expires."""

    title = models.CharField(_("title"), max_length=200)
    message = models.TextField(_("message"), max_length=1000)
    level = models.CharField(
        _("severity"), max_length=10, choices=AlertLevel.choices, default=AlertLevel.INFO
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("more information (page)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField(_("more information (address)"), blank=True)

    objects = AlertQuerySet.as_manager()
    base_form_class = AlertForm

    panels = [
        "title",
        "message",
        "level",
        FieldPanel(
            "expire_at",
            heading=_("Visible until"),
            help_text=_("Required. The alert disappears from the site at this time."),
        ),
        PageChooserPanel("link_page"),
        "link_url",
    ]

    search_fields = [
        index.SearchField("title"),
        index.SearchField("message"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(ApprovedSnippet.Meta):
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        # The admin form reports a missing or past date on the field itself (AlertForm).
        if not self.expire_at:
            if not getattr(self, "_expiry_reported_by_form", False):
                errors["expire_at"] = EXPIRY_REQUIRED
        elif self._state.adding and self.expire_at <= timezone.now():
            errors["expire_at"] = _("The end of the alert must lie in the future.")
        if self.link_page_id and self.link_url:
            errors["link_url"] = _("Choose either a page or an external address.")
        if errors:
            raise ValidationError(errors)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Language-independent values only: one row per Site, shared by all ten languages.
    Texts live in the gettext catalogues or in translatable snippets."""

    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    press_email = models.EmailField(_("press e-mail"), blank=True)
    onlinewache_url = models.URLField(
        _("Onlinewache address"),
        default="https://www.polizei.rlp.de/onlinewache",
        help_text=_("Where crime reports go: the site itself takes none."),
    )
    nora_url = models.URLField(
        _("nora emergency app address"),
        default="https://www.nora-notruf.de/",
        help_text=_("The official emergency app for people who cannot phone."),
    )

    panels = ["contact_phone", "contact_email", "press_email", "onlinewache_url", "nora_url"]

    class Meta:
        verbose_name = _("site settings")


class MenuLocation(models.TextChoices):
    MAIN = "main", _("Main navigation")
    FOOTER = "footer", _("Footer")


class NavigationMenu(TranslatableMixin, ClusterableModel):
    """A menu of one language: the main navigation or the footer links. Administrators edit it
    per language; it is not under the joint approval (it only links approved pages)."""

    location = models.CharField(_("location"), max_length=20, choices=MenuLocation.choices)

    panels = ["location", InlinePanel("items", label=_("Links"))]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation menu")
        verbose_name_plural = _("navigation menus")
        constraints = [
            models.UniqueConstraint(
                fields=["location", "locale"], name="one_menu_per_location_and_locale"
            )
        ]

    def __str__(self):
        return f"{self.get_location_display()} ({self.locale})"


class NavigationItem(Orderable):
    menu = ParentalKey(NavigationMenu, on_delete=models.CASCADE, related_name="items")
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    link_url = models.URLField(_("external address"), blank=True)
    link_text = models.CharField(
        _("link text"),
        max_length=100,
        blank=True,
        help_text=_("Leave empty to use the page title."),
    )

    panels = [PageChooserPanel("link_page"), "link_url", "link_text"]

    def clean(self):
        super().clean()
        if bool(self.link_page_id) == bool(self.link_url):
            raise ValidationError(_("Choose either a page or an external address."))
        if self.link_url and not self.link_text:
            raise ValidationError({"link_text": _("An external link needs a link text.")})

    @property
    def text(self):
        return self.link_text or (self.link_page.title if self.link_page else self.link_url)
