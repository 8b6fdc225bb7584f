"""Languages in which material exists or an event is held: an open list beyond the ten site
languages, because flyers are common in Kurdish, Dari, Pashto, Tigrinya, Albanian and more.
Each language is named in its own script, as a reader looks for it. The site languages and
their names come from settings.LANGUAGES, the one list of them."""

from django.conf import settings

EASY_GERMAN = ("de-x-ls", "Leichte Sprache")


def _site_languages():
    """settings.LANGUAGES, with Easy German after German."""
    for code, name in settings.LANGUAGES:
        yield code, name
        if code == settings.LANGUAGE_CODE:
            yield EASY_GERMAN


MATERIAL_LANGUAGES = [
    *_site_languages(),
    ("ku", "Kurdî"),
    ("ckb", "کوردی"),
    ("prs", "دری"),
    ("ps", "پښتو"),
    ("ti", "ትግርኛ"),
    ("so", "Soomaali"),
    ("sq", "Shqip"),
    ("sr", "Srpski"),
    ("hr", "Hrvatski"),
    ("bs", "Bosanski"),
    ("fr", "Français"),
    ("es", "Español"),
    ("it", "Italiano"),
    ("el", "Ελληνικά"),
    ("hu", "Magyar"),
    ("vi", "Tiếng Việt"),
    ("zh", "中文"),
    ("ur", "اردو"),
    ("am", "አማርኛ"),
    # German Sign Language by its BCP 47 tag (ISO 639-3 gsg; "dgs" would be Dogoso).
    ("gsg", "Deutsche Gebärdensprache"),
]

# Scripts written right to left, for dir="rtl" on links and labels in these languages.
RTL_LANGUAGES = {"ar", "fa", "ckb", "prs", "ps", "ur"}

LANGUAGE_NAMES = dict(MATERIAL_LANGUAGES)


def language_name(code):
    """The language's own name, or the code itself for an unknown code."""
    return LANGUAGE_NAMES.get(code, code)


def name_lang(code):
    """The language a language's own name is written in: German for the sign language and
    Easy German (their names are German words), else the language itself."""
    return {"de-x-ls": "de", "gsg": "de"}.get(code, code)


def html_lang(code):
    """The value for lang/hreflang attributes (BCP 47): Easy German is German."""
    return {"de-x-ls": "de"}.get(code, code)
