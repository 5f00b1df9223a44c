//! Text from fonts without a ToUnicode map, on real producers' PDFs whose ToUnicode entries
//! were removed (see `tests/fixtures/fonts/make.py`): the binary must recover the words from
//! the embedded font programs.

use crate::support::pdf as common;
use crate::support::{ok, repo};
use std::ffi::OsStr;

/// The words every recoverable fixture holds (umlauts, ß, digits, punctuation).
const WORDS: &[&str] = &[
    "Beschlussvorlage",
    "Drucksache",
    "2024/0815",
    "Größere",
    "Änderungen",
    "für",
    "Straßenbäume",
    "Müllheim",
    "Öffentliche",
    "Ausschusses",
    "Übersicht:",
    "Maßnahmen",
    "Klimaanpassung",
];

fn extract_text(name: &str) -> String {
    let path = repo("tests/fixtures/fonts").join(name);
    let out = ok(&[OsStr::new("extract"), "--text".as_ref(), path.as_os_str()]);
    String::from_utf8_lossy(&out).into_owned()
}

fn assert_words(name: &str, words: &[&str]) {
    let text = extract_text(name);
    let found: Vec<&str> = text.split_whitespace().collect();
    for w in words {
        assert!(found.contains(w), "{name}: missing {w:?} in\n{text}");
    }
}

#[test]
fn type0_identity_h_truetype_subset_reads_through_the_cmap_table() {
    // Chromium/Skia: CIDFontType2, Identity-H, no CIDToGIDMap stream, (3,1) cmap in the subset
    assert_words("chromium_identity_h_truetype.pdf", WORDS);
}

#[test]
fn type1_subset_with_builtin_encoding_reads_through_its_glyph_names() {
    // LibreOffice: symbolic Type 1 subset, no /Encoding, custom codes in the program
    assert_words("libreoffice_cff_opentype.pdf", WORDS);
}

#[test]
fn ghostscript_type1c_without_tounicode_reads_through_differences() {
    assert_words("ghostscript_type1c.pdf", WORDS);
}

#[test]
fn truetype_subset_without_any_unicode_keeps_ascii_and_emits_no_garbage() {
    // ReportLab's subsets carry no Unicode cmap and no glyph names: only the ASCII codes,
    // which ReportLab keeps, are text; other codes must not turn into control characters.
    let text = extract_text("reportlab_truetype_subset.pdf");
    for w in ["Beschlussvorlage", "Drucksache", "2024/0815", "Sitzung"] {
        assert!(text.contains(w), "missing {w:?} in\n{text}");
    }
    assert!(
        !text
            .chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{FFFD}'),
        "garbage in\n{text}"
    );
}

#[test]
fn tounicode_gaps_are_filled_from_the_font_program() {
    // the same Chromium font with the umlaut and ß entries cut from its ToUnicode map
    assert_words("chromium_identity_h_truetype_tounicode_gaps.pdf", WORDS);
}

#[test]
fn symbolic_truetype_with_custom_codes_reads_through_the_symbol_cmap_and_post_names() {
    // Ghostscript: codes 1-9 carry umlauts, ß, en dash and euro; no /Encoding, no ToUnicode
    assert_words("ghostscript_truetype_symbolic.pdf", WORDS);
    assert_words(
        "ghostscript_truetype_symbolic.pdf",
        &["Kosten", "2024–2026:", "15", "€", "je", "Baum"],
    );
}

#[test]
fn tounicode_that_echoes_the_cids_yields_to_the_font_program() {
    // the same Chromium font with a ToUnicode map <0000>-<FFFF> → U+0000…: every code itself
    assert_words("chromium_identity_h_truetype_tounicode_identity.pdf", WORDS);
}

#[test]
fn cid_to_gid_map_stream_leads_from_cids_to_program_glyphs() {
    // the same Chromium font with CIDs moved up by 0x100 behind a /CIDToGIDMap stream
    assert_words("chromium_identity_h_truetype_cidtogidmap.pdf", WORDS);
}

#[test]
fn predefined_unicode_cmap_codes_are_the_characters() {
    // a Type0 font on /UniGB-UCS2-H without ToUnicode: each two-byte code is UTF-16
    let pdf = common::build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
           /Resources << /Font << /F1 5 0 R >> >> >>"
            .to_vec(),
        common::stream(
            "",
            b"BT /F1 12 Tf 72 700 Td <0047007200F600DF0065002000DC00620065007200730069006300680074> Tj ET",
        ),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H \
           /DescendantFonts [6 0 R] >>"
            .to_vec(),
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light \
           /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 600 >>"
            .to_vec(),
    ]);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let path = dir.path().join("ucs2.pdf");
    std::fs::write(&path, pdf).unwrap_or_else(|e| panic!("write: {e}"));
    let out = ok(&[OsStr::new("extract"), "--text".as_ref(), path.as_os_str()]);
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("Größe Übersicht"), "got {text:?}");
}
