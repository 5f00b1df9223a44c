"""Papers v01–v35 of tests/fixtures/holdout10: Verbandsgemeinde Lingenfeld (RP), Amt Warnow-West /
Gemeinde Kritzmow (MV), Samtgemeinde Schwarmstedt (NI), Verbandsgemeinde Saale-Wipper (ST), Gemeinde
Heusweiler (SL), Landschaftsverband Rheinland (NW), Landkreis Unterallgäu (BY), Zweckverband
Gewerbepark Ohmtal (HE).

Invented content, names and numbers, in the layouts those councils' information systems print.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**paper):
    """One paper: render keywords and its labels under "truth" (make.py fills the unlabelled keys)."""
    DOCS.append(paper)


# ------------------------------------------- Verbandsgemeinde Lingenfeld (RP; Somacos-SessionNet print)
doc(file="v01_lingenfeld_1-0412-25_pv-dachflaechen.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="lingenfeld_sessionnet_vorlage", city="Verbandsgemeinde Lingenfeld",
    css="table.kv td:first-child { width: 9em; } table.grid th { background: #ddd; }",
    running="Verbandsgemeinde Lingenfeld · Beschlussvorlage 1-0412/25",
    blocks=[
        ("kv", [("Verbandsgemeinde Lingenfeld", "Vorlage-Nr.: 1-0412/25")]),
        ("h", "Beschlussvorlage", 14),
        ("kv", [("Fachbereich:", "Fachbereich 3 – Bauen, Umwelt und Werke"), ("Sachbearbeitung:", "Herr Keßler"),
                ("Datum:", "21.10.2025"), ("Status:", "öffentlich")]),
        ("kv", [("Betreff:", "Photovoltaikanlagen auf Dächern verbandsgemeindeeigener Gebäude\n"
                             "Beauftragung der Verbandsgemeindewerke mit Planung und Bau")]),
        ("pb", "Beratungsfolge:"),
        ("table", ["Datum", "Gremium", "Zuständigkeit", "Status"],
         [["04.11.2025", "Werkausschuss", "Vorberatung", "Ö"],
          ["18.11.2025", "Haupt- und Finanzausschuss", "Vorberatung", "Ö"],
          ["02.12.2025", "Verbandsgemeinderat", "Entscheidung", "Ö"]]),
        ("pb", "Sachverhalt:"),
        ("p", "Die Verbandsgemeinde unterhält vier Grundschulen, zwei Sporthallen, die Feuerwehrgerätehäuser "
              "in Lingenfeld und Schwegenheim sowie das Verwaltungsgebäude. Eine Potenzialanalyse der "
              "Energieagentur hat für diese Dächer eine installierbare Leistung von rund 610 kWp ergeben. "
              "Der erzeugte Strom kann überwiegend selbst verbraucht werden."),
        ("p", "Die Verbandsgemeindewerke sollen die Anlagen planen, errichten und betreiben. Die Investition "
              "von voraussichtlich 820.000 € wird über den Wirtschaftsplan 2026 der Werke finanziert; "
              "die Gebäudeeigentümerin zahlt einen Stromlieferpreis unter dem bisherigen Bezugspreis."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Verbandsgemeinderat beauftragt die Verbandsgemeindewerke Lingenfeld, auf den in der Anlage "
              "genannten Gebäuden Photovoltaikanlagen zu planen und zu errichten."),
        ("box", ["Auswirkungen auf den Klimaschutz:", "☒ ja, positiv      ☐ ja, negativ      ☐ nein"]),
        ("p", "Lingenfeld, 21.10.2025\n\ngez. Reichling\nBürgermeister"),
    ],
    truth=dict(drucksache="1-0412/25", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-21",
               title="Photovoltaikanlagen auf Dächern verbandsgemeindeeigener Gebäude Beauftragung der "
                     "Verbandsgemeindewerke mit Planung und Bau",
               public=True, department="Fachbereich 3 – Bauen, Umwelt und Werke",
               consultations=[C("Werkausschuss", "2025-11-04", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2025-11-18", "Vorberatung"),
                              C("Verbandsgemeinderat", "2025-12-02", "Entscheidung")],
               klimacheck="positive", klima_style="box_ja_positiv",
               themes=["klima_umwelt", "finanzen"], themes_why="rooftop PV; financed by the Werke",
               notes="Betreff as a key whose value runs over two lines (no dash between them; lines joined). "
                     "Beratungsfolge with the date first and an Ö status column. Klimaschutz box ☒ ja, positiv."))

doc(file="v02_lingenfeld_schwegenheim_og-17-2025_grundstueck.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="lingenfeld_ortsgemeinde_word", city="Verbandsgemeinde Lingenfeld",
    head="Ortsgemeinde Schwegenheim – Sitzungsvorlage OG 17/2025",
    blocks=[
        ("p", "Verbandsgemeindeverwaltung Lingenfeld\nfür die Ortsgemeinde Schwegenheim"),
        ("right", "Lingenfeld, 29. Oktober 2025"),
        ("h", "Sitzungsvorlage", 13),
        ("p", "Organisationseinheit: Fachbereich 2 – Finanzen, Liegenschaften\nSachgebiet Liegenschaften"),
        ("p", "Beratung im Ortsgemeinderat Schwegenheim am 13.11.2025 – nichtöffentlich – Beschlussfassung"),
        ("p", "Gegenstand:"),
        ("pb", "Verkauf einer Teilfläche des gemeindeeigenen Grundstücks Flurstück 2318/4 an der Bahnhofstraße"),
        ("p", "Ein ortsansässiger Handwerksbetrieb möchte eine Teilfläche von etwa 1.150 m² erwerben, um "
              "seine Werkstatt zu erweitern. Das Gutachten des Gutachterausschusses für den Landkreis "
              "Germersheim weist einen Bodenrichtwert von 185 €/m² aus. Der Käufer trägt die Vermessungs- und "
              "Notarkosten."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Ortsgemeinderat stimmt dem Verkauf der Teilfläche zum Preis von 185 €/m² zu und "
              "ermächtigt den Ortsbürgermeister, den Kaufvertrag abzuschließen."),
        ("p", "Im Auftrag\n\nWeisbrod"),
    ],
    truth=dict(drucksache="OG 17/2025", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-10-29",
               title="Verkauf einer Teilfläche des gemeindeeigenen Grundstücks Flurstück 2318/4 an der Bahnhofstraße",
               public=False, department="Sachgebiet Liegenschaften",
               consultations=[C("Ortsgemeinderat Schwegenheim", "2025-11-13", "Entscheidung")],
               themes=["finanzen", "wirtschaft"], themes_why="land sale to a local business",
               notes="Paper of a Verbandsgemeinde administration for one of its Ortsgemeinden. Number only in the "
                     "Word header. Free session line 'Beratung im … am … – nichtöffentlich – Beschlussfassung' "
                     "→ public false, role Entscheidung. 'Gegenstand:' alone, title bold below. 'Flurstück "
                     "2318/4' is no reference. Unit on two lines: the Sachgebiet is the most specific."))

doc(file="v03_lingenfeld_antrag-fwg-radweg.pdf", producer="reportlab", font="DejaVu Sans", size=10,
    layout="lingenfeld_fraktion_antrag_reportlab", city="Verbandsgemeinde Lingenfeld",
    blocks=[
        ("kv", [("FWG-Fraktion im Verbandsgemeinderat Lingenfeld", "Eingegangen\n03.11.2025\nVG Lingenfeld")], 0.7),
        ("p", "Fraktionsvorsitzender Bernd Hauck · Lindenstraße 6 · 67360 Lingenfeld · Tel. 06344 50723"),
        ("space",),
        ("p", "An den Bürgermeister der\nVerbandsgemeinde Lingenfeld\nHauptstraße 60\n67360 Lingenfeld"),
        ("right", "Lingenfeld, den 31. Oktober 2025"),
        ("h", "Antrag", 13),
        ("p", "zur Sitzung des Verbandsgemeinderates am 2. Dezember 2025"),
        ("pb", "Radwegeverbindung zwischen Lingenfeld und Schwegenheim entlang der K 27"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "die FWG-Fraktion stellt folgenden Antrag: Die Verwaltung wird beauftragt, mit dem Landkreis "
              "Germersheim und dem Landesbetrieb Mobilität Speyer Gespräche über einen straßenbegleitenden "
              "Radweg entlang der K 27 aufzunehmen und die Fördermöglichkeiten nach dem Landesprogramm "
              "Radverkehr zu prüfen."),
        ("pb", "Begründung"),
        ("p", "Zwischen den beiden Ortsgemeinden fehlt eine sichere Radverbindung. Schülerinnen und Schüler "
              "der Realschule plus fahren heute auf der Fahrbahn, auf der 70 km/h erlaubt sind."),
        ("p", "Mit freundlichen Grüßen\n\nBernd Hauck\nFraktionsvorsitzender"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-10-31",
               title="Radwegeverbindung zwischen Lingenfeld und Schwegenheim entlang der K 27",
               originator="FWG-Fraktion im Verbandsgemeinderat Lingenfeld",
               consultations=[C("Verbandsgemeinderat", "2025-12-02", None)],
               themes=["mobilitaet"], themes_why="cycle path between villages",
               notes="Fraktion letter without a number. Receipt stamp 03.11.2025 beside the letter date "
                     "in words (31. Oktober 2025 = the paper's date). Session date in words → consultation, "
                     "committee in the nominative, role null. Bold unlabelled title. 'K 27' is a road."))

doc(file="v04_lingenfeld_einladung-vgr.pdf", producer="libreoffice-html", font="DejaVu Serif", size=10,
    layout="lingenfeld_bekanntmachung_html", city="Verbandsgemeinde Lingenfeld",
    blocks=[
        ("h", "Öffentliche Bekanntmachung", 13),
        ("p", "Am Dienstag, dem 02.12.2025, 18:30 Uhr, findet im Sitzungssaal der Verbandsgemeindeverwaltung "
              "Lingenfeld, Hauptstraße 60, eine Sitzung des Verbandsgemeinderates Lingenfeld statt."),
        ("pb", "Tagesordnung"),
        ("pb", "Öffentliche Sitzung"),
        ("table", ["TOP", "Gegenstand", "Vorlage"],
         [["1", "Einwohnerfragestunde", ""],
          ["2", "Photovoltaikanlagen auf Dächern verbandsgemeindeeigener Gebäude", "1-0412/25"],
          ["3", "Antrag der FWG-Fraktion: Radwegeverbindung entlang der K 27", "1-0431/25"],
          ["4", "Wirtschaftsplan 2026 der Verbandsgemeindewerke", "1-0427/25"],
          ["5", "Mitteilungen und Anfragen", ""]]),
        ("pb", "Nichtöffentliche Sitzung"),
        ("table", ["TOP", "Gegenstand", "Vorlage"],
         [["6", "Vergabeangelegenheiten", "1-0433/25"], ["7", "Personalangelegenheiten", ""]]),
        ("p", "Lingenfeld, 21.11.2025\nVerbandsgemeinde Lingenfeld\n\nFrank Reichling\nBürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Öffentliche Bekanntmachung", date="2025-11-21",
               title="Sitzung des Verbandsgemeinderates Lingenfeld", public=True,
               references=["1-0412/25", "1-0431/25", "1-0427/25", "1-0433/25"],
               themes=["verwaltung", "klima_umwelt"], themes_why="council agenda; PV item",
               notes="Amtsblatt notice with a Tagesordnung → Einladung. Title = the session named (date and "
                     "place dropped). Public and non-public part → true. Vorlage numbers in the agenda → "
                     "references in reading order."))

doc(file="v05_lingenfeld_niederschrift-hfa.pdf", producer="libreoffice-odt", font="Liberation Sans", size=10,
    layout="lingenfeld_niederschrift_odt", city="Verbandsgemeinde Lingenfeld",
    running="Niederschrift HFA 18.11.2025",
    blocks=[
        ("p", "Verbandsgemeinde Lingenfeld"),
        ("h", "Niederschrift", 14),
        ("p", "über die öffentliche Sitzung des Haupt- und Finanzausschusses der Verbandsgemeinde Lingenfeld"),
        ("kv", [("Sitzungstag:", "Dienstag, 18. November 2025"), ("Sitzungsbeginn:", "18:00 Uhr"),
                ("Sitzungsende:", "19:42 Uhr"), ("Sitzungsort:", "Sitzungssaal, Hauptstraße 60")]),
        ("pb", "Anwesend:"),
        ("p", "Vorsitz: Bürgermeister Frank Reichling\nMitglieder: Bernd Hauck, Sabine Orth, Uwe Grünwald, "
              "Melanie Stadler, Tobias Frey, Ingrid Leibrock, Karl-Heinz Munz\nVerwaltung: Herr Keßler, "
              "Frau Weisbrod (Schriftführerin)"),
        ("pb", "TOP 1  Photovoltaikanlagen auf Dächern verbandsgemeindeeigener Gebäude (Vorlage 1-0412/25)"),
        ("p", "Herr Keßler erläutert die Potenzialanalyse. Auf Nachfrage von Frau Orth teilt er mit, dass die "
              "Dachsanierung der Sporthalle Lingenfeld vor der Montage abgeschlossen sein muss."),
        ("p", "Beschluss: Der Ausschuss empfiehlt dem Verbandsgemeinderat, wie vorgeschlagen zu beschließen.\n"
              "Abstimmungsergebnis: einstimmig"),
        ("pb", "TOP 2  Wirtschaftsplan 2026 der Verbandsgemeindewerke (Vorlage 1-0427/25)"),
        ("p", "Die Werkleiterin stellt den Wirtschaftsplan vor. Die Wassergebühr steigt zum 01.01.2026 "
              "um 0,18 €/m³. Herr Munz regt an, die Rücklage für das Wasserwerk Schwegenheim aufzustocken."),
        ("p", "Beschluss: Der Ausschuss empfiehlt dem Verbandsgemeinderat die Feststellung des Wirtschaftsplans.\n"
              "Abstimmungsergebnis: 7 Ja-Stimmen, 1 Enthaltung"),
        ("pagebreak",),
        ("pb", "TOP 3  Mitteilungen und Anfragen"),
        ("p", "Der Vorsitzende teilt mit, dass die Kreisumlage 2026 voraussichtlich um einen Punkt steigt. "
              "Frau Stadler fragt nach dem Stand der Sanierung der Grundschule Westheim; die Verwaltung "
              "antwortet in der nächsten Sitzung."),
        ("p", "Ende der öffentlichen Sitzung: 19:42 Uhr"),
        ("p", "Lingenfeld, 24.11.2025\n\nFrank Reichling, Vorsitzender          Anja Weisbrod, Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-24",
               title="öffentliche Sitzung des Haupt- und Finanzausschusses der Verbandsgemeinde Lingenfeld",
               public=True, references=["1-0412/25", "1-0427/25"],
               themes=["finanzen", "klima_umwelt"], themes_why="Wirtschaftsplan, fees; PV item",
               notes="Dated by the signature line (24.11.2025), not the session day. Title = the session "
                     "named after 'über die'. Vorlage numbers after TOP titles → references."))

# ----------------------------- Amt Warnow-West / Gemeinde Kritzmow (MV; ALLRIS grid of an Amt for its Gemeinde)
doc(file="v06_kritzmow_vo-gvkri-2025-0061_kita-erweiterung.pdf", producer="chromium", font="DejaVu Sans",
    size=9, layout="warnowwest_allris_grid", city="Amt Warnow-West",
    css="table.grid td { font-size: 9pt; } table.kv td { font-size: 9pt; }",
    blocks=[
        ("table", None, [["Gemeinde Kritzmow", "Beschlussvorlage", "Vorlage-Nr.:\nVO/GVKri/2025/0061"],
                         ["Amt Warnow-West\nDer Amtsvorsteher", "Status: öffentlich", "Datum: 14.10.2025"],
                         ["Federführend:\nBauamt", "Bearbeiter:\nRüdiger Tamm", "Aktenzeichen:\n6.2-460-KR"]]),
        ("kv", [("Betreff:", "Erweiterung der Kindertagesstätte „Warnowstrolche“ um eine Krippengruppe – "
                             "Baubeschluss")]),
        ("table", ["Beratungsfolge", "Termin", "Zuständigkeit"],
         [["Bau- und Umweltausschuss\nder Gemeinde Kritzmow", "Mi, 29.10.2025", "Vorberatung"],
          ["Finanzausschuss der\nGemeinde Kritzmow", "Mo, 03.11.2025", "Vorberatung"],
          ["Gemeindevertretung Kritzmow", "Mi, 19.11.2025", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Gemeindevertretung Kritzmow beschließt die Erweiterung der Kindertagesstätte "
              "„Warnowstrolche“ um eine Krippengruppe mit 15 Plätzen nach der Entwurfsplanung vom "
              "September 2025. Die Mittel von 640.000 € werden im Haushalt 2026 veranschlagt."),
        ("pb", "Sachverhalt"),
        ("p", "Die Warteliste für Krippenplätze umfasst 23 Kinder. Der Landkreis Rostock hat die "
              "Bedarfsplanung angepasst und eine Förderung aus dem Kita-Investitionsprogramm in Höhe von "
              "60 % in Aussicht gestellt. Der Anbau wird in Holzmodulbauweise an der Südseite errichtet."),
        ("pb", "Finanzielle Auswirkungen"),
        ("table", ["Produkt", "Investition", "Förderung", "Eigenanteil"],
         [["36501 Kindertageseinrichtungen", "640.000 €", "384.000 €", "256.000 €"]]),
        ("pb", "Anlagen"),
        ("p", "Entwurfsplanung, Kostenberechnung nach DIN 276"),
    ],
    truth=dict(drucksache="VO/GVKri/2025/0061", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-14",
               title="Erweiterung der Kindertagesstätte „Warnowstrolche“ um eine Krippengruppe – Baubeschluss",
               public=True, department="Bauamt",
               consultations=[C("Bau- und Umweltausschuss der Gemeinde Kritzmow", "2025-10-29", "Vorberatung"),
                              C("Finanzausschuss der Gemeinde Kritzmow", "2025-11-03", "Vorberatung"),
                              C("Gemeindevertretung Kritzmow", "2025-11-19", "Entscheidung")],
               themes=["bildung", "soziales", "finanzen"], themes_why="Krippe places; investment and grant",
               notes="ALLRIS grid of an Amt serving a Gemeinde: 'Federführend:' and the unit in one cell, "
                     "'Aktenzeichen: 6.2-460-KR' is no number of the paper. Committee names wrap over two lines "
                     "inside their cells (joined). Session dates with a weekday ('Mi, 29.10.2025')."))

doc(file="v07_kritzmow_anfrage-gv-strassenbeleuchtung.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11, layout="warnowwest_anfrage_word", city="Amt Warnow-West",
    blocks=[
        ("p", "Gemeindevertreter Sven Ohlerich (fraktionslos)\nAm Mühlenteich 3, 18198 Kritzmow"),
        ("right", "Kritzmow, 20.10.2025"),
        ("p", "An den Bürgermeister der Gemeinde Kritzmow\nüber das Amt Warnow-West"),
        ("h", "Anfrage", 13),
        ("p", "für die Sitzung der Gemeindevertretung am 19.11.2025"),
        ("p", "Gegenstand: Ausfälle der Straßenbeleuchtung im Ortsteil Stäbelow"),
        ("p", "Seit dem Sommer fallen in der Dorfstraße und im Wiesenweg in Stäbelow regelmäßig mehrere "
              "Leuchten aus, teilweise über Wochen. Ich frage daher:"),
        ("ol", ["Wie viele Störungsmeldungen zur Straßenbeleuchtung sind seit Januar 2025 für Stäbelow "
                "eingegangen?",
                "Wie lange dauerte die Behebung im Durchschnitt?",
                "Ist die Umrüstung auf LED-Leuchten in Stäbelow im Haushalt 2026 vorgesehen?"]),
        ("p", "Ich bitte um schriftliche Beantwortung.\n\nSven Ohlerich"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-10-20",
               title="Ausfälle der Straßenbeleuchtung im Ortsteil Stäbelow",
               originator="Gemeindevertreter Sven Ohlerich (fraktionslos)",
               consultations=[C("Gemeindevertretung", "2025-11-19", None)],
               themes=["sicherheit_ordnung", "stadtentwicklung"], themes_why="street lighting outages",
               notes="Single council member's Anfrage, no number. 'Gegenstand:' on one line with the title. "
                     "'für die Sitzung der Gemeindevertretung am …' → consultation, role null."))

doc(file="v08_kritzmow_antwort-strassenbeleuchtung.pdf", producer="reportlab", font="Liberation Serif", size=11,
    layout="warnowwest_antwort_reportlab", city="Amt Warnow-West",
    running="Amt Warnow-West · Schulweg 1a · 18198 Kritzmow · Telefon 038207 6650 · Seite {page}",
    blocks=[
        ("kv", [("Amt Warnow-West\nDer Amtsvorsteher\nfür die Gemeinde Kritzmow",
                 "Amt für Ordnung und Soziales\nSachgebiet Straßen und Verkehr\nAuskunft: Frau Lüth\n"
                 "Datum: 07.11.2025")], 0.55),
        ("space",),
        ("p", "Herrn Gemeindevertreter\nSven Ohlerich\nAm Mühlenteich 3\n18198 Kritzmow"),
        ("space",),
        ("pb", "Beantwortung Ihrer Anfrage vom 20.10.2025\nAusfälle der Straßenbeleuchtung im Ortsteil Stäbelow"),
        ("p", "Sehr geehrter Herr Ohlerich,"),
        ("p", "zu Ihren Fragen teilen wir Folgendes mit:"),
        ("p", "Zu 1.: Seit Januar 2025 sind 14 Störungsmeldungen für Stäbelow eingegangen, davon neun für die "
              "Dorfstraße."),
        ("p", "Zu 2.: Die Behebung dauerte im Durchschnitt 19 Tage. Ursache waren vor allem Kabelfehler, für "
              "die der Netzbetreiber Tiefbauarbeiten beauftragen musste."),
        ("p", "Zu 3.: Die Umrüstung der 41 Leuchten in Stäbelow ist im Entwurf des Haushalts 2026 mit "
              "48.000 € enthalten."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nLüth"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Beantwortung", date="2025-11-07",
               title="Ausfälle der Straßenbeleuchtung im Ortsteil Stäbelow",
               department="Sachgebiet Straßen und Verkehr",
               themes=["sicherheit_ordnung", "finanzen"], themes_why="street lighting; budget line",
               notes="Answer as a letter; the answered Anfrage had no number → answers null. The bold subject "
                     "block's first line 'Beantwortung Ihrer Anfrage vom 20.10.2025' is the type line, the "
                     "second line the title. Unit in the letterhead right column (Amt + Sachgebiet: "
                     "Sachgebiet most specific). Phone in the running footer."))

doc(file="v09_kritzmow_einladung-gv.pdf", producer="chromium", font="Liberation Serif", size=11,
    layout="warnowwest_einladung_chromium", city="Amt Warnow-West",
    blocks=[
        ("p", "Gemeinde Kritzmow\nDer Bürgermeister"),
        ("right", "Kritzmow, den 7. November 2025"),
        ("p", "An die Mitglieder der Gemeindevertretung Kritzmow"),
        ("h", "Einladung", 14),
        ("p", "zur 21. Sitzung der Gemeindevertretung Kritzmow"),
        ("kv", [("Termin:", "Mittwoch, 19.11.2025, 19:00 Uhr"), ("Ort:", "Gemeindezentrum Kritzmow, Schulweg 1a")]),
        ("p", "Hiermit lade ich Sie zur Sitzung ein."),
        ("pb", "Tagesordnung:"),
        ("pb", "Öffentlicher Teil"),
        ("ol", ["Eröffnung und Feststellung der Beschlussfähigkeit",
                "Einwohnerfragestunde",
                "Erweiterung der Kindertagesstätte „Warnowstrolche“ um eine Krippengruppe – Baubeschluss\n"
                "Vorlage: VO/GVKri/2025/0061",
                "Satzung über die Erhebung von Gebühren für die Benutzung der Kindertagesstätte\n"
                "Vorlage: VO/GVKri/2025/0064",
                "Beantwortung von Anfragen der Gemeindevertreter",
                "Informationen des Bürgermeisters"]),
        ("pb", "Nichtöffentlicher Teil"),
        ("ol", ["Grundstücksangelegenheiten"]),
        ("p", "Mit freundlichen Grüßen\n\nDirk Wiechmann\nBürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-07",
               title="21. Sitzung der Gemeindevertretung Kritzmow", public=True,
               references=["VO/GVKri/2025/0061", "VO/GVKri/2025/0064"],
               themes=["verwaltung", "bildung"], themes_why="agenda; Kita items",
               notes="Date in words right-aligned. Public and non-public part → true. Vorlage numbers in the "
                     "agenda items → references."))

# ------------------------------------- Samtgemeinde Schwarmstedt (NI; SessionNet, Samtgemeindeausschuss)
doc(file="v10_schwarmstedt_2025-0187_feuerwehrhaus.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="schwarmstedt_sessionnet_roles", city="Samtgemeinde Schwarmstedt",
    css="table.kv td:first-child { width: 11em; }",
    blocks=[
        ("kv", [("Samtgemeinde Schwarmstedt", "Drucksache Nr. 2025/0187")]),
        ("kv", [("Der Samtgemeindebürgermeister", "öffentlich")]),
        ("h", "Beschlussvorlage", 13),
        ("kv", [("Fachbereich", "FB II – Bürgerdienste und Ordnung"), ("Verfasser/in", "Jens Bruns"),
                ("Datum", "27.10.2025")]),
        ("pb", "Neubau des Feuerwehrhauses Gilten\nhier: Vergabe der Planungsleistungen"),
        ("pb", "Beratungsfolge"),
        ("p", "Vorberatung:"),
        ("ul", ["Ausschuss für Feuerwehr und Ordnung, 12.11.2025", "Samtgemeindeausschuss, 20.11.2025"]),
        ("p", "Beschlussfassung:"),
        ("ul", ["Samtgemeinderat, 04.12.2025"]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Samtgemeinderat beschließt, die Objektplanung für den Neubau des Feuerwehrhauses Gilten "
              "(Leistungsphasen 1 bis 4 HOAI) an das wirtschaftlichste Büro zu vergeben."),
        ("pb", "Sachverhalt:"),
        ("p", "Das Feuerwehrhaus Gilten entspricht nicht mehr den Anforderungen der Feuerwehr-Unfallkasse: "
              "Die Stellplätze sind zu schmal, eine Schwarz-Weiß-Trennung fehlt. Der Feuerwehrbedarfsplan "
              "2024 sieht einen Neubau am Ortsrand vor; die Gemeinde Gilten stellt das Grundstück zur "
              "Verfügung. Für die Planung sind 95.000 € im Haushalt 2026 vorgesehen."),
        ("kv", [("Klimawirkung:", "☐ positiv   ☐ negativ   ☒ keine wesentliche Auswirkung")]),
        ("p", "Schwarmstedt, 27.10.2025\n\nBöhling"),
    ],
    truth=dict(drucksache="2025/0187", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-27",
               title="Neubau des Feuerwehrhauses Gilten hier: Vergabe der Planungsleistungen",
               public=True, department="FB II – Bürgerdienste und Ordnung",
               consultations=[C("Ausschuss für Feuerwehr und Ordnung", "2025-11-12", "Vorberatung"),
                              C("Samtgemeindeausschuss", "2025-11-20", "Vorberatung"),
                              C("Samtgemeinderat", "2025-12-04", "Entscheidung")],
               klimacheck="neutral", klima_style="inline_keine_wesentliche",
               themes=["sicherheit_ordnung", "finanzen"], themes_why="fire station; planning budget",
               notes="Beratungsfolge as bullet lists under role labels 'Vorberatung:' / 'Beschlussfassung:'. "
                     "Title bold over two lines with 'hier:' (joined). 'Drucksache Nr.' right of the authority. "
                     "☒ keine wesentliche Auswirkung → neutral. 'HOAI' no reference."))

doc(file="v11_schwarmstedt_antrag-gruppe-schulbus.pdf", producer="libreoffice-html", font="Liberation Sans",
    size=10, layout="schwarmstedt_gruppe_antrag_html", city="Samtgemeinde Schwarmstedt",
    blocks=[
        ("pb", "Gruppe SPD / Bündnis 90/Die Grünen im Samtgemeinderat Schwarmstedt"),
        ("p", "Sprecherin: Heike Wöhler, Moorstraße 9, 29690 Essel"),
        ("right", "Essel, 05.11.2025"),
        ("p", "Herrn Samtgemeindebürgermeister\nBjörn Böhling\nAm Markt 1\n29690 Schwarmstedt"),
        ("p", "Antrag für die Sitzung des Samtgemeinderates am 04.12.2025"),
        ("kv", [("Betr.:", "Zusätzliche Schulbusverbindung für die Oberschule Schwarmstedt am Nachmittag")]),
        ("p", "Sehr geehrter Herr Böhling,"),
        ("p", "die Gruppe beantragt:"),
        ("p", "Die Verwaltung wird beauftragt, beim Landkreis Heidekreis als Träger der Schülerbeförderung "
              "eine zusätzliche Busverbindung nach der 8. Stunde (15:05 Uhr) für die Orte Essel, Buchholz "
              "(Aller) und Hademstorf zu beantragen."),
        ("pb", "Begründung:"),
        ("p", "Seit Einführung des Ganztagsangebots endet der Unterricht an drei Tagen erst nach der 8. Stunde. "
              "Die letzte Busverbindung fährt um 13:40 Uhr. Eltern müssen ihre Kinder abholen oder die "
              "Schülerinnen und Schüler fahren bei Dunkelheit mit dem Rad auf der Landesstraße."),
        ("p", "Für die Gruppe\n\nHeike Wöhler          Thomas Rabe"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-05",
               title="Zusätzliche Schulbusverbindung für die Oberschule Schwarmstedt am Nachmittag",
               originator="Gruppe SPD / Bündnis 90/Die Grünen im Samtgemeinderat Schwarmstedt",
               consultations=[C("Samtgemeinderat", "2025-12-04", None)],
               themes=["mobilitaet", "bildung"], themes_why="school bus",
               notes="Niedersachsen Gruppe (two parties) as originator, bold first line. 'Betr.:' key. "
                     "'Antrag für die Sitzung des Samtgemeinderates am …' → consultation, role null."))

doc(file="v12_schwarmstedt_2025-0179_bericht-kinderbetreuung.pdf", producer="libreoffice-docx",
    font="DejaVu Sans", size=10, layout="schwarmstedt_berichtsvorlage_word", city="Samtgemeinde Schwarmstedt",
    running="Drucksache 2025/0179",
    blocks=[
        ("kv", [("Samtgemeinde Schwarmstedt", "Berichtsvorlage")]),
        ("kv", [("Drucksache:", "2025/0179"), ("Fachbereich:", "FB III – Bildung, Jugend und Soziales"),
                ("Datum:", "16.10.2025")]),
        ("table", ["Gremium", "Sitzung", "Art"],
         [["Ausschuss für Jugend, Familie und Soziales", "05.11.25", "zur Kenntnis"],
          ["Samtgemeindeausschuss", "20.11.25", "zur Kenntnis"]]),
        ("p", "Thema:"),
        ("pb", "Bericht über die Belegung der Kindertagesstätten im Kindergartenjahr 2025/26"),
        ("p", "In den sieben Kindertagesstätten der Samtgemeinde werden im Kindergartenjahr 2025/26 insgesamt "
              "512 Kinder betreut, davon 118 in Krippengruppen. Alle Rechtsansprüche konnten erfüllt werden; "
              "in Lindwedel wurde dafür eine Kleingruppe eingerichtet."),
        ("table", ["Einrichtung", "Kindergarten", "Krippe", "Hort"],
         [["Kita Schwarmstedt", "120", "30", "20"], ["Kita Essel", "50", "15", "–"],
          ["Kita Lindwedel", "62", "15", "–"], ["Kita Buchholz (Aller)", "46", "15", "–"],
          ["Kita Gilten", "25", "–", "–"], ["Waldkindergarten", "20", "–", "–"],
          ["Kita Hademstorf", "61", "43", "–"]]),
        ("p", "Ein Beschluss ist nicht erforderlich."),
    ],
    truth=dict(drucksache="2025/0179", doc_type="Mitteilungsvorlage", doc_type_printed="Berichtsvorlage",
               date="2025-10-16",
               title="Bericht über die Belegung der Kindertagesstätten im Kindergartenjahr 2025/26",
               department="FB III – Bildung, Jugend und Soziales",
               consultations=[C("Ausschuss für Jugend, Familie und Soziales", "2025-11-05", "Kenntnisnahme"),
                              C("Samtgemeindeausschuss", "2025-11-20", "Kenntnisnahme")],
               themes=["bildung", "soziales"], themes_why="Kita places",
               notes="Berichtsvorlage → Mitteilungsvorlage. Session dates with two-digit years (05.11.25). "
                     "'Thema:' alone, title bold below. 'Kindergartenjahr 2025/26' no reference. No "
                     "öffentlich marker → public null."))

doc(file="v13_schwarmstedt_2025-0187-1_tischvorlage.pdf", producer="reportlab", font="Liberation Sans", size=10,
    layout="schwarmstedt_tischvorlage_reportlab", city="Samtgemeinde Schwarmstedt",
    blocks=[
        ("kv", [("Samtgemeinde Schwarmstedt\nFB II – Bürgerdienste und Ordnung",
                 "Tischvorlage\nzu Drucksache Nr. 2025/0187\nDatum: 19.11.2025")], 0.55),
        ("space",),
        ("table", ["Gremium", "Datum", "Zuständigkeit"],
         [["Samtgemeindeausschuss", "20.11.2025", "Vorberatung"]], [0.5, 0.2, 0.3]),
        ("pb", "Neubau des Feuerwehrhauses Gilten – Ergebnis des Teilnahmewettbewerbs"),
        ("p", "In Ergänzung der Drucksache Nr. 2025/0187 wird mitgeteilt, dass im Teilnahmewettbewerb fünf "
              "Büros ihre Eignung nachgewiesen haben. Nach der Bewertung der Angebote liegt das Büro mit der "
              "Kennziffer 3 vorn; die Honorarsumme beträgt 88.400 € brutto und liegt damit unter dem "
              "Haushaltsansatz."),
        ("p", "Der Ausschuss für Feuerwehr und Ordnung hat in seiner Sitzung am 12.11.2025 einstimmig "
              "empfohlen, der Vorlage zuzustimmen."),
        ("pb", "Ergänzter Beschlussvorschlag:"),
        ("p", "Der Auftrag wird an das Büro mit der Kennziffer 3 vergeben."),
        ("p", "Böhling\nSamtgemeindebürgermeister"),
    ],
    truth=dict(drucksache=None, doc_type="Ergänzungsvorlage", doc_type_printed="Tischvorlage",
               date="2025-11-19",
               title="Neubau des Feuerwehrhauses Gilten – Ergebnis des Teilnahmewettbewerbs",
               department="FB II – Bürgerdienste und Ordnung", references=["2025/0187"],
               consultations=[C("Samtgemeindeausschuss", "2025-11-20", "Vorberatung")],
               themes=["sicherheit_ordnung", "finanzen"], themes_why="fire station planning award",
               notes="Tischvorlage without an own number: 'zu Drucksache Nr. 2025/0187' names the paper it "
                     "supplements → drucksache null, 2025/0187 a reference (not answers). The Ausschuss "
                     "session of 12.11.2025 in the body is no consultation."))

doc(file="v14_schwarmstedt_protokoll-sgr.pdf", producer="chromium", font="DejaVu Serif", size=10,
    layout="schwarmstedt_protokoll_chromium", city="Samtgemeinde Schwarmstedt",
    head="Samtgemeinde Schwarmstedt – Protokoll Samtgemeinderat 04.12.2025",
    blocks=[
        ("h", "Protokoll", 14),
        ("p", "über die 12. Sitzung des Samtgemeinderates Schwarmstedt am Donnerstag, 4. Dezember 2025, "
              "im Ratssaal des Rathauses Schwarmstedt"),
        ("kv", [("Beginn:", "19:00 Uhr"), ("Ende:", "21:05 Uhr")]),
        ("pb", "Anwesend:"),
        ("p", "Ratsvorsitzende Gisela Köhler; Samtgemeindebürgermeister Björn Böhling; 24 Ratsmitglieder "
              "(Liste als Anlage); entschuldigt: Thomas Rabe"),
        ("pb", "Öffentlicher Teil"),
        ("pb", "1. Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung"),
        ("p", "Die Ratsvorsitzende eröffnet die Sitzung um 19:00 Uhr. Die Tagesordnung wird ohne Änderung "
              "festgestellt."),
        ("pb", "2. Neubau des Feuerwehrhauses Gilten – Vergabe der Planungsleistungen (Drucksache 2025/0187)"),
        ("p", "Beschluss: Der Auftrag wird an das Büro mit der Kennziffer 3 vergeben.\n"
              "Ja: 23   Nein: 0   Enthaltung: 2"),
        ("pb", "3. Antrag der Gruppe SPD / Bündnis 90/Die Grünen: Zusätzliche Schulbusverbindung (Drucksache 2025/0195)"),
        ("p", "Frau Wöhler begründet den Antrag. Der Rat überweist den Antrag in den Ausschuss für Jugend, "
              "Familie und Soziales, der am 21.01.2026 tagt."),
        ("pb", "4. Haushaltssatzung 2026 (Drucksache 2025/0171)"),
        ("p", "Der Kämmerer erläutert die Änderungen. Die Samtgemeindeumlage bleibt bei 42 Punkten.\n"
              "Beschluss: Die Haushaltssatzung 2026 wird beschlossen. Ja: 20   Nein: 4   Enthaltung: 1"),
        ("pagebreak",),
        ("pb", "5. Anfragen und Mitteilungen"),
        ("p", "Herr Ahlers fragt nach der Sperrung der Allerbrücke. Der Samtgemeindebürgermeister teilt mit, "
              "dass die Brücke ab dem 12.01.2026 für drei Wochen gesperrt wird."),
        ("p", "Der öffentliche Teil endet um 20:40 Uhr."),
        ("p", "gez. Köhler, Ratsvorsitzende          gez. Böhling, Samtgemeindebürgermeister          gez. Meyer, Protokollführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2025-12-04",
               title="12. Sitzung des Samtgemeinderates Schwarmstedt", public=True,
               references=["2025/0187", "2025/0195", "2025/0171"],
               themes=["verwaltung", "finanzen", "sicherheit_ordnung"],
               themes_why="council minutes; budget; fire station",
               notes="Protokoll without a signing date → the session day (in words). Running header with the "
                     "digits. Drucksache numbers after TOPs → references. Next committee session (21.01.2026) "
                     "is no consultation."))

# ---------------------------------------- Verbandsgemeinde Saale-Wipper (ST; Verbandsgemeinderat, Mitgliedsgemeinden)
doc(file="v15_saalewipper_vgr-034-2025_fnp.pdf", producer="libreoffice-odt", font="Liberation Sans", size=10,
    layout="saalewipper_vorlage_odt", city="Verbandsgemeinde Saale-Wipper",
    blocks=[
        ("kv", [("Verbandsgemeinde Saale-Wipper\nDer Verbandsgemeindebürgermeister",
                 "Beschlussvorlage Nr.: VGR 034/2025\nAz.: 61 26 10\nGüsten, 03.11.2025")]),
        ("kv", [("Einreicher:", "Verbandsgemeindebürgermeister"),
                ("Bearbeitung:", "Amt für Bauverwaltung und Planung, Frau Stöckel")]),
        ("table", None,
         [["Haupt- und Finanzausschuss", "06.11.2025", "nicht öffentlich", "Vorberatung"],
          ["Bau- und Vergabeausschuss", "10.11.2025", "öffentlich", "Vorberatung"],
          ["Verbandsgemeinderat", "20.11.2025", "öffentlich", "Beschlussfassung"]]),
        ("h", "Gemeinsamer Flächennutzungsplan der Verbandsgemeinde Saale-Wipper – 2. Änderung im Bereich "
              "Ilberstedt (Solarpark Am Hang) – Aufstellungsbeschluss", 11),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Verbandsgemeinderat beschließt die Aufstellung der 2. Änderung des gemeinsamen "
              "Flächennutzungsplans für eine Fläche von etwa 38 ha nördlich der Ortslage Ilberstedt. Ziel ist "
              "die Darstellung einer Sonderbaufläche Photovoltaik."),
        ("pb", "Begründung:"),
        ("p", "Die Gemeinde Ilberstedt hat am 22.09.2025 die Aufstellung eines vorhabenbezogenen "
              "Bebauungsplans beschlossen. Der Flächennutzungsplan ist im Parallelverfahren nach § 8 Abs. 3 "
              "BauGB zu ändern. Die Kosten trägt der Vorhabenträger nach dem städtebaulichen Vertrag."),
        ("p", "Anlage: Übersichtsplan"),
    ],
    truth=dict(drucksache="VGR 034/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-03",
               title="Gemeinsamer Flächennutzungsplan der Verbandsgemeinde Saale-Wipper – 2. Änderung im Bereich "
                     "Ilberstedt (Solarpark Am Hang) – Aufstellungsbeschluss",
               public=None, department="Amt für Bauverwaltung und Planung",
               consultations=[C("Haupt- und Finanzausschuss", "2025-11-06", "Vorberatung"),
                              C("Bau- und Vergabeausschuss", "2025-11-10", "Vorberatung"),
                              C("Verbandsgemeinderat", "2025-11-20", "Entscheidung")],
               themes=["stadtentwicklung", "klima_umwelt"], themes_why="land-use plan for a solar park",
               notes="Beratungsfolge table without a header row (committee, date, status, role). Mixed "
                     "öffentlich / nicht öffentlich → public null. 'Einreicher: Verbandsgemeindebürgermeister' "
                     "→ originator null. 'Az.: 61 26 10' and '§ 8 Abs. 3 BauGB' no references. Date after the "
                     "place in the number cell. Unit after 'Bearbeitung:' with a person (person dropped)."))

doc(file="v16_saalewipper_mv-011-2025_breitband.pdf", producer="chromium", font="Liberation Serif", size=11,
    layout="saalewipper_mitteilung_chromium", city="Verbandsgemeinde Saale-Wipper",
    blocks=[
        ("p", "Verbandsgemeinde Saale-Wipper · Markt 2 · 39439 Güsten"),
        ("h", "Mitteilung der Verwaltung", 13),
        ("kv", [("Nummer:", "MV 011/2025"), ("Referat:", "Referat Zentrale Dienste und IT"),
                ("Datum:", "29. Oktober 2025")]),
        ("p", "Zur Kenntnisnahme an:\nVerbandsgemeinderat am 20.11.2025"),
        ("pb", "Gegenstand: Stand des geförderten Glasfaserausbaus in den Mitgliedsgemeinden"),
        ("p", "Im Förderprojekt „Graue Flecken“ des Landkreises wurden bis Ende September 1.430 von 2.210 "
              "Hausanschlüssen hergestellt. In Giersleben und Plötzkau ist der Tiefbau abgeschlossen; in "
              "Alsleben (Saale) verzögern sich die Arbeiten wegen der Querung der Saalebrücke bis ins Frühjahr "
              "2026."),
        ("p", "Die Schulen der Verbandsgemeinde sind seit August 2025 mit 1 Gbit/s angebunden. Die "
              "Verwaltungsstandorte in Güsten und Alsleben folgen im ersten Quartal 2026."),
        ("p", "gez. Lindner\nVerbandsgemeindebürgermeister"),
    ],
    truth=dict(drucksache="MV 011/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilung der Verwaltung",
               date="2025-10-29",
               title="Stand des geförderten Glasfaserausbaus in den Mitgliedsgemeinden",
               department="Referat Zentrale Dienste und IT",
               consultations=[C("Verbandsgemeinderat", "2025-11-20", "Kenntnisnahme")],
               themes=["digitale_infrastruktur", "bildung"], themes_why="fibre roll-out; school connections",
               notes="'Nummer:' as the number label. 'Zur Kenntnisnahme an:' with the committee and date on "
                     "the next line. 'Gegenstand:' on one line with the title. Date in words."))

doc(file="v17_saalewipper_stellungnahme-giersleben.pdf", producer="reportlab", font="DejaVu Serif", size=10,
    layout="saalewipper_stellungnahme_reportlab", city="Verbandsgemeinde Saale-Wipper",
    blocks=[
        ("p", "Gemeinde Giersleben\nDer Gemeinderat\nüber Verbandsgemeinde Saale-Wipper, Markt 2, 39439 Güsten"),
        ("right", "Giersleben, 12.11.2025"),
        ("p", "An den Verbandsgemeinderat Saale-Wipper"),
        ("h", "Stellungnahme", 13),
        ("p", "der Gemeinde Giersleben zur Beschlussvorlage VGR 034/2025"),
        ("pb", "2. Änderung des gemeinsamen Flächennutzungsplans – Solarpark Am Hang"),
        ("p", "Der Gemeinderat Giersleben hat in seiner Sitzung am 11.11.2025 folgende Stellungnahme "
              "beschlossen:"),
        ("p", "Die Gemeinde Giersleben trägt die Änderung des Flächennutzungsplans grundsätzlich mit. Sie "
              "bittet, die Zufahrt während der Bauzeit nicht über die Ortsdurchfahrt Giersleben zu führen und "
              "einen Pflanzstreifen von mindestens 10 m zur Gemarkungsgrenze festzusetzen. Die Gemeinde regt "
              "an, eine Beteiligung der Einwohner an den Erträgen des Solarparks vertraglich zu sichern."),
        ("p", "Abstimmung: 8 Ja, 1 Nein, 0 Enthaltungen"),
        ("p", "Karin Pohle\nBürgermeisterin"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-12",
               title="2. Änderung des gemeinsamen Flächennutzungsplans – Solarpark Am Hang",
               originator="Gemeinderat Giersleben", answers="VGR 034/2025",
               themes=["stadtentwicklung", "klima_umwelt"], themes_why="member municipality on a solar-park plan",
               notes="Opinion of a member Gemeinde's council on the VG paper → Stellungnahme, originator the "
                     "Gemeinderat (letterhead 'Gemeinde Giersleben / Der Gemeinderat'), answers the Vorlage. Its "
                     "own session of 11.11.2025 is no consultation; addressee without a date neither."))

doc(file="v18_saalewipper_schreiben-lsbb-kreisstrasse.pdf", producer="ghostscript", base="chromium",
    font="Liberation Sans", size=10, layout="saalewipper_schreiben_gs", city="Verbandsgemeinde Saale-Wipper",
    css="table.kv td { font-size: 9pt; }",
    blocks=[
        ("kv", [("Verbandsgemeinde Saale-Wipper · Markt 2 · 39439 Güsten",
                 "Verbandsgemeinde Saale-Wipper\nAmt für Ordnung und Verkehr\n\nIhr Zeichen: 32.1-31414/25\n"
                 "Unser Zeichen: 32-Rö/0917\nTelefon: 039262 770-214\nGüsten, 17.11.2025")]),
        ("p", "Landesstraßenbaubehörde\nRegionalbereich West\nPostfach 10 01 53\n38825 Halberstadt"),
        ("space",),
        ("pb", "Verkehrsrechtliche Anordnung für die Ortsdurchfahrt Plötzkau (L 146)\n"
               "Ihr Schreiben vom 04.11.2025"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "für die Sanierung der Ortsdurchfahrt Plötzkau beantragen wir die Vollsperrung vom 09.03.2026 bis "
              "24.04.2026. Die Umleitung soll über Gröna und Bernburg geführt werden; der Schülerverkehr wird "
              "über eine Ersatzhaltestelle am Sportplatz bedient. Den Verkehrszeichenplan fügen wir bei."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nRöder"),
    ],
    truth=dict(doc_type="Schreiben", date="2025-11-17",
               title="Verkehrsrechtliche Anordnung für die Ortsdurchfahrt Plötzkau (L 146)",
               department="Amt für Ordnung und Verkehr",
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="road closure order",
               notes="Administration letter (Chromium, re-distilled by Ghostscript) → Schreiben, no type word. "
                     "'Ihr Schreiben vom …' second subject line is not part of the title. Ihr/Unser Zeichen, "
                     "Postfach, phone are no numbers of the paper."))

# -------------------------------------------------- Gemeinde Heusweiler (SL; Gemeinderat with Ortsräten)
doc(file="v19_heusweiler_bv-2025-234_dorfplatz-eiweiler.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="heusweiler_vorlage_word", city="Gemeinde Heusweiler",
    head="Gemeinde Heusweiler                                   BV 2025/234",
    running="Sitzungsvorlage BV 2025/234 · Stand 28.10.2025",
    blocks=[
        ("h", "Sitzungsvorlage", 14),
        ("kv", [("Vorlagenart:", "Beschlussvorlage"), ("Vorlagen-Nr.:", "BV 2025/234"),
                ("Amt:", "Amt für Gemeindeentwicklung, Bauen und Umwelt"), ("Datum:", "28.10.2025")]),
        ("table", ["Gremium", "Sitzungstermin", "Status", "Zuständigkeit"],
         [["Ortsrat Eiweiler", "10.11.25", "öffentlich", "Anhörung"],
          ["Ausschuss für Bauen, Umwelt\nund Gemeindeentwicklung", "18.11.25", "öffentlich", "Vorberatung"],
          ["Gemeinderat", "27.11.25", "öffentlich", "Entscheidung"]]),
        ("p", "Betreff:"),
        ("pb", "Umgestaltung des Dorfplatzes Eiweiler im Rahmen des Förderprogramms „Ländliche Entwicklung“"),
        ("pb", "Sachverhalt:"),
        ("p", "Der Dorfplatz an der Eiweilerstraße ist vollständig versiegelt und wird überwiegend als "
              "Parkplatz genutzt. Im Dorfentwicklungskonzept 2023 wurde seine Umgestaltung zu einem "
              "Treffpunkt mit Bäumen, Sitzmöglichkeiten und einem Wasserspiel als vorrangige Maßnahme "
              "benannt. Das Land fördert die Maßnahme mit 65 % der zuwendungsfähigen Kosten."),
        ("p", "Die Kostenschätzung des Planungsbüros beläuft sich auf 412.000 €. Der Eigenanteil der Gemeinde "
              "von 144.200 € ist im Haushalt 2026 bei der Investitionsnummer I-541-07 veranschlagt."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Gemeinderat beschließt die Umgestaltung des Dorfplatzes Eiweiler nach der vorgelegten "
              "Entwurfsplanung und beauftragt die Verwaltung, den Förderantrag zu stellen."),
        ("pb", "Klimarelevanz:"),
        ("p", "☐ positive Auswirkungen   ☐ negative Auswirkungen   ☒ keine Auswirkungen"),
        ("p", "Der Bürgermeister\n\ngez. Redelberger"),
    ],
    truth=dict(drucksache="BV 2025/234", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-28",
               title="Umgestaltung des Dorfplatzes Eiweiler im Rahmen des Förderprogramms „Ländliche Entwicklung“",
               public=True, department="Amt für Gemeindeentwicklung, Bauen und Umwelt",
               consultations=[C("Ortsrat Eiweiler", "2025-11-10", "Anhörung"),
                              C("Ausschuss für Bauen, Umwelt und Gemeindeentwicklung", "2025-11-18", "Vorberatung"),
                              C("Gemeinderat", "2025-11-27", "Entscheidung")],
               klimacheck="neutral", klima_style="line_keine_auswirkungen",
               themes=["stadtentwicklung", "klima_umwelt"], themes_why="village square redesign, unsealing",
               notes="Heading 'Sitzungsvorlage' with 'Vorlagenart: Beschlussvorlage' → printed Beschlussvorlage. "
                     "Session dates with two-digit years; a committee name over two lines in its cell. "
                     "☒ keine Auswirkungen → neutral. 'I-541-07' is an investment number, no reference."))

doc(file="v20_heusweiler_stellungnahme-ortsrat-eiweiler.pdf", producer="chromium", font="DejaVu Sans", size=10,
    layout="heusweiler_ortsrat_stellungnahme_chromium", city="Gemeinde Heusweiler",
    blocks=[
        ("kv", [("Ortsrat Eiweiler\nDer Ortsvorsteher", "Heusweiler, 11.11.2025")]),
        ("p", "An den\nBürgermeister der Gemeinde Heusweiler\nim Hause"),
        ("h", "Stellungnahme des Ortsrates Eiweiler gemäß § 73 KSVG", 12),
        ("kv", [("zur Vorlage:", "BV 2025/234"),
                ("Betreff:", "Umgestaltung des Dorfplatzes Eiweiler")]),
        ("p", "Der Ortsrat Eiweiler hat die Vorlage in seiner öffentlichen Sitzung am 10.11.2025 beraten und "
              "empfiehlt dem Gemeinderat einstimmig, der Umgestaltung zuzustimmen, mit folgenden Maßgaben:"),
        ("ul", ["Auf dem Platz bleiben mindestens acht Kurzzeitparkplätze für die Bäckerei und die Arztpraxis erhalten.",
                "Der Weihnachtsbaum- und Kirmesstandort wird mit einem Stromanschluss vorgesehen.",
                "Die Bepflanzung erfolgt mit klimaangepassten, heimischen Baumarten."]),
        ("p", "Mit freundlichen Grüßen\n\nMarkus Jochum\nOrtsvorsteher"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-11",
               title="Umgestaltung des Dorfplatzes Eiweiler", originator="Ortsrat Eiweiler",
               answers="BV 2025/234",
               themes=["stadtentwicklung"], themes_why="Ortsrat on the village square",
               notes="Saarland Ortsrat hearing (§ 73 KSVG) → Stellungnahme, originator the Ortsrat, answers the "
                     "Vorlage ('zur Vorlage:' key). Title after 'Betreff:' (the heading is the type line). The "
                     "Ortsrat's own session of 10.11.2025 is no consultation. Date after the place, top right."))

doc(file="v21_heusweiler_anfrage-spd-schwimmbad.pdf", producer="reportlab", font="Liberation Sans", size=10,
    layout="heusweiler_fraktion_anfrage_reportlab", city="Gemeinde Heusweiler",
    running="SPD-Fraktion im Gemeinderat Heusweiler · Saarbrücker Straße 12 · 66265 Heusweiler",
    blocks=[
        ("h", "SPD-Fraktion im Gemeinderat Heusweiler", 13),
        ("right", "Heusweiler, den 3. November 2025"),
        ("p", "Herrn Bürgermeister\nThomas Redelberger\nRathaus\n66265 Heusweiler"),
        ("pb", "Große Anfrage"),
        ("p", "gemäß § 10 der Geschäftsordnung des Gemeinderates – zur Beantwortung in der Sitzung des "
              "Gemeinderates am 27.11.2025"),
        ("p", "Betreff: Zukunft des Hallenbades Heusweiler nach dem Ende der Betriebserlaubnis 2027"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "das Hallenbad wird von drei Grundschulen, der Gemeinschaftsschule und vier Vereinen genutzt. "
              "Nach Presseberichten läuft die Betriebserlaubnis für die Badewassertechnik 2027 aus. Wir fragen:"),
        ("ol", ["Welcher Sanierungsbedarf wurde im Gutachten von 2024 festgestellt und mit welchen Kosten?",
                "Welche Förderprogramme von Bund und Land kommen in Betracht?",
                "Gibt es Gespräche mit Nachbargemeinden über einen gemeinsamen Betrieb?"]),
        ("p", "Mit freundlichen Grüßen\n\nAnja Kiefer\nFraktionsvorsitzende"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Große Anfrage", date="2025-11-03",
               title="Zukunft des Hallenbades Heusweiler nach dem Ende der Betriebserlaubnis 2027",
               originator="SPD-Fraktion im Gemeinderat Heusweiler",
               consultations=[C("Gemeinderat", "2025-11-27", None)],
               themes=["kultur_sport", "finanzen", "bildung"], themes_why="swimming pool, school swimming",
               notes="Große Anfrage → Anfrage. Fraktion name as the bold heading and in the running footer. "
                     "'zur Beantwortung in der Sitzung des Gemeinderates am …' → consultation, role null. "
                     "'§ 10' no reference."))

doc(file="v22_heusweiler_antwort-hallenbad.pdf", producer="libreoffice-html", font="Liberation Serif", size=11,
    layout="heusweiler_antwort_html", city="Gemeinde Heusweiler",
    blocks=[
        ("kv", [("Gemeinde Heusweiler\nDer Bürgermeister", "Fachdienst Schulen, Sport und Bäder\n"
                                                           "Sachbearbeiter: Herr Schmitt\n24.11.2025")]),
        ("h", "Antwort der Verwaltung", 13),
        ("p", "auf die Große Anfrage der SPD-Fraktion vom 03.11.2025"),
        ("p", "Gemeinderat, Sitzung am 27.11.2025 – zur Kenntnisnahme"),
        ("p", "Betreff: Zukunft des Hallenbades Heusweiler nach dem Ende der Betriebserlaubnis 2027"),
        ("p", "Zu Frage 1: Das Gutachten vom April 2024 beziffert den Sanierungsbedarf auf 6,8 Mio. €, davon "
              "2,9 Mio. € für Badewassertechnik und Lüftung. Ohne Sanierung muss der Betrieb zum Ende der "
              "Saison 2026/27 eingestellt werden."),
        ("p", "Zu Frage 2: In Betracht kommen das Bundesprogramm „Sanierung kommunaler Einrichtungen in den "
              "Bereichen Sport, Jugend und Kultur“ sowie die Sportstättenförderung des Landes mit bis zu "
              "45 %."),
        ("p", "Zu Frage 3: Mit den Gemeinden Riegelsberg und Quierschied wurden erste Gespräche geführt; "
              "ein Ergebnis liegt noch nicht vor."),
        ("p", "Redelberger\nBürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Antwort der Verwaltung", date="2025-11-24",
               title="Zukunft des Hallenbades Heusweiler nach dem Ende der Betriebserlaubnis 2027",
               department="Fachdienst Schulen, Sport und Bäder",
               consultations=[C("Gemeinderat", "2025-11-27", "Kenntnisnahme")],
               themes=["kultur_sport", "finanzen"], themes_why="pool renovation cost and funding",
               notes="Answer without a number; the Anfrage had none → answers null. Free session line "
                     "'Gemeinderat, Sitzung am … – zur Kenntnisnahme'. Date alone in the right header cell."))

doc(file="v23_heusweiler_mv-2025-241_winterdienst.pdf", producer="ghostscript", base="libreoffice-docx",
    font="Liberation Sans", size=10, layout="heusweiler_mitteilung_gs", city="Gemeinde Heusweiler",
    blocks=[
        ("p", "Gemeinde Heusweiler"),
        ("kv", [("Mitteilungsvorlage", "MV 2025/241"), ("Sachgebiet:", "Sachgebiet 3.3 Bauhof"),
                ("Erstellt am:", "04.11.2025")]),
        ("p", "Gemeinderat – 27.11.2025 – Kenntnisnahme – öffentlich"),
        ("pb", "Winterdienst 2025/26: Räum- und Streuplan und Einsatz von Feuchtsalz"),
        ("p", "Der Bauhof betreut im Winterdienst 142 km Gemeindestraßen. Für die Saison 2025/26 wurde der "
              "Räum- und Streuplan überarbeitet: Buslinien, Steigungsstrecken und die Zufahrten zu Schulen "
              "und Kindertagesstätten werden vorrangig geräumt (Dringlichkeitsstufe 1)."),
        ("p", "Seit dieser Saison setzt der Bauhof Feuchtsalz ein. Der Salzverbrauch sinkt nach den Erfahrungen "
              "anderer Kommunen um bis zu 30 %. Das Salzlager in Kutzhof ist mit 480 t gefüllt."),
        ("p", "gez. Redelberger"),
    ],
    truth=dict(drucksache="MV 2025/241", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2025-11-04",
               title="Winterdienst 2025/26: Räum- und Streuplan und Einsatz von Feuchtsalz",
               public=True, department="Sachgebiet 3.3 Bauhof",
               consultations=[C("Gemeinderat", "2025-11-27", "Kenntnisnahme")],
               themes=["sicherheit_ordnung", "mobilitaet"], themes_why="winter road service",
               notes="LibreOffice from .docx, re-distilled by Ghostscript. Type word and number side by side "
                     "in a key/value row. Free session line 'Gemeinderat – date – Kenntnisnahme – öffentlich'. "
                     "'Erstellt am:' date label. Bold unlabelled title with a colon inside."))

# ------------------------------------------- Landschaftsverband Rheinland (NW; Landschaftsversammlung)
doc(file="v24_lvr_16-0123_inklusive-arbeitsplaetze.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="lvr_vorlage_chromium", city="Landschaftsverband Rheinland",
    css="table.kv td:first-child { width: 13em; }",
    running="Vorlage Nr. 16/0123",
    blocks=[
        ("p", "Die Direktorin des Landschaftsverbandes Rheinland"),
        ("h", "Vorlage Nr. 16/0123", 14),
        ("kv", [("öffentlich", "")]),
        ("kv", [("Datum:", "03.11.2025"), ("Dienststelle:", "Fachbereich 53"),
                ("Bearbeitung:", "Frau Dr. Heimbach")]),
        ("kv", [("Ausschuss für Inklusion", "17.11.2025   empfehlender Beschluss"),
                ("Sozialausschuss", "25.11.2025   empfehlender Beschluss"),
                ("Landschaftsausschuss", "05.12.2025   Beschluss")]),
        ("kv", [("Tagesordnungspunkt:", "")]),
        ("pb", "Förderprogramm „Inklusive Arbeitsplätze im Rheinland 2026–2028“"),
        ("kv", [("Beschlussvorschlag:", "")]),
        ("p", "Der Landschaftsausschuss beschließt das Förderprogramm „Inklusive Arbeitsplätze im Rheinland "
              "2026–2028“ gemäß Vorlage Nr. 16/0123 mit einem Volumen von 14,5 Mio. € aus Mitteln der "
              "Ausgleichsabgabe."),
        ("table", None, [["Ergebnis:", ""]]),
        ("pagebreak",),
        ("pb", "Begründung der Vorlage Nr. 16/0123:"),
        ("p", "Das Förderprogramm schließt an das Programm 2022–2025 an, mit dem 1.240 neue Arbeitsplätze für "
              "schwerbehinderte Menschen in kleinen und mittleren Unternehmen gefördert wurden. Gefördert "
              "werden künftig auch Arbeitsplätze in Inklusionsbetrieben und Zuverdienstprojekten."),
        ("p", "Die Mittel stammen aus der Ausgleichsabgabe nach § 160 SGB IX; der Haushalt des "
              "Landschaftsverbandes wird nicht belastet. Über die Umsetzung wird der Ausschuss für Inklusion "
              "jährlich unterrichtet (zuletzt Vorlage Nr. 16/0048)."),
        ("p", "In Vertretung\n\nD r . H e i m b a c h"),
    ],
    truth=dict(drucksache="16/0123", doc_type="Beschlussvorlage", doc_type_printed="Vorlage", date="2025-11-03",
               title="Förderprogramm „Inklusive Arbeitsplätze im Rheinland 2026–2028“", public=True,
               department="Fachbereich 53", references=["16/0048"],
               consultations=[C("Ausschuss für Inklusion", "2025-11-17", "Vorberatung"),
                              C("Sozialausschuss", "2025-11-25", "Vorberatung"),
                              C("Landschaftsausschuss", "2025-12-05", "Entscheidung")],
               themes=["soziales", "wirtschaft"], themes_why="jobs for severely disabled people",
               notes="Landschaftsverband Vorlage: only 'Vorlage Nr.' as type; a Beschlussvorschlag → "
                     "Beschlussvorlage. Committees as label-less lines with date and role ('empfehlender "
                     "Beschluss' → Vorberatung, 'Beschluss' → Entscheidung). Title after 'Tagesordnungspunkt:' "
                     "on the next line. The own number repeated in the body; 'Vorlage Nr. 16/0048' a reference; "
                     "'§ 160 SGB IX' none. Letter-spaced signature."))

doc(file="v25_lvr_antrag-16-31_museumseintritt.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10, layout="lvr_antrag_word", city="Landschaftsverband Rheinland",
    blocks=[
        ("h", "Antrag Nr. 16/31", 13),
        ("kv", [("öffentlich", ""), ("Datum:", "10.11.2025"), ("Antragsteller:", "Fraktionen CDU und SPD")]),
        ("kv", [("Kulturausschuss", "19.11.2025   Beratung"), ("Landschaftsausschuss", "05.12.2025   Beschluss")]),
        ("kv", [("Tagesordnungspunkt:", "Freier Eintritt in die LVR-Museen für Kinder und Jugendliche "
                                        "bis 18 Jahre")]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Verwaltung wird beauftragt, ab dem 1. April 2026 den Eintritt in die LVR-Museen für Kinder "
              "und Jugendliche bis zur Vollendung des 18. Lebensjahres unentgeltlich zu gewähren und die "
              "Mindereinnahmen im Haushalt 2026 darzustellen."),
        ("pb", "Begründung:"),
        ("p", "Schulklassen haben bereits freien Eintritt. Familien mit älteren Kindern und Jugendliche, die "
              "die Museen in ihrer Freizeit besuchen, zahlen dagegen den vollen Preis. Die Mindereinnahmen "
              "werden auf rund 210.000 € jährlich geschätzt."),
        ("p", "Dr. Ralf Engels                    Petra Köster-Heinen\nCDU-Fraktion                      SPD-Fraktion"),
    ],
    truth=dict(drucksache="16/31", doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-10",
               title="Freier Eintritt in die LVR-Museen für Kinder und Jugendliche bis 18 Jahre",
               public=True, originator="Fraktionen CDU und SPD",
               consultations=[C("Kulturausschuss", "2025-11-19", "Vorberatung"),
                              C("Landschaftsausschuss", "2025-12-05", "Entscheidung")],
               themes=["kultur_sport", "soziales", "finanzen"], themes_why="free museum entry for youth",
               notes="Landschaftsverband Antrag of two Fraktionen with its own number. 'Antragsteller:' key → "
                     "originator as printed. 'Beratung' before the decision body → Vorberatung. Title as the "
                     "'Tagesordnungspunkt:' value."))

doc(file="v26_lvr_anfrage-16-9_wartezeiten.pdf", producer="reportlab", font="DejaVu Sans", size=10,
    layout="lvr_anfrage_reportlab", city="Landschaftsverband Rheinland",
    blocks=[
        ("kv", [("Anfrage Nr. 16/9", "öffentlich")], 0.6),
        ("kv", [("Datum:", "22.10.2025"), ("Anfragesteller:", "Fraktion Die Linke.")], 0.3),
        ("kv", [("Sozialausschuss", "25.11.2025")], 0.6),
        ("kv", [("Tagesordnungspunkt:", "")], 0.3),
        ("pb", "Bearbeitungszeiten bei Anträgen auf Leistungen der Eingliederungshilfe"),
        ("p", "Die Fraktion bittet die Verwaltung um Beantwortung folgender Fragen:"),
        ("ol", ["Wie lange dauerte 2024 und im ersten Halbjahr 2025 die Bearbeitung eines Erstantrags auf "
                "Leistungen der Eingliederungshilfe im Durchschnitt?",
                "Wie viele Anträge waren am 30.09.2025 länger als drei Monate unbearbeitet?",
                "Welche Maßnahmen plant die Verwaltung, um die Bearbeitungszeiten zu verkürzen?"]),
        ("pb", "Begründung:"),
        ("p", "Betroffene und Träger berichten von Wartezeiten von mehr als einem halben Jahr, vor allem beim "
              "Übergang von der Schule in eine Werkstatt oder Tagesstruktur."),
        ("p", "Jürgen Kaltenbach\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache="16/9", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-10-22",
               title="Bearbeitungszeiten bei Anträgen auf Leistungen der Eingliederungshilfe",
               public=True, originator="Fraktion Die Linke.",
               consultations=[C("Sozialausschuss", "2025-11-25", None)],
               themes=["soziales", "verwaltung"], themes_why="processing times of disability support",
               notes="'Anfragesteller:' key. Committee and date on one label-less line without a role → role "
                     "null. Title bold below an empty 'Tagesordnungspunkt:' key."))

doc(file="v27_lvr_16-0152_antwort-wartezeiten.pdf", producer="libreoffice-html", font="DejaVu Sans", size=10,
    layout="lvr_antwort_html", city="Landschaftsverband Rheinland",
    blocks=[
        ("p", "Die Direktorin des Landschaftsverbandes Rheinland"),
        ("h", "Vorlage Nr. 16/0152", 13),
        ("kv", [("öffentlich", ""), ("Datum:", "13.11.2025"), ("Dienststelle:", "Fachbereich 71"),
                ("Bearbeitung:", "Herr Lorenzen")]),
        ("kv", [("Sozialausschuss", "25.11.2025   Kenntnis")]),
        ("p", "Tagesordnungspunkt:"),
        ("pb", "Beantwortung der Anfrage Nr. 16/9 der Fraktion Die Linke."),
        ("p", "Kenntnisnahme:"),
        ("p", "Die Beantwortung der Anfrage Nr. 16/9 wird gemäß Vorlage Nr. 16/0152 zur Kenntnis genommen."),
        ("pb", "Begründung der Vorlage Nr. 16/0152:"),
        ("p", "Zu Frage 1: Die durchschnittliche Bearbeitungsdauer eines Erstantrags betrug 2024 14,2 Wochen "
              "und im ersten Halbjahr 2025 12,8 Wochen."),
        ("p", "Zu Frage 2: Am 30.09.2025 waren 1.318 Erstanträge länger als drei Monate in Bearbeitung, in der "
              "Regel wegen fehlender Unterlagen oder ausstehender Gutachten."),
        ("p", "Zu Frage 3: Die Verwaltung führt 2026 die elektronische Antragstellung ein und besetzt zwölf "
              "zusätzliche Stellen im Fallmanagement (Stellenplan 2026)."),
        ("p", "In Vertretung\n\nL o r e n z e n"),
    ],
    truth=dict(drucksache="16/0152", doc_type="Antwort", doc_type_printed="Vorlage", date="2025-11-13",
               title="Beantwortung der Anfrage Nr. 16/9 der Fraktion Die Linke.", public=True,
               department="Fachbereich 71", answers="16/9",
               consultations=[C("Sozialausschuss", "2025-11-25", "Kenntnisnahme")],
               themes=["soziales", "digitalisierung", "verwaltung"],
               themes_why="processing times; e-application",
               notes="The answer printed as a Landschaftsverband Vorlage with its own number; the only type word "
                     "is 'Vorlage', the Tagesordnungspunkt 'Beantwortung der Anfrage Nr. 16/9 …' makes it an "
                     "Antwort; title = that whole line. answers 16/9 (not a reference). 'Kenntnis' → "
                     "Kenntnisnahme."))

doc(file="v28_lvr_anlage-gesetzentwurf-lvero.pdf", producer="chromium-raw", font="Liberation Serif", size=11,
    layout="lvr_anlage_landtag_gesetzentwurf", city="Landschaftsverband Rheinland",
    css=".stamp { font-family: 'Liberation Sans'; font-size: 8pt; border: 0.6pt solid #000; padding: 2pt 4pt;"
        " float: right; } .lt { font-family: 'Liberation Sans'; font-weight: bold; font-size: 12pt; }"
        " .hdr { display: flex; justify-content: space-between; border-bottom: 1pt solid #000;"
        " padding-bottom: 4pt; margin: 10pt 0 18pt 0; } .c { text-align: center; }"
        " h1 { font-size: 16pt; text-align: center; margin: 18pt 0 4pt 0; } h2 { font-size: 12pt; }",
    html=("<div class='stamp'>LVR · Anlage 1 zur Vorlage Nr. 16/0160</div><div style='clear:both'></div>"
          "<div class='hdr'><div class='lt'>LANDTAG<br>NORDRHEIN-WESTFALEN<br>"
          "<span style='font-weight:normal;font-size:10pt'>18. Wahlperiode</span></div>"
          "<div style='text-align:right'><b>Drucksache 18/15872</b><br><br>21.10.2025</div></div>"
          "<h1>Gesetzentwurf</h1><p class='c'>der Landesregierung</p>"
          "<p class='c' style='margin: 0 3.2cm'><b>Gesetz zur Änderung der Landschaftsverbandsordnung und "
          "weiterer kommunalverfassungsrechtlicher Vorschriften</b></p>"
          "<h2>A Problem</h2><p>Die Landschaftsverbandsordnung regelt die Zusammensetzung der "
          "Landschaftsversammlungen nach dem Verhältnis der Stimmen bei den Kommunalwahlen. Die Regelungen zur "
          "digitalen Teilnahme an Sitzungen sind bislang befristet und laufen zum 31.12.2025 aus.</p>"
          "<h2>B Lösung</h2><p>Die Möglichkeit hybrider Sitzungen der Landschaftsversammlungen und ihrer "
          "Ausschüsse wird unbefristet eröffnet. Die Fraktionsmindeststärke wird an die Regelungen der "
          "Gemeindeordnung angeglichen.</p>"
          "<h2>C Alternativen</h2><p>Keine.</p>"
          "<h2>D Kosten</h2><p>Den Landschaftsverbänden entstehen Kosten für die technische Ausstattung der "
          "Sitzungsräume von einmalig rund 180.000 €; sie werden aus den laufenden Haushalten getragen.</p>"
          "<h2>E Zuständigkeit</h2><p>Zuständig ist das Ministerium für Heimat, Kommunales, Bau und "
          "Digitalisierung.</p>"
          "<div style='page-break-before:always'></div>"
          "<p class='c'><b>Gesetz zur Änderung der Landschaftsverbandsordnung und weiterer kommunal"
          "verfassungsrechtlicher Vorschriften</b></p><p class='c'>Artikel 1</p>"
          "<p>Die Landschaftsverbandsordnung für das Land Nordrhein-Westfalen wird wie folgt geändert:</p>"
          "<p>1. In § 8a Absatz 1 werden die Wörter „bis zum 31. Dezember 2025“ gestrichen.</p>"
          "<p>2. § 16 Absatz 4 wird wie folgt gefasst: „Eine Fraktion muss aus mindestens drei Mitgliedern "
          "bestehen.“</p><p class='c'>Artikel 2</p><p>Dieses Gesetz tritt am Tag nach der Verkündung in "
          "Kraft.</p>"),
    truth=dict(drucksache="18/15872", doc_type="Gesetzentwurf", doc_type_printed="Gesetzentwurf",
               date="2025-10-21",
               title="Gesetz zur Änderung der Landschaftsverbandsordnung und weiterer kommunalverfassungsrechtlicher "
                     "Vorschriften",
               originator="Landesregierung", references=["16/0160"],
               themes=["verwaltung", "digitalisierung"], themes_why="hybrid sessions, body rules",
               notes="A Landtag Drucksache filed in the Landschaftsverband's information system as an annex "
                     "(stamp 'Anlage 1 zur Vorlage Nr. 16/0160' → reference, not the drucksache). Originator the "
                     "Landesregierung (filed from outside the Landschaftsverband). Title centred over "
                     "two lines under the originator line; repeated above Artikel 1 on page 2. "
                     "§ numbers no references."))

# ------------------------------------------- Landkreis Unterallgäu (BY; Landratsamt, Kreistag)
doc(file="v29_unterallgaeu_kt-2025-088_kreisstrasse-mn14.pdf", producer="chromium-raw", font="Liberation Sans",
    size=10, layout="unterallgaeu_sitzungsvorlage_raw", city="Landkreis Unterallgäu",
    css=".top { display: flex; justify-content: space-between; } .side { width: 33%; font-size: 8.5pt;"
        " border-left: 0.6pt solid #666; padding-left: 8pt; } table { border-collapse: collapse; width: 100%;"
        " margin: 8pt 0; } td, th { border: 0.6pt solid #000; padding: 3pt 5pt; text-align: left;"
        " vertical-align: top; font-size: 9.5pt; } th { background: #e8e8e8; } .big { font-size: 13pt;"
        " font-weight: bold; margin: 10pt 0 8pt 0; }",
    html=("<div class='top'><div><b>Landratsamt Unterallgäu</b><br>Bad Schönbornstraße 9, 87719 Mindelheim"
          "<br><br><span style='font-size:15pt;font-weight:bold'>Sitzungsvorlage</span></div>"
          "<div class='side'>Vorlage-Nr.<br><b>KT/2025/088</b><br><br>Organisationseinheit<br>Sachgebiet 32 – Kreisstraßen"
          "<br><br>Sachbearbeitung<br>Herr Ried<br><br>Mindelheim, 27. Oktober 2025</div></div>"
          "<table><tr><th>Gremium</th><th>Sitzung</th><th>TOP</th><th>Beschlussart</th></tr>"
          "<tr><td>Ausschuss für Kreisentwicklung,<br>Umwelt und Mobilität</td><td>17. Nov. 2025</td>"
          "<td>4</td><td>vorberatend</td></tr>"
          "<tr><td>Kreistag</td><td>8. Dez. 2025</td><td>7</td><td>beschließend</td></tr></table>"
          "<div class='big'>Ausbau der Kreisstraße MN 14 zwischen Tussenhausen und Türkheim mit "
          "Geh- und Radweg</div>"
          "<p><b>Sachverhalt</b></p><p>Die Kreisstraße MN 14 ist auf 3,9 km zwischen Tussenhausen und "
          "Türkheim nur 5,50 m breit, die Fahrbahn ist stark geschädigt. Die Planung sieht eine Verbreiterung "
          "auf 6,50 m und einen einseitigen Geh- und Radweg vor. Die Kosten betragen 7,4 Mio. €; der Freistaat "
          "fördert nach Art. 13c FAG mit 60 %.</p>"
          "<p>Für den Ausbau werden 2,1 ha landwirtschaftliche Fläche neu versiegelt. Der Ausgleich erfolgt "
          "auf dem Ökokonto des Landkreises in Ettringen.</p>"
          "<p><b>Beschlussvorschlag</b></p><p>Der Kreistag stimmt der Entwurfsplanung zu und beauftragt die "
          "Verwaltung, den Förderantrag zu stellen und die Grunderwerbsverhandlungen aufzunehmen.</p>"
          "<table><tr><th colspan='3'>Klimacheck</th></tr><tr><td>☐ positiv</td><td>☒ negativ</td>"
          "<td>☐ neutral</td></tr><tr><td colspan='3'>Neuversiegelung von 2,1 ha; der Radweg verlagert "
          "Verkehr auf das Rad.</td></tr></table>"
          "<p>Alex Eder<br>Landrat</p>"),
    truth=dict(drucksache="KT/2025/088", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-10-27",
               title="Ausbau der Kreisstraße MN 14 zwischen Tussenhausen und Türkheim mit Geh- und Radweg",
               department="Sachgebiet 32 – Kreisstraßen",
               consultations=[C("Ausschuss für Kreisentwicklung, Umwelt und Mobilität", "2025-11-17", "Vorberatung"),
                              C("Kreistag", "2025-12-08", "Entscheidung")],
               klimacheck="negative", klima_style="table_row_negativ",
               themes=["mobilitaet", "finanzen", "klima_umwelt"], themes_why="road and cycle path; funding; sealing",
               notes="Side column with number, 'Organisationseinheit' over 'Sachgebiet 32 – Kreisstraßen' and "
                     "a date in words. Beratungsfolge with a TOP column, abbreviated month "
                     "names ('17. Nov. 2025'), roles 'vorberatend' / 'beschließend'. A committee name over two "
                     "lines. 'MN 14', 'Art. 13c FAG' no references. No öffentlich marker."))

doc(file="v30_unterallgaeu_antrag-gruene-hebammen.pdf", producer="libreoffice-docx", font="DejaVu Sans", size=10,
    layout="unterallgaeu_fraktion_antrag_word", city="Landkreis Unterallgäu",
    head="BÜNDNIS 90/DIE GRÜNEN · Kreistagsfraktion Unterallgäu",
    blocks=[
        ("p", "Kreistagsfraktion BÜNDNIS 90/DIE GRÜNEN Unterallgäu\nc/o Lena Baumgärtner, Hauptstraße 21, 87743 Egg an der Günz"),
        ("p", "Landratsamt Unterallgäu\nHerrn Landrat Alex Eder\nBad Schönbornstraße 9\n87719 Mindelheim"),
        ("right", "Egg an der Günz, 06.11.2025"),
        ("p", "Antrag: Hebammenversorgung im Unterallgäu sichern – Förderung einer Hebammenzentrale"),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "wir beantragen die Behandlung im Ausschuss für Soziales, Gesundheit und Senioren und im Kreistag:"),
        ("p", "Der Landkreis richtet gemeinsam mit der Stadt Memmingen eine Hebammenzentrale ein, die "
              "Schwangeren freie Hebammen vermittelt, und beteiligt sich mit jährlich 35.000 € an den Kosten."),
        ("p", "Begründung:\nNach einer Umfrage des Hebammenverbandes fanden 2024 rund 40 % der Schwangeren im "
              "Landkreis keine Hebamme für die Wochenbettbetreuung. Hebammenzentralen in anderen Landkreisen "
              "haben die Versorgung deutlich verbessert; der Freistaat fördert sie."),
        ("p", "Mit freundlichen Grüßen\n\nLena Baumgärtner                 Dr. Florian Saur\nFraktionsvorsitzende              Kreisrat"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag",
               date="2025-11-06",
               title="Hebammenversorgung im Unterallgäu sichern – Förderung einer Hebammenzentrale",
               originator="Kreistagsfraktion BÜNDNIS 90/DIE GRÜNEN Unterallgäu",
               consultations=[C("Ausschuss für Soziales, Gesundheit und Senioren", None, None),
                              C("Kreistag", None, None)],
               themes=["soziales"], themes_why="midwife care",
               notes="'Antrag:' prefix on the subject line (dropped). Two bodies named without dates or roles → "
                     "two consultations with date and role null. Fraktion name also in the Word header. Date "
                     "after the place, right-aligned."))

doc(file="v31_unterallgaeu_niederschrift-kreisausschuss.pdf", producer="reportlab", font="Liberation Serif",
    size=10, layout="unterallgaeu_niederschrift_reportlab", city="Landkreis Unterallgäu",
    running="Niederschrift KA 24.11.2025 – Seite {page}",
    blocks=[
        ("kv", [("Landkreis Unterallgäu", "Mindelheim, 28.11.2025")], 0.6),
        ("h", "Niederschrift", 14),
        ("p", "über die öffentliche Sitzung des Kreisausschusses am Montag, 24.11.2025, im großen Sitzungssaal "
              "des Landratsamtes Mindelheim"),
        ("p", "Vorsitz: Landrat Alex Eder\nAnwesend: 11 Kreisrätinnen und Kreisräte (Anwesenheitsliste "
              "als Anlage)\nSchriftführung: Frau Hölzle"),
        ("pb", "1. Genehmigung der Niederschrift vom 13.10.2025"),
        ("p", "Die Niederschrift wird ohne Einwände genehmigt. Abstimmung: 12 : 0"),
        ("pb", "2. Haushalt 2026 – Vorberatung des Entwurfs"),
        ("p", "Der Kämmerer erläutert den Entwurf. Die Kreisumlage soll bei 49,5 Punkten bleiben. Kreisrat "
              "Saur regt an, die Mittel für den ÖPNV um 200.000 € zu erhöhen.\nBeschluss: Der Kreisausschuss "
              "empfiehlt dem Kreistag, den Haushalt in der Fassung des Entwurfs zu beschließen.\n"
              "Abstimmung: 10 : 2"),
        ("pb", "3. Vergabe von Schülerbeförderungsleistungen für die Realschule Bad Wörishofen"),
        ("p", "Beschluss: Der Auftrag wird an den wirtschaftlichsten Bieter vergeben.\nAbstimmung: 12 : 0"),
        ("pb", "4. Bekanntgaben und Anfragen"),
        ("p", "Der Landrat gibt bekannt, dass der Kreistag am 08.12.2025 in Ottobeuren tagt."),
        ("p", "Alex Eder, Landrat                              Hölzle, Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-28",
               title="öffentliche Sitzung des Kreisausschusses", public=True,
               themes=["finanzen", "mobilitaet", "verwaltung"], themes_why="budget; school transport",
               notes="Dated top right (28.11.2025), not the session day. Title = the session named (date and "
                     "place dropped). Next Kreistag session is no consultation. No Vorlage numbers → no "
                     "references."))

doc(file="v32_unterallgaeu_bericht-jugendhilfe.pdf", producer="libreoffice-html", font="Liberation Sans", size=10,
    layout="unterallgaeu_bericht_html", city="Landkreis Unterallgäu",
    blocks=[
        ("kv", [("Landratsamt Unterallgäu", "Bericht"), ("Kreisjugendamt", "Nr. KT/2025/091")]),
        ("kv", [("Referat:", "Referat 4 – Jugend, Familie und Soziales"), ("Stand:", "30.10.2025")]),
        ("p", "Jugendhilfeausschuss am 19.11.2025 (öffentlich) – zur Kenntnisnahme"),
        ("h", "Entwicklung der Hilfen zur Erziehung 2024/2025", 12),
        ("p", "Die Zahl der laufenden Hilfen zur Erziehung ist von 612 (30.06.2024) auf 655 (30.06.2025) "
              "gestiegen. Besonders zugenommen haben die Schulbegleitungen und die Hilfen nach § 35a SGB VIII. "
              "Der Aufwand stieg um 9,4 % auf 21,3 Mio. €."),
        ("table", ["Hilfeart", "30.06.2024", "30.06.2025"],
         [["Erziehungsbeistand", "88", "92"], ["Sozialpädagogische Familienhilfe", "141", "147"],
          ["Heimerziehung", "97", "101"], ["Eingliederungshilfe § 35a", "174", "201"],
          ["Sonstige", "112", "114"]]),
        ("p", "Der Bericht dient der Information; ein Beschluss ist nicht erforderlich."),
    ],
    truth=dict(drucksache="KT/2025/091", doc_type="Mitteilungsvorlage", doc_type_printed="Bericht",
               date="2025-10-30", title="Entwicklung der Hilfen zur Erziehung 2024/2025", public=True,
               department="Referat 4 – Jugend, Familie und Soziales",
               consultations=[C("Jugendhilfeausschuss", "2025-11-19", "Kenntnisnahme")],
               themes=["soziales", "finanzen"], themes_why="youth welfare cases and costs",
               notes="Bericht → Mitteilungsvorlage. 'Nr.' under the type word. 'Stand:' as the date label. "
                     "Session line 'Jugendhilfeausschuss am … (öffentlich) – zur Kenntnisnahme'. The "
                     "Kreisjugendamt line is a letterhead line beside the number; the Referat under its "
                     "label is the unit labelled. '§ 35a SGB VIII' no reference."))

# ----------------------------------- Zweckverband Gewerbepark Ohmtal (HE; Verbandsversammlung, Verbandsvorstand)
doc(file="v33_ohmtal_zv-2025-07_erschliessung.pdf", producer="libreoffice-odt", font="DejaVu Serif", size=10,
    layout="ohmtal_zweckverband_odt", city="Zweckverband Gewerbepark Ohmtal",
    head="Zweckverband Gewerbepark Ohmtal – Vorlage ZV-2025-07",
    blocks=[
        ("h", "Zweckverband Gewerbepark Ohmtal", 13),
        ("p", "Mitglieder: Stadt Amöneburg · Stadt Homberg (Ohm) · Gemeinde Ebsdorfergrund"),
        ("kv", [("Beschlussvorlage des Verbandsvorstandes", ""), ("Datum:", "05.11.2025"),
                ("Federführung:", "Verbandsgeschäftsführung")]),
        ("pb", "Beratungsweg"),
        ("table", ["", "", ""],
         [["Verbandsvorstand", "12. November 2025", "Vorberatung"],
          ["Verbandsversammlung", "26. November 2025", "Beschluss"]]),
        ("kv", [("Betreff:", "Zweiter Erschließungsabschnitt Gewerbepark Ohmtal – Vergabe der Tiefbauarbeiten")]),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung ermächtigt den Verbandsvorstand, die Tiefbauarbeiten für den zweiten "
              "Erschließungsabschnitt (Straße, Kanal, Regenrückhaltung) an den wirtschaftlichsten Bieter zu "
              "vergeben, sofern die Angebotssumme 3,2 Mio. € nicht übersteigt."),
        ("pb", "Begründung"),
        ("p", "Im ersten Abschnitt sind alle 14 Grundstücke verkauft. Für den zweiten Abschnitt mit 9,6 ha "
              "liegen Anfragen von sechs Betrieben vor. Die Umlage der Mitglieder bleibt unverändert; die "
              "Finanzierung erfolgt über Grundstückserlöse und ein Darlehen."),
        ("kv", [("Klimawirkung:", "positiv – Dachbegrünung und Photovoltaik werden im Bebauungsplan verbindlich "
                                  "festgesetzt, Regenwasser wird vor Ort versickert.")]),
        ("p", "Homberg (Ohm), 05.11.2025\n\nClaudia Dörr\nVerbandsvorsteherin"),
    ],
    truth=dict(drucksache="ZV-2025-07", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-05",
               title="Zweiter Erschließungsabschnitt Gewerbepark Ohmtal – Vergabe der Tiefbauarbeiten",
               department="Verbandsgeschäftsführung",
               consultations=[C("Verbandsvorstand", "2025-11-12", "Vorberatung"),
                              C("Verbandsversammlung", "2025-11-26", "Entscheidung")],
               klimacheck="positive", klima_style="key_value_words",
               themes=["wirtschaft", "stadtentwicklung", "finanzen"], themes_why="business park development",
               notes="Zweckverband paper; number only in the Word header. 'Beschlussvorlage des "
                     "Verbandsvorstandes' → Beschlussvorlage, originator null (the Verband's own board). "
                     "Beratungsweg table with an empty header row, dates in words. 'Klimawirkung: positiv – …' "
                     "→ positive."))

doc(file="v34_ohmtal_einladung-verbandsversammlung.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="ohmtal_einladung_chromium", city="Zweckverband Gewerbepark Ohmtal",
    blocks=[
        ("kv", [("Zweckverband Gewerbepark Ohmtal\nDer Vorsitzende der Verbandsversammlung",
                 "Homberg (Ohm), 14.11.2025")]),
        ("p", "An die Mitglieder der Verbandsversammlung\nnachrichtlich: Verbandsvorstand, Aufsichtsbehörde"),
        ("h", "Einladung zur 9. Sitzung der Verbandsversammlung", 13),
        ("p", "Sehr geehrte Damen und Herren,\nzur nächsten Sitzung der Verbandsversammlung lade ich Sie für "
              "Mittwoch, den 26.11.2025, 17:00 Uhr, in das Bürgerhaus Mardorf, Amöneburg, ein."),
        ("pb", "Tagesordnung"),
        ("table", ["Nr.", "Gegenstand", "Drucksache"],
         [["1", "Feststellung der Beschlussfähigkeit", ""],
          ["2", "Zweiter Erschließungsabschnitt – Vergabe der Tiefbauarbeiten", "ZV-2025-07"],
          ["3", "Wirtschaftsplan 2026", "ZV-2025-08"],
          ["4", "Jahresabschluss 2024 und Entlastung des Verbandsvorstandes", "ZV-2025-05"],
          ["5", "Verschiedenes", ""]]),
        ("p", "Die Sitzung ist öffentlich."),
        ("p", "Mit freundlichen Grüßen\n\nGerhard Sauer\nVorsitzender der Verbandsversammlung"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-14",
               title="9. Sitzung der Verbandsversammlung", public=True,
               references=["ZV-2025-07", "ZV-2025-08", "ZV-2025-05"],
               themes=["wirtschaft", "finanzen"], themes_why="business park; budget",
               notes="Type word and session in one heading line ('Einladung zur …'): title = the session. "
                     "'Die Sitzung ist öffentlich.' → true. Drucksache column → references."))

doc(file="v35_ohmtal_schreiben-mitglieder-umlage.pdf", producer="libreoffice-html", font="DejaVu Serif", size=10,
    layout="ohmtal_schreiben_html", city="Zweckverband Gewerbepark Ohmtal",
    blocks=[
        ("p", "Zweckverband Gewerbepark Ohmtal · Marktplatz 1 · 35315 Homberg (Ohm)"),
        ("kv", [("An die Bürgermeister\nder Verbandsmitglieder\nStadt Amöneburg\nStadt Homberg (Ohm)\n"
                 "Gemeinde Ebsdorfergrund", "Geschäftsstelle\nAuskunft: Frau Pfeiffer\n"
                 "Telefon 06633 184-27\n\nDatum: 01.12.2025")]),
        ("space",),
        ("pb", "Verbandsumlage 2026 und Abschlagszahlungen"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "die Verbandsversammlung hat am 26.11.2025 den Wirtschaftsplan 2026 beschlossen. Die Umlage "
              "beträgt unverändert 180.000 €; sie verteilt sich nach § 12 der Verbandssatzung zu 40 % auf die "
              "Stadt Homberg (Ohm) und zu je 30 % auf die Stadt Amöneburg und die Gemeinde Ebsdorfergrund."),
        ("p", "Wir bitten, die Abschläge jeweils zum 15.02., 15.05., 15.08. und 15.11.2026 auf das bekannte "
              "Konto zu überweisen."),
        ("p", "Mit freundlichen Grüßen\n\nClaudia Dörr\nVerbandsvorsteherin"),
    ],
    truth=dict(doc_type="Schreiben", date="2025-12-01", title="Verbandsumlage 2026 und Abschlagszahlungen",
               department="Geschäftsstelle",
               themes=["finanzen"], themes_why="levy of the members",
               notes="Letter of the Verband to its members → Schreiben, no type word. Sender unit "
                     "'Geschäftsstelle' in the right column → department. Addressees are "
                     "no originator. '§ 12 der Verbandssatzung' no reference."))
