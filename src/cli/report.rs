//! `ratsdex report`: a self-contained HTML report with charts.

use super::common::{EXIT_OK, FilterOpts, IndexOpt};
use crate::classify::Taxonomy;
use crate::export::report::{self, ReportOptions};
use crate::index::Index;
use anyhow::Context;
use std::path::PathBuf;

/// Write a self-contained HTML report (charts and a sortable document table) that works offline.
///
/// Examples:
///   ratsdex report --output report.html
///   ratsdex report --theme klima_umwelt --from 2024-01-01 -o klima.html
///   ratsdex report -o report.html --link-base https://ris.example.de/pdf
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Write an HTML report (charts, sortable table) that works offline"
)]
pub struct Args {
    #[command(flatten)]
    index: IndexOpt,
    #[command(flatten)]
    filter: FilterOpts,
    /// Read records from this JSON Lines file (`export --format jsonl`) instead of the index.
    #[arg(long, value_name = "FILE")]
    records: Option<PathBuf>,
    /// The HTML file to write.
    #[arg(long, short, value_name = "FILE", default_value = "report.html")]
    output: PathBuf,
    /// Page heading.
    #[arg(long, default_value = "Ratsdokumente – Übersicht")]
    title: String,
    /// Link PDFs as URL/PATH instead of file://.
    #[arg(long, value_name = "URL")]
    link_base: Option<String>,
}

/// Run `report`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    super::common::check_output(&args.output)?;
    // Theme labels from the index (with --records: from the index when there is one).
    let (docs, themes) = match &args.records {
        Some(path) => {
            let themes = match Index::open(&args.index.index) {
                Ok(index) => index.themes()?,
                Err(_) => Taxonomy::embedded().themes,
            };
            (args.filter.load_records(path)?, themes)
        }
        None => {
            let index = args.index.open()?;
            (args.filter.load(&index)?, index.themes()?)
        }
    };
    let theme_labels = themes.into_iter().map(|t| (t.id, t.label)).collect();
    let opts = ReportOptions {
        title: args.title.clone(),
        filters: args.filter.describe(),
        generated: jiff::Timestamp::now()
            .strftime("%Y-%m-%d %H:%M UTC")
            .to_string(),
        theme_labels,
        link_base: args.link_base.clone(),
    };
    let html = report::render(&docs, &opts);
    std::fs::write(&args.output, html)
        .with_context(|| format!("writing {}", args.output.display()))?;
    eprintln!(
        "report: {} documents → {}",
        docs.len(),
        args.output.display()
    );
    Ok(EXIT_OK)
}
