//! Ingest of a hostile corpus (generated at test time, see `tests/support/hostile.rs`): the run
//! finishes, exits 3, names every bad file with a reason, and indexes every good file so that
//! `ratsdex search` finds it.

use crate::support::hostile::{self, Expect};
use crate::support::{export_records, run_within};
use std::ffi::OsStr;
use std::time::Duration;

/// Generous guard against hangs (debug build, shared CI cores): the whole ingest must end
/// within this time.
const INGEST_LIMIT: Duration = Duration::from_secs(600);

/// One `path: reason` line of the ingest summary.
struct Failure {
    path: String,
    reason: String,
}

/// The `path: reason` lines of the summary whose path lies below `root`.
fn failures(stdout: &str, root: &str) -> Vec<Failure> {
    stdout
        .lines()
        .filter(|l| l.starts_with(root))
        .filter_map(|l| {
            // No generated name contains ": ", so the first one after the root ends the path.
            let rest = l.get(root.len()..)?;
            let at = rest.find(": ")?;
            Some(Failure {
                path: format!("{root}{}", rest.get(..at)?),
                reason: rest.get(at + 2..)?.to_string(),
            })
        })
        .collect()
}

fn search_paths(index: &std::path::Path, query: &str) -> Result<Vec<String>, String> {
    let run = run_within(
        &[
            "search".as_ref(),
            query.as_ref(),
            "--json".as_ref(),
            "--limit".as_ref(),
            "20".as_ref(),
            "--index".as_ref(),
            index.as_os_str(),
        ],
        Duration::from_secs(120),
    );
    if run.code != Some(0) {
        return Err(format!(
            "search {query} exited {:?}: {}",
            run.code, run.stderr
        ));
    }
    let v: serde_json::Value = serde_json::from_str(&run.stdout)
        .map_err(|e| format!("search {query} --json is not JSON ({e}): {}", run.stdout))?;
    Ok(v.get("hits")
        .and_then(|h| h.as_array())
        .map(|hits| {
            hits.iter()
                .filter_map(|h| h.get("path").and_then(|p| p.as_str()).map(String::from))
                .collect()
        })
        .unwrap_or_default())
}

