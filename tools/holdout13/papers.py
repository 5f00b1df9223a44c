"""Papers y01–y35 of tests/fixtures/holdout13: Stadt Olching (BY), Stadt Pattensen (NI), Landkreis
Rostock (MV), Verbandsgemeinde Egelner Mulde (ST), Stadt Schwalmstadt (HE), Landeswohlfahrtsverband
Hessen (HE), Stadt Quickborn (SH), Große Kreisstadt Rheinstetten (BW).

Invented content, names and numbers, in the layouts those councils' information systems and offices
print (SessionNet, ALLRIS, more!rubin, Somacos, in-house Word templates, ReportLab letters).
Block format: tools/holdout6/render.py (kv, h, p, pb, pi, right, table, box, ul, ol, space, pagebreak);
producer "chromium-raw" (tools/holdout9/make.py) takes its own HTML and CSS.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**paper):
    """One paper: render keywords and its labels under "truth" (make.py fills the unlabelled keys)."""
    DOCS.append(paper)


# ------------------------------------------------------------ Stadt Olching (BY; SessionNet print)
doc(file="y01_olching_2025-bv-0214_feuerwehrhaus-esting.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="olching_sessionnet_sitzungsvorlage", city="Stadt Olching",
    css="table.grid th { background: #dfe7ef; }",
    running="Sitzungsvorlage 2025/BV/0214 – Seite 1",
    blocks=[
        ("kv", [("Stadt Olching", "Sitzungsvorlage"),
                ("Amt 3 – Bauverwaltung und Liegenschaften", "2025/BV/0214"),
                ("Sachbearbeitung: Herr Obermaier", "Datum: 10.11.2025")], 0.6),
        ("space",),
        ("table", ["Beratungsfolge", "Termin", "Behandlung"],
         [["Bau- und Planungsausschuss", "25.11.2025", "Vorberatung, öffentlich"],
          ["Haupt- und Finanzausschuss", "02.12.2025", "Vorberatung, nichtöffentlich"],
          ["Stadtrat", "11.12.2025", "Entscheidung, öffentlich"]]),
        ("kv", [("Betreff", "Neubau des Feuerwehrhauses Esting – Genehmigung der Entwurfsplanung und "
                            "Kostenberechnung")], 0.15),
        ("pb", "Sachverhalt"),
        ("p", "Das Feuerwehrhaus der Freiwilligen Feuerwehr Esting stammt aus dem Jahr 1974 und erfüllt die "
              "Anforderungen der DGUV Vorschrift 49 nicht mehr. Die Stellplätze sind für das HLF 20 zu kurz, "
              "getrennte Umkleiden fehlen. Der Stadtrat hat am 15.05.2025 den Neubau auf dem Grundstück Fl.Nr. "
              "812/3 an der Amperstraße beschlossen."),
        ("p", "Das Architekturbüro hat die Entwurfsplanung nach Leistungsphase 3 HOAI vorgelegt. Die "
              "Kostenberechnung nach DIN 276 schließt mit 6,84 Mio. € brutto. Eine Förderung nach den "
              "Feuerwehr-Zuwendungsrichtlinien (FwZR) ist mit rund 1,1 Mio. € zu erwarten."),
        ("pb", "Finanzielle Auswirkungen"),
        ("p", "Haushaltsstelle 1.1300.9400; Ansatz 2026: 2,5 Mio. €, Verpflichtungsermächtigungen 2027 ff."),
        ("pb", "Beschlussvorschlag"),
        ("p", "Der Stadtrat genehmigt die Entwurfsplanung und die Kostenberechnung vom 28.10.2025 für den "
              "Neubau des Feuerwehrhauses Esting. Die Verwaltung wird beauftragt, den Förderantrag zu stellen "
              "und die Ausführungsplanung zu beauftragen."),
        ("p", "Klimaschutz: Der Neubau wird als Effizienzgebäude 40 mit Photovoltaik errichtet; die "
              "Auswirkungen auf das Klima sind positiv."),
        ("p", "Andreas Magg\nErster Bürgermeister"),
    ],
    truth=dict(drucksache="2025/BV/0214", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-11-10",
               title="Neubau des Feuerwehrhauses Esting – Genehmigung der Entwurfsplanung und Kostenberechnung",
               department="Amt 3 – Bauverwaltung und Liegenschaften",
               consultations=[C("Bau- und Planungsausschuss", "2025-11-25", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2025-12-02", "Vorberatung"),
                              C("Stadtrat", "2025-12-11", "Entscheidung")],
               klimacheck="positive", klima_style="sentence_positiv",
               themes=["sicherheit_ordnung", "finanzen"], themes_why="fire station; cost plan and funding",
               notes="Two-column header: authority/unit left, type word over number right, no number label. "
                     "Betreff as a key without colon. Beratungsfolge table with role and ö/nö in one cell; "
                     "the paper prints no own status (mixed) → public null. Klima in a sentence → positive. "
                     "'Fl.Nr. 812/3', 'HLF 20', 'DIN 276', 'Haushaltsstelle 1.1300.9400' are no references."))

doc(file="y02_olching_antrag-gruene_radschnellweg.pdf", producer="libreoffice-docx", font="Liberation Serif",
    size=11, layout="olching_fraktion_antrag_word", city="Stadt Olching",
    head="Stadtratsfraktion Bündnis 90/Die Grünen Olching · Hauptstraße 41 · 82140 Olching",
    blocks=[
        ("p", "An den Ersten Bürgermeister\nder Stadt Olching\nRebhuhnstraße 18\n82140 Olching"),
        ("right", "Olching, den 3. November 2025"),
        ("h", "Antrag zur Sitzung des Stadtrates am 11.12.2025", 12),
        ("pb", "Radschnellverbindung Olching – Gröbenzell: Beitritt zur Machbarkeitsstudie des Landkreises"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "die Stadtratsfraktion Bündnis 90/Die Grünen stellt folgenden Antrag:"),
        ("pi", "Die Stadt Olching beteiligt sich an der Machbarkeitsstudie für eine Radschnellverbindung "
               "zwischen Olching, Gröbenzell und der Landeshauptstadt. Die Verwaltung stellt die erforderlichen "
               "Mittel von 18.000 € in den Haushalt 2026 ein."),
        ("pb", "Begründung"),
        ("p", "Zwischen Olching und Gröbenzell pendeln täglich mehrere tausend Menschen. Der Landkreis hat die "
              "Anliegergemeinden zur Beteiligung eingeladen; die Frist endet am 31. Januar 2026. Ohne Beitritt "
              "wird die Trasse südlich der Amper nicht untersucht."),
        ("p", "Mit freundlichen Grüßen\n\nDr. Verena Haslbeck\nFraktionssprecherin"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-03",
               title="Radschnellverbindung Olching – Gröbenzell: Beitritt zur Machbarkeitsstudie des Landkreises",
               originator="Stadtratsfraktion Bündnis 90/Die Grünen",
               consultations=[C("Stadtrat", "2025-12-11", None)],
               themes=["mobilitaet", "klima_umwelt"], themes_why="cycle highway study",
               notes="Fraktion only in the Word header (with its address) and in the body sentence. No number. "
                     "Heading 'Antrag zur Sitzung des Stadtrates am …' → consultation Stadtrat, no role. "
                     "Title bold unlabelled under the heading. Date in words after 'den'."))

doc(file="y03_olching_anfrage-stadtrat-kellerer_kita.pdf", producer="reportlab", font="DejaVu Sans", size=10,
    layout="olching_anfrage_reportlab", city="Stadt Olching",
    blocks=[
        ("kv", [("Stadtrat Michael Kellerer (ÖDP)\nOlchinger Straße 7, 82140 Olching",
                 "Eingegangen\n06.11.2025\nStadt Olching – Hauptamt")], 0.62),
        ("space",),
        ("h", "Schriftliche Anfrage gemäß § 27 der Geschäftsordnung", 12),
        ("kv", [("Betreff:", "Betreuungsplätze für Kinder unter drei Jahren im Stadtteil Geiselbullach")], 0.15),
        ("p", "Sehr geehrter Herr Erster Bürgermeister,"),
        ("p", "nach dem Bedarfsplan des Landratsamtes fehlen im Stadtteil Geiselbullach Krippenplätze. Ich "
              "bitte um Beantwortung folgender Fragen:"),
        ("ol", ["Wie viele Kinder unter drei Jahren aus Geiselbullach stehen derzeit auf der Warteliste?",
                "Wann wird die geplante Kinderkrippe an der Feursstraße in Betrieb gehen?",
                "Welche Übergangslösungen (Großtagespflege, Container) werden geprüft?"]),
        ("p", "Mit freundlichen Grüßen\n\nMichael Kellerer\nOlching, 05.11.2025"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Schriftliche Anfrage", date="2025-11-05",
               title="Betreuungsplätze für Kinder unter drei Jahren im Stadtteil Geiselbullach",
               originator="Stadtrat Michael Kellerer (ÖDP)",
               themes=["bildung", "soziales"], themes_why="crèche places",
               notes="Einzelmitglied letterhead top left; receipt stamp top right with 06.11.2025; the paper's "
                     "date is the signature date 05.11.2025. '§ 27 der Geschäftsordnung' is no reference. "
                     "No number, no consultation."))

doc(file="y04_olching_antwort-kellerer_kita.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="olching_antwort_letter", city="Stadt Olching",
    blocks=[
        ("kv", [("STADT OLCHING\nAmt 4 – Jugend, Familie und Soziales\nRebhuhnstraße 18 · 82140 Olching",
                 "Auskunft: Frau Zehetmair\nZimmer 2.14\nTelefon 08142 200-4120\nAz.: 460-12/Ze")], 0.6),
        ("space",),
        ("p", "Herrn Stadtrat\nMichael Kellerer\nOlchinger Straße 7\n82140 Olching"),
        ("right", "Olching, 24.11.2025"),
        ("pb", "Ihre schriftliche Anfrage vom 05.11.2025\nBetreuungsplätze für Kinder unter drei Jahren im "
               "Stadtteil Geiselbullach"),
        ("p", "Sehr geehrter Herr Kellerer,"),
        ("p", "zu Ihren Fragen nehme ich wie folgt Stellung:"),
        ("p", "Zu Frage 1: Auf der zentralen Vormerkliste stehen derzeit 23 Kinder aus Geiselbullach, davon 9 "
              "mit Betreuungsbedarf ab Januar 2026."),
        ("p", "Zu Frage 2: Die Kinderkrippe an der Feursstraße soll nach dem aktuellen Bauzeitenplan zum "
              "1. September 2026 mit drei Gruppen in Betrieb gehen."),
        ("p", "Zu Frage 3: Mit einem Träger wird eine Großtagespflege für zehn Kinder vorbereitet; eine "
              "Containerlösung ist wegen der Bauarbeiten nicht möglich."),
        ("p", "Die Antwort wird dem Stadtrat in der Sitzung am 11.12.2025 zur Kenntnis gegeben."),
        ("p", "Mit freundlichen Grüßen\n\nAndreas Magg\nErster Bürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed=None, date="2025-11-24",
               title="Betreuungsplätze für Kinder unter drei Jahren im Stadtteil Geiselbullach",
               department="Amt 4 – Jugend, Familie und Soziales",
               themes=["bildung", "soziales"], themes_why="crèche places",
               notes="Answer letter without a type word and without any number (answers null). Subject block "
                     "'Ihre schriftliche Anfrage vom …' + title (title = second line). 'Az.: 460-12/Ze' and the "
                     "phone are letterhead. The Stadtrat session in the body is a 'zur Kenntnis' sentence, not a "
                     "Beratungsfolge → no consultation labelled."))

doc(file="y05_olching_niederschrift-bpa.pdf", producer="libreoffice-odt", font="Liberation Sans", size=10,
    layout="olching_niederschrift_odt", city="Stadt Olching", pages=2,
    head="Stadt Olching – Niederschrift Bau- und Planungsausschuss",
    blocks=[
        ("h", "Niederschrift über die öffentliche Sitzung des Bau- und Planungsausschusses", 13),
        ("kv", [("Sitzungstag:", "Dienstag, 25.11.2025"), ("Sitzungsort:", "Sitzungssaal, Rathaus Olching"),
                ("Beginn:", "18:30 Uhr"), ("Ende:", "20:05 Uhr")]),
        ("pb", "Anwesend"),
        ("p", "Vorsitzender: Erster Bürgermeister Andreas Magg\nMitglieder: Frau Haslbeck, Herr Kellerer, "
              "Herr Strobl, Frau Wimmer, Herr Ostermeier, Herr Grünwald, Frau Pfister\n"
              "Verwaltung: Herr Obermaier (Amt 3), Frau Schwaiger (Schriftführerin)"),
        ("pb", "Öffentliche Sitzung"),
        ("pb", "1. Genehmigung der Niederschrift vom 21.10.2025"),
        ("p", "Die Niederschrift wird ohne Änderungen genehmigt. Abstimmung: 8 : 0"),
        ("pb", "2. Neubau des Feuerwehrhauses Esting – Entwurfsplanung (Vorlage 2025/BV/0214)"),
        ("p", "Herr Obermaier erläutert die Planung. Auf Frage von Frau Wimmer wird bestätigt, dass die "
              "Übungsfläche versickerungsfähig ausgeführt wird. Die Verwaltung prüft eine Ladesäule für "
              "Einsatzfahrzeuge."),
        ("p", "Beschluss: Der Ausschuss empfiehlt dem Stadtrat, die Entwurfsplanung zu genehmigen. "
              "Abstimmung: 8 : 0"),
        ("pb", "3. Bauanträge"),
        ("p", "3.1 Errichtung eines Carports, Fl.Nr. 1544/12, Gemarkung Esting – Einvernehmen erteilt, 8 : 0\n"
              "3.2 Nutzungsänderung eines Ladens in ein Café, Hauptstraße 60 – Einvernehmen erteilt, 7 : 1"),
        ("pagebreak",),
        ("pb", "4. Bebauungsplan Nr. 88 „Wohnen am Starzelbach“ – Aufstellungsbeschluss (Vorlage 2025/BV/0209)"),
        ("p", "Beschluss: Für das Gebiet nördlich des Starzelbachs wird ein Bebauungsplan aufgestellt. "
              "Abstimmung: 6 : 2"),
        ("pb", "5. Bekanntgaben und Anfragen"),
        ("p", "Die nächste Sitzung des Bau- und Planungsausschusses findet am 20.01.2026 statt. Herr Strobl "
              "fragt nach dem Winterdienst an der Bahnunterführung; die Verwaltung sagt eine Prüfung zu."),
        ("p", "Andreas Magg                               Theresa Schwaiger\nVorsitzender                        "
              "        Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-25",
               title="öffentliche Sitzung des Bau- und Planungsausschusses", public=True,
               references=["2025/BV/0214", "2025/BV/0209"],
               themes=["stadtentwicklung", "sicherheit_ordnung"], themes_why="building permits, B-Plan, fire station",
               notes="No date besides the session day (→ date = session day). Title = session named after "
                     "'Niederschrift über die'. 'Bebauungsplan Nr. 88', 'Fl.Nr. 1544/12' no references; the next "
                     "session (20.01.2026) is a lure, not a consultation."))

# ------------------------------------------------------------- Stadt Pattensen (NI; ALLRIS print)
doc(file="y06_pattensen_bv-2025-0331_grundschule-koldingen.pdf", producer="chromium", font="DejaVu Sans",
    size=9.5, layout="pattensen_allris_beschlussvorlage", city="Stadt Pattensen",
    css="table.grid th { background: #eeeeee; font-weight: bold; } table.grid td { font-size: 9pt; }",
    running="Stadt Pattensen · Drucksache BV/0331/2025 · Ausdruck vom 13.11.2025",
    blocks=[
        ("table", None, [["Stadt Pattensen\nDer Bürgermeister", "Beschlussvorlage\nöffentlich"],
                         ["Fachdienst 40 - Schulen, Kultur und Sport", "Drucksache-Nr.: BV/0331/2025"],
                         ["Verfasser: Frau Brünig", "Datum: 12.11.2025"]]),
        ("kv", [("Bezeichnung:", "Erweiterung der Grundschule Koldingen um einen Ganztagsbereich")], 0.2),
        ("table", ["Beratungsfolge", "Datum", "Zuständigkeit"],
         [["Ortsrat Koldingen", "20.11.2025", "Anhörung"],
          ["Ausschuss für Schule, Kultur und Sport", "26.11.2025", "Vorberatung"],
          ["Verwaltungsausschuss", "09.12.2025", "Vorberatung"],
          ["Rat der Stadt Pattensen", "16.12.2025", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Rat beschließt die Erweiterung der Grundschule Koldingen um einen Ganztagsbereich mit Mensa "
              "und zwei Gruppenräumen nach der Variante B der Machbarkeitsstudie. Die Mittel sind im Haushalt "
              "2026 bereitzustellen."),
        ("pb", "Sachverhalt:"),
        ("p", "Ab dem Schuljahr 2026/27 besteht nach § 24 Abs. 4 SGB VIII stufenweise ein Rechtsanspruch auf "
              "ganztägige Förderung im Grundschulalter. Die Grundschule Koldingen verfügt über keine Mensa; die "
              "Mittagsverpflegung findet im Klassenraum statt. Die Variante B kostet 2,9 Mio. €, davon sind "
              "1,2 Mio. € aus dem Investitionsprogramm Ganztagsausbau förderfähig."),
        ("pb", "Klimaschutz:"),
        ("table", None, [["Auswirkungen auf den Klimaschutz", "☐ ja, positiv   ☒ ja, negativ   ☐ nein"],
                         ["Begründung", "Zusätzliche beheizte Fläche von 640 m²; Ausgleich durch PV-Anlage "
                                        "wird geprüft."]]),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Produkt 21101 Grundschulen; Investitionsnummer I-2026-017"),
        ("p", "Pattensen, 12.11.2025\nIn Vertretung\nKlages"),
    ],
    truth=dict(drucksache="BV/0331/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-12", title="Erweiterung der Grundschule Koldingen um einen Ganztagsbereich",
               public=True, department="Fachdienst 40 - Schulen, Kultur und Sport",
               consultations=[C("Ortsrat Koldingen", "2025-11-20", "Anhörung"),
                              C("Ausschuss für Schule, Kultur und Sport", "2025-11-26", "Vorberatung"),
                              C("Verwaltungsausschuss", "2025-12-09", "Vorberatung"),
                              C("Rat der Stadt Pattensen", "2025-12-16", "Entscheidung")],
               klimacheck="negative", klima_style="table_ja_positiv_ja_negativ_nein",
               themes=["bildung", "finanzen"], themes_why="all-day school extension; cost",
               notes="Headerless header grid with 'Drucksache-Nr.:' in a cell; 'Bezeichnung:' as title label. "
                     "Running footer repeats the number and an 'Ausdruck vom' date (lure). '§ 24 Abs. 4 SGB VIII', "
                     "'Produkt 21101', 'I-2026-017', 'Schuljahr 2026/27' are no references."))

doc(file="y07_pattensen_ortsrat-koldingen_empfehlung.pdf", producer="libreoffice-html", font="Liberation Sans",
    size=10.5, layout="pattensen_ortsrat_empfehlung_html", city="Stadt Pattensen",
    blocks=[
        ("p", "Ortsrat Koldingen\nOrtsbürgermeisterin Heike Lampe"),
        ("right", "Koldingen, 21.11.2025"),
        ("p", "Stadt Pattensen\nFachdienst 40\nGöttinger Straße 22\n30982 Pattensen"),
        ("h", "Empfehlung des Ortsrates Koldingen", 13),
        ("kv", [("zur Drucksache:", "BV/0331/2025"),
                ("Gegenstand:", "Erweiterung der Grundschule Koldingen um einen Ganztagsbereich")], 0.25),
        ("p", "Der Ortsrat Koldingen hat die Vorlage in seiner öffentlichen Sitzung am 20.11.2025 beraten und "
              "gibt einstimmig folgende Empfehlung ab:"),
        ("ol", ["Der Ortsrat unterstützt die Variante B der Machbarkeitsstudie.",
                "Die Mensa soll außerhalb der Schulzeit für Vereine und die Dorfgemeinschaft nutzbar sein.",
                "Die Zufahrt für den Bringverkehr ist über den Kirchweg zu führen, nicht über die Schulstraße."]),
        ("p", "Abstimmungsergebnis: 7 Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen"),
        ("p", "Heike Lampe\nOrtsbürgermeisterin"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2025-11-21",
               title="Erweiterung der Grundschule Koldingen um einen Ganztagsbereich", public=None,
               originator="Ortsrat Koldingen", answers="BV/0331/2025",
               themes=["bildung"], themes_why="all-day school extension",
               notes="Empfehlung of an Ortsrat → Stellungnahme; 'zur Drucksache: BV/0331/2025' → answers, no own "
                     "number. Its own session (20.11.2025, öffentlich) is the Ortsrat's, not a Beratungsfolge; the "
                     "paper itself prints no status → public null."))

doc(file="y08_pattensen_iv-2025-0338_stadtbus.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10, layout="pattensen_informationsvorlage_word", city="Stadt Pattensen",
    head="Stadt Pattensen                                                   Informationsvorlage IV/0338/2025",
    blocks=[
        ("kv", [("Fachdienst:", "Fachdienst 61 - Stadtplanung und Mobilität"),
                ("Datum:", "18.11.2025"), ("Status:", "öffentlich")], 0.22),
        ("h", "Informationsvorlage", 13),
        ("pb", "Fahrgastzahlen des Stadtbusses Pattensen nach dem Fahrplanwechsel 2025"),
        ("p", "Beratungsfolge:"),
        ("p", "Ausschuss für Stadtentwicklung, Umwelt und Verkehr 04.12.2025 zur Kenntnisnahme"),
        ("pb", "Inhalt der Mitteilung:"),
        ("p", "Seit dem Fahrplanwechsel im Juni 2025 verkehrt die Linie 391 im 30-Minuten-Takt zwischen "
              "Pattensen, Koldingen und dem Bahnhof Rethen. Die Fahrgastzählung im Oktober ergab werktags "
              "durchschnittlich 1.140 Fahrgäste, ein Plus von 28 % gegenüber dem Vorjahr."),
        ("p", "Die Region Hannover als Aufgabenträgerin hat zugesagt, den Takt bis Ende 2027 zu finanzieren. "
              "Der städtische Zuschuss für das Anruf-Sammel-Taxi bleibt unverändert."),
        ("p", "Anlage: Zählergebnisse Oktober 2025"),
    ],
    truth=dict(drucksache="IV/0338/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-11-18", title="Fahrgastzahlen des Stadtbusses Pattensen nach dem Fahrplanwechsel 2025",
               public=True, department="Fachdienst 61 - Stadtplanung und Mobilität",
               consultations=[C("Ausschuss für Stadtentwicklung, Umwelt und Verkehr", "2025-12-04",
                                "Kenntnisnahme")],
               themes=["mobilitaet"], themes_why="bus ridership",
               notes="Number only in the Word header, right of the authority. 'Fachdienst:' key. Beratungsfolge "
                     "as one free line 'Gremium date zur Kenntnisnahme' under a plain label. 'Linie 391' no "
                     "reference."))

doc(file="y09_pattensen_antrag-gruppe-spd-gruene_photovoltaik.pdf", producer="reportlab",
    font="Liberation Serif", size=11, layout="pattensen_gruppe_antrag_reportlab", city="Stadt Pattensen",
    blocks=[
        ("kv", [("Gruppe SPD/Bündnis 90/Die Grünen\nim Rat der Stadt Pattensen",
                 "Pattensen, 14. November 2025")], 0.6),
        ("space",),
        ("p", "Herrn Bürgermeister\nAxel Klages\n– im Hause –"),
        ("h", "Antrag", 14),
        ("p", "für die Sitzungen des Ausschusses für Stadtentwicklung, Umwelt und Verkehr am 04.12.2025 und des "
              "Rates am 16.12.2025"),
        ("kv", [("Betr.:", "Photovoltaik auf allen geeigneten städtischen Dächern bis 2028")], 0.12),
        ("p", "Der Rat möge beschließen:"),
        ("p", "Die Verwaltung legt bis zum 30.06.2026 ein Dachflächenkataster der städtischen Gebäude vor und "
              "stattet alle geeigneten Dächer bis Ende 2028 mit Photovoltaik aus. Die Finanzierung erfolgt über "
              "ein Contracting-Modell mit den Stadtwerken oder über eigene Investitionsmittel."),
        ("pb", "Begründung:"),
        ("p", "Von 31 städtischen Gebäuden haben bisher nur drei eine PV-Anlage. Das Klimaschutzkonzept von 2022 "
              "sieht vor, den Strombedarf der Verwaltung bis 2030 bilanziell aus eigener Erzeugung zu decken."),
        ("p", "Für die Gruppe\n\nJens Wöltje                    Sandra Ahrberg"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-14",
               title="Photovoltaik auf allen geeigneten städtischen Dächern bis 2028",
               originator="Gruppe SPD/Bündnis 90/Die Grünen",
               consultations=[C("Ausschuss für Stadtentwicklung, Umwelt und Verkehr", "2025-12-04", None),
                              C("Rat", "2025-12-16", None)],
               themes=["klima_umwelt", "finanzen"], themes_why="PV on municipal roofs; financing",
               notes="Niedersachsen Gruppe of two parties, letterhead top left over two lines (originator = "
                     "first line). Session sentence naming two bodies with dates in the genitive, no role. "
                     "'Betr.:' title. No number."))

doc(file="y10_pattensen_einladung-rat.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="pattensen_einladung_allris", city="Stadt Pattensen",
    blocks=[
        ("kv", [("Stadt Pattensen\nDer Bürgermeister", "Pattensen, 05.12.2025")], 0.6),
        ("p", "An die Mitglieder des Rates der Stadt Pattensen"),
        ("h", "Einladung", 14),
        ("p", "zur 12. Sitzung des Rates der Stadt Pattensen am Dienstag, 16.12.2025, 19:00 Uhr, im Ratssaal, "
              "Göttinger Straße 22."),
        ("pb", "Tagesordnung"),
        ("table", ["TOP", "Betreff", "Drucksache"],
         [["", "Öffentlicher Teil", ""],
          ["1", "Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung", ""],
          ["2", "Einwohnerfragestunde", ""],
          ["3", "Erweiterung der Grundschule Koldingen um einen Ganztagsbereich", "BV/0331/2025"],
          ["4", "Photovoltaik auf allen geeigneten städtischen Dächern bis 2028 – Antrag der Gruppe SPD/Bündnis "
                "90/Die Grünen", "AN/0019/2025"],
          ["5", "Haushaltssatzung 2026 mit Haushaltsplan", "BV/0325/2025"],
          ["6", "Mitteilungen des Bürgermeisters", ""],
          ["", "Nichtöffentlicher Teil", ""],
          ["7", "Grundstücksangelegenheiten", "BV/0340/2025"]]),
        ("p", "Mit freundlichen Grüßen\n\nAxel Klages\nBürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-12-05",
               title="12. Sitzung des Rates der Stadt Pattensen", public=True,
               references=["BV/0331/2025", "AN/0019/2025", "BV/0325/2025", "BV/0340/2025"],
               themes=["bildung", "finanzen"], themes_why="agenda: school, budget, PV",
               notes="Einladung with a Drucksache column in the agenda (references). Public part and "
                     "nichtöffentlicher Teil → public true (public part)."))

# ----------------------------------------------------------- Landkreis Rostock (MV; ALLRIS print)
doc(file="y11_lk-rostock_vo-kt-2025-0471_rettungswache-laage.pdf", producer="chromium-raw",
    font="Liberation Sans", size=9.5, layout="lkrostock_allris_sidecolumn", city="Landkreis Rostock",
    css=("div.side { position: absolute; right: 0; top: 0; width: 5.8cm; font-size: 8pt; border-left: "
         "0.6pt solid #555; padding-left: 6pt; } div.main { width: 10.2cm; } table.b { border-collapse: collapse; "
         "width: 100%; } table.b td, table.b th { border: 0.5pt solid #000; padding: 2pt 4pt; font-size: 8.5pt; "
         "text-align: left; } h1 { font-size: 14pt; margin: 4pt 0; }"),
    html=("<div class='side'><b>Landkreis Rostock</b><br>Die Landrätin<br><br>Vorlage-Nr.:<br>"
          "<b>VO-KT/2025/0471</b><br><br>Status: öffentlich<br>Datum: 17.11.2025<br><br>Federführend:<br>"
          "Amt für Rettungsdienst und Brandschutz<br><br>Beteiligt:<br>Kämmerei<br>"
          "Amt für Kreisentwicklung<br><br>Bearbeiter/-in:<br>Matthias Kortüm</div>"
          "<div class='main'><h1>Beschlussvorlage</h1>"
          "<p><b>Neubau der Rettungswache Laage<br>hier: Vergabe der Generalplanung</b></p>"
          "<table class='b'><tr><th>Beratungsfolge</th><th>Geplante Sitzungstermine</th><th>Ö / N</th></tr>"
          "<tr><td>Ausschuss für Ordnung, Sicherheit und Brandschutz (Vorberatung)</td><td>01.12.2025</td>"
          "<td>Ö</td></tr><tr><td>Kreisausschuss (Vorberatung)</td><td>08.12.2025</td><td>N</td></tr>"
          "<tr><td>Kreistag (Entscheidung)</td><td>17.12.2025</td><td>Ö</td></tr></table>"
          "<p><b>Beschlussvorschlag:</b><br>Der Kreistag beschließt, die Generalplanung für den Neubau der "
          "Rettungswache Laage an das Büro mit dem wirtschaftlichsten Angebot nach dem Verhandlungsverfahren zu "
          "vergeben. Die Landrätin wird ermächtigt, den Zuschlag zu erteilen.</p>"
          "<p><b>Sachverhalt:</b><br>Die Rettungswache Laage ist in einem angemieteten Gebäude untergebracht, "
          "dessen Mietvertrag am 31.12.2027 endet. Die Hilfsfrist nach § 8 RDG M-V wird im Bereich Laage und "
          "Kritzkow in 94 % der Einsätze eingehalten. Ein Neubau mit drei Fahrzeughallen auf dem Grundstück "
          "an der B 103 ist im Rettungsdienstbedarfsplan 2024 vorgesehen.</p>"
          "<p><b>Finanzielle Auswirkungen:</b><br>Planungskosten 410.000 €, Produkt 12701, Teilhaushalt 03. "
          "Die Kosten werden über die Benutzungsentgelte refinanziert.</p>"
          "<table class='b'><tr><th colspan='2'>Klimacheck</th></tr><tr><td>Auswirkung auf den "
          "Klimaschutz</td><td>☐ positiv&nbsp;&nbsp; ☐ negativ&nbsp;&nbsp; ☒ keine</td></tr></table>"
          "<p>Anlagen: Standortuntersuchung, Raumprogramm</p></div>"),
    truth=dict(drucksache="VO-KT/2025/0471", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-17", title="Neubau der Rettungswache Laage hier: Vergabe der Generalplanung",
               public=True, department="Amt für Rettungsdienst und Brandschutz",
               consultations=[C("Ausschuss für Ordnung, Sicherheit und Brandschutz", "2025-12-01", "Vorberatung"),
                              C("Kreisausschuss", "2025-12-08", "Vorberatung"),
                              C("Kreistag", "2025-12-17", "Entscheidung")],
               klimacheck="neutral", klima_style="table_positiv_negativ_keine",
               themes=["sicherheit_ordnung", "finanzen"], themes_why="ambulance station; planning cost",
               notes="Side column right (absolute) with number, status, date, Federführend; role words in "
                     "brackets after the committee name in the Beratungsfolge cell. 'Beteiligt:' units are not "
                     "the department. '§ 8 RDG M-V', 'B 103', 'Produkt 12701' no references."))

doc(file="y12_lk-rostock_anfrage-fraktion-linke_schuelerbefoerderung.pdf", producer="libreoffice-docx",
    font="DejaVu Sans", size=10, layout="lkrostock_anfrage_word", city="Landkreis Rostock",
    head="Fraktion DIE LINKE im Kreistag Landkreis Rostock",
    blocks=[
        ("kv", [("Anfrage-Nr.:", "AF-KT/2025/0093"), ("Einreicher:", "Fraktion DIE LINKE"),
                ("Datum:", "19.11.2025")], 0.25),
        ("h", "Anfrage", 13),
        ("kv", [("Gegenstand:", "Wartezeiten in der Schülerbeförderung nach dem Fahrplanwechsel")], 0.25),
        ("p", "Zur Beantwortung in der Sitzung des Kreistages am 17.12.2025."),
        ("p", "Seit dem Fahrplanwechsel im August 2025 berichten Eltern aus den Ämtern Krakow am See und "
              "Laage von Wartezeiten bis zu 50 Minuten vor Unterrichtsbeginn. Wir fragen die Landrätin:"),
        ("ol", ["An wie vielen Schulstandorten im Landkreis beträgt die Wartezeit vor Unterrichtsbeginn mehr "
                "als 30 Minuten?",
                "Welche Abstimmungen mit den Schulträgern über die Unterrichtszeiten haben stattgefunden?",
                "Welche Mehrkosten entstünden durch zusätzliche Verstärkerfahrten?"]),
        ("p", "Ronny Pagel\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache="AF-KT/2025/0093", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-19",
               title="Wartezeiten in der Schülerbeförderung nach dem Fahrplanwechsel",
               originator="Fraktion DIE LINKE",
               consultations=[C("Kreistag", "2025-12-17", None)],
               themes=["mobilitaet", "bildung"], themes_why="school transport",
               notes="'Anfrage-Nr.:' before the type heading; 'Einreicher:' Fraktion (header longer). "
                     "'Zur Beantwortung in der Sitzung des Kreistages am …' → consultation Kreistag, no role."))

doc(file="y13_lk-rostock_antwort-af-kt-2025-0093.pdf", producer="ghostscript", base="libreoffice-html",
    font="Liberation Sans", size=10, layout="lkrostock_antwort_html_gs", city="Landkreis Rostock",
    blocks=[
        ("p", "Landkreis Rostock\nDie Landrätin"),
        ("right", "Vorlage-Nr.: AF-KT/2025/0093-01\nDatum: 08.12.2025"),
        ("h", "Beantwortung einer Anfrage", 13),
        ("kv", [("Bezug:", "Anfrage AF-KT/2025/0093 der Fraktion DIE LINKE vom 19.11.2025"),
                ("Betreff:", "Wartezeiten in der Schülerbeförderung nach dem Fahrplanwechsel"),
                ("Federführung:", "Amt für Schule und Sport")], 0.22),
        ("p", "Kreistag 17.12.2025 öffentlich Kenntnisnahme"),
        ("p", "Zu 1.: An 11 von 64 Schulstandorten beträgt die Wartezeit vor Unterrichtsbeginn an mindestens "
              "einem Wochentag mehr als 30 Minuten, überwiegend im Bereich der Regionalschule Laage."),
        ("p", "Zu 2.: Mit den Schulträgern Laage und Krakow am See wurden im Oktober Gespräche geführt. Die "
              "Regionalschule Laage verschiebt den Unterrichtsbeginn ab dem 2. Februar 2026 auf 7:45 Uhr."),
        ("p", "Zu 3.: Zwei Verstärkerfahrten würden jährlich rund 96.000 € kosten. Die Rostocker "
              "Nahverkehrsgesellschaft prüft eine Umstellung im Rahmen der vorhandenen Umläufe."),
        ("p", "Romy Sielaff\nLandrätin"),
    ],
    truth=dict(drucksache="AF-KT/2025/0093-01", doc_type="Antwort", doc_type_printed="Beantwortung einer Anfrage",
               date="2025-12-08", title="Wartezeiten in der Schülerbeförderung nach dem Fahrplanwechsel",
               public=True, department="Amt für Schule und Sport", answers="AF-KT/2025/0093",
               consultations=[C("Kreistag", "2025-12-17", "Kenntnisnahme")],
               themes=["mobilitaet", "bildung"], themes_why="school transport",
               notes="Own number with suffix '-01'; 'Bezug:' names the Anfrage → answers. Label-less session line "
                     "'Kreistag date öffentlich Kenntnisnahme' → public true. LibreOffice re-distilled by "
                     "Ghostscript."))

doc(file="y14_lk-rostock_tischvorlage-vo-kt-2025-0471-1.pdf", producer="reportlab", font="Liberation Sans",
    size=10, layout="lkrostock_tischvorlage_reportlab", city="Landkreis Rostock",
    blocks=[
        ("kv", [("Landkreis Rostock", "Tischvorlage\nVO-KT/2025/0471-1")], 0.62),
        ("kv", [("Ergänzung zu:", "VO-KT/2025/0471"),
                ("Federführend:", "Amt für Rettungsdienst und Brandschutz"),
                ("Datum:", "16.12.2025"), ("Status:", "öffentlich")], 0.25),
        ("table", ["Gremium", "Sitzung", "Art"], [["Kreistag", "17.12.2025", "Entscheidung"]]),
        ("pb", "Neubau der Rettungswache Laage – Ergänzung zur Kostenschätzung"),
        ("p", "Nach Versand der Vorlage hat das Landesamt für Innere Verwaltung mitgeteilt, dass die "
              "Planungskosten zu 60 % aus dem Sonderprogramm Rettungsdienst gefördert werden können. Die "
              "Kreisausschussempfehlung vom 08.12.2025 wird dadurch nicht berührt."),
        ("p", "Der Beschlussvorschlag wird um folgenden Satz ergänzt: „Die Landrätin wird beauftragt, den "
              "Förderantrag bis zum 31.01.2026 zu stellen.“"),
        ("p", "Im Auftrag\nKortüm"),
    ],
    truth=dict(drucksache="VO-KT/2025/0471-1", doc_type="Ergänzungsvorlage", doc_type_printed="Tischvorlage",
               date="2025-12-16", title="Neubau der Rettungswache Laage – Ergänzung zur Kostenschätzung",
               public=True, department="Amt für Rettungsdienst und Brandschutz",
               references=["VO-KT/2025/0471"],
               consultations=[C("Kreistag", "2025-12-17", "Entscheidung")],
               themes=["sicherheit_ordnung", "finanzen"], themes_why="ambulance station funding",
               notes="Tischvorlage with its own number '-1' over the type word; 'Ergänzung zu:' → references "
                     "(not answers). Kreisausschuss date in the body is no consultation."))

# ------------------------------------------- Verbandsgemeinde Egelner Mulde (ST; Word templates)
doc(file="y15_egelner-mulde_bv-vgr-041-2025_kitagebuehren.pdf", producer="libreoffice-odt",
    font="Liberation Serif", size=11, layout="egelnermulde_word_beschlussvorlage_odt",
    city="Verbandsgemeinde Egelner Mulde",
    head="Verbandsgemeinde Egelner Mulde · Der Verbandsgemeindebürgermeister",
    running="Beschlussvorlage VGR-041/2025",
    blocks=[
        ("kv", [("Beschlussvorlage", "Nr.: VGR-041/2025"),
                ("Einreicher:", "Verbandsgemeindebürgermeister"),
                ("Fachbereich:", "Fachbereich II Bürgerdienste, Schulen und Kindertagesstätten"),
                ("Egeln, den", "29.10.2025")], 0.3),
        ("p", "Beratungsfolge:"),
        ("table", None, [["Sozial- und Bildungsausschuss", "12.11.2025", "nichtöffentlich", "Vorberatung"],
                         ["Haupt- und Finanzausschuss", "19.11.2025", "nichtöffentlich", "Vorberatung"],
                         ["Verbandsgemeinderat", "03.12.2025", "öffentlich", "Beschluss"]]),
        ("kv", [("Betreff:", "2. Satzung zur Änderung der Kostenbeitragssatzung für die Kindertageseinrichtungen "
                             "der Verbandsgemeinde Egelner Mulde")], 0.15),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Verbandsgemeinderat beschließt die 2. Satzung zur Änderung der Kostenbeitragssatzung in der "
              "als Anlage 1 beigefügten Fassung mit Wirkung zum 01.02.2026."),
        ("pb", "Begründung:"),
        ("p", "Nach § 13 KiFöG LSA sind die Kostenbeiträge der Eltern regelmäßig an die Entwicklung der Kosten "
              "anzupassen. Die Platzkosten sind durch den Tarifabschluss im öffentlichen Dienst um 7,8 % "
              "gestiegen. Die Träger der Einrichtungen in Egeln, Borne, Bördeaue und Wolmirsleben wurden "
              "angehört. Der Krippenbeitrag steigt um 12 € auf 198 € monatlich, der Kindergartenbeitrag um 9 € auf "
              "152 € monatlich."),
        ("p", "Die Gemeinden sind über den Kostenausgleich nach § 12c KiFöG LSA beteiligt; die Mitgliedsgemeinden "
              "wurden mit Schreiben vom 02.10.2025 informiert."),
        ("p", "Anlagen: 1 Satzungsentwurf, 2 Kalkulation"),
    ],
    truth=dict(drucksache="VGR-041/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-29",
               title="2. Satzung zur Änderung der Kostenbeitragssatzung für die Kindertageseinrichtungen der "
                     "Verbandsgemeinde Egelner Mulde",
               department="Fachbereich II Bürgerdienste, Schulen und Kindertagesstätten",
               consultations=[C("Sozial- und Bildungsausschuss", "2025-11-12", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2025-11-19", "Vorberatung"),
                              C("Verbandsgemeinderat", "2025-12-03", "Entscheidung")],
               themes=["soziales", "finanzen"], themes_why="daycare fees",
               notes="Type word and 'Nr.:' in one key/value row; 'Egeln, den' as a key with the date as value. "
                     "Beratungsfolge table without header row (mixed ö/nö → public null). 'Einreicher: "
                     "Verbandsgemeindebürgermeister' → originator null. 'Beschluss' → Entscheidung. "
                     "'§ 13 KiFöG LSA' no reference."))

doc(file="y16_egelner-mulde_mv-vgr-044-2025_breitband.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="egelnermulde_word_mitteilung",
    city="Verbandsgemeinde Egelner Mulde",
    head="Verbandsgemeinde Egelner Mulde",
    blocks=[
        ("h", "Mitteilungsvorlage", 13),
        ("kv", [("Vorlagen-Nr.:", "MV-044/2025"), ("erstellt am:", "07.11.2025"),
                ("Bearbeitung:", "Fachbereich I Zentrale Dienste und Finanzen, Frau Kaßner")], 0.22),
        ("kv", [("Thema:", "Stand des geförderten Glasfaserausbaus in den Mitgliedsgemeinden")], 0.22),
        ("p", "Zur Kenntnisnahme an: Verbandsgemeinderat am 03.12.2025 (öffentliche Sitzung)"),
        ("pb", "Information:"),
        ("p", "Der geförderte Ausbau im Rahmen des Graue-Flecken-Programms ist in Wolmirsleben und Borne "
              "abgeschlossen; 1.214 Haushalte können Anschlüsse mit bis zu 1 Gbit/s buchen. In Bördeaue "
              "(Ortsteile Unseburg und Tarthun) verzögern sich die Tiefbauarbeiten wegen der Querung der L 72 "
              "bis voraussichtlich März 2026."),
        ("p", "Für Egeln ist der Vertrag mit dem Netzbetreiber unterzeichnet. Baubeginn ist für das zweite "
              "Quartal 2026 vorgesehen. Der Eigenanteil der Verbandsgemeinde von 10 % ist im Haushalt 2026 "
              "eingeplant."),
        ("p", "Kathrin Meseberg\nVerbandsgemeindebürgermeisterin"),
    ],
    truth=dict(drucksache="MV-044/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2025-11-07", title="Stand des geförderten Glasfaserausbaus in den Mitgliedsgemeinden",
               public=True, department="Fachbereich I Zentrale Dienste und Finanzen",
               consultations=[C("Verbandsgemeinderat", "2025-12-03", "Kenntnisnahme")],
               themes=["digitale_infrastruktur"], themes_why="fibre roll-out",
               notes="'Bearbeitung:' unit followed by the person (department = the unit). 'Zur Kenntnisnahme an: "
                     "Gremium am date (öffentliche Sitzung)' → Kenntnisnahme, public true. 'L 72' no reference."))

doc(file="y17_egelner-mulde_schreiben-strassenausbau.pdf", producer="chromium", font="DejaVu Serif", size=10,
    layout="egelnermulde_schreiben_letter", city="Verbandsgemeinde Egelner Mulde",
    blocks=[
        ("kv", [("Verbandsgemeinde Egelner Mulde · Markt 18 · 39435 Egeln",
                 "Verbandsgemeinde Egelner Mulde\nFachbereich III Bauen und Ordnung\nSachgebiet Tiefbau")], 0.55),
        ("p", "Gemeinde Borne\nHerrn Bürgermeister\nDieter Rosenthal\nAm Anger 3\n39435 Borne"),
        ("kv", [("Ihre Nachricht vom 14.10.2025", "Unser Zeichen: FB III/66-Ro\nEgeln, 11.11.2025")], 0.55),
        ("pb", "Grundhafte Erneuerung der Hauptstraße in Borne – Zeitplan und Kostenbeteiligung der Gemeinde"),
        ("p", "Sehr geehrter Herr Rosenthal,"),
        ("p", "vielen Dank für Ihr Schreiben. Der Landkreis Salzlandkreis als Baulastträger der Kreisstraße "
              "hat die Ausschreibung der Fahrbahnerneuerung für das Frühjahr 2026 angekündigt. Die "
              "Verbandsgemeinde wird für die Gemeinde Borne die Gehwege und die Straßenbeleuchtung im selben Zuge "
              "erneuern lassen."),
        ("p", "Nach der Kostenschätzung entfallen auf die Gemeinde Borne rund 186.000 €. Wir bitten, die Mittel "
              "im Haushalt 2026 der Gemeinde vorzusehen und den Gemeinderat in seiner Sitzung im Januar zu "
              "befassen."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nRoloff"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2025-11-11",
               title="Grundhafte Erneuerung der Hauptstraße in Borne – Zeitplan und Kostenbeteiligung der Gemeinde",
               department="Sachgebiet Tiefbau",
               themes=["mobilitaet", "finanzen"], themes_why="road renewal; municipal share",
               notes="Letter of the administration to a member Gemeinde: return-address line, letterhead column "
                     "right (Fachbereich over Sachgebiet; department = the most specific unit). 'Unser Zeichen: "
                     "FB III/66-Ro' is no number. No type word, no number."))

doc(file="y18_egelner-mulde_niederschrift-vgr.pdf", producer="reportlab", font="DejaVu Sans", size=9.5,
    layout="egelnermulde_niederschrift_reportlab", city="Verbandsgemeinde Egelner Mulde", pages=2,
    running="Niederschrift Verbandsgemeinderat 03.12.2025 – Seite {page}",
    blocks=[
        ("h", "Verbandsgemeinde Egelner Mulde", 11),
        ("h", "Protokoll", 14),
        ("p", "der 14. Sitzung des Verbandsgemeinderates Egelner Mulde am Mittwoch, dem 03.12.2025, im "
              "Bürgerhaus Egeln, Breiter Weg 9"),
        ("kv", [("Beginn:", "18:00 Uhr"), ("Ende:", "20:12 Uhr"), ("Sitzungsleitung:", "Herr Lüdecke, "
                 "Vorsitzender des Verbandsgemeinderates"), ("Protokoll:", "Frau Kaßner")], 0.22),
        ("pb", "Öffentlicher Teil"),
        ("pb", "TOP 1 Eröffnung und Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit"),
        ("p", "Von 20 Mitgliedern sind 17 anwesend. Die Beschlussfähigkeit ist gegeben."),
        ("pb", "TOP 2 Einwohnerfragestunde"),
        ("p", "Eine Einwohnerin aus Unseburg fragt nach dem Glasfaserausbau. Auf die Mitteilungsvorlage "
              "MV-044/2025 wird verwiesen."),
        ("pb", "TOP 3 2. Satzung zur Änderung der Kostenbeitragssatzung (Vorlage VGR-041/2025)"),
        ("p", "Frau Meseberg erläutert die Kalkulation. Herr Wendt (CDU) beantragt, die Erhöhung auf zwei "
              "Schritte zu verteilen. Der Änderungsantrag wird mit 6 : 10 : 1 abgelehnt."),
        ("p", "Beschluss-Nr. 112/2025: Die Satzung wird in der Fassung der Vorlage beschlossen. "
              "Abstimmung: 11 Ja, 5 Nein, 1 Enthaltung"),
        ("pb", "TOP 4 Haushaltssatzung 2026 (Vorlage VGR-038/2025)"),
        ("p", "Beschluss-Nr. 113/2025: Die Haushaltssatzung 2026 wird beschlossen. Abstimmung: 14 Ja, 3 Nein"),
        ("pagebreak",),
        ("pb", "TOP 5 Mitteilungen"),
        ("p", "Die Verbandsgemeindebürgermeisterin teilt mit, dass der Haupt- und Finanzausschuss am 21.01.2026 "
              "über den Stellenplan berät."),
        ("pb", "Nichtöffentlicher Teil"),
        ("p", "TOP 6 Personalangelegenheiten – Die Beratung erfolgte nichtöffentlich."),
        ("p", "Egeln, 09.12.2025\n\nLüdecke                                   Kaßner\nVorsitzender        "
              "                         Protokollführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2025-12-09",
               title="14. Sitzung des Verbandsgemeinderates Egelner Mulde", public=True,
               references=["MV-044/2025", "VGR-041/2025", "VGR-038/2025"],
               themes=["finanzen", "soziales"], themes_why="budget, daycare fees",
               notes="'Protokoll' heading; dated by the closing place-date (session 03.12.2025). 'Beschluss-Nr. "
                     "112/2025' are resolution numbers, not references. The HFA date is a lure."))

# ----------------------------------------------------- Stadt Schwalmstadt (HE; Somacos / Word)
doc(file="y19_schwalmstadt_ds-xii-187_kanalsanierung-ziegenhain.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="schwalmstadt_magistratsvorlage_html", city="Stadt Schwalmstadt",
    blocks=[
        ("p", "Magistrat der Stadt Schwalmstadt\nFachbereich 3 – Tiefbau und Abwasser"),
        ("right", "Drucksache XII/187\nSchwalmstadt, 13.11.2025"),
        ("h", "Magistratsvorlage", 13),
        ("pb", "Sanierung des Mischwasserkanals in der Wiederholdstraße, Ziegenhain – Bereitstellung "
               "überplanmäßiger Mittel"),
        ("table", ["Gremium", "Sitzungsdatum", "Beratung"],
         [["Magistrat", "17.11.2025", "Beschluss"],
          ["Ortsbeirat Ziegenhain", "24.11.2025", "Anhörung"],
          ["Haupt-, Finanz- und Wirtschaftsausschuss", "01.12.2025", "Beratung"],
          ["Stadtverordnetenversammlung", "11.12.2025", "Beschluss"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Stadtverordnetenversammlung stimmt der überplanmäßigen Ausgabe von 385.000 € für die "
              "Sanierung des Mischwasserkanals in der Wiederholdstraße zu. Die Deckung erfolgt aus Minderausgaben "
              "bei der Maßnahme Regenrückhaltebecken Trutzhain."),
        ("pb", "Begründung:"),
        ("p", "Bei der Kamerabefahrung im Rahmen der Eigenkontrollverordnung (EKVO) wurden auf 240 m Länge "
              "Schäden der Klasse 0 festgestellt. Die Standsicherheit ist nicht mehr gegeben. Eine Sanierung im "
              "Inliner-Verfahren ist technisch möglich und vermeidet eine offene Bauweise in der Altstadt."),
        ("p", "Die Maßnahme ist nach § 100 HGO unabweisbar."),
        ("p", "Der Magistrat\n\nKlemens Olbrich\nBürgermeister"),
    ],
    truth=dict(drucksache="XII/187", doc_type="Beschlussvorlage", doc_type_printed="Magistratsvorlage",
               date="2025-11-13",
               title="Sanierung des Mischwasserkanals in der Wiederholdstraße, Ziegenhain – Bereitstellung "
                     "überplanmäßiger Mittel",
               department="Fachbereich 3 – Tiefbau und Abwasser",
               consultations=[C("Magistrat", "2025-11-17", "Entscheidung"),
                              C("Ortsbeirat Ziegenhain", "2025-11-24", "Anhörung"),
                              C("Haupt-, Finanz- und Wirtschaftsausschuss", "2025-12-01", "Vorberatung"),
                              C("Stadtverordnetenversammlung", "2025-12-11", "Entscheidung")],
               themes=["klima_umwelt", "finanzen"], themes_why="sewer renovation; unplanned expenditure",
               notes="Hessian Magistratsvorlage: number 'Drucksache XII/187' (Wahlperiode roman) right of the "
                     "Magistrat, unit left, place-date right. 'Beratung' role → Vorberatung; 'Beschluss' → "
                     "Entscheidung (Magistrat too). No public marker → null. '§ 100 HGO', 'EKVO' no references."))

doc(file="y20_schwalmstadt_antrag-fwg_bahnhof-treysa.pdf", producer="chromium", font="Liberation Serif",
    size=11, layout="schwalmstadt_fraktion_antrag_html", city="Stadt Schwalmstadt",
    blocks=[
        ("h", "FWG-Fraktion in der Stadtverordnetenversammlung Schwalmstadt", 11),
        ("p", "An den Vorsitzenden der Stadtverordnetenversammlung\nHerrn Heiko Pfalzgraf\nRathaus, "
              "Marktplatz 1\n34613 Schwalmstadt"),
        ("right", "Schwalmstadt, 10. November 2025"),
        ("kv", [("Antrag", "Barrierefreier Zugang zum Bahnhof Treysa – Aufzug zu Gleis 2/3"),
                ("Sitzung", "Stadtverordnetenversammlung am 11. Dezember 2025")], 0.15),
        ("p", "Die Stadtverordnetenversammlung möge beschließen:"),
        ("p", "Der Magistrat wird beauftragt, mit der DB InfraGO AG und dem Nordhessischen Verkehrsverbund "
              "Gespräche über den Einbau eines Aufzugs zum Mittelbahnsteig (Gleis 2/3) aufzunehmen und über "
              "das Ergebnis bis zur Sitzung im März 2026 zu berichten."),
        ("pb", "Begründung:"),
        ("p", "Der Bahnhof Treysa ist der Knoten der Main-Weser-Bahn im Schwalm-Eder-Kreis. Der Mittelbahnsteig "
              "ist nur über Treppen erreichbar. Menschen mit Rollstuhl, Rollator oder Kinderwagen müssen auf "
              "Hilfe warten oder über Neustadt ausweichen."),
        ("p", "Für die Fraktion\nUlrike Battenberg, Fraktionsvorsitzende"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-10",
               title="Barrierefreier Zugang zum Bahnhof Treysa – Aufzug zu Gleis 2/3",
               originator="FWG-Fraktion in der Stadtverordnetenversammlung Schwalmstadt",
               consultations=[C("Stadtverordnetenversammlung", "2025-12-11", None)],
               themes=["mobilitaet", "soziales"], themes_why="station accessibility",
               notes="Type word as a key with the title as its value ('Antrag | title'); 'Sitzung | Gremium am "
                     "date in words' → consultation, no role. Fraktion as the heading line. 'Gleis 2/3' no number."))

doc(file="y21_schwalmstadt_ortsbeirat-treysa_stellungnahme.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="schwalmstadt_ortsbeirat_word", city="Stadt Schwalmstadt",
    head="Ortsbeirat Treysa – Ortsvorsteher",
    blocks=[
        ("right", "Treysa, 27.11.2025"),
        ("p", "An den Magistrat der Stadt Schwalmstadt"),
        ("h", "Stellungnahme des Ortsbeirates Treysa", 13),
        ("p", "zum Entwurf des Haushaltsplanes 2026 (Drucksache XII/181)"),
        ("p", "Der Ortsbeirat hat den Entwurf in seiner Sitzung am 25.11.2025 beraten und nimmt nach § 82 Abs. 3 "
              "HGO wie folgt Stellung:"),
        ("ul", ["Die Sanierung des Steinwegs ist vorrangig vor der Neugestaltung des Kirchplatzes einzuplanen.",
                "Für die Jugendarbeit im Stadtteil sind 15.000 € für einen Jugendraum im Alten Amtsgericht "
                "vorzusehen.",
                "Die Mittel für die Beleuchtung des Totenhofs sind in das Jahr 2026 vorzuziehen."]),
        ("p", "Die Stellungnahme wurde mit 8 Ja-Stimmen bei 1 Enthaltung beschlossen."),
        ("p", "Günter Rohde\nOrtsvorsteher"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-27",
               title="Entwurf des Haushaltsplanes 2026", originator="Ortsbeirat Treysa",
               answers="XII/181",
               themes=["finanzen", "stadtentwicklung"], themes_why="budget requests for a district",
               notes="Title taken from 'zum Entwurf des Haushaltsplanes 2026 (Drucksache XII/181)' without "
                     "'zum' and the bracket; answers = the printed number without 'Drucksache'. Ortsbeirat's own "
                     "session is no consultation. '§ 82 Abs. 3 HGO' no reference."))

doc(file="y22_schwalmstadt_einladung-stvv.pdf", producer="ghostscript", base="chromium", font="DejaVu Sans",
    size=9.5, layout="schwalmstadt_einladung_chromium_gs", city="Stadt Schwalmstadt",
    blocks=[
        ("kv", [("Der Vorsitzende der Stadtverordnetenversammlung\nder Stadt Schwalmstadt",
                 "Schwalmstadt, 28.11.2025")], 0.62),
        ("p", "An die Damen und Herren Stadtverordneten\nnachrichtlich: Magistrat, Ortsvorsteher, Presse"),
        ("h", "Einladung zur 23. Sitzung der Stadtverordnetenversammlung", 12),
        ("p", "Hiermit lade ich Sie zu der Sitzung am Donnerstag, 11. Dezember 2025, 19:30 Uhr, in die "
              "Stadthalle Ziegenhain ein. Die Sitzung ist öffentlich."),
        ("pb", "Tagesordnung:"),
        ("ol", ["Mitteilungen des Vorsitzenden und des Magistrats",
                "Haushaltssatzung und Haushaltsplan 2026 – Drucksache XII/181",
                "Sanierung des Mischwasserkanals in der Wiederholdstraße, Ziegenhain – Drucksache XII/187",
                "Barrierefreier Zugang zum Bahnhof Treysa – Antrag der FWG-Fraktion – Drucksache XII/190",
                "Anfragen"]),
        ("p", "Mit freundlichen Grüßen\n\nHeiko Pfalzgraf"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-28",
               title="23. Sitzung der Stadtverordnetenversammlung", public=True,
               references=["XII/181", "XII/187", "XII/190"],
               themes=["finanzen", "mobilitaet"], themes_why="agenda: budget, sewer, station",
               notes="Title = session named after 'Einladung zur'. 'Die Sitzung ist öffentlich.' → public true. "
                     "Agenda numbers 'Drucksache XII/…' as references (printed value without the word). "
                     "Chromium re-distilled by Ghostscript."))

doc(file="y23_schwalmstadt_anfrage-stv-hose_windkraft.pdf", producer="reportlab", font="Liberation Sans",
    size=10, layout="schwalmstadt_anfrage_reportlab", city="Stadt Schwalmstadt",
    blocks=[
        ("p", "Stadtverordneter Tobias Hose (fraktionslos)"),
        ("right", "Schwalmstadt, 24.11.2025"),
        ("h", "Kleine Anfrage", 13),
        ("kv", [("Drucksache:", "XII/192"),
                ("betreffend:", "Windenergie-Vorranggebiet am Hunsrück bei Allendorf"),
                ("Beantwortung:", "schriftlich bis zur Stadtverordnetenversammlung am 11.12.2025")], 0.22),
        ("p", "Ich frage den Magistrat:"),
        ("ol", ["Liegen dem Magistrat Anträge nach dem Bundes-Immissionsschutzgesetz für Windenergieanlagen im "
                "Vorranggebiet 2-143 vor?",
                "Welche Pachteinnahmen könnte die Stadt als Eigentümerin von Waldflächen erzielen?",
                "Ist eine Bürgerbeteiligung über eine Energiegenossenschaft vorgesehen?"]),
        ("p", "Tobias Hose"),
    ],
    truth=dict(drucksache="XII/192", doc_type="Anfrage", doc_type_printed="Kleine Anfrage", date="2025-11-24",
               title="Windenergie-Vorranggebiet am Hunsrück bei Allendorf",
               originator="Stadtverordneter Tobias Hose (fraktionslos)",
               consultations=[C("Stadtverordnetenversammlung", "2025-12-11", None)],
               themes=["klima_umwelt", "finanzen"], themes_why="wind energy; lease income",
               notes="'betreffend:' title label (lower case). 'Beantwortung: schriftlich bis zur … am …' → "
                     "consultation without role (debatable). 'Vorranggebiet 2-143' no reference."))

# ------------------------------------------------ Landeswohlfahrtsverband Hessen (HE; in-house)
doc(file="y24_lwv-hessen_vorlage-106-2025_eingliederungshilfe.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="lwv_vorlage_two_column_header", city="Landeswohlfahrtsverband Hessen",
    running="LWV Hessen · Vorlage Nr. 106/2025 · Seite",
    css="table.kv td:first-child { font-weight: bold; }",
    blocks=[
        ("kv", [("Landeswohlfahrtsverband Hessen\nDer Verwaltungsausschuss", "Vorlage Nr. 106/2025"),
                ("Dezernat 2\nFachbereich 204 – Leistungen für Menschen mit Behinderung",
                 "Kassel, 06.11.2025")], 0.62),
        ("h", "Vorlage an die Verbandsversammlung", 13),
        ("kv", [("Betreff", "Rahmenvereinbarung nach § 131 SGB IX – Anpassung der Vergütungen für Leistungen der "
                            "Eingliederungshilfe ab 01.01.2026")], 0.15),
        ("p", "Beratungsweg:"),
        ("p", "Sozial- und Gesundheitsausschuss          26.11.2025          empfehlender Beschluss\n"
              "Haupt- und Finanzausschuss                  03.12.2025          empfehlender Beschluss\n"
              "Verbandsversammlung                            10.12.2025          Beschluss"),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung stimmt der mit den Verbänden der Leistungserbringer verhandelten "
              "Anpassung der Vergütungen um 4,9 % zum 01.01.2026 zu."),
        ("pb", "Begründung"),
        ("p", "Der Landesrahmenvertrag Hessen sieht jährliche Vergütungsverhandlungen vor. Mit der Einigung "
              "vom 21.10.2025 werden die Tarifsteigerungen im Sozial- und Erziehungsdienst berücksichtigt. "
              "Die Mehraufwendungen von rund 62 Mio. € sind im Haushaltsentwurf 2026 enthalten und werden über "
              "die Verbandsumlage der Landkreise und kreisfreien Städte finanziert."),
        ("p", "Klimaauswirkungen: keine"),
        ("p", "Susanne Simmler\nLandesdirektorin"),
    ],
    truth=dict(drucksache="106/2025", doc_type="Beschlussvorlage", doc_type_printed="Vorlage",
               date="2025-11-06",
               title="Rahmenvereinbarung nach § 131 SGB IX – Anpassung der Vergütungen für Leistungen der "
                     "Eingliederungshilfe ab 01.01.2026",
               department="Fachbereich 204 – Leistungen für Menschen mit Behinderung",
               consultations=[C("Sozial- und Gesundheitsausschuss", "2025-11-26", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2025-12-03", "Vorberatung"),
                              C("Verbandsversammlung", "2025-12-10", "Entscheidung")],
               klimacheck="neutral", klima_style="sentence_keine",
               themes=["soziales", "finanzen"], themes_why="disability support fees; levy",
               notes="Number 'Vorlage Nr. 106/2025' right column; heading 'Vorlage an die Verbandsversammlung'. "
                     "Department = Fachbereich line under Dezernat. Beratungsweg as space-aligned free lines with "
                     "'empfehlender Beschluss' → Vorberatung. 'Klimaauswirkungen: keine' → neutral. "
                     "'§ 131 SGB IX' no reference."))

doc(file="y25_lwv-hessen_antrag-cdu-fraktion_inklusionsbetriebe.pdf", producer="libreoffice-odt",
    font="DejaVu Sans", size=10, layout="lwv_fraktion_antrag_odt", city="Landeswohlfahrtsverband Hessen",
    head="CDU-Fraktion in der Verbandsversammlung des LWV Hessen",
    blocks=[
        ("kv", [("Antrag Nr.:", "A 14/2025"), ("Datum:", "12.11.2025"),
                ("Antragsteller:", "CDU-Fraktion in der Verbandsversammlung"),
                ("Beratung:", "Haupt- und Finanzausschuss, 03.12.2025\nVerbandsversammlung, 10.12.2025")], 0.25),
        ("h", "Förderprogramm für Inklusionsbetriebe im ländlichen Raum", 12),
        ("p", "Die Verbandsversammlung wolle beschließen:"),
        ("p", "Der Verwaltungsausschuss wird gebeten, aus Mitteln der Ausgleichsabgabe ein Förderprogramm für "
              "die Gründung und Erweiterung von Inklusionsbetrieben in Landkreisen mit weniger als 150 Einwohnern "
              "je km² aufzulegen und der Verbandsversammlung bis Mai 2026 ein Konzept vorzulegen."),
        ("pb", "Begründung:"),
        ("p", "Inklusionsbetriebe bieten Menschen mit Schwerbehinderung sozialversicherungspflichtige Arbeit. "
              "Von 112 Inklusionsbetrieben in Hessen liegen nur 19 in ländlich geprägten Landkreisen. Nach "
              "§ 215 SGB IX kann das Integrationsamt Aufbau und Erweiterung fördern."),
        ("p", "Dr. Matthias Schäfer\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache="A 14/2025", doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-12",
               title="Förderprogramm für Inklusionsbetriebe im ländlichen Raum",
               originator="CDU-Fraktion in der Verbandsversammlung",
               consultations=[C("Haupt- und Finanzausschuss", "2025-12-03", None),
                              C("Verbandsversammlung", "2025-12-10", None)],
               themes=["soziales", "wirtschaft"], themes_why="inclusion enterprises",
               notes="'Antrag Nr.:' key; 'Beratung:' value over two lines 'Gremium, date' without roles. "
                     "Title as a bold heading without label. '§ 215 SGB IX' no reference."))

doc(file="y26_lwv-hessen_information-112-2025_schulen.pdf", producer="libreoffice-html", font="Liberation Serif",
    size=11, layout="lwv_informationsvorlage_html", city="Landeswohlfahrtsverband Hessen",
    blocks=[
        ("table", None, [["Landeswohlfahrtsverband Hessen", "Informationsvorlage"],
                         ["Fachbereich 205 – Schulen und Frühförderung", "Nummer 112/2025"],
                         ["Bearbeitung: Herr Diegel, Tel. 0561 1004-2271", "Stand: 14.11.2025"]]),
        ("pb", "Schülerzahlen und Sanierungsbedarf an den Förderschulen in Trägerschaft des LWV"),
        ("p", "Verwaltungsausschuss 24.11.2025 zur Kenntnis\nSchulausschuss 01.12.2025 zur Kenntnis"),
        ("p", "Der LWV Hessen ist Träger von 13 Förderschulen mit den Förderschwerpunkten Sehen, Hören und "
              "körperliche und motorische Entwicklung. Zum Schuljahr 2025/26 besuchen 1.842 Schülerinnen und "
              "Schüler diese Schulen, 3 % weniger als im Vorjahr."),
        ("p", "Die Bauzustandsbewertung 2025 weist einen Sanierungsbedarf von 94 Mio. € aus, davon 31 Mio. € für "
              "die Hermann-Schafft-Schule in Homberg (Efze). Eine Priorisierung wird mit der Haushaltsplanung "
              "2027 vorgelegt."),
    ],
    truth=dict(drucksache="112/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-11-14",
               title="Schülerzahlen und Sanierungsbedarf an den Förderschulen in Trägerschaft des LWV",
               department="Fachbereich 205 – Schulen und Frühförderung",
               consultations=[C("Verwaltungsausschuss", "2025-11-24", "Kenntnisnahme"),
                              C("Schulausschuss", "2025-12-01", "Kenntnisnahme")],
               themes=["bildung", "finanzen"], themes_why="special schools; renovation need",
               notes="Header grid without labels except 'Nummer' and 'Stand:'; bold unlabelled title; label-less "
                     "session lines 'Gremium date zur Kenntnis'. Phone in the Bearbeitung cell; "
                     "'Schuljahr 2025/26' no reference."))

doc(file="y27_lwv-hessen_schreiben-verbandsumlage.pdf", producer="reportlab", font="Liberation Sans", size=10,
    layout="lwv_schreiben_reportlab", city="Landeswohlfahrtsverband Hessen",
    blocks=[
        ("kv", [("Landeswohlfahrtsverband Hessen · Ständeplatz 6-10 · 34117 Kassel",
                 "Landeswohlfahrtsverband Hessen\nFachbereich 101 – Haushalt und Finanzen\nAuskunft: Frau Ruppert\n"
                 "Telefon 0561 1004-2512\nAz. 101.2-Uml/26")], 0.55),
        ("p", "An die Landkreise und kreisfreien Städte in Hessen\n– Kämmereien –"),
        ("right", "Kassel, 20. November 2025"),
        ("pb", "Verbandsumlage 2026 – Hebesatz und vorläufige Umlagegrundlagen"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Verwaltungsausschuss hat den Entwurf des Haushaltsplans 2026 festgestellt. Er sieht einen "
              "Hebesatz der Verbandsumlage von 11,15 % vor (2025: 10,95 %). Über die Haushaltssatzung entscheidet "
              "die Verbandsversammlung am 10.12.2025."),
        ("p", "Für Ihre Haushaltsplanung teilen wir Ihnen die vorläufigen Umlagegrundlagen mit (Anlage). Die "
              "endgültigen Grundlagen werden nach der Festsetzung der Schlüsselzuweisungen durch das Land "
              "mitgeteilt."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nKarsten Ruppert-Lenz"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2025-11-20",
               title="Verbandsumlage 2026 – Hebesatz und vorläufige Umlagegrundlagen",
               department="Fachbereich 101 – Haushalt und Finanzen",
               themes=["finanzen"], themes_why="levy",
               notes="Letter to member bodies; return-address line; letterhead column with 'Az. 101.2-Uml/26' (not "
                     "a number) and a phone. The Verbandsversammlung date in the body is no consultation."))

# -------------------------------------------------------- Stadt Quickborn (SH; more!rubin-like)
doc(file="y28_quickborn_bv-2025-142_friedhofsgebuehren.pdf", producer="chromium", font="DejaVu Sans", size=9.5,
    layout="quickborn_morerubin_vorlage", city="Stadt Quickborn",
    css="table.grid th { background: #cfd8dc; } table.kv td { font-size: 9pt; }",
    blocks=[
        ("h", "Stadt Quickborn", 12),
        ("kv", [("Vorlagenart", "Beschlussvorlage"), ("Vorlagennummer", "2025/142"),
                ("Öffentlichkeitsstatus", "öffentlich"), ("Datum", "04.11.2025"),
                ("Fachbereich", "Fachbereich Bürgerservice und Ordnung"),
                ("Sachbearbeitung", "Frau Thiessen")], 0.28),
        ("table", ["Beratungsfolge", "Geplante Sitzungstermine", "Ö/N", "Zuständigkeit"],
         [["Ausschuss für Umwelt und Friedhof", "20.11.2025", "Ö", "Vorberatung"],
          ["Hauptausschuss", "01.12.2025", "Ö", "Vorberatung"],
          ["Ratsversammlung", "15.12.2025", "Ö", "Entscheidung"]]),
        ("kv", [("Beratungsgegenstand", "Neufassung der Friedhofsgebührensatzung der Stadt Quickborn")], 0.28),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Ratsversammlung beschließt die Neufassung der Friedhofsgebührensatzung in der Fassung der "
              "Anlage 1 mit Wirkung vom 01.01.2026."),
        ("pb", "Sachverhalt"),
        ("p", "Die Gebührenkalkulation nach § 6 KAG SH ergibt für den Kalkulationszeitraum 2026 bis 2028 eine "
              "Unterdeckung von 212.000 €. Ursache sind gestiegene Personal- und Pflegekosten sowie der Wandel "
              "der Bestattungskultur hin zu Urnengräbern. Neu aufgenommen werden Baumgräber am Friedhof Hasloher "
              "Weg."),
        ("pb", "Klimaschutzrelevanz"),
        ("p", "☐ positiv     ☐ negativ     ☒ keine erkennbare Relevanz"),
        ("p", "Thomas Beckmann\nBürgermeister"),
    ],
    truth=dict(drucksache="2025/142", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-04", title="Neufassung der Friedhofsgebührensatzung der Stadt Quickborn",
               public=True, department="Fachbereich Bürgerservice und Ordnung",
               consultations=[C("Ausschuss für Umwelt und Friedhof", "2025-11-20", "Vorberatung"),
                              C("Hauptausschuss", "2025-12-01", "Vorberatung"),
                              C("Ratsversammlung", "2025-12-15", "Entscheidung")],
               klimacheck="neutral", klima_style="checkbox_line_positiv_negativ_keine",
               themes=["verwaltung", "finanzen"], themes_why="cemetery fee statute",
               notes="more!rubin-like key list without colons ('Vorlagennummer', 'Beratungsgegenstand' as title "
                     "label) under a one-line authority; Beratungsfolge table after the keys, before the title. "
                     "'§ 6 KAG SH' no reference."))

doc(file="y29_quickborn_seniorenbeirat_stellungnahme-2025-142.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=11, layout="quickborn_seniorenbeirat_word", city="Stadt Quickborn",
    blocks=[
        ("kv", [("Seniorenbeirat der Stadt Quickborn\nDer Vorsitzende", "Quickborn, 17.11.2025")], 0.6),
        ("p", "Stadt Quickborn\nFachbereich Bürgerservice und Ordnung\nRathausplatz 1\n25451 Quickborn"),
        ("pb", "Stellungnahme zur Vorlage 2025/142 – Neufassung der Friedhofsgebührensatzung"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Seniorenbeirat hat sich in seiner Sitzung am 13.11.2025 mit der Vorlage befasst. Er erkennt die "
              "Notwendigkeit einer kostendeckenden Kalkulation an, bittet aber den Ausschuss für Umwelt und "
              "Friedhof, folgende Punkte zu berücksichtigen:"),
        ("ul", ["Die Verlängerung von Nutzungsrechten soll auch für kürzere Zeiträume als 10 Jahre möglich sein.",
                "Am Friedhof Hasloher Weg fehlen Sitzbänke und eine barrierefreie Toilette.",
                "Die Erhöhung der Trauerhallengebühr um 40 % belastet gerade alleinstehende ältere Menschen."]),
        ("p", "Mit freundlichen Grüßen\n\nHorst-Dieter Lemke\nVorsitzender des Seniorenbeirates"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-17",
               title="Neufassung der Friedhofsgebührensatzung", originator="Seniorenbeirat der Stadt Quickborn",
               answers="2025/142",
               themes=["soziales", "verwaltung"], themes_why="seniors on cemetery fees",
               notes="Subject line 'Stellungnahme zur Vorlage 2025/142 – title' (title = part after the dash; "
                     "answers = the Vorlage number). The committee named in the body is an addressee, and the "
                     "Beirat's own session is no consultation."))

doc(file="y30_quickborn_antrag-ratsherr_skateanlage.pdf", producer="libreoffice-html", font="DejaVu Sans",
    size=10, layout="quickborn_einzelantrag_html", city="Stadt Quickborn",
    blocks=[
        ("p", "Ratsherr Lennart Möller (Die PARTEI)\nKieler Straße 112, 25451 Quickborn"),
        ("right", "Quickborn, 05.01.2026"),
        ("p", "An die Bürgervorsteherin der Stadt Quickborn\nFrau Birgit Reimers"),
        ("h", "Antrag gemäß § 34 Abs. 1 GO", 12),
        ("p", "für die Sitzung des Ausschusses für Jugend, Schule und Sport am 22.01.2026"),
        ("kv", [("Betreff:", "Sanierung und Erweiterung der Skateanlage am Sportpark Quickborn-Heide")], 0.14),
        ("p", "Der Ausschuss möge beschließen:"),
        ("p", "Die Verwaltung wird beauftragt, zusammen mit den Nutzerinnen und Nutzern ein Konzept für die "
              "Sanierung und Erweiterung der Skateanlage zu erarbeiten und Fördermöglichkeiten zu prüfen."),
        ("pb", "Begründung:"),
        ("p", "Die Anlage wurde 2003 errichtet. Mehrere Elemente sind seit dem Sommer gesperrt. Jugendliche "
              "weichen auf Parkplätze und den Marktplatz aus, was zu Beschwerden führt."),
        ("p", "Lennart Möller"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2026-01-05",
               title="Sanierung und Erweiterung der Skateanlage am Sportpark Quickborn-Heide",
               originator="Ratsherr Lennart Möller (Die PARTEI)",
               consultations=[C("Ausschuss für Jugend, Schule und Sport", "2026-01-22", None)],
               themes=["kultur_sport", "soziales"], themes_why="skate park for youth",
               notes="Einzelmitglied Antrag (Ratsherr) under § 34 GO; '§ 34 Abs. 1 GO' no reference. Session "
                     "sentence in the genitive → consultation without role."))

doc(file="y31_quickborn_niederschrift-hauptausschuss.pdf", producer="ghostscript", base="libreoffice-docx",
    font="Liberation Serif", size=10.5, layout="quickborn_niederschrift_word_gs", city="Stadt Quickborn",
    pages=2, head="Stadt Quickborn – Hauptausschuss",
    blocks=[
        ("h", "Niederschrift", 14),
        ("p", "über die Sitzung des Hauptausschusses der Stadt Quickborn am Montag, 01.12.2025, Rathaus, "
              "Sitzungssaal"),
        ("kv", [("Beginn:", "19:00 Uhr"), ("Ende:", "21:15 Uhr"), ("Vorsitz:", "Ratsherr Gerd Ahlf")], 0.2),
        ("p", "Anwesend: 9 Mitglieder, Bürgermeister Beckmann, Frau Thiessen, Herr Voß (Protokoll)"),
        ("pb", "Öffentlicher Teil"),
        ("pb", "1. Einwohnerfragestunde"),
        ("p", "Es werden keine Fragen gestellt."),
        ("pb", "2. Neufassung der Friedhofsgebührensatzung – Vorlage 2025/142"),
        ("p", "Frau Thiessen erläutert die Kalkulation. Die Stellungnahme des Seniorenbeirates liegt vor. Ratsfrau "
              "Köhnke beantragt, die Trauerhallengebühr nur um 20 % zu erhöhen; der Antrag wird mit 4 : 5 "
              "abgelehnt. Empfehlung an die Ratsversammlung: 6 Ja, 3 Nein."),
        ("pb", "3. Digitalisierung der Gremienarbeit – Beschaffung von Tablets – Vorlage 2025/149"),
        ("p", "Der Ausschuss beschließt die Beschaffung von 38 Tablets für die Mitglieder der Ratsversammlung "
              "und ihrer Ausschüsse. Die Papiereinladung entfällt ab 01.04.2026. Einstimmig."),
        ("pagebreak",),
        ("pb", "4. Mitteilungen der Verwaltung"),
        ("p", "Die Ratsversammlung tagt am 15.12.2025. Der Bürgermeister berichtet über den Stand der "
              "Haushaltsberatungen für 2026."),
        ("pb", "Nichtöffentlicher Teil"),
        ("p", "5. Grundstücksangelegenheiten – siehe gesonderte Niederschrift"),
        ("p", "Gerd Ahlf                                   Jan Voß\nVorsitzender                         "
              "Protokollführer"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-12-01",
               title="Sitzung des Hauptausschusses der Stadt Quickborn",
               references=["2025/142", "2025/149"],
               themes=["verwaltung", "digitalisierung"], themes_why="fees; tablets for council work",
               notes="Dated only by the session day. No 'öffentliche Sitzung' in the title; 'Öffentlicher Teil' "
                     "heading and a nichtöffentlicher Teil → public left null (a call one may dispute). "
                     "Ratsversammlung date is a lure. Word → LibreOffice → Ghostscript."))

# ---------------------------------------------- Große Kreisstadt Rheinstetten (BW; in-house Word)
doc(file="y32_rheinstetten_vorlage-gr-118-2025_moersch-sporthalle.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="rheinstetten_word_vorlage", city="Große Kreisstadt Rheinstetten",
    head="Große Kreisstadt Rheinstetten · Bürgermeisteramt",
    running="Rheinstetten – Gemeinderatsvorlage Nr. 118/2025",
    blocks=[
        ("table", ["Vorlage", "Amt", "Datum"],
         [["Nr. 118/2025", "Hochbauamt", "07.11.2025"]]),
        ("kv", [("Gegenstand:", "Generalsanierung der Sporthalle Mörsch – Baubeschluss")], 0.18),
        ("table", ["Beratung", "Sitzung am", "Öffentlichkeit"],
         [["Technischer Ausschuss – Vorberatung", "24.11.2025", "öffentlich"],
          ["Gemeinderat – Beschlussfassung", "09.12.2025", "öffentlich"]]),
        ("pb", "I. Beschlussantrag"),
        ("p", "Der Gemeinderat beschließt die Generalsanierung der Sporthalle Mörsch mit Gesamtkosten von "
              "4,72 Mio. € und beauftragt die Verwaltung mit der Ausschreibung."),
        ("pb", "II. Sachdarstellung"),
        ("p", "Die 1979 errichtete Sporthalle wird von zwei Schulen und elf Vereinen genutzt. Dach, Heizung und "
              "Sanitärbereiche sind abgängig. Die Sanierung erfolgt in zwei Bauabschnitten, damit der "
              "Schulsport in Neuburgweier ausweichen kann. Aus dem Ausgleichstock werden 900.000 € erwartet."),
        ("pb", "III. Klimarelevanz"),
        ("p", "Die Maßnahme hat positive Auswirkungen auf den Klimaschutz: Durch Dämmung und Wärmepumpe sinkt der "
              "CO₂-Ausstoß der Halle um rund 70 %."),
        ("p", "Rheinstetten, 07.11.2025\nSebastian Schrempp\nOberbürgermeister"),
    ],
    truth=dict(drucksache="118/2025", doc_type="Beschlussvorlage", doc_type_printed="Vorlage", date="2025-11-07",
               title="Generalsanierung der Sporthalle Mörsch – Baubeschluss", public=True,
               department="Hochbauamt",
               consultations=[C("Technischer Ausschuss", "2025-11-24", "Vorberatung"),
                              C("Gemeinderat", "2025-12-09", "Entscheidung")],
               klimacheck="positive", klima_style="sentence_positive",
               themes=["kultur_sport", "klima_umwelt"], themes_why="sports hall renovation; energy",
               notes="Header as a one-row table with column heads Vorlage | Amt | Datum ('Nr. 118/2025'). "
                     "Committee and role in one cell joined by a dash. Klima as a sentence under a Roman-numbered "
                     "heading."))

doc(file="y33_rheinstetten_ergaenzung-118-2025-1.pdf", producer="reportlab", font="DejaVu Serif", size=10,
    layout="rheinstetten_ergaenzung_reportlab", city="Große Kreisstadt Rheinstetten",
    blocks=[
        ("kv", [("Große Kreisstadt Rheinstetten\nHochbauamt", "Rheinstetten, 02.12.2025")], 0.6),
        ("h", "Ergänzungsvorlage Nr. 118/2025-1", 13),
        ("p", "zur Vorlage Nr. 118/2025 – Generalsanierung der Sporthalle Mörsch"),
        ("pb", "Ergebnis der Vorberatung und geänderte Bauabschnitte"),
        ("p", "Gemeinderat, 09.12.2025, öffentlich"),
        ("p", "Der Technische Ausschuss hat in seiner Sitzung am 24.11.2025 gebeten, die Reihenfolge der "
              "Bauabschnitte zu tauschen, damit die Sanitärbereiche vor dem Dach saniert werden. Die Verwaltung "
              "hat dies mit dem Planungsbüro abgestimmt; die Gesamtkosten bleiben unverändert."),
        ("p", "Der Beschlussantrag wird wie folgt ergänzt: „Bauabschnitt 1 umfasst Sanitär und Heizung, "
              "Bauabschnitt 2 Dach und Fassade.“"),
    ],
    truth=dict(drucksache="118/2025-1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2025-12-02", title="Ergebnis der Vorberatung und geänderte Bauabschnitte", public=True,
               department="Hochbauamt", references=["118/2025"],
               consultations=[C("Gemeinderat", "2025-12-09", None)],
               themes=["kultur_sport"], themes_why="sports hall renovation",
               notes="Number in the type heading; 'zur Vorlage Nr. 118/2025 – title of the original' is a "
                     "reference line, the Ergänzung's own title is the bold line below (a call one may dispute). "
                     "Session line 'Gemeinderat, date, öffentlich' without role. The TA session in the body is a "
                     "lure."))

doc(file="y34_rheinstetten_antwort-anfrage-fraktion-fw_schulweg.pdf", producer="libreoffice-odt",
    font="Liberation Sans", size=10.5, layout="rheinstetten_antwort_odt", city="Große Kreisstadt Rheinstetten",
    head="Große Kreisstadt Rheinstetten – Ordnungsamt",
    blocks=[
        ("p", "Freie Wähler Rheinstetten\nFraktion im Gemeinderat\nHerrn Stadtrat Jochen Meier"),
        ("right", "Rheinstetten, 15.12.2025"),
        ("kv", [("Anfrage Nr.:", "AN 27/2025"),
                ("Betreff:", "Sicherheit des Schulweges an der Rappenwörthstraße in Forchheim")], 0.2),
        ("h", "Beantwortung", 12),
        ("p", "Sehr geehrter Herr Meier,"),
        ("p", "zu Ihrer Anfrage vom 20.11.2025 teile ich Folgendes mit:"),
        ("p", "1. An der Einmündung Rappenwörthstraße/Hauptstraße wurden im Oktober an drei Schultagen "
              "Geschwindigkeitsmessungen durchgeführt. 14 % der Fahrzeuge fuhren schneller als 30 km/h."),
        ("p", "2. Die Straßenverkehrsbehörde ordnet eine Querungshilfe mit Mittelinsel an. Die Umsetzung erfolgt "
              "in den Osterferien 2026."),
        ("p", "3. Ein Schülerlotsendienst wird mit dem Elternbeirat der Grundschule Forchheim vorbereitet."),
        ("p", "Mit freundlichen Grüßen\n\ngez. Schrempp\nOberbürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Beantwortung", date="2025-12-15",
               title="Sicherheit des Schulweges an der Rappenwörthstraße in Forchheim",
               department="Ordnungsamt", answers="AN 27/2025",
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="school route safety",
               notes="Answer letter of the Ordnungsamt (unit only in the Word header) to a Fraktion; 'Anfrage "
                     "Nr.: AN 27/2025' is the answered Anfrage's number → answers, drucksache null. The Fraktion "
                     "is the addressee, not the originator."))

doc(file="y35_rheinstetten_tagesordnung-gemeinderat.pdf", producer="chromium", font="Liberation Serif", size=10.5,
    layout="rheinstetten_tagesordnung_html", city="Große Kreisstadt Rheinstetten",
    css="table.grid td:last-child { white-space: nowrap; }",
    blocks=[
        ("h", "Große Kreisstadt Rheinstetten", 12),
        ("h", "Öffentliche Bekanntmachung", 12),
        ("p", "Am Dienstag, 09.12.2025, 18:00 Uhr, findet im Festsaal der Ufgauhalle Forchheim eine öffentliche "
              "Sitzung des Gemeinderates statt."),
        ("pb", "Tagesordnung"),
        ("table", ["Nr.", "Gegenstand", "Vorlage"],
         [["1", "Fragestunde der Einwohnerinnen und Einwohner", ""],
          ["2", "Generalsanierung der Sporthalle Mörsch – Baubeschluss", "118/2025, 118/2025-1"],
          ["3", "Haushaltsplan 2026 und Wirtschaftspläne der Eigenbetriebe – Verabschiedung", "121/2025"],
          ["4", "Bebauungsplan „Mörsch-Nord, 2. Änderung“ – Satzungsbeschluss", "109/2025"],
          ["5", "Bekanntgaben, Anfragen", ""]]),
        ("p", "Im Anschluss findet eine nichtöffentliche Sitzung statt."),
        ("p", "Rheinstetten, 28.11.2025\nSebastian Schrempp, Oberbürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Öffentliche Bekanntmachung", date="2025-11-28",
               title="öffentliche Sitzung des Gemeinderates", public=True,
               references=["118/2025", "118/2025-1", "121/2025", "109/2025"],
               themes=["kultur_sport", "finanzen", "stadtentwicklung"],
               themes_why="agenda: sports hall, budget, B-Plan",
               notes="Öffentliche Bekanntmachung with a Tagesordnung → Einladung; title = the session named in the "
                     "sentence. Dated by the closing place-date."))
