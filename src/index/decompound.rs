//! Index-time compound splitting against a vocabulary (a built-in German word list plus the
//! index's own words), with the linking elements -s-, -es-, -n-, -en-.
//!
//! `radverkehrskonzept` → `radverkehr`, `rad`, `verkehr`, `konzept`. Words only split into
//! known words, so `radio` and `radius` never yield `rad`.

use super::analysis::word_list;
use crate::hash::HashSet;

/// The built-in word list (see the file for the format).
const BUILTIN: &str = include_str!("../../data/search/compound_words.txt");
/// Function words that are never compound parts.
const STOPWORDS: &str = include_str!("../../data/search/stopwords.txt");

/// Linking elements allowed between two parts (the empty one first).
const LINKS: [&str; 5] = ["", "s", "es", "n", "en"];
/// Inflection endings allowed after the last part (`grundschule|n`).
const INFLECTIONS: [&str; 7] = ["n", "en", "s", "es", "e", "er", "ern"];
/// Shortest last part that may carry an inflection ending.
const MIN_INFLECTED_PART: usize = 4;
/// Shortest part from the built-in list.
const MIN_BUILTIN_PART: usize = 3;
/// Shortest part learned from the index's own words.
const MIN_LEARNED_PART: usize = 4;
/// Shortest unknown head before a known tail (`tran|sport` is not a compound).
const MIN_TAIL_HEAD: usize = 5;
/// Shortest known tail after an unknown head.
const MIN_TAIL: usize = 5;
/// Shortest learned word accepted as a tail after an unknown head.
const MIN_LEARNED_TAIL: usize = 6;
/// Longest word that is considered for splitting (bytes, folded).
const MAX_WORD: usize = 64;

/// Splits compounds; the caller supplies the index's own words as a lookup.
#[derive(Debug, Clone)]
pub struct Decompounder {
    builtin: HashSet<String>,
    stop: HashSet<String>,
}

impl Default for Decompounder {
    fn default() -> Self {
        Decompounder::embedded()
    }
}

impl Decompounder {
    /// The decompounder with the built-in word list.
    pub fn embedded() -> Decompounder {
        Decompounder {
            builtin: word_list(BUILTIN),
            stop: word_list(STOPWORDS),
        }
    }

    /// True for German function words (folded).
    pub fn is_stopword(&self, folded: &str) -> bool {
        self.stop.contains(folded)
    }

    /// True when a folded word may be learned from the index as a vocabulary entry.
    pub fn learnable(&self, folded: &str) -> bool {
        folded.len() >= MIN_LEARNED_PART
            && folded.len() <= 30
            && folded.chars().all(|c| c.is_ascii_lowercase())
            && !self.stop.contains(folded)
    }

    /// True when `part` is a known word: built-in, or learned (`known`) and long enough.
    fn is_part(&self, part: &str, known: &dyn Fn(&str) -> bool) -> bool {
        if part.len() < MIN_BUILTIN_PART || self.stop.contains(part) {
            return false;
        }
        self.builtin.contains(part) || (part.len() >= MIN_LEARNED_PART && known(part))
    }

    /// The vocabulary word a non-final part stands for (`schul` → `schule`), if any.
    fn head_word(&self, part: &str, known: &dyn Fn(&str) -> bool) -> Option<String> {
        if self.is_part(part, known) {
            return Some(part.to_string());
        }
        let with_e = format!("{part}e");
        (part.len() >= MIN_BUILTIN_PART && self.is_part(&with_e, known)).then_some(with_e)
    }

    /// Split a folded word into two or more known words (fewest parts, longest first part),
    /// or `None` when it is not a compound of known words.
    pub fn split(&self, word: &str, known: &dyn Fn(&str) -> bool) -> Option<Vec<String>> {
        if word.len() > MAX_WORD || word.len() < 2 * MIN_BUILTIN_PART || !word.is_ascii() {
            return None;
        }
        let n = word.len();
        // best[i]: fewest parts covering word[i..], with the parts.
        let mut best: Vec<Option<Vec<String>>> = vec![None; n + 1];
        best[n] = Some(Vec::new());
        for i in (0..n).rev() {
            let mut choice: Option<Vec<String>> = None;
            for j in (i + MIN_BUILTIN_PART..=n).rev() {
                let piece = &word[i..j];
                // an inflected last part must be long enough not to be a look-alike
                // (`wies|bad|en` is Wiesbaden, not baths)
                let last =
                    j == n || (j - i >= MIN_INFLECTED_PART && INFLECTIONS.contains(&&word[j..]));
                if i == 0 && last {
                    continue; // the whole word is not a split
                }
                // A part before others needs a covered rest after a link: where there is none,
                // the look-ups of the part are spared.
                let rest_follows = || {
                    LINKS.iter().any(|link| {
                        let k = j + link.len();
                        k < n
                            && word[j..].starts_with(link)
                            && best.get(k).is_some_and(Option::is_some)
                    })
                };
                if !last && !rest_follows() {
                    continue;
                }
                let head = if last {
                    self.is_part(piece, known).then(|| piece.to_string())
                } else {
                    self.head_word(piece, known)
                };
                let Some(head) = head else { continue };
                if last && j < n {
                    let better = choice.as_ref().is_none_or(|c| c.len() > 1);
                    if better {
                        choice = Some(vec![head.clone()]);
                    }
                    continue;
                }
                for link in LINKS {
                    let k = j + link.len();
                    if k > n || (j < n && k == n) || !word[j..].starts_with(link) {
                        continue;
                    }
                    let Some(rest) = best.get(k).and_then(Option::as_ref) else {
                        continue;
                    };
                    let better = match &choice {
                        None => true,
                        Some(c) => rest.len() + 1 < c.len(),
                    };
                    if better {
                        let mut parts = Vec::with_capacity(rest.len() + 1);
                        parts.push(head.clone());
                        parts.extend(rest.iter().cloned());
                        choice = Some(parts);
                    }
                }
            }
            best[i] = choice;
        }
        best.swap_remove(0).filter(|p| p.len() >= 2)
    }

