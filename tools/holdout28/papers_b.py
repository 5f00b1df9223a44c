# holdout28 papers, part B: Gemeinde Thiendorf, Gemeinde Ilmtal-Weinstraße, Amt Hürup, Zweckverband Reckenberg-Gruppe.
# Everything invented (people, numbers, streets, amounts); real place names as settings only.
P = []

# ------------------------------------------------------------ Gemeinde Thiendorf (SN), SD.NET-like grid
P.append(dict(
    file="t18_thiendorf_bv-093-2026_bplan-kirschallee-tauscha.pdf", producer="reportlab", layout="thiendorf_sdnet_reportlab_beschlussvorlage",
    opt=dict(foot="Gemeinde Thiendorf · Beschlussvorlage BV-093/2026 · Seite {p} von {n}", rlfont="DV", size=9),
    blocks=[
        ("grid", None, [["**Gemeinde Thiendorf**\nDer Bürgermeister", "**Beschlussvorlage**\nVorlage-Nr.: BV-093/2026"],
                        ["Einreicher: Bürgermeister\nAmt: Bau- und Ordnungsamt\nSachbearbeiter: Herr Lötzsch", "Datum: 22.10.2026\nöffentlich: ja\nHaushaltsrelevanz: nein"]], [0.55, 0.45]),
        ("grid", ["Gremium", "Sitzungsdatum", "Beratungsart"], [["Technischer Ausschuss", "03.11.2026", "vorberatend"], ["Gemeinderat", "17.11.2026", "beschließend"]], [0.5, 0.25, 0.25]),
        ("kv", [("Betreff:", "**Bebauungsplan „Wohngebiet An der Kirschallee“, Ortsteil Tauscha – Abwägungs- und Satzungsbeschluss**")], False),
        ("h", "Beschlussvorschlag", 10),
        ("p", "1. Der Gemeinderat wägt die während der öffentlichen Auslegung und der Beteiligung der Behörden nach §§ 3 Abs. 2, 4 Abs. 2 BauGB eingegangenen Stellungnahmen entsprechend der Abwägungstabelle (Anlage 1) ab.\n2. Der Gemeinderat beschließt den Bebauungsplan „Wohngebiet An der Kirschallee“ in der Fassung vom 15.10.2026 gemäß § 10 Abs. 1 BauGB als Satzung und billigt die Begründung."),
        ("h", "Sachverhalt", 10),
        ("p", "Der Gemeinderat hat am 16.03.2025 die Aufstellung des Bebauungsplans beschlossen (BV-021/2025) und am 08.04.2026 den Entwurf gebilligt (BV-047/2026). Das Plangebiet umfasst 2,4 ha am östlichen Ortsrand von Tauscha und sieht 22 Bauplätze für Einzel- und Doppelhäuser vor. Sechs Bauplätze werden vorrangig an junge Familien aus der Gemeinde vergeben; dazu beschließt der Gemeinderat gesondert Vergaberichtlinien."),
        ("p", "Während der Auslegung vom 04.05. bis 05.06.2026 gingen elf Stellungnahmen ein. Das Landratsamt forderte eine zusätzliche Ausgleichsfläche von 0,3 ha; sie wird auf dem Flurstück 712/4 der Gemarkung Sacka als Streuobstwiese angelegt. Anwohner der Dorfstraße wandten sich gegen die Erschließung über den Mühlweg; die Zufahrt wurde deshalb an die Kreisstraße verlegt."),
        ("p", "Die Erschließungskosten trägt ein Erschließungsträger nach § 11 BauGB; der Gemeinde entstehen keine Kosten."),
        ("h", "Klimarelevanz", 10),
        ("p", "Die Satzung schreibt begrünte Flachdächer oder PV-Anlagen auf Hauptgebäuden vor. Der Verlust von Ackerfläche wird ausgeglichen."),
        ("sp", 10), ("p", "Tauscha, den 22.10.2026\n\nDirk Mißbach\nBürgermeister"),
    ],
    t=dict(city="Gemeinde Thiendorf", drucksache="BV-093/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-22",
           title="Bebauungsplan „Wohngebiet An der Kirschallee“, Ortsteil Tauscha – Abwägungs- und Satzungsbeschluss", public=True, department="Bau- und Ordnungsamt", originator=None,
           answers=None, references=["BV-021/2025", "BV-047/2026"], consultations=[("Technischer Ausschuss", "2026-11-03", "Vorberatung"), ("Gemeinderat", "2026-11-17", "Entscheidung")],
           klimacheck=None, klima_style="heading 'Klimarelevanz' with prose only (roof greening/PV duty, compensation) – no verdict, so klimacheck null", pages=1,
           themes=["stadtentwicklung", "soziales"], themes_why="housing B-Plan with statute decision; plots reserved for young local families as its own point",
           notes="SD.NET-like ruled two-column head grid: cells with 'Einreicher: Bürgermeister' (→ originator null), 'Amt:', 'öffentlich: ja', 'Haushaltsrelevanz: nein'; Beratungsfolge with 'vorberatend'/'beschließend'. Unsure: klimacheck null because the Klimarelevanz section states measures without a verdict. 'Flurstück 712/4', '§§ 3 Abs. 2, 4 Abs. 2 BauGB' no references.")))

P.append(dict(
    file="t19_thiendorf_anfrage-gemeinderat_schulbus-ponickau.pdf", producer="chromium", layout="thiendorf_member_anfrage_form",
    opt=dict(size=10.5, htmltitle="Anfrage Gemeinderat"),
    blocks=[
        ("lh", ["Anfrage eines Gemeinderatsmitgliedes", "gemäß § 28 Abs. 6 SächsGemO"], "l"),
        ("kv", [("Einreicher/in:", "Gemeinderätin Kathrin Schöne (Fraktion Bürger für Thiendorf)"), ("Eingang:", "19.10.2026"), ("Anfrage-Nr.:", "AF-014/2026"), ("zur Sitzung:", "Gemeinderat am 17.11.2026")], True),
        ("p", "**Schülerbeförderung aus Ponickau und Würschnitz zur Grundschule Thiendorf**"),
        ("p", "Seit dem Fahrplanwechsel im August 2026 fährt der Schulbus der Linie 457 in Ponickau bereits um 6:38 Uhr ab; die Kinder warten dann in Thiendorf bis zu 50 Minuten vor Unterrichtsbeginn. Nachmittags gibt es nach dem Hort keine Verbindung zurück nach Würschnitz."),
        ("p", "Ich frage die Verwaltung:\n1. Hat die Gemeinde beim Landkreis als Aufgabenträger gegen die Fahrplanänderung Einwände erhoben?\n2. Wie viele Grundschulkinder aus Ponickau und Würschnitz sind betroffen?\n3. Ist ein zusätzlicher Kleinbus am Nachmittag, etwa über den Rufbus, möglich, und was würde er die Gemeinde kosten?"),
        ("p", "Thiendorf, 19.10.2026        Kathrin Schöne"),
    ],
    t=dict(city="Gemeinde Thiendorf", drucksache="AF-014/2026", doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-19",
           title="Schülerbeförderung aus Ponickau und Würschnitz zur Grundschule Thiendorf", public=None, department=None, originator="Kathrin Schöne",
           answers=None, references=[], consultations=[("Gemeinderat", "2026-11-17", None)], klimacheck=None, klima_style=None, pages=1,
           themes=["mobilitaet", "bildung"], themes_why="school bus timetable and afternoon connection for primary pupils",
           notes="Form with ruled key table; heading 'Anfrage eines Gemeinderatsmitgliedes' (doc_type_printed 'Anfrage' as the type word inside it); number 'Anfrage-Nr.: AF-014/2026' printed by the office; originator printed as 'Gemeinderätin Kathrin Schöne (Fraktion Bürger für Thiendorf)' in one key value; labelled as the person's name only (office word and Fraktion in brackets left out, as in k05). 'Linie 457', '6:38 Uhr', '§ 28 Abs. 6 SächsGemO' lures.")))

