//! `ratsdex dev`: hidden developer tools (training dumps), not part of the user interface.

use super::common::{EXIT_OK, EXIT_PARTIAL, PipelineOpts, emit};
use std::path::PathBuf;

/// Developer tools.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: DevCommand,
}

#[derive(Debug, clap::Subcommand)]
enum DevCommand {
    /// Dump every page-1 title candidate of each PDF with its feature vector, one JSON line per
    /// file: {file, path, title, learned, features, cands: [{t, f}]} (what
    /// tools/title_learn/train.py trains on).
    TitleCandidates(TitleArgs),
}

/// Arguments of `dev title-candidates`.
#[derive(Debug, clap::Args)]
pub struct TitleArgs {
    /// The PDF files.
    files: Vec<PathBuf>,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// Run `dev`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.command {
        DevCommand::TitleCandidates(a) => title_candidates(a),
    }
}

/// One JSON line per file; a file that cannot be read or processed is reported on stderr and
/// skipped (exit code 3 then).
fn title_candidates(args: TitleArgs) -> anyhow::Result<i32> {
    let pipeline = args.pipeline.builder()?.build()?;
    let mut skipped = 0usize;
    for file in &args.files {
        let path = file.display().to_string();
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{path}: {e}");
                skipped += 1;
                continue;
            }
        };
        let processed = match pipeline.process(&path, &bytes) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("{path}: {e}");
                skipped += 1;
                continue;
            }
        };
        let (cands, names) =
            crate::extract::title_candidates(&processed.layer, pipeline.vocabulary());
        let learned = processed
            .record
            .meta
            .warnings
            .iter()
            .any(|w| crate::extract::is_learned_title_warning(w));
        let line = serde_json::json!({
            "file": file.file_name().map(|n| n.to_string_lossy().into_owned()),
            "path": path,
            "title": processed.record.meta.title,
            "learned": learned,
            "features": names,
            "cands": cands
                .iter()
                .map(|(t, f)| serde_json::json!({"t": t, "f": f}))
                .collect::<Vec<_>>(),
        });
        emit(&format!("{line}\n"))?;
    }
    std::mem::forget(pipeline);
    Ok(if skipped == 0 { EXIT_OK } else { EXIT_PARTIAL })
}
