"""Councils E–H: Zweckverband Bodensee-Wasserversorgung (BW), Landkreis Aurich (NI),
Ortsbeirat Lehnerz der Stadt Fulda (HE), Seniorenbeirat der Stadt Ahrensburg (SH)."""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}  # noqa: E731

BWV = "Zweckverband Bodensee-Wasserversorgung"
AUR = "Landkreis Aurich"
FDL = "Stadt Fulda – Ortsbeirat Lehnerz"
AHR = "Stadt Ahrensburg – Seniorenbeirat"

PAPERS_B = []
add = PAPERS_B.append

# ------------------------------------------------------------------ E  Zweckverband Bodensee-Wasserversorgung (BW)
add(dict(
    file="r20_bodensee-wv_vr-31-2026_rohwasserpumpen-sipplingen.pdf", producer="lo-docx",
    layout="bodensee_wv_sitzungsvorlage_word_keytable", city=BWV,
    drucksache="VR 31/2026", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage", date="2026-10-20",
    title="Erneuerung der Rohwasserpumpen im Seepumpwerk Sipplingen – Vergabe der Bauleistungen (Los 2: Pumpen und Antriebe)",
    public=True, department="Technischer Bereich – Anlagenbau",
    references=["VR 22/2025"],
    consultations=[C("Verwaltungsrat", "2026-11-12", "Entscheidung")],
    klimacheck="positive", klima_style="checkbox_positiv_neutral_negativ",
    themes=["klima_umwelt", "finanzen"],
    themes_why="water-works pumps: energy saving, contract award with costs",
    notes="Word template of a water-supply Zweckverband: ruled key table without colons (Sitzungsvorlage Nr. | Gremium | Sitzung am | Behandlung | Zuständigkeit | Beratungsgegenstand | Federführung | Datum); 'Zuständigkeit: Beschlussfassung' → Entscheidung; 'Behandlung: öffentlich' → true. 'Sitzungsvorlage' → Beschlussvorlage. Klimaschutz line '☒ positiv ☐ neutral ☐ negativ'. '(VR 22/2025)' → reference; 'EU-Bekanntmachung 2026/S 141-482113', 'Wirtschaftsplan Position 2.4.1', 'DN 1300', 'VOB/A' no references.",
    opts={"font": "sans", "size": 10.5, "header": "Zweckverband Bodensee-Wasserversorgung · Geschäftsstelle",
          "footer": "Sitzungsvorlage VR 31/2026"},
    blocks=[
        ("h", "Sitzungsvorlage", 15),
        ("kv", [("Sitzungsvorlage Nr.", "**VR 31/2026**"), ("Gremium", "Verwaltungsrat"), ("Sitzung am", "12.11.2026"), ("Behandlung", "öffentlich"),
                ("Zuständigkeit", "Beschlussfassung"),
                ("Beratungsgegenstand", "**Erneuerung der Rohwasserpumpen im Seepumpwerk Sipplingen – Vergabe der Bauleistungen (Los 2: Pumpen und Antriebe)**"),
                ("Federführung", "Technischer Bereich – Anlagenbau"), ("Datum", "20.10.2026")],
         {"rule": True, "colon": False, "kw": 0.28}),
        ("h", "Beschlussantrag", 11.5),
        ("p", "Der Verwaltungsrat vergibt die Lieferung und Montage von vier Rohwasserpumpen mit Antrieben und Frequenzumrichtern für das Seepumpwerk Sipplingen an den wirtschaftlichsten Bieter zum Angebotspreis von 4.386.220,00 € brutto."),
        ("h", "Sachverhalt", 11.5),
        ("p", "Der Verwaltungsrat hat die Erneuerung der Rohwasserförderung in drei Losen beschlossen (VR 22/2025). Los 1 (Rohrleitungen DN 1300) ist vergeben und in Ausführung. Für Los 2 wurde ein offenes Verfahren nach VOB/A EU durchgeführt (EU-Bekanntmachung 2026/S 141-482113). Es gingen fünf Angebote ein; das wirtschaftlichste Angebot liegt 3,8 Prozent unter der Kostenberechnung."),
        ("p", "Die neuen Pumpen erreichen einen um 11 Prozent besseren Wirkungsgrad. Bei einer jährlichen Förderung von rund 120 Mio. m³ sinkt der Strombedarf um etwa 6,2 GWh im Jahr."),
        ("h", "Finanzierung", 11.5),
        ("p", "Die Mittel sind im Vermögensplan 2026/2027 unter Wirtschaftsplan Position 2.4.1 veranschlagt."),
        ("h", "Auswirkungen auf den Klimaschutz", 11.5),
        ("p", "☒ positiv     ☐ neutral     ☐ negativ"),
        ("p", "Einsparung von rund 1.900 t CO₂ jährlich beim derzeitigen Strommix."),
        ("sp", 1),
        ("p", "Prof. Dr.-Ing. Clemens Aufderheide\nTechnischer Geschäftsführer"),
    ]))

add(dict(
    file="r21_bodensee-wv_vv-14-2026_kenntnisgabe-versorgungssicherheit.pdf", producer="chromium",
    layout="bodensee_wv_kenntnisgabe_html", city=BWV,
    drucksache="VV 14/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Kenntnisgabe", date="2026-10-23",
    title="Wasserabgabe, Rohwasserqualität und Versorgungssicherheit im Wirtschaftsjahr 2026 – Zwischenbericht",
    public=True, department="Bereich Wassergüte und Labor",
    consultations=[C("Verwaltungsrat", "2026-11-12", "Kenntnisnahme"),
                   C("Verbandsversammlung", "2026-11-26", "Kenntnisnahme")],
    themes=["klima_umwelt"],
    themes_why="lake water quality, warming and invasive mussels, supply in hot summers",
    notes="BW habit 'Vorlage zur Kenntnisgabe' → Mitteilungsvorlage, printed 'Kenntnisgabe'. Number right in a bordered head ('Drucksache VV 14/2026'), 'Verfasser:' → department. Beratungsfolge|am|zur with 'Kenntnisgabe' (→ Kenntnisnahme). No Klimacheck block. 'Quagga-Muschel', 'TrinkwV § 14', 'Messstelle SP-04' no references.",
    opts={"font": "sans", "size": 10, "css": ".box{border-width:1.2pt}"},
    blocks=[
        ("cols", ["**Zweckverband Bodensee-Wasserversorgung**", "Verfasser: Bereich Wassergüte und Labor", "Datum: 23.10.2026"],
         ["**Drucksache VV 14/2026**", "öffentlich"], {"lw": 0.65}),
        ("rule",),
        ("h", "Vorlage zur Kenntnisgabe", 15),
        ("box", ["**Wasserabgabe, Rohwasserqualität und Versorgungssicherheit im Wirtschaftsjahr 2026 – Zwischenbericht**"]),
        ("table", [["Beratungsfolge", "am", "zur"],
                   ["Verwaltungsrat", "12.11.2026", "Kenntnisgabe"],
                   ["Verbandsversammlung", "26.11.2026", "Kenntnisgabe"]], {"w": [0.5, 0.22, 0.28]}),
        ("h", "1. Wasserabgabe", 11.5),
        ("p", "Bis Ende September wurden 98,4 Mio. m³ an die Verbandsmitglieder abgegeben, 2,1 Prozent mehr als im Vorjahreszeitraum. Die Tagesspitze lag am 12. August bei 571.000 m³ und damit bei 86 Prozent der technischen Förderkapazität."),
        ("h", "2. Rohwasserqualität", 11.5),
        ("p", "Die Temperatur des Rohwassers in 60 m Tiefe lag im Jahresmittel 0,3 Kelvin über dem langjährigen Mittel. Die Besiedlung der Entnahmeleitungen durch die Quagga-Muschel nimmt weiter zu; an der Messstelle SP-04 wurden bis zu 9.000 Tiere je m² gezählt. Die Reinigungsintervalle wurden verkürzt. Grenzwertüberschreitungen nach § 14 TrinkwV gab es nicht."),
        ("h", "3. Versorgungssicherheit", 11.5),
        ("p", "Die Notstromversorgung der Pumpwerke wurde im Juni erfolgreich unter Last getestet. Die Redundanz der Fernleitungen bleibt der wichtigste Engpass; der Planungsstand der zweiten Leitung nach Norden wird in der Verbandsversammlung vorgestellt."),
        ("p", "Dr. Henrike Voßkuhl\nBereichsleiterin Wassergüte und Labor"),
    ]))

