#!/usr/bin/env python3
"""Copy hand-checked real documents from ../shared/corpus-real into corpus/ and append their truth rows.

    python3 tools/corpus/add_real.py [--real DIR] [--corpus DIR]

Every field below was read by hand from `pdftotext -layout` of the document (see each row's notes).
A field the document does not state is null (or [] for consultations). The script checks the page
count with pdfinfo and never writes a row twice.
"""
import argparse
import json
import shutil
import subprocess
from pathlib import Path

DIREKTORIUM_BA = "Direktorium HA II/BA"

ROWS = [
    {
        "file": "muenchen_ris_6409805_ba25_zuschuss_beschlussvorlage.pdf",
        "producer": "real-libreoffice-writer", "pdf_producer": "LibreOffice 6.1",
        "layout": "muenchen_ris_ba_zuschuss", "city": "München",
        "drucksache": "20-26 / V 02232", "doc_type": "Beschlussvorlage",
        "doc_type_printed": "Beschlussvorlage", "date": "2020-12-22",
        "title": "Entscheidung über die Gewährung eines Zuschusses aus Budgetmitteln des "
                 "Bezirksausschusses 25 gemäß Vollmacht des Oberbürgermeisters vom 09.04.2018",
        "public": True, "department": DIREKTORIUM_BA,
        "consultations": [{"committee": "Bezirksausschuss des 25. Stadtbezirkes",
                           "date": "2021-01-14", "role": "Entscheidung"}],
        "klimacheck": None, "klima_style": None, "themes": ["finanzen", "kultur_sport"], "pages": 2,
        "notes": "REAL (RIS München). Number labelled 'Sitzungsvorlagen Nr.:'; Beratungsfolge only as prose "
                 "'Beschluss des Bezirksausschusses des 25. Stadtbezirkes vom 14.01.2021' (role: Beschluss = "
                 "Entscheidung); type printed only in the body ('Erstellung der Beschlussvorlage'). The three "
                 "ZapfDingbats ✘ boxes and AcroForm fields are grant checkboxes, not a Klimacheck. The dates "
                 "'vom 09.04.2018' (in the title) and 'Antrag vom 23.10.2020' are not the document date.",
    },
    {
        "file": "muenchen_ris_6409809_ba12_zuschuss_beschlussvorlage.pdf",
        "producer": "real-libreoffice-writer", "pdf_producer": "LibreOffice 6.1",
        "layout": "muenchen_ris_ba_zuschuss", "city": "München",
        "drucksache": "20-26 / V 02284", "doc_type": "Beschlussvorlage",
        "doc_type_printed": "Beschlussvorlage", "date": "2020-12-22",
        "title": "Entscheidung über die Gewährung eines Zuschusses aus Budgetmitteln des "
                 "Bezirksausschusses 12 gemäß Vollmacht des Oberbürgermeisters vom 09.04.2018",
        "public": True, "department": DIREKTORIUM_BA,
        "consultations": [{"committee": "Bezirksausschuss des 12. Stadtbezirkes",
                           "date": "2021-01-19", "role": "Entscheidung"}],
        "klimacheck": None, "klima_style": None, "themes": ["bildung", "finanzen", "soziales"], "pages": 2,
        "notes": "REAL (RIS München). Grant for 'KISKO – Konflikte in Schulklassen kommunikativ lösen'. "
                 "Same form as 6409805: 'Sitzungsvorlagen Nr.:', prose Beratungsfolge, ✘ grant boxes (no Klimacheck).",
    },
    {
        "file": "muenchen_ris_6414694_kommunalreferat_sitzungsvorlage_v02318.pdf",
        "producer": "real-libreoffice-writer", "pdf_producer": "LibreOffice 6.1",
        "layout": "muenchen_ris_sitzungsvorlage", "city": "München",
        "drucksache": "20-26 / V 02318", "doc_type": "Mitteilungsvorlage",
        "doc_type_printed": "Bekanntgabe", "date": None,
        "title": "Beschleunigung von Bebauungsplanverfahren; zusätzlicher Personalbedarf im Kommunalreferat",
        "public": True, "department": "Kommunalreferat - Geschäftsleitung",
        "consultations": [{"committee": "Kommunalausschuss", "date": "2021-02-04", "role": "Kenntnisnahme"}],
        "klimacheck": None, "klima_style": None, "themes": ["verwaltung", "stadtentwicklung"], "pages": 12,
        "notes": "REAL (RIS München). 'Bekanntgabe im Kommunalausschuss am 04.02.2021' (a report for information). "
                 "No document date is printed (all dates are session or cited dates: 20.07.2016, 21.06.2016); "
                 "body cites 'Sitzungsvorlage Nr. 14-20 / V 06057', which is not the own number. "
                 "Subtitle 'Beschlussvollzugskontrolle' is not part of the title.",
    },
    {
        "file": "muenchen_ris_6446100_kommunalreferat_tischvorlage_v01203.pdf",
        "producer": "real-libreoffice-writer", "pdf_producer": "LibreOffice 6.1",
        "layout": "muenchen_ris_sitzungsvorlage", "city": "München",
        "drucksache": "20-26 / V 01203", "doc_type": "Ergänzungsvorlage",
        "doc_type_printed": "Tischvorlage", "date": "2021-01-26",
        "title": "Sanierung Seeriederstr. 18a ehemalige U5-Akademie – Umbau und Instandsetzung zur "
                 "Schulnutzung – Grundsatzbeschluss zur weiteren Vorgehensweise",
        "public": True, "department": "Kommunalreferat - Immobilienmanagement",
        "consultations": [{"committee": "Vollversammlung des Stadtrates", "date": "2021-01-27",
                           "role": "Entscheidung"}],
        "klimacheck": None, "klima_style": None, "themes": ["bildung", "stadtentwicklung", "finanzen"],
        "pages": 2,
        "notes": "REAL (RIS München). Date in the right margin over three lines: 'Tischvorlage / Ergänzung vom / "
                 "26.01.2021'; the SKA statement 'vom 25.01.2021' is a cited date. Title over four lines.",
    },
    {
        "file": "muenchen_ris_6439560_stadtratsantrag_bildungsreferat.pdf",
        "producer": "real-unknown", "pdf_producer": "",
        "layout": "antrag_brief", "city": "München",
        "drucksache": None, "doc_type": "Antrag", "doc_type_printed": "Antrag", "date": "2020-11-25",
        "title": "Neubesetzung der Leitung des Bildungsreferats nur nach Ausschreibung",
        "public": None, "department": None, "consultations": [],
        "klimacheck": None, "klima_style": None, "themes": ["verwaltung", "bildung"], "pages": 1,
        "notes": "REAL (RIS München, Stadtratsfraktion DIE LINKE. / Die PARTEI). Letter form: "
                 "'München, 25. November 2020', 'Antrag: <title>' on one line; no number, no Beratungsfolge.",
    },
    {
        "file": "muenchen_ris_6409975_csu_antrag_gasteig.pdf",
        "producer": "real-unknown", "pdf_producer": "",
        "layout": "antrag_brief", "city": "München",
        "drucksache": None, "doc_type": "Antrag", "doc_type_printed": "ANTRAG", "date": "2020-12-23",
        "title": "Anbindung des Interims-Gasteig sicherstellen und Anwohnerparkplätze sichern",
        "public": None, "department": None, "consultations": [],
        "klimacheck": None, "klima_style": None, "themes": ["mobilitaet", "kultur_sport"], "pages": 2,
        "notes": "REAL (RIS München, CSU-Fraktion). Bare date '23.12.2020' right-aligned, title over two lines "
                 "without a label, no number, no Beratungsfolge.",
    },
    {
        "file": "erlangen_sbr_antrag_STBR_Buchenbach_Antrag_BuchenbacherAnlage_Final.pdf",
        "producer": "real-msword", "pdf_producer": "Microsoft® Word für Microsoft 365",
        "layout": "antrag_brief", "city": "Erlangen",
        "drucksache": None, "doc_type": "Antrag", "doc_type_printed": "Antrag", "date": "2020-11-25",
        "title": "Neubau Büchenbacher Anlage",
        "public": None, "department": None, "consultations": [],
        "klimacheck": None, "klima_style": None, "themes": ["stadtentwicklung", "soziales", "wirtschaft"],
        "pages": 2,
        "notes": "REAL (Stadtteilbeirat Büchenbach, Erlangen). 'Erlangen, 25.11.2020'; body cites 19.11.2019 "
                 "(earlier Antrag) - not the document date.",
    },
    {
        "file": "landtag_bw_drucksache_17_0273.pdf",
        "producer": "real-indesign", "pdf_producer": "Adobe PDF Library 15.0",
        "layout": "landtag_drucksache", "city": "Landtag Baden-Württemberg",
        "drucksache": "17/273", "doc_type": "Antrag", "doc_type_printed": "Gesetzentwurf", "date": "2021-06-22",
        "title": "Gesetz zur Änderung der Verfassung des Landes Baden-Württemberg und des Gesetzes über "
                 "die Landtagswahlen",
        "public": None, "department": None, "consultations": [],
        "klimacheck": None, "klima_style": None, "themes": ["verwaltung", "soziales"], "pages": 4,
        "notes": "REAL (Landtag BW). 'Gesetzentwurf der Fraktion der SPD' - a parliamentary group's motion, "
                 "hence doc_type Antrag. Number printed 'Drucksache 17 / 273' with the date '22.6.2021' (single-"
                 "digit month) below it; 'Eingegangen: 22.6.2021 / Ausgegeben: 25.6.2021' in the footer; "
                 "title hyphenated over two lines ('Baden-' / 'Württemberg'). Themes: voting age 16 "
                 "(Gremien/Wahlen, Jugend).",
    },
]


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[1])
    raise SystemExit(f"{path}: no page count")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--real", default="../shared/corpus-real")
    ap.add_argument("--corpus", default="corpus")
    args = ap.parse_args()
    real, corpus = Path(args.real), Path(args.corpus)
    truth = corpus / "truth.jsonl"
    have = {json.loads(l)["file"] for l in truth.read_text(encoding="utf-8").splitlines() if l.strip()}
    with truth.open("a", encoding="utf-8") as out:
        for row in ROWS:
            src = real / row["file"]
            assert pdf_pages(src) == row["pages"], row["file"]
            shutil.copyfile(src, corpus / row["file"])
            if row["file"] not in have:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                print("added", row["file"])


if __name__ == "__main__":
    main()
