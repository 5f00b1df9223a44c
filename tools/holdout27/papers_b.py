"""holdout27 papers E–H: Amt Schlaubetal, Gemeinde Malliß, Zweckverband Horlofftal, Seniorenbeirat Meisenheim."""
from common import lab, paper

P = []

# ------------------------------------------------------------------ E Amt Schlaubetal (BB)
AS = "Amt Schlaubetal"

t = "Einführung eines digitalen Sitzungsdienstes und der elektronischen Akte in der Amtsverwaltung"
P.append(paper(
    "k19_amt-schlaubetal_aa-021-2026_digitaler-sitzungsdienst.pdf", "reportlab",
    [
        ("cols", ["Amt Schlaubetal", "Der Amtsdirektor", "Bahnhofstraße 7a, 15299 Müllrose"],
                 ["Drucksachen-Nr.: AA 021/2026", "Datum: 21.10.2026", "öffentlich: ja"]),
        ("rule",),
        ("kv", [("Vorlage", "Beschlussvorlage für den Amtsausschuss"),
                ("Einreicher", "Amtsdirektor"),
                ("Fachbereich", "Hauptamt / Sachgebiet IT und Organisation"),
                ("Bearbeitung", "Frau Yvonne Kaczmarek, Tel. 033606 770-140")]),
        ("h", "Gegenstand der Beschlussvorlage"),
        ("b", t),
        ("h", "Beratungsfolge"),
        ("p", "Die Vorlage wird im Finanzausschuss des Amtsausschusses am 12.11.2026 vorberaten; die Entscheidung trifft "
              "der Amtsausschuss in seiner Sitzung am 26.11.2026."),
        ("h", "Beschlussvorschlag"),
        ("p", "1. Der Amtsausschuss beschließt die Einführung eines digitalen Sitzungsdienstes mit Ratsinformationssystem "
              "und Mandatsträger-App für das Amt und die amtsangehörigen Gemeinden Grunow-Dammendorf, Mixdorf, Müllrose, "
              "Ragow-Merz, Schlaubetal und Siehdichum zum 01.07.2027.\n2. Die elektronische Akte wird stufenweise bis "
              "Ende 2028 eingeführt.\n3. Der Amtsdirektor wird ermächtigt, den Auftrag im Rahmen der bereitgestellten "
              "Mittel zu vergeben."),
        ("h", "Begründung"),
        ("p", "Derzeit werden jährlich rund 140 Sitzungen von Amtsausschuss, Gemeindevertretungen und Ausschüssen mit "
              "Papier vorbereitet. Einladungen und Vorlagen werden kopiert und per Boten verteilt; das bindet im Sachgebiet "
              "Sitzungsdienst etwa 0,6 Stellen. Mit dem Onlinezugangsgesetz und der Landesstrategie für die digitale "
              "Verwaltung müssen zudem Anträge und Bescheide elektronisch bearbeitet werden können."),
        ("p", "Der digitale Sitzungsdienst ermöglicht Einladungen über die App, eine Veröffentlichung der Vorlagen für "
              "Einwohnerinnen und Einwohner und die Beschlusskontrolle. Die Gemeindevertreterinnen und Gemeindevertreter "
              "erhalten Tablets; eine Schulung ist im Angebot enthalten. Für die elektronische Akte wird zunächst das "
              "Bauamt angebunden, danach Ordnungsamt und Kämmerei."),
        ("p", "Die Umstellung ändert Arbeitsabläufe im Hauptamt. Die frei werdende Stellenkapazität soll für die "
              "Betreuung der Gemeindevertretungen und die Datenschutzkoordination eingesetzt werden; der Personalrat ist "
              "beteiligt worden."),
        ("h", "Finanzielle Auswirkungen"),
        ("grid", [["", "2027", "2028", "ab 2029 jährlich"],
                  ["Lizenzen und Betrieb", "38.500 €", "41.000 €", "41.000 €"],
                  ["Einführung, Schulung", "24.000 €", "18.000 €", "–"],
                  ["Tablets (98 Stück)", "46.060 €", "–", "–"]], [40, 20, 20, 20]),
        ("p", "Die Kosten werden über die Amtsumlage auf die Gemeinden umgelegt. Ein Zuschuss aus dem Förderprogramm "
              "des Landes für kommunale Digitalisierung von 50 % der Einführungskosten ist beantragt (Az. 31-2026-0417); "
              "ohne Zuschuss steigt die Amtsumlage 2027 rechnerisch um 0,4 Prozentpunkte."),
        ("p", "Klimarelevanz: Die Maßnahme hat keine wesentlichen Auswirkungen auf den Klimaschutz; der geringere "
              "Papierverbrauch wird durch den Strombedarf der Geräte weitgehend ausgeglichen."),
        ("sp",),
        ("p", "Müllrose, 21.10.2026\n\nGerrit Pohlenz\nAmtsdirektor"),
    ],
    lab("schlaubetal_regisafe_reportlab_beschlussvorlage", AS, "Beschlussvorlage", "2026-10-21", t,
        drucksache="AA 021/2026", printed="Beschlussvorlage", public=True,
        department="Hauptamt / Sachgebiet IT und Organisation",
        consultations=[("Finanzausschuss des Amtsausschusses", "2026-11-12", "Vorberatung"),
                       ("Amtsausschuss", "2026-11-26", "Entscheidung")],
        klimacheck="neutral", klima_style="one prose paragraph at the end starting 'Klimarelevanz:' (no boxes): keine wesentlichen Auswirkungen",
        themes=["digitalisierung", "verwaltung", "finanzen"],
        why="digital council service and e-file; staff capacity shift has its own paragraph; cost table, Umlage effect and grant rate argued",
        notes="regisafe-like head: 'Drucksachen-Nr.: AA 021/2026' and 'öffentlich: ja' in the right column; 'Vorlage: Beschlussvorlage für den Amtsausschuss' key → printed 'Beschlussvorlage'; 'Einreicher: Amtsdirektor' is no originator. Beratungsfolge as prose (vorberaten → Vorberatung; 'die Entscheidung trifft' → Entscheidung). 'Az. 31-2026-0417' is no reference. Page 2 via cost table."),
    footer="Amt Schlaubetal – Drucksache AA 021/2026 – Seite {page} von {pages}"))

