//! Batch ingest: walks an archive, runs the pipeline on every new or changed PDF in parallel,
//! and feeds one index writer, committing in batches.
//!
//! A file is known by its canonical path ([`crate::record::path`]): `a`, `./a` and `/abs/a`
//! are one record, whatever the working directory.

mod duplicates;
mod known;

use crate::index::{BuiltWith, FileStamp, Index, IndexError, Writer, folder, panic_message};
use crate::pipeline::{PIPELINE_VERSION, Pipeline, StageTimes, process_cpu_time};
use crate::record::path::{canonical_key, to_path};
use known::Known;
use std::collections::{BTreeSet, HashSet};
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
    /// Files (re-)indexed, copies included.
    pub indexed: usize,
    /// Of those, copies of identical content: their records were copied, not extracted again.
    pub copied: usize,
    /// Files skipped because they did not change.
    pub unchanged: usize,
    /// Files that failed.
    pub failed: usize,
    /// Records removed because their files are gone (`--prune`).
    pub pruned: usize,
    /// Pages read (copies of identical content are not read).
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

/// Find every `*.pdf` (any letter case) below the roots, handing each to `found` as it is
/// walked; walk errors become failures. Holds 16 bytes per file (to see a file reached twice).
fn walk(roots: &[PathBuf], failures: &mut Vec<Failure>, found: &mut dyn FnMut(Candidate)) {
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
            if !seen.insert(known::id(&key)) {
                continue; // the same file under another name (`a`, `./a`, a symlink)
            }
            match entry.metadata() {
                Ok(md) => found(Candidate {
                    path: entry.path().to_path_buf(),
                    key,
                    size: md.len(),
                    mtime_ns: mtime_ns(&md),
                }),
                Err(e) => failures.push(Failure::new(entry.path(), key, e.to_string())),
            }
        }
    }
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
        /// Which file of the plan.
        at: usize,
        record: Box<crate::record::DocumentRecord>,
        text: String,
        stamp: FileStamp,
        cpu: StageTimes,
    },
    Failed {
        at: usize,
        reason: String,
    },
}

/// Read and process one file, catching panics.
fn process_file(pipeline: &Pipeline, at: usize, c: &Candidate) -> Outcome {
    let failed = |reason: String| Outcome::Failed { at, reason };
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
                at,
                record: Box::new(p.record),
                text,
                stamp,
                cpu: p.cpu,
            }
        }
        Ok(Err(e)) => failed(e.to_string()),
        Err(panic) => failed(format!("internal error: {}", panic_message(&*panic))),
    }
}

