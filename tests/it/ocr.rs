//! OCR of scanned pages, driving the binary: with tesseract (skipped visibly when it or its
//! German data is missing) on a scanned Beschlussvorlage, and without it (always run: PATH
//! without tesseract) on a generated image-only page.

use crate::support::pdf as common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A 200 dpi image-only scan (rotated, noisy, JPEG) of `corpus/dev38_lk-emsland_b-112-2022.pdf`,
/// made with `tools/make_scans.py`.
const SCAN: &str = "tests/fixtures/ocr/dev38_lk-emsland_b-112-2022_scan.pdf";

/// A black-and-white scan of a page with a table header shaded as a dot screen, made by
/// `tests/fixtures/ocr/make_halftone_header.py` and `tools/make_scans.py --bilevel`.
const HALFTONE: &str = "tests/fixtures/ocr/halftone_header_scan.pdf";

/// The same scan with a text layer on top (`tests/fixtures/ocr/make_scanner_layer.py`): drawn
/// invisibly, without the shaded header and with misreadings (a scanner's old OCR), or drawn
/// visibly (a born-digital page over a background image).
const SCANNER_LAYER: &str = "tests/fixtures/ocr/scanner_layer.pdf";
const VISIBLE_LAYER: &str = "tests/fixtures/ocr/visible_layer.pdf";

/// A scanned letter with a sidebar and a good invisible layer written line by line across the
/// page, body and sidebar interleaved (`tests/fixtures/ocr/make_sidebar_layer.py`).
const SIDEBAR_LAYER: &str = "tests/fixtures/ocr/sidebar_layer.pdf";

fn ratsdex(args: &[&str], path_env: Option<&str>, cache: &Path) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ratsdex"));
    cmd.args(args).env("XDG_CACHE_HOME", cache);
    if let Some(p) = path_env {
        cmd.env("PATH", p);
    }
    cmd.output().expect("runs ratsdex")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// True when tesseract with German and pdftoppm are installed; prints why not otherwise.
fn ocr_available(test: &str) -> bool {
    let langs = Command::new("tesseract").arg("--list-langs").output();
    let deu = langs.is_ok_and(|o| {
        String::from_utf8_lossy(&o.stdout)
            .lines()
            .any(|l| l.trim() == "deu")
    });
    let pdftoppm = Command::new("pdftoppm").arg("-v").output().is_ok();
    if !(deu && pdftoppm) {
        eprintln!(
            "skipped: {test}: tesseract with German (deu) or pdftoppm not installed — \
             apt-get install tesseract-ocr tesseract-ocr-deu poppler-utils"
        );
    }
    deu && pdftoppm
}

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SCAN)
}

/// An image-only page: an 8 × 8 gray image and no text.
fn image_only_pdf() -> Vec<u8> {
    common::build_pdf(&[
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R \
           /Resources << /XObject << /Im1 5 0 R >> >> >>"
            .to_vec(),
        common::stream("", b"q 595 0 0 842 0 0 cm /Im1 Do Q"),
        common::stream(
            "/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray \
             /BitsPerComponent 8",
            &[200u8; 64],
        ),
    ])
}

#[test]
fn without_tesseract_ingest_works_and_says_how_many_pages_are_not_searchable() {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    std::fs::create_dir_all(&archive).unwrap();
    std::fs::write(archive.join("scan.pdf"), image_only_pdf()).unwrap();
    std::fs::write(
        archive.join("text.pdf"),
        common::one_page(
            b"BT /F1 12 Tf 72 700 Td (Beschlussvorlage Nr. 12/2024) Tj ET",
            "",
        ),
    )
    .unwrap();
    let index = dir.path().join("index");
    let empty_path = dir.path().join("bin");
    std::fs::create_dir_all(&empty_path).unwrap();
    let out = ratsdex(
        &[
            "ingest",
            archive.to_str().unwrap(),
            "--index",
            index.to_str().unwrap(),
        ],
        empty_path.to_str(),
        dir.path(),
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("indexed 2"), "{text}");
    assert!(
        text.contains("1 scanned pages not searchable — install tesseract-ocr tesseract-ocr-deu"),
        "{text}"
    );
    // --ocr always without tesseract is refused up front
    let out = ratsdex(
        &[
            "extract",
            "--ocr",
            "always",
            archive.join("scan.pdf").to_str().unwrap(),
        ],
        empty_path.to_str(),
        dir.path(),
    );
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("tesseract"));
    // --ocr never: the record says so, no OCR is tried
    let out = ratsdex(
        &[
            "extract",
            "--json",
            "--ocr",
            "never",
            archive.join("scan.pdf").to_str().unwrap(),
        ],
        None,
        dir.path(),
    );
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(rec["ocr_pages"], 0);
    assert!(
        rec["warnings"]
            .to_string()
            .contains("1 scanned page not searchable"),
        "{rec}"
    );
}

