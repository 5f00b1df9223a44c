"""holdout22 papers, part B (Schwabmünchen, Morbach, Zweckverband ÖPNV Vogtland, Hohen Neuendorf)."""
from papers import P

SMU = "Stadt Schwabmünchen"
MOR = "Gemeinde Morbach"
ZVV = "Zweckverband ÖPNV Vogtland"
HNE = "Stadt Hohen Neuendorf"
PAPERS = []
A = PAPERS.append

LOREM_BAU = [
    ("p", "Die Ausschreibung erfolgte öffentlich nach VOB/A. Bis zum Submissionstermin am 29.09.2026 gingen fünf Angebote ein. Nach Prüfung durch das Architekturbüro ist das Angebot der Firma Holzbau Kögel GmbH, Bobingen, mit einer geprüften Angebotssumme von 486.214,37 € brutto das wirtschaftlichste."),
    ("p", "Die Kostenberechnung sah für das Gewerk Zimmerer- und Holzbauarbeiten 452.000 € vor; die Mehrkosten von rund 7,6 % sind auf gestiegene Preise für Brettsperrholz zurückzuführen. Sie können innerhalb des Gesamtbudgets von 5,4 Mio. € aufgefangen werden, da die Erdarbeiten günstiger vergeben wurden (Sitzungsvorlage 2026/0641)."),
]

# ============================================================ Schwabmünchen (BY) — regisafe-like Sitzungsvorlage, Niederschrift, members' Antrag, Schreiben
A(P("q19", "q19_schwabmuenchen_2026-0812_kinderhaus-mittelstetten.pdf", "libreoffice-docx", "schwabmuenchen_regisafe_sitzungsvorlage", SMU, [
    ("kv", [("Stadt Schwabmünchen", "Sitzungsvorlage"), ("Fachbereich 3 – Bauverwaltung und Hochbau", "Vorlagennummer: 2026/0812"),
            ("Sachbearbeiter: Herr Fendt", "Datum: 06.10.2026")], 55),
    ("table", ["Gremium", "Sitzung am", "Öffentlichkeit", "Zuständigkeit"], [
        ["Bau- und Umweltausschuss", "15.10.2026", "öffentlich", "beschließend"]], [40, 18, 20, 22]),
    ("h", "Neubau Kinderhaus Mittelstetten; Vergabe der Zimmerer- und Holzbauarbeiten", 2),
    ("h", "I. Sachverhalt", 3),
    ("p", "Der Stadtrat hat am 18.03.2025 den Neubau eines Kinderhauses mit zwei Kindergarten- und einer Krippengruppe in Holzbauweise im Ortsteil Mittelstetten beschlossen. Das Gebäude wird im KfW-Effizienzhausstandard 40 errichtet; auf dem Dach wird eine Photovoltaikanlage mit 38 kWp installiert."),
] + LOREM_BAU + [
    ("p", "Der Freistaat Bayern fördert die Maßnahme nach Art. 10 BayFAG mit voraussichtlich 2,1 Mio. €. Die Fertigstellung ist für August 2027 geplant."),
    ("pb",),
    ("h", "II. Beschlussvorschlag", 3),
    ("p", "Der Bau- und Umweltausschuss beschließt, die Zimmerer- und Holzbauarbeiten für den Neubau des Kinderhauses Mittelstetten an die Firma Holzbau Kögel GmbH, Bobingen, zum Angebotspreis von 486.214,37 € brutto zu vergeben."),
    ("h", "III. Haushaltsrechtliche Auswirkungen", 3),
    ("p", "Die Mittel stehen im Haushalt 2026 unter HHSt. 4641.9400 zur Verfügung."),
    ("p", "Schwabmünchen, 06.10.2026\n\nLorenz Sailer\nErster Bürgermeister"),
], drucksache="2026/0812", doc_type="Beschlussvorlage", printed="Sitzungsvorlage", date="2026-10-06",
   title="Neubau Kinderhaus Mittelstetten; Vergabe der Zimmerer- und Holzbauarbeiten", public=True,
   department="Fachbereich 3 – Bauverwaltung und Hochbau", references=["2026/0641"],
   consultations=[("Bau- und Umweltausschuss", "2026-10-15", "Entscheidung")],
   themes=["soziales", "finanzen"], why="Kita new build (Kinderbetreuung); tender award with its volume, price increase cover and state grant argued",
   notes="regisafe-like Word print: borderless three-row head table (council/unit left, type/number/date right), Gremium|Sitzung am|Öffentlichkeit|Zuständigkeit with 'beschließend' → Entscheidung and 'öffentlich' → public. Title as an unlabelled heading. 'Sitzungsvorlage 2026/0641' → reference; 'HHSt. 4641.9400', 'Art. 10 BayFAG' no references. Header/footer with page numbers, 2 pages. Timber/PV mentioned in one sentence, not labelled klima_umwelt.",
   docxhead="Sitzungsvorlage 2026/0812 – Stadt Schwabmünchen", docxfoot="Seite {n} – Ausdruck vom 07.10.2026"))

A(P("q20", "q20_schwabmuenchen_niederschrift-stadtrat.pdf", "reportlab", "schwabmuenchen_reportlab_niederschrift", SMU, [
    ("center", "**Stadt Schwabmünchen**"),
    ("h", "Niederschrift über die öffentliche Sitzung des Stadtrates", 1),
    ("kv", [("Sitzungstag:", "Dienstag, 20.10.2026"), ("Sitzungsort:", "Sitzungssaal des Rathauses, Fuggerstraße 50"),
            ("Beginn:", "19:00 Uhr"), ("Ende:", "21:45 Uhr"), ("Vorsitzender:", "Erster Bürgermeister Lorenz Sailer"),
            ("Schriftführerin:", "Verwaltungsfachwirtin Anja Roth"),
            ("Anwesend:", "22 von 25 Mitgliedern (entschuldigt: StR Huber, StRin Lechner, StR Wiedemann)")], 24),
    ("p", "Der Vorsitzende eröffnet die Sitzung, stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest."),
    ("h", "TOP 1  Genehmigung der Niederschrift der Sitzung vom 22.09.2026", 3),
    ("p", "Einwendungen werden nicht erhoben. Abstimmung: 22 : 0"),
    ("h", "TOP 2  Haushaltssatzung 2027 – Eckdaten und Zeitplan (Vorlage 2026/0798)", 3),
    ("p", "Kämmerer Peter Joas stellt die Eckdaten vor: Gewerbesteuer 14,2 Mio. €, Kreisumlage 9,8 Mio. €, geplante Investitionen 18,6 Mio. €, davon 5,4 Mio. € für das Kinderhaus Mittelstetten und 3,1 Mio. € für die Sanierung der Grundschule. Die Kreditaufnahme soll 4 Mio. € nicht überschreiten."),
    ("p", "**Beschluss:** Der Stadtrat nimmt die Eckdaten zur Kenntnis und beauftragt die Verwaltung, den Entwurf der Haushaltssatzung 2027 bis zum 19.01.2027 vorzulegen. Abstimmung: 20 : 2"),
    ("h", "TOP 3  Ortsdurchfahrt Schwabegg (St 2035) – Stellungnahme der Stadt (Vorlage 2026/0803)", 3),
    ("p", "Das Staatliche Bauamt Augsburg plant die Erneuerung der Ortsdurchfahrt ab 2028. Die Stadt muss sich an Gehwegen und Beleuchtung beteiligen (geschätzt 640.000 €). StR Gerstmayr fordert eine Querungshilfe an der Kirche."),
    ("p", "**Beschluss:** Der Stadtrat stimmt der Planung mit der Maßgabe zu, dass eine Querungshilfe an der Pfarrkirche St. Michael vorgesehen wird. Abstimmung: 22 : 0"),
    ("pb",),
    ("h", "TOP 4  Antrag der Stadtratsmitglieder Gerstmayr, Kraus und Dr. Mayr: Bürgerbus für die Ortsteile (Vorlage 2026/0809)", 3),
    ("p", "Der Antrag wird zur Vorberatung an den Haupt- und Finanzausschuss verwiesen. Abstimmung: 21 : 1"),
    ("h", "TOP 5  Bekanntgaben", 3),
    ("p", "Der Vorsitzende gibt bekannt, dass der Bau- und Umweltausschuss am 15.10.2026 die Zimmererarbeiten für das Kinderhaus Mittelstetten vergeben hat."),
    ("p", " "),
    ("cols", ["Lorenz Sailer\nErster Bürgermeister", "Anja Roth\nSchriftführerin"], [50, 50]),
], doc_type="Niederschrift", printed="Niederschrift", date="2026-10-20",
   title="öffentliche Sitzung des Stadtrates", public=True, department=None,
   references=["2026/0798", "2026/0803", "2026/0809"],
   themes=["finanzen", "mobilitaet"], why="agenda: budget 2027 key figures (larger item), state road through-town renewal with crossing, members' Bürgerbus motion referred",
   notes="ReportLab minutes, 2 pages, running header on page 2 and page numbers. Title = the session named after 'Niederschrift über die' ('öffentliche Sitzung des Stadtrates'); public true from 'öffentliche Sitzung'. Department null: the minutes print no unit. Vorlage numbers of the agenda → references. 'St 2035' no reference; next sessions and the committee date in TOP 5 no consultations.",
   rlhead="Niederschrift Stadtrat Schwabmünchen vom 20.10.2026", rlpagenum="- {n} -", style=dict(rlfont="LiberationSans")))

