"""Papers x01–x35 of tests/fixtures/holdout12: Stadt Oebisfelde-Weferlingen (ST), Samtgemeinde Boldecker
Land (NI), Amt Odervorland (BB), Ortsgemeinde Hauenstein (RP), Zweckverband Abfallwirtschaft
Südwestsachsen (SN), Regionalverband Ruhr (NW), Stadt Schwarzatal (TH), Gemeinde Eppelborn (SL).

Invented content, names and numbers, in the layouts such councils' information systems and offices
print (ALLRIS, SessionNet, more!rubin, Somacos Sitzungsdienst, in-house Word templates, letters).
Block format: tools/holdout6/render.py (kv, h, p, pb, right, table, box, ul, ol, space, pagebreak);
producer "chromium-raw" takes its own HTML (tools/holdout9/make.py).
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**paper):
    """One paper: render keywords and its labels under "truth" (make.py fills the unlabelled keys)."""
    DOCS.append(paper)


# ---------------------------------------------- Stadt Oebisfelde-Weferlingen (ST; ALLRIS-like print)
OW = "Stadt Oebisfelde-Weferlingen"
OW_CSS = "table.grid td { font-size: 9pt; } table.grid th { font-size: 9pt; background: #ddd; }"

doc(file="x01_oebisfelde_bv-0187-2025_feuerwehrhaus-bergfriede.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="oebisfelde_allris_vorlage", city=OW, css=OW_CSS,
    running="Vorlage BV 0187/2025 – Seite",
    blocks=[
        ("kv", [("Stadt Oebisfelde-Weferlingen\nDer Bürgermeister", "Beschlussvorlage\nBV 0187/2025")]),
        ("kv", [("Datum:", "03.11.2025"), ("Federführend:", "Amt für Ordnung und Sicherheit"),
                ("Verfasser:", "Herr Gerloff"), ("Öffentlichkeitsstatus:", "öffentlich")]),
        ("pb", "Neubau eines Gerätehauses für die Ortsfeuerwehr Bergfriede"),
        ("table", ["Beratungsfolge", "Geplante Sitzungstermine", "Ö / N"],
         [["Ortschaftsrat Bergfriede (Anhörung)", "12.11.2025", "Ö"],
          ["Bau- und Vergabeausschuss (Vorberatung)", "18.11.2025", "Ö"],
          ["Hauptausschuss (Vorberatung)", "26.11.2025", "N"],
          ["Stadtrat (Entscheidung)", "09.12.2025", "Ö"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat der Stadt Oebisfelde-Weferlingen beschließt den Neubau eines Gerätehauses für die "
              "Ortsfeuerwehr Bergfriede auf dem Grundstück Gemarkung Bergfriede, Flur 2, Flurstück 88/3, "
              "und beauftragt den Bürgermeister mit der Ausschreibung der Bauleistungen."),
        ("pb", "Sachverhalt:"),
        ("p", "Das bestehende Gerätehaus erfüllt die Anforderungen der Feuerwehr-Unfallkasse nicht mehr; "
              "das neue Fahrzeug TSF-W passt nicht in die Fahrzeughalle. Nach der Risikoanalyse im "
              "Brandschutzbedarfsplan 2024–2029 ist der Standort unverzichtbar. Die Kosten von 685.000 € "
              "werden zu 40 % aus der Feuerwehrförderung des Landes Sachsen-Anhalt getragen."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Investition 12600.0201, Haushaltsjahre 2026 und 2027; Eigenanteil 411.000 €."),
        ("p", "Anlagen: Lageplan, Kostenschätzung"),
        ("p", "Jens Dallmann\nBürgermeister"),
    ],
    truth=dict(drucksache="BV 0187/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-03", title="Neubau eines Gerätehauses für die Ortsfeuerwehr Bergfriede",
               public=True, department="Amt für Ordnung und Sicherheit",
               consultations=[C("Ortschaftsrat Bergfriede", "2025-11-12", "Anhörung"),
                              C("Bau- und Vergabeausschuss", "2025-11-18", "Vorberatung"),
                              C("Hauptausschuss", "2025-11-26", "Vorberatung"),
                              C("Stadtrat", "2025-12-09", "Entscheidung")],
               themes=["sicherheit_ordnung", "finanzen"], themes_why="fire station; funding",
               notes="Type and number stacked right of the authority. 'Öffentlichkeitsstatus:' key. Roles in "
                     "brackets after the committee inside the Beratungsfolge cell. 'Flurstück 88/3', "
                     "'12600.0201' are no references."))

doc(file="x02_oebisfelde_iv-0193-2025_breitband.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="oebisfelde_allris_info", city=OW, css=OW_CSS,
    blocks=[
        ("kv", [("Stadt Oebisfelde-Weferlingen\nDer Bürgermeister", "Informationsvorlage\nIV 0193/2025")]),
        ("kv", [("Datum:", "10.11.2025"), ("Federführend:", "Amt für Bau- und Liegenschaften"),
                ("Öffentlichkeitsstatus:", "öffentlich")]),
        ("pb", "Sachstand Breitbandausbau in den Ortsteilen Rätzlingen, Kathendorf und Bösdorf"),
        ("table", ["Beratungsfolge", "Geplante Sitzungstermine", "Ö / N"],
         [["Stadtrat (Kenntnisnahme)", "09.12.2025", "Ö"]]),
        ("pb", "Sachverhalt:"),
        ("p", "Der Landkreis Börde hat als Träger des geförderten Ausbaus mitgeteilt, dass die Tiefbauarbeiten "
              "in Rätzlingen abgeschlossen sind. In Kathendorf und Bösdorf sind 71 % der Hausanschlüsse "
              "hergestellt. Die Inbetriebnahme ist für das erste Quartal 2026 angekündigt. Beschwerden "
              "über nicht wiederhergestellte Gehwege nimmt das Bauamt entgegen."),
        ("p", "Jens Dallmann\nBürgermeister"),
    ],
    truth=dict(drucksache="IV 0193/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-11-10",
               title="Sachstand Breitbandausbau in den Ortsteilen Rätzlingen, Kathendorf und Bösdorf",
               public=True, department="Amt für Bau- und Liegenschaften",
               consultations=[C("Stadtrat", "2025-12-09", "Kenntnisnahme")],
               themes=["digitale_infrastruktur"], themes_why="broadband rollout",
               notes="Informationsvorlage, same grid as x01; one consultation with the role in brackets."))

doc(file="x03_oebisfelde_antrag-cdu_schulweg.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11, layout="oebisfelde_fraktion_antrag_word", city=OW,
    head="CDU-Fraktion im Stadtrat Oebisfelde-Weferlingen · Vorsitzender Dirk Rabe",
    blocks=[
        ("p", "An den\nVorsitzenden des Stadtrates\nder Stadt Oebisfelde-Weferlingen\nLange Straße 12\n"
              "39646 Oebisfelde-Weferlingen"),
        ("right", "Weferlingen, 14.11.2025"),
        ("h", "Antrag zur Sitzung des Stadtrates am 09.12.2025", 12),
        ("pb", "Sichere Querung der L 22 am Schulweg in Weferlingen"),
        ("p", "Der Stadtrat möge beschließen:"),
        ("p", "Der Bürgermeister wird beauftragt, beim Landesstraßenbaubetrieb eine Querungshilfe mit "
              "Mittelinsel an der L 22 in Höhe der Grundschule Weferlingen zu beantragen und bis zur "
              "Umsetzung eine Schulwegsicherung durch Schülerlotsen zu organisieren."),
        ("pb", "Begründung:"),
        ("p", "Die L 22 wird täglich von rund 4.800 Fahrzeugen befahren. Seit der Schließung des Schulstandortes "
              "in Walbeck queren morgens über 60 Kinder die Straße ohne Hilfe."),
        ("p", "Dirk Rabe\nFraktionsvorsitzender"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-14",
               title="Sichere Querung der L 22 am Schulweg in Weferlingen",
               originator="CDU-Fraktion im Stadtrat Oebisfelde-Weferlingen",
               consultations=[C("Stadtrat", "2025-12-09", None)],
               themes=["mobilitaet", "bildung"], themes_why="safe school route",
               notes="No number. Fraktion only in the Word header. Session in the heading 'Antrag zur Sitzung "
                     "des Stadtrates am …' → consultation without role. 'L 22' no reference."))

doc(file="x04_oebisfelde_af-0201-2025_gemeindestrassen.pdf", producer="reportlab", font="DejaVu Sans",
    size=10, layout="oebisfelde_anfrage_reportlab", city=OW,
    blocks=[
        ("kv", [("Stadt Oebisfelde-Weferlingen", "Anfrage\nAF 0201/2025")], 0.62),
        ("kv", [("Anfragesteller:", "Stadträtin Kerstin Bollmann (Einzelmandat)"),
                ("Datum:", "17.11.2025")]),
        ("pb", "Betreff: Zustand der Gemeindestraßen nach dem Winter 2024/25"),
        ("p", "Ich bitte um schriftliche Beantwortung folgender Fragen:"),
        ("ol", ["Welche Gemeindestraßen wurden 2025 wegen Frostschäden gesperrt oder in der Geschwindigkeit "
                "beschränkt?",
                "Welche Mittel stehen 2026 für die Unterhaltung der Gemeindestraßen zur Verfügung?",
                "Nach welcher Rangfolge werden Sanierungen ausgewählt?"]),
        ("p", "Kerstin Bollmann"),
    ],
    truth=dict(drucksache="AF 0201/2025", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-17",
               title="Zustand der Gemeindestraßen nach dem Winter 2024/25",
               originator="Stadträtin Kerstin Bollmann (Einzelmandat)",
               themes=["mobilitaet", "finanzen"], themes_why="road maintenance",
               notes="'Betreff:' bold in the same line as the title. No session named."))

doc(file="x05_oebisfelde_antwort-af-0201-2025.pdf", producer="libreoffice-html", font="Liberation Serif",
    size=11, layout="oebisfelde_antwort_html", city=OW,
    blocks=[
        ("kv", [("Stadt Oebisfelde-Weferlingen · Der Bürgermeister", "Amt für Bau- und Liegenschaften\n"
                 "Bearbeiter: Herr Schünemann\nTel. 039002 801-230")]),
        ("p", "Frau Stadträtin\nKerstin Bollmann\nüber das Büro des Stadtrates"),
        ("right", "Oebisfelde-Weferlingen, 01.12.2025"),
        ("h", "Beantwortung der Anfrage AF 0201/2025", 12),
        ("p", "Zustand der Gemeindestraßen nach dem Winter 2024/25"),
        ("p", "Sehr geehrte Frau Bollmann,"),
        ("p", "zu Frage 1: Gesperrt war 2025 der Wirtschaftsweg Eickendorf–Siestedt; auf 30 km/h beschränkt "
              "wurden die Bahnhofstraße in Walbeck und der Mühlenweg in Hödingen."),
        ("p", "zu Frage 2: Im Entwurf des Haushaltes 2026 sind 540.000 € für die Unterhaltung veranschlagt."),
        ("p", "zu Frage 3: Die Rangfolge ergibt sich aus der Straßenzustandserfassung 2023 und der "
              "Verkehrsbedeutung."),
        ("p", "Mit freundlichen Grüßen\n\nJens Dallmann"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage", date="2025-12-01",
               title="Zustand der Gemeindestraßen nach dem Winter 2024/25",
               department="Amt für Bau- und Liegenschaften", answers="AF 0201/2025",
               themes=["mobilitaet", "finanzen"], themes_why="road maintenance",
               notes="Letter; unit top right with a phone. Heading 'Beantwortung der Anfrage AF 0201/2025' → "
                     "answers. Title the unlabelled line under it."))

# ---------------------------------------- Samtgemeinde Boldecker Land (NI; SessionNet-like print)
BL = "Samtgemeinde Boldecker Land"

doc(file="x06_boldecker_2025-214_klaeranlage-weyhausen.pdf", producer="chromium", font="DejaVu Sans",
    size=9.5, layout="boldecker_sessionnet_vorlage", city=BL,
    css="table.grid th { background: #cfd8e3; }",
    blocks=[
        ("h", "Samtgemeinde Boldecker Land", 13),
        ("table", None, [["Vorlage Nr.", "2025/214", "Datum", "06.11.2025"],
                         ["Fachbereich", "Fachbereich 3 – Bauen und Umwelt", "Sachbearbeitung", "Frau Ohlendorf"],
                         ["Vorlagenart", "Beschlussvorlage", "Status", "öffentlich"]]),
        ("p", "Betreff"),
        ("pb", "Ertüchtigung der Kläranlage Weyhausen – Vergabe der Planungsleistungen"),
        ("table", ["Gremium", "Sitzung", "Zuständigkeit"],
         [["Ausschuss für Bau, Umwelt und Feuerwehr", "20.11.2025", "Vorberatung"],
          ["Samtgemeindeausschuss", "02.12.2025", "Vorberatung"],
          ["Samtgemeinderat", "11.12.2025", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Planungsleistungen für die Ertüchtigung der Kläranlage Weyhausen (Leistungsphasen 1 bis 4 "
              "HOAI) werden an das wirtschaftlichste Angebot vergeben."),
        ("pb", "Sachverhalt"),
        ("p", "Die Überwachungswerte für Stickstoff werden bei Starkregen nicht sicher eingehalten. Die untere "
              "Wasserbehörde des Landkreises Gifhorn hat eine Frist bis Ende 2027 gesetzt. Die Planung wird "
              "mit 180.000 € geschätzt und ist im Haushalt 2026 unter Kostenstelle 53800 veranschlagt."),
        ("box", ["Auswirkungen auf den Klimaschutz:  ☐ ja, positiv   ☐ ja, negativ   ☒ nein"]),
        ("p", "Der Samtgemeindebürgermeister"),
    ],
    truth=dict(drucksache="2025/214", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-06",
               title="Ertüchtigung der Kläranlage Weyhausen – Vergabe der Planungsleistungen",
               public=True, department="Fachbereich 3 – Bauen und Umwelt",
               consultations=[C("Ausschuss für Bau, Umwelt und Feuerwehr", "2025-11-20", "Vorberatung"),
                              C("Samtgemeindeausschuss", "2025-12-02", "Vorberatung"),
                              C("Samtgemeinderat", "2025-12-11", "Entscheidung")],
               klimacheck="neutral", klima_style="box_ja_positiv_negativ_nein",
               themes=["klima_umwelt", "finanzen"], themes_why="waste water plant",
               notes="Four-column key grid without colons (Vorlage Nr. / Datum / Fachbereich / Vorlagenart / "
                     "Status). 'Betreff' alone over the bold title. '☒ nein' → neutral."))

doc(file="x07_boldecker_2025-214-1_ergaenzung.pdf", producer="chromium", font="DejaVu Sans", size=9.5,
    layout="boldecker_sessionnet_ergaenzung", city=BL,
    css="table.grid th { background: #cfd8e3; }",
    blocks=[
        ("h", "Samtgemeinde Boldecker Land", 13),
        ("table", None, [["Vorlage Nr.", "2025/214-1", "Datum", "27.11.2025"],
                         ["Fachbereich", "Fachbereich 3 – Bauen und Umwelt", "Sachbearbeitung", "Frau Ohlendorf"],
                         ["Vorlagenart", "Ergänzungsvorlage", "Status", "öffentlich"]]),
        ("p", "Betreff"),
        ("pb", "Ertüchtigung der Kläranlage Weyhausen – Vergabe der Planungsleistungen\n"
               "Ergänzung zur Vorlage 2025/214"),
        ("table", ["Gremium", "Sitzung", "Zuständigkeit"],
         [["Samtgemeindeausschuss", "02.12.2025", "Vorberatung"],
          ["Samtgemeinderat", "11.12.2025", "Entscheidung"]]),
        ("pb", "Ergänzung"),
        ("p", "Der Ausschuss für Bau, Umwelt und Feuerwehr hat am 20.11.2025 gebeten, eine Variante mit "
              "Phosphorrückgewinnung zu prüfen. Die Mehrkosten der Planung betragen 22.000 €. Der "
              "Beschlussvorschlag wird wie folgt ergänzt: Die Variante mit Phosphorrückgewinnung ist "
              "gleichwertig zu untersuchen."),
        ("p", "Der Samtgemeindebürgermeister"),
    ],
    truth=dict(drucksache="2025/214-1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2025-11-27",
               title="Ertüchtigung der Kläranlage Weyhausen – Vergabe der Planungsleistungen Ergänzung zur "
                     "Vorlage 2025/214",
               public=True, department="Fachbereich 3 – Bauen und Umwelt", references=["2025/214"],
               consultations=[C("Samtgemeindeausschuss", "2025-12-02", "Vorberatung"),
                              C("Samtgemeinderat", "2025-12-11", "Entscheidung")],
               themes=["klima_umwelt", "finanzen"], themes_why="waste water plant",
               notes="Suffix number '2025/214-1'. Two-line bold title whose second line names the base paper "
                     "(→ references). Past committee date in the body is no consultation."))

doc(file="x08_boldecker_antrag-gruppe_buergerbus.pdf", producer="libreoffice-odt", font="Liberation Sans",
    size=11, layout="boldecker_gruppe_antrag_odt", city=BL,
    head="Gruppe SPD / Bündnis 90/Die Grünen im Samtgemeinderat Boldecker Land",
    blocks=[
        ("p", "Herrn Samtgemeindebürgermeister\nAm Amtshof 1\n38554 Weyhausen"),
        ("right", "Tappenbeck, den 19. November 2025"),
        ("h", "Antrag", 13),
        ("p", "für die Sitzung des Samtgemeinderates am 11. Dezember 2025"),
        ("kv", [("Gegenstand:", "Einrichtung eines ehrenamtlich betriebenen Bürgerbusses")]),
        ("p", "Der Samtgemeinderat möge beschließen: Die Verwaltung prüft gemeinsam mit dem Landkreis Gifhorn "
              "die Gründung eines Bürgerbusvereins und legt bis zum 31.03.2026 ein Betriebskonzept für die "
              "Verbindungen zwischen Bokensdorf, Jembke, Osloß, Tappenbeck, Tiddische und Weyhausen vor."),
        ("pb", "Begründung"),
        ("p", "Außerhalb der Schulzeiten fährt zwischen den Mitgliedsgemeinden kaum ein Bus. Der Bürgerbus "
              "kann nach der Richtlinie des Landes mit bis zu 60.000 € gefördert werden."),
        ("p", "Für die Gruppe\n\nSabine Wolter          Hendrik Pape"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-19",
               title="Einrichtung eines ehrenamtlich betriebenen Bürgerbusses",
               originator="Gruppe SPD / Bündnis 90/Die Grünen im Samtgemeinderat Boldecker Land",
               consultations=[C("Samtgemeinderat", "2025-12-11", None)],
               themes=["mobilitaet", "soziales"], themes_why="citizen bus",
               notes="Gruppe in the Writer header only; session line in words under 'Antrag'; date in words "
                     "with 'den'. 'Gegenstand:' title."))

doc(file="x09_boldecker_stellungnahme-seniorenbeirat.pdf", producer="reportlab", font="DejaVu Serif",
    size=10.5, layout="boldecker_seniorenbeirat_reportlab", city=BL,
    running="Seniorenbeirat der Samtgemeinde Boldecker Land · Am Amtshof 1 · 38554 Weyhausen",
    blocks=[
        ("h", "Seniorenbeirat der Samtgemeinde Boldecker Land", 12),
        ("right", "Weyhausen, 24.11.2025"),
        ("h", "Stellungnahme", 13),
        ("p", "zum Antrag der Gruppe SPD / Bündnis 90/Die Grünen"),
        ("pb", "Einrichtung eines ehrenamtlich betriebenen Bürgerbusses"),
        ("p", "Der Seniorenbeirat hat sich in seiner Sitzung am 21.11.2025 mit dem Antrag befasst und "
              "unterstützt ihn einstimmig. Für ältere Menschen ohne eigenes Auto sind Arztbesuche in "
              "Weyhausen und Einkäufe in Osloß heute oft nur mit Hilfe von Nachbarn möglich."),
        ("p", "Der Beirat empfiehlt, den Fahrplan auf die Sprechzeiten der Hausarztpraxen abzustimmen und einen "
              "barrierefreien Niederflurbus zu beschaffen. Mitglieder des Beirates sind bereit, als Fahrerinnen "
              "und Fahrer mitzuwirken."),
        ("p", "Gisela Marwede\nVorsitzende"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-24",
               title="Einrichtung eines ehrenamtlich betriebenen Bürgerbusses",
               originator="Seniorenbeirat der Samtgemeinde Boldecker Land",
               themes=["soziales", "mobilitaet"], themes_why="elderly mobility",
               notes="Beirat letter; refers to the Antrag by its filer, not by number (no answers). The "
                     "Beirat's own session is no consultation."))

doc(file="x10_boldecker_einladung-sga.pdf", producer="libreoffice-docx", font="Liberation Sans", size=10.5,
    layout="boldecker_einladung_word", city=BL,
    blocks=[
        ("kv", [("Samtgemeinde Boldecker Land\nDer Samtgemeindebürgermeister", "Weyhausen, 21.11.2025")]),
        ("p", "An die Mitglieder\ndes Samtgemeindeausschusses"),
        ("h", "Einladung", 14),
        ("p", "Zu der Sitzung des Samtgemeindeausschusses am Dienstag, dem 02.12.2025, um 18:00 Uhr im "
              "Sitzungsraum des Amtshofes, Am Amtshof 1, Weyhausen, lade ich Sie ein."),
        ("p", "Die Sitzung ist nicht öffentlich."),
        ("pb", "Tagesordnung"),
        ("table", ["TOP", "Gegenstand", "Vorlage"],
         [["1", "Eröffnung, Feststellung der Beschlussfähigkeit", ""],
          ["2", "Genehmigung des Protokolls vom 28.10.2025", ""],
          ["3", "Ertüchtigung der Kläranlage Weyhausen – Vergabe der Planungsleistungen", "2025/214"],
          ["4", "Ergänzung hierzu", "2025/214-1"],
          ["5", "Grundstücksangelegenheit Gewerbegebiet Tappenbeck-Süd", "2025/219"],
          ["6", "Anfragen und Mitteilungen", ""]]),
        ("p", "Mit freundlichen Grüßen\n\nHolger Pleß\nSamtgemeindebürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-21",
               title="Sitzung des Samtgemeindeausschusses", public=False,
               references=["2025/214", "2025/214-1", "2025/219"],
               themes=["verwaltung", "klima_umwelt"], themes_why="agenda",
               notes="Samtgemeindeausschuss (NI) meets non-public by law: 'Die Sitzung ist nicht öffentlich.' → "
                     "public false. Agenda numbers in a 'Vorlage' column → references. No consultations "
                     "(an Einladung's own session is none, as in holdout11)."))

# --------------------------------------------------- Amt Odervorland (BB; in-house Word templates)
OV = "Amt Odervorland"

doc(file="x11_odervorland_bv-gvbr-031-2025_dorfgemeinschaftshaus.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="odervorland_vorlage_word", city=OV,
    head="Amt Odervorland · Bahnhofstraße 3-4 · 15518 Briesen (Mark)",
    running="Beschlussvorlage BV-GV-Br/031/2025",
    blocks=[
        ("table", None, [["Gemeinde Briesen (Mark)\nBeschlussvorlage", "Nr.: BV-GV-Br/031/2025"],
                         ["Einreicher: Amtsdirektor", "Datum: 04.11.2025"],
                         ["Fachamt: Bauamt", "öffentlich"]]),
        ("kv", [("Beratungsfolge:", "")]),
        ("p", "Ausschuss für Ortsentwicklung der Gemeinde Briesen (Mark) – 17.11.2025 – vorberatend\n"
              "Gemeindevertretung Briesen (Mark) – 01.12.2025 – beschließend"),
        ("kv", [("Betreff:", "Energetische Sanierung des Dorfgemeinschaftshauses Alt Madlitz")]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung Briesen (Mark) beschließt die energetische Sanierung des "
              "Dorfgemeinschaftshauses Alt Madlitz (Dach, Fenster, Luft-Wasser-Wärmepumpe) mit Gesamtkosten "
              "von 392.000 € und beauftragt den Amtsdirektor, Fördermittel aus dem Programm LEADER zu "
              "beantragen."),
        ("pb", "Begründung:"),
        ("p", "Das Gebäude wird von drei Vereinen und der Kita-Außenstelle genutzt. Die Ölheizung stammt aus dem "
              "Jahr 1994. Durch die Sanierung sinken die Heizkosten um geschätzt 70 %."),
        ("p", "Auswirkungen auf das Klima: Die Maßnahme verringert den CO₂-Ausstoß des Gebäudes um rund "
              "18 t im Jahr (positiv)."),
        ("p", "Ralf Wendorff\nAmtsdirektor"),
    ],
    truth=dict(drucksache="BV-GV-Br/031/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-04", title="Energetische Sanierung des Dorfgemeinschaftshauses Alt Madlitz",
               public=True, department="Bauamt",
               consultations=[C("Ausschuss für Ortsentwicklung der Gemeinde Briesen (Mark)", "2025-11-17",
                                "Vorberatung"),
                              C("Gemeindevertretung Briesen (Mark)", "2025-12-01", "Entscheidung")],
               klimacheck="positive", klima_style="sentence_bracket_positiv",
               themes=["klima_umwelt", "kultur_sport"], themes_why="energy retrofit of a village hall",
               notes="Amt prints for a member Gemeinde: header grid with 'Nr.:' inside the cell, 'Einreicher: "
                     "Amtsdirektor' (→ originator null), 'Fachamt:'. 'Beratungsfolge:' key with free lines "
                     "'Gremium – date – vorberatend/beschließend'. Klima as a sentence ending '(positiv)'."))

doc(file="x12_odervorland_mv-aa-007-2025_schulentwicklung.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="odervorland_mitteilung_word", city=OV,
    head="Amt Odervorland · Bahnhofstraße 3-4 · 15518 Briesen (Mark)",
    blocks=[
        ("table", None, [["Amt Odervorland\nMitteilungsvorlage", "Nr.: MV-AA/007/2025"],
                         ["Einreicher: Amtsdirektor", "Datum: 12.11.2025"],
                         ["Fachamt: Amt für Bürgerdienste und Schulen", "öffentlich"]]),
        ("kv", [("Beratungsfolge:", "")]),
        ("p", "Amtsausschuss Odervorland – 25.11.2025 – zur Kenntnis"),
        ("kv", [("Betreff:", "Schülerzahlen und Schulentwicklungsplanung 2026 bis 2031")]),
        ("pb", "Mitteilung:"),
        ("p", "Nach der Prognose des Landkreises Oder-Spree steigen die Schülerzahlen der Grundschule Briesen bis "
              "2028 auf 214 und fallen danach leicht. Die Oberschule in Jacobsdorf bleibt dreizügig. Ein "
              "zusätzlicher Klassenraum wird ab dem Schuljahr 2027/28 benötigt."),
        ("p", "Ralf Wendorff\nAmtsdirektor"),
    ],
    truth=dict(drucksache="MV-AA/007/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2025-11-12", title="Schülerzahlen und Schulentwicklungsplanung 2026 bis 2031", public=True,
               department="Amt für Bürgerdienste und Schulen",
               consultations=[C("Amtsausschuss Odervorland", "2025-11-25", "Kenntnisnahme")],
               themes=["bildung"], themes_why="school planning",
               notes="Same grid as x11; 'zur Kenntnis' role word. 'Schuljahr 2027/28' is no number."))

doc(file="x13_odervorland_niederschrift-aa.pdf", producer="libreoffice-odt", font="Liberation Serif", size=11,
    layout="odervorland_niederschrift_odt", city=OV, pages=2,
    head="Amt Odervorland – Niederschrift Amtsausschuss",
    blocks=[
        ("h", "Niederschrift", 14),
        ("p", "über die 9. öffentliche Sitzung des Amtsausschusses Odervorland"),
        ("kv", [("Datum:", "25.11.2025"), ("Zeit:", "18:30 Uhr bis 20:05 Uhr"),
                ("Ort:", "Amtsgebäude Briesen (Mark), Sitzungssaal")]),
        ("pb", "Anwesend:"),
        ("p", "Amtsausschussvorsitzender Frank Gerstenberg; Mitglieder aus Berkenbrück, Briesen (Mark), "
              "Jacobsdorf und Steinhöfel (11 von 12); Amtsdirektor Ralf Wendorff; Protokoll: Frau Klaue"),
        ("pb", "Tagesordnung – öffentlicher Teil"),
        ("p", "1. Eröffnung und Feststellung der Beschlussfähigkeit\n"
              "2. Billigung der Niederschrift vom 23.09.2025\n"
              "3. Schülerzahlen und Schulentwicklungsplanung 2026 bis 2031 (MV-AA/007/2025)\n"
              "4. Haushaltssatzung des Amtes für das Jahr 2026 (BV-AA/022/2025)\n"
              "5. Informationen des Amtsdirektors"),
        ("pb", "zu 1."),
        ("p", "Der Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Ladung und die "
              "Beschlussfähigkeit fest."),
        ("pb", "zu 2."),
        ("p", "Die Niederschrift wird ohne Änderungen gebilligt (10 Ja, 0 Nein, 1 Enthaltung)."),
        ("pb", "zu 3."),
        ("p", "Der Amtsdirektor erläutert die Prognose. Herr Lindner (Steinhöfel) fragt nach der Busanbindung "
              "der Oberschule; das Amt nimmt die Frage mit. Die Mitteilung wird zur Kenntnis genommen."),
        ("pagebreak",),
        ("pb", "zu 4."),
        ("p", "Die Amtsumlage steigt auf 41,5 %. Nach kurzer Aussprache beschließt der Amtsausschuss die "
              "Haushaltssatzung 2026 (Beschluss-Nr. AA-41/2025; 9 Ja, 2 Nein, 0 Enthaltungen)."),
        ("pb", "zu 5."),
        ("p", "Die Gemeindevertretung Berkenbrück tagt am 04.12.2025 zur Straßenbeleuchtung. Das Amt ist "
              "vom 22.12.2025 bis 02.01.2026 nur eingeschränkt erreichbar."),
        ("p", "Frank Gerstenberg                         Heike Klaue\nVorsitzender                              "
              "Protokollführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-25",
               title="9. öffentliche Sitzung des Amtsausschusses Odervorland", public=True,
               references=["MV-AA/007/2025", "BV-AA/022/2025"],
               themes=["verwaltung", "finanzen"], themes_why="budget of the Amt, schools",
               notes="Dated by the session ('Datum:'), no closing date. 'Beschluss-Nr. AA-41/2025' is a "
                     "resolution number, not a reference (unsure; left out). Gemeindevertretung Berkenbrück "
                     "on 04.12.2025 is a lure."))

doc(file="x14_odervorland_schreiben-landkreis-winterdienst.pdf", producer="ghostscript", base="chromium",
    font="DejaVu Sans", size=10, layout="odervorland_schreiben_letter", city=OV,
    blocks=[
        ("kv", [("Amt Odervorland · Bahnhofstraße 3-4 · 15518 Briesen (Mark)", "Amt Odervorland\n"
                 "Ordnungsamt\nSachbearbeiter: Herr Paulick\nTelefon: 033607 897-31\n"
                 "Aktenzeichen: 32.1-wd/2025")]),
        ("p", "Landkreis Oder-Spree\nDer Landrat\nStraßenverkehrsamt\nBreitscheidstraße 7\n15848 Beeskow"),
        ("right", "Briesen (Mark), 28.11.2025"),
        ("pb", "Winterdienst auf der Kreisstraße K 6733 zwischen Alt Madlitz und Falkenberg"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "im vergangenen Winter wurde die K 6733 an mehreren Tagen erst nach 9:00 Uhr geräumt; der "
              "Schulbus nach Briesen konnte zweimal nicht fahren. Die Gemeindevertretung Briesen (Mark) bittet "
              "darum, den Abschnitt in die erste Räumpriorität aufzunehmen."),
        ("p", "Wir bitten um Mitteilung bis zum 15.12.2025, ob dies möglich ist."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nRené Paulick"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2025-11-28",
               title="Winterdienst auf der Kreisstraße K 6733 zwischen Alt Madlitz und Falkenberg",
               department="Ordnungsamt",
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="winter road service",
               notes="Letter with no type word; bold subject without 'Betreff'. 'Aktenzeichen: 32.1-wd/2025' "
                     "is the letter's file reference, not a Drucksache. 'K 6733' no reference. Chromium PDF "
                     "re-distilled by Ghostscript."))

# --------------------------------- Ortsgemeinde Hauenstein (RP; Verbandsgemeinde, Somacos-like print)
HS = "Ortsgemeinde Hauenstein"

doc(file="x15_hauenstein_og-hs-2025-058_schuhmeile.pdf", producer="chromium", font="Liberation Serif",
    size=11, layout="hauenstein_somacos_vorlage", city=HS,
    css="table.grid td { border: none; border-bottom: 0.4pt solid #888; } table.grid th { border: none; "
        "border-bottom: 1pt solid #000; }",
    blocks=[
        ("kv", [("Verbandsgemeindeverwaltung Hauenstein\nfür die Ortsgemeinde Hauenstein", "Vorlage\n"
                 "OG-HS/2025/058")]),
        ("kv", [("Fachbereich:", "FB 2 – Finanzen und Liegenschaften"), ("Aktenzeichen:", "2/20-5"),
                ("Vorlagedatum:", "29.10.2025")]),
        ("h", "Sitzungsvorlage", 13),
        ("pb", "Betreff: Neugestaltung der Fußgängerzone „Schuhmeile“ – Grundsatzbeschluss und Förderantrag"),
        ("table", ["Beratungsfolge", "Termin", "Status"],
         [["Haupt- und Finanzausschuss der Ortsgemeinde Hauenstein", "12.11.2025", "nichtöffentlich"],
          ["Ortsgemeinderat Hauenstein", "27.11.2025", "öffentlich"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Ortsgemeinderat beschließt die Neugestaltung der Fußgängerzone nach dem Entwurf vom "
              "15.10.2025 und beauftragt die Verbandsgemeindeverwaltung, den Förderantrag im Programm "
              "„Lebendige Zentren“ zu stellen."),
        ("pb", "Begründung:"),
        ("p", "Der Pflasterbelag der Schuhmeile ist stark beschädigt; die Leerstände im Bereich der Turnstraße "
              "nehmen zu. Die Gesamtkosten betragen 2,4 Mio. €, die Förderquote 70 %. Der Eigenanteil wird "
              "über die Jahre 2026 bis 2028 verteilt."),
        ("p", "Bernd Kieffer\nOrtsbürgermeister"),
    ],
    truth=dict(drucksache="OG-HS/2025/058", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-10-29",
               title="Neugestaltung der Fußgängerzone „Schuhmeile“ – Grundsatzbeschluss und Förderantrag",
               department="FB 2 – Finanzen und Liegenschaften",
               consultations=[C("Haupt- und Finanzausschuss der Ortsgemeinde Hauenstein", "2025-11-12", None),
                              C("Ortsgemeinderat Hauenstein", "2025-11-27", None)],
               themes=["stadtentwicklung", "wirtschaft", "finanzen"], themes_why="pedestrian zone, retail",
               notes="VG administration prints for the Ortsgemeinde. 'Vorlage' over the number top right, "
                     "'Sitzungsvorlage' heading. Beratungsfolge with status per row but no role (roles null) "
                     "and no paper status (public null). 'Aktenzeichen: 2/20-5' no reference."))

doc(file="x16_hauenstein_antrag-fwg_parkgebuehren.pdf", producer="libreoffice-html", font="Liberation Sans",
    size=11, layout="hauenstein_fraktion_antrag_html", city=HS,
    blocks=[
        ("h", "FWG-Fraktion im Ortsgemeinderat Hauenstein", 12),
        ("p", "Fraktionsvorsitzender Thomas Seibel · Kirchstraße 9 · 76846 Hauenstein"),
        ("p", "An den Ortsbürgermeister\nder Ortsgemeinde Hauenstein\nHerrn Bernd Kieffer"),
        ("right", "Hauenstein, 05.11.2025"),
        ("pb", "Antrag gemäß § 34 Abs. 5 GemO auf Aufnahme in die Tagesordnung der Sitzung des "
               "Ortsgemeinderates am 27.11.2025"),
        ("pb", "Kostenfreies Parken in der Adventszeit"),
        ("p", "Sehr geehrter Herr Ortsbürgermeister,\ndie FWG-Fraktion beantragt, an den vier Adventssamstagen "
              "2025 die Parkgebühren auf den gemeindlichen Parkplätzen Am Dorfplatz und Schwimmbadstraße zu "
              "erlassen."),
        ("p", "Begründung: Die Einzelhändler der Schuhmeile haben um Unterstützung im Weihnachtsgeschäft "
              "gebeten. Der Einnahmeausfall beträgt nach den Zahlen von 2024 etwa 3.100 €."),
        ("p", "Mit freundlichen Grüßen\nThomas Seibel"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-05",
               title="Kostenfreies Parken in der Adventszeit",
               originator="FWG-Fraktion im Ortsgemeinderat Hauenstein",
               consultations=[C("Ortsgemeinderat", "2025-11-27", None)],
               themes=["wirtschaft", "mobilitaet"], themes_why="parking fees, retail",
               notes="Fraktion letterhead; a long bold request line names the session (genitive "
                     "'des Ortsgemeinderates' → 'Ortsgemeinderat'), then the bold subject. '§ 34 Abs. 5 GemO' "
                     "no reference."))

doc(file="x17_hauenstein_einladung-ogr.pdf", producer="reportlab", font="DejaVu Sans", size=10,
    layout="hauenstein_einladung_reportlab", city=HS,
    running="Ortsgemeinde Hauenstein · Schulstraße 4 · 76846 Hauenstein",
    blocks=[
        ("kv", [("Ortsgemeinde Hauenstein\nDer Ortsbürgermeister", "Hauenstein, 17.11.2025")], 0.6),
        ("h", "Öffentliche Bekanntmachung und Einladung", 12),
        ("p", "Am Donnerstag, 27.11.2025, 19:00 Uhr, findet im Sitzungssaal des Rathauses eine öffentliche "
              "Sitzung des Ortsgemeinderates Hauenstein statt."),
        ("pb", "Tagesordnung:"),
        ("pb", "Öffentlicher Teil"),
        ("p", "1. Einwohnerfragestunde\n"
              "2. Neugestaltung der Fußgängerzone „Schuhmeile“ – Grundsatzbeschluss und Förderantrag "
              "(Vorlage OG-HS/2025/058)\n"
              "3. Antrag der FWG-Fraktion: Kostenfreies Parken in der Adventszeit\n"
              "4. Forstwirtschaftsplan 2026 (Vorlage OG-HS/2025/061)\n"
              "5. Mitteilungen und Anfragen"),
        ("pb", "Nichtöffentlicher Teil"),
        ("p", "6. Grundstücksangelegenheiten\n7. Personalangelegenheiten"),
        ("p", "gez. Bernd Kieffer\nOrtsbürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-17",
               title="öffentliche Sitzung des Ortsgemeinderates Hauenstein", public=True,
               references=["OG-HS/2025/058", "OG-HS/2025/061"],
               themes=["stadtentwicklung", "verwaltung"], themes_why="council agenda",
               notes="'Öffentliche Bekanntmachung und Einladung'; the session in a sentence. Agenda with a "
                     "public and a non-public part; the session is labelled public (its main part)."))

doc(file="x18_hauenstein_niederschrift-ogr.pdf", producer="libreoffice-docx", font="Liberation Serif",
    size=11, layout="hauenstein_niederschrift_word", city=HS,
    head="Ortsgemeinde Hauenstein",
    blocks=[
        ("h", "Niederschrift über die Sitzung des Ortsgemeinderates Hauenstein", 12),
        ("kv", [("Sitzungstag:", "27.11.2025"), ("Sitzungsort:", "Rathaus, Sitzungssaal"),
                ("Beginn / Ende:", "19:00 Uhr / 21:20 Uhr")]),
        ("p", "Vorsitz: Ortsbürgermeister Bernd Kieffer. Anwesend: 17 von 20 Ratsmitgliedern. Von der "
              "Verbandsgemeindeverwaltung: Frau Burkhart (Schriftführung)."),
        ("pb", "Öffentliche Sitzung"),
        ("pb", "TOP 1 – Einwohnerfragestunde"),
        ("p", "Eine Anwohnerin der Turnstraße fragt nach der Bauzeit; der Vorsitzende verweist auf TOP 2."),
        ("pb", "TOP 2 – Neugestaltung der Fußgängerzone „Schuhmeile“ (OG-HS/2025/058)"),
        ("p", "Beschluss: Der Ortsgemeinderat beschließt gemäß Beschlussvorschlag. Abstimmung: 15 Ja, 2 Nein."),
        ("pb", "TOP 3 – Antrag der FWG-Fraktion: Kostenfreies Parken in der Adventszeit"),
        ("p", "Beschluss: Dem Antrag wird zugestimmt. Abstimmung: einstimmig."),
        ("pb", "TOP 4 – Forstwirtschaftsplan 2026 (OG-HS/2025/061)"),
        ("p", "Revierleiter Herr Ohler stellt den Plan vor: Einschlag 3.900 Festmeter, Überschuss 41.000 €. "
              "Beschluss: einstimmig."),
        ("pb", "TOP 5 – Mitteilungen und Anfragen"),
        ("p", "Der Vorsitzende teilt mit, dass der Weihnachtsmarkt am 13./14.12.2025 stattfindet."),
        ("p", "Bernd Kieffer, Vorsitzender          Anja Burkhart, Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-27",
               title="Sitzung des Ortsgemeinderates Hauenstein", public=True,
               references=["OG-HS/2025/058", "OG-HS/2025/061"],
               themes=["stadtentwicklung", "klima_umwelt"], themes_why="pedestrian zone, forest plan",
               notes="Title inside the heading 'Niederschrift über die …'. Dated by 'Sitzungstag:'. 'Öffentliche "
                     "Sitzung' as a section heading → public true (the non-public part is not in this print)."))

# ------------------------------ Zweckverband Abfallwirtschaft Südwestsachsen (SN; in-house templates)
ZA = "Zweckverband Abfallwirtschaft Südwestsachsen"
ZA_HEAD = ("<div style='display:flex;justify-content:space-between;border-bottom:1.2pt solid #2a6;"
           "padding-bottom:4pt;margin-bottom:10pt'><div><b style='font-size:13pt'>Zweckverband "
           "Abfallwirtschaft Südwestsachsen</b><br><span style='font-size:8.5pt'>Körperschaft des "
           "öffentlichen Rechts · Verbandsverwaltung</span></div>"
           "<div style='font-size:8.5pt;text-align:right'>Geschäftsstelle Annaberg-Buchholz<br>"
           "Tel. 03733 5613-0</div></div>")

doc(file="x19_zas_vv-21-2025_gebuehrenkalkulation.pdf", producer="chromium-raw", font="Liberation Sans",
    size=10, layout="zas_vorlage_html", city=ZA,
    css="td { vertical-align: top; padding: 2pt 6pt; } table.f td { border: 0.5pt solid #666; }",
    html=ZA_HEAD + """
