//! The Drucksachen-Nr.: its shape, its comparison keys, and how people type it in a query.
//!
//! A number is kept as printed (`VO/1254/21`, `20-26 / V 02232`, `DS 17/1234`) and compared by
//! its **key**: the letter and digit groups, upper case, leading zeros dropped, joined by `/`
//! (`vo / 01254 / 21` → `VO/1254/21`). Its **core** drops the leading letter groups (`1254/21`);
//! its **partial keys** are the runs of groups that hold a group of three or more digits
//! (`1203`, `V/1203`, `26/V/1203` of `20-26 / V 01203`), so that what users type — `01203`,
//! `1254/21`, `V 02232` — finds the document.

use regex::Regex;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A Drucksachen-Nr. as printed.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Drucksache(String);

/// Longest number accepted, in characters.
const MAX_CHARS: usize = 40;
/// Fewest digits of a number, and of its longest digit group (`17` is a page, `14–20` a period).
pub(crate) const MIN_DIGITS: usize = 3;
/// Most white-space separated words one number spans in a query (`KT-DS 27/2023`).
const MAX_QUERY_WORDS: usize = 3;
/// Fewest digits of a number typed without separators that is not a year or a count (`02232`,
/// `2210457`; a leading zero also marks one).
const MIN_SERIAL_DIGITS: usize = 5;

impl Drucksache {
    /// The number in `text` if it has the shape of one: connectors standing alone at the end
    /// (`VO/1254/21 /`) dropped; at least three digits, one group of three digits or more, at
    /// most 40 characters.
    pub fn parse(text: &str) -> Option<Drucksache> {
        let mut words: Vec<&str> = text.split_whitespace().collect();
        while words.last().is_some_and(|w| matches!(*w, "/" | "-" | "–")) {
            words.pop();
        }
        let number = words.join(" ");
        let digits = number.chars().filter(char::is_ascii_digit).count();
        let longest_group = number
            .split(|c: char| !c.is_ascii_digit())
            .map(str::len)
            .max()
            .unwrap_or(0);
        (number.chars().count() <= MAX_CHARS && digits >= MIN_DIGITS && longest_group >= MIN_DIGITS)
            .then_some(Drucksache(number))
    }

    /// A short number of a legislative period and a serial (`16/31`, `16/9`: Anträge and Anfragen
    /// of Landschaftsverbände and Landtage), which [`Drucksache::parse`] rejects as too short:
    /// two digits, `/`, one to four digits. For callers that found it right after a paper type
    /// and a number word (`Antrag Nr. 16/31`), where nothing else is numbered so.
    pub fn parse_period_serial(text: &str) -> Option<Drucksache> {
        let t = text.trim();
        let (period, serial) = t.split_once('/')?;
        let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit())
        };
        (digits(period, 2..=2) && digits(serial, 1..=4)).then(|| Drucksache(t.to_string()))
    }

    /// The number with a printed label that is part of it in front (`GRDrs` + `78/2023` →
    /// `GRDrs 78/2023`; `KT-` + `2024/117` → `KT-2024/117`).
    pub fn prefixed(&self, label: &str) -> Drucksache {
        let label = label.trim_end_matches(':').trim_end();
        let sep = if label.ends_with(['/', '-']) { "" } else { " " };
        Drucksache(format!("{label}{sep}{}", self.0))
    }

    /// The number as printed.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The number as printed, owned.
    pub fn into_string(self) -> String {
        self.0
    }

    /// Its comparison key (`VO/1254/21`; see the module documentation).
    pub fn key(&self) -> String {
        key(&self.0)
    }

    /// Its key without leading letter groups (`1254/21`).
    pub fn core(&self) -> String {
        core(&self.0)
    }

    /// The keys of every run of its groups that holds a group of three or more digits, the
    /// whole key included (`1254`, `VO/1254`, `1254/21`, `VO/1254/21`).
    pub fn partial_keys(&self) -> Vec<String> {
        let g = groups(&self.0);
        let mut out = Vec::new();
        for start in 0..g.len() {
            for end in start + 1..=g.len() {
                let run = &g[start..end];
                if run.iter().any(|x| x.long_digits) || run.len() == g.len() {
                    out.push(join(run));
                }
            }
        }
        out
    }
}

