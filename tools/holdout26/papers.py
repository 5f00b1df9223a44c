"""The 35 papers of holdout26: blocks next to their labels. All people, numbers and streets invented."""
from render import ps_text

PAPERS = []


def C(committee, date=None, role=None):
    return {"committee": committee, "date": date, "role": role}


def P(pid, slug, producer, layout, city, blocks, header=None, footer=None, font=None, psgrid=None, gridw=None, **t):
    if producer == "ghostscript":
        for k in ("title", "department", "originator", "drucksache", "doc_type_printed", "answers"):
            if isinstance(t.get(k), str):
                t[k] = ps_text(t[k])
        t["references"] = [ps_text(r) for r in t.get("references") or []]
        t["consultations"] = [dict(c, committee=ps_text(c["committee"])) for c in t.get("consultations") or []]
    t.update(layout=layout, city=city)
    PAPERS.append({"id": pid, "file": f"{pid}_{slug}.pdf", "producer": producer, "blocks": blocks, "header": header,
                   "footer": footer, "font": font, "psgrid": psgrid, "gridw": gridw, "doctitle": t.get("title") or "",
                   "truth": t})

# ====================================================================== Stadt Weil der Stadt (BW)
WDS = "Stadt Weil der Stadt"
T01 = "Sanierung der Sporthalle Merklingen – Vergabe der Dachabdichtungs- und Dämmarbeiten"
P("h01", "weilderstadt_2026-118_sporthalle-merklingen-dach", "chromium", "weilderstadt_komm1_ratsinfo_beschlussvorlage", WDS, [
    ("head2", ["Stadt Weil der Stadt", "Amt 4 – Hochbau und Gebäudemanagement", "Sachbearbeitung: Herr Tobias Kienzle", "Telefon 07033 5271-412"],
     ["Beschlussvorlage", "Vorlage Nr.: 2026/118", "Datum: 02.10.2026", "Öffentlichkeitsstatus: öffentlich"]),
    ("kv", [("Betreff", T01)]),
    ("grid", ["Beratungsfolge", "Termin", "Zuständigkeit", "Status"], [
        ["Ortschaftsrat Merklingen", "13.10.2026", "Anhörung", "öffentlich"],
        ["Ausschuss für Technik und Umwelt", "20.10.2026", "Vorberatung", "öffentlich"],
        ["Gemeinderat", "27.10.2026", "Entscheidung", "öffentlich"]]),
    ("h", "Beschlussvorschlag"),
    ("p", "Der Gemeinderat beschließt, die Dachabdichtungs- und Dämmarbeiten an der Sporthalle Merklingen an die Firma Holzwarth Bedachungen GmbH, Renningen, zum Angebotspreis von 486.312,40 € brutto zu vergeben."),
    ("h", "Sachverhalt"),
    ("p", "Die Sporthalle Merklingen wurde 1979 errichtet und wird von der Grundschule, dem TSV Merklingen und drei weiteren Vereinen genutzt. Seit dem Winter 2024/25 treten an mehreren Stellen Feuchteschäden auf. Der Gemeinderat hat am 18.11.2025 die Sanierung des Daches beschlossen (Vorlage 2025/207) und die Verwaltung mit der Ausschreibung beauftragt."),
    ("p", "Die beschränkte Ausschreibung nach § 3 Abs. 3 VOB/A wurde am 21.08.2026 an acht Firmen versandt; fünf Angebote gingen fristgerecht ein. Wirtschaftlichstes Angebot ist das der Firma Holzwarth Bedachungen GmbH. Die Kostenberechnung des Planungsbüros lag bei 512.000 € brutto."),
    ("h", "Finanzierung"),
    ("p", "Im Haushalt 2026 stehen bei Projekt 7.424001 (Sporthalle Merklingen, Dachsanierung) 420.000 € zur Verfügung. Aus dem Ausgleichstock ist ein Zuschuss von 130.000 € bewilligt, der im Haushalt bereits veranschlagt ist. Der Mehrbedarf von 66.312,40 € wird durch Minderausgaben bei Projekt 7.211003 (Schulhof Münklingen) gedeckt, das in das Jahr 2027 verschoben wird."),
    ("h", "Auswirkungen auf den Klimaschutz"),
    ("p", "☒ positiv   ☐ negativ   ☐ keine"),
    ("p", "Mit der neuen Dämmung (U-Wert 0,14 W/m²K) sinkt der Heizwärmebedarf der Halle nach Berechnung des Planungsbüros um rund 38 %; das entspricht etwa 21 t CO2 im Jahr. Die Dachfläche wird für eine spätere Photovoltaikanlage statisch ertüchtigt."),
    ("lines", ["", "gez. Dr. Helene Ruckaberle", "Bürgermeisterin"]),
], footer="Ausdruck vom 09.10.2026 – Ratsinformationssystem Stadt Weil der Stadt",
    drucksache="2026/118", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-02",
    title=T01, public=True, department="Amt 4 – Hochbau und Gebäudemanagement", references=["2025/207"],
    consultations=[C("Ortschaftsrat Merklingen", "2026-10-13", "Anhörung"), C("Ausschuss für Technik und Umwelt", "2026-10-20", "Vorberatung"), C("Gemeinderat", "2026-10-27", "Entscheidung")],
    klimacheck="positive", klima_style="heading 'Auswirkungen auf den Klimaschutz', line of ☒/☐ boxes positiv/negativ/keine, then a sentence with figures",
    themes=["kultur_sport", "finanzen", "klima_umwelt"], themes_why="sports hall of school and clubs; tender award whose volume and cover (Ausgleichstock, shift of another project) is argued; insulation with CO2 figures argued in the Klimacheck",
    notes="Komm.ONE-like two-column head (unit with clerk and phone left, type/number/date/status right); Beratungsfolge grid with Status column; 'Ausdruck vom' footer lure. 'Projekt 7.424001', '§ 3 Abs. 3 VOB/A', 'Winter 2024/25' are no references.")

T02 = "Sanierung der Sporthalle Merklingen – Vergabe der Dachabdichtungs- und Dämmarbeiten"
P("h02", "weilderstadt_ortschaftsrat-merklingen_stellungnahme-sporthalle", "reportlab", "weilderstadt_ortschaftsrat_stellungnahme_reportlab", WDS, [
    ("lines", ["Ortschaftsrat Merklingen", "Ortsvorsteher Martin Bräuninger", "Rathausplatz 3 (Ortsverwaltung)"]),
    ("right", ["Merklingen, 14.10.2026"]),
    ("title", "Stellungnahme des Ortschaftsrats Merklingen"),
    ("kv", [("zur Vorlage", "2026/118"), ("Betreff", T02), ("Sitzung des Ortschaftsrats", "13.10.2026, öffentlich")]),
    ("p", "Der Ortschaftsrat Merklingen wurde nach § 70 Abs. 1 GemO zur Vorlage angehört. Er begrüßt die Sanierung ausdrücklich und stimmt der Vergabe an die Firma Holzwarth Bedachungen GmbH einstimmig zu (7 Ja-Stimmen, 0 Nein-Stimmen, 0 Enthaltungen)."),
    ("p", "Der Ortschaftsrat bittet darum, die Bauzeit so zu legen, dass der Hallenbetrieb der Vereine in den Herbstferien ruhen kann und die Hallenbelegung des TSV Merklingen während der Hallenrunde nicht unterbrochen wird. Der Umkleidetrakt soll nach Möglichkeit benutzbar bleiben."),
    ("p", "Zudem regt der Ortschaftsrat an, den Abstellraum im Dachgeschoss nach der Sanierung als Lagerraum für die Musikvereine zu nutzen, die seit dem Abriss der alten Kelter keinen Lagerraum mehr haben."),
    ("lines", ["", "Martin Bräuninger", "Ortsvorsteher"]),
], footer="Ortschaftsrat Merklingen · Seite {page}",
    drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-10-14", title=T02, public=None,
    department=None, originator="Ortschaftsrat Merklingen", answers="2026/118", references=[], consultations=[],
    themes=["kultur_sport"], themes_why="sports hall refurbishment from the clubs' side; the storage room request is a single paragraph on the same site",
    notes="ReportLab letter of the Ortschaftsrat; key table 'zur Vorlage 2026/118' → answers; the Ortschaftsrat's own session (13.10.2026) is no consultation; vote counts and '§ 70 Abs. 1 GemO' are no references. public null: the session status belongs to the hearing, not the paper.")

P("h03", "weilderstadt_antrag-gruene_schulstrasse-muenklingen", "libreoffice-docx", "weilderstadt_fraktion_word_antrag", WDS, [
    ("lines", ["Gemeinderatsfraktion BÜNDNIS 90/DIE GRÜNEN", "im Gemeinderat der Stadt Weil der Stadt"]),
    ("lines", ["An die", "Bürgermeisterin der Stadt Weil der Stadt", "Frau Dr. Helene Ruckaberle", "Kirchplatz 6", "71263 Weil der Stadt"]),
    ("right", ["Weil der Stadt, 21. September 2026"]),
    ("b", "Antrag: Schulstraße und Elternhaltestellen an der Grundschule Münklingen"),
    ("p", "Sehr geehrte Frau Bürgermeisterin,"),
    ("p", "die Fraktion beantragt, den Antrag in der nächsten Sitzung zu beraten (Gremium: Ausschuss für Technik und Umwelt):"),
    ("p", "1. Die Verwaltung prüft die Einrichtung einer zeitlich begrenzten Schulstraße (Durchfahrtsverbot für Kfz werktags 7:30 bis 8:15 Uhr) in der Schulgasse vor der Grundschule Münklingen."),
    ("p", "2. Am Ortseingang und am Friedhofsparkplatz werden zwei Elternhaltestellen mit Beschilderung eingerichtet, von denen aus die Kinder die letzten 300 Meter zu Fuß gehen."),
    ("p", "3. Die Schule und der Elternbeirat werden in die Planung einbezogen; über das Ergebnis eines Probebetriebs im Sommerhalbjahr 2027 wird berichtet."),
    ("h", "Begründung"),
    ("p", "Morgens stauen sich vor der Schule die Elterntaxis. Kinder, die zu Fuß oder mit dem Roller kommen, müssen zwischen wendenden Autos hindurch. Die Verkehrsschau vom Mai hat die Lage bestätigt. In anderen Städten haben Schulstraßen den Bringverkehr deutlich verringert und die Selbstständigkeit der Kinder gestärkt; das Projekt kann Teil der Mobilitätsbildung der Schule werden."),
    ("lines", ["Mit freundlichen Grüßen", "", "Carola Wetzstein          Dr. Jan Riedlinger", "Fraktionsvorsitzende          stv. Fraktionsvorsitzender"]),
], header="BÜNDNIS 90/DIE GRÜNEN · Fraktion im Gemeinderat Weil der Stadt", footer="Fraktionsbüro: Grabenstraße 18, 71263 Weil der Stadt · gruene-fraktion@example.org",
    drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-21",
    title="Schulstraße und Elternhaltestellen an der Grundschule Münklingen", public=None, department=None,
    originator="Gemeinderatsfraktion BÜNDNIS 90/DIE GRÜNEN", references=[], consultations=[C("Ausschuss für Technik und Umwelt", None, None)],
    themes=["mobilitaet", "bildung"], themes_why="school street and drop-off points; the school, parents' council and mobility education have their own points",
    notes="Word letter; 'Antrag: …' as one bold line (label dropped from the title); Fraktion in the first lines and the Word header; committee named without date → date and role null. Street address and '7:30 bis 8:15 Uhr' are lures.")

P("h04", "weilderstadt_2026-131_kindergartenbedarfsplanung", "ghostscript", "weilderstadt_ps_informationsvorlage_scanlike", WDS, [
    ("lines", ["STADT WEIL DER STADT", "Amt 2 - Familie, Bildung und Soziales"]),
    ("kv", [("Informationsvorlage Nr.", "2026/131"), ("Datum", "05.10.2026"), ("Bearbeitung", "Frau Nadine Schuon, Tel. 07033 5271-221")]),
    ("kv", [("Gegenstand", "Kindergartenbedarfsplanung 2027/2028 - Sachstand und Ausblick")]),
    ("kv", [("Gremium", "Gemeinderat"), ("Sitzung am", "27.10.2026"), ("Behandlung", "öffentlich - zur Kenntnisnahme")]),
    ("h", "Sachverhalt"),
    ("p", "Zum Stichtag 1. März 2026 besuchten 612 Kinder eine der elf Einrichtungen in der Stadt und den Stadtteilen. Für das Kindergartenjahr 2027/2028 rechnet die Verwaltung mit 58 zusätzlichen Plätzen für Kinder über drei Jahren und 21 zusätzlichen Krippenplätzen, vor allem durch das Neubaugebiet in Schafhausen."),
    ("p", "Der Bedarf für Ganztagsplätze steigt weiter: 46 Prozent der Eltern haben bei der Anmeldung eine Betreuung von mehr als 35 Stunden angegeben. Die Kindertagesstätte Münklingen kann ab September 2027 eine weitere Ganztagsgruppe anbieten; der Träger hat Personal in Aussicht."),
    ("p", "Die Fachkräftelage bleibt angespannt. Derzeit sind 9,5 Stellen unbesetzt. Die Stadt setzt die praxisintegrierte Ausbildung (PiA) mit sechs Plätzen je Jahrgang fort."),
    ("h", "Ausblick"),
    ("p", "Die Verwaltung wird dem Gemeinderat im Frühjahr 2027 eine Vorlage zur Erweiterung der Kita Schafhausen um zwei Gruppen vorlegen. Die Elternbeiträge werden wie jedes Jahr gesondert beraten."),
    ("lines", ["", "Dr. Helene Ruckaberle", "Bürgermeisterin"]),
], footer="Weil der Stadt - Informationsvorlage 2026/131 - Seite {page}",
    drucksache="2026/131", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-10-05",
    title="Kindergartenbedarfsplanung 2027/2028 - Sachstand und Ausblick", public=True,
    department="Amt 2 - Familie, Bildung und Soziales", references=[], consultations=[C("Gemeinderat", "2026-10-27", "Kenntnisnahme")],
    themes=["soziales", "bildung"], themes_why="childcare places planning; early education staff training (PiA) section",
    notes="Hand-written PostScript (Helvetica, ISO-Latin-1, dashes print as '-'); number as bold key 'Informationsvorlage Nr.' with value 2026/131. Behandlung 'öffentlich - zur Kenntnisnahme' → public true, Kenntnisnahme. '2027/2028' and 'Kindergartenjahr 2027/2028' are no references.")

