//! Hostile input: every case must end in a typed result, never a panic, hang or stack overflow.
//! Inputs found by the mutation test live in `tests/fixtures/` and are replayed here.

use crate::support::pdf::{build_pdf, one_page, stream};
use flate2::Compression;
use flate2::write::ZlibEncoder;
use ratsdex::pdf::{self, Limits, PdfError};
use std::io::Write;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn limits() -> Limits {
    Limits::with_budget(Duration::from_secs(20))
}

#[test]
fn deeply_nested_arrays_do_not_overflow_the_stack() {
    let mut deep = vec![b'['; 200_000];
    deep.extend(vec![b']'; 200_000]);
    let mut page =
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Junk ".to_vec();
    page.extend_from_slice(&deep);
    page.extend_from_slice(b" >>");
    let mut content = b"BT /F1 10 Tf 72 700 Td (ok) Tj ET ".to_vec();
    content.extend_from_slice(&deep);
    content.extend_from_slice(b" Tj");
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        page,
        stream("", &content),
    ]);
    // any typed outcome is fine; returning at all is the point
    let _ = pdf::extract(&pdf, &limits());
}

#[test]
fn page_tree_that_contains_itself_terminates() {
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [2 0 R 3 0 R 2 0 R] /Count 3 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        stream("", b"BT /F1 10 Tf 72 700 Td (eins) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ]);
    let layer = pdf::extract(&pdf, &limits()).map_err(|e| e.to_string());
    assert_eq!(layer.map(|l| l.page_count()), Ok(1));
}

#[test]
fn form_xobject_drawing_itself_is_cut_off() {
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>".to_vec(),
        stream("", b"/X Do"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 6 0 R >> /Font << /F1 5 0 R >> >>", b"BT /F1 10 Tf 72 700 Td (x) Tj ET /X Do"),
    ]);
    let layer = pdf::extract(&pdf, &limits()).map_err(|e| e.to_string());
    assert_eq!(layer.map(|l| l.text()), Ok("x\n".to_string()));
}

#[test]
fn decompression_bomb_is_a_limit_error() {
    let mut enc = ZlibEncoder::new(Vec::new(), Compression::best());
    let chunk = vec![b' '; 1 << 20];
    for _ in 0..8 {
        let _ = enc.write_all(&chunk);
    }
    let bomb = enc.finish().unwrap_or_default();
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>".to_vec(),
        stream("/Filter /FlateDecode", &bomb),
    ]);
    let small = Limits {
        max_stream_bytes: 1 << 20,
        ..limits()
    };
    let err = pdf::extract(&pdf, &small).err();
    assert!(
        matches!(err, Some(PdfError::Limit(ref m)) if m.contains("per stream")),
        "{err:?}"
    );
    let doc_cap = Limits {
        max_document_bytes: 4 << 20,
        ..limits()
    };
    let err = pdf::extract(&pdf, &doc_cap).err();
    assert!(
        matches!(err, Some(PdfError::Limit(ref m)) if m.contains("per document")),
        "{err:?}"
    );
}

#[test]
fn operator_and_page_limits_are_typed() {
    let content = b"q Q ".repeat(10_000);
    let pdf = one_page(&content, "");
    let tight = Limits {
        max_ops_per_page: 1000,
        ..limits()
    };
    let err = pdf::extract(&pdf, &tight).err();
    assert!(
        matches!(err, Some(PdfError::Limit(ref m)) if m.contains("operators")),
        "{err:?}"
    );
    let no_pages = Limits {
        max_pages: 0,
        ..limits()
    };
    let err = pdf::extract(&pdf, &no_pages).err();
    assert!(
        matches!(err, Some(PdfError::Limit(ref m)) if m.contains("pages")),
        "{err:?}"
    );
}

#[test]
fn expired_deadline_is_a_limit_error() {
    let pdf = one_page(b"BT /F1 10 Tf 72 700 Td (x) Tj ET", "");
    let past = Limits {
        deadline: Some(Instant::now()),
        ..Limits::default()
    };
    std::thread::sleep(Duration::from_millis(5));
    let err = pdf::extract(&pdf, &past).err();
    assert!(
        matches!(err, Some(PdfError::Limit(ref m)) if m.contains("time")),
        "{err:?}"
    );
}

#[test]
fn garbage_and_empty_inputs_are_not_pdf() {
    for bytes in [
        &b""[..],
        b"%PD",
        b"<html><body>404</body></html>",
        &[0xFFu8; 64],
    ] {
        let err = pdf::extract(bytes, &limits()).err();
        assert!(matches!(err, Some(PdfError::NotPdf(_))), "{err:?}");
    }
}

#[test]
fn truncated_pdf_is_corrupt_or_partial_never_panics() {
    let pdf = one_page(b"BT /F1 10 Tf 72 700 Td (Hallo Welt) Tj ET", "");
    for cut in (8..pdf.len()).step_by(7) {
        let _ = pdf::extract(&pdf[..cut], &limits());
    }
}

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_default()
}

#[test]
fn encrypted_with_empty_user_password_opens() {
    let bytes = fixture("encrypted_empty_user.pdf");
    assert!(!bytes.is_empty());
    let layer = pdf::extract(&bytes, &limits()).map_err(|e| e.to_string());
    assert!(
        layer.as_ref().is_ok_and(|l| l.text().contains("Geheim")),
        "{layer:?}"
    );
}

#[test]
fn encrypted_with_user_password_is_typed() {
    let bytes = fixture("encrypted_user_pw.pdf");
    assert!(!bytes.is_empty());
    let err = pdf::extract(&bytes, &limits()).err();
    assert!(matches!(err, Some(PdfError::Encrypted)), "{err:?}");
}

#[test]
fn mutation_fixtures_never_panic() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("mut_"))
        {
            let bytes = std::fs::read(&path).unwrap_or_default();
            let _ = pdf::extract(&bytes, &limits());
        }
    }
}
