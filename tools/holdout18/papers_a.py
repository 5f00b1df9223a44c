"""Councils A–D: Markt Berchtesgaden (BY), Bezirksvertretung II Leverkusen (NW),
Verbandsgemeinde Arneburg-Goldbeck (ST), Amt Neustadt-Glewe (MV)."""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}  # noqa: E731

BGD = "Markt Berchtesgaden"
LEV = "Stadt Leverkusen – Bezirksvertretung für den Stadtbezirk II"
VGA = "Verbandsgemeinde Arneburg-Goldbeck"
ANG = "Amt Neustadt-Glewe"

PAPERS_A = []
add = PAPERS_A.append

# ------------------------------------------------------------------ A  Markt Berchtesgaden (BY)
add(dict(
    file="r01_berchtesgaden_2026-118_parkraum-hintergern.pdf", producer="chromium",
    layout="berchtesgaden_sessionnet_sitzungsvorlage", city=BGD,
    drucksache="2026/118", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage", date="2026-09-21",
    title="Parkraumbewirtschaftung am Wanderparkplatz Hintergern: Einführung bargeldloser Parkscheinautomaten und einer Handyparken-Lösung",
    public=True, department="Sachgebiet Tiefbau und Verkehr",
    references=["2025/041"],
    consultations=[C("Bau-, Umwelt- und Verkehrsausschuss", "2026-10-06", "Vorberatung"),
                   C("Marktgemeinderat", "2026-10-20", "Entscheidung")],
    themes=["mobilitaet", "digitalisierung", "finanzen"],
    themes_why="parking management at a hiking car park, cashless/app payment, fee revenue",
    notes="SessionNet-like print of a Bavarian Markt: two-column head (Markt + Geschäftsbereich + Sachgebiet left (department = the most specific unit, the Sachgebiet); Vorlagennummer, Aktenzeichen, Datum, Öffentlichkeit right), heading 'Sitzungsvorlage' (→ Beschlussvorlage: it carries a Beschlussvorschlag), unlabelled bold title, Beratungsfolge|Sitzung am|Öffentlichkeit|Zuständigkeit. '(Vorlage 2025/041)' → reference. 'Az. 632-14/2026', 'Haushaltsstelle 6300.5201', 'B 305', 'Tarifstufe 2' are no references.",
    opts={"font": "sans", "size": 10.5},
    blocks=[
        ("cols", ["**Markt Berchtesgaden**", "Geschäftsbereich 3 – Bauverwaltung", "Sachgebiet Tiefbau und Verkehr"],
         ["Vorlagennummer: **2026/118**", "Aktenzeichen: 632-14/2026", "Datum: 21.09.2026", "Öffentlichkeit: öffentlich"], {"lw": 0.55}),
        ("h", "Sitzungsvorlage", 15),
        ("p", "**Parkraumbewirtschaftung am Wanderparkplatz Hintergern: Einführung bargeldloser Parkscheinautomaten und einer Handyparken-Lösung**"),
        ("table", [["Beratungsfolge", "Sitzung am", "Öffentlichkeit", "Zuständigkeit"],
                   ["Bau-, Umwelt- und Verkehrsausschuss", "06.10.2026", "öffentlich", "Vorberatung"],
                   ["Marktgemeinderat", "20.10.2026", "öffentlich", "Entscheidung"]], {"w": [0.42, 0.18, 0.18, 0.22]}),
        ("h", "Sachverhalt", 11.5),
        ("p", "Der Wanderparkplatz Hintergern an der B 305 ist an Wochenenden und in den Ferien regelmäßig überlastet. Die beiden vorhandenen Parkscheinautomaten aus dem Jahr 2009 nehmen nur Münzen an; Ersatzteile sind nicht mehr lieferbar. Mit Beschluss vom 14.03.2025 (Vorlage 2025/041) hat der Marktgemeinderat die Verwaltung beauftragt, ein Konzept für eine zeitgemäße Bewirtschaftung vorzulegen."),
        ("p", "Die Verwaltung schlägt vor, zwei solarbetriebene Automaten mit Karten- und NFC-Zahlung aufzustellen und zusätzlich das Bezahlen per Smartphone über einen Handyparken-Anbieter zuzulassen. Die Tagesgebühr soll in Tarifstufe 2 von 5,00 € auf 6,00 € steigen; für Inhaberinnen und Inhaber der Gästekarte bleibt es bei 4,00 €. Die Einnahmen fließen zweckgebunden in den Unterhalt der Wanderwege und des Wanderbusses."),
        ("h", "Finanzielle Auswirkungen", 11.5),
        ("p", "Anschaffung und Montage: rund 23.800 € brutto, Haushaltsstelle 6300.5201 (Mittel im Haushalt 2026 vorhanden). Erwartete Mehreinnahmen: ca. 31.000 € jährlich."),
        ("h", "Beschlussvorschlag", 11.5),
        ("p", "Der Marktgemeinderat beschließt die Einführung bargeldloser Parkscheinautomaten und des Handyparkens am Wanderparkplatz Hintergern sowie die Änderung der Parkgebührenordnung gemäß Anlage 1 zum 01.01.2027."),
        ("sp", 1),
        ("p", "gez. Korbinian Stangassinger\nErster Bürgermeister"),
        ("small", "Anlagen: 1 Entwurf Änderung Parkgebührenordnung, 2 Lageplan"),
    ]))

add(dict(
    file="r02_berchtesgaden_antrag-gruene-fraktion_sonnendach.pdf", producer="lo-docx",
    layout="berchtesgaden_fraktion_word_antrag", city=BGD,
    doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-29",
    title="Kommunales Förderprogramm „Sonnendach Berchtesgaden“ für Photovoltaik und Stecker-Solargeräte auf Wohngebäuden",
    originator="Fraktion BÜNDNIS 90/DIE GRÜNEN im Marktgemeinderat Berchtesgaden",
    consultations=[C("Marktgemeinderat", "2026-10-20", None)],
    themes=["klima_umwelt", "finanzen"],
    themes_why="municipal solar subsidy programme with a budget line",
    notes="Fraktion letter from Word: Fraktion in the Word header, bank line with IBAN in the footer (lure), addressee left, place-date right, 'Betreff:' bold inline. 'in seiner Sitzung am 20.10.2026' → Marktgemeinderat, role null (not printed). 'Art. 57 GO' and 'Haushaltsstelle 1.7700' are no references.",
    opts={"font": "sans", "size": 10.5,
          "header": "Fraktion BÜNDNIS 90/DIE GRÜNEN im Marktgemeinderat Berchtesgaden · Theresa Graßl, Fraktionsvorsitzende",
          "footer": "Fraktionskonto: Raiffeisenbank Berchtesgadener Alpen · IBAN DE41 7106 2802 0004 5512 30 · Kontakt: gruene-fraktion-bgd@example.org"},
    blocks=[
        ("cols", ["An den", "Ersten Bürgermeister", "des Marktes Berchtesgaden", "Herrn Korbinian Stangassinger", "Am Anger 4", "83471 Berchtesgaden"],
         ["", "", "", "", "", "Berchtesgaden, 29.09.2026"], {"lw": 0.6}),
        ("sp", 1),
        ("p", "**Betreff: Antrag – Kommunales Förderprogramm „Sonnendach Berchtesgaden“ für Photovoltaik und Stecker-Solargeräte auf Wohngebäuden**"),
        ("p", "Sehr geehrter Herr Erster Bürgermeister,"),
        ("p", "die Fraktion BÜNDNIS 90/DIE GRÜNEN im Marktgemeinderat Berchtesgaden stellt folgenden Antrag und bittet, ihn in der Sitzung des Marktgemeinderates am 20.10.2026 zu behandeln:"),
        ("box", ["Der Marktgemeinderat beschließt:",
                 "1. Der Markt Berchtesgaden legt ab 2027 ein Förderprogramm „Sonnendach Berchtesgaden“ auf. Gefördert werden Photovoltaikanlagen auf Wohngebäuden mit 150 € je kWp (höchstens 1.500 €) sowie Stecker-Solargeräte mit pauschal 200 €.",
                 "2. Im Haushalt 2027 werden hierfür 60.000 € bereitgestellt (Haushaltsstelle 1.7700).",
                 "3. Die Verwaltung erarbeitet bis März 2027 eine Förderrichtlinie, die die Vorgaben der Ortsgestaltungssatzung für den Altort berücksichtigt."]),
        ("h", "Begründung", 11),
        ("p", "Nur rund 9 Prozent der geeigneten Dachflächen im Gemeindegebiet sind mit Photovoltaik belegt. Gerade im Altort halten viele Eigentümerinnen und Eigentümer Anlagen für nicht genehmigungsfähig. Ein einfaches Förderprogramm mit Beratung durch die Energieagentur des Landkreises kann hier den Ausschlag geben. Vergleichbare Programme in Nachbargemeinden waren innerhalb weniger Monate ausgeschöpft."),
        ("p", "Mit freundlichen Grüßen"),
        ("sp", 1),
        ("cols", ["Theresa Graßl", "Fraktionsvorsitzende"], ["Dr. Lukas Wimmer", "stellv. Fraktionsvorsitzender"], {"lw": 0.5}),
    ]))

