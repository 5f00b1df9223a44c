//! The eighth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (`tests/fixtures/holdout11/`, made by
//! `tools/holdout11/` by a helper who never ran ratsdex nor read its rules; PDFs and labels
//! committed in c2afb89 before ratsdex was run on them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout11";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-06 23:14, main at 7a95623 = after meta21, which tuned on holdout10,
/// scored once by the lead): drucksache 0.971, doc_type 0.943, date 1.000, title 0.771, public
/// 0.857, department 0.857, consultations 0.762, klimacheck 0.971, pages 1.000, metadata_mean
/// 0.904, originator 0.943; themes P 0.846 R 0.677 F1 0.752 primary 0.686. (meta20's rules,
/// scored on it before meta21 was merged, gave the same figures.) Floors: first contact rounded
/// down; raised after meta22 tuned on this set openly (rules by layout family; see its README
/// "Tuned since meta22"): doc_type 0.971, title 0.971, public 1.000, department 0.943,
/// consultations 0.943, metadata_mean 0.975, originator 0.971 — no longer a first contact.
/// themes_primary 0.68 → 0.65 by meta22 (the one floor lowered, for the lead to confirm): w13's
/// title is read now (`Bebauungsplan Nr. 74 …`, as labelled, null before) and the theme rules
/// then put stadtentwicklung before the labelled soziales (both still assigned; F1 unchanged).
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): primary 0.65→0.68
// (figure 0.657 on the old labels, 0.686 on the new).
// Floors raised by themes17 to this branch's exact figures (themes15's Klimacheck reader and
// substance rule, a plan's stipulations no substance), rounded down: themes_precision 0.84→0.88
// (0.8824); themes_recall 0.67→0.69 (0.6923); themes_f1 0.75→0.77 (0.7759); themes_primary
// 0.68→0.71 (0.7143).
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised title 0.97 → 1.00 (1.0000); metadata_mean 0.97 → 0.98 (0.9810).
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 0.97),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 1.0),
    ("public", 1.0),
    ("department", 0.94),
    ("consultations", 0.94),
    ("klimacheck", 0.97),
    ("pages", 1.0),
    ("metadata_mean", 0.98),
    ("originator", 1.0),
    ("themes_precision", 0.88),
    ("themes_recall", 0.69),
    ("themes_f1", 0.77),
    ("themes_primary", 0.71),
];

#[test]
fn holdout11_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout11", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
