//! Input from people who mean harm, and indexes in a bad way (issue 15): formulas in CSV cells,
//! queries and numbers that would take the process down, a read-only or damaged index, a full
//! disk, a closed pipe.

use crate::support::{corpus_index, ratsdex, repo, run_within, skip, stdout};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A folder with two corpus PDFs and an index of them.
fn small_index() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    for name in [
        "dev01_wuppertal_vo-1254-21.pdf",
        "dev02_wuppertal_vo-0871-22.pdf",
    ] {
        std::fs::copy(repo("corpus").join(name), docs.join(name)).unwrap();
    }
    let index = tmp.path().join("index");
    let out = ratsdex(&[
        OsStr::new("ingest"),
        docs.as_os_str(),
        OsStr::new("--index"),
        index.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    (tmp, docs, index)
}

#[test]
fn no_csv_cell_starts_a_formula() {
    let tmp = tempfile::tempdir().unwrap();
    let docs = tmp.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let pdf = crate::support::pdf::text_page(&[
        "Stadt Musterstadt",
        "Beschlussvorlage",
        "Drucksachen-Nr.: VO/0666/24",
        "Datum: 01.02.2024",
        // a formula inside a plausible title (noise alone is no title: see extract/title)
        "Betreff: =HYPERLINK(\"http://evil.example/x\";\"Klick\") Sanierung der Grundschule Nord und Neubau der Sporthalle",
        "Beratungsfolge:",
        "12.03.2024 @SUM(1+1)*cmd|' /C calc'!A0 Entscheidung",
        "Beschlussvorschlag: +Der Rat beschliesst -2+3.",
    ]);
    std::fs::write(docs.join("evil.pdf"), pdf).unwrap();
    let index = tmp.path().join("index");
    let idx = index.to_str().unwrap();
    let out = ratsdex(&["ingest", docs.to_str().unwrap(), "--index", idx]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let title = crate::support::export_records(&index)[0]["title"].clone();
    assert!(
        title.as_str().is_some_and(|t| t.starts_with("=HYPERLINK")),
        "the hostile title must reach the record for this test to mean something: {title}"
    );
    for (args, sep) in [(vec![], b','), (vec!["--excel"], b';')] {
        let mut all = vec!["export", "--format", "csv", "--index", idx];
        all.extend(args);
        let out = ratsdex(&all);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(sep)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let mut cells = 0;
        for row in reader.records() {
            for cell in row.unwrap().iter() {
                cells += 1;
                let number = cell.replace(',', ".").parse::<f64>().is_ok();
                assert!(
                    number || !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                    "a cell starts a formula: {cell:?}"
                );
            }
        }
        assert!(cells > 20);
        assert!(text.contains("'=HYPERLINK"), "{text}");
    }
}

#[test]
fn queries_and_numbers_that_would_abort_are_refused_with_a_message() {
    let idx = corpus_index().to_str().unwrap();
    let deep = format!("{}Haushalt{}", "(".repeat(20_000), ")".repeat(20_000));
    let nots = format!("{}Haushalt", "NOT ".repeat(30_000));
    let nested = format!("{}Haushalt", "NOT (".repeat(12));
    for (cmd, q) in [
        ("search", &deep),
        ("search", &nots),
        ("search", &nested),
        ("export", &deep),
        ("export", &nots),
        ("stats", &nots),
        ("report", &deep),
    ] {
        let mut args = vec![cmd, q.as_str(), "--index", idx];
        if cmd == "report" {
            args.extend(["--output", "/dev/null"]);
        }
        let out = ratsdex(&args);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("bad query:"),
            "{cmd}: {}",
            stderr(&out)
        );
    }
    for (flag, value) in [
        ("--limit", "18446744073709551615"),
        ("--limit", "10000000000"),
        ("--offset", "18446744073709551615"),
    ] {
        let out = ratsdex(&["search", "Haushalt", flag, value, "--index", idx]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{flag} {value}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains(flag), "{}", stderr(&out));
    }
    let out = ratsdex(&[
        "search", "Haushalt", "--limit", "10000", "--offset", "10000", "--index", idx,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad query:"), "{}", stderr(&out));
    let out = ratsdex(&[
        "search",
        "Haushalt AND (Schule OR Kita)",
        "--limit",
        "10000",
        "--index",
        idx,
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn jobs_are_capped() {
    let (_tmp, docs, index) = small_index();
    let run = run_within(
        &[
            "ingest".as_ref(),
            docs.as_os_str(),
            "--index".as_ref(),
            index.as_os_str(),
            "--force".as_ref(),
            "--jobs".as_ref(),
            "100000".as_ref(),
        ],
        Duration::from_secs(120),
    );
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("note: --jobs 100000"), "{}", run.stderr);
    assert!(run.stdout.contains("indexed 2"), "{}", run.stdout);
}

/// Run `ratsdex` on `index` mounted read-only (a user and mount namespace), or as an
/// unprivileged user on a copy without write permission; `None` (after a visible skip) when
/// neither can be arranged.
fn read_only_runs(index: &Path, commands: &[Vec<String>]) -> Option<Vec<Output>> {
    let bin = env!("CARGO_BIN_EXE_ratsdex");
    let quote = |s: &str| format!("'{}'", s.replace('\'', "'\\''"));
    let dir = quote(index.to_str().unwrap());
    let probe = Command::new("unshare")
        .args(["-Urm", "sh", "-c"])
        .arg(format!(
            "mount --bind {dir} {dir} && mount -o remount,bind,ro {dir} && ! touch {dir}/x 2>/dev/null"
        ))
        .output();
    if probe.is_ok_and(|o| o.status.success()) {
        let outputs = commands
            .iter()
            .map(|args| {
                let line: Vec<String> = args.iter().map(|a| quote(a)).collect();
                Command::new("unshare")
                    .args(["-Urm", "sh", "-c"])
                    .arg(format!(
                        "mount --bind {dir} {dir} && mount -o remount,bind,ro {dir} && NO_COLOR=1 {} {}",
                        quote(bin),
                        line.join(" ")
                    ))
                    .output()
                    .unwrap()
            })
            .collect();
        return Some(outputs);
    }
    // no namespaces: take write permission away (which binds root only as another user)
    let chmod = Command::new("chmod")
        .arg("-R")
        .arg("a-w")
        .arg(index)
        .status();
    assert!(chmod.is_ok_and(|s| s.success()));
    let root = Command::new("id")
        .arg("-u")
        .output()
        .map(|o| stdout(&o).trim() == "0");
    let as_nobody = match root {
        Ok(false) => None,
        _ => {
            let ids = ["--reuid=65534", "--regid=65534", "--clear-groups"];
            let setpriv = Command::new("setpriv")
                .args(ids)
                .arg(bin)
                .arg("--version")
                .output();
            if !setpriv.is_ok_and(|o| o.status.success()) {
                skip(
                    "hostile_use::a_read_only_index",
                    "running as root without unshare, and user nobody cannot run the binary: permissions cannot be taken away",
                );
                return None;
            }
            Some(ids)
        }
    };
    let outputs = commands
        .iter()
        .map(|args| match as_nobody {
            Some(ids) => Command::new("setpriv")
                .args(ids)
                .arg(bin)
                .args(args)
                .env("NO_COLOR", "1")
                .output()
                .unwrap(),
            None => ratsdex(args),
        })
        .collect();
    Some(outputs)
}

#[test]
fn a_read_only_index_is_searched_shown_exported_and_counted() {
    let (tmp, docs, index) = small_index();
    // files are as readable as the segments: meta.json is not private
    let mode = |name: &str| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(index.join(name))
            .unwrap()
            .permissions()
            .mode()
            & 0o777
    };
    let segment = std::fs::read_dir(&index)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".store"))
        .unwrap();
    assert_eq!(mode("meta.json"), mode(&segment), "meta.json vs {segment}");
    assert_eq!(mode(".managed.json"), mode(&segment));
    // readable for everybody (setpriv below runs as nobody)
    let _ = Command::new("chmod").arg("a+rx").arg(tmp.path()).status();
    let idx = index.to_str().unwrap().to_string();
    let s = |v: &[&str]| v.iter().map(|a| a.to_string()).collect::<Vec<_>>();
    let report =
        std::env::temp_dir().join(format!("ratsdex-ro-report-{}.html", std::process::id()));
    let commands = vec![
        s(&["search", "Digitalisierung", "--index", &idx]),
        s(&["show", "VO/1254/21", "--index", &idx]),
        s(&["export", "--format", "csv", "--index", &idx]),
        s(&["stats", "--by", "theme", "--index", &idx]),
        s(&[
            "report",
            "--index",
            &idx,
            "--output",
            report.to_str().unwrap(),
        ]),
    ];
    let Some(outputs) = read_only_runs(&index, &commands) else {
        return;
    };
    for (args, out) in commands.iter().zip(&outputs) {
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?} on a read-only index: {}",
            stderr(out)
        );
        assert!(!stdout(out).is_empty() || args[0] == "report", "{args:?}");
    }
    assert!(
        stdout(&outputs[0]).contains("VO/1254/21"),
        "{}",
        stdout(&outputs[0])
    );
    let _ = std::fs::remove_file(report);
    let _ = Command::new("chmod")
        .arg("-R")
        .arg("u+w")
        .arg(&index)
        .status();
    drop(docs);
}

