"""News: press releases, joint statements, reports and prevention tips."""

import functools

from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from approvable.generation import cached
from home.admin_forms import IssuedPageForm
from home.blocks import ContentStreamBlock
from home.filters import FILTER_YEARS
from home.metadata import SCHEMA_ORG, government_organization, iso, start_of_day
from home.models import PROMOTE_PANELS_WITHOUT_TEASER, BasePage, IssuedMixin, SectionIndexPage
from home.pagination import CachedCountPaginator
from images.models import optional_image
from partners.facts import OptionText, partners_for


class NewsCategory(models.TextChoices):
    PRESS_RELEASE = "press_release", _("Press release")
    JOINT_STATEMENT = "joint_statement", _("Joint statement")
    REPORT = "report", _("Report")
    PREVENTION_TIP = "prevention_tip", _("Prevention tip")
    INTERCULTURAL_WEEK = "intercultural_week", _("Intercultural week")
    RECRUITMENT = "recruitment", _("Recruitment")


def listed_in(index, aliases=True):
    """The live, public news items below `index`, newest first (-date, -pk).

    The conditions on the page row (a child of the index, live, public, and no alias where
    `aliases` is false) are one EXISTS per item instead of a join: SQLite then walks
    news_date_idx from the newest item and stops at the slice, where with the join it read
    every page of the tree (Wagtail's path prefix is a LIKE that SQLite cannot take from an
    index) and sorted them all — 8 ms for a listing at 10,000 items, 0.1 ms this way (make
    bench). PostgreSQL plans both alike."""
    pages = Page.objects.child_of(index).live().public()
    if not aliases:
        pages = pages.filter(alias_of__isnull=True)
    return NewsPage.objects.filter(Exists(pages.filter(pk=OuterRef("pk")))).order_by("-date", "-pk")


class NewsIndexPage(SectionIndexPage):
    """The news listing of one language."""

    subpage_types = ["news.NewsPage"]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def news(self):
        """Live news items of this listing, newest first."""
        return (
            listed_in(self).select_related("image", "issuer").prefetch_related("image__renditions")
        )

    def clean_filters(self, params, partner_pks=()):
        """The valid filters among the query parameters; anything else is ignored."""
        filters = {}
        if params.get("category") in NewsCategory.values:
            filters["category"] = params["category"]
        issuer = params.get("issuer", "")
        if issuer == "joint" or (
            issuer.isascii() and issuer.isdecimal() and int(issuer) in set(partner_pks)
        ):
            filters["issuer"] = issuer
        year = params.get("year", "")
        if len(year) == 4 and year.isascii() and year.isdecimal() and int(year) in FILTER_YEARS:
            filters["year"] = year
        return filters

    def filtered(self, filters):
        """Live news items matching cleaned filters (see clean_filters)."""
        items = self.news()
        if "category" in filters:
            items = items.filter(category=filters["category"])
        if filters.get("issuer") == "joint":
            items = items.filter(issuer__isnull=True)
        elif "issuer" in filters:
            items = items.filter(issuer_id=int(filters["issuer"]))
        if "year" in filters:
            items = items.filter(date__year=int(filters["year"]))
        return items

    def years(self):
        """The years with news, newest first; counted once per content generation (the
        distinct years need a pass over every item)."""
        return cached(
            "news-years",
            (self.pk,),
            lambda: [day.year for day in self.news().dates("date", "year", order="DESC")],
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Issuers are the German partners (translations point to them): the options carry
        # their pks, named in this language where a partner is translated, else in German.
        partners = partners_for(self.locale, request)
        filters = self.clean_filters(request.GET, [p.source_pk for p in partners])
        context.update(
            filters=filters,
            items=CachedCountPaginator(
                self.filtered(filters), 10, key=(self.pk, *sorted(filters.items()))
            ).get_page(request.GET.get("page")),
            categories=NewsCategory.choices,
            issuers=[
                ("joint", _("Joint statements")),
                *((str(partner.source_pk), OptionText(partner)) for partner in partners),
            ],
            years=[(str(year), year) for year in self.years()],
        )
        return context


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
    image = optional_image(_("image"))
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
    promote_panels = PROMOTE_PANELS_WITHOUT_TEASER

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("date"),
    ]

    base_form_class = IssuedPageForm
    open_graph_type = "article"

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        # The listing, the feeds and the home teasers: newest first (-date, -pk), also per
        # category; the issuer filter has its foreign key's index.
        indexes = [
            models.Index(fields=["-date", "-page_ptr"], name="news_date_idx"),
            models.Index(fields=["category", "-date"], name="news_category_date_idx"),
        ]

    def published_at(self):
        """When the item counts as published in feeds and structured data: its first
        publication if that fell on its date, else the start of its date (Europe/Berlin), so
        an item dated before or after it went live keeps the date that editors gave it."""
        first = self.first_published_at
        if first is not None and timezone.localtime(first).date() == self.date:
            return first
        return start_of_day(self.date)

    def updated_at(self):
        """When the live version was published (never before published_at)."""
        published = self.published_at()
        return max(self.last_published_at or published, published)

    def authors(self, partners):
        """The partners speaking, from the set of the item's language (partners.facts): the
        live issuer, or all live partners for a joint statement (also when the issuer is not
        live: see IssuedMixin)."""
        return partners.speakers(self)

    def structured_data(self, facts):
        organization = functools.partial(government_organization, root_url=facts.root_url)
        data = {
            "@context": SCHEMA_ORG,
            "@type": "NewsArticle",
            "@id": f"{facts.url}#article",
            "headline": self.title,
            "url": facts.url,
            "mainEntityOfPage": facts.url,
            "datePublished": iso(self.published_at()),
            "dateModified": iso(self.updated_at()),
            "inLanguage": facts.language,
            "articleSection": str(self.get_category_display()),
            "author": [organization(partner) for partner in self.authors(facts.partners)],
            "publisher": [organization(partner) for partner in facts.partners],
        }
        if self.meta_description():
            data["description"] = self.meta_description()
        if facts.image_url:
            data["image"] = facts.image_url
        return data
