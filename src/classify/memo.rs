//! Which terms a word matches, remembered per taxonomy: a word is matched against the
//! taxonomy's ~1,000 word patterns once per process, not once per zone and paper (German
//! vocabulary repeats from paper to paper, and matching was most of the classification time).

use super::taxonomy::CompiledTheme;
use super::terms::Pattern;
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Words remembered at most; the memo starts afresh beyond (memory stays bounded on archives
/// with an endless vocabulary of numbers and compounds).
const CAPACITY: usize = 100_000;

/// The terms one word earns: per theme (index), the best-weighted matching word term (index into
/// the theme's `terms`), exclusions applied. Empty when the word never counts.
pub(crate) type WordHits = Arc<[(usize, usize)]>;

/// The memo; a clone starts empty (a cloned taxonomy may be changed).
#[derive(Default)]
pub(crate) struct WordMemo {
    map: RwLock<HashMap<Box<str>, WordHits>>,
}

impl Clone for WordMemo {
    fn clone(&self) -> Self {
        WordMemo::default()
    }
}

impl std::fmt::Debug for WordMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.map.read().map(|m| m.len()).unwrap_or(0);
        write!(f, "WordMemo({n} words)")
    }
}

impl WordMemo {
    /// The hits of `word` (normalised) under `rules` and the words to `ignore`.
    pub(crate) fn hits(&self, rules: &[CompiledTheme], ignore: &[Pattern], word: &str) -> WordHits {
        if let Some(h) = self.map.read().ok().and_then(|m| m.get(word).cloned()) {
            return h;
        }
        let hits = compute(rules, ignore, word);
        if let Ok(mut m) = self.map.write() {
            if m.len() >= CAPACITY {
                m.clear();
            }
            m.insert(word.into(), hits.clone());
        }
        hits
    }
}

/// Whether a word pattern of `patterns` takes `word`.
pub(crate) fn is_word_excluded(patterns: &[Pattern], word: &str) -> bool {
    patterns
        .iter()
        .any(|p| matches!(p, Pattern::Word(w) if w.matches(word)))
}

fn compute(rules: &[CompiledTheme], ignore: &[Pattern], word: &str) -> WordHits {
    if is_word_excluded(ignore, word) {
        return Arc::from([]);
    }
    let mut hits = Vec::new();
    for (ti, rule) in rules.iter().enumerate() {
        if is_word_excluded(&rule.exclude, word) {
            continue;
        }
        let best = rule
            .terms
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(&t.pattern, Pattern::Word(p) if p.matches(word)))
            .max_by(|a, b| a.1.weight.total_cmp(&b.1.weight));
        if let Some((i, _)) = best {
            hits.push((ti, i));
        }
    }
    hits.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::Taxonomy;

    #[test]
    fn remembered_hits_are_the_fresh_ones() {
        let tax = Taxonomy::embedded();
        for w in [
            "digitalisierung",
            "radwegen",
            "haushaltsplan",
            "der",
            "xqzv",
        ] {
            let fresh = compute(&tax.rules, &tax.ignore, w);
            assert_eq!(&*tax.words.hits(&tax.rules, &tax.ignore, w), &*fresh);
            assert_eq!(&*tax.words.hits(&tax.rules, &tax.ignore, w), &*fresh);
        }
        assert!(
            !tax.words
                .hits(&tax.rules, &tax.ignore, "digitalisierung")
                .is_empty()
        );
        assert!(tax.words.hits(&tax.rules, &tax.ignore, "xqzv").is_empty());
        let copy = tax.clone();
        assert_eq!(format!("{:?}", copy.words), "WordMemo(0 words)");
    }
}
