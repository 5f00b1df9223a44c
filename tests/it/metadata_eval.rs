//! The metadata quality gate: `ratsdex eval` on the index of `corpus/` (made by `ratsdex
//! ingest`) against `corpus/truth.jsonl`, with a floor per field at today's value.
//!
//! Floors only go up: raise one when a field improves; never lower one to let a change pass.
//! `ratsdex eval --truth corpus/truth.jsonl --index DIR --show-misses` shows what is wrong.

use crate::support::{EVERY_FIELD_RIGHT, corpus_index, eval_gate, repo};
use std::ffi::OsStr;

/// Floors: today every field is right on every document.
const FLOORS: &[(&str, f64)] = EVERY_FIELD_RIGHT;

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
