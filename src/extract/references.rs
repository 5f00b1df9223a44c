//! Other Drucksachen the document cites (`mit Beschluss vom 10.05.2021 (VO/0683/21)`,
//! `Drucksache 0088/2021`): raw material for a cross-reference graph.

use super::dates;
use super::drucksache::number_from_value;
use super::text::never;
use crate::record::drucksache as shape;
use crate::vocab::{LabelSet, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// A number in brackets that looks like a Drucksache: letters/digits joined by `/` or `-`,
/// at most [`BRACKETED_TAIL`] characters after its first digit. The pattern is
/// `\(([A-ZÄÖÜ]{0,6}[ /-]?\d([\w./ -]{2,}?))\)`; its head is this regex, its tail is read by
/// [`bracketed`] (compiling Unicode's word class cost every process a millisecond). The tail runs
/// to the first character outside its class, and no `(` lies inside a match, so a tail found too
/// long means no match starts in it, as the bounded regex would say.
static BRACKETED_HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\([A-ZÄÖÜ]{0,6}[ /-]?\d").unwrap_or_else(|_| never()));

/// The bracketed numbers of `body` (see [`BRACKETED_HEAD`]): where the text inside the brackets
/// starts, that text, and how many characters follow its first digit.
fn bracketed(body: &str) -> impl Iterator<Item = (usize, &str, usize)> + '_ {
    let in_tail =
        |c: char| regex_syntax::is_word_character(c) || matches!(c, '.' | '/' | ' ' | '-');
    BRACKETED_HEAD.find_iter(body).filter_map(move |head| {
        let rest = body.get(head.end()..)?;
        let tail_bytes = rest.find(|c: char| !in_tail(c)).unwrap_or(rest.len());
        let tail_chars = rest.get(..tail_bytes)?.chars().count();
        let closed = rest.get(tail_bytes..)?.starts_with(')');
        let start = head.start() + 1;
        let inner = body.get(start..head.end() + tail_bytes)?;
        (closed && tail_chars >= 2).then_some((start, inner, tail_chars))
    })
}

/// The most characters a bracketed number has after its first digit.
const BRACKETED_TAIL: usize = 24;

/// Words that open a bank, tax or legal citation, not a Drucksache (`BLZ 200 300 00`,
/// `DE 122 804 750`, `§ 127 Abs. 2 Nr. 4`), lower case.
const NOT_PAPER_WORDS: [&str; 8] = ["blz", "iban", "bic", "ust", "konto", "kto", "de", "abs"];

/// True when a cited number has the shape of a Drucksache (a separator between number parts
/// or a long serial, only letters, digits and `/ - .` in it; see the shape home
/// `record::drucksache`) and is no phone number, bank, tax or legal citation.
fn looks_like_number(n: &str) -> bool {
    let digits = n.chars().filter(char::is_ascii_digit).count();
    digits >= shape::MIN_DIGITS
        && (shape::is_separated(n) || digits >= shape::MIN_BARE_CITED_DIGITS)
        && n.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | ' ' | '\u{a0}'))
        && !n
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NOT_PAPER_WORDS.contains(&w.to_lowercase().as_str()))
        && !shape::is_phone(n)
}

/// True when the words right before a number name a contact line (`Tel.`, `telefonisch`,
/// `Fax`): the number is no citation.
fn after_contact_word(body: &str, at: usize, vocab: &Vocabulary) -> bool {
    let mut start = at.saturating_sub(24);
    while !body.is_char_boundary(start) {
        start -= 1;
    }
    let before = body.get(start..at).unwrap_or("");
    let contact = vocab.labels(LabelSet::Contact);
    before
        .split(|c: char| c.is_whitespace() || c == '(')
        .filter(|w| !w.is_empty())
        .any(|w| contact.starts(w) || w.to_lowercase().starts_with("telefon"))
}

