"""Papers r18–r34: Verbandsgemeinde Wittlich-Land, Berlin-Spandau, Kreisstadt Saarlouis,
Stadt Bernau bei Berlin.

Invented content, names and numbers, in the layouts those councils' information systems print.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------ Verbandsgemeinde Wittlich-Land (Rheinland-Pfalz; Sitzungsdienst Word)
doc(
    file="r18_vg-wittlich-land_3-0184-2025_ausbaubeitraege-landscheid.pdf", producer="libreoffice-docx",
    font="C059", size=10.5, layout="word_sitzungsdienst_rlp_ortsgemeinde", city="Verbandsgemeinde Wittlich-Land",
    blocks=[
        ("kv", [("Verbandsgemeindeverwaltung Wittlich-Land\nFachbereich 3 – Bauen, Planen, Umwelt",
                 "Vorlagennummer: 3/0184/2025\nWittlich, 15.04.2025\nSachbearbeiter: Herr Thielen")]),
        ("h", "Beschlussvorlage", 14),
        ("p", "für die Ortsgemeinde Landscheid"),
        ("table", None, [["Ortsgemeinderat Landscheid", "08.05.2025", "öffentlich", "Beschlussfassung"]]),
        ("pb", "Betreff:"),
        ("p", "Ausbau der Gemeindestraße „Im Wiesengrund“ im Rahmen der wiederkehrenden Beiträge\n"
              "hier: Festsetzung des Gemeindeanteils für die Abrechnungseinheit Landscheid"),
        ("pb", "Sachverhalt:"),
        ("p", "Die Ortsgemeinde Landscheid erhebt seit 2023 wiederkehrende Beiträge für den Ausbau ihrer "
              "Verkehrsanlagen nach § 10a KAG. Für den im Haushalt 2025 vorgesehenen Ausbau der Straße "
              "„Im Wiesengrund“ (Kosten rund 680.000 EUR) ist der Gemeindeanteil festzulegen, der dem "
              "Durchgangsverkehr und dem Verkehr zu gemeindlichen Einrichtungen entspricht."),
        ("p", "Die Verkehrsuntersuchung des Ingenieurbüros weist für die Abrechnungseinheit einen Anteil des "
              "Durchgangsverkehrs von rund 24 Prozent aus. Die Verwaltung empfiehlt daher, den "
              "Gemeindeanteil auf 25 Prozent festzusetzen."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Ortsgemeinderat setzt den Gemeindeanteil für die Abrechnungseinheit Landscheid ab dem "
              "Erhebungsjahr 2025 auf 25 Prozent fest."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Gemeindeanteil am Ausbau „Im Wiesengrund“ ca. 170.000 EUR, Haushaltsstelle 5410.096100."),
        ("space",),
        ("p", "Im Auftrag\nThielen"),
    ],
    truth=dict(drucksache="3/0184/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-04-15",
               title="Ausbau der Gemeindestraße „Im Wiesengrund“ im Rahmen der wiederkehrenden Beiträge hier: "
                     "Festsetzung des Gemeindeanteils für die Abrechnungseinheit Landscheid",
               public=True, department="Fachbereich 3 – Bauen, Planen, Umwelt", originator=None, answers=None,
               references=[],
               consultations=[C("Ortsgemeinderat Landscheid", "2025-05-08", "Entscheidung")],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "finanzen"], themes_why="road construction financed by recurring levies",
               notes="A Verbandsgemeinde administration prepares the paper of an Ortsgemeinde. Number, date "
                     "and clerk stacked in the right letterhead column. Beratungsfolge: a one-row table "
                     "without header (committee | date | öffentlich | Beschlussfassung) → public true from "
                     "the row (the only session). 'Betreff:' alone on its line, the two-line subject with "
                     "'hier:' below. '§ 10a KAG', Haushaltsstelle 5410.096100 are no references."),
)

doc(
    file="r19_vg-wittlich-land_niederschrift-ogr-landscheid.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=10, layout="rlp_niederschrift_ortsgemeinderat_html", city="Verbandsgemeinde Wittlich-Land",
    blocks=[
        ("p", "Ortsgemeinde Landscheid\nVerbandsgemeinde Wittlich-Land"),
        ("h", "Niederschrift über die 14. Sitzung des Ortsgemeinderates Landscheid", 13),
        ("kv", [("Sitzungstermin:", "Donnerstag, 08.05.2025"), ("Sitzungsbeginn:", "19:30 Uhr"),
                ("Sitzungsende:", "21:10 Uhr"), ("Ort:", "Bürgerhaus Landscheid, Kirchstraße 4")]),
        ("pb", "Öffentliche Sitzung"),
        ("p", "Anwesend: Ortsbürgermeister Werner Scholtes (Vorsitz); Ratsmitglieder Birgit Becker, Horst "
              "Feltes, Maria Kohnz, Stefan Meyers, Alois Pauly, Julia Reinert, Markus Schmitz, Petra "
              "Zender; von der Verwaltung: Herr Thielen (Fachbereich 3)\nEntschuldigt: Klaus Weber"),
        ("pb", "1. Einwohnerfragestunde"),
        ("p", "Eine Anwohnerin fragt nach dem Zeitplan für den Ausbau der Straße „Im Wiesengrund“. Der "
              "Vorsitzende verweist auf TOP 2."),
        ("pb", "2. Ausbau der Gemeindestraße „Im Wiesengrund“ – Festsetzung des Gemeindeanteils\n"
               "Vorlage: 3/0184/2025"),
        ("p", "Herr Thielen erläutert die Verkehrsuntersuchung. Ratsmitglied Pauly regt an, den Anteil "
              "nach fünf Jahren zu überprüfen."),
        ("p", "Beschluss: Der Ortsgemeinderat setzt den Gemeindeanteil für die Abrechnungseinheit Landscheid "
              "ab dem Erhebungsjahr 2025 auf 25 Prozent fest.\nAbstimmungsergebnis: einstimmig"),
        ("pb", "3. Zuschuss an den Sportverein SV Landscheid 1921 e. V. für die Sanierung des Kunstrasens"),
        ("p", "Beschluss: Der Ortsgemeinderat gewährt einen Zuschuss von 15.000 EUR.\n"
              "Abstimmungsergebnis: 8 Ja-Stimmen, 1 Enthaltung"),
        ("pb", "4. Mitteilungen des Ortsbürgermeisters"),
        ("p", "Der Ortsbürgermeister informiert über die Kirmes am 21. und 22. Juni 2025 und die "
              "Sperrung der L 52 wegen Deckenerneuerung ab dem 26.05.2025."),
        ("space",),
        ("kv", [("Werner Scholtes\nOrtsbürgermeister", "Julia Reinert\nSchriftführerin")]),
    ],
    truth=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-05-08",
               title="14. Sitzung des Ortsgemeinderates Landscheid", public=True, department=None,
               originator=None, answers=None, references=["3/0184/2025"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "finanzen", "kultur_sport"],
               themes_why="minutes: road levy share, grant for a sports club",
               notes="No date of its own: the only date of the Niederschrift is the session day → date = "
                     "session day (hard call). Title from the heading with 'Niederschrift über die' dropped. "
                     "'L 52' (Landesstraße) is no reference; 'Öffentliche Sitzung' → public true."),
)

doc(
    file="r20_vg-wittlich-land_antrag-fwg-waermeplanung.pdf", producer="chromium",
    font="Nimbus Sans", size=10.5, layout="fraktion_mail_letter_rlp", city="Verbandsgemeinde Wittlich-Land",
    blocks=[
        ("p", "FWG-Fraktion im Verbandsgemeinderat Wittlich-Land\nc/o Rainer Molitor · Auf der Höh 12 · "
              "54518 Binsfeld · rainer.molitor@fwg-wittlich-land.example"),
        ("space",),
        ("p", "An den Bürgermeister der Verbandsgemeinde Wittlich-Land\nHerrn Dennis Jungblut\nKurfürstenstraße 1\n"
              "54516 Wittlich"),
        ("right", "Binsfeld, 2. Juni 2025"),
        ("pb", "Antrag auf Aufnahme eines Tagesordnungspunktes gemäß § 34 Abs. 5 GemO\nfür die Sitzung des "
               "Verbandsgemeinderates am 26.06.2025"),
        ("p", "Betreff: Kommunale Wärmeplanung – frühzeitige Beteiligung der Ortsgemeinden"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "die FWG-Fraktion beantragt, den oben genannten Punkt auf die Tagesordnung der nächsten "
              "Sitzung des Verbandsgemeinderates zu setzen, und stellt folgenden Antrag:"),
        ("p", "Der Verbandsgemeinderat beschließt, die 38 Ortsgemeinden vor der Vergabe der kommunalen "
              "Wärmeplanung in je einer Ortsbürgermeister-Dienstbesprechung zu beteiligen. Die Ergebnisse "
              "der Bestandsanalyse sind den Ortsgemeinderäten vor der Veröffentlichung vorzustellen."),
        ("pb", "Begründung:"),
        ("p", "Die Wärmeplanung betrifft die Ortsgemeinden unmittelbar, etwa bei Nahwärmenetzen in den "
              "Ortskernen. Viele Ortsgemeinden haben bereits eigene Ideen entwickelt, die früh einfließen "
              "sollten, damit die Planung vor Ort akzeptiert wird."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Rainer Molitor\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2025-06-02",
               title="Kommunale Wärmeplanung – frühzeitige Beteiligung der Ortsgemeinden", public=None,
               department=None, originator="FWG-Fraktion im Verbandsgemeinderat Wittlich-Land", answers=None,
               references=[], consultations=[C("Verbandsgemeinderat", "2025-06-26", None)],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt", "stadtentwicklung"], themes_why="municipal heat planning (Wärmeplanung)",
               notes="The bold line 'Antrag auf Aufnahme eines Tagesordnungspunktes gemäß § 34 Abs. 5 GemO' is "
                     "the type line, the subject follows 'Betreff:' below it (title = the subject). Session "
                     "named inside the type line → consultation without role. E-mail and postcode in the "
                     "sender line."),
)

doc(
    file="r21_vg-wittlich-land_1-0192-2025_mitteilung-e-akte.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="rlp_mitteilungsvorlage_reportlab", city="Verbandsgemeinde Wittlich-Land",
    running="Verbandsgemeinde Wittlich-Land · Vorlage 1/0192/2025 · Seite {page}",
    blocks=[
        ("kv", [("Verbandsgemeinde Wittlich-Land", "Mitteilungsvorlage")], 0.6),
        ("table", ["Vorlagennummer", "Fachbereich", "Datum"], [
            ["1/0192/2025", "Fachbereich 1 – Zentrale Dienste und Finanzen", "20.05.2025"]], [0.25, 0.5, 0.25]),
        ("table", ["Beratungsfolge", "Termin", "Behandlung"], [
            ["Haupt- und Finanzausschuss", "12.06.2025", "Kenntnisnahme, öffentlich"],
            ["Verbandsgemeinderat", "26.06.2025", "Kenntnisnahme, öffentlich"]], [0.45, 0.2, 0.35]),
        ("pb", "Sachstand Digitalisierung der Verwaltung – Einführung der elektronischen Akte"),
        ("p", "Die Verbandsgemeindeverwaltung führt seit Januar 2024 schrittweise die elektronische Akte "
              "ein. Bis Mai 2025 arbeiten das Bürgerbüro, die Finanzverwaltung und der Fachbereich Bauen "
              "vollständig digital; Posteingänge werden zentral gescannt und über das "
              "Dokumentenmanagementsystem verteilt."),
        ("p", "Die Ortsgemeinden erhalten ab dem dritten Quartal 2025 einen Zugang zum Ratsinformationssystem "
              "mit digitaler Sitzungsmappe. Für die Ortsbürgermeisterinnen und Ortsbürgermeister werden im "
              "September 2025 Schulungen angeboten."),
        ("p", "Die Kosten des Projekts betragen bisher 212.000 EUR, davon wurden 96.000 EUR aus dem "
              "Landesprogramm zur Verwaltungsdigitalisierung gefördert."),
        ("p", "Die Vorlage dient der Information; ein Beschluss ist nicht erforderlich."),
        ("p", "Wittlich, 20.05.2025\nDennis Jungblut\nBürgermeister"),
    ],
    truth=dict(drucksache="1/0192/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2025-05-20",
               title="Sachstand Digitalisierung der Verwaltung – Einführung der elektronischen Akte",
               public=True, department="Fachbereich 1 – Zentrale Dienste und Finanzen", originator=None,
               answers=None, references=[],
               consultations=[C("Haupt- und Finanzausschuss", "2025-06-12", "Kenntnisnahme"),
                              C("Verbandsgemeinderat", "2025-06-26", "Kenntnisnahme")],
               klimacheck=None, klima_style=None,
               themes=["digitalisierung", "verwaltung"], themes_why="e-file (E-Akte) in the administration",
               notes="Number, unit and date as a horizontal table (labels as column heads, values below). "
                     "Role and status share a cell ('Kenntnisnahme, öffentlich') → public true. Title = bold "
                     "line without label."),
)

# ------------------------------------------------------------ Berlin-Spandau (Bezirk; BVV / Bezirksamt)
doc(
    file="r22_spandau_1107-XXI_antrag-wasserspielplatz.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="berlin_bvv_antrag_horizontal_head", city="Berlin-Spandau",
    blocks=[
        ("p", "Bezirksverordnetenversammlung Spandau von Berlin"),
        ("table", ["Drucksachen-Nr.", "Vorlageart", "Datum", "Status"], [
            ["1107/XXI", "Antrag", "05.03.2025", "öffentlich"]]),
        ("kv", [("Initiatoren:", "CDU-Fraktion, SPD-Fraktion")]),
        ("kv", [("Betreff:", "Wasserspielplatz im Südpark wieder in Betrieb nehmen")]),
        ("table", ["Beratungsfolge", "Datum", "Art"], [
            ["Bezirksverordnetenversammlung", "19.03.2025", "Beratung"],
            ["Ausschuss für Grünflächen, Umwelt und Naturschutz", "02.04.2025", "Vorberatung"],
            ["Bezirksverordnetenversammlung", "16.04.2025", "Beschlussfassung"]]),
        ("pb", "Die Bezirksverordnetenversammlung möge beschließen:"),
        ("p", "Das Bezirksamt wird ersucht, den seit 2022 stillgelegten Wasserspielplatz im Südpark bis zur "
              "Sommersaison 2026 instand zu setzen und wieder in Betrieb zu nehmen. Dabei ist eine "
              "Umstellung auf einen Kreislaufbetrieb mit Trinkwasserqualität zu prüfen. Der "
              "Bezirksverordnetenversammlung ist bis zum 30.09.2025 zu berichten."),
        ("pb", "Begründung:"),
        ("p", "Der Wasserspielplatz war bis zu seiner Stilllegung einer der beliebtesten Spielorte für "
              "Familien in Wilhelmstadt und Staaken. An heißen Tagen fehlt im Süden des Bezirks ein "
              "vergleichbares Angebot. Mittel aus dem Spielplatzsanierungsprogramm des Landes können "
              "beantragt werden."),
        ("space",),
        ("p", "Dr. Tobias Rendelmann, Fraktionsvorsitzender CDU\nIlka Brettschneider, Fraktionsvorsitzende SPD"),
    ],
    truth=dict(drucksache="1107/XXI", doc_type="Antrag", doc_type_printed="Antrag", date="2025-03-05",
               title="Wasserspielplatz im Südpark wieder in Betrieb nehmen", public=True, department=None,
               originator="CDU-Fraktion, SPD-Fraktion", answers=None, references=[],
               consultations=[C("Bezirksverordnetenversammlung", "2025-03-19", None),
                              C("Ausschuss für Grünflächen, Umwelt und Naturschutz", "2025-04-02", "Vorberatung"),
                              C("Bezirksverordnetenversammlung", "2025-04-16", "Entscheidung")],
               klimacheck=None, klima_style=None,
               themes=["soziales", "klima_umwelt"], themes_why="water playground in a park (families, heat)",
               notes="Head as a horizontal ruled table: labels in the header row, values in the row below. "
                     "Joint Antrag of two Fraktionen ('Initiatoren:'). Role 'Beratung' is none of the four → "
                     "null; 'Beschlussfassung' → Entscheidung."),
)

doc(
    file="r23_spandau_1121-XXI_vorlage-beschlussfassung-bplan.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="berlin_bezirksamt_vorlage_beschlussfassung_word", city="Berlin-Spandau",
    blocks=[
        ("kv", [("Bezirksamt Spandau von Berlin\nAbteilung Bauen, Planen, Umweltschutz und Wirtschaftsförderung\n"
                 "Stadtentwicklungsamt – Fachbereich Stadtplanung",
                 "Carl-Schurz-Straße 2/6\n13597 Berlin\nTel. 030 90279-2634\nGeschZ.: Stapl B 1-142")]),
        ("right", "Berlin, den 11. März 2025"),
        ("h", "Vorlage\n– zur Beschlussfassung –\nfür die Bezirksverordnetenversammlung", 13),
        ("p", "Drucksache Nr. 1121/XXI"),
        ("pb", "Betr.: Festsetzung des Bebauungsplans 5-142 für das Gelände zwischen Daumstraße, "
               "Rhenaniastraße und Havelufer im Bezirk Spandau, Ortsteil Haselhorst"),
        ("p", "Wir bitten, zu beschließen:"),
        ("p", "Die Bezirksverordnetenversammlung beschließt die Rechtsverordnung über die Festsetzung des "
              "Bebauungsplans 5-142 in der vom Bezirksamt am 04.03.2025 beschlossenen Fassung."),
        ("pb", "Begründung:"),
        ("p", "Der Bebauungsplan schafft die planungsrechtlichen Voraussetzungen für ein Wohnquartier mit "
              "rund 520 Wohnungen, davon 30 Prozent mietpreis- und belegungsgebunden, eine Kindertagesstätte "
              "mit 90 Plätzen und einen öffentlichen Uferweg an der Havel."),
        ("p", "Die öffentliche Auslegung fand vom 02.09. bis 04.10.2024 statt. Die eingegangenen "
              "Stellungnahmen wurden geprüft; sie führten zu keinen Änderungen der Grundzüge der Planung. "
              "Die Senatsverwaltung für Stadtentwicklung hat keine Bedenken erhoben."),
        ("pb", "Auswirkungen auf den Haushalt:"),
        ("p", "Keine; die Kosten der Planung und der Erschließung trägt der Vorhabenträger nach dem "
              "städtebaulichen Vertrag vom 12.12.2024."),
        ("space",),
        ("p", "Frank Behrendsen\nBezirksbürgermeister"),
        ("p", "Thorsten Scharnweber\nBezirksstadtrat"),
    ],
    truth=dict(drucksache="1121/XXI", doc_type="Beschlussvorlage",
               doc_type_printed="Vorlage – zur Beschlussfassung –", date="2025-03-11",
               title="Festsetzung des Bebauungsplans 5-142 für das Gelände zwischen Daumstraße, Rhenaniastraße "
                     "und Havelufer im Bezirk Spandau, Ortsteil Haselhorst",
               public=None, department="Stadtentwicklungsamt – Fachbereich Stadtplanung", originator=None,
               answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["stadtentwicklung", "soziales"], themes_why="Bebauungsplan for a housing quarter with Kita",
               notes="Berlin Bezirksamt Word template: 'Vorlage – zur Beschlussfassung –' → Beschlussvorlage. "
                     "Number on a free line 'Drucksache Nr. 1121/XXI' under the heading. 'Bebauungsplan "
                     "5-142' and 'GeschZ.: Stapl B 1-142' look like numbers but are neither the paper's "
                     "number nor references. No Beratungsfolge printed."),
)

doc(
    file="r24_spandau_sa-0143-XXI_schriftliche-anfrage-schulplaetze.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=10, layout="berlin_bvv_schriftliche_anfrage_html", city="Berlin-Spandau",
    blocks=[
        ("p", "Bezirksverordnetenversammlung Spandau von Berlin"),
        ("h", "Schriftliche Anfrage", 14),
        ("kv", [("Drs.-Nr.:", "SA-0143/XXI"), ("eingereicht am:", "10.03.2025"),
                ("Fragestellerin:", "Bezirksverordnete Nadja Oltmanns (Fraktion Bündnis 90/Die Grünen)")]),
        ("pb", "Schulplatzsituation in Spandau-Hakenfelde zum Schuljahr 2025/26"),
        ("p", "Ich frage das Bezirksamt:"),
        ("ol", ["Wie viele Kinder aus dem Einschulungsbereich Hakenfelde-Nord wurden für das Schuljahr "
                "2025/26 angemeldet, und wie viele Plätze stehen an der zuständigen Grundschule zur Verfügung?",
                "Wie viele Kinder müssen einer Grundschule außerhalb des Ortsteils zugewiesen werden?",
                "Wann wird der Modularbau (MEB) an der Grundschule am Eschenwald fertiggestellt?"]),
        ("space",),
        ("p", "Nadja Oltmanns"),
    ],
    truth=dict(drucksache="SA-0143/XXI", doc_type="Anfrage", doc_type_printed="Schriftliche Anfrage",
               date="2025-03-10", title="Schulplatzsituation in Spandau-Hakenfelde zum Schuljahr 2025/26",
               public=None, department=None,
               originator="Bezirksverordnete Nadja Oltmanns (Fraktion Bündnis 90/Die Grünen)",
               answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["bildung"], themes_why="primary school places",
               notes="'Schriftliche Anfrage' of a member of a Fraktion (she asks, not the Fraktion). Date only "
                     "as 'eingereicht am:' → the paper's date (no other date printed)."),
)

doc(
    file="r25_spandau_antwort-sa-0143-XXI.pdf", producer="reportlab",
    font="DejaVu Sans", size=10, layout="berlin_bezirksamt_beantwortung_reportlab", city="Berlin-Spandau",
    running="Beantwortung SA-0143/XXI – Seite {page}",
    blocks=[
        ("kv", [("Bezirksamt Spandau von Berlin\nAbteilung Bildung, Kultur, Sport und Facility Management\n"
                 "Schul- und Sportamt", "Berlin, 31.03.2025\nTel. 030 90279-3310")], 0.62),
        ("h", "Beantwortung der Schriftlichen Anfrage SA-0143/XXI", 13),
        ("p", "der Bezirksverordneten Nadja Oltmanns (Fraktion Bündnis 90/Die Grünen)\nvom 10.03.2025"),
        ("pb", "Schulplatzsituation in Spandau-Hakenfelde zum Schuljahr 2025/26"),
        ("p", "Im Namen des Bezirksamtes beantworte ich die Anfrage wie folgt:"),
        ("pb", "Frage 1:"),
        ("pi", "Wie viele Kinder aus dem Einschulungsbereich Hakenfelde-Nord wurden für das Schuljahr 2025/26 "
               "angemeldet, und wie viele Plätze stehen an der zuständigen Grundschule zur Verfügung?"),
        ("pb", "Antwort:"),
        ("p", "Angemeldet wurden 164 Kinder. Die Grundschule am Eschenwald kann in fünf ersten Klassen "
              "130 Kinder aufnehmen."),
        ("pb", "Frage 2:"),
        ("pi", "Wie viele Kinder müssen einer Grundschule außerhalb des Ortsteils zugewiesen werden?"),
        ("pb", "Antwort:"),
        ("p", "Nach Berücksichtigung von Geschwisterkindern und Härtefällen werden voraussichtlich 21 Kinder "
              "der Grundschule an der Streitstraße zugewiesen; für sie wird ein Schulweg mit dem Bus "
              "eingerichtet."),
        ("pb", "Frage 3:"),
        ("pi", "Wann wird der Modularbau (MEB) an der Grundschule am Eschenwald fertiggestellt?"),
        ("pb", "Antwort:"),
        ("p", "Die Übergabe ist für Februar 2026 vorgesehen. Ab dem Schuljahr 2026/27 stehen dann sechs "
              "Züge zur Verfügung."),
        ("space",),
        ("p", "Carola Brückmann\nBezirksstadträtin"),
    ],
    truth=dict(drucksache=None, doc_type="Antwort", doc_type_printed="Beantwortung", date="2025-03-31",
               title="Schulplatzsituation in Spandau-Hakenfelde zum Schuljahr 2025/26", public=None,
               department="Schul- und Sportamt", originator=None, answers="SA-0143/XXI",
               references=["SA-0143/XXI"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["bildung"], themes_why="answers r24 (school places)",
               notes="Heading 'Beantwortung der Schriftlichen Anfrage SA-0143/XXI' is the type line; the "
                     "subject is the bold line below (title). The asking member and her Fraktion are named "
                     "but are not the originator of the answer. The asking date 10.03. is not the paper's "
                     "date. Every 'Antwort:' label inside is body text."),
)

# ------------------------------------------------------------ Kreisstadt Saarlouis (Saarland; Ortsräte)
doc(
    file="r26_saarlouis_2025-0123_bv-marktplatz-roden.pdf", producer="libreoffice-html",
    font="Nimbus Roman", size=11, layout="saarland_beschlussvorlage_html", city="Kreisstadt Saarlouis",
    blocks=[
        ("kv", [("KREISSTADT SAARLOUIS\nDer Oberbürgermeister\nAmt 61 – Stadtplanung und Bauordnung",
                 "Beschlussvorlage Nr. 2025/0123\n\nöffentlich\nSaarlouis, 14.04.2025")]),
        ("kv", [("Betreff:", "Neugestaltung des Marktplatzes im Stadtteil Roden – Vorentwurfsplanung und "
                             "Beauftragung der Entwurfsplanung")]),
        ("table", ["Beratungsfolge", "Sitzungsdatum", "Zuständigkeit"], [
            ["Ortsrat Roden", "06.05.2025", "Anhörung"],
            ["Ausschuss für Bauen, Umwelt und Verkehr", "13.05.2025", "Vorberatung"],
            ["Stadtrat", "22.05.2025", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat stimmt der Vorentwurfsplanung für die Neugestaltung des Marktplatzes Roden "
              "(Variante B) zu und beauftragt die Verwaltung, die Entwurfsplanung zu vergeben."),
        ("pb", "Sachverhalt:"),
        ("p", "Der Marktplatz Roden ist derzeit überwiegend versiegelt und dient als Parkplatz. Im Rahmen "
              "des Städtebauförderprogramms „Lebendige Zentren“ soll er zu einem Treffpunkt mit Bäumen, "
              "Sitzgelegenheiten und einem Wasserspiel umgestaltet werden. In zwei Bürgerwerkstätten "
              "wurden drei Varianten diskutiert; Variante B erhält 18 der 42 Stellplätze und entsiegelt "
              "rund 1.400 m²."),
        ("p", "Die Kosten betragen nach Kostenschätzung 2,1 Mio. EUR, davon sind zwei Drittel förderfähig."),
        ("table", ["Klimaauswirkungen", "positiv", "neutral", "negativ"], [["Einschätzung", "X", "", ""]]),
        ("p", "Begründung der Einschätzung: Entsiegelung, 16 neue Bäume, Verschattung des Platzes."),
        ("space",),
        ("p", "Marc Sperlinger\nOberbürgermeister"),
    ],
    truth=dict(drucksache="2025/0123", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-04-14",
               title="Neugestaltung des Marktplatzes im Stadtteil Roden – Vorentwurfsplanung und Beauftragung "
                     "der Entwurfsplanung",
               public=True, department="Amt 61 – Stadtplanung und Bauordnung", originator=None, answers=None,
               references=[],
               consultations=[C("Ortsrat Roden", "2025-05-06", "Anhörung"),
                              C("Ausschuss für Bauen, Umwelt und Verkehr", "2025-05-13", "Vorberatung"),
                              C("Stadtrat", "2025-05-22", "Entscheidung")],
               klimacheck="positive", klima_style="table_x",
               themes=["stadtentwicklung", "klima_umwelt"],
               themes_why="redesign of a market square, unsealing and trees (Städtebauförderung)",
               notes="Type and number in one right-column line ('Beschlussvorlage Nr. 2025/0123'), 'öffentlich' "
                     "and the date below it. Klimacheck: X under 'positiv' in a table."),
)

doc(
    file="r27_saarlouis_2025-0123-01_ergaenzung-marktplatz-roden.pdf", producer="libreoffice-docx",
    font="Nimbus Roman", size=11, layout="saarland_ergaenzungsvorlage_word", city="Kreisstadt Saarlouis",
    blocks=[
        ("kv", [("KREISSTADT SAARLOUIS\nDer Oberbürgermeister\nAmt 61 – Stadtplanung und Bauordnung",
                 "Vorlage-Nr.: 2025/0123-01\nöffentlich\nSaarlouis, 08.05.2025")]),
        ("h", "Ergänzungsvorlage zur Beschlussvorlage 2025/0123", 13),
        ("kv", [("Betreff:", "Neugestaltung des Marktplatzes im Stadtteil Roden – Vorentwurfsplanung; hier: "
                             "Ergebnis der Anhörung des Ortsrates Roden")]),
        ("table", ["Beratungsfolge", "Sitzungsdatum", "Zuständigkeit"], [
            ["Ausschuss für Bauen, Umwelt und Verkehr", "13.05.2025", "Vorberatung"],
            ["Stadtrat", "22.05.2025", "Entscheidung"]]),
        ("pb", "Ergänzung zum Sachverhalt:"),
        ("p", "Der Ortsrat Roden hat in seiner Sitzung am 06.05.2025 der Variante B zugestimmt und "
              "angeregt, mindestens 24 Stellplätze zu erhalten und einen Trinkwasserbrunnen vorzusehen "
              "(Stellungnahme in der Anlage)."),
        ("p", "Die Verwaltung hat die Anregungen geprüft. Ein Trinkwasserbrunnen kann ohne Mehrkosten in "
              "die Planung aufgenommen werden. Der Erhalt von 24 Stellplätzen würde die entsiegelte "
              "Fläche um rund 150 m² verringern; die Verwaltung schlägt einen Kompromiss von 21 "
              "Stellplätzen vor."),
        ("pb", "Geänderter Beschlussvorschlag:"),
        ("p", "Der Stadtrat stimmt der Vorentwurfsplanung (Variante B) mit 21 Stellplätzen und einem "
              "Trinkwasserbrunnen zu und beauftragt die Verwaltung, die Entwurfsplanung zu vergeben."),
        ("space",),
        ("p", "Marc Sperlinger\nOberbürgermeister"),
    ],
    truth=dict(drucksache="2025/0123-01", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2025-05-08",
               title="Neugestaltung des Marktplatzes im Stadtteil Roden – Vorentwurfsplanung; hier: Ergebnis der "
                     "Anhörung des Ortsrates Roden",
               public=True, department="Amt 61 – Stadtplanung und Bauordnung", originator=None, answers=None,
               references=["2025/0123"],
               consultations=[C("Ausschuss für Bauen, Umwelt und Verkehr", "2025-05-13", "Vorberatung"),
                              C("Stadtrat", "2025-05-22", "Entscheidung")],
               klimacheck=None, klima_style=None,
               themes=["stadtentwicklung", "klima_umwelt"], themes_why="supplement to r26 (market square)",
               notes="Own number = the base paper's number with '-01'; the base number 2025/0123 is in the type "
                     "heading (reference, not the own number). Ortsrat session 06.05. is a cited past date."),
)

doc(
    file="r28_saarlouis_stellungnahme-ortsrat-roden.pdf", producer="chromium",
    font="DejaVu Serif", size=10.5, layout="saarland_ortsrat_stellungnahme_chromium", city="Kreisstadt Saarlouis",
    blocks=[
        ("p", "Kreisstadt Saarlouis\nOrtsrat Roden\nDer Ortsvorsteher"),
        ("right", "Saarlouis-Roden, 07.05.2025"),
        ("p", "An den\nOberbürgermeister der Kreisstadt Saarlouis\nAmt 61 – Stadtplanung und Bauordnung"),
        ("h", "Stellungnahme des Ortsrates Roden gemäß § 73 KSVG", 13),
        ("pb", "zur Beschlussvorlage 2025/0123 – Neugestaltung des Marktplatzes im Stadtteil Roden"),
        ("p", "Der Ortsrat Roden hat in seiner öffentlichen Sitzung am 06.05.2025 die Vorlage beraten und "
              "folgende Stellungnahme beschlossen (Abstimmung: 9 Ja, 2 Nein, 0 Enthaltungen):"),
        ("ol", ["Der Ortsrat stimmt der Variante B grundsätzlich zu.",
                "Der Ortsrat bittet, mindestens 24 Stellplätze zu erhalten, da die Geschäfte am Markt auf "
                "Kundschaft aus den umliegenden Ortsteilen angewiesen sind.",
                "Auf dem Platz soll ein Trinkwasserbrunnen errichtet werden.",
                "Der Wochenmarkt am Freitag muss während und nach der Bauzeit möglich bleiben."]),
        ("p", "Der Ortsrat bittet darum, ihn über den weiteren Verlauf der Planung zu unterrichten."),
        ("space",),
        ("p", "Peter Jungmann\nOrtsvorsteher"),
    ],
    truth=dict(drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-05-07",
               title="Stellungnahme des Ortsrates Roden gemäß § 73 KSVG zur Beschlussvorlage 2025/0123 – "
                     "Neugestaltung des Marktplatzes im Stadtteil Roden",
               public=None, department=None, originator="Ortsrat Roden", answers="2025/0123",
               references=["2025/0123"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["stadtentwicklung"], themes_why="Ortsrat opinion on r26 (market square)",
               notes="Heading and bold line below form the subject (joined, hard call like holdout5 k25). "
                     "'§ 73 KSVG' is a law, no reference. Its own past session 06.05. is no consultation. "
                     "Addressed to an Amt: that unit is not this paper's department."),
)

doc(
    file="r29_saarlouis_anfrage-gruene-deichsanierung.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="fraktion_anfrage_reportlab_saarland", city="Kreisstadt Saarlouis",
    blocks=[
        ("kv", [("Stadtratsfraktion BÜNDNIS 90/DIE GRÜNEN Saarlouis",
                 "Großer Markt 1\n66740 Saarlouis\ngruene.fraktion@saarlouis.example")], 0.6),
        ("p", "Herrn Oberbürgermeister\nMarc Sperlinger\nRathaus"),
        ("right", "Saarlouis, den 28. April 2025"),
        ("h", "Anfrage", 14),
        ("p", "zur Sitzung des Stadtrates am 22.05.2025"),
        ("pb", "Hochwasserschutz an der Saar – Stand der Deichsanierung in Lisdorf"),
        ("p", "Sehr geehrter Herr Oberbürgermeister,"),
        ("p", "nach dem Pfingsthochwasser 2024 wurde die Sanierung des Saardeiches zwischen Lisdorf und "
              "der Innenstadt als vordringlich eingestuft. Wir bitten um die Beantwortung folgender Fragen:"),
        ("ol", ["Welche Abschnitte des Deiches wurden seit Juni 2024 saniert, und welche stehen noch aus?",
                "Wie hoch sind die bisherigen Kosten, und in welchem Umfang beteiligt sich das Land?",
                "Welche Maßnahmen sind für die Entwässerung der tiefer liegenden Straßen in Lisdorf "
                "vorgesehen?"]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Claudia Wendel\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-04-28",
               title="Hochwasserschutz an der Saar – Stand der Deichsanierung in Lisdorf", public=None,
               department=None, originator="Stadtratsfraktion BÜNDNIS 90/DIE GRÜNEN Saarlouis", answers=None,
               references=[], consultations=[C("Stadtrat", "2025-05-22", None)],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt", "sicherheit_ordnung"], themes_why="flood protection, dyke renovation",
               notes="Fraktion letter with type heading 'Anfrage' alone and the session line below it (no "
                     "role). Date in words. E-mail and postcode in the letterhead's right column."),
)

# ------------------------------------------------------------ Stadt Bernau bei Berlin (Brandenburg; SVV, Ortsbeiräte)
doc(
    file="r30_bernau_8-0512-25_bv-grundschule-schoenow.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="brandenburg_svv_beschlussvorlage_word", city="Stadt Bernau bei Berlin",
    head="Stadt Bernau bei Berlin – DS-Nr.: 8/0512/25",
    blocks=[
        ("kv", [("Stadt Bernau bei Berlin\nDer Bürgermeister", "Beschlussvorlage\nDS-Nr.: 8/0512/25\n"
                                                               "Datum: 17.04.2025")]),
        ("kv", [("Einreicher:", "Bürgermeister"), ("Federführung:", "Amt für Schulen und Kindertagesstätten"),
                ("Öffentlichkeit:", "öffentlich")]),
        ("table", ["Beratungsfolge", "Sitzung am", "Beratung"], [
            ["Ortsbeirat Schönow", "12.05.2025", "Anhörung"],
            ["Ausschuss für Bildung, Kultur, Sport und Soziales", "14.05.2025", "Vorberatung"],
            ["Hauptausschuss", "22.05.2025", "Vorberatung"],
            ["Stadtverordnetenversammlung", "05.06.2025", "Beschluss"]]),
        ("kv", [("Betreff:", "Grundsatzbeschluss zur Errichtung einer vierzügigen Grundschule im Ortsteil "
                             "Schönow")]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Stadtverordnetenversammlung beschließt die Errichtung einer vierzügigen Grundschule mit "
              "Zweifeldsporthalle auf dem städtischen Grundstück Schönower Chaussee (Flurstück 1188) und "
              "beauftragt den Bürgermeister, die Planung bis zur Leistungsphase 3 zu vergeben."),
        ("pb", "Begründung:"),
        ("p", "Nach der Schulentwicklungsplanung des Landkreises Barnim steigt die Zahl der Grundschulkinder "
              "in Bernau bis 2031 um rund 480. Die vorhandenen Grundschulen sind bereits heute voll "
              "ausgelastet. Der Standort Schönower Chaussee ist im Flächennutzungsplan als Gemeinbedarfsfläche "
              "dargestellt."),
        ("p", "Die Kosten werden auf 38,5 Mio. EUR geschätzt. Fördermittel aus dem Schulbauprogramm des Landes "
              "werden beantragt."),
        ("box", ["Auswirkungen auf den Klimaschutz:", "☐ positiv     ☐ keine     ☒ negativ",
                 "Erläuterung: Versiegelung von rund 9.000 m² Freifläche; Ausgleich durch Dachbegrünung und "
                 "Photovoltaik vorgesehen."]),
        ("space",),
        ("p", "André Stellmacher\nBürgermeister"),
    ],
    truth=dict(drucksache="8/0512/25", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-04-17",
               title="Grundsatzbeschluss zur Errichtung einer vierzügigen Grundschule im Ortsteil Schönow",
               public=True, department="Amt für Schulen und Kindertagesstätten", originator=None, answers=None,
               references=[],
               consultations=[C("Ortsbeirat Schönow", "2025-05-12", "Anhörung"),
                              C("Ausschuss für Bildung, Kultur, Sport und Soziales", "2025-05-14", "Vorberatung"),
                              C("Hauptausschuss", "2025-05-22", "Vorberatung"),
                              C("Stadtverordnetenversammlung", "2025-06-05", "Entscheidung")],
               klimacheck="negative", klima_style="unicode_box",
               themes=["bildung", "finanzen"], themes_why="new primary school, 38.5 Mio. EUR",
               notes="'Einreicher: Bürgermeister' on an administration paper: no originator (hard call). "
                     "'Öffentlichkeit: öffentlich' key/value. Role 'Beschluss' → Entscheidung. Klimacheck "
                     "'negativ' ticked (rare). Flurstück 1188 is no reference. Word header repeats the number."),
)

doc(
    file="r31_bernau_8-0498-25_informationsvorlage-radverkehr.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="brandenburg_informationsvorlage_chromium", city="Stadt Bernau bei Berlin",
    running="Informationsvorlage 8/0498/25",
    blocks=[
        ("kv", [("Stadt Bernau bei Berlin", "Informationsvorlage")]),
        ("kv", [("DS-Nr.:", "8/0498/25"), ("Datum:", "03.04.2025"), ("Status:", "öffentlich"),
                ("Fachbereich/Amt:", "Fachbereich Bau / Tiefbauamt")]),
        ("kv", [("Betreff:", "Bericht zur Umsetzung des Radverkehrskonzeptes 2024")]),
        ("table", ["Gremium", "Datum", "Beratungsziel"], [
            ["Ausschuss für Stadtentwicklung, Bauen und Umwelt", "15.05.2025", "Kenntnisnahme"],
            ["Stadtverordnetenversammlung", "05.06.2025", "Kenntnisnahme"]]),
        ("pb", "Sachdarstellung:"),
        ("p", "Die Stadtverordnetenversammlung hat mit Beschluss 7/0871/23 das Radverkehrskonzept der Stadt "
              "Bernau bei Berlin beschlossen und einen jährlichen Umsetzungsbericht verlangt."),
        ("ul", ["Radweg Schwanebecker Chaussee (1,8 km) fertiggestellt, Kosten 1,2 Mio. EUR,",
                "Fahrradstraße Breitscheidstraße eingerichtet,",
                "180 neue Fahrradbügel an Schulen und am Bahnhof, davon 40 überdacht,",
                "Radabstellanlage mit 200 Plätzen am Bahnhof in Planung (Fertigstellung 2026)."]),
        ("p", "Verzögerungen gibt es beim Radweg nach Ladeburg, weil der Grunderwerb noch nicht abgeschlossen "
              "ist. Die Zählstelle an der Börnicker Chaussee verzeichnete 2024 einen Anstieg des "
              "Radverkehrs um 11 Prozent."),
        ("space",),
        ("p", "André Stellmacher\nBürgermeister"),
    ],
    truth=dict(drucksache="8/0498/25", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-04-03", title="Bericht zur Umsetzung des Radverkehrskonzeptes 2024", public=True,
               department="Tiefbauamt", originator=None, answers=None, references=["7/0871/23"],
               consultations=[C("Ausschuss für Stadtentwicklung, Bauen und Umwelt", "2025-05-15", "Kenntnisnahme"),
                              C("Stadtverordnetenversammlung", "2025-06-05", "Kenntnisnahme")],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet"], themes_why="cycling concept implementation report",
               notes="'Fachbereich/Amt: Fachbereich Bau / Tiefbauamt' → the most specific unit. The title "
                     "begins with 'Bericht' (a type synonym) but the printed type is Informationsvorlage. "
                     "Earlier decision 7/0871/23 (previous term's prefix) is a reference."),
)

doc(
    file="r32_bernau_8-0520-25_antrag-einzelstadtverordneter-toiletten.pdf", producer="reportlab",
    font="DejaVu Sans", size=10, layout="brandenburg_einzelantrag_reportlab", city="Stadt Bernau bei Berlin",
    blocks=[
        ("kv", [("Bernd Pieper\nStadtverordneter (fraktionslos)\nLohmühlenstraße 9, 16321 Bernau bei Berlin",
                 "Eingang Büro SVV:\n28.04.2025\nDS-Nr. 8/0520/25")], 0.6),
        ("p", "An die Vorsitzende der Stadtverordnetenversammlung\nFrau Dagmar Ehrlich"),
        ("right", "Bernau bei Berlin, 25.04.2025"),
        ("h", "Antrag", 14),
        ("pb", "Öffentliche Toiletten am Bahnhof und im Stadtpark"),
        ("p", "Die Stadtverordnetenversammlung möge beschließen:"),
        ("p", "Der Bürgermeister wird beauftragt, bis Ende 2025 je eine barrierefreie öffentliche Toilette "
              "am Bahnhofsvorplatz und im Stadtpark einzurichten und deren Betrieb sicherzustellen. Die "
              "Kosten sind im Haushalt 2026 zu veranschlagen."),
        ("pb", "Begründung:"),
        ("p", "Seit der Schließung der Toilettenanlage im Bahnhofsgebäude gibt es in der Innenstadt keine "
              "öffentlich zugängliche Toilette. Das betrifft besonders ältere Menschen, Familien mit kleinen "
              "Kindern und Besucherinnen und Besucher der Stadt."),
        ("space",),
        ("p", "Bernd Pieper"),
    ],
    truth=dict(drucksache="8/0520/25", doc_type="Antrag", doc_type_printed="Antrag", date="2025-04-25",
               title="Öffentliche Toiletten am Bahnhof und im Stadtpark", public=None, department=None,
               originator="Bernd Pieper, Stadtverordneter (fraktionslos)", answers=None, references=[],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["soziales", "stadtentwicklung"], themes_why="public toilets in the town centre",
               notes="Einzelantrag of a fraktionslos member; the number is stamped in the right column under a "
                     "receipt date (Eingang 28.04. ≠ paper date 25.04.). Postcode in the sender block."),
)

doc(
    file="r33_bernau_einladung-hauptausschuss.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="brandenburg_einladung_html", city="Stadt Bernau bei Berlin",
    blocks=[
        ("kv", [("Stadt Bernau bei Berlin\nDer Bürgermeister", "Bernau bei Berlin, 09.05.2025")]),
        ("p", "An die Mitglieder des Hauptausschusses"),
        ("h", "Einladung zur 21. Sitzung des Hauptausschusses", 13),
        ("p", "Sitzungstermin: Donnerstag, 22.05.2025, 18:00 Uhr\nSitzungsort: Rathaus, Marktplatz 2, "
              "Ratssaal"),
        ("p", "Sehr geehrte Damen und Herren,\nhiermit lade ich Sie zur nächsten Sitzung des "
              "Hauptausschusses ein."),
        ("pb", "Tagesordnung"),
        ("pb", "Öffentlicher Teil"),
        ("table", ["TOP", "Betreff", "DS-Nr."], [
            ["1", "Eröffnung und Feststellung der Beschlussfähigkeit", ""],
            ["2", "Einwohnerfragestunde", ""],
            ["3", "Grundsatzbeschluss zur Errichtung einer vierzügigen Grundschule im Ortsteil Schönow",
             "8/0512/25"],
            ["4", "Öffentliche Toiletten am Bahnhof und im Stadtpark – Antrag des Stadtverordneten Pieper",
             "8/0520/25"],
            ["5", "Bericht zur Umsetzung des Radverkehrskonzeptes 2024", "8/0498/25"],
            ["6", "Anfragen und Mitteilungen", ""]]),
        ("pb", "Nichtöffentlicher Teil"),
        ("table", ["TOP", "Betreff", "DS-Nr."], [
            ["7", "Vergabe der Planungsleistungen Grundschule Schönow", "8/0515/25"],
            ["8", "Anfragen und Mitteilungen", ""]]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "André Stellmacher\nBürgermeister"),
    ],
    truth=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2025-05-09",
               title="21. Sitzung des Hauptausschusses", public=True, department=None, originator=None,
               answers=None, references=["8/0512/25", "8/0520/25", "8/0498/25", "8/0515/25"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["bildung", "mobilitaet", "soziales"], themes_why="agenda: school, toilets, cycling report",
               notes="Einladung with public and non-public part → public true (the invitation is published; "
                     "hard call). Title from the heading with 'Einladung zur' dropped. Session date 22.05. is "
                     "not the paper's date."),
)

doc(
    file="r34_bernau_schreiben-sperrung-bahnhofsbruecke.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="brandenburg_buergermeister_letter_word", city="Stadt Bernau bei Berlin",
    blocks=[
        ("kv", [("Stadt Bernau bei Berlin · Der Bürgermeister · Marktplatz 2 · 16321 Bernau bei Berlin",
                 "Tiefbauamt\nAuskunft: Frau Lindemann\nTelefon: 03338 365-412\nAktenzeichen: 66-23/0417")]),
        ("p", "An die\nVorsitzende der Stadtverordnetenversammlung\nund die Vorsitzenden der Fraktionen"),
        ("right", "26. Mai 2025"),
        ("pb", "Vollsperrung der Bahnhofsbrücke vom 16. Juni bis 25. Juli 2025"),
        ("p", "Sehr geehrte Frau Vorsitzende,\nsehr geehrte Damen und Herren,"),
        ("p", "ich möchte Sie darüber informieren, dass die Bahnhofsbrücke wegen der Erneuerung der "
              "Fahrbahnübergänge und der Abdichtung vom 16. Juni bis 25. Juli 2025 voll gesperrt werden muss. "
              "Die Arbeiten sind in die Sommerferien gelegt worden, um den Schülerverkehr möglichst wenig "
              "zu beeinträchtigen."),
        ("p", "Die Umleitung für den Kraftfahrzeugverkehr erfolgt über die Zepernicker Chaussee. Für "
              "Fußgänger und Radfahrer bleibt ein Durchgang auf der Westseite geöffnet. Die Buslinien 868 "
              "und 891 werden umgeleitet; die Ersatzhaltestellen werden ausgeschildert."),
        ("p", "Eine Einwohnerinformation erscheint im Amtsblatt vom 6. Juni 2025."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "André Stellmacher\nBürgermeister"),
    ],
    truth=dict(drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2025-05-26",
               title="Vollsperrung der Bahnhofsbrücke vom 16. Juni bis 25. Juli 2025", public=None,
               department="Tiefbauamt", originator=None, answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet"], themes_why="bridge closure and detours",
               notes="Letter of the Bürgermeister to the council, no type word, no number. 'Aktenzeichen: "
                     "66-23/0417' and bus lines 868/891 are no Drucksachen. The date stands alone in words, "
                     "right; dates in the subject are the closure period. Department = the unit in the right "
                     "column."),
)