add(dict(
    file="r22_bodensee-wv_niederschrift-verbandsversammlung_2026-06-25.pdf", producer="ps",
    layout="bodensee_wv_niederschrift_postscript", city=BWV,
    doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-06-25",
    title="118. öffentliche Sitzung der Verbandsversammlung",
    public=True, references=["VV 08/2026", "VV 09/2026", "VV 10/2026"],
    themes=["finanzen", "klima_umwelt"],
    themes_why="annual accounts, second supply pipeline (the by-election is a formality)",
    notes="Hand-written PostScript (Times) through Ghostscript, two pages. 'Niederschrift über die 118. öffentliche Sitzung der Verbandsversammlung' → title. Drucksachen on items → references. 'Beschluss VV-B 2026/11' … '/13' are no references; 'Sitzungsort: Stuttgart' is left out of the title.",
    opts={"font": "serif", "size": 10.5, "creator": "WV-Textsystem 3.1", "footer": "Zweckverband Bodensee-Wasserversorgung - Niederschrift VV 25.06.2026"},
    blocks=[
        ("p", "**Zweckverband Bodensee-Wasserversorgung**"),
        ("h", "Niederschrift über die 118. öffentliche Sitzung der Verbandsversammlung", 13),
        ("kv", [("Sitzungstag", "Donnerstag, 25. Juni 2026"), ("Sitzungsort", "Stuttgart, Sitzungssaal der Geschäftsstelle"),
                ("Beginn", "10:00 Uhr"), ("Ende", "12:25 Uhr"), ("Vorsitz", "Verbandsvorsitzender Oberbürgermeister Dr. Gernot Falkenhahn"),
                ("Anwesend", "64 von 73 Stimmberechtigten (Stimmenanteil 91,3 %)")], {"kw": 0.22}),
        ("p", "**1. Eröffnung und Feststellung der Beschlussfähigkeit**"),
        ("p", "Der Vorsitzende eröffnet die Sitzung, begrüßt die Vertreterinnen und Vertreter der Verbandsmitglieder und stellt die form- und fristgerechte Einladung sowie die Beschlussfähigkeit fest."),
        ("p", "**2. Feststellung des Jahresabschlusses 2025 und Entlastung (Drucksache VV 08/2026)**"),
        ("p", "Der kaufmännische Geschäftsführer erläutert den Jahresabschluss. Die Bilanzsumme beträgt 1,21 Mrd. €, der Jahresgewinn 3,4 Mio. €. Der Prüfungsbericht enthält keine Beanstandungen."),
        ("p", "Beschluss VV-B 2026/11: Der Jahresabschluss 2025 wird festgestellt; dem Verwaltungsrat und der Geschäftsführung wird Entlastung erteilt. Einstimmig."),
        ("p", "**3. Zweite Fernleitung Nord - Planungsstand und Kostenrahmen (Drucksache VV 09/2026)**"),
        ("p", "Der technische Geschäftsführer stellt drei Trassenvarianten vor. Die Vorzugsvariante hat eine Länge von 41 km; der Kostenrahmen liegt bei 310 Mio. €. Mehrere Mitglieder bitten um eine frühzeitige Information der betroffenen Gemeinden."),
        ("page",),
        ("p", "Beschluss VV-B 2026/12: Die Verbandsversammlung nimmt den Planungsstand zur Kenntnis und beauftragt die Geschäftsführung, die Vorzugsvariante in die Genehmigungsplanung zu überführen. Mehrheitlich bei 2 Gegenstimmen."),
        ("p", "**4. Nachwahl in den Verwaltungsrat (Drucksache VV 10/2026)**"),
        ("p", "Für das ausgeschiedene Mitglied wird Bürgermeisterin Annegret Stehle-Brunner in den Verwaltungsrat gewählt."),
        ("p", "Beschluss VV-B 2026/13: Einstimmig bei einer Enthaltung."),
        ("p", "**5. Verschiedenes**"),
        ("p", "Die nächste Sitzung der Verbandsversammlung ist am 26. November 2026."),
        ("sp", 1),
        ("cols", ["Dr. Gernot Falkenhahn", "Vorsitzender"], ["Jochen Ruckaberle", "Schriftführer"], {"lw": 0.5}),
    ]))

