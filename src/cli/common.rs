//! Options and helpers shared by several subcommands.

use crate::classify::{Model, Taxonomy};
use crate::extract::Vocabulary;
use crate::pipeline::Pipeline;
use anyhow::Context;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Everything worked.
pub const EXIT_OK: i32 = 0;
/// A fatal error: nothing (more) could be done.
pub const EXIT_FATAL: i32 = 1;
/// Bad arguments (as clap reports them).
pub const EXIT_USAGE: i32 = 2;
/// The command finished, but some files failed.
pub const EXIT_PARTIAL: i32 = 3;

/// Where the index lives.
#[derive(Debug, Clone, clap::Args)]
pub struct IndexOpt {
    /// Index directory.
    #[arg(long, value_name = "DIR", default_value = "index")]
    pub index: PathBuf,
}

/// Options that configure the extraction pipeline.
#[derive(Debug, Clone, clap::Args)]
pub struct PipelineOpts {
    /// Theme taxonomy (TOML) replacing the built-in one.
    #[arg(long, value_name = "FILE")]
    pub themes: Option<PathBuf>,
    /// Trained theme model (JSON from `ratsdex train`), blended with the rules.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Extra label vocabulary (TOML) extending the built-in one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Time budget per document in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub timeout: u64,
}

impl PipelineOpts {
    /// Build the pipeline these options describe.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        let mut p = Pipeline {
            budget: std::time::Duration::from_secs(self.timeout.max(1)),
            ..Pipeline::default()
        };
        if let Some(path) = &self.themes {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            p.taxonomy =
                Taxonomy::from_toml(&text).with_context(|| format!("in {}", path.display()))?;
        }
        if let Some(path) = &self.model {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            p.model = Some(
                Model::from_json(&text, &p.taxonomy)
                    .with_context(|| format!("in {}", path.display()))?,
            );
        }
        if let Some(path) = &self.config {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading {}", path.display()))?;
            p.vocab = Vocabulary::embedded()
                .extended_with(&text)
                .with_context(|| format!("in {}", path.display()))?;
        }
        Ok(p)
    }
}

/// True when stdout is a terminal and `NO_COLOR` is not set.
pub fn stdout_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// True when progress bars may be drawn (stderr is a terminal).
pub fn stderr_progress() -> bool {
    std::io::stderr().is_terminal()
}
