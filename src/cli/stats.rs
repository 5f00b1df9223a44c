//! `ratsdex stats`: counts and cross-tables over the index.

use super::common::IndexOpt;

/// Count documents per theme, committee, Klimacheck, type, department or period.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    index: IndexOpt,
}

/// Run `stats`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let _ = args;
    anyhow::bail!("stats is not implemented yet")
}
