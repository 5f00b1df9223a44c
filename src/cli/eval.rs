//! `ratsdex eval` (and its theme-only alias `eval-themes`): score records against a labelled
//! truth file.

use super::common::{EXIT_FATAL, EXIT_OK, EXIT_USAGE, PipelineOpts, emit};
use crate::eval::themes::{self, Report};
use crate::eval::{self, Evaluation, Min};
use anyhow::Context;
use serde_json::Value;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// Score ratsdex's records against hand-labelled truth: every metadata field, the themes, and
/// per theme precision/recall/F1 with the main confusions.
///
/// The truth is JSON Lines, one object per paper with `file` (the PDF's file name) and the
/// fields to score: drucksache, doc_type, date, title, public, department, consultations,
/// klimacheck, themes, pages, originator (see the README, "Evaluation", for the rules).
/// The records come from an index (default `index`), a JSON Lines export (`--records`), or the
/// pipeline run on the truth's PDFs (`--corpus DIR`).
///
/// Examples:
///   ratsdex eval --truth corpus/truth.jsonl                       # the default index
///   ratsdex eval --truth labels.jsonl --index /srv/ratsdex --show-misses
///   ratsdex eval --truth labels.jsonl --records records.jsonl --json
///   ratsdex eval --truth labels.jsonl --corpus papers/ --min title=0.9 --min themes_f1=0.8
///
/// Exit status: 0; 1 where a --min threshold is not met; 2 on bad input (unreadable or
/// malformed truth or records, no index, unknown --min field).
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Score the records against hand-labelled truth, field by field"
)]
pub struct Args {
    /// JSON Lines with one labelled paper per line (`file` and the fields to score).
    #[arg(long, value_name = "FILE")]
    truth: PathBuf,
    /// Score these records (JSON Lines, e.g. from `export --format jsonl`).
    #[arg(long, value_name = "FILE.jsonl", conflicts_with_all = ["index", "corpus"])]
    records: Option<PathBuf>,
    /// Score the records of this index [default: index].
    #[arg(long, value_name = "DIR", conflicts_with = "corpus")]
    index: Option<PathBuf>,
    /// Run the pipeline on the truth's files in DIR (with --themes/--model/--config) and score
    /// the result.
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Print the scores as one JSON object.
    #[arg(long)]
    json: bool,
    /// List each wrong field and each document whose themes differ.
    #[arg(long)]
    show_misses: bool,
    /// Fail (exit 1) where a score is below VALUE, e.g. `--min title=0.95`; any score name
    /// (drucksache … pages, themes_f1, themes_primary, metadata_mean, originator).
    #[arg(long = "min", value_name = "FIELD=VALUE")]
    min: Vec<Min>,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// Per-theme precision/recall/F1 and the confusions only (an alias of `eval`'s theme part).
///
/// Runs the pipeline on every file of the truth file (or scores `--pred`) as `ratsdex eval`
/// does and prints only the themes.
///
/// Examples:
///   ratsdex eval-themes --truth corpus/truth.jsonl
///   ratsdex eval-themes --truth labels.jsonl --corpus /data/ris --themes my-themes.toml
///   ratsdex eval-themes --texts --truth tests/fixtures/themes/heldout2.jsonl
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Score the themes alone against labels (the theme part of eval)"
)]
pub struct ThemesArgs {
    /// JSONL with `file` and `themes` per document.
    #[arg(long, value_name = "FILE")]
    truth: PathBuf,
    /// Folder holding the files (default: the truth file's folder).
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Score these predictions (JSONL records) instead of running the pipeline.
    #[arg(long, value_name = "FILE")]
    pred: Option<PathBuf>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    /// List every document whose themes differ.
    #[arg(long)]
    misses: bool,
    /// The truth rows carry their text (`text`, with `title`, `committees`, `department`,
    /// `klimacheck`, `doc_type` where known): classify those texts with the rules instead of
    /// reading PDFs.
    #[arg(long, conflicts_with_all = ["pred", "corpus"])]
    texts: bool,
    /// Write each paper's candidate themes with the gate's inputs and the labels as JSON Lines
    /// to FILE (the training data of `tools/themes_gate/train.py`).
    #[arg(long, value_name = "FILE", hide = true, conflicts_with = "pred")]
    candidates: Option<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// Where the records come from.
enum Source<'a> {
    Records(&'a Path),
    Index(&'a Path),
    Corpus(&'a Path, &'a PipelineOpts),
}

/// Load truth and predictions and score them; errors are bad input.
fn evaluate(truth: &Path, source: Source<'_>) -> anyhow::Result<Evaluation> {
    let truth_rows = eval::read_jsonl(truth)?;
    let preds = match source {
        Source::Records(path) => eval::read_jsonl(path)?,
        Source::Index(dir) => {
            let index = crate::index::Index::open(dir)
                .with_context(|| format!("opening the index {}", dir.display()))?;
            let docs = index.stream("", &crate::index::Filters::default())?;
            let mut out = Vec::with_capacity(docs.len());
            for d in docs.iter() {
                out.push(serde_json::to_value(d?.record)?);
            }
            out
        }
        Source::Corpus(dir, opts) => run_pipeline(&truth_rows, dir, opts)?,
    };
    Ok(eval::evaluate(&truth_rows, &preds)?)
}

/// The records of the pipeline on every truth file found in `dir` (a file that is absent has no
/// prediction; one that cannot be read or processed is reported on stderr and has none either).
fn run_pipeline(truth: &[Value], dir: &Path, opts: &PipelineOpts) -> anyhow::Result<Vec<Value>> {
    let pipeline = opts.pipeline()?;
    let mut out = Vec::new();
    for file in truth.iter().filter_map(|t| t.get("file")?.as_str()) {
        let path = dir.join(file);
        if !path.exists() {
            continue;
        }
        let processed = std::fs::read(&path)
            .with_context(|| format!("reading {}", path.display()))
            .and_then(|bytes| {
                pipeline
                    .process(&path.display().to_string(), &bytes)
                    .with_context(|| format!("processing {}", path.display()))
            });
        match processed {
            Ok(p) => out.push(serde_json::to_value(&p.record)?),
            Err(e) => eprintln!(
                "ratsdex eval: {} (no prediction)",
                super::common::one_line(&e)
            ),
        }
    }
    Ok(out)
}

/// Run `eval`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let default_index = PathBuf::from("index");
    let source = match (&args.records, &args.corpus, &args.index) {
        (Some(r), _, _) => Source::Records(r),
        (_, Some(c), _) => Source::Corpus(c, &args.pipeline),
        (_, _, i) => Source::Index(i.as_ref().unwrap_or(&default_index)),
    };
    let ev = match evaluate(&args.truth, source) {
        Ok(ev) => ev,
        Err(e) => return Ok(bad_input(&e)),
    };
    let failed = match ev.below(&args.min) {
        Ok(f) => f,
        Err(e) => return Ok(bad_input(&e.into())),
    };
    let mut out = if args.json {
        serde_json::to_string_pretty(&ev.json_report())? + "\n"
    } else {
        report(&ev, args.show_misses)
    };
    let (last, code) = if failed.is_empty() {
        (ev.summary(), EXIT_OK)
    } else {
        let line = format!("below threshold: {} | {}", failed.join("; "), ev.summary());
        (line, EXIT_FATAL)
    };
    if args.json {
        // stdout stays one JSON object for machines; the summary line goes to the terminal.
        eprintln!("{last}");
    } else {
        out += &last;
        out.push('\n');
    }
    emit(&out)?;
    Ok(code)
}

fn bad_input(e: &anyhow::Error) -> i32 {
    eprintln!("ratsdex eval: {}", super::common::one_line(e));
    EXIT_USAGE
}

fn report(ev: &Evaluation, show_misses: bool) -> String {
    let mut out = format!(
        "documents: {}, predicted: {}\n",
        ev.documents,
        ev.documents - ev.missing.len()
    );
    for (key, value) in ev.scores.iter() {
        let _ = writeln!(out, "  {key:18} {value:6.3}");
    }
    if !ev.missing.is_empty() {
        let _ = writeln!(out, "no prediction for: {}", ev.missing.join(", "));
    }
    out.push('\n');
    out += &ev.themes.summary();
    if show_misses {
        for m in &ev.misses {
            let _ = writeln!(out, "  miss {}: {}", m.field, m.detail);
        }
        out += &theme_misses(ev);
    }
    out
}

fn theme_misses(ev: &Evaluation) -> String {
    let mut out = String::new();
    if !ev.theme_misses.is_empty() {
        out += "documents with different themes:\n";
    }
    for (file, expected, got) in &ev.theme_misses {
        let _ = writeln!(out, "  {file:40} expected {expected:?} got {got:?}");
    }
    out
}

/// Score the rules on labelled texts: the report and one line per text whose themes differ.
fn evaluate_texts(
    truth: &Path,
    opts: &PipelineOpts,
    candidates: &mut Vec<String>,
) -> anyhow::Result<(Report, String)> {
    let rows = eval::read_jsonl(truth)?;
    let pipeline = opts.pipeline()?;
    let mut report = Report::default();
    let mut misses = String::new();
    for (i, row) in rows.iter().enumerate() {
        let expected = themes::labels(row);
        let (scores, ex) = themes::classify_text(pipeline.taxonomy(), row);
        let predicted: Vec<String> = scores.into_iter().map(|t| t.id).collect();
        let name = row["id"].as_str().map_or((i + 1).to_string(), String::from);
        candidates.push(themes::candidates_json(&name, &expected, &predicted, &ex).to_string());
        if predicted != expected {
            let title = row["title"].as_str().unwrap_or("");
            let _ = writeln!(
                misses,
                "  {name:>6} {title:60.60} expected {expected:?} got {predicted:?}"
            );
        }
        report.add(&predicted, &expected);
    }
    Ok((report, misses))
}

/// The candidate lines (see `themes::candidates_json`) of the pipeline on every truth file
/// found in `dir`; a file that is absent or fails is left out.
fn corpus_candidates(truth: &Path, dir: &Path, opts: &PipelineOpts) -> anyhow::Result<Vec<String>> {
    let pipeline = opts.pipeline()?;
    let mut out = Vec::new();
    for row in eval::read_jsonl(truth)? {
        let Some(file) = row.get("file").and_then(Value::as_str) else {
            continue;
        };
        let path = dir.join(file);
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        let Ok(processed) = pipeline.process(&path.display().to_string(), &bytes) else {
            continue;
        };
        let ex = pipeline.explain(&processed);
        let predicted: Vec<String> = processed.record.themes.clone();
        let line = themes::candidates_json(file, &themes::labels(&row), &predicted, &ex);
        out.push(line.to_string());
    }
    Ok(out)
}

/// Run `eval-themes`.
pub fn run_themes(args: ThemesArgs) -> anyhow::Result<i32> {
    let mut candidates = Vec::new();
    if let Some(path) = &args.candidates {
        if !args.texts {
            let dir = args
                .corpus
                .clone()
                .or_else(|| args.truth.parent().map(Path::to_path_buf))
                .unwrap_or_default();
            candidates = corpus_candidates(&args.truth, &dir, &args.pipeline)?;
        }
        if args.texts {
            evaluate_texts(&args.truth, &args.pipeline, &mut candidates)?;
        }
        std::fs::write(path, candidates.join("\n") + "\n")
            .with_context(|| format!("writing {}", path.display()))?;
        candidates.clear();
    }
    if args.texts {
        let (report, misses) = evaluate_texts(&args.truth, &args.pipeline, &mut candidates)?;
        let m = report.micro();
        let out = if args.json {
            let mut v = report.details_json();
            if let Value::Object(o) = &mut v {
                o.insert("themes_precision".into(), m.precision().into());
                o.insert("themes_recall".into(), m.recall().into());
                o.insert("themes_f1".into(), m.f1().into());
                o.insert("themes_primary".into(), report.primary().into());
                o.insert("documents".into(), report.documents.into());
            }
            serde_json::to_string_pretty(&v)? + "\n"
        } else if args.misses {
            report.summary() + "texts with different themes:\n" + &misses
        } else {
            report.summary()
        };
        emit(&out)?;
        return Ok(EXIT_OK);
    }
    let dir = args
        .corpus
        .clone()
        .or_else(|| args.truth.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let source = match &args.pred {
        Some(p) => Source::Records(p),
        None => Source::Corpus(&dir, &args.pipeline),
    };
    let ev = evaluate(&args.truth, source)?;
    let out = if args.json {
        let mut v = ev.themes.details_json();
        if let Value::Object(m) = &mut v {
            for key in [
                "themes_precision",
                "themes_recall",
                "themes_f1",
                "themes_primary",
            ] {
                m.insert(key.into(), ev.scores.get(key).unwrap_or(0.0).into());
            }
            m.insert("documents".into(), ev.documents.into());
        }
        serde_json::to_string_pretty(&v)? + "\n"
    } else if args.misses {
        ev.themes.summary() + &theme_misses(&ev)
    } else {
        ev.themes.summary()
    };
    emit(&out)?;
    Ok(EXIT_OK)
}