/// Flip 200 bytes in the middle of the first file of `index` with this extension.
fn flip(index: &Path, ext: &str) {
    let file = std::fs::read_dir(index)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == ext))
        .unwrap();
    let mut bytes = std::fs::read(&file).unwrap();
    let from = bytes.len() / 3;
    for b in bytes.iter_mut().skip(from).take(200) {
        *b ^= 0xff;
    }
    std::fs::write(file, bytes).unwrap();
}

#[test]
fn a_damaged_index_names_ingest_rebuild_which_restores_it() {
    type Damage = fn(&Path);
    let damages: [(&str, Damage); 4] = [
        ("garbage meta.json", |i| {
            std::fs::write(i.join("meta.json"), "garbage").unwrap()
        }),
        ("garbage manifest", |i| {
            std::fs::write(i.join("ratsdex-index.json"), "{bad").unwrap()
        }),
        ("deleted manifest", |i| {
            std::fs::remove_file(i.join("ratsdex-index.json")).unwrap()
        }),
        ("flipped term dictionary", |i| flip(i, "term")),
    ];
    for (what, damage) in damages {
        let (_tmp, docs, index) = small_index();
        damage(&index);
        let idx = index.to_str().unwrap();
        let search = ratsdex(&["search", "Digitalisierung", "--index", idx]);
        let export = ratsdex(&["export", "--index", idx]);
        for out in [&search, &export] {
            // a flipped term dictionary may be read without noticing by some commands
            if out.status.code() == Some(0) && what.starts_with("flipped") {
                continue;
            }
            assert_eq!(out.status.code(), Some(1), "{what}: {}", stderr(out));
            assert!(
                stderr(out).contains("ingest --rebuild"),
                "{what}: {}",
                stderr(out)
            );
        }
        let plain = ratsdex(&["ingest", docs.to_str().unwrap(), "--index", idx]);
        if what != "flipped term dictionary" {
            assert_eq!(plain.status.code(), Some(1), "{what}: {}", stderr(&plain));
            assert!(
                stderr(&plain).contains("ingest --rebuild"),
                "{what}: {}",
                stderr(&plain)
            );
        } else {
            assert_ne!(plain.status.code(), Some(101), "{what}: {}", stderr(&plain));
        }
        let rebuild = ratsdex(&[
            "ingest",
            docs.to_str().unwrap(),
            "--index",
            idx,
            "--rebuild",
        ]);
        assert_eq!(
            rebuild.status.code(),
            Some(0),
            "{what}: {}",
            stderr(&rebuild)
        );
        let search = ratsdex(&["search", "Digitalisierung", "--index", idx, "--json"]);
        assert_eq!(search.status.code(), Some(0), "{what}: {}", stderr(&search));
        assert_eq!(crate::support::export_records(&index).len(), 2, "{what}");
    }
}

