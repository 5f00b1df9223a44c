//! Bounded access to the lopdf object model: loading, dereferencing, stream decoding.

use super::{Limits, PdfError, objstreams, repair};
use crate::deadline::Stage;
use flate2::read::{DeflateDecoder, ZlibDecoder};
use lopdf::{Dictionary, Document, LoadOptions, Object, ObjectId, Stream};
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::rc::Rc;

/// Decoded bytes of shared streams kept per document (see [`Budget::shared_stream_data`]).
const SHARED_CACHE_BYTES: usize = 64 << 20;

/// Tracks the resources one document has used so far.
#[derive(Debug)]
pub struct Budget {
    /// The limits in force.
    pub limits: Limits,
    decoded: usize,
    glyphs: usize,
    /// Stream objects decoded once (a second request caches them).
    seen: HashSet<ObjectId>,
    /// Decoded data of stream objects requested more than once.
    shared: HashMap<ObjectId, Rc<[u8]>>,
    /// Bytes held in `shared`.
    shared_bytes: usize,
}

impl Budget {
    /// A fresh budget for `limits`.
    pub fn new(limits: &Limits) -> Budget {
        Budget {
            limits: limits.clone(),
            decoded: 0,
            glyphs: 0,
            seen: HashSet::new(),
            shared: HashMap::new(),
            shared_bytes: 0,
        }
    }

    /// Fail when the deadline has passed.
    pub fn check_time(&self) -> Result<(), PdfError> {
        Ok(self.limits.deadline().check(Stage::Pdf)?)
    }

    /// Glyphs the document may still keep.
    pub fn glyph_room(&self) -> usize {
        self.limits
            .max_glyphs_per_document
            .saturating_sub(self.glyphs)
    }

    /// Count `n` glyphs kept.
    pub fn charge_glyphs(&mut self, n: usize) {
        self.glyphs = self.glyphs.saturating_add(n);
    }

    fn charge(&mut self, n: usize) -> Result<(), PdfError> {
        self.decoded = self.decoded.saturating_add(n);
        if self.decoded > self.limits.max_document_bytes {
            return Err(PdfError::Limit(format!(
                "decompressed bytes per document > {}",
                self.limits.max_document_bytes
            )));
        }
        Ok(())
    }
}

/// A loaded document and what had to be repaired to load it.
pub struct Loaded {
    /// The document.
    pub doc: Document,
    /// One line per repair (a damaged header, objects recovered by scanning the file).
    pub repairs: Vec<String>,
    /// The cross-reference data did not load: the objects were found by scanning the file.
    pub rebuilt: bool,
}

/// Load a document: lopdf with a per-stream decompression cap; encrypted files are opened with
/// the empty user password or rejected. A damaged header or cross-reference table is repaired
/// as viewers do (see [`repair`](super::repair)).
pub fn load(bytes: &[u8], limits: &Limits) -> Result<Loaded, PdfError> {
    if bytes.len() < 8 {
        return Err(PdfError::NotPdf("file too short".into()));
    }
    let mut repairs = Vec::new();
    let fixed;
    let bytes = match repair::header(bytes) {
        repair::Header::Found => bytes,
        repair::Header::Repaired(b) => {
            repairs.push("damaged PDF header repaired".to_string());
            fixed = b;
            fixed.as_slice()
        }
        repair::Header::Missing => return Err(PdfError::NotPdf("no %PDF header".into())),
    };
    let options = LoadOptions {
        max_decompressed_size: Some(limits.max_stream_bytes),
        ..LoadOptions::default()
    };
    let loaded = objstreams::load(bytes, options.clone());
    if loaded.skipped > 0 {
        repairs.push(format!(
            "{} objects too large to unpack left out (limit: {} tokens in object streams)",
            loaded.skipped,
            objstreams::BASE_TOKENS.saturating_add(bytes.len())
        ));
    }
    if loaded.top_level > 0 {
        repairs.push(format!(
            "{} objects too large to read left out (limit: {} tokens per object)",
            loaded.top_level,
            objstreams::MAX_OBJECT_TOKENS
        ));
    }
    let mut rebuilt = false;
    let mut doc = match loaded.result {
        Ok(doc) => doc,
        Err(e) => {
            let msg = e.to_string();
            if msg.to_ascii_lowercase().contains("decrypt")
                || msg.to_ascii_lowercase().contains("password")
            {
                return open_with_empty_password(bytes, options).map(|doc| Loaded {
                    doc,
                    repairs,
                    rebuilt: false,
                });
            }
            // Unreadable cross-reference data or trailer: read the file as viewers do, by
            // scanning it for objects.
            limits.deadline().check(Stage::Pdf)?;
            match repair::rebuilt(bytes, options.clone()) {
                Some(doc) => {
                    repairs.push(format!(
                        "damaged file read by scanning it for objects ({msg})"
                    ));
                    rebuilt = true;
                    doc
                }
                // Cut off before its trailer and catalog: the objects present, under a page
                // tree of the pages present.
                None => match repair::truncated(bytes, options.clone()) {
                    Some(doc) => {
                        repairs.push(format!(
                            "damaged file read by scanning it for objects, its catalog or page \
                             tree missing ({msg})"
                        ));
                        rebuilt = true;
                        doc
                    }
                    None if repair::cut_off(bytes) => {
                        return Err(PdfError::Corrupt(format!(
                            "truncated, no page left in what remains ({msg})"
                        )));
                    }
                    None => return Err(PdfError::Corrupt(msg)),
                },
            }
        }
    };
    if doc.is_encrypted() {
        return open_with_empty_password(bytes, options).map(|doc| Loaded {
            doc,
            repairs,
            rebuilt: false,
        });
    }
    limits.deadline().check(Stage::Pdf)?;
    if loaded.skipped == 0
        && loaded.top_level == 0
        && !rebuilt
        && let Some(note) = repair::missing_objects(&mut doc, bytes, options)
    {
        repairs.push(note);
    }
    // lopdf rebuilds the table itself when the cross-reference data does not lead to a page tree.
    let rebuilt = rebuilt || doc.xref_recovery == Some(lopdf::xref::XrefRecovery::Reconstructed);
    Ok(Loaded {
        doc,
        repairs,
        rebuilt,
    })
}

