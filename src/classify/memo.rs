//! Which terms a word matches, remembered per taxonomy: a word is matched against the
//! taxonomy's ~1,000 word patterns (one [`WordMatcher`] automaton) once per process, not once
//! per zone and paper (German vocabulary repeats from paper to paper, and matching was most of
//! the classification time).

use super::matcher::WordMatcher;
use super::taxonomy::CompiledTheme;
use crate::hash::HashMap;
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
    /// The hits of `word` (normalised) under `rules`, whose word patterns (with the words to
    /// ignore) `matcher` holds.
    pub(crate) fn hits(
        &self,
        matcher: &WordMatcher,
        rules: &[CompiledTheme],
        word: &str,
    ) -> WordHits {
        if let Some(h) = self.map.read().ok().and_then(|m| m.get(word).cloned()) {
            return h;
        }
        let hits: WordHits = matcher.best_terms(word, rules).into();
        if let Ok(mut m) = self.map.write() {
            if m.len() >= CAPACITY {
                m.clear();
            }
            m.insert(word.into(), hits.clone());
        }
        hits
    }
}

/// The hits of `word` computed pattern by pattern, as the rules are written: what
/// [`WordMatcher`] must answer.
#[cfg(test)]
pub(crate) fn compute(
    rules: &[CompiledTheme],
    ignore: &[super::terms::Pattern],
    word: &str,
) -> WordHits {
    use super::terms::{Pattern, is_word_excluded};
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
            assert_eq!(&*tax.words.hits(&tax.matcher, &tax.rules, w), &*fresh);
            assert_eq!(&*tax.words.hits(&tax.matcher, &tax.rules, w), &*fresh);
        }
        assert!(
            !tax.words
                .hits(&tax.matcher, &tax.rules, "digitalisierung")
                .is_empty()
        );
        assert!(tax.words.hits(&tax.matcher, &tax.rules, "xqzv").is_empty());
        let copy = tax.clone();
        assert_eq!(format!("{:?}", copy.words), "WordMemo(0 words)");
    }
}
