"""Papers z01–z35 of tests/fixtures/holdout14: Markt Indersdorf (BY), Amt Dänischer Wohld (SH),
Verbandsgemeinde Rennerod (RP), Zweckverband Verkehrsverbund Oberelbe (SN), Gemeinde Ostrach (BW),
Regionalverband Saarbrücken (SL), Landkreis Saalfeld-Rudolstadt (TH), Beirat Horn-Lehe (HB).

Invented content, names and numbers, in the layouts those councils' information systems and offices
print (SessionNet, ALLRIS, more!rubin, Somacos, SD.NET, in-house Word templates, ReportLab letters).
Block format: tools/holdout6/render.py (kv, h, p, pb, pi, right, table, box, ul, ol, space, pagebreak);
producer "chromium-raw" (tools/holdout9/make.py) takes its own HTML and CSS.
"""

C = lambda committee, date, role: {"committee": committee, "date": date, "role": role}

DOCS = []


def doc(**paper):
    """One paper: render keywords and its labels under "truth" (make.py fills the unlabelled keys)."""
    DOCS.append(paper)


# ------------------------------------------------------ Markt Indersdorf (BY; SessionNet print)
doc(file="z01_indersdorf_2026-0017_kinderhaus-glonnauen.pdf", producer="chromium", font="DejaVu Sans",
    size=9.5, layout="indersdorf_sessionnet_beschlussvorlage", city="Markt Indersdorf",
    css="table.grid th { background: #e4e4e4; } table.grid td { font-size: 9pt; }",
    running="Markt Indersdorf · Vorlagen-Nr. 2026/0017 · Seite 1 von 1",
    blocks=[
        ("h", "Markt Indersdorf", 14),
        ("table", None, [["Beschlussvorlage", "Vorlagen-Nr.:", "2026/0017"],
                         ["Geschäftsbereich:", "Bauamt", ""],
                         ["Sachbearbeiter/in:", "Gschwendtner, Lorenz", ""],
                         ["Datum:", "13.01.2026", "Status: öffentlich"]]),
        ("kv", [("Betreff:", "Neubau des Kinderhauses „Glonnauen“ mit zwei Krippen- und drei "
                             "Kindergartengruppen;\nVergabe der Rohbauarbeiten (Los 02)")], 0.16),
        ("table", ["Beratungsfolge", "Sitzungstermin", "Zuständigkeit"],
         [["Bau-, Umwelt- und Verkehrsausschuss", "27.01.2026", "Vorberatung"],
          ["Marktgemeinderat", "10.02.2026", "Entscheidung"]]),
        ("pb", "Sachverhalt:"),
        ("p", "Für den Neubau des Kinderhauses an der Glonnleite wurden die Rohbauarbeiten öffentlich nach VOB/A "
              "ausgeschrieben. Zum Submissionstermin am 08.01.2026 lagen sieben Angebote vor. Das wirtschaftlichste "
              "Angebot liegt mit 1.487.320,18 € brutto um 4,1 % unter der Kostenberechnung."),
        ("p", "Die Regierung von Oberbayern hat mit Bescheid vom 02.12.2025 eine Förderung nach Art. 10 BayFAG "
              "in Aussicht gestellt; mit der Vergabe wird der förderunschädliche Baubeginn im März 2026 erreicht."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Marktgemeinderat beschließt, die Rohbauarbeiten (Los 02) an den wirtschaftlichsten Bieter zum "
              "Angebotspreis von 1.487.320,18 € brutto zu vergeben."),
        ("pb", "Finanzielle Auswirkungen:"),
        ("p", "Haushaltsstelle 4640.9450, Ansatz 2026: 3.200.000 €"),
        ("pb", "Auswirkungen auf den Klimaschutz:"),
        ("p", "☐ positiv     ☐ negativ     ☒ keine wesentlichen Auswirkungen"),
        ("p", "Indersdorf, 13.01.2026\n\nFranziska Wimmer\nErste Bürgermeisterin"),
    ],
    truth=dict(drucksache="2026/0017", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2026-01-13",
               title="Neubau des Kinderhauses „Glonnauen“ mit zwei Krippen- und drei Kindergartengruppen; "
                     "Vergabe der Rohbauarbeiten (Los 02)",
               public=True, department="Bauamt",
               consultations=[C("Bau-, Umwelt- und Verkehrsausschuss", "2026-01-27", "Vorberatung"),
                              C("Marktgemeinderat", "2026-02-10", "Entscheidung")],
               klimacheck="neutral", klima_style="checkbox_line_positiv_negativ_keine",
               themes=["bildung", "finanzen"], themes_why="childcare building; contract award and funding",
               notes="Header grid: type word in the first cell, 'Vorlagen-Nr.:' and number in the next two cells; "
                     "'Geschäftsbereich:' row. Betreff wrapped over two lines (second line 'Vergabe …' after ';'). "
                     "Checkbox line ☒ keine wesentlichen Auswirkungen → neutral. 'Art. 10 BayFAG', "
                     "'Haushaltsstelle 4640.9450', 'Los 02' are no references."))

