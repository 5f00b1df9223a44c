"""Papers h13–h24 (Kreis Pinneberg, Rhein-Neckar-Kreis, Schweinfurt): invented content."""

from docs_a import C

DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- Kreis Pinneberg (more!rubin-like)
PI_HEAD = ("p", "KREIS PINNEBERG\nDer Landrat")

doc(
    file="h13_pinneberg_2024-0345_rettungsdienst.pdf", producer="chromium", font="Nimbus Sans", size=10,
    layout="morerubin_kreis", city="Kreis Pinneberg",
    blocks=[
        PI_HEAD,
        ("kv", [("Drucksache Nr.:", "2024/0345"), ("Fachdienst:", "Fachdienst Sicherheit und Rettungswesen"),
                ("Datum:", "23.05.2024"), ("Vorlagenart:", "Beschlussvorlage"), ("öffentlich / nichtöffentlich:", "öffentlich")]),
        ("pb", "Betreff: Fortschreibung des Rettungsdienstbedarfsplans 2025"),
        ("table", ["Gremium", "Termin", "Behandlung", "Zuständigkeit"], [
            ["Ausschuss für Sicherheit, Ordnung und Rettungsdienst", "11.06.2024", "Ö", "Vorberatung"],
            ["Hauptausschuss", "19.06.2024", "Ö", "Vorberatung"],
            ["Kreistag", "03.07.2024", "Ö", "Entscheidung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Kreistag beschließt die Fortschreibung des Rettungsdienstbedarfsplans mit zwei neuen "
              "Rettungswachen in Tornesch und Barmstedt sowie einem zusätzlichen Notarztstandort."),
        ("pb", "Auswirkungen auf den Klimaschutz"),
        ("table", ["ja, positiv", "ja, negativ", "nein"], [["", "", "X"]]),
        ("pb", "Begründung:"),
        ("p", "Die Hilfsfrist von zwölf Minuten wurde 2023 in 84 Prozent der Einsätze eingehalten; "
              "gefordert sind 90 Prozent. Die Gutachter empfehlen zwei zusätzliche Wachenstandorte im "
              "nördlichen Kreisgebiet. Die Kosten trägt nach dem Rettungsdienstgesetz überwiegend die "
              "gesetzliche Krankenversicherung."),
        ("space",),
        ("p", "Elfi Heesch\nLandrätin"),
    ],
    truth=dict(drucksache="2024/0345", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2024-05-23", title="Fortschreibung des Rettungsdienstbedarfsplans 2025", public=True,
               department="Fachdienst Sicherheit und Rettungswesen", originator=None, answers=None,
               references=[],
               consultations=[C("Ausschuss für Sicherheit, Ordnung und Rettungsdienst", "2024-06-11", "Vorberatung"),
                              C("Hauptausschuss", "2024-06-19", "Vorberatung"),
                              C("Kreistag", "2024-07-03", "Entscheidung")],
               klimacheck="neutral", klima_style="x_in_table_cell",
               themes=["sicherheit_ordnung"], themes_why="emergency medical service plan",
               notes="Klimacheck as a header row ja, positiv | ja, negativ | nein with an X in the cell "
                     "under 'nein'."),
)

doc(
    file="h14_pinneberg_fdp-antrag-ohne-typ.pdf", producer="libreoffice-docx", font="Liberation Serif", size=11,
    layout="fraktion_letter_no_type", city="Kreis Pinneberg",
    blocks=[
        ("right", "FDP-Kreistagsfraktion Pinneberg\nKurt-Wagener-Straße 11\n25337 Elmshorn"),
        ("p", "Herrn Kreispräsidenten\nHelmuth Ahrens\nKreishaus\nKurt-Wagener-Straße 11\n25337 Elmshorn"),
        ("right", "Elmshorn, den 4. März 2024"),
        ("pb", "Schülerbeförderung im ländlichen Raum – Rufbus für die Oberstufe"),
        ("p", "Sehr geehrter Herr Kreispräsident,"),
        ("p", "die FDP-Kreistagsfraktion bittet Sie, den folgenden Punkt auf die Tagesordnung der "
              "nächsten Sitzung des Kreistages zu setzen. Wir beantragen:"),
        ("pi", "Der Kreistag beauftragt die Verwaltung, mit der Kreisverkehrsgesellschaft ein Konzept für "
               "einen Rufbus zu erarbeiten, der Schülerinnen und Schülern der Oberstufe aus den Ämtern "
               "Hörnerkirchen und Rantzau nach der 8. und 10. Stunde eine Heimfahrt ermöglicht."),
        ("p", "Begründung: Nach Unterrichtsende am Nachmittag verkehren in den Ämtern Hörnerkirchen und "
              "Rantzau keine Busse mehr. Oberstufenschülerinnen und -schüler sind auf Elterntaxis angewiesen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Katja Lührs\nFraktionsvorsitzende"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed=None, date="2024-03-04",
               title="Schülerbeförderung im ländlichen Raum – Rufbus für die Oberstufe", public=None,
               department=None, originator="FDP-Kreistagsfraktion Pinneberg", answers=None, references=[],
               consultations=[], klimacheck=None, klima_style=None,
               themes=["mobilitaet", "bildung"], themes_why="on-demand bus for pupils",
               notes="Fraktion letter with no printed type word: 'Wir beantragen' makes it an Antrag. "
                     "'nächste Sitzung des Kreistages' is inside the request sentence, not a consultation "
                     "line (hard call: [] chosen)."),
)

doc(
    file="h15_pinneberg_niederschrift-umweltausschuss.pdf", producer="chromium", font="Nimbus Sans", size=10,
    layout="morerubin_niederschrift", city="Kreis Pinneberg",
    blocks=[
        PI_HEAD,
        ("h", "Niederschrift", 15),
        ("kv", [("Gremium:", "Ausschuss für Umwelt, Natur und Klimaschutz"),
                ("Sitzung:", "12. öffentliche Sitzung"), ("Sitzungstag:", "11.06.2024"),
                ("Sitzungsort:", "Kreishaus Elmshorn, Raum 1.05"), ("Beginn / Ende:", "17:00 Uhr / 19:25 Uhr"),
                ("Datum der Niederschrift:", "18.06.2024"),
                ("Geschäftsführung:", "Fachdienst Umwelt")]),
        ("pb", "Anwesend:"),
        ("p", "Vorsitz: Herr Brüggemann; Mitglieder: Frau Dahl, Herr Öztürk, Frau Schwarz, Herr Thies, "
              "Frau Wendt, Herr Zöllner; Verwaltung: Frau Dr. Lorenzen (Fachdienst Umwelt)"),
        ("pb", "TOP 1 Eröffnung und Genehmigung der Tagesordnung"),
        ("p", "Der Vorsitzende eröffnet die Sitzung und stellt die Beschlussfähigkeit fest. Die "
              "Tagesordnung wird ohne Änderungen genehmigt."),
        ("pb", "TOP 2 Klimaschutzkonzept des Kreises – Umsetzungsbericht 2023"),
        ("p", "Frau Dr. Lorenzen berichtet über den Stand der 48 Maßnahmen. 19 Maßnahmen sind "
              "abgeschlossen, darunter die Photovoltaik auf vier Berufsschulen. Die Treibhausgasemissionen "
              "der Kreisverwaltung sanken gegenüber 2019 um 23 Prozent. Herr Öztürk fragt nach dem "
              "Wärmeplan für die Kreisliegenschaften; dieser wird im vierten Quartal vorgelegt."),
        ("p", "Der Ausschuss nimmt den Bericht zur Kenntnis."),
        ("pb", "TOP 3 Renaturierung der Pinnau-Niederung – Förderantrag"),
        ("p", "Der Ausschuss empfiehlt dem Kreistag einstimmig, den Förderantrag für die Renaturierung "
              "von 38 Hektar Feuchtwiesen zu stellen (Drucksache 2024/0301)."),
        ("pb", "TOP 4 Verschiedenes"),
        ("p", "Frau Wendt weist auf illegale Müllablagerungen an der Kreisstraße 20 hin."),
        ("space",),
        ("p", "Brüggemann, Vorsitzender          Lorenzen, Protokollführerin"),
    ],
    truth=dict(drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2024-06-18",
               title="12. öffentliche Sitzung", public=True, department="Fachdienst Umwelt", originator=None,
               answers=None, references=["2024/0301"], consultations=[], klimacheck=None, klima_style=None,
               themes=["klima_umwelt"], themes_why="climate protection report, wetland renaturation, litter",
               notes="Hard call on the title: the head table prints 'Sitzung: 12. öffentliche Sitzung' (the "
                     "session field, as the Thema field in LABELING.md) and the body in 'Gremium:'. Date of "
                     "the Niederschrift is labelled, not the Sitzungstag."),
)

doc(
    file="h16_pinneberg_2024-0377_berichtsvorlage.pdf", producer="chromium", font="Nimbus Sans", size=10,
    layout="morerubin_kreis", city="Kreis Pinneberg",
    blocks=[
        PI_HEAD,
        ("kv", [("Drucksache Nr.:", "2024/0377"), ("Fachdienst:", "Fachdienst Jugend und Familie"),
                ("Datum:", "07.08.2024"), ("Vorlagenart:", "Berichtsvorlage"), ("öffentlich / nichtöffentlich:", "öffentlich")]),
        ("pb", "Betreff: Jahresbericht Frühe Hilfen 2023"),
        ("table", ["Gremium", "Termin", "Behandlung", "Zuständigkeit"], [
            ["Jugendhilfeausschuss", "29.08.2024", "Ö", "Kenntnisnahme"]]),
        ("pb", "Sachverhalt:"),
        ("p", "Das Netzwerk Frühe Hilfen hat 2023 insgesamt 1.214 Familien mit Säuglingen und Kleinkindern "
              "erreicht. Familienhebammen begleiteten 312 Familien. Die Wartezeit auf eine Begleitung stieg "
              "auf durchschnittlich sechs Wochen, weil zwei Stellen unbesetzt waren."),
        ("p", "Der vollständige Bericht ist als Anlage beigefügt."),
    ],
    truth=dict(drucksache="2024/0377", doc_type="Mitteilungsvorlage", doc_type_printed="Berichtsvorlage",
               date="2024-08-07", title="Jahresbericht Frühe Hilfen 2023", public=True,
               department="Fachdienst Jugend und Familie", originator=None, answers=None, references=[],
               consultations=[C("Jugendhilfeausschuss", "2024-08-29", "Kenntnisnahme")],
               klimacheck=None, klima_style=None, themes=["soziales"], themes_why="early family support",
               notes=""),
)

# ---------------------------------------------------------------- Rhein-Neckar-Kreis (BW)
RNK_HEAD = ("p", "Rhein-Neckar-Kreis\nLandratsamt")

doc(
    file="h17_rnk_112-2024_linienbuendel.pdf", producer="libreoffice-html", font="DejaVu Sans", size=9.5,
    layout="bw_kreistag_sitzungsvorlage", city="Rhein-Neckar-Kreis",
    blocks=[
        RNK_HEAD,
        ("kv", [("Kreistagsdrucksache Nr.:", "112/2024"), ("Dezernat:", "Dezernat II – Bauen, Umwelt und Verkehr"),
                ("Amt:", "Amt für Nahverkehr"), ("Datum:", "02.04.2024")]),
        ("h", "Sitzungsvorlage", 14),
        ("pb", "Neuvergabe der Busverkehre im Linienbündel Kraichgau ab Dezember 2026"),
        ("table", ["Beratungsfolge", "Sitzung", "Sitzungsdatum", "Art der Beratung"], [
            ["Ausschuss für Umwelt, Technik und Verkehr", "öffentlich", "16.04.2024", "Vorberatung"],
            ["Verwaltungs- und Finanzausschuss", "nichtöffentlich", "23.04.2024", "Vorberatung"],
            ["Kreistag", "öffentlich", "14.05.2024", "Beschlussfassung"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Kreistag beschließt, die Busverkehre im Linienbündel Kraichgau ab dem Fahrplanwechsel "
              "im Dezember 2026 für zehn Jahre im wettbewerblichen Verfahren zu vergeben. Die Verwaltung "
              "wird ermächtigt, den Zuschlag zu erteilen."),
        ("pb", "Sachverhalt:"),
        ("p", "Der bestehende Verkehrsvertrag läuft im Dezember 2026 aus. Das neue Angebot sieht einen "
              "Stundentakt auf allen Linien bis 22 Uhr und den Einsatz emissionsfreier Busse auf den "
              "Stadtverkehren vor. Die jährlichen Mehrkosten werden auf 1,2 Mio. EUR geschätzt."),
    ],
    truth=dict(drucksache="112/2024", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2024-04-02", title="Neuvergabe der Busverkehre im Linienbündel Kraichgau ab Dezember 2026",
               public=None, department="Amt für Nahverkehr", originator=None, answers=None, references=[],
               consultations=[C("Ausschuss für Umwelt, Technik und Verkehr", "2024-04-16", "Vorberatung"),
                              C("Verwaltungs- und Finanzausschuss", "2024-04-23", "Vorberatung"),
                              C("Kreistag", "2024-05-14", "Entscheidung")],
               klimacheck=None, klima_style=None, themes=["mobilitaet"], themes_why="bus service tender",
               notes="The paper prints öffentlich/nichtöffentlich only per session of the Beratungsfolge "
                     "(mixed), not for itself → public null (hard call). 'Sitzungsvorlage' with a "
                     "Beschlussvorschlag → Beschlussvorlage. Labels Dezernat/Amt: the Amt is most specific."),
)

doc(
    file="h18_rnk_anfrage-hausaerzte.pdf", producer="chromium", font="DejaVu Sans", size=10.5,
    layout="fraktion_anfrage_letter", city="Rhein-Neckar-Kreis",
    blocks=[
        ("right", "SPD-Kreistagsfraktion im Rhein-Neckar-Kreis"),
        ("p", "Landratsamt Rhein-Neckar-Kreis\nHerrn Landrat Stefan Dallinger\nKurfürsten-Anlage 38–40"),
        ("right", "Wiesloch, 04.03.2024"),
        ("pb", "Anfrage zur Hausarztversorgung im ländlichen Raum"),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "in mehreren Gemeinden des Kreises sind Hausarztsitze seit über einem Jahr unbesetzt. Wir "
              "bitten um die Beantwortung folgender Fragen:"),
        ("ol", ["In welchen Gemeinden des Kreises liegt der Versorgungsgrad unter 75 Prozent?",
                "Welche Förderprogramme des Landes werden für die Niederlassung genutzt?",
                "Ist der Kreis bereit, ein kommunales medizinisches Versorgungszentrum zu prüfen?"]),
        ("p", "Für die Beantwortung danken wir Ihnen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Dr. Ralf Göck\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2024-03-04",
               title="Anfrage zur Hausarztversorgung im ländlichen Raum", public=None, department=None,
               originator="SPD-Kreistagsfraktion im Rhein-Neckar-Kreis", answers=None, references=[],
               consultations=[], klimacheck=None, klima_style=None, themes=["soziales"],
               themes_why="GP supply (health care)",
               notes="Subject begins with the type word, kept. No own number printed."),
)

doc(
    file="h19_rnk_antwort-07-2024.pdf", producer="libreoffice-html", font="DejaVu Sans", size=9.5,
    layout="bw_answer_letter", city="Rhein-Neckar-Kreis",
    blocks=[
        ("right", "Rhein-Neckar-Kreis\nLandratsamt\nGesundheitsamt"),
        ("p", "SPD-Kreistagsfraktion\nHerrn Dr. Ralf Göck"),
        ("right", "Heidelberg, 26. März 2024"),
        ("pb", "Beantwortung der Anfrage Nr. 07/2024 der SPD-Kreistagsfraktion – Hausarztversorgung im ländlichen Raum"),
        ("p", "Sehr geehrter Herr Dr. Göck,"),
        ("p", "zu Ihren Fragen nehmen wir wie folgt Stellung:"),
        ("p", "Zu 1.: Nach den Daten der Kassenärztlichen Vereinigung liegt der Versorgungsgrad im "
              "Mittelbereich Sinsheim bei 71 Prozent und im Mittelbereich Eberbach bei 73 Prozent."),
        ("p", "Zu 2.: Genutzt werden das Landärzteprogramm des Landes sowie die Förderung der "
              "Weiterbildung in der Allgemeinmedizin."),
        ("p", "Zu 3.: Die Verwaltung wird dem Sozialausschuss im Herbst einen Bericht zu den rechtlichen "
              "und finanziellen Voraussetzungen eines kommunalen Versorgungszentrums vorlegen."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Dr. Rainer Schwertz\nLeiter des Gesundheitsamtes"),
    ],
    truth=dict(drucksache=None, doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage", date="2024-03-26",
               title="Beantwortung der Anfrage Nr. 07/2024 der SPD-Kreistagsfraktion – Hausarztversorgung im ländlichen Raum",
               public=None, department="Gesundheitsamt", originator=None, answers="07/2024",
               references=["07/2024"], consultations=[], klimacheck=None, klima_style=None,
               themes=["soziales"], themes_why="answer on GP supply",
               notes="Subject begins with 'Beantwortung der Anfrage' without a colon: kept whole."),
)

doc(
    file="h20_rnk_tischvorlage-098-2024.pdf", producer="libreoffice-html", font="DejaVu Sans", size=9.5,
    layout="bw_kreistag_sitzungsvorlage", city="Rhein-Neckar-Kreis",
    blocks=[
        RNK_HEAD,
        ("h", "TISCHVORLAGE", 14),
        ("kv", [("Kreistagsdrucksache Nr.:", "098/2024 E"), ("Amt:", "Sozialamt"), ("Datum:", "06.05.2024")]),
        ("p", "zur Sitzung des Ausschusses für Soziales und Gesundheit am 07.05.2024, TOP 4\n"
              "Ergänzung zur Kreistagsdrucksache 098/2024"),
        ("pb", "Betreff: Fortschreibung des Kreispflegeplans – Ergänzung der Bedarfszahlen für die Tagespflege"),
        ("p", "Nach Versand der Drucksache 098/2024 hat der Kommunalverband für Jugend und Soziales die "
              "aktualisierten Pflegestatistiken veröffentlicht. Der Bedarf an Tagespflegeplätzen steigt "
              "danach bis 2030 auf 1.480 Plätze statt der bisher angenommenen 1.320 Plätze."),
        ("p", "Der Beschlussvorschlag der Drucksache 098/2024 bleibt unverändert; Anlage 2 wird durch die "
              "beigefügte Tabelle ersetzt."),
    ],
    truth=dict(drucksache="098/2024 E", doc_type="Ergänzungsvorlage", doc_type_printed="Tischvorlage",
               date="2024-05-06",
               title="Fortschreibung des Kreispflegeplans – Ergänzung der Bedarfszahlen für die Tagespflege",
               public=None, department="Sozialamt", originator=None, answers=None, references=["098/2024"],
               consultations=[C("Ausschuss für Soziales und Gesundheit", "2024-05-07", None)],
               klimacheck=None, klima_style=None, themes=["soziales"], themes_why="care planning (Pflege)",
               notes="The 'zur Sitzung … am …' line names the session it is tabled for, without a role."),
)

# ---------------------------------------------------------------- Schweinfurt (Bavaria)
SW_HEAD = ("right", "STADT SCHWEINFURT")

doc(
    file="h21_schweinfurt_stellungnahme-antrag-045-2024.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10.5, layout="bavaria_stellungnahme_verwaltung", city="Schweinfurt",
    blocks=[
        SW_HEAD,
        ("kv", [("Referat:", "Referat II – Finanzen und Liegenschaften"), ("Amt:", "Stadtkämmerei"),
                ("Datum:", "17.07.2024")]),
        ("h", "Stellungnahme der Verwaltung", 14),
        ("p", "zum Antrag Nr. 045/2024 der Stadtratsfraktion Freie Wähler vom 24.06.2024"),
        ("pb", "Senkung der Hebesätze der Grundsteuer B ab 2025"),
        ("p", "Die Fraktion beantragt, den Hebesatz der Grundsteuer B ab dem 1. Januar 2025 von 440 auf "
              "400 Prozent zu senken."),
        ("p", "Die Verwaltung empfiehlt, den Antrag abzulehnen. Mit der Grundsteuerreform ändern sich die "
              "Messbeträge zum 1. Januar 2025 grundlegend. Ein aufkommensneutraler Hebesatz kann erst "
              "berechnet werden, wenn das Finanzamt alle Messbescheide versandt hat. Eine pauschale Senkung "
              "würde Mindereinnahmen von rund 2,1 Mio. EUR verursachen, die im Finanzplan nicht gedeckt sind."),
        ("p", "Die Verwaltung wird dem Haupt- und Finanzausschuss im Oktober einen Vorschlag für den "
              "aufkommensneutralen Hebesatz vorlegen."),
    ],
    truth=dict(drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme der Verwaltung",
               date="2024-07-17", title="Senkung der Hebesätze der Grundsteuer B ab 2025", public=None,
               department="Stadtkämmerei", originator=None, answers="045/2024", references=["045/2024"],
               consultations=[], klimacheck=None, klima_style=None, themes=["finanzen"],
               themes_why="property tax rate",
               notes="Administration's Stellungnahme on a Fraktion's Antrag; the committee mentioned for "
                     "October is a future report, not a consultation of this paper."),
)

doc(
    file="h22_schweinfurt_antrag-freibad.pdf", producer="chromium", font="Liberation Serif", size=11.5,
    layout="fraktion_antrag_letter", city="Schweinfurt",
    blocks=[
        ("p", "SPD-Stadtratsfraktion Schweinfurt\nMarkt 1 · 97421 Schweinfurt"),
        ("p", "Herrn Oberbürgermeister\nSebastian Remelé\nRathaus"),
        ("right", "Schweinfurt, 12.02.2024"),
        ("h", "Antrag", 13),
        ("pb", "Längere Öffnungszeiten im Freibad an heißen Tagen"),
        ("p", "Sehr geehrter Herr Oberbürgermeister,"),
        ("p", "wir beantragen, dass die Verwaltung dem Sport- und Bäderausschuss ein Konzept vorlegt, "
              "nach dem das Freibad an Tagen mit mehr als 28 Grad bis 21 Uhr geöffnet bleibt. Dabei sind "
              "die Personalkosten und die Möglichkeit eines ermäßigten Abendtarifs darzustellen."),
        ("p", "Begründung: Viele Berufstätige und Familien können das Bad erst am späten Nachmittag "
              "nutzen. Andere Städte in Unterfranken haben mit Abendöffnungen gute Erfahrungen gemacht."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Ralf Hofmann\nFraktionsvorsitzender"),
    ],
    truth=dict(drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2024-02-12",
               title="Längere Öffnungszeiten im Freibad an heißen Tagen", public=None, department=None,
               originator="SPD-Stadtratsfraktion Schweinfurt", answers=None, references=[],
               consultations=[], klimacheck=None, klima_style=None, themes=["kultur_sport"],
               themes_why="open-air pool opening hours",
               notes="First-person request sentence; the committee named in it is no consultation."),
)

doc(
    file="h23_schweinfurt_einladung-bauausschuss.pdf", producer="libreoffice-html", font="Liberation Serif",
    size=11, layout="bavaria_einladung", city="Schweinfurt",
    blocks=[
        SW_HEAD,
        ("p", "An die Mitglieder des Bau- und Umweltausschusses"),
        ("right", "Schweinfurt, 02.10.2024"),
        ("h", "Bau- und Umweltausschuss\n9. Sitzung", 14),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "zur Sitzung am Donnerstag, den 10. Oktober 2024, um 15:00 Uhr im Sitzungssaal des Rathauses "
              "lade ich Sie herzlich ein."),
        ("pb", "Tagesordnung der öffentlichen Sitzung"),
        ("ol", ["Bebauungsplan Nr. N 47 „Wohnen am Hainig“ – Aufstellungsbeschluss (Vorlage 2024/0812)",
                "Umgestaltung des Georg-Wichtermann-Platzes – Vorentwurf (Vorlage 2024/0815)",
                "Dachbegrünung und Photovoltaik auf städtischen Gebäuden – Sachstand (Vorlage 2024/0790)",
                "Bauanträge und Vorbescheide",
                "Bekanntgaben und Anfragen"]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Sebastian Remelé\nOberbürgermeister"),
    ],
    truth=dict(drucksache=None, doc_type="Einladung", doc_type_printed="Tagesordnung", date="2024-10-02",
               title="Bau- und Umweltausschuss 9. Sitzung", public=True, department=None, originator=None,
               answers=None, references=["2024/0812", "2024/0815", "2024/0790"], consultations=[],
               klimacheck=None, klima_style=None, themes=["stadtentwicklung", "klima_umwelt"],
               themes_why="Bebauungsplan and square design (2 items), green roofs/PV (1)",
               notes="The word 'Einladung' is not printed; the type is read from 'Tagesordnung der öffentlichen "
                     "Sitzung' and 'lade ich Sie herzlich ein'. Title = name heading + ordinal (two lines)."),
)

doc(
    file="h24_schweinfurt_2024-0789_museum.pdf", producer="libreoffice-docx", font="Liberation Serif", size=11,
    layout="bavaria_beschlussvorlage", city="Schweinfurt",
    blocks=[
        SW_HEAD,
        ("h", "Beschlussvorlage", 15),
        ("kv", [("Vorlagen-Nr.:", "2024/0789"), ("Referat:", "Referat IV – Kultur, Schule und Sport"),
                ("Amt:", "Amt für Kultur und Museen"), ("Datum:", "19. September 2024")]),
        ("table", ["Gremium", "Art der Beratung", "Sitzungsdatum", "Öffentlichkeit"], [
            ["Kultur- und Schulausschuss", "vorberatend", "08.10.2024", "öffentlich"],
            ["Haupt- und Finanzausschuss", "vorberatend", "15.10.2024", "öffentlich"],
            ["Stadtrat", "beschließend", "29.10.2024", "öffentlich"]]),
        ("pb", "Betreff:\nNeukonzeption der Dauerausstellung im Städtischen Museum am Markt"),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Stadtrat stimmt der Neukonzeption der Dauerausstellung nach dem vorgestellten Konzept zu "
              "und beauftragt die Verwaltung, die Förderung bei der Landesstelle für die nichtstaatlichen "
              "Museen zu beantragen."),
        ("pb", "Klimarelevanz:"),
        ("p", "☐ ja, positiv   ☐ ja, negativ   ☒ nein"),
        ("pb", "Sachverhalt:"),
        ("p", "Die Dauerausstellung stammt aus dem Jahr 1998. Das neue Konzept ordnet die Sammlung zur "
              "Stadtgeschichte in fünf Themenräume, ergänzt digitale Medienstationen und macht das Haus "
              "barrierefrei zugänglich. Die Kosten betragen 1,45 Mio. EUR, davon 40 Prozent Förderung."),
    ],
    truth=dict(drucksache="2024/0789", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2024-09-19",
               title="Neukonzeption der Dauerausstellung im Städtischen Museum am Markt", public=True,
               department="Amt für Kultur und Museen", originator=None, answers=None, references=[],
               consultations=[C("Kultur- und Schulausschuss", "2024-10-08", "Vorberatung"),
                              C("Haupt- und Finanzausschuss", "2024-10-15", "Vorberatung"),
                              C("Stadtrat", "2024-10-29", "Entscheidung")],
               klimacheck="neutral", klima_style="unicode",
               themes=["kultur_sport"], themes_why="museum exhibition",
               notes="Every session öffentlich → public true. Betreff label on its own line, title below. "
                     "Beratungsfolge columns Gremium | Art | Datum | Öffentlichkeit."),
)