t = "Schulentwicklung: Zügigkeit der Grundschule Müllrose und Hortkapazitäten ab dem Schuljahr 2027/28"
P.append(paper(
    "k20_amt-schlaubetal_aa-024-2026_information-grundschule-hort.pdf", "chromium",
    [
        ("p", "AMT SCHLAUBETAL · Der Amtsdirektor"),
        ("rule",),
        ("grid", [["Informationsvorlage", "Nr.: AA 024/2026"],
                  ["Fachbereich", "Bürgerdienste, Schulen und Kitas"],
                  ["erstellt am", "02.11.2026"],
                  ["Öffentlichkeit", "öffentlich"]], [35, 65]),
        ("grid", [["Gremium", "Datum", "Art der Befassung"],
                  ["Amtsausschuss", "26.11.2026", "zur Kenntnis"]], [50, 20, 30]),
        ("b", "Betreff: " + t),
        ("p", "Das Amt ist Träger der Grundschule Müllrose. Nach der Schülerzahlprognose des Staatlichen Schulamtes steigt "
              "die Zahl der Schulanfänger von 41 (2026) auf 58 (2028). Ab dem Schuljahr 2027/28 wird die Schule daher "
              "dreizügig. Zwei zusätzliche Klassenräume können durch Umbau der ehemaligen Hausmeisterwohnung geschaffen "
              "werden; die Planung läuft."),
        ("p", "Der Hort der Grundschule ist mit 112 Kindern voll ausgelastet. Für 2027/28 fehlen rechnerisch 24 Plätze. "
              "Geprüft werden eine Doppelnutzung von Klassenräumen am Nachmittag und ein Hortcontainer auf dem Schulhof. "
              "Die Gemeinde Siehdichum hat angeboten, Räume der Kita in Pohlitz zu nutzen."),
        ("p", "Eine Beschlussvorlage mit Kosten folgt zur Sitzung im Februar 2027."),
        ("p", "Gerrit Pohlenz, Amtsdirektor"),
    ],
    lab("schlaubetal_html_informationsvorlage", AS, "Mitteilungsvorlage", "2026-11-02", t, drucksache="AA 024/2026",
        printed="Informationsvorlage", public=True, department="Bürgerdienste, Schulen und Kitas",
        consultations=[("Amtsausschuss", "2026-11-26", "Kenntnisnahme")],
        themes=["bildung", "soziales"],
        why="primary school growing to three classes; after-school care places (Hort) with its own paragraph",
        notes="Ruled key grid where the type word is the first key ('Informationsvorlage | Nr.: AA 024/2026'); 'Fachbereich | Bürgerdienste, …' → department as the value; 'erstellt am'; Gremium|Datum|Art der Befassung with 'zur Kenntnis'. 'Schuljahr 2027/28' in title and body."),
    font="dejavu"))

t = "Amtsumlage 2027 – Eckdaten und Zeitplan der Haushaltsplanung"
P.append(paper(
    "k21_amt-schlaubetal_schreiben-amtsdirektor_amtsumlage-2027.pdf", "libreoffice-docx",
    [
        ("cols", ["Amt Schlaubetal · Bahnhofstraße 7a · 15299 Müllrose", "",
                  "An die Bürgermeisterinnen und Bürgermeister", "der amtsangehörigen Gemeinden",
                  "– per E-Mail –"],
                 ["Fachbereich Finanzen / Kämmerei", "Auskunft: Herr Lars Wendisch",
                  "Telefon: 033606 770-210", "Az.: 902-12/2026", "Datum: 23.10.2026"]),
        ("sp",),
        ("b", t),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "für die Haushaltsplanung 2027 der Gemeinden übersende ich Ihnen die Eckdaten der Amtsumlage. Nach dem "
              "Entwurf des Amtshaushalts beträgt der durch Umlage zu deckende Finanzbedarf 4,92 Mio. € (2026: 4,61 Mio. €). "
              "Bei den vorläufigen Umlagegrundlagen ergibt sich ein Umlagesatz von 37,8 % (2026: 36,9 %)."),
        ("grid", [["Gemeinde", "Umlagegrundlage", "Amtsumlage 2027 (vorläufig)"],
                  ["Grunow-Dammendorf", "1.031.400 €", "389.870 €"],
                  ["Mixdorf", "842.900 €", "318.620 €"],
                  ["Müllrose", "6.244.300 €", "2.360.350 €"],
                  ["Ragow-Merz", "1.108.700 €", "419.090 €"],
                  ["Schlaubetal", "1.390.200 €", "525.500 €"],
                  ["Siehdichum", "2.398.500 €", "906.630 €"]], [40, 30, 30]),
        ("p", "Ursachen der Steigerung sind die Tarifabschlüsse im öffentlichen Dienst, die Digitalisierung des "
              "Sitzungsdienstes und höhere Schülerbeförderungskosten. Die endgültigen Werte liegen nach Festsetzung "
              "der Schlüsselzuweisungen vor."),
        ("p", "Zeitplan: Die Gemeinden werden nach § 139 Abs. 2 BbgKVerf bis zum 13.11.2026 angehört. Der Amtsausschuss "
              "soll die Haushaltssatzung am 26.11.2026 beschließen."),
        ("p", "Mit freundlichen Grüßen\nim Auftrag\n\nLars Wendisch\nKämmerer"),
    ],
    lab("schlaubetal_word_schreiben", AS, "Schreiben", "2026-10-23", t,
        department="Fachbereich Finanzen / Kämmerei",
        themes=["finanzen"],
        why="Umlage figures for the member municipalities; cost drivers are single clauses",
        notes="Word DIN letter of the Amt: address left, contact column right (unit, clerk, phone, 'Az.: 902-12/2026', Datum). No type word → doc_type_printed null; no number. Hearing deadline and the Amtsausschuss date are in text → no consultation. '§ 139 Abs. 2 BbgKVerf' lure."),
    footer="Amt Schlaubetal · IBAN DE12 1705 5050 3100 4417 20 · www.amt-schlaubetal.example"))

