//! A bounds-checked reader for the glyph names of a CFF (Type1C) font program: the Top DICT,
//! the charset (glyph → name, or glyph → CID for CID-keyed fonts) and the built-in encoding.
//!
//! The bytes are untrusted: every read is checked, every loop is capped, nothing panics.

use super::encoding::{Base, cff_standard_strings};
use super::truetype::Be;
use std::collections::HashMap;

/// Largest CFF program read (bytes).
pub const MAX_CFF_BYTES: usize = 32 << 20;
/// Most glyphs read from one program.
const MAX_GLYPHS: usize = 65_536;

/// Why a CFF program could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CffError {
    /// The program is larger than [`MAX_CFF_BYTES`].
    #[error("CFF program too large ({0} bytes)")]
    TooLarge(usize),
    /// A structure the reader needs is missing or cut short.
    #[error("bad CFF program: {0}")]
    Malformed(&'static str),
}

/// What a CFF program says about its glyphs.
#[derive(Debug, Default, Clone)]
pub struct Cff {
    /// Glyph names by glyph index (empty for CID-keyed fonts).
    names: Vec<String>,
    /// Glyph index by CID (CID-keyed fonts only).
    cids: HashMap<u16, u16>,
    /// Built-in encoding: one-byte code → glyph index.
    encoding: Vec<Option<u16>>,
    /// The built-in encoding is the program's own, not Adobe Standard.
    custom_encoding: bool,
}

/// One INDEX structure: its items and the offset just past it.
struct Index<'a> {
    items: Vec<&'a [u8]>,
    end: usize,
}

fn index(data: &[u8], at: usize) -> Option<Index<'_>> {
    let count = usize::from(data.u16_at(at)?);
    if count == 0 {
        return Some(Index {
            items: Vec::new(),
            end: at + 2,
        });
    }
    let size = usize::from(data.u8_at(at + 2)?);
    if !(1..=4).contains(&size) {
        return None;
    }
    let offsets = at + 3;
    let base = offsets + (count + 1) * size - 1;
    let offset = |i: usize| -> Option<usize> {
        let bytes = data.get(offsets + i * size..offsets + (i + 1) * size)?;
        let v = bytes.iter().fold(0usize, |a, &b| (a << 8) | usize::from(b));
        base.checked_add(v)
    };
    let mut items = Vec::with_capacity(count.min(MAX_GLYPHS));
    let mut start = offset(0)?;
    for i in 1..=count.min(MAX_GLYPHS) {
        let end = offset(i)?;
        items.push(data.get(start..end).unwrap_or_default());
        start = end;
    }
    Some(Index {
        items,
        end: offset(count)?,
    })
}

/// The operators of a DICT with their (integer-truncated) operands.
fn dict(data: &[u8]) -> Vec<(u16, Vec<i64>)> {
    let mut out = Vec::new();
    let mut operands = Vec::new();
    let mut i = 0;
    while let Some(&b0) = data.get(i) {
        i += 1;
        match b0 {
            0..=21 => {
                let op = if b0 == 12 {
                    let b1 = data.get(i).copied().unwrap_or(0);
                    i += 1;
                    1200 + u16::from(b1)
                } else {
                    u16::from(b0)
                };
                out.push((op, std::mem::take(&mut operands)));
                if out.len() > 256 {
                    break;
                }
            }
            28 => {
                let v = data.u16_at(i).map_or(0, |v| i64::from(v as i16));
                operands.push(v);
                i += 2;
            }
            29 => {
                let v = data.u32_at(i).map_or(0, |v| i64::from(v as i32));
                operands.push(v);
                i += 4;
            }
            30 => {
                // real: skip nibbles up to the 0xf terminator; its value is not needed
                while let Some(&b) = data.get(i) {
                    i += 1;
                    if b & 0x0F == 0x0F || b >> 4 == 0x0F {
                        break;
                    }
                }
                operands.push(0);
            }
            32..=246 => operands.push(i64::from(b0) - 139),
            247..=250 => {
                let b1 = i64::from(data.get(i).copied().unwrap_or(0));
                i += 1;
                operands.push((i64::from(b0) - 247) * 256 + b1 + 108);
            }
            251..=254 => {
                let b1 = i64::from(data.get(i).copied().unwrap_or(0));
                i += 1;
                operands.push(-(i64::from(b0) - 251) * 256 - b1 - 108);
            }
            _ => {}
        }
        if operands.len() > 48 {
            operands.clear();
        }
    }
    out
}

