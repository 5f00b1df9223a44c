//! The sixteenth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (Stadt Ludwigshafen am Rhein, BVV Lichtenberg von Berlin,
//! Stadt Aschaffenburg, Landkreis Cuxhaven, Regionalverband Ostwürttemberg, Landschaftsverband
//! Westfalen-Lippe, Neubrandenburger Stadtwerke (Aufsichtsrat), Kommunaler Sozialverband Sachsen;
//! `tests/fixtures/holdout19/`, made by `tools/holdout19/` by a helper who never ran ratsdex nor
//! read its rules; PDFs and labels committed in e45afec before ratsdex was run on them for a score
//! — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout19";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 09:36, main at the session's final rules = PIPELINE_VERSION 25, after
/// meta29, meta30 and the lead's theme step, which tuned on holdout15/16 and heldout15; scored once
/// by the lead): drucksache 0.971, doc_type 0.943, date 0.914, title 0.829, public 1.000,
/// department 0.943, consultations 0.886, klimacheck 0.971, pages 1.000, metadata_mean 0.940,
/// originator 0.914, themes_precision 0.918, themes_recall 0.683, themes_f1 0.783, themes_primary
/// 0.743. (The session-start rules of 341a2a8, scored on it at the same time: title 0.857,
/// department 0.914, consultations 0.857, metadata_mean 0.937; every other field the same.)
/// Held out until 2026-12-07 10:45, when the lead handed it over to the tuners openly (meta31,
/// meta32): a tuning set since. Floors: first contact rounded down, raised since.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.91→0.90 (figure 0.918 on the old labels, 0.902 on the new); recall 0.68→0.67 (figure 0.683
// on the old labels, 0.679 on the new); f1 0.78→0.77 (figure 0.783 on the old labels, 0.775 on
// the new).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: drucksache 0.97 →
/// 1.0 (1.0000), doc_type 0.94 → 0.97 (0.9714), date 0.91 → 1.0 (1.0000), title 0.82 → 0.91
/// (0.9143), metadata_mean 0.93 → 0.96 (0.9651).
/// Raised by meta31 (2026-12-07, its consultations/originator/department/public rules, from
/// `ratsdex eval --json`): department 0.94->0.97, consultations 0.88->0.97, metadata_mean
/// 0.93->0.95.
// Raised by the lead at the session's end (2026-12-07, PIPELINE_VERSION 26, from `ratsdex eval
// --json`): metadata_mean 0.96→0.97 (0.978).
/// meta34 (2026-12-07, issue 13): raised to this branch's figures, rounded down: title 0.91 → 0.94
/// (0.9429), metadata_mean 0.97 → 0.98 (0.9810).
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised title 0.94 → 0.97 (0.9714).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): originator 0.914 → 0.971 (session start with the old labels → now); floors
/// originator 0.91 → 0.97.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 0.97),
    ("date", 1.0),
    ("title", 0.97),
    ("public", 1.0),
    ("department", 0.97),
    ("consultations", 0.97),
    ("klimacheck", 0.97),
    ("pages", 1.0),
    ("metadata_mean", 0.98),
    ("originator", 0.97),
    ("themes_precision", 0.90),
    ("themes_recall", 0.67),
    ("themes_f1", 0.77),
    ("themes_primary", 0.74),
];

#[test]
fn holdout19_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout19", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
