# Markt Eggolsheim (BY), Verwaltungsgemeinschaft Ebrach (BY), Zweckverband Wasserversorgung Rhön-Maintal-Gruppe (BY),
# Gemeinde Schwanau (BW). All people, numbers and streets invented.

def C(committee, date=None, role=None):
    return {"committee": committee, "date": date, "role": role}


PAPERS = []
P = PAPERS.append

# ------------------------------------------------------------------ Markt Eggolsheim
P(dict(
    id="e01", file="e01_eggolsheim_2026-BA-047_rueckhaltebecken-druegendorf.pdf", producer="chromium",
    layout="eggolsheim_sessionnet_beschlussvorlage", city="Markt Eggolsheim", font="sans",
    footer="Ausdruck vom 21.10.2026 · Seite {page} von {pages} · Vorlage 2026/BA/047",
    blocks=[
        ("cols", ["Markt Eggolsheim", "Bauamt", "Sachbearbeitung: Herr Kestler", "Tel. 09545 4411-31",
                  "Hauptstraße 27, 91330 Eggolsheim"],
         ["Beschlussvorlage", "Vorlage-Nr.: 2026/BA/047", "Datum: 14.10.2026", "Status: nichtöffentlich"]),
        ("kv", [("Betreff:", "Regenrückhaltebecken Drügendorf – Vergabe der Erd- und Betonarbeiten")], False),
        ("grid", ["Beratungsfolge", "Sitzungstermin", "Ö/N", "Zuständigkeit"],
         [["Bau- und Umweltausschuss", "03.11.2026", "N", "Vorberatung"],
          ["Marktgemeinderat", "17.11.2026", "N", "Entscheidung"]], True),
        ("b", "Sachverhalt:"),
        ("p", "Mit Beschluss vom 12.05.2026 (Vorlage 2026/BA/019) hat der Marktgemeinderat die Entwurfsplanung für das "
              "Regenrückhaltebecken am Ortsrand von Drügendorf gebilligt. Das Becken mit rund 1.450 m³ Nutzvolumen soll "
              "die Mischwasserkanalisation in der Kauernhofener Straße bei Starkregen entlasten. Nach den Ereignissen im "
              "Juni 2025 liefen in Drügendorf elf Keller voll."),
        ("p", "Die Leistungen wurden nach § 3 Abs. 3 VOB/A öffentlich ausgeschrieben. Zum Submissionstermin am "
              "07.10.2026 lagen sechs Angebote vor. Wirtschaftlichstes Angebot ist das der Firma Tiefbau Wunder GmbH, "
              "Hirschaid, mit einer geprüften Angebotssumme von 612.840,55 € brutto."),
        ("b", "Finanzierung:"),
        ("grid", ["Position", "Betrag"],
         [["Kostenberechnung (Vorlage 2026/BA/019)", "655.000 €"], ["Angebot Tiefbau Wunder GmbH", "612.840,55 €"],
          ["Zuwendung nach RZWas 2021 (voraussichtlich 35 %)", "214.494 €"],
          ["Eigenanteil Markt (Haushaltsstelle 7000.9530)", "398.346,55 €"]], True),
        ("p", "Im Haushalt 2026 stehen bei der Haushaltsstelle 7000.9530 Mittel in Höhe von 420.000 € bereit. Der "
              "Zuwendungsbescheid des Wasserwirtschaftsamtes liegt seit 29.09.2026 vor (Az. 3-4414-FO-118/26); der "
              "vorzeitige Maßnahmenbeginn ist zugelassen."),
        ("pb",),
        ("b", "Auswirkungen auf den Klimaschutz:"),
        ("p", "☐ positiv   ☐ negativ   ☒ keine wesentlichen Auswirkungen"),
        ("b", "Beschlussvorschlag:"),
        ("p", "Der Marktgemeinderat beschließt, die Erd- und Betonarbeiten für das Regenrückhaltebecken Drügendorf an die "
              "Firma Tiefbau Wunder GmbH zum Angebotspreis von 612.840,55 € brutto zu vergeben. Der Erste Bürgermeister "
              "wird ermächtigt, den Auftrag zu erteilen."),
        ("sp",),
        ("p", "Anlagen: Vergabevermerk, Preisspiegel"),
        ("r", "gez. Hans-Peter Grasser, Erster Bürgermeister"),
    ],
    T=dict(drucksache="2026/BA/047", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-14",
           title="Regenrückhaltebecken Drügendorf – Vergabe der Erd- und Betonarbeiten", public=False, department="Bauamt",
           originator=None, answers=None, references=["2026/BA/019"],
           consultations=[C("Bau- und Umweltausschuss", "2026-11-03", "Vorberatung"), C("Marktgemeinderat", "2026-11-17", "Entscheidung")],
           klimacheck="neutral", klima_style="bold heading 'Auswirkungen auf den Klimaschutz:' then one line of ☐/☒ (☒ keine wesentlichen Auswirkungen), on page 2",
           themes=["klima_umwelt", "finanzen"],
           themes_why="storm-water retention basin against flooding of cellars (water management); tender award with a financing table (RZWas grant share, own share) argued",
           notes="SessionNet-like two-column head without rules (unit, clerk, phone, address left; type, number, date, 'Status: nichtöffentlich' right → public false, usual for a tender award naming bidders); ruled Beratungsfolge with the Ö/N column all 'N'; 'Ausdruck vom' end-of-page footer on both pages with the number. 'Az. 3-4414-FO-118/26', 'Haushaltsstelle 7000.9530', '§ 3 Abs. 3 VOB/A' are no references."),
))

