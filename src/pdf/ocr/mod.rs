//! OCR stage: pages without a usable text layer are rendered and recognised with tesseract,
//! and the recognised words go through the same layout stage as born-digital text.
//!
//! Modules, one job each: [`detect`] (which pages need OCR, garbage text layers),
//! [`raster`] (page → gray image with `pdftoppm`), [`prep`] (skew, straightening), [`engine`]
//! (image → words with `tesseract`), [`tsv`] (words → glyphs for `layout`), [`confusions`]
//! (`V0/` → `VO/` in codes), [`ink`] (connected components of a page's ink), [`boxes`]
//! (checkboxes from pixels), [`cache`] (results by file
//! hash), [`run`] (external programs with a deadline; are they installed?).
//!
//! Both programs run as subprocesses, so OCR is optional at run time: without them every page
//! with a text layer is read as before and scanned pages are counted as not searchable.

pub mod boxes;
pub mod cache;
pub mod confusions;
pub mod detect;
pub mod engine;
pub mod ink;
pub mod prep;
mod probe;
pub mod raster;
pub mod run;
pub mod tsv;

use super::layer::{Block, Fragment, Line, Mark, Page, TextLayer};
use super::layout;
use detect::Need;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// When to recognise pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OcrMode {
    /// Pages without a usable text layer, when tesseract and the language are installed.
    #[default]
    Auto,
    /// Every page (tesseract must be installed).
    Always,
    /// Never.
    Never,
}

impl std::str::FromStr for OcrMode {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(OcrMode::Auto),
            "always" => Ok(OcrMode::Always),
            "never" => Ok(OcrMode::Never),
            _ => Err(format!("expected auto, always or never, not {s:?}")),
        }
    }
}

/// How to recognise pages.
#[derive(Debug, Clone)]
pub struct OcrSettings {
    /// When.
    pub mode: OcrMode,
    /// Tesseract language(s), `deu` or `deu+eng`.
    pub lang: String,
    /// Where results are cached by file hash (None: no cache).
    pub cache_dir: Option<PathBuf>,
    /// Time budget of one page (rendering and recognition each).
    pub page_budget: Duration,
    /// Time budget of all pages of one document: pages not begun when it has run out are left
    /// unrecognised (and reported), so a scan of thousands of pages cannot hold the batch.
    pub document_budget: Duration,
    /// Rendering resolution.
    pub dpi: u32,
}

/// A document's OCR may take this many page budgets …
const DOCUMENT_BUDGET_PAGES: u32 = 10;
/// … and at least this long (10 minutes: a 200-page scan at ~1.5 s of CPU per page on 2 cores).
const DOCUMENT_BUDGET_MIN: Duration = Duration::from_secs(600);

impl Default for OcrSettings {
    fn default() -> Self {
        OcrSettings {
            mode: OcrMode::Auto,
            lang: "deu".into(),
            cache_dir: None,
            page_budget: Duration::from_secs(60),
            document_budget: DOCUMENT_BUDGET_MIN,
            dpi: 300,
        }
    }
}

impl OcrSettings {
    /// Ok when pages can be recognised with these settings; why not otherwise (always Err for
    /// `never`).
    pub fn available(&self) -> Result<(), String> {
        if self.mode == OcrMode::Never {
            return Err("--ocr never".into());
        }
        run::check(&self.lang).map_err(|m| m.0)
    }

    /// The settings of `--ocr MODE --ocr-lang LANG`, with the user's cache folder and `budget`
    /// per page; an error for `always` when OCR is not available or for a bad language name.
    pub fn for_cli(mode: &str, lang: &str, budget: Duration) -> Result<OcrSettings, String> {
        let mode: OcrMode = mode.parse()?;
        let ok = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '+';
        if lang.is_empty() || !lang.chars().all(ok) {
            return Err(format!(
                "--ocr-lang: not a tesseract language list: {lang:?}"
            ));
        }
        let s = OcrSettings {
            mode,
            lang: lang.to_string(),
            cache_dir: cache::user_dir(),
            page_budget: budget,
            document_budget: (budget * DOCUMENT_BUDGET_PAGES).max(DOCUMENT_BUDGET_MIN),
            ..OcrSettings::default()
        };
        if mode == OcrMode::Always
            && let Err(why) = s.available()
        {
            return Err(format!("--ocr always: {why} — {}", s.install_hint()));
        }
        Ok(s)
    }