doc(file="z02_indersdorf_antrag-fw_ortsmitte.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10.5, layout="indersdorf_fraktion_antrag_word", city="Markt Indersdorf",
    head="FREIE WÄHLER Markt Indersdorf – Fraktion im Marktgemeinderat",
    blocks=[
        ("p", "Frau Erste Bürgermeisterin\nFranziska Wimmer\nMarkt Indersdorf\nMarktplatz 9\n85229 Markt Indersdorf"),
        ("right", "Markt Indersdorf, 19. Januar 2026"),
        ("h", "ANTRAG", 14),
        ("p", "auf Behandlung in der nächsten Sitzung des Marktgemeinderates"),
        ("kv", [("Thema:", "Verkehrsberuhigung der Ortsmitte – Einrichtung eines verkehrsberuhigten "
                           "Geschäftsbereichs (Tempo 20) in der Maroldstraße")], 0.14),
        ("p", "Sehr geehrte Frau Bürgermeisterin,"),
        ("p", "die Fraktion der FREIEN WÄHLER beantragt:"),
        ("ol", ["Die Verwaltung prüft mit dem Landratsamt die Anordnung eines verkehrsberuhigten "
                "Geschäftsbereichs mit Tempo 20 zwischen Marktplatz und Klosterstraße.",
                "Für den Abschnitt wird ein Konzept für Querungshilfen und Fahrradabstellanlagen erarbeitet.",
                "Das Ergebnis wird dem Bau-, Umwelt- und Verkehrsausschuss vorgestellt."]),
        ("pb", "Begründung:"),
        ("p", "In der Maroldstraße queren täglich viele Schülerinnen und Schüler. Die Geschäftsleute wünschen sich "
              "mehr Aufenthaltsqualität. Eine Zählung im Oktober ergab rund 6.800 Kfz am Tag."),
        ("p", "Für die Fraktion\n\nJohann Riedmaier          Sabine Kastl\nFraktionsvorsitzender          "
              "Marktgemeinderätin"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2026-01-19",
               title="Verkehrsberuhigung der Ortsmitte – Einrichtung eines verkehrsberuhigten Geschäftsbereichs "
                     "(Tempo 20) in der Maroldstraße",
               originator="FREIE WÄHLER Markt Indersdorf",
               themes=["mobilitaet", "stadtentwicklung"], themes_why="speed limit and town centre",
               notes="Fraktion only in the Word header ('… – Fraktion im Marktgemeinderat') and 'die Fraktion der "
                     "FREIEN WÄHLER' in the body; originator labelled as the header's name (doubtful: could also "
                     "be 'Fraktion der FREIEN WÄHLER'). 'nächsten Sitzung des Marktgemeinderates' has no date → no "
                     "consultation. 'Thema:' as title label."))

doc(file="z03_indersdorf_anfrage-mgr-hofer_breitband.pdf", producer="reportlab", font="DejaVu Serif",
    size=10, layout="indersdorf_anfrage_einzel_reportlab", city="Markt Indersdorf",
    blocks=[
        ("p", "Marktgemeinderat Thomas Hofer (ÖDP)\nWeberstraße 12\n85229 Markt Indersdorf"),
        ("right", "22.01.2026"),
        ("p", "An den Markt Indersdorf\n– Erste Bürgermeisterin –"),
        ("space",),
        ("h", "Anfrage gem. § 31 Abs. 2 GeschO", 12),
        ("pb", "Glasfaserausbau in den Ortsteilen Ried, Hirschbach und Niederroth:\nStand der Förderverfahren "
               "und Zeitplan"),
        ("p", "Sehr geehrte Frau Wimmer,"),
        ("p", "ich bitte um schriftliche Beantwortung der folgenden Fragen:"),
        ("ol", ["Wie viele Adressen in den genannten Ortsteilen sind bisher an das Glasfasernetz angeschlossen?",
                "Wann wird der zweite Bauabschnitt im Gigabit-Förderprogramm begonnen?",
                "Welche Kosten trägt der Markt für die Mitverlegung von Leerrohren?"]),
        ("p", "Mit freundlichen Grüßen\nThomas Hofer"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-01-22",
               title="Glasfaserausbau in den Ortsteilen Ried, Hirschbach und Niederroth: Stand der "
                     "Förderverfahren und Zeitplan",
               originator="Marktgemeinderat Thomas Hofer (ÖDP)",
               themes=["digitale_infrastruktur"], themes_why="fibre roll-out",
               notes="Einzelmitglied; title bold over two lines without label. '§ 31 Abs. 2 GeschO' no reference. "
                     "No number, no consultation."))

doc(file="z04_indersdorf_antwort-hofer_breitband.pdf", producer="chromium", font="Liberation Sans", size=10,
    layout="indersdorf_antwort_letter", city="Markt Indersdorf",
    blocks=[
        ("kv", [("Markt Indersdorf · Marktplatz 9 · 85229 Markt Indersdorf\n\nHerrn Marktgemeinderat\n"
                 "Thomas Hofer\nWeberstraße 12\n85229 Markt Indersdorf",
                 "MARKT INDERSDORF\nGeschäftsleitung / EDV\n\nIhr Zeichen: –\nUnser Zeichen: GL-0245/Hu\n"
                 "Ansprechpartner: Herr Huber\nTelefon 08136 9301-22\n\nDatum: 06.02.2026")], 0.6),
        ("space",),
        ("pb", "Beantwortung Ihrer Anfrage vom 22.01.2026\nGlasfaserausbau in den Ortsteilen Ried, Hirschbach "
               "und Niederroth"),
        ("p", "Sehr geehrter Herr Hofer,"),
        ("p", "Ihre Anfrage beantworte ich wie folgt:"),
        ("p", "1. Von 412 Adressen in den drei Ortsteilen sind 268 angeschlossen; weitere 61 sind beauftragt."),
        ("p", "2. Der zweite Bauabschnitt beginnt nach Vorliegen des Förderbescheids voraussichtlich im Mai 2026."),
        ("p", "3. Für die Mitverlegung von Leerrohren sind 2026 insgesamt 85.000 € veranschlagt."),
        ("p", "Eine Abschrift erhalten die Mitglieder des Marktgemeinderates."),
        ("p", "Mit freundlichen Grüßen\n\nFranziska Wimmer\nErste Bürgermeisterin"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Beantwortung", date="2026-02-06",
               title="Glasfaserausbau in den Ortsteilen Ried, Hirschbach und Niederroth",
               department="Geschäftsleitung / EDV",
               themes=["digitale_infrastruktur"], themes_why="fibre roll-out",
               notes="Letter with address field left and info column right (unit, 'Unser Zeichen: GL-0245/Hu', "
                     "phone, date). Subject block 'Beantwortung Ihrer Anfrage vom …' + title line; title = second "
                     "line (shorter than the Anfrage's). doc_type_printed 'Beantwortung' (doubtful; only in the "
                     "subject line). No number answered → answers null."))

doc(file="z05_indersdorf_einladung-mgr.pdf", producer="libreoffice-odt", font="Liberation Sans", size=10,
    layout="indersdorf_einladung_odt", city="Markt Indersdorf",
    head="Markt Indersdorf – Sitzungsdienst",
    blocks=[
        ("right", "Markt Indersdorf, 30.01.2026"),
        ("p", "An die Mitglieder\ndes Marktgemeinderates Markt Indersdorf"),
        ("h", "Einladung", 14),
        ("p", "Zur 41. Sitzung des Marktgemeinderates am Dienstag, 10.02.2026, 19:00 Uhr, im Sitzungssaal des "
              "Rathauses lade ich Sie hiermit ein."),
        ("pb", "Tagesordnung\nÖffentlicher Teil"),
        ("table", ["TOP", "Betreff", "Vorlage"],
         [["1", "Genehmigung der Niederschrift der Sitzung vom 13.01.2026", ""],
          ["2", "Neubau des Kinderhauses „Glonnauen“; Vergabe der Rohbauarbeiten (Los 02)", "2026/0017"],
          ["3", "Bebauungsplan Nr. 54 „Gewerbegebiet Kloster-Nord“; Billigungsbeschluss", "2026/0009"],
          ["4", "Haushaltssatzung und Haushaltsplan 2026", "2026/0021"],
          ["5", "Bekanntgaben, Wünsche und Anfragen", ""]]),
        ("pb", "Nichtöffentlicher Teil"),
        ("p", "6. Grundstücksangelegenheiten\n7. Personalangelegenheiten"),
        ("p", "Mit freundlichen Grüßen\n\nFranziska Wimmer\nErste Bürgermeisterin"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2026-01-30",
               title="41. Sitzung des Marktgemeinderates", public=None,
               references=["2026/0017", "2026/0009", "2026/0021"],
               themes=["finanzen", "stadtentwicklung", "bildung"], themes_why="budget, B-Plan, childcare",
               notes="Einladung with an öffentlicher and a nichtöffentlicher Teil → public null. Title = session "
                     "named after 'Zur' (date, place dropped; doubtful). Agenda Vorlage column → references. "
                     "'Bebauungsplan Nr. 54' no reference."))

# ------------------------------------------------- Amt Dänischer Wohld (SH; Allris-like print)
doc(file="z06_daenischer-wohld_aa-2026-004_schulverband.pdf", producer="chromium", font="Liberation Sans",
    size=10, layout="daenischerwohld_allris_vorlage", city="Amt Dänischer Wohld",
    css="table.grid th { background: #f0f0f0; } table.kv td:first-child { font-weight: bold; }",
    blocks=[
        ("kv", [("Amt Dänischer Wohld", "Vorlage"), ("Der Amtsvorsteher", "AA/2026/004"),
                ("", "öffentlich")], 0.62),
        ("space",),
        ("kv", [("Federführung:", "Fachbereich 2 - Schulen, Kitas und Soziales"),
                ("Bearbeitung:", "Jessen, Merle"),
                ("Datum:", "14.01.2026")], 0.2),
        ("pb", "Übernahme der Trägerschaft für die Offene Ganztagsschule an der Grundschule Lindau durch das "
               "Amt Dänischer Wohld"),
        ("table", ["Beratungsfolge", "Geplante Sitzungstermine", "Ö / N"],
         [["Schul-, Jugend- und Sozialausschuss (Vorberatung)", "03.02.2026", "Ö"],
          ["Amtsausschuss Dänischer Wohld (Entscheidung)", "24.02.2026", "Ö"]]),
        ("pb", "Sachverhalt"),
        ("p", "Die Offene Ganztagsschule an der Grundschule Lindau wird bislang von einem Förderverein getragen. "
              "Der Verein hat mitgeteilt, dass er die Trägerschaft zum Schuljahresende 2025/26 aufgibt. Mit dem "
              "Rechtsanspruch auf Ganztagsbetreuung ab dem 01.08.2026 ist eine verlässliche Trägerschaft nötig."),
        ("p", "Die Gemeinden Lindau und Neudorf-Bornstein haben ihr Einvernehmen erklärt. Das Personal (sechs "
              "Betreuungskräfte) soll übernommen werden. Der Zuschussbedarf wird über die Amtsumlage finanziert."),
        ("pb", "Beschlussvorschlag"),
        ("p", "Der Amtsausschuss beschließt, die Trägerschaft der Offenen Ganztagsschule an der Grundschule Lindau "
              "zum 01.08.2026 zu übernehmen und den Amtsvorsteher zu ermächtigen, die erforderlichen Verträge "
              "abzuschließen."),
        ("pb", "Finanzielle Auswirkungen"),
        ("p", "Mehraufwand jährlich rund 148.000 €, davon Landesförderung nach der Ganztags-Richtlinie rund "
              "62.000 €. Produktsachkonto 21101.531800."),
        ("p", "Klimarelevanz: Der Beschluss hat keine Auswirkungen auf den Klimaschutz."),
        ("p", "gez. Pohlmann\nAmtsvorsteher"),
    ],
    truth=dict(drucksache="AA/2026/004", doc_type="Beschlussvorlage", doc_type_printed="Vorlage",
               date="2026-01-14",
               title="Übernahme der Trägerschaft für die Offene Ganztagsschule an der Grundschule Lindau durch das "
                     "Amt Dänischer Wohld",
               public=True, department="Fachbereich 2 - Schulen, Kitas und Soziales",
               consultations=[C("Schul-, Jugend- und Sozialausschuss", "2026-02-03", "Vorberatung"),
                              C("Amtsausschuss Dänischer Wohld", "2026-02-24", "Entscheidung")],
               klimacheck="neutral", klima_style="sentence_keine",
               themes=["bildung", "soziales"], themes_why="all-day school, childcare staff",
               notes="Right column: type word 'Vorlage' over the unlabelled number over 'öffentlich'. Title bold, "
                     "unlabelled, wrapped over two lines. Roles in brackets after the committee. "
                     "'Produktsachkonto 21101.531800', 'Schuljahresende 2025/26' no references."))

doc(file="z07_daenischer-wohld_mv-2026-002_amtsumlage.pdf", producer="libreoffice-docx", font="Liberation Serif",
    size=11, layout="daenischerwohld_mitteilungsvorlage_word", city="Amt Dänischer Wohld",
    head="Amt Dänischer Wohld · Mitteilungsvorlage MV/2026/002",
    running="Amt Dänischer Wohld – Fachbereich 1 Finanzen – Seite {page}",
    blocks=[
        ("kv", [("Mitteilungsvorlage", "MV/2026/002"), ("Fachbereich", "Fachbereich 1 - Finanzen"),
                ("erstellt am", "20.01.2026"), ("Öffentlichkeitsstatus", "öffentlich")]),
        ("space",),
        ("kv", [("Gegenstand", "Jahresabschluss 2024 des Amtes und Entwicklung der Amtsumlage 2026")]),
        ("kv", [("Gremium", "Amtsausschuss Dänischer Wohld"), ("Sitzung am", "24.02.2026"),
                ("Art", "zur Kenntnisnahme")]),
        ("pb", "Mitteilung:"),
        ("p", "Der Jahresabschluss 2024 schließt mit einem Jahresüberschuss von 214.380,55 € ab. Das Ergebnis ist "
              "vor allem auf nicht besetzte Stellen im Fachbereich 3 und höhere Erstattungen der Gemeinden "
              "zurückzuführen."),
        ("p", "Die Amtsumlage 2026 beträgt unverändert 17,5 v. H. der Umlagegrundlagen. Die Umlagegrundlagen "
              "steigen um 3,8 %, sodass sich für die Gemeinden ein Umlagevolumen von 6,92 Mio. € ergibt."),
        ("table", ["Gemeinde", "Umlage 2025", "Umlage 2026"],
         [["Gettorf", "2.411.000 €", "2.502.600 €"], ["Lindau", "512.300 €", "531.800 €"],
          ["Neudorf-Bornstein", "301.700 €", "313.200 €"], ["übrige Gemeinden", "3.441.900 €", "3.572.400 €"]]),
        ("p", "Im Auftrag\nKarsten Behrens"),
    ],
    truth=dict(drucksache="MV/2026/002", doc_type="Mitteilungsvorlage", doc_type_printed="Mitteilungsvorlage",
               date="2026-01-20",
               title="Jahresabschluss 2024 des Amtes und Entwicklung der Amtsumlage 2026",
               public=True, department="Fachbereich 1 - Finanzen",
               consultations=[C("Amtsausschuss Dänischer Wohld", "2026-02-24", "Kenntnisnahme")],
               themes=["finanzen"], themes_why="annual accounts and levy",
               notes="Key lists without colons (more!rubin-like): type word as key with the number as value, "
                     "'Fachbereich', 'erstellt am', 'Öffentlichkeitsstatus', 'Gegenstand'. Consultation as three "
                     "key rows Gremium / Sitzung am / Art. Word header repeats the number; running footer."))

doc(file="z08_daenischer-wohld_niederschrift-amtsausschuss.pdf", producer="ghostscript", base="libreoffice-docx",
    font="DejaVu Sans", size=9.5, layout="daenischerwohld_niederschrift_docx_gs", city="Amt Dänischer Wohld",
    pages=2, head="Amt Dänischer Wohld – Niederschrift Amtsausschuss vom 24.02.2026",
    running="Seite {page}",
    blocks=[
        ("h", "Niederschrift", 14),
        ("p", "über die 12. Sitzung des Amtsausschusses des Amtes Dänischer Wohld am Dienstag, dem 24.02.2026, "
              "im Bürgerhaus Gettorf"),
        ("kv", [("Beginn:", "19:00 Uhr"), ("Ende:", "21:10 Uhr"), ("Sitzungsart:", "öffentlich / nichtöffentlich")]),
        ("pb", "Anwesend:"),
        ("p", "Amtsvorsteher Jens Pohlmann (Vorsitz), 21 stimmberechtigte Mitglieder (Liste als Anlage)\n"
              "Verwaltung: LVB Dr. Anke Sievers, Herr Behrens, Frau Jessen (Protokoll)"),
        ("pb", "Tagesordnung:"),
        ("p", "Öffentlicher Teil\n1. Eröffnung, Feststellung der Beschlussfähigkeit\n2. Einwohnerfragestunde\n"
              "3. Übernahme der Trägerschaft für die Offene Ganztagsschule Lindau – AA/2026/004\n"
              "4. Jahresabschluss 2024 und Amtsumlage 2026 – MV/2026/002\n5. Verschiedenes\n"
              "Nichtöffentlicher Teil\n6. Personalangelegenheiten"),
        ("pb", "zu TOP 1"),
        ("p", "Der Amtsvorsteher eröffnet die Sitzung, stellt die ordnungsgemäße Ladung und die Beschlussfähigkeit "
              "fest. Einwände gegen die Tagesordnung werden nicht erhoben."),
        ("pb", "zu TOP 2"),
        ("p", "Eine Einwohnerin aus Tüttendorf fragt nach dem Schülerverkehr zur Grundschule Lindau. Herr Behrens "
              "sagt eine schriftliche Antwort zu."),
        ("pb", "zu TOP 3 – Vorlage AA/2026/004"),
        ("p", "Frau Jessen erläutert die Vorlage. Der Schul-, Jugend- und Sozialausschuss hat am 03.02.2026 "
              "einstimmig empfohlen, die Trägerschaft zu übernehmen. Herr Lorenzen (Gemeinde Schinkel) fragt nach "
              "den Elternbeiträgen; diese bleiben 2026/27 unverändert."),
        ("p", "Beschluss: Der Amtsausschuss beschließt die Übernahme der Trägerschaft gemäß Vorlage.\n"
              "Abstimmungsergebnis: 21 Ja, 0 Nein, 1 Enthaltung"),
        ("pagebreak",),
        ("pb", "zu TOP 4 – Mitteilungsvorlage MV/2026/002"),
        ("p", "Die Mitteilung wird zur Kenntnis genommen. Herr Behrens weist darauf hin, dass der Jahresabschluss "
              "2024 dem Rechnungsprüfungsausschuss am 17.03.2026 vorgelegt wird."),
        ("pb", "zu TOP 5"),
        ("p", "Die nächste Sitzung des Amtsausschusses ist für den 12.05.2026 vorgesehen."),
        ("p", "Der Amtsvorsteher schließt den öffentlichen Teil um 20:40 Uhr."),
        ("p", "Jens Pohlmann                                   Merle Jessen\nAmtsvorsteher"
              "                                    Protokollführerin"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Niederschrift", date="2026-02-24",
               title="12. Sitzung des Amtsausschusses des Amtes Dänischer Wohld", public=None,
               references=["AA/2026/004", "MV/2026/002"],
               themes=["bildung", "finanzen"], themes_why="all-day school; annual accounts",
               notes="'Niederschrift' heading, the session in the following 'über die …' line (title = session "
                     "named, date and place dropped). 'Sitzungsart: öffentlich / nichtöffentlich' → public null. "
                     "Re-distilled by Ghostscript. Next session and the Rechnungsprüfungsausschuss date are lures."))

doc(file="z09_daenischer-wohld_schreiben-gemeinden_feuerwehrbedarf.pdf", producer="reportlab",
    font="Liberation Sans", size=10, layout="daenischerwohld_schreiben_reportlab", city="Amt Dänischer Wohld",
    blocks=[
        ("kv", [("Amt Dänischer Wohld · Parkallee 21 · 24214 Gettorf",
                 "Amt Dänischer Wohld\nDer Amtsvorsteher\nFachbereich 3 - Ordnung und Brandschutz")], 0.58),
        ("space",),
        ("kv", [("An die Bürgermeisterinnen und Bürgermeister\nder amtsangehörigen Gemeinden\n– per E-Mail –",
                 "Auskunft erteilt: Herr Thode\nZimmer 14\nTel.: 04346 3699-140\nAktenzeichen: 130.20-Th\n\n"
                 "Gettorf, 27.01.2026")], 0.58),
        ("space",),
        ("pb", "Fortschreibung der Feuerwehrbedarfsplanung 2026 – 2030\nBitte um Zuarbeit bis 31.03.2026"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "nach § 2 des Brandschutzgesetzes sind die Feuerwehrbedarfspläne regelmäßig fortzuschreiben. Das Amt "
              "koordiniert die Fortschreibung für alle Wehren im Amtsgebiet. Wir bitten Sie, uns bis zum 31.03.2026 "
              "folgende Angaben zu übermitteln:"),
        ("ul", ["geplante Ersatzbeschaffungen von Fahrzeugen bis 2030,",
                "den Zustand der Gerätehäuser (Baujahr, Stellplätze, Umkleiden),",
                "die Zahl der aktiven Mitglieder und der Tagesalarmstärke."]),
        ("p", "Die Ergebnisse werden im Amtsausschuss am 12.05.2026 vorgestellt."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nThode"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2026-01-27",
               title="Fortschreibung der Feuerwehrbedarfsplanung 2026 – 2030 Bitte um Zuarbeit bis 31.03.2026",
               department="Fachbereich 3 - Ordnung und Brandschutz",
               themes=["sicherheit_ordnung"], themes_why="fire brigade planning",
               notes="Letter to the member Gemeinden without a type word. Subject in two bold lines; title joins "
                     "both (doubtful: the second line is a request, one may take only the first). 'Aktenzeichen: "
                     "130.20-Th', phone, postcode are letterhead. The Amtsausschuss date is a body sentence, "
                     "no consultation."))

# -------------------------------------------- Verbandsgemeinde Rennerod (RP; Somacos-like print)
doc(file="z10_rennerod_bv-0112-2026_fnp-wind.pdf", producer="libreoffice-html", font="Liberation Sans",
    size=10, layout="rennerod_somacos_beschlussvorlage_html", city="Verbandsgemeinde Rennerod",
    blocks=[
        ("table", None, [["Verbandsgemeinde Rennerod", "Beschlussvorlage Nr. 0112/2026"],
                         ["Fachbereich 3 – Bauen und Umwelt", "Datum: 21.01.2026"],
                         ["Aktenzeichen: 621-13/FNP", "öffentliche Sitzung"]]),
        ("space",),
        ("kv", [("Beratungsgegenstand:", "Teilfortschreibung des Flächennutzungsplanes „Windenergie“\n"
                                         "hier: Beschluss über die Offenlage nach § 3 Abs. 2 BauGB")], 0.24),
        ("p", "Beratung im Bau- und Umweltausschuss am 04.02.2026 (Vorberatung) und im Verbandsgemeinderat am "
              "19.02.2026 (Beschluss)."),
        ("pb", "Sachverhalt:"),
        ("p", "Der Verbandsgemeinderat hat am 12.06.2025 die Teilfortschreibung des Flächennutzungsplanes zur "
              "Steuerung der Windenergie beschlossen. In der frühzeitigen Beteiligung gingen 46 Stellungnahmen ein, "
              "darunter von den Ortsgemeinden Irmtraut, Hellenhahn-Schellenberg und Liebenscheid. Der Entwurf weist "
              "vier Konzentrationsflächen mit zusammen 318 ha aus; das entspricht 2,1 % der Fläche der "
              "Verbandsgemeinde."),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Der Verbandsgemeinderat billigt den Entwurf der Teilfortschreibung in der Fassung vom 15.01.2026 und "
              "beschließt die Offenlage nach § 3 Abs. 2 und § 4 Abs. 2 BauGB."),
        ("pb", "Klimaschutzprüfung:"),
        ("table", None, [["Auswirkungen auf den Klimaschutz", "☒ positiv", "☐ negativ", "☐ neutral"],
                         ["Erläuterung", "Ausweisung von Flächen für erneuerbare Energien", "", ""]]),
        ("p", "Rennerod, 21.01.2026\nHarald Kempf\nBürgermeister"),
    ],
    truth=dict(drucksache="0112/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2026-01-21",
               title="Teilfortschreibung des Flächennutzungsplanes „Windenergie“ hier: Beschluss über die "
                     "Offenlage nach § 3 Abs. 2 BauGB",
               public=True, department="Fachbereich 3 – Bauen und Umwelt",
               consultations=[C("Bau- und Umweltausschuss", "2026-02-04", "Vorberatung"),
                              C("Verbandsgemeinderat", "2026-02-19", "Entscheidung")],
               klimacheck="positive", klima_style="table_positiv_negativ_neutral",
               themes=["klima_umwelt", "stadtentwicklung"], themes_why="wind energy zoning",
               notes="Number in the header grid as 'Beschlussvorlage Nr. 0112/2026' (drucksache labelled without "
                     "'Nr.'). 'Aktenzeichen: 621-13/FNP' no reference. Title with a 'hier:' line. Beratungsfolge as "
                     "one sentence with roles in brackets ('Beschluss' → Entscheidung). '§ 3 Abs. 2 BauGB' no "
                     "reference."))

doc(file="z11_rennerod_bv-0118-2026_grundschule-dach.pdf", producer="reportlab", font="DejaVu Sans", size=9.5,
    layout="rennerod_beschlussvorlage_reportlab_2p", city="Verbandsgemeinde Rennerod", pages=2,
    running="Beschlussvorlage Nr. 0118/2026 der Verbandsgemeinde Rennerod – Seite {page}",
    blocks=[
        ("kv", [("VERBANDSGEMEINDEVERWALTUNG RENNEROD\nFachbereich 2 – Schulen und Liegenschaften",
                 "Vorlage Nr. 0118/2026\nRennerod, 28.01.2026")], 0.62),
        ("space",),
        ("h", "Beschlussvorlage", 13),
        ("pb", "Sanierung der Dachflächen und Einbau einer Photovoltaikanlage an der Grundschule Rennerod –\n"
               "Annahme einer Zuwendung und Auftragsvergabe"),
        ("table", ["Gremium", "Sitzung", "Status", "Zuständigkeit"],
         [["Haupt- und Finanzausschuss", "11.02.2026", "nicht öffentlich", "Vorberatung"],
          ["Verbandsgemeinderat", "19.02.2026", "öffentlich", "Entscheidung"]], [0.38, 0.16, 0.2, 0.26]),
        ("pb", "1. Sachverhalt"),
        ("p", "Die Dachflächen der Grundschule Rennerod (Baujahr 1971) sind undicht; 2025 kam es zu drei "
              "Wasserschäden. Die Sanierung soll mit dem Einbau einer Photovoltaikanlage mit 96 kWp verbunden "
              "werden. Das Land hat aus dem Kommunalen Investitionsprogramm Klimaschutz und Innovation (KIPKI) "
              "eine Zuwendung von 212.000 € bewilligt (Bescheid vom 09.01.2026)."),
        ("p", "Die Arbeiten wurden beschränkt ausgeschrieben. Vier Angebote gingen ein. Das wirtschaftlichste "
              "Angebot beläuft sich auf 486.214,30 € brutto."),
        ("pagebreak",),
        ("pb", "2. Finanzierung"),
        ("p", "Investitionsnummer 2110.0007; Ansatz 2026: 520.000 €; Zuwendung KIPKI 212.000 €; Eigenanteil über "
              "die Verbandsgemeindeumlage."),
        ("pb", "3. Auswirkungen auf das Klima"),
        ("p", "Die Maßnahme senkt den Energiebedarf der Schule und erzeugt rund 90.000 kWh Strom im Jahr. Die "
              "Auswirkungen auf den Klimaschutz sind positiv."),
        ("pb", "4. Beschlussvorschlag"),
        ("p", "Der Verbandsgemeinderat nimmt die Zuwendung an und vergibt die Dachsanierung mit Photovoltaikanlage "
              "an den wirtschaftlichsten Bieter zum Angebotspreis von 486.214,30 €."),
        ("p", "Harald Kempf, Bürgermeister"),
    ],
    truth=dict(drucksache="0118/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2026-01-28",
               title="Sanierung der Dachflächen und Einbau einer Photovoltaikanlage an der Grundschule Rennerod – "
                     "Annahme einer Zuwendung und Auftragsvergabe",
               department="Fachbereich 2 – Schulen und Liegenschaften",
               consultations=[C("Haupt- und Finanzausschuss", "2026-02-11", "Vorberatung"),
                              C("Verbandsgemeinderat", "2026-02-19", "Entscheidung")],
               klimacheck="positive", klima_style="sentence_positiv",
               themes=["bildung", "klima_umwelt", "finanzen"], themes_why="school roof, PV, grant",
               notes="'Vorlage Nr.' in the right header column, type word as a heading below. Two pages with a "
                     "running footer repeating the number. Beratungsfolge Gremium/Sitzung/Status/Zuständigkeit "
                     "with mixed ö/nö → public null. Title over two bold lines joined at the dash. "
                     "'Investitionsnummer 2110.0007' no reference."))

doc(file="z12_rennerod_ergaenzung-0112-2026-1_fnp-wind.pdf", producer="chromium", font="Liberation Serif",
    size=11, layout="rennerod_ergaenzungsvorlage_chromium", city="Verbandsgemeinde Rennerod",
    blocks=[
        ("p", "Verbandsgemeinde Rennerod\nDer Bürgermeister\nFachbereich 3 – Bauen und Umwelt"),
        ("right", "Sitzungsvorlage Nr. 0112/2026/1\nDatum: 12.02.2026"),
        ("h", "Ergänzungsvorlage", 14),
        ("kv", [("zur Vorlage:", "0112/2026"),
                ("Betreff:", "Teilfortschreibung des Flächennutzungsplanes „Windenergie“ – Ergänzung der "
                             "Konzentrationsfläche K 3 „Hohe Wurzel“")], 0.18),
        ("kv", [("Beratung:", "Verbandsgemeinderat, 19.02.2026, öffentlich")], 0.18),
        ("pb", "Erläuterung"),
        ("p", "Im Bau- und Umweltausschuss am 04.02.2026 wurde angeregt, die Abgrenzung der Konzentrationsfläche K 3 "
              "an die Stellungnahme der Ortsgemeinde Irmtraut anzupassen. Die Fläche wird im Osten um 14 ha "
              "verkleinert, damit der Abstand zum Ortsrand 1.100 m beträgt. Die Flächenbilanz sinkt auf 304 ha "
              "(2,0 %)."),
        ("pb", "Geänderter Beschlussvorschlag"),
        ("p", "Der Verbandsgemeinderat billigt den Entwurf der Teilfortschreibung mit der geänderten Abgrenzung der "
              "Konzentrationsfläche K 3 (Planstand 10.02.2026) und beschließt die Offenlage."),
        ("p", "Harald Kempf\nBürgermeister"),
    ],
    truth=dict(drucksache="0112/2026/1", doc_type="Ergänzungsvorlage", doc_type_printed="Ergänzungsvorlage",
               date="2026-02-12",
               title="Teilfortschreibung des Flächennutzungsplanes „Windenergie“ – Ergänzung der "
                     "Konzentrationsfläche K 3 „Hohe Wurzel“",
               public=True, department="Fachbereich 3 – Bauen und Umwelt", references=["0112/2026"],
               consultations=[C("Verbandsgemeinderat", "2026-02-19", None)],
               themes=["klima_umwelt", "stadtentwicklung"], themes_why="wind energy zoning",
               notes="Own number right-aligned as 'Sitzungsvorlage Nr. 0112/2026/1', type heading "
                     "'Ergänzungsvorlage'; 'zur Vorlage: 0112/2026' → references (an Ergänzung does not answer). "
                     "'Beratung: Verbandsgemeinderat, date, öffentlich' → consultation without role, public true. "
                     "The committee session of 04.02.2026 in the body is a lure. 'K 3' no reference."))

doc(file="z13_rennerod_og-irmtraut_stellungnahme-fnp.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10.5, layout="rennerod_ortsgemeinde_stellungnahme_word", city="Verbandsgemeinde Rennerod",
    head="Ortsgemeinde Irmtraut · Der Ortsbürgermeister",
    blocks=[
        ("p", "Verbandsgemeindeverwaltung Rennerod\nFachbereich 3 – Bauen und Umwelt\nHauptstraße 18\n56477 Rennerod"),
        ("right", "Irmtraut, den 29.10.2025"),
        ("pb", "Stellungnahme der Ortsgemeinde Irmtraut im Rahmen der frühzeitigen Beteiligung (§ 4 Abs. 1 BauGB)"),
        ("p", "Teilfortschreibung des Flächennutzungsplanes „Windenergie“ der Verbandsgemeinde Rennerod\n"
              "Ihr Schreiben vom 18.09.2025, Az. 621-13/FNP"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Ortsgemeinderat Irmtraut hat sich in seiner Sitzung am 27.10.2025 mit dem Vorentwurf befasst und "
              "folgende Stellungnahme beschlossen (8 Ja, 1 Nein):"),
        ("ol", ["Die Ortsgemeinde begrüßt grundsätzlich die Ausweisung von Flächen für die Windenergie.",
                "Die Konzentrationsfläche K 3 „Hohe Wurzel“ rückt bis auf 850 m an die Wohnbebauung heran. Die "
                "Ortsgemeinde fordert einen Abstand von mindestens 1.100 m.",
                "Die Zufahrt für Schwertransporte darf nicht durch die Ortslage über die Westerwaldstraße geführt "
                "werden."]),
        ("p", "Mit freundlichen Grüßen\n\nUdo Kexel\nOrtsbürgermeister"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme", date="2025-10-29",
               title="Teilfortschreibung des Flächennutzungsplanes „Windenergie“ der Verbandsgemeinde Rennerod",
               originator="Ortsgemeinde Irmtraut",
               themes=["klima_umwelt", "stadtentwicklung"], themes_why="wind energy zoning distances",
               notes="Stellungnahme of a member Ortsgemeinde as a letter; originator only in the Word header "
                     "('Ortsgemeinde Irmtraut · Der Ortsbürgermeister') and the bold line. Title doubtful: the bold "
                     "line is 'Stellungnahme … im Rahmen der frühzeitigen Beteiligung', the matter follows on the "
                     "next line (labelled). 'Az. 621-13/FNP' belongs to the VG's letter, no answers (it answers a "
                     "letter, not a Drucksache). Its own Ortsgemeinderat session is no consultation."))

# ------------------------------ Zweckverband Verkehrsverbund Oberelbe (SN; Verbandsversammlung papers)
doc(file="z14_vvo_ds-vv-03-2026_tarifanpassung.pdf", producer="chromium-raw", font="Liberation Sans", size=9.5,
    layout="vvo_drucksache_leftcolumn_raw", city="Zweckverband Verkehrsverbund Oberelbe",
    css=("div.top { border-bottom: 1.2pt solid #004a80; padding-bottom: 4pt; margin-bottom: 8pt; } "
         "div.top b { font-size: 13pt; color: #004a80; } "
         "table.lay { width: 100%; border-collapse: collapse; } table.lay td { vertical-align: top; } "
         "td.left { width: 4.6cm; font-size: 8.5pt; background: #eef3f8; padding: 6pt; } "
         "td.main { padding-left: 12pt; } table.b { border-collapse: collapse; width: 100%; margin: 6pt 0; } "
         "table.b td { border-bottom: 0.5pt solid #777; padding: 2pt 4pt; font-size: 9pt; } "
         "h1 { font-size: 12.5pt; margin: 2pt 0 8pt 0; }"),
    html=("<div class='top'><b>Zweckverband Verkehrsverbund Oberelbe</b><br>Verbandsversammlung</div>"
          "<table class='lay'><tr><td class='left'>Drucksache<br><b>VV 03/2026</b><br><br>"
          "Vorlagenart:<br>Beschlussvorlage<br><br>öffentlich<br><br>Einreicher:<br>Der Verbandsvorsitzende"
          "<br><br>Verfasser:<br>Bereich Tarif und Vertrieb<br><br>Stand:<br>05.02.2026</td>"
          "<td class='main'><h1>Anpassung der Verbundtarife zum 1. August 2026 und Fortschreibung der "
          "Tarifbestimmungen für das Deutschlandsemesterticket</h1>"
          "<table class='b'><tr><td><b>Beratungsfolge</b></td><td><b>Termin</b></td><td><b>Art der Beratung</b>"
          "</td></tr><tr><td>Verbandsrat</td><td>26.02.2026</td><td>Empfehlung</td></tr>"
          "<tr><td>Verbandsversammlung</td><td>19.03.2026</td><td>Beschlussfassung</td></tr></table>"
          "<p><b>Beschlussvorschlag</b></p><p>Die Verbandsversammlung beschließt die Anpassung der Verbundtarife "
          "zum 1. August 2026 gemäß Anlage 1 (durchschnittlich + 3,9 %) sowie die geänderten Tarifbestimmungen "
          "gemäß Anlage 2.</p><p><b>Begründung</b></p><p>Die Kosten der Verkehrsunternehmen für Personal und "
          "Energie sind 2025 um 6,2 % gestiegen. Die Einnahmeaufteilung mit dem Deutschlandticket deckt die "
          "Mindereinnahmen nur teilweise. Das Semesterticket der Hochschulen wird zum Wintersemester 2026/27 "
          "auf das Deutschlandsemesterticket umgestellt; der Solidarbeitrag beträgt 60 % des Ticketpreises.</p>"
          "<p>Die Einzelfahrkarte der Tarifzone 10 steigt von 3,40 € auf 3,50 €, die Monatskarte Abo von 69,40 € "
          "auf 72,10 €. Sozialtickets bleiben unverändert.</p>"
          "<p><b>Finanzielle Auswirkungen</b></p><p>Mehrerträge von rund 4,6 Mio. € im Jahr; die "
          "Verbandsumlage der Mitglieder bleibt unverändert.</p>"
          "<p><b>Klimaschutz</b></p><p>Nicht relevant.</p></td></tr></table>"),
    truth=dict(drucksache="VV 03/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2026-02-05",
               title="Anpassung der Verbundtarife zum 1. August 2026 und Fortschreibung der Tarifbestimmungen für "
                     "das Deutschlandsemesterticket",
               public=True, department="Bereich Tarif und Vertrieb",
               consultations=[C("Verbandsrat", "2026-02-26", "Vorberatung"),
                              C("Verbandsversammlung", "2026-03-19", "Entscheidung")],
               klimacheck="neutral", klima_style="sentence_nicht_relevant",
               themes=["mobilitaet", "finanzen"], themes_why="public transport fares",
               notes="Raw HTML: left side column with 'Drucksache' over the number, 'Vorlagenart:', status, "
                     "'Einreicher: Der Verbandsvorsitzende' (administration → originator null), 'Verfasser:' unit, "
                     "'Stand:' date. Title as h1 in the main column. 'Empfehlung' → Vorberatung (doubtful), "
                     "'Beschlussfassung' → Entscheidung. 'Klimaschutz: Nicht relevant.' → neutral (doubtful). "
                     "'Tarifzone 10', 'Wintersemester 2026/27' no references."))

doc(file="z15_vvo_iv-vv-04-2026_verkehrserhebung.pdf", producer="libreoffice-odt", font="DejaVu Sans", size=9.5,
    layout="vvo_informationsvorlage_odt", city="Zweckverband Verkehrsverbund Oberelbe",
    head="ZVOE · Informationsvorlage IV VV 04/2026",
    blocks=[
        ("table", None, [["Zweckverband Verkehrsverbund Oberelbe", "Informationsvorlage"],
                         ["Bereich Planung und Angebot", "IV VV 04/2026"],
                         ["", "Datum 09.02.2026"]]),
        ("kv", [("Titel:", "Ergebnisse der Verkehrserhebung 2025 im Verbundgebiet")], 0.14),
        ("kv", [("zur Information:", "Verbandsversammlung am 19.03.2026 (öffentlich)")], 0.22),
        ("pb", "Information"),
        ("p", "Im Herbst 2025 wurden an 38 Zähltagen die Fahrgäste in Bussen, Straßenbahnen, S-Bahnen und Fähren "
              "des Verbundgebiets gezählt und befragt. Die Nachfrage liegt mit 251 Mio. Fahrten im Jahr um 7 % über "
              "dem Wert von 2019. Der Anteil der Deutschlandticket-Nutzer beträgt 54 %."),
        ("table", ["Verkehrsmittel", "Fahrten 2019", "Fahrten 2025"],
         [["S-Bahn", "42 Mio.", "47 Mio."], ["Straßenbahn", "118 Mio.", "121 Mio."],
          ["Regionalbus", "55 Mio.", "62 Mio."], ["Fähren und Bergbahnen", "19 Mio.", "21 Mio."]]),
        ("p", "Die vollständige Auswertung steht den Mitgliedern im Gremieninformationssystem zur Verfügung."),
    ],
    truth=dict(drucksache="IV VV 04/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2026-02-09", title="Ergebnisse der Verkehrserhebung 2025 im Verbundgebiet", public=True,
               department="Bereich Planung und Angebot",
               consultations=[C("Verbandsversammlung", "2026-03-19", "Kenntnisnahme")],
               themes=["mobilitaet"], themes_why="passenger survey",
               notes="Headerless grid: type word over the unlabelled number 'IV VV 04/2026' (with spaces), 'Datum' "
                     "without colon. 'Titel:' label. 'zur Information: Verbandsversammlung am … (öffentlich)' → "
                     "consultation Kenntnisnahme and public true. Word header with the abbreviation 'ZVOE'."))

doc(file="z16_vvo_einladung-verbandsversammlung.pdf", producer="ghostscript", base="chromium",
    font="Liberation Sans", size=10, layout="vvo_einladung_chromium_gs", city="Zweckverband Verkehrsverbund Oberelbe",
    blocks=[
        ("kv", [("Zweckverband Verkehrsverbund Oberelbe\nDer Verbandsvorsitzende", "05.03.2026")], 0.75),
        ("space",),
        ("p", "An die Mitglieder der Verbandsversammlung\nnachrichtlich: Mitglieder des Verbandsrates"),
        ("h", "Einladung zur 58. Verbandsversammlung", 13),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "hiermit lade ich Sie zur 58. Verbandsversammlung am Donnerstag, dem 19. März 2026, 14:00 Uhr, in den Beratungsraum der Geschäftsstelle, Am Elbhang 14, ein. Die Sitzung ist öffentlich."),
        ("pb", "Tagesordnung"),
        ("table", ["Nr.", "Gegenstand", "Drucksache"],
         [["1", "Eröffnung und Feststellung der Beschlussfähigkeit", ""],
          ["2", "Anpassung der Verbundtarife zum 1. August 2026", "VV 03/2026"],
          ["3", "Ergebnisse der Verkehrserhebung 2025", "IV VV 04/2026"],
          ["4", "Jahresabschluss 2024 und Entlastung des Verbandsvorsitzenden", "VV 05/2026"],
          ["5", "Informationen des Geschäftsführers", ""]], [0.08, 0.68, 0.24]),
        ("p", "Die Sitzungsunterlagen stehen im Ratsinformationssystem bereit."),
        ("p", "Mit freundlichen Grüßen\n\nRalf Eichhorn\nVerbandsvorsitzender"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung", date="2026-03-05",
               title="58. Verbandsversammlung", public=True,
               references=["VV 03/2026", "IV VV 04/2026", "VV 05/2026"],
               themes=["mobilitaet", "finanzen"], themes_why="fares, survey, accounts",
               notes="Title = session named in the heading 'Einladung zur 58. Verbandsversammlung'. 'Die Sitzung ist "
                     "öffentlich.' → public true. Date top right without label. Chromium re-distilled by Ghostscript. "
                     "Agenda 'Drucksache' column → references. 'Am Elbhang 14' is an address."))

doc(file="z17_vvo_schreiben-landkreise_umlage.pdf", producer="libreoffice-html", font="Liberation Serif",
    size=11, layout="vvo_schreiben_html", city="Zweckverband Verkehrsverbund Oberelbe",
    blocks=[
        ("right", "Zweckverband Verkehrsverbund Oberelbe\nGeschäftsstelle – Finanzen und Controlling\n"
                  "Am Elbhang 14 · 01127 Dresden"),
        ("p", "Zweckverband VVO · Am Elbhang 14 · 01127 Dresden"),
        ("p", "An die Verbandsmitglieder\n– Landkreise und Kreisfreie Stadt –\nper E-Mail"),
        ("kv", [("Ihr Zeichen / vom", "–"), ("Unser Zeichen", "GF-FC 902.1/26"),
                ("Bearbeiter/in", "Frau Lindner, Tel. 0351 8526-514"), ("Datum", "11.02.2026")], 0.3),
        ("pb", "Verbandsumlage 2026 – Festsetzung der Abschlagszahlungen"),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "die Verbandsversammlung hat mit dem Wirtschaftsplan 2026 eine Verbandsumlage von insgesamt "
              "31,8 Mio. € festgesetzt. Nach § 12 der Verbandssatzung wird die Umlage in vier Abschlägen zum "
              "15.02., 15.05., 15.08. und 15.11. erhoben."),
        ("p", "Die auf Ihre Körperschaft entfallenden Beträge ergeben sich aus der beigefügten Übersicht. Wir bitten "
              "um Überweisung unter Angabe des Kassenzeichens 4711-2026-U."),
        ("p", "Mit freundlichen Grüßen\nIm Auftrag\n\nKatrin Lindner\nLeiterin Finanzen und Controlling"),
    ],
    truth=dict(doc_type="Schreiben", doc_type_printed=None, date="2026-02-11",
               title="Verbandsumlage 2026 – Festsetzung der Abschlagszahlungen",
               department="Geschäftsstelle – Finanzen und Controlling",
               themes=["finanzen"], themes_why="member levy",
               notes="Letter of the Zweckverband to its members; reference grid 'Ihr Zeichen / vom', 'Unser Zeichen "
                     "GF-FC 902.1/26', phone, 'Datum'. Subject bold without label. '§ 12 der Verbandssatzung', "
                     "'Kassenzeichen 4711-2026-U' are no references. No type word."))

# ---------------------------------------- Gemeinde Ostrach (BW; in-house Word templates, Ortschaften)
doc(file="z18_ostrach_ds-09-2026_sanierung-hallenbad.pdf", producer="libreoffice-docx", font="Liberation Sans",
    size=10.5, layout="ostrach_sitzungsvorlage_word", city="Gemeinde Ostrach",
    head="Gemeinde Ostrach · Bürgermeisteramt",
    running="Drucksache Nr. 09/2026 – Seite {page}",
    blocks=[
        ("table", None, [["Sitzungsvorlage", "Drucksache Nr. 09/2026"],
                         ["Gemeinderat\nöffentlich", "Sitzung am 23.02.2026"]]),
        ("space",),
        ("kv", [("Amt:", "Ortsbauamt"), ("Verfasser:", "Bürkle"), ("Datum:", "05.02.2026")], 0.15),
        ("space",),
        ("kv", [("Tagesordnungspunkt:", "Hallenbad Ostrach\n– Generalsanierung der Badetechnik und der "
                                       "Gebäudehülle\n– Beschluss über die Kostenberechnung und den Förderantrag")],
         0.25),
        ("pb", "I. Beschlussantrag"),
        ("p", "1. Der Gemeinderat stimmt der Kostenberechnung für die Generalsanierung des Hallenbades in Höhe von "
              "4,72 Mio. € brutto zu.\n2. Die Verwaltung wird beauftragt, einen Antrag auf Förderung aus dem "
              "Ausgleichstock und der Sportstättenförderung zu stellen."),
        ("pb", "II. Sachdarstellung"),
        ("p", "Das Hallenbad wurde 1976 eröffnet und wird von drei Schulen, der DLRG und den Vereinen genutzt. Die "
              "Badewassertechnik ist verbraucht; die Chlorgasanlage muss bis Ende 2027 ersetzt werden. Die "
              "Gebäudehülle entspricht nicht den Anforderungen des GEG."),
        ("p", "Der Technische Ausschuss hat am 09.02.2026 die Planung vorberaten und empfiehlt die Variante mit "
              "Wärmepumpe und Photovoltaik."),
        ("pb", "III. Klimaschutz"),
        ("p", "Die Sanierung senkt den Wärmebedarf um rund 60 %. Auswirkungen auf das Klima: positiv."),
        ("p", "Bernd Rieger\nBürgermeister"),
    ],
    truth=dict(drucksache="09/2026", doc_type="Beschlussvorlage", doc_type_printed="Sitzungsvorlage",
               date="2026-02-05",
               title="Hallenbad Ostrach – Generalsanierung der Badetechnik und der Gebäudehülle – Beschluss über "
                     "die Kostenberechnung und den Förderantrag",
               public=True, department="Ortsbauamt",
               consultations=[C("Gemeinderat", "2026-02-23", None)],
               klimacheck="positive", klima_style="sentence_positiv",
               themes=["kultur_sport", "klima_umwelt", "finanzen"], themes_why="swimming pool renovation, energy",
               notes="Two-row header table: 'Sitzungsvorlage' | 'Drucksache Nr. 09/2026'; 'Gemeinderat öffentlich' | "
                     "'Sitzung am …' → one consultation without role, public true. Title under "
                     "'Tagesordnungspunkt:' over three lines with dashes (joined with one space; the line-leading "
                     "dashes kept as separators — doubtful). The Technischer Ausschuss date in the body is a lure "
                     "(past vorberatung, printed only as a sentence)."))

doc(file="z19_ostrach_ortschaftsrat-levertsweiler_anhoerung.pdf", producer="reportlab", font="Liberation Serif",
    size=10.5, layout="ostrach_ortschaftsrat_stellungnahme_reportlab", city="Gemeinde Ostrach",
    blocks=[
        ("p", "Ortschaftsrat Levertsweiler\nOrtsvorsteherin Marion Heinzler"),
        ("right", "Levertsweiler, 12.02.2026"),
        ("p", "An das Bürgermeisteramt Ostrach\n– Ortsbauamt –"),
        ("space",),
        ("h", "Anhörung des Ortschaftsrates nach § 70 Abs. 1 GemO", 12),
        ("kv", [("Vorlage:", "Drucksache Nr. 11/2026"),
                ("Betreff:", "Bebauungsplan „Hinter den Gärten“ im Ortsteil Levertsweiler – Aufstellungsbeschluss"),
                ("Sitzung des Ortschaftsrates:", "10.02.2026, öffentlich")], 0.28),
        ("pb", "Stellungnahme"),
        ("p", "Der Ortschaftsrat befürwortet die Aufstellung des Bebauungsplans mit 7 : 0 Stimmen. Er bittet darum, "
              "im Plangebiet auch zwei Bauplätze für Mehrgenerationenwohnen vorzusehen und den Feldweg zur "
              "Kapelle als Fußweg zu erhalten."),
        ("p", "Die Erschließung soll über die Kapellenstraße erfolgen; eine Zufahrt über die Schulstraße lehnt der "
              "Ortschaftsrat ab."),
        ("p", "Marion Heinzler\nOrtsvorsteherin"),
    ],
    truth=dict(doc_type="Stellungnahme", doc_type_printed="Stellungnahme",  date="2026-02-12",
               title="Bebauungsplan „Hinter den Gärten“ im Ortsteil Levertsweiler – Aufstellungsbeschluss",
               originator="Ortschaftsrat Levertsweiler", answers="11/2026",
               themes=["stadtentwicklung"], themes_why="development plan",
               notes="Anhörung of a BW Ortschaftsrat (§ 70 GemO) → Stellungnahme; 'Vorlage: Drucksache Nr. 11/2026' "
                     "→ answers (printed form without 'Drucksache Nr.'). Its own session line '10.02.2026, "
                     "öffentlich' is the Ortschaftsrat's, not a Beratungsfolge; public null (doubtful). "
                     "doc_type_printed 'Stellungnahme' from the bold sub-heading; the heading says 'Anhörung'."))

doc(file="z20_ostrach_antrag-gemeinderat-sauter_dorfladen.pdf", producer="chromium", font="DejaVu Serif",
    size=10.5, layout="ostrach_einzelantrag_chromium", city="Gemeinde Ostrach",
    blocks=[
        ("p", "Gemeinderat Stefan Sauter (parteilos)\nJettkofer Straße 4, 88356 Ostrach"),
        ("p", "Herrn Bürgermeister\nBernd Rieger\nBürgermeisteramt Ostrach"),
        ("right", "Ostrach, 2. Februar 2026"),
        ("pb", "Antrag nach § 34 Abs. 1 Satz 4 GemO auf Aufnahme eines Verhandlungsgegenstandes in die "
               "Tagesordnung der Gemeinderatssitzung am 23. März 2026"),
        ("p", "Gegenstand: Unterstützung genossenschaftlicher Dorfläden in den Ortschaften – Zuschussprogramm "
              "der Gemeinde"),
        ("p", "Sehr geehrter Herr Bürgermeister Rieger,"),
        ("p", "ich beantrage, folgenden Beschluss zu fassen:"),
        ("pi", "Die Gemeinde Ostrach legt ein Programm zur Unterstützung genossenschaftlicher Dorfläden auf. "
               "Anlaufkosten werden bis zu 50 %, höchstens 25.000 € je Laden, bezuschusst."),
        ("pb", "Begründung"),
        ("p", "In fünf Ortschaften gibt es keinen Lebensmittelladen mehr. In Einhart und Jettkofen haben sich "
              "Initiativen gebildet, die einen genossenschaftlichen Laden gründen wollen. Das Land fördert solche "
              "Läden über das Entwicklungsprogramm Ländlicher Raum nur, wenn die Gemeinde sich beteiligt."),
        ("p", "Mit freundlichen Grüßen\nStefan Sauter"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Antrag", date="2026-02-02",
               title="Unterstützung genossenschaftlicher Dorfläden in den Ortschaften – Zuschussprogramm der Gemeinde",
               originator="Gemeinderat Stefan Sauter (parteilos)",
               consultations=[C("Gemeinderat", "2026-03-23", None)],
               themes=["wirtschaft", "soziales"], themes_why="village shops, local supply",
               notes="Einzelmitglied (parteilos) letterhead; bold paragraph 'Antrag nach § 34 … Tagesordnung der "
                     "Gemeinderatssitzung am 23. März 2026' → consultation Gemeinderat with date in words, no role "
                     "(committee read from the compound 'Gemeinderatssitzung' — doubtful). Title after 'Gegenstand:' "
                     "(no colon-less bold title). Originator = the letterhead line 'Gemeinderat Stefan Sauter "
                     "(parteilos)'."))

doc(file="z21_ostrach_protokoll-gemeinderat.pdf", producer="libreoffice-html", font="DejaVu Sans", size=9.5,
    layout="ostrach_protokoll_html", city="Gemeinde Ostrach",
    blocks=[
        ("p", "Gemeinde Ostrach"),
        ("h", "Protokoll der öffentlichen Gemeinderatssitzung vom 23.02.2026", 13),
        ("kv", [("Ort:", "Sitzungssaal Rathaus Ostrach"), ("Beginn / Ende:", "19:00 Uhr / 21:35 Uhr"),
                ("Vorsitz:", "Bürgermeister Bernd Rieger"),
                ("Anwesend:", "17 Gemeinderätinnen und Gemeinderäte; entschuldigt: GR Hänle, GRin Rist"),
                ("Schriftführung:", "Anja Bürkle")], 0.2),
        ("pb", "TOP 1 Bürgerfragestunde"),
        ("p", "Ein Bürger aus Jettkofen fragt nach dem Zeitplan für den Breitbandausbau. Der Vorsitzende verweist "
              "auf den Zweckverband Breitbandversorgung."),
        ("pb", "TOP 2 Hallenbad Ostrach – Generalsanierung; Drucksache Nr. 09/2026"),
        ("p", "Herr Bürkle vom Ortsbauamt erläutert die Kostenberechnung. GR Sauter fragt nach den "
              "Betriebskosten; diese sinken nach der Sanierung um rund 110.000 € im Jahr.\n"
              "Beschluss: einstimmig gemäß Beschlussantrag."),
        ("pb", "TOP 3 Bebauungsplan „Hinter den Gärten“, Levertsweiler – Aufstellungsbeschluss; Drucksache Nr. 11/2026"),
        ("p", "Die Stellungnahme des Ortschaftsrates Levertsweiler vom 12.02.2026 wird verlesen. Der Gemeinderat "
              "folgt der Empfehlung, die Erschließung über die Kapellenstraße zu führen.\n"
              "Beschluss: 16 Ja-Stimmen, 1 Enthaltung."),
        ("pb", "TOP 4 Vergabe Winterdienst 2026/2027; Drucksache Nr. 13/2026"),
        ("p", "Beschluss: einstimmig. Den Auftrag erhält der wirtschaftlichste Bieter."),
        ("pb", "TOP 5 Bekanntgaben und Verschiedenes"),
        ("p", "Die nächste Sitzung findet am 23.03.2026 statt."),
        ("p", "Für die Richtigkeit:\nBernd Rieger, Vorsitzender · Anja Bürkle, Schriftführerin\n"
              "Urkundspersonen: GRin Maier, GR Fischer"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2026-02-23",
               title="öffentlichen Gemeinderatssitzung", public=True,
               references=["09/2026", "11/2026", "13/2026"],
               themes=["stadtentwicklung", "kultur_sport"], themes_why="B-Plan, swimming pool",
               notes="'Protokoll der öffentlichen Gemeinderatssitzung vom …' → title = session named (inflected "
                     "as printed, date dropped — doubtful), public true. Agenda numbers after 'Drucksache Nr.' → "
                     "references. Next session is a lure."))

doc(file="z22_ostrach_anfrage-cdu_schulbus.pdf", producer="libreoffice-odt", font="Liberation Sans", size=10.5,
    layout="ostrach_fraktion_anfrage_odt", city="Gemeinde Ostrach",
    head="CDU-Fraktion im Gemeinderat Ostrach",
    blocks=[
        ("right", "Ostrach, den 16.02.2026"),
        ("p", "Bürgermeisteramt Ostrach\nHerrn Bürgermeister Bernd Rieger\nHauptstraße 7\n88356 Ostrach"),
        ("h", "Anfrage der CDU-Fraktion", 13),
        ("p", "Schülerbeförderung aus den Ortschaften zur Gemeinschaftsschule Ostrach\n"
              "hier: Überfüllte Busse auf der Linie 540 am Morgen"),
        ("p", "Sehr geehrter Herr Bürgermeister,"),
        ("p", "Eltern aus Levertsweiler und Habsthal berichten, dass Schülerinnen und Schüler morgens regelmäßig "
              "nicht mehr in den Bus passen. Wir fragen die Verwaltung:"),
        ("ol", ["Sind der Verwaltung die Beschwerden bekannt, und wie oft wurden Kinder nicht befördert?",
                "Welche Gespräche wurden mit dem Landratsamt und dem Verkehrsunternehmen geführt?",
                "Ist ein Verstärkerbus ab dem zweiten Schulhalbjahr möglich?"]),
        ("p", "Wir bitten um Beantwortung in der Sitzung des Gemeinderates am 23.03.2026."),
        ("p", "Für die CDU-Fraktion\nKlaus Ruf, Fraktionsvorsitzender"),
    ],
    truth=dict(doc_type="Anfrage", doc_type_printed="Anfrage", date="2026-02-16",
               title="Schülerbeförderung aus den Ortschaften zur Gemeinschaftsschule Ostrach hier: Überfüllte Busse "
                     "auf der Linie 540 am Morgen",
               originator="CDU-Fraktion",
               themes=["mobilitaet", "bildung"], themes_why="school buses",
               notes="Fraktion in the Word header and the heading 'Anfrage der CDU-Fraktion'. Title unlabelled, "
                     "plain (not bold) two lines with 'hier:'. 'Beantwortung in der Sitzung des Gemeinderates am …' "
                     "is a request in the body → no consultation (doubtful). 'Linie 540' no reference."))

# ---------------------------------------- Regionalverband Saarbrücken (SL; Regionalversammlung, SessionNet)
doc(file="z23_rvsb_ds-2026-0031_jugendhilfeplanung.pdf", producer="chromium", font="Liberation Sans", size=9.5,
    layout="rvsb_sessionnet_drucksache", city="Regionalverband Saarbrücken",
    css="table.grid td:first-child { width: 32%; } table.grid th { background: #dde5dd; }",
    running="Regionalverband Saarbrücken – Drucksache 2026/0031",
    blocks=[
        ("p", "REGIONALVERBAND SAARBRÜCKEN\nDer Regionalverbandsdirektor"),
        ("table", None, [["Drucksache", "2026/0031"], ["Art", "Beschlussvorlage"],
                         ["Dezernat / Amt", "Dezernat II – Jugendamt (51)"], ["Datum", "19.01.2026"]]),
        ("pb", "Jugendhilfeplanung – Teilplan Kindertagesbetreuung 2026 bis 2030"),
        ("pi", "Bedarfsfeststellung und Ausbauprogramm für Plätze unter drei Jahren"),
        ("table", ["Gremium", "Datum", "Beratungsart", "Öffentlichkeit"],
         [["Jugendhilfeausschuss", "04.02.2026", "Beschlussempfehlung", "öffentlich"],
          ["Kreisausschuss", "10.02.2026", "Vorberatung", "nicht öffentlich"],
          ["Regionalversammlung", "26.02.2026", "Beschluss", "öffentlich"]]),
        ("pb", "Beschlussvorschlag:"),
        ("p", "Die Regionalversammlung stellt den Bedarf an Plätzen in der Kindertagesbetreuung gemäß Teilplan fest "
              "und beauftragt die Verwaltung, mit den Städten und Gemeinden das Ausbauprogramm umzusetzen."),
        ("pb", "Begründung:"),
        ("p", "Für Kinder unter drei Jahren fehlen im Verbandsgebiet rechnerisch 1.140 Plätze; die Versorgungsquote "
              "liegt bei 36 %. Besonders hoch ist der Bedarf in Püttlingen, Kleinblittersdorf und in den "
              "Saarbrücker Stadtteilen Burbach und Malstatt. Das Ausbauprogramm sieht 620 neue Plätze bis 2030 vor."),
        ("p", "Die Förderung erfolgt nach dem Saarländischen Kinderbetreuungs- und -bildungsgesetz (SKBBG). Der "
              "Eigenanteil des Regionalverbandes beträgt rund 9,3 Mio. €."),
        ("pb", "Klimarelevanz:"),
        ("p", "☐ ja     ☒ nein"),
    ],
    truth=dict(drucksache="2026/0031", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2026-01-19",
               title="Jugendhilfeplanung – Teilplan Kindertagesbetreuung 2026 bis 2030 Bedarfsfeststellung und "
                     "Ausbauprogramm für Plätze unter drei Jahren",
               department="Dezernat II – Jugendamt (51)",
               consultations=[C("Jugendhilfeausschuss", "2026-02-04", "Vorberatung"),
                              C("Kreisausschuss", "2026-02-10", "Vorberatung"),
                              C("Regionalversammlung", "2026-02-26", "Entscheidung")],
               klimacheck="neutral", klima_style="checkbox_ja_nein",
               themes=["soziales", "bildung", "finanzen"], themes_why="childcare demand plan",
               notes="Key grid without colons: 'Drucksache', 'Art', 'Dezernat / Amt', 'Datum'. Bold title followed by "
                     "an italic subtitle (joined in the title — doubtful, one may take the bold line only). "
                     "Beratungsfolge with Öffentlichkeit column mixed → public null. 'Beschlussempfehlung' → "
                     "Vorberatung. Klimarelevanz ☒ nein → neutral. 'SKBBG' no reference."))

doc(file="z24_rvsb_antrag-spd_nachtbus.pdf", producer="reportlab", font="DejaVu Sans", size=10,
    layout="rvsb_fraktion_antrag_reportlab", city="Regionalverband Saarbrücken",
    blocks=[
        ("p", "SPD-Fraktion in der Regionalversammlung Saarbrücken"),
        ("right", "Saarbrücken, 26.01.2026\nAntrag Nr. A-2026/07"),
        ("p", "An den Vorsitzenden der Regionalversammlung"),
        ("h", "Antrag", 13),
        ("kv", [("Sitzung:", "Regionalversammlung am 26.02.2026"),
                ("Betreff:", "Nachtbusnetz im Regionalverband – Wochenendverkehr in die Umlandgemeinden "
                             "ab dem Fahrplanwechsel 2026")], 0.14),
        ("p", "Die Regionalversammlung möge beschließen:"),
        ("pi", "Die Verwaltung wird beauftragt, mit den Verkehrsunternehmen ein Nachtbusangebot in den Nächten auf "
               "Samstag und Sonntag zu planen, das Püttlingen, Völklinger Straße/Riegelsberger Straße, "
               "Kleinblittersdorf und Friedrichsthal stündlich anbindet, und die Kosten im Nahverkehrsplan darzustellen."),
        ("pb", "Begründung:"),
        ("p", "Nach 23 Uhr enden die meisten Linien in die Umlandgemeinden. Junge Menschen und Beschäftigte in "
              "Schichtarbeit sind auf das Auto oder Taxis angewiesen. Ein Probebetrieb von zwei Jahren kostet "
              "nach ersten Schätzungen rund 780.000 € jährlich."),
        ("p", "Für die SPD-Fraktion:\nJana Altmeyer, Fraktionsvorsitzende"),
    ],
    truth=dict(drucksache="A-2026/07", doc_type="Antrag", doc_type_printed="Antrag", date="2026-01-26",
               title="Nachtbusnetz im Regionalverband – Wochenendverkehr in die Umlandgemeinden ab dem "
                     "Fahrplanwechsel 2026",
               originator="SPD-Fraktion in der Regionalversammlung Saarbrücken",
               consultations=[C("Regionalversammlung", "2026-02-26", None)],
               themes=["mobilitaet"], themes_why="night bus network",
               notes="Fraktion top left in one line; number 'Antrag Nr. A-2026/07' under the date, right-aligned. "
                     "'Sitzung: Regionalversammlung am …' → consultation without role."))

doc(file="z25_rvsb_antwort-anfrage-2026-0044_pflegestuetzpunkte.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="rvsb_antwort_word", city="Regionalverband Saarbrücken",
    head="Regionalverband Saarbrücken · Dezernat III · Amt für soziale Angelegenheiten (50)",
    blocks=[
        ("right", "Saarbrücken, 09.02.2026"),
        ("h", "Antwort der Verwaltung", 13),
        ("kv", [("auf die Anfrage:", "Drucksache 2026/0044"),
                ("der Fraktion:", "DIE LINKE in der Regionalversammlung"),
                ("Thema:", "Pflegestützpunkte im Regionalverband: Beratungszahlen und Wartezeiten")], 0.22),
        ("p", "Die Anfrage wird wie folgt beantwortet:"),
        ("pb", "Frage 1: Wie viele Beratungen haben die Pflegestützpunkte 2025 durchgeführt?"),
        ("p", "Die vier Pflegestützpunkte haben 2025 insgesamt 11.824 Beratungen durchgeführt, davon 3.402 als "
              "Hausbesuch."),
        ("pb", "Frage 2: Wie lange warten Ratsuchende auf einen Termin?"),
        ("p", "Die durchschnittliche Wartezeit auf einen Termin beträgt neun Arbeitstage; für Hausbesuche bis zu "
              "drei Wochen."),
        ("pb", "Frage 3: Ist ein fünfter Stützpunkt geplant?"),
        ("p", "Mit den Pflegekassen wird über einen Stützpunkt im Köllertal verhandelt. Eine Entscheidung ist im "
              "zweiten Quartal 2026 zu erwarten."),
        ("p", "Dr. Petra Zimmer-Kunz\nBeigeordnete"),
    ],
    truth=dict(doc_type="Antwort", doc_type_printed="Antwort", date="2026-02-09",
               title="Pflegestützpunkte im Regionalverband: Beratungszahlen und Wartezeiten",
               department="Amt für soziale Angelegenheiten (50)", answers="2026/0044",
               themes=["soziales"], themes_why="care advice centres",
               notes="'Antwort der Verwaltung' heading; key rows 'auf die Anfrage: Drucksache 2026/0044' → answers "
                     "(printed number without the word), 'der Fraktion:' names the asker (not the originator), "
                     "'Thema:'. Unit only in the Word header (department = most specific unit, doubtful). No own "
                     "number."))

doc(file="z26_rvsb_nachtrag-2026-0031-1_jugendhilfeplanung.pdf", producer="libreoffice-odt",
    font="Liberation Serif", size=11, layout="rvsb_nachtragsvorlage_odt", city="Regionalverband Saarbrücken",
    blocks=[
        ("p", "REGIONALVERBAND SAARBRÜCKEN\nDer Regionalverbandsdirektor"),
        ("table", None, [["Drucksache", "2026/0031-1"], ["Art", "Nachtragsvorlage"],
                         ["Dezernat / Amt", "Dezernat II – Jugendamt (51)"], ["Datum", "12.02.2026"]]),
        ("pb", "Nachtrag zur Drucksache 2026/0031: Jugendhilfeplanung – Teilplan Kindertagesbetreuung 2026 bis "
               "2030; geänderte Anlage 3 (Ausbauprogramm nach Kommunen)"),
        ("table", ["Gremium", "Datum", "Beratungsart"],
         [["Regionalversammlung", "26.02.2026", "Beschluss"]]),
        ("pb", "Erläuterung:"),
        ("p", "Der Jugendhilfeausschuss hat am 04.02.2026 empfohlen, in Kleinblittersdorf zusätzlich 30 Plätze "
              "vorzusehen. Die Anlage 3 wird entsprechend geändert; die Gesamtzahl steigt auf 650 Plätze. Der "
              "Beschlussvorschlag der Drucksache 2026/0031 bleibt unverändert."),
    ],
    truth=dict(drucksache="2026/0031-1", doc_type="Ergänzungsvorlage", doc_type_printed="Nachtragsvorlage",
               date="2026-02-12",
               title="Jugendhilfeplanung – Teilplan Kindertagesbetreuung 2026 bis 2030; geänderte Anlage 3 "
                     "(Ausbauprogramm nach Kommunen)",
               department="Dezernat II – Jugendamt (51)", references=["2026/0031"],
               consultations=[C("Regionalversammlung", "2026-02-26", "Entscheidung")],
               themes=["soziales", "bildung"], themes_why="childcare demand plan",
               notes="Same key grid as z23 with 'Art Nachtragsvorlage' → Ergänzungsvorlage. Title after 'Nachtrag zur "
                     "Drucksache 2026/0031:' (the lead words dropped — doubtful). The original number → references. "
                     "The Jugendhilfeausschuss date in the body is a lure."))

# ------------------------------------- Landkreis Saalfeld-Rudolstadt (TH; Kreistag, ALLRIS-like print)
doc(file="z27_lk-slf-ru_kt-0128-2026_rettungsdienstbereich.pdf", producer="chromium-raw", font="DejaVu Sans",
    size=9.5, layout="lkslfru_allris_numberbox_raw", city="Landkreis Saalfeld-Rudolstadt",
    css=("div.head { display: flex; justify-content: space-between; align-items: flex-start; } "
         "div.nr { border: 0.8pt solid #000; padding: 4pt 8pt; font-size: 9pt; text-align: left; } "
         "h2 { font-size: 12pt; margin: 12pt 0 4pt 0; } ol { margin: 2pt 0 8pt 0; } "
         "div.foot { font-size: 8pt; border-top: 0.5pt solid #000; margin-top: 14pt; }"),
    html=("<div class='head'><div><b>Landkreis Saalfeld-Rudolstadt</b><br>Der Landrat<br>"
          "Fachdienst Brand- und Katastrophenschutz, Rettungsdienst</div>"
          "<div class='nr'>Beschlussvorlage<br>Drucksachen-Nr.: <b>KT-0128/2026</b><br>öffentlich<br>"
          "Saalfeld, 02.02.2026</div></div>"
          "<h2>Betreff:</h2><p>Fortschreibung des Rettungsdienstbereichsplanes des Landkreises Saalfeld-Rudolstadt "
          "für die Jahre 2026 bis 2030<br>– Errichtung einer Rettungswache in Leutenberg –</p>"
          "<p><b>Beratungsfolge:</b></p><ol><li>Ausschuss für Ordnung, Sicherheit und Rettungswesen – 18.02.2026 – "
          "Vorberatung</li><li>Kreisausschuss – 04.03.2026 – Vorberatung</li><li>Kreistag – 18.03.2026 – "
          "Beschlussfassung</li></ol>"
          "<p><b>Beschlussvorschlag:</b></p><p>Der Kreistag beschließt die Fortschreibung des "
          "Rettungsdienstbereichsplanes 2026 bis 2030 in der Fassung der Anlage 1. Die Verwaltung wird beauftragt, "
          "die Rettungswache Leutenberg auszuschreiben.</p>"
          "<p><b>Begründung:</b></p><p>Die Hilfsfrist von 14 Minuten nach § 10 ThürRettG wird im Südosten des "
          "Landkreises in 81 % der Einsätze eingehalten (Zielwert 95 %). Eine zusätzliche Rettungswache in "
          "Leutenberg mit einem Rettungswagen im 24-Stunden-Dienst verbessert die Versorgung von rund 9.000 "
          "Einwohnern. Die Kosten tragen die Krankenkassen über die Benutzungsentgelte.</p>"
          "<p><b>Klimacheck:</b> nicht erforderlich (keine wesentliche Klimarelevanz)</p>"
          "<p>Dirk Heinemann<br>Landrat</p>"
          "<div class='foot'>Anlage 1: Rettungsdienstbereichsplan 2026–2030 (Entwurf Stand 27.01.2026)</div>"),
    truth=dict(drucksache="KT-0128/2026", doc_type="Beschlussvorlage", doc_type_printed="Beschlussvorlage",
               date="2026-02-02",
               title="Fortschreibung des Rettungsdienstbereichsplanes des Landkreises Saalfeld-Rudolstadt für die "
                     "Jahre 2026 bis 2030 – Errichtung einer Rettungswache in Leutenberg –",
               public=True, department="Fachdienst Brand- und Katastrophenschutz, Rettungsdienst",
               consultations=[C("Ausschuss für Ordnung, Sicherheit und Rettungswesen", "2026-02-18", "Vorberatung"),
                              C("Kreisausschuss", "2026-03-04", "Vorberatung"),
                              C("Kreistag", "2026-03-18", "Entscheidung")],
               klimacheck="neutral", klima_style="sentence_nicht_erforderlich",
               themes=["sicherheit_ordnung", "soziales"], themes_why="rescue service plan",
               notes="Raw HTML: framed number box top right ('Drucksachen-Nr.:', status, place-date). 'Betreff:' as a "
                     "heading on its own line, title below in two lines, the second framed by dashes (kept as "
                     "printed — doubtful). Beratungsfolge as a numbered list 'committee – date – role'. "
                     "'Klimacheck: nicht erforderlich (keine wesentliche Klimarelevanz)' → neutral. '§ 10 ThürRettG' "
                     "no reference. The Landrat's name is invented."))

doc(file="z28_lk-slf-ru_antrag-spd-gruene_schulsozialarbeit.pdf", producer="libreoffice-docx",
    font="Liberation Sans", size=10.5, layout="lkslfru_gemeinsamer_antrag_word", city="Landkreis Saalfeld-Rudolstadt",
    head="Fraktionen SPD und BÜNDNIS 90/DIE GRÜNEN im Kreistag Saalfeld-Rudolstadt",
    blocks=[
        ("p", "Landratsamt Saalfeld-Rudolstadt\nBüro Kreistag\nAm Markt 5\n07318 Saalfeld/Saale"),
        ("right", "Saalfeld, 05.02.2026"),
        ("h", "Gemeinsamer Antrag der Fraktionen SPD und BÜNDNIS 90/DIE GRÜNEN", 12.5),
        ("p", "zur Sitzung des Kreistages am 18.03.2026"),
        ("kv", [("Antragsgegenstand:", "Verstetigung der Schulsozialarbeit an den Regelschulen und "
                                      "berufsbildenden Schulen des Landkreises ab dem Schuljahr 2026/27")], 0.24),
        ("pb", "Beschlussvorschlag:"),
        ("p", "1. Der Kreistag bekennt sich zur Schulsozialarbeit an allen 14 Regelschulen und den zwei "
              "berufsbildenden Schulen in Trägerschaft des Landkreises.\n2. Der Eigenanteil des Landkreises wird "
              "ab 2026 im Haushalt dauerhaft veranschlagt; befristete Stellen werden entfristet."),
        ("pb", "Begründung:"),
        ("p", "Das Landesprogramm Schulsozialarbeit wird fortgeführt, verlangt aber einen kommunalen Eigenanteil "
              "von 20 %. Befristete Verträge führen zu häufigem Personalwechsel; drei Stellen sind derzeit "
              "unbesetzt. Der Eigenanteil beträgt rund 310.000 € jährlich."),
        ("p", "Katrin Lorenz                                   Paul Wiegand\nFraktionsvorsitzende SPD"
              "                    Fraktionsvorsitzender BÜNDNIS 90/DIE GRÜNEN"),
    ],
    truth=dict(doc_type="Antrag", doc_type_printed="Gemeinsamer Antrag", date="2026-02-05",
               title="Verstetigung der Schulsozialarbeit an den Regelschulen und berufsbildenden Schulen des "
                     "Landkreises ab dem Schuljahr 2026/27",
               originator="Fraktionen SPD und BÜNDNIS 90/DIE GRÜNEN",
               consultations=[C("Kreistag", "2026-03-18", None)],
               themes=["bildung", "soziales"], themes_why="school social work",
               notes="Joint Antrag of two Fraktionen (Gruppe-like). Originator as printed in the heading without "
                     "'der' (doubtful: the Word header adds 'im Kreistag Saalfeld-Rudolstadt'). 'zur Sitzung des "
                     "Kreistages am …' → consultation Kreistag without role (genitive in print). "
                     "'Antragsgegenstand:' label."))

doc(file="z29_lk-slf-ru_kleine-anfrage-kt-0131-2026_busverkehr.pdf", producer="chromium", font="Liberation Serif",
    size=11, layout="lkslfru_kleine_anfrage_chromium", city="Landkreis Saalfeld-Rudolstadt",
    blocks=[
        ("table", None, [["Kreistag Saalfeld-Rudolstadt\n8. Wahlperiode", "Drucksache KT-0131/2026\n"
                                                                          "Eingang: 09.02.2026"]]),
        ("h", "Kleine Anfrage", 14),
        ("p", "des Kreistagsmitglieds Jörg Brückner (FDP)"),
        ("pb", "Ausfall von Fahrten im Regionalbusverkehr im Raum Bad Blankenburg und Unterwellenborn"),
        ("p", "Seit Dezember 2025 fallen nach Berichten von Fahrgästen auf mehreren Linien der KomBus regelmäßig "
              "Fahrten aus, vor allem in den Schulzeiten. Ich frage den Landrat:"),
        ("ol", ["Wie viele Fahrten sind von Dezember 2025 bis Januar 2026 ausgefallen, aufgeschlüsselt nach "
                "Linien?",
                "Welche Gründe nennt das Verkehrsunternehmen?",
                "Welche vertraglichen Sanktionen sieht der Verkehrsvertrag vor, und wurden sie angewandt?"]),
        ("p", "Unterwellenborn, 08.02.2026\nJörg Brückner"),
    ],
    truth=dict(drucksache="KT-0131/2026", doc_type="Anfrage", doc_type_printed="Kleine Anfrage",
               date="2026-02-08",
               title="Ausfall von Fahrten im Regionalbusverkehr im Raum Bad Blankenburg und Unterwellenborn",
               originator="Jörg Brückner (FDP)",
               themes=["mobilitaet"], themes_why="bus cancellations",
               notes="Parliament-style header: body and Wahlperiode left, 'Drucksache KT-0131/2026' and a receipt "
                     "date right. Originator printed as 'des Kreistagsmitglieds Jörg Brückner (FDP)' → labelled "
                     "as the name with party (the genitive role word dropped — doubtful). Date = signature date, not the receipt date."))

doc(file="z30_lk-slf-ru_antwort-kt-0131-2026_busverkehr.pdf", producer="ghostscript", base="libreoffice-html",
    font="Liberation Sans", size=10, layout="lkslfru_antwort_html_gs", city="Landkreis Saalfeld-Rudolstadt",
    blocks=[
        ("table", None, [["Kreistag Saalfeld-Rudolstadt\n8. Wahlperiode", "Drucksache KT-0131/2026-A\n"
                                                                          "Datum: 27.02.2026"]]),
        ("h", "Antwort des Landrates", 13),
        ("p", "auf die Kleine Anfrage des Kreistagsmitglieds Jörg Brückner (FDP) – Drucksache KT-0131/2026 –"),
        ("pb", "Ausfall von Fahrten im Regionalbusverkehr im Raum Bad Blankenburg und Unterwellenborn"),
        ("p", "Federführend: Fachdienst Wirtschaftsförderung, ÖPNV und Tourismus"),
        ("p", "Zu 1.: Von Dezember 2025 bis Januar 2026 sind 412 von rund 38.000 Fahrten (1,1 %) ausgefallen, "
              "davon 163 auf der Linie 521 und 97 auf der Linie 534."),
        ("p", "Zu 2.: Das Verkehrsunternehmen nennt einen hohen Krankenstand beim Fahrpersonal und die "
              "Witterung im Januar."),
        ("p", "Zu 3.: Der Verkehrsvertrag sieht eine Vertragsstrafe je ausgefallener Fahrt vor. Für den genannten "
              "Zeitraum wurden 20.600 € einbehalten."),
        ("p", "Dirk Heinemann\nLandrat"),
    ],
    truth=dict(drucksache="KT-0131/2026-A", doc_type="Antwort", doc_type_printed="Antwort",
               date="2026-02-27",
               title="Ausfall von Fahrten im Regionalbusverkehr im Raum Bad Blankenburg und Unterwellenborn",
               department="Fachdienst Wirtschaftsförderung, ÖPNV und Tourismus", answers="KT-0131/2026",
               themes=["mobilitaet"], themes_why="bus cancellations",
               notes="Same header as z29 with its own number 'KT-0131/2026-A'; answered number in a dash-framed "
                     "phrase → answers. 'Federführend:' as a free line under the title. LibreOffice HTML "
                     "re-distilled by Ghostscript. 'Linie 521' no reference."))

doc(file="z31_lk-slf-ru_iv-0009-2026_breitband.pdf", producer="reportlab", font="Liberation Sans", size=10,
    layout="lkslfru_informationsvorlage_reportlab", city="Landkreis Saalfeld-Rudolstadt",
    running="Landkreis Saalfeld-Rudolstadt · IV-0009/2026 · Seite {page}",
    blocks=[
        ("kv", [("Landkreis Saalfeld-Rudolstadt\nDer Landrat", "Informationsvorlage\nIV-0009/2026")], 0.62),
        ("space",),
        ("kv", [("Fachdienst:", "Stabsstelle Digitalisierung und Breitband"),
                ("Datum:", "16.02.2026")], 0.2),
        ("kv", [("Betreff:", "Sachstand Breitbandausbau im Landkreis – Graue-Flecken-Förderung, "
                             "Cluster 2 und 3")], 0.2),
        ("p", "Zur Kenntnis an: Ausschuss für Kreisentwicklung, Wirtschaft und Digitalisierung (03.03.2026) "
              "und Kreistag (18.03.2026), jeweils öffentlich"),
        ("pb", "Information:"),
        ("p", "Im Cluster 1 sind 4.870 von 5.120 geförderten Anschlüssen fertiggestellt. Für die Cluster 2 und 3 "
              "liegt der Förderbescheid des Bundes vor; die Ausschreibung der Bauleistungen endet am 31.03.2026. "
              "Der Eigenanteil des Landkreises von 10 % wird zur Hälfte von den kreisangehörigen Gemeinden "
              "getragen."),
        ("p", "Schulen: Alle 38 Schulen in Trägerschaft des Landkreises sind mit mindestens 1 Gbit/s angebunden."),
    ],
    truth=dict(drucksache="IV-0009/2026", doc_type="Mitteilungsvorlage", doc_type_printed="Informationsvorlage",
               date="2026-02-16",
               title="Sachstand Breitbandausbau im Landkreis – Graue-Flecken-Förderung, Cluster 2 und 3",
               public=True, department="Stabsstelle Digitalisierung und Breitband",
               consultations=[C("Ausschuss für Kreisentwicklung, Wirtschaft und Digitalisierung", "2026-03-03",
                                "Kenntnisnahme"),
                              C("Kreistag", "2026-03-18", "Kenntnisnahme")],
               themes=["digitale_infrastruktur"], themes_why="broadband",
               notes="Type word over the unlabelled number at the right. 'Fachdienst:' key naming a Stabsstelle. "
                     "'Zur Kenntnis an:' sentence naming two bodies with dates in brackets and one shared status "
                     "('jeweils öffentlich') → public true."))

# ------------------------------------------ Beirat Horn-Lehe (HB; Ortsamt Horn-Lehe, Stadtteilbeirat)
doc(file="z32_horn-lehe_einladung-beirat.pdf", producer="chromium", font="DejaVu Sans", size=9.5,
    layout="hornlehe_ortsamt_einladung_chromium", city="Beirat Horn-Lehe",
    css="table.grid td:first-child { width: 8%; }",
    blocks=[
        ("kv", [("Ortsamt Horn-Lehe\nBerckstraße 31 · 28359 Bremen", "Bremen, 26.01.2026\nBearbeitet von: "
                 "Frau Kloppenburg\nTel. 0421 361-79318")], 0.6),
        ("space",),
        ("h", "Einladung zur öffentlichen Sitzung des Beirates Horn-Lehe", 12.5),
        ("kv", [("Termin:", "Donnerstag, 12.02.2026, 19:00 Uhr"),
                ("Ort:", "Aula der Schule an der Curiestraße, Curiestraße 4")], 0.12),
        ("pb", "Tagesordnung:"),
        ("table", None, [["1.", "Genehmigung der Tagesordnung und des Protokolls der Sitzung vom 15.01.2026"],
                         ["2.", "Bürgeranträge und Wünsche der Bürgerinnen und Bürger"],
                         ["3.", "Umgestaltung der Leher Heerstraße zwischen Lilienthaler Heerstraße und Berckstraße "
                                "– Vorstellung der Planung durch das Amt für Straßen und Verkehr\n"
                                "Stellungnahme des Beirates (Beschlussvorlage BV-HL 2026/03)"],
                         ["4.", "Antrag der Fraktion Bündnis 90/Die Grünen: Sichere Schulwege am Lehester Deich "
                                "(BA-HL 2026/02)"],
                         ["5.", "Globalmittel 2026 – Vergabe (BV-HL 2026/04)"],
                         ["6.", "Berichte des Ortsamtes und der Beiratssprecherin"],
                         ["7.", "Verschiedenes"]]),
        ("p", "Die Sitzung wird im Livestream übertragen."),
        ("p", "gez. Inga Kloppenburg\nOrtsamtsleiterin"),
    ],
    truth=dict(doc_type="Einladung", doc_type_printed="Einladung",  date="2026-01-26",
               title="öffentlichen Sitzung des Beirates Horn-Lehe", public=True,
               department="Ortsamt Horn-Lehe",
               references=["BV-HL 2026/03", "BA-HL 2026/02", "BV-HL 2026/04"],
               themes=["mobilitaet", "stadtentwicklung"], themes_why="street redesign, school routes",
               notes="Ortsamt letterhead with 'Bremen, date' and a contact; heading 'Einladung zur öffentlichen "
                     "Sitzung des Beirates Horn-Lehe' → title = session named as printed (inflected), public true. "
                     "Department = the Ortsamt that invites (doubtful: the Ortsamt is the Beirat's office). Agenda "
                     "numbers in brackets → references; phone, postcode, 'Curiestraße 4' are no references."))

doc(file="z33_horn-lehe_protokoll-beirat.pdf", producer="libreoffice-docx", font="Liberation Sans", size=10,
    layout="hornlehe_protokoll_word_2p", city="Beirat Horn-Lehe", pages=2,
    head="Ortsamt Horn-Lehe – Protokoll Nr. 02/2026 (2022–2027) der Sitzung des Beirates Horn-Lehe",
    running="Protokoll Beirat Horn-Lehe 12.02.2026 – Seite {page}",
    blocks=[
        ("h", "Protokoll der öffentlichen Sitzung des Beirates Horn-Lehe", 13),
        ("kv", [("Sitzungstag:", "12.02.2026"), ("Sitzungsbeginn:", "19:00 Uhr"), ("Sitzungsende:", "21:45 Uhr"),
                ("Sitzungsort:", "Aula der Schule an der Curiestraße")], 0.22),
        ("kv", [("Anwesend:", "Beiratsmitglieder: Frau Dreyer (Sprecherin), Herr Akyol, Frau Bischoff, Herr Cordes, "
                              "Frau Ehlers, Herr Fennen, Frau Grabowski, Herr Hasselmann, Frau Ilse, Herr Janßen, "
                              "Frau Kaminski, Herr Lüders, Frau Meinken\nOrtsamt: Frau Kloppenburg (Vorsitz), "
                              "Herr Osmers (Protokoll)\nGäste: Herr Rademacher (Amt für Straßen und Verkehr)")], 0.22),
        ("pb", "TOP 1: Genehmigung der Tagesordnung und des Protokolls"),
        ("p", "Die Tagesordnung wird genehmigt. Das Protokoll der Sitzung vom 15.01.2026 wird einstimmig genehmigt."),
        ("pb", "TOP 2: Bürgeranträge und Wünsche"),
        ("p", "Eine Anwohnerin der Marcusallee bittet um eine Prüfung der Parksituation vor der Kita. Das Ortsamt "
              "nimmt das Anliegen auf."),
        ("pb", "TOP 3: Umgestaltung der Leher Heerstraße (BV-HL 2026/03)"),
        ("p", "Herr Rademacher stellt die Planung vor: Radfahrstreifen in beiden Richtungen, 34 Baumpflanzungen, "
              "Wegfall von 41 Stellplätzen. In der Aussprache wird gefordert, Lieferzonen für die Geschäfte vorzusehen."),
        ("p", "Beschluss: Der Beirat stimmt der Planung mit den Maßgaben der Stellungnahme zu (12 Ja, 0 Nein, "
              "1 Enthaltung)."),
        ("pagebreak",),
        ("pb", "TOP 4: Antrag „Sichere Schulwege am Lehester Deich“ (BA-HL 2026/02)"),
        ("p", "Der Antrag wird nach Aussprache einstimmig angenommen. Das Ortsamt leitet ihn an die Senatorin für "
              "Bau, Mobilität und Stadtentwicklung weiter."),
        ("pb", "TOP 5: Globalmittel 2026 (BV-HL 2026/04)"),
        ("p", "Der Beirat vergibt Globalmittel in Höhe von 18.450 € an sieben Projekte (Liste als Anlage)."),
        ("pb", "TOP 6 und 7"),
        ("p", "Die Beiratssprecherin berichtet aus dem Koordinierungsausschuss. Die nächste Sitzung findet am "
              "12.03.2026 statt."),
        ("p", "Vorsitz: Kloppenburg          Beiratssprecherin: Dreyer          Protokoll: Osmers"),
    ],
    truth=dict(doc_type="Niederschrift", doc_type_printed="Protokoll", date="2026-02-12",
               title="öffentlichen Sitzung des Beirates Horn-Lehe", public=True,
               references=["BV-HL 2026/03", "BA-HL 2026/02", "BV-HL 2026/04"],
               themes=["mobilitaet", "finanzen"], themes_why="street redesign, neighbourhood funds",
               notes="Word header carries 'Protokoll Nr. 02/2026 (2022–2027)' — a protocol counter and the Beirat's "
                     "term, not a Drucksache (drucksache null, doubtful). Date = session day. Next session and the "
                     "Koordinierungsausschuss are lures."))

doc(file="z34_horn-lehe_stellungnahme-leher-heerstrasse.pdf", producer="libreoffice-html", font="Liberation Serif",
    size=11, layout="hornlehe_beirat_stellungnahme_html", city="Beirat Horn-Lehe",
    blocks=[
        ("p", "Freie Hansestadt Bremen\nOrtsamt Horn-Lehe"),
        ("right", "Bremen, 13.02.2026"),
        ("p", "Die Senatorin für Bau, Mobilität und Stadtentwicklung\nAmt für Straßen und Verkehr\n– per E-Mail –"),
        ("h", "Stellungnahme des Beirates Horn-Lehe", 13),
        ("kv", [("Beschluss-Nr.:", "BV-HL 2026/03"),
                ("Betr.:", "Umgestaltung der Leher Heerstraße zwischen Lilienthaler Heerstraße und Berckstraße"),
                ("Ihr Schreiben:", "vom 08.12.2025, Az. ASV-22-4/2025")], 0.2),
        ("p", "Der Beirat Horn-Lehe hat in seiner Sitzung am 12.02.2026 gemäß § 9 Ortsbeirätegesetz folgende "
              "Stellungnahme beschlossen:"),
        ("pi", "Der Beirat stimmt der vorgelegten Planung grundsätzlich zu. Er fordert,\n– zwei Lieferzonen vor den "
               "Geschäften an der Einmündung Berckstraße vorzusehen,\n– die Ampelschaltung an der Leher Heerstraße "
               "/ Marcusallee fußgängerfreundlich zu gestalten,\n– für die entfallenden Stellplätze ein "
               "Bewohnerparken in den Seitenstraßen zu prüfen."),
        ("p", "Abstimmung: 12 Ja, 0 Nein, 1 Enthaltung"),
        ("p", "Im Auftrag\nInga Kloppenburg\nOrtsamtsleiterin"),
    ],
    truth=dict(drucksache="BV-HL 2026/03", doc_type="Stellungnahme", doc_type_printed="Stellungnahme",
               date="2026-02-13",
               title="Umgestaltung der Leher Heerstraße zwischen Lilienthaler Heerstraße und Berckstraße",
               originator="Beirat Horn-Lehe", department="Ortsamt Horn-Lehe",
               themes=["mobilitaet", "stadtentwicklung"], themes_why="street redesign",
               notes="Stellungnahme of the Beirat sent by the Ortsamt. 'Beschluss-Nr.: BV-HL 2026/03' is the "
                     "Beirat's own decision number → drucksache (doubtful: the Einladung lists the same number as "
                     "a Beschlussvorlage). 'Az. ASV-22-4/2025' belongs to the authority's letter, no answers. "
                     "Originator the Beirat, department the Ortsamt that writes (doubtful). '§ 9 "
                     "Ortsbeirätegesetz' no reference."))

doc(file="z35_horn-lehe_antrag-gruene_schulwege.pdf", producer="chromium", font="Liberation Sans", size=10.5,
    layout="hornlehe_fraktion_antrag_chromium", city="Beirat Horn-Lehe",
    blocks=[
        ("p", "Fraktion Bündnis 90/Die Grünen im Beirat Horn-Lehe"),
        ("right", "Bremen, den 28. Januar 2026"),
        ("kv", [("Antrag für die Beiratssitzung am 12.02.2026", "BA-HL 2026/02")], 0.7),
        ("h", "Sichere Schulwege am Lehester Deich", 13),
        ("p", "Der Beirat möge beschließen:"),
        ("pi", "Der Beirat Horn-Lehe fordert die Senatorin für Bau, Mobilität und Stadtentwicklung auf, am Lehester "
               "Deich zwischen Marcusallee und Vorkampsweg einen durchgehenden Gehweg anzulegen, eine "
               "Querungshilfe an der Bushaltestelle einzurichten und Tempo 30 anzuordnen."),
        ("pb", "Begründung:"),
        ("p", "Der Lehester Deich ist Schulweg für rund 300 Kinder der Grundschule und der Oberschule. Auf 400 m "
              "fehlt ein Gehweg; Kinder gehen auf der Fahrbahn. 2025 gab es zwei Unfälle mit Radfahrenden."),
        ("p", "Für die Fraktion: Lena Grabowski, Malte Cordes"),
    ],
    truth=dict(drucksache="BA-HL 2026/02", doc_type="Antrag", doc_type_printed="Antrag", date="2026-01-28",
               title="Sichere Schulwege am Lehester Deich",
               originator="Fraktion Bündnis 90/Die Grünen im Beirat Horn-Lehe",
               themes=["mobilitaet", "bildung"], themes_why="school routes",
               notes="Fraktion in a Stadtteilbeirat. The number stands unlabelled beside 'Antrag für die "
                     "Beiratssitzung am 12.02.2026' in a borderless row. Consultation not labelled: "
                     "'Beiratssitzung' is a compound naming no body separately (doubtful — one may label Beirat "
                     "Horn-Lehe 2026-02-12). Title bold heading without label."))
