//! Truncated files, driving the real binary: the pages whose objects are present are kept with
//! one warning line and exit 0; a file with no page left fails with one clear line and exit 1.
//! The fixtures in `tests/fixtures/hostile/truncated_*.pdf` are our own corpus PDFs cut off
//! (`head -c`), see that folder's README; `tools/fuzz/truncation.py` sweeps all of them.

use crate::support::{hostile, ratsdex, repo, stdout};
use std::path::Path;

/// `ratsdex extract --json FILE`: exit code, record (when one was printed), stderr.
fn extract(file: &Path) -> (Option<i32>, serde_json::Value, String) {
    let out = ratsdex(&[
        "extract".as_ref(),
        "--json".as_ref(),
        "--ocr".as_ref(),
        "never".as_ref(),
        file.as_os_str(),
    ]);
    let record = serde_json::from_str(&stdout(&out)).unwrap_or(serde_json::Value::Null);
    (
        out.status.code(),
        record,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `ratsdex extract --text FILE`.
fn text(file: &Path) -> String {
    let out = ratsdex(&[
        "extract".as_ref(),
        "--text".as_ref(),
        "--ocr".as_ref(),
        "never".as_ref(),
        file.as_os_str(),
    ]);
    stdout(&out)
}

fn warnings(record: &serde_json::Value) -> Vec<String> {
    record["warnings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|w| w.as_str().map(str::to_string))
        .collect()
}

/// `corpus/dev04…` cut at 99 %: its cross-reference stream is gone and its catalog and page
/// tree sit in an object stream the scan cannot index (poppler: "Couldn't read xref table";
/// before: `failed parsing cross reference table`). Both pages are kept, with one warning.
#[test]
fn a_file_cut_in_its_xref_stream_keeps_both_pages() {
    let file = repo("tests/fixtures/hostile/truncated_01_objstm_kept.pdf");
    let (code, record, err) = extract(&file);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(record["pages"], 2);
    let w = warnings(&record);
    assert!(
        w.iter().any(|w| w.contains("catalog or page tree missing")),
        "{w:?}"
    );
    let t = text(&file);
    assert!(t.contains("Scanstelle"), "{t}");
    assert!(
        t.contains("Ursprungsvorlage bewertet"),
        "the last page's text: {t}"
    );
}

/// `corpus/own04…` cut at 75 %: the page objects are there, their content streams (written
/// last) are not — one line, exit 1.
#[test]
fn a_file_whose_page_content_is_cut_off_fails_with_one_line() {
    let file = repo("tests/fixtures/hostile/truncated_02_content_gone.pdf");
    let (code, _, err) = extract(&file);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(
        err.contains("truncated or damaged: the content of all 2 pages is missing"),
        "{err}"
    );
}

/// `corpus/dev01…` cut at 75 %: page objects, page tree and catalog (written last) are gone.
#[test]
fn a_file_whose_pages_are_cut_off_says_so() {
    let file = repo("tests/fixtures/hostile/truncated_03_pages_gone.pdf");
    let (code, _, err) = extract(&file);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("truncated, no page left"), "{err}");
}

/// Eight pages written page by page after the catalog, cut at 60 %: the pages present are
/// kept, the warning says how many of the eight.
#[test]
fn a_file_cut_after_some_pages_keeps_them_and_says_how_many() {
    let pdf = hostile::many_pages_pdf("hxabgeschnittenq", 8);
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("abgeschnitten.pdf");
    std::fs::write(&file, hostile::truncated(&pdf, 0.6)).expect("write");
    let (code, record, err) = extract(&file);
    assert_eq!(code, Some(0), "{err}");
    let w = warnings(&record);
    let kept = w
        .iter()
        .find_map(|w| w.strip_prefix("truncated or damaged: kept "))
        .unwrap_or_else(|| panic!("no kept warning: {w:?}"));
    assert!(kept.ends_with(" of 8 pages"), "{kept}");
    let k: usize = kept
        .split(' ')
        .next()
        .and_then(|k| k.parse().ok())
        .unwrap_or(0);
    assert!((3..8).contains(&k), "{kept}");
    let t = text(&file);
    assert!(t.contains("Produktgruppe 10.0"), "{t}");
    assert!(!t.contains("hxabgeschnittenq"), "the last page is cut off");
}
