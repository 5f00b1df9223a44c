# Zweckverband Rhön-Maintal-Gruppe (rest), Gemeinde Schwanau (BW), Gemeindeverwaltungsverband Altshausen (BW).
from papers_a import C, RMG

PAPERS = []
P = PAPERS.append

P(dict(
    id="r03", file="r03_rmg_schreiben-nitrat-brunnen.pdf", producer="ghostscript",
    layout="rmg_ps_din_letter", city=RMG, font="sans",
    footer="Zweckverband Wasserversorgung Rhön-Maintal-Gruppe - Tel. 09735 8120-0 - info@rmg-wasser.example - IBAN DE41 7935 0101 0000 4471 20",
    blocks=[
        ("lh", [RMG, "Der Verbandsvorsitzende", "Am Wasserturm 3 - 97711 Maßbach"], "r"),
        ("s", "Zweckverband Wasserversorgung Rhön-Maintal-Gruppe - Am Wasserturm 3 - 97711 Maßbach"),
        ("p", "An die Ersten Bürgermeisterinnen und Bürgermeister der Mitgliedsgemeinden"),
        ("kv", [("Ihr Zeichen:", "-"), ("Unser Zeichen:", "TB/Ne-2026/219"), ("Ansprechpartner:", "Herr Neuberger, Technische Betriebsleitung"),
                ("Datum:", "03.11.2026")], False),
        ("b", "Nitratwerte im Brunnen III Rannungen - Information der Mitgliedsgemeinden und weiteres Vorgehen"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "bei der Eigenüberwachung im Oktober wurden im Rohwasser des Brunnens III bei Rannungen 46 mg/l Nitrat "
              "gemessen (Grenzwert der Trinkwasserverordnung: 50 mg/l). Das abgegebene Trinkwasser ist durch die Mischung "
              "mit dem Wasser der Brunnen I und II mit 27 mg/l unbedenklich."),
        ("p", "Wir werden das Wasserschutzgebiet mit dem Amt für Ernährung, Landwirtschaft und Forsten und den "
              "bewirtschaftenden Betrieben beraten und eine Kooperation zur grundwasserschonenden Düngung anbieten. Die "
              "Verbandsversammlung wird am 26.11.2026 informiert."),
        ("p", "Bitte geben Sie diese Information an Ihre Gemeinderäte weiter."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Rüdiger Manz, Verbandsvorsitzender"),
    ],
    T=dict(drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2026-11-03",
           title="Nitratwerte im Brunnen III Rannungen - Information der Mitgliedsgemeinden und weiteres Vorgehen", public=None,
           department="Technische Betriebsleitung", originator=None, answers=None, references=[], consultations=[],
           klimacheck=None, klima_style=None, themes=["klima_umwelt"],
           themes_why="groundwater nitrate and water protection cooperation with farms",
           notes="PostScript DIN letter: right-aligned letterhead, sender return line, reference-sign key list with the unit after the clerk's name; bold subject line without label; no type word. 'Unser Zeichen TB/Ne-2026/219', IBAN and phone in footer are no references; Verbandsversammlung date in prose is no consultation."),
))

P(dict(
    id="r04", file="r04_rmg_niederschrift-verbandsausschuss.pdf", producer="chromium",
    layout="rmg_html_niederschrift", city=RMG, font="sans",
    footer="Niederschrift VA 11.11.2026 – Seite {page} von {pages}",
    blocks=[
        ("lh", [RMG, "Verbandsausschuss"], "l"),
        ("h1", "Niederschrift über die 3. Sitzung des Verbandsausschusses"),
        ("kv", [("Tag:", "11.11.2026"), ("Ort:", "Verwaltungsgebäude, Am Wasserturm 3, Maßbach"), ("Zeit:", "14:00 – 16:15 Uhr"),
                ("Vorsitz:", "Verbandsvorsitzender Rüdiger Manz"), ("Protokoll:", "Frau Gessner")], True),
        ("p", "Anwesend: 7 Mitglieder (Liste Anlage 1); Gäste: Ing.-Büro Hafner (zu TOP 3)."),
        ("b", "Öffentlicher Teil"),
        ("b", "TOP 1 – Neukalkulation der Wasserverbrauchs- und Grundgebühren 2027–2030 (Vorlage VV 2026/09)"),
        ("p", "Frau Gessner stellt die Kalkulation vor. Bürgermeister Dünninger (Oerlenbach) regt an, die Nutzungsdauer "
              "der Transportleitungen zu prüfen. Empfehlung an die Verbandsversammlung: Zustimmung vorbehaltlich der Prüfung. "
              "Abstimmung: 7 : 0"),
        ("b", "TOP 2 – Wirtschaftsplan 2027 (Vorlage VV 2026/10)"),
        ("p", "Der Erfolgsplan schließt mit einem Jahresgewinn von 84.000 €, der Vermögensplan mit 6,9 Mio. € Investitionen. "
              "Kreditaufnahmen von 3,1 Mio. € sind vorgesehen. Empfehlung: Zustimmung, 6 : 1"),
        ("pb",),
        ("b", "TOP 3 – Ertüchtigung der Aufbereitung Maßbach: Vergabe der Ingenieurleistungen (Vorlage VA 2026/05)"),
        ("p", "Herr Hafner erläutert das Verfahren: UV-Desinfektion statt Chlorung, neue Pumpen mit Frequenzumrichter, "
              "Photovoltaik auf dem Filtergebäude (62 kWp). Beschluss: Vergabe der Leistungsphasen 1–4 an das Ing.-Büro Hafner, "
              "Honorar 148.200 € brutto. Abstimmung: 7 : 0"),
        ("b", "TOP 4 – Verschiedenes"),
        ("p", "Die nächste Sitzung findet am 10.02.2027 statt."),
        ("b", "Nichtöffentlicher Teil: TOP 5 Grundstücksangelegenheit Brunnen IV"),
        ("r", "Manz, Vorsitzender · Gessner, Protokollführerin"),
        ("pb",),
        ("b", "Anlage 1 – Anwesenheitsliste"),
        ("grid", ["Mitgliedsgemeinde", "Vertreter/in", "anwesend"],
         [["Maßbach", "Bürgermeister Rüdiger Manz (Vorsitz)", "ja"], ["Rannungen", "Bürgermeisterin Silke Pfister", "ja"],
          ["Münnerstadt", "Stadtrat Bernd Wohlfahrt", "ja"], ["Oerlenbach", "Bürgermeister Egon Dünninger", "ja"],
          ["Mitgliedsgemeinde 5", "Gemeinderätin Ute Kessler", "ja"], ["Mitgliedsgemeinde 6", "Bürgermeister Horst Geis", "ja"],
          ["Mitgliedsgemeinde 7", "Gemeinderat Peter Seufert", "ja"], ["Mitgliedsgemeinde 8", "Bürgermeister Lothar Weigand", "entschuldigt"]], True),
        ("s", "Verwaltung: Frau Gessner (Kaufmännische Leitung), Herr Neuberger (Technische Betriebsleitung)"),
    ],
    T=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-11-11",
           title="3. Sitzung des Verbandsausschusses", public=None, department=None, originator=None, answers=None,
           references=["VV 2026/09", "VV 2026/10", "VA 2026/05"], consultations=[], klimacheck=None, klima_style=None,
           themes=["finanzen", "klima_umwelt"],
           themes_why="fee calculation and business plan with loans (finanzen, two items); treatment plant with UV, efficient pumps and PV (klima_umwelt)",
           notes="Chromium minutes, 3 pages with end-of-page footers (page 3: attendance list); title in the heading 'Niederschrift über die 3. Sitzung des Verbandsausschusses'; public and non-public parts → public null; next session date is a lure."),
))

