"""Papers h01–h12 (Dresden, Bremen, Salzgitter): invented content, layouts of those councils."""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- Dresden (SessionNet-like)
doc(
    file="h01_dresden_v2871-24_stadtbaeume.pdf", producer="chromium", font="Liberation Sans", size=10.5,
    layout="sessionnet_dresden_vorlage", city="Dresden",
    blocks=[
        ("right", "Landeshauptstadt Dresden\nGeschäftsbereich Umwelt und Klimaschutz"),
        ("h", "Vorlage für den Stadtrat", 15),
        ("kv", [("Vorlage Nr.:", "V2871/24"), ("Datum:", "14.03.2024"),
                ("Einreicher:", "Geschäftsbereich Umwelt und Klimaschutz"),
                ("Federführung:", "Amt für Stadtgrün und Abfallwirtschaft"),
                ("Status:", "öffentlich"), ("Art:", "Beschlussvorlage")]),
        ("pb", "Gegenstand:"),
        ("p", "Pflanzprogramm Stadtbäume 2024 bis 2026 in den Stadtbezirken Leuben und Prohlis"),
        ("table", ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit", "ö/nö"], [
            ["Stadtbezirksbeirat Leuben", "08.04.2024", "beratend", "ö"],
            ["Stadtbezirksbeirat Prohlis", "09.04.2024", "beratend", "ö"],
            ["Ausschuss für Umwelt und Kommunalwirtschaft", "17.04.2024", "beratend", "ö"],
            ["Stadtrat", "16.05.2024", "beschließend", "ö"]]),
        ("pb", "Beschlussvorschlag:"),
        ("ol", ["Der Stadtrat beschließt das Pflanzprogramm Stadtbäume 2024 bis 2026 für die Stadtbezirke "
                "Leuben und Prohlis mit insgesamt 640 Neupflanzungen gemäß Anlage 1.",
                "Der Oberbürgermeister wird beauftragt, die Pflanzungen vorrangig an Straßen mit hoher "
                "Hitzebelastung umzusetzen und die Anwohnerschaft über Gießpatenschaften einzubinden."]),
        ("pb", "Klimawirkung:"),
        ("box", ["Auswirkungen auf den Klimaschutz und die Klimaanpassung:",
                 "☒ positiv     ☐ negativ     ☐ keine"]),
        ("pb", "Begründung:"),
        ("p", "Die Stadtklimaanalyse weist in Leuben und Prohlis mehrere Straßenzüge mit geringer "
              "Beschattung und hoher nächtlicher Überwärmung aus. Seit 2019 sind dort durch Trockenheit "
              "und Schädlingsbefall rund 410 Straßenbäume abgängig gewesen, von denen bislang nur ein Teil "
              "ersetzt werden konnte. Das Programm schließt diese Lücken und erweitert den Bestand um "
              "zusätzliche Standorte in Nebenstraßen."),
        ("p", "Vorgesehen sind klimaresiliente Arten wie Zerr-Eiche, Silber-Linde und Amberbaum. Die "
              "Baumscheiben werden vergrößert und mit Substrat für eine bessere Wasserspeicherung "
              "ausgestattet. Die Entwicklungspflege erfolgt über drei Jahre durch beauftragte Fachfirmen."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Die Gesamtkosten betragen rund 1,9 Mio. EUR und sind im Teilhaushalt des Amtes für "
              "Stadtgrün und Abfallwirtschaft veranschlagt."),
        ("space",),
        ("p", "Eva Jähnichen\nBürgermeisterin"),
    ],
    truth=dict(drucksache="V2871/24", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2024-03-14",
               title="Pflanzprogramm Stadtbäume 2024 bis 2026 in den Stadtbezirken Leuben und Prohlis",
               public=True, department="Amt für Stadtgrün und Abfallwirtschaft", originator=None,
               answers=None, references=[],
               consultations=[C("Stadtbezirksbeirat Leuben", "2024-04-08", "Vorberatung"),
                              C("Stadtbezirksbeirat Prohlis", "2024-04-09", "Vorberatung"),
                              C("Ausschuss für Umwelt und Kommunalwirtschaft", "2024-04-17", "Vorberatung"),
                              C("Stadtrat", "2024-05-16", "Entscheidung")],
               klimacheck="positive", klima_style="unicode",
               themes=["klima_umwelt"], themes_why="street tree planting against heat stress",
               notes="Title under the label 'Gegenstand:'; role words beratend/beschließend; Federführung "
                     "(the Amt) is more specific than the Einreicher (Geschäftsbereich)."),
)

