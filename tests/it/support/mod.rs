//! What the test modules share: the binary under test, the repository's paths, one index of
//! `corpus/`, visible skips, the PDF builder and the hostile corpus.

#![allow(dead_code)]

pub mod hostile;
pub mod pdf;

use std::ffi::OsStr;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The repository root.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A path below the repository root.
pub fn repo(rel: &str) -> PathBuf {
    root().join(rel)
}

/// The `ratsdex` binary under test, colours off.
pub fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ratsdex"));
    c.env("NO_COLOR", "1");
    c
}

/// Run `ratsdex ARGS` to its end.
pub fn ratsdex<S: AsRef<OsStr>>(args: &[S]) -> Output {
    bin().args(args).output().expect("the ratsdex binary runs")
}

/// Run `ratsdex ARGS`, require exit 0 and return stdout.
pub fn ok<S: AsRef<OsStr>>(args: &[S]) -> Vec<u8> {
    let out = ratsdex(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "ratsdex {:?} failed: {}{}",
        args.iter().map(AsRef::as_ref).collect::<Vec<_>>(),
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// A process's stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// `ratsdex extract --json FILE`: the record.
pub fn extract_json(file: &Path) -> serde_json::Value {
    let out = ok(&[OsStr::new("extract"), "--json".as_ref(), file.as_os_str()]);
    serde_json::from_slice(&out).expect("extract --json prints one JSON record")
}

/// The PDFs of `corpus/`, sorted.
pub fn corpus_pdfs() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(repo("corpus"))
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("pdf")))
        .collect();
    v.sort();
    v
}

/// One index of the whole `corpus/`, made by `ratsdex ingest` once per test run and shared by
/// the tests that only read it.
pub fn corpus_index() -> &'static Path {
    static INDEX: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let index = dir.path().join("index");
            let out = ratsdex(&[
                OsStr::new("ingest"),
                repo("corpus").as_os_str(),
                "--index".as_ref(),
                index.as_os_str(),
            ]);
            assert_eq!(
                out.status.code(),
                Some(0),
                "ingest of corpus/ failed:\n{}{}",
                stdout(&out),
                String::from_utf8_lossy(&out.stderr)
            );
            (dir, index)
        })
        .1
}