add(dict(
    file="r23_bodensee-wv_schreiben-verbandsmitglieder_betriebskostenumlage-2027.pdf", producer="lo-docx",
    layout="bodensee_wv_din5008_rundschreiben", city=BWV,
    doc_type="Schreiben", doc_type_printed="Rundschreiben", date="2026-10-16",
    title="Betriebskostenumlage und Wasserbezugsentgelt 2027 – Vorabinformation",
    department="Kaufmännischer Bereich",
    references=["VV 16/2026"],
    themes=["finanzen"],
    themes_why="levy and water price for members",
    notes="DIN 5008 circular letter (Word) to the member municipalities and water associations, printed 'Rundschreiben Nr. 7/2026' above the subject → Schreiben, printed 'Rundschreiben' (the 'Nr. 7/2026' is the circular's count, not a Drucksache → drucksache null). Letterhead unit 'Kaufmännischer Bereich' → department. '(Drucksache VV 16/2026)' → reference. The Verbandsversammlung date is no consultation.",
    opts={"font": "serif", "size": 11, "footer": "Zweckverband Bodensee-Wasserversorgung · Geschäftsstelle · USt-IdNr. DE 147 702 339"},
    blocks=[
        ("cols", ["**Zweckverband Bodensee-Wasserversorgung**", "Kaufmännischer Bereich"], ["Ihr Zeichen: –", "Unser Zeichen: KB-Fi/Ru", "Telefon: 0711 9730-442", "Datum: 16.10.2026"], {"lw": 0.6}),
        ("p", "An die\nVerbandsmitglieder\n(Städte, Gemeinden und Wasserversorgungsverbände)"),
        ("sp", 1),
        ("p", "Rundschreiben Nr. 7/2026"),
        ("p", "**Betriebskostenumlage und Wasserbezugsentgelt 2027 – Vorabinformation**"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "für Ihre Haushaltsplanungen teilen wir Ihnen vorab die voraussichtlichen Entgelte für 2027 mit. Die Verbandsversammlung wird am 26.11.2026 über den Wirtschaftsplan 2027 beschließen (Drucksache VV 16/2026)."),
        ("table", [["Entgeltbestandteil", "2026", "2027 (Entwurf)"],
                   ["Betriebskostenumlage je m³ Bezugsrecht", "0,3120 €", "0,3385 €"],
                   ["Arbeitspreis je m³ bezogener Menge", "0,0410 €", "0,0438 €"],
                   ["Kapitalkostenumlage je l/s Bezugsrecht", "1.842,00 €", "1.936,00 €"]], {"w": [0.5, 0.25, 0.25]}),
        ("p", "Der Anstieg beruht vor allem auf höheren Energiepreisen im ersten Halbjahr, den Tarifsteigerungen und den Abschreibungen für das Programm zur Erneuerung der Seewasserentnahme."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Beate Ruckgaber\nKaufmännische Geschäftsführerin"),
    ]))

# ------------------------------------------------------------------ F  Landkreis Aurich (NI)
add(dict(
    file="r24_lk-aurich_2026-214_radverkehrskonzept-prioritaeten.pdf", producer="chromium",
    layout="aurich_allris_beschlussvorlage_head_right", city=AUR,
    drucksache="2026/214", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-08",
    title="Radverkehrskonzept des Landkreises Aurich – Prioritätenliste für den Neubau von Radwegen an Kreisstraßen 2027–2032",
    public=True, department="Amt für Kreisstraßen und Radwegebau",
    references=["2024/088"],
    consultations=[C("Ausschuss für Straßen, Wege und Verkehr", "2026-11-04", "Vorberatung"),
                   C("Kreisausschuss", "2026-11-19", "Vorberatung"),
                   C("Kreistag", "2026-12-10", "Entscheidung")],
    klimacheck="positive", klima_style="checkbox_positiv_negativ_neutral",
    themes=["mobilitaet", "klima_umwelt", "finanzen"],
    themes_why="cycle paths on district roads, climate effect, investment programme",
    notes="Landkreis Beschlussvorlage: 'Landkreis Aurich / Der Landrat' left, right a small info block ('Vorlage Nr.', 'Datum', 'Amt', 'Status'); 'Beratungsfolge:' as free lines 'Gremium – Sitzungsdatum (Zuständigkeit)'; 'Beschlussvorlage' heading with 'Betreff:' key. Klimawirkung '☒ positiv ☐ negativ ☐ neutral'. '(Vorlage 2024/088)' → reference; 'K 101', 'K 118', 'NRVG', 'GVFG', 'Produkt 54201' no references.",
    opts={"font": "sans", "size": 10},
    blocks=[
        ("cols", ["**Landkreis Aurich**", "Der Landrat"], ["Vorlage Nr.: **2026/214**", "Datum: 08.10.2026", "Amt: Amt für Kreisstraßen und Radwegebau", "Status: öffentlich"], {"lw": 0.5}),
        ("h", "Beschlussvorlage", 14),
        ("p", "**Betreff:** Radverkehrskonzept des Landkreises Aurich – Prioritätenliste für den Neubau von Radwegen an Kreisstraßen 2027–2032"),
        ("p", "**Beratungsfolge:**\nAusschuss für Straßen, Wege und Verkehr – 04.11.2026 (Vorberatung)\nKreisausschuss – 19.11.2026 (Vorberatung)\nKreistag – 10.12.2026 (Entscheidung)"),
        ("h", "Beschlussvorschlag:", 11),
        ("p", "Der Kreistag beschließt die Prioritätenliste für den Neubau von Radwegen an Kreisstraßen 2027–2032 (Anlage 1). Die Verwaltung wird beauftragt, für die Maßnahmen der Priorität 1 Förderanträge nach dem NGVFG zu stellen."),
        ("h", "Sachverhalt:", 11),
        ("p", "Mit dem Radverkehrskonzept (Vorlage 2024/088) hat der Kreistag das Ziel beschlossen, die Lücken im kreisweiten Radwegenetz bis 2035 zu schließen. An 214 km Kreisstraßen fehlen noch 63 km straßenbegleitende Radwege. Die Prioritätenliste bewertet die Abschnitte nach Schulwegbedeutung, Verkehrsstärke, Unfallgeschehen und touristischer Nutzung."),
        ("p", "Priorität 1 haben die K 101 zwischen Ihlow-Simonswolde und Riepe (4,2 km) und die K 118 in Südbrookmerland zwischen Moordorf und Victorbur (3,1 km). Die Gesamtkosten der Liste betragen 27,6 Mio. €; bei einer Förderquote von 75 Prozent verbleibt ein Eigenanteil von rund 6,9 Mio. € (Produkt 54201)."),
        ("h", "Auswirkungen auf den Klimaschutz:", 11),
        ("p", "☒ positiv     ☐ negativ     ☐ neutral"),
        ("p", "Verlagerung von Alltags- und Schulwegen vom Pkw auf das Rad; der Flächenverbrauch wird durch Ausgleichspflanzungen kompensiert."),
        ("p", "Dr. Jan-Hinrich Eilers\nLandrat"),
    ]))

add(dict(
    file="r25_lk-aurich_antrag-gruppe-spd-gruene_schulsozialarbeit-bbs.pdf", producer="reportlab",
    layout="aurich_gruppe_antrag_reportlab", city=AUR,
    doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-22",
    title="Ausweitung der Schulsozialarbeit an den Berufsbildenden Schulen des Landkreises",
    originator="Gruppe SPD/GRÜNE im Kreistag des Landkreises Aurich",
    consultations=[C("Ausschuss für Schule und Kultur", "2026-10-29", None), C("Kreistag", "2026-12-10", None)],
    themes=["bildung", "soziales", "finanzen"],
    themes_why="school social work at vocational schools, staff costs",
    notes="Gruppe (not Fraktion) of a Kreistag, ReportLab letter: sender right in the head ('Gruppe SPD/GRÜNE im Kreistag des Landkreises Aurich' → originator), place-date under it, 'Antrag' + bold subject without label. 'zur Beratung im Ausschuss für Schule und Kultur am 29.10.2026 und zur Beschlussfassung im Kreistag am 10.12.2026' → two consultations with role null (a request, not the paper's printed Beratungsfolge). '§ 56 NKomVG' no reference.",
    opts={"font": "sans", "size": 10.5},
    blocks=[
        ("cols", ["Landkreis Aurich", "Herrn Landrat", "Dr. Jan-Hinrich Eilers", "– Kreistagsbüro –"],
         ["**Gruppe SPD/GRÜNE**", "**im Kreistag des Landkreises Aurich**", "Sprecherin: Gesche Fokken", "", "Aurich, 22.09.2026"], {"lw": 0.55}),
        ("sp", 1),
        ("h", "Antrag", 15),
        ("p", "**Ausweitung der Schulsozialarbeit an den Berufsbildenden Schulen des Landkreises**"),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "gemäß § 56 NKomVG beantragt die Gruppe SPD/GRÜNE die Aufnahme des folgenden Antrags in die Tagesordnung – zur Beratung im Ausschuss für Schule und Kultur am 29.10.2026 und zur Beschlussfassung im Kreistag am 10.12.2026:"),
        ("box", ["1. An jeder der drei Berufsbildenden Schulen des Landkreises wird ab dem Schuljahr 2027/28 eine zusätzliche Vollzeitstelle für Schulsozialarbeit eingerichtet.",
                 "2. Die Stellen werden im Stellenplan 2027 mit Sperrvermerk bis zum 01.08.2027 ausgewiesen.",
                 "3. Die Verwaltung berichtet nach einem Jahr über Vermittlungs- und Abbruchquoten in den Berufseinstiegsklassen."]),
        ("p", "**Begründung:**"),
        ("p", "In den Berufseinstiegsschulen und Sprachlernklassen liegt die Abbruchquote bei über 20 Prozent. Eine Sozialarbeiterin je Standort für rund 2.500 Schülerinnen und Schüler reicht nicht aus. Die Mehrkosten von rund 230.000 € jährlich sind gut angelegt, wenn mehr junge Menschen einen Abschluss und eine Ausbildung im Landkreis finden."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Gesche Fokken                                        Tjark Ubben"),
    ]))

add(dict(
    file="r26_lk-aurich_anfrage-kreistagsabgeordneter-ubbens_breitband.pdf", producer="lo-html",
    layout="aurich_abgeordneter_anfrage_html", city=AUR,
    doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-01",
    title="Breitbandversorgung in den Ortsteilen der Gemeinden Ihlow und Südbrookmerland – verbliebene weiße und graue Flecken",
    originator="Hinrich Ubbens",
    themes=["digitale_infrastruktur"],
    themes_why="broadband gaps in rural villages",
    notes="Single Kreistag member's Anfrage, HTML through LibreOffice: sender lines top left ('Hinrich Ubbens, Kreistagsabgeordneter (FDP)'), heading 'Anfrage' over 'Thema:' (→ title). No session named → no consultation. 'Gigabit-Richtlinie 2.0', 'Förderaufruf 2024', '50 Mbit/s' no references.",
    opts={"font": "serif", "size": 11},
    blocks=[
        ("p", "Hinrich Ubbens\nKreistagsabgeordneter (FDP)\nLoogster Weg 7, 26632 Ihlow"),
        ("pr", "Ihlow, den 1. Oktober 2026"),
        ("p", "An den Landrat des Landkreises Aurich"),
        ("h", "Anfrage", 16),
        ("p", "**Thema:** Breitbandversorgung in den Ortsteilen der Gemeinden Ihlow und Südbrookmerland – verbliebene weiße und graue Flecken"),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "der geförderte Breitbandausbau des Landkreises sollte bis Ende 2025 abgeschlossen sein. Aus mehreren Ortsteilen erreichen mich Beschwerden, dass einzelne Höfe und Straßenzüge weiterhin mit weniger als 50 Mbit/s versorgt sind. Ich bitte daher um die schriftliche Beantwortung folgender Fragen:"),
        ("p", "1. Wie viele Adressen in Ihlow und Südbrookmerland sind nach dem aktuellen Stand noch nicht an ein Glasfasernetz angeschlossen?\n2. Für welche dieser Adressen ist ein Ausbau im Rahmen der Gigabit-Richtlinie 2.0 geplant, und bis wann?\n3. Welche Kosten entstehen dem Landkreis für den Anschluss der restlichen Adressen?\n4. Wie werden die Eigentümerinnen und Eigentümer über den Ausbau informiert?"),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Hinrich Ubbens"),
    ]))

