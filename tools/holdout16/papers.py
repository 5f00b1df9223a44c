"""The 35 papers of holdout16: content (blocks or raw HTML) next to their labels.

All people, numbers, streets (except real place names used as settings), phone numbers and sums are
invented. Blocks: see make.py. Labels follow tests/fixtures/holdout15/README.md (see this set's
README for the calls made here).
"""

DOCS = []


def P(file, producer, layout, city, truth, blocks=None, **kw):
    doc = dict(file=file, producer=producer, layout=layout, city=city, truth=truth,
               font=kw.pop("font", "Liberation Sans"), size=kw.pop("size", 10.5), **kw)
    if blocks is not None:
        doc["blocks"] = blocks
    DOCS.append(doc)


def C(committee, date, role=None):
    return {"committee": committee, "date": date, "role": role}


# =====================================================================================
# A  Landkreis Dingolfing-Landau (BY) — Kreistag, Kreisausschuss, Fachausschuss; SessionNet-like
#    prints of the Landratsamt, Word letters of Fraktionen and Kreisräte
# =====================================================================================
LK = "Landkreis Dingolfing-Landau"
UVA = "Ausschuss für Kreisentwicklung, Umwelt und Verkehr"

P("y01_dingolfing-landau_2026-0412_kreisstrasse-dgf12.pdf", "chromium",
  "dingolfing_sessionnet_sitzungsvorlage", LK, dict(
      drucksache="2026/0412", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
      date="2026-09-14",
      title="Ausbau der Kreisstraße DGF 12 zwischen Loiching und Kronwieden; Genehmigung der "
            "Entwurfsplanung und Zustimmung zur Ausschreibung",
      public=True, department="Sachgebiet 41 – Kreisstraßen und Hochbau",
      references=["2023/0177"],
      consultations=[C(UVA, "2026-09-21", "Vorberatung"), C("Kreisausschuss", "2026-10-05", "Vorberatung"),
                     C("Kreistag", "2026-10-19", "Entscheidung")],
      themes=["mobilitaet", "finanzen"], themes_why="district road upgrade, cost and funding",
      notes="SessionNet-like print: two-column head (Landratsamt + Sachgebiet left; Vorlagennummer, "
            "Vorlagenart, Datum, Öffentlichkeitsstatus right), unlabelled bold title, Beratungsfolge|Termin|"
            "Zuständigkeit. '(Vorlage 2023/0177)' in the Sachverhalt → reference. 'DGF 12', 'St 2114', "
            "'Art. 13c BayFAG', 'Haushaltsstelle 6300.9501', 'BW 12-3' are no references. The footer's "
            "print date 15.09.2026 is a lure."),
  font="Liberation Sans", size=10,
  foot="Vorlage 2026/0412 · Ausdruck vom 15.09.2026, 08:41 Uhr · Seite 1",
  blocks=[
      ("cols", ["**Landratsamt Dingolfing-Landau**\nSachgebiet 41 – Kreisstraßen und Hochbau\n"
                "Sachbearbeitung: Herr Rinkl",
                "Vorlagennummer: **2026/0412**\nVorlagenart: Beschlussvorlage\nDatum: 14.09.2026\n"
                "Öffentlichkeitsstatus: öffentlich"], [0.56, 0.44]),
      ("rule",),
      ("h", "Ausbau der Kreisstraße DGF 12 zwischen Loiching und Kronwieden; Genehmigung der "
            "Entwurfsplanung und Zustimmung zur Ausschreibung", 12),
      ("table", ["Beratungsfolge", "Termin", "Zuständigkeit"],
       [[UVA, "21.09.2026", "Vorberatung"], ["Kreisausschuss", "05.10.2026", "Vorberatung"],
        ["Kreistag", "19.10.2026", "Entscheidung"]], [0.6, 0.18, 0.22]),
      ("pb", "Sachverhalt:"),
      ("p", "Die Kreisstraße DGF 12 verbindet die Gemeinde Loiching mit dem Ortsteil Kronwieden und "
            "stellt die Anbindung an die Staatsstraße St 2114 her. Der Kreistag hat den Ausbau mit "
            "Beschluss vom 20.03.2023 (Vorlage 2023/0177) in das Kreisstraßenausbauprogramm aufgenommen. "
            "Der Abschnitt von 2,4 km weist eine Fahrbahnbreite von nur 5,10 m, Frostschäden und "
            "unzureichende Bankette auf; das Brückenbauwerk BW 12-3 über den Mühlbach ist zu erneuern."),
      ("p", "Die Entwurfsplanung sieht eine Fahrbahnbreite von 6,00 m, einen einseitigen, 2,50 m breiten "
            "Geh- und Radweg sowie eine Querungshilfe am Ortseingang Kronwieden vor. Die Gesamtkosten "
            "betragen nach der Kostenberechnung 3,86 Mio. Euro. Eine Förderung nach Art. 13c BayFAG in "
            "Höhe von rund 55 % der zuwendungsfähigen Kosten ist in Aussicht gestellt."),
      ("pb", "Finanzielle Auswirkungen:"),
      ("p", "Haushaltsstelle 6300.9501; Mittel 2027: 2,1 Mio. Euro, Verpflichtungsermächtigung 2028: "
            "1,76 Mio. Euro."),
      ("pb", "Beschlussvorschlag:"),
      ("p", "Der Kreistag genehmigt die Entwurfsplanung für den Ausbau der Kreisstraße DGF 12 zwischen "
            "Loiching und Kronwieden und stimmt der Ausschreibung der Bauleistungen zu."),
      ("space",),
      ("p", "Pichlmeier\nLandrat"),
  ])

P("y02_dingolfing-landau_antrag-fw-kreistagsfraktion_rufbus.pdf", "libreoffice-docx",
  "dingolfing_fraktion_word_antrag", LK, dict(
      doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-28",
      title="Einrichtung eines Rufbus-Angebots („DGF-Flexi“) für die Gemeinden im Vilstal",
      originator="Kreistagsfraktion FREIE WÄHLER",
      consultations=[C("Kreistag", "2026-10-19")],
      themes=["mobilitaet", "soziales"], themes_why="on-demand bus for rural villages",
      notes="Fraktion letter, Word header with the Fraktion, footer with the chairman's address and "
            "phone. Sender/addressee in two columns, place-date right. 'Betreff:' label inline bold. "
            "'zur Beratung und Beschlussfassung im Kreistag am 19.10.2026' → Kreistag, role null (the "
            "request is not the paper's printed role). '§ 24 der Geschäftsordnung' no reference. "
            "Originator as printed in the body ('Kreistagsfraktion FREIE WÄHLER')."),
  font="Liberation Serif", size=11,
  head="FREIE WÄHLER · Kreistagsfraktion im Landkreis Dingolfing-Landau",
  foot="Fraktionsvorsitzender Josef Obermaier · Hauptstraße 21 · 94419 Reisbach · Tel. 08734 93 41 77",
  blocks=[
      ("cols", ["An den\nLandrat des Landkreises Dingolfing-Landau\nHerrn Markus Pichlmeier\n"
                "Obere Stadt 1\n84130 Dingolfing", "Reisbach, 28.09.2026"], [0.62, 0.38]),
      ("space",),
      ("h", "Antrag", 14),
      ("p", "**Betreff:** Einrichtung eines Rufbus-Angebots („DGF-Flexi“) für die Gemeinden im Vilstal"),
      ("p", "Sehr geehrter Herr Landrat,"),
      ("p", "namens der Kreistagsfraktion FREIE WÄHLER stellen wir gemäß § 24 der Geschäftsordnung für "
            "den Kreistag folgenden Antrag zur Beratung und Beschlussfassung im Kreistag am 19.10.2026:"),
      ("pi", "Der Kreistag beauftragt die Verwaltung, für die Gemeinden Marklkofen, Reisbach und "
             "Gottfrieding ein bedarfsgesteuertes Rufbus-Angebot zu konzipieren und dem Kreistag bis "
             "zur Haushaltsberatung 2027 einen Finanzierungsvorschlag vorzulegen."),
      ("pb", "Begründung:"),
      ("p", "Im Vilstal bestehen werktags nach 17 Uhr und am Wochenende praktisch keine Busverbindungen. "
            "Ältere Menschen und Jugendliche ohne Führerschein sind auf Fahrdienste angewiesen. Landkreise "
            "mit vergleichbarer Struktur haben mit Rufbussen gute Erfahrungen gemacht; die Kosten je "
            "Fahrgast liegen deutlich unter denen eines Linienverkehrs im Stundentakt."),
      ("p", "Mit freundlichen Grüßen"),
      ("cols", ["Josef Obermaier\nFraktionsvorsitzender", "Anja Weinzierl\nstellv. Fraktionsvorsitzende"],
       [0.5, 0.5]),
  ])

P("y03_dingolfing-landau_anfrage-kreisraetin-hasenoehrl_nitrat.pdf", "libreoffice-odt",
  "dingolfing_kreisraetin_odt_anfrage", LK, dict(
      doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-02",
      title="Nitratbelastung des Grundwassers in den Trinkwasserschutzgebieten des Landkreises",
      originator="Dr. Veronika Hasenöhrl",
      themes=["klima_umwelt"], themes_why="nitrate in groundwater, water protection areas",
      notes="Einzelmitglied (Kreisrätin, ÖDP): sender line in small print above the address, heading "
            "with the type word and a § (no reference), 'Gegenstand der Anfrage:' label. The answer is "
            "wanted 'bis zur nächsten Sitzung des Ausschusses' without a date → no consultation. "
            "'GWM 7340-12' no reference. Originator = the name only (the party follows in brackets)."),
  font="DejaVu Sans", size=10,
  blocks=[
      ("small", "Dr. Veronika Hasenöhrl (ÖDP) · Kreisrätin · Am Mühlbach 3 · 94437 Mamming"),
      ("p", "Landratsamt Dingolfing-Landau\nBüro des Landrats\nObere Stadt 1\n84130 Dingolfing"),
      ("right", "Mamming, den 2. Oktober 2026"),
      ("h", "Anfrage nach § 28 Abs. 2 der Geschäftsordnung für den Kreistag", 12),
      ("kv", [("Gegenstand der Anfrage:",
               "Nitratbelastung des Grundwassers in den Trinkwasserschutzgebieten des Landkreises")],
       0.3, "bold"),
      ("p", "Sehr geehrter Herr Landrat,"),
      ("p", "nach Presseberichten überschreitet die Messstelle GWM 7340-12 bei Mamming seit zwei Jahren den "
            "Schwellenwert von 50 mg/l. Ich bitte daher um Beantwortung folgender Fragen:"),
      ("ol", ["Welche Messstellen im Landkreis lagen 2024 bis 2026 über dem Schwellenwert?",
              "Welche Trinkwasserschutzgebiete sind betroffen, und wie haben sich die Werte entwickelt?",
              "Welche Maßnahmen haben das Landratsamt und die Wasserversorger eingeleitet?",
              "Ist eine Beratung der Landwirtschaft durch das Amt für Ernährung vorgesehen?"]),
      ("p", "Um schriftliche Beantwortung bis zur nächsten Sitzung des Ausschusses wird gebeten."),
      ("p", "Mit freundlichen Grüßen\n\nDr. Veronika Hasenöhrl\nKreisrätin"),
  ])

P("y04_dingolfing-landau_antwort-anfrage-hasenoehrl_nitrat.pdf", "reportlab",
  "dingolfing_landratsamt_letter_antwort", LK, dict(
      doc_type="Antwort", doc_type_printed=None, date="2026-10-23",
      title="Nitratbelastung des Grundwassers in den Trinkwasserschutzgebieten des Landkreises",
      department="Sachgebiet 34 – Wasserrecht und Bodenschutz",
      themes=["klima_umwelt"], themes_why="nitrate monitoring and measures",
      notes="Answer as a DIN letter of the Landratsamt: contact column right (Sachgebiet, 'Ihr Schreiben "
            "vom', 'Unser Zeichen 34-6410/2026-88', phone, Datum). No type word printed → "
            "doc_type_printed null; the Anfrage has no number → answers null. Title = the bold subject's "
            "first line; the second line 'Ihre Anfrage vom 02.10.2026' is left out (as z27 of holdout15). "
            "Date = the Datum row, not 'Ihr Schreiben vom'. Messstellen ids no references."),
  font="Liberation Sans", size=10,
  foot="Landratsamt Dingolfing-Landau · Obere Stadt 1 · 84130 Dingolfing · www.landkreis-dingolfing-landau.de",
  blocks=[
      ("cols", ["**Landratsamt Dingolfing-Landau**", "Sachgebiet 34 – Wasserrecht und Bodenschutz"],
       [0.55, 0.45]),
      ("cols", ["Landratsamt Dingolfing-Landau · Obere Stadt 1 · 84130 Dingolfing\n\n"
                "Frau Kreisrätin\nDr. Veronika Hasenöhrl\nAm Mühlbach 3\n94437 Mamming",
                "Ihr Schreiben vom: 02.10.2026\nUnser Zeichen: 34-6410/2026-88\nAuskunft: Frau Gruber\n"
                "Telefon: 08731 87-342\nZimmer: 2.14\nDatum: 23.10.2026"], [0.55, 0.45]),
      ("space",),
      ("p", "**Nitratbelastung des Grundwassers in den Trinkwasserschutzgebieten des Landkreises**\n"
            "Ihre Anfrage vom 02.10.2026"),
      ("p", "Sehr geehrte Frau Dr. Hasenöhrl,"),
      ("p", "zu Ihren Fragen teilen wir Ihnen Folgendes mit:"),
      ("p", "**Zu 1.:** Im Zeitraum 2024 bis 2026 lagen die Messstellen GWM 7340-12 (Mamming) und "
            "GWM 7341-03 (Pilsting) über dem Schwellenwert von 50 mg/l; alle übrigen 27 Messstellen "
            "des Landkreises lagen darunter."),
      ("p", "**Zu 2.:** Betroffen ist das Wasserschutzgebiet Mamming-Ost. Die Werte sind seit 2025 leicht "
            "rückläufig (Jahresmittel 2026: 53 mg/l)."),
      ("p", "**Zu 3.:** Der Wasserversorger hat ein Kooperationsmodell mit 14 Landwirten vereinbart; das "
            "Landratsamt überwacht die Auflagen der Schutzgebietsverordnung."),
      ("p", "**Zu 4.:** Das Amt für Ernährung, Landwirtschaft und Forsten bietet seit September 2026 eine "
            "Gewässerschutzberatung an."),
      ("p", "Eine Abschrift dieses Schreibens erhalten die Fraktionen des Kreistages."),
      ("p", "Mit freundlichen Grüßen\n\ni. A. Gruber\nSachgebietsleiterin"),
  ])

