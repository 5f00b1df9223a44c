//! Memory per document is bounded: small hostile files that unpack into millions of text
//! glyphs, array elements or objects are read by the real binary (`ratsdex extract --json`)
//! within [`PEAK_LIMIT_MB`] of peak resident memory (the child's own peak, from `wait4`).
//! Before the bounds, the first file took 605 MB, the second 520 MB, the third 1.9 GB.

use crate::support::bin;
use crate::support::hostile;
use std::path::Path;
use std::time::{Duration, Instant};

/// The bound for one document.
const PEAK_LIMIT_MB: i64 = 300;

/// Guard against hangs (debug build, shared cores); not a timing assertion.
const RUN_LIMIT: Duration = Duration::from_secs(300);

/// Run `ratsdex extract --json FILE`: its record and its peak resident memory in MB.
#[cfg(target_os = "linux")]
#[allow(clippy::zombie_processes)] // reaped by `wait4`, which also reports the peak
fn extract_with_peak(file: &Path) -> (serde_json::Value, i64) {
    use std::process::Stdio;
    let mut child = bin()
        .args(["extract".as_ref(), "--json".as_ref(), file.as_os_str()])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ratsdex starts");
    let out = child.stdout.take().map(|mut s| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = std::io::Read::read_to_end(&mut s, &mut buf);
            buf
        })
    });
    let err = child.stderr.take().map(|mut s| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = std::io::Read::read_to_end(&mut s, &mut buf);
            buf
        })
    });
    let pid = child.id() as libc::pid_t;
    let started = Instant::now();
    let (status, usage) = loop {
        let mut status = 0;
        // SAFETY: `rusage` is plain data that wait4 fills; `pid` is our own child, reaped here
        // (and only here: `child.wait` is never called).
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        let rc = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
        if rc == pid {
            break (status, usage);
        }
        assert!(rc == 0, "wait4 failed");
        if started.elapsed() > RUN_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("ratsdex extract {} did not finish: killed", file.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let text = |h: Option<std::thread::JoinHandle<Vec<u8>>>| {
        h.and_then(|h| h.join().ok()).unwrap_or_default()
    };
    let (out, err) = (text(out), text(err));
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "ratsdex extract {} failed: {}",
        file.display(),
        String::from_utf8_lossy(&err)
    );
    let record = serde_json::from_slice(&out)
        .unwrap_or_else(|e| panic!("no JSON record ({e}): {}", String::from_utf8_lossy(&out)));
    (record, usage.ru_maxrss / 1024)
}

/// Write `bytes` to a temporary file, extract it, and check the peak and the warnings.
#[cfg(target_os = "linux")]
fn check(name: &str, bytes: &[u8], warning: Option<&str>) -> serde_json::Value {
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join(name);
    std::fs::write(&file, bytes).expect("write");
    let (record, peak) = extract_with_peak(&file);
    assert!(
        peak < PEAK_LIMIT_MB,
        "{name} ({} KB): peak {peak} MB, limit {PEAK_LIMIT_MB} MB",
        bytes.len() / 1024
    );
    if let Some(w) = warning {
        let warnings = record["warnings"].as_array().cloned().unwrap_or_default();
        assert!(
            warnings
                .iter()
                .any(|x| x.as_str().is_some_and(|x| x.contains(w))),
            "{name}: no warning with {w:?}: {warnings:?}"
        );
    }
    record
}

#[cfg(target_os = "linux")]
#[test]
fn a_10_mb_text_line_in_a_20_kb_file_stays_under_300_mb() {
    let pdf = hostile::packed_long_line_pdf("hxlonglineq", 10);
    assert!(pdf.len() < 40_000, "{} bytes", pdf.len());
    check("lange_zeile.pdf", &pdf, Some("outside the page"));
}

#[cfg(target_os = "linux")]
#[test]
fn a_tj_array_of_three_million_elements_stays_under_300_mb() {
    let pdf = hostile::packed_tj_array_pdf("hxtjarrayq", 10);
    check("tj_feld.pdf", &pdf, Some("outside the page"));
}

#[cfg(target_os = "linux")]
#[test]
fn an_object_stream_unpacking_to_15_million_numbers_stays_under_300_mb() {
    let pdf = hostile::object_stream_bomb_pdf("hxobjstmq", 30);
    assert!(pdf.len() < 100_000, "{} bytes", pdf.len());
    let record = check(
        "objektstrom.pdf",
        &pdf,
        Some("too large to unpack left out"),
    );
    assert_eq!(record["pages"], 1, "the page objects beside the bomb load");
}