/// The floors of a gate where every metadata field is right on every document today.
pub const EVERY_FIELD_RIGHT: &[(&str, f64)] = &[
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

/// Run `ratsdex eval ARGS --json`, print its scores, and require each score of `floors` at or
/// above its floor; a failure lists the scores below their floors and every miss. `floors` must
/// name every metadata field.
pub fn eval_gate<S: AsRef<OsStr>>(
    gate: &str,
    args: &[S],
    floors: &[(&str, f64)],
) -> serde_json::Value {
    for field in ratsdex::eval::FIELDS {
        assert!(
            floors.iter().any(|(f, _)| *f == field),
            "{gate}: no floor for {field}"
        );
    }
    let mut cmd = bin();
    cmd.arg("eval").args(args);
    let out = cmd.arg("--json").output().expect("the ratsdex binary runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{gate}: ratsdex eval failed: {}{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = stdout(&out);
    let json_end = text.rfind('}').map_or(0, |i| i + 1);
    let scores: serde_json::Value =
        serde_json::from_str(&text[..json_end]).expect("eval --json prints one JSON object");
    let below: Vec<String> = floors
        .iter()
        .filter_map(|(field, floor)| {
            let value = scores[*field]
                .as_f64()
                .unwrap_or_else(|| panic!("{gate}: eval prints no {field}"));
            // a floor "at today's value" must not fail on the last bit of a float
            (value < floor - 1e-9).then(|| format!("{field} {value:.3} < floor {floor}"))
        })
        .collect();
    if !below.is_empty() {
        let mut cmd = bin();
        cmd.arg("eval").args(args);
        let misses = cmd.arg("--show-misses").output().expect("runs");
        panic!(
            "{gate}: below the floors: {}\n{}",
            below.join("; "),
            stdout(&misses)
        );
    }
    scores
}

/// [`eval_gate`] on a folder of PDFs with its `truth.jsonl` (`ratsdex eval --truth DIR/truth.jsonl
/// --corpus DIR`), `dir` relative to the repository; asserts that every truth row was scored.
pub fn eval_folder(gate: &str, dir: &str, floors: &[(&str, f64)]) -> serde_json::Value {
    let dir = repo(dir);
    let scores = eval_gate(
        gate,
        &[
            OsStr::new("--truth"),
            dir.join("truth.jsonl").as_os_str(),
            "--corpus".as_ref(),
            dir.as_os_str(),
        ],
        floors,
    );
    assert_eq!(scores["missing"], serde_json::json!([]), "{scores}");
    scores
}

/// A path below `../shared` (the project's shared data beside the repository), or `None` —
/// after a visible "skipped" line naming `test` — when it is not there (a fresh clone).
pub fn shared(rel: &str, test: &str) -> Option<PathBuf> {
    let path = root().join("../shared").join(rel);
    if path.exists() {
        Some(path)
    } else {
        skip(
            test,
            &format!("../shared/{rel} is not beside the repository"),
        );
        None
    }
}

/// Print `skipped: TEST: REASON` where it stays visible: libtest captures `print!`/`eprint!`
/// of a passing test, not a direct write to stderr.
pub fn skip(test: &str, reason: &str) {
    let _ = writeln!(std::io::stderr(), "skipped: {test}: {reason}");
}

/// Whether the external tool `cmd` runs (`cmd --version`). When it does not, the test that
/// needs it prints a visible skip — or fails where `RATSDEX_TEST_REQUIRE` lists the tool
/// (`.ci/run` sets it for the tools it installs), so that CI never skips silently.
pub fn tool(cmd: &str, test: &str) -> bool {
    let runs = Command::new(cmd)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if runs {
        return true;
    }
    let required = std::env::var("RATSDEX_TEST_REQUIRE").unwrap_or_default();
    assert!(
        !required.split([',', ' ']).any(|r| r == cmd),
        "{test}: {cmd} is required (RATSDEX_TEST_REQUIRE={required}) but does not run"
    );
    skip(test, &format!("{cmd} is not installed"));
    false
}

/// The output of a finished `ratsdex` run.
#[derive(Debug)]
pub struct Run {
    /// Exit code (`None` when killed by a signal).
    pub code: Option<i32>,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

/// Run the real `ratsdex` binary with `args`; kill it and fail the test when it takes longer
/// than `limit` (a hang guard, not a timing assertion).
pub fn run_within(args: &[&OsStr], limit: std::time::Duration) -> Run {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = bin()
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start ratsdex: {e}"));
    let mut out = child.stdout.take().map(|mut s| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = s.read_to_end(&mut buf);
            buf
        })
    });
    let mut err = child.stderr.take().map(|mut s| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = s.read_to_end(&mut buf);
            buf
        })
    });
    let started = std::time::Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("ratsdex {args:?} did not finish within {limit:?}: killed");
            }
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(50)),
            Err(e) => panic!("waiting for ratsdex: {e}"),
        }
    };
    let text = |h: Option<std::thread::JoinHandle<Vec<u8>>>| {
        h.and_then(|h| h.join().ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .unwrap_or_default()
    };
    Run {
        code: status.code(),
        stdout: text(out.take()),
        stderr: text(err.take()),
    }
}

/// `ratsdex export --format jsonl --index DIR` parsed into JSON values (panics on failure).
pub fn export_records(index: &Path) -> Vec<serde_json::Value> {
    let run = run_within(
        &[
            "export".as_ref(),
            "--format".as_ref(),
            "jsonl".as_ref(),
            "--index".as_ref(),
            index.as_os_str(),
        ],
        std::time::Duration::from_secs(120),
    );
    assert_eq!(
        run.code,
        Some(0),
        "export failed: {}\n{}",
        run.stdout,
        run.stderr
    );
    run.stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l).unwrap_or_else(|e| panic!("export line not JSON ({e}): {l}"))
        })
        .collect()
}