A(P("q21", "q21_schwabmuenchen_antrag-stadtraete_buergerbus.pdf", "chromium", "schwabmuenchen_members_html_antrag", SMU, [
    ("cols", ["Josef Gerstmayr · Monika Kraus · Dr. Florian Mayr\nMitglieder des Stadtrates Schwabmünchen", "Schwabmünchen, 28.09.2026"], [65, 35]),
    ("p", " "),
    ("p", "An den\nErsten Bürgermeister der Stadt Schwabmünchen\nHerrn Lorenz Sailer\nFuggerstraße 50\n86830 Schwabmünchen"),
    ("h", "Antrag", 2),
    ("p", "**Betreff: Einführung eines ehrenamtlichen Bürgerbusses für die Ortsteile Mittelstetten, Klimmach, Schwabegg und Birkach**"),
    ("p", "Sehr geehrter Herr Erster Bürgermeister,"),
    ("p", "gemäß § 26 der Geschäftsordnung stellen wir folgenden Antrag und bitten um Behandlung in der nächsten Sitzung des Stadtrates:"),
    ("p", "Die Verwaltung wird beauftragt, ein Konzept für einen ehrenamtlich gefahrenen Bürgerbus zu erarbeiten, der die Ortsteile zweimal wöchentlich mit der Innenstadt (Ärzte, Apotheken, Wochenmarkt) verbindet, und die Förderung eines Fahrzeugs aus dem Programm „Bürgerbusse in Bayern“ zu prüfen."),
    ("p", "**Begründung:** In den Ortsteilen gibt es außerhalb der Schulbusse kaum Verbindungen. Besonders ältere Menschen ohne Auto sind auf Nachbarschaftshilfe angewiesen. Der Seniorenbeirat und die Nachbarschaftshilfe Schwabegg haben bereits 14 Fahrerinnen und Fahrer gewonnen."),
    ("p", "Mit freundlichen Grüßen"),
    ("cols", ["Josef Gerstmayr", "Monika Kraus", "Dr. Florian Mayr"], [33, 33, 34]),
], doc_type="Antrag", printed="Antrag", date="2026-09-28",
   title="Einführung eines ehrenamtlichen Bürgerbusses für die Ortsteile Mittelstetten, Klimmach, Schwabegg und Birkach",
   originator="Josef Gerstmayr · Monika Kraus · Dr. Florian Mayr",
   consultations=[],
   themes=["mobilitaet", "soziales"], why="volunteer community bus; target group older people without a car",
   notes="Members' Antrag (three Stadträte, no Fraktion), Chromium from HTML. Originator as printed in the sender line (names joined with ' · ') — a call: one may also want the three names as a list. No session date printed ('nächste Sitzung') → no consultation. '§ 26 der Geschäftsordnung' no reference.",
   fixfoot="Antrag Bürgerbus Ortsteile – Stadtratsmitglieder Gerstmayr, Kraus, Dr. Mayr"))

A(P("q22", "q22_schwabmuenchen_schreiben-staatliches-bauamt_st2035.pdf", "libreoffice-html", "schwabmuenchen_din_letter_html", SMU, [
    ("cols", ["**STADT SCHWABMÜNCHEN**\nFachbereich 4 – Tiefbau und Verkehr", "Fuggerstraße 50\n86830 Schwabmünchen\nTelefon 08232 9633-410\nTelefax 08232 9633-499"], [60, 40]),
    ("small", "Stadt Schwabmünchen · Fuggerstraße 50 · 86830 Schwabmünchen"),
    ("p", "Staatliches Bauamt Augsburg\nServicestelle Straßenbau\nHolbeinstraße 10\n86150 Augsburg"),
    ("kv", [("Ihr Zeichen", "S 21-4322.1-St2035"), ("Unser Zeichen", "FB4-632/Schw"), ("Datum", "23.10.2026")], 25),
    ("p", "**Erneuerung der Ortsdurchfahrt Schwabegg im Zuge der St 2035\nStellungnahme der Stadt Schwabmünchen zum Vorentwurf**"),
    ("p", "Sehr geehrte Damen und Herren,"),
    ("p", "der Stadtrat hat sich in seiner Sitzung am 20.10.2026 mit Ihrem Vorentwurf vom 14.08.2026 befasst und ihm zugestimmt. Wir bitten, folgende Punkte in die weitere Planung aufzunehmen:"),
    ("p", "1. An der Pfarrkirche St. Michael ist eine Querungshilfe vorzusehen; die Stadt trägt die Kosten für Beleuchtung und Pflaster.\n2. Die Gehwege sollen durchgehend eine Breite von mindestens 1,80 m erhalten.\n3. Die Bushaltestelle „Schwabegg Mitte“ soll barrierefrei ausgebaut werden.\n4. Für die Bauzeit ist die Umleitung so zu planen, dass der Schulbus die Haltestellen weiter bedienen kann."),
    ("p", "Für die Kostenbeteiligung der Stadt wird eine Vereinbarung nach den Ortsdurchfahrtenrichtlinien geschlossen. Die städtischen Anteile (geschätzt 640.000 €) werden im Investitionsprogramm 2028/2029 berücksichtigt."),
    ("p", "Mit freundlichen Grüßen\n\nLorenz Sailer\nErster Bürgermeister"),
], doc_type="Schreiben", printed=None, date="2026-10-23",
   title="Erneuerung der Ortsdurchfahrt Schwabegg im Zuge der St 2035 Stellungnahme der Stadt Schwabmünchen zum Vorentwurf", public=None,
   department="Fachbereich 4 – Tiefbau und Verkehr",
   themes=["mobilitaet"], why="state road renewal through a village: crossing, footpaths, bus stop",
   notes="DIN letter of the city to a state authority (LibreOffice HTML import), no type word → doc_type Schreiben, printed null. Its subject contains 'Stellungnahme der Stadt' but the paper is a letter (not a Beirat's opinion) — a call. Title = the two subject lines joined. 'Ihr Zeichen S 21-4322.1-St2035', 'Unser Zeichen', phone/fax, postcodes no references. The Stadtrat's past session no consultation."))