    /// The longest known tail of a compound whose head is unknown
    /// (`dreifachsporthalle` → `sporthalle`): German compounds are right-headed.
    pub fn known_tail(&self, word: &str, known: &dyn Fn(&str) -> bool) -> Option<String> {
        if !word.is_ascii() || word.len() > MAX_WORD {
            return None;
        }
        let is_word = |w: &str| {
            (self.builtin.contains(w) && !self.stop.contains(w))
                || (w.len() >= MIN_LEARNED_TAIL && known(w))
        };
        let (start, tail) = (MIN_TAIL_HEAD..=word.len().saturating_sub(MIN_TAIL))
            .filter_map(|i| Some((i, word.get(i..)?)))
            .find(|(_, tail)| is_word(tail) || self.split(tail, known).is_some())?;
        // A known word that ends the compound and holds the tail inside it, unsplit, is the
        // real tail: `abtransport` is ab|transport, not abtran|sport.
        let inside = (1..start)
            .filter_map(|i| word.get(i..))
            .any(|longer| is_word(longer) && self.split(longer, known).is_none());
        (!inside).then(|| tail.to_string())
    }

    /// Every part of a folded word at every level (`radverkehrskonzept` → `radverkehr`,
    /// `konzept`, `rad`, `verkehr`); empty when it is not a compound.
    pub fn parts(&self, word: &str, known: &dyn Fn(&str) -> bool) -> Vec<String> {
        let mut out = Vec::new();
        let mut todo = vec![word.to_string()];
        while let Some(w) = todo.pop() {
            let parts = self
                .split(&w, known)
                .or_else(|| self.known_tail(&w, known).map(|t| vec![t]));
            for p in parts.into_iter().flatten() {
                if !out.contains(&p) {
                    todo.push(p.clone());
                    out.push(p);
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned(words: &[&str]) -> impl Fn(&str) -> bool {
        let set: HashSet<String> = words.iter().map(|w| w.to_string()).collect();
        move |w: &str| set.contains(w)
    }

    #[test]
    fn splits_with_linking_elements() {
        let d = Decompounder::embedded();
        let none = learned(&[]);
        let parts = d.parts("radverkehrskonzept", &none);
        for p in ["rad", "verkehr", "konzept"] {
            assert!(parts.contains(&p.to_string()), "{parts:?} lacks {p}");
        }
        assert_eq!(
            d.split("breitbandausbau", &none).unwrap_or_default(),
            ["breitband", "ausbau"]
        );
        assert!(
            d.parts("schuldigitalisierung", &learned(&["digitalisierung"]))
                .contains(&"schule".to_string())
        );
    }

    #[test]
    fn known_tail_after_unknown_head() {
        let d = Decompounder::embedded();
        let none = learned(&[]);
        let parts = d.parts("dreifachsporthalle", &none);
        assert_eq!(parts, ["sporthalle", "sport", "halle"]);
        assert!(d.parts("erreichungsgrad", &none).is_empty());
        assert!(d.parts("transport", &none).is_empty());
        assert!(d.parts("abtransport", &none).is_empty());
        let parts = d.parts("muellabtransport", &learned(&["abtransport"]));
        assert!(!parts.contains(&"sport".to_string()), "{parts:?}");
        assert!(
            d.parts("fahrrad", &none).is_empty()
                || !d.parts("fahrrad", &none).contains(&"rad".to_string())
        );
    }

    #[test]
    fn does_not_split_lookalikes() {
        let d = Decompounder::embedded();
        let none = learned(&[]);
        assert!(d.split("radio", &none).is_none());
        assert!(d.split("radius", &none).is_none());
        assert!(d.split("verwaltung", &none).is_none());
        assert!(d.split("und", &none).is_none());
        assert!(d.split("wiesbaden", &learned(&["wiese"])).is_none());
    }

    #[test]
    fn learned_words_extend_the_vocabulary() {
        let d = Decompounder::embedded();
        assert_eq!(
            d.split("grundschulen", &learned(&[])).unwrap_or_default(),
            ["grund", "schule"]
        );
        assert!(d.split("dachgeschoss", &learned(&[])).is_none());
        assert_eq!(
            d.split("dachgeschoss", &learned(&["geschoss"]))
                .unwrap_or_default(),
            ["dach", "geschoss"]
        );
        assert!(!d.learnable("eine"));
        assert!(d.learnable("schulen"));
    }
}
