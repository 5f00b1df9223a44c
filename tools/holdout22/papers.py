"""holdout22 papers, part A (Filderstadt, Osterode am Harz, Bedburg, Kelkheim).

All people, numbers, streets and facts are invented; place names are settings only.
"""

def P(pid, file, producer, layout, city, blocks, *, doc_type, printed, date, title, themes, why, notes,
      drucksache=None, public=None, department=None, originator=None, answers=None, references=(),
      consultations=(), klimacheck=None, klima_style=None, **render):
    truth = dict(file=file, producer=producer, pdf_producer=None, layout=layout, city=city, drucksache=drucksache,
                 doc_type=doc_type, doc_type_printed=printed, date=date, title=title, public=public,
                 department=department, originator=originator, answers=answers, references=list(references),
                 consultations=[dict(committee=c, date=d, role=r) for c, d, r in consultations],
                 klimacheck=klimacheck, klima_style=klima_style, pages=None, themes=list(themes),
                 themes_why=why, notes=notes)
    d = dict(id=pid, producer=producer, blocks=blocks, truth=truth)
    d.update(render)
    return d

FIL = "Große Kreisstadt Filderstadt"
OHA = "Stadt Osterode am Harz"
BED = "Stadt Bedburg"
KEL = "Stadt Kelkheim (Taunus)"

PAPERS = []
A = PAPERS.append

# ============================================================ Filderstadt (BW) — SessionNet/Somacos prints
A(P("q01", "q01_filderstadt_2026-117_uhlbergstrasse-baubeschluss.pdf", "chromium", "filderstadt_sessionnet_sitzungsvorlage", FIL, [
    ("cols", ["**Große Kreisstadt Filderstadt**\nReferat für Stadtentwicklung, Bauen und Umwelt\nAmt für Tiefbau und Verkehr",
              "**Sitzungsvorlage**\nVorlage Nr.: **2026/117**\nDatum: 08.10.2026\nöffentlich"], [60, 40]),
    ("hr",),
    ("kv", [("Sachbearbeitung:", "Herr Weinmann, Tel. 0711 7003-641"), ("Aktenzeichen:", "66.12-Uh/2026")], 25),
    ("h", "Sanierung der Uhlbergstraße in Bernhausen zwischen Talstraße und Schulzentrum – Baubeschluss", 2),
    ("p", "**Beratungsfolge:**"),
    ("table", ["Gremium", "Sitzungsdatum", "Behandlung"], [
        ["Technischer Ausschuss", "20.10.2026", "Vorberatung"],
        ["Gemeinderat", "03.11.2026", "Beschlussfassung"]], [50, 20, 30]),
    ("h", "Beschlussvorschlag:", 3),
    ("p", "1. Der Gemeinderat stimmt der Entwurfsplanung für die Sanierung der Uhlbergstraße (Anlage 1) zu.\n2. Die Verwaltung wird beauftragt, die Bauleistungen öffentlich auszuschreiben. Die Vergabe erfolgt durch den Technischen Ausschuss."),
    ("h", "Sachverhalt und Begründung:", 3),
    ("p", "Die Uhlbergstraße ist auf rund 620 m Länge in einem schlechten baulichen Zustand. Bei der Zustandserfassung 2024 wurde die Fahrbahn überwiegend mit der Note 4,2 bewertet (Vorlage 2024/233). Im selben Abschnitt erneuern die Stadtwerke die Wasserleitung aus dem Jahr 1961, so dass beide Maßnahmen in einem Zug ausgeführt werden."),
    ("p", "Geplant sind eine neue Asphaltdecke, beidseitige Gehwege mit 2,0 m Breite und ein Schutzstreifen für den Radverkehr bergauf. Vor dem Schulzentrum wird eine Querungshilfe mit Mittelinsel angelegt; die Bushaltestelle „Uhlbergschule“ wird barrierefrei mit 22 cm Bordhöhe ausgebaut."),
    ("p", "Die Anlieger wurden am 16.09.2026 in einer Informationsveranstaltung im Bürgerzentrum Bernhausen beteiligt. Die Anregungen (zusätzliche Baumstandorte, Lieferzone für die Bäckerei) sind in die Planung eingeflossen."),
    ("pb",),
    ("h", "Kosten und Finanzierung:", 3),
    ("table", ["Position", "Betrag"], [["Straßenbau einschl. Gehwege", "1.480.000 €"], ["Querungshilfe und Haltestelle", "210.000 €"],
                                      ["Baunebenkosten", "190.000 €"], ["Gesamt", "1.880.000 €"]], [70, 30]),
    ("p", "Für den barrierefreien Ausbau der Haltestelle wird eine Förderung nach LGVFG von voraussichtlich 50 % der zuwendungsfähigen Kosten beantragt. Die Mittel sind im Haushalt 2026/2027 beim Projekt 7.541001.026 veranschlagt."),
    ("h", "Klimaschutzrelevanz:", 3),
    ("p", "☐ positiv   ☒ keine wesentlichen Auswirkungen   ☐ negativ"),
    ("p", "Bauzeit: Mai bis Oktober 2027, in zwei Abschnitten unter Vollsperrung."),
    ("p", "Anlagen:\n1. Lageplan Entwurfsplanung\n2. Regelquerschnitt"),
], drucksache="2026/117", doc_type="Beschlussvorlage", printed="Sitzungsvorlage", date="2026-10-08",
   title="Sanierung der Uhlbergstraße in Bernhausen zwischen Talstraße und Schulzentrum – Baubeschluss", public=True,
   department="Amt für Tiefbau und Verkehr", references=["2024/233"],
   consultations=[("Technischer Ausschuss", "2026-10-20", "Vorberatung"), ("Gemeinderat", "2026-11-03", "Entscheidung")],
   klimacheck="neutral", klima_style="checkbox_row",
   themes=["mobilitaet", "finanzen"], why="street renewal with footpaths, cycle lane and barrier-free bus stop; cost table plus LGVFG funding quota argued",
   notes="SessionNet-like print via the browser (Chromium default header with print date and title, footer with file URL and page x/y). Two-column head without a ruled table; 'Sitzungsvorlage' + 'Vorlage Nr.:'. Department = the Amt (the Referat line above it left out). 'Vorlage 2024/233' → reference; 'Aktenzeichen 66.12-Uh/2026', project '7.541001.026', phone no references. '☒ keine wesentlichen Auswirkungen' → neutral. 2 pages.",
   browser_hf=True, html_title="SessionNet | Vorlage - 2026/117"))

