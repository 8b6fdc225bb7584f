"""The attribution line of news, events and materials ("Gemeinsame Mitteilung der ...",
"Mitteilung der ..., abgestimmt mit der ... und dem ...") and lists of names in the active
language, as HTML: a partner name in another language than the page (the German fallback of
partners.facts) is wrapped in `lang`/`dir`, and list separators come from the catalogue (the
Arabic comma in Arabic and Persian).

German needs the article in the right case before a name; editors enter those forms per
partner (Partner.name_as_issuer / name_as_partner). When every name of a line has its form in
the page's language the line uses the "grammatical forms" strings, whose German translation has
no preposition of its own; otherwise the plain strings with the names as they are."""

from django.utils.html import format_html
from django.utils.translation import gettext


def _format(template, html, **parts):
    return format_html(template, **parts) if html else template.format(**parts)


def join_names(names, html=False, conjunction=True):
    """'A, B and C' in the active language, or 'A, B, C' without the `conjunction` (a plain
    enumeration); `names` are HTML pieces if `html`, else text."""
    names = list(names)
    if not names:
        return ""
    joined = names[0]
    for name in names[1:-1] if conjunction else names[1:]:
        # Translators: joins one more name to a list of names ("A, B"); Arabic uses "،".
        joined = _format(gettext("{list}, {item}"), html, list=joined, item=name)
    if conjunction and len(names) > 1:
        joined = _format(gettext("{first} and {last}"), html, first=joined, last=names[-1])
    return joined


def list_separator():
    """The separator of join_names' plain enumeration (", ", Arabic "، "), for templates that
    put markup between the items."""
    return gettext("{list}, {item}").replace("{list}", "").replace("{item}", "")


def issuer_line(item, partners):
    """The line for `item` from its issuer and `partners` (partners.facts.PartnerSet of the
    page's language). An issuer that is not live is not in the set: the line is joint."""
    issuer = partners.issuer_of(item)
    if issuer is None:
        forms = [partner.form("issuer") for partner in partners]
        if all(forms):
            names = [partner.html(form) for partner, form in zip(partners, forms, strict=True)]
            # Translators: {partners_in_form} are the names as editors entered them for the
            # attribution line (in German with the article in the genitive: "der ...").
            template = gettext("Joint statement of {partners_in_form}")
            return format_html(template, partners_in_form=join_names(names, html=True))
        names = [partner.html() for partner in partners]
        template = gettext("Joint statement of {partners}")
        return format_html(template, partners=join_names(names, html=True))
    others = [partner for partner in partners if partner is not issuer]
    forms = [issuer.form("issuer"), *(partner.form("partner") for partner in others)]
    grammatical = all(forms)
    if grammatical:
        issuer_name = issuer.html(forms[0])
        names = [partner.html(form) for partner, form in zip(others, forms[1:], strict=True)]
    else:
        issuer_name = issuer.html()
        names = [partner.html() for partner in others]
    others_names = join_names(names, html=True)
    if grammatical and not others:
        # Translators: {issuer_in_form} is the name as editors entered it for the attribution
        # line (in German with the article in the genitive: "der Kriminalinspektion ...").
        return format_html(gettext("Statement of {issuer_in_form}"), issuer_in_form=issuer_name)
    if grammatical:
        # Translators: the names as editors entered them for the attribution line (in German
        # with the article: genitive after "Mitteilung", dative after "abgestimmt mit").
        template = gettext("Statement of {issuer_in_form}, coordinated with {others_in_form}")
        return format_html(template, issuer_in_form=issuer_name, others_in_form=others_names)
    if not others:
        return format_html(gettext("Statement of {issuer}"), issuer=issuer_name)
    template = gettext("Statement of {issuer}, coordinated with {others}")
    return format_html(template, issuer=issuer_name, others=others_names)


def author_names(partners):
    """The names of shown partners as plain text (feed authors)."""
    return join_names([partner.name for partner in partners])
