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

/// The text of a layer, or the error.
fn text_of(bytes: &[u8]) -> Result<String, String> {
    pdf::extract(bytes, &limits())
        .map(|l| l.text())
        .map_err(|e| e.to_string())
}

/// One page showing `Drucksache hxrepairq` in Helvetica.
fn marker_page() -> Vec<u8> {
    one_page(
        b"BT /F1 11 Tf 72 700 Td (Drucksache hxrepairq zur Sitzung) Tj ET",
        "",
    )
}

#[test]
fn a_flipped_first_byte_or_a_lost_header_still_reads() {
    let pdf = marker_page();
    let mut flipped = pdf.clone();
    flipped[0] ^= 0x01;
    let text = text_of(&flipped);
    assert!(
        text.as_ref().is_ok_and(|t| t.contains("hxrepairq")),
        "{text:?}"
    );
    let headless = pdf.get(9..).unwrap_or_default(); // without "%PDF-1.7\n"
    let text = text_of(headless);
    assert!(
        text.as_ref().is_ok_and(|t| t.contains("hxrepairq")),
        "{text:?}"
    );
    let mut late = vec![b'\n'; 700];
    late.extend_from_slice(&pdf);
    assert!(text_of(&late).is_ok_and(|t| t.contains("hxrepairq")));
    let layer = pdf::extract(&flipped, &limits()).map_err(|e| e.to_string());
    assert!(
        layer
            .as_ref()
            .is_ok_and(|l| l.warnings.iter().any(|w| w.contains("header"))),
        "{layer:?}"
    );
}

/// `pdf` with the first `/Length n` replaced by `n + delta` (more digits: every later offset
/// moves, as when a file is edited by hand).
fn wrong_length(pdf: &[u8], delta: i64) -> Vec<u8> {
    let key = b"/Length ";
    let at = pdf
        .windows(key.len())
        .position(|w| w == key)
        .map_or(0, |p| p + key.len());
    let digits = pdf[at..].iter().take_while(|b| b.is_ascii_digit()).count();
    let n: i64 = String::from_utf8_lossy(&pdf[at..at + digits])
        .parse()
        .unwrap_or(0);
    [
        &pdf[..at],
        (n + delta).max(1).to_string().as_bytes(),
        &pdf[at + digits..],
    ]
    .concat()
}

#[test]
fn a_wrong_stream_length_keeps_the_text_and_says_so() {
    let pdf = marker_page();
    for delta in [100_000, -20] {
        let bad = wrong_length(&pdf, delta);
        let layer = pdf::extract(&bad, &limits()).map_err(|e| e.to_string());
        let Ok(layer) = layer else {
            panic!("delta {delta}: {layer:?}");
        };
        assert!(
            layer.text().contains("hxrepairq"),
            "delta {delta}: {layer:?}"
        );
    }
    // ASCII85 data that runs straight into `endstream` (as ReportLab writes it), wrong length
    let a85 = br#"6<#'\7PQ#?0d'G-+?)%u2_Zp.<+I+"BR"Q/E+*I$E@E#0C*5rE~>"#;
    let mut content = b"<< /Filter /ASCII85Decode /Length 9999 >>\nstream\n".to_vec();
    content.extend_from_slice(a85);
    content.extend_from_slice(b"endstream");
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        content,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ]);
    let layer = pdf::extract(&pdf, &limits()).map_err(|e| e.to_string());
    assert!(
        layer.as_ref().is_ok_and(|l| l.text().contains("hxrepairq")
            && l.warnings.iter().any(|w| w.contains("recovered"))),
        "{layer:?}"
    );
}

#[test]
fn a_broken_xref_table_is_rebuilt_by_scanning_for_objects() {
    let pdf = marker_page();
    let find = |key: &[u8]| pdf.windows(key.len()).position(|w| w == key).unwrap_or(0);
    let (xref, trailer) = (find(b"xref\n"), find(b"trailer"));
    let mut broken = pdf[..xref].to_vec();
    broken.extend(std::iter::repeat_n(b'0', trailer - xref));
    broken.extend_from_slice(&pdf[trailer..]);
    let text = text_of(&broken);
    assert!(
        text.as_ref().is_ok_and(|t| t.contains("hxrepairq")),
        "{text:?}"
    );
}

