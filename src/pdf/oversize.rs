//! Oversized operations in content streams, made small before the stream is parsed.
//!
//! The content parser holds all operands of one operation at once, about 120 bytes per number or
//! string however short it is in the file: a `TJ` array of millions of elements, or millions of
//! numbers before one operator, would cost gigabytes. A quick scan over the bytes finds every
//! operation with more than [`MAX_OPERATION_TOKENS`] tokens: a `TJ` whose one operand is a flat
//! array is split into several `TJ` operations of at most [`TJ_CHUNK`] elements (text and
//! positions unchanged); any other such operation is dropped and counted.

use super::lex::{is_delimiter, is_space, skip_comment, skip_literal_string};
use std::borrow::Cow;

/// Operations with more tokens (operands, array and dictionary items) are split or dropped.
pub const MAX_OPERATION_TOKENS: usize = 100_000;

/// Elements per `TJ` operation after a split.
const TJ_CHUNK: usize = 50_000;

/// What [`bound`] changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// `TJ` operations split into smaller ones.
    pub split: usize,
    /// Operations dropped.
    pub dropped: usize,
}

/// One change to the stream.
enum Edit {
    /// Insert `] TJ [` at each position.
    Split(Vec<usize>),
    /// Replace the bytes `start..end` by a space.
    Drop(usize, usize),
}

/// The operation being scanned.
#[derive(Default)]
struct Op {
    /// Offset of its first token.
    start: Option<usize>,
    /// Tokens seen (operands, container items, container brackets).
    tokens: usize,
    /// Operands at depth 0 (a container counts as one).
    operands: usize,
    /// A container inside a container was seen.
    nested: bool,
    /// The first depth-0 operand is an array.
    array_first: bool,
    /// Elements of the current depth-1 array.
    elements: usize,
    /// Where a `TJ` split would cut (every [`TJ_CHUNK`] elements of a depth-1 array).
    cuts: Vec<usize>,
}

/// `content`, or a copy without oversized operations, and what was changed.
pub fn bound(content: &[u8]) -> (Cow<'_, [u8]>, Report) {
    let edits = scan(content);
    if edits.is_empty() {
        return (Cow::Borrowed(content), Report::default());
    }
    let mut report = Report::default();
    let mut out = Vec::with_capacity(content.len());
    let mut at = 0;
    for edit in edits {
        match edit {
            Edit::Split(cuts) => {
                report.split += 1;
                for cut in cuts {
                    out.extend_from_slice(content.get(at..cut).unwrap_or_default());
                    out.extend_from_slice(b"] TJ [");
                    at = cut;
                }
            }
            Edit::Drop(start, end) => {
                report.dropped += 1;
                out.extend_from_slice(content.get(at..start).unwrap_or_default());
                out.push(b' ');
                at = end;
            }
        }
    }
    out.extend_from_slice(content.get(at..).unwrap_or_default());
    (Cow::Owned(out), report)
}