add(dict(
    file="r03_berchtesgaden_niederschrift-buv-ausschuss_2026-10-06.pdf", producer="reportlab",
    layout="berchtesgaden_niederschrift_reportlab", city=BGD,
    doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-06",
    title="öffentliche Sitzung des Bau-, Umwelt- und Verkehrsausschusses",
    public=True, references=["2026/118", "2026/121", "2026/124"],
    themes=["mobilitaet", "stadtentwicklung"],
    themes_why="agenda: parking management, building applications, footbridge repair",
    notes="Two pages, ReportLab with page footer. Heading 'Niederschrift über die öffentliche Sitzung des …' → title without the type words. Vorlage numbers on the agenda items → references. 'Fl.Nr. 1183/4, Gemarkung Salzberg', 'Beschluss Nr. 57/2026' … 'Nr. 59/2026' (Beschluss numbers) and the next session date are no references/consultations.",
    opts={"font": "serif", "size": 10.5, "footer": "Markt Berchtesgaden – Niederschrift BUV 06.10.2026"},
    blocks=[
        ("pc", "**MARKT BERCHTESGADEN**"),
        ("h", "Niederschrift über die öffentliche Sitzung des Bau-, Umwelt- und Verkehrsausschusses", 13),
        ("kv", [("Sitzungstag", "Dienstag, 06.10.2026"), ("Sitzungsort", "Sitzungssaal des Rathauses"), ("Beginn / Ende", "18:00 Uhr / 20:05 Uhr"),
                ("Vorsitz", "Erster Bürgermeister Korbinian Stangassinger"), ("Schriftführung", "Verw.-Fachwirtin Monika Aschauer")], {"kw": 0.28}),
        ("p", "**Anwesend:** die Ausschussmitglieder Graßl, Hölzl, Kastner, Lochner, Moderegger, Pfnür, Dr. Wimmer; von der Verwaltung Bauamtsleiter Fendt. **Entschuldigt:** Ausschussmitglied Brandner (vertreten durch Marktgemeinderätin Walch)."),
        ("p", "Der Vorsitzende eröffnet die Sitzung, stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest. Einwände gegen die Tagesordnung werden nicht erhoben."),
        ("h", "TOP 1  Genehmigung der Niederschrift vom 08.09.2026", 11),
        ("p", "Die Niederschrift wird ohne Änderungen genehmigt. Abstimmung: 8 : 0"),
        ("h", "TOP 2  Parkraumbewirtschaftung am Wanderparkplatz Hintergern (Vorlage 2026/118)", 11),
        ("p", "Bauamtsleiter Fendt erläutert die Vorlage. Ausschussmitglied Kastner fragt nach den Gebühren für Einheimische; die Verwaltung sagt eine Prüfung einer Jahresparkkarte zu. Ausschussmitglied Dr. Wimmer regt an, die Einnahmen auch für den Wanderbus zu verwenden."),
        ("p", "**Beschluss Nr. 57/2026:** Der Ausschuss empfiehlt dem Marktgemeinderat, die Parkraumbewirtschaftung entsprechend der Vorlage zu beschließen. Abstimmung: 7 : 1"),
        ("h", "TOP 3  Bauantrag: Neubau eines Zweifamilienhauses mit Doppelgarage, Fl.Nr. 1183/4, Gemarkung Salzberg (Vorlage 2026/121)", 11),
        ("p", "Das Vorhaben liegt im Geltungsbereich des Bebauungsplans „Oberau-Süd“. Die beantragte Befreiung von der festgesetzten Dachneigung (28° statt 22°) wird von der Verwaltung befürwortet, da sie sich an der Nachbarbebauung orientiert."),
        ("p", "**Beschluss Nr. 58/2026:** Das gemeindliche Einvernehmen wird erteilt; der Befreiung wird zugestimmt. Abstimmung: 8 : 0"),
        ("page",),
        ("h", "TOP 4  Instandsetzung der Fußgängerbrücke über die Ache am Kurgarten (Vorlage 2026/124)", 11),
        ("p", "Die Brückenprüfung 2026 hat Schäden am Holzbelag und an zwei Lagern ergeben (Zustandsnote 2,9). Die Verwaltung schlägt eine Instandsetzung im Frühjahr 2027 mit geschätzten Kosten von 148.000 € vor; eine Vollsperrung von etwa sechs Wochen ist unvermeidbar."),
        ("p", "**Beschluss Nr. 59/2026:** Der Ausschuss stimmt der Instandsetzung zu und beauftragt die Verwaltung mit der Ausschreibung. Abstimmung: 8 : 0"),
        ("h", "TOP 5  Bekanntgaben und Anfragen", 11),
        ("p", "Der Vorsitzende gibt bekannt, dass die Asphaltarbeiten in der Gmundbrückenstraße witterungsbedingt erst am 19.10.2026 beginnen. Die nächste Sitzung des Ausschusses findet am 10.11.2026 statt."),
        ("p", "Ende der öffentlichen Sitzung: 20:05 Uhr"),
        ("sp", 1),
        ("cols", ["Korbinian Stangassinger", "Vorsitzender"], ["Monika Aschauer", "Schriftführerin"], {"lw": 0.5}),
    ]))

add(dict(
    file="r04_berchtesgaden_beantwortung-anfrage-kastner_starkregen.pdf", producer="lo-html",
    layout="berchtesgaden_beantwortung_html", city=BGD,
    doc_type="Antwort", doc_type_printed="Beantwortung", date="2026-10-02",
    title="Schäden an Gemeindeverbindungsstraßen nach dem Starkregen vom 17. Juli 2026",
    department="Bauverwaltung – Tiefbau und Bauhof",
    consultations=[C("Marktgemeinderat", "2026-10-20", "Kenntnisnahme")],
    themes=["mobilitaet", "klima_umwelt"],
    themes_why="storm damage to municipal roads, flash-flood adaptation of drainage",
    notes="Answer to a member's Anfrage (no number) printed 'Beantwortung einer Anfrage' with a key list; 'Gegenstand:' → title. 'Bekanntgabe in der Sitzung des Marktgemeinderates am 20.10.2026' → role Kenntnisnahme (Bekanntgabe = for information). The member (Marktgemeinderat Josef Kastner) asked; the answer is the administration's → originator null, answers null (the Anfrage has no number). 'Anfrage vom 08.09.2026' is no paper date.",
    opts={"font": "sans", "size": 10.5},
    blocks=[
        ("pr", "Markt Berchtesgaden\nBauverwaltung – Tiefbau und Bauhof"),
        ("h", "Beantwortung einer Anfrage", 14),
        ("kv", [("Anfrage von", "Marktgemeinderat Josef Kastner (CSU)"), ("Anfrage vom", "08.09.2026"),
                ("Gegenstand", "**Schäden an Gemeindeverbindungsstraßen nach dem Starkregen vom 17. Juli 2026**"),
                ("Bekanntgabe", "in der Sitzung des Marktgemeinderates am 20.10.2026")], {"kw": 0.25}),
        ("rule",),
        ("p", "**Frage 1: Welche Gemeindeverbindungsstraßen wurden beschädigt und in welchem Umfang?**"),
        ("p", "Betroffen sind die Verbindungen Oberau – Resten (Unterspülung auf rund 60 m), Metzenleiten – Unterstein (Böschungsrutschung) und der Wirtschaftsweg am Rostwald (drei zerstörte Durchlässe). Die Straßen waren zwischen zwei und elf Tagen gesperrt."),
        ("p", "**Frage 2: Wie hoch sind die Kosten und wer trägt sie?**"),
        ("p", "Die Sofortmaßnahmen des Bauhofs kosteten 41.300 €. Für die endgültige Wiederherstellung werden 385.000 € geschätzt. Ein Antrag auf Billigkeitsleistungen nach den Richtlinien für Unwetterschäden ist gestellt; erwartet wird eine Förderung von bis zu 50 Prozent."),
        ("p", "**Frage 3: Welche Vorsorge ist künftig geplant?**"),
        ("p", "Die Durchlässe werden mit größeren Querschnitten (DN 800 statt DN 500) neu gebaut. Zudem erstellt die Verwaltung 2027 ein kommunales Sturzflut-Risikomanagement, für das eine Förderung von 75 Prozent beantragt werden kann."),
        ("sp", 1),
        ("p", "Berchtesgaden, 02.10.2026"),
        ("p", "gez. Fendt, Bauamtsleiter"),
    ]))