#[test]
fn hostile_corpus_is_ingested_without_losing_good_files() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let root = tmp.path().join("archiv");
    let index = tmp.path().join("index");
    let cases = hostile::generate(&root).expect("generate hostile corpus");

    let run = run_within(
        &[
            OsStr::new("ingest"),
            root.as_os_str(),
            "--index".as_ref(),
            index.as_os_str(),
            "--jobs".as_ref(),
            "2".as_ref(),
            // the per-document budget as long as the hang guard: the 3000-page file must be
            // read in a debug build on loaded shared cores
            "--timeout".as_ref(),
            "600".as_ref(),
        ],
        INGEST_LIMIT,
    );
    eprintln!(
        "--- ingest stdout\n{}\n--- ingest stderr\n{}",
        run.stdout, run.stderr
    );

    let mut problems: Vec<String> = Vec::new();
    if run.code != Some(3) {
        problems.push(format!("ingest exit code {:?}, want 3", run.code));
    }
    let root_str = root.to_string_lossy().into_owned();
    let failed = failures(&run.stdout, &root_str);
    for f in &failed {
        if f.reason.trim().is_empty() {
            problems.push(format!("{}: failure without a reason", f.path));
        }
        if f.reason.to_lowercase().contains("internal error") {
            problems.push(format!("{}: panicked: {}", f.path, f.reason));
        }
    }
    let records = if matches!(run.code, Some(0) | Some(3)) {
        export_records(&index)
    } else {
        Vec::new()
    };
    let record_for = |full: &str| {
        records
            .iter()
            .find(|r| r.get("path").and_then(|p| p.as_str()) == Some(full))
    };

    for case in &cases {
        let full = root.join(&case.rel).to_string_lossy().into_owned();
        // records are stored under the lossless form of the path (`\xHH` for other bytes)
        let stored = ratsdex::record::path::key(&root.join(&case.rel));
        let fail = failed.iter().find(|f| f.path == full);
        let record = record_for(&stored);
        let name = case.rel.to_string_lossy();
        match &case.expect {
            Expect::Indexed { marker, pages } => {
                let Some(record) = record else {
                    problems.push(format!(
                        "{name}: not indexed ({})",
                        fail.map_or("not reported either", |f| f.reason.as_str())
                    ));
                    continue;
                };
                if let Some(want) = pages {
                    let got = record.get("pages").and_then(|p| p.as_u64());
                    if got != Some(*want as u64) {
                        problems.push(format!("{name}: pages {got:?}, want {want}"));
                    }
                }
                match search_paths(&index, marker) {
                    Ok(paths) if paths.contains(&stored) => {}
                    Ok(paths) => problems.push(format!(
                        "{name}: search {marker} does not find it (hits: {paths:?})"
                    )),
                    Err(e) => problems.push(format!("{name}: {e}")),
                }
            }
            Expect::Fails(fragments) => {
                if record.is_some() {
                    problems.push(format!("{name}: indexed, but must fail"));
                }
                match fail {
                    None => problems.push(format!("{name}: not named as failed")),
                    Some(f) => {
                        let reason = f.reason.to_lowercase();
                        if !fragments.iter().any(|frag| reason.contains(frag)) {
                            problems.push(format!(
                                "{name}: reason {:?} mentions none of {fragments:?}",
                                f.reason
                            ));
                        }
                    }
                }
            }
            Expect::Survives { marker, pages } => match (fail, record) {
                (Some(_), None) => {}
                (None, Some(r)) => {
                    let got = r.get("pages").and_then(|p| p.as_u64());
                    if got != Some(*pages as u64) {
                        problems.push(format!("{name}: pages {got:?}, want {pages}"));
                    }
                    match search_paths(&index, marker) {
                        Ok(paths) if paths.contains(&stored) => {}
                        Ok(paths) => problems.push(format!(
                            "{name}: indexed, but search {marker} does not find it (hits: {paths:?})"
                        )),
                        Err(e) => problems.push(format!("{name}: {e}")),
                    }
                }
                (Some(_), Some(_)) => problems.push(format!("{name}: both failed and indexed")),
                (None, None) => problems.push(format!("{name}: neither indexed nor reported")),
            },
            Expect::FailsOrWarns => match (fail, record) {
                (Some(_), None) => {}
                (None, Some(r)) => {
                    let warned = r
                        .get("warnings")
                        .and_then(|w| w.as_array())
                        .is_some_and(|w| !w.is_empty());
                    if !warned {
                        problems.push(format!("{name}: indexed without any warning"));
                    }
                }
                (Some(_), Some(_)) => problems.push(format!("{name}: both failed and indexed")),
                (None, None) => problems.push(format!("{name}: neither indexed nor reported")),
            },
            Expect::Either => {
                if fail.is_some() == record.is_some() {
                    problems.push(format!(
                        "{name}: must be either indexed or reported once (failed: {}, indexed: {})",
                        fail.is_some(),
                        record.is_some()
                    ));
                }
            }
            Expect::WalkError(fragments) => {
                let named = failed.iter().any(|f| {
                    f.path.starts_with(&full) && {
                        let r = f.reason.to_lowercase();
                        fragments.iter().any(|frag| r.contains(frag))
                    }
                });
                if !named {
                    problems.push(format!(
                        "{name}: not reported as a walk error mentioning {fragments:?}"
                    ));
                }
            }
        }
    }

    let log = std::fs::read_to_string(index.join("errors.jsonl")).unwrap_or_default();
    for f in &failed {
        let logged = log.lines().any(|l| {
            serde_json::from_str::<serde_json::Value>(l)
                .ok()
                .and_then(|v| v.get("path").and_then(|p| p.as_str()).map(|p| p == f.path))
                .unwrap_or(false)
        });
        if !logged {
            problems.push(format!("{}: failure missing from errors.jsonl", f.path));
        }
    }

    assert!(
        problems.is_empty(),
        "{} problem(s):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

#[test]
fn zlib_bomb_is_a_valid_stream() {
    use std::io::Read;
    let bomb = hostile::zlib_zero_bomb(10_000_000);
    assert!(bomb.len() < 80_000, "bomb is {} bytes", bomb.len());
    let mut out = Vec::new();
    flate2::read::ZlibDecoder::new(bomb.as_slice())
        .read_to_end(&mut out)
        .expect("inflates");
    assert_eq!(out.len(), 10_000_000);
    assert!(out.iter().all(|&b| b == 0));
}

#[test]
fn comment_stamps_keep_offsets_and_differ() {
    let pdf = hostile::simple_pdf("hxstampq");
    let a = hostile::with_comment_stamp(&pdf, 1);
    let b = hostile::with_comment_stamp(&pdf, 300);
    assert_eq!(a.len(), pdf.len());
    assert_ne!(a, b);
    assert_ne!(a, pdf);
    assert_eq!(a.get(..9), pdf.get(..9));
}

/// `ratsdex extract --json FILE` → (exit code, the record's warnings, stderr).
fn extract_warnings(file: &std::path::Path) -> (Option<i32>, Vec<String>, String) {
    let run = run_within(
        &[
            OsStr::new("extract"),
            OsStr::new("--json"),
            file.as_os_str(),
        ],
        Duration::from_secs(300),
    );
    let warnings = serde_json::from_str::<serde_json::Value>(&run.stdout)
        .ok()
        .and_then(|v| v.get("warnings").and_then(|w| w.as_array()).cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|w| w.as_str().map(String::from))
        .collect();
    (run.code, warnings, run.stderr)
}

#[test]
fn a_10_mb_line_keeps_what_is_on_the_page_and_says_the_rest_is_ignored() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("lange_zeile.pdf");
    std::fs::write(&file, hostile::long_line_pdf("hxlonglineq", 10)).expect("write");
    let (code, warnings, stderr) = extract_warnings(&file);
    assert_eq!(code, Some(0), "{stderr}");
    let outside: Vec<&String> = warnings
        .iter()
        .filter(|w| w.contains("outside the page"))
        .collect();
    assert_eq!(outside.len(), 1, "{warnings:?}");
    let run = run_within(
        &[
            OsStr::new("extract"),
            OsStr::new("--text"),
            file.as_os_str(),
        ],
        Duration::from_secs(300),
    );
    assert!(run.stdout.starts_with("hxlonglineq Haushaltsmittel"));
    // the page holds about 30 words of the line; pdftotext prints the same 108 characters
    assert!(run.stdout.len() < 1_000, "{} bytes", run.stdout.len());
}