/// The edits that bound every operation, in stream order.
fn scan(c: &[u8]) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut op = Op::default();
    let mut depth = 0usize;
    let mut i = 0usize;
    let byte = |i: usize| c.get(i).copied();
    while let Some(b) = byte(i) {
        let start = i;
        if is_space(b) {
            i += 1;
            continue;
        }
        if b == b'%' {
            i = skip_comment(c, i);
            continue;
        }
        // One token: an operand, a bracket or an operator.
        let mut operator = None;
        match b {
            b'(' => {
                i = skip_literal_string(c, start);
            }
            b'<' if byte(i + 1) == Some(b'<') => i += 2,
            b'>' if byte(i + 1) == Some(b'>') => i += 2,
            b'<' => {
                while byte(i).is_some_and(|b| b != b'>') {
                    i += 1;
                }
                i += 1;
            }
            b'[' | b']' | b'{' | b'}' | b'>' | b')' => i += 1,
            b'/' => {
                i += 1;
                while byte(i).is_some_and(|b| !is_space(b) && !is_delimiter(b)) {
                    i += 1;
                }
            }
            _ => {
                while byte(i).is_some_and(|b| !is_space(b) && !is_delimiter(b)) {
                    i += 1;
                }
                let word = c.get(start..i).unwrap_or_default();
                let numeric = word
                    .first()
                    .is_some_and(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.'));
                if !numeric && !matches!(word, b"true" | b"false" | b"null") && depth == 0 {
                    operator = Some(word);
                }
            }
        }
        let i_end = i.min(c.len());
        if let Some(word) = operator {
            if op.tokens > MAX_OPERATION_TOKENS {
                let from = op.start.unwrap_or(start);
                if word == b"TJ" && op.operands == 1 && op.array_first && !op.nested {
                    edits.push(Edit::Split(std::mem::take(&mut op.cuts)));
                } else {
                    edits.push(Edit::Drop(from, i_end));
                }
            }
            op = Op::default();
            if word == b"ID" {
                i = skip_inline_image(c, i_end);
            }
            continue;
        }
        // An operand token (or a bracket) of the current operation.
        op.start.get_or_insert(start);
        op.tokens += 1;
        let opens = matches!(b, b'[' | b'{') || (b == b'<' && byte(start + 1) == Some(b'<'));
        let closes = matches!(b, b']' | b'}') || (b == b'>' && byte(start + 1) == Some(b'>'));
        if closes {
            depth = depth.saturating_sub(1);
            continue;
        }
        if depth == 0 {
            op.operands += 1;
            if op.operands == 1 {
                op.array_first = b == b'[';
            }
            op.elements = 0;
        } else if depth == 1 {
            op.elements += 1;
            if op.elements > 1 && (op.elements - 1).is_multiple_of(TJ_CHUNK) {
                op.cuts.push(start);
            }
        }
        if opens {
            if depth >= 1 {
                op.nested = true;
            }
            depth += 1;
        }
    }
    if op.tokens > MAX_OPERATION_TOKENS
        && let Some(from) = op.start
    {
        edits.push(Edit::Drop(from, c.len()));
    }
    edits
}

/// The offset after the data of an inline image that starts after `ID` at `at`: after the
/// first `EI` between white space (or at the end).
fn skip_inline_image(c: &[u8], at: usize) -> usize {
    let mut i = at + 1;
    while i + 2 <= c.len() {
        if c.get(i..i + 2) == Some(b"EI")
            && c.get(i.wrapping_sub(1)).is_some_and(|&b| is_space(b))
            && c.get(i + 2).is_none_or(|&b| is_space(b) || is_delimiter(b))
        {
            return i + 2;
        }
        i += 1;
    }
    c.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(c: &[u8]) -> (String, Report) {
        let (out, report) = bound(c);
        (String::from_utf8_lossy(&out).into_owned(), report)
    }

    #[test]
    fn ordinary_content_is_left_as_it_is() {
        let c = b"BT /F1 11 Tf 72 700 Td [(Ab) -20 (c\\)d[) 5] TJ ET q 1 0 0 1 0 0 cm Q \
                  /P <</MCID 3>> BDC EMC BI /W 2 /H 1 /BPC 8 /CS /G ID \x00[[[(\n EI Q";
        let (out, report) = bound(c);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(report, Report::default());
    }

    #[test]
    fn a_huge_tj_array_is_split_and_other_huge_operations_dropped() {
        let n = MAX_OPERATION_TOKENS + 10;
        let mut c = b"BT [".to_vec();
        for _ in 0..n {
            c.extend_from_slice(b"(a) ");
        }
        c.extend_from_slice(b"] TJ ET");
        let (out, report) = run(&c);
        assert_eq!(
            report,
            Report {
                split: 1,
                dropped: 0
            }
        );
        assert_eq!(out.matches("] TJ [").count(), n.div_ceil(TJ_CHUNK) - 1);
        assert_eq!(out.matches("(a)").count(), n);
        assert!(out.ends_with("] TJ ET"));
        let ops: Vec<_> = lopdf::content::Content::decode_iter(out.as_bytes())
            .filter_map(Result::ok)
            .map(|o| o.operator)
            .collect();
        assert_eq!(ops.len(), 2 + n.div_ceil(TJ_CHUNK));

        let mut c = b"q ".to_vec();
        c.extend(b"0 ".repeat(n));
        c.extend_from_slice(b"re Q [");
        c.extend(b"[1] ".repeat(n / 2));
        c.extend_from_slice(b"] TJ BT (x) Tj ET [");
        c.extend(b"1 ".repeat(n));
        let (out, report) = run(&c);
        assert_eq!(
            report,
            Report {
                split: 0,
                dropped: 3
            }
        );
        assert_eq!(out, "q   Q   BT (x) Tj ET  ");
    }
}
