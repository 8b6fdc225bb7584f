"""Demo content: the German home page, standard and legal pages, forms, an alert, settings
and, once every section exists, the navigation; then (load_translations) the nine other
languages' homes, cooperation and contact pages, menus and alert, which switch them on."""

import datetime
import html

from django.apps import apps
from django.conf import settings as django_settings
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue

from images.factories import CustomImageFactory

from . import demo_content_translations, demo_legal, demo_translations
from .factories import (
    AlertFactory,
    FormFieldFactory,
    FormPageFactory,
    HomePageFactory,
    NavigationItemFactory,
    NavigationMenuFactory,
    StandardPageFactory,
    paragraphs,
)
from .models import (
    Alert,
    AlertLevel,
    FormPage,
    HomePage,
    NavigationMenu,
    SiteSettings,
    StandardPage,
)

# The legal pages each language's footer links (German only, see demo_translations).
FOOTER_LEGAL_PAGES = ["impressum", "datenschutz", "barrierefreiheit"]

ABOUT = paragraphs(
    "Die Polizeiinspektion Bad Kreuznach, die Kriminalinspektion Bad Kreuznach und der Beirat "
    "für Migration und Integration des Landkreises Bad Kreuznach arbeiten auf Grundlage einer "
    "Kooperationsvereinbarung zusammen. Grundlage ist die Rahmenkonzeption "
    "„Interkultureller Dialog des Polizeipräsidiums Mainz“.",
    "Unsere Ziele: gegenseitiges Vertrauen zwischen Polizei und Menschen mit "
    "Migrationsgeschichte, Prävention, die bei den Menschen ankommt, Gespräche statt Eskalation "
    "und mehr Kolleginnen und Kollegen mit Migrationsgeschichte bei der Polizei.",
    "Wir treffen uns regelmäßig in Gesprächsrunden, nehmen an Sitzungen des Beirats teil, "
    "planen Präventionsveranstaltungen gemeinsam und sind zusammen auf der Interkulturellen "
    "Woche. Unsere Öffentlichkeitsarbeit stimmen wir ab: Alles auf dieser Website ist von "
    "beiden Seiten freigegeben.",
)

CAREER = paragraphs(
    "Die Polizei Rheinland-Pfalz sucht Menschen, die Verantwortung übernehmen wollen – "
    "ausdrücklich auch Menschen mit Migrationsgeschichte und mehreren Sprachen.",
    "Voraussetzungen sind unter anderem Abitur oder Fachhochschulreife (oder ein mittlerer "
    "Abschluss mit abgeschlossener Berufsausbildung) und die deutsche Staatsangehörigkeit oder "
    "die eines EU-Staates; Ausnahmen sind möglich. Das Studium an der Hochschule der Polizei "
    "dauert drei Jahre und wird bezahlt.",
    "Kommen Sie zu unseren Informationsabenden oder sprechen Sie uns auf der Interkulturellen "
    "Woche an.",
)


def load(ctx):
    root = Page.objects.get(depth=1)
    hero = CustomImageFactory(
        title="Gesprächsrunde von Polizei und Beirat",
        credit="Foto: Polizeipräsidium Mainz (Demo-Bild)",
        licence="eigenes Bild",
    )
    home = HomePageFactory(
        parent=root,
        title="Polizei und Beirat für Migration und Integration Bad Kreuznach",
        slug="start",
        hero_heading="Gemeinsam für Sicherheit und Vertrauen",
        hero_image=hero,
        teaser="Polizei und Beirat für Migration und Integration informieren gemeinsam.",
        intro="<p>Hier informieren die Polizei in Bad Kreuznach und der Beirat für Migration "
        "und Integration gemeinsam: über Neuigkeiten, Veranstaltungen und Prävention – "
        "in Ihrer Sprache.</p>",
        publish=True,
    )
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.site_name = "Polizei und Beirat Bad Kreuznach"
    site.save()
    # Wagtail's first migration created a welcome page; the home page replaces it.
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()

    about = StandardPageFactory(
        parent=home,
        title="Über die Kooperation",
        slug="kooperation",
        teaser="Wer wir sind und was wir gemeinsam tun.",
        body=ABOUT,
        show_in_menus=True,
        publish=True,
    )
    career = StandardPageFactory(
        parent=home,
        title="Karriere bei der Polizei",
        slug="karriere",
        teaser="Polizistin oder Polizist werden – mit Ihrer Sprache und Erfahrung.",
        body=CAREER,
        show_in_menus=True,
        publish=True,
    )
    # The legal texts link each other and the forms, so they are filled in and published
    # once the forms exist (below).
    legal = {
        slug: StandardPageFactory(parent=home, title=title, slug=slug, teaser=teaser, body=[])
        for title, slug, teaser in demo_legal.PAGES
    }
    contact = _form(
        home,
        "Kontakt",
        "kontakt",
        "<p>Schreiben Sie uns. Wir antworten in der Regel innerhalb einer Woche.</p>",
        [
            ("Ihr Name", "singleline", False),
            ("Ihre E-Mail-Adresse", "email", True),
            ("Ihre Nachricht", "multiline", True),
        ],
    )
    talk_round = _form(
        about,
        "Gesprächsrunde anfragen",
        "gespraechsrunde-anfragen",
        "<p>Polizei und Beirat kommen gemeinsam in Ihren Verein, Ihre Gemeinde oder Ihre "
        "Unterkunft.</p>",
        [
            ("Verein oder Einrichtung", "singleline", True),
            ("Ihre E-Mail-Adresse", "email", True),
            ("Wunschtermin und Thema", "multiline", True),
        ],
    )
    barrier = _form(
        legal["barrierefreiheit"],
        "Barriere melden",
        "barriere-melden",
        "<p>Ist Ihnen auf dieser Website eine Barriere aufgefallen? Sagen Sie es uns.</p>",
        [
            ("Seite (Adresse)", "url", False),
            ("Beschreibung der Barriere", "multiline", True),
            ("Ihre E-Mail-Adresse für eine Antwort", "email", False),
        ],
    )
    for slug, body in demo_legal.bodies(legal, barrier=barrier, contact=contact).items():
        legal[slug].body = body
        legal[slug].save_revision().publish()

    AlertFactory(
        title="Weihnachtsmarkt: Sperrungen in der Innenstadt",
        message="Während des Weihnachtsmarkts sind Teile der Innenstadt für den Autoverkehr "
        "gesperrt. Polizei und Beirat sind am Stand an der Kornmarkt-Bühne ansprechbar.",
        level=AlertLevel.INFO,
        expire_at=timezone.now() + datetime.timedelta(days=30),
        publish=True,
    )
    settings = SiteSettings.for_site(site)
    settings.contact_phone = "0671 8811-0"
    settings.contact_email = "kontakt-demo@example.org"
    settings.press_email = "presse-demo@example.org"
    settings.save()

    ctx.update(
        home=home,
        about=about,
        career=career,
        legal=legal,
        contact=contact,
        talk_round=talk_round,
        barrier=barrier,
    )


