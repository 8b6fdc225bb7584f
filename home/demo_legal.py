"""Demo texts of the legal and accessibility pages: Impressum, Datenschutzerklärung, Erklärung
zur Barrierefreiheit, Leichte Sprache and Gebärdensprache, as StreamField values.

The texts are written as the real pages should read. Names in square brackets marked "Demo" are
invented, e-mail addresses under example.org are placeholders; both sides' legal and data
protection offices check the texts before launch. The pages link each other and the forms, so
`bodies()` runs once all of them exist."""

from wagtail.rich_text import RichText

from .factories import paragraphs

# (title, slug, teaser) of each page; tests and the footer menu rely on titles and slugs.
PAGES = [
    ("Impressum", "impressum", "Anbieterkennzeichnung nach § 5 DDG und § 18 Abs. 2 MStV."),
    (
        "Datenschutzerklärung",
        "datenschutz",
        "Wer Ihre Daten auf dieser Website verarbeitet, wozu und wie lange (Art. 13 und 26 DSGVO).",
    ),
    (
        "Erklärung zur Barrierefreiheit",
        "barrierefreiheit",
        "Wie barrierefrei diese Website ist, was noch fehlt und wie Sie uns Barrieren melden.",
    ),
    ("Leichte Sprache", "leichte-sprache", "Hier erklären wir diese Website in Leichter Sprache."),
    (
        "Gebärdensprache",
        "gebaerdensprache",
        "Informationen zu dieser Website in Deutscher Gebärdensprache (DGS).",
    ),
]

STATEMENT_DATE = "25. November 2026"
EDITORIAL_EMAIL = "redaktion-demo@example.org"
ACCESSIBILITY_EMAIL = "barrierefreiheit-demo@example.org"
EDITORIAL_PHONE = "0671 8811-0"

POLICE = (
    "Land Rheinland-Pfalz, vertreten durch das Polizeipräsidium Mainz, dieses vertreten durch "
    "die Polizeipräsidentin oder den Polizeipräsidenten [Name – Demo]"
)
POLICE_ADDRESS = "Polizeipräsidium Mainz<br>Valenciaplatz 2<br>55118 Mainz"
COUNTY = (
    "Landkreis Bad Kreuznach, Körperschaft des öffentlichen Rechts, vertreten durch die "
    "Landrätin oder den Landrat [Name – Demo]"
)
COUNTY_ADDRESS = "Kreisverwaltung Bad Kreuznach<br>Salinenstraße 47<br>55543 Bad Kreuznach"

DEMO_NOTE = (
    "info_box",
    {
        "kind": "warning",
        "heading": "Hinweis zur Demo-Fassung",
        "text": RichText(
            "<p>Namen in eckigen Klammern mit dem Zusatz „Demo“ sind erfunden, E-Mail-Adressen "
            "unter example.org sind Platzhalter. Vor der Veröffentlichung tragen beide Seiten die "
            "echten Angaben ein und lassen den Text von ihren Rechts- und "
            "Datenschutzstellen prüfen.</p>"
        ),
    },
)


def bodies(legal, *, barrier, contact):
    """The body of each legal page by slug; `legal` maps slugs to the pages themselves."""
    return {
        "impressum": impressum(legal),
        "datenschutz": datenschutz(),
        "barrierefreiheit": barrierefreiheit(barrier),
        "leichte-sprache": leichte_sprache(legal, barrier),
        "gebaerdensprache": gebaerdensprache(legal, contact),
    }


def _heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def _rich(*html):
    """A paragraph block from HTML pieces (paragraphs and lists)."""
    return ("paragraph", RichText("".join(html)))


def _p(*lines):
    """One paragraph whose lines are separated by line breaks, e.g. an address."""
    return f"<p>{'<br>'.join(lines)}</p>"


def _ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _info(heading, html, kind="info"):
    return ("info_box", {"kind": kind, "heading": heading, "text": RichText(html)})


def _link(page, text=None):
    return f'<a linktype="page" id="{page.pk}">{text or page.title}</a>'


def _mail(address):
    return f'<a href="mailto:{address}">{address}</a>'