<table class='f' style='border-collapse:collapse;width:100%'>
<tr><td style='width:30%'>Beschlussvorlage Nr.</td><td><b>VV-21/2025</b></td></tr>
<tr><td>Gremium</td><td>Verbandsversammlung</td></tr>
<tr><td>Sitzung am</td><td>10.12.2025</td></tr>
<tr><td>Sitzungsteil</td><td>nicht öffentlich</td></tr>
<tr><td>Vorlage erstellt</td><td>13.11.2025, Bereich Finanzen</td></tr>
</table>
<p style='margin-top:12pt'><b>Beschlussgegenstand</b></p>
<p style='font-size:12pt'><b>Angebotswertung und Zuschlag für den Transport von Restabfall zur
Behandlungsanlage ab 2026</b></p>
<p><b>Beschlussantrag</b></p>
<p>Die Verbandsversammlung erteilt den Zuschlag für das Los 2 (Transport von Restabfall aus dem
Erzgebirgskreis) an den Bieter mit dem wirtschaftlichsten Angebot nach der Wertung in Anlage 1.</p>
<p><b>Begründung</b></p>
<p>Der bisherige Vertrag endet am 31.03.2026. Auf die europaweite Ausschreibung gingen vier Angebote ein.
Die Wertung nach Preis (70 %) und CO₂-Emissionen der Fahrzeugflotte (30 %) ist in Anlage 1 dargestellt.
Die Kosten sind in der Gebührenkalkulation 2026/2027 berücksichtigt.</p>
<p><b>Klimaschutz</b><br>Auswirkungen: negativ (zusätzliche Transportwege von 11.000 km/Jahr gegenüber dem
bisherigen Vertrag)</p>
<p style='margin-top:18pt'>Verbandsvorsitzender</p>""",
    truth=dict(drucksache="VV-21/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-13",
               title="Angebotswertung und Zuschlag für den Transport von Restabfall zur Behandlungsanlage ab 2026",
               public=False, department="Bereich Finanzen",
               consultations=[C("Verbandsversammlung", "2025-12-10", None)],
               klimacheck="negative", klima_style="heading_auswirkungen_word",
               themes=["klima_umwelt", "finanzen"], themes_why="waste transport tender",
               notes="Key grid without colons: 'Beschlussvorlage Nr.', 'Gremium', 'Sitzung am', 'Sitzungsteil "
                     "nicht öffentlich' (→ public false), 'Vorlage erstellt  date, unit' (date and department "
                     "in one cell). One body, no role word. 'Beschlussgegenstand' title. Klima in words."))

doc(file="x20_zas_iv-09-2025_wertstoffhoefe.pdf", producer="chromium-raw", font="Liberation Sans", size=10,
    layout="zas_info_html", city=ZA,
    css="td { vertical-align: top; padding: 2pt 6pt; } table.f td { border: 0.5pt solid #666; }",
    html=ZA_HEAD + """
