//! Which record of identical content is the original: the one whose canonical path comes first
//! (byte order); every other one is `duplicate_of` it. Decided per content over the whole index
//! as it is after a run (for the contents the run touched), so the answer does not depend on
//! the order files were read in, moves to the next path when the original goes, and never forms
//! a cycle.

/// The `duplicate_of` of the record at `path` when `original` is the first path of its content.
pub(crate) fn duplicate_of(path: &str, original: &str) -> Option<String> {
    (original != path).then(|| original.to_string())
}

/// The records of one content (path and `duplicate_of` as stored) whose `duplicate_of` is not
/// what it should be, with the right value, in path order.
pub(crate) fn corrections(
    mut records: Vec<(String, Option<String>)>,
) -> Vec<(String, Option<String>)> {
    records.sort();
    let Some(original) = records.first().map(|(p, _)| p.clone()) else {
        return Vec::new();
    };
    records
        .into_iter()
        .filter_map(|(path, stored)| {
            let want = duplicate_of(&path, &original);
            (stored != want).then_some((path, want))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(path: &str, dup: Option<&str>) -> (String, Option<String>) {
        (path.to_string(), dup.map(str::to_string))
    }

    #[test]
    fn the_first_path_is_the_original_whatever_the_order() {
        let stored = vec![
            rec("/c", None),
            rec("/a", Some("/c")),
            rec("/b", Some("/a")),
        ];
        assert_eq!(
            corrections(stored),
            vec![rec("/a", None), rec("/c", Some("/a"))]
        );
    }

    #[test]
    fn the_next_path_takes_over_when_the_original_goes() {
        // "/a" was the original and is gone
        let stored = vec![rec("/b", Some("/a")), rec("/c", Some("/a"))];
        assert_eq!(
            corrections(stored),
            vec![rec("/b", None), rec("/c", Some("/b"))]
        );
    }

    #[test]
    fn a_settled_content_needs_nothing() {
        let stored = vec![rec("/a", None), rec("/b", Some("/a"))];
        assert!(corrections(stored).is_empty());
        assert!(corrections(vec![rec("/only", None)]).is_empty());
        assert_eq!(duplicate_of("/a", "/a"), None);
        assert_eq!(duplicate_of("/b", "/a"), Some("/a".to_string()));
    }
}
