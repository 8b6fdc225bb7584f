"""Admin forms of the items that name an issuer: the partner and venue choosers offer the
German (source) snippets only. Issuer, partners and venue are facts shared by every language
(SynchronizedField), so a translation points to the German snippet too; translated copies of
partners would otherwise appear next to the originals, each name twice."""

from django.conf import settings
from django.db.models import Q

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm

SOURCE_SNIPPET_FIELDS = ("issuer", "partners", "venue")


def offer_source_snippets_only(form):
    """Limit the partner and venue choices to the source language, keeping the current value
    (an older translation may still point to a translated copy)."""
    for name in SOURCE_SNIPPET_FIELDS:
        field = form.fields.get(name)
        if field is None or not hasattr(field, "queryset"):
            continue
        current = _current_pks(form.instance, name)
        field.queryset = field.queryset.filter(
            Q(locale__language_code=settings.LANGUAGE_CODE) | Q(pk__in=current)
        )


def _current_pks(instance, name):
    """The pks the object points to now through field `name` (a foreign key or many-to-many)."""
    field = instance._meta.get_field(name)
    if field.many_to_many:
        return [related.pk for related in getattr(instance, name).all()]
    pk = getattr(instance, field.attname)
    return [pk] if pk is not None else []


class IssuedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_source_snippets_only(self)


class IssuedSnippetForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_source_snippets_only(self)