P("y05_dingolfing-landau_bekanntmachung-kreistag.pdf", "chromium",
  "dingolfing_bekanntmachung_kreistag", LK, dict(
      doc_type="Einladung", doc_type_printed="Bekanntmachung", date="2026-10-08",
      title="Sitzung des Kreistages", public=True,
      references=["2026/0412", "2026/0398", "2026/0420", "2026/0425"],
      themes=["mobilitaet", "finanzen", "klima_umwelt"], themes_why="agenda: road, budget, nitrate",
      notes="Bavarian public notice of a Kreistag session ('Öffentliche Bekanntmachung', 'Tagesordnung') "
            "→ Einladung; printed type 'Bekanntmachung' (call). Title = the heading 'Sitzung des "
            "Kreistages' (genitive, as printed). Public and a nichtöffentlicher Teil → public true. "
            "Agenda table TOP|Gegenstand|Vorlage; the numbers are references. Date = the signature date."),
  font="DejaVu Sans", size=10,
  blocks=[
      ("center", "**Landkreis Dingolfing-Landau**"),
      ("h", "Öffentliche Bekanntmachung", 13, "center"),
      ("h", "Sitzung des Kreistages", 12, "center"),
      ("p", "Am **Montag, 19. Oktober 2026, 14:00 Uhr**, findet im großen Sitzungssaal des Landratsamtes, "
            "Obere Stadt 1, 84130 Dingolfing, eine öffentliche Sitzung des Kreistages statt."),
      ("pb", "Tagesordnung – öffentlicher Teil"),
      ("table", ["TOP", "Gegenstand", "Vorlage"],
       [["1", "Genehmigung der Niederschrift über die Sitzung vom 20.07.2026", ""],
        ["2", "Ausbau der Kreisstraße DGF 12 zwischen Loiching und Kronwieden; Genehmigung der "
              "Entwurfsplanung und Zustimmung zur Ausschreibung", "2026/0412"],
        ["3", "Haushaltssatzung 2027 – Einbringung des Entwurfs", "2026/0398"],
        ["4", "Antrag der Kreistagsfraktion FREIE WÄHLER: Rufbus-Angebot für das Vilstal", "2026/0420"],
        ["5", "Bericht über die Grundwasserbeschaffenheit 2026", "2026/0425"],
        ["6", "Bekanntgaben und Anfragen", ""]], [0.08, 0.74, 0.18]),
      ("pb", "Anschließend nichtöffentlicher Teil"),
      ("p", "Die Sitzungsunterlagen zum öffentlichen Teil sind im Ratsinformationssystem des Landkreises "
            "einsehbar."),
      ("space",),
      ("p", "Dingolfing, 08.10.2026\n\nMarkus Pichlmeier\nLandrat"),
  ])

# =====================================================================================
# B  Große Kreisstadt Radeberg (SN) — Stadtrat, Technischer Ausschuss, Verwaltungsausschuss,
#    Ortschaftsräte; in-house Word/HTML templates with a right info column
# =====================================================================================
RB = "Große Kreisstadt Radeberg"

P("y06_radeberg_bv-0123-2026_roederbruecke.pdf", "chromium-raw", "radeberg_rightcolumn_beschlussvorlage",
  RB, dict(
      drucksache="BV/0123/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
      date="2026-09-03",
      title="Ersatzneubau der Brücke über die Große Röder im Zuge der Langebrücker Straße in "
            "Liegau-Augustusbad – Baubeschluss",
      public=True, department="Sachgebiet Tiefbau und Verkehr",
      consultations=[C("Ortschaftsrat Liegau-Augustusbad", "2026-09-17", "Anhörung"),
                     C("Technischer Ausschuss", "2026-09-24", "Vorberatung"),
                     C("Stadtrat", "2026-10-08", "Entscheidung")],
      klimacheck="neutral", klima_style="checkbox_positiv_negativ_neutral",
      themes=["mobilitaet", "finanzen"], themes_why="bridge replacement, funding",
      notes="Raw HTML: main column left, grey info column right (Vorlage-Nr., Status, Datum, "
            "Federführung, an empty 'Beschluss-Nr.' field, Haushaltsstelle). Title under 'Betreff' "
            "in the main column. Beratungsfolge Datum|Gremium|Zuständigkeit|Ö/N, role 'Beschlussfassung' "
            "→ Entscheidung. Klima ☒ neutral. 'RL KStB', 'Haushaltsstelle 5410.0900.7851', 'S 177' are "
            "no references."),
  font="Liberation Sans", size=10,
  css=("div.main { float:left; width:66%; } div.side { float:right; width:29%; background:#e9e9e9;"
       " padding:6pt; font-size:8.5pt; } div.side p { margin:0 0 7pt 0; } h1 { font-size:15pt; margin:0 0 4pt 0;}"
       " table.bf td, table.bf th { border-bottom:0.5pt solid #555; padding:2pt 4pt; font-size:9pt;"
       " text-align:left; vertical-align:top; } div.foot { clear:both; }"),
  html="""
<p style='font-size:9pt'>GROSSE KREISSTADT RADEBERG · Der Oberbürgermeister</p>
<div class='main'>
<h1>Beschlussvorlage</h1>
<p style='font-size:9pt'>Betreff</p>
<p><b>Ersatzneubau der Brücke über die Große Röder im Zuge der Langebrücker Straße in
Liegau-Augustusbad – Baubeschluss</b></p>
<p style='font-size:9pt;margin-top:10pt'>Beratungsfolge</p>
<table class='bf' width='100%'>
<tr><th>Datum</th><th>Gremium</th><th>Zuständigkeit</th><th>Ö/N</th></tr>
<tr><td>17.09.2026</td><td>Ortschaftsrat Liegau-Augustusbad</td><td>Anhörung</td><td>Ö</td></tr>
<tr><td>24.09.2026</td><td>Technischer Ausschuss</td><td>Vorberatung</td><td>Ö</td></tr>
<tr><td>08.10.2026</td><td>Stadtrat</td><td>Beschlussfassung</td><td>Ö</td></tr>
</table>
<p style='margin-top:10pt'><b>Beschlussvorschlag</b></p>
<p>Der Stadtrat beschließt den Ersatzneubau der Brücke über die Große Röder (Bauwerk 0412) auf der
Grundlage der Entwurfsplanung des Ingenieurbüros Lindner &amp; Partner mit Gesamtkosten von
1.240.000 Euro und beauftragt den Oberbürgermeister mit der Ausschreibung.</p>
<p><b>Sachdarstellung</b></p>
<p>Die 1961 errichtete Stahlbetonbrücke weist bei der Hauptprüfung 2025 die Zustandsnote 3,5 auf. Eine
Instandsetzung ist wirtschaftlich nicht vertretbar. Während der Bauzeit von voraussichtlich acht
Monaten wird der Verkehr über die S 177 umgeleitet; für Fußgänger wird eine Behelfsbrücke errichtet.
Der Ortschaftsrat Liegau-Augustusbad wird gemäß § 67 SächsGemO angehört.</p>
<p>Für die Maßnahme wurde eine Förderung nach der Richtlinie Kommunaler Straßenbau (RL KStB) in Höhe
von 75 % der förderfähigen Kosten beantragt.</p>
<p><b>Auswirkungen auf den Klimaschutz</b><br>☐ positiv &nbsp; ☐ negativ &nbsp; ☒ neutral</p>
</div>
<div class='side'>
<p>Vorlage-Nr.<br><b>BV/0123/2026</b></p>
<p>Status<br>öffentlich</p>
<p>Datum<br>03.09.2026</p>
<p>Federführung<br>Sachgebiet Tiefbau und Verkehr</p>
<p>Bearbeiter/in<br>Frau Kaulfuß</p>
<p>Beschluss-Nr.<br>&nbsp;</p>
<p>Haushaltsstelle<br>5410.0900.7851</p>
<p>Fördermittel<br>ja (RL KStB)</p>
</div>
<div class='foot'></div>
""")

P("y07_radeberg_iv-0131-2026_breitband.pdf", "chromium", "radeberg_information_ruledkv", RB, dict(
      drucksache="IV/0131/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
      date="2026-09-16",
      title="Sachstand Breitbandausbau in den Ortsteilen Ullersdorf und Großerkmannsdorf",
      public=True, department="Hauptamt, Sachgebiet IT und Digitalisierung",
      consultations=[C("Verwaltungsausschuss", "2026-09-30", "Kenntnisnahme"),
                     C("Stadtrat", "2026-10-08", "Kenntnisnahme")],
      themes=["digitale_infrastruktur"], themes_why="fibre rollout in villages",
      notes="Heading 'Information an den Stadtrat', key 'Art | Informationsvorlage' (→ Mitteilungsvorlage; "
            "doc_type_printed from the Art key). Ruled key "
            "table with bold keys: Nummer, Art, Einreicher ('Oberbürgermeister' → no originator), "
            "Verantwortlich (department), Datum, Status. Beratungsfolge as free lines 'Gremium – date – "
            "zur Kenntnis'. 'Gigabit-Richtlinie 2.0', 'Förderaufruf 2024/1' and '1.412 Adressen' no "
            "references."),
  font="Liberation Sans", size=10,
  blocks=[
      ("h", "Große Kreisstadt Radeberg", 11),
      ("h", "Information an den Stadtrat", 15),
      ("kv", [("Nummer", "IV/0131/2026"), ("Art", "Informationsvorlage"), ("Einreicher", "Oberbürgermeister"),
              ("Verantwortlich", "Hauptamt, Sachgebiet IT und Digitalisierung"), ("Datum", "16.09.2026"),
              ("Status", "öffentlich")], 0.25, "bold ruled"),
      ("p", "**Gegenstand:** Sachstand Breitbandausbau in den Ortsteilen Ullersdorf und Großerkmannsdorf"),
      ("p", "Verwaltungsausschuss – 30.09.2026 – zur Kenntnis\nStadtrat – 08.10.2026 – zur Kenntnis"),
      ("rule",),
      ("pb", "Information"),
      ("p", "Der geförderte Glasfaserausbau nach der Gigabit-Richtlinie 2.0 (Förderaufruf 2024/1) umfasst "
            "1.412 Adressen in Ullersdorf und Großerkmannsdorf. Bis Ende August 2026 wurden 61 % der "
            "Trassen verlegt und 540 Hausanschlüsse hergestellt."),
      ("p", "Verzögerungen entstanden in Großerkmannsdorf durch eine Kampfmittelsondierung entlang der "
            "Staatsstraße. Der Netzbetreiber rechnet mit der Fertigstellung im zweiten Quartal 2027. Die "
            "Stadt trägt einen Eigenanteil von 10 %, der im Haushalt 2025/2026 veranschlagt ist."),
      ("p", "Eine Bürgerinformation findet am 12.11.2026 im Dorfgemeinschaftshaus Ullersdorf statt."),
  ])

P("y08_radeberg_ortschaftsrat-liegau_votum-bv-0123-2026.pdf", "reportlab",
  "radeberg_ortschaftsrat_votum", RB, dict(
      doc_type="Stellungnahme", doc_type_printed="Votum", date="2026-09-18",
      title="Ersatzneubau der Brücke über die Große Röder im Zuge der Langebrücker Straße in "
            "Liegau-Augustusbad – Baubeschluss",
      originator="Ortschaftsrat Liegau-Augustusbad", answers="BV/0123/2026",
      themes=["mobilitaet"], themes_why="bridge, detour, footbridge",
      notes="'Votum des Ortschaftsrates' (→ Stellungnahme; printed 'Votum'). 'zur Beschlussvorlage "
            "BV/0123/2026' → answers. Its own session (17.09.2026, TOP 4) and the vote '7 / 0 / 1' are "
            "lures; the Stadtrat date in a sentence is not a consultation of this paper. Title = the "
            "subject line of the Vorlage as printed."),
  font="DejaVu Sans", size=10,
  blocks=[
      ("cols", ["**Ortschaftsrat Liegau-Augustusbad**\nGroße Kreisstadt Radeberg",
                "Ortsvorsteher\nUwe Stellmacher"], [0.65, 0.35]),
      ("rule",),
      ("h", "Votum des Ortschaftsrates", 14),
      ("p", "zur Beschlussvorlage BV/0123/2026"),
      ("pb", "Ersatzneubau der Brücke über die Große Röder im Zuge der Langebrücker Straße in "
             "Liegau-Augustusbad – Baubeschluss"),
      ("kv", [("Sitzung:", "17.09.2026, TOP 4"), ("Abstimmung:", "7 Ja / 0 Nein / 1 Enthaltung")], 0.22),
      ("p", "Der Ortschaftsrat stimmt dem Ersatzneubau zu und empfiehlt dem Stadtrat, die Vorlage in "
            "seiner Sitzung am 08.10.2026 mit folgenden Maßgaben zu beschließen:"),
      ("ol", ["Die Behelfsbrücke für Fußgänger ist barrierefrei auszuführen und auch für Radfahrer "
              "freizugeben.",
              "Die Umleitung des Schulbusverkehrs ist vor Baubeginn mit der Grundschule und dem "
              "Verkehrsunternehmen abzustimmen.",
              "Die Bauarbeiten sollen nicht während des Augustusbader Parkfestes im Juni beginnen."]),
      ("p", "Liegau-Augustusbad, 18.09.2026"),
      ("p", "Uwe Stellmacher\nOrtsvorsteher"),
  ])

