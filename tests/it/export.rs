//! Round-trip tests of every export format, `stats` and `report` on an index of `corpus/`,
//! and the OParl output checked against the OParl 1.1 schema subset in `tests/data/oparl/`.

use crate::support::{ok, root};
use ratsdex::record::DocumentRecord;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn manifest() -> &'static Path {
    root()
}

/// An index of the labelled truth rows of `corpus/` (real paths, sizes, hashes and mtimes; the
/// title and department as text), written with the library's writer so that these tests check
/// the exports, not the extractor. Built once for all tests of this file.
fn idx() -> &'static str {
    static INDEX: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, index) = INDEX.get_or_init(|| {
        let dir = tempfile::tempdir().expect("temp dir");
        let index = dir.path().join("index");
        let records = ratsdex::export::jsonl::read_records(&truth_jsonl()).unwrap();
        let idx = ratsdex::index::Index::open_or_create(&index).unwrap();
        let mut w = idx.writer(50_000_000).unwrap();
        for mut r in records {
            let meta = std::fs::metadata(&r.path).unwrap();
            let bytes = std::fs::read(&r.path).unwrap();
            r.size = meta.len();
            r.hash = blake3::hash(&bytes).to_hex().to_string();
            let mtime_ns = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i64);
            let stamp = ratsdex::index::FileStamp {
                size: r.size,
                mtime_ns,
                hash: r.hash.clone(),
                pipeline_version: 1,
                rules: String::new(),
            };
            let text = format!(
                "{}\n{}",
                r.meta.title.clone().unwrap_or_default(),
                r.meta.department.clone().unwrap_or_default()
            );
            w.upsert(&r, &text, &stamp).unwrap();
        }
        w.commit().unwrap();
        (dir, index)
    });
    index.to_str().unwrap()
}

fn export(args: &[&str]) -> Vec<u8> {
    let mut all = vec!["export", "--index", idx()];
    all.extend_from_slice(args);
    ok(&all)
}

/// Every record, as `export --format jsonl` writes it.
fn records() -> Vec<DocumentRecord> {
    let text = String::from_utf8(export(&["--format", "jsonl"])).unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).expect("a full DocumentRecord per line"))
        .collect()
}

fn by_path(recs: &[DocumentRecord]) -> BTreeMap<&str, &DocumentRecord> {
    recs.iter().map(|r| (r.path.as_str(), r)).collect()
}

fn corpus_pdfs() -> usize {
    crate::support::corpus_pdfs().len()
}

#[test]
fn real_ingest_exports_every_pdf_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let index = index.to_str().unwrap();
    let corpus = manifest().join("corpus");
    ok(&["ingest", corpus.to_str().unwrap(), "--index", index]);
    let text = String::from_utf8(ok(&["export", "--index", index])).unwrap();
    let recs: Vec<DocumentRecord> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(recs.len(), corpus_pdfs());
    let oparl: Value =
        serde_json::from_slice(&ok(&["export", "--index", index, "--format", "oparl"])).unwrap();
    let errors = validate(&oparl, "PaperList.json");
    assert!(errors.is_empty(), "{errors:#?}");
    let csv = ok(&["export", "--index", index, "--format", "csv"]);
    assert_eq!(
        csv::Reader::from_reader(csv.as_slice()).records().count(),
        recs.len()
    );
}

#[test]
fn jsonl_holds_every_record_and_matches_show_and_json() {
    let recs = records();
    assert_eq!(recs.len(), truth_jsonl().lines().count());
    let json: Vec<DocumentRecord> = serde_json::from_slice(&export(&["--format", "json"])).unwrap();
    assert_eq!(json, recs);
    for r in recs.iter().take(3) {
        let shown: Value =
            serde_json::from_slice(&ok(&["show", &r.path, "--index", idx(), "--json"])).unwrap();
        let back: DocumentRecord = serde_json::from_value(shown["record"].clone()).unwrap();
        assert_eq!(&back, r);
    }
}

