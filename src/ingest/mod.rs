//! Batch ingest: walks an archive, runs the pipeline on every new or changed PDF in parallel,
//! and feeds one index writer, committing in batches.
//!
//! A file is known by its canonical path ([`crate::record::path`]): `a`, `./a` and `/abs/a`
//! are one record, whatever the working directory.

mod duplicates;

use crate::index::{BuiltWith, FileStamp, Index, IndexError, Writer, folder, panic_message};
use crate::pipeline::{PIPELINE_VERSION, Pipeline, StageTimes, process_cpu_time};
use crate::record::path::{canonical_key, to_path};
use duplicates::Duplicates;
use std::collections::HashSet;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

/// Settings of one ingest run.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// Files or folders to ingest.
    pub roots: Vec<PathBuf>,
    /// Index directory.
    pub index_dir: PathBuf,
    /// Worker threads (0 = one per core; at most [`max_jobs`]).
    pub jobs: usize,
    /// Remove records whose files are gone.
    pub prune: bool,
    /// Re-process every file even when unchanged.
    pub force: bool,
    /// Start from an empty index (also when the old one cannot be opened); the files of the
    /// old index's records that still exist are read again too.
    pub rebuild: bool,
    /// Commit after this many documents.
    pub batch: usize,
}

/// What an ingest reports while it runs (for progress display).
#[derive(Debug, Clone)]
pub enum Event {
    /// The walk is done: this many files will be read.
    Started {
        /// Files to read (new or changed).
        todo: usize,
    },
    /// The file was indexed.
    Indexed {
        /// Path.
        path: String,
        /// Pages read.
        pages: usize,
    },
    /// The file was unchanged since the last run.
    Unchanged {
        /// Path.
        path: String,
    },
    /// The file could not be indexed.
    Failed {
        /// Path.
        path: String,
        /// One-line reason.
        reason: String,
    },
}

/// The outcome of an ingest run.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Summary {
    /// Files (re-)indexed.
    pub indexed: usize,
    /// Files skipped because they did not change.
    pub unchanged: usize,
    /// Files that failed.
    pub failed: usize,
    /// Records removed because their files are gone (`--prune`).
    pub pruned: usize,
    /// Pages read.
    pub pages: usize,
    /// Pages whose text came from OCR (recognised now or read from the OCR cache).
    pub ocr_pages: usize,
    /// Pages recognised by tesseract in this run (the rest of `ocr_pages` came from the cache).
    pub ocr_recognized: usize,
    /// Scanned pages left without text (OCR off, not installed, or failed).
    pub unsearchable_pages: usize,
    /// Wall-clock seconds.
    pub elapsed_secs: f64,
    /// CPU seconds by stage.
    pub cpu_secs: CpuSeconds,
    /// `(path, reason)` of every failed file.
    pub failures: Vec<(String, String)>,
}

/// CPU seconds of an ingest run by stage; the stages summed over the files processed.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct CpuSeconds {
    /// Text layers (OCR included; tesseract's own processes not counted).
    pub pdf: f64,
    /// Metadata extraction.
    pub metadata: f64,
    /// Theme classification.
    pub classify: f64,
    /// The rest of the process: writing the index (its threads too), reading and hashing the
    /// files, the walk.
    pub index: f64,
    /// The whole process, every thread.
    pub total: f64,
}

impl CpuSeconds {
    /// The figures of `stages` summed over the files, within `total` for the process.
    fn new(stages: StageTimes, total: Duration) -> CpuSeconds {
        let secs = |d: Duration| (d.as_secs_f64() * 1000.0).round() / 1000.0;
        let rest = total.saturating_sub(stages.pdf + stages.metadata + stages.classify);
        CpuSeconds {
            pdf: secs(stages.pdf),
            metadata: secs(stages.metadata),
            classify: secs(stages.classify),
            index: secs(rest),
            total: secs(total),
        }
    }
}

/// Why ingest could not run at all.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The index could not be opened, locked or written.
    #[error(transparent)]
    Index(#[from] IndexError),
    /// File system error on the index directory.
    #[error("{0}: {1}")]
    Io(String, std::io::Error),
}