impl Cff {
    /// Read the charset and built-in encoding of the first font of a CFF program.
    pub fn parse(data: &[u8]) -> Result<Cff, CffError> {
        if data.len() > MAX_CFF_BYTES {
            return Err(CffError::TooLarge(data.len()));
        }
        let header = usize::from(data.u8_at(2).ok_or(CffError::Malformed("header"))?);
        let names = index(data, header).ok_or(CffError::Malformed("name index"))?;
        let top = index(data, names.end).ok_or(CffError::Malformed("top dict index"))?;
        let strings = index(data, top.end).ok_or(CffError::Malformed("string index"))?;
        let top = dict(
            top.items
                .first()
                .ok_or(CffError::Malformed("no top dict"))?,
        );
        let operand = |op: u16| {
            top.iter()
                .find(|(o, _)| *o == op)
                .and_then(|(_, v)| v.last().copied())
        };
        let cid_keyed = top.iter().any(|(o, _)| *o == 1230);
        let char_strings = operand(17)
            .and_then(|o| usize::try_from(o).ok())
            .and_then(|o| data.u16_at(o))
            .ok_or(CffError::Malformed("no CharStrings"))?;
        let glyphs = usize::from(char_strings);
        let sids = charset(data, operand(15).unwrap_or(0), glyphs);
        let mut cff = Cff::default();
        if cid_keyed {
            cff.cids = sids
                .iter()
                .enumerate()
                .filter_map(|(g, &cid)| Some((cid, u16::try_from(g).ok()?)))
                .collect();
            return Ok(cff);
        }
        let standard = cff_standard_strings();
        let name_of = |sid: u16| -> String {
            let sid = usize::from(sid);
            match sid.checked_sub(standard.len()) {
                None => standard.get(sid).map(|s| (*s).to_string()),
                Some(k) => strings
                    .items
                    .get(k)
                    .map(|b| String::from_utf8_lossy(b).into_owned()),
            }
            .unwrap_or_default()
        };
        cff.names = sids.iter().map(|&s| name_of(s)).collect();
        let encoding_offset = operand(16).unwrap_or(0);
        cff.custom_encoding = encoding_offset > 1;
        cff.encoding = encoding(data, encoding_offset, &sids, &cff.names);
        Ok(cff)
    }

    /// True for a CID-keyed program (its charset holds CIDs, not names).
    pub fn is_cid_keyed(&self) -> bool {
        !self.cids.is_empty()
    }

    /// True when the built-in encoding is the program's own (not Adobe Standard).
    pub fn has_custom_encoding(&self) -> bool {
        self.custom_encoding
    }

    /// The name of a glyph (non-CID programs).
    pub fn glyph_name(&self, gid: u16) -> Option<&str> {
        self.names
            .get(usize::from(gid))
            .map(String::as_str)
            .filter(|n| !n.is_empty() && *n != ".notdef")
    }

    /// The glyph of a CID: the charset position of a CID-keyed program, else the CID itself.
    pub fn glyph_for_cid(&self, cid: u32) -> Option<u16> {
        if self.cids.is_empty() {
            return u16::try_from(cid).ok();
        }
        self.cids.get(&u16::try_from(cid).ok()?).copied()
    }

    /// The glyph name the built-in encoding gives a one-byte code.
    pub fn code_name(&self, code: u8) -> Option<&str> {
        let gid = self.encoding.get(usize::from(code)).copied().flatten()?;
        self.glyph_name(gid)
    }
}

