"""Demo content: the news section with items across every category and issuer."""

import datetime

from django.utils import timezone

from home.factories import paragraphs
from images.factories import CustomImageFactory

from .factories import NewsIndexPageFactory, NewsPageFactory
from .models import NewsCategory

# (title, category, issuer key or None for joint, days ago, teaser, paragraphs, tags)
ITEMS = [
    (
        "Polizei und Beirat verlängern ihre Zusammenarbeit",
        NewsCategory.JOINT_STATEMENT,
        None,
        3,
        "Die Kooperation von Polizei und Beirat für Migration und Integration geht weiter.",
        [
            "Polizeiinspektion, Kriminalinspektion und Beirat haben bei ihrer Herbstsitzung "
            "eine Bilanz der gemeinsamen Arbeit gezogen: zwölf Gesprächsrunden, vier "
            "Präventionsabende und ein gemeinsamer Stand auf der Interkulturellen Woche.",
            "Die Partner wollen im kommenden Jahr die Gesprächsrunden in den Verbandsgemeinden "
            "ausbauen und mehrsprachige Präventionsangebote stärken.",
        ],
        ["Kooperation"],
    ),
    (
        "Falsche Polizeibeamte am Telefon: Legen Sie auf!",
        NewsCategory.PREVENTION_TIP,
        "criminal_police",
        6,
        "Betrüger geben sich am Telefon als Polizei aus. So schützen Sie sich.",
        [
            "In den vergangenen Wochen haben sich Anrufe falscher Polizeibeamter im Landkreis "
            "gehäuft. Die Täter behaupten, Ihr Geld sei nicht mehr sicher, und wollen es abholen.",
            "Die echte Polizei fragt nie nach Geld oder Wertsachen. Legen Sie auf und rufen Sie "
            "selbst die 110 an – ohne die Rückruftaste zu benutzen.",
        ],
        ["Betrug", "Senioren"],
    ),
    (
        "Rückblick: Interkulturelle Woche 2026",
        NewsCategory.INTERCULTURAL_WEEK,
        None,
        55,
        "Viele Begegnungen am gemeinsamen Stand von Polizei und Beirat.",
        [
            "Mehr als 400 Besucherinnen und Besucher kamen während der Interkulturellen Woche an "
            "den gemeinsamen Stand. Besonders gefragt waren die Fahrradcodierung und die "
            "Gesprächsrunde „Polizei fragen“.",
            "Die für Donnerstag geplante Lesung musste leider ausfallen; sie wird im Frühjahr "
            "nachgeholt.",
        ],
        ["Interkulturelle Woche"],
    ),
    (
        "Polizeipräsidium Mainz stellt Verkehrsunfallbilanz vor",
        NewsCategory.PRESS_RELEASE,
        "police",
        20,
        "Weniger Verletzte, aber mehr Unfälle mit Pedelecs im Landkreis.",
        [
            "Die Zahl der Verkehrsunfälle mit Verletzten im Bereich der Polizeiinspektion Bad "
            "Kreuznach ist leicht zurückgegangen. Sorge bereiten Unfälle mit Pedelecs.",
            "Die Polizei bietet gemeinsam mit dem Beirat Pedelec-Trainings "
            "in mehreren Sprachen an.",
        ],
        ["Verkehr"],
    ),
    (
        "Beirat lädt zur offenen Sitzung ein",
        NewsCategory.REPORT,
        "council",
        12,
        "Thema der nächsten Sitzung: Sicherheit im Alltag. Die Polizei ist zu Gast.",
        [
            "Der Beirat für Migration und Integration lädt alle Interessierten zu seiner "
            "öffentlichen Sitzung ein. Die Polizei berichtet über ihre Arbeit und beantwortet "
            "Fragen.",
            "Dolmetscherinnen für Arabisch, Türkisch und Ukrainisch sind anwesend.",
        ],
        ["Beirat"],
    ),
    (
        "Mit Migrationsgeschichte zur Polizei: Informationsabend",
        NewsCategory.RECRUITMENT,
        "police",
        9,
        "Wie wird man Polizistin oder Polizist? Antworten gibt es beim Informationsabend.",
        [
            "Junge Polizistinnen und Polizisten erzählen von ihrem Studium und ihrem Alltag. "
            "Eltern sind ausdrücklich eingeladen.",
            "Der Beirat unterstützt bei Fragen zur Anerkennung ausländischer Schulabschlüsse.",
        ],
        ["Karriere"],
    ),
    (
        "Einbruchschutz in der dunklen Jahreszeit",
        NewsCategory.PREVENTION_TIP,
        "criminal_police",
        30,
        "Wenn es früh dunkel wird, steigt die Zahl der Wohnungseinbrüche.",
        [
            "Schließen Sie Fenster und Türen auch bei kurzer Abwesenheit. Zeitschaltuhren für "
            "Licht lassen die Wohnung bewohnt wirken.",
            "Die Präventionsberatung der Kriminalinspektion berät kostenlos bei Ihnen zu Hause.",
        ],
        ["Einbruch"],
    ),
    (
        "Gemeinsame Erklärung nach dem Brand in der Unterkunft",
        NewsCategory.JOINT_STATEMENT,
        None,
        40,
        "Polizei und Beirat danken den Helfenden und bitten um Hinweise.",
        [
            "Nach dem Brand in einer Gemeinschaftsunterkunft danken Polizei und Beirat den "
            "Einsatzkräften und den vielen Nachbarinnen und Nachbarn, die geholfen haben.",
            "Die Ermittlungen zur Brandursache dauern an. Spekulationen in sozialen Netzwerken "
            "helfen niemandem; Hinweise nimmt die Kriminalinspektion entgegen.",
        ],
        ["Kooperation"],
    ),
    (
        "Sicher im Netz: Workshop für Jugendliche",
        NewsCategory.REPORT,
        "council",
        16,
        "Cybermobbing, Abzocke, Hass im Netz: Jugendliche lernten, sich zu wehren.",
        [
            "Im Jugendzentrum haben Polizei und Beirat einen Nachmittag lang mit Jugendlichen "
            "über Sicherheit im Internet gesprochen.",
            "Die Materialien gibt es in der Präventionsbibliothek in mehreren Sprachen.",
        ],
        ["Internet", "Jugend"],
    ),
]


def load(ctx):
    index = NewsIndexPageFactory(
        parent=ctx["home"],
        title="Aktuelles",
        slug="aktuelles",
        intro="Mitteilungen, Berichte und Tipps von Polizei und Beirat.",
        show_in_menus=True,
        publish=True,
    )
    today = timezone.localdate()
    items = []
    for number, (title, category, issuer, days_ago, teaser, texts, tags) in enumerate(ITEMS):
        image = None
        if number % 3 == 0:
            image = CustomImageFactory(
                title=f"Bild: {title}", credit="Foto: Polizeipräsidium Mainz (Demo-Bild)"
            )
        item = NewsPageFactory(
            parent=index,
            title=title,
            category=category,
            issuer=ctx[issuer] if issuer else None,
            date=today - datetime.timedelta(days=days_ago),
            teaser=teaser,
            body=paragraphs(*texts),
            image=image,
        )
        item.partners.set([ctx["police"], ctx["council"]] if issuer is None else [ctx[issuer]])
        item.tags.add(*tags)
        item.save_revision().publish()
        items.append(item)
    ctx.update(news_index=index, news=items, featured_news=items[0])