P("y09_radeberg_antrag-fraktion-fbr_sporthallen.pdf", "libreoffice-html", "radeberg_fraktion_html_antrag",
  RB, dict(
      doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-21",
      title="Kostenfreie Nutzung der städtischen Sporthallen durch gemeinnützige Vereine ab dem "
            "Schuljahr 2027/28",
      originator="Fraktion Freie Bürger Radeberg",
      consultations=[C("Stadtrat", "2026-10-08")],
      themes=["kultur_sport", "finanzen"], themes_why="free sports halls for clubs, fee loss",
      notes="Fraktion letter: sender block right-aligned, centred 'Antrag', key lines Gremium / "
            "Sitzung, 'Gegenstand:' title with '2027/28' inside. Consultation Stadtrat 08.10.2026, role "
            "null. 'Benutzungsentgeltordnung vom 14.12.2021' no reference (date of a by-law)."),
  font="Liberation Serif", size=11,
  blocks=[
      ("right", "Fraktion Freie Bürger Radeberg\nim Stadtrat der Großen Kreisstadt Radeberg\n"
                "Fraktionsvorsitzende Kerstin Heinzig\nPulsnitzer Straße 40, 01454 Radeberg"),
      ("p", "An den\nOberbürgermeister der Großen Kreisstadt Radeberg\nMarkt 17\n01454 Radeberg"),
      ("right", "Radeberg, 21.09.2026"),
      ("h", "Antrag", 16, "center"),
      ("kv", [("Gremium:", "Stadtrat"), ("Sitzung:", "08.10.2026")], 0.2),
      ("p", "**Gegenstand:** Kostenfreie Nutzung der städtischen Sporthallen durch gemeinnützige Vereine "
            "ab dem Schuljahr 2027/28"),
      ("pb", "Beschlussantrag:"),
      ("p", "Der Stadtrat beschließt, die Benutzungsentgeltordnung für die städtischen Sporthallen vom "
            "14.12.2021 so zu ändern, dass gemeinnützige Sportvereine mit Sitz in Radeberg die Hallen "
            "für den Trainingsbetrieb von Kinder- und Jugendgruppen ab dem Schuljahr 2027/28 kostenfrei "
            "nutzen."),
      ("pb", "Begründung:"),
      ("p", "Die Entgelte belasten insbesondere kleinere Vereine. Die Einnahmen der Stadt aus der "
            "Vermietung an Vereine betrugen 2025 rund 38.000 Euro; dem steht ein erheblicher Nutzen für "
            "Gesundheit und Zusammenhalt gegenüber."),
      ("p", "Kerstin Heinzig\nFraktionsvorsitzende"),
  ])

P("y10_radeberg_niederschrift-technischer-ausschuss.pdf", "ghostscript", "radeberg_niederschrift_docx_gs",
  RB, dict(
      doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-09-24",
      title="9. öffentliche Sitzung des Technischen Ausschusses", public=True,
      references=["BV/0123/2026", "BV/0126/2026", "BV/0127/2026"],
      themes=["mobilitaet", "stadtentwicklung"], themes_why="bridge, building applications, street lights",
      notes="Word Niederschrift re-distilled by Ghostscript, 2 pages; Word header 'Niederschrift TA "
            "24.09.2026'. Title = the session named after 'über die' (type word and date dropped). "
            "'Beschluss-Nr. TA/09/2026-045' etc. are Beschluss numbers, not Drucksachen → not references "
            "(call). The next session 22.10.2026 is a lure. Date = session day."),
  base="libreoffice-docx", font="Liberation Serif", size=11, pages=2,
  head="Große Kreisstadt Radeberg · Niederschrift TA 24.09.2026",
  foot="Niederschrift Technischer Ausschuss – vertraulich bis zur Genehmigung",
  blocks=[
      ("h", "Niederschrift", 15),
      ("p", "über die 9. öffentliche Sitzung des Technischen Ausschusses"),
      ("kv", [("Datum:", "24.09.2026"), ("Beginn / Ende:", "17:00 Uhr / 19:12 Uhr"),
              ("Ort:", "Rathaus Radeberg, Ratssaal, Markt 17"),
              ("Vorsitz:", "Oberbürgermeister Frank Lehnert"),
              ("Schriftführung:", "Frau Wendisch, Hauptamt")], 0.25),
      ("pb", "Anwesend:"),
      ("p", "Stadträtinnen und Stadträte: Heinzig, Kretschmar, Lohse, Nitzsche, Preußler, Richter, "
            "Schöne (ab TOP 3), Wagner\nVerwaltung: Herr Gottschalk (Bauamt), Frau Kaulfuß (SG Tiefbau)"),
      ("pb", "Entschuldigt:"),
      ("p", "Stadtrat Haufe"),
      ("pb", "TOP 1 – Feststellung der Ordnungsmäßigkeit und Beschlussfähigkeit"),
      ("p", "Der Vorsitzende stellt die ordnungsgemäße Ladung und die Beschlussfähigkeit fest. 8 von 9 "
            "Mitgliedern sind anwesend."),
      ("pb", "TOP 2 – Ersatzneubau der Brücke über die Große Röder (BV/0123/2026)"),
      ("p", "Frau Kaulfuß erläutert die Entwurfsplanung. Stadträtin Heinzig fragt nach der Umleitung des "
            "Schulbusses; die Verwaltung sagt eine Abstimmung mit dem Verkehrsunternehmen zu. Das Votum "
            "des Ortschaftsrates Liegau-Augustusbad liegt vor."),
      ("p", "**Beschluss-Nr. TA/09/2026-045:** Der Technische Ausschuss empfiehlt dem Stadtrat, die "
            "Vorlage zu beschließen.\nAbstimmung: 8 Ja / 0 Nein / 0 Enthaltung"),
      ("pb", "TOP 3 – Bauantrag Neubau eines Mehrfamilienhauses, Heinrich-Gläser-Straße 12 (BV/0126/2026)"),
      ("p", "Das gemeindliche Einvernehmen nach § 36 BauGB wird erteilt.\n"
            "**Beschluss-Nr. TA/09/2026-046** – Abstimmung: 6 Ja / 1 Nein / 1 Enthaltung"),
      ("pagebreak",),
      ("pb", "TOP 4 – Umrüstung der Straßenbeleuchtung in Großerkmannsdorf auf LED (BV/0127/2026)"),
      ("p", "Herr Gottschalk berichtet, dass durch die Umrüstung von 214 Leuchten jährlich rund 61.000 kWh "
            "eingespart werden. Stadtrat Lohse regt an, die Nachtabsenkung ab 23 Uhr zu prüfen.\n"
            "**Beschluss-Nr. TA/09/2026-047:** Der Technische Ausschuss vergibt die Leistungen an die "
            "Firma Elektro-Lausitz GmbH zum Angebotspreis von 186.420,50 Euro brutto.\n"
            "Abstimmung: 8 Ja / 0 Nein / 0 Enthaltung"),
      ("pb", "TOP 5 – Informationen und Anfragen"),
      ("p", "Der Oberbürgermeister weist auf die nächste Sitzung am 22.10.2026 hin. Stadtrat Richter fragt "
            "nach dem Zustand des Radweges an der Pulsnitzer Straße; die Antwort erfolgt schriftlich."),
      ("space",),
      ("cols", ["Frank Lehnert\nVorsitzender", "Ines Wendisch\nSchriftführerin"], [0.5, 0.5]),
  ])

# =====================================================================================
# C  Zweckverband Riedgruppe Ost (HE) — water supply association: Verbandsversammlung,
#    Verbandsvorstand; in-house Word / letters of the Verbandsvorsitzende and the Betriebsleitung
# =====================================================================================
ZV = "Zweckverband Riedgruppe Ost"

P("y11_riedgruppe-ost_vv-2026-07_wirtschaftsplan.pdf", "libreoffice-docx", "riedgruppe_word_vorlage", ZV,
  dict(
      drucksache="VV/2026/07", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
      date="2026-09-28",
      title="Wirtschaftsplan 2027 des Zweckverbandes und Festsetzung des Wasserbezugspreises für die "
            "Verbandsmitglieder",
      public=None, department="Kaufmännische Abteilung",
      consultations=[C("Verbandsvorstand", "2026-10-12", "Vorberatung"),
                     C("Verbandsversammlung", "2026-11-02", "Entscheidung")],
      themes=["finanzen", "klima_umwelt"], themes_why="business plan, water price, wells",
      notes="In-house Word: association name centred, ruled key table with bold keys ('Drucksache', "
            "'Angelegenheit' = title, 'Verfasser', 'Datum'), Beratungsfolge table with Ö/N column "
            "(Vorstand nichtöffentlich, Verbandsversammlung öffentlich) → mixed, public null. Role "
            "'Beschluss' → Entscheidung. 'TOP 5' (of the session), '§ 18 KGG', 'Brunnen III', "
            "'Darlehen Nr. 4471-0020' are no references. Department = 'Verfasser: Kaufmännische "
            "Abteilung' (a unit of the Verband's Betriebsleitung)."),
  font="Liberation Sans", size=10.5, pages=2,
  foot="Zweckverband Riedgruppe Ost · Körperschaft des öffentlichen Rechts · Drucksache VV/2026/07",
  blocks=[
      ("h", "Zweckverband Riedgruppe Ost", 14, "center"),
      ("center", "Wasserversorgung für die Verbandsmitglieder"),
      ("h", "Beschlussvorlage", 13),
      ("kv", [("Drucksache", "VV/2026/07"),
              ("Angelegenheit", "Wirtschaftsplan 2027 des Zweckverbandes und Festsetzung des "
                                "Wasserbezugspreises für die Verbandsmitglieder"),
              ("Verfasser", "Kaufmännische Abteilung"), ("Datum", "28.09.2026")], 0.25, "bold ruled"),
      ("table", ["Beratungsfolge", "Sitzung", "Ö/N", "Beratungsziel"],
       [["Verbandsvorstand", "12.10.2026", "N", "Vorberatung"],
        ["Verbandsversammlung", "02.11.2026 (TOP 5)", "Ö", "Beschluss"]], [0.36, 0.24, 0.1, 0.3]),
      ("pb", "Beschlussvorschlag"),
      ("ol", ["Der Wirtschaftsplan 2027 wird mit Erträgen von 6.482.000 Euro, Aufwendungen von "
              "6.371.000 Euro und einem Vermögensplan von 2.940.000 Euro festgestellt.",
              "Der Wasserbezugspreis für die Verbandsmitglieder wird ab 01.01.2027 auf 0,86 Euro je "
              "Kubikmeter (bisher 0,78 Euro) festgesetzt.",
              "Der Höchstbetrag der Kassenkredite wird auf 500.000 Euro festgesetzt."]),
      ("pb", "Begründung"),
      ("p", "Nach § 18 KGG in Verbindung mit der Verbandssatzung beschließt die Verbandsversammlung den "
            "Wirtschaftsplan. Die Fördermenge wird 2027 mit 4,2 Mio. m³ angesetzt. Die Erhöhung des "
            "Bezugspreises ist vor allem auf die Sanierung des Brunnens III im Wasserwerk Einhausen, "
            "gestiegene Energiekosten und höhere Zinsen zurückzuführen."),
      ("p", "Die Investitionen 2027 umfassen die Erneuerung der Transportleitung nach Zwingenberg "
            "(1,45 Mio. Euro), die Brunnenregenerierung (0,62 Mio. Euro) und die Fernwirktechnik "
            "(0,31 Mio. Euro). Zur Finanzierung wird ein Darlehen von 1,2 Mio. Euro aufgenommen; das "
            "bestehende Darlehen Nr. 4471-0020 wird planmäßig getilgt."),
      ("pagebreak",),
      ("pb", "Übersicht Erfolgsplan (in Tsd. Euro)"),
      ("table", ["Position", "Plan 2026", "Plan 2027"],
       [["Umsatzerlöse Wasserbezug", "5.710", "6.240"], ["Sonstige Erträge", "236", "242"],
        ["Materialaufwand / Energie", "2.180", "2.350"], ["Personalaufwand", "1.620", "1.710"],
        ["Abschreibungen", "1.390", "1.460"], ["Zinsaufwand", "410", "468"],
        ["Sonstiger Aufwand", "370", "383"], ["Jahresergebnis", "-24", "111"]], [0.5, 0.25, 0.25]),
      ("p", "Einhausen, 28.09.2026\n\nDr. Karin Seibel-Roth\nVerbandsvorsitzende"),
  ])

P("y12_riedgruppe-ost_einladung-verbandsversammlung.pdf", "reportlab", "riedgruppe_letter_einladung", ZV,
  dict(
      doc_type="Einladung", doc_type_printed="Einladung", date="2026-10-19",
      title="3. Sitzung der Verbandsversammlung im Jahr 2026", public=True,
      references=["VV/2026/07", "VV/2026/08", "VV/2026/09"],
      themes=["finanzen", "klima_umwelt"], themes_why="agenda: business plan, water, audit",
      notes="Letter of the Verbandsvorsitzende: bold subject 'Einladung zur 3. Sitzung der "
            "Verbandsversammlung im Jahr 2026' → title = the session named (type word dropped, 'im Jahr "
            "2026' kept). 'Die Sitzung ist öffentlich.' → public true. Agenda as a numbered list with "
            "'(Drucksache VV/2026/07)' etc. → references. The last session's date (15.06.2026) is a lure."),
  font="Liberation Serif", size=11,
  foot="Zweckverband Riedgruppe Ost · Wasserwerkstraße 2 · 64683 Einhausen · Tel. 06251 98 74-0",
  blocks=[
      ("cols", ["**Zweckverband Riedgruppe Ost**\nDie Verbandsvorsitzende", "Einhausen, 19.10.2026"],
       [0.65, 0.35]),
      ("space",),
      ("p", "An die Mitglieder der Verbandsversammlung\nnachrichtlich: Verbandsvorstand, Betriebsleitung"),
      ("space",),
      ("pb", "Einladung zur 3. Sitzung der Verbandsversammlung im Jahr 2026"),
      ("p", "Sehr geehrte Damen und Herren,"),
      ("p", "hiermit lade ich Sie zur Sitzung der Verbandsversammlung am **Montag, 2. November 2026, um "
            "18:30 Uhr** in das Bürgerhaus Einhausen, Kleiner Saal, ein. Die Sitzung ist öffentlich."),
      ("pb", "Tagesordnung:"),
      ("ol", ["Eröffnung, Feststellung der ordnungsgemäßen Einladung und der Beschlussfähigkeit",
              "Genehmigung der Niederschrift über die Sitzung vom 15.06.2026",
              "Mitteilungen der Verbandsvorsitzenden",
              "Bericht der Betriebsleitung zur Trinkwasserqualität 2026",
              "Wirtschaftsplan 2027 und Wasserbezugspreis (Drucksache VV/2026/07)",
              "Prüfung des Jahresabschlusses 2025 und Entlastung des Verbandsvorstandes "
              "(Drucksache VV/2026/08)",
              "Änderung der Entschädigungssatzung (Drucksache VV/2026/09)",
              "Verschiedenes"]),
      ("p", "Die Unterlagen sind beigefügt. Sollten Sie verhindert sein, bitte ich um Nachricht und "
            "Weitergabe an Ihre Stellvertretung."),
      ("p", "Mit freundlichen Grüßen\n\nDr. Karin Seibel-Roth\nVerbandsvorsitzende"),
  ])

