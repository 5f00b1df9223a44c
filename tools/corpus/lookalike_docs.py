"""Content of the look-alike documents: invented text in the layouts of real documents we may read
but not redistribute (../shared/corpus-real). One dict per document; make_lookalike.py lays it out.

Every sentence, title, name, number and place here is made up. What is kept from the real
document is only its layout and the *kind* of label wording (a form with ✘ checkboxes, a number of
the shape `20-26 / V 0xxxx`, a letterhead column, a subject under the salutation, ...): the key
`like` names the real layout in words, never the real file.

Keys shared with the truth rows: file, city, drucksache, doc_type, doc_type_printed, date, title,
public, department, consultations, klimacheck, themes. The rest fills the page.
"""

# ---------------------------------------------------------------- grant forms (✘ AcroForm boxes)

GRANT_LIBRARY = {
    "file": "own08_auenburg_v-05817-foerderung.pdf",
    "like": "district-committee grant form of a city RIS: letterhead column at the right, four-line "
            "bold title, number labelled 'Sitzungsvorlagen Nr.:', Beratungsfolge only as a prose line "
            "'Beschluss des … vom …', ✘ AcroForm checkboxes (ZapfDingbats) that are no Klimacheck",
    "layout": "grant_form_acroform",
    "city": "Auenburg",
    "drucksache": "20-26 / V 05817",
    "doc_type": "Beschlussvorlage",
    "doc_type_printed": "Beschlussvorlage",
    "date": "2022-03-17",
    "head_left": ["Datum: 17.03.2022", "Tel. 455 – 31870", "Fax (0871) 455 931 870", "AZ: 1140.2-07-0519"],
    "head_right": ("Stadtkanzlei", "HA IV/BB"),
    "title_lines": ["Bewilligung einer Förderung", "aus dem Stadtteilbudget",
                    "des Bezirksbeirats 7", "nach Ermächtigung der Oberbürgermeisterin vom 14.03.2019"],
    "title": "Bewilligung einer Förderung aus dem Stadtteilbudget des Bezirksbeirats 7 nach "
             "Ermächtigung der Oberbürgermeisterin vom 14.03.2019",
    "public": True,
    "department": "Stadtkanzlei HA IV/BB",
    "applicant": "Förderverein Stadtteilbücherei Lindenhof e. V.",
    "measure": "Lesesommer mit Vorlesestunden und Schreibwerkstatt im Juli 2022",
    "committee_line": "Beschluss des Bezirksbeirats des 7. Stadtbezirks vom 05.04.2022",
    "consultations": [{"committee": "Bezirksbeirat des 7. Stadtbezirks", "date": "2022-04-05",
                       "role": "Entscheidung"}],
    "amount": "640,00",
    "received": ("02.02.2022", "04.02.2022"),
    "chair": ("An die Vorsitzende", "des Bezirksbeirats 7", "Frau Renate Obermaier"),
    "ticks": {"met": True, "full": True, "funds": True},
    "klimacheck": None,
    "themes": ["kultur_sport", "bildung", "finanzen"],
}

GRANT_SCHOOL = {
    "file": "own09_auenburg_v-05863-foerderung.pdf",
    "like": GRANT_LIBRARY["like"] + "; applicant and measure on one line each, a partial grant ticked",
    "layout": "grant_form_acroform",
    "city": "Auenburg",
    "drucksache": "20-26 / V 05863",
    "doc_type": "Beschlussvorlage",
    "doc_type_printed": "Beschlussvorlage",
    "date": "2022-03-18",
    "head_left": ["Datum: 18.03.2022", "Tel. 455 – 31874", "Fax (0871) 455 931 870", "AZ: 1140.2-03-0527"],
    "head_right": ("Stadtkanzlei", "HA IV/BB"),
    "title_lines": ["Bewilligung einer Förderung", "aus dem Stadtteilbudget",
                    "des Bezirksbeirats 3", "nach Ermächtigung der Oberbürgermeisterin vom 14.03.2019"],
    "title": "Bewilligung einer Förderung aus dem Stadtteilbudget des Bezirksbeirats 3 nach "
             "Ermächtigung der Oberbürgermeisterin vom 14.03.2019",
    "public": True,
    "department": "Stadtkanzlei HA IV/BB",
    "applicant": "Elterninitiative Streitschlichtung e. V.",
    "measure": "Streitschlichter-Ausbildung an drei Grundschulen im Schuljahr 2022/23",
    "committee_line": "Beschluss des Bezirksbeirats des 3. Stadtbezirks vom 07.04.2022",
    "consultations": [{"committee": "Bezirksbeirat des 3. Stadtbezirks", "date": "2022-04-07",
                       "role": "Entscheidung"}],
    "amount": "2.380,00",
    "received": ("21.01.2022", "24.01.2022"),
    "chair": ("An den Vorsitzenden", "des Bezirksbeirats 3", "Herrn Kaspar Wendlinger"),
    "ticks": {"met": True, "full": False, "funds": True},
    "klimacheck": None,
    "themes": ["bildung", "soziales", "finanzen"],
}

# Fixture: the same form with the session date left blank (`… Stadtbezirks vom` and nothing).
GRANT_BLANK_DATE = {
    "file": "la01_auenburg_foerderung-ohne-sitzungsdatum.pdf",
    "like": GRANT_LIBRARY["like"] + "; the session date after 'vom' left blank",
    "layout": "grant_form_acroform",
    "city": "Auenburg",
    "drucksache": "20-26 / V 05902",
    "doc_type": "Beschlussvorlage",
    "doc_type_printed": "Beschlussvorlage",
    "date": "2022-03-22",
    "head_left": ["Datum: 22.03.2022", "Tel. 455 – 31879", "Fax (0871) 455 931 870", "AZ: 1140.2-11-0533"],
    "head_right": ("Stadtkanzlei", "HA IV/BB"),
    "title_lines": ["Bewilligung einer Förderung", "aus dem Stadtteilbudget",
                    "des Bezirksbeirats 11", "nach Ermächtigung der Oberbürgermeisterin vom 14.03.2019"],
    "title": "Bewilligung einer Förderung aus dem Stadtteilbudget des Bezirksbeirats 11 nach "
             "Ermächtigung der Oberbürgermeisterin vom 14.03.2019",
    "public": True,
    "department": "Stadtkanzlei HA IV/BB",
    "applicant": "Gartenfreunde Am Mühlbach e. V.",
    "measure": "Pflanzaktion Obstbaumwiese im Herbst 2022",
    "committee_line": "Beschluss des Bezirksbeirats des 11. Stadtbezirks vom",
    "consultations": [{"committee": "Bezirksbeirat des 11. Stadtbezirks", "date": None,
                       "role": "Entscheidung"}],
    "amount": "415,00",
    "received": ("09.02.2022", "10.02.2022"),
    "chair": ("An den Vorsitzenden", "des Bezirksbeirats 11", "Herrn Alois Brandstätter"),
    "ticks": {"met": True, "full": True, "funds": True},
    "klimacheck": None,
    "themes": ["klima_umwelt", "finanzen"],
}



