//! Topic matching: a query word that names a theme of the taxonomy (by its label or the
//! terms of its description) ranks matching documents classified under that theme higher.

use super::analysis::{fold, stem, words};
use super::decompound::Decompounder;
use crate::classify::ThemeInfo;
use std::collections::HashMap;

/// Query-word stem → theme ids.
#[derive(Debug, Clone, Default)]
pub struct ThemeWords {
    by_stem: HashMap<String, Vec<String>>,
}

impl ThemeWords {
    /// Index the words of the themes' ids, labels and descriptions, with compound parts from
    /// the built-in list (`Klimaschutz` in a description also answers `Klima`).
    pub fn new(themes: &[ThemeInfo], decomp: &Decompounder) -> ThemeWords {
        let mut by_stem: HashMap<String, Vec<String>> = HashMap::new();
        let none = |_: &str| false;
        for t in themes {
            if t.id.is_empty() {
                continue;
            }
            let text = format!("{} {} {}", t.id.replace('_', " "), t.label, t.description);
            for w in words(&text) {
                let f = fold(w.text);
                if f.len() < 3 || decomp.is_stopword(&f) {
                    continue;
                }
                let mut stems = vec![stem(w.text)];
                stems.extend(decomp.parts(&f, &none).iter().map(|p| stem(p)));
                for s in stems {
                    let ids = by_stem.entry(s).or_default();
                    if !ids.contains(&t.id) {
                        ids.push(t.id.clone());
                    }
                }
            }
        }
        ThemeWords { by_stem }
    }

    /// The theme ids a query word names.
    pub fn of(&self, word: &str) -> &[String] {
        self.by_stem
            .get(&stem(word))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_name_themes() {
        let themes = crate::classify::Taxonomy::embedded().themes;
        let tw = ThemeWords::new(&themes, &Decompounder::embedded());
        assert!(tw.of("Klimaschutz").contains(&"klima_umwelt".to_string()));
        assert!(
            tw.of("Breitband")
                .contains(&"digitale_infrastruktur".to_string())
        );
        assert!(tw.of("und").is_empty());
        assert!(tw.of("Radio").is_empty());
    }
}