/// The cited numbers in `body`, without `own`, in first-seen order.
pub(crate) fn find(body: &str, own: Option<&str>, vocab: &Vocabulary) -> Vec<String> {
    let cues = &vocab.numbers.citation_cues;
    let own_key = own.map(key);
    let mut out: Vec<String> = Vec::new();
    let mut push = |n: String| {
        // `(0088/2021`, `VO/12/21).`: brackets and punctuation around a number are no part of it.
        let mut n = n.trim_start_matches(['(', '[', '"', '„', '“']).to_string();
        // Closing brackets and punctuation; a full stop only after a digit or bracket (a
        // sentence's end: `VI/142/2022).`), so that `Neuf.` keeps its dot.
        while let Some(last) = n.chars().last() {
            let before = n.chars().rev().nth(1);
            let strip = matches!(last, ')' | ']' | '"' | '“' | ',' | ';' | ':')
                || (last == '.' && before.is_some_and(|c| c.is_ascii_digit() || c == ')'));
            if !strip {
                break;
            }
            n.pop();
        }
        if n.is_empty() {
            return;
        }
        let k = key(&n);
        let is_own = own_key.as_ref().is_some_and(|o| *o == k || o.ends_with(&k));
        if !is_own && !out.iter().any(|o| key(o) == k) {
            out.push(n);
        }
    };
    for (start, inner, tail) in bracketed(body) {
        if tail <= BRACKETED_TAIL
            && let Some(n) = number_from_value(inner, vocab)
            && looks_like_number(&n)
            && !dates::is_only_date(&n, vocab)
            && !after_contact_word(body, start, vocab)
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
        // Only cues that start with this letter (as folded) can match here.
        let first = crate::fold::spelled_char(ch).next();
        for cue in cues.iter().filter(|c| c.spelled.chars().next() == first) {
            if let Some(after) = cue.strip(rest)
                && rest
                    .get(cue.text.len()..)
                    .is_some_and(|r| r.starts_with([' ', ':', '.', '\u{a0}']))
            {
                if is_bare_number_word(&cue.text) && !paper_before(body.get(..pos).unwrap_or("")) {
                    break;
                }
                let head: String = after.chars().take(40).collect();
                // A closing bracket or a semicolon ends the citation.
                let head = head.lines().next().unwrap_or("");
                let head = head.split([')', ';']).next().unwrap_or("");
                if let Some(n) = number_from_value(head, vocab)
                    && looks_like_number(&n)
                    && !dates::is_only_date(&n, vocab)
                {
                    push(n.into_string());
                }
                break;
            }
        }
    }
    out
}

/// True for a cue that only says "number" (`Nr.`): whose number it is, the word before says.
fn is_bare_number_word(cue: &str) -> bool {
    matches!(
        cue.trim_end_matches('.').to_lowercase().as_str(),
        "nr" | "nummer"
    )
}

/// Word beginnings that name a legal instrument, a classification or an account before `Nr.`
/// (`Verordnung (EG) Nr. 261/2004`, `Richtlinie Nr. 02/2022`, `RL Nr. 02/2022`, `Gliederungs-Nr. 2030-2`,
/// `St.-Nr. 217 5785 0020`), lower case: what follows is no Drucksache.
const NOT_PAPER_BEFORE_NR: [&str; 15] = [
    "richtlinie",
    "rl",
    "verordnung",
    "gesetz",
    "satzung",
    "artikel",
    "art",
    "gliederung",
    "st",
    "steuer",
    "ust",
    "kunden",
    "konto",
    "rechnung",
    "haus",
];

/// True when the text before a bare `Nr.` lets it cite a paper: not glued to a label of
/// another kind (`Gliederungs-Nr.`), not after a bracketed code (`(EG) Nr.`), not after a
/// legal instrument (`Richtlinie Nr.`).
fn paper_before(before: &str) -> bool {
    let glued = before.ends_with(['-', '.']);
    let word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .unwrap_or("");
    if word.ends_with(')') {
        return false;
    }
    let lower = word.to_lowercase();
    // The last word part (`BA-Antrags-` → `antrags`, `St.-` → `st`).
    let head = lower
        .split(|c: char| !c.is_alphabetic())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    if NOT_PAPER_BEFORE_NR
        .iter()
        .any(|w| head == *w || (head.len() > 4 && head.starts_with(w)))
    {
        return false;
    }
    // `Antrags-Nr.`, `Vorlagen-Nr.`: a compound label names its kind; only a paper's counts.
    !glued
        || [
            "drucks",
            "vorlage",
            "antrag",
            "anfrage",
            "beschluss",
            "ds",
            "vo",
            "grdrs",
            "reg",
        ]
        .iter()
        .any(|p| head.starts_with(p))
}