# ------------------------------------------------------------------ Gemeinde Schwanau (BW)
P(dict(
    id="s01", file="s01_schwanau_ds-112-2026_bplan-kirchgasse-sued.pdf", producer="chromium",
    layout="schwanau_komuna_drucksache", city="Gemeinde Schwanau", font="sans",
    footer="Gemeinde Schwanau · Kirchstraße 16 · 77963 Schwanau · Ausdruck vom 30.10.2026 10:14",
    blocks=[
        ("lh", ["Gemeinde Schwanau", "Bürgermeisteramt"], "l"),
        ("kv", [("Drucksache Nr.", "112/2026"), ("Amt", "Ortsbauamt"), ("Verfasser/in", "Julia Hummel, Tel. 07824 6499-40"),
                ("Datum", "27.10.2026"), ("Aktenzeichen", "621.41")], True),
        ("b", "Bebauungsplan „Kirchgasse-Süd“, Ortsteil Ottenheim – Aufstellungsbeschluss und Beschluss über die frühzeitige Beteiligung"),
        ("grid", ["Gremium", "Termin", "Zuständigkeit", "Status"],
         [["Ortschaftsrat Ottenheim", "05.11.2026", "Anhörung", "öffentlich"],
          ["Technischer Ausschuss", "12.11.2026", "Vorberatung", "öffentlich"],
          ["Gemeinderat", "24.11.2026", "Entscheidung", "öffentlich"]], True),
        ("b", "Sachverhalt"),
        ("p", "Südlich der Kirchgasse liegt eine 1,6 ha große, bisher landwirtschaftlich genutzte Fläche, die im "
              "Flächennutzungsplan als Wohnbaufläche dargestellt ist. Vorgesehen sind etwa 24 Bauplätze für Einzel- und "
              "Doppelhäuser sowie ein Baufeld für ein Mehrfamilienhaus mit barrierefreien Mietwohnungen. Acht Bauplätze "
              "sollen nach den Vergaberichtlinien der Gemeinde an junge Familien aus Schwanau vergeben werden."),
        ("p", "Das Verfahren wird im Regelverfahren nach § 2 Abs. 1 BauGB mit Umweltbericht durchgeführt. Die "
              "Erschließung soll über einen städtebaulichen Vertrag erfolgen."),
        ("b", "Klimarelevanz"),
        ("kv", [("Auswirkung auf den Klimaschutz", "negativ"), ("Begründung", "Versiegelung bisher unbebauter Fläche; "
                 "Ausgleich durch Pflicht-PV auf Dächern und Nahwärmeanschluss wird geprüft")], False),
        ("b", "Beschlussvorschlag"),
        ("p", "1. Für den Bereich südlich der Kirchgasse wird der Bebauungsplan „Kirchgasse-Süd“ aufgestellt. "
              "2. Die frühzeitige Beteiligung nach §§ 3 Abs. 1 und 4 Abs. 1 BauGB wird beschlossen."),
    ],
    T=dict(drucksache="112/2026", doc_type="Beschlussvorlage", doc_type_printed=None, date="2026-10-27",
           title="Bebauungsplan „Kirchgasse-Süd“, Ortsteil Ottenheim – Aufstellungsbeschluss und Beschluss über die frühzeitige Beteiligung",
           public=None, department="Ortsbauamt", originator=None, answers=None, references=[],
           consultations=[C("Ortschaftsrat Ottenheim", "2026-11-05", "Anhörung"), C("Technischer Ausschuss", "2026-11-12", "Vorberatung"),
                          C("Gemeinderat", "2026-11-24", "Entscheidung")],
           klimacheck="negative", klima_style="heading 'Klimarelevanz' then a borderless key list 'Auswirkung auf den Klimaschutz | negativ' with a 'Begründung' row",
           themes=["stadtentwicklung", "soziales"],
           themes_why="new housing B-Plan; barrier-free rental flats and plots reserved for local young families (target group with content)",
           notes="Komuna-like ruled key table without colons ('Drucksache Nr. | 112/2026'); no type word at all (only the number label 'Drucksache Nr.') → doc_type_printed null, doc_type from the Beschlussvorschlag; title as bold line after the keys; Beratungsfolge with a Status column all 'öffentlich' and the Ortschaftsrat's Anhörung — the paper prints no status of its own → public null (holdout25's convention; arguable). 'Aktenzeichen 621.41', §§ BauGB no references; 'Ausdruck vom' footer lure."),
))

