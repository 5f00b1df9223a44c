# Beirat Blockland (HB), Stadtteilbeirat Neugraben-Fischbek (HH), Quartiersrat Falkenhagener Feld (BE).
def C(committee, date, role): return {"committee": committee, "date": date, "role": role}
PAPERS = []
BB = "Beirat Blockland"

# b01 — Einladung of the Ortsamt to a public Beiratssitzung, Chromium
PAPERS.append(dict(
 id="b01", file="b01_blockland_einladung-beirat-2026-11-19.pdf", producer="chromium",
 layout="blockland_ortsamt_html_einladung", city=BB,
 drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-11-05",
 title="Sitzung des Beirates Blockland",
 public=True, department="Ortsamt Blockland", originator=None, answers=None, references=[],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["klima_umwelt", "mobilitaet"], themes_why="items: flood-protection/dike works at the Wümme with nature protection (larger), cycle route Wasserhorst; Globalmittel and Verschiedenes not counted",
 notes="Ortsamt letter: 'Einladung zur öffentlichen Sitzung des Beirates Blockland' – title = the session named ('Sitzung des Beirates Blockland'), the adjective 'öffentlichen' left out; department = Ortsamt (the administration's unit that invites). Agenda with no Vorlage numbers → references empty. Session 19.11.2026 is a lure for the date.",
 blocks=[
  ("cols", ["<b>Ortsamt Blockland</b>", "Freie Hansestadt Bremen", "", "An die Mitglieder des Beirates Blockland", "sowie die Presse"],
           ["Auskunft erteilt: Herr Dehnhardt", "Tel. 0421 361-79 412", "E-Mail: office@oablockland.example", "Datum: 05.11.2026"]),
  ("sp", 5),
  ("t", "Einladung", 14),
  ("p", "zur <b>öffentlichen Sitzung des Beirates Blockland</b> am Donnerstag, 19.11.2026, um 19:30 Uhr im Dorfgemeinschaftshaus Wasserhorst, Wasserhorster Landstraße 9."),
  ("p", "<b>Tagesordnung:</b>"),
  ("p", "1. Genehmigung der Tagesordnung und des Protokolls der Sitzung vom 24.09.2026\n2. Wünsche und Anregungen der Bürgerinnen und Bürger\n3. Deichverstärkung an der Wümme zwischen Niederblockland und Oberblockland – Vorstellung der Planung und der Ausgleichsflächen für Wiesenvögel\n   Gäste: Deichverband, Naturschutzbehörde\n4. Radroute Wasserhorst – Stellungnahme des Beirates zur Vorlage der Deputation\n5. Vergabe von Globalmitteln 2026\n6. Mitteilungen des Ortsamtes\n7. Verschiedenes"),
  ("p", "Die Sitzung ist öffentlich. Unterlagen können im Ortsamt eingesehen werden."),
  ("p", "Mit freundlichen Grüßen\ngez. Ole Dehnhardt\nOrtsamtsleiter"),
 ]))