A(P("q02", "q02_filderstadt_2026-124_ganztag-grundschulen.pdf", "libreoffice-docx", "filderstadt_word_informationsvorlage", FIL, [
    ("cols", ["GROSSE KREISSTADT FILDERSTADT", "Informationsvorlage\nNr. 2026/124"], [65, 35]),
    ("kv", [("Referat/Amt", "Referat für Bildung, Soziales und Familie / Amt für Schulen und Kinderbetreuung"),
            ("Datum", "12.10.2026"), ("Status", "öffentlich")], 25, True),
    ("p", "**Betreff: Sachstand zum Ausbau der Ganztagsbetreuung an den Grundschulen zum Schuljahr 2026/27**"),
    ("kv", [("Gremium", "Sitzung"), ("Verwaltungs- und Finanzausschuss", "27.10.2026 (zur Kenntnisnahme)")], 45),
    ("h", "Mitteilung:", 3),
    ("p", "Ab dem 1. August 2026 besteht für Kinder der ersten Klassenstufe ein Rechtsanspruch auf ganztägige Förderung. Die Verwaltung berichtet über den Stand an den neun städtischen Grundschulen."),
    ("table", ["Schule", "Plätze 2025/26", "Plätze 2026/27", "Anmeldungen"], [
        ["Grundschule Bonlanden", "96", "124", "118"], ["Pestalozzischule Plattenhardt", "72", "90", "93"],
        ["Grundschule Sielmingen", "60", "78", "71"], ["Gotthard-Müller-Schule Bernhausen", "110", "140", "131"],
        ["übrige Grundschulen", "188", "226", "209"]], [46, 18, 18, 18]),
    ("p", "In Plattenhardt übersteigen die Anmeldungen das Angebot um drei Plätze; die Kinder werden übergangsweise in der Betreuung der Pestalozzischule im Gemeindehaus versorgt. Der Umbau der Mensa Sielmingen (Beschluss 2025/301) wird zu den Herbstferien fertig."),
    ("p", "Personal: 14 der 16 neuen Stellen für Betreuungskräfte sind besetzt. Für die Ferienbetreuung arbeitet die Stadt mit dem Kreisjugendring und zwei Sportvereinen zusammen."),
    ("p", "Die Verwaltung wird im Frühjahr 2027 über die Elternbeiträge und die Auslastung berichten."),
], drucksache="2026/124", doc_type="Mitteilungsvorlage", printed="Informationsvorlage", date="2026-10-12",
   title="Sachstand zum Ausbau der Ganztagsbetreuung an den Grundschulen zum Schuljahr 2026/27", public=True,
   department="Amt für Schulen und Kinderbetreuung", references=["2025/301"],
   consultations=[("Verwaltungs- und Finanzausschuss", "2026-10-27", "Kenntnisnahme")],
   themes=["bildung", "soziales"], why="all-day care places at primary schools; care staff and holiday care for families",
   notes="In-house Word template: type word and number in a right cell, ruled key table 'Referat/Amt' with 'Referat … / Amt …' (department = the Amt). 'Betreff:' bold inline. Consultation from a small key table with the role in brackets. 'Beschluss 2025/301' → reference (a Drucksache-shaped number in a citation).",
   docxhead="Große Kreisstadt Filderstadt – Informationsvorlage 2026/124", docxfoot="Seite {n}"))

A(P("q03", "q03_filderstadt_antrag-jugendgemeinderat_nachtbus.pdf", "reportlab", "filderstadt_jugendgemeinderat_textbox_antrag", FIL, [
    ("cols", ["**Jugendgemeinderat Filderstadt**\nc/o Stabsstelle Jugendbeteiligung\nAm Marktplatz 1\n70794 Filderstadt\njgr@filderstadt-jgr.example", "Filderstadt, 14.10.2026"], [65, 35]),
    ("p", "An den\nOberbürgermeister und die Mitglieder des Gemeinderats"),
    ("box", ["**ANTRAG**", "**Nachtbus am Wochenende zwischen Flughafen/Messe, Bernhausen und Plattenhardt**",
             "Eingebracht in der Sitzung des Jugendgemeinderats am 09.10.2026 (einstimmig)"]),
    ("p", "Der Jugendgemeinderat beantragt:"),
    ("p", "1. Die Stadt setzt sich beim Verband Region Stuttgart und dem Landkreis Esslingen dafür ein, dass in den Nächten auf Samstag und Sonntag zwischen 0:30 Uhr und 4:30 Uhr stündlich ein Bus von der S-Bahn-Station Flughafen/Messe über Bernhausen und Bonlanden nach Plattenhardt fährt.\n2. Bis zu einer Entscheidung wird geprüft, ob ein Anruf-Sammeltaxi zum Jugendtarif angeboten werden kann."),
    ("h", "Begründung", 3),
    ("p", "Nach der letzten S-Bahn gibt es für junge Menschen aus Filderstadt keine Möglichkeit, sicher nach Hause zu kommen. In unserer Umfrage an den weiterführenden Schulen (412 Antworten) gaben 71 % an, am Wochenende auf Eltern oder Taxis angewiesen zu sein. Viele fahren mit dem Fahrrad auf unbeleuchteten Feldwegen."),
    ("p", "Ein Nachtbus würde auch Beschäftigten der Gastronomie und des Flughafens helfen. Die Nachbarstädte Leinfelden-Echterdingen und Ostfildern haben bereits Nachtlinien."),
    ("p", "Wir bitten, den Antrag im Gemeinderat am 17.11.2026 zu beraten."),
    ("p", "Für den Jugendgemeinderat\n\nLena Sauter                    Malik Öztürk\nSprecherin                      Sprecher"),
], doc_type="Antrag", printed="Antrag", date="2026-10-14",
   title="Nachtbus am Wochenende zwischen Flughafen/Messe, Bernhausen und Plattenhardt", public=None,
   originator="Jugendgemeinderat Filderstadt",
   consultations=[("Gemeinderat", "2026-11-17", None)],
   themes=["mobilitaet", "soziales"], why="night bus service; stated target group young people (safety on the way home)",
   notes="Jugendgemeinderat's own letter (ReportLab): sender block with an e-mail, place-date right, type word and title in a bordered text box, the JGR's own session date (09.10.2026) in the box is no consultation. The Gemeinderat date asked for in the last paragraph → consultation with role null.",
   rlfoot="Jugendgemeinderat Filderstadt · Antrag vom 14.10.2026", style=dict(rlfont="LiberationSans")))

A(P("q04", "q04_filderstadt_anfrage-fw_kita-plaetze.pdf", "libreoffice-html", "filderstadt_fraktion_html_anfrage", FIL, [
    ("cols", ["**FREIE WÄHLER**\nFraktion im Gemeinderat Filderstadt", "Fraktionsvorsitzender\nKarl-Heinz Dreher\nRosenstraße 14\n70794 Filderstadt\nTel. 0711 774512"], [60, 40]),
    ("hr",),
    ("p", "Herrn Oberbürgermeister\nder Großen Kreisstadt Filderstadt\nAm Marktplatz 1\n70794 Filderstadt"),
    ("right", "Filderstadt, den 19.10.2026"),
    ("h", "Anfrage nach § 24 Abs. 4 GemO", 2),
    ("p", "**Betreuungsplätze für Kinder unter drei Jahren in Harthausen und Sielmingen**"),
    ("p", "Sehr geehrter Herr Oberbürgermeister,"),
    ("p", "nach unseren Informationen stehen in den Stadtteilen Harthausen und Sielmingen über 40 Kinder auf der Warteliste für einen Krippenplatz. Eltern berichten, dass sie erst zum Ende des zweiten Lebensjahres einen Platz erhalten. Wir bitten daher um schriftliche Beantwortung folgender Fragen:"),
    ("p", "1. Wie viele Kinder unter drei Jahren warten derzeit in den einzelnen Stadtteilen auf einen Platz?\n2. Wie viele Plätze können wegen fehlender Fachkräfte nicht belegt werden?\n3. Wann wird die im Kita-Bedarfsplan (Vorlage 2025/188) angekündigte Krippe im Baugebiet Sielminger Weg in Betrieb gehen?\n4. Welche Möglichkeiten sieht die Verwaltung, die Kindertagespflege kurzfristig auszubauen?"),
    ("p", "Mit freundlichen Grüßen"),
    ("p", "Karl-Heinz Dreher\nfür die Fraktion der FREIEN WÄHLER"),
], doc_type="Anfrage", printed="Anfrage", date="2026-10-19",
   title="Betreuungsplätze für Kinder unter drei Jahren in Harthausen und Sielmingen", originator="Fraktion der FREIEN WÄHLER",
   references=["2025/188"],
   themes=["soziales", "bildung"], why="crèche places and waiting lists (Kinderbetreuung → soziales), early education places and staff",
   notes="Fraktion letterhead through LibreOffice's HTML import (tables lose their rules). Typed 'Anfrage nach § 24 Abs. 4 GemO' heading, bold subject without label. No number. Originator as printed in the signature ('für die Fraktion der FREIEN WÄHLER'); letterhead reads 'FREIE WÄHLER / Fraktion im Gemeinderat Filderstadt'. Phone and postcode no references; '§ 24 Abs. 4 GemO' no reference."))

