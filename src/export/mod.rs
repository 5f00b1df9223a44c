//! Export stage: writes stored records as JSON Lines, JSON, CSV, SQLite, OParl or an
//! Elasticsearch `_bulk` body; [`stats`] counts them and [`report`] renders an HTML report.

pub(crate) mod csv;
pub(crate) mod es_bulk;
pub mod jsonl;
pub mod oparl;
pub(crate) mod report;
pub(crate) mod sqlite;
pub(crate) mod stats;
pub(crate) mod urls;

use crate::index::{DocStream, IndexError, StoredDoc};
use std::io::Write;
use std::path::Path;

/// The documents an export writes, handed over one at a time so that an archive's texts never
/// sit in memory together.
pub trait Documents {
    /// Number of documents.
    fn count(&self) -> usize;
    /// Call `f` with every document, in order, stopping at the first error.
    fn each(
        &self,
        f: &mut dyn FnMut(&StoredDoc) -> Result<(), ExportError>,
    ) -> Result<(), ExportError>;
}

impl Documents for [StoredDoc] {
    fn count(&self) -> usize {
        self.len()
    }
    fn each(
        &self,
        f: &mut dyn FnMut(&StoredDoc) -> Result<(), ExportError>,
    ) -> Result<(), ExportError> {
        self.iter().try_for_each(f)
    }
}

impl Documents for Vec<StoredDoc> {
    fn count(&self) -> usize {
        self.len()
    }
    fn each(
        &self,
        f: &mut dyn FnMut(&StoredDoc) -> Result<(), ExportError>,
    ) -> Result<(), ExportError> {
        self.as_slice().each(f)
    }
}

impl Documents for DocStream {
    fn count(&self) -> usize {
        self.len()
    }
    fn each(
        &self,
        f: &mut dyn FnMut(&StoredDoc) -> Result<(), ExportError>,
    ) -> Result<(), ExportError> {
        for doc in self.iter() {
            f(&doc?)?;
        }
        Ok(())
    }
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON record per line.
    Jsonl,
    /// One JSON array.
    Json,
    /// One row per document.
    Csv,
    /// A SQLite database (needs --output).
    Sqlite,
    /// OParl 1.1 Paper objects (one list object).
    Oparl,
    /// An Elasticsearch/OpenSearch `_bulk` request body.
    EsBulk,
}

impl Format {
    /// Every format with its name and a one-line description, in the order `--help` lists them.
    pub const ALL: [(Format, &'static str, &'static str); 6] = [
        (Format::Jsonl, "jsonl", "One JSON record per line"),
        (Format::Json, "json", "One JSON array"),
        (Format::Csv, "csv", "One row per document"),
        (
            Format::Sqlite,
            "sqlite",
            "A SQLite database (needs --output)",
        ),
        (
            Format::Oparl,
            "oparl",
            "OParl 1.1 Paper objects (one list object)",
        ),
        (
            Format::EsBulk,
            "es-bulk",
            "An Elasticsearch/OpenSearch `_bulk` request body",
        ),
    ];

    /// The name of the format (`jsonl`, `es-bulk`, …).
    pub fn name(self) -> &'static str {
        Format::ALL
            .iter()
            .find(|(f, _, _)| *f == self)
            .map_or("", |(_, name, _)| name)
    }

    /// The format with this name.
    pub fn parse(name: &str) -> Option<Format> {
        Format::ALL
            .iter()
            .find(|(_, n, _)| n.eq_ignore_ascii_case(name.trim()))
            .map(|(f, _, _)| *f)
    }
}

/// Documents handed on one at a time, calling `tick` after each (for a progress display).
pub struct Ticking<'a> {
    /// The documents.
    pub docs: &'a dyn Documents,
    /// Called after each document was written.
    pub tick: &'a dyn Fn(),
}

impl Documents for Ticking<'_> {
    fn count(&self) -> usize {
        self.docs.count()
    }
    fn each(
        &self,
        f: &mut dyn FnMut(&StoredDoc) -> Result<(), ExportError>,
    ) -> Result<(), ExportError> {
        self.docs.each(&mut |doc| {
            f(doc)?;
            (self.tick)();
            Ok(())
        })
    }
}

