"""Papers k01–k14 and k32 (Berlin-Reinickendorf, Hamburg-Bergedorf, Landkreis Diepholz).

Invented content, names and numbers, in the layouts those councils' information systems print.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------ Berlin-Reinickendorf (BVV, ALLRIS)
doc(
    file="k01_reinickendorf_0815-XXI_antrag-hitzeschutz-kitas.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="allris_berlin_bvv_antrag", city="Berlin-Reinickendorf",
    blocks=[
        ("p", "Bezirksverordnetenversammlung Reinickendorf von Berlin"),
        ("h", "Drucksache - 0815/XXI -", 14),
        ("kv", [("Art:", "Antrag"), ("Initiator:", "Fraktion der SPD"),
                ("Datum:", "22.01.2024"), ("Status:", "öffentlich")]),
        ("kv", [("Betreff:", "Hitzeschutz in bezirklichen Kitas und Familienzentren")]),
        ("table", ["Datum", "Gremium", "Zuständigkeit"], [
            ["14.02.2024", "Bezirksverordnetenversammlung Reinickendorf", "Überweisung"],
            ["28.02.2024", "Ausschuss für Jugend und Familie", "Vorberatung"],
            ["20.03.2024", "Bezirksverordnetenversammlung Reinickendorf", "Beschlussfassung"]]),
        ("pb", "Die Bezirksverordnetenversammlung möge beschließen:"),
        ("p", "Das Bezirksamt wird ersucht, bis zum Beginn der Sommermonate 2024 für alle Kitas in "
              "bezirklicher Trägerschaft und für die Familienzentren des Bezirks einen Hitzeschutzplan "
              "vorzulegen. Dieser soll insbesondere folgende Maßnahmen umfassen:"),
        ("ul", ["die Ausstattung der Außenflächen mit Sonnensegeln oder schattenspendenden Pflanzungen,",
                "die Installation von Trinkwasserspendern in allen Einrichtungen,",
                "eine Regelung für die Verlagerung von Aktivitäten in kühlere Tageszeiten,",
                "die Prüfung von außenliegendem Sonnenschutz an besonders belasteten Gebäuden."]),
        ("pb", "Begründung:"),
        ("p", "Kleinkinder reagieren besonders empfindlich auf hohe Temperaturen. In den Sommern 2022 und "
              "2023 lagen die Raumtemperaturen in mehreren Einrichtungen in Tegel und im Märkischen Viertel "
              "über Tage hinweg bei mehr als 30 Grad. Der Hitzeaktionsplan des Landes Berlin empfiehlt "
              "ausdrücklich bauliche und organisatorische Vorkehrungen in Kindertagesstätten."),
        ("p", "Viele der erforderlichen Maßnahmen sind mit geringem Aufwand umzusetzen. Für die "
              "Trinkwasserspender kann das Programm der Berliner Wasserbetriebe genutzt werden."),
        ("space",),
        ("p", "Sarah Lüdtke und die übrigen Mitglieder der Fraktion der SPD"),
    ],
    truth=dict(drucksache="0815/XXI", doc_type="Antrag", doc_type_printed="Antrag", date="2024-01-22",
               title="Hitzeschutz in bezirklichen Kitas und Familienzentren", public=True,
               department=None, originator="Fraktion der SPD", answers=None, references=[],
               consultations=[C("Bezirksverordnetenversammlung Reinickendorf", "2024-02-14", None),
                              C("Ausschuss für Jugend und Familie", "2024-02-28", "Vorberatung"),
                              C("Bezirksverordnetenversammlung Reinickendorf", "2024-03-20", "Entscheidung")],
               klimacheck=None, klima_style=None,
               themes=["soziales", "klima_umwelt"], themes_why="heat protection for childcare centres (Kitas) – climate adaptation",
               notes="Berlin BVV number with dashes around it ('Drucksache - 0815/XXI -'). Beratungsfolge "
                     "date-first; 'Überweisung' (referral to committee) is none of the four roles → null. "
                     "The same BVV appears twice with different dates."),
)

doc(
    file="k02_reinickendorf_0842-XXI_vorlage-zur-kenntnisnahme.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="berlin_bezirksamt_vorlage_kenntnisnahme", city="Berlin-Reinickendorf",
    blocks=[
        ("kv", [("Bezirksamt Reinickendorf von Berlin\nAbteilung Ordnung, Umwelt und Verkehr\n"
                 "Straßen- und Grünflächenamt",
                 "Eichborndamm 215\n13437 Berlin\nTel. (030) 90294-6612\nGeschZ.: SGA 21-0533")]),
        ("right", "Berlin, den 30. Januar 2024"),
        ("h", "Vorlage – zur Kenntnisnahme –\nfür die Bezirksverordnetenversammlung", 13),
        ("kv", [("Drucksache Nr.:", "0842/XXI")]),
        ("pb", "Betr.: Trinkbrunnen in Reinickendorfer Grünanlagen – Schlussbericht zur Drucksache 0533/XXI"),
        ("table", None, [["Bezirksverordnetenversammlung", "21.02.2024", "Kenntnisnahme"]]),
        ("p", "Wir bitten, zur Kenntnis zu nehmen:"),
        ("p", "Die Bezirksverordnetenversammlung hat in ihrer Sitzung am 14.06.2023 auf Grundlage der "
              "Drucksache 0533/XXI folgendes Ersuchen beschlossen:"),
        ("pi", "„Das Bezirksamt wird ersucht, gemeinsam mit den Berliner Wasserbetrieben an mindestens "
               "fünf zentralen Orten in Reinickendorfer Grünanlagen öffentliche Trinkbrunnen einzurichten.“"),
        ("p", "Das Bezirksamt hat hierzu Folgendes veranlasst:"),
        ("p", "Die Berliner Wasserbetriebe haben im Herbst 2023 an vier Standorten Trinkbrunnen errichtet: "
              "im Schäfersee-Park, am Tegeler Hafen, im Volkspark Lübars und auf dem Franz-Neumann-Platz. "
              "Ein fünfter Standort im Quartierspark Märkisches Viertel konnte wegen fehlender "
              "Leitungsanschlüsse noch nicht realisiert werden; die Planung ist für 2025 vorgesehen."),
        ("p", "Die Brunnen werden von April bis Oktober betrieben. Die Kosten für Errichtung und Betrieb "
              "tragen die Berliner Wasserbetriebe; dem Bezirk entstehen lediglich Aufwendungen für die "
              "Reinigung der Umgebung im Rahmen der regulären Grünflächenpflege."),
        ("p", "Das Ersuchen ist damit weitgehend erledigt. Über den fünften Standort wird das Bezirksamt "
              "im Ausschuss für Umwelt und Natur berichten."),
        ("space",),
        ("p", "Emine Demirbüken-Wegner\nBezirksbürgermeisterin"),
        ("p", "Julia Schrod-Thiel\nBezirksstadträtin"),
    ],
    truth=dict(drucksache="0842/XXI", doc_type="Mitteilungsvorlage",
               doc_type_printed="Vorlage – zur Kenntnisnahme –", date="2024-01-30",
               title="Trinkbrunnen in Reinickendorfer Grünanlagen – Schlussbericht zur Drucksache 0533/XXI",
               public=None, department="Straßen- und Grünflächenamt", originator=None, answers=None,
               references=["0533/XXI"],
               consultations=[C("Bezirksverordnetenversammlung", "2024-02-21", "Kenntnisnahme")],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt"], themes_why="public drinking fountains in parks (Wasser, Grünanlagen)",
               notes="Letterhead as a two-column block: unit left, address/phone/GeschZ. right — neither the "
                     "phone nor the Geschäftszeichen is a Drucksache. Beratungsfolge is a one-row table "
                     "without header whose narrow first cell breaks 'Bezirksverordnetenversammlung' inside "
                     "the word (read as one word). 'Betr.:' label dropped."),
)

doc(
    file="k03_reinickendorf_ka-0207-XXI_anfrage-sperrmuell.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="allris_berlin_bvv_kleine_anfrage", city="Berlin-Reinickendorf",
    blocks=[
        ("p", "Bezirksverordnetenversammlung Reinickendorf von Berlin"),
        ("h", "Kleine Anfrage", 14),
        ("kv", [("Drucksache:", "KA-0207/XXI"), ("Eingang:", "05.03.2024"),
                ("Fragesteller:", "Bezirksverordneter Jonas Kreutzfeldt (fraktionslos)")]),
        ("pb", "Illegale Müllablagerungen im Märkischen Viertel"),
        ("p", "Ich frage das Bezirksamt:"),
        ("ol", ["Wie viele illegale Müllablagerungen wurden dem Bezirksamt in den Jahren 2022 und 2023 im "
                "Ortsteil Märkisches Viertel gemeldet, und wie viele davon über die Ordnungsamt-Online-App?",
                "Wie viele Ordnungswidrigkeitenverfahren wurden eingeleitet, und in wie vielen Fällen "
                "wurde ein Bußgeld festgesetzt?",
                "Welche Kosten sind dem Bezirk für die Beseitigung entstanden?",
                "Plant das Bezirksamt zusätzliche Kontrollen oder eine Zusammenarbeit mit der "
                "Wohnungsbaugesellschaft, etwa durch Sperrmüll-Aktionstage?"]),
        ("space",),
        ("p", "Berlin, den 4. März 2024"),
        ("p", "Jonas Kreutzfeldt"),
    ],
    truth=dict(drucksache="KA-0207/XXI", doc_type="Anfrage", doc_type_printed="Kleine Anfrage",
               date="2024-03-04", title="Illegale Müllablagerungen im Märkischen Viertel", public=None,
               department=None, originator="Bezirksverordneter Jonas Kreutzfeldt (fraktionslos)",
               answers=None, references=[], consultations=[], klimacheck=None, klima_style=None,
               themes=["klima_umwelt", "sicherheit_ordnung"],
               themes_why="illegal dumping (Müll) and its enforcement by the Ordnungsamt",
               notes="Einzelmitglied (fraktionslos). 'Eingang' 05.03. is a receipt date; the paper's own date "
                     "is the signing line 04.03. Bold subject without label."),
)

doc(
    file="k04_reinickendorf_antwort-ka-0207-XXI.pdf", producer="libreoffice-html",
    font="Liberation Serif", size=11, layout="berlin_bezirksamt_antwort_letter", city="Berlin-Reinickendorf",
    blocks=[
        ("right", "Bezirksamt Reinickendorf von Berlin\nAbteilung Ordnung, Umwelt und Verkehr\nOrdnungsamt\n"
                  "Eichborndamm 215, 13437 Berlin\nTelefon 030 90294-5120"),
        ("p", "Herrn Bezirksverordneten\nJonas Kreutzfeldt\nüber den Vorsteher der\nBezirksverordnetenversammlung"),
        ("right", "Berlin, 26.03.2024"),
        ("pb", "Kleine Anfrage KA-0207/XXI vom 04.03.2024\nIllegale Müllablagerungen im Märkischen Viertel"),
        ("p", "Sehr geehrter Herr Kreutzfeldt,"),
        ("p", "Ihre Fragen beantworte ich namens des Bezirksamts wie folgt:"),
        ("pb", "Zu 1.:"),
        ("p", "Im Ortsteil Märkisches Viertel wurden 2022 insgesamt 1.184 und 2023 insgesamt 1.392 illegale "
              "Ablagerungen gemeldet. Rund 71 Prozent der Meldungen gingen über die Ordnungsamt-Online-App ein."),
        ("pb", "Zu 2.:"),
        ("p", "Es wurden 2022 insgesamt 64 und 2023 insgesamt 81 Ordnungswidrigkeitenverfahren eingeleitet. "
              "In 29 bzw. 37 Fällen konnte ein Verursacher ermittelt und ein Bußgeld festgesetzt werden."),
        ("pb", "Zu 3.:"),
        ("p", "Die Beseitigung erfolgt durch die Berliner Stadtreinigung im Auftrag des Bezirks. Die "
              "Kosten beliefen sich 2023 auf rund 212.000 EUR."),
        ("pb", "Zu 4.:"),
        ("p", "Das Ordnungsamt führt seit Januar 2024 gemeinsam mit der Wohnungsbaugesellschaft "
              "monatliche Schwerpunktkontrollen durch. Zwei Sperrmüll-Aktionstage sind für Mai und "
              "September 2024 vorgesehen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Julia Schrod-Thiel\nBezirksstadträtin"),
    ],
    truth=dict(drucksache=None, doc_type="Antwort", doc_type_printed=None, date="2024-03-26",
               title="Kleine Anfrage KA-0207/XXI vom 04.03.2024 Illegale Müllablagerungen im Märkischen Viertel",
               public=None, department="Ordnungsamt", originator=None, answers="KA-0207/XXI",
               references=["KA-0207/XXI"], consultations=[], klimacheck=None, klima_style=None,
               themes=["klima_umwelt", "sicherheit_ordnung"], themes_why="answers k03 (illegal dumping)",
               notes="Answer letter that never says 'Antwort': it answers the cited Kleine Anfrage "
                     "(answers=KA-0207/XXI, no own number). Subject block of two lines joined. Phone and "
                     "postcode in the right-aligned letterhead."),
)

doc(
    file="k05_reinickendorf_einladung-28-tagung-bvv.pdf", producer="reportlab",
    font="DejaVu Sans", size=10, layout="berlin_bvv_einladung_reportlab", city="Berlin-Reinickendorf",
    footer="BVV Reinickendorf – Einladung – Seite {page}",
    blocks=[
        ("p", "Bezirksverordnetenversammlung Reinickendorf von Berlin\nDer Vorsteher"),
        ("right", "Berlin, den 9. Februar 2024"),
        ("p", "An die Mitglieder der Bezirksverordnetenversammlung\nund die Mitglieder des Bezirksamts"),
        ("h", "Einladung", 14),
        ("pb", "28. Tagung der Bezirksverordnetenversammlung Reinickendorf"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "hiermit lade ich Sie zur 28. Tagung der Bezirksverordnetenversammlung am Mittwoch, dem "
              "14. Februar 2024, um 17:00 Uhr in den BVV-Saal des Rathauses Reinickendorf, "
              "Eichborndamm 215, 13437 Berlin, ein."),
        ("pb", "Tagesordnung – öffentlich"),
        ("table", ["TOP", "Gegenstand", "Drucksache"], [
            ["1", "Eröffnung der Tagung, Feststellung der Tagesordnung", ""],
            ["2", "Einwohnerfragestunde", ""],
            ["3", "Große Anfrage der Fraktion der CDU: Zukunft des Tegeler Hafens als Veranstaltungsort",
             "0801/XXI"],
            ["4", "Antrag der Fraktion der SPD: Hitzeschutz in bezirklichen Kitas und Familienzentren",
             "0815/XXI"],
            ["5", "Antrag der Fraktion Bündnis 90/Die Grünen: Schulwegsicherheit an der "
                  "Grundschule am Wald – Zebrastreifen Waidmannsluster Damm", "0819/XXI"],
            ["6", "Antrag der Fraktion der FDP: Online-Terminvergabe im Bürgeramt ausweiten", "0820/XXI"],
            ["7", "Vorlage zur Kenntnisnahme: Trinkbrunnen in Reinickendorfer Grünanlagen – "
                  "Schlussbericht zur Drucksache 0533/XXI", "0842/XXI"],
            ["8", "Beschlussempfehlungen der Ausschüsse", ""],
            ["9", "Mitteilungen des Vorstehers", ""]], [0.08, 0.72, 0.2]),
        ("p", "Die Unterlagen zu den Tagesordnungspunkten stehen im Ratsinformationssystem zur Verfügung. "
              "Die Tagung wird im Internet übertragen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Marvin Schulz\nBezirksverordnetenvorsteher"),
    ],
    truth=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2024-02-09",
               title="28. Tagung der Bezirksverordnetenversammlung Reinickendorf", public=True,
               department=None, originator=None, answers=None,
               references=["0801/XXI", "0815/XXI", "0819/XXI", "0820/XXI", "0842/XXI", "0533/XXI"],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["kultur_sport", "soziales", "mobilitaet"],
               themes_why="agenda: harbour as event venue, heat protection in Kitas, school-route crossing, "
                          "Bürgeramt appointments, drinking fountains — no item dominates; agenda order",
               notes="Berlin BVV calls its sessions 'Tagung'. 'Tagesordnung – öffentlich' → public true. "
                     "Session date 14.02.2024 is not the paper's date. References in reading order of the "
                     "page: item 7's number 0842/XXI stands on its first line, the cited 0533/XXI on a later "
                     "wrapped line of the same row (the content stream draws the cell text first)."),
)

doc(
    file="k32_reinickendorf_empfehlung-seniorenvertretung.pdf", producer="libreoffice-html",
    font="DejaVu Serif", size=10.5, layout="berlin_seniorenvertretung_empfehlung", city="Berlin-Reinickendorf",
    blocks=[
        ("p", "Seniorenvertretung Reinickendorf\nc/o Bezirksamt Reinickendorf · Eichborndamm 215 · 13437 Berlin\n"
              "Sprechzeit: dienstags 10–12 Uhr, Tel. 030 90294-2077"),
        ("p", "An den Vorsteher der Bezirksverordnetenversammlung\nund den Ausschuss für Jugend und Familie"),
        ("right", "Berlin, 12. Februar 2024"),
        ("pb", "Empfehlung der Seniorenvertretung Reinickendorf zum Antrag Drucksache 0815/XXI – "
               "Hitzeschutz auch in Seniorenfreizeitstätten"),
        ("p", "Die Seniorenvertretung Reinickendorf hat sich in ihrer Sitzung am 7. Februar 2024 mit dem "
              "Antrag der Fraktion der SPD zum Hitzeschutz in bezirklichen Kitas und Familienzentren befasst."),
        ("p", "Die Seniorenvertretung unterstützt den Antrag ausdrücklich. Sie empfiehlt, den Hitzeschutzplan "
              "auf die sieben bezirklichen Seniorenfreizeitstätten und die Begegnungsstätten der freien "
              "Träger auszuweiten. Ältere Menschen gehören wie Kleinkinder zu den besonders gefährdeten "
              "Gruppen; in den Sommern 2022 und 2023 mussten in zwei Einrichtungen Veranstaltungen wegen "
              "Überhitzung abgesagt werden."),
        ("p", "Konkret empfiehlt die Seniorenvertretung:"),
        ("ul", ["die Einrichtung mindestens eines kühlen Raumes je Freizeitstätte, der an Hitzetagen auch "
                "als öffentlicher „kühler Ort“ ausgewiesen wird,",
                "Trinkwasserspender in allen Einrichtungen,",
                "eine Information der Besucherinnen und Besucher über das Hitzetelefon des Landes Berlin."]),
        ("p", "Die Seniorenvertretung bittet darum, ihre Empfehlung in die Beratung des Antrags einzubeziehen."),
        ("space",),
        ("p", "Für die Seniorenvertretung\nGisela Brunkhorst\nVorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2024-02-12",
               title="Empfehlung der Seniorenvertretung Reinickendorf zum Antrag Drucksache 0815/XXI – "
                     "Hitzeschutz auch in Seniorenfreizeitstätten",
               public=None, department=None, originator="Seniorenvertretung Reinickendorf",
               answers="0815/XXI", references=["0815/XXI"], consultations=[], klimacheck=None,
               klima_style=None, themes=["soziales", "klima_umwelt"],
               themes_why="heat protection for senior citizens' centres (Senioren; climate adaptation)",
               notes="A Beirat-like body's opinion on an Antrag, printed type 'Empfehlung' → Stellungnahme. "
                     "Its own past session (7 Feb) and the committee it writes to are no consultations. "
                     "Phone in the sender block; no own number."),
)

# ------------------------------------------------------------ Hamburg-Bergedorf (Bezirksversammlung)
doc(
    file="k06_bergedorf_22-0815_antrag-radverbindung.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="allris_hamburg_bezirk_antrag", city="Hamburg-Bergedorf",
    blocks=[
        ("kv", [("Bezirksversammlung Bergedorf", "Drucksachen–Nr.: 22-0815"),
                ("", "Datum: 04.03.2024"), ("", "Status: öffentlich")]),
        ("h", "Antrag", 14),
        ("kv", [("Einreicher:", "SPD-Fraktion, GRÜNE-Fraktion")]),
        ("table", ["Beratungsfolge", "Datum"], [["Bezirksversammlung", "21.03.2024"]]),
        ("pb", "Sichere Radverbindung zwischen Lohbrügge und dem Bergedorfer Zentrum"),
        ("pb", "Sachverhalt:"),
        ("p", "Die Verbindung zwischen Lohbrügge-Nord und dem Bergedorfer Bahnhof wird täglich von "
              "mehreren tausend Radfahrenden genutzt. Auf dem Abschnitt der Lohbrügger Landstraße zwischen "
              "Leuschnerstraße und Sander Damm fehlt ein baulich getrennter Radweg; der vorhandene "
              "Schutzstreifen ist nur 1,25 Meter breit und wird regelmäßig zugeparkt."),
        ("p", "Das Bezirksamt hat im Rahmen des Bezirklichen Radverkehrskonzepts bereits 2021 eine "
              "Verbesserung angekündigt. Ein konkreter Zeitplan liegt bislang nicht vor."),
        ("pb", "Petitum/Beschluss:"),
        ("p", "Die Bezirksversammlung möge beschließen:"),
        ("p", "Die Vorsitzende der Bezirksversammlung wird gebeten, sich bei der zuständigen "
              "Fachbehörde und beim Landesbetrieb Straßen, Brücken und Gewässer dafür einzusetzen, dass"),
        ("ol", ["auf der Lohbrügger Landstraße zwischen Leuschnerstraße und Sander Damm ein geschützter "
                "Radfahrstreifen von mindestens 2,25 Metern Breite eingerichtet wird,",
                "die Planung dem Ausschuss für Mobilität bis Ende 2024 vorgestellt wird."]),
        ("space",),
        ("p", "Paul Kleszcz und SPD-Fraktion\nRenate Kaltenbach und GRÜNE-Fraktion"),
    ],
    truth=dict(drucksache="22-0815", doc_type="Antrag", doc_type_printed="Antrag", date="2024-03-04",
               title="Sichere Radverbindung zwischen Lohbrügge und dem Bergedorfer Zentrum", public=True,
               department=None, originator="SPD-Fraktion, GRÜNE-Fraktion", answers=None, references=[],
               consultations=[C("Bezirksversammlung", "2024-03-21", None)],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet"], themes_why="protected cycle lane on a main road",
               notes="Hamburg Bezirk number '22-0815' (Wahlperiode-Nummer) after 'Drucksachen–Nr.:' with "
                     "an en dash, top right beside the body name. Beratungsfolge without role → null."),
)

doc(
    file="k07_bergedorf_22-0833_kleine-anfrage-spielplaetze.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="allris_hamburg_bezirk_anfrage", city="Hamburg-Bergedorf",
    blocks=[
        ("kv", [("Bezirksversammlung Bergedorf", "Drucksachen–Nr.: 22-0833"),
                ("", "Datum: 07.03.2024"), ("", "Status: öffentlich")]),
        ("h", "Kleine Anfrage nach § 24 BezVG", 13),
        ("kv", [("Einreicher:", "Abgeordnete Petra Wiese (FDP)")]),
        ("pb", "Zustand der Spielplätze in Neuallermöhe"),
        ("p", "Eltern aus Neuallermöhe berichten, dass mehrere öffentliche Spielplätze seit Monaten "
              "gesperrte oder abgebaute Spielgeräte aufweisen, insbesondere am Fleetplatz und im "
              "Grünzug Neuallermöhe-West."),
        ("p", "Vor diesem Hintergrund frage ich das Bezirksamt:"),
        ("ol", ["Wie viele öffentliche Spielplätze gibt es in Neuallermöhe, und auf wie vielen sind "
                "derzeit Spielgeräte gesperrt oder abgebaut?",
                "Wann ist mit dem Ersatz der abgebauten Geräte zu rechnen?",
                "Welche Mittel stehen dem Bezirk 2024 für die Sanierung von Spielplätzen zur Verfügung?"]),
        ("space",),
        ("p", "Petra Wiese"),
    ],
    truth=dict(drucksache="22-0833", doc_type="Anfrage", doc_type_printed="Kleine Anfrage nach § 24 BezVG",
               date="2024-03-07", title="Zustand der Spielplätze in Neuallermöhe", public=True,
               department=None, originator="Abgeordnete Petra Wiese (FDP)", answers=None, references=[],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["soziales", "stadtentwicklung"],
               themes_why="public playgrounds (children/families) in a district",
               notes="Einzelmitglied of a Fraktion. '§ 24 BezVG' is a law citation, not a number."),
)

doc(
    file="k08_bergedorf_22-0833.1_antwort-spielplaetze.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=9.5, layout="allris_hamburg_bezirk_antwort", city="Hamburg-Bergedorf",
    blocks=[
        ("kv", [("Bezirksamt Bergedorf\nFachamt Management des öffentlichen Raumes",
                 "Drucksachen–Nr.: 22-0833.1\nDatum: 26.03.2024\nStatus: öffentlich")]),
        ("pb", "Kleine Anfrage nach § 24 BezVG der Abgeordneten Petra Wiese (FDP) vom 07.03.2024"),
        ("kv", [("Betreff:", "Zustand der Spielplätze in Neuallermöhe"),
                ("Bezug:", "Drucksache 22-0833")]),
        ("p", "Das Bezirksamt beantwortet die Fragen wie folgt:"),
        ("pb", "Frage 1:"),
        ("p", "In Neuallermöhe unterhält der Bezirk 23 öffentliche Spielplätze. Auf fünf Plätzen sind "
              "derzeit einzelne Geräte gesperrt, auf zwei Plätzen wurden Geräte nach der Jahresprüfung "
              "abgebaut, weil Holzteile nicht mehr standsicher waren."),
        ("pb", "Frage 2:"),
        ("p", "Die Ersatzbeschaffung für den Fleetplatz ist ausgeschrieben; die neuen Geräte sollen im "
              "Juni 2024 aufgestellt werden. Für den Grünzug Neuallermöhe-West wird derzeit mit dem "
              "Kinder- und Jugendbeteiligungsprojekt eine Neugestaltung geplant; die Umsetzung ist für "
              "das Frühjahr 2025 vorgesehen."),
        ("pb", "Frage 3:"),
        ("p", "Für die Sanierung von Spielplätzen stehen 2024 aus dem Rahmenprogramm Integrierte "
              "Stadtteilentwicklung und aus bezirklichen Mitteln insgesamt rund 480.000 EUR zur Verfügung."),
    ],
    truth=dict(drucksache="22-0833.1", doc_type="Antwort", doc_type_printed=None, date="2024-03-26",
               title="Zustand der Spielplätze in Neuallermöhe", public=True,
               department="Fachamt Management des öffentlichen Raumes", originator=None,
               answers="22-0833", references=["22-0833"], consultations=[], klimacheck=None,
               klima_style=None, themes=["soziales", "stadtentwicklung"], themes_why="answers k07 (playgrounds)",
               notes="Own number with the Hamburg answer suffix '.1' (22-0833.1); the answered Anfrage is "
                     "named in 'Bezug:'. No type word of its own: 'Kleine Anfrage …' is the heading of the "
                     "answered paper, 'beantwortet' in the body → Antwort (hard call on doc_type_printed: null)."),
)

doc(
    file="k09_bergedorf_22-0871_mitteilung-bplan-schleusengraben.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="hamburg_bezirksamt_mitteilungsvorlage_word", city="Hamburg-Bergedorf",
    blocks=[
        ("kv", [("Freie und Hansestadt Hamburg\nBezirksamt Bergedorf\nDezernat Wirtschaft, Bauen und Umwelt\n"
                 "Fachamt Stadt- und Landschaftsplanung",
                 "Wentorfer Straße 38\n21029 Hamburg\nTelefon 040 42891-2345\nAz.: SL 21/2024-17")]),
        ("h", "Mitteilungsvorlage", 14),
        ("kv", [("Drucksachen–Nr.:", "22-0871"), ("Datum:", "2. April 2024"),
                ("Status:", "öffentlich")]),
        ("table", ["Beratungsfolge", "Sitzungsdatum", "Zuständigkeit"], [
            ["Ausschuss für Stadtentwicklung und Umwelt", "11.04.2024", "Kenntnisnahme"],
            ["Regionalausschuss Vier- und Marschlande", "18.04.2024", "Kenntnisnahme"]]),
        ("pb", "Betreff: Bebauungsplan Bergedorf 121 (Schleusengraben-Nord) – Sachstand und weiteres Verfahren"),
        ("pb", "Sachverhalt:"),
        ("p", "Der Aufstellungsbeschluss für den Bebauungsplan Bergedorf 121 wurde am 12. Mai 2022 "
              "gefasst. Ziel ist die Entwicklung eines gemischt genutzten Quartiers mit rund 650 Wohnungen, "
              "einer Kita, Gewerbeflächen für das Handwerk und einem öffentlichen Uferweg entlang des "
              "Schleusengrabens. Ein Drittel der Wohnungen soll im geförderten Mietwohnungsbau entstehen."),
        ("p", "Nach Abschluss der frühzeitigen Öffentlichkeitsbeteiligung im Herbst 2023 sind insgesamt "
              "146 Stellungnahmen eingegangen. Schwerpunkte waren die Höhe der geplanten Gebäude an der "
              "Weidenbaumsweg-Seite, der Erhalt der vorhandenen Kleingärten, der zusätzliche Verkehr im "
              "Bereich Curslacker Neuer Deich sowie der Umgang mit dem Grundwasser."),
        ("p", "Die Stellungnahmen wurden ausgewertet. Das Bezirksamt beabsichtigt, den städtebaulichen "
              "Entwurf in folgenden Punkten anzupassen:"),
        ("ul", ["Reduzierung der Geschossigkeit entlang des Weidenbaumswegs von sieben auf fünf Geschosse "
                "mit einem Hochpunkt an der Einmündung zum Schleusengraben,",
                "Verlagerung von 38 Kleingartenparzellen in den Bereich östlich der Bahntrasse statt eines "
                "ersatzlosen Wegfalls,",
                "Anordnung einer Quartiersgarage an der Nordseite, um die inneren Straßen weitgehend "
                "autofrei zu halten,",
                "Festsetzung begrünter Dächer auf allen Hauptgebäuden und von Retentionsflächen für "
                "Starkregen."]),
        ("p", "Parallel werden die Fachgutachten zu Lärm, Verkehr, Boden und Artenschutz aktualisiert. Das "
              "Verkehrsgutachten zeigt, dass der Knoten Curslacker Neuer Deich / Weidenbaumsweg mit einer "
              "zusätzlichen Linksabbiegespur leistungsfähig bleibt. Für den Uferweg ist eine Brücke über "
              "den Schleusengraben vorgesehen, die den Anschluss an die Bergedorfer Innenstadt verbessert."),
        ("pagebreak",),
        ("pb", "Weiteres Verfahren:"),
        ("p", "Die öffentliche Auslegung des Planentwurfs ist für das vierte Quartal 2024 vorgesehen. Die "
              "Feststellung des Bebauungsplans durch die Bezirksversammlung wird für Mitte 2025 angestrebt. "
              "Der Ausschuss für Stadtentwicklung und Umwelt wird vor der Auslegung erneut befasst."),
        ("table", ["Verfahrensschritt", "Zeitraum"], [
            ["Überarbeitung Funktionsplan", "Mai bis Juli 2024"],
            ["Abstimmung mit den Fachbehörden", "August bis September 2024"],
            ["Öffentliche Auslegung", "Oktober bis November 2024"],
            ["Abwägung und Feststellung", "bis Juni 2025"]]),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Die Kosten der Planung trägt der Vorhabenträger auf Grundlage eines städtebaulichen Vertrags. "
              "Dem Bezirk entstehen keine zusätzlichen Kosten."),
        ("pb", "Petitum:"),
        ("p", "Die Ausschüsse werden um Kenntnisnahme gebeten."),
        ("space",),
        ("p", "Anlagen:\nStädtebaulicher Entwurf (Stand März 2024)\nAuswertung der Öffentlichkeitsbeteiligung"),
    ],
    truth=dict(drucksache="22-0871", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2024-04-02",
               title="Bebauungsplan Bergedorf 121 (Schleusengraben-Nord) – Sachstand und weiteres Verfahren",
               public=True, department="Fachamt Stadt- und Landschaftsplanung", originator=None,
               answers=None, references=[],
               consultations=[C("Ausschuss für Stadtentwicklung und Umwelt", "2024-04-11", "Kenntnisnahme"),
                              C("Regionalausschuss Vier- und Marschlande", "2024-04-18", "Kenntnisnahme")],
               klimacheck=None, klima_style=None,
               themes=["stadtentwicklung"], themes_why="Bebauungsplan for a mixed housing quarter",
               notes="Letterhead block with phone and 'Az.: SL 21/2024-17' (not the paper's number); "
                     "'Bergedorf 121' is a Bebauungsplan name, no reference. Date in words. Two pages."),
)

doc(
    file="k10_bergedorf_niederschrift-hauptausschuss.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="hamburg_bezirk_niederschrift_word", city="Hamburg-Bergedorf",
    blocks=[
        ("p", "Bezirksversammlung Bergedorf"),
        ("h", "Niederschrift", 15),
        ("pb", "über die 22. Sitzung des Hauptausschusses der Bezirksversammlung Bergedorf"),
        ("kv", [("Sitzungstag:", "Donnerstag, 14. März 2024"), ("Sitzungsort:", "Rathaus Bergedorf, Raum 200"),
                ("Beginn:", "18:00 Uhr"), ("Ende:", "20:10 Uhr")]),
        ("pb", "Öffentliche Sitzung"),
        ("pb", "Anwesend:"),
        ("p", "Vorsitz: Frau Heike Garbers (SPD)\nMitglieder: Herr Paul Kleszcz (SPD), Frau Renate Kaltenbach "
              "(GRÜNE), Herr Jörg Froh (CDU), Frau Petra Wiese (FDP), Herr Tim Gruber (CDU), Frau Elif Aslan (LINKE)\n"
              "Bezirksamt: Herr Bezirksamtsleiter Cornelius Rath, Frau Dr. Ina Möller (Fachamt Sozialraummanagement)"),
        ("pb", "TOP 1  Genehmigung der Tagesordnung"),
        ("p", "Die Tagesordnung wird einstimmig genehmigt."),
        ("pb", "TOP 2  Genehmigung der Niederschrift vom 15.02.2024"),
        ("p", "Die Niederschrift wird ohne Änderungen genehmigt."),
        ("pb", "TOP 3  Quartiersfonds Bergedorf-West – Vergabe von Mitteln (Drucksache 22-0798)"),
        ("p", "Frau Dr. Möller stellt die vier Förderanträge vor. Gefördert werden ein Nachbarschaftsfest, "
              "ein Sprachcafé für Seniorinnen und Senioren, die Ausstattung eines Jugendraums und ein "
              "Repair-Café. Herr Froh fragt nach der Verstetigung des Sprachcafés; Frau Dr. Möller "
              "verweist auf die Regelförderung ab 2025."),
        ("p", "Beschluss: Der Hauptausschuss bewilligt Mittel in Höhe von insgesamt 18.400 EUR. "
              "Abstimmung: einstimmig."),
        ("pb", "TOP 4  Sichere Radverbindung zwischen Lohbrügge und dem Bergedorfer Zentrum (Drucksache 22-0815)"),
        ("p", "Herr Kleszcz begründet den Antrag. Herr Gruber regt an, auch die Parksituation der "
              "Anliegerinnen und Anlieger zu betrachten. Der Antrag wird zur Beratung an die "
              "Bezirksversammlung am 21.03.2024 verwiesen."),
        ("pb", "TOP 5  Verschiedenes"),
        ("p", "Frau Wiese kündigt an, dass die Antwort auf ihre Kleine Anfrage zu den Spielplätzen in "
              "Neuallermöhe im nächsten Ausschuss für Stadtentwicklung und Umwelt besprochen werden soll."),
        ("space",),
        ("p", "Hamburg, den 19.03.2024"),
        ("kv", [("Heike Garbers\nVorsitzende", "Laura Behrens\nSchriftführerin")]),
    ],
    truth=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2024-03-19",
               title="22. Sitzung des Hauptausschusses der Bezirksversammlung Bergedorf", public=True,
               department=None, originator=None, answers=None, references=["22-0798", "22-0815"],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["soziales", "mobilitaet"],
               themes_why="neighbourhood fund grants (seniors, youth room) most text, then the cycle lane motion",
               notes="Title: the line 'über die 22. Sitzung …' under the heading, 'über die' dropped (hard "
                     "call). Date = signing line 19.03., not the session day 14.03. The Niederschrift "
                     "date 15.02.2024 under TOP 2 is a cited date. No unit printed as author."),
)

# ------------------------------------------------------------ Landkreis Diepholz (Kreistag, SessionNet)
doc(
    file="k11_diepholz_2024-0412_bv-kreisstrasse.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="sessionnet_landkreis_beschlussvorlage", city="Landkreis Diepholz",
    css="td { font-size: 9.5pt; }",
    blocks=[
        ("kv", [("Landkreis Diepholz\nDer Landrat", "Beschlussvorlage\nVorlage Nr. 2024/0412")]),
        ("kv", [("Fachdienst:", "62 – Kreisstraßen und Verkehrsplanung"),
                ("Sachbearbeitung:", "Herr Hoffmeister, Tel. 05441 976-1873"),
                ("Datum:", "06.05.2024"),
                ("Öffentlichkeitsstatus:", "öffentlich")]),
        ("table", ["Status", "Gremium", "Datum", "Zuständigkeit"], [
            ["Ö", "Ausschuss für Straßen, Verkehr und Mobilität", "23.05.2024", "Vorberatung"],
            ["N", "Kreisausschuss", "04.06.2024", "Vorberatung"],
            ["Ö", "Kreistag", "17.06.2024", "Entscheidung"]]),
        ("kv", [("Betreff:", "Grundhafte Erneuerung der Kreisstraße K 120 zwischen Barnstorf und Drentwede "
                             "einschließlich eines straßenbegleitenden Radweges")]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Kreistag beschließt die grundhafte Erneuerung der Kreisstraße K 120 zwischen Barnstorf "
              "und Drentwede auf einer Länge von 4,3 km einschließlich des Neubaus eines "
              "straßenbegleitenden Radweges. Die Verwaltung wird beauftragt, die Fördermittel nach dem "
              "Niedersächsischen Gemeindeverkehrsfinanzierungsgesetz zu beantragen und die Bauleistungen "
              "auszuschreiben."),
        ("pb", "Sachverhalt:"),
        ("p", "Die K 120 ist eine wichtige Verbindung zwischen dem Grundzentrum Drentwede und dem "
              "Mittelzentrum Barnstorf. Die Fahrbahn weist auf ganzer Länge Netzrisse, Spurrinnen und "
              "Randabbrüche auf; nach der Zustandserfassung 2023 ist der Abschnitt in die Zustandsklasse 5 "
              "eingestuft. Eine Deckenerneuerung reicht nicht mehr aus, da der Unterbau nicht tragfähig ist."),
        ("p", "Der Radverkehr wird bislang auf der Fahrbahn geführt. Bei einer Verkehrsstärke von rund "
              "3.100 Kfz/24 h, davon 9 Prozent Schwerverkehr, und einer zulässigen Höchstgeschwindigkeit "
              "von 100 km/h ist dies für Schülerinnen und Schüler auf dem Weg zur Oberschule Barnstorf "
              "nicht zumutbar. Der Radweg ist im Radverkehrskonzept des Landkreises mit hoher Priorität "
              "enthalten."),
        ("p", "Die Planung sieht eine Fahrbahnbreite von 6,0 m und einen durch einen Grünstreifen "
              "getrennten Radweg von 2,5 m Breite auf der Nordseite vor. Für den Radweg werden "
              "Grundstücksflächen von insgesamt rund 1,4 ha benötigt; die Grunderwerbsverhandlungen sind "
              "weitgehend abgeschlossen. Im Zuge der Maßnahme werden zwei Durchlässe erneuert und die "
              "Bushaltestelle Drentwede-Mitte barrierefrei ausgebaut."),
        ("p", "Eingriffe in Natur und Landschaft werden durch eine Ersatzpflanzung von 160 Bäumen entlang "
              "des Radweges und eine Ausgleichsfläche in der Gemarkung Drentwede ausgeglichen. Die "
              "Bauzeit beträgt voraussichtlich zwei Bauabschnitte in den Jahren 2025 und 2026; während "
              "der Bauzeit ist eine Vollsperrung mit Umleitung über die L 341 erforderlich."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("table", ["Position", "Betrag"], [
            ["Fahrbahn einschließlich Durchlässe", "3.950.000 EUR"],
            ["Radweg", "1.420.000 EUR"],
            ["Grunderwerb und Ausgleich", "310.000 EUR"],
            ["Gesamtkosten", "5.680.000 EUR"],
            ["erwartete Förderung (NGVFG, 60 %)", "3.408.000 EUR"],
            ["Eigenanteil Landkreis", "2.272.000 EUR"]]),
        ("p", "Die Mittel sind im Haushaltsplan 2024 und in der mittelfristigen Finanzplanung beim "
              "Produkt 54200 veranschlagt."),
        ("pb", "Auswirkungen auf den Klimaschutz:"),
        ("p", "[ ] positiv     [X] keine wesentlichen     [ ] negativ"),
        ("p", "Der Neubau des Radweges kann Pkw-Fahrten ersetzen; dem steht die zusätzliche Versiegelung "
              "gegenüber. In der Summe werden keine wesentlichen Auswirkungen erwartet."),
        ("space",),
        ("p", "Cord Bockhop\nLandrat"),
        ("p", "Anlagen:\n1. Übersichtslageplan\n2. Regelquerschnitt"),
    ],
    truth=dict(drucksache="2024/0412", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2024-05-06",
               title="Grundhafte Erneuerung der Kreisstraße K 120 zwischen Barnstorf und Drentwede "
                     "einschließlich eines straßenbegleitenden Radweges",
               public=True, department="62 – Kreisstraßen und Verkehrsplanung", originator=None,
               answers=None, references=[],
               consultations=[C("Ausschuss für Straßen, Verkehr und Mobilität", "2024-05-23", "Vorberatung"),
                              C("Kreisausschuss", "2024-06-04", "Vorberatung"),
                              C("Kreistag", "2024-06-17", "Entscheidung")],
               klimacheck="neutral", klima_style="ascii_brackets",
               themes=["mobilitaet"], themes_why="renewal of a county road with a new cycle path",
               notes="Type and number in a right column beside the letterhead. Beratungsfolge status-first "
                     "(Ö/N per row) — the paper also prints 'Öffentlichkeitsstatus: öffentlich' for itself. "
                     "Phone in 'Sachbearbeitung'. '[X] keine wesentlichen' → neutral. K 120 / L 341 are road "
                     "numbers. Two pages."),
)

doc(
    file="k12_diepholz_2024-0412-1_ergaenzung-kreisstrasse.pdf", producer="libreoffice-docx",
    font="DejaVu Sans", size=9.5, layout="sessionnet_landkreis_ergaenzung_word", city="Landkreis Diepholz",
    blocks=[
        ("kv", [("Landkreis Diepholz\nDer Landrat", "Ergänzungsvorlage\nVorlage Nr. 2024/0412-1")]),
        ("kv", [("Fachdienst:", "62 – Kreisstraßen und Verkehrsplanung"), ("Datum:", "29.05.2024"),
                ("Öffentlichkeitsstatus:", "öffentlich")]),
        ("table", ["Status", "Gremium", "Datum", "Zuständigkeit"], [
            ["N", "Kreisausschuss", "04.06.2024", "Vorberatung"],
            ["Ö", "Kreistag", "17.06.2024", "Entscheidung"]]),
        ("kv", [("Betreff:", "Grundhafte Erneuerung der Kreisstraße K 120 zwischen Barnstorf und Drentwede – "
                             "Ergänzung zur Vorlage 2024/0412")]),
        ("pb", "Sachverhalt:"),
        ("p", "In der Sitzung des Ausschusses für Straßen, Verkehr und Mobilität am 23.05.2024 wurde "
              "gebeten, die Kosten für eine Beleuchtung des Radweges im Ortsbereich Drentwede sowie eine "
              "Querungshilfe an der Einmündung der Schulstraße darzustellen."),
        ("p", "Die Verwaltung hat beides geprüft. Eine Beleuchtung auf 600 m mit insektenfreundlichen "
              "LED-Leuchten kostet rund 95.000 EUR, die Querungshilfe rund 48.000 EUR. Beide Positionen "
              "sind förderfähig. Der Eigenanteil des Landkreises erhöht sich damit um rund 57.200 EUR."),
        ("pb", "Ergänzter Beschlussvorschlag:"),
        ("p", "Der Beschlussvorschlag der Vorlage 2024/0412 wird um folgenden Satz ergänzt: „Die Maßnahme "
              "umfasst die Beleuchtung des Radweges im Ortsbereich Drentwede und eine Querungshilfe an der "
              "Einmündung der Schulstraße.“"),
        ("space",),
        ("p", "Cord Bockhop\nLandrat"),
    ],
    truth=dict(drucksache="2024/0412-1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2024-05-29",
               title="Grundhafte Erneuerung der Kreisstraße K 120 zwischen Barnstorf und Drentwede – "
                     "Ergänzung zur Vorlage 2024/0412",
               public=True, department="62 – Kreisstraßen und Verkehrsplanung", originator=None,
               answers=None, references=["2024/0412"],
               consultations=[C("Kreisausschuss", "2024-06-04", "Vorberatung"),
                              C("Kreistag", "2024-06-17", "Entscheidung")],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet"], themes_why="supplement on lighting and a crossing for the cycle path",
               notes="Own number = the base Vorlage with suffix '-1'. The base number is cited (reference)."),
)

doc(
    file="k13_diepholz_gruppe-antrag-schulsozialarbeit.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=11, layout="kreistag_gruppe_antrag_letter", city="Landkreis Diepholz",
    blocks=[
        ("p", "Gruppe SPD / BÜNDNIS 90/DIE GRÜNEN im Kreistag Diepholz\nLange Straße 12 · 49356 Diepholz · "
              "Tel. 05441 59 48 20"),
        ("p", "Landkreis Diepholz\nHerrn Landrat Cord Bockhop\nNiedersachsenstraße 2\n49356 Diepholz"),
        ("right", "Diepholz, den 15. April 2024"),
        ("pb", "Antrag gemäß § 56 NKomVG: Schulsozialarbeit an den Berufsbildenden Schulen des Landkreises "
               "verstetigen"),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "die Gruppe SPD / BÜNDNIS 90/DIE GRÜNEN bittet, folgenden Antrag auf die Tagesordnung der "
              "zuständigen Gremien zu setzen:"),
        ("pb", "Der Kreistag möge beschließen:"),
        ("ol", ["Die bis zum 31.07.2025 befristeten Stellen für Schulsozialarbeit an den Berufsbildenden "
                "Schulen in Diepholz, Syke und Sulingen (insgesamt 4,5 Vollzeitstellen) werden entfristet.",
                "Die Verwaltung legt bis zu den Haushaltsberatungen 2025 ein Konzept vor, wie die "
                "Schulsozialarbeit an den BBS mit der Jugendberufsagentur verzahnt werden kann."]),
        ("pb", "Begründung:"),
        ("p", "Die Schulsozialarbeit an den Berufsbildenden Schulen wird bislang aus Projektmitteln "
              "finanziert, die im Sommer 2025 auslaufen. Gerade junge Menschen in den Berufseinstiegs- und "
              "Sprachlernklassen brauchen verlässliche Ansprechpersonen. Die Abbruchquote in diesen "
              "Bildungsgängen ist seit Beginn der Schulsozialarbeit deutlich gesunken."),
        ("p", "Befristete Stellen sind kaum noch zu besetzen. Eine Entfristung sichert die Arbeit ab und "
              "verhindert, dass erfahrene Fachkräfte abwandern."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Kerstin Wiegmann\nGruppenvorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2024-04-15",
               title="Schulsozialarbeit an den Berufsbildenden Schulen des Landkreises verstetigen",
               public=None, department=None, originator="Gruppe SPD / BÜNDNIS 90/DIE GRÜNEN im Kreistag Diepholz",
               answers=None, references=[], consultations=[], klimacheck=None, klima_style=None,
               themes=["bildung", "soziales"],
               themes_why="school social work at vocational schools (Schulsozialarbeit), staff made permanent",
               notes="A Gruppe (not a Fraktion). Subject begins 'Antrag gemäß § 56 NKomVG:' — a label with a "
                     "colon naming the type → dropped (hard call). Phone and postcodes in the sender and "
                     "address lines; '§ 56 NKomVG' is a law citation. No Beratungsfolge printed."),
)

doc(
    file="k14_diepholz_einladung-kreisausschuss.pdf", producer="reportlab",
    font="Liberation Serif", size=11, layout="landkreis_einladung_reportlab", city="Landkreis Diepholz",
    footer="Landkreis Diepholz · Kreistagsbüro · Seite {page}",
    blocks=[
        ("p", "LANDKREIS DIEPHOLZ\nDer Landrat"),
        ("right", "Diepholz, 24.05.2024"),
        ("p", "An die Mitglieder des Kreisausschusses"),
        ("h", "Einladung zur 19. Sitzung des Kreisausschusses", 13),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "zur nächsten Sitzung des Kreisausschusses lade ich Sie für Dienstag, den 4. Juni 2024, 15:00 Uhr, "
              "in den Sitzungssaal 1 des Kreishauses, Niedersachsenstraße 2, 49356 Diepholz, ein."),
        ("pb", "Tagesordnung (nichtöffentliche Sitzung)"),
        ("table", ["TOP", "Betreff", "Vorlage"], [
            ["1", "Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit", ""],
            ["2", "Genehmigung des Protokolls über die 18. Sitzung", ""],
            ["3", "Grundhafte Erneuerung der Kreisstraße K 120 zwischen Barnstorf und Drentwede "
                  "einschließlich eines straßenbegleitenden Radweges", "2024/0412"],
            ["3.1", "Ergänzung zur Vorlage 2024/0412", "2024/0412-1"],
            ["4", "Vergabe der Reinigungsleistungen für die Kreisschulen 2025 bis 2028", "2024/0437"],
            ["5", "Grundstücksangelegenheit in der Gemarkung Twistringen", "2024/0441"],
            ["6", "Mitteilungen des Landrats", ""],
            ["7", "Anfragen", ""]], [0.08, 0.72, 0.2]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Cord Bockhop"),
    ],
    truth=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2024-05-24",
               title="19. Sitzung des Kreisausschusses", public=False, department=None, originator=None,
               answers=None, references=["2024/0412", "2024/0412-1", "2024/0437", "2024/0441"],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["mobilitaet", "bildung", "finanzen"],
               themes_why="agenda: county road + cycle path (two items), cleaning of county schools, a land matter",
               notes="Niedersachsen's Kreisausschuss meets nichtöffentlich: '(nichtöffentliche Sitzung)' → "
                     "public false. Title from the heading 'Einladung zur 19. Sitzung des Kreisausschusses' "
                     "with the type words dropped (hard call, as LABELING.md's Einladung rule)."),
)