# b02 — Stellungnahme of the Beirat to a Deputation Vorlage, Word → LibreOffice
PAPERS.append(dict(
 id="b02", file="b02_blockland_stellungnahme_radroute-wasserhorst.pdf", producer="libreoffice-docx",
 layout="blockland_word_stellungnahme_beirat", city=BB,
 drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-11-19",
 title="Radroute Wasserhorst – Ausbau des Deichweges",
 public=None, department=None, originator="Beirat Blockland", answers="VL 21/4418", references=[],
 consultations=[C("Deputation für Mobilität, Bau und Stadtentwicklung", "2026-12-03", None)],
 klimacheck=None, klima_style=None,
 themes=["mobilitaet", "klima_umwelt"], themes_why="cycle route on a dike path; the Beirat argues a whole paragraph on meadow birds and the landscape protection area",
 notes="Word letter of the Ortsamt on behalf of the Beirat: 'Stellungnahme des Beirates Blockland zur Vorlage VL 21/4418 (Deputation für Mobilität, Bau und Stadtentwicklung, Sitzung am 03.12.2026)' → answers VL 21/4418, consultation with role null. Vote line '(einstimmig)'. Date from 'Bremen, 19.11.2026'.",
 header=["Ortsamt Blockland · für den Beirat Blockland"],
 blocks=[
  ("r", "Bremen, 19.11.2026"),
  ("t", "Stellungnahme", 14),
  ("p", "des Beirates Blockland zur Vorlage VL 21/4418 (Deputation für Mobilität, Bau und Stadtentwicklung, Sitzung am 03.12.2026)"),
  ("p", "<b>Radroute Wasserhorst – Ausbau des Deichweges</b>"),
  ("p", "Der Beirat Blockland hat sich in seiner öffentlichen Sitzung am 19.11.2026 mit der Vorlage befasst und folgenden Beschluss gefasst (einstimmig):"),
  ("p", "1. Der Beirat begrüßt den Lückenschluss der Radroute zwischen Wasserhorst und der Stadtgrenze grundsätzlich.\n2. Er lehnt eine Asphaltierung des Deichweges auf 3,50 m Breite ab und fordert eine wassergebundene Decke von höchstens 2,50 m.\n3. Eine Beleuchtung des Deichweges wird abgelehnt."),
  ("p", "<b>Begründung:</b> Das Blockland ist Landschaftsschutzgebiet und Brutgebiet für Kiebitz, Uferschnepfe und Großen Brachvogel. Eine breite, beleuchtete Trasse würde die Störungen in der Brutzeit deutlich erhöhen. Die Landwirtinnen und Landwirte brauchen den Weg weiterhin für Fahrzeuge bis 7,5 t; das ist mit einer wassergebundenen Decke möglich."),
  ("p", "Für den Beirat\ngez. Heike Brüning, Beiratssprecherin\ngez. Ole Dehnhardt, Ortsamtsleiter"),
 ]))

# b03 — Protokoll of the Beirat session, ReportLab, 2 pages
PAPERS.append(dict(
 id="b03", file="b03_blockland_protokoll-beirat-2026-11-19.pdf", producer="reportlab",
 layout="blockland_reportlab_protokoll", city=BB,
 drucksache=None, doc_type="Niederschrift", doc_type_printed="Protokoll", date="2026-11-19",
 title="Sitzung des Beirates Blockland",
 public=True, department=None, originator=None, answers=None, references=["VL 21/4418"],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["klima_umwelt", "mobilitaet"], themes_why="dike reinforcement with compensation areas (larger item), cycle route; Globalmittel (club grants), Bürgeranträge not counted",
 notes="'Protokoll der öffentlichen Sitzung des Beirates Blockland' → Niederschrift, printed Protokoll; head lines 'Sitzungstag', 'Sitzungsort', 'Beginn/Ende'; the Deputation Vorlage VL 21/4418 cited → reference. Signature 'Protokoll genehmigt am:' left empty.",
 footer="Protokoll Beirat Blockland 19.11.2026 · Seite {p}",
 blocks=[
  ("p", "<b>Ortsamt Blockland</b>"),
  ("t", "Protokoll", 14),
  ("p", "der <b>öffentlichen Sitzung des Beirates Blockland</b>"),
  ("kv", [("Sitzungstag", "19.11.2026"), ("Sitzungsort", "Dorfgemeinschaftshaus Wasserhorst"), ("Beginn/Ende", "19:30 Uhr / 21:50 Uhr")]),
  ("p", "<b>Anwesend:</b> Beiratsmitglieder Heike Brüning (Sprecherin), Hinrich Warnken, Gesa Lührs, Tobias Renken, Anke Mehrtens, Claus Gerdes; Sitzungsleitung und Protokoll: Ole Dehnhardt (Ortsamt). Gäste: Frau Dr. Wessels (Deichverband), Herr Poppe (Naturschutzbehörde); 23 Bürgerinnen und Bürger."),
  ("p", "<b>TOP 1: Genehmigung der Tagesordnung und des Protokolls vom 24.09.2026</b>\nDie Tagesordnung wird genehmigt. Das Protokoll wird mit einer Korrektur genehmigt."),
  ("p", "<b>TOP 2: Wünsche und Anregungen der Bürgerinnen und Bürger</b>\nAnwohner beklagen Schlaglöcher in der Oberblockländer Landstraße. Das Ortsamt leitet dies weiter."),
  ("p", "<b>TOP 3: Deichverstärkung an der Wümme</b>\nFrau Dr. Wessels stellt die Planung vor: Auf 4,2 km wird der Deich um bis zu 80 cm erhöht und verbreitert. Herr Poppe erläutert, dass 11 ha Grünland als Ausgleichsflächen für Wiesenvögel extensiviert werden; die Bauarbeiten ruhen zwischen März und Juli. Der Beirat fordert, die betroffenen Landwirte früh zu beteiligen und Ersatzflächen in Niederblockland anzubieten.\nBeschluss: Der Beirat nimmt die Planung zur Kenntnis und unterstützt die Bauzeitenregelung (einstimmig)."),
  ("p", "<b>TOP 4: Radroute Wasserhorst</b>\nDie Vorlage VL 21/4418 der Deputation wird erörtert. Der Beirat beschließt die Stellungnahme gemäß Anlage (einstimmig)."),
  ("p", "<b>TOP 5: Vergabe von Globalmitteln 2026</b>\nBewilligt werden 1.800 € für den Heimatverein Wasserhorst und 950 € für die Freiwillige Feuerwehr Blockland (je einstimmig)."),
  ("p", "<b>TOP 6: Mitteilungen des Ortsamtes</b>\nDie nächste Sitzung findet am 21.01.2027 statt."),
  ("p", "<b>TOP 7: Verschiedenes</b>\nKeine Wortmeldungen."),
  ("sp", 4),
  ("p", "Sitzungsleitung/Protokoll: Ole Dehnhardt          Beiratssprecherin: Heike Brüning"),
  ("p", "Protokoll genehmigt am:"),
 ]))