P("h05", "weilderstadt_einladung-ortschaftsrat-merklingen", "chromium", "weilderstadt_ortschaftsrat_einladung_html", WDS, [
    ("head2", ["Stadt Weil der Stadt", "Ortsverwaltung Merklingen", "Rathausplatz 3", "71263 Weil der Stadt-Merklingen"], ["Merklingen, 02.10.2026", "Auskunft: Frau Iris Pfrommer", "Telefon 07033 5271-610"]),
    ("title", "Einladung"),
    ("b", "Öffentliche Sitzung des Ortschaftsrats Merklingen"),
    ("p", "am Dienstag, 13. Oktober 2026, 19:30 Uhr, im Sitzungssaal der Ortsverwaltung Merklingen. Die Mitglieder des Ortschaftsrats werden hiermit eingeladen; die Einwohnerinnen und Einwohner sind herzlich willkommen."),
    ("grid", ["TOP", "Gegenstand", "Vorlage"], [
        ["1", "Fragestunde für Einwohnerinnen und Einwohner", ""],
        ["2", "Sanierung der Sporthalle Merklingen – Vergabe der Dachabdichtungs- und Dämmarbeiten (Anhörung)", "2026/118"],
        ["3", "Neugestaltung des Spielplatzes am Kelterplatz – Vorstellung der Entwurfsplanung", "2026/126"],
        ["4", "Haushaltsplanentwurf 2027 – Anmeldungen des Ortschaftsrats (Anhörung)", "2026/129"],
        ["5", "Bekanntgaben, Anfragen, Verschiedenes", ""]]),
    ("p", "Die Sitzungsunterlagen stehen im Ratsinformationssystem bereit. Im Anschluss findet eine nichtöffentliche Sitzung statt."),
    ("lines", ["", "gez. Martin Bräuninger", "Ortsvorsteher"]),
], footer="Ortsverwaltung Merklingen · Öffnungszeiten Di 8–12 Uhr, Do 14–18 Uhr",
    drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-10-02",
    title="Öffentliche Sitzung des Ortschaftsrats Merklingen", public=True, department=None, originator=None,
    references=["2026/118", "2026/126", "2026/129"], consultations=[],
    themes=["kultur_sport", "finanzen"], themes_why="agenda items: sports hall award (largest), playground design, budget requests; Fragestunde and Bekanntgaben do not count",
    notes="Letterhead left, place-date and contact right; session line bold under 'Einladung' = title; agenda grid with Vorlage column → references. Department null (the Ortsverwaltung signs as the Ortschaftsrat's chair). Playground is kultur_sport? arguable (could be soziales); left out as third.")

# ====================================================================== Gemeinde Aichwald (BW)
AW = "Gemeinde Aichwald"
T06 = "Erweiterung der Kinderkrippe Schanbach um eine Gruppe – Baubeschluss und Finanzierung"
P("h06", "aichwald_gr-54-2026_kinderkrippe-schanbach", "libreoffice-docx", "aichwald_word_gemeinderatsdrucksache", AW, [
    ("grid", None, [["Gemeinde Aichwald\nBürgermeisteramt", "Gemeinderatsdrucksache\nNr. 54/2026"],
                    ["Hauptamt – Sachgebiet Kinderbetreuung\nBearbeiterin: Frau Melanie Hägele, Tel. 0711 36909-31", "Aichwald, 22.10.2026\nAz. 464.11"]]),
    ("b", "Betreff: " + T06),
    ("p", "Beratung: Verwaltungsausschuss am 05.11.2026 (nichtöffentlich, vorberatend); Gemeinderat am 19.11.2026 (öffentlich, beschließend)"),
    ("p", "Anlagen: Entwurfsplanung (Architekturbüro Kaltschmitt), Kostenberechnung nach DIN 276"),
    ("h", "Beschlussantrag"),
    ("p", "1. Der Gemeinderat stimmt der Entwurfsplanung für die Erweiterung der Kinderkrippe Schanbach um eine Krippengruppe mit zehn Plätzen zu und fasst den Baubeschluss."),
    ("p", "2. Die Verwaltung wird beauftragt, die Bauleistungen auszuschreiben und den Förderantrag nach der Fachförderrichtlinie Kinderbetreuung zu stellen."),
    ("h", "Sachverhalt"),
    ("p", "In der Kinderkrippe Schanbach werden derzeit zwei Gruppen mit je zehn Plätzen betreut. Auf der Warteliste stehen für das Kindergartenjahr 2027/28 vierzehn Kinder unter drei Jahren; der Rechtsanspruch nach § 24 Abs. 2 SGB VIII kann ohne Erweiterung nicht erfüllt werden. Vorgesehen ist ein eingeschossiger Anbau in Holzmodulbauweise an der Nordseite mit Gruppenraum, Schlafraum und Wickelbereich."),
    ("pb",),
    ("h", "Finanzierung"),
    ("grid", ["Position", "Betrag"], [["Kosten nach Kostenberechnung (KG 200–700)", "1.184.000 €"], ["Zuschuss Fachförderung Kinderbetreuung (Förderquote 50 %, gedeckelt)", "– 420.000 €"], ["Zuschuss Ausgleichstock (beantragt)", "– 250.000 €"], ["Eigenanteil der Gemeinde", "514.000 €"]]),
    ("p", "Der Eigenanteil wird im Haushalt 2027 veranschlagt und zur Hälfte über eine Kreditermächtigung finanziert. Ohne den Ausgleichstock-Zuschuss erhöht sich die Kreditaufnahme entsprechend; die Verwaltung hält den Zuschuss nach Rücksprache mit dem Landratsamt für erreichbar."),
    ("p", "Auswirkungen auf den Klimaschutz: keine wesentlichen – der Anbau wird an die bestehende Wärmepumpenanlage angeschlossen."),
    ("lines", ["", "Andreas Tränkle", "Bürgermeister"]),
], header="Gemeinde Aichwald · Gemeinderatsdrucksache 54/2026", footer="Seite {page}",
    drucksache="54/2026", doc_type="Beschlussvorlage", doc_type_printed="Gemeinderatsdrucksache", date="2026-10-22",
    title=T06, public=None, department="Hauptamt – Sachgebiet Kinderbetreuung", references=[],
    consultations=[C("Verwaltungsausschuss", "2026-11-05", "Vorberatung"), C("Gemeinderat", "2026-11-19", "Entscheidung")],
    klimacheck="neutral", klima_style="prose line 'Auswirkungen auf den Klimaschutz: keine wesentlichen – …'",
    themes=["soziales", "finanzen"], themes_why="crèche places for under-threes; financing table with Förderquote, grant cap and Eigenanteil, credit argued",
    notes="Word template with a ruled 2×2 head grid (number under the type word 'Gemeinderatsdrucksache' in a cell: 'Nr. 54/2026' → 54/2026); 'Beratung:' prose with mixed nichtöffentlich/öffentlich → public null; 'vorberatend'/'beschließend' mapped. 'Az. 464.11', '§ 24 Abs. 2 SGB VIII', 'KG 200–700', 'DIN 276', '2027/28' are no references.")

P("h07", "aichwald_antrag-jugendgemeinderat_jugendunterstand", "chromium", "aichwald_jugendgemeinderat_antrag_html", AW, [
    ("title", "Jugendgemeinderat Aichwald"),
    ("small", "c/o Rathaus Aichwald · Schurwaldstraße 20 · 73773 Aichwald"),
    ("right", ["Aichwald, 30.09.2026"]),
    ("lines", ["An den Gemeinderat der Gemeinde Aichwald", "über Herrn Bürgermeister Andreas Tränkle"]),
    ("h", "Antrag nach § 41a Abs. 4 GemO"),
    ("b", "Überdachter Jugendtreffpunkt am Sportgelände Aichschieß"),
    ("p", "Der Jugendgemeinderat hat in seiner Sitzung am 24.09.2026 einstimmig beschlossen, beim Gemeinderat folgenden Antrag zu stellen:"),
    ("p", "Die Gemeinde errichtet am Rand des Sportgeländes Aichschieß einen überdachten, beleuchteten Unterstand mit Sitzgelegenheiten als Treffpunkt für Jugendliche. Der Jugendgemeinderat beteiligt sich mit 3.000 € aus seinem eigenen Budget an den Kosten."),
    ("h", "Begründung"),
    ("p", "In Aichwald gibt es für Jugendliche ab 14 Jahren keinen Ort, an dem sie sich draußen treffen können, ohne jemanden zu stören. Bei unserer Umfrage an der Gemeinschaftsschule haben 212 Jugendliche mitgemacht; 71 Prozent wünschen sich einen überdachten Treffpunkt. Der Platz am Sportgelände liegt abseits der Wohnbebauung und ist mit dem Bus gut erreichbar. Die Mobile Jugendarbeit hat zugesagt, den Treffpunkt regelmäßig zu besuchen."),
    ("p", "Wir bitten darum, den Antrag in der Sitzung des Gemeinderats am 19.11.2026 zu behandeln, und möchten ihn dort selbst vorstellen."),
    ("lines", ["", "Für den Jugendgemeinderat", "Lea Fischinger und Can Yıldırım, Sprecherin und Sprecher"]),
],
    drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-09-30",
    title="Überdachter Jugendtreffpunkt am Sportgelände Aichschieß", public=None, department=None,
    originator="Jugendgemeinderat Aichwald", references=[], consultations=[C("Gemeinderat", "2026-11-19", None)],
    themes=["soziales"], themes_why="meeting place for young people with youth work support; the sports ground is only the site",
    notes="Youth council letterhead as big heading; type line 'Antrag nach § 41a Abs. 4 GemO' then bold title; the Jugendgemeinderat's own session 24.09.2026 is no consultation; the requested Gemeinderat session is (role null). 'Yıldırım' has a dotless ı.")

P("h08", "aichwald_anfrage-wuest_verbindungsstrasse", "reportlab", "aichwald_gemeinderat_anfrage_reportlab", AW, [
    ("lines", ["Jochen Wüst", "Gemeinderat (Unabhängige Wählervereinigung Aichwald)", "Im Kirchtal 9, 73773 Aichwald"]),
    ("right", ["Aichwald, 12. Oktober 2026"]),
    ("lines", ["Bürgermeisteramt Aichwald", "Herrn Bürgermeister Andreas Tränkle"]),
    ("title", "Anfrage"),
    ("kv", [("Betr.:", "Zustand der Gemeindeverbindungsstraße Krummhardt – Lobenrot und Schulbusverkehr")]),
    ("p", "Sehr geehrter Herr Tränkle,"),
    ("p", "auf der Verbindungsstraße zwischen Krummhardt und Lobenrot haben sich nach dem vergangenen Winter tiefe Schlaglöcher und Randabbrüche gebildet. Der Schulbus der Linie 115 muss an zwei Stellen auf das Bankett ausweichen. Ich bitte um Beantwortung folgender Fragen in der Sitzung des Gemeinderats:"),
    ("p", "1. Wann wurde die Straße zuletzt begutachtet, und welche Schäden wurden festgestellt?"),
    ("p", "2. Welche Kosten sind für eine Deckensanierung geschätzt, und ist die Maßnahme für den Haushalt 2027 vorgesehen?"),
    ("p", "3. Wird bis dahin eine Geschwindigkeitsbegrenzung oder eine provisorische Ausbesserung vorgenommen?"),
    ("lines", ["Mit freundlichen Grüßen", "", "Jochen Wüst"]),
], footer="Anfrage Gemeinderat Wüst – Seite {page}",
    drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-12",
    title="Zustand der Gemeindeverbindungsstraße Krummhardt – Lobenrot und Schulbusverkehr", public=None, department=None,
    originator="Jochen Wüst", references=[], consultations=[],
    themes=["mobilitaet"], themes_why="road condition and school bus route; one subject",
    notes="Member letter (ReportLab); 'Betr.:' in a key table; 'in der Sitzung des Gemeinderats' without date → no consultation labelled (no session named). Originator by name only; Wählervereinigung in brackets left out. 'Linie 115' is no reference.")

P("h09", "aichwald_antwort-anfrage-wuest", "ghostscript", "aichwald_ps_antwort_letter", AW, [
    ("head2", ["Gemeinde Aichwald", "Bürgermeisteramt", "Schurwaldstraße 20, 73773 Aichwald"], ["Ortsbauamt", "Sachbearbeiter: Herr Rolf Gaißer", "Telefon: 0711 36909-50", "Datum: 03.11.2026", "Az.: 630.21"]),
    ("lines", ["Herrn Gemeinderat", "Jochen Wüst", "Im Kirchtal 9", "73773 Aichwald"]),
    ("b", "Ihre Anfrage vom 12. Oktober 2026 - Zustand der Gemeindeverbindungsstraße Krummhardt - Lobenrot"),
    ("p", "Sehr geehrter Herr Wüst,"),
    ("p", "Ihre Fragen beantworte ich wie folgt:"),
    ("p", "Zu 1: Die Straße wurde zuletzt am 6. Mai 2026 im Rahmen der Straßenzustandserfassung begangen. Festgestellt wurden Netzrisse auf rund 900 Metern, zwei Randabbrüche sowie Schlaglöcher im Bereich der Waldkurve."),
    ("p", "Zu 2: Das Ortsbauamt schätzt die Kosten einer Deckensanierung mit Bankettbefestigung auf rund 265.000 Euro. Die Maßnahme ist im Entwurf des Haushaltsplans 2027 enthalten, über den der Gemeinderat im Dezember berät."),
    ("p", "Zu 3: Der Bauhof hat die Schlaglöcher am 28. Oktober provisorisch mit Kaltasphalt verfüllt. Im Bereich der Waldkurve gilt ab sofort Tempo 50; die Straßenverkehrsbehörde hat zugestimmt. Das Busunternehmen wurde informiert."),
    ("p", "Mit freundlichen Grüßen"),
    ("lines", ["", "Andreas Tränkle", "Bürgermeister"]),
], footer="Gemeinde Aichwald - Schurwaldstraße 20 - 73773 Aichwald - Telefon 0711 36909-0",
    drucksache=None, doc_type="Antwort", doc_type_printed=None, date="2026-11-03",
    title="Ihre Anfrage vom 12. Oktober 2026 – Zustand der Gemeindeverbindungsstraße Krummhardt – Lobenrot", public=None,
    department="Ortsbauamt", originator=None, answers=None, references=[], consultations=[],
    themes=["mobilitaet"], themes_why="the Anfrage's theme: road condition and speed limit",
    notes="DIN letter in PostScript, no type word; title = bold subject line as printed (dashes as '-'); answers null (the Anfrage h08 has no number); date from the contact column; 'Az.: 630.21' and the Anfrage's date are lures.")

