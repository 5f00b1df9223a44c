"""Papers z01–z35 of tests/fixtures/holdout15: Gemeinde Wiesent (BY), Große Kreisstadt Donaueschingen
(BW), Landkreis Hameln-Pyrmont (NI), Stadt Lauchhammer (BB), Schulverband Trittau (SH), Verbandsgemeinde
Otterbach-Otterberg (RP), Regionaler Planungsverband Westmecklenburg (MV), Bezirksvertretung Lennep der
Stadt Remscheid (NW).

Invented content, names and numbers, in the layouts those councils' information systems and offices
print (SessionNet, ALLRIS, more!rubin, Somacos, regisafe-like letters, in-house Word templates).
Block format: tools/holdout6/render.py (kv, h, p, pb, pi, right, table, box, ul, ol, space, pagebreak);
producer "chromium-raw" (tools/holdout9/make.py) takes its own HTML and CSS.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**paper):
    """One paper: render keywords and its labels under "truth" (make.py fills the unlabelled keys)."""
    DOCS.append(paper)


# ------------------------------------------ Gemeinde Wiesent (BY; the Bürgermeister's own Word files)
doc(file="z01_wiesent_gr-2025-067_wasserleitung-dietersweg.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=11, layout="wiesent_word_beschlussvorlage", city="Gemeinde Wiesent",
    head="Gemeinde Wiesent · Landkreis Regensburg",
    blocks=[
        ("kv", [("Vorlage-Nr.", "GR/2025/067"), ("Sitzung am", "09.12.2025"), ("TOP", "4"),
                ("öffentlich", "ja")], 0.25),
        ("h", "Beschlussvorlage", 14),
        ("pb", "Erneuerung der Wasserleitung im Dietersweg und im Ringweg\nhier: Vergabe der Tiefbauarbeiten"),
        ("pb", "Sachverhalt:"),
        ("p", "Die Wasserleitung im Dietersweg stammt aus dem Jahr 1962. Seit 2023 gab es dort sieben "
              "Rohrbrüche. Der Gemeinderat hat am 14.10.2025 beschlossen, die Leitung auf 420 m Länge "
              "zusammen mit dem Ringweg zu erneuern. Die Ausschreibung wurde beschränkt durchgeführt; fünf "
              "Firmen haben ein Angebot abgegeben."),
        ("p", "Das wirtschaftlichste Angebot liegt bei 286.412,55 € brutto und damit rund 4 % unter der "
              "Kostenschätzung des Ingenieurbüros. Die Mittel sind im Haushalt 2025 bei HHSt. 8150.9500 "
              "veranschlagt."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Gemeinderat vergibt die Tiefbauarbeiten für die Erneuerung der Wasserleitung im Dietersweg "
              "und im Ringweg an den wirtschaftlichsten Bieter zum Angebotspreis von 286.412,55 €."),
        ("p", "Wiesent, 27.11.2025\n\n\nJosef Ebenbichler\nErster Bürgermeister"),
    ],
    truth=dict(drucksache="GR/2025/067", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-27",
               title="Erneuerung der Wasserleitung im Dietersweg und im Ringweg hier: Vergabe der Tiefbauarbeiten",
               public=True,
               consultations=[C("Gemeinderat", "2025-12-09", "Entscheidung")],
               themes=["stadtentwicklung", "finanzen"], themes_why="water main renewal, contract award",
               notes="Small Gemeinde, the Bürgermeister's own Word file: key list without colons "
                     "(Vorlage-Nr., Sitzung am, TOP, öffentlich ja) above the type heading; bold two-line "
                     "title with 'hier:'; no department, no Klimacheck. The 'Sitzung am' line names no "
                     "body; the body is the Gemeinderat (the only council; the Beschlussvorschlag says so) "
                     "→ consultation Gemeinderat, role Entscheidung (doubtful: printed only in the "
                     "Beschlussvorschlag). Date = the signature line. 'HHSt. 8150.9500' no reference."))

doc(file="z02_wiesent_ladung-gemeinderat.pdf", producer="reportlab", font="Liberation Serif", size=11,
    layout="wiesent_ladung_reportlab", city="Gemeinde Wiesent",
    blocks=[
        ("p", "GEMEINDE WIESENT\nHauptstraße 12 · 93109 Wiesent"),
        ("right", "Wiesent, den 1. Dezember 2025"),
        ("p", "An die Damen und Herren\ndes Gemeinderates Wiesent"),
        ("h", "Ladung", 14),
        ("p", "zur 21. Sitzung des Gemeinderates Wiesent am Dienstag, 09.12.2025, um 19:00 Uhr im "
              "Sitzungssaal des Rathauses."),
        ("pb", "Tagesordnung – öffentlicher Teil"),
        ("table", None,
         [["1.", "Genehmigung der Niederschrift über die Sitzung vom 11.11.2025", ""],
          ["2.", "Bauantrag zum Neubau eines Einfamilienhauses mit Doppelgarage, Fl.Nr. 418/2, Gemarkung Dietersweg", ""],
          ["3.", "Haushaltssatzung und Haushaltsplan 2026 – Vorberatung", "GR/2025/064"],
          ["4.", "Erneuerung der Wasserleitung im Dietersweg und im Ringweg; Vergabe der Tiefbauarbeiten", "GR/2025/067"],
          ["5.", "Antrag von Gemeinderat Straubinger auf einen Dorfladen im alten Feuerwehrhaus", "GR/2025/069"],
          ["6.", "Informationen des Bürgermeisters, Anfragen", ""]], [0.07, 0.7, 0.23]),
        ("pb", "Nichtöffentlicher Teil"),
        ("p", "7. Grundstücksangelegenheiten\n8. Personalangelegenheiten"),
        ("p", "Ich bitte um vollzähliges Erscheinen. Im Verhinderungsfall bitte ich um rechtzeitige "
              "Mitteilung an die Verwaltungsgemeinschaft."),
        ("p", "Josef Ebenbichler\nErster Bürgermeister"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Ladung", date="2025-12-01",
               title="21. Sitzung des Gemeinderates Wiesent", public=True,
               references=["GR/2025/064", "GR/2025/067", "GR/2025/069"],
               themes=["finanzen", "stadtentwicklung"], themes_why="agenda: budget, water main, building permit",
               notes="Bavarian 'Ladung' (→ Einladung). Agenda as a table with a number column; public and "
                     "nichtöffentlicher Teil → public true. 'Fl.Nr. 418/2' no reference. Title = session "
                     "named (genitive as printed, as in earlier sets)."))

doc(file="z03_wiesent_niederschrift-gemeinderat.pdf", producer="ghostscript", base="libreoffice-docx",
    font="Liberation Serif", size=10.5, layout="wiesent_niederschrift_docx_gs", city="Gemeinde Wiesent", pages=2,
    head="Gemeinde Wiesent – Sitzungsniederschrift Gemeinderat vom 11.11.2025",
    running="Niederschrift GR 11.11.2025",
    blocks=[
        ("h", "Niederschrift\nüber die öffentliche Sitzung des Gemeinderates Wiesent", 13),
        ("kv", [("Sitzungstag", "11.11.2025"), ("Sitzungsort", "Rathaus Wiesent, Sitzungssaal"),
                ("Beginn / Ende", "19:00 Uhr / 21:40 Uhr")], 0.25),
        ("p", "Vorsitzender: Erster Bürgermeister Josef Ebenbichler\nAnwesend: 13 von 15 Gemeinderatsmitgliedern "
              "(entschuldigt: Frau Pielmeier, Herr Schindlbeck)\nSchriftführerin: Martina Zollner, "
              "Verwaltungsgemeinschaft"),
        ("p", "Der Vorsitzende eröffnet die Sitzung, stellt die ordnungsgemäße Ladung und die "
              "Beschlussfähigkeit fest."),
        ("pb", "TOP 1 Genehmigung der Niederschrift vom 14.10.2025"),
        ("p", "Die Niederschrift wird genehmigt. Abstimmung: 13 : 0"),
        ("pb", "TOP 2 Kindergarten St. Martin – Zuschuss zur Erweiterung um eine Krippengruppe (GR/2025/058)"),
        ("p", "Der Gemeinderat gewährt der Kirchenstiftung einen Zuschuss von 60 % der förderfähigen Kosten, "
              "höchstens 240.000 €. Abstimmung: 12 : 1"),
        ("pb", "TOP 3 Straßenbeleuchtung – Umstellung auf LED, 2. Bauabschnitt (GR/2025/061)"),
        ("p", "Beschluss: Die restlichen 148 Leuchten werden 2026 auf LED umgestellt. Abstimmung: 13 : 0"),
        ("pagebreak",),
        ("pb", "TOP 4 Bauleitplanung der Nachbargemeinde Altenthann – Beteiligung als Nachbargemeinde"),
        ("p", "Gegen die 9. Änderung des Flächennutzungsplanes werden keine Einwendungen erhoben. "
              "Abstimmung: 13 : 0"),
        ("pb", "TOP 5 Informationen des Bürgermeisters"),
        ("p", "Die Bürgerversammlung findet am 20.11.2025 im Gasthaus statt. Die nächste Sitzung des "
              "Gemeinderates ist am 09.12.2025."),
        ("p", "Josef Ebenbichler                         Martina Zollner\nErster Bürgermeister                    "
              "Schriftführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-11",
               title="öffentliche Sitzung des Gemeinderates Wiesent", public=True,
               references=["GR/2025/058", "GR/2025/061"],
               themes=["bildung", "klima_umwelt"], themes_why="crèche extension; LED street lights",
               notes="Word Niederschrift re-distilled by Ghostscript, 2 pages, repeated header with the date. "
                     "Date = session day. The next session (09.12.2025) and the Bürgerversammlung are lures."))

doc(file="z04_wiesent_antrag-gemeinderat-straubinger_dorfladen.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=11, layout="wiesent_einzelantrag_html", city="Gemeinde Wiesent",
    blocks=[
        ("p", "Thomas Straubinger\nMitglied des Gemeinderates (Freie Wähler)\nAm Kirchberg 5\n93109 Wiesent"),
        ("p", "Gemeinde Wiesent\nHerrn Ersten Bürgermeister\nHauptstraße 12\n93109 Wiesent"),
        ("right", "Wiesent, 18.11.2025"),
        ("pb", "Antrag gemäß § 23 der Geschäftsordnung für den Gemeinderat Wiesent"),
        ("kv", [("Thema:", "Nutzung des alten Feuerwehrhauses Dietersweg als genossenschaftlicher Dorfladen")], 0.15),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "ich beantrage, folgenden Punkt auf die Tagesordnung der nächsten Gemeinderatssitzung zu setzen:"),
        ("pi", "Die Verwaltung prüft, ob das alte Feuerwehrhaus Dietersweg nach dem Umzug der Feuerwehr an eine "
               "Bürgergenossenschaft für einen Dorfladen verpachtet werden kann, und legt eine Kostenschätzung "
               "für den Umbau vor."),
        ("p", "Begründung: Seit der Schließung der Bäckerei im Frühjahr gibt es im Ortsteil keine "
              "Einkaufsmöglichkeit mehr. Rund 60 Bürgerinnen und Bürger haben Interesse an einer Genossenschaft "
              "bekundet."),
        ("p", "Mit freundlichen Grüßen\nThomas Straubinger"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-18",
               title="Nutzung des alten Feuerwehrhauses Dietersweg als genossenschaftlicher Dorfladen",
               originator="Thomas Straubinger",
               themes=["wirtschaft", "stadtentwicklung"], themes_why="village shop",
               notes="Einzelmitglied letter; sender block first, then the addressee. 'Thema:' label. "
                     "Originator = the member's name as printed (his role line follows). No number "
                     "(GR/2025/069 is only in the Ladung). 'nächste Gemeinderatssitzung' without date → no "
                     "consultation."))

# ------------------------------- Große Kreisstadt Donaueschingen (BW; in-house templates, Ortschaftsräte)
doc(file="z05_donaueschingen_ds-2025-187_feuerwehrgeraetehaus-aasen.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="donaueschingen_word_drucksache", city="Große Kreisstadt Donaueschingen",
    head="Stadt Donaueschingen – Drucksache Nr. 2025/187",
    running="Drucksache 2025/187",
    blocks=[
        ("table", None, [["Stadt Donaueschingen\nAmt für Bauen und Umwelt", "Drucksache Nr.\n2025/187"],
                         ["Sachbearbeitung: Frau Hauger", "Datum\n19.11.2025"]]),
        ("h", "Beschlussvorlage", 14),
        ("kv", [("Betreff:", "Feuerwehrgerätehaus Aasen – Anbau einer Fahrzeughalle und Sanierung der "
                             "Umkleiden; Baubeschluss")], 0.15),
        ("table", ["Gremium", "Sitzung am", "Öffentlichkeit", "Zuständigkeit"],
         [["Ortschaftsrat Aasen", "26.11.2025", "öffentlich", "Anhörung"],
          ["Technischer Ausschuss", "03.12.2025", "öffentlich", "Vorberatung"],
          ["Gemeinderat", "16.12.2025", "öffentlich", "Beschlussfassung"]]),
        ("pb", "Beschlussantrag"),
        ("p", "Der Gemeinderat beschließt den Anbau einer Fahrzeughalle und die Sanierung der Umkleiden am "
              "Feuerwehrgerätehaus Aasen mit Gesamtkosten von 1.280.000 € auf Grundlage der Planung vom "
              "05.11.2025."),
        ("pb", "Sachverhalt"),
        ("p", "Die Abteilung Aasen der Freiwilligen Feuerwehr erhält 2026 ein neues Löschgruppenfahrzeug "
              "LF 10, das in der bestehenden Halle keinen Platz findet. Der Feuerwehrbedarfsplan 2023 sieht "
              "den Anbau vor. Getrennte Umkleiden und eine Schwarz-Weiß-Trennung fehlen bisher."),
        ("p", "Zuwendungen nach der VwV Z-Feu sind mit 180.000 € beantragt. Die Mittel stehen im Haushalt "
              "2026 unter Investitionsauftrag 7126-0004 bereit."),
        ("box", ["Klimarelevanz", "☐ positiv    ☒ negativ    ☐ keine",
                 "Der Anbau erhöht die beheizte Fläche; die Halle erhält eine Photovoltaikanlage auf dem Dach."]),
        ("p", "Anlagen: Lageplan, Grundrisse, Kostenberechnung"),
        ("p", "gez. Bernhard Kaltenbach\nOberbürgermeister"),
    ],
    truth=dict(drucksache="2025/187", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-19",
               title="Feuerwehrgerätehaus Aasen – Anbau einer Fahrzeughalle und Sanierung der Umkleiden; Baubeschluss",
               public=True, department="Amt für Bauen und Umwelt",
               consultations=[C("Ortschaftsrat Aasen", "2025-11-26", "Anhörung"),
                              C("Technischer Ausschuss", "2025-12-03", "Vorberatung"),
                              C("Gemeinderat", "2025-12-16", "Entscheidung")],
               klimacheck="negative", klima_style="box_positiv_negativ_keine",
               themes=["sicherheit_ordnung", "finanzen"], themes_why="fire station extension, cost",
               notes="Header as a ruled 2×2 table, number under 'Drucksache Nr.' in the right cell. Beratungsfolge "
                     "Gremium|Sitzung am|Öffentlichkeit|Zuständigkeit, all öffentlich → public true. "
                     "'Investitionsauftrag 7126-0004', 'LF 10' no references."))

doc(file="z06_donaueschingen_ortschaftsrat-pfohren_stellungnahme.pdf", producer="reportlab",
    font="DejaVu Sans", size=10, layout="donaueschingen_ortschaftsrat_reportlab", city="Große Kreisstadt Donaueschingen",
    blocks=[
        ("kv", [("Ortsverwaltung Pfohren\nOrtsvorsteherin", "Donaueschingen-Pfohren,\n28.11.2025")], 0.6),
        ("space",),
        ("h", "Stellungnahme des Ortschaftsrates Pfohren", 13),
        ("kv", [("zu:", "Drucksache Nr. 2025/179"),
                ("Gegenstand:", "Bebauungsplan „Riedwiesen II“ – Billigung des Entwurfs und Offenlage")], 0.18),
        ("p", "Der Ortschaftsrat Pfohren hat in seiner öffentlichen Sitzung am 25.11.2025 nach § 70 GemO "
              "über die Vorlage beraten und mit 7 Ja-Stimmen bei 1 Enthaltung folgende Stellungnahme "
              "beschlossen:"),
        ("ol", ["Der Ortschaftsrat stimmt dem Entwurf grundsätzlich zu.",
                "Die Zufahrt soll nicht über die Riedstraße, sondern über den Ausbau des Feldwegs an der "
                "Donauhalle erfolgen.",
                "Auf den Dachflächen sollen Photovoltaikanlagen verbindlich festgesetzt werden."]),
        ("p", "Die Stellungnahme wird dem Gemeinderat zur Sitzung am 16.12.2025 vorgelegt."),
        ("p", "Sabine Mößner\nOrtsvorsteherin"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-28",
               title="Bebauungsplan „Riedwiesen II“ – Billigung des Entwurfs und Offenlage",
               originator="Ortschaftsrat Pfohren", answers="2025/179",
               themes=["stadtentwicklung", "klima_umwelt"], themes_why="development plan, PV",
               notes="Opinion of an Ortschaftsrat; 'zu: Drucksache Nr. 2025/179' → answers. Its own session "
                     "(25.11.2025) and the Gemeinderat date in a sentence are lures → no consultation. "
                     "'§ 70 GemO' no reference. Date from the header cell with the place."))

doc(file="z07_donaueschingen_iv-2025-191_kinderbetreuung.pdf", producer="chromium", font="DejaVu Sans",
    size=9.5, layout="donaueschingen_informationsvorlage_chromium", city="Große Kreisstadt Donaueschingen",
    running="Stadt Donaueschingen · Informationsvorlage 2025/191",
    blocks=[
        ("kv", [("STADT DONAUESCHINGEN", ""), ("Amt für Bildung, Familie und Soziales", "")], 0.9),
        ("h", "Informationsvorlage Nr. 2025/191", 13),
        ("kv", [("Titel:", "Kindertagesbetreuung in Donaueschingen und den Ortsteilen – Bedarfsplanung "
                           "2026/27 und Stand des Ausbaus"),
                ("Vorlage an:", "Ausschuss für Soziales und Bildung – 02.12.2025 – zur Kenntnisnahme"),
                ("Status:", "öffentlich"), ("Datum:", "20.11.2025")], 0.18),
        ("pb", "Sachstand"),
        ("p", "Zum Stichtag 1. März 2025 wurden 742 Kinder in 17 Einrichtungen betreut. Für das Kindergartenjahr "
              "2026/27 fehlen nach der Geburtenentwicklung rechnerisch 38 Plätze für Kinder unter drei Jahren, "
              "vor allem in der Kernstadt und in Aasen."),
        ("p", "Der Neubau der Kita am Buchberg mit vier Gruppen ist im Bau; die Inbetriebnahme ist für "
              "September 2026 geplant. In der Käferstraße wird eine Übergangsgruppe in Modulbauweise "
              "eingerichtet."),
        ("pb", "Finanzielle Auswirkungen"),
        ("p", "Keine unmittelbaren. Die Betriebskostenzuschüsse sind im Entwurf des Haushalts 2026 enthalten."),
        ("p", "Klimarelevanz: keine"),
    ],
    truth=dict(drucksache="2025/191", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-11-20",
               title="Kindertagesbetreuung in Donaueschingen und den Ortsteilen – Bedarfsplanung 2026/27 und Stand des Ausbaus",
               public=True, department="Amt für Bildung, Familie und Soziales",
               consultations=[C("Ausschuss für Soziales und Bildung", "2025-12-02", "Kenntnisnahme")],
               klimacheck="neutral", klima_style="line_keine",
               themes=["bildung", "soziales"], themes_why="childcare planning",
               notes="Number in the heading 'Informationsvorlage Nr. 2025/191'; 'Titel:' label wrapped over two "
                     "lines; Beratung in one 'Vorlage an:' line with dashes. 'Klimarelevanz: keine' → neutral."))

doc(file="z08_donaueschingen_antrag-gruene_schulwegsicherheit.pdf", producer="libreoffice-odt",
    font="Liberation Serif", size=11, layout="donaueschingen_fraktion_antrag_odt", city="Große Kreisstadt Donaueschingen",
    head="BÜNDNIS 90/DIE GRÜNEN · Fraktion im Gemeinderat Donaueschingen",
    blocks=[
        ("p", "Herrn Oberbürgermeister\nBernhard Kaltenbach\nRathausplatz 1\n78166 Donaueschingen"),
        ("right", "Donaueschingen, 24. November 2025"),
        ("h", "Antrag", 14),
        ("p", "Gremium: Technischer Ausschuss – Sitzung am 03.12.2025"),
        ("pb", "Sichere Schulwege an der Grundschule Allmendshofen: Tempo 30 und Querungshilfe in der "
               "Friedhofstraße"),
        ("p", "Sehr geehrter Herr Oberbürgermeister,"),
        ("p", "die Fraktion Bündnis 90/Die Grünen beantragt, der Technische Ausschuss möge "
              "beschließen:"),
        ("ol", ["Die Verwaltung beantragt bei der Straßenverkehrsbehörde Tempo 30 vor der Grundschule "
                "Allmendshofen nach § 45 Abs. 9 StVO.",
                "In der Friedhofstraße wird auf Höhe der Bushaltestelle eine Querungshilfe eingerichtet.",
                "Über die Kosten wird im Rahmen der Haushaltsberatungen 2026 entschieden."]),
        ("pb", "Begründung"),
        ("p", "Die Elternbeiräte haben im Oktober eine Verkehrszählung durchgeführt: Zwischen 7:15 und 7:55 Uhr "
              "passierten 412 Fahrzeuge die Schule, 31 davon mit mehr als 50 km/h."),
        ("p", "Für die Fraktion\nDr. Anja Wehrle                 Markus Ketterer"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-24",
               title="Sichere Schulwege an der Grundschule Allmendshofen: Tempo 30 und Querungshilfe in der Friedhofstraße",
               originator="Fraktion Bündnis 90/Die Grünen",
               consultations=[C("Technischer Ausschuss", "2025-12-03", None)],
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="school route safety",
               notes="Fraktion in the Word header (capitals) and the body; bold two-line title under a one-word "
                     "heading. The committee and date are in a line 'Gremium: … – Sitzung am …' under the heading "
                     "→ consultation with role null (the body's 'möge beschließen' is the motion, not a role). '§ 45 Abs. 9 StVO' no reference."))

doc(file="z09_donaueschingen_ergaenzung-ds-2025-187-1.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="donaueschingen_ergaenzung_chromium", city="Große Kreisstadt Donaueschingen",
    blocks=[
        ("table", None, [["Stadt Donaueschingen\nAmt für Bauen und Umwelt", "Drucksache Nr.\n2025/187/1"],
                         ["Sachbearbeitung: Frau Hauger", "Datum\n09.12.2025"]]),
        ("h", "Ergänzungsvorlage zur Drucksache Nr. 2025/187", 13),
        ("kv", [("Betreff:", "Feuerwehrgerätehaus Aasen – Ergebnis der Anhörung des Ortschaftsrates und "
                             "geänderte Kostenberechnung")], 0.15),
        ("table", ["Gremium", "Sitzung am", "Öffentlichkeit", "Zuständigkeit"],
         [["Gemeinderat", "16.12.2025", "öffentlich", "Beschlussfassung"]]),
        ("pb", "Sachverhalt"),
        ("p", "Der Ortschaftsrat Aasen hat am 26.11.2025 dem Vorhaben zugestimmt und angeregt, die "
              "Außenanlagen um zehn Stellplätze für die Einsatzkräfte zu erweitern. Der Technische Ausschuss "
              "hat am 03.12.2025 einstimmig empfohlen, der Anregung zu folgen."),
        ("p", "Die Kostenberechnung erhöht sich dadurch um 46.000 € auf 1.326.000 €."),
        ("pb", "Geänderter Beschlussantrag"),
        ("p", "Der Gemeinderat beschließt den Anbau mit Gesamtkosten von 1.326.000 € einschließlich der "
              "Erweiterung der Stellplätze."),
    ],
    truth=dict(drucksache="2025/187/1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2025-12-09",
               title="Feuerwehrgerätehaus Aasen – Ergebnis der Anhörung des Ortschaftsrates und geänderte Kostenberechnung",
               public=True, department="Amt für Bauen und Umwelt", references=["2025/187"],
               consultations=[C("Gemeinderat", "2025-12-16", "Entscheidung")],
               themes=["sicherheit_ordnung", "finanzen"], themes_why="fire station cost change",
               notes="Same header table as z05 with own number '2025/187/1'; heading 'Ergänzungsvorlage zur "
                     "Drucksache Nr. 2025/187' → references. Ortschaftsrat and TA dates in the body are lures."))

# --------------------------------------- Landkreis Hameln-Pyrmont (NI; SessionNet print, Kreistag)
doc(file="z10_hameln-pyrmont_2025-318_rettungsdienst-bedarfsplan.pdf", producer="chromium",
    font="Liberation Sans", size=9.5, layout="hamelnpyrmont_sessionnet_beschlussvorlage",
    city="Landkreis Hameln-Pyrmont",
    css="table.grid th { background: #d9e2ec; } table.kv td { font-size: 9pt; }",
    running="Vorlage 2025/318 – Landkreis Hameln-Pyrmont – Seite 1 von 1",
    blocks=[
        ("kv", [("Landkreis Hameln-Pyrmont", "Vorlage-Nr.: 2025/318"),
                ("Der Landrat", "Status: öffentlich"),
                ("Fachdienst 32 – Ordnung, Brandschutz und Rettungsdienst", "Datum: 13.11.2025")], 0.62),
        ("h", "Beschlussvorlage", 13),
        ("kv", [("Gegenstand:", "Fortschreibung des Bedarfsplans für den Rettungsdienst im Landkreis "
                                "Hameln-Pyrmont 2026 bis 2030")], 0.15),
        ("table", ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit"],
         [["Ausschuss für Feuerschutz, Rettungswesen und Ordnung", "26.11.2025", "Vorberatung"],
          ["Kreisausschuss", "09.12.2025", "Vorberatung"],
          ["Kreistag", "16.12.2025", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Kreistag beschließt die Fortschreibung des Bedarfsplans für den Rettungsdienst 2026 bis 2030 "
              "in der Fassung der Anlage 1."),
        ("pb", "Sachverhalt:"),
        ("p", "Nach § 4 Abs. 6 NRettDG ist der Bedarfsplan regelmäßig zu überprüfen. Das Gutachten weist für "
              "den Versorgungsbereich Aerzen und Emmerthal Defizite bei der Eintreffzeit aus. Vorgesehen ist "
              "ein zusätzlicher Rettungswagen am Standort Emmerthal im 24-Stunden-Dienst und die Verlegung des "
              "Notarzteinsatzfahrzeugs nach Bad Münder."),
        ("p", "Die jährlichen Mehrkosten von rund 1,15 Mio. € werden mit den Kostenträgern verhandelt und über "
              "die Benutzungsentgelte refinanziert (Produkt 12701)."),
        ("table", ["Auswirkungen auf den Klimaschutz", ""],
         [["☐ positiv", "☐ negativ"], ["☒ keine wesentlichen Auswirkungen", ""]]),
        ("p", "Dr. Hennig Lohmeyer"),
    ],
    truth=dict(drucksache="2025/318", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-13",
               title="Fortschreibung des Bedarfsplans für den Rettungsdienst im Landkreis Hameln-Pyrmont 2026 bis 2030",
               public=True, department="Fachdienst 32 – Ordnung, Brandschutz und Rettungsdienst",
               consultations=[C("Ausschuss für Feuerschutz, Rettungswesen und Ordnung", "2025-11-26", "Vorberatung"),
                              C("Kreisausschuss", "2025-12-09", "Vorberatung"),
                              C("Kreistag", "2025-12-16", "Entscheidung")],
               klimacheck="neutral", klima_style="table_positiv_negativ_keine",
               themes=["sicherheit_ordnung", "soziales"], themes_why="ambulance service plan",
               notes="SessionNet-like two-column header (authority left; number, status, date right). "
                     "'Gegenstand:' wrapped. Klimaschutz table with ☒ keine → neutral. '§ 4 Abs. 6 NRettDG', "
                     "'Produkt 12701', 'Anlage 1' no references. Signature without title line."))

doc(file="z11_hameln-pyrmont_antrag-gruppe-spd-gruene_oepnv-takt.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="hamelnpyrmont_gruppe_antrag_word", city="Landkreis Hameln-Pyrmont",
    head="Gruppe SPD / Bündnis 90/Die Grünen im Kreistag Hameln-Pyrmont",
    blocks=[
        ("p", "An den Landrat\ndes Landkreises Hameln-Pyrmont\nSüntelstraße 9\n31785 Hameln"),
        ("right", "17.11.2025"),
        ("kv", [("Antrag zur Sitzung des", "Ausschusses für Mobilität und Kreisentwicklung am 01.12.2025\n"
                                           "Kreistages am 16.12.2025")], 0.3),
        ("kv", [("Betrifft:", "Stundentakt auf den Buslinien 40 und 41 zwischen Bad Pyrmont, Aerzen und "
                              "Hameln auch an Samstagen")], 0.15),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "die Gruppe SPD / Bündnis 90/Die Grünen bittet, folgenden Antrag auf die Tagesordnung zu setzen:"),
        ("pi", "Der Landkreis beauftragt den Verkehrsbetrieb, ab dem Fahrplanwechsel im Dezember 2026 auf den "
               "Linien 40 und 41 samstags einen Stundentakt von 7 bis 20 Uhr anzubieten. Die Mehrkosten von "
               "rund 210.000 € jährlich werden im Haushalt 2027 veranschlagt."),
        ("pb", "Begründung:"),
        ("p", "Samstags fahren die Linien heute nur alle zwei Stunden und nach 15 Uhr gar nicht. Der "
              "Nahverkehrsplan 2023 nennt den Stundentakt auf den Hauptachsen als Ziel."),
        ("p", "Mit freundlichen Grüßen\n\nKarsten Wöhler                Ilka Brandes-Rohde\nGruppenvorsitzender"
              "               stellv. Gruppenvorsitzende"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-17",
               title="Stundentakt auf den Buslinien 40 und 41 zwischen Bad Pyrmont, Aerzen und Hameln auch an Samstagen",
               originator="Gruppe SPD / Bündnis 90/Die Grünen",
               consultations=[C("Ausschuss für Mobilität und Kreisentwicklung", "2025-12-01", None),
                              C("Kreistag", "2025-12-16", None)],
               themes=["mobilitaet", "finanzen"], themes_why="bus timetable",
               notes="Niedersachsen Gruppe of two parties (header + body). Sessions as a key row 'Antrag zur "
                     "Sitzung des' + two lines in the genitive ('Ausschusses …', 'Kreistages') → labelled in "
                     "the nominative, roles null (text check: genitive words expected). 'Betrifft:' label. "
                     "Date alone right-aligned. 'Linien 40 und 41' no references."))

doc(file="z12_hameln-pyrmont_anfrage-fdp_breitband-schulen.pdf", producer="reportlab", font="DejaVu Sans",
    size=10, layout="hamelnpyrmont_anfrage_reportlab", city="Landkreis Hameln-Pyrmont",
    blocks=[
        ("kv", [("FDP-Kreistagsfraktion Hameln-Pyrmont\nVorsitzender: Jan-Ole Riekenberg",
                 "Hameln, 10.11.2025")], 0.62),
        ("space",),
        ("h", "Anfrage gemäß § 56 NKomVG", 12),
        ("p", "für die Sitzung des Kreistages am 16.12.2025"),
        ("pb", "Glasfaseranschluss der berufsbildenden Schulen und der Förderschulen in Trägerschaft des "
               "Landkreises"),
        ("p", "Der Landkreis hat 2021 den Anschluss aller Schulen an das Glasfasernetz bis Ende 2024 "
              "angekündigt. Wir fragen den Landrat:"),
        ("ol", ["Welche Schulen in Trägerschaft des Landkreises sind noch nicht mit mindestens 1 Gbit/s "
                "angebunden?",
                "Aus welchen Gründen hat sich der Anschluss verzögert?",
                "Bis wann ist mit dem vollständigen Anschluss zu rechnen?"]),
        ("p", "Jan-Ole Riekenberg\nFraktionsvorsitzender"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-10",
               title="Glasfaseranschluss der berufsbildenden Schulen und der Förderschulen in Trägerschaft des Landkreises",
               originator="FDP-Kreistagsfraktion Hameln-Pyrmont",
               consultations=[C("Kreistag", "2025-12-16", None)],
               themes=["digitale_infrastruktur", "bildung"], themes_why="school fibre",
               notes="Fraktion letterhead top left with a Vorsitzender line; date with place top right. "
                     "'für die Sitzung des Kreistages am …' → consultation, role null. Bold unlabelled title "
                     "over two lines. '§ 56 NKomVG' no reference. No number."))

doc(file="z13_hameln-pyrmont_2025-344_antwort-breitband-schulen.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="hamelnpyrmont_mitteilung_antwort_html", city="Landkreis Hameln-Pyrmont",
    blocks=[
        ("kv", [("Landkreis Hameln-Pyrmont", "Mitteilungsvorlage"),
                ("Der Landrat", "Vorlage-Nr.: 2025/344"),
                ("Fachdienst 40 – Schulen und Kultur", "Datum: 04.12.2025")], 0.62),
        ("kv", [("Gegenstand:", "Beantwortung der Anfrage der FDP-Kreistagsfraktion vom 10.11.2025\nhier: "
                                "Glasfaseranschluss der berufsbildenden Schulen und der Förderschulen")], 0.15),
        ("table", ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit"],
         [["Kreistag", "16.12.2025", "Kenntnisnahme"]]),
        ("p", "Zu 1: Von 14 Schulen in Trägerschaft des Landkreises sind zwei noch nicht angeschlossen: die "
              "Förderschule am Klüt und die Außenstelle der BBS in Bad Pyrmont."),
        ("p", "Zu 2: Der Tiefbau in der Humboldtstraße musste wegen einer Fernwärmeleitung neu geplant werden; "
              "für die Außenstelle fehlte bis Juli die Zustimmung des Gebäudeeigentümers."),
        ("p", "Zu 3: Beide Anschlüsse sollen bis zum 31.03.2026 in Betrieb gehen."),
        ("p", "Dr. Hennig Lohmeyer\nLandrat"),
    ],
    truth=dict(drucksache="2025/344", doc_type="Antwort", doc_type_printed="Mitteilungsvorlage",
               date="2025-12-04",
               title="Beantwortung der Anfrage der FDP-Kreistagsfraktion vom 10.11.2025 hier: Glasfaseranschluss der berufsbildenden Schulen und der Förderschulen",
               department="Fachdienst 40 – Schulen und Kultur",
               consultations=[C("Kreistag", "2025-12-16", "Kenntnisnahme")],
               themes=["digitale_infrastruktur", "bildung"], themes_why="school fibre",
               notes="Answer printed as a Mitteilungsvorlage of the Landkreis (doc_type Antwort, printed "
                     "'Mitteilungsvorlage'). The Anfrage had no number → answers null. Title = whole "
                     "'Gegenstand:' incl. the 'hier:' line (doubtful: one may take only the 'hier:' part). "
                     "No status printed → public null."))

doc(file="z14_hameln-pyrmont_einladung-kreistag.pdf", producer="chromium", font="DejaVu Serif", size=10,
    layout="hamelnpyrmont_sessionnet_einladung", city="Landkreis Hameln-Pyrmont",
    css="table.grid td { font-size: 9pt; }",
    blocks=[
        ("right", "Landkreis Hameln-Pyrmont\nDer Landrat\nHameln, 03.12.2025"),
        ("p", "An die Mitglieder\ndes Kreistages"),
        ("h", "Einladung", 14),
        ("p", "Sehr geehrte Damen und Herren,\nhiermit lade ich Sie zur 14. Sitzung des Kreistages des "
              "Landkreises Hameln-Pyrmont ein."),
        ("kv", [("Sitzungstermin:", "Dienstag, 16.12.2025, 15:00 Uhr"),
                ("Ort, Raum:", "Kreishaus, Großer Sitzungssaal, Süntelstraße 9, 31785 Hameln")], 0.2),
        ("pb", "Tagesordnung"),
        ("table", ["TOP", "Betreff", "Vorlage"],
         [["Öffentlicher Teil", "", ""],
          ["1", "Eröffnung der Sitzung, Feststellung der Beschlussfähigkeit", ""],
          ["2", "Fortschreibung des Bedarfsplans für den Rettungsdienst 2026 bis 2030", "2025/318"],
          ["3", "Haushaltssatzung 2026 mit Haushaltsplan und Stellenplan", "2025/301"],
          ["4", "Antrag der Gruppe SPD / Bündnis 90/Die Grünen: Samstagstakt auf den Linien 40 und 41", "2025/329"],
          ["5", "Beantwortung der Anfrage der FDP-Kreistagsfraktion (Glasfaser an Schulen)", "2025/344"],
          ["6", "Einwohnerfragestunde", ""],
          ["Nichtöffentlicher Teil", "", ""],
          ["7", "Grundstücksangelegenheiten", "2025/337"]]),
        ("p", "Mit freundlichen Grüßen\nDr. Hennig Lohmeyer"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-12-03",
               title="14. Sitzung des Kreistages des Landkreises Hameln-Pyrmont", public=True,
               references=["2025/318", "2025/301", "2025/329", "2025/344", "2025/337"],
               themes=["finanzen", "sicherheit_ordnung"], themes_why="agenda: budget, rescue service",
               notes="SessionNet agenda table TOP|Betreff|Vorlage incl. a nichtöffentlicher Teil (its Vorlage "
                     "number also counted as reference). Sender block right-aligned with the date. Title = "
                     "session named in the body sentence."))

# ------------------------------------------- Stadt Lauchhammer (BB; Stadtverordnetenversammlung)
doc(file="z15_lauchhammer_0187-2025_schwimmhalle.pdf", producer="chromium-raw", font="Liberation Sans",
    size=9.5, layout="lauchhammer_sidecolumn_left", city="Stadt Lauchhammer",
    css=("div.side { position: absolute; left: 0; top: 0; width: 4.6cm; font-size: 8pt; "
         "border-right: 0.6pt solid #444; padding-right: 6pt; } div.main { margin-left: 5.4cm; } "
         "table.b { border-collapse: collapse; width: 100%; } table.b td { border-bottom: 0.5pt solid #888; "
         "padding: 2pt 3pt; font-size: 8.5pt; } h1 { font-size: 13pt; margin: 0 0 6pt 0; }"),
    html=("<div class='side'><b>Stadt Lauchhammer</b><br>Der Bürgermeister<br><br>"
          "Drucksachen-Nr.<br><b>0187/2025</b><br><br>öffentlich<br><br>Einreicher:<br>Bürgermeister<br><br>"
          "Fachbereich:<br>FB 2 Bildung, Kultur, Sport<br><br>erstellt am:<br>12.11.2025</div>"
          "<div class='main'><h1>Beschlussvorlage</h1>"
          "<p><b>Sanierung der Schwimmhalle Lauchhammer-Mitte – Beschluss über die Ausführungsvariante "
          "und Beantragung von Fördermitteln aus dem Bundesprogramm „Sanierung kommunaler Einrichtungen "
          "in den Bereichen Sport, Jugend und Kultur“</b></p>"
          "<p>Beratungsfolge:</p><table class='b'>"
          "<tr><td>24.11.2025</td><td>Ausschuss für Bildung, Kultur und Sport</td><td>Vorberatung</td></tr>"
          "<tr><td>27.11.2025</td><td>Haupt- und Finanzausschuss</td><td>Vorberatung</td></tr>"
          "<tr><td>10.12.2025</td><td>Stadtverordnetenversammlung</td><td>Entscheidung</td></tr></table>"
          "<p><b>Beschlussvorschlag:</b><br>Die Stadtverordnetenversammlung beschließt die Sanierung der "
          "Schwimmhalle Lauchhammer-Mitte in der Variante B (Erhalt des Beckens, neue Technik und Hülle) "
          "und beauftragt den Bürgermeister, Fördermittel zu beantragen.</p>"
          "<p><b>Begründung:</b><br>Die Schwimmhalle wurde 1979 errichtet und ist die einzige im Umkreis "
          "von 20 km. Sie wird von neun Grundschulen für den Schwimmunterricht genutzt. Die Lüftungs- und "
          "Badewassertechnik ist verschlissen; der Betrieb ist nur bis Ende 2027 gesichert.</p>"
          "<p>Variante A (Neubau) kostet 14,6 Mio. €, Variante B 8,9 Mio. €. Das Bundesprogramm fördert bis "
          "zu 45 %. Der Eigenanteil ist in der mittelfristigen Finanzplanung unter Investitionsnummer "
          "I-424-0012 vorzusehen.</p>"
          "<p><b>Auswirkungen auf den Klimaschutz:</b> ja, positiv – Wärmerückgewinnung und "
          "Photovoltaik senken den Energiebedarf um rund 40 %.</p>"
          "<p>Anlagen: Variantenvergleich, Kostenschätzung</p></div>"),
    truth=dict(drucksache="0187/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-12",
               title="Sanierung der Schwimmhalle Lauchhammer-Mitte – Beschluss über die Ausführungsvariante und Beantragung von Fördermitteln aus dem Bundesprogramm „Sanierung kommunaler Einrichtungen in den Bereichen Sport, Jugend und Kultur“",
               public=True, department="FB 2 Bildung, Kultur, Sport",
               consultations=[C("Ausschuss für Bildung, Kultur und Sport", "2025-11-24", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2025-11-27", "Vorberatung"),
                              C("Stadtverordnetenversammlung", "2025-12-10", "Entscheidung")],
               klimacheck="positive", klima_style="line_ja_positiv",
               themes=["kultur_sport", "finanzen"], themes_why="swimming pool renovation, funding",
               notes="Side column LEFT (absolute) with number, bare 'öffentlich', Einreicher Bürgermeister "
                     "(→ originator null), Fachbereich, 'erstellt am:'. Three-line bold title without label. "
                     "Beratungsfolge as date|committee|role rows without header. 'I-424-0012' no reference."))

doc(file="z16_lauchhammer_antrag-fraktion-bfl_spielplaetze.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=10, layout="lauchhammer_fraktion_antrag_html", city="Stadt Lauchhammer",
    blocks=[
        ("p", "Fraktion „Bürger für Lauchhammer“ in der Stadtverordnetenversammlung Lauchhammer"),
        ("kv", [("An:", "Vorsitzenden der Stadtverordnetenversammlung"),
                ("Datum:", "14.11.2025"),
                ("Sitzung:", "Stadtverordnetenversammlung am 10.12.2025")], 0.18),
        ("h", "Antrag", 14),
        ("kv", [("Titel:", "Spielplatzkonzept 2026–2030 für alle Ortsteile")], 0.18),
        ("p", "Die Stadtverordnetenversammlung möge beschließen:"),
        ("p", "Der Bürgermeister wird beauftragt, bis zum 30.06.2026 ein Spielplatzkonzept für die Jahre 2026 "
              "bis 2030 vorzulegen, das den Zustand aller 23 öffentlichen Spielplätze in Lauchhammer-Mitte, "
              "-Ost, -West, -Süd, Kostebrau, Grünewalde und Dolsthaida bewertet und eine Prioritätenliste "
              "enthält."),
        ("p", "Begründung:\nIn den letzten zwei Jahren wurden vier Spielplätze wegen Mängeln gesperrt. Eine "
              "planvolle Erneuerung ist günstiger als Einzelmaßnahmen."),
        ("p", "gez. Carola Pietsch\nFraktionsvorsitzende"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-14",
               title="Spielplatzkonzept 2026–2030 für alle Ortsteile",
               originator="Fraktion „Bürger für Lauchhammer“",
               consultations=[C("Stadtverordnetenversammlung", "2025-12-10", None)],
               themes=["soziales", "stadtentwicklung"], themes_why="playgrounds",
               notes="Fraktion name with German quotation marks in the first line. Key list 'An:', 'Datum:', "
                     "'Sitzung:' (→ consultation, no role), 'Titel:' label. No number."))

doc(file="z17_lauchhammer_iv-0192-2025_winterdienst.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10, layout="lauchhammer_informationsvorlage_word", city="Stadt Lauchhammer",
    head="Stadt Lauchhammer · Informationsvorlage · öffentlich",
    blocks=[
        ("table", None, [["Drucksachen-Nr.", "0192/2025"], ["Fachbereich", "FB 3 Bauen und Ordnung"],
                         ["Datum", "21.11.2025"]]),
        ("h", "Informationsvorlage", 13),
        ("pb", "Winterdienst 2025/26 – Räum- und Streuplan, Einsatz des neuen Bauhofs"),
        ("p", "Die Information ist vorgesehen für:\nHauptausschuss am 27.11.2025 (Kenntnisnahme)\n"
              "Stadtverordnetenversammlung am 10.12.2025 (Kenntnisnahme)"),
        ("pb", "Inhalt der Information:"),
        ("p", "Der Räum- und Streuplan wurde für die Saison 2025/26 überarbeitet. Neu ist die Einstufung der "
              "Zufahrten zu den Schulen und Kitas in Dringlichkeitsstufe 1. Der Bauhof verfügt über drei "
              "Großfahrzeuge und vier Kleintraktoren; zusätzlich ist ein Dienstleister für die Gehwege in "
              "Kostebrau gebunden."),
        ("p", "Der Streusalzvorrat beträgt 480 t. Die Kosten werden auf 310.000 € geschätzt."),
    ],
    truth=dict(drucksache="0192/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-11-21", title="Winterdienst 2025/26 – Räum- und Streuplan, Einsatz des neuen Bauhofs",
               public=True, department="FB 3 Bauen und Ordnung",
               consultations=[C("Hauptausschuss", "2025-11-27", "Kenntnisnahme"),
                              C("Stadtverordnetenversammlung", "2025-12-10", "Kenntnisnahme")],
               themes=["sicherheit_ordnung", "mobilitaet"], themes_why="winter road service",
               notes="Key table (label | value, ruled) before the heading; public status only in the Word "
                     "header line ('· öffentlich'). Beratung as free lines 'Gremium am date (Kenntnisnahme)'. "
                     "Bold title without label. '2025/26' inside the title is a season, not a number."))

doc(file="z18_lauchhammer_seniorenbeirat_stellungnahme-0187-2025.pdf", producer="reportlab",
    font="Liberation Serif", size=11, layout="lauchhammer_seniorenbeirat_reportlab", city="Stadt Lauchhammer",
    blocks=[
        ("p", "Seniorenbeirat der Stadt Lauchhammer\nDie Vorsitzende"),
        ("right", "Lauchhammer, 20.11.2025"),
        ("p", "An den Ausschuss für Bildung, Kultur und Sport\nüber den Bürgermeister"),
        ("h", "Stellungnahme", 13),
        ("p", "zur Beschlussvorlage 0187/2025"),
        ("pb", "Sanierung der Schwimmhalle Lauchhammer-Mitte"),
        ("p", "Der Seniorenbeirat begrüßt die Entscheidung für den Erhalt der Schwimmhalle. Für viele ältere "
              "Menschen ist das Wassergymnastik-Angebot der einzige Zugang zu Bewegung im Winter."),
        ("p", "Wir bitten, bei der Sanierung folgende Punkte zu berücksichtigen:"),
        ("ul", ["einen barrierefreien Zugang mit Lifter zum Becken,",
                "Haltegriffe und rutschhemmende Böden in den Umkleiden,",
                "feste Zeiten für Seniorenschwimmen auch nach der Sanierung."]),
        ("p", "Die Stellungnahme wurde in der Sitzung des Seniorenbeirates am 18.11.2025 einstimmig beschlossen."),
        ("p", "Gisela Hanschke\nVorsitzende des Seniorenbeirates"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-20",
               title="Sanierung der Schwimmhalle Lauchhammer-Mitte",
               originator="Seniorenbeirat der Stadt Lauchhammer", answers="0187/2025",
               themes=["soziales", "kultur_sport"], themes_why="seniors, swimming pool accessibility",
               notes="'zur Beschlussvorlage 0187/2025' → answers. Addressee committee (no date) and the "
                     "Beirat's own session are no consultations."))

doc(file="z19_lauchhammer_niederschrift-svv.pdf", producer="reportlab", font="DejaVu Sans", size=9.5,
    layout="lauchhammer_niederschrift_reportlab", city="Stadt Lauchhammer", pages=2,
    running="Niederschrift SVV Lauchhammer 29.10.2025 – Seite {page}",
    blocks=[
        ("kv", [("Stadt Lauchhammer", "Niederschrift")], 0.7),
        ("pb", "über die 9. öffentliche und nichtöffentliche Sitzung der Stadtverordnetenversammlung Lauchhammer"),
        ("kv", [("Sitzungsdatum:", "Mittwoch, 29.10.2025"), ("Sitzungsbeginn:", "18:00 Uhr"),
                ("Sitzungsende:", "21:15 Uhr"), ("Ort:", "Rathaus, Ratssaal, Liebenwerdaer Straße 69")], 0.22),
        ("pb", "Anwesenheit"),
        ("p", "Vorsitzender der SVV: Herr Uwe Krautz\nStadtverordnete: 22 von 28 anwesend\nBürgermeister: "
              "Herr Rüdiger Kamenz\nProtokoll: Frau Petra Schiemenz"),
        ("pb", "Öffentlicher Teil"),
        ("pb", "TOP 1 Eröffnung und Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit"),
        ("p", "Der Vorsitzende eröffnet die Sitzung um 18:00 Uhr. Die Beschlussfähigkeit ist gegeben."),
        ("pb", "TOP 2 Einwohnerfragestunde"),
        ("p", "Eine Einwohnerin aus Grünewalde fragt nach der Straßenbeleuchtung in der Seestraße. Der "
              "Bürgermeister sagt eine schriftliche Antwort zu."),
        ("pb", "TOP 3 Haushaltssatzung 2026 – Einbringung (Drucksachen-Nr. 0171/2025)"),
        ("p", "Der Bürgermeister bringt den Entwurf ein. Die Beratung erfolgt in den Fachausschüssen."),
        ("pb", "TOP 4 Jahresabschluss 2023 der Stadtwerke (Drucksachen-Nr. 0163/2025)"),
        ("p", "Beschluss: Die Stadtverordnetenversammlung stellt den Jahresabschluss fest.\nAbstimmung: "
              "ja 20, nein 0, Enthaltung 2"),
        ("pagebreak",),
        ("pb", "TOP 5 Benennung einer Straße im Wohngebiet „Am Bergbaupark“ (Drucksachen-Nr. 0168/2025)"),
        ("p", "Beschluss: Die Planstraße A erhält den Namen „Brikettweg“.\nAbstimmung: ja 18, nein 3, Enthaltung 1"),
        ("pb", "TOP 6 Mitteilungen des Bürgermeisters"),
        ("p", "Die nächste Sitzung der Stadtverordnetenversammlung findet am 10.12.2025 statt."),
        ("pb", "Nichtöffentlicher Teil"),
        ("p", "TOP 7 und 8 – siehe gesonderte Niederschrift."),
        ("p", "Uwe Krautz                                    Petra Schiemenz\nVorsitzender der SVV                  "
              "     Protokollführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-10-29",
               title="9. öffentliche und nichtöffentliche Sitzung der Stadtverordnetenversammlung Lauchhammer",
               references=["0171/2025", "0163/2025", "0168/2025"],
               themes=["finanzen", "stadtentwicklung"], themes_why="budget, annual accounts, street naming",
               notes="Type word right in the header row, session line bold below ('über die …'). Session both "
                     "öffentlich and nichtöffentlich → public null. Date = session day. Next session is a lure."))

# ------------------------------------ Schulverband Trittau (SH; Zweckverband, Amt Trittau as office)
doc(file="z20_schulverband-trittau_svt-2025-018_mensa-erweiterung.pdf", producer="libreoffice-odt",
    font="Liberation Sans", size=10, layout="trittau_morerubin_beschlussvorlage_odt", city="Schulverband Trittau",
    head="Schulverband Trittau · Vorlage SVT/2025/018",
    blocks=[
        ("table", None, [["Schulverband Trittau\nDer Schulverbandsvorsteher", "Beschlussvorlage\nöffentlich"],
                         ["Vorlagen-Nr.", "SVT/2025/018"],
                         ["Federführend", "Amt Trittau, Fachbereich 3 – Schule, Jugend und Soziales"],
                         ["Datum", "05.11.2025"]]),
        ("space",),
        ("table", ["Gremium", "Datum", "Behandlung", "Ö/N"],
         [["Schulausschuss des Schulverbandes", "20.11.2025", "Vorberatung", "Ö"],
          ["Verbandsversammlung", "04.12.2025", "Entscheidung", "Ö"]]),
        ("space",),
        ("kv", [("Beratungsgegenstand", "Erweiterung der Mensa der Gemeinschaftsschule Trittau für den "
                                        "Ganztagsbetrieb ab dem Schuljahr 2026/27")], 0.25),
        ("pb", "Sachverhalt"),
        ("p", "Ab dem Schuljahr 2026/27 besteht der Rechtsanspruch auf Ganztagsbetreuung für Grundschulkinder. "
              "Die Mensa der Gemeinschaftsschule mit 140 Plätzen reicht schon heute in zwei Schichten nicht aus. "
              "Das Planungsbüro hat einen eingeschossigen Anbau mit 90 zusätzlichen Plätzen und einer "
              "Ausgabeküche entworfen."),
        ("p", "Die Kosten betragen 2,35 Mio. €. Aus dem Investitionsprogramm Ganztagsausbau des Landes werden "
              "70 % erwartet. Der Rest wird über die Schulkostenbeiträge der Verbandsgemeinden nach § 6 der "
              "Verbandssatzung finanziert."),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt die Erweiterung der Mensa nach der Entwurfsplanung vom "
              "28.10.2025 und beauftragt den Schulverbandsvorsteher, den Förderantrag zu stellen."),
        ("kv", [("Klimaschutzrelevanz", "☐ positiv   ☐ negativ   ☒ keine erkennbare Relevanz")], 0.25),
        ("p", "Henning Voß\nSchulverbandsvorsteher"),
    ],
    truth=dict(drucksache="SVT/2025/018", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-05",
               title="Erweiterung der Mensa der Gemeinschaftsschule Trittau für den Ganztagsbetrieb ab dem Schuljahr 2026/27",
               public=True, department="Amt Trittau, Fachbereich 3 – Schule, Jugend und Soziales",
               consultations=[C("Schulausschuss des Schulverbandes", "2025-11-20", "Vorberatung"),
                              C("Verbandsversammlung", "2025-12-04", "Entscheidung")],
               klimacheck="neutral", klima_style="kv_checkbox_keine",
               themes=["bildung", "finanzen"], themes_why="school canteen, all-day schooling",
               notes="Zweckverband run by an Amt: 'Federführend' names the Amt and its Fachbereich (department "
                     "= whole line). Keys without colons in a ruled table; the Beratungsfolge comes before the "
                     "title ('Beratungsgegenstand'). Ö/N column all Ö and 'öffentlich' in the header → public "
                     "true. '§ 6 der Verbandssatzung', 'Schuljahr 2026/27' no references."))

doc(file="z21_schulverband-trittau_einladung-verbandsversammlung.pdf", producer="ghostscript", base="chromium",
    font="Liberation Serif", size=10.5, layout="trittau_einladung_chromium_gs", city="Schulverband Trittau",
    blocks=[
        ("p", "Schulverband Trittau\nDer Verbandsvorsteher\nEuropaplatz 5 · 22946 Trittau"),
        ("right", "Trittau, 21.11.2025"),
        ("p", "An die Mitglieder der Verbandsversammlung\ndes Schulverbandes Trittau"),
        ("h", "Einladung zur Sitzung der Verbandsversammlung", 13),
        ("p", "Sehr geehrte Damen und Herren,\nzur 6. Sitzung der Verbandsversammlung des Schulverbandes "
              "Trittau am Donnerstag, dem 4. Dezember 2025, um 19:30 Uhr in der Aula der Gemeinschaftsschule "
              "Trittau lade ich Sie herzlich ein."),
        ("pb", "Tagesordnung:"),
        ("ol", ["Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit",
                "Einwohnerfragestunde",
                "Niederschrift der Sitzung vom 11.09.2025",
                "Bericht des Schulverbandsvorstehers",
                "Erweiterung der Mensa der Gemeinschaftsschule für den Ganztagsbetrieb – Vorlage SVT/2025/018 "
                "mit Ergänzung SVT/2025/018/1",
                "Haushaltssatzung des Schulverbandes für das Haushaltsjahr 2026 – Vorlage SVT/2025/021",
                "Festsetzung der Schulkostenbeiträge 2026 – Vorlage SVT/2025/022",
                "Verschiedenes"]),
        ("p", "Die Sitzung ist öffentlich."),
        ("p", "Mit freundlichen Grüßen\nHenning Voß"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-21",
               title="Sitzung der Verbandsversammlung", public=True,
               references=["SVT/2025/018", "SVT/2025/018/1", "SVT/2025/021", "SVT/2025/022"],
               themes=["bildung", "finanzen"], themes_why="agenda: canteen, budget, contributions",
               notes="Chromium re-distilled by Ghostscript. Title = heading 'Einladung zur Sitzung der "
                     "Verbandsversammlung' minus the type words (doubtful: the body names the '6. Sitzung … des "
                     "Schulverbandes Trittau'). Agenda numbers after 'Vorlage' inside the items; 'Die Sitzung "
                     "ist öffentlich.' → public true."))

doc(file="z22_schulverband-trittau_schreiben-schulkostenbeitraege.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="trittau_schreiben_reportlab", city="Schulverband Trittau",
    blocks=[
        ("kv", [("Schulverband Trittau · Europaplatz 5 · 22946 Trittau",
                 "Amt Trittau\nFachbereich 3\nSchule, Jugend und Soziales\n\nIhr Ansprechpartner:\n"
                 "Herr Stoltenberg\nTelefon 04154 8079-310\nZimmer 1.08")], 0.62),
        ("p", "An die Bürgermeisterinnen und Bürgermeister\nder verbandsangehörigen Gemeinden\nGrande, "
              "Großensee, Hamfelde, Lütjensee, Trittau und Witzhave"),
        ("kv", [("Ihr Zeichen / Ihre Nachricht vom", "Mein Zeichen / Meine Nachricht vom\n3/40.21-Sto"),
                ("", "Trittau, 12.11.2025")], 0.5),
        ("pb", "Voraussichtliche Schulkostenbeiträge 2026 und Umlage für die Mensaerweiterung"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "damit Sie die Beiträge in Ihre Haushaltsplanung 2026 übernehmen können, teile ich Ihnen die "
              "voraussichtlichen Schulkostenbeiträge mit. Die Verbandsversammlung wird am 04.12.2025 "
              "abschließend beraten."),
        ("table", ["Gemeinde", "Schülerzahl 15.10.2025", "Beitrag 2026"],
         [["Grande", "41", "97.580 €"], ["Großensee", "118", "280.840 €"], ["Hamfelde", "27", "64.260 €"],
          ["Lütjensee", "196", "466.480 €"], ["Trittau", "803", "1.911.140 €"], ["Witzhave", "64", "152.320 €"]],
         [0.4, 0.3, 0.3]),
        ("p", "Für den Eigenanteil an der Mensaerweiterung (Vorlage SVT/2025/018) kommt 2027 eine einmalige "
              "Investitionsumlage von voraussichtlich 705.000 € hinzu, die nach Schülerzahlen verteilt wird."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nJörn Stoltenberg"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2025-11-12",
               title="Voraussichtliche Schulkostenbeiträge 2026 und Umlage für die Mensaerweiterung",
               department="Fachbereich 3", references=["SVT/2025/018"],
               themes=["finanzen", "bildung"], themes_why="school contributions",
               notes="DIN letter: return line, letterhead column right (Amt Trittau / Fachbereich 3 / its name "
                     "on a third line), reference line 'Ihr Zeichen … / Mein Zeichen … 3/40.21-Sto' (own file "
                     "mark, no Drucksache). Department = 'Fachbereich 3' (doubtful: its name is on the next "
                     "line; 'Fachbereich 3 Schule, Jugend und Soziales' is also right). The Verbandsversammlung "
                     "date is a sentence → no consultation. 'Vorlage SVT/2025/018' cited → reference."))

doc(file="z23_schulverband-trittau_ergaenzung-svt-2025-018-1.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="trittau_ergaenzung_chromium", city="Schulverband Trittau",
    css="table.grid td { font-size: 9.5pt; }",
    blocks=[
        ("table", None, [["Schulverband Trittau\nDer Schulverbandsvorsteher", "Ergänzungsvorlage\nöffentlich"],
                         ["Vorlagen-Nr.", "SVT/2025/018/1"],
                         ["Federführend", "Amt Trittau, Fachbereich 3 – Schule, Jugend und Soziales"],
                         ["Datum", "24.11.2025"]]),
        ("table", ["Gremium", "Datum", "Behandlung", "Ö/N"],
         [["Verbandsversammlung", "04.12.2025", "Entscheidung", "Ö"]]),
        ("kv", [("Beratungsgegenstand", "Erweiterung der Mensa der Gemeinschaftsschule Trittau\nhier: "
                                        "Empfehlung des Schulausschusses und Förderzusage")], 0.25),
        ("p", "Ursprüngliche Vorlage: SVT/2025/018 vom 05.11.2025"),
        ("p", "Der Schulausschuss hat in seiner Sitzung am 20.11.2025 die Erweiterung einstimmig empfohlen und "
              "angeregt, die Ausgabeküche als Frischküche auszuführen (Mehrkosten 85.000 €)."),
        ("p", "Mit Bescheid vom 19.11.2025 hat das Land die Förderung in Höhe von 1.645.000 € dem Grunde nach "
              "zugesagt."),
        ("pb", "Ergänzter Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt die Erweiterung der Mensa einschließlich einer Frischküche "
              "mit Gesamtkosten von 2.435.000 €."),
    ],
    truth=dict(drucksache="SVT/2025/018/1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2025-11-24",
               title="Erweiterung der Mensa der Gemeinschaftsschule Trittau hier: Empfehlung des Schulausschusses und Förderzusage",
               public=True, department="Amt Trittau, Fachbereich 3 – Schule, Jugend und Soziales",
               references=["SVT/2025/018"],
               consultations=[C("Verbandsversammlung", "2025-12-04", "Entscheidung")],
               themes=["bildung", "finanzen"], themes_why="canteen, funding",
               notes="Same more!rubin-like frame as z20 with suffix '/1'; 'Ursprüngliche Vorlage:' line → "
                     "references. Schulausschuss date in the body is a lure."))

# ------------------------------- Verbandsgemeinde Otterbach-Otterberg (RP; SessionNet / Word templates)
doc(file="z24_vg-otterbach-otterberg_4-106-2025_abwasserentgelte.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="otterbach_sessionnet_sitzungsvorlage", city="Verbandsgemeinde Otterbach-Otterberg",
    running="Verbandsgemeinde Otterbach-Otterberg – Vorlage 4-106/2025 – Seite 1",
    blocks=[
        ("kv", [("Verbandsgemeindeverwaltung Otterbach-Otterberg\nFachbereich 4 – Verbandsgemeindewerke",
                 "Beschlussvorlage Nr.: 4-106/2025\nAktenzeichen: 815-20\nDatum: 10.11.2025")], 0.58),
        ("space",),
        ("kv", [("Gegenstand der Vorlage:",
                 "Neukalkulation der Entgelte für die Abwasserbeseitigung ab 01.01.2026 – Änderung der "
                 "Entgeltsatzung Abwasserbeseitigung")], 0.25),
        ("p", "Beratung im Werkausschuss am 24.11.2025 (nichtöffentlich, Vorberatung) und im "
              "Verbandsgemeinderat am 11.12.2025 (öffentlich, Beschluss)."),
        ("pb", "Sach- und Rechtslage:"),
        ("p", "Die Entgelte für die Abwasserbeseitigung sind nach § 8 KAG kostendeckend zu kalkulieren. Durch "
              "gestiegene Energie- und Klärschlammentsorgungskosten sowie die Sanierung des Sammlers zwischen "
              "Katzweiler und Otterbach entsteht für 2026 eine Unterdeckung von rund 640.000 €."),
        ("p", "Die Kalkulation des Büros sieht eine Erhöhung des wiederkehrenden Beitrags von 0,32 €/m² auf "
              "0,37 €/m² und der Schmutzwassergebühr von 2,40 €/m³ auf 2,85 €/m³ vor."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Verbandsgemeinderat beschließt die 4. Satzung zur Änderung der Entgeltsatzung "
              "Abwasserbeseitigung in der als Anlage beigefügten Fassung."),
        ("p", "Otterbach, 10.11.2025\n\nIm Auftrag\nSteffen Hoffart"),
    ],
    truth=dict(drucksache="4-106/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-10",
               title="Neukalkulation der Entgelte für die Abwasserbeseitigung ab 01.01.2026 – Änderung der Entgeltsatzung Abwasserbeseitigung",
               department="Fachbereich 4 – Verbandsgemeindewerke",
               consultations=[C("Werkausschuss", "2025-11-24", "Vorberatung"),
                              C("Verbandsgemeinderat", "2025-12-11", "Entscheidung")],
               themes=["finanzen", "klima_umwelt"], themes_why="sewage fees",
               notes="Type word and number on one line in the right header column, then 'Aktenzeichen: 815-20' "
                     "(file mark, not the number). Beratungsfolge as one sentence with status and role in "
                     "brackets; mixed ö/nö → public null. Label 'Gegenstand der Vorlage:'. '§ 8 KAG' no "
                     "reference. No Klimacheck."))

doc(file="z25_vg-otterbach-otterberg_antrag-fwg_radweg-lautertal.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="otterbach_fwg_antrag_word", city="Verbandsgemeinde Otterbach-Otterberg",
    head="FWG-Fraktion im Verbandsgemeinderat Otterbach-Otterberg",
    running="FWG-Fraktion · Sprecher: Werner Kiefhaber · Hauptstraße 18 · 67731 Otterbach",
    blocks=[
        ("p", "Herrn Bürgermeister\nder Verbandsgemeinde Otterbach-Otterberg\nHauptstraße 27\n67731 Otterbach"),
        ("right", "Otterbach, den 20.11.2025"),
        ("p", "Antrag zur Sitzung des Verbandsgemeinderates am 11.12.2025"),
        ("h", "Lückenschluss des Radwegs im Lautertal zwischen Otterbach und Katzweiler –\nBeauftragung einer "
              "Machbarkeitsuntersuchung", 12),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "die FWG-Fraktion beantragt:"),
        ("pi", "Die Verwaltung wird beauftragt, für den Lückenschluss des Lautertal-Radwegs zwischen Otterbach "
               "und Katzweiler eine Machbarkeitsuntersuchung ausschreiben zu lassen und die Förderfähigkeit "
               "über das Landesprogramm Radverkehr zu prüfen. Die Mittel von 25.000 € werden im Haushalt 2026 "
               "bereitgestellt."),
        ("p", "Begründung:\nZwischen beiden Orten müssen Radfahrende derzeit die L 382 nutzen. Der Abschnitt "
              "ist 2,1 km lang; der Landesbetrieb Mobilität hat Unterstützung signalisiert."),
        ("p", "Mit freundlichen Grüßen\n\nWerner Kiefhaber\nFraktionssprecher"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-20",
               title="Lückenschluss des Radwegs im Lautertal zwischen Otterbach und Katzweiler – Beauftragung einer Machbarkeitsuntersuchung",
               originator="FWG-Fraktion",
               consultations=[C("Verbandsgemeinderat", "2025-12-11", None)],
               themes=["mobilitaet", "klima_umwelt"], themes_why="cycle path",
               notes="Fraktion in the Word header and the body ('die FWG-Fraktion'); originator = the short "
                     "form as in the body (doubtful: header has 'FWG-Fraktion im Verbandsgemeinderat "
                     "Otterbach-Otterberg'). Title as a 12-pt two-line heading without label, the session "
                     "line above it. 'L 382' no reference. Sender address only in the Word footer."))

doc(file="z26_vg-otterbach-otterberg_anfrage-ratsmitglied-klein_kita-personal.pdf", producer="libreoffice-odt",
    font="Liberation Sans", size=10.5, layout="otterbach_anfrage_odt", city="Verbandsgemeinde Otterbach-Otterberg",
    blocks=[
        ("p", "Daniela Klein-Sauer\nMitglied des Verbandsgemeinderates (Bündnis 90/Die Grünen)"),
        ("right", "13.11.2025"),
        ("h", "Anfrage nach § 33 Abs. 3 GemO", 12),
        ("kv", [("Betr.:", "Personalausstattung der Kindertagesstätten in Trägerschaft der Verbandsgemeinde und "
                           "Ausfall von Betreuungszeiten im Jahr 2025")], 0.12),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "Eltern in Otterberg und Schallodenbach berichten von verkürzten Öffnungszeiten wegen "
              "Personalmangels. Ich bitte um schriftliche Beantwortung:"),
        ("ol", ["An wie vielen Tagen mussten 2025 Betreuungszeiten in den Kitas gekürzt werden?",
                "Wie viele Fachkraftstellen sind derzeit unbesetzt?",
                "Welche Maßnahmen zur Gewinnung von Fachkräften plant die Verwaltung?"]),
        ("p", "Mit freundlichen Grüßen\nDaniela Klein-Sauer"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-13",
               title="Personalausstattung der Kindertagesstätten in Trägerschaft der Verbandsgemeinde und Ausfall von Betreuungszeiten im Jahr 2025",
               originator="Daniela Klein-Sauer",
               themes=["bildung", "soziales"], themes_why="childcare staffing",
               notes="Einzelmitglied, name + role line top left; bare date right. 'Betr.:' label, title over two "
                     "lines. '§ 33 Abs. 3 GemO' no reference. No number, no session."))

doc(file="z27_vg-otterbach-otterberg_antwort-anfrage-klein_kita-personal.pdf", producer="ghostscript",
    base="libreoffice-docx", font="Liberation Sans", size=10, layout="otterbach_antwort_letter_docx_gs",
    city="Verbandsgemeinde Otterbach-Otterberg",
    blocks=[
        ("kv", [("Verbandsgemeindeverwaltung Otterbach-Otterberg · Hauptstraße 27 · 67731 Otterbach",
                 "Fachbereich 2\nBürgerdienste, Schulen und Kitas\nAuskunft erteilt: Frau Bauer\nTel. 06301 607-214\n"
                 "Aktenzeichen: 2-464-05")], 0.6),
        ("p", "Frau\nDaniela Klein-Sauer\nMitglied des Verbandsgemeinderates\nIm Wiesental 9\n67697 Otterberg"),
        ("right", "Otterbach, 01.12.2025"),
        ("pb", "Ihre Anfrage vom 13.11.2025 nach § 33 Abs. 3 GemO\nPersonalausstattung der Kindertagesstätten in "
               "Trägerschaft der Verbandsgemeinde"),
        ("p", "Sehr geehrte Frau Klein-Sauer,"),
        ("p", "Ihre Fragen beantworte ich wie folgt:"),
        ("p", "1. In den sieben Kitas der Verbandsgemeinde wurden 2025 bis Ende Oktober an insgesamt 46 Tagen "
              "Betreuungszeiten gekürzt, davon 29 Tage in der Kita Otterberg."),
        ("p", "2. Derzeit sind 4,5 Vollzeitstellen für Fachkräfte unbesetzt."),
        ("p", "3. Ab 2026 bieten wir eine vergütete Teilzeitausbildung an und beteiligen uns an der "
              "Fachkräftekampagne des Landkreises. Ein Springerpool mit zwei Stellen ist im Stellenplan 2026 "
              "vorgesehen."),
        ("p", "Eine Abschrift dieser Antwort erhalten alle Mitglieder des Verbandsgemeinderates."),
        ("p", "Mit freundlichen Grüßen\n\nMichael Rheinheimer\nBürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed=None, date="2025-12-01",
               title="Personalausstattung der Kindertagesstätten in Trägerschaft der Verbandsgemeinde",
               department="Fachbereich 2",
               themes=["bildung", "soziales"], themes_why="childcare staffing",
               notes="Answer letter without type word and number (answers null), Word re-distilled by "
                     "Ghostscript. Subject two bold lines: 'Ihre Anfrage vom … nach § …' + title (title = second "
                     "line, shorter than the Anfrage's). Department = 'Fachbereich 2' (its name on the next "
                     "line; doubtful as in z22). 'Aktenzeichen: 2-464-05', phone, postcode are letterhead."))

# ------------------------------------- Regionaler Planungsverband Westmecklenburg (MV; Verbandsversammlung)
doc(file="z28_rpv-westmecklenburg_vv-14-2025_wind-teilfortschreibung.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="westmecklenburg_vorlage_html", city="Regionaler Planungsverband Westmecklenburg",
    blocks=[
        ("p", "Regionaler Planungsverband Westmecklenburg\nGeschäftsstelle beim Amt für Raumordnung und "
              "Landesplanung Westmecklenburg"),
        ("table", None, [["Beschlussvorlage", "VV 14/2025"], ["Vorlage an", "Verbandsversammlung"],
                         ["Sitzung am", "03.12.2025"], ["Stand", "06.11.2025"]]),
        ("kv", [("Beschlussgegenstand:", "Teilfortschreibung des Regionalen Raumentwicklungsprogramms "
                                         "Westmecklenburg, Kapitel 6.5 Energie – Abwägung der Stellungnahmen aus "
                                         "der zweiten Beteiligungsstufe und Freigabe des dritten Entwurfs")], 0.2),
        ("pb", "Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung nimmt das Abwägungsergebnis zu den 1.812 Stellungnahmen der zweiten "
              "Beteiligungsstufe zur Kenntnis und gibt den dritten Entwurf des Kapitels 6.5 mit 61 "
              "Vorranggebieten Windenergie für die erneute Beteiligung frei."),
        ("pb", "Begründung"),
        ("p", "Nach dem Windenergieflächenbedarfsgesetz muss die Planungsregion bis Ende 2027 2,1 % ihrer "
              "Fläche für die Windenergie ausweisen. Der zweite Entwurf erreichte 2,04 %. Nach der Abwägung "
              "entfallen die Gebiete 17/25 und 33/25 aus Gründen des Vogelschutzes; neu aufgenommen werden "
              "Flächen bei Warsow und Dümmer."),
        ("p", "Der Vorstand hat die Vorlage am 20.11.2025 beraten und empfiehlt die Beschlussfassung."),
        ("p", "Dr. Ulrike Sanddorn\nVerbandsvorsitzende"),
    ],
    truth=dict(drucksache="VV 14/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-06",
               title="Teilfortschreibung des Regionalen Raumentwicklungsprogramms Westmecklenburg, Kapitel 6.5 Energie – Abwägung der Stellungnahmen aus der zweiten Beteiligungsstufe und Freigabe des dritten Entwurfs",
               consultations=[C("Verbandsversammlung", "2025-12-03", None)],
               themes=["klima_umwelt", "stadtentwicklung"], themes_why="wind energy regional plan",
               notes="Planungsverband: key table 'Beschlussvorlage | VV 14/2025' (type word as the key of its "
                     "number), 'Vorlage an' + 'Sitzung am' rows (→ consultation, role null), 'Stand' = date. "
                     "Geschäftsstelle line is not a department (doubtful; labelled null). Vorstand date in the "
                     "body is a lure. 'Kapitel 6.5', '17/25', '33/25' (plan area ids) no references. No status."))

doc(file="z29_rpv-westmecklenburg_information-vs-09-2025_wind-sachstand.pdf", producer="reportlab",
    font="DejaVu Serif", size=10, layout="westmecklenburg_information_reportlab",
    city="Regionaler Planungsverband Westmecklenburg",
    blocks=[
        ("kv", [("Regionaler Planungsverband\nWestmecklenburg", "Informationsvorlage\nNr. VS 09/2025")], 0.6),
        ("kv", [("Gremium:", "Vorstand"), ("Sitzung am:", "20.11.2025"), ("öffentlich:", "nein"),
                ("verantwortlich:", "Geschäftsstelle, Referat Regionalplanung")], 0.4),
        ("pb", "Sachstand der Klageverfahren gegen die Ausweisung von Vorranggebieten Windenergie"),
        ("p", "Gegen die 2024 in Kraft getretene Teilfortschreibung sind beim Oberverwaltungsgericht "
              "insgesamt drei Normenkontrollanträge gestellt worden."),
        ("p", "Zwei Verfahren betreffen Gebiete im Landkreis Ludwigslust-Parchim, eines ein Gebiet im Landkreis "
              "Nordwestmecklenburg. Die mündliche Verhandlung ist für das zweite Quartal 2026 angekündigt. Die "
              "Geschäftsstelle rechnet nicht mit einer Gesamtunwirksamkeit des Plans."),
        ("p", "Die Kosten der Prozessvertretung betragen bisher 38.400 € und werden aus der Verbandsumlage "
              "gedeckt."),
        ("p", "Schwerin, 12.11.2025"),
    ],
    truth=dict(drucksache="VS 09/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-11-12",
               title="Sachstand der Klageverfahren gegen die Ausweisung von Vorranggebieten Windenergie",
               public=False, department="Geschäftsstelle, Referat Regionalplanung",
               consultations=[C("Vorstand", "2025-11-20", None)],
               themes=["klima_umwelt", "verwaltung"], themes_why="wind energy lawsuits",
               notes="Type word over 'Nr. VS 09/2025' in the right header cell; 'öffentlich: nein' → public "
                     "false; 'Gremium: Vorstand' + 'Sitzung am:' keys → consultation Vorstand, role null. Date only at the foot with the place."))

doc(file="z30_rpv-westmecklenburg_schreiben-beteiligung-dritter-entwurf.pdf", producer="chromium",
    font="Liberation Serif", size=10.5, layout="westmecklenburg_schreiben_chromium",
    city="Regionaler Planungsverband Westmecklenburg",
    blocks=[
        ("kv", [("Regionaler Planungsverband Westmecklenburg\nDie Verbandsvorsitzende",
                 "Bearbeiter: Herr Tessmann\nTelefon: 0385 588-89142\nE-Mail: poststelle@rpv-wm.example\n"
                 "Az.: 140-505-06/25")], 0.6),
        ("p", "Regionaler Planungsverband Westmecklenburg · Postfach · 19048 Schwerin"),
        ("p", "An die\nÄmter und amtsfreien Gemeinden\nder Planungsregion Westmecklenburg"),
        ("right", "Schwerin, den 10.12.2025"),
        ("pb", "Teilfortschreibung Kapitel 6.5 Energie – Ankündigung der dritten Beteiligungsstufe"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "die Verbandsversammlung hat am 3. Dezember 2025 den dritten Entwurf zur erneuten Beteiligung "
              "freigegeben (Beschluss VV 14/2025). Die Unterlagen werden vom 12. Januar bis 13. Februar 2026 "
              "im Internet und in den Amtsverwaltungen ausgelegt."),
        ("p", "Stellungnahmen können nur zu den geänderten Teilen abgegeben werden. Bitte weisen Sie in Ihrem "
              "Bekanntmachungsorgan auf die Auslegung hin; einen Textvorschlag fügen wir bei."),
        ("p", "Mit freundlichen Grüßen\n\nDr. Ulrike Sanddorn\nVerbandsvorsitzende"),
        ("p", "Anlage: Textvorschlag für die Bekanntmachung"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2025-12-10",
               title="Teilfortschreibung Kapitel 6.5 Energie – Ankündigung der dritten Beteiligungsstufe",
               references=["VV 14/2025"],
               themes=["klima_umwelt", "stadtentwicklung"], themes_why="wind energy plan participation",
               notes="Letter: letterhead left with a contact column right (Az. of the office), return line, "
                     "address, place-date, bold subject. 'Beschluss VV 14/2025' cited → reference. The "
                     "Verbandsversammlung date in a sentence is no consultation. No department (the "
                     "'Verbandsvorsitzende' is no unit)."))

doc(file="z31_rpv-westmecklenburg_niederschrift-verbandsversammlung.pdf", producer="libreoffice-docx",
    font="DejaVu Sans", size=9.5, layout="westmecklenburg_niederschrift_word", city="Regionaler Planungsverband Westmecklenburg",
    head="Regionaler Planungsverband Westmecklenburg – Protokoll der 31. Verbandsversammlung",
    blocks=[
        ("h", "Protokoll", 14),
        ("p", "der 31. Sitzung der Verbandsversammlung des Regionalen Planungsverbandes Westmecklenburg"),
        ("table", None, [["Datum", "03.12.2025"], ["Ort", "Kreistagssaal, Putlitzer Straße 25, Parchim"],
                         ["Zeit", "10:00 Uhr bis 12:40 Uhr"], ["Sitzung", "öffentlich"]]),
        ("p", "Anwesend: 31 von 38 stimmberechtigten Mitgliedern; Leitung: Dr. Ulrike Sanddorn; Protokoll: "
              "Frau Dörte Behnke (Geschäftsstelle)"),
        ("pb", "TOP 1 Begrüßung und Feststellung der Beschlussfähigkeit"),
        ("p", "Die Beschlussfähigkeit wird festgestellt. Die Tagesordnung wird ohne Änderung bestätigt."),
        ("pb", "TOP 2 Teilfortschreibung Kapitel 6.5 Energie – Vorlage VV 14/2025"),
        ("p", "Herr Tessmann stellt das Abwägungsergebnis vor. Herr Zühlsdorf (Ludwigslust-Parchim) beantragt, "
              "das Gebiet bei Dümmer zu streichen; der Antrag wird mit 9 : 20 : 2 abgelehnt.\nBeschluss: "
              "Der Vorlage wird mit 24 Ja-Stimmen, 5 Nein-Stimmen und 2 Enthaltungen zugestimmt."),
        ("pb", "TOP 3 Haushaltssatzung 2026 und Verbandsumlage – Vorlage VV 15/2025"),
        ("p", "Beschluss: einstimmig."),
        ("pb", "TOP 4 Informationen"),
        ("p", "Die nächste Verbandsversammlung ist für den 18.03.2026 in Wismar vorgesehen."),
        ("p", "gez. Dr. Ulrike Sanddorn, Verbandsvorsitzende          gez. Dörte Behnke, Protokollführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2025-12-03",
               title="31. Sitzung der Verbandsversammlung des Regionalen Planungsverbandes Westmecklenburg",
               public=True, references=["VV 14/2025", "VV 15/2025"],
               themes=["klima_umwelt", "finanzen"], themes_why="wind plan, budget",
               notes="'Protokoll' heading, session named in the next line ('der 31. Sitzung …'); key table "
                     "Datum/Ort/Zeit/Sitzung 'öffentlich' → public true. A vote '9 : 20 : 2' and the next "
                     "session are lures."))

# ------------------------------------- Bezirksvertretung Lennep, Stadt Remscheid (NW; ALLRIS-like print)
doc(file="z32_remscheid-lennep_ds-16-2187_spielplatz-knusthoehe.pdf", producer="chromium", font="Liberation Sans",
    size=9.5, layout="lennep_allris_beschlussvorlage", city="Bezirksvertretung Lennep (Stadt Remscheid)",
    css="table.grid td { font-size: 9pt; } table.grid th { background: #e8e8e8; }",
    running="Drucksache 16/2187 – Ausdruck vom 18.11.2025 – Seite 1",
    blocks=[
        ("table", None, [["Stadt Remscheid", "Drucksache\n16/2187", "öffentlich"],
                         ["Der Oberbürgermeister\nFachdienst 2.66 – Grün und Freiraum", "Beschlussvorlage",
                          "18.11.2025"]]),
        ("table", ["Beratungsfolge", "Datum", "Status", "Beratungsart"],
         [["Bezirksvertretung Lennep", "04.12.2025", "Ö", "Entscheidung"]]),
        ("pb", "Erneuerung des Spielplatzes Knusthöhe – Auswahl der Entwurfsvariante nach der "
               "Kinder- und Jugendbeteiligung"),
        ("pb", "Beschlussentwurf:"),
        ("p", "Die Bezirksvertretung Lennep beschließt die Erneuerung des Spielplatzes Knusthöhe nach der "
              "Entwurfsvariante 2 („Wasserspiel und Kletterwald“)."),
        ("pb", "Begründung:"),
        ("p", "Die Spielgeräte des Spielplatzes Knusthöhe sind über 25 Jahre alt; zwei Geräte wurden 2025 "
              "abgebaut. In einer Beteiligung im September haben 86 Kinder und Jugendliche über drei Varianten "
              "abgestimmt; Variante 2 erhielt 51 Stimmen."),
        ("p", "Die Kosten von 185.000 € werden aus der Spielplatzpauschale (Produkt 1.13.01) und "
              "bezirksbezogenen Mitteln der Bezirksvertretung finanziert."),
        ("table", ["Klimarelevanz", "Bewertung"],
         [["Hat die Maßnahme Auswirkungen auf den Klimaschutz?", "ja, positiv: Entsiegelung von 320 m², "
                                                                   "vier neue Bäume"]]),
        ("p", "Anlage: Entwurfsvarianten 1 bis 3"),
    ],
    truth=dict(drucksache="16/2187", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-18",
               title="Erneuerung des Spielplatzes Knusthöhe – Auswahl der Entwurfsvariante nach der Kinder- und Jugendbeteiligung",
               public=True, department="Fachdienst 2.66 – Grün und Freiraum",
               consultations=[C("Bezirksvertretung Lennep", "2025-12-04", "Entscheidung")],
               klimacheck="positive", klima_style="table_question_ja_positiv",
               themes=["kultur_sport", "klima_umwelt"], themes_why="playground renewal, unsealing",
               notes="Three-column header grid: 'Drucksache' over the number (Wahlperiode/number), type word "
                     "in the second row, status and date in the third column without labels. Bold unlabelled "
                     "title after the Beratungsfolge. 'Produkt 1.13.01' no reference."))

doc(file="z33_remscheid-lennep_ds-16-2201_anfrage-spd_parken-altstadt.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="lennep_fraktion_anfrage_word", city="Bezirksvertretung Lennep (Stadt Remscheid)",
    head="SPD-Fraktion in der Bezirksvertretung Lennep",
    blocks=[
        ("kv", [("Drucksache Nr.:", "16/2201"), ("Eingang:", "17.11.2025")], 0.2),
        ("p", "An den Bezirksbürgermeister\nder Bezirksvertretung Lennep"),
        ("right", "Remscheid-Lennep, 14.11.2025"),
        ("h", "Anfrage zur Sitzung der Bezirksvertretung Lennep am 04.12.2025", 12),
        ("kv", [("Betreff:", "Parkraumsituation in der Lenneper Altstadt nach Eröffnung des Outlet-Centers")], 0.15),
        ("p", "Sehr geehrter Herr Bezirksbürgermeister,"),
        ("p", "Anwohnerinnen und Anwohner der Altstadt beklagen zugeparkte Zufahrten an Wochenenden. Wir bitten "
              "die Verwaltung um Beantwortung folgender Fragen:"),
        ("ol", ["Wie viele Verwarnungen wurden seit Juli 2025 im Bereich Kölner Straße / Berliner Straße erteilt?",
                "Ist ein Bewohnerparken für die Altstadt geplant?",
                "Wie ist die Auslastung der Parkhäuser an Samstagen?"]),
        ("p", "Mit freundlichen Grüßen\n\nKerstin Lüdorf\nFraktionssprecherin"),
    ],
    truth=dict(drucksache="16/2201", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-14",
               title="Parkraumsituation in der Lenneper Altstadt nach Eröffnung des Outlet-Centers",
               originator="SPD-Fraktion in der Bezirksvertretung Lennep",
               consultations=[C("Bezirksvertretung Lennep", "2025-12-04", None)],
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="parking",
               notes="Fraktion only in the Word header. Number and receipt date ('Eingang:') in a key list "
                     "above the address; paper date = the place-date (14.11.2025), not the receipt "
                     "(17.11.2025). Heading 'Anfrage zur Sitzung der … am …' → consultation, role null."))

doc(file="z34_remscheid-lennep_ds-16-2201-1_antwort-parken-altstadt.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="lennep_allris_beantwortung", city="Bezirksvertretung Lennep (Stadt Remscheid)",
    css="table.grid td { font-size: 9pt; }",
    blocks=[
        ("table", None, [["Stadt Remscheid", "Drucksache\n16/2201/1", "öffentlich"],
                         ["Der Oberbürgermeister\nFachdienst 3.32 – Verkehrsüberwachung", "Beantwortung einer Anfrage",
                          "27.11.2025"]]),
        ("table", ["Beratungsfolge", "Datum", "Status", "Beratungsart"],
         [["Bezirksvertretung Lennep", "04.12.2025", "Ö", "Kenntnisnahme"]]),
        ("pb", "Parkraumsituation in der Lenneper Altstadt nach Eröffnung des Outlet-Centers"),
        ("p", "Bezug: Anfrage der SPD-Fraktion, Drucksache 16/2201"),
        ("p", "Zu 1.: Von Juli bis Oktober 2025 wurden im genannten Bereich 1.214 Verwarnungen erteilt, davon "
              "71 % an Samstagen."),
        ("p", "Zu 2.: Die Verwaltung bereitet ein Bewohnerparkgebiet „Altstadt Lennep“ vor. Eine Vorlage "
              "folgt im ersten Quartal 2026."),
        ("p", "Zu 3.: Die Parkhäuser am Bahnhof und am Jahnplatz sind samstags zu 55 bis 70 % ausgelastet."),
    ],
    truth=dict(drucksache="16/2201/1", doc_type="Antwort", doc_type_printed="Beantwortung einer Anfrage",
               date="2025-11-27",
               title="Parkraumsituation in der Lenneper Altstadt nach Eröffnung des Outlet-Centers",
               public=True, department="Fachdienst 3.32 – Verkehrsüberwachung", answers="16/2201",
               consultations=[C("Bezirksvertretung Lennep", "2025-12-04", "Kenntnisnahme")],
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="parking",
               notes="Same ALLRIS-like grid as z32 with the type words 'Beantwortung einer Anfrage'; own number "
                     "'/1'; 'Bezug: … Drucksache 16/2201' → answers."))

doc(file="z35_remscheid-lennep_empfehlung-bv-lennep_haushalt-2026.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="lennep_empfehlung_reportlab", city="Bezirksvertretung Lennep (Stadt Remscheid)",
    blocks=[
        ("kv", [("Stadt Remscheid\nBezirksvertretung Lennep\nDer Bezirksbürgermeister", "Remscheid, 05.12.2025")], 0.62),
        ("space",),
        ("h", "Empfehlung der Bezirksvertretung Lennep an den Rat der Stadt", 12),
        ("kv", [("zur Drucksache:", "16/2150"),
                ("Thema:", "Entwurf des Haushaltsplans 2026/2027 – bezirksbezogene Mittel und Maßnahmen im "
                           "Stadtbezirk Lennep")], 0.2),
        ("p", "Die Bezirksvertretung Lennep hat den Entwurf in ihrer Sitzung am 04.12.2025 nach § 37 Abs. 5 GO "
              "NRW beraten und empfiehlt dem Rat mit 12 : 3 Stimmen:"),
        ("ol", ["Die bezirksbezogenen Mittel werden von 48.000 € auf 60.000 € jährlich erhöht.",
                "Die Sanierung der Treppenanlage Thüringsberg wird aus dem Jahr 2028 in das Jahr 2026 "
                "vorgezogen.",
                "Für die Lenneper Altstadt wird ein Verfügungsfonds für Händlergemeinschaften eingerichtet."]),
        ("p", "Heinz-Peter Ohligschläger\nBezirksbürgermeister"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2025-12-05",
               title="Entwurf des Haushaltsplans 2026/2027 – bezirksbezogene Mittel und Maßnahmen im Stadtbezirk Lennep",
               originator="Bezirksvertretung Lennep", answers="16/2150",
               themes=["finanzen", "stadtentwicklung"], themes_why="district budget",
               notes="Empfehlung of a Bezirksvertretung to the Rat (→ Stellungnahme, printed 'Empfehlung'); "
                     "'zur Drucksache:' → answers; 'Thema:' label. Its own session (04.12.2025) is no "
                     "consultation; the Rat named in the heading has no date → none. '§ 37 Abs. 5 GO NRW' "
                     "no reference. '2026/2027' in the title is no number."))
