//! Topic matching: a query word that names a theme of the taxonomy (by its label or the
//! terms of its description) ranks matching documents classified under that theme higher.

use super::analysis::{fold, stem, words};
use super::decompound::Decompounder;
use std::collections::HashMap;

/// Query-word stem → theme ids.
#[derive(Debug, Clone, Default)]
pub struct ThemeWords {
    by_stem: HashMap<String, Vec<String>>,
}

impl ThemeWords {
    /// Read the `[[theme]]` ids, labels and descriptions of a taxonomy file (the rules are
    /// not compiled: this runs at every CLI search) and index their words, with compound
    /// parts from the built-in list (`Klimaschutz` in a description also answers `Klima`).
    pub fn from_toml(text: &str, decomp: &Decompounder) -> ThemeWords {
        let mut by_stem: HashMap<String, Vec<String>> = HashMap::new();
        let none = |_: &str| false;
        let table: toml::Table = toml::from_str(text).unwrap_or_default();
        let themes = table
            .get("theme")
            .and_then(toml::Value::as_array)
            .map(Vec::as_slice)
            .unwrap_or_default();
        for t in themes {
            let field = |k: &str| t.get(k).and_then(toml::Value::as_str).unwrap_or("");
            let id = field("id");
            if id.is_empty() {
                continue;
            }
            let text = format!(
                "{} {} {}",
                id.replace('_', " "),
                field("label"),
                field("description")
            );
            for w in words(&text) {
                let f = fold(w.text);
                if f.len() < 3 || decomp.is_stopword(&f) {
                    continue;
                }
                let mut stems = vec![stem(w.text)];
                stems.extend(decomp.parts(&f, &none).iter().map(|p| stem(p)));
                for s in stems {
                    let ids = by_stem.entry(s).or_default();
                    if !ids.iter().any(|x| x == id) {
                        ids.push(id.to_string());
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
        let tw = ThemeWords::from_toml(crate::classify::DEFAULT_THEMES, &Decompounder::embedded());
        assert!(tw.of("Klimaschutz").contains(&"klima_umwelt".to_string()));
        assert!(
            tw.of("Breitband")
                .contains(&"digitale_infrastruktur".to_string())
        );
        assert!(tw.of("und").is_empty());
        assert!(tw.of("Radio").is_empty());
    }
}