/// Most worker threads: 4 per core (more only add memory and contention).
pub fn max_jobs() -> usize {
    4 * std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The worker threads `--jobs N` gives: one per core for 0, at most [`max_jobs`].
pub fn effective_jobs(jobs: usize) -> usize {
    if jobs == 0 {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    } else {
        jobs.min(max_jobs())
    }
}

/// A candidate file found by the walk.
struct Candidate {
    /// The path as walked (under a root as given): read and shown.
    path: PathBuf,
    /// The canonical path: the record's identity.
    key: String,
    size: u64,
    mtime_ns: i64,
}

/// A file that could not be indexed.
#[derive(Debug, Clone)]
struct Failure {
    /// The path as walked (shown).
    shown: String,
    /// The canonical path (logged in `errors.jsonl`).
    key: String,
    /// One-line reason.
    reason: String,
}

impl Failure {
    fn new(path: &Path, key: String, reason: String) -> Failure {
        Failure {
            shown: path.display().to_string(),
            key,
            reason,
        }
    }
}

/// Find every `*.pdf` (any letter case) below the roots; walk errors become failures.
fn walk(roots: &[PathBuf], failures: &mut Vec<Failure>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for root in roots {
        for entry in walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
        {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let path = e.path().unwrap_or(root);
                    let reason = if e.loop_ancestor().is_some() {
                        "symlink loop".to_string()
                    } else {
                        e.io_error()
                            .map(|io| io.to_string())
                            .unwrap_or_else(|| e.to_string())
                    };
                    // not resolved: the path of a symlink loop leads elsewhere
                    let key = crate::record::path::key(
                        &std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
                    );
                    failures.push(Failure::new(path, key, reason));
                    continue;
                }
            };
            if !entry.file_type().is_file() || !is_pdf_name(entry.path()) {
                continue;
            }
            let key = canonical_key(entry.path());
            if !seen.insert(key.clone()) {
                continue; // the same file under another name (`a`, `./a`, a symlink)
            }
            match entry.metadata() {
                Ok(md) => out.push(Candidate {
                    path: entry.path().to_path_buf(),
                    key,
                    size: md.len(),
                    mtime_ns: mtime_ns(&md),
                }),
                Err(e) => failures.push(Failure::new(entry.path(), key, e.to_string())),
            }
        }
    }
    out
}

/// True for names ending in `.pdf` in any letter case.
pub(crate) fn is_pdf_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.as_encoded_bytes().eq_ignore_ascii_case(b"pdf"))
}

fn mtime_ns(md: &std::fs::Metadata) -> i64 {
    md.modified()
        .ok()
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos().min(i64::MAX as u128) as i64)
        .unwrap_or(0)
}

/// A processed file, sent from the workers to the writer.
enum Outcome {
    Done {
        record: Box<crate::record::DocumentRecord>,
        text: String,
        stamp: FileStamp,
        shown: String,
        cpu: StageTimes,
    },
    Failed(Failure),
}

/// Read and process one file, catching panics.
fn process_file(pipeline: &Pipeline, c: &Candidate) -> Outcome {
    let failed = |reason: String| Outcome::Failed(Failure::new(&c.path, c.key.clone(), reason));
    let bytes = match std::fs::read(&c.path) {
        Ok(b) => b,
        Err(e) => return failed(e.to_string()),
    };
    if bytes.is_empty() {
        return failed("empty file".into());
    }
    let result = std::panic::catch_unwind(AssertUnwindSafe(|| pipeline.process(&c.key, &bytes)));
    match result {
        Ok(Ok(p)) => {
            let text = p.layer.body_text();
            let stamp = FileStamp {
                size: bytes.len() as u64,
                mtime_ns: c.mtime_ns,
                hash: p.record.hash.clone(),
                pipeline_version: PIPELINE_VERSION,
                rules: pipeline.rules().to_string(),
            };
            Outcome::Done {
                record: Box::new(p.record),
                text,
                stamp,
                shown: c.path.display().to_string(),
                cpu: p.cpu,
            }
        }
        Ok(Err(e)) => failed(e.to_string()),
        Err(panic) => failed(format!("internal error: {}", panic_message(&*panic))),
    }
}