P.append(dict(
    file="t20_thiendorf_antwort-af-014-2026_schulbus.pdf", producer="ghostscript-ps", layout="thiendorf_ps_antwort_letter",
    opt=dict(foot="Gemeindeverwaltung Thiendorf - Hauptamt - Tel. 035248 843-20 - Seite {p}", psfont="Helvetica", size=10),
    blocks=[
        ("lh", ["Gemeinde Thiendorf", "Hauptamt"], "r"),
        ("p", "Gemeinde Thiendorf, 01561 Thiendorf"),
        ("p", "Frau Gemeinderätin\nKathrin Schöne\nim Hause"),
        ("r", "Datum: 06.11.2026"),
        ("p", "**Ihre Anfrage AF-014/2026 vom 19.10.2026 - Schülerbeförderung aus Ponickau und Würschnitz**"),
        ("p", "Sehr geehrte Frau Schöne,"),
        ("p", "Ihre Anfrage beantworte ich wie folgt:"),
        ("p", "Zu 1.: Die Gemeinde hat mit Schreiben vom 12.06.2026 an das Landratsamt gegen die frühere Abfahrtszeit Einwände erhoben. Der Aufgabenträger verweist auf den gemeinsamen Umlauf mit der Oberschule; eine Änderung sei frühestens zum Fahrplanwechsel im Dezember 2027 möglich."),
        ("p", "Zu 2.: Betroffen sind 17 Kinder aus Ponickau und 6 aus Würschnitz; 14 von ihnen besuchen den Hort."),
        ("p", "Zu 3.: Ein Nachmittagskurs des Rufbusses um 16:10 Uhr ab Thiendorf könnte nach Angabe des Verkehrsunternehmens für rund 9.800 EUR im Jahr eingerichtet werden. Die Verwaltung wird dazu eine Beschlussvorlage für die Haushaltsberatungen 2027 vorbereiten."),
        ("p", "Die Anfrage und diese Antwort werden dem Gemeinderat in der Sitzung am 17.11.2026 bekannt gegeben."),
        ("p", "Mit freundlichen Grüßen\n\nDirk Mißbach\nBürgermeister"),
    ],
    t=dict(city="Gemeinde Thiendorf", drucksache=None, doc_type="Antwort", doc_type_printed=None, date="2026-11-06",
           title="Ihre Anfrage AF-014/2026 vom 19.10.2026 - Schülerbeförderung aus Ponickau und Würschnitz", public=None, department="Hauptamt", originator=None,
           answers="AF-014/2026", references=[], consultations=[], klimacheck=None, klima_style=None, pages=1,
           themes=["mobilitaet", "bildung"], themes_why="Antwort takes the Anfrage's themes: school bus and Rufbus connection for primary pupils",
           notes="Hand-written PostScript letter to the member, no type word; the bold subject line names the answered number (answers) and is the title as printed; 'Hauptamt' in the letterhead's second line and the footer. The Gemeinderat session in the last paragraph is prose, not a Beratungsfolge → no consultation. '16:10 Uhr', '12.06.2026' lures.")))

P.append(dict(
    file="t21_thiendorf_niederschrift-ta-2026-11-03.pdf", producer="libreoffice-docx", layout="thiendorf_word_niederschrift_ausschuss",
    opt=dict(wordhead="Gemeinde Thiendorf – Niederschrift Technischer Ausschuss – 03.11.2026", foot="Die Niederschrift wurde in der Sitzung am 01.12.2026 genehmigt.", size=10.5),
    blocks=[
        ("lh", ["Gemeinde Thiendorf"], "l"),
        ("h", "Niederschrift", 14),
        ("p", "über die **öffentliche Sitzung des Technischen Ausschusses** am Dienstag, 03.11.2026, im Bürgerhaus Thiendorf, Beginn 18:30 Uhr, Ende 20:10 Uhr"),
        ("kv", [("Vorsitz:", "Bürgermeister Dirk Mißbach"), ("anwesend:", "6 Ausschussmitglieder (siehe Anwesenheitsliste)"), ("Verwaltung:", "Herr Lötzsch (Bau- und Ordnungsamt)"), ("Protokoll:", "Frau Welke")], True),
        ("h", "1. Eröffnung und Feststellung der Beschlussfähigkeit", 11),
        ("p", "Der Vorsitzende eröffnet die Sitzung und stellt die form- und fristgerechte Einladung fest."),
        ("h", "2. Bebauungsplan „Wohngebiet An der Kirschallee“, Ortsteil Tauscha – Abwägungs- und Satzungsbeschluss (BV-093/2026)", 11),
        ("p", "Herr Lötzsch stellt die Abwägung vor. Auf Nachfrage von Herrn Kunath wird erläutert, dass die Ausgleichsfläche in Sacka durch den Bauhof gepflegt wird. Herr Fiedler regt an, die sechs Bauplätze für Familien aus der Gemeinde im Vergabeverfahren klar zu begründen."),
        ("p", "Empfehlungsbeschluss: Der Technische Ausschuss empfiehlt dem Gemeinderat, den Bebauungsplan als Satzung zu beschließen. Ja 6 / Nein 0 / Enthaltung 0"),
        ("h", "3. Sanierung der Brücke im Zuge der Dorfstraße in Lötzschen – Vergabe Ingenieurleistungen (BV-096/2026)", 11),
        ("p", "Für die Objekt- und Tragwerksplanung liegen drei Honorarangebote vor. Der Ausschuss vergibt die Leistungen der Leistungsphasen 1 bis 4 an das Ingenieurbüro Dreßler zum Honorar von 64.215,00 € brutto. Ja 5 / Nein 1 / Enthaltung 0"),
        ("pb",),
        ("h", "4. Bauanträge", 11),
        ("p", "a) Neubau eines Carports, Stölpchen, Flurstück 88/2 – Einvernehmen erteilt.\nb) Umnutzung einer Scheune zu Wohnzwecken, Welxande – Einvernehmen erteilt."),
        ("h", "5. Informationen und Anfragen", 11),
        ("p", "Der Bürgermeister informiert über den Winterdienst der Gemeindestraßen. Herr Kunath fragt nach dem Stand des Radwegs Tauscha–Sacka; die Antwort erfolgt schriftlich."),
        ("sp", 20),
        ("p", "Dirk Mißbach, Vorsitzender                     Jana Welke, Protokollführerin"),
    ],
    t=dict(city="Gemeinde Thiendorf", drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-11-03",
           title="über die öffentliche Sitzung des Technischen Ausschusses am Dienstag, 03.11.2026", public=True, department=None, originator=None,
           answers=None, references=["BV-093/2026", "BV-096/2026"], consultations=[], klimacheck=None, klima_style=None, pages=2,
           themes=["stadtentwicklung", "mobilitaet"], themes_why="TOP 2 housing B-Plan, TOP 3 bridge rehabilitation planning award; Bauanträge and information not counted",
           notes="Word minutes of a committee: type word as its own heading, session line with bold run under it (title ends before the place/time clause – unsure where a reader cuts it); ruled key table; footer 'genehmigt am 01.12.2026' and Word header date lures. Flurstück 88/2, 'Leistungsphasen 1 bis 4' no references.")))

