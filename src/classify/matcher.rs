//! The single-word patterns of a taxonomy — body terms, exclusions, ignored words — compiled
//! into one Aho-Corasick automaton over their stems: a document's word is read once, not once
//! per pattern and theme. Gives the same answers as [`WordPattern::matches`] pattern by pattern.

use super::taxonomy::CompiledTheme;
use super::terms::{ENDINGS, Pattern, WordPattern};
use aho_corasick::{AhoCorasick, AhoCorasickKind};

/// What a stem's pattern stands for.
#[derive(Debug, Clone, Copy)]
enum Owner {
    /// A word of `settings.ignore`: the word never counts.
    Ignore,
    /// An exclusion of a theme (its position).
    Exclude(usize),
    /// A body term: theme position, position in the theme's `terms`.
    Term(usize, usize),
}

/// One word pattern behind a stem.
#[derive(Debug, Clone, Copy)]
struct Entry {
    any_prefix: bool,
    any_suffix: bool,
    owner: Owner,
}

impl Entry {
    /// True when the stem found at `start..end` of `word` makes the pattern match the word
    /// (the rules of [`WordPattern::matches`]).
    fn accepts(&self, word: &str, start: usize, end: usize) -> bool {
        let ending_follows = || word.get(end..).is_some_and(|rest| ENDINGS.contains(&rest));
        match (self.any_prefix, self.any_suffix) {
            (true, true) => true,
            (false, true) => start == 0,
            (true, false) => ending_follows(),
            (false, false) => start == 0 && ending_follows(),
        }
    }
}

/// The word patterns of a taxonomy, compiled once.
#[derive(Debug, Clone, Default)]
pub struct WordMatcher {
    /// Every distinct stem; None when the taxonomy has no word patterns.
    automaton: Option<AhoCorasick>,
    /// The patterns behind each stem, by the automaton's pattern id.
    entries: Vec<Vec<Entry>>,
}