add(dict(
    file="r05_berchtesgaden_einladung-marktgemeinderat_2026-10-20.pdf", producer="ps",
    layout="berchtesgaden_ladung_postscript", city=BGD,
    doc_type="Einladung", doc_type_printed="Einladung", date="2026-10-09",
    title="31. Sitzung des Marktgemeinderates",
    public=True, references=["2026/118", "2026/131", "2026/127"],
    themes=["mobilitaet", "klima_umwelt", "finanzen"],
    themes_why="agenda: parking management, solar subsidy motion, supplementary budget",
    notes="Hand-written PostScript through Ghostscript (an in-house print of the Rathaus), Times. Heading 'Einladung' then 'zur 31. Sitzung des Marktgemeinderates' → title. 'Öffentliche Sitzung' with a nichtöffentlicher Teil → public true. The Antrag (TOP 3) got Vorlage 2026/131 → reference; 'Beantwortung der Anfrage' has no number.",
    opts={"font": "serif", "size": 10.5, "creator": "RATHAUS-DV Druckdienst 4.2", "footer": "Markt Berchtesgaden - Der Erste Bürgermeister"},
    blocks=[
        ("cols", ["**MARKT BERCHTESGADEN**", "Der Erste Bürgermeister"], ["Berchtesgaden, 09.10.2026"], {"lw": 0.65}),
        ("p", "An die Mitglieder des Marktgemeinderates"),
        ("sp", 1),
        ("h", "Einladung", 16),
        ("h", "zur 31. Sitzung des Marktgemeinderates", 12),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "zur Sitzung des Marktgemeinderates am Dienstag, 20.10.2026, 19:00 Uhr, im Sitzungssaal des Rathauses lade ich Sie herzlich ein. Die Sitzung ist öffentlich; die Punkte 7 und 8 werden nichtöffentlich beraten."),
        ("h", "Tagesordnung", 12),
        ("p", "**Öffentliche Sitzung**"),
        ("table", [["Nr.", "Gegenstand", "Vorlage"],
                   ["1", "Genehmigung der Niederschrift vom 22.09.2026", ""],
                   ["2", "Parkraumbewirtschaftung am Wanderparkplatz Hintergern", "2026/118"],
                   ["3", "Antrag der Fraktion BÜNDNIS 90/DIE GRÜNEN: Förderprogramm Sonnendach Berchtesgaden", "2026/131"],
                   ["4", "Nachtragshaushaltssatzung 2026", "2026/127"],
                   ["5", "Beantwortung der Anfrage von Marktgemeinderat Kastner (Starkregenschäden)", ""],
                   ["6", "Bekanntgaben, Wünsche und Anfragen", ""]], {"w": [0.08, 0.74, 0.18]}),
        ("p", "**Nichtöffentliche Sitzung**"),
        ("table", [["Nr.", "Gegenstand", "Vorlage"],
                   ["7", "Grundstücksangelegenheiten", ""],
                   ["8", "Personalangelegenheiten", ""]], {"w": [0.08, 0.74, 0.18]}),
        ("p", "Mit freundlichen Grüßen"),
        ("sp", 1),
        ("p", "Korbinian Stangassinger\nErster Bürgermeister"),
    ]))

# ------------------------------------------------------------------ B  Bezirksvertretung II, Leverkusen (NW)
add(dict(
    file="r06_leverkusen-bv2_2026-3187_quettinger-marktplatz.pdf", producer="lo-docx",
    layout="leverkusen_session_vorlage_word", city=LEV,
    drucksache="2026/3187", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-14",
    title="Umgestaltung des Quettinger Marktplatzes – Ausführungsbeschluss",
    public=True, department="Fachbereich Stadtplanung",
    references=["2025/2741"],
    consultations=[C("Bezirksvertretung für den Stadtbezirk II", "2026-11-09", "Entscheidung")],
    klimacheck="positive", klima_style="checkbox_ja_positiv_ja_negativ_nein",
    themes=["stadtentwicklung", "klima_umwelt"],
    themes_why="redesign of a district square with unsealing, trees and rainwater retention",
    notes="Word template of a kreisfreie Stadt: 'Stadt Leverkusen' / 'Vorlage Nr. 2026/3187' in a ruled head table with 'Der Oberbürgermeister', 'Dezernat/Fachbereich/AZ' (V/61 – lure parts) and a separate 'Federführung' row (→ department). Beratungsfolge|Datum|Zuständigkeit|Status with one öffentlich row → public true. Klima block '☐ nein ☒ ja, positiv ☐ ja, negativ'. '(Vorlage Nr. 2025/2741)' → reference; 'Az. 61-613-26-ha', 'PSP-Element 5.120104.700.001' no references.",
    opts={"font": "sans", "size": 10.5, "footer": "Vorlage Nr. 2026/3187 – Seite 1"},
    blocks=[
        ("kv", [("Stadt Leverkusen", "**Vorlage Nr. 2026/3187**"), ("Der Oberbürgermeister", ""),
                ("Dezernat/Fachbereich/AZ", "V/61 – 613-26-ha"), ("Federführung", "Fachbereich Stadtplanung"), ("Datum", "14.10.2026")],
         {"rule": True, "colon": False, "kw": 0.35}),
        ("h", "Beschlussvorlage", 14),
        ("table", [["Beratungsfolge", "Datum", "Zuständigkeit", "Status"],
                   ["Bezirksvertretung für den Stadtbezirk II", "09.11.2026", "Entscheidung", "öffentlich"]], {"w": [0.46, 0.16, 0.22, 0.16]}),
        ("p", "**Betreff:**\n**Umgestaltung des Quettinger Marktplatzes – Ausführungsbeschluss**"),
        ("h", "Beschlussentwurf:", 11),
        ("p", "Die Bezirksvertretung für den Stadtbezirk II beschließt die Umgestaltung des Quettinger Marktplatzes auf Grundlage der Entwurfsplanung (Anlage 1) mit Gesamtkosten von 1.260.000 € und beauftragt die Verwaltung mit der Ausschreibung."),
        ("h", "Begründung:", 11),
        ("p", "Die Bezirksvertretung hat am 17.03.2025 den Vorentwurf zustimmend zur Kenntnis genommen (Vorlage Nr. 2025/2741). Die Entwurfsplanung greift die Ergebnisse der Bürgerwerkstatt im Mai 2026 auf: Die Asphaltfläche wird um rund 1.100 m² entsiegelt, es werden 14 Bäume in Baumrigolen gepflanzt, und ein Wasserspiel ersetzt den defekten Brunnen. Der Wochenmarkt behält seine Standfläche; Stromanschlüsse für Marktbeschicker werden im Boden versenkt."),
        ("p", "Die Maßnahme wird aus dem Programm „Klimaanpassung in urbanen Räumen“ mit 60 Prozent gefördert. Der Eigenanteil von 504.000 € ist im Haushalt 2027 unter PSP-Element 5.120104.700.001 veranschlagt."),
        ("h", "Auswirkungen auf den Klimaschutz und die Klimafolgenanpassung:", 11),
        ("p", "☐ nein     ☒ ja, positiv     ☐ ja, negativ"),
        ("p", "Entsiegelung, Verdunstung und Verschattung senken die Oberflächentemperatur des Platzes an Hitzetagen deutlich; Starkregen wird in den Baumrigolen zurückgehalten."),
        ("sp", 1),
        ("p", "In Vertretung\ngez. Dr. Anneliese Brückmann\nBeigeordnete"),
    ]))

