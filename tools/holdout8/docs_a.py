"""Papers t01–t18: Landeshauptstadt Hannover (Stadtbezirksrat Linden-Limmer), Salzlandkreis,
Verbandsgemeinde Kaisersesch, Stadt Wolfhagen.

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


# --------------------------------------- Landeshauptstadt Hannover (NI, Großstadt; Stadtbezirksrat)
SIDE = ("table.kv td:first-child { width: 70%; } table.kv td:last-child { width: 30%; "
        "font-size: 8.5pt; border-left: 0.5pt solid #000; padding-left: 8pt; }")

doc(file="t01_hannover_1387-2025_foessestrasse.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="lhh_beschlussdrucksache_side_column",
    city="Landeshauptstadt Hannover", css=SIDE, running="Drucksache Nr. 1387/2025 Seite",
    blocks=[
        ("kv", [("Landeshauptstadt Hannover\n\nBeschlussdrucksache",
                 "Dezernat VI\nFachbereich Tiefbau\n66.2 Straßenplanung\n\nNr. 1387/2025\nAnzahl der Anlagen 2\nZu TOP")]),
        ("p", "An den Stadtbezirksrat Linden-Limmer (zur Anhörung)\nAn den Stadtentwicklungs- und "
              "Bauausschuss\nAn den Verwaltungsausschuss\nAn die Ratsversammlung"),
        ("h", "Umgestaltung der Fössestraße zwischen Westschnellweg und Davenstedter Straße", 12),
        ("pb", "Antrag,"),
        ("p", "der Ausbauplanung der Fössestraße im Abschnitt Westschnellweg bis Davenstedter Straße mit "
              "beidseitigen Radfahrstreifen, vier neuen Baumstandorten und einer barrierefreien "
              "Stadtbahn-Hochbahnsteiganlage gemäß Anlage 1 zuzustimmen."),
        ("pb", "Berücksichtigung von Gender-Aspekten"),
        ("p", "Die Planung verbessert die Verkehrssicherheit für alle Gruppen; Belange mobilitäts"
              "eingeschränkter Menschen wurden mit dem Behindertenbeirat abgestimmt."),
        ("pb", "Auswirkungen auf den Klimaschutz"),
        ("p", "Die Maßnahme wirkt sich positiv auf den Klimaschutz aus, da der Radverkehr gestärkt und "
              "die Versiegelung um rund 380 m² verringert wird."),
        ("pb", "Kostentabelle"),
        ("table", ["Investitionen", "in €"], [["Ausbau Fahrbahn und Nebenanlagen", "2.140.000"],
                                               ["Hochbahnsteig (Anteil Stadt)", "610.000"],
                                               ["Zuwendungen Land (GVFG)", "-1.650.000"]]),
        ("pb", "Begründung des Antrages"),
        ("p", "Die Fahrbahn der Fössestraße ist in schlechtem Zustand. Die Üstra plant im gleichen "
              "Zeitraum den Umbau der Haltestelle Fössestraße/Velvetstraße; beide Maßnahmen werden "
              "gemeinsam ausgeschrieben. Die Bauzeit beträgt etwa 14 Monate ab Frühjahr 2026."),
        ("p", "66.2\nHannover / 02.06.2025"),
    ],
    truth=dict(drucksache="1387/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussdrucksache",
               date="2025-06-02",
               title="Umgestaltung der Fössestraße zwischen Westschnellweg und Davenstedter Straße",
               public=None, department="66.2 Straßenplanung",
               consultations=[C("Stadtbezirksrat Linden-Limmer", None, "Anhörung"),
                              C("Stadtentwicklungs- und Bauausschuss", None, None),
                              C("Verwaltungsausschuss", None, None),
                              C("Ratsversammlung", None, None)],
               klimacheck="positive", klima_style="sentence",
               themes=["mobilitaet", "stadtentwicklung"], themes_why="street redesign with cycle lanes, platform",
               notes="Type word and authority in the left cell, Dezernat/Fachbereich/unit and 'Nr. 1387/2025' in "
                     "a narrow ruled side column. Beratungsfolge as 'An den …' lines without dates; only the "
                     "Stadtbezirksrat has a role '(zur Anhörung)', the others none → null. Date only at the end "
                     "('Hannover / 02.06.2025'). 'Antrag,' is the Hannover heading of the motion, not a doc type. "
                     "Klimaschutz as a sentence → positive. Unit '66.2 Straßenplanung' is the most specific. "
                     "No öffentlich marker → public null."))

doc(file="t02_hannover_1402-2025_info-kuechengarten.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="lhh_informationsdrucksache_word",
    city="Landeshauptstadt Hannover", head="Landeshauptstadt Hannover – Informationsdrucksache",
    blocks=[
        ("kv", [("Informationsdrucksache", "Nr. 1402/2025\nAnzahl der Anlagen 1")]),
        ("p", "In den Stadtbezirksrat Linden-Limmer zur Kenntnis\nIn den Ausschuss für Arbeitsmarkt-, "
              "Wirtschafts- und Liegenschaftsangelegenheiten zur Kenntnis"),
        ("h", "Zwischennutzung des ehemaligen Postgeländes am Küchengarten", 12),
        ("p", "Die Landeshauptstadt Hannover hat das ehemalige Postgelände am Küchengarten (rund 6.200 m²) "
              "im Januar 2025 erworben. Bis zum Beginn der Hochbauplanung, voraussichtlich 2028, soll das "
              "Gelände zwischengenutzt werden."),
        ("p", "Nach einem Interessenbekundungsverfahren mit elf Bewerbungen hat die Verwaltung drei Nutzungen "
              "ausgewählt: eine Werkstatt für Lastenräder, ein Gemeinschaftsgarten des Vereins Lindener "
              "Beete e. V. und Flächen für einen Wochenmarkt am Samstag. Die Verträge laufen bis 31.12.2027 "
              "und sind mit drei Monaten kündbar."),
        ("p", "Die Erlöse aus den Nutzungsentgelten (rund 18.000 € jährlich) decken die Verkehrssicherung "
              "des Geländes."),
        ("pb", "Berücksichtigung von Gender-Aspekten"),
        ("p", "Keine besonderen Auswirkungen."),
        ("p", "23.1 Liegenschaften\nHannover / 22. Mai 2025"),
    ],
    truth=dict(drucksache="1402/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsdrucksache",
               date="2025-05-22", title="Zwischennutzung des ehemaligen Postgeländes am Küchengarten",
               department="23.1 Liegenschaften",
               consultations=[C("Stadtbezirksrat Linden-Limmer", None, "Kenntnisnahme"),
                              C("Ausschuss für Arbeitsmarkt-, Wirtschafts- und Liegenschaftsangelegenheiten",
                                None, "Kenntnisnahme")],
               themes=["stadtentwicklung", "wirtschaft"], themes_why="interim use of a city-owned site",
               notes="Word running header with the type word; 'Nr. 1402/2025' right of the type word. "
                     "Beratungsfolge 'In den … zur Kenntnis' without dates. Date in words at the very end under "
                     "the unit line '23.1 Liegenschaften' (the only unit printed). No "
                     "öffentlich marker."))

doc(file="t03_hannover_15-1322-2025_antrag-gruene-sbr.pdf", producer="reportlab",
    font="DejaVu Sans", size=10, layout="sbr_fraktion_antrag_reportlab",
    city="Landeshauptstadt Hannover", running="Stadtbezirksrat Linden-Limmer · Seite {page}",
    blocks=[
        ("kv", [("Fraktion Bündnis 90/Die Grünen\nim Stadtbezirksrat Linden-Limmer",
                 "Drucksache Nr. 15-1322/2025\nHannover, 19.05.2025")], 0.55),
        ("p", "An den\nBezirksbürgermeister des Stadtbezirks Linden-Limmer"),
        ("h", "Antrag", 13),
        ("p", "gemäß § 10 der Geschäftsordnung des Rates der Landeshauptstadt Hannover in die Sitzung des "
              "Stadtbezirksrates Linden-Limmer am 04.06.2025"),
        ("pb", "Trinkwasserbrunnen am Lindener Marktplatz"),
        ("p", "Der Bezirksrat möge beschließen:"),
        ("p", "Die Verwaltung wird gebeten, am Lindener Marktplatz einen öffentlichen Trinkwasserbrunnen "
              "einzurichten und dafür Mittel aus den eigenen Mitteln des Stadtbezirksrates in Höhe von bis "
              "zu 12.000 € bereitzustellen."),
        ("pb", "Begründung:"),
        ("p", "In den Hitzesommern der letzten Jahre fehlten im Stadtbezirk kostenlose Trinkwasserstellen. "
              "Die enercity hat signalisiert, den Betrieb zu übernehmen."),
        ("p", "Kerstin Wöltje\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache="15-1322/2025", doc_type="Antrag", doc_type_printed="Antrag", date="2025-05-19",
               title="Trinkwasserbrunnen am Lindener Marktplatz",
               originator="Fraktion Bündnis 90/Die Grünen im Stadtbezirksrat Linden-Limmer",
               consultations=[C("Stadtbezirksrat Linden-Limmer", "2025-06-04", None)],
               themes=["klima_umwelt", "soziales"], themes_why="drinking fountain against heat",
               notes="Number and date in the right cell of the letterhead table. Type word alone as heading, "
                     "the session in a sentence after the Geschäftsordnung citation, subject in bold below. "
                     "No role printed → null."))

doc(file="t04_hannover_15-1340-2025_antrag-gruppe-sbr.pdf", producer="libreoffice-html",
    font="Liberation Serif", size=11, layout="sbr_gruppe_antrag_html",
    city="Landeshauptstadt Hannover",
    blocks=[
        ("right", "Gruppe LINKE & PARTEI\nim Stadtbezirksrat Linden-Limmer\nc/o Bezirksratsbetreuung, "
                  "Trammplatz 2, 30159 Hannover"),
        ("p", "Stadtbezirksrat Linden-Limmer\nSitzung am 04.06.2025"),
        ("table", None, [["Antrag Nr.", "15-1340/2025"], ["eingereicht am", "21.05.2025"]]),
        ("h", "Antrag: Öffnung der Schulhöfe im Stadtbezirk an Wochenenden", 12),
        ("p", "Der Stadtbezirksrat beschließt: Die Verwaltung wird aufgefordert, die Schulhöfe der "
              "Grundschulen Am Lindener Markt, Fridtjof-Nansen-Schule und Kastanienhof an Samstagen und "
              "Sonntagen von 10 bis 19 Uhr für die Öffentlichkeit zu öffnen und die Schließdienste hierfür "
              "zu beauftragen."),
        ("pb", "Begründung"),
        ("p", "Linden-Süd und Limmer gehören zu den am dichtesten bebauten Quartieren der Stadt. Familien "
              "ohne Garten fehlen Spielflächen; die Schulhöfe stehen am Wochenende leer."),
        ("p", "Für die Gruppe\nMeltem Aydın   Jonas Krahwinkel"),
    ],
    truth=dict(drucksache="15-1340/2025", doc_type="Antrag", doc_type_printed="Antrag", date="2025-05-21",
               title="Öffnung der Schulhöfe im Stadtbezirk an Wochenenden",
               originator="Gruppe LINKE & PARTEI im Stadtbezirksrat Linden-Limmer",
               consultations=[C("Stadtbezirksrat Linden-Limmer", "2025-06-04", None)],
               themes=["soziales", "bildung"], themes_why="schoolyards opened for families",
               notes="A Gruppe (not a Fraktion) as originator, right-aligned with a c/o address. Session as a "
                     "free line 'Stadtbezirksrat … / Sitzung am …' (no role → null). Number in a ruled two-"
                     "column table 'Antrag Nr.'; the only date is 'eingereicht am'. Title after 'Antrag:'."))

doc(file="t05_hannover_15-1290-2025-f1_antwort-baustellen.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="lhh_antwort_print", city="Landeshauptstadt Hannover",
    css="td { font-size: 9.5pt; vertical-align: top; }",
    blocks=[
        ("kv", [("Landeshauptstadt Hannover", "Drucksache Nr. 15-1290/2025 F1"),
                ("Fachbereich Tiefbau\nBereich Verkehrsmanagement", "Seite 1/1")]),
        ("h", "Antwort der Verwaltung auf die Anfrage der CDU-Fraktion", 11),
        ("pb", "Baustellenkoordinierung in der Limmerstraße\nSitzung des Stadtbezirksrates Linden-Limmer am "
               "04.06.2025\nTOP 6.1.2"),
        ("p", "Anfrage Drucksache Nr. 15-1290/2025:"),
        ("pi", "Wie viele Baustellen gab es 2024 in der Limmerstraße, wie lange dauerten sie und wie wurden "
               "die Gewerbetreibenden vorab informiert?"),
        ("pb", "Antwort der Verwaltung:"),
        ("p", "Im Jahr 2024 waren in der Limmerstraße sieben Baustellen eingerichtet, davon vier der "
              "Versorgungsunternehmen. Die mittlere Dauer betrug 23 Arbeitstage. Die Anliegerinnen und "
              "Anlieger wurden jeweils zwei Wochen vor Beginn durch Handzettel informiert; seit März 2025 "
              "veröffentlicht die Baustellenkoordination zusätzlich eine Übersicht im Internet."),
        ("p", "Hannover, 30.05.2025"),
    ],
    truth=dict(drucksache="15-1290/2025 F1", doc_type="Antwort",
               doc_type_printed="Antwort der Verwaltung", date="2025-05-30",
               title="Baustellenkoordinierung in der Limmerstraße", department="Bereich Verkehrsmanagement",
               answers="15-1290/2025",
               consultations=[C("Stadtbezirksrat Linden-Limmer", "2025-06-04", None)],
               themes=["mobilitaet", "wirtschaft"], themes_why="road works and local shops",
               notes="Own number with ' F1' suffix (Hannover answer numbering, invented here). The Anfrage's "
                     "number follows 'Anfrage Drucksache Nr.' in the body → answers. The bold block holds title, "
                     "session and TOP on three lines: title = first line. Session as consultation without role. "
                     "Anfrage of a Fraktion not in this set."))

doc(file="t06_hannover_einladung-sbr-linden-limmer.pdf", producer="libreoffice-odt",
    font="Liberation Sans", size=10.5, layout="lhh_einladung_odt", city="Landeshauptstadt Hannover",
    running="Einladung Stadtbezirksrat Linden-Limmer",
    blocks=[
        ("kv", [("Landeshauptstadt Hannover\nBezirksratsbetreuung Linden-Limmer\n18.62.10",
                 "Hannover, 23.05.2025")]),
        ("p", "An die Mitglieder des Stadtbezirksrates Linden-Limmer"),
        ("h", "Einladung\nzur 21. Sitzung des Stadtbezirksrates Linden-Limmer am Mittwoch, 04.06.2025, "
              "18:00 Uhr, Freizeitheim Linden, Windheimstraße 4", 11),
        ("pb", "Tagesordnung:"),
        ("pb", "I. Ö F F E N T L I C H E R   T E I L"),
        ("ol", ["Genehmigung der Tagesordnung",
                "Einwohner- und Einwohnerinnenfragestunde",
                "Genehmigung des Protokolls über die Sitzung am 07.05.2025",
                "A N H Ö R U N G E N\n4.1 Umgestaltung der Fössestraße zwischen Westschnellweg und "
                "Davenstedter Straße (Drucks. Nr. 1387/2025 mit 2 Anlagen)",
                "E N T S C H E I D U N G E N\n5.1 Zuwendungen aus den eigenen Mitteln des Stadtbezirksrates "
                "(Drucks. Nr. 15-1301/2025)\n5.2 Benennung einer Grünfläche in Limmer (Drucks. Nr. 1375/2025)",
                "A N T R Ä G E\n6.1 Trinkwasserbrunnen am Lindener Marktplatz (Drucks. Nr. 15-1322/2025)\n"
                "6.2 Öffnung der Schulhöfe im Stadtbezirk an Wochenenden (Drucks. Nr. 15-1340/2025)\n"
                "6.3 Tempo 30 in der Wunstorfer Straße (Drucks. Nr. 15-1344/2025)",
                "A N F R A G E N\n7.1 Baustellenkoordinierung in der Limmerstraße (Drucks. Nr. 15-1290/2025)\n"
                "7.2 Zustand der Spielgeräte am Fössebad (Drucks. Nr. 15-1351/2025)",
                "I N F O R M A T I O N E N\n8.1 Zwischennutzung des ehemaligen Postgeländes am Küchengarten "
                "(Informationsdrucks. Nr. 1402/2025)\n8.2 Bericht des Stadtbezirksmanagements",
                "Bericht der Bezirksbürgermeisterin",
                "Mitteilungen der Verwaltung"]),
        ("pb", "II. N I C H T Ö F F E N T L I C H E R   T E I L"),
        ("ol", ["Genehmigung des Protokolls über den nichtöffentlichen Teil der Sitzung am 07.05.2025",
                "Mitteilungen der Verwaltung"]),
        ("space",),
        ("p", "Die Sitzungsunterlagen sind im Sitzungsmanagement der Landeshauptstadt Hannover abrufbar. "
              "Für die Sitzung steht ein Gebärdensprachdolmetscher zur Verfügung; bitte melden Sie Bedarf "
              "bis zum 30.05.2025 bei der Bezirksratsbetreuung an."),
        ("p", "Bitte teilen Sie eine Verhinderung rechtzeitig mit. Vertretungen richten sich nach § 71 "
              "NKomVG; die Ladungsfrist von einer Woche ist gewahrt."),
        ("pagebreak",),
        ("pb", "Hinweise zur Sitzung"),
        ("p", "Die Sitzung wird nicht im Livestream übertragen. Bild- und Tonaufnahmen durch Besucherinnen "
              "und Besucher sind nur mit Zustimmung des Stadtbezirksrates zulässig. Der Sitzungsraum ist "
              "barrierefrei über den Seiteneingang an der Windheimstraße erreichbar."),
        ("p", "Mit freundlichen Grüßen\nGül Yıldırım-Hesse\nBezirksbürgermeisterin"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-05-23",
               title="21. Sitzung des Stadtbezirksrates Linden-Limmer", public=True,
               references=["1387/2025", "15-1301/2025", "1375/2025", "15-1322/2025", "15-1340/2025",
                           "15-1344/2025", "15-1290/2025", "15-1351/2025", "1402/2025"],
               themes=["verwaltung"], themes_why="session agenda",
               notes="Letterhead left, date right. Title: the session named after 'zur' (type word, date, "
                     "place dropped). Letter-spaced section heads. Public and non-public part → public true "
                     "(convention of earlier sets). Second page only notes."))

# ----------------------------------------------------------- Salzlandkreis (ST, Landkreis; ALLRIS-like)
ALLRIS_CSS = ("table.grid th { background: #e6e6e6; font-size: 9pt; } table.grid td { font-size: 9pt; } "
              "table.kv td { font-size: 9.5pt; }")

doc(file="t07_salzlandkreis_bv-0412-2025_winterdienst-nichtoeffentlich.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="allris_st_vorlage_grid", city="Salzlandkreis", css=ALLRIS_CSS,
    running="BV/0412/2025 · Ausdruck vom 04.06.2025",
    blocks=[
        ("h", "Salzlandkreis", 14),
        ("table", None, [["Vorlage - BV/0412/2025", "nichtöffentlich"],
                         ["Vorlage-Art:", "Beschlussvorlage"],
                         ["Federführend:", "FD 41 Straßenbau und -unterhaltung"],
                         ["Bearbeiter/-in:", "Ilka Dornbusch"],
                         ["Datum:", "03.06.2025"]]),
        ("pb", "Betreff:"),
        ("p", "Vergabe der Leistungen des Winterdienstes auf Kreisstraßen, Lose 2 und 5, für die Winter "
              "2025/26 bis 2027/28"),
        ("table", ["Datum", "Gremium", "Zuständigkeit"], [
            ["19.06.2025", "Kreisausschuss", "Vorberatung"],
            ["26.06.2025", "Bau- und Vergabeausschuss", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Bau- und Vergabeausschuss beschließt, den Zuschlag für Los 2 (Kreisstraßen im Bereich "
              "Nord, 118 km) an die Firma Hartmann Kommunalservice GmbH und für Los 5 (Bereich Süd-West, "
              "96 km) an die Bietergemeinschaft Lehmann & Kaczmarek zu erteilen."),
        ("pb", "Sachverhalt:"),
        ("p", "Die Leistungen wurden EU-weit im offenen Verfahren ausgeschrieben (Bekanntmachung 2025/S "
              "061-187433). Es gingen für Los 2 vier und für Los 5 drei Angebote ein. Die Angebote sind "
              "geprüft; die Vergabevorschläge beruhen auf dem niedrigsten Preis bei erfüllten "
              "Eignungskriterien. Die Bieterübersicht ist als nichtöffentliche Anlage beigefügt."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Jährlich rund 684.000 € im Produkt 54.2.01 Kreisstraßen; Mittel sind im Haushalt 2025 und in "
              "der mittelfristigen Finanzplanung veranschlagt."),
        ("box", ["Auswirkungen auf den Klimaschutz:   ☐ positiv   ☒ negativ   ☐ keine",
                 "Erläuterung: Räum- und Streufahrzeuge mit Dieselantrieb; Einsatzumfang wie bisher."]),
        ("p", "Anlage: Bieterübersicht (nichtöffentlich)"),
    ],
    truth=dict(drucksache="BV/0412/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-06-03",
               title="Vergabe der Leistungen des Winterdienstes auf Kreisstraßen, Lose 2 und 5, für die "
                     "Winter 2025/26 bis 2027/28",
               public=False, department="FD 41 Straßenbau und -unterhaltung",
               consultations=[C("Kreisausschuss", "2025-06-19", "Vorberatung"),
                              C("Bau- und Vergabeausschuss", "2025-06-26", "Entscheidung")],
               klimacheck="negative", klima_style="box_checkbox_line",
               themes=["mobilitaet", "finanzen"], themes_why="winter service contract for district roads",
               notes="Ruled grid header 'Vorlage - BV/0412/2025' | 'nichtöffentlich' → public false. Betreff "
                     "label on its own line, subject below. Beratungsfolge date|Gremium|Zuständigkeit. "
                     "Running footer with a print date (not the paper's date). EU notice number and "
                     "Produkt number are not Drucksachen. Klimaschutz as a framed box with ☒ negativ."))

doc(file="t08_salzlandkreis_iv-0077-2025_kfz-zulassung.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="allris_st_info_word", city="Salzlandkreis",
    running="Informationsvorlage IV/0077/2025",
    blocks=[
        ("kv", [("Salzlandkreis\nDer Landrat", "Informationsvorlage\nIV/0077/2025"),
                ("Fachdienst 36 Straßenverkehr\nSachgebiet Zulassung", "öffentlich\n28.05.2025")]),
        ("table", ["Gremium", "Sitzungstermin", "Behandlung"], [
            ["Ausschuss für Digitalisierung und Verwaltungsmodernisierung", "10.06.2025", "Kenntnisnahme"]]),
        ("h", "Sachstand zur digitalen Fahrzeugzulassung (i-Kfz) und Terminvergabe", 11),
        ("p", "Seit der Einführung der vierten Stufe der internetbasierten Fahrzeugzulassung wurden im "
              "Salzlandkreis 31 Prozent aller Zulassungsvorgänge online abgewickelt; bei Außerbetriebsetzungen "
              "sind es 58 Prozent. Die Wartezeit auf einen Termin in den Zulassungsstellen ist von zwölf auf "
              "vier Werktage gesunken."),
        ("p", "Ab dem dritten Quartal 2025 werden Großkundenschalter für Autohäuser auf ein digitales "
              "Verfahren umgestellt. Die Schnittstelle zum Kraftfahrt-Bundesamt wird bis Ende 2025 "
              "vollständig migriert."),
        ("table", None, [["Klimarelevanz:", "☐ ja", "☒ nein"]]),
        ("p", "gez. Klaus-Dieter Sommerfeld\nLandrat"),
    ],
    truth=dict(drucksache="IV/0077/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-05-28",
               title="Sachstand zur digitalen Fahrzeugzulassung (i-Kfz) und Terminvergabe",
               public=True, department="Sachgebiet Zulassung",
               consultations=[C("Ausschuss für Digitalisierung und Verwaltungsmodernisierung", "2025-06-10",
                                "Kenntnisnahme")],
               klimacheck="neutral", klima_style="table_ja_nein",
               themes=["digitalisierung", "verwaltung"], themes_why="online vehicle registration",
               notes="Two-column header: authority/unit left, type+number and öffentlich+date right. Title as "
                     "a bold heading without label. 'Klimarelevanz: ☐ ja ☒ nein' → neutral (hard call: no "
                     "relevance = no effect). Sachgebiet below the Fachdienst is the most specific unit."))

doc(file="t09_salzlandkreis_antrag-kreistagsmitglied-buslinie.pdf", producer="reportlab",
    font="DejaVu Serif", size=10.5, layout="einzelmitglied_letter_reportlab", city="Salzlandkreis",
    blocks=[
        ("p", "Holger Brämer\nMitglied des Kreistages (fraktionslos)\nAm Pfarrgarten 7\n39443 Förderstedt"),
        ("right", "12. Mai 2025"),
        ("p", "Salzlandkreis\nBüro Kreistag\nz. Hd. des Vorsitzenden des Kreistages"),
        ("pb", "Antrag zur Sitzung des Kreistages am 25.06.2025\nWiederaufnahme der Buslinie 137 an Wochenenden"),
        ("p", "Sehr geehrter Herr Vorsitzender,\nhiermit beantrage ich, folgenden Punkt auf die Tagesordnung "
              "der nächsten Kreistagssitzung zu setzen:"),
        ("p", "Der Kreistag beauftragt den Landrat, mit der Kreisverkehrsgesellschaft die Wiederaufnahme des "
              "Wochenendverkehrs auf der Linie 137 im Zweistundentakt ab dem Fahrplanwechsel im Dezember "
              "2025 zu vereinbaren und die Mehrkosten im Nahverkehrsplan darzustellen."),
        ("pb", "Begründung:"),
        ("p", "Seit der Einstellung im Jahr 2023 sind die Ortsteile entlang der Linie an Wochenenden ohne "
              "jede ÖPNV-Anbindung. Jugendliche und ältere Menschen ohne Auto sind besonders betroffen."),
        ("p", "Mit freundlichen Grüßen\nHolger Brämer"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-05-12",
               title="Wiederaufnahme der Buslinie 137 an Wochenenden",
               originator="Holger Brämer, Mitglied des Kreistages (fraktionslos)",
               consultations=[C("Kreistag", "2025-06-25", None)],
               themes=["mobilitaet", "soziales"], themes_why="weekend bus service in rural area",
               notes="Letter of a single member; sender block top left (name and role joined as originator, "
                     "holdout6/7 convention). Bold two-line block: 'Antrag zur Sitzung des Kreistages am …' "
                     "then the subject line = title. Date in words right. No number. Postcode is no Drucksache."))

doc(file="t10_salzlandkreis_niederschrift-kreisausschuss.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="allris_st_niederschrift_html", city="Salzlandkreis",
    css="table.grid td { font-size: 9pt; }",
    blocks=[
        ("h", "Salzlandkreis", 13),
        ("h", "Niederschrift\nüber die 7. Sitzung des Kreisausschusses", 12),
        ("table", None, [["Sitzungstermin:", "Donnerstag, 22.05.2025"],
                         ["Sitzungsbeginn:", "16:00 Uhr"], ["Sitzungsende:", "18:25 Uhr"],
                         ["Ort, Raum:", "Kreisverwaltung, Sitzungssaal 1.12"]]),
        ("pb", "Anwesend:"),
        ("p", "Vorsitz: Landrat Klaus-Dieter Sommerfeld\nMitglieder: Annett Bräuer, Frank Hösel, Dr. Ines "
              "Kramer, Mario Lindenau, Sabine Pötsch, Rüdiger Schaaf, Thomas Wendt, Yvonne Zimmer\n"
              "Verwaltung: Beigeordnete Dr. Carola Henze, FDL 20 Steffen Quaas\nProtokoll: Jana Eilers"),
        ("pb", "Öffentlicher Teil"),
        ("pb", "TOP 1  Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit"),
        ("p", "Der Vorsitzende eröffnet die Sitzung um 16:00 Uhr. Die Ladung ist ordnungsgemäß; 9 von 11 "
              "Mitgliedern sind anwesend, der Ausschuss ist beschlussfähig."),
        ("pb", "TOP 2  Feststellung der Tagesordnung"),
        ("p", "Die Tagesordnung wird ohne Änderungen festgestellt.\nAbstimmungsergebnis: einstimmig"),
        ("pb", "TOP 3  Genehmigung der Niederschrift vom 17.04.2025"),
        ("p", "Die Niederschrift wird genehmigt.\nJa 8  Nein 0  Enthaltung 1"),
        ("pb", "TOP 4  Kreisentwicklungskonzept 2035 – Zwischenbericht\nVorlage: IV/0069/2025"),
        ("p", "Frau Dr. Henze stellt den Zwischenbericht vor. Herr Hösel fragt nach der Beteiligung der "
              "Gemeinden. Die Verwaltung sagt zu, die Ergebnisse der Gemeindeworkshops bis zur "
              "Septembersitzung vorzulegen. Der Ausschuss nimmt den Bericht zur Kenntnis."),
        ("pb", "TOP 5  Haushaltsvollzug 2025, Bericht zum 31.03.2025\nVorlage: IV/0072/2025"),
        ("p", "Herr Quaas erläutert die Abweichungen bei den Sozialleistungen (+2,1 Mio. €). Frau Pötsch "
              "bittet um eine Aufschlüsselung nach Hilfearten; diese wird der Niederschrift als Anlage "
              "beigefügt."),
        ("pb", "TOP 6  Annahme von Spenden und Zuwendungen\nVorlage: BV/0398/2025"),
        ("p", "Beschluss: Der Kreisausschuss stimmt der Annahme der in der Anlage aufgeführten Spenden "
              "(Gesamtwert 14.350 €) zu.\nJa 9  Nein 0  Enthaltung 0"),
        ("pb", "TOP 7  Anfragen und Mitteilungen"),
        ("p", "Herr Wendt fragt nach dem Sachstand der Sanierung der Sporthalle der Berufsschule. Die "
              "Verwaltung antwortet schriftlich."),
        ("pb", "Nichtöffentlicher Teil"),
        ("p", "(gesonderte Niederschrift)"),
        ("space",),
        ("kv", [("Klaus-Dieter Sommerfeld\nVorsitzender", "Jana Eilers\nProtokollführerin")]),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-05-22",
               title="7. Sitzung des Kreisausschusses", public=True,
               references=["IV/0069/2025", "IV/0072/2025", "BV/0398/2025"],
               themes=["verwaltung", "finanzen"], themes_why="committee minutes, budget execution",
               notes="Only the session date is printed (→ date). 'Öffentlicher Teil' with a separate "
                     "non-public record → public true. Vorlage numbers under TOPs are references."))

# --------------------------------------------- Verbandsgemeinde Kaisersesch (RP, Verbandsgemeinde)
doc(file="t11_vg-kaisersesch_vg-045-2025_feuerwehrbedarfsplan.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="vg_rp_sitzungsvorlage_word", city="Verbandsgemeinde Kaisersesch",
    head="Verbandsgemeindeverwaltung Kaisersesch",
    blocks=[
        ("kv", [("Fachbereich 2 – Bürgerdienste und Ordnung\nAz.: 2.3-131-01", "Vorlage-Nr.: VG/045/2025\n"
                 "Datum: 20.06.2025")]),
        ("h", "Beschlussvorlage", 14),
        ("table", ["Gremium", "Zuständigkeit", "Sitzungstermin", "Sitzungsart"], [
            ["Haupt- und Finanzausschuss", "Vorberatung", "03.07.2025", "öffentlich"],
            ["Verbandsgemeinderat", "Entscheidung", "17.07.2025", "öffentlich"]]),
        ("p", "Betreff:"),
        ("h", "Fortschreibung des Feuerwehrbedarfsplans der Verbandsgemeinde Kaisersesch 2025–2030", 12),
        ("pb", "Sachverhalt:"),
        ("p", "Nach § 3 Abs. 1 LBKG und der Feuerwehrverordnung ist der Bedarfsplan regelmäßig "
              "fortzuschreiben. Das Ingenieurbüro Feuerplan hat die Fortschreibung mit den Wehrführern der "
              "zwölf Ortsgemeinden erarbeitet. Die Hilfsfrist von acht Minuten wird in drei Ortsgemeinden "
              "nicht in allen Fällen erreicht; vorgeschlagen wird ein gemeinsamer Standort für die "
              "Einheiten Masburg und Zettingen."),
        ("p", "Der Plan sieht bis 2030 die Ersatzbeschaffung von sechs Fahrzeugen (rund 2,4 Mio. €) und "
              "den Neubau eines Gerätehauses vor."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Verbandsgemeinderat beschließt die Fortschreibung des Feuerwehrbedarfsplans 2025–2030 in "
              "der Fassung der Anlage."),
        ("table", ["Klimaschutzrelevanz", "", ""], [["☐ ja, positiv", "☐ ja, negativ", "☒ nein"]]),
        ("p", "Kaisersesch, den 20.06.2025\nIm Auftrag\nBenedikt Theisen"),
    ],
    truth=dict(drucksache="VG/045/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-06-20",
               title="Fortschreibung des Feuerwehrbedarfsplans der Verbandsgemeinde Kaisersesch 2025–2030",
               public=True, department="Fachbereich 2 – Bürgerdienste und Ordnung",
               consultations=[C("Haupt- und Finanzausschuss", "2025-07-03", "Vorberatung"),
                              C("Verbandsgemeinderat", "2025-07-17", "Entscheidung")],
               klimacheck="neutral", klima_style="table_ja_positiv_negativ_nein",
               themes=["sicherheit_ordnung"], themes_why="fire brigade requirement plan",
               notes="Beratungsfolge columns Gremium|Zuständigkeit|Termin|Sitzungsart (role before date); "
                     "Sitzungsart öffentlich for all rows → public true. 'Betreff:' on its own line, the "
                     "title as a bold heading below. 'Az.: 2.3-131-01' is a file reference, not the "
                     "Drucksache. Klimaschutzrelevanz 'nein' ticked → neutral."))

doc(file="t12_vg-kaisersesch_vg-045-2025-1_ergaenzung.pdf", producer="chromium",
    font="Liberation Serif", size=11, layout="vg_rp_ergaenzung_print", city="Verbandsgemeinde Kaisersesch",
    blocks=[
        ("p", "Verbandsgemeindeverwaltung Kaisersesch\nFachbereich 2 – Bürgerdienste und Ordnung"),
        ("right", "Vorlage-Nr.: VG/045/2025-1\nDatum: 01.07.2025"),
        ("h", "Ergänzungsvorlage", 14),
        ("p", "zur Sitzung des Haupt- und Finanzausschusses am 03.07.2025 und des Verbandsgemeinderates am "
              "17.07.2025"),
        ("p", "Betreff:"),
        ("h", "Fortschreibung des Feuerwehrbedarfsplans der Verbandsgemeinde Kaisersesch 2025–2030\nhier: "
              "Stellungnahme der Wehrleitung und geänderte Kostenschätzung", 12),
        ("p", "Zu der Vorlage VG/045/2025 ist nach Versand der Sitzungsunterlagen die Stellungnahme der "
              "Wehrleitung eingegangen. Sie empfiehlt, das Hilfeleistungslöschfahrzeug für die Einheit "
              "Kaisersesch um ein Jahr vorzuziehen. Die Kostenschätzung erhöht sich dadurch im Jahr 2026 um "
              "85.000 €, in der Summe bleibt sie unverändert."),
        ("pb", "Geänderter Beschlussvorschlag:"),
        ("p", "Der Verbandsgemeinderat beschließt die Fortschreibung des Feuerwehrbedarfsplans 2025–2030 in "
              "der Fassung der Anlage unter Berücksichtigung der Stellungnahme der Wehrleitung vom "
              "27.06.2025."),
        ("p", "Im Auftrag\nBenedikt Theisen"),
    ],
    truth=dict(drucksache="VG/045/2025-1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2025-07-01",
               title="Fortschreibung des Feuerwehrbedarfsplans der Verbandsgemeinde Kaisersesch 2025–2030 hier: "
                     "Stellungnahme der Wehrleitung und geänderte Kostenschätzung",
               department="Fachbereich 2 – Bürgerdienste und Ordnung", references=["VG/045/2025"],
               consultations=[C("Haupt- und Finanzausschuss", "2025-07-03", None),
                              C("Verbandsgemeinderat", "2025-07-17", None)],
               themes=["sicherheit_ordnung", "finanzen"], themes_why="supplement: fire engine cost shift",
               notes="Number with '-1' suffix right-aligned. Two sessions in one 'zur Sitzung … und …' "
                     "sentence, no roles → null. Title two lines with 'hier:' after a 'Betreff:' line. The "
                     "word Stellungnahme in the title does not make it a Stellungnahme."))

doc(file="t13_vg-kaisersesch_beschlussauszug-spenden.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="vg_rp_beschlussauszug_reportlab",
    city="Verbandsgemeinde Kaisersesch",
    blocks=[
        ("h", "Verbandsgemeinde Kaisersesch", 13),
        ("h", "Auszug aus der Niederschrift", 12),
        ("p", "über die öffentliche Sitzung des Verbandsgemeinderates Kaisersesch am 17.07.2025"),
        ("kv", [("TOP 9:", "Annahme von Spenden gemäß § 94 Abs. 3 GemO"),
                ("Vorlage:", "VG/051/2025")], 0.18),
        ("p", "Der Vorsitzende verweist auf die Vorlage. Die Mitglieder Alfons Rieth und Heike Mertes sind "
              "als Vorstandsmitglieder des Fördervereins nach § 22 GemO von der Beratung und "
              "Beschlussfassung ausgeschlossen und nehmen im Zuschauerraum Platz."),
        ("pb", "Beschluss:"),
        ("p", "Der Verbandsgemeinderat stimmt der Annahme folgender Spenden zu: Förderverein der "
              "Grundschule Kaisersesch e. V., 2.400 € für Tablets; Raiffeisenbank eG, 1.500 € für die "
              "Jugendfeuerwehr; Eheleute Kreuter, Sachspende Defibrillator im Wert von 1.290 €."),
        ("pb", "Abstimmungsergebnis:"),
        ("p", "Ja-Stimmen: 24  Nein-Stimmen: 0  Enthaltungen: 0  Ausgeschlossen: 2"),
        ("space",),
        ("p", "Für die Richtigkeit des Auszuges:\nKaisersesch, 23.07.2025\nIm Auftrag\nMonika Schäfer"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Auszug aus der Niederschrift", date="2025-07-23",
               title="Annahme von Spenden gemäß § 94 Abs. 3 GemO", public=True, references=["VG/051/2025"],
               themes=["finanzen", "bildung"], themes_why="accepting donations (school tablets, fire brigade)",
               notes="Beschlussauszug → Niederschrift, titled by its TOP (holdout7 s20 convention), dated by "
                     "the certification date, not the session. 'öffentliche Sitzung' → true. The Vorlage "
                     "number of the TOP is a reference, not the paper's own."))

doc(file="t14_vg-kaisersesch_einladung-verbandsgemeinderat.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=10, layout="vg_rp_bekanntmachung_html", city="Verbandsgemeinde Kaisersesch",
    blocks=[
        ("h", "Öffentliche Bekanntmachung", 13),
        ("p", "Am Donnerstag, dem 17.07.2025, 19:00 Uhr, findet im Sitzungssaal der Verbandsgemeinde"
              "verwaltung Kaisersesch, Bahnhofstraße 47, eine Sitzung des Verbandsgemeinderates statt."),
        ("pb", "Tagesordnung"),
        ("pb", "Öffentliche Sitzung"),
        ("ol", ["Einwohnerfragestunde",
                "Fortschreibung des Feuerwehrbedarfsplans 2025–2030",
                "Jahresabschluss 2023 der Verbandsgemeinde; Feststellung und Entlastung",
                "Satzung zur Änderung der Entgeltsatzung Wasserversorgung",
                "Ausbau der Kindertagesstätte Hambuch; Vergabe der Rohbauarbeiten",
                "Mitteilungen und Anfragen"]),
        ("pb", "Nichtöffentliche Sitzung"),
        ("ol", ["Grundstücksangelegenheiten", "Personalangelegenheiten"]),
        ("p", "Kaisersesch, 08.07.2025\nVerbandsgemeindeverwaltung\nGregor Lenz, Bürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Öffentliche Bekanntmachung", date="2025-07-08",
               title="Sitzung des Verbandsgemeinderates", public=True,
               themes=["verwaltung"], themes_why="session agenda",
               notes="Published as 'Öffentliche Bekanntmachung' with a Tagesordnung (→ Einladung; hard call, "
                     "type word is 'Bekanntmachung'). Session only inside a sentence; title the session named. "
                     "Date at the end, session date in the text is not the paper's. No numbers printed."))

# ------------------------------------------------------------------ Stadt Wolfhagen (HE, Kleinstadt)
doc(file="t15_wolfhagen_2025-087_hebesaetze.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="he_magistratsvorlage_word", city="Stadt Wolfhagen",
    head="Drucksache 2025/087",
    blocks=[
        ("p", "STADT WOLFHAGEN\nDer Magistrat\nFachbereich 1 – Zentrale Dienste und Finanzen"),
        ("right", "Wolfhagen, 26. August 2025"),
        ("h", "Vorlage des Magistrats\nan die Stadtverordnetenversammlung", 13),
        ("table", ["Gremium", "Datum", "Art"], [
            ["Haupt- und Finanzausschuss", "09.09.2025", "Vorberatung"],
            ["Stadtverordnetenversammlung", "18.09.2025", "Beschluss"]]),
        ("pb", "Betreff: Satzung zur Änderung der Hebesatzsatzung ab 2026"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Stadtverordnetenversammlung beschließt die Satzung zur Änderung der Hebesatzsatzung der "
              "Stadt Wolfhagen in der als Anlage beigefügten Fassung. Der Hebesatz der Grundsteuer B wird "
              "ab dem 01.01.2026 auf 595 v. H. festgesetzt."),
        ("pb", "Begründung:"),
        ("p", "Der Haushalt 2026 weist im Entwurf einen Fehlbetrag von 1,26 Mio. € aus. Nach § 92a HGO ist "
              "der Haushalt auszugleichen; die Kommunalaufsicht hat auf die Hebesätze vergleichbarer "
              "Städte hingewiesen. Die Erhöhung um 45 Punkte bringt Mehrerträge von rund 310.000 €."),
        ("p", "Ein Einfamilienhaus mit einem Messbetrag von 120 € zahlt künftig 54 € mehr im Jahr."),
        ("p", "Anlage: Satzungsentwurf"),
        ("p", "Reinhard Schlegel\nBürgermeister"),
    ],
    truth=dict(drucksache="2025/087", doc_type="Beschlussvorlage", doc_type_printed="Vorlage des Magistrats",
               date="2025-08-26", title="Satzung zur Änderung der Hebesatzsatzung ab 2026",
               department="Fachbereich 1 – Zentrale Dienste und Finanzen",
               consultations=[C("Haupt- und Finanzausschuss", "2025-09-09", "Vorberatung"),
                              C("Stadtverordnetenversammlung", "2025-09-18", "Entscheidung")],
               themes=["finanzen"], themes_why="property tax rate",
               notes="Number only in the Word running header 'Drucksache 2025/087'. Type printed 'Vorlage des "
                     "Magistrats an die Stadtverordnetenversammlung' with Beschlussvorschlag → Beschluss"
                     "vorlage. Column 'Art' with 'Beschluss' → Entscheidung. Date in words right. No "
                     "öffentlich marker, no Klimacheck."))

doc(file="t16_wolfhagen_antrag-ortsbeirat-istha.pdf", producer="chromium",
    font="Liberation Serif", size=11.5, layout="ortsbeirat_antrag_print", city="Stadt Wolfhagen",
    blocks=[
        ("p", "Ortsbeirat Istha\nOrtsvorsteherin Claudia Wicke\nAm Dorfplatz 3, 34466 Wolfhagen-Istha"),
        ("p", "An den\nVorsitzenden der Stadtverordnetenversammlung\nder Stadt Wolfhagen"),
        ("right", "Istha, den 02.09.2025"),
        ("h", "Antrag des Ortsbeirates Istha: Sanierung des Dorfgemeinschaftshauses Istha – Aufnahme in den "
              "Haushalt 2026", 12),
        ("p", "Der Ortsbeirat Istha hat in seiner Sitzung am 28.08.2025 einstimmig beschlossen, folgenden "
              "Antrag an die Stadtverordnetenversammlung zu richten:"),
        ("p", "Die Stadtverordnetenversammlung möge beschließen, für die energetische Sanierung des "
              "Dorfgemeinschaftshauses Istha (Dach, Fenster, Heizung) Planungsmittel in Höhe von 40.000 € in "
              "den Haushalt 2026 einzustellen und Fördermittel aus dem Programm Dorfentwicklung zu "
              "beantragen."),
        ("pb", "Begründung:"),
        ("p", "Das Haus wurde 1974 errichtet; die Ölheizung ist über 30 Jahre alt. Es wird von sieben "
              "Vereinen, dem Kindergarten für Feste und als Wahllokal genutzt. Im Winter 2024/25 fiel die "
              "Heizung zweimal aus."),
        ("p", "Mit freundlichen Grüßen\nClaudia Wicke\nOrtsvorsteherin"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-09-02",
               title="Sanierung des Dorfgemeinschaftshauses Istha – Aufnahme in den Haushalt 2026",
               originator="Ortsbeirat Istha",
               themes=["kultur_sport", "klima_umwelt", "finanzen"],
               themes_why="community hall, energy refurbishment, budget",
               notes="Ortsbeirat as originator; its own session (28.08.) is not a consultation of the paper and "
                     "no target session is named → consultations empty. Title after 'Antrag des Ortsbeirates "
                     "Istha:'. Address with postcode in the letterhead."))

doc(file="t17_wolfhagen_2025-091_anfrage-fdp-glasfaser.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="he_fraktion_anfrage_reportlab", city="Stadt Wolfhagen",
    blocks=[
        ("kv", [("FDP-Fraktion\nin der Stadtverordnetenversammlung Wolfhagen", "Drucksache 2025/091\n"
                 "Eingang: 04.09.2025")], 0.6),
        ("h", "Anfrage gemäß § 50 Abs. 2 HGO", 12),
        ("p", "Betr.: Stand des Glasfaserausbaus in den Stadtteilen"),
        ("p", "Wir bitten den Magistrat um schriftliche Beantwortung folgender Fragen in der Sitzung der "
              "Stadtverordnetenversammlung am 18.09.2025:"),
        ("ol", ["In welchen Stadtteilen ist der eigenwirtschaftliche Glasfaserausbau abgeschlossen, in welchen "
                "ruht er?",
                "Wie viele Haushalte in Viesebeck, Nothfelden und Bründersen haben einen Anschluss bestellt, "
                "aber noch nicht erhalten?",
                "Welche Zusagen hat das Unternehmen für die Wiederherstellung der Gehwege gegeben?"]),
        ("p", "Wolfhagen, 03.09.2025\nMarkus Vaupel\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache="2025/091", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-09-03",
               title="Stand des Glasfaserausbaus in den Stadtteilen",
               originator="FDP-Fraktion in der Stadtverordnetenversammlung Wolfhagen",
               consultations=[C("Stadtverordnetenversammlung", "2025-09-18", None)],
               themes=["digitale_infrastruktur"], themes_why="fibre roll-out",
               notes="Number and receipt date right of the Fraktion block; signing date at the end is the "
                     "paper's date (holdout7 convention). 'Betr.:' key on one line. Session inside a sentence, "
                     "no role → null. '§ 50 Abs. 2 HGO' is no number."))

doc(file="t18_wolfhagen_antwort-magistrat-glasfaser.pdf", producer="libreoffice-odt",
    font="Liberation Sans", size=10.5, layout="he_magistrat_antwort_odt", city="Stadt Wolfhagen",
    running="Stadt Wolfhagen · Der Magistrat",
    blocks=[
        ("kv", [("Der Magistrat der Stadt Wolfhagen\nFachbereich 3 – Bauen, Umwelt und Digitales\n"
                 "Burgstraße 35, 34466 Wolfhagen\nTel. 05692 602-318",
                 "Wolfhagen, 15.09.2025")]),
        ("h", "Beantwortung der Anfrage der FDP-Fraktion\nDrucksache 2025/091", 12),
        ("pb", "Stand des Glasfaserausbaus in den Stadtteilen"),
        ("p", "Zu 1.: Der Ausbau ist in der Kernstadt, in Ippinghausen und Altenhasungen abgeschlossen. In "
              "Viesebeck, Nothfelden und Bründersen ruht er seit Mai 2025, weil das Unternehmen seinen "
              "Generalunternehmer gewechselt hat."),
        ("p", "Zu 2.: Nach Auskunft des Unternehmens warten dort 412 Haushalte auf den Anschluss."),
        ("p", "Zu 3.: Das Unternehmen hat schriftlich zugesagt, alle offenen Gehwegflächen bis 30.11.2025 "
              "wiederherzustellen. Die Stadt hat eine Sicherheitsleistung von 150.000 € einbehalten."),
        ("p", "Reinhard Schlegel\nBürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage", date="2025-09-15",
               title="Stand des Glasfaserausbaus in den Stadtteilen",
               department="Fachbereich 3 – Bauen, Umwelt und Digitales", answers="2025/091",
               themes=["digitale_infrastruktur"], themes_why="answer on fibre roll-out",
               notes="No own number: 'Drucksache 2025/091' in the heading is the answered Anfrage → "
                     "answers, drucksache null (hard call). Title the bold line below. Phone number in the "
                     "letterhead. No session named."))
