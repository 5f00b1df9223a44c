"""Papers u18–u35: Stadt Karben (HE), Große Kreisstadt Torgau (SN), Große Kreisstadt Rottenburg am
Neckar (BW), Stadt Bad Salzungen (TH).

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


# --------------------------------------------------- Stadt Karben (HE, Magistrat / Stadtverordnete)
KARBEN_CSS = ("div.wrap { display: flex; gap: 14pt; } div.main { flex: 1; } "
              "div.side { width: 4.2cm; font-size: 8.5pt; border-left: 0.6pt solid #000; padding-left: 7pt; } "
              "table.g { border-collapse: collapse; width: 100%; margin: 6pt 0; } "
              "table.g td, table.g th { border: 0.5pt solid #000; padding: 2pt 4pt; text-align: left; "
              "font-size: 9pt; vertical-align: top; } h1 { font-size: 13pt; margin: 4pt 0 8pt 0; }")

doc(file="u18_karben_187-2025_ortsmitte-petterweil.pdf", producer="chromium-raw", font="Liberation Sans",
    size=10, layout="karben_magistrat_side_column", city="Stadt Karben", css=KARBEN_CSS,
    html="""
<div class="wrap"><div class="main">
<p><b>Magistrat der Stadt Karben</b></p>
<h1>Beschlussvorlage</h1>
<table class="g"><tr><th>Beratungsfolge</th><th>Sitzung</th><th>Art</th></tr>
<tr><td>Magistrat</td><td>06.10.2025</td><td>Vorberatung</td></tr>
<tr><td>Ortsbeirat Petterweil</td><td>20.10.2025</td><td>Anhörung</td></tr>
<tr><td>Haupt- und Finanzausschuss</td><td>23.10.2025</td><td>Vorberatung</td></tr>
<tr><td>Stadtverordnetenversammlung</td><td>06.11.2025</td><td>Beschluss</td></tr></table>
<p><b>Neugestaltung des Ortsmittelpunktes Petterweil – Entwurfsplanung und Förderantrag
„Lebendige Zentren“</b></p>
<p><b>Beschlussvorschlag:</b></p>
<p>1. Der Entwurfsplanung für die Neugestaltung des Platzes an der Alten Schule in Petterweil (Anlage 1)
wird zugestimmt.<br>2. Der Magistrat wird beauftragt, einen Antrag auf Förderung aus dem Programm
„Lebendige Zentren“ zu stellen. Der Eigenanteil von 412.000 € wird im Haushalt 2026 veranschlagt.</p>
<p><b>Begründung:</b></p>
<p>Der Platz dient heute überwiegend als Parkplatz. In drei Bürgerwerkstätten im Frühjahr 2025 wurde
ein Entwurf mit Bäumen, Sitzstufen, einem Wasserspiel und zwölf Stellplätzen entwickelt. Der Ortsbeirat
Petterweil hat die Werkstätten begleitet. Die Gesamtkosten betragen nach Kostenberechnung 1.236.000 €;
die Förderquote liegt bei zwei Dritteln.</p>
<p>Der Bau soll nach Bewilligung im Herbst 2026 beginnen und vor der 1200-Jahr-Feier abgeschlossen sein.</p>
<div style="page-break-before: always"></div>
<p><b>Klimaauswirkungen:</b></p>
<table class="g"><tr><th>positiv</th><th>negativ</th><th>neutral</th></tr><tr><td>X</td><td></td><td></td></tr></table>
<p>Entsiegelung von rund 900 m², acht neue Stadtbäume.</p>
<p><b>Finanzielle Auswirkungen:</b> Investition 1.236.000 €, Zuwendung 824.000 €, Eigenanteil 412.000 €
(Investitionsnummer I-5.1-0417).</p>
<p>Karben, 29.09.2025</p><p>Der Magistrat<br><br>Guido Rebhan<br>Bürgermeister</p>
</div>
<div class="side"><p>Drucksache<br><b style="font-size:11pt">187/2025</b></p>
<p>Fachdienst 3.2<br>Stadtplanung</p><p>Sachbearbeitung:<br>Frau Kretschmer<br>Tel. 06039 481-312</p>
<p>Anlagen: 2</p></div></div>
""",
    truth=dict(drucksache="187/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-09-29",
               title="Neugestaltung des Ortsmittelpunktes Petterweil – Entwurfsplanung und Förderantrag "
                     "„Lebendige Zentren“",
               department="Fachdienst 3.2 Stadtplanung",
               consultations=[C("Magistrat", "2025-10-06", "Vorberatung"),
                              C("Ortsbeirat Petterweil", "2025-10-20", "Anhörung"),
                              C("Haupt- und Finanzausschuss", "2025-10-23", "Vorberatung"),
                              C("Stadtverordnetenversammlung", "2025-11-06", "Entscheidung")],
               klimacheck="positive", klima_style="x_under_column",
               themes=["stadtentwicklung", "finanzen"], themes_why="village centre redesign, funding",
               notes="Two pages. Number 'Drucksache 187/2025' only in the narrow right side column, with the "
                     "unit below. Beratungsfolge Gremium|Sitzung|Art; 'Beschluss' → Entscheidung. Bold "
                     "unlabelled title over two lines. Klima: X under 'positiv' on page 2. Date only at the end. "
                     "'Investitionsnummer I-5.1-0417' and the phone are not references. No öffentlich marker."))

doc(file="u19_karben_antrag-ortsbeirat-petterweil.pdf", producer="reportlab", font="Liberation Sans",
    size=10.5, layout="karben_ortsbeirat_antrag_reportlab", city="Stadt Karben",
    blocks=[
        ("p", "Ortsbeirat Petterweil\nDer Ortsvorsteher"),
        ("right", "Karben-Petterweil, 22.10.2025"),
        ("p", "An den Vorsitzenden der Stadtverordnetenversammlung\nder Stadt Karben\nRathausplatz 1\n61184 Karben"),
        ("space",),
        ("pb", "Antrag des Ortsbeirates Petterweil an die Stadtverordnetenversammlung\n"
               "Sanierung des Spielplatzes Am Weiher"),
        ("p", "Sehr geehrter Herr Vorsitzender,"),
        ("p", "der Ortsbeirat Petterweil hat in seiner Sitzung am 20.10.2025 einstimmig beschlossen, der "
              "Stadtverordnetenversammlung folgenden Antrag zur Sitzung am 06.11.2025 vorzulegen:"),
        ("box", ["Die Stadtverordnetenversammlung möge beschließen:",
                 "Der Magistrat wird beauftragt, den Spielplatz Am Weiher im Jahr 2026 zu sanieren. Die "
                 "gesperrte Kletterkombination ist zu ersetzen, der Sandbereich zu erneuern und eine "
                 "Schattenfläche anzulegen. Hierfür werden 85.000 € in den Haushalt 2026 eingestellt."]),
        ("pb", "Begründung:"),
        ("p", "Der Spielplatz ist der einzige im Ortsteil. Seit der Sperrung des Klettergerüsts im Mai 2025 nach "
              "der TÜV-Prüfung fehlen Angebote für Kinder über sechs Jahre. Mehr als 240 Bürgerinnen und Bürger "
              "haben eine Unterschriftenliste unterstützt."),
        ("p", "Mit freundlichen Grüßen\n\nMichael Gerbig\nOrtsvorsteher"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2025-10-22",
               title="Sanierung des Spielplatzes Am Weiher", originator="Ortsbeirat Petterweil",
               consultations=[C("Stadtverordnetenversammlung", "2025-11-06", None)],
               themes=["soziales", "kultur_sport"], themes_why="playground renewal",
               notes="Antrag of an Ortsbeirat; bold two-line heading: type line, then the subject (title = second "
                     "line). The Ortsbeirat's own session of 20.10.2025 is no consultation; the target session "
                     "'zur Sitzung am 06.11.2025' of the Stadtverordnetenversammlung is (role null). No number."))

doc(file="u20_karben_anfrage-12-2025_glasfaser.pdf", producer="chromium", font="DejaVu Sans", size=10,
    layout="karben_fraktion_anfrage_html", city="Stadt Karben",
    blocks=[
        ("kv", [("FDP-Fraktion\nin der Stadtverordnetenversammlung Karben", "Karben, den 13.10.2025")]),
        ("box", ["Eingang Büro der Stadtverordnetenversammlung: 14.10.2025", "Anfrage Nr. 12/2025"]),
        ("p", "An den Vorsitzenden der Stadtverordnetenversammlung\nHerrn Thomas Kessler"),
        ("h", "Anfrage", 13),
        ("p", "Stadtverordnetenversammlung am 06.11.2025"),
        ("kv", [("Thema:", "Stand der Glasfaserversorgung in den Stadtteilen")]),
        ("p", "Der Magistrat wird gebeten, folgende Fragen zu beantworten:"),
        ("ol", ["Wie viele Haushalte in den einzelnen Stadtteilen sind an ein Glasfasernetz (FTTH/FTTB) "
                "angeschlossen?",
                "Wann wird der eigenwirtschaftliche Ausbau in Burg-Gräfenrode und Rendel abgeschlossen?",
                "Welche Adressen gelten als unterversorgt (unter 100 Mbit/s) und sollen über das Gigabit-"
                "Förderprogramm erschlossen werden?",
                "Sind die Schulen und Kitas in städtischer Trägerschaft bereits angeschlossen?"]),
        ("p", "Begründung: Bürger berichten, dass Hausanschlüsse seit über einem Jahr nicht aktiviert wurden."),
        ("p", "Für die Fraktion\nDr. Lena Ruppert, Fraktionsvorsitzende"),
    ],
    truth=dict(drucksache="12/2025", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-10-13",
               title="Stand der Glasfaserversorgung in den Stadtteilen",
               originator="FDP-Fraktion in der Stadtverordnetenversammlung Karben",
               consultations=[C("Stadtverordnetenversammlung", "2025-11-06", None)],
               themes=["digitale_infrastruktur", "bildung"], themes_why="fibre roll-out, schools connected",
               notes="Number 'Anfrage Nr. 12/2025' in a receipt box under the Fraktion's letterhead; receipt date "
                     "14.10. is not the paper's date. Title after 'Thema:'. Session as a free line "
                     "'Stadtverordnetenversammlung am …' (role null)."))

doc(file="u21_karben_antwort-anfrage-12-2025.pdf", producer="libreoffice-odt", font="Liberation Sans",
    size=10.5, layout="karben_antwort_magistrat_odt", city="Stadt Karben",
    running="Stadt Karben – Der Magistrat – Fachdienst 1.4 Digitalisierung und IT",
    blocks=[
        ("p", "Stadt Karben\nDer Magistrat"),
        ("right", "Karben, 30. Oktober 2025"),
        ("h", "Antwort des Magistrats", 13),
        ("p", "auf die Anfrage Nr. 12/2025 der FDP-Fraktion vom 13.10.2025\n"
              "Stand der Glasfaserversorgung in den Stadtteilen"),
        ("p", "Frage 1: Nach Angaben der Netzbetreiber sind derzeit 9.870 von 10.640 Haushalten anschließbar; "
              "aktiv angeschlossen sind 5.410. Die Quote liegt zwischen 71 % in Kloppenheim und 96 % in "
              "Klein-Karben."),
        ("p", "Frage 2: Der Netzbetreiber hat den Abschluss für Burg-Gräfenrode auf das erste Quartal 2026, "
              "für Rendel auf das zweite Quartal 2026 verschoben."),
        ("p", "Frage 3: 214 Adressen gelten als unterversorgt, überwiegend Aussiedlerhöfe. Das "
              "Markterkundungsverfahren ist abgeschlossen; der Förderantrag wird im Dezember gestellt."),
        ("p", "Frage 4: Alle Schulen sind angeschlossen; vier von neun Kitas werden 2026 angebunden."),
        ("p", "Guido Rebhan\nBürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Antwort des Magistrats", date="2025-10-30",
               title="Stand der Glasfaserversorgung in den Stadtteilen",
               department="Fachdienst 1.4 Digitalisierung und IT", answers="12/2025",
               themes=["digitale_infrastruktur", "bildung"], themes_why="answer on fibre roll-out",
               notes=".odt. No own number; 'Anfrage Nr. 12/2025' in the heading → answers, drucksache null. Title "
                     "= second line under the heading (the Anfrage's subject). Department only in the running "
                     "footer (Fachdienst 1.4). Date in words. No session printed → no consultation."))

doc(file="u22_karben_m-41-2025_kinderbetreuung.pdf", producer="libreoffice-html", font="Liberation Serif",
    size=11, layout="karben_mitteilung_html", city="Stadt Karben",
    blocks=[
        ("kv", [("Stadt Karben – Der Magistrat", "Vorlage-Nr.: M 41/2025")]),
        ("kv", [("Mitteilung des Magistrats", "Datum: 15.10.2025")]),
        ("kv", [("Fachbereich 5 – Jugend, Soziales und Bildung", "öffentlich")]),
        ("p", "Zur Kenntnisnahme an:\nAusschuss für Soziales, Jugend und Kultur am 28.10.2025\n"
              "Stadtverordnetenversammlung am 06.11.2025"),
        ("p", "Betreff: Sachstandsbericht Kinderbetreuung – Platzbedarf zum Kindergartenjahr 2025/26"),
        ("p", "Zum 1. August 2025 standen in den 14 Karbener Kitas 1.046 Plätze für Kinder über drei Jahre und "
              "248 Krippenplätze zur Verfügung. Auf der Warteliste stehen 61 Kinder unter drei Jahren. Die neue "
              "Kita in Okarben mit vier Gruppen nimmt im März 2026 den Betrieb auf."),
        ("p", "Der Fachkräftemangel bleibt die größte Schwierigkeit: 11,5 Vollzeitstellen sind unbesetzt. Der "
              "Magistrat hat die praxisintegrierte Ausbildung auf 14 Plätze ausgeweitet."),
        ("table", ["Altersgruppe", "Plätze", "Belegung", "Warteliste"],
         [["unter 3 Jahre", "248", "248", "61"], ["3 bis 6 Jahre", "1.046", "1.019", "0"],
          ["Schulkinder (Hort)", "310", "306", "22"]]),
    ],
    truth=dict(drucksache="M 41/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilung des Magistrats",
               date="2025-10-15",
               title="Sachstandsbericht Kinderbetreuung – Platzbedarf zum Kindergartenjahr 2025/26",
               public=True, department="Fachbereich 5 – Jugend, Soziales und Bildung",
               consultations=[C("Ausschuss für Soziales, Jugend und Kultur", "2025-10-28", "Kenntnisnahme"),
                              C("Stadtverordnetenversammlung", "2025-11-06", "Kenntnisnahme")],
               themes=["soziales", "bildung"], themes_why="childcare places",
               notes="Three two-cell header rows; number after 'Vorlage-Nr.:' with a letter prefix. 'Mitteilung "
                     "des Magistrats' → Mitteilungsvorlage. 'Zur Kenntnisnahme an:' followed by free lines "
                     "'committee am date' → Kenntnisnahme for both. 'Kindergartenjahr 2025/26' in the title is "
                     "not a number."))

# --------------------------------------------- Große Kreisstadt Torgau (SN, Stadtrat / Ortschaftsräte)
doc(file="u23_torgau_bv-067-2025_led-beleuchtung.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="torgau_beschlussvorlage_html", city="Große Kreisstadt Torgau",
    css="table.kv td:first-child { width: 34%; }",
    running="Große Kreisstadt Torgau · BV/067/2025 · Seite",
    blocks=[
        ("h", "Große Kreisstadt Torgau", 14),
        ("kv", [("Beschlussvorlage", "Drucksache-Nr.: BV/067/2025"),
                ("Einreicher:", "Oberbürgermeisterin"),
                ("Federführendes Amt:", "Bauamt / SG Tiefbau und Verkehrsanlagen"),
                ("Datum:", "03.11.2025")]),
        ("table", ["Gremium", "Sitzungsart", "Termin", "Zuständigkeit"],
         [["Ortschaftsrat Mehderitzsch", "öffentlich", "11.11.2025", "Anhörung"],
          ["Technischer Ausschuss", "öffentlich", "17.11.2025", "Vorberatung"],
          ["Verwaltungsausschuss", "nichtöffentlich", "19.11.2025", "Vorberatung"],
          ["Stadtrat", "öffentlich", "26.11.2025", "Beschlussfassung"]]),
        ("p", "Gegenstand:"),
        ("pb", "Umrüstung der Straßenbeleuchtung in den Ortsteilen Mehderitzsch und Loßwig auf LED-Technik – "
               "Vergabe der Bauleistungen"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat beschließt, die Bauleistungen für die Umrüstung von 312 Leuchten auf LED-Technik "
              "an die Firma Elektro-Anlagenbau Dommitzsch GmbH zum Angebotspreis von 286.540,12 € brutto zu "
              "vergeben."),
        ("pb", "Sachverhalt:"),
        ("p", "Die Leuchten in beiden Ortsteilen stammen überwiegend aus den Jahren 1988 bis 1994. Ersatzteile "
              "sind nicht mehr lieferbar. Mit LED-Leuchten sinkt der Stromverbrauch um rund 68 % "
              "(ca. 94.000 kWh jährlich). Die Maßnahme wird mit 40 % aus der Kommunalrichtlinie gefördert "
              "(Zuwendungsbescheid vom 12.08.2025)."),
        ("p", "Öffentliche Ausschreibung nach VOB/A: Es gingen fünf Angebote ein; das wirtschaftlichste wurde "
              "nach Prüfung ausgewählt."),
        ("pagebreak",),
        ("pb", "Klimacheck"),
        ("p", "Auswirkungen auf den Klimaschutz:   [X] positiv   [ ] negativ   [ ] keine"),
        ("pb", "Finanzielle Auswirkungen"),
        ("table", ["Haushaltsstelle", "Ansatz 2025", "Bedarf"],
         [["54.1.01 Straßenbeleuchtung (Investition)", "300.000 €", "286.540,12 €"]]),
        ("p", "Romina Barth\nOberbürgermeisterin"),
    ],
    truth=dict(drucksache="BV/067/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-11-03",
               title="Umrüstung der Straßenbeleuchtung in den Ortsteilen Mehderitzsch und Loßwig auf LED-Technik – "
                     "Vergabe der Bauleistungen",
               public=None, department="Bauamt / SG Tiefbau und Verkehrsanlagen",
               consultations=[C("Ortschaftsrat Mehderitzsch", "2025-11-11", "Anhörung"),
                              C("Technischer Ausschuss", "2025-11-17", "Vorberatung"),
                              C("Verwaltungsausschuss", "2025-11-19", "Vorberatung"),
                              C("Stadtrat", "2025-11-26", "Entscheidung")],
               klimacheck="positive", klima_style="bracket_x",
               themes=["klima_umwelt", "finanzen"], themes_why="LED street lights, energy saving, contract award",
               notes="Two pages. 'Drucksache-Nr.:' right of the type word. Sitzungsart column mixed "
                     "öffentlich/nichtöffentlich → public null (holdout7/8 convention). Role column after the "
                     "date; 'Beschlussfassung' → Entscheidung. 'Gegenstand:' alone on a line, bold title below. "
                     "Klimacheck as '[X] positiv' on page 2. Department as printed ('Bauamt / SG …'). "
                     "'Zuwendungsbescheid vom 12.08.2025', 'VOB/A', the Haushaltsstelle are no references."))

doc(file="u24_torgau_iv-014-2025_tourismusbilanz.pdf", producer="libreoffice-docx", font="DejaVu Sans",
    size=10, layout="torgau_informationsvorlage_word", city="Große Kreisstadt Torgau",
    head="Informationsvorlage IV/014/2025",
    blocks=[
        ("p", "Große Kreisstadt Torgau\nAmt für Wirtschaftsförderung, Kultur und Tourismus"),
        ("right", "Torgau, 5. November 2025"),
        ("h", "Informationsvorlage", 13),
        ("table", ["Beratungsfolge", "", ""],
         [["Ausschuss für Wirtschaft, Kultur und Tourismus", "13.11.2025", "Kenntnisnahme"],
          ["Stadtrat", "26.11.2025", "Kenntnisnahme"]]),
        ("kv", [("Betreff:", "Tourismusbilanz 2024 und Ausblick auf das Saisonjahr 2026")]),
        ("p", "Die Übernachtungszahlen in Torgau sind 2024 auf 118.400 gestiegen (+ 6,1 % gegenüber 2023). "
              "Schloss Hartenfels verzeichnete 96.000 Besucher; der Elberadweg bleibt der wichtigste "
              "Zubringer. Die Aufenthaltsdauer liegt unverändert bei 1,9 Nächten."),
        ("p", "Für 2026 sind die Sonderausstellung zur Reformation im Schloss, die Erneuerung der "
              "Beschilderung in der Altstadt und ein Gästeführer-Programm für Schulklassen geplant. Die Kosten "
              "sind im Haushalt 2026 enthalten."),
        ("table", ["Kennzahl", "2023", "2024"],
         [["Gästeankünfte", "59.300", "62.800"], ["Übernachtungen", "111.600", "118.400"],
          ["Besucher Schloss Hartenfels", "91.200", "96.000"]]),
        ("p", "Romina Barth\nOberbürgermeisterin"),
    ],
    truth=dict(drucksache="IV/014/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-11-05",
               title="Tourismusbilanz 2024 und Ausblick auf das Saisonjahr 2026",
               department="Amt für Wirtschaftsförderung, Kultur und Tourismus",
               consultations=[C("Ausschuss für Wirtschaft, Kultur und Tourismus", "2025-11-13", "Kenntnisnahme"),
                              C("Stadtrat", "2025-11-26", "Kenntnisnahme")],
               themes=["wirtschaft", "kultur_sport"], themes_why="tourism figures and castle exhibition",
               notes="Number only in the Word running header ('Informationsvorlage IV/014/2025'). Beratungsfolge "
                     "table with empty header cells for date and role. 'Betreff:' key/value. Date in words. "
                     "No öffentlich marker."))

doc(file="u25_torgau_a-019-2025_antrag-sozialticket.pdf", producer="chromium-raw", font="DejaVu Serif",
    size=10.5, layout="torgau_fraktion_antrag_stamp", city="Große Kreisstadt Torgau",
    css=("div.stamp { position: absolute; right: 0; top: 0; border: 1.2pt solid #1a3d8f; color: #1a3d8f; "
         "padding: 4pt 8pt; font-family: 'DejaVu Sans'; font-size: 8.5pt; } "
         "div.head { position: relative; height: 3.4cm; }"),
    html="""
