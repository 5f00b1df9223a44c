# Gemeinde Herscheid (NW), Verbandsgemeinde Westliche Börde (ST), Zweckverband Ostertal (SL, invented body).
def C(committee, date, role): return {"committee": committee, "date": date, "role": role}
PAPERS = []
HS = "Gemeinde Herscheid"

# h01 — Beschlussvorlage from a small Gemeinde's Word template → LibreOffice
PAPERS.append(dict(
 id="h01", file="h01_herscheid_41-2026_hebesaetze-2027.pdf", producer="libreoffice-docx",
 layout="herscheid_word_beschlussvorlage", city=HS,
 drucksache="41/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-19",
 title="Satzung über die Festsetzung der Hebesätze für die Realsteuern für das Haushaltsjahr 2027 (Hebesatzsatzung 2027)",
 public=True, department="Kämmerei", originator=None, answers=None, references=["27/2025"],
 consultations=[C("Haupt- und Finanzausschuss", "2026-11-05", "Vorberatung"), C("Rat", "2026-11-19", "Entscheidung")],
 klimacheck=None, klima_style=None,
 themes=["finanzen"], themes_why="Hebesatzsatzung; rates and yields argued; nothing else",
 notes="Word template of a small Gemeinde: centred 'Gemeinde Herscheid – Der Bürgermeister', then free lines 'Vorlage Nr. 41/2026', 'Amt: Kämmerei', 'öffentliche Sitzung'; Beratungsfolge as prose ('Beratung im Haupt- und Finanzausschuss am 05.11.2026, Beschluss im Rat am 19.11.2026'). '(Vorlage Nr. 27/2025)' → reference; '§ 25 GrStG', '§ 16 GewStG', '§ 7 GO NRW' no references. No Klimacheck.",
 font="serif",
 footer="Gemeinde Herscheid · Plettenberger Straße 27 · 58849 Herscheid · Seite {p}",
 blocks=[
  ("c", "<b>Gemeinde Herscheid</b>"), ("c", "Der Bürgermeister"), ("hr",),
  ("p", "Vorlage Nr. 41/2026\nAmt: Kämmerei\nBearbeiter: Herr Vormann, Tel. 02357 909-21\nöffentliche Sitzung"),
  ("r", "Herscheid, 19.10.2026"),
  ("p", "<b>Beschlussvorlage</b>"),
  ("p", "<b>Satzung über die Festsetzung der Hebesätze für die Realsteuern für das Haushaltsjahr 2027 (Hebesatzsatzung 2027)</b>"),
  ("p", "Beratung im Haupt- und Finanzausschuss am 05.11.2026, Beschluss im Rat am 19.11.2026."),
  ("p", "<b>Beschlussvorschlag:</b>\nDer Rat beschließt die als Anlage beigefügte Hebesatzsatzung 2027 mit folgenden Hebesätzen: Grundsteuer A 320 v. H., Grundsteuer B 595 v. H., Gewerbesteuer 450 v. H."),
  ("p", "<b>Begründung:</b>"),
  ("p", "Mit der Hebesatzsatzung 2025 (Vorlage Nr. 27/2025) hatte der Rat nach der Grundsteuerreform einheitliche Hebesätze beschlossen. Der Haushaltsentwurf 2027 weist trotz Einsparungen von 310.000 € einen Fehlbetrag von 1,12 Mio. € aus. Die Anhebung der Grundsteuer B um 35 Punkte bringt Mehrerträge von rund 118.000 €; eine Erhöhung der Gewerbesteuer wird im Hinblick auf die mittelständischen Betriebe nicht vorgeschlagen."),
  ("p", "Für ein Einfamilienhaus mit einem Messbetrag von 120 € bedeutet die Anhebung eine Mehrbelastung von 42 € im Jahr. Rechtsgrundlagen sind § 25 GrStG, § 16 GewStG und § 7 GO NRW."),
  ("sp", 4), ("p", "Uwe Schmalenbeck\nBürgermeister"),
 ]))

# h02 — Bericht der Verwaltung (Mitteilungsvorlage), hand-written PostScript
PAPERS.append(dict(
 id="h02", file="h02_herscheid_M-09-2026_glasfaser-hueinghausen.pdf", producer="ghostscript-ps",
 layout="herscheid_ps_bericht", city=HS,
 drucksache="M 09/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Bericht der Verwaltung", date="2026-10-26",
 title="Glasfaserausbau in Hüinghausen und den Außenbereichen - Sachstand Oktober 2026",
 public=None, department="Fachbereich 1 - Zentrale Dienste, Wirtschaftsförderung", originator=None, answers=None, references=[],
 consultations=[C("Ausschuss für Wirtschaft, Tourismus und Digitales", "2026-11-10", "Kenntnisnahme")],
 klimacheck=None, klima_style=None,
 themes=["digitale_infrastruktur"], themes_why="status of a fibre roll-out; one subject",
 notes="PostScript; heading 'Bericht der Verwaltung' → Mitteilungsvorlage; ruled key table 'Mitteilung Nr.' / 'Fachbereich' / 'Datum' / 'zur Kenntnis an'. Dashes '-' in the text layer. '1.146 Adressen', 'Cluster 4' no references.",
 footer="Gemeinde Herscheid - Bericht der Verwaltung M 09/2026 - Seite {p}",
 blocks=[
  ("p", "<b>Gemeinde Herscheid</b>"), ("hr",),
  ("t", "Bericht der Verwaltung", 14),
  ("kv", [("Mitteilung Nr.", "M 09/2026"), ("Fachbereich", "Fachbereich 1 - Zentrale Dienste, Wirtschaftsförderung"), ("Datum", "26.10.2026"),
          ("zur Kenntnis an", "Ausschuss für Wirtschaft, Tourismus und Digitales, Sitzung am 10.11.2026")], True),
  ("p", "<b>Glasfaserausbau in Hüinghausen und den Außenbereichen - Sachstand Oktober 2026</b>"),
  ("p", "Im geförderten Ausbau (Cluster 4) sind bis Ende September 1.146 Adressen an das Glasfasernetz angeschlossen worden. Offen sind noch 213 Einzelgehöfte und Streusiedlungen, deren Erschließung wegen der Leitungslängen im Frühjahr 2027 erfolgt."),
  ("p", "In Hüinghausen verzögerten sich die Tiefbauarbeiten, weil in der Dorfstraße eine Wasserleitung mitverlegt wurde. Die Oberflächen werden bis Mitte November wiederhergestellt. Beschwerden über Baustellen gingen im Bürgerbüro in 17 Fällen ein."),
  ("p", "Die Verwaltung berichtet erneut, wenn der Ausbau abgeschlossen ist."),
  ("sp", 3), ("p", "Im Auftrag\nKerstin Wortmann"),
 ]))