# ------------------------------------------------------------ Gemeinde Ilmtal-Weinstraße (TH), KommunalOffice-like
P.append(dict(
    file="i22_ilmtal-weinstrasse_bv-0187-2026_pv-grundschule-pfiffelbach.pdf", producer="libreoffice-docx", layout="ilmtal_komuna_word_beschlussvorlage",
    opt=dict(wordhead="Gemeinde Ilmtal-Weinstraße · Der Bürgermeister", foot="Beschlussvorlage 0187/2026 – erstellt mit KommunalOffice – Druckdatum 28.10.2026", size=10),
    blocks=[
        ("kv", [("Vorlagenart:", "Beschlussvorlage"), ("Vorlage-Nr.:", "0187/2026"), ("Einreicher:", "Bürgermeister"), ("Fachbereich:", "FB 3 Bauen, Liegenschaften, Umwelt"), ("Datum:", "26.10.2026"), ("Öffentlichkeit:", "öffentlich")], True),
        ("grid", ["Beratungsfolge", "Sitzung am", "Beratungsziel"], [["Bau- und Umweltausschuss", "05.11.2026", "Vorberatung"], ["Gemeinderat", "19.11.2026", "Beschluss"]], None),
        ("p", "**Betreff:**"),
        ("p", "**Errichtung einer Photovoltaikanlage mit Batteriespeicher auf der Grundschule Pfiffelbach**"),
        ("p", "**Beschlusstext:**\nDer Gemeinderat beschließt die Errichtung einer Photovoltaikanlage (48 kWp) mit Batteriespeicher (30 kWh) auf dem Dach der Grundschule Pfiffelbach und beauftragt den Bürgermeister, die Leistungen beschränkt auszuschreiben."),
        ("p", "**Begründung:**\nDie Dachsanierung der Grundschule wurde 2025 abgeschlossen; die Statik lässt eine Belegung der Süd- und Westfläche zu. Die Anlage deckt nach der Ertragsprognose rund 62 % des Strombedarfs von Schule und Hort und spart jährlich etwa 27 t CO2. Im Sachunterricht der Klassen 3 und 4 soll eine Anzeige im Schulhaus die Erzeugung sichtbar machen."),
        ("p", "**Finanzielle Auswirkungen:**\nGesamtkosten: 86.500 €. Förderung aus dem Programm „Solar Invest“ des Freistaats Thüringen: 30 % (25.950 €). Eigenanteil: 60.550 €, Haushaltsstelle 2110.9400, Ansatz 2026: 65.000 €. Amortisation nach ca. 11 Jahren durch vermiedene Strombezugskosten."),
        ("p", "**Klimarelevanz:** ja, positiv – die Maßnahme verringert die Treibhausgasemissionen der kommunalen Gebäude."),
        ("p", "Pfiffelbach, 26.10.2026\ngez. Sebastian Hörnlein\nBürgermeister"),
    ],
    t=dict(city="Gemeinde Ilmtal-Weinstraße", drucksache="0187/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-26",
           title="Errichtung einer Photovoltaikanlage mit Batteriespeicher auf der Grundschule Pfiffelbach", public=True, department="FB 3 Bauen, Liegenschaften, Umwelt", originator=None,
           answers=None, references=[], consultations=[("Bau- und Umweltausschuss", "2026-11-05", "Vorberatung"), ("Gemeinderat", "2026-11-19", "Entscheidung")],
           klimacheck="positive", klima_style="bold key 'Klimarelevanz:' with 'ja, positiv – …' inline", pages=1,
           themes=["klima_umwelt", "bildung", "finanzen"], themes_why="school PV with CO2 figures as purpose; school use in lessons has its own sentence; funding rate, own share and payback argued",
           notes="KommunalOffice/Komuna-like ruled key table (Vorlagenart, Vorlage-Nr., Einreicher, Fachbereich, Öffentlichkeit); 'Betreff:' on its own bold line over the bold title; Beratungsziel 'Beschluss' → Entscheidung. 'Haushaltsstelle 2110.9400', '48 kWp' no references; footer print date lure.")))

P.append(dict(
    file="i23_ilmtal-weinstrasse_antrag-ortsteilrat-willerstedt_spielplatz.pdf", producer="reportlab", layout="ilmtal_ortsteilrat_reportlab_antrag",
    opt=dict(rlfont="Helvetica", size=10.5),
    blocks=[
        ("lh", ["Ortsteilrat Willerstedt", "Ortsteilbürgermeisterin Petra Kieser · Dorfstraße 31 · 99510 Ilmtal-Weinstraße OT Willerstedt"], "l"),
        ("sp", 6),
        ("p", "Gemeinde Ilmtal-Weinstraße\nHerrn Bürgermeister Sebastian Hörnlein\nAm Anger 1"),
        ("r", "Willerstedt, 14.10.2026"),
        ("h", "Antrag an den Gemeinderat", 12),
        ("p", "**Betr.: Erneuerung der Spielgeräte und Zaun am Spielplatz Lindenweg in Willerstedt**"),
        ("p", "Der Ortsteilrat Willerstedt hat in seiner Sitzung am 07.10.2026 einstimmig beschlossen, beim Gemeinderat folgenden Antrag nach § 45a Abs. 6 ThürKO zu stellen:"),
        ("p", "Der Gemeinderat möge beschließen, die bei der Spielplatzprüfung im Juli 2026 gesperrte Kletterkombination und die Schaukel am Spielplatz Lindenweg im Jahr 2027 zu ersetzen und den Zaun zur Landesstraße zu erneuern. Hierfür sind im Haushalt 2027 18.000 € einzustellen. Der Ortsteilrat stellt aus seinem Ortsteilbudget 2.500 € zur Verfügung; Eltern haben angeboten, beim Aufbau mitzuhelfen."),
        ("p", "Begründung: Der Spielplatz ist der einzige im Ortsteil und wird auch vom Kindergarten „Weinbergzwerge“ genutzt. Seit der Sperrung stehen nur noch ein Sandkasten und eine Wippe zur Verfügung."),
        ("sp", 12), ("p", "Petra Kieser\nOrtsteilbürgermeisterin"),
    ],
    t=dict(city="Gemeinde Ilmtal-Weinstraße", drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-14",
           title="Erneuerung der Spielgeräte und Zaun am Spielplatz Lindenweg in Willerstedt", public=None, department=None, originator="Ortsteilrat Willerstedt",
           answers=None, references=[], consultations=[], klimacheck=None, klima_style=None, pages=1,
           themes=["soziales"], themes_why="playground equipment for children of the village and the Kita; the money asked is a single line",
           notes="ReportLab letter of a Thuringian Ortsteilrat; 'Antrag an den Gemeinderat' heading names the addressee, not a session (no consultation: no date, and 'Gemeinderat' is the addressee – unsure); bold 'Betr.:' line; '§ 45a Abs. 6 ThürKO' no reference. Theme: playgrounds filed under soziales (children/families); unsure vs kultur_sport.")))

P.append(dict(
    file="i24_ilmtal-weinstrasse_iv-0191-2026_winterdienst.pdf", producer="chromium", layout="ilmtal_komuna_html_informationsvorlage",
    opt=dict(foot="Gemeinde Ilmtal-Weinstraße · Informationsvorlage 0191/2026 · Seite 1", size=10, htmltitle="0191/2026"),
    blocks=[
        ("side", ["**Gemeinde Ilmtal-Weinstraße**", "Der Bürgermeister", "", "**Informationsvorlage**", "Nr. 0191/2026", "", "Fachbereich:", "FB 2 Ordnung und Bürgerservice", "", "Datum:", "02.11.2026", "", "Gremium:", "Gemeinderat", "Sitzung am 19.11.2026", "zur Kenntnis", "", "öffentlich"],
                 [("h", "Winterdienst 2026/2027 in den Ortsteilen – Organisation, Räumfolge und Kosten", 12),
                  ("p", "Die Gemeinde räumt mit dem Bauhof und zwei beauftragten Landwirten rund 48 km Gemeindestraßen in 14 Ortsteilen. Kreis- und Landesstraßen räumt die Straßenmeisterei."),
                  ("grid", ["Räumstufe", "Straßen", "Zeitraum"], [["I", "Busstrecken, Zufahrten Kita und Grundschule, Feuerwehr", "bis 6:30 Uhr"], ["II", "Sammelstraßen, Steigungen in Oberreißen und Niederreißen", "bis 9:00 Uhr"], ["III", "übrige Anliegerstraßen", "nach Bedarf"]], [0.15, 0.6, 0.25]),
                  ("p", "Die Kosten der Saison 2025/2026 betrugen 71.300 € (Vorjahr 58.900 €). Der Anstieg beruht auf den höheren Stundensätzen der Landwirte und auf dem Streusalzpreis. Für 2026/2027 sind 75.000 € veranschlagt."),
                  ("p", "Anlieger sind nach der Straßenreinigungssatzung verpflichtet, Gehwege bis 7:00 Uhr zu räumen und abzustumpfen. Die Verwaltung bittet, Fahrzeuge in engen Straßen so abzustellen, dass das Räumfahrzeug passieren kann."),
                  ("p", "Markus Dörfel, Fachbereichsleiter")]),
    ],
    t=dict(city="Gemeinde Ilmtal-Weinstraße", drucksache="0191/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-11-02",
           title="Winterdienst 2026/2027 in den Ortsteilen – Organisation, Räumfolge und Kosten", public=True, department="FB 2 Ordnung und Bürgerservice", originator=None,
           answers=None, references=[], consultations=[("Gemeinderat", "2026-11-19", "Kenntnisnahme")], klimacheck=None, klima_style=None, pages=1,
           themes=["mobilitaet"], themes_why="winter road service priorities and costs; costs only reported, not argued as financing",
           notes="Grey left side column carries type word, number, unit, date, committee, role and 'öffentlich' as stacked free lines; title is the bold heading of the main column. Unsure on theme: winter service could be read as sicherheit_ordnung. '2026/2027', '2025/2026' inside text are no references.")))