# ============================================================ Morbach (RP) — Einheitsgemeinde with Ortsbezirke
A(P("q23", "q23_morbach_0345-2026_dorfgemeinschaftshaus-gonzerath.pdf", "chromium", "morbach_html_two_column_vorlage", MOR, [
    ("raw", """<table style="width:100%"><tr><td style="width:62%"><span style="font-size:16pt; font-weight:bold">Gemeinde Morbach</span><br>Einheitsgemeinde im Hunsrück</td>
<td style="border:1px solid #000; font-size:9.5pt">Beschlussvorlage<br>Nr.: <b>0345/2026</b><br>Fachbereich 2 – Bauen, Umwelt, Liegenschaften<br>Datum: 16.10.2026<br>öffentlich</td></tr></table>"""),
    ("p", " "),
    ("p", "**Betreff:**<br>**Dorfgemeinschaftshaus Gonzerath – energetische Sanierung und Umbau zur barrierefreien Nutzung**".replace("<br>", "\n")),
    ("table", ["Beratungsgremium", "Sitzungsdatum", "Beratung"], [
        ["Ortsbeirat Gonzerath", "29.10.2026", "Anhörung"],
        ["Haupt- und Finanzausschuss", "05.11.2026", "Vorberatung"],
        ["Gemeinderat", "19.11.2026", "Beschlussfassung"]], [50, 20, 30]),
    ("h", "Beschlussvorschlag:", 3),
    ("p", "Der Gemeinderat beschließt die energetische Sanierung und den barrierefreien Umbau des Dorfgemeinschaftshauses Gonzerath auf Grundlage der Entwurfsplanung mit Gesamtkosten von 1.120.000 €. Die Verwaltung wird ermächtigt, den Förderantrag im Dorferneuerungsprogramm zu stellen."),
    ("h", "Sachverhalt:", 3),
    ("p", "Das Dorfgemeinschaftshaus Gonzerath wurde 1974 errichtet und wird von zwölf Vereinen, der Kita-Außengruppe und für Familienfeiern genutzt. Die Ölheizung ist 31 Jahre alt, Fenster und Dach entsprechen nicht mehr dem Stand der Technik. Der Saal im Obergeschoss ist nur über eine Treppe erreichbar."),
    ("p", "Die Planung sieht eine Dämmung der Gebäudehülle, neue Fenster, eine Luft-Wasser-Wärmepumpe mit Photovoltaikanlage (29 kWp) und einen Aufzug vor. Der Ortsbeirat hat das Raumprogramm in einem Workshop am 12.09.2026 mitentwickelt."),
    ("pb",),
    ("h", "Finanzierung:", 3),
    ("table", ["", "Betrag"], [["Gesamtkosten", "1.120.000 €"], ["Zuwendung Dorferneuerung (65 %)", "728.000 €"],
                               ["Zuschuss Kreis (Barrierefreiheit)", "50.000 €"], ["Eigenanteil Gemeinde", "342.000 €"]], [60, 40]),
    ("p", "Der Eigenanteil wird im Haushalt 2027 beim Produkt 5730 veranschlagt. Die Energiekosten sinken nach der Berechnung des Planers um rund 14.000 € jährlich."),
    ("h", "Auswirkungen auf den Klimaschutz:", 3),
    ("box", ["☒ positiv  ☐ neutral  ☐ negativ", "Einsparung von rund 38 t CO2 pro Jahr durch den Wechsel von Heizöl auf Wärmepumpe und Eigenstrom."]),
    ("p", "Andreas Kettern\nBürgermeister"),
], drucksache="0345/2026", doc_type="Beschlussvorlage", printed="Beschlussvorlage", date="2026-10-16",
   title="Dorfgemeinschaftshaus Gonzerath – energetische Sanierung und Umbau zur barrierefreien Nutzung", public=True,
   department="Fachbereich 2 – Bauen, Umwelt, Liegenschaften",
   consultations=[("Ortsbeirat Gonzerath", "2026-10-29", "Anhörung"), ("Haupt- und Finanzausschuss", "2026-11-05", "Vorberatung"),
                  ("Gemeinderat", "2026-11-19", "Entscheidung")],
   klimacheck="positive", klima_style="box_checkbox",
   themes=["klima_umwelt", "finanzen", "kultur_sport"], why="energy retrofit with heat pump/PV and CO2 saving argued; funding table with quota and own share; village hall for clubs",
   notes="Raw HTML (Chromium): head as two cells, the right one a bordered info box with type, number, Fachbereich, date, status. 'Betreff:' over the bold title on its own line. Beratungsgremium|Sitzungsdatum|Beratung. Klimaschutz box with checkboxes on page 2. 'Produkt 5730' no reference. Workshop date no consultation.",
   fixfoot="Gemeinde Morbach · Beschlussvorlage 0345/2026"))

A(P("q24", "q24_morbach_empfehlung-beirat-migration_sprachcafe.pdf", "reportlab", "morbach_beirat_reportlab_empfehlung", MOR, [
    ("p", "**Beirat für Migration und Integration der Gemeinde Morbach**"),
    ("small", "Vorsitzende: Dilara Kaya · Bahnhofstraße 19 · 54497 Morbach"),
    ("hr",),
    ("right", "Morbach, 11.11.2026"),
    ("p", "An den Bürgermeister und die Mitglieder des Gemeinderates"),
    ("h", "Stellungnahme", 2),
    ("kv", [("Betrifft:", "Haushalt 2027 – Zuschuss für das Sprachcafé und die Integrationslotsen"),
            ("Bezug:", "Beschlussvorlage 0352/2026 (Entwurf Haushaltsplan 2027)")], 18),
    ("p", "Der Beirat für Migration und Integration hat in seiner Sitzung am 10.11.2026 den Entwurf des Haushaltsplans 2027 beraten und empfiehlt dem Gemeinderat:"),
    ("p", "1. Den Zuschuss für das Sprachcafé im Mehrgenerationenhaus von 4.500 € auf 7.000 € zu erhöhen, um ein zweites wöchentliches Angebot in Hundheim zu ermöglichen.\n2. Für die Integrationslotsen eine Aufwandsentschädigung von 10 € je Einsatzstunde vorzusehen.\n3. Die Informationen zur Anmeldung in Kita und Schule in einfacher Sprache und in den fünf häufigsten Herkunftssprachen auf der Internetseite der Gemeinde bereitzustellen."),
    ("p", "In Morbach leben derzeit rund 1.100 Menschen mit ausländischer Staatsangehörigkeit, viele davon Beschäftigte des Flugplatzes Hahn und der Pflegeeinrichtungen. Die Sprachcafés sind seit Monaten ausgebucht."),
    ("p", "Dilara Kaya\nVorsitzende"),
], doc_type="Stellungnahme", printed="Stellungnahme", date="2026-11-11",
   title="Haushalt 2027 – Zuschuss für das Sprachcafé und die Integrationslotsen", originator="Beirat für Migration und Integration der Gemeinde Morbach",
   answers="0352/2026",
   themes=["soziales", "finanzen"], why="integration offers (language café, guides); grant increase and allowance amounts are the recommendation",
   notes="ReportLab letter of an RP Beirat für Migration und Integration. 'Betrifft:' key (title), 'Bezug: Beschlussvorlage 0352/2026' → answers. The Beirat's own session no consultation. Online information in simple language is one point, not labelled digitalisierung.",
   rlfoot="Beirat für Migration und Integration · Gemeinde Morbach"))

