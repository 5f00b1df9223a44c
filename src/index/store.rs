//! What is stored per document (record JSON, text, file stamp) and the derived index fields.

use super::analysis::{fold, stem, words};
use super::schema::Fields;
use super::{FileStamp, IndexError, StoredDoc};
use crate::record::DocumentRecord;
use tantivy::TantivyDocument;
use tantivy::schema::Value;

/// Normalise a Drucksachen-Nr.: upper case, no spaces, `-`/`.`/`/` unified to `/`, leading
/// zeros of number groups dropped (`vo / 01254 / 21` → `VO/1254/21`).
pub fn normalize_drucksache(s: &str) -> String {
    groups(s).join("/")
}

/// The Drucksachen-Nr. without leading letter groups (`VO/1254/21` → `1254/21`).
pub fn drucksache_core(s: &str) -> String {
    let g = groups(s);
    let first_digit = g
        .iter()
        .position(|x| x.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(0);
    g.get(first_digit..).unwrap_or_default().join("/")
}

/// The alphanumeric groups of a reference number, upper case, zeros trimmed.
fn groups(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if !cur.is_empty() {
            let t = if cur.chars().all(|c| c.is_ascii_digit()) {
                let t = cur.trim_start_matches('0');
                if t.is_empty() { "0" } else { t }.to_string()
            } else {
                cur.to_uppercase()
            };
            out.push(t);
            cur.clear();
        }
    };
    for c in s.chars() {
        if c.is_alphanumeric() {
            // a switch between letters and digits starts a new group (`VO1254` = `VO/1254`)
            if let Some(last) = cur.chars().last()
                && last.is_ascii_digit() != c.is_ascii_digit()
            {
                flush(&mut cur, &mut out);
            }
            cur.push(c);
        } else {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

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
    doc.add_text(f.path, &record.path);
    doc.add_text(f.file_name, file_name(&record.path));
    if let Some(ds) = &record.drucksache {
        doc.add_text(f.ds_norm, normalize_drucksache(ds));
        doc.add_text(f.ds_core, drucksache_core(ds));
    }
    let title = record.title.as_deref().unwrap_or("");
    doc.add_text(f.title_exact, title);
    doc.add_text(f.title_stem, title);
    doc.add_text(f.body_exact, text);
    doc.add_text(f.body_stem, text);
    doc.add_text(f.parts, &parts.all);
    doc.add_text(f.title_parts, &parts.title);
    for t in &record.themes {
        doc.add_text(f.theme, t);
    }
    for c in &record.consultations {
        doc.add_text(f.committee, &c.committee);
        doc.add_text(f.committee_lc, c.committee.to_lowercase());
    }
    if let Some(d) = &record.department {
        doc.add_text(f.department_lc, d.to_lowercase());
    }
    doc.add_text(
        f.klimacheck,
        record.klimacheck.map(|k| k.as_str()).unwrap_or("none"),
    );
    doc.add_text(
        f.doc_type,
        record.doc_type.map(|t| t.as_str()).unwrap_or("none"),
    );
    doc.add_text(
        f.public,
        match record.public {
            Some(true) => "true",
            Some(false) => "false",
            None => "none",
        },
    );
    match record.date {
        Some(d) => {
            doc.add_i64(f.date, date_key(d));
            doc.add_text(f.year, d.year().to_string());
        }
        None => doc.add_text(f.year, "none"),
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

/// The stored path of a document.
pub fn path_of(f: &Fields, doc: &TantivyDocument) -> String {
    doc.get_first(f.path)
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string()
}

/// The stored file stamp of a document.
pub fn stamp_of(f: &Fields, doc: &TantivyDocument) -> Result<FileStamp, IndexError> {
    let json = doc
        .get_first(f.stamp)
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    serde_json::from_str(json).map_err(|e| {
        IndexError::Tantivy(format!("stored stamp unreadable (rebuild the index): {e}"))
    })
}

/// Read the stored record, text and stamp back.
pub fn from_document(f: &Fields, doc: &TantivyDocument) -> Result<StoredDoc, IndexError> {
    let get = |field| {
        doc.get_first(field)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let bad = |what: &str, e: serde_json::Error| {
        IndexError::Tantivy(format!("stored {what} unreadable (rebuild the index): {e}"))
    };
    let record: DocumentRecord =
        serde_json::from_str(&get(f.record)).map_err(|e| bad("record", e))?;
    let stamp: FileStamp = serde_json::from_str(&get(f.stamp)).map_err(|e| bad("stamp", e))?;
    Ok(StoredDoc {
        record,
        text: get(f.text),
        stamp,
    })
}

/// The compound-part stems of every word of `text`, separated by spaces.
pub fn compound_parts(text: &str, split: &mut dyn FnMut(&str) -> Vec<String>) -> String {
    let mut out = String::new();
    for w in words(text) {
        if w.text.len() < 6 || w.text.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        for p in split(&fold(w.text)) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&stem(&p));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_reference_numbers() {
        assert_eq!(normalize_drucksache("VO/1254/21"), "VO/1254/21");
        assert_eq!(normalize_drucksache("vo / 1254 / 21"), "VO/1254/21");
        assert_eq!(normalize_drucksache("V/0456/2022"), "V/456/2022");
        assert_eq!(drucksache_core("VO/1254/21"), "1254/21");
        assert_eq!(drucksache_core("1254/21"), "1254/21");
        assert_eq!(drucksache_core("DS 17/1234"), "17/1234");
    }

    #[test]
    fn file_name_of_paths() {
        assert_eq!(file_name("corpus/a/b.pdf"), "b.pdf");
        assert_eq!(file_name("b.pdf"), "b.pdf");
    }
}