P.append(dict(
    file="i25_ilmtal-weinstrasse_einladung-gemeinderat-2026-11-19.pdf", producer="ghostscript-ps", layout="ilmtal_ps_einladung_bekanntmachung",
    opt=dict(psfont="Times", size=10.5, foot="Ortsübliche Bekanntmachung im Amtsblatt vom 13.11.2026 und an den Verkündungstafeln"),
    blocks=[
        ("lh", ["Gemeinde Ilmtal-Weinstraße"], "c"),
        ("h", "Einladung und öffentliche Bekanntmachung", 13),
        ("p", "Die **nächste Sitzung des Gemeinderates** findet am **Donnerstag, dem 19.11.2026, um 19:00 Uhr** im Gemeindezentrum Pfiffelbach, Am Anger 1, statt."),
        ("p", "Tagesordnung:"),
        ("p", "Öffentlicher Teil"),
        ("p", "1. Begrüßung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit\n2. Bestätigung der Niederschrift vom 22.10.2026\n3. Errichtung einer Photovoltaikanlage mit Batteriespeicher auf der Grundschule Pfiffelbach - Beschlussvorlage 0187/2026\n4. Winterdienst 2026/2027 in den Ortsteilen - Informationsvorlage 0191/2026\n5. Satzung über die Erhebung von Beiträgen für die Kindertageseinrichtungen (Elternbeitragssatzung) - 2. Änderung - Beschlussvorlage 0189/2026\n6. Antrag des Ortsteilrates Willerstedt: Spielplatz Lindenweg\n7. Informationen des Bürgermeisters, Anfragen"),
        ("p", "Nichtöffentlicher Teil"),
        ("p", "8. Vergabeangelegenheiten\n9. Grundstücksangelegenheiten"),
        ("p", "Ilmtal-Weinstraße, den 09.11.2026"),
        ("p", "Sebastian Hörnlein\nBürgermeister"),
    ],
    t=dict(city="Gemeinde Ilmtal-Weinstraße", drucksache=None, doc_type="Einladung", doc_type_printed="Einladung und öffentliche Bekanntmachung", date="2026-11-09",
           title=None, public=None, department=None, originator=None, answers=None, references=["0187/2026", "0191/2026", "0189/2026"], consultations=[], klimacheck=None, klima_style=None, pages=1,
           themes=["klima_umwelt", "soziales", "finanzen", "mobilitaet"], themes_why="agenda: school PV, Kita fee statute (soziales, finanzen), winter service, playground motion (soziales); opening, minutes, information and non-public items not counted",
           notes="Hand-written PostScript (Times) public notice; no subject line: the session is named inside a sentence ('Die nächste Sitzung des Gemeinderates findet am … statt') → title null (unsure: a reader may take the sentence). Agenda as numbered free lines with 'Beschlussvorlage 0187/2026' inline. Footer names the Amtsblatt date (lure).")))

# ------------------------------------------------------------ Amt Hürup (SH), ALLRIS-SH-like; Amtsausschuss and member Gemeinden
P.append(dict(
    file="a26_amt-huerup_aa-2026-017_e-akte.pdf", producer="ghostscript-ps", layout="huerup_ps_allris_amtsausschuss_vorlage",
    opt=dict(foot="Amt Hürup - Vorlage AA/2026/017 - Seite {p} von {n}", psfont="Helvetica", size=9.5, htmltitle="AA/2026/017"),
    blocks=[
        ("lh", ["Amt Hürup", "Der Amtsdirektor"], "l"),
        ("head2", ["**Beschlussvorlage**", "", "Federführung: Fachbereich 1 - Zentrale Dienste", "Bearbeitung: Thore Carstensen"], ["Vorlage Nr.: AA/2026/017", "Datum: 14.10.2026", "Status: öffentlich"]),
        ("grid", ["Beratungsfolge", "Termin", "Zuständigkeit"], [["Hauptausschuss des Amtes Hürup", "29.10.2026", "Vorberatung"], ["Amtsausschuss Hürup", "12.11.2026", "Entscheidung"]], [0.5, 0.2, 0.3]),
        ("p", "**Einführung eines Dokumentenmanagementsystems und der elektronischen Akte in der Amtsverwaltung**"),
        ("p", "**Sachverhalt:**"),
        ("p", "Nach § 52b LVwG und dem E-Government-Gesetz des Landes ist die Amtsverwaltung verpflichtet, Verwaltungsverfahren elektronisch abzuwickeln. Derzeit werden Bauakten, Gewerbeakten und die Sitzungsdienstunterlagen der 6 amtsangehörigen Gemeinden auf Papier geführt; im Archiv im Untergeschoss fehlt Platz."),
        ("p", "Die Verwaltung hat mit dem IT-Verbund Schleswig-Holstein (ITVSH) drei Systeme verglichen. Empfohlen wird die Beschaffung des landesweit eingesetzten Systems über den Rahmenvertrag des ITVSH. Die Einführung erfolgt in drei Stufen: Posteingang und Scanstelle (2027), Bau- und Ordnungsamt (2027), übrige Bereiche (2028). Für die Scanstelle wird eine befristete Stelle (0,5 VZÄ, EG 6) für zwei Jahre benötigt; der Stellenplan 2027 wird entsprechend geändert."),
        ("pb",),
        ("p", "**Finanzielle Auswirkungen:**"),
        ("grid", ["", "2027", "2028", "ab 2029 jährlich"], [["Lizenzen und Einrichtung", "118.000 EUR", "42.000 EUR", "-"], ["Wartung/Betrieb ITVSH", "21.500 EUR", "23.000 EUR", "24.000 EUR"], ["Personal Scanstelle", "26.800 EUR", "27.600 EUR", "-"]], [0.4, 0.2, 0.2, 0.2]),
        ("p", "Das Land fördert die Einführung über das Programm \"Digitale Verwaltung\" mit 50 % der Einrichtungskosten. Der Rest wird über die Amtsumlage finanziert; der Umlagesatz erhöht sich dadurch um rund 0,2 Prozentpunkte."),
        ("p", "**Auswirkungen auf den Klimaschutz:** [ ] positiv  [ ] negativ  [x] keine"),
        ("p", "**Beschlussvorschlag:**"),
        ("p", "Der Amtsausschuss beschließt die Einführung eines Dokumentenmanagementsystems über den Rahmenvertrag des ITVSH und stimmt der befristeten Stelle für die Scanstelle zu."),
    ],
    t=dict(city="Amt Hürup", drucksache="AA/2026/017", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-14",
           title="Einführung eines Dokumentenmanagementsystems und der elektronischen Akte in der Amtsverwaltung", public=True, department="Fachbereich 1 - Zentrale Dienste", originator=None,
           answers=None, references=[], consultations=[("Hauptausschuss des Amtes Hürup", "2026-10-29", "Vorberatung"), ("Amtsausschuss Hürup", "2026-11-12", "Entscheidung")],
           klimacheck="neutral", klima_style="one bold key line 'Auswirkungen auf den Klimaschutz:' with ASCII [ ]/[x] boxes positiv/negativ/keine", pages=2,
           themes=["digitalisierung", "verwaltung", "finanzen"], themes_why="DMS/e-file introduction; temporary staff post and Stellenplan change; cost table, grant rate and levy effect argued",
           notes="Hand-written PostScript ALLRIS-SH-like: type word bold top-left with 'Federführung:' below, number/date/status right; unlabelled bold title after the Beratungsfolge; '§ 52b LVwG', 'EG 6' no references.")))

