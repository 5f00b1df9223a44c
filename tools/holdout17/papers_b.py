"""holdout17 papers y18–y35: Stadt Flöha (SN), Stadt Friedrichroda (TH), Verwaltungsgemeinschaft
Ebelsbach (BY), Integrationsrat der Stadt Werdohl (NW). All content, names and numbers invented;
place names only as settings. Labels (`truth`) are facts about what each paper prints."""


def C(committee, date, role):
    return {"committee": committee, "date": date, "role": role}


FLO = "Stadt Flöha"
FRI = "Stadt Friedrichroda"
EBE = "Verwaltungsgemeinschaft Ebelsbach"
WER = "Integrationsrat der Stadt Werdohl"

DOCS = [
    # ------------------------------------------------------------------ Stadt Flöha (SN)
    dict(
        file="y18_floeha_bv-087-2025_bruecke-gueckelsberg.pdf",
        producer="chromium-raw", font="Liberation Sans", size=9.5,
        layout="floeha_sidecolumn_right_raw", city=FLO, pages=1,
        css=(".wrap { display: flex; gap: 0.6cm; } .main { flex: 1; } "
             ".side { width: 4.6cm; border-left: 1pt solid #000; padding-left: 0.3cm; font-size: 8.5pt; } "
             ".side p { margin: 0 0 7pt 0; } .side .k { color: #555; font-size: 7.5pt; display: block; } "
             ".hd { font-size: 9pt; margin-bottom: 14pt; } .ty { font-size: 15pt; font-weight: bold; "
             "margin-bottom: 10pt; } .ti { font-size: 11pt; font-weight: bold; margin-bottom: 10pt; } "
             "table.b { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt 0; } "
             "table.b td { border-bottom: 0.5pt solid #999; padding: 2pt 3pt; } h4 { margin: 8pt 0 3pt 0; "
             "font-size: 10pt; }"),
        html=("<div class='hd'>STADT FLÖHA · Der Bürgermeister</div>"
              "<div class='wrap'><div class='main'>"
              "<div class='ty'>Beschlussvorlage</div>"
              "<div class='ti'>Ersatzneubau der Brücke Gückelsberger Straße über die Flöha – Vergabe der "
              "Bauleistungen (Los 1 Brückenbau)</div>"
              "<table class='b'>"
              "<tr><td>Technischer Ausschuss</td><td>19.11.2025</td><td>Vorberatung</td></tr>"
              "<tr><td>Stadtrat</td><td>04.12.2025</td><td>Beschluss</td></tr></table>"
              "<h4>Beschlussvorschlag</h4>"
              "<p>Der Stadtrat der Stadt Flöha beschließt, die Bauleistungen Los 1 für den Ersatzneubau "
              "der Brücke Gückelsberger Straße an den wirtschaftlichsten Bieter, die Firma Erzgebirgs-"
              "Brückenbau GmbH, zum Angebotspreis von 1.486.212,40 € brutto zu vergeben.</p>"
              "<h4>Sachverhalt</h4>"
              "<p>Die 1956 errichtete Brücke (Bauwerksnummer BW 5143-07) wurde bei der Hauptprüfung 2023 "
              "mit der Zustandsnote 3,5 bewertet und ist seither auf 7,5 t beschränkt. Der Ersatzneubau wird "
              "nach der RL KStB mit 75 % gefördert; der Zuwendungsbescheid des LASuV liegt seit dem "
              "28.07.2025 vor.</p>"
              "<p>Die Ausschreibung wurde am 12.09.2025 veröffentlicht; zur Submission am 16.10.2025 "
              "gingen fünf Angebote ein. Nach Prüfung durch das Ingenieurbüro ist das Angebot der "
              "Erzgebirgs-Brückenbau GmbH das wirtschaftlichste. Bauzeit: April 2026 bis Juni 2027; die "
              "Umleitung erfolgt über Plaue und Falkenau.</p>"
              "<h4>Finanzielle Auswirkungen</h4>"
              "<p>Haushaltsjahre 2026/2027, Investitionsnummer 5410-0031; Eigenanteil rund 371.600 €.</p>"
              "</div><div class='side'>"
              "<p><span class='k'>Vorlagen-Nr.</span><b>BV/087/2025</b></p>"
              "<p><span class='k'>Status</span>öffentlich</p>"
              "<p><span class='k'>Einreicher</span>Bürgermeister</p>"
              "<p><span class='k'>Federführendes Amt</span>Bauamt, SG Tiefbau</p>"
              "<p><span class='k'>Bearbeiter</span>Frau Lötzsch</p>"
              "<p><span class='k'>Datum</span>06.11.2025</p>"
              "<p><span class='k'>Anlagen</span>Vergabevermerk (nichtöffentlich)<br>Lageplan</p>"
              "</div></div>"),
        truth=dict(
            drucksache="BV/087/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
            date="2025-11-06",
            title="Ersatzneubau der Brücke Gückelsberger Straße über die Flöha – Vergabe der Bauleistungen "
                  "(Los 1 Brückenbau)",
            public=True, department="Bauamt, SG Tiefbau",
            consultations=[C("Technischer Ausschuss", "2025-11-19", "Vorberatung"),
                           C("Stadtrat", "2025-12-04", "Entscheidung")],
            themes=["mobilitaet", "finanzen"], themes_why="bridge replacement, contract award",
            notes="Raw HTML with a side column RIGHT (grey small labels over values: Vorlagen-Nr., "
                  "Status, Einreicher, Federführendes Amt, Datum); main column: type word, bold title, "
                  "Beratungsfolge as ruled rows without header (committee | date | role; 'Beschluss' → "
                  "Entscheidung). 'Einreicher: Bürgermeister' → originator null. Lures: 'BW 5143-07', "
                  "'RL KStB', dates of the Bescheid (28.07.2025), publication (12.09.2025) and submission "
                  "(16.10.2025), 'Investitionsnummer 5410-0031'; 'Vergabevermerk (nichtöffentlich)' is an "
                  "annex's status, not the paper's.",
        ),
    ),
    dict(
        file="y19_floeha_iv-091-2025_hochwasserschutz-falkenau.pdf",
        producer="libreoffice-docx", font="DejaVu Sans", size=10,
        layout="floeha_informationsvorlage_word", city=FLO, pages=1,
        head="Stadt Flöha\tInformationsvorlage IV/091/2025",
        running="Stadtverwaltung Flöha · Rathausplatz 2 · 09557 Flöha",
        blocks=[
            ("h", "Information an den Stadtrat", 13),
            ("kv", [("Sitzungsart:", "öffentlich"),
                    ("Beratung:", "Stadtrat am 04.12.2025 – zur Information"),
                    ("Verantwortlich:", "Bauamt"),
                    ("Flöha, den", "17.11.2025")]),
            ("pb", "Sachstand Hochwasserschutz Falkenau – Deichsanierung durch die "
                   "Landestalsperrenverwaltung"),
            ("p", "Die Landestalsperrenverwaltung des Freistaates Sachsen (LTV), Betrieb Zwickauer Mulde/"
                  "Obere Weiße Elster, hat die Stadt am 06.11.2025 über den Stand der Planung für den "
                  "Hochwasserschutz im Ortsteil Falkenau informiert."),
            ("ul", ["Planfeststellungsverfahren: Antrag eingereicht im Mai 2025, Erörterungstermin "
                    "voraussichtlich im 2. Quartal 2026.",
                    "Bauabschnitt 1 (Deich an der Zschopau, ca. 640 m) soll 2027 beginnen.",
                    "Die Stadt beteiligt sich an den Kosten der Anpassung der Gemeindestraße "
                    "„An der Aue“ (Schätzung 95.000 €)."]),
            ("p", "Eine Bürgerinformation in Falkenau ist für Februar 2026 vorgesehen. Die Verwaltung "
                  "wird den Stadtrat weiter unterrichten."),
            ("p", "Matthias Gerlach\nBürgermeister"),
        ],
        truth=dict(
            drucksache="IV/091/2025", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
            date="2025-11-17",
            title="Sachstand Hochwasserschutz Falkenau – Deichsanierung durch die Landestalsperrenverwaltung",
            public=True, department="Bauamt",
            consultations=[C("Stadtrat", "2025-12-04", "Kenntnisnahme")],
            themes=["klima_umwelt", "sicherheit_ordnung"], themes_why="flood protection dyke",
            notes="Type word and number only in the Word header (tab-separated, right); the body heading "
                  "is 'Information an den Stadtrat'. Keys with colons incl. 'Flöha, den | 17.11.2025' as a "
                  "key row (date). 'Beratung: Stadtrat am 04.12.2025 – zur Information' → Kenntnisnahme "
                  "(doubtful mapping 'zur Information'). Department 'Verantwortlich: Bauamt'. LTV date "
                  "06.11.2025 is a lure.",
        ),
    ),
    dict(
        file="y20_floeha_af-014-2025_anfrage-freie-waehler_hort-plaue.pdf",
        producer="libreoffice-html", font="Liberation Sans", size=10.5,
        layout="floeha_anfrage_html", city=FLO, pages=1,
        blocks=[
            ("p", "Fraktion Freie Wähler Flöha im Stadtrat"),
            ("kv", [("Eingangsnummer", "AF/014/2025"), ("eingegangen", "10.11.2025")]),
            ("h", "Anfrage", 13),
            ("p", "nach § 28 Abs. 6 SächsGemO an den Bürgermeister"),
            ("pb", "Hortplätze an der Grundschule Plaue im Schuljahr 2026/27"),
            ("p", "Zum Schuljahr 2026/27 werden an der Grundschule Plaue nach den Geburtenzahlen zwei "
                  "erste Klassen gebildet. Eltern berichten, dass der Hort bereits jetzt voll belegt ist."),
            ("p", "Wir fragen:"),
            ("ol", ["Wie viele Hortplätze sind für den Standort Plaue genehmigt und wie viele sind "
                    "derzeit belegt?",
                    "Mit welchem Bedarf rechnet die Verwaltung für das Schuljahr 2026/27?",
                    "Welche Räume (z. B. im Vereinshaus) könnten kurzfristig zusätzlich genutzt werden?"]),
            ("p", "Wir bitten um schriftliche Antwort."),
            ("p", "Flöha, 07.11.2025\n\nAndreas Kunze\nFraktionsvorsitzender"),
        ],
        truth=dict(
            drucksache="AF/014/2025", doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-07",
            title="Hortplätze an der Grundschule Plaue im Schuljahr 2026/27",
            originator="Fraktion Freie Wähler Flöha",
            themes=["bildung", "soziales"], themes_why="after-school care places",
            notes="Number printed only as 'Eingangsnummer AF/014/2025' (registration stamp of the "
                  "administration, label without colon) above the type word; the Antwort y21 cites it. "
                  "Originator = the Fraktion's name without 'im Stadtrat' (the whole line is also right). "
                  "Date = the place-date 07.11.2025, not 'eingegangen' 10.11.2025. Written answer → no "
                  "consultation. 'Schuljahr 2026/27' in the title is no number.",
        ),
    ),
    dict(
        file="y21_floeha_antwort-af-014-2025_hort-plaue.pdf",
        producer="reportlab", font="DejaVu Sans", size=10,
        layout="floeha_antwort_reportlab", city=FLO, pages=1,
        running="Stadt Flöha · Hauptamt · Seite {page}",
        blocks=[
            ("kv", [("Stadt Flöha\nDer Bürgermeister",
                     "Hauptamt, SG Schulen und Kindertagesstätten\nAuskunft: Frau Richter\n"
                     "Telefon: 03726 791-134\nFlöha, 28.11.2025")], 0.5),
            ("space",),
            ("p", "Fraktion Freie Wähler Flöha\nHerrn Andreas Kunze"),
            ("h", "Beantwortung der Anfrage AF/014/2025", 12),
            ("pb", "Hortplätze an der Grundschule Plaue im Schuljahr 2026/27"),
            ("p", "Sehr geehrter Herr Kunze,\nIhre Anfrage vom 07.11.2025 beantworte ich wie folgt:"),
            ("p", "Zu Frage 1: Für den Hort Plaue besteht eine Betriebserlaubnis für 110 Plätze. Zum "
                  "01.11.2025 waren 108 Plätze belegt."),
            ("p", "Zu Frage 2: Nach der Schülerprognose rechnen wir im Schuljahr 2026/27 mit einem Bedarf "
                  "von 124 Plätzen."),
            ("p", "Zu Frage 3: Das Vereinshaus kann nach Umbau der Sanitärräume (ca. 18.000 €) mit bis zu "
                  "20 Kindern genutzt werden. Eine Erweiterung der Betriebserlaubnis wird beim "
                  "Landesamt für Schule und Bildung beantragt. Die Verwaltung wird im Verwaltungsausschuss "
                  "am 21.01.2026 berichten."),
            ("p", "Mit freundlichen Grüßen\nMatthias Gerlach\nBürgermeister"),
        ],
        truth=dict(
            doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage", date="2025-11-28",
            title="Hortplätze an der Grundschule Plaue im Schuljahr 2026/27",
            department="Hauptamt, SG Schulen und Kindertagesstätten", answers="AF/014/2025",
            themes=["bildung", "soziales"], themes_why="after-school care places",
            notes="Answer letter (ReportLab) with the sender left and a contact column right in one "
                  "borderless row (unit, contact, phone, place-date). Heading 'Beantwortung der Anfrage "
                  "AF/014/2025' → answers; doc_type_printed = the heading's type words. No own number. "
                  "The Verwaltungsausschuss date 21.01.2026 is a sentence about a future report → no "
                  "consultation (doubtful). Anfrage date and '01.11.2025' are lures.",
        ),
    ),
    dict(
        file="y22_floeha_niederschrift-technischer-ausschuss.pdf",
        producer="libreoffice-odt", font="Liberation Serif", size=11,
        layout="floeha_niederschrift_odt", city=FLO, pages=2,
        head="Stadt Flöha – Niederschrift Technischer Ausschuss vom 19.11.2025",
        blocks=[
            ("h", "Niederschrift", 14),
            ("p", "über die öffentliche Sitzung des Technischen Ausschusses der Stadt Flöha"),
            ("table", None, [["Datum", "Mittwoch, 19.11.2025"], ["Ort", "Rathaus, Ratssaal"],
                             ["Beginn / Ende", "17:00 Uhr / 19:10 Uhr"],
                             ["Vorsitz", "Bürgermeister Matthias Gerlach"],
                             ["Schriftführung", "Frau Seidel, Hauptamt"]]),
            ("p", "Anwesend: 8 von 9 stimmberechtigten Mitgliedern (entschuldigt: Stadtrat Böhme). "
                  "Von der Verwaltung: Frau Lötzsch, Herr Vogel (Bauamt)."),
            ("pb", "TOP 1 Eröffnung und Feststellung der Beschlussfähigkeit"),
            ("p", "Der Vorsitzende eröffnet die Sitzung und stellt die form- und fristgerechte Ladung "
                  "sowie die Beschlussfähigkeit fest. Als Unterzeichner der Niederschrift werden "
                  "Stadträtin Hänel und Stadtrat Wagner bestimmt."),
            ("pb", "TOP 2 Ersatzneubau der Brücke Gückelsberger Straße – Vergabe Los 1 (BV/087/2025)"),
            ("p", "Frau Lötzsch erläutert das Vergabeergebnis. Auf Nachfrage von Stadtrat Wagner wird "
                  "die Umleitungsführung über Plaue dargestellt; der Busverkehr wird über Falkenau "
                  "geführt."),
            ("p", "Empfehlung an den Stadtrat: Zustimmung. Abstimmung: 8 Ja / 0 Nein / 0 Enthaltungen."),
            ("pb", "TOP 3 Bauvoranfrage Neubau Einfamilienhaus, Flurstück 412/7 Gemarkung Gückelsberg "
                   "(BV/085/2025)"),
            ("p", "Das gemeindliche Einvernehmen wird erteilt. Abstimmung: 7 Ja / 1 Nein / 0 "
                  "Enthaltungen."),
            ("pagebreak",),
            ("pb", "TOP 4 Straßenbeleuchtung – Umrüstung auf LED, 3. Bauabschnitt (BV/089/2025)"),
            ("p", "Herr Vogel berichtet, dass mit dem 3. Bauabschnitt 412 Leuchten umgerüstet werden. "
                  "Die Einsparung beträgt rund 96.000 kWh pro Jahr. Der Ausschuss beschließt die Vergabe "
                  "einstimmig (8 Ja)."),
            ("pb", "TOP 5 Informationen und Anfragen"),
            ("p", "Die nächste Sitzung des Technischen Ausschusses findet am 14.01.2026 statt. Stadträtin "
                  "Hänel fragt nach dem Winterdienst am Bahnhof; die Verwaltung antwortet schriftlich."),
            ("space",),
            ("p", "Gerlach, Vorsitzender      Seidel, Schriftführerin      Hänel, Stadträtin      "
                  "Wagner, Stadtrat"),
        ],
        truth=dict(
            doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2025-11-19",
            title="öffentliche Sitzung des Technischen Ausschusses der Stadt Flöha",
            public=True,
            references=["BV/087/2025", "BV/085/2025", "BV/089/2025"],
            themes=["mobilitaet", "klima_umwelt"], themes_why="bridge, LED street lighting",
            notes=".odt Niederschrift, 2 pages, Word header with committee and date. Session line under "
                  "the type word ('über die' dropped) → title; the council name 'der Stadt Flöha' kept as "
                  "printed. Ruled key table without header (Datum, Ort, …). Agenda numbers in brackets in "
                  "the TOP headings → references. 'Flurstück 412/7', '412 Leuchten', the next session "
                  "14.01.2026 and votes are lures.",
        ),
    ),
    # ------------------------------------------------------------------ Stadt Friedrichroda (TH)
    dict(
        file="y23_friedrichroda_112-2025_kita-ernstroda.pdf",
        producer="chromium", font="Liberation Sans", size=10,
        layout="friedrichroda_session_vorlage_chromium", city=FRI, pages=1,
        head="Stadt Friedrichroda – Sitzungsdienst",
        css="table.kv td:first-child { width: 4.4cm; }",
        blocks=[
            ("h", "Stadt Friedrichroda", 12),
            ("h", "Beschlussvorlage", 16),
            ("kv", [("Beschluss-Vorlage Nr.:", "112/2025"),
                    ("Einreicher:", "Bürgermeister"),
                    ("Bearbeiter:", "Hauptamt, SG Kindertagesstätten"),
                    ("Datum:", "10.11.2025")]),
            ("table", ["Gremium", "Sitzungstermin", "ö / nö", "Bemerkung"],
             [["Hauptausschuss", "24.11.2025", "nö", "Vorberatung"],
              ["Stadtrat", "08.12.2025", "ö", "Beschlussfassung"]]),
            ("kv", [("Beschlusstitel:", "Erweiterung der Kindertagesstätte „Bergzwerge“ in Ernstroda – "
                                        "Vergabe der Planungsleistungen (Leistungsphasen 1 bis 4)")]),
            ("pb", "Beschlussvorschlag:"),
            ("p", "Der Stadtrat beschließt, die Objektplanung für die Erweiterung der Kindertagesstätte "
                  "„Bergzwerge“ in Ernstroda (Leistungsphasen 1 bis 4 HOAI) an das Architekturbüro "
                  "Hesse & Partner zu vergeben. Das Honorar beträgt 118.400 € brutto."),
            ("pb", "Begründung:"),
            ("p", "Die Kita ist mit 64 Plätzen ausgelastet; nach der Bedarfsplanung des Landkreises "
                  "fehlen im Stadtgebiet ab 2027 rund 20 Plätze, vor allem für Kinder unter drei Jahren. "
                  "Geplant ist ein eingeschossiger Anbau mit zwei Gruppenräumen. Für den Bau ist eine "
                  "Förderung nach der Thüringer Kita-Investitionsrichtlinie beantragt (Antrag vom "
                  "30.09.2025)."),
            ("pb", "Finanzielle Auswirkungen:"),
            ("p", "Haushaltsstelle 2.4641.9400 – im Entwurf des Haushaltsplans 2026 (Drucksache 108/2025) "
                  "veranschlagt."),
        ],
        truth=dict(
            drucksache="112/2025", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
            date="2025-11-10",
            title="Erweiterung der Kindertagesstätte „Bergzwerge“ in Ernstroda – Vergabe der "
                  "Planungsleistungen (Leistungsphasen 1 bis 4)",
            public=None, department="Hauptamt, SG Kindertagesstätten",
            references=["108/2025"],
            consultations=[C("Hauptausschuss", "2025-11-24", "Vorberatung"),
                           C("Stadtrat", "2025-12-08", "Entscheidung")],
            themes=["bildung", "finanzen"], themes_why="daycare extension, planning contract",
            notes="Two headings (city 12 pt, type word 16 pt), keys with colons incl. the rare "
                  "'Beschluss-Vorlage Nr.:', 'Einreicher: Bürgermeister' (→ originator null), 'Bearbeiter:' "
                  "as the unit (department). Beratungsfolge with ö/nö column and the role in "
                  "'Bemerkung'; one nö row and no status of the paper itself → public null. Title after "
                  "the key 'Beschlusstitel:' (wrapped). 'Drucksache 108/2025' cited → reference; "
                  "'Haushaltsstelle 2.4641.9400', 'HOAI', the Förderantrag date are lures.",
        ),
    ),
    dict(
        file="y24_friedrichroda_jugendbeirat_stellungnahme-haushalt-2026.pdf",
        producer="libreoffice-docx", font="Liberation Sans", size=11,
        layout="friedrichroda_jugendbeirat_word", city=FRI, pages=1,
        head="Jugendbeirat der Stadt Friedrichroda",
        running="Jugendbeirat Friedrichroda · c/o Jugendhaus „Alte Post“ · Marktstraße 9",
        blocks=[
            ("right", "Friedrichroda, 20.11.2025"),
            ("h", "Stellungnahme des Jugendbeirates", 13),
            ("kv", [("zu:", "Drucksache 108/2025"),
                    ("Thema:", "Entwurf der Haushaltssatzung und des Haushaltsplans 2026")]),
            ("p", "Der Jugendbeirat hat den Entwurf des Haushaltsplans in seiner Sitzung am 18.11.2025 "
                  "beraten und gibt gemäß § 4 seiner Geschäftsordnung folgende Stellungnahme ab:"),
            ("ol", ["Wir begrüßen, dass die Mittel für die offene Jugendarbeit mit 42.000 € auf dem "
                    "Vorjahresniveau bleiben.",
                    "Wir bitten, für den Skatepark am Sportplatz Finsterbergen 25.000 € für die Sanierung "
                    "der Rampen einzustellen (bisher nicht veranschlagt).",
                    "Das Jugendbudget des Beirates (2.000 €) soll auf 3.500 € erhöht werden, damit "
                    "Projekte in Ernstroda und Finsterbergen gefördert werden können."]),
            ("p", "Der Jugendbeirat bittet den Stadtrat, diese Punkte in seiner Sitzung am 08.12.2025 "
                  "zu berücksichtigen. Beschlossen mit 7 Ja-Stimmen bei 1 Enthaltung."),
            ("p", "Lea-Marie Schönfeld\nSprecherin des Jugendbeirates"),
        ],
        truth=dict(
            doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-11-20",
            title="Entwurf der Haushaltssatzung und des Haushaltsplans 2026",
            originator="Jugendbeirat der Stadt Friedrichroda", answers="108/2025",
            themes=["finanzen", "kultur_sport"], themes_why="budget, youth work, skate park",
            notes="Beirat name only in the Word header (originator); heading 'Stellungnahme des "
                  "Jugendbeirates'. Keys 'zu:' → answers 108/2025 and 'Thema:' → title. Its own session "
                  "18.11.2025 and the Stadtrat session 08.12.2025 in sentences → no consultations. "
                  "'§ 4 seiner Geschäftsordnung' and amounts are lures.",
        ),
    ),
    dict(
        file="y25_friedrichroda_antrag-freie-buerger_mitfahrbaenke.pdf",
        producer="reportlab", font="Liberation Sans", size=10.5,
        layout="friedrichroda_fraktion_antrag_reportlab", city=FRI, pages=1,
        running="Fraktion Freie Bürger Friedrichroda · Vorsitzender Ralf Dietzel · Finsterbergen",
        blocks=[
            ("p", "Fraktion Freie Bürger Friedrichroda"),
            ("p", "An den Vorsitzenden des Stadtrates\nStadt Friedrichroda\nAm Kurpark 4\n"
                  "99894 Friedrichroda"),
            ("right", "Finsterbergen, 21.11.2025"),
            ("table", None, [["Antrag an den Stadtrat", "Sitzung am 08.12.2025"]], [0.55, 0.45]),
            ("space",),
            ("h", "Mitfahrbänke für Finsterbergen und Ernstroda", 12),
            ("p", "Der Stadtrat möge beschließen:"),
            ("p", "Die Stadtverwaltung wird beauftragt, in Abstimmung mit den Ortsteilräten je zwei "
                  "Mitfahrbänke in Finsterbergen und Ernstroda mit Zielschildern (Friedrichroda "
                  "Marktplatz, Bahnhof Reinhardsbrunn) aufzustellen. Die Kosten von rund 6.000 € werden "
                  "aus dem Budget für Straßenausstattung gedeckt."),
            ("pb", "Begründung:"),
            ("p", "Zwischen den Ortsteilen und der Kernstadt fährt am Wochenende nur alle zwei Stunden "
                  "ein Bus der Linie 852. Mitfahrbänke haben sich in vielen Thüringer Gemeinden bewährt, "
                  "sind kostengünstig und stärken die Nachbarschaftshilfe."),
            ("p", "Ralf Dietzel\nFraktionsvorsitzender"),
        ],
        truth=dict(
            doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-21",
            title="Mitfahrbänke für Finsterbergen und Ernstroda",
            originator="Fraktion Freie Bürger Friedrichroda",
            consultations=[C("Stadtrat", "2025-12-08", None)],
            themes=["mobilitaet", "soziales"], themes_why="ride-sharing benches, rural mobility",
            notes="ReportLab letter: Fraktion line top left, addressee, place-date right; a one-row ruled "
                  "table 'Antrag an den Stadtrat | Sitzung am 08.12.2025' (type word in a cell) → "
                  "consultation Stadtrat, role null. Title = the 12-pt heading without label. "
                  "'Linie 852' and the Marktstraße house numbers are lures.",
        ),
    ),
    dict(
        file="y26_friedrichroda_bekanntmachung-einladung-stadtrat.pdf",
        producer="chromium-raw", font="DejaVu Serif", size=9.5,
        layout="friedrichroda_amtsblatt_bekanntmachung_raw", city=FRI, pages=1,
        css=(".frame { border: 1.2pt solid #000; padding: 10pt 14pt; } "
             ".kopf { text-align: center; font-size: 8pt; letter-spacing: 1pt; margin-bottom: 6pt; } "
             "h2 { text-align: center; font-size: 13pt; margin: 2pt 0 8pt 0; } "
             "ol { margin: 2pt 0 6pt 0; padding-left: 18pt; } li { margin-bottom: 2pt; } "
             ".amt { font-size: 8pt; color: #333; border-bottom: 0.5pt solid #000; margin-bottom: 8pt; "
             "padding-bottom: 3pt; }"),
        html=("<div class='amt'>Amtsblatt der Stadt Friedrichroda · Nr. 23/2025 · Ausgabe vom 28.11.2025 · "
              "Seite 4</div>"
              "<div class='frame'><div class='kopf'>ÖFFENTLICHE BEKANNTMACHUNG</div>"
              "<h2>Einladung zur 31. Sitzung des Stadtrates der Stadt Friedrichroda</h2>"
              "<p>Die 31. Sitzung des Stadtrates findet am <b>Montag, dem 08.12.2025, um 19:00 Uhr</b> im "
              "Kurhaus Friedrichroda, Kleiner Saal, statt.</p>"
              "<p><b>Tagesordnung</b></p><p><i>Öffentlicher Teil</i></p><ol>"
              "<li>Eröffnung, Feststellung der Beschlussfähigkeit und Bestätigung der Tagesordnung</li>"
              "<li>Bestätigung der Niederschrift der Sitzung vom 10.11.2025</li>"
              "<li>Bürgerfragestunde</li>"
              "<li>Haushaltssatzung und Haushaltsplan 2026 – Beschlussfassung (Drucksache 108/2025)</li>"
              "<li>Erweiterung der Kindertagesstätte „Bergzwerge“ in Ernstroda – Vergabe der "
              "Planungsleistungen (Drucksache 112/2025)</li>"
              "<li>Antrag der Fraktion Freie Bürger Friedrichroda: Mitfahrbänke für Finsterbergen und "
              "Ernstroda</li>"
              "<li>Satzung über die Erhebung einer Gästetaxe – 2. Änderung (Drucksache 115/2025)</li>"
              "<li>Informationen des Bürgermeisters</li></ol>"
              "<p><i>Nichtöffentlicher Teil</i></p><ol start='9'>"
              "<li>Grundstücksangelegenheiten</li><li>Personalangelegenheiten</li></ol>"
              "<p>Friedrichroda, 24.11.2025</p>"
              "<p>Frank Oehrling<br>Bürgermeister</p></div>"),
        truth=dict(
            doc_type="Einladung", doc_type_printed="Einladung", date="2025-11-24",
            title="31. Sitzung des Stadtrates der Stadt Friedrichroda",
            public=None,
            references=["108/2025", "112/2025", "115/2025"],
            themes=["finanzen", "bildung"], themes_why="agenda: budget, daycare, tourist tax",
            notes="Einladung as a framed 'Öffentliche Bekanntmachung' in the Amtsblatt (raw HTML): the "
                  "Amtsblatt line above the frame carries its own number 'Nr. 23/2025' and issue date "
                  "28.11.2025 (lures: not the paper's number or date; date = signature 24.11.2025). "
                  "Öffentlicher and nichtöffentlicher Teil → public null (as a mixed session; doubtful: "
                  "the Bekanntmachung itself is public). Title = the heading after 'Einladung zur'. "
                  "The Fraktion Antrag TOP has no number.",
        ),
    ),
    # ------------------------------------------------------------------ VG Ebelsbach (BY)
    dict(
        file="y27_vg-ebelsbach_gv-2026-003_haushalt-2026.pdf",
        producer="libreoffice-odt", font="Liberation Sans", size=10.5,
        layout="ebelsbach_sitzungsvorlage_odt", city=EBE, pages=1,
        blocks=[
            ("p", "Verwaltungsgemeinschaft Ebelsbach\nfür die Gemeinden Ebelsbach und Stettfeld"),
            ("h", "Sitzungsvorlage", 14),
            ("table", None,
             [["Vorlage", "GV/2026/003", "Sachgebiet", "Kämmerei", "Datum", "05.01.2026"]]),
            ("p", "Beratung in: Gemeinschaftsversammlung – Sitzung am 15.01.2026 – öffentlich – Beschluss"),
            ("kv", [("Tagesordnungspunkt:", "Haushaltssatzung und Haushaltsplan 2026 der "
                                           "Verwaltungsgemeinschaft; Festsetzung der Verwaltungsumlage")]),
            ("pb", "Sachverhalt"),
            ("p", "Der Entwurf des Haushaltsplans 2026 schließt im Verwaltungshaushalt mit 2.684.300 € "
                  "und im Vermögenshaushalt mit 186.500 € ab. Die Verwaltungsumlage wird nach der "
                  "Einwohnerzahl zum 30.06.2025 (Ebelsbach 3.912, Stettfeld 1.108) verteilt und beträgt "
                  "412,60 € je Einwohner (Vorjahr 389,20 €)."),
            ("p", "Ursachen der Steigerung sind die Tarifabschlüsse, die Einführung der E-Akte "
                  "(Anteil 2026: 38.000 €) und höhere Kosten für IT-Sicherheit. Kredite sind nicht "
                  "vorgesehen."),
            ("pb", "Beschlussvorschlag"),
            ("p", "Die Gemeinschaftsversammlung beschließt die Haushaltssatzung 2026 mit dem "
                  "Haushaltsplan in der vorliegenden Fassung. Die Verwaltungsumlage wird auf 412,60 € je "
                  "Einwohner festgesetzt."),
            ("space",),
            ("p", "Ebelsbach, 05.01.2026\ngez. Bernhard Zettelmeier, Gemeinschaftsvorsitzender"),
        ],
        truth=dict(
            drucksache="GV/2026/003", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
            date="2026-01-05",
            title="Haushaltssatzung und Haushaltsplan 2026 der Verwaltungsgemeinschaft; Festsetzung der "
                  "Verwaltungsumlage",
            public=True, department="Kämmerei",
            consultations=[C("Gemeinschaftsversammlung", "2026-01-15", "Entscheidung")],
            themes=["finanzen", "verwaltung"], themes_why="VG budget, administrative levy, e-file",
            notes="Bavarian Verwaltungsgemeinschaft, .odt. One ruled header row of six cells (label | "
                  "value ×3: Vorlage, Sachgebiet, Datum). 'Beratung in:' free line with dashes "
                  "(committee – date – öffentlich – Beschluss) → consultation Entscheidung, public true. "
                  "Title after the key 'Tagesordnungspunkt:'. Department = the 'Sachgebiet' value "
                  "'Kämmerei'. Population date 30.06.2025 is a lure.",
        ),
    ),
    dict(
        file="y28_vg-ebelsbach_niederschrift-gemeinschaftsversammlung.pdf",
        producer="reportlab", font="DejaVu Serif", size=10.5,
        layout="ebelsbach_niederschrift_reportlab", city=EBE, pages=2,
        running="Niederschrift GV 15.01.2026 – Seite {page}",
        blocks=[
            ("p", "Verwaltungsgemeinschaft Ebelsbach"),
            ("h", "NIEDERSCHRIFT", 14),
            ("pb", "über die öffentliche Sitzung der Gemeinschaftsversammlung"),
            ("kv", [("Sitzungstag:", "15.01.2026"), ("Sitzungsort:", "Rathaus Ebelsbach, Sitzungssaal"),
                    ("Beginn:", "19:00 Uhr"), ("Ende:", "20:20 Uhr")], 0.25),
            ("p", "Vorsitzender: Gemeinschaftsvorsitzender Bernhard Zettelmeier (Erster Bürgermeister "
                  "Ebelsbach)\nAnwesend: Erste Bürgermeisterin Sabine Eckert (Stettfeld) sowie 7 "
                  "weitere Mitglieder; entschuldigt: 1 Mitglied\nSchriftführer: Verwaltungsfachwirt "
                  "Jonas Pfister"),
            ("p", "Der Vorsitzende stellt fest, dass sämtliche Mitglieder ordnungsgemäß geladen wurden "
                  "und die Gemeinschaftsversammlung beschlussfähig ist."),
            ("pb", "1. Genehmigung der Niederschrift der Sitzung vom 20.11.2025"),
            ("p", "Die Niederschrift wird ohne Einwände genehmigt. Abstimmung: 9 : 0"),
            ("pb", "2. Haushaltssatzung und Haushaltsplan 2026; Festsetzung der Verwaltungsumlage "
                   "(Vorlage GV/2026/003 mit Ergänzung GV/2026/003-1)"),
            ("p", "Kämmerer Thomas Ruß erläutert den Entwurf und die Tischvorlage zum Stellenplan. "
                  "Bürgermeisterin Eckert fragt nach dem Verteilungsschlüssel; dieser richtet sich nach "
                  "Art. 8 Abs. 1 VGemO nach der Einwohnerzahl."),
            ("p", "Beschluss: Die Gemeinschaftsversammlung beschließt die Haushaltssatzung 2026 mit "
                  "Haushaltsplan und Stellenplan in der Fassung der Ergänzung. Die Verwaltungsumlage "
                  "wird auf 412,60 € je Einwohner festgesetzt."),
            ("p", "Abstimmung: 9 : 0"),
            ("pagebreak",),
            ("pb", "3. Einführung der elektronischen Akte – Sachstand (Vorlage GV/2026/005)"),
            ("p", "Herr Pfister berichtet: Die Einführung erfolgt in drei Stufen bis Ende 2027. Stufe 1 "
                  "(Bauamt und Kämmerei) startet am 01.04.2026. Die Gemeinschaftsversammlung nimmt den "
                  "Bericht zur Kenntnis."),
            ("pb", "4. Verschiedenes"),
            ("p", "Der Vorsitzende weist auf die nächste Sitzung am 19.03.2026 hin. Weitere Wortmeldungen "
                  "gibt es nicht."),
            ("space",),
            ("p", "Bernhard Zettelmeier                              Jonas Pfister\nVorsitzender"
                  "                                  Schriftführer"),
        ],
        truth=dict(
            doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-01-15",
            title="öffentliche Sitzung der Gemeinschaftsversammlung",
            public=True,
            references=["GV/2026/003", "GV/2026/003-1", "GV/2026/005"],
            themes=["finanzen", "digitalisierung"], themes_why="budget, e-file introduction",
            notes="ReportLab, 2 pages, type word in capitals, session line bold ('über die' dropped → "
                  "title; the VG's name is only in the line above). Keys with colons in a narrow left "
                  "column. Vorlagen in brackets in the TOP headings → references (incl. the Ergänzung "
                  "'GV/2026/003-1'). Previous (20.11.2025) and next (19.03.2026) sessions, '01.04.2026', "
                  "'Art. 8 Abs. 1 VGemO', votes '9 : 0' are lures.",
        ),
    ),
    dict(
        file="y29_vg-ebelsbach_schreiben-verwaltungsumlage-2026.pdf",
        producer="libreoffice-docx", font="Liberation Serif", size=11,
        layout="ebelsbach_letter_word", city=EBE, pages=1,
        head="Verwaltungsgemeinschaft Ebelsbach · Sachgebiet Kämmerei",
        running="VGem Ebelsbach · Schulgasse 6 · 97500 Ebelsbach · Tel. 09522 9411-30 · "
                "Öffnungszeiten Mo–Fr 8–12 Uhr",
        blocks=[
            ("p", "VGem Ebelsbach · Schulgasse 6 · 97500 Ebelsbach"),
            ("kv", [("Gemeinde Stettfeld\nFrau Erste Bürgermeisterin\nSabine Eckert\nHauptstraße 12\n"
                     "96188 Stettfeld",
                     "Az.: 902-2/2026\nSachbearbeiter: Thomas Ruß\nDatum: 20.01.2026")]),
            ("space",),
            ("pb", "Verwaltungsumlage 2026 – Festsetzung und Abschlagszahlungen"),
            ("p", "Sehr geehrte Frau Bürgermeisterin Eckert,"),
            ("p", "die Gemeinschaftsversammlung hat in ihrer Sitzung am 15.01.2026 die Haushaltssatzung "
                  "2026 beschlossen (Vorlage GV/2026/003). Die Verwaltungsumlage beträgt 412,60 € je "
                  "Einwohner. Für die Gemeinde Stettfeld (1.108 Einwohner) ergibt sich eine Umlage von "
                  "457.160,80 €."),
            ("p", "Die Umlage wird in vier Teilbeträgen zum 15.02., 15.05., 15.08. und 15.11.2026 "
                  "fällig. Die Haushaltssatzung liegt derzeit dem Landratsamt zur Würdigung vor; "
                  "Änderungen teilen wir Ihnen umgehend mit."),
            ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nThomas Ruß\nKämmerer"),
        ],
        truth=dict(
            doc_type="Schreiben", doc_type_printed=None, date="2026-01-20",
            title="Verwaltungsumlage 2026 – Festsetzung und Abschlagszahlungen",
            department="Sachgebiet Kämmerei", references=["GV/2026/003"],
            themes=["finanzen", "verwaltung"], themes_why="administrative levy to member municipality",
            notes="Letter as python-docx → LibreOffice: return line, address and reference block side by "
                  "side in a borderless two-column table ('Az.: 902-2/2026' own file mark, no number). "
                  "Department = the unit in the Word header 'Sachgebiet Kämmerei' (the y27 key value "
                  "'Kämmerei' is the short form). Bold subject without label = title. 'Vorlage "
                  "GV/2026/003' cited → reference; session date 15.01.2026 and due dates are lures.",
        ),
    ),
    dict(
        file="y30_vg-ebelsbach_gv-2026-003-1_ergaenzung-stellenplan.pdf",
        producer="ghostscript", base="libreoffice-html", font="Liberation Sans", size=10.5,
        layout="ebelsbach_tischvorlage_html_gs", city=EBE, pages=1,
        blocks=[
            ("p", "Verwaltungsgemeinschaft Ebelsbach"),
            ("h", "Ergänzungsvorlage (Tischvorlage)", 13),
            ("table", None, [["Vorlage-Nr.", "GV/2026/003-1"],
                             ["Ergänzung zu", "Sitzungsvorlage GV/2026/003 vom 05.01.2026"],
                             ["Sitzung", "Gemeinschaftsversammlung am 15.01.2026"],
                             ["Sachgebiet", "Personal und Organisation"],
                             ["erstellt", "13.01.2026"]]),
            ("pb", "Betreff: Haushaltssatzung und Haushaltsplan 2026; Änderung des Stellenplans"),
            ("p", "Nach Versand der Sitzungsvorlage hat das Landratsamt mitgeteilt, dass für die "
                  "Einführung der E-Akte eine zusätzliche befristete Stelle (0,5 VZÄ, EG 9a TVöD, "
                  "befristet bis 31.12.2027) zuwendungsfähig ist. Der Stellenplan wird daher um diese "
                  "Stelle ergänzt. Die Mehrkosten von 21.300 € werden zu 60 % gefördert; die "
                  "Verwaltungsumlage ändert sich dadurch nicht."),
            ("pb", "Ergänzter Beschlussvorschlag"),
            ("p", "Die Gemeinschaftsversammlung beschließt den Stellenplan 2026 in der Fassung der "
                  "Anlage zu dieser Ergänzungsvorlage."),
        ],
        truth=dict(
            drucksache="GV/2026/003-1", doc_type="Ergänzungsvorlage",
            doc_type_printed="Ergänzungsvorlage", date="2026-01-13",
            title="Haushaltssatzung und Haushaltsplan 2026; Änderung des Stellenplans",
            department="Personal und Organisation", references=["GV/2026/003"],
            consultations=[C("Gemeinschaftsversammlung", "2026-01-15", None)],
            themes=["finanzen", "verwaltung"], themes_why="staff plan change, e-file position",
            notes="LibreOffice-from-HTML page re-distilled by Ghostscript. Heading 'Ergänzungsvorlage "
                  "(Tischvorlage)' → doc_type_printed 'Ergänzungsvorlage' (the bracket is a second type "
                  "word, doubtful). Ruled key table: 'Ergänzung zu | Sitzungsvorlage GV/2026/003 vom "
                  "05.01.2026' → reference (and its date a lure); 'Sitzung | Gemeinschaftsversammlung am "
                  "15.01.2026' → consultation role null; 'erstellt | 13.01.2026' → date. No status → "
                  "public null. 'EG 9a TVöD', '31.12.2027' lures.",
        ),
    ),
    # ------------------------------------------------------------------ Integrationsrat Werdohl (NW)
    dict(
        file="y31_werdohl_ds-25-318_integrationskonzept.pdf",
        producer="chromium", font="Nimbus Sans", size=10,
        layout="werdohl_vorlage_chromium", city=WER, pages=1,
        running="Stadt Werdohl – Drucksache 25/318 – öffentlich",
        css=("table.grid th { background: #f0f0f0; font-size: 8.5pt; } "
             "table.grid td { font-size: 9pt; }"),
        blocks=[
            ("table", None, [["Stadt Werdohl\nDer Bürgermeister\nFachbereich 2 – Jugend, Soziales, "
                              "Integration", "Drucksache\n25/318\n\nöffentlich\n04.11.2025"]]),
            ("h", "Vorlage für den Integrationsrat, den Ausschuss und den Rat", 11),
            ("table", ["Beratungsfolge", "Termin", "Beratungsart"],
             [["Integrationsrat", "18.11.2025", "Vorberatung"],
              ["Ausschuss für Soziales, Generationen und Integration", "25.11.2025", "Vorberatung"],
              ["Rat der Stadt Werdohl", "15.12.2025", "Entscheidung"]]),
            ("pb", "Fortschreibung des Integrationskonzepts der Stadt Werdohl 2026–2030"),
            ("pb", "Beschlussvorschlag:"),
            ("p", "Der Rat beschließt die Fortschreibung des Integrationskonzepts (Anlage 1) als "
                  "Handlungsrahmen für die Jahre 2026 bis 2030."),
            ("pb", "Sachverhalt:"),
            ("p", "Das Integrationskonzept aus dem Jahr 2017 (Drucksache 17/044) wurde in einem "
                  "Beteiligungsprozess mit acht Werkstätten fortgeschrieben. Rund ein Drittel der "
                  "Einwohnerinnen und Einwohner Werdohls hat eine Einwanderungsgeschichte. Schwerpunkte "
                  "sind Sprache und frühe Bildung, Übergang Schule–Beruf, Wohnen im Quartier sowie die "
                  "interkulturelle Öffnung der Verwaltung."),
            ("p", "Der Integrationsrat wurde nach § 27 GO NRW beteiligt; seine Arbeitsgruppe hat am "
                  "28.10.2025 getagt."),
            ("pb", "Finanzielle Auswirkungen:"),
            ("p", "Keine unmittelbaren; Maßnahmen werden in den jeweiligen Haushaltsjahren veranschlagt "
                  "(Produkt 05.03.01)."),
            ("table", None, [["Klimarelevanz", "☐ ja, positiv", "☐ ja, negativ", "☒ keine"]]),
        ],
        truth=dict(
            drucksache="25/318", doc_type="Beschlussvorlage", doc_type_printed="Vorlage",
            date="2025-11-04",
            title="Fortschreibung des Integrationskonzepts der Stadt Werdohl 2026–2030",
            public=True, department="Fachbereich 2 – Jugend, Soziales, Integration",
            references=["17/044"],
            consultations=[C("Integrationsrat", "2025-11-18", "Vorberatung"),
                           C("Ausschuss für Soziales, Generationen und Integration", "2025-11-25",
                             "Vorberatung"),
                           C("Rat der Stadt Werdohl", "2025-12-15", "Entscheidung")],
            klimacheck="neutral", klima_style="table_row_checkbox_ja_positiv_negativ_keine",
            themes=["soziales", "bildung"], themes_why="integration concept",
            notes="Ruled two-cell header: sender and Fachbereich left, right cell 'Drucksache' over the "
                  "number, then bare 'öffentlich' and a bare date. Heading 'Vorlage für den "
                  "Integrationsrat, den Ausschuss und den Rat' → doc_type Beschlussvorlage (it has a "
                  "Beschlussvorschlag), doc_type_printed 'Vorlage' (doubtful). Bold title after the "
                  "Beratungsfolge. 'Drucksache 17/044' cited → reference. Klimarelevanz as a one-row "
                  "checkbox table ☒ keine → neutral. Working group date 28.10.2025, 'Produkt 05.03.01', "
                  "'§ 27 GO NRW' are lures.",
        ),
    ),
    dict(
        file="y32_werdohl_anfrage-liste-miteinander_sprachkurse.pdf",
        producer="libreoffice-html", font="DejaVu Sans", size=10,
        layout="werdohl_anfrage_liste_html", city=WER, pages=1,
        blocks=[
            ("p", "Liste „Miteinander Werdohl“ im Integrationsrat der Stadt Werdohl\n"
                  "Sprecherin: Aylin Demirtaş"),
            ("right", "Werdohl, 03.11.2025"),
            ("p", "An die Vorsitzende des Integrationsrates\nFrau Elif Yıldız\n– über den Bürgermeister –"),
            ("h", "Anfrage für die Sitzung des Integrationsrates am 18.11.2025", 12),
            ("pb", "Angebot an Sprach- und Integrationskursen in Werdohl"),
            ("p", "Seit der Schließung der Kursräume in der ehemaligen Realschule müssen viele "
                  "Teilnehmende Integrationskurse in den Nachbarstädten besuchen. Wir bitten die "
                  "Verwaltung um Beantwortung folgender Fragen:"),
            ("ol", ["Wie viele Integrations- und Berufssprachkurse finden derzeit in Werdohl statt?",
                    "Wie viele Personen aus Werdohl warten auf einen Kursplatz?",
                    "Kann die Stadt Räume (z. B. im Bürgerhaus) für Kursträger zur Verfügung stellen?",
                    "Gibt es Kurse mit Kinderbetreuung?"]),
            ("p", "Mit freundlichen Grüßen\nAylin Demirtaş"),
        ],
        truth=dict(
            doc_type="Anfrage", doc_type_printed="Anfrage", date="2025-11-03",
            title="Angebot an Sprach- und Integrationskursen in Werdohl",
            originator="Liste „Miteinander Werdohl“",
            consultations=[C("Integrationsrat", "2025-11-18", None)],
            themes=["soziales", "bildung"], themes_why="language and integration courses",
            notes="Anfrage of an elected list in the Integrationsrat (originator = the list's name as "
                  "printed, without 'im Integrationsrat der Stadt Werdohl'; doubtful, the long form is "
                  "also right). Heading 'Anfrage für die Sitzung des Integrationsrates am 18.11.2025' → "
                  "consultation Integrationsrat, role null. No number. Turkish letters ş, ı in names.",
        ),
    ),
    dict(
        file="y33_werdohl_antwort-anfrage-sprachkurse.pdf",
        producer="ghostscript", base="chromium", font="Liberation Sans", size=10,
        layout="werdohl_antwort_chromium_gs", city=WER, pages=1,
        blocks=[
            ("table", None, [["Stadt Werdohl\nDer Bürgermeister", "Fachbereich 2\nJugend, Soziales, "
                                                                  "Integration"]]),
            ("h", "Antwort der Verwaltung", 13),
            ("kv", [("Gremium:", "Integrationsrat"), ("Sitzung:", "18.11.2025"),
                    ("Art:", "Kenntnisnahme"),
                    ("Bezug:", "Anfrage der Liste „Miteinander Werdohl“ vom 03.11.2025")]),
            ("pb", "Angebot an Sprach- und Integrationskursen in Werdohl"),
            ("p", "1. Derzeit finden in Werdohl zwei Integrationskurse (Träger: VHS Volmetal, "
                  "Kursnummer 25-IK-04 und 25-IK-05) und ein Berufssprachkurs B2 statt."),
            ("p", "2. Nach Auskunft der Kursträger stehen 37 Personen aus Werdohl auf Wartelisten."),
            ("p", "3. Das Bürgerhaus kann ab Februar 2026 an zwei Vormittagen pro Woche kostenfrei "
                  "genutzt werden; Gespräche mit zwei Trägern laufen."),
            ("p", "4. Ein Kurs mit Kinderbetreuung ist für das Frühjahr 2026 geplant, sofern das BAMF "
                  "die Förderung bewilligt."),
            ("right", "Werdohl, 12.11.2025\nIm Auftrag\nMelanie Sauer"),
        ],
        truth=dict(
            doc_type="Antwort", doc_type_printed="Antwort", date="2025-11-12",
            title="Angebot an Sprach- und Integrationskursen in Werdohl",
            department="Fachbereich 2 Jugend, Soziales, Integration",
            consultations=[C("Integrationsrat", "2025-11-18", "Kenntnisnahme")],
            themes=["soziales", "bildung"], themes_why="language and integration courses",
            notes="Chromium page re-distilled by Ghostscript. Ruled two-cell header (sender | unit over two "
                  "lines; department joined with one space as the lines are). Heading 'Antwort der "
                  "Verwaltung'; keys Gremium/Sitzung/Art → consultation Kenntnisnahme; 'Bezug:' names the "
                  "Anfrage by its sender and date only (no number) → answers null. Course numbers "
                  "'25-IK-04' are lures. Date right at the foot.",
        ),
    ),
    dict(
        file="y34_werdohl_mv-25-327_migrationsberatung-bericht.pdf",
        producer="reportlab", font="Liberation Sans", size=10,
        layout="werdohl_mitteilungsvorlage_reportlab", city=WER, pages=1,
        running="Mitteilungsvorlage 25/327 · Stadt Werdohl · Seite {page}",
        blocks=[
            ("kv", [("Stadt Werdohl", "Mitteilungsvorlage\nNr.: 25/327")], 0.65),
            ("kv", [("Fachbereich:", "Fachbereich 2 – Jugend, Soziales, Integration"),
                    ("Datum:", "05.11.2025"), ("Öffentlichkeitsstatus:", "öffentlich")], 0.3),
            ("table", ["Gremium", "Datum", "Zuständigkeit"],
             [["Integrationsrat", "18.11.2025", "Kenntnisnahme"],
              ["Ausschuss für Soziales, Generationen und Integration", "25.11.2025", "Kenntnisnahme"]],
             [0.55, 0.2, 0.25]),
            ("space",),
            ("kv", [("Betreff:", "Bericht über die Migrationsberatung und das Quartiersbüro Innenstadt "
                                 "im Jahr 2025")], 0.3),
            ("pb", "Mitteilung:"),
            ("p", "Die Migrationsberatung für Erwachsene und das Quartiersbüro Innenstadt haben vom "
                  "01.01. bis 31.10.2025 insgesamt 1.486 Beratungen durchgeführt (Vorjahreszeitraum: "
                  "1.302). Häufigste Anliegen waren Wohnungssuche (29 %), Anerkennung ausländischer "
                  "Berufsabschlüsse (18 %) und Fragen zu Kita und Schule (16 %)."),
            ("p", "Die Förderung des Quartiersbüros aus dem Landesprogramm läuft am 30.06.2026 aus. "
                  "Die Verwaltung bereitet einen Folgeantrag vor und wird den Integrationsrat "
                  "beteiligen."),
            ("p", "Im Auftrag\nMelanie Sauer"),
        ],
        truth=dict(
            drucksache="25/327", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
            date="2025-11-05",
            title="Bericht über die Migrationsberatung und das Quartiersbüro Innenstadt im Jahr 2025",
            public=True, department="Fachbereich 2 – Jugend, Soziales, Integration",
            consultations=[C("Integrationsrat", "2025-11-18", "Kenntnisnahme"),
                           C("Ausschuss für Soziales, Generationen und Integration", "2025-11-25",
                             "Kenntnisnahme")],
            themes=["soziales"], themes_why="migration counselling report",
            notes="ReportLab: city left and 'Mitteilungsvorlage / Nr.: 25/327' right in one borderless "
                  "row; key list incl. 'Öffentlichkeitsstatus: öffentlich'. Title after 'Betreff:' key. "
                  "Period dates and 30.06.2026 are lures.",
        ),
    ),
    dict(
        file="y35_werdohl_antrag-integrationsrat_servicestelle-buergerbuero.pdf",
        producer="chromium", font="Liberation Serif", size=11,
        layout="werdohl_integrationsrat_antrag_chromium", city=WER, pages=1,
        head="Integrationsrat der Stadt Werdohl · Die Vorsitzende",
        blocks=[
            ("right", "Werdohl, 19.11.2025"),
            ("p", "An den Bürgermeister der Stadt Werdohl\n– zur Weiterleitung an den Rat –"),
            ("h", "Antrag des Integrationsrates gemäß § 27 Abs. 8 GO NRW", 12),
            ("p", "zur Sitzung des Rates der Stadt Werdohl am 15.12.2025"),
            ("pb", "Einrichtung einer mehrsprachigen Servicestelle im Bürgerbüro"),
            ("p", "Der Integrationsrat hat in seiner Sitzung am 18.11.2025 einstimmig beschlossen, dem "
                  "Rat folgenden Antrag vorzulegen:"),
            ("p", "„Die Verwaltung wird beauftragt, ab dem 2. Quartal 2026 im Bürgerbüro an zwei Tagen "
                  "pro Woche eine mehrsprachige Servicestelle (mindestens Türkisch, Arabisch, Ukrainisch, "
                  "Bulgarisch) einzurichten und hierfür auch ehrenamtliche Sprachmittlerinnen und "
                  "Sprachmittler einzubinden. Über die Erfahrungen ist nach einem Jahr zu berichten.“"),
            ("pb", "Begründung"),
            ("p", "Viele Anliegen im Bürgerbüro scheitern an Verständigungsproblemen; Termine müssen "
                  "wiederholt werden. Der Bericht der Verwaltung (Mitteilungsvorlage 25/327) zeigt einen "
                  "deutlichen Anstieg der Beratungen. Eine Servicestelle entlastet die Beschäftigten "
                  "und spart Folgekosten."),
            ("p", "Elif Yıldız\nVorsitzende des Integrationsrates"),
        ],
        truth=dict(
            doc_type="Antrag", doc_type_printed="Antrag", date="2025-11-19",
            title="Einrichtung einer mehrsprachigen Servicestelle im Bürgerbüro",
            originator="Integrationsrat der Stadt Werdohl",
            references=["25/327"],
            consultations=[C("Rat der Stadt Werdohl", "2025-12-15", None)],
            themes=["verwaltung", "soziales"], themes_why="multilingual service desk",
            notes="Antrag of a Beirat to the Rat (§ 27 Abs. 8 GO NRW); originator name only in the running "
                  "header (Chromium fixed div) and the signature line. 'zur Sitzung des Rates der Stadt "
                  "Werdohl am 15.12.2025' → consultation in the nominative 'Rat der Stadt Werdohl', role "
                  "null. Its own session 18.11.2025 is a lure. 'Mitteilungsvorlage 25/327' cited → "
                  "reference.",
        ),
    ),
]