/// Settings shared by every format.
#[derive(Debug, Clone)]
pub struct Options {
    /// CSV for German Excel: UTF-8 BOM, `;` separators, decimal commas.
    pub excel: bool,
    /// Base URL of the generated OParl object ids (without trailing slash).
    pub oparl_base: String,
    /// Prefix for links to the PDFs; `None` links to the local file (`file://`).
    pub link_base: Option<String>,
    /// Target index name of the `_bulk` body.
    pub es_index: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            excel: false,
            oparl_base: "https://ratsdex.invalid/oparl/v1".into(),
            link_base: None,
            es_index: "ratsdex".into(),
        }
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing failed.
    #[error("write failed: {0}")]
    Io(#[from] std::io::Error),
    /// Serialising failed.
    #[error("serialise failed: {0}")]
    Json(#[from] serde_json::Error),
    /// CSV writing failed.
    #[error("csv: {0}")]
    Csv(#[from] ::csv::Error),
    /// SQLite reported an error.
    #[error("sqlite: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Reading a document from the index failed.
    #[error("index: {0}")]
    Index(#[from] IndexError),
    /// The format writes a file, not a stream.
    #[error("--format {0} needs --output FILE")]
    NeedsFile(&'static str),
    /// The output file could not be created or replaced.
    #[error("cannot write \"{path}\"")]
    File {
        /// The output path.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
}

impl ExportError {
    /// True when the reader of the output went away (`ratsdex export | head`), whichever
    /// writer noticed.
    pub fn is_broken_pipe(&self) -> bool {
        let kind = match self {
            ExportError::Io(e) => Some(e.kind()),
            ExportError::Json(e) => e.io_error_kind(),
            ExportError::Csv(e) => match e.kind() {
                ::csv::ErrorKind::Io(e) => Some(e.kind()),
                _ => None,
            },
            _ => None,
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    }
}

/// Write `docs` to `out` in `format` with default options.
pub fn write(docs: &dyn Documents, format: Format, out: &mut dyn Write) -> Result<(), ExportError> {
    write_with(docs, format, &Options::default(), out)
}

/// Write `docs` to `out` in `format` (every format except [`Format::Sqlite`], which needs a file).
pub fn write_with(
    docs: &dyn Documents,
    format: Format,
    opts: &Options,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match format {
        Format::Jsonl => jsonl::write_lines(docs, out),
        Format::Json => jsonl::write_array(docs, out),
        Format::Csv => csv::write(docs, opts, out),
        Format::Oparl => oparl::write(docs, opts, out),
        Format::EsBulk => es_bulk::write(docs, opts, out),
        Format::Sqlite => Err(ExportError::NeedsFile("sqlite")),
    }
}

/// Write `docs` to the file at `path` in `format`, replacing it only once complete.
pub fn write_file(
    docs: &dyn Documents,
    format: Format,
    opts: &Options,
    path: &Path,
) -> Result<(), ExportError> {
    let file_err = |source| ExportError::File {
        path: path.display().to_string(),
        source,
    };
    let mut tmp_name = path.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(".part");
    let tmp = path.with_file_name(tmp_name);
    let _ = std::fs::remove_file(&tmp);
    let result = if format == Format::Sqlite {
        sqlite::write(docs, &tmp)
    } else {
        let file = std::fs::File::create(&tmp).map_err(file_err)?;
        let mut out = std::io::BufWriter::new(file);
        write_with(docs, format, opts, &mut out)
            .and_then(|()| out.flush().map_err(ExportError::from))
    };
    match result {
        Ok(()) => std::fs::rename(&tmp, path).map_err(file_err),
        Err(e) => {
            let _ = std::fs::remove_file(&tmp);
            Err(e)
        }
    }
}

/// Wrap records read from a file as stored documents (no text; stamp from the record).
pub fn stored(records: Vec<crate::record::DocumentRecord>) -> Vec<StoredDoc> {
    records
        .into_iter()
        .map(|record| StoredDoc {
            stamp: crate::index::FileStamp {
                size: record.size,
                mtime_ns: 0,
                hash: record.hash.clone(),
                pipeline_version: 0,
                rules: String::new(),
            },
            record,
            text: String::new(),
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod testdata;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_to_a_stream_asks_for_a_file() {
        let mut out = Vec::new();
        let err = write(&testdata::docs(), Format::Sqlite, &mut out);
        assert!(matches!(err, Err(ExportError::NeedsFile("sqlite"))));
    }

    #[test]
    fn format_names_round_trip() {
        for (f, name, _) in Format::ALL {
            assert_eq!(f.name(), name);
            assert_eq!(Format::parse(name), Some(f));
        }
        assert_eq!(Format::parse("xml"), None);
    }

    #[test]
    fn ticking_counts_written_documents() {
        let docs = testdata::docs();
        let n = std::cell::Cell::new(0);
        let tick = || n.set(n.get() + 1);
        let ticking = Ticking {
            docs: &docs,
            tick: &tick,
        };
        write(&ticking, Format::Csv, &mut Vec::new()).unwrap();
        assert_eq!(n.get(), docs.len());
    }

    #[test]
    fn write_file_replaces_atomically_and_leaves_no_part_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        std::fs::write(&path, "old").unwrap();
        write_file(&testdata::docs(), Format::Jsonl, &Options::default(), &path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(text.lines().count(), testdata::docs().len());
        assert!(!dir.path().join("out.jsonl.part").exists());
    }
}
