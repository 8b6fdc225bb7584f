"""Template tags for a page in one of ten languages and two writing directions: dates and times
in the active language's own formats (Django's format modules, never a German pattern), and
lang/dir attributes for text shown in a language other than the page's, such as an untranslated
German snippet on an Arabic page. Digits stay Western (0-9) in every language, as Django's ar and
fa formats print them: dates, "110" and phone numbers then look as on signs and phones here."""

from django import template
from django.conf import settings
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from home import languages
from home.attribution import join_names, list_separator
from home.locales import live_homes

register = template.Library()

# Between weekday, date and time: the Arabic comma in Arabic script, a comma elsewhere.
_SEPARATOR = {"ar": "، ", "fa": "، "}


def _separator():
    return _SEPARATOR.get(get_language(), ", ")


@register.filter
def long_date(value):
    """The weekday and the date: "Sonntag, 3. Mai 2026", "Sunday, May 3, 2026"."""
    if not value:
        return ""
    value = timezone.template_localtime(value)
    return _separator().join(
        [formats.date_format(value, "l"), formats.date_format(value, "DATE_FORMAT")]
    )


@register.filter
def long_datetime(value):
    """The weekday, the date and the time: "Sonntag, 3. Mai 2026, 18:30"."""
    if not value:
        return ""
    value = timezone.template_localtime(value)
    return _separator().join([long_date(value), formats.time_format(value, "TIME_FORMAT")])


@register.filter
def date_time(value):
    """The date and the time without the weekday: "3. Mai 2026, 18:30"."""
    if not value:
        return ""
    value = timezone.template_localtime(value)
    return _separator().join(
        [formats.date_format(value, "DATE_FORMAT"), formats.time_format(value, "TIME_FORMAT")]
    )


@register.filter
def local_time(value):
    """The time of day alone, in the active language's format: "18:30", "6:30 م"."""
    if not value:
        return ""
    return formats.time_format(timezone.template_localtime(value), "TIME_FORMAT")


def language_of(obj, request=None):
    """The language code of a translatable object's locale, from the switched-on languages'
    homes that the request has fetched already (no query), else from its Locale."""
    codes = {home.locale_id: code for code, home in live_homes(request).items()}
    return codes.get(obj.locale_id) or obj.locale.language_code


def _attrs(code):
    try:
        direction = "rtl" if get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        direction = "ltr"
    return format_html(' lang="{}" dir="{}"', code, direction)


@register.simple_tag(name="list_separator")
def list_separator_tag():
    return list_separator()


@register.filter
def comma_list(items):
    """Items joined as a plain enumeration in the active language (escaped by the template)."""
    return join_names((str(item) for item in items), conjunction=False)


@register.filter
def name_lang(code):
    """The lang of a language's own name (home.languages.name_lang)."""
    return languages.name_lang(code)


@register.simple_tag
def source_lang_attrs():
    """` lang="de" dir="ltr"` on a non-German page, for text that exists in German only,
    whatever the page's language: an image's alt text and credit (images are not translated)."""
    if get_language() == settings.LANGUAGE_CODE:
        return ""
    return _attrs(settings.LANGUAGE_CODE)


@register.simple_tag(takes_context=True)
def lang_attrs(context, obj):
    """` lang="de" dir="ltr"` on an element whose text is in another language than the page
    (docs/architecture.md, "Languages": German fallback text on a non-German page carries
    lang="de"), so
    screen readers pronounce it right and it runs in its own direction; empty otherwise."""
    if getattr(obj, "locale_id", None) is None:
        return ""
    code = language_of(obj, context.get("request"))
    return "" if code == get_language() else _attrs(code)


@register.filter
def alt_is_german(image):
    """Whether an ImageBlock's image shows its German title as alt text on a non-German page:
    the block's own alt text is translated with the page (wagtail-localize extracts it), but a
    block without one falls back to the image's title, which exists in German only."""
    if image is None or get_language() == settings.LANGUAGE_CODE:
        return False
    return not getattr(image, "decorative", False) and not getattr(
        image, "contextual_alt_text", None
    )