doc(
    file="h02_dresden_v2904-24_informationsvorlage.pdf", producer="chromium", font="Liberation Sans", size=10.5,
    layout="sessionnet_dresden_vorlage", city="Dresden",
    blocks=[
        ("right", "Landeshauptstadt Dresden\nGeschäftsbereich Bildung, Jugend und Sport"),
        ("h", "Informationsvorlage", 15),
        ("kv", [("Vorlage Nr.:", "V2904/24"), ("Datum:", "2. April 2024"),
                ("Federführung:", "Amt für Kindertagesbetreuung"),
                ("Status:", "öffentlich")]),
        ("pb", "Gegenstand:"),
        ("p", "Bericht zur Platzsituation in Kindertageseinrichtungen zum Stichtag 1. März 2024"),
        ("table", ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit"], [
            ["Jugendhilfeausschuss", "25.04.2024", "zur Kenntnis"],
            ["Ausschuss für Bildung", "29.04.2024", "zur Kenntnis"]]),
        ("pb", "Informationsinhalt:"),
        ("p", "Zum Stichtag 1. März 2024 standen in Dresden 31.480 genehmigte Plätze in Krippen und "
              "Kindergärten zur Verfügung. Durch den Rückgang der Geburten ist die Auslastung in den "
              "Kindergärten auf 88 Prozent gesunken; in den Krippen liegt sie bei 91 Prozent."),
        ("p", "Das Amt für Kindertagesbetreuung schlägt in einer gesonderten Vorlage vor, freiwerdende "
              "Kapazitäten für eine Verbesserung des Betreuungsschlüssels und für Integrationsangebote zu "
              "nutzen, statt Einrichtungen zu schließen. Die Träger der freien Jugendhilfe wurden beteiligt."),
        ("table", ["Stadtbezirk", "Plätze Krippe", "Plätze Kindergarten", "Auslastung"], [
            ["Altstadt", "1.240", "2.910", "86 %"], ["Neustadt", "1.380", "3.020", "92 %"],
            ["Pieschen", "1.105", "2.640", "89 %"], ["Prohlis", "980", "2.330", "84 %"]]),
        ("space",),
        ("p", "Jan Donhauser\nBürgermeister"),
    ],
    truth=dict(drucksache="V2904/24", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2024-04-02",
               title="Bericht zur Platzsituation in Kindertageseinrichtungen zum Stichtag 1. März 2024",
               public=True, department="Amt für Kindertagesbetreuung", originator=None, answers=None,
               references=[],
               consultations=[C("Jugendhilfeausschuss", "2024-04-25", "Kenntnisnahme"),
                              C("Ausschuss für Bildung", "2024-04-29", "Kenntnisnahme")],
               klimacheck=None, klima_style=None,
               themes=["soziales", "bildung"], themes_why="Kita places (childcare) in the districts",
               notes="Date in words; role 'zur Kenntnis'. Kita as childcare → soziales first."),
)

