//! Fonts: character codes → Unicode text and glyph widths (simple, Type3 and Type0/CID fonts).
//!
//! Text comes from ToUnicode first; without a usable one, from the encoding (base encoding,
//! Differences, glyph list) and the embedded font program ([`super::program`]).

use super::PdfError;
use super::cmap::CMap;
use super::encoding::{Base, SymbolFont, fix_private_use, glyph_to_string};
use super::metrics;
use super::objects::{self, Budget, as_dict, get, get_dict, get_name, get_num, resolve};
use super::program::Program;
use lopdf::{Dictionary, Document, Object};
use std::sync::Arc;

/// A loaded font, ready to decode strings of a `Tj`/`TJ` operand.
#[derive(Debug, Clone)]
pub struct Font {
    /// Base font name without subset prefix.
    pub name: String,
    /// Bold face (from the name or the font descriptor).
    pub bold: bool,
    /// Symbol font family, when the font is one.
    pub symbol: Option<SymbolFont>,
    /// True for Type0 (multi-byte, CID-keyed) fonts.
    pub cid: bool,
    /// Vertical writing mode (Identity-V).
    pub vertical: bool,
    /// The codes are UTF-16 code units (predefined `Uni…-UCS2-`/`-UTF16-` CMaps).
    unicode_codes: bool,
    to_unicode: Option<CMap>,
    encoding_cmap: Option<CMap>,
    /// Unicode per one-byte code from the font's encoding (simple fonts).
    simple: Vec<Option<String>>,
    /// Widths per one-byte code in glyph units (simple fonts).
    widths: Vec<Option<f32>>,
    /// CID widths: (first, last, width).
    cid_widths: Vec<(u32, u32, f32)>,
    default_width: f32,
    /// The embedded font program, kept for CID fonts whose ToUnicode is missing, has gaps or
    /// echoes the CIDs.
    program: Option<Arc<Program>>,
    /// Glyph space → text space (1/1000 for all but Type3).
    scale: f32,
    /// Effective glyph height per unit of font size (1 for all but Type3, from its FontMatrix).
    pub height_scale: f32,
}

/// One decoded character code.
#[derive(Debug, Clone, Copy)]
pub struct Code {
    /// The code value.
    pub code: u32,
    /// Its length in bytes.
    pub len: u8,
}

impl Font {
    /// A fallback font used when a font resource is missing (Helvetica metrics, WinAnsi).
    pub fn fallback() -> Font {
        let mut font = Font::blank();
        font.fill_simple(
            Base::WinAnsi
                .table()
                .map(|g| g.map(str::to_string))
                .to_vec(),
        );
        font
    }

    /// The fallback font's metrics without its code table (every loaded font fills its own).
    fn blank() -> Font {
        Font {
            name: "Helvetica".into(),
            bold: false,
            symbol: None,
            cid: false,
            vertical: false,
            unicode_codes: false,
            to_unicode: None,
            encoding_cmap: None,
            simple: vec![None; 256],
            widths: vec![None; 256],
            cid_widths: Vec::new(),
            default_width: 500.0,
            program: None,
            scale: 0.001,
            height_scale: 1.0,
        }
    }

    /// Load a font dictionary.
    pub fn load(doc: &Document, dict: &Dictionary, budget: &mut Budget) -> Result<Font, PdfError> {
        let subtype = get_name(doc, dict, b"Subtype").unwrap_or(b"Type1");
        let raw_name = get_name(doc, dict, b"BaseFont")
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        let name = raw_name
            .split_once('+')
            .map_or(raw_name.as_str(), |(_, n)| n)
            .to_string();
        let descriptor = get_dict(doc, dict, b"FontDescriptor");
        // the code table is filled by load_simple or cleared by load_type0
        let mut font = Font::blank();
        font.name = name.clone();
        font.symbol = SymbolFont::from_font_name(&name);
        font.bold = is_bold(doc, &name, descriptor);
        font.to_unicode = match get(doc, dict, b"ToUnicode") {
            Some(Object::Stream(s)) => {
                let data = objects::stream_data(s, budget)?;
                Some(CMap::parse(&data)).filter(|c| !c.is_empty())
            }
            _ => None,
        };
        if subtype == b"Type0" {
            font.load_type0(doc, dict, budget)?;
        } else {
            font.load_simple(doc, dict, subtype, descriptor, budget);
        }
        Ok(font)
    }