t = "18. Sitzung des Amtsausschusses des Amtes Schlaubetal"
P.append(paper(
    "k22_amt-schlaubetal_einladung-amtsausschuss_2026-11-26.pdf", "ghostscript",
    [
        ("p", "Amt Schlaubetal - Der Vorsitzende des Amtsausschusses"),
        ("right", "Müllrose, den 13.11.2026"),
        ("p", "An die Mitglieder des Amtsausschusses"),
        ("title", "Einladung"),
        ("p", "zur " + t + " am Donnerstag, dem 26.11.2026, 18:30 Uhr, im Haus des Gastes Müllrose, Kietz 5."),
        ("h", "Öffentlicher Teil"),
        ("p", "1. Eröffnung, Feststellung der ordnungsgemäßen Ladung und der Beschlussfähigkeit\n"
              "2. Bestätigung der Tagesordnung und der Niederschrift vom 24.09.2026\n"
              "3. Bericht des Amtsdirektors\n"
              "4. Einführung eines digitalen Sitzungsdienstes und der elektronischen Akte - Drucksache AA 021/2026\n"
              "5. Haushaltssatzung und Haushaltsplan des Amtes Schlaubetal für das Jahr 2027 - Drucksache AA 025/2026\n"
              "6. Schulentwicklung Grundschule Müllrose und Hort - Informationsvorlage AA 024/2026\n"
              "7. Anfragen der Mitglieder des Amtsausschusses"),
        ("h", "Nichtöffentlicher Teil"),
        ("p", "8. Personalangelegenheit - Drucksache AA 026/2026\n9. Informationen"),
        ("p", "Die Einladung wird im Amtsblatt für das Amt Schlaubetal Nr. 11/2026 öffentlich bekannt gemacht."),
        ("sp",),
        ("p", "Detlef Marquardt\nVorsitzender des Amtsausschusses"),
    ],
    lab("schlaubetal_ps_einladung", AS, "Einladung", "2026-11-13", t, printed="Einladung", public=True,
        references=["AA 021/2026", "AA 025/2026", "AA 024/2026", "AA 026/2026"],
        themes=["finanzen", "digitalisierung", "bildung"],
        why="budget statute 2027, digital council service, school development report; Bericht, Anfragen, personnel not counted",
        notes="PostScript letter; agenda as numbered free lines with 'Drucksache AA …' at line ends (no table). Title = the session in the 'zur …' line. 'Amtsblatt Nr. 11/2026' and 'Niederschrift vom 24.09.2026' are lures."),
    font="serif", footer="Amt Schlaubetal · Bahnhofstraße 7a · 15299 Müllrose · Tel. 033606 770-0"))

# ------------------------------------------------------------------ F Gemeinde Malliß (Amt Dömitz-Malliß template)
MA = "Gemeinde Malliß"
AMTHEAD = "Amt Dömitz-Malliß · für die Gemeinden Dömitz, Grebs-Niendorf, Karenz, Malk Göhren, Malliß, Neu Kaliß, Vielank"

t = "Ausbau des Gemeindeverbindungsweges Conow – Karenz (Ländlicher Wegebau)"
P.append(paper(
    "k23_malliss_gv-ma-17-2026_wegebau-conow-karenz.pdf", "libreoffice-docx",
    [
        ("grid", [["Gemeinde Malliß", "Beschlussvorlage", "GV Ma 17/2026"],
                  ["Amt: Bauamt", "Verfasser: Sören Lüdtke", "Datum: 02.11.2026"]], [40, 35, 25]),
        ("grid", [["Beratungsfolge", "Termin", "Behandlung"],
                  ["Bau- und Finanzausschuss der Gemeinde Malliß", "17.11.2026", "Vorberatung (nicht öffentlich)"],
                  ["Gemeindevertretung Malliß", "01.12.2026", "Beschlussfassung (öffentlich)"]], [50, 18, 32]),
        ("b", "Betreff: " + t),
        ("h", "Sachverhalt:"),
        ("p", "Der Verbindungsweg zwischen Conow und Karenz (2,3 km) ist eine Betonspurbahn aus den 1970er Jahren. Er wird "
              "von Landwirtschaft, Schulbus-Zubringern und Radfahrenden auf dem Elde-Radweg genutzt. Die Platten sind "
              "gebrochen, die Bankette ausgefahren."),
        ("p", "Vorgesehen ist ein Ausbau in Asphaltbauweise auf 3,50 m mit Ausweichstellen. Die Kosten betragen nach "
              "Kostenberechnung des Ingenieurbüros 812.000 €. Das Land fördert den ländlichen Wegebau mit 75 % der "
              "förderfähigen Kosten; der Förderbescheid liegt vor. Der Eigenanteil von rund 203.000 € wird zu 120.000 € "
              "aus der Investitionspauschale und zu 83.000 € über einen Kredit finanziert; die Kreditaufnahme ist in der "
              "Haushaltssatzung 2026 genehmigt."),
        ("h", "Beschlussvorschlag:"),
        ("p", "Die Gemeindevertretung Malliß beschließt den Ausbau des Gemeindeverbindungsweges Conow – Karenz und die "
              "Finanzierung wie dargestellt. Der Bürgermeister wird ermächtigt, den Auftrag an den wirtschaftlichsten "
              "Bieter zu vergeben."),
        ("p", "Finanzielle Auswirkungen: ja – Produktkonto 54100.0960000"),
        ("sp",),
        ("p", "Holger Tetzlaff\nBürgermeister"),
    ],
    lab("malliss_amt_word_beschlussvorlage", MA, "Beschlussvorlage", "2026-11-02", t, drucksache="GV Ma 17/2026",
        printed="Beschlussvorlage", department="Bauamt",
        consultations=[("Bau- und Finanzausschuss der Gemeinde Malliß", "2026-11-17", "Vorberatung"),
                       ("Gemeindevertretung Malliß", "2026-12-01", "Entscheidung")],
        themes=["mobilitaet", "finanzen"],
        why="road between two villages used by school buses and cyclists; grant quota, own share, credit argued",
        notes="Word template of an Amt serving seven Gemeinden (header lists them); three-cell ruled head (council | type | number) with 'Amt: Bauamt' → department 'Bauamt'. Beratungsfolge with status in brackets per committee (nicht öffentlich / öffentlich) → public null (mixed). 'Produktkonto 54100.0960000', '3,50 m' lures."),
    header=AMTHEAD))

t = "Einrichtung eines Wohnmobilstellplatzes an der Elde in Malliß"
P.append(paper(
    "k24_malliss_antrag-waehlergemeinschaft_wohnmobilstellplatz.pdf", "chromium",
    [
        ("title", "Wählergemeinschaft „Pro Malliß“"),
        ("small", "Sprecherin: Janine Oldörp · Am Elde-Kanal 4 · 19294 Malliß"),
        ("rule",),
        ("p", "An den Bürgermeister der Gemeinde Malliß\nüber das Amt Dömitz-Malliß\nGoethestraße 21\n19303 Dömitz"),
        ("right", "Malliß, 03.11.2026"),
        ("b", "Antrag: " + t),
        ("p", "Die Gemeindevertretung möge beschließen:"),
        ("p", "Das Amt wird gebeten, auf der gemeindeeigenen Fläche an der Elde (ehemaliger Lagerplatz) einen "
              "Wohnmobilstellplatz mit 12 Stellplätzen, Strom- und Wasseranschluss und einer Entsorgungsstation zu "
              "planen und Fördermöglichkeiten aus der Tourismusförderung zu prüfen."),
        ("h", "Begründung"),
        ("p", "Der Wasserwander- und Radtourismus an der Elde-Wasserstraße wächst. Wohnmobile stehen heute wild am "
              "Ufer; Gäste fahren zum Einkaufen und Essen nach Dömitz. Ein Stellplatz brächte Übernachtungsgäste, "
              "Umsatz für den Dorfladen, die Gaststätte und den Bootsverleih sowie Gebühreneinnahmen von geschätzt "
              "15.000 € im Jahr. Betreiben könnte ihn der Bootsverleih gegen Pacht."),
        ("p", "Für die Wählergemeinschaft\nJanine Oldörp"),
    ],
    lab("malliss_waehlergemeinschaft_html_antrag", MA, "Antrag", "2026-11-03", t, printed="Antrag",
        originator="Wählergemeinschaft „Pro Malliß“",
        themes=["wirtschaft"],
        why="motorhome site for tourism; local shops and the boat hire as beneficiaries; fees only estimated",
        notes="Chromium letter of a Wählergemeinschaft (letterhead as large bold line); 'Antrag: …' as one bold line → title without the label. No committee or session named → consultations empty. Postcodes and '15.000 €' lures."),
    font="sans"))

