//! One page through recognition: render, deskew, find checkboxes, turn halftone into gray, run
//! tesseract (not on a blank page), parse words.

use super::cache::OcrPage;
use super::run::{RunError, run};
use super::{OcrSettings, boxes, ink, prep, raster, tsv};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Tesseract page segmentation: fully automatic (columns, blocks), measured best on letters
/// and Vorlagen (`--psm 6`, one uniform block, mixes letterhead columns into the body).
const PSM: &str = "3";
/// Wall-clock allowance of one recognition, in multiples of its CPU budget.
const WALL_FACTOR: u32 = 10;

/// Recognise page `page` (1-based, `size` its width and height in points) of the PDF at `pdf`.
/// A page larger than A0 is rendered at less than `s.dpi` (see [`raster::fit_dpi`]).
pub fn recognize(
    pdf: &Path,
    page: usize,
    size: (f32, f32),
    s: &OcrSettings,
) -> Result<OcrPage, RunError> {
    let dpi = raster::fit_dpi(s.dpi, size.0, size.1).ok_or_else(|| {
        RunError::Failed(
            "pdftoppm".into(),
            format!(
                "page {page}: {:.0} × {:.0} pt is too large to render",
                size.0, size.1
            ),
        )
    })?;
    let mut img = raster::render(pdf, page, dpi, s.page_budget)?;
    prep::deskew(&mut img);
    let ink = ink::find(&img);
    let found = boxes::find(&img, &ink, dpi);
    let screened = prep::descreen(&mut img, &ink, dpi);
    if screened == 0 && !prep::has_ink(&ink) {
        // nothing but dust (and no halftone, whose dots may be all its print): a blank page,
        // not worth a recognition
        return Ok(OcrPage {
            width: img.w,
            height: img.h,
            words: Vec::new(),
            boxes: found,
        });
    }
    let image = TempFile::create("tif", |f| img.write_tiff(f, dpi))
        .map_err(|e| RunError::Failed("tesseract".into(), format!("temporary image file: {e}")))?;
    let dpi = dpi.to_string();
    let args = ["stdout", "-l", &s.lang, "--psm", PSM, "--dpi", &dpi];
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
        .arg(image.path())
        .args(args);
        c
    } else {
        let mut c = Command::new("tesseract");
        c.arg(image.path()).args(args);
        c
    };
    let out = run(&mut cmd, None, s.page_budget * WALL_FACTOR).map_err(|e| match e {
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

/// A file in the system's temporary folder (the PDF for the rasterizer, a page image for
/// tesseract), removed when dropped.
pub struct TempFile(PathBuf);

impl TempFile {
    /// A new file ending in `.ext`, filled by `fill` (removed again when that fails).
    pub fn create(
        ext: &str,
        fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
    ) -> std::io::Result<TempFile> {
        static N: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "ratsdex-ocr-{}-{}.{ext}",
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        );
        let file = TempFile(std::env::temp_dir().join(name));
        fill(&mut std::fs::File::create(&file.0)?)?;
        Ok(file)
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
