"""Demo content: the German home page, standard and legal pages, forms, an alert, settings
and, once every section exists, the navigation."""

import datetime

from django.utils import timezone

from wagtail.models import Page, Site

from images.factories import CustomImageFactory

from . import demo_legal
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
from .models import AlertLevel, SiteSettings

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
    """The menus link the sections the other apps created."""
    main = NavigationMenuFactory(location="main")
    for order, key in enumerate(
        ["news_index", "event_index", "prevention_index", "about", "contact"]
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