    fn load_type0(
        &mut self,
        doc: &Document,
        dict: &Dictionary,
        budget: &mut Budget,
    ) -> Result<(), PdfError> {
        self.cid = true;
        self.default_width = 1000.0;
        self.simple.clear();
        match get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                self.vertical = n.ends_with(b"-V");
                self.unicode_codes = n.starts_with(b"Uni")
                    && [&b"-UCS2-"[..], b"-UTF16-"]
                        .iter()
                        .any(|k| n.windows(k.len()).any(|w| w == *k));
            }
            Some(Object::Stream(s)) => {
                let data = objects::stream_data(s, budget)?;
                let cmap = CMap::parse(&data);
                self.vertical = get_num(doc, &s.dict, b"WMode") == Some(1.0);
                self.encoding_cmap = Some(cmap);
            }
            _ => {}
        }
        let descendant = match get(doc, dict, b"DescendantFonts") {
            Some(Object::Array(a)) => a.first().and_then(|o| resolve(doc, o)).and_then(as_dict),
            _ => None,
        };
        if let Some(desc) = descendant {
            if let Some(dw) = get_num(doc, desc, b"DW") {
                self.default_width = dw;
            }
            if let Some(Object::Array(w)) = get(doc, desc, b"W") {
                self.cid_widths = parse_w(doc, w);
            }
            if let Some(fd) = get_dict(doc, desc, b"FontDescriptor") {
                self.bold |= is_bold(doc, &self.name, Some(fd));
            }
            let check = self.check_to_unicode();
            if self.to_unicode.is_none() || check.misses || check.identity {
                // CIDs carry no meaning of their own: the font program names the glyphs
                self.program = Program::load_cid(doc, desc, budget).map(Arc::new);
            }
            if check.identity && self.program_contradicts_to_unicode() {
                // a ToUnicode that just echoes the CIDs is a producer bug: trust the program
                self.to_unicode = None;
            }
        }
        Ok(())
    }

    /// The subset's CIDs (those the `/W` array gives widths to, capped), without CID 0.
    fn width_cids(&self) -> impl Iterator<Item = u32> + '_ {
        self.cid_widths
            .iter()
            .flat_map(|&(a, b, _)| a..=b.min(a.saturating_add(256)))
            .filter(|&cid| cid != 0)
            .take(4096)
    }

    /// How a ToUnicode map of an Identity-encoded CID font covers the subset's CIDs.
    fn check_to_unicode(&self) -> ToUnicodeCheck {
        let mut check = ToUnicodeCheck::default();
        let (Some(tu), None) = (&self.to_unicode, &self.encoding_cmap) else {
            return check;
        };
        let (mut mapped, mut echoed) = (0usize, 0usize);
        for cid in self.width_cids() {
            match usable(tu.lookup(2, cid).as_deref()) {
                None => check.misses = true,
                Some(s) => {
                    mapped += 1;
                    let mut chars = s.chars();
                    if chars.next().map(u32::from) == Some(cid) && chars.next().is_none() {
                        echoed += 1;
                    }
                }
            }
        }
        // real subsets number glyphs in font order, which is never Unicode order
        check.identity = mapped >= 8 && echoed * 10 >= mapped * 9;
        check
    }

    /// True when the font program reads most of the subset's CIDs differently from ToUnicode.
    fn program_contradicts_to_unicode(&self) -> bool {
        let (Some(tu), Some(program)) = (&self.to_unicode, &self.program) else {
            return false;
        };
        let (mut known, mut differ) = (0usize, 0usize);
        for cid in self.width_cids() {
            if let Some(text) = program.cid_text(cid) {
                known += 1;
                if tu.lookup(2, cid).as_deref() != Some(text.as_str()) {
                    differ += 1;
                }
            }
        }
        known >= 8 && differ * 2 > known
    }

    fn load_simple(
        &mut self,
        doc: &Document,
        dict: &Dictionary,
        subtype: &[u8],
        descriptor: Option<&Dictionary>,
        budget: &mut Budget,
    ) {
        let std_font = metrics::standard_font(&self.name);
        let mut names: Vec<Option<String>> = match self.symbol {
            Some(SymbolFont::Symbol) => {
                Base::Symbol.table().map(|g| g.map(str::to_string)).to_vec()
            }
            Some(SymbolFont::ZapfDingbats) => Base::ZapfDingbats
                .table()
                .map(|g| g.map(str::to_string))
                .to_vec(),
            _ if subtype == b"TrueType" || subtype == b"Type3" => Base::WinAnsi
                .table()
                .map(|g| g.map(str::to_string))
                .to_vec(),
            _ => Base::Standard
                .table()
                .map(|g| g.map(str::to_string))
                .to_vec(),
        };
        if self.symbol.is_none()
            && std_font.is_none()
            && subtype != b"Type3"
            && descriptor
                .and_then(|d| get_num(doc, d, b"Flags"))
                .is_some_and(|f| (f as i64) & 32 != 0)
        {
            // non-symbolic text fonts without an explicit encoding behave like WinAnsi in practice
            names = Base::WinAnsi
                .table()
                .map(|g| g.map(str::to_string))
                .to_vec();
        }
        // Wingdings codes are pictures: base encodings name the wrong glyphs (0xFE is a ticked
        // box, not "thorn"), so only /Differences count and the rest maps by code.
        let wingdings = self.symbol == Some(SymbolFont::Wingdings);
        if wingdings {
            names = vec![None; 256];
        }
        let mut explicit_base = false;
        let mut diffs: Vec<Option<String>> = vec![None; 256];
        match get(doc, dict, b"Encoding") {
            Some(Object::Name(n)) => {
                explicit_base = true;
                if let Some(base) = Base::from_name(n).filter(|_| !wingdings) {
                    names = base.table().map(|g| g.map(str::to_string)).to_vec();
                }
            }
            Some(enc @ (Object::Dictionary(_) | Object::Stream(_))) => {
                if let Some(enc) = as_dict(enc) {
                    if let Some(base) = get_name(doc, enc, b"BaseEncoding")
                        .and_then(Base::from_name)
                        .filter(|_| !wingdings)
                    {
                        explicit_base = true;
                        names = base.table().map(|g| g.map(str::to_string)).to_vec();
                    }
                    if let Some(Object::Array(list)) = get(doc, enc, b"Differences") {
                        apply_differences(doc, list, &mut diffs);
                    }
                }
            }
            _ => {}
        }
        for (slot, diff) in names.iter_mut().zip(&diffs) {
            if diff.is_some() {
                slot.clone_from(diff);
            }
        }
        // A symbolic font without an explicit base encoding uses its program's own encoding;
        // Differences names outside the glyph list ("g12", "glyph7") name program glyphs.
        let builtin = !explicit_base && descriptor.is_some_and(|d| is_symbolic(doc, d));
        let odd_names = diffs.iter().flatten().any(|n| glyph_to_string(n).is_none());
        let program = match descriptor {
            Some(d)
                if (builtin || odd_names)
                    && !wingdings
                    && self.to_unicode.is_none()
                    && self.symbol.is_none() =>
            {
                Program::load_simple(doc, d, budget)
            }
            _ => None,
        };
        // widths
        let first = get_num(doc, dict, b"FirstChar").unwrap_or(0.0).max(0.0) as usize;
        if let Some(Object::Array(ws)) = get(doc, dict, b"Widths") {
            for (i, w) in ws.iter().enumerate() {
                if let (Some(slot), Some(w)) = (
                    self.widths.get_mut(first.saturating_add(i)),
                    resolve(doc, w).and_then(objects::num),
                ) {
                    *slot = Some(w);
                }
            }
        }
        if let Some(std) = std_font {
            for (code, name) in names.iter().enumerate() {
                if let (Some(slot), Some(name)) = (self.widths.get_mut(code), name)
                    && slot.is_none()
                {
                    *slot = metrics::glyph_width(std, name);
                }
            }
        }
        if let Some(mw) = descriptor.and_then(|d| get_num(doc, d, b"MissingWidth"))
            && mw > 0.0
        {
            self.default_width = mw;
        }
        if subtype == b"Type3"
            && let Some(m) = objects::get_numbers(doc, dict, b"FontMatrix")
            && let Some(a) = m.first()
        {
            self.scale = a.abs().clamp(1e-6, 10.0);
            if let Some(d) = m.get(3) {
                self.height_scale = (d.abs() * 1000.0).clamp(1e-3, 1e3);
            }
        }
        self.fill_simple(names);
        if let Some(program) = &program {
            program.fill_simple_text(&diffs, builtin, &mut self.simple);
        }
    }

    fn fill_simple(&mut self, names: Vec<Option<String>>) {
        let symbol = self.symbol;
        self.simple = names
            .iter()
            .enumerate()
            .map(|(code, name)| {
                let name = name.as_deref()?;
                if symbol == Some(SymbolFont::ZapfDingbats) && name.starts_with('a') {
                    return symbol
                        .and_then(|s| s.char_for_code(u32::try_from(code).ok()?))
                        .map(String::from);
                }
                glyph_to_string(name).or_else(|| {
                    // g123 / cid123 / unknown names: fall back on the code as Latin-1
                    symbol
                        .and_then(|s| s.char_for_code(u32::try_from(code).ok()?))
                        .map(String::from)
                })
            })
            .collect();
    }

    /// Split a string operand into character codes (lazily: a string may hold millions).
    pub fn codes<'a>(&'a self, bytes: &'a [u8]) -> impl Iterator<Item = Code> + 'a {
        let mut i = 0;
        std::iter::from_fn(move || {
            let rest = bytes.get(i..).filter(|r| !r.is_empty())?;
            let n = if !self.cid {
                1
            } else {
                match &self.encoding_cmap {
                    Some(c) => c.code_len(rest),
                    None => 2,
                }
                .clamp(1, 4)
            };
            let chunk = rest.get(..n).unwrap_or(rest);
            i += n;
            Some(Code {
                code: chunk.iter().fold(0u32, |a, &b| (a << 8) | u32::from(b)),
                len: u8::try_from(chunk.len()).unwrap_or(1),
            })
        })
    }

    fn cid_of(&self, code: Code) -> u32 {
        match &self.encoding_cmap {
            Some(c) if !c.cid_ranges.is_empty() => c.cid(code.len, code.code).unwrap_or(code.code),
            _ => code.code,
        }
    }

    /// The Unicode text of a code ("" when unknown).
    pub fn text(&self, code: Code) -> String {
        if let Some(tu) = &self.to_unicode
            && let Some(s) = tu.lookup(code.len, code.code)
            && (usable(Some(&s)).is_some() || self.program.is_none())
        {
            return self.clean(s);
        }
        if self.cid && self.unicode_codes {
            // predefined Unicode CMaps: the code is the character (BMP; no surrogate halves)
            return char::from_u32(code.code)
                .filter(|c| !c.is_control())
                .map(String::from)
                .unwrap_or_default();
        }
        if self.cid {
            // Without ToUnicode the CIDs carry no meaning of their own: ask the font program.
            return self
                .program
                .as_ref()
                .and_then(|p| p.cid_text(self.cid_of(code)))
                .map(|s| self.clean(s))
                .unwrap_or_default();
        }
        match self
            .simple
            .get(usize::try_from(code.code).unwrap_or(usize::MAX))
        {
            Some(Some(s)) => s.clone(),
            _ => match (self.symbol, char::from_u32(code.code)) {
                (Some(sym), _) => sym
                    .char_for_code(code.code)
                    .map(String::from)
                    .unwrap_or_default(),
                (None, Some(c)) if code.code >= 0x20 && code.code != 0x7F => c.to_string(),
                _ => String::new(),
            },
        }
    }

    fn clean(&self, s: String) -> String {
        if s.chars().any(|c| ('\u{F000}'..='\u{F0FF}').contains(&c)) {
            return s
                .chars()
                .map(|c| fix_private_use(c, self.symbol).unwrap_or(c))
                .collect();
        }
        s
    }

    /// Horizontal advance of a code in text space units (multiply by font size).
    pub fn width(&self, code: Code) -> f32 {
        let w = if self.cid {
            let cid = self.cid_of(code);
            // sorted by first CID: the candidate is the last range starting at or before `cid`
            let end = self.cid_widths.partition_point(|(a, _, _)| *a <= cid);
            self.cid_widths
                .get(..end)
                .unwrap_or_default()
                .iter()
                .rev()
                .take(8)
                .find(|(_, b, _)| cid <= *b)
                .map_or(self.default_width, |w| w.2)
        } else {
            self.widths
                .get(usize::try_from(code.code).unwrap_or(usize::MAX))
                .copied()
                .flatten()
                .unwrap_or(self.default_width)
        };
        w * self.scale
    }
}

