# Landgemeinde Geratal (TH), Gemeinde Reinsberg (SN), Gemeinde Weilrod (HE) with its Kinder- und Jugendparlament.
from papers_a import C

PAPERS = []
P = PAPERS.append

# ------------------------------------------------------------------ Landgemeinde Geratal (TH)
GT = "Landgemeinde Geratal"
P(dict(
    id="g01", file="g01_geratal_bv-gr-089-2026_feuerwehrhaus-graefenroda.pdf", producer="reportlab",
    layout="geratal_reportlab_beschlussvorlage_keytable", city=GT,
    footer="Landgemeinde Geratal · Ohrdrufer Straße 9 · 99330 Geratal OT Frankenhain · BV-GR/089/2026 · Seite {page} von {pages}",
    blocks=[
        ("lh", ["Landgemeinde Geratal", "Der Bürgermeister"], "l"),
        ("h1", "Beschlussvorlage"),
        ("kv", [("Vorlagen-Nr.:", "BV-GR/089/2026"), ("Einreicher:", "Bürgermeister"), ("Fachbereich:", "FB 3 – Ordnung, Brandschutz und Bürgerservice"),
                ("verantwortlich:", "Herr Schüler, Tel. 036205 760-31"), ("Datum:", "20.10.2026"), ("öffentlich:", "ja")], True),
        ("kv", [("Beratungsfolge:", "Ortsteilrat Gräfenroda (Anhörung) 02.11.2026; Haupt- und Finanzausschuss (Vorberatung) 09.11.2026; Gemeinderat (Beschlussfassung) 23.11.2026")], False),
        ("b", "Betreff: Neubau des Feuerwehrgerätehauses Gräfenroda – Standortentscheidung und Planungsauftrag"),
        ("b", "Beschlussvorschlag:"),
        ("p", "1. Der Gemeinderat beschließt den Neubau des Feuerwehrgerätehauses Gräfenroda auf dem gemeindeeigenen "
              "Grundstück an der Waldstraße (Flur 7, Flurstück 233/4). 2. Die Verwaltung wird beauftragt, die "
              "Planungsleistungen bis Leistungsphase 4 auszuschreiben."),
        ("b", "Begründung:"),
        ("p", "Das Gerätehaus in der Bahnhofstraße entspricht nicht mehr der DIN 14092 und den Unfallverhütungsvorschriften "
              "der Unfallkasse Thüringen: Die Stellplätze sind zu schmal für das HLF 20, es fehlen getrennte Umkleiden und "
              "eine Schwarz-Weiß-Trennung. Der Brandschutzbedarfsplan (Beschluss vom 22.06.2025, Vorlage BV-GR/041/2025) "
              "sieht den Neubau bis 2029 vor."),
        ("p", "Die Kosten werden auf 3,4 Mio. € geschätzt. Eine Förderung nach der Thüringer Feuerwehr-Förderrichtlinie "
              "von bis zu 30 % wird beantragt; der Eigenanteil soll über Kredit finanziert und im Haushalt 2028 veranschlagt werden."),
        ("pb",),
        ("b", "Klimacheck:"),
        ("p", "Das Gebäude wird im Standard Effizienzgebäude 40 mit Wärmepumpe und Photovoltaik geplant. Auswirkung: positiv."),
        ("r", "Dirk Pabst, Bürgermeister"),
    ],
    T=dict(drucksache="BV-GR/089/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-20",
           title="Neubau des Feuerwehrgerätehauses Gräfenroda – Standortentscheidung und Planungsauftrag", public=True,
           department="FB 3 – Ordnung, Brandschutz und Bürgerservice", originator=None, answers=None, references=["BV-GR/041/2025"],
           consultations=[C("Ortsteilrat Gräfenroda", "2026-11-02", "Anhörung"), C("Haupt- und Finanzausschuss", "2026-11-09", "Vorberatung"),
                          C("Gemeinderat", "2026-11-23", "Entscheidung")],
           klimacheck="positive", klima_style="bold label 'Klimacheck:' then a prose line ending 'Auswirkung: positiv.'",
           themes=["sicherheit_ordnung", "finanzen"],
           themes_why="new fire station; grant rate and loan-financed own share argued; the efficient-building line is one sentence",
           notes="ReportLab ruled key table; 'Einreicher: Bürgermeister' (administration → originator null); Beratungsfolge as one prose key line with roles in brackets before the dates ('Beschlussfassung' → Entscheidung); 'öffentlich: ja'. 'Flur 7, Flurstück 233/4', 'DIN 14092', 'HLF 20' no references."),
))