# ====================================================================== Markt Wachenroth (BY)
MW = "Markt Wachenroth"
T10 = "Bebauungsplan „Wohngebiet Am Kellerberg“ mit Grünordnungsplan – Billigungs- und Auslegungsbeschluss"
P("h10", "wachenroth_2026-087_bplan-am-kellerberg", "chromium", "wachenroth_sessionnet_beschlussvorlage", MW, [
    ("head2", ["Markt Wachenroth", "Rathaus · Marktplatz 12 · 96193 Wachenroth"], ["Beschlussvorlage", "Vorlagennummer: 2026/087", "Vorlagenstatus: öffentlich", "Datum: 27.10.2026"]),
    ("kv", [("Federführung:", "Bauamt"), ("Sachbearbeitung:", "Stefanie Dörfler, Tel. 09548 9211-23"), ("Klimarelevanz:", "negativ – Versiegelung von rund 1,9 ha; Ausgleich über Streuobstwiese und Dachbegrünung")]),
    ("b", T10),
    ("grid", ["Datum", "Beratungsfolge", "Zuständigkeit"], [["10.11.2026", "Bau- und Umweltausschuss", "Vorberatung"], ["24.11.2026", "Marktgemeinderat", "Entscheidung"]]),
    ("h", "Sachverhalt"),
    ("p", "Der Marktgemeinderat hat am 14.04.2025 die Aufstellung des Bebauungsplans „Wohngebiet Am Kellerberg“ beschlossen (Vorlage 2025/041). Das Plangebiet umfasst rund 3,2 ha am nordöstlichen Ortsrand von Wachenroth und soll 34 Bauplätze für Einfamilien- und Doppelhäuser sowie ein Grundstück für eine Wohnanlage aufnehmen."),
    ("p", "Aus der frühzeitigen Beteiligung nach § 3 Abs. 1 und § 4 Abs. 1 BauGB gingen 17 Stellungnahmen ein. Das Wasserwirtschaftsamt forderte ein Regenrückhaltebecken; es wird im Süden des Gebiets als naturnahe Mulde angelegt. Die untere Naturschutzbehörde hat dem Ausgleichskonzept (Streuobstwiese auf Fl.-Nr. 611, Gemarkung Weingartsgreuth) zugestimmt."),
    ("h", "Einheimischenmodell und seniorengerechtes Wohnen"),
    ("p", "16 der 34 Bauplätze werden nach den Vergaberichtlinien des Marktes vorrangig an junge Familien aus dem Gemeindegebiet vergeben. Auf dem Grundstück für die Wohnanlage sind zwölf barrierefreie Wohnungen für ältere Menschen vorgesehen; ein Träger der Seniorenarbeit hat Interesse bekundet. Die Festsetzungen sichern die Barrierefreiheit und eine Gemeinschaftsfläche."),
    ("h", "Beschlussvorschlag"),
    ("p", "Der Marktgemeinderat billigt den Entwurf des Bebauungsplans „Wohngebiet Am Kellerberg“ in der Fassung vom 20.10.2026 und beauftragt die Verwaltung mit der Auslegung nach § 3 Abs. 2 BauGB und der Beteiligung der Behörden nach § 4 Abs. 2 BauGB."),
    ("lines", ["", "Matthias Sponsel", "Erster Bürgermeister"]),
], footer="Ausdruck vom 03.11.2026 · Seite 1",
    drucksache="2026/087", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-27",
    title=T10, public=True, department="Bauamt", references=["2025/041"],
    consultations=[C("Bau- und Umweltausschuss", "2026-11-10", "Vorberatung"), C("Marktgemeinderat", "2026-11-24", "Entscheidung")],
    klimacheck="negative", klima_style="key row 'Klimarelevanz: negativ – …' in the head key table",
    themes=["stadtentwicklung", "soziales"], themes_why="housing B-Plan; section on Einheimischenmodell for young families and barrier-free flats for seniors",
    notes="SessionNet-like print of a Bavarian Markt: type/number/status/date right, 'Federführung:' and 'Sachbearbeitung:' keys, unlabelled bold title, Datum|Beratungsfolge|Zuständigkeit grid. Footer 'Ausdruck vom 03.11.2026' lure. Negative Klimarelevanz does not add klima_umwelt. 'Fl.-Nr. 611', '§ 3 Abs. 1 BauGB', 'Fassung vom 20.10.2026' are no references.")

P("h11", "wachenroth_niederschrift-marktgemeinderat-2026-10-13", "libreoffice-docx", "wachenroth_word_niederschrift", MW, [
    ("title", "Niederschrift"),
    ("b", "Öffentliche Sitzung des Marktgemeinderates Wachenroth"),
    ("kv", [("Sitzungstag:", "Dienstag, 13.10.2026"), ("Sitzungsort:", "Sitzungssaal des Rathauses Wachenroth"), ("Beginn:", "19:00 Uhr"), ("Ende:", "21:40 Uhr"),
            ("Vorsitz:", "Erster Bürgermeister Matthias Sponsel"), ("Schriftführung:", "Anja Krapp, Verwaltung")]),
    ("p", "Anwesend: 14 von 15 Mitgliedern des Marktgemeinderates (entschuldigt: MGR Bernd Hummel). Der Vorsitzende stellt die ordnungsgemäße Ladung und die Beschlussfähigkeit fest (Art. 47 Abs. 2 GO). Gegen die Niederschrift der Sitzung vom 15.09.2026 werden keine Einwände erhoben."),
    ("h", "TOP 1  Bekanntgaben"),
    ("p", "Der Vorsitzende gibt bekannt, dass der Zuwendungsbescheid für die Dorferneuerung Weingartsgreuth eingegangen ist."),
    ("h", "TOP 2  Neubau eines Feuerwehrgerätehauses für die Freiwillige Feuerwehr Weingartsgreuth – Vorentwurf (Vorlage 2026/071)"),
    ("p", "Der Architekt stellt den Vorentwurf mit zwei Stellplätzen, Umkleiden nach DIN 14092 und einem Schulungsraum vor. Die Kosten werden auf 1,46 Mio. € geschätzt; die Förderung nach den Feuerwehr-Zuwendungsrichtlinien beträgt voraussichtlich 186.000 €. MGR Petra Schmitt fragt nach der Finanzierung des Restbetrags; der Kämmerer verweist auf die Finanzplanung 2027 bis 2029 mit einer Kreditaufnahme von 800.000 €."),
    ("p", "Beschluss: Der Marktgemeinderat billigt den Vorentwurf und beauftragt die Verwaltung, den Förderantrag zu stellen.  Abstimmung: 14 : 0"),
    ("h", "TOP 3  Anpassung der Gebühren für die Benutzung der Kindertageseinrichtungen ab 01.01.2027 (Vorlage 2026/079)"),
    ("p", "Die Verwaltung erläutert die Kalkulation; die Elternbeiträge steigen um 8 bis 12 € je Monat. Für Geschwisterkinder bleibt die Ermäßigung von 50 % erhalten."),
    ("p", "Beschluss: Der Marktgemeinderat beschließt die Änderungssatzung in der vorgelegten Fassung.  Abstimmung: 11 : 3"),
    ("pb",),
    ("h", "TOP 4  Bauantrag: Errichtung einer Garage, Fl.-Nr. 233/4, Gemarkung Wachenroth"),
    ("p", "Das gemeindliche Einvernehmen wird erteilt.  Abstimmung: 14 : 0"),
    ("h", "TOP 5  Anfragen und Verschiedenes"),
    ("p", "MGR Thomas Wölfel fragt nach dem Stand der Glasfaserversorgung in der Ortsmitte. Der Vorsitzende antwortet, der Ausbau sei bis Ende 2027 zugesagt. Die nächste Sitzung findet am 24.11.2026 statt."),
    ("lines", ["", "Matthias Sponsel                              Anja Krapp", "Erster Bürgermeister                        Schriftführerin"]),
], header="Markt Wachenroth – Niederschrift Marktgemeinderat 13.10.2026", footer="Seite {page}",
    drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-13",
    title="Öffentliche Sitzung des Marktgemeinderates Wachenroth", public=True, department=None, originator=None,
    references=["2026/071", "2026/079"], consultations=[],
    themes=["sicherheit_ordnung", "finanzen", "soziales"], themes_why="fire station design with funding and credit discussed (larger item); Kita fee statute; Bekanntgaben, Bauantrag and Verschiedenes (fibre question) not counted",
    notes="Word minutes, 2 pages; title = the bold session line under 'Niederschrift'; date = Sitzungstag; next session 24.11.2026 and previous minutes 15.09.2026 are lures; 'Art. 47 Abs. 2 GO', 'DIN 14092', 'Fl.-Nr. 233/4' are no references.")

P("h12", "wachenroth_antrag-csu_pv-bauhof", "reportlab", "wachenroth_fraktion_antrag_reportlab", MW, [
    ("lines", ["CSU-Fraktion im Marktgemeinderat Wachenroth", "Sprecher: Georg Bäuerlein · Am Mühlbach 5 · 96193 Wachenroth"]),
    ("lines", ["Markt Wachenroth", "Herrn Ersten Bürgermeister Matthias Sponsel", "Marktplatz 12", "96193 Wachenroth"]),
    ("right", ["Wachenroth, den 19.10.2026"]),
    ("b", "Antrag zur Sitzung des Marktgemeinderates am 24.11.2026"),
    ("kv", [("Betreff:", "Photovoltaikanlage mit Batteriespeicher auf dem Dach des gemeindlichen Bauhofs")]),
    ("p", "Sehr geehrter Herr Bürgermeister,"),
    ("p", "die CSU-Fraktion beantragt: Die Verwaltung lässt bis zum Frühjahr 2027 die Errichtung einer Photovoltaikanlage (ca. 60 kWp) mit Batteriespeicher auf dem Hallendach des Bauhofs planen und legt dem Marktgemeinderat Kosten, Förderung und Wirtschaftlichkeit vor."),
    ("p", "Begründung: Der Bauhof verbraucht mit Werkstatt, Waschhalle und den beiden elektrischen Kommunalfahrzeugen rund 48.000 kWh Strom im Jahr. Ein großer Teil davon kann tagsüber selbst erzeugt werden. Nach einer ersten Schätzung spart die Anlage jährlich etwa 25 t CO2 und senkt die Stromkosten des Marktes dauerhaft. Das Dach wurde 2021 erneuert und ist nach Auskunft des Bauamts tragfähig."),
    ("p", "Mit freundlichen Grüßen"),
    ("lines", ["", "Georg Bäuerlein", "Fraktionssprecher"]),
], footer="CSU-Fraktion Wachenroth · Seite {page}",
    drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-19",
    title="Photovoltaikanlage mit Batteriespeicher auf dem Dach des gemeindlichen Bauhofs", public=None, department=None,
    originator="CSU-Fraktion im Marktgemeinderat Wachenroth", references=[], consultations=[C("Marktgemeinderat", "2026-11-24", None)],
    themes=["klima_umwelt"], themes_why="PV with storage on a municipal building, CO2 saving argued; one subject (cost saving is part of the same argument)",
    notes="Fraktion letter (ReportLab); 'Antrag zur Sitzung des Marktgemeinderates am 24.11.2026' → consultation with date, role null; 'Betreff:' in a key table. '60 kWp', '48.000 kWh' are no references.")

P("h13", "wachenroth_schreiben-kanalsanierung-weingartsgreuth", "ghostscript", "wachenroth_ps_din_letter_anlieger", MW, [
    ("head2", ["Markt Wachenroth - Marktplatz 12 - 96193 Wachenroth", "", "An die Anliegerinnen und Anlieger", "der Schlossstraße und der Brunnengasse", "in Weingartsgreuth"],
     ["Markt Wachenroth", "Bauamt", "Ansprechpartner: Herr Klaus Eichhorn", "Telefon 09548 9211-30", "Unser Zeichen: 6-6320/Ei", "Datum: 02.11.2026"]),
    ("b", "Erneuerung des Mischwasserkanals und der Wasserleitung in der Schlossstraße - Bauablauf und Straßensperrung"),
    ("p", "Sehr geehrte Damen und Herren,"),
    ("p", "der Markt Wachenroth erneuert ab dem 16. November 2026 den Mischwasserkanal und die Wasserleitung in der Schlossstraße zwischen Brunnengasse und Ortsausgang. Der Kanal aus dem Jahr 1964 ist nach der Kamerabefahrung an vielen Stellen undicht; dadurch dringt Grundwasser ein und belastet die Kläranlage, und bei Starkregen kann Abwasser austreten."),
    ("p", "Die Arbeiten dauern voraussichtlich bis Ende Mai 2027 mit einer Winterpause vom 18. Dezember bis 11. Januar. Die Schlossstraße wird abschnittsweise voll gesperrt. Die Umleitung erfolgt über die Kreisstraße und ist ausgeschildert. Die Zufahrt zu Ihren Grundstücken ist außerhalb des jeweiligen Bauabschnitts möglich; die Müllabfuhr wird an Sammelstellen umgeleitet. Der Schulbus hält während der Bauzeit an der Haltestelle Dorfplatz."),
    ("p", "Während der Umbindung der Hausanschlüsse kann die Wasserversorgung für einige Stunden unterbrochen sein. Die Baufirma kündigt dies zwei Tage vorher mit Handzetteln an. Für die Erneuerung der Grundstücksanschlüsse bis zur Grundstücksgrenze werden keine Beiträge erhoben."),
    ("p", "Zu einer Anliegerversammlung laden wir Sie am Donnerstag, 12. November 2026, um 19:00 Uhr in das Feuerwehrhaus Weingartsgreuth ein."),
    ("p", "Mit freundlichen Grüßen"),
    ("lines", ["", "Matthias Sponsel", "Erster Bürgermeister"]),
], footer="Markt Wachenroth - Marktplatz 12 - 96193 Wachenroth - Telefon 09548 9211-0 - www.wachenroth.example",
    drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2026-11-02",
    title="Erneuerung des Mischwasserkanals und der Wasserleitung in der Schlossstraße – Bauablauf und Straßensperrung", public=None,
    department="Bauamt", originator=None, references=[], consultations=[],
    themes=["klima_umwelt", "mobilitaet"], themes_why="sewer and water main renewal (infiltration, heavy rain); a paragraph on full closure, detour and school bus stop",
    notes="DIN letter in PostScript to residents; address window left, contact column right with 'Unser Zeichen: 6-6320/Ei' and 'Datum'; no type word. Meeting date 12.11.2026 and works dates are lures.")

