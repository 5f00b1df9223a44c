//! `ratsdex ingest`: index an archive of PDFs.

use super::common::{EXIT_OK, EXIT_PARTIAL, IndexOpt, PipelineOpts, stderr_progress};
use crate::ingest::{self, Event, IngestOptions};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;

/// Index every PDF (`*.pdf` in any letter case) below the given files and folders.
///
/// Unchanged files are skipped; every failed file is reported as `path: reason` and logged in
/// DIR/errors.jsonl, and the batch goes on.
///
/// Exit codes: 0 all indexed, 3 finished but some files failed, 1 fatal, 2 bad arguments.
///
/// Examples:
///   ratsdex ingest                        # corpus/ into index/
///   ratsdex ingest /data/ris --index /var/lib/ratsdex --jobs 4
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Files or folders to ingest.
    #[arg(value_name = "PATH", default_value = "corpus")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    index: IndexOpt,
    /// Worker threads (default: one per core).
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// Remove records whose files no longer exist.
    #[arg(long)]
    prune: bool,
    /// Re-process every file, changed or not.
    #[arg(long)]
    force: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// Run `ingest`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let pipeline = args
        .pipeline
        .builder()?
        .ocr_cache(&crate::index::folder::ocr_cache(&args.index.index))
        .build()?;
    let opts = IngestOptions {
        roots: args.paths.clone(),
        index_dir: args.index.index.clone(),
        jobs: args.jobs,
        prune: args.prune,
        force: args.force,
        batch: 200,
    };
    let bar = if stderr_progress() {
        ProgressBar::new(0)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta} {wide_msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let summary = ingest::run(&opts, &pipeline, &mut |e| match e {
        Event::Started { todo } => bar.set_length(*todo as u64),
        Event::Indexed { path, .. } => {
            bar.inc(1);
            bar.set_message(path.clone());
        }
        Event::Failed { path, reason } => {
            bar.inc(1);
            bar.println(format!("{path}: {reason}"));
        }
        Event::Unchanged { .. } => {}
    })?;
    bar.finish_and_clear();
    if args.json {
        println!("{}", serde_json::to_string_pretty(&summary)?);
    } else {
        println!(
            "indexed {}, unchanged {}, failed {}, pruned {}, pages {}, elapsed {:.1}s",
            summary.indexed,
            summary.unchanged,
            summary.failed,
            summary.pruned,
            summary.pages,
            summary.elapsed_secs
        );
        if summary.ocr_pages > 0 {
            println!(
                "OCR: {} pages ({} recognised, {} from the cache)",
                summary.ocr_pages,
                summary.ocr_recognized,
                summary.ocr_pages.saturating_sub(summary.ocr_recognized)
            );
        }
        if summary.unsearchable_pages > 0 {
            println!(
                "{} scanned pages not searchable — {}",
                summary.unsearchable_pages,
                pipeline.ocr().unsearchable_hint()
            );
        }
        for (path, reason) in &summary.failures {
            println!("{path}: {reason}");
        }
    }
    Ok(if summary.failed > 0 {
        EXIT_PARTIAL
    } else {
        EXIT_OK
    })
}