add(dict(
    file="r07_leverkusen-bv2_2026-3211_antrag-cdu_zebrastreifen.pdf", producer="chromium",
    layout="leverkusen_session_antrag_print", city=LEV,
    drucksache="2026/3211", doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-16",
    title="Fußgängerüberweg am Quettinger Feldweg vor der Gemeinschaftsgrundschule",
    public=True, originator="CDU-Fraktion in der Bezirksvertretung für den Stadtbezirk II",
    consultations=[C("Bezirksvertretung für den Stadtbezirk II", "2026-11-09", "Entscheidung")],
    themes=["mobilitaet", "sicherheit_ordnung", "bildung"],
    themes_why="pedestrian crossing for a primary school way (road safety)",
    notes="A Fraktion's Antrag printed by the council information system with its own number: head line 'Antrag Nr. 2026/3211', 'Antragsteller:' key, a Beratungsfolge row with role 'Entscheidung' (printed, so kept), Status öffentlich. Title after 'Betreff:'. 'StVO § 45 Abs. 9', 'R-FGÜ 2001' are no references.",
    opts={"font": "sans", "size": 10.5},
    blocks=[
        ("cols", ["**Stadt Leverkusen**"], ["**Antrag Nr. 2026/3211**"], {"lw": 0.6}),
        ("rule",),
        ("kv", [("Antragsteller", "CDU-Fraktion in der Bezirksvertretung für den Stadtbezirk II"), ("Datum", "16.10.2026"), ("Status", "öffentlich")], {"kw": 0.22}),
        ("table", [["Beratungsfolge", "Sitzung", "Zuständigkeit"],
                   ["Bezirksvertretung für den Stadtbezirk II", "09.11.2026", "Entscheidung"]], {"w": [0.56, 0.2, 0.24]}),
        ("p", "**Betreff: Fußgängerüberweg am Quettinger Feldweg vor der Gemeinschaftsgrundschule**"),
        ("p", "Die Bezirksvertretung für den Stadtbezirk II möge beschließen:"),
        ("p", "Die Verwaltung wird beauftragt, am Quettinger Feldweg in Höhe des Haupteingangs der Gemeinschaftsgrundschule einen Fußgängerüberweg („Zebrastreifen“) mit beidseitigen Gehwegnasen einzurichten und die Querungsstelle bis zur Umsetzung durch Schulweghelfer zu sichern."),
        ("p", "**Begründung:**"),
        ("p", "Morgens queren in der halben Stunde vor Schulbeginn mehr als 120 Kinder den Quettinger Feldweg. Eine Verkehrszählung des Fördervereins ergab in dieser Zeit 410 Kraftfahrzeuge. Die Voraussetzungen der R-FGÜ 2001 sind damit erfüllt. Die Maßnahme kann nach § 45 Abs. 9 StVO angeordnet werden, weil eine besondere Gefahrenlage besteht: Der Gehweg endet auf der Schulseite vor der Einmündung."),
        ("sp", 1),
        ("p", "Frank Oberdörster\nFraktionsvorsitzender"),
    ]))

add(dict(
    file="r08_leverkusen-bv2_2026-3220_anfrage-roggenkamp_sporthalle.pdf", producer="reportlab",
    layout="leverkusen_einzelvertreter_anfrage_reportlab", city=LEV,
    drucksache="2026/3220", doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-12",
    title="Sachstand Sanierung der Sporthalle Lützenkirchen und Ersatzflächen für Schul- und Vereinssport",
    originator="Dr. Malte Roggenkamp",
    consultations=[C("Bezirksvertretung für den Stadtbezirk II", "2026-11-09", None)],
    themes=["kultur_sport", "bildung"],
    themes_why="closed gym: school sport and club sport replacement space",
    notes="Anfrage of a single member (Einzelvertreter) under § 17 GeschO, ReportLab, letter-like head with the sender block right, 'Nr. 2026/3220' stamped by the Büro der Bezirksvertretung (small line). 'zur Sitzung … am 09.11.2026' → consultation, role null. Originator by name.",
    opts={"font": "sans", "size": 10.5},
    blocks=[
        ("cols", ["An den", "Bezirksvorsteher des Stadtbezirks II", "Herrn Wilfried Hoppe", "über das Büro der Bezirksvertretung"],
         ["Dr. Malte Roggenkamp", "Bezirksvertreter (Klimaliste)", "Heidgesweg 12", "51381 Leverkusen", "", "Leverkusen, 12.10.2026"], {"lw": 0.55}),
        ("small", "Eingangsstempel Büro BV II – Nr. 2026/3220"),
        ("h", "Anfrage gemäß § 17 der Geschäftsordnung", 13),
        ("p", "**Sachstand Sanierung der Sporthalle Lützenkirchen und Ersatzflächen für Schul- und Vereinssport**"),
        ("p", "zur Sitzung der Bezirksvertretung für den Stadtbezirk II am 09.11.2026"),
        ("p", "Sehr geehrter Herr Bezirksvorsteher,"),
        ("p", "die Sporthalle Lützenkirchen ist seit den Osterferien wegen Schäden an der Dachkonstruktion gesperrt. Die Grundschule und drei Vereine mit zusammen rund 700 Mitgliedern weichen seither auf Hallen in anderen Stadtteilen aus. Ich bitte um Beantwortung folgender Fragen:"),
        ("p", "1. Welche Schäden wurden festgestellt, und wann ist mit einer Wiedereröffnung zu rechnen?\n2. Welche Kosten sind für die Sanierung veranschlagt, und sind sie im Haushalt 2027 abgesichert?\n3. Welche Ersatzzeiten stehen dem Schulsport und den Vereinen bis dahin zur Verfügung?\n4. Wird eine mobile Traglufthalle als Übergangslösung geprüft?"),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Dr. Malte Roggenkamp"),
    ]))

add(dict(
    file="r09_leverkusen-bv2_stellungnahme-verwaltung_anfrage-2026-3220.pdf", producer="gs-chromium",
    layout="leverkusen_stellungnahme_verwaltung_gs", city=LEV,
    doc_type="Antwort", doc_type_printed="Stellungnahme", date="2026-10-30",
    title="Sachstand Sanierung der Sporthalle Lützenkirchen und Ersatzflächen für Schul- und Vereinssport",
    department="Fachbereich Gebäudewirtschaft",
    answers="2026/3220",
    consultations=[C("Bezirksvertretung für den Stadtbezirk II", "2026-11-09", "Kenntnisnahme")],
    themes=["kultur_sport", "bildung"],
    themes_why="answer on gym repair: club and school sport (Antwort = the Anfrage's themes)",
    notes="NW habit: the administration's answer printed as 'Stellungnahme der Verwaltung' → Antwort, printed 'Stellungnahme'; no own number → drucksache null, answers 2026/3220 ('zur Anfrage Nr. 2026/3220'). Chromium PDF re-distilled by Ghostscript. 'zur Kenntnis' after the session line → Kenntnisnahme. 'Gebäude-Nr. 4411' and 'PSP 4.080101' are no references.",
    opts={"font": "sans", "size": 10.5},
    blocks=[
        ("cols", ["**Stadt Leverkusen**", "Der Oberbürgermeister", "Fachbereich Gebäudewirtschaft"], ["Leverkusen, 30.10.2026"], {"lw": 0.65}),
        ("h", "Stellungnahme der Verwaltung", 14),
        ("kv", [("zur Anfrage Nr.", "2026/3220 von Bezirksvertreter Dr. Malte Roggenkamp vom 12.10.2026"),
                ("Sitzung", "Bezirksvertretung für den Stadtbezirk II, 09.11.2026 – zur Kenntnis"),
                ("Betreff", "**Sachstand Sanierung der Sporthalle Lützenkirchen und Ersatzflächen für Schul- und Vereinssport**")], {"kw": 0.22}),
        ("rule",),
        ("p", "**Zu 1.** Bei der Sonderprüfung wurden Risse an zwei Brettschichtholzbindern festgestellt (Gebäude-Nr. 4411). Die Binder werden ersetzt; die Halle soll nach den Sommerferien 2027 wieder zur Verfügung stehen."),
        ("p", "**Zu 2.** Die Kosten werden auf 2,4 Mio. € geschätzt. Im Entwurf des Haushalts 2027 sind unter PSP 4.080101 Mittel in Höhe von 2,1 Mio. € veranschlagt; die Differenz wird mit der Veränderungsliste nachgemeldet."),
        ("p", "**Zu 3.** Der Schulsport findet in der Halle der Realschule Opladen statt (Bustransfer). Den Vereinen wurden 14 Wochenstunden in den Hallen Bergisch Neukirchen und Quettingen zugewiesen; das entspricht rund 60 Prozent der bisherigen Zeiten."),
        ("p", "**Zu 4.** Eine Traglufthalle wurde geprüft und wegen Miet- und Energiekosten von rund 310.000 € für zwölf Monate verworfen."),
        ("sp", 1),
        ("p", "gez. Schellenberg"),
    ]))

