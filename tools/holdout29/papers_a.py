# -*- coding: utf-8 -*-
"""Papers of Stadt Raguhn-Jeßnitz, VG Droyßiger-Zeitzer Forst, Gemeinde Recke, Behindertenbeirat Hamminkeln.
All people, numbers, streets and decisions are invented; the place names are settings only."""

X, O = "☒", "☐"
PAPERS = []


def paper(**kw):
    PAPERS.append(kw)


# ======================================================================= Stadt Raguhn-Jeßnitz (ST)
RJ = "Stadt Raguhn-Jeßnitz"
paper(
    file="r01_raguhn_SR-048-2026_sporthalle-retzau.pdf", producer="chromium", layout="raguhn_allris_beschlussvorlage",
    opt=dict(footer="Ausdruck vom 21.09.2026 10:14 · Stadt Raguhn-Jeßnitz · Vorlage SR/048/2026 · Ratsinformationssystem",
             doctitle="Vorlage SR/048/2026"),
    blocks=[
        ("lh", ["Stadt Raguhn-Jeßnitz", "Der Bürgermeister"], ["Vorlage - SR/048/2026", "Beschlussvorlage", "öffentlich"]),
        ("kv", [("Betreff", "Sanierung der Sporthalle Retzau – Bestätigung der Kostenerhöhung und überplanmäßige Ausgabe"),
                ("Status", "öffentlich"), ("Vorlage-Art", "Beschlussvorlage"), ("Datum", "14.09.2026"),
                ("Federführend", "Fachbereich 3 – Bau und Ordnung"), ("Bearbeiter/-in", "Kettler, Annegret (Tel. 034906 417-31)"),
                ("Aktenzeichen", "FB3-65 21 04/2026")], False),
        ("h", "Beratungsfolge"),
        ("table", ["Datum", "Gremium", "Zuständigkeit", "Ö/N"], [
            ["29.09.2026", "Bau- und Vergabeausschuss", "Vorberatung", "Ö"],
            ["01.10.2026", "Ortschaftsrat Retzau", "Anhörung", "Ö"],
            ["14.10.2026", "Stadtrat", "Entscheidung", "Ö"]]),
        ("h", "Beschlussvorschlag"),
        ("p", "Der Stadtrat bestätigt die Erhöhung der Gesamtkosten für die Sanierung der Sporthalle Retzau (Dach, Lüftung, Sanitärtrakt) von 612.000 € auf 689.400 € und stimmt einer überplanmäßigen Ausgabe gemäß § 105 KVG LSA in Höhe von 77.400 € bei der Haushaltsstelle 42410.096100 zu. Die Deckung erfolgt aus Minderausgaben bei der Haushaltsstelle 54100.096200 (Ausbau Schulstraße Thurland)."),
        ("h", "Sachverhalt"),
        ("p", "Mit Beschluss SR/031/2025 vom 18.06.2025 hat der Stadtrat die Sanierung der Sporthalle Retzau beschlossen. Die Halle wird vom Schulsport der Grundschule, von zwei Sportvereinen und vom Kinderturnen genutzt. Bei der Öffnung der Dachkonstruktion im Juli 2026 zeigte sich, dass drei Binder im Auflagerbereich durch eindringende Feuchtigkeit stärker geschädigt sind als im Gutachten vom Februar 2025 angenommen."),
        ("p", "Der Tragwerksplaner empfiehlt die Verstärkung der Binder mit Stahllaschen und den Austausch der Pfetten im Ostfeld. Zusätzlich verlangt die Unfallkasse Sachsen-Anhalt nach ihrer Begehung vom 03.08.2026 einen zweiten baulichen Rettungsweg aus dem Geräteraum."),
        ("table", ["Kostenposition", "bisher (€)", "neu (€)"], [
            ["Dach und Tragwerk", "238.000", "291.500"],
            ["Lüftungsanlage mit Wärmerückgewinnung", "174.000", "174.000"],
            ["Sanitärtrakt, barrierefrei", "131.000", "138.900"],
            ["Rettungsweg Geräteraum", "–", "16.000"],
            ["Baunebenkosten", "69.000", "69.000"],
            ["Summe", "612.000", "689.400"]]),
        ("p", "Die Fördermittel aus dem Programm „Sportstättenförderung Sachsen-Anhalt“ bleiben mit 306.000 € unverändert; eine Aufstockung ist nach Auskunft des Landesverwaltungsamtes nicht möglich. Die Mehrkosten trägt die Stadt vollständig. Die Maßnahme Schulstraße Thurland verschiebt sich dadurch in das Haushaltsjahr 2027."),
        ("h", "Auswirkungen auf den Klimaschutz"),
        ("p", f"{O} positiv    {O} negativ    {X} keine erheblichen Auswirkungen"),
        ("p", "Die Lüftungsanlage war bereits Bestandteil der beschlossenen Planung; die Mehrkosten betreffen ausschließlich die Standsicherheit."),
        ("sp",),
        ("p", "Hartwig\nBürgermeister"),
        ("h", "Anlagen"),
        ("p", "1  Stellungnahme Tragwerksplaner vom 12.08.2026 (nichtöffentlich)\n2  Kostenfortschreibung nach DIN 276"),
    ],
    truth=dict(city=RJ, drucksache="SR/048/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-09-14",
               title="Sanierung der Sporthalle Retzau – Bestätigung der Kostenerhöhung und überplanmäßige Ausgabe", public=True,
               department="Fachbereich 3 – Bau und Ordnung", originator=None, answers=None, references=["SR/031/2025"],
               consultations=[{"committee": "Bau- und Vergabeausschuss", "date": "2026-09-29", "role": "Vorberatung"},
                              {"committee": "Ortschaftsrat Retzau", "date": "2026-10-01", "role": "Anhörung"},
                              {"committee": "Stadtrat", "date": "2026-10-14", "role": "Entscheidung"}],
               klimacheck="neutral", klima_style="heading 'Auswirkungen auf den Klimaschutz' then one line of three boxes, ☒ on 'keine erheblichen Auswirkungen', with a prose sentence after it",
               themes=["kultur_sport", "finanzen"], themes_why="sports hall renovation used by school and clubs; the paper argues a cost increase, an overspend under § 105 KVG LSA and its coverage from another budget line",
               notes="ALLRIS-like: two-column head 'Vorlage - SR/048/2026' right, then a borderless key list with 'Betreff' first; Beratungsfolge table with dates, Zuständigkeit and Ö/N; fixed 'Ausdruck vom' footer on every page. Haushaltsstellen 42410.096100/54100.096200, Aktenzeichen 'FB3-65 21 04/2026' and '§ 105 KVG LSA' are no references.")
)

