"""A deterministic fingerprint of the loaded demo content, to prove that moving the demo content
from code into data files (issue 16) changed nothing a visitor, editor or translator could see.

Every row of the content tables is written out with its fields, and every reference as what it
points to (a page's locale and URL path, a snippet's name, a user's username) instead of a
primary key. Left out, because they differ between two loads of the same code:

- primary keys, UUIDs (translation keys, StreamField block ids; block ids are replaced by their
  position) and password hashes (random salt);
- timestamps written while loading (revisions, publication, approval): a datetime that falls
  inside the load, or a whole number of days after it (an alert that expires in 30 days), is
  written as "<load>" or "<load + 30 days>";
- file names (they carry factory sequence numbers that depend on earlier tests): a file is
  written as its size and the SHA-256 of its bytes, which Pillow draws the same every time
  (except the creation time it stamps into a PDF, which is left out);
- derived data: the search index, TranslationSource.content_json and revision contents (the
  strings, segments and live fields they are made from are compared).

Dates of the demo that are relative to the day of loading (news dates, upcoming events) are
compared as they are: the fingerprint records that day (`loaded_on`) and the test loads the
demo as of that day."""

import datetime
import hashlib
import json
import re
import uuid
from collections import defaultdict

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.utils import timezone

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, Revision
from wagtail.rich_text import RichText

# Tables the demo writes, besides every model of our own apps and every page type.
WAGTAIL_MODELS = [
    "wagtailcore.Locale",
    "wagtailcore.Site",
    "wagtailcore.Collection",
    "wagtailcore.GroupCollectionPermission",
    "wagtailcore.GroupPagePermission",
    "wagtailcore.Workflow",
    "wagtailcore.WorkflowTask",
    "wagtailcore.WorkflowPage",
    "wagtailcore.WorkflowContentType",
    "wagtailcore.Task",
    "wagtailcore.WorkflowState",
    "wagtailcore.TaskState",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.ReferenceIndex",
    "wagtailcore.Revision",
    "wagtailcore.PageLogEntry",
    "wagtailcore.ModelLogEntry",
    "wagtaildocs.Document",
    "taggit.Tag",
    "taggit.TaggedItem",
    "auth.User",
    "auth.Group",
    "wagtailusers.UserProfile",
    "wagtail_localize.TranslatableObject",
    "wagtail_localize.TranslationSource",
    "wagtail_localize.Translation",
    "wagtail_localize.TranslationLog",
    "wagtail_localize.String",
    "wagtail_localize.TranslationContext",
    "wagtail_localize.StringSegment",
    "wagtail_localize.StringTranslation",
    "wagtail_localize.TemplateSegment",
    "wagtail_localize.RelatedObjectSegment",
    "wagtail_localize.OverridableSegment",
    "wagtail_localize.SegmentOverride",
    "wagtail_localize.LocaleSynchronization",
]
OUR_APPS = ["images", "partners", "home", "news", "events", "prevention", "editorial"]

# Derived or volatile columns, by model label ("*" for every model).
SKIPPED = {
    "*": {"id", "uuid", "page_ptr", "task_ptr", "translation_key", "path_id"},
    "auth.User": {"password"},
    "wagtail_localize.TranslationSource": {"content_json"},
    "wagtail_localize.String": {"data_hash"},
    "wagtailcore.Revision": {"content"},
    "wagtailcore.PageLogEntry": {"data"},
    "wagtailcore.ModelLogEntry": {"data"},
    "wagtailcore.ReferenceIndex": {"content_path_hash"},
}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
PDF_DATES = re.compile(rb"/(CreationDate|ModDate) \(D:\d+Z\)")
RICH_TEXT_REFERENCE = re.compile(
    r'(<(?:a|embed) (?:linktype|embedtype)="(page|document|image)"[^>]*? id=")(\d+)(")'
)


