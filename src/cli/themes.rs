//! `ratsdex themes` and `ratsdex eval-themes`.

use super::common::{EXIT_OK, PipelineOpts};

/// List the themes of the taxonomy.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// Per-theme confusion summary against labeled documents.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {}

/// Run `themes`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let p = args.pipeline.pipeline()?;
    for t in &p.taxonomy.themes {
        println!("{:24} {}", t.id, t.label);
    }
    Ok(EXIT_OK)
}

/// Run `eval-themes`.
pub fn run_eval(args: EvalArgs) -> anyhow::Result<i32> {
    let _ = args;
    anyhow::bail!("eval-themes is not implemented yet")
}