# ---------------------------------------------------------------- Sitzungsvorlagen (LibreOffice)

REPORT = {
    "file": "own10_auenburg_v-04106-bekanntgabe.pdf",
    "layout": "sitzungsvorlage_letterhead",
    "like": "Sitzungsvorlage of a city department printed by LibreOffice: telephone lines at the left and "
            "the department over two lines at the right in the page header, bold title over two lines "
            "and a bold subtitle, 'Sitzungsvorlage Nr. 20-26 / V 0xxxx', a 'Kurzübersicht zur "
            "Bekanntgabe im … am …' with a two-column summary table, a table of contents, no document "
            "date (only session and cited dates), a cited older number in the body",
    "city": "Auenburg",
    "drucksache": "20-26 / V 04106",
    "doc_type": "Mitteilungsvorlage",
    "doc_type_printed": "Bekanntgabe",
    "date": None,
    "phone": ("Telefon: 0 455-27311", "Telefax: 0 455-27390"),
    "dept_lines": ("Liegenschaftsreferat", "Geschäftsleitung"),
    "title_lines": ["Digitale Grundstücksakte;", "Zwischenbilanz zum Personaleinsatz im Liegenschaftsreferat"],
    "subtitle": "Umsetzungsbericht",
    "title": "Digitale Grundstücksakte; Zwischenbilanz zum Personaleinsatz im Liegenschaftsreferat",
    "public": True,
    "department": "Liegenschaftsreferat - Geschäftsleitung",
    "session": ("Bekanntgabe im Liegenschaftsausschuss am 09.06.2022", "Öffentliche Sitzung"),
    "consultations": [{"committee": "Liegenschaftsausschuss", "date": "2022-06-09", "role": "Kenntnisnahme"}],
    "summary": [
        ("Anlass", "Mit Beschluss vom 17.11.2018 hat der Stadtrat für die Umstellung der "
                   "Grundstücksakten auf eine elektronische Akte acht befristete Stellen im "
                   "Liegenschaftsreferat (LR) geschaffen und einen Bericht nach drei Jahren verlangt."),
        ("Inhalt", "Die Bekanntgabe schildert, wie weit die Digitalisierung der rund 41.000 "
                   "Grundstücksakten gekommen ist und welche Wirkung die zusätzlichen Stellen hatten."),
        ("Gesamtkosten/ Gesamterlöse", "./."),
        ("Entscheidungs- vorschlag", "Bekanntgabe"),
        ("Gesucht werden kann im RIS auch unter:", "E-Akte; Grundbuch; Scan-Dienstleistung; Aktenarchiv"),
        ("Ortsangabe", "./."),
    ],
    "toc": [("I. Vortrag der Referentin", "1"), ("1. Anlass", "1"), ("2. Stand der Umsetzung", "2"),
            ("2.1 Scannen und Erfassen der Altakten", "2"), ("2.2 Arbeit mit der elektronischen Akte", "3"),
            ("2.3 Auskünfte an Notariate und Gerichte", "4"), ("3. Fazit", "4"),
            ("4. Beteiligung der Bezirksbeiräte", "4"), ("5. Unterrichtung des Korreferenten", "4"),
            ("II. Bekanntgegeben", "5")],
    "body": [
        ("1. Anlass",
         ["Die Grundstücksakten des Liegenschaftsreferats lagen bis 2018 fast ausschließlich auf Papier "
          "vor. Für Auskünfte an Notariate, Gerichte und andere Referate mussten die Akten aus dem "
          "Kellerarchiv geholt, kopiert und wieder eingeordnet werden; eine Anfrage dauerte im Mittel "
          "elf Arbeitstage.",
          "Der Stadtrat hat deshalb am 17.11.2018 (Sitzungsvorlage Nr. 14-20 / V 07731) beschlossen, "
          "die Akten schrittweise zu scannen und in die stadtweite E-Akte zu übernehmen. Dafür wurden "
          "acht auf vier Jahre befristete Stellen eingerichtet. Zugleich wurde das Referat beauftragt, "
          "nach drei Jahren über die Wirkung der Stellen zu berichten."]),
        ("2. Stand der Umsetzung",
         ["Bis zum 31.03.2022 sind 29.400 der rund 41.000 Grundstücksakten gescannt, verschlagwortet und "
          "in der E-Akte recherchierbar. Die übrigen Akten betreffen überwiegend Grundstücke, an denen "
          "seit Jahrzehnten keine Veränderung stattfand; sie werden bei der nächsten Anfrage digitalisiert."]),
        ("2.1 Scannen und Erfassen der Altakten",
         ["Das Scannen übernimmt ein externer Dienstleister in den Räumen des Referats, damit keine Akte "
          "das Haus verlässt. Die Beschäftigten auf den neuen Stellen prüfen jede gescannte Akte auf "
          "Vollständigkeit, vergeben die Schlagworte und entscheiden, welche Papierakten nach Ablauf der "
          "Aufbewahrungsfristen vernichtet werden dürfen.",
          "Anfangs verzögerten Lieferengpässe bei den Großformatscannern die Arbeit um etwa vier Monate. "
          "Seit Sommer 2020 werden im Schnitt 900 Akten im Monat bearbeitet."]),
        ("2.2 Arbeit mit der elektronischen Akte",
         ["Alle Sachbearbeiterinnen und Sachbearbeiter des Referats arbeiten seit Januar 2021 in der "
          "E-Akte. Vorgänge werden elektronisch mitgezeichnet; Papierumläufe gibt es nur noch für "
          "Urkunden, die im Original vorliegen müssen.",
          "Die Schulung der Beschäftigten erfolgte in kleinen Gruppen am Arbeitsplatz. Die "
          "Rückmeldungen sind überwiegend positiv, bemängelt wird vor allem die lange Ladezeit großer "
          "Planunterlagen."]),
        ("2.3 Auskünfte an Notariate und Gerichte",
         ["Eine Auskunft aus einer digitalisierten Akte dauert heute im Mittel zwei Arbeitstage. Im Jahr "
          "2021 wurden 3.150 Auskünfte erteilt, rund ein Drittel mehr als 2018, ohne dass zusätzliches "
          "Personal in der Auskunftsstelle nötig wurde."]),
        ("3. Fazit",
         ["Die befristeten Stellen haben ihren Zweck erfüllt: Der größte Teil des Aktenbestands ist "
          "digital verfügbar, die Bearbeitungszeiten sind deutlich kürzer. Das Referat wird die restlichen "
          "Akten mit dem vorhandenen Personal bei Bedarf digitalisieren.",
          "Mit dieser Bekanntgabe ist der Berichtsauftrag aus dem Beschluss vom 17.11.2018 erfüllt."]),
        ("4. Beteiligung der Bezirksbeiräte",
         ["Die Bezirksbeiräte sind in dieser Angelegenheit nicht anzuhören."]),
        ("5. Unterrichtung des Korreferenten",
         ["Der Korreferent des Liegenschaftsreferats, Herr Stadtrat Florian Aichinger, hat einen Abdruck "
          "der Sitzungsvorlage erhalten."]),
    ],
    "signers": (("Der Vorsitzende", "Matthias Gruber", "2. Bürgermeister"),
                ("Die Referentin", "Dr. Sabine Lechleitner", "Berufsmäßige Stadträtin")),
    "copies": ["über die Stadtkanzlei HA I/P – Protokolle", "an das Rechnungsprüfungsamt",
               "an die Stadtkanzlei – Dokumentation", "an die Kämmerei", "z.K."],
    "wv": "Wv. Liegenschaftsreferat - Geschäftsleitung",
    "klimacheck": None,
    "themes": ["digitalisierung", "verwaltung"],
}