P.append(dict(
    file="a27_husby_gv-2026-044_feuerwehrhaus-husby.pdf", producer="chromium", layout="huerup_allris_sh_gemeinde_vorlage",
    opt=dict(foot="Amt Hürup für die Gemeinde Husby · Ausdruck vom 21.10.2026 · Seite 1/1", size=10, htmltitle="GV Husby"),
    blocks=[
        ("lh", ["Gemeinde Husby", "Amt Hürup · Der Amtsdirektor als Verwaltung der Gemeinde"], "l"),
        ("kv", [("Vorlage", "**Ho/2026/044**"), ("Art", "Beschlussvorlage"), ("Sachbearbeitendes Amt:", "Bauamt"), ("Sachbearbeitung:", "Frau Jessen"), ("Datum:", "20.10.2026")], True),
        ("kv", [("Beratungsfolge:", ""), ("Bau- und Wegeausschuss der Gemeinde Husby", "(Ö) Vorberatung – 02.11.2026"), ("Gemeindevertretung Husby", "(Ö) Entscheidung – 16.11.2026")], False),
        ("h", "Neubau des Feuerwehrgerätehauses Husby – Standortentscheidung und Planungsauftrag", 12),
        ("p", "**Sachverhalt:** Das Gerätehaus der Freiwilligen Feuerwehr Husby am Ortskern entspricht nicht mehr den Anforderungen der Unfallkasse Nord: Die Stellplätze sind zu kurz für das neue HLF 10, Umkleiden liegen im Fahrzeugbereich, eine Schwarz-Weiß-Trennung fehlt. Der Feuerwehrbedarfsplan (Beschluss der Gemeindevertretung vom 10.06.2025) sieht einen Neubau bis 2029 vor."),
        ("p", "Geprüft wurden drei Standorte. Empfohlen wird das gemeindeeigene Grundstück an der Kreuzung Hauptstraße / Ausackerweg (ca. 4.200 m²): Die Hilfsfrist wird für den gesamten Gemeindebereich einschließlich Ausacker-Nord eingehalten, und die Fläche ist bereits im Flächennutzungsplan als Fläche für den Gemeinbedarf dargestellt."),
        ("p", "**Finanzielle Auswirkungen:** Für die Planungsleistungen bis Leistungsphase 3 sind 145.000 € im Haushalt 2027 vorzusehen. Die Gesamtkosten werden auf 3,1 Mio. € geschätzt; eine Förderung aus Mitteln der Feuerschutzsteuer (Kreis) wird beantragt."),
        ("p", "**Klimaschutz:** Das Gebäude soll als Effizienzgebäude 40 mit Wärmepumpe und PV-Anlage geplant werden."),
        ("p", "**Beschlussvorschlag:** Die Gemeindevertretung beschließt den Standort Hauptstraße / Ausackerweg und beauftragt das Amt, die Planungsleistungen auszuschreiben."),
    ],
    t=dict(city="Gemeinde Husby", drucksache="Ho/2026/044", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-20",
           title="Neubau des Feuerwehrgerätehauses Husby – Standortentscheidung und Planungsauftrag", public=True, department="Bauamt", originator=None,
           answers=None, references=[], consultations=[("Bau- und Wegeausschuss der Gemeinde Husby", "2026-11-02", "Vorberatung"), ("Gemeindevertretung Husby", "2026-11-16", "Entscheidung")],
           klimacheck=None, klima_style="bold inline 'Klimaschutz:' with a planning sentence, no verdict → null", pages=1,
           themes=["sicherheit_ordnung", "klima_umwelt"], themes_why="fire station new build and site; efficiency-40 standard with heat pump and PV stated as its own section; planning money is one line",
           notes="ALLRIS-SH-like print of an Amt for a member Gemeinde: council is the Gemeinde; number shape 'Ho/2026/044' (Amt prefix), ruled key table with 'Sachbearbeitendes Amt:'; Beratungsfolge as key rows with '(Ö) Vorberatung – date'. Unsure: klimacheck null vs positive (section without verdict words). 'HLF 10', 'Leistungsphase 3' no references.")))

P.append(dict(
    file="a28_freienwill_antrag-wgf_tempo30-kita.pdf", producer="libreoffice-docx", layout="huerup_waehlergemeinschaft_word_antrag",
    opt=dict(wordhead="WGF – Wählergemeinschaft Freienwill", foot="WGF · Fraktionsvorsitzender Sönke Lorenzen · Langballigholz 2 · 24991 Freienwill", size=11, docfont="Liberation Sans"),
    blocks=[
        ("p", "An die Bürgermeisterin der Gemeinde Freienwill\nüber das Amt Hürup\nGroßsolter Weg 1\n24975 Hürup"),
        ("r", "Freienwill, 02.11.2026"),
        ("h", "Antrag der WGF-Fraktion für die Sitzung der Gemeindevertretung am 26.11.2026", 12),
        ("kv", [("Betreff", "Tempo 30 vor der Kita „Storchennest“ und sicherer Schulweg an der Kreisstraße 96")], True),
        ("p", "Die Gemeindevertretung möge beschließen:"),
        ("p", "Die Bürgermeisterin wird beauftragt, bei der Verkehrsaufsicht des Kreises die Anordnung einer Geschwindigkeitsbeschränkung auf 30 km/h vor der Kita und dem Schulbushalt an der K 96 nach § 45 Abs. 9 Satz 4 Nr. 6 StVO zu beantragen und die Aufstellung von zwei Dialog-Displays zu prüfen."),
        ("p", "Begründung:"),
        ("p", "Morgens queren etwa 40 Kinder die Kreisstraße, um zur Kita oder zum Schulbus nach Hürup zu gelangen. Eine Verkehrszählung der Gemeinde im September 2026 ergab bei 2.300 Fahrzeugen täglich eine V85 von 58 km/h. Seit der Änderung der StVO ist Tempo 30 vor Kitas und an hochfrequentierten Schulwegen auch an Kreisstraßen möglich."),
        ("p", "Für die WGF-Fraktion\nSönke Lorenzen"),
    ],
    t=dict(city="Gemeinde Freienwill", drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-11-02",
           title="Tempo 30 vor der Kita „Storchennest“ und sicherer Schulweg an der Kreisstraße 96", public=None, department=None, originator="WGF-Fraktion",
           answers=None, references=[], consultations=[("Gemeindevertretung", "2026-11-26", None)], klimacheck=None, klima_style=None, pages=1,
           themes=["mobilitaet", "bildung"], themes_why="speed limit and safe school route; children at Kita and school bus stop are the purpose",
           notes="Word letter of a Wählergemeinschaft sent via the Amt (Amt address is a lure for city); heading 'Antrag der WGF-Fraktion für die Sitzung der Gemeindevertretung am 26.11.2026' → originator 'WGF-Fraktion' and a consultation without role; ruled one-row 'Betreff' table. '§ 45 Abs. 9 Satz 4 Nr. 6 StVO', 'K 96', '30 km/h' no references. Unsure whether bildung holds (Kita → soziales by the convention's example?): kept bildung for the school route.")))

