//! The twenty-fourth first-contact held-out set of issue 13: 35 look-alikes of eight councils
//! that appear nowhere else in the repository (Kreis Düren, Gemeinde Marienheide, Gemeinde
//! Herscheid, Verbandsgemeinde Westliche Börde, Zweckverband Ostertal, Beirat Blockland,
//! Stadtteilbeirat Neugraben-Fischbek, Quartiersrat Falkenhagener Feld;
//! `tests/fixtures/holdout25/`, made by `tools/holdout25/` by a helper who never ran ratsdex
//! nor read its rules; PDFs and labels committed in 7ed165d before ratsdex was run on them for
//! a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout25";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 18:12, main at this session's metadata rules = PIPELINE_VERSION
/// 28, after meta35 and meta36 (tuned on holdout23–24 openly), the theme rules of the session
/// start; scored once by the lead): drucksache 0.971, doc_type 0.943, date 0.943, title 0.771,
/// public 0.943, department 0.800, consultations 0.714, klimacheck 0.943, pages 1.000,
/// metadata_mean 0.892, originator 0.857, themes_precision 0.855, themes_recall 0.855,
/// themes_f1 0.855, themes_primary 0.771. (The session-start rules of 1b4d03d, scored on it at
/// 16:35: the same on every field.) **Held out**: its
/// misses are not read. Floors: first contact rounded down.
/// With the shipped rules (18:25, themes18 merged): themes_precision 0.869, themes_f1 0.862, every
/// other field the same — floors raised: themes_precision 0.85 → 0.86, themes_f1 0.85 → 0.86.
/// Held out until 2026-12-07 19:10, when the lead handed it over openly (meta37, meta38,
/// themes20, primary3): a tuning set since, its misses are read.
/// meta37 (2026-12-07, issue 13: families of Beratungsfolge key grids and role clauses, motion
/// sessions by date then body, senders of residents' and youth councils, dotted letterheads,
/// per-session status cells): public 0.943→0.971 (floor 0.94 → 0.97); department 0.800→0.914 (floor
/// 0.80 → 0.91); consultations 0.714→0.886 (floor 0.71 → 0.88); originator 0.857→0.943 (floor 0.85
/// → 0.94); metadata_mean 0.892→0.927 (floor 0.89 → 0.92) — floors raised.
/// meta38 (2026-12-07, issue 13, tuned on holdout25–26 openly): floors raised drucksache 0.97 → 1.00 (1.0000), doc_type 0.94 → 0.97 (0.9714), date 0.94 → 0.97 (0.9714), title 0.77 → 0.91 (0.9143), metadata_mean 0.89 → 0.91 (0.9175).
/// The lead (2026-12-07 20:50, meta37, meta38, themes20 and primary3 merged): floors raised to
/// the merged rules' figures, rounded down: metadata_mean 0.92 → 0.95 (0.9524),
/// themes_precision 0.86 → 0.88 (0.8833), themes_primary 0.82 → 0.85 (0.8571).
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised date 0.97 → 1.00 (1.0000); title 0.91 → 1.00 (1.0000); metadata_mean 0.95 → 0.96 (0.9651).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): public 0.971 → 1.000; metadata_mean 0.952 → 0.956; originator 0.943 → 0.971
/// (session start with the old labels → now); floors public 0.97 → 1.00; originator 0.94 → 0.97.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 0.97),
    ("date", 1.0),
    ("title", 1.0),
    ("public", 1.0),
    ("department", 0.91),
    ("consultations", 0.88),
    ("klimacheck", 0.94),
    ("pages", 1.0),
    ("metadata_mean", 0.96),
    ("originator", 0.97),
    ("themes_precision", 0.88),
    ("themes_recall", 0.85),
    ("themes_f1", 0.86),
    // primary3 (issue 17, an agenda's first item needs a surer primary model): 0.77 -> 0.82
    // (exact 0.8286)
    ("themes_primary", 0.85),
];

#[test]
fn holdout25_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout25", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
