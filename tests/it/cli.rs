//! End-to-end tests of the `ratsdex` binary on the real PDFs of `corpus/`.

use crate::support::{corpus_index, corpus_pdfs, ratsdex, repo, stdout};
use std::path::{Path, PathBuf};

fn corpus() -> PathBuf {
    repo("corpus")
}

fn idx() -> &'static str {
    corpus_index().to_str().unwrap()
}

fn search_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["search", "--index", idx(), "--json"];
    all.extend_from_slice(args);
    let out = ratsdex(&all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "search failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("search --json prints JSON")
}

fn hit_files(v: &serde_json::Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .expect("hits")
        .iter()
        .map(|h| {
            Path::new(h["path"].as_str().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

#[test]
fn ingest_then_search_finds_the_wuppertal_vorlage() {
    let v = search_json(&["Digitalisierung"]);
    // 13 documents of corpus/ say Digitalisierung (or an inflection of it)
    assert!(v["total"].as_u64().unwrap() >= 13, "{v}");
    assert!(
        hit_files(&v).contains(&"dev01_wuppertal_vo-1254-21.pdf".to_string()),
        "{v}"
    );
    let first = &v["hits"][0];
    for key in [
        "path",
        "drucksache",
        "title",
        "date",
        "doc_type",
        "themes",
        "klimacheck",
        "score",
        "snippet",
    ] {
        assert!(first.get(key).is_some(), "hit lacks {key}: {first}");
    }
}

#[test]
fn search_filters_restrict_hits() {
    let all = search_json(&["Digitalisierung", "--limit", "50"]);
    let filtered = search_json(&["Digitalisierung", "--limit", "50", "--type", "Antrag"]);
    assert!(filtered["total"].as_u64() < all["total"].as_u64());
    for hit in filtered["hits"].as_array().unwrap() {
        assert_eq!(hit["doc_type"], "Antrag", "{hit}");
    }
    let positive = search_json(&["Stadt", "--limit", "50", "--klimacheck", "positive"]);
    // 11 of the 12 documents with a positive Klimacheck say Stadt
    assert!(positive["total"].as_u64().unwrap() >= 11, "{positive}");
    for hit in positive["hits"].as_array().unwrap() {
        assert_eq!(hit["klimacheck"], "positive", "{hit}");
    }
}

#[test]
fn second_ingest_skips_unchanged_files() {
    let out = ratsdex(&[
        "ingest",
        corpus().to_str().unwrap(),
        "--index",
        idx(),
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["indexed"], 0, "{summary}");
    assert_eq!(summary["unchanged"], corpus_pdfs().len(), "{summary}");
}

#[test]
fn show_finds_a_document_by_number_and_by_file_name() {
    let out = ratsdex(&["show", "VO/1254/21", "--index", idx(), "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["record"]["drucksache"], "VO/1254/21");
    assert!(
        v["text"]
            .as_str()
            .unwrap()
            .contains("Unterausschuss Digitalisierung")
    );

    let out = ratsdex(&["show", "dev02_wuppertal_vo-0871-22.pdf", "--index", idx()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("VO/0871/22"));

    let out = ratsdex(&["show", "XX/9999/99", "--index", idx()]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn export_writes_every_record_in_each_format() {
    let n = corpus_pdfs().len();

    let out = ratsdex(&["export", "--index", idx(), "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(0));
    let rows: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(rows.len(), n, "one record per PDF of corpus/");
    for key in [
        "path",
        "drucksache",
        "doc_type",
        "doc_type_printed",
        "date",
        "title",
        "public",
        "department",
        "consultations",
        "klimacheck",
        "themes",
        "theme_scores",
        "pages",
        "hash",
        "warnings",
    ] {
        assert!(rows[0].get(key).is_some(), "record lacks {key}");
    }

    let out = ratsdex(&["export", "--index", idx(), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    assert_eq!(v.as_array().map(Vec::len), Some(rows.len()));

    let dir = tempfile::tempdir().unwrap();
    let csv_path = dir.path().join("out.csv");
    let out = ratsdex(&[
        "export",
        "--index",
        idx(),
        "--format",
        "csv",
        "--output",
        csv_path.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    assert!(reader.headers().unwrap().iter().any(|h| h == "drucksache"));
    assert_eq!(reader.records().count(), rows.len());
}

#[test]
fn extract_prints_text_record_and_summary() {
    let file = corpus().join("dev01_wuppertal_vo-1254-21.pdf");
    let file = file.to_str().unwrap();
    let text = stdout(&ratsdex(&["extract", "--text", file]));
    assert!(
        text.contains("Vorschlag der Verwaltung zur strategischen"),
        "{text}"
    );
    let out = ratsdex(&["extract", "--json", file]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["drucksache"], "VO/1254/21");
    assert_eq!(v["pages"], 3);
    assert_eq!(v["klimacheck"], "neutral");
    let summary = stdout(&ratsdex(&["extract", file]));
    assert!(
        summary.contains("VO/1254/21") && summary.contains("Klimacheck"),
        "{summary}"
    );
}

#[test]
fn a_corrupt_file_fails_alone_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::copy(
        corpus().join("dev01_wuppertal_vo-1254-21.pdf"),
        docs.join("good one.pdf"),
    )
    .unwrap();
    std::fs::copy(
        corpus().join("dev13_oldenburg_2022-0389.pdf"),
        docs.join("GOOD-TWO.PDF"),
    )
    .unwrap();
    let mut bad = std::fs::read(corpus().join("dev02_wuppertal_vo-0871-22.pdf")).unwrap();
    bad.truncate(300);
    std::fs::write(docs.join("broken.pdf"), bad).unwrap();
    let index = dir.path().join("index");

    let out = ratsdex(&[
        "ingest",
        docs.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
    ]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(3), "{text}");
    let line = text
        .lines()
        .find(|l| l.contains("broken.pdf:"))
        .unwrap_or_else(|| panic!("bad file not named:\n{text}"));
    assert!(
        line.split_once("broken.pdf:").unwrap().1.trim().len() > 3,
        "no reason given: {line}"
    );
    assert!(text.contains("indexed 2"), "{text}");
    let errors = std::fs::read_to_string(index.join("errors.jsonl")).unwrap();
    assert!(errors.contains("broken.pdf"));

    let out = ratsdex(&[
        "export",
        "--index",
        index.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    assert_eq!(stdout(&out).lines().count(), 2);
}

#[test]
fn bad_arguments_exit_2_and_help_teaches() {
    assert_eq!(ratsdex(&["search"]).status.code(), Some(2));
    assert_eq!(
        ratsdex(&["ingest", "--jobs", "many"]).status.code(),
        Some(2)
    );
    let help = stdout(&ratsdex(&["--help"]));
    for cmd in ["ingest", "extract", "search", "show", "export"] {
        assert!(help.contains(cmd), "--help does not mention {cmd}");
    }
    let help = stdout(&ratsdex(&["search", "--help"]));
    assert!(help.contains("Examples") && help.contains("--klimacheck"));
}

#[test]
fn a_missing_index_is_a_clear_fatal_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = ratsdex(&[
        "search",
        "x",
        "--index",
        dir.path().join("nope").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no index"));
    // every command that reads an index says it in one line, once
    let nope = dir.path().join("nope");
    let nope = nope.to_str().unwrap();
    let mut commands = vec![
        vec!["search", "x", "--index", nope],
        vec!["show", "x.pdf", "--index", nope],
        vec!["export", "--index", nope],
        vec!["stats", "--index", nope],
        vec!["report", "--index", nope],
    ];
    if cfg!(feature = "serve") {
        commands.push(vec!["serve", "--bind", "127.0.0.1:0", "--index", nope]);
    }
    for args in commands {
        let out = ratsdex(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {err}");
        assert_eq!(err.matches("no index at \"").count(), 1, "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
    }
}

#[test]
fn changed_theme_rules_reclassify_unchanged_files() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::copy(
        corpus().join("dev01_wuppertal_vo-1254-21.pdf"),
        docs.join("dev01.pdf"),
    )
    .unwrap();
    let index = dir.path().join("index");
    let ingest = |extra: &[&str]| {
        let mut args = vec![
            "ingest",
            docs.to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
            "--json",
        ];
        args.extend_from_slice(extra);
        let out = ratsdex(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    assert_eq!(ingest(&[])["indexed"], 1);
    assert_eq!(ingest(&[])["unchanged"], 1);

    // A city's own taxonomy with one theme: the file is classified again, not skipped.
    let themes = dir.path().join("themes.toml");
    std::fs::write(
        &themes,
        "[settings]\nthreshold = 1.0\n\n[[theme]]\nid = \"digital\"\nlabel = \"Digital\"\n\
         [theme.terms]\n\"*digital*\" = 3.0\n",
    )
    .unwrap();
    let themes_arg = themes.to_str().unwrap();
    let summary = ingest(&["--themes", themes_arg]);
    assert_eq!(summary["indexed"], 1, "{summary}");
    assert_eq!(ingest(&["--themes", themes_arg])["unchanged"], 1);

    let out = ratsdex(&[
        "export",
        "--index",
        index.to_str().unwrap(),
        "--format",
        "jsonl",
    ]);
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["themes"], serde_json::json!(["digital"]), "{record}");
}

#[test]
fn eval_exit_codes_say_what_happened() {
    let truth = repo("corpus/truth.jsonl");
    let truth = truth.to_str().unwrap();
    let out = ratsdex(&[
        "eval",
        "--truth",
        truth,
        "--index",
        idx(),
        "--min",
        "title=0.5",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out)
            .lines()
            .last()
            .unwrap()
            .starts_with("metadata_mean 1.000")
    );

    let out = ratsdex(&[
        "eval",
        "--truth",
        truth,
        "--index",
        idx(),
        "--min",
        "title=1.01",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert!(stdout(&out).contains("below threshold: title 1.000 < 1.01"));

    // --json: stdout is one JSON object (a pipe into jq works), the summary goes to stderr.
    let out = ratsdex(&[
        "eval",
        "--truth",
        truth,
        "--index",
        idx(),
        "--json",
        "--min",
        "title=1.01",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let scores: serde_json::Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("eval --json is not one JSON object ({e}): {}", stdout(&out)));
    assert_eq!(scores["title"], serde_json::json!(1.0), "{scores}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("below threshold: title 1.000 < 1.01"));

    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"file\": \"a.pdf\"}\nnot json\n").unwrap();
    let nope = dir.path().join("nope");
    for args in [
        vec!["--truth", truth, "--index", idx(), "--min", "bogus=1"],
        vec!["--truth", truth, "--index", idx(), "--min", "title"],
        vec!["--truth", bad.to_str().unwrap(), "--index", idx()],
        vec!["--truth", truth, "--index", nope.to_str().unwrap()],
    ] {
        let out = ratsdex(&[&["eval"], args.as_slice()].concat());
        assert_eq!(
            out.status.code(),
            Some(2),
            "eval {args:?}: {}",
            stdout(&out)
        );
    }
}
