"""The gettext catalogues are complete and look like the language they claim to be
(docs/architecture.md, "Languages"; issue 5 item 5).

German carries every string (the admin speaks German); tr, ar, fa, uk, ru, pl, ro and bg carry
every public one: each msgid with a source outside the admin-only places below. English needs
no catalogue: its msgids are English. Besides "translated and not fuzzy", each entry must differ
from its English msgid and from the German text (unless allow-listed as a name or a word the
languages share), be written in its language's script and letters, keep the msgid's
placeholders, HTML tags and numbers ("110" stays "110"), and have one filled form per plural
category of a correct Plural-Forms header. The catalogues must hold exactly the msgids of the
sources (a string nobody extracted is untranslated too) and be compiled."""

import gettext
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.utils import translation

import polib
import pytest

BASE_DIR = Path(settings.BASE_DIR)
# "The nine": every site language but English, whose texts are the msgids themselves.
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def catalogue_path(code):
    return BASE_DIR / "locale" / code / "LC_MESSAGES" / "django.po"


_CATALOGUES = {}


def catalogue(code):
    if code not in _CATALOGUES:
        _CATALOGUES[code] = polib.pofile(str(catalogue_path(code)))
    return _CATALOGUES[code]


def active_entries(code):
    return [entry for entry in catalogue(code) if not entry.obsolete]


# Sources whose strings only editors see; every other source counts as public. Strings of
# models count as public: their choices (categories, formats, statuses) appear on the site.
ADMIN_ONLY_SOURCES = re.compile(
    r"(^|/)(apps|wagtail_hooks|blocks)\.py$|(^|/)management/|^editorial/(?!(review/)?views\.py$)|/previews/"
    r"|^images/|^tests/|^templates/(wagtailadmin|security)/|^security/"
    r"|^templates/editorial/(admin/|email/|approval_status\.html$)"
)


def is_public(entry):
    return any(not ADMIN_ONLY_SOURCES.search(path) for path, _line in entry.occurrences)


def required_entries(code):
    """German: every entry. The others: the public ones."""
    entries = active_entries(code)
    return entries if code == "de" else [entry for entry in entries if is_public(entry)]


def key(entry):
    return (entry.msgctxt, entry.msgid)


