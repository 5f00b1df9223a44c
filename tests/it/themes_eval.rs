//! The theme quality gate: the in-process pipeline over `corpus/*.pdf` with the default rules,
//! scored like `evaluate.py` (micro F1 over labels, primary = first label) against
//! `corpus/truth.jsonl`.
//!
//! The minimums (0.85 / 0.85) apply to the whole corpus and, separately, to the project's
//! labeled set (the `dev*` rows from `../shared/corpus-dev`), so that our own additions cannot
//! carry a drop on the documents labeled by the project.

use ratsdex::eval::themes::Report;
use ratsdex::pipeline::Pipeline;
use std::path::Path;

const MIN_F1: f64 = 0.85;
const MIN_PRIMARY: f64 = 0.85;

#[test]
fn corpus_themes_meet_the_minimums() {
    let (dev, all) = reports();
    for (name, report, min_f1, min_primary) in [
        ("dev set", &dev, MIN_F1, MIN_PRIMARY),
        ("whole corpus", &all, MIN_F1, MIN_PRIMARY),
    ] {
        let f1 = report.micro().f1();
        let primary = report.primary();
        assert!(
            f1 >= min_f1 && primary >= min_primary,
            "{name}: themes_f1 {f1:.3} (min {min_f1}), themes_primary {primary:.3} (min {min_primary})\n{}",
            report.summary()
        );
    }
}

/// Scores for the `dev*` rows and for every row.
fn reports() -> (Report, Report) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let truth = std::fs::read_to_string(root.join("corpus/truth.jsonl")).expect("truth.jsonl");
    let pipeline = Pipeline::default();
    let mut dev = Report::default();
    let mut all = Report::default();
    for line in truth.lines().filter(|l| !l.trim().is_empty()) {
        let row: serde_json::Value = serde_json::from_str(line).expect("truth row is JSON");
        let file = row["file"].as_str().expect("truth row has a file");
        let expected: Vec<String> = row["themes"]
            .as_array()
            .expect("truth row has themes")
            .iter()
            .filter_map(|t| t.as_str().map(String::from))
            .collect();
        let path = root.join("corpus").join(file);
        let bytes = std::fs::read(&path).expect("corpus file is readable");
        let predicted = match pipeline.process(file, &bytes) {
            Ok(p) => p.record.themes,
            Err(_) => Vec::new(),
        };
        if file.starts_with("dev") {
            dev.add(&predicted, &expected);
        }
        all.add(&predicted, &expected);
    }
    (dev, all)
}