P.append(dict(
    file="a29_amt-huerup_niederschrift-amtsausschuss-2026-11-12.pdf", producer="reportlab", layout="huerup_reportlab_niederschrift",
    opt=dict(foot="Niederschrift Amtsausschuss Hürup 12.11.2026 · Seite {p} von {n}", runhead="Amt Hürup · Niederschrift über die Sitzung des Amtsausschusses am 12.11.2026", rlfont="DV", size=9.5),
    blocks=[
        ("lh", ["Amt Hürup"], "l"),
        ("h", "N i e d e r s c h r i f t", 14),
        ("p", "über die Sitzung des Amtsausschusses des Amtes Hürup am Donnerstag, 12.11.2026, im Sitzungsraum der Amtsverwaltung, Großsolter Weg 1, Hürup"),
        ("kv", [("Beginn / Ende", "18:00 Uhr / 19:45 Uhr"), ("Vorsitz", "Amtsvorsteherin Wiebke Nissen"), ("Protokoll", "Thore Carstensen"), ("anwesend", "13 stimmberechtigte Mitglieder, Amtsdirektor Frerk Hansen")], True),
        ("p", "**Tagesordnung:** Die Tagesordnung wird mit der Ergänzung um TOP 5 (Tischvorlage) einstimmig festgestellt. Die Sitzung ist öffentlich; TOP 8 wird nichtöffentlich beraten."),
        ("h", "TOP 4: Einführung eines Dokumentenmanagementsystems und der elektronischen Akte in der Amtsverwaltung (AA/2026/017)", 10.5),
        ("p", "Der Amtsdirektor erläutert die Vorlage. Bürgermeister Matthiesen (Gemeinde Maasbüll) fragt, ob die Gemeinden auf die Sitzungsunterlagen digital zugreifen können; dies ist ab 2028 vorgesehen. Beschluss: wie Beschlussvorschlag. Abstimmung: 12 Ja, 1 Enthaltung."),
        ("h", "TOP 5: Ergänzung zur Vorlage AA/2026/017 – Ausstattung der Scanstelle (AA/2026/017-1)", 10.5),
        ("p", "Die Tischvorlage wird zur Kenntnis genommen; die Ausstattung wird mit dem Hauptausschuss abgestimmt."),
        ("h", "TOP 6: Schulverband Hürup – Schulentwicklungsplanung Grundschule Hürup/Tastrup (AA/2026/019)", 10.5),
        ("p", "Die Leiterin des Schulverbands berichtet über steigende Schülerzahlen (2026: 212, 2030 voraussichtlich 248). Ein Raumkonzept für die Ganztagsbetreuung ab 2026/27 wird bis März erarbeitet. Kenntnisnahme."),
        ("pb",),
        ("h", "TOP 7: Bericht des Amtsdirektors", 10.5),
        ("p", "Der Amtsdirektor berichtet über den Stand der Haushaltsplanung 2027 und die Besetzung der Stelle der Kämmerei."),
        ("h", "TOP 8: Personalangelegenheiten (nichtöffentlich)", 10.5),
        ("p", "Der Bericht erfolgt in gesonderter Niederschrift."),
        ("sp", 20), ("p", "Wiebke Nissen, Amtsvorsteherin          Thore Carstensen, Protokollführer"),
    ],
    t=dict(city="Amt Hürup", drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-11-12",
           title="über die Sitzung des Amtsausschusses des Amtes Hürup am Donnerstag, 12.11.2026", public=None, department=None, originator=None,
           answers=None, references=["AA/2026/017", "AA/2026/017-1", "AA/2026/019"], consultations=[], klimacheck=None, klima_style=None, pages=2,
           themes=["digitalisierung", "bildung"], themes_why="TOP 4/5 DMS and scan station, TOP 6 school development plan; reports and personnel not counted",
           notes="ReportLab; letter-spaced type word 'N i e d e r s c h r i f t' (doc_type_printed as printed, spaced); public null (public session with a non-public TOP); running head on page 2; title ends before the place clause (unsure).")))

P.append(dict(
    file="a30_amt-huerup_aa-2026-017-1_tischvorlage-scanstelle.pdf", producer="chromium", layout="huerup_allris_html_tischvorlage",
    opt=dict(foot="Amt Hürup · Tischvorlage zur Sitzung am 12.11.2026", size=10.5, htmltitle="AA/2026/017-1"),
    blocks=[
        ("box", ["**TISCHVORLAGE**", "Sitzung: Amtsausschuss Hürup, 12.11.2026 – öffentlich"]),
        ("kv", [("Vorlage Nr.:", "AA/2026/017-1"), ("Ergänzung zu:", "AA/2026/017"), ("Federführung:", "Fachbereich 1 - Zentrale Dienste"), ("Datum:", "11.11.2026")], False),
        ("kv", [("Betreff:", "Ausstattung der Scanstelle und Übergangsregelung für die Papierakten")], False),
        ("p", "Nach Versand der Vorlage AA/2026/017 hat der ITVSH am 09.11.2026 mitgeteilt, dass das Landesprogramm „Digitale Verwaltung“ auch die Geräte der Scanstelle fördert. Die Verwaltung schlägt vor, zwei Hochleistungsscanner (je 14.900 €) und einen Arbeitsplatz für die Qualitätssicherung im Antrag zu berücksichtigen. Die förderfähigen Einrichtungskosten steigen damit von 118.000 € auf 151.000 €; der Eigenanteil des Amtes steigt um 16.500 €."),
        ("p", "Papierakten, die bis zum 31.12.2026 geschlossen sind, werden nicht nachträglich digitalisiert, sondern nach Ablauf der Aufbewahrungsfristen an das Kreisarchiv abgegeben oder vernichtet."),
        ("p", "**Ergänzter Beschlussvorschlag:** Der Beschlussvorschlag der Vorlage AA/2026/017 wird um folgenden Satz ergänzt: „Die Beschaffung der Scanstelle (zwei Scanner, ein QS-Arbeitsplatz) wird in den Förderantrag aufgenommen.“"),
        ("p", "Frerk Hansen\nAmtsdirektor"),
    ],
    t=dict(city="Amt Hürup", drucksache="AA/2026/017-1", doc_type="Ergänzungsvorlage", doc_type_printed="Tischvorlage", date="2026-11-11",
           title="Ausstattung der Scanstelle und Übergangsregelung für die Papierakten", public=True, department="Fachbereich 1 - Zentrale Dienste", originator=None,
           answers=None, references=["AA/2026/017"], consultations=[("Amtsausschuss Hürup", "2026-11-12", None)], klimacheck=None, klima_style=None, pages=1,
           themes=["digitalisierung", "finanzen"], themes_why="scan station equipment for the e-file; grant-eligible costs and own share change argued",
           notes="Chromium: framed box with uppercase 'TISCHVORLAGE' and the line 'Sitzung: Amtsausschuss Hürup, 12.11.2026 – öffentlich' (consultation without role, 'öffentlich' → public true); 'Ergänzung zu: AA/2026/017' → reference; Betreff key plain (not bold). '31.12.2026' lure.")))

