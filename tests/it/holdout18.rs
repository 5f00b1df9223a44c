//! The fifteenth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (Markt Berchtesgaden, Bezirksvertretung Opladen
//! (Leverkusen), Verbandsgemeinde Arneburg-Goldbeck, Amt Neustadt-Glewe, Zweckverband Bodensee-
//! Wasserversorgung, Landkreis Aurich, Ortsbeirat Lehnerz (Fulda), Seniorenbeirat Ahrensburg;
//! `tests/fixtures/holdout18/`, made by `tools/holdout18/` by a helper who never ran ratsdex nor
//! read its rules; PDFs and labels committed in decdcc2 before ratsdex was run on them for a score
//! — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout18";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 09:36, main at the session's final rules = PIPELINE_VERSION 25, after
/// meta29, meta30 and the lead's theme step, which tuned on holdout15/16 and heldout15; scored once
/// by the lead): drucksache 1.000, doc_type 0.914, date 0.971, title 0.886, public 1.000,
/// department 0.857, consultations 0.814, klimacheck 1.000, pages 1.000, metadata_mean 0.938,
/// originator 0.857, themes_precision 0.848, themes_recall 0.691, themes_f1 0.762, themes_primary
/// 0.857. (The session-start rules of 341a2a8, scored on it at the same time: drucksache 0.971,
/// doc_type 0.886, consultations 0.757, metadata_mean 0.925; every other field the same.)
/// Held out until 2026-12-07 10:45, when the lead handed it over to the tuners openly (meta31,
/// meta32): a tuning set since. Floors: first contact rounded down, raised since.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.84→0.86 (figure 0.848 on the old labels, 0.864 on the new); f1 0.76→0.77 (figure 0.762 on
// the old labels, 0.770 on the new).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: doc_type 0.91 →
/// 1.0 (1.0000), title 0.88 → 0.97 (0.9714), metadata_mean 0.93 → 0.95 (0.9571).
// Theme floors re-based by the lead on 2026-12-07 12:12 on the audited truth (klimaaudit
// (KLIMAAUDIT.md: a positive Klimacheck adds klima_umwelt where its reasons argue a direct
// climate effect, settled from corpus-dev); rules unchanged, ef99b6d): precision 0.86→0.84
// (0.8636 before the audit, 0.8485 after); f1 0.77→0.76 (0.7703 before the audit, 0.7619
// after).
/// Raised by meta31 (2026-12-07, its consultations/originator/department/public rules, from
/// `ratsdex eval --json`): department 0.85->0.94, consultations 0.81->0.97, originator 0.85->0.91,
/// metadata_mean 0.93->0.96.
// Raised by the lead at the session's end (2026-12-07, PIPELINE_VERSION 26, from `ratsdex eval
// --json`): metadata_mean 0.96→0.98 (0.984), themes_precision 0.84→0.86 (0.864), themes_recall
// 0.69→0.70 (0.704), themes_f1 0.76→0.77 (0.776).
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised title 0.97 → 1.00 (1.0000).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): originator 0.914 → 0.943 (session start with the old labels → now); floors
/// originator 0.91 → 0.94.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 0.97),
    ("title", 1.0),
    ("public", 1.0),
    ("department", 0.94),
    ("consultations", 0.97),
    ("klimacheck", 1.0),
    ("pages", 1.0),
    ("metadata_mean", 0.98),
    ("originator", 0.94),
    ("themes_precision", 0.86),
    ("themes_recall", 0.70),
    ("themes_f1", 0.77),
    ("themes_primary", 0.85),
];

#[test]
fn holdout18_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout18", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
