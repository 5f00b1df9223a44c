//! Identical content (issue 19): found by its hash before the pipeline and its record copied,
//! searched as one hit naming its other paths (`--all-copies` lists each), counted once by
//! `search`, `stats` and `report`; `export` lists every path with `duplicate_of`.

use crate::support::{export_records, ratsdex, repo, stdout};
use serde_json::Value;
use std::path::{Path, PathBuf};

const A: &str = "dev01_wuppertal_vo-1254-21.pdf";
const B: &str = "dev02_wuppertal_vo-0871-22.pdf";

/// A temporary folder (canonical) with `docs/` holding A as `a.pdf`, `c.pdf` and `sub/b.pdf`,
/// and B as `other.pdf`; the index in `index/`.
fn archive() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().canonicalize().unwrap();
    let docs = root.join("docs");
    std::fs::create_dir_all(docs.join("sub")).unwrap();
    for name in ["a.pdf", "c.pdf", "sub/b.pdf"] {
        std::fs::copy(repo("corpus").join(A), docs.join(name)).unwrap();
    }
    std::fs::copy(repo("corpus").join(B), docs.join("other.pdf")).unwrap();
    (tmp, docs, root.join("index"))
}

fn json(args: &[&str]) -> Value {
    let out = ratsdex(args);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}{}",
        stdout(&out),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn identical_copies_are_one_hit_naming_the_other_paths_and_count_once() {
    let (_tmp, docs, index) = archive();
    let idx = s(&index);
    let summary = json(&["ingest", s(&docs), "--index", idx, "--json"]);
    // four records, two of them copied from the first file of their content, not read
    assert_eq!(summary["indexed"], 4, "{summary}");
    assert_eq!(summary["copied"], 2, "{summary}");
    let p = |n: &str| docs.join(n).display().to_string();

    let found = json(&["search", "VO/1254/21", "--index", idx, "--json"]);
    assert_eq!(found["total"], 1, "{found}");
    let hit = &found["hits"][0];
    assert_eq!(hit["path"], p("a.pdf"));
    assert_eq!(hit["duplicate_of"], Value::Null);
    assert_eq!(
        hit["copies"],
        serde_json::json!([p("c.pdf"), p("sub/b.pdf")])
    );

    let all = json(&[
        "search",
        "VO/1254/21",
        "--index",
        idx,
        "--json",
        "--all-copies",
    ]);
    assert_eq!(all["total"], 3, "{all}");
    let mut paths: Vec<&str> = all["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["path"].as_str().unwrap())
        .collect();
    paths.sort();
    assert_eq!(paths, [p("a.pdf"), p("c.pdf"), p("sub/b.pdf")]);
    for h in all["hits"].as_array().unwrap() {
        let want = if h["path"] == p("a.pdf") {
            Value::Null
        } else {
            Value::from(p("a.pdf"))
        };
        assert_eq!(h["duplicate_of"], want, "{h}");
        assert_eq!(h["copies"], serde_json::json!([]));
    }

    // the readable list names the copies under the hit
    let text = stdout(&ratsdex(&["search", "VO/1254/21", "--index", idx]));
    assert!(text.starts_with("1 Treffer"), "{text}");
    assert!(
        text.contains(&format!("ebenso: {}, {}", p("c.pdf"), p("sub/b.pdf"))),
        "{text}"
    );
    // a word of every paper: totals and facets count distinct papers
    let facets = json(&["search", "Stadt", "--index", idx, "--json", "--facets"]);
    assert_eq!(facets["total"], 2, "{facets}");
    let years: u64 = facets["facets"]["year"]
        .as_object()
        .unwrap()
        .values()
        .map(|v| v.as_u64().unwrap())
        .sum();
    assert_eq!(years, 2, "{facets}");

    // stats and report count each content once
    let stats = json(&["stats", "--index", idx, "--by", "type", "--json"]);
    assert_eq!(stats["documents"], 2, "{stats}");
    let report = index.with_file_name("report.html");
    let out = ratsdex(&["report", "--index", idx, "--output", s(&report)]);
    assert_eq!(out.status.code(), Some(0));
    let html = std::fs::read_to_string(&report).unwrap();
    assert_eq!(html.matches("<tr id=\"doc-").count(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("report: 2 documents"));

    // a copy's words are searched through its original: words only A has find its three paths
    let words = "\"thematischen Ausrichtung\"";
    let one = json(&["search", words, "--index", idx, "--json"]);
    assert_eq!(one["total"], 1, "{one}");
    let each = json(&["search", words, "--index", idx, "--json", "--all-copies"]);
    assert_eq!(each["total"], 3, "{each}");
    assert_eq!(each["hits"].as_array().map(Vec::len), Some(3), "{each}");
    // paging runs on across an original and its copies
    let page = json(&[
        "search",
        words,
        "--index",
        idx,
        "--json",
        "--all-copies",
        "--offset",
        "1",
        "--limit",
        "1",
    ]);
    assert_eq!(page["hits"][0]["path"], p("c.pdf"), "{page}");
    let out = ratsdex(&["export", words, "--index", idx, "--format", "jsonl"]);
    assert_eq!(stdout(&out).lines().count(), 3, "{}", stdout(&out));

    // export lists every path, the copies with their original
    let recs = export_records(&index);
    assert_eq!(recs.len(), 4);
    for r in &recs {
        let path = r["path"].as_str().unwrap();
        let want = if path == p("c.pdf") || path == p("sub/b.pdf") {
            Value::from(p("a.pdf"))
        } else {
            Value::Null
        };
        assert_eq!(r["duplicate_of"], want, "{path}");
    }
}

#[test]
fn a_copy_of_indexed_content_gets_its_record_without_being_read() {
    let (_tmp, docs, index) = archive();
    let idx = s(&index);
    json(&["ingest", s(&docs), "--index", idx, "--json"]);
    // the same paper filed once more, under a name that sorts first
    let early = docs.with_file_name("a-early");
    std::fs::create_dir(&early).unwrap();
    std::fs::copy(docs.join("other.pdf"), early.join("x.pdf")).unwrap();
    let summary = json(&["ingest", s(&docs), s(&early), "--index", idx, "--json"]);
    assert_eq!(
        (&summary["indexed"], &summary["copied"], &summary["pages"]),
        (&Value::from(1), &Value::from(1), &Value::from(0)),
        "{summary}"
    );
    assert_eq!(summary["unchanged"], 4, "{summary}");
    let recs = export_records(&index);
    let by_path = |p: &Path| {
        recs.iter()
            .find(|r| r["path"] == p.display().to_string())
            .cloned()
            .unwrap_or_else(|| panic!("no record of {}", p.display()))
    };
    let (copy, first) = (
        by_path(&early.join("x.pdf")),
        by_path(&docs.join("other.pdf")),
    );
    // the new path sorts first: it is the original now, the older record its copy
    assert_eq!(copy["duplicate_of"], Value::Null);
    assert_eq!(
        first["duplicate_of"],
        early.join("x.pdf").display().to_string()
    );
    let strip = |mut r: Value| {
        let o = r.as_object_mut().unwrap();
        o.remove("path");
        o.remove("duplicate_of");
        r
    };
    assert_eq!(
        strip(copy),
        strip(first),
        "a copy's record is its content's"
    );
    // and the text is searchable under the new original
    let found = json(&["search", "VO/0871/22", "--index", idx, "--json"]);
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(
        found["hits"][0]["path"],
        early.join("x.pdf").display().to_string()
    );
    assert_eq!(
        found["hits"][0]["copies"],
        serde_json::json!([docs.join("other.pdf").display().to_string()])
    );
}