/// SID (or CID) per glyph index; glyph 0 is `.notdef`.
fn charset(data: &[u8], offset: i64, glyphs: usize) -> Vec<u16> {
    let glyphs = glyphs.min(MAX_GLYPHS);
    let mut out = Vec::with_capacity(glyphs);
    out.push(0u16);
    match offset {
        // ISOAdobe: SIDs 1..=228 in order (Expert sets are not named here)
        0 => out.extend((1..glyphs.min(229)).filter_map(|s| u16::try_from(s).ok())),
        1 | 2 => {}
        _ => {
            let Ok(at) = usize::try_from(offset) else {
                return out;
            };
            let format = data.u8_at(at);
            let mut p = at + 1;
            while out.len() < glyphs {
                match format {
                    Some(0) => match data.u16_at(p) {
                        Some(sid) => {
                            out.push(sid);
                            p += 2;
                        }
                        None => break,
                    },
                    Some(f @ (1 | 2)) => {
                        let (Some(first), Some(left)) = (
                            data.u16_at(p),
                            if f == 1 {
                                data.u8_at(p + 2).map(u16::from)
                            } else {
                                data.u16_at(p + 2)
                            },
                        ) else {
                            break;
                        };
                        p += if f == 1 { 3 } else { 4 };
                        for k in 0..=left {
                            if out.len() >= glyphs {
                                break;
                            }
                            out.push(first.wrapping_add(k));
                        }
                    }
                    _ => break,
                }
            }
        }
    }
    out
}

