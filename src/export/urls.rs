//! Links to the ingested PDFs and URL-safe slugs.

use std::path::Path;

/// The link to a document's PDF: `base` + path when a base is given, else a `file://` URL of
/// the absolute path (relative paths resolved against the current directory). `path` is a
/// record's path: the bytes of a name that is not UTF-8 are percent-encoded as they are.
pub fn pdf_link(path: &str, base: Option<&str>) -> String {
    let p = crate::record::path::to_path(path);
    match base {
        Some(b) => {
            let bytes = path_bytes(&p);
            let rel = bytes.strip_prefix(b"/").unwrap_or(&bytes);
            format!(
                "{}/{}",
                b.trim_end_matches('/'),
                percent_encode(rel, b"-._~/")
            )
        }
        None => {
            let abs = if p.is_absolute() {
                p
            } else {
                std::env::current_dir().map_or_else(|_| p.clone(), |d| d.join(&p))
            };
            let mut bytes = path_bytes(&abs);
            if !bytes.starts_with(b"/") {
                bytes.insert(0, b'/');
            }
            format!("file://{}", percent_encode(&bytes, b"-._~/"))
        }
    }
}

/// The bytes of a path, with `/` separators.
fn path_bytes(p: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        p.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        p.to_string_lossy().replace('\\', "/").into_bytes()
    }
}

/// Percent-encode everything but unreserved characters (a query value, a file name).
pub fn encode_component(s: &str) -> String {
    percent_encode(s.as_bytes(), b"-._~")
}

/// Percent-encode every byte but ASCII letters, digits and `keep`.
fn percent_encode(bytes: &[u8], keep: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for &b in bytes {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A stable 32-hex-digit id for a document path (paths are unique in the index; content
/// hashes are not, since identical files may be stored twice).
pub fn path_id(path: &str) -> String {
    blake3::hash(path.as_bytes()).to_hex()[..32].to_string()
}

/// A lower-case ASCII slug (`Ausschuss für Umwelt` → `ausschuss-fuer-umwelt`).
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        if matches!(c, 'ä' | 'ö' | 'ü' | 'ß') {
            out.extend(crate::fold::spell_umlaut(c));
        } else if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_encoded() {
        assert_eq!(
            pdf_link("a b/ü.pdf", Some("https://x.example/docs/")),
            "https://x.example/docs/a%20b/%C3%BC.pdf"
        );
        assert_eq!(pdf_link("/abs/x#1.pdf", None), "file:///abs/x%231.pdf");
        assert!(pdf_link("rel.pdf", None).starts_with("file:///"));
        #[cfg(unix)]
        assert_eq!(
            pdf_link("/a/Sitzung_\\xE4.pdf", None),
            "file:///a/Sitzung_%E4.pdf",
            "the byte of a name that is not UTF-8"
        );
    }

    #[test]
    fn path_ids_are_stable_and_distinct() {
        assert_eq!(path_id("a.pdf"), path_id("a.pdf"));
        assert_ne!(path_id("a.pdf"), path_id("b.pdf"));
        assert_eq!(path_id("a.pdf").len(), 32);
    }

    #[test]
    fn slugs_transliterate_umlauts() {
        assert_eq!(slug("Ausschuss für Umwelt"), "ausschuss-fuer-umwelt");
        assert_eq!(slug("  402 - Amt  "), "402-amt");
    }
}