A(P("q25", "q25_morbach_einladung-ortsbeirat-hundheim.pdf", "libreoffice-docx", "morbach_word_einladung_ortsbeirat", MOR, [
    ("cols", ["Ortsbezirk Hundheim\nder Gemeinde Morbach\nDer Ortsvorsteher", "Hundheim, 20.10.2026"], [65, 35]),
    ("p", "An die Mitglieder des Ortsbeirates Hundheim\nnachrichtlich: Bürgermeister, Fachbereich 1"),
    ("h", "Einladung", 1),
    ("p", "Zu der **Sitzung des Ortsbeirates Hundheim** am **Donnerstag, 29.10.2026, 19:30 Uhr**, im Gemeindehaus Hundheim, Kirchweg 4, lade ich Sie herzlich ein."),
    ("p", "**Tagesordnung:**"),
    ("p", "**Öffentliche Sitzung**"),
    ("p", "1. Einwohnerfragestunde\n2. Dorferneuerung Hundheim – Fortschreibung des Dorfentwicklungskonzepts (Vorlage 0338/2026)\n3. Ausbau des Wirtschaftswegs „Im Hahnenborn“ (Vorlage 0341/2026)\n4. Verwendung des Ortsbezirksbudgets 2027\n5. Mitteilungen und Anfragen"),
    ("p", "**Nichtöffentliche Sitzung**"),
    ("p", "6. Grundstücksangelegenheiten"),
    ("p", "Mit freundlichen Grüßen\n\nErwin Thielen\nOrtsvorsteher"),
], doc_type="Einladung", printed="Einladung", date="2026-10-20",
   title="Sitzung des Ortsbeirates Hundheim", public=None,
   references=["0338/2026", "0341/2026"],
   themes=["stadtentwicklung", "mobilitaet"], why="agenda: village development concept (larger item), farm road upgrade",
   notes="Einladung of an Ortsvorsteher (Word). Title = the session named. public null (public and non-public parts, no status of the letter itself). Originator null as for the other sets' Einladungen/Niederschriften (the convening Ortsvorsteher is the body's chair); department null (no administration unit printed). No consultations (no Beratungsfolge).",
   docxfoot="Ortsbezirk Hundheim – Einladung Ortsbeirat 29.10.2026"))

A(P("q26", "q26_morbach_0351-2026_info-windpark-erbeskopf-pacht.pdf", "chromium", "morbach_html_informationsvorlage_nichtoeffentlich", MOR, [
    ("raw", """<table style="width:100%"><tr><td style="width:62%"><span style="font-size:16pt; font-weight:bold">Gemeinde Morbach</span><br>Einheitsgemeinde im Hunsrück</td>
<td style="border:1px solid #000; font-size:9.5pt">Informationsvorlage<br>Nr.: <b>0351/2026</b><br>Fachbereich 1 – Zentrale Dienste, Finanzen<br>Datum: 27.10.2026<br><b>nicht öffentlich</b></td></tr></table>"""),
    ("p", " "),
    ("p", "**Betreff:**\n**Pachteinnahmen aus dem Windpark am Erbeskopf – Abrechnung 2025 und Prognose 2027**"),
    ("table", ["Beratungsgremium", "Sitzungsdatum", "Beratung"], [
        ["Haupt- und Finanzausschuss", "05.11.2026", "Kenntnisnahme"]], [50, 20, 30]),
    ("h", "Information:", 3),
    ("p", "Die Gemeinde erhält aus den Pachtverträgen für die 14 Windenergieanlagen auf gemeindeeigenen Flächen eine ertragsabhängige Pacht. Für 2025 beträgt die Abrechnung 1.184.600 € (Vorjahr 1.092.300 €). Hinzu kommt die Beteiligung nach § 6 EEG in Höhe von 0,2 ct/kWh mit 212.400 €."),
    ("p", "Nach dem Repowering von vier Anlagen wird für 2027 mit Pachteinnahmen von rund 1,35 Mio. € gerechnet. Die Mehreinnahmen sind im Haushaltsentwurf 2027 (Beschlussvorlage 0352/2026) berücksichtigt."),
    ("p", "Die Einzelheiten der Vertragsabrechnung sind der nichtöffentlichen Anlage zu entnehmen."),
], drucksache="0351/2026", doc_type="Mitteilungsvorlage", printed="Informationsvorlage", date="2026-10-27",
   title="Pachteinnahmen aus dem Windpark am Erbeskopf – Abrechnung 2025 und Prognose 2027", public=False,
   department="Fachbereich 1 – Zentrale Dienste, Finanzen", references=["0352/2026"],
   consultations=[("Haupt- und Finanzausschuss", "2026-11-05", "Kenntnisnahme")],
   themes=["finanzen", "klima_umwelt"], why="lease income report (primary finance); wind-park repowering as its basis",
   notes="Same head as q23, type 'Informationsvorlage', status 'nicht öffentlich' → public false. '§ 6 EEG' no reference; 'Beschlussvorlage 0352/2026' → reference.",
   fixfoot="Gemeinde Morbach · Informationsvorlage 0351/2026 · nicht öffentlich"))

# ============================================================ Zweckverband ÖPNV Vogtland (SN) — Verbandsversammlung
ZV_HEAD = ["**Zweckverband ÖPNV Vogtland**\nGeschäftsstelle\nGöltzschtalstraße 16 · 08209 Auerbach/Vogtl.", "Telefon 03744 8312-0\ninfo@zvv-vogtland.example"]
A(P("q27", "q27_zvv_vv-12-2026_nahverkehrsplan.pdf", "reportlab", "zvv_reportlab_sidecolumn_beschlussvorlage", ZVV, [
    ("cols", ZV_HEAD, [62, 38]),
    ("hr",),
    ("kv", [("Beschlussvorlage Nr.", "VV 12/2026"), ("Gremium", "Verbandsversammlung"), ("Sitzung am", "26.11.2026"),
            ("Beratung", "öffentlich – Beschlussfassung"), ("Einreicher", "Verbandsvorsitzender"), ("Bearbeitung", "Bereich Verkehrsplanung, Herr Dölling"),
            ("Datum", "28.10.2026")], 28, True),
    ("p", " "),
    ("p", "**Gegenstand:** Fortschreibung des Nahverkehrsplans 2027–2031 – Feststellungsbeschluss"),
    ("h", "Beschlussvorschlag", 3),
    ("p", "Die Verbandsversammlung stellt den Nahverkehrsplan des Zweckverbandes ÖPNV Vogtland für den Zeitraum 2027 bis 2031 in der Fassung vom 21.10.2026 fest."),
    ("h", "Begründung", 3),
    ("p", "Der Nahverkehrsplan ist nach § 5 ÖPNVG Sachsen alle fünf Jahre fortzuschreiben. Die Verbandsversammlung hat am 20.03.2025 die Eckpunkte beschlossen (Beschlussvorlage VV 03/2025). Der Entwurf lag vom 01.07. bis 31.08.2026 öffentlich aus; 64 Stellungnahmen von Gemeinden, Verbänden und Bürgern gingen ein. Die Abwägung ist in Anlage 2 dokumentiert."),
    ("p", "Wesentliche Inhalte:"),
    ("p", "– ein vertakteter Grundnetz-Stundentakt zwischen allen Grundzentren und den Mittelzentren Plauen, Auerbach/Vogtl., Reichenbach und Oelsnitz/Vogtl.;\n– PlusBus-Linien im 60-Minuten-Takt auch am Wochenende, u. a. Rodewisch – Treuen – Lengenfeld;\n– ein flexibles Rufbusangebot in den dünn besiedelten Räumen des oberen Vogtlands;\n– die schrittweise Umstellung der Busflotte auf emissionsfreie Antriebe (Ziel 2031: 35 % der Fahrzeuge);\n– Standards für barrierefreie Haltestellen und Fahrgastinformation in Echtzeit."),
    ("pb",),
    ("h", "Finanzielle Auswirkungen", 3),
    ("p", "Der Mehrbedarf für die Angebotsausweitung beträgt ab 2028 rund 2,4 Mio. € jährlich. Er wird zu etwa 60 % aus Landesmitteln (ÖPNV-Finanzierungsverordnung, PlusBus-Förderung) gedeckt; der verbleibende Anteil wird über die Verbandsumlage des Vogtlandkreises finanziert. Die Umlage steigt dadurch 2028 um voraussichtlich 0,9 Mio. €."),
    ("table", ["Jahr", "Mehrbedarf", "Landesmittel", "Verbandsumlage"], [
        ["2027", "0,6 Mio. €", "0,4 Mio. €", "0,2 Mio. €"], ["2028", "2,4 Mio. €", "1,5 Mio. €", "0,9 Mio. €"],
        ["2029", "2,5 Mio. €", "1,5 Mio. €", "1,0 Mio. €"]], [16, 28, 28, 28]),
    ("h", "Anlagen", 3),
    ("p", "1. Nahverkehrsplan 2027–2031 (Fassung vom 21.10.2026)\n2. Abwägungstabelle der Stellungnahmen"),
    ("p", "Auerbach/Vogtl., 28.10.2026\n\nThomas Reinhold\nVerbandsvorsitzender"),
], drucksache="VV 12/2026", doc_type="Beschlussvorlage", printed="Beschlussvorlage", date="2026-10-28",
   title="Fortschreibung des Nahverkehrsplans 2027–2031 – Feststellungsbeschluss", public=True,
   department="Bereich Verkehrsplanung", references=["VV 03/2025"],
   consultations=[("Verbandsversammlung", "2026-11-26", "Entscheidung")],
   themes=["mobilitaet", "finanzen"], why="regional public transport plan; additional cost split between state funds and levy argued in a table",
   notes="ReportLab, ruled key table head with 'Beschlussvorlage Nr.' as a key, 'Beratung: öffentlich – Beschlussfassung' (public true, role Entscheidung). 'Einreicher: Verbandsvorsitzender' → no originator (the association's own head). Department = 'Bereich Verkehrsplanung' (contact name cut). 'Beschlussvorlage VV 03/2025' → reference; '§ 5 ÖPNVG' no reference. 2 pages, footer with page numbers. Zero-emission buses are one line of five, not labelled klima_umwelt.",
   rlpagenum="Seite {n}", rlfoot="Zweckverband ÖPNV Vogtland – VV 12/2026", style=dict(rlfont="DejaVuSans", rlfs=9.5)))