P(dict(
    id="e02", file="e02_eggolsheim_antrag-fw_buergerbus.pdf", producer="libreoffice-docx",
    layout="eggolsheim_fraktion_word_antrag", city="Markt Eggolsheim", font="serif",
    header="Freie Wähler Eggolsheim e.V. · Fraktion im Marktgemeinderat · Am Kellerberg 4 · 91330 Eggolsheim",
    footer="Fraktionssprecherin: Monika Dippold · monika.dippold@fw-eggolsheim.example · 0176 2290418",
    blocks=[
        ("lh", ["Fraktion Freie Wähler", "im Marktgemeinderat Eggolsheim"], "l"),
        ("p", "An den Ersten Bürgermeister des Marktes Eggolsheim"),
        ("p", "Herrn Hans-Peter Grasser"),
        ("p", "Rathaus, Hauptstraße 27"),
        ("r", "Eggolsheim, 02.10.2026"),
        ("sp",),
        ("b", "Antrag: Einführung eines ehrenamtlich gefahrenen Bürgerbusses für die Ortsteile"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "die Fraktion der Freien Wähler beantragt, dass der Marktgemeinderat folgenden Beschluss fasst:"),
        ("p", "1. Die Verwaltung wird beauftragt, bis zum 31.03.2027 ein Konzept für einen Bürgerbus vorzulegen, der "
              "an zwei Vormittagen je Woche die Ortsteile Bammersdorf, Tiefenstürmig, Weigelshofen und Kauernhofen mit "
              "dem Hauptort (Arztpraxen, Apotheke, Nahversorger) verbindet."),
        ("p", "2. Für die Beschaffung eines Kleinbusses mit acht Fahrgastplätzen werden im Haushalt 2027 Mittel "
              "vorgesehen; Fördermöglichkeiten nach der Richtlinie zur Förderung des ÖPNV sind zu prüfen."),
        ("b", "Begründung:"),
        ("p", "In den Ortsteilen leben inzwischen über 600 Menschen, die älter als 70 Jahre sind. Die Buslinie hält dort "
              "nur im Schülerverkehr. Viele Ältere sind auf Nachbarn angewiesen, um zum Arzt oder zum Einkaufen zu kommen. "
              "Im Seniorenforum am 18.09.2026 haben sich 14 Personen bereit erklärt, den Bus ehrenamtlich zu fahren."),
        ("p", "Wir bitten, den Antrag in der Sitzung des Marktgemeinderates am 17.11.2026 zu behandeln."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Monika Dippold, Fraktionssprecherin      Thomas Seeberger      Anja Kraus"),
    ],
    T=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-02",
           title="Einführung eines ehrenamtlich gefahrenen Bürgerbusses für die Ortsteile", public=None, department=None,
           originator="Fraktion Freie Wähler im Marktgemeinderat Eggolsheim", answers=None, references=[],
           consultations=[], klimacheck=None, klima_style=None, themes=["mobilitaet", "soziales"],
           themes_why="volunteer community bus for outlying villages; stated target group: residents over 70 going to doctors and shops",
           notes="Word letter of a Fraktion; two-line body letterhead (originator = both lines joined); Word header with the e.V. address line; 'Antrag: …' bold subject line. The session named in prose is a request, no Beratungsfolge → consultations empty."),
))

