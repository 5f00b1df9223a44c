"""Papers r01–r17 and r35: Stadt Suhl, Landkreis Miesbach, Gemeinde Bordesholm (Amt Bordesholm),
Frankfurt am Main (Ortsbeirat 7 / Magistrat).

Invented content, names and numbers, in the layouts those councils' information systems print.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------ Stadt Suhl (Thüringen, kreisfrei; SessionNet print)
doc(
    file="r01_suhl_bv-45-2025_bplan-doellberg.pdf", producer="chromium",
    font="Liberation Sans", size=10, layout="sessionnet_print_suhl_bv", city="Stadt Suhl",
    css="td { font-size: 9.5pt; }",
    running="Stadt Suhl – Beschlussvorlage BV-45/2025 – Ausdruck vom 11.03.2025",
    blocks=[
        ("kv", [("Stadt Suhl\nDer Oberbürgermeister", "Beschlussvorlage\nöffentlich")]),
        ("kv", [("Vorlagennummer:", "BV-45/2025"), ("Datum:", "10.03.2025"),
                ("Federführend:", "Amt für Stadtentwicklung und Bauordnung"),
                ("Beteiligt:", "Kämmerei; Umweltamt"), ("Bearbeiter/-in:", "Katrin Wohlfahrt")]),
        ("h", "Vorhabenbezogener Bebauungsplan Nr. 27 „Wohnen am Döllberg“\nhier: Aufstellungsbeschluss", 12),
        ("table", ["Beratungsfolge (Zuständigkeit)", "Sitzungstermin", "Status"], [
            ["Bau- und Umweltausschuss (Vorberatung)", "27.03.2025", "Ö"],
            ["Hauptausschuss (Vorberatung)", "02.04.2025", "N"],
            ["Stadtrat (Entscheidung)", "16.04.2025", "Ö"]], [0.55, 0.25, 0.2]),
        ("pb", "Beschlussvorschlag:"),
        ("ol", ["Der Stadtrat beschließt gemäß § 2 Abs. 1 i. V. m. § 12 BauGB die Aufstellung des "
                "vorhabenbezogenen Bebauungsplanes Nr. 27 „Wohnen am Döllberg“ für das im Lageplan "
                "(Anlage 1) umgrenzte Gebiet.",
                "Der Aufstellungsbeschluss ist ortsüblich bekannt zu machen.",
                "Die Verwaltung wird beauftragt, mit dem Vorhabenträger einen Durchführungsvertrag "
                "vorzubereiten."]),
        ("pb", "Sachverhalt:"),
        ("p", "Die Wohnbau Thüringer Wald GmbH beabsichtigt, auf der Brachfläche der ehemaligen "
              "Gärtnerei am Döllberg (Gemarkung Suhl, Flur 14, Flurstücke 212/3 und 213) 38 Wohneinheiten "
              "in vier Mehrfamilienhäusern zu errichten, davon zwölf barrierefrei. Die Fläche ist im "
              "Flächennutzungsplan als Wohnbaufläche dargestellt."),
        ("p", "Der Vorhabenträger trägt sämtliche Planungskosten. Die Erschließung erfolgt über die "
              "Straße Am Döllberg; ein Anschluss an das Fernwärmenetz der Städtischen Werke ist vorgesehen."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Keine. Die Kosten der Planung trägt der Vorhabenträger (Kostenübernahmevertrag vom 20.01.2025)."),
        ("pb", "Klimarelevanz:"),
        ("p", "☐ ja, positiv    ☐ ja, negativ    ☒ nein / nicht wesentlich"),
        ("p", "Anlagen:\n1 – Lageplan mit Geltungsbereich\n2 – Vorhabenbeschreibung des Vorhabenträgers"),
        ("space",),
        ("p", "Dr. Matthias Kühnert\nOberbürgermeister"),
    ],
    truth=dict(drucksache="BV-45/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-03-10",
               title="Vorhabenbezogener Bebauungsplan Nr. 27 „Wohnen am Döllberg“ hier: Aufstellungsbeschluss",
               public=True, department="Amt für Stadtentwicklung und Bauordnung", originator=None,
               answers=None, references=[],
               consultations=[C("Bau- und Umweltausschuss", "2025-03-27", "Vorberatung"),
                              C("Hauptausschuss", "2025-04-02", "Vorberatung"),
                              C("Stadtrat", "2025-04-16", "Entscheidung")],
               klimacheck="neutral", klima_style="unicode_line",
               themes=["stadtentwicklung"], themes_why="vorhabenbezogener Bebauungsplan for housing",
               notes="SessionNet-like print: type and 'öffentlich' top right beside the authority. The role is "
                     "in parentheses inside the committee cell ('Hauptausschuss (Vorberatung)'); the N row "
                     "does not make the paper non-public. Multi-line bold title with 'hier:' joined. "
                     "'Der Oberbürgermeister' is the sender of every administration paper here, not an "
                     "originator. Running footer repeats the number; 'nein / nicht wesentlich' ticked → neutral."),
)

doc(
    file="r02_suhl_iv-12-2025_schulnetzplanung.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="word_template_suhl_informationsvorlage", city="Stadt Suhl",
    head="Stadtverwaltung Suhl · Informationsvorlage IV-12/2025",
    blocks=[
        ("kv", [("Stadtverwaltung Suhl\nDezernat II – Bildung, Soziales, Ordnung\nAmt für Schulen, Sport und "
                 "Jugend", "Suhl, den 4. Februar 2025\n\nDrucksachen-Nr.: IV-12/2025\nöffentlich")]),
        ("h", "Informationsvorlage", 14),
        ("kv", [("Gegenstand:", "Schulnetzplanung der Stadt Suhl 2025 bis 2030 – Stand der "
                                "Schülerzahlentwicklung an den Grundschulen")]),
        ("kv", [("zur Information:", "Ausschuss für Bildung, Kultur und Sport am 20.02.2025\n"
                                     "Stadtrat am 12.03.2025")]),
        ("pb", "Information:"),
        ("p", "Der Stadtrat hat mit Beschluss BV-118/2023 die Verwaltung beauftragt, jährlich über die "
              "Entwicklung der Schülerzahlen an den städtischen Grundschulen zu berichten. Mit dieser "
              "Vorlage wird der Bericht für das Schuljahr 2024/2025 vorgelegt."),
        ("p", "Zum Stichtag 15.09.2024 besuchten 1.214 Kinder die sechs Grundschulen der Stadt (Vorjahr: "
              "1.262). Der Rückgang betrifft vor allem die Grundschulen in Suhl-Nord und Heinrichs. Die "
              "Geburtenzahlen der Jahre 2019 bis 2023 lassen bis 2030 einen weiteren Rückgang um rund "
              "acht Prozent erwarten."),
        ("table", ["Grundschule", "2022/23", "2023/24", "2024/25"], [
            ["Grundschule Suhl-Nord", "231", "219", "201"],
            ["Grundschule Heinrichs", "142", "137", "124"],
            ["Grundschule Aue", "268", "271", "266"],
            ["übrige Grundschulen (3)", "640", "635", "623"]]),
        ("p", "Die Verwaltung wird dem Stadtrat bis zum Herbst 2025 Varianten für die Zügigkeit der "
              "Grundschulen Suhl-Nord und Heinrichs vorlegen. Eine Schließung eines Standortes ist "
              "derzeit nicht vorgesehen."),
        ("space",),
        ("p", "gez. Melanie Heß\nBeigeordnete"),
    ],
    truth=dict(drucksache="IV-12/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2025-02-04",
               title="Schulnetzplanung der Stadt Suhl 2025 bis 2030 – Stand der Schülerzahlentwicklung an "
                     "den Grundschulen",
               public=True, department="Amt für Schulen, Sport und Jugend", originator=None, answers=None,
               references=["BV-118/2023"],
               consultations=[C("Ausschuss für Bildung, Kultur und Sport", "2025-02-20", "Kenntnisnahme"),
                              C("Stadtrat", "2025-03-12", "Kenntnisnahme")],
               klimacheck=None, klima_style=None,
               themes=["bildung"], themes_why="school network planning, pupil numbers",
               notes="Word template: two-column letterhead, number and 'öffentlich' in the right column under "
                     "the date in words. Running header (Word header) repeats type and number. 'zur "
                     "Information:' as the label of two free session lines → role Kenntnisnahme (hard call). "
                     "'Gegenstand:' label dropped."),
)

doc(
    file="r03_suhl_a-19-2025_antrag-schuelerticket.pdf", producer="chromium",
    font="URW Gothic", size=10.5, layout="fraktion_letter_suhl_ris_header", city="Stadt Suhl",
    head="Stadt Suhl – Stadtrat – Drucksache A-19/2025 – Eingang: 17.03.2025",
    blocks=[
        ("h", "Fraktion DIE LINKE. im Stadtrat Suhl", 13),
        ("p", "Fraktionsbüro · Rathaus, Marktplatz 1 · 98527 Suhl · Telefon 03681 742-318"),
        ("space",),
        ("p", "Herrn Oberbürgermeister\nDr. Matthias Kühnert\n– im Hause –"),
        ("right", "Suhl, 14.03.2025"),
        ("h", "Antrag der Fraktion DIE LINKE.", 12),
        ("p", "zur Sitzung des Stadtrates am 09.04.2025"),
        ("pb", "Kostenfreies Schülerticket für Suhler Schülerinnen und Schüler ab Klasse 5"),
        ("p", "Der Stadtrat möge beschließen:"),
        ("p", "Der Oberbürgermeister wird beauftragt, gemeinsam mit der Städtischen Nahverkehrsgesellschaft "
              "ein Modell für ein kostenfreies Schülerticket für alle Schülerinnen und Schüler mit Wohnsitz "
              "in Suhl ab der Klassenstufe 5 zu entwickeln und dem Stadtrat bis zum 30.09.2025 mit einer "
              "Kostenschätzung vorzulegen. Dabei ist eine Förderung aus Landesmitteln zu prüfen."),
        ("pb", "Begründung:"),
        ("p", "Bisher erhalten nur Schülerinnen und Schüler mit einem Schulweg von mehr als drei Kilometern "
              "eine kostenfreie Beförderung. Viele Familien zahlen für ihre Kinder die volle Monatskarte. "
              "Andere Thüringer Städte zeigen, dass ein Schülerticket die Nutzung des Busverkehrs erhöht "
              "und den Hol- und Bringverkehr vor den Schulen verringert."),
        ("space",),
        ("p", "Für die Fraktion\nSandra Oehring\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache="A-19/2025", doc_type="Antrag", doc_type_printed="Antrag", date="2025-03-14",
               title="Kostenfreies Schülerticket für Suhler Schülerinnen und Schüler ab Klasse 5",
               public=None, department=None, originator="Fraktion DIE LINKE.", answers=None, references=[],
               consultations=[C("Stadtrat", "2025-04-09", None)],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "bildung"], themes_why="free public transport ticket for pupils",
               notes="The number exists only in the running header the RIS stamps on every page (fixed "
                     "element, printed at the page top), next to a receipt date. The paper's date is the "
                     "dateline 14.03. Session line 'zur Sitzung des Stadtrates am …' names no role → null. "
                     "Originator as in the type heading ('Antrag der Fraktion DIE LINKE.'); the letterhead "
                     "adds 'im Stadtrat Suhl'."),
)

doc(
    file="r04_suhl_af-07-2025_anfrage-strassenbeleuchtung.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=10, layout="sessionnet_print_suhl_anfrage", city="Stadt Suhl",
    blocks=[
        ("kv", [("Stadt Suhl", "Anfrage\nöffentlich")]),
        ("kv", [("Drucksachen-Nr.:", "AF-07/2025"), ("Datum:", "21.01.2025"),
                ("Einreicher:", "Stadtratsmitglied Thomas Gerstung (Bürger für Suhl)")]),
        ("kv", [("Betreff:", "Ausfälle der Straßenbeleuchtung in Suhl-Heinrichs und Suhl-Mäbendorf")]),
        ("table", ["Beratungsfolge", "Termin", "Art"], [
            ["Stadtrat", "12.02.2025", "schriftliche Beantwortung"]]),
        ("p", "Anwohner in den Ortsteilen Heinrichs und Mäbendorf berichten seit Herbst 2024 von "
              "wiederholten, teils mehrtägigen Ausfällen der Straßenbeleuchtung, insbesondere in der "
              "Hauptstraße und im Rimbachweg."),
        ("p", "Ich frage den Oberbürgermeister:"),
        ("ol", ["Wie viele Störungen der Straßenbeleuchtung wurden in den Ortsteilen Heinrichs und "
                "Mäbendorf seit dem 01.09.2024 gemeldet?",
                "Wie lange dauerte die Behebung im Durchschnitt?",
                "Wann ist die im Haushalt 2024 angekündigte Umrüstung auf LED-Leuchten in diesen "
                "Ortsteilen vorgesehen?"]),
        ("space",),
        ("p", "Thomas Gerstung"),
    ],
    truth=dict(drucksache="AF-07/2025", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-01-21",
               title="Ausfälle der Straßenbeleuchtung in Suhl-Heinrichs und Suhl-Mäbendorf", public=True,
               department=None, originator="Stadtratsmitglied Thomas Gerstung (Bürger für Suhl)",
               answers=None, references=[],
               consultations=[C("Stadtrat", "2025-02-12", None)],
               klimacheck=None, klima_style=None,
               themes=["sicherheit_ordnung", "klima_umwelt"],
               themes_why="street lighting failures, LED conversion",
               notes="Einzelmitglied of a Wählervereinigung. Beratungsfolge row whose 'Art' is "
                     "'schriftliche Beantwortung' — none of the four roles → null."),
)

doc(
    file="r05_suhl_antwort-af-07-2025.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="word_letter_suhl_antwort", city="Stadt Suhl",
    blocks=[
        ("kv", [("Stadtverwaltung Suhl\nDezernat III\nAmt für Tiefbau und Verkehr\nSachgebiet Straßenbeleuchtung",
                 "Bearbeiter: Herr Dressel\nZimmer 2.14\nTel.: 03681 742-455\nE-Mail: tiefbau@suhl.example\n"
                 "Unser Zeichen: 66.3-Dr/25")]),
        ("p", "Herrn\nThomas Gerstung\nMitglied des Stadtrates"),
        ("right", "Suhl, 06.02.2025"),
        ("pb", "Beantwortung der Anfrage AF-07/2025\nAusfälle der Straßenbeleuchtung in Suhl-Heinrichs und "
               "Suhl-Mäbendorf"),
        ("p", "Sehr geehrter Herr Gerstung,"),
        ("p", "Ihre Anfrage beantworte ich wie folgt:"),
        ("p", "Zu Frage 1: Seit dem 01.09.2024 gingen 47 Störungsmeldungen ein, davon 29 aus Heinrichs und 18 "
              "aus Mäbendorf. Ursache waren überwiegend Kabelfehler in der Erdleitung der Hauptstraße."),
        ("p", "Zu Frage 2: Die durchschnittliche Dauer bis zur Behebung betrug 4,3 Arbeitstage. Bei "
              "Kabelfehlern ist eine Tiefbaumaßnahme erforderlich, die länger dauert."),
        ("p", "Zu Frage 3: Die Umrüstung von 312 Leuchten auf LED ist für das zweite Halbjahr 2025 "
              "vorgesehen. Die Kabelerneuerung in der Hauptstraße wird vorgezogen und im April 2025 "
              "ausgeführt."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "im Auftrag\nJörg Dressel\nSachgebietsleiter"),
    ],
    truth=dict(drucksache=None, doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage", date="2025-02-06",
               title="Beantwortung der Anfrage AF-07/2025 Ausfälle der Straßenbeleuchtung in Suhl-Heinrichs "
                     "und Suhl-Mäbendorf",
               public=None, department="Sachgebiet Straßenbeleuchtung", originator=None,
               answers="AF-07/2025", references=["AF-07/2025"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["sicherheit_ordnung", "klima_umwelt"], themes_why="answers r04 (street lighting)",
               notes="Answer letter; two-column letterhead with 'Unser Zeichen: 66.3-Dr/25' (file reference, "
                     "no Drucksache) and a phone. Title = the bold two-line subject, joined. Department = "
                     "the most specific unit, the Sachgebiet under the Amt (hard call)."),
)

# ------------------------------------------------------------ Landkreis Miesbach (Bayern; more!rubin-like)
doc(
    file="r06_lk-miesbach_sg33-012-2025_nahverkehrsplan.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="morerubin_bayern_sitzungsvorlage", city="Landkreis Miesbach",
    running="Vorlage SG33/012/2025 – Seite {page}",
    blocks=[
        ("kv", [("LANDRATSAMT MIESBACH", "Sitzungsvorlage")], 0.6),
        ("kv", [("Vorlagennummer:", "SG33/012/2025"), ("Abteilung:", "Abteilung 3 – Bauen, Umwelt, Verkehr"),
                ("Sachgebiet:", "Sachgebiet 33 – Öffentlicher Personennahverkehr"),
                ("Sachbearbeitung:", "Veronika Gschwendtner"), ("Datum:", "18.02.2025")], 0.3),
        ("table", ["Gremium", "Sitzung am", "Status", "Beratung"], [
            ["Ausschuss für Umwelt, Energie und Kreisentwicklung", "11.03.2025", "öffentlich", "Vorberatung"],
            ["Kreisausschuss", "24.03.2025", "nicht öffentlich", "Vorberatung"],
            ["Kreistag", "03.04.2025", "öffentlich", "Beschlussfassung"]], [0.46, 0.16, 0.18, 0.2]),
        ("kv", [("Betreff:", "Nahverkehrsplan des Landkreises Miesbach – Fortschreibung 2025 bis 2030; "
                             "hier: Billigung des Entwurfs für die Beteiligung der Öffentlichkeit")], 0.15),
        ("pb", "Sachverhalt:"),
        ("p", "Der Nahverkehrsplan des Landkreises stammt aus dem Jahr 2017 und ist nach Art. 13 BayÖPNVG "
              "fortzuschreiben. Das beauftragte Planungsbüro hat den Entwurf in drei Workshops mit den "
              "Gemeinden, dem Regionalverkehr Oberbayern und dem Münchner Verkehrsverbund erarbeitet."),
        ("p", "Kernpunkte des Entwurfs sind ein Stundentakt auf allen Regionalbuslinien zwischen 6 und 21 Uhr, "
              "ein Rufbus-Angebot in den Gemeinden Valley, Weyarn und Fischbachau sowie barrierefreie "
              "Haltestellen an 40 weiteren Standorten bis 2030."),
        ("p", "Die zusätzlichen Betriebskosten betragen nach der Kostenschätzung rund 2,4 Mio. EUR jährlich ab "
              "2027; davon sind etwa 45 Prozent durch Fördermittel des Freistaates gedeckt."),
        ("pb", "Klimaschutzrelevanz:"),
        ("p", "positiv – die Verlagerung von Pkw-Fahrten auf den Busverkehr mindert die CO2-Emissionen "
              "des Verkehrs im Landkreis."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Ausschuss empfiehlt dem Kreistag, folgenden Beschluss zu fassen:\nDer Entwurf der "
              "Fortschreibung des Nahverkehrsplans (Anlage) wird gebilligt. Die Verwaltung wird beauftragt, "
              "die Beteiligung der Öffentlichkeit und der Träger öffentlicher Belange durchzuführen."),
        ("pagebreak",),
        ("pb", "Finanzielle Auswirkungen:"),
        ("table", ["Haushaltsjahr", "Aufwand", "Förderung", "Eigenanteil"], [
            ["2026", "0,9 Mio. EUR", "0,4 Mio. EUR", "0,5 Mio. EUR"],
            ["2027 ff. (jährlich)", "2,4 Mio. EUR", "1,1 Mio. EUR", "1,3 Mio. EUR"]]),
        ("p", "Anlage: Entwurf Nahverkehrsplan 2025–2030 (112 Seiten)"),
        ("p", "Miesbach, 18.02.2025\ngez. Olaf Brandhuber\nLandrat"),
    ],
    truth=dict(drucksache="SG33/012/2025", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2025-02-18",
               title="Nahverkehrsplan des Landkreises Miesbach – Fortschreibung 2025 bis 2030; hier: Billigung "
                     "des Entwurfs für die Beteiligung der Öffentlichkeit",
               public=None, department="Sachgebiet 33 – Öffentlicher Personennahverkehr", originator=None,
               answers=None, references=[],
               consultations=[C("Ausschuss für Umwelt, Energie und Kreisentwicklung", "2025-03-11", "Vorberatung"),
                              C("Kreisausschuss", "2025-03-24", "Vorberatung"),
                              C("Kreistag", "2025-04-03", "Entscheidung")],
               klimacheck="positive", klima_style="text",
               themes=["mobilitaet", "finanzen"], themes_why="regional public transport plan, bus service costs",
               notes="Bavarian 'Sitzungsvorlage' with a Beschlussvorschlag → Beschlussvorlage. Number coded by "
                     "Sachgebiet. No status for the paper itself, only per session row (öffentlich / nicht "
                     "öffentlich) → public null. 'Beschlussfassung' → Entscheidung. 'Art. 13 BayÖPNVG' is no "
                     "reference. Klimacheck as text 'positiv – …'."),
)

doc(
    file="r07_lk-miesbach_bekanntgabe-07-2025_kita-bedarf.pdf", producer="libreoffice-html",
    font="P052", size=11, layout="landratsamt_bekanntgabe_html", city="Landkreis Miesbach",
    blocks=[
        ("p", "Landratsamt Miesbach\nKreisjugendamt"),
        ("right", "Miesbach, 24. Februar 2025"),
        ("h", "Bekanntgabe Nr. 07/2025", 14),
        ("p", "für die öffentliche Sitzung des Jugendhilfeausschusses am 13.03.2025"),
        ("kv", [("Gegenstand:", "Kindertagesbetreuung im Landkreis Miesbach – Bedarfsplanung 2025/2026, "
                                "Sachstand")]),
        ("p", "Sachbearbeitung: Herr Obermaier, Tel. 08025 704-2130, Zimmer E.07"),
        ("p", "Das Kreisjugendamt berichtet jährlich über den Stand der Bedarfsplanung für die "
              "Kindertagesbetreuung nach Art. 7 BayKiBiG. Zum 01.01.2025 standen in den 17 Gemeinden des "
              "Landkreises 1.046 Krippenplätze und 3.318 Kindergartenplätze zur Verfügung."),
        ("p", "Der Versorgungsgrad für Kinder unter drei Jahren liegt bei 41 Prozent und damit unter dem "
              "ermittelten Bedarf von 47 Prozent. Engpässe bestehen vor allem in Holzkirchen, Otterfing und "
              "Miesbach. Dort sind bis Herbst 2026 zusammen 120 zusätzliche Krippenplätze in Planung."),
        ("p", "Der Fachkräftemangel bleibt die größte Hürde: In elf Einrichtungen konnten im Jahr 2024 "
              "Gruppen nur mit verkürzten Öffnungszeiten betrieben werden."),
        ("p", "Die Bekanntgabe dient der Information des Ausschusses. Ein Beschluss ist nicht erforderlich."),
        ("space",),
        ("p", "Stephanie Rieger\nLeiterin des Kreisjugendamtes"),
    ],
    truth=dict(drucksache="07/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Bekanntgabe",
               date="2025-02-24",
               title="Kindertagesbetreuung im Landkreis Miesbach – Bedarfsplanung 2025/2026, Sachstand",
               public=True, department="Kreisjugendamt", originator=None, answers=None, references=[],
               consultations=[C("Jugendhilfeausschuss", "2025-03-13", None)],
               klimacheck=None, klima_style=None,
               themes=["soziales", "bildung"], themes_why="childcare places (Kita, Krippe) planning",
               notes="Bavarian 'Bekanntgabe' = information to a committee → Mitteilungsvorlage. Number in the "
                     "heading after the type word ('Bekanntgabe Nr. 07/2025'). 'für die öffentliche Sitzung "
                     "des …' → public true, consultation without a role. 'Art. 7 BayKiBiG' and the phone are no "
                     "numbers of a paper."),
)

doc(
    file="r08_lk-miesbach_antrag-freie-waehler-photovoltaik.pdf", producer="chromium",
    font="Nimbus Sans", size=10.5, layout="kreistagsfraktion_letter_bayern", city="Landkreis Miesbach",
    blocks=[
        ("kv", [("FREIE WÄHLER Kreistagsfraktion\nim Landkreis Miesbach",
                 "Florian Bichler, Fraktionsvorsitzender\nTegernseer Straße 8\n83607 Holzkirchen\n"
                 "Mobil 0160 9912734")]),
        ("space",),
        ("p", "Landratsamt Miesbach\nHerrn Landrat Olaf Brandhuber\nRosenheimer Straße 1\n83714 Miesbach"),
        ("right", "Holzkirchen, 3. März 2025"),
        ("pb", "Antrag: Photovoltaik auf allen geeigneten Dächern kreiseigener Liegenschaften bis 2028"),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "die Kreistagsfraktion der FREIEN WÄHLER stellt folgenden Antrag und bittet um Behandlung "
              "in der nächsten Sitzung des zuständigen Ausschusses:"),
        ("pi", "Der Kreistag beschließt, auf allen statisch geeigneten Dachflächen der kreiseigenen "
               "Schulen, Turnhallen und Verwaltungsgebäude bis zum Jahr 2028 Photovoltaikanlagen zu "
               "errichten. Die Verwaltung legt bis Juli 2025 eine Prioritätenliste mit Kosten und "
               "Erträgen vor. Eine Beteiligung der Bürgerenergiegenossenschaften ist zu prüfen."),
        ("pb", "Begründung"),
        ("p", "Von 34 Dächern kreiseigener Gebäude tragen bisher nur sechs eine Photovoltaikanlage. Nach "
              "dem Solarkataster des Landkreises sind mindestens 19 weitere Dächer gut geeignet. Der selbst "
              "erzeugte Strom senkt die Energiekosten des Landkreises dauerhaft und leistet einen Beitrag "
              "zum Ziel der Energiewende im Oberland."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Florian Bichler          Martina Kandlinger\nFraktionsvorsitzender          stellv. Fraktionsvorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2025-03-03",
               title="Photovoltaik auf allen geeigneten Dächern kreiseigener Liegenschaften bis 2028",
               public=None, department=None, originator="FREIE WÄHLER Kreistagsfraktion im Landkreis Miesbach",
               answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt", "finanzen"], themes_why="solar panels on county buildings, energy costs",
               notes="Fraktion letter, no number. Letterhead two columns: body name left, chairman's address "
                     "and mobile right. 'Antrag:' prefix of the subject dropped. No session date → no "
                     "consultation ('nächste Sitzung des zuständigen Ausschusses' names none)."),
)

doc(
    file="r09_lk-miesbach_niederschrift-umweltausschuss.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="word_niederschrift_bayern_landkreis", city="Landkreis Miesbach",
    running="Niederschrift UEK 11.03.2025",
    blocks=[
        ("p", "Landkreis Miesbach"),
        ("h", "Niederschrift", 15),
        ("pb", "über die öffentliche Sitzung des Ausschusses für Umwelt, Energie und Kreisentwicklung"),
        ("kv", [("Sitzungstag:", "Dienstag, 11.03.2025"), ("Sitzungsort:", "Landratsamt Miesbach, Großer Sitzungssaal"),
                ("Beginn:", "14:00 Uhr"), ("Ende:", "16:35 Uhr"), ("Vorsitz:", "Landrat Olaf Brandhuber"),
                ("Schriftführung:", "Anna Huber, Büro des Landrats")]),
        ("pb", "Anwesend:"),
        ("p", "Kreisrätinnen und Kreisräte: Florian Bichler, Josef Dengler, Martina Kandlinger, Leonhard "
              "Kirchberger, Sabine Lechner, Andreas Mayr, Franziska Reisberger, Georg Schweiger, Theresa Wild"),
        ("p", "Verwaltung: Veronika Gschwendtner (SG 33), Dr. Markus Trenkle (Abteilung 3)"),
        ("p", "Der Vorsitzende eröffnet die Sitzung, stellt die ordnungsgemäße Ladung und die "
              "Beschlussfähigkeit fest. Einwände gegen die Tagesordnung werden nicht erhoben."),
        ("pb", "TOP 1 Genehmigung der Niederschrift über die Sitzung vom 14.01.2025"),
        ("p", "Die Niederschrift wird ohne Änderungen genehmigt. Abstimmungsergebnis: 9 : 0"),
        ("pb", "TOP 2 Nahverkehrsplan des Landkreises Miesbach – Fortschreibung 2025 bis 2030; hier: Billigung "
               "des Entwurfs (Vorlage SG33/012/2025)"),
        ("p", "Frau Gschwendtner stellt den Entwurf anhand einer Präsentation vor. Kreisrat Bichler begrüßt "
              "den Stundentakt, fragt aber nach der Finanzierung ab 2027. Kreisrätin Wild regt an, die "
              "Rufbus-Gebiete um Irschenberg zu erweitern. Die Verwaltung sagt eine Prüfung bis zur "
              "Sitzung des Kreistages zu."),
        ("p", "Beschluss: Der Ausschuss empfiehlt dem Kreistag, den Entwurf zu billigen und die "
              "Öffentlichkeitsbeteiligung durchzuführen.\nAbstimmungsergebnis: 8 : 1"),
        ("pagebreak",),
        ("pb", "TOP 3 Photovoltaik auf kreiseigenen Liegenschaften – Antrag der Kreistagsfraktion FREIE WÄHLER "
               "vom 03.03.2025"),
        ("p", "Der Antrag wird von Kreisrat Bichler begründet. Die Verwaltung weist darauf hin, dass für "
              "fünf Schulgebäude bereits Statikgutachten vorliegen. Der Ausschuss beauftragt die Verwaltung, "
              "bis Juli 2025 eine Prioritätenliste vorzulegen.\nAbstimmungsergebnis: 9 : 0"),
        ("pb", "TOP 4 Bekanntgaben und Anfragen"),
        ("p", "Kreisrätin Lechner fragt nach dem Stand des Radweges entlang der MB 12. Die Verwaltung "
              "berichtet, dass der Grunderwerb abgeschlossen ist und der Bau im Herbst beginnt."),
        ("p", "Ende der öffentlichen Sitzung: 16:35 Uhr"),
        ("space",),
        ("kv", [("Olaf Brandhuber\nVorsitzender", "Anna Huber\nSchriftführerin")]),
        ("p", "Miesbach, 19.03.2025"),
    ],
    truth=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-03-19",
               title="öffentliche Sitzung des Ausschusses für Umwelt, Energie und Kreisentwicklung",
               public=True, department=None, originator=None, answers=None,
               references=["SG33/012/2025"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "klima_umwelt"],
               themes_why="minutes: public transport plan, solar panels, cycle path",
               notes="Title = the line under the heading with 'über die' dropped (convention of holdout5). "
                     "Date = the closing date 19.03., not the session day 11.03. or the earlier minutes of "
                     "14.01. 'MB 12' is a county road, no reference. Two pages; running footer (Word footer)."),
)

# ------------------------------------------------------------ Gemeinde Bordesholm (Schleswig-Holstein; Amt Bordesholm; ALLRIS)
doc(
    file="r10_bordesholm_vo-2025-0417_kita-gebuehren.pdf", producer="chromium",
    font="DejaVu Sans", size=9.5, layout="allris_sh_amt_beschlussvorlage", city="Gemeinde Bordesholm",
    css="table.kv td:first-child { color: #333; }",
    blocks=[
        ("kv", [("Gemeinde Bordesholm\nDer Bürgermeister\nverwaltet durch das Amt Bordesholm",
                 "Vorlage\nVO/2025/0417\nStatus: öffentlich\nVorlageart: Beschlussvorlage")]),
        ("kv", [("Datum:", "31.03.2025"), ("Federführend:", "Fachbereich 2 – Bürgerdienste, Schulen und Kitas"),
                ("Verfasser:", "Meike Rohwer")]),
        ("h", "Neufassung der Satzung über die Erhebung von Elternbeiträgen für die gemeindlichen "
              "Kindertagesstätten", 12),
        ("table", ["Datum", "Gremium", "Zuständigkeit", "Status"], [
            ["14.04.2025", "Ausschuss für Schule, Kultur, Sport und Soziales der Gemeinde Bordesholm",
             "Vorberatung", "Ö"],
            ["29.04.2025", "Finanzausschuss der Gemeinde Bordesholm", "Vorberatung", "Ö"],
            ["13.05.2025", "Gemeindevertretung Bordesholm", "Entscheidung", "Ö"]], [0.14, 0.56, 0.18, 0.12]),
        ("pb", "Sachverhalt:"),
        ("p", "Mit dem Kita-Reformgesetz des Landes Schleswig-Holstein ist die Höhe der Elternbeiträge "
              "gedeckelt. Die geltende Satzung der Gemeinde aus dem Jahr 2021 entspricht den seit dem "
              "01.08.2024 geltenden Deckelungsbeträgen nicht mehr. Zudem soll die Geschwisterermäßigung "
              "auf alle Kinder unter 14 Jahren ausgedehnt werden."),
        ("p", "Die Neufassung (Anlage) übernimmt die Höchstbeträge des Landes. Die Mindereinnahmen werden "
              "auf rund 38.000 EUR jährlich geschätzt. Der Ausschuss hat sich in seiner Sitzung am "
              "10.02.2025 mit den Eckpunkten befasst (Vorlage VO/2025/0362)."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung beschließt die als Anlage beigefügte Satzung über die Erhebung von "
              "Elternbeiträgen für die gemeindlichen Kindertagesstätten."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Mindereinnahmen von ca. 38.000 EUR p. a. im Produkt 36501 – Kindertagesstätten."),
        ("box", ["Auswirkungen auf den Klimaschutz:",
                 "☐ positiv     ☐ negativ     ☒ keine"]),
        ("p", "Anlage: Satzungsentwurf"),
    ],
    truth=dict(drucksache="VO/2025/0417", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-03-31",
               title="Neufassung der Satzung über die Erhebung von Elternbeiträgen für die gemeindlichen "
                     "Kindertagesstätten",
               public=True, department="Fachbereich 2 – Bürgerdienste, Schulen und Kitas", originator=None,
               answers=None, references=["VO/2025/0362"],
               consultations=[C("Ausschuss für Schule, Kultur, Sport und Soziales der Gemeinde Bordesholm",
                                "2025-04-14", "Vorberatung"),
                              C("Finanzausschuss der Gemeinde Bordesholm", "2025-04-29", "Vorberatung"),
                              C("Gemeindevertretung Bordesholm", "2025-05-13", "Entscheidung")],
               klimacheck="neutral", klima_style="unicode_box",
               themes=["soziales", "finanzen"], themes_why="Kita parent fees (Elternbeiträge), lower revenue",
               notes="ALLRIS SH for an amtsangehörige Gemeinde: the authority block names Gemeinde and Amt; "
                     "number, status and type stacked in the right column ('Vorlage' over the number, no "
                     "'Nr.'). Title = bold line without label. 'keine' ticked → neutral. Produkt 36501 is no "
                     "reference."),
)

doc(
    file="r11_bordesholm_satzung-elternbeitraege.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="word_satzung_sh_gemeinde", city="Gemeinde Bordesholm",
    blocks=[
        ("h", "Satzung der Gemeinde Bordesholm über die Erhebung von Elternbeiträgen für die gemeindlichen "
              "Kindertagesstätten (Elternbeitragssatzung)", 13),
        ("p", "Aufgrund des § 4 der Gemeindeordnung für Schleswig-Holstein und des § 31 des "
              "Kindertagesförderungsgesetzes (KiTaG) wird nach Beschlussfassung durch die Gemeindevertretung "
              "vom 13.05.2025 folgende Satzung erlassen:"),
        ("pb", "§ 1 Geltungsbereich"),
        ("p", "Diese Satzung gilt für die Kindertagesstätten „Kleine Strolche“ und „Am Lindenplatz“ in "
              "Trägerschaft der Gemeinde Bordesholm."),
        ("pb", "§ 2 Beitragspflicht"),
        ("p", "(1) Für die Betreuung eines Kindes wird ein monatlicher Elternbeitrag erhoben.\n(2) "
              "Beitragspflichtig sind die Personensorgeberechtigten, die die Betreuung beantragt haben."),
        ("pb", "§ 3 Höhe der Beiträge"),
        ("p", "(1) Der Elternbeitrag beträgt je Betreuungsstunde pro Woche für Kinder unter drei Jahren "
              "5,66 EUR und für Kinder ab drei Jahren 5,38 EUR im Monat.\n(2) Für das zweite Kind unter "
              "14 Jahren, das eine Kindertageseinrichtung besucht, ermäßigt sich der Beitrag um 50 "
              "Prozent; ab dem dritten Kind wird kein Beitrag erhoben."),
        ("pb", "§ 4 Fälligkeit"),
        ("p", "Der Elternbeitrag ist jeweils zum 15. eines Monats fällig."),
        ("pb", "§ 5 Inkrafttreten"),
        ("p", "Diese Satzung tritt am 01.08.2025 in Kraft. Gleichzeitig tritt die Satzung über die Erhebung "
              "von Elternbeiträgen vom 17.06.2021 außer Kraft."),
        ("space",),
        ("p", "Die Satzung wird hiermit ausgefertigt und ist bekannt zu machen."),
        ("p", "Bordesholm, 20.05.2025"),
        ("p", "gez. Ralf Kieselbach\nBürgermeister"),
    ],
    truth=dict(drucksache=None, doc_type=None, doc_type_printed="Satzung", date="2025-05-20",
               title="Satzung der Gemeinde Bordesholm über die Erhebung von Elternbeiträgen für die "
                     "gemeindlichen Kindertagesstätten (Elternbeitragssatzung)",
               public=None, department=None, originator=None, answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["soziales", "finanzen"], themes_why="the Satzung adopted on r10 (Kita fees)",
               notes="A signed Satzung (Ausfertigung), no council paper: none of the canonical types → "
                     "doc_type null (hard call: it is not a Gesetzentwurf, and not the Vorlage). Date = "
                     "Ausfertigung 20.05.; the council decision 13.05. and old Satzung 17.06.2021 are cited "
                     "dates. '§ 4', '§ 31' are no references."),
)

doc(
    file="r12_bordesholm_antrag-bwg-buergerbus.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10.5, layout="allris_sh_antrag_html", city="Gemeinde Bordesholm",
    blocks=[
        ("kv", [("Gemeinde Bordesholm", "Antrag\nAT/2025/0021\nöffentlich")]),
        ("kv", [("Antragsteller:", "Fraktion der Bordesholmer Wählergemeinschaft (BWG)"),
                ("Datum:", "07.04.2025")]),
        ("h", "Einrichtung eines ehrenamtlich betriebenen Bürgerbusses", 12),
        ("table", ["Datum", "Gremium", "Zuständigkeit"], [
            ["28.04.2025", "Ausschuss für Umwelt, Bau und Verkehr der Gemeinde Bordesholm", "Vorberatung"],
            ["13.05.2025", "Gemeindevertretung Bordesholm", "Entscheidung"]], [0.15, 0.6, 0.25]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung beauftragt den Bürgermeister, in Zusammenarbeit mit dem Amt "
              "Bordesholm und dem Kreis Rendsburg-Eckernförde die Einrichtung eines Bürgerbusses zu prüfen, "
              "der die Ortsteile und das Gewerbegebiet Nord mit dem Bahnhof verbindet. Ein Konzept mit "
              "Fahrplan, Trägermodell und Kosten ist bis Ende 2025 vorzulegen."),
        ("pb", "Begründung:"),
        ("p", "Der Bahnhof Bordesholm ist aus den Randlagen der Gemeinde für ältere Menschen ohne Auto "
              "schwer zu erreichen. Bürgerbusvereine in anderen Gemeinden des Landes zeigen, dass ein "
              "ehrenamtlich betriebenes Angebot mit Fördermitteln des Landes tragfähig ist. Mehrere "
              "Einwohnerinnen und Einwohner haben bereits ihre Bereitschaft erklärt, als Fahrer mitzuwirken."),
        ("space",),
        ("p", "Hauke Sievers\nFraktionsvorsitzender BWG"),
    ],
    truth=dict(drucksache="AT/2025/0021", doc_type="Antrag", doc_type_printed="Antrag", date="2025-04-07",
               title="Einrichtung eines ehrenamtlich betriebenen Bürgerbusses", public=True, department=None,
               originator="Fraktion der Bordesholmer Wählergemeinschaft (BWG)", answers=None, references=[],
               consultations=[C("Ausschuss für Umwelt, Bau und Verkehr der Gemeinde Bordesholm", "2025-04-28",
                                "Vorberatung"),
                              C("Gemeindevertretung Bordesholm", "2025-05-13", "Entscheidung")],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "soziales"], themes_why="volunteer-run community bus for elderly residents",
               notes="ALLRIS Antrag print: type, number and status stacked top right without labels; "
                     "'Antragsteller:' names the Fraktion."),
)

doc(
    file="r13_bordesholm_einladung-ausschuss-umwelt-bau.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="allris_sh_einladung_reportlab", city="Gemeinde Bordesholm",
    running="Einladung UBV/009/2025 – Seite {page}",
    blocks=[
        ("kv", [("Gemeinde Bordesholm\nDer Vorsitzende des Ausschusses für Umwelt, Bau und Verkehr",
                 "Bordesholm, 14.04.2025")], 0.65),
        ("p", "An die Mitglieder des Ausschusses für Umwelt, Bau und Verkehr\nnachrichtlich: Bürgermeister, "
              "Fraktionsvorsitzende, Amtsverwaltung"),
        ("h", "Einladung", 14),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "zur 9. Sitzung des Ausschusses für Umwelt, Bau und Verkehr der Gemeinde Bordesholm am "
              "Montag, 28.04.2025, 19:00 Uhr, im Sitzungssaal des Amtes Bordesholm, Mühlenstraße 7, "
              "lade ich Sie hiermit ein."),
        ("pb", "Tagesordnung:"),
        ("pb", "Öffentlicher Teil"),
        ("table", ["TOP", "Betreff", "Vorlage"], [
            ["1", "Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung", ""],
            ["2", "Einwohnerfragestunde", ""],
            ["3", "Einrichtung eines ehrenamtlich betriebenen Bürgerbusses – Antrag der BWG", "AT/2025/0021"],
            ["4", "Bebauungsplan Nr. 38 „Wohnpark Eiderkamp“ – Entwurfs- und Auslegungsbeschluss",
             "VO/2025/0398"],
            ["5", "Sanierung der Straße Am Wiesengrund – Vergabe der Bauleistungen", "VO/2025/0409"],
            ["6", "Mitteilungen und Anfragen", ""]], [0.08, 0.7, 0.22]),
        ("pb", "Nichtöffentlicher Teil"),
        ("table", ["TOP", "Betreff", "Vorlage"], [
            ["7", "Grundstücksangelegenheit", "VO/2025/0411"],
            ["8", "Mitteilungen und Anfragen", ""]], [0.08, 0.7, 0.22]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Jens-Peter Lorenzen\nAusschussvorsitzender"),
    ],
    truth=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2025-04-14",
               title="9. Sitzung des Ausschusses für Umwelt, Bau und Verkehr der Gemeinde Bordesholm",
               public=True, department=None, originator=None, answers=None,
               references=["AT/2025/0021", "VO/2025/0398", "VO/2025/0409", "VO/2025/0411"],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["mobilitaet", "stadtentwicklung"],
               themes_why="agenda: community bus, Bebauungsplan, road renovation",
               notes="Einladung with a public and a non-public part: the invitation itself is published, the "
                     "session has a public part → public true (hard call; 'Nichtöffentlicher Teil' must not "
                     "make it false). Session ordinal from the invitation sentence (no 'Einladung zur' "
                     "heading). 'UBV/009/2025' in the footer is the session's number, not a paper's. "
                     "Bebauungsplan Nr. 38 is no reference."),
)

doc(
    file="r35_bordesholm_vo-2025-0411_grundstuecksverkauf-nichtoeffentlich.pdf", producer="libreoffice-html",
    font="Liberation Serif", size=11, layout="allris_sh_beschlussvorlage_free_lines_html", city="Gemeinde Bordesholm",
    blocks=[
        ("p", "Gemeinde Bordesholm · Amt Bordesholm · Der Amtsdirektor"),
        ("h", "Beschlussvorlage – nicht öffentlich –", 14),
        ("p", "Vorlage-Nr.: VO/2025/0411 · Datum: 02.04.2025 · Fachbereich 4 – Finanzen und Liegenschaften"),
        ("p", "Beratungsfolge:\nAusschuss für Umwelt, Bau und Verkehr der Gemeinde Bordesholm – 28.04.2025 – "
              "Vorberatung\nGemeindevertretung Bordesholm – 13.05.2025 – Entscheidung"),
        ("pb", "Betreff: Verkauf einer gemeindlichen Teilfläche von ca. 4.200 m² im Gewerbegebiet Nord "
               "(Flurstück 57/12) an die Holsten Metallbau GmbH & Co. KG"),
        ("pb", "Sachverhalt:"),
        ("p", "Die Holsten Metallbau GmbH & Co. KG, bisher in der Ortsmitte ansässig, möchte ihren Betrieb in "
              "das Gewerbegebiet Nord verlagern und dort eine Produktionshalle mit 18 Arbeitsplätzen errichten. "
              "Sie hat ein Kaufangebot über 42,00 EUR/m² abgegeben; der Bodenrichtwert liegt bei 40,00 EUR/m²."),
        ("p", "Der Kaufvertrag soll eine Bauverpflichtung innerhalb von drei Jahren und ein Rückkaufsrecht der "
              "Gemeinde enthalten. Die frei werdende Fläche in der Ortsmitte kann für Wohnbebauung genutzt werden."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung stimmt dem Verkauf der Teilfläche zum Preis von 42,00 EUR/m² "
              "(insgesamt ca. 176.400 EUR) zu den in der Sachdarstellung genannten Bedingungen zu."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Erlös ca. 176.400 EUR, Produkt 11301 – Grundstücksmanagement."),
        ("space",),
        ("p", "Im Auftrag\nKerstin Hadenfeldt"),
    ],
    truth=dict(drucksache="VO/2025/0411", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2025-04-02",
               title="Verkauf einer gemeindlichen Teilfläche von ca. 4.200 m² im Gewerbegebiet Nord (Flurstück "
                     "57/12) an die Holsten Metallbau GmbH & Co. KG",
               public=False, department="Fachbereich 4 – Finanzen und Liegenschaften", originator=None,
               answers=None, references=[],
               consultations=[C("Ausschuss für Umwelt, Bau und Verkehr der Gemeinde Bordesholm", "2025-04-28",
                                "Vorberatung"),
                              C("Gemeindevertretung Bordesholm", "2025-05-13", "Entscheidung")],
               klimacheck=None, klima_style=None,
               themes=["wirtschaft", "finanzen"], themes_why="sale of a commercial plot to a local firm",
               notes="Non-public paper: status in the type heading ('– nicht öffentlich –'). Number, date and "
                     "unit on one free line separated by '·'. Beratungsfolge as free lines 'committee – date – "
                     "role' under a label. 'Betreff:' inside the bold subject line. Flurstück 57/12 and "
                     "Produkt 11301 are no references; this is the VO/2025/0411 of r13's non-public part."),
)

# ------------------------------------------------------------ Frankfurt am Main (Ortsbeirat 7; Magistrat; PARLIS-like)
doc(
    file="r14_frankfurt_of-412-7_antrag-ortsbeirat.pdf", producer="chromium",
    font="Liberation Sans Narrow", size=11, layout="parlis_frankfurt_ortsbeirat_antrag", city="Frankfurt am Main",
    css="table.kv:first-of-type { width: 100%; } table.kv:first-of-type td { font-size: 14pt; font-weight: bold; } "
        "table.kv:first-of-type td:last-child { text-align: right; }",
    blocks=[
        ("kv", [("ORTSBEIRAT 7", "OF 412/7")]),
        ("p", "Hausen, Industriehof, Praunheim, Rödelheim, Westhausen"),
        ("h", "Antrag vom 03.02.2025", 12),
        ("pb", "Sichere Querung der Ludwig-Landmann-Straße an der Haltestelle Große Nelkenstraße"),
        ("p", "Der Ortsbeirat möge beschließen:"),
        ("p", "Der Magistrat wird gebeten, an der Haltestelle Große Nelkenstraße der Ludwig-Landmann-Straße "
              "eine gesicherte Querungsmöglichkeit für den Fußverkehr (Fußgängerüberweg oder Bedarfsampel) "
              "einzurichten und bis dahin die zulässige Höchstgeschwindigkeit im Bereich der Haltestelle "
              "auf 30 km/h zu begrenzen."),
        ("pb", "Begründung:"),
        ("p", "Die Haltestelle wird täglich von vielen Schülerinnen und Schülern der Schule am "
              "Praunheimer Weg genutzt. Die nächste Ampel liegt mehr als 250 Meter entfernt; viele queren "
              "die vierspurige Straße daher ungesichert. Der Ortsbeirat hat bereits mit OM 5522 im Jahr 2023 "
              "auf die Gefahrenstelle hingewiesen."),
        ("space",),
        ("p", "Antragstellende:\nGRÜNE im Ortsbeirat 7"),
        ("p", "Vertraulichkeit: Nein"),
        ("p", "Beratung im Ortsbeirat: 7"),
    ],
    truth=dict(drucksache="OF 412/7", doc_type="Antrag", doc_type_printed="Antrag", date="2025-02-03",
               title="Sichere Querung der Ludwig-Landmann-Straße an der Haltestelle Große Nelkenstraße",
               public=True, department=None, originator="GRÜNE im Ortsbeirat 7", answers=None,
               references=["OM 5522"], consultations=[C("Ortsbeirat 7", None, None)],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "sicherheit_ordnung"],
               themes_why="pedestrian crossing and speed limit near a bus stop (Schulweg)",
               notes="PARLIS-like: the number alone top right ('OF 412/7', no label, a space inside); "
                     "the Ortsbeirat in capitals top left with its districts below. Date only in 'Antrag vom "
                     "03.02.2025'. 'Vertraulichkeit: Nein' → public true. 'Beratung im Ortsbeirat: 7' "
                     "(no date, no role) → one consultation with date and role null (hard call). "
                     "Originator from 'Antragstellende:' at the end."),
)

doc(
    file="r15_frankfurt_st-1203_stellungnahme-magistrat.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10.5, layout="parlis_frankfurt_stellungnahme_magistrat", city="Frankfurt am Main",
    blocks=[
        ("kv", [("STELLUNGNAHME DES MAGISTRATS", "ST 1203")]),
        ("kv", [("vom", "14.04.2025"), ("zu", "Anregung an den Magistrat vom 24.02.2025, OM 6871"),
                ("an", "Ortsbeirat 7"), ("Dezernat", "VI – Mobilität\nAmt für Straßenbau und Erschließung")]),
        ("pb", "Sichere Querung der Ludwig-Landmann-Straße an der Haltestelle Große Nelkenstraße"),
        ("p", "Vorgang: Beschl. d. OBR 7 vom 24.02.2025, OM 6871 (OF 412/7)"),
        ("p", "Der Magistrat nimmt zu der Anregung wie folgt Stellung:"),
        ("p", "Die Querungssituation an der Haltestelle Große Nelkenstraße wurde im März 2025 vor Ort "
              "überprüft. Eine Verkehrszählung ergab in der morgendlichen Spitzenstunde 142 querende "
              "Personen, davon rund zwei Drittel Schülerinnen und Schüler."),
        ("p", "Ein Fußgängerüberweg ist an einer vierstreifigen Hauptverkehrsstraße nach den "
              "Richtlinien nicht zulässig. Der Magistrat wird daher eine Fußgängersignalanlage planen. Die "
              "Umsetzung ist im Jahr 2026 vorgesehen; die Mittel werden zum Haushalt 2026 angemeldet."),
        ("p", "Eine Geschwindigkeitsbegrenzung auf 30 km/h ist nach derzeitiger Rechtslage nur bei einer "
              "besonderen Gefahrenlage möglich. Die Straßenverkehrsbehörde prüft dies bis zur "
              "Inbetriebnahme der Signalanlage."),
        ("p", "Der Magistrat betrachtet die Anregung damit als erledigt."),
    ],
    truth=dict(drucksache="ST 1203", doc_type="Stellungnahme", doc_type_printed="Stellungnahme des Magistrats",
               date="2025-04-14",
               title="Sichere Querung der Ludwig-Landmann-Straße an der Haltestelle Große Nelkenstraße",
               public=None, department="Amt für Straßenbau und Erschließung", originator=None,
               answers="OM 6871", references=["OM 6871", "OF 412/7"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "sicherheit_ordnung"], themes_why="answer on r14's crossing",
               notes="Frankfurt's 'Stellungnahme des Magistrats' answers an Anregung (OM) of an Ortsbeirat: "
                     "printed type is Stellungnahme and it is the administration's opinion → doc_type "
                     "Stellungnahme, answers OM 6871, originator null (the Magistrat is the administration; "
                     "hard call between Antwort and Stellungnahme). Header as label/value rows with bare "
                     "labels 'vom', 'zu', 'an'. The Ortsbeirat it is sent to is no consultation. Department = "
                     "the Amt under the Dezernat."),
)

doc(
    file="r16_frankfurt_tagesordnung-ortsbeirat-7.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10, layout="word_frankfurt_ortsbeirat_tagesordnung", city="Frankfurt am Main",
    blocks=[
        ("kv", [("Ortsbeirat 7\nDie Ortsvorsteherin", "Frankfurt am Main, 12.02.2025\nGeschäftsstelle: "
                                                      "Bürgeramt, Statistik und Wahlen\nTel. 069 212-45673")]),
        ("h", "Tagesordnung", 14),
        ("pb", "der 38. Sitzung des Ortsbeirates 7 am Dienstag, dem 24. Februar 2025, 19:30 Uhr\n"
               "Ort: Bürgerhaus Praunheim, Ernst-Kahn-Straße 45, Saal 1"),
        ("p", "Die Sitzung ist öffentlich."),
        ("table", ["TOP", "Gegenstand", "Vorlage"], [
            ["1", "Bürgerfragestunde", ""],
            ["2", "Genehmigung der Niederschrift der 37. Sitzung", ""],
            ["3", "Sichere Querung der Ludwig-Landmann-Straße an der Haltestelle Große Nelkenstraße", "OF 412/7"],
            ["4", "Mehr Sitzbänke im Niddapark zwischen Praunheim und Hausen", "OF 415/7"],
            ["5", "Bebauungsplan Nr. 912 – Rödelheim, Westerbachstraße: Stellungnahme des Ortsbeirates",
             "M 18"],
            ["6", "Bericht des Magistrats: Sanierung der Brentanobad-Tribüne", "B 61"],
            ["7", "Verschiedenes", ""]]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Gabriele Kowarsch\nOrtsvorsteherin"),
    ],
    truth=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Tagesordnung", date="2025-02-12",
               title="38. Sitzung des Ortsbeirates 7", public=True, department=None, originator=None,
               answers=None, references=["OF 412/7", "OF 415/7", "M 18", "B 61"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["mobilitaet", "stadtentwicklung", "kultur_sport"],
               themes_why="agenda: crossing, park benches, Bebauungsplan, swimming-pool stand",
               notes="Printed type 'Tagesordnung' (= Einladung). Title = session ordinal and body from the "
                     "bold line under the heading, cut before the date (hard call). Date = the dateline, the "
                     "session day 24.02. is in words. 'Die Sitzung ist öffentlich.' → public true. "
                     "Bebauungsplan Nr. 912 is no reference; phone in the letterhead."),
)

doc(
    file="r17_frankfurt_b-61_bericht-magistrat-brentanobad.pdf", producer="reportlab",
    font="DejaVu Serif", size=10, layout="parlis_frankfurt_bericht_reportlab", city="Frankfurt am Main",
    running="B 61 · Seite {page}",
    blocks=[
        ("kv", [("BERICHT DES MAGISTRATS", "B 61")], 0.75),
        ("kv", [("vom", "27.01.2025"), ("an", "Stadtverordnetenversammlung, Ortsbeirat 7"),
                ("Dezernat", "II – Sport\nSportamt")], 0.2),
        ("pb", "Sanierung der denkmalgeschützten Tribüne des Brentanobades"),
        ("p", "Vorgang: Beschl. d. Stv.-V. vom 05.09.2024, § 4711"),
        ("p", "Die Stadtverordnetenversammlung hat den Magistrat beauftragt, über die Sanierung der "
              "Tribüne des Brentanobades zu berichten. Der Magistrat berichtet hierzu wie folgt:"),
        ("p", "Das Gutachten zur Standsicherheit liegt seit Dezember 2024 vor. Die Stahlbetonkonstruktion "
              "der Tribüne aus dem Jahr 1929 weist erhebliche Korrosionsschäden auf; der obere Teil bleibt "
              "für Besucherinnen und Besucher gesperrt. Die Sanierung soll in zwei Bauabschnitten außerhalb "
              "der Badesaison 2025/2026 und 2026/2027 erfolgen."),
        ("p", "Die Kosten werden auf 6,8 Mio. EUR geschätzt. Das Land Hessen hat eine Förderung aus dem "
              "Programm zur Sanierung kommunaler Sportstätten von bis zu 1,5 Mio. EUR in Aussicht gestellt. "
              "Der Badebetrieb ist während der Bauzeit nicht eingeschränkt."),
        ("p", "Die Planung wird mit dem Denkmalamt abgestimmt. Über den Baubeschluss wird die "
              "Stadtverordnetenversammlung mit einer gesonderten Vorlage befasst."),
    ],
    truth=dict(drucksache="B 61", doc_type="Mitteilungsvorlage", doc_type_printed="Bericht des Magistrats",
               date="2025-01-27", title="Sanierung der denkmalgeschützten Tribüne des Brentanobades",
               public=None, department="Sportamt", originator=None, answers=None, references=[],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["kultur_sport", "finanzen"], themes_why="renovation of a swimming-pool stand, costs",
               notes="'Bericht des Magistrats' → Mitteilungsvorlage (Bericht). Addressees in 'an' are no "
                     "consultations (no dates). '§ 4711' is the minute number of an earlier decision, no "
                     "Drucksache (not a reference, hard call)."),
)
