//! `ratsdex report`: a self-contained HTML report with charts.

use super::common::IndexOpt;

/// Write a self-contained HTML report (charts and a document table).
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    index: IndexOpt,
}

/// Run `report`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let _ = args;
    anyhow::bail!("report is not implemented yet")
}