SUPPLEMENT = {
    "file": "own11_auenburg_v-02975-tischvorlage.pdf",
    "layout": "sitzungsvorlage_letterhead",
    "like": "Tischvorlage (supplement) in the same letterhead layout: the date in a framed box at the "
            "right margin over three lines ('Tischvorlage' / 'Ergänzung vom' / date), a title of three "
            "bold paragraphs, 'Ergänzung zum Beschluss der … vom …' naming the coming session, an "
            "'Anlage' line with a cited statement date, a distribution list on page 2",
    "city": "Auenburg",
    "drucksache": "20-26 / V 02975",
    "doc_type": "Ergänzungsvorlage",
    "doc_type_printed": "Tischvorlage",
    "date": "2022-11-08",
    "phone": ("Telefon: 0 455-26612", "Telefax: 0 455-26680"),
    "dept_lines": ("Liegenschaftsreferat", "Immobilienservice"),
    "box": ("Tischvorlage", "Ergänzung vom", "08.11.2022"),
    "title_paras": [["Generalsanierung Weidenallee 7", "ehemalige Gewerbeschule"],
                    ["Umbau zur Grundschule mit Ganztagsbereich"],
                    ["Ausführungsgenehmigung und Kostenrahmen"]],
    "title": "Generalsanierung Weidenallee 7 ehemalige Gewerbeschule – Umbau zur Grundschule mit "
             "Ganztagsbereich – Ausführungsgenehmigung und Kostenrahmen",
    "public": True,
    "department": "Liegenschaftsreferat - Immobilienservice",
    "attachment": "Stellungnahme der Kämmerei vom 07.11.2022",
    "session": ("Ergänzung zum Beschluss der Vollversammlung des Stadtrats vom 09.11.2022",
                "Öffentliche Sitzung"),
    "consultations": [{"committee": "Vollversammlung des Stadtrats", "date": "2022-11-09",
                       "role": "Entscheidung"}],
    "lecture": ["Zu den bereits versandten Unterlagen für die Vollversammlung am 09.11.2022 wird "
                "die Stellungnahme der Kämmerei vom 07.11.2022 nachgereicht. Sie ging am selben Tag im "
                "Liegenschaftsreferat ein und ist dieser Tischvorlage als Anlage beigefügt.",
                "Die Kämmerei weist auf die gestiegenen Baupreise hin und bittet, den Kostenrahmen für "
                "den Modulbau während der Bauzeit quartalsweise zu berichten. Das Referat sagt dies zu.",
                "Der Antrag der Referentin wird nicht geändert."],
    "copies": ["über die Stadtkanzlei HA I/P – Protokolle", "an das Rechnungsprüfungsamt",
               "an die Stadtkanzlei – Dokumentation", "an die Kämmerei", "z.K."],
    "wv": "Wv. Liegenschaftsreferat - Immobilienservice - Hochbau Süd",
    "page2": ["Liegenschaftsreferat", "I. Der vorstehende Abdruck stimmt mit der beglaubigten Zweitschrift überein.",
              "II. An", "Schulreferat – Bauunterhalt", "Auenburger Wohnbau GmbH", "LR-IS-HS",
              "LR-GL 3", "Planungsreferat", "z.K.", "Am _______________"],
    "klimacheck": None,
    "themes": ["bildung", "stadtentwicklung", "finanzen"],
}

# ---------------------------------------------------------------- motions of council groups

