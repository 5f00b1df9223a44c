//! JSON Lines (one full [`DocumentRecord`](crate::record::DocumentRecord) per line) and JSON
//! array output.

use super::{Documents, ExportError};
use crate::record::DocumentRecord;
use std::io::Write;

/// One record per line: what `evaluate.py --pred` reads.
pub fn write_lines(docs: &dyn Documents, out: &mut dyn Write) -> Result<(), ExportError> {
    docs.each(&mut |d| {
        serde_json::to_writer(&mut *out, &d.record)?;
        out.write_all(b"\n")?;
        Ok(())
    })
}

/// One pretty-printed JSON array of records.
pub fn write_array(docs: &dyn Documents, out: &mut dyn Write) -> Result<(), ExportError> {
    out.write_all(b"[")?;
    let mut first = true;
    docs.each(&mut |d| {
        out.write_all(if first { b"\n  " } else { b",\n  " })?;
        first = false;
        serde_json::to_writer(&mut *out, &d.record)?;
        Ok(())
    })?;
    out.write_all(if first { b"]\n" } else { b"\n]\n" })?;
    Ok(())
}

/// Read records from JSON Lines as written by [`write_lines`]; missing keys take their default
/// values, unknown keys are ignored, blank lines skipped. Errors name the 1-based line.
pub fn read_records(text: &str) -> Result<Vec<DocumentRecord>, ReadError> {
    let base = serde_json::to_value(DocumentRecord::default())
        .map_err(|e| ReadError { line: 0, source: e })?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |source| ReadError {
            line: i + 1,
            source,
        };
        let v: serde_json::Value = serde_json::from_str(line).map_err(err)?;
        let mut merged = base.clone();
        if let (Some(m), serde_json::Value::Object(obj)) = (merged.as_object_mut(), v) {
            for (k, val) in obj {
                if m.contains_key(&k) && !(val.is_null() && m.get(&k).is_some_and(|d| !d.is_null()))
                {
                    m.insert(k, val);
                }
            }
        }
        out.push(serde_json::from_value(merged).map_err(err)?);
    }
    Ok(out)
}

/// A JSON Lines record that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("line {line}: {source}")]
pub struct ReadError {
    /// 1-based line number.
    pub line: usize,
    /// What was wrong.
    source: serde_json::Error,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    #[test]
    fn lines_round_trip_to_the_same_records() {
        let docs = testdata::docs();
        let mut out = Vec::new();
        write_lines(&docs, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let back: Vec<DocumentRecord> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let want: Vec<_> = docs.into_iter().map(|d| d.record).collect();
        assert_eq!(back, want);
    }

    #[test]
    fn array_round_trips_and_empty_is_valid() {
        let docs = testdata::docs();
        let mut out = Vec::new();
        write_array(&docs, &mut out).unwrap();
        let back: Vec<DocumentRecord> = serde_json::from_slice(&out).unwrap();
        assert_eq!(back.len(), docs.len());
        assert_eq!(back[2], docs[2].record);

        let mut out = Vec::new();
        write_array(&Vec::new(), &mut out).unwrap();
        let back: Vec<DocumentRecord> = serde_json::from_slice(&out).unwrap();
        assert!(back.is_empty());
    }

    #[test]
    fn reading_is_lenient_about_missing_and_unknown_keys() {
        let text = "{\"path\": \"a.pdf\", \"themes\": [\"bildung\"], \"extra\": 1, \"warnings\": null}\n\n";
        let recs = read_records(text).unwrap();
        assert_eq!(recs.len(), 1);
        assert_eq!(recs[0].path, "a.pdf");
        assert_eq!(recs[0].themes, vec!["bildung".to_string()]);
        assert!(recs[0].meta.warnings.is_empty());
        let err = read_records("{}\n{\"pages\": \"x\"}").unwrap_err();
        assert_eq!(err.line, 2);
    }
}
