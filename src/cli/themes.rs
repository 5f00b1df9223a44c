//! `ratsdex themes`, `ratsdex eval-themes`, and the `--explain` printout.

use super::common::{EXIT_OK, PipelineOpts};
use crate::classify::Explanation;
use crate::classify::eval::Report;
use crate::pipeline::Pipeline;
use anyhow::Context;
use std::path::{Path, PathBuf};

/// List the themes of the taxonomy.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also print each theme's description.
    #[arg(long, short)]
    verbose: bool,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// Per-theme precision/recall/F1 and a confusion summary against labeled documents.
///
/// Runs the pipeline (rules, or rules blended with `--model`) on every file of the truth file
/// and compares the themes, as `evaluate.py` does.
///
/// Examples:
///   ratsdex eval-themes --truth corpus/truth.jsonl
///   ratsdex eval-themes --truth labels.jsonl --corpus /data/ris --themes my-themes.toml
///   ratsdex eval-themes --truth corpus/truth.jsonl --pred export.jsonl
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct EvalArgs {
    /// JSONL with `file` (or `path`) and `themes` per document.
    #[arg(long, value_name = "FILE")]
    truth: PathBuf,
    /// Folder holding the files (default: the truth file's folder).
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Score these predictions (JSONL records, e.g. from `export`) instead of running the pipeline.
    #[arg(long, value_name = "FILE")]
    pred: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// List every document whose themes differ.
    #[arg(long)]
    misses: bool,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// One labeled document.
#[derive(Debug, Clone)]
pub struct Labeled {
    /// The file's base name as written in the labels.
    pub name: String,
    /// Where the PDF is.
    pub path: PathBuf,
    /// Expected theme ids, best first.
    pub themes: Vec<String>,
}

/// Read a JSONL label file (`file` or `path`, and `themes`); files are looked up in `corpus`.
pub fn read_labels(labels: &Path, corpus: Option<&Path>) -> anyhow::Result<Vec<Labeled>> {
    let text =
        std::fs::read_to_string(labels).with_context(|| format!("reading {}", labels.display()))?;
    let dir = corpus
        .map(Path::to_path_buf)
        .or_else(|| labels.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let v: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not JSON", labels.display(), i + 1))?;
        let file = v
            .get("file")
            .or_else(|| v.get("path"))
            .and_then(|f| f.as_str())
            .with_context(|| format!("{}:{}: no \"file\"", labels.display(), i + 1))?;
        let name = base_name(file);
        let themes = v
            .get("themes")
            .and_then(|t| t.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        out.push(Labeled {
            path: dir.join(&name),
            name,
            themes,
        });
    }
    Ok(out)
}

fn base_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// Run the pipeline on a labeled file; its themes, or an error.
pub fn predict(pipeline: &Pipeline, doc: &Labeled) -> anyhow::Result<Vec<String>> {
    let bytes =
        std::fs::read(&doc.path).with_context(|| format!("reading {}", doc.path.display()))?;
    let processed = pipeline
        .process(&doc.path.display().to_string(), &bytes)
        .with_context(|| format!("processing {}", doc.path.display()))?;
    Ok(processed.record.themes)
}

/// Run `themes`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let p = args.pipeline.pipeline()?;
    for t in &p.taxonomy.themes {
        println!("{:24} {}", t.id, t.label);
        if args.verbose {
            println!("{:24} {}", "", t.description);
        }
    }
    Ok(EXIT_OK)
}

/// Run `eval-themes`.
pub fn run_eval(args: EvalArgs) -> anyhow::Result<i32> {
    let labels = read_labels(&args.truth, args.corpus.as_deref())?;
    let predicted: Vec<Vec<String>> = match &args.pred {
        Some(pred) => {
            let by_name: std::collections::HashMap<String, Vec<String>> = read_labels(pred, None)?
                .into_iter()
                .map(|l| (l.name, l.themes))
                .collect();
            labels
                .iter()
                .map(|l| by_name.get(&l.name).cloned().unwrap_or_default())
                .collect()
        }
        None => {
            let pipeline = args.pipeline.pipeline()?;
            labels
                .iter()
                .map(|l| {
                    predict(&pipeline, l).unwrap_or_else(|e| {
                        eprintln!("{}: {e:#}", l.path.display());
                        Vec::new()
                    })
                })
                .collect()
        }
    };
    let mut report = Report::default();
    for (l, p) in labels.iter().zip(&predicted) {
        report.add(p, &l.themes);
    }
    if args.json {
        let per_theme: serde_json::Map<String, serde_json::Value> = report
            .per_theme
            .iter()
            .map(|(id, c)| {
                (
                    id.clone(),
                    serde_json::json!({"tp": c.tp, "fp": c.fp, "fn": c.fn_,
                        "precision": c.precision(), "recall": c.recall(), "f1": c.f1()}),
                )
            })
            .collect();
        let m = report.micro();
        let pairs = |map: &std::collections::BTreeMap<(String, String), usize>| {
            map.iter()
                .map(|((e, p), n)| serde_json::json!({"expected": e, "predicted": p, "count": n}))
                .collect::<Vec<_>>()
        };
        let value = serde_json::json!({
            "documents": report.documents,
            "themes_precision": m.precision(),
            "themes_recall": m.recall(),
            "themes_f1": m.f1(),
            "themes_primary": report.primary(),
            "per_theme": per_theme,
            "confusion": pairs(&report.confusion),
            "primary_confusion": pairs(&report.primary_confusion),
        });
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        print!("{}", report.summary());
        if args.misses {
            println!("documents with different themes:");
            for (l, p) in labels
                .iter()
                .zip(&predicted)
                .filter(|(l, p)| l.themes != **p)
            {
                println!("  {:40} expected {:?} got {:?}", l.name, l.themes, p);
            }
        }
    }
    Ok(EXIT_OK)
}

/// Print why a document got its themes (for `extract --explain` and `show --explain`).
pub fn print_explanation(ex: &Explanation) {
    println!(
        "Themen-Erklärung ({} Wörter bewertet, davon {} im Gegenstand; gelesen als {}):",
        ex.words, ex.subject_words, ex.reading
    );
    if !ex.title.is_empty() {
        println!("  Titel bewertet: {}", ex.title);
    }
    for (section, words) in &ex.skipped {
        println!("  ohne Wertung: {section} ({words} Wörter)");
    }
    for t in &ex.themes {
        let mark = if t.assigned { "*" } else { " " };
        println!(
            "{mark} {:24} {:>7.2}  = Text {:.2} (Gegenstand {:.2}) + Titel {:.2} + Hinweise {:.2}",
            t.id, t.score, t.body, t.subject, t.title, t.hints
        );
        println!(
            "      {} Sätze, stärkster Term {}{}",
            t.sentences,
            t.strongest,
            if t.head { ", Kopf des Titels" } else { "" }
        );
        for h in t.hits.iter().take(8) {
            println!(
                "      {:>6.2}  {:24} {:10} ×{} {}",
                h.points,
                h.term,
                h.section,
                h.count,
                h.forms.join(", ")
            );
        }
        if t.hits.len() > 8 {
            println!("      … {} more terms", t.hits.len() - 8);
        }
        for h in &t.hint_hits {
            println!("      hint: {h}");
        }
        for n in &t.notes {
            println!("      note: {n}");
        }
    }
}
