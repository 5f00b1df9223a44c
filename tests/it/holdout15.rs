//! The twelfth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (`tests/fixtures/holdout15/`, made by
//! `tools/holdout15/` by a helper who never ran ratsdex nor read its rules; PDFs and labels
//! committed in b56fbd0 before ratsdex was run on them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout15";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 04:06, main at the session's final rules = PIPELINE_VERSION 23, after
/// meta24, meta25 and issue 17's eleventh step, which tuned on holdout13 and heldout13; scored once
/// by the lead): drucksache 0.914, doc_type 1.000, date 0.971, title 0.800, public 0.914,
/// department 0.914, consultations 0.776, klimacheck 0.943, pages 1.000, metadata_mean 0.915,
/// originator 0.800, themes_precision 0.807, themes_recall 0.657, themes_f1 0.724, themes_primary
/// 0.657. (The session-start rules of 8b5b472, scored on it at 02:40: metadata_mean 0.912 (title
/// 0.771; every other field the same).)
/// Scored again by the lead with this session's final rules (2026-12-07 06:50, PIPELINE_VERSION
/// 24, after meta27, meta28, titleport and issue 17's twelfth step, none of which ran on it): every
/// field the same (metadata_mean 0.915, title 0.800, consultations 0.776).
/// Floors: first contact rounded down. **Handed over as a tuning set on 2026-12-07 at 07:55, openly**
/// (its misses read since): meta29 (consultations/originator/department) and meta30 (title,
/// doc_type, drucksache) raised its floors to their rules' figures.
/// Raised by the lead at the session's end (2026-12-07 09:50, merged rules, PIPELINE_VERSION 25):
/// metadata_mean 0.93->0.95.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.80→0.82 (figure 0.807 on the old labels, 0.825 on the new); recall 0.65→0.63 (figure 0.657
// on the old labels, 0.635 on the new); f1 0.72→0.71 (figure 0.724 on the old labels, 0.718 on
// the new).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: drucksache 0.94 →
/// 1.0 (1.0000).
/// Raised by meta31 (2026-12-07, its consultations/originator/department/public rules, from
/// `ratsdex eval --json`): consultations 0.89->0.92.
/// meta37 (2026-12-07, issue 13: families of Beratungsfolge key grids and role clauses, motion
/// sessions by date then body, senders of residents' and youth councils, dotted letterheads,
/// per-session status cells): public 0.914→0.943 (floor 0.91 → 0.94); metadata_mean 0.960→0.963
/// (floor 0.95 → 0.96) — floors raised.
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): public 0.943 → 0.971; metadata_mean 0.963 → 0.966; originator 0.914 → 1.000
/// (session start with the old labels → now); floors public 0.94 → 0.97; originator 0.91 → 1.00.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 0.97),
    ("title", 0.91),
    ("public", 0.97),
    ("department", 0.97),
    ("consultations", 0.92),
    ("klimacheck", 0.94),
    ("pages", 1.0),
    ("metadata_mean", 0.96),
    ("originator", 1.0),
    ("themes_precision", 0.82),
    ("themes_recall", 0.63),
    ("themes_f1", 0.71),
    ("themes_primary", 0.65),
];

#[test]
fn holdout15_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout15", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