P(dict(
    id="g02", file="g02_geratal_empfehlung-ortsteilrat-graefenroda.pdf", producer="chromium",
    layout="geratal_ortsteilrat_html_empfehlung", city=GT, font="serif",
    blocks=[
        ("lh", ["Ortsteilrat Gräfenroda", "Ortsteilbürgermeisterin Kerstin Lämmerhirt · Bahnhofstraße 2 · Gräfenroda"], "c"),
        ("hr",),
        ("h1", "Empfehlung"),
        ("p", "des Ortsteilrates Gräfenroda an den Gemeinderat der Landgemeinde Geratal gemäß § 45a Abs. 6 ThürKO"),
        ("kv", [("zu Vorlage:", "BV-GR/089/2026"), ("Thema:", "Neubau des Feuerwehrgerätehauses Gräfenroda – Standortentscheidung und Planungsauftrag"),
                ("beraten am:", "02.11.2026"), ("Ergebnis:", "5 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung")], True),
        ("p", "Der Ortsteilrat unterstützt den Neubau ausdrücklich. Er empfiehlt jedoch, den Standort an der Waldstraße nur "
              "zu wählen, wenn die Zufahrt über die Schulstraße ausgebaut wird, weil sonst die Einsatzfahrzeuge an der "
              "Grundschule vorbeifahren müssen. Ferner bittet er, die Fahrzeughalle so zu planen, dass der Jugendfeuerwehr "
              "ein eigener Schulungsraum zur Verfügung steht."),
        ("p", "Gräfenroda, 03.11.2026"),
        ("p", "Kerstin Lämmerhirt, Ortsteilbürgermeisterin"),
    ],
    T=dict(drucksache=None, doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2026-11-03",
           title="Neubau des Feuerwehrgerätehauses Gräfenroda – Standortentscheidung und Planungsauftrag", public=None,
           department=None, originator="Ortsteilrat Gräfenroda", answers="BV-GR/089/2026", references=[],
           consultations=[], klimacheck=None, klima_style=None, themes=["sicherheit_ordnung"],
           themes_why="Ortsteilrat's recommendation on the fire station (Anfrage/Vorlage's main theme); access road is a condition, not a section",
           notes="Centred Beirat-style sheet; type word 'Empfehlung' as heading → Stellungnahme; ruled keys 'zu Vorlage:' (answers), 'Thema:' (title), 'beraten am:' (own session, no consultation); date from the place-date line. '§ 45a Abs. 6 ThürKO' no reference."),
))

P(dict(
    id="g03", file="g03_geratal_anfrage-cdu_winterdienst-liebenstein.pdf", producer="libreoffice-docx",
    layout="geratal_fraktion_word_kleine_anfrage", city=GT, font="sans",
    header="CDU-Fraktion im Gemeinderat Geratal",
    footer="Fraktionsvorsitzender: Uwe Brettschneider · Liebenstein, Am Anger 5",
    blocks=[
        ("lh", ["CDU-Fraktion", "im Gemeinderat der Landgemeinde Geratal"], "l"),
        ("p", "Landgemeinde Geratal, Bürgermeister Dirk Pabst"),
        ("r", "Liebenstein, 26.10.2026"),
        ("h1", "Kleine Anfrage"),
        ("b", "Winterdienst auf den Verbindungsstraßen nach Liebenstein und Geschwenda"),
        ("p", "Im vergangenen Winter blieben die Gemeindeverbindungsstraßen von Frankenhain nach Liebenstein und Geschwenda "
              "an mehreren Tagen bis zum Vormittag ungeräumt; der Schulbus konnte zweimal nicht fahren. Wir fragen:"),
        ("p", "1. Nach welchem Räum- und Streuplan werden die Verbindungsstraßen bedient, und welche Priorität haben sie?"),
        ("p", "2. Wie viele Fahrzeuge und Beschäftigte stehen dem Bauhof im Winter 2026/27 zur Verfügung?"),
        ("p", "3. Ist eine Vergabe einzelner Touren an örtliche Landwirte geplant, wie sie andere Gemeinden praktizieren?"),
        ("p", "Um schriftliche Antwort bis zur Sitzung des Gemeinderates am 23.11.2026 wird gebeten."),
        ("p", "Uwe Brettschneider, Fraktionsvorsitzender"),
    ],
    T=dict(drucksache=None, doc_type="Anfrage", doc_type_printed="Kleine Anfrage", date="2026-10-26",
           title="Winterdienst auf den Verbindungsstraßen nach Liebenstein und Geschwenda", public=None, department=None,
           originator="CDU-Fraktion im Gemeinderat der Landgemeinde Geratal", answers=None, references=[], consultations=[],
           klimacheck=None, klima_style=None, themes=["mobilitaet"],
           themes_why="winter road clearance of connecting roads; school bus is an example",
           notes="Word Fraktion letter: Word header shorter ('CDU-Fraktion im Gemeinderat Geratal') than the two-line body letterhead (originator = body lines joined); heading 'Kleine Anfrage'; bold subject line without label; session date in prose is a lure."),
))