add(dict(
    file="r10_leverkusen-bv2_2026-3240_mitteilung-ladeinfrastruktur.pdf", producer="lo-html",
    layout="leverkusen_mitteilung_html", city=LEV,
    drucksache="2026/3240", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilung", date="2026-10-21",
    title="Ausbau der öffentlichen Ladeinfrastruktur im Stadtbezirk II – Standorte 2027",
    public=True, department="Fachbereich Mobilität und Straßenverkehr",
    consultations=[C("Bezirksvertretung für den Stadtbezirk II", "2026-11-09", "Kenntnisnahme"),
                   C("Bau- und Planungsausschuss", "2026-11-16", "Kenntnisnahme")],
    themes=["mobilitaet", "klima_umwelt"],
    themes_why="public EV charging points",
    notes="'Mitteilung zur Kenntnisnahme' heading → Mitteilungsvorlage, printed 'Mitteilung'. HTML through LibreOffice (tables without rules). Key list 'Nummer', 'Fachbereich', 'Datum', 'Status'; Beratungsfolge as free lines 'Gremium – Datum – zur Kenntnis'. The Stadtwerke's contract '(Konzessionsvertrag vom 2019)' and 'Ladesäulenverordnung' no references.",
    opts={"font": "serif", "size": 11},
    blocks=[
        ("p", "**Stadt Leverkusen** · Der Oberbürgermeister"),
        ("h", "Mitteilung zur Kenntnisnahme", 15),
        ("kv", [("Nummer", "2026/3240"), ("Fachbereich", "Fachbereich Mobilität und Straßenverkehr"), ("Datum", "21.10.2026"), ("Status", "öffentlich")], {"kw": 0.2}),
        ("p", "**Beratungsfolge:**\nBezirksvertretung für den Stadtbezirk II – 09.11.2026 – zur Kenntnis\nBau- und Planungsausschuss – 16.11.2026 – zur Kenntnis"),
        ("p", "**Ausbau der öffentlichen Ladeinfrastruktur im Stadtbezirk II – Standorte 2027**"),
        ("h", "Inhalt der Mitteilung", 12),
        ("p", "Im Stadtbezirk II stehen derzeit 38 öffentlich zugängliche Ladepunkte zur Verfügung. Nach dem Masterplan Ladeinfrastruktur sollen bis Ende 2027 weitere 24 Ladepunkte an acht Standorten entstehen, darunter am Bahnhof Opladen, in Bergisch Neukirchen am Bürgerhaus und in Lützenkirchen am Friedhofsparkplatz."),
        ("p", "Errichtung und Betrieb übernimmt die Energieversorgung im Rahmen des bestehenden Konzessionsvertrags; der Stadt entstehen keine Kosten. Die Standorte wurden mit der Netzauslastung abgeglichen und werden in der Sitzung anhand von Karten vorgestellt."),
        ("p", "gez. Lindemann-Scholz"),
    ]))

# ------------------------------------------------------------------ C  Verbandsgemeinde Arneburg-Goldbeck (ST)
add(dict(
    file="r11_arneburg-goldbeck_vgr-bv-045-2026_brandschutzbedarfsplan.pdf", producer="reportlab",
    layout="arneburg_goldbeck_beschlussvorlage_reportlab", city=VGA,
    drucksache="VGR-BV 045/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-02",
    title="Fortschreibung der Risikoanalyse und des Brandschutzbedarfsplanes der Verbandsgemeinde Arneburg-Goldbeck 2027–2031",
    public=True, department="Ordnungsamt, Sachgebiet Brandschutz",
    references=["VGR-BV 017/2021"],
    consultations=[C("Haupt- und Finanzausschuss", "2026-10-21", "Vorberatung"),
                   C("Verbandsgemeinderat", "2026-11-04", "Entscheidung")],
    themes=["sicherheit_ordnung", "finanzen"],
    themes_why="fire brigade needs plan with vehicle and equipment investments",
    notes="ReportLab, DejaVu Sans: head table with the number right ('Drucksache-Nr.:'), public as checkboxes '☒ öffentlich ☐ nichtöffentlich' (→ true), 'Gegenstand:' → title; Beratungsfolge Gremium|Termin|Beratungsart with 'vorberatend' / 'beschließend' (→ Vorberatung / Entscheidung). Two pages with an investment table. '(Drucksache VGR-BV 017/2021)' → reference; 'HLF 20', 'TSF-W', '§ 2 BrSchG', 'Beschluss-Nr. 112/2021' no references.",
    opts={"font": "dejavu", "size": 9.5, "footer": "Verbandsgemeinde Arneburg-Goldbeck · Drucksache VGR-BV 045/2026"},
    blocks=[
        ("cols", ["**Verbandsgemeinde Arneburg-Goldbeck**", "Der Verbandsgemeindebürgermeister", "Ordnungsamt, Sachgebiet Brandschutz"],
         ["Drucksache-Nr.: **VGR-BV 045/2026**", "Datum: 02.10.2026", "☒ öffentlich   ☐ nichtöffentlich"], {"lw": 0.58}),
        ("h", "Beschlussvorlage", 14),
        ("kv", [("Gegenstand", "**Fortschreibung der Risikoanalyse und des Brandschutzbedarfsplanes der Verbandsgemeinde Arneburg-Goldbeck 2027–2031**")], {"kw": 0.16}),
        ("table", [["Gremium", "Termin", "Beratungsart"],
                   ["Haupt- und Finanzausschuss", "21.10.2026", "vorberatend"],
                   ["Verbandsgemeinderat", "04.11.2026", "beschließend"]], {"w": [0.5, 0.22, 0.28]}),
        ("h", "Beschlussvorschlag:", 11),
        ("p", "Der Verbandsgemeinderat beschließt die als Anlage beigefügte Fortschreibung der Risikoanalyse und des Brandschutzbedarfsplanes für die Jahre 2027 bis 2031."),
        ("h", "Sachverhalt:", 11),
        ("p", "Nach § 2 BrSchG hat die Verbandsgemeinde eine den örtlichen Verhältnissen entsprechende leistungsfähige Feuerwehr aufzustellen. Der letzte Brandschutzbedarfsplan wurde 2021 beschlossen (Drucksache VGR-BV 017/2021, Beschluss-Nr. 112/2021). Die Fortschreibung berücksichtigt die neue Gefahrenlage durch Vegetationsbrände in der Elbniederung, die gestiegenen Einsätze auf der B 189 und die Tagesverfügbarkeit der Einsatzkräfte."),
        ("p", "Von den 14 Ortsfeuerwehren erreichen tagsüber nur neun die geforderte Mindeststärke von sechs Einsatzkräften. Die Planung sieht daher Ausrückegemeinschaften zwischen Iden und Rochau sowie zwischen Eichstedt und Goldbeck vor. Die Hilfsfrist von 12 Minuten wird in 88 Prozent der Ortslagen eingehalten; für Hohenberg-Krusemark wird ein zusätzliches Fahrzeug am Standort Ellingen vorgesehen."),
        ("page",),
        ("h", "Finanzielle Auswirkungen:", 11),
        ("table", [["Maßnahme", "Jahr", "Kosten (€)"],
                   ["HLF 20 für die Ortsfeuerwehr Arneburg", "2027", "520.000"],
                   ["TSF-W für die Ortsfeuerwehr Iden", "2028", "210.000"],
                   ["Ersatz Atemschutzgeräte (24 Stück)", "2027", "96.000"],
                   ["Ausbau Löschwasserentnahmestellen", "2027–2031", "180.000"]], {"w": [0.6, 0.18, 0.22]}),
        ("p", "Für die Fahrzeuge werden Zuwendungen nach der Feuerwehrförderrichtlinie des Landes beantragt."),
        ("sp", 1),
        ("p", "Jens-Uwe Mertens\nVerbandsgemeindebürgermeister"),
    ]))

add(dict(
    file="r12_arneburg-goldbeck_vgr-iv-012-2026_ozg-sachstand.pdf", producer="chromium",
    layout="arneburg_goldbeck_informationsvorlage_keytable", city=VGA,
    drucksache="VGR-IV 012/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-10-05",
    title="Umsetzung des Onlinezugangsgesetzes – Sachstand der digitalen Verwaltungsleistungen der Verbandsgemeinde",
    public=True, department="Hauptamt – IT-Koordination",
    consultations=[C("Haupt- und Finanzausschuss", "2026-10-21", "Kenntnisnahme"),
                   C("Verbandsgemeinderat", "2026-11-04", "Kenntnisnahme")],
    klimacheck="neutral", klima_style="text_keine",
    themes=["digitalisierung", "verwaltung"],
    themes_why="status of online administrative services",
    notes="Ruled key table with bold keys (Vorlagenart, Drucksache, Einreicher, Federführendes Amt, Datum, Öffentlichkeit); 'Einreicher: Verbandsgemeindebürgermeister' → no originator. Beratung as free lines with 'Kenntnisnahme'. 'Klimarelevanz: keine' (text) → neutral. 'OZG 2.0', 'EfA-Leistung', 'Servicekonto Sachsen-Anhalt' no references.",
    opts={"font": "sans", "size": 10},
    blocks=[
        ("p", "**Verbandsgemeinde Arneburg-Goldbeck**"),
        ("kv", [("Vorlagenart", "Informationsvorlage"), ("Drucksache", "VGR-IV 012/2026"), ("Einreicher", "Verbandsgemeindebürgermeister"),
                ("Federführendes Amt", "Hauptamt – IT-Koordination"), ("Datum", "05.10.2026"), ("Öffentlichkeit", "öffentlich")],
         {"rule": True, "boldkey": True, "colon": False, "kw": 0.3}),
        ("p", "**Beratung:**\nHaupt- und Finanzausschuss, 21.10.2026, Kenntnisnahme\nVerbandsgemeinderat, 04.11.2026, Kenntnisnahme"),
        ("p", "**Gegenstand:** Umsetzung des Onlinezugangsgesetzes – Sachstand der digitalen Verwaltungsleistungen der Verbandsgemeinde"),
        ("h", "Information", 12),
        ("p", "Von den 118 für die Verbandsgemeinde relevanten Verwaltungsleistungen sind 46 vollständig online beantragbar, darunter Meldebescheinigungen, Gewerbeanzeigen, die Hundesteueranmeldung und Anträge auf Kita-Plätze. Weitere 31 Leistungen werden als EfA-Leistungen des Landes bis Mitte 2027 angebunden."),
        ("p", "Seit Juni 2026 ist das Servicekonto Sachsen-Anhalt mit dem Dokumentenmanagement der Verwaltung verbunden; eingehende Anträge landen direkt in der E-Akte des zuständigen Sachgebiets. Die Zahl der Vorsprachen im Bürgerbüro Goldbeck ist im ersten Halbjahr um 18 Prozent gesunken."),
        ("p", "Für ältere Bürgerinnen und Bürger bietet die Verwaltung ab November in Arneburg und Goldbeck monatliche Sprechstunden „Digital zum Amt“ an."),
        ("p", "**Klimarelevanz:** keine"),
        ("p", "Jens-Uwe Mertens"),
    ]))

