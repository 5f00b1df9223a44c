//! The command line as people type it (issue 16): several words without quotes, filter values
//! by label and in any case, dates in German and partial forms, paths that do not exist, empty
//! archives and indexes, paging, and the help, completions and man pages.

use crate::support::{corpus_index, ratsdex, repo, stdout};
use std::process::Output;

fn idx() -> &'static str {
    corpus_index().to_str().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `search ARGS --index corpus --json`: (exit code, JSON or Null, stderr).
fn search(args: &[&str]) -> (Option<i32>, serde_json::Value, String) {
    let mut all = vec!["search", "--index", idx(), "--json", "--limit", "100"];
    all.extend_from_slice(args);
    let out = ratsdex(&all);
    let v = serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null);
    (out.status.code(), v, stderr(&out))
}

fn paths(v: &serde_json::Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .map(|h| h.iter().map(|h| h["path"].to_string()).collect())
        .unwrap_or_default()
}

#[test]
fn several_words_without_quotes_are_one_query() {
    let (code, words, err) = search(&["Haushalt", "2024"]);
    assert_eq!(code, Some(0), "{err}");
    let (_, quoted, _) = search(&["Haushalt 2024"]);
    assert_eq!(words["query"], "Haushalt 2024");
    assert_eq!(paths(&words), paths(&quoted));
    assert!(words["total"].as_u64().unwrap() > 0, "{words}");
    // export, stats and report take several words too
    let out = ratsdex(&["stats", "--index", idx(), "Haushalt", "2024", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn a_theme_is_named_by_id_or_label_in_any_case_and_an_unknown_one_is_a_usage_error() {
    let (_, by_id, _) = search(&["Schule", "--theme", "bildung"]);
    assert!(by_id["total"].as_u64().unwrap() > 0, "{by_id}");
    for value in ["Bildung", "BILDUNG", "Bildung und Schule"] {
        let (code, v, err) = search(&["Schule", "--theme", value]);
        assert_eq!(code, Some(0), "{value}: {err}");
        assert_eq!(paths(&v), paths(&by_id), "--theme {value}");
    }
    let (code, _, err) = search(&["Schule", "--theme", "schule"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("bildung") && err.contains("ratsdex themes"),
        "{err}"
    );
    let (code, _, err) = search(&["Schule", "--klimacheck", "ja"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("neutral, positive, negative or none"), "{err}");
    let (code, _, err) = search(&["Schule", "--type", "Vorlage"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("Beschlussvorlage"), "{err}");
    let (code, a, _) = search(&["Klima", "--klimacheck", "Positiv"]);
    let (_, b, _) = search(&["Klima", "--klimacheck", "positive"]);
    assert_eq!(code, Some(0));
    assert_eq!(paths(&a), paths(&b));
}

#[test]
fn dates_in_german_and_partial_forms_and_their_order() {
    let (_, iso, _) = search(&[
        "Digitalisierung",
        "--from",
        "2022-01-01",
        "--to",
        "2022-12-31",
    ]);
    assert!(iso["total"].as_u64().unwrap() > 0, "{iso}");
    for (from, to) in [
        ("01.01.2022", "31.12.2022"),
        ("2022", "2022"),
        ("2022-01", "12.2022"),
    ] {
        let (code, v, err) = search(&["Digitalisierung", "--from", from, "--to", to]);
        assert_eq!(code, Some(0), "{from}..{to}: {err}");
        assert_eq!(paths(&v), paths(&iso), "{from}..{to}");
    }
    let (code, _, err) = search(&["x", "--from", "2024-01-01", "--to", "2023-01-01"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("after"), "{err}");
    let (code, _, err) = search(&["x", "--from", "31.02.2024"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains("DD.MM.YYYY") && err.contains("YYYY-MM"),
        "{err}"
    );
}

#[test]
fn ingest_of_nothing_says_so_and_creates_nothing_for_a_wrong_path() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("idx");
    let missing = dir.path().join("no-such-folder");
    let out = ratsdex(&[
        "ingest".as_ref(),
        missing.as_os_str(),
        "--index".as_ref(),
        index.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    assert!(!index.exists(), "a mistyped path created an index");

    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    std::fs::write(empty.join("notes.txt"), "keine PDF").unwrap();
    let out = ratsdex(&[
        "ingest".as_ref(),
        empty.as_os_str(),
        "--index".as_ref(),
        index.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("no PDF files found"),
        "{}",
        stderr(&out)
    );

    let out = ratsdex(&[
        "search".as_ref(),
        "Haushalt".as_ref(),
        "--index".as_ref(),
        index.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("holds no documents"),
        "{}",
        stderr(&out)
    );

    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let corpus = repo("corpus");
    for cmd in ["ingest", "search"] {
        let arg = if cmd == "ingest" {
            corpus.as_os_str()
        } else {
            "Haushalt".as_ref()
        };
        let out = ratsdex(&[cmd.as_ref(), arg, "--index".as_ref(), file.as_os_str()]);
        assert_eq!(out.status.code(), Some(2), "{cmd}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("is a file, not an index folder"),
            "{}",
            stderr(&out)
        );
    }

    let out = ratsdex(&["export", "--index", idx(), "--output", "/no/such/dir/x.csv"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("\"/no/such/dir\" does not exist"), "{err}");
    assert_eq!(err.matches("No such file").count(), 0, "{err}");
}

#[test]
fn pages_are_numbered_on_and_say_how_to_go_on() {
    let out = ratsdex(&[
        "search",
        "Digitalisierung",
        "--index",
        idx(),
        "--limit",
        "3",
    ]);
    let first = stdout(&out);
    let total: usize = first.split_whitespace().next().unwrap().parse().unwrap();
    assert!(total > 6, "{first}");
    assert!(
        first.contains(&format!("Treffer 1–3 von {total} – weiter mit --offset 3")),
        "{first}"
    );
    let out = ratsdex(&[
        "search",
        "Digitalisierung",
        "--index",
        idx(),
        "--limit",
        "3",
        "--offset",
        "3",
    ]);
    let second = stdout(&out);
    assert!(
        second.contains("\n4. ") && !second.contains("\n1. "),
        "{second}"
    );
    assert!(
        second.contains(&format!("Treffer 4–6 von {total}")),
        "{second}"
    );
}

#[test]
fn help_lines_do_not_break_and_commands_list_only_their_flags() {
    let out = ratsdex(&["--help"]);
    let help = stdout(&out);
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| !l.trim().is_empty())
        .collect();
    assert!(commands.len() >= 14, "{help}");
    for line in &commands {
        assert!(
            line.starts_with("  ") && !line.starts_with("   "),
            "broken line: {line:?}\n{help}"
        );
    }
    let themes = stdout(&ratsdex(&["themes", "--help"]));
    for flag in ["--ocr", "--timeout", "--model"] {
        assert!(!themes.contains(flag), "themes --help lists {flag}");
    }
}

#[test]
fn completions_and_man_pages() {
    for (shell, marker) in [
        ("bash", "_ratsdex"),
        ("zsh", "#compdef ratsdex"),
        ("fish", "complete -c ratsdex"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = ratsdex(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let text = stdout(&out);
        assert!(
            text.contains(marker) && text.contains("ingest"),
            "{shell}: {text:.200}"
        );
        // The hidden developer command is offered by no shell.
        assert!(!text.contains("title-candidates"), "{shell} offers `dev`");
    }
    let out = ratsdex(&["man"]);
    assert!(stdout(&out).contains(".TH ratsdex 1"), "{}", stdout(&out));
    let dir = tempfile::tempdir().unwrap();
    let out = ratsdex(&["man".as_ref(), "--dir".as_ref(), dir.path().as_os_str()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dir.path().join("ratsdex-search.1").is_file());
}