A(P("q05", "q05_filderstadt_2026-131-1_antwort-krippenplaetze.pdf", "chromium+gs", "filderstadt_sessionnet_antwort", FIL, [
    ("cols", ["**Große Kreisstadt Filderstadt**\nAmt für Schulen und Kinderbetreuung", "Vorlage Nr. 2026/131/1\nDatum: 04.11.2026"], [62, 38]),
    ("hr",),
    ("h", "Beantwortung der Anfrage der Fraktion der FREIEN WÄHLER vom 19.10.2026", 2),
    ("kv", [("Anfrage:", "2026/131"), ("Gegenstand:", "Betreuungsplätze für Kinder unter drei Jahren in Harthausen und Sielmingen"),
            ("Zur Kenntnis:", "Gemeinderat am 17.11.2026")], 22),
    ("p", "Die Verwaltung beantwortet die Fragen wie folgt:"),
    ("p", "**Zu 1.** Zum Stichtag 1. November 2026 warten 23 Kinder aus Sielmingen und 19 Kinder aus Harthausen auf einen Krippenplatz. Stadtweit sind es 97 Kinder, davon 61 mit gewünschtem Betreuungsbeginn vor März 2027."),
    ("p", "**Zu 2.** In drei Einrichtungen können insgesamt 18 genehmigte Plätze nicht belegt werden, weil 4,5 Vollzeitstellen unbesetzt sind."),
    ("p", "**Zu 3.** Die Krippe im Baugebiet Sielminger Weg (zwei Gruppen, 20 Plätze) soll im September 2027 in Betrieb gehen. Die Ausschreibung des Trägers ist abgeschlossen."),
    ("p", "**Zu 4.** Die Stadt erhöht ab Januar 2027 den Zuschuss für Tagespflegepersonen auf 1,50 € je Betreuungsstunde und stellt zwei Räume im Bürgerhaus Harthausen für eine Großtagespflege bereit."),
    ("p", "gez. Birgit Heller\nBürgermeisterin"),
], drucksache="2026/131/1", doc_type="Antwort", printed="Beantwortung", date="2026-11-04",
   title="Betreuungsplätze für Kinder unter drei Jahren in Harthausen und Sielmingen", public=None,
   department="Amt für Schulen und Kinderbetreuung", answers="2026/131",
   consultations=[("Gemeinderat", "2026-11-17", "Kenntnisnahme")],
   themes=["soziales", "bildung"], why="the Anfrage's themes: crèche places and staff",
   notes="Answer registered as its own Vorlage '2026/131/1' (SessionNet sub-number); 'Anfrage: 2026/131' key → answers. Heading 'Beantwortung der Anfrage …' (printed type word 'Beantwortung'); title from the 'Gegenstand:' key. Chromium then Ghostscript pdfwrite. 'Zur Kenntnis: Gemeinderat am 17.11.2026' → Kenntnisnahme.",
   style=dict(fs="10pt")))

# ============================================================ Osterode am Harz (NI) — ALLRIS prints
OHA_FOOT = "Ausdruck vom: {d}                                                                                    Seite: {n}"
A(P("q06", "q06_osterode_bv-0214-2026_bplan-roeddenberg.pdf", "chromium", "osterode_allris_beschlussvorlage", OHA, [
    ("cols", ["**Stadt Osterode am Harz**", "**Beschlussvorlage**\n**BV/0214/2026**"], [65, 35]),
    ("kv", [("Status:", "öffentlich"), ("Datum:", "22.09.2026"), ("Federführend:", "FB 3 – Bauen und Stadtentwicklung"),
            ("Bearbeiter/-in:", "Schaper, Imke"), ("Beteiligt:", "FB 1 – Finanzen")], 24),
    ("p", "**Bebauungsplan Nr. 112 „Am Röddenberg“ – Aufstellungsbeschluss und frühzeitige Beteiligung**"),
    ("table", ["Beratungsfolge", "Geplante Sitzungstermine", "Ö / N", "Zuständigkeit"], [
        ["Ausschuss für Bauen, Umwelt und Stadtentwicklung", "07.10.2026", "Ö", "Vorberatung"],
        ["Verwaltungsausschuss", "20.10.2026", "N", "Vorberatung"],
        ["Rat der Stadt Osterode am Harz", "29.10.2026", "Ö", "Entscheidung"]], [46, 22, 10, 22]),
    ("h", "Beschlussvorschlag", 3),
    ("p", "Der Rat beschließt die Aufstellung des Bebauungsplanes Nr. 112 „Am Röddenberg“ gemäß § 2 Abs. 1 BauGB für den in der Anlage dargestellten Geltungsbereich (ca. 4,6 ha). Die Verwaltung wird beauftragt, die frühzeitige Beteiligung der Öffentlichkeit und der Behörden durchzuführen."),
    ("h", "Sach- und Rechtslage", 3),
    ("p", "Die Fläche des ehemaligen Kasernengeländes am Röddenberg liegt seit 2019 brach. Der Flächennutzungsplan stellt sie als gemischte Baufläche dar. Ziel der Planung ist ein Wohngebiet mit rund 70 Wohneinheiten, davon mindestens 20 % geförderter Mietwohnungsbau, sowie einer Kindertagesstätte mit vier Gruppen."),
    ("p", "Die Erschließung soll über die Straße Am Röddenberg und einen Fuß- und Radweg zur Innenstadt erfolgen. Die Altlastenuntersuchung (Vorlage BV/0133/2025) hat nur kleinräumige Belastungen ergeben, die im Zuge der Erschließung saniert werden."),
    ("p", "Die Planungskosten von rund 85.000 € trägt nach dem städtebaulichen Vertrag der Vorhabenträger; der Stadt entstehen nur Personalkosten."),
    ("pb",),
    ("h", "Auswirkungen auf den Klimaschutz", 3),
    ("p", "Ja, positiv: Nachnutzung einer versiegelten Fläche statt Inanspruchnahme von Außenbereich; Festsetzung von Photovoltaik auf allen Dächern und Anschluss an ein Nahwärmenetz sind vorgesehen."),
    ("h", "Anlagen", 3),
    ("p", "Anlage 1 – Geltungsbereich\nAnlage 2 – Städtebauliches Konzept (Entwurf)"),
], drucksache="BV/0214/2026", doc_type="Beschlussvorlage", printed="Beschlussvorlage", date="2026-09-22",
   title="Bebauungsplan Nr. 112 „Am Röddenberg“ – Aufstellungsbeschluss und frühzeitige Beteiligung", public=True,
   department="FB 3 – Bauen und Stadtentwicklung", references=["BV/0133/2025"],
   consultations=[("Ausschuss für Bauen, Umwelt und Stadtentwicklung", "2026-10-07", "Vorberatung"), ("Verwaltungsausschuss", "2026-10-20", "Vorberatung"),
                  ("Rat der Stadt Osterode am Harz", "2026-10-29", "Entscheidung")],
   klimacheck="positive", klima_style="heading_sentence",
   themes=["stadtentwicklung", "soziales", "klima_umwelt"], why="brownfield housing area with subsidised flats and a Kita (soziales), PV and district heat argued in the climate section",
   notes="ALLRIS-like print, 2 pages: type word and number top right, key rows Status/Datum/Federführend/Bearbeiter/Beteiligt, bold unlabelled title, Beratungsfolge|Geplante Sitzungstermine|Ö / N|Zuständigkeit. Running footer 'Ausdruck vom: 23.09.2026 … Seite: 1' is a lure for the date. 'Nr. 112' inside the title, '§ 2 Abs. 1 BauGB' no references. 'Ja, positiv' under 'Auswirkungen auf den Klimaschutz' → positive.",
   fixfoot="Ausdruck vom: 23.09.2026                                                                                        BV/0214/2026"))