P(dict(
    id="s02", file="s02_schwanau_stellungnahme-osr-ottenheim_ds-112.pdf", producer="libreoffice-docx",
    layout="schwanau_ortschaftsrat_word_auszug", city="Gemeinde Schwanau", font="sans",
    header="Gemeinde Schwanau – Ortsverwaltung Ottenheim – Hauptstraße 61",
    blocks=[
        ("h1", "Stellungnahme des Ortschaftsrates Ottenheim"),
        ("p", "Auszug aus der Niederschrift über die öffentliche Sitzung des Ortschaftsrates Ottenheim vom 05.11.2026, TOP 3"),
        ("kv", [("Bezug:", "Drucksache Nr. 112/2026"), ("Gegenstand:", "Bebauungsplan „Kirchgasse-Süd“ – Anhörung des Ortschaftsrates (§ 70 Abs. 1 GemO)"),
                ("Weiterleitung an:", "Technischer Ausschuss, Gemeinderat")], True),
        ("p", "Ortsvorsteher Frank Wälde erläutert die Planung. Der Ortschaftsrat begrüßt die Ausweisung, weil in Ottenheim "
              "seit Jahren keine Bauplätze mehr verfügbar sind."),
        ("b", "Der Ortschaftsrat Ottenheim empfiehlt dem Gemeinderat einstimmig (9 : 0):"),
        ("p", "1. dem Aufstellungsbeschluss zuzustimmen;"),
        ("p", "2. die Zahl der an Ortsansässige vergebenen Bauplätze von acht auf zwölf zu erhöhen;"),
        ("p", "3. den Fußweg zur Grundschule über die Kirchgasse im Bebauungsplan zu sichern."),
        ("p", "Ottenheim, 06.11.2026"),
        ("p", "Frank Wälde, Ortsvorsteher"),
    ],
    T=dict(drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-11-06",
           title="Bebauungsplan „Kirchgasse-Süd“ – Anhörung des Ortschaftsrates (§ 70 Abs. 1 GemO)", public=None, department=None,
           originator="Ortschaftsrat Ottenheim", answers="112/2026", references=[], consultations=[],
           klimacheck=None, klima_style=None, themes=["stadtentwicklung", "soziales"],
           themes_why="Ortschaftsrat's recommendation on the housing B-Plan, asks for more plots for local residents",
           notes="Word Auszug: heading 'Stellungnahme des Ortschaftsrates Ottenheim' (originator from the heading), ruled keys 'Bezug: Drucksache Nr. 112/2026' (answers) and 'Gegenstand:' (title). The Ortschaftsrat's own session (05.11.2026) is a lure, not a consultation; 'Weiterleitung an' bodies are no Beratungsfolge → consultations empty (arguable). Ortsverwaltung in the Word header not labelled as department."),
))

