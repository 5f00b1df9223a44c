"""holdout27 papers A–D: VG Enkenbach-Alsenborn, OG Sembach, Gemeinde Wettenberg, Stadt Kirtorf."""
from common import lab, paper

P = []

# ------------------------------------------------------------------ A Verbandsgemeinde Enkenbach-Alsenborn
VG = "Verbandsgemeinde Enkenbach-Alsenborn"

t = "Feuerwehrgerätehaus Mehlingen – Vergabe der Objektplanung (Leistungsphasen 1 bis 4 HOAI)"
P.append(paper(
    "k01_vg-enkenbach-alsenborn_vl-0312-2026_fwgh-mehlingen-planung.pdf", "chromium",
    [
        ("cols", ["Verbandsgemeindeverwaltung Enkenbach-Alsenborn", "Fachbereich 2 – Ordnung, Soziales und Brandschutz",
                  "Sachbearbeitung: Herr Valentin Rössler", "Tel. 06303 9131-214"],
         ["Vorlage-Nr.: VL-0312/2026", "Vorlageart: Beschlussvorlage", "Datum: 29.09.2026", "Status: öffentlich"]),
        ("rule",),
        ("title", t),
        ("grid", [["Beratungsfolge", "Termin", "Zuständigkeit", "Ö/N"],
                  ["Haupt- und Finanzausschuss", "20.10.2026", "Vorberatung", "Ö"],
                  ["Verbandsgemeinderat", "03.11.2026", "Entscheidung", "Ö"]], [46, 18, 24, 12]),
        ("h", "Sachverhalt"),
        ("p", "Das Feuerwehrgerätehaus in Mehlingen (Lauterstraße 18) stammt aus dem Jahr 1974. Die Feuerwehr-Unfallkasse "
              "hat bei der Begehung am 14.05.2026 erhebliche Mängel festgestellt: fehlende Schwarz-Weiß-Trennung, zu kleine "
              "Stellplätze für das HLF 10 und keine Umkleiden für Einsatzkräfte. Der Verbandsgemeinderat hat am 12.03.2025 "
              "(Vorlage VL-0088/2025) den Neubau am Standort beschlossen und die Feuerwehrbedarfsplanung fortgeschrieben."),
        ("p", "Die Objektplanung wurde im Verhandlungsverfahren nach § 3 Abs. 3 VgV ausgeschrieben. Von fünf Büros haben "
              "drei ein Angebot abgegeben. Wirtschaftlichstes Angebot nach der Bewertungsmatrix ist das Büro Hartmann + Kienle "
              "Architekten aus Otterstadt mit 148.600 € brutto für die Leistungsphasen 1 bis 4."),
        ("h", "Finanzierung"),
        ("p", "Die Gesamtkosten des Neubaus werden auf 3,1 Mio. € geschätzt. Das Land fördert Feuerwehrgerätehäuser nach "
              "§ 2 Abs. 1 der Verwaltungsvorschrift zum LBKG mit bis zu 40 % der zuwendungsfähigen Kosten; der Förderantrag "
              "kann erst mit der Entwurfsplanung gestellt werden. Die Planungsmittel sind im Haushalt 2026 unter der "
              "Investitionsnummer I-1260-014 veranschlagt; der verbleibende Eigenanteil von rund 1,9 Mio. € wird über "
              "Kredite und die Umlage finanziert und belastet die Ortsgemeinden ab 2028."),
        ("h", "Beschlussvorschlag"),
        ("p", "Der Verbandsgemeinderat beauftragt das Büro Hartmann + Kienle mit den Leistungsphasen 1 bis 4 der Objektplanung "
              "für das Feuerwehrgerätehaus Mehlingen zum Angebotspreis von 148.600 € brutto."),
        ("h", "Auswirkungen auf den Klimaschutz"),
        ("p", "☐ positiv   ☐ negativ   ☒ keine erheblichen Auswirkungen"),
        ("p", "Die Planungsvergabe selbst hat keine Auswirkungen; Energiestandard und PV-Anlage werden mit dem Entwurf vorgelegt."),
        ("sp",),
        ("p", "Jürgen Albrecht\nBürgermeister"),
    ],
    lab("enkenbach_sessionnet_beschlussvorlage", VG, "Beschlussvorlage", "2026-09-29", t,
        drucksache="VL-0312/2026", printed="Beschlussvorlage", public=True,
        department="Fachbereich 2 – Ordnung, Soziales und Brandschutz", references=["VL-0088/2025"],
        consultations=[("Haupt- und Finanzausschuss", "2026-10-20", "Vorberatung"),
                       ("Verbandsgemeinderat", "2026-11-03", "Entscheidung")],
        klimacheck="neutral", klima_style="heading 'Auswirkungen auf den Klimaschutz', one line ☐ positiv ☐ negativ ☒ keine erheblichen Auswirkungen, then a sentence",
        themes=["sicherheit_ordnung", "finanzen"],
        why="fire station planning award; financing section argues state grant share, credit and the Umlage burden",
        notes="SessionNet-like two-column head (unit, clerk, phone left; stacked keys right); Beratungsfolge grid with Ö/N column, all Ö plus 'Status: öffentlich' → public true. 'HLF 10', '§ 3 Abs. 3 VgV', 'I-1260-014', phone and 'Ausdruck vom' footer are lures."),
    font="sans", footer="Ausdruck vom 07.10.2026 – Vorlage VL-0312/2026 – Seite {page}"))

t = "Kindertagesbetreuung und Schulkindbetreuung – Sachstand Bedarfsplanung 2026/27"
P.append(paper(
    "k02_vg-enkenbach-alsenborn_vl-0318-2026_mitteilung-kita-bedarf.pdf", "reportlab",
    [
        ("b", "Verbandsgemeinde Enkenbach-Alsenborn"),
        ("small", "Hauptstraße 18 · 67677 Enkenbach-Alsenborn"),
        ("rule",),
        ("kv", [("Mitteilungsvorlage", "VL-0318/2026"), ("Federführend", "Fachbereich 1 – Zentrale Dienste, Kitas und Schulen"),
                ("Verfasser/in", "Frau Dörte Mailänder, Tel. 06303 9131-120"), ("Datum", "06.10.2026")]),
        ("kv", [("Betreff", t)]),
        ("grid", [["Gremium", "Sitzung am", "Beratungsart"],
                  ["Haupt- und Finanzausschuss", "20.10.2026", "zur Kenntnisnahme"],
                  ["Verbandsgemeinderat", "03.11.2026", "zur Kenntnisnahme"]], [50, 20, 30]),
        ("h", "Sachverhalt"),
        ("p", "Zum Stichtag 01.09.2026 werden in den acht Kindertagesstätten der Ortsgemeinden 612 Kinder betreut; 41 "
              "Kinder ab dem vollendeten ersten Lebensjahr stehen auf der Warteliste. Der Kreis hat die Bedarfsplanung zum "
              "Kita-Jahr 2026/27 bestätigt. Die Erweiterung der Kita „Sonnenblume“ in Alsenborn um zwei Gruppen ist im "
              "Bau; die Inbetriebnahme verschiebt sich wegen Lieferengpässen bei der Haustechnik auf März 2027."),
        ("p", "In Neuhemsbach wird übergangsweise eine Kleingruppe mit 10 Plätzen im Gemeindehaus eingerichtet; "
              "die Betriebserlaubnis nach § 45 SGB VIII ist beantragt."),
        ("h", "Schulkindbetreuung an den Grundschulen"),
        ("p", "An den Grundschulen Enkenbach und Mehlingen nehmen 187 Kinder an der Betreuenden Grundschule teil. "
              "Ab dem Schuljahr 2026/27 gilt schrittweise der Rechtsanspruch auf Ganztagsbetreuung. Die Verwaltung "
              "plant mit den Schulleitungen einen zusätzlichen Gruppenraum in Mehlingen und ein gemeinsames Mittagessen "
              "in der Mensa; ein Raumprogramm wird im Frühjahr 2027 vorgelegt."),
        ("p", "Die Haushaltsmittel für die Übergangsgruppe (rund 38.000 € jährlich) sind im Ansatz 3.6.5.01 enthalten."),
        ("sp",),
        ("p", "Im Auftrag\nDörte Mailänder"),
    ],
    lab("enkenbach_reportlab_mitteilungsvorlage", VG, "Mitteilungsvorlage", "2026-10-06", t,
        drucksache="VL-0318/2026", printed="Mitteilungsvorlage", department="Fachbereich 1 – Zentrale Dienste, Kitas und Schulen",
        consultations=[("Haupt- und Finanzausschuss", "2026-10-20", "Kenntnisnahme"),
                       ("Verbandsgemeinderat", "2026-11-03", "Kenntnisnahme")],
        themes=["soziales", "bildung"],
        why="day-care places and waiting list; a section on all-day care at the primary schools with room plans",
        notes="Key table where the type word is the key ('Mitteilungsvorlage | VL-0318/2026'), 'Federführend | Fachbereich 1 – …', 'Verfasser/in' with phone. No public mark → null. '§ 45 SGB VIII', 'Schuljahr 2026/27', 'Ansatz 3.6.5.01' are lures."),
    footer="VG Enkenbach-Alsenborn · Mitteilungsvorlage VL-0318/2026 · Seite {page} von {pages}"))

