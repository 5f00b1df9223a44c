//! Topic matching: a query word that names a theme of the taxonomy (by its label or the
//! terms of its description) also finds documents classified under that theme, scored below
//! documents that contain the word.

use super::analysis::{fold, stem, words};
use super::decompound::Decompounder;
use crate::classify::Taxonomy;
use std::collections::HashMap;

/// Query-word stem → theme ids.
#[derive(Debug, Clone, Default)]
pub struct ThemeWords {
    by_stem: HashMap<String, Vec<String>>,
}

impl ThemeWords {
    /// Index the label, description and id words of every theme (and their compound parts
    /// from the built-in list, so `Klimaschutz` in a description also answers `Klima`).
    pub fn new(taxonomy: &Taxonomy, decomp: &Decompounder) -> ThemeWords {
        let mut by_stem: HashMap<String, Vec<String>> = HashMap::new();
        let none = |_: &str| false;
        for t in &taxonomy.themes {
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
    use crate::classify::ThemeInfo;

    #[test]
    fn query_words_name_themes() {
        let taxonomy = Taxonomy {
            themes: vec![ThemeInfo {
                id: "klima_umwelt".into(),
                label: "Klima und Umwelt".into(),
                description: "Klimaschutz, Klimaanpassung, Energie, Grünflächen".into(),
            }],
        };
        let tw = ThemeWords::new(&taxonomy, &Decompounder::embedded());
        assert_eq!(tw.of("Klimaschutz"), ["klima_umwelt"]);
        assert_eq!(tw.of("Grünflächen"), ["klima_umwelt"]);
        assert!(tw.of("und").is_empty());
        assert!(tw.of("Schule").is_empty());
    }
}