def impressum(legal):
    return [
        DEMO_NOTE,
        *paragraphs(
            "Diese Website ist das gemeinsame Informationsangebot der Polizeiinspektion Bad "
            "Kreuznach, der Kriminalinspektion Bad Kreuznach und des Beirats für Migration und "
            "Integration des Landkreises Bad Kreuznach. Grundlage ist ihre "
            "Kooperationsvereinbarung auf Basis der Rahmenkonzeption „Interkultureller Dialog "
            "des Polizeipräsidiums Mainz“. Anbieter sind die Rechtsträger der Partner."
        ),
        _heading("Anbieter nach § 5 DDG"),
        _heading("Für die Polizeiinspektion und die Kriminalinspektion Bad Kreuznach", "h3"),
        _rich(
            f"<p><b>{POLICE}</b></p>",
            _p(
                POLICE_ADDRESS,
                "Telefon: 06131 65-0",
                f"E-Mail: {_mail('ppmainz-demo@example.org')}",
            ),
            "<p>Die Polizeiinspektion und die Kriminalinspektion Bad Kreuznach sind Dienststellen "
            "des Polizeipräsidiums Mainz.</p>",
        ),
        _heading("Für den Beirat für Migration und Integration", "h3"),
        _rich(
            f"<p><b>{COUNTY}</b></p>",
            _p(
                COUNTY_ADDRESS,
                "Telefon: 0671 803-0",
                f"E-Mail: {_mail('kreisverwaltung-demo@example.org')}",
            ),
            "<p>Der Beirat für Migration und Integration ist ein Gremium des Landkreises nach "
            "§ 49a der Landkreisordnung (LKO) und keine eigene juristische Person. Die "
            "Kreisverwaltung führt seine Geschäfte; Träger seiner Öffentlichkeitsarbeit ist "
            "deshalb der Landkreis Bad Kreuznach.</p>",
        ),
        _heading("Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV"),
        _rich(
            "<p>Jeder Beitrag auf dieser Website ist von der Polizei und vom Beirat freigegeben. "
            "Bei jedem Beitrag steht, wer ihn herausgibt („Gemeinsame Mitteilung von …“ oder "
            "„Mitteilung der …, abgestimmt mit …“). Inhaltlich verantwortlich ist:</p>",
            _ul(
                "für Beiträge der Polizeiinspektion und der Kriminalinspektion: [Name – Demo], "
                "Leitung der Pressestelle des Polizeipräsidiums Mainz, Valenciaplatz 2, "
                "55118 Mainz",
                "für Beiträge des Beirats: [Name – Demo], Vorsitz des Beirats für Migration und "
                "Integration, Kreisverwaltung Bad Kreuznach, Salinenstraße 47, "
                "55543 Bad Kreuznach",
                "für gemeinsame Mitteilungen und alle übrigen Seiten: beide genannten Personen "
                "gemeinsam",
            ),
        ),
        _heading("Aufsichtsbehörden"),
        _rich(
            _ul(
                "für das Polizeipräsidium Mainz: Ministerium des Innern und für Sport "
                "Rheinland-Pfalz, Schillerplatz 3–5, 55116 Mainz",
                "für den Landkreis Bad Kreuznach (Kommunalaufsicht): Aufsichts- und "
                "Dienstleistungsdirektion (ADD), Willy-Brandt-Platz 3, 54290 Trier",
            )
        ),
        _heading("Redaktion und Kontakt"),
        _rich(
            f"<p>Gemeinsame Redaktion der Website: {_mail(EDITORIAL_EMAIL)}<br>"
            f"Presseanfragen: {_mail('presse-demo@example.org')}</p>",
            "<p>Über diese Website nehmen wir keine Notrufe und keine Strafanzeigen entgegen. "
            "Im Notfall rufen Sie die Polizei unter 110 oder Feuerwehr und Rettungsdienst unter "
            "112. Eine Anzeige erstatten Sie bei der Onlinewache der Polizei Rheinland-Pfalz oder "
            "bei jeder Polizeidienststelle.</p>",
        ),
        _heading("Haftung für Inhalte"),
        *paragraphs(
            "Wir erstellen die Inhalte dieser Website mit großer Sorgfalt, und beide Seiten prüfen "
            "sie vor der Veröffentlichung. Für die Richtigkeit, Vollständigkeit und Aktualität "
            "können wir dennoch keine Gewähr übernehmen. Rechtsverbindlich sind allein amtliche "
            "Bekanntmachungen und Bescheide in der dafür vorgeschriebenen Form."
        ),
        _heading("Haftung für Links"),
        *paragraphs(
            "Diese Website enthält Links zu Websites anderer Anbieter. Für deren Inhalte ist "
            "allein der jeweilige Anbieter verantwortlich. Wir haben die verlinkten Seiten beim "
            "Setzen des Links auf erkennbare Rechtsverstöße geprüft; solche waren zu diesem "
            "Zeitpunkt nicht erkennbar. Eine ständige Kontrolle der verlinkten Seiten ist ohne "
            "konkrete Anhaltspunkte für einen Rechtsverstoß nicht zumutbar. Erfahren wir von "
            "einem Rechtsverstoß, entfernen wir den Link umgehend.",
            "Ein Link überträgt erst dann Daten an den anderen Anbieter, wenn Sie ihn anklicken.",
        ),
        _heading("Urheberrecht und Bildnachweise"),
        *paragraphs(
            "Texte, Fotos und Grafiken dieser Website sind urheberrechtlich geschützt. Der "
            "Bildnachweis steht jeweils unter dem Bild. Pressemitteilungen dürfen Redaktionen "
            "mit Quellenangabe für die Berichterstattung verwenden; für Fotos gilt das nur, wenn "
            "beim Bild nichts anderes steht.",
        ),
        _heading("Datenschutz und Barrierefreiheit"),
        _rich(
            f"<p>Wie wir mit Ihren Daten umgehen, steht in der "
            f"{_link(legal['datenschutz'])}. Wie barrierefrei diese Website ist, steht in der "
            f"{_link(legal['barrierefreiheit'])}.</p>"
        ),
    ]


