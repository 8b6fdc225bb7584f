"""Form pages: contact, talk-round request, accessibility-barrier report."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.mail import send_mail
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormMixin
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalKey

from partners.facts import partners_for

from ..forms import (
    HONEYPOT_FIELD_NAME,
    RATE_LIMITED_MESSAGE,
    PublicFormBuilder,
    submission_rate_limited,
)
from ..submissions import HandlerFormSubmissionsPanel, safe_submissions_list_view
from .pages import BasePage

logger = logging.getLogger(__name__)


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
    show_partner_contacts = models.BooleanField(
        _("show the partners' contact details"),
        default=False,
        help_text=_(
            "Shows the address, phone number, e-mail address and opening hours of every "
            "partner below the form, e.g. on the contact page. They come from the partners."
        ),
    )

    content_panels = [
        HandlerFormSubmissionsPanel(),
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("show_partner_contacts"),
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
        if self.show_partner_contacts:
            # The live partners as the page's language shows them (partners.facts).
            context["partner_contacts"] = partners_for(self.locale, request)
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

    def get_submissions_list_view_class(self):
        return safe_submissions_list_view()

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
