"""Look-alikes of layout families (issue 13), one paper per rule family, invented content.

Each entry names the family it serves; the blocks are rendered by tools/holdout4/render.py with a
real producer. Towns (Wiesenau, Nordheide, Talbrück) are invented.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

BASE = dict(drucksache=None, doc_type=None, date=None, title=None, public=None, department=None,
            originator=None, answers=None, consultations=[], klimacheck=None)

DOCS = []


def doc(**kw):
    kw["truth"] = dict(BASE, **kw["truth"])
    DOCS.append(kw)


doc(file="f01_answer-letter-under-anfrage-subject.pdf", producer="chromium", font="Liberation Sans", size=11,
    family="an answer letter whose bold subject cites the Anfrage with its number ('Anfrage Nr. … – …') and "
           "whose first sentence answers ('beantworte ich wie folgt'): Antwort, the number is the answered one",
    blocks=[
        ("right", "Stadt Wiesenau\nDer Bürgermeister\nTiefbauamt"),
        ("p", "Stadtrat\nFrau Helga Brandt"),
        ("right", "Wiesenau, 03.07.2024"),
        ("pb", "Anfrage Nr. AF0127/24 – Zustand der Fußgängerbrücken am Mühlgraben"),
        ("p", "Sehr geehrte Frau Brandt,"),
        ("p", "Ihre Anfrage vom 12. Juni 2024 beantworte ich wie folgt:"),
        ("pb", "Frage 1: Welche Brücken sind gesperrt?"),
        ("p", "Derzeit ist die Brücke an der Walkstraße gesperrt; die Prüfung der übrigen drei Brücken ergab "
              "keine Mängel, die eine Sperrung erfordern."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Jens Voigt"),
    ],
    truth=dict(doc_type="Antwort", date="2024-07-03",
               title="Anfrage Nr. AF0127/24 – Zustand der Fußgängerbrücken am Mühlgraben",
               department="Tiefbauamt", answers="AF0127/24"))

doc(file="f02_mitteilung-that-answers.pdf", producer="libreoffice-html", font="DejaVu Sans", size=10.5,
    family="a parliament-style 'Mitteilung des Magistrats' whose header says it is the 'Antwort des Magistrats "
           "auf die Kleine Anfrage …', number with a version letter ('Drucksache 19/412 S')",
    blocks=[
        ("p", "STADTVERORDNETENVERSAMMLUNG NORDHEIDE\n19. Wahlperiode"),
        ("right", "Drucksache 19/412 S\n18.09.2024"),
        ("h", "Mitteilung des Magistrats", 13),
        ("pb", "Öffnungszeiten der Stadtteilbibliotheken sichern"),
        ("p", "Antwort des Magistrats auf die Kleine Anfrage der Fraktion Bürgerliste vom 2. September 2024"),
        ("p", "Der Magistrat beantwortet die Kleine Anfrage wie folgt:"),
        ("pb", "1. Wie viele Stunden sind die Stadtteilbibliotheken wöchentlich geöffnet?"),
        ("p", "Die vier Stadtteilbibliotheken sind zusammen 96 Stunden in der Woche geöffnet."),
    ],
    truth=dict(drucksache="19/412 S", doc_type="Antwort", date="2024-09-18",
               title="Öffnungszeiten der Stadtteilbibliotheken sichern"))

doc(file="f03_fraktion-letter-wir-beantragen.pdf", producer="libreoffice-docx", font="Liberation Serif", size=11,
    family="a Fraktion's letter that prints no type and applies in the first person ('Wir beantragen:'), "
           "bold subject above the salutation",
    blocks=[
        ("right", "Fraktion Grüne Liste im Stadtrat Talbrück\nMarktplatz 3 · 54321 Talbrück"),
        ("p", "Herrn Oberbürgermeister\nDr. Lutz Feldmann\nRathaus"),
        ("right", "Talbrück, den 9. April 2024"),
        ("pb", "Trinkwasserbrunnen in der Innenstadt"),
        ("p", "Sehr geehrter Herr Oberbürgermeister,"),
        ("p", "die Fraktion Grüne Liste bittet Sie, den folgenden Punkt auf die Tagesordnung der nächsten "
              "Sitzung des Stadtrates zu setzen. Wir beantragen:"),
        ("p", "Die Verwaltung richtet bis zum Sommer 2025 vier öffentliche Trinkwasserbrunnen in der "
              "Innenstadt ein."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Sabine Kurz\nFraktionsvorsitzende"),
    ],
    truth=dict(doc_type="Antrag", date="2024-04-09", title="Trinkwasserbrunnen in der Innenstadt",
               originator="Fraktion Grüne Liste im Stadtrat Talbrück"))

doc(file="f04_fragestunde-wir-fragen.pdf", producer="chromium", font="DejaVu Sans", size=11,
    family="a question for the council's question time: 'Anfrage in der Fragestunde …' as type line, "
           "'Wir fragen den Magistrat:', the bold question as subject",
    blocks=[
        ("h", "Anfrage in der Fragestunde der Stadtverordnetenversammlung", 13),
        ("p", "Fraktion Freie Wähler"),
        ("right", "Nordheide, 14. Mai 2024"),
        ("pb", "Wann wird die Eishalle am Stadtpark wieder geöffnet?"),
        ("p", "Wir fragen den Magistrat:"),
        ("ol", ["Welcher Zeitplan gilt für die Sanierung der Kälteanlage?",
                "Wo trainieren die Vereine bis zur Wiedereröffnung?"]),
        ("p", "Karin Ostermann und Fraktion Freie Wähler"),
    ],
    truth=dict(doc_type="Anfrage", date="2024-05-14",
               title="Wann wird die Eishalle am Stadtpark wieder geöffnet?", originator="Fraktion Freie Wähler"))

doc(file="f05_beirat-nimmt-stellung.pdf", producer="libreoffice-docx", font="Liberation Sans", size=11,
    family="a district council's opinion without a type word: 'nimmt hierzu wie folgt Stellung', later "
           "'beantragen wir' (the earliest statement names the type)",
    blocks=[
        ("p", "Zum Beschluss des Stadtrates vom 12.03.2024"),
        ("p", "– Neugestaltung des Lindenplatzes –"),
        ("space",),
        ("p", "Sehr geehrter Herr Oberbürgermeister,"),
        ("p", "sehr geehrte Damen und Herren,"),
        ("p", "der Tagesordnungspunkt 12 wurde an den Ortsbeirat Talbrück-Süd zurückverwiesen."),
        ("p", "Der Ortsbeirat Talbrück-Süd nimmt hierzu wie folgt Stellung:"),
        ("ol", ["Die Bäume am Westrand des Platzes sollen erhalten bleiben. Deshalb beantragen wir, die "
                "Planung entsprechend anzupassen."]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Ortsbeirat Talbrück-Süd\nPeter Lang, Vorsitzender"),
    ],
    truth=dict(doc_type="Stellungnahme", title="Zum Beschluss des Stadtrates vom 12.03.2024 – Neugestaltung des Lindenplatzes –",
               originator="Ortsbeirat Talbrück-Süd"))

doc(file="f06_stellungnahme-zum-bebauungsplan-nr.pdf", producer="libreoffice-docx", font="DejaVu Serif", size=11,
    family="an opinion whose subject names a plan by number after a preposition ('Stellungnahme des … zum "
           "Bebauungsplan Nr. 88'): the number is the subject's, the type is the paper's",
    blocks=[
        ("p", "Ortsbeirat Wiesenau-Nord\nVorsitzende Ines Kranz"),
        ("right", "Wiesenau, 21.05.2024"),
        ("space",),
        ("p", "Stellungnahme des Ortsbeirats Wiesenau-Nord zum Bebauungsplan Nr. 88 Am Kiesweg"),
        ("space",),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "der Ortsbeirat hat den Entwurf in seiner Sitzung am 14. Mai beraten. Wir bitten Sie, die "
              "Variante mit der geringeren Geschosszahl zu beschließen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Ortsbeirat Wiesenau-Nord\nInes Kranz"),
    ],
    truth=dict(doc_type="Stellungnahme", date="2024-05-21",
               title="Stellungnahme des Ortsbeirats Wiesenau-Nord zum Bebauungsplan Nr. 88 Am Kiesweg",
               originator="Ortsbeirat Wiesenau-Nord"))

doc(file="f07_beirat-letter-to-mayor.pdf", producer="libreoffice-docx", font="Liberation Sans", size=11,
    family="a plain letter of a district council to the mayor: greeting, closing, no question, no Antrag, "
           "no type word: Schreiben",
    blocks=[
        ("p", "Ortsbeirat Wiesenau-Nord\nVorsitzende: Ines Kranz"),
        ("right", "Wiesenau, den 02.10.2024"),
        ("space",),
        ("p", "Sehr geehrter Herr Bürgermeister Haller,"),
        ("p", "zunächst danken wir Ihnen für das Gespräch im Sommer. Seit Jahren weisen wir auf die "
              "fehlenden Spielflächen im Norden der Stadt hin, und durch die neuen Baugebiete wird der "
              "Bedarf weiter steigen."),
        ("p", "Wir würden uns freuen, Sie bald bei uns im Stadtteil begrüßen zu dürfen, um die Lage vor Ort "
              "zu besprechen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Ines Kranz"),
    ],
    truth=dict(doc_type="Schreiben", date="2024-10-02", originator="Ortsbeirat Wiesenau-Nord"))

doc(file="f08_vorlage-number-sign-and-bold-subject.pdf", producer="chromium", font="Liberation Serif", size=10.5,
    family="a Vorlage whose number label prints '№' in a label cell with the value in the next cell, an "
           "unlabelled bold subject under a 'Vorlage für die Sitzung …' line and the type",
    blocks=[
        ("p", "Stadt Nordheide\nFachbereich Umwelt"),
        ("kv", [("Drucksache №:", "2024/0512"), ("Datum:", "11.06.2024")]),
        ("h", "Vorlage für die Sitzung des Umweltausschusses", 12),
        ("p", "Beschlussvorlage öffentlich"),
        ("pb", "Entsiegelung von Schulhöfen im Stadtteil Heidkamp"),
        ("pb", "A. Problem"),
        ("p", "Die Schulhöfe im Stadtteil Heidkamp sind zu mehr als 80 Prozent versiegelt."),
        ("pb", "B. Lösung"),
        ("p", "Drei Schulhöfe werden bis 2026 teilweise entsiegelt und begrünt."),
    ],
    truth=dict(drucksache="2024/0512", doc_type="Beschlussvorlage", date="2024-06-11",
               title="Entsiegelung von Schulhöfen im Stadtteil Heidkamp", public=True,
               department="Fachbereich Umwelt"))

doc(file="f09_beratungsfolge-as-column-header.pdf", producer="chromium", font="Liberation Sans", size=10,
    family="a Beratungsfolge table whose committee column is headed by the word 'Beratungsfolge' itself "
           "('Datum | Beratungsfolge | Zuständigkeit', ALLRIS print styles), a committee wrapped in its cell; "
           "a bold subject over two lines whose first ends on a preposition ('… Änderung zur' / 'Vorlage …')",
    blocks=[
        ("right", "Stadt Talbrück\nDer Oberbürgermeister"),
        ("h", "Beschlussvorlage", 16),
        ("kv", [("Vorlage-Nr.:", "BV/0311/2024"), ("Status:", "öffentlich"), ("Datum:", "15.04.2024"),
                ("Federführend:", "Fachdienst Grünflächen")]),
        ("pb", "Neuanlage von Blühwiesen an Stadtstraßen, Fortschreibung und Änderung zur\nVorlage BV/0102/2023"),
        ("table", ["Datum", "Beratungsfolge", "Zuständigkeit"], [
            ["23.04.2024", "Ortsrat Talbrück-Süd", "Anhörung"],
            ["30.04.2024", "Ausschuss für Umwelt, Grünflächen und Friedhöfe", "Vorberatung"],
            ["15.05.2024", "Rat der Stadt Talbrück", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Rat beschließt die Neuanlage von zwölf Blühwiesen an Stadtstraßen."),
        ("pb", "Sachverhalt:"),
        ("p", "Die bisherigen Flächen haben sich bewährt; die Pflege erfolgt durch den Fachdienst."),
    ],
    truth=dict(drucksache="BV/0311/2024", doc_type="Beschlussvorlage", date="2024-04-15",
               title="Neuanlage von Blühwiesen an Stadtstraßen, Fortschreibung und Änderung zur Vorlage BV/0102/2023",
               public=True, department="Fachdienst Grünflächen",
               consultations=[C("Ortsrat Talbrück-Süd", "2024-04-23", "Anhörung"),
                              C("Ausschuss für Umwelt, Grünflächen und Friedhöfe", "2024-04-30", "Vorberatung"),
                              C("Rat der Stadt Talbrück", "2024-05-15", "Entscheidung")]))

doc(file="f10_centred-cells-wrapped-committee.pdf", producer="libreoffice-html", font="DejaVu Sans", size=9.5,
    family="a Kreistag Sitzungsvorlage table written by an HTML import that centres cells vertically: a "
           "committee wrapped over two lines with its date and role between them; 'A. Problem' headings "
           "right below the table",
    css="table.grid td { vertical-align: middle; }",
    blocks=[
        ("p", "Landkreis Nordheide\nLandratsamt"),
        ("kv", [("Kreistagsdrucksache Nr.:", "077/2024"), ("Amt:", "Amt für Schulen"), ("Datum:", "04.03.2024")]),
        ("h", "Sitzungsvorlage", 14),
        ("pb", "Sanierung der Sporthalle am Berufsschulzentrum Heidkamp"),
        ("table", ["Beratungsfolge", "Sitzung", "Sitzungsdatum", "Art der Beratung"], [
            ["Ausschuss für Schulen, Kultur und Sport des Kreistages", "öffentlich", "19.03.2024", "Vorberatung"],
            ["Kreisausschuss", "nichtöffentlich", "26.03.2024", "Vorberatung"],
            ["Kreistag", "öffentlich", "16.04.2024", "Beschlussfassung"]]),
        ("pb", "A. Problem"),
        ("p", "Die Sporthalle am Berufsschulzentrum ist seit dem Winter wegen Feuchteschäden nur eingeschränkt nutzbar."),
        ("pb", "B. Lösung"),
        ("p", "Die Dachflächen und die Lüftung werden 2025 saniert."),
    ],
    truth=dict(drucksache="077/2024", doc_type="Beschlussvorlage", date="2024-03-04",
               title="Sanierung der Sporthalle am Berufsschulzentrum Heidkamp", public=True,
               department="Amt für Schulen",
               consultations=[C("Ausschuss für Schulen, Kultur und Sport des Kreistages", "2024-03-19", "Vorberatung"),
                              C("Kreisausschuss", "2024-03-26", "Vorberatung"),
                              C("Kreistag", "2024-04-16", "Entscheidung")]))

doc(file="f11_letter-paragraphs-spaced-5pt.pdf", producer="chromium", font="Liberation Sans", size=10.5,
    family="a letter whose paragraphs are set apart only by 5 pt of spacing after them (1.37 line pitches, "
           "Word's 'space after'): the bold subject between the dateline and the salutation is its own paragraph",
    css="body { line-height: 1.3; } p { margin: 0 0 5pt 0; }",
    blocks=[
        ("p", "Stadt Talbrück\nKämmerei"),
        ("p", "Rathausplatz 1 · 54321 Talbrück · Telefon 06543 12-0"),
        ("p", "An die Mitglieder des Stadtrats\nund die Ortsvorsteher"),
        ("right", "Talbrück, 12. Juni 2024"),
        ("pb", "Zeitplan für die Beratung des Haushalts 2025"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "für die Beratung des Haushalts 2025 ist folgender Zeitplan vorgesehen: Einbringung im Oktober, "
              "Beratung in den Ausschüssen im November, Beschluss im Dezember."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Karin Seidel\nStadtkämmerin"),
    ],
    truth=dict(doc_type="Schreiben", date="2024-06-12",
               title="Zeitplan für die Beratung des Haushalts 2025", department="Kämmerei"))

doc(file="f12_fraktion-letterhead-type-over-subject.pdf", producer="chromium", font="Liberation Sans", size=10.5,
    family="a Fraktion's Anfrage: the Fraktion's name at the top of the page (the letterhead), an address "
           "block whose opener ('Herrn') stands on its second line, the type line 'Anfrage' set right over "
           "the subject in one paragraph",
    blocks=[
        ("h", "Fraktion Bürgerliste im Rat", 15),
        ("p", "Stadtrat\nHerrn Bürgermeister Peter Lang\n– über das Ratsbüro –"),
        ("right", "Nordheide, 22.05.2024"),
        ("pb", "Anfrage\nBarrierefreier Ausbau der Bushaltestellen im Stadtteil Moorwiese"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "wir bitten um schriftliche Beantwortung folgender Fragen:"),
        ("ol", ["Wie viele Bushaltestellen im Stadtteil sind barrierefrei ausgebaut?",
                "Bis wann sollen die übrigen Haltestellen umgebaut werden?"]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Ulrike Brandt\nFraktionsvorsitzende"),
    ],
    truth=dict(doc_type="Anfrage", date="2024-05-22",
               title="Barrierefreier Ausbau der Bushaltestellen im Stadtteil Moorwiese",
               originator="Fraktion Bürgerliste im Rat"))

doc(file="f13_statute-heading.pdf", producer="libreoffice-docx", font="Liberation Serif", size=11,
    family="a statute as published (no paper type printed): its heading 'Satzung' / 'über …' / '(short name)' "
           "at the top of page 1 over the preamble ('Aufgrund …') is its title; the date of issue is not part of it",
    blocks=[
        ("h", "Satzung", 14),
        ("h", "über die Benutzung der Friedhöfe der Gemeinde Talbrück", 14),
        ("h", "(Friedhofsordnung – FriedhO)", 12),
        ("p", "Aufgrund der §§ 5, 19 und 51 der Gemeindeordnung in der geltenden Fassung hat die "
              "Gemeindevertretung der Gemeinde Talbrück in ihrer Sitzung am 12.03.2021 folgende Satzung beschlossen:"),
        ("pb", "§ 1 Geltungsbereich"),
        ("p", "Diese Satzung gilt für die Friedhöfe in den Ortsteilen Talbrück, Heidkamp und Moorwiese."),
        ("pb", "§ 2 Benutzung"),
        ("p", "Die Friedhöfe sind während der Öffnungszeiten für jedermann zugänglich."),
    ],
    truth=dict(title="Satzung über die Benutzung der Friedhöfe der Gemeinde Talbrück (Friedhofsordnung – FriedhO)"))

doc(file="f14_vorlage-citing-a-motion-in-the-body.pdf", producer="chromium", font="Liberation Sans", size=10,
    family="a Vorlage whose title stands under the type line, with a 'Bezug: Antrag Nr. …' line in the body "
           "(a citation of another paper, never the title)",
    blocks=[
        ("p", "Stadt Wiesenau\nDer Bürgermeister"),
        ("h", "Vorlage zur Beschlussfassung", 13),
        ("pb", "Fortschreibung des Klimaschutzkonzepts – Ziel Klimaneutralität 2040"),
        ("kv", [("Vorlagen-Nr.:", "BV/2024/0815"), ("Datum:", "15.02.2024"), ("Fachbereich:", "Fachbereich Umwelt"),
                ("Status:", "öffentlich")]),
        ("table", ["Datum", "Gremium", "Zuständigkeit"], [
            ["04.03.2024", "Umweltausschuss", "Vorberatung"],
            ["21.03.2024", "Rat der Stadt Wiesenau", "Entscheidung"]]),
        ("pb", "Sachverhalt"),
        ("p", "Das Klimaschutzkonzept umfasst Maßnahmen in den Handlungsfeldern Energie, Mobilität und Konsum."),
        ("p", "Bezug: Antrag Nr. KA/2023/967"),
        ("pb", "Finanzielle Auswirkungen"),
        ("p", "Es entstehen jährliche Folgekosten von 25.000 EUR."),
    ],
    truth=dict(drucksache="BV/2024/0815", doc_type="Beschlussvorlage", date="2024-02-15",
               title="Fortschreibung des Klimaschutzkonzepts – Ziel Klimaneutralität 2040", public=True,
               department="Fachbereich Umwelt",
               consultations=[C("Umweltausschuss", "2024-03-04", "Vorberatung"),
                              C("Rat der Stadt Wiesenau", "2024-03-21", "Entscheidung")]))

doc(file="f15_label-centred-beside-two-line-subject.pdf", producer="chromium", font="Liberation Sans", size=10,
    family="a header table whose cells are centred vertically: the subject label ('Tagesordnungspunkt:') sits "
           "between the two lines of its value, one above and one below it",
    css="table.kv td { vertical-align: middle; line-height: 0.75; }",
    blocks=[
        ("p", "Landratsamt Nordheide\nAmt für Jugend und Familie"),
        ("kv", [("Vorlage Nr.:", "JHA-021/2024"), ("Datum:", "02.09.2024")]),
        ("h", "Informationsvorlage", 14),
        ("kv", [("Tagesordnungspunkt:", "Entwicklung der Hilfen zur Erziehung im\nJahr 2023")]),
        ("pb", "Sachverhalt"),
        ("p", "Die Zahl der laufenden Hilfen zur Erziehung ist 2023 gegenüber dem Vorjahr gestiegen."),
    ],
    truth=dict(drucksache="JHA-021/2024", doc_type="Mitteilungsvorlage", date="2024-09-02",
               title="Entwicklung der Hilfen zur Erziehung im Jahr 2023", department="Amt für Jugend und Familie"))

doc(file="f16_code-stamped-top-right-and-office-under-wide-unit.pdf", producer="chromium", font="Liberation Sans",
    size=10.5,
    family="a report whose own code is stamped alone at the right end of the heading line ('BERICHT DES "
           "MAGISTRATS … B 417', no number label), and whose 'Dezernat' row holds the Dezernat with the office "
           "on the line below it (the office is the department)",
    css="table.kv:first-of-type { width: 100%; } table.kv:first-of-type td:last-child { text-align: right; }",
    blocks=[
        ("kv", [("BERICHT DES MAGISTRATS", "B 417")]),
        ("kv", [("vom", "12.03.2024"), ("an", "Stadtverordnetenversammlung"),
                ("Dezernat", "III – Bildung\nSchulamt")]),
        ("pb", "Ausbau der Ganztagsbetreuung an den Grundschulen im Stadtteil Wiesenau-Süd"),
        ("p", "Die Stadtverordnetenversammlung hat den Magistrat beauftragt, über den Ausbau der "
              "Ganztagsbetreuung zu berichten. Der Magistrat berichtet hierzu wie folgt:"),
        ("p", "An zwei der drei Grundschulen sind die Mensen fertiggestellt; die dritte folgt im Herbst."),
    ],
    truth=dict(drucksache="B 417", doc_type="Mitteilungsvorlage", date="2024-03-12",
               title="Ausbau der Ganztagsbetreuung an den Grundschulen im Stadtteil Wiesenau-Süd",
               department="Schulamt"))

doc(file="f17_letterhead-stack-down-to-sachgebiet.pdf", producer="libreoffice-html", font="DejaVu Sans", size=10,
    family="an answer letter whose letterhead stacks the units from the top down (administration, Dezernat, "
           "Amt, Sachgebiet), each on its own line: the last, most specific unit is the department",
    blocks=[
        ("p", "Stadtverwaltung Talbrück\nDezernat II\nAmt für Grünflächen und Umwelt\nSachgebiet Friedhöfe"),
        ("p", "Herrn\nKarl Imhof\nMitglied des Stadtrates"),
        ("right", "Talbrück, 19.06.2024"),
        ("pb", "Beantwortung der Anfrage AF-12/2024\nGebühren für Urnengräber auf dem Waldfriedhof"),
        ("p", "Sehr geehrter Herr Imhof,"),
        ("p", "Ihre Anfrage beantworte ich wie folgt: Die Gebühren bleiben bis Ende 2025 unverändert."),
        ("p", "Mit freundlichen Grüßen"),
    ],
    truth=dict(doc_type="Antwort", date="2024-06-19",
               title="Beantwortung der Anfrage AF-12/2024 Gebühren für Urnengräber auf dem Waldfriedhof",
               department="Sachgebiet Friedhöfe", answers="AF-12/2024"))

doc(file="f18_type-heading-with-number-under-landratsamt.pdf", producer="libreoffice-docx", font="Liberation Serif",
    size=11,
    family="a Landratsamt's Bekanntgabe: the office under the authority's name, the number only in the type "
           "heading ('Bekanntgabe Nr. 04/2024', no number label), the session on the line below",
    blocks=[
        ("p", "Landratsamt Nordheide\nKreisjugendamt"),
        ("right", "Nordheide, 08. April 2024"),
        ("h", "Bekanntgabe Nr. 04/2024", 13),
        ("p", "für die öffentliche Sitzung des Jugendhilfeausschusses am 25.04.2024"),
        ("kv", [("Gegenstand:", "Schulsozialarbeit an den Mittelschulen des Landkreises – Jahresbericht 2023"),
                ("Sachbearbeitung:", "Frau Lenz, Tel. 04561 300-412")]),
        ("p", "Das Kreisjugendamt berichtet über die Schulsozialarbeit an den neun Mittelschulen des Landkreises."),
        ("p", "Die Bekanntgabe dient der Information des Ausschusses. Ein Beschluss ist nicht erforderlich."),
    ],
    truth=dict(drucksache="04/2024", doc_type="Mitteilungsvorlage", date="2024-04-08", public=True,
               title="Schulsozialarbeit an den Mittelschulen des Landkreises – Jahresbericht 2023",
               department="Kreisjugendamt",
               consultations=[C("Jugendhilfeausschuss", "2024-04-25", None)]))

doc(file="f19_header-table-with-date-column.pdf", producer="libreoffice-html", font="Liberation Sans", size=10,
    family="a paper's header as a horizontal table, labels as column heads over one row of values "
           "('Drucksachen-Nr. | Vorlageart | Datum | Status'): its date column is the paper's date, not a session's",
    blocks=[
        ("p", "Bezirksverordnetenversammlung Nordheide"),
        ("table", ["Drucksachen-Nr.", "Vorlageart", "Datum", "Status"],
         [["0342/XX", "Beschlussvorlage", "14.05.2024", "öffentlich"]]),
        ("pb", "Benennung einer Grünanlage im Ortsteil Talbrück-Ost"),
        ("p", "Die Bezirksverordnetenversammlung möge beschließen: Die Grünanlage an der Mühlenstraße erhält "
              "den Namen Clara-Berg-Park."),
    ],
    truth=dict(drucksache="0342/XX", doc_type="Beschlussvorlage", date="2024-05-14", public=True,
               title="Benennung einer Grünanlage im Ortsteil Talbrück-Ost"))

# meta17 (issue 13): families found in the layoutgen seed m17a.
doc(file="f20_form-grid-labels-above-values.pdf", producer="libreoffice-html", font="Liberation Sans", size=10,
    family="a form's field grid, labels as column heads over one row of values without a number column "
           "('Datum | Dezernat | Organisationseinheit'): its date column is the paper's date",
    css="th { text-align: left; } table.grid td, table.grid th { padding: 1pt 4pt; }",
    blocks=[
        ("p", "Landkreis Talbrück"),
        ("kv", [("Vorlage-Nr.", "BV/2024/118")]),
        ("table", ["Datum", "Dezernat", "Organisationseinheit"], [["3.6.2024", "Dezernat II", "Amt für Schulen"]]),
        ("kv", [("Betreff", "Mensa am Gymnasium Nord")]),
        ("p", "Beschlussvorschlag: Der Kreistag beschließt die Erweiterung der Mensa um 80 Plätze."),
    ],
    truth=dict(drucksache="BV/2024/118", doc_type=None, date="2024-06-03",
               title="Mensa am Gymnasium Nord", department="Amt für Schulen"))

doc(file="f21_unit-heading-contact-block.pdf", producer="chromium", font="DejaVu Sans", size=10,
    css="table.kv { width: 100%; } table.kv td:first-child { width: 55%; }",
    family="a big city's Vorlage whose letterhead column names the office above its contact lines ('"
           "Grünflächenamt' / 'Bearbeitung: …' / 'Telefon: …' / 'E-Mail: …'), no department label: the office is the "
           "department",
    blocks=[
        ("kv", [("", "Grünflächenamt"), ("", "Bearbeitung: Frau Lenz"), ("Stadt Talbrück", "Telefon: 0761 201-4471"),
                ("", "E-Mail: lenz@talbrueck.de")]),
        ("pb", "Neupflanzung von Straßenbäumen in der Weststadt"),
        ("p", "Sitzungsvorlage Nr. 24/0815"),
        ("p", "Beschlussvorschlag: Der Gemeinderat beschließt die Neupflanzung von 140 Straßenbäumen."),
    ],
    truth=dict(drucksache="24/0815", doc_type="Beschlussvorlage", title="Neupflanzung von Straßenbäumen in der Weststadt",
               department="Grünflächenamt"))

doc(file="f22_unit-with-number-under-authority.pdf", producer="libreoffice-docx", font="Liberation Serif", size=11,
    family="an older Word template: the office with its KGSt number on the line under the authority's name "
           "('Stadt Talbrück' / '41 – Kulturamt'), no department label",
    blocks=[
        ("p", "Stadt Talbrück\n41 – Kulturamt"),
        ("right", "Talbrück, 12.09.2024"),
        ("pb", "Beschlussvorlage"),
        ("p", "Nr.: 2024/0733"),
        ("kv", [("Betreff:", "Zuschuss an den Heimatverein Talbrück e.V. für das Stadtfest 2025")]),
        ("p", "Beschlussvorschlag: Der Gemeinderat gewährt dem Heimatverein einen Zuschuss von 4.500 Euro."),
    ],
    truth=dict(drucksache="2024/0733", doc_type="Beschlussvorlage", date="2024-09-12",
               title="Zuschuss an den Heimatverein Talbrück e.V. für das Stadtfest 2025", department="41 – Kulturamt"))

doc(file="f23_motion-two-line-sender-and-session-phrase.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11,
    family="a Fraktion's motion whose sender line names its council on the line below ('Fraktion X' / 'im "
           "Gemeinderat Y'), filed for two sessions in one phrase ('zur Sitzung des … am … und des … am …'), a bold "
           "subject over a plain 'hier:' line, dated only above the signature ('Talbrück, 30.09.2024')",
    blocks=[
        ("p", "Fraktion Grüne Liste\nim Gemeinderat Talbrück"),
        ("pb", "Antrag"),
        ("p", "zur Sitzung des Haupt- und Finanzausschusses am 14.10.2024 und des Gemeinderates am 24.10.2024"),
        ("pb", "Betreff: Schattenplätze auf den Spielplätzen der Kernstadt"),
        ("p", "hier: Sonnensegel für den Spielplatz am Mühlbach"),
        ("p", "Der Gemeinderat möge beschließen: Die Verwaltung wird beauftragt, auf dem Spielplatz am Mühlbach "
              "zwei Sonnensegel aufzustellen."),
        ("p", "Begründung: Der Spielplatz liegt den ganzen Tag in der Sonne; Eltern meiden ihn im Sommer."),
        ("p", "Talbrück, 30.09.2024"),
        ("p", "Miriam Kessler, Fraktionsvorsitzende"),
    ],
    truth=dict(doc_type="Antrag", date="2024-09-30",
               title="Schattenplätze auf den Spielplätzen der Kernstadt hier: Sonnensegel für den Spielplatz am Mühlbach",
               originator="Fraktion Grüne Liste im Gemeinderat Talbrück",
               consultations=[C("Haupt- und Finanzausschuss", "2024-10-14", None),
                              C("Gemeinderat", "2024-10-24", None)]))

doc(file="f24_information-key-grid-without-colons.pdf", producer="chromium", font="DejaVu Sans", size=10.5,
    css="table.kv td:first-child { width: 35%; }",
    family="an Informationsvorlage whose header is a key/value grid without colons ('Gremium | …', 'Sitzung | "
           "date, öffentlich', 'Behandlung | zur Kenntnisnahme'): one consultation with its date and role",
    blocks=[
        ("p", "Gemeinde Nordheide"),
        ("pb", "Informationsvorlage"),
        ("kv", [("Vorlage-Nr.", "IV/2024/031"), ("Gremium", "Ausschuss für Umwelt und Klima"),
                ("Sitzung", "05.11.2024, öffentlich"), ("Behandlung", "zur Kenntnisnahme")]),
        ("pb", "Bericht über die Messung der Luftqualität 2024"),
        ("p", "Die Messstation an der Hauptstraße hat 2024 keine Überschreitung der Grenzwerte für Stickstoffdioxid "
              "ergeben. Der Jahresmittelwert lag bei 21 Mikrogramm je Kubikmeter."),
        ("p", "Nordheide, 21.10.2024"),
    ],
    truth=dict(drucksache="IV/2024/031", doc_type="Mitteilungsvorlage", date="2024-10-21",
               title="Bericht über die Messung der Luftqualität 2024", public=True,
               consultations=[C("Ausschuss für Umwelt und Klima", "2024-11-05", "Kenntnisnahme")]))

# meta20 (rules written on holdout9, openly a tuning set): one look-alike per new family.

doc(file="f25_role-label-as-grid-key-date-wrapped.pdf", producer="chromium", font="DejaVu Sans", size=11,
    css="table.kv td:first-child { width: 45%; } table.kv td:last-child { width: 55%; }",
    family="an Informationsvorlage whose role label is the key cell of a grid ('Kenntnisnahme durch: | Ausschuss "
           "X –') with the session's date wrapped below in the value column",
    blocks=[
        ("p", "Stadt Wiesenau"),
        ("pb", "Mitteilungsvorlage 2024/0311"),
        ("right", "Wiesenau, den 28. Oktober 2024"),
        ("kv", [("Kenntnisnahme durch:", "Ausschuss für Jugend, Schule und Sport –\n19.11.2024")]),
        ("p", "Betreff:"),
        ("pb", "Schülerbeförderung im Schuljahr 2024/25 – Sachstand"),
        ("p", "Die Zahl der beförderten Schülerinnen und Schüler ist um vier Prozent gestiegen. Zwei zusätzliche "
              "Busse verkehren seit den Herbstferien."),
    ],
    truth=dict(drucksache="2024/0311", doc_type="Mitteilungsvorlage", date="2024-10-28",
               title="Schülerbeförderung im Schuljahr 2024/25 – Sachstand",
               consultations=[C("Ausschuss für Jugend, Schule und Sport", "2024-11-19", "Kenntnisnahme")]))

doc(file="f26_role-label-with-preposition-and-bodies-on-dates.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=11,
    family="a Magistrat's Mitteilung whose role label carries its preposition ('Zur Kenntnisnahme an:') over "
           "lines 'Gremium am Datum'",
    blocks=[
        ("p", "Stadt Talbrück – Der Magistrat"),
        ("p", "Vorlage-Nr.: M 52/2024"),
        ("p", "Mitteilung des Magistrats"),
        ("p", "Zur Kenntnisnahme an:\nSozialausschuss am 12.11.2024\nStadtverordnetenversammlung am 28.11.2024"),
        ("p", "Betreff: Belegung der Notunterkünfte im Winter 2024/25"),
        ("p", "In den beiden Notunterkünften stehen 46 Plätze zur Verfügung; derzeit sind 31 belegt. Die "
              "Belegung ist gegenüber dem Vorjahr um sieben Plätze gestiegen. Der Magistrat hat mit dem Träger "
              "vereinbart, bei Frost zusätzlich den Gemeinschaftsraum der Unterkunft in der Gartenstraße zu öffnen; "
              "die Kosten trägt der laufende Haushalt."),
        ("p", "Talbrück, 30.10.2024"),
    ],
    truth=dict(drucksache="M 52/2024", doc_type="Mitteilungsvorlage", date="2024-10-30",
               title="Belegung der Notunterkünfte im Winter 2024/25",
               consultations=[C("Sozialausschuss", "2024-11-12", "Kenntnisnahme"),
                              C("Stadtverordnetenversammlung", "2024-11-28", "Kenntnisnahme")]))

doc(file="f27_bodies-with-role-in-brackets-no-dates.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11,
    family="a Sitzungsvorlage whose Beratungsfolge lists bodies with their role in brackets and no dates "
           "('Hauptausschuss (Vorberatung)')",
    blocks=[
        ("p", "Stadt Nordheide\nDer Bürgermeister"),
        ("p", "Sitzungsvorlage Nr. 0417/2024"),
        ("p", "Beschlussvorlage"),
        ("p", "Datum: 04.11.2024"),
        ("p", "Beratungsfolge:\nFinanzausschuss (Vorberatung)\nStadtrat (Beschlussfassung)"),
        ("p", "Betreff"),
        ("pb", "Erneuerung der Heizungsanlage im Bürgerhaus"),
        ("p", "Der Stadtrat beschließt die Erneuerung der Heizungsanlage im Bürgerhaus zum Preis von 86.000 €."),
    ],
    truth=dict(drucksache="0417/2024", doc_type="Beschlussvorlage", date="2024-11-04",
               title="Erneuerung der Heizungsanlage im Bürgerhaus",
               consultations=[C("Finanzausschuss", None, "Vorberatung"), C("Stadtrat", None, "Entscheidung")]))

doc(file="f28_question-key-grid-answered-in-session.pdf", producer="chromium", font="Liberation Sans", size=11,
    family="a Kleine Anfrage whose key column names the session of the answer ('Beantwortung in der Sitzung | "
           "Stadtrat, 21.11.2024')",
    blocks=[
        ("kv", [("Kleine Anfrage", "KA 11/2024"), ("Fragesteller", "Fraktion Freie Wähler Nordheide"),
                ("eingereicht am", "14. Oktober 2024"), ("Beantwortung in der Sitzung", "Stadtrat, 21.11.2024")]),
        ("pb", "Öffnungszeiten der Stadtbibliothek"),
        ("p", "Bürgerinnen und Bürger haben uns gebeten, nach längeren Öffnungszeiten zu fragen. Wir fragen den "
              "Bürgermeister:"),
        ("ol", ["Wie viele Besucher zählte die Bibliothek 2023?", "Sind Öffnungszeiten am Samstag geplant?"]),
    ],
    truth=dict(drucksache="KA 11/2024", doc_type="Anfrage", date="2024-10-14",
               title="Öffnungszeiten der Stadtbibliothek", originator="Fraktion Freie Wähler Nordheide",
               consultations=[C("Stadtrat", "2024-11-21", None)]))

doc(file="f29_receipt-stamp-and-agenda-request.pdf", producer="libreoffice-docx", font="Liberation Sans", size=11,
    family="a Fraktion's letter stamped by the council's office ('Eingang: …') above its own place-date, asking "
           "for a place on the agenda of a compound session ('Tagesordnung der Gemeinderatssitzung am …')",
    blocks=[
        ("p", "SPD-Fraktion im Gemeinderat Talbrück"),
        ("right", "Gemeinde Talbrück\nEingang: 05.11.2024\nHauptamt"),
        ("p", "Herrn Bürgermeister\nPeter Lindner\nRathaus"),
        ("right", "Talbrück, 01.11.2024"),
        ("pb", "Beleuchtung des Radwegs nach Oberhagen"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "wir bitten, den folgenden Antrag auf die Tagesordnung der Gemeinderatssitzung am 28.11.2024 zu setzen."),
        ("p", "Die Verwaltung wird beauftragt, den Radweg nach Oberhagen mit Solarleuchten auszustatten."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Sabine Kroll"),
    ],
    truth=dict(doc_type="Antrag", date="2024-11-01", title="Beleuchtung des Radwegs nach Oberhagen",
               originator="SPD-Fraktion im Gemeinderat Talbrück",
               consultations=[C("Gemeinderat", "2024-11-28", None)]))

doc(file="f30_ortsbeirat-motion-type-line-with-addressee.pdf", producer="chromium", font="DejaVu Sans", size=10.5,
    family="an Ortsbeirat's motion whose bold type line names sender and addressee ('Antrag des Ortsbeirates X "
           "an die Stadtverordnetenversammlung') over the bold subject, filed 'zur Behandlung in der Sitzung der … "
           "am …'",
    blocks=[
        ("p", "Ortsbeirat Wiesenau-Süd\nDer Ortsvorsteher"),
        ("right", "Wiesenau, 21.10.2024"),
        ("pb", "Antrag des Ortsbeirates Wiesenau-Süd an die Stadtverordnetenversammlung\n"
               "Querungshilfe an der Bahnhofstraße"),
        ("p", "zur Behandlung in der Sitzung der Stadtverordnetenversammlung am 14.11.2024"),
        ("p", "Die Stadtverordnetenversammlung möge beschließen: Der Magistrat wird beauftragt, an der "
              "Bahnhofstraße eine Querungshilfe einzurichten."),
        ("p", "Jonas Pfeiffer, Ortsvorsteher"),
    ],
    truth=dict(doc_type="Antrag", date="2024-10-21", title="Querungshilfe an der Bahnhofstraße",
               originator="Ortsbeirat Wiesenau-Süd",
               consultations=[C("Stadtverordnetenversammlung", "2024-11-14", None)]))

doc(file="f31_motion-for-the-body-and-question-on-a-date.pdf", producer="libreoffice-html", font="DejaVu Sans",
    size=11,
    family="a Fraktion's motion naming the body, not its session ('Antrag zur Behandlung im Gemeinderat am …'), "
           "under a return-address line with the postcode ('… – Marktplatz 3 – 12345 Nordheide')",
    blocks=[
        ("p", "Fraktion Bürgerliste – Marktplatz 3 – 12345 Nordheide"),
        ("p", "Fraktion Bürgerliste\nim Gemeinderat der Stadt Nordheide"),
        ("right", "Nordheide, 7. Oktober 2024"),
        ("pb", "Kostenfreies Parken für Ehrenamtliche"),
        ("p", "Antrag zur Behandlung im Gemeinderat am 29.10.2024"),
        ("p", "Die Fraktion Bürgerliste beantragt: Ehrenamtlich Tätige mit Ehrenamtskarte parken auf städtischen "
              "Parkplätzen kostenfrei."),
        ("p", "Für die Fraktion\nKarin Wolf"),
    ],
    truth=dict(doc_type="Antrag", date="2024-10-07", title="Kostenfreies Parken für Ehrenamtliche",
               originator="Fraktion Bürgerliste im Gemeinderat der Stadt Nordheide",
               consultations=[C("Gemeinderat", "2024-10-29", None)]))

doc(file="f32_bare-vorlage-proposing-with-fachabteilung.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11,
    family="a Vorlage that prints only 'Vorlage' over its number and proposes a decision under its own heading "
           "('Beschlussvorschlag:'), with 'Dezernat:' and 'Fachabteilung:' keys (the Fachabteilung is the unit)",
    blocks=[
        ("p", "Stadt Nordheide"),
        ("kv", [("Vorlage", "2024/0098"), ("Dezernat:", "II – Bauen und Umwelt"), ("Fachabteilung:", "Hochbau"),
                ("Datum:", "12.09.2024")]),
        ("p", "Betreff:"),
        ("pb", "Sanierung der Turnhalle an der Lindenschule"),
        ("p", "Beschlussvorschlag:"),
        ("p", "Der Gemeinderat beschließt die Sanierung der Turnhalle an der Lindenschule nach der "
              "Entwurfsplanung. Die Mittel stehen im Haushalt 2025 bereit."),
        ("p", "Sachverhalt:"),
        ("p", "Das Dach der Turnhalle ist undicht; die Heizung stammt aus dem Jahr 1979."),
    ],
    truth=dict(drucksache="2024/0098", doc_type="Beschlussvorlage", date="2024-09-12",
               title="Sanierung der Turnhalle an der Lindenschule", department="Hochbau"))

doc(file="f33_numbered-supplement-to-a-sitzungsvorlage.pdf", producer="chromium", font="DejaVu Sans", size=10.5,
    family="a numbered supplement to a paper ('1. Ergänzung zur Sitzungsvorlage') under the office's line",
    blocks=[
        ("p", "Gemeinde Wiesenau\nFachbereich 2 – Ordnung und Soziales"),
        ("pb", "1. Ergänzung zur Sitzungsvorlage"),
        ("kv", [("Vorlagen-Nr.:", "WIE/2024/031-1"), ("Datum:", "05.11.2024")]),
        ("p", "Betreff: Satzung über die Benutzung der Obdachlosenunterkünfte"),
        ("p", "Die Vorlage WIE/2024/031 wird um die Gebührenkalkulation ergänzt. Die Gebühr je Platz und Monat "
              "beträgt nach der Kalkulation 212 Euro; sie deckt die laufenden Kosten der Unterkünfte."),
    ],
    truth=dict(drucksache="WIE/2024/031-1", doc_type="Ergänzungsvorlage", date="2024-11-05",
               title="Satzung über die Benutzung der Obdachlosenunterkünfte",
               department="Fachbereich 2 – Ordnung und Soziales"))

doc(file="f34_session-rows-without-label-or-header.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11,
    family="session rows 'Body  date  role' under the paper's key fields with neither a Beratungsfolge label nor "
           "a header row (Landschaftsverband Vorlagen; meta21)",
    blocks=[
        ("p", "Der Direktor des Kommunalverbandes Nordheide"),
        ("pb", "Beschlussvorlage Nr. 12/0456"),
        ("kv", [("Datum:", "04.11.2024"), ("Dienststelle:", "Fachbereich 41"),
                ("Kulturausschuss", "18.11.2024 empfehlender Beschluss"),
                ("Verbandsausschuss", "02.12.2024 Beschluss")]),
        ("p", "Tagesordnungspunkt:"),
        ("pb", "Neuordnung der Eintrittspreise der Verbandsmuseen"),
        ("p", "Beschlussvorschlag:"),
        ("p", "Der Verbandsausschuss beschließt die Neuordnung der Eintrittspreise ab dem 1. März 2025."),
    ],
    truth=dict(drucksache="12/0456", doc_type="Beschlussvorlage", date="2024-11-04",
               title="Neuordnung der Eintrittspreise der Verbandsmuseen", department="Fachbereich 41",
               consultations=[C("Kulturausschuss", "2024-11-18", "Vorberatung"),
                              C("Verbandsausschuss", "2024-12-02", "Entscheidung")]))

doc(file="f35_one-dashed-session-line.pdf", producer="chromium", font="DejaVu Sans", size=10.5,
    family="one header line naming the session in parts set apart by dashes ('Gemeinderat – 27.11.2024 – "
           "Kenntnisnahme – öffentlich'; Gemeinde and Landratsamt Vorlagen; meta21)",
    blocks=[
        ("p", "Gemeinde Wiesenau"),
        ("kv", [("Mitteilungsvorlage", "MV 2024/118"), ("Sachgebiet:", "Sachgebiet 3.2 Bauhof"),
                ("Erstellt am:", "05.11.2024")]),
        ("p", "Gemeinderat – 27.11.2024 – Kenntnisnahme – öffentlich"),
        ("pb", "Streuplan für den Winterdienst 2024/25"),
        ("p", "Der Bauhof räumt in diesem Winter 96 km Gemeindestraßen; Buslinien werden zuerst geräumt."),
    ],
    truth=dict(drucksache="MV 2024/118", doc_type="Mitteilungsvorlage", date="2024-11-05",
               title="Streuplan für den Winterdienst 2024/25", public=True, department="Sachgebiet 3.2 Bauhof",
               consultations=[C("Gemeinderat", "2024-11-27", "Kenntnisnahme")]))

doc(file="f36_session-lines-in-parts-with-sitzung-am.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=11,
    family="session lines one under another in parts set apart by dashes or a comma, 'Sitzung am' before the "
           "date, a public status of one or two words, then the role; the paper's status is the one all lines "
           "print (Markt and Verwaltungsgemeinschaft Word templates, planning associations; meta22)",
    blocks=[
        ("p", "Markt Talbrück"),
        ("p", "Sitzungsvorlage 2024/UA/017"),
        ("right", "Talbrück, 21.10.2024"),
        ("kv", [("Organisationseinheit:", "Sachgebiet 32 – Umwelt und Grünflächen")]),
        ("p", "Umweltausschuss – Sitzung am 05.11.2024 – öffentlich – Vorberatung\n"
              "Marktgemeinderat, Sitzung am 19.11.2024 – öffentlicher Teil – Beschluss"),
        ("p", "Gegenstand:"),
        ("pb", "Pflegekonzept für die Streuobstwiesen am Kalvarienberg"),
        ("p", "Beschlussvorschlag:"),
        ("p", "Der Marktgemeinderat beschließt das Pflegekonzept; die Mahd übernimmt der Bauhof zweimal im Jahr."),
    ],
    truth=dict(drucksache="2024/UA/017", doc_type="Beschlussvorlage", date="2024-10-21",
               title="Pflegekonzept für die Streuobstwiesen am Kalvarienberg", public=True,
               department="Sachgebiet 32 – Umwelt und Grünflächen",
               consultations=[C("Umweltausschuss", "2024-11-05", "Vorberatung"),
                              C("Marktgemeinderat", "2024-11-19", "Entscheidung")]))

doc(file="f37_bulleted-sessions-under-the-label.pdf", producer="chromium", font="DejaVu Sans", size=10.5,
    family="a Beratungsfolge of bulleted lines 'Gremium, date, öffentlich, zur Kenntnisnahme' under its label "
           "(Kreis Berichtsvorlagen; meta22)",
    blocks=[
        ("p", "Kreis Nordheide"),
        ("kv", [("Berichtsvorlage", "BV/2024/233"), ("Fachdienst:", "Fachdienst Jugend und Familie"),
                ("Datum:", "04.11.2024")]),
        ("p", "Beratungsfolge:"),
        ("ul", ["Jugendhilfeausschuss, 18.11.2024, öffentlich, zur Kenntnisnahme",
                "Kreisausschuss, 26.11.2024, öffentlich, zur Kenntnisnahme"]),
        ("pb", "Bericht über die Inobhutnahmen im Jahr 2024"),
        ("p", "Im Berichtsjahr wurden 61 Kinder und Jugendliche in Obhut genommen, elf mehr als im Vorjahr."),
    ],
    truth=dict(drucksache="BV/2024/233", doc_type="Mitteilungsvorlage", date="2024-11-04",
               title="Bericht über die Inobhutnahmen im Jahr 2024", public=True,
               department="Fachdienst Jugend und Familie",
               consultations=[C("Jugendhilfeausschuss", "2024-11-18", "Kenntnisnahme"),
                              C("Kreisausschuss", "2024-11-26", "Kenntnisnahme")]))

doc(file="f38_recommendation-citing-paper-and-subject.pdf", producer="libreoffice-html", font="Liberation Serif",
    size=11.5,
    family="an opinion or recommendation without a subject label whose header cites the paper it is about with "
           "its number and subject ('zur Drucksache 44/2024 „…“'): titled by that subject (Beiräte, Ortsbeiräte; "
           "meta22)",
    blocks=[
        ("p", "Jugendbeirat der Gemeinde Wiesenau"),
        ("right", "Wiesenau, 08.10.2024"),
        ("p", "An den Gemeindevorstand"),
        ("pb", "Empfehlung des Jugendbeirates"),
        ("p", "zur Drucksache 44/2024 „Neugestaltung des Bolzplatzes an der Schulstraße“"),
        ("p", "Der Jugendbeirat empfiehlt, den Bolzplatz mit einem Ballfangzaun und zwei Sitzgruppen auszustatten."),
        ("p", "Lena Krämer\nVorsitzende"),
    ],
    truth=dict(doc_type="Stellungnahme", date="2024-10-08",
               title="Neugestaltung des Bolzplatzes an der Schulstraße",
               originator="Jugendbeirat der Gemeinde Wiesenau"))

doc(file="f39_letter-reference-line-and-addressee-under-date.pdf", producer="chromium", font="Liberation Sans",
    size=11,
    family="a letter to another authority: the date line first, then the addressee with its Referat and a postcode "
           "line (the addressee's unit, not the sender's), the subject, then 'Ihr Schreiben vom … – Az. …' "
           "(no part of the subject); an answer whose 'Ihre Anfrage vom …' stands over the subject (meta22)",
    blocks=[
        ("p", "Planungsverband Nordheide"),
        ("right", "Talbrück, 02.09.2024"),
        ("p", "Ministerium für Landesentwicklung\nReferat 23\nAm Schlossgarten 4\n30159 Hannover"),
        ("p", "Stellungnahme des Planungsverbandes"),
        ("pb", "Entwurf des Landes-Raumordnungsprogramms – Kapitel Rohstoffsicherung"),
        ("p", "Ihr Schreiben vom 15.07.2024 – Az. 23-20310/4"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "zu dem Entwurf nimmt der Planungsverband wie folgt Stellung: Die Vorranggebiete am Talberg sind "
              "zu verkleinern."),
    ],
    truth=dict(doc_type="Stellungnahme", date="2024-09-02",
               title="Entwurf des Landes-Raumordnungsprogramms – Kapitel Rohstoffsicherung"))

doc(file="f40_answer-grid-with-bezug-above-betreff.pdf", producer="libreoffice-docx", font="DejaVu Sans",
    size=10.5,
    family="an answer's header grid with 'Bezug:' citing the question by type and number above 'Betreff:' (the "
           "subject is Betreff's), sessions printed 'Kreistag – date – Kenntnisnahme' (Kreis SessionNet prints; "
           "meta22)",
    blocks=[
        ("p", "Kreis Nordheide · Der Landrat"),
        ("kv", [("Vorlage:", "VO/2024/310-1"), ("Vorlagenart:", "Antwort auf Anfrage"),
                ("Federführend:", "Fachdienst Schule und Sport"), ("Datum:", "12.11.2024"),
                ("Status:", "öffentlich")]),
        ("p", "Kreistag – 05.12.2024 – Kenntnisnahme"),
        ("p", "Bezug:"),
        ("p", "Anfrage VO/2024/310 von Herrn Jonas Petersen"),
        ("p", "Betreff:"),
        ("pb", "Schülerbeförderung zu den Berufsschulen"),
        ("p", "Zu 1: Die Fahrkarten für Berufsschüler werden seit August 2024 erstattet."),
    ],
    truth=dict(drucksache="VO/2024/310-1", doc_type="Antwort", date="2024-11-12",
               title="Schülerbeförderung zu den Berufsschulen", public=True,
               department="Fachdienst Schule und Sport", answers="VO/2024/310",
               consultations=[C("Kreistag", "2024-12-05", "Kenntnisnahme")]))

doc(file="f41_role-labels-under-beratungsfolge-and-business-lead-in.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=11,
    family="role labels one after another right under the Beratungsfolge label, each over sessions "
           "'Gremium, date' (Samtgemeinde SessionNet prints); the status named in a lead-in 'Beratung und "
           "Beschlussfassung in der öffentlichen Sitzung …' (Verwaltungsgemeinschaft templates; meta22)",
    blocks=[
        ("p", "Samtgemeinde Nordheide"),
        ("pb", "Beschlussvorlage"),
        ("kv", [("Drucksache Nr.", "2024/0311"), ("Fachbereich", "FB III – Bauen und Umwelt"),
                ("Datum", "28.10.2024")]),
        ("pb", "Erneuerung der Straßenbeleuchtung in Talbrück"),
        ("p", "Beratung und Beschlussfassung in der öffentlichen Sitzung des Samtgemeinderates"),
        ("p", "Beratungsfolge"),
        ("p", "Vorberatung:"),
        ("p", "Bauausschuss, 13.11.2024\nSamtgemeindeausschuss, 21.11.2024"),
        ("p", "Beschlussfassung:"),
        ("p", "Samtgemeinderat, 05.12.2024"),
        ("p", "Beschlussvorschlag:"),
        ("p", "Der Samtgemeinderat beschließt die Umrüstung von 214 Leuchten auf LED."),
    ],
    truth=dict(drucksache="2024/0311", doc_type="Beschlussvorlage", date="2024-10-28",
               title="Erneuerung der Straßenbeleuchtung in Talbrück", public=True,
               department="FB III – Bauen und Umwelt",
               consultations=[C("Bauausschuss", "2024-11-13", "Vorberatung"),
                              C("Samtgemeindeausschuss", "2024-11-21", "Vorberatung"),
                              C("Samtgemeinderat", "2024-12-05", "Entscheidung")]))
