//! The twenty-fifth first-contact held-out set of issue 13: 35 look-alikes of eight councils
//! that appear nowhere else in the repository (Stadt Weil der Stadt (Ortschaftsrat Merklingen),
//! Gemeinde Aichwald (Jugendgemeinderat), Markt Wachenroth, Verwaltungsgemeinschaft
//! Kirchehrenbach, Samtgemeinde Fredenbeck, Gemeinde Ammersbek (Seniorenbeirat), Landgemeinde
//! Grammetal (Ortsteilrat Nohra), Stadt Taucha (Aufsichtsrat Stadtbau Taucha GmbH);
//! `tests/fixtures/holdout26/`, made by `tools/holdout26/` by a helper who never ran ratsdex
//! nor read its rules; PDFs and labels committed in 468ed8b before ratsdex was run on them for
//! a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout26";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 18:12, main at this session's metadata rules = PIPELINE_VERSION
/// 28, after meta35 and meta36 (tuned on holdout23–24 openly), the theme rules of the session
/// start; scored once by the lead): drucksache 0.857, doc_type 1.000, date 0.943, title 0.914,
/// public 0.914, department 0.886, consultations 0.848, klimacheck 0.943, pages 1.000,
/// metadata_mean 0.923, originator 0.886, themes_precision 0.815, themes_recall 0.841,
/// themes_f1 0.828, themes_primary 0.857. (The session-start rules of 1b4d03d, scored on it at
/// 16:37: doc_type 0.971, department 0.857, consultations 0.819, metadata_mean 0.913,
/// themes_precision 0.828, themes_f1 0.835; every other field the same.) **Held out**: its
/// misses are not read. Floors: first contact rounded down.
/// With the shipped rules (18:25, themes18 merged): klimacheck 0.971, metadata_mean 0.926, every
/// other field the same — floor raised: klimacheck 0.94 → 0.97.
/// Held out until 2026-12-07 19:10, when the lead handed it over openly (meta37, meta38,
/// themes20, primary3): a tuning set since, its misses are read.
/// meta37 (2026-12-07, issue 13: families of Beratungsfolge key grids and role clauses, motion
/// sessions by date then body, senders of residents' and youth councils, dotted letterheads,
/// per-session status cells): public 0.914→0.971 (floor 0.91 → 0.97); consultations 0.848→0.905
/// (floor 0.84 → 0.90); originator 0.886→0.914 (floor 0.88 → 0.91); metadata_mean 0.926→0.939
/// (floor 0.92 → 0.93) — floors raised.
/// meta38 (2026-12-07, issue 13, tuned on holdout25–26 openly): floors raised drucksache 0.85 → 0.91 (0.9143), date 0.94 → 0.97 (0.9714), metadata_mean 0.92 → 0.93 (0.9354).
/// The lead (2026-12-07 20:50, meta37, meta38, themes20 and primary3 merged): floors raised to
/// the merged rules' figures, rounded down: metadata_mean 0.93 → 0.94 (0.9481).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): originator 0.914 → 0.971 (session start with the old labels → now); floors
/// originator 0.91 → 0.97.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 0.91),
    ("doc_type", 1.0),
    ("date", 0.97),
    ("title", 0.91),
    ("public", 0.97),
    ("department", 0.88),
    ("consultations", 0.9),
    ("klimacheck", 0.97),
    ("pages", 1.0),
    ("metadata_mean", 0.94),
    ("originator", 0.97),
    ("themes_precision", 0.81),
    ("themes_recall", 0.84),
    ("themes_f1", 0.82),
    ("themes_primary", 0.85),
];

#[test]
fn holdout26_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout26", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
