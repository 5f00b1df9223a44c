//! The content interpreter and layout on small hand-made PDFs.

use crate::support::pdf::{build_pdf, one_page, stream};
use ratsdex::pdf::{self, Limits, TextLayer};

fn extract(bytes: &[u8]) -> TextLayer {
    match pdf::extract(bytes, &Limits::default()) {
        Ok(l) => l,
        Err(e) => panic!("extract failed: {e}"),
    }
}

#[test]
fn kerning_spaces_and_lines_from_geometry() {
    // words separated by TJ gaps (no space characters), a second line via T*
    let content =
        b"BT /F1 12 Tf 14 TL 72 700 Td [(Gr) 30 (\xfc\xdf) -300 (Gott)] TJ T* (Zweite Zeile) Tj ET";
    let layer = extract(&one_page(content, ""));
    assert_eq!(layer.text(), "Gr\u{fc}\u{df} Gott\nZweite Zeile\n");
    let line = &layer.pages[0].lines[0];
    assert!(
        (line.y - 142.0).abs() < 0.5,
        "baseline from top: {}",
        line.y
    );
    assert!((line.x0 - 72.0).abs() < 0.5);
    assert!((line.size - 12.0).abs() < 0.1);
}

#[test]
fn runs_drawn_out_of_order_are_sorted_by_position() {
    let content = b"BT /F1 10 Tf 100 700 Td (Label) Tj ET BT /F1 10 Tf 80 700 Td (\x95) Tj ET";
    let layer = extract(&one_page(content, ""));
    assert_eq!(layer.pages[0].lines[0].text(), "\u{2022} Label");
}

#[test]
fn rotated_page_keeps_reading_order() {
    let content = b"BT /F1 12 Tf 72 700 Td (Oben) Tj 0 -20 Td (Unten) Tj ET";
    let layer = extract(&one_page(content, "/Rotate 90"));
    assert_eq!(layer.pages[0].width, 842.0);
    assert!(layer.text().contains("Oben"), "{}", layer.text());
    assert!(layer.text().contains("Unten"));
}

#[test]
fn form_xobjects_and_cm_are_applied() {
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>".to_vec(),
        stream("", b"q 1 0 0 1 0 -100 cm /X1 Do Q BT /F1 10 Tf 72 760 Td (Kopf) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842]", b"BT /F1 10 Tf 72 760 Td (Formular) Tj ET"),
    ]);
    let layer = extract(&pdf);
    let lines: Vec<String> = layer.pages[0].lines.iter().map(|l| l.text()).collect();
    assert_eq!(lines, vec!["Kopf", "Formular"]);
}

#[test]
fn type0_identity_font_with_tounicode_and_widths() {
    let cmap = b"begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange \
2 beginbfchar <0001> <0048> <0002> <00E4> endbfchar 1 beginbfrange <0003> <0004> <0069> endbfrange endcmap";
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        stream("", b"BT /F1 10 Tf 72 700 Td <0001000200030004> Tj ET"),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri /DW 500 /W [1 [600 500] 3 4 250] >>".to_vec(),
        stream("", cmap),
    ]);
    let layer = extract(&pdf);
    assert_eq!(layer.text(), "H\u{e4}ij\n");
    let cell = &layer.pages[0].lines[0].cells[0];
    assert!(
        (cell.x1 - cell.x0 - 16.0).abs() < 0.5,
        "width {}",
        cell.x1 - cell.x0
    );
}

#[test]
fn differences_and_symbol_fonts_map_to_unicode() {
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".to_vec(),
        stream("", b"BT /F2 10 Tf 72 700 Td (4) Tj /F1 10 Tf 10 0 Td (\x01fentlich) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding << /Differences [1 /Odieresis 102 /f_f] >> >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats >>".to_vec(),
    ]);
    let layer = extract(&pdf);
    assert_eq!(layer.text(), "\u{2714} \u{d6}ffentlich\n");
}