# b04 — Antrag of a Fraktion in the Beirat, hand-written PostScript
PAPERS.append(dict(
 id="b04", file="b04_blockland_antrag-gruene_tempo30-wasserhorst.pdf", producer="ghostscript-ps",
 layout="blockland_ps_antrag_beiratsfraktion", city=BB,
 drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-11-10",
 title="Tempo 30 auf der Wasserhorster Landstraße im Bereich der Ortslage",
 public=None, department=None, originator="Fraktion BÜNDNIS 90/DIE GRÜNEN im Beirat Blockland", answers=None, references=[],
 consultations=[C("Beirat Blockland", "2026-11-19", None)],
 klimacheck=None, klima_style=None,
 themes=["mobilitaet"], themes_why="speed limit on a village road; one subject (children's way to the bus stop is a clause)",
 notes="PostScript; 'Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN im Beirat Blockland für die Sitzung am 19.11.2026' → consultation Beirat Blockland, role null; 'Beschlussvorschlag:' block; no number. '§ 45 StVO' no reference.",
 blocks=[
  ("p", "<b>Fraktion BÜNDNIS 90/DIE GRÜNEN im Beirat Blockland</b>\nc/o Gesa Lührs - Niederblockland 31 - 28357 Bremen"),
  ("hr",),
  ("p", "An das Ortsamt Blockland\nzur Weiterleitung an den Beirat"),
  ("r", "Bremen, 10.11.2026"),
  ("t", "Antrag", 13),
  ("p", "der Fraktion BÜNDNIS 90/DIE GRÜNEN im Beirat Blockland für die Sitzung am 19.11.2026"),
  ("p", "<b>Tempo 30 auf der Wasserhorster Landstraße im Bereich der Ortslage</b>"),
  ("p", "<b>Beschlussvorschlag:</b>\nDer Beirat Blockland fordert die Straßenverkehrsbehörde auf, auf der Wasserhorster Landstraße zwischen Kirche und Fähranleger eine Höchstgeschwindigkeit von 30 km/h nach § 45 StVO anzuordnen."),
  ("p", "<b>Begründung:</b>\nDie Straße hat keinen Gehweg. Fußgängerinnen, Radfahrende und landwirtschaftlicher Verkehr teilen sich die Fahrbahn. Messungen des Ortsamtes im Sommer ergaben eine mittlere Geschwindigkeit von 47 km/h."),
  ("p", "Gesa Lührs, Tobias Renken"),
 ]))