t = "Trinkwasserspender in den Grundschulen der Verbandsgemeinde"
P.append(paper(
    "k03_vg-enkenbach-alsenborn_antrag-fwg_trinkwasserspender.pdf", "libreoffice-docx",
    [
        ("right", "Enkenbach-Alsenborn, 12. Oktober 2026"),
        ("p", "An den Bürgermeister der\nVerbandsgemeinde Enkenbach-Alsenborn\nHerrn Jürgen Albrecht\nHauptstraße 18\n67677 Enkenbach-Alsenborn"),
        ("sp",),
        ("b", "Antrag zur Sitzung des Verbandsgemeinderates am 03.11.2026"),
        ("b", t),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "die FWG-Fraktion beantragt, der Verbandsgemeinderat möge beschließen:"),
        ("p", "1. In allen vier Grundschulen der Verbandsgemeinde werden bis zum Beginn des Schuljahres 2027/28 "
              "leitungsgebundene Trinkwasserspender aufgestellt.\n2. Die Verwaltung legt bis zur Haushaltsberatung "
              "eine Kostenschätzung einschließlich Wartung und Hygieneprüfung nach der Trinkwasserverordnung vor."),
        ("h", "Begründung"),
        ("p", "Kinder trinken in der Schule zu wenig. Elternvertretungen der Grundschulen Enkenbach und Neuhemsbach haben "
              "uns auf das Problem aufmerksam gemacht; Getränke aus dem Kiosk sind meist gesüßt. Schulen in Nachbarkommunen "
              "haben mit Wasserspendern gute Erfahrungen gemacht, der Aufwand für die Hausmeister ist gering. Das Thema "
              "Trinken kann im Sachunterricht aufgegriffen werden."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Karin Schwebach\nFraktionsvorsitzende"),
    ],
    lab("enkenbach_fraktion_word_antrag", VG, "Antrag", "2026-10-12", t, printed="Antrag",
        originator="FWG-Fraktion im Verbandsgemeinderat Enkenbach-Alsenborn",
        consultations=[("Verbandsgemeinderat", "2026-11-03", None)],
        themes=["bildung"],
        why="drinking water dispensers in primary schools; health and lessons serve the school subject",
        notes="Word letter of a Fraktion: the Fraktion is named only in the Word header (letterhead), the body says 'die FWG-Fraktion'. Two bold lines: 'Antrag zur Sitzung … am 03.11.2026' then the subject (title). 'Schuljahres 2027/28' is a lure."),
    header="FWG-Fraktion im Verbandsgemeinderat Enkenbach-Alsenborn\nFraktionsbüro: Am Rosenhof 4, 67677 Enkenbach-Alsenborn · fwg-fraktion@example.org"))

t = "Photovoltaik auf den Dächern der Grundschulen und der Sporthalle Alsenborn"
P.append(paper(
    "k04_vg-enkenbach-alsenborn_vl-0321-2026_antwort-pv-schulen.pdf", "ghostscript",
    [
        ("p", "Verbandsgemeindeverwaltung Enkenbach-Alsenborn - Der Bürgermeister"),
        ("rule",),
        ("grid", [["Antwort", "Nr. VL-0321/2026"],
                  ["auf die Anfrage", "AF-0027/2026 der CDU-Fraktion vom 14.09.2026"],
                  ["Bearbeitung", "Fachbereich 3 - Bauen und Umwelt"],
                  ["Datum", "16.10.2026"],
                  ["Sitzung", "Verbandsgemeinderat, 03.11.2026, öffentlich - zur Kenntnis"]], [30, 70]),
        ("b", "Betreff: " + t),
        ("p", "Frage 1: Welche Dächer der Verbandsgemeinde sind statisch für Photovoltaik geeignet?"),
        ("p", "Das Gutachten des Ingenieurbüros Weyand vom Juni 2026 bewertet die Dächer der Grundschulen Enkenbach und "
              "Mehlingen sowie der Sporthalle Alsenborn als geeignet. Das Dach der Grundschule Neuhemsbach muss vor einer "
              "Belegung saniert werden (Sanierung im Investitionsplan 2028)."),
        ("p", "Frage 2: Welche Leistung und welche CO2-Einsparung wären möglich?"),
        ("p", "Auf den drei geeigneten Dächern sind zusammen rund 240 kWp möglich. Bei einem Eigenverbrauch von etwa 60 % "
              "ergibt sich eine Einsparung von ungefähr 105 Tonnen CO2 im Jahr. Überschüsse werden nach dem EEG 2023 "
              "eingespeist."),
        ("p", "Frage 3: Wann kann gebaut werden?"),
        ("p", "Die Ausschreibung ist für das erste Quartal 2027 vorgesehen, die Montage in den Sommerferien 2027. "
              "Eine Vorlage mit Kosten und Finanzierung folgt zur Haushaltsberatung."),
        ("sp",),
        ("p", "Jürgen Albrecht, Bürgermeister"),
    ],
    lab("enkenbach_ps_antwort_grid", VG, "Antwort", "2026-10-16", t, drucksache="VL-0321/2026", printed="Antwort",
        public=True, department="Fachbereich 3 - Bauen und Umwelt", answers="AF-0027/2026",
        consultations=[("Verbandsgemeinderat", "2026-11-03", "Kenntnisnahme")],
        themes=["klima_umwelt"],
        why="PV on school and sports hall roofs with kWp and CO2 figures; schools are only the roof sites",
        notes="PostScript: ruled two-column head grid, 'Antwort | Nr. VL-0321/2026', 'auf die Anfrage | AF-0027/2026 der CDU-Fraktion …' → answers; 'Sitzung' cell carries committee, date, 'öffentlich' and 'zur Kenntnis'. 'Betreff:' inline bold. 'EEG 2023', '240 kWp' are lures."),
    footer="Verbandsgemeinde Enkenbach-Alsenborn · Hauptstraße 18 · 67677 Enkenbach-Alsenborn · Tel. 06303 9131-0"))

