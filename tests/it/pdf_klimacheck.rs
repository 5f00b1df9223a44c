//! Klimacheck boxes: on every corpus file whose truth names a glyph style, each box glyph sits
//! on the same line as its label and directly before it — in the lines and in `text()`.

use crate::support::{export_records, ok, repo};
use ratsdex::pdf::{self, Limits, TextLayer};
use std::ffi::OsStr;
use std::path::PathBuf;

/// The mark pdftotext shows, mapped to the Unicode we promise (Word's private-use boxes).
fn expected_mark(spec: &str) -> Option<String> {
    let spec = spec.trim();
    if spec.starts_with("no glyph") {
        return None;
    }
    if let Some(hex) = spec.strip_prefix("U+") {
        let cp = u32::from_str_radix(hex.get(..4)?, 16).ok()?;
        return Some(
            match cp {
                0xF0FE | 0xF0FD | 0xF078 => '☒',
                0xF0A8 | 0xF06F => '☐',
                0xF0FC => '✔',
                0xF0FB => '✘',
                other => char::from_u32(other)?,
            }
            .to_string(),
        );
    }
    let quoted = spec.strip_prefix('\'')?;
    Some(quoted.split('\'').next()?.to_string())
}

/// A corpus file and its (expected mark, label) pairs.
type Case = (String, Vec<(Option<String>, String)>);

fn cases() -> Vec<Case> {
    let root = repo("corpus/truth.jsonl");
    let text = std::fs::read_to_string(root).unwrap_or_default();
    let mut out = Vec::new();
    for line in text.lines() {
        let Ok(row) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let style = row["klima_style"].as_str().unwrap_or("");
        if !matches!(style, "unicode" | "wingdings" | "zapf" | "check") {
            continue;
        }
        let notes = row["notes"].as_str().unwrap_or("");
        let Some((_, marks)) = notes.split_once("klimacheck marks in pdftotext:") else {
            continue;
        };
        let mut items = Vec::new();
        for part in marks.split(" | ") {
            let Some((mark, label)) = part.rsplit_once(" before '") else {
                continue;
            };
            let label = label.trim_end_matches('\'').to_string();
            items.push((expected_mark(mark), label));
        }
        out.push((row["file"].as_str().unwrap_or("").to_string(), items));
    }
    out
}

fn layer(file: &str) -> TextLayer {
    let path = repo("corpus").join(file);
    let bytes = std::fs::read(&path).unwrap_or_default();
    match pdf::extract(&bytes, &Limits::default()) {
        Ok(l) => l,
        Err(e) => panic!("{file}: {e}"),
    }
}

#[test]
fn klimacheck_boxes_sit_before_their_labels() {
    let cases = cases();
    assert_eq!(cases.len(), 9, "truth rows of corpus/ with glyph boxes");
    for (file, items) in cases {
        let layer = layer(&file);
        let text = layer.text();
        for (mark, label) in items {
            let line = layer
                .pages
                .iter()
                .flat_map(|p| &p.lines)
                .map(|l| l.text())
                .find(|t| t.contains(&label));
            let Some(line) = line else {
                panic!("{file}: no line with label {label:?}");
            };
            let Some(mark) = mark else { continue };
            let pattern = format!("{mark} {label}");
            assert!(
                line.contains(&pattern),
                "{file}: line {line:?} lacks {pattern:?}"
            );
            assert!(text.contains(&pattern), "{file}: text() lacks {pattern:?}");
        }
    }
}

/// The drawn-checkbox fixtures (`tests/fixtures/boxes/<layout>__<expected>.pdf`, made by
/// ReportLab, Chromium and LibreOffice with `make.py`): `ratsdex ingest` reads the ticked
/// option from boxes and ticks drawn as vector graphics; `null` files (nothing or two options
/// ticked) give no value and a warning.
#[test]
fn drawn_checkboxes_decide_the_klimacheck() {
    let dir = repo("tests/fixtures/boxes");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "pdf"));
    files.sort();
    assert_eq!(files.len(), 68, "fixtures in {}", dir.display());
    // one ingest of the folder: the same pipeline as `extract`, one process for all
    let tmp = tempfile::tempdir().expect("temp dir");
    let index = tmp.path().join("index");
    ok(&[
        OsStr::new("ingest"),
        dir.as_os_str(),
        "--index".as_ref(),
        index.as_os_str(),
    ]);
    let records = export_records(&index);
    assert_eq!(records.len(), files.len(), "one record per fixture");
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some((_, expected)) = name.rsplit_once("__") else {
            panic!("{name}: fixture name lacks __<expected>");
        };
        let key = path.display().to_string();
        let json = records
            .iter()
            .find(|r| r["path"] == key.as_str())
            .unwrap_or_else(|| panic!("no record for {key}"));
        let got = json["klimacheck"].as_str().unwrap_or("null");
        let warned = json["warnings"].as_array().is_some_and(|w| {
            w.iter()
                .any(|w| w.as_str().is_some_and(|w| w.starts_with("klimacheck")))
        });
        if got != expected || (expected == "null" && !warned) {
            failures.push(format!("{name}: got {got}, warnings {}", json["warnings"]));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
