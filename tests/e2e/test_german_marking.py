"""Every German fragment on a non-German page carries lang="de" (issue 15, item 6): a crawler
walks every page of the Arabic, Persian and Ukrainian sites of the demo content and looks for
German words outside elements marked German. The dictionary is the German catalogue and the
German titles, names and teasers of the demo content, less every word that English or the
page's language use too (names, loanwords) — so a hit is a German word a screen reader would
read with the wrong voice.

No browser is needed for this (the served HTML is judged); it runs with the browser tests
because it needs the demo content they load."""

import re
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

from django.conf import settings

import polib
import pytest

from home.models import Alert
from partners.models import ContactPerson, Partner

pytestmark = pytest.mark.browser

LANGUAGES = ["ar", "fa", "uk"]
MAX_PAGES = 120
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{5,}")
# Words that are German and also the name of something everybody says in German.
NAMES = {"Kreuznach", "Onlinewache", "Kornmarkt", "Salinenplatz", "Mainz", "Rheinland", "Pfalz"}


def catalogue_words(code, part):
    path = Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po"
    words = set()
    for entry in polib.pofile(str(path)):
        texts = [entry.msgid, entry.msgid_plural] if part == "msgid" else [entry.msgstr]
        if part != "msgid" and entry.msgid_plural:
            texts = list(entry.msgstr_plural.values())
        for text in texts:
            words.update(WORD.findall(re.sub(r"%\(\w+\)s|\{\w+\}|<[^>]+>", " ", text or "")))
    return words


def german_dictionary():
    from wagtail.models import Page

    words = catalogue_words("de", "msgstr")
    german = {"locale__language_code": "de"}
    texts = list(Page.objects.filter(**german).values_list("title", flat=True))
    for model, fields in (
        (Partner, ["name", "short_name"]),
        (ContactPerson, ["role"]),
        (Alert, ["title"]),
    ):
        for row in model.objects.filter(**german).values_list(*fields):
            texts += [text for text in row if text]
    for text in texts:
        words.update(WORD.findall(text))
    return words - catalogue_words("de", "msgid") - NAMES


class Text(HTMLParser):
    """Visible text outside elements marked lang="de…" (and outside script/style)."""

    SKIP = {"script", "style", "template", "noscript"}
    VOID = {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }

    def __init__(self):
        super().__init__()
        self.stack, self.chunks, self.links = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag in self.VOID:
            german = (attrs.get("lang") or "").startswith("de") or self.german()
            if tag == "img" and attrs.get("alt") and not german:
                self.chunks.append(attrs["alt"])
            return
        lang = attrs.get("lang")
        self.stack.append((tag, lang if lang is not None else None))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        while self.stack:
            open_tag, _lang = self.stack.pop()
            if open_tag == tag:
                break

    def german(self):
        for _tag, lang in reversed(self.stack):
            if lang is not None:
                return lang.startswith("de")
        return False

    def handle_data(self, data):
        if any(tag in self.SKIP for tag, _lang in self.stack) or self.german():
            return
        self.chunks.append(data)


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 (127.0.0.1 only)
        if "text/html" not in response.headers.get("Content-Type", ""):
            return None
        return response.read().decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_german_word_outside_lang_de(site_url, code):
    dictionary = german_dictionary()
    own = catalogue_words(code, "msgstr")
    dictionary -= own
    seen, queue, findings = set(), [f"/{code}/"], {}
    while queue and len(seen) < MAX_PAGES:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        html = fetch(site_url + path)
        if html is None:
            continue
        parser = Text()
        parser.feed(html)
        german = sorted({w for w in WORD.findall(" ".join(parser.chunks)) if w in dictionary})
        if german:
            findings[path] = german
        for href in parser.links:
            target = urlparse(urljoin(site_url + path, href))
            if target.netloc != urlparse(site_url).netloc or not target.path.startswith(
                f"/{code}/"
            ):
                continue
            if "/feeds/" in target.path or target.query:
                continue
            queue.append(target.path)
    assert len(seen) > 5, f"the crawler found only {sorted(seen)}"
    assert not findings, f"German words outside lang=de on the {code} site: {findings}"
