"""Synced wagtail-localize translations of news, events, prevention topics and materials
(data/translations/): which German objects, into which languages (objects.toml), and their
texts as one PO file per language.

Each translation is made the way a translator's PO file reaches wagtail-localize: the
object's own PO export (its German strings and where they stand) is filled from the
language's PO file, imported with Translation.import_po, then saved and published as
save_target does. So the translation editor, "update translations" and the out-of-date note see
them like any editor's translation. Related objects (venue, issuer) and facts such as dates stay
the German ones."""

from django.conf import settings

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

import polib

from prevention.models import PreventionMaterial

from ..files import DATA, read

OBJECTS = read("translations/objects.toml")
LANGUAGES = OBJECTS["languages"]
# A police press release that stays German: its translated listings simply do not show it.
UNTRANSLATED_NEWS = OBJECTS["untranslated_news"]
# Translated, then its German teaser is corrected and published again: the translations now
# lag behind their source and say so ("This translation may be out of date").
OUT_OF_DATE_NEWS = OBJECTS["out_of_date"]["title"]
OUT_OF_DATE_NEW_TEASER = OBJECTS["out_of_date"]["teaser"]


def catalogue(code):
    """{(German text, "slug" or None): translation} of data/translations/<code>.po."""
    po = polib.pofile(str(DATA / "translations" / f"{code}.po"))
    return {(entry.msgid, entry.msgctxt): entry.msgstr for entry in po}


def load():
    """Translate the objects of objects.toml that are not translated yet, so this runs again
    safely. Then the German source of OUT_OF_DATE_NEWS is published again with a corrected
    teaser, after its translations' snapshot: those translations are out of date on purpose.
    Returns the number of translations created."""
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    catalogues = {code: catalogue(code) for code in LANGUAGES}
    objects = [
        *(
            Page.objects.get(locale=german, title=title).specific
            for title in OBJECTS["objects"]["pages"]
        ),
        *(
            PreventionMaterial.objects.get(locale=german, title=t)
            for t in OBJECTS["objects"]["materials"]
        ),
    ]
    created = 0
    out_of_date = None
    for obj in objects:
        source = None
        for code in LANGUAGES:
            locale = Locale.objects.get(language_code=code)
            if obj.has_translation(locale):
                continue
            if source is None:
                source, _created = TranslationSource.get_or_create_from_instance(obj)
            _translate(source, locale, catalogues[code])
            created += 1
            if obj.title == OUT_OF_DATE_NEWS:
                out_of_date = obj
    if out_of_date is not None:
        out_of_date.teaser = OUT_OF_DATE_NEW_TEASER
        out_of_date.save_revision().publish()
    return created


def _translate(source, locale, texts):
    translation = Translation.objects.create(source=source, target_locale=locale, enabled=True)
    po = source.export_po()
    for entry in po:
        key = (entry.msgid, "slug" if entry.msgctxt == "slug" else None)
        if key not in texts:
            raise ValueError(f"No {locale.language_code} demo translation of {entry.msgid!r}")
        entry.msgstr = texts[key]
    warnings = translation.import_po(po)
    if warnings:
        raise ValueError(f"{locale.language_code}.po does not fit {source}: {warnings}")
    # As translation.save_target(publish=True), but wagtail-localize publishes on commit
    # only; publishing the saved revision at once keeps the order of events (translation
    # published, then the German page republished) within the one transaction.
    source.create_or_update_translation(
        locale, user=None, publish=False, copy_parent_pages=True, fallback=True
    )
    source.get_translated_instance(locale).get_latest_revision().publish()