t = "Sitzung der Gemeindevertretung Malliß"
P.append(paper(
    "k25_malliss_niederschrift-gemeindevertretung_2026-12-01.pdf", "ghostscript",
    [
        ("p", "Gemeinde Malliß - Amt Dömitz-Malliß"),
        ("title", "Niederschrift"),
        ("kv", [("Sitzung", t), ("Sitzungstermin", "Dienstag, 01.12.2026, 19:00 Uhr - 21:52 Uhr"),
                ("Ort", "Gemeindezentrum Malliß, Ludwigsluster Straße 2"),
                ("Vorsitz", "Bürgermeister Holger Tetzlaff")]),
        ("p", "Anwesend: Gemeindevertreterinnen und Gemeindevertreter Bendt, Gohlke, Kratzert, Oldörp, Pahl, Schwanbeck, "
              "Siewert, Ziems; entschuldigt: Brüning. Vom Amt: Herr Lüdtke (Bauamt), Frau Raddatz (Protokoll)."),
        ("h", "Öffentlicher Teil"),
        ("h", "TOP 1 Eröffnung und Feststellung der Beschlussfähigkeit"),
        ("p", "Der Bürgermeister eröffnet die Sitzung um 19:00 Uhr, stellt die form- und fristgerechte Ladung sowie die "
              "Beschlussfähigkeit fest. 8 von 9 Mitgliedern sind anwesend."),
        ("h", "TOP 2 Einwohnerfragestunde"),
        ("p", "Ein Einwohner aus Neu Kaliß fragt nach dem Stand der Straßenbeleuchtung in der Bahnhofstraße. Herr Lüdtke "
              "sagt eine schriftliche Antwort zu. Eine Einwohnerin aus Conow bittet um einen Spiegel an der Einmündung "
              "Dorfstraße."),
        ("h", "TOP 3 Ausbau des Gemeindeverbindungsweges Conow - Karenz - Vorlage GV Ma 17/2026"),
        ("p", "Herr Lüdtke stellt die Planung vor: Asphaltbauweise auf 3,50 m, Ausweichstellen alle 300 m, Bauzeit April "
              "bis August 2027. Auf Nachfrage von Herrn Pahl erläutert er die Finanzierung: 75 % Förderung, Eigenanteil "
              "203.000 EUR, davon 83.000 EUR Kredit. Frau Siewert regt an, den Weg für den Elde-Radweg auszuschildern; "
              "dies wird in den Beschluss aufgenommen."),
        ("p", "Beschluss: Die Gemeindevertretung beschließt den Ausbau und die Finanzierung gemäß Vorlage, ergänzt um die "
              "Radwegbeschilderung.\nAbstimmung: 7 Ja, 0 Nein, 1 Enthaltung."),
        ("h", "TOP 4 Antrag der Wählergemeinschaft \"Pro Malliß\": Wohnmobilstellplatz an der Elde - AN Ma 04/2026"),
        ("p", "Frau Oldörp begründet den Antrag. Herr Gohlke befürchtet Lärm für die Anlieger am Elde-Kanal; Herr Kratzert "
              "verweist auf die Hochwassergefahr auf der Fläche. Der Bürgermeister schlägt vor, zunächst die Eignung der "
              "Fläche zu prüfen."),
        ("p", "Beschluss: Das Amt wird beauftragt, die Eignung der Fläche einschließlich Hochwasserschutz und "
              "Fördermöglichkeiten bis zur Sitzung im März 2027 zu prüfen.\nAbstimmung: 6 Ja, 2 Nein, 0 Enthaltungen."),
        ("h", "TOP 5 Haushaltssatzung der Gemeinde Malliß für das Haushaltsjahr 2027 - Vorlage GV Ma 19/2026"),
        ("p", "Frau Raddatz trägt für die Kämmerei vor. Der Ergebnishaushalt schließt mit einem Fehlbetrag von 184.300 EUR; "
              "der Haushaltsausgleich gelingt nur durch Entnahme aus der Kapitalrücklage. Die Hebesätze der Grundsteuer B "
              "bleiben bei 420 %, die Gewerbesteuer bei 380 %. Die Gemeindevertretung diskutiert die Erhöhung der "
              "Amtsumlage und die Investitionen in das Feuerwehrgerätehaus Karenz."),
        ("p", "Herr Schwanbeck beantragt, die Mittel für die Sanierung des Spielplatzes Vielank von 2028 auf 2027 "
              "vorzuziehen und dafür die Gehwegsanierung in der Ludwigsluster Straße zu strecken. Der Antrag wird mit "
              "5 Ja, 3 Nein angenommen."),
        ("p", "Beschluss: Die Haushaltssatzung 2027 wird mit der beschlossenen Änderung erlassen.\nAbstimmung: 6 Ja, "
              "1 Nein, 1 Enthaltung."),
        ("h", "TOP 6 Mobilfunkversorgung in Karenz und Conow - Beantwortung der Anfrage von Herrn Pahl"),
        ("p", "Der Bürgermeister verliest die Antwort des Amtes: Ein Netzbetreiber plant einen Mast am Sportplatz Karenz; "
              "der Standortvertrag liegt der Gemeinde im Entwurf vor. Der Bau ist für 2027 angekündigt. Herr Pahl bittet, "
              "den Vertrag im nächsten Bauausschuss vorzustellen."),
        ("h", "TOP 7 Informationen des Bürgermeisters"),
        ("p", "Die Weihnachtsfeier für Seniorinnen und Senioren findet am 12.12.2026 im Gemeindezentrum statt. Der "
              "Winterdienst für die Ortsteile ist an die Agrargenossenschaft vergeben."),
        ("h", "Nichtöffentlicher Teil"),
        ("p", "TOP 8 Grundstücksangelegenheiten - Vorlage GV Ma 20/2026 (gesonderte Niederschrift)"),
        ("sp",),
        ("p", "Holger Tetzlaff, Bürgermeister                      Marit Raddatz, Protokollführerin"),
        ("pb",),
        ("b", "Anlage 1 zur Niederschrift: Anwesenheitsliste"),
        ("grid", [["Name", "Funktion", "anwesend", "Unterschrift"],
                  ["Holger Tetzlaff", "Bürgermeister, Vorsitz", "ja", ""],
                  ["Kerstin Bendt", "Gemeindevertreterin", "ja", ""],
                  ["Mathias Brüning", "Gemeindevertreter", "entschuldigt", ""],
                  ["Dirk Gohlke", "Gemeindevertreter", "ja", ""],
                  ["Anke Kratzert", "Gemeindevertreterin", "ja", ""],
                  ["Janine Oldörp", "Gemeindevertreterin", "ja", ""],
                  ["Ronny Pahl", "Gemeindevertreter", "ja", ""],
                  ["Enrico Schwanbeck", "Gemeindevertreter", "ja", ""],
                  ["Birgit Siewert", "Gemeindevertreterin", "ja", ""],
                  ["Frank Ziems", "Gemeindevertreter", "ja", ""],
                  ["Sören Lüdtke", "Amt Dömitz-Malliß, Bauamt", "ja", ""],
                  ["Marit Raddatz", "Amt Dömitz-Malliß, Protokoll", "ja", ""]], [30, 35, 15, 20]),
    ],
    lab("malliss_amt_ps_niederschrift", MA, "Niederschrift", "2026-12-01", t, printed="Niederschrift", public=True,
        references=["GV Ma 17/2026", "AN Ma 04/2026", "GV Ma 19/2026", "GV Ma 20/2026"],
        themes=["finanzen", "mobilitaet", "wirtschaft", "digitale_infrastruktur"],
        why="budget statute with debated amendment (largest), road upgrade with financing, motorhome site check, mobile mast answer; Einwohnerfragestunde and Informationen not counted",
        notes="PostScript minutes, 3 pages (attendance list as Anlage on page 3) with page footer; key table 'Sitzung | Sitzung der Gemeindevertretung Malliß' → title; 'Sitzungstermin' carries the date; agenda item numbers as references incl. the Antrag's 'AN Ma 04/2026'. 'EUR' for €, ASCII quotes; dates of the senior party and the next sessions are lures."),
    footer="Niederschrift der Gemeindevertretung Malliß vom 01.12.2026 - Seite {page} von {pages}"))

