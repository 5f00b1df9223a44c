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

/// A path below `../shared` (the project's shared data beside the repository), or `None` —
/// after a visible "skipped" line naming `test` — when it is not there (a fresh clone).
pub fn shared(rel: &str, test: &str) -> Option<PathBuf> {
    let path = root().join("../shared").join(rel);
    if path.exists() {
        Some(path)
    } else {
        skip(test, &format!("../shared/{rel} is not beside the repository"));
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