class Fingerprint:
    def __init__(self, started, finished):
        self.window = (started - datetime.timedelta(seconds=1), finished)
        self.block_ids = {}
        self.revision_ranks = {}

    # -- references -----------------------------------------------------------------------

    def ref(self, obj):
        """What a row points to, in words that survive a reload."""
        if obj is None:
            return None
        if isinstance(obj, Page):
            return f"page {obj.locale.language_code}:{obj.url_path}"
        if isinstance(obj, Revision):
            return f"revision {self.revision_ranks[obj.pk]} of {self.generic(obj)}"
        label = obj._meta.label
        if label == "auth.User":
            return f"user {obj.username}"
        if label == "wagtailcore.Locale":
            return obj.language_code
        if label == "contenttypes.ContentType":
            return f"{obj.app_label}.{obj.model}"
        if label == "auth.Permission":
            return f"{obj.content_type.app_label}.{obj.codename}"
        if label == "wagtail_localize.TranslatableObject":
            return f"translations of {self.translatable(obj)}"
        if label == "wagtail_localize.TranslationSource":
            return f"source {obj.locale.language_code} of {self.translatable(obj.object)}"
        if label == "wagtail_localize.Translation":
            return f"{self.ref(obj.source)} -> {obj.target_locale.language_code}"
        if label == "wagtail_localize.String":
            return f"string {obj.locale.language_code}:{obj.data}"
        if label == "wagtail_localize.TranslationContext":
            return f"{self.translatable(obj.object)}:{self.text(obj.path)}"
        if label == "wagtailcore.WorkflowState":
            return f"workflow state of {self.generic(obj)}"
        if label == "wagtailcore.TaskState":
            return f"task state {obj.task.name} of {self.ref(obj.workflow_state)}"
        name = next(
            (getattr(obj, f) for f in ("name", "title", "location", "label") if hasattr(obj, f)),
            None,
        )
        locale = getattr(obj, "locale", None)
        where = f"[{locale.language_code}]" if locale is not None else ""
        return f"{label}{where} {name if name is not None else str(obj)}"

    def generic(self, obj, content_type_id=None, object_id=None):
        """The object a row points to by content type and object id."""
        content_type = ContentType.objects.get_for_id(content_type_id or obj.content_type_id)
        object_id = obj.object_id if object_id is None else object_id
        target = content_type.model_class()._default_manager.filter(pk=object_id).first()
        return self.ref(target) if target else f"<deleted {content_type.model}>"

    def translation_of(self, obj):
        """The German original of a translated page or snippet (None for the original)."""
        if obj.locale.language_code == settings.LANGUAGE_CODE:
            return None
        model = Page if isinstance(obj, Page) else type(obj)
        original = model._default_manager.filter(
            translation_key=obj.translation_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        return self.ref(original) if original else "<no German original>"

    def translatable(self, translatable_object):
        model = translatable_object.content_type.model_class()
        objects = model._default_manager.filter(translation_key=translatable_object.pk)
        first = objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        return self.ref(first or objects.order_by("pk").first())

    # -- values ---------------------------------------------------------------------------

    def text(self, value):
        """A string with block ids by position and rich-text references resolved."""

        def resolve(match):
            model = {
                "page": Page,
                "document": apps.get_model("wagtaildocs", "Document"),
                "image": apps.get_model("images", "CustomImage"),
            }[match.group(2)]
            target = model._default_manager.filter(pk=match.group(3)).first()
            return match.group(1) + str(self.ref(target)) + match.group(4)

        value = RICH_TEXT_REFERENCE.sub(resolve, value)
        return UUID.sub(lambda m: self.block_ids.get(m.group(0), "<uuid>"), value)

    def moment(self, value):
        start, end = self.window
        days = round((value - start).total_seconds() / 86400)
        shifted = value - datetime.timedelta(days=days)
        if start <= shifted <= end:
            return "<load>" if days == 0 else f"<load + {days} days>"
        return timezone.localtime(value).isoformat()

    def value(self, value):
        if value is None or isinstance(value, bool | int | float):
            return value
        if isinstance(value, datetime.datetime):
            return self.moment(value)
        if isinstance(value, datetime.date | datetime.time):
            return value.isoformat()
        if isinstance(value, uuid.UUID):
            return self.block_ids.get(str(value), "<uuid>")
        if isinstance(value, RichText):
            return self.text(value.source)
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, StreamValue):
            return [{"type": child.block_type, "value": self.value(child.value)} for child in value]
        if isinstance(value, StructValue | dict):
            return {key: self.value(item) for key, item in value.items()}
        if isinstance(value, ListValue | list | tuple):
            return [self.value(item) for item in value]
        if isinstance(value, models.Model):
            return self.ref(value)
        return str(value)

    def file(self, field_file):
        if not field_file:
            return None
        with field_file.open("rb") as handle:
            data = handle.read()
        # Pillow stamps each PDF with the time it was drawn.
        data = PDF_DATES.sub(b"", data)
        return {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}

    def row(self, obj):
        label = obj._meta.label
        skipped = SKIPPED["*"] | SKIPPED.get(label, set())
        row = {}
        for field in obj._meta.concrete_fields:
            if field.name in skipped or field.primary_key and field.name == "id":
                continue
            if isinstance(field, models.FileField):
                row[field.name] = self.file(getattr(obj, field.name))
            elif field.is_relation:
                try:
                    row[field.name] = self.value(getattr(obj, field.name))
                except ObjectDoesNotExist:  # log entries of the deleted welcome page
                    row[field.name] = f"<deleted {field.related_model._meta.model_name}>"
            elif isinstance(field, StreamField | RichTextField):
                row[field.name] = self.value(getattr(obj, field.name))
            elif field.name == "object_id" and hasattr(obj, "content_type_id"):
                row[field.name] = self.generic(obj)
            elif field.name == "to_object_id":  # ReferenceIndex
                row[field.name] = self.generic(obj, obj.to_content_type_id, obj.to_object_id)
            else:
                row[field.name] = self.value(field.value_from_object(obj))
        for field in obj._meta.many_to_many:
            row[field.name] = sorted(self.value(item) for item in getattr(obj, field.name).all())
        if label == "auth.User":
            row["has_usable_password"] = obj.has_usable_password()
        if label == "wagtail_localize.TranslatableObject":
            row["object"] = self.translatable(obj)
        if hasattr(obj, "translation_key") and hasattr(obj, "locale_id"):
            row["translation_of"] = self.translation_of(obj)
        if isinstance(obj, Revision):
            row["rank"] = self.revision_ranks[obj.pk]
        return row

    # -- the whole ------------------------------------------------------------------------

    def collect_block_ids(self, page):
        for field in page._meta.get_fields():
            if isinstance(field, StreamField):
                self._walk(getattr(page, field.name).raw_data, field.name)

    def _walk(self, data, where):
        for index, child in enumerate(data or []):
            if not isinstance(child, dict):
                continue
            key = f"{where}[{index}]"
            if child.get("id"):
                self.block_ids.setdefault(child["id"], f"<block {key}>")
            value = child.get("value")
            if isinstance(value, list):
                self._walk(value, key)
            elif isinstance(value, dict):
                for name, item in value.items():
                    if isinstance(item, list):
                        self._walk(item, f"{key}.{name}")

    def build(self):
        pages = list(Page.objects.order_by("path").specific())
        for page in pages:
            self.collect_block_ids(page)
        ranks = defaultdict(int)
        for pk, content_type, object_id in Revision.objects.order_by("pk").values_list(
            "pk", "content_type_id", "object_id"
        ):
            ranks[(content_type, object_id)] += 1
            self.revision_ranks[pk] = ranks[(content_type, object_id)]

        tables = {"pages": [self.row(page) for page in pages]}
        labels = [
            model._meta.label
            for name in OUR_APPS
            for model in apps.get_app_config(name).get_models()
            if not issubclass(model, Page)
        ]
        for label in [*labels, *WAGTAIL_MODELS]:
            rows = [self.row(obj) for obj in apps.get_model(label)._default_manager.all()]
            tables[label] = sorted(rows, key=lambda row: json.dumps(row, sort_keys=True))
        tables["row counts"] = {label: len(rows) for label, rows in sorted(tables.items())}
        return tables


def fingerprint(started, finished, loaded_on):
    """The fingerprint of the content in the database, loaded between `started` and
    `finished` (aware datetimes) as of the day `loaded_on`."""
    return {"loaded_on": loaded_on.isoformat(), **Fingerprint(started, finished).build()}
