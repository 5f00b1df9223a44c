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
pub mod metrics;
pub mod objects;
pub mod ocr;
mod pages;
pub mod program;
pub mod reading;
pub mod truetype;

pub use layer::{
    Block, Cell, FieldValue, FormField, Fragment, Line, Mark, MarkKind, Page, TextLayer,
};

use std::time::{Duration, Instant};

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
            deadline: None,
        }
    }
}

impl Limits {
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
    let hash = blake3::hash(bytes).to_hex();
    let report = ocr::apply(&mut layer, bytes, &hash, ocr);
    Ok((layer, report))
}

/// Extract the text layer of a PDF held in memory.
pub fn extract(bytes: &[u8], limits: &Limits) -> Result<TextLayer, PdfError> {
    let doc = objects::load(bytes, limits)?;
    let mut budget = objects::Budget::new(limits);
    let page_refs = pages::collect(&doc, limits)?;
    let mut layer = TextLayer::default();
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
    for (i, info) in page_refs.iter().enumerate() {
        budget.check_time()?;
        let data = pages::content_bytes(&doc, info, &mut budget)?;
        let interp = content::Interpreter::new(&doc, &mut budget, &mut cache, info.matrix());
        let out = interp.run_page(&data, info.resources(&doc))?;
        for w in out.warnings {
            if layer.warnings.len() < 100 && !layer.warnings.contains(&w) {
                layer.warnings.push(format!("page {}: {w}", i + 1));
            }
        }
        let mut glyphs = out.glyphs;
        glyphs.extend(forms::field_glyphs(&layer.fields, i + 1));
        let (lines, blocks) = layout::layout(&glyphs);
        layer.pages.push(Page {
            number: i + 1,
            width: info.width(),
            height: info.height(),
            lines,
            images: out.images,
            blocks,
            marks: graphics::marks(&out.shapes),
        });
    }
    layout::mark_furniture(&mut layer.pages);
    if !layer.has_text() {
        layer.warnings.push("no text layer (scanned?)".into());
    }
    Ok(layer)
}