# h03 — Anfrage of a single Ratsmitglied, Chromium
PAPERS.append(dict(
 id="h03", file="h03_herscheid_anfrage_winterdienst.pdf", producer="chromium",
 layout="herscheid_member_html_anfrage", city=HS,
 drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-11-02",
 title="Winterdienst auf den Gemeindestraßen in Hüinghausen und am Ebbegebirge",
 public=None, department=None, originator="Sabine Kettling", answers=None, references=[],
 consultations=[C("Ausschuss für Umwelt, Bauen und Verkehr", "2026-11-24", None)],
 klimacheck=None, klima_style=None,
 themes=["mobilitaet"], themes_why="winter road service on municipal roads; one subject",
 notes="Single council member (Fraktion in brackets left out of originator); 'Anfrage nach § 17 GeschO für die Sitzung am 24.11.2026' with 'Gremium: Ausschuss für Umwelt, Bauen und Verkehr' on the next line. No number.",
 blocks=[
  ("r", "Sabine Kettling (UWG)\nMitglied des Rates\nIm Grund 4, 58849 Herscheid"),
  ("p", "An den\nBürgermeister der Gemeinde Herscheid"),
  ("r", "Herscheid, 02.11.2026"),
  ("t", "Anfrage", 14),
  ("p", "nach § 17 GeschO für die Sitzung am 24.11.2026\nGremium: Ausschuss für Umwelt, Bauen und Verkehr"),
  ("p", "<b>Winterdienst auf den Gemeindestraßen in Hüinghausen und am Ebbegebirge</b>"),
  ("p", "Im vergangenen Winter waren mehrere Steigungsstrecken erst nach 9 Uhr geräumt. Ich bitte um Beantwortung folgender Fragen:"),
  ("p", "1. Nach welcher Prioritätenliste werden die Gemeindestraßen geräumt?\n2. Wie viele Fahrzeuge und Beschäftigte stehen im Winter 2026/27 zur Verfügung?\n3. Ist eine Vergabe von Außenbereichstouren an Landwirte vorgesehen?"),
  ("sp", 4), ("p", "Sabine Kettling"),
 ]))

# h04 — Antwort, ReportLab letter-like, no own number
PAPERS.append(dict(
 id="h04", file="h04_herscheid_beantwortung_winterdienst.pdf", producer="reportlab",
 layout="herscheid_reportlab_beantwortung", city=HS,
 drucksache=None, doc_type="Antwort", doc_type_printed="Beantwortung", date="2026-11-18",
 title="Winterdienst auf den Gemeindestraßen in Hüinghausen und am Ebbegebirge",
 public=True, department="Fachbereich 3 - Bauen und Gemeindebetriebe", originator=None, answers=None, references=[],
 consultations=[C("Ausschuss für Umwelt, Bauen und Verkehr", "2026-11-24", None)],
 klimacheck=None, klima_style=None,
 themes=["mobilitaet"], themes_why="answer on winter road service (the Anfrage's theme)",
 notes="'Beantwortung der Anfrage von Frau Ratsmitglied Kettling vom 02.11.2026'; the Anfrage has no number → answers null; date from 'Herscheid, 18.11.2026' (the Anfrage's date is a lure). Committee named in the head without role. '(öffentlich)' printed beside it.",
 blocks=[
  ("p", "<b>Gemeinde Herscheid</b> · Der Bürgermeister"),
  ("p", "Fachbereich 3 - Bauen und Gemeindebetriebe"),
  ("r", "Herscheid, 18.11.2026"),
  ("t", "Beantwortung", 13),
  ("p", "der Anfrage von Frau Ratsmitglied Kettling vom 02.11.2026"),
  ("p", "Sitzung: Ausschuss für Umwelt, Bauen und Verkehr am 24.11.2026 (öffentlich)"),
  ("p", "<b>Betreff: Winterdienst auf den Gemeindestraßen in Hüinghausen und am Ebbegebirge</b>"),
  ("p", "<b>Zu 1:</b> Der Räum- und Streuplan unterscheidet drei Stufen. Stufe 1 umfasst Buslinien, Steigungen und Schulwege (38 km), Stufe 2 die Sammelstraßen, Stufe 3 Anliegerstraßen. Die Steigungsstrecken in Hüinghausen gehören zu Stufe 1."),
  ("p", "<b>Zu 2:</b> Der Bauhof setzt drei Großfahrzeuge und zwei Kleintraktoren mit insgesamt elf Beschäftigten im Zweischichtbetrieb ein."),
  ("p", "<b>Zu 3:</b> Zwei Touren im Außenbereich werden ab dem 01.12.2026 von örtlichen Landwirten gefahren; der Vertrag läuft drei Winter."),
  ("sp", 3), ("p", "Im Auftrag\nLangenohl"),
 ]))

