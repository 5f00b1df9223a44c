//! Dates as printed in German council documents: `01.09.2021`, `3.4.20`, `12. März 2022`,
//! `2022-03-12`, `Köln, den 8. November 2021`. A number that merely contains a date
//! (`80101911/26.06.2025`) is not a date. Digits are `[0-9]`: a date's numbers are read with
//! `str::parse`, which takes no other digits (and Unicode's `\d` costs start-up to compile).

use super::text::{chars_within, never};
use crate::record::Date;
use crate::vocab::Vocabulary;
use regex::Regex;
use std::sync::LazyLock;

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{1,2})\s?\.\s?([0-9]{1,2})\s?\.\s?([0-9]{4}|[0-9]{2})")
        .unwrap_or_else(|_| never())
});

static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([0-9]{1,2})\.\s*([A-Za-zÄÖÜäöü]{3,9})\.?\s+([0-9]{4})")
        .unwrap_or_else(|_| never())
});

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"([0-9]{4})-([0-9]{2})-([0-9]{2})").unwrap_or_else(|_| never()));

/// `Köln, den 8. November 2021`, `Kiel, 3.4.2022`: a place, a comma, optional `den`, a date.
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    // A lower-case place only before `den` (a scan's `köln, den 23. Januar 2012`).
    Regex::new(
        r"^(?:[A-ZÄÖÜ](?P<upper>[\p{L}.()/ -]+),\s*(?:den\s+|am\s+)?|\p{Ll}(?P<lower>[\p{L}.-]+),\s*den\s+)(?P<day>\d)",
    )
    .unwrap_or_else(|_| never())
});

/// Where the date starts after a place and a comma at the start of `text` (see [`PLACE_DATE`]):
/// a capitalised place of 2–41 characters, a lower-case one of 3–31 only before `den`.
pub(crate) fn place_date_start(text: &str) -> Option<usize> {
    if !may_open_with_place_date(text) {
        return None;
    }
    let c = PLACE_DATE.captures(text)?;
    let place_ok = match (c.name("upper"), c.name("lower")) {
        (Some(p), _) => chars_within(p.as_str(), 1, 40),
        (_, Some(p)) => chars_within(p.as_str(), 2, 30),
        _ => false,
    };
    place_ok.then(|| c.name("day").map(|d| d.start())).flatten()
}

/// True unless `text` surely does not match [`PLACE_DATE`]: it opens with a capital `A`–`Ü` or
/// a lower-case letter, the characters up to its first comma are letters or `.()/ -` (the
/// place's classes hold no comma), and after the comma and white space come a digit, `den` or
/// `am` (wider classes than the pattern's, so every match passes). Most lines then neither
/// compile nor run the pattern.
fn may_open_with_place_date(text: &str) -> bool {
    let mut chars = text.chars();
    let opens = chars
        .next()
        .is_some_and(|c| matches!(c, 'A'..='Z' | 'Ä' | 'Ö' | 'Ü') || c.is_lowercase());
    let Some((place, rest)) = chars.as_str().split_once(',') else {
        return false;
    };
    let place_ok = place
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '.' | '(' | ')' | '/' | ' ' | '-'));
    let rest = rest.trim_start();
    let date_ok = rest.starts_with("den")
        || rest.starts_with("am")
        || rest.chars().next().is_some_and(char::is_numeric);
    opens && place_ok && date_ok
}

/// `…, Musterstadt, den 2. November` inside a cell: a capitalised place, a comma, `den`, a day.
pub(crate) static PLACE_DEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s[A-ZÄÖÜ][\p{L}.-]+(?: [A-ZÄÖÜ][\p{L}.-]+)?,\s*den\s+(\d)")
        .unwrap_or_else(|_| never())
});

/// `Erlangen 04.11.2020`: one or two capitalised words and a date that ends the cell.
pub(crate) static PLACE_DATE_NO_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-ZÄÖÜ][\p{L}-]+(?: [A-ZÄÖÜ][\p{L}.-]+)?\s+(?:den\s+)?(\d)")
        .unwrap_or_else(|_| never())
});

/// A date found in a text, with its byte span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct FoundDate {
    /// The date.
    pub(crate) date: Date,
    /// Start byte.
    pub(crate) start: usize,
    /// End byte.
    pub(crate) end: usize,
}

/// Build a date; two-digit years are read as 20yy below 70, else 19yy.
pub(crate) fn make_date(year: i32, month: u8, day: u8) -> Option<Date> {
    let year = match year {
        0..=69 => 2000 + year,
        70..=99 => 1900 + year,
        _ => year,
    };
    if !(1900..=2100).contains(&year) {
        return None;
    }
    Date::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
    )
    .ok()
}

/// True when the match is glued to other number material (`/26.06.2025`, `1.2.3.2020`, `12.05.20213`).
fn glued(s: &str, start: usize, end: usize) -> bool {
    let before = s.get(..start).and_then(|b| b.chars().next_back());
    let after = s.get(end..).and_then(|a| a.chars().next());
    let bad_before =
        before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '.' | '-' | '_'));
    let bad_after = after.is_some_and(|c| c.is_alphanumeric() || matches!(c, '/' | '_'))
        || s.get(end..).is_some_and(|a| {
            let mut it = a.chars();
            matches!((it.next(), it.next()), (Some('.' | '-'), Some(d)) if d.is_ascii_digit())
        });
    bad_before || bad_after
}

