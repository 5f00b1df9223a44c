//! The twenty-second first-contact held-out set of issue 13: 35 look-alikes of eight councils
//! that appear nowhere else in the repository (Bezirksvertretung Heessen (Stadt Hamm), Stadt
//! Wegberg, Samtgemeinde Gieboldehausen, Amt Sandesneben-Nusse, Abwasserzweckverband Landhagen,
//! Stadtwerke Rhede GmbH (Aufsichtsrat), Seniorenbeirat der Stadt Bergneustadt, Amt Neukloster-
//! Warin; `tests/fixtures/holdout23/`, made by `tools/holdout23/` by a helper who never ran
//! ratsdex nor read its rules; PDFs and labels committed in 9922aa8 before ratsdex was run on
//! them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout23";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 15:19, main at the session's final rules = PIPELINE_VERSION 27,
/// after meta33, meta34 (tuned on holdout20–22 openly) and the learned primary chooser; scored
/// once by the lead): drucksache 0.943, doc_type 0.971, date 1.000, title 0.743, public 0.971,
/// department 0.914, consultations 0.857, klimacheck 0.914, pages 1.000, metadata_mean 0.924,
/// originator 0.857, themes_precision 0.838, themes_recall 0.722, themes_f1 0.776,
/// themes_primary 0.686. (The session-start rules of 9e3ba26, scored on it at 14:08 the same day:
/// themes_precision 0.836, themes_recall 0.709, themes_f1 0.767, themes_primary 0.657; every
/// other field the same.) **Held out**: its misses are not read. Floors: first contact rounded
/// down.
/// meta35 (2026-12-07, issue 13): raised to this branch's figures, rounded down: drucksache
/// 0.94 → 0.97 (0.9714), doc_type 0.97 → 1.0 (1.0000), title 0.74 → 0.77 (0.7714).
/// Held out until 2026-12-07 16:15, when the lead handed it over openly (meta35, meta36,
/// themes18): a tuning set since, its misses are read.
/// themes18 (issue 17): raised to this branch's figures, rounded down, where they rose above
/// main's (themes17's Klimacheck reader and substance rule; third_sentences): klimacheck 0.91 → 0.97 (0.9714; main 0.9143); themes_precision 0.83 → 0.85 (0.8529; main 0.8382); themes_recall 0.72 → 0.73 (0.7342; main 0.7215); themes_f1 0.77 → 0.78 (0.7891; main 0.7755).
/// meta38 (2026-12-07, issue 13, tuned on holdout25–26 openly): floors raised drucksache 0.97 → 1.00 (1.0000), metadata_mean 0.93 → 0.94 (0.9492).
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised title 0.77 → 0.88 (0.8857); metadata_mean 0.94 → 0.96 (0.9619).
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 0.88),
    ("public", 0.97),
    ("department", 0.91),
    // meta36: 0.85 -> 0.91 (exact 0.9143)
    ("consultations", 0.91),
    ("klimacheck", 0.97),
    ("pages", 1.0),
    // meta36: 0.92 -> 0.93 (exact 0.9302)
    ("metadata_mean", 0.96),
    ("originator", 0.85),
    ("themes_precision", 0.85),
    ("themes_recall", 0.73),
    ("themes_f1", 0.78),
    ("themes_primary", 0.68),
];

#[test]
fn holdout23_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout23", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