def datenschutz():
    return [
        DEMO_NOTE,
        *paragraphs(
            "Die Polizeiinspektion und die Kriminalinspektion Bad Kreuznach (Polizeipräsidium "
            "Mainz) und der Beirat für Migration und Integration des Landkreises Bad Kreuznach "
            "betreiben diese Website gemeinsam. Wir verarbeiten so wenige personenbezogene Daten "
            "wie möglich: Sie können die Website lesen, ohne dass wir Sie wiedererkennen. Hier "
            "informieren wir Sie nach Art. 13 und Art. 26 der Datenschutz-Grundverordnung "
            "(DSGVO). Für Websites anderer Anbieter, auf die wir verlinken, gelten deren "
            "Datenschutzerklärungen.",
            "Stand: November 2026",
        ),
        _heading("1. Gemeinsam Verantwortliche nach Art. 26 DSGVO"),
        _rich(
            "<p>Für die Verarbeitung personenbezogener Daten auf dieser Website sind gemeinsam "
            "verantwortlich:</p>",
            _ul(
                f"für die Polizeiinspektion und die Kriminalinspektion Bad Kreuznach: das Land "
                f"Rheinland-Pfalz, vertreten durch das Polizeipräsidium Mainz, Valenciaplatz 2, "
                f"55118 Mainz, E-Mail: {_mail('ppmainz-demo@example.org')}",
                f"für den Beirat für Migration und Integration: der Landkreis Bad Kreuznach, "
                f"vertreten durch die Landrätin oder den Landrat, Kreisverwaltung Bad Kreuznach, "
                f"Salinenstraße 47, 55543 Bad Kreuznach, "
                f"E-Mail: {_mail('kreisverwaltung-demo@example.org')}",
            ),
        ),
        _heading("Das Wesentliche unserer Vereinbarung", "h3"),
        _rich(
            "<p>In einer Vereinbarung nach Art. 26 Abs. 1 DSGVO haben wir festgelegt, wer von uns "
            "welche Pflicht erfüllt. Das Wesentliche (Art. 26 Abs. 2 DSGVO):</p>",
            _ul(
                "Zweck, Inhalte und Funktionen der Website legen wir gemeinsam fest. Jeder "
                "Beitrag wird von beiden Seiten freigegeben.",
                "Den technischen Betrieb verantwortet das Polizeipräsidium Mainz: Server, "
                "Protokolldateien, Sicherheitsmaßnahmen und die Zugänge der Redaktion "
                "[Aufgabenteilung – Demo].",
                "Nachrichten aus den Formularen und E-Mails bearbeitet die Seite, deren Aufgaben "
                "sie betreffen. Betreffen sie beide Seiten, stimmen wir uns ab.",
                "Diese Datenschutzerklärung haben wir gemeinsam erstellt und halten sie gemeinsam "
                "aktuell.",
                "Ihre Rechte (Abschnitt 11) können Sie bei jedem von uns geltend machen "
                "(Art. 26 Abs. 3 DSGVO). Wer Ihre Anfrage erhält, beantwortet sie und bezieht die "
                "andere Seite ein, soweit das nötig ist.",
                "Eine Verletzung des Schutzes personenbezogener Daten melden wir uns gegenseitig "
                "unverzüglich. Die Meldung an die Aufsichtsbehörde (Art. 33 DSGVO) übernimmt die "
                "Seite, in deren Bereich sie geschehen ist.",
            ),
        ),
        _heading("2. Datenschutzbeauftragte"),
        _rich(
            _ul(
                f"Datenschutzbeauftragte oder Datenschutzbeauftragter des Polizeipräsidiums "
                f"Mainz: Valenciaplatz 2, 55118 Mainz, "
                f"E-Mail: {_mail('datenschutz-ppmainz-demo@example.org')}",
                f"Datenschutzbeauftragte oder Datenschutzbeauftragter der Kreisverwaltung Bad "
                f"Kreuznach: Salinenstraße 47, 55543 Bad Kreuznach, "
                f"E-Mail: {_mail('datenschutz-kreis-demo@example.org')}",
            )
        ),
        _heading("3. Zwecke und Rechtsgrundlagen"),
        *paragraphs(
            "Wir informieren die Öffentlichkeit über unsere Zusammenarbeit, über Veranstaltungen "
            "und über Prävention. Das ist Teil unserer öffentlichen Aufgaben, der "
            "Öffentlichkeitsarbeit der Polizei und des Landkreises. Rechtsgrundlage für die "
            "Verarbeitung ist deshalb Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 des "
            "Landesdatenschutzgesetzes Rheinland-Pfalz (LDSG), soweit unten nichts anderes steht. "
            "Zur Sicherheit der Verarbeitung verpflichtet uns Art. 32 DSGVO.",
        ),
        _heading("4. Beim Aufruf der Website: Server-Protokolldateien"),
        _rich(
            "<p>Bei jedem Abruf einer Seite oder Datei speichert der Server automatisch:</p>",
            _ul(
                "die IP-Adresse des anfragenden Geräts",
                "Datum und Uhrzeit des Abrufs",
                "die aufgerufene Adresse (URL) und die Art der Anfrage",
                "den Statuscode der Antwort und die übertragene Datenmenge",
                "die Seite, von der Sie kommen (Referrer), wenn Ihr Browser sie übermittelt",
                "die Kennung Ihres Browsers und Betriebssystems (User-Agent)",
            ),
            "<p><b>Zweck:</b> Wir brauchen diese Daten, um die Website auszuliefern, Störungen zu "
            "finden und Angriffe abzuwehren. <b>Rechtsgrundlage:</b> Art. 6 Abs. 1 Buchst. e "
            "DSGVO in Verbindung mit § 3 LDSG und Art. 32 DSGVO. <b>Speicherdauer:</b> Die "
            "Protokolldateien werden nach 7 Tagen automatisch gelöscht. Einträge zu einem "
            "erkannten Angriff bewahren wir auf, bis der Vorfall geklärt ist.</p>",
            "<p>Wir werten die Protokolle nicht aus, um Nutzungsprofile zu bilden, und führen sie "
            "nicht mit anderen Daten zusammen.</p>",
        ),
        _heading("5. Cookies"),
        _rich(
            "<p>Wenn Sie die Website lesen, setzen wir keine Cookies. Die einzige Ausnahme sind "
            "Seiten mit einem Formular (Kontakt, Gesprächsrunde anfragen, Barriere melden). Dort "
            "setzt der Server das Cookie <b>csrftoken</b>:</p>",
            _ul(
                "Inhalt: eine zufällige Zeichenfolge, die nichts über Sie aussagt",
                "Zweck: Schutz vor gefälschten Formular-Einsendungen über fremde Websites "
                "(Cross-Site Request Forgery)",
                "Speicherdauer: ein Jahr; Sie können das Cookie jederzeit in Ihrem Browser löschen",
                "Empfänger: nur unser Server",
            ),
            "<p>Das Cookie ist unbedingt erforderlich, damit ein Formular, das Sie ausdrücklich "
            "nutzen wollen, sicher funktioniert. Dafür ist nach § 25 Abs. 2 Nr. 2 TDDDG keine "
            "Einwilligung nötig; deshalb gibt es auf dieser Website auch keinen Cookie-Banner. "
            "Sitzungs-, Analyse- oder Werbe-Cookies setzen wir bei Besucherinnen und Besuchern "
            "nicht.</p>",
        ),
        _heading("6. Kein Tracking, keine Inhalte Dritter"),
        *paragraphs(
            "Wir setzen keine Analyse- oder Tracking-Werkzeuge ein, keine Social-Media-Plugins, "
            "keine eingebetteten Karten oder Videos anderer Anbieter und keine externen "
            "Schriftarten. Schriften, Bilder, Videos und Dateien kommen von unserem eigenen "
            "Server. Ihr Browser nimmt beim Besuch dieser Website keine Verbindung zu Dritten "
            "auf. Links zu anderen Websites führen Sie erst dorthin, wenn Sie sie anklicken.",
        ),
        _heading("7. Formulare: Kontakt, Gesprächsrunde anfragen, Barriere melden"),
        _rich(
            "<p>Wenn Sie eines unserer Formulare abschicken, speichern wir:</p>",
            _ul(
                "die Angaben, die Sie eintragen – je nach Formular zum Beispiel Ihren Namen, "
                "Ihre E-Mail-Adresse, Ihren Verein oder Ihre Einrichtung, Wunschtermin und "
                "Thema, die Adresse der Seite mit der Barriere und Ihre Nachricht. Pflichtfelder "
                "sind gekennzeichnet; ohne sie können wir Ihr Anliegen nicht bearbeiten. Alle "
                "anderen Angaben sind freiwillig.",
                "Datum und Uhrzeit der Einsendung",
            ),
            "<p><b>Zweck:</b> allein die Bearbeitung Ihres Anliegens. Die Einsendung wird im "
            "Redaktionssystem der Website gespeichert und per E-Mail an die gemeinsame Redaktion "
            "geschickt. Sehen können sie nur die Personen, die Ihr Anliegen bearbeiten. "
            "<b>Rechtsgrundlage:</b> Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 LDSG, "
            "bei Meldungen einer Barriere zusätzlich § 10 Landesinklusionsgesetz mit der "
            "Barrierefreie-Informationstechnik-Verordnung Rheinland-Pfalz (BITV RP). "
            "<b>Speicherdauer:</b> Im Redaktionssystem werden Einsendungen nach 90 Tagen "
            "automatisch gelöscht. Die E-Mail an die Redaktion löschen wir, sobald Ihr Anliegen "
            "erledigt ist, es sei denn, sie muss nach den Vorschriften über die Aktenführung "
            "aufbewahrt werden.</p>",
            "<p>Gegen automatisierte Massen-Einsendungen schützen wir die Formulare mit einem für "
            "Menschen unsichtbaren Prüffeld und einer Begrenzung der Einsendungen je Zeitraum. "
            "Captcha-Dienste anderer Anbieter setzen wir nicht ein.</p>",
        ),
        _info(
            "Nicht für Notfälle und nicht für Strafanzeigen",
            "<p>Im Notfall rufen Sie die Polizei unter <b>110</b> oder Feuerwehr und "
            "Rettungsdienst unter <b>112</b>. Eine Strafanzeige erstatten Sie bei der Onlinewache "
            "der Polizei Rheinland-Pfalz oder bei jeder Polizeidienststelle.</p>"
            "<p>Bitte beachten Sie: Erfährt die Polizei aus einer Nachricht von einer Straftat, "
            "muss sie ermitteln (Legalitätsprinzip, § 163 der Strafprozessordnung). Die weitere "
            "Verarbeitung richtet sich dann nach den Vorschriften über das Strafverfahren.</p>",
            kind="warning",
        ),
        _heading("8. E-Mail"),
        *paragraphs(
            "Wenn Sie uns eine E-Mail schreiben, verarbeiten wir Ihre E-Mail-Adresse, Ihre "
            "Nachricht und die technischen Angaben der E-Mail, um Ihnen zu antworten "
            "(Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 LDSG). Wir löschen die E-Mail, "
            "sobald Ihr Anliegen erledigt ist und keine Pflicht zur Aufbewahrung besteht.",
            "E-Mails werden auf dem Weg zu uns in der Regel verschlüsselt übertragen (TLS), "
            "liegen auf den beteiligten Mailservern aber unverschlüsselt vor. Vertrauliches "
            "schicken Sie uns deshalb besser per Post, oder Sie rufen uns an.",
        ),
        _heading("9. Anmeldung der Redaktion"),
        *paragraphs(
            "Anmelden können sich auf dieser Website nur Mitarbeiterinnen und Mitarbeiter der "
            "Redaktion. Für die Anmeldung setzt der Server ein Sitzungs-Cookie (sessionid).",
            "Zum Schutz vor dem Erraten von Passwörtern speichern wir bei jedem fehlgeschlagenen "
            "Anmeldeversuch den eingegebenen Benutzernamen, die IP-Adresse, die Kennung des "
            "Browsers und die Uhrzeit. Nach mehreren Fehlversuchen sperrt das System weitere "
            "Versuche für eine Weile. Diese Einträge löschen wir nach 30 Tagen. "
            "Rechtsgrundlage: Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit § 3 LDSG und "
            "Art. 32 DSGVO.",
        ),
        _heading("10. Empfänger, Auftragsverarbeitung, Drittländer"),
        *paragraphs(
            "Ihre Daten sehen nur die Mitarbeiterinnen und Mitarbeiter der Partner, die sie für "
            "ihre Aufgabe brauchen. Den Server betreibt in unserem Auftrag ein IT-Dienstleister "
            "[Name – Demo] in einem Rechenzentrum in Deutschland; er ist nach Art. 28 DSGVO an "
            "unsere Weisungen gebunden. Wir übermitteln keine Daten in Länder außerhalb der "
            "Europäischen Union und treffen keine automatisierten Entscheidungen im Sinne von "
            "Art. 22 DSGVO.",
        ),
        _heading("11. Ihre Rechte"),
        _rich(
            "<p>Sie haben gegenüber jedem der beiden Verantwortlichen das Recht auf</p>",
            _ul(
                "Auskunft über die zu Ihnen gespeicherten Daten (Art. 15 DSGVO),",
                "Berichtigung unrichtiger Daten (Art. 16 DSGVO),",
                "Löschung Ihrer Daten (Art. 17 DSGVO),",
                "Einschränkung der Verarbeitung (Art. 18 DSGVO),",
                "Datenübertragbarkeit, soweit ihre Voraussetzungen vorliegen (Art. 20 DSGVO),",
                "Widerspruch gegen die Verarbeitung aus Gründen, die sich aus Ihrer besonderen "
                "Situation ergeben (Art. 21 DSGVO).",
            ),
            f"<p>Wenden Sie sich dafür an die Redaktion ({_mail(EDITORIAL_EMAIL)}) oder an eine "
            f"der beiden Datenschutzbeauftragten. Die Auskunft ist kostenlos.</p>",
        ),
        _heading("12. Beschwerde bei der Aufsichtsbehörde"),
        _rich(
            "<p>Sie haben das Recht, sich bei einer Datenschutz-Aufsichtsbehörde zu beschweren "
            "(Art. 77 DSGVO). Für beide Verantwortlichen zuständig ist die oder der "
            "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz "
            "(LfDI RLP):</p>",
            _p(
                "Hintere Bleiche 34",
                "55116 Mainz",
                f"E-Mail: {_mail('poststelle@datenschutz.rlp.de')}",
                'Website: <a href="https://www.datenschutz.rlp.de/">www.datenschutz.rlp.de</a>',
            ),
        ),
    ]