t = "14. Sitzung des Haupt- und Finanzausschusses"
P.append(paper(
    "k05_vg-enkenbach-alsenborn_niederschrift-hfa_2026-10-20.pdf", "reportlab",
    [
        ("b", "Verbandsgemeinde Enkenbach-Alsenborn"),
        ("title", "Niederschrift"),
        ("b", t),
        ("kv", [("Sitzungstag", "Dienstag, 20.10.2026"), ("Sitzungsort", "Sitzungssaal der Verbandsgemeindeverwaltung"),
                ("Beginn / Ende", "18:00 Uhr / 20:40 Uhr"), ("Vorsitz", "Bürgermeister Jürgen Albrecht")]),
        ("p", "Anwesend: 9 Ausschussmitglieder (Liste als Anlage), von der Verwaltung Frau Mailänder, Herr Rössler, "
              "Herr Fuchsberger (Kämmerei). Schriftführerin: Frau Ines Gödtel."),
        ("h", "Öffentlicher Teil"),
        ("h", "TOP 1 – Feststellung der Beschlussfähigkeit und Genehmigung der Niederschrift vom 15.09.2026"),
        ("p", "Die ordnungsgemäße Einladung und die Beschlussfähigkeit werden festgestellt. Die Niederschrift wird einstimmig genehmigt."),
        ("h", "TOP 2 – Feuerwehrgerätehaus Mehlingen – Vergabe der Objektplanung (Vorlage VL-0312/2026)"),
        ("p", "Herr Rössler erläutert das Vergabeverfahren. Ratsmitglied Dr. Henning fragt nach der Förderquote; die "
              "Verwaltung verweist auf die 40 % der zuwendungsfähigen Kosten und den Eigenanteil. Der Ausschuss empfiehlt "
              "dem Verbandsgemeinderat die Vergabe.\nAbstimmung: 8 Ja, 0 Nein, 1 Enthaltung."),
        ("h", "TOP 3 – Entwurf des Haushalts 2027 und der Umlagesätze (Vorlage VL-0309/2026)"),
        ("p", "Herr Fuchsberger stellt den Entwurf vor. Der Ergebnishaushalt weist einen Fehlbetrag von 1,46 Mio. € aus. "
              "Vorgeschlagen wird eine Anhebung der Verbandsgemeindeumlage von 36,5 auf 38,0 Prozentpunkte. Die "
              "Fraktionen kündigen Änderungsanträge an; insbesondere wird eine Streckung der Investitionen in den "
              "Bauhof gefordert. Die Beratung wird in der Sitzung am 17.11.2026 fortgesetzt."),
        ("p", "Über Investitionen wird einzeln beraten: Bauhof-Fahrzeuge 420.000 €, Schulsanierungen 1,1 Mio. €, "
              "Feuerwehr 610.000 €. Die Kämmerei legt eine Liste der Kreditermächtigungen bis zur nächsten Sitzung vor.\n"
              "Kenntnisnahme; keine Abstimmung."),
        ("h", "TOP 4 – Kindertagesbetreuung und Schulkindbetreuung – Sachstand (Vorlage VL-0318/2026)"),
        ("p", "Frau Mailänder berichtet über die Warteliste und die Übergangsgruppe in Neuhemsbach. Der Ausschuss nimmt "
              "den Bericht zur Kenntnis."),
        ("h", "TOP 5 – Mitteilungen und Anfragen"),
        ("p", "Der Bürgermeister teilt mit, dass die Breitbandausbau-Maßnahme in Neuhemsbach abgeschlossen ist."),
        ("h", "Nichtöffentlicher Teil"),
        ("p", "TOP 6 – Grundstücksangelegenheit (siehe gesonderte Niederschrift)."),
        ("sp",),
        ("p", "Jürgen Albrecht, Vorsitzender                    Ines Gödtel, Schriftführerin"),
    ],
    lab("enkenbach_reportlab_niederschrift", VG, "Niederschrift", "2026-10-20", t, printed="Niederschrift",
        public=True, references=["VL-0312/2026", "VL-0309/2026", "VL-0318/2026"],
        themes=["finanzen", "sicherheit_ordnung", "soziales"],
        why="budget draft 2027 and Umlage (largest debated item), fire station planning award, day-care report; minutes approval and announcements not counted",
        notes="ReportLab minutes, one dense page with page footer; session title printed as bold line under 'Niederschrift'; date from 'Sitzungstag'. Agenda Vorlagen numbers as references; 'Niederschrift vom 15.09.2026' and the next session (17.11.2026) are no consultations. Public true (public session with a non-public part)."),
    footer="Niederschrift HFA 20.10.2026 – Seite {page} von {pages}"))

# ------------------------------------------------------------------ B Ortsgemeinde Sembach (VG template)
OG = "Ortsgemeinde Sembach"
VGHEAD = "Verbandsgemeindeverwaltung Enkenbach-Alsenborn – für die Ortsgemeinde Sembach"

t = "Umrüstung der Straßenbeleuchtung auf LED-Technik – Auftragsvergabe"
P.append(paper(
    "k06_og-sembach_14-0021-2026_led-strassenbeleuchtung.pdf", "libreoffice-docx",
    [
        ("grid", [["Ortsgemeinde Sembach", "Beschlussvorlage"],
                  ["Vorlage Nr.: 14/0021/2026", "Datum: 08.10.2026"],
                  ["Fachbereich 3 – Bauen und Umwelt\nBearbeiter: Herr Lukas Vollrath, 06303 9131-317", "öffentliche Sitzung"]], [60, 40]),
        ("p", "Beratungsfolge:\nOrtsgemeinderat Sembach – 05.11.2026 – Beschlussfassung"),
        ("b", "Betreff:\n" + t),
        ("h", "Sachverhalt"),
        ("p", "Die Ortsgemeinde betreibt 214 Leuchten, davon 151 mit Natriumdampf- und Quecksilberdampflampen aus den "
              "1980er Jahren. Ersatzlampen sind nicht mehr lieferbar. Mit der Umrüstung auf LED sinkt der Stromverbrauch "
              "von rund 86.000 kWh auf etwa 29.000 kWh im Jahr; das entspricht rund 20 Tonnen CO2 weniger. Die Leuchten "
              "werden nachts auf 50 % gedimmt, in der Kirchstraße und am Friedhof wird insektenfreundliches warmweißes "
              "Licht (3.000 Kelvin) verwendet."),
        ("p", "Die beschränkte Ausschreibung ergab drei Angebote. Günstigster Bieter ist die Firma Elektro Brunck GmbH "
              "mit 163.480,20 € brutto."),
        ("h", "Finanzielle Auswirkungen"),
        ("p", "Das Land fördert die Maßnahme aus dem Klimaschutzprogramm mit 62.000 €; der Eigenanteil der Ortsgemeinde "
              "beträgt 101.480,20 €. Er wird durch die Stromkostenersparnis von jährlich rund 17.000 € in etwa sechs "
              "Jahren ausgeglichen. Die Mittel stehen im Haushalt 2026 unter Produkt 5.4.5.01 bereit; ein Kredit ist "
              "nicht erforderlich."),
        ("h", "Beschlussvorschlag"),
        ("p", "Der Ortsgemeinderat vergibt die Umrüstung der Straßenbeleuchtung an die Firma Elektro Brunck GmbH zum "
              "Angebotspreis von 163.480,20 €."),
        ("sp",),
        ("p", "Sabine Kettering\nOrtsbürgermeisterin"),
    ],
    lab("sembach_vg_word_beschlussvorlage", OG, "Beschlussvorlage", "2026-10-08", t, drucksache="14/0021/2026",
        printed="Beschlussvorlage", public=True, department="Fachbereich 3 – Bauen und Umwelt",
        consultations=[("Ortsgemeinderat Sembach", "2026-11-05", "Entscheidung")],
        themes=["klima_umwelt", "finanzen"],
        why="LED street lighting with kWh/CO2 savings and insect-friendly light; grant, own share and payback argued",
        notes="VG Word template for an Ortsgemeinde: ruled head grid (council|type; number|date; unit with clerk|'öffentliche Sitzung'); Beratungsfolge as one free line with dashes, 'Beschlussfassung' → Entscheidung. 'Betreff:' label over the title. No Klimacheck block (climate in prose only) → null. '3.000 Kelvin', 'Produkt 5.4.5.01' lures."),
    header=VGHEAD, footer="Vorlage 14/0021/2026 – Seite {page} von {pages}"))

