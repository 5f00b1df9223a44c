//! A document's identity (issue 15): its canonical path, however the path was typed and from
//! wherever ratsdex runs; `duplicate_of` decided the same way on every run; names that are not
//! UTF-8; the failure log.

use crate::support::{ratsdex, repo, stdout};
use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;

/// `ratsdex ARGS` run in the directory `cwd`.
fn run_in<S: AsRef<OsStr>>(cwd: &Path, args: &[S]) -> Output {
    crate::support::bin()
        .current_dir(cwd)
        .args(args)
        .output()
        .expect("the ratsdex binary runs")
}

fn corpus_pdf(name: &str) -> PathBuf {
    repo("corpus").join(name)
}

const A: &str = "dev01_wuppertal_vo-1254-21.pdf";
const B: &str = "dev02_wuppertal_vo-0871-22.pdf";
const C: &str = "dev13_oldenburg_2022-0389.pdf";

/// A temporary folder (canonical, the working directory of the runs) with an empty `docs/`.
fn workspace() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let docs = root.join("docs");
    std::fs::create_dir(&docs).unwrap();
    (tmp, root, docs)
}

/// Path → `duplicate_of` of every record of the index.
fn records(index: &Path) -> BTreeMap<String, Option<String>> {
    crate::support::export_records(index)
        .into_iter()
        .map(|r| {
            (
                r["path"].as_str().unwrap().to_string(),
                r["duplicate_of"].as_str().map(String::from),
            )
        })
        .collect()
}

