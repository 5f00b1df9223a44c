//! Tiny PDF writer for tests: numbered objects, a correct xref table and trailer.

#![allow(dead_code)]

/// Build a PDF from object bodies (object `i+1` is `objects[i]`); object 1 must be the catalog.
pub fn build_pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A stream object with the given dictionary entries and raw data.
pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut s = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    s.extend_from_slice(data);
    s.extend_from_slice(b"\nendstream");
    s
}

/// A one-page PDF: catalog, pages, page (with `page_extra` entries), content, Helvetica font.
pub fn one_page(content: &[u8], page_extra: &str) -> Vec<u8> {
    build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
             /Resources << /Font << /F1 5 0 R >> >> {page_extra} >>"
        )
        .into_bytes(),
        stream("", content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ])
}

/// A content stream that shows each line in Helvetica 11 (WinAnsi: Latin-1 letters such as
/// ä, ö, ü, ß are one byte each), top to bottom.
pub fn text_content(lines: &[&str]) -> Vec<u8> {
    let mut c = b"BT /F1 11 Tf 14 TL 72 770 Td\n".to_vec();
    for line in lines {
        c.push(b'(');
        for ch in line.chars() {
            match ch {
                '(' | ')' | '\\' => c.extend_from_slice(&[b'\\', ch as u8]),
                _ => c.push(u8::try_from(u32::from(ch)).unwrap_or(b'?')),
            }
        }
        c.extend_from_slice(b") Tj T*\n");
    }
    c.extend_from_slice(b"ET\n");
    c
}

/// A one-page PDF showing `lines` in Helvetica, top to bottom.
pub fn text_page(lines: &[&str]) -> Vec<u8> {
    one_page(&text_content(lines), "")
}