P(dict(
    id="e03", file="e03_eggolsheim_2026-KAE-012_haushaltsvollzug.pdf", producer="reportlab",
    layout="eggolsheim_reportlab_informationsvorlage", city="Markt Eggolsheim",
    footer="Markt Eggolsheim · Kämmerei · Informationsvorlage 2026/KÄ/012 · Seite {page}/{pages}",
    blocks=[
        ("lh", ["MARKT EGGOLSHEIM", "Hauptstraße 27 · 91330 Eggolsheim · Telefon 09545 4411-0"], "l"),
        ("h1", "Informationsvorlage"),
        ("kv", [("Vorlagen-Nr.", "2026/KÄ/012"), ("Organisationseinheit", "Kämmerei"), ("Bearbeiter", "Frau Sponsel, Tel. -21"),
                ("Datum", "19.10.2026"), ("Gremium", "Marktgemeinderat"), ("Sitzung am", "17.11.2026"),
                ("Art der Behandlung", "zur Kenntnisnahme – öffentlich")], True),
        ("b", "Haushaltsvollzug 2026 – Bericht zum Stand 30. September"),
        ("p", "Die Kämmerei berichtet über den Vollzug des Haushaltsplans 2026. Im Verwaltungshaushalt liegt das "
              "Gewerbesteueraufkommen mit 3,84 Mio. € um 410.000 € über dem Ansatz; die Einkommensteuerbeteiligung "
              "entwickelt sich planmäßig. Die Kreisumlage wurde nach dem endgültigen Bescheid um 62.000 € höher festgesetzt."),
        ("grid", ["Bereich", "Ansatz 2026", "Ist 30.09.", "Prognose 31.12."],
         [["Gewerbesteuer", "3.430.000 €", "3.840.200 €", "3.900.000 €"],
          ["Einkommensteueranteil", "4.120.000 €", "3.069.400 €", "4.120.000 €"],
          ["Kreisumlage", "2.610.000 €", "2.004.000 €", "2.672.000 €"],
          ["Zuführung an den Vermögenshaushalt", "1.150.000 €", "–", "1.420.000 €"]], False),
        ("p", "Im Vermögenshaushalt verzögern sich der Ausbau der Gemeindeverbindungsstraße Weigelshofen–Tiefenstürmig "
              "(Haushaltsstelle 6300.9510) und der Ersatz des Löschfahrzeugs der Feuerwehr Bammersdorf; die Mittel werden "
              "als Haushaltsausgabereste übertragen. Eine Kreditaufnahme ist 2026 voraussichtlich nicht erforderlich "
              "(Art. 71 GO)."),
        ("p", "Ein Beschluss ist nicht erforderlich."),
    ],
    T=dict(drucksache="2026/KÄ/012", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-10-19",
           title="Haushaltsvollzug 2026 – Bericht zum Stand 30. September", public=True, department="Kämmerei",
           originator=None, answers=None, references=[],
           consultations=[C("Marktgemeinderat", "2026-11-17", "Kenntnisnahme")], klimacheck=None, klima_style=None,
           themes=["finanzen"], themes_why="budget execution report; road and fire engine appear only as budget lines",
           notes="ReportLab ruled key table under the type word; title as unlabelled bold line after the table; 'Art der Behandlung: zur Kenntnisnahme – öffentlich' gives role and public. 'Haushaltsstelle 6300.9510', 'Art. 71 GO' are no references."),
))