    /// A fingerprint of what OCR would produce (mode, language, recognition version) when it
    /// is available, for incremental ingest: installing tesseract or changing the language
    /// re-processes the files (the OCR cache spares the recognition). None when OCR is off.
    pub fn fingerprint(&self) -> Option<String> {
        self.available()
            .ok()
            .map(|()| format!("ocr:{:?}:{}:v{}", self.mode, self.lang, cache::VERSION))
    }

    /// What to do about scanned pages left without text: install tesseract, or (when it is
    /// installed) why not.
    pub fn unsearchable_hint(&self) -> String {
        match self.available() {
            Err(why) if self.mode == OcrMode::Never => why,
            Err(_) => self.install_hint(),
            Ok(()) => "OCR failed on them (see the records' warnings)".into(),
        }
    }

    /// The Debian packages that provide tesseract with these languages.
    pub fn install_hint(&self) -> String {
        let mut s = String::from("install tesseract-ocr");
        for l in self.lang.split('+').filter(|l| !l.is_empty()) {
            s.push_str(" tesseract-ocr-");
            s.push_str(&l.replace('_', "-").to_lowercase());
        }
        s
    }
}

/// What the OCR stage did to one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OcrReport {
    /// Pages whose text came from OCR.
    pub pages: usize,
    /// Pages recognised by running tesseract now (the others came from the cache).
    pub recognized: usize,
    /// Scanned pages left without text (OCR off, not installed, or failed).
    pub unsearchable: usize,
    /// Mean word confidence (0–100) of the pages whose text came from OCR.
    pub mean_confidence: Option<f32>,
    /// Warnings for the record.
    pub warnings: Vec<String>,
}

/// Mean confidence below which the record warns that the OCR text is unreliable.
pub const LOW_CONFIDENCE: f32 = 75.0;
/// Marker of the warning about scanned pages left without text (see [`unsearchable_pages`]).
const UNSEARCHABLE: &str = "not searchable";

static RECOGNIZED: AtomicUsize = AtomicUsize::new(0);

/// Pages recognised by tesseract in this process so far (cache hits not counted).
pub fn pages_recognized() -> usize {
    RECOGNIZED.load(Ordering::Relaxed)
}

/// The number of scanned pages a record's warnings say were left without text.
pub fn unsearchable_pages(warnings: &[String]) -> usize {
    warnings
        .iter()
        .filter(|w| w.contains(UNSEARCHABLE))
        .filter_map(|w| w.split_whitespace().next()?.parse::<usize>().ok())
        .sum()
}

fn pages_word(n: usize) -> &'static str {
    if n == 1 { "page" } else { "pages" }
}