<table class='f' style='border-collapse:collapse;width:100%'>
<tr><td style='width:30%'>Informationsvorlage Nr.</td><td><b>IV-09/2025</b></td></tr>
<tr><td>Gremium</td><td>Verbandsversammlung</td></tr>
<tr><td>Sitzung am</td><td>10.12.2025</td></tr>
<tr><td>Sitzungsteil</td><td>öffentlich</td></tr>
<tr><td>Vorlage erstellt</td><td>18.11.2025, Bereich Entsorgungslogistik</td></tr>
</table>
<p style='margin-top:12pt'><b>Informationsgegenstand</b></p>
<p style='font-size:12pt'><b>Öffnungszeiten der Wertstoffhöfe im Winterhalbjahr 2025/26</b></p>
<p><b>Information</b></p>
<p>Die Wertstoffhöfe in Marienberg, Olbernhau und Zwönitz öffnen vom 1. Dezember bis 28. Februar
samstags nur bis 12:00 Uhr. Die Annahme von Grünschnitt ruht in dieser Zeit. Die Bürgerinnen und Bürger
werden über den Abfallkalender 2026 und die Abfall-App informiert.</p>
<p style='margin-top:18pt'>Geschäftsführer</p>""",
    truth=dict(drucksache="IV-09/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-11-18", title="Öffnungszeiten der Wertstoffhöfe im Winterhalbjahr 2025/26",
               public=True, department="Bereich Entsorgungslogistik",
               consultations=[C("Verbandsversammlung", "2025-12-10", None)],
               themes=["klima_umwelt", "verwaltung"], themes_why="recycling centres",
               notes="Same grid as x19, 'Informationsgegenstand'. '2025/26' in the title is part of it."))

doc(file="x21_zas_einladung-vv.pdf", producer="libreoffice-html", font="Liberation Sans", size=10.5,
    layout="zas_einladung_html", city=ZA,
    blocks=[
        ("kv", [("Zweckverband Abfallwirtschaft Südwestsachsen\nDer Verbandsvorsitzende",
                 "Annaberg-Buchholz, 25.11.2025")]),
        ("p", "An die Mitglieder der Verbandsversammlung\nnachrichtlich: Rechtsaufsichtsbehörde"),
        ("h", "Einladung zur 4. Sitzung der Verbandsversammlung", 13),
        ("p", "Termin: Mittwoch, 10.12.2025, 10:00 Uhr\nOrt: Landratsamt Erzgebirgskreis, Paulus-Jenisius-Straße "
              "24, Annaberg-Buchholz, Saal 1"),
        ("pb", "Tagesordnung"),
        ("pb", "I. öffentlicher Teil"),
        ("ol", ["Eröffnung und Feststellung der ordnungsgemäßen Ladung",
                "Haushaltssatzung 2026 – Vorlage VV-19/2025",
                "Gebührensatzung 2026/2027 – Vorlage VV-20/2025",
                "Öffnungszeiten der Wertstoffhöfe im Winterhalbjahr 2025/26 – Information IV-09/2025"]),
        ("pb", "II. nicht öffentlicher Teil"),
        ("ol", ["Angebotswertung und Zuschlag Transport Restabfall – Vorlage VV-21/2025"]),
        ("p", "Mit freundlichen Grüßen\n\nSteffen Albig\nVerbandsvorsitzender"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-25",
               title="4. Sitzung der Verbandsversammlung",
               references=["VV-19/2025", "VV-20/2025", "IV-09/2025", "VV-21/2025"],
               themes=["verwaltung", "finanzen"], themes_why="budget, fees",
               notes="Public and non-public parts, no overall status → public null (unsure)."))

doc(file="x22_zas_schreiben-mitglieder-umlage.pdf", producer="reportlab", font="Liberation Serif", size=11,
    layout="zas_schreiben_reportlab", city=ZA,
    running="Zweckverband Abfallwirtschaft Südwestsachsen · Bankverbindung: Erzgebirgssparkasse · Seite {page}",
    blocks=[
        ("kv", [("Zweckverband Abfallwirtschaft Südwestsachsen", "Ihr Ansprechpartner: Frau Dietel\n"
                 "Bereich Finanzen\nUnser Zeichen: FI-902.41")], 0.55),
        ("p", "An die Verbandsmitglieder\nErzgebirgskreis und Landkreis Zwickau\n– per E-Mail –"),
        ("right", "02.12.2025"),
        ("pb", "Betreff: Abschlagszahlungen auf die Verbandsumlage 2026"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "vorbehaltlich der Beschlussfassung der Verbandsversammlung über die Haushaltssatzung 2026 "
              "(Vorlage VV-19/2025) bitten wir, die Abschläge auf die Verbandsumlage wie bisher zum 15. Februar, "
              "15. Mai, 15. August und 15. November zu leisten. Die Höhe der Abschläge ergibt sich aus der "
              "beigefügten Übersicht."),
        ("p", "Mit freundlichen Grüßen\n\ni. A. Carola Dietel"),
    ],
    truth=dict(doc_type="Schreiben", date="2025-12-02",
               title="Abschlagszahlungen auf die Verbandsumlage 2026", department="Bereich Finanzen",
               references=["VV-19/2025"],
               themes=["finanzen"], themes_why="member levy",
               notes="Letter; 'Unser Zeichen: FI-902.41' is no number. Cites 'Vorlage VV-19/2025' → reference. "
                     "No type word printed (doc_type_printed null)."))

# ---------------------------------------------------- Regionalverband Ruhr (NW; more!rubin-like print)
RVR = "Regionalverband Ruhr"
RVR_CSS = ("table.grid td, table.grid th { border: none; padding: 2pt 8pt 2pt 0; } "
           "table.grid th { border-bottom: 0.8pt solid #000; font-weight: bold; }")

doc(file="x23_rvr_14-0712_radschnellweg.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="rvr_rubin_vorlage", city=RVR, css=RVR_CSS,
    running="Drucksache Nr. 14/0712 · Seite",
    blocks=[
        ("kv", [("Regionalverband Ruhr\nDie Regionaldirektorin", "Drucksache Nr. 14/0712\nEssen, 07.11.2025")]),
        ("kv", [("Referat:", "Referat 15 – Mobilität und Infrastruktur"), ("Auskunft:", "Herr Kowalczyk")]),
        ("h", "Beschlussvorlage", 14),
        ("p", "öffentlich"),
        ("table", ["Beratungsfolge", "", ""],
         [["Planungsausschuss", "19.11.2025", "Vorberatung"],
          ["Verbandsausschuss", "28.11.2025", "Vorberatung"],
          ["Verbandsversammlung", "12.12.2025", "Beschluss"]]),
        ("pb", "Radschnellweg Ruhr RS1 – Lückenschluss Mülheim an der Ruhr bis Essen-Frohnhausen; "
               "Finanzierungsvereinbarung"),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung stimmt dem Abschluss der Finanzierungsvereinbarung mit dem Land "
              "Nordrhein-Westfalen und den Städten Mülheim an der Ruhr und Essen zu."),
        ("pb", "Sachverhalt"),
        ("p", "Der Abschnitt ist 6,3 km lang. Bund und Land tragen 85 % der förderfähigen Kosten. Der Anteil des "
              "Verbandes beträgt 2,1 Mio. € und ist im Wirtschaftsplan unter Produkt 15.02 eingeplant."),
        ("box", ["Klimarelevanz", "☒ positiv   ☐ negativ   ☐ neutral",
                 "Erläuterung: Verlagerung von Pendelverkehren auf das Rad."]),
        ("p", "Dr. Karin Wenzel"),
    ],
    truth=dict(drucksache="14/0712", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-07",
               title="Radschnellweg Ruhr RS1 – Lückenschluss Mülheim an der Ruhr bis Essen-Frohnhausen; "
                     "Finanzierungsvereinbarung",
               public=True, department="Referat 15 – Mobilität und Infrastruktur",
               consultations=[C("Planungsausschuss", "2025-11-19", "Vorberatung"),
                              C("Verbandsausschuss", "2025-11-28", "Vorberatung"),
                              C("Verbandsversammlung", "2025-12-12", "Entscheidung")],
               klimacheck="positive", klima_style="box_positiv_negativ_neutral",
               themes=["mobilitaet", "klima_umwelt"], themes_why="cycle highway",
               notes="'Drucksache Nr. 14/0712' (printed form of the number after the label '14/0712') with the "
                     "place-date under it. Beratungsfolge table with only the first header cell, role "
                     "'Beschluss' → Entscheidung. Title bold, unlabelled, under the table. 'Produkt 15.02' no "
                     "reference."))

doc(file="x24_rvr_antrag-gruene_14-0731_baumschutz.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11, layout="rvr_fraktion_antrag_word", city=RVR,
    head="Fraktion BÜNDNIS 90/DIE GRÜNEN in der Verbandsversammlung des RVR",
    blocks=[
        ("kv", [("Frau Vorsitzende der Verbandsversammlung\nRegionalverband Ruhr\nKronprinzenstraße 35\n"
                 "45128 Essen", "Drucksache Nr. 14/0731\n\nEssen, 20.11.2025")]),
        ("h", "Antrag", 13),
        ("p", "für die Sitzung der Verbandsversammlung am 12.12.2025"),
        ("pb", "Klimaresiliente Baumarten in den Wäldern des Regionalverbandes"),
        ("p", "Die Verbandsversammlung möge beschließen:"),
        ("ul", ["Die RVR Ruhr Grün setzt bei Aufforstungen ab 2026 mindestens 60 % trockenheitsverträgliche "
                "heimische Baumarten ein.",
                "Die Verwaltung berichtet jährlich im Umweltausschuss über den Zustand der Verbandswälder."]),
        ("pb", "Begründung"),
        ("p", "Nach den Dürrejahren sind in den Verbandswäldern über 900 ha Fichte abgestorben. Der "
              "Waldzustandsbericht des Landes empfiehlt Mischbestände."),
        ("p", "Für die Fraktion\nMelanie Brockhoff, Jan-Philipp Ruhnau"),
    ],
    truth=dict(drucksache="14/0731", doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-20",
               title="Klimaresiliente Baumarten in den Wäldern des Regionalverbandes",
               originator="Fraktion BÜNDNIS 90/DIE GRÜNEN in der Verbandsversammlung des RVR",
               consultations=[C("Verbandsversammlung", "2025-12-12", None)],
               themes=["klima_umwelt"], themes_why="forests, climate adaptation",
               notes="Fraktion in the Word header; Drucksache number beside the address block; session line "
                     "'für die Sitzung der … am …' (role null). Umweltausschuss in the body is no consultation."))

doc(file="x25_rvr_anfrage-spd_14-0735_emscher.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11, layout="rvr_fraktion_anfrage_word", city=RVR,
    head="SPD-Fraktion in der Verbandsversammlung des Regionalverbandes Ruhr",
    blocks=[
        ("kv", [("Frau Regionaldirektorin\nRegionalverband Ruhr\nKronprinzenstraße 35\n45128 Essen",
                 "Drucksache Nr. 14/0735\n\nEssen, 24.11.2025")]),
        ("h", "Anfrage", 13),
        ("p", "zur Sitzung des Umweltausschusses am 03.12.2025"),
        ("pb", "Besucherlenkung am Emscher-Radweg nach der Renaturierung"),
        ("p", "Wir bitten um Beantwortung folgender Fragen:"),
        ("ol", ["Wie haben sich die Besucherzahlen am Emscher-Radweg seit 2022 entwickelt?",
                "Welche Konflikte zwischen Radverkehr und Naturschutz sind bekannt?",
                "Plant der RVR zusätzliche Rastplätze oder Informationstafeln?"]),
        ("p", "Mit freundlichen Grüßen\nStefan Otterbein\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache="14/0735", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-24",
               title="Besucherlenkung am Emscher-Radweg nach der Renaturierung",
               originator="SPD-Fraktion in der Verbandsversammlung des Regionalverbandes Ruhr",
               consultations=[C("Umweltausschuss", "2025-12-03", None)],
               themes=["klima_umwelt", "kultur_sport"], themes_why="leisure path, nature",
               notes="As x24 but for a committee; genitive 'des Umweltausschusses' → 'Umweltausschuss'."))

doc(file="x26_rvr_antwort_14-0735-1_emscher.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="rvr_rubin_antwort", city=RVR, css=RVR_CSS,
    blocks=[
        ("kv", [("Regionalverband Ruhr\nDie Regionaldirektorin", "Drucksache Nr. 14/0735-1\nEssen, 01.12.2025")]),
        ("kv", [("Referat:", "Referat 16 – Umwelt und Grüne Infrastruktur")]),
        ("h", "Beantwortung einer Anfrage", 14),
        ("p", "öffentlich"),
        ("table", ["Beratungsfolge", "", ""], [["Umweltausschuss", "03.12.2025", "Kenntnisnahme"]]),
        ("pb", "Besucherlenkung am Emscher-Radweg nach der Renaturierung\n"
               "Anfrage der SPD-Fraktion vom 24.11.2025 (Drucksache Nr. 14/0735)"),
        ("p", "Zu Frage 1: Die automatischen Zählstellen in Castrop-Rauxel und Dortmund-Mengede zeigen eine "
              "Zunahme von 38 % gegenüber 2022."),
        ("p", "Zu Frage 2: Konflikte treten vor allem an Brutplätzen des Eisvogels auf; dort wurden im Frühjahr "
              "2025 Hinweistafeln aufgestellt."),
        ("p", "Zu Frage 3: Vier zusätzliche Rastplätze sind im Wirtschaftsplan 2026 vorgesehen."),
        ("p", "Dr. Karin Wenzel"),
    ],
    truth=dict(drucksache="14/0735-1", doc_type="Antwort", doc_type_printed="Beantwortung einer Anfrage",
               date="2025-12-01", title="Besucherlenkung am Emscher-Radweg nach der Renaturierung",
               public=True, department="Referat 16 – Umwelt und Grüne Infrastruktur", answers="14/0735",
               consultations=[C("Umweltausschuss", "2025-12-03", "Kenntnisnahme")],
               themes=["klima_umwelt", "kultur_sport"], themes_why="leisure path, nature",
               notes="Antwort as its own Drucksache with suffix; the Anfrage cited in the second title line "
                     "(→ answers, and title = first line only: unsure whether the citation line belongs to "
                     "the title; labelled without it)."))

doc(file="x27_rvr_14-0740_mitteilung-flaechennutzung.pdf", producer="ghostscript", base="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="rvr_mitteilung_word", city=RVR,
    head="Regionalverband Ruhr",
    blocks=[
        ("table", None, [["Mitteilungsvorlage", "Drucksache Nr. 14/0740"],
                         ["Referat 11 – Staatliche Regionalplanung", "Datum: 26.11.2025"]]),
        ("kv", [("Betreff:", "Monitoring der Siedlungsflächenreserven 2025")]),
        ("kv", [("Beratungsfolge:", "Planungsausschuss am 10.12.2025 zur Kenntnis")]),
        ("pb", "Mitteilung"),
        ("p", "Das Siedlungsflächenmonitoring weist zum Stichtag 01.01.2025 Reserven von 4.620 ha für Wohnen "
              "und 3.180 ha für Gewerbe aus. Gegenüber 2022 sind die Gewerbereserven um 9 % gesunken. Die "
              "Ergebnisse je Kommune werden im Geoportal veröffentlicht."),
    ],
    truth=dict(drucksache="14/0740", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2025-11-26", title="Monitoring der Siedlungsflächenreserven 2025",
               department="Referat 11 – Staatliche Regionalplanung",
               consultations=[C("Planungsausschuss", "2025-12-10", "Kenntnisnahme")],
               themes=["stadtentwicklung", "wirtschaft"], themes_why="land reserves monitoring",
               notes="Word grid; unit without a label in a cell; Beratungsfolge on one line with role words; "
                     "no public marker. LibreOffice PDF re-distilled by Ghostscript."))

# ---------------------------------------------------- Stadt Schwarzatal (TH; Word, Landgemeinde-Stadt)
SW = "Stadt Schwarzatal"

doc(file="x28_schwarzatal_bv-112-2025_wasserleitung.pdf", producer="libreoffice-odt", font="DejaVu Sans",
    size=10, layout="schwarzatal_vorlage_odt", city=SW,
    running="Stadt Schwarzatal · Markt 1 · 07427 Schwarzatal",
    blocks=[
        ("right", "Stadt Schwarzatal\nHauptamt – Bauverwaltung"),
        ("kv", [("Vorlage Nr.:", "112/2025"), ("Art der Vorlage:", "Beschlussvorlage"),
                ("Datum:", "31.10.2025")]),
        ("kv", [("Gremium:", "Stadtrat Schwarzatal"), ("Sitzungstermin:", "20.11.2025"),
                ("öffentlich / nichtöffentlich:", "öffentlich")]),
        ("h", "Erneuerung der Trinkwasserleitung im Ortsteil Mellenbach, Obstfelder Straße", 12),
        ("pb", "Beschluss:"),
        ("p", "Der Stadtrat stimmt der gemeinsamen Baumaßnahme mit dem Zweckverband Wasser/Abwasser "
              "zu und beauftragt den Bürgermeister mit der Beauftragung des Straßenbaus."),
        ("pb", "Begründung:"),
        ("p", "Der Zweckverband erneuert 2026 die Trinkwasserleitung. Die Stadt nutzt die Baumaßnahme, um die "
              "Fahrbahn auf 420 m Länge zu erneuern. Anteil der Stadt: 265.000 €."),
        ("p", "Klimacheck: nicht erforderlich"),
        ("p", "Ortsteilrat Mellenbach: wurde am 06.11.2025 angehört und empfiehlt die Zustimmung."),
        ("p", "Lars Eckhold\nBürgermeister"),
    ],
    truth=dict(drucksache="112/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-31",
               title="Erneuerung der Trinkwasserleitung im Ortsteil Mellenbach, Obstfelder Straße",
               public=True, department="Hauptamt – Bauverwaltung",
               consultations=[C("Ortsteilrat Mellenbach", "2025-11-06", "Anhörung"),
                              C("Stadtrat Schwarzatal", "2025-11-20", None)],
               klimacheck="neutral", klima_style="sentence_nicht_erforderlich",
               themes=["stadtentwicklung", "mobilitaet"], themes_why="water main and road",
               notes="Unit right-aligned as the letterhead; 'Art der Vorlage:' key. Gremium/Sitzungstermin keys "
                     "(no role); the Ortsteilrat's hearing is a line in the body (angehört → Anhörung; unsure "
                     "whether to count it). 'Klimacheck: nicht erforderlich' → neutral (unsure: could be "
                     "read as no check)."))

doc(file="x29_schwarzatal_antrag-einzel_ruhebaenke.pdf", producer="reportlab", font="DejaVu Sans", size=10.5,
    layout="schwarzatal_einzel_antrag_reportlab", city=SW,
    blocks=[
        ("p", "Uwe Schaarschmidt\nMitglied des Stadtrates Schwarzatal (parteilos)\nDorfstraße 21, 07427 "
              "Schwarzatal OT Meuselbach"),
        ("right", "Meuselbach, den 03.11.2025"),
        ("p", "Stadt Schwarzatal\nHerrn Bürgermeister"),
        ("h", "Antrag an den Stadtrat", 12),
        ("kv", [("Betr.:", "Ruhebänke am Wanderweg Meuselbach–Schwarzburg")]),
        ("p", "Ich beantrage, dass die Stadt in Zusammenarbeit mit dem Thüringer Wald Verein entlang des "
              "Wanderweges fünf neue Ruhebänke aufstellt. Die Kosten von ca. 4.500 € sollen aus dem Budget für "
              "Tourismusförderung gedeckt werden."),
        ("p", "Begründung: Der Weg wird stark von älteren Gästen genutzt; zwischen Meuselbach und dem "
              "Trippstein gibt es keine Sitzgelegenheit."),
        ("p", "Uwe Schaarschmidt"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-03",
               title="Ruhebänke am Wanderweg Meuselbach–Schwarzburg",
               originator="Uwe Schaarschmidt",
               themes=["kultur_sport", "wirtschaft"], themes_why="hiking trail, tourism",
               notes="Einzelmitglied as sender block over three lines (name; role line with '(parteilos)'); "
                     "originator labelled as the name only (unsure: could include the role line). 'Betr.:' "
                     "abbreviation. 'Antrag an den Stadtrat' names no session date → no consultation."))

doc(file="x30_schwarzatal_anfrage-bfs_winterdienst.pdf", producer="libreoffice-html", font="Liberation Sans",
    size=11, layout="schwarzatal_fraktion_anfrage_html", city=SW,
    blocks=[
        ("right", "Fraktion Bürger für Schwarzatal\nim Stadtrat Schwarzatal"),
        ("h", "Kleine Anfrage", 13),
        ("kv", [("Eingang:", "12.11.2025"), ("Fragestellerin:", "Fraktion Bürger für Schwarzatal"),
                ("Thema:", "Winterdienst in den Ortsteilen Sitzendorf und Unterweißbach")]),
        ("p", "Im vergangenen Winter wurden die Nebenstraßen in Sitzendorf und Unterweißbach nach Aussage von "
              "Anwohnern oft erst am Nachmittag geräumt."),
        ("ol", ["Wie viele Mitarbeiter und Fahrzeuge stehen dem Bauhof im Winter 2025/26 zur Verfügung?",
                "Nach welchem Räumplan werden die Ortsteile angefahren?",
                "Ist eine Vergabe von Räumleistungen an örtliche Landwirte vorgesehen?"]),
        ("p", "Um Beantwortung in der Sitzung des Stadtrates am 18.12.2025 wird gebeten."),
        ("p", "Kathrin Voigt, Fraktionsvorsitzende"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Kleine Anfrage", date="2025-11-12",
               title="Winterdienst in den Ortsteilen Sitzendorf und Unterweißbach",
               originator="Fraktion Bürger für Schwarzatal",
               consultations=[C("Stadtrat", "2025-12-18", None)],
               themes=["sicherheit_ordnung", "mobilitaet"], themes_why="winter service",
               notes="'Eingang:' as the date; 'Fragestellerin:' key; session only in the closing sentence "
                     "(genitive → 'Stadtrat')."))

doc(file="x31_schwarzatal_stellungnahme-otr-mellenbach.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="schwarzatal_ortsteilrat_word", city=SW,
    blocks=[
        ("h", "Ortsteilrat Mellenbach", 12),
        ("p", "Ortsteilbürgermeisterin Petra Greiner"),
        ("right", "Mellenbach, 07.11.2025"),
        ("h", "Empfehlung des Ortsteilrates", 12),
        ("kv", [("zur Vorlage Nr.:", "112/2025"),
                ("Betreff:", "Erneuerung der Trinkwasserleitung im Ortsteil Mellenbach, Obstfelder Straße")]),
        ("p", "Der Ortsteilrat Mellenbach hat in seiner Sitzung am 06.11.2025 die Vorlage beraten und empfiehlt "
              "dem Stadtrat einstimmig (5 Ja), ihr zuzustimmen. Er bittet, während der Bauzeit die Zufahrt "
              "zum Kindergarten über die Schulstraße offen zu halten und die Anlieger vier Wochen vorher "
              "schriftlich zu informieren."),
        ("p", "Petra Greiner\nOrtsteilbürgermeisterin"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2025-11-07",
               title="Erneuerung der Trinkwasserleitung im Ortsteil Mellenbach, Obstfelder Straße",
               originator="Ortsteilrat Mellenbach", answers="112/2025",
               themes=["stadtentwicklung", "mobilitaet"], themes_why="water main and road",
               notes="Thuringian Ortsteilrat; 'zur Vorlage Nr.:' → answers. Own session (06.11.2025) is no "
                     "consultation."))

# ----------------------------------------------------- Gemeinde Eppelborn (SL; Gemeinderat, Ortsräte)
EP = "Gemeinde Eppelborn"
EP_SIDE = ("<div style='position:absolute;right:0;top:0;width:4.2cm;font-size:8pt;line-height:1.35;"
           "border-left:0.6pt solid #999;padding-left:6pt'><b>Gemeinde Eppelborn</b><br>Rathausstraße 27<br>"
           "66571 Eppelborn<br><br>{unit}<br><br>Telefon 06881 969-0<br>www.eppelborn.de</div>")
EP_BODY = "<div style='margin-right:4.8cm'>{body}</div>"

doc(file="x32_eppelborn_bv-2025-0164_photovoltaik-schule.pdf", producer="chromium-raw",
    font="Liberation Sans", size=10, layout="eppelborn_sidecolumn_vorlage", city=EP,
    css="table.b td, table.b th { border-bottom: 0.5pt solid #777; padding: 2pt 4pt; text-align: left; "
        "font-size: 9pt; vertical-align: top; }",
    html=EP_SIDE.format(unit="Fachbereich Bauen") + EP_BODY.format(body="""
