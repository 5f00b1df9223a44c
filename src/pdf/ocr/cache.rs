//! OCR results cached by file hash: a re-ingest (after a taxonomy change, `--force`, a moved
//! file) reads the words back instead of recognising the pages again.
//!
//! One JSON file per document, `DIR/<hash[..2]>/<hash>.<lang>.v<VERSION>.json`, holding the
//! recognised pages (words with pixel boxes, image size, drawn boxes). Written atomically
//! (temporary file + rename); an unreadable file counts as absent.

use super::boxes::PixelBox;
use super::tsv::Word;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The cache's folder inside an index directory (`ingest` keeps its OCR results there).
pub const INDEX_SUBDIR: &str = "ocr-cache";

/// Bumped when recognition changes its output (settings, preprocessing), invalidating entries.
pub const VERSION: u32 = 3;

/// One recognised page.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct OcrPage {
    /// Image width in pixels.
    pub width: usize,
    /// Image height in pixels.
    pub height: usize,
    /// Recognised words.
    pub words: Vec<Word>,
    /// Checkboxes found in the pixels.
    #[serde(default)]
    pub boxes: Vec<PixelBox>,
}

/// The cached pages of one document, by 1-based page number.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Entry {
    /// Recognised pages.
    pub pages: BTreeMap<usize, OcrPage>,
}

/// Where a document's entry lives.
fn file(dir: &Path, hash: &str, lang: &str) -> Option<PathBuf> {
    let safe = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '_')
    };
    if hash.len() < 4 || !safe(hash) || !safe(lang) {
        return None;
    }
    Some(
        dir.join(&hash[..2])
            .join(format!("{hash}.{lang}.v{VERSION}.json")),
    )
}

/// The cached entry of a document (empty when there is none).
pub fn load(dir: &Path, hash: &str, lang: &str) -> Entry {
    file(dir, hash, lang)
        .and_then(|f| read_json(&f))
        .unwrap_or_default()
}

/// Store a document's entry (best effort: a cache that cannot be written only costs time).
pub fn store(dir: &Path, hash: &str, lang: &str, entry: &Entry) {
    if let Some(f) = file(dir, hash, lang) {
        write_json(&f, entry);
    }
}

/// A cache file's JSON value (`None` when the file is missing or unreadable).
pub(super) fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Write a cache file's JSON value, whole or not at all (best effort: a cache that cannot be
/// written only costs time).
pub(super) fn write_json<T: Serialize>(path: &Path, value: &T) {
    let Some(parent) = path.parent() else {
        return;
    };
    if std::fs::create_dir_all(parent).is_err() {
        return;
    }
    let Ok(bytes) = serde_json::to_vec(value) else {
        return;
    };
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// The user's cache folder for OCR results: `$XDG_CACHE_HOME/ratsdex/ocr` or
/// `~/.cache/ratsdex/ocr` (None when neither is known).
pub fn user_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".cache"))
        })?;
    Some(base.join("ratsdex").join("ocr"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_round_trip_and_bad_keys_are_refused() {
        let dir =
            std::env::temp_dir().join(format!("ratsdex-ocr-cache-test-{}", std::process::id()));
        let mut e = Entry::default();
        e.pages.insert(
            2,
            OcrPage {
                width: 10,
                height: 20,
                ..OcrPage::default()
            },
        );
        store(&dir, "abcdef01", "deu+eng", &e);
        let back = load(&dir, "abcdef01", "deu+eng");
        assert_eq!(back.pages.get(&2).map(|p| p.height), Some(20));
        assert!(
            load(&dir, "abcdef01", "deu").pages.is_empty(),
            "another language"
        );
        assert!(file(&dir, "../../etc", "deu").is_none());
        assert!(file(&dir, "abcdef01", "../x").is_none());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