A(P("q07", "q07_osterode_stellungnahme-ortsrat-lerbach_freibad.pdf", "libreoffice-docx", "osterode_ortsrat_word_stellungnahme", OHA, [
    ("p", "**Ortsrat Lerbach**\nOrtsbürgermeister Jens-Uwe Kühne\nHauptstraße 40, 37520 Osterode am Harz – Lerbach"),
    ("right", "Lerbach, 30.09.2026"),
    ("p", "Stadt Osterode am Harz\nFachbereich 2 – Bildung, Sport und Soziales\nEisensteinstraße 1\n37520 Osterode am Harz"),
    ("h", "Stellungnahme des Ortsrates Lerbach", 2),
    ("kv", [("zur Vorlage:", "BV/0219/2026"), ("Betreff:", "Zukunft des Waldschwimmbads Lerbach ab der Saison 2027")], 20),
    ("p", "Der Ortsrat Lerbach hat sich in seiner Sitzung am 28.09.2026 mit der Vorlage befasst und gibt einstimmig (7 Ja-Stimmen) folgende Stellungnahme ab:"),
    ("p", "1. Der Ortsrat lehnt die in Variante B vorgeschlagene Schließung des Waldschwimmbads ab.\n2. Der Ortsrat empfiehlt Variante A (Betrieb durch den Förderverein mit städtischem Zuschuss von jährlich 38.000 €) und bittet, den Zuschuss zunächst für drei Jahre zu sichern.\n3. Der Förderverein wird gebeten, bis Februar 2027 ein Konzept für ehrenamtliche Aufsicht vorzulegen."),
    ("p", "Begründung: Das Waldschwimmbad ist der einzige öffentliche Treffpunkt im Ortsteil und wird von Schulen aus Lerbach und Riefensbeek-Kamschlacken für den Schwimmunterricht genutzt. Der Förderverein hat 2026 über 1.900 Stunden ehrenamtlich geleistet."),
    ("p", "Jens-Uwe Kühne\nOrtsbürgermeister"),
], doc_type="Stellungnahme", printed="Stellungnahme", date="2026-09-30",
   title="Zukunft des Waldschwimmbads Lerbach ab der Saison 2027", originator="Ortsrat Lerbach", answers="BV/0219/2026",
   themes=["kultur_sport", "finanzen"], why="open-air pool's future; the annual subsidy and its duration are the recommendation itself",
   notes="Ortsrat letter (Word): the Ortsrat's own session (28.09.2026) is no consultation; date = place-date line. 'zur Vorlage: BV/0219/2026' → answers. The addressee's 'Fachbereich 2' is not the paper's department (not an administration paper).",
   docxfoot="Ortsrat Lerbach – Stellungnahme zu BV/0219/2026"))

A(P("q08", "q08_osterode_an-0031-2026_gruppe-spd-gruene_leerstand.pdf", "chromium", "osterode_allris_antrag", OHA, [
    ("cols", ["**Stadt Osterode am Harz**", "**Antrag**\n**AN/0031/2026**"], [65, 35]),
    ("kv", [("Status:", "öffentlich"), ("Datum:", "05.10.2026"), ("Antragsteller:", "Gruppe SPD/Bündnis 90/Die Grünen im Rat der Stadt Osterode am Harz")], 24),
    ("p", "**Leerstandsmanagement und Förderprogramm „Junges Wohnen im Altbau“ für die Innenstadt**"),
    ("table", ["Beratungsfolge", "Geplante Sitzungstermine", "Ö / N", "Zuständigkeit"], [
        ["Ausschuss für Wirtschaft, Tourismus und Innenstadt", "14.10.2026", "Ö", "Vorberatung"],
        ["Verwaltungsausschuss", "20.10.2026", "N", "Vorberatung"],
        ["Rat der Stadt Osterode am Harz", "29.10.2026", "Ö", "Entscheidung"]], [46, 22, 10, 22]),
    ("h", "Antrag", 3),
    ("p", "Die Verwaltung wird beauftragt,\n1. ein Leerstandskataster für die Erdgeschosse und Wohnungen der Altstadt innerhalb des Walls aufzubauen,\n2. eine Stelle für ein Leerstandsmanagement (0,5 VZÄ) zunächst befristet auf drei Jahre einzurichten und dafür Mittel aus dem Programm „Zukunftsräume Niedersachsen“ zu beantragen,\n3. ein Förderprogramm zu entwerfen, das junge Familien beim Erwerb und der Sanierung leerstehender Altbauten mit bis zu 15.000 € unterstützt."),
    ("h", "Begründung", 3),
    ("p", "In der Altstadt stehen nach einer Zählung der Werbegemeinschaft 47 Ladenlokale und etwa 120 Wohnungen leer. Andere Mittelzentren im Harz haben mit einem aktiven Leerstandsmanagement gute Erfahrungen gemacht. Das Programm ergänzt das Integrierte Stadtentwicklungskonzept (BV/0090/2024)."),
    ("p", "gez. Hanna Voigt, Gruppensprecherin          gez. Dirk Ahlborn, stv. Gruppensprecher"),
], drucksache="AN/0031/2026", doc_type="Antrag", printed="Antrag", date="2026-10-05",
   title="Leerstandsmanagement und Förderprogramm „Junges Wohnen im Altbau“ für die Innenstadt", public=True,
   originator="Gruppe SPD/Bündnis 90/Die Grünen im Rat der Stadt Osterode am Harz", references=["BV/0090/2024"],
   consultations=[("Ausschuss für Wirtschaft, Tourismus und Innenstadt", "2026-10-14", "Vorberatung"), ("Verwaltungsausschuss", "2026-10-20", "Vorberatung"),
                  ("Rat der Stadt Osterode am Harz", "2026-10-29", "Entscheidung")],
   themes=["stadtentwicklung", "wirtschaft", "verwaltung"], why="inner-city vacancy management and home-buying grant; empty shops (retail) and a new staff post are decision points",
   notes="ALLRIS print of a Gruppe's Antrag: 'Antragsteller:' key → originator; no department. Same head as q06 but type word Antrag and AN/ number. 'BV/0090/2024' → reference.",
   fixfoot="Ausdruck vom: 06.10.2026                                                                                        AN/0031/2026"))

A(P("q09", "q09_osterode_einladung-bauausschuss-14.pdf", "reportlab", "osterode_reportlab_einladung", OHA, [
    ("cols", ["Stadt Osterode am Harz\nDer Bürgermeister\n\nFachbereich 3 – Bauen und Stadtentwicklung\nSitzungsdienst: Frau Gerecke\nTel. 05522 318-3120", "Osterode am Harz, 25.09.2026\nAz.: 10.21-BUS/14"], [62, 38]),
    ("p", "An die Mitglieder\ndes Ausschusses für Bauen, Umwelt und Stadtentwicklung"),
    ("h", "Einladung", 1),
    ("p", "zur **14. Sitzung des Ausschusses für Bauen, Umwelt und Stadtentwicklung** am **Mittwoch, 07.10.2026, 17:00 Uhr**, im Sitzungssaal des Rathauses, Eisensteinstraße 1."),
    ("p", "Sehr geehrte Damen und Herren,\nzu der o. g. Sitzung lade ich Sie herzlich ein."),
    ("h", "Tagesordnung", 2),
    ("h", "Öffentlicher Teil", 3),
    ("table", ["TOP", "Betreff", "Vorlage"], [
        ["1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", ""],
        ["2", "Genehmigung der Niederschrift über die 13. Sitzung vom 02.09.2026", ""],
        ["3", "Einwohnerfragestunde", ""],
        ["4", "Bebauungsplan Nr. 112 „Am Röddenberg“ – Aufstellungsbeschluss und frühzeitige Beteiligung", "BV/0214/2026"],
        ["5", "Sanierung der Brücke Dörgestraße über die Söse – Vergabe der Planungsleistungen", "BV/0217/2026"],
        ["6", "Friedhofsentwicklungskonzept – Sachstand", "MV/0058/2026"],
        ["7", "Antrag der CDU-Fraktion: Baumpflanzprogramm für Dorste und Förste", "AN/0029/2026"],
        ["8", "Mitteilungen der Verwaltung", ""],
        ["9", "Anfragen und Anregungen", ""]], [8, 72, 20]),
    ("pb",),
    ("h", "Nichtöffentlicher Teil", 3),
    ("table", None, [["10", "Grundstücksangelegenheiten", ""], ["11", "Mitteilungen der Verwaltung", ""]], [8, 72, 20]),
    ("p", "Mit freundlichen Grüßen\n\nIm Auftrag\ngez. Rüdiger Brandes\nAusschussvorsitzender"),
    ("small", "Die Sitzungsunterlagen stehen im Ratsinformationssystem zur Verfügung. Bitte teilen Sie eine Verhinderung rechtzeitig mit."),
], doc_type="Einladung", printed="Einladung", date="2026-09-25",
   title="14. Sitzung des Ausschusses für Bauen, Umwelt und Stadtentwicklung", public=None,
   department="Fachbereich 3 – Bauen und Stadtentwicklung",
   references=["BV/0214/2026", "BV/0217/2026", "MV/0058/2026", "AN/0029/2026"],
   themes=["stadtentwicklung", "mobilitaet", "klima_umwelt"], why="agenda: B-Plan (housing), bridge renewal, cemetery concept, tree-planting programme",
   notes="Einladung as a ReportLab letter, 2 pages (non-public part on page 2), agenda table (TOP|Betreff|Vorlage). Public null: the letter prints no status of its own (public and non-public parts). No Beratungsfolge → consultations empty (the session is the title). 'Az.: 10.21-BUS/14' and 'Nr. 112' no references. Department from the letterhead's Fachbereich.",
   rlpagenum="Seite {n}", rlhead="Einladung zur 14. Sitzung des Ausschusses für Bauen, Umwelt und Stadtentwicklung am 07.10.2026"))