#[test]
fn a_page_without_text_is_reported_once_and_damaged_files_keep_their_text() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let blank = tmp.path().join("leer.pdf");
    std::fs::write(&blank, hostile::blank_page_pdf()).expect("write");
    let (code, warnings, stderr) = extract_warnings(&blank);
    assert_eq!(code, Some(0), "{stderr}");
    let no_text = warnings
        .iter()
        .filter(|w| w.contains("no text layer"))
        .count();
    assert_eq!(no_text, 1, "{warnings:?}");
    for (name, bytes) in [
        ("kopf.pdf", hostile::flipped_header_pdf("hxflippedq")),
        ("laenge.pdf", hostile::wrong_length_pdf("hxlengthq")),
    ] {
        let file = tmp.path().join(name);
        std::fs::write(&file, bytes).expect("write");
        let (code, warnings, stderr) = extract_warnings(&file);
        assert_eq!(code, Some(0), "{name}: {stderr}");
        assert!(
            !warnings.iter().any(|w| w.contains("no text layer")),
            "{name}: {warnings:?}"
        );
        assert!(!warnings.is_empty(), "{name}: repaired without a warning");
    }
}

/// Not a test: writes the hostile corpus to `$RATSDEX_HOSTILE_OUT` for manual inspection
/// (`RATSDEX_HOSTILE_OUT=/tmp/h cargo test --test it hostile_ingest::write_ -- --ignored`).
#[test]
#[ignore = "a tool: writes the hostile corpus"]
fn write_hostile_corpus() {
    let dir = std::env::var_os("RATSDEX_HOSTILE_OUT").expect("set RATSDEX_HOSTILE_OUT=DIR");
    let cases = hostile::generate(std::path::Path::new(&dir)).expect("generate");
    for c in cases {
        println!("{}\t{:?}", c.rel.to_string_lossy(), c.expect);
    }
}
