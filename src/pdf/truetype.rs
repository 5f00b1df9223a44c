//! A bounds-checked reader for the parts of an embedded TrueType/OpenType program that name
//! glyphs: the `cmap` table (formats 0, 4, 6, 12) and `post` glyph names (formats 1.0, 2.0).
//!
//! The bytes are untrusted: every read is checked, every loop is capped, nothing panics.

use super::encoding::{glyph_to_string, mac_glyph_order};
use std::collections::HashMap;

/// Largest font program read (bytes); larger programs are ignored.
pub const MAX_FONT_BYTES: usize = 32 << 20;
/// Most code points visited in one `cmap` subtable (overlapping segments count each time).
const MAX_MAPPED: usize = 200_000;
/// Most Unicode `cmap` subtables read from one program.
const MAX_UNICODE_SUBTABLES: usize = 2;
/// Most tables listed in the table directory.
const MAX_TABLES: usize = 512;

/// Why an embedded TrueType program could not be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TrueTypeError {
    /// The program is larger than [`MAX_FONT_BYTES`].
    #[error("font program too large ({0} bytes)")]
    TooLarge(usize),
    /// The table directory is missing or cut short.
    #[error("bad table directory: {0}")]
    Directory(&'static str),
}

/// Big-endian reads that return `None` past the end.
pub(crate) trait Be {
    /// The `u8` at `at`.
    fn u8_at(&self, at: usize) -> Option<u8>;
    /// The big-endian `u16` at `at`.
    fn u16_at(&self, at: usize) -> Option<u16>;
    /// The big-endian `u32` at `at`.
    fn u32_at(&self, at: usize) -> Option<u32>;
}

impl Be for [u8] {
    fn u8_at(&self, at: usize) -> Option<u8> {
        self.get(at).copied()
    }
    fn u16_at(&self, at: usize) -> Option<u16> {
        let b = self.get(at..at.checked_add(2)?)?;
        Some(u16::from_be_bytes([*b.first()?, *b.get(1)?]))
    }
    fn u32_at(&self, at: usize) -> Option<u32> {
        let b = self.get(at..at.checked_add(4)?)?;
        Some(u32::from_be_bytes([
            *b.first()?,
            *b.get(1)?,
            *b.get(2)?,
            *b.get(3)?,
        ]))
    }
}

/// What an embedded TrueType program says about its glyphs.
#[derive(Debug, Default, Clone)]
pub struct TrueType {
    /// Glyph → Unicode, reversed from the Unicode `cmap` subtables.
    unicode: HashMap<u16, char>,
    /// Code → glyph from the (3,0) Microsoft symbol subtable.
    symbol: HashMap<u32, u16>,
    /// Code → glyph from the (1,0) Macintosh Roman subtable.
    mac: HashMap<u32, u16>,
    /// Glyph names from the `post` table, by glyph index.
    names: Vec<String>,
}

impl TrueType {
    /// Read the `cmap` and `post` tables of a TrueType or OpenType program.
    pub fn parse(data: &[u8]) -> Result<TrueType, TrueTypeError> {
        if data.len() > MAX_FONT_BYTES {
            return Err(TrueTypeError::TooLarge(data.len()));
        }
        let tables = directory(data)?;
        let mut font = TrueType::default();
        if let Some(cmap) = tables.get(b"cmap") {
            font.read_cmap(cmap);
        }
        if let Some(post) = tables.get(b"post") {
            font.names = post_names(post);
        }
        Ok(font)
    }

    /// True when the program maps no glyph to anything.
    pub fn is_empty(&self) -> bool {
        self.unicode.is_empty()
            && self.symbol.is_empty()
            && self.mac.is_empty()
            && self.names.is_empty()
    }

    /// True when the program's own code → glyph map should decode a symbolic simple font:
    /// a (3,0) subtable, or a (1,0) one in a program without Unicode subtables (a text font
    /// that merely carries the symbolic flag keeps its PDF base encoding).
    pub fn has_code_cmap(&self) -> bool {
        !self.symbol.is_empty() || (!self.mac.is_empty() && self.unicode.is_empty())
    }

    /// The Unicode text of a glyph: the Unicode `cmap` reversed, else its `post` name.
    pub fn glyph_text(&self, gid: u16) -> Option<String> {
        if let Some(c) = self.unicode.get(&gid) {
            return Some(c.to_string());
        }
        self.glyph_name(gid).and_then(glyph_to_string)
    }

