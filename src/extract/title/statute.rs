//! A statute's heading as its title (layout family: Satzungen, Verordnungen, Ordnungen and
//! Richtlinien as published, no paper type printed): the lines at the top of page 1 that open
//! with a legal instrument's name (`Satzung` / `über die Straßenreinigung` /
//! `(Straßenreinigungssatzung – StrRS)`, `Hauptsatzung der Gemeinde …`, `Verordnung des
//! Innenministeriums über …`), up to the preamble (`Aufgrund …`), the contents or a date line,
//! without the date of issue (`vom 19.08.1993`).

use super::super::doc::Doc;
use super::super::text::join_lines;
use crate::vocab::{LabelSet, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// The heading is looked for in this many lines at the top of page 1.
const TOP_LINES: usize = 8;
/// A heading holds at most this many lines.
const MAX_LINES: usize = 6;

/// Where the heading ends: the date of issue or of the version (`vom 19.08.1993`, `Vom
/// 27. September 2022`, `in der Fassung vom …`, `Stand: …`).
static DATE_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*(?:\bin\s+der\s+Fassung\b|\bvom\s+\d|\bStand\b\s*:)")
        .unwrap_or_else(|_| super::super::text::never())
});

/// A line after which the heading is over: the preamble, the contents, a section, a date line.
static STOP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:auf\s*grund\b|aufgrund\b|inhalt|präambel|§|stand\b|version\b|vom\s+\d|vom\b\s*$|gültig|in\s+kraft|erlassen|die\s+gemeindevertretung|der\s+gemeinderat|der\s+stadtrat|\d+\s*$|-\s*\d+\s*-)",
    )
    .unwrap_or_else(|_| super::super::text::never())
});

/// True when `word` names a legal instrument (`Satzung`, `Hauptsatzung`,
/// `Gefahrenabwehrverordnung`, `Richtlinien`): a capitalised word ending in a statute word.
fn is_instrument(word: &str, vocab: &Vocabulary) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = word.to_lowercase();
    word.chars().next().is_some_and(char::is_uppercase)
        && vocab
            .labels(LabelSet::StatuteWords)
            .iter()
            .any(|w| lower.ends_with(w.lower.as_str()))
}

/// The heading of a statute at the top of page 1, if the page opens with one.
pub(super) fn heading(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    // A running header counts: a statute's is its name.
    let start = (0..doc.lines.len())
        .take_while(|&i| doc.lines.get(i).is_some_and(|l| l.page == 1))
        .take(TOP_LINES)
        .find(|&i| {
            doc.lines
                .get(i)
                .is_some_and(|l| opens_heading(&l.text, vocab) && l.cells.len() == 1)
        })?;
    let mut title = String::new();
    let mut ended = false;
    for (lines, line) in doc.lines.iter().skip(start).take(MAX_LINES).enumerate() {
        let text = line.text.trim();
        let words = text.split_whitespace().count();
        if line.page != 1
            || (lines > 0
                && (STOP.is_match(text)
                    || line.cells.len() != 1
                    // The heading printed again (a running header over the first one).
                    || opens_heading(text, vocab)))
            || text.ends_with(':')
            // Running text: the preamble's sentence.
            || words > 16
        {
            ended = true;
            break;
        }
        title = join_lines(&title, text);
        if DATE_TAIL.is_match(text) {
            ended = true;
            break;
        }
    }
    let end = DATE_TAIL.find(&title).map_or(title.len(), |m| m.start());
    let title = title.get(..end).unwrap_or(&title).trim().to_string();
    // A heading cut off by the line limit (`… des Wirtschaftsministeri-`) is no title.
    let cut =
        !ended && (title.ends_with(['-', ',']) || super::lines::ends_with_function_word(&title));
    (title.split_whitespace().count() >= 2 && !cut).then_some(title)
}

/// True for a line that opens a statute's heading: a legal instrument's name first (after an
/// ordinal: `1. Satzung zur Änderung …`), not followed by a number (`Richtlinie Nr. 02/2022` is
/// the statute's number).
fn opens_heading(text: &str, vocab: &Vocabulary) -> bool {
    let mut words = text.split_whitespace();
    let mut first = words.next().unwrap_or("");
    if first.ends_with('.')
        && first
            .trim_end_matches('.')
            .chars()
            .all(|c| c.is_ascii_digit())
    {
        first = words.next().unwrap_or("");
    }
    let numbered = words
        .next()
        .is_some_and(|w| w.starts_with("Nr") || w.chars().any(|c| c.is_ascii_digit()));
    // `(Straßenreinigungssatzung – StrRS)` is the short name under the heading.
    !first.starts_with('(') && is_instrument(first, vocab) && !numbered
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heading_of(text: &str) -> Option<String> {
        heading(&Doc::from_text(text), &Vocabulary::embedded())
    }

    #[test]
    fn a_statute_is_titled_by_its_heading() {
        assert_eq!(
            heading_of(
                "-1-\nSatzung\nüber die Straßenreinigung\n(Straßenreinigungssatzung – StrRS)\n\
                 Aufgrund des § 5 der Gemeindeordnung hat die Gemeindevertretung folgende Satzung beschlossen:\n"
            )
            .as_deref(),
            Some("Satzung über die Straßenreinigung (Straßenreinigungssatzung – StrRS)")
        );
        assert_eq!(
            heading_of(
                "Satzung über die Benutzung der Feldwege\n(Feldwegeordnung)\n\
                 der Gemeinde Talbrück vom 19.08.1993\nAufgrund des § 5 …\n"
            )
            .as_deref(),
            Some("Satzung über die Benutzung der Feldwege (Feldwegeordnung) der Gemeinde Talbrück")
        );
        assert_eq!(
            heading_of(
                "DER GEMEINDEVORSTAND\n1. Satzung zur Änderung der Abfallsatzung der Gemeinde Talbrück in der Fassung\nvom 12.12.2024\n"
            )
            .as_deref(),
            Some("1. Satzung zur Änderung der Abfallsatzung der Gemeinde Talbrück")
        );
        assert_eq!(
            heading_of(
                "Richtlinie Nr. 02/2022\nRichtlinie\nder Gemeinde Talbrück\nzur Unterstützung der Vereine\nStand: 04.07.2022\n"
            )
            .as_deref(),
            Some("Richtlinie der Gemeinde Talbrück zur Unterstützung der Vereine")
        );
        assert_eq!(
            heading_of(
                "Satzung über Verwaltungskosten der Gemeinde Talbrück\n(Verwaltungskostensatzung)\nSatzung\nüber Verwaltungskosten\n"
            )
            .as_deref(),
            Some("Satzung über Verwaltungskosten der Gemeinde Talbrück (Verwaltungskostensatzung)")
        );
        assert_eq!(
            heading_of("Satzung der Stadt Auenfeld über Orts- und\nStadtteilbeiräte\nInhaltsverzeichnis\n§ 1 Zuständigkeit\n")
                .as_deref(),
            Some("Satzung der Stadt Auenfeld über Orts- und Stadtteilbeiräte")
        );
    }

    #[test]
    fn other_papers_have_no_statute_heading() {
        for text in [
            "Stadt Auenfeld\nBeschlussvorlage\nNeubau der Feuerwache\n",
            "GEMEINDE TALBRÜCK\nAufgrund der §§ 5, 51 der Gemeindeordnung hat die Gemeindevertretung die folgende Satzung beschlossen:\n",
            "Richtlinie Nr. 02/2022\n",
            "Vergabekriterien\nfür Betreuungsplätze\n",
        ] {
            assert_eq!(heading_of(text), None, "{text}");
        }
    }
}