P(dict(
    id="s03", file="s03_schwanau_antrag-gruene_hochwasserschutz-wittenweier.pdf", producer="reportlab",
    layout="schwanau_fraktion_reportlab_antrag", city="Gemeinde Schwanau",
    footer="Bündnis 90/Die Grünen · Gemeinderatsfraktion Schwanau · gruene-schwanau.example",
    blocks=[
        ("lh", ["BÜNDNIS 90/DIE GRÜNEN", "Fraktion im Gemeinderat Schwanau", "c/o Lena Bürkle · Rheinstraße 8 · 77963 Schwanau"], "r"),
        ("p", "An Herrn Bürgermeister Wolfgang Brandt"),
        ("r", "Schwanau, 14. Oktober 2026"),
        ("h1", "Antrag nach § 34 Abs. 1 Satz 4 GemO"),
        ("kv", [("Betreff", "Starkregenrisikomanagement für Wittenweier und Allmannsweier"), ("Gremium", "Gemeinderat"),
                ("Sitzung", "24.11.2026")], False),
        ("p", "Der Gemeinderat möge beschließen:"),
        ("p", "Die Verwaltung erstellt für die Ortsteile Wittenweier und Allmannsweier eine Starkregengefahrenkarte mit "
              "Handlungskonzept nach dem Leitfaden des Landes und beantragt hierfür die Förderung von 70 % nach den "
              "Förderrichtlinien Wasserwirtschaft."),
        ("b", "Begründung"),
        ("p", "Beim Unwetter am 2. Juli 2026 standen in beiden Ortsteilen Straßen und Keller unter Wasser. Die Rheinnähe und "
              "der hohe Grundwasserstand verschärfen die Lage. Eine Gefahrenkarte ist Voraussetzung für gezielte bauliche und "
              "organisatorische Vorsorge, etwa Notabflusswege und Warnungen für die Feuerwehr."),
        ("p", "Für die Fraktion: Lena Bürkle, Dr. Martin Hügel"),
    ],
    T=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-14",
           title="Starkregenrisikomanagement für Wittenweier und Allmannsweier", public=None, department=None,
           originator="BÜNDNIS 90/DIE GRÜNEN Fraktion im Gemeinderat Schwanau", answers=None, references=[],
           consultations=[C("Gemeinderat", "2026-11-24", None)], klimacheck=None, klima_style=None,
           themes=["klima_umwelt", "sicherheit_ordnung"],
           themes_why="heavy-rain risk map (climate adaptation); civil protection / fire brigade warning as a stated purpose",
           notes="ReportLab Fraktion letterhead right-aligned in capitals (originator = first two lines joined); heading is 'Antrag nach § 34 Abs. 1 Satz 4 GemO' (printed type 'Antrag'); borderless keys Betreff/Gremium/Sitzung → one consultation without role. Date written out ('14. Oktober 2026')."),
))

