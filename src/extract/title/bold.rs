//! A subject set in bold without a label: the first bold paragraph of page 1 between the header
//! lines and the body (`Antrag` / **Sichere Schulwege …** / Beratungsfolge; **Anfrage Nr. … –
//! Turnhallen** / `Sehr geehrter Herr …,`; `Mitteilung des Senats` / **Schulsozialarbeit …**).
//! Used when no other strategy finds a title: the typography is the only evidence.

use super::super::doc::{DLine, Doc, is_heading};
use super::super::doctype;
use super::super::text::{is_enumerated_heading, is_enumerator, join_lines};
use super::lines::stops_title;
use crate::vocab::{LabelSet, Labels, Vocabulary};

/// At most this many bold lines make the subject.
const MAX_LINES: usize = 3;

/// The bold paragraphs of page 1 that may be its subject, best first, read up to line
/// `header_end` (the first heading or salutation) and never past the first line of body prose
/// (the caller takes the first that may be a title: a Fraktion's bold letterhead line is not).
pub(super) fn subject(
    doc: &Doc,
    vocab: &Vocabulary,
    stops: &Labels,
    header_end: usize,
) -> Vec<String> {
    let salutations = vocab.labels(LabelSet::Salutations);
    let headings = vocab.labels(LabelSet::Headings);
    let pitch = doc.line_pitch();
    let end = doc
        .lines
        .iter()
        .take(header_end.max(1))
        .position(|l| l.page > 1 || salutations.starts(&l.text) || is_prose(l))
        .unwrap_or(header_end.min(doc.lines.len()));
    let mut blocks: Vec<String> = Vec::new();
    let mut letterhead = None;
    let first_line = doc.lines.iter().position(|l| !l.furniture).unwrap_or(0);
    let mut i = 0;
    while i < end {
        let Some(line) = doc.lines.get(i) else { break };
        if !line.bold || line.cells.len() > 1 || line.furniture {
            i += 1;
            continue;
        }
        // The bold paragraph: lines of the same size without a gap, up to MAX_LINES.
        let mut text = line.text.clone();
        let mut j = i;
        while j + 1 < end
            && j + 1 - i < MAX_LINES
            && !doc.break_after(j, pitch)
            && doc.lines.get(j + 1).is_some_and(|n| {
                n.bold
                    && n.cells.len() == 1
                    && (n.size - line.size).abs() < 0.6
                    && !is_heading(n, headings)
                    && !is_enumerated_heading(&n.text)
            })
        {
            j += 1;
            text = join_lines(&text, doc.lines.get(j).map_or("", |l| l.text.as_str()));
        }
        let over_long = !doc.break_after(j, pitch)
            && doc
                .lines
                .get(j + 1)
                .is_some_and(|n| n.bold && j + 1 < end && j + 1 - i >= MAX_LINES);
        if !over_long && is_subject(line, &text, vocab, stops, headings) {
            // The page's first line is its letterhead (a Fraktion's name in bold over the
            // paper): a subject only when no other bold paragraph is.
            if i == first_line {
                letterhead = Some(text);
            } else {
                blocks.push(text);
            }
        }
        i = j + 1;
    }
    // A type line (`Stellungnahme der Verwaltung`, `Anfrage in der Fragestunde …`) is the
    // subject only when no other bold paragraph is (`Anfrage zur Hausarztversorgung …`).
    let typed = |t: &String| doctype::opens_with_type(t, vocab);
    let (typed, plain): (Vec<String>, Vec<String>) = blocks.into_iter().partition(typed);
    plain
        .into_iter()
        .chain(typed.into_iter().rev())
        .chain(letterhead)
        .collect()
}

/// True for a bold paragraph that may be a subject: words, not a label, heading, enumerated
/// item or sentence ending in a colon.
fn is_subject(
    first: &DLine,
    text: &str,
    vocab: &Vocabulary,
    stops: &Labels,
    headings: &Labels,
) -> bool {
    let words = text.split_whitespace().count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let enumerated = text.split_whitespace().next().is_some_and(is_enumerator);
    let opens = text
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '„' | '"' | '»'));
    let balanced = text.matches('(').count() == text.matches(')').count();
    opens
        && balanced
        && words >= 3
        && letters >= 8
        && !enumerated
        && !text.ends_with([':', ',', ';'])
        && !is_heading(first, headings)
        // `Anfrage Nr. AF0455/24 – Turnhallen`: an answer letter's subject names the Anfrage
        // with its number label.
        && (!stops_title(first, stops, vocab)
            || (words >= 5 && !is_heading(first, headings) && doctype::opens_with_type(text, vocab)))
        && !vocab.is_doc_type(&crate::fold::alnum(text))
}

/// A line of body prose: regular type, twelve words or more, or a sentence of five words or more
/// that ends in a full stop or colon.
fn is_prose(l: &DLine) -> bool {
    let words = l.text.split_whitespace().count();
    !l.bold && l.cells.len() == 1 && (words >= 12 || (words >= 5 && l.text.ends_with(['.', ':'])))
}
