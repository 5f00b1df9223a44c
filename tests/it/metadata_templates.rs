//! Metadata of council templates and producers not in the dev corpus (SessionNet print view,
//! ALLRIS 4, more!rubin, a Landkreis Word template, Anfragen/Anträge of Fraktionen, a Bezirks-
//! vertretung, a Beratungsfolge over a page break, an ASCII-umlaut export, Klimacheck sentences).
//!
//! The fixtures in `tests/fixtures/templates/` are made by real producers with
//! `tools/templates/make.py`; this test runs the real binary on each and compares every field
//! with `truth.jsonl` by the rules of the project's evaluation (title token F1 ≥ 0.9,
//! department token F1 ≥ 0.8, Beratungsfolge triples exact).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use serde_json::Value;

const DIR: &str = "tests/fixtures/templates";

/// One truth row with the binary's record for its file.
struct Case {
    file: String,
    truth: Value,
    got: Value,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR)
}

fn cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let truth = std::fs::read_to_string(fixtures().join("truth.jsonl")).unwrap();
        truth
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let truth: Value = serde_json::from_str(l).unwrap();
                let file = truth["file"].as_str().unwrap().to_string();
                let out = Command::new(env!("CARGO_BIN_EXE_ratsdex"))
                    .args(["extract", "--json"])
                    .arg(fixtures().join(&file))
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{file}: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                let got: Value = serde_json::from_slice(&out.stdout).unwrap();
                Case { file, truth, got }
            })
            .collect()
    })
}

fn tokens(v: &Value) -> Vec<String> {
    v.as_str()
        .unwrap_or("")
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn token_f1(a: &Value, b: &Value) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() && tb.is_empty() {
        return 1.0;
    }
    let mut rest = tb.clone();
    let mut hit = 0usize;
    for t in &ta {
        if let Some(k) = rest.iter().position(|r| r == t) {
            rest.swap_remove(k);
            hit += 1;
        }
    }
    if hit == 0 {
        return 0.0;
    }
    let (p, r) = (hit as f64 / ta.len() as f64, hit as f64 / tb.len() as f64);
    2.0 * p * r / (p + r)
}

fn consultations(v: &Value) -> BTreeSet<(String, String, String)> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|c| {
                    (
                        tokens(&c["committee"]).join(" "),
                        c["date"].as_str().unwrap_or("").to_string(),
                        c["role"].as_str().unwrap_or("").to_lowercase(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Every file where `same(truth, got)` is false, with both values.
fn misses(field: &str, same: impl Fn(&Value, &Value) -> bool) -> Vec<String> {
    cases()
        .iter()
        .filter(|c| !same(&c.truth[field], &c.got[field]))
        .map(|c| format!("{}: want {} got {}", c.file, c.truth[field], c.got[field]))
        .collect()
}

fn exact(field: &str) -> Vec<String> {
    misses(field, |t, g| {
        let fold = |v: &Value| match v {
            Value::String(s) => Value::String(
                s.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase(),
            ),
            other => other.clone(),
        };
        fold(t) == fold(g)
    })
}

#[test]
fn there_are_twelve_templates() {
    assert!(cases().len() >= 12);
}

#[test]
fn drucksache() {
    assert_eq!(exact("drucksache"), Vec::<String>::new());
}

#[test]
fn doc_type() {
    assert_eq!(exact("doc_type"), Vec::<String>::new());
}

#[test]
fn date() {
    assert_eq!(exact("date"), Vec::<String>::new());
}

#[test]
fn public() {
    assert_eq!(exact("public"), Vec::<String>::new());
}

#[test]
fn klimacheck() {
    assert_eq!(exact("klimacheck"), Vec::<String>::new());
}

#[test]
fn title() {
    assert_eq!(
        misses("title", |t, g| token_f1(t, g) >= 0.9),
        Vec::<String>::new()
    );
}

#[test]
fn department() {
    let same = |t: &Value, g: &Value| match (t.is_null(), g.is_null()) {
        (true, true) => true,
        (false, false) => token_f1(t, g) >= 0.8,
        _ => false,
    };
    assert_eq!(misses("department", same), Vec::<String>::new());
}

#[test]
fn beratungsfolge() {
    assert_eq!(
        misses("consultations", |t, g| consultations(t) == consultations(g)),
        Vec::<String>::new()
    );
}
