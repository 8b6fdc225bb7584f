"""Page types shared by the whole site: BasePage, the issuer attribution, HomePage and
StandardPage."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from approvable.models import ApprovalSnapshotMixin
from images.models import optional_image
from partners.facts import partners_for

from ..attribution import issuer_line as attribution_line
from ..blocks import ContentStreamBlock
from ..metadata import SCHEMA_ORG, government_organization
from ..restrictions import restricted_sections


class BasePage(ApprovalSnapshotMixin, Page):
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

    # Open Graph's og:type: "article" for news, "website" for everything else.
    open_graph_type = "website"

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """Upstream's two queries (ancestors, then their restrictions) only where the site
        has a view restriction at all (home.restrictions, from the frame cache): without one,
        none can apply to this page or the original of an alias above it."""
        if not restricted_sections():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def social_image(self):
        """The image of link previews (Open Graph) and structured data: the page's own."""
        return getattr(self, "image", None)

    def meta_description(self):
        """The meta description: the search description, or else the teaser."""
        return self.search_description or self.teaser

    def structured_data(self, facts):
        """The page's schema.org JSON-LD object (home.metadata.PageFacts), or None."""
        return None


# The promote tab of page types that edit the teaser with their content (news, events,
# prevention topics, standard pages).
PROMOTE_PANELS_WITHOUT_TEASER = [
    panel for panel in BasePage.promote_panels if getattr(panel, "field_name", "") != "teaser"
]


class SectionIndexPage(BasePage):
    """The listing of one section (news, events, prevention) in one language: right below the
    language's home, with an introduction."""

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1  # one per language home; max_count would count all languages

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True


class IssuedMixin(models.Model):
    """Who issues a news item, event or material: all partners jointly, or one partner.

    Approval is always by both sides; the issuer only changes the public attribution
    ("Gemeinsame Mitteilung der ..." or "Mitteilung der ..., abgestimmt mit der ... und dem
    ...", home.attribution), with the partners as the item's language shows them
    (partners.facts). An issuer that is not live (a draft or withdrawn partner) is never named:
    the item then reads as a joint statement of the live partners, who approved it either way."""

    # The issuer is a fact of the German source: a translation names the same partner instead
    # of a translated copy (wagtail-localize would create untranslated partner stand-ins).
    override_translatable_fields = [SynchronizedField("issuer", overridable=False)]

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

    def attribution(self, partners=None, approved=True):
        """The public attribution line (HTML), derived from the issuer and the partners as the
        item's language shows them (partners.facts), and when both sides approved the live
        version (a field the joint approval writes). `approved` False (previews, draft links)
        leaves the approval out: it belongs to the live one."""
        line = self.issuer_line(partners)
        approved_at = getattr(self, "jointly_approved_at", None)
        if approved_at is None or not approved:
            return line
        return format_html(
            gettext("{attribution} · approved by both sides on {date}"),
            attribution=line,
            date=date_format(localtime(approved_at), "DATE_FORMAT"),
        )

    def issuer_line(self, partners=None):
        """ "Joint statement of ..." or "Statement of ..., coordinated with ..." (HTML)."""
        if partners is None:
            partners = partners_for(self.locale)
        return attribution_line(self, partners)


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
    hero_image = optional_image(_("hero image"))
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

    def social_image(self):
        return self.hero_image

    def structured_data(self, facts):
        """The website of this language and the partner organisations behind it."""
        organizations = [government_organization(p, facts.root_url) for p in facts.partners]
        website = {
            "@type": "WebSite",
            "@id": f"{facts.url}#website",
            "name": str(_("Police and Migration Council Bad Kreuznach")),
            "url": facts.url,
            "inLanguage": facts.language,
            "publisher": [{"@id": organization["@id"]} for organization in organizations],
        }
        return {"@context": SCHEMA_ORG, "@graph": [website, *organizations]}

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
    promote_panels = PROMOTE_PANELS_WITHOUT_TEASER

    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