P(dict(
    id="s04", file="s04_schwanau_niederschrift-osr-nonnenweier.pdf", producer="ghostscript",
    layout="schwanau_ps_niederschrift_ortschaftsrat", city="Gemeinde Schwanau", font="serif",
    footer="Ortsverwaltung Nonnenweier - Niederschrift ORN 6/2026 - Seite {page} von {pages}",
    blocks=[
        ("lh", ["Gemeinde Schwanau - Ortschaft Nonnenweier"], "c"),
        ("h1", "Niederschrift über die öffentliche Sitzung des Ortschaftsrates Nonnenweier"),
        ("kv", [("am:", "Mittwoch, 21.10.2026, 19:30 Uhr"), ("im:", "Bürgersaal, Rathaus Nonnenweier"),
                ("Vorsitzender:", "Ortsvorsteher Markus Zimpfer"), ("Schriftführerin:", "Frau Riehle"),
                ("Anwesend:", "8 Ortschaftsräte; entschuldigt: Ortschaftsrätin Heß")], False),
        ("b", "1. Bürgerfragen"),
        ("p", "Ein Bürger fragt nach dem Termin der Sanierung des Spielplatzes am Rheinwaldweg. Die Ortsverwaltung antwortet, dass die Arbeiten im Frühjahr 2027 beginnen."),
        ("b", "2. Umbau der ehemaligen Rheinschule zum Vereinsheim - Anhörung (Drucksache 104/2026)"),
        ("p", "Der Musikverein und der Turnverein sollen im Erdgeschoss Proben- und Übungsräume erhalten; das Obergeschoss "
              "wird als Jugendraum hergerichtet. Die Kosten betragen 640.000 EUR, davon 210.000 EUR Ausgleichstock. Der "
              "Ortschaftsrat empfiehlt dem Gemeinderat die Zustimmung (8 : 0)."),
        ("b", "3. Verkehrsschau Hauptstraße - Ergebnisse"),
        ("p", "Die Verkehrsschau vom 29.09.2026 hat ergeben, dass vor dem Kindergarten ein Fußgängerüberweg angeordnet "
              "wird und die Tempo-30-Strecke bis zur Einmündung Fischerstraße verlängert wird. Der Ortschaftsrat nimmt Kenntnis."),
        ("pb",),
        ("b", "4. Haushaltsanmeldungen 2027 der Ortschaft"),
        ("p", "Der Ortschaftsrat meldet an: Erneuerung der Friedhofsmauer (45.000 EUR), Beleuchtung des Rheindammwegs (18.000 EUR), "
              "Ersatz des Mannschaftstransportwagens der Abteilung Nonnenweier (62.000 EUR). Beschluss: 8 : 0"),
        ("b", "5. Verschiedenes"),
        ("p", "Die nächste Sitzung findet am 25.11.2026 statt."),
        ("sp",),
        ("p", "Markus Zimpfer, Ortsvorsteher          Riehle, Schriftführerin"),
    ],
    T=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-21",
           title="öffentliche Sitzung des Ortschaftsrates Nonnenweier", public=True, department=None, originator=None,
           answers=None, references=["104/2026"], consultations=[], klimacheck=None, klima_style=None,
           themes=["kultur_sport", "mobilitaet", "finanzen"],
           themes_why="club house for music and sports clubs plus youth room (largest item); traffic survey with crossing and 30 zone; budget requests of the Ortschaft; Bürgerfragen/Verschiedenes not counted",
           notes="PostScript minutes of an Ortschaftsrat (Times); heading 'Niederschrift über die öffentliche Sitzung des …' (title without 'Niederschrift über die'); lower-case keys 'am:'/'im:'; session date from 'am:' key; Drucksache 104/2026 cited in an item (reference); next session date lure. Dashes print as '-'."),
))

P(dict(
    id="s05", file="s05_schwanau_bericht-kita-bedarfsplanung.pdf", producer="libreoffice-docx",
    layout="schwanau_word_bericht", city="Gemeinde Schwanau", font="sans",
    header="Gemeinde Schwanau · Hauptamt · Sachgebiet Bildung und Betreuung",
    footer="Gemeinde Schwanau – Kirchstraße 16 – 77963 Schwanau – Telefon 07824 6499-0",
    blocks=[
        ("kv", [("Vorlage", "Bericht"), ("Drucksache", "118/2026"), ("Federführung", "Hauptamt, SG Bildung und Betreuung"),
                ("Ansprechpartner", "Frau Kiefer, 07824 6499-21"), ("Datum", "02.11.2026"),
                ("Beratung", "Verwaltungsausschuss 19.11.2026 (zur Kenntnis)")], True),
        ("b", "Kindergartenbedarfsplanung 2027/2028 – Bericht über Belegung und Ausbaubedarf"),
        ("p", "In den fünf Kindertageseinrichtungen der Gemeinde (zwei kommunal, drei kirchlich) werden derzeit 318 Kinder "
              "betreut, davon 61 unter drei Jahren. Nach den Geburtenzahlen und dem Zuzug in den Neubaugebieten fehlen ab "
              "September 2027 voraussichtlich 20 Plätze für Kinder über drei Jahren und 10 Krippenplätze."),
        ("grid", ["Einrichtung", "Plätze Ü3", "Plätze U3", "Belegung 10/2026"],
         [["Kita Sonnenblume Ottenheim", "75", "20", "93"], ["Kath. Kindergarten St. Gallus Allmannsweier", "50", "10", "59"],
          ["Ev. Kindergarten Nonnenweier", "60", "10", "70"], ["Waldkindergarten Wittenweier", "20", "–", "20"],
          ["Ev. Kindergarten Wittenweier", "70", "20", "76"]], True),
        ("p", "Die Verwaltung prüft eine Erweiterung des Waldkindergartens um eine zweite Gruppe und eine Übergangslösung "
              "in Containern in Ottenheim. Eine Beschlussvorlage folgt im ersten Quartal 2027."),
        ("p", "Der Bericht dient der Information; ein Beschluss ist nicht erforderlich."),
    ],
    T=dict(drucksache="118/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Bericht", date="2026-11-02",
           title="Kindergartenbedarfsplanung 2027/2028 – Bericht über Belegung und Ausbaubedarf", public=None,
           department="Hauptamt, SG Bildung und Betreuung", originator=None, answers=None, references=[],
           consultations=[C("Verwaltungsausschuss", "2026-11-19", "Kenntnisnahme")], klimacheck=None, klima_style=None,
           themes=["soziales"], themes_why="childcare demand planning (Kita places); no financing argued",
           notes="Word ruled key table 'Vorlage | Bericht' as type and 'Drucksache | 118/2026'; 'Beratung' key with '(zur Kenntnis)' → Kenntnisnahme; no public status printed → null; title as bold line after the table; unit also in the Word header in a longer form ('Sachgebiet')."),
))

