//! Object syntax damaged by a flipped byte, read the way poppler's lenient parser reads it.
//!
//! lopdf drops a whole object (or, in the trailer, the whole file) for one bad token, where
//! poppler skips the token: `/Font 1 0 R oProcSet [/PDF]` (a `/` flipped to `o`) loses the
//! page's resources, a stray character in the trailer's `/ID` hex string loses the file. [`mend`]
//! blanks such tokens in the dictionaries and arrays of objects and of the trailer — never in
//! stream data — in place (with spaces, so every offset stays right): a dictionary key that
//! is not a name (with its value), a keyword other than `R`, `true`, `false`, `null`, and
//! characters other than hex digits in hex strings. It is only used on files that did not load
//! or lost objects.

use super::lex::{find, is_delimiter, is_regular, is_space, skip_comment, skip_literal_string};

/// Containers nested deeper than this are left as they are.
const MAX_DEPTH: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    DictOpen,
    DictClose,
    ArrayOpen,
    ArrayClose,
    Name,
    Number,
    String,
    /// `R`, `true`, `false`, `null`.
    Keyword,
    /// Any other regular word, or a stray delimiter.
    Junk,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// A copy of `bytes` with damaged object syntax blanked, or `None` when nothing needed it.
pub fn mend(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = bytes.to_vec();
    let mut changed = false;
    let mut at = 0;
    let mut trailers = Keyword::new(b"trailer");
    while let Some((start, is_trailer)) = next_region(bytes, at, &mut trailers) {
        let (tokens, end, stream) = tokenize(bytes, start, is_trailer, &mut out, &mut changed);
        let mut walk = Walk {
            tokens: &tokens,
            out: &mut out,
            changed: &mut changed,
        };
        let mut i = 0;
        while i < tokens.len() {
            i = match tokens.get(i).map(|t| t.kind) {
                Some(Kind::DictOpen) => walk.dict(i + 1, 1),
                Some(Kind::ArrayOpen) => walk.array(i + 1, 1),
                _ => i + 1,
            };
        }
        at = end.max(start + 1);
        if stream {
            // Stream data is never touched: go on after its `endstream`.
            at = bytes
                .get(at..)
                .and_then(|rest| keyword_at(rest, b"endstream"))
                .map_or(bytes.len(), |p| at + p + 9);
        }
    }
    changed.then_some(out)
}

/// The start of the next object body (after `obj`) or trailer dictionary (after `trailer`) at or
/// after `at`, and whether it is the trailer.
fn next_region(bytes: &[u8], at: usize, trailers: &mut Keyword) -> Option<(usize, bool)> {
    let rest = bytes.get(at..)?;
    let obj = keyword_at(rest, b"obj");
    let trailer = trailers.next(bytes, at).map(|t| t - at);
    match (obj, trailer) {
        (Some(o), Some(t)) if t < o => Some((at + t + 7, true)),
        (Some(o), _) => Some((at + o + 3, false)),
        (None, Some(t)) => Some((at + t + 7, true)),
        (None, None) => None,
    }
}

