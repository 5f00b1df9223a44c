//! Index stage: the tantivy schema, the writer used by `ingest`, and search.
//!
//! Each indexed document stores its [`DocumentRecord`] (as JSON), its text, and the file stamp
//! that incremental ingest compares against (so the stamps commit atomically with the index).
//! The index folder also holds a manifest saying how the index was built — with which taxonomy
//! and vocabulary — which every reader uses ([`folder`]).

pub(crate) mod analysis;
pub(crate) mod decompound;
pub(crate) mod directory;
pub(crate) mod facets;
pub(crate) mod filters;
pub(crate) mod folder;
pub(crate) mod query;
pub(crate) mod schema;
pub(crate) mod snippet;
pub(crate) mod store;
pub(crate) mod synonyms;
pub(crate) mod themes;

pub use crate::record::Filters;
pub use folder::{BuiltWith, Manifest};

use crate::classify::{Taxonomy, TaxonomyError, ThemeInfo};
use crate::hash::{HashMap, HashSet};
use crate::record::{DocumentRecord, drucksache};
use decompound::Decompounder;
use directory::Postings;
use schema::Fields;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocSet, IndexReader, Order, ReloadPolicy, TantivyDocument, Term};

/// Why the index could not be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// tantivy reported an error.
    #[error("index error: {0}")]
    Tantivy(String),
    /// The index was written by an incompatible version of ratsdex.
    #[error(
        "index at {path:?} has schema version {found}, this ratsdex needs {want}: run `ratsdex ingest` to rebuild it"
    )]
    Version {
        /// Index directory.
        path: String,
        /// Version found on disk.
        found: u32,
        /// Version this binary writes.
        want: u32,
    },
    /// No index exists at the path.
    #[error("no index at {0:?} (run `ratsdex ingest` first)")]
    Missing(String),
    /// The index cannot be read: files of it are damaged or missing.
    #[error(
        "index damaged: {reason} (in {path:?}) — run `ratsdex ingest --rebuild --index {path:?}` to rebuild it"
    )]
    Damaged {
        /// Index directory.
        path: String,
        /// What is wrong.
        reason: String,
    },
    /// Another ingest holds the index.
    #[error("index is locked by another ingest (pid {0})")]
    Locked(String),
    /// The taxonomy recorded in the manifest does not compile (with this version of ratsdex).
    #[error(
        "the taxonomy this index was built with: {0} (run `ratsdex ingest --force` with a valid --themes file)"
    )]
    Taxonomy(#[from] TaxonomyError),
    /// A file of the index folder could not be read or written.
    #[error("{path:?}: {source}")]
    File {
        /// The file.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The query could not be parsed.
    #[error("bad query: {0}")]
    Query(String),
    /// The disk of the index is full.
    #[error(
        "no space left on the disk of the index {path:?} ({detail}): free space, then run `ratsdex ingest` again (what was committed is kept)"
    )]
    NoSpace {
        /// Index directory.
        path: String,
        /// The error met.
        detail: String,
    },
    /// File system error.
    #[error("{0}")]
    Io(std::io::Error),
}

impl From<std::io::Error> for IndexError {
    fn from(e: std::io::Error) -> IndexError {
        if is_disk_full(&e) {
            IndexError::NoSpace {
                path: String::new(),
                detail: e.to_string(),
            }
        } else {
            IndexError::Io(e)
        }
    }
}

/// True for the error of writing to a full disk (or over a quota).
fn is_disk_full(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    )
}

impl IndexError {
    /// The error, naming the index folder `dir` where it does not yet.
    pub(crate) fn at(self, dir: &Path) -> IndexError {
        match self {
            IndexError::Damaged { path, reason } if path.is_empty() => IndexError::Damaged {
                path: dir.display().to_string(),
                reason,
            },
            IndexError::NoSpace { path, detail } if path.is_empty() => IndexError::NoSpace {
                path: dir.display().to_string(),
                detail,
            },
            e => e,
        }
    }
}

/// What incremental ingest remembers about a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: i64,
    /// blake3 hash of the content (hex).
    pub hash: String,
    /// Pipeline version that produced the record.
    pub pipeline_version: u32,
    /// Fingerprint of the rules that produced the record (taxonomy, vocabulary, model); a file
    /// is processed again when they change. Empty in indexes written before it existed.
    #[serde(default)]
    pub rules: String,
}

/// A document as stored in the index.
#[derive(Debug, Clone)]
pub struct StoredDoc {
    /// The record.
    pub record: DocumentRecord,
    /// The extracted text.
    pub text: String,
    /// The file stamp.
    pub stamp: FileStamp,
}

/// What ingest needs to know of a stored document.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its path (identity).
    pub path: String,
    /// Its file stamp.
    pub stamp: FileStamp,
    /// The original it duplicates, as stored.
    pub duplicate_of: Option<String>,
}

/// The answer to [`Index::lookup`].
#[derive(Debug, Clone)]
pub enum Lookup {
    /// The one document meant.
    Found(Box<StoredDoc>),
    /// Several documents share the part of a number given (at most [`LOOKUP_CHOICES`]).
    Ambiguous(Vec<StoredDoc>),
    /// No document.
    NotFound,
}

impl Lookup {
    /// The document, when exactly one was found.
    pub fn found(self) -> Option<StoredDoc> {
        match self {
            Lookup::Found(doc) => Some(*doc),
            _ => None,
        }
    }
}

/// The deepest hit a search returns: `offset + limit` at most this.
pub const MAX_HITS: usize = 10_000;

