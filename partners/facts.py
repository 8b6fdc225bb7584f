"""The partners as every language shows them: one helper for the attribution line, the news
filter, the feeds and the JSON-LD, so a page never gives two answers to "who says this".

Partners are facts that exist once, in German; translations are optional. `partners_for(locale)`
returns the live German partners in their order, each shown by its live translation in the
page's language where one exists, else by the German row marked with the language it is in
(templates put `lang="de"` on it on a non-German page). One query, whatever the number of items
that name a partner. Items point to the German partner (the issuer is synchronised, see
IssuedMixin); the set answers for the German pk and the translation's pk alike. A partner whose
German row is not live is not in the set, so an item it issued reads as a joint statement
(partners.live)."""

from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

from approvable.generation import cached, earliest

from .live import live_only
from .models import Partner


class ShownPartner:
    """One partner as a page in `page_language` shows it: the attributes of the row shown
    (name, short_name, website ... through attribute access), the language it is in, and the
    grammatical forms of the attribution line where the row is in the page's language."""

    def __init__(self, partner, source, page_language):
        self.partner = partner
        self.source = source
        self.source_pk = source.pk
        self.language = partner.locale.language_code
        self.page_language = page_language

    def __getattr__(self, name):
        if name.startswith("_") or name in ("partner", "source"):
            raise AttributeError(name)
        return getattr(self.partner, name)

    def __str__(self):
        return self.partner.name

    def __repr__(self):
        return f"<ShownPartner {self.partner.name!r} ({self.language})>"

    @property
    def foreign(self):
        """Whether the name is in another language than the page (German fallback)."""
        return self.language != self.page_language

    @property
    def lang(self):
        """The lang attribute the name needs on this page: "" in the page's own language."""
        return self.language if self.foreign else ""

    def form(self, role):
        """The name as it reads in the attribution line ("issuer" after "Statement",
        "partner" after "coordinated with"), as editors entered it for the row's language;
        "" if none was entered or the row is in another language than the page."""
        if self.foreign:
            return ""
        field = f"name_as_{role}"
        form = getattr(self.partner, field, "") or ""
        if self.partner is not self.source and form == getattr(self.source, field, ""):
            return ""  # the German form copied into a translation, never translated
        return form

    def html(self, text=None):
        """`text` (default: the name) as HTML, in a span with lang and dir if foreign."""
        text = self.partner.name if text is None else text
        if not self.foreign:
            return format_html("{}", text)
        direction = "rtl" if get_language_info(self.language)["bidi"] else "ltr"
        return format_html('<span lang="{}" dir="{}">{}</span>', self.language, direction, text)


class PartnerSet(list):
    """The shown partners of one language in their order, looked up by either pk."""

    def __init__(self, shown=(), aliases=None):
        super().__init__(shown)
        self._by_pk = aliases or {}

    def get(self, pk):
        return self._by_pk.get(pk) if pk is not None else None

    def issuer_of(self, item):
        """The live issuer of an item as this language shows it, or None (a joint statement,
        also when the issuer is not live)."""
        return self.get(getattr(item, "issuer_id", None))

    def speakers(self, item):
        """Who speaks for an item: its live issuer, or every live partner for a joint item
        (also when the issuer is not live)."""
        issuer = self.issuer_of(item)
        return [issuer] if issuer is not None else list(self)

    def shown(self, partners):
        """Partner rows (e.g. an event's organisers) as this language shows them; rows not in
        the set (not live) are left out."""
        result = []
        for partner in partners:
            shown = self.get(partner.pk)
            if shown is not None and shown not in result:
                result.append(shown)
        return result


def _language_code(locale):
    if locale is None:
        return get_language() or settings.LANGUAGE_CODE
    return getattr(locale, "language_code", locale)


def partners_for(locale=None, request=None):
    """The live partners in the language of `locale` (a Locale or a language code, default:
    the active language), each in its live translation or else in German. One query, once per
    request and language when `request` is given (a page's context, attribution lines and
    JSON-LD then share one set)."""
    language = _language_code(locale)
    cache = getattr(request, "_partners_for", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._partners_for = cache
    if language not in cache:
        # Once per content generation and language (approvable.generation), until the first
        # partner's expiry.
        cache[language] = cached(
            "partners",
            (language,),
            lambda: _partners_in(language),
            expires=lambda partners: earliest(
                row.expire_at for shown in partners for row in (shown.partner, shown.source)
            ),
        )
    return cache[language]


def _partners_in(language):
    source_language = settings.LANGUAGE_CODE
    rows = list(
        live_only(Partner.objects.filter(locale__language_code__in={source_language, language}))
        .select_related("locale")
        .order_by("sort_order", "name", "pk")
    )
    translations = {
        row.translation_key: row for row in rows if row.locale.language_code == language
    }
    shown, aliases = [], {}
    for source in rows:
        if source.locale.language_code != source_language:
            continue
        row = translations.get(source.translation_key, source)
        partner = ShownPartner(row, source, language)
        shown.append(partner)
        aliases[source.pk] = aliases[row.pk] = partner
    return PartnerSet(shown, aliases)


class OptionText(str):
    """A partner's short name as the text of a filter <option>, with `lang` set where it is
    in another language than the page (templates/components/filter_select.html)."""

    def __new__(cls, partner):
        text = super().__new__(cls, partner.short_name)
        text.lang = partner.lang
        return text