/// The blake3 hash (hex) of a file's content, or why it cannot be read.
fn content_hash(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    if bytes.is_empty() {
        return Err("empty file".into());
    }
    Ok(blake3::hash(&bytes).to_hex().to_string())
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

/// What becomes of the files to read, content by content: one file of each content new to the
/// index goes through the pipeline, every other file of that content gets a copy of its record,
/// and so do the files of a content the index already holds (made by the same rules).
#[derive(Default)]
struct Plan {
    /// Files to run through the pipeline (indexes into the candidates).
    process: Vec<usize>,
    /// Per processed file: the other files of its content.
    copies: std::collections::HashMap<usize, Vec<usize>>,
    /// Contents the index holds already: a stored path of it and the files to copy it to.
    from_index: Vec<(String, Vec<usize>)>,
    /// Per candidate: the original of its content (the path that sorts first).
    original: Vec<String>,
    /// Contents whose records' `duplicate_of` must be checked after the run.
    touched: BTreeSet<String>,
}

/// Group the candidates by content (`hashes`, one per candidate; `None` for files that could
/// not be read, which are left out) against what the index holds.
fn plan(
    index: &Index,
    todo: &[Candidate],
    hashes: &[Option<String>],
    usable: &dyn Fn(&FileStamp) -> bool,
    known: &Known,
) -> Result<Plan, IndexError> {
    let mut plan = Plan {
        original: todo.iter().map(|c| c.key.clone()).collect(),
        ..Plan::default()
    };
    let mut by_hash: Vec<(&str, usize)> = hashes
        .iter()
        .enumerate()
        .filter_map(|(i, h)| Some((h.as_deref()?, i)))
        .collect();
    by_hash.sort_by(|a, b| a.0.cmp(b.0).then_with(|| todo[a.1].key.cmp(&todo[b.1].key)));
    for group in by_hash.chunk_by(|a, b| a.0 == b.0) {
        let Some(&(hash, first)) = group.first() else {
            continue;
        };
        let members: Vec<usize> = group.iter().map(|&(_, i)| i).collect();
        let stored = index.entries_with_hash(hash)?;
        let original = match stored.first() {
            Some(e) if e.path < todo[first].key => e.path.clone(),
            _ => todo[first].key.clone(),
        };
        for &m in &members {
            plan.original[m] = original.clone();
        }
        // the records of this content that stay as they are must agree on the original
        let keys: HashSet<&str> = members.iter().map(|&m| todo[m].key.as_str()).collect();
        if stored.iter().any(|e| {
            !keys.contains(e.path.as_str())
                && e.duplicate_of != duplicates::duplicate_of(&e.path, &original)
        }) {
            plan.touched.insert(hash.to_string());
        }
        match stored.iter().find(|e| usable(&e.stamp)) {
            Some(e) => plan.from_index.push((e.path.clone(), members)),
            None => {
                plan.process.push(first);
                if members.len() > 1 {
                    plan.copies.insert(first, members[1..].to_vec());
                }
            }
        }
    }
    // read in the order walked (by folder and name), as before hashing
    plan.process.sort_unstable();
    // a changed file leaves the content it had
    for (c, h) in todo.iter().zip(hashes) {
        if h.is_some()
            && known.is_indexed(&c.key)
            && let Some(old) = index.by_path(&c.key)?
            && Some(&old.stamp.hash) != h.as_ref()
        {
            plan.touched.insert(old.stamp.hash);
        }
    }
    Ok(plan)
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
    let current =
        |s: &FileStamp| s.pipeline_version == PIPELINE_VERSION && s.rules == pipeline.rules();
    let known = Known::read(&index, &current)?;

    let mut summary = Summary::default();
    let mut failures = Vec::new();
    let mut roots = opts.roots.clone();
    // the files of a rebuilt index's records are read again, wherever they are
    roots.extend(carried.iter().map(PathBuf::from).filter(|p| p.exists()));
    let mut todo = Vec::new();
    let mut walked = HashSet::new();
    walk(&roots, &mut failures, &mut |c| {
        if opts.prune {
            walked.insert(known::id(&c.key));
        }
        if !opts.force && known.is_unchanged(&c.key, c.size, c.mtime_ns) {
            summary.unchanged += 1;
            on_event(&Event::Unchanged {
                path: c.path.display().to_string(),
            });
        } else {
            todo.push(c);
        }
    });
    on_event(&Event::Started { todo: todo.len() });
    for f in &failures {
        on_event(&Event::Failed {
            path: f.shown.clone(),
            reason: f.reason.clone(),
        });
    }
    // Paths are canonical, so the working directory does not matter; a file that failed to
    // read is still walked (and still exists): never pruned.
    let mut gone = Vec::new();
    if opts.prune {
        index.each_entry(&mut |e| {
            if !walked.contains(&known::id(&e.path)) && !to_path(&e.path).exists() {
                gone.push((e.path, e.stamp.hash));
            }
            Ok(())
        })?;
    }
    drop(walked);
    if todo.is_empty() && gone.is_empty() {
        summary.cpu_secs = CpuSeconds::new(
            StageTimes::default(),
            process_cpu_time().saturating_sub(cpu_before),
        );
        return Ok(finish(
            opts,
            summary,
            failures,
            Vec::new(),
            started,
            recognized_before,
        ));
    }

    let jobs = effective_jobs(opts.jobs).min(todo.len().max(1));
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .stack_size(64 << 20)
        .build()
        .map_err(|e| IndexError::Tantivy(format!("thread pool: {e}")))?;
    // identical content is found before the pipeline: hash every file to read first
    let hashes: Vec<Result<String, String>> = pool.install(|| {
        use rayon::prelude::*;
        todo.par_iter().map(|c| content_hash(&c.path)).collect()
    });
    let mut unreadable = Vec::new();
    let hashes: Vec<Option<String>> = hashes
        .into_iter()
        .enumerate()
        .map(|(i, h)| h.map_err(|reason| unreadable.push((i, reason))).ok())
        .collect();
    let usable = |s: &FileStamp| !opts.force && current(s);
    let mut plan = plan(&index, &todo, &hashes, &usable, &known)?;
    drop(known);
    drop(hashes);

    let mut writer = index.writer(128 << 20)?;
    for (path, hash) in &gone {
        writer.delete(path)?;
        plan.touched.insert(hash.clone());
        summary.pruned += 1;
    }
    let mut sink = Sink {
        writer: &mut writer,
        todo: &todo,
        plan: &plan,
        rules: pipeline.rules(),
        indexed: Vec::new(),
        failures: &mut failures,
        summary: &mut summary,
        batch: opts.batch,
        stages: StageTimes::default(),
        since_commit: 0,
        last_commit: Instant::now(),
        on_event,
    };
    for (at, reason) in unreadable {
        sink.fail(at, reason);
    }
    for (stored, members) in &plan.from_index {
        match index.by_path(stored)? {
            Some(doc) => sink.copies(&doc.record, &doc.text, members)?,
            None => {
                for &m in members {
                    sink.fail(m, "the record of its identical content vanished".into());
                }
            }
        }
    }
    process_all(&pool, &plan.process, &todo, pipeline, &mut sink)?;
    let mut indexed = std::mem::take(&mut sink.indexed);
    let stages = sink.stages;
    writer.commit()?;
    settle_duplicates(&mut index, &mut writer, &plan.touched)?;
    indexed.extend(gone.into_iter().map(|(path, _)| path));
    summary.cpu_secs = CpuSeconds::new(stages, process_cpu_time().saturating_sub(cpu_before));
    Ok(finish(
        opts,
        summary,
        failures,
        indexed,
        started,
        recognized_before,
    ))
}

/// The summary of a run, with the failure log updated (`cleared`: the paths indexed or pruned).
fn finish(
    opts: &IngestOptions,
    mut summary: Summary,
    failures: Vec<Failure>,
    cleared: Vec<String>,
    started: Instant,
    recognized_before: usize,
) -> Summary {
    summary.failed = failures.len();
    summary.failures = failures
        .iter()
        .map(|f| (f.shown.clone(), f.reason.clone()))
        .collect();
    let failed: Vec<(String, String)> = failures.into_iter().map(|f| (f.key, f.reason)).collect();
    folder::log_failures(&opts.index_dir, &failed, &cleared);
    summary.ocr_recognized = crate::pdf::ocr::pages_recognized() - recognized_before;
    summary.elapsed_secs = started.elapsed().as_secs_f64();
    summary
}

/// Rewrite the records of the touched contents whose `duplicate_of` is no longer right (their
/// original was pruned or changed, or a path that sorts first joined their content).
fn settle_duplicates(
    index: &mut Index,
    writer: &mut Writer,
    touched: &BTreeSet<String>,
) -> Result<(), IndexError> {
    if touched.is_empty() {
        return Ok(());
    }
    index.reload()?;
    let mut rewritten = 0;
    for hash in touched {
        let stored = index
            .entries_with_hash(hash)?
            .into_iter()
            .map(|e| (e.path, e.duplicate_of))
            .collect();
        for (path, original) in duplicates::corrections(stored) {
            if let Some(mut doc) = index.by_path(&path)? {
                doc.record.duplicate_of = original;
                writer.upsert(&doc.record, &doc.text, &doc.stamp)?;
                rewritten += 1;
            }
        }
    }
    if rewritten > 0 {
        writer.commit()?;
    }
    Ok(())
}

/// Process the files `process` (indexes into `todo`) on the pool's threads, handing each
/// outcome to `sink` on this thread; stops writing at the first index error.
fn process_all(
    pool: &rayon::ThreadPool,
    process: &[usize],
    todo: &[Candidate],
    pipeline: &Pipeline,
    sink: &mut Sink<'_>,
) -> Result<(), IndexError> {
    let (tx, rx) = mpsc::sync_channel::<Outcome>(pool.current_num_threads() * 2);
    let mut result = Ok(());
    std::thread::scope(|scope| {
        scope.spawn(move || {
            pool.install(|| {
                use rayon::prelude::*;
                process.par_iter().for_each_with(tx, |tx, &at| {
                    if let Some(c) = todo.get(at) {
                        let _ = tx.send(process_file(pipeline, at, c));
                    }
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

/// Copies of identical content written in the time of one read document: a commit comes
/// every `batch` documents, or `batch` times this many copies.
const COPIES_PER_DOCUMENT: usize = 10;

/// Where processed files go: records written (and copied to the other files of their content),
/// commits every `batch` documents or 10 seconds, progress reported.
struct Sink<'a> {
    writer: &'a mut Writer,
    todo: &'a [Candidate],
    plan: &'a Plan,
    /// The rules fingerprint of the run (carried by copied records too).
    rules: &'a str,
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
        match outcome {
            Outcome::Done {
                at,
                mut record,
                text,
                stamp,
                cpu,
            } => {
                self.stages += cpu;
                record.duplicate_of = self.duplicate_of(at);
                self.write(at, &record, &text, &stamp, false)?;
                if let Some(copies) = self.plan.copies.get(&at) {
                    self.copies(&record, &text, copies)?;
                }
            }
            Outcome::Failed { at, reason } => {
                self.fail(at, reason.clone());
                for &m in self.plan.copies.get(&at).map_or(&[][..], Vec::as_slice) {
                    self.fail(m, reason.clone());
                }
            }
        }
        Ok(())
    }

    /// The `duplicate_of` of the file `at` of the plan.
    fn duplicate_of(&self, at: usize) -> Option<String> {
        let (Some(c), Some(original)) = (self.todo.get(at), self.plan.original.get(at)) else {
            return None;
        };
        duplicates::duplicate_of(&c.key, original)
    }

    /// Write a copy of `record` (with its text) for each of the files `members` of its content.
    fn copies(
        &mut self,
        record: &crate::record::DocumentRecord,
        text: &str,
        members: &[usize],
    ) -> Result<(), IndexError> {
        for &m in members {
            let Some(c) = self.todo.get(m) else { continue };
            let mut copy = record.clone();
            copy.path = c.key.clone();
            copy.duplicate_of = self.duplicate_of(m);
            let stamp = FileStamp {
                size: c.size,
                mtime_ns: c.mtime_ns,
                hash: record.hash.clone(),
                pipeline_version: PIPELINE_VERSION,
                rules: self.rules.to_string(),
            };
            self.write(m, &copy, text, &stamp, true)?;
        }
        Ok(())
    }

    fn write(
        &mut self,
        at: usize,
        record: &crate::record::DocumentRecord,
        text: &str,
        stamp: &FileStamp,
        copied: bool,
    ) -> Result<(), IndexError> {
        self.writer.upsert(record, text, stamp)?;
        self.indexed.push(record.path.clone());
        self.summary.indexed += 1;
        if copied {
            self.summary.copied += 1;
        } else {
            self.summary.pages += record.pages;
            self.summary.ocr_pages += record.ocr_pages;
            self.summary.unsearchable_pages +=
                crate::pdf::ocr::unsearchable_pages(&record.meta.warnings);
        }
        let shown = self
            .todo
            .get(at)
            .map_or_else(|| record.path.clone(), |c| c.path.display().to_string());
        (self.on_event)(&Event::Indexed {
            path: shown,
            pages: record.pages,
        });
        // a copy costs a tenth of a read document (and few segments mean few merges)
        self.since_commit += if copied { 1 } else { COPIES_PER_DOCUMENT };
        if self.since_commit >= self.batch * COPIES_PER_DOCUMENT
            || self.last_commit.elapsed() > Duration::from_secs(10)
        {
            self.since_commit = 0;
            self.last_commit = Instant::now();
            self.writer.commit()?;
        }
        Ok(())
    }

    /// The file `at` of the plan failed.
    fn fail(&mut self, at: usize, reason: String) {
        let Some(c) = self.todo.get(at) else { return };
        let f = Failure::new(&c.path, c.key.clone(), reason);
        (self.on_event)(&Event::Failed {
            path: f.shown.clone(),
            reason: f.reason.clone(),
        });
        self.failures.push(f);
    }
}
