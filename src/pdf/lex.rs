//! PDF's byte classes and the two tokens that must be skipped as a whole (literal strings,
//! comments), for the quick byte scans that run before lopdf parses anything
//! ([`oversize`](super::oversize), [`lenient`](super::lenient), [`objstreams`](super::objstreams))
//! and for the content-stream reader ([`ops`](super::ops)).

/// PDF white space.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\r' | b'\t' | b'\x0c' | b'\0')
}

/// PDF delimiters.
pub fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

/// A regular character (part of a name, number or keyword).
pub fn is_regular(b: u8) -> bool {
    !is_space(b) && !is_delimiter(b)
}

/// The offset after the literal string that starts with `(` at `at` (balanced parentheses,
/// backslash escapes; the end of `bytes` when it is not closed).
pub fn skip_literal_string(bytes: &[u8], at: usize) -> usize {
    let mut i = at;
    let mut level = 0usize;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        match b {
            b'\\' => i += 1,
            b'(' => level += 1,
            b')' => {
                level = level.saturating_sub(1);
                if level == 0 {
                    break;
                }
            }
            _ => {}
        }
    }
    i.min(bytes.len())
}

/// The first position of `needle` in `hay` (a vectorised substring search: the byte scans run
/// over whole files).
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(hay, needle)
}

/// The offset of the line end after the comment that starts with `%` at `at`.
pub fn skip_comment(bytes: &[u8], at: usize) -> usize {
    let mut i = at;
    while bytes.get(i).is_some_and(|&b| b != b'\n' && b != b'\r') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_and_comments_are_skipped_whole() {
        let s = b"(a (b) \\) c) rest";
        assert_eq!(skip_literal_string(s, 0), 12);
        assert_eq!(skip_literal_string(b"(open", 0), 5);
        assert_eq!(skip_comment(b"% x ( y\n1", 0), 7);
        assert!(is_regular(b'R') && !is_regular(b'/') && !is_regular(b'\x0c'));
        assert_eq!(find(b"1 0 obj endobj", b"obj"), Some(4));
        assert_eq!(find(b"ob", b"obj"), None);
    }
}
