"""The 35 papers of holdout19: blocks to render next to their labels (all content invented)."""

PAPERS = []


def add(**p):
    base = dict(drucksache=None, doc_type_printed=None, public=None, department=None, originator=None,
                answers=None, references=[], consultations=[], klimacheck=None, klima_style=None, notes="")
    base.update(p)
    PAPERS.append(base)


ROLE = {"Beschluss": "Entscheidung", "Beschlussfassung": "Entscheidung", "zur Kenntnis": "Kenntnisnahme"}


def C(committee, date, role):
    """A consultation; printed roles folded to the canonical ones (Beschluss -> Entscheidung), as holdout16."""
    return {"committee": committee, "date": date, "role": ROLE.get(role, role)}


# =============================================================== A  Stadt Ludwigshafen am Rhein (RP)
LU = "Stadt Ludwigshafen am Rhein"
t = "Umgestaltung des Schillerplatzes in Oggersheim – Entwurfsplanung und Bereitstellung von Mitteln"
add(file="s01_ludwigshafen_20263871_beschlussvorlage-schillerplatz.pdf", producer="chromium",
    layout="ludwigshafen_allris_vorlage", city=LU, drucksache="20263871", doc_type="Beschlussvorlage",
    doc_type_printed="Beschlussvorlage", date="2026-09-14", title=t, public=True,
    department="Bereich 4-12 Stadtplanung",
    consultations=[C("Ortsbeirat Oggersheim", "2026-09-22", "Anhörung"),
                   C("Bau- und Grundstücksausschuss", "2026-09-28", "Vorberatung"),
                   C("Stadtrat", "2026-10-12", "Entscheidung")],
    klimacheck="positive", klima_style="unicode_row",
    themes=["stadtentwicklung", "klima_umwelt", "finanzen"], themes_why="square redesign, unsealing and trees, budget",
    notes="ALLRIS-like print: 'Vorlage Nr.: 20263871' in a ruled head table, Beratungsfolge Datum|Gremium|Zuständigkeit|Status; Klimawirkung row with ☒ positiv. 'Haushaltsstelle 5.1.1.01.0200' and 'Drucksache 20251120' in a reference sentence.",
    references=["20251120"],
    blocks=[
        ("lh", ["**Stadt Ludwigshafen am Rhein**\nDer Oberbürgermeister", "**Beschlussvorlage**"], [65, 35]),
        ("hr",),
        ("kv", [("Vorlage Nr.:", "20263871"), ("Datum:", "14.09.2026"), ("Status:", "öffentlich"),
                ("Federführung:", "Bereich 4-12 Stadtplanung"), ("Beteiligt:", "Bereich 4-16 Grünflächen und Friedhöfe; Bereich 2-11 Finanzen"),
                ("Aktenzeichen:", "4-12/Sch-Pl 2026")], "ruled"),
        ("p", "**Beratungsfolge**"),
        ("tab", [["Datum", "Gremium", "Zuständigkeit", "Status"],
                 ["22.09.2026", "Ortsbeirat Oggersheim", "Anhörung", "Ö"],
                 ["28.09.2026", "Bau- und Grundstücksausschuss", "Vorberatung", "Ö"],
                 ["12.10.2026", "Stadtrat", "Entscheidung", "Ö"]], [18, 47, 22, 13]),
        ("p", "**Betreff:**"),
        ("p", "**" + t + "**"),
        ("p", "**Beschlussvorschlag:**"),
        ("p", "Der Stadtrat stimmt der Entwurfsplanung für die Umgestaltung des Schillerplatzes in Oggersheim zu und beauftragt die Verwaltung, die Ausführungsplanung zu erstellen und die Leistungen auszuschreiben. Die erforderlichen Mittel in Höhe von 1.480.000 Euro werden bei der Haushaltsstelle 5.1.1.01.0200 bereitgestellt."),
        ("p", "**Begründung:**"),
        ("p", "Der Schillerplatz ist heute überwiegend versiegelt und wird als Parkfläche genutzt. Mit dem Grundsatzbeschluss zur Drucksache 20251120 hat der Stadtrat die Verwaltung beauftragt, den Platz als Aufenthaltsort für das Stadtteilzentrum Oggersheim zu entwickeln. In zwei Bürgerwerkstätten im Frühjahr 2026 wurden Varianten vorgestellt; die Vorzugsvariante sieht 23 neue Bäume, eine wassergebundene Platzfläche und einen Wasserspielbereich vor."),
        ("p", "Die Stellplätze entfallen zugunsten einer Quartiersgarage in der Mannheimer Straße. Die Maßnahme wird zu 60 Prozent aus dem Programm „Lebendige Zentren“ gefördert; der Eigenanteil der Stadt beträgt rund 592.000 Euro."),
        ("p", "Anlagen: Entwurfsplanung (Lageplan), Kostenberechnung, Dokumentation der Bürgerwerkstätten"),
        ("pb",),
        ("p", "Fortsetzung Vorlage Nr. 20263871"),
        ("p", "**Finanzielle Auswirkungen:** Gesamtkosten 1.480.000 Euro, davon Förderung 888.000 Euro, Eigenanteil 592.000 Euro; Folgekosten für Pflege jährlich rund 21.000 Euro."),
        ("tab", [["Klimawirkung", "Bewertung"],
                 ["Auswirkungen auf den Klimaschutz / die Klimaanpassung", "☒ positiv   ☐ negativ   ☐ keine"]], [55, 45]),
        ("p", "Dr. Leonhard Maierhöfer\nBeigeordneter"),
    ])

add(file="s02_ludwigshafen_antrag-gruene-stadtrat_hitzeschutz-kitas.pdf", producer="libreoffice-docx",
    layout="ludwigshafen_fraktion_word_antrag", city=LU, doc_type="Antrag", doc_type_printed="Antrag",
    date="2026-09-25", title="Hitzeschutzkonzept für städtische Kindertagesstätten",
    originator="Stadtratsfraktion BÜNDNIS 90/DIE GRÜNEN",
    consultations=[C("Stadtrat", "2026-10-12", None)],
    themes=["klima_umwelt", "bildung", "soziales"], themes_why="heat protection for day-care centres, children",
    notes="Fraktion Word letter: header with Fraktion name and address, addressee block left, place-date right, 'Antrag zur Sitzung des Stadtrates am 12.10.2026' → Stadtrat, role null. 'Betreff:' inline. '§ 12 GeschO' no reference.",
    head="BÜNDNIS 90/DIE GRÜNEN im Stadtrat Ludwigshafen · Rathausplatz 20 · 67059 Ludwigshafen",
    foot="Fraktionsgeschäftsstelle · Tel. 0621 504-30817 · Sprechzeiten Di und Do 10–13 Uhr",
    blocks=[
        ("lh", ["Stadt Ludwigshafen am Rhein\nHerrn Oberbürgermeister\nDr. Konrad Ehlenbeck\nRathausplatz 20\n67059 Ludwigshafen", "Ludwigshafen, 25.09.2026"], [65, 35]),
        ("sp",),
        ("h", "Antrag zur Sitzung des Stadtrates am 12.10.2026", 12),
        ("p", "**Betreff: Hitzeschutzkonzept für städtische Kindertagesstätten**"),
        ("p", "Sehr geehrter Herr Oberbürgermeister,"),
        ("p", "die Stadtratsfraktion BÜNDNIS 90/DIE GRÜNEN stellt gemäß § 12 der Geschäftsordnung folgenden Antrag:"),
        ("p", "Der Stadtrat beauftragt die Verwaltung, bis zum Frühjahr 2027 ein Hitzeschutzkonzept für alle 41 städtischen Kindertagesstätten vorzulegen. Es soll Verschattung der Außenflächen, Trinkwasserangebote, Sonnenschutz an Südfassaden und Regeln für Hitzetage enthalten. Die Kosten sind für den Haushalt 2027/2028 anzumelden."),
        ("p", "**Begründung:**"),
        ("p", "Im Sommer 2026 wurden in mehreren Einrichtungen in Mundenheim und Friesenheim Raumtemperaturen über 30 Grad gemessen. Kleine Kinder sind besonders hitzeempfindlich. Einzelne Träger haben bereits gute Lösungen erprobt, die stadtweit übertragen werden sollten."),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Miriam Kasteleiner                Tobias Vennemann\nFraktionsvorsitzende                stellv. Fraktionsvorsitzender"),
    ])

t = "Sanierungsstau in den Turnhallen der Grundschulen"
add(file="s03_ludwigshafen_20263902_anfrage-cdu_turnhallen.pdf", producer="libreoffice-html",
    layout="ludwigshafen_allris_anfrage_lohtml", city=LU, drucksache="20263902", doc_type="Anfrage",
    doc_type_printed="Anfrage", date="2026-09-29", title=t, public=True,
    originator="CDU-Stadtratsfraktion",
    consultations=[C("Stadtrat", "2026-10-12", "Kenntnisnahme")],
    themes=["kultur_sport", "bildung", "finanzen"], themes_why="school gyms renovation backlog, costs",
    notes="ALLRIS-like Anfrage print: 'Antragsteller: CDU-Stadtratsfraktion', 'Vorlage Nr.: 20263902', Beratung row 'Stadtrat 12.10.2026 Kenntnisnahme'. HTML imported by LibreOffice (table rules partly lost).",
    blocks=[
        ("p", "**Stadt Ludwigshafen am Rhein**"),
        ("h", "Anfrage", 16),
        ("kv", [("Vorlage Nr.:", "20263902"), ("Antragsteller:", "CDU-Stadtratsfraktion"), ("Datum:", "29.09.2026"),
                ("Öffentlichkeit:", "öffentlich")], "plain"),
        ("tab", [["Gremium", "Sitzung", "Beratungszweck"], ["Stadtrat", "12.10.2026", "Kenntnisnahme"]], [45, 25, 30]),
        ("p", "**Betreff:** " + t),
        ("p", "In den vergangenen Monaten mussten die Turnhallen der Grundschulen Gartenstadt und Oppau wegen Feuchtigkeitsschäden zeitweise gesperrt werden. Vereine und Schulen berichten über einen erheblichen Sanierungsstau."),
        ("p", "Wir fragen die Verwaltung:"),
        ("p", "1. Welche Turnhallen an Grundschulen weisen derzeit Mängel auf, die ihre Nutzung einschränken?\n2. Wie hoch schätzt die Verwaltung den Sanierungsbedarf insgesamt?\n3. Welche Maßnahmen sind im Investitionsprogramm bis 2029 vorgesehen, und welche Förderprogramme werden genutzt?"),
        ("p", "Gez. Hans-Peter Wöllner\nfür die CDU-Stadtratsfraktion"),
    ])