paper(
    file="r02_raguhn_antrag-bfr_buergerbus.pdf", producer="libreoffice-docx", layout="raguhn_waehlergemeinschaft_word_antrag",
    opt=dict(header="Fraktion Bürger für Raguhn-Jeßnitz im Stadtrat · Fraktionsvorsitzende Doreen Pauly · Mühlstraße 9 · 06779 Raguhn-Jeßnitz",
             footer="BfRJ – Wählergemeinschaft Bürger für Raguhn-Jeßnitz e. V. · Vereinsregister VR 40117 · Seite {page}"),
    blocks=[
        ("p", "An den\nVorsitzenden des Stadtrates\nder Stadt Raguhn-Jeßnitz\nMarkt 1\n06779 Raguhn-Jeßnitz"),
        ("p", "Raguhn-Jeßnitz, 02.10.2026"),
        ("sp",),
        ("title", "Antrag zur Sitzung des Stadtrates am 14.10.2026"),
        ("p", "Betreff: Einrichtung eines Bürgerbusses zwischen Thurland, Schierau und Jeßnitz"),
        ("p", "Sehr geehrter Herr Vorsitzender,\ndie Fraktion Bürger für Raguhn-Jeßnitz stellt folgenden Antrag und bittet um Aufnahme in die Tagesordnung:"),
        ("h", "Der Stadtrat möge beschließen:"),
        ("p", "1. Die Verwaltung wird beauftragt, bis zum 31.03.2027 ein Konzept für einen ehrenamtlich gefahrenen Bürgerbus vorzulegen, der die Ortsteile Thurland, Schierau und Altjeßnitz an mindestens drei Wochentagen mit Jeßnitz (Ärztehaus, Apotheke, Einkaufsmarkt) verbindet.\n2. Dabei sind die Gründung eines Bürgerbusvereins, die Fahrzeugbeschaffung über Förderprogramme des Landes sowie die Abstimmung mit dem Verkehrsunternehmen des Landkreises zu prüfen."),
        ("h", "Begründung"),
        ("p", "Seit der Ausdünnung der Linie 412 im Dezember 2025 fährt in Thurland und Schierau werktags nur noch ein Bus am Morgen und einer am Nachmittag. Besonders ältere Menschen ohne Auto erreichen Arzttermine in Jeßnitz nur noch mit Hilfe von Nachbarn. In einer Umfrage unserer Wählergemeinschaft haben 57 Haushalte Interesse an einem Bürgerbus bekundet; elf Personen haben sich als ehrenamtliche Fahrerinnen und Fahrer gemeldet."),
        ("p", "Andere Gemeinden im Landkreis zeigen, dass ein Bürgerbus mit acht Sitzplätzen mit überschaubarem Aufwand betrieben werden kann. Die Stadt sollte die Trägerschaft nicht selbst übernehmen, aber die Gründung begleiten."),
        ("p", "Beratung: Stadtrat"),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\n\nDoreen Pauly\nFraktionsvorsitzende"),
    ],
    truth=dict(city=RJ, drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-02",
               title="Einrichtung eines Bürgerbusses zwischen Thurland, Schierau und Jeßnitz", public=None, department=None,
               originator="Fraktion Bürger für Raguhn-Jeßnitz", answers=None, references=[],
               consultations=[{"committee": "Stadtrat", "date": None, "role": None}],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "soziales"], themes_why="volunteer community bus for villages with thinned-out bus service; riders are older people going to doctors and shops (target group with content)",
               notes="Word letter of a Wählergemeinschaft's Fraktion: Word header line with the Fraktion and address, footer with the e. V. register; bold 'Antrag zur Sitzung des Stadtrates am 14.10.2026' is no title (the session date is no paper date); title after 'Betreff:' in the body. 'Beratung: Stadtrat' without date/role. 'Linie 412' and 'VR 40117' are no references.")
)

paper(
    file="r03_raguhn_stellungnahme-or-altjessnitz_bplan17.pdf", producer="reportlab", layout="raguhn_ortschaftsrat_reportlab_stellungnahme",
    opt=dict(footer="Ortschaftsrat Altjeßnitz · Ortsbürgermeister Frank Seidewitz · Dorfstraße 22 · 06779 Raguhn-Jeßnitz OT Altjeßnitz",
             doctitle="Stellungnahme Ortschaftsrat Altjeßnitz"),
    blocks=[
        ("lh", ["Ortschaftsrat Altjeßnitz", "der Stadt Raguhn-Jeßnitz"], ["Altjeßnitz, den 06.10.2026"]),
        ("type", "Stellungnahme des Ortschaftsrates"),
        ("kv", [("zur Vorlage", "SR/052/2026"), ("Gegenstand", "Bebauungsplan Nr. 17 „Wohnen am Irrgarten“ – Billigung des Entwurfs und öffentliche Auslegung"),
                ("Sitzung", "Ortschaftsrat Altjeßnitz, 05.10.2026, öffentlicher Teil, TOP 4"), ("Abstimmung", "4 Ja / 1 Nein / 0 Enthaltungen")], True),
        ("p", "Der Ortschaftsrat Altjeßnitz nimmt gemäß § 84 Abs. 2 KVG LSA zum Entwurf des Bebauungsplanes wie folgt Stellung:"),
        ("p", "1. Der Ortschaftsrat begrüßt, dass am Ortsrand zwölf Bauplätze für Einfamilienhäuser entstehen sollen, und empfiehlt dem Stadtrat die Billigung des Entwurfs.\n2. Die Zufahrt über den Parkweg ist für Baustellenverkehr ungeeignet. Der Ortschaftsrat empfiehlt, die Baustellenzufahrt über die Kreisstraße 2057 zu führen.\n3. Die Sichtachse vom Parkplatz des Irrgartens auf die Dorfkirche soll durch eine Baugrenze von mindestens 15 m freigehalten werden.\n4. Der Ortschaftsrat bittet, die vorhandene Obstbaumreihe am Grabenweg als zu erhaltend festzusetzen."),
        ("p", "Die Stellungnahme wurde mit 4 Ja-Stimmen bei 1 Gegenstimme beschlossen."),
        ("sp",),
        ("p", "Frank Seidewitz\nOrtsbürgermeister"),
    ],
    truth=dict(city=RJ, drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-10-06",
               title="Bebauungsplan Nr. 17 „Wohnen am Irrgarten“ – Billigung des Entwurfs und öffentliche Auslegung", public=None, department=None,
               originator="Ortschaftsrat Altjeßnitz", answers="SR/052/2026", references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["stadtentwicklung"], themes_why="statement on a housing B-Plan at the village edge (access, sight line, trees as plan details); no target group or financing",
               notes="ReportLab: large type word, then a ruled grey key table; title under key 'Gegenstand'; the Vorlage answered is in 'zur Vorlage'. The session date 05.10.2026 is not the paper date (letterhead date 06.10.2026). 'Bebauungsplan Nr. 17', 'K 2057', '§ 84 Abs. 2 KVG LSA' are no references.")
)

paper(
    file="r04_raguhn_A-011-2026_anfrage-deichwege.pdf", producer="ghostscript-ps", layout="raguhn_member_ps_anfrage",
    opt=dict(footer="Anfrage A/011/2026 - Seite {page} von {pages}", doctitle="Anfrage A/011/2026", font="serif"),
    blocks=[
        ("lh", ["Holger Wendisch", "Mitglied des Stadtrates Raguhn-Jeßnitz", "Am Schöpfwerk 3, 06779 Raguhn-Jeßnitz"], ["Eingang: 17.08.2026", "Anfrage Nr. A/011/2026"]),
        ("type", "Anfrage"),
        ("p", "gemäß § 45 Abs. 6 KVG LSA i. V. m. § 12 der Geschäftsordnung des Stadtrates"),
        ("title", "Zustand der Deichverteidigungswege bei Schierau"),
        ("p", "Beim Hochwasser im Januar 2026 waren die Deichverteidigungswege zwischen Schierau und der Muldebrücke nach Aussage der Ortsfeuerwehr nur eingeschränkt befahrbar. Fahrzeuge mit Sandsäcken mussten auf die Kreisstraße ausweichen. Ich frage die Verwaltung:"),
        ("p", "1. Welche Abschnitte der Deichverteidigungswege auf dem Gebiet der Stadt sind derzeit nicht mit Einsatzfahrzeugen über 7,5 t befahrbar?\n2. Wer ist für die Unterhaltung dieser Wege zuständig - die Stadt, der Landesbetrieb für Hochwasserschutz oder beide?\n3. Welche Maßnahmen sind bis zum Winter 2026/27 vorgesehen, und welche Kosten entstehen der Stadt?\n4. Ist der Alarm- und Einsatzplan Hochwasser nach den Erfahrungen vom Januar überarbeitet worden?"),
        ("p", "Ich bitte um schriftliche Beantwortung bis zur Sitzung des Stadtrates am 14.10.2026."),
        ("sp",),
        ("p", "Raguhn-Jeßnitz, 16.08.2026\n\nHolger Wendisch"),
    ],
    truth=dict(city=RJ, drucksache="A/011/2026", doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-08-16",
               title="Zustand der Deichverteidigungswege bei Schierau", public=None, department=None,
               originator="Holger Wendisch", answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["sicherheit_ordnung"], themes_why="flood defence paths and the flood emergency plan (Katastrophenschutz); the cost question is a single clause",
               notes="Hand-written PostScript, Times: member's own letter with the number stamped right ('Anfrage Nr. A/011/2026') and 'Eingang: 17.08.2026' above it; paper date is the signature date 16.08.2026, not the Eingang. Title is an unlabelled bold heading under the type word and the legal basis line. Originator = member's name (no party printed). '§ 45 Abs. 6 KVG LSA' is no reference.")
)