/// A PDF whose catalog, page tree, page and font sit in a Flate object stream (6) behind a
/// cross-reference stream; `damage` is applied to the object stream's compressed data.
fn object_stream_pdf(damage: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let members: [(u32, String); 5] = [
        (1, "<< /Type /Catalog /Pages 2 0 R >>".into()),
        (2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".into()),
        (3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".into()),
        (5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".into()),
        // padding at the end, where the damage falls
        (8, format!("[{}]", (0..4000).map(|i| (i * 7919 % 10007).to_string()).collect::<Vec<_>>().join(" "))),
    ];
    let mut header = String::new();
    let mut body = String::new();
    for (n, obj) in &members {
        header.push_str(&format!("{n} {} ", body.len()));
        body.push_str(obj);
        body.push('\n');
    }
    let mut enc = ZlibEncoder::new(Vec::new(), Compression::default());
    let _ = enc.write_all(format!("{header}{body}").as_bytes());
    let mut data = enc.finish().unwrap_or_default();
    damage(&mut data);
    let mut out = b"%PDF-1.7\n".to_vec();
    let content_at = out.len();
    out.extend_from_slice(b"4 0 obj\n");
    out.extend_from_slice(&stream(
        "",
        b"BT /F1 11 Tf 72 700 Td (Drucksache hxrepairq) Tj ET",
    ));
    out.extend_from_slice(b"\nendobj\n");
    let objstm_at = out.len();
    out.extend_from_slice(
        format!(
            "6 0 obj\n<< /Type /ObjStm /N 5 /First {} /Filter /FlateDecode /Length {} >>\nstream\n",
            header.len(),
            data.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(&data);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let xref_at = out.len();
    let mut rows = Vec::new();
    let mut row = |t: u8, f2: u32, f3: u16| {
        rows.push(t);
        rows.extend_from_slice(&f2.to_be_bytes());
        rows.extend_from_slice(&f3.to_be_bytes());
    };
    row(0, 0, 65535);
    row(2, 6, 0); // 1
    row(2, 6, 1); // 2
    row(2, 6, 2); // 3
    row(1, content_at as u32, 0); // 4
    row(2, 6, 3); // 5
    row(1, objstm_at as u32, 0); // 6
    row(1, xref_at as u32, 0); // 7
    row(2, 6, 4); // 8
    out.extend_from_slice(
        format!(
            "7 0 obj\n<< /Type /XRef /Size 9 /W [1 4 2] /Root 1 0 R /Length {} >>\nstream\n",
            rows.len()
        )
        .as_bytes(),
    );
    out.extend_from_slice(&rows);
    out.extend_from_slice(format!("\nendstream\nendobj\nstartxref\n{xref_at}\n%%EOF\n").as_bytes());
    out
}

#[test]
fn a_damaged_object_stream_keeps_the_objects_before_the_damage() {
    let intact = object_stream_pdf(|_| {});
    let text = text_of(&intact);
    assert!(
        text.as_ref().is_ok_and(|t| t.contains("hxrepairq")),
        "{text:?}"
    );
    // the tail of the compressed data overwritten (Length unchanged)
    let garbled = object_stream_pdf(|d| {
        let from = d.len() * 2 / 3;
        for b in d.iter_mut().skip(from) {
            *b ^= 0x5a;
        }
    });
    let text = text_of(&garbled);
    assert!(
        text.as_ref().is_ok_and(|t| t.contains("hxrepairq")),
        "{text:?}"
    );
    // the tail cut off, the Length still the old one
    let cut = object_stream_pdf(|d| d.truncate(d.len() * 2 / 3));
    let text = text_of(&cut);
    assert!(
        text.as_ref().is_ok_and(|t| t.contains("hxrepairq")),
        "{text:?}"
    );
}

/// One page of `rows` lines of `per_row` characters each, 6 pt Helvetica, on the page.
fn dense_page(rows: usize, per_row: usize) -> Vec<u8> {
    let mut c = b"BT /F1 6 Tf 7 TL 20 800 Td\n".to_vec();
    for r in 0..rows {
        let line: String = (0..per_row)
            .map(|i| char::from(b'a' + ((r + i) % 26) as u8))
            .collect();
        c.extend_from_slice(format!("({line}) Tj T*\n").as_bytes());
    }
    c.extend_from_slice(b"ET");
    c
}

#[test]
fn text_outside_the_page_is_dropped_as_pdftotext_does() {
    let pdf = one_page(
        b"BT /F1 11 Tf 72 700 Td (innen) Tj ET \
          BT /F1 11 Tf 700 700 Td (rechts) Tj ET \
          BT /F1 11 Tf 72 900 Td (oben) Tj ET \
          BT /F1 11 Tf -300 100 Td (links) Tj ET \
          BT /F1 11 Tf 72 -20 Td (unten) Tj ET",
        "",
    );
    let layer = pdf::extract(&pdf, &limits()).map_err(|e| e.to_string());
    assert_eq!(layer.as_ref().map(|l| l.text()), Ok("innen\n".to_string()));
    // a few stray glyphs: no warning
    assert!(layer.is_ok_and(|l| l.warnings.is_empty()));
    // a line 200,000 characters long runs off the page: the page part stays, with a warning
    let mut content = b"BT /F1 11 Tf 72 700 Td (hxlonglineq ".to_vec();
    content.extend(b"Haushaltsmittel ".repeat(12_500));
    content.extend_from_slice(b") Tj ET");
    let layer = pdf::extract(&one_page(&content, ""), &limits()).map_err(|e| e.to_string());
    let Ok(layer) = layer else {
        panic!("{layer:?}");
    };
    let text = layer.text();
    assert!(text.starts_with("hxlonglineq Haushaltsmittel"), "{text}");
    assert!(text.len() < 200, "{} characters kept", text.len());
    assert!(
        layer
            .warnings
            .iter()
            .any(|w| w.contains("outside the page")),
        "{:?}",
        layer.warnings
    );
}

#[test]
fn glyph_limits_cut_the_text_with_a_warning() {
    let page = dense_page(50, 100); // 5,000 glyphs
    let tight = Limits {
        max_glyphs_per_page: 1_000,
        ..limits()
    };
    let layer = pdf::extract(&one_page(&page, ""), &tight).map_err(|e| e.to_string());
    let Ok(layer) = layer else {
        panic!("{layer:?}");
    };
    let kept = layer.text().chars().filter(|c| c.is_alphabetic()).count();
    assert_eq!(kept, 1_000);
    assert!(
        layer.warnings.iter().any(|w| w.contains("limit per page")),
        "{:?}",
        layer.warnings
    );
    // three such pages under a document limit of 7,000 glyphs: page 2 is cut, page 3 empty
    let content = stream("", &page);
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> >> >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> >> >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R /Resources << /Font << /F1 7 0 R >> >> >>".to_vec(),
        content,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
    ]);
    let per_doc = Limits {
        max_glyphs_per_document: 7_000,
        ..limits()
    };
    let layer = pdf::extract(&pdf, &per_doc).map_err(|e| e.to_string());
    let Ok(layer) = layer else {
        panic!("{layer:?}");
    };
    let per_page: Vec<usize> = layer
        .pages
        .iter()
        .map(|p| p.lines.iter().map(|l| l.text().len()).sum())
        .collect();
    assert_eq!(per_page, vec![5_000, 2_000, 0]);
    assert!(
        layer
            .warnings
            .iter()
            .any(|w| w.contains("from page 2") && w.contains("limit per document")),
        "{:?}",
        layer.warnings
    );
}

#[test]
fn an_expired_deadline_stops_the_metadata_and_theme_stages() {
    use ratsdex::deadline::Deadline;
    let mut layer = pdf::TextLayer::from_layout_text(
        "Stadt Musterhausen\nBeschlussvorlage\nDrucksache Nr. 0815/2024\n\
         Betreff: Digitalisierung der Schulen: Glasfaser und WLAN für alle Grundschulen\n\
         Die Digitalisierung der Schulen wird mit Breitband, Glasfaser und digitalen Endgeräten \
         vorangebracht.\n",
    );
    let vocab = ratsdex::vocab::Vocabulary::embedded();
    let taxonomy = ratsdex::classify::Taxonomy::embedded();
    let meta = ratsdex::extract::extract_metadata(&layer, &vocab);
    assert!(meta.drucksache.is_some());
    assert!(!ratsdex::classify::classify(&taxonomy, &layer, &meta).is_empty());
    layer.deadline = Deadline::at(Instant::now().checked_sub(Duration::from_millis(1)));
    let meta = ratsdex::extract::extract_metadata(&layer, &vocab);
    assert!(meta.drucksache.is_none());
    assert!(ratsdex::classify::classify(&taxonomy, &layer, &meta).is_empty());
}

/// `pdf` with the first `from` replaced by `to` (same length: offsets stay right).
fn flip(pdf: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    assert_eq!(from.len(), to.len());
    let at = pdf
        .windows(from.len())
        .position(|w| w == from)
        .expect("the text to flip");
    [&pdf[..at], to, &pdf[at + from.len()..]].concat()
}

#[test]
fn a_flipped_byte_in_a_page_dictionary_keeps_the_page_and_its_text() {
    // `/ProcSet` → `oProcSet`: poppler skips the bad key, lopdf dropped the whole page
    let pdf = one_page(
        b"BT /F1 11 Tf 72 700 Td (Drucksache hxrepairq zur Sitzung) Tj ET",
        "/ProcSet [/PDF /Text]",
    );
    let bad = flip(&pdf, b"/ProcSet", b"oProcSet");
    let layer = pdf::extract(&bad, &limits()).map_err(|e| e.to_string());
    assert!(
        layer.as_ref().is_ok_and(|l| l.text().contains("hxrepairq")
            && l.warnings.iter().any(|w| w.contains("recovered"))),
        "{layer:?}"
    );
}

#[test]
fn a_flipped_byte_in_the_trailer_keeps_the_file() {
    // a stray character in the /ID hex string of the cross-reference stream (the trailer) made
    // the whole file unreadable; the stream starts where it did, so its offset stays right
    let pdf = object_stream_pdf(|_| {});
    let at = pdf
        .windows(11)
        .position(|w| w == b"/Type /XRef")
        .expect("an xref stream");
    let bad = [&pdf[..at], b"/ID [<15DD?2> <AB>] ", &pdf[at..]].concat();
    let layer = pdf::extract(&bad, &limits()).map_err(|e| e.to_string());
    assert!(
        layer.as_ref().is_ok_and(|l| l.text().contains("hxrepairq")
            && l.warnings.iter().any(|w| w.contains("scanning it"))),
        "{layer:?}"
    );
}

/// A few bytes flipped inside one compressed content stream of our own six-page paper
/// (`tests/fixtures/hostile/flipped_stream.pdf`): what was inflated before the damage and every
/// other stream are kept — the text runs to the last page. (flate2's zlib-rs backend stops early
/// on such streams: 2,801 of 5,453 characters.)
#[test]
fn a_flipped_byte_inside_a_stream_keeps_the_rest_of_the_paper() {
    let path = crate::support::repo("tests/fixtures/hostile/flipped_stream.pdf");
    let bytes = std::fs::read(&path).expect("flipped_stream.pdf");
    let text = text_of(&bytes).expect("readable");
    assert!(text.contains("Seite 6"), "{text}");
    assert!(text.chars().count() > 5_000, "{}", text.chars().count());
}