P(dict(
    id="g04", file="g04_geratal_einladung-gemeinderat-2026-11.pdf", producer="ghostscript",
    layout="geratal_ps_einladung_bekanntmachung", city=GT, font="sans",
    blocks=[
        ("lh", ["Landgemeinde Geratal", "Der Bürgermeister"], "l"),
        ("r", "Geratal, 12.11.2026"),
        ("h1", "Einladung zur 31. Sitzung des Gemeinderates"),
        ("kv", [("Termin:", "Montag, 23.11.2026, 18:30 Uhr"), ("Ort:", "Bürgerhaus Geschwenda, Großer Saal")], False),
        ("b", "Tagesordnung"),
        ("b", "Öffentlicher Teil"),
        ("grid", ["TOP", "Betreff", "Drucksache"],
         [["1", "Feststellung der Beschlussfähigkeit, Bestätigung der Tagesordnung", ""],
          ["2", "Einwohnerfragestunde", ""],
          ["3", "Neubau des Feuerwehrgerätehauses Gräfenroda - Standortentscheidung und Planungsauftrag", "BV-GR/089/2026"],
          ["4", "Schulnetzplanung des Landkreises - Stellungnahme zur Grundschule Liebenstein", "BV-GR/092/2026"],
          ["5", "Satzung über die Benutzung der Kindertageseinrichtungen und Elternbeiträge ab 01.08.2027", "BV-GR/094/2026"],
          ["6", "Informationen des Bürgermeisters", ""]], False),
        ("b", "Nichtöffentlicher Teil"),
        ("p", "7. Vergabe Winterdienstleistungen (Touren Frankenhain) 8. Grundstücksangelegenheiten"),
        ("p", "Dirk Pabst, Bürgermeister"),
    ],
    T=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-11-12",
           title="31. Sitzung des Gemeinderates", public=None, department=None, originator=None, answers=None,
           references=["BV-GR/089/2026", "BV-GR/092/2026", "BV-GR/094/2026"], consultations=[], klimacheck=None, klima_style=None,
           themes=["sicherheit_ordnung", "bildung", "soziales", "finanzen"],
           themes_why="fire station (largest), primary-school network statement, Kita statute with parental fees (soziales, finanzen); Einwohnerfragestunde/information not counted",
           notes="PostScript invitation; title in the heading 'Einladung zur 31. Sitzung des Gemeinderates' (title = the session); agenda grid with a 'Drucksache' column (references); public and non-public parts → public null. Dashes print as '-'."),
))

# ------------------------------------------------------------------ Gemeinde Reinsberg (SN)
RB = "Gemeinde Reinsberg"
P(dict(
    id="n01", file="n01_reinsberg_bv-2026-071_schulhort-dittmannsdorf.pdf", producer="chromium",
    layout="reinsberg_allris_beschlussvorlage", city=RB, font="sans",
    footer="Gemeinde Reinsberg · Ausdruck vom 04.11.2026 · Seite {page} von {pages}",
    blocks=[
        ("cols", ["Gemeinde Reinsberg", "", "Beschlussvorlage", "", "Vorlage-Nr:", "Status:", "Federführend:", "Bearbeiter:", "Datum:"],
         ["", "", "", "", "BV/2026/071", "öffentlich", "Hauptamt", "Anett Kluge", "02.11.2026"]),
        ("b", "Erweiterung des Schulhortes Dittmannsdorf durch Anbau in Modulbauweise"),
        ("grid", ["Beratungsfolge", "Datum", "Zuständigkeit"],
         [["Ortschaftsrat Dittmannsdorf", "09.11.2026", "Anhörung"], ["Verwaltungsausschuss", "16.11.2026", "Vorberatung"],
          ["Gemeinderat", "30.11.2026", "Entscheidung"]], False),
        ("b", "Beschlussvorschlag:"),
        ("p", "Der Gemeinderat beschließt die Erweiterung des Schulhortes an der Grundschule Dittmannsdorf um zwei Gruppenräume "
              "in Modulbauweise und beauftragt den Bürgermeister, die Förderung nach der Richtlinie Kita-Investitionen zu beantragen."),
        ("b", "Sachverhalt:"),
        ("p", "Der Hort ist für 84 Kinder genehmigt und mit 97 Kindern belegt (Ausnahmegenehmigung des Landesjugendamtes bis 31.07.2027). "
              "Ab dem Schuljahr 2027/28 werden nach den Einschulungszahlen 105 Hortkinder erwartet. Der Anbau mit 140 m² "
              "Nutzfläche kostet nach der Kostenschätzung 720.000 €; bei einer Förderquote von 50 % verbleiben 360.000 €, die "
              "aus der Rücklage gedeckt werden."),
        ("b", "Klimarelevanz:"),
        ("p", "keine wesentlichen Auswirkungen"),
        ("s", "Anlagen: Lageplan, Kostenschätzung"),
    ],
    T=dict(drucksache="BV/2026/071", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-11-02",
           title="Erweiterung des Schulhortes Dittmannsdorf durch Anbau in Modulbauweise", public=True, department="Hauptamt",
           originator=None, answers=None, references=[],
           consultations=[C("Ortschaftsrat Dittmannsdorf", "2026-11-09", "Anhörung"), C("Verwaltungsausschuss", "2026-11-16", "Vorberatung"),
                          C("Gemeinderat", "2026-11-30", "Entscheidung")],
           klimacheck="neutral", klima_style="bold label 'Klimarelevanz:' then a plain line 'keine wesentlichen Auswirkungen'",
           themes=["bildung", "soziales", "finanzen"],
           themes_why="after-school care at a primary school (bildung, soziales – Hort is youth welfare); grant rate and own share from reserves argued",
           notes="ALLRIS-like head: stacked labels 'Vorlage-Nr:'/'Status:'/'Federführend:'/'Bearbeiter:'/'Datum:' in one column and stacked values in the other (pdftotext separates labels and values); unlabelled bold title; Beratungsfolge without Ö/N. 'Ausdruck vom' footer lure."),
))