    /// The `post` name of a glyph, when the table names it.
    pub fn glyph_name(&self, gid: u16) -> Option<&str> {
        self.names
            .get(usize::from(gid))
            .map(String::as_str)
            .filter(|n| !n.is_empty() && *n != ".notdef")
    }

    /// The glyph a one-byte code of a symbolic simple font selects: the (3,0) subtable at the
    /// code or at U+F000/F100/F200 plus the code, else the (1,0) subtable.
    pub fn glyph_for_code(&self, code: u8) -> Option<u16> {
        let code = u32::from(code);
        [code, 0xF000 + code, 0xF100 + code, 0xF200 + code]
            .iter()
            .find_map(|c| self.symbol.get(c).copied())
            .or_else(|| self.mac.get(&code).copied())
            .filter(|&g| g != 0)
    }

    fn read_cmap(&mut self, table: &[u8]) {
        let count = usize::from(table.u16_at(2).unwrap_or(0));
        let mut unicode_subtables = Vec::new();
        for i in 0..count.min(64) {
            let rec = 4 + i * 8;
            let (Some(platform), Some(encoding), Some(offset)) = (
                table.u16_at(rec),
                table.u16_at(rec + 2),
                table.u32_at(rec + 4),
            ) else {
                break;
            };
            let Some(sub) = usize::try_from(offset).ok().and_then(|o| table.get(o..)) else {
                continue;
            };
            match (platform, encoding) {
                (3, 0) => self.symbol = subtable(sub),
                (1, 0) => self.mac = subtable(sub),
                // (3,10) full repertoire first, then (3,1) BMP, then Unicode platform
                (3, 10) => unicode_subtables.push((0, sub)),
                (3, 1) => unicode_subtables.push((1, sub)),
                (0, _) => unicode_subtables.push((2, sub)),
                _ => {}
            }
        }
        unicode_subtables.sort_by_key(|s| s.0);
        for (_, sub) in unicode_subtables.into_iter().take(MAX_UNICODE_SUBTABLES) {
            let mut pairs: Vec<(u32, u16)> = subtable(sub).into_iter().collect();
            pairs.sort_unstable();
            for (cp, gid) in pairs {
                let Some(c) = char::from_u32(cp) else {
                    continue;
                };
                if gid == 0 {
                    continue;
                }
                match self.unicode.get(&gid) {
                    // keep the first (lowest) code point, but prefer real text over private use
                    Some(old) if !is_private_use(*old) || is_private_use(c) => {}
                    _ => {
                        self.unicode.insert(gid, c);
                    }
                }
            }
        }
    }
}

fn is_private_use(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// The tables of the program, by tag (a TrueType collection uses its first font).
fn directory(data: &[u8]) -> Result<HashMap<[u8; 4], &[u8]>, TrueTypeError> {
    let mut base = 0usize;
    if data.get(..4) == Some(b"ttcf") {
        base = data
            .u32_at(12)
            .and_then(|o| usize::try_from(o).ok())
            .ok_or(TrueTypeError::Directory("collection header cut short"))?;
    }
    let count = data
        .u16_at(base + 4)
        .ok_or(TrueTypeError::Directory("header cut short"))?;
    let mut tables = HashMap::new();
    for i in 0..usize::from(count).min(MAX_TABLES) {
        let rec = base + 12 + i * 16;
        let Some(tag) = data.get(rec..rec + 4) else {
            break;
        };
        let (Some(offset), Some(len)) = (data.u32_at(rec + 8), data.u32_at(rec + 12)) else {
            break;
        };
        let (Ok(offset), Ok(len)) = (usize::try_from(offset), usize::try_from(len)) else {
            continue;
        };
        // a length running past the end is common in subsets: keep what is there
        let end = offset.saturating_add(len).min(data.len());
        if let (Some(body), Ok(tag)) = (data.get(offset..end), <[u8; 4]>::try_from(tag)) {
            tables.insert(tag, body);
        }
    }
    if tables.is_empty() {
        return Err(TrueTypeError::Directory("no tables"));
    }
    Ok(tables)
}

/// Code → glyph pairs of one `cmap` subtable (formats 0, 4, 6, 12; others yield nothing).
fn subtable(sub: &[u8]) -> HashMap<u32, u16> {
    let mut out = HashMap::new();
    match sub.u16_at(0) {
        Some(0) => {
            for code in 0..256u32 {
                match sub.u8_at(6 + code as usize) {
                    Some(g) => {
                        out.insert(code, u16::from(g));
                    }
                    None => break,
                }
            }
        }
        Some(4) => format4(sub, &mut out),
        Some(6) => {
            let first = u32::from(sub.u16_at(6).unwrap_or(0));
            let count = usize::from(sub.u16_at(8).unwrap_or(0));
            for i in 0..count {
                let Some(g) = sub.u16_at(10 + 2 * i) else {
                    break;
                };
                out.insert(first + i as u32, g);
            }
        }
        Some(12) => {
            let groups = sub.u32_at(12).unwrap_or(0) as usize;
            let mut visited = 0usize;
            'groups: for i in 0..groups.min(MAX_MAPPED) {
                let rec = 16 + 12 * i;
                let (Some(start), Some(end), Some(gid)) =
                    (sub.u32_at(rec), sub.u32_at(rec + 4), sub.u32_at(rec + 8))
                else {
                    break;
                };
                for (k, cp) in (start..=end.min(0x10_FFFF)).enumerate() {
                    visited += 1;
                    if visited > MAX_MAPPED {
                        break 'groups;
                    }
                    let Some(g) = u32::try_from(k)
                        .ok()
                        .and_then(|k| gid.checked_add(k))
                        .and_then(|g| u16::try_from(g).ok())
                    else {
                        break;
                    };
                    out.insert(cp, g);
                }
            }
        }
        _ => {}
    }
    out
}

