"""The nine other languages' home, cooperation and contact pages, menus (with a link to the
German career page) and alert (data/languages/<code>.toml), which switch those languages on.

Translations are plain copies (Page.copy_for_translation) published by code, as the demo
publishes everything; editors translate with wagtail-localize and the joint approval instead.
The legal pages stay German only: their German text is the binding one and a translation needs
legal review, so each language's footer links the German pages and says so. Leichte Sprache and
Gebärdensprache are German by nature."""

from django.conf import settings

from wagtail.models import Locale

from home.factories import NavigationItemFactory, NavigationMenuFactory, paragraphs
from home.models import Alert, FormPage, HomePage, NavigationMenu, StandardPage

from ..files import DATA, read

# The German legal pages every language's footer links.
FOOTER_LEGAL_PAGES = read("home.toml")["menus"]["footer"]
# The German career page every language's main menu links.
CAREER_PAGE = "karriere"


def load():
    """Translate the German home, cooperation and contact pages, menus and alert into every
    language of settings.LANGUAGES that has a file, and publish them: a live translated home
    is what switches a language on. A language that has a home already is left alone, so this
    runs again safely and completes an older demo database. Returns the codes added."""
    german = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    pages = {
        "home": HomePage.objects.get(locale=german),
        "about": StandardPage.objects.get(locale=german, slug="kooperation"),
        "contact": FormPage.objects.get(locale=german, slug="kontakt"),
        "career": StandardPage.objects.get(locale=german, slug=CAREER_PAGE),
        "legal": {
            page.slug: page
            for page in StandardPage.objects.filter(locale=german, slug__in=FOOTER_LEGAL_PAGES)
        },
        "menus": {menu.location: menu for menu in NavigationMenu.objects.filter(locale=german)},
        "alert": Alert.objects.filter(locale=german, live=True).order_by("pk").first(),
    }
    added = []
    for code, _name in settings.LANGUAGES:
        path = DATA / "languages" / f"{code}.toml"
        if not path.exists():
            continue
        locale = Locale.objects.get_or_create(language_code=code)[0]
        if not HomePage.objects.filter(locale=locale).exists():
            _translate(pages, locale, read(f"languages/{code}.toml"))
            added.append(code)
    return added


def _translate(german, locale, texts):
    home = german["home"].copy_for_translation(locale)
    home.title = texts["home"]["title"]
    home.hero_heading = texts["home"]["hero_heading"]
    home.teaser = texts["home"]["teaser"]
    home.intro = "".join(f"<p>{paragraph}</p>" for paragraph in texts["home"]["intro"])
    home.featured_page = None  # a German news item; the home lists this language's own
    home.save_revision().publish()

    about = german["about"].copy_for_translation(locale)
    about.title = texts["about"]["title"]
    about.teaser = texts["about"]["teaser"]
    about.body = paragraphs(*texts["about"]["body"])
    about.save_revision().publish()

    fields = texts["contact"]
    contact = german["contact"].copy_for_translation(locale)
    labels = fields["labels"]
    for field, label in zip(contact.form_fields.order_by("sort_order"), labels, strict=True):
        field.label = label  # the field's clean_name stays: submissions share their columns
        field.save()
    contact = FormPage.objects.get(pk=contact.pk)
    contact.title = fields["title"]
    contact.intro = f"<p>{fields['intro']}</p>"
    contact.thank_you_text = f"<p>{fields['thank_you']}</p>"
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
    # The German career page, until it has a translation (home.menus then leads there).
    NavigationItemFactory(
        menu=main,
        link_page=german["career"],
        link_url="",
        link_text=texts["career"]["link"],
        sort_order=2,
    )
    footer = NavigationMenuFactory(
        location="footer", locale=locale, translation_key=menus["footer"].translation_key
    )
    links = zip(FOOTER_LEGAL_PAGES, texts["footer"]["links"], strict=True)
    for order, (slug, text) in enumerate(links):
        NavigationItemFactory(
            menu=footer,
            link_page=german["legal"][slug],
            link_url="",
            link_text=text,
            sort_order=order,
        )

    if german["alert"] is not None:
        alert = german["alert"].copy_for_translation(locale)
        alert.title, alert.message = texts["alert"]["title"], texts["alert"]["message"]
        alert.save()
        alert.save_revision().publish()
