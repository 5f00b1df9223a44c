//! `ratsdex stats`: counts and cross-tables over the index.

use super::common::{EXIT_OK, FilterOpts, IndexOpt, choices};
use crate::export::stats::{self, Dimension};
use std::path::PathBuf;

/// Count documents per theme, committee, Klimacheck, type, department or period; two `--by`
/// give a cross-table.
///
/// Examples:
///   ratsdex stats --by theme
///   ratsdex stats --by theme --by quarter
///   ratsdex stats --by klimacheck --by theme --csv > klima.csv
///   ratsdex stats --by committee --from 2024-01-01 --json
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Count papers per theme, committee, Klimacheck, type, department, period"
)]
pub struct Args {
    #[command(flatten)]
    index: IndexOpt,
    #[command(flatten)]
    filter: FilterOpts,
    /// Read records from this JSON Lines file (`export --format jsonl`) instead of the index.
    #[arg(long, value_name = "FILE")]
    records: Option<PathBuf>,
    /// What to count by (repeat for a cross-table).
    #[arg(
        long,
        default_value = "theme",
        value_parser = choices(Dimension::ALL.map(|d| (d.as_str(), d.help())), Dimension::parse)
    )]
    by: Vec<Dimension>,
    /// Print JSON: {"by", "documents", "rows": [{<dim>: value, "count"}]}.
    #[arg(long, conflicts_with = "csv")]
    json: bool,
    /// Print CSV: one column per dimension, then count.
    #[arg(long)]
    csv: bool,
}

/// Run `stats`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let mut counter = stats::Counter::new(&args.by);
    match &args.records {
        Some(path) => {
            for doc in args.filter.load_records(path)? {
                counter.add(&doc.record);
            }
        }
        // each content once (copies of identical content count under their original)
        None => {
            for doc in args.filter.stream_distinct(&args.index.open()?)?.iter() {
                counter.add(&doc?.record);
            }
        }
    }
    let table = counter.table();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&table.to_json())?);
    } else if args.csv {
        print!("{}", table.to_csv()?);
    } else {
        print!("{}", table.to_text());
    }
    Ok(EXIT_OK)
}
