//! The nineteenth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (Landkreis Miltenberg, Samtgemeinde Bardowick,
//! Gemeinde Borchen, Amt Züssow, Amt Meyenburg, Stadt Jerichow, Stadt Römhild, Zweckverband
//! Karkbrook; `tests/fixtures/holdout20/`, made by `tools/holdout20/` by a helper who never ran
//! ratsdex nor read its rules; PDFs and labels committed in 2d0de3c before ratsdex was run on
//! them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout20";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 12:18, main at the session's final rules = PIPELINE_VERSION 26,
/// after meta31 and meta32, which tuned on holdout15–19 openly; scored once by the lead):
/// drucksache 0.971, doc_type 0.971, date 1.000, title 0.886, public 1.000, department 0.829,
/// consultations 0.971, klimacheck 0.943, pages 1.000, metadata_mean 0.952, originator 0.829,
/// themes_precision 0.750, themes_recall 0.662, themes_f1 0.703, themes_primary 0.800. (The
/// session-start rules of ef99b6d, scored on it at the same time: drucksache 0.943, date 0.971,
/// title 0.857, consultations 0.943, metadata_mean 0.940, themes_precision 0.746, themes_recall
/// 0.647, themes_f1 0.693, themes_primary 0.771; every other field the same.) **Held out**: its
/// misses are not read. Floors: first contact rounded down.
/// Handed over to the tuners openly at 13:30 on 2026-12-07 (its first contact was the figures
/// above, on record); a tuning set since. meta33 (issue 13) raised to its branch's figures,
/// rounded down: department 0.82 → 0.85 (0.8571).
/// Floors raised by themes17 to this branch's exact figures (themes15's Klimacheck reader and
/// substance rule, a plan's stipulations no substance), rounded down: klimacheck 0.94→0.97 (0.9714).
/// meta34 (2026-12-07, issue 13): raised to this branch's figures, rounded down: doc_type 0.97 →
/// 1.0 (1.0000), title 0.88 → 0.94 (0.9429), metadata_mean 0.95 → 0.96 (0.9619).
/// themes18 (issue 17): raised to this branch's figures, rounded down, where they rose above
/// main's (themes17's Klimacheck reader and substance rule; third_sentences): themes_precision 0.75 → 0.79 (0.7931; main 0.7667); themes_f1 0.70 → 0.73 (0.7302; main 0.7188).
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised title 0.94 → 1.00 (1.0000); metadata_mean 0.96 → 0.97 (0.9778).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): originator 0.829 → 0.914 (session start with the old labels → now); floors
/// originator 0.82 → 0.91.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 0.97),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 1.0),
    ("public", 1.0),
    ("department", 0.85),
    // meta36: 0.97 -> 1.0 (exact 1.000)
    ("consultations", 1.0),
    ("klimacheck", 0.97),
    ("pages", 1.0),
    ("metadata_mean", 0.97),
    ("originator", 0.91),
    ("themes_precision", 0.79),
    ("themes_recall", 0.66),
    ("themes_f1", 0.73),
    ("themes_primary", 0.80),
];

#[test]
fn holdout20_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout20", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
