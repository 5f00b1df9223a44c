//! Crash safety: `kill -9` an ingest mid-way, then the index still opens with exactly what was
//! committed, and a re-run completes the archive.
//!
//! The crash is deterministic: the ingest runs in short slices between SIGSTOP and SIGCONT;
//! while it is frozen the test looks at the index, and once a commit is visible it checks that
//! a second ingest is refused (the lock) and kills the frozen process — so the run can never
//! end before the kill, and nothing can be committed between the look and the kill.

use crate::support::hostile;
use crate::support::{export_records, run_within};
use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// Files in the generated archive: more than one commit batch (ingest commits every 200
/// documents or 10 s), so that a commit happens well before the end of the run.
const FILES: usize = 250;
/// Hang guard for one ingest.
const LIMIT: Duration = Duration::from_secs(600);
/// How long the ingest runs between two looks at the index.
const SLICE: Duration = Duration::from_millis(5);

fn start_ingest(archive: &Path, index: &Path) -> Child {
    crate::support::bin()
        .arg("ingest")
        .arg(archive)
        .arg("--index")
        .arg(index)
        .args(["--jobs", "1"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start ratsdex ingest")
}

/// Number of records `export` sees, or `None` when the index cannot be opened yet.
fn committed(index: &Path) -> Option<usize> {
    let out = crate::support::bin()
        .args(["export", "--format", "jsonl", "--index"])
        .arg(index)
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status.success().then(|| {
        out.stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty())
            .count()
    })
}

/// A cheap first look: some `meta.json` below the index folder (tantivy's commit point) lists
/// a segment with documents.
fn commit_visible(index: &Path) -> bool {
    walk_files(index).iter().any(|p| {
        p.file_name().is_some_and(|n| n == "meta.json")
            && std::fs::read_to_string(p)
                .ok()
                .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
                .and_then(|v| v["segments"].as_array().map(|s| !s.is_empty()))
                .unwrap_or(false)
    })
}

fn walk_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk_files(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Send `signal` to the process and, for SIGSTOP, wait until it is stopped.
fn signal(child: &Child, signal: libc::c_int) {
    let pid = child.id() as libc::pid_t;
    // SAFETY: kill(2) with the pid of our own child process, which has not been reaped.
    let rc = unsafe { libc::kill(pid, signal) };
    assert_eq!(rc, 0, "kill({pid}, {signal}) failed");
    if signal == libc::SIGSTOP {
        let stat = format!("/proc/{pid}/stat");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let state = std::fs::read_to_string(&stat).unwrap_or_default();
            // the state follows the parenthesised command name: T stopped, Z exited
            let state = state.rsplit_once(") ").map(|(_, r)| r.chars().next());
            if matches!(state, Some(Some('T' | 't' | 'Z'))) {
                return;
            }
            assert!(Instant::now() < deadline, "ingest does not stop");
            std::thread::sleep(Duration::from_millis(1));
        }
    }
}

/// A few small council papers to copy: the crash path does not depend on their size, and small
/// ones keep the run short on a loaded machine (debug build).
fn archive_sources(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).expect("sources dir");
    ["hxkillaq", "hxkillbq", "hxkillcq"]
        .iter()
        .map(|marker| {
            let path = dir.join(format!("{marker}.pdf"));
            std::fs::write(&path, hostile::simple_pdf(marker)).expect("write source");
            path
        })
        .collect()
}

/// Run an ingest in slices and `kill -9` it, frozen, right after its first visible commit;
/// on the way, check that a second ingest is refused while the first holds the index. Returns
/// the number of records committed before the kill.
fn ingest_and_kill(archive: &Path, index: &Path) -> usize {
    let mut child = start_ingest(archive, index);
    let started = Instant::now();
    loop {
        std::thread::sleep(SLICE);
        signal(&child, libc::SIGSTOP);
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "the ingest ended ({status}) before a commit was seen: the crash path was not \
                 exercised (more FILES?)"
            );
        }
        assert!(started.elapsed() < LIMIT, "ingest hangs");
        if commit_visible(index) {
            let seen = committed(index).expect("the index opens while the ingest is frozen");
            assert!(seen > 0, "meta.json lists a segment, export sees no record");
            assert!(seen < FILES, "every file was committed before the kill");
            // A second ingest on the same index must refuse at once while the first holds it.
            let second = run_within(
                &[
                    OsStr::new("ingest"),
                    archive.as_os_str(),
                    "--index".as_ref(),
                    index.as_os_str(),
                ],
                Duration::from_secs(60),
            );
            assert_ne!(second.code, Some(0), "a second concurrent ingest succeeded");
            assert!(
                second.stderr.contains("locked") || second.stdout.contains("locked"),
                "second ingest did not report the lock: {}{}",
                second.stdout,
                second.stderr
            );
            // Child::kill sends SIGKILL: no chance to clean up, frozen mid-run.
            let _ = child.kill();
            let _ = child.wait();
            return seen;
        }
        signal(&child, libc::SIGCONT);
    }
}

#[test]
fn kill_9_mid_ingest_loses_nothing_committed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let archive = tmp.path().join("archiv");
    let sources = archive_sources(&tmp.path().join("sources"));
    let files = hostile::distinct_copies(&sources, &archive, FILES).expect("write archive");
    let expected: HashSet<String> = files
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();

    let index = tmp.path().join("index");
    let seen = ingest_and_kill(&archive, &index);

    // The index opens after the crash and holds exactly what was committed before the kill.
    let after_crash = export_records(&index);
    assert_eq!(
        after_crash.len(),
        seen,
        "records after the crash, {seen} committed before"
    );
    let mut paths = HashSet::new();
    for r in &after_crash {
        let p = r
            .get("path")
            .and_then(|p| p.as_str())
            .expect("record without path");
        assert!(expected.contains(p), "unexpected record {p}");
        assert!(paths.insert(p.to_string()), "duplicate record {p}");
    }

    println!(
        "killed after {seen} visible records; {} records after the crash",
        after_crash.len()
    );

    // A re-run (no stale lock after kill -9) completes the archive.
    let rerun = run_within(
        &[
            OsStr::new("ingest"),
            archive.as_os_str(),
            "--index".as_ref(),
            index.as_os_str(),
            "--jobs".as_ref(),
            "2".as_ref(),
        ],
        LIMIT,
    );
    assert!(
        matches!(rerun.code, Some(0) | Some(3)),
        "re-run exit {:?}: {}{}",
        rerun.code,
        rerun.stdout,
        rerun.stderr
    );
    let final_records = export_records(&index);
    let final_paths: HashSet<String> = final_records
        .iter()
        .filter_map(|r| r.get("path").and_then(|p| p.as_str()).map(String::from))
        .collect();
    let missing: Vec<&String> = expected.difference(&final_paths).collect();
    assert!(
        missing.is_empty(),
        "{} of {FILES} files missing after the re-run, e.g. {:?}; re-run said: {}",
        missing.len(),
        missing.iter().take(3).collect::<Vec<_>>(),
        rerun.stdout
    );
    assert_eq!(final_records.len(), FILES, "duplicate records after re-run");
}