fn format4(sub: &[u8], out: &mut HashMap<u32, u16>) {
    let segs = usize::from(sub.u16_at(6).unwrap_or(0) / 2);
    let ends = 14;
    let starts = ends + 2 * segs + 2;
    let deltas = starts + 2 * segs;
    let offsets = deltas + 2 * segs;
    let mut visited = 0usize;
    for s in 0..segs {
        let (Some(end), Some(start), Some(delta), Some(range_offset)) = (
            sub.u16_at(ends + 2 * s),
            sub.u16_at(starts + 2 * s),
            sub.u16_at(deltas + 2 * s),
            sub.u16_at(offsets + 2 * s),
        ) else {
            break;
        };
        if start > end || start == 0xFFFF {
            continue;
        }
        for c in start..=end {
            visited += 1;
            if visited > MAX_MAPPED {
                return;
            }
            let gid = if range_offset == 0 {
                c.wrapping_add(delta)
            } else {
                // idRangeOffset is relative to its own slot in the offsets array
                let at = offsets + 2 * s + usize::from(range_offset) + 2 * usize::from(c - start);
                match sub.u16_at(at) {
                    Some(0) | None => continue,
                    Some(g) => g.wrapping_add(delta),
                }
            };
            out.insert(u32::from(c), gid);
        }
    }
}

