//! The index of `corpus/` and the labelled fixtures as users meet it through the binary:
//! every labelled Drucksachen-Nr. (and the parts of it people type) finds its document with
//! `search` and `show`; filters mean the same in the index and in memory; and an index keeps
//! the taxonomy it was built with.

use ratsdex::index::{Filters, Index};
use ratsdex::record::{Date, DocType, DocumentRecord, Drucksache, Klimacheck, drucksache};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn ratsdex(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ratsdex"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the ratsdex binary runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The folders indexed (every labelled PDF of the repository), and their truth files.
const ROOTS: [(&str, &str); 3] = [
    ("corpus", "corpus/truth.jsonl"),
    (
        "tests/fixtures/templates",
        "tests/fixtures/templates/truth.jsonl",
    ),
    (
        "tests/fixtures/lookalike",
        "tests/fixtures/lookalike/truth.jsonl",
    ),
];

/// Ingest the roots into `index`, with extra arguments; panics unless every file is indexed.
fn ingest(index: &Path, extra: &[&str]) {
    let mut args = vec!["ingest".to_string()];
    args.extend(
        ROOTS
            .iter()
            .map(|(r, _)| repo().join(r).display().to_string()),
    );
    args.extend(["--index".into(), index.display().to_string()]);
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = ratsdex(&args);
    assert_eq!(out.status.code(), Some(0), "ingest failed:\n{}", text(&out));
}

/// One index of the roots with the built-in rules, built once for all tests of this file.
fn built_in_index() -> &'static Path {
    static INDEX: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let index = dir.path().join("index");
            ingest(&index, &[]);
            (dir, index)
        })
        .1
}

fn idx() -> &'static str {
    built_in_index().to_str().expect("UTF-8 temp path")
}

/// `(file name, Drucksachen-Nr.)` of every labelled document that has one.
fn labelled_numbers() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (_, truth) in ROOTS {
        let text = std::fs::read_to_string(repo().join(truth)).expect("truth file");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let row: serde_json::Value = serde_json::from_str(line).expect("truth row");
            if let (Some(file), Some(n)) = (row["file"].as_str(), row["drucksache"].as_str()) {
                out.push((file.to_string(), n.to_string()));
            }
        }
    }
    out
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The file of the first hit of `search QUERY`.
fn first_hit(query: &str) -> Option<String> {
    let out = ratsdex(&["search", "--index", idx(), "--json", "--limit", "1", query]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    Some(file_name(v["hits"].get(0)?["path"].as_str()?).to_string())
}

/// The file `show KEY` shows, or its error output.
fn shown(key: &str) -> Result<String, String> {
    let out = ratsdex(&["show", "--index", idx(), "--json", key]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).map_err(|_| text(&out))?;
    v["record"]["path"]
        .as_str()
        .map(|p| file_name(p).to_string())
        .ok_or_else(|| text(&out))
}

/// The parts of a printed number people type: the number without its leading letters
/// (`1254/21` of `VO/1254/21`), its longest digit group as printed (`01203`), and that group
/// with the letter group before it (`V 02232` of `20-26 / V 02232`).
fn typed_parts(number: &str) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(i) = number.find(|c: char| c.is_ascii_digit()) {
        out.push(number[i..].to_string());
    }
    let groups: Vec<&str> = number
        .split(|c: char| !c.is_alphanumeric())
        .filter(|g| !g.is_empty())
        .collect();
    let digits = |g: &&str| g.chars().all(|c| c.is_ascii_digit());
    if let Some((i, longest)) = groups
        .iter()
        .enumerate()
        .filter(|(_, g)| digits(g))
        .max_by_key(|(i, g)| (g.len(), *i))
    {
        out.push(longest.to_string());
        if let Some(before) = i.checked_sub(1).and_then(|j| groups.get(j))
            && before.chars().all(char::is_alphabetic)
        {
            out.push(format!("{before} {longest}"));
        }
    }
    out.retain(|p| p != number);
    out.dedup();
    out
}

