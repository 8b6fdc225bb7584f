"""Übersetzungsstand: every German page and public snippet against the nine target languages,
with what each translation needs and a link to act.

Statuses of a cell, first match wins:

- awaiting approval: a workflow (the joint approval) is in progress on the translation;
- missing: no translation, or only an alias that shows the German page;
- draft: a translation exists but has never been published (nothing of it is public);
- out of date: the German source was published after the German version the live translation
  was built from. That version's time is home.freshness.basis(): the earlier of the
  wagtail-localize snapshot (TranslationSource.last_updated_at) and the creation of the
  translation's live revision (for translations made without wagtail-localize, the live
  revision alone). It is the same definition the visitor's "may be out of date" note uses;
- up to date: otherwise.

The whole table takes a fixed number of queries, whatever the number of pages and languages:
locales, German and translated pages, one query per snippet model, the snapshots and the
workflows in progress (tested)."""

from collections import defaultdict

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import TranslationSource

import django_filters

from editorial.setup import SNIPPETS_UNDER_APPROVAL
from home.freshness import basis
from home.menus import missing_sections
from security.spreadsheets import NeutralCSVMixin

# The public snippets, in the order of the table.
SNIPPETS = [tuple(label.split(".")) for label in SNIPPETS_UNDER_APPROVAL]
PAGE = "page"

UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"
DRAFT = "draft"
AWAITING_APPROVAL = "awaiting_approval"

LABELS = {
    UP_TO_DATE: gettext_lazy("Up to date"),
    OUT_OF_DATE: gettext_lazy("Out of date"),
    MISSING: gettext_lazy("Missing"),
    DRAFT: gettext_lazy("Draft, not published"),
    AWAITING_APPROVAL: gettext_lazy("Awaiting approval"),
}


def cell_status(source_published_at, target, snapshot_at, in_workflow):
    """The status of one translation (see the module's text). `target` is a dict with live,
    alias, last_published_at and built_at (the live revision's creation), or None."""
    if in_workflow:
        return AWAITING_APPROVAL
    if target is None or target["alias"]:
        return MISSING
    if not target["live"]:
        return DRAFT
    since = basis(snapshot_at, target["built_at"], target["last_published_at"])
    if source_published_at is not None and since is not None and source_published_at > since:
        return OUT_OF_DATE
    return UP_TO_DATE


def _page_rows(german):
    pages = Page.objects.order_by("path").values(
        "pk",
        "title",
        "depth",
        "translation_key",
        "locale_id",
        "live",
        "alias_of_id",
        "last_published_at",
        built_at=F("live_revision__created_at"),
    )
    sources, targets = [], {}
    for page in pages:
        if page["depth"] < 2:
            continue
        if page["locale_id"] == german.pk:
            sources.append(page)
        else:
            targets[(page["translation_key"], page["locale_id"])] = {
                "pk": page["pk"],
                "live": page["live"],
                "alias": page["alias_of_id"] is not None,
                "last_published_at": page["last_published_at"],
                "built_at": page["built_at"],
            }
    page_type = ContentType.objects.get_for_model(Page)  # cached by Django
    rows = []
    for page in sources:
        rows.append(
            {
                "type": PAGE,
                "kind": _("Page"),
                "title": page["title"],
                "indent": page["depth"] - 2,
                "pk": page["pk"],
                "translation_key": page["translation_key"],
                "published_at": page["last_published_at"] if page["live"] else None,
                "workflow_key": (page_type.pk, str(page["pk"])),
                "model": None,
                "edit_url": reverse("wagtailadmin_pages:edit", args=[page["pk"]]),
            }
        )
    return rows, targets, page_type


def _snippet_rows(german):
    rows, targets = [], {}
    for app_label, model_name in SNIPPETS:
        model = apps.get_model(app_label, model_name)
        content_type = ContentType.objects.get_for_model(model)
        objects = model.objects.annotate(built_at=F("live_revision__created_at")).order_by("pk")
        for obj in objects:
            if obj.locale_id == german.pk:
                rows.append(
                    {
                        "type": model._meta.label_lower,
                        "kind": model._meta.verbose_name,
                        "title": str(obj),
                        "indent": 0,
                        "pk": obj.pk,
                        "translation_key": obj.translation_key,
                        "published_at": obj.last_published_at if obj.live else None,
                        "workflow_key": (content_type.pk, str(obj.pk)),
                        "model": model,
                        "edit_url": reverse(
                            model.snippet_viewset.get_url_name("edit"), args=[quote(obj.pk)]
                        ),
                    }
                )
            else:
                targets[(obj.translation_key, obj.locale_id)] = {
                    "pk": obj.pk,
                    "live": obj.live,
                    "alias": False,
                    "last_published_at": obj.last_published_at,
                    "built_at": obj.built_at,
                    "workflow_key": (content_type.pk, str(obj.pk)),
                }
    return rows, targets