add(dict(
    file="r13_arneburg-goldbeck_antrag-fraktion-bfa_kita-kostenbeitraege.pdf", producer="lo-docx",
    layout="arneburg_goldbeck_fraktion_word_antrag", city=VGA,
    doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-12",
    title="Aussetzung der Erhöhung der Kostenbeiträge für Kindertageseinrichtungen zum 01.01.2027",
    originator="Fraktion Bürger für die Altmark",
    references=["VGR-BV 038/2026"],
    consultations=[C("Verbandsgemeinderat", "2026-11-04", None)],
    themes=["soziales", "finanzen", "bildung"],
    themes_why="childcare fees for parents, budget effect, early education",
    notes="Word letter, sender block left top, 'Antrag' as a heading over a bold subject without label. '(Drucksache VGR-BV 038/2026)' → reference; 'Beschluss-Nr. 031/2026' and '§ 13 KiFöG' no references. Session request 'zur Sitzung des Verbandsgemeinderates am 04.11.2026' → role null. Originator as printed in the body.",
    opts={"font": "serif", "size": 11},
    blocks=[
        ("p", "Fraktion Bürger für die Altmark\nim Verbandsgemeinderat Arneburg-Goldbeck\nc/o Heike Schulenburg · Dorfstraße 21 · 39596 Iden"),
        ("sp", 1),
        ("cols", ["Verbandsgemeinde Arneburg-Goldbeck", "Vorsitzender des Verbandsgemeinderates", "Herrn Ralf Kniestedt"], ["", "", "Iden, 12.10.2026"], {"lw": 0.6}),
        ("h", "Antrag", 15),
        ("p", "**Aussetzung der Erhöhung der Kostenbeiträge für Kindertageseinrichtungen zum 01.01.2027**"),
        ("p", "zur Sitzung des Verbandsgemeinderates am 04.11.2026"),
        ("p", "Die Fraktion Bürger für die Altmark beantragt:"),
        ("p", "1. Die mit Beschluss-Nr. 031/2026 vorgesehene Erhöhung der Kostenbeiträge für Krippe, Kindergarten und Hort um durchschnittlich 11 Prozent wird für das Jahr 2027 ausgesetzt.\n2. Die Verwaltung legt bis zum 31.03.2027 eine Kalkulation vor, die Geschwisterermäßigungen nach § 13 KiFöG ausweitet."),
        ("p", "**Begründung**"),
        ("p", "Die Kalkulation zur Satzungsänderung (Drucksache VGR-BV 038/2026) zeigt, dass der Anstieg vor allem auf gestiegene Personalkosten zurückgeht, die das Land teilweise ausgleicht. Familien in den Ortsteilen tragen zugleich höhere Fahrtkosten, weil mehrere Einrichtungen nur noch verkürzte Öffnungszeiten anbieten. Der Ausfall von rund 64.000 € kann aus der Ausgleichsrücklage gedeckt werden."),
        ("sp", 1),
        ("p", "Heike Schulenburg, Fraktionsvorsitzende"),
    ]))

add(dict(
    file="r14_arneburg-goldbeck_niederschrift-verbandsgemeinderat_2026-11-04.pdf", producer="lo-html",
    layout="arneburg_goldbeck_niederschrift_html", city=VGA,
    doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-11-04",
    title="23. Sitzung des Verbandsgemeinderates Arneburg-Goldbeck",
    public=True, references=["VGR-BV 045/2026", "VGR-BV 038/2026", "VGR-BV 047/2026", "VGR-IV 012/2026"],
    themes=["sicherheit_ordnung", "soziales", "finanzen"],
    themes_why="agenda: fire brigade plan, Kita fees, supplementary spending (the online-services report is one information item)",
    notes="Two pages, HTML through LibreOffice. Heading 'Niederschrift über die 23. Sitzung des Verbandsgemeinderates Arneburg-Goldbeck' + 'öffentlicher Teil' → public true. Drucksachen in the item lines → references; the Fraktion's Antrag has none. 'Beschluss-Nr. 141/2026'–'144/2026' no references; the next session date is no consultation.",
    opts={"font": "sans", "size": 10},
    blocks=[
        ("pc", "Verbandsgemeinde Arneburg-Goldbeck"),
        ("h", "Niederschrift über die 23. Sitzung des Verbandsgemeinderates Arneburg-Goldbeck", 13),
        ("p", "– öffentlicher Teil –"),
        ("kv", [("Datum", "04.11.2026"), ("Ort", "Saal der Verwaltung, Goldbeck"), ("Beginn", "18:30 Uhr"), ("Ende", "21:10 Uhr")], {"kw": 0.15}),
        ("p", "**Anwesend:** 18 von 20 Mitgliedern, der Verbandsgemeindebürgermeister Mertens; **entschuldigt:** Frau Tiedge, Herr Wolter. Vorsitz: Ralf Kniestedt. Protokoll: Sandra Ehlert."),
        ("p", "**TOP 1 Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung**\nDer Vorsitzende eröffnet die Sitzung um 18:30 Uhr und stellt die ordnungsgemäße Ladung und die Beschlussfähigkeit fest. Die Tagesordnung wird bestätigt."),
        ("p", "**TOP 2 Einwohnerfragestunde**\nEin Einwohner aus Rochau fragt nach dem Zustand des Radweges nach Arneburg; die Verwaltung antwortet schriftlich."),
        ("p", "**TOP 3 Fortschreibung der Risikoanalyse und des Brandschutzbedarfsplanes 2027–2031 – Drucksache VGR-BV 045/2026**\nGemeindewehrleiter Pohl erläutert die Ausrückegemeinschaften. Nach Aussprache: Beschluss-Nr. 141/2026 – einstimmig angenommen."),
        ("p", "**TOP 4 Antrag der Fraktion Bürger für die Altmark: Aussetzung der Erhöhung der Kostenbeiträge für Kindertageseinrichtungen**\nFrau Schulenburg begründet den Antrag. Der Kämmerer verweist auf die Kalkulation (Drucksache VGR-BV 038/2026). Beschluss-Nr. 142/2026: Der Antrag wird mit 9 Ja-, 8 Nein-Stimmen und 1 Enthaltung angenommen."),
        ("page",),
        ("p", "**TOP 5 Überplanmäßige Ausgabe für die Sanierung der Grundschule Arneburg (Heizung) – Drucksache VGR-BV 047/2026**\nBeschluss-Nr. 143/2026 – mehrheitlich angenommen (16 Ja, 2 Enthaltungen)."),
        ("p", "**TOP 6 Informationsvorlage: Sachstand Onlinezugangsgesetz – Drucksache VGR-IV 012/2026**\nDie IT-Koordinatorin stellt die Vorlage vor. Der Verbandsgemeinderat nimmt die Information zur Kenntnis."),
        ("p", "**TOP 7 Mitteilungen des Verbandsgemeindebürgermeisters**\nDie nächste Sitzung findet am 16.12.2026 statt. Der Haushaltsentwurf 2027 wird den Fraktionen am 20.11.2026 übergeben."),
        ("p", "Ende des öffentlichen Teils: 21:10 Uhr."),
        ("sp", 1),
        ("cols", ["Ralf Kniestedt", "Vorsitzender"], ["Sandra Ehlert", "Protokollführerin"], {"lw": 0.5}),
    ]))

