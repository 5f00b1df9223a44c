//! `ratsdex export`: every indexed record as JSON Lines, JSON or CSV.

use super::common::{EXIT_OK, IndexOpt};
use crate::export::{self, Format};
use crate::index::{Filters, Index};
use anyhow::Context;
use std::path::PathBuf;

/// Write every indexed record in a machine-readable format.
///
/// Example: ratsdex export --format csv --output vorlagen.csv
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    #[command(flatten)]
    index: IndexOpt,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: Format,
    /// Write to FILE instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Run `export`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let index = Index::open(&args.index.index)?;
    let docs = index.documents("", &Filters::default())?;
    match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            let mut out = std::io::BufWriter::new(file);
            export::write(&docs, args.format, &mut out)?;
        }
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            export::write(&docs, args.format, &mut out)?;
        }
    }
    Ok(EXIT_OK)
}