/// Lines at the top of page 1 where an Antwort or Stellungnahme names the paper it answers.
const ANSWERS_LINES: usize = 20;

/// For an Antwort or Stellungnahme: the first number cited in its opening lines (`Ihre Anfrage
/// Nr. 20-26 / F 00119`, `Stellungnahme zur Beschlussvorlage 6131/67/2022`), else None.
pub(crate) fn answers(opening: &[&str], own: Option<&str>, vocab: &Vocabulary) -> Option<String> {
    let text = opening
        .iter()
        .take(ANSWERS_LINES)
        .copied()
        .collect::<Vec<_>>()
        .join("\n");
    find(&text, own, vocab).into_iter().next()
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
    fn numbers_of_laws_classifications_and_accounts_are_no_references() {
        let v = Vocabulary::embedded();
        let body = "Gliederungs-Nr: 2030-2. Verordnung (EG) Nr. 261/2004 gilt. \
                    Richtlinie Nr. 02/2022 des Landes. St.-Nr. 217 5785 0020. \
                    Siehe Antrag des Beirats Nr. 266/2019 und BA-Antrags-Nr. 118/2020.";
        assert_eq!(
            find(body, None, &v),
            vec!["266/2019".to_string(), "118/2020".to_string()]
        );
    }

    #[test]
    fn phone_numbers_are_no_references() {
        let v = Vocabulary::embedded();
        let body = "Bitte melden Sie sich telefonisch (09131/86-1984) oder per Mail an. \
                    Rückfragen (0221 555-40 00). Siehe Vorlage (0088/2021) und (0871/22-1-A).";
        assert_eq!(
            find(body, None, &v),
            vec!["0088/2021".to_string(), "0871/22-1-A".to_string()]
        );
        let body = "Tel. (040) 4 28 11-22 33, Durchwahl (12/345-678)";
        assert_eq!(find(body, None, &v), Vec::<String>::new());
        // bank data, tax ids, legal citations; a sentence's bracket and full stop
        let body = "Konto (BLZ 200 300 00), USt-Id (DE 122 804 750), nach (§ 127 Abs. 2 Nr. 4 GO). \
                    Siehe Vorlage VI/142/2022). Und (VO/1242/21-Neuf.)";
        assert_eq!(
            find(body, None, &v),
            vec!["VO/1242/21-Neuf.".to_string(), "VI/142/2022".to_string()]
        );
    }

    #[test]
    fn the_bracket_tail_is_bounded_as_the_bounded_regex_says() {
        let bounded = Regex::new(r"\(([A-ZÄÖÜ]{0,6}[ /-]?\d[\w./ -]{2,24}?)\)").expect("valid");
        let bodies = [
            "(VO/0683/21) und (ABCDEF/1234567890123456789012345) (ABCDEFG 1/2345678901234567890123456)",
            "(1/23456789012345678901234) (1/234567890123456789012345) (12) (123) (AB-12 ä_x)",
            "((0088/2021)) (0871/22-1-A) (X 12/34) (ÄÖÜ/12.3) (DS 17/1234) (§ 12 Abs. 3) (ab/12)",
            "(1a) (12 (34/56) (A1) (Ü 9ß_é) (7/8, 9) (VO/1-2\u{301}x) (DS/1.2.3)(4/5)",
        ];
        for body in bodies {
            let want: Vec<&str> = bounded
                .captures_iter(body)
                .filter_map(|c| c.get(1).map(|m| m.as_str()))
                .collect();
            let got: Vec<&str> = bracketed(body)
                .filter(|(_, _, tail)| *tail <= BRACKETED_TAIL)
                .map(|(_, inner, _)| inner)
                .collect();
            assert_eq!(got, want, "{body}");
            assert!(!want.is_empty());
        }
    }

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