def build_table(locales=None):
    """Rows of (object, cells per target locale); a fixed number of queries."""
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    if locales is None:
        order = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
        by_code = {locale.language_code: locale for locale in Locale.objects.all()}
        locales = [by_code[code] for code in order if code in by_code]
    page_rows, page_targets, page_type = _page_rows(german)
    snippet_rows, snippet_targets = _snippet_rows(german)
    for target in page_targets.values():
        target["workflow_key"] = (page_type.pk, str(target["pk"]))
    targets = {**page_targets, **snippet_targets}
    snapshots = {
        (str(key), locale_id): (pk, updated)
        for pk, key, locale_id, updated in TranslationSource.objects.values_list(
            "pk", "object_id", "locale_id", "last_updated_at"
        )
    }
    in_workflow = set(
        WorkflowState.objects.active()
        .filter(status=WorkflowState.STATUS_IN_PROGRESS)
        .values_list("base_content_type_id", "object_id")
    )
    in_workflow = {(ct, str(object_id)) for ct, object_id in in_workflow}
    counts = defaultdict(int)
    rows = []
    for row in [*page_rows, *snippet_rows]:
        source_id, snapshot_at = snapshots.get(
            (str(row["translation_key"]), german.pk), (None, None)
        )
        cells = []
        for locale in locales:
            target = targets.get((row["translation_key"], locale.pk))
            status = cell_status(
                row["published_at"],
                target,
                snapshot_at,
                target is not None and target["workflow_key"] in in_workflow,
            )
            counts[status] += 1
            cells.append(
                {
                    "locale": locale,
                    "status": status,
                    "label": LABELS[status],
                    "actions": _actions(row, target, status, source_id),
                }
            )
        rows.append({**row, "cells": cells})
    return locales, rows, counts


def _actions(row, target, status, source_id):
    """(label, url) links to act on one cell."""
    model = row["model"]
    if status == MISSING:
        if model is None:
            url = reverse("wagtail_localize:submit_page_translation", args=[row["pk"]])
        else:
            url = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[model._meta.app_label, model._meta.model_name, quote(row["pk"])],
            )
        return [(_("Translate"), url)]
    if model is None:
        edit = reverse("wagtailadmin_pages:edit", args=[target["pk"]])
        review_args = ["wagtailcore", "page", target["pk"]]
    else:
        edit = reverse(model.snippet_viewset.get_url_name("edit"), args=[quote(target["pk"])])
        review_args = [model._meta.app_label, model._meta.model_name, target["pk"]]
    if status == AWAITING_APPROVAL:
        return [
            (_("Review"), reverse("editorial_review_translation", args=review_args)),
            (_("Edit"), edit),
        ]
    actions = [(_("Edit"), edit)]
    if status == OUT_OF_DATE and source_id is not None:
        actions.insert(
            0,
            (
                _("Update translation"),
                reverse("wagtail_localize:update_translations", args=[source_id]),
            ),
        )
    return actions


def may_view(user):
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def language_choices():
    return [(code, name) for code, name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def type_choices():
    snippets = [apps.get_model(app_label, model_name) for app_label, model_name in SNIPPETS]
    return [
        (PAGE, gettext_lazy("Page")),
        *((model._meta.label_lower, capfirst(model._meta.verbose_name)) for model in snippets),
    ]


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters over the rows of build_table(). The rows are a list (pages and snippets of
    several models) built in a fixed number of queries, so the filters work in Python: a
    language narrows every row to that language's cell, a status keeps the rows with a cell
    in that status, a type keeps pages or one kind of snippet."""

    language = django_filters.ChoiceFilter(
        label=gettext_lazy("Language"),
        choices=language_choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    status = django_filters.ChoiceFilter(
        label=gettext_lazy("Status"),
        choices=list(LABELS.items()),
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )
    type = django_filters.ChoiceFilter(
        label=gettext_lazy("Type"),
        choices=type_choices,
        empty_label=gettext_lazy("All"),
        widget=forms.RadioSelect,
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        # django-filters asks the queryset for its model; the rows have none.
        super().__init__(data, Locale.objects.none(), request=request, prefix=prefix)

    def filter_queryset(self, rows):
        language, status, type_ = (
            self.form.cleaned_data.get(name) for name in ("language", "status", "type")
        )
        if language:
            rows = [
                {**row, "cells": [c for c in row["cells"] if c["locale"].language_code == language]}
                for row in rows
            ]
        if type_:
            rows = [row for row in rows if row["type"] == type_]
        if status:
            rows = [row for row in rows if any(c["status"] == status for c in row["cells"])]
        return rows


class TranslationStatusView(NeutralCSVMixin, ReportView):
    """The table as a Wagtail report: filters, 50 rows a page, CSV and XLSX downloads of the
    filtered table (every row, the statuses as words)."""

    page_title = gettext_lazy("Translation status")
    header_icon = "wagtail-localize-language"
    template_name = "editorial/admin/translation_status.html"
    results_template_name = "editorial/admin/translation_status_results.html"
    index_url_name = "editorial_translation_status"
    index_results_url_name = "editorial_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    paginate_by = 50
    export_filename = "uebersetzungsstand"

    def dispatch(self, request, *args, **kwargs):
        if not may_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        self.locales, rows, self.counts = build_table()
        return rows

    @cached_property
    def shown_locales(self):
        language = self.filters.form.cleaned_data.get("language") if self.filters.is_valid() else ""
        return [locale for locale in self.locales if language in ("", locale.language_code)]

    @property
    def list_export(self):
        return ["title", "kind", *(locale.language_code for locale in self.shown_locales)]

    @property
    def export_headings(self):
        return {
            "title": _("German original"),
            "kind": _("Type"),
            **{locale.language_code: locale.get_display_name() for locale in self.shown_locales},
        }

    def to_row_dict(self, row):
        cells = {cell["locale"].language_code: cell["label"] for cell in row["cells"]}
        return {"title": row["title"], "kind": row["kind"], **cells}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["locales"] = self.shown_locales
        context["summary"] = [(key, LABELS[key], self.counts[key]) for key in LABELS]
        if not self.results_only:
            context["menu_gaps"] = [
                (locale, page, reverse("wagtailadmin_pages:edit", args=[page.pk]))
                for locale, page in missing_sections()
            ]
        return context


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return may_view(request.user)