t = "Sitzung des Ortsgemeinderates Sembach"
P.append(paper(
    "k07_og-sembach_einladung-ortsgemeinderat_2026-11-05.pdf", "ghostscript",
    [
        ("p", "Ortsgemeinde Sembach - Die Ortsbürgermeisterin"),
        ("right", "Sembach, 26.10.2026"),
        ("p", "An die Mitglieder des Ortsgemeinderates\nnachrichtlich: Verbandsgemeindeverwaltung, Fachbereich 1"),
        ("sp",),
        ("title", "Einladung"),
        ("p", "Hiermit lade ich Sie zur Sitzung des Ortsgemeinderates Sembach"
              " am Donnerstag, 05.11.2026, um 19:30 Uhr in das Gemeindehaus, Kirchstraße 3, ein."),
        ("h", "Tagesordnung - öffentliche Sitzung"),
        ("grid", [["TOP", "Gegenstand", "Vorlage"],
                  ["1", "Einwohnerfragestunde", ""],
                  ["2", "Umrüstung der Straßenbeleuchtung auf LED-Technik - Auftragsvergabe", "14/0021/2026"],
                  ["3", "Bebauungsplan \"Am Mühlberg\", 1. Änderung - Satzungsbeschluss", "14/0019/2026"],
                  ["4", "Antrag Ratsmitglied Brettschneider: Mitfahrbank an der Hauptstraße", ""],
                  ["5", "Mitteilungen der Ortsbürgermeisterin", ""]], [8, 72, 20]),
        ("h", "Tagesordnung - nichtöffentliche Sitzung"),
        ("grid", [["TOP", "Gegenstand", "Vorlage"],
                  ["6", "Grundstücksangelegenheiten", "14/0022/2026"]], [8, 72, 20]),
        ("p", "Die Sitzungsunterlagen stehen im Ratsinformationssystem der Verbandsgemeinde bereit. Die öffentliche "
              "Bekanntmachung erfolgt im Amtsblatt Nr. 44/2026."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\nSabine Kettering, Ortsbürgermeisterin"),
    ],
    lab("sembach_ps_einladung", OG, "Einladung", "2026-10-26", t, printed="Einladung", public=True,
        references=["14/0021/2026", "14/0019/2026", "14/0022/2026"],
        themes=["klima_umwelt", "stadtentwicklung", "mobilitaet"],
        why="LED street lighting award, B-Plan amendment, ride-sharing bench Antrag; Einwohnerfragestunde and Mitteilungen not counted",
        notes="PostScript letter of the Ortsbürgermeisterin; title = the session named in the invitation sentence. Agenda grids with Vorlage column → references (incl. the non-public item). 'Amtsblatt Nr. 44/2026' is no reference. Quotes printed as ASCII."),
    footer="Ortsgemeinde Sembach · Kirchstraße 3 · 67681 Sembach"))

t = "Aufstellung einer Mitfahrbank an der Bushaltestelle Hauptstraße"
P.append(paper(
    "k08_og-sembach_antrag-ratsmitglied_mitfahrbank.pdf", "chromium",
    [
        ("p", "Jonas Brettschneider\nMitglied des Ortsgemeinderates Sembach (SPD)\nAm Sportplatz 11, 67681 Sembach"),
        ("right", "Sembach, 19.10.2026"),
        ("p", "Frau Ortsbürgermeisterin\nSabine Kettering\nüber die Verbandsgemeindeverwaltung"),
        ("sp",),
        ("title", "Antrag"),
        ("kv", [("Gremium", "Ortsgemeinderat Sembach"), ("Gegenstand", t)]),
        ("p", "Ich beantrage, an der Bushaltestelle Hauptstraße (Richtung Enkenbach) eine Mitfahrbank mit Klappschildern "
              "„Enkenbach“, „Mehlingen“ und „Kaiserstraße/Ärztehaus“ aufzustellen und die Aktion im Amtsblatt bekannt zu machen."),
        ("h", "Begründung"),
        ("p", "Der Bus fährt abends und am Wochenende nur alle zwei Stunden. Gerade ältere Menschen ohne Auto kommen "
              "schlecht zum Arzt oder zum Einkaufen nach Enkenbach. Eine Mitfahrbank kostet mit Schildern rund 900 € und "
              "wird in anderen Dörfern gut angenommen. Der Seniorentreff hat zugesagt, die Bank bekannt zu machen und "
              "Fahrten für Menschen mit Rollator zu vermitteln."),
        ("p", "Jonas Brettschneider"),
    ],
    lab("sembach_member_html_antrag", OG, "Antrag", "2026-10-19", t, printed="Antrag", originator="Jonas Brettschneider",
        consultations=[("Ortsgemeinderat Sembach", None, None)],
        themes=["mobilitaet", "soziales"],
        why="ride-sharing bench at a bus stop; older people without a car and the Seniorentreff's help are its target group",
        notes="Chromium letter of a single council member (party in brackets left out of originator). 'Gremium' key without date → consultation with date and role null. 'Gegenstand' key = title. '900 €' and the street address are lures."),
    font="dejavu"))

t = "Umrüstung der Straßenbeleuchtung auf LED-Technik – Auftragsvergabe; hier: Ergebnis der Nachprüfung der Angebote"
P.append(paper(
    "k09_og-sembach_14-0021-2026-1_tischvorlage-led.pdf", "libreoffice-docx",
    [
        ("grid", [["Ortsgemeinde Sembach", "Tischvorlage"],
                  ["Vorlage Nr.: 14/0021/2026-1", "Datum: 04.11.2026"],
                  ["Fachbereich 3 – Bauen und Umwelt\nBearbeiter: Herr Lukas Vollrath, 06303 9131-317", "öffentliche Sitzung"]], [60, 40]),
        ("p", "Beratungsfolge:\nOrtsgemeinderat Sembach – 05.11.2026 – Beschlussfassung"),
        ("b", "Betreff:\n" + t),
        ("p", "Ergänzung zur Vorlage 14/0021/2026 vom 08.10.2026"),
        ("h", "Sachverhalt"),
        ("p", "Nach Versand der Vorlage hat der zweitplatzierte Bieter gerügt, dass die Firma Elektro Brunck GmbH die "
              "geforderten Lichtberechnungen nach DIN EN 13201 nicht vollständig eingereicht habe. Die Unterlagen wurden "
              "nach § 56 Abs. 2 VgV nachgefordert und am 30.10.2026 fristgerecht vorgelegt. Die Prüfung durch das "
              "Ingenieurbüro ergab keine Beanstandung. Die Rüge wurde zurückgewiesen."),
        ("p", "Der Beschlussvorschlag der Vorlage 14/0021/2026 bleibt unverändert."),
        ("sp",),
        ("p", "Sabine Kettering\nOrtsbürgermeisterin"),
    ],
    lab("sembach_vg_word_tischvorlage", OG, "Ergänzungsvorlage", "2026-11-04", t, drucksache="14/0021/2026-1",
        printed="Tischvorlage", public=True, department="Fachbereich 3 – Bauen und Umwelt",
        references=["14/0021/2026"],
        consultations=[("Ortsgemeinderat Sembach", "2026-11-05", "Entscheidung")],
        themes=["klima_umwelt"],
        why="supplement on the LED award's tender complaint; the climate subject stays, no financing argued here",
        notes="Same VG Word template as k06, type 'Tischvorlage' → Ergänzungsvorlage; number with suffix '-1'; title spans 'Betreff:' value with '; hier: …' part. 'DIN EN 13201', '§ 56 Abs. 2 VgV' are lures."),
    header=VGHEAD, footer="Vorlage 14/0021/2026-1 – Seite {page} von {pages}"))

# ------------------------------------------------------------------ C Gemeinde Wettenberg (HE)
WB = "Gemeinde Wettenberg"

t = "Bebauungsplan Nr. L 14 „Am Kreuzweg“, Ortsteil Launsbach – Aufstellungsbeschluss und frühzeitige Beteiligung"
P.append(paper(
    "k10_wettenberg_vo-2026-0214_bplan-am-kreuzweg.pdf", "chromium",
    [
        ("cols", ["GEMEINDE WETTENBERG", "Der Gemeindevorstand"],
                 ["Beschlussvorlage", "VO/2026/0214", "öffentlich"]),
        ("grid", [["Federführung", "Fachdienst 3.1 – Bauleitplanung und Liegenschaften"],
                  ["Bearbeiter", "Herr Niklas Amend"],
                  ["Datum", "30.09.2026"]], [30, 70]),
        ("grid", [["Beratungsfolge", "Sitzungstermin", "Beratung"],
                  ["Ortsbeirat Launsbach", "14.10.2026", "Anhörung"],
                  ["Ausschuss für Bau, Umwelt und Energie", "21.10.2026", "Vorberatung"],
                  ["Gemeindevertretung", "05.11.2026", "Entscheidung"]], [50, 20, 30]),
        ("h", "Betreff"),
        ("b", t),
        ("h", "Beschlussvorschlag"),
        ("p", "1. Für das Gebiet „Am Kreuzweg“ in der Gemarkung Launsbach, Flur 4, wird gemäß § 2 Abs. 1 BauGB die Aufstellung "
              "des Bebauungsplans Nr. L 14 beschlossen.\n2. Die frühzeitige Beteiligung der Öffentlichkeit und der Behörden "
              "nach §§ 3 Abs. 1 und 4 Abs. 1 BauGB wird durchgeführt.\n3. Mindestens 30 % der Wohnfläche im Geschosswohnungsbau "
              "sind als geförderter Mietwohnraum festzusetzen."),
        ("h", "Sachverhalt"),
        ("p", "Das rund 4,2 ha große Gebiet ist im Flächennutzungsplan als Wohnbaufläche dargestellt. Die Gemeindevertretung "
              "hat mit Beschluss vom 20.03.2025 (VO/2025/0133) die Verwaltung beauftragt, ein Baugebiet mit gemischten "
              "Wohnformen zu entwickeln. Vorgesehen sind 38 Einfamilien- und Doppelhäuser und drei Mehrfamilienhäuser mit "
              "etwa 60 Wohnungen, davon mindestens 18 geförderte Mietwohnungen für Haushalte mit Wohnberechtigungsschein "
              "sowie eine Wohngruppe für Menschen mit Behinderung."),
        ("p", "Die Erschließung erfolgt über die Kreuzwegstraße; ein Quartiersplatz mit Spielfläche bildet die neue Mitte. "
              "Eine Verkehrsuntersuchung wird im weiteren Verfahren beauftragt."),
        ("h", "Auswirkungen auf das Klima"),
        ("grid", [["Klimarelevanz", "positiv"],
                  ["Begründung", "Festsetzung von Photovoltaik auf allen Hauptdächern, Nahwärmenetz mit Wärmepumpe, "
                                 "Dachbegrünung der Mehrfamilienhäuser; Versickerung des Niederschlagswassers im Gebiet."]], [30, 70]),
        ("h", "Finanzielle Auswirkungen"),
        ("p", "Die Planungskosten von rund 85.000 € trägt ein städtebaulicher Vertrag mit der Erschließungsträgerin. "
              "Haushaltsmittel werden nicht benötigt."),
        ("sp",),
        ("p", "Wettenberg, den 30.09.2026\nDer Gemeindevorstand\ngez. Martina Reuß, Bürgermeisterin"),
        ("small", "Anlagen: Übersichtsplan Geltungsbereich; Städtebaulicher Entwurf (Variante B)"),
    ],
    lab("wettenberg_sdnet_beschlussvorlage", WB, "Beschlussvorlage", "2026-09-30", t, drucksache="VO/2026/0214",
        printed="Beschlussvorlage", public=True, department="Fachdienst 3.1 – Bauleitplanung und Liegenschaften",
        references=["VO/2025/0133"],
        consultations=[("Ortsbeirat Launsbach", "2026-10-14", "Anhörung"),
                       ("Ausschuss für Bau, Umwelt und Energie", "2026-10-21", "Vorberatung"),
                       ("Gemeindevertretung", "2026-11-05", "Entscheidung")],
        klimacheck="positive", klima_style="heading 'Auswirkungen auf das Klima', ruled two-row grid 'Klimarelevanz | positiv' and 'Begründung | …'",
        themes=["stadtentwicklung", "soziales", "klima_umwelt"],
        why="new residential quarter with square; 30 % subsidised rental flats and a group home decided; PV/heat-pump/green roofs as a positive Klimacheck with substance",
        notes="SD.NET-like: two-column head with type, number and 'öffentlich' stacked right; ruled Federführung grid; Beratungsfolge grid with Beratung column incl. Anhörung of the Ortsbeirat; 'Betreff' as a heading over a bold title with German quotes. 'Nr. L 14', 'Flur 4', §§ BauGB are no references; 2 pages in A4."),
    footer="Gemeinde Wettenberg · VO/2026/0214 · Ausdruck vom 01.10.2026"))

t = "Bebauungsplan Nr. L 14 „Am Kreuzweg“, Ortsteil Launsbach – Aufstellungsbeschluss und frühzeitige Beteiligung"
P.append(paper(
    "k11_wettenberg_ortsbeirat-launsbach_stellungnahme-bplan.pdf", "reportlab",
    [
        ("b", "Ortsbeirat Launsbach"),
        ("small", "Ortsvorsteher Heiko Stumpf · Gleiberger Weg 9 · 35435 Wettenberg"),
        ("rule",),
        ("right", "Wettenberg-Launsbach, 15.10.2026"),
        ("p", "An den Gemeindevorstand der Gemeinde Wettenberg\nund den Vorsitzenden der Gemeindevertretung"),
        ("title", "Stellungnahme"),
        ("kv", [("zur Vorlage", "VO/2026/0214"), ("Betreff", t),
                ("Sitzung des Ortsbeirates", "14.10.2026, Bürgerhaus Launsbach")]),
        ("p", "Der Ortsbeirat begrüßt das Baugebiet und den Anteil geförderter Wohnungen ausdrücklich. Er hat in seiner "
              "Sitzung am 14.10.2026 mit 6 Ja-Stimmen und 1 Enthaltung folgende Stellungnahme beschlossen:"),
        ("p", "1. Die Erschließung allein über die Kreuzwegstraße wird abgelehnt. Die Straße ist 5,20 m breit und Schulweg "
              "zur Grundschule; der Ortsbeirat fordert eine zweite Anbindung an die Landesstraße und Tempo 30.\n"
              "2. Die Buslinie muss das Gebiet mit einer Haltestelle am Quartiersplatz anbinden.\n"
              "3. Der Quartiersplatz soll auch einen Treffpunkt für ältere Menschen erhalten."),
        ("p", "Die Verkehrsuntersuchung soll vor der Offenlage vorliegen und dem Ortsbeirat vorgestellt werden."),
        ("sp",),
        ("p", "Heiko Stumpf\nOrtsvorsteher"),
    ],
    lab("wettenberg_ortsbeirat_reportlab_stellungnahme", WB, "Stellungnahme", "2026-10-15", t, printed="Stellungnahme",
        originator="Ortsbeirat Launsbach", answers="VO/2026/0214",
        themes=["stadtentwicklung", "mobilitaet"],
        why="Ortsbeirat on the new quarter; its main demands are road access, Tempo 30 and a bus stop",
        notes="ReportLab letter of the Ortsbeirat; 'zur Vorlage | VO/2026/0214' → answers; own session 14.10.2026 is no consultation; public null. '5,20 m', vote counts, postcode are lures."),
    footer="Ortsbeirat Launsbach – Stellungnahme zu VO/2026/0214"))

t = "Zustand der Radwegeverbindung zwischen Wißmar und Krofdorf-Gleiberg"
P.append(paper(
    "k12_wettenberg_anfrage-gruene_radweg-wissmar.pdf", "ghostscript",
    [
        ("b", "Fraktion BÜNDNIS 90/DIE GRÜNEN in der Gemeindevertretung Wettenberg"),
        ("small", "Fraktionsvorsitzende: Anja Leimbach-Ohl, Am Lindenhof 2, 35435 Wettenberg"),
        ("rule",),
        ("p", "An den Vorsitzenden der Gemeindevertretung\nHerrn Bernd Zöller"),
        ("right", "08.10.2026"),
        ("title", "Anfrage"),
        ("p", "zur Sitzung der Gemeindevertretung am 05.11.2026"),
        ("b", "Betr.: " + t),
        ("p", "Die Verbindung zwischen Wißmar und Krofdorf-Gleiberg wird von Pendlerinnen und Pendlern und von Schülerinnen "
              "und Schülern genutzt. Seit dem Frühjahr häufen sich Beschwerden über Wurzelaufbrüche, fehlende Beleuchtung "
              "an der Unterführung und Pfützen. Wir fragen den Gemeindevorstand:"),
        ("p", "1. Wann wurde der Radweg zuletzt saniert und in welchem Zustand ist er nach der letzten Streckenbegehung?\n"
              "2. Welche Kosten würde eine Sanierung auf 2,50 m Breite mit Asphaltdecke verursachen?\n"
              "3. Sind Fördermittel aus dem Landesprogramm für Nahmobilität möglich, und wurde ein Antrag gestellt?\n"
              "4. Ist eine Beleuchtung der Unterführung mit Bewegungsmeldern geplant?"),
        ("p", "Wir bitten um schriftliche Beantwortung."),
        ("p", "Anja Leimbach-Ohl"),
    ],
    lab("wettenberg_fraktion_ps_anfrage", WB, "Anfrage", "2026-10-08", t, printed="Anfrage",
        originator="Fraktion BÜNDNIS 90/DIE GRÜNEN in der Gemeindevertretung Wettenberg",
        consultations=[("Gemeindevertretung", "2026-11-05", None)],
        themes=["mobilitaet"],
        why="state of a cycle path; commuters and pupils are only its users",
        notes="PostScript Fraktion letterhead; 'Anfrage' heading then 'zur Sitzung der Gemeindevertretung am 05.11.2026' → consultation without role. 'Betr.:' bold. No number printed. '2,50 m' is a lure."),
    footer="BÜNDNIS 90/DIE GRÜNEN Wettenberg · gruene-fraktion@example.org"))

t = "Zustand der Radwegeverbindung zwischen Wißmar und Krofdorf-Gleiberg"
P.append(paper(
    "k13_wettenberg_vo-2026-0231_beantwortung-radweg.pdf", "libreoffice-docx",
    [
        ("grid", [["Gemeinde Wettenberg\nDer Gemeindevorstand", "Mitteilungsvorlage\nVO/2026/0231"],
                  ["Fachdienst 3.3 – Tiefbau und Verkehr", "Datum: 27.10.2026"]], [60, 40]),
        ("kv", [("Beratungsfolge", "Gemeindevertretung, 05.11.2026, zur Kenntnisnahme"),
                ("Gegenstand", "Beantwortung der Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 08.10.2026"),
                ("Betreff", t)]),
        ("p", "Zu Frage 1: Der Radweg wurde 2009 mit einer wassergebundenen Decke erneuert. Bei der Streckenbegehung am "
              "02.09.2026 wurden auf 340 m Länge Wurzelaufbrüche und zwei Absackungen festgestellt."),
        ("p", "Zu Frage 2: Für eine Asphaltierung auf 2,50 m Breite und 1,9 km Länge schätzt die Verwaltung 610.000 € "
              "einschließlich Wurzelschutz."),
        ("p", "Zu Frage 3: Ein Förderantrag aus dem Programm für Nahmobilität ist möglich (Quote bis 70 %). Er wird zum "
              "Stichtag 31.03.2027 vorbereitet, sofern die Gemeindevertretung die Eigenmittel im Haushalt 2027 bereitstellt."),
        ("p", "Zu Frage 4: Eine solarbetriebene Beleuchtung mit Bewegungsmeldern wird geprüft."),
        ("sp",),
        ("p", "gez. Martina Reuß\nBürgermeisterin"),
    ],
    lab("wettenberg_word_antwort_mitteilungsvorlage", WB, "Antwort", "2026-10-27", t, drucksache="VO/2026/0231",
        printed="Mitteilungsvorlage", department="Fachdienst 3.3 – Tiefbau und Verkehr",
        consultations=[("Gemeindevertretung", "2026-11-05", "Kenntnisnahme")],
        themes=["mobilitaet"],
        why="answer on the cycle path (the Anfrage's theme); funding quota mentioned only as a possibility",
        notes="Answer printed as 'Mitteilungsvorlage' with own number; 'Gegenstand: Beantwortung der Anfrage … vom 08.10.2026' shows it is an Antwort; the Anfrage has no number → answers null. Title from 'Betreff' key, not 'Gegenstand'. No public mark → null."),
    header="Gemeinde Wettenberg · Der Gemeindevorstand · Fachdienst 3.3"))

t = "Bericht zum Haushaltsvollzug 2026 – Stand 30.09.2026"
P.append(paper(
    "k14_wettenberg_vo-2026-0226_bericht-haushaltsvollzug.pdf", "chromium",
    [
        ("cols", ["GEMEINDE WETTENBERG", "Der Gemeindevorstand"],
                 ["Mitteilungsvorlage", "VO/2026/0226", "öffentlich"]),
        ("grid", [["Federführung", "Fachdienst 2.1 – Finanzen und Steuern"],
                  ["Bearbeiter", "Frau Tamara Heß"],
                  ["Datum", "12.10.2026"]], [30, 70]),
        ("grid", [["Beratungsfolge", "Sitzungstermin", "Beratung"],
                  ["Haupt- und Finanzausschuss", "28.10.2026", "Kenntnisnahme"],
                  ["Gemeindevertretung", "05.11.2026", "Kenntnisnahme"]], [50, 20, 30]),
        ("h", "Betreff"),
        ("b", t),
        ("h", "Sachverhalt"),
        ("p", "Nach § 28 GemHVO unterrichtet der Gemeindevorstand die Gemeindevertretung über den Stand des Haushaltsvollzugs. "
              "Zum 30.09.2026 zeichnet sich im Ergebnishaushalt ein Fehlbetrag von 0,8 Mio. € statt der geplanten 1,6 Mio. € ab."),
        ("grid", [["Position", "Plan 2026", "Prognose", "Abweichung"],
                  ["Gewerbesteuer", "9.400.000 €", "10.150.000 €", "+750.000 €"],
                  ["Einkommensteueranteil", "11.200.000 €", "11.080.000 €", "−120.000 €"],
                  ["Kreis- und Schulumlage", "12.900.000 €", "12.900.000 €", "0 €"],
                  ["Personalaufwand", "8.700.000 €", "8.520.000 €", "+180.000 €"]], [40, 20, 20, 20]),
        ("p", "Im Finanzhaushalt sind von den Investitionsauszahlungen (7,3 Mio. €) bis September 2,1 Mio. € abgeflossen; "
              "für die Sanierung der Kläranlage und den Radweg Wißmar werden Haushaltsreste gebildet. Die Liquidität ist "
              "gesichert; Kassenkredite wurden nicht in Anspruch genommen."),
        ("sp",),
        ("p", "gez. Martina Reuß, Bürgermeisterin"),
    ],
    lab("wettenberg_sdnet_mitteilungsvorlage", WB, "Mitteilungsvorlage", "2026-10-12", t, drucksache="VO/2026/0226",
        printed="Mitteilungsvorlage", public=True, department="Fachdienst 2.1 – Finanzen und Steuern",
        consultations=[("Haupt- und Finanzausschuss", "2026-10-28", "Kenntnisnahme"),
                       ("Gemeindevertretung", "2026-11-05", "Kenntnisnahme")],
        themes=["finanzen"],
        why="budget execution report; projects named only as lines",
        notes="Same SD.NET-like head as k10 with type Mitteilungsvorlage; figures table with minus sign; '§ 28 GemHVO' and 'Stand 30.09.2026' inside the title are lures for the date (paper date 12.10.2026)."),
    footer="Gemeinde Wettenberg · VO/2026/0226 · Ausdruck vom 13.10.2026"))

# ------------------------------------------------------------------ D Stadt Kirtorf (HE)
KI = "Stadt Kirtorf"

t = "Neufassung der Satzung über die Benutzung der Kindertagesstätten und die Erhebung von Gebühren (Kita-Gebührensatzung)"
P.append(paper(
    "k15_kirtorf_bv-038-2026_kita-gebuehrensatzung.pdf", "ghostscript",
    [
        ("cols", ["Stadt Kirtorf", "Der Magistrat"], ["Vorlage-Nr.: BV/038/2026", "Status: öffentlich", "Datum: 15.10.2026"]),
        ("kv", [("Vorlageart", "Beschlussvorlage"), ("Federführend", "Fachbereich I - Zentrale Dienste, Soziales"),
                ("Bearbeiter", "Frau Carina Eifert")]),
        ("title", t),
        ("grid", [["Datum", "Gremium", "Zuständigkeit"],
                  ["28.10.2026", "Ortsbeirat Ober-Gleen", "Anhörung"],
                  ["10.11.2026", "Haupt- und Finanzausschuss", "Vorberatung"],
                  ["19.11.2026", "Stadtverordnetenversammlung", "Entscheidung"]], [20, 50, 30]),
        ("h", "Beschlussvorschlag:"),
        ("p", "Die Stadtverordnetenversammlung beschließt die Kita-Gebührensatzung in der Fassung der Anlage mit Wirkung "
              "zum 01.01.2027."),
        ("h", "Begründung:"),
        ("p", "Die Kindertagesstätten Kirtorf und Ober-Gleen decken ihre Kosten nur zu 11 % aus Gebühren. Die Gebühren "
              "für Kinder unter drei Jahren wurden seit 2019 nicht angepasst. Vorgeschlagen wird eine Erhöhung der "
              "Betreuungsgebühr für die Ganztagsbetreuung U3 von 280 € auf 310 € monatlich und eine Geschwisterermäßigung "
              "von 50 % ab dem zweiten Kind. Für Kinder ab drei Jahren bleibt die Betreuung bis zu sechs Stunden täglich "
              "nach § 32c HKJGB beitragsfrei. Die Verpflegungspauschale steigt auf 3,90 € je Mittagessen."),
        ("p", "Mehrerträge: rund 46.000 € jährlich. Der Zuschussbedarf der Stadt sinkt damit auf etwa 1,21 Mio. €. Die "
              "Kommunalaufsicht hat im Haushaltsgenehmigungsverfahren 2026 eine Überprüfung der Gebühren gefordert."),
        ("h", "Klimacheck:"),
        ("p", "[ ] positiv   [ ] negativ   [x] keine Auswirkungen"),
        ("sp",),
        ("p", "Kirtorf, 15.10.2026\nAndreas Weitzel, Bürgermeister"),
    ],
    lab("kirtorf_allris_ps_beschlussvorlage", KI, "Beschlussvorlage", "2026-10-15", t, drucksache="BV/038/2026",
        printed="Beschlussvorlage", public=True, department="Fachbereich I - Zentrale Dienste, Soziales",
        consultations=[("Ortsbeirat Ober-Gleen", "2026-10-28", "Anhörung"),
                       ("Haupt- und Finanzausschuss", "2026-11-10", "Vorberatung"),
                       ("Stadtverordnetenversammlung", "2026-11-19", "Entscheidung")],
        klimacheck="neutral", klima_style="key 'Klimacheck:' then one line [ ] positiv [ ] negativ [x] keine Auswirkungen (ASCII boxes)",
        themes=["finanzen", "soziales"],
        why="fee statute (fees and cost coverage argued) serving day care → finanzen first, soziales second",
        notes="ALLRIS-like in PostScript: head columns (council/Magistrat left; Vorlage-Nr./Status/Datum right), then key 'Vorlageart'/'Federführend', unlabelled bold title, Datum|Gremium|Zuständigkeit grid. '§ 32c HKJGB', '3,90 €' are lures; dash printed as '-'."),
    footer="Stadt Kirtorf · Vorlage BV/038/2026 · Seite {page} von {pages}"))

t = "Prüfung eines ehrenamtlichen Bürgerbusses für die Stadtteile"
P.append(paper(
    "k16_kirtorf_antrag-spd_buergerbus.pdf", "reportlab",
    [
        ("title", "SPD-Fraktion in der Stadtverordnetenversammlung Kirtorf"),
        ("small", "Vorsitzender: Mirko Schäfer-Langsdorf · Lehrbacher Straße 21 · 36320 Kirtorf"),
        ("rule",),
        ("p", "An den Vorsitzenden der Stadtverordnetenversammlung\nHerrn Ewald Dietz"),
        ("right", "Kirtorf, 22. Oktober 2026"),
        ("b", "Antrag zur Sitzung der Stadtverordnetenversammlung am 19.11.2026"),
        ("kv", [("Betreff", t)]),
        ("p", "Die Stadtverordnetenversammlung möge beschließen:\nDer Magistrat wird beauftragt, die Einrichtung eines "
              "ehrenamtlich gefahrenen Bürgerbusses für die Stadtteile Arnshain, Gleimenhain, Heimertshausen, Lehrbach und "
              "Wahlen zu prüfen und bis März 2027 ein Konzept mit Kosten, Fahrplan und Trägerschaft vorzulegen."),
        ("h", "Begründung:"),
        ("p", "In den Stadtteilen gibt es außerhalb der Schulzeiten kaum Busverbindungen. Vor allem ältere Menschen ohne "
              "Führerschein sind auf Nachbarn angewiesen, um Arzt, Apotheke und Supermarkt in der Kernstadt zu erreichen. "
              "Bürgerbusvereine in vergleichbaren Orten fahren mit rund 20 Ehrenamtlichen und einem Kleinbus mit neun Sitzen; "
              "das Land fördert die Anschaffung des Fahrzeugs. Ein Elektrofahrzeug wäre anzustreben."),
        ("sp",),
        ("p", "Mirko Schäfer-Langsdorf\nFraktionsvorsitzender"),
    ],
    lab("kirtorf_fraktion_reportlab_antrag", KI, "Antrag", "2026-10-22", t, printed="Antrag",
        originator="SPD-Fraktion in der Stadtverordnetenversammlung Kirtorf",
        consultations=[("Stadtverordnetenversammlung", "2026-11-19", None)],
        themes=["mobilitaet", "soziales"],
        why="citizens' bus for the villages; older people without licence are the stated target group; e-vehicle is one clause",
        notes="ReportLab Fraktion letterhead as large bold title line (not the paper's title); 'Antrag zur Sitzung … am 19.11.2026' → consultation with date, role null; 'Betreff' key table. Village names are settings."),
    footer="SPD-Fraktion Kirtorf"))

t = "9. Sitzung des Ortsbeirates Ober-Gleen"
P.append(paper(
    "k17_kirtorf_niederschrift-ortsbeirat-ober-gleen_2026-10-28.pdf", "libreoffice-docx",
    [
        ("p", "Stadt Kirtorf"),
        ("title", "Niederschrift über die 9. Sitzung des Ortsbeirates Ober-Gleen"),
        ("kv", [("Datum", "Mittwoch, 28.10.2026"), ("Ort", "Dorfgemeinschaftshaus Ober-Gleen"),
                ("Beginn", "19:30 Uhr"), ("Ende", "21:15 Uhr")]),
        ("p", "Anwesend: Ortsvorsteherin Petra Gimbel, Ortsbeiratsmitglieder Hollstein, Kranich, Nau, Weppler; "
              "von der Verwaltung: Frau Eifert (zu TOP 3). Gäste: 11 Bürgerinnen und Bürger."),
        ("h", "TOP 1 Eröffnung, Begrüßung, Feststellung der Beschlussfähigkeit"),
        ("p", "Die Ortsvorsteherin eröffnet die öffentliche Sitzung und stellt die Beschlussfähigkeit fest."),
        ("h", "TOP 2 Verkehrsberuhigung der Ortsdurchfahrt (Alsfelder Straße)"),
        ("p", "Anwohner berichten von Geschwindigkeiten über 70 km/h am Ortseingang. Der Ortsbeirat beantragt beim "
              "Magistrat eine Geschwindigkeitsanzeige, eine Querungshilfe an der Bushaltestelle Kirchplatz und die "
              "Prüfung von Tempo 30 vor dem Kindergarten. Die Straßenverkehrsbehörde soll zur nächsten Sitzung eingeladen "
              "werden.\nBeschluss: einstimmig."),
        ("h", "TOP 3 Kita-Gebührensatzung – Anhörung (Vorlage BV/038/2026)"),
        ("p", "Frau Eifert erläutert die Gebührenerhöhung für unter Dreijährige und die neue Geschwisterermäßigung. Der "
              "Ortsbeirat hält die Erhöhung für vertretbar, bittet aber, die Verpflegungspauschale für Familien mit "
              "geringem Einkommen über das Bildungs- und Teilhabepaket abzufedern.\nBeschluss: Zustimmung mit 4 Ja, 1 Nein."),
        ("h", "TOP 4 Bauanträge"),
        ("p", "Zum Bauantrag Flur 2, Flurstück 87/1 (Carport) bestehen keine Bedenken."),
        ("h", "TOP 5 Verschiedenes"),
        ("p", "Das Backhausfest findet am 12.06.2027 statt. Nächste Sitzung: 20.01.2027."),
        ("sp",),
        ("p", "Petra Gimbel, Ortsvorsteherin          Tobias Nau, Schriftführer"),
    ],
    lab("kirtorf_ortsbeirat_word_niederschrift", KI, "Niederschrift", "2026-10-28", t, printed="Niederschrift",
        public=True, references=["BV/038/2026"],
        themes=["mobilitaet", "finanzen", "soziales"],
        why="traffic calming of the through road (main item), the Kita fee statute hearing with a social relief plea; building applications and Verschiedenes not counted",
        notes="Word minutes of an Ortsbeirat; 'Niederschrift über die 9. Sitzung …' as one bold title line → type word dropped, session as title. 'Flur 2, Flurstück 87/1', '70 km/h', next session date are lures."),
    footer="Niederschrift Ortsbeirat Ober-Gleen 28.10.2026 – Seite {page}"))

t = "31. Sitzung der Stadtverordnetenversammlung"
P.append(paper(
    "k18_kirtorf_einladung-stadtverordnetenversammlung_2026-11-19.pdf", "chromium",
    [
        ("cols", ["Stadt Kirtorf", "Der Vorsitzende der Stadtverordnetenversammlung"], ["Kirtorf, 09.11.2026"]),
        ("p", "An die Mitglieder der Stadtverordnetenversammlung\nan die Mitglieder des Magistrats"),
        ("title", "Einladung zur " + t),
        ("p", "Sehr geehrte Damen und Herren,\nhiermit lade ich Sie gemäß § 58 HGO zur 31. Sitzung der "
              "Stadtverordnetenversammlung am Donnerstag, 19.11.2026, 19:00 Uhr, Bürgerhaus Kirtorf, Großer Saal, ein."),
        ("grid", [["TOP", "Betreff", "Drucksache"],
                  ["1", "Mitteilungen des Vorsitzenden und des Magistrats", ""],
                  ["2", "Neufassung der Kita-Gebührensatzung", "BV/038/2026"],
                  ["3", "Einbringung des Haushaltsplans 2027 mit Investitionsprogramm", "BV/041/2026"],
                  ["4", "Antrag der SPD-Fraktion: Prüfung eines ehrenamtlichen Bürgerbusses", "AN/012/2026"],
                  ["5", "Bericht über die Breitbandversorgung der Stadtteile", "MV/015/2026"],
                  ["6", "Anfragen", ""]], [8, 70, 22]),
        ("p", "Die Sitzung ist öffentlich. Die Vorlagen sind im Bürgerinformationssystem abrufbar."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\nEwald Dietz\nVorsitzender der Stadtverordnetenversammlung"),
    ],
    lab("kirtorf_html_einladung", KI, "Einladung", "2026-11-09", t, printed="Einladung", public=True,
        references=["BV/038/2026", "BV/041/2026", "AN/012/2026", "MV/015/2026"],
        themes=["finanzen", "soziales", "mobilitaet", "digitale_infrastruktur"],
        why="Kita fee statute and budget introduction (finanzen), Kita (soziales), Bürgerbus Antrag, broadband report; Mitteilungen and Anfragen not counted",
        notes="Chromium invitation; title 'Einladung zur 31. Sitzung der Stadtverordnetenversammlung' → session named as title without 'Einladung zur'. Agenda grid with Drucksache column → references. '§ 58 HGO' is a lure. Public true ('Die Sitzung ist öffentlich')."),
    font="serif"))

PAPERS = P