P(dict(
    id="n02", file="n02_reinsberg_iv-2026-014_breitband.pdf", producer="ghostscript",
    layout="reinsberg_ps_informationsvorlage", city=RB, font="sans",
    footer="Gemeinde Reinsberg - Informationsvorlage IV/2026/014 - Seite {page} von {pages}",
    blocks=[
        ("lh", ["Gemeinde Reinsberg", "Bauamt - Sachgebiet Tiefbau und Breitband"], "l"),
        ("kv", [("Informationsvorlage", "IV/2026/014"), ("Datum", "27.10.2026"), ("Bearbeiter", "Herr Tröger, 037324 8401-24")], True),
        ("kv", [("Gremium", "Gemeinderat"), ("Sitzungstermin", "30.11.2026"), ("Behandlung", "öffentlich, zur Information")], True),
        ("b", "Betreff: Geförderter Glasfaserausbau in Bieberstein, Hirschfeld und Dittmannsdorf - Sachstand"),
        ("p", "Im Rahmen des Bundesförderprogramms (Gigabit-Richtlinie 2.0) und der Kofinanzierung durch den Freistaat werden "
              "in den drei Ortschaften 612 Adressen an das Glasfasernetz angeschlossen. Der Tiefbau in Hirschfeld ist zu 80 % "
              "abgeschlossen; in Bieberstein hat sich der Baubeginn wegen einer Bahnquerung verschoben."),
        ("grid", ["Ortschaft", "Adressen", "Tiefbau", "Inbetriebnahme"],
         [["Hirschfeld", "204", "80 %", "I/2027"], ["Dittmannsdorf", "251", "35 %", "III/2027"], ["Bieberstein", "157", "0 %", "IV/2027"]], True),
        ("p", "Die Gemeinde trägt einen Eigenanteil von 10 %. Mehrkosten sind bisher nicht angezeigt worden."),
    ],
    T=dict(drucksache="IV/2026/014", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-10-27",
           title="Geförderter Glasfaserausbau in Bieberstein, Hirschfeld und Dittmannsdorf - Sachstand", public=True,
           department="Bauamt - Sachgebiet Tiefbau und Breitband", originator=None, answers=None, references=[],
           consultations=[C("Gemeinderat", "2026-11-30", "Kenntnisnahme")], klimacheck=None, klima_style=None,
           themes=["digitale_infrastruktur"], themes_why="status report on subsidised fibre build-out; own share only stated",
           notes="PostScript: two ruled key blocks; the type word is the first key with the number as its value ('Informationsvorlage | IV/2026/014'); 'Behandlung: öffentlich, zur Information' → public true, role Kenntnisnahme (arguable); unit as second letterhead line."),
))

P(dict(
    id="n03", file="n03_reinsberg_antrag-ortschaftsrat-hirschfeld_dorfteich.pdf", producer="reportlab",
    layout="reinsberg_ortschaftsrat_reportlab_antrag", city=RB,
    blocks=[
        ("lh", ["Ortschaftsrat Hirschfeld", "der Gemeinde Reinsberg · Ortsvorsteher Gunter Wendisch"], "l"),
        ("p", "An den Gemeinderat Reinsberg über den Bürgermeister"),
        ("r", "Hirschfeld, den 19.10.2026"),
        ("b", "Antrag gemäß § 67 Abs. 2 SächsGemO"),
        ("b", "Sanierung des Dorfteiches Hirschfeld als Löschwasserentnahmestelle"),
        ("p", "Der Ortschaftsrat hat in seiner Sitzung am 14.10.2026 einstimmig beschlossen, beim Gemeinderat zu beantragen:"),
        ("p", "Der Dorfteich an der Dorfstraße wird entschlammt, die Ufermauer instand gesetzt und eine frostsichere "
              "Saugstelle nach DIN 14210 eingebaut. Die Mittel sind im Haushalt 2027 einzuplanen."),
        ("p", "Begründung: Der Teich ist die einzige unabhängige Löschwasserentnahmestelle im Oberdorf. Bei der Übung der "
              "Ortsfeuerwehr im Juni 2026 konnte wegen des Schlamms nur ein Drittel der nötigen Wassermenge entnommen werden. "
              "Zugleich ist der Teich Laichgewässer für Erdkröten; die Entschlammung soll außerhalb der Laichzeit erfolgen."),
        ("p", "Gunter Wendisch, Ortsvorsteher"),
    ],
    T=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-19",
           title="Sanierung des Dorfteiches Hirschfeld als Löschwasserentnahmestelle", public=None, department=None,
           originator="Ortschaftsrat Hirschfeld", answers=None, references=[], consultations=[], klimacheck=None, klima_style=None,
           themes=["sicherheit_ordnung", "klima_umwelt"],
           themes_why="fire-fighting water supply (main purpose); pond as amphibian spawning water with timing condition",
           notes="ReportLab sheet of an Ortschaftsrat: letterhead line 1 = originator ('der Gemeinde Reinsberg' on line 2 left out); 'Antrag gemäß § 67 Abs. 2 SächsGemO' heading and bold subject; addressee 'An den Gemeinderat' is no Beratungsfolge; own session date is a lure. 'DIN 14210' no reference."),
))