P("y13_riedgruppe-ost_schreiben-trinkwasseranalyse.pdf", "ghostscript", "riedgruppe_chromium_gs_schreiben",
  ZV, dict(
      doc_type="Schreiben", doc_type_printed=None, date="2026-10-05",
      title="Trinkwasseruntersuchung 2026 – Ergebnisse und Einstufung in den Härtebereich",
      department="Technische Betriebsleitung", references=["VV/2026/04"],
      themes=["klima_umwelt", "verwaltung"], themes_why="drinking water quality, information of members",
      notes="Letter of the Betriebsleitung to the mayors of the member Gemeinden (Chromium, re-distilled "
            "by Ghostscript). Contact column right with 'Technische Betriebsleitung' (→ department), "
            "'Unser Zeichen BL-Hä/2026-114', phone, Datum. '(Drucksache VV/2026/04)' → reference. "
            "Härtebereich '3', '14,6 °dH', 'TrinkwV § 45' no references. The Verbandsversammlung of "
            "02.11.2026 named in the text is not a consultation."),
  base="chromium", font="Liberation Sans", size=10,
  blocks=[
      ("right", "**ZWECKVERBAND RIEDGRUPPE OST**\nWasserversorgung im Hessischen Ried"),
      ("cols", ["ZV Riedgruppe Ost · Wasserwerkstraße 2 · 64683 Einhausen\n\n"
                "An die Bürgermeisterinnen und Bürgermeister\nder Verbandsmitglieder\n– per E-Mail –",
                "Technische Betriebsleitung\nIhr Ansprechpartner: Herr Häfner\nTelefon 06251 98 74-21\n"
                "Unser Zeichen: BL-Hä/2026-114\nDatum: 05.10.2026"], [0.6, 0.4]),
      ("space",),
      ("pb", "Trinkwasseruntersuchung 2026 – Ergebnisse und Einstufung in den Härtebereich"),
      ("p", "Sehr geehrte Damen und Herren,"),
      ("p", "die jährliche umfassende Untersuchung des Trinkwassers nach § 45 TrinkwV ist abgeschlossen. "
            "Alle Grenzwerte wurden eingehalten. Die Nitratwerte liegen im Mischwasser bei 18 mg/l, die "
            "Gesamthärte bei 14,6 °dH; das Wasser bleibt damit im Härtebereich „hart“ (Stufe 3)."),
      ("p", "Wie mit Beschluss der Verbandsversammlung vom 15.06.2026 (Drucksache VV/2026/04) vorgesehen, "
            "wird die Prüfung einer zentralen Enthärtung fortgesetzt. Erste Ergebnisse stellen wir in der "
            "Verbandsversammlung am 02.11.2026 vor."),
      ("p", "Wir bitten Sie, die beigefügte Bürgerinformation in Ihren Amtsblättern zu veröffentlichen."),
      ("p", "Mit freundlichen Grüßen\n\ni. A. Markus Häfner\nTechnischer Betriebsleiter"),
      ("small", "Anlage: Analyseergebnisse 2026 (4 Seiten), Bürgerinformation"),
  ])

P("y14_riedgruppe-ost_niederschrift-verbandsversammlung.pdf", "libreoffice-odt",
  "riedgruppe_odt_niederschrift", ZV, dict(
      doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-06-15",
      title="2. Sitzung der Verbandsversammlung des Zweckverbandes Riedgruppe Ost", public=True,
      references=["VV/2026/04", "VV/2026/05"],
      themes=["klima_umwelt", "finanzen"], themes_why="water softening study, annual accounts",
      notes="ODT Niederschrift: heading with 'über die 2. Sitzung … am 15. Juni 2026' → title without the "
            "date; key table Ort/Beginn/Ende/Öffentlichkeit ('öffentlich') → public true. Agenda items "
            "carry '(Drs. VV/2026/04)' → references. Lures: the Wirtschaftsplan 2027 session "
            "(02.11.2026) and a 'Beschluss Nr. 2026-11'."),
  font="DejaVu Sans", size=10,
  blocks=[
      ("h", "Niederschrift", 14),
      ("p", "über die 2. Sitzung der Verbandsversammlung des Zweckverbandes Riedgruppe Ost am 15. Juni 2026"),
      ("kv", [("Ort", "Bürgerhaus Zwingenberg, Obergasse 16"), ("Beginn", "18:30 Uhr"),
              ("Ende", "20:05 Uhr"), ("Öffentlichkeit", "öffentlich")], 0.25),
      ("p", "**Anwesend:** 11 von 12 stimmberechtigten Vertreterinnen und Vertretern der "
            "Verbandsmitglieder; Verbandsvorsitzende Dr. Seibel-Roth (Vorsitz); Betriebsleitung: "
            "Herr Häfner, Frau Olbrich; Schriftführung: Frau Dietz"),
      ("pb", "1. Eröffnung und Regularien"),
      ("p", "Die Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Einladung sowie die "
            "Beschlussfähigkeit fest."),
      ("pb", "2. Untersuchung einer zentralen Enthärtung (Drs. VV/2026/04)"),
      ("p", "Herr Häfner stellt die Machbarkeitsstudie vor. Die Verbandsversammlung beschließt, die "
            "Planung für eine Enthärtungsanlage im Wasserwerk Einhausen bis zur Entwurfsreife "
            "fortzuführen (Beschluss Nr. 2026-11; einstimmig)."),
      ("pb", "3. Jahresabschluss 2025 (Drs. VV/2026/05)"),
      ("p", "Der Jahresabschluss 2025 wird mit einem Jahresergebnis von 86.412,17 Euro festgestellt; der "
            "Gewinn wird der Rücklage zugeführt (10 Ja, 0 Nein, 1 Enthaltung)."),
      ("pb", "4. Verschiedenes"),
      ("p", "Der Wirtschaftsplan 2027 wird in der Sitzung am 02.11.2026 beraten. Die Betriebsleitung "
            "berichtet über den Rohrbruch in der Transportleitung bei Zwingenberg am 28.05.2026."),
      ("space",),
      ("cols", ["Dr. Karin Seibel-Roth\nVorsitzende", "Petra Dietz\nSchriftführerin"], [0.5, 0.5]),
  ])

# =====================================================================================
# D  Stadtbezirksrat 112 Wabe-Schunter-Beberbach, Stadt Braunschweig (NI) — Anträge and
#    Anfragen of Fraktionen, the administration's Mitteilungen and Vorlagen; ALLRIS-like prints
#    with 'Drucksache yy-nnnnn', 'Organisationseinheit', a Beratungsfolge with status column
# =====================================================================================
HR = "Stadtbezirksrat 112 Wabe-Schunter-Beberbach (Stadt Braunschweig)"
SBR = "Stadtbezirksrat 112 Wabe-Schunter-Beberbach"


def bs_head(kind, nr, date, status="öffentlich"):
    """The head of an ALLRIS-like Braunschweig print: city left, type/number/date right."""
    return [("cols", ["**Stadt Braunschweig**\nTOP ______", f"**{kind}**\n**{nr}**\nDatum: {date}\n"
                      f"Status: {status}"], [0.6, 0.4]), ("rule",)]


P("y15_braunschweig-sbr112_26-24187_antrag-cdu_querungshilfe.pdf", "chromium",
  "braunschweig_allris_antrag", HR, dict(
      drucksache="26-24187", doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-06",
      title="Querungshilfe an der Bevenroder Straße in Höhe der Bushaltestelle Querum Kirche",
      public=True, originator="CDU-Fraktion im Stadtbezirksrat 112",
      consultations=[C(SBR, "2026-10-29", "Entscheidung")],
      themes=["mobilitaet", "sicherheit_ordnung"], themes_why="pedestrian crossing at bus stop",
      notes="ALLRIS-like head: 'Stadt Braunschweig' and an empty 'TOP ______' field left (lure), type, "
            "'26-24187', Datum, Status right. 'Betreff:' title, 'Absender:' = the Fraktion (→ "
            "originator), Beratungsfolge|Sitzungstermin|Status with '(Entscheidung)' after the body's "
            "name → role Entscheidung. Bus line numbers '413', '424' no references."),
  font="Liberation Sans", size=10,
  blocks=bs_head("Antrag", "26-24187", "06.10.2026") + [
      ("kv", [("Absender:", "CDU-Fraktion im Stadtbezirksrat 112"),
              ("Betreff:", "**Querungshilfe an der Bevenroder Straße in Höhe der Bushaltestelle Querum "
                           "Kirche**")], 0.16),
      ("table", ["Beratungsfolge", "Sitzungstermin", "Status"],
       [[f"{SBR} (Entscheidung)", "29.10.2026", "Ö"]], [0.6, 0.2, 0.2]),
      ("pb", "Beschlussvorschlag:"),
      ("p", "Die Verwaltung wird gebeten, an der Bevenroder Straße in Höhe der Bushaltestelle „Querum "
            "Kirche“ eine Querungshilfe (Mittelinsel) einzurichten."),
      ("pb", "Sachverhalt:"),
      ("p", "An der Haltestelle steigen morgens viele Schülerinnen und Schüler der Linien 413 und 424 aus. "
            "Zwischen der Ampel an der Querumer Straße und dem Kreisel Gliesmarode gibt es rund 500 Meter "
            "keine gesicherte Querung; der Verkehr fährt hier häufig schneller als erlaubt."),
      ("p", "gez.\nJörg Tiedemann\nFraktionsvorsitzender"),
  ])

P("y16_braunschweig-sbr112_26-24502_anfrage-spd_spielplaetze.pdf", "chromium",
  "braunschweig_allris_anfrage", HR, dict(
      drucksache="26-24502", doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-08",
      title="Zustand der Spielplätze in Querum und Bienrode",
      public=True, originator="SPD-Fraktion im Stadtbezirksrat 112",
      consultations=[C(SBR, "2026-10-29")],
      themes=["soziales", "stadtentwicklung"], themes_why="playgrounds, closed equipment",
      notes="Same head as y15. 'Absender:' Fraktion; Beratungsfolge row without a role in brackets "
            "→ role null; public from 'Status: öffentlich' and the Ö column. Title under 'Betreff:'."),
  font="Liberation Sans", size=10,
  blocks=bs_head("Anfrage", "26-24502", "08.10.2026") + [
      ("kv", [("Absender:", "SPD-Fraktion im Stadtbezirksrat 112"),
              ("Betreff:", "**Zustand der Spielplätze in Querum und Bienrode**")], 0.16),
      ("table", ["Beratungsfolge", "Sitzungstermin", "Status"], [[SBR, "29.10.2026", "Ö"]],
       [0.6, 0.2, 0.2]),
      ("pb", "Sachverhalt:"),
      ("p", "Bürgerinnen und Bürger haben uns darauf hingewiesen, dass auf mehreren Spielplätzen in "
            "Querum und Bienrode Spielgeräte seit Monaten gesperrt sind. Wir fragen die Verwaltung:"),
      ("ol", ["Welche Spielgeräte im Stadtbezirk sind derzeit gesperrt und seit wann?",
              "Wann ist mit einer Reparatur oder einem Ersatz zu rechnen?",
              "Welche Mittel stehen 2027 für die Erneuerung von Spielplätzen im Stadtbezirk zur Verfügung?"]),
      ("p", "gez.\nAylin Demir\nFraktionsvorsitzende"),
  ])

P("y17_braunschweig-sbr112_26-24502-01_mitteilung-antwort-spielplaetze.pdf", "libreoffice-html",
  "braunschweig_mitteilung_antwort_html", HR, dict(
      drucksache="26-24502-01", doc_type="Antwort", doc_type_printed="Mitteilung", date="2026-10-22",
      title="Zustand der Spielplätze in Querum und Bienrode",
      public=True, department="Fachbereich 67 Stadtgrün und Sport", answers="26-24502",
      consultations=[C(SBR, "2026-10-29", "Kenntnisnahme")],
      themes=["soziales", "stadtentwicklung", "finanzen"], themes_why="playground repairs and budget",
      notes="The answer is printed as a 'Mitteilung' (→ Antwort, call as z13 of holdout15) with its own "
            "number '26-24502-01'; the body opens 'Zur Anfrage der SPD-Fraktion vom 08.10.2026 (DS "
            "26-24502)' → answers. 'Organisationseinheit: Dezernat VII, 67 Fachbereich Stadtgrün und "
            "Sport' → department = the Fachbereich as printed in the signature block ('Fachbereich 67 "
            "Stadtgrün und Sport'). '(zur Kenntnis)' → Kenntnisnahme. Playground ids no references."),
  font="DejaVu Sans", size=10,
  blocks=[
      ("cols", ["**Stadt Braunschweig**\nTOP ______",
                "**Mitteilung**\n**26-24502-01**\nDatum: 22.10.2026\nStatus: öffentlich"], [0.6, 0.4]),
      ("kv", [("Organisationseinheit:", "Dezernat VII\nFachbereich 67 Stadtgrün und Sport"),
              ("Betreff:", "**Zustand der Spielplätze in Querum und Bienrode**")], 0.25),
      ("table", ["Beratungsfolge", "Sitzungstermin", "Status"],
       [[f"{SBR} (zur Kenntnis)", "29.10.2026", "Ö"]], [0.6, 0.2, 0.2]),
      ("pb", "Sachverhalt:"),
      ("p", "Zur Anfrage der SPD-Fraktion vom 08.10.2026 (DS 26-24502) nimmt die Verwaltung wie folgt "
            "Stellung:"),
      ("p", "**Zu 1.:** Gesperrt sind die Seilbahn auf dem Spielplatz Im Holzmoor (SP 112-07, seit "
            "03/2026), die Kletterkombination Bienroder Weg (SP 112-12, seit 06/2026) und eine "
            "Doppelschaukel am Schunterufer (SP 112-03, seit 08/2026)."),
      ("p", "**Zu 2.:** Die Schaukel wird bis Ende November 2026 instand gesetzt. Für die Seilbahn und die "
            "Kletterkombination ist ein Ersatz im Frühjahr 2027 vorgesehen; die Lieferzeiten betragen "
            "derzeit bis zu sechs Monate."),
      ("p", "**Zu 3.:** Für den Stadtbezirk stehen 2027 voraussichtlich 180.000 Euro aus dem "
            "Spielplatzprogramm zur Verfügung."),
      ("p", "i. V. Herlitschke\nFachbereich 67 Stadtgrün und Sport"),
  ])