A(P("q10", "q10_osterode_bv-0214-2026-1_ergaenzung-roeddenberg.pdf", "chromium", "osterode_allris_ergaenzung", OHA, [
    ("cols", ["**Stadt Osterode am Harz**", "**Ergänzungsvorlage**\n**BV/0214/2026-1**"], [65, 35]),
    ("kv", [("Status:", "öffentlich"), ("Datum:", "13.10.2026"), ("Federführend:", "FB 3 – Bauen und Stadtentwicklung"),
            ("Bearbeiter/-in:", "Schaper, Imke"), ("Bezüglich:", "BV/0214/2026")], 24),
    ("p", "**Bebauungsplan Nr. 112 „Am Röddenberg“ – Ergänzung des Geltungsbereichs um die Zufahrt Röddenberger Weg**"),
    ("table", ["Beratungsfolge", "Geplante Sitzungstermine", "Ö / N", "Zuständigkeit"], [
        ["Verwaltungsausschuss", "20.10.2026", "N", "Vorberatung"],
        ["Rat der Stadt Osterode am Harz", "29.10.2026", "Ö", "Entscheidung"]], [46, 22, 10, 22]),
    ("h", "Ergänzung zum Beschlussvorschlag", 3),
    ("p", "Der Geltungsbereich des Bebauungsplanes Nr. 112 wird um das Flurstück 88/4 (Röddenberger Weg) ergänzt. Im Übrigen gilt der Beschlussvorschlag der Vorlage BV/0214/2026."),
    ("h", "Begründung", 3),
    ("p", "In der Sitzung des Ausschusses für Bauen, Umwelt und Stadtentwicklung am 07.10.2026 wurde angeregt, eine zweite Zufahrt für Rettungsfahrzeuge zu sichern. Der Landkreis hat dies in einer Vorabstimmung bestätigt. Die Erweiterung umfasst rund 0,2 ha."),
], drucksache="BV/0214/2026-1", doc_type="Ergänzungsvorlage", printed="Ergänzungsvorlage", date="2026-10-13",
   title="Bebauungsplan Nr. 112 „Am Röddenberg“ – Ergänzung des Geltungsbereichs um die Zufahrt Röddenberger Weg", public=True,
   department="FB 3 – Bauen und Stadtentwicklung", references=["BV/0214/2026"],
   consultations=[("Verwaltungsausschuss", "2026-10-20", "Vorberatung"), ("Rat der Stadt Osterode am Harz", "2026-10-29", "Entscheidung")],
   themes=["stadtentwicklung"], why="extension of a B-Plan area for an emergency access road",
   notes="ALLRIS Ergänzungsvorlage: 'Bezüglich: BV/0214/2026' key and the body citation → reference (not answers). The committee session of 07.10.2026 in the body is a past session, no consultation. 'Flurstück 88/4' no reference.",
   fixfoot="Ausdruck vom: 13.10.2026                                                                                        BV/0214/2026-1"))

# ============================================================ Bedburg (NW) — more!rubin-like Vorlage, Fraktion letterhead, Seniorenbeirat
A(P("q11", "q11_bedburg_187-2026_waermeplanung.pdf", "libreoffice-docx", "bedburg_word_sidecolumn_vorlage", BED, [
    ("cols", ["**STADT BEDBURG**\nDer Bürgermeister", "Drucksache-Nr.: 187/2026\n\nAmt 61 – Stadtplanung und Klimaschutz\nAuskunft: Frau Odenthal\nZimmer 2.14\nTel. 02272 402-614\n\nBedburg, 15.10.2026"], [58, 42]),
    ("h", "Vorlage", 1),
    ("p", "**öffentlich**"),
    ("table", ["Beratungsfolge", "Sitzungstermin", "Beratungsart"], [
        ["Ausschuss für Stadtentwicklung, Umwelt und Klimaschutz", "10.11.2026", "Vorberatung"],
        ["Haupt- und Finanzausschuss", "19.11.2026", "Vorberatung"],
        ["Rat", "01.12.2026", "Entscheidung"]], [55, 20, 25]),
    ("kv", [("Betreff:", "**Kommunale Wärmeplanung nach dem Wärmeplanungsgesetz – Vergabe der Bestands- und Potenzialanalyse**")], 14),
    ("h", "Beschlussentwurf:", 3),
    ("p", "Der Rat beauftragt die Verwaltung, die Erstellung des kommunalen Wärmeplans für das Stadtgebiet Bedburg einschließlich der Ortschaften Kaster, Kirchherten und Königshoven auszuschreiben und an das wirtschaftlichste Angebot zu vergeben."),
    ("h", "Sachdarstellung:", 3),
    ("p", "Nach dem Wärmeplanungsgesetz und dem Landeswärmeplanungsgesetz NRW müssen Gemeinden mit weniger als 100.000 Einwohnern bis zum 30.06.2028 einen Wärmeplan vorlegen. Der Rat hat am 24.03.2026 die Teilnahme an der interkommunalen Koordinierung im Rhein-Erft-Kreis beschlossen (Drucksache 052/2026)."),
    ("p", "Der Wärmeplan umfasst eine Bestandsanalyse der Gebäude und Netze, eine Potenzialanalyse (u. a. Abwärme des Tagebaus und der Industrie, Geothermie, Biomasse), ein Zielszenario und eine Umsetzungsstrategie mit Eignungsgebieten für Wärmenetze."),
    ("p", "Die Kosten werden auf 148.000 € geschätzt. Das Land gewährt einen Konnexitätsausgleich von voraussichtlich 131.500 €; der Eigenanteil von 16.500 € ist im Haushalt 2027 bei Produkt 09.01.01 eingeplant."),
    ("pb",),
    ("h", "Auswirkungen auf das Klima:", 3),
    ("table", None, [["☒", "positiv", "Der Wärmeplan ist Grundlage für die Dekarbonisierung der Wärmeversorgung (rund 42 % der CO2-Emissionen im Stadtgebiet)."],
                     ["☐", "negativ", ""], ["☐", "keine", ""]], [6, 14, 80]),
    ("h", "Finanzielle Auswirkungen:", 3),
    ("p", "Ja – siehe Sachdarstellung."),
    ("p", "In Vertretung\n\ngez. Schumacher\nErster Beigeordneter"),
], drucksache="187/2026", doc_type="Beschlussvorlage", printed="Vorlage", date="2026-10-15",
   title="Kommunale Wärmeplanung nach dem Wärmeplanungsgesetz – Vergabe der Bestands- und Potenzialanalyse", public=True,
   department="Amt 61 – Stadtplanung und Klimaschutz", references=["052/2026"],
   consultations=[("Ausschuss für Stadtentwicklung, Umwelt und Klimaschutz", "2026-11-10", "Vorberatung"), ("Haupt- und Finanzausschuss", "2026-11-19", "Vorberatung"),
                  ("Rat", "2026-12-01", "Entscheidung")],
   klimacheck="positive", klima_style="checkbox_table",
   themes=["klima_umwelt", "finanzen"], why="municipal heat plan (decarbonisation); state compensation and own share argued",
   notes="more!rubin/Word-like: right column with Drucksache-Nr., Amt, contact, room, phone and date; heading just 'Vorlage' with a 'Beschlussentwurf' → Beschlussvorlage (printed 'Vorlage'). 'Betreff:' in a key row. Klima checkbox table on page 2. 'Drucksache 052/2026' → reference; 'Produkt 09.01.01', phone, 30.06.2028 no references.",
   docxfoot="Drucksache 187/2026 – Seite {n}"))