add(dict(
    file="r15_arneburg-goldbeck_stellungnahme-gemeinderat-iden_fnp.pdf", producer="ps",
    layout="arneburg_goldbeck_stellungnahme_mitgliedsgemeinde_ps", city=VGA,
    doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-10-09",
    title="Vorentwurf des Flächennutzungsplanes der Verbandsgemeinde Arneburg-Goldbeck",
    originator="Gemeinderat Iden", answers="VGR-BV 041/2026",
    themes=["stadtentwicklung", "klima_umwelt"],
    themes_why="land-use plan: building land, solar parks, floodplain",
    notes="Member municipality's council opinion on the Verbandsgemeinde's draft land-use plan, hand-written PostScript (Helvetica) through Ghostscript. Heading 'Stellungnahme des Gemeinderates Iden', 'Betreff:' → title, 'Bezug: Drucksache VGR-BV 041/2026' → answers. The Gemeinderat's session (08.10.2026) is no consultation and not the date (signature 09.10.2026). 'Flur 3, Flurstück 77/1' no reference.",
    opts={"font": "sans", "size": 10, "creator": "Gemeindebuero Iden"},
    blocks=[
        ("p", "Gemeinde Iden – Die Bürgermeisterin"),
        ("p", "über die Verbandsgemeinde Arneburg-Goldbeck, Bauamt"),
        ("sp", 1),
        ("h", "Stellungnahme des Gemeinderates Iden", 14),
        ("kv", [("Betreff", "Vorentwurf des Flächennutzungsplanes der Verbandsgemeinde Arneburg-Goldbeck"),
                ("Bezug", "Drucksache VGR-BV 041/2026, frühzeitige Beteiligung der Mitgliedsgemeinden")], {"kw": 0.14}),
        ("p", "Der Gemeinderat der Gemeinde Iden hat in seiner öffentlichen Sitzung am 08.10.2026 folgende Stellungnahme beschlossen:"),
        ("p", "1. Die Gemeinde begrüßt die Darstellung einer Wohnbaufläche am nördlichen Ortsrand (ca. 1,8 ha). Sie bittet, die Fläche über den Wirtschaftsweg an Flur 3, Flurstück 77/1 anzubinden, damit kein Durchgangsverkehr durch die Dorfstraße entsteht."),
        ("p", "2. Der geplanten Sonderbaufläche für Freiflächen-Photovoltaik östlich der Bahnlinie (ca. 24 ha) stimmt die Gemeinde zu, wenn ein Abstand von mindestens 200 m zur Wohnbebauung eingehalten und ein Anteil der Erträge über eine Bürgerbeteiligung in der Gemeinde verbleibt."),
        ("p", "3. Die Überschwemmungsflächen der Elbe und des Tanger sind vollständig als Flächen für die Wasserwirtschaft darzustellen; eine Bebauung im Deichhinterland lehnt die Gemeinde ab."),
        ("p", "4. Der Dorfanger ist als Grünfläche mit der Zweckbestimmung „Festplatz“ zu sichern."),
        ("sp", 1),
        ("p", "Iden, 09.10.2026"),
        ("p", "Brigitte Lenz\nBürgermeisterin"),
    ]))