paper(
    file="r05_raguhn_antwort-A-011-2026_deichwege.pdf", producer="chromium", layout="raguhn_inhouse_html_antwort",
    opt=dict(footer="Stadt Raguhn-Jeßnitz · Markt 1 · 06779 Raguhn-Jeßnitz · Telefon 034906 417-0 · www.raguhn-jessnitz.de", doctitle="Beantwortung A/011/2026"),
    blocks=[
        ("lh", ["Stadt Raguhn-Jeßnitz", "Der Bürgermeister", "Fachbereich 3 – Bau und Ordnung", "Sachgebiet Ordnung, Brand- und Katastrophenschutz"],
         ["Auskunft: Herr Lindig", "Telefon: 034906 417-36", "Datum: 30.09.2026"]),
        ("type", "Beantwortung einer Anfrage"),
        ("kv", [("Anfrage", "A/011/2026 des Stadtrates Holger Wendisch vom 16.08.2026"),
                ("Thema", "Zustand der Deichverteidigungswege bei Schierau"),
                ("zur Kenntnis", "Stadtrat am 14.10.2026 (öffentlich)")], False),
        ("h", "Zu Frage 1"),
        ("p", "Nach einer Befahrung am 08.09.2026 gemeinsam mit dem Landesbetrieb für Hochwasserschutz und Wasserwirtschaft (LHW) sind zwei Abschnitte mit zusammen rund 1,3 km Länge nicht mit Fahrzeugen über 7,5 t befahrbar: zwischen dem Schöpfwerk Schierau und dem Radweg sowie am Deichkilometer 4,2 bis 4,6."),
        ("h", "Zu Frage 2"),
        ("p", "Die Deiche und die unmittelbar zugehörigen Verteidigungswege unterhält der LHW. Die Zufahrten von den Ortslagen zum Deich sind Gemeindestraßen bzw. öffentliche Feld- und Waldwege der Stadt."),
        ("h", "Zu Frage 3"),
        ("p", "Der LHW hat die Instandsetzung des Abschnitts am Deichkilometer 4,2 bis 4,6 für Oktober 2026 angekündigt. Die Stadt lässt die Zufahrt am Schöpfwerk mit Recyclingmaterial befestigen; die Kosten von rund 18.500 € sind im Budget des Bauhofs enthalten."),
        ("h", "Zu Frage 4"),
        ("p", "Der Alarm- und Einsatzplan Hochwasser wird derzeit mit den Ortswehren überarbeitet und soll dem Stadtrat im ersten Quartal 2027 vorgestellt werden."),
        ("sp",),
        ("p", "Hartwig\nBürgermeister"),
    ],
    truth=dict(city=RJ, drucksache=None, doc_type="Antwort", doc_type_printed="Beantwortung einer Anfrage", date="2026-09-30",
               title="Zustand der Deichverteidigungswege bei Schierau", public=True,
               department="Fachbereich 3 – Bau und Ordnung", originator=None, answers="A/011/2026", references=[],
               consultations=[{"committee": "Stadtrat", "date": "2026-10-14", "role": "Kenntnisnahme"}],
               klimacheck=None, klima_style=None,
               themes=["sicherheit_ordnung"], themes_why="Antwort carries the Anfrage's theme (flood defence paths, emergency plan)",
               notes="In-house HTML sheet: letterhead left with two unit lines (Fachbereich, then Sachgebiet — department = the Fachbereich line), contact column right with the date; the answer prints no number of its own; key 'Thema' holds the title; 'zur Kenntnis: Stadtrat am 14.10.2026 (öffentlich)' carries consultation and public. Deichkilometer figures are no references.")
)

# ======================================================================= VG Droyßiger-Zeitzer Forst (ST)
VG = "Verbandsgemeinde Droyßiger-Zeitzer Forst"
paper(
    file="d01_dzf_KR-BV-22-2026_kostenbeitragssatzung-kretzschau.pdf", producer="libreoffice-docx", layout="dzf_vg_word_beschlussvorlage_mitgliedsgemeinde",
    opt=dict(header="Verbandsgemeinde Droyßiger-Zeitzer Forst · für die Gemeinde Kretzschau\nBeschlussvorlage Nr. KR-BV 22/2026",
             footer="Verbandsgemeinde Droyßiger-Zeitzer Forst · Verbandsgemeindeverwaltung · Schloßstraße 11 · Seite {page}"),
    blocks=[
        ("kv", [("Gemeinde", "Kretzschau"), ("Vorlage-Nr.", "KR-BV 22/2026"), ("Datum", "07.09.2026"),
                ("Einreicher", "Bürgermeister der Gemeinde Kretzschau"),
                ("Fachbereich", "FB II Bürgerdienste, Kita und Schulen"), ("Sachbearbeiterin", "Frau Wolfram, Tel. 034425 30-214"),
                ("öffentlich / nicht öffentlich", "öffentlich")], True),
        ("type", "Beschlussvorlage"),
        ("p", "Betreff:\nSatzung über die Erhebung von Kostenbeiträgen für die Benutzung der Kindertageseinrichtungen der Gemeinde Kretzschau (Kostenbeitragssatzung)"),
        ("table", ["Beratungsfolge", "Sitzungstermin", ""], [
            ["Sozial- und Kitaausschuss Kretzschau", "22.09.2026", "vorberatend"],
            ["Gemeinderat Kretzschau", "06.10.2026", "beschließend"]]),
        ("h", "Beschlussvorschlag:"),
        ("p", "Der Gemeinderat der Gemeinde Kretzschau beschließt die als Anlage 1 beigefügte Satzung über die Erhebung von Kostenbeiträgen für die Benutzung der Kindertageseinrichtungen mit Wirkung zum 01.01.2027."),
        ("h", "Sachverhalt:"),
        ("p", "Die Kostenbeiträge in den Einrichtungen „Zwergenland“ Kretzschau und „Pusteblume“ Grana wurden zuletzt zum 01.08.2023 angepasst (Beschluss KR-BV 09/2023). Nach § 13 Abs. 4 KiFöG LSA sind die Kostenbeiträge unter Berücksichtigung der Platzkosten und der Leistungsfähigkeit der Eltern zu staffeln. Die Platzkosten sind seit 2023 durch die Tarifsteigerungen im TVöD SuE um 14,2 % gestiegen."),
        ("p", "Die Verwaltung schlägt eine moderate Anhebung vor. Für das zweite und jedes weitere Kind einer Familie, das gleichzeitig eine Einrichtung besucht, bleibt es bei der Beitragsfreiheit nach Landesrecht. Die Essengeldregelung bleibt unverändert."),
        ("table", ["Betreuungsumfang", "Krippe bisher", "Krippe neu", "Kindergarten bisher", "Kindergarten neu"], [
            ["bis 25 Wochenstunden", "165 €", "178 €", "118 €", "126 €"],
            ["bis 40 Wochenstunden", "212 €", "229 €", "149 €", "159 €"],
            ["bis 50 Wochenstunden", "238 €", "257 €", "168 €", "179 €"]]),
        ("p", "Finanzielle Auswirkungen: Mehrerträge von rund 21.600 € jährlich bei der Haushaltsstelle 36510.432100. Die Anhebung deckt etwa ein Drittel der Kostensteigerung; der Rest verbleibt beim Defizitausgleich der Gemeinde."),
        ("p", "Klimarelevanz: Die Satzung hat keine Auswirkungen auf das Klima."),
        ("sp",),
        ("p", "Anlagen: Satzungsentwurf, Kalkulation der Platzkosten 2026"),
        ("p", "gez. Brückner\nBürgermeister"),
    ],
    truth=dict(city=VG, drucksache="KR-BV 22/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-09-07",
               title="Satzung über die Erhebung von Kostenbeiträgen für die Benutzung der Kindertageseinrichtungen der Gemeinde Kretzschau (Kostenbeitragssatzung)", public=True,
               department="FB II Bürgerdienste, Kita und Schulen", originator=None, answers=None, references=["KR-BV 09/2023"],
               consultations=[{"committee": "Sozial- und Kitaausschuss Kretzschau", "date": "2026-09-22", "role": "Vorberatung"},
                              {"committee": "Gemeinderat Kretzschau", "date": "2026-10-06", "role": "Entscheidung"}],
               klimacheck="neutral", klima_style="one prose line 'Klimarelevanz: Die Satzung hat keine Auswirkungen auf das Klima.'",
               themes=["soziales", "finanzen"], themes_why="Kita fee statute (Kostenbeiträge) with a fee table and a cost-coverage argument",
               notes="Word template of a Verbandsgemeinde serving a member Gemeinde: two-line Word header repeats the number on every page; ruled key table above the type word (Fachbereich key = department, 'Einreicher' is the Bürgermeister, not an originator); 'Betreff:' alone on its line with the title below; Beratungsfolge table with an unlabelled role column (vorberatend/beschließend). Haushaltsstelle and '§ 13 Abs. 4 KiFöG LSA' are no references.")
)

