//! The twenty-third first-contact held-out set of issue 13: 35 look-alikes of eight councils
//! that appear nowhere else in the repository (Landkreis Nürnberger Land, Verbandsgemeinde
//! Thaleischweiler-Wallhalben, Stadt Großröhrsdorf, Bezirksbeirat Neckarau (Stadt Mannheim),
//! Große Kreisstadt Neckarsulm, Wasser- und Abwasserzweckverband Obere Ilm, Ausländerbeirat der
//! Stadt Rödermark, Amt Friesack; `tests/fixtures/holdout24/`, made by `tools/holdout24/` by a
//! helper who never ran ratsdex nor read its rules; PDFs and labels committed in ac1cdc9 before
//! ratsdex was run on them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout24";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 15:19, main at the session's final rules = PIPELINE_VERSION 27,
/// after meta33, meta34 (tuned on holdout20–22 openly) and the learned primary chooser; scored
/// once by the lead): drucksache 0.971, doc_type 1.000, date 1.000, title 0.914, public 0.971,
/// department 0.800, consultations 0.819, klimacheck 0.886, pages 1.000, metadata_mean 0.929,
/// originator 0.886, themes_precision 0.892, themes_recall 0.784, themes_f1 0.835,
/// themes_primary 0.857. (The session-start rules of 9e3ba26, scored on it at 14:08 the same day:
/// title 0.886, department 0.771, metadata_mean 0.923, themes_precision 0.891, themes_recall
/// 0.770, themes_f1 0.826; every other field the same.) **Held out**: its misses are not read.
/// Floors: first contact rounded down.
/// meta35 (2026-12-07, issue 13): raised to this branch's figures, rounded down: drucksache
/// 0.97 → 1.0 (1.0000), title 0.91 → 1.0 (1.0000).
/// Held out until 2026-12-07 16:15, when the lead handed it over openly (meta35, meta36,
/// themes18): a tuning set since, its misses are read.
/// The lead (2026-12-07 18:12, after merging meta35 and meta36): metadata_mean 0.95 → 0.96 (0.9651).
/// themes18 (issue 17): raised to this branch's figures, rounded down, where they rose above
/// main's (themes17's Klimacheck reader and substance rule; third_sentences): klimacheck 0.88 → 0.94 (0.9429; main 0.8857).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): originator 0.886 → 0.971 (session start with the old labels → now); floors
/// originator 0.88 → 0.97.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 1.0),
    ("public", 0.97),
    // meta36: 0.80 -> 0.88 (exact 0.8857)
    ("department", 0.88),
    // meta36: 0.81 -> 0.94 (exact 0.9429)
    ("consultations", 0.94),
    ("klimacheck", 0.94),
    ("pages", 1.0),
    // meta36: 0.92 -> 0.95 (exact 0.9524)
    ("metadata_mean", 0.96),
    ("originator", 0.97),
    ("themes_precision", 0.89),
    // themes21 (a paper's form fields read like page furniture): 0.78 -> 0.79 (exact 0.7973)
    ("themes_recall", 0.79),
    // themes21: 0.83 -> 0.84 (exact 0.8429)
    ("themes_f1", 0.84),
    // primary3 (issue 17, an agenda's first item needs a surer primary model): 0.85 -> 0.91
    // (exact 0.9143)
    ("themes_primary", 0.91),
];

#[test]
fn holdout24_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout24", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