P("y18_braunschweig-sbr112_26-24390_vorlage-bplan-holzmoor.pdf", "chromium-raw",
  "braunschweig_vorlage_raw_grid", HR, dict(
      drucksache="26-24390", doc_type="Beschlussvorlage", doc_type_printed="Vorlage", date="2026-10-01",
      title="Bebauungsplan mit örtlicher Bauvorschrift „Holzmoor-Nord“, QU 63 – Aufstellungsbeschluss",
      public=None, department="Fachbereich 61 Stadtplanung und Geoinformation",
      consultations=[C(SBR, "2026-10-29", "Anhörung"),
                     C("Planungs- und Umweltausschuss", "2026-11-11", "Vorberatung"),
                     C("Verwaltungsausschuss", "2026-11-17", "Vorberatung"),
                     C("Rat der Stadt Braunschweig", "2026-11-24", "Entscheidung")],
      themes=["stadtentwicklung", "soziales"], themes_why="housing development plan",
      notes="Raw HTML: three-cell grid head ('Stadt Braunschweig' | 'Vorlage' | number/date), "
            "'Organisationseinheit:' row, 'Betreff:' box, Beratungsfolge with the role in brackets after "
            "each body and a status column. Printed type 'Vorlage' with a Beschluss → Beschlussvorlage. "
            "'QU 63' is the plan's id inside the title, not a Drucksache; '§ 2 Abs. 1 BauGB', "
            "'Flurstück 112/4' no references. Department from the Organisationseinheit row "
            "('Dezernat III' above it left out). No status of the paper; the Beratungsfolge's Ö/N column "
            "is mixed (Verwaltungsausschuss N) → public null."),
  font="Liberation Sans", size=10,
  css=("table.h td { border: 0.7pt solid #000; padding: 3pt 6pt; vertical-align: top; }"
       " table.bf td, table.bf th { border: 0.5pt solid #888; padding: 2pt 5pt; text-align:left;"
       " vertical-align: top; } div.betr { border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000;"
       " padding: 4pt 0; margin: 8pt 0; }"),
  html="""
<table class='h' width='100%'><tr>
<td style='width:40%'><b style='font-size:13pt'>Stadt Braunschweig</b><br><span style='font-size:8.5pt'>Der
Oberbürgermeister</span></td>
<td style='width:25%'><b style='font-size:13pt'>Vorlage</b></td>
<td style='width:35%'>Drucksache<br><b>26-24390</b><br>Datum: 01.10.2026</td></tr></table>
<table width='100%' style='margin-top:6pt'><tr><td style='width:25%;vertical-align:top'>Organisationseinheit:</td>
<td>Dezernat III<br>Fachbereich 61 Stadtplanung und Geoinformation</td></tr></table>
<div class='betr'>Betreff:<br><b>Bebauungsplan mit örtlicher Bauvorschrift „Holzmoor-Nord“, QU 63 –
Aufstellungsbeschluss</b></div>
<table class='bf' width='100%'>
<tr><th style='width:60%'>Beratungsfolge</th><th style='width:20%'>Sitzungstermin</th><th>Status</th></tr>
<tr><td>Stadtbezirksrat 112 Wabe-Schunter-Beberbach (Anhörung)</td><td>29.10.2026</td><td>Ö</td></tr>
<tr><td>Planungs- und Umweltausschuss (Vorberatung)</td><td>11.11.2026</td><td>Ö</td></tr>
<tr><td>Verwaltungsausschuss (Vorberatung)</td><td>17.11.2026</td><td>N</td></tr>
<tr><td>Rat der Stadt Braunschweig (Entscheidung)</td><td>24.11.2026</td><td>Ö</td></tr>
</table>
<p style='margin-top:10pt'><b>Beschluss:</b><br>Für das im Betreff genannte Gebiet ist ein Bebauungsplan mit
örtlicher Bauvorschrift gemäß § 2 Abs. 1 BauGB aufzustellen. Der Geltungsbereich ist aus Anlage 1
ersichtlich.</p>
<p><b>Sachverhalt:</b><br>Auf dem rund 3,1 ha großen Gelände einer ehemaligen Gärtnerei nördlich der Straße
Im Holzmoor (Flurstück 112/4) sollen etwa 180 Wohnungen entstehen, davon mindestens 30 % im geförderten
Wohnungsbau. Der Flächennutzungsplan stellt Wohnbaufläche dar. Das Gebiet ist über die Buslinie 424 an die
Innenstadt angebunden.</p>
<p>Der Stadtbezirksrat hat in seiner Sitzung am 27.08.2026 eine Bürgerversammlung zu dem Vorhaben angeregt;
sie wird im Rahmen der frühzeitigen Beteiligung durchgeführt.</p>
<p style='margin-top:12pt'>Leuer<br>Stadtbaurat</p>
""")

P("y19_braunschweig-sbr112_einladung-stadtbezirksrat.pdf", "reportlab", "braunschweig_einladung_reportlab",
  HR, dict(
      doc_type="Einladung", doc_type_printed="Einladung", date="2026-10-15",
      title="Sitzung des Stadtbezirksrates im Stadtbezirk 112 Wabe-Schunter-Beberbach", public=True,
      references=["26-24187", "26-24502", "26-24502-01", "26-24390"],
      themes=["mobilitaet", "stadtentwicklung", "soziales"], themes_why="agenda: crossing, B-Plan, playgrounds",
      notes="Invitation of the Bezirksbürgermeisterin: bold heading 'Einladung' over 'zur Sitzung des "
            "Stadtbezirksrates im Stadtbezirk 112 Wabe-Schunter-Beberbach' → title = the session named "
            "(genitive as printed). Agenda table Nr.|Betreff|Drucksache; the numbers are references. "
            "Öffentlicher and Nichtöffentlicher Teil → public true. Date = the line under the letterhead; "
            "the last session (27.08.2026) is a lure."),
  font="Liberation Sans", size=10,
  foot="Stadt Braunschweig · Bezirksgeschäftsstelle Nord · Seite {page}",
  blocks=[
      ("cols", ["**Stadt Braunschweig**\nDie Bezirksbürgermeisterin des Stadtbezirks 112",
                "Braunschweig, 15.10.2026"], [0.65, 0.35]),
      ("space",),
      ("h", "Einladung", 13),
      ("pb", "zur Sitzung des Stadtbezirksrates im Stadtbezirk 112 Wabe-Schunter-Beberbach"),
      ("p", "am Donnerstag, 29.10.2026, 18:00 Uhr, Gemeindezentrum Querum, Großer Saal"),
      ("pb", "Tagesordnung"),
      ("p", "**Öffentlicher Teil:**"),
      ("table", ["Nr.", "Betreff", "Drucksache"], [
          ["1", "Eröffnung der Sitzung, Feststellung der Beschlussfähigkeit und der Tagesordnung", ""],
          ["2", "Genehmigung des Protokolls der Sitzung vom 27.08.2026", ""],
          ["3", "Mitteilungen", ""],
          ["3.1", "Zustand der Spielplätze in Querum und Bienrode (Antwort)", "26-24502-01"],
          ["4", "Bebauungsplan „Holzmoor-Nord“, QU 63 – Aufstellungsbeschluss", "26-24390"],
          ["5", "Anträge", ""],
          ["5.1", "Querungshilfe an der Bevenroder Straße (CDU-Fraktion)", "26-24187"],
          ["6", "Anfragen", ""],
          ["6.1", "Zustand der Spielplätze in Querum und Bienrode (SPD-Fraktion)", "26-24502"],
          ["7", "Bezirksbezogene Haushaltsmittel", ""]], [0.08, 0.72, 0.2]),
      ("p", "**Nichtöffentlicher Teil:**"),
      ("p", "8 Grundstücksangelegenheiten"),
      ("p", "Mit freundlichen Grüßen\n\nMonika Bredemeier\nBezirksbürgermeisterin"),
  ])

# =====================================================================================
# E  Amt Peitz (BB) — Amtsausschuss; SD.NET-like Vorlagen, Word letters of the Amtsdirektorin
# =====================================================================================
AP = "Amt Peitz"
FB2 = "Fachbereich II – Bauen, Ordnung und Brandschutz"

P("y20_amt-peitz_bv-aa-031-2026_hlf-drehnow.pdf", "chromium", "peitz_sdnet_threecell_head", AP, dict(
      drucksache="BV-AA-031/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
      date="2026-09-10",
      title="Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die Freiwillige Feuerwehr "
            "Peitz, Löschzug Drehnow",
      public=True, department=FB2, references=["BV-AA-017/2024"],
      consultations=[C("Finanzausschuss", "2026-09-24", "Vorberatung"),
                     C("Amtsausschuss", "2026-10-08", "Entscheidung")],
      themes=["sicherheit_ordnung", "finanzen"], themes_why="fire engine purchase, funding",
      notes="Head as a ruled three-cell row (Amt + Amtsdirektorin | type word + 'öffentlich' | "
            "'Vorlagen-Nr.' over the number and the date). 'Einreicher: Amtsdirektorin' → no originator; "
            "'Federführung:' → department. Beratungsfolge Gremium|Sitzungstermin|Beratungszweck with "
            "'Beschluss' → Entscheidung. '(Beschlussvorlage BV-AA-017/2024)' → reference; 'HLF 10', "
            "'LF 8/6', 'Haushaltsstelle 12600.0830000' no references."),
  font="Liberation Sans", size=10,
  blocks=[
      ("table", None, [["**Amt Peitz**\nDie Amtsdirektorin", "**Beschlussvorlage**\nöffentlich",
                        "Vorlagen-Nr.\n**BV-AA-031/2026**\nDatum: 10.09.2026"]], [0.4, 0.3, 0.3]),
      ("kv", [("Einreicher:", "Amtsdirektorin"), ("Federführung:", FB2)], 0.2),
      ("p", "**Betreff:** Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die Freiwillige "
            "Feuerwehr Peitz, Löschzug Drehnow"),
      ("table", ["Gremium", "Sitzungstermin", "Beratungszweck"],
       [["Finanzausschuss", "24.09.2026", "Vorberatung"], ["Amtsausschuss", "08.10.2026", "Beschluss"]],
       [0.5, 0.25, 0.25]),
      ("pb", "Beschlussvorschlag:"),
      ("p", "Der Amtsausschuss beschließt die Beschaffung eines HLF 10 für den Löschzug Drehnow und "
            "ermächtigt die Amtsdirektorin, den Auftrag nach Abschluss des Vergabeverfahrens zu erteilen."),
      ("pb", "Sachverhalt:"),
      ("p", "Der Gefahrenabwehrbedarfsplan des Amtes Peitz (Beschlussvorlage BV-AA-017/2024) sieht den Ersatz "
            "des 1994 in Dienst gestellten LF 8/6 in Drehnow vor. Das Fahrzeug ist nicht mehr "
            "wirtschaftlich instand zu halten. Die Beschaffung erfolgt über die zentrale Beschaffung des "
            "Landes Brandenburg; die Kosten betragen rund 465.000 Euro. Eine Landesförderung von "
            "138.000 Euro ist bewilligt."),
      ("pb", "Finanzielle Auswirkungen:"),
      ("p", "Haushaltsstelle 12600.0830000; Mittel im Haushalt 2026 und als Verpflichtungsermächtigung "
            "für 2027 veranschlagt."),
      ("space",),
      ("p", "Peitz, 10.09.2026\n\nElke Rademacher\nAmtsdirektorin"),
  ])

P("y21_amt-peitz_bv-aa-031-2026-e1_ergaenzung-hlf.pdf", "libreoffice-docx", "peitz_word_ergaenzung", AP,
  dict(
      drucksache="BV-AA-031/2026-E1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
      date="2026-10-01",
      title="Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die Freiwillige Feuerwehr "
            "Peitz, Löschzug Drehnow – Ergebnis der Vorberatung und geänderte Finanzierung",
      public=True, department=FB2, references=["BV-AA-031/2026"],
      consultations=[C("Amtsausschuss", "2026-10-08", "Entscheidung")],
      themes=["sicherheit_ordnung", "finanzen"], themes_why="fire engine, changed financing",
      notes="Word with a header line 'Amt Peitz · Sitzungsdienst' and a footer address. Key table "
            "without rules: 'Vorlagen-Nr.' BV-AA-031/2026-E1, 'Ursprungsvorlage' BV-AA-031/2026 "
            "(→ reference), 'Status', 'Datum'. Title = 'Betreff:' over two lines incl. the dash part. "
            "The Finanzausschuss date (24.09.2026) is in the text only → not a consultation."),
  font="Liberation Sans", size=10.5,
  head="Amt Peitz · Sitzungsdienst",
  foot="Amt Peitz · Schulstraße 6 · 03185 Peitz · Telefon 035601 380-0",
  blocks=[
      ("h", "Ergänzungsvorlage", 15),
      ("kv", [("Vorlagen-Nr.:", "BV-AA-031/2026-E1"), ("Ursprungsvorlage:", "BV-AA-031/2026"),
              ("Status:", "öffentlich"), ("Datum:", "01.10.2026"), ("Federführung:", FB2)], 0.28),
      ("p", "**Betreff:** Beschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 10 für die Freiwillige "
            "Feuerwehr Peitz, Löschzug Drehnow – Ergebnis der Vorberatung und geänderte Finanzierung"),
      ("kv", [("Beratung:", "Amtsausschuss, 08.10.2026, Beschluss")], 0.28),
      ("pb", "Ergänzung zum Sachverhalt"),
      ("p", "Der Finanzausschuss hat die Vorlage am 24.09.2026 vorberaten und um Prüfung gebeten, ob die "
            "Gemeinde Drehnow sich an den Kosten beteiligt. Die Gemeindevertretung Drehnow hat am "
            "29.09.2026 einen Zuschuss von 25.000 Euro für die Beladung beschlossen."),
      ("p", "Zudem hat das Land die Förderung auf 152.000 Euro erhöht. Der Eigenanteil des Amtes sinkt "
            "damit auf rund 288.000 Euro."),
      ("pb", "Geänderter Beschlussvorschlag"),
      ("p", "Der Amtsausschuss beschließt die Beschaffung eines HLF 10 für den Löschzug Drehnow unter "
            "Berücksichtigung des Zuschusses der Gemeinde Drehnow und ermächtigt die Amtsdirektorin zur "
            "Auftragserteilung."),
      ("p", "Elke Rademacher\nAmtsdirektorin"),
  ])

