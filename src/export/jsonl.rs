//! JSON Lines (one full [`DocumentRecord`](crate::record::DocumentRecord) per line) and JSON
//! array output.

use super::{ExportError, Options};
use crate::index::StoredDoc;
use std::io::Write;

/// One record per line: what `evaluate.py --pred` reads.
pub fn write_lines(
    docs: &[StoredDoc],
    opts: &Options,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    for d in docs {
        serde_json::to_writer(&mut *out, &d.record)?;
        out.write_all(b"\n")?;
        opts.progress.inc(1);
    }
    Ok(())
}

/// One pretty-printed JSON array of records.
pub fn write_array(
    docs: &[StoredDoc],
    opts: &Options,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    out.write_all(b"[")?;
    for (i, d) in docs.iter().enumerate() {
        out.write_all(if i == 0 { b"\n  " } else { b",\n  " })?;
        serde_json::to_writer(&mut *out, &d.record)?;
        opts.progress.inc(1);
    }
    out.write_all(if docs.is_empty() { b"]\n" } else { b"\n]\n" })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;
    use crate::record::DocumentRecord;

    #[test]
    fn lines_round_trip_to_the_same_records() {
        let docs = testdata::docs();
        let mut out = Vec::new();
        write_lines(&docs, &Options::default(), &mut out).unwrap();
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
        write_array(&docs, &Options::default(), &mut out).unwrap();
        let back: Vec<DocumentRecord> = serde_json::from_slice(&out).unwrap();
        assert_eq!(back.len(), docs.len());
        assert_eq!(back[2], docs[2].record);

        let mut out = Vec::new();
        write_array(&[], &Options::default(), &mut out).unwrap();
        let back: Vec<DocumentRecord> = serde_json::from_slice(&out).unwrap();
        assert!(back.is_empty());
    }
}