P(dict(
    id="n04", file="n04_reinsberg_niederschrift-gemeinderat-2026-10.pdf", producer="libreoffice-docx",
    layout="reinsberg_word_niederschrift", city=RB, font="sans",
    header="Gemeinde Reinsberg – Niederschrift Gemeinderat 26.10.2026 – öffentlicher Teil",
    footer="Die Niederschrift wurde in der Sitzung am 30.11.2026 genehmigt.",
    blocks=[
        ("h1", "Niederschrift"),
        ("kv", [("Sitzung:", "öffentliche Sitzung des Gemeinderates Reinsberg"), ("Datum:", "26.10.2026"),
                ("Ort:", "Gemeindezentrum Reinsberg"), ("Beginn:", "19:00 Uhr"), ("Ende:", "21:05 Uhr")], True),
        ("p", "Anwesend: Bürgermeister Andreas Feige sowie 11 Gemeinderäte; Ortsvorsteher Wendisch (Hirschfeld) mit beratender Stimme."),
        ("b", "TOP 1 – Eröffnung und Feststellung der Beschlussfähigkeit"),
        ("p", "Der Bürgermeister eröffnet die Sitzung und stellt die ordnungsgemäße Ladung fest."),
        ("b", "TOP 2 – Jahresrechnung 2025 und Entlastung des Bürgermeisters (Vorlage BV/2026/063)"),
        ("p", "Der Jahresabschluss 2025 schließt im Ergebnishaushalt mit einem Überschuss von 214.600 € ab. Die "
              "Rechnungsprüfung durch das Rechnungsprüfungsamt ergab keine wesentlichen Beanstandungen (§ 88c SächsGemO)."),
        ("p", "Beschluss Nr. 58/2026: Der Gemeinderat stellt den Jahresabschluss 2025 fest und erteilt Entlastung. Ja 11, Nein 0, Enthaltung 0"),
        ("b", "TOP 3 – Vergabe: Sanierung der Brücke über den Dorfbach in Bieberstein (Vorlage BV/2026/066)"),
        ("p", "Die Brücke wird für 318.000 € an die Firma Erzgebirgs-Tiefbau GmbH vergeben; die Förderung nach der "
              "Richtlinie Kommunaler Straßenbau beträgt 75 %. Beschluss Nr. 59/2026: Ja 11, Nein 0, Enthaltung 0"),
        ("pb",),
        ("b", "TOP 4 – Waldbewirtschaftung im Gemeindewald: Forsteinrichtung 2027–2036 (Vorlage BV/2026/068)"),
        ("p", "Herr Dr. Liebscher (Forstbetrieb) stellt das Forsteinrichtungswerk vor. Fichtenbestände sollen nach den "
              "Trockenjahren in Mischwald mit Eiche, Buche und Weißtanne umgebaut werden; jährlich sind 2,5 ha Wiederaufforstung vorgesehen. "
              "Beschluss Nr. 60/2026: Ja 10, Nein 0, Enthaltung 1"),
        ("b", "TOP 5 – Informationen und Anfragen"),
        ("p", "Gemeinderätin Uhlig fragt nach dem Stand des Glasfaserausbaus; der Bürgermeister verweist auf die Informationsvorlage zur Novembersitzung."),
        ("p", "Andreas Feige, Bürgermeister          Protokoll: Kluge"),
    ],
    T=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-26",
           title="öffentliche Sitzung des Gemeinderates Reinsberg", public=True, department=None, originator=None, answers=None,
           references=["BV/2026/063", "BV/2026/066", "BV/2026/068"], consultations=[], klimacheck=None, klima_style=None,
           themes=["finanzen", "mobilitaet", "klima_umwelt"],
           themes_why="annual accounts and discharge (finanzen), bridge rehabilitation award with grant rate (mobilitaet), forest conversion to mixed forest after drought (klima_umwelt); information/Anfragen not counted",
           notes="Word minutes, ruled key table, title as printed in the 'Sitzung:' key; 2 pages; 'Beschluss Nr. 58/2026' etc. are resolution numbers, not references; footer 'genehmigt … 30.11.2026' lure; '§ 88c SächsGemO' no reference."),
))

