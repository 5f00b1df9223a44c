//! What is stored per document (record JSON, text, file stamp) and the derived index fields.

use super::analysis::{fold, stem, words};
use super::schema::Fields;
use super::{FileStamp, IndexError, StoredDoc};
use crate::hash::HashMap;
use crate::record::DocumentRecord;
use crate::record::filters::{folded, klimacheck_key};
use tantivy::TantivyDocument;
use tantivy::schema::Value;

/// The file name of a path (after the last `/` or `\`).
pub fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// Compound-part stems of a document: of the title, and of title and text together.
#[derive(Debug, Clone, Default)]
pub struct Parts {
    /// Parts of title words.
    pub title: String,
    /// Parts of all words.
    pub all: String,
}

/// Build the tantivy document for a record with its compound parts.
pub fn to_document(
    f: &Fields,
    record: &DocumentRecord,
    text: &str,
    stamp: &FileStamp,
    parts: &Parts,
) -> Result<TantivyDocument, IndexError> {
    let json = |e: serde_json::Error| IndexError::Tantivy(format!("serialising record: {e}"));
    let mut doc = TantivyDocument::default();
    let m = &record.meta;
    doc.add_text(f.path, &record.path);
    doc.add_text(f.file_name, file_name(&record.path));
    if let Some(ds) = &m.drucksache {
        doc.add_text(f.ds_norm, ds.key());
        doc.add_text(f.ds_core, ds.core());
        for part in ds.partial_keys() {
            doc.add_text(f.ds_part, part);
        }
    }
    // a copy of identical content is searched through its original: its words are not analysed
    if record.duplicate_of.is_none() {
        let title = m.title.as_deref().unwrap_or("");
        doc.add_text(f.title_exact, title);
        doc.add_text(f.title_stem, title);
        doc.add_text(f.body_exact, text);
        doc.add_text(f.body_stem, text);
        doc.add_text(f.parts, &parts.all);
        doc.add_text(f.title_parts, &parts.title);
    }
    for t in &record.themes {
        doc.add_text(f.theme, t);
    }
    for c in &m.consultations {
        doc.add_text(f.committee, &c.committee);
        doc.add_text(f.committee_lc, folded(&c.committee));
    }
    if let Some(d) = &m.department {
        doc.add_text(f.department_lc, folded(d));
    }
    if let Some(o) = &m.originator {
        doc.add_text(f.originator_lc, folded(o));
    }
    doc.add_text(f.klimacheck, klimacheck_key(m.klimacheck));
    doc.add_text(f.doc_type, m.doc_type.map_or("none", |t| t.as_str()));
    doc.add_text(
        f.public,
        match m.public {
            Some(true) => "true",
            Some(false) => "false",
            None => "none",
        },
    );
    match m.date {
        Some(d) => {
            doc.add_i64(f.date, date_key(d));
            doc.add_text(f.year, d.year().to_string());
        }
        None => doc.add_text(f.year, "none"),
    }
    doc.add_text(f.hash, &record.hash);
    match &record.duplicate_of {
        Some(original) => {
            doc.add_text(f.copy_of, original);
            doc.add_text(f.is_copy, "true");
        }
        None => doc.add_text(f.is_copy, "false"),
    }
    doc.add_text(f.record, serde_json::to_string(record).map_err(json)?);
    doc.add_text(f.text, text);
    doc.add_text(f.stamp, serde_json::to_string(stamp).map_err(json)?);
    Ok(doc)
}

/// A date as the sortable integer `YYYYMMDD`.
pub fn date_key(d: crate::record::Date) -> i64 {
    i64::from(d.year()) * 10_000 + i64::from(d.month()) * 100 + i64::from(d.day())
}

/// A stored text field of a document (empty when absent).
fn stored(doc: &TantivyDocument, field: tantivy::schema::Field) -> &str {
    doc.get_first(field)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
}

/// A stored JSON field, parsed.
fn parsed<T: serde::de::DeserializeOwned>(
    doc: &TantivyDocument,
    field: tantivy::schema::Field,
    what: &str,
) -> Result<T, IndexError> {
    serde_json::from_str(stored(doc, field)).map_err(|e| {
        IndexError::Tantivy(format!("stored {what} unreadable (rebuild the index): {e}"))
    })
}

/// The stored path, file stamp and `duplicate_of` of a document (without reading the whole
/// record).
pub fn identity_of(
    f: &Fields,
    doc: &TantivyDocument,
) -> Result<(String, FileStamp, Option<String>), IndexError> {
    #[derive(serde::Deserialize)]
    struct Identity {
        path: String,
        duplicate_of: Option<String>,
    }
    let id: Identity = parsed(doc, f.record, "record")?;
    Ok((id.path, parsed(doc, f.stamp, "stamp")?, id.duplicate_of))
}

/// Read the stored record, text and stamp back.
pub fn from_document(f: &Fields, doc: &TantivyDocument) -> Result<StoredDoc, IndexError> {
    Ok(StoredDoc {
        record: parsed(doc, f.record, "record")?,
        text: stored(doc, f.text).to_string(),
        stamp: parsed(doc, f.stamp, "stamp")?,
    })
}

/// The compound-part stems of words as written: each distinct word is folded, split (by the
/// function given) and its parts stemmed once, however often it occurs in the texts of a batch.
pub struct PartStems<'t, F> {
    split: F,
    memo: HashMap<&'t str, Vec<String>>,
}

impl<'t, F: Fn(&str) -> Vec<String>> PartStems<'t, F> {
    /// Stems of the parts `split` gives for a folded word.
    pub fn new(split: F) -> PartStems<'t, F> {
        PartStems {
            split,
            memo: HashMap::default(),
        }
    }

    /// The compound-part stems of every word of `text`, separated by spaces.
    pub fn compound_parts(&mut self, text: &'t str) -> String {
        let mut out = String::new();
        for w in words(text) {
            if w.text.len() < 6 || w.text.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            let split = &self.split;
            let stems = self
                .memo
                .entry(w.text)
                .or_insert_with(|| split(&fold(w.text)).iter().map(|p| stem(p)).collect());
            for s in stems.iter() {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(s);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_name_of_paths() {
        assert_eq!(file_name("corpus/a/b.pdf"), "b.pdf");
        assert_eq!(file_name("b.pdf"), "b.pdf");
    }
}