/// Every date in `s`, left to right.
pub(crate) fn find_dates(s: &str, vocab: &Vocabulary) -> Vec<FoundDate> {
    let mut out: Vec<FoundDate> = Vec::new();
    for c in NUMERIC.captures_iter(s) {
        let Some(m) = c.get(0) else { continue };
        if glued(s, m.start(), m.end()) {
            continue;
        }
        let num = |i| c.get(i).and_then(|g| g.as_str().parse::<i32>().ok());
        let (Some(d), Some(mo), Some(y)) = (num(1), num(2), num(3)) else {
            continue;
        };
        if let Some(date) = make_date(
            y,
            u8::try_from(mo).unwrap_or(0),
            u8::try_from(d).unwrap_or(0),
        ) {
            out.push(FoundDate {
                date,
                start: m.start(),
                end: m.end(),
            });
        }
    }
    for c in NAMED.captures_iter(s) {
        let Some(m) = c.get(0) else { continue };
        if glued(s, m.start(), m.end()) {
            continue;
        }
        let month = c.get(2).and_then(|g| vocab.month(g.as_str()));
        let day = c.get(1).and_then(|g| g.as_str().parse::<u8>().ok());
        let year = c.get(3).and_then(|g| g.as_str().parse::<i32>().ok());
        if let (Some(d), Some(mo), Some(y)) = (day, month, year)
            && let Some(date) = make_date(y, mo, d)
        {
            out.push(FoundDate {
                date,
                start: m.start(),
                end: m.end(),
            });
        }
    }
    for c in ISO.captures_iter(s) {
        let Some(m) = c.get(0) else { continue };
        if glued(s, m.start(), m.end()) {
            continue;
        }
        let num = |i| c.get(i).and_then(|g| g.as_str().parse::<i32>().ok());
        if let (Some(y), Some(mo), Some(d)) = (num(1), num(2), num(3))
            && let Some(date) = make_date(
                y,
                u8::try_from(mo).unwrap_or(0),
                u8::try_from(d).unwrap_or(0),
            )
        {
            out.push(FoundDate {
                date,
                start: m.start(),
                end: m.end(),
            });
        }
    }
    out.sort_by_key(|f| f.start);
    out
}

/// The date a text opens with (the words after a session's `am`, a key's value), or None.
pub(crate) fn date_at_start(s: &str, vocab: &Vocabulary) -> Option<FoundDate> {
    find_dates(s, vocab)
        .into_iter()
        .next()
        .filter(|d| d.start == 0)
}

/// The first date in `s`.
pub(crate) fn first_date(s: &str, vocab: &Vocabulary) -> Option<Date> {
    find_dates(s, vocab).first().map(|f| f.date)
}

/// A day and month name without a year (`2. November`, wrapped before the year).
pub(crate) fn day_month_without_year(s: &str, vocab: &Vocabulary) -> Option<(u8, u8)> {
    static DM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\d{1,2})\.\s*([A-Za-zÄÖÜäöü]{3,9})\.?\s*$").unwrap_or_else(|_| never())
    });
    let c = DM.captures(s.trim())?;
    let day = c.get(1)?.as_str().parse::<u8>().ok()?;
    let month = vocab.month(c.get(2)?.as_str())?;
    Some((day, month))
}

/// True when the whole (trimmed) text is just a date.
pub(crate) fn is_only_date(s: &str, vocab: &Vocabulary) -> bool {
    let t = s.trim();
    find_dates(t, vocab)
        .first()
        .is_some_and(|f| f.start == 0 && f.end == t.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).expect("valid")
    }

    #[test]
    fn numeric_named_iso_and_two_digit_years() {
        let v = Vocabulary::embedded();
        assert_eq!(first_date("Datum: 01.09.2021", &v), Some(d(2021, 9, 1)));
        assert_eq!(first_date("vom 3.4.20 an", &v), Some(d(2020, 4, 3)));
        assert_eq!(
            first_date("Musterstadt, den 12. März 2022", &v),
            Some(d(2022, 3, 12))
        );
        assert_eq!(first_date("Kiel, 5. Okt. 2019", &v), Some(d(2019, 10, 5)));
        assert_eq!(first_date("Stand 2023-01-31", &v), Some(d(2023, 1, 31)));
    }

    #[test]
    fn numbers_are_not_dates() {
        let v = Vocabulary::embedded();
        assert_eq!(first_date("80101911/26.06.2025", &v), None);
        assert_eq!(first_date("Produkt 03.01.01.05", &v), None);
        assert_eq!(first_date("Vorlage 0298.2/2022", &v), None);
        assert_eq!(first_date("31.02.2022", &v), None);
    }

    #[test]
    fn wrapped_day_month() {
        let v = Vocabulary::embedded();
        assert_eq!(
            day_month_without_year("Hagen, den 2. November", &v),
            Some((2, 11))
        );
        assert!(is_only_date(" 07.10.2022 ", &v));
        assert!(!is_only_date("07.10.2022 Rat", &v));
    }
}