# ------------------------------------------------------------ Zweckverband zur Wasserversorgung der Reckenberg-Gruppe (BY)
ZV = "Zweckverband zur Wasserversorgung der Reckenberg-Gruppe"
P.append(dict(
    file="r31_reckenberg_vv-2026-11_transportleitung-ornbau-arberg.pdf", producer="reportlab", layout="reckenberg_reportlab_sidecolumn_vorlage",
    opt=dict(foot="Reckenberg-Gruppe · Körperschaft des öffentlichen Rechts · Bahnhofstraße 40 · 91737 Ornbau · Tel. 09826 6540-0 · Seite {p}", rlfont="DV", size=9.5),
    blocks=[
        ("lh", [ZV, "Verbandsversammlung"], "l"),
        ("side", ["**Vorlage**", "**VV 2026/11**", "", "Technische Betriebsleitung", "Dipl.-Ing. Kai Ströbel", "Tel. 09826 6540-30", "", "Datum: 28.10.2026", "", "**Beratung**", "Werkausschuss", "05.11.2026 · nichtöffentlich · Vorberatung", "Verbandsversammlung", "19.11.2026 · öffentlich · Beschluss", "", "**Klimarelevanz:** nein"],
                 [("h", "Erneuerung der Transportleitung Ornbau – Arberg, Bauabschnitt 2 (DN 400); Vergabe der Rohrleitungsbauarbeiten", 11.5),
                  ("p", "**Sachverhalt**"),
                  ("p", "Die 1972 verlegte Transportleitung aus Asbestzement zwischen dem Wasserwerk Ornbau und dem Hochbehälter Arberg hatte seit 2019 neun Schäden. Bauabschnitt 1 (3,1 km) wurde 2025 fertiggestellt (Beschluss VV 2024/07). Bauabschnitt 2 umfasst 4,6 km bis zum Hochbehälter und eine Querung der Wieseth im Spülbohrverfahren."),
                  ("p", "Auf die europaweite Ausschreibung gingen fünf Angebote ein. Wirtschaftlichster Bieter ist die Fa. Rohrbau Wörnitz GmbH mit 3.962.480,55 € brutto (Kostenberechnung 4,2 Mio. €)."),
                  ("p", "**Finanzierung**"),
                  ("p", "Der Wirtschaftsplan 2026/2027 sieht für die Maßnahme 4,4 Mio. € vor. Die Finanzierung erfolgt über ein Darlehen der Bayerischen Landesbodenkreditanstalt (2,5 Mio. €), Zuwendungen nach den RZWas 2021 (Härtefallförderung, voraussichtlich 620.000 €) und Eigenmittel. Die Kapitalkosten fließen ab 2028 in die Wassergebühr ein (ca. + 0,09 €/m³)."),
                  ("p", "**Beschlussvorschlag**"),
                  ("p", "Die Verbandsversammlung vergibt die Rohrleitungsbauarbeiten für den Bauabschnitt 2 an die Fa. Rohrbau Wörnitz GmbH zum Angebotspreis von 3.962.480,55 € brutto."),
                  ("p", "Ornbau, 28.10.2026 – Verbandsvorsitzender Gerhard Lechner")]),
    ],
    t=dict(city=ZV, drucksache="VV 2026/11", doc_type="Beschlussvorlage", doc_type_printed="Vorlage", date="2026-10-28",
           title="Erneuerung der Transportleitung Ornbau – Arberg, Bauabschnitt 2 (DN 400); Vergabe der Rohrleitungsbauarbeiten", public=True, department="Technische Betriebsleitung", originator=None,
           answers=None, references=["VV 2024/07"], consultations=[("Werkausschuss", "2026-11-05", "Vorberatung"), ("Verbandsversammlung", "2026-11-19", "Entscheidung")],
           klimacheck="neutral", klima_style="last line of the side column: bold 'Klimarelevanz:' with 'nein'", pages=1,
           themes=["klima_umwelt", "finanzen"], themes_why="drinking-water main renewal (asbestos cement, supply security); tender award with loan, RZWas grant and fee effect argued",
           notes="ReportLab grey side column: bold 'Vorlage' / number, unit with engineer and phone, date, 'Beratung' with committee lines 'date · öffentlich/nichtöffentlich · role'; title bold at top of the main column. public true: the deciding session is public. 'DN 400', 'RZWas 2021', 'Wirtschaftsplan 2026/2027' no references. Theme of water supply under klima_umwelt (unsure, as in g12).")))

P.append(dict(
    file="r32_reckenberg_vv-2026-12_wirtschaftsplan-2027.pdf", producer="libreoffice-docx", layout="reckenberg_word_wirtschaftsplan_vorlage",
    opt=dict(wordhead=ZV + " – Kaufmännische Betriebsleitung", foot="VV 2026/12 · Wirtschaftsplan 2027", size=10.5),
    blocks=[
        ("grid", None, [["Verbandsversammlung am 19.11.2026", "öffentliche Sitzung"], ["Vorlage VV 2026/12", "Datum: 30.10.2026"], ["Bearbeitung: Kaufmännische Betriebsleitung, Frau Gsänger", "TOP 4"]], [0.65, 0.35]),
        ("p", "**Wirtschaftsplan 2027 mit Finanzplan 2026–2031 und Festsetzung der Wasserverbrauchsgebühr**"),
        ("p", "**1. Erfolgsplan**\nDer Erfolgsplan 2027 sieht Erträge von 14,62 Mio. € und Aufwendungen von 14,35 Mio. € vor. Der Wasserabsatz an die 27 Verbandsmitglieder und die Direktabnehmer wird mit 6,9 Mio. m³ angesetzt (2025: 7,1 Mio. m³); der Rückgang folgt den trockenen Sommern mit Sparappellen."),
        ("p", "**2. Vermögensplan**\nInvestitionen von 9,8 Mio. €, davon 3,9 Mio. € Transportleitung Ornbau – Arberg (Vorlage VV 2026/11), 2,1 Mio. € Ertüchtigung des Brunnens III in Gnotzheim und 1,4 Mio. € Fernwirk- und IT-Sicherheitstechnik. Kreditaufnahme: 5,0 Mio. €."),
        ("p", "**3. Wasserverbrauchsgebühr**\nDie kostendeckende Gebühr nach Art. 8 KAG steigt von 1,62 €/m³ auf 1,79 €/m³ netto. Ein Haushalt mit 100 m³ Jahresverbrauch zahlt damit rund 18 € mehr im Jahr. Die Grundgebühr bleibt unverändert."),
        ("p", "**Beschlussvorschlag:** Die Verbandsversammlung beschließt den Wirtschaftsplan 2027 in der vorgelegten Form und die Änderungssatzung zur Beitrags- und Gebührensatzung mit einer Verbrauchsgebühr von 1,79 €/m³ ab 01.01.2027."),
        ("p", "Gerhard Lechner, Verbandsvorsitzender"),
    ],
    t=dict(city=ZV, drucksache="VV 2026/12", doc_type="Beschlussvorlage", doc_type_printed="Vorlage", date="2026-10-30",
           title="Wirtschaftsplan 2027 mit Finanzplan 2026–2031 und Festsetzung der Wasserverbrauchsgebühr", public=True, department="Kaufmännische Betriebsleitung", originator=None,
           answers=None, references=["VV 2026/11"], consultations=[("Verbandsversammlung", "2026-11-19", None)], klimacheck=None, klima_style=None, pages=1,
           themes=["finanzen", "klima_umwelt"], themes_why="business plan and fee statute (finanzen first); fee serves water supply with well and main investments described",
           notes="Word: unlabelled ruled head grid (session and 'öffentliche Sitzung', 'Vorlage VV 2026/12', date, unit with clerk, TOP 4); the only type word is 'Vorlage' directly before the number in a grid cell (doc_type_printed 'Vorlage', as in r31); 'TOP 4' and 'Art. 8 KAG' no references.")))