<div class="head"><p><b>Fraktion DIE LINKE im Stadtrat Torgau</b><br>Fraktionsbüro · Leipziger Straße 9 ·
04860 Torgau</p>
<div class="stamp">Große Kreisstadt Torgau<br>Eingang: 03.11.2025<br>Büro Stadtrat<br>Antrag Nr. A/019/2025</div></div>
<p>Frau Oberbürgermeisterin<br>Romina Barth<br>Markt 1<br>04860 Torgau</p>
<p style="text-align:right">Torgau, 31.10.2025</p>
<p><b>Prüfauftrag: Einführung eines Sozialtickets für den Stadtverkehr Torgau</b></p>
<p>Sehr geehrte Frau Oberbürgermeisterin,</p>
<p>wir bitten, den folgenden Antrag auf die Tagesordnung der Stadtratssitzung am 26.11.2025 zu setzen.</p>
<p><b>Beschlussvorschlag:</b></p>
<p>Die Oberbürgermeisterin wird beauftragt, gemeinsam mit dem Landkreis und dem Verkehrsunternehmen zu
prüfen, wie ein ermäßigtes Monatsticket für Empfängerinnen und Empfänger von Bürgergeld, Wohngeld und
Grundsicherung im Stadtverkehr eingeführt werden kann, und dem Stadtrat bis März 2026 zu berichten.</p>
<p><b>Begründung:</b></p>
<p>Das Deutschlandticket kostet 58 €. Für Menschen mit geringem Einkommen ist das zu teuer. In Torgau
beziehen rund 1.900 Haushalte Bürgergeld. Andere sächsische Städte zeigen, dass ein Zuschuss von
15 bis 20 € je Ticket die Teilhabe deutlich verbessert.</p>
<p>Mit freundlichen Grüßen</p><p>Sabine Köhler<br>Fraktionsvorsitzende</p>
""",
    truth=dict(drucksache="A/019/2025", doc_type="Antrag", doc_type_printed="Antrag", date="2025-10-31",
               title="Prüfauftrag: Einführung eines Sozialtickets für den Stadtverkehr Torgau",
               originator="Fraktion DIE LINKE im Stadtrat Torgau",
               consultations=[C("Stadtrat", "2025-11-26", None)],
               themes=["soziales", "mobilitaet"], themes_why="reduced bus fare for low-income households",
               notes="Number only in a blue receipt stamp top right ('Antrag Nr. A/019/2025'); receipt "
                     "date 03.11. is not the paper's (31.10.2025). Bold title with the 'Prüfauftrag:' prefix "
                     "kept (it is part of the heading, not a field label). Session in a body sentence "
                     "'Stadtratssitzung am 26.11.2025' → consultation Stadtrat, role null."))

doc(file="u26_torgau_einladung-ortschaftsrat-mehderitzsch.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10.5, layout="torgau_ortschaftsrat_einladung_html",
    city="Große Kreisstadt Torgau",
    blocks=[
        ("p", "Große Kreisstadt Torgau\nOrtschaftsrat Mehderitzsch\nDer Ortsvorsteher"),
        ("right", "Mehderitzsch, 31.10.2025"),
        ("h", "Einladung zur 6. Sitzung des Ortschaftsrates Mehderitzsch", 12),
        ("kv", [("Termin:", "Dienstag, 11.11.2025, 19:00 Uhr"), ("Ort:", "Dorfgemeinschaftshaus, Dorfstraße 12"),
                ("Sitzungsart:", "öffentlich")]),
        ("pb", "Tagesordnung"),
        ("ol", ["Begrüßung und Feststellung der Beschlussfähigkeit",
                "Bestätigung der Niederschrift vom 09.09.2025",
                "Umrüstung der Straßenbeleuchtung in den Ortsteilen Mehderitzsch und Loßwig auf LED-Technik – "
                "Anhörung (BV/067/2025)",
                "Verwendung der Ortschaftsmittel 2026",
                "Informationen des Ortsvorstehers",
                "Anfragen der Ortschaftsräte und der Einwohner"]),
        ("p", "Die Unterlagen liegen im Bürgerbüro Mehderitzsch und im Ratsinformationssystem aus."),
        ("p", "Uwe Grunert\nOrtsvorsteher"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-10-31",
               title="6. Sitzung des Ortschaftsrates Mehderitzsch", public=True, references=["BV/067/2025"],
               themes=["klima_umwelt", "finanzen"], themes_why="agenda: LED street lights, local budget",
               notes="Einladung of an Ortschaftsrat; title in the heading after 'Einladung zur'. 'Sitzungsart: "
                     "öffentlich' → public true. The Vorlage number in a numbered agenda item → references."))

# ------------------------------- Große Kreisstadt Rottenburg am Neckar (BW, Gemeinderat / Ortschaftsräte)
doc(file="u27_rottenburg_2025-214_ortsdurchfahrt-wendelsheim.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="rottenburg_sitzungsvorlage_word",
    city="Große Kreisstadt Rottenburg am Neckar",
    head="Stadt Rottenburg am Neckar – Sitzungsvorlage",
    running="Vorlage 2025/214 – Stand 18.09.2025",
    blocks=[
        ("kv", [("Vorlage Nr.:", "2025/214"), ("Dezernat:", "III – Bauen und Umwelt"),
                ("Fachabteilung:", "Tiefbau"), ("Verfasser/in:", "Schmid, Tobias"),
                ("Datum:", "18. September 2025")]),
        ("p", "Beratungsfolge:"),
        ("p", "Ortschaftsrat Wendelsheim – Anhörung – 07.10.2025 – öffentlich\n"
              "Ausschuss für Technik und Umwelt – Vorberatung – 14.10.2025 – öffentlich\n"
              "Gemeinderat – Beschluss – 28.10.2025 – öffentlich"),
        ("h", "Ausbau der Ortsdurchfahrt Wendelsheim (Hauptstraße, L 370) – Baubeschluss und Vergabe", 12),
        ("pb", "Beschlussantrag:"),
        ("ol", ["Dem Ausbau der Ortsdurchfahrt Wendelsheim nach der Entwurfsplanung (Anlage 1) wird "
                "zugestimmt.",
                "Die Verwaltung wird ermächtigt, die Bauleistungen an den wirtschaftlichsten Bieter zu "
                "vergeben, sofern die Kostenberechnung (2,84 Mio. €, davon städtischer Anteil 1,37 Mio. €) "
                "um nicht mehr als 10 % überschritten wird."]),
        ("pb", "Sachverhalt:"),
        ("p", "Das Land erneuert die Fahrbahn der L 370; die Stadt ist für Gehwege, Bushaltestellen, "
              "Beleuchtung und Kanal zuständig. Gemeinsam mit dem Regierungspräsidium wird eine Verschmälerung "
              "der Fahrbahn auf 6,50 m und eine Querungshilfe am Rathaus Wendelsheim geplant. Die Bauzeit "
              "beträgt voraussichtlich 16 Monate ab April 2026."),
        ("pb", "Klimarelevanz:"),
        ("p", "nein"),
        ("pb", "Finanzierung:"),
        ("p", "Haushalt 2026/2027, Projekt 7.541.0001.01; Zuschuss LGVFG beantragt."),
    ],
    truth=dict(drucksache="2025/214", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-09-18",
               title="Ausbau der Ortsdurchfahrt Wendelsheim (Hauptstraße, L 370) – Baubeschluss und Vergabe",
               public=True, department="Tiefbau",
               consultations=[C("Ortschaftsrat Wendelsheim", "2025-10-07", "Anhörung"),
                              C("Ausschuss für Technik und Umwelt", "2025-10-14", "Vorberatung"),
                              C("Gemeinderat", "2025-10-28", "Entscheidung")],
               klimacheck="neutral", klima_style="label_nein",
               themes=["mobilitaet", "finanzen"], themes_why="road rebuild through a village, cost share",
               notes="Type word only in the Word header ('Sitzungsvorlage'); 'Beschlussantrag' makes it a "
                     "Beschlussvorlage. Beratungsfolge as free lines 'Gremium – Rolle – Datum – öffentlich' "
                     "(role before the date; 'Beschluss' → Entscheidung); all öffentlich → public true. "
                     "Department = Fachabteilung 'Tiefbau' (most specific). 'Klimarelevanz:' label with 'nein' on "
                     "the next line → neutral. 'L 370', 'Projekt 7.541.0001.01' are no references. Date in "
                     "words; footer 'Stand' repeats it."))

doc(file="u28_rottenburg_empfehlung-ortschaftsrat-wendelsheim.pdf", producer="reportlab",
    font="DejaVu Sans", size=10, layout="rottenburg_ortschaftsrat_empfehlung_reportlab",
    city="Große Kreisstadt Rottenburg am Neckar",
    blocks=[
        ("p", "Stadt Rottenburg am Neckar\nOrtschaftsverwaltung Wendelsheim"),
        ("right", "Wendelsheim, 08.10.2025"),
        ("h", "Empfehlung des Ortschaftsrates Wendelsheim", 13),
        ("kv", [("zur Vorlage:", "2025/214"),
                ("Gegenstand:", "Ausbau der Ortsdurchfahrt Wendelsheim (Hauptstraße, L 370) – Baubeschluss und "
                                "Vergabe"),
                ("Sitzung:", "Ortschaftsrat Wendelsheim, öffentliche Sitzung am 07.10.2025, TOP 2"),
                ("an:", "Ausschuss für Technik und Umwelt, Gemeinderat")]),
        ("pb", "Der Ortschaftsrat empfiehlt einstimmig:"),
        ("ol", ["Dem Ausbau nach der Entwurfsplanung wird zugestimmt.",
                "Zusätzlich soll am Kindergarten Wendelsheim eine zweite Querungshilfe vorgesehen werden.",
                "Während der Bauzeit ist die Erreichbarkeit des Hofladens und der Bäckerei sicherzustellen; "
                "die Umleitung des Busverkehrs ist mit dem Ortschaftsrat abzustimmen."]),
        ("p", "Abstimmungsergebnis: 9 Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen"),
        ("p", "Heike Dettling\nOrtsvorsteherin"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2025-10-08",
               title="Ausbau der Ortsdurchfahrt Wendelsheim (Hauptstraße, L 370) – Baubeschluss und Vergabe",
               originator="Ortschaftsrat Wendelsheim", answers="2025/214",
               themes=["mobilitaet"], themes_why="recommendation on the road rebuild",
               notes="'Empfehlung des Ortschaftsrates' → Stellungnahme, originator the Ortschaftsrat (the "
                     "Ortschaftsverwaltung letterhead is only the sender's office). 'zur Vorlage: 2025/214' → "
                     "answers. Title after 'Gegenstand:'. The Ortschaftsrat's own session (07.10.) is not a "
                     "consultation of this paper; the addressees are printed without dates → none labelled."))

doc(file="u29_rottenburg_protokoll-atu-2025-10-14.pdf", producer="chromium", font="Liberation Serif",
    size=10.5, layout="rottenburg_protokoll_html", city="Große Kreisstadt Rottenburg am Neckar",
    running="Protokoll ATU öffentlich 14.10.2025",
    blocks=[
        ("p", "Stadt Rottenburg am Neckar"),
        ("h", "Protokoll\nöffentliche Sitzung des Ausschusses für Technik und Umwelt", 12),
        ("kv", [("am", "Dienstag, 14. Oktober 2025, 17:30 Uhr bis 19:05 Uhr"),
                ("im", "Großen Sitzungssaal, Rathaus, Marktplatz 18"),
                ("Vorsitz:", "Erster Bürgermeister Dr. Felix Haag"),
                ("Protokoll:", "Frau Bühler")]),
        ("pb", "§ 81  Bekanntgaben"),
        ("p", "Keine."),
        ("pb", "§ 82  Ausbau der Ortsdurchfahrt Wendelsheim (Hauptstraße, L 370) – Baubeschluss und Vergabe\n"
               "Vorlage 2025/214"),
        ("p", "Herr Schmid erläutert die Planung. Die Empfehlung des Ortschaftsrats Wendelsheim vom 07.10.2025 "
              "liegt vor. Stadträtin Maier-Lutz unterstützt die zweite Querungshilfe am Kindergarten."),
        ("p", "Der Ausschuss empfiehlt dem Gemeinderat einstimmig, wie vorgeschlagen zu beschließen, und "
              "bittet die Verwaltung, die zweite Querungshilfe zu prüfen."),
        ("pb", "§ 83  Radverkehrskonzept – Fortschreibung, Prioritätenliste 2026\nVorlage 2025/221"),
        ("p", "Der Ausschuss stimmt der Prioritätenliste mit 11 : 2 Stimmen zu."),
        ("pb", "§ 84  Bauanträge"),
        ("p", "a) Neubau einer landwirtschaftlichen Maschinenhalle, Flst. 2210, Hailfingen – Einvernehmen "
              "erteilt.\nb) Umnutzung einer Scheune zu zwei Wohnungen, Kiebingen – Einvernehmen erteilt."),
        ("pb", "§ 85  Verschiedenes"),
        ("p", "Die nächste Sitzung findet am 11.11.2025 statt."),
        ("p", "Für die Richtigkeit:\n\nDr. Felix Haag, Vorsitzender        Bühler, Protokollführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2025-10-14",
               title="öffentliche Sitzung des Ausschusses für Technik und Umwelt", public=True,
               references=["2025/214", "2025/221"],
               themes=["mobilitaet", "stadtentwicklung"], themes_why="road rebuild, cycling concept, permits",
               notes="Protokoll without its own signing date → the session day (written in words). Title = the "
                     "session named. BW paragraph numbers (§ 81–85) are agenda numbers, not "
                     "references; 'Flst. 2210' neither. 'Vorlage 2025/214', 'Vorlage 2025/221' → references. "
                     "The next session is no consultation."))

doc(file="u30_rottenburg_31-2025_antrag-konzeptvergabe.pdf", producer="chromium-raw", font="Liberation Sans",
    size=10, layout="rottenburg_fraktion_antrag_two_pages", city="Große Kreisstadt Rottenburg am Neckar",
    css=("div.bar { border-bottom: 2pt solid #4a7a2a; padding-bottom: 4pt; margin-bottom: 10pt; "
         "display: flex; justify-content: space-between; } div.bar span { font-size: 9pt; }"),
    html="""
