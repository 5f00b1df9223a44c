//! The metadata quality gate: the whole pipeline over `corpus/*.pdf`, scored by
//! `shared/eval/evaluate.py` (beside the repository root) against `corpus/truth.jsonl`.

use ratsdex::pipeline::Pipeline;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Minimum scores on `corpus/`.
const MINIMUMS: [(&str, f64); 6] = [
    ("drucksache", 0.99),
    ("date", 0.97),
    ("doc_type", 0.97),
    ("klimacheck", 0.97),
    ("consultations", 0.95),
    ("metadata_mean", 0.95),
];

fn evaluate_py(root: &Path) -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(p) = std::env::var_os("RATSDEX_EVALUATE") {
        candidates.push(PathBuf::from(p));
    }
    for up in [root.join(".."), root.join("../..")] {
        candidates.push(up.join("shared/eval/evaluate.py"));
    }
    candidates.into_iter().find(|p| p.is_file())
}

#[test]
fn corpus_metadata_meets_the_minimums() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = root.join("corpus");
    let Some(eval) = evaluate_py(root) else {
        panic!("shared/eval/evaluate.py not found beside the repository (set RATSDEX_EVALUATE)");
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&corpus)
        .expect("corpus/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no PDFs in corpus/");
    let pipeline = Pipeline::default();
    let dir = tempfile::tempdir().expect("temp dir");
    let pred = dir.path().join("pred.jsonl");
    let mut out = std::fs::File::create(&pred).expect("create predictions");
    for f in &files {
        let bytes = std::fs::read(f).expect("read pdf");
        let path = f.display().to_string();
        match pipeline.process(&path, &bytes) {
            Ok(p) => {
                let line = serde_json::to_string(&p.record).expect("record to json");
                writeln!(out, "{line}").expect("write prediction");
            }
            Err(e) => eprintln!("{path}: {e}"),
        }
    }
    drop(out);
    let mut cmd = Command::new("python3");
    cmd.arg(&eval)
        .arg("--truth")
        .arg(corpus.join("truth.jsonl"))
        .arg("--pred")
        .arg(&pred)
        .arg("--show-misses");
    for (field, min) in MINIMUMS {
        cmd.arg("--min").arg(format!("{field}={min}"));
    }
    let output = cmd.output().expect("run python3 evaluate.py");
    let report = String::from_utf8_lossy(&output.stdout);
    println!("{report}");
    assert!(
        output.status.success(),
        "metadata below the minimums:\n{report}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
