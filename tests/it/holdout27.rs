//! The twenty-sixth first-contact held-out set of issue 13: 34 look-alikes of eight councils
//! that appear nowhere else in the repository (Verbandsgemeinde Enkenbach-Alsenborn,
//! Ortsgemeinde Sembach, Gemeinde Wettenberg (Ortsbeirat Launsbach), Stadt Kirtorf (Ortsbeirat
//! Ober-Gleen), Amt Schlaubetal, Gemeinde Malliß (Amt Dömitz-Malliß), Zweckverband
//! Wasserversorgung Horlofftal, Seniorenbeirat der Stadt Meisenheim;
//! `tests/fixtures/holdout27/`, made by `tools/holdout27/` by a helper who never ran ratsdex
//! nor read its rules; PDFs and labels committed in 4ab22fb before ratsdex was run on them for
//! a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout27";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 34;

/// First contact (2026-12-07 19:28, the session-start rules of 60066a8 = PIPELINE_VERSION 28,
/// as the set arrived; scored once by the lead): drucksache 0.882, doc_type 1.000, date 0.971,
/// title 0.941, public 0.971, department 0.794, consultations 0.961, klimacheck 1.000, pages
/// 1.000, metadata_mean 0.947, originator 0.941, themes_precision 0.841, themes_recall 0.779,
/// themes_f1 0.809, themes_primary 0.824. Held out until 2026-12-07 21:58, when the lead handed
/// it over openly (meta39, meta40, themes21, primary4). Floors: first contact rounded down,
/// raised since.
/// With the session's final rules (2026-12-07 20:45, PIPELINE_VERSION 29: meta37, meta38,
/// themes20, primary3 merged, tuned on holdout25–26 and heldout21–22 openly): consultations
/// 0.961 → 0.990 (floor 0.96 → 0.99); metadata_mean 0.947 → 0.950; every other field the same.
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised drucksache 0.88 → 0.97 (0.9706); date 0.97 → 1.00 (1.0000); title 0.94 → 1.00 (1.0000); metadata_mean 0.94 → 0.96 (0.9695).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): department 0.794 → 0.824; metadata_mean 0.950 → 0.953; originator 0.941 → 0.971
/// (session start with the old labels → now); floors department 0.79 → 0.82; metadata_mean 0.94 →
/// 0.95; originator 0.94 → 0.97.
/// Lead, end of the session of 2026-12-07 21:58 (PIPELINE_VERSION 30, all of this session's
/// branches merged): floors raised to the final figures: metadata_mean 0.96 → 0.97 (0.973).
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 0.97),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 1.0),
    ("public", 0.97),
    ("department", 0.82),
    ("consultations", 0.99),
    ("klimacheck", 1.0),
    ("pages", 1.0),
    ("metadata_mean", 0.97),
    ("originator", 0.97),
    ("themes_precision", 0.84),
    ("themes_recall", 0.77),
    ("themes_f1", 0.80),
    ("themes_primary", 0.82),
];

#[test]
fn holdout27_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout27", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