t = "Mobilfunkversorgung in Karenz und Conow"
P.append(paper(
    "k26_malliss_anfrage-gemeindevertreter_mobilfunk.pdf", "reportlab",
    [
        ("p", "Ronny Pahl\nGemeindevertreter\nDorfstraße 17\n19294 Karenz"),
        ("right", "Karenz, 09.11.2026"),
        ("p", "Amt Dömitz-Malliß\nfür den Bürgermeister der Gemeinde Malliß\nGoethestraße 21\n19303 Dömitz"),
        ("sp",),
        ("b", "Anfrage zur Sitzung der Gemeindevertretung Malliß am 01.12.2026"),
        ("kv", [("Thema", t)]),
        ("p", "In Karenz und im Ortsteil Conow gibt es in vielen Häusern keinen Handyempfang; auch Notrufe brechen ab. "
              "Ich frage daher:"),
        ("p", "1. Liegen der Gemeinde oder dem Amt Anfragen von Netzbetreibern für einen Mobilfunkstandort vor?\n"
              "2. Kann die Gemeinde eine eigene Fläche, etwa am Sportplatz Karenz, anbieten?\n"
              "3. Wurde die Gemeinde in das Förderprogramm des Bundes für weiße Flecken gemeldet?"),
        ("p", "Ich bitte um Beantwortung in der Sitzung.\n\nRonny Pahl"),
    ],
    lab("malliss_member_reportlab_anfrage", MA, "Anfrage", "2026-11-09", t, printed="Anfrage", originator="Ronny Pahl",
        consultations=[("Gemeindevertretung Malliß", "2026-12-01", None)],
        themes=["digitale_infrastruktur"],
        why="mobile coverage gaps and a mast site",
        notes="ReportLab member letter; 'Anfrage zur Sitzung der Gemeindevertretung Malliß am 01.12.2026' bold line → consultation without role; title from key 'Thema'. Originator by name only."),
    font="serif"))

# ------------------------------------------------------------------ G Zweckverband Wasserversorgung Horlofftal (HE)
ZV = "Zweckverband Wasserversorgung Horlofftal"

t = "Neubau des Hochbehälters Utphe und der Verbindungsleitung nach Trais-Horloff – Baubeschluss und Finanzierung"
P.append(paper(
    "k27_zv-horlofftal_vv-drs-11-2026_hochbehaelter-utphe.pdf", "chromium",
    [
        ("cols", ["Zweckverband Wasserversorgung Horlofftal", "Der Verbandsvorstand",
                  "Technische Betriebsleitung · Ing. Clemens Wörner · 06008 9117-30"],
                 ["VV-Drs. 11/2026", "Beschlussvorlage", "Echzell, 14.10.2026"]),
        ("rule",),
        ("title", t),
        ("kv", [("Verbandsvorstand", "04.11.2026 – Vorberatung"),
                ("Verbandsversammlung", "25.11.2026 – Beschluss"),
                ("Sitzungsart", "öffentlich")]),
        ("h", "1. Anlass"),
        ("p", "Der Hochbehälter Utphe (Baujahr 1958, 400 m³) ist undicht und zu klein. In den Trockensommern 2022 und "
              "2025 musste der Verband in Utphe und Trais-Horloff den Rasensprengen untersagen, weil die Speichermenge "
              "für Verbrauchsspitzen nicht ausreichte. Die Grundwasserneubildung im Horlofftal geht seit Jahren zurück; "
              "die Versorgungssicherheit erfordert einen Verbund mit dem Brunnen Bingenheim."),
        ("h", "2. Maßnahme"),
        ("p", "Geplant sind ein neuer Hochbehälter mit zwei Kammern zu je 600 m³ und eine 3,8 km lange Verbindungsleitung "
              "DN 200 nach Trais-Horloff. Das Ingenieurbüro hat die Entwurfsplanung mit Kosten von 4,35 Mio. € netto "
              "vorgelegt (Beschluss der Verbandsversammlung zur Planung: VV-Drs. 06/2025)."),
        ("h", "3. Finanzierung"),
        ("grid", [["Quelle", "Betrag"],
                  ["Landesförderung Wasserinfrastruktur (30 %)", "1.305.000 €"],
                  ["Darlehen", "2.600.000 €"],
                  ["Rücklage des Verbandes", "445.000 €"]], [70, 30]),
        ("p", "Zins und Tilgung erhöhen den Wasserpreis ab 2028 um voraussichtlich 0,18 €/m³. Die Verbandsumlage der "
              "Mitgliedsgemeinden bleibt unverändert."),
        ("h", "4. Auswirkungen auf den Klimaschutz"),
        ("p", "☐ positiv   ☒ negativ   ☐ neutral\nBau und Betrieb (Pumpenstrom zusätzlich ca. 42.000 kWh/a) verursachen "
              "zusätzliche Emissionen; die Pumpen werden über den Ökostromvertrag des Verbandes versorgt."),
        ("h", "5. Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt den Bau des Hochbehälters Utphe und der Verbindungsleitung nach "
              "Trais-Horloff und die Finanzierung wie unter 3. dargestellt."),
        ("sp",),
        ("p", "Walter Reinheimer\nVerbandsvorsteher"),
    ],
    lab("horlofftal_zv_html_beschlussvorlage", ZV, "Beschlussvorlage", "2026-10-14", t, drucksache="VV-Drs. 11/2026",
        printed="Beschlussvorlage", public=True, department="Technische Betriebsleitung",
        references=["VV-Drs. 06/2025"],
        consultations=[("Verbandsvorstand", "2026-11-04", "Vorberatung"),
                       ("Verbandsversammlung", "2026-11-25", "Entscheidung")],
        klimacheck="negative", klima_style="numbered heading '4. Auswirkungen auf den Klimaschutz', line ☐ positiv ☒ negativ ☐ neutral, then sentences with kWh",
        themes=["klima_umwelt", "finanzen"],
        why="drinking-water storage against drought and falling groundwater; grant, loan, reserve and water-price effect argued (negative Klimacheck does not add the label, the water-resource subject does)",
        notes="Zweckverband head: left body, board and 'Technische Betriebsleitung' with engineer and phone, right number/type/place-date. Beratungsfolge as key rows 'Verbandsvorstand | 04.11.2026 – Vorberatung' (committee as key), 'Beschluss' → Entscheidung. 'DN 200', '600 m³', 'Trockensommern 2022 und 2025' lures."),
    font="dejavu"))