P("y22_amt-peitz_schreiben-amtsumlage-2027.pdf", "libreoffice-docx", "peitz_word_letter", AP, dict(
      doc_type="Schreiben", doc_type_printed=None, date="2026-09-14",
      title="Amtsumlage 2027 – Anhörung der amtsangehörigen Gemeinden",
      department="Fachbereich I – Zentrale Dienste und Finanzen", references=["BV-AA-029/2026"],
      themes=["finanzen", "verwaltung"], themes_why="Amt levy, hearing of member municipalities",
      notes="DIN letter of the Amtsdirektorin to the mayors, Word; letterhead right with 'Fachbereich I – "
            "Zentrale Dienste und Finanzen' (→ department), 'Unser Zeichen FB I/20-Ra', Datum. Subject "
            "bold; '§ 139 Abs. 1 BbgKVerf' no reference; '(Vorlage BV-AA-029/2026)' → reference. The "
            "Amtsausschuss date 08.10.2026 and the reply deadline 30.09.2026 are lures."),
  font="Liberation Serif", size=11,
  foot="Amt Peitz · Schulstraße 6 · 03185 Peitz · Bankverbindung: IBAN DE00 1805 0000 0000 0000 00",
  blocks=[
      ("cols", ["", "**Amt Peitz**\nDie Amtsdirektorin\nFachbereich I – Zentrale Dienste und Finanzen"],
       [0.55, 0.45]),
      ("cols", ["Amt Peitz · Schulstraße 6 · 03185 Peitz\n\nAn die Bürgermeisterinnen und Bürgermeister\n"
                "der amtsangehörigen Gemeinden Drachhausen, Drehnow, Heinersbrück, Tauer,\n"
                "Turnow-Preilack und der Stadt Peitz",
                "Unser Zeichen: FB I/20-Ra\nBearbeiterin: Frau Rabe\nTelefon: 035601 380-120\n"
                "Datum: 14.09.2026"], [0.6, 0.4]),
      ("space",),
      ("pb", "Amtsumlage 2027 – Anhörung der amtsangehörigen Gemeinden"),
      ("p", "Sehr geehrte Damen und Herren,"),
      ("p", "nach § 139 Abs. 1 BbgKVerf sind die amtsangehörigen Gemeinden vor der Festsetzung der "
            "Amtsumlage anzuhören. Der Entwurf der Haushaltssatzung 2027 (Vorlage BV-AA-029/2026) sieht "
            "einen Umlagesatz von 42,5 % (2026: 41,0 %) vor. Die Steigerung ergibt sich vor allem aus den "
            "Tarifabschlüssen und den Kosten des Brandschutzes."),
      ("table", ["Gemeinde", "Umlagegrundlage 2027", "Amtsumlage 2027"],
       [["Stadt Peitz", "7.412.300 €", "3.150.228 €"], ["Drachhausen", "812.400 €", "345.270 €"],
        ["Drehnow", "694.100 €", "294.993 €"], ["Heinersbrück", "903.600 €", "384.030 €"],
        ["Tauer", "1.118.900 €", "475.533 €"], ["Turnow-Preilack", "1.356.200 €", "576.385 €"]],
       [0.4, 0.3, 0.3]),
      ("p", "Ich bitte um Ihre Stellungnahme bis zum 30.09.2026, damit sie dem Amtsausschuss in seiner "
            "Sitzung am 08.10.2026 vorgelegt werden kann."),
      ("p", "Mit freundlichen Grüßen\n\nElke Rademacher\nAmtsdirektorin"),
  ])

P("y23_amt-peitz_niederschrift-amtsausschuss.pdf", "reportlab", "peitz_niederschrift_reportlab", AP, dict(
      doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-08",
      title="14. Sitzung des Amtsausschusses des Amtes Peitz", public=True,
      references=["BV-AA-031/2026", "BV-AA-031/2026-E1", "BV-AA-029/2026", "BV-AA-033/2026"],
      themes=["sicherheit_ordnung", "finanzen", "verwaltung"], themes_why="fire engine, budget, statutes",
      notes="ReportLab, 2 pages (break before TOP 5), running footer with page number. 'Niederschrift' heading + 'über die 14. "
            "Sitzung des Amtsausschusses des Amtes Peitz' → title. Key table with 'Sitzungsart: "
            "öffentlich, anschließend nichtöffentlich' → public true (the public part as in earlier "
            "sets). Agenda numbers are references. Beschluss-Nrn. 'AA-14/2026-061' etc. are not "
            "(call). Next session 10.12.2026 is a lure."),
  font="DejaVu Sans", size=10.5, pages=2,
  foot="Niederschrift Amtsausschuss Amt Peitz vom 08.10.2026 – Seite {page}",
  blocks=[
      ("h", "Niederschrift", 14),
      ("p", "über die 14. Sitzung des Amtsausschusses des Amtes Peitz"),
      ("kv", [("Sitzungstag:", "08.10.2026"), ("Sitzungsort:", "Amtshaus Peitz, Sitzungssaal"),
              ("Beginn / Ende:", "18:00 Uhr / 20:35 Uhr"),
              ("Sitzungsart:", "öffentlich, anschließend nichtöffentlich"),
              ("Vorsitz:", "Amtsausschussvorsitzender Gerd Noack")], 0.25),
      ("p", "**Anwesend:** 11 von 12 Mitgliedern (entschuldigt: Frau Schulze, Tauer). Verwaltung: "
            "Amtsdirektorin Rademacher, Frau Rabe (FB I), Herr Kowalski (FB II). Protokoll: Frau Wilke."),
      ("pb", "Öffentlicher Teil"),
      ("pb", "TOP 1 Eröffnung, Feststellung der Beschlussfähigkeit, Bestätigung der Tagesordnung"),
      ("p", "Der Vorsitzende stellt die ordnungsgemäße Ladung und die Beschlussfähigkeit fest. Die "
            "Tagesordnung wird ohne Änderungen bestätigt."),
      ("pb", "TOP 2 Einwohnerfragestunde"),
      ("p", "Ein Einwohner aus Turnow-Preilack fragt nach dem Stand der Sanierung der Kita „Spreewaldstrolche“. "
            "Die Amtsdirektorin sagt eine schriftliche Antwort zu."),
      ("pb", "TOP 3 Beschaffung eines HLF 10 für den Löschzug Drehnow (BV-AA-031/2026 und "
             "Ergänzungsvorlage BV-AA-031/2026-E1)"),
      ("p", "Herr Kowalski erläutert die Ergänzungsvorlage. Der Amtsausschuss beschließt entsprechend "
            "dem geänderten Beschlussvorschlag.\nBeschluss-Nr. AA-14/2026-061 – Abstimmung: 11 Ja, 0 Nein, "
            "0 Enthaltungen"),
      ("pb", "TOP 4 Haushaltssatzung 2027 des Amtes Peitz – 1. Lesung (BV-AA-029/2026)"),
      ("p", "Frau Rabe stellt den Entwurf vor. Die Stellungnahmen der Gemeinden Drachhausen und Tauer "
            "liegen vor; beide halten den Umlagesatz von 42,5 % für zu hoch. Der Amtsausschuss verweist "
            "den Entwurf in den Finanzausschuss. Die Beschlussfassung ist für den 10.12.2026 vorgesehen."),
      ("pagebreak",),
      ("pb", "TOP 5 Änderung der Hauptsatzung des Amtes Peitz (BV-AA-033/2026)"),
      ("p", "Die Änderung betrifft die Bekanntmachungsform (elektronisches Amtsblatt).\n"
            "Beschluss-Nr. AA-14/2026-062 – Abstimmung: 10 Ja, 1 Nein, 0 Enthaltungen"),
      ("pb", "TOP 6 Mitteilungen der Amtsdirektorin"),
      ("p", "Die Amtsdirektorin informiert über den Stand der Digitalisierung der Bürgerdienste und über "
            "den Personalbestand der Amtsverwaltung."),
      ("pb", "Nichtöffentlicher Teil"),
      ("p", "TOP 7 Grundstücksangelegenheit Gemarkung Drehnow – siehe gesonderte Niederschrift."),
      ("space",),
      ("cols", ["Gerd Noack\nVorsitzender des Amtsausschusses", "Sabine Wilke\nProtokollführerin"],
       [0.5, 0.5]),
  ])

# =====================================================================================
# F  Gemeinde Sülzetal (ST) — Gemeinderat, Bau- und Vergabeausschuss, Haupt- und Finanzausschuss,
#    Ortschaftsräte; Word/ODT templates of a Einheitsgemeinde
# =====================================================================================
SZ = "Gemeinde Sülzetal"

P("y24_suelzetal_gr-087-2026_bplan-gewerbegebiet.pdf", "libreoffice-odt", "suelzetal_odt_beschlussvorlage",
  SZ, dict(
      drucksache="GR-087/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
      date="2026-09-15",
      title="Aufstellung des Bebauungsplanes „Gewerbegebiet Osterweddingen-Süd, 2. Erweiterung“ und "
            "frühzeitige Beteiligung der Öffentlichkeit",
      public=True, department="Fachbereich 3 – Bau und Liegenschaften",
      consultations=[C("Ortschaftsrat Osterweddingen", "2026-09-29", "Anhörung"),
                     C("Bau- und Vergabeausschuss", "2026-10-01", "Vorberatung"),
                     C("Gemeinderat", "2026-10-15", "Entscheidung")],
      klimacheck="negative", klima_style="checkbox_ja_negativ_ja_positiv_nein",
      themes=["stadtentwicklung", "wirtschaft", "klima_umwelt"], themes_why="industrial estate extension",
      notes="ODT: key table without colons above the type heading ('Beschlussvorlage-Nr.', "
            "'Einbringer' Bürgermeister, 'Federführung', 'Datum'); title under the label 'Bezeichnung der "
            "Vorlage:'. Beratungsfolge|Termin|Behandlung|Art with öffentlich everywhere → public true; "
            "'Beschlussfassung' → Entscheidung. Klimarelevanz '☒ ja, negativ'. 'Flur 4, Flurstücke "
            "112/3 und 113', 'A 14', '§ 2 Abs. 1 BauGB' no references."),
  font="Liberation Sans", size=10.5,
  blocks=[
      ("cols", ["**Gemeinde Sülzetal**\nDer Bürgermeister", "Ortsteil Osterweddingen\nAlte Dorfstraße 20"],
       [0.6, 0.4]),
      ("kv", [("Beschlussvorlage-Nr.", "GR-087/2026"), ("Einbringer", "Bürgermeister"),
              ("Federführung", "Fachbereich 3 – Bau und Liegenschaften"), ("Datum", "15.09.2026")],
       0.3, "ruled"),
      ("h", "Beschlussvorlage", 14),
      ("p", "Bezeichnung der Vorlage:"),
      ("pb", "Aufstellung des Bebauungsplanes „Gewerbegebiet Osterweddingen-Süd, 2. Erweiterung“ und "
             "frühzeitige Beteiligung der Öffentlichkeit"),
      ("table", ["Beratungsfolge", "Termin", "Behandlung", "Art"],
       [["Ortschaftsrat Osterweddingen", "29.09.2026", "öffentlich", "Anhörung"],
        ["Bau- und Vergabeausschuss", "01.10.2026", "öffentlich", "Vorberatung"],
        ["Gemeinderat", "15.10.2026", "öffentlich", "Beschlussfassung"]], [0.4, 0.18, 0.18, 0.24]),
      ("pb", "Beschlussvorschlag:"),
      ("p", "Der Gemeinderat beschließt gemäß § 2 Abs. 1 BauGB die Aufstellung des Bebauungsplanes "
            "„Gewerbegebiet Osterweddingen-Süd, 2. Erweiterung“ für die Flur 4, Flurstücke 112/3 und 113, "
            "sowie die frühzeitige Beteiligung der Öffentlichkeit und der Behörden."),
      ("pb", "Sachverhalt:"),
      ("p", "Die Flächen im bestehenden Gewerbegebiet sind vollständig vermarktet. Zwei ortsansässige "
            "Logistikunternehmen haben Erweiterungsbedarf von zusammen 9 ha angemeldet. Die Nähe zur A 14 "
            "begünstigt den Standort. Die Kosten der Planung trägt ein Vorhabenträger nach einem "
            "städtebaulichen Vertrag."),
      ("box", ["**Klimarelevanz:** ☒ ja, negativ   ☐ ja, positiv   ☐ nein",
               "Die Versiegelung landwirtschaftlicher Flächen wirkt sich negativ aus; Dachbegrünung und "
               "PV-Pflicht werden im Bebauungsplan festgesetzt."]),
      ("p", "Jens Krüger\nBürgermeister"),
  ])

P("y25_suelzetal_ortschaftsrat-osterweddingen_stellungnahme-gr-087-2026.pdf", "libreoffice-html",
  "suelzetal_ortschaftsrat_html", SZ, dict(
      doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-09-30",
      title="Bebauungsplan „Gewerbegebiet Osterweddingen-Süd, 2. Erweiterung“",
      originator="Ortschaftsrat Osterweddingen", answers="GR-087/2026",
      themes=["stadtentwicklung", "mobilitaet"], themes_why="industrial estate, truck traffic through village",
      notes="Ortschaftsrat opinion (HTML through LibreOffice): 'Stellungnahme des Ortschaftsrates gemäß "
            "§ 84 KVG LSA' ('§' no reference), 'Bezug: Beschlussvorlage GR-087/2026' → answers; "
            "'Gegenstand:' → title (shorter than the Vorlage's). Its own session '29.09.2026' and the vote "
            "are lures. Date = the signature line."),
  font="DejaVu Sans", size=10,
  blocks=[
      ("h", "Ortschaftsrat Osterweddingen", 13),
      ("p", "Gemeinde Sülzetal"),
      ("h", "Stellungnahme des Ortschaftsrates gemäß § 84 KVG LSA", 12),
      ("kv", [("Bezug:", "Beschlussvorlage GR-087/2026"),
              ("Gegenstand:", "Bebauungsplan „Gewerbegebiet Osterweddingen-Süd, 2. Erweiterung“"),
              ("Beschlossen in der Sitzung vom:", "29.09.2026"),
              ("Abstimmung:", "6 Ja, 1 Nein, 0 Enthaltungen")], 0.35),
      ("p", "Der Ortschaftsrat Osterweddingen befürwortet die Erweiterung des Gewerbegebietes unter "
            "folgenden Bedingungen:"),
      ("ul", ["Der Lkw-Verkehr ist ausschließlich über die Anschlussstelle an der A 14 zu führen; eine "
              "Durchfahrt durch die Ortslage ist auszuschließen.",
              "Zur Wohnbebauung am Sülzeweg ist ein begrünter Lärmschutzwall vorzusehen.",
              "Der Feldweg nach Dodendorf bleibt für Radfahrer erhalten."]),
      ("p", "Osterweddingen, 30.09.2026\n\nMaik Schrader\nOrtsbürgermeister"),
  ])