WB = "Verbandsgemeinde Westliche Börde"
# w01 — regisafe-like Beschlussvorlage of the Verbandsgemeinde, Chromium
PAPERS.append(dict(
 id="w01", file="w01_westlicheboerde_VG-BV-028-2026_feuerwehrbedarfsplan.pdf", producer="chromium",
 layout="westlicheboerde_regisafe_beschlussvorlage", city=WB,
 drucksache="VG-BV/028/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-09-28",
 title="Fortschreibung der Risikoanalyse und des Brandschutzbedarfsplans der Verbandsgemeinde Westliche Börde 2027–2031",
 public=True, department="Fachbereich II – Ordnung und Sicherheit", originator=None, answers=None, references=["VG-BV/041/2021"],
 consultations=[C("Ausschuss für Ordnung, Sicherheit und Brandschutz", "2026-10-14", "Vorberatung"), C("Verbandsgemeinderat", "2026-10-28", "Entscheidung")],
 klimacheck="neutral", klima_style="ruled grid 'Klimarelevanz' with ☐ ja, positiv / ☐ ja, negativ / ☒ nein",
 themes=["sicherheit_ordnung", "finanzen"], themes_why="fire-protection needs plan; a section argues the investment schedule (vehicles, Gerätehaus Kroppenstedt) with yearly sums and the Kreisumlage/Fördermittel split",
 notes="regisafe-like: key table without colons left ('Vorlage', 'Datum', 'Einreicher', 'Federführung', 'öffentlich/nichtöffentlich'), Beratungsfolge table Gremium|Sitzungstermin|Zuständigkeit. 'Einreicher: Verbandsgemeindebürgermeister' → null originator. '(VG-BV/041/2021)' → reference; '§ 2 BrSchG LSA', 'MLF', 'HLF 10' no references. Klimarelevanz 'nein' → neutral.",
 blocks=[
  ("t", "Verbandsgemeinde Westliche Börde", 13),
  ("p", "Der Verbandsgemeindebürgermeister"),
  ("tb", [["", ""], ["Vorlage", "<b>VG-BV/028/2026</b>"], ["Vorlageart", "Beschlussvorlage"], ["Datum", "28.09.2026"], ["Einreicher", "Verbandsgemeindebürgermeister"],
          ["Federführung", "Fachbereich II – Ordnung und Sicherheit"], ["öffentlich/nichtöffentlich", "öffentlich"]], [32, 68], False),
  ("tb", [["Gremium", "Sitzungstermin", "Zuständigkeit"], ["Ausschuss für Ordnung, Sicherheit und Brandschutz", "14.10.2026", "Vorberatung"], ["Verbandsgemeinderat", "28.10.2026", "Entscheidung"]], [56, 20, 24], True),
  ("p", "<b>Betreff</b>"),
  ("p", "<b>Fortschreibung der Risikoanalyse und des Brandschutzbedarfsplans der Verbandsgemeinde Westliche Börde 2027–2031</b>"),
  ("p", "<b>Beschlussvorschlag</b>\nDer Verbandsgemeinderat beschließt die Fortschreibung der Risikoanalyse und des Brandschutzbedarfsplans für die Jahre 2027 bis 2031 gemäß Anlage."),
  ("p", "<b>Sachverhalt</b>\nNach § 2 BrSchG LSA ist der Bedarfsplan alle fünf Jahre fortzuschreiben; der geltende Plan wurde 2021 beschlossen (VG-BV/041/2021). Die Analyse zeigt, dass die Tagesalarmsicherheit in Ausleben und Am Großen Bruch nur mit Unterstützung der Nachbarwehren erreicht wird. Die Ortswehr Gröningen erhält ein HLF 10, die Ortswehr Kroppenstedt ein MLF."),
  ("p", "<b>Finanzielle Auswirkungen</b>\nDer Investitionsplan sieht 2027 bis 2031 insgesamt 2,86 Mio. € vor, davon 1,4 Mio. € für den Neubau des Gerätehauses Kroppenstedt. Erwartet werden Landeszuwendungen von 40 %; der Rest wird über die Verbandsgemeindeumlage finanziert, die sich dadurch ab 2028 um 0,6 Prozentpunkte erhöht."),
  ("p", "<b>Klimarelevanz</b>"),
  ("tb", [["ja, positiv", "ja, negativ", "nein"], ["☐", "☐", "☒"]], [33, 33, 34], True),
  ("sp", 3), ("p", "Gröningen, 28.09.2026"), ("p", "Frank Deumeland\nVerbandsgemeindebürgermeister"),
 ]))

