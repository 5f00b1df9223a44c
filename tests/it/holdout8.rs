//! The fifth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (`tests/fixtures/holdout8/`, made by
//! `tools/holdout8/` by a helper who never ran ratsdex nor read its rules; PDFs and labels
//! committed in 5ae0f62 before ratsdex was run on them for a score — see the folder's README).
//!
//! Scored once by the lead at its first contact (below); from then on a **tuning set**, openly.
//! The floors are the first-contact figures rounded down to two decimals; raise one when a field
//! improves, and say in the folder's README which rules were written on this set.
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout8";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-06 18:57, main at 7abca9e, PIPELINE_VERSION 19, scored once by the
/// lead): drucksache 0.943, doc_type 0.857, date 0.800, title 0.743, public 0.971, department
/// 0.771, consultations 0.600, klimacheck 0.971, pages 1.000, metadata_mean 0.851, originator
/// 0.829; themes P 0.654 R 0.523 F1 0.581 primary 0.600 (every label an id of the taxonomy).
/// Tuned by meta19 (rules by layout family, listed in the folder's README): drucksache 0.943,
/// doc_type 0.943, date 0.971, title 0.886, public 0.971, department 0.829, consultations 0.886,
/// klimacheck 0.971, metadata_mean 0.933, originator 0.943; themes P 0.660 R 0.538 F1 0.593
/// primary 0.600 — the floors below, rounded down.
/// Title and metadata_mean floors raised by meta24 (title rules of this session, tuned on
/// holdout13 openly).
/// meta27 (2026-12-07, title rules by layout family): title 0.971, metadata_mean 0.946; those
/// two floors raised (rounded down).
/// Raised by meta28 (2026-12-07, a number under a line citing the answered paper, an authority
/// after its title words): drucksache 0.943 → 0.971, department 0.829 → 0.857, metadata_mean
/// 0.943 → 0.949.
/// Raised by the lead at the session's end (2026-12-07 07:27, merged rules, PIPELINE_VERSION 24):
/// metadata_mean 0.94 → 0.95.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.66→0.81 (figure 0.660 on the old labels, 0.811 on the new); recall 0.53→0.54 (figure 0.538
// on the old labels, 0.544 on the new); f1 0.59→0.65 (figure 0.593 on the old labels, 0.652 on
// the new); primary 0.60→0.65 (figure 0.600 on the old labels, 0.657 on the new).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): originator 0.943 → 0.971 (session start with the old labels → now); floors
/// originator 0.94 → 0.97.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 0.97),
    ("doc_type", 0.97),
    ("date", 1.0),
    ("title", 0.97),
    ("public", 0.97),
    ("department", 0.85),
    ("consultations", 0.91),
    ("klimacheck", 0.97),
    ("pages", 1.0),
    ("metadata_mean", 0.95),
    ("originator", 0.97),
    ("themes_precision", 0.81),
    ("themes_recall", 0.54),
    ("themes_f1", 0.65),
    ("themes_primary", 0.65),
];

#[test]
fn holdout8_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout8", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
