//! Base encodings and glyph names → Unicode (Adobe Glyph List, symbol fonts).

use std::collections::HashMap;
use std::sync::OnceLock;

const GLYPHLIST: &str = include_str!("../../data/pdf/glyphlist.txt");
const ENCODINGS: &str = include_str!("../../data/pdf/encodings.txt");
const SYMBOLS: &str = include_str!("../../data/pdf/symbols.txt");
const FONT_NAMES: &str = include_str!("../../data/pdf/font_names.txt");

/// A base encoding: character code → glyph name.
pub type BaseEncoding = [Option<&'static str>; 256];

/// The named base encodings a simple font can use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Base {
    /// Adobe StandardEncoding.
    Standard,
    /// WinAnsiEncoding (cp1252).
    WinAnsi,
    /// MacRomanEncoding.
    MacRoman,
    /// PDFDocEncoding.
    PdfDoc,
    /// The Symbol font's built-in encoding.
    Symbol,
    /// The ZapfDingbats font's built-in encoding.
    ZapfDingbats,
}

impl Base {
    /// The base encoding for a PDF `/BaseEncoding` or `/Encoding` name.
    pub fn from_name(name: &[u8]) -> Option<Base> {
        match name {
            b"StandardEncoding" => Some(Base::Standard),
            b"WinAnsiEncoding" => Some(Base::WinAnsi),
            b"MacRomanEncoding" | b"MacExpertEncoding" => Some(Base::MacRoman),
            b"PDFDocEncoding" => Some(Base::PdfDoc),
            _ => None,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Base::Standard => "StandardEncoding",
            Base::WinAnsi => "WinAnsiEncoding",
            Base::MacRoman => "MacRomanEncoding",
            Base::PdfDoc => "PDFDocEncoding",
            Base::Symbol => "SymbolEncoding",
            Base::ZapfDingbats => "ZapfDingbatsEncoding",
        }
    }

    /// The code → glyph-name table.
    pub fn table(self) -> &'static BaseEncoding {
        let all = encodings();
        all.get(self.key()).unwrap_or(&EMPTY)
    }
}

static EMPTY: BaseEncoding = [None; 256];

fn encodings() -> &'static HashMap<&'static str, BaseEncoding> {
    static CELL: OnceLock<HashMap<&'static str, BaseEncoding>> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut map = HashMap::new();
        let mut current: Option<(&str, BaseEncoding)> = None;
        for line in ENCODINGS.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix("= ") {
                if let Some((n, t)) = current.take() {
                    map.insert(n, t);
                }
                current = Some((name, [None; 256]));
            } else if let (Some((_, table)), Some((code, glyph))) =
                (current.as_mut(), line.split_once(' '))
                && let Ok(code) = u8::from_str_radix(code, 16)
            {
                table[usize::from(code)] = Some(glyph);
            }
        }
        if let Some((n, t)) = current {
            map.insert(n, t);
        }
        map
    })
}

fn glyph_table() -> &'static HashMap<&'static str, char> {
    static CELL: OnceLock<HashMap<&'static str, char>> = OnceLock::new();
    CELL.get_or_init(|| {
        GLYPHLIST
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, hex) = l.split_once(' ')?;
                let c = char::from_u32(u32::from_str_radix(hex, 16).ok()?)?;
                Some((name, c))
            })
            .collect()
    })
}

/// One name list of `font_names.txt` (the lines after `= section`).
fn name_list(section: &str) -> Vec<&'static str> {
    FONT_NAMES
        .lines()
        .filter(|l| !l.starts_with('#'))
        .skip_while(|l| l.strip_prefix("= ") != Some(section))
        .skip(1)
        .take_while(|l| !l.starts_with("= "))
        .collect()
}

/// The 258 standard Macintosh glyph names, in the order TrueType `post` tables index them.
pub fn mac_glyph_order() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| name_list("MacGlyphOrder"))
}

/// The 391 CFF standard strings, indexed by SID.
pub fn cff_standard_strings() -> &'static [&'static str] {
    static CELL: OnceLock<Vec<&'static str>> = OnceLock::new();
    CELL.get_or_init(|| name_list("CFFStandardStrings"))
}

/// Which symbol font a font name denotes, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolFont {
    /// Adobe Symbol (Greek, math, bullets).
    Symbol,
    /// ITC ZapfDingbats.
    ZapfDingbats,
    /// Microsoft Wingdings.
    Wingdings,
}

impl SymbolFont {
    /// Classify a font by its (subset-prefixed) base font name.
    pub fn from_font_name(name: &str) -> Option<SymbolFont> {
        let base = name.rsplit('+').next().unwrap_or(name);
        let lower = base.to_ascii_lowercase();
        if lower.contains("wingdings") {
            Some(SymbolFont::Wingdings)
        } else if lower.contains("dingbats") {
            Some(SymbolFont::ZapfDingbats)
        } else if lower.starts_with("symbol") {
            Some(SymbolFont::Symbol)
        } else {
            None
        }
    }

    /// The Unicode character for a one-byte code of this font (also for U+F0xx private-use codes).
    pub fn char_for_code(self, code: u32) -> Option<char> {
        let code = if (0xF000..=0xF0FF).contains(&code) {
            code - 0xF000
        } else {
            code
        };
        let byte = u8::try_from(code).ok()?;
        match self {
            SymbolFont::Symbol => Base::Symbol.table()[usize::from(byte)].and_then(glyph_to_char),
            SymbolFont::ZapfDingbats => symbol_tables().0.get(&byte).copied(),
            SymbolFont::Wingdings => symbol_tables().1.get(&byte).copied(),
        }
    }
}