impl WordMatcher {
    /// Compile the ignored words and every theme's exclusions and body terms.
    pub fn new(ignore: &[Pattern], rules: &[CompiledTheme]) -> WordMatcher {
        fn word(p: &Pattern) -> Option<&WordPattern> {
            match p {
                Pattern::Word(w) => Some(w),
                Pattern::Text(_) => None,
            }
        }
        let mut all: Vec<(&WordPattern, Owner)> = Vec::new();
        all.extend(ignore.iter().filter_map(word).map(|w| (w, Owner::Ignore)));
        for (ti, rule) in rules.iter().enumerate() {
            all.extend(
                rule.exclude
                    .iter()
                    .filter_map(word)
                    .map(|w| (w, Owner::Exclude(ti))),
            );
            all.extend(
                rule.terms
                    .iter()
                    .enumerate()
                    .filter_map(|(k, t)| word(&t.pattern).map(|w| (w, Owner::Term(ti, k)))),
            );
        }
        let mut stems: Vec<&str> = Vec::new();
        let mut entries: Vec<Vec<Entry>> = Vec::new();
        let mut id: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (p, owner) in all {
            let entry = Entry {
                any_prefix: p.any_prefix,
                any_suffix: p.any_suffix,
                owner,
            };
            let i = *id.entry(p.stem.as_str()).or_insert_with(|| {
                stems.push(p.stem.as_str());
                entries.push(Vec::new());
                stems.len() - 1
            });
            if let Some(list) = entries.get_mut(i) {
                list.push(entry);
            }
        }
        // Stems are non-empty (the pattern parser refuses empty ones); an automaton that
        // cannot be built (never for a few thousand short stems) matches nothing. The plain
        // trie: a process meets each distinct word once (the memo keeps its terms), so building
        // a faster automaton or a prefilter costs a one-paper command more than it ever saves.
        let automaton = (!stems.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .kind(Some(AhoCorasickKind::NoncontiguousNFA))
                    .prefilter(false)
                    .build(&stems)
                    .ok()
            })
            .flatten();
        WordMatcher { automaton, entries }
    }

    /// The body terms `word` (normalised) earns, as (theme position, term position) in theme
    /// order: per theme its matching term of the highest weight (the last of equal weights),
    /// none for a theme that excludes the word, nothing for an ignored word.
    pub fn best_terms(&self, word: &str, rules: &[CompiledTheme]) -> Vec<(usize, usize)> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut excluded: Vec<usize> = Vec::new();
        let mut found: Vec<(usize, usize)> = Vec::new();
        for m in ac.find_overlapping_iter(word) {
            let Some(list) = self.entries.get(m.pattern().as_usize()) else {
                continue;
            };
            for e in list.iter().filter(|e| e.accepts(word, m.start(), m.end())) {
                match e.owner {
                    Owner::Ignore => return Vec::new(),
                    Owner::Exclude(ti) => excluded.push(ti),
                    Owner::Term(ti, k) => found.push((ti, k)),
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        let weight = |&(ti, k): &(usize, usize)| {
            rules
                .get(ti)
                .and_then(|r| r.terms.get(k))
                .map_or(f64::NEG_INFINITY, |t| t.weight)
        };
        let mut best: Vec<(usize, usize)> = Vec::new();
        for hit in found {
            if excluded.contains(&hit.0) {
                continue;
            }
            match best.last_mut() {
                // `Iterator::max_by`: a later term replaces one of equal weight
                Some(b) if b.0 == hit.0 => {
                    if weight(b).total_cmp(&weight(&hit)) != std::cmp::Ordering::Greater {
                        *b = hit;
                    }
                }
                _ => best.push(hit),
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use crate::classify::Taxonomy;
    use crate::classify::terms::{normalize, words};

    /// The matcher's answer computed pattern by pattern, as the rules are written.
    fn one_by_one(tax: &Taxonomy, word: &str) -> Vec<(usize, usize)> {
        crate::classify::memo::compute(&tax.rules, &tax.ignore, word).to_vec()
    }

    #[test]
    fn the_automaton_agrees_with_each_pattern_on_every_word() {
        let tax = Taxonomy::embedded();
        let text = "Die Schuldigitalisierung der Grundschulen, Glasfasernetzes und \
                    Breitbandausbau; Schulden, Schulter, Ausschusses, Radverkehr, Fahrräder, \
                    Lastenrads, Klimaschutzkonzept, Klimaanlage, Wohnungslosigkeit, Haushalt, \
                    Haushaltsgeräte, Smart-City-Strategie, Stadtentwicklung, Kitas, Feuerwehr, \
                    Bebauungsplan, Gewerbesteuer, Digitalisierungsstrategie, Verkehrswende, Ö";
        let mut checked = 0;
        for w in words(&normalize(text)) {
            assert_eq!(
                tax.matcher.best_terms(w, &tax.rules),
                one_by_one(&tax, w),
                "{w}"
            );
            checked += 1;
        }
        assert!(checked > 20);
        // some words earn terms, some are excluded or ignored
        assert!(
            !tax.matcher
                .best_terms("grundschulen", &tax.rules)
                .is_empty()
        );
        assert!(tax.matcher.best_terms("ausschusses", &tax.rules).is_empty());
    }

    #[test]
    fn the_last_of_equal_weights_wins_and_exclusions_hold() {
        let tax = Taxonomy::from_toml(
            r#"
[settings]
ignore = ["*ausschuss*"]
[[theme]]
id = "a"
label = "A"
terms = { "schul*" = 1.0, "*schule" = 1.0, "*schulbau*" = 0.5 }
exclude = ["schulter*"]
[[theme]]
id = "b"
label = "B"
terms = { "*bau*" = 2.0, "bau" = 3.0 }
"#,
        )
        .expect("valid");
        for w in [
            "schule",
            "grundschulen",
            "schulbau",
            "bauen",
            "bau",
            "schulter",
            "xy",
        ] {
            assert_eq!(
                tax.matcher.best_terms(w, &tax.rules),
                one_by_one(&tax, w),
                "{w}"
            );
        }
        // `*schule` and `schul*` (terms in file order: `*schulbau*`, `*schule`, `schul*`) weigh the same
        assert_eq!(tax.matcher.best_terms("schule", &tax.rules), vec![(0, 2)]);
        assert!(
            tax.matcher
                .best_terms("schulausschuss", &tax.rules)
                .is_empty()
        );
    }
}
