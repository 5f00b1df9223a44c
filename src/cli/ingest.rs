//! `ratsdex ingest`: index an archive of PDFs.

use super::common::{
    EXIT_FATAL, EXIT_OK, EXIT_PARTIAL, IndexOpt, PipelineOpts, emit, stderr_progress, usage,
};
use crate::ingest::{self, Event, IngestOptions};
use indicatif::{ProgressBar, ProgressStyle};
use std::path::PathBuf;

/// Index every PDF (`*.pdf` in any letter case) below the given files and folders.
///
/// A file is known by its canonical path (absolute, symlinks resolved), so `dir`, `./dir` and
/// `/abs/dir` index the same records. Unchanged files are skipped; every failed file is
/// reported as `path: reason` and kept in DIR/errors.jsonl, and the batch goes on.
/// An index that cannot be opened (damaged files) is rebuilt with --rebuild.
///
/// Exit codes: 0 all indexed, 3 finished but some files failed, 1 fatal or no PDF found,
/// 2 bad arguments (a PATH that does not exist).
///
/// Examples:
///   ratsdex ingest                        # corpus/ into index/
///   ratsdex ingest /data/ris --index /var/lib/ratsdex --jobs 4
///   ratsdex ingest /data/ris --index /var/lib/ratsdex --rebuild   # start from an empty index
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Index every PDF below the given folders and files"
)]
pub struct Args {
    /// Files or folders to ingest.
    #[arg(value_name = "PATH", default_value = "corpus")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    index: IndexOpt,
    /// Worker threads (default: one per core; at most 4 per core).
    #[arg(long, short, value_name = "N", default_value_t = 0)]
    jobs: usize,
    /// Remove records whose files no longer exist.
    #[arg(long)]
    prune: bool,
    /// Re-process every file, changed or not.
    #[arg(long)]
    force: bool,
    /// Delete the index and build it anew (also one that cannot be opened); the files of its
    /// records that still exist are read again, with the given paths.
    #[arg(long)]
    rebuild: bool,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    pipeline: PipelineOpts,
}

/// Run `ingest`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    // What was typed is checked before anything is created.
    args.index.check_not_a_file()?;
    for p in &args.paths {
        if !p.exists() {
            return Err(usage(format!(
                "\"{}\" does not exist: give the folders or PDF files to index",
                p.display()
            )));
        }
    }
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
        rebuild: args.rebuild,
        batch: 200,
    };
    if args.jobs > ingest::max_jobs() {
        eprintln!(
            "ratsdex: note: --jobs {} is more than 4 per core; using {}",
            args.jobs,
            ingest::max_jobs()
        );
    }
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
    // written with `emit`: `ratsdex ingest | head` closing the pipe is no error
    let mut out = String::new();
    if args.json {
        out = serde_json::to_string_pretty(&summary)?;
        out.push('\n');
    } else {
        use std::fmt::Write;
        let copied = if summary.copied > 0 {
            format!(
                " ({} copies of identical content, not read)",
                summary.copied
            )
        } else {
            String::new()
        };
        writeln!(
            out,
            "indexed {}{copied}, unchanged {}, failed {}, pruned {}, pages {}, elapsed {:.1}s",
            summary.indexed,
            summary.unchanged,
            summary.failed,
            summary.pruned,
            summary.pages,
            summary.elapsed_secs
        )?;
        if summary.ocr_pages > 0 {
            writeln!(
                out,
                "OCR: {} pages ({} recognised, {} from the cache)",
                summary.ocr_pages,
                summary.ocr_recognized,
                summary.ocr_pages.saturating_sub(summary.ocr_recognized)
            )?;
        }
        if summary.unsearchable_pages > 0 {
            writeln!(
                out,
                "{} scanned pages not searchable — {}",
                summary.unsearchable_pages,
                pipeline.ocr().unsearchable_hint()
            )?;
        }
        for (path, reason) in &summary.failures {
            writeln!(out, "{path}: {reason}")?;
        }
    }
    emit(&out)?;
    if summary.indexed + summary.unchanged + summary.failed == 0 {
        let roots: Vec<String> = args
            .paths
            .iter()
            .map(|p| format!("\"{}\"", p.display()))
            .collect();
        eprintln!(
            "ratsdex: no PDF files found under {} (files ending in .pdf, any letter case)",
            roots.join(", ")
        );
        return Ok(EXIT_FATAL);
    }
    Ok(if summary.failed > 0 {
        EXIT_PARTIAL
    } else {
        EXIT_OK
    })
}