# ------------------------------------------------------------------ GVV Altshausen (BW)
GVV = "Gemeindeverwaltungsverband Altshausen"
P(dict(
    id="a01", file="a01_gvv-altshausen_vv-05-2026_fnp-wind.pdf", producer="ghostscript",
    layout="gvv_altshausen_ps_sitzungsvorlage", city=GVV, font="sans",
    footer="GVV Altshausen - Schloßstraße 12 - 88361 Altshausen - Sitzungsvorlage VV 05/2026 - Seite {page}/{pages}",
    blocks=[
        ("lh", [GVV, "Verbandsbauamt"], "l"),
        ("kv", [("Sitzungsvorlage Nr.:", "VV 05/2026"), ("Sachbearbeitung:", "Herr Bendel, Tel. 07584 9201-52"), ("Datum:", "16.10.2026")], False),
        ("hr",),
        ("b", "Gegenstand:"),
        ("b", "8. Änderung des Flächennutzungsplans - Konzentrationszonen für Windenergieanlagen; Feststellungsbeschluss"),
        ("kv", [("Beratung:", "Verbandsversammlung, 05.11.2026, öffentlich, Beschluss")], False),
        ("b", "I. Sachverhalt"),
        ("p", "Die Verbandsversammlung hat am 14.03.2025 (Vorlage VV 02/2025) die 8. Änderung des Flächennutzungsplans "
              "eingeleitet, um die Windenergienutzung im Verbandsgebiet zu steuern. Ausgewiesen werden drei Zonen mit "
              "zusammen 212 ha auf den Gemarkungen Ebenweiler, Hoßkirch und Königseggwald. Nach der zweiten Offenlage "
              "gingen 41 Stellungnahmen ein; die Abwägung ist als Anlage 1 beigefügt."),
        ("p", "Mit den Zonen trägt der Verband zum Teilflächenziel des Regionalplans bei (§ 2 WindBG). In den Zonen "
              "können nach Schätzung des Büros neun Anlagen mit zusammen rund 60 MW errichtet werden, die rechnerisch "
              "den Strombedarf von 45.000 Haushalten decken."),
        ("pb",),
        ("b", "II. Klimaschutz"),
        ("p", "[x] positive Auswirkung   [ ] keine Auswirkung   [ ] negative Auswirkung"),
        ("b", "III. Beschlussantrag"),
        ("p", "1. Die Verbandsversammlung beschließt die Abwägung gemäß Anlage 1. 2. Die 8. Änderung des "
              "Flächennutzungsplans wird in der Fassung vom 16.10.2026 festgestellt. 3. Die Verwaltung wird beauftragt, "
              "die Genehmigung beim Landratsamt zu beantragen (§ 6 BauGB)."),
        ("r", "Patrick Dölle, Verbandsvorsitzender"),
    ],
    T=dict(drucksache="VV 05/2026", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
           date="2026-10-16",
           title="8. Änderung des Flächennutzungsplans - Konzentrationszonen für Windenergieanlagen; Feststellungsbeschluss",
           public=True, department="Verbandsbauamt", originator=None, answers=None, references=["VV 02/2025"],
           consultations=[C("Verbandsversammlung", "2026-11-05", "Entscheidung")],
           klimacheck="positive", klima_style="heading 'II. Klimaschutz' on page 2, then one line of [x]/[ ] boxes (PostScript text)",
           themes=["klima_umwelt", "stadtentwicklung"],
           themes_why="wind-energy zones (renewables, stated climate purpose) set by a land-use plan change",
           notes="PostScript Verband Sitzungsvorlage: key list with 'Sitzungsvorlage Nr.:'; unit as second letterhead line; 'Gegenstand:' label on its own line over the bold title; Beratung as one key line 'Verbandsversammlung, 05.11.2026, öffentlich, Beschluss'. '§ 2 WindBG', '§ 6 BauGB' no references."),
))