/// Most documents [`Index::lookup`] lists when a partial number is ambiguous.
pub const LOOKUP_CHOICES: usize = 10;

/// Result order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first.
    #[default]
    Relevance,
    /// Newest document first.
    Date,
}

/// A search request.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    /// The query string (words, phrases, AND/OR/NOT, prefix*, field:value, Drucksachen-Nr.).
    pub query: String,
    /// Filters.
    pub filters: Filters,
    /// Maximum hits returned.
    pub limit: usize,
    /// Hits skipped.
    pub offset: usize,
    /// Order.
    pub sort: Sort,
    /// Whether to count facets over the whole result set.
    pub facets: bool,
    /// List every copy of identical content as a hit of its own (by default a content is one
    /// hit, under its original's path, with the copies' paths in [`Hit::copies`], and counts once).
    pub all_copies: bool,
}

/// A highlighted passage.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Snippet {
    /// The passage text.
    pub text: String,
    /// Byte ranges of matches within `text`.
    pub highlights: Vec<(usize, usize)>,
}

/// One search hit.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// The record.
    pub record: DocumentRecord,
    /// Relevance score.
    pub score: f32,
    /// Best passage.
    pub snippet: Snippet,
    /// The paths of the copies of identical content (in path order), when copies are collapsed
    /// into their original's hit (the default; none with [`SearchRequest::all_copies`]).
    pub copies: Vec<String>,
}

/// Whether copies of identical content are listed or left out behind their original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Copies {
    /// Every record, copies included.
    Include,
    /// Originals only (a copy's content is its original's).
    Collapse,
}

/// Counts per value over the whole result set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Facets {
    /// Per theme id.
    pub theme: Vec<(String, u64)>,
    /// Per committee.
    pub committee: Vec<(String, u64)>,
    /// Per Klimacheck value (`none` for documents without).
    pub klimacheck: Vec<(String, u64)>,
    /// Per document type.
    pub doc_type: Vec<(String, u64)>,
    /// Per year.
    pub year: Vec<(String, u64)>,
}

/// The answer to a search request.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchResults {
    /// Number of matching documents.
    pub total: usize,
    /// The requested page of hits.
    pub hits: Vec<Hit>,
    /// Facet counts, when requested.
    pub facets: Option<Facets>,
}

/// Decompressed blocks of the document store kept per segment (tantivy's default is 100: with
/// a dozen segments, reading a whole archive kept 20–60 MB of them; documents are read in path
/// order, which is mostly store order, so a few blocks serve the neighbours).
const STORE_CACHE_BLOCKS: usize = 8;

/// Score added to a match classified under a theme that the query words name.
const TOPIC_SCORE: f32 = 1.0;

/// A tantivy error as ours: a full disk, a damaged file (the index folder is named later, see
/// [`IndexError::at`]), or another error.
fn tv(e: tantivy::TantivyError) -> IndexError {
    use tantivy::TantivyError as T;
    use tantivy::directory::error::OpenReadError;
    let message = e.to_string();
    let no_space = |detail: String| IndexError::NoSpace {
        path: String::new(),
        detail,
    };
    match e {
        T::IoError(io) if is_disk_full(&io) => no_space(message),
        // tantivy may pass a full disk on only as text (an `Other` I/O error, an internal error)
        _ if ["os error 28", "os error 122"]
            .iter()
            .any(|m| message.contains(m)) =>
        {
            no_space(message)
        }
        // a writer thread that died of a full disk leaves only "An index writer was killed"
        T::InternalError(_) | T::ErrorInThread(_) if message.contains("killed") => {
            no_space(message)
        }
        T::DataCorruption(_)
        | T::OpenReadError(OpenReadError::FileDoesNotExist(_))
        | T::OpenReadError(OpenReadError::IncompatibleIndex(_))
        | T::IncompatibleIndex(_) => IndexError::Damaged {
            path: String::new(),
            reason: message,
        },
        T::IoError(io) if io.kind() == std::io::ErrorKind::InvalidData => IndexError::Damaged {
            path: String::new(),
            reason: message,
        },
        _ => IndexError::Tantivy(message),
    }
}

/// The error for an index in `dir` that cannot be read.
fn damaged(dir: &Path, reason: &str) -> IndexError {
    IndexError::Damaged {
        path: dir.display().to_string(),
        reason: reason.to_string(),
    }
}

/// The message of a caught panic.
pub(crate) fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        s.to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".into()
    }
}

/// Run `f` on the index in `dir`; a panic inside tantivy (on a corrupted file) becomes
/// [`IndexError::Damaged`].
fn guard<T>(dir: &Path, f: impl FnOnce() -> Result<T, IndexError>) -> Result<T, IndexError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .unwrap_or_else(|p| Err(damaged(dir, &panic_message(&*p))))
        .map_err(|e| e.at(dir))
}

/// An open index.
pub struct Index {
    dir: PathBuf,
    index: tantivy::Index,
    reader: IndexReader,
    fields: Fields,
    decomp: Arc<Decompounder>,
    synonyms: Arc<synonyms::Synonyms>,
    manifest: Manifest,
    theme_words: OnceLock<themes::ThemeWords>,
    taxonomy: OnceLock<Taxonomy>,
}

