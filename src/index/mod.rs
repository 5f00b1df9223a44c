//! Index stage: the tantivy schema, the writer used by `ingest`, and search.
//!
//! Each indexed document stores its [`DocumentRecord`] (as JSON), its text, and the file stamp
//! that incremental ingest compares against (so the manifest commits atomically with the index).

use crate::record::{Date, DocType, DocumentRecord, Klimacheck};
use serde::Serialize;
use std::path::Path;

/// Why the index could not be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// tantivy reported an error.
    #[error("index error: {0}")]
    Tantivy(String),
    /// The index was written by an incompatible version of ratsdex.
    #[error(
        "index at {path} has schema version {found}, this ratsdex needs {want}: re-run `ratsdex ingest --rebuild`"
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
    #[error("no index at {0} (run `ratsdex ingest` first)")]
    Missing(String),
    /// The query could not be parsed.
    #[error("bad query: {0}")]
    Query(String),
    /// File system error.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// What incremental ingest remembers about a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileStamp {
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    pub mtime_ns: i64,
    /// blake3 hash of the content (hex).
    pub hash: String,
    /// Pipeline version that produced the record.
    pub pipeline_version: u32,
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

/// Filters shared by `search`, `export` and `stats`.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Theme id.
    pub theme: Option<String>,
    /// Committee name (matches any consultation whose committee contains it, case-insensitively).
    pub committee: Option<String>,
    /// Klimacheck value; `Some(None)` selects documents without a Klimacheck.
    pub klimacheck: Option<Option<Klimacheck>>,
    /// Document type.
    pub doc_type: Option<DocType>,
    /// Department (substring, case-insensitive).
    pub department: Option<String>,
    /// öffentlich / nichtöffentlich.
    pub public: Option<bool>,
    /// Earliest document date (inclusive).
    pub from: Option<Date>,
    /// Latest document date (inclusive).
    pub to: Option<Date>,
}

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

/// An open index.
pub struct Index {
    _private: (),
}

/// Adds, replaces and deletes documents; nothing is visible before [`Writer::commit`].
pub struct Writer {
    _private: (),
}

impl Index {
    /// Open the index in `dir`, creating it when absent.
    pub fn open_or_create(dir: &Path) -> Result<Index, IndexError> {
        let _ = dir;
        Err(IndexError::Tantivy("not implemented".into()))
    }

    /// Open an existing index for reading.
    pub fn open(dir: &Path) -> Result<Index, IndexError> {
        Err(IndexError::Missing(dir.display().to_string()))
    }

    /// A writer with the given memory budget in bytes.
    pub fn writer(&self, heap_bytes: usize) -> Result<Writer, IndexError> {
        let _ = heap_bytes;
        Err(IndexError::Tantivy("not implemented".into()))
    }

    /// Run a search.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults, IndexError> {
        let _ = req;
        Ok(SearchResults::default())
    }

    /// One document by path, file name or Drucksachen-Nr.
    pub fn get(&self, key: &str) -> Result<Option<StoredDoc>, IndexError> {
        let _ = key;
        Ok(None)
    }

    /// Every stored document matching the filters (and the query, when not empty), in path order.
    pub fn documents(&self, query: &str, filters: &Filters) -> Result<Vec<StoredDoc>, IndexError> {
        let _ = (query, filters);
        Ok(Vec::new())
    }

    /// Path → file stamp of every stored document (the ingest manifest).
    pub fn stamps(&self) -> Result<std::collections::HashMap<String, FileStamp>, IndexError> {
        Ok(Default::default())
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
        let _ = (record, text, stamp);
        Ok(())
    }

    /// Remove the document with this path.
    pub fn delete(&mut self, path: &str) -> Result<(), IndexError> {
        let _ = path;
        Ok(())
    }

    /// Make all changes durable and visible, atomically.
    pub fn commit(&mut self) -> Result<(), IndexError> {
        Ok(())
    }
}