# ------------------------------------------------------------------ Gemeinde Weilrod (HE)
WR = "Gemeinde Weilrod"
P(dict(
    id="w01", file="w01_weilrod_gv-0148-2026_dorfgemeinschaftshaus-altweilnau.pdf", producer="reportlab",
    layout="weilrod_sdnet_reportlab_beschlussvorlage", city=WR,
    footer="Vorlage GV/0148/2026 – Gemeinde Weilrod – Seite {page} von {pages}",
    blocks=[
        ("lh", ["GEMEINDE WEILROD", "Der Gemeindevorstand"], "r"),
        ("grid", ["Vorlage Nr.", "Datum", "Fachbereich"], [["GV/0148/2026", "21.10.2026", "Fachbereich II – Bauen und Umwelt"]], True),
        ("kv", [("Vorlagenart", "Beschlussvorlage"), ("Betreff", "Energetische Sanierung des Dorfgemeinschaftshauses Altweilnau"),
                ("Sachbearbeitung", "Herr Dornbusch, 06083 9509-42")], True),
        ("grid", ["Beratungsfolge", "Sitzung", "Beratung", "TOP"],
         [["Ortsbeirat Altweilnau", "04.11.2026", "Anhörung", ""], ["Haupt- und Finanzausschuss", "16.11.2026", "Vorberatung", ""],
          ["Gemeindevertretung", "03.12.2026", "Entscheidung", ""]], True),
        ("b", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung beschließt die energetische Sanierung des Dorfgemeinschaftshauses Altweilnau "
              "(Dach- und Fassadendämmung, Austausch der Fenster, Luft-Wasser-Wärmepumpe, PV-Anlage 29,6 kWp) mit Gesamtkosten "
              "von 980.000 €. Die Förderung aus dem Programm Hessenkasse/Investitionsprogramm und der BEG wird beantragt."),
        ("b", "Begründung:"),
        ("p", "Das 1974 errichtete Gebäude verbraucht jährlich rund 86.000 kWh Heizöl-Äquivalent. Nach dem Energieberatungsbericht "
              "sinkt der Endenergiebedarf nach der Sanierung um 78 %, der CO2-Ausstoß um etwa 24 t pro Jahr. Das Haus wird von "
              "sieben Vereinen, dem Seniorentreff und als Wahllokal genutzt."),
        ("pb",),
        ("grid", ["Finanzierung", "Betrag"],
         [["Gesamtkosten", "980.000 €"], ["BEG-Zuschuss (ca. 40 %)", "392.000 €"], ["Landesförderung", "150.000 €"],
          ["Eigenanteil (Produkt 11.02.01, Investitionsnummer I-2027-014)", "438.000 €"]], True),
        ("b", "Auswirkungen auf den Klimaschutz:"),
        ("p", "☒ positiv   ☐ negativ   ☐ neutral"),
    ],
    T=dict(drucksache="GV/0148/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-21",
           title="Energetische Sanierung des Dorfgemeinschaftshauses Altweilnau", public=None,
           department="Fachbereich II – Bauen und Umwelt", originator=None, answers=None, references=[],
           consultations=[C("Ortsbeirat Altweilnau", "2026-11-04", "Anhörung"), C("Haupt- und Finanzausschuss", "2026-11-16", "Vorberatung"),
                          C("Gemeindevertretung", "2026-12-03", "Entscheidung")],
           klimacheck="positive", klima_style="bold heading 'Auswirkungen auf den Klimaschutz:' then one line ☒ positiv ☐ negativ ☐ neutral",
           themes=["klima_umwelt", "finanzen"],
           themes_why="energy retrofit with heat pump and PV and CO2 savings argued; financing table with grants and own share; the users of the hall (clubs, seniors) are one sentence → not labelled",
           notes="SD.NET-like ReportLab: ruled head grid 'Vorlage Nr. | Datum | Fachbereich' over values; 'Vorlagenart | Beschlussvorlage' key; Beratungsfolge with an empty TOP column; no public status printed → null. 'Produkt 11.02.01', 'Investitionsnummer I-2027-014' no references."),
))