/// Documents in path order, read from the index one at a time (see [`Index::stream`]).
///
/// Holds one bit per document of the index (which ones match) and nothing per document
/// beyond that: the order comes from merging the segments' sorted dictionaries of paths.
pub struct DocStream {
    searcher: tantivy::Searcher,
    dir: PathBuf,
    fields: Fields,
    /// Per segment: the matching live documents.
    matching: Vec<tantivy::BitSet>,
    /// Per segment: the dictionary of the `path` field.
    paths: Vec<Arc<tantivy::InvertedIndexReader>>,
    len: usize,
}

impl DocStream {
    /// Number of documents.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no document matched.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Load the documents in order.
    pub fn iter(&self) -> impl Iterator<Item = Result<StoredDoc, IndexError>> + '_ {
        let mut order = PathOrder::new(self);
        std::iter::from_fn(move || {
            let addr = match guard(&self.dir, || order.next_address()) {
                Ok(Some(addr)) => addr,
                Ok(None) => return None,
                Err(e) => {
                    order.done = true;
                    return Some(Err(e));
                }
            };
            Some(guard(&self.dir, || {
                let doc: TantivyDocument = self.searcher.doc(addr).map_err(tv)?;
                store::from_document(&self.fields, &doc)
            }))
        })
    }
}

/// The matching documents of a [`DocStream`] in path order: a merge of the segments' path
/// dictionaries (sorted by bytes, as paths compare).
struct PathOrder<'a> {
    stream: &'a DocStream,
    /// Per segment: its dictionary stream, `None` once exhausted.
    terms: Vec<Option<tantivy::termdict::TermStreamer<'a>>>,
    started: bool,
    done: bool,
}

impl<'a> PathOrder<'a> {
    fn new(stream: &'a DocStream) -> PathOrder<'a> {
        PathOrder {
            stream,
            terms: Vec::new(),
            started: false,
            done: false,
        }
    }

    fn next_address(&mut self) -> Result<Option<DocAddress>, IndexError> {
        if self.done {
            return Ok(None);
        }
        if !self.started {
            self.started = true;
            for inverted in &self.stream.paths {
                let mut t = inverted.terms().stream()?;
                self.terms.push(t.advance().then_some(t));
            }
        }
        loop {
            // the segment whose current path sorts first
            let mut first: Option<(usize, &[u8])> = None;
            for (i, t) in self.terms.iter().enumerate() {
                if let Some(t) = t
                    && first.is_none_or(|(_, k)| t.key() < k)
                {
                    first = Some((i, t.key()));
                }
            }
            let Some((segment, _)) = first else {
                self.done = true;
                return Ok(None);
            };
            let (Some(Some(t)), Some(inverted), Some(matching)) = (
                self.terms.get_mut(segment),
                self.stream.paths.get(segment),
                self.stream.matching.get(segment),
            ) else {
                self.done = true;
                return Ok(None);
            };
            let mut postings =
                inverted.read_postings_from_terminfo(t.value(), IndexRecordOption::Basic)?;
            let mut found = None;
            let mut doc = postings.doc();
            while doc != tantivy::TERMINATED {
                if matching.contains(doc) {
                    found = Some(doc);
                    break;
                }
                doc = postings.advance();
            }
            if !t.advance() {
                self.terms[segment] = None;
            }
            if let Some(doc) = found {
                let segment = u32::try_from(segment).unwrap_or(u32::MAX);
                return Ok(Some(DocAddress::new(segment, doc)));
            }
        }
    }
}

/// Adds, replaces and deletes documents; nothing is visible before [`Writer::commit`].
///
/// Documents are buffered until `commit`, when their compounds are split against the
/// built-in word list, the index's words and the words of the whole batch.
pub struct Writer {
    inner: Option<tantivy::IndexWriter>,
    fields: Fields,
    decomp: Arc<Decompounder>,
    learned: HashSet<String>,
    pending: Vec<(DocumentRecord, String, FileStamp)>,
}

impl Index {
    /// Open the index in `dir`, creating it when absent; an index of an older schema version
    /// is rebuilt empty (so that ingest re-processes every file).
    pub fn open_or_create(dir: &Path) -> Result<Index, IndexError> {
        Ok(Index::open_for_ingest(dir, false)?.0)
    }

    /// Open the index in `dir` for an ingest, creating it when absent. An index of an older
    /// schema version is rebuilt empty, and so is any index when `rebuild` is set (also one that
    /// cannot be opened): then the paths of the old index's records that could still be read
    /// are returned, for the ingest to read their files again.
    pub fn open_for_ingest(dir: &Path, rebuild: bool) -> Result<(Index, Vec<PathBuf>), IndexError> {
        std::fs::create_dir_all(dir)?;
        if dir.join("meta.json").exists() || dir.join(folder::MANIFEST_FILE).exists() {
            match Index::open_with(dir, Postings::Read) {
                Ok(index) if !rebuild => return Ok((index, Vec::new())),
                Ok(_) | Err(IndexError::Version { .. }) => {}
                Err(IndexError::Damaged { .. }) if rebuild => {}
                Err(e) => return Err(e),
            }
            // outdated, damaged (with `rebuild`) or to be rebuilt
            let carried = Index::old_paths(dir);
            folder::remove_index_files(dir)?;
            return Ok((Index::create(dir)?, carried));
        }
        Ok((Index::create(dir)?, Vec::new()))
    }

    /// The paths of the records of an index that may be outdated or damaged, as far as they can
    /// be read (none when they cannot).
    fn old_paths(dir: &Path) -> Vec<PathBuf> {
        let read = || -> Result<Vec<PathBuf>, IndexError> {
            let index = Index::open_unchecked(dir, Manifest::default(), Postings::Mapped)?;
            Ok(index
                .entries()?
                .into_iter()
                .map(|e| crate::record::path::to_path(&e.path))
                .collect())
        };
        guard(dir, read).unwrap_or_default()
    }

