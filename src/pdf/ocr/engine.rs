//! One page through recognition: render, deskew, find checkboxes, run tesseract, parse words.

use super::cache::OcrPage;
use super::run::{RunError, run};
use super::{OcrSettings, boxes, prep, raster, tsv};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Tesseract page segmentation: fully automatic (columns, blocks), measured best on letters
/// and Vorlagen (`--psm 6`, one uniform block, mixes letterhead columns into the body).
const PSM: &str = "3";
/// Wall-clock allowance of one recognition, in multiples of its CPU budget.
const WALL_FACTOR: u32 = 10;

/// Recognise page `page` (1-based) of the PDF at `pdf`.
pub fn recognize(pdf: &Path, page: usize, s: &OcrSettings) -> Result<OcrPage, RunError> {
    let mut img = raster::render(pdf, page, s.dpi, s.page_budget)?;
    prep::deskew(&mut img);
    let found = boxes::find(&img, s.dpi);
    let dpi = s.dpi.to_string();
    let args = [
        "stdin", "stdout", "-l", &s.lang, "--psm", PSM, "--dpi", &dpi,
    ];
    let args = args.iter().chain(&["-c", "thresholding_method=2", "tsv"]);
    let cpu = s.page_budget.as_secs().max(1);
    // The budget is CPU time (`ulimit -t`), so a loaded machine does not kill pages that
    // would finish; the wall clock allows WALL_FACTOR times as much before it kills a hang.
    let mut cmd = if cfg!(unix) {
        let mut c = Command::new("sh");
        c.args([
            "-c",
            "ulimit -t \"$0\" && exec tesseract \"$@\"",
            &cpu.to_string(),
        ])
        .args(args);
        c
    } else {
        let mut c = Command::new("tesseract");
        c.args(args);
        c
    };
    let out =
        run(&mut cmd, Some(&img.to_pgm()), s.page_budget * WALL_FACTOR).map_err(|e| match e {
            RunError::Failed(_, why) if why.contains("signal: 24") || why.contains("SIGXCPU") => {
                RunError::Failed("tesseract".into(), format!("took more than {cpu} CPU s"))
            }
            RunError::Failed(_, why) => RunError::Failed("tesseract".into(), why),
            RunError::Timeout(_, secs) => RunError::Timeout("tesseract".into(), secs),
            other => other,
        })?;
    Ok(OcrPage {
        width: img.w,
        height: img.h,
        words: tsv::parse(&String::from_utf8_lossy(&out)),
        boxes: found,
    })
}

/// The PDF's bytes in a temporary file for the rasterizer, removed when dropped.
pub struct TempPdf(PathBuf);

impl TempPdf {
    /// Write the bytes to a new file in the system's temporary folder.
    pub fn write(bytes: &[u8]) -> std::io::Result<TempPdf> {
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "ratsdex-ocr-{}-{}.pdf",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        std::fs::write(&path, bytes)?;
        Ok(TempPdf(path))
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempPdf {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
