"""Content of our own test documents (own01..own07): realistic council prose, one dict per document.

Shared by the producers in make_own.py. Every document is fictitious but written the way real
council documents are; the truth row is derived from the same data that fills the document.
"""

STUTTGART = {
    "file": "own01_stuttgart_grdrs-78-2023.pdf",
    "city": "Stuttgart",
    "drucksache": "GRDrs 78/2023",
    "doc_type": "Beschlussvorlage",
    "doc_type_printed": "Beschlussvorlage",
    "date": "2023-02-14",
    "date_printed": "Stuttgart, 14.02.2023",
    "title": "Hitzeaktionsplan für die Landeshauptstadt Stuttgart – Maßnahmen zum Schutz "
             "vulnerabler Gruppen in den Sommermonaten 2023 bis 2025",
    "public": True,
    "department": "Referat Soziales und gesellschaftliche Integration",
    "consultations": [
        {"committee": "Ausschuss für Klima und Umwelt", "date": "2023-03-03", "role": "Vorberatung"},
        {"committee": "Sozial- und Gesundheitsausschuss", "date": "2023-03-06", "role": "Vorberatung"},
        {"committee": "Gemeinderat", "date": "2023-03-16", "role": "Entscheidung"},
    ],
    "klimacheck": "positive",
    "themes": ["klima_umwelt", "soziales"],
    "beschluss": [
        "Der Gemeinderat nimmt den Entwurf des Hitzeaktionsplans (Anlage 1) zustimmend zur Kenntnis.",
        "Die Verwaltung wird beauftragt, die in Anlage 2 beschriebenen Sofortmaßnahmen für den Sommer "
        "2023 umzusetzen. Die Mittel in Höhe von 385.000 EUR werden im Teilhaushalt 500 bereitgestellt.",
    ],
    "body": [
        ("Ausgangslage",
         "Die Zahl der Hitzetage mit Temperaturen über 30 Grad hat sich in Stuttgart seit den "
         "1960er-Jahren mehr als verdoppelt. Der Talkessel heizt sich in windarmen Wetterlagen stark "
         "auf, und die nächtliche Abkühlung bleibt in der dicht bebauten Innenstadt aus. Besonders "
         "betroffen sind ältere und pflegebedürftige Menschen, Säuglinge und Kleinkinder, chronisch "
         "Kranke sowie wohnungslose Menschen."),
        ("Ziele des Hitzeaktionsplans",
         "Der Hitzeaktionsplan bündelt die bereits bestehenden Angebote von Gesundheitsamt, "
         "Sozialamt und Garten-, Friedhofs- und Forstamt und ergänzt sie um ein verbindliches "
         "Warnsystem. Bei einer Hitzewarnung des Deutschen Wetterdienstes werden Pflegeheime, Kitas "
         "und ambulante Dienste über einen zentralen Verteiler informiert; kühle Räume in städtischen "
         "Gebäuden werden für die Öffentlichkeit geöffnet."),
        ("Sofortmaßnahmen 2023",
         "Für den Sommer 2023 sind zwölf zusätzliche Trinkwasserbrunnen, eine Hitzetelefonkette für "
         "alleinlebende Seniorinnen und Senioren sowie mobile Sonnensegel auf fünf Spielplätzen "
         "vorgesehen. Die Maßnahmen werden mit den Bezirksbeiräten abgestimmt und nach der Saison "
         "ausgewertet."),
        ("Finanzielle Auswirkungen",
         "Die Sofortmaßnahmen verursachen einmalige Kosten von 385.000 EUR und laufende Kosten von "
         "rund 60.000 EUR jährlich. Die Mittel stehen im Teilhaushalt 500 – Sozialamt zur Verfügung."),
        ("Klimaschutz und Klimaanpassung",
         "Der Hitzeaktionsplan dient unmittelbar der Anpassung an die Folgen des Klimawandels. "
         "Zusätzliche Verschattung und Entsiegelung kleiner Flächen verbessern das Stadtklima."),
    ],
    "signed": "Dr. Alexandra Sußmann, Bürgermeisterin",
}