    /// Create an empty index in `dir`.
    fn create(dir: &Path) -> Result<Index, IndexError> {
        // the manifest first: a reader never sees an index without its version
        folder::write_manifest(
            dir,
            &Manifest {
                schema_version: folder::SCHEMA_VERSION,
                built_with: None,
            },
        )?;
        let (schema, _) = schema::build();
        let directory = directory::IndexDirectory::open(dir, Postings::Read).map_err(tv)?;
        let index = tantivy::Index::create(directory, schema, tantivy::IndexSettings::default())
            .map_err(tv)?;
        drop(index);
        Index::open_with(dir, Postings::Read)
    }

    /// Open an existing index for reading (it sees the last commit made before the open). No
    /// lock is taken and nothing is written: a read-only index folder will do.
    pub fn open(dir: &Path) -> Result<Index, IndexError> {
        Index::open_with(dir, Postings::Mapped)
    }

    /// [`Index::open`], reading postings as `postings` says.
    fn open_with(dir: &Path, postings: Postings) -> Result<Index, IndexError> {
        if !dir.join("meta.json").exists() {
            if dir.join(folder::MANIFEST_FILE).exists() {
                return Err(damaged(dir, "meta.json is missing"));
            }
            return Err(IndexError::Missing(dir.display().to_string()));
        }
        let manifest = match folder::read_manifest(dir) {
            Ok(Some(m)) => m,
            Ok(None) => {
                return Err(damaged(
                    dir,
                    &format!("{} is missing", folder::MANIFEST_FILE),
                ));
            }
            Err(IndexError::Tantivy(reason)) => return Err(damaged(dir, &reason)),
            Err(e) => return Err(e),
        };
        if manifest.schema_version != folder::SCHEMA_VERSION {
            return Err(IndexError::Version {
                path: dir.display().to_string(),
                found: manifest.schema_version,
                want: folder::SCHEMA_VERSION,
            });
        }
        guard(dir, || Index::open_unchecked(dir, manifest, postings))
    }

    /// Open the tantivy index of `dir` with the given manifest, whatever its version.
    fn open_unchecked(
        dir: &Path,
        manifest: Manifest,
        postings: Postings,
    ) -> Result<Index, IndexError> {
        let opened = |e: tantivy::TantivyError| match e {
            tantivy::TantivyError::IoError(io)
                if io.kind() == std::io::ErrorKind::PermissionDenied =>
            {
                IndexError::Tantivy(io.to_string())
            }
            e => damaged(dir, &e.to_string()),
        };
        let directory = directory::IndexDirectory::open(dir, postings).map_err(opened)?;
        let index = tantivy::Index::open(directory).map_err(opened)?;
        analysis::register(&index);
        let (_, fields) = schema::build();
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .doc_store_cache_num_blocks(STORE_CACHE_BLOCKS)
            .try_into()
            .map_err(opened)?;
        let decomp = Decompounder::embedded();
        Ok(Index {
            dir: dir.to_path_buf(),
            index,
            reader,
            fields,
            decomp: Arc::new(decomp),
            synonyms: Arc::new(synonyms::Synonyms::embedded()),
            manifest,
            theme_words: OnceLock::new(),
            taxonomy: OnceLock::new(),
        })
    }

    /// See the commits made since the index was opened (or last reloaded).
    pub fn reload(&self) -> Result<(), IndexError> {
        guard(&self.dir, || self.reader.reload().map_err(tv))
    }

    /// Number of documents in the last commit the index was opened at.
    pub fn num_docs(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// What the index says about itself: its schema version and how it was built.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// Record how the index is (being) built: written before an ingest adds documents, so
    /// that readers use the taxonomy the documents are classified with.
    pub fn set_built_with(&mut self, built_with: BuiltWith) -> Result<(), IndexError> {
        let manifest = Manifest {
            schema_version: folder::SCHEMA_VERSION,
            built_with: Some(built_with),
        };
        folder::write_manifest(&self.dir, &manifest)?;
        self.manifest = manifest;
        self.theme_words = OnceLock::new();
        self.taxonomy = OnceLock::new();
        Ok(())
    }

    /// The themes (id, label, description) of the taxonomy the index was built with.
    pub fn themes(&self) -> Result<Vec<ThemeInfo>, IndexError> {
        match &self.manifest.built_with {
            Some(b) => Ok(b.themes.clone()),
            None => Ok(self.taxonomy()?.themes.clone()),
        }
    }

    /// The taxonomy the index was built with (the built-in one when no ingest recorded one).
    pub fn taxonomy(&self) -> Result<&Taxonomy, IndexError> {
        if let Some(t) = self.taxonomy.get() {
            return Ok(t);
        }
        let t = self.manifest.texts().compile_taxonomy()?;
        Ok(self.taxonomy.get_or_init(|| t))
    }

    /// A writer with the given memory budget in bytes.
    pub fn writer(&self, heap_bytes: usize) -> Result<Writer, IndexError> {
        let inner = self
            .index
            .writer_with_num_threads(1, heap_bytes.max(20 << 20))
            .map_err(tv)?;
        Ok(Writer {
            inner: Some(inner),
            fields: self.fields,
            decomp: self.decomp.clone(),
            learned: guard(&self.dir, || self.vocabulary())?,
            pending: Vec::new(),
        })
    }

    /// The index's own words that may serve as compound parts.
    fn vocabulary(&self) -> Result<HashSet<String>, IndexError> {
        let searcher = self.reader.searcher();
        let mut out = HashSet::default();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.body_exact).map_err(tv)?;
            let mut stream = inverted.terms().stream()?;
            while stream.advance() {
                if let Ok(word) = std::str::from_utf8(stream.key())
                    && self.decomp.learnable(word)
                {
                    out.insert(word.to_string());
                }
            }
        }
        Ok(out)
    }

