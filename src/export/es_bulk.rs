//! Elasticsearch/OpenSearch `_bulk` body: an `index` action line (id derived from the path, so a
//! re-export replaces documents), then the record plus its text, per document. [`MAPPING`] is the index definition (German analyzer) to create first.

use super::{Documents, ExportError, Options};
use serde_json::json;
use std::io::Write;

/// The index settings and mapping to `PUT` before sending the bulk body.
pub const MAPPING: &str = include_str!("es_mapping.json");

/// Write the `_bulk` body (newline-delimited JSON, ending with a newline).
pub fn write(docs: &dyn Documents, opts: &Options, out: &mut dyn Write) -> Result<(), ExportError> {
    docs.each(&mut |d| {
        let id = super::urls::path_id(&d.record.path);
        let action = json!({ "index": { "_index": opts.es_index, "_id": id } });
        serde_json::to_writer(&mut *out, &action)?;
        out.write_all(b"\n")?;
        let mut source = serde_json::to_value(&d.record)?;
        if let Some(obj) = source.as_object_mut() {
            obj.insert("text".into(), d.text.clone().into());
            obj.insert(
                "committees".into(),
                d.record
                    .meta
                    .consultations
                    .iter()
                    .map(|c| c.committee.clone())
                    .collect::<Vec<_>>()
                    .into(),
            );
        }
        serde_json::to_writer(&mut *out, &source)?;
        out.write_all(b"\n")?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;
    use crate::record::DocumentRecord;

    #[test]
    fn pairs_of_action_and_source_lines_round_trip() {
        let docs = testdata::docs();
        let mut out = Vec::new();
        write(&docs, &Options::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.ends_with('\n'));
        let lines: Vec<serde_json::Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), docs.len() * 2);
        for (pair, d) in lines.chunks(2).zip(&docs) {
            assert_eq!(pair[0]["index"]["_index"], "ratsdex");
            let id = crate::export::urls::path_id(&d.record.path);
            assert_eq!(pair[0]["index"]["_id"], id.as_str());
            assert_eq!(pair[1]["text"], d.text.as_str());
            let back: DocumentRecord = serde_json::from_value(pair[1].clone()).unwrap();
            assert_eq!(back, d.record);
        }
    }

    #[test]
    fn mapping_is_json_with_a_german_analyzer_on_text() {
        let m: serde_json::Value = serde_json::from_str(MAPPING).unwrap();
        let text = &m["mappings"]["properties"]["text"];
        assert_eq!(text["analyzer"], "german");
        assert_eq!(m["mappings"]["properties"]["themes"]["type"], "keyword");
    }
}