NF = "Stadtteilbeirat Neugraben-Fischbek"
# n01 — Empfehlung of the Stadtteilbeirat (Stellungnahme), Chromium
PAPERS.append(dict(
 id="n01", file="n01_neugrabenfischbek_empfehlung_22-1834.pdf", producer="chromium",
 layout="neugrabenfischbek_html_empfehlung", city=NF,
 drucksache=None, doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2026-10-15",
 title="Nutzung des ehemaligen Schulpavillons am Hausbrucher Weg als Stadtteiltreff",
 public=None, department=None, originator="Stadtteilbeirat Neugraben-Fischbek", answers="22-1834", references=[],
 consultations=[C("Regionalausschuss", None, None)],
 klimacheck=None, klima_style=None,
 themes=["soziales", "kultur_sport"], themes_why="community centre for a growth quarter (family café, senior meetings) and rooms for clubs/culture with their own paragraph",
 notes="'Empfehlung des Stadtteilbeirats Neugraben-Fischbek zur Drucksache 22-1834' → Stellungnahme, answers 22-1834 (Hamburg Drucksache shape); 'an den Regionalausschuss' without date → consultation with date/role null. Vote '(11 Ja, 0 Nein, 2 Enthaltungen)'. Date from 'beschlossen in der Sitzung am 15.10.2026'.",
 blocks=[
  ("p", "<b>Stadtteilbeirat Neugraben-Fischbek</b>\nGeschäftsführung: Stadtteilbüro, Cuxhavener Straße 271, 21149 Hamburg"),
  ("hr",),
  ("t", "Empfehlung", 14),
  ("p", "des Stadtteilbeirats Neugraben-Fischbek zur Drucksache 22-1834\nan den Regionalausschuss\nbeschlossen in der Sitzung am 15.10.2026 (11 Ja, 0 Nein, 2 Enthaltungen)"),
  ("p", "<b>Nutzung des ehemaligen Schulpavillons am Hausbrucher Weg als Stadtteiltreff</b>"),
  ("p", "Der Stadtteilbeirat empfiehlt, den Pavillon nach dem Auszug der Grundschulklassen im Sommer 2027 nicht abzureißen, sondern für mindestens fünf Jahre als Stadtteiltreff zu nutzen."),
  ("p", "In den Neubaugebieten sind in den letzten Jahren über 3.000 Wohnungen entstanden, aber kaum Räume für Begegnung. Geplant sind ein Familiencafé mit Beratung, ein wöchentlicher Seniorentreff und eine Sprechstunde der Sozialberatung."),
  ("p", "Vereine und Initiativen – Theatergruppe, Chor, Schachklub – suchen seit Langem Probenräume; zwei Räume sollen ihnen abends zur Verfügung stehen. Der Trägerverein des Stadtteilbüros ist bereit, die Verwaltung zu übernehmen."),
  ("p", "Für den Stadtteilbeirat\nMichaela Harms und Jan-Philipp Oltmanns (Sprecherteam)"),
 ]))

