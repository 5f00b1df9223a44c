"""Papers u01–u17: Stadt Werl (NW), Landkreis Märkisch-Oderland (BB), Amt Eiderkanal / Gemeinde
Osterrönfeld (SH), Gemeinde Pöcking (BY).

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


# ------------------------------------------------ Stadt Werl (NW, kreisangehörige Stadt; SessionNet print)
doc(file="u01_werl_2025-0143_waermeplanung.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="werl_sessionnet_vorlage", city="Stadt Werl",
    css="table.kv { width: 100%; } table.kv td:last-child { text-align: right; font-size: 12pt; }",
    running="Vorlage 2025/0143 – Ausdruck vom 09.09.2025",
    blocks=[
        ("kv", [("Stadt Werl\nDer Bürgermeister", "Vorlage\n2025/0143\nöffentlich")]),
        ("kv", [("Federführung:", "Abteilung 3 – Planen, Bauen, Umwelt"), ("Beteiligt:", "Abteilung 2 – Finanzen"),
                ("Bearbeiter/-in:", "Frau Brüggemann"), ("Datum:", "08.09.2025")]),
        ("table", ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit"],
         [["Ausschuss für Umwelt, Klima und Verkehr", "23.09.2025", "Vorberatung"],
          ["Haupt- und Finanzausschuss", "30.09.2025", "Vorberatung"],
          ["Rat der Stadt Werl", "09.10.2025", "Entscheidung"]]),
        ("h", "Kommunale Wärmeplanung für das Stadtgebiet Werl – Vergabe der Planungsleistungen", 12),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Rat der Stadt Werl beauftragt die Verwaltung, die Erstellung des kommunalen Wärmeplans "
              "nach dem Wärmeplanungsgesetz auszuschreiben und den Auftrag an den wirtschaftlichsten Bieter "
              "zu vergeben. Die Mittel in Höhe von 148.000 € werden im Haushaltsjahr 2026 bereitgestellt."),
        ("pb", "Sachverhalt:"),
        ("p", "Gemeinden mit weniger als 100.000 Einwohnern müssen bis zum 30.06.2028 einen Wärmeplan "
              "vorlegen. Das Land fördert die Erstellung über die Konnexitätszahlung; für Werl sind "
              "rund 96.400 € angekündigt. Die Stadtwerke haben zugesagt, Verbrauchsdaten der Gasnetze "
              "bereitzustellen. Eine Bestands- und Potenzialanalyse soll Eignungsgebiete für Wärmenetze, "
              "etwa im Bereich Westönnen und am Schulzentrum, ausweisen."),
        ("p", "Mit der Beauftragung eines Fachbüros wird die Verwaltung in die Lage versetzt, die Frist "
              "einzuhalten. Die Öffentlichkeit wird in zwei Bürgerwerkstätten beteiligt."),
        ("pagebreak",),
        ("pb", "Klimarelevanz:"),
        ("table", None, [["☒ positiv", "☐ negativ", "☐ keine"]]),
        ("p", "Der Wärmeplan ist Grundlage für die Dekarbonisierung der Wärmeversorgung im Stadtgebiet."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("table", ["Produkt", "Aufwand 2026", "Ertrag 2026"],
         [["01.09.01 Klimaschutz", "148.000 €", "96.400 €"]]),
        ("p", "Im Auftrag\n\ngez. Brüggemann"),
    ],
    truth=dict(drucksache="2025/0143", doc_type="Beschlussvorlage", doc_type_printed="Vorlage",
               date="2025-09-08",
               title="Kommunale Wärmeplanung für das Stadtgebiet Werl – Vergabe der Planungsleistungen",
               public=True, department="Abteilung 3 – Planen, Bauen, Umwelt",
               consultations=[C("Ausschuss für Umwelt, Klima und Verkehr", "2025-09-23", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2025-09-30", "Vorberatung"),
                              C("Rat der Stadt Werl", "2025-10-09", "Entscheidung")],
               klimacheck="positive", klima_style="checkbox_row",
               themes=["klima_umwelt", "finanzen"], themes_why="heat planning; funding and budget",
               notes="Type word 'Vorlage' above the number in the right cell, 'öffentlich' below it. Only "
                     "'Vorlage' is printed as type; a Beschlussvorschlag makes it a Beschlussvorlage. Title a bold "
                     "unlabelled line under the Beratungsfolge. Print date in the running footer (09.09.2025) is not "
                     "the paper's date (Datum: 08.09.2025). Klimarelevanz ☒ positiv on page 2."))

doc(file="u02_werl_2025-0150_mitteilung-offener-ganztag.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="werl_mitteilungsvorlage_word", city="Stadt Werl",
    head="Stadt Werl                                                        Mitteilungsvorlage 2025/0150",
    blocks=[
        ("p", "Abteilung 4 – Schule, Sport, Kultur\nSachgebiet Schulverwaltung"),
        ("right", "Werl, den 10. September 2025"),
        ("h", "Mitteilungsvorlage", 13),
        ("kv", [("Kenntnisnahme durch:", "Ausschuss für Schule, Sport und Kultur – 24.09.2025")]),
        ("p", "Betreff:"),
        ("pb", "Ausbau der Offenen Ganztagsschule an den Grundschulen zum Schuljahr 2026/27 – Sachstand"),
        ("p", "Ab dem 1. August 2026 gilt der Rechtsanspruch auf ganztägige Betreuung für Kinder der ersten "
              "Klasse. An den fünf städtischen Grundschulen werden derzeit 612 Plätze im Offenen Ganztag "
              "angeboten; nach der Elternabfrage vom Juni 2025 werden zum Schuljahr 2026/27 voraussichtlich "
              "705 Plätze benötigt."),
        ("p", "Die Verwaltung hat mit den Trägern vereinbart, an der Grundschule Hilbeck zwei zusätzliche "
              "Gruppen im Pavillon einzurichten. Für die Norbertschule wird eine Mensa-Erweiterung geplant; die "
              "Kosten werden dem Ausschuss mit einer eigenen Vorlage vorgelegt."),
        ("table", ["Grundschule", "Plätze 2025/26", "Bedarf 2026/27"],
         [["Norbertschule", "168", "190"], ["Grundschule Hilbeck", "74", "98"],
          ["Petrischule", "142", "150"], ["Sönnern-Westönnen", "96", "112"], ["Walburgisschule", "132", "155"]]),
        ("p", "Die Mitteilung dient der Kenntnisnahme."),
        ("p", "In Vertretung\n\nSchulte-Kemna\nBeigeordnete"),
    ],
    truth=dict(drucksache="2025/0150", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2025-09-10",
               title="Ausbau der Offenen Ganztagsschule an den Grundschulen zum Schuljahr 2026/27 – Sachstand",
               public=None, department="Sachgebiet Schulverwaltung",
               consultations=[C("Ausschuss für Schule, Sport und Kultur", "2025-09-24", "Kenntnisnahme")],
               themes=["bildung", "soziales"], themes_why="all-day school places",
               notes="Number only in the Word running header after the type word. 'Betreff:' alone on a line, "
                     "the title bold below. 'Kenntnisnahme durch: committee – date' free line. Date in words "
                     "right-aligned. Unit printed as Abteilung + Sachgebiet: the Sachgebiet is the most "
                     "specific. No öffentlich marker."))

doc(file="u03_werl_antrag-fdp-elternhaltestelle.pdf", producer="reportlab", font="DejaVu Sans", size=10,
    layout="werl_fraktion_antrag_reportlab", city="Stadt Werl",
    blocks=[
        ("kv", [("FDP-Fraktion im Rat der Stadt Werl\nFraktionsgeschäftsstelle\nSteinerstraße 14\n59457 Werl",
                 "Tel. 02922 80917-22\nfraktion@fdp-werl.example\n\nWerl, 14.09.2025")], 0.6),
        ("space",),
        ("p", "Herrn Bürgermeister\nMarkus Dellbrügge\nRathaus\nHedwig-Dransfeld-Straße 23\n59457 Werl"),
        ("space",),
        ("pb", "Antrag zur Sitzung des Rates der Stadt Werl am 09.10.2025"),
        ("p", "Betreff: Schulwegsicherheit an der Grundschule Westönnen – Einrichtung einer Elternhaltestelle"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "die FDP-Fraktion beantragt, der Rat möge beschließen:"),
        ("p", "1. Die Verwaltung richtet in Abstimmung mit der Schulleitung und der Polizei eine "
              "Elternhaltestelle in der Straße Zum Sportplatz ein, etwa 250 m vom Schultor entfernt.\n"
              "2. Der Abschnitt vor dem Schultor wird werktags von 7:30 bis 8:15 Uhr für den Kraftfahrzeug"
              "verkehr gesperrt (§ 45 Abs. 1 StVO)."),
        ("pb", "Begründung:"),
        ("p", "Morgens halten vor der Schule bis zu 60 Elterntaxis in zweiter Reihe. Kinder, die zu Fuß oder "
              "mit dem Rad kommen, werden gefährdet. Nachbarstädte haben mit Elternhaltestellen gute "
              "Erfahrungen gemacht. Die Kosten für Beschilderung und Markierung schätzen wir auf 4.500 €."),
        ("p", "Mit freundlichen Grüßen\n\nKatrin Hollenhorst\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2025-09-14",
               title="Schulwegsicherheit an der Grundschule Westönnen – Einrichtung einer Elternhaltestelle",
               originator="FDP-Fraktion im Rat der Stadt Werl",
               consultations=[C("Rat der Stadt Werl", "2025-10-09", None)],
               themes=["mobilitaet", "bildung"], themes_why="school route safety, parent drop-off",
               notes="Fraktion letter without any number. 'Antrag zur Sitzung des Rates der Stadt Werl am …' → "
                     "consultation, committee in the nominative, role null. 'Betreff:' on one line with the title. Phone and "
                     "postcode in the letterhead are not numbers of the paper. '§ 45 Abs. 1 StVO' is no "
                     "reference."))

doc(file="u04_werl_2025-0158_anfrage-leerstand.pdf", producer="libreoffice-html", font="DejaVu Sans",
    size=10, layout="werl_anfrage_einzelmitglied_html", city="Stadt Werl",
    blocks=[
        ("kv", [("Ratsmitglied Jonas Terbrüggen\n(fraktionslos)", "Vorlage 2025/0158")]),
        ("p", "An den Bürgermeister der Stadt Werl"),
        ("right", "Werl, 12.09.2025"),
        ("h", "Anfrage gemäß § 17 der Geschäftsordnung für den Rat", 12),
        ("p", "zur Sitzung des Haupt- und Finanzausschusses am 30.09.2025"),
        ("pb", "Leerstände von Ladenlokalen in der Werler Innenstadt"),
        ("p", "In der Steinerstraße und am Markt stehen nach meiner Zählung derzeit 17 Ladenlokale leer. "
              "Ich bitte um Beantwortung folgender Fragen:"),
        ("ol", ["Wie viele Ladenlokale in der Fußgängerzone stehen nach Kenntnis der Verwaltung leer, und wie "
                "hat sich die Zahl seit 2022 entwickelt?",
                "Welche Ergebnisse hat das Förderprogramm „Zukunft Innenstadt“ bisher erbracht?",
                "Plant die Verwaltung ein Leerstandsmanagement, etwa über die Wirtschaftsförderung?"]),
        ("p", "Eine schriftliche Beantwortung ist ausreichend.\n\nJonas Terbrüggen"),
    ],
    truth=dict(drucksache="2025/0158", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-09-12",
               title="Leerstände von Ladenlokalen in der Werler Innenstadt",
               originator="Ratsmitglied Jonas Terbrüggen",
               consultations=[C("Haupt- und Finanzausschuss", "2025-09-30", None)],
               themes=["wirtschaft", "stadtentwicklung"], themes_why="retail vacancy in the centre",
               notes="An Einzelmitglied's Anfrage (fraktionslos); the number the council office gave it right of "
                     "the sender. The heading is the type line with the Geschäftsordnung citation; the title is "
                     "the bold line after the session line. No role → null."))

doc(file="u05_werl_2025-0171_antwort-leerstand.pdf", producer="libreoffice-html", font="Liberation Sans",
    size=10, layout="werl_antwort_html", city="Stadt Werl",
    blocks=[
        ("kv", [("Stadt Werl\nDer Bürgermeister", "Vorlage 2025/0171\nöffentlich")]),
        ("kv", [("Federführung:", "Stabsstelle Wirtschaftsförderung"), ("Datum:", "26.09.2025")]),
        ("table", ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit"],
         [["Haupt- und Finanzausschuss", "30.09.2025", "Kenntnisnahme"]]),
        ("h", "Beantwortung der Anfrage des Ratsmitglieds Jonas Terbrüggen vom 12.09.2025 (Vorlage 2025/0158) – "
              "Leerstände von Ladenlokalen in der Werler Innenstadt", 11),
        ("p", "Zu 1.: Nach der Erhebung der Wirtschaftsförderung vom August 2025 stehen in der Fußgängerzone "
              "14 von 163 Ladenlokalen leer (8,6 %). 2022 waren es 19."),
        ("p", "Zu 2.: Über das Programm wurden 11 Anmietungen mit insgesamt 86.000 € gefördert; acht der "
              "Betriebe sind noch am Standort."),
        ("p", "Zu 3.: Die Wirtschaftsförderung führt ein Leerstandskataster und vermittelt Zwischennutzungen. "
              "Ein externes Management ist nicht vorgesehen."),
        ("p", "Dellbrügge"),
    ],
    truth=dict(drucksache="2025/0171", doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage",
               date="2025-09-26",
               title="Beantwortung der Anfrage des Ratsmitglieds Jonas Terbrüggen vom 12.09.2025 (Vorlage "
                     "2025/0158) – Leerstände von Ladenlokalen in der Werler Innenstadt",
               public=True, department="Stabsstelle Wirtschaftsförderung", answers="2025/0158",
               consultations=[C("Haupt- und Finanzausschuss", "2025-09-30", "Kenntnisnahme")],
               themes=["wirtschaft", "stadtentwicklung"], themes_why="answer on retail vacancy",
               notes="SessionNet Vorlage used for an answer: no type word but the bold heading 'Beantwortung der "
                     "Anfrage …'. Title = the whole bold heading as printed (it holds the subject after the "
                     "dash). Own number 2025/0171; the answered Anfrage 2025/0158 in the heading → answers."))

# ------------------------------------------ Landkreis Märkisch-Oderland (BB, Landkreis; ALLRIS-like grid)
doc(file="u06_mol_bv-0114-2025_osz-seelow.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10, layout="mol_allris_grid_word", city="Landkreis Märkisch-Oderland",
    running="Landkreis Märkisch-Oderland – Beschlussvorlage BV 0114/2025",
    blocks=[
        ("table", None, [["Landkreis Märkisch-Oderland\nDer Landrat", "Vorlage-Nr.: BV 0114/2025"],
                         ["Beschlussvorlage", "Status: öffentlich"],
                         ["Federführend: Schulverwaltungs- und Kulturamt", "Datum: 02.09.2025"],
                         ["Beteiligt: Kreisentwicklungsamt, Kämmerei", "Aktenzeichen: 40.2-03/25"]]),
        ("table", ["Beratungsfolge", "Termin", "Zuständigkeit"],
         [["Ausschuss für Bildung, Kultur und Sport", "16.09.2025", "Vorberatung"],
          ["Kreisausschuss", "25.09.2025", "Vorberatung"],
          ["Kreistag", "08.10.2025", "Entscheidung"]]),
        ("p", "Betreff:\nSanierung und Erweiterung des Oberstufenzentrums Märkisch-Oderland am Standort Seelow – "
              "Bau- und Finanzierungsbeschluss"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Kreistag beschließt die Sanierung und Erweiterung des Oberstufenzentrums am Standort Seelow "
              "auf Grundlage der Entwurfsplanung (Anlage 1) mit Gesamtkosten von 11,4 Mio. €. Der Landrat "
              "wird ermächtigt, Fördermittel aus dem Schulinvestitionsprogramm zu beantragen."),
        ("pb", "Begründung:"),
        ("p", "Das Gebäude aus dem Jahr 1978 entspricht nicht mehr den Anforderungen an Brandschutz und "
              "Barrierefreiheit. Die Erweiterung um sechs Fachräume für die Pflegeausbildung schafft Platz für "
              "zusätzlich 140 Auszubildende. Dach und Fassade werden gedämmt; auf dem Neubau entsteht eine "
              "Photovoltaikanlage mit 180 kWp."),
        ("table", ["Klimarelevanz", ""], [["☒ ja, positive Auswirkungen", "Dämmung, PV-Anlage, Wärmepumpe"],
                                          ["☐ ja, negative Auswirkungen", ""], ["☐ nein", ""]]),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Investition 11,4 Mio. € (2026–2028), davon Fördermittel 6,2 Mio. €; Eigenanteil über Kredit "
              "aus der Investitionsplanung des Haushalts 2026/2027."),
        ("p", "Gernot Schaller\nLandrat"),
    ],
    truth=dict(drucksache="BV 0114/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-09-02",
               title="Sanierung und Erweiterung des Oberstufenzentrums Märkisch-Oderland am Standort Seelow – "
                     "Bau- und Finanzierungsbeschluss",
               public=True, department="Schulverwaltungs- und Kulturamt",
               consultations=[C("Ausschuss für Bildung, Kultur und Sport", "2025-09-16", "Vorberatung"),
                              C("Kreisausschuss", "2025-09-25", "Vorberatung"),
                              C("Kreistag", "2025-10-08", "Entscheidung")],
               klimacheck="positive", klima_style="checkbox_table",
               themes=["bildung", "finanzen", "klima_umwelt"], themes_why="vocational school building, funding, PV",
               notes="ALLRIS-like ruled grid: 'Vorlage-Nr.: BV 0114/2025' top right, 'Status: öffentlich'. "
                     "'Aktenzeichen: 40.2-03/25' is a file reference, not the paper's number. 'Betreff:' on its "
                     "own line with the title below in the same paragraph."))

doc(file="u07_mol_iv-0031-2025_rettungsdienst.pdf", producer="chromium", font="DejaVu Sans", size=9.5,
    layout="mol_informationsvorlage_html", city="Landkreis Märkisch-Oderland",
    css="table.kv td:first-child { font-weight: bold; width: 30%; }",
    blocks=[
        ("h", "Landkreis Märkisch-Oderland", 13),
        ("p", "Informationsvorlage\nIV 0031/2025"),
        ("kv", [("Einreicher:", "Landrat"), ("Fachbereich:", "Amt für Brand- und Katastrophenschutz, Rettungsdienst"),
                ("Datum:", "11.09.2025"), ("Öffentlichkeitsstatus:", "öffentlich")]),
        ("table", ["Gremium", "Datum", "Behandlung"],
         [["Ausschuss für Ordnung und Sicherheit", "18.09.2025", "zur Kenntnis"],
          ["Kreistag", "08.10.2025", "zur Kenntnis"]]),
        ("kv", [("Gegenstand:", "Einsatzbilanz des Rettungsdienstes im ersten Halbjahr 2025 und Einhaltung der "
                                "Hilfsfrist")]),
        ("pb", "Sachdarstellung"),
        ("p", "Im ersten Halbjahr 2025 wurden 18.942 Einsätze des Rettungsdienstes gefahren (Vorjahr 18.310). "
              "Die Hilfsfrist von 15 Minuten wurde in 91,2 % der Notfalleinsätze eingehalten; das "
              "Brandenburgische Rettungsdienstgesetz verlangt 95 %. Defizite bestehen vor allem im "
              "östlichen Oderbruch und im Raum Wriezen."),
        ("p", "Zum 1. Januar 2026 wird eine zusätzliche Rettungswache in Letschin mit einem 24-Stunden-"
              "Rettungswagen in Betrieb genommen. Der Bedarfsplan wird 2026 fortgeschrieben."),
        ("table", ["Bereich", "Einsätze", "Hilfsfrist eingehalten"],
         [["Nord", "5.104", "93,8 %"], ["Mitte", "7.221", "92,4 %"], ["Oderbruch", "6.617", "87,9 %"]]),
    ],
    truth=dict(drucksache="IV 0031/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-09-11",
               title="Einsatzbilanz des Rettungsdienstes im ersten Halbjahr 2025 und Einhaltung der Hilfsfrist",
               public=True, department="Amt für Brand- und Katastrophenschutz, Rettungsdienst",
               consultations=[C("Ausschuss für Ordnung und Sicherheit", "2025-09-18", "Kenntnisnahme"),
                              C("Kreistag", "2025-10-08", "Kenntnisnahme")],
               themes=["sicherheit_ordnung", "soziales"], themes_why="emergency services response times",
               notes="Type word and number on two lines under the authority. 'Fachbereich:' key holds an Amt. "
                     "'Gegenstand:' key/value title. 'zur Kenntnis' → Kenntnisnahme. 'Öffentlichkeitsstatus: "
                     "öffentlich'. Informationsvorlage → Mitteilungsvorlage."))

doc(file="u08_mol_a-0019-2025_antrag-gruppe-rufbus.pdf", producer="reportlab", font="Liberation Serif",
    size=11, layout="mol_gruppe_antrag_reportlab", city="Landkreis Märkisch-Oderland",
    blocks=[
        ("kv", [("Gruppe Freie Wähler / Bauernverband\nim Kreistag Märkisch-Oderland",
                 "Eingang Büro Kreistag: 15.09.2025\nDrucksache: A 0019/2025")], 0.55),
        ("space",),
        ("p", "An den Vorsitzenden des Kreistages\nHerrn Detlef Kranich"),
        ("right", "Neuhardenberg, 12. September 2025"),
        ("h", "Antrag", 14),
        ("p", "für die Sitzung des Kreistages am 08.10.2025"),
        ("pb", "Rufbus-Angebot für die Dörfer im Oderbruch"),
        ("p", "Der Kreistag möge beschließen:"),
        ("p", "Der Landrat wird beauftragt, mit der Verkehrsgesellschaft ein Rufbus-Angebot für die Gemeinden "
              "des Amtes Golzow und des Amtes Seelow-Land zu entwickeln und ab dem Fahrplanwechsel im Dezember "
              "2026 als zweijähriges Pilotprojekt einzuführen. Die Kosten (geschätzt 310.000 € jährlich) sind "
              "im Nahverkehrsplan zu berücksichtigen."),
        ("pb", "Begründung"),
        ("p", "Viele Dörfer haben außerhalb der Schulzeiten keine Busverbindung. Ältere Menschen ohne Auto sind "
              "auf Nachbarschaftshilfe angewiesen. Ein Rufbus mit App und Telefonbestellung (Tel. 03346 "
              "88-0) kann diese Lücke schließen, wie Erfahrungen in anderen Landkreisen zeigen."),
        ("p", "Für die Gruppe\n\nUlrike Pannwitz                    Hans-Jürgen Scholle"),
    ],
    truth=dict(drucksache="A 0019/2025", doc_type="Antrag", doc_type_printed="Antrag", date="2025-09-12",
               title="Rufbus-Angebot für die Dörfer im Oderbruch",
               originator="Gruppe Freie Wähler / Bauernverband im Kreistag Märkisch-Oderland",
               consultations=[C("Kreistag", "2025-10-08", None)],
               themes=["mobilitaet", "soziales"], themes_why="on-demand bus in rural villages",
               notes="A Gruppe (not Fraktion) as originator, two lines top left. Number after 'Drucksache:' under "
                     "the receipt stamp; receipt date 15.09. is not the paper's date (signed 12. September "
                     "2025). Bold title after the session line. Phone number in the body is no reference."))

doc(file="u09_mol_niederschrift-bildungsausschuss.pdf", producer="libreoffice-odt", font="Liberation Sans",
    size=10, layout="mol_niederschrift_odt", city="Landkreis Märkisch-Oderland",
    running="Niederschrift ABKS 16.09.2025 – Seite",
    blocks=[
        ("p", "Landkreis Märkisch-Oderland\nBüro Kreistag"),
        ("h", "Niederschrift\nüber die 9. Sitzung des Ausschusses für Bildung, Kultur und Sport", 12),
        ("kv", [("Sitzungstag:", "Dienstag, 16.09.2025"), ("Sitzungsort:", "Kreishaus Seelow, Raum 214"),
                ("Beginn / Ende:", "17:00 Uhr / 19:10 Uhr"),
                ("Öffentlichkeit:", "öffentlicher Teil: TOP 1 – 6, nichtöffentlicher Teil: TOP 7 – 8")]),
        ("pb", "Anwesend:"),
        ("p", "Vorsitzende: Frau Dr. Kerstin Lindow\nMitglieder: Herr Bergholz, Frau Fechner, Herr Gadow, "
              "Frau Hinze, Herr Kubisch, Frau Matern, Herr Ost, Herr Ziemer\nVerwaltung: Frau Schwanitz "
              "(Schulverwaltungs- und Kulturamt), Herr Plötz (Kämmerei)"),
        ("pb", "Öffentlicher Teil"),
        ("pb", "TOP 1  Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit"),
        ("p", "Die Vorsitzende eröffnet die Sitzung um 17:00 Uhr. 9 von 11 Mitgliedern sind anwesend; der "
              "Ausschuss ist beschlussfähig."),
        ("pb", "TOP 2  Bestätigung der Tagesordnung und der Niederschrift vom 10.06.2025"),
        ("p", "Die Tagesordnung wird bestätigt. Die Niederschrift wird ohne Änderungen bestätigt.\n"
              "Abstimmung: 8 Ja, 0 Nein, 1 Enthaltung"),
        ("pb", "TOP 3  Sanierung und Erweiterung des Oberstufenzentrums am Standort Seelow\nVorlage: BV 0114/2025"),
        ("p", "Frau Schwanitz stellt die Entwurfsplanung vor. Herr Kubisch fragt nach dem Zeitplan für die "
              "Auslagerung des Unterrichts; die Verwaltung sagt eine Übersicht bis zur Kreisausschusssitzung "
              "zu. Der Ausschuss empfiehlt dem Kreistag die Beschlussfassung.\nAbstimmung: 9 Ja, 0 Nein, "
              "0 Enthaltungen"),
        ("pagebreak",),
        ("pb", "TOP 4  Schulentwicklungsplanung 2026–2031 – Sachstand\nVorlage: IV 0028/2025"),
        ("p", "Die Schülerzahlen an den Grundschulen gehen bis 2031 um rund 9 % zurück, an den Oberschulen "
              "steigen sie bis 2028 noch an. Der Ausschuss nimmt die Information zur Kenntnis."),
        ("pb", "TOP 5  Förderung der Musikschule Märkisch-Oderland 2026\nVorlage: BV 0109/2025"),
        ("p", "Der Ausschuss empfiehlt dem Kreisausschuss die Beschlussfassung.\nAbstimmung: 7 Ja, 1 Nein, "
              "1 Enthaltung"),
        ("pb", "TOP 6  Anfragen und Informationen"),
        ("p", "Herr Ziemer fragt nach dem Stand des Digitalpakts an den Förderschulen. Die Antwort erfolgt "
              "schriftlich."),
        ("p", "Der öffentliche Teil endet um 18:40 Uhr."),
        ("p", "Seelow, 24.09.2025\n\nDr. Kerstin Lindow                              Petra Kaminski\n"
              "Ausschussvorsitzende                              Protokollführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-09-24",
               title="9. Sitzung des Ausschusses für Bildung, Kultur und Sport", public=True,
               references=["BV 0114/2025", "IV 0028/2025", "BV 0109/2025"],
               themes=["bildung", "kultur_sport"], themes_why="school building, school planning, music school",
               notes="Two pages. Minutes of a session with a public and a non-public part → public true (only "
                     "the public part printed). Dated by the signature line (Seelow, 24.09.2025), not the "
                     "session day. Vorlage numbers under the TOPs are references. 'Niederschrift vom "
                     "10.06.2025' is no number."))

# ---------------------------------- Amt Eiderkanal / Gemeinde Osterrönfeld (SH, Amt; ALLRIS-SH-like)
doc(file="u10_osterroenfeld_ost-2025-087_bplan41.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="eiderkanal_allris_sh_vorlage", city="Gemeinde Osterrönfeld (Amt Eiderkanal)",
    css="table.kv td:first-child { width: 38%; color: #333; }",
    blocks=[
        ("kv", [("Gemeinde Osterrönfeld", "Sitzungsvorlage"),
                ("Der Bürgermeister\ndurch Amt Eiderkanal", "Vorlagen-Nr.: OST/2025/087")]),
        ("kv", [("Fachbereich:", "Fachbereich 3 – Bauen und Umwelt"), ("Sachbearbeitung:", "Herr Ketelsen"),
                ("Datum:", "27.10.2025")]),
        ("table", ["Beratungsfolge", "Termin", "Zuständigkeit", "Ö/N"],
         [["Bau-, Wege- und Umweltausschuss", "10.11.2025", "Vorberatung", "Ö"],
          ["Gemeindevertretung", "02.12.2025", "Entscheidung", "Ö"]]),
        ("h", "Bebauungsplan Nr. 41 „Wohngebiet Am Sportplatz“ – Aufstellungsbeschluss", 11.5),
        ("pb", "Sachverhalt:"),
        ("p", "Die Gemeinde möchte auf der rund 3,2 ha großen Ackerfläche östlich des Sportplatzes etwa 45 "
              "Baugrundstücke für Einfamilien- und Doppelhäuser sowie zwei Mehrfamilienhäuser mit "
              "geförderten Wohnungen ausweisen. Die Fläche ist im Flächennutzungsplan bereits als Wohnbaufläche "
              "dargestellt. Die Erschließung erfolgt über den Jevenstedter Weg."),
        ("pb", "Beschlussvorschlag:"),
        ("ol", ["Für das Gebiet östlich des Sportplatzes wird der Bebauungsplan Nr. 41 aufgestellt "
                "(§ 2 Abs. 1 BauGB).",
                "Mit der Planung wird ein Fachbüro beauftragt; die Kosten trägt ein Erschließungsträger "
                "nach städtebaulichem Vertrag.",
                "Die frühzeitige Beteiligung erfolgt durch eine öffentliche Auslegung von vier Wochen."]),
        ("pb", "Auswirkungen auf den Klimaschutz:"),
        ("p", "☐ positiv     ☒ negativ     ☐ keine erheblichen Auswirkungen"),
        ("p", "Durch die Bebauung werden etwa 1,4 ha Boden versiegelt. Ausgleich erfolgt über das Ökokonto."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Keine; Planungs- und Erschließungskosten trägt der Erschließungsträger."),
    ],
    truth=dict(drucksache="OST/2025/087", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-10-27",
               title="Bebauungsplan Nr. 41 „Wohngebiet Am Sportplatz“ – Aufstellungsbeschluss",
               public=True, department="Fachbereich 3 – Bauen und Umwelt",
               consultations=[C("Bau-, Wege- und Umweltausschuss", "2025-11-10", "Vorberatung"),
                              C("Gemeindevertretung", "2025-12-02", "Entscheidung")],
               klimacheck="negative", klima_style="checkbox_line",
               themes=["stadtentwicklung", "klima_umwelt"], themes_why="new housing area, sealing",
               notes="Sitzungsvorlage of a Gemeinde prepared by the Amt (Fachbereich of the Amt as department). "
                     "Beratungsfolge with an Ö/N column all Ö → public true. Bold unlabelled title. "
                     "'Bebauungsplan Nr. 41' and '§ 2 Abs. 1 BauGB' are no references. Klimaschutz ☒ negativ."))

doc(file="u11_osterroenfeld_ost-2025-087-1_ergaenzung.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="eiderkanal_ergaenzungsvorlage_word",
    city="Gemeinde Osterrönfeld (Amt Eiderkanal)",
    blocks=[
        ("table", None, [["Gemeinde Osterrönfeld", "1. Ergänzung zur Sitzungsvorlage"],
                         ["Fachbereich 3 – Bauen und Umwelt", "Vorlagen-Nr.: OST/2025/087-1"],
                         ["Datum: 24.11.2025", "öffentlich"]]),
        ("table", ["Beratungsfolge", "Termin", "Zuständigkeit"],
         [["Gemeindevertretung", "02.12.2025", "Entscheidung"]]),
        ("p", "Betreff: Bebauungsplan Nr. 41 „Wohngebiet Am Sportplatz“ – Aufstellungsbeschluss\n"
              "hier: Erweiterung des Geltungsbereichs um das Flurstück 112/4"),
        ("pb", "Ergänzender Sachverhalt:"),
        ("p", "In der Sitzung des Bau-, Wege- und Umweltausschusses am 10.11.2025 wurde angeregt, das "
              "angrenzende Flurstück 112/4 (Eigentum der Gemeinde, 0,3 ha) in den Geltungsbereich "
              "einzubeziehen, um dort eine Kindertagesstätte zu ermöglichen. Der Erschließungsträger hat "
              "zugestimmt. Die Vorlage OST/2025/087 wird wie folgt ergänzt:"),
        ("pb", "Geänderter Beschlussvorschlag (Nr. 1):"),
        ("p", "Für das Gebiet östlich des Sportplatzes einschließlich des Flurstücks 112/4 wird der "
              "Bebauungsplan Nr. 41 aufgestellt. Im Übrigen bleibt der Beschlussvorschlag unverändert."),
        ("p", "Im Auftrag\nKetelsen"),
    ],
    truth=dict(drucksache="OST/2025/087-1", doc_type="Ergänzungsvorlage",
               doc_type_printed="1. Ergänzung zur Sitzungsvorlage", date="2025-11-24",
               title="Bebauungsplan Nr. 41 „Wohngebiet Am Sportplatz“ – Aufstellungsbeschluss hier: Erweiterung "
                     "des Geltungsbereichs um das Flurstück 112/4",
               public=True, department="Fachbereich 3 – Bauen und Umwelt", references=["OST/2025/087"],
               consultations=[C("Gemeindevertretung", "2025-12-02", "Entscheidung")],
               themes=["stadtentwicklung", "soziales"], themes_why="plan area extended for a Kita",
               notes="Type printed as '1. Ergänzung zur Sitzungsvorlage'. Number with '-1' suffix. Title from "
                     "'Betreff:' plus its 'hier:' line. The original Vorlage OST/2025/087 cited in the body → "
                     "references. The Ausschuss session of 10.11. in a body sentence is no consultation. "
                     "'Flurstück 112/4' is no reference. 'öffentlich' in the header grid."))

doc(file="u12_osterroenfeld_einladung-gv.pdf", producer="reportlab", font="DejaVu Serif", size=10.5,
    layout="eiderkanal_einladung_reportlab", city="Gemeinde Osterrönfeld (Amt Eiderkanal)",
    footer="Amt Eiderkanal – Schulstraße 36 – 24783 Osterrönfeld – Tel. 04331 8471-0",
    blocks=[
        ("p", "Gemeinde Osterrönfeld\nDer Bürgermeister"),
        ("right", "Osterrönfeld, 21.11.2025"),
        ("p", "An die Mitglieder der Gemeindevertretung\nnachrichtlich: Amt Eiderkanal, Presse"),
        ("h", "Einladung", 14),
        ("p", "zur 14. Sitzung der Gemeindevertretung Osterrönfeld am Dienstag, dem 02.12.2025, um 19:30 Uhr, "
              "im Sitzungssaal des Amtsgebäudes, Schulstraße 36. Ich lade Sie hiermit herzlich ein."),
        ("pb", "Tagesordnung:"),
        ("table", ["TOP", "Gegenstand", "Vorlage"],
         [["", "Öffentlicher Teil", ""],
          ["1", "Eröffnung, Feststellung der Beschlussfähigkeit", ""],
          ["2", "Einwohnerfragestunde", ""],
          ["3", "Bericht des Bürgermeisters", ""],
          ["4", "Bebauungsplan Nr. 41 „Wohngebiet Am Sportplatz“ – Aufstellungsbeschluss", "OST/2025/087"],
          ["4.1", "1. Ergänzung: Erweiterung des Geltungsbereichs", "OST/2025/087-1"],
          ["5", "Haushaltssatzung und Haushaltsplan 2026", "OST/2025/091"],
          ["6", "Gebührenkalkulation Kindertagesstätte Regenbogen 2026", "OST/2025/093"],
          ["", "Nichtöffentlicher Teil", ""],
          ["7", "Grundstücksangelegenheiten", "OST/2025/094"],
          ["8", "Vertragsangelegenheiten", ""]], [0.1, 0.65, 0.25]),
        ("p", "Mit freundlichen Grüßen\n\nDirk Thießen\nBürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-21",
               title="14. Sitzung der Gemeindevertretung Osterrönfeld", public=True,
               references=["OST/2025/087", "OST/2025/087-1", "OST/2025/091", "OST/2025/093", "OST/2025/094"],
               themes=["stadtentwicklung", "finanzen"], themes_why="agenda: B-Plan, budget, Kita fees",
               notes="Einladung with a public and a non-public part → public true. Title = the session named "
                     "(type word, date and place dropped). Vorlage numbers in the third column → references, "
                     "in order. Footer carries the Amt's address and phone."))

doc(file="u13_osterroenfeld_stellungnahme-seniorenbeirat.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10.5, layout="eiderkanal_beirat_stellungnahme_html",
    city="Gemeinde Osterrönfeld (Amt Eiderkanal)",
    blocks=[
        ("pb", "Seniorenbeirat der Gemeinde Osterrönfeld"),
        ("p", "Vorsitzende: Helga Marquardsen · Am Kanal 7 · 24783 Osterrönfeld"),
        ("p", "An den Bürgermeister der Gemeinde Osterrönfeld\nund den Bau-, Wege- und Umweltausschuss"),
        ("right", "Osterrönfeld, den 5. November 2025"),
        ("h", "Stellungnahme", 13),
        ("p", "Betr.: Bebauungsplan Nr. 41 „Wohngebiet Am Sportplatz“ (Vorlage OST/2025/087)"),
        ("p", "Der Seniorenbeirat hat sich in seiner Sitzung am 3. November 2025 mit der Planung befasst und "
              "gibt folgende Stellungnahme ab:"),
        ("ul", ["Wir begrüßen die geplanten Mehrfamilienhäuser. Mindestens ein Drittel der Wohnungen sollte "
                "barrierefrei nach DIN 18040-2 gebaut werden.",
                "Der Fußweg vom Baugebiet zum Einkaufszentrum muss beleuchtet und mit Sitzbänken versehen "
                "werden.",
                "Eine Bushaltestelle am Jevenstedter Weg ist bei der Erschließung vorzusehen."]),
        ("p", "Der Beschluss wurde einstimmig gefasst.\n\nHelga Marquardsen\nVorsitzende"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-05",
               title="Bebauungsplan Nr. 41 „Wohngebiet Am Sportplatz“ (Vorlage OST/2025/087)",
               originator="Seniorenbeirat der Gemeinde Osterrönfeld", answers="OST/2025/087",
               themes=["soziales", "stadtentwicklung"], themes_why="accessible housing in a new plan area",
               notes="Opinion of a Beirat → Stellungnahme, originator the Beirat. 'Betr.:' title kept as printed "
                     "with the Vorlage in brackets; the Vorlage it comments on → answers (not references). "
                     "Date in words right-aligned; the Beirat's own session (3. November) is no consultation. "
                     "'DIN 18040-2' is no reference. Addressed to the Ausschuss without a session → no "
                     "consultation."))

# ------------------------------------------------- Gemeinde Pöcking (BY, Gemeinde; Bavarian Word templates)
doc(file="u14_poecking_2025-112_vorbescheid.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10.5, layout="poecking_sitzungsvorlage_word", city="Gemeinde Pöcking",
    head="Gemeinde Pöcking · Feldafinger Straße 4 · 82343 Pöcking",
    blocks=[
        ("h", "Sitzungsvorlage", 14),
        ("kv", [("Vorlagenart:", "Beschlussvorlage"), ("Vorlagen-Nr.:", "2025/112"),
                ("Fachbereich:", "Bauverwaltung"), ("Aktenzeichen:", "610-41/2025"),
                ("Datum:", "6. Oktober 2025")]),
        ("table", ["Gremium", "Sitzungsdatum", "Sitzungsart"],
         [["Bau- und Umweltausschuss", "21.10.2025", "öffentlich"],
          ["Gemeinderat", "04.11.2025", "öffentlich"]]),
        ("p", "Betreff:"),
        ("p", "Antrag auf Vorbescheid zur Errichtung eines Mehrfamilienhauses mit Tiefgarage, Fl.Nr. 487/2, "
              "Gemarkung Pöcking (Hindenburgstraße)"),
        ("pb", "Sachverhalt:"),
        ("p", "Der Bauwerber beabsichtigt, das bestehende Einfamilienhaus abzubrechen und ein Mehrfamilienhaus "
              "mit neun Wohneinheiten und einer Tiefgarage mit 14 Stellplätzen zu errichten. Das Grundstück "
              "liegt im unbeplanten Innenbereich (§ 34 BauGB). Die Wandhöhe von 7,40 m fügt sich nach Ansicht "
              "der Verwaltung in die nähere Umgebung ein; die Grundfläche überschreitet die der Nachbar"
              "bebauung jedoch um etwa 30 %."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Das gemeindliche Einvernehmen zum Antrag auf Vorbescheid wird unter der Bedingung erteilt, dass "
              "die Grundfläche auf 260 m² reduziert wird."),
        ("p", "Auswirkungen auf den Klimaschutz: keine"),
        ("p", "Haushaltsmittel: nicht erforderlich"),
        ("p", "gez. Hartl\nSachbearbeiter Bauverwaltung"),
    ],
    truth=dict(drucksache="2025/112", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-06",
               title="Antrag auf Vorbescheid zur Errichtung eines Mehrfamilienhauses mit Tiefgarage, Fl.Nr. 487/2, "
                     "Gemarkung Pöcking (Hindenburgstraße)",
               public=True, department="Bauverwaltung",
               consultations=[C("Bau- und Umweltausschuss", "2025-10-21", None),
                              C("Gemeinderat", "2025-11-04", None)],
               klimacheck="neutral", klima_style="sentence_keine",
               themes=["stadtentwicklung"], themes_why="building permit preliminary decision",
               notes="Heading 'Sitzungsvorlage', 'Vorlagenart: Beschlussvorlage' key → doc_type_printed "
                     "'Beschlussvorlage'. 'Vorlagen-Nr.: 2025/112'; 'Aktenzeichen' and 'Fl.Nr. 487/2' are not "
                     "the paper's. Beratung table with a Sitzungsart column (all öffentlich → public true) and no "
                     "role → roles null. Title starts with 'Antrag auf Vorbescheid' (not an Antrag paper). "
                     "'Auswirkungen auf den Klimaschutz: keine' → neutral. Date in words."))

doc(file="u15_poecking_niederschrift-gr-2025-11-04.pdf", producer="libreoffice-odt", font="Liberation Serif",
    size=11, layout="poecking_niederschrift_odt", city="Gemeinde Pöcking",
    head="Niederschrift GR 04.11.2025 – öffentlicher Teil",
    blocks=[
        ("h", "Gemeinde Pöcking", 13),
        ("h", "Niederschrift über die öffentliche Sitzung des Gemeinderates", 12),
        ("kv", [("Sitzungsdatum:", "Dienstag, 04.11.2025"), ("Beginn:", "19:00 Uhr"), ("Ende:", "21:35 Uhr"),
                ("Ort:", "Sitzungssaal im Rathaus")]),
        ("p", "Vorsitzender: Erster Bürgermeister Rainer Stöckl\nSchriftführerin: Frau Obermaier\n"
              "Anwesend: 17 von 21 Mitgliedern (entschuldigt: GRin Waldherr, GR Kugler, GR Pfister, GRin Sailer)"),
        ("p", "Der Vorsitzende eröffnet die Sitzung, begrüßt die Anwesenden und stellt die ordnungsgemäße "
              "Ladung sowie die Beschlussfähigkeit fest. Einwendungen gegen die Tagesordnung werden nicht "
              "erhoben."),
        ("pb", "1. Genehmigung der Niederschrift der Sitzung vom 14.10.2025"),
        ("p", "Beschluss: Die Niederschrift wird genehmigt.  Abstimmung: 16 : 0 (ein Mitglied war nicht "
              "anwesend)"),
        ("pb", "2. Antrag auf Vorbescheid zur Errichtung eines Mehrfamilienhauses mit Tiefgarage, Fl.Nr. 487/2 "
               "(Vorlage 2025/112)"),
        ("p", "Der Bau- und Umweltausschuss hatte am 21.10.2025 empfohlen, das Einvernehmen mit der Maßgabe "
              "einer reduzierten Grundfläche zu erteilen. GR Brandl regt an, zusätzlich eine Dachbegrünung zu "
              "fordern."),
        ("p", "Beschluss: Das gemeindliche Einvernehmen wird unter der Bedingung erteilt, dass die Grundfläche "
              "auf 260 m² reduziert wird.  Abstimmung: 13 : 4"),
        ("pb", "3. Erstellung eines Hitzeaktionsplans – Antrag von GRin Dr. Waldherr vom 20.10.2025"),
        ("p", "Da die Antragstellerin entschuldigt fehlt, wird der Tagesordnungspunkt auf die Sitzung am "
              "02.12.2025 vertagt.  Abstimmung: 17 : 0"),
        ("pagebreak",),
        ("pb", "4. Haushaltsplan 2026 – Eckdaten und Investitionsprogramm (Vorlage 2025/118)"),
        ("p", "Kämmerer Riedl erläutert: Der Verwaltungshaushalt umfasst 18,6 Mio. €, der Vermögenshaushalt "
              "7,9 Mio. €. Größte Maßnahmen sind die Generalsanierung der Grundschule (3,1 Mio. €) und der "
              "Ausbau der Kinderkrippe in Maising."),
        ("p", "Beschluss: Der Gemeinderat nimmt die Eckdaten zur Kenntnis und beauftragt die Verwaltung, den "
              "Haushaltsentwurf auf dieser Grundlage zu erstellen.  Abstimmung: 17 : 0"),
        ("pb", "5. Bekanntgaben und Anfragen"),
        ("p", "Der Vorsitzende gibt bekannt, dass die Seepromenade in Possenhofen ab 10.11.2025 wegen "
              "Uferarbeiten für drei Wochen gesperrt ist."),
        ("p", "Pöcking, 07.11.2025\n\nRainer Stöckl                                  Maria Obermaier\n"
              "Erster Bürgermeister                           Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-07",
               title="öffentliche Sitzung des Gemeinderates", public=True,
               references=["2025/112", "2025/118"],
               themes=["stadtentwicklung", "finanzen"], themes_why="building permit and budget key figures",
               notes="Two pages, .odt. Title = the session named ('öffentliche Sitzung des Gemeinderates'; the "
                     "council's place only in the letterhead). Dated by the signature line 07.11.2025; session "
                     "04.11. The Vorlage numbers in TOP lines → references; 'Fl.Nr. 487/2' is no reference. The "
                     "vertagt session of 02.12. is no consultation."))

doc(file="u16_poecking_antrag-waldherr-hitzeaktionsplan.pdf", producer="libreoffice-html",
    font="DejaVu Serif", size=10.5, layout="poecking_einzelmitglied_antrag_html", city="Gemeinde Pöcking",
    blocks=[
        ("p", "Dr. Annette Waldherr\nGemeinderätin (ÖDP)\nAm Kirchberg 11, 82343 Pöcking"),
        ("p", "An den\nErsten Bürgermeister der Gemeinde Pöcking\nHerrn Rainer Stöckl\n– im Hause –"),
        ("right", "Pöcking, 20. Oktober 2025"),
        ("p", "Antrag gemäß § 23 der Geschäftsordnung des Gemeinderates\nzur Behandlung in der Sitzung des "
              "Gemeinderates am 04.11.2025"),
        ("h", "Erstellung eines Hitzeaktionsplans für die Gemeinde Pöcking", 12),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "ich beantrage, der Gemeinderat möge beschließen: Die Verwaltung erstellt bis Mai 2026 einen "
              "Hitzeaktionsplan. Er soll mindestens enthalten: ein Verzeichnis kühler Orte, Trinkwasser"
              "angebote an der Seepromenade und am Rathaus, Hinweise für Pflegedienste und Kitas sowie "
              "Verschattung auf Spielplätzen."),
        ("p", "Begründung: Im Sommer 2025 wurden an 19 Tagen über 30 °C gemessen. Ältere Menschen und Klein"
              "kinder sind besonders gefährdet. Der Freistaat fördert Hitzeaktionspläne über das Programm "
              "„Klimaanpassung in Kommunen“ mit bis zu 70 %."),
        ("p", "Mit freundlichen Grüßen\n\nDr. Annette Waldherr"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-10-20",
               title="Erstellung eines Hitzeaktionsplans für die Gemeinde Pöcking",
               originator="Dr. Annette Waldherr, Gemeinderätin (ÖDP)",
               consultations=[C("Gemeinderat", "2025-11-04", None)],
               themes=["klima_umwelt", "soziales"], themes_why="heat action plan for vulnerable groups",
               notes="Antrag of a single council member (no Fraktion); originator = name and office as printed "
                     "in the sender block. No number. The type line names the Geschäftsordnung and the session "
                     "('zur Behandlung in der Sitzung des Gemeinderates am 04.11.2025' → consultation, role "
                     "null). Bold title without label. Date in words."))

doc(file="u17_poecking_schreiben-wwa-maisinger-bach.pdf", producer="ghostscript", base="chromium",
    font="Liberation Sans", size=10, layout="poecking_schreiben_gs", city="Gemeinde Pöcking",
    css="table.kv td:last-child { font-size: 8.5pt; }",
    blocks=[
        ("kv", [("Gemeinde Pöcking · Feldafinger Straße 4 · 82343 Pöcking\n\nWasserwirtschaftsamt\n"
                 "Servicestelle Gewässer III. Ordnung\nz. Hd. Herrn Baudirektor Anzinger\nPostfach 12 40",
                 "Gemeinde Pöcking\nBauamt – Tiefbau\n\nIhr Zeichen: 3.2-4433-PÖ-17\nIhr Schreiben vom: "
                 "02.10.2025\nUnser Zeichen: 632-2/Ma\nAnsprechpartner: Herr Mayerhofer\nTel.: 08157 9306-31\n\n"
                 "Datum: 15.10.2025")]),
        ("space",),
        ("pb", "Hochwasserschutz am Maisinger Bach – Abstimmung der Gewässerunterhaltung im Ortsbereich "
               "Maising"),
        ("p", "Sehr geehrter Herr Anzinger,"),
        ("p", "vielen Dank für Ihr Schreiben. Nach den Starkregenereignissen vom Juni 2025 haben sich im "
              "Durchlass unter der Maisinger Straße erneut Treibgut und Sediment abgelagert. Die Gemeinde hat "
              "den Durchlass im Juli auf eigene Kosten (rund 7.800 €) räumen lassen."),
        ("p", "Wir schlagen vor, die Unterhaltung des Abschnitts zwischen Maisinger See und Ortsmitte künftig in "
              "einer Vereinbarung zu regeln und die Rückhaltemulde oberhalb des Ortes gemeinsam zu planen. Ein "
              "Ortstermin wäre in der 46. Kalenderwoche möglich."),
        ("p", "Mit freundlichen Grüßen\n\ni. A. Mayerhofer"),
    ],
    truth=dict(doc_type="Schreiben", date="2025-10-15",
               title="Hochwasserschutz am Maisinger Bach – Abstimmung der Gewässerunterhaltung im Ortsbereich "
                     "Maising",
               department="Bauamt – Tiefbau",
               themes=["klima_umwelt", "sicherheit_ordnung"], themes_why="flood protection, stream maintenance",
               notes="Administration letter → Schreiben, no type word printed (doc_type_printed null), originator "
                     "null, department the sending unit from the side column. Letter references 'Ihr Zeichen', "
                     "'Unser Zeichen', phone, 'Postfach 12 40' are not numbers of a paper. Chromium PDF "
                     "re-distilled by Ghostscript pdfwrite."))