P("y26_suelzetal_mv-092-2026_grundschule-flaechenerwerb.pdf", "reportlab", "suelzetal_mitteilung_reportlab",
  SZ, dict(
      drucksache="MV-092/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
      date="2026-09-22",
      title="Sachstand zum Erwerb von Flächen für die Erweiterung der Grundschule Langenweddingen",
      public=False, department="Fachbereich 1 – Zentrale Verwaltung und Finanzen",
      consultations=[C("Haupt- und Finanzausschuss", "2026-10-06", "Kenntnisnahme"),
                     C("Gemeinderat", "2026-10-15", "Kenntnisnahme")],
      themes=["bildung", "finanzen"], themes_why="school extension, land purchase",
      notes="ReportLab: centred type heading with 'Nr. MV-092/2026' on its own line; key table with "
            "bold keys 'Status: nicht öffentlich' → public false. 'zur Kenntnisnahme' rows. Land "
            "register ids 'Flur 2, Flurstück 87/1' and the price are no references."),
  font="Liberation Sans", size=10,
  foot="Gemeinde Sülzetal · Mitteilungsvorlage MV-092/2026 · Seite {page}",
  blocks=[
      ("center", "Gemeinde Sülzetal"),
      ("h", "Mitteilungsvorlage", 15, "center"),
      ("center", "Nr. MV-092/2026"),
      ("kv", [("Status:", "nicht öffentlich"), ("Datum:", "22.09.2026"),
              ("Fachbereich:", "Fachbereich 1 – Zentrale Verwaltung und Finanzen"),
              ("Betreff:", "Sachstand zum Erwerb von Flächen für die Erweiterung der Grundschule "
                           "Langenweddingen")], 0.22, "bold"),
      ("table", ["Gremium", "Datum", ""],
       [["Haupt- und Finanzausschuss", "06.10.2026", "zur Kenntnisnahme"],
        ["Gemeinderat", "15.10.2026", "zur Kenntnisnahme"]], [0.5, 0.2, 0.3]),
      ("pb", "Mitteilung:"),
      ("p", "Für die Erweiterung der Grundschule Langenweddingen um vier Klassenräume und eine Mensa wird "
            "eine Teilfläche von ca. 2.400 m² des angrenzenden Grundstücks (Flur 2, Flurstück 87/1) "
            "benötigt. Nach drei Verhandlungsterminen hat die Eigentümergemeinschaft einem Verkauf zu "
            "einem Preis von 38 Euro/m² grundsätzlich zugestimmt."),
      ("p", "Offen ist noch die Übernahme der Vermessungskosten. Die Verwaltung wird den Kaufvertrag dem "
            "Gemeinderat voraussichtlich im Dezember zur Beschlussfassung vorlegen."),
      ("p", "Jens Krüger\nBürgermeister"),
  ])

P("y27_suelzetal_anfrage-behrendt_strassenbeleuchtung.pdf", "reportlab", "suelzetal_einzelanfrage_reportlab",
  SZ, dict(
      doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-02",
      title="Ausfall der Straßenbeleuchtung in Stemmern und Schwaneberg",
      originator="Torsten Behrendt",
      consultations=[C("Gemeinderat", "2026-10-15")],
      themes=["sicherheit_ordnung", "stadtentwicklung"], themes_why="street lighting failures",
      notes="Einzelmitglied of the Gemeinderat (Wählergemeinschaft): sender block left, addressee, place-"
            "date right; 'Anfrage gemäß § 45 Abs. 6 KVG LSA' heading; 'Gremium: Gemeinderat, Sitzung am "
            "15.10.2026' → consultation, role null; title bold without label. Originator = the name only."),
  font="Liberation Serif", size=11,
  blocks=[
      ("p", "Torsten Behrendt\nMitglied des Gemeinderates (Wählergemeinschaft Sülzetal)\n"
            "Hauptstraße 8, 39171 Sülzetal OT Stemmern"),
      ("p", "Gemeinde Sülzetal\nDer Bürgermeister\nAlte Dorfstraße 20\n39171 Sülzetal"),
      ("right", "Stemmern, 02.10.2026"),
      ("h", "Anfrage gemäß § 45 Abs. 6 KVG LSA", 12),
      ("p", "Gremium: Gemeinderat, Sitzung am 15.10.2026"),
      ("pb", "Ausfall der Straßenbeleuchtung in Stemmern und Schwaneberg"),
      ("p", "Seit Anfang September fällt in Stemmern (Feldstraße, Am Anger) und in Schwaneberg "
            "(Dorfstraße) die Straßenbeleuchtung wiederholt aus. Ich frage den Bürgermeister:"),
      ("ol", ["Wie oft wurden Störungen seit dem 01.09.2026 gemeldet, und wann wurden sie behoben?",
              "Liegt die Ursache im Leitungsnetz, und wer trägt die Kosten der Reparatur?",
              "Ist die Umrüstung auf LED in diesen Ortsteilen im Haushalt 2027 vorgesehen?"]),
      ("p", "Ich bitte um mündliche Beantwortung in der Sitzung und um eine schriftliche Antwort."),
      ("p", "Torsten Behrendt"),
  ])

# =====================================================================================
# G  Ortsbeirat Heidesheim, Stadt Ingelheim am Rhein (RP) — Ortsbeirat of an Ortsbezirk;
#    Vorlagen of the Stadtverwaltung, Fraktion letters, the Ortsbeirat's opinions
# =====================================================================================
OH = "Ortsbeirat Heidesheim (Stadt Ingelheim am Rhein)"
OBH = "Ortsbeirat Heidesheim"

P("y28_ingelheim-heidesheim_antrag-cdu-ortsbeirat_rheinufer.pdf", "libreoffice-docx",
  "heidesheim_fraktion_word_antrag", OH, dict(
      doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-12",
      title="Aufwertung des Rheinufers am Uhlerborn: Sitzbänke, Abfallbehälter und Fahrradbügel",
      originator="CDU-Fraktion im Ortsbeirat Heidesheim",
      consultations=[C(OBH, "2026-11-04")],
      themes=["stadtentwicklung", "klima_umwelt"], themes_why="riverbank furniture, litter",
      notes="Word header with the Fraktion, right-aligned place-date. Key lines 'Sitzung: Ortsbeirat "
            "Heidesheim, 04.11.2026' and 'Tagesordnungspunkt: neu' → consultation, role null; title after "
            "'Antrag:' on the same line in bold. '§ 75 GemO' no reference."),
  font="Liberation Sans", size=10.5,
  head="CDU-Fraktion im Ortsbeirat Heidesheim",
  foot="Sprecherin: Claudia Wörner · Binger Straße 14 · 55262 Ingelheim am Rhein",
  blocks=[
      ("p", "An die\nOrtsvorsteherin des Ortsbezirks Heidesheim\nFrau Ulrike Faust\nRathaus Heidesheim"),
      ("right", "Ingelheim-Heidesheim, 12.10.2026"),
      ("kv", [("Sitzung:", "Ortsbeirat Heidesheim, 04.11.2026"), ("Tagesordnungspunkt:", "neu")], 0.28),
      ("p", "**Antrag: Aufwertung des Rheinufers am Uhlerborn: Sitzbänke, Abfallbehälter und Fahrradbügel**"),
      ("p", "Sehr geehrte Frau Ortsvorsteherin,"),
      ("p", "die CDU-Fraktion bittet, folgenden Antrag auf die Tagesordnung der nächsten Sitzung zu setzen. "
            "Der Ortsbeirat möge gemäß § 75 GemO beschließen:"),
      ("pi", "Die Stadtverwaltung wird gebeten, am Rheinufer am Uhlerborn zwischen der Fähranlegestelle "
             "und dem Campingplatz sechs Sitzbänke, vier Abfallbehälter und zwölf Fahrradbügel aufzustellen "
             "und die Kosten aus den Verfügungsmitteln des Ortsbeirates oder dem Budget der Grünpflege zu "
             "decken."),
      ("pb", "Begründung:"),
      ("p", "Das Rheinufer wird im Sommer stark von Radfahrenden und Familien genutzt. Sitzgelegenheiten "
            "fehlen, und der Müll wird nach Wochenenden in den Uferbereich geweht."),
      ("p", "Mit freundlichen Grüßen\n\nClaudia Wörner\nFraktionssprecherin"),
  ])

P("y29_ingelheim-heidesheim_stellungnahme-ortsbeirat-26-0214.pdf", "chromium",
  "heidesheim_stellungnahme_chromium", OH, dict(
      doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-10-08",
      title="Fortschreibung des Nahverkehrsplans: Linienbündel Ingelheim ab Dezember 2027",
      originator=OBH, answers="26/0214",
      themes=["mobilitaet"], themes_why="bus network plan",
      notes="Opinion of the Ortsbeirat in a ruled two-column table: 'Vorlage | 26/0214' (→ answers), "
            "'Gegenstand' (→ title), 'Sitzung des Ortsbeirates | 07.10.2026, TOP 3' (its own session: "
            "lure), 'Ergebnis | einstimmig'. Heading 'Stellungnahme des Ortsbeirates Heidesheim'. Date = "
            "the line under the table. 'Linie 620', 'Linie 611' no references."),
  font="Liberation Sans", size=10.5,
  blocks=[
      ("small", "Stadt Ingelheim am Rhein · Ortsbezirk Heidesheim"),
      ("h", "Stellungnahme des Ortsbeirates Heidesheim", 14),
      ("table", None, [["Vorlage", "26/0214"],
                       ["Gegenstand", "Fortschreibung des Nahverkehrsplans: Linienbündel Ingelheim ab "
                                      "Dezember 2027"],
                       ["Sitzung des Ortsbeirates", "07.10.2026, TOP 3"], ["Ergebnis", "einstimmig"]],
       [0.3, 0.7]),
      ("p", "Ingelheim am Rhein, 08.10.2026"),
      ("p", "Der Ortsbeirat Heidesheim nimmt zur Fortschreibung des Nahverkehrsplans wie folgt Stellung:"),
      ("ol", ["Die Linie 620 soll auch nach dem Fahrplanwechsel im Halbstundentakt bis 21 Uhr verkehren; "
              "die geplante Ausdünnung auf einen Stundentakt nach 19 Uhr wird abgelehnt.",
              "Die Haltestelle „Uhlerborn, Campingplatz“ ist in den Sommermonaten auch am Wochenende "
              "anzufahren.",
              "Die Anbindung an den Bahnhof Heidesheim ist auf die Züge der Linie RB 26 abzustimmen; "
              "Übergangszeiten sollen fünf Minuten nicht überschreiten.",
              "Der Ortsbeirat bittet, die Linie 611 zum Schulzentrum beizubehalten."]),
      ("p", "Ulrike Faust\nOrtsvorsteherin"),
  ])

P("y30_ingelheim-heidesheim_26-0231_mitteilung-ortsdurchfahrt.pdf", "ghostscript",
  "heidesheim_mitteilung_lohtml_gs", OH, dict(
      drucksache="26/0231", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilung",
      date="2026-10-20",
      title="Sachstand Sanierung der Ortsdurchfahrt Heidesheim (L 422), 2. Bauabschnitt",
      public=True, department="Fachbereich 3 – Tiefbau und Verkehr",
      consultations=[C(OBH, "2026-11-04", "Kenntnisnahme")],
      themes=["mobilitaet", "stadtentwicklung"], themes_why="main road renovation, detour",
      notes="HTML through LibreOffice, re-distilled by Ghostscript. 'Mitteilung der Verwaltung' (→ Mitteilungsvorlage; printed type word 'Mitteilung') "
            "with 'Drucksache 26/0231' and the date in the right letterhead cell; keys 'Beratung' "
            "(Gremium – date – Kenntnisnahme in one value) and 'Status: öffentlich' → public true. 'L 422', 'K 14', '2. Bauabschnitt' no "
            "references. The end date of the works (30.06.2027) is a lure."),
  base="libreoffice-html", font="Liberation Sans", size=10,
  blocks=[
      ("cols", ["**Stadtverwaltung Ingelheim am Rhein**\nFachbereich 3 – Tiefbau und Verkehr",
                "Drucksache 26/0231\n20.10.2026"], [0.65, 0.35]),
      ("h", "Mitteilung der Verwaltung", 14),
      ("kv", [("Beratung:", "Ortsbeirat Heidesheim – 04.11.2026 – Kenntnisnahme"),
              ("Status:", "öffentlich")], 0.2),
      ("pb", "Sachstand Sanierung der Ortsdurchfahrt Heidesheim (L 422), 2. Bauabschnitt"),
      ("p", "Der Landesbetrieb Mobilität (LBM) und die Stadt sanieren die Ortsdurchfahrt gemeinsam. "
            "Der 2. Bauabschnitt zwischen der Binger Straße und dem Kreisel am Sportplatz hat am "
            "07.09.2026 begonnen. Die Kanal- und Wasserleitungsarbeiten sind zu 40 % abgeschlossen."),
      ("p", "Die Umleitung des Durchgangsverkehrs erfolgt über die K 14. Die Buslinien halten an "
            "Ersatzhaltestellen. Die Fertigstellung ist für den 30.06.2027 geplant. Die Kosten des "
            "städtischen Anteils (Gehwege, Beleuchtung) liegen mit 1,18 Mio. Euro im Plan."),
      ("p", "Im Auftrag\nBernd Kessler\nFachbereichsleiter"),
      ("rule",),
      ("small", "Stadtverwaltung Ingelheim am Rhein · Neuer Markt 1 · 55218 Ingelheim am Rhein"),
  ])

P("y31_ingelheim-heidesheim_26-0240_verfuegungsmittel.pdf", "libreoffice-html",
  "heidesheim_beschlussvorlage_html", OH, dict(
      drucksache="26/0240", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
      date="2026-10-21",
      title="Verwendung der Verfügungsmittel des Ortsbeirates Heidesheim 2026 – Zuschüsse an örtliche "
            "Vereine",
      public=True, department="Stabsstelle Ortsbezirke",
      consultations=[C(OBH, "2026-11-04", "Entscheidung")],
      themes=["kultur_sport", "finanzen"], themes_why="small grants to local clubs",
      notes="HTML through LibreOffice: 'Beschlussvorlage Nr. 26/0240' as one heading line; key table "
            "'Vorlage für / Sitzung / Zuständigkeit / Öffentlichkeit' (Ortsbeirat, Entscheidung, "
            "öffentlich); 'Organisationseinheit: Stabsstelle Ortsbezirke' → department; title under "
            "'Titel der Vorlage'. Grant table rows and 'Produkt 1.11.03' no references."),
  font="Liberation Serif", size=11,
  blocks=[
      ("p", "Stadt Ingelheim am Rhein"),
      ("h", "Beschlussvorlage Nr. 26/0240", 14),
      ("kv", [("Vorlage für:", "Ortsbeirat Heidesheim"), ("Sitzung:", "04.11.2026"),
              ("Zuständigkeit:", "Entscheidung"), ("Öffentlichkeit:", "öffentlich"),
              ("Organisationseinheit:", "Stabsstelle Ortsbezirke"), ("Datum:", "21.10.2026")], 0.3),
      ("p", "Titel der Vorlage"),
      ("pb", "Verwendung der Verfügungsmittel des Ortsbeirates Heidesheim 2026 – Zuschüsse an örtliche "
             "Vereine"),
      ("pb", "Beschlussvorschlag"),
      ("p", "Der Ortsbeirat Heidesheim beschließt, aus seinen Verfügungsmitteln 2026 (Produkt 1.11.03) "
            "folgende Zuschüsse zu gewähren:"),
      ("table", ["Empfänger", "Zweck", "Betrag"],
       [["TV Heidesheim 1889 e. V.", "Neue Turnmatten", "1.200 €"],
        ["Heimat- und Geschichtsverein", "Druck der Ortschronik", "800 €"],
        ["Förderverein Kita Sonnenblume", "Sonnensegel", "1.500 €"],
        ["Carnevalverein Heidesheim", "Jugendgarde, Kostüme", "500 €"]], [0.4, 0.4, 0.2]),
      ("pb", "Begründung"),
      ("p", "Dem Ortsbeirat stehen 2026 Verfügungsmittel von 5.000 Euro zur Verfügung. Die Anträge der "
            "Vereine liegen vollständig vor; die Summe der Zuschüsse von 4.000 Euro ist gedeckt."),
  ])

