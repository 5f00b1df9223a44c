//! Snippets: the passage with the most distinct query matches, with match offsets.

use super::Snippet;
use super::analysis::{fold, stem, words};
use std::collections::HashSet;

/// Longest snippet, in bytes (before whitespace is collapsed).
const WINDOW: usize = 240;
/// Context kept before the first match of the window, in bytes.
const LEAD: usize = 60;

/// What counts as a match when highlighting.
#[derive(Debug, Clone, Default)]
pub struct Highlights {
    /// Folded surface forms.
    pub exact: HashSet<String>,
    /// Stems.
    pub stems: HashSet<String>,
    /// Folded prefixes.
    pub prefixes: Vec<String>,
    /// Folded words searched with a typo tolerance (word, edits).
    pub fuzzy: Vec<(String, u8)>,
    /// The part stems of a searched compound (`rad`, `weg` of `Radweg`): a word is marked when
    /// it holds every part of one group (`Radwege`, `Radverkehrsweg`) or is one part of four
    /// letters or more as a whole word (`Sanierung`), never for a part inside another word
    /// (`Holzweg`, `wegen`, `entschuldigt` for `Schulsanierung`, `Schutzarten` for `Klimaschutz`).
    pub parts: Vec<Vec<String>>,
    /// Folded forms and stems of the words the user typed (not synonyms or parts): passages
    /// with them are chosen first.
    pub typed: HashSet<String>,
}

impl Highlights {
    /// The key of the query term `word` matches, if any (distinct keys rank passages).
    fn key(&self, word: &str) -> Option<String> {
        let f = fold(word);
        if self.exact.contains(&f) || self.prefixes.iter().any(|p| f.starts_with(p.as_str())) {
            return Some(f);
        }
        let s = stem(word);
        if self.stems.contains(&s) {
            return Some(s);
        }
        // a compound containing a searched stem (`Radverkehrskonzept` for `Radverkehr`)
        // (short stems only at either end: `Radweg`, `Lastenrad`, but not `gerade`)
        if let Some(s) = self
            .stems
            .iter()
            .filter(|s| s.len() >= 3 && f.len() > s.len() + 2)
            .find(|s| {
                f.starts_with(s.as_str())
                    || f.ends_with(s.as_str())
                    || (s.len() >= 4 && f.contains(s.as_str()))
            })
        {
            return Some(s.clone());
        }
        if let Some(group) = self
            .parts
            .iter()
            .find(|g| g.len() > 1 && g.iter().all(|p| p.len() >= 3 && f.contains(p.as_str())))
        {
            return Some(group.join("+"));
        }
        // a part standing as a word of its own (`Sanierung` for `Schulsanierung`): whole words
        // only, and parts of four letters or more (never `weg`, `rad`)
        if let Some(p) = self
            .parts
            .iter()
            .flatten()
            .find(|p| p.chars().count() >= 4 && **p == s)
        {
            return Some(p.clone());
        }
        self.fuzzy
            .iter()
            .find(|(q, d)| edit_distance(q, &f) <= usize::from(*d))
            .map(|(q, _)| q.clone())
    }

    /// Byte ranges of matching words in `text`.
    pub fn ranges(&self, text: &str) -> Vec<(usize, usize)> {
        words(text)
            .filter(|w| self.key(w.text).is_some())
            .map(|w| (w.start, w.end))
            .collect()
    }
}

