"""holdout17 papers y01–y17: Samtgemeinde Hambergen (NI), Kreisstadt Groß-Gerau (HE), Zweckverband
Abfallbehandlung Kahlenberg (BW), Gemeinde Merchweiler (SL). All content, names and numbers invented;
place names only as settings. Labels (`truth`) are facts about what each paper prints."""


def C(committee, date, role):
    return {"committee": committee, "date": date, "role": role}


HAM = "Samtgemeinde Hambergen"
GG = "Kreisstadt Groß-Gerau"
ZAK = "Zweckverband Abfallbehandlung Kahlenberg"
MER = "Gemeinde Merchweiler"

DOCS = [
    # ------------------------------------------------------------------ Samtgemeinde Hambergen (NI)
    dict(
        file="y01_hambergen_bv-112-2025_feuerwehrbedarfsplan.pdf",
        producer="chromium", font="Nimbus Sans", size=10, layout="hambergen_sessionnet_vorlage",
        city=HAM, pages=1,
        running="Vorlage BV/112/2025 · Ausdruck vom 14.11.2025 · Seite 1",
        css="table.kv td:first-child { color:#444; width: 4.2cm; } table.grid th { background:#ddd; }",
        blocks=[
            ("right", "Samtgemeinde Hambergen\nDer Samtgemeindebürgermeister"),
            ("h", "Beschlussvorlage", 15),
            ("kv", [("Vorlagennummer:", "BV/112/2025"),
                    ("Status:", "öffentlich"),
                    ("Datum:", "13.11.2025"),
                    ("Federführung:", "Fachbereich II – Ordnung, Feuerwehr und Bürgerdienste"),
                    ("Bearbeitung:", "Kerstin Wöhlke"),
                    ("Aktenzeichen:", "II/32 13 01")]),
            ("h", "Fortschreibung des Feuerwehrbedarfsplans der Samtgemeinde Hambergen für die Jahre "
                  "2026 bis 2030", 12),
            ("table", ["Beratungsfolge", "Datum", "Zuständigkeit", "Status"],
             [["Ausschuss für Feuerwehr, Ordnung und Soziales", "25.11.2025", "Vorberatung", "Ö"],
              ["Samtgemeindeausschuss", "02.12.2025", "Vorberatung", "N"],
              ["Samtgemeinderat", "11.12.2025", "Entscheidung", "Ö"]]),
            ("h", "Beschlussvorschlag:", 11),
            ("p", "Der Samtgemeinderat beschließt die als Anlage 1 beigefügte Fortschreibung des "
                  "Feuerwehrbedarfsplans für die Jahre 2026 bis 2030. Die Verwaltung wird beauftragt, "
                  "die darin genannten Maßnahmen der Priorität A in die Haushaltsplanung 2026 und die "
                  "mittelfristige Finanzplanung aufzunehmen."),
            ("h", "Sachverhalt:", 11),
            ("p", "Nach § 2 Abs. 1 NBrandSchG hat die Samtgemeinde eine den örtlichen Verhältnissen "
                  "entsprechende leistungsfähige Feuerwehr aufzustellen. Der bisherige Bedarfsplan wurde "
                  "vom Samtgemeinderat am 14.03.2019 beschlossen (Vorlage BV/031/2019) und ist "
                  "fortzuschreiben."),
            ("p", "Die Risikoanalyse zeigt, dass die Hilfsfrist von 8 Minuten in den Ortschaften "
                  "Axstedt und Lübberstedt werktags zwischen 7 und 17 Uhr nur in 71 % der Einsätze "
                  "eingehalten wird. Ursache ist vor allem die Tagesverfügbarkeit der Einsatzkräfte. "
                  "Der Plan sieht daher eine Kooperation der Ortsfeuerwehren Axstedt und Holste bei der "
                  "Tagesalarmierung, die Ersatzbeschaffung eines HLF 20 für die Ortsfeuerwehr Vollersode "
                  "(2027) sowie den Neubau eines Stellplatzes für den Gerätewagen Logistik vor."),
            ("p", "Die Ortsbrandmeister und der Gemeindebrandmeister wurden am 08.10.2025 beteiligt; "
                  "ihre Hinweise sind eingearbeitet."),
            ("h", "Finanzielle Auswirkungen:", 11),
            ("p", "Investitionen 2026–2030 rund 1,84 Mio. €, davon 2026: 310.000 € (Produkt 12601, "
                  "Investitionsnummer I-126-014)."),
            ("p", "Auswirkungen auf den Klimaschutz:   ☐ positiv   ☐ negativ   ☒ keine"),
            ("p", "Anlage: Feuerwehrbedarfsplan 2026–2030 (Entwurf, Stand 30.10.2025)"),
        ],
        truth=dict(
            drucksache="BV/112/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
            date="2025-11-13",
            title="Fortschreibung des Feuerwehrbedarfsplans der Samtgemeinde Hambergen für die Jahre "
                  "2026 bis 2030",
            public=True, department="Fachbereich II – Ordnung, Feuerwehr und Bürgerdienste",
            references=["BV/031/2019"],
            consultations=[C("Ausschuss für Feuerwehr, Ordnung und Soziales", "2025-11-25", "Vorberatung"),
                           C("Samtgemeindeausschuss", "2025-12-02", "Vorberatung"),
                           C("Samtgemeinderat", "2025-12-11", "Entscheidung")],
            klimacheck="neutral", klima_style="line_checkbox_positiv_negativ_keine",
            themes=["sicherheit_ordnung", "finanzen"], themes_why="fire brigade requirement plan, investments",
            notes="SessionNet-like print: key list with colons under the type heading, 12-pt bold title "
                  "without label, Beratungsfolge table with Ö/N column (the Samtgemeindeausschuss row is N; "
                  "the paper's own 'Status: öffentlich' → public true). 'Vorlage BV/031/2019' cited in the "
                  "Sachverhalt → reference. Footer 'Ausdruck vom 14.11.2025' is a date lure; "
                  "'I-126-014', 'Produkt 12601', 'HLF 20', '§ 2 Abs. 1 NBrandSchG' no references.",
        ),
    ),
    dict(
        file="y02_hambergen_antrag-cdu_schulbushaltestelle-vollersode.pdf",
        producer="libreoffice-docx", font="Liberation Sans", size=11,
        layout="hambergen_fraktion_antrag_word", city=HAM, pages=1,
        head="CDU-Fraktion im Samtgemeinderat Hambergen\nFraktionsvorsitzender Heiner Bruns · "
             "Moorwiesen 7 · 27729 Holste",
        blocks=[
            ("p", "CDU-Fraktion · Moorwiesen 7 · 27729 Holste"),
            ("p", "Samtgemeinde Hambergen\nHerrn Samtgemeindebürgermeister\nBahnhofstraße 21\n27729 Hambergen"),
            ("right", "Holste, 18. November 2025"),
            ("space",),
            ("pb", "Antrag zur Sitzung des Samtgemeinderates am 11.12.2025"),
            ("kv", [("Antragsgegenstand:", "Schulbushaltestelle „Vollersode, Dorfstraße“ barrierefrei "
                                           "ausbauen und beleuchten")]),
            ("p", "Sehr geehrter Herr Samtgemeindebürgermeister,"),
            ("p", "die CDU-Fraktion beantragt, der Samtgemeinderat möge beschließen:"),
            ("ol", ["Die Schulbushaltestelle „Vollersode, Dorfstraße“ wird im Jahr 2026 mit einem "
                    "Hochbord (22 cm), einem taktilen Leitsystem und einer Wartehalle ausgebaut.",
                    "Die Haltestelle und der Fußweg bis zur Einmündung Kirchweg erhalten eine "
                    "Beleuchtung; die Kosten sind in den Haushalt 2026 einzustellen.",
                    "Für den Ausbau sind Fördermittel nach der ÖPNV-Förderrichtlinie zu beantragen."]),
            ("pb", "Begründung"),
            ("p", "An der Haltestelle steigen morgens rund 45 Schülerinnen und Schüler der Oberschule "
                  "ein. Die Fläche ist unbefestigt und in den Wintermonaten bis 7:30 Uhr unbeleuchtet. "
                  "Eltern haben sich mehrfach an uns gewandt; das Thema wurde im Fachausschuss am "
                  "25.11.2025 bereits kurz angesprochen. Die Kosten schätzen wir auf 60.000 bis "
                  "75.000 €, bei einer Förderquote von 75 %."),
            ("p", "Mit freundlichen Grüßen"),
            ("p", "Heiner Bruns\nFraktionsvorsitzender"),
        ],
        truth=dict(
            doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-18",
            title="Schulbushaltestelle „Vollersode, Dorfstraße“ barrierefrei ausbauen und beleuchten",
            originator="CDU-Fraktion im Samtgemeinderat Hambergen",
            consultations=[C("Samtgemeinderat", "2025-12-11", None)],
            themes=["mobilitaet", "bildung"], themes_why="school bus stop, accessibility, lighting",
            notes="Fraktion letter, Word header with the Fraktion's long name (originator as printed "
                  "there; the body's 'CDU-Fraktion' is the short form and also right). Title after the "
                  "key 'Antragsgegenstand:'. 'Antrag zur Sitzung des Samtgemeinderates am 11.12.2025' → "
                  "consultation Samtgemeinderat, role null (committee in the nominative; printed genitive). "
                  "The Fachausschuss date 25.11.2025 in the body is a lure. Date written in words.",
        ),
    ),
    dict(
        file="y03_hambergen_einladung-samtgemeindeausschuss.pdf",
        producer="reportlab", font="Liberation Sans", size=10.5,
        layout="hambergen_einladung_reportlab", city=HAM, pages=1,
        running="Samtgemeinde Hambergen · Bahnhofstraße 21 · 27729 Hambergen · Telefon 04793 9512-0",
        blocks=[
            ("kv", [("Samtgemeinde Hambergen\nDer Samtgemeindebürgermeister",
                     "Hambergen, 24.11.2025")], 0.6),
            ("space",),
            ("p", "An die Mitglieder\ndes Samtgemeindeausschusses\nder Samtgemeinde Hambergen"),
            ("space",),
            ("h", "Einladung", 14),
            ("p", "Sehr geehrte Damen und Herren,"),
            ("p", "hiermit lade ich Sie zur 19. Sitzung des Samtgemeindeausschusses ein."),
            ("kv", [("Termin:", "Dienstag, 02.12.2025, 18:00 Uhr"),
                    ("Ort:", "Rathaus Hambergen, Sitzungszimmer 1.14"),
                    ("Sitzung:", "nichtöffentlich (§ 78 Abs. 2 NKomVG)")], 0.2),
            ("pb", "Tagesordnung"),
            ("table", ["TOP", "Gegenstand", "Vorlage"],
             [["1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", ""],
              ["2", "Genehmigung des Protokolls über die Sitzung vom 21.10.2025", ""],
              ["3", "Fortschreibung des Feuerwehrbedarfsplans 2026–2030", "BV/112/2025"],
              ["4", "Haushaltssatzung und Haushaltsplan 2026", "BV/104/2025"],
              ["5", "Dachsanierung der Grundschule Axstedt – Auftragsvergabe", "BV/118/2025"],
              ["6", "Grundstücksangelegenheit in der Gemarkung Holste", "BV/120/2025"],
              ["7", "Anfragen und Mitteilungen", ""]], [0.08, 0.7, 0.22]),
            ("space",),
            ("p", "Die Beratungsunterlagen stehen Ihnen im Ratsinformationssystem zur Verfügung. "
                  "Sollten Sie verhindert sein, bitte ich um Nachricht bis zum 01.12.2025."),
            ("p", "Mit freundlichen Grüßen"),
            ("p", "Hauke Wiechmann\nSamtgemeindebürgermeister"),
        ],
        truth=dict(
            doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-24",
            title="19. Sitzung des Samtgemeindeausschusses",
            public=False,
            references=["BV/112/2025", "BV/104/2025", "BV/118/2025", "BV/120/2025"],
            themes=["sicherheit_ordnung", "finanzen"], themes_why="agenda: fire plan, budget, school roof",
            notes="Einladung of the (in NI always nichtöffentlich) Samtgemeindeausschuss: 'Sitzung: "
                  "nichtöffentlich' key → public false. Sender and date side by side in one borderless "
                  "row (ReportLab). Title = the session named in the body ('zur 19. Sitzung des "
                  "Samtgemeindeausschusses'). Agenda Vorlage column → references. Protocol date "
                  "21.10.2025 and reply deadline 01.12.2025 are date lures; the phone number in the footer "
                  "is no reference.",
        ),
    ),
    dict(
        file="y04_hambergen_niederschrift-ausschuss-feuerwehr.pdf",
        producer="ghostscript", base="libreoffice-docx", font="Liberation Sans", size=10.5,
        layout="hambergen_niederschrift_docx_gs", city=HAM, pages=2,
        head="Samtgemeinde Hambergen – Ausschuss für Feuerwehr, Ordnung und Soziales – 25.11.2025",
        running="Niederschrift AFOS 25.11.2025",
        blocks=[
            ("h", "Niederschrift", 14),
            ("pb", "über die 7. öffentliche Sitzung des Ausschusses für Feuerwehr, Ordnung und Soziales"),
            ("kv", [("Sitzungstag", "Dienstag, 25.11.2025"),
                    ("Sitzungsort", "Feuerwehrhaus Hambergen, Schulungsraum"),
                    ("Beginn", "18:30 Uhr"),
                    ("Ende", "20:45 Uhr")]),
            ("pb", "Anwesend:"),
            ("p", "Vorsitz: Ratsherr Dieter Kück\nMitglieder: Ratsfrau Anja Gerdes, Ratsherr Malte "
                  "Hinrichs, Ratsfrau Birgit Lamken, Ratsherr Sönke Meyerdierks, Ratsfrau Petra "
                  "Rugen, Ratsherr Uwe Tietjen\nHinzugewählt: Gemeindebrandmeister Frank Segelken\n"
                  "Verwaltung: Fachbereichsleiterin Kerstin Wöhlke, Protokoll: Lena Brünjes"),
            ("pb", "Entschuldigt: Ratsherr Jörg Wellbrock"),
            ("pb", "Tagesordnung – öffentlicher Teil"),
            ("ol", ["Eröffnung der Sitzung, Feststellung der Beschlussfähigkeit",
                    "Genehmigung des Protokolls der Sitzung vom 23.09.2025",
                    "Einwohnerfragestunde",
                    "Fortschreibung des Feuerwehrbedarfsplans 2026–2030 (BV/112/2025)",
                    "Zuschüsse an Vereine und Verbände der Seniorenarbeit 2026 (BV/109/2025)",
                    "Mitteilungen der Verwaltung"]),
            ("pb", "TOP 1 – Eröffnung"),
            ("p", "Der Vorsitzende eröffnet die Sitzung um 18:30 Uhr und stellt die ordnungsgemäße Ladung "
                  "sowie die Beschlussfähigkeit fest. Die Tagesordnung wird ohne Änderung festgestellt."),
            ("pb", "TOP 2 – Protokoll"),
            ("p", "Das Protokoll der Sitzung vom 23.09.2025 wird genehmigt. Abstimmung: 6 Ja, 0 Nein, 1 "
                  "Enthaltung."),
            ("pb", "TOP 3 – Einwohnerfragestunde"),
            ("p", "Eine Einwohnerin aus Vollersode fragt nach der Beleuchtung der Schulbushaltestelle an "
                  "der Dorfstraße. Die Verwaltung sagt eine Prüfung zu."),
            ("pb", "TOP 4 – Fortschreibung des Feuerwehrbedarfsplans 2026–2030"),
            ("p", "Frau Wöhlke erläutert die Risikoanalyse und die Maßnahmen der Priorität A. "
                  "Gemeindebrandmeister Segelken betont die Bedeutung der Tagesalarmierung in Axstedt "
                  "und Holste. Ratsfrau Gerdes fragt nach dem Zeitplan für das HLF 20 in Vollersode; "
                  "die Auslieferung ist für das zweite Halbjahr 2027 vorgesehen."),
            ("pagebreak",),
            ("p", "Beschlussempfehlung an den Samtgemeindeausschuss und den Samtgemeinderat: Der "
                  "Fortschreibung des Feuerwehrbedarfsplans wird zugestimmt."),
            ("p", "Abstimmungsergebnis: 8 Ja, 0 Nein, 0 Enthaltungen."),
            ("pb", "TOP 5 – Zuschüsse an Vereine und Verbände der Seniorenarbeit 2026"),
            ("p", "Der Ausschuss empfiehlt, die Zuschüsse wie in der Vorlage vorgeschlagen zu gewähren "
                  "(insgesamt 14.500 €). Abstimmungsergebnis: 7 Ja, 0 Nein, 1 Enthaltung."),
            ("pb", "TOP 6 – Mitteilungen der Verwaltung"),
            ("p", "Die nächste Sitzung des Ausschusses findet voraussichtlich am 10.02.2026 statt. "
                  "Der Seniorentag der Samtgemeinde ist für den 17.05.2026 geplant."),
            ("p", "Der Vorsitzende schließt den öffentlichen Teil der Sitzung um 20:45 Uhr."),
            ("space",),
            ("p", "Dieter Kück                                        Lena Brünjes\n"
                  "Vorsitzender                                        Protokollführerin"),
        ],
        truth=dict(
            doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-25",
            title="7. öffentliche Sitzung des Ausschusses für Feuerwehr, Ordnung und Soziales",
            public=True,
            references=["BV/112/2025", "BV/109/2025"],
            themes=["sicherheit_ordnung", "soziales"], themes_why="fire plan, grants for senior work",
            notes="Word Niederschrift re-distilled by Ghostscript, 2 pages; Word header repeats committee "
                  "and date, footer a short form. Keys without colons (Sitzungstag, Sitzungsort, Beginn, "
                  "Ende). Title = session named in the bold line under the type word ('über die' dropped). "
                  "Date = session day. Previous protocol (23.09.2025), next session (10.02.2026) and "
                  "Seniorentag (17.05.2026) are lures; votes '8 Ja, 0 Nein' no numbers.",
        ),
    ),
    # ------------------------------------------------------------------ Kreisstadt Groß-Gerau (HE)
    dict(
        file="y05_gross-gerau_vl-214-2025_bebauungsplan-wallerstaedter-pfad.pdf",
        producer="chromium-raw", font="Liberation Sans", size=9.5,
        layout="grossgerau_allris_grid_raw", city=GG, pages=1,
        css=("table.g { border-collapse: collapse; width: 100%; margin-bottom: 8pt; } "
             "table.g td { border: 0.5pt solid #777; padding: 2pt 4pt; vertical-align: top; } "
             "td.l { background: #e8e8e8; width: 3.2cm; font-size: 8pt; } "
             ".top { display: flex; justify-content: space-between; align-items: flex-end; "
             "border-bottom: 1.5pt solid #000; padding-bottom: 4pt; margin-bottom: 8pt; } "
             ".t { font-size: 12pt; font-weight: bold; margin: 6pt 0 8pt 0; } "
             "h3 { font-size: 10pt; margin: 8pt 0 3pt 0; } "
             ".foot { position: fixed; bottom: 0; font-size: 7pt; color: #555; }"),
        html=("<div class='top'><div><b style='font-size:13pt'>Kreisstadt Groß-Gerau</b><br>Der Magistrat</div>"
              "<div style='font-size:16pt;font-weight:bold'>Beschlussvorlage</div></div>"
              "<table class='g'>"
              "<tr><td class='l'>Vorlage-Nr.</td><td>VL-214/2025</td><td class='l'>Status</td><td>öffentlich</td></tr>"
              "<tr><td class='l'>Federführend</td><td>Fachdienst 3.2 – Stadtplanung und Bauaufsicht</td>"
              "<td class='l'>Datum</td><td>12.11.2025</td></tr>"
              "<tr><td class='l'>Beteiligt</td><td>Fachdienst 2.1 – Finanzen; Stadtwerke</td>"
              "<td class='l'>Verfasser/in</td><td>Dr. Svenja Reuter</td></tr>"
              "</table>"
              "<div class='t'>Bebauungsplan „Wallerstädter Pfad“ im Stadtteil Wallerstädten – "
              "Aufstellungsbeschluss und frühzeitige Beteiligung der Öffentlichkeit</div>"
              "<table class='g'><tr><td class='l'>Datum</td><td class='l'>Beratungsfolge</td>"
              "<td class='l'>Zuständigkeit</td></tr>"
              "<tr><td>20.11.2025</td><td>Ortsbeirat Wallerstädten</td><td>Anhörung</td></tr>"
              "<tr><td>26.11.2025</td><td>Bau-, Umwelt- und Verkehrsausschuss</td><td>Vorberatung</td></tr>"
              "<tr><td>11.12.2025</td><td>Stadtverordnetenversammlung</td><td>Entscheidung</td></tr></table>"
              "<h3>Beschlussvorschlag</h3>"
              "<p>1. Für das im Lageplan (Anlage 1) umgrenzte Gebiet nördlich der Riedstraße wird gemäß "
              "§ 2 Abs. 1 BauGB die Aufstellung des Bebauungsplans „Wallerstädter Pfad“ beschlossen.<br>"
              "2. Die frühzeitige Beteiligung der Öffentlichkeit nach § 3 Abs. 1 BauGB und der Behörden "
              "nach § 4 Abs. 1 BauGB wird durchgeführt.</p>"
              "<h3>Sachverhalt</h3>"
              "<p>Im Stadtteil Wallerstädten besteht seit Jahren Nachfrage nach Bauplätzen für junge "
              "Familien. Der Regionalplan Südhessen weist die rund 3,4 ha große Fläche als "
              "Vorranggebiet Siedlung, Planung aus. Vorgesehen sind etwa 38 Wohneinheiten, davon 10 im "
              "geförderten Mietwohnungsbau, sowie eine Wegeverbindung zum Sportgelände.</p>"
              "<p>Der Magistrat hat die Vorlage in seiner Sitzung am 17.11.2025 beraten und der "
              "Stadtverordnetenversammlung zugeleitet. Ein städtebaulicher Vertrag mit der "
              "Erschließungsträgerin ist in Vorbereitung (Vorlage VL-233/2025 folgt).</p>"
              "<h3>Finanzielle Auswirkungen</h3>"
              "<p>Planungskosten 2026 ca. 85.000 €, Haushaltsstelle 5110.0120 (Teilhaushalt 3).</p>"
              "<table class='g'><tr><td class='l'>Auswirkungen auf den Klimaschutz</td>"
              "<td>negativ – Versiegelung von ca. 1,9 ha; Ausgleich und Dachbegrünung werden im "
              "Verfahren festgesetzt</td></tr></table>"
              "<p style='font-size:8pt'>Anlagen: 1 Lageplan, 2 Vorentwurf (Stand 10/2025)</p>"
              "<div class='foot'>Ausdruck vom 13.11.2025 · Seite 1 von 1</div>"),
        truth=dict(
            drucksache="VL-214/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
            date="2025-11-12",
            title="Bebauungsplan „Wallerstädter Pfad“ im Stadtteil Wallerstädten – Aufstellungsbeschluss "
                  "und frühzeitige Beteiligung der Öffentlichkeit",
            public=True, department="Fachdienst 3.2 – Stadtplanung und Bauaufsicht",
            references=["VL-233/2025"],
            consultations=[C("Ortsbeirat Wallerstädten", "2025-11-20", "Anhörung"),
                           C("Bau-, Umwelt- und Verkehrsausschuss", "2025-11-26", "Vorberatung"),
                           C("Stadtverordnetenversammlung", "2025-12-11", "Entscheidung")],
            klimacheck="negative", klima_style="grid_row_negativ_text",
            themes=["stadtentwicklung", "klima_umwelt"], themes_why="development plan, housing, sealing",
            notes="ALLRIS-like grid from raw HTML: four-column key grid with grey label cells (labels "
                  "without colons), type word right in the title bar, bold title without label, "
                  "Beratungsfolge with the date first. '(Vorlage VL-233/2025 folgt)' names a paper still "
                  "to come → reference (a Drucksache cited in brackets; doubtful, it is announced). "
                  "Magistrat session 17.11.2025 in the body is a lure (not in the Beratungsfolge). "
                  "Klimaschutz row 'negativ – …' → negative. 'Haushaltsstelle 5110.0120', § numbers and "
                  "the 'Ausdruck vom' footer date are lures.",
        ),
    ),
    dict(
        file="y06_gross-gerau_an-047-2025_antrag-gruene_trinkbrunnen.pdf",
        producer="libreoffice-html", font="DejaVu Sans", size=10,
        layout="grossgerau_fraktion_antrag_html", city=GG, pages=1,
        blocks=[
            ("h", "Fraktion BÜNDNIS 90/DIE GRÜNEN\nin der Stadtverordnetenversammlung Groß-Gerau", 12),
            ("box", ["Eingang Büro der Stadtverordnetenversammlung: 14.11.2025",
                     "Vorlage-Nr.: AN-047/2025"]),
            ("p", "An den\nVorsitzenden der Stadtverordnetenversammlung\nHerrn Bernd Schleidt\nRathaus"),
            ("right", "Groß-Gerau, 13.11.2025"),
            ("h", "Antrag", 13),
            ("pb", "Betreff: Trinkwasserbrunnen in der Innenstadt und in den Stadtteilen"),
            ("p", "Die Stadtverordnetenversammlung möge beschließen:"),
            ("p", "Der Magistrat wird beauftragt, bis zum Sommer 2026 mindestens drei öffentliche "
                  "Trinkwasserbrunnen (Marktplatz, Fasanerie, Dornheim Ortsmitte) zu errichten und für "
                  "Wallerstädten und Berkach geeignete Standorte zu prüfen. Die Stadtwerke sind bei "
                  "Betrieb und Hygieneüberwachung einzubinden."),
            ("pb", "Begründung:"),
            ("p", "Mit § 50 WHG ist den Kommunen seit 2023 ausdrücklich aufgegeben, Leitungswasser an "
                  "öffentlichen Orten bereitzustellen. Hitzeperioden wie im Juli 2025 zeigen den Bedarf, "
                  "gerade für ältere Menschen und Kinder. Ein Brunnen kostet in der Anschaffung rund "
                  "8.000 €; Fördermittel des Landes können beantragt werden."),
            ("p", "Wir bitten, den Antrag auf die Tagesordnung der Sitzung der Stadtverordnetenversammlung "
                  "am 11.12.2025 zu setzen und zur weiteren Beratung an den Bau-, Umwelt- und "
                  "Verkehrsausschuss zu überweisen."),
            ("p", "Für die Fraktion\nMiriam Achenbach, Fraktionsvorsitzende"),
        ],
        truth=dict(
            drucksache="AN-047/2025", doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-13",
            title="Trinkwasserbrunnen in der Innenstadt und in den Stadtteilen",
            originator="Fraktion BÜNDNIS 90/DIE GRÜNEN",
            consultations=[C("Stadtverordnetenversammlung", "2025-12-11", None)],
            themes=["klima_umwelt", "stadtentwicklung"], themes_why="drinking fountains, heat",
            notes="Fraktion heading over two lines (originator = the Fraktion's name on the first line; "
                  "'in der Stadtverordnetenversammlung Groß-Gerau' is where it sits). Number only in a "
                  "receipt stamp box 'Vorlage-Nr.: AN-047/2025' beside an 'Eingang' date (lure: date = "
                  "the letter's 13.11.2025). Consultation from the body sentence '… der "
                  "Stadtverordnetenversammlung am 11.12.2025' (role null); the Ausschuss named without "
                  "date is not a consultation. '§ 50 WHG' no reference.",
        ),
    ),
    dict(
        file="y07_gross-gerau_af-019-2025_anfrage-fdp_kita-sanierung.pdf",
        producer="chromium", font="URW Gothic", size=10, layout="grossgerau_anfrage_chromium",
        city=GG, pages=1,
        css="table.kv td:first-child { font-weight: bold; width: 3.4cm; }",
        blocks=[
            ("p", "FDP-Fraktion in der Stadtverordnetenversammlung der Kreisstadt Groß-Gerau"),
            ("h", "Anfrage gemäß § 50 Abs. 2 HGO", 13),
            ("kv", [("Anfrage-Nr.", "AF-019/2025"),
                    ("Fragesteller", "FDP-Fraktion"),
                    ("Adressat", "Magistrat der Kreisstadt Groß-Gerau"),
                    ("Sitzung", "Stadtverordnetenversammlung am 11.12.2025"),
                    ("Eingang", "03.11.2025")]),
            ("pb", "Sanierungsstau an den städtischen Kindertagesstätten"),
            ("p", "Nach Presseberichten musste die Kita „Am Sandböhl“ im Oktober wegen eines "
                  "Wasserschadens für zwei Wochen teilweise schließen. Wir fragen den Magistrat:"),
            ("ol", ["Wie hoch beziffert der Magistrat den Sanierungsbedarf an den sieben städtischen "
                    "Kindertagesstätten (bitte nach Einrichtung aufschlüsseln)?",
                    "Welche Maßnahmen sind für 2026 und 2027 im Haushalt vorgesehen?",
                    "Wie viele Betreuungsplätze standen 2025 wegen baulicher Mängel zeitweise nicht zur "
                    "Verfügung?",
                    "Welche Förderprogramme des Landes Hessen und des Bundes wurden beantragt?"]),
            ("p", "Um schriftliche Beantwortung wird gebeten."),
            ("right", "Groß-Gerau, den 31.10.2025"),
            ("p", "Tobias Wenzel\nFraktionsvorsitzender"),
        ],
        truth=dict(
            drucksache="AF-019/2025", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-10-31",
            title="Sanierungsstau an den städtischen Kindertagesstätten",
            originator="FDP-Fraktion",
            consultations=[C("Stadtverordnetenversammlung", "2025-12-11", None)],
            themes=["bildung", "finanzen"], themes_why="daycare building maintenance backlog",
            notes="Key list without colons (Anfrage-Nr., Fragesteller, Adressat, Sitzung, Eingang) under "
                  "the heading 'Anfrage gemäß § 50 Abs. 2 HGO'; bold title without label. Originator = the "
                  "'Fragesteller' value (the top line has the long form 'FDP-Fraktion in der "
                  "Stadtverordnetenversammlung der Kreisstadt Groß-Gerau', also right). 'Sitzung' key → "
                  "consultation, role null. Date = the place-date at the end, not 'Eingang' 03.11.2025. "
                  "URW Gothic font.",
        ),
    ),
    dict(
        file="y08_gross-gerau_antwort-af-019-2025_kita-sanierung.pdf",
        producer="ghostscript", base="libreoffice-docx", font="Liberation Serif", size=11,
        layout="grossgerau_antwort_docx_gs", city=GG, pages=1,
        head="Der Magistrat der Kreisstadt Groß-Gerau\tFachdienst 4.1 – Kinder, Jugend und Familie",
        blocks=[
            ("h", "Antwort des Magistrats", 13),
            ("p", "auf die Anfrage AF-019/2025 der FDP-Fraktion vom 31.10.2025"),
            ("kv", [("Gegenstand der Anfrage:", "Sanierungsstau an den städtischen Kindertagesstätten"),
                    ("Beratung:", "Stadtverordnetenversammlung, 11.12.2025, zur Kenntnisnahme"),
                    ("Aktenzeichen:", "4.1-51 03 02")]),
            ("p", "Zu 1.: Der Sanierungsbedarf wurde im Rahmen der Gebäudebewertung 2024 mit insgesamt "
                  "rund 6,2 Mio. € ermittelt. Die größten Anteile entfallen auf die Kita „Am Sandböhl“ "
                  "(1,9 Mio. €, Dach und Haustechnik) und die Kita Dornheim (1,4 Mio. €, Brandschutz)."),
            ("p", "Zu 2.: Im Entwurf des Haushalts 2026 sind 780.000 € vorgesehen, die Finanzplanung "
                  "sieht für 2027 weitere 1,1 Mio. € vor (Investitionsnummer 36500-2026-04)."),
            ("p", "Zu 3.: Im Jahr 2025 konnten an insgesamt 23 Betreuungstagen bis zu 20 Plätze nicht "
                  "belegt werden; Ersatzbetreuung wurde in der Kita Berkach angeboten."),
            ("p", "Zu 4.: Für die Kita Dornheim wurde ein Antrag im Investitionsprogramm Kinderbetreuung "
                  "gestellt; der Bescheid wird für das erste Quartal 2026 erwartet."),
            ("space",),
            ("p", "Groß-Gerau, 01.12.2025"),
            ("p", "Der Magistrat\ngez. Jürgen Rossbach, Bürgermeister"),
        ],
        truth=dict(
            doc_type="Antwort", doc_type_printed="Antwort", date="2025-12-01",
            title="Sanierungsstau an den städtischen Kindertagesstätten",
            department="Fachdienst 4.1 – Kinder, Jugend und Familie",
            answers="AF-019/2025",
            consultations=[C("Stadtverordnetenversammlung", "2025-12-11", "Kenntnisnahme")],
            themes=["bildung", "finanzen"], themes_why="daycare maintenance, budget",
            notes="Word answer re-distilled by Ghostscript; sender and Fachdienst in the Word header "
                  "(tab-separated). The heading 'Antwort des Magistrats' + 'auf die Anfrage AF-019/2025 "
                  "…' → answers AF-019/2025; no own number (drucksache null). Title after the key "
                  "'Gegenstand der Anfrage:'. 'Beratung:' key with 'zur Kenntnisnahme' → consultation. "
                  "'Aktenzeichen: 4.1-51 03 02', 'Investitionsnummer 36500-2026-04' and the Anfrage's "
                  "date are lures.",
        ),
    ),
    dict(
        file="y09_gross-gerau_ortsbeirat-wallerstaedten_stellungnahme-vl-214-2025.pdf",
        producer="reportlab", font="DejaVu Sans", size=10,
        layout="grossgerau_ortsbeirat_stellungnahme_reportlab", city=GG, pages=1,
        running="Ortsbeirat Wallerstädten · Ortsvorsteher Günter Hofmann · c/o Verwaltungsstelle, "
                "Hauptstraße 30",
        blocks=[
            ("p", "Kreisstadt Groß-Gerau\nOrtsbeirat Wallerstädten\nDer Ortsvorsteher"),
            ("right", "21.11.2025"),
            ("h", "Stellungnahme des Ortsbeirates Wallerstädten", 13),
            ("p", "gemäß § 82 Abs. 3 HGO zur Vorlage VL-214/2025"),
            ("table", None, [["Vorlage", "VL-214/2025"],
                             ["Gegenstand", "Bebauungsplan „Wallerstädter Pfad“ – Aufstellungsbeschluss "
                                            "und frühzeitige Beteiligung"],
                             ["Beratung im Ortsbeirat", "20.11.2025, öffentliche Sitzung, TOP 3"]],
             [0.3, 0.7]),
            ("p", "Der Ortsbeirat begrüßt die Ausweisung von Bauland für junge Familien im Stadtteil "
                  "ausdrücklich. Er bittet den Magistrat und die Stadtverordnetenversammlung, im weiteren "
                  "Verfahren folgende Punkte zu berücksichtigen:"),
            ("ul", ["Die Zufahrt des Baugebiets soll nicht über den Schulweg (Riedstraße) erfolgen.",
                    "Der Anteil geförderter Mietwohnungen soll auf mindestens 30 % erhöht werden.",
                    "Die Wegeverbindung zum Sportgelände ist als Geh- und Radweg mit Beleuchtung "
                    "herzustellen."]),
            ("p", "Abstimmungsergebnis: 6 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung."),
            ("p", "Günter Hofmann\nOrtsvorsteher"),
        ],
        truth=dict(
            doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-21",
            title="Bebauungsplan „Wallerstädter Pfad“ – Aufstellungsbeschluss und frühzeitige Beteiligung",
            originator="Ortsbeirat Wallerstädten", answers="VL-214/2025",
            themes=["stadtentwicklung", "mobilitaet"], themes_why="development plan, school way, cycle path",
            notes="Opinion of an Ortsbeirat (§ 82 HGO). Ruled key table without header: 'Vorlage' → "
                  "answers VL-214/2025 (the paper has no own number), 'Gegenstand' → title (shorter than "
                  "the Vorlage's). 'Beratung im Ortsbeirat 20.11.2025' is the Beirat's own session, not a "
                  "Beratungsfolge → no consultation. Date = bare date right under the sender.",
        ),
    ),
    # ------------------------------------------------------ Zweckverband Abfallbehandlung Kahlenberg (BW)
    dict(
        file="y10_zak-kahlenberg_vv-07-2025_wirtschaftsplan-2026.pdf",
        producer="libreoffice-odt", font="Liberation Sans", size=10.5,
        layout="kahlenberg_sitzungsvorlage_odt", city=ZAK, pages=1,
        head="Zweckverband Abfallbehandlung Kahlenberg · Ringsheim",
        blocks=[
            ("table", None,
             [["Sitzungsvorlage", "Nr. VV 07/2025"],
              ["Gremium / Termin", "Verwaltungsrat – 27.11.2025 – nichtöffentlich – Vorberatung\n"
                                   "Verbandsversammlung – 10.12.2025 – öffentlich – Beschlussfassung"],
              ["Verfasser", "Kaufmännische Abteilung"],
              ["Datum", "05.11.2025"]]),
            ("space",),
            ("pb", "Betreff:\nFeststellung des Wirtschaftsplans 2026 und Festsetzung der "
                   "Behandlungsentgelte ab 01.01.2026"),
            ("pb", "Beschlussantrag:"),
            ("ol", ["Der Wirtschaftsplan 2026 wird mit einem Erfolgsplan (Erträge 31,42 Mio. €, "
                    "Aufwendungen 31,07 Mio. €) und einem Vermögensplan von 9,8 Mio. € festgestellt.",
                    "Das Behandlungsentgelt für Restabfall wird ab 01.01.2026 auf 148,50 €/t "
                    "(bisher 139,00 €/t) festgesetzt.",
                    "Kredite für Investitionen werden bis 4,5 Mio. € veranschlagt."]),
            ("pb", "Begründung:"),
            ("p", "Die Steigerung des Entgelts beruht im Wesentlichen auf der CO2-Bepreisung nach dem "
                  "BEHG für die Verbrennung der heizwertreichen Fraktion, gestiegenen Personalkosten "
                  "(TVöD-Abschluss 2025) und der Rückstellung für die Stilllegung des Deponieabschnitts "
                  "DA II/3. Der Jahresabschluss 2024 (Vorlage VV 04/2025) schloss mit einem Überschuss "
                  "von 0,21 Mio. €, der der Gewinnrücklage zugeführt wurde."),
            ("p", "Die Anlieferungsmengen der Verbandsmitglieder werden für 2026 mit 112.400 t "
                  "(Vorjahr 114.900 t) angesetzt. Im Vermögensplan sind der Ersatz der Rotteboxen 5 und 6 "
                  "sowie die Erweiterung der Photovoltaikanlage auf dem Deponiekörper enthalten."),
            ("p", "Anlagen: Wirtschaftsplan 2026 mit Stellenübersicht, Finanzplanung 2025–2029"),
        ],
        truth=dict(
            drucksache="VV 07/2025", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
            date="2025-11-05",
            title="Feststellung des Wirtschaftsplans 2026 und Festsetzung der Behandlungsentgelte ab "
                  "01.01.2026",
            public=None, department="Kaufmännische Abteilung", references=["VV 04/2025"],
            consultations=[C("Verwaltungsrat", "2025-11-27", "Vorberatung"),
                           C("Verbandsversammlung", "2025-12-10", "Entscheidung")],
            themes=["finanzen", "klima_umwelt"], themes_why="waste authority budget, fees, PV",
            notes="BW 'Sitzungsvorlage' (→ Beschlussvorlage) of a Zweckverband, .odt via LibreOffice. "
                  "Ruled key table without header; number as 'Nr. VV 07/2025' in the cell beside the type "
                  "word (drucksache without 'Nr.'). Both sessions in one cell joined by dashes, "
                  "'Beschlussfassung' → Entscheidung. One session nichtöffentlich, one öffentlich, no "
                  "status of the paper itself → public null. 'Betreff:' label on its own line, title on "
                  "the next (contains a date 01.01.2026 that is not the paper's). 'Vorlage VV 04/2025' "
                  "cited → reference; 'DA II/3', tonnages no references. No Klimacheck printed.",
        ),
    ),
    dict(
        file="y11_zak-kahlenberg_vv-09-2025_betriebsbericht.pdf",
        producer="reportlab", font="Liberation Serif", size=11,
        layout="kahlenberg_informationsvorlage_reportlab", city=ZAK, pages=1,
        running="ZAK – Informationsvorlage VV 09/2025 – Seite {page}",
        blocks=[
            ("p", "ZWECKVERBAND ABFALLBEHANDLUNG KAHLENBERG\nTechnische Betriebsleitung"),
            ("h", "Informationsvorlage VV 09/2025", 14),
            ("table", ["Gremium", "Sitzung", "Art", "Öffentlichkeit"],
             [["Verbandsversammlung", "10.12.2025", "Kenntnisnahme", "öffentlich"]],
             [0.34, 0.2, 0.24, 0.22]),
            ("space",),
            ("p", "Thema: Betriebsbericht der mechanisch-biologischen Abfallbehandlungsanlage und der "
                  "Deponie Kahlenberg für das 1. bis 3. Quartal 2025"),
            ("p", "1. Anlieferungen. Bis 30.09.2025 wurden 84.310 t Restabfall und 6.020 t Gewerbeabfall "
                  "angeliefert. Gegenüber dem Vorjahreszeitraum entspricht das einem Rückgang um 2,1 %."),
            ("p", "2. Anlagenbetrieb. Die Verfügbarkeit der MBA lag bei 96,4 %. Vom 14.07. bis "
                  "25.07.2025 war die Linie 2 wegen des Austauschs der Siebtrommel außer Betrieb; die "
                  "Mengen wurden über Linie 1 und das Zwischenlager abgewickelt."),
            ("p", "3. Deponiegas und Energie. Die Deponiegasverstromung erzeugte 3,9 GWh Strom. Die "
                  "Photovoltaikanlage auf dem Abschnitt DA I lieferte weitere 1,2 GWh."),
            ("p", "4. Emissionen. Alle Grenzwerte der 30. BImSchV wurden eingehalten. Die Messberichte "
                  "liegen der Genehmigungsbehörde vor."),
            ("space",),
            ("p", "Ringsheim, 18.11.2025"),
            ("p", "Dipl.-Ing. Markus Ehret\nTechnischer Betriebsleiter"),
        ],
        truth=dict(
            drucksache="VV 09/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
            date="2025-11-18",
            title="Betriebsbericht der mechanisch-biologischen Abfallbehandlungsanlage und der Deponie "
                  "Kahlenberg für das 1. bis 3. Quartal 2025",
            public=True, department="Technische Betriebsleitung",
            consultations=[C("Verbandsversammlung", "2025-12-10", "Kenntnisnahme")],
            themes=["klima_umwelt", "wirtschaft"], themes_why="waste treatment plant report, landfill gas",
            notes="Type word and number in one heading line ('Informationsvorlage VV 09/2025'); unit in "
                  "the second line of the letterhead in capitals. Session table with 'Öffentlichkeit' "
                  "column 'öffentlich' (the only session) → public true. Title after 'Thema:' in a "
                  "paragraph (not a key table). Date = place-date at the end; outage dates, '30.09.2025', "
                  "'30. BImSchV' are lures.",
        ),
    ),
    dict(
        file="y12_zak-kahlenberg_schreiben-behandlungsentgelte-2026.pdf",
        producer="chromium-raw", font="Nimbus Sans", size=10,
        layout="kahlenberg_din_letter_raw", city=ZAK, pages=1,
        css=(".lh { font-size: 14pt; font-weight: bold; letter-spacing: 0.5pt; } "
             ".sub { font-size: 8pt; color: #333; } "
             ".row { display: flex; margin-top: 1.2cm; } "
             ".addr { width: 8.5cm; height: 4.2cm; } .ret { font-size: 6.5pt; text-decoration: underline; "
             "margin-bottom: 4pt; } "
             ".info { margin-left: auto; width: 5.4cm; font-size: 8pt; line-height: 1.35; } "
             ".info b { display: block; margin-top: 3pt; font-weight: normal; color: #555; } "
             ".subj { font-weight: bold; margin: 0.6cm 0 10pt 0; } "
             ".foot { position: fixed; bottom: 0; left: 0; right: 0; font-size: 7pt; "
             "border-top: 0.5pt solid #888; padding-top: 3pt; }"),
        html=("<div class='lh'>Zweckverband Abfallbehandlung Kahlenberg</div>"
              "<div class='sub'>Körperschaft des öffentlichen Rechts · Der Geschäftsführer</div>"
              "<div class='row'><div class='addr'><div class='ret'>ZAK · Kahlenbergweg 5 · 77975 Ringsheim"
              "</div>An die Verbandsmitglieder<br>– Landratsämter, Dezernate Umwelt und "
              "Abfallwirtschaft –<br><br>per E-Mail</div>"
              "<div class='info'><b>Abteilung</b>Kaufmännische Abteilung<b>Ansprechpartnerin</b>"
              "Sabine Kury<b>Telefon</b>07822 8946-21<b>E-Mail</b>s.kury@zak-kahlenberg.example"
              "<b>Unser Zeichen</b>GF/811.24-2025<b>Datum</b>15.12.2025</div></div>"
              "<div class='subj'>Behandlungsentgelte 2026 – Beschluss der Verbandsversammlung vom "
              "10.12.2025</div>"
              "<p>Sehr geehrte Damen und Herren,</p>"
              "<p>die Verbandsversammlung hat in ihrer öffentlichen Sitzung am 10.12.2025 den "
              "Wirtschaftsplan 2026 festgestellt (Sitzungsvorlage VV 07/2025) und das Behandlungsentgelt "
              "für Restabfall ab 01.01.2026 auf 148,50 €/t netto festgesetzt. Der Verwaltungsrat hatte "
              "am 27.11.2025 einstimmig empfohlen.</p>"
              "<p>Für Ihre Gebührenkalkulation teilen wir Ihnen die vorläufigen Abschläge mit:</p>"
              "<table style='border-collapse:collapse;margin:4pt 0 8pt 0'>"
              "<tr><td style='padding:1pt 14pt 1pt 0'>Restabfall</td><td>148,50 €/t</td></tr>"
              "<tr><td style='padding:1pt 14pt 1pt 0'>Sperrmüll (Sortierrest)</td><td>162,00 €/t</td></tr>"
              "<tr><td style='padding:1pt 14pt 1pt 0'>Monatlicher Abschlag</td><td>1/12 der Planmenge</td>"
              "</tr></table>"
              "<p>Die Jahresabrechnung 2025 erhalten Sie bis zum 31.03.2026. Für Rückfragen steht "
              "Ihnen Frau Kury gern zur Verfügung.</p>"
              "<p>Mit freundlichen Grüßen</p><p>Dr. Matthias Krebser<br>Geschäftsführer</p>"
              "<div class='foot'>Zweckverband Abfallbehandlung Kahlenberg · Kahlenbergweg 5 · 77975 "
              "Ringsheim · Sparkasse, IBAN DE00 6805 0101 0000 1234 56 · USt-IdNr. DE 142 000 000</div>"),
        truth=dict(
            doc_type="Schreiben", doc_type_printed=None, date="2025-12-15",
            title="Behandlungsentgelte 2026 – Beschluss der Verbandsversammlung vom 10.12.2025",
            department="Kaufmännische Abteilung", references=["VV 07/2025"],
            themes=["finanzen", "klima_umwelt"], themes_why="waste treatment fees to member districts",
            notes="DIN letter from raw HTML: return line, address field, info column right with grey "
                  "labels over values (Abteilung, Ansprechpartnerin, Telefon, Unser Zeichen, Datum). "
                  "Department = the 'Abteilung' value. Subject bold without label = title (contains the "
                  "session date, a lure). 'Sitzungsvorlage VV 07/2025' cited → reference. Sessions "
                  "(10.12., 27.11.) are past, in sentences → no consultations. 'GF/811.24-2025' (own "
                  "file mark), phone, postcode, IBAN are no references.",
        ),
    ),
    dict(
        file="y13_zak-kahlenberg_vv-07-2025-e1_ergaenzung-wirtschaftsplan.pdf",
        producer="libreoffice-docx", font="Liberation Sans", size=10.5,
        layout="kahlenberg_ergaenzung_word", city=ZAK, pages=1,
        head="Zweckverband Abfallbehandlung Kahlenberg · Ringsheim",
        running="Ergänzungsvorlage VV 07/2025-E1",
        blocks=[
            ("table", None,
             [["Ergänzungsvorlage", "Nr. VV 07/2025-E1"],
              ["zur Sitzungsvorlage", "VV 07/2025"],
              ["Gremium / Termin", "Verbandsversammlung – 10.12.2025 – öffentlich – Beschlussfassung"],
              ["Verfasser", "Kaufmännische Abteilung"],
              ["Datum", "01.12.2025"]]),
            ("space",),
            ("pb", "Betreff:\nWirtschaftsplan 2026 – geänderter Vermögensplan nach der Vorberatung im "
                   "Verwaltungsrat"),
            ("p", "Der Verwaltungsrat hat in seiner Sitzung am 27.11.2025 empfohlen, die Erweiterung der "
                  "Photovoltaikanlage auf dem Deponiekörper von 750 kWp auf 1,1 MWp zu vergrößern, weil "
                  "der Netzbetreiber die höhere Einspeiseleistung zwischenzeitlich bestätigt hat."),
            ("pb", "Geänderter Beschlussantrag (Ziffer 1):"),
            ("p", "Der Wirtschaftsplan 2026 wird mit einem Erfolgsplan (Erträge 31,42 Mio. €, "
                  "Aufwendungen 31,07 Mio. €) und einem Vermögensplan von 10,35 Mio. € festgestellt. "
                  "Die Ziffern 2 und 3 des Beschlussantrags bleiben unverändert."),
            ("p", "Die Mehrkosten von 0,55 Mio. € werden über Kredite finanziert; die Kreditermächtigung "
                  "bleibt innerhalb des Rahmens von 4,5 Mio. €. Die Behandlungsentgelte ändern sich nicht."),
        ],
        truth=dict(
            drucksache="VV 07/2025-E1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
            date="2025-12-01",
            title="Wirtschaftsplan 2026 – geänderter Vermögensplan nach der Vorberatung im Verwaltungsrat",
            public=True, department="Kaufmännische Abteilung", references=["VV 07/2025"],
            consultations=[C("Verbandsversammlung", "2025-12-10", "Entscheidung")],
            themes=["finanzen", "klima_umwelt"], themes_why="budget change, PV extension",
            notes="Same family as y10 but python-docx → LibreOffice with a Word footer repeating the number. "
                  "Key 'zur Sitzungsvorlage | VV 07/2025' → reference (the paper it supplements). Only the "
                  "Verbandsversammlung session, 'öffentlich' → public true. The Verwaltungsrat date "
                  "27.11.2025 is in a sentence (lure).",
        ),
    ),
    # ------------------------------------------------------------------ Gemeinde Merchweiler (SL)
    dict(
        file="y14_merchweiler_seniorenbeirat_stellungnahme-2025-0318.pdf",
        producer="libreoffice-html", font="Liberation Serif", size=11.5,
        layout="merchweiler_seniorenbeirat_html", city=MER, pages=1,
        blocks=[
            ("h", "Seniorenbeirat der Gemeinde Merchweiler", 13),
            ("p", "Der Vorsitzende"),
            ("right", "Merchweiler, 20. November 2025"),
            ("p", "An den Bürgermeister der Gemeinde Merchweiler\nund die Mitglieder des Gemeinderates"),
            ("h", "Stellungnahme", 12),
            ("p", "zur Beschlussvorlage Drucksache Nr. 2025/0318"),
            ("pb", "Barrierefreier Umbau der Bushaltestellen „Rathaus“ und „Wemmetsweiler Bahnhof“"),
            ("p", "Der Seniorenbeirat hat sich in seiner Sitzung am 19.11.2025 mit der Vorlage befasst. "
                  "Er unterstützt den Umbau nachdrücklich und bittet, bei der Ausführung folgende "
                  "Hinweise zu beachten:"),
            ("ol", ["Sitzgelegenheiten mit Armlehnen an beiden Haltestellen,",
                    "kontrastreiche Markierung der Bordkanten für sehbehinderte Menschen,",
                    "eine Ersatzhaltestelle während der Bauzeit, die ohne Treppen erreichbar ist."]),
            ("p", "Wir bitten, diese Stellungnahme den Mitgliedern vor der Sitzung des Gemeinderates am "
                  "04.12.2025 zur Kenntnis zu geben."),
            ("p", "Mit freundlichen Grüßen\n\nAlfons Scherer\nVorsitzender des Seniorenbeirates"),
        ],
        truth=dict(
            doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-20",
            title="Barrierefreier Umbau der Bushaltestellen „Rathaus“ und „Wemmetsweiler Bahnhof“",
            originator="Seniorenbeirat der Gemeinde Merchweiler", answers="2025/0318",
            themes=["mobilitaet", "soziales"], themes_why="accessible bus stops, seniors",
            notes="Beirat letter from HTML: 13-pt heading with the Beirat's name (originator), 'Der "
                  "Vorsitzende' below; type word as a 12-pt heading, 'zur Beschlussvorlage Drucksache "
                  "Nr. 2025/0318' → answers; bold title. Its own session 19.11.2025 and the Gemeinderat "
                  "date 04.12.2025 are sentences → no consultations. Date written in words.",
        ),
    ),
    dict(
        file="y15_merchweiler_antrag-spd_mehrgenerationenplatz-wemmetsweiler.pdf",
        producer="chromium", font="DejaVu Sans", size=9.5,
        layout="merchweiler_fraktion_antrag_chromium", city=MER, pages=1,
        css="h1 { font-size: 11pt; }",
        blocks=[
            ("right", "SPD-Fraktion im Gemeinderat Merchweiler\nFraktionsvorsitzende Carina Jost\n"
                      "Merchweiler, den 27.11.2025"),
            ("p", "Herrn Bürgermeister\nStefan Kirsch\nRathaus Merchweiler"),
            ("h", "ANTRAG", 14),
            ("table", ["Gremium", "Sitzung am"],
             [["Ortsrat Wemmetsweiler", "14.01.2026"],
              ["Gemeinderat", "29.01.2026"]], [0.6, 0.4]),
            ("kv", [("Betreff:", "Errichtung eines Mehrgenerationenplatzes auf dem ehemaligen "
                                 "Festplatz in Wemmetsweiler")]),
            ("p", "Sehr geehrter Herr Bürgermeister,"),
            ("p", "die SPD-Fraktion bittet, den nachstehenden Antrag in den genannten Sitzungen zu "
                  "beraten:"),
            ("p", "Die Verwaltung wird beauftragt, für den ehemaligen Festplatz an der Schulstraße "
                  "ein Konzept für einen Mehrgenerationenplatz (Bewegungsgeräte für Ältere, "
                  "Kleinkinderspielbereich, schattige Sitzbereiche) zu erarbeiten, die Kosten zu ermitteln "
                  "und Fördermöglichkeiten aus dem Programm „Soziale Stadt Saar“ zu prüfen."),
            ("pb", "Begründung"),
            ("p", "Der Festplatz wird seit der Verlegung der Kirmes 2022 kaum genutzt. In Wemmetsweiler "
                  "fehlt ein wohnortnaher Treffpunkt; der Seniorenbeirat hat dies in seiner Stellungnahme "
                  "vom 20.11.2025 ebenfalls angeregt."),
            ("p", "Mit freundlichen Grüßen\nCarina Jost"),
        ],
        truth=dict(
            doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-27",
            title="Errichtung eines Mehrgenerationenplatzes auf dem ehemaligen Festplatz in Wemmetsweiler",
            originator="SPD-Fraktion im Gemeinderat Merchweiler",
            consultations=[C("Ortsrat Wemmetsweiler", "2026-01-14", None),
                           C("Gemeinderat", "2026-01-29", None)],
            themes=["stadtentwicklung", "soziales"], themes_why="multi-generation square",
            notes="Sender block right-aligned with the place-date as its third line; type word in capitals; "
                  "a two-column table Gremium | Sitzung am above the 'Betreff:' key → consultations with "
                  "role null. The Seniorenbeirat's Stellungnahme date 20.11.2025 is a lure.",
        ),
    ),
    dict(
        file="y16_merchweiler_ds-2025-0318_bushaltestellen.pdf",
        producer="libreoffice-docx", font="Liberation Sans", size=10.5,
        layout="merchweiler_beschlussvorlage_word", city=MER, pages=1,
        head="Gemeinde Merchweiler · Der Bürgermeister\t\tDrucksache Nr. 2025/0318",
        running="Gemeinde Merchweiler · Rathausplatz 3 · 66589 Merchweiler",
        blocks=[
            ("h", "Beschlussvorlage", 14),
            ("kv", [("Drucksache Nr.", "2025/0318"),
                    ("Amt", "Amt 60 – Bauen, Planen, Umwelt"),
                    ("Sachbearbeitung", "Herr Klein, Tel. 06825 955-260"),
                    ("Datum", "06.11.2025")]),
            ("table", ["Gremium", "Termin", "Beratung", "Art"],
             [["Ortsrat Wemmetsweiler", "18.11.2025", "Anhörung", "ö"],
              ["Ausschuss für Bau, Umwelt und Verkehr", "25.11.2025", "Vorberatung", "ö"],
              ["Gemeinderat", "04.12.2025", "Entscheidung", "ö"]]),
            ("p", "Betreff"),
            ("pb", "Barrierefreier Umbau der Bushaltestellen „Rathaus“ und „Wemmetsweiler Bahnhof“ – "
                   "Vergabe der Bauleistungen"),
            ("pb", "Beschlussvorschlag"),
            ("p", "Der Gemeinderat beschließt, die Bauleistungen für den barrierefreien Umbau der "
                  "Bushaltestellen „Rathaus“ und „Wemmetsweiler Bahnhof“ an die Firma Schmitt Tiefbau "
                  "GmbH zum Angebotspreis von 214.630,18 € brutto zu vergeben."),
            ("pb", "Sachverhalt"),
            ("p", "Die Maßnahme ist Teil des Nahverkehrsplans und wird nach dem ÖPNVG Saarland mit 80 % "
                  "gefördert (Bescheid vom 02.09.2025). Zur öffentlichen Ausschreibung gingen vier "
                  "Angebote ein. Die Bauzeit ist von März bis Juni 2026 vorgesehen; während des Umbaus "
                  "wird eine Ersatzhaltestelle in der Bahnhofstraße eingerichtet."),
            ("pb", "Finanzierung"),
            ("p", "Haushaltsjahr 2026, Investitionsmaßnahme 5.4.1.01-003; Eigenanteil ca. 43.000 €."),
            ("pb", "Klimarelevanz"),
            ("p", "positiv – Stärkung des öffentlichen Nahverkehrs"),
        ],
        truth=dict(
            drucksache="2025/0318", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
            date="2025-11-06",
            title="Barrierefreier Umbau der Bushaltestellen „Rathaus“ und „Wemmetsweiler Bahnhof“ – "
                  "Vergabe der Bauleistungen",
            public=True, department="Amt 60 – Bauen, Planen, Umwelt",
            consultations=[C("Ortsrat Wemmetsweiler", "2025-11-18", "Anhörung"),
                           C("Ausschuss für Bau, Umwelt und Verkehr", "2025-11-25", "Vorberatung"),
                           C("Gemeinderat", "2025-12-04", "Entscheidung")],
            klimacheck="positive", klima_style="heading_then_positiv_text",
            themes=["mobilitaet", "finanzen"], themes_why="accessible bus stops, contract award",
            notes="Word template: number twice (Word header right after tabs, key list without colons). "
                  "Beratungsfolge Gremium|Termin|Beratung|Art with ö on every row and no other status → "
                  "public true (the paper's sessions are all public; doubtful, no status key). 'Betreff' "
                  "as a plain line, title bold on the next. Klimarelevanz as a bold heading with "
                  "'positiv – …' below → positive. Phone, 'Bescheid vom 02.09.2025', "
                  "'5.4.1.01-003' are lures.",
        ),
    ),
    dict(
        file="y17_merchweiler_einladung-gemeinderat.pdf",
        producer="ghostscript", base="chromium", font="Liberation Sans", size=10,
        layout="merchweiler_einladung_chromium_gs", city=MER, pages=1,
        css="table.grid td:first-child { width: 1.2cm; } table.grid td:last-child { width: 2.6cm; }",
        blocks=[
            ("p", "GEMEINDE MERCHWEILER\nDer Bürgermeister"),
            ("right", "Merchweiler, 24.11.2025"),
            ("p", "An die Mitglieder des Gemeinderates\nnachrichtlich: Ortsvorsteher, Presse"),
            ("h", "Einladung zur 24. Sitzung des Gemeinderates", 13),
            ("p", "Sehr geehrte Damen und Herren,\nich lade Sie zur nächsten Sitzung des Gemeinderates "
                  "ein auf"),
            ("pb", "Donnerstag, den 4. Dezember 2025, 18:00 Uhr,\nim Sitzungssaal des Rathauses, "
                   "Rathausplatz 3."),
            ("p", "Die Sitzung ist öffentlich. Im Anschluss findet eine nichtöffentliche Sitzung statt, "
                  "zu der gesondert eingeladen wird."),
            ("table", ["Nr.", "Tagesordnung", "Drucksache"],
             [["1", "Mitteilungen des Bürgermeisters", ""],
              ["2", "Einwohnerfragestunde", ""],
              ["3", "Barrierefreier Umbau der Bushaltestellen „Rathaus“ und „Wemmetsweiler Bahnhof“ – "
                    "Vergabe der Bauleistungen", "2025/0318"],
              ["4", "Haushaltssatzung 2026 – Einbringung", "2025/0322"],
              ["5", "Änderung der Friedhofsgebührensatzung", "2025/0311"],
              ["6", "Benennung einer Straße im Baugebiet „Auf der Heide“", "2025/0325"],
              ["7", "Anfragen der Ratsmitglieder", ""]]),
            ("p", "Mit freundlichen Grüßen\nStefan Kirsch\nBürgermeister"),
        ],
        truth=dict(
            doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-24",
            title="24. Sitzung des Gemeinderates",
            public=True,
            references=["2025/0318", "2025/0322", "2025/0311", "2025/0325"],
            themes=["mobilitaet", "finanzen"], themes_why="agenda: bus stops, budget, fees",
            notes="Chromium page re-distilled by Ghostscript. Title = session in the heading after "
                  "'Einladung zur' (genitive as printed). 'Die Sitzung ist öffentlich.' → public true; "
                  "the nichtöffentliche Sitzung has its own invitation. Session date in words "
                  "(4. Dezember 2025) is not the paper's date (24.11.2025, right). Drucksache column → "
                  "references.",
        ),
    ),
]