#[test]
fn a_scanned_beschlussvorlage_is_read_like_the_born_digital_one() {
    if !ocr_available("a_scanned_beschlussvorlage_is_read_like_the_born_digital_one") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = ratsdex(
        &["extract", "--json", fixture().to_str().unwrap()],
        None,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    let rec: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(rec["ocr_pages"], 1, "{rec}");
    assert_eq!(rec["drucksache"], "B 112/2022", "{rec}");
    assert_eq!(rec["doc_type"], "Beschlussvorlage", "{rec}");
    assert_eq!(rec["date"], "2022-05-30", "{rec}");
    assert_eq!(
        rec["klimacheck"], "positive",
        "checkbox read from pixels: {rec}"
    );
    assert!(
        !rec["consultations"].as_array().unwrap().is_empty(),
        "Beratungsfolge from the scan: {rec}"
    );
    // extract --text prints the OCR text
    let out = ratsdex(
        &["extract", "--text", fixture().to_str().unwrap()],
        None,
        dir.path(),
    );
    assert!(
        stdout(&out).contains("Beschlussvorlage"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_table_header_shaded_as_a_dot_screen_is_read() {
    if !ocr_available("a_table_header_shaded_as_a_dot_screen_is_read") {
        return;
    }
    // a black-and-white scan (tools/make_scans.py --bilevel) of a page whose table header is
    // shaded 20 % gray: the shade is a screen of dots, which tesseract takes for a picture
    // unless it is turned into gray first
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join(HALFTONE);
    let dir = tempfile::tempdir().unwrap();
    let out = ratsdex(
        &["extract", "--text", pdf.to_str().unwrap()],
        None,
        dir.path(),
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for word in [
        "Beratungsgremium",
        "Sitzungstermin",
        "Zuständigkeit",
        "Bauausschuss",
    ] {
        assert!(text.contains(word), "{word} missing in:\n{text}");
    }
}

#[test]
fn a_second_ingest_reads_the_ocr_cache_and_recognises_nothing() {
    if !ocr_available("a_second_ingest_reads_the_ocr_cache_and_recognises_nothing") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    let scan = fixture();
    let args = [
        "ingest",
        scan.to_str().unwrap(),
        "--index",
        index.to_str().unwrap(),
        "--json",
    ];
    let first: serde_json::Value =
        serde_json::from_slice(&ratsdex(&args, None, dir.path()).stdout).expect("json");
    assert_eq!(
        (
            first["ocr_pages"].as_u64(),
            first["ocr_recognized"].as_u64()
        ),
        (Some(1), Some(1)),
        "{first}"
    );
    let mut forced = args.to_vec();
    forced.push("--force");
    let second: serde_json::Value =
        serde_json::from_slice(&ratsdex(&forced, None, dir.path()).stdout).expect("json");
    assert_eq!(second["indexed"], 1, "{second}");
    assert_eq!(
        (
            second["ocr_pages"].as_u64(),
            second["ocr_recognized"].as_u64()
        ),
        (Some(1), Some(0)),
        "{second}"
    );
}

#[test]
fn a_scanners_invisible_layer_is_recognised_again_a_visible_layer_is_kept() {
    if !ocr_available("a_scanners_invisible_layer_is_recognised_again_a_visible_layer_is_kept") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let read = |name: &str| {
        let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
        let pdf = pdf.to_str().unwrap();
        let json = ratsdex(&["extract", "--json", pdf], None, dir.path());
        assert_eq!(json.status.code(), Some(0));
        let record: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        let text = stdout(&ratsdex(&["extract", "--text", pdf], None, dir.path()));
        (record["ocr_pages"].as_u64(), text)
    };
    let (ocr_pages, text) = read(SCANNER_LAYER);
    assert_eq!(ocr_pages, Some(1), "{text}");
    for word in ["Beratungsgremium", "Oberbürgermeister", "im April"] {
        assert!(text.contains(word), "{word} missing in:\n{text}");
    }
    let (ocr_pages, text) = read(VISIBLE_LAYER);
    assert_eq!(ocr_pages, Some(0), "{text}");
    assert!(
        text.contains("Oberbiirgermeister"),
        "the layer as drawn:\n{text}"
    );
    assert!(!text.contains("Beratungsgremium"), "{text}");
}

#[test]
fn a_kept_scanner_layer_is_read_in_the_blocks_of_its_pixels() {
    if !ocr_available("a_kept_scanner_layer_is_read_in_the_blocks_of_its_pixels") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = Path::new(env!("CARGO_MANIFEST_DIR")).join(SIDEBAR_LAYER);
    let pdf = pdf.to_str().unwrap();
    let json = ratsdex(&["extract", "--json", pdf], None, dir.path());
    assert_eq!(json.status.code(), Some(0));
    let record: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let text = stdout(&ratsdex(&["extract", "--text", pdf], None, dir.path()));
    assert_eq!(
        record["ocr_pages"].as_u64(),
        Some(0),
        "the layer is kept:\n{text}"
    );
    let at = |s: &str| {
        text.find(s)
            .unwrap_or_else(|| panic!("{s} missing in:\n{text}"))
    };
    // the body's lines first, in order, then the sidebar's
    let body = [
        "An den Vorsitzenden der Bezirksvertretung",
        "Anfrage zur Barrierefreiheit der Haltestellen",
        "die Geschäftsführung hat sich mit Ihrer Anfrage befasst.",
        "Mit freundlichen Grüßen",
    ];
    let sidebar = [
        "Postanschrift:",
        "Telefon 0221 555-4000",
        "Datum: 14.11.2012",
    ];
    assert!(body.windows(2).all(|w| at(w[0]) < at(w[1])), "{text}");
    assert!(sidebar.windows(2).all(|w| at(w[0]) < at(w[1])), "{text}");
    assert!(
        at(body[3]) < at(sidebar[0]),
        "the sidebar is read after the body, not between its lines:\n{text}"
    );
}
