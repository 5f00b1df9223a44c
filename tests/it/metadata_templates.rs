//! Metadata of council templates and producers not in the dev corpus (SessionNet print view,
//! ALLRIS 4, more!rubin, a Landkreis Word template, Anfragen/Anträge of Fraktionen, a Bezirks-
//! vertretung, a Beratungsfolge over a page break, an ASCII-umlaut export, Klimacheck sentences).
//!
//! The fixtures in `tests/fixtures/templates/` are made by real producers with
//! `tools/templates/make.py`; `ratsdex eval --corpus` runs the real pipeline on each and scores
//! every field against `truth.jsonl` by the project's evaluation rules (title token F1 ≥ 0.9,
//! department token F1 ≥ 0.8, Beratungsfolge triples). Today every field is right on every
//! template: the floors are 1.0.

use crate::support::{EVERY_FIELD_RIGHT, eval_gate, repo};
use std::ffi::OsStr;

const DIR: &str = "tests/fixtures/templates";

/// The templates of `truth.jsonl`.
const TEMPLATES: usize = 16;

/// Floors: today every field is right on every document.
const FLOORS: &[(&str, f64)] = EVERY_FIELD_RIGHT;

#[test]
fn every_template_field_stays_right() {
    let scores = eval_gate(
        "templates",
        &[
            OsStr::new("--truth"),
            repo(DIR).join("truth.jsonl").as_os_str(),
            "--corpus".as_ref(),
            repo(DIR).as_os_str(),
        ],
        FLOORS,
    );
    assert_eq!(scores["documents"], TEMPLATES, "{scores}");
    assert_eq!(scores["missing"], serde_json::json!([]), "{scores}");
}