MOTION_LETTER = {
    "file": "own12_auenburg_antrag-schulwegplaene.pdf",
    "layout": "antrag_brief",
    "like": "motion of a council group as a one-page letter: address block, right-aligned date with the "
            "month in words ('<Ort>, 9. Februar 2022'), 'Antrag: <title>' on one line, 'Der Stadtrat "
            "möge beschließen:', 'Begründung:', 'Initiative:'/'Gezeichnet:' lists, the group's contact "
            "block right-aligned at the foot; no number, no Beratungsfolge",
    "city": "Auenburg",
    "drucksache": None, "doc_type": "Antrag", "doc_type_printed": "Antrag", "date": "2022-02-09",
    "date_printed": "Auenburg, 9. Februar 2022",
    "address": ["An den Oberbürgermeister", "der Landeshauptstadt Auenburg", "Herrn Dr. Tobias Hallmann",
                "Rathaus, Marktplatz 1", "84001 Auenburg"],
    "title": "Schulwegpläne für alle Grundschulen bis zum Beginn des nächsten Schuljahres veröffentlichen",
    "public": None, "department": None, "consultations": [],
    "resolve": "Die Stadtverwaltung erstellt gemeinsam mit der Polizei und den Elternbeiräten für jede "
               "städtische Grundschule einen Schulwegplan und veröffentlicht ihn bis zum Beginn des "
               "Schuljahres 2022/23 auf der Internetseite der Stadt und in den Schulen.",
    "reasons": ["Nur elf der 38 Grundschulen in Auenburg verfügen derzeit über einen aktuellen "
                "Schulwegplan. Viele Eltern bringen ihre Kinder deshalb mit dem Auto bis vor das "
                "Schultor, weil sie nicht wissen, welche Wege sicher sind. Das führt morgens zu "
                "gefährlichen Situationen vor den Schulen.",
                "Ein Schulwegplan zeigt empfohlene Wege, Querungshilfen und Gefahrenstellen. Er hilft "
                "Kindern, selbstständig zu Fuß oder mit dem Rad zur Schule zu kommen, und gibt der "
                "Verkehrsplanung Hinweise, wo Zebrastreifen, Tempo 30 oder Schulweghelfer fehlen.",
                "Andere Städte zeigen, dass sich die Pläne mit überschaubarem Aufwand erstellen lassen, "
                "wenn Schulen, Elternbeiräte und Polizei von Anfang an beteiligt sind."],
    "initiative": ["Stadträtin Jana Pohlmann"],
    "signed": ["Stadtrat Emre Aydın", "Stadträtin Lisa Hoferer", "Stadtrat Bernd Wiesinger"],
    "footer": ["Stadtratsfraktion", "GRÜNE MITTE / Freie Wählerliste", "gruene-mitte@auenburg.example",
               "Telefon: 0871/455-61 480", "Rathaus, 84001 Auenburg"],
    "klimacheck": None,
    "themes": ["bildung", "mobilitaet"],
}

MOTION_HEADER = {
    "file": "own13_auenburg_antrag-nachtbus-messe.pdf",
    "layout": "antrag_brief",
    "like": "motion of a council group in a Word template: a contact line with '|' separators at the top "
            "of every page, 'ANTRAG' in capitals, address block, a bare date right-aligned, the title "
            "over two lines in a larger coloured font without a label, a bullet list (Symbol font), "
            "'Begründung', a footer line, the signatures in two columns at the end; no number",
    "city": "Auenburg",
    "drucksache": None, "doc_type": "Antrag", "doc_type_printed": "ANTRAG", "date": "2022-02-14",
    "date_printed": "14.02.2022",
    "topline": "Fraktion Bürgerforum im Stadtrat | Tel.: 0871 455 61020 | Fax: 0871 455 61029 | "
               "buergerforum@auenburg.example",
    "address": ["An Herrn", "Oberbürgermeister", "Dr. Tobias Hallmann", "", "Rathaus, Marktplatz 1, 84001 Auenburg"],
    "title": "Nachtbusse zum Messegelände verstärken und Anwohnerparken in der Südstadt schützen",
    "public": None, "department": None, "consultations": [],
    "lead": "Die Stadtverwaltung sorgt während der Messewochen für eine bessere ÖPNV-Anbindung des "
            "Messegeländes und schützt zugleich die Parkplätze der Anwohnerinnen und Anwohner in der "
            "Südstadt, indem sie folgende Maßnahmen prüft und umsetzt:",
    "bullets": ["Verstärkerfahrten der Buslinie 17 zwischen Hauptbahnhof und Messegelände im 10-Minuten-Takt "
                "bis 23 Uhr",
                "eine zusätzliche Nachtbuslinie N5 über die Südstadt und den Ostfriedhof",
                "Kombitickets: die Eintrittskarte gilt am Messetag als Fahrschein im gesamten Stadtgebiet",
                "Ausweitung der Bewohnerparkzonen Südstadt I und II auf die Zeit von 17 bis 24 Uhr",
                "Pendelbusse vom Park-and-Ride-Platz an der Autobahnausfahrt Auenburg-Ost",
                "eine digitale Anzeige der freien Stellplätze in den Messeparkhäusern"],
    "reasons": ["Seit der Erweiterung des Messegeländes finden jedes Jahr mehr als vierzig Messen und "
                "Kongresse statt. An diesen Tagen suchen viele Besucherinnen und Besucher einen "
                "Parkplatz in den Wohnstraßen der Südstadt, weil die Busse abends zu selten fahren.",
                "Ein dichterer Takt, eine Nachtbuslinie und ein Kombiticket machen die Anreise mit dem "
                "ÖPNV attraktiv. Damit der Parkdruck in der Südstadt tatsächlich sinkt, müssen die "
                "Bewohnerparkzonen an Messetagen bis in die Nacht gelten.",
                "Die Kosten der Verstärkerfahrten können zum Teil über einen Zuschlag auf die Eintrittspreise "
                "der Messen gedeckt werden. Die Messegesellschaft hat ihre Bereitschaft dazu bereits "
                "signalisiert; die Stadtwerke sollen ein Angebot für die Fahrleistungen vorlegen.",
                "Für die Anwohnerinnen und Anwohner der Südstadt ist entscheidend, dass die Maßnahmen "
                "rechtzeitig vor der nächsten Messesaison im Herbst umgesetzt werden. Wir bitten die "
                "Verwaltung deshalb, dem Stadtrat bis zur Sommerpause einen Umsetzungsplan vorzulegen."],
    "footer": "Rathaus | Marktplatz 1 | Zimmer 112/II | 84001 Auenburg",
    "signers": [("Martina Kessler (Initiative)", "Stadträtin"), ("Georg Pfeiffer", "Stadtrat"),
                ("Yasemin Ortac", "Stadträtin"), ("Thomas Brunnhuber", "Stadtrat")],
    "klimacheck": None,
    "themes": ["mobilitaet", "stadtentwicklung"],
}