def _form(parent, title, slug, intro, fields):
    page = FormPageFactory(
        parent=parent,
        title=title,
        slug=slug,
        intro=intro,
        thank_you_text="<p>Vielen Dank. Ihre Nachricht ist bei uns angekommen.</p>",
        to_address="redaktion-demo@example.org",
        from_address="website-demo@example.org",
        subject=f"Website: {title}",
    )
    for order, (label, field_type, required) in enumerate(fields):
        FormFieldFactory(
            page=page, label=label, field_type=field_type, required=required, sort_order=order
        )
    page.save_revision().publish()
    return page


def finish(ctx):
    """The menus link the sections the other apps created. The German main menu is the list of
    sections every language's menu follows (home.menus)."""
    main = NavigationMenuFactory(location="main")
    for order, key in enumerate(
        ["news_index", "event_index", "prevention_index", "about", "career", "contact"]
    ):
        if key in ctx:
            NavigationItemFactory(
                menu=main, link_page=ctx[key], link_url="", link_text="", sort_order=order
            )
    footer = NavigationMenuFactory(location="footer")
    for order, slug in enumerate(["impressum", "datenschutz", "barrierefreiheit"]):
        NavigationItemFactory(
            menu=footer, link_page=ctx["legal"][slug], link_url="", link_text="", sort_order=order
        )
    home = ctx["home"]
    home.featured_page = ctx.get("featured_news")
    home.easy_language_page = ctx["legal"]["leichte-sprache"]
    home.sign_language_page = ctx["legal"]["gebaerdensprache"]
    home.save_revision().publish()


def load_translations():
    """Translate the German demo home, cooperation and contact pages, menus and alert into
    every other language of settings.LANGUAGES, and publish them: a live translated home is
    what switches a language on. Translations are plain copies (Page.copy_for_translation)
    published by code, as the demo publishes everything; editors translate with
    wagtail-localize and the joint approval instead. A language that has a home already is
    left alone, so this runs again safely and completes an older demo database. Returns the
    codes of the languages added."""
    german = Locale.objects.get(language_code=django_settings.LANGUAGE_CODE)
    pages = {
        "home": HomePage.objects.get(locale=german),
        "about": StandardPage.objects.get(locale=german, slug="kooperation"),
        "contact": FormPage.objects.get(locale=german, slug="kontakt"),
        "legal": {
            page.slug: page
            for page in StandardPage.objects.filter(locale=german, slug__in=FOOTER_LEGAL_PAGES)
        },
        "menus": {menu.location: menu for menu in NavigationMenu.objects.filter(locale=german)},
        "alert": Alert.objects.filter(locale=german, live=True).order_by("pk").first(),
    }
    added = []
    for code, texts in demo_translations.TEXTS.items():
        locale = Locale.objects.get_or_create(language_code=code)[0]
        if not HomePage.objects.filter(locale=locale).exists():
            _translate(pages, locale, texts)
            added.append(code)
    return added