<div class="bar"><b style="font-size:12pt">Fraktion Offene Liste Rottenburg</b>
<span>im Gemeinderat der Stadt Rottenburg am Neckar</span></div>
<p>An Herrn Oberbürgermeister<br>Stephan Neher-Kolb<br>Rathaus</p>
<table style="width:100%;font-size:9pt"><tr><td>Anträge der Fraktionen<br><b>Nr. 31/2025</b></td>
<td style="text-align:right">Rottenburg, 2. Oktober 2025</td></tr></table>
<p style="font-size:12.5pt"><b>Wohnraumoffensive: Konzeptvergabe für städtische Baugrundstücke einführen</b></p>
<p>Antrag zur Behandlung im Gemeinderat am 28.10.2025</p>
<p>Sehr geehrter Herr Oberbürgermeister,</p>
<p>die Fraktion Offene Liste beantragt:</p>
<ol><li>Städtische Grundstücke für den Geschosswohnungsbau werden ab 2026 nicht mehr zum Höchstpreis,
sondern nach Konzeptqualität vergeben. Mindestens 40 % der Bewertung entfallen auf den Anteil
preisgebundener Wohnungen.</li>
<li>Baugemeinschaften und Genossenschaften erhalten bei gleicher Punktzahl Vorrang.</li>
<li>Die Verwaltung legt dem Gemeinderat bis Februar 2026 Vergabekriterien für die Baufelder im
Gebiet „Kreuzerfeld-Süd“ vor.</li></ol>
<p><b>Begründung</b></p>
<p>Die Mieten in Rottenburg sind seit 2019 um fast 30 % gestiegen. Auf der Warteliste der städtischen
Wohnbaugesellschaft stehen 640 Haushalte. Viele Städte in
Baden-Württemberg vergeben Grundstücke seit Jahren nach Konzept. Dadurch entstehen bezahlbare Wohnungen,
gemischte Quartiere und eine höhere Bauqualität.</p>
<p>Die Stadt verzichtet dabei auf einen Teil des möglichen Verkaufserlöses. Nach unserer Schätzung
betrüge der Mindererlös bei den Baufeldern im Kreuzerfeld-Süd etwa 2,1 Mio. €; dem stehen geringere
Kosten für Wohngeld und Unterbringung gegenüber.</p>
<div style="page-break-before: always"></div>
<p>Wir bitten außerdem um Auskunft, wie viele städtische Grundstücke in den nächsten fünf Jahren für den
Geschosswohnungsbau zur Verfügung stehen, und schlagen vor, den Ortschaftsräten ein Vorschlagsrecht für
Baufelder in ihren Ortschaften einzuräumen.</p>
<p>Mit freundlichen Grüßen</p>
<p>Ursula Brenner-Fauth &nbsp;&nbsp;&nbsp; Dr. Kai Lohmüller &nbsp;&nbsp;&nbsp; Selin Aydın<br>
für die Fraktion Offene Liste</p>
""",
    truth=dict(drucksache="31/2025", doc_type="Antrag", doc_type_printed="Antrag", date="2025-10-02",
               title="Wohnraumoffensive: Konzeptvergabe für städtische Baugrundstücke einführen",
               originator="Fraktion Offene Liste Rottenburg",
               consultations=[C("Gemeinderat", "2025-10-28", None)],
               themes=["stadtentwicklung", "soziales", "finanzen"],
               themes_why="land allocation for affordable housing, revenue loss",
               notes="Two pages. Fraktion name in a coloured bar; number 'Nr. 31/2025' under 'Anträge der "
                     "Fraktionen' in a small table (the Fraktion's own running number). Bold title above the type "
                     "line 'Antrag zur Behandlung im Gemeinderat am 28.10.2025' → consultation, role null. Date in "
                     "words."))

# ------------------------------------------------- Stadt Bad Salzungen (TH, Stadtrat / Ortsteilräte)
doc(file="u31_badsalzungen_0398-2025_soleleitung.pdf", producer="libreoffice-odt", font="Liberation Sans",
    size=10.5, layout="badsalzungen_vorlage_odt", city="Stadt Bad Salzungen",
    blocks=[
        ("table", None, [["Stadt Bad Salzungen\nDer Bürgermeister",
                          "Sitzungsvorlage Nr. 0398/2025\nBeschlussvorlage\nöffentlich"]]),
        ("kv", [("Fachdienst:", "FD 20 – Finanzen und Liegenschaften"), ("Datum:", "20.10.2025")]),
        ("p", "Beratungsfolge:\nHauptausschuss (Vorberatung)\nStadtrat (Beschlussfassung)"),
        ("p", "Betreff"),
        ("pb", "Sanierung der Soleleitung zum Gradierwerk – überplanmäßige Ausgabe im Haushaltsjahr 2025"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat stimmt einer überplanmäßigen Ausgabe in Höhe von 173.500 € für die Sanierung der "
              "Soleleitung vom Bohrloch zum Gradierwerk zu. Die Deckung erfolgt aus Mehreinnahmen bei der "
              "Gewerbesteuer."),
        ("pb", "Begründung:"),
        ("p", "Bei einer Kamerabefahrung im August 2025 wurden an der 1,2 km langen Soleleitung mehrere "
              "Korrosionsschäden festgestellt. Ohne Sanierung droht der Ausfall der Soleversorgung des "
              "Gradierwerks und des Kurparks. Das Kurgesellschaft hat für die Wintermonate eine Sperrung "
              "angekündigt, in der die Arbeiten erfolgen sollen."),
        ("table", ["Klimacheck", "positiv", "negativ", "keine Auswirkung"], [["", "☐", "☐", "☒"]]),
        ("p", "Klaus Bohl\nBürgermeister"),
    ],
    truth=dict(drucksache="0398/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-10-20",
               title="Sanierung der Soleleitung zum Gradierwerk – überplanmäßige Ausgabe im Haushaltsjahr 2025",
               public=True, department="FD 20 – Finanzen und Liegenschaften",
               consultations=[C("Hauptausschuss", None, "Vorberatung"), C("Stadtrat", None, "Entscheidung")],
               klimacheck="neutral", klima_style="checkbox_table_row",
               themes=["finanzen", "wirtschaft"], themes_why="unplanned expenditure for the spa infrastructure",
               notes=".odt. 'Sitzungsvorlage Nr. 0398/2025' with 'Beschlussvorlage' and 'öffentlich' below it "
                     "in the right cell. Beratungsfolge as free lines without dates, role in brackets "
                     "('Beschlussfassung' → Entscheidung). 'Betreff' label alone, bold title below. Klimacheck "
                     "table ☒ under 'keine Auswirkung' → neutral."))

doc(file="u32_badsalzungen_ka-07-2025_anfrage-spielplaetze.pdf", producer="chromium", font="DejaVu Sans",
    size=10, layout="badsalzungen_kleine_anfrage_html", city="Stadt Bad Salzungen",
    blocks=[
        ("table", None, [["Kleine Anfrage", "KA 07/2025"],
                         ["Fragesteller", "Fraktion Bürger für Bad Salzungen (BfB)"],
                         ["eingereicht am", "29. September 2025"],
                         ["Beantwortung in der Sitzung", "Stadtrat, 30.10.2025"]]),
        ("h", "Zustand der Spielplätze im Ortsteil Tiefenort", 12),
        ("p", "Eltern aus Tiefenort haben sich an unsere Fraktion gewandt, weil auf den Spielplätzen an der "
              "Kirchstraße und am Krayenberg mehrere Geräte gesperrt sind. Wir fragen den Bürgermeister:"),
        ("ol", ["Welche Spielgeräte in Tiefenort sind derzeit gesperrt, und seit wann?",
                "Welche Mittel stehen im Haushalt 2025 für die Unterhaltung der Spielplätze im Stadtgebiet zur "
                "Verfügung, und wie viel davon entfällt auf die Ortsteile?",
                "Wann ist mit einer Erneuerung der gesperrten Geräte zu rechnen?"]),
        ("p", "Für die Fraktion\nMarco Heinemann"),
    ],
    truth=dict(drucksache="KA 07/2025", doc_type="Anfrage", doc_type_printed="Kleine Anfrage",
               date="2025-09-29", title="Zustand der Spielplätze im Ortsteil Tiefenort",
               originator="Fraktion Bürger für Bad Salzungen (BfB)",
               consultations=[C("Stadtrat", "2025-10-30", None)],
               themes=["soziales", "kultur_sport"], themes_why="playground maintenance",
               notes="Ruled key/value table: type word left, number right in the first row; originator after "
                     "'Fragesteller'; date in words after 'eingereicht am'; 'Beantwortung in der Sitzung: "
                     "Stadtrat, 30.10.2025' → consultation, role null. Bold unlabelled title."))

doc(file="u33_badsalzungen_antwort-ka-07-2025.pdf", producer="reportlab", font="Liberation Serif", size=11,
    layout="badsalzungen_antwort_reportlab", city="Stadt Bad Salzungen",
    footer="Stadtverwaltung Bad Salzungen · Ratsstraße 2 · 36433 Bad Salzungen · Seite {page}",
    blocks=[
        ("kv", [("Stadt Bad Salzungen\nDer Bürgermeister\nFachdienst 32 – Grünflächen und Friedhöfe",
                 "Bad Salzungen, 27.10.2025")], 0.65),
        ("space",),
        ("h", "Beantwortung der Kleinen Anfrage KA 07/2025", 12),
        ("p", "der Fraktion Bürger für Bad Salzungen (BfB) vom 29.09.2025"),
        ("pb", "Zustand der Spielplätze im Ortsteil Tiefenort"),
        ("p", "Zu Frage 1: Gesperrt sind die Seilbahn am Krayenberg (seit 14.05.2025) und der Kletterturm an der "
              "Kirchstraße (seit 02.07.2025). Beide Geräte haben die jährliche Hauptinspektion nach DIN EN 1176 "
              "nicht bestanden."),
        ("p", "Zu Frage 2: Für die Unterhaltung der 31 Spielplätze stehen 2025 insgesamt 96.000 € zur "
              "Verfügung; 38.500 € davon entfallen auf Spielplätze in den Ortsteilen."),
        ("p", "Zu Frage 3: Die Seilbahn wird im November 2025 ersetzt. Für den Kletterturm sind Mittel im "
              "Haushaltsentwurf 2026 vorgesehen; die Erneuerung ist für das Frühjahr 2026 geplant."),
        ("p", "Klaus Bohl\nBürgermeister"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Beantwortung der Kleinen Anfrage", date="2025-10-27",
               title="Zustand der Spielplätze im Ortsteil Tiefenort",
               department="Fachdienst 32 – Grünflächen und Friedhöfe", answers="KA 07/2025",
               themes=["soziales", "kultur_sport"], themes_why="answer on playground maintenance",
               notes="No own number; 'Kleine Anfrage KA 07/2025' in the heading → answers, drucksache null. Title "
                     "= the bold subject line (third line of the heading block). 'DIN EN 1176' is no reference. "
                     "No session printed → no consultation."))

doc(file="u34_badsalzungen_schreiben-ortsteilbuergermeister.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="badsalzungen_schreiben_word", city="Stadt Bad Salzungen",
    head="Stadt Bad Salzungen · Der Bürgermeister · Fachdienst 30 – Ordnung und Sicherheit",
    blocks=[
        ("p", "Stadtverwaltung Bad Salzungen · Ratsstraße 2 · 36433 Bad Salzungen"),
        ("kv", [("Herrn Ortsteilbürgermeister\nRonny Apel\nOrtsteil Dorndorf\nHauptstraße 41\n36460 Bad Salzungen",
                 "Ihr Zeichen: –\nUnser Zeichen: 30.1-1214/25\nBearbeiter: Frau Sauerbrey\n"
                 "Telefon: 03695 671-302\nDatum: 04.11.2025")]),
        ("space",),
        ("pb", "Geschwindigkeitsüberwachung in der Ortsdurchfahrt Dorndorf\n"
               "Ihr Schreiben vom 16.10.2025"),
        ("p", "Sehr geehrter Herr Apel,"),
        ("p", "vielen Dank für Ihren Hinweis auf die häufigen Geschwindigkeitsüberschreitungen in der "
              "Hauptstraße. Unser Fachdienst hat vom 20. bis 27.10.2025 ein Seitenradar-Messgerät "
              "aufgestellt. Bei 18.230 erfassten Fahrzeugen lag die V85 bei 58 km/h; 41 % der Fahrzeuge "
              "fuhren schneller als 50 km/h."),
        ("p", "Wir werden die Polizeiinspektion um Kontrollen bitten und ab Dezember eine mobile "
              "Geschwindigkeitsanzeige im Wechsel mit Tiefenort einsetzen. Eine stationäre Anlage ist nach "
              "Auskunft der Straßenverkehrsbehörde beim Landratsamt derzeit nicht genehmigungsfähig."),
        ("p", "Gern berichten wir dem Ortsteilrat in seiner nächsten Sitzung über die Ergebnisse."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nSauerbrey"),
    ],
    truth=dict(doc_type="Schreiben", date="2025-11-04",
               title="Geschwindigkeitsüberwachung in der Ortsdurchfahrt Dorndorf",
               department="Fachdienst 30 – Ordnung und Sicherheit",
               themes=["sicherheit_ordnung", "mobilitaet"], themes_why="speed checks through a village",
               notes="Administration letter → Schreiben (no type word), originator null; department from the Word "
                     "header. Subject block bold over two lines; the second, 'Ihr Schreiben vom …', is the letter "
                     "reference, not part of the title (holdout8 t24 convention). Letter references (Unser Zeichen 30.1-1214/25), phone and postcodes "
                     "are no numbers of a paper. The Ortsteilrat's next session is no consultation."))

doc(file="u35_badsalzungen_einladung-stadtrat.pdf", producer="ghostscript", base="libreoffice-docx",
    font="Liberation Serif", size=11, layout="badsalzungen_einladung_word_gs", city="Stadt Bad Salzungen",
    blocks=[
        ("p", "Stadt Bad Salzungen\nDer Bürgermeister"),
        ("right", "Bad Salzungen, 21.10.2025"),
        ("p", "An die Mitglieder des Stadtrates\nder Stadt Bad Salzungen"),
        ("h", "Einladung", 14),
        ("p", "Hiermit lade ich Sie zur 19. Sitzung des Stadtrates der Stadt Bad Salzungen am Donnerstag, dem "
              "30.10.2025, um 18:00 Uhr in den Ratssaal des Rathauses ein."),
        ("pb", "Tagesordnung"),
        ("pb", "Öffentlicher Teil"),
        ("table", ["TOP", "Beratungsgegenstand", "Drucksache"],
         [["1", "Eröffnung und Begrüßung, Feststellung der Beschlussfähigkeit", ""],
          ["2", "Bestätigung der Tagesordnung", ""],
          ["3", "Einwohnerfragestunde", ""],
          ["4", "Beantwortung von Anfragen (u. a. Kleine Anfrage KA 07/2025)", ""],
          ["5", "Sanierung der Soleleitung zum Gradierwerk – überplanmäßige Ausgabe", "0398/2025"],
          ["6", "Satzung über die Erhebung der Kurtaxe – 2. Änderung", "0391/2025"],
          ["7", "Vergabe der Winterdienstleistungen 2025/26 in den Ortsteilen", "0402/2025"],
          ["8", "Informationen des Bürgermeisters", ""]], [0.08, 0.7, 0.22]),
        ("pb", "Nichtöffentlicher Teil"),
        ("table", ["TOP", "Beratungsgegenstand", "Drucksache"],
         [["9", "Grundstücksangelegenheit Gemarkung Tiefenort", "0404/2025"],
          ["10", "Personalangelegenheit", "0405/2025"]], [0.08, 0.7, 0.22]),
        ("p", "Mit freundlichen Grüßen\n\nKlaus Bohl\nBürgermeister"),
        ("p", "Die öffentliche Bekanntmachung erfolgt im Amtsblatt Nr. 21/2025 vom 24.10.2025."),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2025-10-21",
               title="19. Sitzung des Stadtrates der Stadt Bad Salzungen", public=True,
               references=["KA 07/2025", "0398/2025", "0391/2025", "0402/2025", "0404/2025", "0405/2025"],
               themes=["finanzen", "wirtschaft"], themes_why="agenda: expenditure, spa tax, winter service",
               notes="LibreOffice PDF re-distilled by Ghostscript. Title = the session named in the invitation "
                     "sentence. Drucksache column and the Kleine Anfrage in TOP 4 → references in reading order. "
                     "'Amtsblatt Nr. 21/2025' is an official gazette issue, not a reference. Public and non-public "
                     "part → public true."))