DUESSELDORF = {
    "file": "own02_duesseldorf_soz-112-2022.pdf",
    "city": "Düsseldorf",
    "drucksache": "SOZ/112/2022",
    "doc_type": "Mitteilungsvorlage",
    "doc_type_printed": "Informationsvorlage",
    "date": "2022-03-12",
    "date_printed": "Düsseldorf, den 12. März 2022",
    "title": "Bericht zur Wohnungslosenhilfe 2021 und Ausbau des Programms Housing First",
    "public": True,
    "department": "Amt für Soziales und Jugend (50)",
    "consultations": [
        {"committee": "Ausschuss für Gesundheit und Soziales", "date": "2022-03-29", "role": "Kenntnisnahme"},
        {"committee": "Wohnungsausschuss", "date": "2022-04-05", "role": "Kenntnisnahme"},
    ],
    "klimacheck": "neutral",
    "themes": ["soziales", "stadtentwicklung"],
    "body": [
        ("Sachdarstellung",
         "Zum Stichtag 31. Dezember 2021 waren in Düsseldorf 2.134 Personen ordnungsrechtlich "
         "untergebracht, davon 412 Kinder und Jugendliche. Gegenüber dem Vorjahr ist die Zahl um rund "
         "sechs Prozent gestiegen. Die durchschnittliche Verweildauer in den Notunterkünften liegt "
         "inzwischen bei 19 Monaten."),
        ("Housing First",
         "Seit dem Start des Modellprojekts im Jahr 2019 konnten 68 langzeitwohnungslose Menschen in "
         "eigene Mietwohnungen vermittelt werden. 61 Mietverhältnisse bestehen fort; das entspricht "
         "einer Quote von knapp 90 Prozent. Die Verwaltung beabsichtigt, in Zusammenarbeit mit der "
         "städtischen Wohnungsgesellschaft jährlich 25 weitere Wohnungen für das Programm zu "
         "akquirieren."),
        ("Prävention",
         "Die Fachstelle zur Vermeidung von Wohnungsverlusten hat 2021 in 1.487 Fällen beraten. In "
         "mehr als der Hälfte der Fälle konnte eine Räumung durch Mietschuldenübernahme oder "
         "Vermittlung mit dem Vermieter abgewendet werden."),
        ("Ausblick",
         "Über die Ergebnisse der wissenschaftlichen Begleitung wird im ersten Quartal 2023 "
         "gesondert berichtet."),
    ],
    "klima_text": "Auswirkungen auf den Klimaschutz: keine",
    "signed": "Miriam Koch, Beigeordnete",
}

LEIPZIG = {
    "file": "own03_leipzig_vii-ds-07421.pdf",
    "city": "Leipzig",
    "drucksache": "VII-DS-07421",
    "doc_type": "Beschlussvorlage",
    "doc_type_printed": "Beschlussvorlage",
    "date": "2022-11-08",
    "date_printed": "08.11.2022",
    "title": "Umsetzung des Onlinezugangsgesetzes – Digitalisierung von 120 weiteren "
             "Verwaltungsleistungen und Einführung eines Bürgerkontos",
    "public": True,
    "department": "Dezernat Allgemeine Verwaltung, Amt für Digitalisierung und Organisation",
    "consultations": [
        {"committee": "Dienstberatung des Oberbürgermeisters", "date": "2022-11-15", "role": "Vorberatung"},
        {"committee": "Fachausschuss Allgemeine Verwaltung", "date": "2022-11-29", "role": "Vorberatung"},
        {"committee": "Ratsversammlung", "date": "2022-12-14", "role": "Entscheidung"},
    ],
    "klimacheck": "neutral",
    "themes": ["digitalisierung", "verwaltung", "finanzen"],
    "body": [
        ("Anlass",
         "Mit dem Onlinezugangsgesetz sind Bund, Länder und Kommunen verpflichtet, ihre "
         "Verwaltungsleistungen auch elektronisch über Verwaltungsportale anzubieten. Die Stadt "
         "Leipzig bietet derzeit 86 Leistungen vollständig digital an, darunter die Anmeldung eines "
         "Wohnsitzes, den Antrag auf Bewohnerparkausweis und die Gewerbeanmeldung."),
        ("Vorgehen",
         "In drei Umsetzungswellen sollen bis Ende 2024 weitere 120 Verwaltungsleistungen "
         "digitalisiert werden. Priorisiert werden Leistungen mit hohen Fallzahlen und "
         "medienbruchfreie Prozesse bis in die elektronische Akte der Fachämter. Für die "
         "Authentifizierung wird das Bürgerkonto des Freistaates Sachsen angebunden."),
        ("Organisation",
         "Die Umsetzung steuert das Amt für Digitalisierung und Organisation gemeinsam mit einem "
         "Digitalisierungslotsen in jedem Dezernat. Beschäftigte der Bürgerämter werden in "
         "Schulungen auf die veränderten Arbeitsabläufe vorbereitet."),
        ("Finanzierung",
         "Der Gesamtaufwand beträgt 4,2 Mio. EUR, davon 1,6 Mio. EUR Fördermittel des Freistaates. "
         "Der Eigenanteil ist im Doppelhaushalt 2023/2024 eingeplant."),
    ],
    "signed": "Burkhard Jung, Oberbürgermeister",
}