add(file="s04_ludwigshafen_20263902-1_antwort-turnhallen.pdf", producer="ghostscript(chromium)",
    layout="ludwigshafen_antwort_chromium_gs", city=LU, drucksache="20263902/1", doc_type="Antwort",
    doc_type_printed="Antwort", date="2026-10-07", title=t, public=True,
    department="Bereich 4-15 Gebäudewirtschaft", answers="20263902",
    consultations=[C("Stadtrat", "2026-10-12", "Kenntnisnahme")],
    themes=["kultur_sport", "bildung", "finanzen"], themes_why="answer: gyms, schools, investment programme",
    notes="Answer with its own number 20263902/1 ('zur Anfrage Nr. 20263902' → answers). Chromium re-distilled by Ghostscript. Cost table with Haushaltsjahre (no references).",
    blocks=[
        ("lh", ["**Stadt Ludwigshafen am Rhein**\nBereich 4-15 Gebäudewirtschaft", "Vorlage Nr.: **20263902/1**\nDatum: 07.10.2026\nStatus: öffentlich"], [60, 40]),
        ("hr",),
        ("h", "Antwort der Verwaltung", 15),
        ("p", "zur Anfrage Nr. 20263902 der CDU-Stadtratsfraktion"),
        ("p", "Stadtrat – Sitzung am 12.10.2026 – zur Kenntnisnahme"),
        ("p", "**Betreff: " + t + "**"),
        ("p", "Zu Frage 1: Von den 27 Turnhallen an Grundschulen sind derzeit vier in ihrer Nutzung eingeschränkt: Gartenstadt, Oppau, Edigheim und Maudach. In zwei Fällen betrifft dies nur die Umkleiden."),
        ("p", "Zu Frage 2: Der Sanierungsbedarf wird auf rund 18,6 Mio. Euro geschätzt."),
        ("tab", [["Turnhalle", "Maßnahme", "Kosten (Mio. Euro)", "vorgesehen"],
                 ["Gartenstadt", "Dach und Lüftung", "2,4", "2027"],
                 ["Oppau", "Bodenbelag, Feuchteschutz", "1,1", "2027"],
                 ["Edigheim", "Generalsanierung", "5,8", "2028/2029"],
                 ["Maudach", "Umkleiden und Sanitär", "0,9", "2028"]], [25, 35, 20, 20]),
        ("p", "Zu Frage 3: Die Maßnahmen sind im Investitionsprogramm 2027 bis 2029 veranschlagt. Für Edigheim wird eine Förderung aus dem Investitionsstock des Landes beantragt."),
        ("p", "Annelie Grundmann\nBeigeordnete"),
    ])

add(file="s05_ludwigshafen_ortsbeirat-oggersheim_stellungnahme-20263871.pdf", producer="reportlab",
    layout="ludwigshafen_ortsbeirat_stellungnahme_reportlab", city=LU, doc_type="Stellungnahme",
    doc_type_printed="Stellungnahme", date="2026-09-23",
    title="Umgestaltung des Schillerplatzes in Oggersheim – Entwurfsplanung und Bereitstellung von Mitteln",
    originator="Ortsbeirat Oggersheim", answers="20263871",
    themes=["stadtentwicklung", "mobilitaet"], themes_why="square redesign, parking loss",
    notes="Stellungnahme of the Ortsbeirat to Vorlage 20263871 (answers). The Ortsbeirat's own session 22.09.2026 is not a consultation; the paper is dated 23.09.2026 under the text. Vote counts no references.",
    blocks=[
        ("p", "Stadt Ludwigshafen am Rhein · Ortsvorsteherin Oggersheim"),
        ("h", "Stellungnahme des Ortsbeirates Oggersheim", 14),
        ("kv", [("Vorlage", "20263871"), ("Gegenstand", "Umgestaltung des Schillerplatzes in Oggersheim – Entwurfsplanung und Bereitstellung von Mitteln"),
                ("Sitzung des Ortsbeirates", "22.09.2026, TOP 4")], "grid"),
        ("p", "Der Ortsbeirat Oggersheim begrüßt die Umgestaltung des Schillerplatzes ausdrücklich. Er empfiehlt dem Stadtrat mit 9 Ja-Stimmen, 2 Nein-Stimmen und 1 Enthaltung, der Entwurfsplanung zuzustimmen."),
        ("p", "Der Ortsbeirat bittet, vor Wegfall der Stellplätze die Quartiersgarage in Betrieb zu nehmen und für den Wochenmarkt eine Anlieferzone vorzusehen. Die Bushaltestelle Schillerplatz soll barrierefrei ausgebaut werden."),
        ("p", "Ludwigshafen-Oggersheim, 23.09.2026"),
        ("p", "Gabriele Heinzelmann\nOrtsvorsteherin"),
    ])

# =============================================================== B  BVV Lichtenberg (Berlin)
LI = "Bezirksverordnetenversammlung Lichtenberg von Berlin"
t = "Sichere Querung der Treskowallee am Bahnhof Karlshorst"
add(file="s06_lichtenberg_ds-0712-ix_antrag-spd_treskowallee.pdf", producer="chromium",
    layout="lichtenberg_bvv_drucksache_antrag", city=LI, drucksache="DS/0712/IX", doc_type="Antrag",
    doc_type_printed="Antrag", date="2026-09-10", title=t, public=True, originator="Fraktion der SPD",
    consultations=[C("Ausschuss für Verkehr und öffentliche Ordnung", "2026-10-07", "Vorberatung"),
                   C("Bezirksverordnetenversammlung", "2026-10-22", "Entscheidung")],
    themes=["mobilitaet", "sicherheit_ordnung"], themes_why="pedestrian crossing, road safety",
    notes="Berlin BVV Drucksache print: 'Drucksache DS/0712/IX' top right, 'Ursprung: Antrag', 'Initiator: Fraktion der SPD', Beratungsfolge|Datum|Beratung with Vorberatung / Entscheidung.",
    blocks=[
        ("lh", ["Bezirksverordnetenversammlung\n**Lichtenberg von Berlin**\n9. Wahlperiode", "Drucksache **DS/0712/IX**\nöffentlich\nDatum: 10.09.2026"], [60, 40]),
        ("hr",),
        ("kv", [("Ursprung:", "Antrag"), ("Initiator:", "Fraktion der SPD"), ("Verfasser:", "Schirmer, Katja; Olbrich, Deniz")], "plain"),
        ("tab", [["Beratungsfolge", "Datum", "Beratung"],
                 ["Ausschuss für Verkehr und öffentliche Ordnung", "07.10.2026", "Vorberatung"],
                 ["Bezirksverordnetenversammlung", "22.10.2026", "Entscheidung"]], [55, 20, 25]),
        ("h", t, 13),
        ("p", "Die Bezirksverordnetenversammlung möge beschließen:"),
        ("p", "Das Bezirksamt wird ersucht, sich bei der zuständigen Senatsverwaltung dafür einzusetzen, dass an der Treskowallee auf Höhe des Bahnhofs Karlshorst eine signalisierte Fußgängerquerung eingerichtet wird. Bis zur Umsetzung soll eine Geschwindigkeitsbegrenzung auf 30 km/h geprüft werden."),
        ("p", "**Begründung:**"),
        ("p", "Seit dem Umbau des Bahnhofs queren täglich mehrere tausend Fahrgäste die Treskowallee außerhalb der Ampelanlagen. Im Jahr 2025 wurden an dieser Stelle sieben Unfälle mit Fußgängerbeteiligung registriert."),
        ("p", "Berlin, den 10.09.2026\nKatja Schirmer, Deniz Olbrich\nund die Fraktion der SPD"),
    ])

t = "Sachstand Schulplatzentwicklung in den Bildungsregionen Friedrichsfelde und Rummelsburg"
add(file="s07_lichtenberg_ds-0730-ix_vorlage-zur-kenntnisnahme_schulplaetze.pdf", producer="libreoffice-docx",
    layout="lichtenberg_bezirksamt_vzk_word", city=LI, drucksache="DS/0730/IX", doc_type="Mitteilungsvorlage",
    doc_type_printed="Vorlage zur Kenntnisnahme", date="2026-09-15", title=t, public=None,
    department="Abteilung Schule, Sport und Facility Management",
    consultations=[C("Bezirksverordnetenversammlung", "2026-09-24", "Kenntnisnahme")],
    themes=["bildung", "stadtentwicklung"], themes_why="school places planning, new schools in growing areas",
    notes="'Vorlage zur Kenntnisnahme' of the Bezirksamt (Berlin habit) → Mitteilungsvorlage; 'für die Sitzung am 24.09.2026'. Department = the Bezirksamt's Abteilung. No Öffentlichkeit printed → public null; role Kenntnisnahme from the printed type 'Vorlage zur Kenntnisnahme … für die Sitzung … am 24.09.2026'. 'BA-Beschluss Nr. 412/2026' no reference; 'Drucksache DS/0455/IX' cited → reference.",
    references=["DS/0455/IX"],
    head="Bezirksamt Lichtenberg von Berlin · Abteilung Schule, Sport und Facility Management",
    blocks=[
        ("lh", ["**Bezirksamt Lichtenberg von Berlin**", "Drucksache: DS/0730/IX\nBerlin, 15.09.2026"], [60, 40]),
        ("h", "Vorlage zur Kenntnisnahme", 14),
        ("p", "für die Sitzung der Bezirksverordnetenversammlung am 24.09.2026"),
        ("kv", [("Gegenstand:", t), ("Abteilung:", "Abteilung Schule, Sport und Facility Management"), ("Bezirksamtsbeschluss:", "Nr. 412/2026 vom 08.09.2026")], "boldkeys"),
        ("p", "Die Bezirksverordnetenversammlung wird gebeten, Folgendes zur Kenntnis zu nehmen:"),
        ("p", "Mit der Drucksache DS/0455/IX hat die Bezirksverordnetenversammlung das Bezirksamt ersucht, halbjährlich über die Schulplatzentwicklung zu berichten. Zum Schuljahr 2026/27 fehlen in den Bildungsregionen Friedrichsfelde und Rummelsburg rechnerisch 6 Züge in der Grundstufe."),
        ("p", "Der modulare Ergänzungsbau an der Grundschule am Tierpark wird zum Februar 2027 fertiggestellt. Für den Schulneubau an der Hauptstraße ist der Bauantrag gestellt; die Inbetriebnahme ist für 2029 vorgesehen. Bis dahin werden Filialstandorte genutzt."),
        ("tab", [["Bildungsregion", "Plätze Bedarf 2027/28", "Plätze vorhanden", "Differenz"],
                 ["Friedrichsfelde", "1.860", "1.702", "–158"], ["Rummelsburg", "1.240", "1.116", "–124"]], [34, 24, 24, 18]),
        ("p", "Dr. Henrike Pawlowski\nBezirksstadträtin"),
    ])

