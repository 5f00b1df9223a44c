//! What the title strategies share: where a title's paragraph ends, and which lines never
//! belong to a title (headings, other labels, table rows, `öffentlich`).

use super::super::dates;
use super::super::doc::{DLine, Doc, is_heading};
use super::super::text::join_lines;
use crate::fold::alnum as fold_alnum;
use crate::vocab::{LabelSet, Labels, Vocabulary};

/// At most this many lines make a title.
pub(super) const MAX_TITLE_LINES: usize = 5;

/// True when a line cannot continue a title: a heading, another label, a table row.
pub(super) fn stops_title(line: &DLine, labels: &Labels, vocab: &Vocabulary) -> bool {
    let headings = vocab.labels(LabelSet::Headings);
    is_heading(line, headings)
        || labels.starts(&line.text)
        || line.cells.len() > 2
        || line.furniture
        || (line.cells.len() == 2 && dates::first_date(&line.text, vocab).is_some())
}

/// True when a line only says `öffentlich` / `nicht öffentlich` (or a variant of the vocabulary).
pub(super) fn is_public_marker(line: &DLine, vocab: &Vocabulary) -> bool {
    let f = fold_alnum(&line.text);
    vocab.public.has_alnum(&f) || vocab.nonpublic.has_alnum(&f)
}

/// Collect the lines of a paragraph starting at `start` (until a break, a heading or a label; with
/// `column`, the left edge of a grid's value cell, until a line that starts left of it).
pub(super) fn paragraph(
    doc: &Doc,
    start: usize,
    first: &str,
    column: Option<f32>,
    vocab: &Vocabulary,
    stop_labels: &Labels,
) -> String {
    let pitch = doc.line_pitch();
    let mut title = first.trim().to_string();
    let mut i = start;
    let mut n = usize::from(!title.is_empty());
    while n < MAX_TITLE_LINES {
        let Some(next) = doc.lines.get(i + 1) else {
            break;
        };
        // A `hier:` line narrows the subject above it (layout family: Word templates of
        // Verbandsgemeinden and Landkreise, `Betreff:` / bold subject / plain `hier: …`): it
        // goes on the title although `hier:` is a title label of its own, across a paragraph gap.
        let narrows = !title.is_empty()
            && next
                .text
                .trim_start()
                .get(..5)
                .is_some_and(|h| h.eq_ignore_ascii_case("hier:"));
        if !title.is_empty() && !narrows && doc.break_after(i, pitch) {
            break;
        }
        // A value in a grid's value column (`Gegenstand: | Fehlende Hortplätze …`) goes on only
        // in that column: a line that starts left of it is the body's (layout family: ALLRIS-like
        // grids whose last row is the subject, the body right under the grid).
        if column.is_some_and(|x0| next.cells.first().is_none_or(|c| c.x0 < x0 - 4.0)) {
            break;
        }
        // A line cannot end a title on an article or preposition (`… Ergänzung zur` /
        // `Vorlage BV/0234/2024`): the next line continues it even when it opens with a label word.
        let dangling = narrows
            || ends_with_function_word(&title)
                && next.cells.len() == 1
                && !next.furniture
                && !next.text.ends_with(':')
                && !is_heading(next, vocab.labels(LabelSet::Headings));
        if !dangling && (stops_title(next, stop_labels, vocab) || is_public_marker(next, vocab)) {
            break;
        }
        // An introducing sentence (`Der Rat möge beschließen:`) starts the body.
        if next.text.ends_with(':') && next.text.split_whitespace().count() > 3 {
            break;
        }
        // A field of its own (`Anlagen: Antrag.pdf`, `Gesendet: …`): one capitalised word and
        // a colon with its value.
        if !dangling
            && next.text.split_once(':').is_some_and(|(head, value)| {
                !head.contains(' ')
                    && head.chars().count() >= 3
                    && head.chars().next().is_some_and(char::is_uppercase)
                    && !value.trim().is_empty()
            })
        {
            break;
        }
        // A title line ending with a full stop is complete — not on an ordinal (`Baubeschluss
        // 2.` / `Bauabschnitt`, `1.` / `Änderung`) nor on `Nr.`.
        let ordinal = title
            .rsplit(char::is_whitespace)
            .next()
            .and_then(|w| w.strip_suffix('.'))
            .is_some_and(|n| {
                !n.is_empty() && n.len() <= 2 && n.chars().all(|c| c.is_ascii_digit())
            });
        if title.ends_with('.') && !title.ends_with("Nr.") && !ordinal {
            break;
        }
        // A change of font (size, or weight after the first title line) starts the body — but
        // for a `hier:` line (see `narrows` above), printed in its own weight.
        if let Some(cur) = doc.lines.get(i)
            && n > 0
            && !(narrows && (cur.size - next.size).abs() <= 0.8)
            && ((cur.size - next.size).abs() > 0.8 || (i > start && cur.bold != next.bold))
        {
            break;
        }
        title = join_lines(&title, &next.text);
        i += 1;
        n += 1;
    }
    title
}

/// True when text ends with a word that cannot end a title (`zur`, `der`, `für`, `und`).
pub(super) fn ends_with_function_word(t: &str) -> bool {
    const WORDS: [&str; 27] = [
        "zur", "zum", "zu", "der", "die", "das", "des", "dem", "den", "für", "und", "oder", "von",
        "vom", "mit", "im", "in", "auf", "an", "am", "über", "bei", "ab", "bis", "gemäß", "nach",
        "sowie",
    ];
    // A dash at the end announces the rest (`Umsetzung des Gesetzes –` / `Stand 2024`), unless
    // it closes a pair (`Zum Beschluss – Neugestaltung des Platzes –`).
    let is_dash = |w: &str| matches!(w, "–" | "-" | "—");
    let dashes = t.split_whitespace().filter(|w| is_dash(w)).count();
    // A range broken after its dash (`Kita-Bedarfsplan 2027–` / `2031 – Bericht`; layout family:
    // labelled subjects wrapped inside a span of years) goes on too.
    let open_range = |w: &str| {
        w.chars().count() > 1
            && w.ends_with(['–', '—'])
            && w.chars().rev().nth(1).is_some_and(|c| c.is_ascii_digit())
    };
    t.split_whitespace().last().is_some_and(|w| {
        WORDS.contains(&w.to_lowercase().as_str())
            || (is_dash(w) && dashes % 2 == 1)
            || open_range(w)
    })
}

/// Every label that must not be swallowed into a title.
pub(super) fn stop_labels(vocab: &Vocabulary) -> Labels {
    Labels::union(&[
        vocab.labels(LabelSet::Drucksache),
        vocab.labels(LabelSet::Date),
        vocab.labels(LabelSet::Title),
        vocab.labels(LabelSet::Department),
        vocab.labels(LabelSet::Consultations),
        vocab.labels(LabelSet::Klimacheck),
        vocab.labels(LabelSet::Finance),
        vocab.labels(LabelSet::Salutations),
    ])
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_line_broken_inside_a_span_of_years_goes_on() {
        // Layout family: labelled subjects wrapped inside a span of years (invented).
        assert!(super::ends_with_function_word(
            "Fortschreibung des Schulentwicklungsplans 2031–"
        ));
        assert!(!super::ends_with_function_word("Sanierung der Kita-"));
        assert!(!super::ends_with_function_word("Haushalt 2031"));
        assert!(super::ends_with_function_word("Umsetzung des Gesetzes –"));
    }
}