impl std::ops::Deref for Drucksache {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for Drucksache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The comparison key of any text typed as a number (`vo / 01254 / 21` → `VO/1254/21`).
pub fn key(text: &str) -> String {
    join(&groups(text))
}

/// The key of a typed number without its leading letter groups (`DS 17/1234` → `17/1234`).
pub fn core(text: &str) -> String {
    let g = groups(text);
    let first_digit = g.iter().position(|x| x.digits).unwrap_or(0);
    join(g.get(first_digit..).unwrap_or_default())
}

/// One letter or digit group of a number.
struct Group {
    /// Upper case; digits without leading zeros.
    key: String,
    /// Digits only.
    digits: bool,
    /// Three digits or more as printed (`0017` counts).
    long_digits: bool,
}

fn join(groups: &[Group]) -> String {
    let keys: Vec<&str> = groups.iter().map(|g| g.key.as_str()).collect();
    keys.join("/")
}

/// The letter and digit groups of a number; a switch between letters and digits starts a new
/// group (`VO1254` = `VO/1254`).
fn groups(s: &str) -> Vec<Group> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<Group>| {
        if cur.is_empty() {
            return;
        }
        let digits = cur.chars().all(|c| c.is_ascii_digit());
        let key = if digits {
            let t = cur.trim_start_matches('0');
            if t.is_empty() { "0" } else { t }.to_string()
        } else {
            cur.to_uppercase()
        };
        out.push(Group {
            key,
            digits,
            long_digits: digits && cur.len() >= MIN_DIGITS,
        });
        cur.clear();
    };
    for c in s.chars() {
        if c.is_alphanumeric() {
            if let Some(last) = cur.chars().last()
                && last.is_ascii_digit() != c.is_ascii_digit()
            {
                flush(&mut cur, &mut out);
            }
            cur.push(c);
        } else {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

// ---------------------------------------------------------------------------------------------
// The shape of a number's words: the one home for the tests that ask whether a printed word is a
// Drucksachen-Nr. or a part of one (its code, its digit groups, its separators). Extraction
// (`extract::drucksache`, `doctype`, `references`, `title`) and the query parser below use these;
// where callers need a different shape, the difference is named here, not re-written there.
// ---------------------------------------------------------------------------------------------

/// The separators between a number's parts (`VO/1254/21`, `2026-118`, `0871/22-1-A`).
pub(crate) const SEPARATORS: [char; 2] = ['/', '-'];

/// Fewest digits of a bare number (no separator) cited in running text that is a Drucksache
/// rather than an amount or a year (`2210457`). Higher than a typed query's serial
/// ([`MIN_SERIAL_DIGITS`]): a query names a number on purpose, running text is full of counts.
pub(crate) const MIN_BARE_CITED_DIGITS: usize = 6;

/// True when a word joins number parts with a separator, `/` or `-` (`19/2026`, `2026-118`):
/// what tells a paper's number from a count, a year or a page.
pub(crate) fn is_separated(w: &str) -> bool {
    w.contains(SEPARATORS)
}

/// True for a word of digits and the separators `seps` only, holding a digit (`027/2031`,
/// `1203`, `19/2026`); callers ask for a separator ([`is_separated`]) or a leading digit as their
/// place needs.
pub(crate) fn is_digits_and(w: &str, seps: &[char]) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        && w.chars().all(|c| c.is_ascii_digit() || seps.contains(&c))
}

/// True for a word with a slash and a digit (`19/2026`, `VO/12/21`, `AF/014/2025`): the loosest
/// mark of a number word, for places where a number label or a paper type already vouches for it
/// (a type heading's number, a corner stamp, a title's citation).
pub(crate) fn has_slash_and_digit(w: &str) -> bool {
    w.contains('/') && w.chars().any(|c| c.is_ascii_digit())
}

/// True for a word shaped like a paper's number with no label before it: digits on both sides of
/// its last slash, at most a short code of capitals (four letters) in it (`16/1360`,
/// `AF/014/2025`, `2026/0031-1`; not `Haushalt/2026`). Stricter than [`has_slash_and_digit`]:
/// it stands after a paper type alone, where a word like `2025/26` of a title could also follow.
pub(crate) fn is_slashed_number(w: &str) -> bool {
    let Some((a, b)) = w.rsplit_once('/') else {
        return false;
    };
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    a.ends_with(|c: char| c.is_ascii_digit())
        && b.starts_with(|c: char| c.is_ascii_digit())
        && letters <= 4
        && w.chars()
            .filter(char::is_ascii_alphabetic)
            .all(|c| c.is_ascii_uppercase())
}

/// True for a short code that leads into a number (`DS`, `B`, `V`, `GRDrs`, `KT-DS`): at most
/// six characters, letters with `.` or `-`, starting upper case, with two capitals or at most
/// three letters. The loose code: after a number label, or in a typed query, where the label or
/// the number after it vouches for it. With no label, see [`is_capital_code`].
pub(crate) fn is_code(word: &str) -> bool {
    let uppers = word.chars().filter(|c| c.is_uppercase()).count();
    word.chars().count() <= 6
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-')
        && word.chars().next().is_some_and(char::is_uppercase)
        && (uppers >= 2 || word.trim_end_matches('.').chars().count() <= 3)
}

/// True for a number's letter code standing before it with no label (`KA`, `BV`, `A`, `AR`): one
/// to four ASCII capitals. Stricter than [`is_code`] (no `GRDrs`, no `Drs.`): with no label in
/// front, only capitals tell a code from a word of the text.
pub(crate) fn is_capital_code(w: &str) -> bool {
    (1..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// True for a phone number (`09131/86-1984`, `0221 555-40 00`): digit groups only, the first an
/// area code with its leading zero, nine digits or more. Drucksachen with a leading zero are
/// shorter (`0088/2021`) or carry letters (`0871/22-1-A`).
pub(crate) fn is_phone(n: &str) -> bool {
    let digits = n.chars().filter(char::is_ascii_digit).count();
    let groups: Vec<&str> = n
        .split(['/', '-', ' ', '.', '\u{a0}'])
        .filter(|g| !g.is_empty())
        .collect();
    digits >= 9
        && groups.iter().all(|g| g.chars().all(|c| c.is_ascii_digit()))
        && groups
            .first()
            .is_some_and(|g| g.starts_with('0') && g.len() >= 3)
}

/// How many of the leading words of a query (split at white space, spaces around `/` already
/// removed) are one Drucksachen-Nr.: `["DS", "17/1234", …]` → 2, `["20-26/V", "02232"]` → 2,
/// `["Haushalt", "2023"]` → 0.
pub(crate) fn query_words(words: &[&str]) -> usize {
    (1..=words.len().min(MAX_QUERY_WORDS))
        .rev()
        .find(|&n| words.get(..n).is_some_and(is_query_number_words))
        .unwrap_or(0)
}

/// True when a query token (words joined by single spaces) is one Drucksachen-Nr.
pub fn is_query_number(token: &str) -> bool {
    let words: Vec<&str> = token.split_whitespace().collect();
    words.len() <= MAX_QUERY_WORDS && is_query_number_words(&words)
}

/// The words of one typed number: codes or numbers ending in letters lead into a word starting
/// with a digit (`DS 17/1234`, `20-26/V 02232`, `V 02232`); the last word has a separator
/// (`1254/21`) or is a serial number (`01203`, `2210457`, not `2023`).
fn is_query_number_words(words: &[&str]) -> bool {
    let Some((last, lead)) = words.split_last() else {
        return false;
    };
    for (i, w) in lead.iter().enumerate() {
        let ends_in_letters = w.chars().last().is_some_and(char::is_alphabetic);
        let leads = is_code(w) || (ends_in_letters && is_number_word(w));
        let next_is_number = words
            .get(i + 1)
            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
        if !leads || !next_is_number {
            return false;
        }
    }
    let separated = last.contains(['/', '-', '–', '.']);
    is_number_word(last)
        && (separated || is_serial(last))
        && Drucksache::parse(&words.join(" ")).is_some()
}

/// A word made of letter and digit groups with `/`, `-` or `.` between them, holding a digit;
/// a `.` only beside `/` or `-` (`0298.2/2022`, `VO/1242/21/Neuf.`; not a date or an amount).
fn is_number_word(w: &str) -> bool {
    w.chars().any(|c| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '–' | '.'))
        && w.starts_with(char::is_alphanumeric)
        && (!w.contains('.') || w.contains(['/', '-', '–']))
}

/// Digits only, five or more or with a leading zero: a number rather than a year or a count.
fn is_serial(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit()) && (w.len() >= MIN_SERIAL_DIGITS || w.starts_with('0'))
}

static QUERY_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[A-Za-z]{1,8}/\d*|(?:[A-Za-z]{1,8}/)?\d{1,6}/[0-9A-Za-z/]*)\*$")
        .expect("valid regex")
});

