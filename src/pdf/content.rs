//! Content-stream interpreter: graphics and text state → positioned glyphs.

use super::PdfError;
use super::fonts::Font;
use super::graphics::{Ink, PathBuilder, Shape};
use super::objects::{self, Budget, as_dict, get_dict, resolve};
use super::ops::{Operand, Ops};
use super::oversize;
use crate::deadline::{Stage, Ticker};
use lopdf::{Dictionary, Document, Object, ObjectId};
use std::collections::HashMap;
use std::rc::Rc;

/// An affine matrix `[a b c d e f]` as in PDF.
pub type Matrix = [f32; 6];

/// The identity matrix.
pub const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m1 × m2` (apply `m1` first, then `m2`).
pub fn mul(m1: &Matrix, m2: &Matrix) -> Matrix {
    [
        m1[0] * m2[0] + m1[1] * m2[2],
        m1[0] * m2[1] + m1[1] * m2[3],
        m1[2] * m2[0] + m1[3] * m2[2],
        m1[2] * m2[1] + m1[3] * m2[3],
        m1[4] * m2[0] + m1[5] * m2[2] + m2[4],
        m1[4] * m2[1] + m1[5] * m2[3] + m2[5],
    ]
}

/// One placed glyph in page coordinates (top-left origin, y down).
#[derive(Debug, Clone)]
pub struct Glyph {
    /// Unicode text of the glyph (may be several chars, e.g. a ligature).
    pub text: String,
    /// Origin x (left edge for upright text).
    pub x: f32,
    /// Baseline y.
    pub y: f32,
    /// Advance width along the writing direction.
    pub w: f32,
    /// Effective font size.
    pub size: f32,
    /// Bold font.
    pub bold: bool,
    /// Writing direction: 0 left-to-right, 1 top-to-bottom, 2 right-to-left (upside down),
    /// 3 bottom-to-top.
    pub dir: u8,
    /// The glyph is white space.
    pub space: bool,
}

/// Fonts loaded once per document, keyed by object id.
#[derive(Default)]
pub struct FontCache {
    fonts: HashMap<ObjectId, Rc<Font>>,
    /// The fallback font, built once per document.
    fallback: Option<Rc<Font>>,
}

impl FontCache {
    /// The fallback font (see [`Font::fallback`]).
    fn fallback(&mut self) -> Rc<Font> {
        self.fallback
            .get_or_insert_with(|| Rc::new(Font::fallback()))
            .clone()
    }
}

#[derive(Clone)]
struct GState {
    ctm: Matrix,
    font: Rc<Font>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    hscale: f32,
    leading: f32,
    rise: f32,
    /// Fill colour as seen on paper.
    fill: Ink,
    /// Stroke colour as seen on paper.
    stroke: Ink,
    /// Text render mode 3 or 7: glyphs neither filled nor stroked (a scanner's OCR layer).
    invisible: bool,
}

/// Output of interpreting one page.
#[derive(Default)]
pub struct PageContent {
    /// Glyphs in content order.
    pub glyphs: Vec<Glyph>,
    /// Images drawn (XObject images and inline images).
    pub images: usize,
    /// Letters and digits drawn invisibly (text render mode 3 or 7).
    pub invisible: usize,
    /// Small painted shapes (boxes, short strokes), at most
    /// [`MAX_SHAPES_PER_PAGE`](super::graphics::MAX_SHAPES_PER_PAGE).
    pub shapes: Vec<Shape>,
    /// Problems worth reporting.
    pub warnings: Vec<String>,
    /// Glyphs dropped because they lie outside the page (as `pdftotext` drops them).
    pub clipped: usize,
    /// Glyphs dropped because the page or the document reached its glyph limit.
    pub truncated: usize,
}

/// Interprets content streams of one page.
pub struct Interpreter<'a> {
    doc: &'a Document,
    budget: &'a mut Budget,
    cache: &'a mut FontCache,
    page_matrix: Matrix,
    /// Page width and height: glyphs beyond are dropped.
    page_size: (f32, f32),
    /// Glyphs this page may still keep.
    glyph_room: usize,
    ticker: Ticker,
    ops: usize,
    out: PageContent,
    form_stack: Vec<ObjectId>,
    path: PathBuilder,
}

impl<'a> Interpreter<'a> {
    /// A new interpreter; `page_matrix` maps user space to top-left page coordinates of a page
    /// `page_size` (width, height) large.
    pub fn new(
        doc: &'a Document,
        budget: &'a mut Budget,
        cache: &'a mut FontCache,
        page_matrix: Matrix,
        page_size: (f32, f32),
    ) -> Self {
        let glyph_room = budget.glyph_room().min(budget.limits.max_glyphs_per_page);
        let ticker = budget.limits.deadline().ticker(Stage::Pdf);
        Interpreter {
            doc,
            budget,
            cache,
            page_matrix,
            page_size,
            glyph_room,
            ticker,
            ops: 0,
            out: PageContent::default(),
            form_stack: Vec::new(),
            path: PathBuilder::default(),
        }
    }

    /// Run a page's content with its resources and return the glyphs.
    pub fn run_page(
        mut self,
        content: &[u8],
        resources: Option<&Dictionary>,
    ) -> Result<PageContent, PdfError> {
        let state = GState {
            ctm: IDENTITY,
            font: self.cache.fallback(),
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            hscale: 1.0,
            leading: 0.0,
            rise: 0.0,
            fill: Ink::Dark,
            stroke: Ink::Dark,
            invisible: false,
        };
        self.run(content, resources, state, 0)?;
        self.budget.charge_glyphs(self.out.glyphs.len());
        Ok(self.out)
    }

    fn font(&mut self, resources: Option<&Dictionary>, name: &[u8]) -> Result<Rc<Font>, PdfError> {
        let doc = self.doc;
        let fonts = resources.and_then(|r| get_dict(doc, r, b"Font"));
        let Some(entry) = fonts.and_then(|f| f.get(name).ok()) else {
            return Ok(self.cache.fallback());
        };
        if let Object::Reference(id) = entry
            && let Some(f) = self.cache.fonts.get(id)
        {
            return Ok(f.clone());
        }
        let Some(dict) = resolve(doc, entry).and_then(as_dict) else {
            return Ok(self.cache.fallback());
        };
        let font = match Font::load(doc, dict, self.budget) {
            Ok(f) => Rc::new(f),
            Err(PdfError::Corrupt(e)) => {
                self.out
                    .warnings
                    .push(format!("font {}: {e}", String::from_utf8_lossy(name)));
                self.cache.fallback()
            }
            Err(e) => return Err(e),
        };
        if let Object::Reference(id) = entry {
            self.cache.fonts.insert(*id, font.clone());
        }
        Ok(font)
    }

    fn run(
        &mut self,
        content: &[u8],
        resources: Option<&Dictionary>,
        mut gs: GState,
        depth: usize,
    ) -> Result<(), PdfError> {
        let mut stack: Vec<GState> = Vec::new();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        let (content, oversize) = oversize::bound(content);
        if oversize.dropped > 0 {
            self.out.warnings.push(format!(
                "{} operations with more than {} operands skipped",
                oversize.dropped,
                oversize::MAX_OPERATION_TOKENS
            ));
        }
        let mut ops = Ops::new(&content);
        while let Some(op) = ops.next_op() {
            let Ok(op) = op else {
                self.out
                    .warnings
                    .push("content stream syntax error; rest skipped".into());
                break;
            };
            self.ops += 1;
            if self.ops > self.budget.limits.max_ops_per_page {
                return Err(PdfError::Limit(format!(
                    "operators per page > {}",
                    self.budget.limits.max_ops_per_page
                )));
            }
            self.ticker.tick()?;
            let nums = op.nums;
            let n = |i: usize| nums.get(i).copied().unwrap_or(0.0);
            match op.operator {
                b"q" if stack.len() < 256 => stack.push(gs.clone()),
                b"Q" => {
                    if let Some(s) = stack.pop() {
                        gs = s;
                    }
                }
                b"cm" if nums.len() == 6 => {
                    let m = [n(0), n(1), n(2), n(3), n(4), n(5)];
                    gs.ctm = mul(&m, &gs.ctm);
                }
                b"BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                b"Tf" => {
                    if let Some(name) = op.name(0) {
                        gs.font = self.font(resources, name)?;
                    }
                    if let Some(size) = op.num(1) {
                        gs.size = size;
                    }
                }
                b"Tc" => gs.char_spacing = n(0),
                b"Tw" => gs.word_spacing = n(0),
                b"Tz" => gs.hscale = n(0) / 100.0,
                b"TL" => gs.leading = n(0),
                b"Ts" => gs.rise = n(0),
                b"Tr" => gs.invisible = matches!(n(0) as i32, 3 | 7),
                b"Td" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                b"TD" => {
                    gs.leading = -n(1);
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                    tm = tlm;
                }
                b"Tm" if nums.len() == 6 => {
                    tlm = [n(0), n(1), n(2), n(3), n(4), n(5)];
                    tm = tlm;
                }
                b"T*" => {
                    tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                    tm = tlm;
                }
                b"Tj" | b"'" | b"\"" | b"TJ" => {
                    if op.operator != b"Tj" && op.operator != b"TJ" {
                        if op.operator == b"\"" {
                            gs.word_spacing = n(0);
                            gs.char_spacing = n(1);
                        }
                        tlm = mul(&[1.0, 0.0, 0.0, 1.0, 0.0, -gs.leading], &tlm);
                        tm = tlm;
                    }
                    for operand in op.operands {
                        match operand {
                            Operand::Str(..) => {
                                let bytes = op.bytes(operand).unwrap_or_default();
                                self.show(bytes, &gs, &mut tm)?
                            }
                            Operand::Array(..) => {
                                for item in op.items(operand) {
                                    match item {
                                        Operand::Str(..) => {
                                            let bytes = op.bytes(item).unwrap_or_default();
                                            self.show(bytes, &gs, &mut tm)?
                                        }
                                        Operand::Number(adj) => {
                                            let tx = -adj / 1000.0 * gs.size * gs.hscale;
                                            tm = mul(&[1.0, 0.0, 0.0, 1.0, tx, 0.0], &tm);
                                        }
                                        _ => {}
                                    }
                                }
                            }
                            _ => {}
                        }
                    }
                }
                b"Do" => {
                    if let Some(name) = op.name(0) {
                        self.do_xobject(resources, name, &gs, depth)?;
                    }
                }
                b"BI" => self.out.images += 1,
                other => self.graphics_op(other, nums, &mut gs),
            }
        }
        Ok(())
    }

    /// Path construction, painting and colour operators.
    fn graphics_op(&mut self, op: &[u8], nums: &[f32], gs: &mut GState) {
        let n = |i: usize| nums.get(i).copied().unwrap_or(0.0);
        let m = if matches!(op, b"m" | b"l" | b"c" | b"v" | b"y" | b"re") {
            mul(&gs.ctm, &self.page_matrix)
        } else {
            IDENTITY
        };
        let pt = |x: f32, y: f32| (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
        match op {
            b"m" => self.path.move_to(pt(n(0), n(1))),
            b"l" => self.path.line_to(pt(n(0), n(1))),
            b"c" if nums.len() == 6 => self
                .path
                .curve_to(&[pt(n(0), n(1)), pt(n(2), n(3))], pt(n(4), n(5))),
            b"v" | b"y" if nums.len() == 4 => self.path.curve_to(&[pt(n(0), n(1))], pt(n(2), n(3))),
            b"h" => self.path.close(),
            b"re" if nums.len() == 4 => {
                let (x, y, w, h) = (n(0), n(1), n(2), n(3));
                self.path
                    .rect([pt(x, y), pt(x + w, y), pt(x + w, y + h), pt(x, y + h)]);
            }
            b"S" | b"s" | b"f" | b"F" | b"f*" | b"B" | b"B*" | b"b" | b"b*" | b"n" => {
                if self.path.is_empty() {
                    return;
                }
                if matches!(op, b"s" | b"b" | b"b*") {
                    self.path.close();
                }
                let stroked = matches!(op, b"S" | b"s" | b"B" | b"B*" | b"b" | b"b*")
                    && gs.stroke == Ink::Dark;
                let fill = (!matches!(op, b"S" | b"s" | b"n")).then_some(gs.fill);
                self.path.paint(stroked, fill, &mut self.out.shapes);
            }
            b"g" | b"rg" | b"k" => gs.fill = Ink::from_components(nums),
            b"G" | b"RG" | b"K" => gs.stroke = Ink::from_components(nums),
            b"sc" | b"scn" => gs.fill = Ink::from_components(nums),
            b"SC" | b"SCN" => gs.stroke = Ink::from_components(nums),
            b"cs" => gs.fill = Ink::Dark,
            b"CS" => gs.stroke = Ink::Dark,
            _ => {}
        }
    }

    fn do_xobject(
        &mut self,
        resources: Option<&Dictionary>,
        name: &[u8],
        gs: &GState,
        depth: usize,
    ) -> Result<(), PdfError> {
        let doc = self.doc;
        let Some(entry) = resources
            .and_then(|r| get_dict(doc, r, b"XObject"))
            .and_then(|x| x.get(name).ok())
        else {
            return Ok(());
        };
        let Some(Object::Stream(stream)) = resolve(doc, entry) else {
            return Ok(());
        };
        match objects::get_name(doc, &stream.dict, b"Subtype") {
            Some(b"Image") => {
                self.out.images += 1;
                Ok(())
            }
            Some(b"Form") => {
                if depth + 1 > self.budget.limits.max_depth {
                    return Err(PdfError::Limit(format!(
                        "form XObject nesting > {}",
                        self.budget.limits.max_depth
                    )));
                }
                let id = match entry {
                    Object::Reference(id) => Some(*id),
                    _ => None,
                };
                if let Some(id) = id {
                    if self.form_stack.contains(&id) {
                        self.out
                            .warnings
                            .push("form XObject draws itself; skipped".into());
                        return Ok(());
                    }
                    self.form_stack.push(id);
                }
                let data = match objects::shared_stream_data(doc, entry, self.budget) {
                    Some(d) => d?,
                    None => objects::stream_data(stream, self.budget)?.into(),
                };
                let mut inner = gs.clone();
                if let Some(m) = objects::get_numbers(doc, &stream.dict, b"Matrix")
                    && m.len() == 6
                {
                    inner.ctm = mul(&[m[0], m[1], m[2], m[3], m[4], m[5]], &gs.ctm);
                }
                let res = get_dict(doc, &stream.dict, b"Resources").or(resources);
                let result = self.run(&data, res, inner, depth + 1);
                if id.is_some() {
                    self.form_stack.pop();
                }
                result
            }
            _ => Ok(()),
        }
    }

    /// Place the glyphs of one string operand. Glyphs outside the page are dropped (counted in
    /// `clipped`); once the page's glyph room is used up the rest is dropped (`truncated`).
    fn show(&mut self, bytes: &[u8], gs: &GState, tm: &mut Matrix) -> Result<(), PdfError> {
        let font = gs.font.clone();
        let fs = gs.size;
        let th = gs.hscale;
        let to_page = mul(&gs.ctm, &self.page_matrix);
        let (width, height) = self.page_size;
        for code in font.codes(bytes) {
            self.ticker.tick()?;
            let w0 = font.width(code);
            let is_space_code = code.len == 1 && code.code == 32;
            let trm = mul(&mul(&[fs * th, 0.0, 0.0, fs, 0.0, gs.rise], tm), &to_page);
            let adv =
                (w0 * fs + gs.char_spacing + if is_space_code { gs.word_spacing } else { 0.0 })
                    * th;
            *tm = mul(&[1.0, 0.0, 0.0, 1.0, adv, 0.0], tm);
            let (ax, ay) = (trm[0], trm[1]);
            let scale_x = (ax * ax + ay * ay).sqrt() / (fs * th).abs().max(1e-6);
            let w = (w0 * fs * th).abs() * scale_x;
            // The glyph's advance runs from its origin along (ax, ay); as pdftotext does, a glyph
            // whose advance lies wholly beside the page is not on the page.
            let (x, y) = (trm[4], trm[5]);
            let unit = w / (ax * ax + ay * ay).sqrt().max(1e-6);
            let (xe, ye) = (x + ax * unit, y + ay * unit);
            let on_page =
                x.max(xe) >= 0.0 && x.min(xe) <= width && y.max(ye) >= 0.0 && y.min(ye) <= height;
            if !on_page {
                self.out.clipped += 1;
                continue;
            }
            if self.out.glyphs.len() >= self.glyph_room {
                self.out.truncated += 1;
                continue;
            }
            let text = font.text(code);
            if text.is_empty() {
                continue;
            }
            let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt() * font.height_scale;
            let dir = if ax.abs() >= ay.abs() {
                if ax >= 0.0 { 0 } else { 2 }
            } else if ay > 0.0 {
                1
            } else {
                3
            };
            let space = text.chars().all(char::is_whitespace);
            if gs.invisible {
                self.out.invisible += text.chars().filter(|c| c.is_alphanumeric()).count();
            }
            self.out.glyphs.push(Glyph {
                text,
                x,
                y,
                w,
                size,
                bold: font.bold,
                dir,
                space,
            });
        }
        Ok(())
    }
}