# w02 — SD.NET-like Beschlussvorlage of a member Gemeinde, ReportLab
PAPERS.append(dict(
 id="w02", file="w02_westlicheboerde_Aus-BV-11-2026_dorfgemeinschaftshaus.pdf", producer="reportlab",
 layout="westlicheboerde_sdnet_beschlussvorlage_mitgliedsgemeinde", city="Gemeinde Ausleben",
 drucksache="Aus-BV 11/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-05",
 title="Sanierung des Dorfgemeinschaftshauses Ausleben – Antrag auf Förderung aus dem Programm LEADER",
 public=True, department="Fachbereich III – Bau und Liegenschaften", originator=None, answers=None, references=[],
 consultations=[C("Gemeinderat Ausleben", "2026-10-21", "Entscheidung")],
 klimacheck="positive", klima_style="key row 'Auswirkungen auf den Klimaschutz' with '☒ positiv' and an explanation",
 boxes=True,
 themes=["kultur_sport", "finanzen", "klima_umwelt"], themes_why="village hall as a meeting place for clubs; the LEADER rate (65 %), cap and Eigenanteil argued; roof insulation and heat pump argued with savings",
 notes="Paper of a member Gemeinde printed by the Verbandsgemeinde: grid head 'Drucksachen-Nr. | Aus-BV 11/2026', 'Gremium | Gemeinderat Ausleben', 'Sitzung | 21.10.2026', 'Beratung | Beschluss' → Entscheidung. City = the member Gemeinde. 'LAG Börde' name avoided; 'Gemarkung Ausleben, Flur 2' no reference.",
 footer="Verbandsgemeinde Westliche Börde – für die Gemeinde Ausleben – Seite {p}",
 blocks=[
  ("p", "<b>Gemeinde Ausleben</b>\nVerbandsgemeinde Westliche Börde · Fachbereich III – Bau und Liegenschaften"),
  ("kv", [("Drucksachen-Nr.", "Aus-BV 11/2026"), ("Vorlageart", "Beschlussvorlage"), ("Gremium", "Gemeinderat Ausleben"), ("Sitzung", "21.10.2026"),
          ("Beratung", "Beschluss"), ("Status", "öffentlich"), ("erstellt am", "05.10.2026")], True),
  ("p", "<b>Sanierung des Dorfgemeinschaftshauses Ausleben – Antrag auf Förderung aus dem Programm LEADER</b>"),
  ("p", "<b>Beschlussvorschlag:</b> Der Gemeinderat beschließt, für die energetische Sanierung des Dorfgemeinschaftshauses einen Förderantrag im Programm LEADER zu stellen, und stellt den Eigenanteil von 98.000 € im Haushalt 2027 bereit."),
  ("p", "<b>Begründung:</b> Das Haus (Gemarkung Ausleben, Flur 2) wird von Sportverein, Chor, Feuerwehrverein und Seniorengruppe genutzt. Dach und Heizung sind abgängig. Die Kosten betragen 280.000 €; LEADER fördert 65 %, höchstens 200.000 €. Bei einer Förderung von 182.000 € verbleiben 98.000 € bei der Gemeinde. Ohne Förderung wäre die Sanierung nicht finanzierbar."),
  ("kv", [("Auswirkungen auf den Klimaschutz", "☒ positiv – Dämmung der obersten Geschossdecke und Luft-Wärmepumpe statt Ölkessel; rund 21 t CO2 weniger im Jahr.")], True),
  ("sp", 3), ("p", "Frank Deumeland, Verbandsgemeindebürgermeister"),
 ]))

# w03 — Niederschrift of the Verbandsgemeinderat, hand-written PostScript, running head, 2 pages
PAPERS.append(dict(
 id="w03", file="w03_westlicheboerde_niederschrift-vgr-2026-10-28.pdf", producer="ghostscript-ps",
 layout="westlicheboerde_ps_niederschrift", city=WB,
 drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-28",
 title="19. Sitzung des Verbandsgemeinderates Westliche Börde",
 public=True, department=None, originator=None, answers=None,
 references=["VG-BV/028/2026", "VG-BV/030/2026", "VG-BV/031/2026"],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["sicherheit_ordnung", "bildung", "finanzen"], themes_why="items: fire-protection needs plan (larger), Grundschule Gröningen Hort extension, Verbandsgemeindeumlage 2027; Einwohnerfragestunde, Bekanntgaben and the non-public item not counted",
 notes="PostScript minutes with running head on each page; session number in head; TOP numbers with Vorlage numbers (references); 'Genehmigung der Niederschrift vom 02.09.2026' lure date; votes. '-' for dashes.",
 header=["Verbandsgemeinde Westliche Börde - Niederschrift Verbandsgemeinderat 28.10.2026"],
 footer="Seite {p}",
 blocks=[
  ("t", "Niederschrift", 14),
  ("p", "über die <b>19. Sitzung des Verbandsgemeinderates Westliche Börde</b>"),
  ("kv", [("Datum", "28.10.2026"), ("Ort", "Gröningen, Rathaus, Ratssaal"), ("Beginn", "18:30 Uhr"), ("Ende", "21:05 Uhr"), ("Sitzung", "öffentlich mit nichtöffentlichem Teil")]),
  ("p", "<b>Anwesend:</b> Vorsitzender Detlef Rasehorn, 16 weitere Mitglieder; entschuldigt: Ines Kahlenberg, Martin Wohlfeld. Verwaltung: Verbandsgemeindebürgermeister Frank Deumeland, FBL Sylke Hamann, Protokoll: Doreen Busse."),
  ("p", "<b>TOP 1 - Eröffnung, Feststellung der Ordnungsmäßigkeit der Ladung und der Beschlussfähigkeit</b>\nDer Vorsitzende eröffnet die Sitzung. 17 von 19 Mitgliedern sind anwesend."),
  ("p", "<b>TOP 2 - Genehmigung der Niederschrift vom 02.09.2026</b>\nDie Niederschrift wird ohne Änderungen genehmigt (16 Ja, 1 Enthaltung)."),
  ("p", "<b>TOP 3 - Einwohnerfragestunde</b>\nEin Einwohner aus Kroppenstedt fragt nach der Straßenbeleuchtung im Neubaugebiet. Die Verwaltung antwortet schriftlich."),
  ("p", "<b>TOP 4 - Fortschreibung der Risikoanalyse und des Brandschutzbedarfsplans 2027-2031 (VG-BV/028/2026)</b>\nFBL Hamann stellt die Ergebnisse vor. Herr Wiechmann fragt nach der Tagesalarmsicherheit in Ausleben; es wird auf die Kooperation mit der Nachbarwehr verwiesen. Der Gerätehausneubau in Kroppenstedt wird ausführlich diskutiert; Frau Pohle regt einen gemeinsamen Standort mit dem Bauhof an.\nBeschluss: einstimmig angenommen."),
  ("p", "<b>TOP 5 - Erweiterung des Hortes an der Grundschule Gröningen (VG-BV/030/2026)</b>\nDie Erweiterung um 40 Hortplätze in einem Modulbau wird erläutert. Die Kosten von 610.000 EUR werden zu 60 % aus dem Ganztagsprogramm gefördert.\nBeschluss: 15 Ja, 2 Nein."),
  ("p", "<b>TOP 6 - Festsetzung der Verbandsgemeindeumlage 2027 (VG-BV/031/2026)</b>\nDer Umlagesatz soll auf 31,4 % steigen. Die Bürgermeister der Mitgliedsgemeinden Kroppenstedt und Am Großen Bruch kritisieren die Mehrbelastung. Nach Aussprache wird die Vorlage mit 11 Ja, 5 Nein, 1 Enthaltung beschlossen."),
  ("p", "<b>TOP 7 - Bekanntgaben</b>\nDer Verbandsgemeindebürgermeister informiert über die Wahl der Schiedsperson."),
  ("p", "Nichtöffentlicher Teil: TOP 8 - Grundstücksangelegenheit (gesonderte Niederschrift)."),
  ("sp", 5),
  ("p", "Detlef Rasehorn, Vorsitzender                 Doreen Busse, Protokollführerin"),
 ]))

