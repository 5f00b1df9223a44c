//! Embedded font programs as a source of text when a font has no usable ToUnicode map:
//! TrueType `cmap`/`post` (FontFile2, OpenType), CFF charsets and built-in encodings
//! (FontFile3), and the built-in encoding of a Type 1 program (FontFile).

use super::cff::Cff;
use super::encoding::{Base, glyph_to_string};
use super::objects::{self, Budget, get, get_dict, get_name};
use super::truetype::{Be, TrueType};
use lopdf::{Dictionary, Document, Object};

/// Most bytes of a Type 1 program's clear-text part searched for its encoding.
const MAX_TYPE1_CLEARTEXT: usize = 64 << 10;

/// The glyph knowledge of one embedded font program.
#[derive(Debug, Clone)]
pub enum Glyphs {
    /// A TrueType or OpenType program.
    TrueType(TrueType),
    /// A bare CFF program (Type1C, CIDFontType0C).
    Cff(Cff),
    /// The built-in encoding of a Type 1 program: glyph name per one-byte code.
    Type1(Vec<Option<String>>),
}

/// An embedded font program with the CID → glyph map of its CIDFont.
#[derive(Debug, Clone)]
pub struct Program {
    glyphs: Glyphs,
    /// CID → glyph from a `/CIDToGIDMap` stream; `None` is the identity.
    cid_to_gid: Option<Vec<u16>>,
}

impl Program {
    /// The program of a simple font, from its font descriptor.
    pub fn load_simple(
        doc: &Document,
        descriptor: &Dictionary,
        budget: &mut Budget,
    ) -> Option<Program> {
        Some(Program {
            glyphs: glyphs(doc, descriptor, budget)?,
            cid_to_gid: None,
        })
    }

    /// The program of a CIDFont (the descendant of a Type0 font).
    pub fn load_cid(doc: &Document, cid_font: &Dictionary, budget: &mut Budget) -> Option<Program> {
        let descriptor = get_dict(doc, cid_font, b"FontDescriptor")?;
        let glyphs = glyphs(doc, descriptor, budget)?;
        let cid_to_gid = match get(doc, cid_font, b"CIDToGIDMap") {
            Some(Object::Stream(s)) => objects::stream_data(s, budget).ok().map(|data| {
                data.chunks_exact(2)
                    .take(usize::from(u16::MAX) + 1)
                    .map(|p| p.u16_at(0).unwrap_or(0))
                    .collect()
            }),
            _ => None,
        };
        Some(Program { glyphs, cid_to_gid })
    }

    /// The text of a CID, through the CIDToGIDMap and the program's glyph names or `cmap`.
    pub fn cid_text(&self, cid: u32) -> Option<String> {
        let gid = match &self.cid_to_gid {
            Some(map) => *map.get(usize::try_from(cid).ok()?)?,
            None => match &self.glyphs {
                Glyphs::Cff(cff) => cff.glyph_for_cid(cid)?,
                _ => u16::try_from(cid).ok()?,
            },
        };
        if gid == 0 {
            return None;
        }
        match &self.glyphs {
            Glyphs::TrueType(tt) => tt.glyph_text(gid),
            Glyphs::Cff(cff) => cff.glyph_name(gid).and_then(glyph_to_string),
            Glyphs::Type1(_) => None,
        }
    }

    /// True when the program carries its own code → glyph encoding (a custom CFF or Type 1
    /// encoding, or a (3,0)/(1,0) TrueType `cmap`), which a symbolic simple font without an
    /// explicit `/Encoding` uses.
    pub fn has_builtin_encoding(&self) -> bool {
        match &self.glyphs {
            Glyphs::Cff(cff) => cff.has_custom_encoding(),
            Glyphs::Type1(names) => {
                let standard = Base::Standard.table();
                names
                    .iter()
                    .zip(standard.iter())
                    .any(|(a, b)| a.as_deref() != *b)
            }
            Glyphs::TrueType(tt) => tt.has_code_cmap(),
        }
    }

    /// Fill a simple font's code → text table: codes without a `/Differences` name take the
    /// program's built-in encoding (when `builtin`), codes whose name the glyph list does not
    /// know are looked up as glyph indices ("g12", "glyph12", "cid12", "index12").
    pub fn fill_simple_text(
        &self,
        diffs: &[Option<String>],
        builtin: bool,
        simple: &mut [Option<String>],
    ) {
        let builtin = builtin && self.has_builtin_encoding();
        for (code, slot) in simple.iter_mut().enumerate() {
            let Ok(byte) = u8::try_from(code) else { break };
            let text = match diffs.get(code).and_then(Option::as_deref) {
                Some(name) if slot.is_none() => self.name_text(name),
                Some(_) => None,
                None if builtin => self.code_text(byte),
                None => None,
            };
            if let Some(text) = text {
                *slot = Some(text);
            }
        }
    }