/// Built-in encoding: code → glyph (offset 0: Standard encoding by name; 1: Expert, unused).
fn encoding(data: &[u8], offset: i64, sids: &[u16], names: &[String]) -> Vec<Option<u16>> {
    let mut out = vec![None; 256];
    match offset {
        0 => {
            let by_name: HashMap<&str, u16> = names
                .iter()
                .enumerate()
                .rev()
                .filter_map(|(g, n)| Some((n.as_str(), u16::try_from(g).ok()?)))
                .collect();
            for (code, name) in Base::Standard.table().iter().enumerate() {
                if let (Some(name), Some(slot)) = (name, out.get_mut(code)) {
                    *slot = by_name.get(name).copied();
                }
            }
        }
        1 => {}
        _ => {
            let Ok(at) = usize::try_from(offset) else {
                return out;
            };
            let Some(format) = data.u8_at(at) else {
                return out;
            };
            let mut p = at + 1;
            let mut gid: u16 = 1;
            match format & 0x7F {
                0 => {
                    let n = data.u8_at(p).unwrap_or(0);
                    p += 1;
                    for _ in 0..n {
                        if let Some(slot) = data.u8_at(p).and_then(|c| out.get_mut(usize::from(c)))
                        {
                            *slot = Some(gid);
                        }
                        p += 1;
                        gid = gid.saturating_add(1);
                    }
                }
                1 => {
                    let n = data.u8_at(p).unwrap_or(0);
                    p += 1;
                    for _ in 0..n {
                        let (Some(first), Some(left)) = (data.u8_at(p), data.u8_at(p + 1)) else {
                            break;
                        };
                        p += 2;
                        for code in usize::from(first)..=usize::from(first) + usize::from(left) {
                            if let Some(slot) = out.get_mut(code) {
                                *slot = Some(gid);
                            }
                            gid = gid.saturating_add(1);
                        }
                    }
                }
                _ => return out,
            }
            if format & 0x80 != 0 {
                // supplements: extra codes for glyphs named by SID
                let n = data.u8_at(p).unwrap_or(0);
                p += 1;
                for _ in 0..n {
                    let (Some(code), Some(sid)) = (data.u8_at(p), data.u16_at(p + 1)) else {
                        break;
                    };
                    p += 3;
                    // at most 255 supplements, each a scan of the charset
                    if let (Some(g), Some(slot)) = (
                        sids.iter().position(|&s| s == sid),
                        out.get_mut(usize::from(code)),
                    ) {
                        *slot = u16::try_from(g).ok();
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index_bytes(items: &[&[u8]]) -> Vec<u8> {
        let mut out = (items.len() as u16).to_be_bytes().to_vec();
        out.push(2);
        let mut off = 1u16;
        out.extend(off.to_be_bytes());
        for it in items {
            off += it.len() as u16;
            out.extend(off.to_be_bytes());
        }
        for it in items {
            out.extend(*it);
        }
        out
    }

    /// A CFF with 4 glyphs: .notdef, A (SID 34), adieresis (SID 202), uni00DF (SID 391).
    fn sample() -> Vec<u8> {
        let header = [1u8, 0, 4, 2];
        let names = index_bytes(&[b"Test"]);
        let strings = index_bytes(&[b"uni00DF"]);
        let gsubrs = index_bytes(&[]);
        // layout: header | names | top (fixed size) | strings | gsubrs | charset | encoding | charstrings
        let top_len = 2 + 1 + 2 * 2 + 3 * 6; // index header + three 6-byte entries
        let start = header.len() + names.len() + top_len + strings.len() + gsubrs.len();
        let charset_at = start;
        let charset = [0u8, 0, 34, 0, 202, 1, 135]; // format 0: A, adieresis (202), SID 391
        let encoding_at = charset_at + charset.len();
        let encoding = [0u8, 3, 0x41, 0xE4, 0xDF]; // format 0: codes for glyphs 1..3
        let cs_at = encoding_at + encoding.len();
        let charstrings = index_bytes(&[b"\x0e", b"\x0e", b"\x0e", b"\x0e"]);
        let mut top = Vec::new();
        for (v, op) in [(charset_at, 15u8), (encoding_at, 16), (cs_at, 17)] {
            top.push(29);
            top.extend((v as u32).to_be_bytes());
            top.push(op);
        }
        let top_index = index_bytes(&[&top]);
        assert_eq!(top_index.len(), top_len);
        let mut out = header.to_vec();
        for part in [
            names,
            top_index,
            strings,
            gsubrs,
            charset.to_vec(),
            encoding.to_vec(),
            charstrings,
        ] {
            out.extend(part);
        }
        out
    }

    #[test]
    fn reads_charset_names_and_builtin_encoding() {
        let cff = Cff::parse(&sample()).expect("parses");
        assert!(!cff.is_cid_keyed());
        assert!(cff.has_custom_encoding());
        assert_eq!(cff.glyph_name(1), Some("A"));
        assert_eq!(cff.glyph_name(2), Some("adieresis"));
        assert_eq!(cff.glyph_name(3), Some("uni00DF"));
        assert_eq!(cff.code_name(0xE4), Some("adieresis"));
        assert_eq!(cff.code_name(0xDF), Some("uni00DF"));
        assert_eq!(cff.code_name(0x42), None);
        assert_eq!(cff.glyph_for_cid(2), Some(2));
    }

    #[test]
    fn random_mutations_do_not_panic() {
        let good = sample();
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..600 {
            let mut bytes = good.clone();
            for _ in 0..4 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let at = (seed % bytes.len() as u64) as usize;
                bytes[at] = (seed >> 32) as u8;
            }
            if let Ok(cff) = Cff::parse(&bytes) {
                for code in 0..=255u8 {
                    let _ = cff.code_name(code);
                }
            }
        }
    }

    #[test]
    fn truncated_programs_do_not_panic() {
        let good = sample();
        for cut in 0..good.len() {
            let _ = Cff::parse(good.get(..cut).unwrap_or_default());
        }
        let mut bad = good.clone();
        for b in bad.iter_mut().skip(4).step_by(3) {
            *b = 0xFF;
        }
        let _ = Cff::parse(&bad);
        assert!(Cff::parse(b"").is_err());
    }
}