# ====================================================================== Verwaltungsgemeinschaft Kirchehrenbach (BY)
VG = "Verwaltungsgemeinschaft Kirchehrenbach"
T14 = "Haushaltssatzung und Haushaltsplan der Verwaltungsgemeinschaft Kirchehrenbach für das Haushaltsjahr 2027"
P("h14", "vgkirchehrenbach_gv-07-2026_haushalt-2027", "reportlab", "vgkirchehrenbach_reportlab_gv_vorlage", VG, [
    ("head2", ["Verwaltungsgemeinschaft Kirchehrenbach", "Mitgliedsgemeinden Kirchehrenbach, Leutenbach, Weilersbach", "Kämmerei"], ["Beschlussvorlage", "GV-Vorlage Nr. 07/2026", "öffentlich", "Kirchehrenbach, 09.11.2026", "Bearbeiter: Florian Dippold, Tel. 09191 9760-40"]),
    ("title", T14),
    ("kv", [("Gremium", "Gemeinschaftsversammlung"), ("Sitzung", "26.11.2026"), ("Art der Beratung", "Beschlussfassung")]),
    ("h", "I. Sachvortrag"),
    ("p", "Der Entwurf des Haushaltsplans 2027 schließt im Verwaltungshaushalt mit 3.412.600 € und im Vermögenshaushalt mit 268.000 € ab. Die Verwaltungsgemeinschaft deckt ihren ungedeckten Finanzbedarf nach Art. 8 Abs. 1 VGemO durch eine Umlage ihrer Mitgliedsgemeinden, die nach der Einwohnerzahl zum 30.06.2026 bemessen wird."),
    ("grid", ["Mitgliedsgemeinde", "Einwohner", "Umlage 2027", "Veränderung zu 2026"], [["Kirchehrenbach", "2.298", "1.061.400 €", "+ 6,8 %"], ["Leutenbach", "1.874", "865.600 €", "+ 6,5 %"], ["Weilersbach", "1.989", "918.700 €", "+ 7,1 %"], ["Summe", "6.161", "2.845.700 €", ""]]),
    ("p", "Der Anstieg der Umlage beruht vor allem auf den Tarifabschlüssen im öffentlichen Dienst (+ 5,5 % ab März 2026), den höheren Kosten für Softwarelizenzen sowie der Finanzierung von 0,5 zusätzlichen Stellen im Standesamt. Einsparungen ergeben sich bei den Portokosten durch den elektronischen Versand von Bescheiden."),
    ("pb",),
    ("h", "II. Stellenplan"),
    ("p", "Der Stellenplan 2027 weist 31,5 Stellen aus (2026: 31,0). Die zusätzliche halbe Stelle dient der Bewältigung der gestiegenen Fallzahlen im Standesamt und im Einwohnermeldewesen. Eine Stelle im Bauamt wird nach Eintritt in den Ruhestand von E 9b in E 10 angehoben, um die Wiederbesetzung mit einer Technikerin oder einem Techniker zu ermöglichen."),
    ("h", "III. Investitionen"),
    ("p", "Im Vermögenshaushalt sind 180.000 € für die Erneuerung der Server- und Netzwerktechnik und 88.000 € für den barrierefreien Umbau des Bürgerbüros veranschlagt. Kredite werden nicht aufgenommen; der Zuführung aus dem Verwaltungshaushalt stehen keine Rücklagenentnahmen gegenüber."),
    ("h", "IV. Beschlussvorschlag"),
    ("p", "Die Gemeinschaftsversammlung erlässt die Haushaltssatzung 2027 in der als Anlage beigefügten Fassung und beschließt den Stellenplan 2027 sowie den Finanzplan 2026 bis 2030."),
    ("lines", ["", "Ulrike Förtsch", "Gemeinschaftsvorsitzende"]),
], footer="VGem Kirchehrenbach · GV-Vorlage 07/2026 · Seite {page}",
    drucksache="07/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-11-09",
    title=T14, public=True, department="Kämmerei", references=[],
    consultations=[C("Gemeinschaftsversammlung", "2026-11-26", "Entscheidung")],
    themes=["finanzen", "verwaltung"], themes_why="budget statute with Umlage table; Stellenplan section with new post and regrading",
    notes="ReportLab; Bavarian VG: type word over 'GV-Vorlage Nr. 07/2026' in the right head column (label 'GV-Vorlage Nr.' dropped from the number); 'Art der Beratung: Beschlussfassung' → Entscheidung. 'Art. 8 Abs. 1 VGemO', 'E 9b', '30.06.2026' are lures.")

P("h15", "vgkirchehrenbach_gv-09-2026_bericht-e-akte", "chromium", "vgkirchehrenbach_html_bericht", VG, [
    ("grid", None, [["Verwaltungsgemeinschaft Kirchehrenbach\nGeschäftsleitung", "Bericht\nGV-Vorlage Nr. 09/2026\nDatum: 10.11.2026"]]),
    ("kv", [("Betreff:", "Einführung der elektronischen Akte und des digitalen Posteingangs – Sachstandsbericht"), ("Beratung:", "Gemeinschaftsversammlung, 26.11.2026, öffentlich, zur Kenntnisnahme"), ("Zuständig:", "Geschäftsleitung / IT-Koordination, Herr Stefan Leicht")]),
    ("h", "Bericht"),
    ("p", "Die Gemeinschaftsversammlung hat am 23.11.2025 die stufenweise Einführung eines Dokumentenmanagementsystems beschlossen (GV-Vorlage Nr. 11/2025). Seit dem 1. Juli 2026 werden alle Posteingänge in der Poststelle gescannt und elektronisch verteilt. Das Einwohnermeldeamt, das Standesamt und die Kämmerei arbeiten vollständig mit der E-Akte; Bauamt und Ordnungsamt folgen im ersten Quartal 2027."),
    ("p", "Über das Bürgerportal des Freistaats sind inzwischen 23 Verfahren online beantragbar, darunter Meldebescheinigungen, Anwohnerparkausweise und Gewerbeanmeldungen. Im dritten Quartal 2026 gingen 412 Online-Anträge ein (Vorjahresquartal: 96)."),
    ("h", "Personal und Schulung"),
    ("p", "Alle 34 Beschäftigten wurden geschult. Die Dienstvereinbarung zur E-Akte wurde mit dem Personalrat abgeschlossen. Zwei Mitarbeiterinnen sind als Key-User benannt und mit je vier Wochenstunden für die Betreuung freigestellt."),
    ("h", "Kosten"),
    ("p", "Die Kosten liegen mit 74.300 € im Plan; 40.000 € trägt das Förderprogramm Digitales Rathaus."),
    ("lines", ["", "Ulrike Förtsch", "Gemeinschaftsvorsitzende"]),
], footer="Verwaltungsgemeinschaft Kirchehrenbach · Hauptstraße 40 · Ausdruck vom 12.11.2026",
    drucksache="09/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Bericht", date="2026-11-10",
    title="Einführung der elektronischen Akte und des digitalen Posteingangs – Sachstandsbericht", public=True,
    department="Geschäftsleitung / IT-Koordination", references=["11/2025"],
    consultations=[C("Gemeinschaftsversammlung", "2026-11-26", "Kenntnisnahme")],
    themes=["digitalisierung", "verwaltung"], themes_why="e-file and online services; staff training and service agreement section",
    notes="Chromium; ruled 2-cell head (type 'Bericht' over number and date in the right cell); department from 'Zuständig:' (clerk name after a comma dropped; the head cell also prints 'Geschäftsleitung'); 'Beratung:' key as one line with status and role. '(GV-Vorlage Nr. 11/2025)' → reference 11/2025; number label 'GV-Vorlage Nr.' dropped. '412 Online-Anträge' and 'Hauptstraße 40' are lures.")

P("h16", "vgkirchehrenbach_schreiben-umlage-2027", "libreoffice-docx", "vgkirchehrenbach_word_rundschreiben", VG, [
    ("head2", ["Verwaltungsgemeinschaft Kirchehrenbach", "Hauptstraße 40 · 91356 Kirchehrenbach", "", "An die", "Mitgliedsgemeinden Kirchehrenbach, Leutenbach und Weilersbach", "– jeweils z. Hd. der Ersten Bürgermeister –"],
     ["Kämmerei", "Auskunft: Florian Dippold", "Zimmer 12", "Telefon: 09191 9760-40", "Az.: 902-1/2027", "Kirchehrenbach, 14.09.2026"]),
    ("b", "Verwaltungsumlage 2027 – Vorabinformation für Ihre Haushaltsplanung"),
    ("p", "Sehr geehrte Damen und Herren Bürgermeister,"),
    ("p", "für Ihre Haushaltsplanung teilen wir Ihnen vorab die voraussichtliche Höhe der Verwaltungsumlage 2027 mit. Nach dem derzeitigen Stand des Haushaltsentwurfs ergibt sich ein Umlagebedarf von rund 2,85 Mio. €, das sind rund 462 € je Einwohner (2026: 433 €)."),
    ("p", "Wesentliche Gründe sind die Tarifsteigerungen, die Umstellung auf neue Fachverfahren im Meldewesen und die geplante zusätzliche halbe Stelle im Standesamt. Die endgültige Umlage wird von der Gemeinschaftsversammlung mit der Haushaltssatzung festgesetzt."),
    ("p", "Wir bitten Sie, den Betrag in Ihren Haushaltsentwürfen zu berücksichtigen. Die Abschlagszahlungen werden wie bisher vierteljährlich zum 15.02., 15.05., 15.08. und 15.11. fällig."),
    ("p", "Mit freundlichen Grüßen"),
    ("lines", ["", "i. A. Florian Dippold", "Kämmerer"]),
], footer="Bankverbindung: Sparkasse · IBAN DE12 7635 0000 0000 4417 20 · Telefon 09191 9760-0",
    drucksache=None, doc_type="Schreiben", doc_type_printed=None, date="2026-09-14",
    title="Verwaltungsumlage 2027 – Vorabinformation für Ihre Haushaltsplanung", public=None, department="Kämmerei",
    originator=None, references=[], consultations=[],
    themes=["finanzen"], themes_why="levy on member municipalities; staff post mentioned as a reason only",
    notes="Word circular letter with contact column (unit 'Kämmerei' over the clerk); 'Az.: 902-1/2027', IBAN, due dates are lures; Gemeinschaftsversammlung named without date → no consultation.")

P("h17", "vgkirchehrenbach_einladung-gemeinschaftsversammlung", "ghostscript", "vgkirchehrenbach_ps_einladung", VG, [
    ("lines", ["Verwaltungsgemeinschaft Kirchehrenbach", "Die Gemeinschaftsvorsitzende"]),
    ("right", ["Kirchehrenbach, 12.11.2026"]),
    ("lines", ["An die Mitglieder", "der Gemeinschaftsversammlung"]),
    ("title", "Einladung zur Sitzung der Gemeinschaftsversammlung"),
    ("p", "Sehr geehrte Damen und Herren, zur 4. Sitzung der Gemeinschaftsversammlung am Donnerstag, 26.11.2026, 18:30 Uhr, im Sitzungssaal der Verwaltungsgemeinschaft, Hauptstraße 40, Kirchehrenbach, lade ich Sie herzlich ein."),
    ("h", "Tagesordnung - öffentlicher Teil"),
    ("grid", ["Nr.", "Gegenstand", "Vorlage"], [["1", "Genehmigung der Niederschrift der Sitzung vom 16.07.2026", ""], ["2", "Haushaltssatzung und Haushaltsplan 2027 mit Stellenplan und Finanzplan", "07/2026"], ["3", "Prüfungsbericht des Kommunalen Prüfungsverbands - Stellungnahme", "08/2026"], ["4", "Einführung der elektronischen Akte - Sachstandsbericht", "09/2026"], ["5", "Bekanntgaben und Anfragen", ""]], ),
    ("h", "Tagesordnung - nichtöffentlicher Teil"),
    ("grid", None, [["6", "Personalangelegenheiten", ""], ["7", "Grundstücksangelegenheiten", ""]]),
    ("p", "Sollten Sie verhindert sein, bitte ich um Nachricht an die Geschäftsstelle (Telefon 09191 9760-10)."),
    ("lines", ["", "Ulrike Förtsch", "Gemeinschaftsvorsitzende"]),
], psgrid=[0.08, 0.72, 0.2],
    drucksache=None, doc_type="Einladung", doc_type_printed="Einladung", date="2026-11-12",
    title="Sitzung der Gemeinschaftsversammlung", public=True, department=None, originator=None,
    references=["07/2026", "08/2026", "09/2026"], consultations=[],
    themes=["finanzen", "verwaltung", "digitalisierung"], themes_why="agenda: budget with Stellenplan (largest), audit report, e-file report; minutes approval, Bekanntgaben and non-public items not counted",
    notes="PostScript; title from the heading 'Einladung zur Sitzung der Gemeinschaftsversammlung' (label 'Einladung zur' dropped); agenda 'Vorlage' column with bare numbers → references; public true with a non-public part.")

