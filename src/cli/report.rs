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
    let index = match &args.records {
        // Theme labels from the index when there is one.
        Some(_) => Index::open(&args.index.index).ok(),
        None => Some(args.index.open()?),
    };
    let themes = match &index {
        Some(index) => index.themes()?,
        None => Taxonomy::embedded().themes,
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
    // each content once (copies of identical content count under their original)
    let written = match (&args.records, &index) {
        (Some(path), _) => {
            report::write_file(&args.filter.load_records(path)?, &opts, &args.output)
        }
        (None, index) => {
            let index = index.as_ref().context("no index")?;
            report::write_file(&args.filter.stream_distinct(index)?, &opts, &args.output)
        }
    };
    let documents = written.with_context(|| format!("writing {}", args.output.display()))?;
    eprintln!("report: {documents} documents → {}", args.output.display());
    Ok(EXIT_OK)
}