P(dict(
    id="e04", file="e04_eggolsheim_anfrage_radweg-bammersdorf.pdf", producer="ghostscript",
    layout="eggolsheim_member_letter_anfrage_ps", city="Markt Eggolsheim", font="serif",
    blocks=[
        ("lh", ["Sabine Hofmockel", "Marktgemeinderätin (Bündnis 90/Die Grünen)", "Lindenweg 9, 91330 Eggolsheim-Bammersdorf"], "l"),
        ("p", "Markt Eggolsheim"),
        ("p", "Herrn Ersten Bürgermeister Hans-Peter Grasser"),
        ("r", "Bammersdorf, 05.10.2026"),
        ("s", "Eingangsvermerk Sitzungsdienst: 06.10.2026 - Anfrage Nr. 07/2026"),
        ("b", "Anfrage: Radverbindung Bammersdorf - Eggolsheim entlang der Kreisstraße"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "gemäß § 29 der Geschäftsordnung des Marktgemeinderates bitte ich um schriftliche Beantwortung folgender Fragen:"),
        ("p", "1. Wie ist der Stand der Gespräche mit dem Landkreis über einen straßenbegleitenden Radweg zwischen Bammersdorf und dem Hauptort?"),
        ("p", "2. Welche Grundstücke (Anzahl, Fläche) müssten erworben werden, und sind die Eigentümer bereits angesprochen worden?"),
        ("p", "3. Wie viele Schülerinnen und Schüler aus Bammersdorf fahren derzeit mit dem Rad zur Grund- und Mittelschule?"),
        ("p", "4. Kann bis zum Bau eine Geschwindigkeitsbegrenzung auf 70 km/h im Abschnitt an der Einmündung Lindenweg erreicht werden?"),
        ("p", "Begründung: Der Abschnitt ist 1,9 km lang, schmal und unbeleuchtet. Im Sommer 2026 kam es zu zwei Unfällen mit Radfahrenden."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Sabine Hofmockel"),
    ],
    T=dict(drucksache="07/2026", doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-05",
           title="Radverbindung Bammersdorf - Eggolsheim entlang der Kreisstraße", public=None, department=None,
           originator="Sabine Hofmockel", answers=None, references=[], consultations=[], klimacheck=None, klima_style=None,
           themes=["mobilitaet"], themes_why="cycle path along a county road; the school-children question is one item, not a section",
           notes="Hand-written PostScript member letter (Times); the number is only in a small 'Eingangsvermerk Sitzungsdienst' stamp line ('Anfrage Nr. 07/2026') above the subject; date from the place-date line, not the stamp. Originator by name only (party in the letterhead line left out). '§ 29 der Geschäftsordnung' no reference. Dashes print as '-'."),
))

P(dict(
    id="e05", file="e05_eggolsheim_antwort-anfrage-07-2026.pdf", producer="chromium",
    layout="eggolsheim_html_beantwortung", city="Markt Eggolsheim", font="dejavu",
    blocks=[
        ("lh", ["Markt Eggolsheim", "Der Erste Bürgermeister", "Bauamt – Tiefbau und Verkehr"], "r"),
        ("h1", "Beantwortung der Anfrage Nr. 07/2026"),
        ("kv", [("Anfragende:", "Marktgemeinderätin Sabine Hofmockel"), ("Thema:", "Radverbindung Bammersdorf – Eggolsheim entlang der Kreisstraße"),
                ("Datum:", "28.10.2026"), ("Az.:", "632-11/Bam")], False),
        ("p", "Zu 1: Der Landkreis hat den Radweg in die Prioritätenliste seines Radverkehrskonzepts (Stufe 2) aufgenommen. "
              "Ein Planungsauftrag ist nach Auskunft der Kreisbauverwaltung für 2027 vorgesehen."),
        ("p", "Zu 2: Betroffen wären nach einer ersten Trassenskizze 23 Flurstücke mit zusammen rund 6.900 m². Eigentümer "
              "wurden noch nicht angesprochen; dies soll erst nach Vorliegen der Vorplanung geschehen."),
        ("p", "Zu 3: Nach Angaben der Schulleitung fahren im Schuljahr 2026/27 regelmäßig 17 Kinder aus Bammersdorf mit dem Rad."),
        ("p", "Zu 4: Die Straßenverkehrsbehörde hat eine Beschränkung auf 70 km/h im Bereich der Einmündung Lindenweg "
              "zugesagt; die Beschilderung erfolgt im November."),
        ("p", "Die Antwort wird dem Marktgemeinderat in der Sitzung am 17.11.2026 bekannt gegeben."),
        ("r", "Hans-Peter Grasser, Erster Bürgermeister"),
    ],
    T=dict(drucksache=None, doc_type="Antwort", doc_type_printed="Beantwortung", date="2026-10-28",
           title="Radverbindung Bammersdorf – Eggolsheim entlang der Kreisstraße", public=None, department="Bauamt – Tiefbau und Verkehr",
           originator=None, answers="07/2026", references=[], consultations=[], klimacheck=None, klima_style=None,
           themes=["mobilitaet"], themes_why="answer to the cycle-path Anfrage (Anfrage's theme)",
           notes="Right-aligned letterhead with the unit as third line; heading 'Beantwortung der Anfrage Nr. 07/2026' carries the answered number (no own number); title from the 'Thema:' key. 'Az.: 632-11/Bam' no reference; the Marktgemeinderat session is only a Bekanntgabe in prose (no consultation)."),
))

# ------------------------------------------------------------------ Verwaltungsgemeinschaft Ebrach
VGE_HEAD = "Verwaltungsgemeinschaft Ebrach · für die Mitgliedsgemeinden Markt Ebrach, Markt Burgwindheim und Gemeinde Schönbrunn i. Steigerwald · Rathausplatz 2 · 96157 Ebrach"
P(dict(
    id="v01", file="v01_vg-ebrach_schoenbrunn_sitzungsvorlage-dorfgemeinschaftshaus.pdf", producer="libreoffice-docx",
    layout="vg_ebrach_word_sitzungsvorlage", city="Gemeinde Schönbrunn i. Steigerwald", font="sans",
    header=VGE_HEAD, footer="VG Ebrach · Vorlagenmuster 3/2019 · Telefon 09553 9201-0 · poststelle@vg-ebrach.example",
    blocks=[
        ("kv", [("Gemeinde:", "Schönbrunn i. Steigerwald"), ("Gremium:", "Gemeinderat"), ("Sitzung am:", "12.11.2026"),
                ("öffentlich / nichtöffentlich:", "öffentlich"), ("Sachgebiet:", "Bauverwaltung"), ("Sachbearbeiter:", "Herr Mahr"),
                ("Datum:", "26.10.2026"), ("Vorlage Nr.:", "SCH/2026/38")], True),
        ("h1", "Sitzungsvorlage"),
        ("p", "Tagesordnungspunkt:"),
        ("b", "Umbau des ehemaligen Schulhauses zum Dorfgemeinschaftshaus – Antrag auf Förderung aus der Dorferneuerung"),
        ("b", "Sachverhalt"),
        ("p", "Das ehemalige Schulhaus in der Steigerwaldstraße 14 steht seit 2021 leer. Der Arbeitskreis Dorferneuerung hat "
              "eine Nutzung als Dorfgemeinschaftshaus mit Saal für 80 Personen, Vereinsräumen für Musikverein und Landjugend "
              "und einem barrierefreien WC vorgeschlagen. Das Architekturbüro Rüttger hat die Kosten auf 1.180.000 € brutto geschätzt."),
        ("p", "Das Amt für Ländliche Entwicklung hat eine Förderung von bis zu 60 % der förderfähigen Kosten in "
              "Aussicht gestellt. Der Eigenanteil der Gemeinde von rund 472.000 € soll 2027 und 2028 aus der Rücklage und "
              "einem Kredit finanziert werden; die Finanzplanung ist entsprechend anzupassen."),
        ("b", "Beschlussvorschlag"),
        ("p", "Der Gemeinderat beschließt, den Umbau des ehemaligen Schulhauses zum Dorfgemeinschaftshaus auf Grundlage der "
              "Kostenschätzung durchzuführen und beim Amt für Ländliche Entwicklung den Förderantrag zu stellen."),
        ("p", "Ebrach, 26.10.2026"),
        ("p", "i. A. Mahr"),
    ],
    T=dict(drucksache="SCH/2026/38", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage", date="2026-10-26",
           title="Umbau des ehemaligen Schulhauses zum Dorfgemeinschaftshaus – Antrag auf Förderung aus der Dorferneuerung",
           public=True, department="Bauverwaltung", originator=None, answers=None, references=[],
           consultations=[C("Gemeinderat", "2026-11-12", None)], klimacheck=None, klima_style=None,
           themes=["kultur_sport", "finanzen"],
           themes_why="village community hall for clubs (music club, rural youth); funding rate and the municipality's own share with loan argued",
           notes="Word template of a Verwaltungsgemeinschaft serving three Gemeinden: the header names the VG, the ruled key table first names the member Gemeinde (city = the Gemeinde whose council decides). Number 'Vorlage Nr.:' last row of the key table; printed 'Sitzungsvorlage' with a Beschlussvorschlag → Beschlussvorlage; title after the label line 'Tagesordnungspunkt:'. No role printed → role null; public from 'öffentlich / nichtöffentlich: öffentlich'."),
))

P(dict(
    id="v02", file="v02_vg-ebrach_gv-2026-07_stellenplan.pdf", producer="reportlab",
    layout="vg_ebrach_reportlab_gemeinschaftsversammlung", city="Verwaltungsgemeinschaft Ebrach",
    footer="Verwaltungsgemeinschaft Ebrach · Rathausplatz 2 · 96157 Ebrach · Seite {page} von {pages}",
    blocks=[
        ("lh", ["Verwaltungsgemeinschaft Ebrach", "Geschäftsstelle · Rathausplatz 2 · 96157 Ebrach · Tel. 09553 9201-0"], "c"),
        ("hr",),
        ("kv", [("Beschlussvorlage", "GV 2026/07"), ("für die Sitzung der", "Gemeinschaftsversammlung am 19.11.2026"),
                ("Behandlung", "öffentlich"), ("Geschäftsbereich", "Geschäftsleitung / Personal"), ("Datum", "30.10.2026")], False),
        ("b", "Betreff: Stellenplan 2027 – Schaffung einer Stelle für das Standesamt und Neuordnung der Kasse"),
        ("p", "Die Verwaltungsgemeinschaft erledigt für die drei Mitgliedsgemeinden die Aufgaben des übertragenen "
              "Wirkungskreises einschließlich des Standesamts. Die Zahl der Beurkundungen ist seit 2023 um 38 % gestiegen, "
              "seit der Zusammenlegung der Standesamtsbezirke im Steigerwald. Zugleich scheidet der Kassenverwalter im "
              "Juni 2027 in den Ruhestand."),
        ("p", "Die Geschäftsleitung schlägt vor, eine zusätzliche Stelle (E 8, 0,75 VZÄ) für das Standesamt zu schaffen und "
              "die Kasse mit der Steuerverwaltung zu einem Sachgebiet Finanzen zusammenzulegen. Die Mehrkosten von "
              "rund 46.000 € jährlich werden über die Verwaltungsumlage nach Einwohnern verteilt (Markt Ebrach 41 %, "
              "Markt Burgwindheim 33 %, Schönbrunn i. Steigerwald 26 %)."),
        ("grid", ["Mitgliedsgemeinde", "Einwohner 30.06.2026", "Anteil Mehrkosten"],
         [["Markt Ebrach", "1.812", "18.860 €"], ["Markt Burgwindheim", "1.457", "15.180 €"], ["Schönbrunn i. Steigerwald", "1.150", "11.960 €"]], True),
        ("b", "Beschlussvorschlag:"),
        ("p", "Die Gemeinschaftsversammlung beschließt den Stellenplan 2027 mit einer zusätzlichen Stelle E 8 (0,75) im "
              "Standesamt und die Bildung eines Sachgebiets Finanzen aus Kasse und Steuerverwaltung zum 01.07.2027."),
        ("r", "Ebrach, 30.10.2026 – Gemeinschaftsvorsitzender Markus Leicht"),
    ],
    T=dict(drucksache="GV 2026/07", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-30",
           title="Stellenplan 2027 – Schaffung einer Stelle für das Standesamt und Neuordnung der Kasse", public=True,
           department="Geschäftsleitung / Personal", originator=None, answers=None, references=[],
           consultations=[C("Gemeinschaftsversammlung", "2026-11-19", None)], klimacheck=None, klima_style=None,
           themes=["verwaltung", "finanzen"],
           themes_why="staff plan and reorganisation of the VG; the cost split through the Verwaltungsumlage among members is argued with a table",
           notes="Centred ReportLab letterhead; borderless key list whose first key is the type word with the number as its value ('Beschlussvorlage | GV 2026/07'); 'für die Sitzung der | Gemeinschaftsversammlung am 19.11.2026' = consultation without role; 'Behandlung öffentlich'; 'Betreff:' inline bold."),
))

P(dict(
    id="v03", file="v03_vg-ebrach_burgwindheim_niederschrift-2026-10.pdf", producer="ghostscript",
    layout="vg_ebrach_ps_niederschrift", city="Markt Burgwindheim", font="sans",
    header="Niederschrift Marktgemeinderat Burgwindheim vom 15.10.2026",
    footer="Verwaltungsgemeinschaft Ebrach - Sitzungsdienst - Seite {page} von {pages}",
    blocks=[
        ("lh", ["Markt Burgwindheim", "Verwaltungsgemeinschaft Ebrach - Rathausplatz 2 - 96157 Ebrach"], "l"),
        ("h1", "Niederschrift"),
        ("p", "über die öffentliche Sitzung des Marktgemeinderates Burgwindheim"),
        ("kv", [("Sitzungstag:", "Donnerstag, 15.10.2026"), ("Sitzungsort:", "Sitzungssaal, Rathaus Burgwindheim"),
                ("Beginn / Ende:", "19:00 Uhr / 21:40 Uhr"), ("Vorsitz:", "Erster Bürgermeister Jürgen Saffer"),
                ("Schriftführung:", "Frau Bäuerlein (VG Ebrach)")], False),
        ("p", "Anwesend: 12 von 13 Mitgliedern; entschuldigt: Marktgemeinderat Klaus Hümmer. Die Beschlussfähigkeit wurde festgestellt (Art. 47 Abs. 2 GO)."),
        ("b", "TOP 1 Genehmigung der Niederschrift vom 17.09.2026"),
        ("p", "Die Niederschrift wird ohne Änderungen genehmigt. Abstimmung: 12 : 0"),
        ("b", "TOP 2 Erweiterung der Kindertagesstätte St. Jakobus um eine Krippengruppe (Vorlage BW/2026/41)"),
        ("p", "Frau Endres (Kita-Verbund) erläutert den Bedarf: Für 2027 liegen 19 Anmeldungen für 12 Krippenplätze vor. "
              "Der Anbau in Holzbauweise kostet nach Schätzung 890.000 EUR; beantragt wird eine Förderung nach Art. 10 BayFAG "
              "sowie aus dem Sonderinvestitionsprogramm Kinderbetreuung. Der Marktanteil wird mit 310.000 EUR veranschlagt."),
        ("p", "Beschluss: Der Marktgemeinderat stimmt dem Anbau einer Krippengruppe zu und beauftragt die Verwaltung, die Förderanträge zu stellen. Abstimmung: 12 : 0"),
        ("b", "TOP 3 Ausbau der Ortsstraße \"Am Mühlbach\" - Abrechnung und Schlussrechnung (Vorlage BW/2026/44)"),
        ("p", "Die Schlussrechnung liegt mit 241.377,12 EUR um 3,4 % unter dem Auftragswert. Die Maßnahme wurde nach der RZStra gefördert."),
        ("p", "Beschluss: Der Marktgemeinderat nimmt die Abrechnung zur Kenntnis. Abstimmung: 12 : 0"),
        ("pb",),
        ("b", "TOP 4 Bauanträge"),
        ("p", "4.1 Neubau einer landwirtschaftlichen Maschinenhalle, Fl.-Nr. 412, Gemarkung Untersteinach - Einvernehmen erteilt, 12 : 0"),
        ("p", "4.2 Anbau eines Wintergartens, Waldstraße 3 - Einvernehmen erteilt, 11 : 1"),
        ("b", "TOP 5 Bekanntgaben und Anfragen"),
        ("p", "Der Vorsitzende gibt bekannt, dass die Gemeinschaftsversammlung am 19.11.2026 über den Stellenplan der Verwaltungsgemeinschaft berät. "
              "Marktgemeinderätin Eva Rössner fragt nach dem Winterdienst im Ortsteil Untersteinach; die Verwaltung antwortet in der nächsten Sitzung."),
        ("p", "Es folgt ein nichtöffentlicher Teil."),
        ("sp",),
        ("p", "Jürgen Saffer, Erster Bürgermeister                    Bäuerlein, Schriftführerin"),
    ],
    T=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-15",
           title="öffentliche Sitzung des Marktgemeinderates Burgwindheim", public=True, department=None, originator=None,
           answers=None, references=["BW/2026/41", "BW/2026/44"], consultations=[], klimacheck=None, klima_style=None,
           themes=["soziales", "finanzen"],
           themes_why="main item: new crèche group of the Kita (childcare → soziales) with funding programmes and own share; the road settlement is a closing account only; Bauanträge/Bekanntgaben not counted",
           notes="PostScript minutes written by the VG for a member Markt (city = the Markt); 'Niederschrift' heading, session as 'über die öffentliche Sitzung des …' line (title without 'über die'); running head on page 2 with the date; agenda items cite Vorlagen (references). 'Art. 47 Abs. 2 GO', 'Fl.-Nr. 412', 'Art. 10 BayFAG' no references; Gemeinschaftsversammlung date in Bekanntgaben is a lure."),
))

