//! One look-alike per layout family a metadata rule of issue 13 serves (`tests/fixtures/families/`,
//! made by `tools/audit/families/make.py` with Chromium and LibreOffice; invented towns and
//! content; each row of `truth.jsonl` names its family): answer letters under their Anfrage's
//! subject, a Mitteilung that is an Antwort, first-person Anträge and Anfragen without a type
//! word, opinions stated as `nimmt wie folgt Stellung`, a subject plan number after a preposition,
//! a plain letter (Schreiben), `№` number labels, bold unlabelled subjects, a Beratungsfolge
//! whose committee column is headed `Beratungsfolge`, table cells centred beside a wrapped
//! committee name; a letter whose paragraphs are spaced by 5 pt after them, a Fraktion's
//! letterhead over a type line set right on its subject, a statute's heading, a body's
//! `Bezug: Antrag Nr. …` under a Vorlage's title, a subject label centred between its value's
//! two lines; since meta16: a code stamped alone at the right end of the heading line with the
//! office under a labelled Dezernat, a letterhead stack down to a Sachgebiet, a type heading with
//! its number (`Bekanntgabe Nr. …`) under a Landratsamt, a header table with a date column; since
//! meta17: a form's field grid with labels above values (no number column), an office heading a
//! letterhead's contact block, an office with its KGSt number under the authority's name; since
//! meta19: a Fraktion's motion with its council on the line below its sender, filed for two
//! sessions in one phrase, a `hier:` line after a gap and a closing dateline only; an
//! Informationsvorlage whose key/value grid prints no colons (`Gremium | …`, `Sitzung | …`);
//! since meta20 (f25–f33; the rules before meta20 on them: consultations 0 of 7, f29's date,
//! f30's title and originator, f32's department wrong, f32's and f33's type null): a role label as a grid key with the date wrapped below, a
//! role label with its preposition over `Gremium am Datum` lines, bodies with their role in
//! brackets and no dates, a key naming the session of the answer, a receipt stamp over the
//! letter's own place-date and a request for a place on a compound session's agenda, an
//! Ortsbeirat's type line with its addressee over the subject, a motion for a body (not its
//! session) under a return-address line, a bare `Vorlage` that proposes a decision with a
//! labelled Fachabteilung under its Dezernat, a numbered supplement (`1. Ergänzung zur
//! Sitzungsvorlage`); since meta21 (f34–f35; the rules before meta21 on them: consultations 0
//! of 2): session rows `Body  date  role` with neither label nor header row, one session line
//! set apart by dashes (`Gemeinderat – 27.11.2024 – Kenntnisnahme – öffentlich`); since meta22
//! (f36–f41; the rules before meta22 on them: consultations 0 of 3, public 0 of 3, two titles and
//! a department wrong or null): session lines in parts with `Sitzung am` and a status of two
//! words, bulleted session lines under the label, an opinion titled by the paper it cites, a
//! letter's addressee under its date line and its reference line with a file reference, an
//! answer's `Bezug:` above `Betreff:`, role labels right under the Beratungsfolge label.
//!
//! `ratsdex eval --corpus` runs the real pipeline on each paper and scores every field.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/families";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 41;

/// Every field right (meta22: f01's office under `Der Bürgermeister` in a right-aligned
/// letterhead block is read since; before, every field but that department).
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 1.0),
    ("public", 1.0),
    ("department", 1.0),
    ("consultations", 1.0),
    ("klimacheck", 1.0),
    ("pages", 1.0),
    ("metadata_mean", 1.0),
    ("originator", 1.0),
];

#[test]
fn every_family_reads_as_its_rule_says() {
    let scores = eval_folder("families", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
