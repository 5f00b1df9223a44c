//! The third first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (`tests/fixtures/holdout6/`, made by
//! `tools/holdout6/make.py` by a helper who never ran ratsdex nor read its rules; labels committed
//! in 5613ac1 before ratsdex was run on them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. The floors are the first-contact
//! figures rounded down to two decimals. Floors only go up: raise one when a field improves.
//! A rule tuned on these papers makes the figure no longer a first contact — say so in the README.
//!
//! **Tuned on since meta16** (issue 13, openly; its misses were read and rules written by layout
//! family, each with a look-alike in `tests/fixtures/families/` — see the folder's README,
//! "Tuned since"). The first-contact figures stay recorded below; the floors are meta16's.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout6";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-06, main at d404885 = after meta15, scored once by the lead):
/// drucksache 0.829, doc_type 0.943, date 0.857, title 0.771, public 0.914, department 0.743,
/// consultations 0.756, klimacheck 0.971, pages 1.000, metadata_mean 0.865, originator 0.857;
/// themes P 0.849 R 0.682 F1 0.756 primary 0.800.
/// After meta16 (tuned on): drucksache 0.971, doc_type 1.000, date 0.914, title 0.914, public
/// 0.943, department 0.914, consultations 0.785, klimacheck 0.971, metadata_mean 0.935,
/// originator 0.857; themes unchanged by these rules.
/// After meta17 (rules from the layoutgen seed m17a, none for a holdout6 paper): department 0.943,
/// consultations 0.790, metadata_mean 0.939.
/// Raised by meta25 (2026-12-07, session lines under a label, shape-known number labels,
/// header-less session rows' statuses):
/// public 0.943 → 0.971, consultations 0.848 → 0.905, metadata_mean 0.958 → 0.967.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.84→0.86 (figure 0.846 on the old labels, 0.865 on the new); f1 0.74→0.75 (figure 0.746 on
// the old labels, 0.750 on the new).
// Floors raised by themes17 to this branch's exact figures (themes15's Klimacheck reader and
// substance rule, a plan's stipulations no substance), rounded down: klimacheck 0.97→1.00 (1.0000);
// themes_recall 0.66→0.67 (0.6765); themes_f1 0.75→0.76 (0.7603).
/// themes18 (issue 17): raised to this branch's figures, rounded down, where they rose above
/// main's (themes17's Klimacheck reader and substance rule; third_sentences): themes_precision 0.86 → 0.87 (0.8750; main 0.8727); themes_recall 0.67 → 0.72 (0.7206; main 0.7059); themes_f1 0.76 → 0.79 (0.7903; main 0.7805).
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised date 0.97 → 1.00 (1.0000).
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 0.97),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 0.94),
    ("public", 0.97),
    ("department", 0.97),
    ("consultations", 0.93),
    ("klimacheck", 1.00),
    ("pages", 1.0),
    ("metadata_mean", 0.97),
    ("originator", 0.88),
    ("themes_precision", 0.87),
    // 0.68 → 0.66 and F1 0.75 → 0.74 by meta18, on purpose: r28 (an Ortsrat's Stellungnahme) lost
    // the wrong department `Amt 61 – Stadtplanung …` (its addressee) that had hinted its theme;
    // the paper now has its originator and no department, as labelled. A wrong value is not kept
    // for the hint it gives.
    ("themes_recall", 0.72),
    ("themes_f1", 0.79),
    ("themes_primary", 0.80),
];

#[test]
fn holdout6_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout6", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
