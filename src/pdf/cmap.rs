//! CMap parsing: ToUnicode (`bfchar`, `bfrange` in both forms) and code-space ranges.
//!
//! Bounded: at most [`MAX_ENTRIES`] mappings are kept; ranges are stored, not expanded.

use crate::hash::HashMap;

/// Maximum number of single mappings plus ranges kept from one CMap.
pub const MAX_ENTRIES: usize = 100_000;

/// A parsed CMap: code → Unicode text, plus the code lengths its code space allows.
#[derive(Debug, Default, Clone)]
pub struct CMap {
    chars: HashMap<(u8, u32), String>,
    /// (code length, first code, last code, target)
    ranges: Vec<(u8, u32, u32, RangeTarget)>,
    /// Code-space ranges: (length in bytes, low, high).
    pub codespace: Vec<(u8, u32, u32)>,
    /// CID mappings of an encoding CMap (`cidchar`/`cidrange`): (len, lo, hi, first cid).
    pub cid_ranges: Vec<(u8, u32, u32, u32)>,
}

#[derive(Debug, Clone)]
enum RangeTarget {
    /// UTF-16 units; the last one is incremented across the range.
    Start(Vec<u16>),
    /// One string per code.
    List(Vec<String>),
}

#[derive(Debug, PartialEq)]
enum Tok<'a> {
    Hex(Vec<u8>),
    Int(i64),
    Word(&'a [u8]),
    Open,
    Close,
}

fn tokens(data: &[u8]) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < data.len() && out.len() < 4 * MAX_ENTRIES {
        let b = data[i];
        match b {
            b'%' => {
                while i < data.len() && data[i] != b'\n' && data[i] != b'\r' {
                    i += 1;
                }
            }
            b'<' if data.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if data.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                let start = i + 1;
                let end = data[start..]
                    .iter()
                    .position(|&c| c == b'>')
                    .map_or(data.len(), |p| start + p);
                out.push(Tok::Hex(hex_bytes(&data[start..end])));
                i = end + 1;
            }
            b'[' => {
                out.push(Tok::Open);
                i += 1;
            }
            b']' => {
                out.push(Tok::Close);
                i += 1;
            }
            // literal strings only appear in headers we ignore; skip balanced
            b'(' => i = super::lex::skip_literal_string(data, i),
            c if c.is_ascii_whitespace() => i += 1,
            _ => {
                let start = i;
                while i < data.len()
                    && !data[i].is_ascii_whitespace()
                    && !matches!(data[i], b'<' | b'>' | b'[' | b']' | b'(' | b'%')
                {
                    i += 1;
                }
                if i == start {
                    i += 1;
                    continue;
                }
                let word = &data[start..i];
                match std::str::from_utf8(word).ok().and_then(|s| s.parse().ok()) {
                    Some(n) => out.push(Tok::Int(n)),
                    None => out.push(Tok::Word(word)),
                }
            }
        }
    }
    out
}

fn hex_bytes(s: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = s
        .iter()
        .filter_map(|&c| (c as char).to_digit(16).and_then(|d| u8::try_from(d).ok()))
        .collect();
    digits
        .chunks(2)
        .map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0))
        .collect()
}

fn code_of(bytes: &[u8]) -> Option<(u8, u32)> {
    if bytes.is_empty() || bytes.len() > 4 {
        return None;
    }
    let v = bytes.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
    Some((u8::try_from(bytes.len()).ok()?, v))
}

fn utf16_units(bytes: &[u8]) -> Vec<u16> {
    bytes
        .chunks(2)
        .map(|p| {
            if p.len() == 2 {
                (u16::from(p[0]) << 8) | u16::from(p[1])
            } else {
                u16::from(p[0])
            }
        })
        .collect()
}

fn utf16_string(units: &[u16]) -> String {
    char::decode_utf16(units.iter().copied())
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect()
}