P(dict(
    id="w02", file="w02_weilrod_antrag-kjp_pumptrack.pdf", producer="chromium",
    layout="weilrod_kjp_html_antrag", city=WR, font="dejavu",
    css="body{background:#fff} h1{color:#1a6b3a}",
    blocks=[
        ("lh", ["Kinder- und Jugendparlament Weilrod", "gewählt am 12.03.2026 · Sprecherteam: Lea Grünewald (15), Jonas Faust (14)"], "c"),
        ("h1", "Antrag an die Gemeindevertretung"),
        ("kv", [("Unser Thema:", "Ein Pumptrack für Rod an der Weil"), ("Beschlossen im KJP am:", "22.10.2026 (einstimmig)"),
                ("Datum:", "27.10.2026")], True),
        ("p", "Wir beantragen, dass die Gemeinde auf der Wiese neben dem Sportplatz in Rod an der Weil einen Pumptrack "
              "(Asphaltbahn für Fahrräder, Scooter und Skateboards) baut. In Weilrod gibt es für Jugendliche kaum Orte, an "
              "denen sie sich treffen und Sport machen können. Bei unserer Umfrage an der Mittelpunktschule haben 212 von "
              "268 Jugendlichen gesagt, dass sie den Pumptrack nutzen würden."),
        ("p", "Wir haben Angebote angeschaut: Ein Pumptrack mit 80 m Länge kostet etwa 120.000 €. Das Land fördert "
              "Sportstätten, und wir wollen bei einem Spendenlauf Geld sammeln. Bitte beteiligt uns bei der Planung!"),
        ("p", "Für das Kinder- und Jugendparlament: Lea Grünewald und Jonas Faust"),
        ("s", "Betreuung: Jugendpflege der Gemeinde Weilrod, Frau Sommer, Telefon 06083 9509-61"),
    ],
    T=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-27",
           title="Ein Pumptrack für Rod an der Weil", public=None, department=None,
           originator="Kinder- und Jugendparlament Weilrod", answers=None, references=[], consultations=[],
           klimacheck=None, klima_style=None, themes=["kultur_sport", "soziales"],
           themes_why="sports facility for young people (pump track); youth meeting place as stated purpose for the target group",
           notes="Chromium sheet of a Kinder- und Jugendparlament: centred letterhead; heading 'Antrag an die Gemeindevertretung' (addressee, no consultation); title from the key 'Unser Thema:'; the KJP's own session date is a lure; the Jugendpflege line is no department."),
))

P(dict(
    id="w03", file="w03_weilrod_anfrage-spd_nahversorgung.pdf", producer="libreoffice-docx",
    layout="weilrod_fraktion_word_anfrage", city=WR, font="sans",
    header="SPD-Fraktion in der Gemeindevertretung Weilrod · Vorsitzende: Birgit Wehrheim · Hasselbach, Im Grund 7",
    blocks=[
        ("p", "An den Vorsitzenden der Gemeindevertretung, Herrn Holger Seibel"),
        ("p", "nachrichtlich: Gemeindevorstand"),
        ("r", "Weilrod, 20. Oktober 2026"),
        ("kv", [("Anfrage", "AF/0012/2026"), ("Fraktion", "SPD-Fraktion"), ("Gegenstand", "Nahversorgung in den Ortsteilen nach Schließung des Dorfladens Emmershausen")], True),
        ("p", "Gemäß § 50 Abs. 2 HGO und § 17 der Geschäftsordnung bitten wir den Gemeindevorstand um Beantwortung folgender Fragen:"),
        ("p", "1. Welche Unterstützung kann die Gemeinde einem genossenschaftlich betriebenen Dorfladen oder einem "
              "digitalen 24/7-Automatenmarkt in Emmershausen gewähren (Räume, Zuschüsse, Förderprogramme)?"),
        ("p", "2. Gibt es Kontakte zu Anbietern mobiler Verkaufswagen, und welche Ortsteile werden derzeit angefahren?"),
        ("p", "3. Wie bewertet der Gemeindevorstand die Möglichkeit, über das Landesprogramm Dorfentwicklung Fördermittel einzuwerben?"),
        ("p", "Birgit Wehrheim, Fraktionsvorsitzende"),
    ],
    T=dict(drucksache="AF/0012/2026", doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-20",
           title="Nahversorgung in den Ortsteilen nach Schließung des Dorfladens Emmershausen", public=None, department=None,
           originator="SPD-Fraktion", answers=None, references=[], consultations=[], klimacheck=None, klima_style=None,
           themes=["wirtschaft"], themes_why="local supply / village shop after closure (retail, Nahversorgung)",
           notes="Word Anfrage: ruled keys with the type word as first key and the number as its value ('Anfrage | AF/0012/2026'); originator as printed in the 'Fraktion' key (short form; the Word header has the long form — arguable); date written out. '§ 50 Abs. 2 HGO', '§ 17 der Geschäftsordnung' no references."),
))

