//! Object streams held to a budget while a document loads.
//!
//! lopdf unpacks every object stream while loading, at about 120 bytes per number, name or
//! bracket: a 30 KB file whose object stream inflates to 30 MB of `0 0 0 …` would take 2 GB
//! before any page is read. Loading therefore runs with a filter that counts the tokens of each
//! object stream before lopdf unpacks it; a member object beyond the document's allowance
//! ([`BASE_TOKENS`] plus one token per byte of the file, far above what real files hold: a few
//! tokens per compressed byte of object streams, which are a part of the file) or larger than
//! [`BASE_TOKENS`] on its own is replaced by `null` and counted; the other members load.

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
}

/// Load `bytes` with `options`, unpacking object streams only within the allowance.
pub fn load(bytes: &[u8], options: LoadOptions) -> Guarded {
    if lex::find(bytes, b"/ObjStm").is_none() {
        return Guarded {
            result: Document::load_mem_with_options(bytes, options),
            skipped: 0,
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
    Guarded { result, skipped }
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
    fn tokens_are_words_and_delimiters() {
        assert_eq!(count_tokens(b"<< /Type /Page /Kids [1 0 R] >>"), 15);
        assert_eq!(count_tokens(b"0 0 0\n0"), 4);
        assert_eq!(count_tokens(b""), 0);
    }
}