A(P("q12", "q12_bedburg_antrag-gruene_schulwegsicherheit.pdf", "reportlab", "bedburg_fraktion_letterhead_antrag", BED, [
    ("cols", ["**BÜNDNIS 90/DIE GRÜNEN**\n**Fraktion im Rat der Stadt Bedburg**", "Fraktionsbüro\nLindenstraße 9\n50181 Bedburg\nfraktion@gruene-bedburg.example\n\n21. Oktober 2026"], [60, 40]),
    ("hr",),
    ("p", "Herrn Bürgermeister\nder Stadt Bedburg\nAm Rathaus 1\n50181 Bedburg"),
    ("p", "**Antrag zur Sitzung des Rates am 01.12.2026**"),
    ("p", "**Schulwegsicherheit an der Grundschule Kirchherten – Tempo 30 und Elternhaltestelle**"),
    ("p", "Sehr geehrter Herr Bürgermeister,\nbitte setzen Sie folgenden Antrag auf die Tagesordnung der nächsten Ratssitzung:"),
    ("box", ["Der Rat beauftragt die Verwaltung,",
             "1. beim Rhein-Erft-Kreis als Straßenverkehrsbehörde eine Geschwindigkeitsbegrenzung auf 30 km/h auf der L 213 im Bereich der Grundschule Kirchherten zu beantragen,",
             "2. eine Elternhaltestelle am Sportplatz einzurichten und den Fußweg zur Schule zu beleuchten,",
             "3. dem Ausschuss für Schule, Sport und Kultur bis März 2027 über das Ergebnis zu berichten."]),
    ("p", "**Begründung:**\nIm Schuljahr 2025/26 wurden vor der Grundschule zwei Beinahe-Unfälle mit Kindern aktenkundig. Die Schulpflegschaft hat über 300 Unterschriften für eine sichere Lösung gesammelt. Seit der Änderung der Straßenverkehrs-Ordnung 2024 ist Tempo 30 vor Schulen auch an Landesstraßen leichter anzuordnen."),
    ("p", "Mit freundlichen Grüßen\n\nMiriam Lenzen                 Tobias Hamacher\nFraktionsvorsitzende          Ratsmitglied"),
], doc_type="Antrag", printed="Antrag", date="2026-10-21",
   title="Schulwegsicherheit an der Grundschule Kirchherten – Tempo 30 und Elternhaltestelle",
   originator="BÜNDNIS 90/DIE GRÜNEN Fraktion im Rat der Stadt Bedburg",
   consultations=[("Rat", "2026-12-01", None)],
   themes=["mobilitaet", "bildung"], why="speed limit and drop-off zone; stated target: primary school pupils' way to school",
   notes="Fraktion letterhead (ReportLab), date right under the office address, 'Antrag zur Sitzung des Rates am 01.12.2026' line then bold subject; the motion text in a box. 'L 213', 'Schuljahr 2025/26' no references. Originator from the letterhead's two lines joined.",
   rlfoot="BÜNDNIS 90/DIE GRÜNEN im Rat der Stadt Bedburg · IBAN DE12 3706 9520 0004 4471 20"))

A(P("q13", "q13_bedburg_empfehlung-seniorenbeirat_haltestellen.pdf", "chromium", "bedburg_seniorenbeirat_html_empfehlung", BED, [
    ("raw", '<div style="border-left:6px solid #2a6; padding-left:10px"><b style="font-size:14pt">Seniorenbeirat der Stadt Bedburg</b><br>Vorsitzende: Gertrud Kamphausen · Graf-Salm-Straße 3 · 50181 Bedburg</div>'),
    ("p", " "),
    ("kv", [("An:", "Ausschuss für Stadtentwicklung, Umwelt und Klimaschutz"), ("Datum:", "03.11.2026"),
            ("Bezug:", "Drucksache 176/2026 – Nahverkehrsplan des Rhein-Erft-Kreises, Stellungnahme der Stadt Bedburg")], 14),
    ("h", "Empfehlung des Seniorenbeirates", 1),
    ("p", "**Barrierefreier Ausbau der Bushaltestellen in Kaster und Kirchherten**"),
    ("p", "Der Seniorenbeirat hat sich in seiner Sitzung am 28.10.2026 mit dem Entwurf der Stellungnahme zum Nahverkehrsplan befasst und empfiehlt dem Ausschuss einstimmig:"),
    ("p", "1. Die Haltestellen „Kaster Markt“, „Kirchherten Kirche“ und „Königshoven Neue Mitte“ sollen vorrangig bis 2028 barrierefrei ausgebaut werden (Hochbord, Sitzbank, Wetterschutz).\n2. Die Stadt soll sich für eine Verlängerung der Linie 975 bis zum Ärztehaus an der Adolf-Silverberg-Straße einsetzen.\n3. Bei allen Haltestellen ist eine gut lesbare Fahrplanauskunft in Großschrift anzubringen."),
    ("p", "Begründung: Fast ein Drittel der Bedburgerinnen und Bedburger ist älter als 60 Jahre. Viele ältere Menschen in den Ortschaften haben kein Auto mehr; die heutigen Haltestellen sind mit Rollator nicht nutzbar."),
    ("p", "Gertrud Kamphausen\nVorsitzende des Seniorenbeirates"),
], doc_type="Stellungnahme", printed="Empfehlung", date="2026-11-03",
   title="Barrierefreier Ausbau der Bushaltestellen in Kaster und Kirchherten", originator="Seniorenbeirat der Stadt Bedburg",
   answers="176/2026",
   themes=["mobilitaet", "soziales"], why="accessible bus stops and a line extension; target group older people",
   notes="Raw HTML (Chromium) with a coloured side rule letterhead. 'Empfehlung des Seniorenbeirates' → Stellungnahme, printed 'Empfehlung'. 'Bezug: Drucksache 176/2026 …' → answers (the Beirat's opinion on that paper). 'An:' names the committee, no consultation (the Beirat's own session 28.10.2026 neither). 'Linie 975' no reference.",
   fixfoot="Seniorenbeirat der Stadt Bedburg – Empfehlung vom 03.11.2026"))