def barrierefreiheit(barrier):
    return [
        DEMO_NOTE,
        *paragraphs(
            "Die Polizeiinspektion Bad Kreuznach, die Kriminalinspektion Bad Kreuznach "
            "(Polizeipräsidium Mainz) und der Beirat für Migration und Integration des "
            "Landkreises Bad Kreuznach sind bemüht, ihre gemeinsame Website im Einklang mit § 10 "
            "des Landesinklusionsgesetzes (LInklG) und der Barrierefreie-Informationstechnik-"
            "Verordnung Rheinland-Pfalz (BITV RP) barrierefrei zugänglich zu machen. Die BITV RP "
            "verweist auf die Anforderungen der §§ 3 und 4 der Barrierefreie-Informationstechnik-"
            "Verordnung des Bundes (BITV 2.0) und damit auf die europäische Norm EN 301 549.",
            "Diese Erklärung zur Barrierefreiheit gilt für die gesamte Website [Adresse – Demo] "
            "in allen Sprachfassungen.",
        ),
        _heading("Stand der Vereinbarkeit mit den Anforderungen"),
        _rich(
            "<p>Diese Website ist wegen der unten genannten Unvereinbarkeiten <b>teilweise "
            "vereinbar</b> mit der BITV 2.0 und der EN 301 549.</p>",
            "<p>Wir haben die Website von Anfang an barrierefrei geplant: Sie soll sich ganz mit "
            "der Tastatur bedienen lassen, mit sichtbarem Fokus, klarer Überschriftenstruktur, "
            "Textalternativen für Bilder und einer Darstellung, die bis 320 Pixel Breite ohne "
            "waagerechtes Scrollen auskommt. Die Sprache jeder Seite ist ausgezeichnet, auch bei "
            "Arabisch und Persisch mit ihrer Schreibrichtung von rechts nach links. Jede Änderung "
            "prüfen wir automatisch mit dem Prüfwerkzeug axe-core.</p>",
            "<p>Automatische Prüfungen finden aber nur einen Teil der möglichen Barrieren. Eine "
            "vollständige manuelle Prüfung nach dem BITV-Prüfverfahren steht noch aus. Bis sie "
            "vorliegt, erklären wir die Website als teilweise vereinbar.</p>",
        ),
        _heading("Nicht barrierefreie Inhalte"),
        *paragraphs("Die folgenden Inhalte sind nicht oder nicht vollständig barrierefrei."),
        _heading("Unvereinbarkeit mit den Anforderungen", "h3"),
        _rich(
            _ul(
                "<b>PDF-Dateien anderer Herausgeber:</b> Einige Präventions-Flyer, die wir von "
                "anderen Stellen übernommen haben, sind keine barrierefreien PDF-Dokumente. "
                "Ihnen fehlen zum Beispiel die Strukturinformationen für Screenreader und "
                "Textalternativen für Bilder. In der Materialliste steht bei jeder Datei, ob sie "
                "barrierefrei ist. Die wichtigsten Inhalte finden Sie als barrierefreien Text auf "
                "den Themenseiten der Prävention. Wir bitten die Herausgeber um barrierefreie "
                "Fassungen und schicken Ihnen auf Anfrage den Inhalt in einer zugänglichen Form.",
                "<b>Video in Deutscher Gebärdensprache:</b> Die Erklärung der Website in "
                "Deutscher Gebärdensprache (DGS) nach § 4 BITV 2.0 wird gerade produziert. Bis "
                "dahin steht auf der Seite „Gebärdensprache“ der Text, den das Video zeigen "
                "wird.",
                "<b>Leichte Sprache:</b> Die Erklärung in Leichter Sprache nach § 4 BITV 2.0 ist "
                "noch nicht von einer Prüfgruppe aus Menschen mit Lernschwierigkeiten geprüft. "
                "Diese Prüfung holen wir nach.",
            )
        ),
        _heading("Unverhältnismäßige Belastung", "h3"),
        *paragraphs("Wir berufen uns für keinen Inhalt auf eine unverhältnismäßige Belastung."),
        _heading("Inhalte außerhalb des Anwendungsbereichs", "h3"),
        *paragraphs(
            "Websites anderer Anbieter, auf die wir verlinken, zum Beispiel die Onlinewache der "
            "Polizei Rheinland-Pfalz, gehören nicht zu dieser Website. Für sie gelten die "
            "Erklärungen zur Barrierefreiheit ihrer Anbieter.",
        ),
        _heading("Erstellung dieser Erklärung zur Barrierefreiheit"),
        *paragraphs(
            f"Diese Erklärung wurde am {STATEMENT_DATE} erstellt. Sie beruht auf einer "
            f"Selbstbewertung: automatisierten Prüfungen mit axe-core bei jeder Änderung der "
            f"Website, auf Deutsch und in einer Sprache mit Schreibrichtung von rechts nach "
            f"links. Die Erklärung wurde zuletzt am {STATEMENT_DATE} überprüft.",
        ),
        _heading("Feedback und Kontaktangaben"),
        _rich(
            "<p>Sind Ihnen Mängel bei der barrierefreien Gestaltung dieser Website aufgefallen? "
            "Oder brauchen Sie Inhalte dieser Website in einer barrierefreien Form, zum Beispiel "
            "einen Flyer als barrierefreies Dokument? Dann melden Sie sich bei der Redaktion der "
            "Website:</p>",
            _ul(
                f"über das Formular {_link(barrier)}",
                f"per E-Mail: {_mail(ACCESSIBILITY_EMAIL)}",
                f"per Telefon: {EDITORIAL_PHONE} (montags bis freitags von 9 bis 15 Uhr) [Demo]",
                "per Post: Polizeiinspektion Bad Kreuznach, Redaktion der gemeinsamen Website, "
                "Ringstraße 66, 55543 Bad Kreuznach",
            ),
            "<p>Wir antworten so schnell wie möglich, spätestens innerhalb eines Monats.</p>",
        ),
        (
            "call_to_action",
            {
                "title": "Barriere melden",
                "text": "Beschreiben Sie kurz, wo Sie auf eine Barriere gestoßen sind. Ihre "
                "E-Mail-Adresse brauchen wir nur, wenn Sie eine Antwort möchten.",
                "page": barrier,
                "url": "",
                "button_label": "Zum Formular „Barriere melden“",
            },
        ),
        _heading("Durchsetzungsverfahren"),
        _rich(
            "<p>Haben Sie uns eine Barriere gemeldet und innerhalb eines Monats keine oder keine "
            "zufriedenstellende Antwort erhalten? Dann können Sie sich an die Durchsetzungsstelle "
            "wenden. Sie ist nach § 3 BITV RP bei der oder dem Landesbeauftragten für die Belange "
            "von Menschen mit Behinderungen Rheinland-Pfalz eingerichtet.</p>",
            "<p>Die Durchsetzungsstelle prüft auf Ihren Antrag, ob diese Website die "
            "Anforderungen an die Barrierefreiheit erfüllt. Stellt sie Mängel fest, fordert sie "
            "uns auf, die Mängel zu beseitigen.</p>",
            _p(
                "Durchsetzungsstelle bei der oder dem Landesbeauftragten für die Belange von "
                "Menschen mit Behinderungen Rheinland-Pfalz",
                "Bauhofstraße 9",
                "55116 Mainz",
                f"E-Mail: {_mail('durchsetzungsstelle@mastd.rlp.de')}",
            ),
        ),
    ]


