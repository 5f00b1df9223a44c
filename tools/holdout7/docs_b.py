"""Papers s18–s33: Markt Murnau a. Staffelsee, Große Kreisstadt Freiberg (Ortschaftsrat Zug), Kreis Ostholstein,
Stadtgemeinde Bremen (Beirat Vegesack, Ortsamt Vegesack), and s33, an Einladung of Oberhausen's
Bezirksvertretung Sterkrade (the council of docs_a.py's s01–s05).

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


# ------------------------------------------------ Markt Murnau a. Staffelsee (BY; Markt, Word templates / session.bayern-like)
doc(file="s18_murnau_2025-047_parkraumkonzept.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="bayern_word_sitzungsvorlage", city="Markt Murnau a. Staffelsee",
    head="Markt Murnau a. Staffelsee – Sitzungsvorlage",
    blocks=[
        ("kv", [("MARKT MURNAU A. STAFFELSEE", "Sitzungsvorlage Nr. 2025/047"),
                ("Geschäftsbereich 3 – Bauverwaltung", "Az.: 632-1/Parkraum"),
                ("Sachbearbeitung: Herr Ostler", "Murnau, 14.05.2025")]),
        ("kv", [("Gremium:", "Marktgemeinderat"), ("Sitzung am:", "27.05.2025"),
                ("Öffentlichkeit:", "öffentlich"), ("Beschlussart:", "Beschluss")]),
        ("pb", "Tagesordnungspunkt:"),
        ("p", "Parkraumkonzept Ortskern – Einführung einer Parkraumbewirtschaftung in der Obermarkt- und "
              "Untermarktzone"),
        ("pb", "Sachvortrag:"),
        ("p", "Der Marktgemeinderat hat am 18.02.2025 die Verwaltung beauftragt, ein Parkraumkonzept für den "
              "Ortskern zu erarbeiten. Die Zählung vom März 2025 ergab eine Auslastung von 96 Prozent "
              "zwischen 10 und 16 Uhr; 38 Prozent der Fahrzeuge parkten länger als drei Stunden."),
        ("p", "Vorgeschlagen werden eine Gebühr von 1,00 Euro je Stunde (erste halbe Stunde frei) sowie "
              "Bewohnerparkausweise für 30 Euro im Jahr."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Marktgemeinderat stimmt dem Parkraumkonzept zu und beauftragt die Verwaltung, die "
              "Parkgebührenverordnung zu erarbeiten."),
        ("p", "Klimaschutzrelevanz: ☐ keine  ☒ gering positiv  ☐ negativ"),
        ("p", "Rolf Beuting\nErster Bürgermeister"),
    ],
    truth=dict(drucksache="2025/047", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-05-14",
               title="Parkraumkonzept Ortskern – Einführung einer Parkraumbewirtschaftung in der Obermarkt- "
                     "und Untermarktzone",
               public=True, department="Geschäftsbereich 3 – Bauverwaltung",
               consultations=[C("Marktgemeinderat", "2025-05-27", "Entscheidung")],
               klimacheck="positive", klima_style="unicode_line",
               themes=["mobilitaet"], themes_why="parking management",
               notes="Bavarian layout: one Gremium as key/value lines, 'Beschlussart: Beschluss' → "
                     "Entscheidung. Title under 'Tagesordnungspunkt:'. Earlier session 18.02. in the body. "
                     "'gering positiv' ticked → positive. Running header without number."))

doc(file="s19_murnau_antrag-buergerforum-radweg-seehausen.pdf", producer="chromium",
    font="P052", size=11, layout="fraktion_letter_bayern", city="Markt Murnau a. Staffelsee",
    blocks=[
        ("h", "Fraktion Bürgerforum Murnau im Marktgemeinderat", 12),
        ("p", "Sprecherin: Gabriele Zitzelsberger · Kohlgruber Straße 7 · 82418 Murnau"),
        ("p", "Markt Murnau a. Staffelsee\nHerrn Ersten Bürgermeister\nUntermarkt 13\n82418 Murnau"),
        ("right", "Murnau, 3. Juni 2025"),
        ("pb", "Antrag: Lückenschluss Geh- und Radweg nach Seehausen"),
        ("p", "Sehr geehrter Herr Bürgermeister,\nwir beantragen, den Antrag in der nächsten Sitzung des "
              "Bau-, Werk- und Umweltausschusses zu behandeln:"),
        ("p", "Die Verwaltung wird beauftragt, für den 900 m langen Abschnitt zwischen dem Ortsende "
              "Murnau und Seehausen eine Planung für einen straßenbegleitenden Geh- und Radweg zu erstellen "
              "und Fördermöglichkeiten nach dem BayGVFG zu prüfen."),
        ("p", "Begründung: Der Abschnitt ist die einzige Lücke im Radweg rund um den Staffelsee; Radfahrende "
              "müssen auf die Kreisstraße GAP 4 ausweichen."),
        ("p", "Mit freundlichen Grüßen\nGabriele Zitzelsberger   Florian Reindl"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-06-03",
               title="Lückenschluss Geh- und Radweg nach Seehausen",
               originator="Fraktion Bürgerforum Murnau im Marktgemeinderat",
               themes=["mobilitaet"], themes_why="cycle path gap",
               notes="'nächste Sitzung des Bau-, Werk- und Umweltausschusses' without a date → no "
                     "consultation (hard call). Kreisstraße GAP 4 is not a number."))

doc(file="s20_murnau_beschlussauszug-bauantrag.pdf", producer="reportlab",
    font="DejaVu Sans", size=9.5, layout="bayern_beschlussauszug", city="Markt Murnau a. Staffelsee",
    running="Auszug aus der Niederschrift – nur für den Dienstgebrauch – Seite {page}",
    blocks=[
        ("h", "Markt Murnau a. Staffelsee", 12),
        ("h", "Auszug aus der Niederschrift über die öffentliche Sitzung des Bau-, Werk- und "
              "Umweltausschusses vom 10.06.2025", 10.5),
        ("kv", [("TOP 4", "Bauantrag auf Errichtung eines Einfamilienhauses mit Garage, Fl.Nr. 1142/7, "
                          "Gemarkung Murnau; Erteilung des gemeindlichen Einvernehmens")]),
        ("p", "Sachverhalt: Das Vorhaben liegt im Geltungsbereich des Bebauungsplanes Nr. 41 „Am "
              "Kemmelpark“. Beantragt ist eine Befreiung von der festgesetzten Dachneigung (28° statt 22° "
              "bis 25°)."),
        ("pb", "Beschluss:"),
        ("p", "Das gemeindliche Einvernehmen wird erteilt. Der Befreiung wird zugestimmt.\n"
              "Abstimmungsergebnis: 9 : 1"),
        ("p", "Für die Richtigkeit des Auszugs: Murnau, 12.06.2025\ngez. Bichler, Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Auszug aus der Niederschrift", date="2025-06-12",
               title="Bauantrag auf Errichtung eines Einfamilienhauses mit Garage, Fl.Nr. 1142/7, Gemarkung "
                     "Murnau; Erteilung des gemeindlichen Einvernehmens",
               public=True,
               themes=["stadtentwicklung"], themes_why="building permit consent",
               notes="Excerpt of minutes (Beschlussauszug): type Niederschrift (hard call), title the TOP's "
                     "subject (not the session), date the certification date 12.06. (session 10.06.). "
                     "Fl.Nr. and Bebauungsplan Nr. 41 are not Drucksachen."))

doc(file="s21_murnau_stellungnahme-toeb-uffing.pdf", producer="libreoffice-html",
    font="Liberation Serif", size=11, layout="toeb_letter", city="Markt Murnau a. Staffelsee",
    blocks=[
        ("kv", [("Markt Murnau a. Staffelsee · Untermarkt 13 · 82418 Murnau",
                 "Geschäftsbereich 3 – Bauverwaltung\nIhr Zeichen: 610-Uff/BP12\nUnser Zeichen: 3/610-Ost\n"
                 "Telefon 08841 476-312\nDatum: 24.06.2025")]),
        ("p", "Gemeinde Uffing a. Staffelsee\nBauamt\nHauptstraße 2\n82449 Uffing"),
        ("pb", "Bebauungsplan Nr. 12 „Gewerbegebiet Schöffau-Süd“ der Gemeinde Uffing\nhier: Beteiligung "
               "der Nachbargemeinden nach § 2 Abs. 2 und § 4 Abs. 2 BauGB – Stellungnahme"),
        ("p", "Sehr geehrte Damen und Herren,\nder Markt Murnau a. Staffelsee erhebt gegen die Planung keine "
              "grundsätzlichen Einwände. Wir bitten jedoch, die Verkehrsanbindung an die Staatsstraße 2062 "
              "so zu gestalten, dass zusätzlicher Schwerverkehr nicht durch den Ortsteil Hechendorf geführt "
              "wird."),
        ("p", "Der Bau-, Werk- und Umweltausschuss hat diese Stellungnahme am 10.06.2025 beschlossen."),
        ("p", "Mit freundlichen Grüßen\nim Auftrag\nOstler"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-06-24",
               title="Bebauungsplan Nr. 12 „Gewerbegebiet Schöffau-Süd“ der Gemeinde Uffing hier: Beteiligung "
                     "der Nachbargemeinden nach § 2 Abs. 2 und § 4 Abs. 2 BauGB – Stellungnahme",
               department="Geschäftsbereich 3 – Bauverwaltung",
               themes=["stadtentwicklung"], themes_why="neighbour municipality land-use plan",
               notes="Administration letter that is a Stellungnahme (type word only at the end of the "
                     "subject). Ihr/Unser Zeichen are not Drucksachen. Originator null (administration)."))

# ------------------------------------------------ Große Kreisstadt Freiberg (SN; Ortschaftsrat Zug; ALLRIS-Sachsen-like; Große Kreisstadt with Ortschaften)
doc(file="s22_freiberg_v-25-0789_kita-zug.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="allris_sachsen_vorlage", city="Große Kreisstadt Freiberg",
    css="table.grid td, table.grid th { font-size: 9pt; }",
    running="Ausdruck aus dem Ratsinformationssystem – V 25/0789",
    blocks=[
        ("kv", [("Große Kreisstadt Freiberg", "Vorlage-Nr.: V 25/0789"), ("", "Status: öffentlich"),
                ("", "Vorlageart: Beschlussvorlage")]),
        ("kv", [("Einreicher:", "Oberbürgermeisterin"), ("Federführendes Amt:", "Amt für Kindertagesstätten"),
                ("Beteiligte Ämter:", "Hochbauamt; Kämmerei"), ("Datum:", "07.04.2025")]),
        ("table", ["Gremium", "Termin", "Zuständigkeit", "Status"], [
            ["Ortschaftsrat Zug", "23.04.2025", "Anhörung", "Ö"],
            ["Ausschuss für Bildung und Soziales", "06.05.2025", "Vorberatung", "Ö"],
            ["Stadtrat", "22.05.2025", "Beschlussfassung", "Ö"]]),
        ("pb", "Betreff:"),
        ("p", "Ersatzneubau Kindertagesstätte „Muldenspatzen“ im Ortsteil Zug – Bestätigung der "
              "Entwurfsplanung und Kostenberechnung"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat bestätigt die Entwurfsplanung für den Ersatzneubau der Kita „Muldenspatzen“ "
              "mit 96 Plätzen und Gesamtkosten von 4,86 Mio. Euro."),
        ("pb", "Begründung:"),
        ("p", "Das Bestandsgebäude von 1968 ist nicht wirtschaftlich sanierbar. Der Neubau in Holzbauweise "
              "erreicht den Effizienzhaus-40-Standard."),
        ("pb", "Klimawirkung"),
        ("table", ["positiv", "neutral", "negativ"], [["X", "", ""]]),
    ],
    truth=dict(drucksache="V 25/0789", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-04-07",
               title="Ersatzneubau Kindertagesstätte „Muldenspatzen“ im Ortsteil Zug – Bestätigung der "
                     "Entwurfsplanung und Kostenberechnung",
               public=True, department="Amt für Kindertagesstätten",
               consultations=[C("Ortschaftsrat Zug", "2025-04-23", "Anhörung"),
                              C("Ausschuss für Bildung und Soziales", "2025-05-06", "Vorberatung"),
                              C("Stadtrat", "2025-05-22", "Entscheidung")],
               klimacheck="positive", klima_style="table_x",
               themes=["bildung", "klimaschutz"], themes_why="day-care centre new building",
               notes="Number with a space ('V 25/0789'). Right column of the header carries number/status/"
                     "type with empty left cells. 'Einreicher: Oberbürgermeisterin' is not the department."))

doc(file="s23_freiberg_stellungnahme-ortschaftsrat-zug-v-25-0789.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="ortschaftsrat_stellungnahme_word", city="Große Kreisstadt Freiberg",
    blocks=[
        ("h", "Ortschaftsrat Zug", 13),
        ("p", "Ortsvorsteher Gerd Ullmann"),
        ("right", "Zug, 24.04.2025"),
        ("h", "Stellungnahme", 12),
        ("p", "des Ortschaftsrates Zug gemäß § 67 SächsGemO zur Vorlage V 25/0789"),
        ("pb", "Ersatzneubau Kindertagesstätte „Muldenspatzen“ im Ortsteil Zug"),
        ("p", "Der Ortschaftsrat hat in seiner Sitzung am 23.04.2025 die Vorlage beraten und empfiehlt "
              "dem Stadtrat einstimmig die Zustimmung. Er bittet, die Spielfläche zur Freiberger Mulde hin zu erhalten "
              "und den Bauablauf so zu planen, dass der Betrieb im Ausweichquartier Schulstraße nicht länger "
              "als 18 Monate dauert."),
        ("p", "Gerd Ullmann\nOrtsvorsteher"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-04-24",
               title="Ersatzneubau Kindertagesstätte „Muldenspatzen“ im Ortsteil Zug",
               originator="Ortschaftsrat Zug", answers=None, references=["V 25/0789"],
               themes=["bildung"], themes_why="local council opinion on day-care",
               notes="The Vorlage number is a reference, not the paper's own (it has none). 'answers' null: "
                     "a Stellungnahme answers no Anfrage."))

doc(file="s24_freiberg_af-25-0211_anfrage-schulsozialarbeit.pdf", producer="reportlab",
    font="Liberation Serif", size=11, layout="fraktion_anfrage_reportlab", city="Große Kreisstadt Freiberg",
    blocks=[
        ("kv", [("Stadtratsfraktion Bürger für Freiberg", "Anfrage-Nr.: AF 25/0211"),
                ("Obermarkt 24, 09599 Freiberg", "Datum: 12. März 2025")]),
        ("h", "Anfrage", 13),
        ("kv", [("Betreff:", "Schulsozialarbeit an Oberschulen im Schuljahr 2025/26")]),
        ("p", "Fragen:\n1. An welchen Oberschulen ist Schulsozialarbeit ab August 2025 gesichert?\n"
              "2. Wie hoch ist der städtische Eigenanteil zur Landesförderung?\n3. Welche Schulen stehen "
              "auf der Warteliste?"),
        ("p", "Antwort erbeten bis: Stadtratssitzung am 27.03.2025"),
        ("p", "Kerstin Lohse, Fraktionsvorsitzende"),
    ],
    truth=dict(drucksache="AF 25/0211", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-03-12",
               title="Schulsozialarbeit an Oberschulen im Schuljahr 2025/26",
               originator="Stadtratsfraktion Bürger für Freiberg",
               themes=["bildung", "soziales"], themes_why="school social work",
               notes="'Anfrage-Nr.:' label. 'Antwort erbeten bis: Stadtratssitzung am …' is a deadline, not "
                     "a consultation (hard call: consultations empty)."
                     ""))

doc(file="s25_freiberg_antwort-af-25-0211.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10.5, layout="answer_letter_html", city="Große Kreisstadt Freiberg",
    blocks=[
        ("kv", [("Große Kreisstadt Freiberg\nDie Oberbürgermeisterin\nAmt für Schulen und Sport",
                 "Freiberg, 25.03.2025\nBearbeiterin: Frau Gläser\nTel. 03731 273-412")]),
        ("p", "Stadtratsfraktion Bürger für Freiberg\nFrau Kerstin Lohse"),
        ("pb", "Ihre Anfrage AF 25/0211 vom 12.03.2025 – Schulsozialarbeit an Oberschulen im Schuljahr "
               "2025/26"),
        ("p", "Sehr geehrte Frau Lohse,\nIhre Anfrage beantworte ich wie folgt:"),
        ("p", "Zu 1.: An allen neun städtischen Oberschulen ist die Schulsozialarbeit bis Juli 2026 "
              "gesichert.\nZu 2.: Der Eigenanteil beträgt 2025 insgesamt 118.000 Euro.\nZu 3.: Eine "
              "Warteliste besteht nicht."),
        ("p", "Mit freundlichen Grüßen\nConstance Arndt\nOberbürgermeisterin"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed=None, date="2025-03-25",
               title="Schulsozialarbeit an Oberschulen im Schuljahr 2025/26",
               department="Amt für Schulen und Sport", answers="AF 25/0211",
               themes=["bildung", "soziales"], themes_why="answer on school social work",
               notes="Answer letter with no type word; doc_type from 'Ihre Anfrage … beantworte ich' (hard "
                     "call). Title: the subject after the number and date (the 'Ihre Anfrage … vom …' "
                     "prefix dropped). Date of the anfrage in the subject is not the paper's."))

# ------------------------------------------------ Kreis Ostholstein (SH; Kreis, ALLRIS-SH-like with Drs.-Nr.)
doc(file="s26_ostholstein_drs-2025-083_schulentwicklungsplan.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="kreis_sh_vorlage_anlagen", city="Kreis Ostholstein",
    running="Kreis Ostholstein · Drs.-Nr. 2025/083 · Seite",
    blocks=[
        ("kv", [("Kreis Ostholstein\nDer Landrat\nFachdienst 4.30 Schule und Kultur",
                 "Drs.-Nr.: 2025/083\nEutin, 05.02.2025\nöffentlich")]),
        ("h", "Beschlussvorlage", 13),
        ("p", "Beratungsfolge:\nBildungs- und Kulturausschuss – 20.02.2025 – Vorberatung\n"
              "Hauptausschuss – 05.03.2025 – Vorberatung\nKreistag – 18.03.2025 – Entscheidung"),
        ("pb", "Schulentwicklungsplan für die Förderzentren des Kreises\n2025 bis 2030"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Kreistag beschließt den Schulentwicklungsplan für die Förderzentren 2025 bis 2030 "
              "(Anlage 1)."),
        ("pb", "Begründung:"),
        ("p", "Die Zahl der Schülerinnen und Schüler mit sonderpädagogischem Förderbedarf an den "
              "Förderzentren des Kreises ist von 412 (2019) auf 486 (2024) gestiegen. Der Plan sieht eine "
              "Außenstelle des Förderzentrums Oldenburg in Holstein in Heiligenhafen vor."),
        ("pb", "Klimaschutz:"),
        ("box", ["☐ positiv   ☐ negativ   ☒ keine Auswirkungen"]),
        ("pagebreak",),
        ("h", "Anlagen", 12),
        ("ol", ["Schulentwicklungsplan Förderzentren 2025–2030 (42 Seiten, nur digital)",
                "Stellungnahme des Kreiselternbeirates vom 27.01.2025"]),
    ],
    truth=dict(drucksache="2025/083", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-02-05",
               title="Schulentwicklungsplan für die Förderzentren des Kreises 2025 bis 2030",
               public=True, department="Fachdienst 4.30 Schule und Kultur",
               consultations=[C("Bildungs- und Kulturausschuss", "2025-02-20", "Vorberatung"),
                              C("Hauptausschuss", "2025-03-05", "Vorberatung"),
                              C("Kreistag", "2025-03-18", "Entscheidung")],
               klimacheck="neutral", klima_style="box_unicode",
               themes=["bildung"], themes_why="special-needs school plan",
               notes="Beratungsfolge as free lines 'committee – date – role'. Title on two bold lines "
                     "without label. Second page holds only the list of attachments."))

doc(file="s27_ostholstein_drs-2025-091_grundstueck-nichtoeffentlich.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="kreis_sh_vorlage_nichtoeffentlich", city="Kreis Ostholstein",
    blocks=[
        ("kv", [("Kreis Ostholstein\nDer Landrat\nFachdienst 1.20 Liegenschaften",
                 "Drs.-Nr.: 2025/091\nEutin, 12.02.2025\nnichtöffentlich")]),
        ("h", "Beschlussvorlage – nichtöffentlich gem. § 35 Abs. 2 KrO –", 12),
        ("p", "Beratungsfolge: Hauptausschuss – 05.03.2025 – Entscheidung"),
        ("pb", "Verkauf der Teilfläche des ehemaligen Straßenmeistereigeländes in Neustadt in Holstein"),
        ("p", "Der Hauptausschuss stimmt dem Verkauf der rund 4.100 m² großen Teilfläche an die "
              "Stadtwerke Neustadt zum Kaufpreis von 287.000 Euro zu."),
    ],
    truth=dict(drucksache="2025/091", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-02-12",
               title="Verkauf der Teilfläche des ehemaligen Straßenmeistereigeländes in Neustadt in Holstein",
               public=False, department="Fachdienst 1.20 Liegenschaften",
               consultations=[C("Hauptausschuss", "2025-03-05", "Entscheidung")],
               themes=["finanzen"], themes_why="sale of county land",
               notes="Non-public: 'nichtöffentlich' in the header and in the type line → public false."))

doc(file="s28_ostholstein_antrag-kreistagsabgeordnete-hebammen.pdf", producer="libreoffice-html",
    font="DejaVu Serif", size=10.5, layout="einzelmitglied_antrag_html", city="Kreis Ostholstein",
    blocks=[
        ("p", "Britta Johannsen\nMitglied des Kreistages (SSW)\nStrandallee 3, 23683 Scharbeutz"),
        ("right", "Scharbeutz, 6. Januar 2025"),
        ("p", "Kreis Ostholstein\nBüro Kreistag\nLübecker Straße 41\n23701 Eutin"),
        ("h", "Antrag an den Sozial- und Gesundheitsausschuss", 12),
        ("kv", [("Betreff:", "Hebammenversorgung im Kreis sichern – Einrichtung einer "
                             "Hebammenzentrale")]),
        ("p", "Antrag:\nDie Verwaltung wird gebeten, ein Konzept für eine kreisweite Hebammenzentrale "
              "(Vermittlungsstelle) vorzulegen und die Kosten sowie mögliche Landesmittel darzustellen."),
        ("p", "Begründung:\nSeit der Schließung der Geburtsstation in Oldenburg in Holstein finden viele "
              "Schwangere keine Nachsorgehebamme. Andere Kreise haben mit Hebammenzentralen gute Erfahrungen "
              "gemacht."),
        ("p", "Britta Johannsen"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-01-06",
               title="Hebammenversorgung im Kreis sichern – Einrichtung einer Hebammenzentrale",
               originator="Britta Johannsen, Mitglied des Kreistages (SSW)",
               consultations=[C("Sozial- und Gesundheitsausschuss", None, None)],
               themes=["gesundheit"], themes_why="midwife coordination",
               notes="Einzelmitglied (SSW) – originator the sender block joined, as holdout6 labelled single "
                     "members (one may keep only the name). Committee in the type line, no date, no role."))

doc(file="s29_ostholstein_schreiben-landrat-faehrverbindung.pdf", producer="reportlab",
    font="Liberation Sans", size=10.5, layout="landrat_letter", city="Kreis Ostholstein",
    blocks=[
        ("kv", [("Kreis Ostholstein · Der Landrat · Lübecker Straße 41 · 23701 Eutin",
                 "Stabsstelle Kreisentwicklung\nAuskunft: Herr Petersen\nZimmer 214\nTel. 04521 788-214\n"
                 "E-Mail: k.petersen@kreis-oh.de")]),
        ("p", "An die Mitglieder des Kreistages\nund die Bürgermeisterinnen und Bürgermeister "
              "der kreisangehörigen Städte und Gemeinden"),
        ("right", "Eutin, 27. Juni 2025"),
        ("pb", "Fährverbindung Puttgarden – Rødby während der Bauphase der Fehmarnbelt-Querung"),
        ("p", "Sehr geehrte Damen und Herren,\ndie Reederei hat mitgeteilt, dass der Fährbetrieb bis zur "
              "Inbetriebnahme des Tunnels im Halbstundentakt aufrechterhalten wird. Für die Sommerferien "
              "2025 wird eine zusätzliche Verbindung am Abend angeboten."),
        ("p", "Über den Stand der Hinterlandanbindung werde ich im Hauptausschuss am 09.07.2025 berichten."),
        ("p", "Mit freundlichen Grüßen\nDr. Timo Gaarz\nLandrat"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2025-06-27",
               title="Fährverbindung Puttgarden – Rødby während der Bauphase der Fehmarnbelt-Querung",
               department="Stabsstelle Kreisentwicklung",
               themes=["mobilitaet"], themes_why="ferry link information",
               notes="Letter of the Landrat; no type word printed → Schreiben. The announced report in the "
                     "Hauptausschuss is not a consultation of this paper (hard call). 'Rødby' has ø."))

# ------------------------------------------------ Bremen, Beirat Vegesack (Ortsamt Vegesack; Bremen-like)
doc(file="s30_vegesack_beschluss-beirat-grohner-duene.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="ortsamt_beiratsbeschluss", city="Beirat Vegesack (Bremen)",
    head="Ortsamt Vegesack · Gerhard-Rohlfs-Straße 62 · 28757 Bremen",
    blocks=[
        ("kv", [("Freie Hansestadt Bremen\nOrtsamt Vegesack", "Bremen, 16.05.2025\nAuskunft: Frau Dierks\n"
                 "Tel. (0421) 361-7012")]),
        ("h", "Beschluss des Beirates Vegesack", 13),
        ("p", "aus der öffentlichen Beiratssitzung vom 14. Mai 2025"),
        ("pb", "Wohnumfeldverbesserung Grohner Düne – Forderungen des Beirates an die Eigentümerin"),
        ("p", "Der Beirat Vegesack fordert die Eigentümerin der Wohnanlage Grohner Düne und die Senatorin "
              "für Bau, Mobilität und Stadtentwicklung auf,\n– die defekten Aufzüge in den Häusern 3 und 7 "
              "bis zum 30.06.2025 instand zu setzen,\n– die Beleuchtung der Tiefgarage zu erneuern und\n– "
              "einen Runden Tisch mit Mieterinnen und Mietern einzurichten."),
        ("p", "Beschlussfassung: einstimmig"),
        ("p", "Heike Sprehe\nBeiratssprecherin          Jana Dierks\nOrtsamtsleiterin"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Beschluss des Beirates", date="2025-05-16",
               title="Wohnumfeldverbesserung Grohner Düne – Forderungen des Beirates an die Eigentümerin",
               public=True, originator="Beirat Vegesack",
               themes=["wohnen"], themes_why="housing estate conditions",
               notes="A Beirat's Beschluss addressed to others → Stellungnahme (hard call; 'Beschluss' is no "
                     "canonical type). 'öffentliche Beiratssitzung' → public true. Date of the paper 16.05., "
                     "session 14.05. Department null: the Ortsamt is the Beirat's office, not the author."))

doc(file="s31_vegesack_protokoll-beiratssitzung.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="ortsamt_protokoll_2pages", city="Beirat Vegesack (Bremen)",
    running="Protokoll Nr. 31 (2023–2027) der Sitzung des Beirates Vegesack",
    blocks=[
        ("h", "Ortsamt Vegesack", 12),
        ("h", "Protokoll Nr. 31 (2023–2027)\nder öffentlichen Sitzung des Beirates Vegesack", 11),
        ("kv", [("Sitzungstag:", "14. Mai 2025"), ("Sitzungsort:", "Bürgerhaus Vegesack, Kirchheide 49"),
                ("Beginn / Ende:", "18:00 Uhr / 21:15 Uhr"),
                ("Vorsitz:", "Jana Dierks (Ortsamt)"), ("Protokoll:", "Lars Wendt")]),
        ("pb", "Tagesordnung"),
        ("ol", ["Genehmigung der Tagesordnung und des Protokolls Nr. 30",
                "Wünsche und Anregungen der Bürgerinnen und Bürger",
                "Wohnanlage Grohner Düne – Bericht und Beschlussfassung",
                "Verkehrsberuhigung Weserstraße – Sachstand",
                "Globalmittel 2025",
                "Mitteilungen des Ortsamtes"]),
        ("pb", "TOP 1"),
        ("p", "Die Tagesordnung wird genehmigt. Das Protokoll Nr. 30 wird mit einer Korrektur genehmigt."),
        ("pb", "TOP 2"),
        ("p", "Ein Anwohner der Aumunder Heerweg beklagt den Zustand des Fußweges. Das Ortsamt gibt die "
              "Beschwerde an den Umweltbetrieb Bremen weiter."),
        ("pb", "TOP 3"),
        ("p", "Frau Ahlers (Mieterinitiative) berichtet über defekte Aufzüge und Schimmel. Vertreter der "
              "Eigentümerin sagen eine Prüfung zu. Der Beirat fasst den als Anlage beigefügten Beschluss "
              "einstimmig."),
        ("pagebreak",),
        ("pb", "TOP 4"),
        ("p", "Das Amt für Straßen und Verkehr berichtet, dass die Anordnung von Tempo 30 in der Weserstraße "
              "im Juli 2025 erfolgt. Der Beirat nimmt den Bericht zur Kenntnis."),
        ("pb", "TOP 5"),
        ("p", "Aus den Globalmitteln werden bewilligt: Förderverein Stadtgarten 2.400 Euro, "
              "Jugendfreizeitheim Grohn 1.800 Euro, Lesumer Kulturverein 950 Euro."),
        ("pb", "TOP 6"),
        ("p", "Die nächste Sitzung findet am 25.06.2025 statt."),
        ("p", "Jana Dierks, Vorsitz          Heike Sprehe, Beiratssprecherin          Lars Wendt, Protokoll"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2025-05-14",
               title="öffentliche Sitzung des Beirates Vegesack", public=True,
               themes=["wohnen", "mobilitaet"], themes_why="Beirat minutes",
               notes="Two pages, dated only by the session day. 'Protokoll Nr. 31' is a minute number, not a "
                     "Drucksache (drucksache null). Title: the session named, type word and minute number "
                     "dropped (holdout6's convention; one may keep 'Protokoll Nr. 31 (2023–2027)')."))

doc(file="s32_vegesack_einladung-fachausschuss.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10.5, layout="ortsamt_einladung", city="Beirat Vegesack (Bremen)",
    blocks=[
        ("kv", [("Ortsamt Vegesack", "Bremen, 02.06.2025")]),
        ("p", "An die Mitglieder des Fachausschusses „Bau, Umwelt und Verkehr“ des Beirates Vegesack"),
        ("h", "Einladung zur Sitzung des Fachausschusses „Bau, Umwelt und Verkehr“", 12),
        ("p", "am Dienstag, 17. Juni 2025, 18:30 Uhr\nim Ortsamt Vegesack, Sitzungsraum 1. OG\n"
              "Die Sitzung ist öffentlich."),
        ("pb", "Tagesordnung:"),
        ("ol", ["Genehmigung der Tagesordnung",
                "Bauantrag Gerhard-Rohlfs-Straße 18 (Aufstockung)",
                "Radpremiumroute D.15 – Planungsstand",
                "Verschiedenes"]),
        ("p", "Mit freundlichen Grüßen\ngez. Dierks"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-06-02",
               title="Sitzung des Fachausschusses „Bau, Umwelt und Verkehr“", public=True,
               themes=["stadtentwicklung", "mobilitaet"], themes_why="committee invitation",
               notes="Session named in the heading after 'Einladung zur'. 'Die Sitzung ist öffentlich.' "
                     "Radpremiumroute D.15 is not a number."))

doc(file="s33_oberhausen_einladung-bv-sterkrade.pdf", producer="reportlab",
    font="Liberation Serif", size=10.5, layout="sessionnet_einladung", city="Stadt Oberhausen",
    running="Bezirksvertretung Sterkrade – Einladung zur 11. Sitzung – Seite {page}",
    blocks=[
        ("kv", [("Stadt Oberhausen\nDie Bezirksbürgermeisterin Sterkrade", "Oberhausen, 28.05.2025")]),
        ("p", "An die Mitglieder der Bezirksvertretung Sterkrade"),
        ("h", "Einladung", 13),
        ("p", "zur 11. Sitzung der Bezirksvertretung Sterkrade in der Wahlperiode 2020/2025 am "
              "Donnerstag, 12.06.2025, 16:00 Uhr, Technisches Rathaus Sterkrade, Sitzungssaal 101."),
        ("pb", "Tagesordnung – öffentlicher Teil"),
        ("table", ["TOP", "Betreff", "Vorlage"], [
            ["1", "Radschnellverbindung Sterkrade – Osterfeld, Vorzugsvariante", "B/25/0412"],
            ["2", "Sanierung Spielplatz Tackenberg-Ost, Zwischenstand", "M/25/0398"],
            ["3", "Antrag der SPD-Fraktion: Querungshilfe Holtener Straße", ""]]),
        ("pb", "Tagesordnung – nichtöffentlicher Teil"),
        ("table", ["TOP", "Betreff", "Vorlage"], [["4", "Vergabe Pflegearbeiten Grünanlagen", "B/25/0419"]]),
        ("p", "Mit freundlichen Grüßen\nJutta Oelmann\nBezirksbürgermeisterin"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-05-28",
               title="11. Sitzung der Bezirksvertretung Sterkrade", public=True,
               references=["B/25/0412", "M/25/0398", "B/25/0419"],
               themes=["verwaltung"], themes_why="district council invitation",
               notes="Einladung of a Bezirksvertretung (NRW). 'in der Wahlperiode 2020/2025' dropped from "
                     "the title. Public and non-public part → true."))
