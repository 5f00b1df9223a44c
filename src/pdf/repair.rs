//! Repairs of damaged files, as viewers (poppler) make them: a damaged or missing `%PDF-`
//! header, and objects the cross-reference data does not lead to (offsets that are wrong after
//! an edit, a wrong stream `/Length`) recovered by scanning the file for `N G obj`.

use super::lex::find;
use super::objects::as_dict;
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

/// True when the file does not end with `%%EOF` (within its last KiB): it was cut off.
pub fn cut_off(bytes: &[u8]) -> bool {
    // Where poppler looks for it too: the last KiB.
    const TAIL_WINDOW: usize = 1024;
    let tail = bytes
        .get(bytes.len().saturating_sub(TAIL_WINDOW)..)
        .unwrap_or(bytes);
    find(tail, b"%%EOF").is_none()
}

/// A file whose cross-reference data, trailer and catalog are all gone (cut off: most writers
/// put them at the end, some the page tree too) read as far as it goes: a catalog is appended
/// (object `DUMMY_ROOT`) and named by an appended trailer, the objects present load by
/// scanning, and the catalog leads to the file's own catalog, else to the root of its page tree
/// that survives, else to a page tree made of the page objects present (in object order).
/// `None` when no page object survives.
pub fn truncated(bytes: &[u8], options: LoadOptions) -> Option<Document> {
    const DUMMY_ROOT: u32 = 999_999;
    let mut appended = bytes.to_vec();
    appended.extend_from_slice(
        format!(
            "\nendstream\nendobj\n{DUMMY_ROOT} 0 obj\n<< /Type /Catalog >>\nendobj\n\
             trailer\n<< /Root {DUMMY_ROOT} 0 R >>\n%%EOF\n"
        )
        .as_bytes(),
    );
    let mut doc = rebuilt(&appended, options)?;
    let root: ObjectId = (DUMMY_ROOT, 0);
    let typed = |doc: &Document, kind: &[u8]| -> Vec<ObjectId> {
        doc.objects
            .iter()
            .filter(|(id, o)| **id != root && as_dict(o).is_some_and(|d| d.has_type(kind)))
            .map(|(id, _)| *id)
            .collect()
    };
    let is_dict = |doc: &Document, o: Option<&Object>| {
        o.and_then(|o| o.as_reference().ok())
            .and_then(|id| doc.objects.get(&id))
            .and_then(as_dict)
            .is_some()
    };
    // The file's own catalog, when it and its page tree's root survive.
    if let Some(&catalog) = typed(&doc, b"Catalog").iter().rev().find(|id| {
        doc.objects
            .get(id)
            .and_then(as_dict)
            .is_some_and(|d| is_dict(&doc, d.get(b"Pages").ok()))
    }) {
        doc.trailer.set("Root", Object::Reference(catalog));
        return Some(doc);
    }
    // The largest surviving root of a page tree (a `/Pages` node whose parent is gone).
    let count = |doc: &Document, id: &ObjectId| {
        doc.objects
            .get(id)
            .and_then(as_dict)
            .and_then(|d| d.get(b"Count").ok()?.as_i64().ok())
            .unwrap_or(0)
    };
    let tops: Vec<ObjectId> = typed(&doc, b"Pages")
        .into_iter()
        .filter(|id| {
            doc.objects
                .get(id)
                .and_then(as_dict)
                .is_some_and(|d| !is_dict(&doc, d.get(b"Parent").ok()))
        })
        .collect();
    let pages = match tops.iter().max_by_key(|id| count(&doc, id)) {
        Some(&top) => top,
        None => {
            let kids: Vec<Object> = typed(&doc, b"Page")
                .into_iter()
                .map(Object::Reference)
                .collect();
            if kids.is_empty() {
                return None;
            }
            let tree = (DUMMY_ROOT + 1, 0);
            let mut dict = lopdf::Dictionary::new();
            dict.set("Type", Object::Name(b"Pages".to_vec()));
            dict.set("Count", Object::Integer(kids.len() as i64));
            dict.set("Kids", Object::Array(kids));
            doc.objects.insert(tree, Object::Dictionary(dict));
            tree
        }
    };
    if let Some(Object::Dictionary(catalog)) = doc.objects.get_mut(&root) {
        catalog.set("Pages", Object::Reference(pages));
    }
    doc.trailer.set("Root", Object::Reference(root));
    Some(doc)
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

    /// Two pages and their content first, the page tree, catalog and cross-reference table
    /// last (as ReportLab and many writers order them), cut after the content of page 2.
    #[test]
    fn a_file_cut_before_its_page_tree_gets_one_of_the_pages_present() {
        let content = b"BT /F1 12 Tf 72 700 Td (Seite) Tj ET";
        let mut pdf = b"%PDF-1.4\n".to_vec();
        for (n, body) in [
            (
                3,
                String::from("<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>"),
            ),
            (
                5,
                String::from("<< /Type /Page /Parent 2 0 R /Contents 6 0 R >>"),
            ),
        ] {
            pdf.extend(format!("{n} 0 obj\n{body}\nendobj\n").bytes());
            pdf.extend(
                format!("{} 0 obj\n<< /Length {} >>\nstream\n", n + 1, content.len()).bytes(),
            );
            pdf.extend_from_slice(content);
            pdf.extend_from_slice(b"\nendstream\nendobj\n");
        }
        let cut = pdf.len() - 8;
        pdf.extend_from_slice(
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>\nendobj\n\
              1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        );
        assert!(!cut_off(&pdf));
        let whole = truncated(&pdf, LoadOptions::default()).expect("loads");
        assert_eq!(
            whole.trailer.get(b"Root").ok(),
            Some(&Object::Reference((1, 0)))
        );
        let part = pdf.get(..cut).unwrap_or_default();
        assert!(cut_off(part));
        let doc = truncated(part, LoadOptions::default()).expect("loads");
        let kids = doc
            .catalog()
            .and_then(|c| c.get_deref(b"Pages", &doc))
            .and_then(Object::as_dict)
            .and_then(|p| p.get(b"Kids"))
            .and_then(Object::as_array)
            .map(Vec::len);
        assert_eq!(kids.ok(), Some(2));
        assert!(
            truncated(
                b"%PDF-1.4\n1 0 obj\n<< /A 1 >>\nendobj\n",
                LoadOptions::default()
            )
            .is_none()
        );
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