DISTRICT_MOTION = {
    "file": "own14_lindenbach_stadtteilbeirat-antrag-quartiersplatz.pdf",
    "layout": "antrag_brief",
    "like": "motion of a district advisory council (Stadtteilbeirat) as a Word letter: council and chair "
            "at the top left, '<Ort>, dd.mm.yyyy' right, 'Antrag: <title>' in bold, a salutation to the "
            "mayor and all groups, bold section headings, a bullet list and a numbered list with bold "
            "item heads, an earlier date cited in the body; two pages, no number",
    "city": "Lindenbach",
    "drucksache": None, "doc_type": "Antrag", "doc_type_printed": "Antrag", "date": "2021-03-03",
    "sender": ["Stadtteilbeirat Hirschau", "Vorsitzende Helga Marquardt"],
    "date_printed": "Lindenbach, 03.03.2021",
    "title": "Neugestaltung des Quartiersplatzes Hirschau",
    "public": None, "department": None, "consultations": [],
    "salutation": ["Sehr geehrte Frau Oberbürgermeisterin,", "sehr geehrte Damen und Herren der Fraktionen,"],
    "intro": ["im Herbst, am 14.10.2020, hat der Stadtteilbeirat die Anwohnerschaft zu einem Rundgang über "
              "den Quartiersplatz eingeladen. Mehr als achtzig Menschen sind gekommen und haben uns ihre "
              "Wünsche für den Platz genannt. Daraus haben wir die folgenden Vorschläge entwickelt.",
              "Der Platz ist heute vor allem eine Asphaltfläche mit Parkplätzen. Es fehlen Schatten, "
              "Sitzgelegenheiten und ein Ort, an dem sich Nachbarinnen und Nachbarn treffen können."],
    "sections": [
        ("Mehr Grün und Schatten",
         ["Hitze im Sommer ist auf dem Platz das größte Problem. Wir beantragen daher", ],
         ["mindestens zwölf neue Bäume mit großen Kronen",
          "die Entsiegelung der Randflächen und Beete mit heimischen Stauden",
          "einen Trinkbrunnen in der Nähe des Spielplatzes"]),
        ("Ein Platz für alle Generationen",
         ["Der Platz soll ein Treffpunkt für Familien, Jugendliche und Ältere werden. Bei der Planung "
          "sollen folgende Punkte berücksichtigt werden:"],
         None),
    ],
    "numbered": [("Sitzbänke und Tische", "Bänke mit Lehnen im Schatten und zwei Tischgruppen laden zum "
                  "Verweilen ein, auch für ältere Menschen."),
                 ("Fläche für den Wochenmarkt", "Ein Teil des Platzes bleibt frei für den Wochenmarkt und "
                  "für das jährliche Stadtteilfest."),
                 ("Jugendecke", "Eine überdachte Ecke mit Sitzstufen gibt Jugendlichen einen eigenen Ort."),
                 ("Sichere Wege", "Gut beleuchtete Wege und keine dunklen Nischen erhöhen das "
                  "Sicherheitsgefühl am Abend."),
                 ("Beteiligung", "Die Anwohnerinnen und Anwohner werden an der Vorplanung beteiligt, "
                  "zum Beispiel in einer Planungswerkstatt vor Ort.")],
    "closing": ["Wir bitten darum, unseren Antrag in den zuständigen Ausschüssen zu behandeln.",
                "Mit freundlichen Grüßen", "Helga Marquardt, Stadtteilbeirat Hirschau"],
    "klimacheck": None,
    "themes": ["stadtentwicklung", "klima_umwelt", "soziales"],
}

# ---------------------------------------------------------------- a Landtag Drucksache

LANDTAG = {
    "file": "own15_landtag-weser-elbland_ds-9-1418.pdf",
    "layout": "landtag_drucksache",
    "like": "parliamentary Drucksache: 'Landtag von <Land>' / 'n. Wahlperiode' left and 'Drucksache 9 / "
            "1418' with the date 'd.m.yyyy' (one-digit day and month) right, 'Gesetzentwurf der Fraktion "
            "…', a serif title over two lines broken at a hyphen of a compound name, letter-spaced "
            "section heads A.–E., a footer 'Eingegangen: … / Ausgegeben: …', the law text in two "
            "columns on page 3, the Begründung on page 4",
    "city": "Landtag von Weser-Elbland",
    "drucksache": "9/1418", "doc_type": "Antrag", "doc_type_printed": "Gesetzentwurf", "date": "2022-02-03",
    "parliament": ("Landtag von Weser-Elbland", "9. Wahlperiode"),
    "number_printed": "Drucksache 9 / 1418", "date_printed": "3.2.2022",
    "kind": ("Gesetzentwurf", "der Fraktion BÜRGERBUND"),
    "title_lines": ["Gesetz zur Änderung der Gemeindeordnung für Weser-", "Elbland und des Kommunalwahlgesetzes"],
    "title": "Gesetz zur Änderung der Gemeindeordnung für Weser-Elbland und des Kommunalwahlgesetzes",
    "public": None, "department": None, "consultations": [],
    "sections": [
        ("A. Zielsetzung", "Gemeinderäte und Kreistage sollen ihre Sitzungen künftig auch hybrid abhalten "
         "und öffentlich im Internet übertragen dürfen. Ratsmitglieder, die wegen Krankheit, Pflege "
         "oder Elternzeit nicht anwesend sein können, sollen per Video teilnehmen und abstimmen können. "
         "Zugleich soll die Öffentlichkeit die Beratungen leichter verfolgen können."),
        ("B. Wesentlicher Inhalt", "Die Gemeindeordnung erhält eine neue Vorschrift über Sitzungen mit "
         "Videozuschaltung. Die Hauptsatzung jeder Gemeinde legt fest, ob und unter welchen Voraussetzungen "
         "Ratsmitglieder zugeschaltet werden. Öffentliche Sitzungen dürfen im Internet übertragen werden, "
         "wenn die Hauptsatzung dies vorsieht und die Betroffenen nicht widersprechen. Im "
         "Kommunalwahlgesetz wird klargestellt, dass Wahlen in Gremien nicht per Video stattfinden."),
        ("C. Alternativen", "Keine."),
        ("D. Kosten für die öffentlichen Haushalte", "Den Gemeinden entstehen Kosten für Kameras, "
         "Mikrofone und Software. Sie hängen von der Ausstattung der Sitzungssäle ab und lassen sich "
         "nicht allgemein beziffern."),
        ("E. Kosten für Private", "Keine."),
    ],
    "received": "Eingegangen: 3.2.2022 / Ausgegeben: 8.2.2022",
    "law_intro": "Der Landtag möge beschließen, dem folgenden Gesetzentwurf zuzustimmen:",
    "articles": [
        ("Artikel 1", "Änderung der Gemeindeordnung für Weser-Elbland",
         "Die Gemeindeordnung für Weser-Elbland in der Fassung vom 4. Mai 2009 (GVBl. S. 212), zuletzt "
         "geändert durch Gesetz vom 19. Oktober 2021 (GVBl. S. 877), wird wie folgt geändert: "
         "Nach § 41 wird folgender § 41a eingefügt: „§ 41a Sitzungen mit Videozuschaltung (1) Die "
         "Hauptsatzung kann bestimmen, dass Ratsmitglieder an Sitzungen durch Bild- und Tonübertragung "
         "teilnehmen. (2) Öffentliche Sitzungen können im Internet übertragen werden.“"),
        ("Artikel 2", "Änderung des Kommunalwahlgesetzes",
         "In § 33 Absatz 2 des Kommunalwahlgesetzes wird nach Satz 1 folgender Satz eingefügt: „Wahlen "
         "durch Ratsmitglieder, die durch Bild- und Tonübertragung zugeschaltet sind, finden nicht statt.“"),
        ("Artikel 3", "Inkrafttreten", "Dieses Gesetz tritt am ersten Tag des auf die Verkündung folgenden "
         "Monats in Kraft."),
    ],
    "signers": ["Berger, Yilmaz", "und Fraktion"],
    "reasons": ("Begründung", "A. Allgemeiner Teil",
                ["Die Pandemie hat gezeigt, dass kommunale Gremien handlungsfähig bleiben müssen, auch wenn "
                 "nicht alle Mitglieder im Sitzungssaal sein können. Viele Gemeinden haben gute Erfahrungen "
                 "mit Videokonferenzen gemacht, durften sie aber nur befristet nutzen.",
                 "Eine dauerhafte Regelung erleichtert es Menschen mit Kindern, pflegebedürftigen Angehörigen "
                 "oder Behinderungen, ein Ehrenamt im Rat zu übernehmen. Die Übertragung im Internet macht "
                 "kommunale Entscheidungen transparenter."],
                "B. Einzelbegründung",
                ["Zu Artikel 1: Die Hauptsatzung entscheidet, ob die Gemeinde von der Möglichkeit Gebrauch "
                 "macht. Zu Artikel 2: Geheime Wahlen setzen die Anwesenheit im Sitzungssaal voraus. "
                 "Zu Artikel 3: Die Vorschrift regelt das Inkrafttreten."]),
    "klimacheck": None,
    "themes": ["verwaltung", "digitalisierung"],
}