/// Recognise the pages of `layer` that need it (see [`detect`]) and put their text in place;
/// `bytes` is the PDF (its blake3 hash, computed only when a page needs OCR, is the cache key).
pub fn apply(layer: &mut TextLayer, bytes: &[u8], s: &OcrSettings) -> OcrReport {
    let mut report = OcrReport::default();
    let needs: Vec<(usize, Need)> = layer
        .pages
        .iter()
        .enumerate()
        .filter_map(|(i, p)| detect::need(p, s.mode == OcrMode::Always).map(|n| (i, n)))
        .collect();
    let scanned = needs.iter().filter(|(_, n)| *n == Need::NoText).count();
    if needs.is_empty() {
        return report;
    }
    if let Err(why) = s.available() {
        if scanned > 0 {
            report.unsearchable = scanned;
            let hint = if s.mode == OcrMode::Never {
                why
            } else {
                format!("{} ({why})", s.install_hint())
            };
            report.warnings.push(format!(
                "{scanned} scanned {} {UNSEARCHABLE} — {hint}",
                pages_word(scanned)
            ));
        }
        return report;
    }
    let hash = blake3::hash(bytes).to_hex();
    let hash = hash.as_str();
    let mut entry = match &s.cache_dir {
        Some(dir) => cache::load(dir, hash, &s.lang),
        None => cache::Entry::default(),
    };
    let todo: Vec<(usize, (f32, f32))> = needs
        .iter()
        .map(|(i, _)| &layer.pages[*i])
        .map(|p| (p.number, (p.width, p.height)))
        .filter(|(n, _)| !entry.pages.contains_key(n))
        .collect();
    let mut failed: Vec<(usize, String)> = Vec::new();
    let mut not_begun = 0usize;
    if !todo.is_empty() {
        match engine::TempFile::create("pdf", |f| std::io::Write::write_all(f, bytes)) {
            Ok(pdf) => {
                let stop = Instant::now() + s.document_budget;
                let results: Vec<(usize, Result<cache::OcrPage, run::RunError>)> = todo
                    .par_iter()
                    .map(|&(n, size)| {
                        if Instant::now() >= stop {
                            return (n, Err(run::RunError::Budget(s.document_budget.as_secs())));
                        }
                        (n, engine::recognize(pdf.path(), n, size, s))
                    })
                    .collect();
                for (n, r) in results {
                    match r {
                        Ok(page) => {
                            entry.pages.insert(n, page);
                            report.recognized += 1;
                        }
                        Err(run::RunError::Budget(_)) => not_begun += 1,
                        Err(e) => failed.push((n, e.to_string())),
                    }
                }
                RECOGNIZED.fetch_add(report.recognized, Ordering::Relaxed);
                if report.recognized > 0
                    && let Some(dir) = &s.cache_dir
                {
                    cache::store(dir, hash, &s.lang, &entry);
                }
            }
            Err(e) => failed.extend(
                todo.iter()
                    .map(|(n, _)| (*n, format!("temporary file: {e}"))),
            ),
        }
    }
    for (n, why) in &failed {
        report.warnings.push(format!("page {n}: OCR failed: {why}"));
    }
    if not_begun > 0 {
        report.warnings.push(format!(
            "{not_begun} {} not recognised: the document's OCR time budget ({} s) ran out",
            pages_word(not_begun),
            s.document_budget.as_secs()
        ));
    }
    let (mut conf_sum, mut conf_n) = (0.0f64, 0usize);
    let codes = confusions::Codes::collect(
        entry
            .pages
            .values()
            .flat_map(|p| &p.words)
            .filter(|w| tsv::is_signal(w))
            .map(|w| w.text.as_str()),
    );
    for (i, need) in needs {
        let page = &mut layer.pages[i];
        let Some(ocr) = entry.pages.get(&page.number) else {
            if need == Need::NoText {
                report.unsearchable += 1;
            }
            continue;
        };
        if put_in_place(page, ocr, need, &codes) {
            report.pages += 1;
            if let Some((c, n)) = tsv::mean_confidence(&ocr.words) {
                conf_sum += f64::from(c) * n as f64;
                conf_n += n;
            }
        }
    }
    if report.unsearchable > 0 {
        let n = report.unsearchable;
        report.warnings.push(format!(
            "{n} scanned {} {UNSEARCHABLE} — OCR failed",
            pages_word(n)
        ));
    }
    if conf_n > 0 {
        let mean = (conf_sum / conf_n as f64) as f32;
        report.mean_confidence = Some(mean);
        if mean < LOW_CONFIDENCE {
            report.warnings.push(format!(
                "OCR confidence low (mean {mean:.0} %): the text of {} {} may be unreliable",
                report.pages,
                pages_word(report.pages)
            ));
        }
    }
    if report.pages > 0 {
        for page in &mut layer.pages {
            for line in &mut page.lines {
                line.furniture = false;
            }
        }
        layout::mark_furniture(&mut layer.pages);
        if layer.has_text() {
            layer.warnings.retain(|w| w != "no text layer (scanned?)");
        }
    }
    report
}

/// Replace a page's text with the recognised words; for a garbage text layer only when the
/// recognised text is more plausible. True when the page's text now comes from OCR.
fn put_in_place(
    page: &mut Page,
    ocr: &cache::OcrPage,
    need: Need,
    codes: &confusions::Codes,
) -> bool {
    if ocr.width == 0 || ocr.height == 0 {
        return false;
    }
    let (sx, sy) = if page.width > 0.0 && page.height > 0.0 {
        (
            page.width / ocr.width as f32,
            page.height / ocr.height as f32,
        )
    } else {
        (72.0 / 300.0, 72.0 / 300.0)
    };
    let scale = (sx + sy) / 2.0;
    let words: Vec<tsv::Word> = ocr
        .words
        .iter()
        .filter(|w| !ocr.boxes.iter().any(|b| covers(b, w)))
        .cloned()
        .collect();
    let (glyphs, spots) = tsv::glyphs(&words, scale, codes);
    let (lines, _) = layout::layout(&glyphs);
    let blocks = tesseract_blocks(&lines, &spots);
    if matches!(need, Need::Garbage | Need::ScannerLayer) {
        let text =
            |ls: &[super::layer::Line]| ls.iter().map(|l| l.text() + "\n").collect::<String>();
        if !detect::ocr_wins(need, &text(&lines), &text(&page.lines)) {
            if need == Need::ScannerLayer
                && let Some(blocks) = layer_blocks(&page.lines, &spots)
            {
                page.blocks = blocks;
            }
            return false;
        }
    }
    if lines.is_empty() && ocr.boxes.is_empty() {
        return false;
    }
    page.lines = lines;
    page.blocks = blocks;
    page.marks.extend(ocr.boxes.iter().map(|b| Mark {
        x0: b.x0 * scale,
        y0: b.y0 * scale,
        x1: b.x1 * scale,
        y1: b.y1 * scale,
        kind: b.kind(),
    }));
    page.marks.sort_by(|a, b| a.y0.total_cmp(&b.y0));
    true
}