# w04 — Informationsvorlage, Word → LibreOffice
PAPERS.append(dict(
 id="w04", file="w04_westlicheboerde_VG-IV-007-2026_kita-bedarf.pdf", producer="libreoffice-docx",
 layout="westlicheboerde_word_informationsvorlage", city=WB,
 drucksache="VG-IV/007/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-11-09",
 title="Bedarfsentwicklung in den Kindertageseinrichtungen der Verbandsgemeinde bis 2030",
 public=None, department="Fachbereich I – Zentrale Dienste, Schulen und Kitas", originator=None, answers=None, references=[],
 consultations=[C("Ausschuss für Bildung, Soziales und Kultur", "2026-11-25", "Kenntnisnahme"), C("Verbandsgemeinderat", "2026-12-09", "Kenntnisnahme")],
 klimacheck=None, klima_style=None,
 themes=["soziales", "bildung"], themes_why="day-care demand forecast (soziales by the issuers' Kita convention) with a section on Hort places at the Grundschulen",
 notes="Word header with the Verbandsgemeinde; ruled head 'Informationsvorlage | VG-IV/007/2026'; Beratungsfolge table with 'zur Kenntnisnahme'. Table of places per Gemeinde. 'KiFöG LSA' no reference.",
 header=["Verbandsgemeinde Westliche Börde · Der Verbandsgemeindebürgermeister · Fachbereich I – Zentrale Dienste, Schulen und Kitas"],
 footer="VG-IV/007/2026 · Seite {p}",
 blocks=[
  ("tb", [["Informationsvorlage", "VG-IV/007/2026"], ["Datum", "09.11.2026"], ["Bearbeitung", "Frau Sieverling, Tel. 039403 921-140"]], [50, 50], True),
  ("tb", [["Beratungsfolge", "Termin", "Behandlung"], ["Ausschuss für Bildung, Soziales und Kultur", "25.11.2026", "zur Kenntnisnahme"], ["Verbandsgemeinderat", "09.12.2026", "zur Kenntnisnahme"]], [52, 20, 28], True),
  ("p", "<b>Betreff: Bedarfsentwicklung in den Kindertageseinrichtungen der Verbandsgemeinde bis 2030</b>"),
  ("p", "<b>Information:</b>"),
  ("p", "Nach dem KiFöG LSA hat jedes Kind bis zur Versetzung in den 7. Schuljahrgang einen Anspruch auf Betreuung. Die Geburtenzahlen sind seit 2021 von 118 auf 86 gesunken; gleichzeitig steigt die Nachfrage nach Ganztagsplätzen."),
  ("tb", [["Gemeinde", "Plätze 2026", "Bedarf 2030"], ["Gröningen", "214", "196"], ["Kroppenstedt", "97", "88"], ["Ausleben", "74", "70"], ["Am Großen Bruch", "122", "109"]], [50, 25, 25], True),
  ("p", "<b>Hort an den Grundschulen</b>\nDer Hortbedarf an der Grundschule Gröningen wächst durch den Rechtsanspruch ab 2026 auf voraussichtlich 150 Plätze; die Erweiterung um 40 Plätze wird parallel beraten. In Kroppenstedt reichen die vorhandenen Räume."),
  ("p", "Ein Abbau von Krippenplätzen ist derzeit nicht vorgesehen; frei werdende Gruppenräume sollen für Ganztagsangebote genutzt werden."),
 ]))