/// Glyph names of a `post` table (format 1.0: the Macintosh order; 2.0: indexed names).
fn post_names(post: &[u8]) -> Vec<String> {
    let mac = mac_glyph_order();
    match post.u32_at(0) {
        Some(0x0001_0000) => mac.iter().map(|s| (*s).to_string()).collect(),
        Some(0x0002_0000) => {
            let count = usize::from(post.u16_at(32).unwrap_or(0));
            let mut custom = Vec::new();
            let mut at = 34 + 2 * count;
            while let Some(len) = post.u8_at(at) {
                let Some(bytes) = post.get(at + 1..at + 1 + usize::from(len)) else {
                    break;
                };
                custom.push(String::from_utf8_lossy(bytes).into_owned());
                at += 1 + usize::from(len);
                if custom.len() > usize::from(u16::MAX) {
                    break;
                }
            }
            (0..count)
                .map_while(|g| post.u16_at(34 + 2 * g))
                .map(|idx| {
                    let idx = usize::from(idx);
                    match idx.checked_sub(mac.len()) {
                        None => mac.get(idx).map(|s| (*s).to_string()).unwrap_or_default(),
                        Some(k) => custom.get(k).cloned().unwrap_or_default(),
                    }
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal sfnt with the given tables (tag, body).
    pub(crate) fn sfnt(tables: &[(&[u8; 4], Vec<u8>)]) -> Vec<u8> {
        let mut out = vec![0, 1, 0, 0];
        out.extend((tables.len() as u16).to_be_bytes());
        out.extend([0u8; 6]);
        let mut offset = 12 + 16 * tables.len();
        let mut bodies: Vec<u8> = Vec::new();
        for (tag, body) in tables {
            out.extend(*tag);
            out.extend([0u8; 4]);
            out.extend((offset as u32).to_be_bytes());
            out.extend((body.len() as u32).to_be_bytes());
            offset += body.len();
            bodies.extend(body);
        }
        out.extend(bodies);
        out
    }

    fn be16(v: &[u16]) -> Vec<u8> {
        v.iter().flat_map(|x| x.to_be_bytes()).collect()
    }

    /// cmap with a (3,1) format 4 table: 'A'..'C' → glyphs 1..3 (delta), 'ä' → 4 (via offset).
    fn cmap_table() -> Vec<u8> {
        // segments: [0x41..0x43 delta], [0xE4..0xE4 range offset], [0xFFFF]
        let mut f4 = be16(&[4, 0, 0, 6, 0, 0, 0]);
        f4.extend(be16(&[0x43, 0xE4, 0xFFFF])); // ends
        f4.extend(be16(&[0])); // pad
        f4.extend(be16(&[0x41, 0xE4, 0xFFFF])); // starts
        f4.extend(be16(&[0u16.wrapping_sub(0x40), 0, 1])); // deltas
        f4.extend(be16(&[0, 4, 0])); // range offsets: seg 1 → 4 bytes ahead = glyph array
        f4.extend(be16(&[4])); // glyph id array
        let len = f4.len() as u16;
        f4.splice(2..4, len.to_be_bytes());
        let mut t = be16(&[0, 1, 3, 1, 0, 12]);
        t.extend(f4);
        t
    }

    fn post_table() -> Vec<u8> {
        let mut p = vec![0, 2, 0, 0];
        p.extend([0u8; 28]);
        p.extend(be16(&[3, 0, 258, 36])); // .notdef, custom "uni00DF", "A" (Mac index 36)
        p.push(7);
        p.extend(b"uni00DF");
        p
    }

    #[test]
    fn reverses_format4_and_reads_post_names() {
        let font = TrueType::parse(&sfnt(&[(b"cmap", cmap_table()), (b"post", post_table())]))
            .expect("parses");
        assert_eq!(font.glyph_text(1).as_deref(), Some("A"));
        assert_eq!(font.glyph_text(3).as_deref(), Some("C"));
        assert_eq!(font.glyph_text(4).as_deref(), Some("ä"));
        assert_eq!(font.glyph_name(1), Some("uni00DF"));
        assert_eq!(font.glyph_name(2), Some("A"));
        assert_eq!(font.glyph_name(0), None);
        assert_eq!(font.glyph_text(9), None);
    }

    #[test]
    fn format12_and_symbol_subtables() {
        let mut f12 = be16(&[12, 0]);
        f12.extend(40u32.to_be_bytes());
        f12.extend(0u32.to_be_bytes());
        f12.extend(2u32.to_be_bytes());
        for (s, e, g) in [(0x1F600u32, 0x1F601u32, 5u32), (0xF041, 0xF042, 7)] {
            f12.extend(s.to_be_bytes());
            f12.extend(e.to_be_bytes());
            f12.extend(g.to_be_bytes());
        }
        let mut t = be16(&[0, 2, 3, 10, 0, 20, 3, 0, 0, 20]);
        t.extend(f12);
        let font = TrueType::parse(&sfnt(&[(b"cmap", t)])).expect("parses");
        assert_eq!(font.glyph_text(6).as_deref(), Some("\u{1F601}"));
        assert_eq!(font.glyph_for_code(0x42), Some(8));
        assert_eq!(font.glyph_for_code(0x43), None);
    }

    #[test]
    fn random_mutations_do_not_panic() {
        let good = sfnt(&[(b"cmap", cmap_table()), (b"post", post_table())]);
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..600 {
            let mut bytes = good.clone();
            for _ in 0..4 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let at = (seed % bytes.len() as u64) as usize;
                bytes[at] = (seed >> 32) as u8;
            }
            if let Ok(font) = TrueType::parse(&bytes) {
                for g in 0..8 {
                    let _ = font.glyph_text(g);
                }
                let _ = font.glyph_for_code(0x41);
            }
        }
    }

    #[test]
    fn truncated_and_hostile_programs_do_not_panic() {
        let good = sfnt(&[(b"cmap", cmap_table()), (b"post", post_table())]);
        for cut in 0..good.len() {
            let _ = TrueType::parse(good.get(..cut).unwrap_or_default());
        }
        let mut bad = good.clone();
        for b in bad.iter_mut().skip(12) {
            *b = 0xFF;
        }
        let _ = TrueType::parse(&bad);
        assert_eq!(
            TrueType::parse(b"xx").err(),
            Some(TrueTypeError::Directory("header cut short"))
        );
    }
}