t = "Neubau des Hochbehälters Utphe – geänderte Kostenberechnung und Finanzierung"
P.append(paper(
    "k28_zv-horlofftal_vv-drs-11-2026-e_ergaenzung-hochbehaelter.pdf", "ghostscript",
    [
        ("p", "Zweckverband Wasserversorgung Horlofftal - Der Verbandsvorstand"),
        ("rule",),
        ("kv", [("Ergänzungsvorlage", "VV-Drs. 11/2026 E"), ("zu", "VV-Drs. 11/2026 vom 14.10.2026"),
                ("Datum", "18.11.2026"), ("Bereich", "Technische Betriebsleitung"),
                ("Beratung", "Verbandsversammlung, 25.11.2026 (Beschluss)"),
                ("Sitzungsart", "nichtöffentlich")]),
        ("b", t),
        ("p", "Nach Vorberatung im Verbandsvorstand am 04.11.2026 hat das Ingenieurbüro die Kostenberechnung "
              "fortgeschrieben. Wegen gestiegener Stahl- und Betonpreise erhöhen sich die Kosten um 290.000 EUR auf "
              "4,64 Mio. EUR netto. Die Landesförderung wird auf die neue Summe beantragt; das Darlehen erhöht sich um "
              "203.000 EUR, der Rest wird aus der Rücklage gedeckt."),
        ("grid", [["Quelle", "bisher", "neu"],
                  ["Landesförderung (30 %)", "1.305.000 EUR", "1.392.000 EUR"],
                  ["Darlehen", "2.600.000 EUR", "2.803.000 EUR"],
                  ["Rücklage", "445.000 EUR", "445.000 EUR"]], [50, 25, 25]),
        ("p", "Der Wasserpreis steigt ab 2028 voraussichtlich um 0,19 EUR/m3 statt 0,18 EUR/m3."),
        ("b", "Geänderter Beschlussvorschlag"),
        ("p", "Die Verbandsversammlung beschließt den Bau und die Finanzierung in der Fassung dieser Ergänzungsvorlage."),
        ("sp",),
        ("p", "Walter Reinheimer, Verbandsvorsteher"),
    ],
    lab("horlofftal_zv_ps_ergaenzungsvorlage", ZV, "Ergänzungsvorlage", "2026-11-18", t, drucksache="VV-Drs. 11/2026 E",
        printed="Ergänzungsvorlage", public=False, department="Technische Betriebsleitung",
        references=["VV-Drs. 11/2026"],
        consultations=[("Verbandsversammlung", "2026-11-25", "Entscheidung")],
        themes=["finanzen", "klima_umwelt"],
        why="supplement that changes only costs and financing of the water storage project",
        notes="PostScript key table 'Ergänzungsvorlage | VV-Drs. 11/2026 E', 'zu | VV-Drs. 11/2026 vom 14.10.2026' (reference, not own number), 'Bereich' → department. Own suffix 'E'. 'Sitzungsart | nichtöffentlich' (cost figures before the award) → public false, although the Vorlage it supplements is public. The Vorstand's past session in text is no consultation. 'm3', 'EUR' ASCII."),
    footer="Zweckverband Wasserversorgung Horlofftal · Lindenstraße 9 · 61209 Echzell"))

t = "Wasserpreis und Verbandsumlage 2027"
P.append(paper(
    "k29_zv-horlofftal_schreiben-verbandsvorsteher_wasserpreis-2027.pdf", "reportlab",
    [
        ("b", "Zweckverband Wasserversorgung Horlofftal"),
        ("small", "Körperschaft des öffentlichen Rechts · Lindenstraße 9 · 61209 Echzell"),
        ("rule",),
        ("cols", ["An die Verbandsmitglieder", "des Zweckverbandes", "– per E-Mail –"],
                 ["Ihr Zeichen: –", "Unser Zeichen: VV/Rh 2026-118", "Kaufmännische Leitung", "Frau Svenja Obermüller",
                  "Telefon 06008 9117-12", "Echzell, 29.10.2026"]),
        ("b", t),
        ("p", "Sehr geehrte Damen und Herren,"),
        ("p", "der Verbandsvorstand hat in seiner Sitzung am 27.10.2026 den Entwurf des Wirtschaftsplans 2027 festgestellt. "
              "Danach ändern sich die Entgelte für Ihre Bürgerinnen und Bürger wie folgt:"),
        ("grid", [["Entgelt", "2026", "2027"],
                  ["Wasserpreis je m³ (netto)", "2,34 €", "2,46 €"],
                  ["Grundgebühr Zähler Qn 2,5 je Monat", "6,50 €", "6,90 €"],
                  ["Verbandsumlage je Einwohner", "4,10 €", "4,10 €"]], [60, 20, 20]),
        ("p", "Gründe sind die höheren Strompreise für die Förderung, die Nitratsanierung am Brunnen Gettenau und der "
              "Aufbau einer Rücklage für den Hochbehälter Utphe. Mit der Grundwasserbehörde ist ein Programm zur "
              "Reduzierung der Fördermenge in Trockenperioden vereinbart."),
        ("p", "Die Verbandsversammlung entscheidet am 25.11.2026. Wir bitten Sie, die Beträge in Ihren Haushaltsentwurf zu "
              "übernehmen."),
        ("p", "Mit freundlichen Grüßen\n\nWalter Reinheimer\nVerbandsvorsteher"),
    ],
    lab("horlofftal_zv_reportlab_schreiben", ZV, "Schreiben", "2026-10-29", t, department="Kaufmännische Leitung",
        themes=["finanzen", "klima_umwelt"],
        why="water price and fees (finanzen), driven by nitrate remediation and drought-period groundwater programme (klima_umwelt second)",
        notes="ReportLab DIN letter to the member municipalities; contact column right with 'Unser Zeichen: VV/Rh 2026-118' (no reference), unit 'Kaufmännische Leitung' → department; place-date in the contact column. Board session in the past and the Verbandsversammlung date in text are no consultations; 'Qn 2,5' lure."),
    footer="Zweckverband Wasserversorgung Horlofftal · USt-IdNr. DE 812 447 903 · Telefon 06008 9117-0"))