# ---------------------------------------------------------------- fixtures: letters and statements

ANSWER_LETTER = {
    "file": "la02_auenburg_antwort-schriftliche-anfrage.pdf",
    "layout": "answer_letter_column",
    "like": "a department's answer to a written question: a letterhead column at the right ('Landeshaupt-"
            "stadt' / 'Seite 1 von 2' / city / department over two lines, the head of department), the "
            "address block at the left, a bare date, a bold subject, 'Anfrage Nr. 20-26 / F 0xxxx von …', "
            "Frage/Antwort pairs, the office address at the foot of the column",
    "city": "Auenburg",
    # An Antwort printing only the answered Anfrage's number: drucksache null (LABELING.md).
    "drucksache": None, "doc_type": "Antwort", "doc_type_printed": "Anfrage", "date": "2022-05-12",
    "column": ["Landeshauptstadt", "Seite 1 von 2", "Auenburg", "Referat für Umwelt", "und Verbraucherschutz"],
    "head": ("Dr. Miriam Seidl", "Berufsmäßige Stadträtin"),
    "address": ["Frau Stadträtin", "Carola Brenninger", "", "Rathaus"],
    "date_printed": "12.05.2022",
    "title": "Lärmschutz an der Westtangente",
    "public": None, "department": "Referat für Umwelt und Verbraucherschutz", "consultations": [],
    "ref": ["Schriftliche Anfrage gemäß § 71 GeschO", "Anfrage Nr. 20-26 / F 00731 von Frau StRin Carola Brenninger",
            "vom 04.03.2022, eingegangen am 07.03.2022"],
    "salutation": "Sehr geehrte Frau Stadträtin Brenninger,",
    "qa": [("Wann wurde der Lärm an der Westtangente zuletzt gemessen?",
            "Die letzte Messreihe fand im September 2021 an vier Punkten zwischen der Anschlussstelle "
            "Nord und der Brücke über den Mühlbach statt."),
           ("Werden die Auslösewerte der Lärmaktionsplanung überschritten?",
            "An zwei der vier Messpunkte lagen die Nachtwerte über 55 dB(A). Die Lärmaktionsplanung sieht "
            "für diese Abschnitte Maßnahmen vor."),
           ("Welche Maßnahmen sind geplant und wann werden sie umgesetzt?",
            "Geplant sind lärmmindernder Asphalt bei der nächsten Deckenerneuerung im Jahr 2023 und eine "
            "nächtliche Geschwindigkeitsbegrenzung auf 60 km/h, die das Referat mit dem Mobilitätsreferat "
            "abstimmt.")],
    "office": ["Lindenstraße 14", "84003 Auenburg", "Telefon: 0871 455-3 21 00", "Telefax: 0871 455-3 21 05"],
    "klimacheck": None,
    "themes": ["klima_umwelt", "mobilitaet"],
}