/// What [`Font::check_to_unicode`] found.
#[derive(Debug, Default, Clone, Copy)]
struct ToUnicodeCheck {
    /// Some CIDs with widths have no mapping.
    misses: bool,
    /// Nearly every mapping just echoes its CID as a code point.
    identity: bool,
}

/// A ToUnicode target that is text: not empty, not NUL, not U+FFFD.
fn usable(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.is_empty() && !s.chars().all(|c| c == '\0' || c == '\u{FFFD}'))
}

/// Symbolic flag set and non-symbolic flag clear in the font descriptor.
fn is_symbolic(doc: &Document, descriptor: &Dictionary) -> bool {
    let flags = get_num(doc, descriptor, b"Flags").map_or(0, |f| f as i64);
    flags & 4 != 0 && flags & 32 == 0
}

fn is_bold(doc: &Document, name: &str, descriptor: Option<&Dictionary>) -> bool {
    let lower = name.to_ascii_lowercase();
    if ["bold", "black", "heavy", "semibold", "demi", ",b"]
        .iter()
        .any(|k| lower.contains(k))
    {
        return true;
    }
    let Some(d) = descriptor else { return false };
    get_num(doc, d, b"FontWeight").is_some_and(|w| w >= 600.0)
        || get_num(doc, d, b"Flags").is_some_and(|f| (f as i64) & (1 << 18) != 0)
}