A(P("q28", "q28_zvv_einladung-verbandsversammlung-26-11.pdf", "chromium", "zvv_html_einladung", ZVV, [
    ("cols", ZV_HEAD, [62, 38]),
    ("hr",),
    ("p", "An die Mitglieder der Verbandsversammlung\ndes Zweckverbandes ÖPNV Vogtland"),
    ("right", "Auerbach/Vogtl., 06.11.2026"),
    ("h", "Einladung zur 4. Sitzung der Verbandsversammlung 2026", 2),
    ("p", "Sehr geehrte Damen und Herren,\nhiermit lade ich Sie zur **4. Sitzung der Verbandsversammlung 2026** am **Donnerstag, dem 26. November 2026, um 14:00 Uhr** in den Ratssaal des Rathauses Rodewisch, Wernesgrüner Straße 32, ein."),
    ("p", "**Tagesordnung**"),
    ("table", ["Nr.", "Gegenstand", "Vorlage"], [
        ["1", "Eröffnung und Feststellung der Beschlussfähigkeit", ""],
        ["2", "Bestätigung der Niederschrift der 3. Sitzung vom 17.09.2026", ""],
        ["3", "Fortschreibung des Nahverkehrsplans 2027–2031 – Feststellungsbeschluss", "VV 12/2026"],
        ["4", "Wirtschaftsplan 2027 des Zweckverbandes", "VV 13/2026"],
        ["5", "Vergabe der Verkehrsleistungen im Linienbündel Göltzschtal ab 2028", "VV 14/2026"],
        ["6", "Information: Fahrgastzahlen und Einnahmen des 1. Halbjahres 2026", "IV 04/2026"],
        ["7", "Informationen des Verbandsvorsitzenden", ""]], [8, 72, 20]),
    ("p", "Die Sitzung ist öffentlich. Die Beratungsunterlagen sind beigefügt."),
    ("p", "Mit freundlichen Grüßen\n\nThomas Reinhold\nVerbandsvorsitzender"),
], doc_type="Einladung", printed="Einladung", date="2026-11-06",
   title="4. Sitzung der Verbandsversammlung 2026", public=True,
   references=["VV 12/2026", "VV 13/2026", "VV 14/2026", "IV 04/2026"],
   themes=["mobilitaet", "finanzen"], why="agenda: transport plan, tender of bus services (mobility); business plan 2027",
   notes="Chromium, Einladung letter with the agenda as a ruled table Nr.|Gegenstand|Vorlage. 'Die Sitzung ist öffentlich.' → public true. Title = the session named. Department null (letter of the Verbandsvorsitzende, no unit). No consultations (no Beratungsfolge). The 3rd session's date no consultation.",
   fixfoot="Zweckverband ÖPNV Vogtland · Bankverbindung: Sparkasse Vogtland · IBAN DE55 8705 8000 0030 1127 44"))