/// Run an ingest; `on_event` is called once the walk is done and for every file as it
/// finishes (for progress display).
pub fn run(
    opts: &IngestOptions,
    pipeline: &Pipeline,
    on_event: &mut dyn FnMut(&Event),
) -> Result<Summary, IngestError> {
    run_unnamed(opts, pipeline, on_event).map_err(|e| match e {
        IngestError::Index(e) => IngestError::Index(e.at(&opts.index_dir)),
        e => e,
    })
}

/// [`run`], with errors that may not name the index folder yet.
fn run_unnamed(
    opts: &IngestOptions,
    pipeline: &Pipeline,
    on_event: &mut dyn FnMut(&Event),
) -> Result<Summary, IngestError> {
    let started = Instant::now();
    let cpu_before = process_cpu_time();
    let recognized_before = crate::pdf::ocr::pages_recognized();
    std::fs::create_dir_all(&opts.index_dir)
        .map_err(|e| IngestError::Io(opts.index_dir.display().to_string(), e))?;
    let _lock = folder::lock(&opts.index_dir)?;
    let (mut index, carried) = Index::open_for_ingest(&opts.index_dir, opts.rebuild)?;
    index.set_built_with(BuiltWith::of(pipeline))?;
    let entries = index.entries()?;
    let mut writer = index.writer(128 << 20)?;

    let mut summary = Summary::default();
    let mut failures = Vec::new();
    let mut roots = opts.roots.clone();
    // the files of a rebuilt index's records are read again, wherever they are
    roots.extend(carried.iter().map(PathBuf::from).filter(|p| p.exists()));
    let candidates = walk(&roots, &mut failures);
    let walked: HashSet<String> = candidates.iter().map(|c| c.key.clone()).collect();
    let mut dups = Duplicates::default();
    let mut stamps = std::collections::HashMap::new();
    for e in entries {
        dups.insert(&e.path, &e.stamp.hash, e.duplicate_of);
        stamps.insert(e.path, e.stamp);
    }
    let (todo, unchanged): (Vec<Candidate>, Vec<Candidate>) = candidates
        .into_iter()
        .partition(|c| opts.force || !is_unchanged(stamps.get(&c.key), c, pipeline));
    for c in unchanged {
        summary.unchanged += 1;
        on_event(&Event::Unchanged {
            path: c.path.display().to_string(),
        });
    }
    on_event(&Event::Started { todo: todo.len() });
    for f in &failures {
        on_event(&Event::Failed {
            path: f.shown.clone(),
            reason: f.reason.clone(),
        });
    }
    let mut gone = Vec::new();
    if opts.prune {
        for path in stamps.keys() {
            // A file that failed to read is still walked (and still exists): never pruned.
            // Paths are canonical, so the working directory does not matter.
            if !walked.contains(path) && !to_path(path).exists() {
                writer.delete(path)?;
                dups.remove(path);
                gone.push(path.clone());
                summary.pruned += 1;
            }
        }
    }

    let mut sink = Sink {
        writer: &mut writer,
        dups: &mut dups,
        indexed: Vec::new(),
        failures: &mut failures,
        summary: &mut summary,
        batch: opts.batch,
        stages: StageTimes::default(),
        since_commit: 0,
        last_commit: Instant::now(),
        on_event,
    };
    process_all(&todo, pipeline, opts.jobs, &mut sink)?;
    let indexed = std::mem::take(&mut sink.indexed);
    let stages = sink.stages;
    writer.commit()?;
    correct_duplicates(&mut index, &mut writer, &dups)?;
    summary.failed = failures.len();
    summary.failures = failures
        .iter()
        .map(|f| (f.shown.clone(), f.reason.clone()))
        .collect();
    let failed: Vec<(String, String)> = failures.into_iter().map(|f| (f.key, f.reason)).collect();
    gone.extend(indexed);
    folder::log_failures(&opts.index_dir, &failed, &gone);
    summary.ocr_recognized = crate::pdf::ocr::pages_recognized() - recognized_before;
    summary.elapsed_secs = started.elapsed().as_secs_f64();
    summary.cpu_secs = CpuSeconds::new(stages, process_cpu_time().saturating_sub(cpu_before));
    Ok(summary)
}