# ====================================================================== Samtgemeinde Fredenbeck (NI)
SF = "Samtgemeinde Fredenbeck"
T18 = "Ersatzbeschaffung eines Hilfeleistungslöschgruppenfahrzeugs HLF 20 für die Ortsfeuerwehr Kutenholz"
P("h18", "fredenbeck_2026-0231_hlf20-kutenholz", "chromium", "fredenbeck_allris_beschlussvorlage", SF, [
    ("head2", ["Samtgemeinde Fredenbeck", "Der Samtgemeindebürgermeister"], ["Beschlussvorlage", "Vorlage-Nr.: 2026/0231", "Status: öffentlich", "Datum: 15.10.2026"]),
    ("kv", [("Federführend:", "Fachbereich II – Bürgerdienste, Ordnung und Feuerwehr"), ("Bearbeiter/-in:", "Hinrich Tiedemann"), ("Beteiligt:", "Fachbereich III – Finanzen")]),
    ("kv", [("Betreff:", T18)]),
    ("grid", ["Beratungsfolge", "Datum", "Zuständigkeit"], [["Ausschuss für Feuerwehr und Ordnung", "28.10.2026", "Vorberatung"], ["Samtgemeindeausschuss", "11.11.2026", "Vorberatung"], ["Samtgemeinderat", "19.11.2026", "Entscheidung"]]),
    ("h", "Sachverhalt:"),
    ("p", "Das Löschgruppenfahrzeug LF 8 der Ortsfeuerwehr Kutenholz ist 31 Jahre alt. Nach dem Feuerwehrbedarfsplan (Vorlage 2024/0117) ist es durch ein HLF 20 zu ersetzen. Die Ausschreibung im offenen Verfahren wurde am 04.09.2026 veröffentlicht; das wirtschaftlichste Angebot für Fahrgestell, Aufbau und Beladung beträgt 598.600 € brutto."),
    ("h", "Finanzielle Auswirkungen:"),
    ("p", "Im Haushalt 2026 sind unter Produkt 12.6.01, Investitionsnummer I-2026-014, 520.000 € veranschlagt. Der Landkreis fördert die Beschaffung mit 65.000 €; die Zuwendung ist bewilligt. Der Mehrbedarf von 13.600 € wird aus dem Haushaltsrest für den Umbau des Feuerwehrhauses Deinste gedeckt, der geringer ausgefallen ist als geplant."),
    ("h", "Auswirkungen auf das Klima:"),
    ("p", "☐ positiv   ☐ negativ   ☒ neutral"),
    ("h", "Beschlussvorschlag:"),
    ("p", "Der Samtgemeinderat beschließt, den Auftrag für die Lieferung eines HLF 20 an den wirtschaftlichsten Bieter zu erteilen."),
    ("lines", ["", "Kai Brüning", "Samtgemeindebürgermeister"]),
], footer="Samtgemeinde Fredenbeck · Am Rathausplatz 2 · 21717 Fredenbeck",
    drucksache="2026/0231", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-15",
    title=T18, public=True, department="Fachbereich II – Bürgerdienste, Ordnung und Feuerwehr", references=["2024/0117"],
    consultations=[C("Ausschuss für Feuerwehr und Ordnung", "2026-10-28", "Vorberatung"), C("Samtgemeindeausschuss", "2026-11-11", "Vorberatung"), C("Samtgemeinderat", "2026-11-19", "Entscheidung")],
    klimacheck="neutral", klima_style="heading 'Auswirkungen auf das Klima:' with a line of ☐/☒ boxes positiv/negativ/neutral, no sentence",
    themes=["sicherheit_ordnung", "finanzen"], themes_why="fire engine purchase; financing section with county grant and Haushaltsrest cover argued",
    notes="ALLRIS-like: type/number/status/date right; Federführend/Bearbeiter/Beteiligt keys (department = Federführend, not the Beteiligt unit); 'Produkt 12.6.01', 'I-2026-014', 'LF 8', 'HLF 20' are no references.")

P("h19", "fredenbeck_2026-0231-1_tischvorlage-hlf20", "libreoffice-docx", "fredenbeck_word_tischvorlage", SF, [
    ("grid", None, [["Samtgemeinde Fredenbeck", "Tischvorlage"], ["Fachbereich II – Bürgerdienste, Ordnung und Feuerwehr", "Nr. 2026/0231-1"], ["Fredenbeck, 18.11.2026", "öffentlich"]]),
    ("kv", [("Betreff:", "Ergänzung zur Vorlage 2026/0231 – Ersatzbeschaffung HLF 20 Kutenholz: Zuschlag nach Aufklärung der Angebote"), ("Gremium:", "Samtgemeinderat"), ("Sitzung am:", "19.11.2026"), ("Beratung:", "Beschluss")]),
    ("p", "Nach Versand der Vorlage 2026/0231 hat der zweitplatzierte Bieter eine Rüge nach § 160 Abs. 3 GWB erhoben. Die Prüfung hat ergeben, dass das Angebot des erstplatzierten Bieters bei der Beladung (Position 4.12, hydraulischer Rettungssatz) nicht der Leistungsbeschreibung entspricht und auszuschließen ist."),
    ("p", "Wirtschaftlichstes Angebot ist danach das des zweitplatzierten Bieters mit 611.250 € brutto. Der Mehrbedarf gegenüber der Vorlage von 12.650 € wird ebenfalls aus dem Haushaltsrest Feuerwehrhaus Deinste gedeckt; die Deckung wurde vom Fachbereich III bestätigt. Der Samtgemeindeausschuss hat am 11.11.2026 einstimmig empfohlen, unter Vorbehalt dieser Prüfung zu beschließen."),
    ("h", "Geänderter Beschlussvorschlag:"),
    ("p", "Der Samtgemeinderat beschließt, den Auftrag für die Lieferung eines HLF 20 für die Ortsfeuerwehr Kutenholz an die Firma Brandschutztechnik Hollmann GmbH zum Preis von 611.250 € brutto zu erteilen."),
    ("lines", ["", "Kai Brüning"]),
], footer="Tischvorlage 2026/0231-1 – Seite {page}",
    drucksache="2026/0231-1", doc_type="Ergänzungsvorlage", doc_type_printed="Tischvorlage", date="2026-11-18",
    title="Ergänzung zur Vorlage 2026/0231 – Ersatzbeschaffung HLF 20 Kutenholz: Zuschlag nach Aufklärung der Angebote", public=True,
    department="Fachbereich II – Bürgerdienste, Ordnung und Feuerwehr", references=["2026/0231"],
    consultations=[C("Samtgemeinderat", "2026-11-19", "Entscheidung")],
    themes=["sicherheit_ordnung", "finanzen"], themes_why="fire engine award changed; cover of the higher price argued",
    notes="Word; ruled 3×2 head grid (type word over 'Nr. 2026/0231-1' in the right column); 'Beratung: Beschluss' → Entscheidung. Samtgemeindeausschuss session 11.11.2026 named in the text is no consultation. '§ 160 Abs. 3 GWB', 'Position 4.12' are no references.")

P("h20", "fredenbeck_antrag-gruppe-cdu-fdp_mensa-deinste", "reportlab", "fredenbeck_gruppe_antrag_reportlab", SF, [
    ("lines", ["Gruppe CDU/FDP im Samtgemeinderat Fredenbeck", "Vorsitzende: Wiebke Schlichting"]),
    ("lines", ["An den Samtgemeindebürgermeister", "Herrn Kai Brüning", "Am Rathausplatz 2", "21717 Fredenbeck"]),
    ("right", ["Deinste, 02.10.2026"]),
    ("title", "Antrag"),
    ("kv", [("Gegenstand:", "Bau einer Mensa an der Grundschule Deinste für den Ganztagsbetrieb"), ("Gremium:", "Ausschuss für Schule, Jugend und Sport; Samtgemeinderat")]),
    ("p", "Die Gruppe CDU/FDP beantragt, die Verwaltung zu beauftragen, für die Grundschule Deinste eine Mensa mit Ausgabeküche für bis zu 90 Essen zu planen und die Kosten für den Haushalt 2027 anzumelden."),
    ("p", "Begründung: Ab dem Schuljahr 2026/27 gilt schrittweise der Rechtsanspruch auf Ganztagsbetreuung im Grundschulalter. An der Grundschule Deinste nehmen bereits 64 Kinder am Ganztag teil; gegessen wird in zwei Schichten im Mehrzweckraum, der danach für Bewegungsangebote fehlt. Für den Ausbau der Ganztagsbetreuung stehen Mittel aus dem Investitionsprogramm des Bundes zur Verfügung; die Antragsfrist ist zu beachten."),
    ("lines", ["Mit freundlichen Grüßen", "", "Wiebke Schlichting"]),
], footer="Gruppe CDU/FDP – Samtgemeinderat Fredenbeck – Seite {page}",
    drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-10-02",
    title="Bau einer Mensa an der Grundschule Deinste für den Ganztagsbetrieb", public=None, department=None,
    originator="Gruppe CDU/FDP im Samtgemeinderat Fredenbeck", references=[],
    consultations=[C("Ausschuss für Schule, Jugend und Sport", None, None), C("Samtgemeinderat", None, None)],
    themes=["bildung"], themes_why="school canteen for all-day school; federal funding only mentioned",
    notes="Lower Saxon council group ('Gruppe'); 'Gegenstand:' key = title; 'Gremium:' names two bodies without dates → two consultations, date and role null. 'Schuljahr 2026/27' is no reference.")

P("h21", "fredenbeck_anfrage-spd_schwimmunterricht", "ghostscript", "fredenbeck_ps_fraktion_anfrage", SF, [
    ("lines", ["SPD-Fraktion", "im Samtgemeinderat Fredenbeck"]),
    ("right", ["Kutenholz, 20.10.2026"]),
    ("kv", [("Anfrage-Nr.", "AF/0012/2026"), ("Eingang", "21.10.2026")]),
    ("title", "Anfrage gemäß § 56 NKomVG"),
    ("b", "Schwimmunterricht an den Grundschulen der Samtgemeinde"),
    ("p", "Seit der Schließung des Lehrschwimmbeckens im Schulzentrum Fredenbeck im Sommer 2025 findet an den Grundschulen nach unserer Kenntnis kaum noch Schwimmunterricht statt. Viele Kinder verlassen die Grundschule, ohne sicher schwimmen zu können."),
    ("p", "Wir fragen die Verwaltung:"),
    ("p", "1. Wie viele Kinder der vierten Klassen haben im Schuljahr 2025/26 das Schwimmabzeichen Bronze erworben?"),
    ("p", "2. Welche Wasserzeiten in Bädern der Umgebung stehen den Grundschulen zur Verfügung, und wer trägt die Fahrtkosten?"),
    ("p", "3. Gibt es Planungen für die Sanierung oder den Ersatz des Lehrschwimmbeckens, und welche Fördermöglichkeiten bestehen?"),
    ("p", "Wir bitten um schriftliche Beantwortung bis zur nächsten Ausschusssitzung. Sitzung: Ausschuss für Schule, Jugend und Sport am 12.11.2026"),
    ("lines", ["", "Jens-Uwe Kröger", "Fraktionsvorsitzender"]),
],
    drucksache="AF/0012/2026", doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-20",
    title="Schwimmunterricht an den Grundschulen der Samtgemeinde", public=None, department=None,
    originator="SPD-Fraktion", references=[], consultations=[C("Ausschuss für Schule, Jugend und Sport", "2026-11-12", None)],
    themes=["bildung", "kultur_sport"], themes_why="swimming lessons at primary schools; the teaching pool (sports facility) and its renovation have their own question",
    notes="PostScript; Fraktion letterhead in two lines ('SPD-Fraktion' / 'im Samtgemeinderat Fredenbeck') → originator 'SPD-Fraktion'; number key 'Anfrage-Nr.' beside 'Eingang' (date = letter date, not Eingang); 'Anfrage gemäß § 56 NKomVG' heading then bold title. The requested committee session → consultation with role null (arguable). 'Schuljahr 2025/26' is no reference.")

P("h22", "fredenbeck_2026-0244_antwort-schwimmunterricht", "chromium", "fredenbeck_allris_beantwortung", SF, [
    ("head2", ["Samtgemeinde Fredenbeck", "Der Samtgemeindebürgermeister"], ["Beantwortung einer Anfrage", "Vorlage-Nr.: 2026/0244", "Status: öffentlich", "Datum: 06.11.2026"]),
    ("kv", [("Federführend:", "Fachbereich I – Zentrale Dienste, Schulen und Kultur"), ("Bezug:", "Anfrage AF/0012/2026 der SPD-Fraktion vom 20.10.2026")]),
    ("kv", [("Betreff:", "Schwimmunterricht an den Grundschulen der Samtgemeinde")]),
    ("grid", ["Beratungsfolge", "Datum", "Zuständigkeit"], [["Ausschuss für Schule, Jugend und Sport", "12.11.2026", "Kenntnisnahme"]]),
    ("h", "Antwort der Verwaltung:"),
    ("p", "Zu 1.: Im Schuljahr 2025/26 haben von 142 Kindern der vierten Klassen 61 das Schwimmabzeichen Bronze erworben (43 %). Im Schuljahr 2023/24 waren es noch 78 %."),
    ("p", "Zu 2.: Die Grundschulen Fredenbeck und Kutenholz nutzen seit Februar 2026 je eine Wasserzeit pro Woche in einem Hallenbad der Nachbarkommune. Die Buskosten von rund 14.000 € im Jahr trägt die Samtgemeinde als Schulträgerin. Für die Grundschule Deinste konnte noch keine Wasserzeit gefunden werden."),
    ("p", "Zu 3.: Eine Machbarkeitsstudie für ein neues Lehrschwimmbecken am Schulzentrum wird derzeit erstellt (Vorlage 2026/0198). Eine Förderung aus dem Sportstättenprogramm des Landes ist möglich; die Ergebnisse werden im ersten Quartal 2027 vorgestellt."),
    ("lines", ["", "Kai Brüning"]),
], footer="Samtgemeinde Fredenbeck · Am Rathausplatz 2 · 21717 Fredenbeck",
    drucksache="2026/0244", doc_type="Antwort", doc_type_printed="Beantwortung einer Anfrage", date="2026-11-06",
    title="Schwimmunterricht an den Grundschulen der Samtgemeinde", public=True,
    department="Fachbereich I – Zentrale Dienste, Schulen und Kultur", answers="AF/0012/2026", references=["2026/0198"],
    consultations=[C("Ausschuss für Schule, Jugend und Sport", "2026-11-12", "Kenntnisnahme")],
    themes=["bildung", "kultur_sport"], themes_why="the Anfrage's themes: swimming lessons and the teaching pool",
    notes="ALLRIS-like answer with its own number; 'Bezug: Anfrage AF/0012/2026 …' → answers; '(Vorlage 2026/0198)' → reference. Percentages and school years are lures.")