AUGSBURG = {
    "file": "own04_augsburg_bsv-23-08915.pdf",
    "city": "Augsburg",
    "drucksache": "BSV/23/08915",
    "doc_type": "Beschlussvorlage",
    "doc_type_printed": "Beschlussvorlage",
    "date": "2023-03-28",
    "date_printed": "28.03.2023",
    "title": "Neubau des Feuerwehrgerätehauses der Freiwilligen Feuerwehr Haunstetten – "
             "Projektgenehmigung und Bereitstellung der Mittel",
    "public": True,
    "department": "Referat 2 - Ordnungsreferat, Amt für Brand- und Katastrophenschutz",
    "consultations": [
        {"committee": "Ordnungs-, Sicherheits- und Feuerwehrausschuss", "date": "2023-04-20", "role": "Vorberatung"},
        {"committee": "Stadtrat", "date": "2023-04-27", "role": "Entscheidung"},
    ],
    "klimacheck": "negative",
    "themes": ["sicherheit_ordnung", "finanzen"],
    "body": [
        ("Sachverhalt",
         "Das Gerätehaus der Freiwilligen Feuerwehr Haunstetten wurde 1964 errichtet und entspricht "
         "nicht mehr den Anforderungen der Unfallverhütungsvorschriften. Die Stellplätze sind für "
         "heutige Löschfahrzeuge zu klein, es fehlen getrennte Umkleiden und eine Schwarz-Weiß-"
         "Trennung für kontaminierte Einsatzkleidung."),
        ("Planung",
         "Der Neubau entsteht auf dem städtischen Grundstück an der Inninger Straße. Vorgesehen sind "
         "vier Fahrzeugstellplätze, eine Atemschutzwerkstatt, Schulungsräume für die Jugendfeuerwehr "
         "und ein Lager für den Katastrophenschutz. Die Hilfsfrist von zehn Minuten kann damit im "
         "gesamten Stadtteil eingehalten werden."),
        ("Kosten und Finanzierung",
         "Die Gesamtkosten betragen nach Kostenberechnung 7,85 Mio. EUR. Der Freistaat Bayern "
         "beteiligt sich mit einer Festbetragsförderung von 1,12 Mio. EUR. Die übrigen Mittel werden "
         "im Investitionsprogramm 2023 bis 2026 bereitgestellt."),
        ("Auswirkungen auf das Klima",
         "Durch die Versiegelung von rund 3.400 m² bisher unbebauter Fläche und den Betrieb des "
         "Gebäudes entstehen zusätzliche Treibhausgasemissionen, die durch die Photovoltaikanlage auf "
         "dem Dach nur teilweise ausgeglichen werden."),
    ],
    "beratung_prosa": "Der Ordnungs-, Sicherheits- und Feuerwehrausschuss berät die Vorlage am "
                      "20.04.2023 vor; die Entscheidung trifft der Stadtrat in seiner Sitzung am "
                      "27.04.2023.",
    "signed": "Frank Pintsch, Berufsmäßiger Stadtrat",
}

KIEL = {
    "file": "own05_kiel_0312-2023.pdf",
    "city": "Kiel",
    "drucksache": "0312/2023",
    "doc_type": "Beschlussvorlage",
    "doc_type_printed": "Beschlussvorlage",
    "date": "2023-04-17",
    "date_printed": "17.04.2023",
    "title": "Kommunale Wärmeplanung – Beauftragung der Bestandsanalyse und Ausbaustrategie "
             "Fernwärme für die Stadtteile Gaarden und Wellingdorf",
    "public": True,
    "department": "Umweltschutzamt",
    "consultations": [
        {"committee": "Ausschuss für Umwelt, Klimaschutz und Bauen", "date": "2023-05-04", "role": "Vorberatung"},
        {"committee": "Ortsbeirat Gaarden", "date": "2023-05-10", "role": "Anhörung"},
        {"committee": "Ratsversammlung", "date": "2023-05-25", "role": "Entscheidung"},
    ],
    "klimacheck": "positive",
    "themes": ["klima_umwelt", "stadtentwicklung"],
    "body": [
        ("Begründung",
         "Nach dem Energiewende- und Klimaschutzgesetz Schleswig-Holstein ist die Landeshauptstadt "
         "Kiel verpflichtet, bis Ende 2024 einen kommunalen Wärmeplan vorzulegen. Rund 40 Prozent der "
         "Treibhausgasemissionen Kiels entfallen auf die Wärmeversorgung von Gebäuden."),
        ("Inhalt der Beauftragung",
         "Für die Stadtteile Gaarden und Wellingdorf soll ein externes Fachbüro den Wärmebedarf "
         "gebäudescharf erheben, Potenziale für Abwärme und Großwärmepumpen an der Förde bewerten und "
         "eine Ausbaustrategie für das Fernwärmenetz der Stadtwerke erarbeiten. Die Ergebnisse werden "
         "in Quartiersveranstaltungen mit Eigentümerinnen und Eigentümern diskutiert."),
        ("Kosten",
         "Die Kosten der Beauftragung betragen 248.000 EUR. Das Land fördert die Wärmeplanung mit 90 "
         "Prozent; der Eigenanteil von 24.800 EUR ist im Haushalt 2023 veranschlagt."),
    ],
    "signed": "Alke Voß, Stadträtin",
}