# w05 — Einladung of the Gemeinderat Am Großen Bruch, ReportLab
PAPERS.append(dict(
 id="w05", file="w05_westlicheboerde_einladung-gr-amgrossenbruch.pdf", producer="reportlab",
 layout="westlicheboerde_reportlab_einladung_mitgliedsgemeinde", city="Gemeinde Am Großen Bruch",
 drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-11-16",
 title="Sitzung des Gemeinderates Am Großen Bruch",
 public=True, department=None, originator=None, answers=None,
 references=["AGB-BV 19/2026", "AGB-BV 20/2026", "AGB-BV 21/2026"],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["klima_umwelt", "kultur_sport"], themes_why="items: Solarpark Bauleitplanung (Aufstellungsbeschluss, larger), sports ground floodlights LED; Einwohnerfragestunde, minutes and the non-public item not counted",
 notes="Einladung of the Bürgermeisterin of a member Gemeinde, printed by the Verbandsgemeinde; 'öffentliche Sitzung' over the agenda; Vorlage numbers in brackets (references). Date = invitation date; session 01.12.2026 is a lure.",
 blocks=[
  ("p", "<b>Gemeinde Am Großen Bruch</b>\nDie Bürgermeisterin"),
  ("r", "Am Großen Bruch, den 16.11.2026"),
  ("t", "Einladung", 14),
  ("p", "zur <b>Sitzung des Gemeinderates Am Großen Bruch</b> am Dienstag, dem 01.12.2026, um 19:00 Uhr im Gemeindezentrum."),
  ("p", "<b>Tagesordnung</b>\n<b>öffentliche Sitzung</b>"),
  ("p", "1. Eröffnung und Feststellung der Beschlussfähigkeit\n2. Feststellung der Tagesordnung\n3. Genehmigung der Niederschrift vom 22.09.2026\n4. Einwohnerfragestunde\n5. Aufstellungsbeschluss vorhabenbezogener Bebauungsplan „Solarpark am Bruchgraben“ (AGB-BV 19/2026)\n6. Umrüstung der Flutlichtanlage des Sportplatzes auf LED (AGB-BV 20/2026)\n7. Anfragen und Anregungen"),
  ("p", "<b>nichtöffentliche Sitzung</b>\n8. Grundstücksangelegenheit (AGB-BV 21/2026)"),
  ("sp", 4), ("p", "Carola Wiesemann\nBürgermeisterin"),
 ]))

ZO = "Zweckverband Ostertal"
# z01 — Beschlussvorlage for the Verbandsversammlung, hand-written PostScript
PAPERS.append(dict(
 id="z01", file="z01_ostertal_VV-07-2026_wirtschaftsplan-2027.pdf", producer="ghostscript-ps",
 layout="ostertal_ps_vorlage_verbandsversammlung", city=ZO,
 drucksache="VV 07/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-30",
 title="Wirtschaftsplan 2027 des Zweckverbandes Ostertal und Festsetzung der Verbandsumlage",
 public=True, department=None, originator=None, answers=None, references=["VV 11/2025"],
 consultations=[C("Verbandsausschuss", "2026-11-12", "Vorberatung"), C("Verbandsversammlung", "2026-11-26", "Entscheidung")],
 klimacheck=None, klima_style=None,
 themes=["finanzen", "klima_umwelt"], themes_why="business plan and levy of a water Zweckverband; a section argues the investment in a new elevated tank and network renewal against leakage",
 notes="PostScript; centred head 'Zweckverband Ostertal - Wasserversorgung -'; 'Verbandsvorsteher' signs; no unit printed (department null). Beratung as two free lines 'Verbandsausschuss 12.11.2026 (Vorberatung)'. '(VV 11/2025)' → reference; '§ 15 KGG', 'EigVO' no references. No Klimacheck.",
 blocks=[
  ("c", "<b>Zweckverband Ostertal</b>"), ("c", "- Wasserversorgung -"), ("c", "Geschäftsstelle: Ostertalstraße 118, Niederkirchen"), ("hr",),
  ("cols", ["<b>Beschlussvorlage</b>", "Nr. VV 07/2026"], ["Datum: 30.10.2026", "öffentlich"]),
  ("p", "<b>Beratung:</b>\nVerbandsausschuss 12.11.2026 (Vorberatung)\nVerbandsversammlung 26.11.2026 (Beschluss)"),
  ("p", "<b>Gegenstand:</b>"),
  ("p", "<b>Wirtschaftsplan 2027 des Zweckverbandes Ostertal und Festsetzung der Verbandsumlage</b>"),
  ("p", "<b>Beschlussvorschlag:</b>\nDie Verbandsversammlung beschließt den Wirtschaftsplan 2027 mit Erträgen von 2.184.000 EUR und Aufwendungen von 2.161.000 EUR sowie die Verbandsumlage von 0,42 EUR je Kubikmeter."),
  ("p", "<b>Begründung:</b>\nDer Vermögensplan sieht Investitionen von 1,9 Mio. EUR vor. Schwerpunkt ist der Ersatz des Hochbehälters Osterbrücken aus dem Jahr 1964 und die Erneuerung von 2,4 km Versorgungsleitung zwischen Marth und Werschweiler. Die Wasserverluste liegen dort bei 19 Prozent; nach der Erneuerung werden unter 8 Prozent erwartet, was Förderung und Pumpstrom spart."),
  ("p", "Die Investitionen werden mit einem Darlehen von 1,3 Mio. EUR und Landeszuwendungen von 600.000 EUR finanziert. Die Umlage steigt gegenüber dem Vorjahr (VV 11/2025) um 4 Cent je Kubikmeter. Grundlage ist § 15 KGG in Verbindung mit der EigVO."),
  ("sp", 4), ("p", "Niederkirchen, 30.10.2026"), ("p", "Bernd Schwambach\nVerbandsvorsteher"),
 ]))

