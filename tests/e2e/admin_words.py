"""Finding English in the German admin: the text a user sees or hears on a page (rendered text,
screen-reader-only text included, and the names in title, aria-label, placeholder and alt of
rendered elements), split into words and matched whole against common English UI words.

The list holds only words that are not also German (no "was", "will", "an", "die", "Status",
"Workflow", "Snippets", "Dashboard", "Login", "Tags", "Filter", "Name", which German Wagtail uses
itself), so a hit is English; what is allowed although English (a product name, a language named
in its own words) is in ALLOWED."""

import re

_WORDS = """
    about account action actions add added ago all and any approval approve approved are
    back be by cancel change changes choose close collection comment comments create created
    custom date day days delete document documents draft edit edited editing false file
    files for from group groups has have help hide history hour hours if image images is it
    item items language languages lock locked log logout minutes month months more my
    new next no none not of on or order owner page pages password preview previous publish
    published recent reject remove reports request results review save search see select
    settings show sign site sort source submit target the there these this time title to
    translate translated translation translations true type unlock unpublish updated upload
    user users view waiting week weeks with year years yes you your
    january february march may june july october december
    monday tuesday wednesday thursday friday saturday sunday
"""
ENGLISH_WORDS = frozenset(_WORDS.split())

# English words allowed where they appear: the product's name, English named in its own words
# in the language lists (like "Deutsch" and "العربية").
ALLOWED = frozenset({"wagtail", "english"})

WORD = re.compile(r"[^\W\d_]+")

# Runs in the page: the text of rendered elements and the names they carry for screen readers.
VISIBLE_TEXT = """() => {
    const parts = [document.title, document.body.innerText];
    const named = '[title], [aria-label], [placeholder], [alt]';
    for (const el of document.body.querySelectorAll(named)) {
        if (!el.checkVisibility() && !el.closest('svg')) continue;
        for (const name of ['title', 'aria-label', 'placeholder', 'alt']) {
            const value = el.getAttribute(name);
            if (value) parts.push(value);
        }
    }
    for (const title of document.body.querySelectorAll('svg title')) {
        if (title.parentElement.checkVisibility()) parts.push(title.textContent);
    }
    return parts.join('\\n');
}"""


def english_words(text, allowed=()):
    """Each English word of `text` with the line it stands in: [(word, line)]."""
    allow = ALLOWED | {word.lower() for word in allowed}
    found = []
    for line in text.splitlines():
        for word in WORD.findall(line):
            lower = word.lower()
            if lower in ENGLISH_WORDS and lower not in allow:
                found.append((word, line.strip()[:120]))
    return found


def english_on(tab, allowed=()):
    """The English words a user meets on the tab's current page."""
    return english_words(tab.evaluate(VISIBLE_TEXT), allowed)
