"""News: press releases, joint statements, reports and prevention tips."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from home.blocks import ContentStreamBlock
from home.models import BasePage, IssuedMixin


class NewsCategory(models.TextChoices):
    PRESS_RELEASE = "press_release", _("Press release")
    JOINT_STATEMENT = "joint_statement", _("Joint statement")
    REPORT = "report", _("Report")
    PREVENTION_TIP = "prevention_tip", _("Prevention tip")
    INTERCULTURAL_WEEK = "intercultural_week", _("Intercultural week")
    RECRUITMENT = "recruitment", _("Recruitment")


class NewsIndexPage(BasePage):
    """The news listing of one language."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1  # one per language home; max_count would count all languages

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def news(self):
        """Live news items of this listing, newest first."""
        return (
            NewsPage.objects.child_of(self)
            .live()
            .select_related("image", "issuer")
            .order_by("-date", "-pk")
        )


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPage(IssuedMixin, BasePage):
    """One news item. Names its issuer (joint or one partner) and the partners responsible."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    date = models.DateField(_("date"), default=timezone.localdate)
    category = models.CharField(
        _("category"),
        max_length=30,
        choices=NewsCategory.choices,
        default=NewsCategory.PRESS_RELEASE,
    )
    image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"))
    partners = ParentalManyToManyField(
        "partners.Partner",
        verbose_name=_("responsible partners"),
        blank=True,
        related_name="+",
        help_text=_("The partners whose work the item reports on."),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(["date", "category", "issuer", "partners"], heading=_("Facts")),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    promote_panels = [
        p for p in BasePage.promote_panels if getattr(p, "field_name", "") != "teaser"
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
