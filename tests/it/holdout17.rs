//! The fourteenth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (Samtgemeinde Hambergen, Kreisstadt Groß-Gerau,
//! Zweckverband Abfallbehandlung Kahlenberg, Gemeinde Merchweiler, Stadt Flöha, Stadt
//! Friedrichroda, Verwaltungsgemeinschaft Ebelsbach, Integrationsrat Werdohl;
//! `tests/fixtures/holdout17/`, made by `tools/holdout17/` by a helper who never ran ratsdex nor
//! read its rules; PDFs and labels committed in bf087ab before ratsdex was run on them for a score
//! — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout17";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 06:50, main at the session's final rules = PIPELINE_VERSION 24, after
/// meta27, meta28, titleport and issue 17's twelfth step, which tuned on holdout14 and heldout14;
/// scored once by the lead): drucksache 0.914, doc_type 0.971, date 0.943, title 0.886, public
/// 0.914, department 0.857, consultations 0.848, klimacheck 0.943, pages 1.000, metadata_mean
/// 0.920, originator 0.914, themes_precision 0.780, themes_recall 0.667, themes_f1 0.719,
/// themes_primary 0.800. (The session-start rules of 5bef5f7, scored on it at the same time:
/// consultations 0.819, metadata_mean 0.916; every other field the same.)
/// Held out until 2026-12-07 10:45, when the lead handed it over to the tuners openly (meta31,
/// meta32): a tuning set since. Floors: first contact rounded down, raised since.
/// Scored again with the next session's rules (2026-12-07 09:36, PIPELINE_VERSION 25): consultations
/// fell 0.848 -> 0.819 under its floor; the lead read the one paper that moved (y21, an answer whose
/// closing sentence names a committee date) and fixed the rule (request word, body and date in one
/// sentence): 0.848 again. Since then holdout17 is **no longer strictly held out** (one paper read).
/// Raised by the lead at the session's end (2026-12-07 09:50, merged rules, PIPELINE_VERSION 25):
/// drucksache 0.91->0.94, doc_type 0.97->1.0, title 0.88->0.91, department 0.85->0.88, metadata_mean 0.91->0.93.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.77→0.79 (figure 0.780 on the old labels, 0.797 on the new); f1 0.71→0.72 (figure 0.719 on
// the old labels, 0.723 on the new).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: drucksache 0.94 →
/// 1.0 (1.0000), date 0.94 → 0.97 (0.9714), title 0.91 → 0.97 (0.9714), metadata_mean 0.93 → 0.94
/// (0.9481).
/// Raised by meta31 (2026-12-07, its consultations/originator/department/public rules, from
/// `ratsdex eval --json`): public 0.91->0.94, consultations 0.84->0.96, originator 0.91->0.94,
/// metadata_mean 0.93->0.94.
// Raised by the lead at the session's end (2026-12-07, PIPELINE_VERSION 26, from `ratsdex eval
// --json`): metadata_mean 0.94→0.96 (0.964), themes_precision 0.79→0.81 (0.810), themes_primary
// 0.8→0.82 (0.829).
// Raised by meta33 (2026-12-07, issue 13, from `ratsdex eval --json`): department 0.88→0.91
// (0.9143).
/// meta35 (2026-12-07, issue 13): raised to this branch's figures, rounded down: title 0.97 →
/// 1.0 (1.0000).
/// The lead (2026-12-07 18:12, after merging meta35 and meta36): metadata_mean 0.96 → 0.97 (0.9704).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): public 0.943 → 0.971; metadata_mean 0.970 → 0.974; originator 0.943 → 1.000
/// (session start with the old labels → now); floors public 0.94 → 0.97; originator 0.94 → 1.00.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 0.97),
    ("title", 1.0),
    ("public", 0.97),
    ("department", 0.91),
    ("consultations", 0.96),
    ("klimacheck", 0.94),
    ("pages", 1.0),
    ("metadata_mean", 0.97),
    ("originator", 1.0),
    ("themes_precision", 0.81),
    ("themes_recall", 0.66),
    ("themes_f1", 0.72),
    ("themes_primary", 0.82),
];

#[test]
fn holdout17_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout17", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
