//! Issue 13's former first-contact set, a tuning set since (see the folder's README): 24
//! look-alikes of six councils that appear nowhere else in the repository
//! (`tests/fixtures/holdout4/`, made by `tools/holdout4/make.py`; labels committed before ratsdex
//! ever ran on them).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. The floors are today's figures
//! rounded down to two decimals. Floors only go up: raise one when a field improves.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout4";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 24;

/// First contact (2026-12-06): drucksache 0.750, doc_type 0.792, date 0.958, title 0.542,
/// public 0.833, department 0.917, consultations 0.742, klimacheck 0.958, pages 1.000,
/// metadata_mean 0.832, originator 0.958; themes P 0.842 R 0.970 F1 0.901 primary 0.917.
/// Themes after issue 17's seventh step (the gate trained with these labels among 13 sets):
/// P 0.889 R 0.970 F1 0.928 primary 0.917.
/// Raised after the lead read its misses (so no longer first contact for this field): public
/// 0.958 (`Tagesordnung – öffentlicher Teil`, `12. öffentliche Sitzung`); doc_type 0.833 (a
/// title `Beantwortung der Anfrage …` names an Antwort); metadata_mean 0.851.
/// Tuned on by `meta13` (issue 13, second pass — the set is a tuning set now, see its README):
/// drucksache 1.000, doc_type 1.000, title 0.917, consultations 0.958, metadata_mean 0.963,
/// originator 1.000. After `meta14` (session titles cut before time and place, the office below
/// a Geschäftsbereich): title 0.958, department 0.958, metadata_mean 0.972. After `meta15`
/// (its Beratungsfolge rules; h20's Tischvorlage table now read): consultations 1.000,
/// metadata_mean 0.977.
/// meta27 (2026-12-07, title rules by layout family): title 1.000, metadata_mean 0.981; those
/// two floors raised (rounded down).
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): recall 0.96→0.94
// (figure 0.970 on the old labels, 0.941 on the new); f1 0.92→0.91 (figure 0.928 on the old
// labels, 0.914 on the new).
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 0.95),
    ("title", 1.0),
    ("public", 0.95),
    ("department", 0.95),
    ("consultations", 1.0),
    ("klimacheck", 1.00),
    ("pages", 1.0),
    ("metadata_mean", 0.98),
    ("originator", 1.0),
    ("themes_precision", 0.88),
    ("themes_recall", 0.94),
    ("themes_f1", 0.91),
    ("themes_primary", 0.91),
];

#[test]
fn holdout4_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout4", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
