//! Export stage: writes stored records as JSON Lines, JSON or CSV.

use crate::index::StoredDoc;
use std::io::Write;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One JSON record per line.
    Jsonl,
    /// One JSON array.
    Json,
    /// One row per document.
    Csv,
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
    Csv(#[from] csv::Error),
}

/// Write `docs` to `out` in `format`.
pub fn write(docs: &[StoredDoc], format: Format, out: &mut dyn Write) -> Result<(), ExportError> {
    match format {
        Format::Jsonl => {
            for d in docs {
                serde_json::to_writer(&mut *out, &d.record)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Json => {
            let records: Vec<_> = docs.iter().map(|d| &d.record).collect();
            serde_json::to_writer_pretty(&mut *out, &records)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(out);
            w.write_record([
                "path",
                "drucksache",
                "doc_type",
                "date",
                "title",
                "klimacheck",
                "themes",
            ])?;
            for d in docs {
                let r = &d.record;
                w.write_record([
                    r.path.clone(),
                    r.drucksache.clone().unwrap_or_default(),
                    r.doc_type.map(|t| t.to_string()).unwrap_or_default(),
                    r.date.map(|t| t.to_string()).unwrap_or_default(),
                    r.title.clone().unwrap_or_default(),
                    r.klimacheck.map(|t| t.to_string()).unwrap_or_default(),
                    r.themes.join("; "),
                ])?;
            }
            w.flush()?;
        }
    }
    Ok(())
}