# z02 — Schreiben to the member Gemeinden, Chromium DIN letter
PAPERS.append(dict(
 id="z02", file="z02_ostertal_schreiben_trinkwasser-gebuehren.pdf", producer="chromium",
 layout="ostertal_din_letter_schreiben", city=ZO,
 drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2026-11-30",
 title="Information zur Anpassung des Wasserentgelts ab 01.01.2027",
 public=None, department="Kaufmännische Abteilung", originator=None, answers=None, references=[],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["finanzen", "klima_umwelt"], themes_why="water charge letter; the increase is argued with the tank replacement and leakage reduction (fees serving a field take that field second)",
 notes="DIN letter of the Zweckverband to the Ortsvorsteher of the villages it supplies; info column with 'Abteilung: Kaufmännische Abteilung', 'Unser Zeichen ZVO-KA/231', 'Datum 30.11.2026'; the Verbandsversammlung date 26.11.2026 in the text is a lure; footer with bank line and USt-IdNr. No type word.",
 footer="Zweckverband Ostertal · Ostertalstraße 118 · 66606 Niederkirchen · IBAN DE12 5925 1020 0000 4411 83 · USt-IdNr. DE 814 552 907",
 blocks=[
  ("cols", ["<b>Zweckverband Ostertal</b>", "Wasserversorgung", "", "An die Ortsvorsteherinnen und Ortsvorsteher", "im Verbandsgebiet"],
           ["Abteilung: Kaufmännische Abteilung", "Ansprechpartnerin: Frau Klöckner", "Telefon: 06858 9011-24", "Unser Zeichen: ZVO-KA/231", "Datum: 30.11.2026"]),
  ("sp", 6),
  ("p", "<b>Information zur Anpassung des Wasserentgelts ab 01.01.2027</b>"),
  ("p", "Sehr geehrte Damen und Herren,"),
  ("p", "die Verbandsversammlung hat in ihrer Sitzung am 26.11.2026 den Wirtschaftsplan 2027 beschlossen. Damit ändert sich das Wasserentgelt für die Haushalte in Niederkirchen, Osterbrücken, Werschweiler, Marth, Bubach und Hoof wie folgt:"),
  ("tb", [["Entgelt", "bisher", "ab 01.01.2027"], ["Mengenpreis je m³", "2,18 €", "2,31 €"], ["Grundpreis Zähler Q3=4 je Monat", "9,50 €", "10,20 €"]], [50, 25, 25], True),
  ("p", "Die Anpassung dient der Finanzierung des neuen Hochbehälters Osterbrücken und der Leitungserneuerung, mit der die Wasserverluste deutlich gesenkt werden. Für einen Dreipersonenhaushalt mit 110 m³ Jahresverbrauch steigen die Kosten um rund 23 € im Jahr."),
  ("p", "Wir bitten Sie, die Information in den Ortsteilen bekannt zu machen."),
  ("p", "Mit freundlichen Grüßen\nim Auftrag\n\nJutta Klöckner"),
 ]))

# z03 — Niederschrift of the Verbandsversammlung, Word → LibreOffice
PAPERS.append(dict(
 id="z03", file="z03_ostertal_niederschrift-vv-2026-11-26.pdf", producer="libreoffice-docx",
 layout="ostertal_word_niederschrift", city=ZO,
 drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-11-26",
 title="Sitzung der Verbandsversammlung des Zweckverbandes Ostertal",
 public=True, department=None, originator=None, answers=None,
 references=["VV 07/2026", "VV 07/2026-E1", "VV 08/2026"],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["finanzen", "klima_umwelt"], themes_why="items: Wirtschaftsplan/Umlage with tank and network investment (larger), tariff for a well's protection zone review; election of the deputy not counted",
 notes="Word minutes with ruled head table (Sitzung / Datum / Ort / Beginn–Ende); 'öffentliche Sitzung'; TOP with Vorlage numbers incl. the supplement 'VV 07/2026-E1' (references); votes per member Gemeinde.",
 header=["Zweckverband Ostertal – Wasserversorgung"],
 footer="Niederschrift VV 26.11.2026 – Seite {p}",
 blocks=[
  ("t", "Niederschrift", 15),
  ("tb", [["Sitzung", "Sitzung der Verbandsversammlung des Zweckverbandes Ostertal"], ["Datum", "26.11.2026"], ["Ort", "Bürgerhaus Niederkirchen"], ["Beginn – Ende", "17:00 – 18:40 Uhr"], ["Art", "öffentliche Sitzung"]], [25, 75], True),
  ("p", "<b>Anwesend:</b> Verbandsvorsteher Bernd Schwambach; Vertreterinnen und Vertreter der Ortsteile: Helga Dörr, Matthias Lauer, Sven Kirsch, Elke Rauber, Peter Backes; Geschäftsstelle: Jutta Klöckner (Protokoll)."),
  ("p", "<b>TOP 1 Eröffnung und Begrüßung</b>\nDer Verbandsvorsteher eröffnet die Sitzung und stellt die Beschlussfähigkeit fest."),
  ("p", "<b>TOP 2 Wirtschaftsplan 2027 und Verbandsumlage (VV 07/2026, Ergänzung VV 07/2026-E1)</b>\nFrau Klöckner erläutert Erfolgs- und Vermögensplan. Herr Lauer fragt nach der Bauzeit des Hochbehälters Osterbrücken; Baubeginn ist im Mai 2027. Die Ergänzung mit der aktualisierten Darlehenskondition wird zur Kenntnis genommen.\nBeschluss: einstimmig."),
  ("p", "<b>TOP 3 Überprüfung des Wasserschutzgebietes Bubach-Hoof (VV 08/2026)</b>\nEin Gutachten soll klären, ob die Schutzzone II wegen neuer Weideflächen erweitert werden muss. Kosten 38.000 €.\nBeschluss: 4 Ja, 1 Enthaltung."),
  ("p", "<b>TOP 4 Wahl eines stellvertretenden Verbandsvorstehers</b>\nGewählt wird Sven Kirsch (einstimmig)."),
  ("p", "<b>TOP 5 Verschiedenes</b>\nKeine Wortmeldungen."),
  ("sp", 4),
  ("p", "Bernd Schwambach, Verbandsvorsteher                Jutta Klöckner, Protokoll"),
 ]))