paper(
    file="d02_dzf_VGR-0031-2026_hlf-wetterzeube.pdf", producer="chromium", layout="dzf_sdnet_grid_beschlussvorlage",
    opt=dict(footer="VGR-0031/2026 · erstellt mit SD.NET · gedruckt am 25.09.2026", doctitle="VGR-0031/2026",
             css=".head2 td{font-size:9pt}"),
    blocks=[
        ("table", None, [["Verbandsgemeinde\nDroyßiger-Zeitzer Forst", "Vorlage\nVGR-0031/2026", "Datum\n18.09.2026"],
                          ["Amt/Bereich\nOrdnungsamt / Brandschutz", "Vorlagenart\nBeschlussvorlage", "Status\nöffentlich"]]),
        ("table", ["Beratungsfolge", "Termin", "Behandlung"], [
            ["Haupt- und Finanzausschuss", "01.10.2026", "Vorberatung"],
            ["Verbandsgemeinderat", "15.10.2026", "Beschlussfassung"]]),
        ("title", "Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die Ortsfeuerwehr Wetterzeube"),
        ("h", "Beschlussvorschlag"),
        ("p", "Der Verbandsgemeinderat beschließt die Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die Ortsfeuerwehr Wetterzeube. Die Verwaltung wird ermächtigt, die Beschaffung über die Zentrale Vergabestelle des Landkreises europaweit auszuschreiben. Der Zuschlag ist dem Verbandsgemeinderat vorzulegen."),
        ("h", "Begründung"),
        ("p", "Nach der Fortschreibung der Risikoanalyse und Brandschutzbedarfsplanung (Beschluss VGR-0012/2025) ist das Löschgruppenfahrzeug LF 8/6 der Ortsfeuerwehr Wetterzeube, Baujahr 1993, bis 2027 zu ersetzen. Das Fahrzeug hat keinen Hilfeleistungssatz; bei Verkehrsunfällen auf der B 2 muss bisher eine Feuerwehr aus der Nachbarstadt nachalarmiert werden."),
        ("p", "Die Ortsfeuerwehr verfügt über 31 aktive Einsatzkräfte, davon 14 mit Maschinistenausbildung. Das Gerätehaus kann nach dem 2024 abgeschlossenen Umbau ein Fahrzeug bis 16 t aufnehmen."),
        ("h", "Finanzierung"),
        ("table", ["Position", "Betrag"], [
            ["Fahrzeug mit Beladung (Kostenschätzung)", "498.000 €"],
            ["Zuwendung Land (Festbetrag nach Brandschutzförderrichtlinie)", "– 140.000 €"],
            ["Entnahme aus der Investitionsrücklage Brandschutz", "– 200.000 €"],
            ["Eigenanteil Haushalt 2027 (Verpflichtungsermächtigung)", "158.000 €"]]),
        ("p", "Der Förderantrag wurde am 14.07.2026 beim Landesverwaltungsamt gestellt; mit dem Zuwendungsbescheid wird im Frühjahr 2027 gerechnet. Ein vorzeitiger Maßnahmebeginn ist beantragt. Die Verpflichtungsermächtigung ist im Haushaltsplan 2026 unter 12600.078300 veranschlagt."),
        ("h", "Klimacheck"),
        ("table", ["positiv", "negativ", "keine Auswirkung"], [[O, X, O]]),
        ("p", "Begründung: Das Fahrzeug wird mit Dieselmotor beschafft, da für Fahrzeuge dieser Klasse keine praxistauglichen elektrischen Antriebe angeboten werden. Gegenüber dem Altfahrzeug sinken die Emissionen durch die Abgasnorm Euro 6."),
        ("sp",),
        ("p", "Kühn\nVerbandsgemeindebürgermeister"),
    ],
    truth=dict(city=VG, drucksache="VGR-0031/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-09-18",
               title="Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die Ortsfeuerwehr Wetterzeube", public=True,
               department="Ordnungsamt / Brandschutz", originator=None, answers=None, references=["VGR-0012/2025"],
               consultations=[{"committee": "Haupt- und Finanzausschuss", "date": "2026-10-01", "role": "Vorberatung"},
                              {"committee": "Verbandsgemeinderat", "date": "2026-10-15", "role": "Entscheidung"}],
               klimacheck="negative", klima_style="heading 'Klimacheck' then a ruled three-column grid (positiv / negativ / keine Auswirkung) with ☒ under negativ, reason as prose below",
               themes=["sicherheit_ordnung", "finanzen"], themes_why="fire-engine purchase with a financing section (state grant, reserve, commitment appropriation)",
               notes="SD.NET-like ruled head grid with label-over-value cells (no colons); Beratungsfolge table with 'Beschlussfassung' (→ Entscheidung); bold unlabelled title below it; footer 'gedruckt am 25.09.2026' is a print-date lure. 'B 2', Haushaltsstelle 12600.078300 are no references.")
)