# n02 — Protokoll of the Stadtteilbeirat, Word → LibreOffice
PAPERS.append(dict(
 id="n02", file="n02_neugrabenfischbek_protokoll-2026-10-15.pdf", producer="libreoffice-docx",
 layout="neugrabenfischbek_word_protokoll", city=NF,
 drucksache=None, doc_type="Niederschrift", doc_type_printed="Protokoll", date="2026-10-15",
 title="Sitzung des Stadtteilbeirats Neugraben-Fischbek",
 public=True, department=None, originator=None, answers=None, references=["22-1834"],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["soziales", "mobilitaet"], themes_why="items: community centre in the school pavilion (larger), bus line frequency on the Fischbeker Heideweg; Verfügungsfonds grants and reports not counted",
 notes="Word minutes of a citizens' body: head table; 'Die Sitzung ist öffentlich.'; Drucksache 22-1834 named in TOP 3 → reference. 'Verfügungsfonds' grants with sums are no references. Next session date a lure.",
 header=["Stadtteilbeirat Neugraben-Fischbek · Protokoll"],
 footer="Protokoll 15.10.2026 – Seite {p}",
 blocks=[
  ("t", "Protokoll", 14),
  ("p", "<b>Sitzung des Stadtteilbeirats Neugraben-Fischbek</b>"),
  ("tb", [["Datum", "Ort", "Zeit"], ["15.10.2026", "Gemeinschaftshaus am Sandbarg", "18:30 – 20:45 Uhr"]], [30, 45, 25], True),
  ("p", "Die Sitzung ist öffentlich. Moderation: Michaela Harms. Protokoll: Svenja Thode (Stadtteilbüro). Anwesend: 13 stimmberechtigte Mitglieder, 19 Gäste, Frau Krüger-Albers (Bezirksamt, Fachamt Sozialraummanagement)."),
  ("p", "<b>TOP 1 Begrüßung und Protokoll</b>\nDas Protokoll vom 17.09.2026 wird bestätigt."),
  ("p", "<b>TOP 2 Buslinie am Fischbeker Heideweg</b>\nMehrere Anwohnende berichten von überfüllten Bussen im Berufsverkehr. Die Verkehrsbetriebe prüfen einen 5-Minuten-Takt ab Dezember 2027. Der Stadtteilbeirat bittet um Vorstellung des Konzepts in der Januarsitzung."),
  ("p", "<b>TOP 3 Schulpavillon am Hausbrucher Weg (Drucksache 22-1834)</b>\nFrau Krüger-Albers stellt die Drucksache vor. In der Diskussion werden Familiencafé, Seniorentreff und Probenräume für Vereine gewünscht. Die Empfehlung an den Regionalausschuss wird beschlossen (11 Ja, 0 Nein, 2 Enthaltungen)."),
  ("p", "<b>TOP 4 Verfügungsfonds</b>\nBewilligt: Laternenumzug der Kita Sandbarg 420 €, Nachbarschaftsflohmarkt 300 €."),
  ("p", "<b>TOP 5 Verschiedenes</b>\nNächste Sitzung: 19.11.2026."),
 ]))

# n03 — Einladung of the Stadtteilbeirat, hand-written PostScript
PAPERS.append(dict(
 id="n03", file="n03_neugrabenfischbek_einladung-2026-11-19.pdf", producer="ghostscript-ps",
 layout="neugrabenfischbek_ps_einladung", city=NF,
 drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-11-06",
 title="Sitzung des Stadtteilbeirats Neugraben-Fischbek",
 public=True, department=None, originator=None, answers=None, references=[],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["stadtentwicklung", "klima_umwelt"], themes_why="items: new district centre plan with square and shops (larger), street trees/heat in the Neubaugebiet; Verfügungsfonds and Verschiedenes not counted",
 notes="PostScript flyer-like invitation: 'Einladung zur Sitzung des Stadtteilbeirats Neugraben-Fischbek'; 'Die Sitzung ist öffentlich.' (public true); no numbers in the agenda. Date from 'Hamburg, 06.11.2026'.",
 blocks=[
  ("c", "<b>Stadtteilbeirat Neugraben-Fischbek</b>"),
  ("c", "Stadtteilbüro - Cuxhavener Straße 271 - 21149 Hamburg - Tel. 040 701 88 35"),
  ("hr",),
  ("r", "Hamburg, 06.11.2026"),
  ("t", "Einladung", 14),
  ("p", "zur <b>Sitzung des Stadtteilbeirats Neugraben-Fischbek</b>\nam Donnerstag, 19.11.2026, 18:30 Uhr\nGemeinschaftshaus am Sandbarg"),
  ("p", "<b>Tagesordnung</b>"),
  ("p", "1. Begrüßung, Protokoll der Sitzung vom 15.10.2026\n2. Neues Stadtteilzentrum am Bahnhof: Entwurf für Marktplatz, Läden und Wohnungen (Vorstellung durch das Planungsbüro)\n3. Straßenbäume und Hitze im Neubaugebiet: Wie können mehr Bäume gepflanzt werden?\n4. Verfügungsfonds: Anträge\n5. Verschiedenes"),
  ("p", "Die Sitzung ist öffentlich. Alle Interessierten sind herzlich eingeladen."),
  ("p", "Michaela Harms - Jan-Philipp Oltmanns\nSprecherteam"),
 ]))