def forms(entry):
    """The translations of an entry: one, or one per plural form (in form order)."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def sources(entry):
    """The English text each form translates: msgid for form 0, msgid_plural for the others."""
    if entry.msgid_plural:
        return [entry.msgid] + [entry.msgid_plural] * (len(entry.msgstr_plural) - 1)
    return [entry.msgid]


def describe(code, entry, text=None):
    where = ", ".join(path for path, _line in entry.occurrences[:2])
    shown = f" -> {text!r}" if text is not None else ""
    return f"{code}: {entry.msgid!r}{shown} ({where})"


# --- What a translation may share with English or German -------------------------------------

# (language, msgid) pairs whose right translation is the English word itself: loanwords and
# names. Anything else equal to its msgid is an untranslated string.
SAME_AS_ENGLISH = {
    "de": {
        "Download",
        "Information",
        "Video",
        "Text",
        "Links",
        "Navigation",
        "Partner",
        "Flyer",
        "Audio",
        "Motto",
        "(optional)",
        # Admin words German shares with English (the joint approval's admin views).
        "Details",
        "Link",
        "Revision",
        "Status",
    },
    "tr": {"Video", "logo"},
    "pl": {"Menu"},
}
# Names, numbers and abbreviations are the same in every language.
SAME_EVERYWHERE = {"110", "112", "PDF", "Bad Kreuznach", "Onlinewache", "nora"}

# (language, msgid) pairs whose right translation equals the German one: shared words.
SAME_AS_GERMAN = {
    "tr": {"Video", "Menu"},
    "pl": {"Contact", "Poster"},
}

# --- Scripts and letters ---------------------------------------------------------------------

ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
REQUIRED_SCRIPT = {"ar": ARABIC_SCRIPT, "fa": ARABIC_SCRIPT}
REQUIRED_SCRIPT.update(dict.fromkeys(["uk", "ru", "bg"], CYRILLIC))

# Letters that give away another language: Arabic ي/ك in Persian (which writes ی/ک) and the
# reverse, Russian letters in Ukrainian or Bulgarian and Ukrainian ones in Russian, Romanian
# with cedillas instead of commas below (ş ţ for ș ț), Romanian ș ț in Turkish.
FOREIGN_LETTERS = {
    "fa": "\u064a\u0643",
    "ar": "\u06cc\u06a9",
    "uk": "ыэъёЫЭЪЁ",
    "ru": "іїєґІЇЄҐ",
    "bg": "ыэёіїєґЫЭЁІЇЄҐ",
    "ro": "şţŞŢ",
    "tr": "șțȘȚ",
}
# Letters that only the language has among the others here. A real translation uses them in
# a good share of its strings (measured: de 23 %, pl 55 %, ro 62 %, tr 70 %); a catalogue
# filled with English or German does not.
OWN_LETTERS = {
    "de": ("äöüßÄÖÜ", 0.15),
    "tr": ("çğıöşüÇĞİÖŞÜ", 0.4),
    "pl": ("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", 0.4),
    "ro": ("ăâîșțĂÂÎȘȚ", 0.4),
}
# Languages that a lazy translator could copy from each other, and the share of identical
# strings allowed: Russian and Bulgarian really share words like "Категория" (9 % measured).
NEIGHBOURS = [("ar", "fa"), ("ru", "uk"), ("ru", "bg"), ("uk", "bg")]
MAX_SHARED_WITH_NEIGHBOUR = 0.15

PLACEHOLDER = re.compile(r"%\((\w+)\)[sdif]|%[sdif]|\{\w*\}")
TAG = re.compile(r"</?([a-zA-Z][\w-]*)")
NUMBER = re.compile(r"\d+")
URL_OR_ADDRESS = re.compile(r"https?://\S+|\S+@\S+")


def has_letters(text):
    """Whether a text has words to translate, once placeholders, tags and URLs are gone."""
    text = URL_OR_ADDRESS.sub("", TAG.sub("", PLACEHOLDER.sub("", text)))
    return bool(re.search(r"[^\W\d_]", text))


# --- Plural forms ----------------------------------------------------------------------------


def _slavic(n):
    if n % 10 == 1 and n % 100 != 11:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 < 20 else 2


def _polish(n):
    if n == 1:
        return 0
    return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 < 20 else 2


def _romanian(n):
    if n == 1:
        return 0
    return 1 if n == 0 or 0 < n % 100 < 20 else 2


def _arabic(n):
    if n in (0, 1, 2):
        return n
    if 3 <= n % 100 <= 10:
        return 3
    return 4 if n % 100 >= 11 else 5


# The GNU gettext manual's rules ("Plural forms"), which CLDR agrees with for whole numbers.
# Turkish and Persian: Django's own catalogues use (n > 1), gettext (n != 1); they differ at
# zero only, and both are accepted.
PLURAL_RULES = {
    "de": (2, [lambda n: int(n != 1)]),
    "tr": (2, [lambda n: int(n != 1), lambda n: int(n > 1)]),
    "ar": (6, [_arabic]),
    "fa": (2, [lambda n: int(n > 1), lambda n: int(n != 1)]),
    "uk": (3, [_slavic]),
    "ru": (3, [_slavic]),
    "pl": (3, [_polish]),
    "ro": (3, [_romanian]),
    "bg": (2, [lambda n: int(n != 1)]),
}
SAMPLE_NUMBERS = [*range(0, 1001), 1011, 1021, 10000, 100001, 1000000, 1000002]


def plural_header(code):
    header = catalogue(code).metadata.get("Plural-Forms", "")
    match = re.fullmatch(r"\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*", header)
    assert match, f"{code}: no valid Plural-Forms header: {header!r}"
    return int(match[1]), match[2]


# --- Tests -----------------------------------------------------------------------------------


def test_there_is_a_catalogue_per_language_and_none_for_english():
    for code in LANGUAGES:
        assert catalogue_path(code).is_file(), f"missing {catalogue_path(code)}"
    assert not (BASE_DIR / "locale" / "en").exists(), "English needs no catalogue"


@pytest.mark.parametrize("code", LANGUAGES)
def test_plural_forms_header_is_right(code):
    nplurals, expression = plural_header(code)
    expected, rules = PLURAL_RULES[code]
    assert nplurals == expected, f"{code}: nplurals={nplurals}, expected {expected}"
    actual = gettext.c2py(expression)
    mapping = [actual(n) for n in SAMPLE_NUMBERS]
    assert any(mapping == [rule(n) for n in SAMPLE_NUMBERS] for rule in rules), (
        f"{code}: the plural expression {expression!r} does not choose the right form"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_required_entry_is_translated(code):
    nplurals, _expression = plural_header(code)
    problems = []
    for entry in required_entries(code):
        if "fuzzy" in entry.flags:
            problems.append("fuzzy: " + describe(code, entry))
        if entry.msgid_plural and len(entry.msgstr_plural) != nplurals:
            problems.append(
                f"{len(entry.msgstr_plural)} plural forms, not {nplurals}: " + describe(code, entry)
            )
        if not all(text.strip() for text in forms(entry)):
            problems.append("untranslated: " + describe(code, entry))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_are_not_english_or_german_copies(code):
    german = {key(entry): forms(entry) for entry in active_entries("de")}
    problems = []
    for entry in required_entries(code):
        for text, source in zip(forms(entry), sources(entry), strict=True):
            if not text or text.strip() in SAME_EVERYWHERE or not has_letters(text):
                continue
            if text == source and entry.msgid not in SAME_AS_ENGLISH.get(code, set()):
                problems.append("same as English: " + describe(code, entry, text))
        if (
            code != "de"
            and forms(entry) == german.get(key(entry))
            and has_letters(entry.msgstr or entry.msgid)
            and entry.msgid not in SAME_AS_GERMAN.get(code, set()) | SAME_EVERYWHERE
        ):
            problems.append("same as German: " + describe(code, entry, forms(entry)[0]))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(REQUIRED_SCRIPT))
def test_translations_are_in_the_languages_script(code):
    script = REQUIRED_SCRIPT[code]
    problems = [
        f"not in {'Arabic' if script is ARABIC_SCRIPT else 'Cyrillic'} script: "
        + describe(code, entry, text)
        for entry in required_entries(code)
        for text in forms(entry)
        if has_letters(text) and not script.search(text) and text.strip() not in SAME_EVERYWHERE
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(FOREIGN_LETTERS))
def test_translations_have_no_letters_of_another_language(code):
    foreign = FOREIGN_LETTERS[code]
    problems = [
        f"letters {sorted(set(text) & set(foreign))} of another language: "
        + describe(code, entry, text)
        for entry in required_entries(code)
        for text in forms(entry)
        if set(text) & set(foreign)
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(OWN_LETTERS))
def test_latin_script_translations_use_their_own_letters(code):
    letters, minimum = OWN_LETTERS[code]
    texts = [
        " ".join(forms(entry))
        for entry in required_entries(code)
        if has_letters(" ".join(forms(entry)))
    ]
    share = sum(1 for text in texts if set(text) & set(letters)) / len(texts)
    assert share >= minimum, (
        f"{code}: only {share:.0%} of the strings use any of {letters}; expected at least "
        f"{minimum:.0%} of a {code} translation"
    )


@pytest.mark.parametrize(("first", "second"), NEIGHBOURS)
def test_neighbouring_languages_are_not_copied_from_each_other(first, second):
    other = {key(entry): forms(entry) for entry in active_entries(second)}
    entries = [entry for entry in required_entries(first) if has_letters(" ".join(forms(entry)))]
    same = [
        describe(first, entry, forms(entry)[0])
        for entry in entries
        if forms(entry) == other.get(key(entry)) and entry.msgid not in SAME_EVERYWHERE
    ]
    assert len(same) <= MAX_SHARED_WITH_NEIGHBOUR * len(entries), (
        f"{len(same)} strings of {first} are the same as in {second}:\n" + "\n".join(same)
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_translations_keep_placeholders_tags_and_numbers(code):
    problems = []
    for entry in active_entries(code):
        for text, source in zip(forms(entry), sources(entry), strict=True):
            if not text:
                continue
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)) or (
                PLACEHOLDER.sub("", text).count("%") != PLACEHOLDER.sub("", source).count("%")
            ):
                problems.append("placeholders differ: " + describe(code, entry, text))
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append("HTML tags differ: " + describe(code, entry, text))
            missing = set(NUMBER.findall(source)) - set(NUMBER.findall(text))
            if missing:
                problems.append(f"numbers {sorted(missing)} lost: " + describe(code, entry, text))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_passes_msgfmt_check(code):
    msgfmt = shutil.which("msgfmt")
    assert msgfmt, "GNU gettext's msgfmt is needed (Debian package gettext; see README)"
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [msgfmt, "--check", "--output-file=/dev/null", str(catalogue_path(code))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("code", LANGUAGES)
def test_compiled_catalogue_matches_its_source(code):
    """`make messages` compiles the .mo files Django reads; a stale one would serve old text."""
    mo_path = catalogue_path(code).with_suffix(".mo")
    assert mo_path.is_file(), f"{mo_path} is missing: run `make messages`"
    compiled = {}
    for entry in polib.mofile(str(mo_path)):
        if entry.msgid:
            compiled[key(entry)] = forms(entry)
    expected = {
        key(entry): forms(entry)
        for entry in active_entries(code)
        if "fuzzy" not in entry.flags and all(forms(entry))
    }
    assert compiled == expected, f"{mo_path} is older than its .po file: run `make messages`"


def test_django_serves_the_translations():
    for code in LANGUAGES:
        entry = next(e for e in active_entries(code) if e.msgid == "Police")
        with translation.override(code):
            assert translation.gettext("Police") == entry.msgstr


@pytest.fixture(scope="module")
def extracted_msgids(tmp_path_factory):
    """The msgids `makemessages` finds in the sources today, extracted in a copy of the
    project (with the README's options) so the real catalogues stay untouched."""
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext's xgettext is needed (Debian package gettext; see README)")
    copy = tmp_path_factory.mktemp("sources") / "project"
    # Top-level folders only: `media/` holds uploads, not source code.
    ignored = {".git", ".venv", "node_modules", "test-artifacts", "staticfiles", "media"}
    shutil.copytree(
        BASE_DIR,
        copy,
        ignore=lambda folder, names: [
            name
            for name in names
            if (name in ignored and Path(folder) == Path(BASE_DIR))
            or name.endswith((".po", ".mo", ".sqlite3", ".pyc"))
        ],
    )
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "-l",
            "de",
            "--ignore=.venv",
            "--ignore=node_modules",
            "--ignore=test-artifacts",
            "--ignore=staticfiles",
            "--add-location=file",
            "-v",
            "0",
        ],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        check=True,
    )
    extracted = polib.pofile(str(copy / "locale" / "de" / "LC_MESSAGES" / "django.po"))
    return {key(entry) for entry in extracted if not entry.obsolete}


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_holds_exactly_the_msgids_of_the_sources(code, extracted_msgids):
    present = {key(entry) for entry in active_entries(code)}
    missing = sorted(extracted_msgids - present, key=str)
    stale = sorted(present - extracted_msgids, key=str)
    assert not missing, f"{code}: strings not in the catalogue (run makemessages): {missing}"
    assert not stale, f"{code}: entries no longer in the sources: {stale}"