A(P("q14", "q14_bedburg_niederschrift-seniorenbeirat-9.pdf", "libreoffice-html", "bedburg_html_niederschrift", BED, [
    ("center", "**Stadt Bedburg**"),
    ("h", "Niederschrift", 1),
    ("p", "über die **9. Sitzung des Seniorenbeirates der Stadt Bedburg** am Dienstag, dem 28.10.2026, im Bürgersaal des Rathauses, Am Rathaus 1"),
    ("kv", [("Beginn:", "15:00 Uhr"), ("Ende:", "17:10 Uhr"), ("Vorsitz:", "Gertrud Kamphausen"),
            ("Anwesend:", "9 von 11 stimmberechtigten Mitgliedern; von der Verwaltung Herr Krings (Amt 50 – Soziales und Senioren)"),
            ("Schriftführung:", "Frau Esser")], 20),
    ("h", "Tagesordnung", 2),
    ("p", "1. Begrüßung und Feststellung der Beschlussfähigkeit\n2. Genehmigung der Niederschrift vom 09.09.2026\n3. Nahverkehrsplan des Rhein-Erft-Kreises – Stellungnahme der Stadt (Drucksache 176/2026)\n4. Seniorenwegweiser 2027\n5. Bericht aus dem Arbeitskreis Pflege und Wohnen\n6. Verschiedenes"),
    ("h", "TOP 1 – Begrüßung", 3),
    ("p", "Die Vorsitzende eröffnet die Sitzung um 15:00 Uhr und stellt die ordnungsgemäße Einladung und die Beschlussfähigkeit fest."),
    ("h", "TOP 2 – Niederschrift", 3),
    ("p", "Die Niederschrift vom 09.09.2026 wird ohne Änderungen genehmigt (9 Ja)."),
    ("h", "TOP 3 – Nahverkehrsplan (Drucksache 176/2026)", 3),
    ("p", "Herr Krings erläutert den Entwurf. In der Aussprache wird bemängelt, dass die Haltestellen in Kaster und Kirchherten nicht barrierefrei sind und die Linie 975 das neue Ärztehaus nicht anfährt. Der Beirat beschließt einstimmig eine Empfehlung an den Ausschuss für Stadtentwicklung, Umwelt und Klimaschutz (Wortlaut siehe Anlage)."),
    ("h", "TOP 4 – Seniorenwegweiser 2027", 3),
    ("p", "Der Wegweiser soll um ein Kapitel zu digitalen Angeboten (Online-Termine im Bürgerbüro, Video-Sprechstunden) ergänzt werden. Die Auflage wird auf 2.500 Exemplare erhöht; die Kosten trägt das Amt 50 aus seinem Budget."),
    ("h", "TOP 5 – Arbeitskreis Pflege und Wohnen", 3),
    ("p", "Frau Jansen berichtet über die geplante Wohngemeinschaft für Menschen mit Demenz in Königshoven (Vorlage 161/2026 im Sozialausschuss). Der Träger rechnet mit einer Eröffnung im Herbst 2027."),
    ("h", "TOP 6 – Verschiedenes", 3),
    ("p", "Die nächste Sitzung findet am 09.12.2026 statt."),
    ("p", "Gertrud Kamphausen                              Petra Esser\nVorsitzende                                           Schriftführerin"),
], doc_type="Niederschrift", printed="Niederschrift", date="2026-10-28",
   title="9. Sitzung des Seniorenbeirates der Stadt Bedburg",
   references=["176/2026", "161/2026"],
   themes=["soziales", "mobilitaet"], why="agenda: accessible bus stops (mobility) for seniors, senior guide and dementia flat-share (soziales larger)",
   notes="LibreOffice HTML import; 2 pages. Title = the session named (type word, date and place dropped). Originator null as for minutes in earlier sets (the minutes record the Beirat's session; the minute-taker is from the administration). Past session 09.09.2026 and next session 09.12.2026 no consultations; the Beirat's session of 28.10.2026 is the title, not a consultation. 'Amt 50' named for a guest, not a department."))

# ============================================================ Kelkheim (HE) — Magistratsvorlage, Fraktion, Ortsbeirat
KH = "Magistrat der Stadt Kelkheim (Taunus)"
A(P("q15", "q15_kelkheim_274-2026_sporthalle-ruppertshain.pdf", "chromium", "kelkheim_textbox_magistratsvorlage", KEL, [
    ("raw", """<table style="width:100%; border:1.5px solid #000"><tr>
<td style="width:55%; border-right:1px solid #000"><b style="font-size:13pt">Stadt Kelkheim (Taunus)</b><br>Der Magistrat<br><br>Fachbereich 4 – Gebäudemanagement<br>Gagernring 6–8 · 65779 Kelkheim (Taunus)</td>
<td><b>Magistratsvorlage</b><br>an die Stadtverordnetenversammlung<br><br>Vorlagen-Nr.: <b>274/2026</b><br>Datum: 02.11.2026<br>Az.: 4.2-65-Ru/26</td></tr></table>"""),
    ("p", " "),
    ("table", ["Beratungsfolge", "Termin", "Beratungsart"], [
        ["Magistrat", "09.11.2026", "Vorberatung"],
        ["Ortsbeirat Ruppertshain/Eppenhain", "12.11.2026", "Anhörung"],
        ["Bau-, Planungs- und Umweltausschuss", "24.11.2026", "Vorberatung"],
        ["Haupt- und Finanzausschuss", "26.11.2026", "Vorberatung"],
        ["Stadtverordnetenversammlung", "08.12.2026", "Beschlussfassung"]], [50, 20, 30]),
    ("p", "**Betreff:** Sanierung der Mehrzweckhalle Ruppertshain – Bewilligung überplanmäßiger Mittel"),
    ("h", "Beschlussvorschlag:", 3),
    ("p", "Die Stadtverordnetenversammlung bewilligt für die Sanierung der Mehrzweckhalle Ruppertshain überplanmäßige Auszahlungen in Höhe von 420.000 € bei der Investitionsnummer I-4200-031. Die Deckung erfolgt durch Minderauszahlungen bei der Maßnahme Feuerwehrgerätehaus Hornau (I-1260-012)."),
    ("h", "Begründung:", 3),
    ("p", "Die Stadtverordnetenversammlung hat am 19.03.2026 die Sanierung der Halle mit Gesamtkosten von 1,9 Mio. € beschlossen (Vorlage 071/2026). Bei der Öffnung des Daches wurden Schäden an den Holzleimbindern festgestellt, die nach dem Gutachten des Tragwerksplaners ersetzt werden müssen. Zusätzlich ist die Lüftungsanlage nicht mehr reparabel."),
    ("p", "Die Halle wird von der Grundschule, drei Vereinen und für Veranstaltungen der Ortsvereine genutzt. Eine Verschiebung würde die Schließung über den Winter 2027 hinaus verlängern."),
    ("p", "Die Maßnahme Feuerwehrgerätehaus Hornau verzögert sich wegen des Grundstückserwerbs; die Mittel werden erst 2028 benötigt."),
    ("p", "Der Magistrat\ngez. Albrecht Wenzel\nBürgermeister"),
], drucksache="274/2026", doc_type="Beschlussvorlage", printed="Magistratsvorlage", date="2026-11-02",
   title="Sanierung der Mehrzweckhalle Ruppertshain – Bewilligung überplanmäßiger Mittel", public=None,
   department="Fachbereich 4 – Gebäudemanagement", references=["071/2026"],
   consultations=[("Magistrat", "2026-11-09", "Vorberatung"), ("Ortsbeirat Ruppertshain/Eppenhain", "2026-11-12", "Anhörung"),
                  ("Bau-, Planungs- und Umweltausschuss", "2026-11-24", "Vorberatung"), ("Haupt- und Finanzausschuss", "2026-11-26", "Vorberatung"),
                  ("Stadtverordnetenversammlung", "2026-12-08", "Entscheidung")],
   themes=["kultur_sport", "finanzen"], why="multi-purpose sports hall repair; over-budget funds and their cover are the decision",
   notes="Hessian Magistratsvorlage with a bordered two-cell head (text box style) — 'Magistratsvorlage an die Stadtverordnetenversammlung' → Beschlussvorlage, printed 'Magistratsvorlage'. No public status printed → null. 'Az.: 4.2-65-Ru/26', 'I-4200-031', 'I-1260-012' no references; 'Vorlage 071/2026' → reference. Ortsbeirat 'Anhörung' (Hessian HGO § 82)."))

