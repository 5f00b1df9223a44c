//! The eleventh first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (`tests/fixtures/holdout14/`, made by
//! `tools/holdout14/` by a helper who never ran ratsdex nor read its rules; PDFs and labels
//! committed in 75148b0 before ratsdex was run on them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout14";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 04:06, main at the session's final rules = PIPELINE_VERSION 23, after
/// meta24, meta25 and issue 17's eleventh step, which tuned on holdout13 and heldout13; scored once
/// by the lead): drucksache 0.886, doc_type 1.000, date 0.943, title 0.714, public 0.914,
/// department 0.771, consultations 0.848, klimacheck 0.914, pages 1.000, metadata_mean 0.888,
/// originator 0.857, themes_precision 0.839, themes_recall 0.839, themes_f1 0.839, themes_primary
/// 0.800. (The session-start rules of 8b5b472, scored on it at 02:40: metadata_mean 0.866
/// (drucksache 0.857, title 0.600, consultations 0.790, themes_precision 0.825, themes_f1 0.832;
/// every other field the same).)
/// Floors: first contact rounded down.
/// **Tuned since this session**: handed to meta27 as a tuning set, openly (2026-12-07); after
/// meta27's title rules title 0.771, metadata_mean 0.894; those two floors raised (rounded
/// down). It is no first-contact figure any more. (With meta27's centred-label rule, taken out
/// again: one title more, but themes_primary 0.800 → 0.771 — z10's right title moves its primary
/// theme to stadtentwicklung.)
/// Held out until this session. Floors: first contact rounded down.
/// **No longer held out**: handed over as a tuning set (2026-12-07, openly) to meta28
/// (consultations, department, originator, drucksache, public), who read its misses and tuned on
/// it since this session; its figures are no first-contact estimate any more. After meta28:
/// department 0.771 → 0.829, consultations 0.848 → 0.971, originator 0.857 → 0.914,
/// metadata_mean 0.888 → 0.908 — the floors below raised, rounded down.
/// **Held out**: its misses are not read. Floors: first contact rounded down.
/// Raised by titleport (2026-12-07, the learned title fallback, trained on this set among
/// others: in-sample): title 0.714 → 0.743, metadata_mean 0.888 → 0.891.
/// Raised by the lead at the session's end (2026-12-07 07:27, merged rules, PIPELINE_VERSION 24):
/// title 0.77 → 0.8.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.83→0.88 (figure 0.839 on the old labels, 0.887 on the new); recall 0.83→0.80 (figure 0.839
// on the old labels, 0.809 on the new); f1 0.83→0.84 (figure 0.839 on the old labels, 0.846 on
// the new).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: date 0.94 → 0.97
/// (0.9714), metadata_mean 0.92 → 0.93 (0.9302).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: drucksache 0.91 →
/// 0.94 (0.9429).
/// themes18 (issue 17): raised to this branch's figures, rounded down, where they rose above
/// main's (themes17's Klimacheck reader and substance rule; third_sentences): themes_precision 0.88 → 0.90 (0.9032; main 0.8889); themes_f1 0.84 → 0.86 (0.8615; main 0.8550).
/// meta37 (2026-12-07, issue 13: families of Beratungsfolge key grids and role clauses, motion
/// sessions by date then body, senders of residents' and youth councils, dotted letterheads,
/// per-session status cells): department 0.829→0.857 (floor 0.82 → 0.85) — floors raised.
/// meta40 (issue 13, 2026-12-07; title/date/doc_type/drucksache conventions of
/// tests/fixtures/CONVENTIONS_TITLE.md and the rules that follow them): raised drucksache 0.94 → 0.97 (0.9714); title 0.80 → 0.88 (0.8857); metadata_mean 0.93 → 0.94 (0.9492).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): public 0.914 → 0.943; metadata_mean 0.937 → 0.940; originator 0.914 → 0.971
/// (session start with the old labels → now); floors public 0.91 → 0.94; originator 0.91 → 0.97.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 0.97),
    ("doc_type", 1.0),
    ("date", 0.97),
    ("title", 0.88),
    ("public", 0.94),
    ("department", 0.85),
    ("consultations", 0.97),
    // klima5: `Klimacheck: nicht erforderlich (…)` and `… auf das Klima: positiv.` read.
    ("klimacheck", 0.97),
    ("pages", 1.0),
    ("metadata_mean", 0.94),
    ("originator", 0.97),
    ("themes_precision", 0.90),
    ("themes_recall", 0.80),
    ("themes_f1", 0.86),
    ("themes_primary", 0.8),
];

#[test]
fn holdout14_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout14", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