A(P("q29", "q29_zvv_niederschrift-verbandsversammlung-3.pdf", "libreoffice-docx", "zvv_word_niederschrift", ZVV, [
    ("h", "Niederschrift", 1),
    ("p", "über die **3. Sitzung der Verbandsversammlung des Zweckverbandes ÖPNV Vogtland** im Jahr 2026"),
    ("kv", [("Tag:", "17.09.2026"), ("Ort:", "Sitzungssaal des Landratsamtes, Postplatz 5, Plauen"), ("Zeit:", "14:00 – 16:20 Uhr"),
            ("Sitzungsleitung:", "Thomas Reinhold, Verbandsvorsitzender"), ("Protokoll:", "Kerstin Uhlig, Geschäftsstelle"),
            ("Anwesenheit:", "14 von 16 Verbandsräten (Stimmen: 41 von 46); Anwesenheitsliste als Anlage 1")], 24, True),
    ("h", "Öffentlicher Teil", 2),
    ("p", "**TOP 1 – Eröffnung und Feststellung der Beschlussfähigkeit**\nDer Verbandsvorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Ladung und die Beschlussfähigkeit fest."),
    ("p", "**TOP 2 – Bestätigung der Niederschrift der 2. Sitzung vom 18.06.2026**\nDie Niederschrift wird bestätigt (Ja 41, Nein 0, Enthaltung 0)."),
    ("p", "**TOP 3 – Jahresabschluss 2025 und Entlastung des Verbandsvorsitzenden (VV 08/2026)**\nDer Jahresabschluss weist einen Jahresüberschuss von 312.480,15 € aus, der der Rücklage zugeführt wird. Der Rechnungsprüfungsbericht des Vogtlandkreises enthält keine wesentlichen Beanstandungen.\nBeschluss Nr. VV-B 2026/17: Die Verbandsversammlung stellt den Jahresabschluss 2025 fest und entlastet den Verbandsvorsitzenden. (Ja 38, Nein 0, Enthaltung 3)"),
    ("p", "**TOP 4 – Einführung des Deutschlandtickets als Jobticket für Beschäftigte der Verbandsmitglieder (VV 09/2026)**\nHerr Dölling erläutert das Modell. Die Verbandsmitglieder können ab 01.01.2027 einen Arbeitgeberzuschuss von 25 % gewähren; der Zweckverband übernimmt die Abrechnung. Verbandsrätin Schubert fragt nach dem Aufwand für die kleineren Gemeinden; die Geschäftsstelle bietet eine Musterdienstvereinbarung an.\nBeschluss Nr. VV-B 2026/18: angenommen (Ja 41, Nein 0, Enthaltung 0)"),
    ("pb",),
    ("p", "**TOP 5 – Rufbus im oberen Vogtland: Bericht über das erste Betriebsjahr (IV 03/2026)**\nDie Fahrgastzahlen liegen mit 2.140 Fahrten im Monat über der Prognose. 38 % der Fahrgäste sind älter als 65 Jahre. Die Buchung per App nutzen inzwischen 46 % der Fahrgäste; die Telefonzentrale bleibt erhalten. Der Bericht wird zur Kenntnis genommen."),
    ("p", "**TOP 6 – Informationen des Verbandsvorsitzenden**\nDie nächste Sitzung findet am 26.11.2026 in Rodewisch statt. Schwerpunkt ist der Nahverkehrsplan."),
    ("h", "Nichtöffentlicher Teil", 2),
    ("p", "TOP 7 – Personalangelegenheiten (gesonderte Niederschrift)"),
    ("p", " "),
    ("cols", ["Thomas Reinhold\nVerbandsvorsitzender", "Kerstin Uhlig\nProtokollführerin", "Verbandsrat Jens Möckel\nUrkundsperson"], [34, 33, 33]),
], doc_type="Niederschrift", printed="Niederschrift", date="2026-09-17",
   title="3. Sitzung der Verbandsversammlung des Zweckverbandes ÖPNV Vogtland im Jahr 2026", public=None,
   references=["VV 08/2026", "VV 09/2026", "IV 03/2026"],
   themes=["mobilitaet", "finanzen", "verwaltung"], why="agenda: job ticket and demand-responsive bus (mobility, larger); annual accounts; job ticket for member staff (personnel)",
   notes="Word minutes (ruled key table with bold keys), 2 pages; public and non-public parts without a printed status of the paper → public null (as the Einladungen q09, q25). Title = the session named, 'im Jahr 2026' kept (it follows the bold span but belongs to the session's name). Beschluss numbers 'VV-B 2026/17', 'VV-B 2026/18' are no Drucksachen → not references. Next session 26.11.2026 no consultation. Department null: 'Geschäftsstelle' is only the minute-taker's affiliation.",
   style=dict(kw="bold"), docxhead="Zweckverband ÖPNV Vogtland – Niederschrift VV 3/2026", docxfoot="Seite {n}"))

A(P("q30", "q30_zvv_iv-04-2026_fahrgastzahlen.pdf", "libreoffice-docx+gs", "zvv_word_informationsvorlage_gs", ZVV, [
    ("cols", ZV_HEAD, [62, 38]),
    ("hr",),
    ("h", "Informationsvorlage IV 04/2026", 1),
    ("kv", [("Vorlage an:", "Verbandsversammlung – Sitzung am 26.11.2026 – zur Information"), ("Datum:", "03.11.2026"),
            ("Verfasser:", "Bereich Finanzen und Tarif")], 20),
    ("p", "**Thema: Fahrgastzahlen und Einnahmen des 1. Halbjahres 2026**"),
    ("p", "Im ersten Halbjahr 2026 wurden im Verbandsgebiet 3,91 Mio. Fahrten gezählt (1. Halbjahr 2025: 3,62 Mio.; +8,0 %). Der Zuwachs entfällt vor allem auf die PlusBus-Linien und den Schülerverkehr. Der Anteil des Deutschlandtickets an den Fahrten liegt bei 57 %."),
    ("table", ["", "1. Hj. 2025", "1. Hj. 2026", "Veränderung"], [
        ["Fahrten (Mio.)", "3,62", "3,91", "+8,0 %"], ["Fahrgeldeinnahmen (Mio. €)", "4,87", "4,61", "–5,3 %"],
        ["Ausgleichsleistungen D-Ticket (Mio. €)", "1,12", "1,58", "+41,1 %"]], [46, 18, 18, 18]),
    ("p", "Die Mindereinnahmen aus dem Deutschlandticket werden über den Ausgleichsmechanismus von Bund und Land weitgehend erstattet. Für das Gesamtjahr erwartet die Geschäftsstelle ein Defizit von rund 0,3 Mio. € gegenüber dem Wirtschaftsplan, das aus der Rücklage gedeckt werden kann."),
], drucksache="IV 04/2026", doc_type="Mitteilungsvorlage", printed="Informationsvorlage", date="2026-11-03",
   title="Fahrgastzahlen und Einnahmen des 1. Halbjahres 2026", public=None,
   department="Bereich Finanzen und Tarif",
   consultations=[("Verbandsversammlung", "2026-11-26", "Kenntnisnahme")],
   themes=["mobilitaet", "finanzen"], why="ridership report; fare revenue, compensation and deficit cover argued",
   notes="Word → LibreOffice → Ghostscript pdfwrite. Number in the heading 'Informationsvorlage IV 04/2026'. 'Vorlage an: Verbandsversammlung – Sitzung am 26.11.2026 – zur Information' → Kenntnisnahme. 'Thema:' label for the title. No public status printed → null. 'Verfasser:' → department.",
   docxfoot="IV 04/2026 · Seite {n}"))