add(dict(
    file="r27_lk-aurich_antwort-landrat_anfrage-ubbens-breitband.pdf", producer="lo-docx",
    layout="aurich_landrat_antwortbrief_word", city=AUR,
    doc_type="Antwort", doc_type_printed=None, date="2026-10-21",
    title="Ihre Anfrage vom 01.10.2026 – Breitbandversorgung in den Ortsteilen der Gemeinden Ihlow und Südbrookmerland",
    department="Stabsstelle Digitalisierung und Breitband",
    themes=["digitale_infrastruktur", "finanzen"],
    themes_why="answer on remaining broadband gaps and their cost",
    notes="Answer as a letter of the Landrat (Word): no type word → doc_type_printed null; the Anfrage has no number → answers null. Bold subject line 'Ihre Anfrage vom 01.10.2026 – …' → title as printed (one line). Information block right: 'Stabsstelle Digitalisierung und Breitband' (→ department), 'Az. 10.4-8801/26', phone, 'Datum 21.10.2026'. Postcodes, 'FKZ 4212-0311' no references.",
    opts={"font": "sans", "size": 10.5, "footer": "Landkreis Aurich · Der Landrat · Kreishaus · Postfach 14 80 · 26584 Aurich"},
    blocks=[
        ("cols", ["**Landkreis Aurich**", "Der Landrat"], ["Stabsstelle Digitalisierung und Breitband", "Az.: 10.4-8801/26", "Auskunft: Frau Janssen", "Tel.: 04941 16-3310", "Datum: 21.10.2026"], {"lw": 0.55}),
        ("small", "Landkreis Aurich · Postfach 14 80 · 26584 Aurich"),
        ("p", "Herrn\nHinrich Ubbens\nLoogster Weg 7\n26632 Ihlow"),
        ("sp", 1),
        ("p", "**Ihre Anfrage vom 01.10.2026 – Breitbandversorgung in den Ortsteilen der Gemeinden Ihlow und Südbrookmerland**"),
        ("p", "Sehr geehrter Herr Ubbens,"),
        ("p", "Ihre Fragen beantworte ich wie folgt:"),
        ("p", "**Zu 1:** Nach der Markterkundung vom Juli 2026 sind in Ihlow 212 und in Südbrookmerland 164 Adressen noch nicht an Glasfaser angeschlossen. Davon sind 131 Adressen bereits beauftragt und werden bis zum 2. Quartal 2027 angeschlossen."),
        ("p", "**Zu 2:** Für 245 Adressen ist ein Ausbau im Rahmen der Gigabit-Richtlinie 2.0 vorgesehen (Förderkennzeichen FKZ 4212-0311). Der Förderbescheid des Bundes liegt vor; die Ausschreibung läuft bis Januar 2027, der Ausbau soll 2028 abgeschlossen sein."),
        ("p", "**Zu 3:** Der Eigenanteil des Landkreises beträgt rund 1,1 Mio. €; die Gemeinden beteiligen sich mit 10 Prozent."),
        ("p", "**Zu 4:** Die Eigentümerinnen und Eigentümer erhalten nach Vergabe ein persönliches Schreiben; zusätzlich finden Informationsabende in Ihlow und Südbrookmerland statt."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Dr. Jan-Hinrich Eilers"),
    ]))

_R28 = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Mitteilungsvorlage 2026/231</title><style>
@page { size: A4; margin: 15mm 15mm 18mm 20mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.32; }
.frame { border: 1.2pt solid #000; }
.row { display: flex; border-bottom: 0.7pt solid #000; }
.row:last-child { border-bottom: 0; }
.c { padding: 3pt 6pt; border-right: 0.7pt solid #000; }
.c:last-child { border-right: 0; }
.k { font-size: 7.5pt; }
.big { font-size: 14pt; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
td, th { border: 0.6pt solid #000; padding: 2pt 5pt; text-align: left; }
h4 { margin: 10pt 0 3pt 0; font-size: 10.5pt; }
p { margin: 0 0 5pt 0; }
</style></head><body>
<div class="frame">
<div class="row"><div class="c" style="width:55%"><span class="big">Landkreis Aurich</span><br>Amt für Ordnung, Brand- und Katastrophenschutz</div>
<div class="c" style="width:45%"><span class="k">Vorlagenart</span><br><b>Mitteilungsvorlage</b><br><span class="k">Nummer</span><br><b>2026/231</b></div></div>
<div class="row"><div class="c" style="width:55%"><span class="k">Datum</span><br>02.11.2026</div>
<div class="c" style="width:45%"><span class="k">Öffentlichkeit</span><br>nicht öffentlich</div></div>
<div class="row"><div class="c" style="width:100%"><span class="k">Gegenstand</span><br><b>Deichverteidigung und Katastrophenschutz: Beschaffung von zwei mobilen Sandsackfüllanlagen und Aufbau eines Materiallagers – Sachstand</b></div></div>
</div>
<table><tr><th>Gremium</th><th>Sitzung</th><th>Art der Behandlung</th></tr>
<tr><td>Kreisausschuss</td><td>19.11.2026</td><td>Kenntnisnahme</td></tr></table>
<h4>Mitteilung</h4>
<p>Nach den Sturmfluten im Winter 2025/26 hat der Landkreis mit den Deichachten und den Feuerwehren die Ausstattung für die Deichverteidigung überprüft. Im Ernstfall werden binnen 24 Stunden bis zu 80.000 Sandsäcke benötigt; vorgehalten werden derzeit 35.000 gefüllte Säcke.</p>
<p>Die Verwaltung hat deshalb zwei mobile Sandsackfüllanlagen mit einer Leistung von je 1.200 Säcken pro Stunde bestellt (Auftragswert 186.400 €, Vergabe-Nr. 32-V-2026-19). Die Anlagen werden im Februar 2027 ausgeliefert und auf den Kreisfeuerwehrbereitschaften Nord und Süd stationiert. Ein zentrales Materiallager in der ehemaligen Kfz-Halle am Kreishaus wird bis März 2027 eingerichtet.</p>
<p>Die Kosten werden aus dem Budget des Katastrophenschutzes (Produkt 12801) gedeckt; eine Landesförderung nach der Richtlinie Katastrophenschutz wurde beantragt.</p>
<p>Die Vorlage ist nicht öffentlich, weil sie Angaben zu Einsatzplanungen und Standorten kritischer Ausrüstung enthält.</p>
<p style="margin-top:12pt">Im Auftrage<br>Wilko Saathoff</p>
</body></html>"""

add(dict(
    file="r28_lk-aurich_2026-231_mitteilung-sandsackfuellanlagen.pdf", producer="chromium-raw",
    layout="aurich_framed_grid_mitteilungsvorlage", city=AUR,
    drucksache="2026/231", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage", date="2026-11-02",
    title="Deichverteidigung und Katastrophenschutz: Beschaffung von zwei mobilen Sandsackfüllanlagen und Aufbau eines Materiallagers – Sachstand",
    public=False, department="Amt für Ordnung, Brand- und Katastrophenschutz",
    consultations=[C("Kreisausschuss", "2026-11-19", "Kenntnisnahme")],
    themes=["sicherheit_ordnung", "klima_umwelt"],
    themes_why="disaster protection against storm floods, equipment purchase",
    notes="Raw HTML (Chromium): a heavy-framed grid head with small labels (Vorlagenart, Nummer, Datum, Öffentlichkeit, Gegenstand); 'Öffentlichkeit: nicht öffentlich' → public false; Gremium|Sitzung|Art der Behandlung with 'Kenntnisnahme'. The unit sits under the Landkreis name. 'Vergabe-Nr. 32-V-2026-19', 'Produkt 12801' no references.",
    html=_R28))

# ------------------------------------------------------------------ G  Ortsbeirat Lehnerz, Stadt Fulda (HE)
add(dict(
    file="r29_fulda-lehnerz_m-2026-187_bplan-lehnerzer-feld.pdf", producer="chromium",
    layout="fulda_magistratsvorlage_html", city=FDL,
    drucksache="M 2026/187", doc_type="Beschlussvorlage", doc_type_printed="Vorlage", date="2026-10-27",
    title="Bebauungsplan Nr. 142 „Am Lehnerzer Feld“ – Aufstellungsbeschluss und frühzeitige Beteiligung",
    public=True, department="Amt für Stadtplanung und Denkmalpflege",
    consultations=[C("Ortsbeirat Lehnerz", "2026-11-17", "Anhörung"),
                   C("Ausschuss für Stadtentwicklung, Bauen und Umwelt", "2026-11-24", "Vorberatung"),
                   C("Stadtverordnetenversammlung", "2026-12-07", "Entscheidung")],
    themes=["stadtentwicklung", "soziales", "klima_umwelt"],
    themes_why="new housing area with subsidised housing and a Kita, green/rainwater concept",
    notes="Hessian 'Vorlage des Magistrats an die Stadtverordnetenversammlung' → Beschlussvorlage, printed 'Vorlage'. Number as 'Drucksache M 2026/187' right; 'Dezernat II' line above the Amt (department = the Amt). Beratungsfolge|Termin|Beratungsziel with 'Anhörung gem. § 82 HGO' (→ Anhörung) and 'Beschlussfassung'. 'Flur 7, Flurstücke 44/2, 45 und 46/1', '§ 2 Abs. 1 BauGB', 'WA 1' no references.",
    opts={"font": "sans", "size": 10.5},
    blocks=[
        ("cols", ["**Magistrat der Stadt Fulda**", "Dezernat II", "Amt für Stadtplanung und Denkmalpflege"], ["Drucksache **M 2026/187**", "Fulda, 27.10.2026", "öffentlich"], {"lw": 0.6}),
        ("h", "Vorlage des Magistrats an die Stadtverordnetenversammlung", 13),
        ("p", "**Bebauungsplan Nr. 142 „Am Lehnerzer Feld“ – Aufstellungsbeschluss und frühzeitige Beteiligung**"),
        ("table", [["Beratungsfolge", "Termin", "Beratungsziel"],
                   ["Ortsbeirat Lehnerz", "17.11.2026", "Anhörung gem. § 82 HGO"],
                   ["Ausschuss für Stadtentwicklung, Bauen und Umwelt", "24.11.2026", "Vorberatung"],
                   ["Stadtverordnetenversammlung", "07.12.2026", "Beschlussfassung"]], {"w": [0.55, 0.17, 0.28]}),
        ("h", "Beschlussvorschlag", 11.5),
        ("p", "1. Für das Gebiet nördlich der Niesiger Straße (Gemarkung Lehnerz, Flur 7, Flurstücke 44/2, 45 und 46/1) wird nach § 2 Abs. 1 BauGB der Bebauungsplan Nr. 142 „Am Lehnerzer Feld“ aufgestellt.\n2. Der Magistrat wird beauftragt, die frühzeitige Beteiligung der Öffentlichkeit und der Behörden durchzuführen."),
        ("h", "Begründung", 11.5),
        ("p", "Auf der rund 6,4 ha großen Ackerfläche sollen etwa 140 Wohneinheiten entstehen, davon mindestens 30 Prozent im geförderten Mietwohnungsbau. Im allgemeinen Wohngebiet WA 1 ist eine viergruppige Kindertagesstätte vorgesehen. Das Niederschlagswasser soll vollständig im Gebiet versickern; Dachbegrünung und Photovoltaik werden festgesetzt."),
        ("p", "Die Erschließung erfolgt von der Niesiger Straße; eine Busanbindung an die Linie 5 wird mit der Verkehrsgesellschaft abgestimmt."),
        ("p", "gez. Dr. Friederike Amrhein\nBürgermeisterin"),
    ]))

add(dict(
    file="r30_fulda-lehnerz_antrag-cdu-ortsbeirat_geschwindigkeitsanzeigen.pdf", producer="lo-docx",
    layout="fulda_ortsbeirat_fraktion_word_antrag", city=FDL,
    doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-30",
    title="Dauerhafte Geschwindigkeitsanzeigen am Lehnerzer Ringweg und vor der Grundschule",
    originator="CDU-Fraktion im Ortsbeirat Lehnerz",
    consultations=[C("Ortsbeirat Lehnerz", "2026-11-17", None)],
    themes=["sicherheit_ordnung", "mobilitaet"],
    themes_why="speed displays for road safety near a school",
    notes="Word: Fraktion and Ortsbeirat in the Word header, ruled two-row box 'Antrag an den Ortsbeirat Lehnerz' / 'Sitzung am 17.11.2026' (→ consultation, role null), 'Gegenstand:' → title. Date in the last line 'Fulda-Lehnerz, 30.10.2026'. 'Tempo 30', '§ 45 StVO' no references.",
    opts={"font": "sans", "size": 10.5, "header": "CDU-Fraktion im Ortsbeirat Lehnerz · Sprecher: Bernd Hohmann"},
    blocks=[
        ("kv", [("Antrag an den", "Ortsbeirat Lehnerz"), ("Sitzung am", "17.11.2026")], {"rule": True, "kw": 0.3}),
        ("p", "**Gegenstand: Dauerhafte Geschwindigkeitsanzeigen am Lehnerzer Ringweg und vor der Grundschule**"),
        ("p", "Der Ortsbeirat möge beschließen:"),
        ("p", "Der Magistrat wird gebeten, am Lehnerzer Ringweg in beiden Fahrtrichtungen sowie vor der Grundschule Lehnerz dauerhaft solarbetriebene Geschwindigkeitsanzeigen aufzustellen und die dort erhobenen Daten dem Ortsbeirat halbjährlich zu berichten."),
        ("p", "**Begründung:**"),
        ("p", "Trotz Tempo 30 werden am Lehnerzer Ringweg regelmäßig deutlich höhere Geschwindigkeiten gemessen; bei der Messung der Stadtpolizei im Mai fuhren 41 Prozent der Fahrzeuge zu schnell. Geschwindigkeitsanzeigen haben in anderen Stadtteilen die Durchschnittsgeschwindigkeit messbar gesenkt. Sollte eine Anordnung nach § 45 StVO erforderlich sein, bitten wir um Prüfung."),
        ("sp", 1),
        ("p", "Bernd Hohmann                              Claudia Wehner-Schick"),
        ("p", "Fulda-Lehnerz, 30.10.2026"),
    ]))

add(dict(
    file="r31_fulda-lehnerz_stellungnahme-ortsbeirat_m-2026-187.pdf", producer="reportlab",
    layout="fulda_ortsbeirat_stellungnahme_reportlab", city=FDL,
    doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-11-18",
    title="Bebauungsplan Nr. 142 „Am Lehnerzer Feld“ – Aufstellungsbeschluss und frühzeitige Beteiligung",
    originator="Ortsbeirat Lehnerz", answers="M 2026/187",
    themes=["stadtentwicklung", "mobilitaet", "soziales"],
    themes_why="opinion on a housing plan: access road, bus link, Kita",
    notes="ReportLab: 'Ortsbeirat Lehnerz' letterhead, 'Stellungnahme' heading, two-line key table 'zur Vorlage | M 2026/187' and 'Gegenstand | …' (→ answers, title). Session date 17.11.2026 in the text (no consultation, not the date); the paper is dated 18.11.2026 under the signature. '§ 82 Abs. 3 HGO', 'Linie 5' no references.",
    opts={"font": "sans", "size": 10.5, "pagenum": False},
    blocks=[
        ("p", "**Ortsbeirat Lehnerz**\nder Stadt Fulda · Ortsvorsteherin Marion Kress"),
        ("rule",),
        ("h", "Stellungnahme", 15),
        ("kv", [("zur Vorlage", "M 2026/187"), ("Gegenstand", "Bebauungsplan Nr. 142 „Am Lehnerzer Feld“ – Aufstellungsbeschluss und frühzeitige Beteiligung")], {"rule": True, "colon": False, "kw": 0.22}),
        ("p", "Der Ortsbeirat Lehnerz hat sich in seiner Sitzung am 17.11.2026 gemäß § 82 Abs. 3 HGO mit der Vorlage befasst und gibt mit 7 Ja-Stimmen bei 2 Enthaltungen folgende Stellungnahme ab:"),
        ("p", "1. Der Ortsbeirat befürwortet die Aufstellung des Bebauungsplans und insbesondere den Anteil geförderter Wohnungen."),
        ("p", "2. Die Erschließung allein über die Niesiger Straße wird abgelehnt. Der Ortsbeirat bittet, eine zweite Anbindung nach Norden zu prüfen, damit der Baustellen- und Anliegerverkehr nicht durch den alten Ortskern fährt."),
        ("p", "3. Die Busanbindung (Linie 5) muss mit dem ersten Bauabschnitt in Betrieb gehen."),
        ("p", "4. Die geplante Kindertagesstätte soll vorgezogen errichtet werden, da die Einrichtungen im Stadtteil bereits heute voll belegt sind."),
        ("sp", 1),
        ("p", "Fulda, 18.11.2026"),
        ("p", "Marion Kress\nOrtsvorsteherin"),
    ]))

add(dict(
    file="r32_fulda-lehnerz_niederschrift-ortsbeirat_2026-11-17.pdf", producer="ps",
    layout="fulda_ortsbeirat_niederschrift_postscript", city=FDL,
    doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-11-17",
    title="9. Sitzung des Ortsbeirates Lehnerz",
    public=True, references=["M 2026/187", "M 2026/175"],
    themes=["stadtentwicklung", "sicherheit_ordnung", "mobilitaet"],
    themes_why="agenda: housing plan, speed displays, bus stop",
    notes="Hand-written PostScript (Helvetica) through Ghostscript. Head lines 'Niederschrift über die 9. Sitzung des Ortsbeirates Lehnerz' + 'öffentliche Sitzung' key → public true. Magistrat Drucksachen → references; the CDU Antrag has none. Next session 15.12.2026 no consultation.",
    opts={"font": "sans", "size": 10, "creator": "OBR-Protokoll 2.0"},
    blocks=[
        ("p", "Stadt Fulda - Ortsbeirat Lehnerz"),
        ("h", "Niederschrift über die 9. Sitzung des Ortsbeirates Lehnerz", 13),
        ("kv", [("Sitzungsart", "öffentliche Sitzung"), ("Datum", "17.11.2026, 19:30 Uhr bis 21:15 Uhr"), ("Ort", "Bürgerhaus Lehnerz, kleiner Saal"),
                ("Vorsitz", "Ortsvorsteherin Marion Kress"), ("Schriftführung", "Jonas Weidner")], {"kw": 0.2}),
        ("p", "Anwesend: 9 Mitglieder des Ortsbeirates; vom Magistrat: Stadtbaurat Rübsam; Gäste: 23 Bürgerinnen und Bürger."),
        ("p", "**TOP 1 Eröffnung und Regularien**"),
        ("p", "Die Ortsvorsteherin eröffnet die Sitzung und stellt die Beschlussfähigkeit fest. Die Niederschrift vom 13.10.2026 wird genehmigt."),
        ("p", "**TOP 2 Bebauungsplan Nr. 142 \"Am Lehnerzer Feld\" - Anhörung (Drucksache M 2026/187)**"),
        ("p", "Stadtbaurat Rübsam stellt das Vorhaben vor. In der Aussprache wird vor allem die Erschließung kritisiert. Der Ortsbeirat beschließt die Stellungnahme in der Fassung der Tischvorlage mit 7 Ja-Stimmen und 2 Enthaltungen."),
        ("p", "**TOP 3 Antrag der CDU-Fraktion: Geschwindigkeitsanzeigen am Lehnerzer Ringweg**"),
        ("p", "Der Antrag wird einstimmig angenommen."),
        ("p", "**TOP 4 Barrierefreier Umbau der Bushaltestelle Lehnerz Mitte (Drucksache M 2026/175) - Information**"),
        ("p", "Der Ortsbeirat nimmt den Zeitplan zur Kenntnis; der Umbau beginnt im März 2027."),
        ("p", "**TOP 5 Verschiedenes**"),
        ("p", "Die nächste Sitzung findet am 15.12.2026 statt."),
        ("sp", 1),
        ("cols", ["Marion Kress", "Ortsvorsteherin"], ["Jonas Weidner", "Schriftführer"], {"lw": 0.5}),
    ]))

# ------------------------------------------------------------------ H  Seniorenbeirat der Stadt Ahrensburg (SH)
add(dict(
    file="r33_ahrensburg-seniorenbeirat_an-2026-014_bushaltestellen-baenke.pdf", producer="chromium",
    layout="ahrensburg_sessionnet_antrag_beirat", city=AHR,
    drucksache="AN/2026/014", doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-06",
    title="Barrierefreier Ausbau von Bushaltestellen und zusätzliche Sitzbänke an Hauptfußwegen",
    public=True, originator="Seniorenbeirat der Stadt Ahrensburg",
    consultations=[C("Bau- und Planungsausschuss", "2026-11-04", "Vorberatung"),
                   C("Stadtverordnetenversammlung", "2026-11-23", "Entscheidung")],
    themes=["mobilitaet", "soziales", "stadtentwicklung"],
    themes_why="accessible bus stops and benches for older people in the town",
    notes="A Beirat's Antrag printed by the town's council information system: 'Antrag' heading, number 'AN/2026/014', 'Antragsteller: Seniorenbeirat der Stadt Ahrensburg' (→ originator), 'Status: öffentlich'. Beratungsfolge Gremium|Datum|Zuständigkeit with printed roles (kept). Gartenholz, Wulfsdorf, Bünningstedt are settings; 'ÖPNVG SH § 2' no reference.",
    opts={"font": "sans", "size": 10},
    blocks=[
        ("cols", ["**Stadt Ahrensburg**", "Antragsteller: Seniorenbeirat der Stadt Ahrensburg"], ["Antrag Nr.: **AN/2026/014**", "Datum: 06.10.2026", "Status: öffentlich"], {"lw": 0.6}),
        ("h", "Antrag", 15),
        ("p", "**Betreff:** Barrierefreier Ausbau von Bushaltestellen und zusätzliche Sitzbänke an Hauptfußwegen"),
        ("table", [["Gremium", "Datum", "Zuständigkeit"],
                   ["Bau- und Planungsausschuss", "04.11.2026", "Vorberatung"],
                   ["Stadtverordnetenversammlung", "23.11.2026", "Entscheidung"]], {"w": [0.55, 0.2, 0.25]}),
        ("h", "Beschlussvorschlag:", 11),
        ("p", "1. Die Verwaltung legt bis Mitte 2027 ein Programm vor, mit dem alle Bushaltestellen mit mehr als 100 Einsteigern pro Tag bis 2030 barrierefrei ausgebaut werden (Hochbord, taktile Leitelemente, Sitzgelegenheit, Wetterschutz).\n2. An den Hauptfußwegen zwischen den Wohngebieten Gartenholz, Wulfsdorf und Bünningstedt und der Innenstadt werden im Abstand von höchstens 300 m Sitzbänke aufgestellt; 2027 werden hierfür 40.000 € bereitgestellt."),
        ("h", "Begründung:", 11),
        ("p", "Fast ein Drittel der Einwohnerinnen und Einwohner Ahrensburgs ist älter als 60 Jahre. Bei der Befragung des Seniorenbeirates im Frühjahr 2026 nannten 62 Prozent fehlende Sitzgelegenheiten und hohe Einstiege als Grund, seltener den Bus zu nutzen. Von den 74 Haltestellen im Stadtgebiet sind erst 19 barrierefrei; nach § 2 ÖPNVG SH soll der Nahverkehr bis 2022 vollständig barrierefrei sein."),
        ("p", "Für den Seniorenbeirat\nUrsula Bendixen, Vorsitzende"),
    ]))

add(dict(
    file="r34_ahrensburg-seniorenbeirat_stellungnahme_vorlage-2026-087.pdf", producer="lo-html",
    layout="ahrensburg_beirat_stellungnahme_html", city=AHR,
    doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-10-14",
    title="Neuorganisation des Bürgerbüros – Terminvergabe ausschließlich online",
    originator="Seniorenbeirat der Stadt Ahrensburg", answers="2026/087",
    themes=["verwaltung", "digitalisierung", "soziales"],
    themes_why="citizens' office reorganisation, online-only appointments, older people",
    notes="Beirat opinion as a simple HTML letter through LibreOffice: 'Stellungnahme des Seniorenbeirates zur Vorlage 2026/087' heading (→ answers) and the Vorlage's subject as a bold line (→ title). The Hauptausschuss date in the text is no consultation of this paper. Date = place-date line.",
    opts={"font": "serif", "size": 11},
    blocks=[
        ("p", "Seniorenbeirat der Stadt Ahrensburg\nDie Vorsitzende"),
        ("pr", "Ahrensburg, 14.10.2026"),
        ("p", "An den Bürgermeister\nund die Mitglieder des Hauptausschusses"),
        ("h", "Stellungnahme des Seniorenbeirates zur Vorlage 2026/087", 13),
        ("p", "**Neuorganisation des Bürgerbüros – Terminvergabe ausschließlich online**"),
        ("p", "Der Seniorenbeirat hat die Vorlage in seiner Sitzung am 13.10.2026 beraten. Er unterstützt die Ziele, Wartezeiten zu verkürzen und mehr Leistungen online anzubieten. Eine ausschließlich digitale Terminvergabe lehnt er jedoch ab."),
        ("p", "Viele ältere Menschen haben kein Smartphone oder trauen sich die Online-Buchung nicht zu. Der Seniorenbeirat schlägt daher vor:"),
        ("p", "– eine telefonische Terminvergabe an mindestens drei Vormittagen pro Woche,\n– ein festes Kontingent an Terminen ohne Voranmeldung am Donnerstag,\n– Unterstützung bei der Online-Buchung durch die ehrenamtlichen „Digitallotsen“ in der Stadtbücherei."),
        ("p", "Wir bitten, diese Punkte vor der Beratung im Hauptausschuss am 27.10.2026 in die Vorlage aufzunehmen."),
        ("p", "Ursula Bendixen\nVorsitzende des Seniorenbeirates"),
    ]))

add(dict(
    file="r35_ahrensburg-seniorenbeirat_einladung_2026-11-10.pdf", producer="reportlab",
    layout="ahrensburg_beirat_einladung_reportlab", city=AHR,
    doc_type="Einladung", doc_type_printed="Einladung", date="2026-10-27",
    title="7. öffentlichen Sitzung des Seniorenbeirates der Stadt Ahrensburg",
    public=True, references=["2026/087", "AN/2026/014", "2026/102"],
    themes=["soziales", "mobilitaet", "verwaltung"],
    themes_why="agenda: bus stops/benches motion, citizens' office, senior housing report",
    notes="ReportLab (Liberation Serif): 'Einladung zur 7. öffentlichen Sitzung des Seniorenbeirates der Stadt Ahrensburg' as one heading → title = the session as printed after 'zur' (dative kept). Agenda with numbers in brackets → references. 'Rathaus, Raum 601' no reference.",
    opts={"font": "serif", "size": 11, "pagenum": False},
    blocks=[
        ("p", "Seniorenbeirat der Stadt Ahrensburg"),
        ("pr", "Ahrensburg, 27.10.2026"),
        ("p", "An die Mitglieder des Seniorenbeirates\nnachrichtlich: Bürgermeister, Fraktionen, Presse"),
        ("h", "Einladung zur 7. öffentlichen Sitzung des Seniorenbeirates der Stadt Ahrensburg", 13),
        ("p", "am Dienstag, dem 10. November 2026, um 10:00 Uhr im Rathaus, Raum 601"),
        ("p", "**Tagesordnung:**"),
        ("p", "1. Begrüßung und Feststellung der Beschlussfähigkeit\n2. Genehmigung der Niederschrift vom 13.10.2026\n3. Bericht der Vorsitzenden\n4. Neuorganisation des Bürgerbüros – Beratungsergebnis des Hauptausschusses (Vorlage 2026/087)\n5. Barrierefreie Bushaltestellen und Sitzbänke – Stand der Beratung (Antrag AN/2026/014)\n6. Wohnen im Alter: Bericht zum Seniorenwohnungsbedarf (Vorlage 2026/102)\n7. Veranstaltungen im Winterhalbjahr\n8. Verschiedenes"),
        ("p", "Gäste sind herzlich willkommen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Ursula Bendixen\nVorsitzende"),
    ]))
