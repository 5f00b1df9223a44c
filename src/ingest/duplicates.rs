//! Which record of identical content is the original: the one whose canonical path comes first
//! (byte order); every other one is `duplicate_of` it. Decided over the whole index as it is
//! after a run, so the answer does not depend on the order files were read in, moves to the
//! next path when the original goes, and never forms a cycle.

use std::collections::{BTreeSet, HashMap};

/// Content hash and `duplicate_of` of every record, kept up to date while an ingest writes.
#[derive(Debug, Default)]
pub(crate) struct Duplicates {
    /// Path → (content hash, `duplicate_of` as stored).
    records: HashMap<String, (String, Option<String>)>,
    /// Content hash → paths with it.
    by_hash: HashMap<String, BTreeSet<String>>,
}

impl Duplicates {
    /// Note a record as stored (or about to be stored).
    pub(crate) fn insert(&mut self, path: &str, hash: &str, duplicate_of: Option<String>) {
        self.remove(path);
        self.by_hash
            .entry(hash.to_string())
            .or_default()
            .insert(path.to_string());
        self.records
            .insert(path.to_string(), (hash.to_string(), duplicate_of));
    }

    /// Forget a record (pruned).
    pub(crate) fn remove(&mut self, path: &str) {
        if let Some((hash, _)) = self.records.remove(path)
            && let Some(paths) = self.by_hash.get_mut(&hash)
        {
            paths.remove(path);
            if paths.is_empty() {
                self.by_hash.remove(&hash);
            }
        }
    }

    /// The original of the content `hash` for the record at `path` (`None` when it is the
    /// original itself), as far as the records known now tell.
    pub(crate) fn original(&self, path: &str, hash: &str) -> Option<String> {
        let first = self.by_hash.get(hash)?.iter().next()?;
        (first.as_str() < path).then(|| first.clone())
    }

    /// The records whose stored `duplicate_of` is not what it should be, with the right value.
    pub(crate) fn corrections(&self) -> Vec<(String, Option<String>)> {
        let mut out: Vec<(String, Option<String>)> = self
            .records
            .iter()
            .filter_map(|(path, (hash, stored))| {
                let want = self.original(path, hash);
                (*stored != want).then(|| (path.clone(), want))
            })
            .collect();
        out.sort();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_path_is_the_original_whatever_the_order() {
        let mut d = Duplicates::default();
        d.insert("/c", "h", None);
        d.insert("/a", "h", Some("/c".into()));
        d.insert("/b", "h", Some("/a".into()));
        d.insert("/x", "other", None);
        assert_eq!(
            d.corrections(),
            vec![
                ("/a".to_string(), None),
                ("/c".to_string(), Some("/a".to_string()))
            ]
        );
    }

    #[test]
    fn the_next_path_takes_over_when_the_original_goes() {
        let mut d = Duplicates::default();
        d.insert("/a", "h", None);
        d.insert("/b", "h", Some("/a".into()));
        d.insert("/c", "h", Some("/a".into()));
        d.remove("/a");
        assert_eq!(
            d.corrections(),
            vec![
                ("/b".to_string(), None),
                ("/c".to_string(), Some("/b".to_string()))
            ]
        );
    }

    #[test]
    fn changed_content_leaves_its_group() {
        let mut d = Duplicates::default();
        d.insert("/a", "h", None);
        d.insert("/b", "h", Some("/a".into()));
        d.insert("/a", "new", None);
        assert_eq!(d.corrections(), vec![("/b".to_string(), None)]);
    }
}