    /// Run a search.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, IndexError> {
        query::check(&req.query)?;
        if req.offset.saturating_add(req.limit) > MAX_HITS {
            return Err(IndexError::Query(format!(
                "offset + limit is {}, at most {MAX_HITS} hits can be paged to",
                req.offset.saturating_add(req.limit)
            )));
        }
        guard(&self.dir, || self.search_unguarded(req))
    }

    fn search_unguarded(&self, req: &SearchRequest) -> Result<SearchResults, IndexError> {
        let searcher = self.reader.searcher();
        // the originals (each content once); with `all_copies` their copies are listed after
        // each of them (a copy's text is its original's, and is indexed only there)
        let originals = SearchRequest {
            offset: if req.all_copies { 0 } else { req.offset },
            limit: if req.all_copies {
                req.offset.saturating_add(req.limit)
            } else {
                req.limit
            },
            ..req.clone()
        };
        let (mut results, mut q) = self.search_mode(&searcher, &originals, true)?;
        if results.total == 0 && query::is_plain_words(&req.query) {
            (results, q) = self.search_mode(&searcher, &originals, false)?;
        }
        if req.all_copies {
            self.with_copies(&searcher, &mut results, q.as_ref(), req)?;
        }
        Ok(results)
    }

    /// Expand `results` (originals, with their copies' paths) to every copy as a hit of its
    /// own after its original, paged as `req` says; the total counts the copies of all matches.
    fn with_copies(
        &self,
        searcher: &tantivy::Searcher,
        results: &mut SearchResults,
        originals: &dyn Query,
        req: &SearchRequest,
    ) -> Result<(), IndexError> {
        let mut all = Vec::new();
        for mut hit in std::mem::take(&mut results.hits) {
            let copies = std::mem::take(&mut hit.copies);
            let (score, snippet) = (hit.score, hit.snippet.clone());
            all.push(hit);
            for path in copies {
                if all.len() >= req.offset.saturating_add(req.limit) {
                    break;
                }
                if let Some(doc) = self.by_path(&path)? {
                    all.push(Hit {
                        record: doc.record,
                        score,
                        snippet: snippet.clone(),
                        copies: Vec::new(),
                    });
                }
            }
        }
        results.hits = all.into_iter().skip(req.offset).take(req.limit).collect();
        if let Some(copies) = self.copies_of_matches(searcher, originals)? {
            results.total += searcher.search(&copies, &Count).map_err(tv)?;
        }
        Ok(())
    }

    /// The paths of the live documents `q` matches (read from the `path` column, not the
    /// document store).
    fn paths_of(
        &self,
        searcher: &tantivy::Searcher,
        q: &dyn Query,
    ) -> Result<Vec<String>, IndexError> {
        let weight = q
            .weight(tantivy::query::EnableScoring::disabled_from_searcher(
                searcher,
            ))
            .map_err(tv)?;
        let mut out = Vec::new();
        for segment in searcher.segment_readers() {
            let Some(column) = segment.fast_fields().str("path").map_err(tv)? else {
                continue;
            };
            let alive = segment.alive_bitset();
            let mut docs = Vec::new();
            weight
                .for_each_no_score(segment, &mut |found| {
                    docs.extend(
                        found
                            .iter()
                            .filter(|&&d| alive.is_none_or(|a| a.is_alive(d))),
                    );
                })
                .map_err(tv)?;
            let mut path = String::new();
            for doc in docs {
                if let Some(ord) = column.term_ords(doc).next() {
                    path.clear();
                    column.ord_to_str(ord, &mut path)?;
                    out.push(path.clone());
                }
            }
        }
        Ok(out)
    }

    /// A query for the copies of the originals `originals` matches (`None` when it matches none).
    fn copies_of_matches(
        &self,
        searcher: &tantivy::Searcher,
        originals: &dyn Query,
    ) -> Result<Option<Box<dyn Query>>, IndexError> {
        let paths = self.paths_of(searcher, originals)?;
        if paths.is_empty() {
            return Ok(None);
        }
        let terms = paths
            .iter()
            .map(|p| Term::from_field_text(self.fields.copy_of, p));
        Ok(Some(Box::new(tantivy::query::TermSetQuery::new(terms))))
    }

    /// The query of a request and the terms to highlight.
    fn build_query(
        &self,
        searcher: &tantivy::Searcher,
        text: &str,
        filters: &Filters,
        implicit_and: bool,
        copies: Copies,
    ) -> Result<(Box<dyn Query>, snippet::Highlights, bool), IndexError> {
        let mut builder = query::Builder {
            fields: &self.fields,
            searcher,
            decomp: &self.decomp,
            synonyms: &self.synonyms,
            highlights: snippet::Highlights::default(),
        };
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let parsed = query::parse(text, implicit_and, &self.decomp);
        let has_text = parsed.is_some();
        match parsed {
            Some(node) => {
                let q = builder.build(&node)?;
                let topics = self.topic_query(&node);
                let q = match topics {
                    Some(t) => query::with_bonus(q, t),
                    None => q,
                };
                clauses.push((Occur::Must, q));
            }
            None => clauses.push((Occur::Must, Box::new(AllQuery))),
        }
        for f in filters::queries(&self.fields, filters)? {
            clauses.push((Occur::Must, Box::new(BoostQuery::new(f, 0.0))));
        }
        if copies == Copies::Collapse {
            let copy = Term::from_field_text(self.fields.is_copy, "true");
            clauses.push((
                Occur::MustNot,
                Box::new(TermQuery::new(copy, IndexRecordOption::Basic)),
            ));
        }
        Ok((
            Box::new(BooleanQuery::new(clauses)),
            builder.highlights,
            has_text,
        ))
    }

    /// Documents classified under the themes that the words of a plain query name (a bonus
    /// for matches on topic: `Klimaschutz` ranks climate documents above a boilerplate
    /// "Auswirkungen auf den Klimaschutz").
    fn topic_query(&self, node: &query::Node) -> Option<Box<dyn Query>> {
        let words = query::plain_words(node)?;
        let theme_words = match self.theme_words.get() {
            Some(tw) => tw,
            None => {
                // an index whose taxonomy does not compile searches without the topic bonus
                let themes = self.themes().unwrap_or_default();
                self.theme_words
                    .get_or_init(|| themes::ThemeWords::new(&themes, &self.decomp))
            }
        };
        let mut ids: Vec<&String> = Vec::new();
        for w in &words {
            for id in theme_words.of(w) {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        if ids.is_empty() {
            return None;
        }
        let qs = ids
            .into_iter()
            .map(|id| {
                let t = TermQuery::new(
                    Term::from_field_text(self.fields.theme, id),
                    IndexRecordOption::Basic,
                );
                (
                    Occur::Should,
                    Box::new(tantivy::query::ConstScoreQuery::new(
                        Box::new(t),
                        TOPIC_SCORE,
                    )) as Box<dyn Query>,
                )
            })
            .collect();
        Some(Box::new(BooleanQuery::new(qs)))
    }

    /// The originals matching a request (each with its copies' paths), and the query.
    fn search_mode(
        &self,
        searcher: &tantivy::Searcher,
        req: &SearchRequest,
        implicit_and: bool,
    ) -> Result<(SearchResults, Box<dyn Query>), IndexError> {
        let (q, hl, _) = self.build_query(
            searcher,
            &req.query,
            &req.filters,
            implicit_and,
            Copies::Collapse,
        )?;
        let limit = req.limit.max(1);
        let top = TopDocs::with_limit(limit).and_offset(req.offset);
        let (scored, total): (Vec<(f32, DocAddress)>, usize) = match req.sort {
            Sort::Relevance => searcher
                .search(&q, &(top.order_by_score(), Count))
                .map_err(tv)?,
            Sort::Date => {
                let (docs, total) = searcher
                    .search(
                        &q,
                        &(top.order_by_fast_field::<i64>("date", Order::Desc), Count),
                    )
                    .map_err(tv)?;
                (docs.into_iter().map(|(_, a)| (0.0, a)).collect(), total)
            }
        };
        let mut hits = Vec::new();
        for (score, addr) in scored.into_iter().take(req.limit) {
            let doc = self.load(searcher, addr)?;
            let source = if doc.text.trim().is_empty() {
                doc.record.meta.title.clone().unwrap_or_default()
            } else {
                doc.text
            };
            let copies = self.copies_in(searcher, &doc.record.path)?;
            hits.push(Hit {
                snippet: snippet::make(&source, &hl),
                record: doc.record,
                score,
                copies,
            });
        }
        let facets = if req.facets {
            Some(facets::count(&self.index, searcher, q.as_ref())?)
        } else {
            None
        };
        Ok((
            SearchResults {
                total,
                hits,
                facets,
            },
            q,
        ))
    }

    fn load(
        &self,
        searcher: &tantivy::Searcher,
        addr: DocAddress,
    ) -> Result<StoredDoc, IndexError> {
        let doc: TantivyDocument = searcher.doc(addr).map_err(tv)?;
        store::from_document(&self.fields, &doc)
    }

    /// Up to `limit` documents matching a term, in path order.
    fn matching(&self, term: Term, limit: usize) -> Result<Vec<StoredDoc>, IndexError> {
        let searcher = self.reader.searcher();
        let q = TermQuery::new(term, IndexRecordOption::Basic);
        let top = searcher
            .search(&q, &TopDocs::with_limit(limit).order_by_score())
            .map_err(tv)?;
        let mut docs = top
            .into_iter()
            .map(|(_, addr)| self.load(&searcher, addr))
            .collect::<Result<Vec<_>, _>>()?;
        docs.sort_by(|a, b| a.record.path.cmp(&b.record.path));
        Ok(docs)
    }

    /// One document by path, file name or Drucksachen-Nr. — whole (`VO/1254/21`), without its
    /// letter prefix (`1254/21`), or a part that names one document only (`01203`, `V 02232`).
    pub fn lookup(&self, key: &str) -> Result<Lookup, IndexError> {
        guard(&self.dir, || self.lookup_unguarded(key))
    }

    fn lookup_unguarded(&self, key: &str) -> Result<Lookup, IndexError> {
        let f = &self.fields;
        let key = key.trim();
        let ds_key = drucksache::key(key);
        let candidates = [
            Term::from_field_text(f.path, key),
            Term::from_field_text(f.path, &crate::record::path::canonical_key(Path::new(key))),
            Term::from_field_text(f.file_name, store::file_name(key)),
            Term::from_field_text(f.ds_norm, &ds_key),
            Term::from_field_text(f.ds_core, &drucksache::core(key)),
        ];
        for t in candidates {
            if let Some(doc) = self.matching(t, 1)?.pop() {
                return Ok(Lookup::Found(Box::new(doc)));
            }
        }
        let mut docs = self.matching(Term::from_field_text(f.ds_part, &ds_key), LOOKUP_CHOICES)?;
        Ok(match docs.len() {
            0 => Lookup::NotFound,
            1 => Lookup::Found(Box::new(docs.remove(0))),
            _ => Lookup::Ambiguous(docs),
        })
    }

    /// The one document [`Index::lookup`] finds, if any.
    pub fn get(&self, key: &str) -> Result<Option<StoredDoc>, IndexError> {
        Ok(self.lookup(key)?.found())
    }

    /// Every stored document matching the filters (and the query, when not empty), in path order.
    ///
    /// Holds every text in memory: prefer [`Index::stream`] for whole archives.
    pub fn documents(&self, query: &str, filters: &Filters) -> Result<Vec<StoredDoc>, IndexError> {
        self.stream(query, filters)?.iter().collect()
    }

    /// The documents [`Index::documents`] returns, loaded one at a time as the stream is read.
    pub fn stream(&self, query: &str, filters: &Filters) -> Result<DocStream, IndexError> {
        query::check(query)?;
        guard(&self.dir, || {
            self.stream_unguarded(query, filters, Copies::Include)
        })
    }

    /// The documents [`Index::stream`] returns without the copies of identical content (each
    /// content once, under its original's path): what `stats` and `report` count.
    pub fn stream_distinct(&self, query: &str, filters: &Filters) -> Result<DocStream, IndexError> {
        query::check(query)?;
        guard(&self.dir, || {
            self.stream_unguarded(query, filters, Copies::Collapse)
        })
    }

    fn stream_unguarded(
        &self,
        query: &str,
        filters: &Filters,
        copies: Copies,
    ) -> Result<DocStream, IndexError> {
        let searcher = self.reader.searcher();
        // a copy's text is indexed under its original only: with copies included, a query's
        // words find the originals (built as if collapsed), and their copies are added
        let first = if copies == Copies::Include {
            Copies::Collapse
        } else {
            copies
        };
        let (mut q, _, has_text) = self.build_query(&searcher, query, filters, true, first)?;
        if copies == Copies::Include {
            q = if has_text {
                match self.copies_of_matches(&searcher, q.as_ref())? {
                    Some(copied) => Box::new(BooleanQuery::new(vec![
                        (Occur::Should, q),
                        (Occur::Should, copied),
                    ])),
                    None => q,
                }
            } else {
                // filters alone: every document they match, copies included
                self.build_query(&searcher, query, filters, true, copies)?.0
            };
        }
        let weight = q
            .weight(tantivy::query::EnableScoring::disabled_from_searcher(
                &searcher,
            ))
            .map_err(tv)?;
        let mut matching = Vec::new();
        let mut paths = Vec::new();
        let mut len = 0;
        for segment in searcher.segment_readers() {
            let mut bits = tantivy::BitSet::with_max_value(segment.max_doc());
            let alive = segment.alive_bitset();
            weight
                .for_each_no_score(segment, &mut |docs| {
                    for &doc in docs {
                        if alive.is_none_or(|a| a.is_alive(doc)) {
                            bits.insert(doc);
                        }
                    }
                })
                .map_err(tv)?;
            len += bits.len();
            matching.push(bits);
            paths.push(segment.inverted_index(self.fields.path).map_err(tv)?);
        }
        Ok(DocStream {
            searcher,
            dir: self.dir.clone(),
            fields: self.fields,
            matching,
            paths,
            len,
        })
    }

    /// Path → file stamp of every stored document (the ingest manifest).
    pub fn stamps(&self) -> Result<HashMap<String, FileStamp>, IndexError> {
        Ok(self
            .entries()?
            .into_iter()
            .map(|e| (e.path, e.stamp))
            .collect())
    }

    /// Path, file stamp and `duplicate_of` of every stored document.
    ///
    /// Holds them all: prefer [`Index::each_entry`] for whole archives.
    pub fn entries(&self) -> Result<Vec<Entry>, IndexError> {
        let mut out = Vec::new();
        self.each_entry(&mut |e| {
            out.push(e);
            Ok(())
        })?;
        Ok(out)
    }

    /// Hand path, file stamp and `duplicate_of` of every stored document to `f`, one at a time
    /// (in no particular order).
    pub fn each_entry(
        &self,
        f: &mut dyn FnMut(Entry) -> Result<(), IndexError>,
    ) -> Result<(), IndexError> {
        guard(&self.dir, || {
            let searcher = self.reader.searcher();
            for reader in searcher.segment_readers() {
                // in store order: each block decompressed once, none kept
                let stored = reader.get_store_reader(0)?;
                for doc in stored.iter::<TantivyDocument>(reader.alive_bitset()) {
                    let doc = doc.map_err(tv)?;
                    let (path, stamp, duplicate_of) = store::identity_of(&self.fields, &doc)?;
                    f(Entry {
                        path,
                        stamp,
                        duplicate_of,
                    })?;
                }
            }
            Ok(())
        })
    }

    /// The live documents with this term, loaded with `load` (in no particular order).
    fn all_with<T>(
        &self,
        searcher: &tantivy::Searcher,
        term: Term,
        load: impl Fn(&TantivyDocument) -> Result<T, IndexError>,
    ) -> Result<Vec<T>, IndexError> {
        let q = TermQuery::new(term, IndexRecordOption::Basic);
        let found = searcher.search(&q, &DocSetCollector).map_err(tv)?;
        let mut out = Vec::with_capacity(found.len());
        for addr in found {
            let doc: TantivyDocument = searcher.doc(addr).map_err(tv)?;
            out.push(load(&doc)?);
        }
        Ok(out)
    }

    /// The paths of the copies whose original is `path`, in path order.
    fn copies_in(
        &self,
        searcher: &tantivy::Searcher,
        path: &str,
    ) -> Result<Vec<String>, IndexError> {
        let term = Term::from_field_text(self.fields.copy_of, path);
        let mut paths = self.paths_of(searcher, &TermQuery::new(term, IndexRecordOption::Basic))?;
        paths.sort();
        Ok(paths)
    }

    /// Path, file stamp and `duplicate_of` of every document with the content `hash`, in path
    /// order.
    pub fn entries_with_hash(&self, hash: &str) -> Result<Vec<Entry>, IndexError> {
        guard(&self.dir, || {
            let searcher = self.reader.searcher();
            let term = Term::from_field_text(self.fields.hash, hash);
            let mut out = self.all_with(&searcher, term, |doc| {
                let (path, stamp, duplicate_of) = store::identity_of(&self.fields, doc)?;
                Ok(Entry {
                    path,
                    stamp,
                    duplicate_of,
                })
            })?;
            out.sort_by(|a, b| a.path.cmp(&b.path));
            Ok(out)
        })
    }

    /// The document stored under exactly this path.
    pub fn by_path(&self, path: &str) -> Result<Option<StoredDoc>, IndexError> {
        guard(&self.dir, || {
            Ok(self
                .matching(Term::from_field_text(self.fields.path, path), 1)?
                .pop())
        })
    }

    /// The index directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Writer {
    /// Add a document, replacing any earlier one with the same path.
    pub fn upsert(
        &mut self,
        record: &DocumentRecord,
        text: &str,
        stamp: &FileStamp,
    ) -> Result<(), IndexError> {
        self.delete(&record.path)?;
        self.pending
            .push((record.clone(), text.to_string(), stamp.clone()));
        Ok(())
    }

    /// Remove the document with this path.
    pub fn delete(&mut self, path: &str) -> Result<(), IndexError> {
        let term = Term::from_field_text(self.fields.path, path);
        self.writer()?.delete_term(term);
        self.pending.retain(|(r, _, _)| r.path != path);
        Ok(())
    }

    /// Make all changes durable and visible, atomically.
    pub fn commit(&mut self) -> Result<(), IndexError> {
        let pending = std::mem::take(&mut self.pending);
        // copies of identical content (same hash, same text) are analysed once
        let mut seen: HashSet<(&str, &str)> = HashSet::default();
        for (record, text, _) in &pending {
            // copies are not analysed; copies of one content share their words
            if record.duplicate_of.is_some()
                || (!record.hash.is_empty() && !seen.insert((&record.hash, title_of(record))))
            {
                continue;
            }
            for w in analysis::words(title_of(record)).chain(analysis::words(text)) {
                let f = analysis::fold(w.text);
                if self.decomp.learnable(&f) && !self.learned.contains(&f) {
                    self.learned.insert(f);
                }
            }
        }
        let learned = &self.learned;
        let known = |w: &str| learned.contains(w);
        let decomp = &self.decomp;
        let mut stems = store::PartStems::new(|w: &str| decomp.parts(w, &known));
        let mut docs = Vec::with_capacity(pending.len());
        let mut parts_of: HashMap<(&str, &str), store::Parts> = HashMap::default();
        for (record, text, stamp) in &pending {
            let title = title_of(record);
            let mut analyse = || {
                let title_parts = stems.compound_parts(title);
                let text_parts = stems.compound_parts(text);
                store::Parts {
                    all: format!("{title_parts} {text_parts}"),
                    title: title_parts,
                }
            };
            // records without a hash (made by hand) are not known to share a text
            let fresh;
            let parts = if record.duplicate_of.is_some() {
                fresh = store::Parts::default();
                &fresh
            } else if record.hash.is_empty() {
                fresh = analyse();
                &fresh
            } else {
                parts_of
                    .entry((&record.hash, title))
                    .or_insert_with(analyse)
            };
            let doc = store::to_document(&self.fields, record, text, stamp, parts)?;
            docs.push(doc);
        }
        let w = self.writer()?;
        for doc in docs {
            w.add_document(doc).map_err(tv)?;
        }
        w.commit().map_err(tv)?;
        // best effort: files of merged segments that no reader of this process uses
        let _ = w.garbage_collect_files().wait();
        Ok(())
    }

    /// The tantivy writer (present until the writer is dropped).
    fn writer(&mut self) -> Result<&mut tantivy::IndexWriter, IndexError> {
        self.inner
            .as_mut()
            .ok_or_else(|| IndexError::Tantivy("index writer already closed".into()))
    }
}

/// The title of a record ("" when it has none).
fn title_of(record: &DocumentRecord) -> &str {
    record.meta.title.as_deref().unwrap_or("")
}

impl Drop for Writer {
    /// Let background merges finish (and their old segments be removed); uncommitted
    /// documents are discarded.
    fn drop(&mut self) {
        if let Some(w) = self.inner.take() {
            let _ = w.wait_merging_threads();
        }
    }
}