/// Rewrite the records whose `duplicate_of` is no longer right (their original was pruned or
/// changed, or a path that sorts first joined their content).
fn correct_duplicates(
    index: &mut Index,
    writer: &mut Writer,
    dups: &Duplicates,
) -> Result<(), IndexError> {
    let corrections = dups.corrections();
    if corrections.is_empty() {
        return Ok(());
    }
    index.reload()?;
    for (path, original) in corrections {
        if let Some(mut doc) = index.by_path(&path)? {
            doc.record.duplicate_of = original;
            writer.upsert(&doc.record, &doc.text, &doc.stamp)?;
        }
    }
    writer.commit()
}

/// True when a file is as it was when indexed, by the same pipeline and rules.
fn is_unchanged(stamp: Option<&FileStamp>, c: &Candidate, pipeline: &Pipeline) -> bool {
    stamp.is_some_and(|s| {
        s.size == c.size
            && s.mtime_ns == c.mtime_ns
            && s.pipeline_version == PIPELINE_VERSION
            && s.rules == pipeline.rules()
    })
}

/// Process the files on `jobs` threads (see [`effective_jobs`]), handing each outcome to
/// `sink` on this thread; stops writing at the first index error.
fn process_all(
    todo: &[Candidate],
    pipeline: &Pipeline,
    jobs: usize,
    sink: &mut Sink<'_>,
) -> Result<(), IndexError> {
    let jobs = effective_jobs(jobs).min(todo.len().max(1));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(64 << 20)
        .build()
        .map_err(|e| IndexError::Tantivy(format!("thread pool: {e}")))?;
    let (tx, rx) = mpsc::sync_channel::<Outcome>(jobs * 2);
    let mut result = Ok(());
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.install(|| {
                use rayon::prelude::*;
                todo.par_iter().for_each_with(tx, |tx, c| {
                    let _ = tx.send(process_file(pipeline, c));
                });
            });
        });
        for outcome in rx {
            // after an error the workers are drained without writing
            if result.is_ok() {
                result = sink.take(outcome);
            }
        }
    });
    result
}

/// Where processed files go: duplicates marked, records written, commits every `batch`
/// documents or 10 seconds, progress reported.
struct Sink<'a> {
    writer: &'a mut Writer,
    /// Content and `duplicate_of` of every record.
    dups: &'a mut Duplicates,
    /// Paths indexed in this run.
    indexed: Vec<String>,
    failures: &'a mut Vec<Failure>,
    summary: &'a mut Summary,
    batch: usize,
    /// CPU time of the pipeline's stages, summed over the files.
    stages: StageTimes,
    since_commit: usize,
    last_commit: Instant,
    on_event: &'a mut dyn FnMut(&Event),
}

impl Sink<'_> {
    fn take(&mut self, outcome: Outcome) -> Result<(), IndexError> {
        let (mut record, text, stamp, shown) = match outcome {
            Outcome::Done {
                record,
                text,
                stamp,
                shown,
                cpu,
            } => {
                self.stages += cpu;
                (record, text, stamp, shown)
            }
            Outcome::Failed(f) => {
                (self.on_event)(&Event::Failed {
                    path: f.shown.clone(),
                    reason: f.reason.clone(),
                });
                self.failures.push(f);
                return Ok(());
            }
        };
        // provisional: corrected over the whole index at the end of the run
        self.dups.insert(&record.path, &stamp.hash, None);
        record.duplicate_of = self.dups.original(&record.path, &stamp.hash);
        self.dups
            .insert(&record.path, &stamp.hash, record.duplicate_of.clone());
        self.writer.upsert(&record, &text, &stamp)?;
        self.indexed.push(record.path.clone());
        self.summary.indexed += 1;
        self.summary.pages += record.pages;
        self.summary.ocr_pages += record.ocr_pages;
        self.summary.unsearchable_pages +=
            crate::pdf::ocr::unsearchable_pages(&record.meta.warnings);
        (self.on_event)(&Event::Indexed {
            path: shown,
            pages: record.pages,
        });
        self.since_commit += 1;
        if self.since_commit >= self.batch || self.last_commit.elapsed() > Duration::from_secs(10) {
            self.since_commit = 0;
            self.last_commit = Instant::now();
            self.writer.commit()?;
        }
        Ok(())
    }
}