#[test]
fn csv_round_trips_one_row_per_record() {
    let recs = records();
    let want = by_path(&recs);
    let bytes = export(&["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let head = reader.headers().unwrap().clone();
    let col = |n: &str| head.iter().position(|h| h == n).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), recs.len());
    for row in &rows {
        let r = want[&row[col("path")]];
        assert_eq!(
            &row[col("drucksache")],
            r.meta.drucksache.as_deref().unwrap_or_default()
        );
        assert_eq!(row[col("title")], r.meta.title.clone().unwrap_or_default());
        assert_eq!(row[col("themes")], r.themes.join("; "));
        let committees: Vec<&str> = r
            .meta
            .consultations
            .iter()
            .map(|c| c.committee.as_str())
            .collect();
        assert_eq!(row[col("committees")], committees.join("; "));
        assert_eq!(row[col("pages")], r.pages.to_string());
    }
    let excel = export(&["--format", "csv", "--excel"]);
    let bom = "\u{feff}".as_bytes();
    assert!(excel.starts_with(bom));
    let first = excel[bom.len()..].split(|b| *b == b'\n').next().unwrap();
    assert!(String::from_utf8_lossy(first).starts_with("path;drucksache;"));
}

#[test]
fn sqlite_matches_records_and_stats_per_theme() {
    let recs = records();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("out.sqlite");
    export(&["--format", "sqlite", "--output", db.to_str().unwrap()]);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let n: i64 = conn
        .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n as usize, recs.len());
    let cons: i64 = conn
        .query_row("SELECT COUNT(*) FROM consultations", [], |r| r.get(0))
        .unwrap();
    let want: usize = recs.iter().map(|r| r.meta.consultations.len()).sum();
    assert_eq!(cons as usize, want);
    let refs: i64 = conn
        .query_row("SELECT COUNT(*) FROM \"references\"", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        refs as usize,
        recs.iter().map(|r| r.meta.references.len()).sum::<usize>()
    );
    for r in &recs {
        let (title, themes): (Option<String>, Option<String>) = conn
            .query_row(
                "SELECT d.title, (SELECT group_concat(theme, ',') FROM \
                 (SELECT theme FROM themes WHERE document_id = d.id ORDER BY rank)) \
                 FROM documents d WHERE d.path = ?1",
                [&r.path],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .unwrap();
        assert_eq!(title, r.meta.title);
        assert_eq!(themes.unwrap_or_default(), r.themes.join(","));
    }

    let mut stmt = conn
        .prepare(
            "SELECT COALESCE(t.theme, 'none'), COUNT(DISTINCT d.id) FROM documents d \
             LEFT JOIN themes t ON t.document_id = d.id GROUP BY 1",
        )
        .unwrap();
    let sql: BTreeMap<String, u64> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let stats: Value =
        serde_json::from_slice(&ok(&["stats", "--index", idx(), "--by", "theme", "--json"]))
            .unwrap();
    let ours: BTreeMap<String, u64> = stats["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["theme"].as_str().unwrap().to_string(),
                r["count"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(sql, ours);
    assert_eq!(stats["documents"].as_u64(), Some(recs.len() as u64));
}

#[test]
fn es_bulk_sources_are_the_records_plus_text() {
    let recs = records();
    let want = by_path(&recs);
    let text = String::from_utf8(export(&["--format", "es-bulk"])).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2 * recs.len());
    for pair in lines.chunks(2) {
        assert!(pair[0]["index"]["_id"].is_string());
        assert!(pair[1]["text"].is_string());
        let back: DocumentRecord = serde_json::from_value(pair[1].clone()).unwrap();
        assert_eq!(&&back, want.get(back.path.as_str()).unwrap());
    }
    let mapping: Value = serde_json::from_slice(&export(&["--es-mapping"])).unwrap();
    assert_eq!(
        mapping["mappings"]["properties"]["text"]["analyzer"],
        "german"
    );
}

#[test]
fn filters_select_the_same_documents_as_stats() {
    let recs = records();
    let stats: Value =
        serde_json::from_slice(&ok(&["stats", "--index", idx(), "--by", "theme", "--json"]))
            .unwrap();
    let top = &stats["rows"][0];
    let theme = top["theme"].as_str().unwrap();
    let n = top["count"].as_u64().unwrap() as usize;
    let text = String::from_utf8(export(&["--format", "jsonl", "--theme", theme])).unwrap();
    let filtered: Vec<DocumentRecord> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(filtered.len(), n);
    assert!(filtered.iter().all(|r| r.themes.iter().any(|t| t == theme)));

    for kc in ["neutral", "positive", "negative", "none"] {
        let text = String::from_utf8(export(&["--format", "jsonl", "--klimacheck", kc])).unwrap();
        let want = recs
            .iter()
            .filter(|r| r.meta.klimacheck.map_or("none", |k| k.as_str()) == kc)
            .count();
        assert_eq!(text.lines().count(), want, "--klimacheck {kc}");
    }
    let text = String::from_utf8(export(&["Digitalisierung", "--format", "jsonl"])).unwrap();
    let hits: Vec<DocumentRecord> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(
        !hits.is_empty() && hits.len() < recs.len(),
        "{} hits",
        hits.len()
    );
    assert!(
        hits.iter()
            .any(|r| r.meta.drucksache.as_deref() == Some("VO/1254/21"))
    );

    let text = String::from_utf8(export(&["--format", "jsonl", "--from", "2022-01-01"])).unwrap();
    for l in text.lines() {
        let r: DocumentRecord = serde_json::from_str(l).unwrap();
        assert!(
            r.meta
                .date
                .is_some_and(|d| d >= jiff::civil::date(2022, 1, 1))
        );
    }
}

#[test]
fn oparl_export_of_the_index_passes_the_schema() {
    let recs = records();
    let v: Value = serde_json::from_slice(&export(&["--format", "oparl"])).unwrap();
    let errors = validate(&v, "PaperList.json");
    assert!(errors.is_empty(), "{errors:#?}");
    let data = v["data"].as_array().unwrap();
    assert_eq!(data.len(), recs.len());
    for (p, r) in data.iter().zip(&recs) {
        assert_eq!(p["reference"].as_str(), r.meta.drucksache.as_deref());
        assert_eq!(
            p["consultation"].as_array().map_or(0, Vec::len),
            r.meta.consultations.len()
        );
        let sum = p["mainFile"]["sha512Checksum"].as_str();
        assert_eq!(sum.map(str::len), Some(128), "checksum of {}", r.path);
    }
}

#[test]
fn oparl_export_of_truth_records_passes_the_schema() {
    // Independent of the extractor: the labelled truth rows as records.
    let recs = ratsdex::export::jsonl::read_records(&truth_jsonl()).unwrap();
    let docs = ratsdex::export::stored(recs);
    let mut out = Vec::new();
    ratsdex::export::oparl::write(&docs, &ratsdex::export::Options::default(), &mut out).unwrap();
    let v: Value = serde_json::from_slice(&out).unwrap();
    let errors = validate(&v, "PaperList.json");
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(v["data"].as_array().map(Vec::len), Some(docs.len()));
}

#[test]
fn schema_validator_rejects_wrong_types_and_missing_fields() {
    let bad = serde_json::json!({
        "id": "not a url",
        "type": "https://schema.oparl.org/1.0/Paper",
        "date": "1.2.2023",
        "keyword": "klima",
        "mainFile": { "id": "https://x.example/f/1", "type": "https://schema.oparl.org/1.1/File", "size": "12" },
        "unknown": 1
    });
    let errors = validate(&bad, "Paper.json");
    for want in [
        "/id",
        "/type",
        "/date",
        "/keyword",
        "/mainFile/size",
        "/mainFile: missing accessUrl",
        "/unknown",
    ] {
        assert!(
            errors.iter().any(|e| e.contains(want)),
            "no error for {want}: {errors:#?}"
        );
    }
}

#[test]
fn report_has_charts_and_a_row_per_document() {
    let recs = records();
    let dir = tempfile::tempdir().unwrap();
    let html_path = dir.path().join("report.html");
    ok(&[
        "report",
        "--index",
        idx(),
        "--output",
        html_path.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert_eq!(html.matches("<tr id=\"doc-").count(), recs.len());
    assert_eq!(html.matches("<section class=\"card\">").count(), 4);
    // The truth rows cite no Drucksachen: that chart says so instead of drawing.
    let cited = recs.iter().any(|r| !r.meta.references.is_empty());
    assert_eq!(html.matches("<svg").count(), if cited { 4 } else { 3 });
    assert!(!html.contains("src=\"http"), "external asset");
}

/// The labelled truth rows as a JSON Lines export (paths under corpus/).
fn truth_jsonl() -> String {
    let text = std::fs::read_to_string(manifest().join("corpus/truth.jsonl")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut v: Value = serde_json::from_str(l).unwrap();
            v["path"] = format!("corpus/{}", v["file"].as_str().unwrap_or("x.pdf")).into();
            format!("{v}\n")
        })
        .collect()
}

#[test]
fn report_from_records_renders_in_a_browser() {
    let dir = tempfile::tempdir().unwrap();
    let records = dir.path().join("truth.jsonl");
    std::fs::write(&records, truth_jsonl()).unwrap();
    let html_path = dir.path().join("report.html");
    ok(&[
        "report",
        "--records",
        records.to_str().unwrap(),
        "--output",
        html_path.to_str().unwrap(),
    ]);
    let html = std::fs::read_to_string(&html_path).unwrap();
    let rows = truth_jsonl()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count();
    assert_eq!(html.matches("<tr id=\"doc-").count(), rows);

    // The browser check needs chromium (and python3 for the script); CI installs both.
    if !crate::support::tool("chromium", "report_from_records_renders_in_a_browser") {
        return;
    }
    let png = dir.path().join("report.png");
    let out = Command::new("bash")
        .arg(manifest().join("scripts/report_screenshot.sh"))
        .args([&html_path, &png])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "screenshot check failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

// --- a small validator for the JSON-Schema subset in tests/data/oparl/ ---

fn schema(name: &str) -> Value {
    let path = manifest().join("tests/data/oparl").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

/// Every violation of `file`'s schema by `v`, as `path: problem`.
fn validate(v: &Value, file: &str) -> Vec<String> {
    let mut errors = Vec::new();
    check(v, &schema(file), "", &mut errors);
    errors
}

fn check(v: &Value, s: &Value, at: &str, errors: &mut Vec<String>) {
    if let Some(r) = s["$ref"].as_str() {
        return check(v, &schema(r), at, errors);
    }
    let ty = s["type"].as_str().unwrap_or("any");
    let type_ok = match ty {
        "string" => v.is_string(),
        "integer" => v.is_u64() || v.is_i64(),
        "boolean" => v.is_boolean(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => true,
    };
    if !type_ok {
        errors.push(format!("{at}: expected {ty}, got {v}"));
        return;
    }
    if let Some(c) = s.get("const")
        && v != c
    {
        errors.push(format!("{at}: expected {c}, got {v}"));
    }
    if let (Some(f), Some(text)) = (s["format"].as_str(), v.as_str())
        && !format_ok(f, text)
    {
        errors.push(format!("{at}: {text:?} is not a {f}"));
    }
    if let (Some(items), Some(arr)) = (s.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            check(x, items, &format!("{at}/{i}"), errors);
        }
    }
    if let Some(obj) = v.as_object() {
        for req in s["required"].as_array().into_iter().flatten() {
            let key = req.as_str().unwrap_or("");
            if !obj.contains_key(key) {
                errors.push(format!("{at}: missing {key}"));
            }
        }
        if let Some(props) = s["properties"].as_object() {
            for (k, x) in obj {
                match props.get(k) {
                    Some(ps) => check(x, ps, &format!("{at}/{k}"), errors),
                    None if k.starts_with("ratsdex:") => {}
                    None => errors.push(format!("{at}/{k}: not an OParl property")),
                }
            }
        }
    }
}

fn format_ok(format: &str, s: &str) -> bool {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let date = |t: &str| {
        let p: Vec<&str> = t.split('-').collect();
        p.len() == 3
            && p[0].len() == 4
            && p[1].len() == 2
            && p[2].len() == 2
            && p.iter().all(|x| digits(x))
    };
    match format {
        "url" => s.split_once("://").is_some_and(|(scheme, rest)| {
            !scheme.is_empty()
                && scheme.bytes().all(|b| b.is_ascii_alphabetic())
                && !rest.is_empty()
                && !rest.contains(' ')
        }),
        "date" => date(s),
        "date-time" => s.split_once('T').is_some_and(|(d, t)| {
            date(d) && t.len() >= 8 && (t.ends_with('Z') || t.contains('+') || t.contains('-'))
        }),
        _ => true,
    }
}
