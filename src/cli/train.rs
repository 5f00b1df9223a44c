//! `ratsdex train`: learn a theme classifier from labeled examples, or cross-validate one.

use super::common::{EXIT_OK, PipelineOpts};
use super::themes::{Labeled, read_labels};
use crate::classify::model::{Model, TrainOptions, document_text};
use crate::classify::{Context, Taxonomy, explain};
use crate::eval::themes::Report;
use crate::pdf::TextLayer;
use anyhow::Context as _;
use std::path::PathBuf;

/// Train a theme classifier (tf-idf + logistic regression per theme) from a city's labeled
/// documents; `ingest --model FILE` / `extract --model FILE` then blend it with the rules.
///
/// Examples:
///   ratsdex train --labels corpus/truth.jsonl --output model.json
///   ratsdex train --labels labels.jsonl --corpus /data/ris --output model.json --blend 1
///   ratsdex train --labels corpus/truth.jsonl --cv 5     # cross-validated P/R/F1 per theme
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Train a theme model from labelled papers (blended with the rules)"
)]
pub struct Args {
    /// JSONL with `file` (or `path`) and `themes` per labeled document.
    #[arg(long, value_name = "FILE")]
    labels: PathBuf,
    /// Folder holding the files (default: the label file's folder).
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,
    /// Where to write the model (JSON).
    #[arg(long, short, value_name = "FILE", required_unless_present = "cv")]
    output: Option<PathBuf>,
    /// Instead of writing a model, report K-fold cross-validated figures.
    #[arg(long, value_name = "K")]
    cv: Option<usize>,
    /// Weight of the model against the rules when applied (1 = model alone, 0 = rules alone).
    #[arg(long, value_name = "W", default_value_t = 0.3)]
    blend: f64,
    /// Gradient-descent epochs.
    #[arg(long, default_value_t = 300)]
    epochs: usize,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// A labeled document read through the pipeline.
struct Example {
    text: String,
    layer: TextLayer,
    record: crate::record::DocumentRecord,
    themes: Vec<String>,
}

fn load(args: &Args, labels: &[Labeled]) -> anyhow::Result<Vec<Example>> {
    let pipeline = args.pipeline.pipeline()?;
    let mut out = Vec::new();
    for l in labels {
        let bytes = match std::fs::read(&l.path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{}: {e} (skipped)", l.path.display());
                continue;
            }
        };
        let processed = match pipeline.process(&l.path.display().to_string(), &bytes) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{}: {e} (skipped)", l.path.display());
                continue;
            }
        };
        let ctx = Context::from_record(&processed.record);
        let text = document_text(pipeline.taxonomy(), &processed.layer, &ctx);
        out.push(Example {
            text,
            layer: processed.layer,
            record: processed.record,
            themes: l.themes.clone(),
        });
    }
    Ok(out)
}

/// Run `train`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let labels = read_labels(&args.labels, args.corpus.as_deref())?;
    let taxonomy = args.pipeline.pipeline()?.taxonomy().clone();
    if let Some(l) = labels
        .iter()
        .flat_map(|l| &l.themes)
        .find(|t| taxonomy.index_of(t).is_none())
    {
        anyhow::bail!("label {l:?} is not a theme of the taxonomy");
    }
    let examples = load(&args, &labels)?;
    if examples.len() < 2 {
        anyhow::bail!(
            "need at least 2 readable labeled documents, found {}",
            examples.len()
        );
    }
    let opts = TrainOptions {
        epochs: args.epochs,
        blend: args.blend,
        ..TrainOptions::default()
    };
    if let Some(k) = args.cv {
        cross_validate(&taxonomy, &examples, k.clamp(2, examples.len()), &opts);
        return Ok(EXIT_OK);
    }
    let docs: Vec<(String, Vec<String>)> = examples
        .iter()
        .map(|e| (e.text.clone(), e.themes.clone()))
        .collect();
    let model = Model::train(&taxonomy, &docs, &opts);
    let Some(output) = &args.output else {
        anyhow::bail!("--output FILE is required");
    };
    let json = serde_json::to_string(&model)?;
    std::fs::write(output, json).with_context(|| format!("writing {}", output.display()))?;
    eprintln!(
        "trained on {} documents, {} features, {} themes → {}",
        examples.len(),
        model.idf.len(),
        model.themes.len(),
        output.display()
    );
    Ok(EXIT_OK)
}

/// K-fold cross-validation (fold = position mod K): the model alone, and blended with the rules.
fn cross_validate(tax: &Taxonomy, examples: &[Example], k: usize, opts: &TrainOptions) {
    let mut alone = Report::default();
    let mut blended = Report::default();
    let mut rules_only = Report::default();
    for fold in 0..k {
        let train: Vec<(String, Vec<String>)> = examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, e)| (e.text.clone(), e.themes.clone()))
            .collect();
        let model = Model::train(tax, &train, opts);
        for e in examples
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k == fold)
            .map(|(_, e)| e)
        {
            let ids = |v: Vec<crate::classify::ThemeScore>| -> Vec<String> {
                v.into_iter().map(|t| t.id).collect()
            };
            alone.add(&ids(model.predict(&e.text)), &e.themes);
            let ctx = Context::from_record(&e.record);
            let (rules, ex) = explain(tax, &e.layer, &ctx);
            rules_only.add(&ids(rules), &e.themes);
            let mut m = model.clone();
            m.blend = opts.blend;
            blended.add(&ids(m.blend(tax, &ex, &e.text)), &e.themes);
        }
    }
    println!("{k}-fold cross-validation on {} documents", examples.len());
    println!("\n== model alone");
    print!("{}", alone.summary());
    println!("\n== model blended with the rules (blend {})", opts.blend);
    print!("{}", blended.summary());
    println!("\n== rules alone (no training)");
    print!("{}", rules_only.summary());
}
