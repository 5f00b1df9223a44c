//! Object streams held to a budget while a document loads.
//!
//! lopdf unpacks every object stream while loading, at about 120 bytes per number, name or
//! bracket: a 30 KB file whose object stream inflates to 30 MB of `0 0 0 …` would take 2 GB
//! before any page is read. Loading therefore runs with a filter that counts the tokens of each
//! object stream before lopdf unpacks it; a member object beyond the document's allowance
//! ([`BASE_TOKENS`] plus one token per byte of the file, far above what real files hold: a few
//! tokens per compressed byte of object streams, which are a part of the file) or larger than
//! [`BASE_TOKENS`] on its own is replaced by `null` and counted; the other members load.
//! Top-level objects are bounded the same way before lopdf parses the file (see
//! [`bound_top_level`]).

use super::lex;
use lopdf::{Document, LoadOptions, Object, ObjectId};
use std::cell::Cell;

/// Tokens every document may unpack from object streams, whatever its size.
pub const BASE_TOKENS: usize = 1_000_000;

/// A name lopdf does not unpack, given to object streams beyond the allowance whose index
/// cannot be read.
const SKIPPED_TYPE: &[u8] = b"ObjStmOverBudget";

thread_local! {
    /// Tokens the load in progress on this thread may still unpack.
    static ROOM: Cell<usize> = const { Cell::new(usize::MAX) };
    /// Objects left out by the load in progress.
    static SKIPPED: Cell<usize> = const { Cell::new(0) };
    /// The per-stream decompression cap of the load in progress.
    static STREAM_CAP: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// A loaded document, or lopdf's error, and the object streams left packed.
pub struct Guarded {
    /// What lopdf returned.
    pub result: lopdf::Result<Document>,
    /// Objects (or whole object streams) beyond the allowance, left out.
    pub skipped: usize,
    /// Top-level objects beyond the allowance, left out (see [`bound_top_level`]).
    pub top_level: usize,
}

/// Load `bytes` with `options`, parsing top-level objects and unpacking object streams only
/// within the allowance.
pub fn load(bytes: &[u8], options: LoadOptions) -> Guarded {
    let (bounded, top_skipped) = bound_top_level(bytes);
    let bytes = bounded.as_deref().unwrap_or(bytes);
    let mut guarded = load_unpacking(bytes, options);
    guarded.top_level = top_skipped;
    guarded
}

/// Load `bytes` with `options`, unpacking object streams only within the allowance.
fn load_unpacking(bytes: &[u8], options: LoadOptions) -> Guarded {
    if lex::find(bytes, b"/ObjStm").is_none() {
        return Guarded {
            result: Document::load_mem_with_options(bytes, options),
            skipped: 0,
            top_level: 0,
        };
    }
    ROOM.set(BASE_TOKENS.saturating_add(bytes.len()));
    SKIPPED.set(0);
    STREAM_CAP.set(options.max_decompressed_size.unwrap_or(usize::MAX));
    let options = LoadOptions {
        filter: Some(guard),
        ..options
    };
    let result = Document::load_mem_with_options(bytes, options);
    let skipped = SKIPPED.get();
    ROOM.set(usize::MAX);
    SKIPPED.set(0);
    Guarded {
        result,
        skipped,
        top_level: 0,
    }
}

/// The load filter: lopdf calls it with every object read from the file (and keeps that object
/// as changed here; the value returned only matters for the members of object streams, which
/// are never streams themselves).
fn guard(id: ObjectId, object: &mut Object) -> Option<(ObjectId, Object)> {
    let Object::Stream(stream) = object else {
        return Some((id, object.clone()));
    };
    if stream.dict.has_type(b"ObjStm")
        && let Ok(data) = stream.get_plain_content_with_limit(STREAM_CAP.get())
    {
        let tokens = count_tokens(&data);
        let room = ROOM.get();
        if tokens <= room.min(BASE_TOKENS) {
            ROOM.set(room - tokens);
        } else {
            match shrink(stream, &data) {
                Some(left_out) => SKIPPED.set(SKIPPED.get() + left_out),
                None => {
                    stream.dict.set("Type", Object::Name(SKIPPED_TYPE.to_vec()));
                    SKIPPED.set(SKIPPED.get() + 1);
                }
            }
        }
    }
    Some((id, Object::Null))
}

/// Rewrite an object stream (its unpacked `data`) so that every member too large for the room
/// left becomes `null`: the stream is stored unpacked with a new index. The members left out,
/// or `None` when the index cannot be read.
fn shrink(stream: &mut lopdf::Stream, data: &[u8]) -> Option<usize> {
    let first = usize::try_from(stream.dict.get(b"First").ok()?.as_i64().ok()?).ok()?;
    let index = std::str::from_utf8(data.get(..first)?).ok()?;
    let numbers: Vec<usize> = index
        .split_ascii_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    let mut members: Vec<(usize, usize)> = numbers.chunks_exact(2).map(|p| (p[1], p[0])).collect();
    members.sort_unstable();
    let body = data.get(first..)?;
    let mut room = ROOM.get();
    let (mut new_index, mut new_body) =
        (String::new(), Vec::with_capacity(body.len().min(1 << 20)));
    let mut left_out = 0;
    for (i, &(offset, number)) in members.iter().enumerate() {
        let end = members.get(i + 1).map_or(body.len(), |m| m.0);
        let member = body.get(offset..end.max(offset)).unwrap_or_default();
        let tokens = count_tokens(member);
        new_index.push_str(&format!("{number} {} ", new_body.len()));
        if tokens <= room.min(BASE_TOKENS) {
            room -= tokens;
            new_body.extend_from_slice(member);
        } else {
            left_out += 1;
            new_body.extend_from_slice(b"null");
        }
        new_body.push(b'\n');
    }
    ROOM.set(room);
    let first = new_index.len();
    let mut content = new_index.into_bytes();
    content.extend_from_slice(&new_body);
    stream.dict.remove(b"Filter");
    stream.dict.remove(b"DecodeParms");
    stream.dict.set("First", Object::Integer(first as i64));
    stream.set_content(content);
    Some(left_out)
}

/// A copy of `bytes` in which every top-level object (`N G obj … endobj`) of more than
/// [`MAX_OBJECT_TOKENS`] tokens, or beyond the document's allowance for top-level objects
/// ([`BASE_TOKENS`] plus one token per four bytes of the file), is replaced in place by `null`
/// (blanks after it, so that every offset stays right), and the objects replaced; `None` when
/// no object needed it. lopdf parses top-level objects at about 90 bytes per token, before any
/// filter sees them: four CID fonts whose `/W` arrays hold 200,000 pairs each took 588 MB.
fn bound_top_level(bytes: &[u8]) -> (Option<Vec<u8>>, usize) {
    let mut room = BASE_TOKENS.saturating_add(bytes.len() / 4);
    let mut out: Option<Vec<u8>> = None;
    let mut skipped = 0;
    let mut at = 0;
    while let Some(body) = next_object_body(bytes, at) {
        let (tokens, end, next) = object_tokens(bytes, body);
        if tokens > MAX_OBJECT_TOKENS || tokens > room {
            let copy = out.get_or_insert_with(|| bytes.to_vec());
            if let Some(region) = copy.get_mut(body..end) {
                region.fill(b' ');
                if let Some(word) = region.get_mut(1..5) {
                    word.copy_from_slice(b"null");
                }
            }
            skipped += 1;
        } else {
            room -= tokens;
        }
        at = next.max(body);
    }
    (out, skipped)
}

/// Tokens one top-level object may hold; larger ones are replaced by `null`. Far above what real
/// objects hold (a page tree's `/Kids` of 10,000 pages: 30,000; a CID font's `/W` of every glyph
/// of a large font: some 100,000).
pub const MAX_OBJECT_TOKENS: usize = 250_000;

/// The offset after the next `obj` keyword (a whole word) at or after `at`.
fn next_object_body(bytes: &[u8], mut at: usize) -> Option<usize> {
    loop {
        let p = at + lex::find(bytes.get(at..)?, b"obj")?;
        let before = p.checked_sub(1).and_then(|i| bytes.get(i)).copied();
        let after = bytes.get(p + 3).copied();
        if before.is_none_or(|b| !lex::is_regular(b)) && after.is_none_or(|b| !lex::is_regular(b)) {
            return Some(p + 3);
        }
        at = p + 3;
    }
}

/// The tokens of the object whose body starts at `body` (stream data not counted), where its
/// body ends (the start of `endobj`, of the next `obj` when `endobj` is missing, or the end of
/// the file) and where the search for the next object goes on.
fn object_tokens(bytes: &[u8], body: usize) -> (usize, usize, usize) {
    let mut tokens = 0usize;
    let mut i = body;
    while let Some(&b) = bytes.get(i) {
        let start = i;
        if lex::is_space(b) {
            i += 1;
            continue;
        }
        match b {
            b'%' => {
                i = lex::skip_comment(bytes, i);
                continue;
            }
            b'(' => i = lex::skip_literal_string(bytes, i),
            // `<<` is one token, not a hex string reaching to the next `>`.
            b'<' if bytes.get(i + 1) == Some(&b'<') => i += 2,
            b'<' => {
                i = lex::find(bytes.get(i..).unwrap_or_default(), b">")
                    .map_or(bytes.len(), |p| i + p + 1);
            }
            b'/' => {
                i += 1;
                while bytes.get(i).is_some_and(|&b| lex::is_regular(b)) {
                    i += 1;
                }
            }
            _ if lex::is_delimiter(b) => i += 1,
            _ => {
                while bytes.get(i).is_some_and(|&b| lex::is_regular(b)) {
                    i += 1;
                }
                match bytes.get(start..i).unwrap_or_default() {
                    b"endobj" => return (tokens, start, i),
                    b"obj" => return (tokens, start, start),
                    b"stream" => {
                        // Stream data is not parsed as objects: go on after `endstream`.
                        i = lex::find(bytes.get(i..).unwrap_or_default(), b"endstream")
                            .map_or(bytes.len(), |p| i + p + 9);
                        continue;
                    }
                    _ => {}
                }
            }
        }
        tokens += 1;
    }
    (tokens, bytes.len(), bytes.len())
}

/// Tokens of PDF object syntax, roughly: runs of regular characters and single delimiters.
fn count_tokens(data: &[u8]) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for &b in data {
        let (space, delimiter) = (lex::is_space(b), lex::is_delimiter(b));
        if delimiter || (!space && !in_word) {
            n += 1;
        }
        in_word = !space && !delimiter;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_top_level_object_becomes_null_in_place() {
        let mut pdf = b"%PDF-1.7\n1 0 obj\n<< /Type /Font /W [".to_vec();
        for _ in 0..MAX_OBJECT_TOKENS / 4 + 1 {
            pdf.extend_from_slice(b"1 [500] ");
        }
        pdf.extend_from_slice(
            b"] >>\nendobj\n2 0 obj\n<< /Length 4 >>\nstream\n1 obj\nendstream\nendobj\n",
        );
        let small = b"%PDF-1.7\n1 0 obj\n<< /A [1 2] (obj) /obj 3 >>\nendobj\n2 0 obj\n<< /Length 4 >>\nstream\n[[[[\nendstream\nendobj\n";
        assert_eq!(bound_top_level(small), (None, 0));
        let (out, skipped) = bound_top_level(&pdf);
        let out = out.unwrap_or_default();
        assert_eq!((skipped, out.len()), (1, pdf.len()));
        let text = String::from_utf8_lossy(&out);
        assert!(
            text.starts_with("%PDF-1.7\n1 0 obj null "),
            "{}",
            &text[..40]
        );
        assert!(text.contains(" endobj\n2 0 obj\n<< /Length 4 >>\nstream\n1 obj\n"));
    }

    #[test]
    fn tokens_are_words_and_delimiters() {
        assert_eq!(count_tokens(b"<< /Type /Page /Kids [1 0 R] >>"), 15);
        assert_eq!(count_tokens(b"0 0 0\n0"), 4);
        assert_eq!(count_tokens(b""), 0);
    }
}