#[test]
fn repeated_headers_are_marked_as_furniture() {
    let page = |n: usize| {
        stream(
            "",
            format!("BT /F1 9 Tf 72 810 Td (Stadt Musterstadt - Vorlage) Tj ET BT /F1 11 Tf 72 600 Td (Inhalt {n}) Tj ET BT /F1 9 Tf 280 30 Td (Seite {n}) Tj ET").as_bytes(),
        )
    };
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 8 0 R >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 9 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        page(1),
        page(2),
        page(3),
    ]);
    let layer = extract(&pdf);
    assert_eq!(layer.page_count(), 3);
    for page in &layer.pages {
        let flags: Vec<(String, bool)> =
            page.lines.iter().map(|l| (l.text(), l.furniture)).collect();
        assert_eq!(flags.len(), 3);
        assert!(flags[0].1 && !flags[1].1 && flags[2].1, "{flags:?}");
    }
    // Kept once (its first occurrence) so that it stays searchable, not once per page.
    assert_eq!(layer.body_text().matches("Musterstadt").count(), 1);
}

#[test]
fn scanned_page_is_counted_and_warned() {
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>".to_vec(),
        stream("", b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
        stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", b"\x00"),
    ]);
    let layer = extract(&pdf);
    assert_eq!(layer.pages[0].images, 1);
    assert!(layer.pages[0].looks_scanned());
    assert!(!layer.has_text());
    // The pipeline says so, once (the PDF stage used to say it as well).
    let processed = ratsdex::pipeline::Pipeline::default()
        .process("scan.pdf", &pdf)
        .expect("processed");
    let said = processed.record.meta.warnings.iter();
    assert_eq!(
        said.filter(|w| *w == ratsdex::pipeline::NO_TEXT_WARNING)
            .count(),
        1,
        "{:?}",
        processed.record.meta.warnings
    );
}

#[test]
fn word_wingdings_boxes_without_tounicode_become_ballot_boxes() {
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".to_vec(),
        stream("", b"BT /F1 10 Tf 90 700 Td (neutral) Tj 0 -14 Td (positiv) Tj ET BT /F2 10 Tf 72 700 Td (\xfe) Tj 0 -14 Td (\xa8) Tj ET"),
        b"<< /Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding >>".to_vec(),
        b"<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Wingdings-Regular /FirstChar 168 /LastChar 254 >>".to_vec(),
    ]);
    let layer = extract(&pdf);
    assert_eq!(layer.text(), "\u{2612} neutral\n\u{2610} positiv\n");
}

#[test]
fn ticked_form_checkbox_shows_as_a_glyph_before_its_label() {
    let pdf = build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 7 0 R] >> >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Annots [6 0 R 7 0 R] /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
        stream("", b"BT /F1 10 Tf 90 700 Td (keine Auswirkungen) Tj 0 -20 Td (positive Auswirkungen) Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        b"<< /FT /Btn /T (Klima1) /V /Ja /AS /Ja /Subtype /Widget /Rect [72 697 82 707] >>".to_vec(),
        b"<< /FT /Btn /T (Klima2) /V /Off /AS /Off /Subtype /Widget /Rect [72 677 82 687] >>".to_vec(),
    ]);
    let layer = extract(&pdf);
    assert_eq!(layer.fields.len(), 2);
    assert_eq!(layer.fields[0].page, 1);
    assert_eq!(
        layer.fields[0].value,
        ratsdex::pdf::FieldValue::Checkbox(true)
    );
    assert_eq!(
        layer.fields[1].value,
        ratsdex::pdf::FieldValue::Checkbox(false)
    );
    assert!(
        (layer.fields[0].rect[1] - 135.0).abs() < 0.01,
        "{:?}",
        layer.fields[0].rect
    );
    assert_eq!(
        layer.text(),
        "\u{2718} keine Auswirkungen\n\npositive Auswirkungen\n"
    );
}