# z04 — Ergänzung to VV 07/2026, ReportLab
PAPERS.append(dict(
 id="z04", file="z04_ostertal_VV-07-2026-E1_ergaenzung.pdf", producer="reportlab",
 layout="ostertal_reportlab_ergaenzung", city=ZO,
 drucksache="VV 07/2026-E1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage", date="2026-11-20",
 title="Wirtschaftsplan 2027 – aktualisierte Darlehenskonditionen",
 public=True, department=None, originator=None, answers=None, references=["VV 07/2026"],
 consultations=[C("Verbandsversammlung", "2026-11-26", None)],
 klimacheck=None, klima_style=None,
 themes=["finanzen"], themes_why="loan terms of the business plan; one subject",
 notes="'Ergänzungsvorlage VV 07/2026-E1 zur Beschlussvorlage VV 07/2026'; key table; 'Sitzung der Verbandsversammlung am 26.11.2026' without role → role null. '3,12 %', 'Laufzeit 30 Jahre' no references.",
 blocks=[
  ("p", "<b>Zweckverband Ostertal</b> · Wasserversorgung"), ("hr",),
  ("kv", [("Ergänzungsvorlage", "VV 07/2026-E1"), ("zur Beschlussvorlage", "VV 07/2026"), ("Datum", "20.11.2026"),
          ("Sitzung", "Verbandsversammlung am 26.11.2026"), ("Status", "öffentlich")]),
  ("p", "<b>Betreff: Wirtschaftsplan 2027 – aktualisierte Darlehenskonditionen</b>"),
  ("p", "Nach Versand der Beschlussvorlage hat die Geschäftsstelle drei Kreditangebote eingeholt. Das günstigste Angebot sieht einen Zinssatz von 3,12 % bei einer Laufzeit von 30 Jahren und einer Zinsbindung von 20 Jahren vor. Im Wirtschaftsplan waren 3,40 % angesetzt. Der Zinsaufwand 2027 sinkt dadurch um rund 3.600 EUR; die Verbandsumlage bleibt unverändert."),
  ("p", "Der Beschlussvorschlag wird um folgenden Satz ergänzt: „Der Verbandsvorsteher wird ermächtigt, das Darlehen zu den genannten Konditionen aufzunehmen.“"),
  ("sp", 3), ("p", "Bernd Schwambach\nVerbandsvorsteher"),
 ]))

# w03: attendance list after the signatures on page 2; z03: two annexes (three pages)
_w03 = next(p for p in PAPERS if p["id"] == "w03")
_w03["blocks"] += [("pb",), ("p", "<b>Anlage: Anwesenheit der Mitglieder des Verbandsgemeinderates</b>"),
  ("tb", [["Mitglied", "Gemeinde", "anwesend"], ["Rasehorn, Detlef", "Gröningen", "ja"], ["Wiechmann, Holger", "Ausleben", "ja"], ["Pohle, Annett", "Kroppenstedt", "ja"],
          ["Kahlenberg, Ines", "Gröningen", "entschuldigt"], ["Wohlfeld, Martin", "Am Großen Bruch", "entschuldigt"], ["Tiedge, Ronny", "Am Großen Bruch", "ja"],
          ["Brandes, Kerstin", "Kroppenstedt", "ja"], ["weitere 12 Mitglieder", "", "ja"]], [45, 35, 20], True)]
_w03["notes"] += " Attendance table on page 2."
_z03 = next(p for p in PAPERS if p["id"] == "z03")
_z03["blocks"] += [("pb",), ("p", "<b>Anlage 1: Stimmenverteilung in der Verbandsversammlung</b>"),
  ("tb", [["Mitglied", "Vertreter/in", "Stimmen"], ["Ortsteil Niederkirchen", "Helga Dörr", "3"], ["Ortsteil Osterbrücken", "Matthias Lauer", "1"], ["Ortsteile Marth und Werschweiler", "Sven Kirsch", "2"],
          ["Ortsteil Bubach", "Elke Rauber", "1"], ["Ortsteil Hoof", "Peter Backes", "2"]], [45, 35, 20], True),
  ("pb",), ("p", "<b>Anlage 2: Beschlussübersicht</b>"),
  ("tb", [["TOP", "Gegenstand", "Ergebnis"], ["2", "Wirtschaftsplan 2027 und Verbandsumlage", "einstimmig"], ["3", "Überprüfung des Wasserschutzgebietes Bubach-Hoof", "4 Ja, 1 Enthaltung"],
          ["4", "Wahl eines stellvertretenden Verbandsvorstehers", "einstimmig"]], [10, 60, 30], True)]
_z03["notes"] += " Three pages: the vote distribution (Anlage 1) and a table of decisions (Anlage 2) on pages 2 and 3."
