//! A labelled title: the value of `Betreff:` / `Gegenstand` (on the label line or below it),
//! joined across line breaks; a `hier:` line continues the subject printed right above it.

use super::super::doc::Doc;
use super::super::text::{chars_within, join_lines};
use super::lines::{MAX_TITLE_LINES, is_public_marker, paragraph, stops_title};
use crate::vocab::{LabelSet, Labels, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// A motion's type and legal basis used as the subject's label (`Antrag gemäß § 56 NKomVG:`,
/// `Anfrage nach § 11 der Geschäftsordnung:`).
static TYPE_BASIS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Antrag|Anfrage|Änderungsantrag|Dringlichkeitsantrag)\s+(?:gemäß|gem\.|nach)\s+§\s*\d+[a-z]?(?:\s+(?:Abs\.|Satz|Nr\.)\s*\d+)*(?:\s+(?:der|des)\s+(?P<law>[\p{L}\- ]+?)|\s+\p{Lu}(?P<abbr>\p{L}+))?\s*:",
    )
    .unwrap_or_else(|_| super::super::text::never())
});

/// Where a motion's type and legal basis used as a label ends ([`TYPE_BASIS`]): the law's name
/// holds 3–60 characters, its abbreviation 2–13.
fn type_basis_end(text: &str) -> Option<usize> {
    let c = TYPE_BASIS.captures(text)?;
    let law_ok = c
        .name("law")
        .is_none_or(|l| chars_within(l.as_str(), 3, 60));
    let abbr_ok = c
        .name("abbr")
        .is_none_or(|a| chars_within(a.as_str(), 1, 12));
    (law_ok && abbr_ok)
        .then(|| c.get(0).map(|m| m.end()))
        .flatten()
}

/// The value of the first title label on the first two pages that names a subject (a
/// `Bezug: Antrag Nr. …` cites another paper).
pub(super) fn find(doc: &Doc, vocab: &Vocabulary, stops: &Labels) -> Option<String> {
    let labels = vocab.labels(LabelSet::Title);
    let limit = doc
        .lines
        .iter()
        .position(|l| l.page > 2)
        .unwrap_or(doc.lines.len());
    for (i, line) in doc.lines.iter().enumerate().take(limit) {
        let Some(cell) = line.cells.first() else {
            continue;
        };
        let mut reference = false;
        let rest = match labels.strip(&cell.text) {
            Some((rest, label)) => {
                reference = label.alnum == "bezug";
                rest
            }
            None => match type_basis_end(&cell.text) {
                Some(end) => cell.text.get(end..).unwrap_or_default(),
                None => continue,
            },
        };
        // A label cell centred beside its value's two lines (`Entwicklung der Hilfen im Jahr` /
        // `Tagesordnungspunkt:` / `2023`, a table cell set vertically in the middle).
        if rest.trim().is_empty()
            && line.cells.len() == 1
            && let Some(t) = centred_beside(doc, i)
        {
            return Some(t);
        }
        let mut first = rest.to_string();
        // Further cells of the label line, up to another label (`Datum: …` to the right).
        for c in line.cells.iter().skip(1) {
            if stops.starts(&c.text) {
                break;
            }
            first = join_lines(&first, &c.text);
        }
        // The label alone in its cell, the value in the next: a grid's value column.
        let column = (rest.trim().is_empty())
            .then(|| line.cells.get(1).map(|c| c.x0))
            .flatten();
        let title = paragraph(doc, i, &first, column, vocab, stops);
        if super::names_only_the_paper(&title, vocab) || (reference && cites_a_paper(&title, vocab))
        {
            continue;
        }
        if title.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            // `Sanierung der Brücke X` / `hier: Vergabe`: a `hier:` line continues the subject
            // printed right above it.
            let continues = cell.text.trim_start().to_lowercase().starts_with("hier:");
            if continues && let Some(above) = subject_above(doc, i, vocab, stops) {
                return Some(format!("{above} hier: {title}"));
            }
            // `Betreff:` / subject line / the body's first sentences, all in one font: the
            // subject line alone, when it is complete.
            if super::is_body_prose(&title) {
                let line = if first.trim().is_empty() {
                    doc.lines
                        .get(i + 1)
                        .map(|l| l.text.trim())
                        .unwrap_or_default()
                } else {
                    first.trim()
                };
                let complete = !line.is_empty()
                    && line.len() < title.len()
                    && !super::is_body_prose(line)
                    && !line.ends_with([',', '-', '.', ':'])
                    && !super::lines::ends_with_function_word(line);
                return complete.then(|| line.to_string());
            }
            return Some(title);
        }
    }
    None
}

