//! The tenth first-contact held-out set of issue 13: 35 look-alikes of eight councils that
//! appear nowhere else in the repository (`tests/fixtures/holdout13/`, made by
//! `tools/holdout13/` by a helper who never ran ratsdex nor read its rules; PDFs and labels
//! committed in af0ff3e before ratsdex was run on them for a score — see the folder's README).
//!
//! `ratsdex eval --corpus` runs the real pipeline on every paper. Floors only go up.

use crate::support::eval_folder;

const DIR: &str = "tests/fixtures/holdout13";

/// Papers in `truth.jsonl`.
const PAPERS: usize = 35;

/// First contact (2026-12-07 01:20, main at ebb3708 = after meta22, which tuned on holdout11, and
/// issue 17's tenth step; scored once by the lead): drucksache 1.000, doc_type 0.943, date 0.943,
/// title 0.657, public 0.886, department 0.943, consultations 0.819, klimacheck 1.000, pages 1.000,
/// metadata_mean 0.910, originator 0.943, themes_precision 0.776, themes_recall 0.682, themes_f1
/// 0.726, themes_primary 0.629. (The session-start rules of e2df97c, scored on it at 00:10:
/// metadata_mean 0.902 (title 0.657, consultations 0.743).) Held out until this session.
/// Floors: first contact rounded down; originator 0.97 from the lead's re-score at the session's
/// end (rules of 9e9cab5, after meta23: originator 0.943 → 0.971, the rest unchanged).
/// **No longer held out**: handed over as a tuning set (2026-12-07, openly) to meta24 (title) and
/// meta25 (consultations, public, drucksache), who read its misses; the next first-contact
/// estimates are holdout14 and holdout15. After both (PIPELINE_VERSION 23): title 0.657 →
/// 0.857, public 0.886 → 0.943, consultations 0.819 → 0.943, metadata_mean 0.910 → 0.952,
/// themes_primary 0.629 → 0.657. Title and metadata_mean floors raised by meta24 (title rules of
/// this session, tuned on holdout13 openly).
/// Raised by meta25 (2026-12-07, session lines under a label, shape-known number labels,
/// header-less session rows' statuses):
/// public 0.886 → 0.943, consultations 0.819 → 0.943, metadata_mean 0.910 → 0.930.
/// **Two floors lowered, openly**: themes_precision 0.77 → 0.75 and themes_f1 0.72 → 0.71 — y13
/// and y28 now get their labelled titles (null or wrong before), and the theme rules read the
/// right subject into a false further theme each (verwaltung for school transport waiting
/// times, klima_umwelt for a cemetery fee statute). The alternative was reverting right titles.
/// meta27 (2026-12-07, title rules by layout family): title 0.943, metadata_mean 0.962; those
/// two floors raised (rounded down). The right titles lift the themes too: themes_precision
/// 0.783, themes_recall 0.712, themes_f1 0.746, themes_primary 0.686 (floors raised, rounded
/// down).
/// Raised by meta28 (2026-12-07, an authority after its title words, `Große Kreisstadt X –
/// Ordnungsamt`): department 0.943 → 1.000, metadata_mean 0.952 → 0.959 (themes_recall 0.682 →
/// 0.697, themes_f1 0.714 → 0.724 through the department; theme floors left to issue 17).
/// Raised back to 0.77 / 0.72 by issue 17's twelfth step (themes13: `Friedhof` is weak for
/// klima_umwelt, amounts and a GmbH count like grant terms): themes_precision 0.750 → 0.776,
/// themes_f1 0.714 → 0.726.
/// Raised by the lead at the session's end (2026-12-07 07:27, merged rules, PIPELINE_VERSION 24):
/// themes_precision 0.78 → 0.81, themes_recall 0.71 → 0.72, themes_f1 0.74 → 0.76.
/// Raised by the lead at the session's end (2026-12-07 09:50, merged rules, PIPELINE_VERSION 25):
/// themes_precision 0.81->0.82.
// Theme floors re-based by the lead on 2026-12-07 11:05 on the relabelled truth (relabel1, the
// issuers' convention, tests/fixtures/RELABEL1.md; rules unchanged, ef99b6d): precision
// 0.82→0.89 (figure 0.828 on the old labels, 0.897 on the new); recall 0.72→0.73 (figure 0.727
// on the old labels, 0.732 on the new); f1 0.76→0.80 (figure 0.774 on the old labels, 0.806 on
// the new).
/// meta32 (2026-12-07, issue 13): raised to this branch's figures, rounded down: date 0.94 → 0.97
/// (0.9714), metadata_mean 0.97 → 0.98 (0.9822).
/// meta35 (2026-12-07, issue 13): raised to this branch's figures, rounded down: title 0.94 →
/// 0.97 (0.9714).
/// themes18 (issue 17): raised to this branch's figures, rounded down, where they rose above
/// main's (themes17's Klimacheck reader and substance rule; third_sentences): themes_precision 0.89 → 0.92 (0.9286; main 0.9153).
/// meta39 (2026-12-07 session, issue 13: the labelling conventions of
/// `tests/fixtures/CONVENTIONS.md`, the relabel of originator/department/public and the rules that
/// follow them): public 0.943 → 0.971; metadata_mean 0.985 → 0.989; originator 0.971 → 1.000
/// (session start with the old labels → now); floors public 0.94 → 0.97; originator 0.97 → 1.00.
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 0.97),
    ("title", 0.97),
    ("public", 0.97),
    ("department", 1.0),
    ("consultations", 0.98),
    ("klimacheck", 1.0),
    ("pages", 1.0),
    ("metadata_mean", 0.98),
    ("originator", 1.0),
    ("themes_precision", 0.92),
    ("themes_recall", 0.73),
    ("themes_f1", 0.80),
    ("themes_primary", 0.68),
];

#[test]
fn holdout13_fields_stay_at_their_floors() {
    let scores = eval_folder("holdout13", DIR, FLOORS);
    assert_eq!(scores["documents"], PAPERS, "{scores}");
}