<p style='font-size:9pt'>Drucksache 2025/0164 · öffentlich · Eppelborn, 05.11.2025</p>
<p style='font-size:15pt;margin-top:6pt'><b>Beschlussvorlage</b></p>
<p style='font-size:11pt'><b>Photovoltaikanlage auf dem Dach der Gemeinschaftsschule Eppelborn</b></p>
<table class='b' style='border-collapse:collapse;width:100%;margin:8pt 0'>
<tr><th>Gremium</th><th>Datum</th><th>Art</th></tr>
<tr><td>Ortsrat Eppelborn</td><td>17.11.2025</td><td>Anhörung</td></tr>
<tr><td>Bau- und Umweltausschuss</td><td>20.11.2025</td><td>Vorberatung</td></tr>
<tr><td>Gemeinderat</td><td>04.12.2025</td><td>Entscheidung</td></tr>
</table>
<p><b>Beschlussvorschlag</b><br>Der Gemeinderat beschließt die Errichtung einer Photovoltaikanlage mit
99 kWp auf dem Dach der Gemeinschaftsschule und einen Stromspeicher von 60 kWh.</p>
<p><b>Sachverhalt</b><br>Die Dachsanierung ist 2024 abgeschlossen worden; die Statik lässt eine Belegung der
Süd- und Westflächen zu. Der erzeugte Strom wird zu 80 % in der Schule und der benachbarten Sporthalle selbst
verbraucht. Kosten 148.000 €, Amortisation nach 9 Jahren.</p>
<p><b>Auswirkungen auf den Klimaschutz</b><br>☒ positiv &nbsp; ☐ keine &nbsp; ☐ negativ</p>
<p style='margin-top:14pt'>Thomas Reinert<br>Bürgermeister</p>"""),
    truth=dict(drucksache="2025/0164", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-05", title="Photovoltaikanlage auf dem Dach der Gemeinschaftsschule Eppelborn",
               public=True, department="Fachbereich Bauen",
               consultations=[C("Ortsrat Eppelborn", "2025-11-17", "Anhörung"),
                              C("Bau- und Umweltausschuss", "2025-11-20", "Vorberatung"),
                              C("Gemeinderat", "2025-12-04", "Entscheidung")],
               klimacheck="positive", klima_style="box_positiv_keine_negativ",
               themes=["klima_umwelt", "bildung"], themes_why="PV on a school",
               notes="Side column letterhead with the unit (right); number, status and place-date in one small "
                     "line 'Drucksache 2025/0164 · öffentlich · Eppelborn, 05.11.2025'."))

doc(file="x33_eppelborn_stellungnahme-or-dirmingen.pdf", producer="chromium-raw", font="Liberation Sans",
    size=10, layout="eppelborn_sidecolumn_ortsrat", city=EP,
    html=EP_SIDE.format(unit="Ortsrat Dirmingen<br>Ortsvorsteher Jürgen Schmitt") + EP_BODY.format(body="""