/// True when a query token asks for every number starting with it (`VO/12*`, `1254/2*`).
pub(crate) fn is_query_prefix(token: &str) -> bool {
    QUERY_PREFIX.is_match(token)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ds(s: &str) -> Drucksache {
        Drucksache::parse(s).unwrap()
    }

    #[test]
    fn shape_of_a_number() {
        assert_eq!(ds("VO/1254/21 /").as_str(), "VO/1254/21");
        assert_eq!(ds("20-26 / V 02272").as_str(), "20-26 / V 02272");
        assert!(Drucksache::parse("17").is_none());
        assert!(Drucksache::parse("14–20 / V").is_none());
        assert!(Drucksache::parse("Seite").is_none());
        assert!(Drucksache::parse(&"1".repeat(41)).is_none());
        assert_eq!(ds("78/2023").prefixed("GRDrs:").as_str(), "GRDrs 78/2023");
        assert_eq!(ds("2024/117").prefixed("KT-").as_str(), "KT-2024/117");
        assert!(Drucksache::parse("16/31").is_none());
        let short = |s: &str| Drucksache::parse_period_serial(s).map(|d| d.into_string());
        assert_eq!(short("16/31").as_deref(), Some("16/31"));
        assert_eq!(short("16/9").as_deref(), Some("16/9"));
        assert_eq!(short("2/2025"), None);
        assert_eq!(short("16/31/2"), None);
        assert_eq!(short("DS 16/31"), None);
    }

    #[test]
    fn shapes_of_a_numbers_words() {
        // invented words: numbers, codes, phones and look-alikes
        assert!(is_separated("19/2026") && is_separated("2026-118") && !is_separated("2026"));
        assert!(is_digits_and("027/2031", &SEPARATORS) && is_digits_and("1203", &SEPARATORS));
        assert!(!is_digits_and("A/12", &SEPARATORS) && !is_digits_and("/", &['/']));
        assert!(has_slash_and_digit("VO/12/21") && !has_slash_and_digit("und/oder"));
        assert!(is_slashed_number("2026/0031-1") && !is_slashed_number("Haushalt/2026"));
        assert!(is_capital_code("AR") && !is_capital_code("GRDrs") && is_code("GRDrs"));
        assert!(is_phone("04521/88-1234") && !is_phone("0088/2021") && !is_phone("0871/22-1-A"));
    }

    #[test]
    fn keys_and_core() {
        assert_eq!(key("VO/1254/21"), "VO/1254/21");
        assert_eq!(key("vo / 1254 / 21"), "VO/1254/21");
        assert_eq!(key("V/0456/2022"), "V/456/2022");
        assert_eq!(key("VO1254"), "VO/1254");
        assert_eq!(core("VO/1254/21"), "1254/21");
        assert_eq!(core("1254/21"), "1254/21");
        assert_eq!(core("DS 17/1234"), "17/1234");
        assert_eq!(ds("20-26 / V 02232").key(), "20/26/V/2232");
        let parts = ds("20-26 / V 01203").partial_keys();
        for p in ["1203", "V/1203", "26/V/1203", "20/26/V/1203"] {
            assert!(parts.contains(&p.to_string()), "{p} in {parts:?}");
        }
        assert!(!parts.contains(&"20/26".to_string()));
        assert!(ds("A-R/0017/2022").partial_keys().contains(&"R/17".into()));
        assert!(ds("VO/0087/21").partial_keys().contains(&"87".into()));
    }

    #[test]
    fn typed_numbers_in_a_query() {
        let n = |q: &str| query_words(&q.split(' ').collect::<Vec<_>>());
        assert_eq!(n("DS 17/1234"), 2);
        assert_eq!(n("20-26/V 02232"), 2);
        assert_eq!(n("V 02232"), 2);
        assert_eq!(n("KT-DS 27/2023 Haushalt"), 2);
        assert_eq!(n("VO/1242/21/Neuf."), 1);
        assert_eq!(n("0298.2/2022"), 1);
        assert_eq!(n("01203"), 1);
        assert_eq!(n("2210457"), 1);
        for plain in [
            "2023",
            "Haushalt 2023",
            "ÖPNV 2023",
            "Tempo 30",
            "5G",
            "01.09.2021",
            "1.250.000",
            "5-10",
            "-17/1234",
        ] {
            assert_eq!(n(plain), 0, "{plain}");
        }
        assert!(is_query_number("20-26/V 02232"));
        assert!(!is_query_number("Haushalt 2023"));
        assert!(is_query_prefix("VO/12*"));
        assert!(is_query_prefix("1254/2*"));
        assert!(!is_query_prefix("digitalis*"));
    }
}
