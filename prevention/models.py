"""Prevention: topics with advice, and a library of materials (flyers, posters, videos) that
exist in many languages, one file per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from approvable.models import ApprovedSnippet
from home.admin_forms import IssuedSnippetForm
from home.blocks import ContentStreamBlock
from home.fields import ChoiceListField, ExplainedCharField
from home.languages import (
    LANGUAGE_NAMES,
    MATERIAL_LANGUAGES,
    RTL_LANGUAGES,
    html_lang,
    language_name,
    name_lang,
)
from home.models import PROMOTE_PANELS_WITHOUT_TEASER, BasePage, IssuedMixin, SectionIndexPage
from images.models import optional_image
from partners.relations import in_language, resolve_many

from .facts import has_file_in, in_topic, with_source_files


class TargetGroup(models.TextChoices):
    EVERYONE = "everyone", _("Everyone")
    CHILDREN = "children", _("Children")
    YOUTH = "youth", _("Young people")
    PARENTS = "parents", _("Parents")
    SENIORS = "seniors", _("Older people")
    WOMEN = "women", _("Women")
    NEWCOMERS = "newcomers", _("People new to Germany")
    VOLUNTEERS = "volunteers", _("Volunteers and associations")
    ROAD_USERS = "road_users", _("Cyclists and pedestrians")


class MaterialFormat(models.TextChoices):
    FLYER = "flyer", _("Flyer")
    POSTER = "poster", _("Poster")
    BROCHURE = "brochure", _("Brochure")
    CHECKLIST = "checklist", _("Checklist")
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")
    PRESENTATION = "presentation", _("Presentation")


class PreventionIndexPage(SectionIndexPage):
    """The prevention section of one language: its topics and the material library."""

    subpage_types = ["prevention.PreventionTopicPage"]

    class Meta:
        verbose_name = _("prevention index page")
        verbose_name_plural = _("prevention index pages")

    def topics(self):
        return PreventionTopicPage.objects.child_of(self).live().public().order_by("title")

    def materials(self, filters=None):
        """The live material library of this language (see library_materials)."""
        return library_materials(self.locale_id, filters, topic_keys=self._topic_keys())

    def _topic_keys(self):
        return {topic.pk: topic.translation_key for topic in self.topics()}

    def get_context(self, request, *args, **kwargs):
        from .library import library_context  # library imports this module

        context = super().get_context(request, *args, **kwargs)
        context.update(library_context(request, self.locale_id, list(self.topics())))
        return context


def clean_filters(params, topic_pks=()):
    """The valid library filters among the query parameters; anything else is ignored."""
    filters = {}
    topic = params.get("topic", "")
    if topic.isascii() and topic.isdecimal() and int(topic) in set(topic_pks):
        filters["topic"] = int(topic)
    if params.get("group") in TargetGroup.values:
        filters["group"] = params["group"]
    if params.get("language") in LANGUAGE_NAMES:
        filters["language"] = params["language"]
    return filters


def library_materials(locale_id, filters=None, topic_keys=None, first_language=None):
    """The material library as a page of `locale_id`'s language shows it: every live material,
    in that language where a live translation exists, otherwise the German one (whose metadata
    the template marks lang="de"), filtered by topic (any language version of the topic, by
    `topic_keys`: {topic pk: translation key}), target group and language of the material.
    Materials with a file in `first_language` (the visitor's) come first."""
    filters = filters or {}
    materials = in_language(PreventionMaterial.objects.all(), locale_id)
    if "topic" in filters:
        materials = materials.filter(in_topic((topic_keys or {}).get(filters["topic"])))
    if "group" in filters:
        # The JSON list holds quoted codes; the quotes keep "youth" from matching "x-youth".
        materials = materials.filter(target_groups__icontains=f'"{filters["group"]}"')
    if "language" in filters:
        materials = materials.filter(has_file_in(filters["language"]))
    order = ["title", "pk"]
    if first_language:
        materials = materials.annotate(
            in_first_language=models.ExpressionWrapper(
                has_file_in(first_language), output_field=models.BooleanField()
            )
        )
        order = ["-in_first_language", *order]
    return materials.order_by(*order).prefetch_related(files_prefetch())


class PreventionTopicPage(BasePage):
    """One prevention topic, e.g. phone fraud: advice, contacts, related events, materials."""

    parent_page_types = ["prevention.PreventionIndexPage"]
    subpage_types = []

    image = optional_image(_("image"))
    body = StreamField(ContentStreamBlock(), verbose_name=_("advice"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("contacts", label=_("Contacts")),
        InlinePanel("related_events", label=_("Related events")),
    ]
    promote_panels = PROMOTE_PANELS_WITHOUT_TEASER

    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    class Meta:
        verbose_name = _("prevention topic")
        verbose_name_plural = _("prevention topics")

    def live_materials(self):
        """The live materials of this topic in the page's language: a material's live
        translation where one exists, otherwise the German material. The relation is read by
        the topic's translation key, so every language version of the topic lists the same
        materials, and the German page never lists translations as extra materials."""
        return (
            in_language(PreventionMaterial.objects.all(), self.locale_id)
            .filter(in_topic(self.translation_key))
            .order_by("title", "pk")
            .prefetch_related(files_prefetch())
        )

    def live_contacts(self):
        """The contact persons in the page's language (else German, partners.relations)."""
        from partners.models import ContactPerson

        items = self._source_rows(PreventionTopicContact, "contact")
        return resolve_many(
            ContactPerson.objects.select_related("partner", "photo"),
            items,
            self.locale_id,
        )

    def live_related_events(self):
        """The related events in the page's language: the event's live translation where one
        exists, else the live German event (marked lang="de" by the card)."""
        from django.apps import apps

        event_model = apps.get_model("events", "EventPage")  # prevention never imports events
        items = self._source_rows(PreventionTopicEvent, "event")
        return resolve_many(
            event_model.objects.select_related("venue", "issuer").defer_streamfields(),
            items,
            self.locale_id,
        )

    def _source_rows(self, model, field):
        """The rows of a relation as the live German source of this topic has them (they
        are decided in German; a translation's own copy may predate a change), or this page's
        own rows where the German source is not live. One query."""
        from django.conf import settings

        rows = list(
            model.objects.filter(
                models.Q(page=self)
                | models.Q(
                    page__translation_key=self.translation_key,
                    page__locale__language_code=settings.LANGUAGE_CODE,
                    page__live=True,
                )
            )
            .select_related(field)
            .annotate(page_language=models.F("page__locale__language_code"))
            .order_by("sort_order", "pk")
        )
        german = [row for row in rows if row.page_language == settings.LANGUAGE_CODE]
        return [getattr(row, field) for row in (german or rows)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            materials=with_source_files(self.live_materials()),
            contacts=self.live_contacts(),
            related_events=self.live_related_events(),
        )
        return context


class PreventionTopicContact(Orderable):
    page = ParentalKey(PreventionTopicPage, on_delete=models.CASCADE, related_name="contacts")
    contact = models.ForeignKey(
        "partners.ContactPerson",
        verbose_name=_("contact person"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = ["contact"]


class PreventionTopicEvent(Orderable):
    page = ParentalKey(PreventionTopicPage, on_delete=models.CASCADE, related_name="related_events")
    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="+"
    )

    panels = ["event"]


class PreventionMaterial(IssuedMixin, ApprovedSnippet):
    """A flyer, poster or video with one file per language it exists in. The metadata is
    translated; the files are facts shared by every language of the site."""

    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    topics = ParentalManyToManyField(
        PreventionTopicPage, verbose_name=_("topics"), blank=True, related_name="materials"
    )
    target_groups = ChoiceListField(
        _("target groups"), item_choices=TargetGroup.choices, blank=True
    )
    format = models.CharField(_("format"), max_length=20, choices=MaterialFormat.choices)
    publisher = models.CharField(
        _("produced by"),
        max_length=255,
        blank=True,
        help_text=_(
            'Who produced it, e.g. "Polizeiliche Kriminalprävention der Länder und des Bundes".'
        ),
    )
    accessible_pdf = models.BooleanField(
        _("accessible PDF"),
        default=False,
        help_text=_("Tick only if the PDF files are tagged and checked for accessibility."),
    )

    base_form_class = IssuedSnippetForm
    override_translatable_fields = [
        *IssuedMixin.override_translatable_fields,
        SynchronizedField("topics"),
    ]

    panels = [
        "title",
        "description",
        MultiFieldPanel(
            ["topics", "target_groups", "format", "publisher", "issuer", "accessible_pdf"],
            heading=_("Facts"),
        ),
        InlinePanel("files", label=_("Files per language"), min_num=1),
    ]

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("description"),
        index.SearchField("publisher"),
        index.AutocompleteField("title"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("format"),
    ]

    class Meta(ApprovedSnippet.Meta):
        verbose_name = _("prevention material")
        verbose_name_plural = _("prevention materials")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def target_group_labels(self):
        return self._meta.get_field("target_groups").labels(self.target_groups)


class PreventionMaterialFile(Orderable):
    """The material in one language. Languages come from an open list beyond the site's ten."""

    material = ParentalKey(PreventionMaterial, on_delete=models.CASCADE, related_name="files")
    language = ExplainedCharField(
        _("language"),
        max_length=10,
        choices=MATERIAL_LANGUAGES,
        error_messages={"blank": _("Choose the language of this file.")},
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        on_delete=models.PROTECT,
        related_name="+",
        error_messages={"null": _("Choose the file for this language.")},
    )

    panels = ["language", "document"]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
        verbose_name_plural = _("files")
        constraints = [
            models.UniqueConstraint(fields=["material", "language"], name="one_file_per_language")
        ]

    def __str__(self):
        return f"{self.material} ({self.language_name})"

    @property
    def language_name(self):
        return language_name(self.language)

    @property
    def html_lang(self):
        return html_lang(self.language)

    @property
    def name_lang(self):
        """The language of the language's name (German for the sign language)."""
        return name_lang(self.language)

    @property
    def is_rtl(self):
        return self.language in RTL_LANGUAGES


def files_prefetch():
    """Every listed material's files with their documents, in the editors' order: one query
    for the whole list (listings, topic pages, search results)."""
    return models.Prefetch(
        "files",
        queryset=PreventionMaterialFile.objects.select_related("document").order_by(
            "sort_order", "pk"
        ),
    )