SCANNED_ANSWER = {
    "file": "la03_rheinfeld_stadtwerke-antwortschreiben.pdf",
    "layout": "letter_side_column_scan",
    "like": "a municipal utility's answer letter, scanned with an OCR text layer (page image plus "
            "invisible text): a company column down the right margin (address, phone, management, "
            "register, bank), the recipient at the left, a reference line with unit, contact and date, "
            "the bold subject over three lines left of the column",
    "city": "Rheinfeld",
    "drucksache": None, "doc_type": "Anfrage", "doc_type_printed": None, "date": "2013-04-22",
    "company": ["SWR", "Stadtwerke", "Rheinfeld GmbH"],
    "address": ["Herrn", "Klaus Wenzel", "Stadt Rheinfeld, Kämmerei", "Am Rathausplatz 3", "", "50999 Rheinfeld"],
    "refline": ("Personalwesen", "(SWR 12)", "Ansprechpartnerin: Frau Demir", "Tel. 02261 804-1190", "22.04.2013"),
    "column": [("Postanschrift:", "Hafenstraße 8", "50997 Rheinfeld", "Postfach 40 12", "50995 Rheinfeld"),
               ("Tel. 02261 804-0", "Fax 02261 804-1000"),
               ("Geschäftsführung:", "Petra Lindner, Sprecherin", "Uwe Brandt"),
               ("Vorsitzender", "des Aufsichtsrates:", "Heinz Kollwitz"),
               ("Sitz der Gesellschaft:", "Rheinfeld", "Amtsgericht Rheinfeld", "HRB 4471"),
               ("Bankverbindung:", "Sparkasse Rheinfeld", "IBAN: DE00 0000 0000 0000 0000 00")],
    "title_lines": ["Anfrage der Fraktionen von FWG und Die Linke im Rat der Stadt",
                    "Rheinfeld betreffend Ausbildungsplätze und Übernahmequoten in den",
                    "städtischen Beteiligungsgesellschaften"],
    "title": "Anfrage der Fraktionen von FWG und Die Linke im Rat der Stadt Rheinfeld betreffend "
             "Ausbildungsplätze und Übernahmequoten in den städtischen Beteiligungsgesellschaften",
    "public": None, "department": None, "consultations": [],
    "salutation": "Sehr geehrter Herr Wenzel,",
    "body": ["die Geschäftsführungen der Stadtwerke-Gruppe haben sich in ihrer Sitzung im März mit der "
             "Ausbildung in den Gesellschaften befasst. Alle Gesellschaften bilden über ihren eigenen "
             "Bedarf hinaus aus und wollen dies auch künftig tun.",
             "Derzeit stellt sich die Lage wie folgt dar:",
             "Rheinfelder Verkehrsbetriebe: Im Jahr 2012 wurden 34 Auszubildende eingestellt, davon zwölf "
             "in gewerblich-technischen Berufen. Alle Auszubildenden mit erfolgreichem Abschluss erhielten "
             "ein Übernahmeangebot.",
             "Hafen Rheinfeld GmbH: Die Gesellschaft bildet in drei Berufen aus und hat 2012 sechs "
             "Ausbildungsplätze besetzt. Für 2013 ist ein zusätzlicher Ausbildungsgang zur Fachkraft für "
             "Hafenlogistik geplant.",
             "Energieversorgung Rheinfeld: 2012 begannen 21 junge Menschen ihre Ausbildung. Die "
             "Übernahmequote der letzten drei Jahre lag bei 91 Prozent."],
    "klimacheck": None,
    "themes": ["wirtschaft", "soziales"],
}

STATEMENT_BUDGET = {
    "file": "la04_lindenbach_stellungnahme-haushalt.pdf",
    "layout": "statement_letter",
    "like": "statement of a district advisory council on a budget list: only a long date at the top right "
            "('8. März 2024'), a title with a colon, a salutation, bullet items naming list entries with "
            "comments below each, no number, no Beratungsfolge",
    "city": "Lindenbach",
    "drucksache": None, "doc_type": None, "doc_type_printed": None, "date": "2024-03-08",
    "date_printed": "8. März 2024",
    "title": "Stellungnahme zum Haushaltssicherungskonzept: Vorschläge zur Ausgabensenkung",
    "public": None, "department": None, "consultations": [],
    "salutation": ["Sehr geehrte Frau Oberbürgermeisterin Albers,", "Sehr geehrte Mitglieder des Stadtrats,"],
    "intro": "Der Stadtteilbeirat hat die Vorschläge zur Ausgabensenkung in seiner letzten Sitzung beraten. "
             "Kürzungen bei Angeboten für Kinder und Jugendliche sehen wir in einem Stadtteil mit vielen "
             "jungen Familien besonders kritisch.",
    "items": [("Amt für Jugend, Nr. 7 (Verkürzung der Öffnungszeiten des Jugendtreffs Hirschau)",
               "Der Jugendtreff ist abends der einzige betreute Ort für Jugendliche im Stadtteil. Wir bitten, "
               "die Öffnungszeiten zu erhalten."),
              ("Grünflächenamt, Nr. 12 (Verzicht auf die Sommerbepflanzung der Kübel)",
               "Die Pflanzkübel am Quartiersplatz werden von Anwohnenden mitgepflegt. Hier ließe sich die "
               "Pflege in eine Patenschaft übergeben, statt sie ganz zu streichen."),
              ("Kulturamt, Nr. 3 (Wegfall des Zuschusses für das Stadtteilfest)",
               "Das Stadtteilfest wird vor allem von Vereinen getragen. Ein kleiner Zuschuss sichert die "
               "Miete für Bühne und Toiletten; ohne ihn findet das Fest nicht statt.")],
    "closing": ["Freundliche Grüße,", "Helga Marquardt für den Stadtteilbeirat Hirschau"],
    "klimacheck": None,
    "themes": ["finanzen", "soziales"],
}

STATEMENT_SUBJECT = {
    "file": "la05_lindenbach_stellungnahme-betreff-unter-anrede.pdf",
    "layout": "statement_letter",
    "like": "statement of a district advisory council: council and chair at the top left, '<Ort> "
            "dd.mm.yyyy' (no comma) at the right, the salutation first and the bold subject below it, "
            "ending in ': <Monat> <Jahr>', a bullet list with square bullets",
    "city": "Lindenbach",
    "drucksache": None, "doc_type": None, "doc_type_printed": None, "date": "2022-09-19",
    "sender": ["Stadtteilbeirat Hirschau", "Vorsitzende Helga Marquardt"],
    "date_printed": "Lindenbach 19.09.2022",
    "salutation": ["Sehr geehrte Frau Oberbürgermeisterin Albers,", "sehr geehrte Mitglieder der Fraktionen,"],
    "title": "Zweite Stellungnahme des Stadtteilbeirates zur Radschnellverbindung durch Hirschau: September 2022",
    "public": None, "department": None, "consultations": [],
    "body": ["Diese Stellungnahme bezieht sich auf die Bürgerversammlung vom 8. September 2022 und die "
             "Vorlage für den Verkehrsausschuss am 27. September 2022.",
             "Der Stadtteilbeirat empfiehlt weiterhin einstimmig die Führung entlang der Bahnlinie "
             "(Variante Nord). Diese Variante"],
    "bullets": ["trennt Rad- und Fußverkehr auf der ganzen Länge.",
                "kommt ohne Fällung der Lindenallee aus.",
                "hat die wenigsten Kreuzungen mit Hauptstraßen.",
                "lässt sich in zwei Bauabschnitten verwirklichen."],
    "after": ["In der Bürgerversammlung wurden viele Fragen zur Beleuchtung und zum Winterdienst gestellt. "
              "Wir bitten, diese Punkte in der weiteren Planung zu beantworten.",
              "Wir bitten um Rederecht im Verkehrsausschuss am 27. September 2022."],
    "closing": ["Mit freundlichen Grüßen,", "Helga Marquardt"],
    "klimacheck": None,
    "themes": ["mobilitaet", "stadtentwicklung"],
}

