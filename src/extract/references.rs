//! Other Drucksachen the document cites (`mit Beschluss vom 10.05.2021 (VO/0683/21)`,
//! `Drucksache 0088/2021`): raw material for a cross-reference graph.

use super::dates;
use super::drucksache::number_from_value;
use super::text::never;
use crate::vocab::Vocabulary;
use regex::Regex;
use std::sync::LazyLock;

/// A number in brackets that looks like a Drucksache: letters/digits joined by `/` or `-`.
static BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\(([A-ZÄÖÜ]{0,6}[ /-]?\d[\w./ -]{2,24}?)\)").unwrap_or_else(|_| never())
});

/// True when a number has the shape of a Drucksache (a separator between number parts).
fn looks_like_number(n: &str) -> bool {
    let digits = n.chars().filter(char::is_ascii_digit).count();
    digits >= 3 && (n.contains('/') || n.contains('-') || digits >= 6)
}

/// The cited numbers in `body`, without `own`, in first-seen order.
pub(crate) fn find(body: &str, own: Option<&str>, vocab: &Vocabulary) -> Vec<String> {
    let cues = &vocab.numbers.citation_cues;
    let own_key = own.map(key);
    let mut out: Vec<String> = Vec::new();
    let mut push = |n: String| {
        let k = key(&n);
        let is_own = own_key.as_ref().is_some_and(|o| *o == k || o.ends_with(&k));
        if !is_own && !out.iter().any(|o| key(o) == k) {
            out.push(n);
        }
    };
    for c in BRACKETED.captures_iter(body) {
        if let Some(m) = c.get(1)
            && let Some(n) = number_from_value(m.as_str(), vocab)
            && looks_like_number(&n)
            && !dates::is_only_date(&n, vocab)
        {
            push(n.into_string());
        }
    }
    // `Drucksache 0088/2021`, `Vorlage VO/1242/21`
    let initials: Vec<char> = cues
        .iter()
        .filter_map(|c| c.text.chars().next())
        .flat_map(char::to_lowercase)
        .collect();
    let mut prev = ' ';
    for (pos, ch) in body.char_indices() {
        let at_word = !prev.is_alphanumeric();
        prev = ch;
        if !at_word || !ch.to_lowercase().any(|l| initials.contains(&l)) {
            continue;
        }
        let Some(rest) = body.get(pos..) else {
            continue;
        };
        for cue in cues {
            if let Some(after) = cue.strip(rest)
                && rest
                    .get(cue.text.len()..)
                    .is_some_and(|r| r.starts_with([' ', ':', '.', '\u{a0}']))
            {
                let head: String = after.chars().take(40).collect();
                let head = head.lines().next().unwrap_or("");
                if let Some(n) = number_from_value(head, vocab)
                    && looks_like_number(&n)
                {
                    push(n.into_string());
                }
                break;
            }
        }
    }
    out
}

/// Comparison key of a number: lower case without spaces.
fn key(n: &str) -> String {
    n.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citations_found_own_number_excluded() {
        let v = Vocabulary::embedded();
        let body = "Mit Beschluss vom 10.05.2021 (VO/0683/21) hat der Rat. Siehe Drucksache 0088/2021 \
                    und die Vorlage 2024/0001. Eigene Nummer (2024/0001). Am (12.03.2020) nichts.";
        let refs = find(body, Some("2024/0001"), &v);
        assert_eq!(
            refs,
            vec!["VO/0683/21".to_string(), "0088/2021".to_string()]
        );
    }
}