fn ingest_ok(cwd: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["ingest", "--json"];
    all.extend_from_slice(args);
    let out = run_in(cwd, &all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "ingest {args:?}: {}{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_file_is_one_record_however_its_path_is_typed() {
    let (_tmp, root, docs) = workspace();
    std::fs::copy(corpus_pdf(A), docs.join("a.pdf")).unwrap();
    std::fs::copy(corpus_pdf(B), docs.join("b.pdf")).unwrap();
    // the same file through a symlink in another folder
    let other = root.join("other");
    std::fs::create_dir(&other).unwrap();
    std::os::unix::fs::symlink(docs.join("a.pdf"), other.join("link.pdf")).unwrap();
    let index = root.join("index");
    let idx = index.to_str().unwrap();

    assert_eq!(
        ingest_ok(&root, &["docs", "--index", "index"])["indexed"],
        2
    );
    let again = ingest_ok(&root, &["./docs", "--index", "./index"]);
    assert_eq!(
        (again["indexed"].as_u64(), again["unchanged"].as_u64()),
        (Some(0), Some(2))
    );
    let abs = ingest_ok(Path::new("/"), &[docs.to_str().unwrap(), "--index", idx]);
    assert_eq!(abs["unchanged"], 2);
    let link = ingest_ok(&root, &["other", "docs/../docs", "--index", idx]);
    assert_eq!(
        (link["indexed"].as_u64(), link["unchanged"].as_u64()),
        (Some(0), Some(2))
    );

    let recs = records(&index);
    let want: Vec<String> = ["a.pdf", "b.pdf"]
        .iter()
        .map(|n| docs.join(n).display().to_string())
        .collect();
    assert_eq!(
        recs.keys().cloned().collect::<Vec<_>>(),
        want,
        "one record per file, by canonical path"
    );

    // `show` finds a record by the path as typed from here
    let out = run_in(&root, &["show", "docs/a.pdf", "--index", "index", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn prune_from_another_working_directory_keeps_live_records() {
    let (_tmp, root, docs) = workspace();
    std::fs::copy(corpus_pdf(A), docs.join("a.pdf")).unwrap();
    std::fs::copy(corpus_pdf(B), docs.join("b.pdf")).unwrap();
    assert_eq!(
        ingest_ok(&root, &["docs", "--index", "index"])["indexed"],
        2
    );
    let index = root.join("index");
    // from `/`, over one of the files only: the other still exists and stays
    let pruned = ingest_ok(
        Path::new("/"),
        &[
            "--prune",
            docs.join("a.pdf").to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
        ],
    );
    assert_eq!(pruned["pruned"], 0, "{pruned}");
    assert_eq!(records(&index).len(), 2);
    // a file that is really gone is pruned
    std::fs::remove_file(docs.join("b.pdf")).unwrap();
    let pruned = ingest_ok(
        Path::new("/"),
        &[
            "--prune",
            docs.to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
        ],
    );
    assert_eq!(pruned["pruned"], 1, "{pruned}");
    assert_eq!(records(&index).len(), 1);
}

/// Every duplicate points at an original that is itself no duplicate.
fn assert_no_chains(recs: &BTreeMap<String, Option<String>>) {
    for (path, dup) in recs {
        if let Some(original) = dup {
            assert_eq!(
                recs.get(original),
                Some(&None),
                "{path} is duplicate_of {original}, which is no original record: {recs:#?}"
            );
        }
    }
}

#[test]
fn the_first_path_of_identical_content_is_the_original_on_every_run() {
    let (_tmp, root, docs) = workspace();
    for name in ["c.pdf", "a.pdf", "b.pdf"] {
        std::fs::copy(corpus_pdf(A), docs.join(name)).unwrap();
    }
    std::fs::copy(corpus_pdf(C), docs.join("other.pdf")).unwrap();
    let index = root.join("index");
    let idx = index.to_str().unwrap();
    let p = |n: &str| docs.join(n).display().to_string();
    let expect = |recs: &BTreeMap<String, Option<String>>, original: &str, dups: &[&str]| {
        assert_eq!(recs[&p(original)], None, "{recs:#?}");
        for d in dups {
            assert_eq!(recs[&p(d)], Some(p(original)), "{recs:#?}");
        }
        assert_eq!(recs[&p("other.pdf")], None);
        assert_no_chains(recs);
    };

    for jobs in ["1", "3", "2"] {
        // touched files are read again, in another order on more threads
        for name in ["c.pdf", "a.pdf", "b.pdf"] {
            let f = std::fs::File::options()
                .write(true)
                .open(docs.join(name))
                .unwrap();
            f.set_modified(std::time::SystemTime::now()).unwrap();
        }
        ingest_ok(&root, &["docs", "--index", idx, "--jobs", jobs]);
        expect(&records(&index), "a.pdf", &["b.pdf", "c.pdf"]);
    }
    // the original goes: the next path takes over
    std::fs::remove_file(docs.join("a.pdf")).unwrap();
    ingest_ok(&root, &["docs", "--index", idx, "--prune"]);
    expect(&records(&index), "b.pdf", &["c.pdf"]);
    // rename plus prune: no record points at the pruned path
    std::fs::rename(docs.join("b.pdf"), docs.join("z.pdf")).unwrap();
    ingest_ok(&root, &["docs", "--index", idx, "--prune"]);
    expect(&records(&index), "c.pdf", &["z.pdf"]);
    // a path that sorts first joins: it becomes the original
    std::fs::copy(corpus_pdf(A), docs.join("0.pdf")).unwrap();
    ingest_ok(&root, &["docs", "--index", idx]);
    expect(&records(&index), "0.pdf", &["c.pdf", "z.pdf"]);
}

#[test]
fn names_that_are_not_utf8_are_kept_apart_and_shown_readably() {
    use std::os::unix::ffi::OsStrExt;
    let (_tmp, root, docs) = workspace();
    let latin1 = docs.join(OsStr::from_bytes(b"Sitzung_\xe4.pdf"));
    let other = docs.join(OsStr::from_bytes(b"Sitzung_\xf6.pdf"));
    if std::fs::copy(corpus_pdf(A), &latin1).is_err() {
        crate::support::skip(
            "identity::names_that_are_not_utf8",
            "the file system refuses names that are not UTF-8",
        );
        return;
    }
    std::fs::copy(corpus_pdf(B), &other).unwrap();
    let index = root.join("index");
    let idx = index.to_str().unwrap();
    assert_eq!(ingest_ok(&root, &["docs", "--index", idx])["indexed"], 2);
    let recs = records(&index);
    let stored = format!("{}/Sitzung_\\xE4.pdf", docs.display());
    assert_eq!(
        recs.keys().cloned().collect::<Vec<_>>(),
        [
            stored.clone(),
            format!("{}/Sitzung_\\xF6.pdf", docs.display())
        ],
        "two records, bytes kept"
    );
    // found by the name as the file system has it, and by the stored form
    for key in [latin1.as_os_str(), OsStr::new(&stored)] {
        let out = ratsdex(&[
            OsStr::new("show"),
            key,
            OsStr::new("--index"),
            OsStr::new(idx),
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            stdout(&out).contains("Sitzung_ä.pdf"),
            "shown readably: {}",
            stdout(&out)
        );
    }
    // pruning over another folder keeps them; unchanged on a rerun
    let elsewhere = root.join("elsewhere");
    std::fs::create_dir(&elsewhere).unwrap();
    std::fs::copy(corpus_pdf(C), elsewhere.join("c.pdf")).unwrap();
    let run = ingest_ok(&root, &["elsewhere", "docs", "--index", idx, "--prune"]);
    assert_eq!(
        (run["pruned"].as_u64(), run["unchanged"].as_u64()),
        (Some(0), Some(2))
    );
    let run = ingest_ok(&root, &["elsewhere", "--index", idx, "--prune"]);
    assert_eq!(run["pruned"], 0);
    assert_eq!(records(&index).len(), 3);
}

#[test]
fn the_failure_log_has_one_line_per_failing_file() {
    let (_tmp, root, docs) = workspace();
    std::fs::write(docs.join("bad1.pdf"), b"not a pdf at all").unwrap();
    std::fs::write(docs.join("bad2.pdf"), b"%PDF-1.4 truncated").unwrap();
    std::fs::copy(corpus_pdf(A), docs.join("good.pdf")).unwrap();
    let index = root.join("index");
    let log = index.join("errors.jsonl");
    let lines = || std::fs::read_to_string(&log).unwrap().lines().count();
    for _ in 0..3 {
        let out = run_in(&root, &["ingest", "docs", "--index", "index"]);
        assert_eq!(out.status.code(), Some(3));
        assert_eq!(lines(), 2, "{}", std::fs::read_to_string(&log).unwrap());
    }
    // a file that is indexed now leaves the log
    std::fs::copy(corpus_pdf(B), docs.join("bad1.pdf")).unwrap();
    let out = run_in(&root, &["ingest", "docs", "--index", "index"]);
    assert_eq!(out.status.code(), Some(3));
    let text = std::fs::read_to_string(&log).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    assert!(text.contains("bad2.pdf"), "{text}");
}

#[test]
fn an_index_of_typed_paths_is_migrated_to_canonical_ones() {
    use ratsdex::index::{FileStamp, Index};
    use ratsdex::record::DocumentRecord;
    let (_tmp, root, docs) = workspace();
    std::fs::copy(corpus_pdf(A), docs.join("a.pdf")).unwrap();
    std::fs::copy(corpus_pdf(B), docs.join("b.pdf")).unwrap();
    std::fs::create_dir(root.join("empty")).unwrap();
    // an index as schema 3 wrote it: paths as typed, relative to where ingest ran
    let index = root.join("index");
    {
        let idx = Index::open_or_create(&index).unwrap();
        let mut w = idx.writer(50 << 20).unwrap();
        for path in ["docs/a.pdf", "./docs/b.pdf", "docs/gone.pdf"] {
            let record = DocumentRecord {
                path: path.into(),
                hash: path.into(),
                ..DocumentRecord::default()
            };
            let stamp = FileStamp {
                size: 1,
                mtime_ns: 1,
                hash: path.into(),
                pipeline_version: 4,
                rules: String::new(),
            };
            w.upsert(&record, "", &stamp).unwrap();
        }
        w.commit().unwrap();
    }
    std::fs::write(index.join("ratsdex-index.json"), r#"{"schema_version":3}"#).unwrap();
    let search = run_in(&root, &["search", "x", "--index", "index"]);
    assert_eq!(search.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&search.stderr).contains("run `ratsdex ingest`"));
    // ingest of another folder, from where the old one ran: the old records' files are read again
    let run = ingest_ok(&root, &["empty", "--index", "index"]);
    assert_eq!(run["indexed"], 2, "{run}");
    let recs = records(&index);
    let want: Vec<String> = ["a.pdf", "b.pdf"]
        .iter()
        .map(|n| docs.join(n).display().to_string())
        .collect();
    assert_eq!(recs.keys().cloned().collect::<Vec<_>>(), want);
}