t = "Mehr Bänke und Trinkbrunnen im Ortsteilzentrum Karlshorst"
add(file="s08_lichtenberg_ds-0698-ix_beschlussempfehlung-ausschuss_baenke.pdf", producer="reportlab",
    layout="lichtenberg_beschlussempfehlung_reportlab", city=LI, drucksache="DS/0698/IX", doc_type="Stellungnahme",
    doc_type_printed="Beschlussempfehlung", date="2026-09-17", title=t, public=None,
    originator="Ausschuss für Umwelt und Natur", answers="DS/0698/IX",
    consultations=[C("Bezirksverordnetenversammlung", "2026-09-24", "Beschluss")],
    themes=["stadtentwicklung", "klima_umwelt", "soziales"], themes_why="benches and drinking fountains, heat, older people",
    notes="Berlin 'Beschlussempfehlung' of a BVV committee on a referred Antrag (→ Stellungnahme, printed 'Beschlussempfehlung'); it carries the Antrag's number DS/0698/IX as its Drucksache and answers it. No Öffentlichkeit printed → public null. The printed role '(Beschluss)' → Entscheidung (holdout16 convention); the committee's own session 16.09.2026 is not a consultation.",
    blocks=[
        ("r", "Drucksache DS/0698/IX"),
        ("p", "**Bezirksverordnetenversammlung Lichtenberg von Berlin**"),
        ("h", "Beschlussempfehlung", 14),
        ("p", "des Ausschusses für Umwelt und Natur vom 16.09.2026\nan die Bezirksverordnetenversammlung zur Sitzung am 24.09.2026 (Beschluss)"),
        ("kv", [("Betr.:", t), ("Ursprungsdrucksache:", "Antrag der Fraktion DIE LINKE, DS/0698/IX")], "plain"),
        ("p", "Der Ausschuss empfiehlt der Bezirksverordnetenversammlung mit 7 : 2 : 1 Stimmen, den Antrag in folgender geänderter Fassung anzunehmen:"),
        ("p", "„Das Bezirksamt wird ersucht, im Ortsteilzentrum Karlshorst zwischen Ehrlichstraße und Treskowallee mindestens zwölf zusätzliche Sitzbänke aufzustellen und mit den Berliner Wasserbetrieben die Aufstellung von zwei Trinkbrunnen zu vereinbaren. Der Bezirksverordnetenversammlung ist bis zum 31.03.2027 zu berichten.“"),
        ("p", "Der Ausschuss folgt dem Anliegen, dass an heißen Tagen vor allem ältere Menschen schattige Sitzplätze und Trinkwasser im Ortsteilzentrum brauchen. Die Kosten von rund 46.000 Euro trägt das Fachvermögen Grünflächen."),
        ("p", "Berlin, den 17.09.2026"),
        ("p", "Marlene Hübsch\nVorsitzende des Ausschusses für Umwelt und Natur"),
    ])

t = "Sofortmaßnahmen gegen die Schließung der Stadtteilbibliothek Friedrichsfelde"
add(file="s09_lichtenberg_ds-0741-ix_dringlichkeitsantrag-linke_bibliothek.pdf", producer="ghostscript(libreoffice-html)",
    layout="lichtenberg_dringlichkeitsantrag_lohtml_gs", city=LI, drucksache="DS/0741/IX", doc_type="Antrag",
    doc_type_printed="Dringlichkeitsantrag", date="2026-09-22", title=t, public=True,
    originator="Fraktion DIE LINKE",
    consultations=[C("Bezirksverordnetenversammlung", "2026-09-24", None)],
    themes=["kultur_sport", "bildung"], themes_why="library closure, reading and learning place",
    notes="Dringlichkeitsantrag (→ Antrag, printed 'Dringlichkeitsantrag'); 'zur Sitzung der BVV am 24.09.2026' → consultation, role null. LibreOffice HTML re-distilled by Ghostscript.",
    blocks=[
        ("p", "Bezirksverordnetenversammlung Lichtenberg von Berlin – 9. Wahlperiode"),
        ("kv", [("Drucksache:", "DS/0741/IX"), ("Art:", "Dringlichkeitsantrag"), ("Einreicher:", "Fraktion DIE LINKE"), ("Datum:", "22.09.2026"), ("Status:", "öffentlich")], "ruled"),
        ("p", "zur Sitzung der Bezirksverordnetenversammlung am 24.09.2026"),
        ("h", t, 13),
        ("p", "Die Bezirksverordnetenversammlung möge beschließen:"),
        ("p", "Das Bezirksamt wird ersucht, die zum 01.11.2026 angekündigte Schließung der Stadtteilbibliothek Friedrichsfelde auszusetzen, den Mietvertrag für die Räume in der Alfred-Kowalke-Straße mindestens bis Ende 2027 zu verlängern und der BVV bis Dezember ein Standortkonzept vorzulegen."),
        ("p", "**Begründung der Dringlichkeit:**"),
        ("p", "Der Vermieter hat eine Frist zur Verlängerung bis zum 30.09.2026 gesetzt. Eine Behandlung in der regulären Oktobersitzung käme zu spät."),
        ("p", "Jörg Wendlandt, Sabine Kaczmarek und die Fraktion DIE LINKE"),
    ])

