//! The tantivy schema, its field handles, and the schema version stored beside the index.

use super::IndexError;
use super::analysis::{EXACT, PLAIN, STEM};
use std::path::Path;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

/// Version of the schema and analysis; bump whenever either changes.
pub const SCHEMA_VERSION: u32 = 2;
/// File in the index directory holding [`SCHEMA_VERSION`].
pub const VERSION_FILE: &str = "ratsdex-index.json";

/// Handles of every field.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// Path as ingested (raw, stored).
    pub path: Field,
    /// File name of the path (raw).
    pub file_name: Field,
    /// Normalised Drucksachen-Nr. (`VO/1254/21`).
    pub ds_norm: Field,
    /// Drucksachen-Nr. without its letter prefix (`1254/21`).
    pub ds_core: Field,
    /// Title, folded surface forms.
    pub title_exact: Field,
    /// Title, stems.
    pub title_stem: Field,
    /// Body text, folded surface forms.
    pub body_exact: Field,
    /// Body text, stems.
    pub body_stem: Field,
    /// Stems of compound parts of title and body words.
    pub parts: Field,
    /// Stems of compound parts of title words.
    pub title_parts: Field,
    /// Theme ids.
    pub theme: Field,
    /// Committees as printed.
    pub committee: Field,
    /// Committees, lower case (for substring filters).
    pub committee_lc: Field,
    /// Department, lower case.
    pub department_lc: Field,
    /// `neutral`, `positive`, `negative` or `none`.
    pub klimacheck: Field,
    /// Canonical document type or `none`.
    pub doc_type: Field,
    /// `true`, `false` or `none`.
    pub public: Field,
    /// Date as `YYYYMMDD`.
    pub date: Field,
    /// Year of the date, or `none`.
    pub year: Field,
    /// The record as JSON.
    pub record: Field,
    /// The extracted text.
    pub text: Field,
    /// The file stamp as JSON.
    pub stamp: Field,
}

/// Text options for an analysed field with positions.
fn analysed(tokenizer: &str, positions: bool) -> TextOptions {
    let option = if positions {
        IndexRecordOption::WithFreqsAndPositions
    } else {
        IndexRecordOption::WithFreqs
    };
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(option),
    )
}

/// Build the schema and its field handles.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        path: b.add_text_field("path", STRING | STORED),
        file_name: b.add_text_field("file_name", STRING),
        ds_norm: b.add_text_field("ds_norm", STRING),
        ds_core: b.add_text_field("ds_core", STRING),
        title_exact: b.add_text_field("title_exact", analysed(EXACT, true)),
        title_stem: b.add_text_field("title_stem", analysed(STEM, true)),
        body_exact: b.add_text_field("body_exact", analysed(EXACT, true)),
        body_stem: b.add_text_field("body_stem", analysed(STEM, true)),
        parts: b.add_text_field("parts", analysed(PLAIN, false)),
        title_parts: b.add_text_field("title_parts", analysed(PLAIN, false)),
        theme: b.add_text_field("theme", STRING | FAST),
        committee: b.add_text_field("committee", STRING | FAST),
        committee_lc: b.add_text_field("committee_lc", STRING),
        department_lc: b.add_text_field("department_lc", STRING),
        klimacheck: b.add_text_field("klimacheck", STRING | FAST),
        doc_type: b.add_text_field("doc_type", STRING | FAST),
        public: b.add_text_field("public", STRING),
        date: b.add_i64_field("date", INDEXED | FAST),
        year: b.add_text_field("year", STRING | FAST),
        record: b.add_text_field("record", STORED),
        text: b.add_text_field("text", STORED),
        stamp: b.add_text_field("stamp", STORED),
    };
    (b.build(), fields)
}

/// The schema version recorded in `dir`, or `None` when there is no version file.
pub fn read_version(dir: &Path) -> Result<Option<u32>, IndexError> {
    let path = dir.join(VERSION_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| IndexError::Tantivy(format!("{}: {e}", path.display())))?;
    Ok(Some(
        value
            .get("schema_version")
            .and_then(serde_json::Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or(0),
    ))
}

/// Record [`SCHEMA_VERSION`] in `dir`.
pub fn write_version(dir: &Path) -> Result<(), IndexError> {
    let text = serde_json::json!({ "schema_version": SCHEMA_VERSION }).to_string();
    let tmp = dir.join(format!("{VERSION_FILE}.tmp"));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, dir.join(VERSION_FILE))?;
    Ok(())
}

/// True for files tantivy writes into an index directory (safe to delete on rebuild).
pub fn is_index_file(name: &str) -> bool {
    if matches!(name, "meta.json" | ".managed.json" | VERSION_FILE) || name.starts_with(".tantivy")
    {
        return true;
    }
    let stem = name.split('.').next().unwrap_or("");
    stem.len() == 32 && stem.chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_version(dir.path()).unwrap(), None);
        write_version(dir.path()).unwrap();
        assert_eq!(read_version(dir.path()).unwrap(), Some(SCHEMA_VERSION));
    }

    #[test]
    fn recognises_index_files_only() {
        assert!(is_index_file("meta.json"));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.store"));
        assert!(!is_index_file("ingest.lock"));
        assert!(!is_index_file("README.md"));
    }
}