def leichte_sprache(legal, barrier):
    statement = legal["barrierefreiheit"]
    return [
        *paragraphs(
            "Hier finden Sie Informationen in Leichter Sprache. "
            "Leichte Sprache ist einfaches Deutsch. "
            "Die Sätze sind kurz. "
            "Schwere Wörter erklären wir.",
        ),
        _heading("Wer macht diese Internet-Seite?"),
        _rich(
            "<p>Diese Internet-Seite machen 3 Partner zusammen:</p>",
            _ul(
                "die Polizei-Inspektion Bad Kreuznach",
                "die Kriminal-Inspektion Bad Kreuznach",
                "der Beirat für Migration und Integration im Land-Kreis Bad Kreuznach",
            ),
            "<p>Eine Inspektion ist eine Dienst-Stelle der Polizei. "
            "Die Polizei-Inspektion sorgt für Sicherheit in Bad Kreuznach. "
            "Die Kriminal-Inspektion klärt Straf-Taten auf. "
            "Eine Straf-Tat ist zum Beispiel ein Diebstahl.</p>",
            "<p>Ein Beirat ist eine Gruppe von Menschen. "
            "Der Beirat gibt dem Land-Kreis Rat. "
            "Im Beirat sind viele Menschen aus anderen Ländern. "
            "Sie setzen sich für Menschen aus anderen Ländern ein.</p>",
            "<p>Migration heißt: Menschen ziehen in ein anderes Land. "
            "Integration heißt: Alle Menschen gehören dazu. "
            "Alle Menschen können mitmachen.</p>",
        ),
        _rich(
            "<p>Die Polizei und der Beirat arbeiten zusammen. "
            "Das haben sie in einem Vertrag aufgeschrieben. "
            "Die Partner wollen:</p>",
            _ul(
                "Die Menschen vertrauen der Polizei.",
                "Die Polizei versteht die Menschen.",
                "Wir reden miteinander. So lösen wir Probleme.",
                "Menschen aus anderen Ländern werden auch Polizistin oder Polizist.",
            ),
            "<p>Die Polizei und der Beirat prüfen alle Texte auf dieser Internet-Seite. "
            "Erst dann kommen die Texte auf die Internet-Seite.</p>",
        ),
        _heading("Was steht auf dieser Internet-Seite?"),
        _rich(
            _ul(
                "<b>Aktuelles:</b> Hier stehen Neuigkeiten von der Polizei und vom Beirat.",
                "<b>Veranstaltungen:</b> Hier stehen Termine. "
                "Zum Beispiel für Treffen und Vorträge. "
                "Oder für die Interkulturelle Woche. "
                "Das ist eine Woche mit vielen Festen und Treffen. "
                "Dort lernen sich Menschen aus vielen Ländern kennen.",
                "<b>Prävention:</b> Prävention heißt: Vorbeugen. "
                "Hier steht: So schützen Sie sich vor Straf-Taten. "
                "Zum Beispiel vor Betrug am Telefon. "
                "Und hier steht: So sind Sie sicher im Straßen-Verkehr. "
                "Es gibt auch Hefte zum Herunter-Laden. "
                "Viele Hefte gibt es in mehreren Sprachen.",
                "<b>Über die Kooperation:</b> Kooperation heißt: Zusammen-Arbeit. "
                "Hier steht mehr über die Partner.",
                "<b>Kontakt:</b> Hier können Sie uns schreiben.",
            )
        ),
        _heading("So finden Sie sich zurecht"),
        _rich(
            _ul(
                "Oben auf jeder Seite ist das Menü. "
                "Im Menü stehen die wichtigen Bereiche. "
                "Klicken Sie auf einen Bereich. "
                "Dann kommen Sie zu diesem Bereich.",
                "Neben dem Menü ist die Suche. "
                "Schreiben Sie ein Wort in das Feld. "
                "Dann klicken Sie auf: Suchen.",
                "Ganz oben sind 2 Links: Leichte Sprache und Gebärden-Sprache. "
                "Gebärden-Sprache ist die Sprache mit den Händen. "
                "Viele gehörlose Menschen sprechen Gebärden-Sprache.",
                "Ganz unten auf jeder Seite stehen wichtige Links. "
                "Zum Beispiel: Impressum. "
                "Im Impressum steht: Wer ist verantwortlich für diese Internet-Seite?",
                "Sie können die Internet-Seite auch nur mit der Tastatur benutzen. "
                "Drücken Sie die Taste Tab. "
                "Dann kommen Sie zum nächsten Link.",
            )
        ),
        _heading("Barriere-Freiheit"),
        _rich(
            "<p>Barriere-Freiheit heißt: Alle Menschen können die Internet-Seite gut benutzen. "
            "Auch Menschen mit Behinderung. "
            "Zum Beispiel blinde Menschen. "
            "Oder gehörlose Menschen.</p>",
            f"<p>Wir müssen aufschreiben: So barriere-frei ist unsere Internet-Seite. "
            f"Das steht in der {_link(statement, 'Erklärung zur Barriere-Freiheit')}. "
            f"Dort steht:</p>",
            _ul(
                "Die Internet-Seite ist zum Teil barriere-frei.",
                "Fach-Leute müssen die Internet-Seite noch genau prüfen.",
                "Manche Hefte zum Herunter-Laden sind nicht barriere-frei. "
                "Andere Stellen haben diese Hefte gemacht.",
                "Das Video in Gebärden-Sprache fehlt noch. Wir machen das Video gerade.",
            ),
            f"<p>Haben Sie ein Problem mit unserer Internet-Seite? "
            f"Dann sagen Sie es uns. "
            f"Das geht mit dem Formular {_link(barrier)}. "
            f"Oder Sie schreiben eine E-Mail an: {_mail(ACCESSIBILITY_EMAIL)}</p>",
            "<p>Sie bekommen nach einem Monat keine Antwort? "
            "Oder die Antwort hilft Ihnen nicht? "
            "Dann können Sie sich beschweren. "
            "Die Stelle dafür ist in Mainz. "
            "Sie heißt: Durchsetzungs-Stelle. "
            "Die Adresse steht in der Erklärung zur Barriere-Freiheit.</p>",
        ),
        _info(
            "Im Notfall",
            "<p>Sie brauchen schnell Hilfe? Dann rufen Sie an:</p>"
            + _ul(
                "<b>110</b>: Das ist die Nummer von der Polizei.",
                "<b>112</b>: Das ist die Nummer von der Feuerwehr und vom Rettungs-Dienst. "
                "Der Rettungs-Dienst hilft bei Unfällen. Und bei schweren Krankheiten.",
            )
            + "<p>Der Anruf kostet nichts.</p>"
            "<p>Sie können nicht hören? Oder nicht sprechen? "
            "Dann nutzen Sie die App nora. "
            "Mit der App schicken Sie einen Notruf. "
            "Dafür müssen Sie nicht sprechen.</p>"
            "<p>Diese Internet-Seite ist nicht für Notfälle.</p>",
            kind="warning",
        ),
    ]