P(dict(
    id="v04", file="v04_vg-ebrach_einladung-gemeinschaftsversammlung.pdf", producer="chromium",
    layout="vg_ebrach_html_einladung", city="Verwaltungsgemeinschaft Ebrach", font="serif",
    blocks=[
        ("lh", ["Verwaltungsgemeinschaft Ebrach", "Der Gemeinschaftsvorsitzende", "Rathausplatz 2, 96157 Ebrach · Telefon 09553 9201-0"], "l"),
        ("p", "An die Mitglieder der Gemeinschaftsversammlung"),
        ("r", "Ebrach, 05.11.2026"),
        ("h1", "Einladung"),
        ("p", "zur 4. Sitzung der Gemeinschaftsversammlung der Verwaltungsgemeinschaft Ebrach am Donnerstag, 19.11.2026, "
              "um 18:30 Uhr im Sitzungssaal des Rathauses Ebrach."),
        ("b", "Tagesordnung – öffentlicher Teil"),
        ("grid", ["TOP", "Gegenstand", "Vorlage"],
         [["1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", ""],
          ["2", "Genehmigung der Niederschrift der Sitzung vom 09.07.2026", ""],
          ["3", "Stellenplan 2027 – Schaffung einer Stelle für das Standesamt und Neuordnung der Kasse", "GV 2026/07"],
          ["4", "Haushaltssatzung und Haushaltsplan 2027 der Verwaltungsgemeinschaft; Festsetzung der Verwaltungsumlage", "GV 2026/08"],
          ["5", "Einführung eines elektronischen Rechnungseingangs und der E-Akte in der Kasse", "GV 2026/09"],
          ["6", "Bekanntgaben, Anfragen", ""]], True),
        ("b", "Tagesordnung – nichtöffentlicher Teil"),
        ("p", "7 Personalangelegenheiten   8 Grundstücksangelegenheiten"),
        ("p", "Die Vorlagen sind im Ratsinformationssystem eingestellt. Bitte teilen Sie eine Verhinderung bis 17.11.2026 mit."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Markus Leicht, Gemeinschaftsvorsitzender"),
    ],
    T=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-11-05",
           title="4. Sitzung der Gemeinschaftsversammlung der Verwaltungsgemeinschaft Ebrach", public=None, department=None,
           originator=None, answers=None, references=["GV 2026/07", "GV 2026/08", "GV 2026/09"], consultations=[],
           klimacheck=None, klima_style=None, themes=["verwaltung", "finanzen", "digitalisierung"],
           themes_why="agenda: staff plan and reorganisation (largest), budget and Umlage, e-invoice and e-file; opening/minutes/Bekanntgaben not counted",
           notes="Letter invitation; session named in the 'zur 4. Sitzung der …' line (title = the session without date/time); agenda TOP | Gegenstand | Vorlage (references); public and non-public parts → public null."),
))