fn open_with_empty_password(bytes: &[u8], options: LoadOptions) -> Result<Document, PdfError> {
    let options = LoadOptions {
        password: Some(String::new()),
        ..options
    };
    match Document::load_mem_with_options(bytes, options) {
        Ok(doc) if !doc.is_encrypted() => Ok(doc),
        _ => Err(PdfError::Encrypted),
    }
}

/// Follow references (bounded) to the object they name; `None` for dangling references.
pub fn resolve<'a>(doc: &'a Document, mut obj: &'a Object) -> Option<&'a Object> {
    for _ in 0..16 {
        match obj {
            Object::Reference(id) => obj = doc.objects.get(id)?,
            other => return Some(other),
        }
    }
    None
}

/// `dict[key]` after resolving references.
pub fn get<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Object> {
    resolve(doc, dict.get(key).ok()?)
}

/// `dict[key]` as a dictionary (a stream's dictionary counts).
pub fn get_dict<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a Dictionary> {
    as_dict(get(doc, dict, key)?)
}

/// The dictionary of a dictionary or stream object.
pub fn as_dict(obj: &Object) -> Option<&Dictionary> {
    match obj {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&s.dict),
        _ => None,
    }
}

/// A number (integer or real) as f32.
pub fn num(obj: &Object) -> Option<f32> {
    match obj {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// `dict[key]` as a number.
pub fn get_num(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<f32> {
    num(get(doc, dict, key)?)
}

/// `dict[key]` as a name.
pub fn get_name<'a>(doc: &'a Document, dict: &'a Dictionary, key: &[u8]) -> Option<&'a [u8]> {
    match get(doc, dict, key)? {
        Object::Name(n) => Some(n),
        _ => None,
    }
}

/// `dict[key]` as a rectangle / matrix of numbers.
pub fn get_numbers(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<Vec<f32>> {
    match get(doc, dict, key)? {
        Object::Array(a) => a.iter().map(|o| resolve(doc, o).and_then(num)).collect(),
        _ => None,
    }
}

/// Decode a stream's data under the per-stream and per-document caps.
pub fn stream_data(stream: &Stream, budget: &mut Budget) -> Result<Vec<u8>, PdfError> {
    budget.check_time()?;
    let cap = budget.limits.max_stream_bytes;
    let filters: Vec<&[u8]> = match stream.dict.get(b"Filter") {
        Ok(Object::Name(n)) => vec![n.as_slice()],
        Ok(Object::Array(a)) => a
            .iter()
            .filter_map(|o| match o {
                Object::Name(n) => Some(n.as_slice()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let has_parms = stream.dict.get(b"DecodeParms").is_ok();
    let data = match filters.as_slice() {
        [] => stream.content.clone(),
        [f] if (*f == b"FlateDecode" || *f == b"Fl") && !has_parms => {
            inflate(&stream.content, cap)?
        }
        _ => stream
            .decompressed_content_with_limit(cap)
            .map_err(|e| match e {
                lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                    ..
                }) => PdfError::Limit(format!("decompressed bytes per stream > {cap}")),
                other => PdfError::Corrupt(format!("stream filter: {other}")),
            })?,
    };
    if data.len() > cap {
        return Err(PdfError::Limit(format!(
            "decompressed bytes per stream > {cap}"
        )));
    }
    budget.charge(data.len())?;
    Ok(data)
}

/// The decoded data of the stream `object` (a reference, or the stream itself): a stream object
/// that is asked for a second time (a content stream or form shared by many pages) is decoded
/// and charged once more and then kept, up to [`SHARED_CACHE_BYTES`] per document, so that a
/// file whose pages all draw one stream is read as poppler reads it instead of meeting the
/// per-document cap. `None` when `object` is not a stream.
pub fn shared_stream_data(
    doc: &Document,
    object: &Object,
    budget: &mut Budget,
) -> Option<Result<Rc<[u8]>, PdfError>> {
    let Some(Object::Stream(stream)) = resolve(doc, object) else {
        return None;
    };
    let Object::Reference(id) = *object else {
        return Some(stream_data(stream, budget).map(Rc::from));
    };
    if let Some(data) = budget.shared.get(&id) {
        return Some(budget.check_time().map(|()| Rc::clone(data)));
    }
    let data: Rc<[u8]> = match stream_data(stream, budget) {
        Ok(d) => Rc::from(d),
        Err(e) => return Some(Err(e)),
    };
    if !budget.seen.insert(id) && budget.shared_bytes + data.len() <= SHARED_CACHE_BYTES {
        budget.shared_bytes += data.len();
        budget.shared.insert(id, Rc::clone(&data));
    }
    Some(Ok(data))
}

/// Inflate zlib (or raw deflate) data, keeping what decodes before an error, up to `cap` bytes.
pub fn inflate(data: &[u8], cap: usize) -> Result<Vec<u8>, PdfError> {
    let mut out = Vec::new();
    let limit = u64::try_from(cap).unwrap_or(u64::MAX).saturating_add(1);
    let zlib_ok = data.len() >= 2 && (u16::from(data[0]) << 8 | u16::from(data[1])) % 31 == 0;
    let result = if zlib_ok {
        ZlibDecoder::new(data).take(limit).read_to_end(&mut out)
    } else {
        DeflateDecoder::new(data).take(limit).read_to_end(&mut out)
    };
    if out.len() > cap {
        return Err(PdfError::Limit(format!(
            "decompressed bytes per stream > {cap}"
        )));
    }
    // A damaged tail keeps what decoded so far, as viewers do.
    if result.is_err() && out.is_empty() && zlib_ok {
        let mut raw = Vec::new();
        let _ = DeflateDecoder::new(data.get(2..).unwrap_or_default())
            .take(limit)
            .read_to_end(&mut raw);
        if raw.len() > cap {
            return Err(PdfError::Limit(format!(
                "decompressed bytes per stream > {cap}"
            )));
        }
        return Ok(raw);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::Compression;
    use flate2::write::ZlibEncoder;
    use std::io::Write;

    #[test]
    fn inflate_is_capped() {
        let mut enc = ZlibEncoder::new(Vec::new(), Compression::default());
        enc.write_all(&vec![b'a'; 100_000]).unwrap_or_default();
        let z = enc.finish().unwrap_or_default();
        assert_eq!(inflate(&z, 200_000).map(|v| v.len()).ok(), Some(100_000));
        assert!(matches!(inflate(&z, 1000), Err(PdfError::Limit(_))));
    }

    #[test]
    fn truncated_flate_keeps_prefix() {
        let mut enc = ZlibEncoder::new(Vec::new(), Compression::default());
        enc.write_all(b"BT /F1 12 Tf (Hallo) Tj ET ")
            .unwrap_or_default();
        let z = enc.finish().unwrap_or_default();
        let cut = z.get(..z.len() - 6).unwrap_or_default();
        assert!(inflate(cut, 1000).is_ok());
    }

    #[test]
    fn not_pdf_is_typed() {
        let limits = Limits::default();
        assert!(matches!(
            load(b"<html>nope</html>", &limits),
            Err(PdfError::NotPdf(_))
        ));
    }
}
