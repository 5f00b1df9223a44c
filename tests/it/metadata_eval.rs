//! The metadata quality gate: `ratsdex eval` on the index of `corpus/` (made by `ratsdex
//! ingest`) against `corpus/truth.jsonl`, with a floor per field at today's value.
//!
//! Floors only go up: raise one when a field improves; never lower one to let a change pass.
//! `ratsdex eval --truth corpus/truth.jsonl --index DIR --show-misses` shows what is wrong.

use crate::support::{corpus_index, eval_gate, repo};
use std::ffi::OsStr;

/// Floors on all of `corpus/` (today: every field 1.000).
const FLOORS: &[(&str, f64)] = &[
    ("drucksache", 1.0),
    ("doc_type", 1.0),
    ("date", 1.0),
    ("title", 1.0),
    ("public", 1.0),
    ("department", 1.0),
    ("consultations", 1.0),
    ("klimacheck", 1.0),
    ("pages", 1.0),
    ("metadata_mean", 1.0),
];

#[test]
fn corpus_metadata_stays_at_its_floors() {
    let scores = eval_gate(
        "corpus metadata",
        &[
            OsStr::new("--truth"),
            repo("corpus/truth.jsonl").as_os_str(),
            "--index".as_ref(),
            corpus_index().as_os_str(),
        ],
        FLOORS,
    );
    // every truth row has its PDF in corpus/
    assert_eq!(scores["missing"], serde_json::json!([]), "{scores}");
}