#[test]
fn rebuild_reads_the_files_of_the_old_records_again() {
    let (tmp, docs, index) = small_index();
    let more = tmp.path().join("more");
    std::fs::create_dir(&more).unwrap();
    std::fs::copy(
        repo("corpus").join("dev13_oldenburg_2022-0389.pdf"),
        more.join("c.pdf"),
    )
    .unwrap();
    let idx = index.to_str().unwrap();
    let out = ratsdex(&["ingest", more.to_str().unwrap(), "--index", idx]);
    assert_eq!(out.status.code(), Some(0));
    let out = ratsdex(&[
        "ingest",
        more.to_str().unwrap(),
        "--index",
        idx,
        "--rebuild",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["indexed"], 3, "{summary}");
    assert_eq!(crate::support::export_records(&index).len(), 3);
    drop(docs);
}

#[test]
fn ingest_and_export_into_a_closed_pipe_end_quietly() {
    let (_tmp, docs, index) = small_index();
    let index = index.as_os_str();
    let commands: [Vec<&OsStr>; 3] = [
        vec!["ingest".as_ref(), docs.as_os_str(), "--force".as_ref()],
        vec!["export".as_ref(), "--format".as_ref(), "jsonl".as_ref()],
        vec!["export".as_ref(), "--format".as_ref(), "csv".as_ref()],
    ];
    for args in commands {
        let mut child = crate::support::bin()
            .args(&args)
            .args(["--index".as_ref(), index])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // `| head` that has read enough
        let out = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
        assert!(
            !stderr(&out).contains("panicked"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn a_full_disk_says_so_on_every_retry() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("mnt");
    std::fs::create_dir(&mnt).unwrap();
    let dir = mnt.to_str().unwrap();
    let bin = env!("CARGO_BIN_EXE_ratsdex");
    let corpus = repo("corpus");
    let script = format!(
        "mount -t tmpfs -o size=300k tmpfs '{dir}' || exit 99; echo mounted >&2; \
         for i in 1 2 3; do '{bin}' ingest '{}' --index '{dir}/index' --jobs 1; echo \"exit=$?\" >&2; done",
        corpus.display()
    );
    let out = Command::new("unshare")
        .args(["-Urm", "sh", "-c", &script])
        .output();
    let Some(out) = out
        .ok()
        .filter(|o| stderr(o).lines().next() == Some("mounted"))
    else {
        skip(
            "hostile_use::a_full_disk_says_so_on_every_retry",
            "cannot mount a small tmpfs (unshare -Urm)",
        );
        return;
    };
    let err = stderr(&out);
    assert_eq!(err.matches("exit=1").count(), 3, "{err}");
    assert_eq!(
        err.matches("no space left on the disk of the index")
            .count(),
        3,
        "{err}"
    );
    assert!(
        !err.contains("panicked") && !err.contains("writer was killed"),
        "{err}"
    );
}
