//! Repairs of damaged files, as viewers (poppler) make them: a damaged or missing `%PDF-`
//! header, and objects the cross-reference data does not lead to (offsets that are wrong after
//! an edit, a wrong stream `/Length`) recovered by scanning the file for `N G obj`.

use super::lex::find;
use super::{lenient, objstreams};
use lopdf::xref::XrefEntry;
use lopdf::{Document, LoadOptions, Object, ObjectId};
use std::collections::BTreeSet;

/// Where the header is searched, as poppler does: the first KiB.
const HEADER_WINDOW: usize = 1024;

/// What [`header`] found.
pub enum Header {
    /// `%PDF-` within the first KiB.
    Found,
    /// No intact header, but the file is built like a PDF: a copy with a header that loads.
    Repaired(Vec<u8>),
    /// Neither a header nor the body of a PDF.
    Missing,
}

/// Look for the `%PDF-` header within the first KiB; a file without one that is built like a
/// PDF (objects and a trailer) gets one: the damaged byte before `PDF-1.x` is mended in place,
/// so that offsets stay right, or a header is put in front.
pub fn header(bytes: &[u8]) -> Header {
    let head = bytes.get(..HEADER_WINDOW).unwrap_or(bytes);
    if find(head, b"%PDF-").is_some() {
        return Header::Found;
    }
    if !built_like_pdf(bytes) {
        return Header::Missing;
    }
    let mut fixed = bytes.to_vec();
    let version = head
        .windows(5)
        .position(|w| w.starts_with(b"PDF-") && w[4].is_ascii_digit());
    match version {
        Some(p) if p > 0 => {
            if let Some(b) = fixed.get_mut(p - 1) {
                *b = b'%';
            }
        }
        Some(_) => fixed.insert(0, b'%'),
        None => {
            fixed = b"%PDF-1.7\n".to_vec();
            fixed.extend_from_slice(bytes);
        }
    }
    Header::Repaired(fixed)
}

/// True when the bytes hold indirect objects and a trailer (or a cross-reference stream).
fn built_like_pdf(bytes: &[u8]) -> bool {
    find(bytes, b"endobj").is_some()
        && (find(bytes, b"startxref").is_some()
            || find(bytes, b"trailer").is_some()
            || find(bytes, b"/XRef").is_some())
}

/// Objects the file names but that did not load — entries of the cross-reference data whose
/// offset points elsewhere or whose stream `/Length` is wrong, members of a damaged object
/// stream, targets of references — are taken from a second load that rebuilds the table by
/// scanning for `N G obj`.
/// Returns a note when objects were recovered.
pub fn missing_objects(doc: &mut Document, bytes: &[u8], options: LoadOptions) -> Option<String> {
    let mut missing: BTreeSet<ObjectId> = doc
        .reference_table
        .entries
        .iter()
        .filter_map(|(&number, entry)| match *entry {
            XrefEntry::Normal { generation, .. } => Some((number, generation)),
            XrefEntry::Compressed { .. } => Some((number, 0)),
            XrefEntry::Free | XrefEntry::UnusableFree => None,
        })
        .filter(|id| !doc.objects.contains_key(id))
        .collect();
    missing.extend(dangling_references(doc));
    if missing.is_empty() || doc.trailer.has(b"Encrypt") {
        return None;
    }
    let mut rebuilt = rebuilt(bytes, options)?;
    let mut found = 0usize;
    for id in &missing {
        if let Some(object) = rebuilt.objects.remove(id) {
            doc.objects.insert(*id, object);
            found += 1;
        }
    }
    (found > 0).then(|| {
        format!(
            "damaged file: {found} of {} unreadable objects recovered by scanning it",
            missing.len()
        )
    })
}

/// The document as a load that rebuilds the cross-reference table by scanning the file for
/// `N G obj` reads it (ignoring the cross-reference data and trailer as written), after bad
/// tokens in objects and trailer were blanked (see [`lenient`]).
pub fn rebuilt(bytes: &[u8], options: LoadOptions) -> Option<Document> {
    let options = LoadOptions {
        force_reconstruct: true,
        ..options
    };
    let mended = lenient::mend(bytes);
    let bytes = mended.as_deref().unwrap_or(bytes);
    objstreams::load(&eol_before_endstream(bytes), options)
        .result
        .ok()
}

/// A copy with a line break put before every `endstream` that directly follows stream data
/// (as some producers write it after ASCII85 data): lopdf finds the end of a stream whose
/// `/Length` is wrong only by a line break before `endstream`. Offsets shift, which does not
/// matter to a load that rebuilds the table by scanning.
fn eol_before_endstream(bytes: &[u8]) -> Vec<u8> {
    const KEYWORD: &[u8] = b"endstream";
    let mut out = Vec::with_capacity(bytes.len() + 64);
    let mut rest = bytes;
    while let Some(p) = find(rest, KEYWORD) {
        let (before, after) = rest.split_at(p);
        out.extend_from_slice(before);
        if !matches!(before.last(), Some(b'\n' | b'\r') | None) {
            out.push(b'\n');
        }
        out.extend_from_slice(KEYWORD);
        rest = after.get(KEYWORD.len()..).unwrap_or_default();
    }
    out.extend_from_slice(rest);
    out
}

/// References (from the trailer and every object) to objects that are not loaded.
fn dangling_references(doc: &Document) -> BTreeSet<ObjectId> {
    let mut out = BTreeSet::new();
    let mut stack: Vec<&Object> = doc.trailer.iter().map(|(_, v)| v).collect();
    stack.extend(doc.objects.values());
    while let Some(object) = stack.pop() {
        match object {
            Object::Reference(id) if !doc.objects.contains_key(id) => {
                out.insert(*id);
            }
            Object::Array(items) => stack.extend(items),
            Object::Dictionary(d) => stack.extend(d.iter().map(|(_, v)| v)),
            Object::Stream(s) => stack.extend(s.dict.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_flipped_first_byte_is_mended_in_place() {
        let pdf = b"$PDF-1.7\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        match header(pdf) {
            Header::Repaired(fixed) => {
                assert_eq!(fixed.len(), pdf.len());
                assert!(fixed.starts_with(b"%PDF-1.7\n"));
            }
            _ => panic!("not repaired"),
        }
    }

    #[test]
    fn endstream_gets_a_line_break_where_it_has_none() {
        let fixed = eol_before_endstream(b"stream\nabc~>endstream\nstream\nx\nendstream");
        assert_eq!(fixed, b"stream\nabc~>\nendstream\nstream\nx\nendstream");
    }

    #[test]
    fn a_lost_header_is_put_in_front_and_html_stays_not_a_pdf() {
        let body = b"1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        assert!(matches!(header(body), Header::Repaired(f) if f.starts_with(b"%PDF-1.7\n1 0 obj")));
        let html = b"<html><body>502 Bad Gateway: PDF-1.7 not found</body></html>";
        assert!(matches!(header(html), Header::Missing));
        let mut late = vec![b' '; 600];
        late.extend_from_slice(b"%PDF-1.4\n");
        assert!(matches!(header(&late), Header::Found));
    }
}
