"""Content of the template fixtures (fictitious cities, numbers and prose).

Each entry: file stem, producer, layout, truth fields and the pieces the renderer needs.
"""

BODY = ("Die Verwaltung hat die Angelegenheit geprüft. Die Umsetzung erfolgt im laufenden "
        "Haushaltsjahr aus vorhandenen Mitteln des Teilhaushalts. Eine Beteiligung der "
        "betroffenen Stellen hat stattgefunden; Einwände wurden nicht erhoben.")

DOCS = [
    dict(
        stem="t01_sessionnet_print_wiesenbach", producer="chromium", layout="sessionnet_print",
        city="Wiesenbach", drucksache="VO/2023/123", doc_type="Beschlussvorlage",
        doc_type_printed="Beschlussvorlage", date="2023-05-03",
        title="Sanierung der Sporthalle Am Lindenhof – Freigabe der Planungsmittel",
        public=True, department="Fachbereich 4 – Schule, Sport und Kultur",
        consultations=[
            ("2023-05-22", "Ausschuss für Schule und Sport", "Vorberatung", "Ö"),
            ("2023-06-06", "Haupt- und Finanzausschuss", "Vorberatung", "N"),
            ("2023-06-20", "Rat der Stadt Wiesenbach", "Entscheidung", "Ö"),
        ],
        klimacheck="neutral",
        klima_text="Die Maßnahme hat keine Auswirkungen auf den Klimaschutz.",
        notes="SessionNet print view: 'Vorlage - VO/2023/123', Status line, Bearbeiter/-in, "
              "Beratungsfolge 'Datum | Gremium | Zuständigkeit | Status' with Ö/N, Klimacheck as sentence",
    ),
    dict(
        stem="t02_allris4_gruenstadt", producer="libreoffice-docx", layout="allris4",
        city="Grünstadt am Hang", drucksache="BV/0456/2023", doc_type="Beschlussvorlage",
        doc_type_printed="Beschlussvorlage", date="2023-04-12",
        title="Fortschreibung des Nahverkehrsplans 2024 bis 2028",
        public=True, department="Amt für Verkehr und Tiefbau",
        consultations=[
            ("2023-04-27", "Bau- und Verkehrsausschuss", "Vorberatung", "Ö"),
            ("2023-05-11", "Stadtrat", "Entscheidung", "Ö"),
        ],
        klimacheck="positive",
        klima_text="Klimarelevanz: ☐ keine  ☒ positiv  ☐ negativ",
        notes="ALLRIS 4: 'Vorlage-Nr.:', 'Aktenzeichen:', 'Verfasser:', 'Federführung:', "
              "Beratungsfolge 'Gremium | Sitzung | Zuständigkeit' with date inside the Sitzung cell",
    ),
    dict(
        stem="t03_morerubin_eichenau", producer="reportlab-ttf", layout="morerubin_sternberg",
        city="Eichenau", drucksache="0123/2023", doc_type="Beschlussvorlage",
        doc_type_printed="Beschlussvorlage", date="2023-05-03",
        title="Neufassung der Friedhofsgebührensatzung",
        public=True, department="Amt 32 – Ordnungsamt",
        consultations=[
            ("2023-05-15", "Finanzausschuss", "Vorberatung", "Ö"),
            ("2023-06-01", "Gemeinderat", "Entscheidung", "Ö"),
        ],
        klimacheck=None, klima_text=None,
        notes="more!rubin/Sternberg: 'Drucksache Nr. 0123/2023', 'Sachbearbeitende Dienststelle', "
              "date '3. Mai 2023'",
    ),
    dict(
        stem="t04_landkreis_musterheide", producer="libreoffice-docx", layout="landkreis_word",
        city="Landkreis Musterheide", drucksache="KT/0042/2023", doc_type="Beschlussvorlage",
        doc_type_printed="Sitzungsvorlage", date="2023-05-03",
        title="Beitritt des Landkreises zum Zweckverband Breitbandversorgung Nordheide",
        public=True, department="Fachbereich 2 – Kreisentwicklung",
        consultations=[
            ("2023-05-24", "Ausschuss für Kreisentwicklung", "Vorberatung", "Ö"),
            ("2023-06-07", "Kreisausschuss", "Vorberatung", "N"),
            ("2023-06-28", "Kreistag", "Entscheidung", "Ö"),
        ],
        klimacheck=None, klima_text=None,
        notes="Landkreis Word template: letterhead logo text, two-column header table, date '03.05.23'",
    ),
    dict(
        stem="t05_informationsvorlage_falkenried", producer="libreoffice-odt", layout="word_odt",
        city="Falkenried", drucksache="IV/0017/2023", doc_type="Mitteilungsvorlage",
        doc_type_printed="Informationsvorlage", date="2023-03-14",
        title="Sachstand Ausbau der Kindertagesbetreuung 2023",
        public=False, department="Jugendamt",
        consultations=[
            ("2023-03-30", "Jugendhilfeausschuss", "Kenntnisnahme", "N"),
        ],
        klimacheck=None, klima_text=None,
        notes="Informationsvorlage, 'nicht öffentlich', flat ODT",
    ),
    dict(
        stem="t06_grosse_anfrage_bergstedt", producer="chromium", layout="anfrage_fraktion",
        city="Bergstedt", drucksache="AF/0031/2023", doc_type="Anfrage",
        doc_type_printed="Große Anfrage", date="2023-02-08",
        title="Leerstand städtischer Gebäude",
        public=None, department=None, consultations=[],
        klimacheck=None, klima_text=None,
        notes="Große Anfrage of a Fraktion with the administration's answer below",
    ),
    dict(
        stem="t07_antrag_brief_lindenau", producer="reportlab-ghostscript", layout="antrag_letter",
        city="Lindenau", drucksache=None, doc_type="Antrag", doc_type_printed="Antrag",
        date="2023-05-03",
        title="Einrichtung eines Jugendbeirats",
        public=None, department=None, consultations=[],
        klimacheck=None, klima_text=None,
        notes="Antrag of a Fraktion as a letter to the Oberbürgermeister, re-distilled by Ghostscript",
    ),
    dict(
        stem="t08_bezirksvertretung_rheinhafen", producer="chromium", layout="bezirksvertretung",
        city="Rheinhafen", drucksache="BV-N/0219/2023", doc_type="Beschlussvorlage",
        doc_type_printed="Beschlussvorlage", date="2023-09-18",
        title="Umgestaltung des Marktplatzes Nordstadt",
        public=False, department="Amt für Stadtplanung",
        consultations=[
            ("2023-10-05", "Bezirksvertretung Nord", "Entscheidung", "N"),
        ],
        klimacheck="negative",
        klima_text="Die Maßnahme hat negative Auswirkungen auf den Klimaschutz.",
        notes="Bezirksvertretung document, status 'N' only",
    ),
    dict(
        stem="t09_pagebreak_hohenfels", producer="reportlab-ttf", layout="allris_pagebreak",
        city="Hohenfels", drucksache="V/2023/0456", doc_type="Beschlussvorlage",
        doc_type_printed="Beschlussvorlage", date="2023-08-21",
        title="Zweite Änderung des Flächennutzungsplans im Bereich Am Mühlbach",
        public=True, department="Stadtplanungsamt",
        consultations=[
            ("2023-09-04", "Ortschaftsrat Oberfeld", "Anhörung", "Ö"),
            ("2023-09-05", "Ortschaftsrat Unterfeld", "Anhörung", "Ö"),
            ("2023-09-12", "Ausschuss für Umwelt und Technik", "Vorberatung", "Ö"),
            ("2023-09-19", "Verwaltungsausschuss", "Vorberatung", "N"),
            ("2023-09-28", "Gemeinderat", "Entscheidung", "Ö"),
        ],
        klimacheck=None, klima_text=None,
        notes="Beratungsfolge table continued on page 2 with the header row repeated",
    ),
    dict(
        stem="t10_sessionnet_ascii_moerstadt", producer="reportlab-ghostscript", layout="sessionnet_ascii",
        city="Moerstadt", drucksache="0789/2023", doc_type="Mitteilungsvorlage",
        doc_type_printed="Mitteilungsvorlage", date="2023-06-27",
        title="Bericht ueber die Umsetzung des Laermaktionsplans",
        public=True, department="Umweltamt",
        consultations=[
            ("2023-07-10", "Ausschuss fuer Umwelt und Gruenflaechen", "Kenntnisnahme", "Ö"),
        ],
        klimacheck=None, klima_text=None,
        notes="SessionNet text export with umlauts as ae/oe/ue ('Oeffentlich', 'Federfuehrend')",
    ),
    dict(
        stem="t11_kleine_anfrage_tannenberg", producer="libreoffice-docx", layout="anfrage_word",
        city="Tannenberg", drucksache="12/2023", doc_type="Anfrage",
        doc_type_printed="Kleine Anfrage", date="2023-05-03",
        title="Zustand der Radwege entlang der Kreisstraße 14",
        public=None, department=None, consultations=[],
        klimacheck=None, klima_text=None,
        notes="Kleine Anfrage of a Fraktion, date '03.05.23' in the letter line",
    ),
    dict(
        stem="t12_mitteilung_nichtoeffentlich_seeburg", producer="chromium", layout="mitteilung_table",
        city="Seeburg", drucksache="MV 2023/0077", doc_type="Mitteilungsvorlage",
        doc_type_printed="Mitteilungsvorlage", date="2023-11-06",
        title="Ergebnis der Ausschreibung Gebäudereinigung",
        public=False, department="Zentrales Gebäudemanagement",
        consultations=[
            ("2023-11-20", "Betriebsausschuss Gebäudemanagement", "Kenntnisnahme", "N"),
            ("2023-11-28", "Hauptausschuss", "Kenntnisnahme", "N"),
        ],
        klimacheck="neutral",
        klima_text="Auswirkungen auf den Klimaschutz: Die Maßnahme hat keine Auswirkungen auf den Klimaschutz.",
        notes="Mitteilungsvorlage with 'nichtöffentlich' header and N status in the Beratungsfolge",
    ),
    dict(
        stem="t13_sessionnet_status_words_auenfeld", producer="chromium", layout="sessionnet_print",
        city="Auenfeld", drucksache="2023/0456", doc_type="Beschlussvorlage",
        doc_type_printed="Beschlussvorlage", date="2023-05-03",
        title="Beschaffung von zwei Löschfahrzeugen für die Freiwillige Feuerwehr",
        public=True, department="Amt für Brand- und Katastrophenschutz",
        consultations=[
            ("2023-05-16", "Ausschuss für Sicherheit und Ordnung", "Vorberatung", "öffentlich"),
            ("2023-05-30", "Hauptausschuss", "Vorberatung", "nichtöffentlich"),
            ("2023-06-13", "Stadtrat", "Entscheidung", "öffentlich"),
        ],
        klimacheck="negative",
        klima_text="Die Auswirkungen auf das Klima sind negativ, da die Fahrzeuge mit Diesel betrieben werden.",
        notes="SessionNet print view with a long date '3. Mai 2023', status words in the "
              "Beratungsfolge, roles 'Beratung'/'Entscheidung', Klimacheck option after the noun",
    ),
    dict(
        stem="t14_allris4_mitteilung_nichtoeffentlich_kornau", producer="libreoffice-docx",
        layout="allris4", city="Kornau", drucksache="MV/0101/2023", doc_type="Mitteilungsvorlage",
        doc_type_printed="Mitteilungsvorlage", date="2023-06-02",
        title="Stand der Grundstücksverhandlungen Gewerbegebiet Kornau-Süd",
        public=False, department="Amt für Liegenschaften",
        consultations=[
            ("2023-06-19", "Haupt- und Finanzausschuss", "Kenntnisnahme", "N"),
        ],
        klimacheck="neutral",
        klima_text="Die Vorlage ist nicht klimarelevant.",
        notes="ALLRIS 4 Mitteilungsvorlage, 'Status: nichtöffentlich', Klimacheck 'nicht klimarelevant'",
    ),
    dict(
        stem="t15_kreistag_letter_nordheim", producer="reportlab-ghostscript", layout="landkreis_letter",
        city="Landkreis Nordheim", drucksache="KT-DS 27/2023", doc_type="Beschlussvorlage",
        doc_type_printed="Beschlussvorlage", date="2023-05-03",
        title="Kreisumlage 2024 – Festsetzung des Hebesatzes",
        public=True, department="Kämmerei",
        consultations=[
            ("2023-05-22", "Kreisausschuss", "Vorberatung", "Ö"),
            ("2023-06-05", "Kreistag", "Entscheidung", "Ö"),
        ],
        klimacheck=None, klima_text=None,
        notes="Landkreis letter layout: authority and unit at the right, 'Nordheim, 03.05.23', "
              "'Kreistagsdrucksache' label, Beratungsfolge as numbered lines",
    ),
    dict(
        stem="t16_ergaenzungsvorlage_short_years_marienfeld", producer="chromium",
        layout="sessionnet_print", city="Marienfeld", drucksache="VO/2023/0311-1",
        doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage", date="2023-03-07",
        title="Ergänzung zur Vorlage VO/2023/0311 – Kostenfortschreibung Kita Sonnenhang",
        public=False, department="Fachbereich Jugend und Familie",
        consultations=[
            ("2023-03-14", "Jugendhilfeausschuss", "Vorberatung", "N"),
            ("2023-03-28", "Rat", "Entscheidung", "N"),
        ],
        klimacheck=None, klima_text=None,
        notes="Ergänzungsvorlage, 'nicht öffentlich', session dates with two-digit years and a TOP column",
    ),
]