add(file="s10_lichtenberg_einladung-bvv-24-09-2026.pdf", producer="chromium",
    layout="lichtenberg_bvv_einladung_tagesordnung", city=LI, doc_type="Einladung", doc_type_printed="Einladung",
    date="2026-09-14", title="31. Sitzung der Bezirksverordnetenversammlung Lichtenberg", public=True,
    references=["DS/0698/IX", "DS/0712/IX", "DS/0730/IX", "DS/0725/IX", "DS/0727/IX"],
    themes=["mobilitaet", "bildung", "stadtentwicklung"], themes_why="agenda: crossing, school places, benches",
    notes="Einladung of the BVV-Vorsteherin with Tagesordnung TOP|Gegenstand|Drucksache; title = the session named. Agenda Drucksachen as references.",
    blocks=[
        ("lh", ["Bezirksverordnetenversammlung Lichtenberg von Berlin\nDer Vorsteher", "Berlin, 14.09.2026"], [65, 35]),
        ("sp",),
        ("h", "Einladung", 15),
        ("p", "zur **31. Sitzung der Bezirksverordnetenversammlung Lichtenberg** (öffentlich)\nam Donnerstag, dem 24.09.2026, 17:00 Uhr\nim Max-Taut-Saal, Rathaus Lichtenberg, Möllendorffstraße 6, 10367 Berlin"),
        ("p", "**Tagesordnung**"),
        ("tab", [["TOP", "Gegenstand", "Drucksache"],
                 ["1", "Eröffnung, Feststellung der Beschlussfähigkeit und der Tagesordnung", ""],
                 ["2", "Einwohnerfragestunde", ""],
                 ["3", "Mündliche Anfragen", ""],
                 ["4", "Mehr Bänke und Trinkbrunnen im Ortsteilzentrum Karlshorst (Beschlussempfehlung)", "DS/0698/IX"],
                 ["5", "Sichere Querung der Treskowallee am Bahnhof Karlshorst", "DS/0712/IX"],
                 ["6", "Sachstand Schulplatzentwicklung (Vorlage zur Kenntnisnahme)", "DS/0730/IX"],
                 ["7", "Bezirkliches Wohnungsbaukonzept – Fortschreibung 2027", "DS/0725/IX"],
                 ["8", "Wahl eines Bürgerdeputierten im Ausschuss für Soziales", "DS/0727/IX"]], [8, 70, 22]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Rüdiger Kamenz\nBezirksverordnetenvorsteher"),
    ])

# =============================================================== C  Stadt Aschaffenburg (BY)
AB = "Stadt Aschaffenburg"
t = "Radverkehrsachse Schweinheim – Innenstadt: Planungsbeschluss für den Abschnitt Würzburger Straße"
add(file="s11_aschaffenburg_pvs-2026-38_sitzungsvorlage-radachse.pdf", producer="libreoffice-docx",
    layout="aschaffenburg_referat_word_vorlage", city=AB, drucksache="PVS/38/2026", doc_type="Beschlussvorlage",
    doc_type_printed="Beschlussvorlage", date="2026-09-08", title=t, public=True,
    department="Referat 5 – Planen und Bauen, Amt für Stadtplanung und Verkehr",
    consultations=[C("Planungs- und Verkehrssenat", "2026-09-22", "Vorberatung"), C("Stadtrat", "2026-10-05", "Beschluss")],
    klimacheck="positive", klima_style="text_ja_positiv",
    themes=["mobilitaet", "klima_umwelt"], themes_why="cycle route planning, climate effect",
    notes="Bavarian Referat structure: 'Referat 5 – Planen und Bauen' plus 'Amt für Stadtplanung und Verkehr' on one line under 'Referat/Amt:' → department as printed. Number 'PVS/38/2026' after 'Vorlage Nr.'. Senat (Bavarian city committee) Vorberatung. Klimaprüfung as text 'Klimarelevanz: ja, positiv'.",
    head="Stadt Aschaffenburg – Sitzungsvorlage",
    blocks=[
        ("kv", [("Vorlage Nr.", "PVS/38/2026"), ("Referat/Amt:", "Referat 5 – Planen und Bauen, Amt für Stadtplanung und Verkehr"),
                ("Datum:", "08.09.2026"), ("Sitzungsart:", "öffentlich")], "grid"),
        ("tab", [["Gremium", "Sitzung", "Beratung"], ["Planungs- und Verkehrssenat", "22.09.2026", "Vorberatung"], ["Stadtrat", "05.10.2026", "Beschluss"]], [50, 25, 25]),
        ("h", "Beschlussvorlage", 13),
        ("p", "**" + t + "**"),
        ("p", "**I. Beschlussvorschlag**"),
        ("p", "1. Der Stadtrat stimmt der Vorplanung für die Radverkehrsachse im Abschnitt Würzburger Straße zwischen Schweinheimer Straße und Hauptbahnhof zu.\n2. Die Verwaltung wird beauftragt, die Entwurfsplanung zu erstellen und Fördermittel nach den Richtlinien des Freistaats zu beantragen."),
        ("p", "**II. Sachverhalt**"),
        ("p", "Der Radverkehrsplan 2024 weist die Verbindung Schweinheim – Innenstadt als Hauptachse aus. Im Abschnitt Würzburger Straße sind beidseitig 2,30 m breite geschützte Radfahrstreifen vorgesehen. 38 Längsparkplätze entfallen; 14 werden in Seitenstraßen neu geordnet. Die Kosten betragen nach Kostenschätzung 3,2 Mio. Euro, die Förderquote bis zu 80 Prozent."),
        ("p", "**III. Klimaprüfung**"),
        ("p", "Klimarelevanz: ja, positiv. Die Maßnahme fördert die Verlagerung von Autofahrten auf das Fahrrad."),
        ("p", "Aschaffenburg, 08.09.2026\nReferat 5\nDipl.-Ing. Wolfram Eisenhuth, berufsm. Stadtrat"),
    ])

t = "Bericht zur Wärmeplanung – Zwischenergebnisse der Bestands- und Potenzialanalyse"
add(file="s12_aschaffenburg_uvs-2026-21_bericht-waermeplanung.pdf", producer="chromium",
    layout="aschaffenburg_bericht_sidecol", city=AB, drucksache="UVS/21/2026", doc_type="Mitteilungsvorlage",
    doc_type_printed="Bericht", date="2026-09-11", title=t, public=True,
    department="Referat 3 – Umwelt, Ordnung und Soziales, Amt für Umwelt- und Verbraucherschutz",
    consultations=[C("Umwelt- und Verwaltungssenat", "2026-09-29", "Kenntnisnahme")],
    themes=["klima_umwelt", "stadtentwicklung"], themes_why="municipal heat planning, heat-network districts",
    notes="'Bericht' for the Senat → Mitteilungsvorlage (printed 'Bericht'); 'Beschlussvorschlag: Der Bericht wird zur Kenntnis genommen'. Info in a right side column. Stadtwerke Aschaffenburg mentioned (not the department).",
    css="table:nth-of-type(2) td:last-child{background:#e6e6e6;font-size:8.5pt;padding:6pt} table:nth-of-type(2) td:first-child{padding-right:14pt}",
    blocks=[
        ("lh", ["**STADT ASCHAFFENBURG**", "Sitzungsvorlage **UVS/21/2026**"], [60, 40]),
        ("hr",),
        ("lh", ["**Bericht**\nfür den Umwelt- und Verwaltungssenat\n\n**" + t + "**",
                "Referat 3 – Umwelt, Ordnung und Soziales, Amt für Umwelt- und Verbraucherschutz\n\nDatum: 11.09.2026\n\nSitzung: 29.09.2026\nöffentlich\nzur Kenntnisnahme"], [64, 36]),
        ("p", "**Beschlussvorschlag:** Der Bericht wird zur Kenntnis genommen."),
        ("p", "Die Stadt ist nach dem Wärmeplanungsgesetz verpflichtet, bis Mitte 2028 einen kommunalen Wärmeplan vorzulegen. Die Bestandsanalyse zeigt, dass 71 Prozent der Wärme in Gebäuden noch mit Erdgas erzeugt werden. In den Stadtteilen Nilkheim und Leider bestehen gute Voraussetzungen für ein Wärmenetz mit Abwärme aus dem Hafengebiet."),
        ("p", "Die Potenzialanalyse beziffert das Abwärmepotenzial auf rund 90 GWh im Jahr. Mit den Stadtwerken Aschaffenburg werden bis Frühjahr 2027 Eignungsgebiete abgegrenzt. Die Öffentlichkeit wird im Januar 2027 in zwei Veranstaltungen beteiligt."),
        ("p", "Dr. Sibylle Ortweiler\nberufsm. Stadträtin"),
    ])

t = "Barrierefreier Umbau der Haltestellen am Busbahnhof Obernau"
add(file="s13_aschaffenburg_antrag-csu-stadtratsfraktion_haltestellen-obernau.pdf", producer="reportlab",
    layout="aschaffenburg_fraktion_reportlab_antrag", city=AB, doc_type="Antrag", doc_type_printed="Antrag",
    date="2026-09-18", title=t, originator="CSU-Stadtratsfraktion Aschaffenburg",
    themes=["mobilitaet", "soziales"], themes_why="accessible bus stops",
    notes="Fraktion letter in ReportLab with a right sender block. No session named → no consultation. 'Art. 32 GO' no reference.",
    blocks=[
        ("lh", ["", "**CSU-Stadtratsfraktion Aschaffenburg**\nVorsitzender: Bernhard Zöllner\nDalbergstraße 15\n63739 Aschaffenburg"], [55, 45]),
        ("p", "Herrn Oberbürgermeister\nMatthias Reinwald\nRathaus\n63739 Aschaffenburg"),
        ("r", "Aschaffenburg, den 18. September 2026"),
        ("h", "Antrag", 14),
        ("p", "**" + t + "**"),
        ("p", "Sehr geehrter Herr Oberbürgermeister,"),
        ("p", "die CSU-Stadtratsfraktion beantragt: Die Verwaltung wird beauftragt, für die vier Bussteige am Busbahnhof Obernau eine Planung für den barrierefreien Ausbau mit Hochborden und Blindenleitsystem vorzulegen und die Maßnahme für das Förderprogramm des Freistaats anzumelden."),
        ("p", "Begründung: Der Busbahnhof Obernau ist Umsteigepunkt für vier Linien. Ältere Menschen und Eltern mit Kinderwagen können die Busse nur mit fremder Hilfe erreichen."),
        ("p", "Mit freundlichen Grüßen\nBernhard Zöllner, Fraktionsvorsitzender"),
    ])

add(file="s14_aschaffenburg_niederschrift-planungs-und-verkehrssenat.pdf", producer="libreoffice-html",
    layout="aschaffenburg_niederschrift_lohtml", city=AB, doc_type="Niederschrift", doc_type_printed="Niederschrift",
    date="2026-09-22", title="Sitzung des Planungs- und Verkehrssenats", public=True,
    references=["PVS/38/2026", "PVS/36/2026", "PVS/39/2026"],
    themes=["mobilitaet", "stadtentwicklung", "klima_umwelt"], themes_why="minutes: cycle route, development plan, trees",
    notes="Niederschrift (2 pages) of the Senat; title = session named. Beschluss-Nr. '312' lures; agenda Vorlagen as references. Next session 20.10.2026 no consultation.",
    blocks=[
        ("p", "**Stadt Aschaffenburg**"),
        ("h", "Niederschrift", 15),
        ("p", "über die öffentliche **Sitzung des Planungs- und Verkehrssenats**\nam Dienstag, 22.09.2026, 16:00 Uhr bis 18:35 Uhr, Sitzungssaal des Rathauses"),
        ("kv", [("Vorsitz:", "Bürgermeisterin Elke Brandstetter"), ("anwesend:", "12 Mitglieder, entschuldigt: 1"), ("Schriftführung:", "Verw.-Amtfrau Tanja Mühlhofer")], "plain"),
        ("p", "**TOP 1 – Radverkehrsachse Schweinheim – Innenstadt (Vorlage PVS/38/2026)**"),
        ("p", "Herr Eisenhuth erläutert die Vorplanung. Stadtrat Völker fragt nach dem Lieferverkehr in der Würzburger Straße; die Verwaltung sagt Ladezonen zu.\n**Beschluss Nr. 312:** Der Senat empfiehlt dem Stadtrat die Zustimmung. Abstimmung: 10 : 2."),
        ("p", "**TOP 2 – Bebauungsplan Nr. 14/07 „Am Nilkheimer Park“ – Aufstellungsbeschluss (Vorlage PVS/36/2026)**"),
        ("p", "Der Senat fasst den Aufstellungsbeschluss. **Beschluss Nr. 313**, einstimmig."),
        ("pb",),
        ("p", "**TOP 3 – Baumpflanzprogramm 2027 im Straßenraum (Vorlage PVS/39/2026)**"),
        ("p", "Die Verwaltung stellt 140 Standorte vor, davon 52 in Leider. Der Senat nimmt den Bericht zur Kenntnis."),
        ("p", "**TOP 4 – Verschiedenes**"),
        ("p", "Die nächste Sitzung findet am 20.10.2026 statt."),
        ("p", "Elke Brandstetter, Vorsitzende          Tanja Mühlhofer, Schriftführerin"),
    ])

t = "Radverkehrsachse Schweinheim – Innenstadt: Ergebnis der Anliegerversammlung und geänderter Beschlussvorschlag"
add(file="s15_aschaffenburg_pvs-2026-38-1_ergaenzungsvorlage-radachse.pdf", producer="chromium",
    layout="aschaffenburg_ergaenzung_chromium", city=AB, drucksache="PVS/38/2026-1", doc_type="Ergänzungsvorlage",
    doc_type_printed="Ergänzungsvorlage", date="2026-09-30", title=t, public=True,
    department="Referat 5 – Planen und Bauen",
    references=["PVS/38/2026"], consultations=[C("Stadtrat", "2026-10-05", "Beschluss")],
    themes=["mobilitaet", "wirtschaft"], themes_why="cycle route, shops' loading zones",
    notes="Ergänzungsvorlage PVS/38/2026-1 to PVS/38/2026 (reference). Beratung line in free text 'Stadtrat am 05.10.2026 – Beschluss'.",
    blocks=[
        ("lh", ["Stadt Aschaffenburg\nReferat 5 – Planen und Bauen", "Aschaffenburg, 30.09.2026"], [65, 35]),
        ("h", "Ergänzungsvorlage", 14),
        ("p", "Nr. **PVS/38/2026-1** zur Vorlage PVS/38/2026 · öffentlich"),
        ("p", "Beratung: Stadtrat am 05.10.2026 – Beschluss"),
        ("p", "**Betreff:** " + t),
        ("p", "Nach der Vorberatung im Planungs- und Verkehrssenat fand am 28.09.2026 eine Anliegerversammlung statt. Die Geschäftsleute der Würzburger Straße baten um zwei zusätzliche Ladezonen. Die Verwaltung schlägt vor, diese zeitlich begrenzt zwischen 6 und 11 Uhr einzurichten."),
        ("p", "**Geänderter Beschlussvorschlag:** Ziffer 1 wird ergänzt: „Im Abschnitt sind zwei Ladezonen mit zeitlicher Beschränkung vorzusehen.“"),
        ("p", "Dipl.-Ing. Wolfram Eisenhuth"),
    ])

# =============================================================== D  Landkreis Cuxhaven (NI)
CX = "Landkreis Cuxhaven"
t = "Fortschreibung des Nahverkehrsplans 2027–2031 für den Landkreis Cuxhaven"
add(file="s16_cuxhaven_2026-0519_beschlussvorlage-nahverkehrsplan.pdf", producer="ghostscript(chromium)",
    layout="cuxhaven_sessionnet_vorlage_gs", city=CX, drucksache="2026/0519", doc_type="Beschlussvorlage",
    doc_type_printed="Beschlussvorlage", date="2026-09-02", title=t, public=True,
    department="Amt 36 – Verkehr und ÖPNV",
    consultations=[C("Ausschuss für Verkehr, Wirtschaft und Tourismus", "2026-09-17", "Vorberatung"),
                   C("Kreisausschuss", "2026-09-30", "Vorberatung"), C("Kreistag", "2026-10-14", "Entscheidung")],
    klimacheck="neutral", klima_style="checkbox_line",
    themes=["mobilitaet", "finanzen"], themes_why="public transport plan, subsidy costs",
    notes="SessionNet-like: 'Vorlage 2026/0519' with Vorlagenart, Federführend, Datum; Beratungsfolge Gremium|Datum|Zuständigkeit. Klimawirkung line ☐ positiv ☒ keine ☐ negativ. Chromium → Ghostscript.",
    blocks=[
        ("lh", ["**Landkreis Cuxhaven**\nDer Landrat", "**Vorlage 2026/0519**"], [60, 40]),
        ("kv", [("Vorlagenart:", "Beschlussvorlage"), ("Federführend:", "Amt 36 – Verkehr und ÖPNV"), ("Datum:", "02.09.2026"), ("Öffentlichkeit:", "öffentlich")], "plain"),
        ("tab", [["Beratungsfolge", "Datum", "Zuständigkeit"],
                 ["Ausschuss für Verkehr, Wirtschaft und Tourismus", "17.09.2026", "Vorberatung"],
                 ["Kreisausschuss", "30.09.2026", "Vorberatung"], ["Kreistag", "14.10.2026", "Entscheidung"]], [55, 20, 25]),
        ("p", "**" + t + "**"),
        ("p", "**Beschlussvorschlag:** Der Kreistag beschließt die Fortschreibung des Nahverkehrsplans 2027–2031 in der Fassung der Anlage."),
        ("p", "**Sachverhalt:** Der Nahverkehrsplan legt Bedienungsstandards, Linienbündel und Investitionen fest. Neu sind ein Stundentakt auf den Achsen Otterndorf – Cuxhaven und Hemmoor – Hechthausen sowie ein flexibles Rufbus-Angebot in der Wesermünder Geest. Der Zuschussbedarf steigt ab 2028 um rund 2,1 Mio. Euro jährlich."),
        ("p", "**Auswirkungen auf das Klima:** ☐ positiv  ☒ keine  ☐ negativ"),
        ("p", "Klaus-Dieter Brünjes\nLandrat"),
    ])

t = "Zustand der Deichverteidigungswege und Hochwasserschutz an der Oste"
add(file="s17_cuxhaven_anfrage-gruppe-spd-gruene_deichverteidigung.pdf", producer="libreoffice-docx",
    layout="cuxhaven_gruppe_word_anfrage", city=CX, doc_type="Anfrage", doc_type_printed="Anfrage",
    date="2026-09-09", title=t, originator="Gruppe SPD/GRÜNE im Kreistag",
    consultations=[C("Ausschuss für Feuerwehr, Katastrophenschutz und Ordnung", "2026-09-24", None)],
    themes=["sicherheit_ordnung", "klima_umwelt"], themes_why="flood protection, dyke defence",
    notes="Anfrage of a Gruppe (NI: Gruppe of Fraktionen) with 'Anfrage gem. § 56 NKomVG' (no reference); asks for an answer in the committee session of 24.09.2026 → consultation role null.",
    head="Gruppe SPD/GRÜNE im Kreistag des Landkreises Cuxhaven",
    blocks=[
        ("lh", ["Landkreis Cuxhaven\nHerrn Landrat Klaus-Dieter Brünjes\nVincent-Lübeck-Straße 2\n27474 Cuxhaven", "Cuxhaven, 09.09.2026"], [62, 38]),
        ("h", "Anfrage gem. § 56 NKomVG", 13),
        ("p", "**Thema: " + t + "**"),
        ("p", "Sehr geehrter Herr Landrat,"),
        ("p", "die Gruppe SPD/GRÜNE im Kreistag bittet um Beantwortung folgender Fragen in der Sitzung des Ausschusses für Feuerwehr, Katastrophenschutz und Ordnung am 24.09.2026:"),
        ("p", "1. In welchem Zustand befinden sich die Deichverteidigungswege an der Oste zwischen Hemmoor und Osten?\n2. Welche Abschnitte sind bei Sturmflut für Einsatzfahrzeuge nicht befahrbar?\n3. Wann ist mit der Sanierung zu rechnen?"),
        ("p", "Mit freundlichen Grüßen\nHeike Rönnfeldt, Gruppensprecherin"),
    ])

add(file="s18_cuxhaven_antwort-landrat_deichverteidigung.pdf", producer="libreoffice-docx",
    layout="cuxhaven_landrat_letter_antwort", city=CX, doc_type="Antwort", doc_type_printed="Beantwortung",
    date="2026-09-21", title=t, department="Amt 38 – Brand- und Katastrophenschutz",
    consultations=[C("Ausschuss für Feuerwehr, Katastrophenschutz und Ordnung", "2026-09-24", "Kenntnisnahme")],
    themes=["sicherheit_ordnung", "klima_umwelt"], themes_why="answer: dyke defence roads, flood protection (the Anfrage's themes)",
    notes="DIN-like letter of the Landkreis headed 'Beantwortung der Anfrage' (→ Antwort); the Anfrage has no number → answers null. Contact column: 'Amt 38 – Brand- und Katastrophenschutz', 'Az.: 38.2-1310/26' (no reference), Datum. 'zur Kenntnisnahme im Ausschuss … am 24.09.2026'.",
    blocks=[
        ("lh", ["**Landkreis Cuxhaven**\nDer Landrat\n\nLandkreis Cuxhaven · Postfach 1 · 27470 Cuxhaven\n\nGruppe SPD/GRÜNE im Kreistag\nFrau Heike Rönnfeldt",
                "Amt 38 – Brand- und Katastrophenschutz\nAz.: 38.2-1310/26\nAuskunft: Herr Tjaden\nTel. 04721 66-2381\n\nDatum: 21.09.2026"], [58, 42]),
        ("sp",),
        ("p", "**Beantwortung der Anfrage vom 09.09.2026**\n**" + t + "**"),
        ("p", "zur Kenntnisnahme im Ausschuss für Feuerwehr, Katastrophenschutz und Ordnung am 24.09.2026"),
        ("p", "Sehr geehrte Frau Rönnfeldt,"),
        ("p", "zu 1.: Die Deichverteidigungswege an der Oste haben eine Länge von 38,4 km. Davon sind 11,2 km in schlechtem Zustand.\nzu 2.: Bei Sturmflut nicht befahrbar sind die Abschnitte Großenwörden und Basbeck-Nord.\nzu 3.: Der Deichverband plant die Sanierung in den Jahren 2027 und 2028. Der Landkreis beteiligt sich mit 25 Prozent an den Kosten von 4,6 Mio. Euro."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\nOle Tjaden"),
    ])

add(file="s19_cuxhaven_einladung-kreistag.pdf", producer="reportlab",
    layout="cuxhaven_einladung_reportlab", city=CX, doc_type="Einladung", doc_type_printed="Einladung",
    date="2026-09-29", title="Sitzung des Kreistages des Landkreises Cuxhaven", public=True,
    references=["2026/0519", "2026/0522", "2026/0530", "2026/0533"],
    themes=["mobilitaet", "finanzen", "bildung"], themes_why="agenda: transport plan, budget, schools",
    notes="Einladung with Tagesordnung Nr.|Gegenstand|Vorlage, split Ö / N parts ('Nichtöffentlicher Teil') → public true (session opens public). Title = the session named.",
    blocks=[
        ("p", "Landkreis Cuxhaven · Der Landrat · Vincent-Lübeck-Straße 2 · 27474 Cuxhaven"),
        ("p", "An die Mitglieder des Kreistages"),
        ("r", "Cuxhaven, 29.09.2026"),
        ("h", "Einladung", 14),
        ("p", "zur **Sitzung des Kreistages des Landkreises Cuxhaven** am Mittwoch, 14.10.2026, 15:00 Uhr, im Kreishaus, Großer Sitzungssaal"),
        ("p", "**Tagesordnung – Öffentlicher Teil**"),
        ("tab", [["Nr.", "Gegenstand", "Vorlage"],
                 ["1", "Eröffnung und Feststellung der ordnungsgemäßen Ladung", ""],
                 ["2", "Einwohnerfragestunde", ""],
                 ["3", "Fortschreibung des Nahverkehrsplans 2027–2031", "2026/0519"],
                 ["4", "Haushaltssatzung 2027 – Einbringung", "2026/0522"],
                 ["5", "Schulentwicklungsplan BBS Cuxhaven – Standortkonzept", "2026/0530"]], [8, 72, 20]),
        ("p", "**Nichtöffentlicher Teil**"),
        ("tab", [["Nr.", "Gegenstand", "Vorlage"], ["6", "Grundstücksangelegenheit in Otterndorf", "2026/0533"]], [8, 72, 20]),
        ("p", "Klaus-Dieter Brünjes, Landrat"),
    ])

# =============================================================== E  Regionalverband Ostwürttemberg (BW)
RO = "Regionalverband Ostwürttemberg"
t = "Teilfortschreibung Regionalplan – Vorranggebiete für Freiflächen-Photovoltaik: Anhörungsbeschluss"
add(file="s20_ostwuerttemberg_vv-14-2026_sitzungsvorlage-photovoltaik.pdf", producer="libreoffice-html",
    layout="ostwuerttemberg_sitzungsvorlage_lohtml", city=RO, drucksache="VV 14/2026", doc_type="Beschlussvorlage",
    doc_type_printed="Sitzungsvorlage", date="2026-09-16", title=t, public=True,
    consultations=[C("Planungsausschuss", "2026-10-01", "Vorberatung"), C("Verbandsversammlung", "2026-10-21", "Beschlussfassung")],
    themes=["klima_umwelt", "stadtentwicklung"], themes_why="regional plan for solar parks, land use",
    notes="'Sitzungsvorlage VV 14/2026' with a 'Beschlussantrag' → Beschlussvorlage (printed 'Sitzungsvorlage'). The Verband's administration is the Geschäftsstelle under the Verbandsdirektor: no unit printed → department null. Printed roles 'Vorberatung', 'Beschlussfassung' (→ Entscheidung).",
    blocks=[
        ("c", "REGIONALVERBAND OSTWÜRTTEMBERG"),
        ("c", "Körperschaft des öffentlichen Rechts · Bahnhofplatz 5 · 73525 Schwäbisch Gmünd"),
        ("hr",),
        ("kv", [("Sitzungsvorlage", "VV 14/2026"), ("Datum", "16.09.2026"), ("Öffentlich", "ja")], "plain"),
        ("tab", [["Gremium", "Termin", "Behandlung"], ["Planungsausschuss", "01.10.2026", "Vorberatung"], ["Verbandsversammlung", "21.10.2026", "Beschlussfassung"]], [45, 25, 30]),
        ("p", "**Tagesordnungspunkt:**"),
        ("p", "**" + t + "**"),
        ("p", "**Beschlussantrag:**"),
        ("p", "Die Verbandsversammlung beschließt den Entwurf der Teilfortschreibung und beauftragt die Verbandsverwaltung, die Beteiligung der Öffentlichkeit und der Träger öffentlicher Belange durchzuführen."),
        ("p", "**Sachdarstellung:**"),
        ("p", "Nach dem Klimaschutzgesetz des Landes sind in den Regionalplänen mindestens 0,2 Prozent der Regionsfläche für Freiflächen-Photovoltaik zu sichern. Der Entwurf sieht 31 Vorranggebiete mit zusammen 486 Hektar vor, vor allem entlang der Autobahn A 7 und der B 29 zwischen Aalen und Heidenheim. Landwirtschaftliche Vorrangflur wurde nur ausnahmsweise einbezogen."),
        ("p", "Dr. Ansgar Lienhard\nVerbandsdirektor"),
    ])

add(file="s21_ostwuerttemberg_schreiben-verbandsdirektor_umlage-2027.pdf", producer="chromium",
    layout="ostwuerttemberg_din_letter_schreiben", city=RO, doc_type="Schreiben",
    date="2026-09-25", title="Verbandsumlage 2027 – Vorankündigung", 
    themes=["finanzen", "verwaltung"], themes_why="levy on member districts",
    notes="DIN 5008 letter of the Verbandsdirektor to the Landkreise; no type word → doc_type_printed null. 'Unser Zeichen VD/2026-114' no reference; 'Haushaltsplan 2027' no reference. No unit printed → department null.",
    blocks=[
        ("lh", ["**Regionalverband Ostwürttemberg**\n\nRegionalverband Ostwürttemberg · Bahnhofplatz 5 · 73525 Schwäbisch Gmünd\n\nLandratsamt Ostalbkreis\nLandratsamt Heidenheim\n– Kämmereien –",
                "Ihr Zeichen:\nUnser Zeichen: VD/2026-114\nTelefon: 07171 92764-12\nDatum: 25.09.2026"], [62, 38]),
        ("sp",),
        ("p", "**Verbandsumlage 2027 – Vorankündigung**"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Entwurf des Haushaltsplans 2027 wird der Verbandsversammlung am 21.10.2026 vorgelegt. Nach derzeitigem Stand steigt die Verbandsumlage von 0,98 Euro auf 1,04 Euro je Einwohner. Ursache sind vor allem die Gutachten zur Teilfortschreibung Photovoltaik und Windenergie sowie Tarifsteigerungen."),
        ("p", "Für Ihre Haushaltsplanung ergeben sich voraussichtlich folgende Beträge: Ostalbkreis 328.400 Euro, Landkreis Heidenheim 137.900 Euro."),
        ("p", "Mit freundlichen Grüßen\n\nDr. Ansgar Lienhard\nVerbandsdirektor"),
    ])

add(file="s22_ostwuerttemberg_niederschrift-planungsausschuss.pdf", producer="libreoffice-docx",
    layout="ostwuerttemberg_niederschrift_word", city=RO, doc_type="Niederschrift", doc_type_printed="Niederschrift",
    date="2026-10-01", title="Sitzung des Planungsausschusses", public=True,
    references=["VV 14/2026", "PA 09/2026"],
    themes=["klima_umwelt", "stadtentwicklung"], themes_why="minutes: solar parks, regional plan",
    notes="Niederschrift of the Planungsausschuss; § numbering of items (no references); agenda Vorlagen 'VV 14/2026', 'PA 09/2026' as references.",
    head="Regionalverband Ostwürttemberg – Niederschrift Planungsausschuss 01.10.2026",
    blocks=[
        ("h", "Niederschrift", 14),
        ("p", "über die öffentliche **Sitzung des Planungsausschusses** am 01.10.2026 in Aalen, Landratsamt Ostalbkreis, Sitzungssaal 1\nBeginn: 14:00 Uhr · Ende: 16:10 Uhr"),
        ("p", "Vorsitz: Verbandsvorsitzender Landrat a. D. Gerold Schimmelpfeng\nAnwesend: 14 von 17 Mitgliedern\nProtokoll: Silke Hörmann"),
        ("p", "**§ 21 Teilfortschreibung Regionalplan – Vorranggebiete für Freiflächen-Photovoltaik (Vorlage VV 14/2026)**"),
        ("p", "Verbandsdirektor Dr. Lienhard stellt den Entwurf vor. Mehrere Mitglieder regen an, Flächen an Lärmschutzwällen stärker zu berücksichtigen. Der Ausschuss empfiehlt der Verbandsversammlung einstimmig, den Anhörungsbeschluss zu fassen."),
        ("p", "**§ 22 Stellungnahme zum Flächennutzungsplan der VVG Heubach (Vorlage PA 09/2026)**"),
        ("p", "Der Ausschuss stimmt der Stellungnahme der Verbandsverwaltung mit 12 Ja-Stimmen bei 2 Enthaltungen zu."),
        ("p", "**§ 23 Bekanntgaben und Anfragen** – keine."),
        ("p", "Gerold Schimmelpfeng, Vorsitzender     Silke Hörmann, Schriftführerin"),
    ])

t = "Prüfung von Vorranggebieten für Agri-Photovoltaik auf landwirtschaftlichen Flächen"
add(file="s23_ostwuerttemberg_antrag-fraktion-fw_agri-pv.pdf", producer="chromium",
    layout="ostwuerttemberg_fraktion_antrag_chromium", city=RO, doc_type="Antrag", doc_type_printed="Antrag",
    date="2026-10-08", title=t, originator="Fraktion der Freien Wähler in der Verbandsversammlung des Regionalverbands Ostwürttemberg",
    consultations=[C("Verbandsversammlung", "2026-10-21", None)],
    themes=["klima_umwelt", "wirtschaft"], themes_why="agri-PV, farming",
    notes="Fraktion Antrag for the Verbandsversammlung on 21.10.2026 ('zur Sitzung … am') → role null. Reference to 'Sitzungsvorlage VV 14/2026' in the body → reference.",
    references=["VV 14/2026"],
    blocks=[
        ("r", "Fraktion der Freien Wähler in der Verbandsversammlung\ndes Regionalverbands Ostwürttemberg\nc/o Rainer Ballmann, Lindenweg 4, 73479 Ellwangen"),
        ("p", "An den Verbandsvorsitzenden"),
        ("r", "Ellwangen, 08.10.2026"),
        ("h", "Antrag zur Sitzung der Verbandsversammlung am 21.10.2026", 12),
        ("p", "**" + t + "**"),
        ("p", "Die Verbandsversammlung möge beschließen: Die Verbandsverwaltung prüft im Verfahren zur Teilfortschreibung (Sitzungsvorlage VV 14/2026), ob zusätzlich Vorbehaltsgebiete für Agri-Photovoltaik ausgewiesen werden können, bei denen die landwirtschaftliche Nutzung erhalten bleibt."),
        ("p", "Begründung: Landwirtinnen und Landwirte der Region haben Interesse an Anlagen, die Ackerbau und Stromerzeugung verbinden. Dies schont die Vorrangflur."),
        ("p", "Rainer Ballmann, Fraktionsvorsitzender"),
    ])

# =============================================================== F  Landschaftsverband Westfalen-Lippe (NW)
LW = "Landschaftsverband Westfalen-Lippe"
t = "Neubau der Förderschule mit dem Förderschwerpunkt Sehen – Baubeschluss"
add(file="s24_lwl_vorlage-16-1342_baubeschluss-foerderschule.pdf", producer="chromium",
    layout="lwl_vorlage_grid", city=LW, drucksache="16/1342", doc_type="Beschlussvorlage",
    doc_type_printed="Vorlage", date="2026-09-03", title=t, public=True,
    department="LWL-Schul- und Internatsverwaltung",
    consultations=[C("Schulausschuss", "2026-09-21", "Vorberatung"), C("Bauausschuss", "2026-09-23", "Vorberatung"),
                   C("Landschaftsausschuss", "2026-10-09", "Beschluss")],
    klimacheck="positive", klima_style="grid_klima",
    themes=["bildung", "finanzen", "klima_umwelt"], themes_why="special needs school new build, cost, passive house",
    notes="'Vorlage 16/1342' with the Wahlperiode prefix; grid head with 'Federführung: LWL-Schul- und Internatsverwaltung' (the Landschaftsverband's Dezernat unit). 'Beschluss' roles as printed. Klima grid ☒ positiv.",
    blocks=[
        ("lh", ["**LWL**\nLandschaftsverband Westfalen-Lippe\nDer Direktor des Landschaftsverbandes", "öffentlich\n\n**Vorlage 16/1342**\nDatum: 03.09.2026"], [62, 38]),
        ("kv", [("Federführung", "LWL-Schul- und Internatsverwaltung"), ("Beteiligung", "LWL-Bau- und Liegenschaftsbetrieb"), ("Betreff", "**" + t + "**")], "grid"),
        ("tab", [["Beratungsfolge", "Sitzungstermin", "Art"], ["Schulausschuss", "21.09.2026", "Vorberatung"], ["Bauausschuss", "23.09.2026", "Vorberatung"], ["Landschaftsausschuss", "09.10.2026", "Beschluss"]], [50, 25, 25]),
        ("p", "**Beschlussvorschlag:**"),
        ("p", "Der Landschaftsausschuss beschließt den Neubau der Förderschule mit dem Förderschwerpunkt Sehen am bisherigen Standort. Die Gesamtkosten betragen 41,7 Mio. Euro. Der Bau- und Liegenschaftsbetrieb wird mit der Ausführung beauftragt."),
        ("p", "**Begründung:**"),
        ("p", "Das Bestandsgebäude aus dem Jahr 1968 ist nicht wirtschaftlich sanierbar. Der Neubau bietet Platz für 14 Klassen und ein Internat mit 36 Plätzen. Er wird im Passivhausstandard mit Photovoltaik auf allen Dachflächen errichtet."),
        ("tab", [["Klimarelevanz", "☒ positiv", "☐ negativ", "☐ neutral"]], [40, 20, 20, 20]),
        ("p", "Matthias Löwenkamp\nLWL-Direktor"),
    ])

t = "Ausbau der Eingliederungshilfe-Beratung in den Kreisen – Personalausstattung der Beratungsstellen"
add(file="s25_lwl_antrag-16-1360-fraktion-cdu_eingliederungshilfe.pdf", producer="libreoffice-html",
    layout="lwl_fraktion_antrag_lohtml", city=LW, drucksache="16/1360", doc_type="Antrag", doc_type_printed="Antrag",
    date="2026-09-14", title=t, public=True, originator="CDU-Fraktion in der Landschaftsversammlung",
    consultations=[C("Sozialausschuss", "2026-09-29", None)],
    themes=["soziales", "verwaltung"], themes_why="disability support counselling, staffing",
    notes="Fraktion Antrag with an assigned Vorlage number ('Antrag 16/1360'); Sozialausschuss session named without role.",
    blocks=[
        ("p", "**CDU-Fraktion in der Landschaftsversammlung Westfalen-Lippe**"),
        ("hr",),
        ("lh", ["An den Vorsitzenden des Sozialausschusses", "Antrag 16/1360\nöffentlich\n14.09.2026"], [60, 40]),
        ("p", "Sitzung des Sozialausschusses am 29.09.2026"),
        ("h", t, 12),
        ("p", "Der Sozialausschuss möge beschließen:"),
        ("p", "Die Verwaltung wird beauftragt, ein Konzept zur Verstärkung der Beratungsstellen für Leistungen der Eingliederungshilfe in den Kreisen vorzulegen. Dabei ist darzustellen, wie die Wartezeiten für Erstberatungen auf höchstens vier Wochen gesenkt werden können und welche Stellen dafür erforderlich sind."),
        ("p", "Begründung: Nach Berichten aus mehreren Kreisen warten Menschen mit Behinderungen bis zu drei Monate auf eine Erstberatung."),
        ("p", "Bernd Kötterheinrich, Fraktionsvorsitzender"),
    ])

t = "Denkmalgerechte Sanierung der Klosteranlage Gravenhorst – Kostensteigerungen"
add(file="s26_lwl_anfrage-fraktion-gruene_klosteranlage.pdf", producer="libreoffice-docx",
    layout="lwl_fraktion_word_anfrage", city=LW, doc_type="Anfrage", doc_type_printed="Anfrage",
    date="2026-09-16", title=t, originator="Fraktion BÜNDNIS 90/DIE GRÜNEN in der Landschaftsversammlung Westfalen-Lippe",
    themes=["kultur_sport", "finanzen"], themes_why="monument renovation, cost overrun",
    notes="Anfrage letter of a Fraktion (Word header carries the Fraktion), no number, no session date → no consultation.",
    head="Fraktion BÜNDNIS 90/DIE GRÜNEN in der Landschaftsversammlung Westfalen-Lippe",
    blocks=[
        ("lh", ["Landschaftsverband Westfalen-Lippe\nHerrn LWL-Direktor\nMatthias Löwenkamp", "16.09.2026"], [70, 30]),
        ("h", "Anfrage", 14),
        ("p", "**Betreff:** " + t),
        ("p", "Sehr geehrter Herr Löwenkamp,"),
        ("p", "Presseberichten zufolge steigen die Kosten der Sanierung der Klosteranlage Gravenhorst um mehr als 30 Prozent. Wir bitten um schriftliche Beantwortung folgender Fragen:"),
        ("p", "1. Wie hoch sind die aktuell prognostizierten Gesamtkosten?\n2. Welche Ursachen hat die Kostensteigerung?\n3. Verschiebt sich die Wiedereröffnung des Kunsthauses?"),
        ("p", "Mit freundlichen Grüßen\nDr. Anja Feldkötter und Martin Hüsing"),
    ])

add(file="s27_lwl_vorlage-16-1371_beantwortung-anfrage-klosteranlage.pdf", producer="reportlab",
    layout="lwl_beantwortung_reportlab", city=LW, drucksache="16/1371", doc_type="Antwort",
    doc_type_printed="Beantwortung einer Anfrage", date="2026-10-02", title=t, public=True,
    department="LWL-Kulturabteilung",
    consultations=[C("Kulturausschuss", "2026-10-15", "Kenntnisnahme")],
    themes=["kultur_sport", "finanzen"], themes_why="answer: monument renovation costs",
    notes="Answer printed as 'Vorlage 16/1371 – Beantwortung einer Anfrage'; the Anfrage has no number (its date is cited) → answers null. Department = 'LWL-Kulturabteilung'.",
    blocks=[
        ("lh", ["Landschaftsverband Westfalen-Lippe", "Vorlage 16/1371\nöffentlich"], [65, 35]),
        ("h", "Beantwortung einer Anfrage", 14),
        ("kv", [("Federführung:", "LWL-Kulturabteilung"), ("Datum:", "02.10.2026"),
                ("Betreff:", t), ("Anfrage:", "Fraktion BÜNDNIS 90/DIE GRÜNEN vom 16.09.2026"),
                ("Beratung:", "Kulturausschuss, 15.10.2026, zur Kenntnisnahme")], "plain"),
        ("p", "Zu 1.: Die Gesamtkosten werden derzeit auf 19,4 Mio. Euro geschätzt (Baubeschluss 2024: 14,8 Mio. Euro)."),
        ("p", "Zu 2.: Bei der Öffnung der Dachkonstruktion des Westflügels wurden umfangreiche Schäden durch Hausschwamm festgestellt. Zudem sind die Baupreise seit 2024 um rund 11 Prozent gestiegen."),
        ("p", "Zu 3.: Die Wiedereröffnung des Kunsthauses verschiebt sich voraussichtlich vom Frühjahr 2027 auf den Herbst 2027."),
        ("p", "In Vertretung\nDr. Christa Wellenbrock\nLWL-Kulturdezernentin"),
    ])

t = "Sachstandsbericht Digitalisierung der Leistungsverwaltung in der Eingliederungshilfe (E-Akte und Onlineantrag)"
add(file="s28_lwl_vorlage-16-1355_kenntnisnahme-digitalisierung.pdf", producer="ghostscript(chromium)",
    layout="lwl_kenntnisnahme_chromium_gs", city=LW, drucksache="16/1355", doc_type="Mitteilungsvorlage",
    doc_type_printed="Vorlage zur Kenntnisnahme", date="2026-09-10", title=t, public=True,
    department="LWL-Inklusionsamt Soziale Teilhabe",
    consultations=[C("Sozialausschuss", "2026-09-29", "Kenntnisnahme"), C("Ausschuss für Digitalisierung", "2026-10-06", "Kenntnisnahme")],
    themes=["digitalisierung", "soziales", "verwaltung"], themes_why="e-file and online application in social benefits administration",
    notes="Vorlage zur Kenntnisnahme with Beratungsfolge in free lines 'Gremium – Datum – Kenntnisnahme'. OZG mentioned (no reference). Chromium → Ghostscript.",
    blocks=[
        ("p", "Landschaftsverband Westfalen-Lippe · LWL-Inklusionsamt Soziale Teilhabe"),
        ("h", "Vorlage zur Kenntnisnahme", 13),
        ("p", "Vorlage-Nr.: **16/1355** · Datum: 10.09.2026 · öffentlich"),
        ("p", "**Beratungsfolge:**\nSozialausschuss – 29.09.2026 – Kenntnisnahme\nAusschuss für Digitalisierung – 06.10.2026 – Kenntnisnahme"),
        ("p", "**Betreff:**\n" + t),
        ("p", "Seit Januar 2026 werden alle neuen Fälle der Eingliederungshilfe vollständig in der elektronischen Akte geführt. Der Onlineantrag nach dem Onlinezugangsgesetz ist seit Mai 2026 freigeschaltet; bislang wurden 2.340 Anträge digital gestellt, das sind 27 Prozent aller Neuanträge."),
        ("p", "Im Jahr 2027 sollen die Altakten digitalisiert und eine Schnittstelle zu den Leistungserbringern geschaffen werden. Die Kosten sind im Haushalt veranschlagt."),
        ("p", "Matthias Löwenkamp"),
    ])

# =============================================================== G  Neubrandenburger Stadtwerke GmbH (MV)
NB = "Neubrandenburger Stadtwerke GmbH"
t = "Investitionsentscheidung Großwärmepumpe am Heizwerk Datzeberg"
add(file="s29_neubrandenburg-stadtwerke_ar-vorlage-14-2026_waermepumpe.pdf", producer="libreoffice-docx",
    layout="stadtwerke_aufsichtsrat_word_vorlage", city=NB, drucksache="14/2026", doc_type="Beschlussvorlage",
    doc_type_printed="Beschlussvorlage", date="2026-09-07", title=t, public=False,
    department="Geschäftsbereich Erzeugung und Netze",
    consultations=[C("Aufsichtsrat", "2026-09-24", "Beschlussfassung")],
    klimacheck="positive", klima_style="text_co2",
    themes=["klima_umwelt", "wirtschaft", "finanzen"], themes_why="large heat pump for district heating, utility investment",
    notes="Aufsichtsrat paper of a municipal utility: 'Vorlage für den Aufsichtsrat Nr. 14/2026', 'vertraulich' → public false. Department = the company's Geschäftsbereich. Klima effect printed as 'Klimawirkung: positiv (CO2-Minderung …)'.",
    head="Neubrandenburger Stadtwerke GmbH · Vertraulich – nur für Mitglieder des Aufsichtsrates",
    foot="Neubrandenburger Stadtwerke GmbH · Sitz Neubrandenburg · Amtsgericht Neubrandenburg HRB 1184",
    blocks=[
        ("h", "Vorlage für den Aufsichtsrat", 14),
        ("kv", [("Nr.:", "14/2026"), ("Art:", "Beschlussvorlage"), ("Sitzung:", "Aufsichtsrat am 24.09.2026 – Beschlussfassung"),
                ("Vertraulichkeit:", "vertraulich"), ("Vorgelegt von:", "Geschäftsführung"), ("Bearbeitung:", "Geschäftsbereich Erzeugung und Netze"),
                ("Datum:", "07.09.2026")], "ruled"),
        ("p", "**Gegenstand:** " + t),
        ("p", "**Beschlussvorschlag:** Der Aufsichtsrat stimmt der Investition in eine Großwärmepumpe mit 12 MW thermischer Leistung am Heizwerk Datzeberg mit einem Budget von 18,9 Mio. Euro zu. Die Geschäftsführung wird ermächtigt, die Förderung nach der Bundesförderung für effiziente Wärmenetze zu beantragen und die Aufträge zu vergeben."),
        ("p", "**Erläuterung:** Die Wärmepumpe nutzt Abwasser des Klärwerks als Wärmequelle und deckt künftig rund 28 Prozent des Fernwärmebedarfs. Bei einer Förderquote von 40 Prozent ergibt sich ein Eigenanteil von 11,3 Mio. Euro, der über Darlehen finanziert wird."),
        ("p", "Anlagen: Wirtschaftlichkeitsberechnung, Lageplan, Zeitplan"),
        ("pb",),
        ("p", "**Wirtschaftlichkeit:** Kapitalwert über 20 Jahre 4,2 Mio. Euro; Amortisation nach 13 Jahren. Risiken: Strompreisentwicklung, Bauzeitverzug, Förderbescheid."),
        ("p", "**Klimawirkung:** positiv (CO2-Minderung rund 21.000 t pro Jahr)"),
        ("p", "Neubrandenburg, 07.09.2026\nDie Geschäftsführung\nHolger Radtke        Dr. Ines Wiechmann"),
    ])

add(file="s30_neubrandenburg-stadtwerke_einladung-aufsichtsrat.pdf", producer="reportlab",
    layout="stadtwerke_einladung_reportlab", city=NB, doc_type="Einladung", doc_type_printed="Einladung",
    date="2026-09-09", title="43. Sitzung des Aufsichtsrates der Neubrandenburger Stadtwerke GmbH", public=False,
    references=["13/2026", "14/2026", "15/2026"],
    themes=["klima_umwelt", "wirtschaft", "finanzen"], themes_why="agenda: heat pump, business report, tariffs",
    notes="Einladung of the Aufsichtsratsvorsitzende, marked 'Vertraulich – nichtöffentliche Sitzung' → public false. Title = the session named. AR-Vorlagen as references.",
    rl_font="LiberationSerif",
    blocks=[
        ("p", "**Neubrandenburger Stadtwerke GmbH**\nDer Vorsitzende des Aufsichtsrates"),
        ("r", "Neubrandenburg, 09.09.2026"),
        ("p", "An die Mitglieder des Aufsichtsrates\nnachrichtlich: Geschäftsführung, Beteiligungsverwaltung der Stadt"),
        ("p", "**Vertraulich – nichtöffentliche Sitzung**"),
        ("h", "Einladung", 14),
        ("p", "zur **43. Sitzung des Aufsichtsrates der Neubrandenburger Stadtwerke GmbH** am Donnerstag, 24.09.2026, 16:00 Uhr, im Verwaltungsgebäude, Beratungsraum 3.12"),
        ("p", "**Tagesordnung**"),
        ("p", "1. Feststellung der Beschlussfähigkeit und Genehmigung des Protokolls der 42. Sitzung\n2. Bericht der Geschäftsführung zum 2. Quartal 2026 (Vorlage 13/2026)\n3. Investitionsentscheidung Großwärmepumpe am Heizwerk Datzeberg (Vorlage 14/2026)\n4. Anpassung der Fernwärmepreise zum 01.01.2027 (Vorlage 15/2026)\n5. Verschiedenes"),
        ("p", "Mit freundlichen Grüßen\nUwe Prellwitz\nVorsitzender des Aufsichtsrates"),
    ])

t = "Bericht der Geschäftsführung zum 2. Quartal 2026"
add(file="s31_neubrandenburg-stadtwerke_ar-vorlage-13-2026_quartalsbericht.pdf", producer="chromium",
    layout="stadtwerke_bericht_chromium", city=NB, drucksache="13/2026", doc_type="Mitteilungsvorlage",
    doc_type_printed="Informationsvorlage", date="2026-09-04", title=t, public=False,
    department="Kaufmännische Geschäftsführung",
    consultations=[C("Aufsichtsrat", "2026-09-24", "Kenntnisnahme")],
    themes=["wirtschaft", "finanzen"], themes_why="utility quarterly business report",
    notes="'Informationsvorlage AR 13/2026' → Mitteilungsvorlage; 'nicht öffentlich' → false. Revenue table. Bädergesellschaft mentioned.",
    blocks=[
        ("lh", ["**Neubrandenburger Stadtwerke GmbH**", "Informationsvorlage\nAR-Vorlage **13/2026**\nnicht öffentlich"], [60, 40]),
        ("hr",),
        ("kv", [("Vorlage an:", "Aufsichtsrat"), ("Sitzungstermin:", "24.09.2026"), ("Zweck:", "Kenntnisnahme"),
                ("Verfasser:", "Kaufmännische Geschäftsführung"), ("Datum:", "04.09.2026")], "plain"),
        ("h", t, 13),
        ("p", "Die Umsatzerlöse lagen im ersten Halbjahr 2026 mit 94,2 Mio. Euro um 3,1 Prozent unter Plan, vor allem wegen der milden Witterung. Das Ergebnis vor Steuern beträgt 6,8 Mio. Euro."),
        ("tab", [["Sparte", "Umsatz Plan", "Umsatz Ist", "Abweichung"], ["Strom", "41,0", "40,1", "–0,9"], ["Fernwärme", "29,6", "27,8", "–1,8"], ["Wasser/Abwasser", "18,4", "18,6", "+0,2"], ["Bäder", "8,2", "7,7", "–0,5"]], [34, 22, 22, 22]),
        ("p", "Angaben in Mio. Euro. Die Liquidität ist gesichert; der Kreditrahmen wurde nicht in Anspruch genommen."),
    ])

# =============================================================== H  Kommunaler Sozialverband Sachsen (SN)
KS = "Kommunaler Sozialverband Sachsen"
t = "Rahmenvertrag nach § 131 SGB IX – Zustimmung zur Vergütungsvereinbarung für besondere Wohnformen 2027"
add(file="s32_ksv-sachsen_vv-2026-011_beschlussvorlage-rahmenvertrag.pdf", producer="chromium",
    layout="ksv_beschlussvorlage_chromium", city=KS, drucksache="VV-2026/011", doc_type="Beschlussvorlage",
    doc_type_printed="Beschlussvorlage", date="2026-09-15", title=t, public=True,
    department="Abteilung Eingliederungshilfe",
    consultations=[C("Verbandsausschuss", "2026-10-01", "Vorberatung"), C("Verbandsversammlung", "2026-10-22", "Beschluss")],
    klimacheck="neutral", klima_style="text_keine_auswirkungen",
    themes=["soziales", "finanzen"], themes_why="care rates for disabled persons' housing, costs",
    notes="'Beschlussvorlage Nr. VV-2026/011'; 'Einreicher: Verbandsdirektorin' (no originator). Klima statement 'Klimarelevanz: keine' → neutral. § 131 SGB IX no reference.",
    blocks=[
        ("lh", ["**Kommunaler Sozialverband Sachsen**\nDie Verbandsdirektorin", "Beschlussvorlage\nNr. **VV-2026/011**"], [60, 40]),
        ("hr",),
        ("kv", [("Einreicher:", "Verbandsdirektorin"), ("Bearbeitung:", "Abteilung Eingliederungshilfe"), ("Datum:", "15.09.2026"), ("Status:", "öffentlich")], "plain"),
        ("tab", [["Gremium", "Datum", "Beratungsziel"], ["Verbandsausschuss", "01.10.2026", "Vorberatung"], ["Verbandsversammlung", "22.10.2026", "Beschluss"]], [45, 25, 30]),
        ("p", "**Gegenstand:**\n**" + t + "**"),
        ("p", "**Beschlussvorschlag:** Die Verbandsversammlung stimmt der mit den Verbänden der Leistungserbringer verhandelten Vergütungsvereinbarung für besondere Wohnformen ab dem 01.01.2027 zu."),
        ("p", "**Begründung:** Die Vergütungen steigen im Durchschnitt um 5,4 Prozent. Der Mehraufwand für den Verband beträgt rund 23 Mio. Euro im Jahr und wird über die Verbandsumlage der Landkreise und Kreisfreien Städte finanziert."),
        ("p", "Klimarelevanz: keine"),
        ("p", "Dr. Roswitha Degenkolb\nVerbandsdirektorin"),
    ])

t = "Entwicklung der Fallzahlen in der Hilfe zur Pflege 2023 bis 2026"
add(file="s33_ksv-sachsen_iv-2026-007_informationsvorlage-hilfe-zur-pflege.pdf", producer="libreoffice-html",
    layout="ksv_informationsvorlage_lohtml", city=KS, drucksache="IV-2026/007", doc_type="Mitteilungsvorlage",
    doc_type_printed="Informationsvorlage", date="2026-09-18", title=t, public=True,
    department="Abteilung Hilfe zur Pflege",
    consultations=[C("Verbandsausschuss", "2026-10-01", "Kenntnisnahme")],
    themes=["soziales", "finanzen"], themes_why="care assistance caseload, costs",
    notes="Informationsvorlage; table of case numbers by year (years no references).",
    blocks=[
        ("p", "Kommunaler Sozialverband Sachsen"),
        ("h", "Informationsvorlage IV-2026/007", 14),
        ("kv", [("Datum", "18.09.2026"), ("Verantwortlich", "Abteilung Hilfe zur Pflege"), ("Gremium", "Verbandsausschuss"), ("Sitzung", "01.10.2026"), ("Behandlung", "zur Kenntnisnahme"), ("Öffentlichkeit", "öffentlich")], "ruled"),
        ("p", "**Thema:** " + t),
        ("p", "Der Verbandsausschuss nimmt die Information zur Kenntnis."),
        ("tab", [["Jahr", "Leistungsberechtigte", "Aufwand (Mio. Euro)"], ["2023", "9.812", "212,4"], ["2024", "10.356", "236,9"], ["2025", "10.902", "261,0"], ["2026 (Prognose)", "11.470", "284,5"]], [30, 35, 35]),
        ("p", "Die Zahl der Leistungsberechtigten steigt jährlich um rund 5 Prozent. Ursache sind höhere Eigenanteile in Pflegeheimen, die viele Bewohnerinnen und Bewohner nicht mehr selbst tragen können."),
    ])

add(file="s34_ksv-sachsen_niederschrift-verbandsausschuss.pdf", producer="reportlab",
    layout="ksv_niederschrift_reportlab", city=KS, doc_type="Niederschrift", doc_type_printed="Niederschrift",
    date="2026-10-01", title="12. Sitzung des Verbandsausschusses", public=True,
    references=["VV-2026/011", "IV-2026/007", "VV-2026/012"],
    themes=["soziales", "finanzen"], themes_why="minutes: care rates, caseload, budget",
    notes="Niederschrift (2 pages) with Beschluss-Nr. 'VA-12/2026-03' lures; the Verbandsversammlung date in an item is not a consultation.",
    blocks=[
        ("p", "Kommunaler Sozialverband Sachsen"),
        ("h", "Niederschrift", 14),
        ("p", "über die **12. Sitzung des Verbandsausschusses** am 01.10.2026\nOrt: Geschäftsstelle, Beratungsraum 1 · Beginn 10:00 Uhr · Ende 12:20 Uhr\nSitzungsart: öffentlich"),
        ("p", "Anwesend: Verbandsvorsitzender Landrat Eckhard Pfützner (Vorsitz), 9 weitere Mitglieder; Verwaltung: Verbandsdirektorin Dr. Degenkolb, Abteilungsleitungen"),
        ("p", "**1. Rahmenvertrag nach § 131 SGB IX – Vergütungsvereinbarung 2027 (VV-2026/011)**"),
        ("p", "Die Verbandsdirektorin erläutert die Verhandlungsergebnisse. Nach Aussprache empfiehlt der Ausschuss der Verbandsversammlung am 22.10.2026 die Zustimmung.\nBeschluss-Nr. VA-12/2026-03 – Abstimmung: 9 Ja, 0 Nein, 1 Enthaltung"),
        ("p", "**2. Entwicklung der Fallzahlen in der Hilfe zur Pflege (IV-2026/007)**"),
        ("p", "Der Ausschuss nimmt die Information zur Kenntnis. Landrat Pfützner bittet, die Entwicklung in der Umlageplanung zu berücksichtigen."),
        ("pb",),
        ("p", "**3. Entwurf des Haushaltsplans 2027 – Vorberatung (VV-2026/012)**"),
        ("p", "Die Abteilung Finanzen stellt den Entwurf vor. Die Verbandsumlage steigt auf 7,9 Prozent. Der Ausschuss empfiehlt mehrheitlich die Zustimmung.\nBeschluss-Nr. VA-12/2026-04"),
        ("p", "**4. Informationen und Anfragen** – keine."),
        ("p", "Eckhard Pfützner, Vorsitzender          Kerstin Lämmel, Protokollführerin"),
    ])

t = "Rahmenvertrag nach § 131 SGB IX – Zustimmung zur Vergütungsvereinbarung für besondere Wohnformen 2027"
add(file="s35_ksv-sachsen_vv-2026-011-a_aenderungsvorlage-rahmenvertrag.pdf", producer="libreoffice-docx",
    layout="ksv_aenderungsvorlage_word", city=KS, drucksache="VV-2026/011-A", doc_type="Ergänzungsvorlage",
    doc_type_printed="Änderungsvorlage", date="2026-10-12", title=t, public=True,
    department="Abteilung Eingliederungshilfe",
    references=["VV-2026/011"], consultations=[C("Verbandsversammlung", "2026-10-22", "Beschluss")],
    themes=["soziales", "finanzen"], themes_why="amended care rates decision, costs",
    notes="'Änderungsvorlage' to VV-2026/011 → Ergänzungsvorlage (printed 'Änderungsvorlage'). Title repeats the original subject after 'Gegenstand:'.",
    head="Kommunaler Sozialverband Sachsen · Verbandsversammlung",
    blocks=[
        ("lh", ["**Änderungsvorlage**", "Nr. VV-2026/011-A\nzu Beschlussvorlage VV-2026/011"], [55, 45]),
        ("kv", [("Einreicher:", "Verbandsdirektorin"), ("Bearbeitung:", "Abteilung Eingliederungshilfe"), ("Datum:", "12.10.2026"), ("Öffentlichkeit:", "öffentlich"),
                ("Beratung:", "Verbandsversammlung, 22.10.2026, Beschluss")], "boldkeys"),
        ("p", "**Gegenstand:** " + t),
        ("p", "Nach der Vorberatung im Verbandsausschuss hat eine weitere Verhandlungsrunde am 08.10.2026 stattgefunden. Die Leistungserbringer haben einer Laufzeit von 24 statt 12 Monaten zugestimmt; die Steigerung für 2028 ist auf 3,0 Prozent begrenzt."),
        ("p", "**Geänderter Beschlussvorschlag:** Die Verbandsversammlung stimmt der Vergütungsvereinbarung für besondere Wohnformen für die Jahre 2027 und 2028 zu."),
        ("p", "Dr. Roswitha Degenkolb\nVerbandsdirektorin"),
    ])