A(P("q16", "q16_kelkheim_antrag-cdu_photovoltaik-parkplaetze.pdf", "reportlab", "kelkheim_fraktion_reportlab_antrag", KEL, [
    ("cols", ["**CDU-Fraktion**\n**in der Stadtverordnetenversammlung Kelkheim (Taunus)**", "Kelkheim, 27. Oktober 2026"], [65, 35]),
    ("hr",),
    ("p", "An den Vorsitzenden der Stadtverordnetenversammlung\nHerrn Bernd Schlereth\nGagernring 6–8\n65779 Kelkheim (Taunus)"),
    ("kv", [("Antrag", "für die Sitzung der Stadtverordnetenversammlung am 08.12.2026"),
            ("Betreff", "Photovoltaik-Überdachung der städtischen Parkplätze am Bahnhof Kelkheim-Mitte und an der Stadthalle")], 16),
    ("p", "Die Stadtverordnetenversammlung möge beschließen:"),
    ("p", "Der Magistrat wird beauftragt,\na) die Parkplätze am Bahnhof Kelkheim-Mitte und an der Stadthalle auf ihre Eignung für Photovoltaik-Überdachungen prüfen zu lassen,\nb) ein Modell zu entwickeln, bei dem die Anlagen von einer Bürgerenergiegenossenschaft finanziert und betrieben werden,\nc) im Bau-, Planungs- und Umweltausschuss bis Mai 2027 zu berichten."),
    ("p", "**Begründung:**"),
    ("p", "Die beiden Parkplätze umfassen zusammen rund 9.800 m² versiegelte Fläche. Eine Überdachung könnte bei einer Leistung von etwa 1,6 MWp jährlich rund 1,5 Mio. kWh Strom erzeugen und zugleich Schatten spenden. Seit 2023 müssen in Hessen neue Parkplätze mit mehr als 50 Stellplätzen mit PV ausgestattet werden; bei bestehenden Flächen sollte die Stadt Vorbild sein."),
    ("p", "Ein Genossenschaftsmodell entlastet den Haushalt und beteiligt die Bürgerinnen und Bürger an der Wertschöpfung."),
    ("p", "Für die CDU-Fraktion\n\nDr. Sabine Reutzel\nFraktionsvorsitzende"),
], doc_type="Antrag", printed="Antrag", date="2026-10-27",
   title="Photovoltaik-Überdachung der städtischen Parkplätze am Bahnhof Kelkheim-Mitte und an der Stadthalle",
   originator="CDU-Fraktion in der Stadtverordnetenversammlung Kelkheim (Taunus)",
   consultations=[("Stadtverordnetenversammlung", "2026-12-08", None)],
   themes=["klima_umwelt", "finanzen"], why="solar carports; the citizens' cooperative financing model is a decision point",
   notes="ReportLab Fraktion letter; 'Antrag' and 'Betreff' as keys without colons in a borderless key table. The StVV session asked for → consultation role null; the Bau-, Planungs- und Umweltausschuss is only a report recipient (no consultation).",
   style=dict(rlfont="LiberationSerif", rlfs=10.5), rlfoot="CDU-Fraktion Kelkheim (Taunus) · Frankfurter Straße 21 · 65779 Kelkheim · Tel. 06195 67 41 20"))

A(P("q17", "q17_kelkheim_anfrage-ortsbeirat-ruppertshain_busanbindung.pdf", "libreoffice-docx", "kelkheim_ortsbeirat_word_anfrage", KEL, [
    ("p", "**Ortsbeirat Ruppertshain/Eppenhain**\nder Stadt Kelkheim (Taunus)\nOrtsvorsteher Wolfgang Hees"),
    ("right", "Kelkheim-Ruppertshain, 05.11.2026"),
    ("p", "An den\nMagistrat der Stadt Kelkheim (Taunus)\n– Fachbereich 3 Ordnung und Verkehr –"),
    ("h", "Anfrage", 2),
    ("p", "**Gegenstand: Busanbindung von Eppenhain an Abenden und Wochenenden**"),
    ("p", "Der Ortsbeirat hat in seiner Sitzung am 04.11.2026 beschlossen, dem Magistrat folgende Fragen zu stellen:"),
    ("p", "1. Wie viele Fahrgäste nutzen die Linie 263 in Eppenhain werktags nach 19 Uhr und an Wochenenden?\n2. Trifft es zu, dass der Main-Taunus-Kreis die Abendfahrten zum Fahrplanwechsel 2027 streichen will?\n3. Welche Kosten würden der Stadt entstehen, wenn sie die Fahrten selbst bestellt?\n4. Ist ein On-Demand-Angebot wie in anderen Kommunen des Kreises geprüft worden?"),
    ("p", "Um schriftliche Beantwortung bis zur nächsten Sitzung des Ortsbeirats am 10.12.2026 wird gebeten."),
    ("p", "Wolfgang Hees\nOrtsvorsteher"),
], doc_type="Anfrage", printed="Anfrage", date="2026-11-05",
   title="Busanbindung von Eppenhain an Abenden und Wochenenden", originator="Ortsbeirat Ruppertshain/Eppenhain",
   themes=["mobilitaet"], why="evening and weekend bus service for a village",
   notes="Ortsbeirat's Anfrage to the Magistrat (Word). 'Gegenstand:' bold line. The Ortsbeirat's own past session (04.11.2026) and the answer deadline session (10.12.2026) are no consultations. Addressee 'Fachbereich 3' is no department (not an administration paper). 'Linie 263' no reference.",
   docxfoot="Ortsbeirat Ruppertshain/Eppenhain · Anfrage vom 05.11.2026"))

A(P("q18", "q18_kelkheim_antwort-magistrat_busanbindung.pdf", "chromium+gs", "kelkheim_magistrat_letter_antwort", KEL, [
    ("cols", ["**Magistrat der Stadt Kelkheim (Taunus)**\nFachbereich 3 – Ordnung und Verkehr", "Gagernring 6–8\n65779 Kelkheim (Taunus)\nTelefon 06195 803-310\n\nDatum: 25.11.2026\nAz.: 3.3-Bu-263"], [60, 40]),
    ("p", " "),
    ("p", "Ortsbeirat Ruppertshain/Eppenhain\nHerrn Ortsvorsteher Wolfgang Hees"),
    ("p", "**Beantwortung Ihrer Anfrage vom 05.11.2026 – Busanbindung von Eppenhain an Abenden und Wochenenden**"),
    ("p", "Sehr geehrter Herr Hees,"),
    ("p", "Ihre Fragen beantworten wir wie folgt:"),
    ("p", "Zu 1: Nach den Zählungen des Verkehrsunternehmens steigen in Eppenhain werktags nach 19 Uhr durchschnittlich 11 Fahrgäste ein, samstags 17 und sonntags 9."),
    ("p", "Zu 2: Der Kreis prüft im Rahmen der Fortschreibung des Nahverkehrsplans Einsparungen. Eine Entscheidung ist noch nicht gefallen; die Stadt hat sich gegen eine Streichung ausgesprochen."),
    ("p", "Zu 3: Für die Bestellung der Abend- und Wochenendfahrten wären jährlich rund 64.000 € aufzuwenden."),
    ("p", "Zu 4: Der Kreis plant für 2028 ein On-Demand-Angebot im Raum Kelkheim/Liederbach. Eppenhain soll in das Bediengebiet einbezogen werden."),
    ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nStefanie Roth"),
], doc_type="Antwort", printed=None, date="2026-11-25",
   title="Beantwortung Ihrer Anfrage vom 05.11.2026 – Busanbindung von Eppenhain an Abenden und Wochenenden", public=None,
   department="Fachbereich 3 – Ordnung und Verkehr",
   themes=["mobilitaet"], why="the Anfrage's theme: bus service",
   notes="Answer as a DIN letter of the Magistrat (Chromium → Ghostscript). No type word of its own (the subject line says 'Beantwortung Ihrer Anfrage') → doc_type_printed null — a call; the Anfrage has no number → answers null. Title = the whole bold subject line. Date = 'Datum:' in the contact column. 'Az.: 3.3-Bu-263' and phone no references."))

import papers_b  # noqa: E402
PAPERS.extend(papers_b.PAPERS)