# ============================================================ Hohen Neuendorf (BB) — ALLRIS/SessionNet BB, Jugendbeirat
A(P("q31", "q31_hohen-neuendorf_bv-081-2026_gewerbegebiet-borgsdorf.pdf", "chromium", "hohen_neuendorf_html_sidecolumn_vorlage", HNE, [
    ("raw", """<table style="width:100%"><tr>
<td style="width:70%; vertical-align:top"><div style="font-size:15pt; font-weight:bold">Stadt Hohen Neuendorf</div><div>Die Bürgermeisterin</div>
<p style="margin-top:14px"><span style="font-size:8pt">Betreff</span><br><b>Bebauungsplan Nr. 47 „Gewerbegebiet Borgsdorf-Nord“ – Abwägungs- und Satzungsbeschluss</b></p></td>
<td style="background:#ececec; padding:6px; font-size:9pt; vertical-align:top">
<b>Vorlage-Nr.</b><br>BV 081/2026<br><br><b>Datum</b><br>09.10.2026<br><br><b>Fachbereich</b><br>Stadtentwicklung und Bauen<br><br><b>Verfasser</b><br>Frau Kollwitz<br><br><b>Status</b><br>öffentlich</td></tr></table>"""),
    ("h", "Beschlussvorlage", 2),
    ("table", ["Datum", "Gremium", "Zuständigkeit", "Ö/N"], [
        ["27.10.2026", "Ortsbeirat Borgsdorf", "Anhörung", "Ö"],
        ["03.11.2026", "Ausschuss für Stadtentwicklung, Bauen und Umwelt", "Vorberatung", "Ö"],
        ["12.11.2026", "Hauptausschuss", "Vorberatung", "Ö"],
        ["26.11.2026", "Stadtverordnetenversammlung", "Entscheidung", "Ö"]], [15, 50, 23, 12]),
    ("h", "Beschlussvorschlag", 3),
    ("p", "1. Die Stadtverordnetenversammlung beschließt die Abwägung der im Rahmen der Beteiligung eingegangenen Stellungnahmen gemäß Anlage 1.\n2. Der Bebauungsplan Nr. 47 „Gewerbegebiet Borgsdorf-Nord“ wird in der Fassung vom September 2026 als Satzung beschlossen (§ 10 Abs. 1 BauGB). Die Begründung einschließlich Umweltbericht wird gebilligt."),
    ("h", "Sachverhalt", 3),
    ("p", "Mit dem Aufstellungsbeschluss vom 18.05.2023 (BV 044/2023) hat die Stadtverordnetenversammlung die Planung für ein Gewerbegebiet an der Landesstraße L 171 eingeleitet. Auf 9,3 ha sollen kleine und mittlere Betriebe aus Handwerk, Logistik und Dienstleistung angesiedelt werden; großflächiger Einzelhandel ist ausgeschlossen. Die Stadt verfügt derzeit über keine freien Gewerbeflächen; 23 ortsansässige Betriebe haben Erweiterungsbedarf angemeldet."),
    ("p", "In der Offenlage gingen 41 Stellungnahmen ein. Kritisiert wurden insbesondere der Verlust von Ackerflächen und der zusätzliche Lkw-Verkehr in der Ortslage Borgsdorf. Der Plan sieht deshalb eine direkte Anbindung an die L 171 über einen Kreisverkehr vor; die Durchfahrt durch die Ortslage wird für Lkw über 7,5 t gesperrt."),
    ("pb",),
    ("p", "Als Ausgleich werden eine Streuobstwiese (2,1 ha) und ein 20 m breiter Gehölzgürtel angelegt; Dachflächen sind zu mindestens 50 % zu begrünen oder mit Photovoltaik zu belegen."),
    ("h", "Klimacheck", 3),
    ("table", None, [["Auswirkungen auf den Klimaschutz", "ja, negativ"],
                     ["Erläuterung", "Versiegelung von ca. 6 ha bisher landwirtschaftlich genutzter Fläche und zusätzlicher Lieferverkehr; teilweise gemindert durch Dachbegrünungs- und PV-Pflicht."]], [35, 65]),
    ("h", "Finanzielle Auswirkungen", 3),
    ("p", "Die Erschließungskosten von rund 4,2 Mio. € werden über die Grundstückserlöse refinanziert (Wirtschaftsplan der Erschließungsgesellschaft)."),
    ("p", "Anlagen: Abwägungstabelle, Planzeichnung, Begründung mit Umweltbericht"),
], drucksache="BV 081/2026", doc_type="Beschlussvorlage", printed="Beschlussvorlage", date="2026-10-09",
   title="Bebauungsplan Nr. 47 „Gewerbegebiet Borgsdorf-Nord“ – Abwägungs- und Satzungsbeschluss", public=True,
   department="Stadtentwicklung und Bauen", references=["BV 044/2023"],
   consultations=[("Ortsbeirat Borgsdorf", "2026-10-27", "Anhörung"), ("Ausschuss für Stadtentwicklung, Bauen und Umwelt", "2026-11-03", "Vorberatung"),
                  ("Hauptausschuss", "2026-11-12", "Vorberatung"), ("Stadtverordnetenversammlung", "2026-11-26", "Entscheidung")],
   klimacheck="negative", klima_style="table_row",
   themes=["wirtschaft", "stadtentwicklung", "klima_umwelt"], why="business park for local firms (primary economy); B-Plan statute; compensation, green roofs/PV and a negative Klimacheck with substance",
   notes="Raw HTML (Chromium): grey info column right (Vorlage-Nr./Datum/Fachbereich/Verfasser/Status as small bold labels over values), 'Betreff' label above the bold title in the main column, type word 'Beschlussvorlage' under the head. Datum|Gremium|Zuständigkeit|Ö/N (date first). Klimacheck as a two-cell row 'ja, negativ'. Department = the Fachbereich value as printed. 'BV 044/2023' → reference; 'L 171', 'Nr. 47', '§ 10 Abs. 1 BauGB' no references. 2 pages.",
   fixfoot="Stadt Hohen Neuendorf · BV 081/2026 · Ausdruck 10.10.2026"))

A(P("q32", "q32_hohen-neuendorf_a-019-2026_antrag-bvb-fw_schwimmhalle.pdf", "reportlab", "hohen_neuendorf_reportlab_fraktion_antrag", HNE, [
    ("cols", ["**Fraktion BVB / FREIE WÄHLER**\nin der Stadtverordnetenversammlung Hohen Neuendorf", "Drucksache\n**A 019/2026**"], [70, 30]),
    ("hr",),
    ("kv", [("Einreicher:", "Fraktion BVB / FREIE WÄHLER"), ("Datum:", "12.10.2026"),
            ("Beratungsfolge:", "Ausschuss für Bildung, Kultur und Sport (03.11.2026) – Vorberatung\nStadtverordnetenversammlung (26.11.2026) – Entscheidung")], 22),
    ("h", "Antrag", 2),
    ("p", "**Machbarkeitsstudie für eine Schwimmhalle in Kooperation mit den Nachbarkommunen**"),
    ("p", "Die Stadtverordnetenversammlung möge beschließen:"),
    ("p", "Die Bürgermeisterin wird beauftragt, gemeinsam mit den Gemeinden Birkenwerder, Glienicke/Nordbahn und Mühlenbecker Land eine Machbarkeitsstudie für eine gemeinsame Schwimmhalle mit Lehrschwimmbecken in Auftrag zu geben. Für den Anteil der Stadt werden 30.000 € in den Haushalt 2027 eingestellt."),
    ("p", "**Begründung:**"),
    ("p", "Im Süden des Landkreises Oberhavel gibt es keine öffentliche Schwimmhalle. Die Grundschulen aus Hohen Neuendorf, Bergfelde und Stolpe fahren für den Schwimmunterricht bis zu 45 Minuten mit dem Bus; ein Teil des Unterrichts fällt aus. Nach Angaben der Schulen können 38 % der Kinder am Ende der Klasse 3 nicht sicher schwimmen."),
    ("p", "Eine gemeinsame Halle der vier Kommunen mit zusammen rund 80.000 Einwohnern wäre wirtschaftlich tragfähig. Das Land fördert interkommunale Sportstätten; auch der Schulsportstättenförderung des Bundes können Mittel zufließen."),
    ("p", "Ronald Ziesche\nFraktionsvorsitzender"),
], drucksache="A 019/2026", doc_type="Antrag", printed="Antrag", date="2026-10-12",
   title="Machbarkeitsstudie für eine Schwimmhalle in Kooperation mit den Nachbarkommunen", public=None,
   originator="Fraktion BVB / FREIE WÄHLER",
   consultations=[("Ausschuss für Bildung, Kultur und Sport", "2026-11-03", "Vorberatung"), ("Stadtverordnetenversammlung", "2026-11-26", "Entscheidung")],
   themes=["kultur_sport", "bildung"], why="swimming hall study; school swimming lessons as the stated need",
   notes="ReportLab Fraktion Antrag with a Drucksache number top right ('Drucksache' over 'A 019/2026'); Beratungsfolge as a key with two lines 'Gremium (date) – role'. 'Einreicher:' → originator. 30,000 € study share is one line, finanzen not labelled.",
   rlfoot="Fraktion BVB / FREIE WÄHLER Hohen Neuendorf · A 019/2026", rlpagenum="{n}"))