# n04 — Schreiben of the Stadtteilbeirat to the Verkehrsbetriebe, ReportLab
PAPERS.append(dict(
 id="n04", file="n04_neugrabenfischbek_schreiben_buslinie.pdf", producer="reportlab",
 layout="neugrabenfischbek_reportlab_schreiben", city=NF,
 drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2026-10-22",
 title="Taktverdichtung der Buslinie am Fischbeker Heideweg",
 public=None, department=None, originator="Stadtteilbeirat Neugraben-Fischbek", answers=None, references=[],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["mobilitaet"], themes_why="bus frequency letter; one subject",
 notes="Letter of a citizens' body (no type word) with 'Betreff:' line; the Stadtteilbeirat session date 15.10.2026 in the text is a lure; sender = originator.",
 blocks=[
  ("p", "<b>Stadtteilbeirat Neugraben-Fischbek</b>\nSprecherteam · c/o Stadtteilbüro · Cuxhavener Straße 271 · 21149 Hamburg"),
  ("sp", 4),
  ("p", "Verkehrsbetriebe Hamburg-Holstein\nAbteilung Angebotsplanung"),
  ("r", "Hamburg, 22.10.2026"),
  ("p", "<b>Betreff: Taktverdichtung der Buslinie am Fischbeker Heideweg</b>"),
  ("p", "Sehr geehrte Damen und Herren,"),
  ("p", "in unserer Sitzung am 15.10.2026 haben zahlreiche Anwohnende von überfüllten Bussen zwischen 6:30 und 8:30 Uhr berichtet; Schulkinder bleiben regelmäßig an der Haltestelle stehen. Wir bitten Sie, die angekündigte Verdichtung auf einen 5-Minuten-Takt vorzuziehen und das Konzept in unserer Sitzung im Januar vorzustellen."),
  ("p", "Mit freundlichen Grüßen"),
  ("p", "Michaela Harms und Jan-Philipp Oltmanns\nfür das Sprecherteam"),
 ]))

QF = "Quartiersrat Falkenhagener Feld"
# f01 — Protokoll of the Quartiersrat, ReportLab
PAPERS.append(dict(
 id="f01", file="f01_falkenhagenerfeld_protokoll-qr-2026-10.pdf", producer="reportlab",
 layout="falkenhagenerfeld_reportlab_protokoll", city=QF,
 drucksache=None, doc_type="Niederschrift", doc_type_printed="Ergebnisprotokoll", date="2026-10-07",
 title="Sitzung des Quartiersrats Falkenhagener Feld",
 public=False, department=None, originator=None, answers=None, references=[],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["soziales", "bildung"], themes_why="project votes: neighbourhood mothers/family counselling (larger), homework help at the Grundschule; Projektfonds sums are decided but not argued as financing",
 notes="'Ergebnisprotokoll' of a Berlin Quartiersrat (Quartiersmanagement); 'nicht öffentliche Sitzung – Projektentscheidungen' → public false. Project numbers 'QF-2027-03' are Projektfonds ids, no Drucksachen → references empty.",
 footer="QM Falkenhagener Feld · Ergebnisprotokoll QR 07.10.2026 · Seite {p}",
 blocks=[
  ("p", "<b>Quartiersmanagement Falkenhagener Feld</b>"),
  ("t", "Ergebnisprotokoll", 14),
  ("p", "<b>Sitzung des Quartiersrats Falkenhagener Feld</b>"),
  ("kv", [("Datum", "07.10.2026, 18:00 – 20:30 Uhr"), ("Ort", "Stadtteilladen, Westerwaldstraße 18"), ("Status", "nicht öffentliche Sitzung – Projektentscheidungen"), ("Protokoll", "Leyla Aydin (QM)")]),
  ("p", "<b>Anwesend:</b> 14 von 21 Mitgliedern (9 Bewohnerinnen und Bewohner, 5 Vertretungen von Einrichtungen); QM-Team: Frank Zielinski, Leyla Aydin."),
  ("p", "<b>1. Projektfonds 2027 – Abstimmung</b>"),
  ("tb", [["Projekt", "Träger", "Summe", "Votum"], ["QF-2027-03 Stadtteilmütter und Familienberatung", "Nachbarschaftsverein Westerwald e. V.", "64.000 €", "13 Ja / 1 Enth."],
          ["QF-2027-05 Hausaufgabenhilfe an der Grundschule", "Förderverein Lernwerkstatt", "22.500 €", "14 Ja"],
          ["QF-2027-07 Hofgarten Westerwaldstraße", "Gartenclub Falkenhagen", "9.800 €", "abgelehnt (5 Ja / 8 Nein / 1 Enth.)"]], [40, 28, 12, 20], True),
  ("p", "<b>2. Bericht aus dem Stadtteil</b>\nDie Stadtteilmütter haben 2026 über 300 Familien besucht, überwiegend zu Kita-Anmeldung, Jobcenter und Schulwahl. Die Hausaufgabenhilfe soll um eine dritte Gruppe erweitert werden."),
  ("p", "<b>3. Termine</b>\nNächste Sitzung: 04.11.2026 (öffentlich)."),
 ]))