/// The labelled documents a typed key names, in the order `show` resolves keys: the whole
/// number, the number without its letter prefix, a part of the number.
fn owners(typed: &str, numbers: &[(String, String)]) -> Vec<String> {
    let parsed: Vec<(&String, Drucksache)> = numbers
        .iter()
        .filter_map(|(f, n)| Some((f, Drucksache::parse(n)?)))
        .collect();
    let key = drucksache::key(typed);
    let core = drucksache::core(typed);
    let steps: [&dyn Fn(&Drucksache) -> bool; 3] =
        [&|d| d.key() == key, &|d| d.core() == core, &|d| {
            d.partial_keys().contains(&key)
        }];
    for step in steps {
        let found: Vec<String> = parsed
            .iter()
            .filter(|(_, d)| step(d))
            .map(|(f, _)| f.to_string())
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
}

#[test]
fn every_labelled_number_and_its_typed_parts_find_the_document() {
    let numbers = labelled_numbers();
    assert!(numbers.len() >= 50, "only {} numbers", numbers.len());
    let mut failures = Vec::new();
    let (mut whole, mut parts) = (0, 0);
    let mut checked: Vec<String> = Vec::new();
    for (file, number) in &numbers {
        whole += 1;
        if first_hit(number).as_deref() != Some(file) {
            failures.push(format!(
                "search {number:?}: first hit {:?}, want {file}",
                first_hit(number)
            ));
        }
        if shown(number).as_deref() != Ok(file) {
            failures.push(format!("show {number:?}: {:?}, want {file}", shown(number)));
        }
        for part in typed_parts(number) {
            // a part shared by several documents names none of them
            if owners(&part, &numbers) != [file.clone()] {
                continue;
            }
            parts += 1;
            checked.push(part.clone());
            if shown(&part).as_deref() != Ok(file) {
                failures.push(format!(
                    "show {part:?} (of {number}): {:?}, want {file}",
                    shown(&part)
                ));
            }
            // a part the query language reads as a number (not `1254`, a plain word)
            if drucksache::is_query_number(&part) && first_hit(&part).as_deref() != Some(file) {
                failures.push(format!(
                    "search {part:?} (of {number}): first hit {:?}, want {file}",
                    first_hit(&part)
                ));
            }
        }
    }
    eprintln!("checked {whole} whole numbers and {parts} typed parts");
    assert!(parts >= 50, "only {parts} typed parts checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // every shape of part people type was checked: `1254/21`, `01203`, `V 02232`
    type Shape = (&'static str, fn(&str) -> bool);
    let shapes: [Shape; 3] = [
        ("number without its letter prefix", |p| p.contains('/')),
        ("serial number", |p| {
            p.starts_with('0') && p.chars().all(|c| c.is_ascii_digit())
        }),
        ("code and serial number", |p| {
            p.split_once(' ').is_some_and(|(code, n)| {
                code.chars().all(char::is_alphabetic) && n.starts_with('0')
            })
        }),
    ];
    for (shape, is) in shapes {
        assert!(
            checked.iter().any(|p| is(p)),
            "no {shape} among {checked:?}"
        );
    }
}

#[test]
fn a_part_shared_by_several_numbers_is_refused_with_the_choices() {
    let out = ratsdex(&["show", "--index", idx(), "0456"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("VO/0456/23") && err.contains("V/0456/2022"),
        "{err}"
    );
}

/// A small deterministic generator (xorshift), so that failures reproduce.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// A piece of a name as a user might type it: a word, in another letter case, maybe padded.
fn typed_piece(name: &str, rng: &mut Rng) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let word = rng.pick(&words).copied().unwrap_or(name);
    match rng.below(3) {
        0 => word.to_uppercase(),
        1 => format!(" {} ", word.to_lowercase()),
        _ => word.to_string(),
    }
}

/// Random filters built from the values the records hold (and a few they do not).
fn random_filters(records: &[DocumentRecord], rng: &mut Rng) -> Filters {
    let themes: Vec<&String> = records.iter().flat_map(|r| &r.themes).collect();
    let committees: Vec<&String> = records
        .iter()
        .flat_map(|r| r.meta.consultations.iter().map(|c| &c.committee))
        .collect();
    let departments: Vec<&String> = records
        .iter()
        .filter_map(|r| r.meta.department.as_ref())
        .collect();
    let dates: Vec<Date> = records.iter().filter_map(|r| r.meta.date).collect();
    let mut f = Filters::default();
    for _ in 0..1 + rng.below(3) {
        match rng.below(8) {
            0 => f.theme = rng.pick(&themes).map(|t| t.to_string()),
            1 => f.committee = rng.pick(&committees).map(|c| typed_piece(c, rng)),
            2 => {
                let values = [
                    None,
                    Some(Klimacheck::Neutral),
                    Some(Klimacheck::Positive),
                    Some(Klimacheck::Negative),
                ];
                f.klimacheck = rng.pick(&values).copied();
            }
            3 => f.doc_type = rng.pick(&DocType::ALL).copied(),
            4 => f.department = rng.pick(&departments).map(|d| typed_piece(d, rng)),
            5 => f.public = Some(rng.below(2) == 0),
            6 => f.from = rng.pick(&dates).copied(),
            _ => f.to = rng.pick(&dates).copied(),
        }
    }
    f
}

#[test]
fn filters_select_the_same_records_in_the_index_and_in_memory() {
    let index = Index::open(built_in_index()).expect("index opens");
    let all: Vec<DocumentRecord> = index
        .documents("", &Filters::default())
        .expect("documents")
        .into_iter()
        .map(|d| d.record)
        .collect();
    assert!(all.len() >= 60, "{} records", all.len());
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut selective = 0;
    for round in 0..400 {
        let f = random_filters(&all, &mut rng);
        let in_index: BTreeSet<String> = index
            .documents("", &f)
            .expect("filtered documents")
            .into_iter()
            .map(|d| d.record.path)
            .collect();
        let in_memory: BTreeSet<String> = all
            .iter()
            .filter(|r| f.matches(r))
            .map(|r| r.path.clone())
            .collect();
        assert_eq!(in_index, in_memory, "round {round}: {f:?}");
        if !in_index.is_empty() && in_index.len() < all.len() {
            selective += 1;
        }
    }
    assert!(
        selective >= 100,
        "only {selective} of 400 filters selected some but not all"
    );
}

/// `data/themes.toml` with the theme `digitalisierung` renamed (id and label).
fn renamed_taxonomy() -> String {
    let text = std::fs::read_to_string(repo().join("data/themes.toml")).expect("data/themes.toml");
    let renamed = text
        // every quoted use: `id = …`, `theme = …` and lists of ids (`strong_min_exempt`)
        .replace("\"digitalisierung\"", "\"e_verwaltung\"")
        .replace(
            "label = \"Verwaltungsdigitalisierung\"",
            "label = \"Digitalisierung im Rathaus\"",
        );
    assert_ne!(renamed, text, "the theme to rename is in data/themes.toml");
    renamed
}

fn search(index: &str, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["search", "--index", index, "--json", "--limit", "20"];
    all.extend_from_slice(args);
    let out = ratsdex(&all);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    serde_json::from_slice(&out.stdout).expect("search JSON")
}

#[test]
fn an_index_keeps_the_taxonomy_it_was_built_with() {
    let dir = tempfile::tempdir().expect("temp dir");
    let themes = dir.path().join("renamed.toml");
    std::fs::write(&themes, renamed_taxonomy()).expect("write taxonomy");
    let index = dir.path().join("index");
    ingest(&index, &["--themes", themes.to_str().expect("UTF-8")]);
    let idx_r = index.to_str().expect("UTF-8");

    // search: the facets count the renamed theme, the text names it by its label …
    let v = search(idx_r, &["Digitalisierung", "--facets"]);
    let facet = &v["facets"]["theme"];
    assert!(
        facet.get("e_verwaltung").is_some() && facet.get("digitalisierung").is_none(),
        "{facet}"
    );
    let out = ratsdex(&["search", "--index", idx_r, "--facets", "Digitalisierung"]);
    assert!(
        text(&out).contains("Digitalisierung im Rathaus [e_verwaltung]"),
        "{}",
        text(&out)
    );
    // … and the topic bonus goes to the renamed theme: the ranking equals the built-in index's
    // (the built-in theme gets it through its id, the renamed one through its label; scores
    // may differ in the third decimal, as compounds split by what earlier batches taught)
    let scores = |index: &str| -> BTreeMap<String, f64> {
        let v = search(index, &["Digitalisierung"]);
        v["hits"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|h| (h["path"].to_string(), h["score"].as_f64().unwrap_or(-1.0)))
            .collect()
    };
    let (renamed, built_in) = (scores(idx_r), scores(idx()));
    assert_eq!(renamed.len(), built_in.len());
    for (path, score) in &renamed {
        let other = built_in.get(path).copied().unwrap_or(f64::NAN);
        assert!(
            (score - other).abs() < 0.05,
            "{path}: {score} here, {other} built-in"
        );
    }

    // show --explain: the renamed theme with its label, not the built-in one
    let out = ratsdex(&["show", "--index", idx_r, "--explain", "VO/1254/21"]);
    let shown = text(&out);
    assert_eq!(out.status.code(), Some(0), "{shown}");
    assert!(
        shown.contains("* e_verwaltung (Digitalisierung im Rathaus)"),
        "{shown}"
    );
    assert!(!shown.contains("Verwaltungsdigitalisierung)"), "{shown}");

    // report: the label of the renamed theme
    let html = dir.path().join("report.html");
    let out = ratsdex(&[
        "report",
        "--index",
        idx_r,
        "--output",
        html.to_str().expect("UTF-8"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let html = std::fs::read_to_string(&html).expect("report written");
    assert!(
        html.contains("Digitalisierung im Rathaus"),
        "the report names the renamed theme"
    );

    // filters and the theme list: the index's themes
    let out = ratsdex(&["export", "--index", idx_r, "--theme", "digitalisierung"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown theme is a usage error"
    );
    assert!(text(&out).contains("e_verwaltung"), "{}", text(&out));
    let out = ratsdex(&[
        "stats",
        "--index",
        idx_r,
        "--theme",
        "e_verwaltung",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let out = ratsdex(&["themes", "--index", idx_r]);
    assert!(
        text(&out).contains("Digitalisierung im Rathaus"),
        "{}",
        text(&out)
    );

    // the manifest holds the texts the index was built with
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(index.join("ratsdex-index.json")).expect("manifest"),
    )
    .expect("manifest JSON");
    assert_eq!(
        manifest["built_with"]["texts"]["taxonomy"],
        renamed_taxonomy()
    );
    assert!(
        manifest["built_with"]["texts"]["vocabulary"]
            .as_str()
            .is_some_and(|v| !v.is_empty())
    );
}

#[test]
fn an_index_of_an_older_schema_asks_for_a_new_ingest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let index = dir.path().join("index");
    std::fs::create_dir_all(&index).expect("index dir");
    std::fs::write(index.join("meta.json"), "{}").expect("meta.json");
    std::fs::write(index.join("ratsdex-index.json"), r#"{"schema_version":2}"#).expect("manifest");
    let out = ratsdex(&[
        "search",
        "--index",
        index.to_str().expect("UTF-8"),
        "Schule",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out).contains("run `ratsdex ingest` to rebuild it"),
        "{}",
        text(&out)
    );
}
