"""Papers t19–t35: Markt Gars a. Inn, Regionalverband Hochrhein-Bodensee, Stadtgemeinde Bremen
(Beirat Hemelingen), Stadt Gera.

Invented content, names and numbers, in the layouts those councils' information systems print.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(truth, **kw):
    base = dict(drucksache=None, doc_type=None, doc_type_printed=None, date=None, title=None,
                public=None, department=None, originator=None, answers=None, references=[],
                consultations=[], klimacheck=None, klima_style=None, themes=[], themes_why="",
                notes="")
    base.update(truth)
    kw["truth"] = base
    DOCS.append(kw)


# ------------------------------------------------------------ Markt Gars a. Inn (BY, Markt; Word)
doc(file="t19_gars_38-2025_kinderkrippe.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=11, layout="by_markt_sitzungsvorlage_word", city="Markt Gars a. Inn",
    blocks=[
        ("kv", [("Markt Gars a. Inn\nLandkreis Mühldorf a. Inn", "Lfd. Nr. 38/2025")]),
        ("h", "Sitzungsvorlage", 14),
        ("kv", [("Gremium:", "Marktgemeinderat"), ("Sitzung am:", "22.07.2025"),
                ("Sitzungsart:", "öffentlich"), ("Beschlussart:", "Beschluss"),
                ("Sachbearbeitung:", "Geschäftsleitung / Frau Huber"),
                ("Datum:", "10.07.2025")]),
        ("pb", "Tagesordnungspunkt:"),
        ("pb", "Erweiterung der Kinderkrippe „Innspatzen“ um eine dritte Gruppe; Genehmigung der "
               "Entwurfsplanung und der Kostenberechnung"),
        ("pb", "Sachverhalt:"),
        ("p", "Für das Betreuungsjahr 2026/27 liegen 41 Anmeldungen für 24 Krippenplätze vor. Das "
              "Architekturbüro Stadler hat die Entwurfsplanung für einen eingeschossigen Anbau in Holzbauweise "
              "vorgelegt. Die Kostenberechnung beläuft sich auf 1.180.000 € brutto; eine Förderung nach "
              "Art. 10 BayFAG von rund 60 % ist in Aussicht gestellt."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Marktgemeinderat genehmigt die Entwurfsplanung und die Kostenberechnung vom 03.07.2025 "
              "und beauftragt die Verwaltung, den Förderantrag bei der Regierung von Oberbayern zu stellen."),
        ("p", "Robert Maierhofer\nErster Bürgermeister"),
    ],
    truth=dict(drucksache="38/2025", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-07-10",
               title="Erweiterung der Kinderkrippe „Innspatzen“ um eine dritte Gruppe; Genehmigung der "
                     "Entwurfsplanung und der Kostenberechnung",
               public=True, department="Geschäftsleitung",
               consultations=[C("Marktgemeinderat", "2025-07-22", "Entscheidung")],
               themes=["soziales", "bildung"], themes_why="crèche extension",
               notes="'Lfd. Nr. 38/2025' right of the letterhead. One Gremium as key/value lines with "
                     "'Beschlussart: Beschluss' → Entscheidung. 'Sachbearbeitung: Geschäftsleitung / Frau "
                     "Huber' → department Geschäftsleitung (hard call). Title below 'Tagesordnungspunkt:'. "
                     "Landkreis line in the letterhead is not a unit."))

doc(file="t20_gars_niederschrift-marktgemeinderat.pdf", producer="libreoffice-odt",
    font="Liberation Serif", size=11, layout="by_markt_niederschrift_odt", city="Markt Gars a. Inn",
    head="Markt Gars a. Inn – Niederschrift MGR 22.07.2025",
    blocks=[
        ("h", "Niederschrift\nüber die öffentliche Sitzung des Marktgemeinderates Gars a. Inn", 13),
        ("kv", [("Sitzungstag:", "Dienstag, 22. Juli 2025"), ("Sitzungsort:", "Rathaus, Sitzungssaal"),
                ("Beginn:", "19:00 Uhr"), ("Ende:", "21:40 Uhr")]),
        ("p", "Vorsitzender: Erster Bürgermeister Robert Maierhofer\nSchriftführerin: Theresa Huber\n"
              "Anwesend: 15 von 17 Mitgliedern; entschuldigt: Josef Unterforsthuber, Maria Kerschbaumer"),
        ("p", "Der Vorsitzende eröffnet die Sitzung, stellt die ordnungsgemäße Ladung und die "
              "Beschlussfähigkeit fest. Einwendungen gegen die Niederschrift der Sitzung vom 24.06.2025 "
              "werden nicht erhoben."),
        ("pb", "1. Bekanntgabe der in nichtöffentlicher Sitzung gefassten Beschlüsse"),
        ("p", "Der Vorsitzende gibt bekannt, dass in der Sitzung vom 24.06.2025 der Auftrag für die "
              "Straßenbeleuchtung Lengmoos an die Firma Elektro Brandl vergeben wurde."),
        ("pb", "2. Bauantrag Fl.Nr. 412/3, Gemarkung Gars; Neubau eines Mehrfamilienhauses mit sechs "
               "Wohneinheiten"),
        ("p", "Das gemeindliche Einvernehmen wird erteilt.\nAbstimmung: 14 : 1"),
        ("pb", "3. Erweiterung der Kinderkrippe „Innspatzen“ um eine dritte Gruppe"),
        ("p", "Herr Architekt Stadler stellt die Entwurfsplanung vor. Marktgemeinderat Franz Obermaier "
              "regt an, eine Photovoltaikanlage auf dem Flachdach vorzusehen. Die Verwaltung prüft dies."),
        ("p", "Beschluss: Der Marktgemeinderat genehmigt die Entwurfsplanung und die Kostenberechnung vom "
              "03.07.2025 und beauftragt die Verwaltung, den Förderantrag zu stellen.\nAbstimmung: 15 : 0"),
        ("pb", "4. Antrag der PWG-Fraktion auf Einrichtung eines Bürgerbusses"),
        ("p", "Der Antrag wird zur Vorberatung an den Haupt- und Finanzausschuss verwiesen.\n"
              "Abstimmung: 15 : 0"),
        ("pb", "5. Haushalt 2025; Bericht über den Vollzug zum 30.06.2025"),
        ("p", "Kämmerer Alois Wimmer berichtet: Die Gewerbesteuer liegt mit 2,31 Mio. € um 8 % über dem "
              "Ansatz. Die Kreisumlage steigt 2026 voraussichtlich um 1,5 Punkte. Der Bericht wird zur "
              "Kenntnis genommen."),
        ("pb", "6. Wünsche und Anfragen"),
        ("p", "Marktgemeinderätin Gabriele Aschauer fragt nach dem Termin für die Sanierung des Innstegs. "
              "Der Vorsitzende antwortet, das Staatliche Bauamt plane den Beginn im Frühjahr 2026."),
        ("space",),
        ("p", "Es folgt eine nichtöffentliche Sitzung."),
        ("kv", [("Robert Maierhofer\nErster Bürgermeister", "Theresa Huber\nSchriftführerin")]),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-07-22",
               title="öffentliche Sitzung des Marktgemeinderates Gars a. Inn", public=True,
               themes=["verwaltung", "soziales"], themes_why="council minutes incl. crèche, citizen bus",
               notes="Running header names the session date; the body gives it in words only ('Dienstag, 22. "
                     "Juli 2025'). Title the session named after 'über die' (holdout7 s17 convention). No "
                     "Drucksache numbers printed; Fl.Nr. 412/3 is a parcel. 2 pages expected."))

doc(file="t21_gars_schreiben-buergermeister-staatsstrasse.pdf", producer="ghostscript", base="chromium",
    font="DejaVu Sans", size=10, layout="by_markt_letter_redistilled", city="Markt Gars a. Inn",
    blocks=[
        ("kv", [("MARKT GARS A. INN\nBauamt\nMarktplatz 4 · 83536 Gars a. Inn",
                 "Ihr Zeichen: S2-4312.2-St2352\nUnser Zeichen: 632-St2352/hu\nSachbearbeitung: Herr "
                 "Pichlmaier\nTel. 08073 9183-22\nGars a. Inn, 05.08.2025")], 0.5),
        ("p", "Staatliches Bauamt Rosenheim\nAbteilung Straßenbau\nz. Hd. Frau Dipl.-Ing. Reiter"),
        ("pb", "Staatsstraße 2352, Ortsdurchfahrt Gars – Querungshilfe am Friedhof und Geschwindigkeits"
               "beschränkung"),
        ("p", "Sehr geehrte Frau Reiter,"),
        ("p", "der Marktgemeinderat hat sich in seiner Sitzung am 22.07.2025 erneut mit der Verkehrssituation "
              "in der Ortsdurchfahrt befasst. Am Friedhof queren täglich zahlreiche ältere Menschen die "
              "Staatsstraße; eine Querungshilfe fehlt. Der Markt bittet, eine Mittelinsel in die Planung "
              "der Fahrbahnsanierung 2026 aufzunehmen, und bietet an, die Kosten für die Beleuchtung zu "
              "übernehmen."),
        ("p", "Zugleich bitten wir, im Bereich der Grundschule eine Beschränkung auf 30 km/h nach § 45 "
              "Abs. 9 StVO zu prüfen."),
        ("p", "Für ein Gespräch vor Ort stehen wir gern zur Verfügung."),
        ("p", "Mit freundlichen Grüßen\n\nRobert Maierhofer\nErster Bürgermeister"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2025-08-05",
               title="Staatsstraße 2352, Ortsdurchfahrt Gars – Querungshilfe am Friedhof und "
                     "Geschwindigkeitsbeschränkung",
               department="Bauamt",
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="crossing aid and speed limit",
               notes="Letter of the administration (no type word printed) → Schreiben, originator null. "
                     "Made by Chromium, then re-distilled by Ghostscript pdfwrite. 'Ihr Zeichen' / 'Unser "
                     "Zeichen' are file references, not Drucksachen; the Staatsstraße number is no number "
                     "of the paper. The council session mentioned is not a consultation."))

doc(file="t22_gars_antrag-pwg-buergerbus.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=11, layout="by_wählergruppe_antrag_html", city="Markt Gars a. Inn",
    blocks=[
        ("h", "PWG – Parteifreie Wählergemeinschaft Gars e. V.\nFraktion im Marktgemeinderat", 12),
        ("p", "Herrn Ersten Bürgermeister\nRobert Maierhofer\nRathaus"),
        ("right", "Gars, 30. Juni 2025"),
        ("p", "Sehr geehrter Herr Bürgermeister,\nwir stellen folgenden"),
        ("h", "Antrag", 12),
        ("p", "zur Behandlung im Marktgemeinderat:"),
        ("pb", "Einrichtung eines ehrenamtlich betriebenen Bürgerbusses für Gars und die Ortsteile"),
        ("p", "Der Markt Gars a. Inn prüft die Einrichtung eines Bürgerbusses nach dem Vorbild anderer "
              "Gemeinden im Landkreis, beschafft hierfür ein Fahrzeug mit acht Sitzplätzen und beantragt "
              "die Förderung nach der Richtlinie zur Förderung flexibler Bedienformen."),
        ("pb", "Begründung:"),
        ("p", "Die Ortsteile Lengmoos, Mittergars und Au sind werktags nur zweimal täglich an den "
              "Linienbus angebunden. Zwölf Bürgerinnen und Bürger haben sich bereits als ehrenamtliche "
              "Fahrer gemeldet."),
        ("p", "Mit freundlichen Grüßen\nFranz Obermaier, Fraktionssprecher\nGabriele Aschauer"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-06-30",
               title="Einrichtung eines ehrenamtlich betriebenen Bürgerbusses für Gars und die Ortsteile",
               originator="PWG – Parteifreie Wählergemeinschaft Gars e. V. Fraktion im Marktgemeinderat",
               consultations=[C("Marktgemeinderat", None, None)],
               themes=["mobilitaet", "soziales"], themes_why="volunteer citizen bus",
               notes="Type word alone in the middle of a sentence ('wir stellen folgenden / Antrag / zur "
                     "Behandlung im Marktgemeinderat:'). 'zur Behandlung im Marktgemeinderat' → consultation "
                     "without date and role (hard call). Originator the two heading lines joined."))

# ------------------------------------------ Regionalverband Hochrhein-Bodensee (BW, Regionalverband)
doc(file="t23_rvhb_pla-11-2025_windenergie.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="bw_regionalverband_drucksache_print",
    city="Regionalverband Hochrhein-Bodensee",
    css="table.grid td, table.grid th { font-size: 9pt; } p.small { font-size: 8pt; }",
    running="Regionalverband Hochrhein-Bodensee · Drucksache PlA 11/2025",
    blocks=[
        ("kv", [("REGIONALVERBAND\nHOCHRHEIN-BODENSEE\nKörperschaft des öffentlichen Rechts",
                 "Drucksache\nPlA 11/2025")]),
        ("p", "Planungsausschuss – öffentliche Sitzung am 08.10.2025\nTagesordnungspunkt 3 – Beschluss"),
        ("h", "Teilfortschreibung Windenergie des Regionalplans Hochrhein-Bodensee\n– Abwägung der "
              "Stellungnahmen aus der zweiten Offenlage und Empfehlung an die Verbandsversammlung", 12),
        ("pb", "Beschlussvorschlag"),
        ("ol", ["Der Planungsausschuss nimmt die Abwägungsvorschläge der Verbandsgeschäftsstelle zu den "
                "Stellungnahmen aus der zweiten Offenlage (Anlage 1) zustimmend zur Kenntnis.",
                "Er empfiehlt der Verbandsversammlung, die Teilfortschreibung Windenergie mit 41 "
                "Vorranggebieten (1,9 % der Regionsfläche) als Satzung zu beschließen."]),
        ("pb", "Sachdarstellung"),
        ("p", "Nach § 20 Abs. 1 KlimaG BW sind in jeder Region mindestens 1,8 % der Fläche für die Nutzung "
              "der Windenergie festzulegen. In der zweiten Offenlage vom 12.05. bis 27.06.2025 gingen 1.214 "
              "Stellungnahmen ein, davon 38 von Trägern öffentlicher Belange. Drei Gebiete wurden wegen "
              "Belangen des Artenschutzes (Auerhuhn) verkleinert, zwei im Grenzbereich zur Schweiz nach "
              "Abstimmung mit dem Kanton Aargau angepasst."),
        ("p", "Die Teilfortschreibung soll der Verbandsversammlung am 29.10.2025 zum Satzungsbeschluss "
              "vorgelegt werden; danach ist die Genehmigung durch das Ministerium für Landesentwicklung und "
              "Wohnen zu beantragen."),
        ("pb", "Klimarelevanz"),
        ("table", ["positiv", "negativ", "neutral"], [["X", "", ""]]),
        ("p", "Begründung: Die Festlegung der Vorranggebiete ermöglicht Anlagen mit einer Leistung von "
              "geschätzt 900 MW."),
        ("pagebreak",),
        ("pb", "Anlagen"),
        ("ul", ["Anlage 1: Synopse der Stellungnahmen und Abwägungsvorschläge (412 Seiten, nur digital)",
                "Anlage 2: Raumnutzungskarte, Blatt Ost und West",
                "Anlage 3: Umweltbericht, Fassung vom 15.09.2025"]),
        ("p", "Waldshut-Tiengen, 19.09.2025\nDr. Lorenz Gerteis\nVerbandsdirektor"),
    ],
    truth=dict(drucksache="PlA 11/2025", doc_type="Beschlussvorlage", doc_type_printed="Drucksache",
               date="2025-09-19",
               title="Teilfortschreibung Windenergie des Regionalplans Hochrhein-Bodensee – Abwägung der "
                     "Stellungnahmen aus der zweiten Offenlage und Empfehlung an die Verbandsversammlung",
               public=True,
               consultations=[C("Planungsausschuss", "2025-10-08", "Entscheidung")],
               klimacheck="positive", klima_style="table_x_positiv_negativ_neutral",
               themes=["klima_umwelt", "stadtentwicklung"], themes_why="regional plan wind energy areas",
               notes="'Drucksache' over 'PlA 11/2025' (committee prefix with space). Session line "
                     "'Planungsausschuss – öffentliche Sitzung am … / Tagesordnungspunkt 3 – Beschluss' → "
                     "Entscheidung, public true. The Verbandsversammlung date appears only in a body sentence "
                     "→ not a consultation (holdout7 convention for announced later sessions). "
                     "Date only at the end on page 2. No unit printed (the Verbandsdirektor signs) → "
                     "department null. Klimarelevanz as an X in a positiv|negativ|neutral table."))

doc(file="t24_rvhb_stellungnahme-fnp-wehr.pdf", producer="reportlab",
    font="Liberation Serif", size=10.5, layout="bw_regionalverband_toeb_letter",
    city="Regionalverband Hochrhein-Bodensee",
    blocks=[
        ("kv", [("Regionalverband Hochrhein-Bodensee · Im Wallgraben 50 · 79761 Waldshut-Tiengen",
                 "Verbandsgeschäftsstelle\nRegionalplanung\nBearbeiter: Jonas Kiefer\nTel. 07751 9115-14\n"
                 "Unser Zeichen: 21-3/FNP GVV Wehr")], 0.6),
        ("p", "Gemeindeverwaltungsverband Wehr\nBauamt\nHauptstraße 16\n79664 Wehr"),
        ("right", "Waldshut-Tiengen, 14.08.2025"),
        ("pb", "12. Änderung des Flächennutzungsplans des Gemeindeverwaltungsverbands Wehr – Gewerbliche "
               "Baufläche „Brennet-Ost“\nBeteiligung der Behörden nach § 4 Abs. 2 BauGB\nIhr Schreiben vom "
               "08.07.2025"),
        ("p", "Sehr geehrte Damen und Herren,\nzu der o. g. Planung nimmt der Regionalverband wie folgt "
              "Stellung:"),
        ("p", "1. Die geplante gewerbliche Baufläche von 7,4 ha liegt teilweise in einem Vorbehaltsgebiet "
              "für den vorbeugenden Hochwasserschutz (PS 3.2.4 Regionalplan). Wir regen an, die Fläche im "
              "Süden um den Überschwemmungsbereich der Wehra zurückzunehmen."),
        ("p", "2. Der Bedarfsnachweis ist plausibel; die Fläche ist als Schwerpunkt für Industrie und Gewerbe "
              "regionalplanerisch gewünscht."),
        ("p", "3. Gegen die Planung bestehen bei Berücksichtigung von Nr. 1 keine Bedenken."),
        ("p", "Mit freundlichen Grüßen\nim Auftrag\nJonas Kiefer"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed=None, date="2025-08-14",
               title="12. Änderung des Flächennutzungsplans des Gemeindeverwaltungsverbands Wehr – Gewerbliche "
                     "Baufläche „Brennet-Ost“ Beteiligung der Behörden nach § 4 Abs. 2 BauGB",
               department="Regionalplanung",
               themes=["stadtentwicklung", "wirtschaft"], themes_why="land-use plan change, commercial area",
               notes="TöB letter of the Verband's office → Stellungnahme (the type is only in 'nimmt … wie "
                     "folgt Stellung'), originator null (holdout7 s21 convention). Title = first two lines of "
                     "the bold subject block; the third line 'Ihr Schreiben vom …' is not part of it (hard "
                     "call). Unit column right with 'Regionalplanung' under 'Verbandsgeschäftsstelle'. "
                     "'Unser Zeichen' is no Drucksache. Wehr is a real place name used for invented content."))

doc(file="t25_rvhb_vv-04-2025_taetigkeitsbericht.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="bw_regionalverband_info_word",
    city="Regionalverband Hochrhein-Bodensee", head="Regionalverband Hochrhein-Bodensee",
    running="DS VV 04/2025",
    blocks=[
        ("table", None, [["Sitzungsvorlage", "DS VV 04/2025"],
                         ["Gremium", "Verbandsversammlung"],
                         ["Sitzung", "02.07.2025, öffentlich"],
                         ["Behandlung", "zur Information"],
                         ["Tagesordnungspunkt", "5"]]),
        ("h", "Tätigkeitsbericht der Verbandsgeschäftsstelle 2024", 12),
        ("pb", "Informationsvorlage – kein Beschluss"),
        ("p", "Die Verbandsgeschäftsstelle hat im Jahr 2024 zu 186 Bauleitplänen und 23 Planfeststellungs"
              "verfahren Stellung genommen. Schwerpunkte waren die Teilfortschreibung Windenergie, das "
              "Regionale Einzelhandelskonzept und die Begleitung der Elektrifizierung der Hochrheinbahn."),
        ("p", "Im Rahmen des Interreg-Projekts „Grenzraum Hochrhein“ wurden zwei Workshops mit den "
              "Schweizer Nachbarkantonen durchgeführt. Die Geschäftsstelle ist mit 9,5 Stellen besetzt."),
        ("p", "Der Bericht liegt als Anlage bei."),
        ("p", "Waldshut-Tiengen, den 17. Juni 2025\nDr. Lorenz Gerteis, Verbandsdirektor"),
    ],
    truth=dict(drucksache="VV 04/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-06-17", title="Tätigkeitsbericht der Verbandsgeschäftsstelle 2024", public=True,
               consultations=[C("Verbandsversammlung", "2025-07-02", "Kenntnisnahme")],
               themes=["verwaltung", "stadtentwicklung"], themes_why="annual activity report of regional planning",
               notes="Ruled key/value table: 'Sitzungsvorlage' as key with the number as value, but the bold "
                     "line 'Informationsvorlage – kein Beschluss' gives the type → Mitteilungsvorlage. "
                     "'Behandlung: zur Information' → Kenntnisnahme. Number printed 'DS VV 04/2025': 'DS' is the "
                     "Drucksache abbreviation inside the value cell → 'VV 04/2025' (the form the Einladung "
                     "t26 prints in its Drucksache column; hard call). No unit → department null."))

doc(file="t26_rvhb_einladung-verbandsversammlung.pdf", producer="libreoffice-html",
    font="DejaVu Serif", size=10.5, layout="bw_regionalverband_einladung_html",
    city="Regionalverband Hochrhein-Bodensee",
    blocks=[
        ("p", "Regionalverband Hochrhein-Bodensee\nDer Verbandsvorsitzende"),
        ("right", "Waldshut-Tiengen, 13.10.2025"),
        ("p", "An die Mitglieder der Verbandsversammlung"),
        ("h", "Einladung zur öffentlichen Sitzung der Verbandsversammlung", 12),
        ("p", "Sehr geehrte Damen und Herren,\nhiermit lade ich Sie zur Sitzung der Verbandsversammlung am "
              "Mittwoch, 29. Oktober 2025, 14:00 Uhr, in die Stadthalle Bad Säckingen ein."),
        ("table", ["TOP", "Gegenstand", "Drucksache"], [
            ["1", "Bekanntgaben", ""],
            ["2", "Teilfortschreibung Windenergie – Satzungsbeschluss", "VV 07/2025"],
            ["3", "Wirtschaftsplan 2026 und Verbandsumlage", "VV 08/2025"],
            ["4", "Stellungnahme zum Regionalen Nahverkehrsplan", "VV 09/2025"],
            ["5", "Verschiedenes", ""]]),
        ("p", "Mit freundlichen Grüßen\nUlrich Faßbender\nVerbandsvorsitzender"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-10-13",
               title="öffentliche Sitzung der Verbandsversammlung", public=True,
               references=["VV 07/2025", "VV 08/2025", "VV 09/2025"],
               themes=["verwaltung"], themes_why="session agenda",
               notes="Agenda as a ruled TOP|Gegenstand|Drucksache table; numbers are references. Title the "
                     "session named after 'Einladung zur'."))

# ----------------------------------------- Stadtgemeinde Bremen, Beirat Hemelingen (HB, Stadtstaat)
doc(file="t27_hemelingen_antrag-spd-schulwege-arbergen.pdf", producer="chromium",
    font="Liberation Sans", size=10.5, layout="hb_beirat_fraktion_antrag_print",
    city="Stadtgemeinde Bremen – Beirat Hemelingen",
    blocks=[
        ("pb", "SPD-Fraktion im Beirat Hemelingen"),
        ("p", "Antrag für die Sitzung des Beirats Hemelingen am 19.06.2025"),
        ("h", "Sichere Schulwege in Arbergen und Mahndorf", 12),
        ("p", "Der Beirat Hemelingen möge beschließen:"),
        ("ol", ["Der Beirat fordert die Senatorin für Bau, Mobilität und Stadtentwicklung und das Amt für "
                "Straßen und Verkehr auf, an der Arberger Heerstraße zwischen Schule und Bahnhof Mahndorf "
                "einen durchgehenden Gehweg von mindestens 2,00 m Breite herzustellen.",
                "Vor der Grundschule Arbergen ist ganztägig Tempo 30 anzuordnen.",
                "Das Ortsamt wird gebeten, die Schulwegpläne mit den Elternvertretungen zu aktualisieren."]),
        ("pb", "Begründung"),
        ("p", "Mit dem Neubaugebiet Mahndorfer Marsch ist die Zahl der Grundschulkinder in Arbergen um "
              "ein Drittel gestiegen. Der Gehweg endet an der Bahnunterführung; Kinder weichen auf die "
              "Fahrbahn aus."),
        ("p", "Bremen, 05.06.2025\nfür die SPD-Fraktion: Sevgi Karaca, Uwe Brünjes"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-06-05",
               title="Sichere Schulwege in Arbergen und Mahndorf", originator="SPD-Fraktion im Beirat Hemelingen",
               consultations=[C("Beirat Hemelingen", "2025-06-19", None)],
               themes=["mobilitaet", "bildung"], themes_why="school routes, footpaths, speed limit",
               notes="No letterhead, no number: the Fraktion in a bold first line, then 'Antrag für die "
                     "Sitzung des Beirats … am …' as one line, subject as heading. No role → null."))

doc(file="t28_hemelingen_stellungnahme-beirat-bebauungsplan.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="hb_beirat_beschluss_word",
    city="Stadtgemeinde Bremen – Beirat Hemelingen",
    head="Ortsamt Hemelingen · Godehardstraße 4 · 28309 Bremen",
    blocks=[
        ("h", "Stellungnahme des Beirats Hemelingen", 13),
        ("p", "beschlossen in der Sitzung am 19.06.2025"),
        ("pb", "Bebauungsplan 2517 für ein Gebiet in Bremen-Hemelingen zwischen Hannoverscher Straße, "
               "Diedrich-Wilkens-Straße und Hemelinger Bahnhofstraße (Quartier „Alte Tabakfabrik“)"),
        ("p", "Der Beirat Hemelingen begrüßt die Umnutzung der ehemaligen Tabakfabrik zu einem gemischten "
              "Quartier mit rund 420 Wohnungen. Er stimmt dem Planentwurf unter folgenden Maßgaben zu:"),
        ("ul", ["Mindestens 30 % der Wohnungen sind als geförderter Wohnraum zu errichten.",
                "Im Quartier ist eine Kindertagesstätte mit mindestens vier Gruppen vorzusehen.",
                "Die Stellplatzzahl ist durch ein Mobilitätskonzept mit Carsharing und Fahrradparken zu "
                "reduzieren.",
                "Das denkmalgeschützte Kesselhaus ist als Stadtteiltreff zu erhalten."]),
        ("p", "Abstimmungsergebnis: 13 Ja-Stimmen, 0 Nein-Stimmen, 2 Enthaltungen"),
        ("p", "Für den Beirat:\nKatrin Ehlers, Beiratssprecherin      Jörn Hallmann, Ortsamtsleiter"),
        ("p", "Bremen, 20.06.2025"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-06-20",
               title="Bebauungsplan 2517 für ein Gebiet in Bremen-Hemelingen zwischen Hannoverscher Straße, "
                     "Diedrich-Wilkens-Straße und Hemelinger Bahnhofstraße (Quartier „Alte Tabakfabrik“)",
               originator="Beirat Hemelingen",
               themes=["stadtentwicklung", "soziales"], themes_why="development plan, subsidised housing",
               notes="Opinion of the Beirat → originator Beirat Hemelingen; the Ortsamt in the Word header is "
                     "not the department (holdout7 s30 convention). Session date of the decision is not the "
                     "paper's date; signing date at the end is. 'Bebauungsplan 2517' is no Drucksache. No "
                     "öffentlich marker → null."))

doc(file="t29_hemelingen_protokoll-beiratssitzung.pdf", producer="libreoffice-html",
    font="Liberation Serif", size=11, layout="hb_ortsamt_protokoll_html",
    city="Stadtgemeinde Bremen – Beirat Hemelingen",
    blocks=[
        ("right", "Ortsamt Hemelingen\nGodehardstraße 4\n28309 Bremen"),
        ("h", "Protokoll Nr. 24 (2023–2027)\nder öffentlichen Sitzung des Beirats Hemelingen", 12),
        ("kv", [("Sitzungstag:", "19.06.2025"), ("Sitzungsort:", "Bürgerhaus Hemelingen, Godehardstraße 4"),
                ("Beginn:", "18:30 Uhr"), ("Ende:", "21:15 Uhr")]),
        ("p", "Anwesend: Jörn Hallmann (Sitzungsleitung), Katrin Ehlers (Beiratssprecherin), 14 weitere "
              "Beiratsmitglieder; Gäste: Frau Dr. Vogt (SBMS), Herr Lüders (ASV)\nProtokoll: Maren Jacobs"),
        ("pb", "TOP 1: Genehmigung der Tagesordnung und des Protokolls Nr. 23"),
        ("p", "Die Tagesordnung wird genehmigt. Das Protokoll Nr. 23 wird mit einer Korrektur unter TOP 3 "
              "genehmigt."),
        ("pb", "TOP 2: Wünsche und Anregungen der Bürgerinnen und Bürger"),
        ("p", "Eine Anwohnerin der Westerholzstraße weist auf parkende Lkw in der Nacht hin. Das Ortsamt "
              "leitet den Hinweis an den Ordnungsdienst weiter."),
        ("pb", "TOP 3: Bebauungsplan 2517 „Alte Tabakfabrik“"),
        ("p", "Frau Dr. Vogt stellt den Planentwurf vor. In der Diskussion geht es um den Anteil geförderter "
              "Wohnungen, die Kita und den Erhalt des Kesselhauses. Der Beirat beschließt eine "
              "Stellungnahme mit vier Maßgaben (13 Ja, 0 Nein, 2 Enthaltungen)."),
        ("pb", "TOP 4: Sichere Schulwege in Arbergen und Mahndorf – Antrag der SPD-Fraktion"),
        ("p", "Herr Lüders erläutert, dass ein Gehweg an der Arberger Heerstraße Grunderwerb erfordert. "
              "Der Antrag wird mit einer Ergänzung (Prüfung einer Querungshilfe am Bahnhof) einstimmig "
              "angenommen."),
        ("pb", "TOP 5: Globalmittel 2025"),
        ("p", "Der Beirat bewilligt: Sportverein TuS Hemelingen, Trikots Jugendabteilung, 1.200 €; "
              "Förderverein Grundschule Parsevalstraße, Zirkusprojekt, 2.500 €; Kulturladen Arbergen, "
              "Sommerfest, 900 €. Einstimmig."),
        ("pb", "TOP 6: Mitteilungen des Ortsamtes und Verschiedenes"),
        ("p", "Die nächste Sitzung findet am 04.09.2025 statt. Der Fachausschuss Bau und Verkehr tagt am "
              "26.08.2025."),
        ("space",),
        ("kv", [("Sitzungsleitung\nJörn Hallmann", "Beiratssprecherin\nKatrin Ehlers"),
                ("Protokoll\nMaren Jacobs", "")]),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2025-06-19",
               title="öffentliche Sitzung des Beirats Hemelingen", public=True,
               themes=["stadtentwicklung", "mobilitaet", "kultur_sport"],
               themes_why="Beirat minutes: development plan, school routes, grants",
               notes="'Protokoll Nr. 24 (2023–2027)' is a minute number → drucksache null, not part of the "
                     "title (holdout7 s31 convention). Date = session day (no other date). Future sessions "
                     "named at the end are no consultations."))

doc(file="t30_hemelingen_schreiben-ortsamt-stadtteilbudget.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="hb_ortsamt_letter_reportlab",
    city="Stadtgemeinde Bremen – Beirat Hemelingen",
    blocks=[
        ("kv", [("Freie Hansestadt Bremen\nOrtsamt Hemelingen",
                 "Auskunft erteilt: Jörn Hallmann\nZimmer 12\nT (0421) 361-3064\nDatum: 27.06.2025")], 0.55),
        ("p", "Ortsamt Hemelingen · Godehardstraße 4 · 28309 Bremen"),
        ("p", "Die Senatorin für Bau, Mobilität und Stadtentwicklung\nReferat 50 – Verkehrsplanung\n"
              "Contrescarpe 72\n28195 Bremen"),
        ("pb", "Stadtteilbudget Verkehr 2025 – Verwendungsvorschläge des Beirats Hemelingen"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Beirat Hemelingen hat in seiner Sitzung am 19.06.2025 nach § 10 Abs. 3 OBG die Verwendung "
              "des Stadtteilbudgets Verkehr beraten. Ich übermittle Ihnen die Vorschläge mit der Bitte um "
              "Umsetzung in der angegebenen Reihenfolge:"),
        ("ol", ["Fahrradbügel am Bahnhof Mahndorf (40 Stück), ca. 18.000 €",
                "Markierung eines Schutzstreifens in der Brüggeweg-Unterführung, ca. 9.500 €",
                "Absenkung von Bordsteinen an acht Querungsstellen in Arbergen, ca. 22.000 €"]),
        ("p", "Für eine kurze Rückmeldung bis zum 31.07.2025 wäre ich dankbar."),
        ("p", "Mit freundlichen Grüßen\nJörn Hallmann\nOrtsamtsleiter"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2025-06-27",
               title="Stadtteilbudget Verkehr 2025 – Verwendungsvorschläge des Beirats Hemelingen",
               department="Ortsamt Hemelingen",
               themes=["mobilitaet", "finanzen"], themes_why="district transport budget proposals",
               notes="Letter of the Ortsamt (administration) → Schreiben, originator null, department the "
                     "Ortsamt (here it is the sender). The Beirat's session is not a consultation. '§ 10 Abs. "
                     "3 OBG' and the phone number are no numbers of the paper."))

# ------------------------------------------------------------- Stadt Gera (TH, kreisfreie Stadt)
GERA_CSS = ("table.grid td, table.grid th { font-size: 9pt; } "
            "table.kv td:first-child { width: 62%; } table.kv td { font-size: 9.5pt; }")

doc(file="t31_gera_087-2025_schwimmhalle-lusan.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="th_gera_beschlussvorlage_print", city="Stadt Gera", css=GERA_CSS,
    running="Stadt Gera – DS-Nr. 087/2025",
    blocks=[
        ("kv", [("STADT GERA\nDer Oberbürgermeister\nDezernat Bau und Umwelt\nAmt für Hochbau und "
                 "Gebäudemanagement", "Beschlussvorlage\nDS-Nr.: 087/2025\nEinreicher: Oberbürgermeister\n"
                 "Datum: 11.08.2025")]),
        ("table", ["Beratungsfolge", "Termin", "Zuständigkeit", "ö / nö"], [
            ["Ortsteilrat Lusan", "26.08.2025", "Anhörung", "ö"],
            ["Bau- und Umweltausschuss", "02.09.2025", "Vorberatung", "ö"],
            ["Haupt- und Finanzausschuss", "04.09.2025", "Vorberatung", "nö"],
            ["Stadtrat", "18.09.2025", "Entscheidung", "ö"]]),
        ("pb", "Gegenstand:"),
        ("p", "Sanierung der Schwimmhalle Lusan – Baubeschluss und Bereitstellung überplanmäßiger Mittel"),
        ("pb", "Beschlussvorschlag:"),
        ("ol", ["Der Stadtrat beschließt die Sanierung der Schwimmhalle Lusan auf der Grundlage der "
                "Entwurfsplanung (Anlage 1) mit Gesamtkosten von 7,85 Mio. €.",
                "Für das Haushaltsjahr 2025 werden überplanmäßige Auszahlungen von 640.000 € bereitgestellt; "
                "die Deckung erfolgt aus der Investition „Ersatzneubau Brücke Wiesestraße“."]),
        ("pb", "Begründung:"),
        ("p", "Die Schwimmhalle Lusan (Baujahr 1986) ist die einzige Halle im Süden der Stadt und wird von "
              "14 Schulen und sieben Vereinen genutzt. Gutachten zur Betontechnik und zur Badewassertechnik "
              "weisen erheblichen Sanierungsbedarf aus. Ohne Sanierung ist der Betrieb nur bis Ende 2026 "
              "genehmigungsfähig."),
        ("p", "Die Sanierung umfasst Dach und Fassade, eine neue Lüftung mit Wärmerückgewinnung, eine "
              "Photovoltaikanlage (120 kWp) sowie die barrierefreie Erschließung. Der Freistaat fördert die "
              "Maßnahme aus dem Sportstättenförderprogramm mit 3,2 Mio. €. Die Bauzeit ist von Mai 2026 bis "
              "Oktober 2027 geplant; während dieser Zeit wird das Schulschwimmen in die Hofwiesen verlegt."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("table", ["Haushaltsjahr", "2025", "2026", "2027"], [
            ["Auszahlungen", "640.000 €", "4.100.000 €", "3.110.000 €"],
            ["Fördermittel", "0 €", "1.600.000 €", "1.600.000 €"]]),
        ("pb", "Auswirkungen auf den Klimaschutz:"),
        ("table", ["positiv", "negativ", "keine"], [["☒", "☐", "☐"]]),
        ("p", "Der Energiebedarf sinkt nach der Energieberechnung um etwa 45 %."),
        ("pagebreak",),
        ("pb", "Anlagen:"),
        ("ul", ["Anlage 1 – Entwurfsplanung, Kostenberechnung nach DIN 276",
                "Anlage 2 – Zeitplan Bauablauf und Ersatzangebote Schulschwimmen"]),
        ("p", "Gera, 11.08.2025\n\nJulian Vonderau\nOberbürgermeister"),
    ],
    truth=dict(drucksache="087/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-08-11",
               title="Sanierung der Schwimmhalle Lusan – Baubeschluss und Bereitstellung überplanmäßiger Mittel",
               public=None, department="Amt für Hochbau und Gebäudemanagement",
               consultations=[C("Ortsteilrat Lusan", "2025-08-26", "Anhörung"),
                              C("Bau- und Umweltausschuss", "2025-09-02", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2025-09-04", "Vorberatung"),
                              C("Stadtrat", "2025-09-18", "Entscheidung")],
               klimacheck="positive", klima_style="table_checkbox_columns",
               themes=["kultur_sport", "bildung", "finanzen"], themes_why="swimming hall for schools and clubs",
               notes="'DS-Nr.:' in a right column with 'Einreicher: Oberbürgermeister' (the administration → "
                     "originator null). Beratungsfolge with an ö/nö column, mixed (one nö row) → public null "
                     "(holdout7 s10 convention for mixed columns; hard call). 'Gegenstand:' "
                     "label with the title below. Checkbox marks in their own row under a positiv|negativ|"
                     "keine header. 2 pages; page 2 attachments and signature."))

doc(file="t32_gera_031-2025_anfrage-stadtrat-strassenbeleuchtung.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=11, layout="th_gera_anfrage_word", city="Stadt Gera",
    blocks=[
        ("p", "Stadtratsmitglied Ramona Steinhöfel (fraktionslos)"),
        ("right", "Gera, 21.08.2025"),
        ("p", "Stadt Gera\nBüro Stadtrat\nKornmarkt 12\n07545 Gera"),
        ("kv", [("Anfrage Nr.:", "031/2025"),
                ("Gegenstand:", "Umrüstung der Straßenbeleuchtung auf LED in Gera-Langenberg"),
                ("zur Sitzung:", "Stadtrat am 18.09.2025 – schriftliche Beantwortung erbeten")]),
        ("p", "Bürgerinnen und Bürger aus Langenberg berichten, dass in mehreren Straßen die Beleuchtung "
              "seit Wochen ausfällt und noch alte Natriumdampflampen im Einsatz sind. Ich frage daher:"),
        ("ol", ["Wie viele Leuchten im Ortsteil Langenberg sind bereits auf LED umgerüstet?",
                "Bis wann ist die vollständige Umrüstung geplant und welche Einsparung wird erwartet?",
                "Wie lange dauert im Durchschnitt die Behebung einer gemeldeten Störung?"]),
        ("p", "Ramona Steinhöfel"),
    ],
    truth=dict(drucksache="031/2025", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-08-21",
               title="Umrüstung der Straßenbeleuchtung auf LED in Gera-Langenberg",
               originator="Stadtratsmitglied Ramona Steinhöfel (fraktionslos)",
               consultations=[C("Stadtrat", "2025-09-18", None)],
               themes=["klima_umwelt", "mobilitaet"], themes_why="LED street lighting",
               notes="Single member (fraktionslos) as originator. Borderless key/value block: 'Anfrage Nr.:', "
                     "'Gegenstand:', 'zur Sitzung: Stadtrat am … – schriftliche Beantwortung erbeten' → "
                     "consultation without role. Postcode in the address."))

doc(file="t33_gera_antwort-031-2025.pdf", producer="reportlab",
    font="DejaVu Sans", size=10, layout="th_gera_antwort_reportlab", city="Stadt Gera",
    running="Stadt Gera · Antwort zu Anfrage 031/2025 · Seite {page}",
    blocks=[
        ("kv", [("STADT GERA\nDer Oberbürgermeister", "Fachdienst Verkehrsinfrastruktur\n"
                 "Sachgebiet Straßenbeleuchtung\nGera, 09.09.2025")], 0.5),
        ("h", "Beantwortung der Anfrage Nr. 031/2025 von Frau Stadtratsmitglied Steinhöfel", 12),
        ("p", "Gegenstand: Umrüstung der Straßenbeleuchtung auf LED in Gera-Langenberg"),
        ("pb", "Frage 1:"),
        ("p", "Von 612 Leuchten im Ortsteil Langenberg sind 388 (63 %) auf LED umgerüstet."),
        ("pb", "Frage 2:"),
        ("p", "Die übrigen 224 Leuchten werden bis Ende 2026 umgerüstet, soweit die Masten standsicher sind. "
              "Die erwartete Einsparung beträgt rund 96.000 kWh jährlich."),
        ("pb", "Frage 3:"),
        ("p", "Störungen werden im Mittel nach 6,5 Arbeitstagen behoben. Die längeren Ausfälle in der "
              "Langenberger Straße gingen auf ein defektes Erdkabel zurück, das am 02.09.2025 ersetzt wurde."),
        ("p", "Julian Vonderau\nOberbürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage", date="2025-09-09",
               title="Umrüstung der Straßenbeleuchtung auf LED in Gera-Langenberg",
               department="Sachgebiet Straßenbeleuchtung", answers="031/2025",
               themes=["klima_umwelt", "mobilitaet"], themes_why="answer on LED street lighting",
               notes="No own number; the heading names the answered Anfrage (→ answers). Title after "
                     "'Gegenstand:'. Running footer repeats the Anfrage number. Sachgebiet under Fachdienst "
                     "is the most specific unit."))

doc(file="t34_gera_095-2025_info-wohnungsmarkt.pdf", producer="libreoffice-odt",
    font="DejaVu Sans", size=10, layout="th_gera_informationsvorlage_odt", city="Stadt Gera",
    head="Stadt Gera · Informationsvorlage",
    blocks=[
        ("table", None, [["Informationsvorlage", "DS-Nr. 095/2025"],
                         ["Einreicher", "Oberbürgermeister"],
                         ["Federführung", "Amt für Stadtentwicklung und Wohnen"],
                         ["Datum", "19. August 2025"]]),
        ("p", "Kenntnisnahme durch:\nAusschuss für Stadtentwicklung und Wohnen – 03.09.2025\nStadtrat – "
              "18.09.2025"),
        ("h", "Wohnungsmarktbericht 2024", 12),
        ("p", "Der Leerstand im Gebäudebestand der Stadt Gera ist 2024 auf 9,8 % gesunken (2023: 10,6 %). "
              "In Bieblach-Ost und Lusan liegt er weiterhin über 14 %. Die durchschnittliche Angebotsmiete "
              "stieg um 4,1 % auf 6,12 €/m²."),
        ("p", "Die Nachfrage nach barrierearmen Zwei-Raum-Wohnungen übersteigt das Angebot deutlich. Das "
              "Stadtumbaukonzept sieht bis 2030 den Rückbau von 480 und die Modernisierung von 1.150 "
              "Wohnungen vor; Förderanträge für 2026 sind gestellt."),
        ("p", "Anlage: Wohnungsmarktbericht 2024 (Langfassung)"),
    ],
    truth=dict(drucksache="095/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-08-19", title="Wohnungsmarktbericht 2024",
               department="Amt für Stadtentwicklung und Wohnen",
               consultations=[C("Ausschuss für Stadtentwicklung und Wohnen", "2025-09-03", "Kenntnisnahme"),
                              C("Stadtrat", "2025-09-18", "Kenntnisnahme")],
               themes=["stadtentwicklung", "soziales"], themes_why="housing market report",
               notes="Ruled key/value table with 'Informationsvorlage' as key of 'DS-Nr. 095/2025' (label "
                     "inside the value). Date in words. Consultations as free lines 'committee – date' under "
                     "'Kenntnisnahme durch:'. Short title (3 words). No öffentlich marker."))

doc(file="t35_gera_einladung-stadtrat.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="th_gera_einladung_print", city="Stadt Gera",
    css="table.grid td, table.grid th { font-size: 9pt; }",
    blocks=[
        ("kv", [("STADT GERA\nDie Vorsitzende des Stadtrates", "Gera, 05.09.2025")]),
        ("p", "An die Mitglieder des Stadtrates der Stadt Gera"),
        ("h", "Einladung zur 31. Sitzung des Stadtrates", 12),
        ("p", "Die Sitzung findet am Donnerstag, 18.09.2025, um 16:00 Uhr im Festsaal des Rathauses statt. "
              "Es wird folgende Tagesordnung festgesetzt:"),
        ("table", ["TOP", "Beratungsgegenstand", "DS-Nr.", "ö/nö"], [
            ["1", "Eröffnung und Feststellung der Beschlussfähigkeit", "", "ö"],
            ["2", "Einwohnerfragestunde", "", "ö"],
            ["3", "Sanierung der Schwimmhalle Lusan – Baubeschluss", "087/2025", "ö"],
            ["4", "Wohnungsmarktbericht 2024 (Information)", "095/2025", "ö"],
            ["5", "Satzung über die Erhebung von Elternbeiträgen in Kindertageseinrichtungen", "090/2025", "ö"],
            ["6", "Anfragen der Stadtratsmitglieder", "", "ö"],
            ["7", "Grundstücksangelegenheit Gemarkung Untermhaus", "093/2025", "nö"],
            ["8", "Personalangelegenheit", "094/2025", "nö"]]),
        ("p", "Die Sitzungsunterlagen stehen im Ratsinformationssystem zur Verfügung.\n\nDr. Sabine Lämmerhirt\n"
              "Vorsitzende des Stadtrates"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-09-05",
               title="31. Sitzung des Stadtrates", public=True,
               references=["087/2025", "095/2025", "090/2025", "093/2025", "094/2025"],
               themes=["verwaltung"], themes_why="session agenda",
               notes="Agenda as a ruled table with DS-Nr. and ö/nö columns; mixed parts → public true "
                     "(convention). DS numbers in the table are references."))
