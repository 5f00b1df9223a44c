//! The fourth first-contact held-out set of issue 13: 33 look-alikes of eight councils that
//! appear nowhere else in the repository (`tests/fixtures/holdout7/`, made by
//! `tools/holdout7/` by a helper who never ran ratsdex nor read its rules; PDFs and labels
//! committed in c94a73e before ratsdex was run on them for a score — see the folder's README).
//!
//! Since its first contact (below) a **tuning set**, openly: `meta18` read its misses and wrote
//! rules by layout family (listed under "Tuned since meta18" in the folder's README); the metadata
//! floors are the figures after that, rounded down to two decimals, and no longer a first contact.
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up: raise one
//! when a field improves.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout7";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 33;

/// First contact (2026-12-06 17:45, main at aa6f61c = after meta17, scored once by the lead):
/// drucksache 0.909, doc_type 0.909, date 0.909, title 0.667, public 0.848, department 0.879,
/// consultations 0.747, klimacheck 0.970, pages 1.000, metadata_mean 0.871, originator 0.879;
/// themes P 0.531 R 0.591 F1 0.559 primary 0.485. The originator figure is not a clean first
/// contact: meta17's grep over `tests/fixtures/holdout*/truth.jsonl` printed this set's ten
/// originator labels at 17:09 (its last originator rule was committed at 17:08; none after).
/// The theme figures do not measure the rules: 11 of the set's 44 labels are ids outside the
/// taxonomy (`umwelt`, `sicherheit`, `gesundheit`, `wohnen`, `klimaschutz`).
/// After meta18 tuned on it (2026-12-06, PIPELINE_VERSION 19): drucksache 1.000, doc_type 0.939,
/// date 0.909, title 0.939, public 0.970, department 0.939, consultations 0.939, klimacheck 0.970,
/// metadata_mean 0.956, originator 0.939 (the theme floors stay the first-contact ones). meta22:
/// department 0.970 (s28's `Büro Kreistag`, an addressee under the letter's date line, is none).
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.52→0.74 (figure 0.529 on the old labels, 0.745 on the new); recall 0.61→0.84 (figure 0.614
// on the old labels, 0.844 on the new); f1 0.56→0.79 (figure 0.568 on the old labels, 0.792 on
// the new); primary 0.54→0.81 (figure 0.545 on the old labels, 0.818 on the new).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: date 0.9 → 0.93
/// (0.9394), title 0.93 → 0.96 (0.9697), metadata_mean 0.95 → 0.96 (0.9663).
// Floors raised by themes17 to this branch's exact figures (themes15's Klimacheck reader and
// substance rule, a plan's stipulations no substance), rounded down: klimacheck 0.96→1.00 (1.0000);
// themes_precision 0.74→0.76 (0.7600); themes_f1 0.79→0.80 (0.8000).
/// themes18 (issue 17): raised to this branch's figures, rounded down, where they rose above
/// main's (themes17's Klimacheck reader and substance rule; third_sentences): themes_precision 0.76 → 0.80 (0.8039; main 0.7593); themes_f1 0.80 → 0.85 (0.8542; main 0.8283).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): public 0.970 → 1.000; metadata_mean 0.970 → 0.973; originator 0.939 → 0.970
/// (session start with the old labels → now); floors public 0.96 → 1.00; metadata_mean 0.96 → 0.97;
/// originator 0.93 → 0.96.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 0.93),
    ("date", 0.93),
    ("title", 0.96),
    ("public", 1.0),
    ("department", 0.96),
    ("consultations", 0.93),
    ("klimacheck", 1.00),
    ("pages", 1.0),
    ("metadata_mean", 0.97),
    ("originator", 0.96),
    // 0.53 → 0.52 by meta18: titles read right (s14, s20, s32) move the theme rules; these
    // figures do not measure the rules (labels outside the taxonomy).
    ("themes_precision", 0.80),
    ("themes_recall", 0.84),
    ("themes_f1", 0.85),
    ("themes_primary", 0.81),
];

#[test]
fn holdout7_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout7", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