STATEMENT_DECISION = {
    "file": "la06_lindenbach_stellungnahme-zum-beschluss.pdf",
    "layout": "statement_letter",
    "like": "statement of a district advisory council whose title block starts with a cited decision "
            "('Zum Beschluss des Stadtrates vom dd.mm.yyyy' / '– <Gegenstand> –' / 'Antrag … Nr. n/yyyy "
            "vom …'), no date of its own, numbered points that cite minutes; the cited decision is no "
            "Beratungsfolge",
    "city": "Lindenbach",
    "drucksache": None, "doc_type": "Antrag", "doc_type_printed": None, "date": None,
    "title_lines": ["Zum Beschluss des Stadtrates vom 16.06.2021", "– Spielplatz und Bolzplatz am Kirchenweg –",
                    "Antrag des Stadtteilbeirates Hirschau Nr. 118/2020 vom 02.11.2020"],
    "title": "Zum Beschluss des Stadtrates vom 16.06.2021 – Spielplatz und Bolzplatz am Kirchenweg – "
             "Antrag des Stadtteilbeirates Hirschau Nr. 118/2020 vom 02.11.2020",
    "public": None, "department": None, "consultations": [],
    "salutation": ["Sehr geehrte Frau Oberbürgermeisterin,", "sehr geehrte Mitglieder des Stadtrates,",
                   "sehr geehrte Damen und Herren,"],
    "intro": ["der Antrag wurde in der Sitzung des Stadtrates vom 16.06.2021 als Einbringung behandelt und an "
              "den Stadtteilbeirat zurückverwiesen.", "Der Stadtteilbeirat nimmt dazu wie folgt Stellung:"],
    "points": [("Zu Punkt 1 der Niederschrift StR/009/2021 – Sanierung der Spielgeräte –",
                "Der Stadtteilbeirat bittet, für die Sanierung der Spielgeräte 30.000 € im Haushalt 2022 "
                "vorzusehen. Zwei Geräte sind seit dem Frühjahr gesperrt."),
               ("Zu Punkt 2 der Niederschrift StR/009/2021 – Ballfangzaun am Bolzplatz –",
                "Ein höherer Ballfangzaun schützt die angrenzenden Gärten. Die Anwohnenden haben ihre "
                "Unterstützung schriftlich erklärt."),
               ("Zu Punkt 3 der Niederschrift StR/009/2021 – Beteiligung der Kinder –",
                "Bei der Auswahl neuer Spielgeräte sollen die Kinder der Grundschule Hirschau beteiligt werden.")],
    "closing": ["Mit freundlichen Grüßen", "Stadtteilbeirat Hirschau"],
    "klimacheck": None,
    "themes": ["kultur_sport", "soziales"],
}

GROUP_MOTION_BOX = {
    "file": "la07_lindenbach_gruppenantrag-eingangsbox.pdf",
    "layout": "antrag_receipt_box",
    "like": "joint motion of several council groups: a return-address line, the mayor's address at the "
            "left and a framed receipt box beside it ('Antrag gemäß § … GeschO', 'Eingang:', "
            "'Antragsnr.:', 'Verteiler:', 'Zust. Referat:', 'mit Referat:'), a long date with a "
            "dictation mark ('d. Monat yyyy/XY'), 'Antrag' and 'hier: <title>', signatures in three columns",
    "city": "Lindenbach",
    "drucksache": "087/2021", "doc_type": "Antrag", "doc_type_printed": "Antrag", "date": "2021-05-11",
    "return_line": "Fraktion Lindenbacher Liste, Rathausplatz 2, 90999 Lindenbach",
    "address": ["Frau Oberbürgermeisterin", "Dr. Ute Albers", "Rathaus", "90999 Lindenbach"],
    "box": [("Antrag gemäß § 24/ § 25 GeschO", ""), ("Eingang:", "11.05.2021"), ("Antragsnr.:", "087/2021"),
            ("Verteiler:", "OBM, BM, Fraktionen"), ("Zust. Referat:", "IV/52"), ("mit Referat:", "")],
    "date_printed": "11. Mai 2021/KB",
    "title": "Trinkbrunnen in der Innenstadt",
    "public": None, "department": "IV/52", "consultations": [],
    "salutation": "Sehr geehrte Frau Oberbürgermeisterin,",
    "body": ["in den heißen Sommern der letzten Jahre haben viele Menschen in der Innenstadt nach "
             "Trinkwasser gefragt. Öffentliche Trinkbrunnen gibt es bisher nur im Stadtpark.",
             "Wir beantragen deshalb, dass die Verwaltung bis zum Sommer 2022 mindestens fünf Trinkbrunnen "
             "an gut besuchten Plätzen der Innenstadt aufstellt und die Standorte mit den Stadtwerken "
             "abstimmt."],
    "signers": [("Karin Bauer", "Fraktionsvorsitzende LL"), ("Jonas Reuter", "Fraktionsvorsitzender SPD"),
                ("Mehmet Aksoy", "Fraktionsvorsitzender GRÜNE")],
    "klimacheck": None,
    "themes": ["klima_umwelt", "stadtentwicklung"],
}

DOCS = [GRANT_LIBRARY, GRANT_SCHOOL, REPORT, SUPPLEMENT, MOTION_LETTER, MOTION_HEADER, DISTRICT_MOTION,
        LANDTAG, GRANT_BLANK_DATE, ANSWER_LETTER, SCANNED_ANSWER, STATEMENT_BUDGET, STATEMENT_SUBJECT,
        STATEMENT_DECISION, GROUP_MOTION_BOX]
