//! Synonym groups of council language (`ÖPNV` ~ `Nahverkehr`, `Parkplatz` ~ `Stellplatz`),
//! loaded from `data/search/synonyms.txt` and matched by stem.

use super::analysis::{stem, words};
use std::collections::HashMap;

/// The built-in synonym groups.
const BUILTIN: &str = include_str!("../../data/search/synonyms.txt");

/// Synonym lookup by the stem of a single query word.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
    by_stem: HashMap<String, Vec<usize>>,
}

/// The key of a member: the stems of its words joined by spaces.
fn key(member: &str) -> String {
    words(member)
        .map(|w| stem(w.text))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Synonyms {
    /// The built-in groups.
    pub fn embedded() -> Synonyms {
        Synonyms::parse(BUILTIN)
    }

    /// Parse groups (one per line, comma-separated, `#` comments).
    pub fn parse(text: &str) -> Synonyms {
        let mut s = Synonyms::default();
        for line in text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let group: Vec<String> = line
                .split(',')
                .map(|m| m.trim().to_string())
                .filter(|m| !m.is_empty())
                .collect();
            if group.len() < 2 {
                continue;
            }
            let id = s.groups.len();
            for m in &group {
                s.by_stem.entry(key(m)).or_default().push(id);
            }
            s.groups.push(group);
        }
        s
    }

    /// The other members of every group containing `word` (matched by stem).
    pub fn of(&self, word: &str) -> Vec<&str> {
        let k = key(word);
        let mut out: Vec<&str> = Vec::new();
        for &g in self.by_stem.get(&k).into_iter().flatten() {
            for m in self.groups.get(g).into_iter().flatten() {
                if key(m) != k && !out.contains(&m.as_str()) {
                    out.push(m);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_group_members_by_stem() {
        let s = Synonyms::parse("öpnv, nahverkehr\nparkplatz, stellplatz\n");
        assert_eq!(s.of("ÖPNV"), ["nahverkehr"]);
        assert_eq!(s.of("Parkplätze"), ["stellplatz"]);
        assert!(s.of("Schule").is_empty());
    }

    #[test]
    fn builtin_groups_load() {
        assert!(
            Synonyms::embedded()
                .of("Parkplätze")
                .contains(&"stellplatz")
        );
    }
}
