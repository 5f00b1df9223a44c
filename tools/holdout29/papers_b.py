# -*- coding: utf-8 -*-
"""Papers of Behindertenbeirat Hamminkeln (rest), Amt Berkenthin, Samtgemeinde Spelle,
Abwasserzweckverband Wipper-Schlenze, Zweckverband Wasserversorgung Primstal. All content invented."""
from papers_a import paper, X, O, HA

paper(
    file="h02_hamminkeln_bbr-stellungnahme_freibad-dingden.pdf", producer="reportlab", layout="hamminkeln_beirat_reportlab_stellungnahme",
    opt=dict(footer="Behindertenbeirat der Stadt Hamminkeln · Seite {page}", doctitle="Stellungnahme Freibad Dingden"),
    blocks=[
        ("lh", ["Behindertenbeirat", "der Stadt Hamminkeln"], ["11.09.2026"]),
        ("type", "Stellungnahme"),
        ("p", "des Behindertenbeirates zur Vorlage 2026/0311 der Verwaltung"),
        ("kv", [("Thema", "Sanierung und Modernisierung des Freibades Dingden – Entwurfsplanung"),
                ("für die Sitzung", "Ausschuss für Sport, Kultur und Freizeit am 23.09.2026")], True),
        ("p", "Der Behindertenbeirat hat die Entwurfsplanung in seiner Sitzung am 09.09.2026 beraten. Er begrüßt, dass das Freibad nach der Sanierung einen Hubsitz am Schwimmerbecken und eine ebenerdige Umkleide erhalten soll."),
        ("p", "Der Beirat empfiehlt darüber hinaus:\n• eine flach auslaufende Treppe mit beidseitigem Handlauf in das Nichtschwimmerbecken,\n• mindestens zwei Behindertenparkplätze unmittelbar am Eingang (bisher: keiner),\n• eine Umkleide mit Liege für Menschen, die beim Umziehen Hilfe benötigen,\n• kontrastreiche Markierungen der Beckenränder für sehbehinderte Badegäste,\n• eine Kasse mit unterfahrbarem Tresen."),
        ("p", "Die Mehrkosten schätzt der Beirat auf weniger als 2 % der Bausumme. Er bittet, die Punkte in die Ausführungsplanung aufzunehmen und den Beirat vor der Ausschreibung erneut zu beteiligen."),
        ("sp",),
        ("p", "Für den Behindertenbeirat\nGisela Terhorst, Vorsitzende"),
    ],
    truth=dict(city=HA, drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-09-11",
               title="Sanierung und Modernisierung des Freibades Dingden – Entwurfsplanung", public=None, department=None,
               originator="Behindertenbeirat der Stadt Hamminkeln", answers="2026/0311", references=[],
               consultations=[{"committee": "Ausschuss für Sport, Kultur und Freizeit", "date": "2026-09-23", "role": None}],
               klimacheck=None, klima_style=None,
               themes=["kultur_sport", "soziales"], themes_why="open-air pool renovation; accessibility for people with disabilities is the content of every recommendation",
               notes="ReportLab Beirat sheet: letterhead in two lines, bare date right; type word then a prose line naming the Vorlage answered ('zur Vorlage 2026/0311'); ruled keys 'Thema' (= title) and 'für die Sitzung' (committee with date, no role). Beirat session date 09.09.2026 is not the paper date.")
)

paper(
    file="h03_hamminkeln_bbr-niederschrift.pdf", producer="libreoffice-docx", layout="hamminkeln_beirat_word_niederschrift",
    opt=dict(header="Behindertenbeirat der Stadt Hamminkeln – Niederschrift 3/2026", footer="Seite {page}"),
    blocks=[
        ("type", "Niederschrift"),
        ("p", "über die 3. Sitzung des Behindertenbeirates der Stadt Hamminkeln"),
        ("kv", [("Datum", "02.09.2026"), ("Ort", "Rathaus Hamminkeln, Sitzungssaal"), ("Beginn", "17:00 Uhr"), ("Ende", "18:50 Uhr"),
                ("Sitzungsleitung", "Gisela Terhorst"), ("Protokoll", "Sven Brömmling (Fachbereich Soziales, Jugend und Senioren)")], True),
        ("p", "Anwesend: 9 stimmberechtigte Mitglieder; beratend: Herr Kleinhückelkotten (Seniorenbeirat), Frau Aydin (Verwaltung). Gäste: 3."),
        ("h", "TOP 1 – Begrüßung und Feststellung der Beschlussfähigkeit"),
        ("p", "Frau Terhorst begrüßt die Anwesenden. Der Beirat ist beschlussfähig."),
        ("h", "TOP 2 – Barrierefreiheit der Bushaltestellen am Bahnhof Mehrhoog"),
        ("p", "Herr Wiggers berichtet über eine Begehung mit dem Blinden- und Sehbehindertenverein. An beiden Haltestellen fehlen Hochborde und Leitstreifen; der Weg zum Bahnsteig führt über einen unbefestigten Streifen. Der Beirat beschließt einstimmig, einen Antrag an den Ausschuss für Stadtentwicklung, Umwelt und Verkehr zu richten."),
        ("h", "TOP 3 – Freibad Dingden, Entwurfsplanung"),
        ("p", "Frau Aydin stellt die Entwurfsplanung vor. Der Beirat sammelt Anregungen (Hubsitz, Parkplätze, Umkleide mit Liege, Markierungen, Kasse). Die Vorsitzende wird beauftragt, daraus eine Stellungnahme zu formulieren."),
        ("h", "TOP 4 – Barrierefreiheit der Wahllokale"),
        ("p", "Mehrere Mitglieder berichten, dass bei der Kommunalwahl 2025 zwei Wahllokale in Brünen nur über Stufen erreichbar waren. Der Beirat bittet die Verwaltung um eine Übersicht aller Wahllokale mit Angaben zur Barrierefreiheit."),
        ("h", "TOP 5 – Verschiedenes"),
        ("p", "Der nächste Aktionstag „Hamminkeln inklusiv“ findet am 05.05.2027 statt. Die nächste Sitzung ist für den 25.11.2026 geplant."),
        ("sp",),
        ("p", "Gisela Terhorst                                        Sven Brömmling\nVorsitzende                                           Protokollführer"),
    ],
    truth=dict(city=HA, drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-09-02",
               title="3. Sitzung des Behindertenbeirates der Stadt Hamminkeln", public=None, department=None,
               originator=None, answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["soziales", "mobilitaet", "kultur_sport"], themes_why="a disability advisory board's items: accessible bus stops (mobilitaet), pool accessibility (kultur_sport), accessible polling stations; soziales as the board's target group throughout",
               notes="Word minutes of a Beirat: Word header names the Beirat and 'Niederschrift 3/2026' (a series count, not a Drucksache); title in the line after the type word ('über die 3. Sitzung …', labelled without 'über die'); ruled key table with 'Datum'. The clerk's Fachbereich in 'Protokoll' is no department. Public status not printed → null.")
)

paper(
    file="h04_hamminkeln_2026-0338_antwort-wahllokale.pdf", producer="chromium", layout="hamminkeln_html_mitteilung_antwort",
    opt=dict(footer="Stadt Hamminkeln · Vorlage 2026/0338 · Ausdruck: 30.09.2026", doctitle="2026/0338"),
    blocks=[
        ("lh", ["Stadt Hamminkeln", "Der Bürgermeister"], ["Vorlage-Nr. 2026/0338", "Datum: 22.09.2026"]),
        ("kv", [("Vorlagenart", "Mitteilungsvorlage"), ("Federführung", "Fachbereich 1 – Zentrale Dienste, Wahlen"),
                ("Beratungsfolge", "Behindertenbeirat 25.11.2026 (Kenntnisnahme, öffentlich)")], True),
        ("title", "Barrierefreiheit der Wahllokale – Antwort auf die Bitte des Behindertenbeirates vom 02.09.2026"),
        ("p", "Der Behindertenbeirat hat in seiner Sitzung am 02.09.2026 um eine Übersicht der Wahllokale mit Angaben zur Barrierefreiheit gebeten."),
        ("p", "Die Stadt Hamminkeln ist in 21 Stimmbezirke eingeteilt. Von den 21 Wahllokalen sind 17 stufenlos erreichbar. In Brünen (Stimmbezirke 11 und 12) und in Loikum (Stimmbezirk 19) führen Stufen zum Eingang; in Dingden (Stimmbezirk 7) ist die Tür schwer zu öffnen."),
        ("table", ["Stimmbezirk", "Wahllokal", "Zugang", "Maßnahme bis zur Bundestagswahl 2029"], [
            ["7", "Grundschule Dingden, Pausenhalle", "Tür schwer", "Türöffner wird nachgerüstet"],
            ["11", "Pfarrheim Brünen", "3 Stufen", "Verlegung in die Gesamtschule"],
            ["12", "Alte Schule Brünen", "2 Stufen", "mobile Rampe"],
            ["19", "Gaststätte Loikum", "1 Stufe", "mobile Rampe"]]),
        ("p", "Die Wahlbenachrichtigungen weisen künftig auf die Barrierefreiheit hin. Stimmzettelschablonen für blinde Wählerinnen und Wähler werden wie bisher über den Blinden- und Sehbehindertenverband ausgegeben."),
        ("sp",),
        ("p", "In Vertretung\nSchlüter\nErste Beigeordnete"),
    ],
    truth=dict(city=HA, drucksache="2026/0338", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage", date="2026-09-22",
               title="Barrierefreiheit der Wahllokale – Antwort auf die Bitte des Behindertenbeirates vom 02.09.2026", public=True,
               department="Fachbereich 1 – Zentrale Dienste, Wahlen", originator=None, answers=None, references=[],
               consultations=[{"committee": "Behindertenbeirat", "date": "2026-11-25", "role": "Kenntnisnahme"}],
               klimacheck=None, klima_style=None,
               themes=["verwaltung", "soziales"], themes_why="polling-station organisation (elections = administration) made accessible for people with disabilities (target group with content)",
               notes="Chromium, more!rubin-like: number and date right of the letterhead; ruled key table with Vorlagenart (Mitteilungsvorlage, although the title calls it an answer — a request from minutes, not a numbered Anfrage, so doc_type stays Mitteilungsvorlage, answers null); Beratungsfolge as one key value in prose with role and Öffentlichkeit in brackets. 'Stimmbezirk 7/11/12/19' no references.")
)