fn apply_differences(doc: &Document, diffs: &[Object], names: &mut [Option<String>]) {
    let mut code: i64 = -1;
    for item in diffs {
        match resolve(doc, item) {
            Some(Object::Integer(n)) => code = *n,
            Some(Object::Name(n)) => {
                if let Some(slot) = usize::try_from(code).ok().and_then(|c| names.get_mut(c)) {
                    *slot = Some(String::from_utf8_lossy(n).into_owned());
                }
                code = code.saturating_add(1);
            }
            _ => {}
        }
    }
}

fn parse_w(doc: &Document, w: &[Object]) -> Vec<(u32, u32, f32)> {
    let mut out = Vec::new();
    let mut i = 0;
    let int = |o: &Object| {
        resolve(doc, o)
            .and_then(objects::num)
            .map(|v| v.max(0.0) as u32)
    };
    while i < w.len() && out.len() < 200_000 {
        let Some(first) = w.get(i).and_then(int) else {
            break;
        };
        match w.get(i + 1).and_then(|o| resolve(doc, o)) {
            Some(Object::Array(list)) => {
                for (k, v) in list.iter().enumerate() {
                    if let Some(v) = resolve(doc, v).and_then(objects::num) {
                        let cid = first.saturating_add(u32::try_from(k).unwrap_or(u32::MAX));
                        out.push((cid, cid, v));
                    }
                }
                i += 2;
            }
            Some(last) => {
                let (Some(last), Some(v)) = (
                    objects::num(last).map(|v| v.max(0.0) as u32),
                    w.get(i + 2)
                        .and_then(|o| resolve(doc, o))
                        .and_then(objects::num),
                ) else {
                    break;
                };
                out.push((first, last, v));
                i += 3;
            }
            None => break,
        }
    }
    out.sort_by_key(|e| e.0);
    out
}
