"""Papers k15–k31 (Henstedt-Ulzburg, VG Montabaur, Biberach an der Riß, Ortenaukreis).

Invented content, names and numbers, in the layouts those councils' information systems print.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ------------------------------------------------------------ Gemeinde Henstedt-Ulzburg (ALLRIS, SH)
ZWS_SATZUNG = [
    ("h", "Satzung über die Erhebung einer Zweitwohnungsteuer in der Gemeinde Henstedt-Ulzburg "
          "(Zweitwohnungsteuersatzung)", 12),
    ("p", "Aufgrund des § 4 der Gemeindeordnung für Schleswig-Holstein und der §§ 1, 2 und 3 des "
          "Kommunalabgabengesetzes des Landes Schleswig-Holstein wird nach Beschlussfassung durch die "
          "Gemeindevertretung vom ……… folgende Satzung erlassen:"),
    ("pb", "§ 1 Allgemeines"),
    ("p", "Die Gemeinde Henstedt-Ulzburg erhebt eine Zweitwohnungsteuer als örtliche Aufwandsteuer."),
    ("pb", "§ 2 Steuergegenstand"),
    ("p", "(1) Gegenstand der Steuer ist das Innehaben einer Zweitwohnung im Gemeindegebiet.\n"
          "(2) Eine Zweitwohnung ist jede Wohnung, die eine Person neben ihrer Hauptwohnung zu Zwecken "
          "des persönlichen Lebensbedarfs oder des persönlichen Lebensbedarfs ihrer Familienangehörigen "
          "innehat."),
    ("pb", "§ 3 Steuerpflichtige"),
    ("p", "Steuerpflichtig ist, wer im Gemeindegebiet eine Zweitwohnung innehat. Haben mehrere Personen "
          "gemeinschaftlich eine Zweitwohnung inne, so sind sie Gesamtschuldner."),
    ("pb", "§ 4 Steuermaßstab"),
    ("p", "(1) Die Steuer bemisst sich nach der Nettokaltmiete, die für die Benutzung der Wohnung im "
          "Besteuerungszeitraum geschuldet wird.\n(2) Bei eigengenutzten Wohnungen gilt als "
          "Nettokaltmiete die ortsübliche Vergleichsmiete."),
    ("pb", "§ 5 Steuersatz"),
    ("p", "Die Steuer beträgt jährlich 12 vom Hundert der Bemessungsgrundlage."),
    ("pb", "§ 6 Entstehung und Fälligkeit der Steuer"),
    ("p", "(1) Die Steuerpflicht entsteht am 1. Januar des Kalenderjahres.\n(2) Die Steuer wird "
          "einen Monat nach Bekanntgabe des Steuerbescheides fällig."),
    ("pb", "§ 7 Anzeigepflicht"),
    ("p", "Wer eine Zweitwohnung in Besitz nimmt oder aufgibt, hat dies der Gemeinde innerhalb eines "
          "Monats anzuzeigen."),
    ("pb", "§ 8 Inkrafttreten"),
    ("p", "Diese Satzung tritt am 1. Januar 2025 in Kraft."),
    ("space",),
    ("p", "Henstedt-Ulzburg, den ………\nDie Bürgermeisterin"),
]

doc(
    file="k15_henstedt-ulzburg_bv-045-2024_zweitwohnungsteuer.pdf", producer="chromium",
    font="Nimbus Sans", size=11, layout="allris_sh_gemeinde_beschlussvorlage", city="Henstedt-Ulzburg",
    blocks=[
        ("kv", [("Gemeinde Henstedt-Ulzburg\nDie Bürgermeisterin", "Vorlage-Nr.: BV/045/2024\n"
                 "Status: öffentlich\nDatum: 12.02.2024")]),
        ("kv", [("Federführend:", "Fachdienst Finanzen und Steuern"),
                ("Bearbeiter:", "Nils Carstens")]),
        ("h", "Beschlussvorlage", 14),
        ("pb", "Erlass einer Satzung über die Erhebung einer Zweitwohnungsteuer"),
        ("table", ["Beratungsfolge", "Zuständigkeit", "Termin"], [
            ["Haupt- und Finanzausschuss der Gemeinde Henstedt-Ulzburg", "Vorberatung", "26.02.2024"],
            ["Gemeindevertretung", "Entscheidung", "12.03.2024"]]),
        ("pb", "Sachverhalt:"),
        ("p", "Die Gemeinde Henstedt-Ulzburg erhebt bislang keine Zweitwohnungsteuer. Nach den Daten des "
              "Melderegisters waren zum 31.12.2023 insgesamt 612 Personen mit Nebenwohnsitz gemeldet, davon "
              "rund 180 Studierende und Auszubildende, die bei ihren Eltern gemeldet sind."),
        ("p", "Die Kommunalaufsicht hat im Rahmen der Prüfung des Haushalts 2024 darauf hingewiesen, dass "
              "die Gemeinde ihre Einnahmemöglichkeiten ausschöpfen muss, solange der Ergebnishaushalt "
              "nicht ausgeglichen ist. Die umliegenden Städte Norderstedt und Kaltenkirchen erheben die "
              "Steuer bereits."),
        ("p", "Die Verwaltung rechnet nach Abzug der Befreiungen mit rund 260 steuerpflichtigen Wohnungen "
              "und jährlichen Erträgen von etwa 110.000 EUR. Zusätzlich verbessert sich die Einwohnerzahl, "
              "weil ein Teil der Betroffenen den Hauptwohnsitz ummelden wird; dies erhöht die "
              "Schlüsselzuweisungen und den Anteil an der Einkommensteuer."),
        ("pb", "Stellungnahme der Verwaltung:"),
        ("p", "Der Satzungsentwurf folgt dem Muster des Schleswig-Holsteinischen Gemeindetages. Als "
              "Steuersatz werden 12 Prozent der Nettokaltmiete vorgeschlagen. Für den Vollzug wird eine "
              "halbe Stelle im Fachdienst Finanzen und Steuern benötigt."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung beschließt die als Anlage beigefügte Satzung über die Erhebung einer "
              "Zweitwohnungsteuer in der Gemeinde Henstedt-Ulzburg."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Erträge von rund 110.000 EUR jährlich ab 2025; Personalaufwand rund 38.000 EUR jährlich."),
        ("pb", "Auswirkungen auf den Klimaschutz:"),
        ("p", "keine"),
        ("p", "Anlagen: Ertragsschätzung, Satzungsentwurf"),
        ("pagebreak",),
        ("pb", "Ertragsschätzung der Zweitwohnungsteuer (Stand Januar 2024)"),
        ("table", ["Gruppe", "Nebenwohnsitze", "davon voraussichtlich steuerpflichtig", "Ertrag p. a."], [
            ["Wohnungen mit Mietvertrag", "214", "150", "64.800 EUR"],
            ["Eigentumswohnungen / Häuser", "96", "78", "37.400 EUR"],
            ["Studierende und Auszubildende bei den Eltern", "182", "0 (befreit)", "0 EUR"],
            ["Pflege- und Betreuungseinrichtungen", "41", "0 (befreit)", "0 EUR"],
            ["Sonstige / ungeklärt", "79", "32", "7.800 EUR"],
            ["Summe", "612", "260", "110.000 EUR"]]),
        ("p", "Annahmen: durchschnittliche Nettokaltmiete 8,90 EUR/m², durchschnittliche Wohnfläche 52 m², "
              "Steuersatz 12 Prozent. Erfahrungsgemäß melden rund 30 Prozent der Betroffenen nach Einführung "
              "der Steuer ihren Hauptwohnsitz um; jeder zusätzliche Hauptwohnsitz erhöht die "
              "Schlüsselzuweisungen und den Gemeindeanteil an der Einkommensteuer um rund 650 EUR jährlich."),
        ("p", "Dem stehen einmalige Kosten für die Erhebungssoftware von rund 6.000 EUR und laufende "
              "Personalkosten für eine halbe Stelle gegenüber."),
        ("pagebreak",),
        ("pb", "Anlage zur Vorlage BV/045/2024"),
    ] + ZWS_SATZUNG,
    truth=dict(drucksache="BV/045/2024", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2024-02-12", title="Erlass einer Satzung über die Erhebung einer Zweitwohnungsteuer",
               public=True, department="Fachdienst Finanzen und Steuern", originator=None, answers=None,
               references=[],
               consultations=[C("Haupt- und Finanzausschuss der Gemeinde Henstedt-Ulzburg", "2024-02-26", "Vorberatung"),
                              C("Gemeindevertretung", "2024-03-12", "Entscheidung")],
               klimacheck="neutral", klima_style="text",
               themes=["finanzen"], themes_why="new local tax (Zweitwohnungsteuer) by Satzung",
               notes="ALLRIS SH number 'BV/045/2024' top right with Status and Datum. Bold subject under the "
                     "type heading, no label. Beratungsfolge committee|role|date with a wrapped committee "
                     "cell (one line in Chromium's wide table). Klimaschutz 'keine' as text → neutral. The Satzung draft follows as an "
                     "attachment after a page with the revenue estimate (three pages); its own number over the "
                     "attachment is the paper's own, not a reference."),
)

doc(
    file="k16_henstedt-ulzburg_mv-012-2024_glasfaser.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="allris_sh_gemeinde_mitteilungsvorlage", city="Henstedt-Ulzburg",
    blocks=[
        ("kv", [("Gemeinde Henstedt-Ulzburg\nDie Bürgermeisterin", "Vorlage-Nr.: MV/012/2024\n"
                 "Status: öffentlich\nDatum: 20.02.2024")]),
        ("kv", [("Federführend:", "Stabsstelle Digitalisierung")]),
        ("h", "Mitteilungsvorlage", 14),
        ("pb", "Sachstand Glasfaserausbau in den Ortsteilen Rhen und Götzberg"),
        ("table", ["Beratungsfolge", "Zuständigkeit", "Termin"], [
            ["Ausschuss für Wirtschaft, Digitales und Tourismus", "Kenntnisnahme", "05.03.2024"]]),
        ("pb", "Sachverhalt:"),
        ("p", "Der eigenwirtschaftliche Ausbau durch die Vereinigten Stadtwerke Netz GmbH ist in den "
              "Ortsteilen Henstedt und Ulzburg weitgehend abgeschlossen. In Rhen und Götzberg wurde die "
              "erforderliche Vorvermarktungsquote von 40 Prozent im Dezember 2023 erreicht."),
        ("p", "Der Tiefbau beginnt im April 2024 in Rhen und soll bis Ende 2025 abgeschlossen sein. Rund "
              "2.300 Haushalte und 140 Gewerbebetriebe erhalten einen FTTH-Anschluss. Für 46 Adressen im "
              "Außenbereich, die nicht eigenwirtschaftlich erschlossen werden, beteiligt sich die Gemeinde "
              "am Förderprogramm des Breitband-Zweckverbands Segeberg."),
        ("p", "Die Verwaltung koordiniert die Aufgrabungen mit geplanten Straßenbaumaßnahmen, um "
              "wiederholte Eingriffe in frisch sanierte Gehwege zu vermeiden."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Keine; der Eigenanteil für den geförderten Außenbereichsausbau ist im Haushalt 2024 veranschlagt."),
    ],
    truth=dict(drucksache="MV/012/2024", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2024-02-20", title="Sachstand Glasfaserausbau in den Ortsteilen Rhen und Götzberg",
               public=True, department="Stabsstelle Digitalisierung", originator=None, answers=None,
               references=[],
               consultations=[C("Ausschuss für Wirtschaft, Digitales und Tourismus", "2024-03-05", "Kenntnisnahme")],
               klimacheck=None, klima_style=None,
               themes=["digitale_infrastruktur"], themes_why="fibre (FTTH) roll-out status",
               notes="Same ALLRIS SH header as k15, LibreOffice from HTML."),
)

doc(
    file="k17_henstedt-ulzburg_an-007-2024_antrag-jugendbeirat.pdf", producer="chromium",
    font="Nimbus Sans", size=10, layout="allris_sh_gemeinde_antrag", city="Henstedt-Ulzburg",
    blocks=[
        ("kv", [("Gemeinde Henstedt-Ulzburg", "Vorlage-Nr.: AN/007/2024\nStatus: öffentlich\nDatum: 01.03.2024")]),
        ("kv", [("Antragsteller:", "WHU-Fraktion")]),
        ("h", "Antrag", 14),
        ("pb", "Einrichtung eines Kinder- und Jugendbeirates"),
        ("table", ["Beratungsfolge", "Zuständigkeit", "Termin"], [
            ["Ausschuss für Jugend, Soziales und Sport", "Vorberatung", "20.03.2024"],
            ["Gemeindevertretung", "Entscheidung", "16.04.2024"]]),
        ("pb", "Antrag:"),
        ("p", "Die Gemeindevertretung möge beschließen: Die Verwaltung wird beauftragt, eine Satzung für "
              "einen Kinder- und Jugendbeirat nach § 47f GO auszuarbeiten und die Wahl des Beirates bis "
              "zum Frühjahr 2025 vorzubereiten. Kinder und Jugendliche sind bei der Ausgestaltung zu beteiligen."),
        ("pb", "Begründung:"),
        ("p", "Die Gemeindeordnung verpflichtet die Gemeinden, Kinder und Jugendliche bei Planungen und "
              "Vorhaben, die ihre Interessen berühren, in angemessener Weise zu beteiligen. Die bisherigen "
              "Jugendforen fanden unregelmäßig statt. Ein gewählter Beirat mit Rede- und Antragsrecht in "
              "den Ausschüssen schafft eine verlässliche Form der Beteiligung."),
        ("table", ["Klimarelevanz", "ja", "nein"], [["", "", "X"]]),
        ("space",),
        ("p", "Für die WHU-Fraktion\nKarin Honerlah"),
    ],
    truth=dict(drucksache="AN/007/2024", doc_type="Antrag", doc_type_printed="Antrag", date="2024-03-01",
               title="Einrichtung eines Kinder- und Jugendbeirates", public=True, department=None,
               originator="WHU-Fraktion", answers=None, references=[],
               consultations=[C("Ausschuss für Jugend, Soziales und Sport", "2024-03-20", "Vorberatung"),
                              C("Gemeindevertretung", "2024-04-16", "Entscheidung")],
               klimacheck="neutral", klima_style="x_in_table_cell",
               themes=["soziales", "verwaltung"],
               themes_why="youth participation body (Jugendbeirat) — youth first, a new Gremium second",
               notes="Fraktion Antrag printed by the RIS with its own number. Klimarelevanz as a table with "
                     "an X under 'nein' → neutral. '§ 47f GO' is a law citation."),
)

doc(
    file="k18_henstedt-ulzburg_aenderungsantrag-einzelmitglied.pdf", producer="libreoffice-docx",
    font="DejaVu Serif", size=10.5, layout="einzelmitglied_aenderungsantrag_word", city="Henstedt-Ulzburg",
    blocks=[
        ("p", "Holger Brandt\nGemeindevertreter (fraktionslos)\nBeckersbergstraße 7\n24558 Henstedt-Ulzburg\n"
              "Mobil 0171 4432817"),
        ("p", "An die Vorsitzende der Gemeindevertretung\nFrau Tanja Kreisel\nRathausplatz 1\n24558 Henstedt-Ulzburg"),
        ("right", "Henstedt-Ulzburg, 8. März 2024"),
        ("pb", "Änderungsantrag zur Vorlage BV/045/2024 – Steuersatz der Zweitwohnungsteuer"),
        ("p", "zur Sitzung der Gemeindevertretung am 12.03.2024, TOP 9"),
        ("p", "Sehr geehrte Frau Kreisel,"),
        ("p", "ich beantrage, den Beschlussvorschlag der Vorlage BV/045/2024 wie folgt zu ändern:"),
        ("ol", ["In § 5 der Satzung wird der Steuersatz von „12 vom Hundert“ auf „10 vom Hundert“ gesenkt.",
                "In § 2 wird ein neuer Absatz 3 eingefügt: „Nicht als Zweitwohnung gelten Wohnungen, die "
                "von Personen unter 27 Jahren in Ausbildung oder Studium bei ihren Eltern innegehabt werden.“"]),
        ("pb", "Begründung:"),
        ("p", "Die Steuer soll Zweitwohnungen besteuern, nicht junge Menschen, die während der Ausbildung "
              "ihr Kinderzimmer behalten. Ein Steuersatz von 10 Prozent entspricht dem der Nachbarstadt "
              "Kaltenkirchen und vermeidet eine Abwanderung von Nebenwohnsitzen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Holger Brandt"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Änderungsantrag", date="2024-03-08",
               title="Änderungsantrag zur Vorlage BV/045/2024 – Steuersatz der Zweitwohnungsteuer",
               public=None, department=None, originator="Holger Brandt", answers=None,
               references=["BV/045/2024"],
               consultations=[C("Gemeindevertretung", "2024-03-12", None)],
               klimacheck=None, klima_style=None,
               themes=["finanzen"], themes_why="amendment to the tax rate of the new Zweitwohnungsteuer",
               notes="Einzelmitglied (fraktionslos); sender block with postcode and a mobile number. Subject "
                     "begins with its type word without a colon → kept. 'zur Sitzung der Gemeindevertretung "
                     "am 12.03.2024' → one consultation, role null. TOP 9 is no number."),
)

doc(
    file="k19_henstedt-ulzburg_einladung-planungsausschuss.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="allris_sh_einladung_word", city="Henstedt-Ulzburg",
    blocks=[
        ("kv", [("Gemeinde Henstedt-Ulzburg\nDer Vorsitzende des Ausschusses für Planung, Bau und Umwelt",
                 "Henstedt-Ulzburg, den 27. Februar 2024")]),
        ("p", "An die Mitglieder des Ausschusses für Planung, Bau und Umwelt"),
        ("h", "Ausschuss für Planung, Bau und Umwelt", 14),
        ("pb", "12. Sitzung"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "zu der am Montag, 11.03.2024, um 19:00 Uhr im Ratssaal des Rathauses stattfindenden "
              "öffentlichen Sitzung des Ausschusses lade ich Sie ein."),
        ("pb", "Tagesordnung:"),
        ("ol", ["Eröffnung der Sitzung und Feststellung der Beschlussfähigkeit",
                "Einwohnerfragestunde",
                "Bebauungsplan Nr. 142 „Gewerbegebiet Nord-Ost“, 2. Änderung – Entwurfs- und "
                "Auslegungsbeschluss, Vorlage BV/052/2024",
                "Neugestaltung des Bürgerparks – Vorstellung der Entwurfsplanung, Vorlage MV/015/2024",
                "Umrüstung der Straßenbeleuchtung auf LED, 3. Bauabschnitt, Vorlage BV/049/2024",
                "Mitteilungen der Verwaltung",
                "Anfragen"]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Stephan Holowaty\nAusschussvorsitzender"),
    ],
    truth=dict(drucksache=None, doc_type="Einladung", doc_type_printed=None, date="2024-02-27",
               title="Ausschuss für Planung, Bau und Umwelt, 12. Sitzung", public=True, department=None,
               originator=None, answers=None, references=["BV/052/2024", "MV/015/2024", "BV/049/2024"],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["stadtentwicklung", "klima_umwelt"],
               themes_why="agenda: Bebauungsplan change, park redesign, LED street lighting",
               notes="No type word printed ('lade ich Sie ein'): doc_type_printed null. Title = body name "
                     "heading + session ordinal (LABELING.md Einladung rule). 'öffentlichen Sitzung' inside "
                     "the invitation sentence → public true. Bebauungsplan Nr. 142 is no reference. Date "
                     "in words in the right column of the letterhead."),
)

# ------------------------------------------------------------ Verbandsgemeinde Montabaur (SD.NET-like, Word)
doc(
    file="k20_vg-montabaur_1-0123-24_feuerwehrhaus.pdf", producer="libreoffice-docx",
    font="Liberation Serif", size=11, layout="sdnet_vg_beschlussvorlage_word", city="Verbandsgemeinde Montabaur",
    blocks=[
        ("p", "Verbandsgemeindeverwaltung Montabaur\nKonrad-Adenauer-Platz 8 · 56410 Montabaur"),
        ("h", "BESCHLUSSVORLAGE", 15),
        ("kv", [("Vorlage:", "1-0123/24"), ("Fachbereich:", "Fachbereich 3 – Natürliche Lebensgrundlagen und Bauen"),
                ("Aktenzeichen:", "3/130-04 Heil"), ("Datum:", "19.02.2024")]),
        ("table", ["Datum", "Gremium", "Zuständigkeit", "Sitzung"], [
            ["05.03.2024", "Bau-, Umwelt- und Feuerwehrausschuss des Verbandsgemeinderates Montabaur",
             "Vorberatung", "öffentlich"],
            ["12.03.2024", "Haupt- und Finanzausschuss", "Vorberatung", "öffentlich"],
            ["21.03.2024", "Verbandsgemeinderat Montabaur", "Entscheidung", "öffentlich"]]),
        ("pb", "Betreff:"),
        ("p", "Neubau eines Feuerwehrgerätehauses für die Ortsgemeinden Heiligenroth und Girod; "
              "Vergabe der Planungsleistungen"),
        ("pb", "Sachverhalt:"),
        ("p", "Die Feuerwehreinheiten Heiligenroth und Girod sind in Gebäuden aus den 1960er Jahren "
              "untergebracht, die den Anforderungen der Feuerwehr-Unfallkasse nicht mehr entsprechen. Es "
              "fehlen getrennte Umkleiden, eine Schwarz-Weiß-Trennung und ausreichend große Stellplätze für "
              "die neuen Löschgruppenfahrzeuge. Die Unfallkasse hat bei ihrer Begehung im Oktober 2023 "
              "eine Frist zur Behebung der Mängel bis Ende 2026 gesetzt."),
        ("p", "Der Brandschutzbedarfsplan der Verbandsgemeinde sieht vor, beide Einheiten an einem "
              "gemeinsamen Standort zusammenzuführen. Die Ortsgemeinde Heiligenroth stellt hierfür ein "
              "Grundstück an der Landesstraße L 326 zur Verfügung, von dem aus beide Ortslagen innerhalb "
              "der Hilfsfrist erreicht werden."),
        ("p", "Geplant ist ein Gerätehaus mit drei Stellplätzen, Umkleiden für 60 Einsatzkräfte, einem "
              "Schulungsraum, einer Werkstatt und einer Waschhalle. Das Gebäude soll in Holz-Hybridbauweise "
              "errichtet und mit einer Photovoltaikanlage sowie einer Wärmepumpe ausgestattet werden."),
        ("p", "Für die Objekt- und Tragwerksplanung sowie die technische Gebäudeausrüstung wurde ein "
              "Verhandlungsverfahren nach der Vergabeverordnung durchgeführt. Fünf Büros haben ein "
              "Angebot abgegeben. Nach der Wertung der Zuschlagskriterien Qualität (60 %), "
              "Projektorganisation (20 %) und Honorar (20 %) hat das Büro Lahn-Planwerk GmbH, Diez, das "
              "wirtschaftlichste Angebot abgegeben."),
        ("pagebreak",),
        ("pb", "Finanzielle Auswirkungen:"),
        ("table", ["Haushaltsjahr", "Kostenart", "Betrag"], [
            ["2024", "Planungsleistungen Lph. 1–4", "310.000 EUR"],
            ["2025", "Planungsleistungen Lph. 5–8", "420.000 EUR"],
            ["2025–2026", "Baukosten (Kostenschätzung)", "4.900.000 EUR"],
            ["", "Landeszuwendung Feuerwehrwesen (erwartet)", "– 1.150.000 EUR"]]),
        ("p", "Die Mittel für 2024 stehen im Investitionsprogramm bei Konto 12600.0960001 zur Verfügung."),
        ("pb", "Klimacheck:"),
        ("table", ["Auswirkungen auf den Klimaschutz", "positiv", "negativ", "keine"], [["", "X", "", ""]]),
        ("p", "Begründung: Holz-Hybridbauweise, Photovoltaik und Wärmepumpe; der Ersatz zweier unsanierter "
              "Altbauten senkt den Energiebedarf deutlich."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Verbandsgemeinderat beschließt den Neubau eines gemeinsamen Feuerwehrgerätehauses für "
              "die Einheiten Heiligenroth und Girod am Standort L 326 und beauftragt die Verwaltung, die "
              "Planungsleistungen an das Büro Lahn-Planwerk GmbH, Diez, zu vergeben."),
        ("space",),
        ("p", "Ulrich Richter-Hopprich\nBürgermeister"),
    ],
    truth=dict(drucksache="1-0123/24", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2024-02-19",
               title="Neubau eines Feuerwehrgerätehauses für die Ortsgemeinden Heiligenroth und Girod; "
                     "Vergabe der Planungsleistungen",
               public=True, department="Fachbereich 3 – Natürliche Lebensgrundlagen und Bauen",
               originator=None, answers=None, references=[],
               consultations=[C("Bau-, Umwelt- und Feuerwehrausschuss des Verbandsgemeinderates Montabaur",
                                "2024-03-05", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2024-03-12", "Vorberatung"),
                              C("Verbandsgemeinderat Montabaur", "2024-03-21", "Entscheidung")],
               klimacheck="positive", klima_style="x_in_table_cell",
               themes=["sicherheit_ordnung"], themes_why="new fire station (Feuerwehrgerätehaus)",
               notes="'Aktenzeichen: 3/130-04 Heil' is not the number. Beratungsfolge date-first with a "
                     "wrapped committee cell and a session column; every session öffentlich → public true. "
                     "'Betreff:' on its own line. Klimacheck: X in the cell under 'positiv'. Account "
                     "number 12600.0960001 is no reference. Two pages."),
)

doc(
    file="k21_vg-montabaur_1-0131-24_anfrage-starkregen.pdf", producer="chromium",
    font="Liberation Serif", size=11, layout="sdnet_vg_anfrage", city="Verbandsgemeinde Montabaur",
    blocks=[
        ("kv", [("Verbandsgemeinde Montabaur", "Vorlage: 1-0131/24\nDatum: 04.03.2024")]),
        ("h", "Anfrage gemäß § 11 der Geschäftsordnung des Verbandsgemeinderates", 12),
        ("kv", [("Fragestellerin:", "Sabine Krämer, Mitglied des Verbandsgemeinderates (FWG)")]),
        ("pb", "Betreff:"),
        ("p", "Starkregenvorsorge in den Ortsgemeinden"),
        ("p", "Nach den Unwettern im Juni 2023 waren in Horressen, Elgendorf und Eschelbach zahlreiche Keller "
              "überflutet. Das Land fördert örtliche Hochwasser- und Starkregenvorsorgekonzepte mit bis zu "
              "90 Prozent."),
        ("p", "Ich bitte um Beantwortung folgender Fragen in der nächsten Sitzung des Verbandsgemeinderates:"),
        ("ol", ["Für welche Ortsgemeinden liegt bereits ein Starkregenvorsorgekonzept vor, für welche ist es "
                "in Arbeit?",
                "Welche baulichen Maßnahmen aus den vorliegenden Konzepten wurden bislang umgesetzt?",
                "Wie informiert die Verbandsgemeinde Grundstückseigentümer über Eigenvorsorge?"]),
        ("space",),
        ("p", "Sabine Krämer"),
    ],
    truth=dict(drucksache="1-0131/24", doc_type="Anfrage",
               doc_type_printed="Anfrage gemäß § 11 der Geschäftsordnung des Verbandsgemeinderates",
               date="2024-03-04", title="Starkregenvorsorge in den Ortsgemeinden", public=None,
               department=None, originator="Sabine Krämer", answers=None, references=[],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["klima_umwelt"], themes_why="heavy-rain precautions (Klimaanpassung, Wasser)",
               notes="Einzelmitglied; printed 'Sabine Krämer, Mitglied des Verbandsgemeinderates (FWG)' — "
                     "originator labelled as the person's name (hard call). 'nächsten Sitzung' without a "
                     "date inside a request sentence → no consultation."),
)

doc(
    file="k22_vg-montabaur_antwort-starkregen.pdf", producer="reportlab",
    font="Liberation Sans", size=10.5, layout="vg_answer_letter_reportlab", city="Verbandsgemeinde Montabaur",
    blocks=[
        ("kv", [("Verbandsgemeindeverwaltung Montabaur\nFachbereich 3 – Natürliche Lebensgrundlagen und Bauen",
                 "Konrad-Adenauer-Platz 8\n56410 Montabaur\nTelefon 02602 126-345\nUnser Zeichen: 3/661-12 Kr")], 0.55),
        ("p", "Frau\nSabine Krämer\nMitglied des Verbandsgemeinderates\nIm Wiesengrund 4\n56412 Horressen"),
        ("right", "Montabaur, 18.03.2024"),
        ("pb", "Starkregenvorsorge in den Ortsgemeinden; Ihre Anfrage vom 04.03.2024 (Vorlage 1-0131/24)"),
        ("p", "Sehr geehrte Frau Krämer,"),
        ("p", "zu Ihren Fragen teilen wir Folgendes mit:"),
        ("p", "1. Starkregenvorsorgekonzepte liegen für die Ortsgemeinden Heiligenroth, Nentershausen und "
              "Untershausen vor. Für Horressen, Elgendorf und Eschelbach (Stadtteile der Stadt Montabaur) "
              "hat das Ingenieurbüro die Gefährdungsanalyse abgeschlossen; die Bürgerworkshops finden im "
              "Mai 2024 statt. Für die übrigen Ortsgemeinden werden die Förderanträge bis Jahresende gestellt."),
        ("p", "2. Umgesetzt wurden bislang ein Rückhaltebecken am Ortsrand von Heiligenroth, die Aufweitung "
              "zweier Durchlässe in Nentershausen und die Anlage von Notwasserwegen in Untershausen."),
        ("p", "3. Die Verbandsgemeindewerke bieten eine kostenlose Beratung zum Objektschutz an. Eine "
              "Broschüre wird mit dem nächsten Amtsblatt an alle Haushalte verteilt; die Starkregen-"
              "Gefahrenkarten des Landes sind auf der Internetseite verlinkt."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag"),
        ("p", "Markus Kronenberg"),
    ],
    truth=dict(drucksache=None, doc_type="Antwort", doc_type_printed=None, date="2024-03-18",
               title="Starkregenvorsorge in den Ortsgemeinden; Ihre Anfrage vom 04.03.2024 (Vorlage 1-0131/24)",
               public=None, department="Fachbereich 3 – Natürliche Lebensgrundlagen und Bauen",
               originator=None, answers="1-0131/24", references=["1-0131/24"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt"], themes_why="answers k21 (heavy-rain precautions)",
               notes="Letter that never says 'Antwort'; it answers the Anfrage cited by its Vorlage number in "
                     "the subject. 'Unser Zeichen: 3/661-12 Kr', phone and postcodes are not numbers of "
                     "papers. The addressee is a council member, not the originator."),
)

doc(
    file="k23_vg-montabaur_niederschrift-bauausschuss.pdf", producer="reportlab",
    font="DejaVu Serif", size=10, layout="vg_niederschrift_reportlab", city="Verbandsgemeinde Montabaur",
    footer="Niederschrift BUFA 05.03.2024 – Seite {page}",
    blocks=[
        ("kv", [("Verbandsgemeinde Montabaur", "Montabaur, den 22. März 2024")], 0.6),
        ("h", "Niederschrift", 15),
        ("pb", "7. Sitzung des Bau-, Umwelt- und Feuerwehrausschusses des Verbandsgemeinderates Montabaur"),
        ("kv", [("Sitzungstag:", "Dienstag, 05.03.2024"), ("Sitzungsort:", "Großer Sitzungssaal, Rathaus"),
                ("Beginn / Ende:", "17:30 Uhr / 19:45 Uhr")]),
        ("p", "Öffentliche Sitzung"),
        ("pb", "Anwesend:"),
        ("p", "Vorsitz: Erster Beigeordneter Andree Stein; 11 Ausschussmitglieder (Liste in der Anlage); "
              "Verwaltung: Herr Kronenberg, Frau Weil (Fachbereich 3); Schriftführung: Frau Hannappel"),
        ("pb", "1. Neubau eines Feuerwehrgerätehauses für die Ortsgemeinden Heiligenroth und Girod; "
               "Vergabe der Planungsleistungen – Vorlage 1-0123/24"),
        ("p", "Herr Kronenberg erläutert die Vorlage und das Vergabeverfahren. Auf Nachfrage von "
              "Ausschussmitglied Becker wird bestätigt, dass die Wehrführer beider Einheiten an der "
              "Standortwahl beteiligt waren. Ausschussmitglied Schmidt regt an, die Zufahrt von der L 326 "
              "mit dem Landesbetrieb Mobilität frühzeitig abzustimmen."),
        ("p", "Beschlussempfehlung an den Verbandsgemeinderat: wie Beschlussvorschlag der Vorlage.\n"
              "Abstimmungsergebnis: 10 Ja-Stimmen, 1 Enthaltung."),
        ("pb", "2. Sanierung des Hallenbades Montabaur – Sachstandsbericht"),
        ("p", "Frau Weil berichtet über den Baufortschritt. Die Arbeiten an der Lüftungsanlage verzögern "
              "sich um etwa sechs Wochen; die Wiedereröffnung ist für Oktober 2024 geplant. Die "
              "Kostenprognose liegt um 4 Prozent über dem Ansatz. Der Ausschuss nimmt Kenntnis."),
        ("pb", "3. Starkregenvorsorge – Anfrage Ratsmitglied Krämer (Vorlage 1-0131/24)"),
        ("p", "Die Verwaltung kündigt eine schriftliche Beantwortung an."),
        ("pb", "4. Verschiedenes"),
        ("p", "Keine Wortmeldungen."),
        ("space",),
        ("kv", [("Andree Stein\nVorsitzender", "Carina Hannappel\nSchriftführerin")]),
    ],
    truth=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2024-03-22",
               title="7. Sitzung des Bau-, Umwelt- und Feuerwehrausschusses des Verbandsgemeinderates Montabaur",
               public=True, department=None, originator=None, answers=None,
               references=["1-0123/24", "1-0131/24"], consultations=[], klimacheck=None, klima_style=None,
               themes=["sicherheit_ordnung", "kultur_sport", "klima_umwelt"],
               themes_why="items: fire station (most text), indoor pool refurbishment, heavy-rain Anfrage",
               notes="Date of the Niederschrift top right in words (22 March), session day 05.03. in the "
                     "head table. Bold session line under the heading is the title. 'Öffentliche Sitzung' "
                     "→ public true."),
)

# ------------------------------------------------------------ Stadt Biberach an der Riß (in-house Word, BW)
doc(
    file="k24_biberach_045-2024_bplan-talfeld.pdf", producer="chromium",
    font="Nimbus Sans", size=11, layout="bw_stadt_drucksache_freelines", city="Biberach an der Riß",
    blocks=[
        ("p", "Stadt Biberach · Baudezernat · Stadtplanungsamt"),
        ("right", "Biberach, 28.03.2024"),
        ("h", "Drucksache Nr. 045/2024", 14),
        ("pb", "Beratungsfolge"),
        ("p", "Anhörung: Ortschaftsrat Mettenberg am 08.04.2024 (öffentlich)\n"
              "Vorberatung: Bauausschuss am 15.04.2024 (öffentlich)\n"
              "Beschlussfassung: Gemeinderat am 29.04.2024 (öffentlich)"),
        ("h", "Bebauungsplan und örtliche Bauvorschriften „Talfeld III“ – Aufstellungsbeschluss und "
              "frühzeitige Beteiligung", 12),
        ("pb", "I. Beschlussantrag"),
        ("ol", ["Für das im Lageplan vom 20.03.2024 abgegrenzte Gebiet wird der Bebauungsplan „Talfeld III“ "
                "aufgestellt.",
                "Der Vorentwurf wird gebilligt. Die frühzeitige Beteiligung der Öffentlichkeit und der "
                "Behörden wird durchgeführt."]),
        ("pb", "II. Begründung"),
        ("p", "1. Anlass. Die Nachfrage nach Wohnraum in Biberach übersteigt das Angebot deutlich; die "
              "Wohnraumbedarfsanalyse 2023 geht bis 2035 von einem Bedarf von rund 1.900 zusätzlichen "
              "Wohnungen aus. Die Baugebiete Talfeld I und II sind vollständig bebaut. Der "
              "Flächennutzungsplan stellt die rund 7,8 ha große Fläche östlich der Mettenberger Straße "
              "bereits als Wohnbaufläche dar."),
        ("p", "2. Planungsziele. Vorgesehen sind etwa 240 Wohneinheiten in einer Mischung aus "
              "Mehrfamilienhäusern, Reihenhäusern und wenigen Einzelhäusern. Mindestens 30 Prozent der "
              "Geschossfläche im Geschosswohnungsbau sollen als geförderter Wohnraum entstehen. Ein "
              "Quartiersplatz mit Bäckerei und Kindertagesstätte bildet die neue Mitte. Das Gebiet wird "
              "über die Mettenberger Straße erschlossen; eine Stadtbuslinie wird in das Quartier verlängert."),
        ("p", "3. Umweltbelange. Die Fläche wird derzeit landwirtschaftlich genutzt. Durch die Bebauung "
              "werden rund 3,6 ha Boden neu versiegelt. Zum Ausgleich sind Dachbegrünung, "
              "Versickerungsmulden und eine Streuobstwiese am Ortsrand vorgesehen. Ein "
              "artenschutzrechtliches Gutachten zur Feldlerche wird erstellt."),
        ("p", "4. Verfahren. Der Bebauungsplan wird im Regelverfahren mit Umweltbericht aufgestellt. Die "
              "frühzeitige Beteiligung soll im Mai 2024 stattfinden. Der Ortschaftsrat Mettenberg wird "
              "angehört."),
        ("pb", "III. Klimacheck"),
        ("box", ["Auswirkungen auf den Klimaschutz:   ☐ positiv   ☒ negativ   ☐ keine",
                 "Erläuterung: Neuversiegelung landwirtschaftlicher Fläche und zusätzlicher Verkehr; "
                 "teilweise gemindert durch Nahwärmenetz, PV-Pflicht und Busanbindung."]),
        ("pb", "IV. Finanzielle Auswirkungen"),
        ("p", "Planungskosten rund 180.000 EUR (Haushaltsjahre 2024 und 2025). Die Erschließungskosten "
              "werden über den Verkauf der städtischen Grundstücke refinanziert."),
        ("space",),
        ("p", "Christian Kuhlmann\nBaubürgermeister"),
    ],
    truth=dict(drucksache="045/2024", doc_type="Beschlussvorlage", doc_type_printed=None, date="2024-03-28",
               title="Bebauungsplan und örtliche Bauvorschriften „Talfeld III“ – Aufstellungsbeschluss und "
                     "frühzeitige Beteiligung",
               public=True, department="Stadtplanungsamt", originator=None, answers=None, references=[],
               consultations=[C("Ortschaftsrat Mettenberg", "2024-04-08", "Anhörung"),
                              C("Bauausschuss", "2024-04-15", "Vorberatung"),
                              C("Gemeinderat", "2024-04-29", "Entscheidung")],
               klimacheck="negative", klima_style="unicode_box",
               themes=["stadtentwicklung"], themes_why="Bebauungsplan for a new housing area",
               notes="No type word printed: a 'Beschlussantrag' section makes it a Beschlussvorlage "
                     "(doc_type_printed null). Beratungsfolge as free lines, role first, '(öffentlich)' "
                     "per session — all öffentlich → public true. Bold title line without label under the "
                     "Beratungsfolge. Letterhead a single line 'Stadt · Dezernat · Amt' → most specific unit."),
)

doc(
    file="k25_biberach_045-2024-1_stellungnahme-ortschaftsrat.pdf", producer="libreoffice-html",
    font="DejaVu Sans", size=10, layout="bw_ortschaftsrat_stellungnahme", city="Biberach an der Riß",
    blocks=[
        ("p", "Stadt Biberach an der Riß\nOrtschaftsrat Mettenberg\nDer Ortsvorsteher"),
        ("right", "Biberach-Mettenberg, 09.04.2024"),
        ("kv", [("Drucksache Nr.", "045/2024/1")]),
        ("h", "Stellungnahme des Ortschaftsrates Mettenberg zur Drucksache Nr. 045/2024", 12),
        ("p", "Bebauungsplan und örtliche Bauvorschriften „Talfeld III“ – Aufstellungsbeschluss und "
              "frühzeitige Beteiligung"),
        ("p", "Der Ortschaftsrat Mettenberg hat in seiner Sitzung am 8. April 2024 über die "
              "Vorlage beraten und mit 7 Ja-Stimmen bei 2 Enthaltungen folgende Empfehlung an den "
              "Gemeinderat beschlossen:"),
        ("ol", ["Der Ortschaftsrat stimmt der Aufstellung des Bebauungsplans grundsätzlich zu.",
                "Die Erschließung darf nicht über die Ortsdurchfahrt Mettenberg erfolgen; der Ortschaftsrat "
                "bittet, eine Anbindung an die Kreisstraße K 7532 zu prüfen.",
                "Die Kindertagesstätte soll vor dem Bezug der ersten Wohnungen fertiggestellt sein.",
                "Der Ortschaftsrat bittet um eine eigene Informationsveranstaltung in Mettenberg während "
                "der frühzeitigen Beteiligung."]),
        ("p", "Die Verwaltung wird gebeten, diese Stellungnahme dem Bauausschuss und dem Gemeinderat "
              "zuzuleiten."),
        ("space",),
        ("p", "Rainer Zembrot\nOrtsvorsteher"),
    ],
    truth=dict(drucksache="045/2024/1", doc_type="Stellungnahme", doc_type_printed="Stellungnahme",
               date="2024-04-09",
               title="Stellungnahme des Ortschaftsrates Mettenberg zur Drucksache Nr. 045/2024",
               public=None, department=None, originator="Ortschaftsrat Mettenberg", answers="045/2024",
               references=["045/2024"], consultations=[], klimacheck=None, klima_style=None,
               themes=["stadtentwicklung", "mobilitaet"],
               themes_why="opinion on the Talfeld III Bebauungsplan; access road a main point",
               notes="Own number is the commented paper's number with a '/1' suffix after 'Drucksache Nr.' "
                     "without colon; the commented Drucksache is in the heading (answers). Title = the bold "
                     "heading (a subject beginning with its type word), the line under it names the "
                     "Vorlage's subject (hard call: the heading is the subject line). The Ortschaftsrat's "
                     "own past session is no consultation. Public null: the paper prints no status. "
                     "K 7532 is a road number."),
)

doc(
    file="k26_biberach_antrag-freie-waehler-parken.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=11, layout="bw_fraktion_antrag_word", city="Biberach an der Riß",
    blocks=[
        ("kv", [("FREIE WÄHLER\nFraktion im Gemeinderat Biberach",
                 "Fraktionsgeschäftsstelle\nMarktplatz 7 · 88400 Biberach\nfraktion@fw-biberach.example")]),
        ("p", "Herrn Oberbürgermeister\nNorbert Zeidler\nRathaus\n88400 Biberach an der Riß"),
        ("right", "Biberach, 3. Mai 2024"),
        ("pb", "Antrag: Eine kostenfreie Parkstunde in den Parkhäusern der Innenstadt"),
        ("p", "Sehr geehrter Herr Oberbürgermeister,"),
        ("p", "die Fraktion der Freien Wähler beantragt:"),
        ("ol", ["In den städtischen Parkhäusern Museum, Zeppelinring und Schadenhof wird die erste "
                "Parkstunde an Samstagen ab dem 1. September 2024 kostenfrei angeboten.",
                "Die Verwaltung berichtet nach einem Jahr über die Auswirkungen auf die Auslastung, die "
                "Einnahmen und den Parksuchverkehr."]),
        ("pb", "Begründung:"),
        ("p", "Der Einzelhandel in der Innenstadt steht durch den Onlinehandel und die Einkaufszentren "
              "am Stadtrand unter Druck. Eine kostenfreie Stunde am Samstag macht den Einkauf in der "
              "Altstadt attraktiver. Die Parkhäuser sind samstags vormittags nur zu rund 55 Prozent "
              "ausgelastet, so dass kein zusätzlicher Parksuchverkehr in den Straßen zu erwarten ist. Der "
              "Einnahmeausfall wird auf rund 60.000 EUR jährlich geschätzt."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Flavia Gutermann-Baur\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2024-05-03",
               title="Eine kostenfreie Parkstunde in den Parkhäusern der Innenstadt", public=None,
               department=None, originator="FREIE WÄHLER Fraktion im Gemeinderat Biberach", answers=None,
               references=[], consultations=[], klimacheck=None, klima_style=None,
               themes=["mobilitaet", "wirtschaft"], themes_why="free parking hour to support inner-city retail",
               notes="'Antrag:' label dropped from the subject. Letterhead in two columns with postcode and "
                     "e-mail; addressee block with postcode. Originator lines of the letterhead joined."),
)

doc(
    file="k27_biberach_schreiben-terminplan-haushalt.pdf", producer="reportlab",
    font="Liberation Sans", size=10.5, layout="bw_kaemmerei_letter_reportlab", city="Biberach an der Riß",
    blocks=[
        ("p", "Stadt Biberach an der Riß\nKämmereiamt"),
        ("p", "Museumstraße 2 · 88400 Biberach · Telefon 07351 51-234 · Aktenzeichen 902.11/2024"),
        ("p", "An die Mitglieder des Gemeinderats\nund die Ortsvorsteher"),
        ("right", "Biberach, 18. Juni 2024"),
        ("pb", "Terminplan für die Beratung des Haushalts 2025"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "für die Aufstellung und Beratung des Haushaltsplans 2025 und der mittelfristigen "
              "Finanzplanung bis 2028 ist folgender Zeitplan vorgesehen:"),
        ("table", ["Termin", "Schritt"], [
            ["bis 12.07.2024", "Haushaltsanträge der Fraktionen an das Kämmereiamt"],
            ["24.09.2024", "Klausurtagung des Gemeinderats zur Finanzlage"],
            ["21.10.2024", "Einbringung des Haushaltsentwurfs im Gemeinderat"],
            ["11.11.2024", "Beratung im Haupt- und Finanzausschuss"],
            ["09.12.2024", "Verabschiedung im Gemeinderat"]]),
        ("p", "Wegen der angespannten Ertragslage bitten wir, Anträge mit Ausgabewirkung mit einem "
              "Deckungsvorschlag zu versehen. Die Ortschaftsräte werden gebeten, ihre Anmeldungen bis "
              "zum 28. Juni 2024 vorzulegen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Roland Wersch\nErster Bürgermeister"),
    ],
    truth=dict(drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2024-06-18",
               title="Terminplan für die Beratung des Haushalts 2025", public=None, department="Kämmereiamt",
               originator=None, answers=None, references=[], consultations=[], klimacheck=None,
               klima_style=None, themes=["finanzen", "verwaltung"],
               themes_why="budget procedure timetable for the council",
               notes="Plain letter of the administration: Schreiben. Letterhead line with postcode, phone "
                     "and 'Aktenzeichen 902.11/2024' (not a number of a paper). Dates in the table are "
                     "budget steps, not consultations of this letter."),
)

# ------------------------------------------------------------ Ortenaukreis (Kreistag, BW)
doc(
    file="k28_ortenaukreis_uta-045-2024_abfallwirtschaftskonzept.pdf", producer="chromium",
    font="DejaVu Serif", size=11.5, layout="bw_landkreis_sitzungsvorlage", city="Ortenaukreis",
    blocks=[
        ("kv", [("Landratsamt Ortenaukreis\nDezernat 4 – Umwelt und Technik\nEigenbetrieb Abfallwirtschaft "
                 "Ortenaukreis", "öffentlich\n\nVorlage Nr. UTA-045/2024\nOffenburg, 15.10.2024")]),
        ("h", "Sitzungsvorlage", 15),
        ("table", ["Gremium", "Termin", "Beratungsziel", "ö/nö"], [
            ["Umwelt- und Technikausschuss", "05.11.2024", "Vorberatung", "ö"],
            ["Kreistag", "10.12.2024", "Beschluss", "ö"]]),
        ("kv", [("Tagesordnungspunkt:", "Fortschreibung des Abfallwirtschaftskonzepts des Ortenaukreises "
                                        "für die Jahre 2025 bis 2030")]),
        ("pb", "1. Beschlussvorschlag"),
        ("p", "Der Kreistag beschließt die Fortschreibung des Abfallwirtschaftskonzepts für die Jahre 2025 "
              "bis 2030 in der vorgelegten Fassung (Anlage 1)."),
        ("pb", "2. Sachverhalt"),
        ("p", "Nach § 16 des Landes-Kreislaufwirtschaftsgesetzes haben die öffentlich-rechtlichen "
              "Entsorgungsträger ein Abfallwirtschaftskonzept aufzustellen und fortzuschreiben. Das "
              "geltende Konzept stammt aus dem Jahr 2018. Seither haben sich die rechtlichen Rahmenbedingungen "
              "durch die Novelle des Kreislaufwirtschaftsgesetzes, das Verpackungsgesetz und die "
              "Gewerbeabfallverordnung erheblich verändert."),
        ("p", "Im Ortenaukreis fielen 2023 je Einwohnerin und Einwohner 128 kg Haus- und Sperrmüll, 71 kg "
              "Bioabfall und 108 kg Grüngut an. Die getrennt erfassten Bioabfallmengen liegen noch unter "
              "dem Landesdurchschnitt; gleichzeitig enthält der Restabfall nach der Sortieranalyse 2023 "
              "einen Anteil von 34 Prozent organischer Stoffe."),
        ("p", "Die Fortschreibung setzt deshalb drei Schwerpunkte:"),
        ("ul", ["Steigerung der Bioabfallerfassung durch eine Informationskampagne, kleinere Vorsortiergefäße "
                "für Haushalte und eine Kontrolle der Fehlwürfe,",
                "Ausbau der Wertstoffhöfe zu Recyclinghöfen mit Annahme von Alttextilien, Elektrokleingeräten "
                "und gebrauchsfähigen Gegenständen für die Wiederverwendung,",
                "Verwertung des Bioabfalls in der eigenen Vergärungsanlage mit Biogaseinspeisung statt "
                "bisheriger Kompostierung bei Dritten."]),
        ("p", "Die Maßnahmen sollen bis 2030 die Restabfallmenge um 15 kg je Einwohnerin und Einwohner "
              "senken und die Bioabfallmenge auf 90 kg erhöhen. Die Gebührenkalkulation 2025 berücksichtigt "
              "die Investitionen bereits."),
        ("pb", "3. Beteiligung"),
        ("p", "Die Städte und Gemeinden, die Entsorgungsunternehmen und die Umweltverbände wurden im Sommer "
              "2024 beteiligt. Ihre Hinweise sind in der Anlage 2 zusammengefasst und im Entwurf "
              "berücksichtigt, soweit dies fachlich möglich war."),
        ("pb", "4. Klimaschutz"),
        ("p", "Auswirkungen auf den Klimaschutz: positiv. Die Vergärung des Bioabfalls ersetzt fossiles "
              "Erdgas; die geringere Restabfallmenge senkt die Emissionen der thermischen Behandlung."),
        ("pb", "5. Finanzielle Auswirkungen"),
        ("p", "Investitionen des Eigenbetriebs von rund 14,5 Mio. EUR bis 2030, finanziert über Kredite des "
              "Eigenbetriebs und refinanziert über die Abfallgebühren. Der Kreishaushalt wird nicht belastet."),
        ("pb", "6. Maßnahmenübersicht und Zeitplan"),
        ("table", ["Nr.", "Maßnahme", "Zeitraum", "Investition"], [
            ["M1", "Informationskampagne „Bio in die Tonne“ und Vorsortiergefäße", "2025–2026", "0,4 Mio. EUR"],
            ["M2", "Fehlwurfkontrollen bei der Biotonne mit Detektionssystem", "ab 2025", "0,3 Mio. EUR"],
            ["M3", "Umbau der Wertstoffhöfe Lahr, Offenburg und Achern zu Recyclinghöfen", "2025–2028", "6,2 Mio. EUR"],
            ["M4", "Gebrauchtwarenannahme und Tauschregale an allen Recyclinghöfen", "2026", "0,2 Mio. EUR"],
            ["M5", "Vergärungsstufe mit Biogasaufbereitung und Einspeisung", "2026–2029", "7,4 Mio. EUR"],
            ["M6", "Evaluation und nächste Fortschreibung", "2029–2030", "–"]], [0.08, 0.6, 0.14, 0.18]),
        ("p", "Die Maßnahmen M3 und M5 werden dem Umwelt- und Technikausschuss vor der Ausschreibung jeweils "
              "gesondert zur Beschlussfassung vorgelegt. Über den Stand der Umsetzung berichtet der "
              "Eigenbetrieb jährlich mit dem Jahresabschluss."),
        ("space",),
        ("p", "Thorsten Erny\nLandrat"),
        ("p", "Anlagen\n1. Abfallwirtschaftskonzept 2025–2030 (Entwurf)\n2. Ergebnisse der Beteiligung"),
    ],
    truth=dict(drucksache="UTA-045/2024", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2024-10-15",
               title="Fortschreibung des Abfallwirtschaftskonzepts des Ortenaukreises für die Jahre 2025 bis 2030",
               public=True, department="Eigenbetrieb Abfallwirtschaft Ortenaukreis", originator=None,
               answers=None, references=[],
               consultations=[C("Umwelt- und Technikausschuss", "2024-11-05", "Vorberatung"),
                              C("Kreistag", "2024-12-10", "Entscheidung")],
               klimacheck="positive", klima_style="text",
               themes=["klima_umwelt"], themes_why="waste management concept (Abfall, Bioabfall)",
               notes="Number with a committee prefix 'UTA-045/2024' in the right column with the date line "
                     "'Offenburg, 15.10.2024'. Title under 'Tagesordnungspunkt:'. 'Beschluss' role → "
                     "Entscheidung. Klimaschutz as a text sentence 'positiv'. Sitzungsvorlage with a "
                     "Beschlussvorschlag → Beschlussvorlage. § 16 is a law citation."),
)

doc(
    file="k29_ortenaukreis_jha-019-2024_informationsvorlage-hze.pdf", producer="libreoffice-html",
    font="Liberation Sans", size=10, layout="bw_landkreis_informationsvorlage", city="Ortenaukreis",
    blocks=[
        ("kv", [("Landratsamt Ortenaukreis\nDezernat 3 – Jugend, Soziales und Gesundheit\nAmt für Soziale und "
                 "Psychologische Dienste", "nichtöffentlich\n\nVorlage Nr. JHA-019/2024\nOffenburg, 2. September 2024")]),
        ("h", "Informationsvorlage", 15),
        ("table", ["Gremium", "Termin", "Beratungsziel", "ö/nö"], [
            ["Jugendhilfeausschuss", "24.09.2024", "Kenntnisnahme", "nö"]]),
        ("kv", [("Tagesordnungspunkt:", "Entwicklung der Hilfen zur Erziehung im Jahr 2023")]),
        ("pb", "Sachverhalt"),
        ("p", "Die Zahl der laufenden Hilfen zur Erziehung ist 2023 gegenüber dem Vorjahr um 6 Prozent auf "
              "2.418 Fälle gestiegen. Besonders stark wuchsen die Eingliederungshilfen für seelisch "
              "behinderte Kinder und Jugendliche nach § 35a SGB VIII (plus 14 Prozent), vor allem die "
              "Schulbegleitungen."),
        ("p", "Die Aufwendungen betrugen 2023 insgesamt 74,2 Mio. EUR. Die stationären Hilfen machen knapp "
              "zwei Drittel davon aus. Die Zahl der Inobhutnahmen unbegleiteter minderjähriger Ausländer ist "
              "nach dem Anstieg 2022 wieder leicht zurückgegangen."),
        ("p", "Die Verwaltung wird dem Ausschuss im Frühjahr 2025 ein Konzept zur Stärkung ambulanter und "
              "sozialräumlicher Hilfen vorlegen, mit dem stationäre Unterbringungen vermieden werden sollen."),
        ("space",),
        ("p", "Ullrich Böttinger\nDezernent"),
    ],
    truth=dict(drucksache="JHA-019/2024", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2024-09-02", title="Entwicklung der Hilfen zur Erziehung im Jahr 2023", public=False,
               department="Amt für Soziale und Psychologische Dienste", originator=None, answers=None,
               references=[],
               consultations=[C("Jugendhilfeausschuss", "2024-09-24", "Kenntnisnahme")],
               klimacheck=None, klima_style=None,
               themes=["soziales"], themes_why="youth welfare (Hilfen zur Erziehung) report",
               notes="'nichtöffentlich' alone at the top of the right column → public false. Date in words "
                     "after the place. § 35a SGB VIII is a law citation."),
)

doc(
    file="k30_ortenaukreis_anfrage-gruene-notfallversorgung.pdf", producer="libreoffice-docx",
    font="DejaVu Sans", size=10, layout="kreistagsfraktion_anfrage_word", city="Ortenaukreis",
    blocks=[
        ("p", "BÜNDNIS 90/DIE GRÜNEN\nKreistagsfraktion Ortenau"),
        ("p", "Herrn Landrat Thorsten Erny\nLandratsamt Ortenaukreis\nBadstraße 20\n77652 Offenburg"),
        ("right", "Offenburg, 12. Februar 2024"),
        ("h", "Anfrage", 13),
        ("pb", "Notfallversorgung im ländlichen Raum nach der Schließung der Klinikstandorte"),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "mit der Agenda 2030 des Ortenau Klinikums werden die Standorte Ettenheim, Oberkirch und "
              "Kehl als Krankenhäuser aufgegeben. Viele Bürgerinnen und Bürger sorgen sich um die "
              "Erreichbarkeit der Notfallversorgung. Wir bitten um die Beantwortung folgender Fragen:"),
        ("ol", ["Wie haben sich die Hilfsfristen des Rettungsdienstes in den betroffenen Raumschaften seit "
                "2022 entwickelt?",
                "Welche Angebote der ambulanten Notfallversorgung (Notfallpraxen, Bereitschaftsdienst) "
                "bestehen dort heute, und welche sind geplant?",
                "Wie viele Patientinnen und Patienten mussten 2023 von den Notaufnahmen abgewiesen oder "
                "in andere Landkreise verlegt werden?"]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Dr. Jana Leimbach\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2024-02-12",
               title="Notfallversorgung im ländlichen Raum nach der Schließung der Klinikstandorte",
               public=None, department=None, originator="BÜNDNIS 90/DIE GRÜNEN Kreistagsfraktion Ortenau",
               answers=None, references=[], consultations=[], klimacheck=None, klima_style=None,
               themes=["soziales", "sicherheit_ordnung"],
               themes_why="hospital closures and emergency care (Gesundheit), ambulance response times",
               notes="Fraktion letter; 'Agenda 2030' is a programme name, not a number. Postcode in the "
                     "address block."),
)

doc(
    file="k31_ortenaukreis_antwort-notfallversorgung.pdf", producer="chromium",
    font="Liberation Serif", size=11, layout="landratsamt_answer_letter", city="Ortenaukreis",
    blocks=[
        ("kv", [("BÜNDNIS 90/DIE GRÜNEN\nKreistagsfraktion Ortenau\nFrau Dr. Jana Leimbach",
                 "Landratsamt Ortenaukreis\nDezernat 3 – Jugend, Soziales und Gesundheit\nGesundheitsamt\n"
                 "Badstraße 20, 77652 Offenburg\nTel. 0781 805-9650\nAz. 3-530.14/2024")]),
        ("right", "Offenburg, 11.03.2024"),
        ("pb", "Ihre Anfrage vom 12. Februar 2024 zur Notfallversorgung im ländlichen Raum"),
        ("p", "Sehr geehrte Frau Dr. Leimbach,"),
        ("p", "vielen Dank für Ihre Anfrage, die ich im Einvernehmen mit dem Ortenau Klinikum und dem "
              "Bereich Rettungsdienst des DRK wie folgt beantworte:"),
        ("p", "Zu Frage 1: Die Hilfsfrist von 12 Minuten wurde 2023 im Rettungsdienstbereich Ortenau in 91,4 "
              "Prozent der Einsätze eingehalten (2022: 92,1 Prozent). In der Raumschaft Ettenheim lag der Wert "
              "bei 88,7 Prozent. Seit Januar 2024 ist in Ettenheim ein zusätzlicher Rettungswagen rund um die "
              "Uhr stationiert."),
        ("p", "Zu Frage 2: In Ettenheim, Oberkirch und Kehl bestehen Notfallpraxen der Kassenärztlichen "
              "Vereinigung an Wochenenden und Feiertagen. Für Kehl ist ab 2025 ein Gesundheitszentrum mit "
              "einer werktäglichen Akutsprechstunde geplant."),
        ("p", "Zu Frage 3: Abweisungen werden nicht gesondert erfasst. Verlegungen in Kliniken außerhalb "
              "des Kreises gab es 2023 in 412 Fällen, überwiegend in spezialisierte Fachabteilungen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Thorsten Erny\nLandrat"),
    ],
    truth=dict(drucksache=None, doc_type="Antwort", doc_type_printed=None, date="2024-03-11",
               title="Ihre Anfrage vom 12. Februar 2024 zur Notfallversorgung im ländlichen Raum",
               public=None, department="Gesundheitsamt", originator=None, answers=None, references=[],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["soziales", "sicherheit_ordnung"], themes_why="answers k30 (emergency care)",
               notes="Answer letter signed by the Landrat with the unit in the right letterhead column; the "
                     "addressee (a Fraktion) stands left — it is not the originator. Answered Anfrage named "
                     "by date only → answers null. 'Az. 3-530.14/2024' and the phone are not numbers of papers."),
)
