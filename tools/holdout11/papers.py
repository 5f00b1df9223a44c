"""Papers w01–w35 of tests/fixtures/holdout11: Große Kreisstadt Schkeuditz (SN), Große Kreisstadt
Remseck am Neckar (BW), Markt Wolnzach (BY), Regionale Planungsgemeinschaft Havelland-Fläming (BB),
Verwaltungsgemeinschaft Mellingen (TH), Bezirksverband Pfalz (RP), Kreis Schleswig-Flensburg (SH),
Gemeinde Lahnau (HE).

Invented content, names and numbers, in the layouts those councils' information systems and offices
print (ALLRIS, SessionNet, more!rubin, Word templates of small administrations, ReportLab letters).
Block format: tools/holdout6/render.py (kv, h, p, pb, right, table, box, ul, ol, space, pagebreak).
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**paper):
    """One paper: render keywords and its labels under "truth" (make.py fills the unlabelled keys)."""
    DOCS.append(paper)


LOREM_BAU = ("Die Verwaltung hat die Unterlagen geprüft und mit den beteiligten Stellen abgestimmt. "
             "Einwände der Träger öffentlicher Belange liegen nicht vor. Die Kosten sind im Haushalt "
             "veranschlagt; eine Folgekostenberechnung liegt als Anlage bei.")

# ------------------------------------------------ Große Kreisstadt Schkeuditz (SN; ALLRIS-like print)
doc(file="w01_schkeuditz_bv-2025-118_radweg-doelzig.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="schkeuditz_allris_vorlage", city="Große Kreisstadt Schkeuditz",
    css="table.grid td { vertical-align: top; }",
    running="Stadt Schkeuditz · Beschlussvorlage BV/2025/118",
    blocks=[
        ("table", None, [["Große Kreisstadt Schkeuditz\nDer Oberbürgermeister", "Vorlagen-Nr.:\nBV/2025/118"],
                         ["Federführung:\nFachbereich Stadtentwicklung und Bauwesen", "Datum:\n04.11.2025"],
                         ["Bearbeiter/-in:\nFrau Lindemann", "Status:\nöffentlich"]]),
        ("h", "Beschlussvorlage", 14),
        ("pb", "Ausbau des straßenbegleitenden Radweges zwischen Dölzig und Schkeuditz\n"
               "hier: Bau- und Finanzierungsbeschluss"),
        ("p", "Beratungsfolge"),
        ("table", None, [["Di., 18.11.25", "Technischer Ausschuss", "Vorberatung", "Ö"],
                         ["Do., 27.11.25", "Verwaltungs- und\nFinanzausschuss", "Vorberatung", "N"],
                         ["Do., 11.12.25", "Stadtrat", "Entscheidung", "Ö"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat beschließt den Ausbau des Radweges zwischen Dölzig und der Kernstadt auf einer "
              "Länge von 2,1 km nach der Entwurfsplanung des Ingenieurbüros vom 14.10.2025."),
        ("pb", "Sachverhalt:"),
        ("p", "Der Abschnitt entlang der S 8a ist eine der meistgenutzten Schulwegverbindungen. Die "
              "Förderung nach der Richtlinie Kommunaler Straßenbau ist mit 75 % in Aussicht gestellt "
              "(Bescheid-Az. 32-8421/17/5). Der Eigenanteil von 310.000 € ist im Haushalt 2026 unter "
              "Investitionsnummer I-541-09 veranschlagt."),
        ("box", ["Klimacheck: Auswirkungen auf den Klimaschutz", "☒ positiv   ☐ negativ   ☐ keine"]),
        ("p", "Rayk Bergner\nOberbürgermeister"),
    ],
    truth=dict(drucksache="BV/2025/118", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-04",
               title="Ausbau des straßenbegleitenden Radweges zwischen Dölzig und Schkeuditz hier: Bau- und "
                     "Finanzierungsbeschluss",
               public=True, department="Fachbereich Stadtentwicklung und Bauwesen",
               consultations=[C("Technischer Ausschuss", "2025-11-18", "Vorberatung"),
                              C("Verwaltungs- und Finanzausschuss", "2025-11-27", "Vorberatung"),
                              C("Stadtrat", "2025-12-11", "Entscheidung")],
               klimacheck="positive", klima_style="box_positiv_negativ_keine",
               themes=["mobilitaet", "finanzen"], themes_why="cycle path; funding and own share",
               notes="Headerless ALLRIS-like grid with label and value in one cell. Bold two-line title with "
                     "'hier:'. Beratungsfolge headerless, weekday dates 'Di., 18.11.25', committee cell over two "
                     "lines, Ö/N column (public = the paper's Status). 'Bescheid-Az. 32-8421/17/5', 'S 8a' "
                     "and 'I-541-09' are no references."))

doc(file="w02_schkeuditz_antrag-a-2025-021_spielplatz.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=11, layout="schkeuditz_fraktion_antrag_word", city="Große Kreisstadt Schkeuditz",
    head="Fraktion BÜNDNIS 90/DIE GRÜNEN im Stadtrat Schkeuditz",
    blocks=[
        ("right", "Schkeuditz, 12. November 2025"),
        ("p", "Stadtverwaltung Schkeuditz\nHerrn Oberbürgermeister\nRathausplatz 3\n04435 Schkeuditz"),
        ("h", "Antrag", 13),
        ("kv", [("Antrag-Nr.:", "A/2025/021"), ("Einreicher:", "Fraktion BÜNDNIS 90/DIE GRÜNEN"),
                ("Beratung:", "Stadtrat, 11.12.2025 – Beschlussfassung")]),
        ("kv", [("Thema:", "Schattenplätze und Trinkwasserbrunnen auf öffentlichen Spielplätzen")]),
        ("p", "Der Stadtrat möge beschließen: Der Oberbürgermeister wird beauftragt, bis zum Sommer 2026 auf "
              "den fünf größten Spielplätzen der Stadt Sonnensegel oder Baumpflanzungen vorzusehen und "
              "mindestens zwei Trinkwasserbrunnen aufzustellen."),
        ("pb", "Begründung:"),
        ("p", "In den Sommern 2024 und 2025 waren mehrere Spielplätze über Mittag kaum nutzbar. Das "
              "Förderprogramm des Freistaates für Klimaanpassung deckt bis zu 80 % der Kosten."),
        ("p", "Für die Fraktion\n\nAnnett Krüger\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache="A/2025/021", doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-12",
               title="Schattenplätze und Trinkwasserbrunnen auf öffentlichen Spielplätzen",
               originator="Fraktion BÜNDNIS 90/DIE GRÜNEN",
               consultations=[C("Stadtrat", "2025-12-11", "Entscheidung")],
               themes=["klima_umwelt", "soziales"], themes_why="heat adaptation on playgrounds",
               notes="Fraktion name in the Word header and after 'Einreicher:'. Number 'Antrag-Nr.:' in a key "
                     "list. Date in words top right. 'Thema:' title. One-line consultation 'Stadtrat, date – "
                     "Beschlussfassung' → Entscheidung."))

doc(file="w03_schkeuditz_anfrage-af-2025-044_hortplaetze.pdf", producer="reportlab", font="DejaVu Sans",
    size=10, layout="schkeuditz_anfrage_reportlab", city="Große Kreisstadt Schkeuditz",
    blocks=[
        ("kv", [("Stadtrat Schkeuditz", "AF/2025/044")], 0.7),
        ("h", "Anfrage eines Stadtratsmitglieds", 13),
        ("kv", [("Fragesteller:", "Stadtrat Jörg Wendisch (fraktionslos)"),
                ("eingereicht am:", "06.11.2025"),
                ("zur Sitzung:", "Stadtrat am 11.12.2025")]),
        ("kv", [("Gegenstand:", "Fehlende Hortplätze an der Grundschule Glesien")]),
        ("p", "Nach Auskunft von Eltern konnten zum Schuljahr 2025/26 mindestens 14 Kinder der ersten Klasse "
              "keinen Hortplatz erhalten. Ich frage daher den Oberbürgermeister:"),
        ("ol", ["Wie viele Anträge auf einen Hortplatz an der Grundschule Glesien wurden für das "
                "Schuljahr 2025/26 abgelehnt?",
                "Welche räumlichen Erweiterungen sind geprüft worden, und mit welchem Ergebnis?",
                "Bis wann kann der Bedarf vollständig gedeckt werden?"]),
        ("p", "Um schriftliche Beantwortung wird gebeten.\n\nJörg Wendisch"),
    ],
    truth=dict(drucksache="AF/2025/044", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-06",
               title="Fehlende Hortplätze an der Grundschule Glesien",
               originator="Stadtrat Jörg Wendisch (fraktionslos)",
               consultations=[C("Stadtrat", "2025-12-11", None)],
               themes=["bildung", "soziales"], themes_why="after-school care places",
               notes="Number alone right of the council name (no label). Einzelmitglied as 'Fragesteller:'. "
                     "'zur Sitzung: Stadtrat am …' → consultation, no role. 'Schuljahr 2025/26' is no number."))

doc(file="w04_schkeuditz_antwort-af-2025-044.pdf", producer="chromium", font="DejaVu Sans", size=10,
    layout="schkeuditz_antwort_letter", city="Große Kreisstadt Schkeuditz",
    blocks=[
        ("kv", [("Stadt Schkeuditz\nFachbereich Bildung, Soziales und Kultur", "Ihr Zeichen: —\n"
                 "Unser Zeichen: 40.2-Hö/512\nTelefon: 034204 88-412")]),
        ("p", "Herrn Stadtrat\nJörg Wendisch\nim Hause"),
        ("right", "Schkeuditz, 25.11.2025"),
        ("h", "Antwort auf die Anfrage AF/2025/044", 12),
        ("pb", "Betreff: Fehlende Hortplätze an der Grundschule Glesien"),
        ("p", "Sehr geehrter Herr Wendisch,\nIhre Anfrage beantworte ich wie folgt:"),
        ("p", "Zu 1.: Für das Schuljahr 2025/26 wurden neun Anträge abgelehnt; fünf Familien haben einen Platz "
              "im Hort der Grundschule Dölzig angenommen."),
        ("p", "Zu 2.: Geprüft wurden eine Containerlösung auf dem Schulhof und die Mitnutzung des "
              "Vereinsraumes im Dorfgemeinschaftshaus. Die Containerlösung ist bauordnungsrechtlich möglich."),
        ("p", "Zu 3.: Mit der Aufstellung der Container zum 1. Februar 2026 stehen 20 weitere Plätze zur "
              "Verfügung."),
        ("p", "Mit freundlichen Grüßen\n\ni. V. Steffen Kühne\nBürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Antwort", date="2025-11-25",
               title="Fehlende Hortplätze an der Grundschule Glesien",
               department="Fachbereich Bildung, Soziales und Kultur", answers="AF/2025/044",
               themes=["bildung", "soziales"], themes_why="after-school care places",
               notes="Letter with 'Unser Zeichen: 40.2-Hö/512' (letterhead file reference, not a number) and "
                     "a phone. Heading 'Antwort auf die Anfrage AF/2025/044' → answers; no own number. "
                     "'Betreff:' title bold."))

doc(file="w05_schkeuditz_niederschrift-ta.pdf", producer="libreoffice-odt", font="Liberation Serif", size=11,
    layout="schkeuditz_niederschrift_odt", city="Große Kreisstadt Schkeuditz", pages=2,
    head="Große Kreisstadt Schkeuditz – Niederschrift TA 18.11.2025",
    blocks=[
        ("h", "Niederschrift", 14),
        ("p", "über die öffentliche Sitzung des Technischen Ausschusses der Großen Kreisstadt Schkeuditz"),
        ("kv", [("Sitzungstermin:", "Dienstag, 18.11.2025"), ("Sitzungsbeginn:", "17:00 Uhr"),
                ("Sitzungsende:", "18:42 Uhr"), ("Ort:", "Ratssaal, Rathausplatz 3")]),
        ("pb", "Anwesend:"),
        ("p", "Vorsitz: Oberbürgermeister Rayk Bergner; Mitglieder: Frau Krüger, Herr Wendisch, Herr Opitz, "
              "Frau Seidel, Herr Thamm, Herr Zschoche; Verwaltung: Frau Lindemann (Protokoll)"),
        ("pb", "TOP 1 Feststellung der Beschlussfähigkeit"),
        ("p", "Die Einladung erfolgte form- und fristgerecht. Von 8 Mitgliedern sind 7 anwesend."),
        ("pb", "TOP 2 Ausbau des straßenbegleitenden Radweges zwischen Dölzig und Schkeuditz – BV/2025/118"),
        ("p", "Frau Lindemann erläutert die Entwurfsplanung. Herr Opitz fragt nach der Beleuchtung; die "
              "Verwaltung sagt eine Prüfung zu. " + LOREM_BAU),
        ("p", "Abstimmungsergebnis: Empfehlung an den Stadtrat – 6 Ja, 0 Nein, 1 Enthaltung"),
        ("pb", "TOP 3 Bauanträge"),
        ("p", "3.1 Neubau eines Einfamilienhauses, Modelwitz, Flurstück 411/2 – Einvernehmen erteilt (7/0/0)\n"
              "3.2 Nutzungsänderung Lagerhalle zu Werkstatt, Industriestraße 14 – Einvernehmen erteilt (6/1/0)"),
        ("pagebreak",),
        ("pb", "TOP 4 Informationen der Verwaltung"),
        ("p", "Die nächste Sitzung des Technischen Ausschusses findet am 20.01.2026 statt. Der Winterdienst ist "
              "seit dem 1. November in Bereitschaft."),
        ("pb", "TOP 5 Anfragen der Ausschussmitglieder"),
        ("p", "Frau Seidel fragt nach dem Stand der Sanierung der Brücke am Elsterbecken. Die Antwort erfolgt "
              "schriftlich."),
        ("p", "Schkeuditz, 21.11.2025\n\nRayk Bergner, Vorsitzender          Ina Lindemann, Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-21",
               title="öffentliche Sitzung des Technischen Ausschusses der Großen Kreisstadt Schkeuditz",
               public=True, references=["BV/2025/118"],
               themes=["stadtentwicklung", "mobilitaet"], themes_why="building permits, cycle path",
               notes="Dated by the closing place-date (session 18.11.2025). Next session 20.01.2026 is a lure, "
                     "not a consultation. 'Flurstück 411/2' is no reference."))

# ------------------------------------------ Große Kreisstadt Remseck am Neckar (BW; SessionNet print)
doc(file="w06_remseck_ds-2025-163_kita-pattonville.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="remseck_sessionnet_vorlage", city="Große Kreisstadt Remseck am Neckar",
    css="table.grid th { background: #e6e6e6; text-align: left; }",
    blocks=[
        ("kv", [("Große Kreisstadt Remseck am Neckar", "Drucksache Nr. 2025/163\nöffentlich")]),
        ("kv", [("Dezernat II – Bildung, Familie und Soziales", "Remseck am Neckar, 5. November 2025"),
                ("Az.: 461.21", "")]),
        ("h", "Sitzungsvorlage", 14),
        ("table", ["Beratungsfolge", "Sitzungstermin", "Behandlung"],
         [["Verwaltungsausschuss", "19. November 2025", "nichtöffentlich / Vorberatung"],
          ["Gemeinderat", "2. Dezember 2025", "öffentlich / Beschlussfassung"]]),
        ("kv", [("Betreff:", "Erweiterung der Kindertagesstätte Pattonville um zwei Krippengruppen")]),
        ("pb", "Beschlussantrag"),
        ("p", "1. Der Gemeinderat stimmt der Erweiterung der Kindertagesstätte Pattonville um zwei "
              "Krippengruppen in Modulbauweise zu.\n2. Die Verwaltung wird beauftragt, die Leistungen "
              "auszuschreiben."),
        ("pb", "Sachdarstellung"),
        ("p", "Der Bedarfsplan 2025/26 weist im Stadtteil Pattonville einen Fehlbedarf von 22 Krippenplätzen "
              "aus. Der Zweckverband Pattonville hat der Erweiterung auf seiner Fläche zugestimmt. Die Kosten "
              "betragen 1,64 Mio. €; der Zuschuss nach § 29 FAG ist beantragt."),
        ("p", "Finanzielle Auswirkungen: ja – Haushaltsjahr 2026, Produktgruppe 3650"),
        ("p", "Klimarelevanz: ☐ positiv  ☐ negativ  ☒ keine erheblichen Auswirkungen"),
        ("p", "Dirk Schönberger\nOberbürgermeister"),
    ],
    truth=dict(drucksache="2025/163", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-11-05",
               title="Erweiterung der Kindertagesstätte Pattonville um zwei Krippengruppen",
               public=True, department="Dezernat II – Bildung, Familie und Soziales",
               consultations=[C("Verwaltungsausschuss", "2025-11-19", "Vorberatung"),
                              C("Gemeinderat", "2025-12-02", "Entscheidung")],
               klimacheck="neutral", klima_style="line_positiv_negativ_keine",
               themes=["bildung", "soziales", "finanzen"], themes_why="crèche places; costs and grant",
               notes="'Drucksache Nr.' top right over 'öffentlich'. 'Az.: 461.21' under the Dezernat is a file "
                     "reference, not the number. Beratungsfolge table whose first header IS 'Beratungsfolge', "
                     "dates in words, status and role in one cell. '§ 29 FAG', 'Produktgruppe 3650' no refs."))

doc(file="w07_remseck_ds-2025-170_mitteilung-hochwasser.pdf", producer="libreoffice-html", font="DejaVu Sans",
    size=10, layout="remseck_mitteilung_html", city="Große Kreisstadt Remseck am Neckar",
    css="table.kv td:first-child { width: 62%; }",
    blocks=[
        ("kv", [("Stadt Remseck am Neckar", "Drucksache Nr. 2025/170")]),
        ("p", "Fachbereich Tiefbau und Umwelt"),
        ("right", "Datum: 10.11.2025"),
        ("h", "Mitteilungsvorlage", 14),
        ("p", "zur Kenntnisnahme im Ausschuss für Umwelt und Technik am 25.11.2025 (öffentlich)"),
        ("pb", "Hochwasserschutz am Neckar und an der Rems – Sachstand der Maßnahmen in Neckargröningen und Aldingen"),
        ("p", "Das Land hat die Gefahrenkarten für die Rems im Sommer 2025 aktualisiert. Für den Bereich der "
              "Remsmündung ergibt sich eine veränderte Überflutungsfläche bei einem hundertjährlichen Hochwasser. "
              "Die Stadt hat daraufhin die Objektschutzberatung für Anlieger ausgeweitet."),
        ("p", "In Neckargröningen ist die Ertüchtigung der Ufermauer auf einer Länge von 180 m bis Herbst 2026 "
              "vorgesehen; die wasserrechtliche Genehmigung liegt seit dem 3. Oktober 2025 vor."),
        ("p", "Ein Beschluss ist nicht erforderlich."),
        ("p", "gez. Brenner\nTechnischer Beigeordneter"),
    ],
    truth=dict(drucksache="2025/170", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2025-11-10",
               title="Hochwasserschutz am Neckar und an der Rems – Sachstand der Maßnahmen in Neckargröningen und Aldingen",
               public=True, department="Fachbereich Tiefbau und Umwelt",
               consultations=[C("Ausschuss für Umwelt und Technik", "2025-11-25", "Kenntnisnahme")],
               themes=["klima_umwelt", "sicherheit_ordnung"], themes_why="flood protection",
               notes="Session as a free line 'zur Kenntnisnahme im … am … (öffentlich)'. Bold unlabelled title "
                     "(wraps). Department left of 'Datum:'."))

doc(file="w08_remseck_ds-2025-163-1_ergaenzung.pdf", producer="reportlab", font="Liberation Sans", size=10,
    layout="remseck_ergaenzung_reportlab", city="Große Kreisstadt Remseck am Neckar",
    blocks=[
        ("kv", [("Große Kreisstadt Remseck am Neckar", "Drucksache Nr. 2025/163/1")], 0.62),
        ("kv", [("Ergänzung zu:", "Drucksache Nr. 2025/163"), ("Dezernat:", "Dezernat II – Bildung, Familie und Soziales"),
                ("Datum:", "27.11.2025")]),
        ("h", "Ergänzungsvorlage", 13),
        ("pb", "Erweiterung der Kindertagesstätte Pattonville um zwei Krippengruppen – Kostenfortschreibung"),
        ("p", "Beratung: Gemeinderat, 02.12.2025, Beschlussfassung"),
        ("p", "Nach Versand der Drucksache Nr. 2025/163 hat der Modulbauhersteller mitgeteilt, dass die "
              "Preise für das Jahr 2026 um 6,5 % steigen. Die Gesamtkosten erhöhen sich auf 1,75 Mio. €. "
              "Der Beschlussantrag wird um eine überplanmäßige Ausgabe von 110.000 € ergänzt."),
        ("p", "Remseck am Neckar\ngez. Schönberger"),
    ],
    truth=dict(drucksache="2025/163/1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2025-11-27",
               title="Erweiterung der Kindertagesstätte Pattonville um zwei Krippengruppen – Kostenfortschreibung",
               department="Dezernat II – Bildung, Familie und Soziales", references=["2025/163"],
               consultations=[C("Gemeinderat", "2025-12-02", "Entscheidung")],
               themes=["bildung", "finanzen"], themes_why="crèche costs update",
               notes="Own number with a '/1' suffix; the base Drucksache is a reference (printed twice). "
                     "Free line 'Beratung: Gremium, date, Beschlussfassung'."))

doc(file="w09_remseck_einladung-gr.pdf", producer="libreoffice-docx", font="Liberation Sans", size=10,
    layout="remseck_einladung_word", city="Große Kreisstadt Remseck am Neckar",
    head="Stadt Remseck am Neckar · Der Oberbürgermeister",
    blocks=[
        ("right", "Remseck am Neckar, 21.11.2025"),
        ("p", "An die Mitglieder des Gemeinderates"),
        ("h", "Einladung", 14),
        ("p", "zur öffentlichen Sitzung des Gemeinderates am Dienstag, 2. Dezember 2025, 18:00 Uhr, im "
              "Bürgersaal des Rathauses, Marktplatz 1, Remseck-Aldingen"),
        ("pb", "Tagesordnung"),
        ("table", ["Nr.", "Gegenstand", "Drucksache"],
         [["1", "Bürgerfragestunde", ""],
          ["2", "Erweiterung der Kindertagesstätte Pattonville um zwei Krippengruppen", "2025/163, 2025/163/1"],
          ["3", "Bebauungsplan „Hochberg Süd“ – Aufstellungsbeschluss", "2025/158"],
          ["4", "Hochwasserschutz am Neckar und an der Rems – Sachstand", "2025/170"],
          ["5", "Bekanntgaben, Verschiedenes", ""]]),
        ("p", "Im Anschluss findet eine nichtöffentliche Sitzung statt."),
        ("p", "Mit freundlichen Grüßen\n\nDirk Schönberger\nOberbürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-21",
               title="öffentlichen Sitzung des Gemeinderates", public=True,
               references=["2025/163", "2025/163/1", "2025/158", "2025/170"],
               themes=["bildung", "stadtentwicklung", "klima_umwelt"], themes_why="agenda items",
               notes="Einladung: the agenda's Drucksachen are references (two in one cell). Title = the session "
                     "named after 'zur'."))

# ---------------------------------------------------- Markt Wolnzach (BY; Word templates of a Markt)
doc(file="w10_wolnzach_2025-ba-041_bauleitplan.pdf", producer="libreoffice-docx", font="Liberation Serif",
    size=11, layout="wolnzach_word_vorlage", city="Markt Wolnzach",
    head="Markt Wolnzach                                        Sitzungsvorlage 2025/BA/041",
    blocks=[
        ("p", "Markt Wolnzach · Bauamt · Marktplatz 1 · 85283 Wolnzach\nUnser Aktenzeichen: 610-2/Ro"),
        ("right", "Wolnzach, 30.10.2025"),
        ("p", "Organisationseinheit: Sachgebiet 61 – Bauleitplanung und Bauverwaltung\nSachbearbeiter: Herr Rottmair"),
        ("p", "Bauausschuss – Sitzung am 13.11.2025 – öffentlich – Vorberatung\n"
              "Marktgemeinderat – Sitzung am 27.11.2025 – öffentlich – Beschluss"),
        ("p", "Gegenstand:"),
        ("pb", "Bebauungsplan Nr. 74 „Gosseltshausen Nord“\nhier: Behandlung der Stellungnahmen und Satzungsbeschluss"),
        ("p", "Im Verfahren nach § 3 Abs. 2 und § 4 Abs. 2 BauGB sind elf Stellungnahmen eingegangen. Das "
              "Wasserwirtschaftsamt Ingolstadt fordert eine Versickerungsmulde entlang der Hopfengärten. "
              + LOREM_BAU),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Marktgemeinderat beschließt den Bebauungsplan Nr. 74 „Gosseltshausen Nord“ in der Fassung "
              "vom 20.10.2025 als Satzung."),
        ("p", "Jens Machold\nErster Bürgermeister"),
    ],
    truth=dict(drucksache="2025/BA/041", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-10-30",
               title="Bebauungsplan Nr. 74 „Gosseltshausen Nord“ hier: Behandlung der Stellungnahmen und "
                     "Satzungsbeschluss",
               public=True, department="Sachgebiet 61 – Bauleitplanung und Bauverwaltung",
               consultations=[C("Bauausschuss", "2025-11-13", "Vorberatung"),
                              C("Marktgemeinderat", "2025-11-27", "Entscheidung")],
               themes=["stadtentwicklung"], themes_why="development plan",
               notes="Number only in the Word header; 'Unser Aktenzeichen: 610-2/Ro' in the letterhead is no "
                     "number. Beratungsfolge as free lines 'Gremium – Sitzung am … – öffentlich – role'. "
                     "'Gegenstand:' alone, two-line bold title with 'hier:'. 'Bebauungsplan Nr. 74' and "
                     "'§ 3 Abs. 2 BauGB' are no references. Unit after 'Organisationseinheit:'."))

doc(file="w11_wolnzach_antrag-fw-hopfenradweg.pdf", producer="reportlab", font="DejaVu Serif", size=10,
    layout="wolnzach_fraktion_antrag_reportlab", city="Markt Wolnzach",
    blocks=[
        ("kv", [("Freie Wähler Wolnzach\nFraktion im Marktgemeinderat", "Eingang Markt Wolnzach\n04. Nov. 2025")], 0.68),
        ("space",),
        ("p", "An den Ersten Bürgermeister\ndes Marktes Wolnzach\nMarktplatz 1\n85283 Wolnzach"),
        ("right", "Wolnzach, 2. November 2025"),
        ("pb", "Antrag: Lückenschluss des Hopfenradweges zwischen Niederlauterbach und Wolnzach"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "wir beantragen, im Haushalt 2026 Planungsmittel von 40.000 € für den Lückenschluss des "
              "Hopfenradweges einzustellen und den Antrag im Bauausschuss und anschließend im "
              "Marktgemeinderat zu behandeln."),
        ("p", "Begründung: Der Abschnitt entlang der Staatsstraße 2232 ist das letzte Teilstück ohne "
              "eigenen Radweg. Der Landkreis hat Förderung aus dem Radverkehrsprogramm in Aussicht gestellt."),
        ("p", "Mit freundlichen Grüßen\n\nMartina Huber          Georg Schweiger\nFraktionssprecherin          stv. Sprecher"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-02",
               title="Lückenschluss des Hopfenradweges zwischen Niederlauterbach und Wolnzach",
               originator="Freie Wähler Wolnzach Fraktion im Marktgemeinderat",
               consultations=[C("Bauausschuss", None, None), C("Marktgemeinderat", None, None)],
               themes=["mobilitaet", "finanzen"], themes_why="cycle path; planning budget",
               notes="Fraktion over two lines (joined). Receipt stamp '04. Nov. 2025' beside the letter date in "
                     "words. 'Antrag:' prefix title. Bodies named without dates → consultations with null date. "
                     "'Staatsstraße 2232' no reference."))

doc(file="w12_wolnzach_niederschrift-ba.pdf", producer="libreoffice-docx", font="Liberation Sans", size=10,
    layout="wolnzach_niederschrift_word", city="Markt Wolnzach", pages=2,
    head="Markt Wolnzach – Niederschrift Bauausschuss",
    blocks=[
        ("h", "Niederschrift über die öffentliche Sitzung des Bauausschusses", 13),
        ("kv", [("Sitzungstag:", "Donnerstag, 13. November 2025"), ("Sitzungsort:", "Rathaus, Sitzungssaal"),
                ("Beginn / Ende:", "18:30 Uhr / 20:05 Uhr")]),
        ("p", "Vorsitzender: Erster Bürgermeister Jens Machold\nSchriftführerin: Frau Gabler"),
        ("pb", "1. Bebauungsplan Nr. 74 „Gosseltshausen Nord“; Behandlung der Stellungnahmen (Vorlage 2025/BA/041)"),
        ("p", "Herr Rottmair stellt die eingegangenen Stellungnahmen vor. Der Ausschuss empfiehlt dem "
              "Marktgemeinderat den Satzungsbeschluss.\nAbstimmung: 8 : 0"),
        ("pb", "2. Bauantrag: Errichtung einer Maschinenhalle, Fl.Nr. 1205, Gemarkung Geroldshausen"),
        ("p", "Das gemeindliche Einvernehmen wird erteilt.\nAbstimmung: 7 : 1"),
        ("pb", "3. Antrag der Freien Wähler: Lückenschluss des Hopfenradweges"),
        ("p", "Der Ausschuss empfiehlt, Planungsmittel von 40.000 € im Haushalt 2026 vorzusehen. Die "
              "Behandlung im Marktgemeinderat erfolgt am 27.11.2025.\nAbstimmung: 6 : 2"),
        ("pagebreak",),
        ("pb", "4. Bekanntgaben"),
        ("p", "Der Bürgermeister gibt bekannt, dass die Sanierung der Brücke über die Wolnzach im Dezember "
              "abgeschlossen wird. " + LOREM_BAU),
        ("p", "Die Sitzung wird um 20:05 Uhr geschlossen.\n\nJens Machold, Vorsitzender        Gabler, Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-13",
               title="öffentliche Sitzung des Bauausschusses", public=True, references=["2025/BA/041"],
               themes=["stadtentwicklung", "mobilitaet"], themes_why="development plan, cycle path",
               notes="No dateline: date = the session day in words. Marktgemeinderat session in the body is a "
                     "lure. 'Fl.Nr. 1205' no reference."))

doc(file="w13_wolnzach_stellungnahme-seniorenbeirat.pdf", producer="chromium", font="DejaVu Sans", size=10,
    layout="wolnzach_beirat_stellungnahme", city="Markt Wolnzach",
    blocks=[
        ("h", "Seniorenbeirat des Marktes Wolnzach", 12),
        ("p", "Vorsitzende: Rosemarie Ettl · Pfarrgasse 4 · 85283 Wolnzach"),
        ("right", "Wolnzach, den 17.11.2025"),
        ("h", "Stellungnahme", 13),
        ("p", "zur Sitzungsvorlage 2025/BA/041 – Bebauungsplan Nr. 74 „Gosseltshausen Nord“"),
        ("p", "Der Seniorenbeirat hat sich in seiner Sitzung am 12.11.2025 mit dem Bebauungsplan befasst und "
              "empfiehlt dem Marktgemeinderat:"),
        ("ul", ["mindestens zehn der geplanten Wohneinheiten barrierefrei nach DIN 18040-2 festzusetzen,",
                "eine Sitzbank an der Bushaltestelle Gosseltshausen vorzusehen,",
                "den Fußweg zum Dorfladen zu beleuchten."]),
        ("p", "Rosemarie Ettl\nVorsitzende des Seniorenbeirates"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-17",
               title="Bebauungsplan Nr. 74 „Gosseltshausen Nord“",
               originator="Seniorenbeirat des Marktes Wolnzach", answers="2025/BA/041",
               themes=["soziales", "stadtentwicklung"], themes_why="barrier-free housing, seniors",
               notes="Beirat opinion on a Vorlage: 'zur Sitzungsvorlage 2025/BA/041 – title' → answers + title. "
                     "The Beirat's own session (12.11.2025) is no consultation. 'DIN 18040-2' no reference."))

# ----------------------------------- Regionale Planungsgemeinschaft Havelland-Fläming (BB; Word / odt)
doc(file="w14_rpg-hf_rv-12-2025_regionalplan-wind.pdf", producer="libreoffice-odt", font="Liberation Sans",
    size=10, layout="rpg_hf_vorlage_odt", city="Regionale Planungsgemeinschaft Havelland-Fläming",
    head="Regionale Planungsgemeinschaft Havelland-Fläming · Regionale Planungsstelle",
    blocks=[
        ("kv", [("Beschlussvorlage Nr.:", "RV 12/2025"), ("Datum:", "22.10.2025"),
                ("Einreicher:", "Regionalvorstand"), ("Bearbeitung:", "Regionale Planungsstelle, Frau Dr. Lenz")]),
        ("p", "Regionalvorstand – 06.11.2025 – Vorberatung\nRegionalversammlung – 27.11.2025 – Beschluss"),
        ("kv", [("Gegenstand:", "Sachlicher Teilregionalplan Windenergienutzung 2027 – Billigung des zweiten "
                                "Entwurfs und Beschluss über die erneute Beteiligung")]),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Regionalversammlung billigt den zweiten Entwurf des Sachlichen Teilregionalplans "
              "Windenergienutzung 2027 und beschließt die erneute Beteiligung nach § 9 ROG."),
        ("pb", "Begründung"),
        ("p", "Das Windenergieflächenbedarfsgesetz verlangt für die Region einen Flächenbeitrag von 2,2 % bis "
              "Ende 2027. Der erste Entwurf wies 1,9 % aus; nach Auswertung von 3.412 Stellungnahmen werden "
              "vier Gebiete vergrößert und zwei im Umfeld des Naturparks Nuthe-Nieplitz verkleinert."),
        ("p", "Teltow, 22.10.2025\n\nVorsitzender des Regionalvorstandes"),
    ],
    truth=dict(drucksache="RV 12/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-22",
               title="Sachlicher Teilregionalplan Windenergienutzung 2027 – Billigung des zweiten Entwurfs und "
                     "Beschluss über die erneute Beteiligung",
               department="Regionale Planungsstelle",
               consultations=[C("Regionalvorstand", "2025-11-06", "Vorberatung"),
                              C("Regionalversammlung", "2025-11-27", "Entscheidung")],
               themes=["klima_umwelt", "stadtentwicklung"], themes_why="wind energy regional plan",
               notes="Planning association. 'Beschlussvorlage Nr.:' key. 'Einreicher: Regionalvorstand' is the "
                     "body's own organ (originator null). Unit after 'Bearbeitung:' with a person. Beratungsfolge "
                     "as free lines without a label. '§ 9 ROG' no reference. No public marker."))

doc(file="w15_rpg-hf_einladung-rv.pdf", producer="chromium", font="Liberation Serif", size=11,
    layout="rpg_hf_einladung_html", city="Regionale Planungsgemeinschaft Havelland-Fläming",
    blocks=[
        ("p", "Regionale Planungsgemeinschaft Havelland-Fläming\nDer Vorsitzende der Regionalversammlung"),
        ("right", "Teltow, 7. November 2025"),
        ("h", "Einladung zur 14. Sitzung der Regionalversammlung", 13),
        ("p", "Sehr geehrte Mitglieder der Regionalversammlung,\nhiermit lade ich Sie zur Sitzung am "
              "Donnerstag, dem 27. November 2025, 16:00 Uhr, in den Kreistagssaal in Belzig ein. Die Sitzung "
              "ist öffentlich."),
        ("pb", "Tagesordnung"),
        ("ol", ["Eröffnung, Feststellung der Beschlussfähigkeit",
                "Sachlicher Teilregionalplan Windenergienutzung 2027 – Beschlussvorlage RV 12/2025",
                "Haushaltssatzung 2026 – Beschlussvorlage RV 13/2025",
                "Bericht der Regionalen Planungsstelle – Informationsvorlage RV 14/2025",
                "Verschiedenes"]),
        ("p", "Mit freundlichen Grüßen\n\nHartmut Pieske"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-07",
               title="14. Sitzung der Regionalversammlung", public=True,
               references=["RV 12/2025", "RV 13/2025", "RV 14/2025"],
               themes=["klima_umwelt", "finanzen", "stadtentwicklung"], themes_why="agenda items",
               notes="Title = the session after 'Einladung zur'. Agenda as a numbered list with numbers inline."))

doc(file="w16_rpg-hf_schreiben-umlage.pdf", producer="ghostscript", base="chromium", font="DejaVu Sans",
    size=10, layout="rpg_hf_schreiben_gs", city="Regionale Planungsgemeinschaft Havelland-Fläming",
    blocks=[
        ("kv", [("Regionale Planungsgemeinschaft Havelland-Fläming\nRegionale Planungsstelle\n"
                 "Oderstraße 65 · 14513 Teltow",
                 "Aktenzeichen: RPG-HF 0.32/25\nTelefon: 03328 3354-0")]),
        ("p", "Landkreis Havelland\nLandkreis Potsdam-Mittelmark\nLandkreis Teltow-Fläming\n"
              "Stadt Brandenburg an der Havel\nLandeshauptstadt Potsdam\n– jeweils Kämmerei –"),
        ("right", "Teltow, 01.12.2025"),
        ("pb", "Umlage der Mitglieder für das Haushaltsjahr 2026"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "die Regionalversammlung hat am 27. November 2025 die Haushaltssatzung 2026 beschlossen. Die "
              "Umlage der Mitglieder beträgt insgesamt 412.000 €; sie wird nach § 6 der Satzung nach der "
              "Einwohnerzahl zum 31.12.2024 verteilt. Die Anteile entnehmen Sie bitte der Anlage."),
        ("p", "Wir bitten um Zahlung in zwei Raten zum 15.02.2026 und 15.08.2026."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nBettina Schaaf\nLeiterin der Regionalen Planungsstelle"),
    ],
    truth=dict(doc_type="Schreiben", date="2025-12-01",
               title="Umlage der Mitglieder für das Haushaltsjahr 2026",
               department="Regionale Planungsstelle",
               themes=["finanzen"], themes_why="member levy",
               notes="Letter; 'Aktenzeichen: RPG-HF 0.32/25' is the letterhead's file reference, not a number. "
                     "Addressees are members, not committees. No type word printed (doc_type_printed null). "
                     "Chromium re-distilled by Ghostscript."))

doc(file="w17_rpg-hf_stellungnahme-lep.pdf", producer="reportlab", font="Liberation Serif", size=10,
    layout="rpg_hf_stellungnahme_reportlab", city="Regionale Planungsgemeinschaft Havelland-Fläming",
    pages=2,
    blocks=[
        ("kv", [("Regionale Planungsgemeinschaft\nHavelland-Fläming", "Teltow, 14.11.2025")], 0.6),
        ("p", "Gemeinsame Landesplanungsabteilung Berlin-Brandenburg\nReferat GL 5\nHenning-von-Tresckow-Straße 2–8\n14467 Potsdam"),
        ("h", "Stellungnahme der Regionalen Planungsstelle", 13),
        ("kv", [("Thema:", "Entwurf der Änderung des Landesentwicklungsplans Hauptstadtregion – Kapitel "
                           "Freiraum und Energie")]),
        ("p", "Ihr Schreiben vom 29.09.2025 – Az. GL 5.11-0231/2025"),
        ("p", "Sehr geehrte Damen und Herren,\nzu dem Entwurf nimmt die Regionale Planungsstelle wie folgt Stellung:"),
        ("pb", "1. Freiraumverbund"),
        ("p", "Die vorgesehene Erweiterung des Freiraumverbundes überlagert in der Gemeinde Nuthetal zwei "
              "Vorranggebiete für die Windenergienutzung des Entwurfs RV 12/2025. Wir bitten, die Abgrenzung "
              "an die regionalplanerischen Festlegungen anzupassen. " + LOREM_BAU),
        ("pb", "2. Großflächige Photovoltaik"),
        ("p", "Der Entwurf sollte die Steuerung großflächiger Freiflächen-Photovoltaik ausdrücklich der "
              "Regionalplanung eröffnen. Ohne diese Öffnung bleibt es bei Einzelfallentscheidungen der Gemeinden."),
        ("pagebreak",),
        ("pb", "3. Siedlungsentwicklung"),
        ("p", "Die Gestaltungsräume Siedlung entlang der Achse Potsdam – Werder (Havel) entsprechen den "
              "Ergebnissen des regionalen Wohnbauflächenmonitorings. Ergänzungen sind nicht erforderlich."),
        ("p", "Mit freundlichen Grüßen\n\nBettina Schaaf\nLeiterin der Regionalen Planungsstelle"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-14",
               title="Entwurf der Änderung des Landesentwicklungsplans Hauptstadtregion – Kapitel Freiraum und Energie",
               department="Regionale Planungsstelle", references=["RV 12/2025"],
               themes=["stadtentwicklung", "klima_umwelt"], themes_why="state plan, renewables",
               notes="Opinion by the office (originator null, department the office). 'Az. GL 5.11-0231/2025' of "
                     "the asking ministry is no number of this paper and no reference. Title after 'Thema:'."))

# --------------------------------------------- Verwaltungsgemeinschaft Mellingen (TH; Word templates)
doc(file="w18_vg-mellingen_14-2025_feuerwehr.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10, layout="mellingen_gv_vorlage_word", city="Verwaltungsgemeinschaft Mellingen",
    blocks=[
        ("table", None, [["Verwaltungsgemeinschaft Mellingen\nGemeinschaftsversammlung", "Beschlussvorlage Nr. 14/2025"],
                         ["Hauptamt, SG Brandschutz", "Mellingen, 03.11.2025"]]),
        ("p", "Beratung und Beschlussfassung in der öffentlichen Sitzung der Gemeinschaftsversammlung am 20.11.2025"),
        ("p", "Gegenstand: Gemeinsame Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die "
              "Freiwilligen Feuerwehren Mellingen und Magdala"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Gemeinschaftsversammlung beschließt die gemeinsame Ausschreibung eines HLF 10. Die Kosten "
              "von rund 520.000 € werden nach der Vereinbarung vom 12.04.2023 zwischen den Gemeinden aufgeteilt."),
        ("pb", "Begründung:"),
        ("p", "Das Löschgruppenfahrzeug der Feuerwehr Mellingen ist 31 Jahre alt. Der Freistaat fördert "
              "gemeinsame Beschaffungen mit einem erhöhten Fördersatz nach der Thüringer "
              "Feuerwehr-Förderrichtlinie."),
        ("p", "Finanzierung: Haushaltsstelle 1300.9350"),
        ("p", "gez. Schmelzer\nGemeinschaftsvorsitzender"),
    ],
    truth=dict(drucksache="14/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-03",
               title="Gemeinsame Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die Freiwilligen "
                     "Feuerwehren Mellingen und Magdala",
               public=True, department="Hauptamt, SG Brandschutz",
               consultations=[C("Gemeinschaftsversammlung", "2025-11-20", "Entscheidung")],
               themes=["sicherheit_ordnung", "finanzen"], themes_why="fire engine procurement",
               notes="Thüringen Verwaltungsgemeinschaft. 'Beschlussvorlage Nr. 14/2025' in a header table cell "
                     "(type word and number together). Session in a sentence ('Beratung und Beschlussfassung in "
                     "der öffentlichen Sitzung …'). 'Gegenstand:' value wraps. 'HLF 10', '1300.9350' no refs."))

doc(file="w19_vg-mellingen_magdala-gr-09-2025_grundstueck.pdf", producer="libreoffice-html",
    font="Liberation Serif", size=11, layout="mellingen_gemeinde_vorlage_html", city="Verwaltungsgemeinschaft Mellingen",
    blocks=[
        ("p", "Verwaltungsgemeinschaft Mellingen – für die Stadt Magdala"),
        ("kv", [("Vorlage:", "GR-Mag 09/2025"), ("Vorlagenart:", "Beschlussvorlage"),
                ("Amt:", "Bauamt"), ("erstellt am:", "5. November 2025")]),
        ("p", "Stadtrat Magdala, Sitzung am 18.11.2025 – nichtöffentlicher Teil – Entscheidung"),
        ("pb", "Vergabe der Dachsanierung der Grundschule Magdala (Los 2 – Dachabdichtung)"),
        ("p", "Auf die beschränkte Ausschreibung sind vier Angebote eingegangen. Das wirtschaftlichste Angebot "
              "liegt mit 187.430,20 € brutto 4 % unter der Kostenberechnung."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat vergibt Los 2 an den wirtschaftlichsten Bieter."),
    ],
    truth=dict(drucksache="GR-Mag 09/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-05",
               title="Vergabe der Dachsanierung der Grundschule Magdala (Los 2 – Dachabdichtung)",
               public=False, department="Bauamt",
               consultations=[C("Stadtrat Magdala", "2025-11-18", "Entscheidung")],
               themes=["bildung", "finanzen"], themes_why="school roof contract",
               notes="VG administration paper for a member town. 'Vorlage:' key, 'Vorlagenart:' key gives the type. "
                     "Free session line '– nichtöffentlicher Teil –' → public false. Date in words."))

doc(file="w20_vg-mellingen_anfrage-gr-umpferstedt.pdf", producer="reportlab", font="DejaVu Sans", size=10,
    layout="mellingen_anfrage_reportlab", city="Verwaltungsgemeinschaft Mellingen",
    blocks=[
        ("p", "Gemeinderatsmitglied Sabine Pfeffer\nGemeinde Umpferstedt"),
        ("right", "Umpferstedt, 29.10.2025"),
        ("p", "An die Verwaltungsgemeinschaft Mellingen\nHerrn Gemeinschaftsvorsitzenden"),
        ("h", "Anfrage", 13),
        ("p", "zur Beantwortung in der Sitzung des Gemeinderates Umpferstedt am 13.11.2025"),
        ("kv", [("Betreff:", "Zustand der Ortsverbindungsstraße nach Hohlstedt")]),
        ("p", "Die Ortsverbindungsstraße weist seit dem Frühjahr tiefe Schlaglöcher auf. Ich frage:\n"
              "1. Wann wurde die Straße zuletzt durch den Bauhof kontrolliert?\n"
              "2. Ist eine Instandsetzung im Jahr 2026 vorgesehen?"),
        ("p", "Sabine Pfeffer"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-10-29",
               title="Zustand der Ortsverbindungsstraße nach Hohlstedt",
               originator="Gemeinderatsmitglied Sabine Pfeffer",
               consultations=[C("Gemeinderat Umpferstedt", "2025-11-13", None)],
               themes=["mobilitaet"], themes_why="road condition",
               notes="Einzelmitglied Anfrage without number. Session sentence → consultation (genitive "
                     "'des Gemeinderates Umpferstedt' → nominative), no role."))

doc(file="w21_vg-mellingen_antwort-ortsverbindungsstrasse.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="mellingen_antwort_html", city="Verwaltungsgemeinschaft Mellingen",
    blocks=[
        ("kv", [("Verwaltungsgemeinschaft Mellingen\nDer Gemeinschaftsvorsitzende", "Bauamt\nAz.: 6310-Um/25")]),
        ("p", "Frau Gemeinderatsmitglied\nSabine Pfeffer\nUmpferstedt"),
        ("right", "Mellingen, 11. November 2025"),
        ("pb", "Ihre Anfrage vom 29.10.2025\nZustand der Ortsverbindungsstraße nach Hohlstedt"),
        ("p", "Sehr geehrte Frau Pfeffer,"),
        ("p", "die Straße wurde zuletzt am 2. September 2025 durch den Bauhof kontrolliert. Die Schäden wurden "
              "provisorisch mit Kaltasphalt verfüllt. Eine Deckensanierung auf 900 m ist für das Frühjahr 2026 "
              "im Haushaltsentwurf der Gemeinde Umpferstedt vorgesehen."),
        ("p", "Die Antwort wird dem Gemeinderat in seiner Sitzung am 13.11.2025 zur Kenntnis gegeben."),
        ("p", "Mit freundlichen Grüßen\n\nSchmelzer"),
    ],
    truth=dict(doc_type="Antwort", date="2025-11-11",
               title="Zustand der Ortsverbindungsstraße nach Hohlstedt", department="Bauamt",
               consultations=[C("Gemeinderat", "2025-11-13", "Kenntnisnahme")],
               themes=["mobilitaet"], themes_why="road condition",
               notes="Answer as a letter with no type word (doc_type_printed null) and no number anywhere "
                     "(answers null). Two-line subject 'Ihre Anfrage vom …' / title. 'Az.: 6310-Um/25' is the "
                     "letterhead's. Body sentence names the session with 'zur Kenntnis'."))

# -------------------------------------------------- Bezirksverband Pfalz (RP; höherer Kommunalverband)
doc(file="w22_bv-pfalz_127-2025_museum-depot.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="bvpfalz_vorlage_html", city="Bezirksverband Pfalz",
    css="table.grid td, table.grid th { padding: 2pt 6pt; }",
    blocks=[
        ("h", "Bezirksverband Pfalz", 12),
        ("p", "Referat 3 – Kultur und Museen"),
        ("kv", [("Vorlage Nr.", "127/2025"), ("Kaiserslautern, den", "28.10.2025")]),
        ("h", "Beschlussvorlage", 13),
        ("table", ["Gremium", "Datum", "Zuständigkeit"],
         [["Kulturausschuss des\nBezirkstags", "12.11.2025", "Vorberatung"],
          ["Bezirksausschuss", "19.11.2025", "Vorberatung"],
          ["Bezirkstag Pfalz", "03.12.2025", "Entscheidung"]]),
        ("p", "Betreff:"),
        ("pb", "Zentrales Sammlungsdepot für das Historische Museum der Pfalz und das Pfalzmuseum für Naturkunde"),
        ("p", "Die Depots beider Museen sind auf sechs angemietete Standorte verteilt; zwei Mietverträge enden "
              "2027. Eine Machbarkeitsstudie empfiehlt einen Neubau auf dem Gelände der Bezirksverwaltung mit "
              "6.800 m² Nutzfläche."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Bezirkstag beauftragt die Verwaltung, für das zentrale Sammlungsdepot einen Architektenwettbewerb "
              "vorzubereiten."),
        ("p", "Klimaschutzprüfung: Die Maßnahme hat positive Auswirkungen (Passivhausstandard, Photovoltaik)."),
    ],
    truth=dict(drucksache="127/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-28",
               title="Zentrales Sammlungsdepot für das Historische Museum der Pfalz und das Pfalzmuseum für Naturkunde",
               department="Referat 3 – Kultur und Museen",
               consultations=[C("Kulturausschuss des Bezirkstags", "2025-11-12", "Vorberatung"),
                              C("Bezirksausschuss", "2025-11-19", "Vorberatung"),
                              C("Bezirkstag Pfalz", "2025-12-03", "Entscheidung")],
               klimacheck="positive", klima_style="words_positive",
               themes=["kultur_sport", "klima_umwelt"], themes_why="museum depot; passive house",
               notes="Number as 'Vorlage Nr. | 127/2025' key/value; date after 'Kaiserslautern, den'. Committee "
                     "cell over two lines. 'Betreff:' alone, bold title below. Klima in words."))

doc(file="w23_bv-pfalz_antrag-bt-2025-29_weinbau.pdf", producer="libreoffice-docx", font="DejaVu Sans", size=10,
    layout="bvpfalz_antrag_word", city="Bezirksverband Pfalz",
    head="CDU-Fraktion im Bezirkstag Pfalz",
    blocks=[
        ("kv", [("An den Vorsitzenden des Bezirkstags Pfalz", "Drucksache BT 2025/29")]),
        ("right", "Neustadt an der Weinstraße, 6. November 2025"),
        ("h", "Antrag", 13),
        ("p", "für die Sitzung des Bezirkstags Pfalz am 3. Dezember 2025"),
        ("kv", [("Betreff:", "Forschungsprogramm pilzwiderstandsfähige Rebsorten am Bezirksinstitut")]),
        ("p", "Der Bezirkstag möge beschließen:\nDie Verwaltung legt bis zum Frühjahr 2026 ein Konzept vor, wie "
              "das Bezirksinstitut gemeinsam mit den Weinbauverbänden ein Versuchsprogramm zu pilzwiderstands"
              "fähigen Rebsorten aufbauen kann."),
        ("pb", "Begründung:"),
        ("p", "Pilzwiderstandsfähige Sorten verringern den Pflanzenschutzmitteleinsatz um bis zu 80 %. Die "
              "Pfälzer Betriebe brauchen praxisnahe Versuchsergebnisse."),
        ("p", "Hans-Werner Kolb\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache="BT 2025/29", doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-06",
               title="Forschungsprogramm pilzwiderstandsfähige Rebsorten am Bezirksinstitut",
               originator="CDU-Fraktion im Bezirkstag Pfalz",
               consultations=[C("Bezirkstag Pfalz", "2025-12-03", None)],
               themes=["wirtschaft", "klima_umwelt"], themes_why="viticulture research, pesticides",
               notes="Fraktion only in the Word header. 'Drucksache BT 2025/29' right of the addressee. Date "
                     "in words after a place with a comma inside the place name's line."))

doc(file="w24_bv-pfalz_gesetzentwurf-bezo.pdf", producer="reportlab", font="Liberation Serif", size=10,
    layout="bvpfalz_gesetzentwurf_reportlab", city="Bezirksverband Pfalz", pages=2,
    blocks=[
        ("right", "Anlage zur Vorlage Nr. 131/2025"),
        ("kv", [("LANDTAG RHEINLAND-PFALZ\n18. Wahlperiode", "Drucksache 18/13542\n14.10.2025")], 0.6),
        ("h", "Gesetzentwurf", 14),
        ("p", "der Landesregierung"),
        ("pb", "Landesgesetz zur Änderung der Bezirksordnung für den Bezirksverband Pfalz"),
        ("pb", "A. Problem und Regelungsbedürfnis"),
        ("p", "Die Bezirksordnung für den Bezirksverband Pfalz wurde zuletzt 2010 geändert. Die Regelungen zu "
              "hybriden Sitzungen der Gemeindeordnung sollen auf den Bezirkstag übertragen werden."),
        ("pb", "B. Lösung"),
        ("p", "Der Entwurf ergänzt die Bezirksordnung um Bestimmungen über Sitzungen mit Video- und "
              "Tonübertragung und passt die Wertgrenzen für Eilentscheidungen an."),
        ("pb", "C. Alternativen"),
        ("p", "Keine."),
        ("pb", "D. Kosten"),
        ("p", "Dem Bezirksverband entstehen einmalige Kosten für Konferenztechnik von etwa 60.000 €."),
        ("pagebreak",),
        ("pb", "Artikel 1"),
        ("p", "Die Bezirksordnung für den Bezirksverband Pfalz in der Fassung vom 13. Oktober 1994 (GVBl. S. 425), "
              "zuletzt geändert durch Gesetz vom 7. Juli 2010, wird wie folgt geändert:\n1. Nach § 7 wird "
              "folgender § 7a eingefügt: „§ 7a Sitzungen in Form von Video- oder Telefonkonferenzen …“"),
        ("pb", "Artikel 2"),
        ("p", "Dieses Gesetz tritt am Tage nach der Verkündung in Kraft."),
    ],
    truth=dict(drucksache="18/13542", doc_type="Gesetzentwurf", doc_type_printed="Gesetzentwurf", date="2025-10-14",
               title="Landesgesetz zur Änderung der Bezirksordnung für den Bezirksverband Pfalz",
               originator="Landesregierung", references=["131/2025"],
               themes=["verwaltung", "digitalisierung"], themes_why="hybrid sessions law",
               notes="Landtag Drucksache filed as an annex; the filing line names the Vorlage it is attached to "
                     "(reference). 'der Landesregierung' → originator. 'GVBl. S. 425', '§ 7a' no refs."))

doc(file="w25_bv-pfalz_131-2025_information-ge.pdf", producer="libreoffice-html", font="Liberation Sans",
    size=10, layout="bvpfalz_information_html", city="Bezirksverband Pfalz",
    blocks=[
        ("h", "Bezirksverband Pfalz", 12),
        ("kv", [("Informationsvorlage", "Nr. 131/2025"), ("Abteilung:", "Zentrale Dienste / Rechtsabteilung"),
                ("Datum:", "30.10.2025")]),
        ("p", "Bezirksausschuss    19.11.2025    zur Kenntnis\nBezirkstag Pfalz    03.12.2025    zur Kenntnis"),
        ("kv", [("Gegenstand:", "Gesetzentwurf der Landesregierung zur Änderung der Bezirksordnung")]),
        ("p", "Die Landesregierung hat den Entwurf am 14.10.2025 in den Landtag eingebracht (Drucksache "
              "18/13542, Anlage). Der Bezirksverband war im Anhörungsverfahren beteiligt; seine Anregungen zur "
              "Übertragung der Sitzungen im Internet wurden übernommen."),
        ("p", "Die Verwaltung wird die Geschäftsordnung des Bezirkstags nach Inkrafttreten anpassen."),
    ],
    truth=dict(drucksache="131/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-10-30",
               title="Gesetzentwurf der Landesregierung zur Änderung der Bezirksordnung",
               department="Zentrale Dienste / Rechtsabteilung", references=["18/13542"],
               consultations=[C("Bezirksausschuss", "2025-11-19", "Kenntnisnahme"),
                              C("Bezirkstag Pfalz", "2025-12-03", "Kenntnisnahme")],
               themes=["verwaltung"], themes_why="law on the association's constitution",
               notes="Type word and number in one key/value row ('Informationsvorlage | Nr. 131/2025'). "
                     "Label-less session lines 'Gremium  date  zur Kenntnis'. Landtag Drucksache cited in the body."))

# ------------------------------------------ Kreis Schleswig-Flensburg (SH; SessionNet-like Kreis print)
doc(file="w26_slfl_vo-2025-412_rettungswache.pdf", producer="chromium", font="DejaVu Sans", size=9.5,
    layout="slfl_sessionnet_vorlage", city="Kreis Schleswig-Flensburg",
    css="table.grid th { background: #d9e2ef; }",
    running="Kreis Schleswig-Flensburg – Vorlage VO/2025/412",
    blocks=[
        ("kv", [("Kreis Schleswig-Flensburg\nDer Landrat", "Vorlage\nVO/2025/412\nöffentlich")]),
        ("kv", [("Fachdienst:", "Fachdienst Rettungsdienst und Bevölkerungsschutz"), ("Datum:", "31.10.2025"),
                ("Vorlagenart:", "Beschlussvorlage")]),
        ("pb", "Neubau der Rettungswache Kappeln\n– Standortentscheidung –"),
        ("table", ["Status", "Datum", "Gremium", "Zuständigkeit"],
         [["Ö", "20.11.2025", "Ausschuss für Ordnung, Sicherheit\nund Rettungsdienst", "Vorberatung"],
          ["N", "27.11.2025", "Hauptausschuss", "Vorberatung"],
          ["Ö", "11.12.2025", "Kreistag", "Entscheidung"]]),
        ("pb", "Sachverhalt"),
        ("p", "Die Rettungswache Kappeln erreicht die Hilfsfrist von 12 Minuten im Bereich Schlei-Ost nur zu "
              "83 %. Der Rettungsdienstbedarfsplan 2024 sieht eine Verlegung an die B 201 vor. Zwei Grundstücke "
              "wurden geprüft."),
        ("pb", "Beschlussvorschlag"),
        ("p", "Der Kreistag beschließt den Neubau der Rettungswache Kappeln am Standort Gewerbegebiet Süd."),
        ("box", ["Auswirkungen auf den Klimaschutz", "☐ ja, positiv   ☒ ja, negativ   ☐ nein",
                 "Begründung: zusätzliche versiegelte Fläche; Ausgleich durch Gründach."]),
    ],
    truth=dict(drucksache="VO/2025/412", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-31", title="Neubau der Rettungswache Kappeln – Standortentscheidung –",
               public=True, department="Fachdienst Rettungsdienst und Bevölkerungsschutz",
               consultations=[C("Ausschuss für Ordnung, Sicherheit und Rettungsdienst", "2025-11-20", "Vorberatung"),
                              C("Hauptausschuss", "2025-11-27", "Vorberatung"),
                              C("Kreistag", "2025-12-11", "Entscheidung")],
               klimacheck="negative", klima_style="box_ja_negativ",
               themes=["sicherheit_ordnung"], themes_why="ambulance station",
               notes="Number under 'Vorlage' in a right column over 'öffentlich'. 'Vorlagenart:' gives the type. "
                     "Bold two-line title whose second line is a dash-wrapped subtitle. Status-first table, "
                     "two-line committee cell. 'B 201' no reference."))

doc(file="w27_slfl_antrag-ssw-gruppe-schulsozialarbeit.pdf", producer="libreoffice-odt", font="Liberation Sans",
    size=10, layout="slfl_gruppe_antrag_odt", city="Kreis Schleswig-Flensburg",
    blocks=[
        ("p", "SSW und FDP – Gruppe im Kreistag Schleswig-Flensburg\nFlensburger Straße 7 · 24837 Schleswig"),
        ("right", "Schleswig, 05.11.2025"),
        ("p", "Kreis Schleswig-Flensburg\nBüro des Kreistages"),
        ("h", "Antrag zur Sitzung des Jugendhilfeausschusses am 24.11.2025 und des Kreistages am 11.12.2025", 12),
        ("kv", [("Betreff:", "Ausbau der Schulsozialarbeit an Grundschulen im ländlichen Raum")]),
        ("p", "Der Kreistag möge beschließen: Der Kreis erhöht seinen Zuschuss zur Schulsozialarbeit ab dem "
              "Schuljahr 2026/27 so, dass jede Grundschule mit mehr als 150 Schülerinnen und Schülern mindestens "
              "eine halbe Stelle erhält."),
        ("p", "Begründung: Der Bericht des Jugendamtes zeigt für 2024 einen Anstieg der Hilfen zur Erziehung "
              "um 11 %. Frühe Unterstützung in der Schule ist wirksamer und günstiger."),
        ("p", "Für die Gruppe\n\nInge Nissen        Thorsten Paulsen"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-05",
               title="Ausbau der Schulsozialarbeit an Grundschulen im ländlichen Raum",
               originator="SSW und FDP – Gruppe im Kreistag Schleswig-Flensburg",
               consultations=[C("Jugendhilfeausschuss", "2025-11-24", None), C("Kreistag", "2025-12-11", None)],
               themes=["bildung", "soziales"], themes_why="school social work",
               notes="Gruppe of two parties. Two sessions named in the heading line. No number. "
                     "'Schuljahr 2026/27' is no number."))

doc(file="w28_slfl_anfrage-vo-2025-431_breitband.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="slfl_anfrage_html", city="Kreis Schleswig-Flensburg",
    blocks=[
        ("kv", [("Kreis Schleswig-Flensburg", "Vorlage VO/2025/431")]),
        ("h", "Anfrage", 13),
        ("kv", [("Antragsteller/in:", "Kreistagsabgeordneter Dr. Malte Carstensen (Bündnis 90/Die Grünen)"),
                ("Datum:", "07.11.2025"), ("Beratung:", "Kreistag, 11.12.2025")]),
        ("pb", "Glasfaserausbau durch den Breitbandzweckverband – Verzögerungen in Angeln"),
        ("p", "Der Breitbandzweckverband hatte den Anschluss aller Haushalte in Angeln bis Ende 2025 angekündigt. "
              "Nach Presseberichten verzögert sich der Ausbau um bis zu zwei Jahre."),
        ("ol", ["Wie viele Haushalte in Angeln sind Ende Oktober 2025 noch ohne Glasfaseranschluss?",
                "Welche Gründe nennt der Zweckverband für die Verzögerung?",
                "Welche Möglichkeiten hat der Kreis, den Ausbau zu beschleunigen?"]),
    ],
    truth=dict(drucksache="VO/2025/431", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-07",
               title="Glasfaserausbau durch den Breitbandzweckverband – Verzögerungen in Angeln",
               originator="Kreistagsabgeordneter Dr. Malte Carstensen (Bündnis 90/Die Grünen)",
               consultations=[C("Kreistag", "2025-12-11", None)],
               themes=["digitale_infrastruktur"], themes_why="fibre roll-out",
               notes="Member's question filed as a system Vorlage (own VO number). 'Antragsteller/in:' label. "
                     "'Beratung: Kreistag, date' without role."))

doc(file="w29_slfl_vo-2025-431-1_antwort-breitband.pdf", producer="ghostscript", base="libreoffice-docx",
    font="Liberation Sans", size=10, layout="slfl_antwort_word_gs", city="Kreis Schleswig-Flensburg",
    head="Kreis Schleswig-Flensburg · Der Landrat",
    blocks=[
        ("kv", [("Vorlage:", "VO/2025/431-1"), ("Vorlagenart:", "Antwort auf Anfrage"),
                ("Federführend:", "Fachdienst Wirtschaft und Digitalisierung"), ("Datum:", "26.11.2025"),
                ("Status:", "öffentlich")]),
        ("p", "Kreistag – 11.12.2025 – Kenntnisnahme"),
        ("kv", [("Bezug:", "Anfrage VO/2025/431 von Dr. Malte Carstensen")]),
        ("kv", [("Betreff:", "Glasfaserausbau durch den Breitbandzweckverband – Verzögerungen in Angeln")]),
        ("p", "Zu 1: Ende Oktober 2025 waren 4.930 von 18.400 Haushalten im Ausbaugebiet Angeln noch nicht "
              "angeschlossen."),
        ("p", "Zu 2: Der Zweckverband nennt den Konkurs eines Tiefbauunternehmens und fehlende "
              "Genehmigungen für Querungen der Landesstraßen."),
        ("p", "Zu 3: Der Kreis ist Mitglied des Zweckverbandes und wird in der Verbandsversammlung eine "
              "Beschleunigung der Genehmigungsverfahren beantragen."),
    ],
    truth=dict(drucksache="VO/2025/431-1", doc_type="Antwort", doc_type_printed="Antwort auf Anfrage",
               date="2025-11-26",
               title="Glasfaserausbau durch den Breitbandzweckverband – Verzögerungen in Angeln",
               public=True, department="Fachdienst Wirtschaft und Digitalisierung", answers="VO/2025/431",
               consultations=[C("Kreistag", "2025-12-11", "Kenntnisnahme")],
               themes=["digitale_infrastruktur"], themes_why="fibre roll-out",
               notes="Answer with its own number ('-1' suffix) and 'Bezug: Anfrage VO/2025/431' → answers. "
                     "LibreOffice re-distilled by Ghostscript."))

doc(file="w30_slfl_vo-2025-420_bericht-klimaschutzmanagement.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=10, layout="slfl_bericht_html", city="Kreis Schleswig-Flensburg",
    blocks=[
        ("kv", [("Kreis Schleswig-Flensburg", "Berichtsvorlage\nVO/2025/420")]),
        ("kv", [("Fachbereich:", "Fachbereich 4 – Umwelt, Planung und Klimaschutz"), ("Stand:", "03.11.2025")]),
        ("p", "Beratungsfolge:"),
        ("ul", ["Umwelt- und Planungsausschuss, 19.11.2025, öffentlich, zur Kenntnisnahme"]),
        ("pb", "Jahresbericht 2025 des Klimaschutzmanagements"),
        ("p", "Das Klimaschutzmanagement hat 2025 die Treibhausgasbilanz des Kreises fortgeschrieben. Die "
              "Emissionen der kreiseigenen Liegenschaften sanken gegenüber 2019 um 23 %. 41 Gemeinden nehmen am "
              "Förderprogramm für kommunale Wärmeplanung teil."),
        ("p", "Klimaschutzrelevanz: ☒ positiv ☐ negativ ☐ keine"),
    ],
    truth=dict(drucksache="VO/2025/420", doc_type="Mitteilungsvorlage", doc_type_printed="Berichtsvorlage",
               date="2025-11-03", title="Jahresbericht 2025 des Klimaschutzmanagements", public=True,
               department="Fachbereich 4 – Umwelt, Planung und Klimaschutz",
               consultations=[C("Umwelt- und Planungsausschuss", "2025-11-19", "Kenntnisnahme")],
               klimacheck="positive", klima_style="line_positiv_negativ_keine",
               themes=["klima_umwelt"], themes_why="climate management report",
               notes="Type word over the number in the right column. Beratungsfolge as one bullet "
                     "'Gremium, date, öffentlich, zur Kenntnisnahme'. 'Stand:' date."))

# ------------------------------------------------------- Gemeinde Lahnau (HE; Gemeindevorstand Word)
doc(file="w31_lahnau_ds-87-2025_dorfgemeinschaftshaus.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10, layout="lahnau_vorlage_word", city="Gemeinde Lahnau",
    head="Gemeinde Lahnau – Der Gemeindevorstand",
    blocks=[
        ("kv", [("DS-Nr.:", "87/2025"), ("Datum:", "04.11.2025"), ("Geschäftsbereich:", "Geschäftsbereich II – Bauen und Liegenschaften")]),
        ("h", "Vorlage des Gemeindevorstandes an die Gemeindevertretung", 12),
        ("kv", [("Gegenstand:", "Energetische Sanierung des Dorfgemeinschaftshauses Atzbach")]),
        ("p", "Beratungsfolge:"),
        ("table", ["Gremium", "Termin", "Art"],
         [["Ortsbeirat Atzbach", "10.11.2025", "Anhörung"],
          ["Haupt-, Finanz- und Bauausschuss", "20.11.2025", "Vorberatung"],
          ["Gemeindevertretung", "04.12.2025", "Beschluss"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung beschließt die energetische Sanierung des Dorfgemeinschaftshauses "
              "Atzbach (Dämmung, Fenster, Wärmepumpe) mit Gesamtkosten von 690.000 €."),
        ("pb", "Begründung:"),
        ("p", "Das Gebäude von 1974 verbraucht jährlich rund 96.000 kWh Erdgas. Das Land fördert die "
              "Sanierung aus dem Programm für kommunale Klimaschutzinvestitionen mit 50 %."),
        ("p", "Klimaauswirkung: positiv – Einsparung von rund 20 t CO₂ im Jahr"),
        ("p", "Lahnau, 04.11.2025\nDer Gemeindevorstand\n\ngez. Kallenbach, Bürgermeister"),
    ],
    truth=dict(drucksache="87/2025", doc_type="Beschlussvorlage", doc_type_printed="Vorlage",
               date="2025-11-04",
               title="Energetische Sanierung des Dorfgemeinschaftshauses Atzbach",
               department="Geschäftsbereich II – Bauen und Liegenschaften",
               consultations=[C("Ortsbeirat Atzbach", "2025-11-10", "Anhörung"),
                              C("Haupt-, Finanz- und Bauausschuss", "2025-11-20", "Vorberatung"),
                              C("Gemeindevertretung", "2025-12-04", "Entscheidung")],
               klimacheck="positive", klima_style="words_positive",
               themes=["klima_umwelt", "finanzen"], themes_why="building retrofit, funding",
               notes="Hessian 'Vorlage des Gemeindevorstandes an die Gemeindevertretung'. 'DS-Nr.:' first key. "
                     "Ortsbeirat hearing (Anhörung). 'CO₂' subscript glyph."))

doc(file="w32_lahnau_stellungnahme-ob-atzbach.pdf", producer="reportlab", font="DejaVu Sans", size=10,
    layout="lahnau_ortsbeirat_reportlab", city="Gemeinde Lahnau",
    blocks=[
        ("kv", [("Ortsbeirat Atzbach", "Atzbach, 11.11.2025")], 0.6),
        ("p", "Ortsvorsteher Werner Schäfer"),
        ("p", "An den Gemeindevorstand der Gemeinde Lahnau"),
        ("h", "Empfehlung des Ortsbeirates", 13),
        ("p", "zur Drucksache 87/2025 „Energetische Sanierung des Dorfgemeinschaftshauses Atzbach“"),
        ("p", "Der Ortsbeirat hat in seiner Sitzung am 10.11.2025 die Vorlage beraten und empfiehlt einstimmig "
              "die Annahme mit folgender Maßgabe:"),
        ("ul", ["Die Bühne und der kleine Saal bleiben während der Bauzeit für Vereine nutzbar.",
                "Die Photovoltaikanlage auf dem Südanbau wird in die Planung aufgenommen."]),
        ("p", "Werner Schäfer\nOrtsvorsteher"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2025-11-11",
               title="Energetische Sanierung des Dorfgemeinschaftshauses Atzbach",
               originator="Ortsbeirat Atzbach", answers="87/2025",
               themes=["klima_umwelt", "kultur_sport"], themes_why="community hall retrofit, clubs",
               notes="'Empfehlung des Ortsbeirates' → Stellungnahme. 'zur Drucksache 87/2025 „title“' → answers "
                     "and title (in quotes). Own session 10.11.2025 is not a consultation."))

doc(file="w33_lahnau_antrag-spd-waldgirmes.pdf", producer="chromium", font="Liberation Serif", size=11,
    layout="lahnau_fraktion_antrag_html", city="Gemeinde Lahnau",
    blocks=[
        ("kv", [("SPD-Fraktion in der Gemeindevertretung Lahnau", "Lahnau-Waldgirmes, 13. November 2025")]),
        ("p", "Frau Vorsitzende der Gemeindevertretung\nKarin Becker\nRathaus, Lahnau-Waldgirmes"),
        ("h", "Antrag", 13),
        ("p", "zur Sitzung der Gemeindevertretung am 4. Dezember 2025"),
        ("pb", "Tempo 30 vor der Lahntalschule und dem Kindergarten Waldgirmes"),
        ("p", "Die Gemeindevertretung wolle beschließen:\nDer Gemeindevorstand wird beauftragt, bei der "
              "Straßenverkehrsbehörde des Lahn-Dill-Kreises die Anordnung von Tempo 30 auf der Rodheimer Straße "
              "zwischen Hausnummer 2 und 48 zu beantragen."),
        ("p", "Begründung:\nSeit der Änderung der Straßenverkehrs-Ordnung 2024 ist Tempo 30 vor Schulen und "
              "Kindergärten leichter anzuordnen. Die Elternbeiräte beider Einrichtungen unterstützen den Antrag."),
        ("p", "Für die SPD-Fraktion\nDaniel Weller, Fraktionsvorsitzender"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-13",
               title="Tempo 30 vor der Lahntalschule und dem Kindergarten Waldgirmes",
               originator="SPD-Fraktion in der Gemeindevertretung Lahnau",
               consultations=[C("Gemeindevertretung", "2025-12-04", None)],
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="speed limit near school",
               notes="Fraktion left, place-date in words right on one row. Session sentence, date in words. "
                     "Bold unlabelled title."))

doc(file="w34_lahnau_einladung-gv.pdf", producer="reportlab", font="Liberation Sans", size=10,
    layout="lahnau_einladung_reportlab", city="Gemeinde Lahnau",
    blocks=[
        ("p", "Die Vorsitzende der Gemeindevertretung der Gemeinde Lahnau"),
        ("right", "Lahnau, 24.11.2025"),
        ("h", "Einladung", 14),
        ("p", "Hiermit lade ich Sie zur 31. Sitzung der Gemeindevertretung am Donnerstag, 04.12.2025, 19:30 Uhr, "
              "in das Bürgerhaus Dorlar ein. Die Sitzung ist öffentlich."),
        ("pb", "Tagesordnung:"),
        ("table", ["TOP", "Gegenstand", "DS-Nr."],
         [["1", "Mitteilungen der Vorsitzenden und des Gemeindevorstandes", ""],
          ["2", "Energetische Sanierung des Dorfgemeinschaftshauses Atzbach", "87/2025"],
          ["3", "Haushaltssatzung und Haushaltsplan 2026 – Einbringung", "90/2025"],
          ["4", "Antrag der SPD-Fraktion: Tempo 30 in Waldgirmes", "93/2025"],
          ["5", "Anfragen", ""]]),
        ("p", "Mit freundlichen Grüßen\n\nKarin Becker\nVorsitzende der Gemeindevertretung"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-24",
               title="31. Sitzung der Gemeindevertretung", public=True,
               references=["87/2025", "90/2025", "93/2025"],
               themes=["klima_umwelt", "finanzen", "mobilitaet"], themes_why="agenda items",
               notes="Agenda table with a 'DS-Nr.' column → references. Session in a sentence."))

doc(file="w35_lahnau_niederschrift-ob-dorlar.pdf", producer="libreoffice-html", font="DejaVu Serif", size=10,
    layout="lahnau_ortsbeirat_niederschrift_html", city="Gemeinde Lahnau",
    blocks=[
        ("h", "Protokoll", 13),
        ("p", "der Sitzung des Ortsbeirates Dorlar am Montag, 17. November 2025, im Vereinsraum des Bürgerhauses"),
        ("p", "Anwesend: Ortsvorsteherin Heike Raab, Herr Lotz, Frau Görlach, Herr Benner, Frau Wagner; "
              "vom Gemeindevorstand: Bürgermeister Kallenbach"),
        ("pb", "TOP 1: Haushalt 2026 – Wünsche des Ortsbeirates"),
        ("p", "Der Ortsbeirat meldet für den Haushalt 2026 an: neue Bänke am Lahnufer, Sanierung des Fußweges "
              "zum Friedhof, Zuschuss für die Kirmesgesellschaft. Einstimmig."),
        ("pb", "TOP 2: Verkehrssituation in der Hauptstraße"),
        ("p", "Herr Lotz berichtet über Beschwerden wegen des Schwerlastverkehrs. Der Bürgermeister sagt eine "
              "Verkehrszählung im Frühjahr zu. Das Thema wird in der Gemeindevertretung am 04.12.2025 unter "
              "Anfragen angesprochen."),
        ("pb", "TOP 3: Verschiedenes"),
        ("p", "Keine Wortmeldungen.\n\nDorlar, 19.11.2025\nHeike Raab, Ortsvorsteherin – Jan Benner, Schriftführer"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2025-11-19",
               title="Sitzung des Ortsbeirates Dorlar",
               themes=["finanzen", "mobilitaet"], themes_why="budget wishes, heavy traffic",
               notes="Protokoll of an Ortsbeirat, public not printed (null). Dated by the closing place-date; "
                     "the Gemeindevertretung session in the body is a lure."))