P(dict(
    id="a02", file="a02_gvv-altshausen_einladung-verbandsversammlung.pdf", producer="libreoffice-docx",
    layout="gvv_altshausen_word_einladung", city=GVV, font="serif",
    header="Gemeindeverwaltungsverband Altshausen – Altshausen · Boms · Ebenweiler · Eichstegen · Fleischwangen · Guggenhausen · Hoßkirch · Königseggwald · Riedhausen · Unterwaldhausen",
    blocks=[
        ("p", "Gemeindeverwaltungsverband Altshausen · Schloßstraße 12 · 88361 Altshausen"),
        ("p", "An die Mitglieder der Verbandsversammlung"),
        ("r", "Altshausen, den 23.10.2026"),
        ("b", "Öffentliche Bekanntmachung und Einladung zur Sitzung der Verbandsversammlung"),
        ("p", "Am Donnerstag, dem 05.11.2026, 17:00 Uhr, findet im Sitzungssaal des Rathauses Altshausen eine öffentliche "
              "Sitzung der Verbandsversammlung des Gemeindeverwaltungsverbandes Altshausen statt."),
        ("b", "Tagesordnung"),
        ("p", "1. Fragen der Einwohnerinnen und Einwohner"),
        ("p", "2. 8. Änderung des Flächennutzungsplans – Konzentrationszonen für Windenergieanlagen; Feststellungsbeschluss (VV 05/2026)"),
        ("p", "3. Haushaltsplan 2027 und Festsetzung der Verbandsumlage (VV 06/2026)"),
        ("p", "4. Beitritt zum Zweckverband Kommunale Informationsverarbeitung – gemeinsames Bürgerserviceportal (VV 07/2026)"),
        ("p", "5. Bekanntgaben, Verschiedenes"),
        ("p", "Die Sitzungsunterlagen können bei der Geschäftsstelle eingesehen werden."),
        ("p", "Patrick Dölle"),
        ("p", "Verbandsvorsitzender"),
    ],
    T=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-10-23",
           title="Sitzung der Verbandsversammlung", public=True, department=None, originator=None, answers=None,
           references=["VV 05/2026", "VV 06/2026", "VV 07/2026"], consultations=[], klimacheck=None, klima_style=None,
           themes=["klima_umwelt", "stadtentwicklung", "finanzen", "digitalisierung"],
           themes_why="agenda: wind-energy FNP change (largest), budget and Umlage, joint online citizen service portal; Einwohnerfragen/Bekanntgaben not counted",
           notes="Word letter, header lists the ten member Gemeinden; heading 'Öffentliche Bekanntmachung und Einladung zur Sitzung der Verbandsversammlung' (type word 'Einladung' inside a longer heading; title = the session); only a public session → public true. Agenda as numbered paragraphs with numbers in brackets (references)."),
))