# ------------------------------------------------------------------ Zweckverband Rhön-Maintal-Gruppe
RMG = "Zweckverband Wasserversorgung Rhön-Maintal-Gruppe"
P(dict(
    id="r01", file="r01_rmg_vv-2026-09_wassergebuehren.pdf", producer="reportlab",
    layout="rmg_reportlab_verbandsvorlage", city=RMG,
    footer="Zweckverband Wasserversorgung Rhön-Maintal-Gruppe · Körperschaft des öffentlichen Rechts · Seite {page} von {pages}",
    blocks=[
        ("lh", [RMG, "Verbandsgeschäftsstelle · Technische Betriebsleitung · Kaufmännische Leitung"], "l"),
        ("cols", ["Sitzungsvorlage für die Verbandsversammlung", "", "Neukalkulation der Wasserverbrauchs- und Grundgebühren",
                  "für den Kalkulationszeitraum 2027 bis 2030"],
         ["Vorlage VV 2026/09", "Datum: 22.10.2026", "Bereich: Kaufmännische Leitung", "Bearbeitung: Frau Gessner",
          "Beratung:", "Verbandsausschuss 11.11.2026 – vorberatend", "Verbandsversammlung 26.11.2026 – beschließend", "öffentliche Sitzung"]),
        ("b", "1. Ausgangslage"),
        ("p", "Die Gebühren wurden zuletzt für 2023 bis 2026 kalkuliert (Vorlage VV 2022/11). Der Verband versorgt rund "
              "61.000 Einwohner in 14 Mitgliedsgemeinden aus neun Brunnen. Für die Jahre 2027 bis 2030 sind der Neubau des "
              "Brunnens IV bei Rannungen, die Ertüchtigung der Aufbereitung Maßbach (Enteisenung, UV-Desinfektion) und die "
              "Erneuerung von 11 km Transportleitung eingeplant."),
        ("b", "2. Kalkulation"),
        ("grid", ["", "2023–2026", "2027–2030"],
         [["Verbrauchsgebühr je m³", "1,86 €", "2,19 €"], ["Grundgebühr Qn 2,5 je Jahr", "72,00 €", "84,00 €"],
          ["kalkulatorische Abschreibungen p. a.", "2,41 Mio. €", "3,02 Mio. €"], ["Unterdeckung aus Vorperiode", "–", "212.000 €"]], True),
        ("p", "Die Erhöhung ergibt sich zu etwa zwei Dritteln aus den Investitionen in Brunnen und Aufbereitung. Ein "
              "Vier-Personen-Haushalt mit 150 m³ zahlt künftig rund 61 € im Jahr mehr. Die Kalkulation folgt Art. 8 KAG."),
        ("b", "3. Auswirkungen auf das Klima"),
        ("p", "Die neue UV-Anlage ersetzt die Chlordosierung; durch drehzahlgeregelte Pumpen sinkt der Stromverbrauch der "
              "Aufbereitung Maßbach um rund 18 %. Die Maßnahmen wirken sich positiv auf den Klimaschutz aus."),
        ("b", "4. Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt die Gebührenkalkulation 2027–2030 und die Satzung zur Änderung der "
              "Beitrags- und Gebührensatzung zur Wasserabgabesatzung (Anlage 2)."),
        ("r", "Rüdiger Manz, Verbandsvorsitzender"),
    ],
    T=dict(drucksache="VV 2026/09", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage", date="2026-10-22",
           title="Neukalkulation der Wasserverbrauchs- und Grundgebühren für den Kalkulationszeitraum 2027 bis 2030", public=True,
           department="Kaufmännische Leitung", originator=None, answers=None, references=["VV 2022/11"],
           consultations=[C("Verbandsausschuss", "2026-11-11", "Vorberatung"), C("Verbandsversammlung", "2026-11-26", "Entscheidung")],
           klimacheck="positive", klima_style="numbered prose section '3. Auswirkungen auf das Klima' ending 'wirken sich positiv auf den Klimaschutz aus'",
           themes=["finanzen", "klima_umwelt"],
           themes_why="water fee calculation (fee statute → finanzen first); increase driven by new well, UV plant and energy-saving pumps described → klima_umwelt",
           notes="ReportLab two-column head: title as unlabelled text in the left cell under the type phrase 'Sitzungsvorlage für die Verbandsversammlung' (two lines joined); boxed right column with number, date, 'Bereich', clerk and the Beratung as free lines with 'vorberatend'/'beschließend' and 'öffentliche Sitzung'. 'Art. 8 KAG', 'Qn 2,5' no references."),
))