# =====================================================================================
# H  Stadt Herne (NW), kreisfreie Stadt — Ausschuss für Umwelt, Klimaschutz und Stadtgrün,
#    Bezirksvertretung Sodingen; Vorlagen of the administration, answers, Fraktion Anträge
# =====================================================================================
HE_ = "Stadt Herne"
AUK = "Ausschuss für Umwelt, Klimaschutz und Stadtgrün"
FB51 = "Fachbereich 51 – Umwelt und Stadtgrün"

P("y32_herne_2026-0718_schulhof-entsiegelung.pdf", "chromium-raw", "herne_grid_beschlussvorlage", HE_, dict(
      drucksache="2026/0718", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
      date="2026-09-08",
      title="Entsiegelung und Begrünung des Schulhofs der Grundschule Am Ostbach („Schulhof der Zukunft“)",
      public=True, department=FB51,
      consultations=[C("Bezirksvertretung Sodingen", "2026-09-22", "Anhörung"),
                     C(AUK, "2026-09-29", "Entscheidung")],
      klimacheck="positive", klima_style="grid_klimarelevanz_positiv",
      themes=["klima_umwelt", "bildung"], themes_why="unsealing a school yard, climate adaptation",
      notes="Raw HTML: letterhead 'Stadt Herne · Der Oberbürgermeister' left, a two-row grid right "
            "('Drucksache Nr.' 2026/0718, 'Vorlagenart' Beschlussvorlage, 'öffentlich', 'Datum'); "
            "'Berichterstatter' and 'Fachbereich' rows; 'Gegenstand' boxed. Beratungsfolge with "
            "'Anhörung' / 'Entscheidung'. Klimarelevanz row '☒ positiv'. 'FKZ 03KS4471', 'Produkt "
            "1.13.02', '1.850 m²' no references. The Ratssitzung date in the body is a lure."),
  font="Liberation Sans", size=10,
  css=("table.g td { border: 0.6pt solid #000; padding: 2pt 5pt; vertical-align: top; font-size: 9pt; }"
       " table.b td, table.b th { border-bottom: 0.6pt solid #000; padding: 2pt 5pt; text-align: left;"
       " vertical-align: top; } div.gg { border: 1pt solid #000; padding: 5pt 8pt; margin: 8pt 0; }"),
  html="""
<table width='100%'><tr>
<td style='width:48%;vertical-align:top'><b style='font-size:14pt'>Stadt Herne</b><br>Der Oberbürgermeister<br>
<span style='font-size:9pt'>Berichterstatter: Beigeordneter Dr. Schmalz<br>Fachbereich 51 – Umwelt und
Stadtgrün</span></td>
<td style='width:52%'><table class='g' width='100%'>
<tr><td>Drucksache Nr.</td><td><b>2026/0718</b></td></tr>
<tr><td>Vorlagenart</td><td>Beschlussvorlage</td></tr>
<tr><td>öffentlich</td><td>Datum: 08.09.2026</td></tr>
</table></td></tr></table>
<div class='gg'><span style='font-size:8.5pt'>Gegenstand</span><br>
<b>Entsiegelung und Begrünung des Schulhofs der Grundschule Am Ostbach („Schulhof der Zukunft“)</b></div>
<table class='b' width='100%'>
<tr><th style='width:55%'>Beratungsfolge</th><th style='width:20%'>Sitzungstermin</th><th>Zuständigkeit</th></tr>
<tr><td>Bezirksvertretung Sodingen</td><td>22.09.2026</td><td>Anhörung</td></tr>
<tr><td>Ausschuss für Umwelt, Klimaschutz und Stadtgrün</td><td>29.09.2026</td><td>Entscheidung</td></tr>
</table>
<p style='margin-top:10pt'><b>Beschlussvorschlag:</b><br>Der Ausschuss für Umwelt, Klimaschutz und
Stadtgrün beschließt die Entsiegelung und Begrünung des Schulhofs der Grundschule Am Ostbach nach dem
vorgestellten Entwurf (Anlage 1) und beauftragt die Verwaltung mit der Umsetzung in den Sommerferien
2027.</p>
<p><b>Begründung:</b><br>Der Schulhof ist zu 92 % asphaltiert und heizt sich im Sommer stark auf. Der
Entwurf, den Schülerinnen und Schüler in einem Beteiligungsverfahren mitgestaltet haben, sieht die
Entsiegelung von 1.850 m², zwölf Baumpflanzungen, ein grünes Klassenzimmer und Mulden zur
Regenwasserversickerung vor.</p>
<p>Die Kosten betragen 640.000 Euro (Produkt 1.13.02). Eine Förderung aus dem Programm „Klimaanpassung in
sozialen Einrichtungen“ (FKZ 03KS4471) über 448.000 Euro ist bewilligt. Der Rat wird in seiner Sitzung am
06.10.2026 über die überplanmäßige Bereitstellung des Eigenanteils unterrichtet.</p>
<table class='g' width='100%' style='margin-top:8pt'>
<tr><td style='width:30%'>Klimarelevanz</td><td>☒ positiv &nbsp; ☐ negativ &nbsp; ☐ keine</td></tr>
<tr><td>Erläuterung</td><td>Hitzeminderung, Versickerung von Niederschlagswasser, CO₂-Bindung durch
Bäume</td></tr></table>
""")

P("y33_herne_2026-0718-1_ergaenzung-schulhof.pdf", "chromium", "herne_ergaenzung_chromium", HE_, dict(
      drucksache="2026/0718-1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
      date="2026-09-24",
      title="Entsiegelung und Begrünung des Schulhofs der Grundschule Am Ostbach („Schulhof der Zukunft“) "
            "– Empfehlung der Bezirksvertretung Sodingen",
      public=True, department=FB51, references=["2026/0718"],
      consultations=[C(AUK, "2026-09-29", "Entscheidung")],
      themes=["klima_umwelt", "bildung"], themes_why="school yard, added drinking fountain",
      notes="Chromium print with a running header: 'Ergänzungsvorlage' heading, kv 'Drucksache Nr.' "
            "2026/0718-1 and 'zur Drucksache' 2026/0718 (→ reference); title = 'Gegenstand:' incl. the "
            "dash part. The Bezirksvertretung's session (22.09.2026) is a lure; only the Ausschuss row is "
            "the Beratungsfolge."),
  font="DejaVu Sans", size=10,
  head="Stadt Herne · Ergänzungsvorlage zur Drucksache 2026/0718",
  blocks=[
      ("h", "Ergänzungsvorlage", 14),
      ("kv", [("Drucksache Nr.:", "2026/0718-1"), ("zur Drucksache:", "2026/0718"),
              ("Datum:", "24.09.2026"), ("Status:", "öffentlich"), ("Fachbereich:", FB51)], 0.25),
      ("p", "**Gegenstand:** Entsiegelung und Begrünung des Schulhofs der Grundschule Am Ostbach "
            "(„Schulhof der Zukunft“) – Empfehlung der Bezirksvertretung Sodingen"),
      ("table", ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit"],
       [[AUK, "29.09.2026", "Entscheidung"]], [0.55, 0.2, 0.25]),
      ("pb", "Ergänzung:"),
      ("p", "Die Bezirksvertretung Sodingen hat die Vorlage in ihrer Sitzung am 22.09.2026 beraten und "
            "empfiehlt einstimmig, zusätzlich einen Trinkwasserbrunnen auf dem Schulhof einzurichten. Die "
            "Verwaltung unterstützt die Empfehlung; die Mehrkosten von 14.500 Euro sind förderfähig."),
      ("pb", "Ergänzter Beschlussvorschlag:"),
      ("p", "Der Beschlussvorschlag der Drucksache 2026/0718 wird um folgenden Satz ergänzt: „Auf dem "
            "Schulhof wird ein Trinkwasserbrunnen eingerichtet.“"),
  ])

P("y34_herne_stellungnahme-verwaltung_anfrage-2026-0733_baumfaellungen.pdf", "libreoffice-docx",
  "herne_word_stellungnahme_der_verwaltung", HE_, dict(
      doc_type="Antwort", doc_type_printed="Stellungnahme", date="2026-09-21",
      title="Baumfällungen im Stadtgebiet im Winterhalbjahr 2025/26",
      department=FB51, answers="2026/0733",
      consultations=[C(AUK, "2026-09-29", "Kenntnisnahme")],
      themes=["klima_umwelt"], themes_why="tree felling and replanting",
      notes="NW habit: the answer to an Anfrage is printed 'Stellungnahme der Verwaltung' → doc_type "
            "Antwort (call); doc_type_printed = the type word 'Stellungnahme'. 'zur Anfrage der Fraktion Unabhängige Bürger Herne vom "
            "07.09.2026 (Drucksache 2026/0733)' → answers; the paper has no number of its own → "
            "drucksache null. Word header with the Stadt, key table 'Gremium / Sitzung / Behandlung'. "
            "Title = 'Betreff:' with '2025/26' inside. Tree counts no references."),
  font="Liberation Sans", size=10.5,
  head="Stadt Herne – Der Oberbürgermeister – Fachbereich 51 – Umwelt und Stadtgrün",
  blocks=[
      ("h", "Stellungnahme der Verwaltung", 14),
      ("p", "zur Anfrage der Fraktion Unabhängige Bürger Herne vom 07.09.2026 (Drucksache 2026/0733)"),
      ("kv", [("Gremium", AUK), ("Sitzung", "29.09.2026"), ("Behandlung", "zur Kenntnis"),
              ("Datum", "21.09.2026")], 0.22, "ruled"),
      ("p", "**Betreff:** Baumfällungen im Stadtgebiet im Winterhalbjahr 2025/26"),
      ("p", "**Frage 1: Wie viele Bäume wurden gefällt, und aus welchen Gründen?**\n"
            "Im Winterhalbjahr 2025/26 wurden 412 städtische Bäume gefällt, davon 268 wegen fehlender "
            "Stand- oder Bruchsicherheit, 97 wegen Baumaßnahmen und 47 wegen Krankheiten (vor allem "
            "Rußrindenkrankheit am Ahorn)."),
      ("p", "**Frage 2: Wie viele Ersatzpflanzungen sind erfolgt?**\n"
            "Bis Ende April 2026 wurden 305 Bäume nachgepflanzt; weitere 150 Pflanzungen folgen im "
            "Herbst 2026, überwiegend klimaresiliente Arten wie Zerr-Eiche und Silber-Linde."),
      ("p", "**Frage 3: Werden Fällungen künftig vorab veröffentlicht?**\n"
            "Ja. Ab der Fällsaison 2026/27 veröffentlicht die Verwaltung eine Liste der geplanten "
            "Fällungen mit Begründung auf der Internetseite der Stadt."),
      ("p", "In Vertretung\nDr. Schmalz\nBeigeordneter"),
  ])

P("y35_herne_antrag-fraktion-ubh_trinkbrunnen.pdf", "reportlab", "herne_fraktion_reportlab_antrag", HE_,
  dict(
      doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-14",
      title="Öffentliche Trinkbrunnen in der Herner Innenstadt und in Wanne-Eickel",
      originator="Fraktion Unabhängige Bürger Herne",
      consultations=[C(AUK, "2026-09-29")],
      themes=["klima_umwelt", "stadtentwicklung", "soziales"], themes_why="public drinking fountains, heat",
      notes="Fraktion letterhead right ('Fraktion Unabhängige Bürger Herne', 'im Rat der Stadt Herne'), "
            "addressee the Ausschuss chair (genitive); heading 'Antrag zur Tagesordnung' (doc_type_printed = "
            "the type word 'Antrag'); line 'Ausschuss für Umwelt, Klimaschutz und Stadtgrün – Sitzung am "
            "29.09.2026' → consultation, role null; 'Thema:' label. "
            "'§ 3 Abs. 1 GeschO', 'EU-Trinkwasserrichtlinie 2020/2184' no references (the latter is "
            "number-shaped: a lure)."),
  font="Liberation Sans", size=10,
  foot="Fraktion Unabhängige Bürger Herne · Rathaus, Friedrich-Ebert-Platz 2 · 44623 Herne",
  blocks=[
      ("right", "**Fraktion Unabhängige Bürger Herne**\nim Rat der Stadt Herne\nRathaus, Zimmer 112"),
      ("p", "An den Vorsitzenden des\nAusschusses für Umwelt, Klimaschutz und Stadtgrün\n"
            "Herrn Ralf Puschmann\n– im Hause –"),
      ("right", "Herne, 14.09.2026"),
      ("h", "Antrag zur Tagesordnung", 13),
      ("p", "Ausschuss für Umwelt, Klimaschutz und Stadtgrün – Sitzung am 29.09.2026"),
      ("p", "**Thema:** Öffentliche Trinkbrunnen in der Herner Innenstadt und in Wanne-Eickel"),
      ("p", "Sehr geehrter Herr Vorsitzender,\ngemäß § 3 Abs. 1 der Geschäftsordnung beantragen wir, den "
            "folgenden Punkt auf die Tagesordnung zu setzen:"),
      ("pi", "Die Verwaltung wird beauftragt, bis zum Sommer 2027 mindestens vier öffentliche Trinkbrunnen "
             "in der Innenstadt und im Zentrum von Wanne-Eickel zu errichten und die Finanzierung aus "
             "Fördermitteln zu prüfen."),
      ("pb", "Begründung:"),
      ("p", "Die EU-Trinkwasserrichtlinie 2020/2184 verpflichtet die Mitgliedstaaten, den Zugang zu "
            "Trinkwasser im öffentlichen Raum zu verbessern. Hitzeperioden treffen besonders ältere "
            "Menschen und Kinder. Nachbarstädte haben gute Erfahrungen mit Trinkbrunnen gemacht."),
      ("p", "Mit freundlichen Grüßen\n\nSven Hülsmann\nFraktionsvorsitzender"),
  ])
