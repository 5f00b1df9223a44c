//! What a no-op ingest must know of every indexed file, in a few dozen bytes each: whether it is
//! unchanged (size, modification time, and whether the current pipeline and rules made its
//! record). The index's records are read one at a time to build it, so a re-ingest of an archive
//! holds this map and nothing else per paper.

use crate::index::{Entry, FileStamp, Index, IndexError};
use std::collections::HashMap;

/// A file's identity as 128 bits of the blake3 hash of its canonical path.
pub(crate) fn id(key: &str) -> u128 {
    let hash = blake3::hash(key.as_bytes());
    let mut first = [0u8; 16];
    first.copy_from_slice(&hash.as_bytes()[..16]);
    u128::from_le_bytes(first)
}

/// The stamp of an indexed file, reduced to what tells it unchanged.
#[derive(Debug, Clone, Copy)]
struct Brief {
    size: u64,
    mtime_ns: i64,
    /// Made by this pipeline version with these rules.
    current: bool,
}

/// Every indexed file, by [`id`].
#[derive(Debug, Default)]
pub(crate) struct Known {
    files: HashMap<u128, Brief>,
}

impl Known {
    /// Read every record's stamp from the index; `current` says whether a stamp was made by
    /// the pipeline and rules in use.
    pub(crate) fn read(
        index: &Index,
        current: &dyn Fn(&FileStamp) -> bool,
    ) -> Result<Known, IndexError> {
        let mut files = HashMap::with_capacity(usize::try_from(index.num_docs()).unwrap_or(0));
        index.each_entry(&mut |e: Entry| {
            let brief = Brief {
                size: e.stamp.size,
                mtime_ns: e.stamp.mtime_ns,
                current: current(&e.stamp),
            };
            files.insert(id(&e.path), brief);
            Ok(())
        })?;
        Ok(Known { files })
    }

    /// True when the file `key` is indexed.
    pub(crate) fn is_indexed(&self, key: &str) -> bool {
        self.files.contains_key(&id(key))
    }

    /// True when the file `key` is indexed with this size and modification time, by the
    /// pipeline and rules in use.
    pub(crate) fn is_unchanged(&self, key: &str, size: u64, mtime_ns: i64) -> bool {
        self.files
            .get(&id(key))
            .is_some_and(|b| b.current && b.size == size && b.mtime_ns == mtime_ns)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_tell_paths_apart_and_are_stable() {
        assert_eq!(id("/a/b.pdf"), id("/a/b.pdf"));
        assert_ne!(id("/a/b.pdf"), id("/a/c.pdf"));
        assert_ne!(id("/a/b.pdf"), id("/a/b.pdf "));
    }

    #[test]
    fn unchanged_needs_size_time_and_current_rules() {
        let mut k = Known::default();
        let brief = |current| Brief {
            size: 10,
            mtime_ns: 5,
            current,
        };
        k.files.insert(id("/cur"), brief(true));
        k.files.insert(id("/old"), brief(false));
        assert!(k.is_unchanged("/cur", 10, 5));
        assert!(!k.is_unchanged("/cur", 11, 5));
        assert!(!k.is_unchanged("/cur", 10, 6));
        assert!(!k.is_unchanged("/old", 10, 5));
        assert!(!k.is_unchanged("/new", 10, 5));
        assert!(k.is_indexed("/old") && !k.is_indexed("/new"));
    }
}