P(dict(
    id="a03", file="a03_gvv-altshausen_vv-06-2026_haushalt-umlage.pdf", producer="chromium",
    layout="gvv_altshausen_html_beschlussvorlage_klimagrid", city=GVV, font="dejavu",
    footer="Gemeindeverwaltungsverband Altshausen · Verbandskämmerei · Seite {page} von {pages}",
    blocks=[
        ("lh", [GVV, "Verbandskämmerei · Schloßstraße 12 · 88361 Altshausen"], "l"),
        ("grid", ["Beschlussvorlage", "Nr.", "Datum"], [["öffentlich", "VV 06/2026", "19.10.2026"]], True),
        ("kv", [("Betreff", "Haushaltsplan 2027 des Gemeindeverwaltungsverbandes und Festsetzung der Verbandsumlage"),
                ("Federführendes Amt", "Verbandskämmerei"), ("Beratungsfolge", "Verbandsversammlung – 05.11.2026 – Beschlussfassung")], True),
        ("b", "Sachdarstellung"),
        ("p", "Der Ergebnishaushalt 2027 des Verbandes schließt mit ordentlichen Aufwendungen von 4,72 Mio. € ab, davon "
              "3,61 Mio. € Personalaufwand für 58 Stellen (Verbandsbauamt, Kämmerei, Standesamt, Grundbuch-Einsichtsstelle). "
              "Die nicht gedeckten Aufwendungen werden über die Verbandsumlage finanziert, die nach § 19 der Verbandssatzung "
              "zu 70 % nach Einwohnern und zu 30 % nach Fallzahlen verteilt wird."),
        ("grid", ["", "2026", "2027"],
         [["Verbandsumlage gesamt", "3.940.000 €", "4.215.000 €"], ["je Einwohner", "186,40 €", "198,10 €"],
          ["Tarifsteigerung TVöD", "", "+ 5,5 %"]], True),
        ("p", "Die Steigerung folgt im Wesentlichen aus dem Tarifabschluss und einer zusätzlichen Stelle im Verbandsbauamt "
              "für die Genehmigungsverfahren erneuerbarer Energien."),
        ("b", "Klimarelevanz"),
        ("grid", ["Auswirkung", "ja", "nein"],
         [["positiv", "☐", "☒"], ["negativ", "☐", "☒"], ["keine / nicht relevant", "☒", "☐"]], True),
        ("b", "Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt die Haushaltssatzung 2027 und setzt die Verbandsumlage auf 4.215.000 € fest."),
    ],
    T=dict(drucksache="VV 06/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-19",
           title="Haushaltsplan 2027 des Gemeindeverwaltungsverbandes und Festsetzung der Verbandsumlage", public=True,
           department="Verbandskämmerei", originator=None, answers=None, references=[],
           consultations=[C("Verbandsversammlung", "2026-11-05", "Entscheidung")],
           klimacheck="neutral", klima_style="heading 'Klimarelevanz' then a ruled grid Auswirkung | ja | nein with ☒ in 'keine / nicht relevant' ja",
           themes=["finanzen", "verwaltung"], themes_why="budget and Umlage of the Verband; staff costs and an additional post argued",
           notes="Chromium: ruled head grid with the type word as a column header over 'öffentlich', 'Nr.' over the number, 'Datum' over the date; ruled keys 'Betreff', 'Federführendes Amt', 'Beratungsfolge' as one dash-joined line with 'Beschlussfassung'. '§ 19 der Verbandssatzung' no reference."),
))

P(dict(
    id="a04", file="a04_gvv-altshausen_schreiben-buergerserviceportal.pdf", producer="reportlab",
    layout="gvv_altshausen_reportlab_rundschreiben", city=GVV,
    footer="Gemeindeverwaltungsverband Altshausen · Tel. 07584 9201-0 · info@gvv-altshausen.example",
    blocks=[
        ("lh", [GVV, "Stabsstelle Digitalisierung und IT"], "l"),
        ("kv", [("Rundschreiben Nr.", "14/2026"), ("Datum", "09.11.2026"), ("Bearbeitung", "Frau Oswald, Durchwahl -63"),
                ("Empfänger", "Bürgermeisterämter der Mitgliedsgemeinden")], False),
        ("b", "Einführung des gemeinsamen Bürgerserviceportals zum 1. März 2027 – Zeitplan und Mitwirkung der Gemeinden"),
        ("p", "Sehr geehrte Damen und Herren Bürgermeister,"),
        ("p", "nach dem Beschluss der Verbandsversammlung vom 05.11.2026 (VV 07/2026) tritt der Verband dem Zweckverband "
              "Kommunale Informationsverarbeitung bei und führt für alle zehn Gemeinden ein gemeinsames Serviceportal ein. "
              "Zum Start sind 26 Online-Dienste vorgesehen, u. a. Meldebescheinigung, Hundesteuer-An- und Abmeldung, "
              "Anträge auf Sondernutzung und die Reservierung von Gemeindehallen."),
        ("p", "Wir bitten jede Gemeinde, bis 15.12.2026 eine Ansprechperson zu benennen und die Gebührensätze ihrer "
              "Satzungen für die Online-Bezahlfunktion zu melden. Schulungen finden im Januar 2027 im Rathaus Altshausen statt."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "i. A. Sandra Oswald"),
    ],
    T=dict(drucksache=None, doc_type="Schreiben", doc_type_printed="Rundschreiben", date="2026-11-09",
           title="Einführung des gemeinsamen Bürgerserviceportals zum 1. März 2027 – Zeitplan und Mitwirkung der Gemeinden",
           public=None, department="Stabsstelle Digitalisierung und IT", originator=None, answers=None, references=["VV 07/2026"],
           consultations=[], klimacheck=None, klima_style=None, themes=["digitalisierung"],
           themes_why="joint online citizen-service portal and online services",
           notes="ReportLab circular: key 'Rundschreiben Nr. | 14/2026' — a circular's serial number, not a Drucksache (drucksache null, arguable); unit as second letterhead line; the Verbandsversammlung decision cited with its Vorlage number (reference)."),
))