# f02 — Empfehlung/Votum of the Quartiersrat to the Bezirksamt (Stellungnahme), Word → LibreOffice
PAPERS.append(dict(
 id="f02", file="f02_falkenhagenerfeld_votum_spielplatz.pdf", producer="libreoffice-docx",
 layout="falkenhagenerfeld_word_votum", city=QF,
 drucksache=None, doc_type="Stellungnahme", doc_type_printed="Votum", date="2026-11-04",
 title="Neugestaltung des Spielplatzes Kiefheider Weg",
 public=None, department=None, originator="Quartiersrat Falkenhagener Feld", answers=None, references=[],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["soziales", "klima_umwelt"], themes_why="playground redesign for children and families; a paragraph argues shade trees, unsealing and a water play area against heat",
 notes="'Votum des Quartiersrats' → Stellungnahme, printed 'Votum'; to the Bezirksamt (no Drucksache cited → answers null). Date from 'Berlin, 04.11.2026'. Vote line.",
 header=["Quartiersrat Falkenhagener Feld · c/o Quartiersmanagement · Westerwaldstraße 18 · 13589 Berlin"],
 blocks=[
  ("p", "Bezirksamt\nAbteilung Bauen, Planen und Umweltschutz\nStraßen- und Grünflächenamt"),
  ("r", "Berlin, 04.11.2026"),
  ("t", "Votum des Quartiersrats", 14),
  ("p", "<b>Neugestaltung des Spielplatzes Kiefheider Weg</b>"),
  ("p", "Abstimmungsergebnis in der Sitzung vom 04.11.2026: 15 Ja, 0 Nein, 1 Enthaltung"),
  ("p", "Der Quartiersrat unterstützt die Neugestaltung des Spielplatzes aus Mitteln des Baufonds und gibt folgende Hinweise:"),
  ("p", "1. Der Spielplatz ist der einzige für rund 900 Kinder unter zwölf Jahren im Kiez; Spielgeräte für Kleinkinder und ein Treffpunkt mit Bänken für Eltern und ältere Menschen sollen Vorrang haben.\n2. Im Sommer ist die Fläche kaum nutzbar. Der Quartiersrat fordert mindestens acht großkronige Bäume, die Entsiegelung der Asphaltfläche am Eingang und eine Wasserspielanlage.\n3. Kinder der benachbarten Kita sollen an der Planung beteiligt werden."),
  ("p", "Für den Quartiersrat\nRenate Kowalczyk und Mehmet Demirtas"),
 ]))