def gebaerdensprache(legal, contact):
    statement = legal["barrierefreiheit"]
    return [
        *paragraphs(
            "Auf dieser Seite erklären wir die Website in Deutscher Gebärdensprache (DGS): was "
            "auf der Website steht, wer sie macht, wie Sie sich zurechtfinden und was in der "
            "Erklärung zur Barrierefreiheit steht.",
        ),
        _info(
            "Das Video in Gebärdensprache wird gerade produziert",
            "<p>Das Video in Deutscher Gebärdensprache ist noch nicht fertig. Es erscheint hier "
            "mit deutschen Untertiteln und einem Transkript. Bis dahin lesen Sie unten den Text, "
            "den das Video zeigen wird.</p>"
            f"<p>Sie haben Fragen? Schreiben Sie uns eine E-Mail an {_mail(EDITORIAL_EMAIL)} "
            f"oder nutzen Sie das {_link(contact, 'Kontaktformular')}.</p>",
        ),
        _heading("Text des Videos (Transkript)"),
        _heading("Begrüßung", "h3"),
        *paragraphs(
            "Hallo und willkommen! Das ist die Website der Polizei und des Beirats für Migration "
            "und Integration in Bad Kreuznach. In diesem Video erkläre ich Ihnen in Deutscher "
            "Gebärdensprache, was Sie hier finden.",
        ),
        _heading("Wer die Website macht", "h3"),
        *paragraphs(
            "Drei Partner machen diese Website gemeinsam: die Polizeiinspektion Bad Kreuznach, "
            "die Kriminalinspektion Bad Kreuznach und der Beirat für Migration und Integration "
            "des Landkreises Bad Kreuznach. Der Beirat vertritt die Menschen mit "
            "Migrationsgeschichte im Landkreis.",
            "Die Partner haben eine Kooperationsvereinbarung geschlossen. Sie wollen Vertrauen "
            "zwischen der Polizei und Menschen mit Migrationsgeschichte aufbauen, gemeinsam "
            "vorbeugen und Konflikte im Gespräch lösen. Alles auf dieser Website haben beide "
            "Seiten geprüft und freigegeben.",
        ),
        _heading("Was auf der Website steht", "h3"),
        _rich(
            _ul(
                "<b>Aktuelles:</b> Neuigkeiten und Pressemitteilungen der Partner.",
                "<b>Veranstaltungen:</b> Termine, zum Beispiel Gesprächsrunden und die "
                "Interkulturelle Woche. Bei jeder Veranstaltung steht, ob sie barrierefrei ist "
                "und ob es eine Übersetzung in Gebärdensprache gibt.",
                "<b>Prävention:</b> Tipps zum Schutz vor Straftaten, zum Beispiel vor Betrug am "
                "Telefon, und zur Sicherheit im Straßenverkehr. Flyer gibt es in vielen "
                "Sprachen zum Herunterladen.",
                "<b>Über die Kooperation:</b> wer die Partner sind und was sie gemeinsam tun.",
                "<b>Kontakt:</b> ein Formular, mit dem Sie uns schreiben können.",
            )
        ),
        _heading("So finden Sie sich zurecht", "h3"),
        _rich(
            _ul(
                "Oben auf jeder Seite ist das Menü mit den Bereichen. Daneben ist die Suche.",
                "Ganz oben finden Sie die Links zu Leichter Sprache und zu Gebärdensprache.",
                "Ganz unten auf jeder Seite stehen die Notrufnummern und die Links zu Impressum, "
                "Datenschutzerklärung und Erklärung zur Barrierefreiheit.",
                "Die Website lässt sich auch nur mit der Tastatur bedienen.",
            )
        ),
        _heading("Barrierefreiheit", "h3"),
        _rich(
            f"<p>In der {_link(statement)} steht, wie barrierefrei diese Website ist. Sie ist "
            f"teilweise barrierefrei. Eine genaue Prüfung durch Fachleute steht noch aus. Einige "
            f"Flyer anderer Herausgeber sind keine barrierefreien Dokumente. Und dieses Video ist "
            f"noch in Arbeit.</p>",
            "<p>Wenn Ihnen eine Barriere auffällt, sagen Sie es uns über das Formular „Barriere "
            "melden“ oder per E-Mail. Antworten wir nicht innerhalb eines Monats, können Sie "
            "sich an die Durchsetzungsstelle in Mainz wenden.</p>",
        ),
        _heading("Im Notfall", "h3"),
        *paragraphs(
            "Im Notfall erreichen Sie die Polizei unter 110 und Feuerwehr und Rettungsdienst "
            "unter 112. Wenn Sie nicht telefonieren können, nutzen Sie die Notruf-App nora. Mit "
            "nora setzen Sie einen Notruf ab, ohne zu sprechen. Diese Website ist nicht für "
            "Notfälle.",
        ),
    ]