/// Levenshtein distance of two short strings (by characters).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(c) = cur.get_mut(j + 1) {
                *c = sub.min(del).min(ins);
            }
        }
        prev = cur;
    }
    prev.last().copied().unwrap_or(0)
}

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The best passage of `text` for the query terms, whitespace collapsed, with match offsets.
pub fn make(text: &str, hl: &Highlights) -> Snippet {
    let matches: Vec<(usize, String)> = words(text)
        .filter_map(|w| hl.key(w.text).map(|k| (w.start, k)))
        .collect();
    // the window with the most distinct typed words, then the most distinct terms, then the
    // most matches
    let mut best: Option<((usize, usize, usize), usize)> = None; // (rank, start)
    for (i, (start, _)) in matches.iter().enumerate() {
        let mut seen = HashSet::new();
        let mut count = 0;
        for (pos, key) in matches.get(i..).unwrap_or_default() {
            if *pos >= start + WINDOW - LEAD {
                break;
            }
            seen.insert(key.as_str());
            count += 1;
        }
        let typed = seen.iter().filter(|k| hl.typed.contains(**k)).count();
        let rank = (typed, seen.len(), count);
        if best.is_none_or(|b| rank > b.0) {
            best = Some((rank, *start));
        }
    }
    let (from, to) = match best {
        Some((_, start)) => {
            let from = floor_boundary(text, start.saturating_sub(LEAD));
            // start at a word boundary
            let from = text
                .get(from..start)
                .and_then(|s| s.find(char::is_whitespace).map(|i| from + i))
                .unwrap_or(from);
            (from, floor_boundary(text, from + WINDOW))
        }
        None => (0, floor_boundary(text, WINDOW)),
    };
    // end at a word boundary
    let to = if to < text.len() {
        text.get(from..to)
            .and_then(|s| s.rfind(char::is_whitespace).map(|i| from + i))
            .filter(|&t| t > from)
            .unwrap_or(to)
    } else {
        to
    };
    let body = text.get(from..to).unwrap_or_default();
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(&body.split_whitespace().collect::<Vec<_>>().join(" "));
    if to < text.len() {
        out.push('…');
    }
    let highlights = hl.ranges(&out);
    Snippet {
        text: out,
        highlights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hl(words: &[&str]) -> Highlights {
        let mut h = Highlights::default();
        for w in words {
            h.exact.insert(fold(w));
            h.stems.insert(stem(w));
        }
        h
    }

    #[test]
    fn highlights_inflections_and_compounds() {
        let h = hl(&["Schule", "Radverkehr"]);
        let s = make(
            "Die Schulen und das Radverkehrskonzept, nicht das Radio.",
            &h,
        );
        let marked: Vec<&str> = s
            .highlights
            .iter()
            .filter_map(|&(a, b)| s.text.get(a..b))
            .collect();
        assert_eq!(marked, ["Schulen", "Radverkehrskonzept"]);
    }

    #[test]
    fn picks_the_passage_with_matches() {
        let filler = "Lorem ipsum dolor sit amet. ".repeat(40);
        let text = format!("{filler}Der Breitbandausbau beginnt. {filler}");
        let mut h = hl(&["Breitbandausbau"]);
        h.fuzzy.push(("xyz".into(), 1));
        let s = make(&text, &h);
        assert!(s.text.contains("Breitbandausbau"), "{}", s.text);
        assert!(s.text.starts_with('…') && s.text.ends_with('…'));
        assert_eq!(s.highlights.len(), 1);
    }

    #[test]
    fn compound_parts_mark_only_words_holding_all_of_them() {
        let mut h = hl(&["Radweg"]);
        h.parts.push(vec![stem("rad"), stem("weg")]);
        let s = make(
            "Der Holzweg ist wegen Bauarbeiten gesperrt; die Radwege und der Radverkehrsweg nicht.",
            &h,
        );
        let mut k = hl(&["Klimaschutz"]);
        k.parts.push(vec![stem("klima"), stem("schutz")]);
        let t = make(
            "Schutzarten im Klimaschutzkonzept; der Schutz und das Klima.",
            &k,
        );
        let marked_k: Vec<&str> = t
            .highlights
            .iter()
            .filter_map(|&(a, b)| t.text.get(a..b))
            .collect();
        assert_eq!(marked_k, ["Klimaschutzkonzept", "Schutz", "Klima"]);
        let marked: Vec<&str> = s
            .highlights
            .iter()
            .filter_map(|&(a, b)| s.text.get(a..b))
            .collect();
        assert_eq!(marked, ["Radwege", "Radverkehrsweg"]);
    }

    #[test]
    fn the_passage_with_the_typed_word_wins_over_more_other_matches() {
        let filler = "Lorem ipsum dolor sit amet. ".repeat(20);
        let text = format!(
            "Online Online Portal Portal {filler} Die Digitalisierung der Verwaltung. {filler}"
        );
        let mut h = hl(&["Digitalisierung", "Online", "Portal"]);
        h.typed.insert(fold("Digitalisierung"));
        h.typed.insert(stem("Digitalisierung"));
        let s = make(&text, &h);
        assert!(s.text.contains("Digitalisierung"), "{}", s.text);
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("feuerwehr", "feuerwher"), 2);
        assert_eq!(edit_distance("schule", "schuel"), 2);
        assert_eq!(edit_distance("haus", "maus"), 1);
    }
}