# ====================================================================== Gemeinde Ammersbek (SH)
AM = "Gemeinde Ammersbek"
T23 = "Regenrückhaltebecken Hoisbüttel-Nord – Vergabe der Planungsleistungen (Leistungsphasen 1 bis 4)"
P("h23", "ammersbek_2026-072_rrb-hoisbuettel-nord", "reportlab", "ammersbek_reportlab_beschlussvorlage", AM, [
    ("head2", ["Gemeinde Ammersbek", "Der Bürgermeister", "Fachbereich 3 – Bauen und Umwelt", "Sachbearbeitung: Frau Kirsten Poppe"], ["Beschlussvorlage", "Drucksachen-Nr.: 2026/072", "öffentlich", "Ammersbek, 16.10.2026"]),
    ("kv", [("Betreff:", T23)]),
    ("grid", ["Gremium", "Datum", "Ö/N", "Zuständigkeit"], [["Umwelt- und Planungsausschuss", "03.11.2026", "Ö", "Vorberatung"], ["Hauptausschuss", "10.11.2026", "Ö", "Vorberatung"], ["Gemeindevertretung", "17.11.2026", "Ö", "Entscheidung"]]),
    ("h", "Sachverhalt"),
    ("p", "Bei den Starkregenereignissen im Juni 2025 und im August 2026 wurden im Ortsteil Hoisbüttel mehrere Keller überflutet. Das Generalentwässerungskonzept (Drucksache 2024/031) sieht ein Regenrückhaltebecken mit rund 2.400 m³ Volumen nördlich der Bebauung vor. Die Gemeinde hat die Fläche im Frühjahr 2026 erworben."),
    ("p", "Für die Planungsleistungen nach HOAI (Leistungsphasen 1 bis 4) wurden drei Ingenieurbüros zur Abgabe eines Angebots aufgefordert. Das wirtschaftlichste Angebot des Büros Wasserplan Nord GmbH beträgt 74.180 € brutto. Die Mittel stehen im Haushalt 2026 bei Produkt 53800 zur Verfügung."),
    ("h", "Auswirkungen auf den Klimaschutz"),
    ("p", "Die Maßnahme hat keine Auswirkungen auf den Klimaschutz. Sie dient der Anpassung an die Folgen des Klimawandels (Starkregenvorsorge)."),
    ("h", "Beschlussvorschlag"),
    ("p", "Die Gemeindevertretung beschließt, die Planungsleistungen für das Regenrückhaltebecken Hoisbüttel-Nord an die Wasserplan Nord GmbH zu vergeben."),
    ("lines", ["", "Dirk Steinhagen", "Bürgermeister"]),
], footer="Gemeinde Ammersbek · Drucksache 2026/072 · Seite {page}",
    drucksache="2026/072", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-16",
    title=T23, public=True, department="Fachbereich 3 – Bauen und Umwelt", references=["2024/031"],
    consultations=[C("Umwelt- und Planungsausschuss", "2026-11-03", "Vorberatung"), C("Hauptausschuss", "2026-11-10", "Vorberatung"), C("Gemeindevertretung", "2026-11-17", "Entscheidung")],
    klimacheck="neutral", klima_style="heading 'Auswirkungen auf den Klimaschutz' with a prose sentence 'keine Auswirkungen … dient der Anpassung'",
    themes=["klima_umwelt"], themes_why="heavy-rain retention basin (climate adaptation); the planning fee is a single cost line",
    notes="ReportLab, SH-like: 'Drucksachen-Nr.:' in the right head column, Gremium|Datum|Ö/N|Zuständigkeit grid (all Ö, paper prints 'öffentlich' itself). Klimacheck in prose says no effect on climate protection → neutral though the measure is adaptation. 'Produkt 53800', 'HOAI', '2.400 m³' are lures.")

P("h24", "ammersbek_seniorenbeirat_empfehlung-bushaltestelle", "chromium", "ammersbek_seniorenbeirat_empfehlung_html", AM, [
    ("title", "Seniorenbeirat der Gemeinde Ammersbek"),
    ("small", "Vorsitzende: Gisela Hartwig · Am Dorfteich 2 · 22949 Ammersbek · Telefon 040 605 118 44"),
    ("right", ["Ammersbek, 28. Oktober 2026"]),
    ("lines", ["An den Umwelt- und Planungsausschuss", "der Gemeinde Ammersbek"]),
    ("h", "Empfehlung des Seniorenbeirats zur Drucksache 2026/068"),
    ("b", "Umgestaltung der Bushaltestelle Hoisbüttel Mitte und Querungshilfe"),
    ("p", "Der Seniorenbeirat hat die Planung in seiner Sitzung am 26.10.2026 beraten und empfiehlt dem Ausschuss einstimmig, der Planung mit folgenden Änderungen zuzustimmen:"),
    ("p", "1. Der Bordstein an beiden Haltepunkten wird auf 22 cm angehoben, damit Menschen mit Rollator oder Rollstuhl ohne Stufe in den Bus gelangen."),
    ("p", "2. Die Wartehalle erhält eine Sitzbank mit Armlehnen und eine gut lesbare Fahrplananzeige."),
    ("p", "3. Die Querungshilfe wird so breit ausgeführt, dass ein Rollator mit Begleitperson in der Mitte sicher warten kann, und erhält ein taktiles Leitsystem."),
    ("p", "Begründung: Die Haltestelle wird vor allem von älteren Menschen genutzt, die ohne Auto zum Arzt, zur Apotheke und zum Einkaufen fahren. Viele von ihnen meiden die Haltestelle heute, weil der Einstieg zu hoch und die Straße schwer zu queren ist."),
    ("lines", ["", "Gisela Hartwig", "Vorsitzende des Seniorenbeirats"]),
],
    drucksache=None, doc_type="Stellungnahme", doc_type_printed="Empfehlung", date="2026-10-28",
    title="Umgestaltung der Bushaltestelle Hoisbüttel Mitte und Querungshilfe", public=None, department=None,
    originator="Seniorenbeirat der Gemeinde Ammersbek", answers="2026/068", references=[], consultations=[],
    themes=["mobilitaet", "soziales"], themes_why="barrier-free bus stop and crossing; argued for older people without a car",
    notes="Advisory council letterhead as big heading; 'Empfehlung des Seniorenbeirats zur Drucksache 2026/068' → Stellungnahme, answers 2026/068; addressed committee without date and the Beirat's own session are no consultations (arguable: addressed to the Ausschuss).")

P("h25", "ammersbek_niederschrift-schulausschuss-2026-10-08", "libreoffice-docx", "ammersbek_word_niederschrift_3pages", AM, [
    ("grid", None, [["Gemeinde Ammersbek", "Niederschrift"], ["Ausschuss für Schule, Jugend, Sport und Kultur", "Sitzung am 08.10.2026"]]),
    ("kv", [("Sitzungsort:", "Pausenhalle der Grundschule Hoisbüttel"), ("Beginn / Ende:", "19:00 Uhr / 21:55 Uhr"), ("Vorsitz:", "Henning Klahn"), ("Protokoll:", "Svenja Harder, Fachbereich 2")]),
    ("p", "Anwesend: Henning Klahn (Vorsitz), Birte Ohlsen, Marc Wendland, Dr. Kerstin Ladiges, Ole Brammer, Sabine Timmermann, Jörn Reese; bürgerliche Mitglieder: Anke Petersen, Yusuf Demir. Von der Verwaltung: Bürgermeister Dirk Steinhagen, Svenja Harder. Gäste: Schulleiterin Frauke Zielke, 6 Einwohnerinnen und Einwohner."),
    ("h", "Öffentlicher Teil"),
    ("h", "TOP 1  Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung"),
    ("p", "Der Vorsitzende eröffnet die Sitzung um 19:00 Uhr. Der Ausschuss ist beschlussfähig. Die Tagesordnung wird einstimmig festgestellt."),
    ("h", "TOP 2  Einwohnerfragestunde"),
    ("p", "Eine Einwohnerin fragt nach dem Ausfall der Heizung in der Sporthalle. Der Bürgermeister sagt eine schriftliche Antwort zu."),
    ("h", "TOP 3  Schulentwicklungsplanung 2027–2032 für die Grundschulen Hoisbüttel und am Lottbek – Drucksache 2026/061"),
    ("p", "Frau Harder stellt die Schülerzahlprognose vor. Ab dem Schuljahr 2028/29 wird die Grundschule Hoisbüttel dauerhaft vierzügig; es fehlen vier Klassenräume und zwei Räume für die Offene Ganztagsschule. Die Verwaltung schlägt einen Erweiterungsbau in Holzbauweise vor. Herr Brammer bittet, die Variante einer Aufstockung ebenfalls zu prüfen. Frau Zielke berichtet, dass bereits heute der Werkraum als Klassenraum genutzt wird."),
    ("p", "Beschluss: Der Ausschuss empfiehlt der Gemeindevertretung, die Schulentwicklungsplanung zu beschließen und die Verwaltung mit einer Machbarkeitsstudie für beide Varianten zu beauftragen.  Abstimmungsergebnis: 9 Ja, 0 Nein, 0 Enthaltungen"),
    ("pb",),
    ("h", "TOP 4  Erneuerung des Kunstrasenplatzes am Sportzentrum – Drucksache 2026/064"),
    ("p", "Der Kunstrasen aus dem Jahr 2011 ist verschlissen. Die Verwaltung empfiehlt einen Belag mit Kork statt Kunststoffgranulat, um den Austrag von Mikroplastik zu vermeiden. Die Kosten betragen 612.000 €; beantragt ist ein Zuschuss von 180.000 € aus dem Sportstättenförderprogramm des Landes. Herr Wendland fragt nach der Nutzung durch die Schulen; die Grundschule nutzt den Platz vormittags."),
    ("p", "Beschluss: Der Ausschuss empfiehlt der Gemeindevertretung, die Erneuerung mit Korkverfüllung zu beschließen.  Abstimmungsergebnis: 8 Ja, 0 Nein, 1 Enthaltung"),
    ("h", "TOP 5  Jugendtreff Ammersbek – Jahresbericht 2025/26 – Drucksache 2026/066"),
    ("p", "Die Leiterin des Jugendtreffs berichtet über 3.150 Besuche im Berichtsjahr, die neuen Öffnungszeiten am Samstag und das Projekt „Werkstatt für Alle“. Der Ausschuss nimmt den Bericht zur Kenntnis."),
    ("h", "TOP 6  Mitteilungen der Verwaltung und Anfragen"),
    ("p", "Der Bürgermeister teilt mit, dass die Sporthallenheizung am 15.10.2026 repariert wird. Die nächste Sitzung findet am 19.11.2026 statt."),
    ("h", "Nichtöffentlicher Teil"),
    ("h", "TOP 7  Grundstücksangelegenheit"),
    ("p", "Die Beratung wird in einer gesonderten Niederschrift festgehalten."),
    ("pb",),
    ("p", "Der Vorsitzende schließt die Sitzung um 21:55 Uhr."),
    ("lines", ["", "Henning Klahn                               Svenja Harder", "Vorsitzender                                  Protokollführerin"]),
    ("small", "Verteiler: Mitglieder des Ausschusses, Fraktionen, Bürgermeister, Fachbereiche 1–3"),
], header="Gemeinde Ammersbek – Niederschrift des Ausschusses für Schule, Jugend, Sport und Kultur vom 08.10.2026", footer="Seite {page}",
    drucksache=None, doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-10-08",
    title="Ausschuss für Schule, Jugend, Sport und Kultur", public=True, department=None, originator=None,
    references=["2026/061", "2026/064", "2026/066"], consultations=[],
    themes=["bildung", "kultur_sport", "soziales"], themes_why="school development plan with extension (largest); artificial turf renewal with cork infill and grant; youth centre annual report; Einwohnerfragestunde, Mitteilungen and the non-public item not counted",
    notes="Word minutes, 3 pages; ruled head grid (body left, type and 'Sitzung am 08.10.2026' right) — title = the committee as printed in the head cell (arguable: no 'Sitzung des …' line); Drucksache numbers at the end of TOP headings → references; the 'Protokoll:' unit is no department; next session 19.11.2026 is a lure. The turf's micro-plastic argument is one paragraph — not labelled klima_umwelt.")

P("h26", "ammersbek_antrag-gv-behncke_buergerportal", "ghostscript", "ammersbek_ps_einzelantrag", AM, [
    ("lines", ["Dr. Ulrike Behncke", "Gemeindevertreterin (fraktionslos)", "Lottbeker Weg 31, 22949 Ammersbek"]),
    ("right", ["Ammersbek, 02.11.2026"]),
    ("lines", ["An den Bürgervorsteher", "der Gemeinde Ammersbek", "Herrn Lutz Wichmann"]),
    ("b", "Antrag für die Sitzung der Gemeindevertretung am 17.11.2026"),
    ("kv", [("Betreff:", "Online-Terminvergabe und digitale Antragsstrecken im Bürgerbüro")]),
    ("p", "Sehr geehrter Herr Wichmann,"),
    ("p", "ich beantrage gemäß § 34 Abs. 1 GO in Verbindung mit der Geschäftsordnung der Gemeindevertretung, folgenden Punkt auf die Tagesordnung zu setzen und zu beschließen:"),
    ("p", "Die Verwaltung führt bis zum 30.06.2027 eine Online-Terminvergabe für das Bürgerbüro ein und bietet mindestens die zehn am häufigsten nachgefragten Leistungen (u. a. Meldebescheinigung, Führungszeugnis, Anwohnerparkausweis) als digitale Antragsstrecke über das Serviceportal des Landes an. Über den Stand wird im Hauptausschuss halbjährlich berichtet."),
    ("p", "Begründung: Bürgerinnen und Bürger warten derzeit bis zu drei Wochen auf einen Termin. Das Onlinezugangsgesetz verpflichtet die Kommunen, ihre Leistungen auch digital anzubieten; die Nachbargemeinden sind hier deutlich weiter."),
    ("lines", ["Mit freundlichen Grüßen", "", "Dr. Ulrike Behncke"]),
],
    drucksache=None, doc_type="Antrag", doc_type_printed="Antrag", date="2026-11-02",
    title="Online-Terminvergabe und digitale Antragsstrecken im Bürgerbüro", public=None, department=None,
    originator="Dr. Ulrike Behncke", references=[], consultations=[C("Gemeindevertretung", "2026-11-17", None)],
    themes=["digitalisierung"], themes_why="online appointments and digital applications; one subject",
    notes="PostScript member letter; single member without Fraktion → originator by name (with 'Dr.' as printed, status in brackets left out); 'Antrag für die Sitzung der Gemeindevertretung am 17.11.2026' → consultation, role null. '§ 34 Abs. 1 GO', '30.06.2027' are no references.")