/// Share of a kept scanner layer's characters that must lie in cells the recognition read
/// too for the layer to be read in the recognition's blocks.
const LAYER_CELLS_MATCHED: f32 = 0.75;

/// A scanner's layer that stays comes without blocks of its own (its words are placed where
/// the scanner's engine saw them; the layout stage then reads letterhead sidebars interleaved
/// with the body line by line): it is read in the blocks the recognition of the same pixels
/// found — when the recognition read most of its cells (see [`LAYER_CELLS_MATCHED`]).
fn layer_blocks(lines: &[Line], spots: &[tsv::Spot]) -> Option<Vec<Block>> {
    let (mut matched, mut all) = (0usize, 0usize);
    for line in lines {
        for cell in &line.cells {
            let n = cell.text.chars().count();
            all += n;
            if block_of(spots, line, cell).is_some() {
                matched += n;
            }
        }
    }
    (all > 0 && matched as f32 >= LAYER_CELLS_MATCHED * all as f32)
        .then(|| tesseract_blocks(lines, spots))
}

/// The tesseract block of a cell: that of the first recognised word (in tesseract's order) on
/// the cell's line (within half a font size of its baseline) that lies mostly inside the cell.
fn block_of(spots: &[tsv::Spot], line: &Line, cell: &super::layer::Cell) -> Option<u32> {
    let tol = 0.5 * line.size.max(1.0);
    spots
        .iter()
        .find(|s| {
            let inside = s.x1.min(cell.x1) - s.x0.max(cell.x0);
            (s.y - line.y).abs() <= tol && inside > 0.0 && 2.0 * inside >= s.x1 - s.x0
        })
        .map(|s| s.block)
}

/// Blocks in tesseract's reading order (its page segmentation keeps letterhead columns and
/// sidebars apart): every cell goes to the block of the first word inside it, and the cells
/// of one block are read line by line. A cell without a recognised word (a stamp or word of a
/// scanner's layer the recognition dropped) goes with the cell before it in line order.
fn tesseract_blocks(lines: &[Line], spots: &[tsv::Spot]) -> Vec<Block> {
    let found: Vec<Vec<Option<u32>>> = lines
        .iter()
        .map(|l| l.cells.iter().map(|c| block_of(spots, l, c)).collect())
        .collect();
    let mut last = found.iter().flatten().find_map(|b| *b).unwrap_or(u32::MAX);
    let mut by_block: std::collections::BTreeMap<u32, Vec<Fragment>> = Default::default();
    for (li, cells) in found.iter().enumerate() {
        let mut prev: Option<u32> = None;
        for (ci, cell) in cells.iter().enumerate() {
            let b = cell.unwrap_or(last);
            let parts = by_block.entry(b).or_default();
            match parts.last_mut() {
                Some(f) if prev == Some(b) && f.line == li => f.cells += 1,
                _ => parts.push(Fragment {
                    line: li,
                    first_cell: ci,
                    cells: 1,
                }),
            }
            prev = Some(b);
            last = b;
        }
    }
    by_block
        .into_values()
        .map(|parts| Block { parts })
        .collect()
}

