//! Crash safety: `kill -9` an ingest mid-way, then the index still opens with everything that
//! was committed, and a re-run completes the archive.

use crate::support::hostile::{self, export_records, ratsdex};
use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Files in the generated archive: more than one commit batch (ingest commits every 200
/// documents or 10 s), so that a commit happens before the end of the run.
const FILES: usize = 250;
/// Hang guard for one ingest.
const LIMIT: Duration = Duration::from_secs(600);

fn start_ingest(archive: &Path, index: &Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_ratsdex"))
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
    let out = Command::new(env!("CARGO_BIN_EXE_ratsdex"))
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

fn archive_sources() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(hostile::corpus_dir())
        .expect("corpus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("dev") && n.ends_with(".pdf"))
        })
        .collect();
    v.sort();
    v
}

/// How the first ingest ended.
enum Stopped {
    /// Killed after `seen` records were visible in the index.
    Killed { seen: usize },
    /// Finished on its own before a commit could be observed.
    Finished,
}

/// Run ingest and `kill -9` it as soon as a commit is visible, or after `after` if given.
fn ingest_and_kill(archive: &Path, index: &Path, after: Option<Duration>) -> Stopped {
    let mut child = start_ingest(archive, index);
    let started = Instant::now();
    let mut checked_lock = false;
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            return Stopped::Finished;
        }
        assert!(started.elapsed() < LIMIT, "ingest hangs");
        if !checked_lock && index.join("ingest.lock").exists() {
            // A second ingest on the same index must refuse at once while the first runs.
            let second = ratsdex(
                &[
                    OsStr::new("ingest"),
                    archive.as_os_str(),
                    "--index".as_ref(),
                    index.as_os_str(),
                ],
                Duration::from_secs(60),
            );
            if matches!(child.try_wait(), Ok(None)) {
                assert_ne!(second.code, Some(0), "a second concurrent ingest succeeded");
                assert!(
                    second.stderr.contains("locked") || second.stdout.contains("locked"),
                    "second ingest did not report the lock: {}{}",
                    second.stdout,
                    second.stderr
                );
            }
            checked_lock = true;
        }
        let due = match after {
            Some(d) => started.elapsed() >= d,
            None => committed(index).is_some_and(|n| n > 0),
        };
        if due {
            let seen = committed(index).unwrap_or(0);
            // Child::kill sends SIGKILL on Unix: no chance to clean up.
            let _ = child.kill();
            let _ = child.wait();
            return Stopped::Killed { seen };
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn kill_9_mid_ingest_loses_nothing_committed() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let archive = tmp.path().join("archiv");
    let sources = archive_sources();
    assert!(sources.len() >= 10, "corpus/dev*.pdf missing");
    let files = hostile::distinct_copies(&sources, &archive, FILES).expect("write archive");
    let expected: HashSet<String> = files
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();

    // First try: kill right after the first commit becomes visible. If the machine is so fast
    // that the run ends before, kill a fresh run after a fraction of that run's time instead.
    let index = tmp.path().join("index");
    let t0 = Instant::now();
    let mut stopped = ingest_and_kill(&archive, &index, None);
    if matches!(stopped, Stopped::Finished) {
        let full = t0.elapsed();
        std::fs::remove_dir_all(&index).expect("reset index");
        stopped = ingest_and_kill(&archive, &index, Some(full.mul_f64(0.6)));
    }
    let seen = match stopped {
        Stopped::Killed { seen } => seen,
        Stopped::Finished => {
            eprintln!("ingest finished before it could be killed; crash path not exercised");
            0
        }
    };

    // The index opens after the crash and holds at least what was visibly committed.
    let after_crash = export_records(&index);
    assert!(
        after_crash.len() >= seen,
        "{} records after the crash, but {seen} were committed before",
        after_crash.len()
    );
    assert!(after_crash.len() <= FILES);
    let mut paths = HashSet::new();
    for r in &after_crash {
        let p = r
            .get("path")
            .and_then(|p| p.as_str())
            .expect("record without path");
        assert!(expected.contains(p), "unexpected record {p}");
        assert!(paths.insert(p.to_string()), "duplicate record {p}");
    }

    eprintln!(
        "killed after {seen} visible records; {} records after the crash",
        after_crash.len()
    );

    // A re-run (no stale lock after kill -9) completes the archive.
    let rerun = ratsdex(
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