<p style='font-size:9pt'>Eppelborn, 21.11.2025</p>
<p style='font-size:15pt;margin-top:6pt'><b>Stellungnahme des Ortsrates Dirmingen</b></p>
<p>zur Drucksache 2025/0171</p>
<p style='font-size:11pt'><b>Verkehrsberuhigung in der Ortsdurchfahrt Dirmingen (L 141)</b></p>
<p>Der Ortsrat Dirmingen hat sich in seiner öffentlichen Sitzung am 19.11.2025 mit der Vorlage befasst.
Er stimmt dem Vorschlag der Verwaltung grundsätzlich zu, hält aber eine stationäre
Geschwindigkeitsüberwachung in Höhe der Grundschule für notwendig. Außerdem soll geprüft werden, ob die
Bushaltestelle Kirchstraße barrierefrei ausgebaut werden kann.</p>
<p>Abstimmungsergebnis: 9 Ja, 0 Nein, 2 Enthaltungen</p>
<p style='margin-top:14pt'>Jürgen Schmitt<br>Ortsvorsteher</p>"""),
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-21",
               title="Verkehrsberuhigung in der Ortsdurchfahrt Dirmingen (L 141)",
               originator="Ortsrat Dirmingen", answers="2025/0171",
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="traffic calming",
               notes="Saarland Ortsrat, same side column (Ortsrat in it, no administration unit → department "
                     "null). 'zur Drucksache 2025/0171' → answers. Own public session no consultation; the "
                     "paper's public status null. 'L 141' no reference."))

doc(file="x34_eppelborn_antrag-cdu_hallenbad.pdf", producer="libreoffice-html", font="DejaVu Sans",
    size=10.5, layout="eppelborn_fraktion_antrag_html", city=EP,
    blocks=[
        ("table", None, [["CDU-Gemeinderatsfraktion Eppelborn", "Antrag\nzur Gemeinderatssitzung am 04.12.2025"]]),
        ("right", "Eppelborn, 18.11.2025"),
        ("kv", [("An:", "Bürgermeister der Gemeinde Eppelborn"),
                ("Antragsgegenstand:", "Sanierungskonzept für das Hallenbad Eppelborn")]),
        ("p", "Die CDU-Fraktion beantragt: Die Verwaltung legt bis zur Sitzung im März 2026 ein "
              "Sanierungskonzept für das Hallenbad mit Kostenrahmen und Fördermöglichkeiten "
              "(Sportstättenförderung des Saarlandes, Bundesprogramm) vor."),
        ("p", "Begründung: Das Bad ist seit 1976 in Betrieb. Die Schwimmfähigkeit der Grundschulkinder hängt "
              "von der Wasserfläche ab; die nächsten Bäder in Illingen und Lebach sind ausgelastet."),
        ("p", "Hubert Lauer\nFraktionsvorsitzender"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-18",
               title="Sanierungskonzept für das Hallenbad Eppelborn",
               originator="CDU-Gemeinderatsfraktion Eppelborn",
               consultations=[C("Gemeinderat", "2025-12-04", None)],
               themes=["kultur_sport", "bildung"], themes_why="swimming pool, school swimming",
               notes="Header cell 'Antrag / zur Gemeinderatssitzung am …' (compound word: committee "
                     "'Gemeinderat' is only inside 'Gemeinderatssitzung' and 'Gemeinderatsfraktion' — text "
                     "check reports it). 'Antragsgegenstand:' title."))

doc(file="x35_eppelborn_niederschrift-or-dirmingen.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10.5, layout="eppelborn_niederschrift_word", city=EP, pages=2,
    head="Gemeinde Eppelborn – Ortsrat Dirmingen",
    running="Niederschrift Ortsrat Dirmingen 19.11.2025",
    blocks=[
        ("h", "Niederschrift", 14),
        ("p", "über die öffentliche Sitzung des Ortsrates Dirmingen am Mittwoch, 19.11.2025, im Vereinsheim "
              "Dirmingen"),
        ("kv", [("Beginn:", "19:00 Uhr"), ("Ende:", "20:40 Uhr")]),
        ("pb", "Anwesend"),
        ("p", "Ortsvorsteher Jürgen Schmitt (Vorsitz), 10 weitere Mitglieder des Ortsrates; von der Verwaltung: "
              "Herr Becker (Ordnungsamt); Schriftführung: Frau Zimmer"),
        ("pb", "Tagesordnung"),
        ("p", "1. Mitteilungen des Ortsvorstehers\n2. Verkehrsberuhigung in der Ortsdurchfahrt Dirmingen "
              "(L 141), Drucksache 2025/0171\n3. Vergabe der Zuschüsse an Vereine 2026\n4. Verschiedenes"),
        ("pb", "Zu 1. Mitteilungen"),
        ("p", "Der Weihnachtsmarkt findet am 7. Dezember auf dem Kirchplatz statt. Der Bauhof hat die "
              "Straßenbeleuchtung in der Bergstraße auf LED umgerüstet."),
        ("pb", "Zu 2. Verkehrsberuhigung in der Ortsdurchfahrt"),
        ("p", "Herr Becker erläutert die Vorlage: zwei Fahrbahnverengungen, Tempo 30 zwischen Kirche und "
              "Schule. In der Aussprache wird eine stationäre Messanlage gefordert. Der Ortsrat gibt eine "
              "Stellungnahme ab (siehe gesonderte Stellungnahme). 9 Ja, 0 Nein, 2 Enthaltungen."),
        ("pagebreak",),
        ("pb", "Zu 3. Vergabe der Zuschüsse an Vereine 2026"),
        ("p", "Die Mittel von 6.000 € werden nach dem bisherigen Schlüssel verteilt: Musikverein 1.400 €, "
              "Sportverein 2.200 €, Obst- und Gartenbauverein 600 €, Feuerwehr-Förderverein 900 €, "
              "übrige Vereine 900 €. Einstimmig."),
        ("pb", "Zu 4. Verschiedenes"),
        ("p", "Es wird angeregt, den Gemeinderat in seiner Sitzung am 04.12.2025 über den Zustand des "
              "Feldweges zum Sportplatz zu informieren."),
        ("p", "Dirmingen, 24.11.2025\n\nJürgen Schmitt, Ortsvorsteher          Laura Zimmer, Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-24",
               title="öffentliche Sitzung des Ortsrates Dirmingen", public=True, references=["2025/0171"],
               themes=["mobilitaet", "kultur_sport"], themes_why="traffic calming, club grants",
               notes="Title phrase runs on with date and place (title = the session words only; unsure). "
                     "Dated by the closing place-date. Gemeinderat on 04.12.2025 is a lure."))