P.append(dict(
    file="r33_reckenberg_schreiben-mitglieder_nitrat-brunnen.pdf", producer="ghostscript-ps", layout="reckenberg_ps_letter_members",
    opt=dict(psfont="Times", size=10.5, foot="Zweckverband zur Wasserversorgung der Reckenberg-Gruppe - Bahnhofstraße 40 - 91737 Ornbau - USt-IdNr. DE 133 518 204"),
    blocks=[
        ("lh", ["Zweckverband zur Wasserversorgung", "der Reckenberg-Gruppe"], "l"),
        ("head2", ["Reckenberg-Gruppe, Bahnhofstraße 40, 91737 Ornbau", "", "An die Bürgermeisterinnen und Bürgermeister", "der Verbandsmitglieder"], ["Ansprechpartner: Dr. Simone Eberlein", "Wasserqualität / Labor", "Telefon 09826 6540-55", "Az.: WQ-6412/2026", "Ornbau, 09.11.2026"]),
        ("p", "**Nitratbelastung im Brunnenfeld Gnotzheim - Information und Bitte um Unterstützung**"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "in den Brunnen II und III des Brunnenfelds Gnotzheim sind die Nitratwerte seit 2021 von 31 mg/l auf 44 mg/l gestiegen. Der Grenzwert der Trinkwasserverordnung von 50 mg/l wird im abgegebenen Mischwasser sicher eingehalten (derzeit 19 mg/l), weil das Rohwasser mit dem Wasser aus Ornbau gemischt wird."),
        ("p", "Um den Trend umzukehren, hat der Zweckverband mit 23 Landwirten im Wasserschutzgebiet freiwillige Kooperationsverträge geschlossen (Zwischenfruchtanbau, reduzierte Herbstdüngung). Wir bitten die Gemeinden, bei eigenen Pachtflächen im Einzugsgebiet entsprechende Auflagen in die Pachtverträge aufzunehmen, und laden Sie zur Informationsveranstaltung am 02.12.2026 im Gasthaus \"Zur Krone\" in Gnotzheim ein."),
        ("p", "Die Verbandsversammlung wird am 19.11.2026 über den Sachstand informiert."),
        ("p", "Mit freundlichen Grüßen\n\nGerhard Lechner\nVerbandsvorsitzender"),
    ],
    t=dict(city=ZV, drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2026-11-09",
           title="Nitratbelastung im Brunnenfeld Gnotzheim - Information und Bitte um Unterstützung", public=None, department="Wasserqualität / Labor", originator=None,
           answers=None, references=[], consultations=[], klimacheck=None, klima_style=None, pages=1,
           themes=["klima_umwelt"], themes_why="groundwater nitrate and cooperation with farmers in the protection zone",
           notes="Hand-written PostScript DIN letter (Times); contact column with 'Wasserqualität / Labor' under the contact person (department, unsure); Az. and USt-IdNr. lures; the Verbandsversammlung date in prose is no consultation; '50 mg/l' lures.")))

P.append(dict(
    file="r34_reckenberg_niederschrift-vv-2026-11-19.pdf", producer="chromium", layout="reckenberg_html_niederschrift_vv",
    opt=dict(font="'DejaVu Sans', sans-serif", size=9.5, foot="Niederschrift der Verbandsversammlung vom 19.11.2026", htmltitle="Niederschrift VV"),
    blocks=[
        ("lh", [ZV], "c"),
        ("h", "Niederschrift über die öffentliche Sitzung der Verbandsversammlung", 12),
        ("kv", [("Sitzungstag:", "19.11.2026"), ("Sitzungsort:", "Verwaltungsgebäude Ornbau, Sitzungssaal"), ("Beginn:", "14:00 Uhr"), ("Ende:", "16:05 Uhr"), ("Vorsitzender:", "Gerhard Lechner"), ("Niederschrift:", "Anja Gsänger")], False),
        ("p", "Anwesend sind 41 Verbandsräte mit 74 von 82 Stimmen. Die Verbandsversammlung ist beschlussfähig."),
        ("h", "1. Eröffnung, Begrüßung, Feststellung der Beschlussfähigkeit", 10.5),
        ("h", "2. Genehmigung der Niederschrift vom 21.05.2026", 10.5),
        ("p", "Genehmigt mit 74 : 0 Stimmen."),
        ("h", "3. Erneuerung der Transportleitung Ornbau – Arberg, Bauabschnitt 2; Vergabe (Vorlage VV 2026/11)", 10.5),
        ("p", "Herr Ströbel erläutert die Vergabe. Verbandsrat Heckel (Markt Arberg) bittet, die Wiesethquerung außerhalb der Brutzeit durchzuführen; dies ist vorgesehen. Beschluss gemäß Vorschlag: 74 : 0."),
        ("h", "4. Wirtschaftsplan 2027 und Wasserverbrauchsgebühr (Vorlage VV 2026/12)", 10.5),
        ("p", "Frau Gsänger stellt den Wirtschaftsplan vor. Verbandsrätin Meyer (Stadt Ornbau) kritisiert die Gebührenerhöhung; der Vorsitzende verweist auf den Investitionsbedarf. Beschluss: 69 : 5."),
        ("h", "5. Nitratbelastung im Brunnenfeld Gnotzheim – Sachstand", 10.5),
        ("p", "Dr. Eberlein berichtet. Die Verbandsversammlung nimmt Kenntnis und unterstützt die Kooperation mit der Landwirtschaft."),
        ("h", "6. Verschiedenes", 10.5),
        ("p", "Die nächste Verbandsversammlung findet voraussichtlich am 20.05.2027 statt."),
        ("p", "Gerhard Lechner, Verbandsvorsitzender · Anja Gsänger, Schriftführerin"),
    ],
    t=dict(city=ZV, drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-11-19",
           title="über die öffentliche Sitzung der Verbandsversammlung", public=True, department=None, originator=None,
           answers=None, references=["VV 2026/11", "VV 2026/12"], consultations=[], klimacheck=None, klima_style=None, pages=1,
           themes=["klima_umwelt", "finanzen"], themes_why="TOP 3 water main award, TOP 4 business plan and fee, TOP 5 nitrate; minutes and Verschiedenes not counted",
           notes="Chromium; heading without date (date only in the 'Sitzungstag:' key); next session 20.05.2027 and minutes date lures; votes '74 : 0' no references.")))

P.append(dict(
    file="r35_reckenberg_bericht-betriebsleitung_wasserabgabe-2026.pdf", producer="reportlab", layout="reckenberg_reportlab_bericht",
    opt=dict(rlfont="Helvetica", size=10, foot="Reckenberg-Gruppe · Bericht BL 04/2026 · Seite {p}"),
    blocks=[
        ("lh", [ZV], "r"),
        ("kv", [("Bericht der Betriebsleitung", "**BL 04/2026**"), ("an", "Werkausschuss, Sitzung am 05.11.2026 (nichtöffentlich)"), ("Verfasser", "Technische Betriebsleitung"), ("Stand", "23.10.2026")], True),
        ("h", "Wasserabgabe und Spitzenlast im Sommer 2026; Notverbund mit benachbarten Versorgern", 11.5),
        ("p", "Am 13. und 14.08.2026 erreichte die Tagesabgabe mit 31.400 m³ einen neuen Höchstwert (Durchschnitt 2026: 18.900 m³/Tag). Die Hochbehälter Arberg und Gnotzheim-Nord waren zeitweise nur zu 35 % gefüllt. Gartenbewässerung und Poolbefüllungen verursachten nach Auswertung der Zonenzähler rund 40 % der Spitze."),
        ("p", "Die Betriebsleitung empfiehlt, für Sommer 2027 eine Vereinbarung über einen Notverbund mit benachbarten Versorgern vorzubereiten und eine gemeinsame Sparkampagne mit den Verbandsmitgliedern durchzuführen. Der Werkausschuss wird um Kenntnisnahme gebeten."),
        ("sp", 10), ("p", "Kai Ströbel\nTechnischer Betriebsleiter"),
    ],
    t=dict(city=ZV, drucksache="BL 04/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Bericht", date="2026-10-23",
           title="Wasserabgabe und Spitzenlast im Sommer 2026; Notverbund mit benachbarten Versorgern", public=False, department="Technische Betriebsleitung", originator=None,
           answers=None, references=[], consultations=[("Werkausschuss", "2026-11-05", None)], klimacheck=None, klima_style=None, pages=1,
           themes=["klima_umwelt"], themes_why="peak water demand in a dry summer, emergency interconnection and saving campaign",
           notes="ReportLab ruled key table 'Bericht der Betriebsleitung | BL 04/2026' (type word as key, number as value); 'an: Werkausschuss, Sitzung am … (nichtöffentlich)' → consultation and public false; role null: 'um Kenntnisnahme gebeten' is only in the body prose. 'Gnotzheim-Nord' is a Hochbehälter name.")))