P(dict(
    id="w04", file="w04_weilrod_antwort-af-0012-2026.pdf", producer="ghostscript",
    layout="weilrod_ps_antwort_gemeindevorstand", city=WR, font="serif",
    footer="Gemeinde Weilrod - Der Gemeindevorstand - Am Senner 1 - 61276 Weilrod - Seite {page} von {pages}",
    blocks=[
        ("lh", ["Gemeinde Weilrod", "Der Gemeindevorstand", "Fachbereich I - Zentrale Dienste, Wirtschaftsförderung"], "l"),
        ("kv", [("Antwort auf Anfrage:", "AF/0012/2026 der SPD-Fraktion vom 20.10.2026"), ("Vorlage Nr.:", "MV/0152/2026"),
                ("Datum:", "09.11.2026"), ("Beratung:", "Gemeindevertretung 03.12.2026 - Kenntnisnahme")], False),
        ("b", "Nahversorgung in den Ortsteilen nach Schließung des Dorfladens Emmershausen"),
        ("p", "Zu Frage 1: Die Gemeinde kann einer Dorfladen-Genossenschaft die Räume im Bürgerhaus Emmershausen zu einer "
              "ermäßigten Miete überlassen. Ein Investitionszuschuss ist nach der Richtlinie zur Förderung der Dorfentwicklung "
              "mit bis zu 35 % möglich. Ein Automatenmarkt-Betreiber hat Interesse bekundet."),
        ("p", "Zu Frage 2: Zwei Verkaufswagen (Bäckerei, Metzgerei) fahren wöchentlich Cratzenbach, Emmershausen und "
              "Hasselbach an; Gespräche über einen Lebensmittel-Verkaufswagen laufen."),
        ("p", "Zu Frage 3: Die Gemeinde ist seit 2024 Förderschwerpunkt der Dorfentwicklung. Ein Projektaufruf für private "
              "und genossenschaftliche Vorhaben ist für Februar 2027 vorgesehen."),
        ("p", "Weilrod, 09.11.2026"),
        ("p", "Götz Rüppel, Bürgermeister"),
    ],
    T=dict(drucksache="MV/0152/2026", doc_type="Antwort", doc_type_printed="Antwort", date="2026-11-09",
           title="Nahversorgung in den Ortsteilen nach Schließung des Dorfladens Emmershausen", public=None,
           department="Fachbereich I - Zentrale Dienste, Wirtschaftsförderung", originator=None, answers="AF/0012/2026", references=[],
           consultations=[C("Gemeindevertretung", "2026-12-03", "Kenntnisnahme")], klimacheck=None, klima_style=None,
           themes=["wirtschaft"], themes_why="answer to the Nahversorgung Anfrage (Anfrage's theme)",
           notes="PostScript answer (Times): key 'Antwort auf Anfrage: AF/0012/2026 der SPD-Fraktion vom 20.10.2026' (answers, and printed type 'Antwort'); own number as 'Vorlage Nr.: MV/0152/2026' (a Mitteilungsvorlage number → drucksache); unit as third letterhead line; 'Beratung:' key with '- Kenntnisnahme'."),
))

P(dict(
    id="w05", file="w05_weilrod_gv-0148-2026-e1_ergaenzung.pdf", producer="reportlab",
    layout="weilrod_sdnet_reportlab_ergaenzungsvorlage", city=WR,
    footer="Vorlage GV/0148/2026/1 – Gemeinde Weilrod – Seite {page} von {pages}",
    blocks=[
        ("lh", ["GEMEINDE WEILROD", "Der Gemeindevorstand"], "r"),
        ("grid", ["Vorlage Nr.", "Datum", "Fachbereich"], [["GV/0148/2026/1", "10.11.2026", "Fachbereich II – Bauen und Umwelt"]], True),
        ("kv", [("Vorlagenart", "Ergänzungsvorlage"), ("Betreff", "Energetische Sanierung des Dorfgemeinschaftshauses Altweilnau – Ergebnis der Anhörung des Ortsbeirates"),
                ("Sachbearbeitung", "Herr Dornbusch, 06083 9509-42")], True),
        ("grid", ["Beratungsfolge", "Sitzung", "Beratung", "TOP"],
         [["Haupt- und Finanzausschuss", "16.11.2026", "Vorberatung", ""], ["Gemeindevertretung", "03.12.2026", "Entscheidung", ""]], True),
        ("p", "Der Ortsbeirat Altweilnau hat in seiner Sitzung am 04.11.2026 der Vorlage GV/0148/2026 zugestimmt und angeregt, "
              "zugleich die Küche barrierefrei umzubauen und eine Rampe am Nebeneingang anzulegen. Die Mehrkosten betragen "
              "nach Schätzung des Architekten 64.000 €; sie sind förderfähig im Programm „Hessen barrierefrei“ (60 %)."),
        ("b", "Ergänzter Beschlussvorschlag:"),
        ("p", "Der Beschlussvorschlag der Vorlage GV/0148/2026 wird um folgenden Satz ergänzt: „Die Küche wird barrierefrei "
              "umgebaut und am Nebeneingang eine Rampe angelegt; die Gesamtkosten erhöhen sich auf 1.044.000 €.“"),
    ],
    T=dict(drucksache="GV/0148/2026/1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage", date="2026-11-10",
           title="Energetische Sanierung des Dorfgemeinschaftshauses Altweilnau – Ergebnis der Anhörung des Ortsbeirates", public=None,
           department="Fachbereich II – Bauen und Umwelt", originator=None, answers=None, references=["GV/0148/2026"],
           consultations=[C("Haupt- und Finanzausschuss", "2026-11-16", "Vorberatung"), C("Gemeindevertretung", "2026-12-03", "Entscheidung")],
           klimacheck=None, klima_style=None, themes=["soziales", "finanzen"],
           themes_why="barrier-free kitchen and ramp (accessibility); extra cost with grant rate argued",
           notes="Same SD.NET-like template as w01 with suffix number 'GV/0148/2026/1' and 'Vorlagenart | Ergänzungsvorlage'; the parent Vorlage cited twice (reference); the Ortsbeirat session in prose is a lure."),
))
