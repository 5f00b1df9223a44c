//! The second first-contact held-out set of issue 13: 32 look-alikes of seven councils that
//! appear nowhere else in the repository (`tests/fixtures/holdout5/`, made by
//! `tools/holdout5/make.py` by a helper who never ran ratsdex nor read its rules; labels committed
//! in 5912892 before ratsdex ever ran on them — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. The floors are the first-contact
//! figures rounded down to two decimals. Floors only go up: raise one when a field improves.
//! A rule tuned on these papers makes the figure no longer a first contact — say so in the README.
//! Since meta14 (2026-12-06) this is a tuning set: its misses were read and rules changed.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout5";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 32;

/// First contact (2026-12-06, main at e4a1814): drucksache 0.969, doc_type 0.906, date 0.938,
/// title 0.688, public 0.906, department 0.812, consultations 0.833, klimacheck 0.938, pages
/// 1.000, metadata_mean 0.888, originator 0.781; themes P 0.724 R 0.792 F1 0.757 primary 0.812.
///
/// Tuned since (meta14, 2026-12-06, after reading the misses — see the README): doc_type 0.938,
/// title 0.906, department 1.000, originator 1.000, consultations 0.865, metadata_mean 0.940.
/// themes_recall fell to
/// 0.774 (floor 0.79 → 0.77, said openly): k17's title is now its subject (`Einrichtung eines
/// Kinder- und Jugendbeirates`) instead of the motion's sentence about a Satzung, which alone
/// gave it its second theme `verwaltung`.
///
/// meta15 (2026-12-06, rules by layout family, each with a look-alike in `families/`): drucksache
/// 1.000, doc_type 0.969, title 1.000, public 1.000, consultations 0.969, metadata_mean 0.979.
/// Raised by meta25 (2026-12-07, session lines under a label, shape-known number labels,
/// header-less session rows' statuses):
/// consultations 0.969 → 1.000, metadata_mean 0.986 → 0.990.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.75→0.81 (figure 0.759 on the old labels, 0.815 on the new); recall 0.77→0.78 (figure 0.774
// on the old labels, 0.786 on the new); f1 0.76→0.80 (figure 0.766 on the old labels, 0.800 on
// the new).
/// themes18 (issue 17): raised to this branch's figures, rounded down, where they rose above
/// main's (themes17's Klimacheck reader and substance rule; third_sentences): themes_precision 0.81 → 0.84 (0.8491; main 0.8182); themes_f1 0.80 → 0.82 (0.8257; main 0.8108).
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 1.0),
    ("public", 1.0),
    ("department", 1.0),
    ("consultations", 1.0),
    ("klimacheck", 0.96),
    ("pages", 1.0),
    ("metadata_mean", 0.99),
    ("originator", 1.0),
    ("themes_precision", 0.84),
    ("themes_recall", 0.78),
    ("themes_f1", 0.82),
    ("themes_primary", 0.81),
];

#[test]
fn holdout5_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout5", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