# ======================================================================= Amt Berkenthin (SH)
AB = "Amt Berkenthin"
paper(
    file="b01_berkenthin_VO-2026-0187_led-behlendorf.pdf", producer="reportlab", layout="berkenthin_allris_sh_reportlab_beschlussvorlage",
    opt=dict(footer="Amt Berkenthin für die Gemeinde Behlendorf · VO/2026/0187 · Seite {page}", doctitle="VO/2026/0187"),
    blocks=[
        ("lh", ["Amt Berkenthin", "Der Amtsvorsteher", "für die Gemeinde Behlendorf"], ["Beschlussvorlage", "VO/2026/0187", "öffentlich"]),
        ("kv", [("Federführend:", "Bauamt"), ("Bearbeitung:", "Jens Möllenhoff"), ("Datum:", "03.09.2026")], False),
        ("title", "Erneuerung der Straßenbeleuchtung in der Dorfstraße und im Scharnweg auf LED-Technik"),
        ("table", ["Beratungsfolge", "Geplante Sitzungstermine", "Ö/N"], [
            ["Bau- und Wegeausschuss der Gemeinde Behlendorf (Vorberatung)", "17.09.2026", "Ö"],
            ["Gemeindevertretung Behlendorf (Entscheidung)", "01.10.2026", "Ö"]], [95, 45, 20]),
        ("h", "Sachverhalt:"),
        ("p", "Die Straßenbeleuchtung in der Dorfstraße und im Scharnweg besteht aus 46 Leuchten mit Natriumdampf-Hochdrucklampen aus den Jahren 1989 bis 1996. Ersatzteile sind kaum noch erhältlich; im Jahr 2025 fielen 11 Leuchten aus. Der jährliche Stromverbrauch liegt bei rund 19.300 kWh."),
        ("p", "Ein Austausch gegen LED-Leuchten mit Nachtabsenkung senkt den Verbrauch nach Berechnung des Planungsbüros um etwa 68 % auf rund 6.200 kWh jährlich. Das entspricht einer Einsparung von rund 5,1 t CO2 im Jahr. Die Leuchten werden mit warmweißem Licht (3.000 Kelvin) und insektenfreundlichem Spektrum ausgeführt."),
        ("p", "Die Kosten betragen nach Kostenschätzung 96.600 €. Für die Maßnahme wurde eine Förderung aus der Kommunalrichtlinie des Bundes (Zuschuss 25 %, 24.150 €) beantragt. Der Eigenanteil von 72.450 € ist im Haushalt 2026 der Gemeinde Behlendorf unter 5450.0950000 veranschlagt. Die Stromkosten sinken um rund 4.100 € im Jahr; die Maßnahme amortisiert sich nach rund 17 Jahren."),
        ("h", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung Behlendorf beschließt, die Straßenbeleuchtung in der Dorfstraße und im Scharnweg auf LED-Technik umzurüsten, und beauftragt das Amt, die Leistungen nach Vorliegen des Zuwendungsbescheides auszuschreiben."),
        ("h", "Auswirkungen auf den Klimaschutz:"),
        ("kv", [(X + " positiv", "Einsparung rund 13.100 kWh und 5,1 t CO2 jährlich"), (O + " negativ", ""), (O + " keine", "")], False),
        ("sp",),
        ("p", "Finanzielle Auswirkungen: ja – siehe Sachverhalt"),
    ],
    truth=dict(city=AB, drucksache="VO/2026/0187", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-09-03",
               title="Erneuerung der Straßenbeleuchtung in der Dorfstraße und im Scharnweg auf LED-Technik", public=True,
               department="Bauamt", originator=None, answers=None, references=[],
               consultations=[{"committee": "Bau- und Wegeausschuss der Gemeinde Behlendorf", "date": "2026-09-17", "role": "Vorberatung"},
                              {"committee": "Gemeindevertretung Behlendorf", "date": "2026-10-01", "role": "Entscheidung"}],
               klimacheck="positive", klima_style="heading 'Auswirkungen auf den Klimaschutz:' then a borderless key list of ☒/☐ rows (positiv with a value, negativ, keine)",
               themes=["klima_umwelt", "finanzen"], themes_why="LED street lighting for energy and CO2 savings (stated purpose); grant rate, own share and payback argued",
               notes="ALLRIS-SH-like: type word, number and 'öffentlich' stacked right; borderless keys 'Federführend:'/'Bearbeitung:'/'Datum:'; bold unlabelled title; Beratungsfolge with the role in brackets inside the committee cell. Haushaltsstelle 5450.0950000 is no reference.")
)

paper(
    file="b02_berkenthin_schreiben_amtsumlage-2027.pdf", producer="libreoffice-docx", layout="berkenthin_word_rundschreiben",
    opt=dict(footer="Amt Berkenthin · Am Schart 16 · 23919 Berkenthin · Telefon 04544 8009-0 · IBAN DE12 2305 0101 0001 2345 67 · Sprechzeiten Mo–Fr 8–12 Uhr"),
    blocks=[
        ("lh", ["Amt Berkenthin · Am Schart 16 · 23919 Berkenthin", "", "An die Bürgermeisterinnen und Bürgermeister", "der amtsangehörigen Gemeinden", "– per E-Mail –"],
         ["Amt Berkenthin", "Der Amtsdirektor", "Fachbereich Finanzen", "Auskunft: Frau Kühlke", "Telefon: 04544 8009-21", "Az.: 20 21 10 – 2027", "Berkenthin, 14.10.2026"]),
        ("title", "Amtsumlage 2027 – Eckdaten des Haushaltsentwurfs und Umlagesatz"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Entwurf des Haushalts 2027 des Amtes wird dem Amtsausschuss am 26.11.2026 vorgelegt. Vorab übersende ich Ihnen die Eckdaten, damit Sie die Amtsumlage in Ihren eigenen Haushaltsplanungen berücksichtigen können."),
        ("p", "Der Finanzbedarf des Amtes steigt gegenüber 2026 um rund 286.000 € auf 3,94 Mio. €. Ursachen sind vor allem die Tarifabschlüsse im öffentlichen Dienst, zwei zusätzliche Stellen in der Kindertagesstättenverwaltung und die Umstellung auf ein neues Finanzverfahren. Nach Abzug der Schlüsselzuweisungen und Gebühren ergibt sich ein Umlagebedarf von 2,61 Mio. €."),
        ("table", ["", "2026", "Entwurf 2027"], [
            ["Umlagegrundlagen (Finanzkraft)", "14,92 Mio. €", "15,38 Mio. €"],
            ["Umlagebedarf", "2,38 Mio. €", "2,61 Mio. €"],
            ["Amtsumlagesatz", "15,95 %", "16,97 %"]]),
        ("p", "Die Beträge je Gemeinde entnehmen Sie bitte der beigefügten Übersicht. Nach § 22 Abs. 1 AO müssen die Gemeinden vor der Festsetzung der Umlage angehört werden; Gelegenheit zur Stellungnahme besteht bis zum 13.11.2026."),
        ("p", "Für Rückfragen stehe ich Ihnen gern zur Verfügung."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nKühlke"),
        ("p", "Anlage: Übersicht Amtsumlage 2027 je Gemeinde"),
    ],
    truth=dict(city=AB, drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2026-10-14",
               title="Amtsumlage 2027 – Eckdaten des Haushaltsentwurfs und Umlagesatz", public=None,
               department="Fachbereich Finanzen", originator=None, answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["finanzen"], themes_why="Amtsumlage rate and budget figures; staff costs are only a cause of the increase",
               notes="DIN letter in Word: return address line and addressee left, information column right (Amtsdirektor, Fachbereich, clerk, phone, Az., date); no type word (doc_type_printed null), bold subject line without label. '§ 22 Abs. 1 AO', 'Az.: 20 21 10 – 2027', IBAN are no references; the Amtsausschuss date is not a consultation of this letter.")
)

paper(
    file="b03_berkenthin_einladung-amtsausschuss.pdf", producer="ghostscript-ps", layout="berkenthin_ps_einladung_amtsausschuss",
    opt=dict(footer="Amt Berkenthin - Der Amtsvorsteher - Einladung Amtsausschuss 26.11.2026 - Seite {page}", doctitle="Einladung Amtsausschuss"),
    blocks=[
        ("lh", ["Amt Berkenthin", "Der Amtsvorsteher"], ["Berkenthin, 12.11.2026"]),
        ("p", "An die Mitglieder des Amtsausschusses des Amtes Berkenthin"),
        ("type", "Einladung"),
        ("title", "zur Sitzung des Amtsausschusses des Amtes Berkenthin"),
        ("kv", [("am", "Donnerstag, 26.11.2026, 19:30 Uhr"), ("Ort", "Sitzungsraum der Amtsverwaltung, Am Schart 16, Berkenthin")], False),
        ("p", "Sehr geehrte Damen und Herren, zu der o. g. Sitzung lade ich Sie herzlich ein. Die Sitzung ist öffentlich, soweit nicht anders vermerkt."),
        ("h", "Tagesordnung:"),
        ("table", None, [
            ["1.", "Eröffnung, Begrüßung, Feststellung der Beschlussfähigkeit", ""],
            ["2.", "Einwohnerfragestunde", ""],
            ["3.", "Niederschrift der Sitzung vom 24.09.2026", ""],
            ["4.", "Bericht des Amtsvorstehers", ""],
            ["5.", "Haushaltssatzung und Haushaltsplan des Amtes Berkenthin für das Jahr 2027", "VO/2026/0231"],
            ["6.", "Stellenplan 2027 – Schaffung von zwei Stellen in der Kita-Verwaltung", "VO/2026/0232"],
            ["7.", "Beschaffung eines Einsatzleitwagens ELW 1 für die Amtswehrführung", "VO/2026/0224"],
            ["8.", "Anfragen und Mitteilungen", ""],
            ["", "nichtöffentlich:", ""],
            ["9.", "Personalangelegenheiten", "VO/2026/0235"]], [12, 125, 33]),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\n\nKlaus-Dieter Ahrens\nAmtsvorsteher"),
    ],
    truth=dict(city=AB, drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-11-12",
               title="Sitzung des Amtsausschusses des Amtes Berkenthin", public=None, department=None, originator=None, answers=None,
               references=["VO/2026/0231", "VO/2026/0232", "VO/2026/0224", "VO/2026/0235"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["finanzen", "verwaltung", "sicherheit_ordnung"], themes_why="agenda: budget 2027 (finanzen), Stellenplan with new posts (verwaltung), command vehicle for the fire service (sicherheit_ordnung); personnel matters and reports do not count",
               notes="PostScript invitation: the session line is a bold heading 'zur Sitzung des Amtsausschusses des Amtes Berkenthin' (title labelled without 'zur'); agenda as a ruled table without a head row, a 'nichtöffentlich:' divider row in the middle → public null.")
)

paper(
    file="b04_berkenthin_antrag-wgr_hundewiese-rondeshagen.pdf", producer="chromium", layout="berkenthin_waehlergemeinschaft_html_antrag",
    opt=dict(footer="Wählergemeinschaft Rondeshagen (WGR) · c/o Birte Hansen · Lindenallee 7 · 23919 Rondeshagen", doctitle="Antrag WGR"),
    blocks=[
        ("lh", ["WGR", "Wählergemeinschaft Rondeshagen", "Fraktion in der Gemeindevertretung"], ["Rondeshagen, den 19.10.2026"]),
        ("p", "An den Bürgermeister der Gemeinde Rondeshagen\nüber das Amt Berkenthin"),
        ("kv", [("Antrag für die Sitzung der Gemeindevertretung Rondeshagen am 05.11.2026", "")], False),
        ("p", "Betr.: Sanierung des Spiel- und Bolzplatzes an der Lindenallee"),
        ("p", "Die Gemeindevertretung möge beschließen:\nDer Spiel- und Bolzplatz an der Lindenallee wird 2027 saniert. Die Tore, die Ballfangzäune und die Schaukelanlage werden erneuert, ein Kleinkinderbereich mit Sandspielfläche wird ergänzt. Der Bau- und Wegeausschuss wird beauftragt, mit den Eltern und der Jugendfeuerwehr eine Planung bis März 2027 zu erarbeiten. Für die Maßnahme werden 35.000 € im Haushalt 2027 bereitgestellt."),
        ("p", "Begründung:\nDer Platz ist der einzige öffentliche Spielplatz im Dorf. Bei der Spielplatzprüfung im Juni 2026 wurden die Tore und die Schaukel gesperrt. Im Neubaugebiet Kastanienweg sind seit 2024 elf Familien mit kleinen Kindern zugezogen; für sie gibt es keinen geeigneten Spielbereich."),
        ("sp",),
        ("p", "Birte Hansen\nFraktionsvorsitzende"),
    ],
    truth=dict(city=AB, drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-19",
               title="Sanierung des Spiel- und Bolzplatzes an der Lindenallee", public=None, department=None,
               originator="Wählergemeinschaft Rondeshagen", answers=None, references=[],
               consultations=[{"committee": "Gemeindevertretung Rondeshagen", "date": "2026-11-05", "role": None}],
               klimacheck=None, klima_style=None,
               themes=["kultur_sport", "soziales"], themes_why="playground and football pitch renewal (kultur_sport); families with small children as target group with content; the 35,000 € line is a single amount, no financing argument",
               notes="Wählergemeinschaft letterhead: acronym line, full name, 'Fraktion in der Gemeindevertretung' (originator = the group's name as printed); type word only inside 'Antrag für die Sitzung der Gemeindevertretung Rondeshagen am 05.11.2026' (session date is no paper date, it is the requested consultation); title after 'Betr.:'.")
)

# ======================================================================= Samtgemeinde Spelle (NI)
SP = "Samtgemeinde Spelle"
paper(
    file="s01_spelle_SG-2026-087_oberschule-anbau.pdf", producer="chromium", layout="spelle_sessionnet_html_beschlussvorlage_long",
    opt=dict(footer="Samtgemeinde Spelle · SG/2026/087 · Ausdruck vom 02.10.2026 · Sitzungsdienst", doctitle="SG/2026/087"),
    blocks=[
        ("lh", ["Samtgemeinde Spelle", "Fachbereich 2 – Schulen, Kultur und Sport", "Verfasser/in: Sabine Kösters", "Telefon: 05977 939-240"],
         ["Beschlussvorlage", "Vorlage-Nr.: SG/2026/087", "Datum: 16.09.2026", "Status: öffentlich"]),
        ("title", "Erweiterung der Oberschule Spelle – Anbau von vier Klassenräumen und einem Differenzierungsraum"),
        ("table", ["Beratungsfolge", "Datum", "Beratungsart"], [
            ["Ausschuss für Schule, Jugend und Soziales", "29.09.2026", "Vorberatung"],
            ["Samtgemeindeausschuss", "20.10.2026", "Vorberatung"],
            ["Samtgemeinderat", "03.11.2026", "Entscheidung"]]),
        ("h", "Beschlussvorschlag:"),
        ("p", "1. Der Samtgemeinderat beschließt die Erweiterung der Oberschule Spelle um vier Klassenräume und einen Differenzierungsraum auf Grundlage der Vorentwurfsplanung (Variante B, zweigeschossiger Anbau am Nordflügel).\n2. Die Verwaltung wird beauftragt, die Entwurfsplanung zu erstellen und die Förderung aus dem Programm zur Förderung von Schulbaumaßnahmen zu beantragen.\n3. Die Mittel sind im Haushalt 2027 und in der mittelfristigen Finanzplanung bereitzustellen."),
        ("h", "Sachverhalt:"),
        ("p", "Die Oberschule Spelle wird im Schuljahr 2026/27 von 612 Schülerinnen und Schülern aus Spelle, Lünne und Schapen besucht. Nach der Schulentwicklungsplanung (Beschluss SG/2025/044) steigen die Schülerzahlen bis 2031 auf voraussichtlich 690. Bereits jetzt werden zwei Klassen in Containern unterrichtet, deren Mietvertrag am 31.07.2028 endet."),
        ("p", "Mit der Einführung des Ganztags an vier Tagen benötigt die Schule zusätzliche Räume für Differenzierung und Förderung. Die Schulleitung hat die Raumbedarfe mit dem Schulträger abgestimmt. Das Raumprogramm sieht vor: vier Klassenräume zu je 66 m², ein Differenzierungsraum mit 45 m², ein barrierefreies WC und ein Aufzug, der auch den Bestandsbau erschließt."),
        ("p", "Entwicklung der Schülerzahlen nach der Schulentwicklungsplanung:"),
        ("table", ["Schuljahr", "Schülerinnen und Schüler", "Klassen", "davon im Container"], [
            ["2024/25", "588", "24", "0"], ["2025/26", "597", "25", "1"], ["2026/27", "612", "26", "2"],
            ["2028/29 (Prognose)", "648", "27", "–"], ["2030/31 (Prognose)", "690", "29", "–"]]),
        ("p", "Die Prognose berücksichtigt die Baugebiete in Spelle („Am Venhauser Weg“) und in Schapen sowie die Übergangsquoten der Grundschulen der letzten fünf Jahre. Die Zahl der Kinder mit Förderbedarf im Bereich Lernen und emotionale Entwicklung ist seit 2022 von 31 auf 47 gestiegen; für sie werden zusätzlich kleine Lerngruppenräume benötigt."),
        ("p", "Es wurden drei Varianten untersucht:"),
        ("table", ["Variante", "Beschreibung", "Kosten (brutto)", "Bewertung"], [
            ["A", "eingeschossiger Anbau am Südflügel", "2,96 Mio. €", "Verlust des Schulhofs zu 30 %"],
            ["B", "zweigeschossiger Anbau am Nordflügel", "3,18 Mio. €", "Aufzug erschließt Bestand, Schulhof bleibt"],
            ["C", "Modulbau auf dem Sportplatz", "2,41 Mio. €", "Nutzungsdauer 25 Jahre, kein Anschluss an Bestand"]]),
        ("p", "Die Verwaltung empfiehlt Variante B. Der Anbau wird in Holzhybridbauweise im Effizienzgebäudestandard 40 errichtet und an die bestehende Holzhackschnitzelheizung angeschlossen. Auf dem Dach ist eine Photovoltaikanlage mit ca. 45 kWp vorgesehen."),
        ("h", "Finanzielle Auswirkungen:"),
        ("p", "Gesamtkosten Variante B: 3.180.000 €. Die Samtgemeinde rechnet mit einer Landesförderung von bis zu 40 % der förderfähigen Kosten (ca. 1,1 Mio. €). Der Eigenanteil von rund 2,08 Mio. € soll über Kredite finanziert werden; die Samtgemeindeumlage steigt dadurch ab 2028 rechnerisch um 0,6 Prozentpunkte. Die Haushaltsmittel sind im Produkt 21.60.01 zu veranschlagen."),
        ("h", "Zeitplan:"),
        ("table", ["Schritt", "Termin"], [
            ["Entwurfsplanung und Förderantrag", "bis 03/2027"], ["Bauantrag", "04/2027"], ["Ausschreibung und Vergabe", "09/2027 – 12/2027"],
            ["Bauzeit", "02/2028 – 06/2029"], ["Bezug", "Schuljahr 2029/30"]]),
        ("p", "Während der Bauzeit bleibt der Schulbetrieb im Bestand uneingeschränkt möglich. Die Baustellenzufahrt erfolgt über den Lehrerparkplatz an der Nordseite; der Schulbusverkehr ist nicht betroffen. Der Mietvertrag für die Container muss voraussichtlich um ein Jahr verlängert werden (Mehrkosten rund 48.000 €)."),
        ("h", "Klimaschutz:"),
        ("table", ["Auswirkungen auf den Klimaschutz", "Bewertung"], [["positiv", X], ["negativ", O], ["keine", O]]),
        ("p", "Holzhybridbau, EG 40 und PV-Anlage reduzieren den CO2-Ausstoß gegenüber einem konventionellen Anbau um geschätzt 35 %."),
        ("sp",),
        ("p", "Der Samtgemeindebürgermeister\nIn Vertretung\nHaarmann"),
        ("h", "Anlagen:"),
        ("p", "Vorentwurf Variante B, Raumprogramm, Kostenschätzung nach DIN 276"),
    ],
    truth=dict(city=SP, drucksache="SG/2026/087", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-09-16",
               title="Erweiterung der Oberschule Spelle – Anbau von vier Klassenräumen und einem Differenzierungsraum", public=True,
               department="Fachbereich 2 – Schulen, Kultur und Sport", originator=None, answers=None, references=["SG/2025/044"],
               consultations=[{"committee": "Ausschuss für Schule, Jugend und Soziales", "date": "2026-09-29", "role": "Vorberatung"},
                              {"committee": "Samtgemeindeausschuss", "date": "2026-10-20", "role": "Vorberatung"},
                              {"committee": "Samtgemeinderat", "date": "2026-11-03", "role": "Entscheidung"}],
               klimacheck="positive", klima_style="heading 'Klimaschutz:' then a ruled two-column table (positiv/negativ/keine rows, ☒ in the Bewertung column) and a prose explanation",
               themes=["bildung", "finanzen", "klima_umwelt"], themes_why="school extension; financing argued (state grant rate, loans, effect on the Samtgemeindeumlage); timber-hybrid EG 40 and PV with CO2 savings stated as purpose",
               notes="SessionNet-like HTML: unit, clerk and phone stacked left; type word, 'Vorlage-Nr.:', 'Datum:', 'Status:' right; bold unlabelled title above the Beratungsfolge; footer 'Ausdruck vom 02.10.2026' lure. 'Produkt 21.60.01', 'DIN 276' no references.")
)

paper(
    file="s02_spelle_SG-2026-087-1_tischvorlage.pdf", producer="libreoffice-docx", layout="spelle_word_tischvorlage",
    opt=dict(header="Samtgemeinde Spelle – Tischvorlage", footer="Tischvorlage SG/2026/087/1 – Seite {page}"),
    blocks=[
        ("kv", [("Tischvorlage", "SG/2026/087/1"), ("zur Vorlage", "SG/2026/087"), ("Datum", "29.09.2026"),
                ("Fachbereich", "Fachbereich 2 – Schulen, Kultur und Sport"), ("Sitzung", "Ausschuss für Schule, Jugend und Soziales, 29.09.2026")], True),
        ("title", "Ergänzung: Erweiterung der Oberschule Spelle – Aussage des Landes zur Förderfähigkeit des Aufzugs"),
        ("p", "Nach Versand der Vorlage SG/2026/087 hat die Niedersächsische Landesschulbehörde am 25.09.2026 mitgeteilt, dass der Aufzug nur anteilig förderfähig ist, soweit er den Anbau erschließt. Der auf den Bestandsbau entfallende Anteil (geschätzt 38 %) ist nicht förderfähig."),
        ("p", "Dadurch verringert sich die erwartete Landesförderung um rund 34.000 € auf ca. 1,07 Mio. €. Der Eigenanteil der Samtgemeinde steigt entsprechend. An der Empfehlung für Variante B hält die Verwaltung fest, da nur diese Variante den barrierefreien Zugang zu den Fachräumen im Obergeschoss des Bestandes herstellt."),
        ("p", "Der Beschlussvorschlag bleibt unverändert."),
        ("sp",),
        ("p", "Kösters"),
    ],
    truth=dict(city=SP, drucksache="SG/2026/087/1", doc_type="Ergänzungsvorlage", doc_type_printed="Tischvorlage", date="2026-09-29",
               title="Ergänzung: Erweiterung der Oberschule Spelle – Aussage des Landes zur Förderfähigkeit des Aufzugs", public=None,
               department="Fachbereich 2 – Schulen, Kultur und Sport", originator=None, answers=None, references=["SG/2026/087"],
               consultations=[{"committee": "Ausschuss für Schule, Jugend und Soziales", "date": "2026-09-29", "role": None}],
               klimacheck=None, klima_style=None,
               themes=["bildung", "finanzen"], themes_why="school extension supplement whose whole content is the grant eligibility and its effect on the own share",
               notes="Word: the type word is the first key of a ruled key table ('Tischvorlage | SG/2026/087/1'), 'zur Vorlage' names the base paper (reference); title begins with 'Ergänzung:' (kept, printed as one bold line); 'Sitzung' key with committee and date, no role; no public mark.")
)

paper(
    file="s03_spelle_anfrage-gruppe_krippenplaetze.pdf", producer="reportlab", layout="spelle_gruppe_reportlab_anfrage",
    opt=dict(footer="Gruppe SPD/Bündnis 90/Die Grünen im Samtgemeinderat Spelle · Sprecher: Matthias Rekers · Schapen", doctitle="Anfrage Krippenplätze"),
    blocks=[
        ("lh", ["Gruppe SPD/Bündnis 90/Die Grünen", "im Samtgemeinderat Spelle"], ["Spelle, 05.10.2026"]),
        ("p", "Herrn Samtgemeindebürgermeister\nBernhard Hölscher\nHauptstraße 43\n48480 Spelle"),
        ("type", "Anfrage"),
        ("kv", [("Thema:", "Wartezeiten bei der Vergabe von Krippenplätzen in Lünne und Schapen"),
                ("zur Sitzung:", "Samtgemeinderat am 03.11.2026")], False),
        ("p", "Sehr geehrter Herr Hölscher,\nin den letzten Wochen haben sich mehrere Eltern aus Lünne und Schapen an uns gewandt, die für ihr Kind trotz Rechtsanspruch nach § 24 Abs. 2 SGB VIII keinen Krippenplatz zum gewünschten Termin erhalten haben. Wir bitten um Beantwortung folgender Fragen:"),
        ("p", "1. Wie viele Kinder unter drei Jahren stehen derzeit auf der Warteliste, aufgeteilt nach Mitgliedsgemeinden?\n2. Wie lang ist die durchschnittliche Wartezeit zwischen gewünschtem und tatsächlichem Betreuungsbeginn?\n3. Wie viele Kinder werden in Kindertagespflege betreut, weil kein Krippenplatz frei war?\n4. Welche zusätzlichen Krippengruppen sind bis 2028 geplant?"),
        ("p", "Wir bitten um schriftliche Antwort und um Vorstellung im Samtgemeinderat."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\nMatthias Rekers                    Anke Wübbels"),
    ],
    truth=dict(city=SP, drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-05",
               title="Wartezeiten bei der Vergabe von Krippenplätzen in Lünne und Schapen", public=None, department=None,
               originator="Gruppe SPD/Bündnis 90/Die Grünen im Samtgemeinderat Spelle", answers=None, references=[],
               consultations=[{"committee": "Samtgemeinderat", "date": "2026-11-03", "role": None}],
               klimacheck=None, klima_style=None,
               themes=["soziales"], themes_why="waiting times for crèche places and the legal entitlement (childcare = soziales)",
               notes="ReportLab: Gruppe letterhead in two lines (originator = both joined), type word after the address; borderless keys 'Thema:' (= title) and 'zur Sitzung:' (committee with date, no role). '§ 24 Abs. 2 SGB VIII' no reference.")
)

paper(
    file="s04_spelle_SG-2026-101_antwort-krippenplaetze.pdf", producer="ghostscript-ps", layout="spelle_ps_antwort_informationsvorlage",
    opt=dict(footer="Samtgemeinde Spelle - Informationsvorlage SG/2026/101 - Seite {page}", doctitle="SG/2026/101"),
    blocks=[
        ("lh", ["Samtgemeinde Spelle", "Fachbereich 3 – Jugend, Familie und Soziales"], ["Vorlage-Nr.: SG/2026/101", "Datum: 21.10.2026"]),
        ("type", "Informationsvorlage"),
        ("p", "öffentlich - zur Kenntnisnahme im Samtgemeinderat am 03.11.2026"),
        ("kv", [("Betreff:", "Beantwortung der Anfrage der Gruppe SPD/Bündnis 90/Die Grünen vom 05.10.2026 zu Wartezeiten bei der Vergabe von Krippenplätzen")], False),
        ("p", "Zu 1.: Zum Stichtag 15.10.2026 stehen 23 Kinder unter drei Jahren auf der Warteliste: Spelle 9, Lünne 8, Schapen 6."),
        ("p", "Zu 2.: Die durchschnittliche Wartezeit betrug im Kindergartenjahr 2025/26 rund 4,5 Monate. Bei Aufnahmewünschen zum 1. August ist die Wartezeit deutlich kürzer als bei Aufnahmen im laufenden Jahr."),
        ("p", "Zu 3.: 14 Kinder werden derzeit in Kindertagespflege betreut, weil zum gewünschten Termin kein Krippenplatz frei war; alle haben ein Angebot der Tagespflege angenommen."),
        ("p", "Zu 4.: Im Neubau der Kita St. Johannes in Lünne entstehen zum 01.08.2027 zwei Krippengruppen mit 30 Plätzen (Beschluss SG/2025/112). Für Schapen wird eine Krippengruppe im Anbau der Kita Regenbogen geplant; die Vorlage folgt im ersten Quartal 2027."),
        ("sp",),
        ("p", "Hölscher\nSamtgemeindebürgermeister"),
    ],
    truth=dict(city=SP, drucksache="SG/2026/101", doc_type="Antwort", doc_type_printed="Informationsvorlage", date="2026-10-21",
               title="Beantwortung der Anfrage der Gruppe SPD/Bündnis 90/Die Grünen vom 05.10.2026 zu Wartezeiten bei der Vergabe von Krippenplätzen", public=True,
               department="Fachbereich 3 – Jugend, Familie und Soziales", originator=None, answers=None, references=["SG/2025/112"],
               consultations=[{"committee": "Samtgemeinderat", "date": "2026-11-03", "role": "Kenntnisnahme"}],
               klimacheck=None, klima_style=None,
               themes=["soziales"], themes_why="Antwort carries the Anfrage's theme (crèche places)",
               notes="PostScript: an answer printed as 'Informationsvorlage' with its own number; the Anfrage had no number (answers null; it is named by group and date in the Betreff, title kept whole with its type words); one free line 'öffentlich - zur Kenntnisnahme im Samtgemeinderat am 03.11.2026' carries public and consultation.")
)

paper(
    file="s05_spelle_niederschrift-schulausschuss.pdf", producer="reportlab", layout="spelle_sessionnet_reportlab_niederschrift",
    opt=dict(footer="Niederschrift Ausschuss für Schule, Jugend und Soziales vom 29.09.2026 · Seite {page}", header="Samtgemeinde Spelle", doctitle="Niederschrift"),
    blocks=[
        ("lh", ["Samtgemeinde Spelle"], ["Spelle, 06.10.2026"]),
        ("type", "Niederschrift"),
        ("title", "über die öffentliche Sitzung des Ausschusses für Schule, Jugend und Soziales"),
        ("kv", [("Sitzungsdatum:", "Dienstag, 29.09.2026"), ("Beginn:", "18:00 Uhr"), ("Ende:", "19:45 Uhr"), ("Ort:", "Rathaus Spelle, Sitzungssaal"),
                ("Vorsitz:", "Hildegard Brinkers"), ("Protokoll:", "Sabine Kösters")], True),
        ("h", "Anwesend:"),
        ("p", "Mitglieder: Brinkers (Vorsitz), Deters, Gebbe, Lammers, Niemann, Rekers, Schulte-Lünne, Wübbels; Grundmandat: Terfehr\nVerwaltung: Hölscher, Haarmann, Kösters\nSchulleitung Oberschule: Herr Wenning"),
        ("h", "Tagesordnung:"),
        ("table", ["TOP", "Betreff", "Vorlage"], [
            ["1", "Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung", ""],
            ["2", "Genehmigung der Niederschrift vom 16.06.2026", ""],
            ["3", "Erweiterung der Oberschule Spelle – Anbau von vier Klassenräumen und einem Differenzierungsraum", "SG/2026/087"],
            ["3.1", "Tischvorlage zu TOP 3", "SG/2026/087/1"],
            ["4", "Schulsozialarbeit an den Grundschulen – Erhöhung der Stundenzahl", "SG/2026/090"],
            ["5", "Mitteilungen der Verwaltung", ""],
            ["6", "Anfragen und Anregungen", ""]], [12, 120, 33]),
        ("h", "TOP 1 – Eröffnung"),
        ("p", "Die Vorsitzende eröffnet die Sitzung um 18:00 Uhr und stellt die ordnungsgemäße Ladung sowie die Beschlussfähigkeit fest. Die Tagesordnung wird um TOP 3.1 ergänzt."),
        ("h", "TOP 2 – Genehmigung der Niederschrift"),
        ("p", "Die Niederschrift wird einstimmig genehmigt."),
        ("h", "TOP 3 und 3.1 – Erweiterung der Oberschule Spelle"),
        ("p", "Frau Kösters erläutert die Varianten und die Tischvorlage zur Förderfähigkeit des Aufzugs. Herr Wenning schildert die Raumnot; zwei Klassen sind im Container untergebracht. Ratsherr Deters fragt nach der Auswirkung auf die Samtgemeindeumlage. Herr Haarmann antwortet, dass die Umlage ab 2028 um etwa 0,6 Prozentpunkte steigen würde. Ratsfrau Wübbels begrüßt die Holzhybridbauweise."),
        ("p", "Beschlussempfehlung: Der Ausschuss empfiehlt dem Samtgemeinderat, den Beschluss gemäß Vorlage SG/2026/087 zu fassen.\nAbstimmungsergebnis: 8 Ja, 0 Nein, 1 Enthaltung"),
        ("h", "TOP 4 – Schulsozialarbeit an den Grundschulen"),
        ("p", "Die Verwaltung schlägt vor, die Schulsozialarbeit an den Grundschulen in Lünne und Schapen von 19,5 auf 29,25 Wochenstunden aufzustocken. Das Land trägt die Kosten für die Oberschule; für die Grundschulen trägt die Samtgemeinde die Kosten allein (rund 31.000 € jährlich). Die Schulleitungen berichten von steigendem Beratungsbedarf bei Kindern und Eltern."),
        ("p", "Beschlussempfehlung: Der Ausschuss empfiehlt die Aufstockung ab 01.01.2027.\nAbstimmungsergebnis: einstimmig"),
        ("h", "TOP 5 – Mitteilungen der Verwaltung"),
        ("p", "Herr Hölscher teilt mit, dass die Anmeldungen für die Krippengruppen 2027/28 ab dem 01.12.2026 online möglich sind."),
        ("h", "TOP 6 – Anfragen und Anregungen"),
        ("p", "Keine."),
        ("sp",),
        ("p", "Hildegard Brinkers, Vorsitzende                 Sabine Kösters, Protokoll"),
    ],
    truth=dict(city=SP, drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-09-29",
               title="öffentliche Sitzung des Ausschusses für Schule, Jugend und Soziales", public=True, department=None, originator=None, answers=None,
               references=["SG/2026/087", "SG/2026/087/1", "SG/2026/090"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["bildung", "soziales", "finanzen"], themes_why="items: school extension (bildung, with its Umlage effect argued → finanzen) and school social work hours (soziales); announcements do not count",
               notes="ReportLab SessionNet-like minutes: heading 'über die öffentliche Sitzung des …' (printed dative; title labelled in the nominative convention without 'über die'); ruled key table with 'Sitzungsdatum:' (paper date = session date, the writing date 06.10.2026 is in the letterhead); agenda with Vorlage column. 2 pages expected.")
)

# ======================================================================= Abwasserzweckverband Wipper-Schlenze (ST)
WS = "Abwasserzweckverband Wipper-Schlenze"
paper(
    file="w01_wipper-schlenze_BV-09-2026_gebuehrenkalkulation.pdf", producer="ghostscript-ps", layout="wipperschlenze_verband_ps_letter_vorlage",
    opt=dict(footer="Abwasserzweckverband Wipper-Schlenze - Körperschaft des öffentlichen Rechts - Seite {page} von {pages}", doctitle="BV 09/2026"),
    blocks=[
        ("lh", ["Abwasserzweckverband Wipper-Schlenze", "Verbandsgeschäftsführung", "Kläranlagenweg 1", "06456 Sandersleben"],
         ["Telefon 034785 2417-0", "Az.: 814.12-GK27", "Sandersleben, 02.10.2026"]),
        ("type", "Beschlussvorlage Nr. 09/2026"),
        ("p", "der Verbandsversammlung - öffentlich"),
        ("kv", [("Gegenstand:", "Kalkulation der Schmutzwassergebühren für den Kalkulationszeitraum 2027 bis 2028 und 3. Änderung der Gebührensatzung"),
                ("Beratung:", "Verbandsausschuss 15.10.2026 (Empfehlung); Verbandsversammlung 29.10.2026 (Beschluss)")], True),
        ("h", "1. Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt die Gebührenkalkulation für den Zeitraum 2027 bis 2028 (Anlage 1) und die 3. Satzung zur Änderung der Schmutzwassergebührensatzung (Anlage 2). Die Mengengebühr für die zentrale Schmutzwasserbeseitigung wird ab 01.01.2027 auf 3,86 Euro je m³ festgesetzt; die Grundgebühr bleibt unverändert."),
        ("h", "2. Begründung"),
        ("p", "Nach § 5 KAG LSA sollen die Gebühren die Kosten der Einrichtung decken. Die bisherige Mengengebühr von 3,41 Euro je m³ wurde für 2025 bis 2026 kalkuliert. Der Kalkulationszeitraum endet am 31.12.2026; die Nachkalkulation 2025 ergibt eine Unterdeckung von 118.400 Euro, die nach § 5 Abs. 2b KAG LSA auszugleichen ist."),
        ("p", "Die Kostensteigerung beruht vor allem auf höheren Energiekosten der Kläranlagen Sandersleben und Gerlebogk, auf der Klärschlammentsorgung (Verbot der bodenbezogenen Verwertung ab 2029, bereits jetzt höhere Preise der Monoverbrennung) und auf den Abschreibungen der 2025 fertiggestellten Phosphorfällung. Die neue Fällungsstufe senkt den Phosphoreintrag in die Wipper um rund 70 %, wie es der Bewirtschaftungsplan nach der Wasserrahmenrichtlinie verlangt."),
        ("table", ["Kostenart (Jahresmittel)", "2025/2026", "2027/2028"], [
            ["Personalkosten", "612.000 €", "648.000 €"], ["Energie", "241.000 €", "318.000 €"],
            ["Klärschlammentsorgung", "176.000 €", "239.000 €"], ["Abschreibungen", "884.000 €", "952.000 €"],
            ["Zinsen", "143.000 €", "151.000 €"], ["Ausgleich Unterdeckung 2025", "-", "59.200 €"],
            ["Summe gebührenfähige Kosten", "2.056.000 €", "2.367.200 €"], ["Gebührenpflichtige Menge", "603.000 m³", "613.000 m³"]], [80, 45, 45]),
        ("h", "3. Auswirkungen auf den Klimaschutz"),
        ("p", "[ ] positiv   [ ] negativ   [X] keine - die Satzung regelt nur die Gebührenhöhe."),
        ("sp",),
        ("p", "Dr. Uwe Krahmer\nVerbandsgeschäftsführer"),
        ("p", "Anlagen: 1 Gebührenkalkulation 2027-2028, 2 Satzungsentwurf"),
    ],
    truth=dict(city=WS, drucksache="09/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-02",
               title="Kalkulation der Schmutzwassergebühren für den Kalkulationszeitraum 2027 bis 2028 und 3. Änderung der Gebührensatzung", public=True,
               department="Verbandsgeschäftsführung", originator=None, answers=None, references=[],
               consultations=[{"committee": "Verbandsausschuss", "date": "2026-10-15", "role": "Vorberatung"},
                              {"committee": "Verbandsversammlung", "date": "2026-10-29", "role": "Entscheidung"}],
               klimacheck="neutral", klima_style="numbered heading '3. Auswirkungen auf den Klimaschutz' then one line of ASCII boxes '[X] keine' with a reason",
               themes=["finanzen", "klima_umwelt"], themes_why="sewage fee statute with a cost calculation; the cost drivers include the phosphorus precipitation stage for the river under the WFD and sludge disposal, described in a paragraph",
               notes="Verband letter-style Vorlage in PostScript: letterhead address left, phone/Az./date right; type word fused with the number 'Beschlussvorlage Nr. 09/2026' (drucksache = '09/2026'); 'der Verbandsversammlung - öffentlich' free line; ruled keys 'Gegenstand:' (= title) and 'Beratung:' (both consultations with bracketed roles Empfehlung → Vorberatung, Beschluss → Entscheidung). '§ 5 Abs. 2b KAG LSA', 'Az.: 814.12-GK27' no references.")
)

paper(
    file="w02_wipper-schlenze_BV-11-2026_vergabe-ka-gerlebogk.pdf", producer="reportlab", layout="wipperschlenze_reportlab_nichtoeffentlich_vergabe",
    opt=dict(footer="NICHT ÖFFENTLICH – nur für Mitglieder der Verbandsversammlung · Seite {page}", header="Abwasserzweckverband Wipper-Schlenze · Vorlage 11/2026", doctitle="BV 11/2026"),
    blocks=[
        ("kv", [("Vorlage", "Beschlussvorlage"), ("Nummer", "11/2026"), ("Datum", "08.10.2026"), ("Einreicher", "Verbandsgeschäftsführer"),
                ("Bearbeitung", "Technische Betriebsführung, Herr Salewski"), ("Sitzung", "Verbandsversammlung am 29.10.2026 – nicht öffentlicher Teil")], True),
        ("title", "Vergabe der Bauleistungen – Erneuerung der Kläranlage Gerlebogk, Los 2 Maschinentechnik"),
        ("h", "Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt, den Auftrag für die Erneuerung der Kläranlage Gerlebogk, Los 2 Maschinentechnik, an den wirtschaftlichsten Bieter, die Firma Hesse Umwelttechnik GmbH, zum Angebotspreis von 1.284.611,72 € brutto zu vergeben."),
        ("h", "Sachverhalt"),
        ("p", "Die Kläranlage Gerlebogk (1.800 Einwohnerwerte) wird bis 2027 als SBR-Anlage mit Schlammstapelung erneuert (Beschluss 04/2025). Los 1 Bautechnik wurde im Juni 2026 vergeben. Für Los 2 gingen im offenen Verfahren nach VOB/A-EU fünf Angebote ein. Die Prüfung durch das Ingenieurbüro ergab folgende Rangfolge:"),
        ("table", ["Rang", "Bieter", "Angebotssumme brutto"], [["1", "Hesse Umwelttechnik GmbH", "1.284.611,72 €"], ["2", "Bieter B", "1.351.090,00 €"],
                                                              ["3", "Bieter C", "1.407.285,36 €"], ["4", "Bieter D", "1.522.760,12 €"], ["5", "Bieter E (ausgeschlossen)", "–"]], [15, 100, 50]),
        ("p", "Die Kostenberechnung sah für Los 2 1.240.000 € vor; die Überschreitung von 3,6 % ist durch die Preisentwicklung bei Gebläsen und Edelstahl begründet. Die Maßnahme wird mit 50 % aus der Richtlinie Siedlungswasserwirtschaft des Landes gefördert; die Mehrkosten sind über den Wirtschaftsplan 2026 (Vermögensplan, Position 4.7) gedeckt. Die neuen Gebläse mit Frequenzumrichtern senken den Strombedarf der Anlage um geschätzt 30 %."),
        ("p", "Klimarelevanz: positiv (Energieeinsparung Belüftung)"),
        ("sp",),
        ("p", "Dr. Krahmer"),
    ],
    truth=dict(city=WS, drucksache="11/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-08",
               title="Vergabe der Bauleistungen – Erneuerung der Kläranlage Gerlebogk, Los 2 Maschinentechnik", public=False,
               department="Technische Betriebsführung", originator=None, answers=None, references=["04/2025"],
               consultations=[{"committee": "Verbandsversammlung", "date": "2026-10-29", "role": None}],
               klimacheck="positive", klima_style="one prose line 'Klimarelevanz: positiv (Energieeinsparung Belüftung)'",
               themes=["klima_umwelt", "finanzen"], themes_why="sewage-plant renewal tender award with its volume, the 50 % grant and the coverage of the overrun argued; energy saving of the blowers stated",
               notes="ReportLab: the whole head is a ruled grey key table whose first row is 'Vorlage | Beschlussvorlage' and 'Nummer | 11/2026'; 'Sitzung … – nicht öffentlicher Teil' and the footer 'NICHT ÖFFENTLICH' → public false; 'Einreicher' is an office, 'Bearbeitung' holds unit + clerk (department = unit). 'Beschluss 04/2025' is a reference; 'Position 4.7', 'VOB/A-EU' are not.")
)

paper(
    file="w03_wipper-schlenze_schreiben_fremdwasser.pdf", producer="chromium", layout="wipperschlenze_html_din_letter",
    opt=dict(footer="Abwasserzweckverband Wipper-Schlenze · Kläranlagenweg 1 · 06456 Sandersleben · Tel. 034785 2417-0 · Bereitschaft 0171 5523094 · Kreissparkasse",
             doctitle="Fremdwasser"),
    blocks=[
        ("lh", ["Abwasserzweckverband Wipper-Schlenze · Kläranlagenweg 1 · 06456 Sandersleben", "", "An die Bürgermeister", "der Mitgliedsgemeinden", "des Abwasserzweckverbandes"],
         ["Ihr Zeichen: –", "Unser Zeichen: TB/Sa 2026-118", "Bearbeiter: Herr Salewski", "Durchwahl: -23", "Datum: 26.10.2026"]),
        ("title", "Fremdwassereintrag in die Schmutzwasserkanäle – Bitte um Unterstützung bei der Kontrolle privater Anschlüsse"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "nach den Starkregenereignissen im Juli und August 2026 ist die Kläranlage Sandersleben an 14 Tagen hydraulisch überlastet gewesen. Die Messungen zeigen, dass in einzelnen Ortsnetzen bei Regen bis zum Vierfachen der Trockenwettermenge ankommt. Ursache sind neben undichten Kanälen vor allem Dachrinnen und Hofabläufe, die unzulässig an den Schmutzwasserkanal angeschlossen sind."),
        ("p", "Der Verband wird im Winterhalbjahr in den Ortslagen Sandersleben-Nord und Gerlebogk Nebelprüfungen durchführen. Wir bitten Sie, die Grundstückseigentümer über das Amtsblatt zu informieren (ein Textvorschlag liegt bei) und uns bei Rückfragen aus der Bürgerschaft zu unterstützen. Fehlanschlüsse müssen nach § 9 der Abwasserbeseitigungssatzung innerhalb von sechs Monaten beseitigt werden."),
        ("p", "Weniger Fremdwasser bedeutet geringere Pump- und Reinigungskosten und weniger Mischwasserabschläge in die Wipper."),
        ("p", "Mit freundlichen Grüßen\n\nSalewski\nLeiter Technische Betriebsführung"),
        ("p", "Anlage: Textvorschlag Amtsblatt"),
    ],
    truth=dict(city=WS, drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2026-10-26",
               title="Fremdwassereintrag in die Schmutzwasserkanäle – Bitte um Unterstützung bei der Kontrolle privater Anschlüsse", public=None,
               department="Technische Betriebsführung", originator=None, answers=None, references=[], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt"], themes_why="infiltration water and wrong connections after heavy rain; river discharge and treatment load (environment); cost remark is one clause",
               notes="Chromium DIN letter: return line, addressee left, reference column right ('Unser Zeichen: TB/Sa 2026-118', 'Datum:'); bold subject line without 'Betreff'; department from the signature line ('Leiter Technische Betriebsführung') — the unit name. Footer with phone/Bereitschaft numbers. 'TB/Sa 2026-118' and '§ 9 der Abwasserbeseitigungssatzung' no references.")
)

paper(
    file="w04_wipper-schlenze_niederschrift-vv.pdf", producer="libreoffice-docx", layout="wipperschlenze_word_niederschrift_vv",
    opt=dict(header="Abwasserzweckverband Wipper-Schlenze\nNiederschrift der Verbandsversammlung vom 29.10.2026", footer="Seite {page}"),
    blocks=[
        ("type", "Niederschrift"),
        ("title", "Öffentliche Sitzung der Verbandsversammlung"),
        ("kv", [("Tag der Sitzung", "29.10.2026"), ("Ort", "Bürgerhaus Gerlebogk"), ("Beginn", "17:00 Uhr"), ("Ende", "18:20 Uhr"),
                ("Vorsitz", "Verbandsvorsitzender Rüdiger Hampe"), ("Niederschrift", "Frau Thielecke")], True),
        ("h", "Anwesenheit"),
        ("table", ["Mitglied", "Vertreten durch", "Stimmen", "anwesend"], [
            ["Gemeinde A (Ortsteil Sandersleben)", "Verbandsrat Lehmann", "14", "ja"],
            ["Gemeinde A (Ortsteil Sandersleben)", "Verbandsrätin Pietsch", "–", "ja"],
            ["Gemeinde B (Ortsteil Gerlebogk)", "Verbandsrat Hampe (Vorsitz)", "9", "ja"],
            ["Gemeinde C", "Verbandsrat Kunze", "8", "ja"],
            ["Gemeinde D", "Verbandsrätin Stolle", "6", "ja"],
            ["Gemeinde E", "Verbandsrat Rudolph", "4", "ja"],
            ["Gemeinde F", "Verbandsrat Meinhardt", "5", "nein (entschuldigt)"],
            ["Gemeinde G", "Verbandsrat Gebhardt", "–", "ja"]]),
        ("p", "Verwaltung: Dr. Krahmer (Verbandsgeschäftsführer), Herr Salewski (Technische Betriebsführung), Frau Thielecke (Protokoll). Gäste: Herr Ullrich (Ingenieurbüro, zu TOP 3), 2 Pressevertreter."),
        ("p", "Anwesend sind 7 von 8 Verbandsräten mit 41 von 46 Stimmen. Die Verbandsversammlung ist beschlussfähig."),
        ("h", "TOP 1 – Eröffnung und Feststellung der Beschlussfähigkeit"),
        ("p", "Der Vorsitzende eröffnet die Sitzung und stellt die ordnungsgemäße Ladung fest."),
        ("h", "TOP 2 – Bestätigung der Niederschrift vom 25.06.2026"),
        ("p", "Die Niederschrift wird ohne Änderungen bestätigt (41 Ja)."),
        ("h", "TOP 3 – Kalkulation der Schmutzwassergebühren 2027 bis 2028 (BV 09/2026)"),
        ("p", "Dr. Krahmer erläutert die Kalkulation. Die Mengengebühr steigt von 3,41 €/m³ auf 3,86 €/m³. Verbandsrat Lehmann (Sandersleben) kritisiert die Höhe der Steigerung und fragt, ob die Unterdeckung 2025 über drei Jahre verteilt werden könne. Dr. Krahmer verweist auf die Vorgabe des § 5 Abs. 2b KAG LSA, die einen Ausgleich innerhalb des folgenden Kalkulationszeitraums verlangt. Die Phosphorfällung sei wasserrechtlich vorgeschrieben."),
        ("p", "Beschluss: Die Verbandsversammlung beschließt die Gebührenkalkulation und die 3. Änderung der Gebührensatzung.\nAbstimmung: 35 Ja / 6 Nein / 0 Enthaltungen"),
        ("h", "TOP 4 – Wirtschaftsplan 2027 (BV 10/2026)"),
        ("p", "Der Wirtschaftsplan 2027 sieht im Erfolgsplan Erträge und Aufwendungen von je 3,12 Mio. € und im Vermögensplan Investitionen von 2,9 Mio. € vor, davon 1,6 Mio. € für die Kläranlage Gerlebogk. Die Kreditermächtigung beträgt 850.000 €."),
        ("p", "Beschluss: Der Wirtschaftsplan 2027 wird beschlossen.\nAbstimmung: 41 Ja / 0 Nein / 0 Enthaltungen"),
        ("h", "TOP 5 – Informationen des Verbandsgeschäftsführers"),
        ("p", "Dr. Krahmer informiert über die Nebelprüfungen zur Fremdwasserreduzierung und über das Schreiben an die Mitgliedsgemeinden vom 26.10.2026."),
        ("p", "Der öffentliche Teil endet um 18:05 Uhr. Es folgt der nicht öffentliche Teil (gesonderte Niederschrift)."),
        ("sp",),
        ("p", "Rüdiger Hampe                                    Thielecke\nVorsitzender                                      Protokollführerin"),
    ],
    truth=dict(city=WS, drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-29",
               title="Öffentliche Sitzung der Verbandsversammlung", public=True, department=None, originator=None, answers=None,
               references=["BV 09/2026", "BV 10/2026"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["finanzen", "klima_umwelt"], themes_why="items: sewage fee calculation and the Wirtschaftsplan (finanzen); the fee debate argues the mandatory phosphorus stage (klima_umwelt); information items do not count",
               notes="Word minutes: two-line Word header with the session date; type word then bold session heading; ruled key table 'Tag der Sitzung'. Vorlagen cited in TOP headings as 'BV 09/2026' (a different spelling from the Vorlage's own 'Beschlussvorlage Nr. 09/2026') — labelled as printed here.")
)

# ======================================================================= Zweckverband Wasserversorgung Primstal (SL, invented body)
PR = "Zweckverband Wasserversorgung Primstal"
paper(
    file="p01_primstal_VV-2026-14_transportleitung.pdf", producer="reportlab", layout="primstal_reportlab_side_column_vorlage",
    opt=dict(footer="Zweckverband Wasserversorgung Primstal · Vorlage VV-2026-14 · Seite {page}", doctitle="VV-2026-14"),
    blocks=[
        ("table", None, [["Zweckverband Wasserversorgung Primstal\nDer Verbandsvorsteher\n\nWerkleitung\nTechnik und Netz",
                          "Vorlage für die Verbandsversammlung\nNr. VV-2026-14\n\nöffentlich\n\nPrimstal, 07.09.2026\nAuskunft: Herr Backes\nTel. 06875 9103-15"]], [95, 70]),
        ("kv", [("Betreff", "Erneuerung der Transportleitung zwischen Hochbehälter Mariahütte und Primstal – Baubeschluss"),
                ("Beratungsfolge", "Werkausschuss, 21.09.2026, Vorberatung\nVerbandsversammlung, 05.10.2026, Beschluss")], True),
        ("h", "Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt die Erneuerung der Transportleitung DN 200 zwischen dem Hochbehälter Mariahütte und dem Ortsnetz Primstal auf einer Länge von 2,7 km mit Kosten von 1,46 Mio. € und beauftragt die Werkleitung mit der Ausschreibung."),
        ("h", "Begründung"),
        ("p", "Die Graugussleitung aus dem Jahr 1961 hatte seit 2020 neun Rohrbrüche, zuletzt am 14.02.2026 mit einer Versorgungsunterbrechung von elf Stunden für rund 2.400 Einwohner. Die Wasserverluste im Abschnitt liegen nach der Nachtmessung bei rund 4 m³/h. Die neue Leitung wird aus duktilem Guss verlegt, überwiegend im grabenlosen Spülbohrverfahren, um den Eingriff in den Auwald an der Prims gering zu halten."),
        ("p", "Finanzierung: Die Maßnahme ist im Vermögensplan 2026/2027 mit 1,5 Mio. € veranschlagt. Das Land fördert nach der Förderrichtlinie Wasserversorgung 30 % der zuwendungsfähigen Kosten (rund 420.000 €). Der Rest wird durch ein Darlehen finanziert; der Wasserpreis bleibt nach der Wirtschaftsplanung bis 2028 stabil (siehe Vorlage VV-2026-09)."),
        ("p", "Klimacheck: Die Verringerung der Wasserverluste senkt den Energiebedarf der Pumpwerke. Bewertung: positiv."),
        ("sp",),
        ("p", "Heinz Schommer\nVerbandsvorsteher"),
    ],
    truth=dict(city=PR, drucksache="VV-2026-14", doc_type="Beschlussvorlage", doc_type_printed="Vorlage für die Verbandsversammlung", date="2026-09-07",
               title="Erneuerung der Transportleitung zwischen Hochbehälter Mariahütte und Primstal – Baubeschluss", public=True,
               department="Werkleitung Technik und Netz", originator=None, answers=None, references=["VV-2026-09"],
               consultations=[{"committee": "Werkausschuss", "date": "2026-09-21", "role": "Vorberatung"},
                              {"committee": "Verbandsversammlung", "date": "2026-10-05", "role": "Entscheidung"}],
               klimacheck="positive", klima_style="prose paragraph 'Klimacheck: … Bewertung: positiv.'",
               themes=["klima_umwelt", "finanzen"], themes_why="drinking-water main renewal against losses (water supply = environment/utilities by convention); financing argued (grant rate, loan, stable water price)",
               notes="ReportLab: two-cell ruled head box (body, office and unit in two lines left; type phrase 'Vorlage für die Verbandsversammlung', number, 'öffentlich', place/date, clerk right); ruled keys 'Betreff' and 'Beratungsfolge' with two comma-separated lines ('Beschluss' → Entscheidung). Department printed in two lines 'Werkleitung' / 'Technik und Netz'. 'DN 200' no reference.")
)

paper(
    file="p02_primstal_einladung-vv.pdf", producer="ghostscript-ps", layout="primstal_ps_einladung",
    opt=dict(footer="Zweckverband Wasserversorgung Primstal - Einladung Verbandsversammlung 05.10.2026", doctitle="Einladung VV", font="serif"),
    blocks=[
        ("lh", ["Zweckverband Wasserversorgung Primstal", "- Der Verbandsvorsteher -"], ["Primstal, 22.09.2026"]),
        ("p", "An die Mitglieder der Verbandsversammlung\nnachrichtlich: Kommunalaufsicht"),
        ("title", "Einladung zur 3. ordentlichen Sitzung der Verbandsversammlung 2026"),
        ("p", "Sehr geehrte Damen und Herren,\nhiermit lade ich Sie zur Sitzung der Verbandsversammlung am Montag, dem 05.10.2026, 18:00 Uhr, in den Sitzungssaal des Wasserwerks Primstal, Talstraße 40, ein."),
        ("h", "Tagesordnung"),
        ("h", "Öffentlicher Teil"),
        ("p", "1. Eröffnung und Feststellung der Beschlussfähigkeit\n2. Genehmigung der Niederschrift vom 29.06.2026\n3. Erneuerung der Transportleitung zwischen Hochbehälter Mariahütte und Primstal - Baubeschluss (Vorlage VV-2026-14)\n4. Jahresabschluss 2025 und Entlastung des Verbandsvorstehers (Vorlage VV-2026-15)\n5. Änderung der Wasserversorgungssatzung - Einführung digitaler Funkwasserzähler (Vorlage VV-2026-16)\n6. Mitteilungen"),
        ("h", "Nichtöffentlicher Teil"),
        ("p", "7. Vertragsangelegenheiten (Vorlage VV-2026-17)\n8. Mitteilungen"),
        ("p", "Die Vorlagen sind im Mitgliederbereich abrufbar."),
        ("sp",),
        ("p", "Mit freundlichen Grüßen\n\nHeinz Schommer"),
    ],
    truth=dict(city=PR, drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-09-22",
               title="3. ordentlichen Sitzung der Verbandsversammlung 2026", public=None, department=None, originator=None, answers=None,
               references=["VV-2026-14", "VV-2026-15", "VV-2026-16", "VV-2026-17"], consultations=[],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt", "finanzen", "digitalisierung"], themes_why="agenda: water main renewal (klima_umwelt), annual accounts (finanzen), statute amendment introducing radio water meters (digitalisierung); contract matters and reports do not count",
               notes="PostScript Times invitation: no separate type word — the bold heading 'Einladung zur 3. ordentlichen Sitzung der Verbandsversammlung 2026' is type and session line at once (title labelled as the printed session phrase after 'Einladung zur', dative kept as printed, like d05/b03); agenda as numbered prose lines with Vorlagen in brackets; public and non-public parts → public null.")
)

paper(
    file="p03_primstal_bericht-trinkwasserqualitaet.pdf", producer="chromium", layout="primstal_html_bericht",
    opt=dict(footer="Zweckverband Wasserversorgung Primstal · Talstraße 40 · 66620 Primstal · Störungsdienst 06875 9103-0", doctitle="Bericht VV-2026-12"),
    blocks=[
        ("lh", ["Zweckverband Wasserversorgung Primstal", "Werkleitung – Labor und Qualitätssicherung"], ["Bericht Nr. VV-2026-12", "31.08.2026"]),
        ("type", "Bericht"),
        ("p", "an den Werkausschuss zur Kenntnisnahme in der Sitzung am 21.09.2026 – öffentlich"),
        ("title", "Trinkwasserqualität im Versorgungsgebiet – Jahresbericht 2025"),
        ("p", "Nach § 21 der Trinkwasserverordnung wurden im Jahr 2025 insgesamt 214 Proben aus den Gewinnungsanlagen, den Hochbehältern und dem Ortsnetz untersucht. Alle mikrobiologischen Parameter wurden eingehalten. In zwei Proben aus dem Hochbehälter Mariahütte wurden coliforme Bakterien gefunden; nach Spülung und Desinfektion waren die Nachproben unauffällig."),
        ("table", ["Parameter", "Grenzwert", "Mittelwert 2025", "Maximalwert"], [
            ["Nitrat (mg/l)", "50", "8,4", "12,1"], ["Härte (°dH)", "–", "4,2", "5,0"], ["pH-Wert", "6,5–9,5", "7,6", "7,9"], ["Blei (µg/l)", "10", "< 1", "2,1"]]),
        ("p", "Das Wasser ist weich (Härtebereich weich). Für die Brunnen Kastel II und III empfiehlt das Labor, die Überwachung auf PFAS ab 2026 vierteljährlich durchzuführen; die Werte liegen derzeit deutlich unter dem ab 2028 geltenden Grenzwert."),
        ("p", "Beschlussvorschlag: Der Werkausschuss nimmt den Bericht zur Kenntnis."),
        ("sp",),
        ("p", "Dr. Marion Weyand\nLaborleiterin"),
    ],
    truth=dict(city=PR, drucksache="VV-2026-12", doc_type="Mitteilungsvorlage", doc_type_printed="Bericht", date="2026-08-31",
               title="Trinkwasserqualität im Versorgungsgebiet – Jahresbericht 2025", public=True,
               department="Werkleitung – Labor und Qualitätssicherung", originator=None, answers=None, references=[],
               consultations=[{"committee": "Werkausschuss", "date": "2026-09-21", "role": "Kenntnisnahme"}],
               klimacheck=None, klima_style=None,
               themes=["klima_umwelt"], themes_why="drinking-water quality report (water supply and groundwater = environment by convention)",
               notes="Chromium: large type word 'Bericht' (→ Mitteilungsvorlage), number right as 'Bericht Nr. VV-2026-12' over a bare date; a free line 'an den Werkausschuss zur Kenntnisnahme in der Sitzung am 21.09.2026 – öffentlich' carries consultation, role and public; bold title after it. '§ 21 der Trinkwasserverordnung' no reference.")
)