/// True for a `Bezug:` value that cites another paper by its type and number, whoever filed it
/// (`Anfrage VO/2025/431 von Dr. X`, `Antrag Nr. 12/2024 der Fraktion Y`; layout family: answers
/// whose header grid prints `Bezug:` above `Betreff:`): the paper's subject is the other label's.
fn cites_a_paper(t: &str, vocab: &Vocabulary) -> bool {
    let mut words = t.split_whitespace();
    let first = words.next().map(crate::fold::alnum).unwrap_or_default();
    !first.is_empty()
        && vocab.is_doc_type(&first)
        && words
            .take(2)
            .any(|w| w.chars().any(|c| c.is_ascii_digit()) && w.contains(['/', '-', '.']))
}

/// The value of the label on line `i` when it stands in two lines right of the label, one just
/// above and one just below it (closer than a line pitch), left-aligned with each other.
fn centred_beside(doc: &Doc, i: usize) -> Option<String> {
    let label = doc.lines.get(i)?;
    let cell = label.cells.first()?;
    let above = doc.lines.get(i.checked_sub(1)?)?;
    let below = doc.lines.get(i + 1)?;
    let pitch = doc.line_pitch();
    let (a, b) = (above.cells.first()?, below.cells.first()?);
    let beside = |l: &super::super::doc::DLine, c: &super::super::doc::DCell| {
        l.cells.len() == 1
            && l.page == label.page
            && c.x0 > cell.x1
            && (l.y - label.y).abs() < pitch
    };
    (beside(above, a) && beside(below, b) && (a.x0 - b.x0).abs() < 2.0)
        .then(|| join_lines(&a.text, &b.text))
}

/// The lines right above line `i` with no gap (at most [`MAX_TITLE_LINES`] - 1), when they are
/// single-cell text lines and not labels, salutations or headings: the subject a `hier:` line
/// continues.
fn subject_above(doc: &Doc, i: usize, vocab: &Vocabulary, stops: &Labels) -> Option<String> {
    let pitch = doc.line_pitch();
    let mut start = i;
    while start > 0 && i - start < MAX_TITLE_LINES - 1 {
        let Some(prev) = doc.lines.get(start - 1) else {
            break;
        };
        if doc.break_after(start - 1, pitch)
            || prev.cells.len() != 1
            || stops_title(prev, stops, vocab)
            || is_public_marker(prev, vocab)
            || prev.text.ends_with([':', '.', ','])
        {
            break;
        }
        start -= 1;
    }
    // The block must start a paragraph: a gap (or the page top) above its first line.
    if start == i || (start > 0 && !doc.break_after(start - 1, pitch)) {
        return None;
    }
    let mut out = String::new();
    for line in doc.lines.get(start..i)? {
        out = join_lines(&out, &line.text);
    }
    (out.chars().filter(|c| c.is_alphabetic()).count() >= 8).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grid_value_goes_on_only_in_its_column() {
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        // the body's first line right under the grid starts left of the value column
        let doc = Doc::from_text(
            "Fragesteller:        Stadtrat X\n\
             Gegenstand:          Fehlende Hortplätze an der Grundschule\n\
             Nach Auskunft von Eltern konnten 14 Kinder der\n\
             ersten Klasse keinen Platz erhalten.",
        );
        assert_eq!(
            find(&doc, &v, &stops),
            Some("Fehlende Hortplätze an der Grundschule".into())
        );
        // a value wrapped in its column goes on
        let doc = Doc::from_text(
            "Gegenstand:          Fehlende Hortplätze an der\n\
             \x20                    Grundschule Glesien\n\
             Nach Auskunft von Eltern.",
        );
        assert_eq!(
            find(&doc, &v, &stops),
            Some("Fehlende Hortplätze an der Grundschule Glesien".into())
        );
    }

    #[test]
    fn a_reference_label_citing_a_paper_gives_way() {
        let v = Vocabulary::embedded();
        assert!(cites_a_paper(
            "Anfrage VO/2025/431 von Dr. Malte Carstensen",
            &v
        ));
        assert!(cites_a_paper("Antrag Nr. 12/2024 der Fraktion", &v));
        assert!(!cites_a_paper("Antrag auf Förderung des Radverkehrs", &v));
        let doc = Doc::from_text(
            "Vorlage: VO/2025/9\nBezug:\nAnfrage VO/2025/8 von Frau X\n\nBetreff:\nAusbau der Kreisstraße 12\n\nZu 1: Der Ausbau beginnt 2026.",
        );
        let stops = super::super::lines::stop_labels(&v);
        assert_eq!(
            find(&doc, &v, &stops),
            Some("Ausbau der Kreisstraße 12".into())
        );
    }
}