/// Four CID fonts with 200,000 `/W` pairs each as top-level objects (6.4 MB; 588 MB before
/// the bound): the fonts are left out with a warning, the page's text is kept.
#[cfg(target_os = "linux")]
#[test]
fn four_fonts_with_200000_width_pairs_stay_under_300_mb() {
    let pdf = hostile::huge_widths_pdf("hxbreitenq", 4, 200_000);
    let record = check(
        "breiten.pdf",
        &pdf,
        Some("4 objects too large to read left out"),
    );
    assert_eq!(record["pages"], 1);
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("breiten.pdf");
    std::fs::write(&file, &pdf).expect("write");
    let text = crate::support::ok(&["extract".as_ref(), "--text".as_ref(), file.as_os_str()]);
    assert!(String::from_utf8_lossy(&text).contains("hxbreitenq"));
}

/// 10,000 pages drawing one 54 KiB content stream (540 MB if decoded per page, over the
/// 512 MB per-document cap): the stream is decoded once and every page is read.
#[cfg(target_os = "linux")]
#[test]
fn ten_thousand_pages_sharing_one_content_stream_are_all_read() {
    let pdf = hostile::shared_content_pdf("hxgeteiltq", 10_000, 54);
    let record = check("geteilt.pdf", &pdf, None);
    assert_eq!(record["pages"], 10_000, "{}", record["warnings"]);
}

/// A one-page PDF of `side` × `side` points whose only content is a tiny image (so that the
/// page counts as scanned and goes to OCR).
fn huge_scanned_page_pdf(side: &str) -> Vec<u8> {
    let content: &[u8] = b"q 100 0 0 100 100 100 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {side} {side}] /Contents 4 0 R >>"),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    offsets.push(out.len());
    out.extend_from_slice(format!("4 0 obj\n<< /Length {} >>\nstream\n", content.len()).as_bytes());
    out.extend_from_slice(content);
    out.extend_from_slice(b"\nendstream\nendobj\n");
    let xref = out.len();
    out.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    out
}

/// True when OCR can run here (pdftoppm and tesseract with `deu`); says so when not.
fn ocr_tools(test: &str) -> bool {
    let ok = std::process::Command::new("pdftoppm")
        .arg("-v")
        .output()
        .is_ok()
        && std::process::Command::new("tesseract")
            .arg("--list-langs")
            .output()
            .is_ok_and(|o| {
                String::from_utf8_lossy(&o.stdout)
                    .lines()
                    .any(|l| l == "deu")
            });
    if !ok {
        eprintln!("skipped: {test}: tesseract with German (deu) or pdftoppm not installed");
    }
    ok
}

/// Peak of a document whose page goes to OCR: the page image (at most 40 million pixels, see
/// `pdf::ocr::raster`) and its working copies take about 9 bytes per pixel (386 MB measured).
const OCR_PEAK_LIMIT_MB: i64 = 450;

/// Found by the mutation campaign (`tools/fuzz/fuzz.py`, a `/MediaBox` set to a huge size on a
/// page that holds only an image): OCR rendered every page at 300 dpi whatever its size, so a
/// 1.5 KB file with a 5000 × 5000 pt page had pdftoppm write a 434-megapixel image that was
/// read in full before its size was checked (peak 858 MB, and no text). Pages larger than A2
/// are now rendered at a lower resolution; a page too large even for that is reported.
#[cfg(target_os = "linux")]
#[test]
fn a_huge_scanned_page_is_rendered_smaller_and_stays_under_450_mb() {
    if !ocr_tools("a_huge_scanned_page_is_rendered_smaller_and_stays_under_450_mb") {
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    let file = tmp.path().join("riesenseite.pdf");
    std::fs::write(&file, huge_scanned_page_pdf("5000")).expect("write");
    let (record, peak) = extract_with_peak(&file);
    assert!(
        peak < OCR_PEAK_LIMIT_MB,
        "peak {peak} MB, limit {OCR_PEAK_LIMIT_MB} MB"
    );
    let warnings = record["warnings"].as_array().cloned().unwrap_or_default();
    assert!(
        !warnings
            .iter()
            .any(|w| w.as_str().is_some_and(|w| w.contains("OCR failed"))),
        "{warnings:?}"
    );
    let record = check(
        "kilometerseite.pdf",
        &huge_scanned_page_pdf("1000000"),
        Some("too large to render"),
    );
    assert_eq!(record["pages"], 1);
}
