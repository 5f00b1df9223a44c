//! A document's identity: its canonical path (absolute, symlinks resolved), written as a string
//! that keeps every byte of the name — also of names that are not UTF-8 (old Latin-1 archives).
//!
//! The string form ([`key`]) is the file's path when it is UTF-8 and holds no backslash; a byte
//! that is not part of valid UTF-8 is written `\xHH` and a backslash `\\`, so that two names
//! never share a key and [`to_path`] gives the file back. [`readable`] is the form for people:
//! escaped bytes read as Latin-1 (`Sitzung_\xE4.pdf` shows as `Sitzung_ä.pdf`).

use std::path::{Path, PathBuf};

/// The identity of the file at `path`: its canonical path as a key, or the path itself made
/// absolute when it cannot be resolved (a file that vanished while being read).
pub fn canonical_key(path: &Path) -> String {
    let resolved = std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf());
    key(&resolved)
}

/// The lossless string form of a path (see the module documentation).
pub fn key(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        escape(path.as_os_str().as_bytes())
    }
    #[cfg(not(unix))]
    {
        // paths that are not Unicode on other systems are written lossily
        path.to_string_lossy().replace('\\', "\\\\")
    }
}

/// Escape bytes: valid UTF-8 stays, `\` becomes `\\`, any other byte `\xHH`.
fn escape(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    while !bytes.is_empty() {
        let (valid, rest) = match std::str::from_utf8(bytes) {
            Ok(s) => (s, &[][..]),
            Err(e) => {
                let (good, bad) = bytes.split_at(e.valid_up_to());
                // the prefix was checked just now
                (std::str::from_utf8(good).unwrap_or_default(), bad)
            }
        };
        out.push_str(&valid.replace('\\', "\\\\"));
        if let Some((&b, tail)) = rest.split_first() {
            out.push_str(&format!("\\x{b:02X}"));
            bytes = tail;
        } else {
            bytes = rest;
        }
    }
    out
}

/// The pieces of a key: text, or one escaped byte.
fn pieces(key: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = key;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if let Some(tail) = rest.strip_prefix("\\\\") {
            rest = tail;
            return Some(Piece::Text("\\"));
        }
        if let Some(tail) = rest.strip_prefix("\\x")
            && let Some(hex) = tail.get(..2)
            && let Ok(b) = u8::from_str_radix(hex, 16)
        {
            rest = &tail[2..];
            return Some(Piece::Byte(b));
        }
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let end = rest[first..].find('\\').map_or(rest.len(), |i| i + first);
        let (text, tail) = rest.split_at(end);
        rest = tail;
        Some(Piece::Text(text))
    })
}

enum Piece<'a> {
    Text(&'a str),
    Byte(u8),
}

/// The path a key stands for (the inverse of [`key`]).
pub fn to_path(key: &str) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        let mut bytes = Vec::with_capacity(key.len());
        for p in pieces(key) {
            match p {
                Piece::Text(t) => bytes.extend_from_slice(t.as_bytes()),
                Piece::Byte(b) => bytes.push(b),
            }
        }
        PathBuf::from(std::ffi::OsString::from_vec(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(key.replace("\\\\", "\\"))
    }
}

/// A key for people: escaped bytes read as Latin-1, `\\` as `\`.
pub fn readable(key: &str) -> String {
    pieces(key)
        .map(|p| match p {
            Piece::Text(t) => t.to_string(),
            Piece::Byte(b) => char::from(b).to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_names_stay_as_they_are() {
        assert_eq!(key(Path::new("/a/Straße 1.pdf")), "/a/Straße 1.pdf");
        assert_eq!(to_path("/a/Straße 1.pdf"), Path::new("/a/Straße 1.pdf"));
    }

    #[cfg(unix)]
    #[test]
    fn other_bytes_round_trip_and_stay_apart() {
        use std::os::unix::ffi::OsStrExt;
        let names: [&[u8]; 6] = [
            b"/a/Sitzung_\xe4.pdf",
            b"/a/Sitzung_\xf6.pdf",
            b"/a/Sitzung_\\xE4.pdf",
            b"/a/back\\slash.pdf",
            b"/a/\xff\xfe\\\\x.pdf",
            "/a/Sitzung_ä.pdf".as_bytes(),
        ];
        let mut keys = Vec::new();
        for n in names {
            let p = Path::new(std::ffi::OsStr::from_bytes(n));
            let k = key(p);
            assert_eq!(to_path(&k), p, "{k}");
            keys.push(k);
        }
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), names.len());
        assert_eq!(
            key(Path::new(std::ffi::OsStr::from_bytes(names[0]))),
            "/a/Sitzung_\\xE4.pdf"
        );
        assert_eq!(readable("/a/Sitzung_\\xE4.pdf"), "/a/Sitzung_ä.pdf");
        assert_eq!(readable("/a/back\\\\slash.pdf"), "/a/back\\slash.pdf");
    }
}
