//! The twenty-first first-contact held-out set of issue 13: 35 look-alikes of eight councils
//! that appear nowhere else in the repository (Große Kreisstadt Filderstadt, Stadt Osterode am
//! Harz, Stadt Bedburg, Stadt Kelkheim (Taunus), Stadt Schwabmünchen, Gemeinde Morbach,
//! Zweckverband ÖPNV Vogtland, Stadt Hohen Neuendorf; `tests/fixtures/holdout22/`, made by
//! `tools/holdout22/` by a helper who never ran ratsdex nor read its rules; PDFs and labels
//! committed in 47f8554 before ratsdex was run on them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout22";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 12:18, main at the session's final rules = PIPELINE_VERSION 26,
/// after meta31 and meta32, which tuned on holdout15–19 openly; scored once by the lead):
/// drucksache 0.971, doc_type 0.943, date 1.000, title 0.914, public 0.914, department 0.857,
/// consultations 0.886, klimacheck 0.943, pages 1.000, metadata_mean 0.937, originator 0.800,
/// themes_precision 0.875, themes_recall 0.778, themes_f1 0.824, themes_primary 0.829. (The
/// session-start rules of ef99b6d, scored on it at the same time: date 0.971, title 0.857,
/// metadata_mean 0.927, themes_precision 0.873, themes_recall 0.764, themes_f1 0.815; every
/// other field the same.) **Held out**: its misses are not read. Floors: first contact rounded
/// down.
/// Handed over to the tuners openly at 13:30 on 2026-12-07 (its first contact was the figures
/// above, on record); a tuning set since. meta33 (issue 13) raised to its branch's figures,
/// rounded down: department 0.85 → 0.94 (0.9429), originator 0.80 → 0.82 (0.8286),
/// metadata_mean 0.93 → 0.94 (0.9460).
/// meta34 (2026-12-07, issue 13): raised to this branch's figures, rounded down: drucksache 0.97 →
/// 1.0 (1.0000), doc_type 0.94 → 0.97 (0.9714), metadata_mean 0.93 → 0.94 (0.9429).
/// meta37 (2026-12-07, issue 13: families of Beratungsfolge key grids and role clauses, motion
/// sessions by date then body, senders of residents' and youth councils, dotted letterheads,
/// per-session status cells): originator 0.829→0.857 (floor 0.82 → 0.85) — floors raised.
/// The lead (2026-12-07 20:50, meta37, meta38, themes20 and primary3 merged): floors raised to
/// the merged rules' figures, rounded down: metadata_mean 0.94 → 0.95 (0.9524).
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised doc_type 0.97 → 1.00 (1.0000).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): public 0.914 → 1.000; department 0.943 → 0.971; metadata_mean 0.952 → 0.965;
/// originator 0.857 → 0.886 (session start with the old labels → now); floors public 0.91 → 1.00;
/// department 0.94 → 0.97; metadata_mean 0.95 → 0.96; originator 0.85 → 0.88.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 0.91),
    ("public", 1.0),
    ("department", 0.97),
    ("consultations", 0.88),
    ("klimacheck", 0.94),
    ("pages", 1.0),
    ("metadata_mean", 0.96),
    ("originator", 0.88),
    ("themes_precision", 0.87),
    ("themes_recall", 0.77),
    ("themes_f1", 0.82),
    ("themes_primary", 0.82),
];

#[test]
fn holdout22_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout22", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