P(dict(
    id="r02", file="r02_rmg_vv-2026-09-1_tischvorlage.pdf", producer="libreoffice-docx",
    layout="rmg_word_tischvorlage", city=RMG, font="sans",
    header="Zweckverband Wasserversorgung Rhön-Maintal-Gruppe – Verbandsgeschäftsstelle",
    footer="Bankverbindung: Sparkasse · IBAN DE41 7935 0101 0000 4471 20 · USt-IdNr. DE 132 118 902",
    blocks=[
        ("h1", "Tischvorlage"),
        ("kv", [("Drucksache", "VV 2026/09-1"), ("Ergänzung zu", "Vorlage VV 2026/09"), ("Gremium", "Verbandsversammlung"),
                ("Sitzung", "26.11.2026, öffentlich"), ("Stand", "24.11.2026")], True),
        ("b", "Gegenstand: Neukalkulation der Wasserverbrauchs- und Grundgebühren – geänderte Abschreibungsdauer der Transportleitungen"),
        ("p", "Der Verbandsausschuss hat am 11.11.2026 die Kalkulation vorberaten und die Verwaltung gebeten, die "
              "Nutzungsdauer der neuen Transportleitungen von 40 auf 50 Jahre zu prüfen. Die Prüfung mit dem "
              "Kommunalen Prüfungsverband hat ergeben, dass 50 Jahre für duktile Gussrohre zulässig sind."),
        ("p", "Dadurch sinken die kalkulatorischen Abschreibungen um 96.000 € jährlich; die Verbrauchsgebühr beträgt statt "
              "2,19 € nur 2,14 € je m³. Die Grundgebühren bleiben unverändert."),
        ("b", "Geänderter Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt die Gebührenkalkulation 2027–2030 in der Fassung dieser Tischvorlage "
              "mit einer Verbrauchsgebühr von 2,14 €/m³ (netto) und die Satzung zur Änderung der Beitrags- und Gebührensatzung."),
        ("p", "Maßbach, 24.11.2026"),
        ("p", "Gessner, Kaufmännische Leitung"),
    ],
    T=dict(drucksache="VV 2026/09-1", doc_type="Ergänzungsvorlage", doc_type_printed="Tischvorlage", date="2026-11-24",
           title="Neukalkulation der Wasserverbrauchs- und Grundgebühren – geänderte Abschreibungsdauer der Transportleitungen",
           public=True, department="Kaufmännische Leitung", originator=None, answers=None, references=["VV 2026/09"],
           consultations=[C("Verbandsversammlung", "2026-11-26", None)], klimacheck=None, klima_style=None,
           themes=["finanzen"], themes_why="change of depreciation period and fee level only; no climate/water content argued here",
           notes="Word Tischvorlage: ruled key table 'Drucksache' with suffix '-1' and 'Ergänzung zu Vorlage VV 2026/09' (reference); 'Sitzung 26.11.2026, öffentlich'. Department only from the signature line (unit after the name). Footer IBAN/USt-IdNr. lures; Verbandsausschuss date in prose is a lure."),
))