paper(
    file="d03_dzf_niederschrift-gr-schnaudertal.pdf", producer="ghostscript-ps", layout="dzf_ps_niederschrift_gemeinderat",
    opt=dict(footer="Niederschrift GR Schnaudertal 08.10.2026 - Seite {page}", header="Gemeinde Schnaudertal - Niederschrift vom 08.10.2026", doctitle="Niederschrift"),
    blocks=[
        ("lh", ["Verbandsgemeinde Droyßiger-Zeitzer Forst", "für die Gemeinde Schnaudertal"], ["Datum: 15.10.2026"]),
        ("type", "Niederschrift"),
        ("title", "Öffentliche Sitzung des Gemeinderates Schnaudertal"),
        ("kv", [("Sitzungstag:", "Donnerstag, 08.10.2026"), ("Sitzungsort:", "Gemeindehaus Bröckau, Dorfplatz 2"), ("Beginn / Ende:", "19:00 Uhr / 21:05 Uhr"),
                ("Vorsitz:", "Bürgermeisterin Ines Gerlach"), ("Schriftführer:", "Herr Pohle, Verbandsgemeindeverwaltung")], False),
        ("h", "Anwesend"),
        ("p", "Gemeinderäte: Baumbach, Dietze, Fröhlich, Gerlach (Vorsitz), Hanisch, Kaiser, Melzer, Rost, Schubert\nEntschuldigt: Frau Ulbrich, Herr Voigt\nVerwaltung: Herr Pohle (Schriftführung), Frau Wolfram (zu TOP 5)"),
        ("h", "Tagesordnung - öffentlicher Teil"),
        ("table", ["TOP", "Gegenstand", "Vorlage"], [
            ["1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und Beschlussfähigkeit", ""],
            ["2", "Genehmigung der Niederschrift vom 10.09.2026", ""],
            ["3", "Einwohnerfragestunde", ""],
            ["4", "Ausbau des Radweges Bröckau - Wittgendorf, Zustimmung zur Kostenbeteiligung", "SN-BV 14/2026"],
            ["5", "Jahresrechnung 2025 und Entlastung der Bürgermeisterin", "SN-BV 15/2026"],
            ["6", "Mitteilungen und Anfragen", ""]], [14, 120, 36]),
        ("h", "TOP 1 - Eröffnung"),
        ("p", "Die Bürgermeisterin eröffnet die Sitzung um 19:00 Uhr. Ladung und Beschlussfähigkeit werden festgestellt; 9 von 11 Mitgliedern sind anwesend. Einwände gegen die Tagesordnung werden nicht erhoben."),
        ("h", "TOP 2 - Genehmigung der Niederschrift"),
        ("p", "Die Niederschrift vom 10.09.2026 wird ohne Änderungen genehmigt. Abstimmung: 8 Ja / 0 Nein / 1 Enthaltung."),
        ("h", "TOP 3 - Einwohnerfragestunde"),
        ("p", "Ein Einwohner aus Kleinpörthen fragt nach dem Termin für die Reparatur der Straßenbeleuchtung am Lindenweg. Die Bürgermeisterin sagt eine Klärung mit dem Bauhof der Verbandsgemeinde zu."),
        ("h", "TOP 4 - Ausbau des Radweges Bröckau - Wittgendorf"),
        ("p", "Der Landkreis baut den straßenbegleitenden Radweg an der Kreisstraße zwischen Bröckau und Wittgendorf auf 2,4 km Länge aus. Die Gemeinde beteiligt sich an den Kosten der Gehwegüberfahrten und der Beleuchtung in der Ortslage mit 38.700 Euro. Herr Melzer fragt, ob die Schulbushaltestelle in Wittgendorf in die Planung einbezogen ist; dies wird bejaht. Der Radweg verbessert den Schulweg zur Grundschule in Bröckau."),
        ("p", "Beschluss Nr. 27/2026: Der Gemeinderat stimmt der Kostenbeteiligung gemäß Vereinbarungsentwurf zu.\nAbstimmung: 9 Ja / 0 Nein / 0 Enthaltungen"),
        ("h", "TOP 5 - Jahresrechnung 2025 und Entlastung"),
        ("p", "Frau Wolfram erläutert den Jahresabschluss 2025. Das ordentliche Ergebnis schließt mit einem Überschuss von 64.212,40 Euro ab. Der Rechnungsprüfungsausschuss hat keine wesentlichen Beanstandungen. Die Bürgermeisterin nimmt an Beratung und Abstimmung nicht teil (§ 33 KVG LSA); die Leitung übernimmt ihr Stellvertreter Herr Rost."),
        ("p", "Beschluss Nr. 28/2026: Der Gemeinderat beschließt den Jahresabschluss 2025 und erteilt der Bürgermeisterin Entlastung.\nAbstimmung: 8 Ja / 0 Nein / 0 Enthaltungen"),
        ("h", "TOP 6 - Mitteilungen und Anfragen"),
        ("p", "Die Bürgermeisterin teilt mit, dass das Dorffest 2027 in Wittgendorf stattfindet. Anfragen werden nicht gestellt."),
        ("p", "Ende des öffentlichen Teils: 20:40 Uhr."),
        ("sp",),
        ("p", "Ines Gerlach, Bürgermeisterin                      Pohle, Schriftführer"),
    ],
    truth=dict(city=VG, drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-08",
               title="Öffentliche Sitzung des Gemeinderates Schnaudertal", public=True, department=None, originator=None, answers=None,
               references=["SN-BV 14/2026", "SN-BV 15/2026"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "finanzen"], themes_why="substantive items: cycle path cost share (mobilitaet; the school-route remark is one clause) and the annual accounts/discharge (finanzen); Einwohnerfragestunde and minutes do not count",
               notes="Hand-written PostScript: VG letterhead for a member Gemeinde, date right (15.10.2026 = writing date; paper date = session date 08.10.2026); type word then the session line as bold heading (nominative); running head on pages 2+. Beschluss Nr. 27/2026 and 28/2026 are decision numbers, not Drucksachen; '§ 33 KVG LSA' no reference.")
)

paper(
    file="d04_dzf_IV-VGR-07-2026_ozg-bericht.pdf", producer="reportlab", layout="dzf_reportlab_informationsvorlage",
    opt=dict(footer="Informationsvorlage IV-VGR 07/2026 · Seite {page}", doctitle="IV-VGR 07/2026"),
    blocks=[
        ("lh", ["Verbandsgemeinde Droyßiger-Zeitzer Forst", "Der Verbandsgemeindebürgermeister", "Stabsstelle Digitalisierung und IT"], ["Datum: 23.09.2026", "Bearbeiter: Herr Tennert", "Tel.: 034425 30-118"]),
        ("type", "Informationsvorlage"),
        ("p", "Nummer: IV-VGR 07/2026                öffentlich"),
        ("kv", [("Betreff:", "Stand der Umsetzung des Onlinezugangsgesetzes und Einführung der E-Akte in der Verbandsgemeindeverwaltung"),
                ("Gremium:", "Verbandsgemeinderat, 15.10.2026, zur Kenntnisnahme")], False),
        ("h", "Informationsinhalt"),
        ("p", "Die Verwaltung berichtet halbjährlich über den Stand der Digitalisierung (Beschluss VGR-0044/2024). Seit dem letzten Bericht wurden zwölf weitere Verwaltungsleistungen online gestellt, darunter die Anmeldung von Hunden, die Beantragung von Anwohnerparkausweisen und die Kita-Platzvormerkung für alle vier Mitgliedsgemeinden. Insgesamt stehen jetzt 47 Leistungen über das Serviceportal Sachsen-Anhalt zur Verfügung."),
        ("table", ["Bereich", "Leistungen online", "Anträge Jan.–Aug. 2026"], [
            ["Bürgerbüro / Meldewesen", "14", "1.212"], ["Ordnung und Gewerbe", "11", "386"],
            ["Kita und Schulen", "8", "274"], ["Bauen und Liegenschaften", "9", "96"], ["Steuern und Abgaben", "5", "143"]]),
        ("p", "Die elektronische Akte ist seit dem 01.04.2026 im Bürgerbüro und im Fachbereich Finanzen im Echtbetrieb. Die übrigen Bereiche folgen bis Mitte 2027. Für die Schulung der Beschäftigten wurden 64 Stunden aufgewendet; zwei Beschäftigte wurden als E-Akte-Coaches ausgebildet."),
        ("p", "Probleme bereitet weiterhin die Anbindung der Ortschaften über das kommunale Netz: In Wetterzeube und Gutenborn steht für die Außenstellen nur eine Bandbreite von 16 Mbit/s zur Verfügung."),
        ("p", "Klimacheck: entfällt (Informationsvorlage)."),
        ("sp",),
        ("p", "Kühn"),
    ],
    truth=dict(city=VG, drucksache="IV-VGR 07/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-09-23",
               title="Stand der Umsetzung des Onlinezugangsgesetzes und Einführung der E-Akte in der Verbandsgemeindeverwaltung", public=True,
               department="Stabsstelle Digitalisierung und IT", originator=None, answers=None, references=["VGR-0044/2024"],
               consultations=[{"committee": "Verbandsgemeinderat", "date": "2026-10-15", "role": "Kenntnisnahme"}],
               klimacheck=None, klima_style="prose 'Klimacheck: entfällt (Informationsvorlage).' — no assessment",
               themes=["digitalisierung", "verwaltung"], themes_why="online services under the OZG and the e-file rollout with staff training (organisation part)",
               notes="ReportLab: letterhead with a Stabsstelle line left, date/clerk/phone right; number on a free line with 'öffentlich' after wide spacing; borderless keys 'Betreff:'/'Gremium:' with the consultation as one comma line. '16 Mbit/s' is a single clause (no digitale_infrastruktur).")
)