# ------------------------------------------------------------------ D  Amt Neustadt-Glewe (MV)
_R16 = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>AA-V/2026/031</title><style>
@page { size: A4; margin: 16mm 16mm 18mm 22mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; line-height: 1.35; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2pt solid #1d4e89; padding-bottom: 3pt; }
.top .amt { font-size: 13pt; font-weight: bold; color: #1d4e89; }
.top .art { font-size: 16pt; font-weight: bold; }
.grid { display: grid; grid-template-columns: 1fr 1fr; border: 0.7pt solid #555; margin: 8pt 0; }
.grid div { border: 0.5pt solid #999; padding: 3pt 5pt; }
.grid .full { grid-column: 1 / span 2; }
.lbl { font-size: 7.5pt; color: #444; display: block; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; }
th, td { border: 0.5pt solid #777; padding: 2pt 4pt; text-align: left; }
th { background: #dde6f2; font-size: 8.5pt; }
h3 { font-size: 10.5pt; margin: 10pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
</style></head><body>
<div class="top"><div class="amt">Amt Neustadt-Glewe</div><div class="art">Beschlussvorlage</div><div>öffentlich</div></div>
<div class="grid">
<div><span class="lbl">Federführend</span>Fachbereich Finanzen</div>
<div><span class="lbl">Vorlage-Nr.</span><b>AA-V/2026/031</b></div>
<div><span class="lbl">Bearbeiter/in</span>Ina Westphal</div>
<div><span class="lbl">Datum</span>28.09.2026</div>
<div class="full"><span class="lbl">Betreff</span><b>Haushaltssatzung und Haushaltsplan des Amtes Neustadt-Glewe für das Haushaltsjahr 2027 einschließlich Festsetzung der Amtsumlage</b></div>
</div>
<table><tr><th>Datum</th><th>Beratungsfolge</th><th>Ö/N</th><th>Zuständigkeit</th></tr>
<tr><td>13.10.2026</td><td>Finanzausschuss des Amtes Neustadt-Glewe</td><td>Ö</td><td>Vorberatung</td></tr>
<tr><td>27.10.2026</td><td>Amtsausschuss Neustadt-Glewe</td><td>Ö</td><td>Entscheidung</td></tr></table>
<h3>Beschlussvorschlag</h3>
<p>Der Amtsausschuss beschließt die Haushaltssatzung des Amtes Neustadt-Glewe für das Haushaltsjahr 2027 mit ihren Anlagen. Der Umlagesatz der Amtsumlage wird auf 19,85 v. H. der Umlagegrundlagen festgesetzt.</p>
<h3>Sachverhalt</h3>
<p>Der Entwurf des Haushaltsplans 2027 weist im Ergebnishaushalt Erträge von 6.412.300 € und Aufwendungen von 6.538.900 € aus. Das Defizit von 126.600 € wird durch die Ergebnisrücklage gedeckt. Der Anstieg der Aufwendungen beruht im Wesentlichen auf den Tarifabschlüssen (Personalaufwand + 4,9 %) und auf der Digitalisierung der Amtsverwaltung (Produktkonto 11101.56250000).</p>
<p>Die Umlagegrundlagen der amtsangehörigen Gemeinden steigen nach den Orientierungsdaten des Landes um 3,2 Prozent. Bei einem unveränderten Bedarf kann der Umlagesatz deshalb von 20,40 v. H. auf 19,85 v. H. sinken. Die Gemeinden wurden nach § 146 Abs. 4 KV M-V am 10.09.2026 angehört; Einwände wurden nicht erhoben.</p>
<table><tr><th>Gemeinde</th><th>Umlagegrundlagen (€)</th><th>Amtsumlage 2027 (€)</th></tr>
<tr><td>Stadt Neustadt-Glewe</td><td>8.214.000</td><td>1.630.479</td></tr>
<tr><td>Gemeinde Blievenstorf</td><td>1.102.500</td><td>218.846</td></tr>
<tr><td>Gemeinde Brenz</td><td>688.300</td><td>136.628</td></tr></table>
<h3>Klimarelevanz</h3>
<p>☐ positiv &nbsp; ☐ negativ &nbsp; ☒ keine</p>
<p style="margin-top:14pt">Dörte Kühl<br>Amtsvorsteherin</p>
</body></html>"""

add(dict(
    file="r16_amt-neustadt-glewe_aa-v-2026-031_haushalt-2027.pdf", producer="chromium-raw",
    layout="neustadt_glewe_allris_grid_head", city=ANG,
    drucksache="AA-V/2026/031", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-09-28",
    title="Haushaltssatzung und Haushaltsplan des Amtes Neustadt-Glewe für das Haushaltsjahr 2027 einschließlich Festsetzung der Amtsumlage",
    public=True, department="Fachbereich Finanzen",
    consultations=[C("Finanzausschuss des Amtes Neustadt-Glewe", "2026-10-13", "Vorberatung"),
                   C("Amtsausschuss Neustadt-Glewe", "2026-10-27", "Entscheidung")],
    klimacheck="neutral", klima_style="checkbox_positiv_negativ_keine",
    themes=["finanzen", "verwaltung"],
    themes_why="Amt budget and levy on member municipalities; administration costs",
    notes="Raw HTML (Chromium): a blue top line with Amt name, type word and bare 'öffentlich' (→ true); a 2-column grid of small labels over values (Federführend, Vorlage-Nr., Bearbeiter/in, Datum, Betreff spanning both). Beratungsfolge Datum|Beratungsfolge|Ö/N|Zuständigkeit with the committee names as printed (long forms kept). Klimarelevanz '☐ positiv ☐ negativ ☒ keine' → neutral. '§ 146 Abs. 4 KV M-V', 'Produktkonto 11101.56250000', '19,85 v. H.' no references.",
    html=_R16))

add(dict(
    file="r17_amt-neustadt-glewe_schreiben-amtsvorsteherin_tablets.pdf", producer="lo-docx",
    layout="neustadt_glewe_din5008_schreiben", city=ANG,
    doc_type="Schreiben", doc_type_printed=None, date="2026-10-05",
    title="Digitale Gremienarbeit: Ausstattung der Gemeindevertreterinnen und Gemeindevertreter mit Tablets ab 2027",
    department="Fachbereich Zentrale Dienste",
    references=["AA-V/2026/024"],
    themes=["digitalisierung", "verwaltung"],
    themes_why="tablets and paperless council work for member municipalities",
    notes="DIN 5008 letter (Word): letterhead 'Amt Neustadt-Glewe – Die Amtsvorsteherin – Fachbereich Zentrale Dienste' (→ department), information block right with 'Unser Zeichen 10-0241/26-kü', phone, e-mail and 'Datum: 05.10.2026'; bold two-line subject (→ title). No type word → doc_type_printed null. '(Vorlage AA-V/2026/024)' → reference; the Amtsausschuss date 27.10.2026 is no consultation of a letter.",
    opts={"font": "sans", "size": 10.5, "footer": "Amt Neustadt-Glewe · Lindenallee 12 · 19306 Neustadt-Glewe · Sparkasse Parchim-Lübz IBAN DE07 1405 1362 0000 1180 44"},
    blocks=[
        ("cols", ["**Amt Neustadt-Glewe**", "Die Amtsvorsteherin", "Fachbereich Zentrale Dienste"], ["", "Unser Zeichen: 10-0241/26-kü", "Ansprechpartnerin: Frau Kühn", "Telefon: 038757 5011-14", "E-Mail: zentrale.dienste@example.de", "Datum: 05.10.2026"], {"lw": 0.58}),
        ("small", "Amt Neustadt-Glewe · Lindenallee 12 · 19306 Neustadt-Glewe"),
        ("p", "An die\nBürgermeisterin und die Bürgermeister\nder amtsangehörigen Gemeinden"),
        ("sp", 1),
        ("p", "**Digitale Gremienarbeit: Ausstattung der Gemeindevertreterinnen und Gemeindevertreter mit Tablets ab 2027**"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Amtsausschuss hat am 22.06.2026 beschlossen, die Sitzungsarbeit in den Gemeindevertretungen schrittweise auf digitale Unterlagen umzustellen (Vorlage AA-V/2026/024). Ab dem 01.01.2027 werden Einladungen, Vorlagen und Niederschriften ausschließlich über das Ratsinformationssystem und die Mandatsträger-App bereitgestellt."),
        ("p", "Das Amt stellt jeder Gemeindevertreterin und jedem Gemeindevertreter auf Wunsch ein Tablet mit Schutzhülle zur Verfügung. Die Kosten von rund 520 € je Gerät werden über die Amtsumlage getragen; Gemeinden, die bereits Geräte beschafft haben, erhalten eine Gutschrift. Die Schulungen finden am 18. und 25. November 2026 im Sitzungssaal statt."),
        ("p", "Bitte teilen Sie uns bis zum 30.10.2026 mit, wie viele Geräte Ihre Gemeindevertretung benötigt. Ein Formular liegt bei."),
        ("p", "Mit freundlichen Grüßen"),
        ("sp", 1),
        ("p", "Dörte Kühl\nAmtsvorsteherin"),
        ("small", "Anlage: Bedarfsmeldung Tablets"),
    ]))

add(dict(
    file="r18_amt-neustadt-glewe_einladung-amtsausschuss_2026-10-27.pdf", producer="reportlab",
    layout="neustadt_glewe_einladung_reportlab", city=ANG,
    doc_type="Einladung", doc_type_printed="Einladung", date="2026-10-15",
    title="12. Sitzung des Amtsausschusses Neustadt-Glewe",
    public=True, references=["AA-V/2026/031", "AA-V/2026/031-1", "AA-V/2026/033", "AA-V/2026/029"],
    themes=["finanzen", "verwaltung", "sicherheit_ordnung"],
    themes_why="agenda: Amt budget and supplement, fire brigade equipment, administration",
    notes="ReportLab, centred heading 'Einladung' over 'zur 12. Sitzung des Amtsausschusses Neustadt-Glewe'; agenda TOP|Beratungsgegenstand|Vorlage, 'Die Sitzung ist öffentlich; TOP 9 und 10 nichtöffentlich' → public true. Vorlage numbers → references (printed form incl. the -1 supplement).",
    opts={"font": "sans", "size": 10},
    blocks=[
        ("p", "Amt Neustadt-Glewe\nDie Amtsvorsteherin"),
        ("pr", "Neustadt-Glewe, 15.10.2026"),
        ("p", "An die Mitglieder des Amtsausschusses\nnachrichtlich: Bürgermeister der amtsangehörigen Gemeinden, Presse"),
        ("sp", 1),
        ("pc", "**Einladung**"),
        ("pc", "**zur 12. Sitzung des Amtsausschusses Neustadt-Glewe**"),
        ("p", "Sehr geehrte Mitglieder des Amtsausschusses,"),
        ("p", "hiermit lade ich Sie zur Sitzung am **Dienstag, dem 27.10.2026, um 18:00 Uhr** in den Sitzungssaal des Amtsgebäudes ein. Die Sitzung ist öffentlich; die Tagesordnungspunkte 9 und 10 werden nichtöffentlich behandelt."),
        ("table", [["TOP", "Beratungsgegenstand", "Vorlage"],
                   ["1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", ""],
                   ["2", "Bestätigung der Tagesordnung und der Niederschrift vom 22.06.2026", ""],
                   ["3", "Einwohnerfragestunde", ""],
                   ["4", "Haushaltssatzung und Haushaltsplan 2027 einschließlich Amtsumlage", "AA-V/2026/031"],
                   ["5", "Ergänzung zur Haushaltssatzung 2027 – Orientierungsdaten", "AA-V/2026/031-1"],
                   ["6", "Beschaffung eines Mannschaftstransportwagens für die Feuerwehr Blievenstorf", "AA-V/2026/033"],
                   ["7", "Änderung der Hauptsatzung des Amtes (digitale Bekanntmachungen)", "AA-V/2026/029"],
                   ["8", "Mitteilungen der Amtsvorsteherin", ""],
                   ["9", "Vergabeangelegenheiten (nichtöffentlich)", ""],
                   ["10", "Personalangelegenheiten (nichtöffentlich)", ""]], {"w": [0.08, 0.7, 0.22]}),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Dörte Kühl"),
    ]))

add(dict(
    file="r19_amt-neustadt-glewe_aa-v-2026-031-1_ergaenzung-haushalt.pdf", producer="gs-chromium",
    layout="neustadt_glewe_ergaenzungsvorlage_gs", city=ANG,
    drucksache="AA-V/2026/031-1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage", date="2026-10-19",
    title="Haushaltssatzung 2027 – Anpassung der Amtsumlage an die geänderten Orientierungsdaten des Landes",
    public=True, department="Fachbereich Finanzen",
    references=["AA-V/2026/031"],
    consultations=[C("Amtsausschuss Neustadt-Glewe", "2026-10-27", "Entscheidung")],
    themes=["finanzen", "verwaltung"],
    themes_why="supplement to the Amt budget: levy rate",
    notes="Chromium re-distilled by Ghostscript. Free label lines: 'Ergänzungsvorlage' heading, 'Vorlage-Nr.: AA-V/2026/031-1', 'zur Vorlage: AA-V/2026/031' (→ reference), 'Betreff:' → title, 'Beratung: Amtsausschuss Neustadt-Glewe am 27.10.2026 – Entscheidung'. 'Erlass vom 09.10.2026 (Az. II 310-1-2026)' no reference.",
    opts={"font": "sans", "size": 10.5},
    blocks=[
        ("p", "**Amt Neustadt-Glewe** – Fachbereich Finanzen"),
        ("h", "Ergänzungsvorlage", 15),
        ("p", "Vorlage-Nr.: **AA-V/2026/031-1**\nzur Vorlage: AA-V/2026/031\nDatum: 19.10.2026\nStatus: öffentlich"),
        ("p", "Beratung: Amtsausschuss Neustadt-Glewe am 27.10.2026 – Entscheidung"),
        ("p", "**Betreff: Haushaltssatzung 2027 – Anpassung der Amtsumlage an die geänderten Orientierungsdaten des Landes**"),
        ("h", "Sachverhalt", 11.5),
        ("p", "Mit Erlass vom 09.10.2026 (Az. II 310-1-2026) hat das Innenministerium die Orientierungsdaten für 2027 korrigiert. Die Schlüsselzuweisungen der amtsangehörigen Gemeinden fallen um insgesamt 94.000 € niedriger aus als in der Vorlage angenommen. Um den Haushaltsausgleich des Amtes zu sichern, ist der Umlagesatz auf 20,10 v. H. festzusetzen."),
        ("h", "Geänderter Beschlussvorschlag", 11.5),
        ("p", "Ziffer 2 des Beschlussvorschlags der Vorlage AA-V/2026/031 erhält folgende Fassung: „Der Umlagesatz der Amtsumlage wird auf 20,10 v. H. der Umlagegrundlagen festgesetzt.“ Im Übrigen bleibt der Beschlussvorschlag unverändert."),
        ("p", "Ina Westphal\nFachbereichsleiterin Finanzen"),
    ]))