# ====================================================================== Landgemeinde Grammetal (TH)
WB = "Landgemeinde Grammetal"
T27 = "Sanierung der Kindertagesstätte „Grashüpfer“ in Mönchenholzhausen – Vergabe Los 3: Heizung, Lüftung, Sanitär"
P("h27", "grammetal_gr-2026-41_kita-moenchenholzhausen-los3", "libreoffice-docx", "grammetal_word_beschlussvorlage_nichtoeffentlich", WB, [
    ("grid", None, [["Landgemeinde Grammetal\nDer Bürgermeister", "Beschlussvorlage Nr.: GR 2026/41\nnichtöffentlich"],
                    ["Einreicher: Bürgermeister\nFachbereich: Bauamt – SG Hochbau\nBearbeiter: Herr Sven Kämmerer, Tel. 036203 517-31", "Datum: 07.10.2026"]]),
    ("kv", [("Betreff:", T27), ("Beratungsfolge:", "Bau- und Vergabeausschuss 21.10.2026 (vorberatend); Gemeinderat 04.11.2026 (beschließend)")]),
    ("h", "Beschlussvorschlag:"),
    ("p", "Der Gemeinderat beschließt, den Auftrag für Los 3 (Heizung, Lüftung, Sanitär) der Sanierung der Kindertagesstätte „Grashüpfer“ an die Firma Haustechnik Grammetal GmbH zum Angebotspreis von 391.486,22 € brutto zu vergeben."),
    ("h", "Begründung:"),
    ("p", "Die Kindertagesstätte „Grashüpfer“ mit 96 Plätzen wird seit März 2026 bei laufendem Betrieb saniert (Beschluss GR 2025/77). Los 3 wurde öffentlich ausgeschrieben; es gingen vier Angebote ein. Die Gasheizung wird durch eine Luft-Wasser-Wärmepumpe mit Fußbodenheizung ersetzt; die Gruppenräume erhalten eine Lüftungsanlage mit Wärmerückgewinnung. Damit sinkt der Energiebedarf der Einrichtung nach der Berechnung des Fachplaners um etwa 60 %, und die CO2-Emissionen gehen um rund 34 t jährlich zurück."),
    ("p", "Die Kostenberechnung für Los 3 lag bei 372.000 €. Die Mehrkosten von 19.486,22 € werden aus dem Ansatz für unvorhergesehene Ausgaben der Maßnahme gedeckt. Die Gesamtmaßnahme wird mit 60 % aus dem Landesprogramm für Kindertagesstätten gefördert; der Eigenanteil der Gemeinde bleibt mit 704.000 € im Rahmen der Haushaltsplanung (Haushaltsstelle 4640.9400)."),
    ("p", "Die Beratung erfolgt nach § 40 Abs. 1 ThürKO in nichtöffentlicher Sitzung, da Angebotspreise der Bieter genannt werden."),
    ("lines", ["", "Frank Siebenhüner", "Bürgermeister"]),
], footer="Landgemeinde Grammetal · Nohra · Seite {page}",
    drucksache="GR 2026/41", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-07",
    title=T27, public=False, department="Bauamt – SG Hochbau", references=["GR 2025/77"],
    consultations=[C("Bau- und Vergabeausschuss", "2026-10-21", "Vorberatung"), C("Gemeinderat", "2026-11-04", "Entscheidung")],
    themes=["soziales", "klima_umwelt", "finanzen"], themes_why="day-care centre renovation; heat pump and heat recovery argued with CO2 figures; award volume, cover of extra cost and Förderquote/Eigenanteil argued",
    notes="Thuringian Word template; ruled 2×2 head: 'Beschlussvorlage Nr.: GR 2026/41' with 'nichtöffentlich' beneath → public false; 'Einreicher: Bürgermeister' → originator null; 'Fachbereich: Bauamt – SG Hochbau' → department; Beratungsfolge as prose key with roles in brackets; '(Beschluss GR 2025/77)' → reference; 'Haushaltsstelle 4640.9400', '§ 40 Abs. 1 ThürKO' are lures. No Klimacheck field although climate is argued.")

P("h28", "grammetal_ortsteilrat-nohra_stellungnahme-gewerbegebiet", "ghostscript", "grammetal_ps_ortsteilrat_stellungnahme", WB, [
    ("lines", ["Ortsteilrat Nohra", "Ortsteilbürgermeisterin Doreen Apel"]),
    ("right", ["Nohra, 23.09.2026"]),
    ("lines", ["An den Gemeinderat", "der Landgemeinde Grammetal"]),
    ("title", "Stellungnahme des Ortsteilrates nach § 45a Abs. 5 ThürKO"),
    ("kv", [("Vorlage:", "GR 2026/38"), ("Gegenstand:", "Bebauungsplan Nr. 12 \"Gewerbegebiet Isseroda-Süd\" - Aufstellungsbeschluss")]),
    ("p", "Der Ortsteilrat Nohra hat die Vorlage in seiner Sitzung am 22.09.2026 beraten. Er unterstützt die Ansiedlung von Gewerbe an der Autobahnanschlussstelle grundsätzlich, weil damit Arbeitsplätze in der Gemeinde entstehen. Beschlossen wurde mit 5 Ja-Stimmen bei 2 Enthaltungen folgende Stellungnahme:"),
    ("p", "1. Der Lkw-Verkehr des Gewerbegebiets ist ausschließlich über die neue Zufahrt zur Landesstraße abzuwickeln. Eine Durchfahrt durch die Ortslage Nohra (Bahnhofstraße, Kirchgasse) ist durch Beschilderung und ein Durchfahrtsverbot für Lkw über 7,5 t auszuschließen."),
    ("p", "2. Für Fußgänger und Radfahrer ist eine sichere Verbindung vom Ortsteil zum Gewerbegebiet vorzusehen, damit Beschäftigte ohne Auto zur Arbeit kommen."),
    ("p", "3. Der Ortsteilrat bittet, ihn vor dem Entwurfsbeschluss erneut zu beteiligen."),
    ("lines", ["", "Doreen Apel", "Ortsteilbürgermeisterin"]),
],
    drucksache=None, doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2026-09-23",
    title="Bebauungsplan Nr. 12 \"Gewerbegebiet Isseroda-Süd\" - Aufstellungsbeschluss", public=None, department=None,
    originator="Ortsteilrat Nohra", answers="GR 2026/38", references=[], consultations=[],
    themes=["stadtentwicklung", "mobilitaet"], themes_why="B-Plan for a commercial zone (jobs argued in one sentence); HGV routing and foot/cycle link have their own points",
    notes="PostScript; 'Vorlage: GR 2026/38' key → answers; 'Gegenstand:' = title (German quotes print as '\"'); the Ortsteilrat's own session is no consultation. 'Bebauungsplan Nr. 12', '§ 45a Abs. 5 ThürKO', '7,5 t' are no references. wirtschaft arguable as third.")

P("h29", "grammetal_anfrage-buergerliste_strassenbeleuchtung", "chromium", "grammetal_fraktion_anfrage_html", WB, [
    ("head2", ["Fraktion Bürgerliste Grammetal", "im Gemeinderat der Landgemeinde Grammetal"], ["Mönchenholzhausen, 14.10.2026", "Kontakt: Ronny Weigelt", "ronny.weigelt@example.org"]),
    ("title", "Anfrage zur Sitzung des Gemeinderates am 04.11.2026"),
    ("kv", [("Thema:", "Umrüstung der Straßenbeleuchtung auf LED und Nachtabschaltung")]),
    ("p", "Im Haushalt 2025 waren Mittel für die Umrüstung der Straßenbeleuchtung in Mönchenholzhausen und Isseroda auf LED-Leuchten eingestellt. Die Fraktion bittet um Beantwortung folgender Fragen:"),
    ("grid", ["Nr.", "Frage"], [["1", "Wie viele der rund 1.900 Leuchtpunkte der Gemeinde sind bereits auf LED umgerüstet?"], ["2", "Welche Einsparung an Strom und Kosten wurde seit der Umrüstung erreicht?"], ["3", "Ist eine Nachtabschaltung oder Absenkung zwischen 0 und 5 Uhr in Wohnstraßen geplant, und wie wird die Verkehrssicherheit dabei berücksichtigt?"], ["4", "Welche Fördermittel (z. B. Kommunalrichtlinie) wurden beantragt?"]]),
    ("lines", ["", "Ronny Weigelt", "Fraktionsvorsitzender"]),
], footer="Fraktion Bürgerliste Grammetal",
    drucksache=None, doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-14",
    title="Umrüstung der Straßenbeleuchtung auf LED und Nachtabschaltung", public=None, department=None,
    originator="Fraktion Bürgerliste Grammetal", references=[], consultations=[C("Gemeinderat", "2026-11-04", None)],
    themes=["klima_umwelt"], themes_why="LED conversion and night dimming to save energy; one subject",
    notes="Chromium; heading 'Anfrage zur Sitzung des Gemeinderates am 04.11.2026' → consultation, role null; 'Thema:' key = title; questions in a numbered grid. 'Haushalt 2025' and '0 und 5 Uhr' are lures.")

P("h30", "grammetal_gr-2026-44_info-breitband", "reportlab", "grammetal_reportlab_informationsvorlage", WB, [
    ("lines", ["Landgemeinde Grammetal", "Hauptamt / Stabsstelle Digitalisierung"]),
    ("grid", ["Informationsvorlage", "Nr.", "Datum"], [["öffentlich", "GR 2026/44", "12.10.2026"]]),
    ("kv", [("Betreff:", "Sachstand des geförderten Glasfaserausbaus in Mönchenholzhausen, Isseroda und Nohra-Nord"), ("Gremium / Termin:", "Gemeinderat, 04.11.2026"), ("Beratungsziel:", "Information")]),
    ("h", "Mitteilung"),
    ("p", "Der geförderte Glasfaserausbau im Rahmen des Bundesprogramms (Graue-Flecken-Förderung) umfasst 1.210 Adressen in drei Ausbaugebieten. Bis Ende September 2026 wurden 38 km Trasse gebaut; 640 Gebäude sind angeschlossen und können Anschlüsse mit bis zu 1 Gbit/s buchen."),
    ("grid", ["Ausbaugebiet", "Adressen", "angeschlossen", "Fertigstellung"], [["Mönchenholzhausen", "402", "398", "abgeschlossen"], ["Isseroda", "286", "212", "Dezember 2026"], ["Nohra-Nord", "522", "30", "Juni 2027"]]),
    ("p", "In Nohra-Nord verzögert sich der Bau, weil die Querung der Bahnstrecke neu genehmigt werden musste. Schulen und das Gewerbegebiet am Bahnhof werden vorrangig angeschlossen."),
    ("p", "Die Wiederherstellung der Gehwege erfolgt durch das Bauunternehmen; Mängel können bei der Stabsstelle gemeldet werden (Tel. 036203 517-12)."),
    ("lines", ["", "Frank Siebenhüner", "Bürgermeister"]),
], footer="Landgemeinde Grammetal – Informationsvorlage GR 2026/44 – Seite {page}",
    drucksache="GR 2026/44", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-10-12",
    title="Sachstand des geförderten Glasfaserausbaus in Mönchenholzhausen, Isseroda und Nohra-Nord", public=True,
    department="Hauptamt / Stabsstelle Digitalisierung", references=[], consultations=[C("Gemeinderat", "2026-11-04", "Kenntnisnahme")],
    themes=["digitale_infrastruktur"], themes_why="subsidised fibre roll-out status; schools and business park only named as priorities",
    notes="ReportLab; type word, number and date as a 3-column head grid with 'öffentlich' under the type; 'Beratungsziel: Information' → Kenntnisnahme (arguable); '1 Gbit/s', '38 km', 'Tel.' are lures.")

