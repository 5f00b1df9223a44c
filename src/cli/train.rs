//! `ratsdex train`: learn a theme classifier from labeled examples.

/// Train a theme classifier from a city's labeled documents.
#[derive(Debug, clap::Args)]
pub struct Args {}

/// Run `train`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let _ = args;
    anyhow::bail!("train is not implemented yet")
}
