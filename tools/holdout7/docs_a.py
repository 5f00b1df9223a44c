"""Papers s01–s17: Stadt Oberhausen (Bezirksvertretung Sterkrade), Landkreis Ludwigslust-Parchim,
Samtgemeinde Harsefeld, Stadt Weißenfels.

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


# ------------------------------------------------ Stadt Oberhausen (NRW, Großstadt; SessionNet-like print)
doc(file="s01_oberhausen_b-25-0412_radweg-sterkrade.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="sessionnet_print_side_column", city="Stadt Oberhausen",
    css="td { font-size: 9.5pt; vertical-align: top; } table.kv td:first-child { width: 32%; }",
    running="Vorlage B/25/0412 – Seite",
    blocks=[
        ("kv", [("Stadt Oberhausen", "Beschlussvorlage"),
                ("Der Oberbürgermeister", "Drucksache Nr.: B/25/0412"),
                ("Dezernat 5\nBereich 5-1 Stadtplanung, Mobilität", "Datum: 21.05.2025\nöffentlich")]),
        ("h", "Radschnellverbindung Sterkrade – Osterfeld\nhier: Vorzugsvariante für den Abschnitt "
              "Bahnhofstraße bis Dorstener Straße", 12),
        ("table", ["Beratungsfolge", "Sitzungsdatum", "Zuständigkeit"], [
            ["Bezirksvertretung Sterkrade", "12.06.2025", "Anhörung"],
            ["Ausschuss für Mobilität", "17.06.2025", "Vorberatung"],
            ["Rat der Stadt", "30.06.2025", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag"),
        ("p", "Der Rat der Stadt beschließt für den Abschnitt Bahnhofstraße bis Dorstener Straße der "
              "Radschnellverbindung die Variante 2 (Führung über die Weierstraße) als Vorzugsvariante "
              "und beauftragt die Verwaltung mit der Entwurfsplanung."),
        ("pb", "Sachverhalt"),
        ("p", "Im Rahmen der Machbarkeitsstudie wurden drei Trassenvarianten untersucht. Variante 2 "
              "erreicht bei den Kriterien Reisezeit, Verkehrssicherheit und Flächenverfügbarkeit die "
              "höchste Punktzahl. Der Eingriff in den Baumbestand der Weierstraße beschränkt sich auf "
              "sieben Bäume, die im Quartier ersetzt werden."),
        ("p", "Die Kosten der Entwurfsplanung betragen rund 420.000 Euro; eine Förderung nach der "
              "Förderrichtlinie Nahmobilität (FöRi-Nah) mit 75 % ist beantragt."),
        ("pb", "Auswirkungen auf den Klimaschutz"),
        ("table", None, [["☒ positiv", "☐ negativ", "☐ keine"]]),
        ("p", "Anlage: Variantenvergleich (Kurzfassung)"),
    ],
    truth=dict(drucksache="B/25/0412", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-05-21",
               title="Radschnellverbindung Sterkrade – Osterfeld hier: Vorzugsvariante für den Abschnitt "
                     "Bahnhofstraße bis Dorstener Straße",
               public=True, department="Bereich 5-1 Stadtplanung, Mobilität",
               consultations=[C("Bezirksvertretung Sterkrade", "2025-06-12", "Anhörung"),
                              C("Ausschuss für Mobilität", "2025-06-17", "Vorberatung"),
                              C("Rat der Stadt", "2025-06-30", "Entscheidung")],
               klimacheck="positive", klima_style="table_row_unicode",
               themes=["mobilitaet"], themes_why="cycle highway variant",
               notes="Two-column header: authority lines left, type/number/date/öffentlich right, in one "
                     "borderless table. 'Dezernat 5' above the Bereich: the Bereich is the most specific "
                     "unit. Running footer 'Vorlage B/25/0412 – Seite'. Klimacheck as a one-row table."))

doc(file="s02_oberhausen_m-25-0398_spielplatz-mitteilung.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="word_template_mitteilung_bv", city="Stadt Oberhausen",
    head="Stadt Oberhausen · Mitteilungsvorlage M/25/0398",
    blocks=[
        ("kv", [("Stadt Oberhausen\nBereich 3-4 Grünflächen und Friedhöfe\nBearbeitung: Frau Kowalczyk\n"
                 "Tel. 0208 825-3417", "Oberhausen, 08. Mai 2025")]),
        ("h", "Mitteilung an die Bezirksvertretung Sterkrade", 13),
        ("p", "zur Sitzung am 12. Juni 2025 – öffentlicher Teil"),
        ("pb", "Betreff: Sanierung des Spielplatzes Tackenberg-Ost, Zwischenstand"),
        ("p", "Die Bezirksvertretung Sterkrade hatte in ihrer Sitzung am 20.02.2025 (Drucksache B/25/0105) "
              "Mittel aus der bezirklichen Pauschale für die Sanierung des Spielplatzes bereitgestellt. "
              "Die Arbeiten haben am 14.04.2025 begonnen. Der Sandkasten und die Kletterkombination sind "
              "erneuert; die Fallschutzflächen folgen bis Ende Juni."),
        ("p", "Wegen Lieferzeiten für die inklusive Nestschaukel verschiebt sich die Wiedereröffnung auf "
              "den 11. Juli 2025. Die Kosten bleiben im Rahmen der bewilligten 86.500 Euro."),
        ("space",),
        ("p", "Im Auftrag\nKowalczyk"),
    ],
    truth=dict(drucksache="M/25/0398", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilung",
               date="2025-05-08", title="Sanierung des Spielplatzes Tackenberg-Ost, Zwischenstand",
               public=True, department="Bereich 3-4 Grünflächen und Friedhöfe", references=["B/25/0105"],
               consultations=[C("Bezirksvertretung Sterkrade", "2025-06-12", "Kenntnisnahme")],
               themes=["soziales"], themes_why="playground renovation in a district",
               notes="The number only in the Word running header ('Mitteilungsvorlage M/25/0398'); the "
                     "heading says 'Mitteilung an die Bezirksvertretung'. Date in words right of the "
                     "letterhead. 'öffentlicher Teil' → public true. Mitteilung to a body → role "
                     "Kenntnisnahme (hard call: no role word printed). Earlier Drucksache B/25/0105 is a "
                     "reference."))

doc(file="s03_oberhausen_antrag-spd-bv-sterkrade-querungshilfe.pdf", producer="chromium",
    font="DejaVu Sans", size=10, layout="fraktion_letter_bv", city="Stadt Oberhausen",
    blocks=[
        ("right", "SPD-Fraktion in der Bezirksvertretung Sterkrade\nFraktionssprecher: Dirk Hüsken\n"
                  "Steinbrinkstraße 188 · 46145 Oberhausen"),
        ("p", "An den\nBezirksbürgermeister Sterkrade\nHerrn Jürgen Wollny\nTechnisches Rathaus Sterkrade"),
        ("right", "Oberhausen, 26.05.2025"),
        ("h", "Antrag gem. § 3 der Geschäftsordnung für die Bezirksvertretungen", 11),
        ("p", "für die Sitzung der Bezirksvertretung Sterkrade am 12.06.2025"),
        ("pb", "Querungshilfe an der Holtener Straße in Höhe der Grundschule Schwarze Heide"),
        ("p", "Sehr geehrter Herr Bezirksbürgermeister,\ndie SPD-Fraktion bittet, folgenden Antrag auf die "
              "Tagesordnung zu setzen:"),
        ("p", "Die Bezirksvertretung Sterkrade beauftragt die Verwaltung zu prüfen, ob an der Holtener "
              "Straße in Höhe der Grundschule Schwarze Heide eine Mittelinsel als Querungshilfe "
              "eingerichtet werden kann, und das Ergebnis bis zur Sitzung im September vorzulegen."),
        ("pb", "Begründung"),
        ("p", "Morgens queren dort über 150 Kinder die vierspurige Straße. Eltern berichten von "
              "gefährlichen Situationen; die nächste Ampel liegt 300 Meter entfernt."),
        ("p", "Mit freundlichen Grüßen\nDirk Hüsken\nfür die SPD-Fraktion"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2025-05-26",
               title="Querungshilfe an der Holtener Straße in Höhe der Grundschule Schwarze Heide",
               originator="SPD-Fraktion in der Bezirksvertretung Sterkrade",
               consultations=[C("Bezirksvertretung Sterkrade", "2025-06-12", None)],
               themes=["mobilitaet", "bildung"], themes_why="pedestrian crossing at a school",
               notes="Letter without number; the type line names the rules of procedure, the subject is "
                     "the bold line below. Letterhead right-aligned. No role printed → null."))

doc(file="s04_oberhausen_anfrage-gruene-baumfaellungen.pdf", producer="libreoffice-html",
    font="Liberation Serif", size=11, layout="fraktion_anfrage_header_table", city="Stadt Oberhausen",
    blocks=[
        ("h", "BÜNDNIS 90/DIE GRÜNEN – Ratsfraktion Oberhausen", 13),
        ("table", ["Anfrage", "Eingang", "für die Sitzung"], [
            ["A/25/0437", "02.06.2025", "Ausschuss für Umwelt, Klima und Grün am 24.06.2025"]]),
        ("pb", "Baumfällungen im Stadtgebiet 2024/2025"),
        ("p", "Die Verwaltung wird um schriftliche Beantwortung folgender Fragen gebeten:"),
        ("ol", ["Wie viele Straßenbäume wurden in der Fällsaison 2024/2025 gefällt, aufgeschlüsselt nach "
                "Stadtbezirken?",
                "Wie viele Ersatzpflanzungen sind erfolgt bzw. bis wann geplant?",
                "Welche Standorte konnten wegen Leitungen nicht nachgepflanzt werden?"]),
        ("p", "Begründung: Anwohnerinnen in Alt-Oberhausen und Osterfeld berichten von zahlreichen Fällungen "
              "ohne sichtbare Nachpflanzung."),
        ("p", "Oberhausen, 30. Mai 2025\nNadine Brücker, Fraktionsvorsitzende"),
    ],
    truth=dict(drucksache="A/25/0437", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-05-30",
               title="Baumfällungen im Stadtgebiet 2024/2025",
               originator="BÜNDNIS 90/DIE GRÜNEN – Ratsfraktion Oberhausen",
               consultations=[C("Ausschuss für Umwelt, Klima und Grün", "2025-06-24", None)],
               themes=["umwelt"], themes_why="street trees felled and replaced",
               notes="Horizontal header table: 'Anfrage' is a column head with the number below it "
                     "(type word = label). Receipt date 02.06. vs signing date 30. Mai at the end: the "
                     "signing date is the paper's date (hard call)."))

doc(file="s05_oberhausen_antwort-a-25-0437.pdf", producer="reportlab",
    font="DejaVu Serif", size=10.5, layout="answer_letter_reportlab", city="Stadt Oberhausen",
    running="Stadt Oberhausen – Beantwortung A/25/0437/1 – Seite {page}",
    blocks=[
        ("kv", [("Stadt Oberhausen\nDer Oberbürgermeister\nBereich 2-5 Umweltschutz",
                 "Drucksache: A/25/0437/1\nDatum: 18.06.2025")]),
        ("h", "Beantwortung der Anfrage A/25/0437", 12),
        ("p", "der Ratsfraktion BÜNDNIS 90/DIE GRÜNEN vom 30.05.2025"),
        ("pb", "Baumfällungen im Stadtgebiet 2024/2025"),
        ("p", "Zu 1: In der Fällsaison 2024/2025 wurden 312 Straßenbäume gefällt, davon 118 in "
              "Alt-Oberhausen, 104 in Sterkrade und 90 in Osterfeld. Gründe waren überwiegend "
              "Trockenschäden und Pilzbefall."),
        ("p", "Zu 2: 187 Ersatzpflanzungen sind erfolgt; weitere 96 sind für die Pflanzperiode Herbst 2025 "
              "vorgesehen."),
        ("p", "Zu 3: An 29 Standorten verhindern Versorgungsleitungen eine Nachpflanzung. Die Verwaltung "
              "prüft dort Baumrigolen."),
        ("p", "Ausschuss für Umwelt, Klima und Grün – 24.06.2025 – zur Kenntnis"),
    ],
    truth=dict(drucksache="A/25/0437/1", doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage",
               date="2025-06-18", title="Baumfällungen im Stadtgebiet 2024/2025", public=None,
               department="Bereich 2-5 Umweltschutz", answers="A/25/0437",
               consultations=[C("Ausschuss für Umwelt, Klima und Grün", "2025-06-24", "Kenntnisnahme")],
               themes=["umwelt"], themes_why="answer about street trees",
               notes="Own number with a /1 suffix; the answered number in the heading. Title is the "
                     "subject line, not the heading. Consultation as a free line with 'zur Kenntnis'."))

# ------------------------------------------------ Landkreis Ludwigslust-Parchim (MV; ALLRIS-like)
doc(file="s06_lk-lup_bv-2025-117_rettungsdienstbedarfsplan.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="allris_mv_vorlage", city="Landkreis Ludwigslust-Parchim",
    css="table.grid td { font-size: 9pt; }",
    blocks=[
        ("h", "Landkreis Ludwigslust-Parchim", 14),
        ("p", "Der Landrat"),
        ("table", None, [["Vorlage-Nr.: SV/2025/117", "Status: öffentlich"],
                         ["Vorlageart: Beschlussvorlage", "Datum: 03.04.2025"],
                         ["Federführung: FD 32 Ordnung, Rettungsdienst und Brandschutz",
                          "Verfasser: Holger Rademacher"]]),
        ("pb", "Betreff:"),
        ("p", "Fortschreibung des Rettungsdienstbedarfsplanes 2025 – Neuer Rettungswachenstandort "
              "Crivitz"),
        ("table", ["Datum", "Beratungsfolge", "Zuständigkeit"], [
            ["24.04.2025", "Ausschuss für Ordnung, Sicherheit und Rettungswesen", "Vorberatung"],
            ["05.05.2025", "Kreisausschuss", "Vorberatung"],
            ["22.05.2025", "Kreistag Ludwigslust-Parchim", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Kreistag beschließt die 3. Fortschreibung des Rettungsdienstbedarfsplanes einschließlich "
              "der Errichtung einer Rettungswache in Crivitz mit einem Rettungswagen im 24-Stunden-Betrieb."),
        ("pb", "Sachverhalt:"),
        ("p", "Die Hilfsfristauswertung 2024 zeigt für den Raum Crivitz–Banzkow eine Einhaltung der "
              "Hilfsfrist von nur 81,3 Prozent (Soll: 90 Prozent). Die neue Wache schließt diese Lücke. "
              "Die Kosten trägt der Rettungsdienstträger über die Benutzungsentgelte."),
        ("pb", "Klimarelevanz:"),
        ("p", "keine"),
    ],
    truth=dict(drucksache="SV/2025/117", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-04-03",
               title="Fortschreibung des Rettungsdienstbedarfsplanes 2025 – Neuer Rettungswachenstandort "
                     "Crivitz",
               public=True, department="FD 32 Ordnung, Rettungsdienst und Brandschutz",
               consultations=[C("Ausschuss für Ordnung, Sicherheit und Rettungswesen", "2025-04-24",
                                "Vorberatung"),
                              C("Kreisausschuss", "2025-05-05", "Vorberatung"),
                              C("Kreistag Ludwigslust-Parchim", "2025-05-22", "Entscheidung")],
               klimacheck="neutral", klima_style="text_keine",
               themes=["sicherheit", "gesundheit"], themes_why="ambulance station plan",
               notes="ALLRIS-like ruled header grid with two label:value cells per row. Beratungsfolge "
                     "with the date first. 'Klimarelevanz: keine' as text → neutral (hard call)."))

doc(file="s07_lk-lup_iv-2025-121_breitband.pdf", producer="chromium",
    font="Nimbus Sans", size=10, layout="allris_mv_informationsvorlage", city="Landkreis Ludwigslust-Parchim",
    running="Landkreis Ludwigslust-Parchim · IV/2025/121 · Ausdruck vom 15.04.2025",
    blocks=[
        ("h", "Landkreis Ludwigslust-Parchim", 14),
        ("kv", [("Informationsvorlage", "IV/2025/121"), ("öffentlich", ""), ("Datum", "14.04.2025"),
                ("Fachdienst", "Stabsstelle Digitalisierung und Breitband")]),
        ("h", "Sachstand Breitbandausbau im Graue-Flecken-Programm (Cluster 4 und 5)", 11),
        ("table", ["Beratungsfolge", "Termin", ""], [
            ["Ausschuss für Wirtschaft, Tourismus und Digitalisierung", "29.04.2025", "Kenntnisnahme"],
            ["Kreistag Ludwigslust-Parchim", "22.05.2025", "Kenntnisnahme"]]),
        ("pb", "Sachverhalt"),
        ("p", "In den Clustern 4 (Amt Hagenow-Land) und 5 (Amt Sternberger Seenlandschaft) sind bis März "
              "2025 insgesamt 6.412 von 9.870 geförderten Anschlüssen hergestellt. Verzögerungen entstanden "
              "durch fehlende Tiefbaukapazitäten. Der Abschluss ist für das 2. Quartal 2026 geplant."),
        ("p", "Der Eigenanteil des Landkreises von 10 Prozent ist im Haushalt 2025 unter Produkt 57101 "
              "veranschlagt."),
    ],
    truth=dict(drucksache="IV/2025/121", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-04-14",
               title="Sachstand Breitbandausbau im Graue-Flecken-Programm (Cluster 4 und 5)", public=True,
               department="Stabsstelle Digitalisierung und Breitband",
               consultations=[C("Ausschuss für Wirtschaft, Tourismus und Digitalisierung", "2025-04-29",
                                "Kenntnisnahme"),
                              C("Kreistag Ludwigslust-Parchim", "2025-05-22", "Kenntnisnahme")],
               themes=["digitalisierung"], themes_why="broadband rollout",
               notes="Type is a label with the number as its value; 'öffentlich' alone as a key. Role column "
                     "without a header. The running footer's print date is not the paper's date."))

doc(file="s08_lk-lup_an-2025-031_antrag-gruppe-schuelerbefoerderung.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="gruppe_antrag_word", city="Landkreis Ludwigslust-Parchim",
    blocks=[
        ("p", "Gruppe FDP/Freie Wähler im Kreistag Ludwigslust-Parchim\nPutlitzer Straße 25, 19370 Parchim"),
        ("right", "Parchim, 2. April 2025"),
        ("p", "An die Präsidentin des Kreistages\nFrau Ulrike Behnke"),
        ("h", "Antrag", 14),
        ("kv", [("Drucksache:", "AN/2025/031"), ("Gegenstand:", "Schülerbeförderung – Anerkennung "
                 "weiterführender Schulen in freier Trägerschaft"),
                ("Beratung:", "Kreistag am 22.05.2025")]),
        ("p", "Der Kreistag möge beschließen:\nDie Satzung über die Schülerbeförderung im Landkreis wird so "
              "geändert, dass auch der Weg zur nächstgelegenen Schule in freier Trägerschaft "
              "erstattungsfähig ist, sofern sie den gewählten Bildungsgang anbietet."),
        ("pb", "Begründung:"),
        ("p", "Gerade im ländlichen Raum ist die nächste Schule mit gewähltem Profil oft eine freie Schule. "
              "Die bisherige Regelung benachteiligt Familien im Amt Eldenburg Lübz."),
        ("p", "Sebastian Kroll\nVorsitzender der Gruppe"),
    ],
    truth=dict(drucksache="AN/2025/031", doc_type="Antrag", doc_type_printed="Antrag", date="2025-04-02",
               title="Schülerbeförderung – Anerkennung weiterführender Schulen in freier Trägerschaft",
               originator="Gruppe FDP/Freie Wähler im Kreistag Ludwigslust-Parchim",
               consultations=[C("Kreistag", "2025-05-22", None)],
               themes=["bildung", "mobilitaet"], themes_why="school transport rules",
               notes="A Gruppe (not a Fraktion) in the letterhead. 'Beratung: Kreistag am …' without role → "
                     "null."))

doc(file="s09_lk-lup_niederschrift-jugendhilfeausschuss.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="allris_niederschrift", city="Landkreis Ludwigslust-Parchim",
    running="Niederschrift JHA/2025/02 – Seite {page}",
    blocks=[
        ("h", "Landkreis Ludwigslust-Parchim", 13),
        ("h", "Niederschrift\nüber die 2. Sitzung des Jugendhilfeausschusses", 12),
        ("kv", [("Sitzungstermin:", "Mittwoch, 12.03.2025"), ("Sitzungsbeginn:", "17:00 Uhr"),
                ("Sitzungsende:", "19:10 Uhr"), ("Ort, Raum:", "Kreishaus Parchim, Sitzungssaal 1")]),
        ("pb", "Anwesend:"),
        ("p", "Vorsitz: Frau Carola Timm; stimmberechtigte Mitglieder: 11 von 15; Verwaltung: Herr Bernd "
              "Lüdemann (FD 51 Jugend)"),
        ("pb", "Öffentlicher Teil"),
        ("p", "TOP 1 Eröffnung, Feststellung der Beschlussfähigkeit\nDie Vorsitzende eröffnet die Sitzung "
              "um 17:00 Uhr und stellt die Beschlussfähigkeit fest."),
        ("p", "TOP 2 Jugendförderplan 2025 bis 2027 – Vorlage SV/2025/044\nDer Ausschuss empfiehlt dem "
              "Kreistag einstimmig die Annahme."),
        ("p", "TOP 3 Mitteilungen der Verwaltung\nHerr Lüdemann berichtet über die Besetzung der Stellen im "
              "Allgemeinen Sozialen Dienst (3 von 5 besetzt)."),
        ("pb", "Nichtöffentlicher Teil"),
        ("p", "TOP 4 Vergabe Jugendsozialarbeit an Schulen – siehe nichtöffentliche Niederschrift"),
        ("space",),
        ("p", "Parchim, 20.03.2025\nCarola Timm, Vorsitzende          Jana Voss, Protokollführerin"),
    ],
    truth=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-03-20",
               title="2. Sitzung des Jugendhilfeausschusses", public=True,
               department=None, references=["SV/2025/044"],
               themes=["soziales", "bildung"], themes_why="youth welfare committee minutes",
               notes="Session number only in the running footer (JHA/2025/02) – a session ID, not a "
                     "Drucksache. Date: signing line at the end (the session was 12.03.). Public part "
                     "present → true (a non-public TOP is only referenced)."))

# ------------------------------------------------ Samtgemeinde Harsefeld (NI; Somacos/SessionNet Word-Vorlage)
doc(file="s10_sg-harsefeld_2025-0456_feuerwehrhaus-ahlerstedt.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="somacos_word_vorlage", city="Samtgemeinde Harsefeld",
    running="Sitzungsvorlage 0456/2025 – Seite",
    blocks=[
        ("kv", [("Samtgemeinde Harsefeld\nDer Samtgemeindebürgermeister", "Sitzungsvorlage\n0456/2025")]),
        ("kv", [("Fachbereich:", "II – Bauen und Ordnung"), ("Aktenzeichen:", "II/13-132-05"),
                ("Datum:", "17.03.2025")]),
        ("table", ["Beratungsfolge", "Termin", "Behandlung"], [
            ["Feuerwehrausschuss", "01.04.2025", "öffentlich"],
            ["Samtgemeindeausschuss", "08.04.2025", "nicht öffentlich"],
            ["Samtgemeinderat", "24.04.2025", "öffentlich"]]),
        ("pb", "Neubau Feuerwehrhaus Ahlerstedt – Vergabe der Planungsleistungen (Leistungsphasen 1 bis 4)"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Samtgemeinderat beschließt, das Büro Hinrichs Architekten, Buxtehude, mit den "
              "Planungsleistungen der Leistungsphasen 1 bis 4 für den Neubau des Feuerwehrhauses "
              "Ahlerstedt zu beauftragen."),
        ("pb", "Sachverhalt:"),
        ("p", "Das Feuerwehrhaus Ahlerstedt entspricht nicht mehr der DIN 14092; die Feuerwehr-Unfallkasse "
              "hat Mängel festgestellt. Im Vergabeverfahren nach UVgO gingen vier Angebote ein. Das "
              "wirtschaftlichste Angebot liegt bei 186.400 Euro brutto."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Mittel stehen im Haushalt 2025 unter Investitionsnummer I-126001 bereit."),
        ("pb", "Klimafolgenabschätzung:"),
        ("p", "☐ positiv     ☒ negativ     ☐ keine erkennbaren Auswirkungen\nErläuterung: Neuversiegelung "
              "von rund 2.100 m² am Ortsrand; Ausgleich durch Dachbegrünung wird geprüft."),
    ],
    truth=dict(drucksache="0456/2025", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-03-17",
               title="Neubau Feuerwehrhaus Ahlerstedt – Vergabe der Planungsleistungen (Leistungsphasen 1 "
                     "bis 4)",
               public=None, department="II – Bauen und Ordnung",
               consultations=[C("Feuerwehrausschuss", "2025-04-01", None),
                              C("Samtgemeindeausschuss", "2025-04-08", None),
                              C("Samtgemeinderat", "2025-04-24", None)],
               klimacheck="negative", klima_style="unicode_line",
               themes=["sicherheit"], themes_why="fire station new building",
               notes="'Sitzungsvorlage' with a Beschlussvorschlag → Beschlussvorlage. Number under the type "
                     "word, no label. 'Behandlung' column carries öffentlich/nicht öffentlich per row, no "
                     "role → roles null, public null (mixed). Aktenzeichen is not the number. Klimacheck "
                     "'negativ' ticked."))

doc(file="s11_sg-harsefeld_0456-2025-1_ergaenzung-feuerwehrhaus.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="somacos_word_vorlage", city="Samtgemeinde Harsefeld",
    blocks=[
        ("kv", [("Samtgemeinde Harsefeld\nDer Samtgemeindebürgermeister", "Ergänzungsvorlage\n0456/2025/1")]),
        ("kv", [("Fachbereich:", "II – Bauen und Ordnung"), ("Datum:", "04.04.2025")]),
        ("pb", "Neubau Feuerwehrhaus Ahlerstedt – Vergabe der Planungsleistungen\nhier: Ergänzung um die "
               "Tragwerksplanung"),
        ("p", "Beratung: Samtgemeindeausschuss 08.04.2025 (Vorberatung), Samtgemeinderat 24.04.2025 "
              "(Entscheidung)"),
        ("p", "Die Vorlage 0456/2025 wird wie folgt ergänzt: Der Beschlussvorschlag erhält eine Nummer 2: "
              "„Die Tragwerksplanung wird an das Ingenieurbüro Stöver, Stade, zum Preis von 38.900 Euro "
              "brutto vergeben.“"),
        ("p", "Das Angebot lag zum Zeitpunkt der Erstellung der Ursprungsvorlage noch nicht vor."),
    ],
    truth=dict(drucksache="0456/2025/1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2025-04-04",
               title="Neubau Feuerwehrhaus Ahlerstedt – Vergabe der Planungsleistungen hier: Ergänzung um "
                     "die Tragwerksplanung",
               department="II – Bauen und Ordnung", references=["0456/2025"],
               consultations=[C("Samtgemeindeausschuss", "2025-04-08", "Vorberatung"),
                              C("Samtgemeinderat", "2025-04-24", "Entscheidung")],
               themes=["sicherheit"], themes_why="fire station planning supplement",
               notes="Beratungsfolge in prose on one line, role in parentheses. Number with /1 suffix."))

doc(file="s12_sg-harsefeld_antrag-ortsrat-ahrenswohlde.pdf", producer="chromium",
    font="C059", size=11, layout="ortsrat_letter", city="Samtgemeinde Harsefeld",
    blocks=[
        ("p", "Ortsrat Ahrenswohlde\nder Gemeinde Ahlerstedt\nOrtsbürgermeisterin Wiebke Tomforde"),
        ("right", "Ahrenswohlde, den 19. Februar 2025"),
        ("p", "Samtgemeinde Harsefeld\nFachbereich II\nHerrenstraße 25\n21698 Harsefeld"),
        ("pb", "Antrag des Ortsrates Ahrenswohlde: Tempo 30 auf der Ortsdurchfahrt (K 53)"),
        ("p", "Der Ortsrat hat in seiner Sitzung am 17.02.2025 einstimmig beschlossen, bei der "
              "Samtgemeinde als Straßenverkehrsbehörde die Anordnung von Tempo 30 auf der Ortsdurchfahrt "
              "zwischen Kindergarten und Dorfgemeinschaftshaus zu beantragen."),
        ("p", "Begründung: Auf dem 600 m langen Abschnitt liegen Kindergarten, Bushaltestelle und "
              "Dorfgemeinschaftshaus. Gehwege fehlen auf einer Seite."),
        ("p", "Mit freundlichen Grüßen\nWiebke Tomforde"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-02-19",
               title="Tempo 30 auf der Ortsdurchfahrt (K 53)", originator="Ortsrat Ahrenswohlde",
               themes=["mobilitaet"], themes_why="speed limit in a village",
               notes="Ortsrat letter to the administration; type, originator and subject in one bold line "
                     "('Antrag des Ortsrates Ahrenswohlde: …') → title after the colon. Ortsrat decision date "
                     "17.02. is not the paper's date. No consultation printed."))

doc(file="s13_sg-harsefeld_einladung-samtgemeinderat.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=10, layout="somacos_einladung", city="Samtgemeinde Harsefeld",
    blocks=[
        ("kv", [("Samtgemeinde Harsefeld\nDer Samtgemeindebürgermeister", "Harsefeld, 11.04.2025")]),
        ("p", "An die Mitglieder des Samtgemeinderates"),
        ("h", "Einladung", 14),
        ("p", "Hiermit lade ich Sie zur 9. Sitzung des Samtgemeinderates Harsefeld am Donnerstag, dem "
              "24. April 2025, um 19:00 Uhr in den Sitzungssaal des Rathauses, Herrenstraße 25, ein."),
        ("pb", "Tagesordnung"),
        ("pb", "Öffentlicher Teil"),
        ("table", None, [["1", "Eröffnung und Feststellung der Beschlussfähigkeit", ""],
                         ["2", "Genehmigung der Niederschrift vom 13.02.2025", ""],
                         ["3", "Neubau Feuerwehrhaus Ahlerstedt – Vergabe der Planungsleistungen",
                          "0456/2025"],
                         ["4", "Einwohnerfragestunde", ""]]),
        ("pb", "Nichtöffentlicher Teil"),
        ("table", None, [["5", "Grundstücksangelegenheiten", "0471/2025"]]),
        ("p", "Mit freundlichen Grüßen\nRainer Schlichtmann"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-04-11",
               title="9. Sitzung des Samtgemeinderates Harsefeld", public=True,
               references=["0456/2025", "0471/2025"],
               themes=["verwaltung"], themes_why="council invitation",
               notes="Session named in the invitation sentence; session date 24.04. ≠ paper date. Public "
                     "and non-public part → public true."))

# ------------------------------------------------ Stadt Weißenfels (ST; regisafe-like print)
doc(file="s14_weissenfels_bv-086-2025_grundschule-langendorf.pdf", producer="reportlab",
    font="DejaVu Sans", size=9, layout="regisafe_print", city="Stadt Weißenfels",
    running="Beschlussvorlage Nr. 086/2025 · Seite {page}",
    blocks=[
        ("kv", [("Stadt Weißenfels", "Beschlussvorlage Nr. 086/2025"),
                ("Amt: Amt für Bildung, Kultur und Sport", "öffentlich"),
                ("Einreicher: Oberbürgermeister", "Weißenfels, 22.01.2025")]),
        ("kv", [("Betreff:", "Sanierung der Grundschule Langendorf – Baubeschluss 2. Bauabschnitt "
                             "(Sporthalle)")]),
        ("table", ["lfd.", "Gremium", "Sitzung am", "Beratungsziel"], [
            ["1", "Ausschuss für Bildung, Kultur, Sport und Soziales", "06.02.2025", "Vorberatung"],
            ["2", "Hauptausschuss", "13.02.2025", "Vorberatung"],
            ["3", "Stadtrat", "27.02.2025", "Beschlussfassung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat der Stadt Weißenfels beschließt den 2. Bauabschnitt der Sanierung der "
              "Grundschule Langendorf (Sporthalle) mit Gesamtkosten von 2,31 Mio. Euro."),
        ("pb", "Begründung:"),
        ("p", "Die Sporthalle aus dem Jahr 1976 weist erhebliche Schäden an Dach und Sanitärbereich auf. "
              "Das Land Sachsen-Anhalt fördert die Maßnahme mit 60 Prozent aus dem Programm STARK III."),
        ("pb", "Klimaschutz:"),
        ("box", ["Auswirkungen auf den Klimaschutz: ☐ keine  ☒ positiv  ☐ negativ",
                 "Erläuterung: Dämmung nach GEG, Photovoltaik auf dem Hallendach"]),
        ("p", "Anlagen: Kostenberechnung, Lageplan"),
    ],
    truth=dict(drucksache="086/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-01-22",
               title="Sanierung der Grundschule Langendorf – Baubeschluss 2. Bauabschnitt (Sporthalle)",
               public=True, department="Amt für Bildung, Kultur und Sport",
               consultations=[C("Ausschuss für Bildung, Kultur, Sport und Soziales", "2025-02-06", "Vorberatung"),
                              C("Hauptausschuss", "2025-02-13", "Vorberatung"),
                              C("Stadtrat", "2025-02-27", "Entscheidung")],
               klimacheck="positive", klima_style="box_unicode",
               themes=["bildung", "klimaschutz"], themes_why="school gym renovation with PV",
               notes="'Beschlussvorlage Nr. 086/2025' in one cell. 'Amt:' prefix inside the cell. "
                     "'Beratungsziel' column, 'Beschlussfassung' → Entscheidung."))

doc(file="s15_weissenfels_iv-012-2025_innenstadt-leerstand.pdf", producer="chromium",
    font="Liberation Serif", size=11, layout="regisafe_informationsvorlage", city="Stadt Weißenfels",
    blocks=[
        ("right", "Stadt Weißenfels\nDer Oberbürgermeister\nFachbereich Stadtentwicklung und Bauwesen\n"
                  "Sachgebiet Wirtschaftsförderung"),
        ("h", "Informationsvorlage Nr. 012/2025", 13),
        ("p", "Weißenfels, den dreizehnten März 2025 – nicht öffentlich: nein"),
        ("pb", "Gegenstand: Leerstandsentwicklung in der Innenstadt 2024 und Ergebnisse des "
               "Verfügungsfonds „Lebendige Altstadt“"),
        ("p", "Vorgesehen zur Kenntnisnahme im Wirtschafts- und Vergabeausschuss am 27.03.2025."),
        ("p", "Der Leerstand von Ladenlokalen in der Altstadt ist von 41 (Stichtag 31.12.2023) auf 36 "
              "gesunken. Aus dem Verfügungsfonds wurden 14 Projekte mit zusammen 52.300 Euro gefördert, "
              "darunter sechs Zwischennutzungen in der Jüdenstraße."),
    ],
    truth=dict(drucksache="012/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-03-13",
               title="Leerstandsentwicklung in der Innenstadt 2024 und Ergebnisse des Verfügungsfonds "
                     "„Lebendige Altstadt“",
               public=True, department="Sachgebiet Wirtschaftsförderung",
               consultations=[C("Wirtschafts- und Vergabeausschuss", "2025-03-27", "Kenntnisnahme")],
               themes=["wirtschaft", "stadtentwicklung"], themes_why="vacant shops in old town",
               notes="Date in words ('dreizehnten März 2025'). 'nicht öffentlich: nein' → public true "
                     "(hard call, double negation). Consultation in prose."))

doc(file="s16_weissenfels_anfrage-stadtrat-einzel-hundesteuer.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=11, layout="einzelmitglied_anfrage_word", city="Stadt Weißenfels",
    blocks=[
        ("p", "Stadtrat Torsten Geißler (fraktionslos)\nNaumburger Straße 14, 06667 Weißenfels"),
        ("right", "eingegangen: 03.03.2025\nWeißenfels, 28.02.2025"),
        ("h", "Anfrage nach § 45 Abs. 6 KVG LSA", 12),
        ("kv", [("Betr.:", "Einnahmen aus der Hundesteuer und Verwendung für Hundewiesen")]),
        ("p", "Ich frage den Oberbürgermeister:\n1. Wie hoch waren die Einnahmen aus der Hundesteuer 2022 "
              "bis 2024?\n2. Welche Flächen stehen als Hundeauslaufflächen zur Verfügung?\n3. Ist die "
              "Einrichtung weiterer Flächen im Stadtteil Weißenfels-West geplant?"),
        ("p", "Um schriftliche Beantwortung wird gebeten.\nTorsten Geißler"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-02-28",
               title="Einnahmen aus der Hundesteuer und Verwendung für Hundewiesen",
               originator="Stadtrat Torsten Geißler (fraktionslos)",
               themes=["finanzen"], themes_why="dog tax revenue",
               notes="Single member's Anfrage; receipt date above the dateline – the dateline is the date. "
                     "'§ 45 Abs. 6 KVG LSA' is not a number. Originator as printed in the letterhead."))

doc(file="s17_weissenfels_niederschrift-ortschaftsrat-burgwerben.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="ortschaftsrat_niederschrift", city="Stadt Weißenfels",
    blocks=[
        ("h", "Stadt Weißenfels – Ortschaftsrat Burgwerben", 12),
        ("h", "Protokoll der öffentlichen Sitzung vom 9. April 2025", 11),
        ("p", "Beginn: 18:30 Uhr · Ende: 20:05 Uhr · Ort: Gemeindesaal Burgwerben"),
        ("p", "Anwesend: Ortsbürgermeister Uwe Kaschner, 6 Ortschaftsräte; Verwaltung: Frau Liebig"),
        ("p", "TOP 1 Begrüßung\nTOP 2 Haushalt 2025 – Ortschaftsbudget\nDer Ortschaftsrat beschließt, "
              "2.500 Euro für die Weinbergsbank am Saaleradweg zu verwenden (5 ja, 1 nein, 0 Enthaltung).\n"
              "TOP 3 Anfragen und Mitteilungen\nHerr Hesse fragt nach dem Termin der Sanierung der "
              "Kirchstraße. Frau Liebig sagt eine schriftliche Antwort zu."),
        ("p", "Uwe Kaschner, Ortsbürgermeister · Anke Liebig, Protokoll"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2025-04-09",
               title="öffentliche Sitzung des Ortschaftsrates Burgwerben", public=True,
               themes=["verwaltung"], themes_why="minutes of a local council",
               notes="Protokoll dated only by its session ('vom 9. April 2025'), no signing date. Title "
                     "built from heading: body named in the line above (hard call)."))