paper(
    file="d05_dzf_einladung-gr-gutenborn.pdf", producer="libreoffice-docx", layout="dzf_vg_word_einladung",
    opt=dict(footer="Verbandsgemeinde Droyßiger-Zeitzer Forst · Verbandsgemeindeverwaltung · Schloßstraße 11 · Telefon 034425 30-0"),
    blocks=[
        ("lh", ["Gemeinde Gutenborn", "Der Bürgermeister"], ["Gutenborn, 28.09.2026"]),
        ("p", "An die Mitglieder des Gemeinderates Gutenborn"),
        ("type", "Einladung"),
        ("p", "Hiermit lade ich Sie zur 19. Sitzung des Gemeinderates Gutenborn ein."),
        ("kv", [("Termin:", "Dienstag, 13.10.2026, 19:00 Uhr"), ("Ort:", "Kulturhaus Heuckewalde, Saal"), ("", "Die Sitzung ist öffentlich (Teil A) und nichtöffentlich (Teil B).")], False),
        ("h", "Tagesordnung"),
        ("p", "Teil A – öffentlich"),
        ("table", ["TOP", "Beratungsgegenstand", "Drucksache"], [
            ["1", "Eröffnung und Feststellung der Beschlussfähigkeit", ""],
            ["2", "Einwohnerfragestunde", ""],
            ["3", "Bestätigung der Niederschrift der Sitzung vom 08.09.2026", ""],
            ["4", "Neubau eines Löschwasserbehälters in Schellbach – Auftragsvergabe", "GB-BV 17/2026"],
            ["5", "Friedhofsgebührensatzung der Gemeinde Gutenborn – Neufassung", "GB-BV 18/2026"],
            ["6", "Zuschuss an den Heimatverein Heuckewalde für die Sanierung der Dorfscheune", "GB-BV 19/2026"],
            ["7", "Informationen des Bürgermeisters", ""]]),
        ("p", "Teil B – nichtöffentlich"),
        ("table", ["TOP", "Beratungsgegenstand", "Drucksache"], [
            ["8", "Grundstücksangelegenheiten", "GB-BV 20/2026"], ["9", "Informationen", ""]]),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\n\nRalf Zschiesche\nBürgermeister"),
    ],
    truth=dict(city=VG, drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-09-28",
               title="19. Sitzung des Gemeinderates Gutenborn", public=None, department=None, originator=None, answers=None,
               references=["GB-BV 17/2026", "GB-BV 18/2026", "GB-BV 19/2026", "GB-BV 20/2026"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["sicherheit_ordnung", "finanzen", "kultur_sport"], themes_why="agenda: fire-water tank award (sicherheit_ordnung), cemetery fee statute (finanzen), grant for a local history club's barn (kultur_sport); property matters and reports do not count",
               notes="Word template of the VG used for a member Gemeinde: the letterhead names the Gemeinde and its Bürgermeister, the VG only in the footer; no session heading — the title is inside the sentence 'zur 19. Sitzung des Gemeinderates Gutenborn' (label the phrase); both public and non-public parts → public null. Agenda Drucksachen are references.")
)

# ======================================================================= Gemeinde Recke (NW)
RE = "Gemeinde Recke"
paper(
    file="c01_recke_VL-112-2026_bplan-espeler-feld.pdf", producer="reportlab", layout="recke_sessionnet_reportlab_sitzungsvorlage",
    opt=dict(footer="Gemeinde Recke · Sitzungsvorlage VL-112/2026 · Seite {page}", header="VL-112/2026", doctitle="VL-112/2026"),
    blocks=[
        ("lh", ["GEMEINDE RECKE", "Der Bürgermeister", "Fachbereich II – Planen, Bauen, Umwelt"], ["Drucksache Nr.", "VL-112/2026", "", "Recke, 10.09.2026"]),
        ("type", "Sitzungsvorlage"),
        ("table", ["Beratungsfolge", "Sitzung am", "Zuständigkeit", ""], [
            ["Bezirksausschuss Espel", "24.09.2026", "Anhörung", "öffentlich"],
            ["Ausschuss für Planung, Bauen und Umwelt", "30.09.2026", "Vorberatung", "öffentlich"],
            ["Rat der Gemeinde Recke", "08.10.2026", "Entscheidung", "öffentlich"]], [70, 28, 32, 35]),
        ("kv", [("Betreff:", "Bebauungsplan Nr. 48 „Espeler Feld II“ – Aufstellungsbeschluss und frühzeitige Beteiligung"),
                ("Sachbearbeitung:", "Herr Tebbe, Tel. 05453 910-52")], False),
        ("h", "Beschlussvorschlag:"),
        ("p", "1. Der Rat der Gemeinde Recke beschließt gemäß § 2 Abs. 1 BauGB die Aufstellung des Bebauungsplanes Nr. 48 „Espeler Feld II“ für den im Übersichtsplan (Anlage 1) abgegrenzten Bereich.\n2. Die frühzeitige Beteiligung der Öffentlichkeit und der Behörden nach § 3 Abs. 1 und § 4 Abs. 1 BauGB ist durchzuführen."),
        ("h", "Sachdarstellung:"),
        ("p", "Das Baugebiet „Espeler Feld“ (Bebauungsplan Nr. 41) ist seit 2025 vollständig bebaut. Für den Ortsteil Espel liegen der Gemeinde 43 Anfragen nach Baugrundstücken vor, davon 29 von Familien aus dem Ortsteil. Der Bezirksausschuss Espel hat in seiner Sitzung am 12.03.2026 auf den Bedarf hingewiesen."),
        ("p", "Das Plangebiet umfasst rund 3,8 ha westlich der Straße Am Sportplatz. Vorgesehen sind etwa 34 Grundstücke für Einzel- und Doppelhäuser sowie ein Baufeld für ein Mehrfamilienhaus mit seniorengerechten Mietwohnungen. Die Flächen befinden sich bereits im Eigentum der Gemeinde. Die Vergabe soll nach den Vergaberichtlinien der Gemeinde (Beschluss VL-067/2024) erfolgen."),
        ("p", "Der Regionalplan stellt den Bereich als Allgemeinen Siedlungsbereich dar. Eine Änderung des Flächennutzungsplanes ist nicht erforderlich. Die Entwässerung erfolgt im Trennsystem mit einem Regenrückhaltebecken am Mettinger Damm."),
        ("h", "Klimarelevanz:"),
        ("table", ["", "ja", "nein"], [["Die Maßnahme hat positive Auswirkungen auf den Klimaschutz", O, X], ["Die Maßnahme hat negative Auswirkungen auf den Klimaschutz", X, O]], [120, 20, 20]),
        ("p", "Erläuterung: Versiegelung von bisher landwirtschaftlich genutzter Fläche. Im weiteren Verfahren werden Festsetzungen zu Dachbegrünung und Photovoltaik geprüft."),
        ("h", "Finanzielle Auswirkungen:"),
        ("p", "Planungskosten von rund 42.000 € stehen im Produkt 09.01.01 zur Verfügung."),
        ("sp",),
        ("p", "Im Auftrag\nTebbe"),
    ],
    truth=dict(city=RE, drucksache="VL-112/2026", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage", date="2026-09-10",
               title="Bebauungsplan Nr. 48 „Espeler Feld II“ – Aufstellungsbeschluss und frühzeitige Beteiligung", public=True,
               department="Fachbereich II – Planen, Bauen, Umwelt", originator=None, answers=None, references=["VL-067/2024"],
               consultations=[{"committee": "Bezirksausschuss Espel", "date": "2026-09-24", "role": "Anhörung"},
                              {"committee": "Ausschuss für Planung, Bauen und Umwelt", "date": "2026-09-30", "role": "Vorberatung"},
                              {"committee": "Rat der Gemeinde Recke", "date": "2026-10-08", "role": "Entscheidung"}],
               klimacheck="negative", klima_style="heading 'Klimarelevanz:' then a ruled ja/nein grid of two statement rows (positive: nein ☒; negative: ja ☒), explanation as prose",
               themes=["stadtentwicklung", "soziales"], themes_why="housing B-Plan for a new quarter; a building plot reserved for senior-friendly rental flats is a target group with content",
               notes="ReportLab SessionNet-like: 'Drucksache Nr.' label above the number in the right head column; Beratungsfolge table above the Betreff with an unlabelled Öffentlichkeit column; running head 'VL-112/2026'. 'Bebauungsplan Nr. 41/48', 'Produkt 09.01.01', '§ 2 Abs. 1 BauGB' are no references.")
)

paper(
    file="c02_recke_antrag-gruene_pv-daecher.pdf", producer="chromium", layout="recke_fraktion_html_antrag",
    opt=dict(footer="BÜNDNIS 90/DIE GRÜNEN · Fraktion im Rat der Gemeinde Recke · Sprecherin: Mareike Holtgreve · Am Mühlenteich 14 · 49509 Recke",
             doctitle="Antrag PV"),
    blocks=[
        ("lh", ["BÜNDNIS 90/DIE GRÜNEN", "Fraktion im Rat der Gemeinde Recke"], ["Recke, 21.09.2026"]),
        ("p", "Herrn Bürgermeister\nder Gemeinde Recke\nHauptstraße 28\n49509 Recke"),
        ("title", "Antrag: Photovoltaik auf gemeindlichen Dächern – Grundschule Steinbeck und Feuerwehrgerätehaus Obersteinbeck"),
        ("p", "Sehr geehrter Herr Bürgermeister,\nwir bitten, den folgenden Antrag dem Ausschuss für Planung, Bauen und Umwelt zur Vorberatung und dem Rat zur Entscheidung vorzulegen."),
        ("h", "Beschlussvorschlag"),
        ("p", "Die Verwaltung wird beauftragt, für die Dachflächen der Grundschule Steinbeck und des Feuerwehrgerätehauses Obersteinbeck bis zum Frühjahr 2027 eine Machbarkeitsstudie für Photovoltaikanlagen mit Batteriespeicher erstellen zu lassen und die Ergebnisse einschließlich einer Wirtschaftlichkeitsberechnung vorzulegen."),
        ("h", "Begründung"),
        ("p", "Die Gemeinde hat sich mit dem Klimaschutzkonzept 2024 das Ziel gesetzt, bis 2035 den Strombedarf ihrer Liegenschaften bilanziell aus erneuerbaren Quellen zu decken. Die beiden Gebäude haben nach Süden ausgerichtete Dachflächen von zusammen rund 620 m², die 2023 bzw. 2025 neu eingedeckt wurden. Eine Anlage von etwa 90 kWp könnte rechnerisch rund 80.000 kWh im Jahr erzeugen und den Eigenverbrauch der Schule tagsüber weitgehend decken."),
        ("p", "Mit einem Speicher könnte das Gerätehaus bei Stromausfall notstromfähig werden. Die Investition ließe sich über das Förderprogramm progres.nrw teilweise finanzieren."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\n\nMareike Holtgreve                    Jonas Brüning\nFraktionssprecherin                  Ratsmitglied"),
    ],
    truth=dict(city=RE, drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-21",
               title="Photovoltaik auf gemeindlichen Dächern – Grundschule Steinbeck und Feuerwehrgerätehaus Obersteinbeck", public=None, department=None,
               originator="BÜNDNIS 90/DIE GRÜNEN Fraktion im Rat der Gemeinde Recke", answers=None, references=[],
               consultations=[{"committee": "Ausschuss für Planung, Bauen und Umwelt", "date": None, "role": "Vorberatung"},
                              {"committee": "Rat", "date": None, "role": "Entscheidung"}],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt"], themes_why="PV feasibility study on municipal roofs to meet the climate-protection target; the school and fire station are only the sites",
               notes="Fraktion letterhead in two lines (originator = both lines joined); title on one bold line after 'Antrag:'; requested Beratungsfolge only in prose ('zur Vorberatung', 'zur Entscheidung', no dates). The footer repeats the Fraktion with an address.")
)

paper(
    file="c03_recke_empfehlung-ba-steinbeck_tempo30.pdf", producer="libreoffice-docx", layout="recke_bezirksausschuss_word_empfehlung",
    opt=dict(footer="Gemeinde Recke · Bezirksausschuss Steinbeck · Geschäftsführung: Fachbereich I – Zentrale Dienste"),
    blocks=[
        ("p", "Gemeinde Recke\nBezirksausschuss Steinbeck"),
        ("type", "Empfehlung an den Rat"),
        ("kv", [("Sitzung vom", "15.09.2026"), ("TOP", "3"), ("Bezug", "Mitteilungsvorlage VL-104/2026"),
                ("Gegenstand", "Verkehrssituation an der Grundschule Steinbeck – Einrichtung einer Tempo-30-Zone")], True),
        ("p", "Der Bezirksausschuss Steinbeck hat sich mit der Mitteilung der Verwaltung zu den Verkehrszählungen an der Grundschule Steinbeck befasst und spricht folgende Empfehlung aus:"),
        ("p", "Der Bezirksausschuss empfiehlt dem Rat, bei der Straßenverkehrsbehörde des Kreises die Anordnung einer Tempo-30-Zone für den Bereich Schulstraße, Kirchweg und Im Esch zu beantragen und bis dahin die Geschwindigkeitsanzeige dauerhaft vor der Schule aufzustellen. Zusätzlich soll eine Hol- und Bringzone auf dem Parkplatz am Heimathaus eingerichtet werden."),
        ("p", "Begründung: Nach den Zählungen überschreiten morgens zwischen 7:15 und 8:00 Uhr 38 % der Fahrzeuge die zulässigen 50 km/h. Die Schulpflegschaft berichtet von gefährlichen Situationen beim Aussteigen der Kinder aus den Elterntaxis. Rund 140 Kinder gehen oder radeln zur Schule."),
        ("p", "Abstimmungsergebnis: einstimmig (7 Ja)"),
        ("sp",),
        ("p", "Recke-Steinbeck, 16.09.2026\n\nBernd Lammers\nVorsitzender des Bezirksausschusses"),
    ],
    truth=dict(city=RE, drucksache=None, doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2026-09-16",
               title="Verkehrssituation an der Grundschule Steinbeck – Einrichtung einer Tempo-30-Zone", public=None, department=None,
               originator="Bezirksausschuss Steinbeck", answers="VL-104/2026", references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "bildung"], themes_why="speed limit and drop-off zone at a primary school; the schoolchildren's route is the stated purpose (school as target group with content)",
               notes="Word: body letterhead (Gemeinde, Bezirksausschuss), type word 'Empfehlung an den Rat' (→ Stellungnahme), ruled key table with 'Bezug' naming the Mitteilungsvorlage answered and 'Gegenstand' = title; date at the signature (16.09.2026), the session date (15.09.2026) is in the key table. Footer names the Fachbereich as Geschäftsführung — not the author (department null).")
)

paper(
    file="c04_recke_VL-121-2026_breitband-graue-flecken.pdf", producer="ghostscript-ps", layout="recke_ps_mitteilungsvorlage",
    opt=dict(footer="Gemeinde Recke - Mitteilungsvorlage VL-121/2026 - Seite {page}/{pages}", doctitle="VL-121/2026"),
    blocks=[
        ("lh", ["Gemeinde Recke", "Der Bürgermeister", "Stabsstelle Wirtschaftsförderung"], ["Mitteilungsvorlage", "Nr. VL-121/2026", "öffentlich", "Datum: 24.09.2026"]),
        ("kv", [("Gremium", "Haupt- und Finanzausschuss"), ("Sitzungstermin", "06.10.2026"), ("Art der Beratung", "Kenntnisnahme")], True),
        ("title", "Sachstand Breitbandausbau im Außenbereich (graue Flecken)"),
        ("p", "Im Rahmen des Gigabit-Förderprogramms des Bundes (Kofinanzierung Land NRW) wird der Außenbereich der Gemeinde Recke mit Glasfaser bis ins Haus erschlossen. Gefördert werden Adressen, die bisher weniger als 100 Mbit/s im Download erreichen (sogenannte graue Flecken). Der Kreis führt das Verfahren für die beteiligten Kommunen durch."),
        ("p", "Stand der Arbeiten zum 15.09.2026:"),
        ("table", ["Ausbaucluster", "Adressen", "Tiefbau", "aktiviert"], [
            ["Steinbeck / Obersteinbeck", "212", "abgeschlossen", "188"],
            ["Espel Nord", "164", "zu 70 %", "61"],
            ["Espel Süd / Kreisgrenze", "97", "Beginn 11/2026", "0"],
            ["Recke Ost (Mettinger Damm)", "131", "zu 40 %", "18"]], [55, 30, 40, 30]),
        ("p", "Verzögerungen ergeben sich im Cluster Espel Süd durch die Querung der Bahnstrecke, für die die Genehmigung der DB InfraGO noch aussteht. Das ausführende Unternehmen rechnet mit dem Abschluss aller Arbeiten bis Ende 2027."),
        ("p", "Der Eigenanteil der Gemeinde von 10 % der förderfähigen Kosten ist mit 412.000 Euro im Haushalt 2025/2026 veranschlagt. Mehrkosten sind derzeit nicht absehbar."),
        ("sp",),
        ("p", "Im Auftrag\nHerkenhoff"),
    ],
    truth=dict(city=RE, drucksache="VL-121/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage", date="2026-09-24",
               title="Sachstand Breitbandausbau im Außenbereich (graue Flecken)", public=True,
               department="Stabsstelle Wirtschaftsförderung", originator=None, answers=None, references=[],
               consultations=[{"committee": "Haupt- und Finanzausschuss", "date": "2026-10-06", "role": "Kenntnisnahme"}],
               klimacheck=None, klima_style=None,
               themes=["digitale_infrastruktur"], themes_why="status report on subsidised fibre build-out; the 10 % own share is only stated",
               notes="Hand-written PostScript: type word and number stacked right with 'öffentlich' and 'Datum:'; consultation as a ruled three-row key table (Gremium / Sitzungstermin / Art der Beratung); bold unlabelled title. Footer 'Seite 1/2' style page numbers.")
)

paper(
    file="c05_recke_einladung-ba-espel.pdf", producer="chromium", layout="recke_sessionnet_html_einladung",
    opt=dict(footer="Gemeinde Recke · Hauptstraße 28 · 49509 Recke · Ausdruck vom 18.09.2026", doctitle="Einladung"),
    blocks=[
        ("lh", ["Gemeinde Recke", "Der Vorsitzende des Bezirksausschusses Espel"], ["Recke, 17.09.2026"]),
        ("p", "An die Mitglieder des Bezirksausschusses Espel\nnachrichtlich: Fraktionen im Rat, Presse"),
        ("type", "Einladung"),
        ("p", "zur 6. Sitzung des Bezirksausschusses Espel in der Wahlperiode 2025–2030 am Donnerstag, dem 24.09.2026, um 19:30 Uhr im Vereinsheim des SV Espel, Am Sportplatz 4."),
        ("h", "Tagesordnung"),
        ("h", "Öffentliche Sitzung"),
        ("table", ["TOP", "Betreff", "Vorlage"], [
            ["1", "Eröffnung und Feststellung der ordnungsgemäßen Einberufung", ""],
            ["2", "Einwohnerfragestunde", ""],
            ["3", "Bebauungsplan Nr. 48 „Espeler Feld II“ – Aufstellungsbeschluss und frühzeitige Beteiligung", "VL-112/2026"],
            ["4", "Erneuerung des Spielplatzes am Dorfgemeinschaftshaus Espel", "VL-115/2026"],
            ["5", "Haushaltsanmeldungen des Bezirks Espel für 2027", "VL-117/2026"],
            ["6", "Mitteilungen der Verwaltung", ""],
            ["7", "Anfragen", ""]]),
        ("p", "Ein nichtöffentlicher Teil findet nicht statt."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\n\nHeinz-Werner Rottmann\nVorsitzender"),
    ],
    truth=dict(city=RE, drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-09-17",
               title="6. Sitzung des Bezirksausschusses Espel", public=True, department=None, originator=None, answers=None,
               references=["VL-112/2026", "VL-115/2026", "VL-117/2026"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["stadtentwicklung", "kultur_sport", "finanzen"], themes_why="agenda: housing B-Plan (stadtentwicklung), playground renewal (kultur_sport), the district's budget requests (finanzen)",
               notes="SessionNet-like HTML invitation: the session is named only in the sentence after the type word ('zur 6. Sitzung des Bezirksausschusses Espel …'), title labelled as that phrase; only a public part ('Ein nichtöffentlicher Teil findet nicht statt') → public true. Footer 'Ausdruck vom 18.09.2026' lure.")
)

# ======================================================================= Behindertenbeirat der Stadt Hamminkeln (NW)
HA = "Stadt Hamminkeln"
paper(
    file="h01_hamminkeln_bbr-antrag_haltestellen-mehrhoog.pdf", producer="ghostscript-ps", layout="hamminkeln_beirat_ps_antrag",
    opt=dict(footer="Behindertenbeirat der Stadt Hamminkeln - Geschäftsstelle im Rathaus, Brüner Straße 9, 46499 Hamminkeln", doctitle="Antrag Behindertenbeirat"),
    blocks=[
        ("lh", ["Behindertenbeirat der Stadt Hamminkeln", "Die Vorsitzende"], ["Hamminkeln, 04.09.2026"]),
        ("p", "An den Bürgermeister der Stadt Hamminkeln\nzur Weiterleitung an den Ausschuss für Stadtentwicklung, Umwelt und Verkehr"),
        ("type", "Antrag"),
        ("kv", [("Betreff", "Barrierefreier Umbau der Bushaltestellen am Bahnhof Mehrhoog"), ("Beschluss des Beirates", "Sitzung vom 02.09.2026, einstimmig")], False),
        ("p", "Der Behindertenbeirat beantragt, die beiden Bushaltestellen am Bahnhof Mehrhoog (Richtung Innenstadt und Richtung Dingden) im Jahr 2027 barrierefrei umzubauen: Hochbord mit 22 cm Höhe, taktile Leitelemente zum Bahnsteigzugang, Wetterschutz mit Sitzgelegenheit und eine Anzeige der Abfahrtszeiten mit Sprachausgabe."),
        ("p", "Begründung:\nSeit dem Umbau des Bahnhofs ist der Bahnsteig stufenlos erreichbar, die Bushaltestellen davor jedoch nicht. Rollstuhlnutzerinnen und -nutzer können nur mit Hilfe des Fahrpersonals einsteigen; blinde Fahrgäste finden den Weg zwischen Bus und Zug nicht ohne Begleitung. Nach § 8 Abs. 3 PBefG soll der Nahverkehr bis 2022 vollständig barrierefrei sein. Der Beirat bittet, die Förderung nach dem ÖPNVG NRW zu beantragen."),
        ("sp",),
        ("p", "Gisela Terhorst\nVorsitzende des Behindertenbeirates"),
    ],
    truth=dict(city=HA, drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-04",
               title="Barrierefreier Umbau der Bushaltestellen am Bahnhof Mehrhoog", public=None, department=None,
               originator="Behindertenbeirat der Stadt Hamminkeln", answers=None, references=[],
               consultations=[{"committee": "Ausschuss für Stadtentwicklung, Umwelt und Verkehr", "date": None, "role": None}],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "soziales"], themes_why="accessible bus stops; people with disabilities (wheelchair users, blind passengers) as target group with content",
               notes="Beirat's own sheet in PostScript: letterhead 'Behindertenbeirat der Stadt Hamminkeln / Die Vorsitzende', addressee with 'zur Weiterleitung an den Ausschuss …' (committee without date/role); borderless keys 'Betreff' and 'Beschluss des Beirates' (session date is not the paper date). '§ 8 Abs. 3 PBefG' no reference.")
)
