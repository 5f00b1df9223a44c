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
    // the window with the most distinct terms, then the most matches
    let mut best: Option<(usize, usize, usize)> = None; // (distinct, count, start)
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
        let cand = (seen.len(), count, *start);
        if best.is_none_or(|b| (cand.0, cand.1) > (b.0, b.1)) {
            best = Some(cand);
        }
    }
    let (from, to) = match best {
        Some((_, _, start)) => {
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
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("feuerwehr", "feuerwher"), 2);
        assert_eq!(edit_distance("schule", "schuel"), 2);
        assert_eq!(edit_distance("haus", "maus"), 1);
    }
}