/// True when a recognised word is mostly inside a checkbox (the box read as `O`, `[]`, `X`).
fn covers(b: &boxes::PixelBox, w: &tsv::Word) -> bool {
    let ix = (b.x1.min(w.x1) - b.x0.max(w.x0)).max(0.0);
    let iy = (b.y1.min(w.y1) - b.y0.max(w.y0)).max(0.0);
    let area = ((w.x1 - w.x0) * (w.y1 - w.y0)).max(1.0);
    ix * iy >= 0.5 * area
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spent_document_budget_leaves_the_pages_unread_and_says_so() {
        let s = OcrSettings {
            document_budget: Duration::ZERO,
            ..OcrSettings::default()
        };
        if let Err(why) = s.available() {
            eprintln!("skipped: a_spent_document_budget…: OCR not available ({why})");
            return;
        }
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/ocr/dev38_lk-emsland_b-112-2022_scan.pdf"
        );
        let bytes = std::fs::read(path).expect("fixture");
        let mut layer = crate::pdf::extract(&bytes, &crate::pdf::Limits::default()).expect("pdf");
        let pages = layer.pages.len();
        let report = apply(&mut layer, &bytes, &s);
        assert_eq!(report.recognized, 0);
        assert_eq!(report.unsearchable, pages);
        let said = format!("{pages} {} not recognised", pages_word(pages));
        assert!(
            report
                .warnings
                .iter()
                .any(|w| w.starts_with(&said) && w.contains("budget")),
            "{:?}",
            report.warnings
        );
    }

    #[test]
    fn a_kept_scanner_layer_is_read_in_the_recognitions_blocks() {
        // a letter with a sidebar: the layer's lines interleave body and sidebar
        let layer = TextLayer::from_layout_text(
            "Stempel\n\
             Sehr geehrter Herr Berger,                        Postanschrift:\n\
             die Geschäftsführung hat sich mit dem             Parkweg 24\n\
             Thema beschäftigt.                                50999 Musterhausen\n",
        );
        let lines = &layer.pages[0].lines;
        // the recognition read the body as block 1, the sidebar as block 2, not the stamp
        let spot = |line: usize, cell: usize, block: u32| {
            let (l, c) = (&lines[line], &lines[line].cells[cell]);
            tsv::Spot {
                block,
                x0: c.x0 - 0.8,
                x1: c.x1 + 0.5,
                y: l.y + 1.0,
            }
        };
        let spots = [
            spot(1, 0, 1),
            spot(2, 0, 1),
            spot(3, 0, 1),
            spot(1, 1, 2),
            spot(2, 1, 2),
            spot(3, 1, 2),
        ];
        let mut page = layer.pages[0].clone();
        page.blocks = layer_blocks(lines, &spots).expect("most cells matched");
        assert_eq!(
            TextLayer {
                pages: vec![page],
                ..TextLayer::default()
            }
            .text(),
            "Stempel\nSehr geehrter Herr Berger,\ndie Geschäftsführung hat sich mit dem\n\
             Thema beschäftigt.\n\nPostanschrift:\nParkweg 24\n50999 Musterhausen\n",
            "the stamp the recognition dropped goes with the block after it"
        );
        assert!(
            layer_blocks(lines, &spots[3..]).is_none(),
            "a recognition that read under 3/4 of the layer gives no blocks"
        );
    }

    #[test]
    fn the_document_budget_grows_with_the_page_budget() {
        let s = OcrSettings::for_cli("never", "deu", Duration::from_secs(120)).expect("settings");
        assert_eq!(s.document_budget, Duration::from_secs(1200));
        let s = OcrSettings::for_cli("never", "deu", Duration::from_secs(5)).expect("settings");
        assert_eq!(s.document_budget, DOCUMENT_BUDGET_MIN);
    }

    #[test]
    fn modes_parse_and_the_install_hint_names_every_language() {
        assert_eq!("always".parse::<OcrMode>(), Ok(OcrMode::Always));
        assert!("sometimes".parse::<OcrMode>().is_err());
        let s = OcrSettings {
            lang: "deu+eng".into(),
            ..OcrSettings::default()
        };
        assert_eq!(
            s.install_hint(),
            "install tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng"
        );
    }

    #[test]
    fn unsearchable_pages_are_read_back_from_warnings() {
        let w = vec![
            "3 scanned pages not searchable — install tesseract-ocr tesseract-ocr-deu".to_string(),
            "page 2: no date".to_string(),
        ];
        assert_eq!(unsearchable_pages(&w), 3);
    }

    #[test]
    fn with_ocr_off_scanned_pages_are_counted_and_text_pages_untouched() {
        let mut layer =
            TextLayer::from_layout_text("Text auf Seite eins, lang genug für den Test.\n\u{c}7\n");
        layer.pages[1].images = 1;
        let before = layer.text();
        let s = OcrSettings {
            mode: OcrMode::Never,
            ..OcrSettings::default()
        };
        let r = apply(&mut layer, b"%PDF-1.4", &s);
        assert_eq!((r.pages, r.unsearchable), (0, 1));
        assert_eq!(r.warnings, ["1 scanned page not searchable — --ocr never"]);
        assert_eq!(layer.text(), before);
    }
}