A(P("q33", "q33_hohen-neuendorf_anfrage-stadtverordnete_radweg-bergfelde.pdf", "libreoffice-html", "hohen_neuendorf_html_anfrage_member", HNE, [
    ("p", "Stadtverordnete **Katrin Wessel** (Fraktion SPD)"),
    ("p", "An die Bürgermeisterin der Stadt Hohen Neuendorf\nOranienburger Straße 2\n16540 Hohen Neuendorf"),
    ("right", "Bergfelde, 02.11.2026"),
    ("kv", [("Kleine Anfrage", "KA 027/2026"), ("Betreff", "Lückenschluss des Radwegs zwischen Bergfelde und dem S-Bahnhof Hohen Neuendorf")], 22, True),
    ("p", "Sehr geehrte Frau Bürgermeisterin,"),
    ("p", "im Mobilitätskonzept 2030 (BV 112/2024) ist der Lückenschluss des Radwegs an der Hohen Neuendorfer Chaussee als Maßnahme mit hoher Priorität enthalten. Seitdem ist für die Bürgerinnen und Bürger kein Fortschritt erkennbar. Ich frage daher:"),
    ("p", "1. Wie ist der Stand der Planung und des Grunderwerbs?\n2. Wurden Fördermittel aus dem Radwegeprogramm des Landes beantragt?\n3. Wann ist mit dem Baubeginn zu rechnen?"),
    ("p", "Ich bitte um schriftliche Antwort zur Stadtverordnetenversammlung am 26.11.2026."),
    ("p", "Mit freundlichen Grüßen\nKatrin Wessel"),
], drucksache="KA 027/2026", doc_type="Anfrage", printed="Kleine Anfrage", date="2026-11-02",
   title="Lückenschluss des Radwegs zwischen Bergfelde und dem S-Bahnhof Hohen Neuendorf", public=None,
   originator="Katrin Wessel", references=["BV 112/2024"],
   themes=["mobilitaet"], why="cycle path gap closure",
   notes="A single Stadtverordnete's Kleine Anfrage (LibreOffice HTML import; the ruled key table loses its rules). Number 'KA 027/2026' as a key value beside 'Kleine Anfrage'. Originator = the member by name (her Fraktion in brackets left out). The StVV date for the answer is no consultation (no role, a deadline) — a call. 'BV 112/2024' → reference."))

A(P("q34", "q34_hohen-neuendorf_stellungnahme-jugendbeirat_bv-081.pdf", "libreoffice-docx", "hohen_neuendorf_jugendbeirat_word_stellungnahme", HNE, [
    ("cols", ["**Jugendbeirat der Stadt Hohen Neuendorf**", "jugendbeirat@hohen-neuendorf-jb.example"], [60, 40]),
    ("hr",),
    ("h", "Stellungnahme des Jugendbeirates", 2),
    ("kv", [("zu:", "BV 081/2026 – Bebauungsplan Nr. 47 „Gewerbegebiet Borgsdorf-Nord“"), ("beschlossen am:", "29.10.2026"),
            ("an:", "Ausschuss für Stadtentwicklung, Bauen und Umwelt; Stadtverordnetenversammlung")], 22, True),
    ("p", "**Ausbildungsplätze und sichere Wege im Gewerbegebiet Borgsdorf-Nord**"),
    ("p", "Der Jugendbeirat unterstützt die Ansiedlung von Betrieben in Borgsdorf, weil junge Menschen bisher für Ausbildung und Praktikum nach Berlin oder Oranienburg pendeln müssen. Wir bitten die Stadtverordneten,"),
    ("p", "– bei der Vermarktung der Grundstücke Betriebe zu bevorzugen, die Ausbildungsplätze anbieten,\n– einen beleuchteten Rad- und Fußweg vom S-Bahnhof Borgsdorf zum Gewerbegebiet von Anfang an mitzubauen,\n– die geplante Streuobstwiese für Schulklassen und Jugendgruppen zugänglich zu machen."),
    ("p", "Abstimmungsergebnis im Jugendbeirat: 9 Ja, 0 Nein, 1 Enthaltung"),
    ("p", "Für den Jugendbeirat\nJonas Pietsch, Vorsitzender"),
], doc_type="Stellungnahme", printed="Stellungnahme", date="2026-10-29",
   title="Ausbildungsplätze und sichere Wege im Gewerbegebiet Borgsdorf-Nord", originator="Jugendbeirat der Stadt Hohen Neuendorf",
   answers="BV 081/2026",
   themes=["wirtschaft", "mobilitaet"], why="apprenticeship places in the business park (economy) and a lit cycle path from the S-Bahn; school classes on the orchard meadow are one clause, not labelled",
   notes="Word, ruled key table with 'zu:' → answers 'BV 081/2026' (the reference to the B-Plan number 'Nr. 47' is inside that value, not separate). Date = 'beschlossen am:' (no other date printed). 'an:' lists addressees, no consultations.",
   docxfoot="Jugendbeirat Hohen Neuendorf"))

A(P("q35", "q35_hohen-neuendorf_bv-081-2026-1_aenderungsvorlage.pdf", "chromium+gs", "hohen_neuendorf_html_aenderungsvorlage_gs", HNE, [
    ("raw", """<table style="width:100%"><tr>
<td style="width:70%; vertical-align:top"><div style="font-size:15pt; font-weight:bold">Stadt Hohen Neuendorf</div><div>Die Bürgermeisterin</div>
<p style="margin-top:14px"><span style="font-size:8pt">Betreff</span><br><b>Bebauungsplan Nr. 47 „Gewerbegebiet Borgsdorf-Nord“ – Änderung der Festsetzungen zur Dachbegrünung und zum Rad- und Fußweg</b></p></td>
<td style="background:#ececec; padding:6px; font-size:9pt; vertical-align:top">
<b>Vorlage-Nr.</b><br>BV 081/2026/1<br><br><b>Datum</b><br>06.11.2026<br><br><b>Fachbereich</b><br>Stadtentwicklung und Bauen<br><br><b>Status</b><br>öffentlich</td></tr></table>"""),
    ("h", "Änderungsvorlage", 2),
    ("p", "zur Beschlussvorlage BV 081/2026"),
    ("table", ["Datum", "Gremium", "Zuständigkeit", "Ö/N"], [
        ["12.11.2026", "Hauptausschuss", "Vorberatung", "Ö"],
        ["26.11.2026", "Stadtverordnetenversammlung", "Entscheidung", "Ö"]], [15, 50, 23, 12]),
    ("h", "Geänderter Beschlussvorschlag", 3),
    ("p", "Ziffer 2 des Beschlussvorschlags der Vorlage BV 081/2026 wird wie folgt ergänzt: „Abweichend von der Fassung vom September 2026 sind Dachflächen zu mindestens 70 % zu begrünen oder mit Photovoltaik zu belegen. Entlang der Planstraße A wird ein 3,0 m breiter beleuchteter Geh- und Radweg zum S-Bahnhof Borgsdorf festgesetzt.“"),
    ("h", "Begründung", 3),
    ("p", "Der Ausschuss für Stadtentwicklung, Bauen und Umwelt hat in seiner Sitzung am 03.11.2026 die Änderungen empfohlen. Sie greifen Anregungen des Ortsbeirats Borgsdorf und des Jugendbeirats auf. Die Änderung berührt die Grundzüge der Planung nicht; eine erneute Offenlage ist nach § 4a Abs. 3 BauGB nicht erforderlich."),
], drucksache="BV 081/2026/1", doc_type="Ergänzungsvorlage", printed="Änderungsvorlage", date="2026-11-06",
   title="Bebauungsplan Nr. 47 „Gewerbegebiet Borgsdorf-Nord“ – Änderung der Festsetzungen zur Dachbegrünung und zum Rad- und Fußweg", public=True,
   department="Stadtentwicklung und Bauen", references=["BV 081/2026"],
   consultations=[("Hauptausschuss", "2026-11-12", "Vorberatung"), ("Stadtverordnetenversammlung", "2026-11-26", "Entscheidung")],
   themes=["stadtentwicklung", "klima_umwelt", "mobilitaet"], why="B-Plan amendment: green roof/PV quota and a cycle path are the two changes",
   notes="Same head as q31, printed type 'Änderungsvorlage' → Ergänzungsvorlage. 'zur Beschlussvorlage BV 081/2026' → reference. Past committee session (03.11.2026) no consultation. Chromium then Ghostscript pdfwrite.",
   fixfoot="Stadt Hohen Neuendorf · BV 081/2026/1"))
