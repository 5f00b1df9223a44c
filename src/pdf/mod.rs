//! PDF stage: turns PDF bytes into a [`TextLayer`] (pages → lines → cells with positions).
//!
//! Every input is treated as hostile: all work is bounded by [`Limits`].
//!
//! The stages, one module each: [`objects`] (bounded loading and stream decoding), `pages`
//! (page tree), [`content`] (content-stream interpreter → positioned glyphs), [`fonts`],
//! [`encoding`], [`cmap`], [`metrics`] (codes → Unicode and widths), [`program`] with
//! [`truetype`] and [`cff`] (text from embedded font programs when ToUnicode fails),
//! [`layout`] (glyphs → lines → cells, headers/footers), [`reading`] (blocks and reading
//! order), [`graphics`] (small painted shapes → checkbox marks), [`forms`] (AcroForm fields),
//! [`layer`] (the output types).

pub mod cff;
pub mod cmap;
pub mod content;
pub mod encoding;
pub mod fonts;
pub mod forms;
pub mod graphics;
pub mod layer;
pub mod layout;
mod lenient;
mod lex;
pub mod metrics;
pub mod objects;
mod objstreams;
pub mod ocr;
mod ops;
mod oversize;
mod pages;
pub mod program;
pub mod reading;
mod repair;
pub mod truetype;

pub use layer::{
    Block, Cell, FieldValue, FormField, Fragment, Line, Mark, MarkKind, Page, TextLayer,
};

use crate::deadline::{Deadline, Stage};
use std::time::{Duration, Instant};

/// A document with at least this many glyphs outside the page boxes gets a warning (a few stray
/// glyphs beside the page are common and harmless).
const CLIPPED_WARNING: usize = 100;

/// Pages on which something happened, and how often.
#[derive(Default)]
struct Tally {
    pages: usize,
    first: usize,
    count: usize,
}

impl Tally {
    fn add(&mut self, page: usize, n: usize) {
        if n > 0 {
            if self.pages == 0 {
                self.first = page;
            }
            self.pages += 1;
            self.count += n;
        }
    }

    /// "page 3" or "12 pages, the first page 3".
    fn pages_text(&self) -> String {
        if self.pages == 1 {
            format!("page {}", self.first)
        } else {
            format!("{} pages, the first page {}", self.pages, self.first)
        }
    }
}

/// Why a PDF could not be read.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The bytes are not a PDF at all (an HTML error page, an empty file, …).
    #[error("not a PDF ({0})")]
    NotPdf(String),
    /// The file is encrypted and does not open with an empty user password.
    #[error("encrypted (password required)")]
    Encrypted,
    /// The file is a PDF but too damaged to read.
    #[error("corrupt PDF: {0}")]
    Corrupt(String),
    /// A resource limit was hit (decompressed bytes, recursion depth, operators, pages, time).
    #[error("limit exceeded: {0}")]
    Limit(String),
}

/// Resource limits for reading one document.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Maximum decompressed bytes of one stream.
    pub max_stream_bytes: usize,
    /// Maximum decompressed bytes of all streams of the document together.
    pub max_document_bytes: usize,
    /// Maximum nesting depth (Form XObjects, arrays/dictionaries, page tree).
    pub max_depth: usize,
    /// Maximum content-stream operators per page.
    pub max_ops_per_page: usize,
    /// Maximum number of pages read.
    pub max_pages: usize,
    /// Maximum glyphs kept per page; the rest of the page's text is dropped with a warning.
    pub max_glyphs_per_page: usize,
    /// Maximum glyphs kept per document; the text of later pages is dropped with a warning.
    pub max_glyphs_per_document: usize,
    /// Wall-clock budget; `None` means no deadline.
    pub deadline: Option<Instant>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_stream_bytes: 64 << 20,
            max_document_bytes: 512 << 20,
            max_depth: 32,
            max_ops_per_page: 2_000_000,
            max_pages: 10_000,
            max_glyphs_per_page: 250_000,
            max_glyphs_per_document: 10_000_000,
            deadline: None,
        }
    }
}

impl From<crate::deadline::Expired> for PdfError {
    fn from(e: crate::deadline::Expired) -> Self {
        PdfError::Limit(e.to_string())
    }
}

impl Limits {
    /// The deadline of these limits.
    pub fn deadline(&self) -> Deadline {
        Deadline::at(self.deadline)
    }

    /// The default limits with a deadline `budget` from now.
    pub fn with_budget(budget: Duration) -> Self {
        Limits {
            deadline: Some(Instant::now() + budget),
            ..Limits::default()
        }
    }
}