t = "Grundwasserstände, Fördermengen und Wasserrechte im Jahr 2026"
P.append(paper(
    "k30_zv-horlofftal_vv-drs-13-2026_bericht-grundwasser.pdf", "libreoffice-docx",
    [
        ("p", "Zweckverband Wasserversorgung Horlofftal"),
        ("grid", [["Bericht", "VV-Drs. 13/2026"],
                  ["Berichterstatter", "Verbandsvorsteher / Technische Betriebsleitung"],
                  ["Datum", "05.11.2026"],
                  ["Verbandsversammlung", "25.11.2026 – zur Kenntnisnahme"]], [35, 65]),
        ("b", t),
        ("p", "Die drei Brunnen des Verbandes (Bingenheim, Gettenau, Utphe) förderten von Januar bis September 2026 "
              "insgesamt 1,12 Mio. m³. Das Wasserrecht für den Brunnen Gettenau ist bis 2031 befristet und erlaubt "
              "jährlich 600.000 m³."),
        ("p", "Die Grundwasserstände lagen im Sommer an allen Messstellen 0,4 bis 0,9 m unter dem langjährigen Mittel. "
              "Der Verband hat im Juli erstmals die Stufe 1 des Grundwasser-Ampelsystems ausgerufen und die Bevölkerung "
              "zum Wassersparen aufgerufen; der Spitzenverbrauch sank um 9 %."),
        ("p", "Die Nitratwerte am Brunnen Gettenau liegen mit 38 mg/l unter dem Grenzwert, steigen aber. Mit 14 "
              "landwirtschaftlichen Betrieben wurden Kooperationsverträge zur grundwasserschonenden Düngung geschlossen."),
        ("p", "Der Bericht dient der Information der Verbandsversammlung; ein Beschluss ist nicht erforderlich."),
    ],
    lab("horlofftal_zv_word_bericht", ZV, "Mitteilungsvorlage", "2026-11-05", t, drucksache="VV-Drs. 13/2026",
        printed="Bericht", department="Technische Betriebsleitung",
        consultations=[("Verbandsversammlung", "2026-11-25", "Kenntnisnahme")],
        themes=["klima_umwelt"],
        why="groundwater levels, drought alert and nitrate cooperation with farms",
        notes="Word ruled key grid 'Bericht | VV-Drs. 13/2026' → Mitteilungsvorlage printed 'Bericht'; 'Berichterstatter | Verbandsvorsteher / Technische Betriebsleitung' → department the unit part (arguable). Committee as key with date and 'zur Kenntnisnahme'. '38 mg/l', '2031' lures."),
    header="ZV Wasserversorgung Horlofftal · Bericht an die Verbandsversammlung"))

# ------------------------------------------------------------------ H Seniorenbeirat der Stadt Meisenheim (RP)
ME = "Stadt Meisenheim"
SB = "Seniorenbeirat der Stadt Meisenheim"

t = "Barrierefreier Zugang zum Rathaus und öffentliche Toilette am Marktplatz"
P.append(paper(
    "k31_meisenheim_antrag-seniorenbeirat_barrierefreies-rathaus.pdf", "chromium",
    [
        ("title", "Seniorenbeirat der Stadt Meisenheim"),
        ("small", "Vorsitzende: Gisela Hambach-Wirth · Amtsgasse 12 · 55590 Meisenheim"),
        ("rule",),
        ("p", "An den Stadtbürgermeister\nHerrn Tobias Lenhard\nRathaus, Untergasse 23\n55590 Meisenheim"),
        ("right", "Meisenheim, 14. Oktober 2026"),
        ("title", "Antrag an den Stadtrat"),
        ("kv", [("Betreff", t), ("Sitzung", "Stadtrat, 26.11.2026")]),
        ("p", "Der Seniorenbeirat hat in seiner Sitzung am 07.10.2026 einstimmig beschlossen, dem Stadtrat folgenden "
              "Antrag vorzulegen:"),
        ("p", "1. Der Eingang des Rathauses erhält eine Rampe oder einen Treppenlift, damit Menschen mit Rollator und "
              "Rollstuhl das Bürgerbüro erreichen.\n2. Am Marktplatz wird eine barrierefreie öffentliche Toilette "
              "eingerichtet, zum Beispiel als „Nette Toilette“ in Zusammenarbeit mit der Gastronomie.\n3. Die Stadt "
              "prüft Zuschüsse aus dem Landesprogramm für barrierefreie Kommunen."),
        ("h", "Begründung"),
        ("p", "Fast ein Drittel der Einwohnerinnen und Einwohner ist älter als 65 Jahre. Die fünf Stufen am Rathaus sind "
              "für viele ein Hindernis; Anliegen werden derzeit an der Tür besprochen. Ältere Menschen meiden die "
              "Altstadt, weil es keine erreichbare Toilette gibt."),
        ("p", "Gisela Hambach-Wirth\nVorsitzende"),
    ],
    lab("meisenheim_beirat_html_antrag", ME, "Antrag", "2026-10-14", t, printed="Antrag",
        originator=SB, consultations=[("Stadtrat", "2026-11-26", None)],
        themes=["soziales"],
        why="barrier-free town hall and a public toilet for older people and wheelchair users",
        notes="Beirat's own sheet (name as large bold line); heading 'Antrag an den Stadtrat'; key 'Sitzung | Stadtrat, 26.11.2026' → consultation without role. The Beirat's own session (07.10.2026) is no consultation. Originator = the Beirat's name as printed in the letterhead."),
    font="serif"))