type SymbolMaps = (HashMap<u8, char>, HashMap<u8, char>);

fn symbol_tables() -> &'static SymbolMaps {
    static CELL: OnceLock<SymbolMaps> = OnceLock::new();
    CELL.get_or_init(|| {
        let mut zapf = HashMap::new();
        let mut wing = HashMap::new();
        let mut in_wing = false;
        for line in SYMBOLS.lines().filter(|l| !l.starts_with('#')) {
            if let Some(name) = line.strip_prefix("= ") {
                in_wing = name == "Wingdings";
                continue;
            }
            let Some((code, uni)) = line.split_once(' ') else {
                continue;
            };
            let (Ok(code), Ok(uni)) = (u8::from_str_radix(code, 16), u32::from_str_radix(uni, 16))
            else {
                continue;
            };
            if let Some(c) = char::from_u32(uni) {
                if in_wing {
                    wing.insert(code, c);
                } else {
                    zapf.insert(code, c);
                }
            }
        }
        (zapf, wing)
    })
}

/// Map a private-use code point that Word emits for Wingdings/Symbol glyphs to real Unicode.
pub fn fix_private_use(c: char, symbol: Option<SymbolFont>) -> Option<char> {
    let cp = u32::from(c);
    if !(0xF020..=0xF0FF).contains(&cp) {
        return None;
    }
    match symbol {
        Some(font) => font.char_for_code(cp),
        // Without a font hint the box glyphs of Wingdings are by far the most common
        // (LibreOffice's OpenSymbol uses the same code points), then Symbol's bullets.
        None => SymbolFont::Wingdings
            .char_for_code(cp)
            .or_else(|| SymbolFont::Symbol.char_for_code(cp)),
    }
}

/// Unicode for a glyph name: the Adobe Glyph List, `uniXXXX`, `uXXXX[XX]`, ligatures like `f_i`.
pub fn glyph_to_string(name: &str) -> Option<String> {
    if let Some(c) = glyph_to_char(name) {
        return Some(c.to_string());
    }
    let base = name.split('.').next().unwrap_or(name);
    if base != name
        && let Some(c) = glyph_to_char(base)
    {
        return Some(c.to_string());
    }
    if let Some(hex) = base.strip_prefix("uni")
        && hex.len() >= 4
        && hex.len() % 4 == 0
    {
        let mut out = String::new();
        for i in (0..hex.len()).step_by(4) {
            let cp = u32::from_str_radix(hex.get(i..i + 4)?, 16).ok()?;
            out.push(char::from_u32(cp)?);
        }
        return Some(out);
    }
    if let Some(hex) = base.strip_prefix('u')
        && (4..=6).contains(&hex.len())
        && let Ok(cp) = u32::from_str_radix(hex, 16)
    {
        return char::from_u32(cp).map(String::from);
    }
    if base.contains('_') {
        let parts: Option<String> = base.split('_').map(glyph_to_string).collect();
        return parts;
    }
    None
}

/// Unicode for a single glyph name from the Adobe Glyph List.
pub fn glyph_to_char(name: &str) -> Option<char> {
    glyph_table().get(name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyph_names_resolve() {
        assert_eq!(glyph_to_string("adieresis").as_deref(), Some("ä"));
        assert_eq!(glyph_to_string("germandbls").as_deref(), Some("ß"));
        assert_eq!(glyph_to_string("uni00FC").as_deref(), Some("ü"));
        assert_eq!(glyph_to_string("f_f_i").as_deref(), Some("ffi"));
        assert_eq!(glyph_to_string("Euro").as_deref(), Some("€"));
        assert_eq!(glyph_to_string("nonsense_glyph_xyz"), None);
    }

    #[test]
    fn standard_name_tables_are_complete() {
        assert_eq!(mac_glyph_order().len(), 258);
        assert_eq!(mac_glyph_order().get(36), Some(&"A"));
        assert_eq!(cff_standard_strings().len(), 391);
        assert_eq!(cff_standard_strings().get(34), Some(&"A"));
        assert_eq!(cff_standard_strings().get(390), Some(&"Semibold"));
    }

    #[test]
    fn base_encodings_differ_where_expected() {
        assert_eq!(Base::WinAnsi.table()[0xE4], Some("adieresis"));
        assert_eq!(Base::MacRoman.table()[0x8A], Some("adieresis"));
        assert_eq!(Base::Standard.table()[0x27], Some("quoteright"));
    }

    #[test]
    fn symbol_fonts_map_boxes_and_ticks() {
        assert_eq!(SymbolFont::ZapfDingbats.char_for_code(0x34), Some('✔'));
        assert_eq!(SymbolFont::ZapfDingbats.char_for_code(0x6F), Some('❏'));
        assert_eq!(fix_private_use('\u{F0FE}', None), Some('☒'));
        assert_eq!(fix_private_use('\u{F0A8}', None), Some('☐'));
        assert_eq!(
            fix_private_use('\u{F0B7}', Some(SymbolFont::Symbol)),
            Some('•')
        );
        assert_eq!(fix_private_use('a', None), None);
        assert_eq!(SymbolFont::from_font_name("DAAAAA+OpenSymbol"), None);
        assert_eq!(
            SymbolFont::from_font_name("ABC+SymbolMT"),
            Some(SymbolFont::Symbol)
        );
        assert_eq!(fix_private_use('\u{F0B7}', None), Some('•'));
    }
}