/// The first position of `word` as a whole word in `hay`.
fn keyword_at(hay: &[u8], word: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = find(hay.get(from..)?, word) {
        let at = from + p;
        if whole_word(hay, at, word.len()) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// True when the `len` bytes at `at` are no part of a longer word of `hay`.
fn whole_word(hay: &[u8], at: usize, len: usize) -> bool {
    let before = at.checked_sub(1).and_then(|i| hay.get(i)).copied();
    let after = hay.get(at + len).copied();
    before.is_none_or(|b| !is_regular(b)) && after.is_none_or(|b| !is_regular(b))
}

/// A keyword searched for again and again from later offsets (the trailer, from every object of
/// a file): the last answer is kept, so that a file is not scanned to its end once per object.
struct Keyword {
    word: &'static [u8],
    /// The offset searched from and what [`keyword_at`] found there (an offset in the file).
    last: Option<(usize, Option<usize>)>,
}

impl Keyword {
    fn new(word: &'static [u8]) -> Keyword {
        Keyword { word, last: None }
    }

    /// `keyword_at(&bytes[at..], word)`, as an offset in `bytes`.
    fn next(&mut self, bytes: &[u8], at: usize) -> Option<usize> {
        let rest = bytes.get(at..)?;
        // Matches between two offsets searched from were rejected for the bytes around them,
        // which are the same; only one at the very start of `rest` counts now as it did not then.
        if let Some((from, found)) = self.last
            && from <= at
            && found.is_none_or(|f| f >= at)
        {
            if rest.starts_with(self.word) && whole_word(rest, 0, self.word.len()) {
                return Some(at);
            }
            return found;
        }
        let found = keyword_at(rest, self.word).map(|p| at + p);
        self.last = Some((at, found));
        found
    }
}

/// The tokens of one region, up to `stream`, `endobj`, another `obj` (or, for the trailer,
/// `startxref`), where the region ends and whether stream data follows. Bad characters in hex
/// strings are blanked in `out` on the way.
fn tokenize(
    bytes: &[u8],
    mut i: usize,
    is_trailer: bool,
    out: &mut [u8],
    changed: &mut bool,
) -> (Vec<Token>, usize, bool) {
    let mut tokens = Vec::new();
    let byte = |i: usize| bytes.get(i).copied();
    while let Some(b) = byte(i) {
        let start = i;
        let kind = match b {
            _ if is_space(b) => {
                i += 1;
                continue;
            }
            b'%' => {
                i = skip_comment(bytes, i);
                continue;
            }
            b'<' if byte(i + 1) == Some(b'<') => {
                i += 2;
                Kind::DictOpen
            }
            b'>' if byte(i + 1) == Some(b'>') => {
                i += 2;
                Kind::DictClose
            }
            b'<' => {
                i += 1;
                while let Some(b) = byte(i) {
                    if b == b'>' {
                        break;
                    }
                    if !b.is_ascii_hexdigit()
                        && !is_space(b)
                        && let Some(o) = out.get_mut(i)
                    {
                        *o = b' ';
                        *changed = true;
                    }
                    i += 1;
                }
                i += 1;
                Kind::String
            }
            b'(' => {
                i = skip_literal_string(bytes, start);
                Kind::String
            }
            b'[' => {
                i += 1;
                Kind::ArrayOpen
            }
            b']' => {
                i += 1;
                Kind::ArrayClose
            }
            b'/' => {
                i += 1;
                while byte(i).is_some_and(is_regular) {
                    i += 1;
                }
                Kind::Name
            }
            _ if is_delimiter(b) => {
                i += 1;
                Kind::Junk
            }
            _ => {
                while byte(i).is_some_and(is_regular) {
                    i += 1;
                }
                let word = bytes.get(start..i).unwrap_or_default();
                let ends = if is_trailer {
                    matches!(word, b"startxref" | b"xref" | b"trailer")
                } else {
                    matches!(word, b"stream" | b"endobj" | b"obj" | b"xref" | b"trailer")
                };
                if ends {
                    return (tokens, start, word == b"stream");
                }
                if word
                    .iter()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'))
                {
                    Kind::Number
                } else if matches!(word, b"R" | b"true" | b"false" | b"null") {
                    Kind::Keyword
                } else {
                    Kind::Junk
                }
            }
        };
        tokens.push(Token {
            kind,
            start,
            end: i.min(bytes.len()),
        });
    }
    (tokens, bytes.len(), false)
}

/// The walk over one region's tokens, blanking what poppler would skip.
struct Walk<'a> {
    tokens: &'a [Token],
    out: &'a mut [u8],
    changed: &'a mut bool,
}

impl Walk<'_> {
    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Blank the tokens `from..to`.
    fn blank(&mut self, from: usize, to: usize) {
        let (Some(a), Some(b)) = (self.tokens.get(from), self.tokens.get(to.saturating_sub(1)))
        else {
            return;
        };
        for o in self.out.get_mut(a.start..b.end).into_iter().flatten() {
            if !matches!(*o, b'\n' | b'\r') {
                *o = b' ';
            }
        }
        *self.changed = true;
    }

    /// The index after the value starting at token `i` (a reference `N G R` is one value).
    fn value_end(&self, i: usize) -> usize {
        match self.kind(i) {
            Some(Kind::Number)
                if self.kind(i + 1) == Some(Kind::Number)
                    && self
                        .tokens
                        .get(i + 2)
                        .is_some_and(|t| t.kind == Kind::Keyword) =>
            {
                i + 3
            }
            Some(Kind::DictOpen | Kind::ArrayOpen) => {
                let mut depth = 0usize;
                let mut j = i;
                while let Some(k) = self.kind(j) {
                    match k {
                        Kind::DictOpen | Kind::ArrayOpen => depth += 1,
                        Kind::DictClose | Kind::ArrayClose => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                return j + 1;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                j
            }
            Some(Kind::DictClose | Kind::ArrayClose) | None => i,
            Some(_) => i + 1,
        }
    }

    /// Walk a dictionary whose entries start at token `i`; the index after its `>>`.
    fn dict(&mut self, mut i: usize, depth: usize) -> usize {
        if depth > MAX_DEPTH {
            return self.value_end(i.saturating_sub(1));
        }
        while let Some(kind) = self.kind(i) {
            match kind {
                Kind::DictClose => return i + 1,
                Kind::Name => {
                    let v = i + 1;
                    match self.kind(v) {
                        Some(Kind::DictOpen) => i = self.dict(v + 1, depth + 1),
                        Some(Kind::ArrayOpen) => i = self.array(v + 1, depth + 1),
                        Some(Kind::Junk | Kind::ArrayClose) => {
                            self.blank(i, v + 1);
                            i = v + 1;
                        }
                        Some(Kind::DictClose) | None => {
                            self.blank(i, v);
                            i = v;
                        }
                        Some(_) => i = self.value_end(v),
                    }
                }
                // Not a key: skipped (a container whole).
                _ => {
                    let end = self.value_end(i).max(i + 1);
                    self.blank(i, end);
                    i = end;
                }
            }
        }
        i
    }

    /// Walk an array whose elements start at token `i`; the index after its `]`.
    fn array(&mut self, mut i: usize, depth: usize) -> usize {
        if depth > MAX_DEPTH {
            return self.value_end(i.saturating_sub(1));
        }
        while let Some(kind) = self.kind(i) {
            match kind {
                Kind::ArrayClose => return i + 1,
                Kind::DictOpen => i = self.dict(i + 1, depth + 1),
                Kind::ArrayOpen => i = self.array(i + 1, depth + 1),
                Kind::Junk | Kind::DictClose => {
                    self.blank(i, i + 1);
                    i += 1;
                }
                _ => i += 1,
            }
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mended(s: &str) -> Option<String> {
        mend(s.as_bytes()).map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    #[test]
    fn intact_objects_and_streams_are_left_alone() {
        let pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Page /Kids [3 0 R 4 0 R] /A true /B (x) \
                   /C <0a1B> /D -.5 /E << /F null >> >>\nendobj\n2 0 obj\n<< /Length 9 >>\n\
                   stream\nBT [(a) 1] xyz{ 3 0 obj << /A [ bad ] >> ET\nendstream\nendobj\ntrailer\n<< /Root 1 0 R \
                   /ID [<AB> <CD>] >>\nstartxref\n0\n%%EOF";
        assert_eq!(mended(pdf), None);
    }

    #[test]
    fn bad_tokens_are_blanked_in_place() {
        let pdf = "1 0 obj\n<< /Font 1 0 R oProcSet [ /PDF /Text ] /Type /Page >>\nendobj\n\
                   trailer\n<< /Root 1 0 R /ID [<15DD?2> <AB>] >>\nstartxref";
        let fixed = mended(pdf).expect("mended");
        assert_eq!(fixed.len(), pdf.len());
        let blanked = format!("<< /Font 1 0 R {} /Type /Page >>", " ".repeat(23));
        assert!(fixed.contains(&blanked), "{fixed}");
        assert!(fixed.contains("/ID [<15DD 2> <AB>]"), "{fixed}");
        let doc = "1 0 obj\n[ 1 0 R foo 2 ]\nendobj\n";
        assert_eq!(
            mended(doc).as_deref(),
            Some("1 0 obj\n[ 1 0 R     2 ]\nendobj\n")
        );
    }
}