    /// The text of a glyph named by its index ("g12", "glyph12", "cid12", "index12", "#12").
    pub fn name_text(&self, name: &str) -> Option<String> {
        let digits = name.trim_start_matches(|c: char| c.is_ascii_alphabetic() || c == '#');
        let prefix = name.get(..name.len() - digits.len())?;
        if !matches!(prefix, "g" | "G" | "glyph" | "cid" | "index" | "#") {
            return None;
        }
        let gid: u16 = digits.parse().ok()?;
        match &self.glyphs {
            Glyphs::TrueType(tt) => tt.glyph_text(gid),
            Glyphs::Cff(cff) => cff.glyph_name(gid).and_then(glyph_to_string),
            Glyphs::Type1(_) => None,
        }
    }

    /// The glyph name the program's built-in encoding gives a one-byte code (CFF, Type 1).
    pub fn builtin_name(&self, code: u8) -> Option<&str> {
        match &self.glyphs {
            Glyphs::Cff(cff) => cff.code_name(code),
            Glyphs::Type1(names) => names.get(usize::from(code))?.as_deref(),
            Glyphs::TrueType(tt) => tt.glyph_for_code(code).and_then(|g| tt.glyph_name(g)),
        }
    }

    /// The text of a one-byte code of a simple font by the program's own encoding: a CFF or
    /// Type 1 built-in encoding, or the (3,0)/(1,0) `cmap` of a TrueType program.
    pub fn code_text(&self, code: u8) -> Option<String> {
        match &self.glyphs {
            Glyphs::TrueType(tt) => tt.glyph_for_code(code).and_then(|g| tt.glyph_text(g)),
            _ => self.builtin_name(code).and_then(glyph_to_string),
        }
    }
}

/// Read whichever program the descriptor embeds; `None` when none or unreadable.
fn glyphs(doc: &Document, descriptor: &Dictionary, budget: &mut Budget) -> Option<Glyphs> {
    for key in [&b"FontFile2"[..], b"FontFile3", b"FontFile"] {
        let Some(Object::Stream(s)) = get(doc, descriptor, key) else {
            continue;
        };
        let data = objects::stream_data(s, budget).ok()?;
        let subtype = get_name(doc, &s.dict, b"Subtype");
        let sfnt = matches!(
            data.get(..4),
            Some(b"\0\x01\0\0" | b"true" | b"OTTO" | b"ttcf")
        );
        return match (key, subtype) {
            (b"FontFile", _) => Some(Glyphs::Type1(type1_encoding(&data)?)),
            (_, Some(b"OpenType")) | (b"FontFile2", _) => {
                TrueType::parse(&data).ok().map(Glyphs::TrueType)
            }
            _ if sfnt => TrueType::parse(&data).ok().map(Glyphs::TrueType),
            _ => Cff::parse(&data).ok().map(Glyphs::Cff),
        };
    }
    None
}

/// The `/Encoding` of a Type 1 program's clear-text part: `StandardEncoding`, or the
/// `dup <code> /<name> put` entries of a custom array.
fn type1_encoding(data: &[u8]) -> Option<Vec<Option<String>>> {
    let head = data.get(..data.len().min(MAX_TYPE1_CLEARTEXT))?;
    let text = String::from_utf8_lossy(head);
    let start = text.find("/Encoding")?;
    let rest = text.get(start + "/Encoding".len()..)?;
    if rest.trim_start().starts_with("StandardEncoding") {
        return Some(
            Base::Standard
                .table()
                .iter()
                .map(|n| n.map(str::to_string))
                .collect(),
        );
    }
    let end = rest.find("readonly def").or_else(|| rest.find("eexec"))?;
    let mut names = vec![None; 256];
    let mut words = rest.get(..end)?.split_ascii_whitespace();
    while let Some(w) = words.next() {
        if w != "dup" {
            continue;
        }
        let (Some(code), Some(name)) = (words.next(), words.next()) else {
            break;
        };
        if let (Ok(code), Some(name)) = (code.parse::<usize>(), name.strip_prefix('/'))
            && let Some(slot) = names.get_mut(code)
        {
            *slot = Some(name.to_string());
        }
    }
    Some(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type1_builtin_encoding() {
        let prog = b"%!PS-AdobeFont-1.0: Test\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\ndup 65 /Adieresis put\ndup 66 /germandbls put\nreadonly def\ncurrentfile eexec\n";
        let names = type1_encoding(prog).expect("encoding");
        assert_eq!(
            names.get(65).cloned().flatten().as_deref(),
            Some("Adieresis")
        );
        assert_eq!(
            names.get(66).cloned().flatten().as_deref(),
            Some("germandbls")
        );
        assert_eq!(names.get(67).cloned().flatten(), None);
        let std = type1_encoding(b"/Encoding StandardEncoding def\n").expect("standard");
        assert_eq!(std.get(0x41).cloned().flatten().as_deref(), Some("A"));
        assert!(type1_encoding(b"no encoding here").is_none());
        let program = Program {
            glyphs: Glyphs::Type1(names),
            cid_to_gid: None,
        };
        assert_eq!(program.code_text(65).as_deref(), Some("Ä"));
        assert_eq!(program.code_text(67), None);
    }
}