t = "Umgestaltung des Marktplatzes – Entwurfsplanung"
P.append(paper(
    "k32_meisenheim_stellungnahme-seniorenbeirat_marktplatz.pdf", "ghostscript",
    [
        ("b", "Seniorenbeirat der Stadt Meisenheim"),
        ("p", "Die Vorsitzende"),
        ("right", "Meisenheim, 03.11.2026"),
        ("p", "An den Stadtbürgermeister und die Mitglieder des Stadtrates Meisenheim"),
        ("title", "Stellungnahme"),
        ("p", "zur Beschlussvorlage Nr. 2026/087 \"" + t + "\""),
        ("p", "Der Seniorenbeirat hat den Entwurf in seiner Sitzung am 28.10.2026 beraten. Er begrüßt die Umgestaltung, "
              "bittet aber um folgende Änderungen:"),
        ("p", "1. Statt Kopfsteinpflaster auf der gesamten Fläche sollen Gehbahnen aus gesägtem, ebenem Naturstein "
              "quer über den Platz führen.\n2. Mindestens sechs Sitzbänke mit Rücken- und Armlehnen sind im Schatten der "
              "Bäume aufzustellen.\n3. Die Behindertenparkplätze müssen nahe der Apotheke bleiben.\n4. Der Brunnen soll "
              "Trinkwasser liefern."),
        ("p", "Ein Platz, den ältere Menschen sicher queren können, ist auch für Familien mit Kinderwagen besser. Der "
              "Beirat bittet, vor dem Satzungs- und Vergabebeschluss erneut beteiligt zu werden (§ 56a GemO)."),
        ("sp",),
        ("p", "Gisela Hambach-Wirth\nVorsitzende des Seniorenbeirates"),
    ],
    lab("meisenheim_beirat_ps_stellungnahme", ME, "Stellungnahme", "2026-11-03", t, printed="Stellungnahme",
        originator=SB, answers="2026/087",
        themes=["stadtentwicklung", "soziales"],
        why="redesign of the market square; walkable surfaces, benches and parking for older and disabled people",
        notes="PostScript letter; 'zur Beschlussvorlage Nr. 2026/087 \"…\"' → answers, title = the quoted Vorlage subject (ASCII quotes; dash printed '-'). Beirat's own session is no consultation; '§ 56a GemO' lure; public null."),
    font="serif"))

t = "Sitzung des Seniorenbeirates der Stadt Meisenheim"
P.append(paper(
    "k33_meisenheim_einladung-seniorenbeirat_2026-10-28.pdf", "reportlab",
    [
        ("b", "Seniorenbeirat der Stadt Meisenheim"),
        ("small", "Amtsgasse 12 · 55590 Meisenheim · Telefon 06753 918 44"),
        ("rule",),
        ("right", "Meisenheim, 16.10.2026"),
        ("p", "An die Mitglieder des Seniorenbeirates\nnachrichtlich: Stadtbürgermeister, Fraktionen im Stadtrat, Presse"),
        ("title", "Einladung"),
        ("p", "zur öffentlichen " + t + " am Mittwoch, 28.10.2026, 15:00 Uhr, im Seniorentreff „Alte Lateinschule“."),
        ("h", "Tagesordnung"),
        ("grid", [["Nr.", "Thema"],
                  ["1", "Begrüßung, Genehmigung der Niederschrift vom 07.10.2026"],
                  ["2", "Umgestaltung des Marktplatzes – Vorstellung der Entwurfsplanung durch das Planungsbüro (Vorlage 2026/087 des Stadtrates)"],
                  ["3", "Sicherheit im Alter: Vortrag der Polizeiinspektion zu Enkeltrick und Haustürgeschäften"],
                  ["4", "Fahrdienst zum Wochenmarkt – Erfahrungen nach sechs Monaten"],
                  ["5", "Verschiedenes"]], [10, 90]),
        ("p", "Gäste sind herzlich willkommen. Der Sitzungsraum ist barrierefrei erreichbar."),
        ("p", "Gisela Hambach-Wirth\nVorsitzende"),
    ],
    lab("meisenheim_beirat_reportlab_einladung", ME, "Einladung", "2026-10-16", t, printed="Einladung", public=True,
        originator=SB, references=["2026/087"],
        themes=["stadtentwicklung", "sicherheit_ordnung", "mobilitaet"],
        why="market square redesign, fraud-prevention talk, market shuttle for seniors; minutes approval and Verschiedenes not counted",
        notes="ReportLab invitation of the Beirat; title = the session named after 'zur öffentlichen'; public true. Agenda cites the Stadtrat's Vorlage 2026/087 → reference. Beirat as originator (not the administration)."),
    font="sans"))

t = "Hitzeschutz für ältere Menschen – Stand des Hitzeaktionsplans und Trinkwasserstellen in der Altstadt"
P.append(paper(
    "k34_meisenheim_anfrage-seniorenbeirat_hitzeschutz.pdf", "libreoffice-docx",
    [
        ("right", "Meisenheim, 05.11.2026"),
        ("p", "An die Stadtverwaltung Meisenheim\nHerrn Stadtbürgermeister Tobias Lenhard"),
        ("sp",),
        ("b", "Anfrage des Seniorenbeirates"),
        ("b", t),
        ("p", "Sehr geehrter Herr Lenhard,"),
        ("p", "im Sommer 2026 gab es in Meisenheim elf Tage mit mehr als 30 Grad. Ältere und pflegebedürftige Menschen "
              "leiden besonders. Der Seniorenbeirat bittet um Auskunft:"),
        ("p", "1. Wie weit ist der vom Kreis angekündigte Hitzeaktionsplan, und welche Maßnahmen übernimmt die Stadt?\n"
              "2. Gibt es im Rathaus oder in der Kirche kühle Räume, die an Hitzetagen geöffnet werden können?\n"
              "3. Wann wird der Trinkwasserbrunnen am Untertor wieder in Betrieb genommen?\n"
              "4. Werden die ambulanten Pflegedienste bei Hitzewarnungen informiert?"),
        ("p", "Für eine schriftliche Antwort bis zur nächsten Beiratssitzung wären wir dankbar."),
        ("p", "Mit freundlichen Grüßen\nGisela Hambach-Wirth\nVorsitzende"),
    ],
    lab("meisenheim_beirat_word_anfrage", ME, "Anfrage", "2026-11-05", t, printed="Anfrage", originator=SB,
        themes=["soziales", "klima_umwelt"],
        why="heat protection for older and care-dependent people; heat action plan and drinking water points as climate adaptation",
        notes="Word letter with the Beirat only in the Word header; two bold lines 'Anfrage des Seniorenbeirates' then the subject. No session or committee named → consultations empty. '30 Grad', 'Sommer 2026' lures."),
    header="Seniorenbeirat der Stadt Meisenheim · Amtsgasse 12 · 55590 Meisenheim"))

PAPERS = P
