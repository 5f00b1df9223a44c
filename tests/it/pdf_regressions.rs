//! Hostile input: every case must end in a typed result, never a panic, hang or stack overflow.
//! Mutated PDFs made from our own documents live in `tests/fixtures/mutated/` and are replayed
//! here.

use crate::support::pdf::{build_pdf, one_page, stream};
use flate2::Compression;
use flate2::write::ZlibEncoder;
use ratsdex::pdf::{self, Limits, PdfError};
use std::io::Write;
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
    let path = crate::support::repo("tests/fixtures").join(name);
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

/// The mutated PDFs of `tests/fixtures/mutated/` (made from our own PDFs by
/// `pdf_mutation::write_regression_fixtures`, the slowest to read and each error kind): read
/// within the time budget, never a panic, and the outcome recorded in `expected.tsv` — a
/// readable damaged file stays readable with its page count, a broken one fails with the same
/// kind of error. (When a change makes one readable on purpose, update its row.)
#[test]
fn mutation_fixtures_replay_their_outcome() {
    let dir = crate::support::repo("tests/fixtures/mutated");
    let tsv = std::fs::read_to_string(dir.join("expected.tsv")).expect("expected.tsv");
    let rows: Vec<(&str, &str)> = tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut cols = l.split('\t');
            (cols.next().unwrap_or(""), cols.next().unwrap_or(""))
        })
        .collect();
    let files = std::fs::read_dir(&dir)
        .expect("tests/fixtures/mutated")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".pdf"))
        .count();
    assert_eq!(rows.len(), 11, "rows of expected.tsv");
    assert_eq!(files, rows.len(), "one row per fixture");
    let mut wrong = Vec::new();
    for (name, expected) in rows {
        let bytes = std::fs::read(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let limits = Limits {
            deadline: Some(Instant::now() + Duration::from_secs(30)),
            ..Limits::default()
        };
        let started = Instant::now();
        let got = std::panic::catch_unwind(|| crate::pdf_mutation::outcome(&bytes, &limits))
            .unwrap_or_else(|_| "PANIC".into());
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{name}: took {:?}",
            started.elapsed()
        );
        if got != expected {
            wrong.push(format!("{name}: {got}, recorded {expected}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
