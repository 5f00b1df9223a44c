//! The thirteenth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (Landkreis Dingolfing-Landau, Große Kreisstadt Radeberg,
//! Zweckverband Riedgruppe Ost, Stadtbezirksrat 112 Wabe-Schunter-Beberbach (Braunschweig), Amt
//! Peitz, Gemeinde Sülzetal, Ortsbeirat Heidesheim (Ingelheim am Rhein), Stadt Herne;
//! `tests/fixtures/holdout16/`, made by `tools/holdout16/` by a helper who never ran ratsdex nor
//! read its rules; PDFs and labels committed in 270055e before ratsdex was run on them for a score
//! — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout16";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 06:50, main at the session's final rules = PIPELINE_VERSION 24, after
/// meta27, meta28, titleport and issue 17's twelfth step, which tuned on holdout14 and heldout14;
/// scored once by the lead): drucksache 0.943, doc_type 0.857, date 0.943, title 0.886, public
/// 1.000, department 0.943, consultations 0.843, klimacheck 1.000, pages 1.000, metadata_mean
/// 0.935, originator 0.829, themes_precision 0.906, themes_recall 0.686, themes_f1 0.780,
/// themes_primary 0.829. (The session-start rules of 5bef5f7, scored on it at the same time: title
/// 0.857, metadata_mean 0.932, themes_precision 0.904, themes_recall 0.671, themes_f1 0.770; every
/// other field the same.)
/// Floors: first contact rounded down. **Handed over as a tuning set on 2026-12-07 at 07:55, openly**
/// (its misses read since): meta29 (consultations/originator/department) and meta30 (title,
/// doc_type, drucksache) raised its floors to their rules' figures.
/// Raised by the lead at the session's end (2026-12-07 09:50, merged rules, PIPELINE_VERSION 25):
/// metadata_mean 0.95->0.97, themes_recall 0.68->0.7.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.90→0.87 (figure 0.907 on the old labels, 0.870 on the new); recall 0.70→0.68 (figure 0.700
// on the old labels, 0.681 on the new); f1 0.78→0.76 (figure 0.790 on the old labels, 0.764 on
// the new).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: drucksache 0.97 →
/// 1.0 (1.0000), date 0.94 → 0.97 (0.9714).
/// Raised by meta31 (2026-12-07, its consultations/originator/department/public rules, from
/// `ratsdex eval --json`): consultations 0.94->1.
// Raised by the lead at the session's end (2026-12-07, PIPELINE_VERSION 26, from `ratsdex eval
// --json`): metadata_mean 0.97→0.98 (0.984).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): originator 0.943 → 1.000 (session start with the old labels → now); floors
/// originator 0.94 → 1.00.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 0.97),
    ("date", 0.97),
    ("title", 0.94),
    ("public", 1.0),
    ("department", 0.97),
    ("consultations", 1.0),
    ("klimacheck", 1.0),
    ("pages", 1.0),
    ("metadata_mean", 0.98),
    ("originator", 1.0),
    ("themes_precision", 0.87),
    ("themes_recall", 0.68),
    ("themes_f1", 0.76),
    ("themes_primary", 0.82),
];

#[test]
fn holdout16_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout16", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