ROSTOCK = {
    "file": "own06_rostock_2023-an-4127.pdf",
    "city": "Rostock",
    "drucksache": "2023/AN/4127",
    "doc_type": "Antrag",
    "doc_type_printed": "Antrag",
    "date": "2023-06-05",
    "date_printed": "Rostock, 05.06.2023",
    "title": "Schulschwimmen sichern – Sanierung der Schwimmhalle Lütten Klein beschleunigen",
    "public": True,
    "department": None,
    "consultations": [
        {"committee": "Ausschuss für Schule, Sport und Kultur", "date": "2023-06-20", "role": "Vorberatung"},
        {"committee": "Bürgerschaft", "date": "2023-07-05", "role": "Entscheidung"},
    ],
    "klimacheck": None,
    "themes": ["kultur_sport", "bildung"],
    "body": [
        ("Beschlussvorschlag",
         "Die Oberbürgermeisterin wird beauftragt, die Sanierung der Schwimmhalle Lütten Klein so zu "
         "planen, dass die Halle spätestens zum Schuljahr 2025/2026 wieder für den Schwimmunterricht "
         "zur Verfügung steht, und der Bürgerschaft bis zum 30. September 2023 einen Zeitplan "
         "vorzulegen."),
        ("Begründung",
         "Seit der Schließung der Schwimmhalle im Herbst 2022 fällt für rund 40 Grundschulklassen im "
         "Nordwesten der Schwimmunterricht aus oder findet nur mit langen Busfahrten statt. Nach "
         "Angaben der DLRG kann jedes vierte Kind am Ende der Grundschule nicht sicher schwimmen."),
        ("",
         "Auch die Vereine des Stadtsportbundes sind auf die Wasserzeiten angewiesen. Eine Übergangs"
         "lösung mit zusätzlichen Zeiten in der Neptun-Schwimmhalle reicht nicht aus. Wir bitten um "
         "Zustimmung."),
    ],
    "signed": "Fraktion Bündnis 90/Die Grünen in der Bürgerschaft",
}

DORTMUND = {
    "file": "own07_dortmund_27845-23.pdf",
    "city": "Dortmund",
    "drucksache": "27845-23",
    "doc_type": "Anfrage",
    "doc_type_printed": "Anfrage zur Tagesordnung",
    "date": "2023-01-09",
    "date_printed": "09.01.2023",
    "title": "WLAN und Glasfaseranschlüsse an den städtischen Grundschulen",
    "public": True,
    "department": None,
    "consultations": [
        {"committee": "Ausschuss für Schule", "date": "2023-01-25", "role": "Kenntnisnahme"},
    ],
    "klimacheck": None,
    "themes": ["digitale_infrastruktur", "bildung"],
    "body": [
        ("Sachverhalt",
         "Mit dem DigitalPakt Schule stehen der Stadt Dortmund Fördermittel für die digitale "
         "Ausstattung der Schulen zur Verfügung. Nach Rückmeldungen aus mehreren Schulpflegschaften "
         "verfügen jedoch noch immer zahlreiche Grundschulen über keinen Glasfaseranschluss; das "
         "WLAN reicht häufig nur für einzelne Klassenräume."),
        ("Wir bitten die Verwaltung um Beantwortung folgender Fragen:",
         "1. Wie viele der 88 städtischen Grundschulen sind bereits mit einem Glasfaseranschluss "
         "versorgt, und bis wann werden die übrigen angeschlossen? "
         "2. In wie vielen Grundschulen ist eine flächendeckende WLAN-Ausleuchtung aller Unterrichts"
         "räume abgeschlossen? "
         "3. Wie hoch sind die bisher abgerufenen Mittel aus dem DigitalPakt Schule, und welche Mittel "
         "verfallen, wenn die Maßnahmen nicht bis Mai 2024 abgerechnet werden?"),
    ],
    "signed": "Fraktion DIE LINKE+ im Rat der Stadt Dortmund",
}

DOCS = [STUTTGART, DUESSELDORF, LEIPZIG, AUGSBURG, KIEL, ROSTOCK, DORTMUND]
