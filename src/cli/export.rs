//! `ratsdex export`: indexed records as JSON Lines, JSON, CSV, SQLite, OParl or an
//! Elasticsearch bulk body, filtered like `search`.

use super::common::{EXIT_OK, FilterOpts, IndexOpt, choices, progress_bar};
use crate::export::{self, Format, Options, Ticking};
use std::io::Write;
use std::path::PathBuf;

/// Write indexed records in a machine-readable format (all, or those matching the filters).
///
/// Examples:
///   ratsdex export --format csv --output vorlagen.csv
///   ratsdex export --format csv --excel --theme klima_umwelt -o klima.csv
///   ratsdex export --format sqlite --output ratsdex.sqlite
///   ratsdex export --format oparl --committee Umwelt --from 2024-01-01 -o papers.json
///   ratsdex export --format es-bulk > bulk.ndjson     (mapping: --es-mapping)
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Write records as JSON Lines, JSON, CSV, SQLite, OParl or ES bulk"
)]
pub struct Args {
    #[command(flatten)]
    index: IndexOpt,
    #[command(flatten)]
    filter: FilterOpts,
    /// Output format.
    #[arg(
        long,
        default_value = "jsonl",
        value_parser = choices(Format::ALL.map(|(_, name, help)| (name, help)), Format::parse)
    )]
    format: Format,
    /// Write to FILE instead of standard output (required for sqlite).
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// CSV for German Excel: UTF-8 BOM, `;` separators, decimal commas.
    #[arg(long)]
    excel: bool,
    /// Link PDFs as URL/PATH instead of file:// (OParl accessUrl).
    #[arg(long, value_name = "URL")]
    link_base: Option<String>,
    /// Base URL of the OParl object ids.
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://ratsdex.invalid/oparl/v1"
    )]
    oparl_base: String,
    /// Index name in the es-bulk action lines.
    #[arg(long, value_name = "NAME", default_value = "ratsdex")]
    es_index: String,
    /// Print the Elasticsearch/OpenSearch index mapping (German analyzer) and exit.
    #[arg(long)]
    es_mapping: bool,
}

/// Run `export`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    if args.es_mapping {
        print!("{}", export::es_bulk::MAPPING);
        return Ok(EXIT_OK);
    }
    if args.format == Format::Sqlite && args.output.is_none() {
        return Err(super::common::usage("--format sqlite needs --output FILE"));
    }
    if let Some(path) = &args.output {
        super::common::check_output(path)?;
    }
    let stream = args.filter.stream(&args.index.open()?)?;
    let bar = progress_bar(stream.len() as u64);
    let tick = || bar.inc(1);
    let docs = Ticking {
        docs: &stream,
        tick: &tick,
    };
    let opts = Options {
        excel: args.excel,
        oparl_base: args.oparl_base.clone(),
        link_base: args.link_base.clone(),
        es_index: args.es_index.clone(),
    };
    match &args.output {
        Some(path) => export::write_file(&docs, args.format, &opts, path)?,
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let result = export::write_with(&docs, args.format, &opts, &mut out)
                .and_then(|()| out.flush().map_err(export::ExportError::from));
            match result {
                // The reader went away (`| head`): not an error of ours.
                Err(e) if e.is_broken_pipe() => {}
                other => other?,
            }
        }
    }
    bar.finish_and_clear();
    Ok(EXIT_OK)
}