def _translate(german, locale, texts):
    title, hero_heading, teaser, intro = texts["home"]
    home = german["home"].copy_for_translation(locale)
    home.title = title
    home.hero_heading = hero_heading
    home.teaser = teaser
    home.intro = "".join(f"<p>{paragraph}</p>" for paragraph in intro)
    home.featured_page = None  # a German news item; the home lists this language's own
    home.save_revision().publish()

    title, teaser, body = texts["about"]
    about = german["about"].copy_for_translation(locale)
    about.title = title
    about.teaser = teaser
    about.body = paragraphs(*body)
    about.save_revision().publish()

    title, intro, thank_you, labels = texts["contact"]
    contact = german["contact"].copy_for_translation(locale)
    for field, label in zip(contact.form_fields.order_by("sort_order"), labels, strict=True):
        field.label = label  # the field's clean_name stays: submissions share their columns
        field.save()
    contact = FormPage.objects.get(pk=contact.pk)
    contact.title = title
    contact.intro = f"<p>{intro}</p>"
    contact.thank_you_text = f"<p>{thank_you}</p>"
    contact.subject = f"{german['contact'].subject} ({locale.language_code})"
    contact.save_revision().publish()

    menus = german["menus"]
    main = NavigationMenuFactory(
        location="main", locale=locale, translation_key=menus["main"].translation_key
    )
    for order, page in enumerate([about, contact]):
        NavigationItemFactory(
            menu=main, link_page=page, link_url="", link_text="", sort_order=order
        )
    footer = NavigationMenuFactory(
        location="footer", locale=locale, translation_key=menus["footer"].translation_key
    )
    for order, (slug, text) in enumerate(zip(FOOTER_LEGAL_PAGES, texts["footer"], strict=True)):
        NavigationItemFactory(
            menu=footer,
            link_page=german["legal"][slug],
            link_url="",
            link_text=text,
            sort_order=order,
        )

    if german["alert"] is not None:
        alert = german["alert"].copy_for_translation(locale)
        alert.title, alert.message = texts["alert"]
        alert.save()
        alert.save_revision().publish()


def load_content_translations():
    """Translate the news, events, prevention topics and materials listed in
    demo_content_translations.OBJECTS as synced wagtail-localize translations: a
    TranslationSource and a Translation per language, a StringTranslation for every text
    segment, then saved and published as wagtail-localize's save_target does. So the
    translation editor, "update translations" and the out-of-date note see them like any
    editor's translation. Related objects (venue, issuer) and facts such as dates stay the
    German ones. A translation that exists already is left alone, so this runs again safely.
    Then the German source of OUT_OF_DATE_NEWS is published again with a corrected teaser,
    after its translations' snapshot: those translations are now out of date on purpose.
    Returns the number of translations created."""
    german = Locale.objects.get(language_code=django_settings.LANGUAGE_CODE)
    material_model = apps.get_model("prevention", "PreventionMaterial")
    created = 0
    out_of_date = None
    for kind, title, languages in demo_content_translations.OBJECTS:
        if kind == "page":
            obj = Page.objects.get(locale=german, title=title).specific
        else:
            obj = material_model.objects.get(locale=german, title=title)
        source = None
        for code in languages:
            locale = Locale.objects.get(language_code=code)
            if obj.has_translation(locale):
                continue
            if source is None:
                source, _created = TranslationSource.get_or_create_from_instance(obj)
            _translate_synced(source, locale)
            created += 1
            if title == demo_content_translations.OUT_OF_DATE_NEWS:
                out_of_date = obj
    if out_of_date is not None:
        out_of_date.teaser = demo_content_translations.OUT_OF_DATE_NEW_TEASER
        out_of_date.save_revision().publish()
    return created


def _slug(titles, code):
    """An ASCII slug (wagtail-localize slugifies without Unicode): from the translated title
    in Latin-script languages, from the English title in Arabic and Cyrillic ones."""
    title = titles[code] if code in ("en", "tr") else titles["en"]
    return slugify(title.replace("ı", "i").replace("İ", "I"))


def _translate_synced(source, locale):
    texts = demo_content_translations.TEXTS
    Translation.objects.create(source=source, target_locale=locale, enabled=True)
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        german_text = html.unescape(segment.string.data)
        if segment.context.path == "slug":
            text = _slug(texts[source.as_instance().title], locale.language_code)
        elif german_text in texts and locale.language_code in texts[german_text]:
            text = texts[german_text][locale.language_code]
        else:
            raise ValueError(f"No {locale.language_code} demo translation of {german_text!r}")
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            data=StringValue.from_plaintext(text).data,
            translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
        )
    # As translation.save_target(publish=True), but wagtail-localize publishes on commit
    # only; publishing the saved revision at once keeps the order of events (translation
    # published, then the German page republished) within the one transaction.
    source.create_or_update_translation(
        locale, user=None, publish=False, copy_parent_pages=True, fallback=True
    )
    target = source.get_translated_instance(locale)
    target.get_latest_revision().publish()
