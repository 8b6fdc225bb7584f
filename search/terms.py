"""What a typed search word should match: its prefix after a light, per-language removal of
inflection endings (and, in Arabic, of the article and the prefixed particles).

Visitors type a word in some inflected form or only its beginning ("Betrüger", "Einbr",
"احتيال"); the text says "Betrug", "Einbruch", "الاحتيال". A full stemmer exists only on
PostgreSQL and only for some languages, so every language and both databases also match the
*prefix* of the typed word with a few common endings removed: "betrüger" -> "betrüg*" finds
"Betrug" once the index folds ü to u (SQLite's FTS5 tokenizer does; on PostgreSQL the German
stemmer does). Stripping stops at a minimum stem length so that short words do not turn into
two-letter prefixes that match everything. The cost is bounded: at most a handful of prefix
alternatives per word (Arabic: the bare stem and four article/particle forms), one full-text
match per query."""

# Endings removed from the end of a word, longest first; only one is removed per pass.
ENDINGS = {
    "de": ("ern", "em", "en", "er", "es", "e", "s", "n"),
    "en": ("ies", "ing", "ers", "ed", "er", "es", "s"),
    "tr": (
        "ların",
        "lerin",
        "ları",
        "leri",
        "lar",
        "ler",
        "dan",
        "den",
        "tan",
        "ten",
        "nın",
        "nin",
        "nun",
        "nün",
        "da",
        "de",
        "ta",
        "te",
        "ya",
        "ye",
        "yı",
        "yi",
        "ın",
        "in",
        "un",
        "ün",
        "ı",
        "i",
        "u",
        "ü",
        "a",
        "e",
    ),  # fmt: skip
    "uk": (
        "ами",
        "ями",
        "ові",
        "еві",
        "ого",
        "ому",
        "ими",
        "ій",
        "ів",
        "ою",
        "ею",
        "ом",
        "ем",
        "ах",
        "ях",
        "а",
        "я",
        "и",
        "і",
        "у",
        "ю",
        "о",
        "е",
        "ь",
        "й",
    ),  # fmt: skip
    "ru": (
        "ами",
        "ями",
        "ого",
        "его",
        "ому",
        "ему",
        "ыми",
        "ими",
        "ой",
        "ей",
        "ом",
        "ем",
        "ах",
        "ях",
        "ов",
        "ев",
        "а",
        "я",
        "ы",
        "и",
        "у",
        "ю",
        "о",
        "е",
        "ь",
        "й",
    ),  # fmt: skip
    "bg": ("ове", "еве", "ът", "ят", "та", "то", "те", "и", "а", "я", "е", "о"),
    "pl": ("ami", "ach", "ów", "om", "em", "ie", "y", "i", "a", "u", "e", "ę", "ą", "o"),
    "ro": ("ilor", "ului", "lor", "ile", "ul", "le", "a", "i", "e"),
    "fa": ("های", "ها", "ان", "ی"),
    "ar": ("ات", "ون", "ين", "ة"),
}
# Arabic writes the article and some particles together with the word: "الاحتيال", "بالاحتيال".
ARABIC_PREFIXES = ("وال", "بال", "فال", "كال", "لل", "ال")
ARABIC_FORMS = ("", "ال", "وال", "بال", "لل")
# Shorter words match whole words only: "a*" would match nearly every text (and scan the whole
# index for it).
MIN_PREFIX = 3
# Alphabets without vowel letters keep shorter stems (Arabic roots have three letters).
MIN_STEM = {"ar": 3, "fa": 3}
DEFAULT_MIN_STEM = 4


def lower(word, language):
    """Lower case; Turkish dotted capital I is a plain i (Python would add a combining dot)."""
    if language == "tr":
        word = word.replace("İ", "i").replace("I", "ı")
    return word.lower()


def stem(word, language):
    """The word without one common inflection ending (two passes in Turkish, which stacks
    suffixes: "dolandırıcılardan"), never shorter than the language's minimum stem."""
    minimum = MIN_STEM.get(language, DEFAULT_MIN_STEM)
    word = lower(word, language)
    if language == "ar":
        for prefix in ARABIC_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= minimum:
                word = word[len(prefix) :]
                break
    for _ in range(2 if language == "tr" else 1):
        for ending in ENDINGS.get(language, ()):
            if word.endswith(ending) and len(word) - len(ending) >= minimum:
                word = word[: -len(ending)]
                break
    return word


def prefixes(word, language):
    """The prefixes that a typed word matches (each one means "a word starting with this")."""
    base = stem(word, language)
    if language == "ar":
        return [form + base for form in ARABIC_FORMS]
    if language == "tr" and base.endswith("ğ"):  # "dolandırıcılığa" -> also "dolandırıcılık"
        return [base, base[:-1] + "k"]
    return [base]


def is_prefix(text):
    """Whether `text` is matched as the beginning of words (else as a whole word)."""
    return len(text) >= MIN_PREFIX