# f03 — Einladung of the Quartiersmanagement, Chromium
PAPERS.append(dict(
 id="f03", file="f03_falkenhagenerfeld_einladung-qr-2026-12.pdf", producer="chromium",
 layout="falkenhagenerfeld_html_einladung", city=QF,
 drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-11-20",
 title="Sitzung des Quartiersrats Falkenhagener Feld",
 public=True, department=None, originator=None, answers=None, references=[],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["kultur_sport", "digitalisierung"], themes_why="items: youth sports hall opening hours (larger), digital neighbourhood platform; Kiezfonds and Termine not counted",
 notes="HTML invitation of the QM team with a boxed 'Wann / Wo' table; 'Einladung zur öffentlichen Sitzung des Quartiersrats Falkenhagener Feld'; session 02.12.2026 a lure for the date.",
 footer="Quartiersmanagement Falkenhagener Feld · gefördert im Programm Sozialer Zusammenhalt",
 blocks=[
  ("cols", ["<b>Quartiersmanagement Falkenhagener Feld</b>", "Westerwaldstraße 18, 13589 Berlin", "Tel. 030 375 88 210"], ["Berlin, 20.11.2026"]),
  ("t", "Einladung", 15),
  ("p", "zur <b>öffentlichen Sitzung des Quartiersrats Falkenhagener Feld</b>"),
  ("kv", [("Wann", "Mittwoch, 02.12.2026, 18:00 Uhr"), ("Wo", "Jugendfreizeiteinrichtung, Saalbau, Im Spektefeld 26")], True),
  ("p", "<b>Themen</b>"),
  ("p", "1. Begrüßung und Protokoll vom 04.11.2026\n2. Sporthalle für Jugendliche: längere Öffnungszeiten am Wochenende – Vorschläge der Sportvereine\n3. Digitale Nachbarschaftsplattform für den Kiez: Vorstellung und Datenschutz\n4. Kiezfonds: Anträge für Dezember\n5. Termine und Verschiedenes"),
  ("p", "Wir freuen uns auf Sie!\nIhr QM-Team Frank Zielinski und Leyla Aydin"),
 ]))

# f04 — Anfrage of the Quartiersrat to the Bezirksamt, hand-written PostScript
PAPERS.append(dict(
 id="f04", file="f04_falkenhagenerfeld_anfrage_sporthalle.pdf", producer="ghostscript-ps",
 layout="falkenhagenerfeld_ps_anfrage", city=QF,
 drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-12-03",
 title="Öffnung der Sporthalle Im Spektefeld an Wochenenden",
 public=None, department=None, originator="Quartiersrat Falkenhagener Feld", answers=None, references=[],
 consultations=[], klimacheck=None, klima_style=None,
 themes=["kultur_sport"], themes_why="opening hours of a sports hall for youth; one subject",
 notes="PostScript letter; 'Anfrage des Quartiersrats Falkenhagener Feld an das Bezirksamt' with 'Betr.:' line; session 02.12.2026 named in the text is a lure; date from 'Berlin, 03.12.2026'. No number.",
 blocks=[
  ("p", "<b>Quartiersrat Falkenhagener Feld</b>\nc/o Quartiersmanagement - Westerwaldstraße 18 - 13589 Berlin"),
  ("hr",),
  ("p", "Bezirksamt\nAbteilung Jugend, Familie und Sport\nSportamt"),
  ("r", "Berlin, 03.12.2026"),
  ("t", "Anfrage", 13),
  ("p", "des Quartiersrats Falkenhagener Feld an das Bezirksamt"),
  ("p", "<b>Betr.: Öffnung der Sporthalle Im Spektefeld an Wochenenden</b>"),
  ("p", "In seiner Sitzung am 02.12.2026 hat der Quartiersrat beschlossen, folgende Fragen an das Bezirksamt zu richten:"),
  ("p", "1. Warum ist die Halle samstags nur bis 14 Uhr und sonntags gar nicht geöffnet?\n2. Wären Öffnungszeiten bis 20 Uhr möglich, wenn ein Verein die Aufsicht übernimmt?\n3. Welche Kosten entstünden für Hausmeisterdienst und Reinigung?"),
  ("p", "Mit freundlichen Grüßen\nRenate Kowalczyk und Mehmet Demirtas\nSprecherin und Sprecher des Quartiersrats"),
 ]))
