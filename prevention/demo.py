"""Demo content: prevention topics and a material library with files in several languages."""

from home.factories import paragraphs

from .factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionTopicPageFactory,
)
from .models import MaterialFormat, PreventionTopicContact, PreventionTopicEvent

# (title, slug, teaser, advice paragraphs, contact indexes, related event titles)
TOPICS = [
    (
        "Telefonbetrug",
        "telefonbetrug",
        "Falsche Polizeibeamte, Enkeltrick, Schockanrufe: So erkennen Sie Betrug am Telefon.",
        [
            "Die Polizei ruft Sie nie unter der 110 an und fragt nie nach Geld oder Wertsachen.",
            "Legen Sie auf, wenn Ihnen etwas seltsam vorkommt, und sprechen Sie mit Angehörigen.",
        ],
        [0],
        ["Präventionsabend: Falsche Polizeibeamte"],
    ),
    (
        "Einbruchschutz",
        "einbruchschutz",
        "Gute Schlösser, aufmerksame Nachbarn: Was Einbrecher abhält.",
        [
            "Die meisten Einbrecher geben auf, wenn sie nicht schnell ins Haus kommen.",
            "Die Präventionsberatung kommt kostenlos zu Ihnen nach Hause.",
        ],
        [0],
        [],
    ),
    (
        "Sicher im Straßenverkehr",
        "strassenverkehr",
        "Verkehrsregeln in Deutschland – für Fußgänger, Rad- und Pedelecfahrende.",
        [
            "Radfahrende müssen die Radwege benutzen, wenn ein blaues Schild sie vorschreibt.",
            "Kinder bis acht Jahre fahren auf dem Gehweg.",
        ],
        [1, 3],
        ["Verkehrssicherheitstag für Neuzugewanderte"],
    ),
    (
        "Gewalt und häusliche Gewalt",
        "gewalt",
        "Hilfe ist möglich – auch anonym und in Ihrer Sprache.",
        [
            "Häusliche Gewalt ist in Deutschland eine Straftat, auch in der Ehe.",
            "Das Hilfetelefon Gewalt gegen Frauen ist kostenlos und in vielen Sprachen erreichbar: "
            "116 016.",
        ],
        [2],
        [],
    ),
    (
        "Sicher im Internet",
        "internet",
        "Abzocke, Cybermobbing, Hass im Netz: So schützen Sie sich und Ihre Kinder.",
        [
            "Geben Sie Passwörter und TAN nie am Telefon oder per Nachricht weiter.",
            "Bei Cybermobbing: Beweise sichern (Screenshots) und Anzeige erstatten.",
        ],
        [0],
        ["Sicher im Netz für Jugendliche"],
    ),
]

# (title, format, topic slugs, target groups, publisher, accessible, languages)
MATERIALS = [
    (
        "Achtung, Betrug am Telefon!",
        MaterialFormat.FLYER,
        ["telefonbetrug"],
        ["seniors", "everyone"],
        "Polizeiliche Kriminalprävention der Länder und des Bundes",
        True,
        ["de", "tr", "ru", "pl", "ar"],
    ),
    (
        "Der Enkeltrick – Checkliste",
        MaterialFormat.CHECKLIST,
        ["telefonbetrug"],
        ["seniors"],
        "Kriminalinspektion Bad Kreuznach",
        False,
        ["de", "uk", "ro"],
    ),
    (
        "Einbruchschutz: Tipps für Mieterinnen und Mieter",
        MaterialFormat.BROCHURE,
        ["einbruchschutz"],
        ["everyone"],
        "Kriminalinspektion Bad Kreuznach",
        True,
        ["de", "en", "tr"],
    ),
    (
        "Verkehrsregeln in Deutschland",
        MaterialFormat.FLYER,
        ["strassenverkehr"],
        ["newcomers", "road_users"],
        "Polizeipräsidium Mainz",
        True,
        ["de", "ar", "fa", "prs", "ps", "ti", "uk", "ku"],
    ),
    (
        "Mit dem Fahrrad sicher zur Schule",
        MaterialFormat.POSTER,
        ["strassenverkehr"],
        ["children", "parents"],
        "Polizeipräsidium Mainz",
        False,
        ["de", "ar", "tr", "bg"],
    ),
    (
        "Hilfe bei häuslicher Gewalt",
        MaterialFormat.FLYER,
        ["gewalt"],
        ["women"],
        "Beirat für Migration und Integration",
        True,
        ["de", "ar", "fa", "tr", "ru", "uk", "sq", "so"],
    ),
    (
        "Cybermobbing – was tun?",
        MaterialFormat.FLYER,
        ["internet"],
        ["youth", "parents"],
        "Polizeiliche Kriminalprävention der Länder und des Bundes",
        False,
        ["de", "en", "ar", "uk"],
    ),
]


def load(ctx):
    index = PreventionIndexPageFactory(
        parent=ctx["home"],
        title="Prävention",
        slug="praevention",
        intro="Rat und Material zu Betrug, Einbruch, Verkehr, Gewalt und Internet – in vielen "
        "Sprachen.",
        show_in_menus=True,
        publish=True,
    )
    events_by_title = {event.title: event for event in ctx.get("events", [])}
    topics = {}
    for title, slug, teaser, texts, contact_indexes, event_titles in TOPICS:
        topic = PreventionTopicPageFactory(
            parent=index, title=title, slug=slug, teaser=teaser, body=paragraphs(*texts)
        )
        for order, number in enumerate(contact_indexes):
            PreventionTopicContact.objects.create(
                page=topic, contact=ctx["contacts"][number], sort_order=order
            )
        for order, event_title in enumerate(event_titles):
            if event_title in events_by_title:
                PreventionTopicEvent.objects.create(
                    page=topic, event=events_by_title[event_title], sort_order=order
                )
        topic.save_revision().publish()
        topics[slug] = topic

    materials = []
    for title, fmt, topic_slugs, groups, publisher, accessible, languages in MATERIALS:
        materials.append(
            PreventionMaterialFactory(
                title=title,
                description="Kompakte Hinweise zum Mitnehmen und Weitergeben – "
                f"in {len(languages)} Sprachen.",
                format=fmt,
                target_groups=groups,
                publisher=publisher,
                accessible_pdf=accessible,
                issuer=None,
                languages=languages,
                topics=[topics[slug] for slug in topic_slugs],
                publish=True,
            )
        )
    ctx.update(prevention_index=index, topics=topics, materials=materials)