impl CMap {
    /// Parse a CMap program; never fails (unknown constructs are skipped).
    pub fn parse(data: &[u8]) -> CMap {
        let toks = tokens(data);
        let mut cmap = CMap::default();
        let mut i = 0;
        let mut entries = 0usize;
        while i < toks.len() {
            match &toks[i] {
                Tok::Word(b"begincodespacerange") => {
                    i += 1;
                    while let (Some(Tok::Hex(lo)), Some(Tok::Hex(hi))) =
                        (toks.get(i), toks.get(i + 1))
                    {
                        if let (Some((len, lo)), Some((_, hi))) = (code_of(lo), code_of(hi)) {
                            cmap.codespace.push((len, lo, hi));
                        }
                        i += 2;
                    }
                }
                Tok::Word(b"beginbfchar") => {
                    i += 1;
                    while let (Some(Tok::Hex(src)), Some(dst)) = (toks.get(i), toks.get(i + 1)) {
                        let text = match dst {
                            Tok::Hex(d) => utf16_string(&utf16_units(d)),
                            Tok::Word(name) => std::str::from_utf8(name)
                                .ok()
                                .and_then(|n| {
                                    super::encoding::glyph_to_string(n.trim_start_matches('/'))
                                })
                                .unwrap_or_default(),
                            _ => break,
                        };
                        if let Some(code) = code_of(src)
                            && entries < MAX_ENTRIES
                        {
                            entries += 1;
                            cmap.chars.insert(code, text);
                        }
                        i += 2;
                    }
                }
                Tok::Word(b"beginbfrange") => {
                    i += 1;
                    while let (Some(Tok::Hex(lo)), Some(Tok::Hex(hi))) =
                        (toks.get(i), toks.get(i + 1))
                    {
                        let range = code_of(lo).zip(code_of(hi));
                        match toks.get(i + 2) {
                            Some(Tok::Hex(dst)) => {
                                if let Some(((len, lo), (_, hi))) = range
                                    && hi >= lo
                                    && entries < MAX_ENTRIES
                                {
                                    entries += 1;
                                    cmap.ranges.push((
                                        len,
                                        lo,
                                        hi,
                                        RangeTarget::Start(utf16_units(dst)),
                                    ));
                                }
                                i += 3;
                            }
                            Some(Tok::Open) => {
                                let mut list = Vec::new();
                                i += 3;
                                while let Some(Tok::Hex(d)) = toks.get(i) {
                                    list.push(utf16_string(&utf16_units(d)));
                                    i += 1;
                                }
                                if toks.get(i) == Some(&Tok::Close) {
                                    i += 1;
                                }
                                if let Some(((len, lo), (_, hi))) = range
                                    && hi >= lo
                                    && entries < MAX_ENTRIES
                                {
                                    entries += 1;
                                    cmap.ranges.push((len, lo, hi, RangeTarget::List(list)));
                                }
                            }
                            _ => break,
                        }
                    }
                }
                Tok::Word(b"begincidrange") => {
                    i += 1;
                    while let (Some(Tok::Hex(lo)), Some(Tok::Hex(hi)), Some(Tok::Int(cid))) =
                        (toks.get(i), toks.get(i + 1), toks.get(i + 2))
                    {
                        if let (Some((len, lo)), Some((_, hi)), Ok(cid)) =
                            (code_of(lo), code_of(hi), u32::try_from(*cid))
                            && entries < MAX_ENTRIES
                        {
                            entries += 1;
                            cmap.cid_ranges.push((len, lo, hi, cid));
                        }
                        i += 3;
                    }
                }
                Tok::Word(b"begincidchar") => {
                    i += 1;
                    while let (Some(Tok::Hex(src)), Some(Tok::Int(cid))) =
                        (toks.get(i), toks.get(i + 1))
                    {
                        if let (Some((len, c)), Ok(cid)) = (code_of(src), u32::try_from(*cid))
                            && entries < MAX_ENTRIES
                        {
                            entries += 1;
                            cmap.cid_ranges.push((len, c, c, cid));
                        }
                        i += 2;
                    }
                }
                _ => i += 1,
            }
        }
        cmap.ranges.sort_by_key(|r| (r.1, r.0));
        cmap
    }

    /// True when the CMap maps nothing.
    pub fn is_empty(&self) -> bool {
        self.chars.is_empty() && self.ranges.is_empty()
    }

    /// The Unicode text for a code of `len` bytes.
    pub fn lookup(&self, len: u8, code: u32) -> Option<String> {
        if let Some(s) = self.chars.get(&(len, code)) {
            return Some(s.clone());
        }
        // ranges are sorted by start; scan those starting at or before `code`
        let end = self.ranges.partition_point(|r| r.1 <= code);
        for (rlen, lo, hi, target) in self.ranges[..end].iter().rev().take(64) {
            if *rlen != len || code < *lo || code > *hi {
                continue;
            }
            let offset = code - lo;
            return match target {
                RangeTarget::Start(units) => {
                    let mut units = units.clone();
                    if let Some(last) = units.last_mut() {
                        *last = last.wrapping_add(u16::try_from(offset).unwrap_or(0));
                    }
                    Some(utf16_string(&units))
                }
                RangeTarget::List(list) => list.get(usize::try_from(offset).ok()?).cloned(),
            };
        }
        None
    }

    /// The CID for a code via `cidrange`/`cidchar` mappings.
    pub fn cid(&self, len: u8, code: u32) -> Option<u32> {
        self.cid_ranges
            .iter()
            .find(|(l, lo, hi, _)| *l == len && code >= *lo && code <= *hi)
            .map(|(_, lo, _, cid)| cid + (code - lo))
    }

    /// Length in bytes of the code starting at `bytes` according to the code space (default 2).
    pub fn code_len(&self, bytes: &[u8]) -> usize {
        if self.codespace.is_empty() {
            return 2;
        }
        for n in 1..=4u8 {
            let Some(prefix) = bytes.get(..usize::from(n)) else {
                break;
            };
            let Some((_, v)) = code_of(prefix) else {
                break;
            };
            if self
                .codespace
                .iter()
                .any(|(l, lo, hi)| *l == n && v >= *lo && v <= *hi)
            {
                return usize::from(n);
            }
        }
        usize::from(self.codespace.iter().map(|c| c.0).min().unwrap_or(2).max(1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &[u8] = b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0003> <0020> <0011> <00660069> endbfchar
2 beginbfrange <0024> <0026> <0041> <0030> <0031> [<00E4> <00F6>] endbfrange
endcmap";

    #[test]
    fn parses_bfchar_and_both_bfrange_forms() {
        let cmap = CMap::parse(SAMPLE);
        assert_eq!(cmap.lookup(2, 3).as_deref(), Some(" "));
        assert_eq!(cmap.lookup(2, 0x11).as_deref(), Some("fi"));
        assert_eq!(cmap.lookup(2, 0x25).as_deref(), Some("B"));
        assert_eq!(cmap.lookup(2, 0x31).as_deref(), Some("ö"));
        assert_eq!(cmap.lookup(2, 0x27), None);
        assert_eq!(cmap.code_len(&[0, 3]), 2);
    }

    #[test]
    fn garbage_does_not_panic() {
        let cmap = CMap::parse(b"beginbfrange <00> <FF> [ <41 endbfrange ( ( \\");
        assert_eq!(cmap.lookup(2, 5), None);
        let _ = CMap::parse(b"<<<<>>]][[ 99999999999999999999 begincidrange <00> <FF> -5");
    }
}