doc(
    file="h03_dresden_antrag-schulwege.pdf", producer="libreoffice-html", font="DejaVu Sans", size=10,
    layout="fraktion_antrag_dresden", city="Dresden",
    blocks=[
        ("right", "Fraktion BÜNDNIS 90/DIE GRÜNEN im Stadtrat der Landeshauptstadt Dresden\n"
                  "Dr.-Külz-Ring 19 · 01067 Dresden"),
        ("p", "An den\nOberbürgermeister der Landeshauptstadt Dresden"),
        ("right", "Dresden, 22. Februar 2024"),
        ("h", "Antrag", 14),
        ("kv", [("Antrag Nr.:", "A0312/24")]),
        ("pb", "Sichere Schulwege in Pieschen – Tempo 30 vor allen Grundschulen"),
        ("table", ["Beratungsfolge", "Zuständigkeit"], [
            ["Ausschuss für Stadtentwicklung, Bau, Verkehr und Liegenschaften", "Vorberatung"],
            ["Stadtrat", "Beschlussfassung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Oberbürgermeister wird beauftragt,"),
        ("ol", ["vor allen Grundschulen im Stadtbezirk Pieschen ganztägig Tempo 30 anzuordnen, soweit dies "
                "noch nicht geschehen ist,",
                "an den Schulwegen zur 85. und zur 145. Grundschule gesicherte Querungen einzurichten,",
                "dem Stadtrat bis zum 30. September 2024 über die Umsetzung zu berichten."]),
        ("pb", "Begründung:"),
        ("p", "Eltern und Schulkonferenzen weisen seit Jahren auf gefährliche Situationen an der "
              "Leipziger Straße und der Großenhainer Straße hin. Die Novelle der Straßenverkehrs-Ordnung "
              "erleichtert Tempo 30 vor Schulen. Dresden sollte diesen Spielraum nutzen."),
        ("space",),
        ("p", "Agnes Scharnetzky\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache="A0312/24", doc_type="Antrag", doc_type_printed="Antrag", date="2024-02-22",
               title="Sichere Schulwege in Pieschen – Tempo 30 vor allen Grundschulen", public=None,
               department=None, originator="Fraktion BÜNDNIS 90/DIE GRÜNEN im Stadtrat der Landeshauptstadt Dresden",
               answers=None, references=[],
               consultations=[C("Ausschuss für Stadtentwicklung, Bau, Verkehr und Liegenschaften", None, "Vorberatung"),
                              C("Stadtrat", None, "Entscheidung")],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "bildung"], themes_why="speed limits and crossings on school routes",
               notes="Bold subject without a label; Beratungsfolge without dates."),
)

doc(
    file="h04_dresden_antwort-af0455-24.pdf", producer="chromium", font="Liberation Serif", size=11,
    layout="answer_letter_dresden", city="Dresden",
    blocks=[
        ("right", "Landeshauptstadt Dresden\nDer Oberbürgermeister\nGeschäftsbereich Bildung, Jugend und Sport\nSchulverwaltungsamt"),
        ("p", "Stadtrat\nHerrn Tobias Hänsel\n– über das Büro des Stadtrates –"),
        ("right", "Dresden, 11.06.2024"),
        ("pb", "Anfrage Nr. AF0455/24 – Sanierungsstand der Turnhallen an Dresdner Oberschulen"),
        ("p", "Sehr geehrter Herr Hänsel,"),
        ("p", "Ihre Anfrage vom 14. Mai 2024 beantworte ich wie folgt:"),
        ("pb", "Frage 1: Wie viele Turnhallen an Oberschulen sind derzeit gesperrt?"),
        ("p", "Derzeit sind zwei Turnhallen vollständig gesperrt (Oberschule Cotta und 101. Oberschule). "
              "Für beide ist die Sanierung in den Jahren 2025 und 2026 vorgesehen."),
        ("pb", "Frage 2: Welche Mittel stehen im Doppelhaushalt 2025/2026 zur Verfügung?"),
        ("p", "Im Entwurf des Doppelhaushaltes sind für die Sanierung von Schulsporthallen insgesamt "
              "12,4 Mio. EUR veranschlagt. Hinzu kommen Fördermittel des Freistaates nach der "
              "Förderrichtlinie Schulhausbau."),
        ("pb", "Frage 3: Wie wird der Sportunterricht während der Sperrung abgesichert?"),
        ("p", "Die betroffenen Klassen nutzen Hallen benachbarter Schulen sowie die Ballsporthalle; "
              "der Schülerverkehr wird durch das Schulverwaltungsamt organisiert."),
        ("p", "Mit freundlichen Grüßen"),
        ("space",),
        ("p", "Dirk Hilbert"),
    ],
    truth=dict(drucksache=None, doc_type="Antwort", doc_type_printed=None, date="2024-06-11",
               title="Anfrage Nr. AF0455/24 – Sanierungsstand der Turnhallen an Dresdner Oberschulen",
               public=None, department="Schulverwaltungsamt", originator=None, answers="AF0455/24",
               references=["AF0455/24"], consultations=[], klimacheck=None, klima_style=None,
               themes=["bildung", "kultur_sport"], themes_why="school gymnasium refurbishment",
               notes="Answer letter signed by the OB; letterhead block OB / Geschäftsbereich / Amt — the "
                     "most specific unit is the Schulverwaltungsamt. Subject names the Anfrage number."),
)

# ---------------------------------------------------------------- Bremen
doc(
    file="h05_bremen_deputationsvorlage-fahrradstrassen.pdf", producer="libreoffice-html", font="DejaVu Serif",
    size=10.5, layout="bremen_deputationsvorlage", city="Bremen",
    blocks=[
        ("p", "Die Senatorin für Bau, Mobilität und Stadtentwicklung\nReferat 50 – Verkehrsplanung"),
        ("right", "Bremen, den 28.08.2024"),
        ("kv", [("Vorlage Nr.:", "21/5123 (S)"), ("Bearbeitet von:", "Frau Oltmanns, Tel. 361-4471")]),
        ("h", "Vorlage für die Sitzung der städtischen Deputation für Mobilität, Bau und Stadtentwicklung", 12),
        ("kv", [("Beschlussvorlage", "öffentlich")]),
        ("pb", "Einrichtung von Fahrradstraßen im Stadtteil Findorff"),
        ("table", ["Gremium", "Datum", "Beteiligung"], [
            ["Beirat Findorff", "27.08.2024", "Anhörung"],
            ["Städtische Deputation für Mobilität, Bau und Stadtentwicklung", "12.09.2024", "Beschlussfassung"]]),
        ("pb", "A. Problem"),
        ("p", "Im Stadtteil Findorff fehlt eine durchgehende Radverbindung zwischen dem Bürgerpark und der "
              "Innenstadt. Die Hemmstraße und die Admiralstraße sind stark von Kfz-Durchgangsverkehr belastet."),
        ("pb", "B. Lösung"),
        ("p", "Die Admiralstraße, die Münchener Straße und die Eickedorfer Straße werden als Fahrradstraßen "
              "ausgewiesen. Kfz-Verkehr bleibt als Anliegerverkehr frei. Modale Filter an zwei Knoten "
              "unterbinden den Durchgangsverkehr."),
        ("pb", "C. Klimacheck"),
        ("box", ["Die Maßnahme hat Auswirkungen auf das Klima:",
                 "[X] positive Auswirkungen   [ ] negative Auswirkungen   [ ] keine Auswirkungen"]),
        ("pb", "D. Finanzielle und personalwirtschaftliche Auswirkungen"),
        ("p", "Die Kosten von rund 480.000 EUR werden aus dem Programm Fahrradmodellquartiere finanziert."),
        ("pb", "E. Beteiligung"),
        ("p", "Der Beirat Findorff wurde beteiligt; seine Stellungnahme liegt als Anlage bei."),
        ("pb", "F. Beschlussvorschlag"),
        ("p", "Die städtische Deputation für Mobilität, Bau und Stadtentwicklung stimmt der Einrichtung "
              "der Fahrradstraßen gemäß Anlage 1 zu."),
    ],
    truth=dict(drucksache="21/5123 (S)", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2024-08-28", title="Einrichtung von Fahrradstraßen im Stadtteil Findorff", public=True,
               department="Referat 50 – Verkehrsplanung", originator=None, answers=None, references=[],
               consultations=[C("Beirat Findorff", "2024-08-27", "Anhörung"),
                              C("Städtische Deputation für Mobilität, Bau und Stadtentwicklung", "2024-09-12", "Entscheidung")],
               klimacheck="positive", klima_style="ascii_brackets",
               themes=["mobilitaet"], themes_why="bicycle streets and modal filters",
               notes="Bremen Deputation layout: heading 'Vorlage für die Sitzung der …' is not the title; the "
                     "bold subject under 'Beschlussvorlage öffentlich' is. Klimacheck marked [X]."),
)

doc(
    file="h06_bremen_anfrage-fragestunde-hallenbad.pdf", producer="chromium", font="Nimbus Sans", size=11,
    layout="bremen_fragestunde", city="Bremen",
    blocks=[
        ("h", "Anfrage in der Fragestunde der Stadtbürgerschaft", 13),
        ("p", "Fraktion der CDU"),
        ("right", "Bremen, 3. Juni 2024"),
        ("pb", "Wie geht es weiter mit dem Hallenbad Horn?"),
        ("p", "Wir fragen den Senat:"),
        ("ol", ["Welchen Zeitplan verfolgt der Senat für die Wiedereröffnung des seit Oktober 2023 "
                "geschlossenen Hallenbades Horn?",
                "Welche Kosten sind für die Sanierung der Lüftungs- und Badewassertechnik ermittelt worden?",
                "Wie wird das Schulschwimmen der Grundschulen im Bremer Osten bis zur Wiedereröffnung "
                "sichergestellt?"]),
        ("space",),
        ("p", "Marco Lübke, Heiko Strohmann und Fraktion der CDU"),
    ],
    truth=dict(drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2024-06-03",
               title="Wie geht es weiter mit dem Hallenbad Horn?", public=None, department=None,
               originator="Fraktion der CDU", answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["kultur_sport", "bildung"], themes_why="public indoor pool, school swimming",
               notes="Type heading names the Fragestunde of the Stadtbürgerschaft without a date (no "
                     "consultation). Question as title."),
)

doc(
    file="h07_bremen_antwort-senat-schulsozialarbeit.pdf", producer="libreoffice-html", font="DejaVu Serif",
    size=10.5, layout="bremen_drucksache_antwort", city="Bremen",
    blocks=[
        ("p", "BREMISCHE BÜRGERSCHAFT\nStadtbürgerschaft\n21. Wahlperiode"),
        ("right", "Drucksache 21/788 S\n25.06.2024"),
        ("h", "Mitteilung des Senats", 13),
        ("pb", "Schulsozialarbeit an Oberschulen verlässlich finanzieren"),
        ("p", "Antwort des Senats auf die Kleine Anfrage der Fraktion DIE LINKE vom 14. Mai 2024 "
              "(Drucksache 21/742 S)"),
        ("p", "Die Senatorin für Kinder und Bildung\nReferat 20 – Schulentwicklung"),
        ("p", "Der Senat beantwortet die Kleine Anfrage wie folgt:"),
        ("pb", "1. Wie viele Stellen für Schulsozialarbeit sind an den Oberschulen derzeit besetzt?"),
        ("p", "An den 34 öffentlichen Oberschulen der Stadtgemeinde sind 61,5 Vollzeitstellen für "
              "Schulsozialarbeit eingerichtet, davon sind 57 besetzt."),
        ("pb", "2. Wie viele Stellen sind befristet aus Bundes- oder ESF-Mitteln finanziert?"),
        ("p", "14 Stellen werden aus dem Startchancen-Programm finanziert; die übrigen Stellen sind im "
              "Haushalt der Senatorin für Kinder und Bildung dauerhaft abgesichert."),
        ("pb", "3. Plant der Senat eine Ausweitung?"),
        ("p", "Eine Ausweitung um weitere sechs Stellen ist im Haushaltsentwurf 2025 vorgesehen."),
    ],
    truth=dict(drucksache="21/788 S", doc_type="Antwort", doc_type_printed="Mitteilung des Senats",
               date="2024-06-25", title="Schulsozialarbeit an Oberschulen verlässlich finanzieren",
               public=None, department="Referat 20 – Schulentwicklung", originator=None,
               answers="21/742 S", references=["21/742 S"], consultations=[], klimacheck=None,
               klima_style=None, themes=["bildung", "soziales"],
               themes_why="school social work positions and their funding",
               notes="'Mitteilung des Senats' is the printed type but the paper is the answer to a Kleine "
                     "Anfrage (Antwort). Hard call: department = the Referat printed under the Senatorin."),
)

doc(
    file="h08_bremen_beirat-stellungnahme.pdf", producer="libreoffice-html", font="Liberation Sans",
    size=10.5, layout="bremen_beirat_letter", city="Bremen",
    blocks=[
        ("right", "Beirat Findorff\nOrtsamt West\nTel. 361-8811"),
        ("p", "Die Senatorin für Bau, Mobilität und Stadtentwicklung\nReferat 50"),
        ("right", "Bremen, 29.08.2024"),
        ("pb", "Stellungnahme des Beirats Findorff zur Vorlage 21/5123 (S) „Einrichtung von Fahrradstraßen im Stadtteil Findorff“"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Beirat Findorff hat sich in seiner öffentlichen Sitzung am 27.08.2024 mit der "
              "Deputationsvorlage befasst und folgenden Beschluss gefasst (einstimmig):"),
        ("p", "Der Beirat begrüßt die Einrichtung der Fahrradstraßen ausdrücklich. Er bittet, den modalen "
              "Filter an der Münchener Straße erst nach einer sechsmonatigen Erprobung dauerhaft zu bauen "
              "und die Lieferzonen für den Einzelhandel an der Hemmstraße zu erhalten."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Ulrike Pala\nOrtsamtsleiterin"),
    ],
    truth=dict(drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme",
               date="2024-08-29",
               title="Stellungnahme des Beirats Findorff zur Vorlage 21/5123 (S) „Einrichtung von Fahrradstraßen im Stadtteil Findorff“",
               public=None, department=None, originator="Beirat Findorff", answers="21/5123 (S)",
               references=["21/5123 (S)"], consultations=[], klimacheck=None, klima_style=None,
               themes=["mobilitaet"], themes_why="opinion on the bicycle streets",
               notes="A Beirat's opinion on a Vorlage; the Beirat session it mentions is its own "
                     "past session, no consultation."),
)

# ---------------------------------------------------------------- Salzgitter (ALLRIS-like, Word)
SZ_HEAD = ("right", "Stadt Salzgitter\nDer Oberbürgermeister")

doc(
    file="h09_salzgitter_bv-0234-2024_led.pdf", producer="libreoffice-docx", font="Liberation Sans", size=10,
    layout="allris_salzgitter", city="Salzgitter",
    blocks=[
        SZ_HEAD,
        ("h", "Beschlussvorlage", 16),
        ("kv", [("Vorlage-Nr.:", "BV/0234/2024"), ("Status:", "öffentlich"), ("Aktenzeichen:", "66-21/LED"),
                ("Datum:", "05.02.2024"), ("Federführend:", "Fachdienst Tiefbau und Verkehr"),
                ("Bearbeiter/-in:", "Herr Kowalczyk")]),
        ("pb", "Erneuerung der Straßenbeleuchtung auf LED in Lebenstedt, 2. Bauabschnitt"),
        ("table", ["Datum", "Beratungsfolge", "Zuständigkeit"], [
            ["20.02.2024", "Ortsrat Nord-Ost", "Anhörung"],
            ["27.02.2024", "Ausschuss für Bauen, Umwelt und Verkehr", "Vorberatung"],
            ["12.03.2024", "Verwaltungsausschuss", "Vorberatung"],
            ["20.03.2024", "Rat der Stadt Salzgitter", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Rat beschließt die Umrüstung von 1.150 Leuchten in Lebenstedt auf LED-Technik im "
              "2. Bauabschnitt. Die Mittel werden aus dem Budget des Fachdienstes bereitgestellt."),
        ("pb", "Klimarelevanz:"),
        ("table", None, [["☐ keine", "☒ positiv", "☐ negativ"]]),
        ("pb", "Sachverhalt:"),
        ("p", "Im ersten Bauabschnitt wurden 2022 und 2023 bereits 980 Leuchten umgerüstet. Der "
              "Stromverbrauch der Straßenbeleuchtung sank dadurch um 61 Prozent. Der zweite Bauabschnitt "
              "umfasst die Stadtteile Lebenstedt-Nord und Fredenberg. Für die Maßnahme wird eine Förderung "
              "aus der Kommunalrichtlinie des Bundes in Höhe von 25 Prozent beantragt."),
        ("p", "Die jährliche Einsparung beträgt rund 410 MWh Strom und 150 t CO2."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Gesamtkosten 1.320.000 EUR, Förderung 330.000 EUR, Eigenanteil 990.000 EUR."),
        ("space",),
        ("p", "Klingebiel"),
    ],
    truth=dict(drucksache="BV/0234/2024", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2024-02-05",
               title="Erneuerung der Straßenbeleuchtung auf LED in Lebenstedt, 2. Bauabschnitt",
               public=True, department="Fachdienst Tiefbau und Verkehr", originator=None, answers=None,
               references=[],
               consultations=[C("Ortsrat Nord-Ost", "2024-02-20", "Anhörung"),
                              C("Ausschuss für Bauen, Umwelt und Verkehr", "2024-02-27", "Vorberatung"),
                              C("Verwaltungsausschuss", "2024-03-12", "Vorberatung"),
                              C("Rat der Stadt Salzgitter", "2024-03-20", "Entscheidung")],
               klimacheck="positive", klima_style="unicode_table_row",
               themes=["klima_umwelt"],
               themes_why="LED street lighting: energy and CO2 saving",
               notes="Beratungsfolge with the date column first. Klimarelevanz as a one-row table."),
)

doc(
    file="h10_salzgitter_mv-0041-2024_gewerbegebiet.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10, layout="allris_salzgitter", city="Salzgitter",
    blocks=[
        SZ_HEAD,
        ("h", "Mitteilungsvorlage", 16),
        ("kv", [("Vorlage-Nr.:", "MV/0041/2024"), ("Status:", "nichtöffentlich"), ("Datum:", "19.04.2024"),
                ("Federführend:", "Fachdienst Wirtschaftsförderung und Liegenschaften")]),
        ("pb", "Sachstand Vermarktung Gewerbegebiet Watenstedt-Ost"),
        ("table", ["Datum", "Beratungsfolge", "Zuständigkeit"], [
            ["07.05.2024", "Ausschuss für Wirtschaft und Digitales", "Kenntnisnahme"],
            ["14.05.2024", "Verwaltungsausschuss", "Kenntnisnahme"]]),
        ("pb", "Sachverhalt:"),
        ("p", "Von den 42 Hektar des Gewerbegebietes Watenstedt-Ost sind inzwischen 27 Hektar verkauft "
              "oder reserviert. Mit zwei Unternehmen der Batteriezulieferindustrie werden "
              "Kaufvertragsverhandlungen über weitere 9 Hektar geführt. Die Kaufpreise bewegen sich im "
              "Rahmen des Ratsbeschlusses zur Preisgestaltung."),
        ("p", "Die Erschließung des dritten Abschnitts wird im Herbst 2024 abgeschlossen."),
    ],
    truth=dict(drucksache="MV/0041/2024", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2024-04-19", title="Sachstand Vermarktung Gewerbegebiet Watenstedt-Ost", public=False,
               department="Fachdienst Wirtschaftsförderung und Liegenschaften", originator=None, answers=None,
               references=[],
               consultations=[C("Ausschuss für Wirtschaft und Digitales", "2024-05-07", "Kenntnisnahme"),
                              C("Verwaltungsausschuss", "2024-05-14", "Kenntnisnahme")],
               klimacheck=None, klima_style=None, themes=["wirtschaft"],
               themes_why="selling plots of an industrial estate to firms",
               notes="Status nichtöffentlich."),
)

doc(
    file="h11_salzgitter_einladung-schulausschuss.pdf", producer="libreoffice-html", font="Liberation Serif",
    size=11, layout="allris_einladung", city="Salzgitter",
    blocks=[
        SZ_HEAD,
        ("p", "An die Mitglieder des Ausschusses für Schule und Sport"),
        ("right", "Salzgitter, 03.09.2024"),
        ("h", "Einladung", 15),
        ("p", "zur 14. Sitzung des Ausschusses für Schule und Sport am Dienstag, 17.09.2024, 16:00 Uhr, "
              "im Rathaus, Sitzungssaal 1, Joachim-Campe-Straße 6–8."),
        ("pb", "Tagesordnung – öffentlicher Teil"),
        ("table", ["TOP", "Gegenstand", "Vorlage"], [
            ["1", "Eröffnung der Sitzung, Feststellung der Beschlussfähigkeit", ""],
            ["2", "Genehmigung der Niederschrift über die 13. Sitzung", ""],
            ["3", "Schulentwicklungsplan 2025–2030 für die Grundschulen", "BV/0512/2024"],
            ["4", "Ausbau des Ganztagsangebotes an der Grundschule Am See", "BV/0498/2024"],
            ["5", "Sanierung der Sporthalle Fredenberg – Sachstand", "MV/0077/2024"],
            ["6", "Zuschüsse an Sportvereine für Vereinssportanlagen 2025", "BV/0530/2024"],
            ["7", "Anfragen und Mitteilungen", ""]]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Petra Hillebrand\nAusschussvorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2024-09-03",
               title="14. Sitzung des Ausschusses für Schule und Sport", public=True, department=None,
               originator=None, answers=None,
               references=["BV/0512/2024", "BV/0498/2024", "MV/0077/2024", "BV/0530/2024"],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["bildung", "kultur_sport"],
               themes_why="2 school items (plan, Ganztag), 2 sport items (hall, club grants)",
               notes="No name heading: title = the words of the invitation sentence naming the session. "
                     "'öffentlicher Teil' only → public true."),
)

doc(
    file="h12_salzgitter_bv-0234-2024-1_ergaenzung.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10, layout="allris_salzgitter", city="Salzgitter",
    blocks=[
        SZ_HEAD,
        ("h", "Ergänzungsvorlage", 16),
        ("kv", [("Vorlage-Nr.:", "BV/0234/2024-1"), ("Status:", "öffentlich"), ("Datum:", "08.03.2024"),
                ("Federführend:", "Fachdienst Tiefbau und Verkehr")]),
        ("pb", "Erneuerung der Straßenbeleuchtung auf LED in Lebenstedt, 2. Bauabschnitt – Ergänzung zur Vorlage BV/0234/2024"),
        ("table", ["Datum", "Beratungsfolge", "Zuständigkeit"], [
            ["20.03.2024", "Rat der Stadt Salzgitter", "Entscheidung"]]),
        ("pb", "Ergänzung des Sachverhaltes:"),
        ("p", "Nach der Beratung im Ausschuss für Bauen, Umwelt und Verkehr hat der Fördermittelgeber "
              "mitgeteilt, dass die Förderquote für finanzschwache Kommunen auf 40 Prozent erhöht wird. "
              "Der Eigenanteil sinkt dadurch auf 792.000 EUR."),
        ("pb", "Geänderter Beschlussvorschlag:"),
        ("p", "Der Rat beschließt die Umrüstung gemäß Vorlage BV/0234/2024 mit der geänderten "
              "Finanzierung nach dieser Ergänzung."),
    ],
    truth=dict(drucksache="BV/0234/2024-1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2024-03-08",
               title="Erneuerung der Straßenbeleuchtung auf LED in Lebenstedt, 2. Bauabschnitt – Ergänzung zur Vorlage BV/0234/2024",
               public=True, department="Fachdienst Tiefbau und Verkehr", originator=None, answers=None,
               references=["BV/0234/2024"],
               consultations=[C("Rat der Stadt Salzgitter", "2024-03-20", "Entscheidung")],
               klimacheck=None, klima_style=None, themes=["klima_umwelt", "finanzen"],
               themes_why="LED retrofit; the supplement is about the higher grant rate",
               notes="Supplement to h09; no Klimacheck section of its own."),
)