/// Extract the text layer and recognise the pages that have none (see [`ocr`]).
pub fn extract_with_ocr(
    bytes: &[u8],
    limits: &Limits,
    ocr: &ocr::OcrSettings,
) -> Result<(TextLayer, ocr::OcrReport), PdfError> {
    let mut layer = extract(bytes, limits)?;
    let report = ocr::apply(&mut layer, bytes, ocr);
    Ok((layer, report))
}

/// At most this many warnings are kept per document.
const MAX_WARNINGS: usize = 100;

/// Add a warning unless it is already there or there are too many.
fn warn(layer: &mut TextLayer, warning: String) {
    if layer.warnings.len() < MAX_WARNINGS && !layer.warnings.contains(&warning) {
        layer.warnings.push(warning);
    }
}

/// Extract the text layer of a PDF held in memory. Work and memory are bounded by `limits`:
/// glyphs outside the page are dropped (as `pdftotext` drops them), text beyond the glyph limits
/// is cut with a warning, and the deadline is checked in every loop.
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<TextLayer, PdfError> {
    let deadline = limits.deadline();
    let objects::Loaded {
        doc,
        repairs,
        rebuilt,
    } = objects::load(bytes, limits)?;
    let mut budget = objects::Budget::new(limits);
    let page_refs = pages::collect(&doc, limits)?;
    let mut layer = TextLayer {
        warnings: repairs,
        deadline,
        ..TextLayer::default()
    };
    if rebuilt {
        // A file read by scanning it (truncated, or its cross-reference data lost): say how
        // many of its pages are there, as one line.
        let stated = pages::stated_count(&doc).unwrap_or(0).min(limits.max_pages);
        let total = stated.max(page_refs.len());
        let kept = page_refs
            .iter()
            .filter(|p| pages::content_present(&doc, p))
            .count();
        if kept == 0 {
            return Err(PdfError::Corrupt(if total == 1 {
                "truncated or damaged: the content of its page is missing".to_string()
            } else {
                format!("truncated or damaged: the content of all {total} pages is missing")
            }));
        }
        if kept < total {
            warn(
                &mut layer,
                format!("truncated or damaged: kept {kept} of {total} pages"),
            );
        }
    }
    let mut cache = content::FontCache::default();
    let page_index: std::collections::HashMap<_, _> = page_refs
        .iter()
        .enumerate()
        .map(|(i, info)| (info.id, (i + 1, info.height(), info.y_offset())))
        .collect();
    layer.fields = forms::fields(
        &doc,
        &page_index,
        &pages::annotation_pages(&doc, &page_refs),
    );
    let mut cut = Tally::default();
    let mut clipped = Tally::default();
    let mut cut_at = None;
    for (i, info) in page_refs.iter().enumerate() {
        budget.check_time()?;
        let data = pages::content_bytes(&doc, info, &mut budget)?;
        let size = (info.width(), info.height());
        let interp = content::Interpreter::new(&doc, &mut budget, &mut cache, info.matrix(), size);
        let out = interp.run_page(&data, info.resources(&doc))?;
        for w in out.warnings {
            warn(&mut layer, format!("page {}: {w}", i + 1));
        }
        if out.truncated > 0 {
            if budget.glyph_room() == 0 {
                cut_at.get_or_insert(i + 1);
            } else {
                cut.add(i + 1, out.truncated);
            }
        }
        clipped.add(i + 1, out.clipped);
        let mut glyphs = out.glyphs;
        glyphs.extend(forms::field_glyphs(&layer.fields, i + 1));
        deadline.check(Stage::Layout)?;
        let (lines, blocks) = layout::layout(&glyphs);
        drop(glyphs);
        layer.pages.push(Page {
            number: i + 1,
            width: info.width(),
            height: info.height(),
            lines,
            images: out.images,
            invisible: out.invisible,
            blocks,
            marks: graphics::marks(&out.shapes),
        });
    }
    if cut.pages > 0 {
        warn(
            &mut layer,
            format!(
                "text cut on {}: more than {} characters on a page (limit per page)",
                cut.pages_text(),
                limits.max_glyphs_per_page
            ),
        );
    }
    if let Some(page) = cut_at {
        warn(
            &mut layer,
            format!(
                "text cut from page {page} on: more than {} characters in the document \
                 (limit per document)",
                limits.max_glyphs_per_document
            ),
        );
    }
    if clipped.count >= CLIPPED_WARNING {
        warn(
            &mut layer,
            format!(
                "{} characters outside the page ignored ({})",
                clipped.count,
                clipped.pages_text()
            ),
        );
    }
    deadline.check(Stage::Layout)?;
    layout::mark_furniture(&mut layer.pages);
    Ok(layer)
}