# ====================================================================== Stadt Taucha (SN)
TA = "Stadt Taucha"
T31 = "Weisung an den Vertreter der Stadt in der Gesellschafterversammlung der Stadtbau Taucha GmbH – Feststellung des Jahresabschlusses 2025 und Verwendung des Jahresergebnisses"
P("h31", "taucha_2026-093_weisung-stadtbau-jahresabschluss", "ghostscript", "taucha_ps_beschlussvorlage_scanlike", TA, [
    ("lines", ["STADT TAUCHA", "Der Bürgermeister"]),
    ("kv", [("Beschlussvorlage", "Nr. 2026/093"), ("Einreicher", "Bürgermeister"), ("Fachbereich", "FB 2 Finanzen / Beteiligungsmanagement"), ("Vorlagedatum", "19.10.2026")]),
    ("grid", ["Beratungsfolge", "Sitzungstermin", "Beratungsart"], [["Verwaltungsausschuss", "02.11.2026", "nichtöffentlich, vorberatend"], ["Stadtrat", "12.11.2026", "öffentlich, beschließend"]]),
    ("kv", [("Betreff", T31)]),
    ("h", "Beschlussvorschlag"),
    ("p", "Der Stadtrat weist den Bürgermeister als Vertreter der Stadt in der Gesellschafterversammlung der Stadtbau Taucha GmbH an, 1. den Jahresabschluss 2025 mit einer Bilanzsumme von 84.612.330,17 EUR und einem Jahresüberschuss von 1.204.518,66 EUR festzustellen, 2. den Jahresüberschuss in Höhe von 900.000 EUR in die Gewinnrücklage einzustellen und 304.518,66 EUR an die Stadt auszuschütten, 3. der Geschäftsführung und dem Aufsichtsrat Entlastung zu erteilen."),
    ("p", "Klimarelevanz: ☐ ja   ☒ nein"),
    ("h", "Sachverhalt"),
    ("p", "Die Stadtbau Taucha GmbH ist eine hundertprozentige Tochter der Stadt und bewirtschaftet 1.486 Wohnungen. Der Abschlussprüfer hat den uneingeschränkten Bestätigungsvermerk erteilt. Der Aufsichtsrat hat den Jahresabschluss in seiner Sitzung am 24.09.2026 geprüft und empfiehlt die Feststellung."),
    ("p", "Die Gewinnrücklage soll die Eigenkapitalquote für das Modernisierungsprogramm 2027 bis 2031 stärken. Die Ausschüttung ist im Haushalt der Stadt 2026 mit 300.000 EUR veranschlagt; der Mehrbetrag verbessert das Ergebnis. Nach § 96 Abs. 1 SächsGemO ist der Vertreter der Stadt an Weisungen des Stadtrates gebunden."),
    ("lines", ["", "Tobias Meißner", "Bürgermeister"]),
], footer="Stadt Taucha - Beschlussvorlage 2026/093 - Seite {page}",
    drucksache="2026/093", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage", date="2026-10-19",
    title=T31, public=None, department="FB 2 Finanzen / Beteiligungsmanagement", references=[],
    consultations=[C("Verwaltungsausschuss", "2026-11-02", "Vorberatung"), C("Stadtrat", "2026-11-12", "Entscheidung")],
    klimacheck="neutral", klima_style="one line 'Klimarelevanz: [ ] ja [x] nein' (PostScript prints the boxes as [ ]/[x]) after the Beschlussvorschlag",
    themes=["finanzen"], themes_why="annual accounts and profit use of the municipal housing company; the reserve for modernisation is a purpose line, not a section",
    notes="PostScript, scan-like plain print; bold keys 'Beschlussvorlage Nr. 2026/093' / 'Einreicher Bürgermeister' (→ originator null) / 'Fachbereich'; Beratungsart mixes nichtöffentlich/öffentlich → public null; Money amounts and '§ 96 Abs. 1 SächsGemO' are lures. Name 'Meißner' (Meißen is found elsewhere; the surname is not).")

P("h32", "taucha_aufsichtsrat-stadtbau_ar-11-2026_modernisierung", "reportlab", "taucha_company_board_reportlab", "Stadtbau Taucha GmbH", [
    ("head2", ["Stadtbau Taucha GmbH", "Geschäftsführung", "Bereich Technik und Bestandsmanagement"], ["Vorlage für den Aufsichtsrat", "Nr. AR 11/2026", "vertraulich – nicht öffentlich", "Taucha, 30.10.2026"]),
    ("kv", [("Gegenstand:", "Modernisierung der Wohnanlage Sehliser Weg 2–14 (84 Wohnungen): Fassadendämmung, Fenster und Umstellung auf Fernwärme"), ("Sitzung:", "Aufsichtsrat am 18.11.2026 – Beschluss")]),
    ("h", "1. Ausgangslage"),
    ("p", "Die Wohnanlage aus dem Jahr 1978 weist einen Endenergieverbrauch von 168 kWh/m²a auf und wird über eine Gaszentralheizung versorgt, deren Kessel 2027 das Ende der Nutzungsdauer erreichen. Der Leerstand liegt bei 9 %, vor allem in den oberen Geschossen."),
    ("h", "2. Maßnahme"),
    ("p", "Vorgesehen sind ein Wärmedämmverbundsystem (16 cm), neue Fenster mit Dreifachverglasung, die Dämmung der Kellerdecke und der Anschluss an das Fernwärmenetz. Der Endenergieverbrauch sinkt auf rund 62 kWh/m²a; die CO2-Emissionen gehen um etwa 190 t jährlich zurück. Zusätzlich werden an vier Aufgängen Aufzüge angebaut."),
    ("h", "3. Kosten und Finanzierung"),
    ("grid", ["Position", "Betrag"], [["Baukosten brutto", "6.240.000 €"], ["KfW-Förderkredit (BEG WG), Tilgungszuschuss 20 %", "4.000.000 €"], ["Eigenmittel der Gesellschaft", "2.240.000 €"]]),
    ("p", "Die Modernisierungsumlage wird auf 1,50 €/m² begrenzt, um die Mieten für die überwiegend älteren Mieterinnen und Mieter tragbar zu halten. Der Wirtschaftsplan 2027 wird entsprechend angepasst; die Eigenkapitalquote bleibt über 30 %."),
    ("h", "4. Beschlussvorschlag"),
    ("p", "Der Aufsichtsrat stimmt der Modernisierung mit einem Budget von 6,24 Mio. € und der Aufnahme des Förderkredits zu."),
    ("lines", ["", "Sandra Pfützner", "Geschäftsführerin"]),
], footer="Stadtbau Taucha GmbH · Sitz Taucha · HRB 0000 · Seite {page}",
    drucksache="AR 11/2026", doc_type="Beschlussvorlage", doc_type_printed="Vorlage", date="2026-10-30",
    title="Modernisierung der Wohnanlage Sehliser Weg 2–14 (84 Wohnungen): Fassadendämmung, Fenster und Umstellung auf Fernwärme", public=False,
    department="Bereich Technik und Bestandsmanagement", references=[], consultations=[C("Aufsichtsrat", "2026-11-18", "Entscheidung")],
    themes=["klima_umwelt", "finanzen", "soziales"], themes_why="energy modernisation with CO2 figures; financing table with KfW credit and equity argued; rent cap for older tenants and lift retrofit argued",
    notes="Municipal company board paper (ReportLab): 'Vorlage für den Aufsichtsrat' → Beschlussvorlage, printed 'Vorlage'; number 'Nr. AR 11/2026' → AR 11/2026; 'vertraulich – nicht öffentlich' → public false; department = the company's Bereich (arguable: not the city administration); 'Sitzung: Aufsichtsrat am 18.11.2026 – Beschluss' → Entscheidung. 'HRB 0000', 'BEG WG', '168 kWh/m²a' are lures.")

P("h33", "taucha_af-2026-017_anfrage-hortplaetze", "chromium", "taucha_ratsinfo_anfrage_html", TA, [
    ("grid", None, [["Stadt Taucha\nStadtrat", "Anfrage\nAF 2026/017\nEingang: 21.10.2026"]]),
    ("kv", [("Einreicherin:", "Stadträtin Manuela Grübler (Fraktion Freie Wähler/Unabhängige)"), ("Datum:", "20.10.2026"), ("Betreff:", "Hortplätze an der Grundschule Dewitz zum Schuljahr 2027/28"), ("Gremium:", "Stadtrat, Sitzung am 12.11.2026")]),
    ("h", "Sachverhalt"),
    ("p", "Eltern aus den Ortsteilen Dewitz und Seegeritz berichten, dass sie für das kommende Schuljahr keine Zusage für einen Hortplatz erhalten haben. Der Hort im Schulgebäude sei mit 120 Kindern voll belegt; im Neubaugebiet ziehen weitere Familien zu."),
    ("h", "Fragen"),
    ("p", "1. Wie viele Anmeldungen für Hortplätze an der Grundschule Dewitz liegen für das Schuljahr 2027/28 vor, und wie viele Plätze stehen zur Verfügung?"),
    ("p", "2. Welche Übergangslösungen (z. B. Container, Mitnutzung von Klassenräumen) prüft die Stadt?"),
    ("p", "3. Wann wird die im Bedarfsplan des Landkreises genannte Erweiterung um 40 Plätze umgesetzt?"),
    ("lines", ["", "Manuela Grübler", "Stadträtin"]),
], footer="Stadt Taucha · Ratsinformationssystem",
    drucksache="AF 2026/017", doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-10-20",
    title="Hortplätze an der Grundschule Dewitz zum Schuljahr 2027/28", public=None, department=None,
    originator="Manuela Grübler", references=[], consultations=[C("Stadtrat", "2026-11-12", None)],
    themes=["soziales", "bildung"], themes_why="after-school care places (Hort) at a primary school; interim classroom use asked",
    notes="Chromium; ruled 2-cell head with type, number and Eingang; 'Einreicherin:' key with 'Stadträtin' and Fraktion → originator by name only; date from 'Datum:' (not Eingang); 'Gremium: Stadtrat, Sitzung am 12.11.2026' → consultation, role null. 'Schuljahr 2027/28' in the title is no reference.")

P("h34", "taucha_antwort-af-2026-017_hortplaetze", "libreoffice-docx", "taucha_word_antwort_letter", TA, [
    ("head2", ["Stadt Taucha · Der Bürgermeister", "", "Frau Stadträtin", "Manuela Grübler", "– über das Büro des Stadtrates –"],
     ["Fachbereich 3 – Bildung, Soziales und Kultur", "Sachgebiet Kindertagesstätten und Schulen", "Bearbeiterin: Frau Jana Lindner", "Telefon: 034298 70-301", "Datum: 06.11.2026"]),
    ("b", "Beantwortung der Anfrage AF 2026/017 – Hortplätze an der Grundschule Dewitz zum Schuljahr 2027/28"),
    ("p", "Sehr geehrte Frau Grübler,"),
    ("p", "Ihre Anfrage vom 20.10.2026 beantworte ich wie folgt:"),
    ("p", "Zu Frage 1: Für das Schuljahr 2027/28 liegen 142 Anmeldungen vor. Der Hort verfügt nach der Betriebserlaubnis über 120 Plätze."),
    ("p", "Zu Frage 2: Die Stadt prüft die Doppelnutzung von zwei Klassenräumen am Nachmittag und eine Kooperation mit dem Sportverein für Angebote in der Turnhalle. Ein Container ist wegen der Fläche des Schulgrundstücks nicht möglich. Die Abstimmung mit dem Landesjugendamt läuft."),
    ("p", "Zu Frage 3: Die Erweiterung um 40 Plätze ist Teil des Schulerweiterungsbaus (Beschluss 2025/141), dessen Fertigstellung für August 2028 geplant ist."),
    ("p", "Mit freundlichen Grüßen"),
    ("lines", ["", "Tobias Meißner", "Bürgermeister"]),
], footer="Stadt Taucha · Am Rathaus 5 · 04425 Taucha · Telefon 034298 70-0",
    drucksache=None, doc_type="Antwort", doc_type_printed="Beantwortung der Anfrage", date="2026-11-06",
    title="Beantwortung der Anfrage AF 2026/017 – Hortplätze an der Grundschule Dewitz zum Schuljahr 2027/28", public=None,
    department="Sachgebiet Kindertagesstätten und Schulen", answers="AF 2026/017", references=["2025/141"], consultations=[],
    themes=["soziales", "bildung"], themes_why="the Anfrage's themes: Hort places and school rooms",
    notes="Word letter with contact column (Fachbereich over Sachgebiet → most specific unit 'Sachgebiet Kindertagesstätten und Schulen'); subject line starts with the type words 'Beantwortung der Anfrage' — title kept whole as printed (arguable: a reader may strip 'Beantwortung der Anfrage AF 2026/017 – '); answers AF 2026/017; '(Beschluss 2025/141)' → reference. Address line is a lure.")

P("h35", "taucha_2026-101_info-radweg-seegeritz-dewitz", "libreoffice-docx", "taucha_word_informationsvorlage_sidecolumn", TA, [
    ("side", ["Informationsvorlage", "", "Nr.: 2026/101", "", "Datum:", "26.10.2026", "", "Fachbereich 4", "Stadtentwicklung und Bauen", "", "Auskunft:", "Herr Philipp Naumann", "Tel. 034298 70-410", "", "Beratung:", "Ausschuss für Stadtentwicklung und Umwelt", "09.11.2026", "zur Kenntnisnahme", "", "öffentlich", "", "Klimawirkung:", "positiv"]),
    ("title", "Stadt Taucha"),
    ("b", "Radweg zwischen Seegeritz und Dewitz entlang der Kreisstraße – Stand der Planung und Förderung"),
    ("p", "Der Stadtrat hat die Verwaltung im März 2026 beauftragt, die Planung eines straßenbegleitenden Radwegs zwischen den Ortsteilen Seegeritz und Dewitz voranzutreiben (Beschluss 2026/027). Der Radweg schließt eine 2,3 km lange Lücke im Alltagsradnetz und verbindet beide Ortsteile mit der Grundschule Dewitz und dem Bahnhof."),
    ("p", "Die Vorplanung liegt vor. Vorgesehen ist ein 2,50 m breiter Geh- und Radweg auf der Südseite mit einer Querungshilfe am Ortseingang Dewitz. Der Landkreis als Baulastträger der Kreisstraße hat seine Zustimmung signalisiert; der Grunderwerb von elf Flurstücken läuft."),
    ("p", "Die Kosten werden auf 1,9 Mio. € geschätzt. Ein Förderantrag nach der Richtlinie Kommunaler Straßenbau ist gestellt; bei einer Förderquote von 90 % verbliebe ein Eigenanteil von rund 190.000 €. Baubeginn könnte bei Bewilligung im Herbst 2027 sein."),
    ("p", "Die Verwaltung wird den Ausschuss über den Fortgang unterrichten."),
], footer="Stadt Taucha · Informationsvorlage 2026/101 · Seite {page}",
    drucksache="2026/101", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage", date="2026-10-26",
    title="Radweg zwischen Seegeritz und Dewitz entlang der Kreisstraße – Stand der Planung und Förderung", public=True,
    department="Fachbereich 4 Stadtentwicklung und Bauen", references=["2026/027"],
    consultations=[C("Ausschuss für Stadtentwicklung und Umwelt", "2026-11-09", "Kenntnisnahme")],
    klimacheck="positive", klima_style="two short lines 'Klimawirkung:' / 'positiv' at the end of the side column",
    themes=["mobilitaet"], themes_why="cycle path status; school and station only as destinations, funding reported not argued",
    notes="Word with a grey right side column holding type, number, date, unit, clerk, Beratung and status as short lines; the only big heading is 'Stadt Taucha' (not the title); department printed over two lines 'Fachbereich 4' / 'Stadtentwicklung und Bauen' (joined with a space). '(Beschluss 2026/027)' → reference. '2,3 km', 'Förderquote von 90 %' are lures.")
