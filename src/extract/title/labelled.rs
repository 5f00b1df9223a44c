//! A labelled title: the value of `Betreff:` / `Gegenstand` (on the label line or below it),
//! joined across line breaks; a `hier:` line continues the subject printed right above it.

use super::super::doc::{DCell, DLine, Doc};
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
    // The pattern opens with the type (case-sensitive) and holds `§`: other texts neither
    // compile nor run it.
    let opens = [
        "Antrag",
        "Anfrage",
        "Änderungsantrag",
        "Dringlichkeitsantrag",
    ]
    .iter()
    .any(|t| text.starts_with(t));
    if !opens || !text.contains('§') {
        return None;
    }
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
                without_genitive_type(rest, vocab)
            }
            None => match type_basis_end(&cell.text)
                .or_else(|| compound_label_end(&cell.text))
                .or_else(|| type_key_end(doc, i, vocab))
            {
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
            // A centred `Bezug:` cites the paper answered; the subject is the next label's.
            if super::names_only_the_paper(&t, vocab) || (reference && cites_a_paper(&t, vocab)) {
                continue;
            }
            return Some(t);
        }
        let mut first = rest.to_string();
        // Further cells of the label line, up to another label (`Datum: …` to the right) or a
        // cell of another column: once the line holds a value, a cell far right of it (more than
        // four font sizes away) is a side column's (layout family: Landkreis headers with the
        // subject left and `Vorlage-Nr.` / number right on the same baselines).
        let mut right = cell.x1;
        for c in line.cells.iter().skip(1) {
            // The value's first cell may open with a label word printed as a word of the
            // subject (`Thema: | Stand des Glasfaserausbaus …`, not `Stand: 05.02.2026`).
            let label_cell = if first.trim().is_empty() {
                is_label_cell(stops, &c.text)
            } else {
                stops.starts(&c.text)
            };
            if label_cell || (!first.trim().is_empty() && c.x0 - right > 4.0 * line.size) {
                break;
            }
            first = join_lines(&first, &c.text);
            right = c.x1;
        }
        // The label alone in its cell, the value in the next: a grid's value column.
        let column = (rest.trim().is_empty())
            .then(|| line.cells.get(1).map(|c| c.x0))
            .flatten();
        let title = if ends_short(doc, i, rest) {
            first.trim().to_string()
        } else {
            paragraph(doc, i, &first, column, vocab, stops)
        };
        if super::names_only_the_paper(&title, vocab) || (reference && cites_a_paper(&title, vocab))
        {
            continue;
        }
        if title.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            // `Sanierung der Brücke X` / `hier: Vergabe`: a `hier:` line continues the subject
            // printed right above it.
            let continues = cell.text.trim_start().to_lowercase().starts_with("hier:");
            if continues && let Some(above) = subject_above(doc, i, cell, vocab, stops) {
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
/// whose header grid prints `Bezug:` above `Betreff:`), the filer before the number too
/// (`Anfrage der SPD-Fraktion, Drucksache 16/2201`; layout family: ALLRIS answers printing the
/// bold subject over a `Bezug:` line): the paper's subject is the other label's or the line's
/// above.
fn cites_a_paper(t: &str, vocab: &Vocabulary) -> bool {
    let mut words = t.split_whitespace();
    let first = words.next().map(crate::fold::alnum).unwrap_or_default();
    !first.is_empty()
        && vocab.is_doc_type(&first)
        && words
            .take(8)
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
    // closer than a line pitch, or than a paragraph gap of the label's font (a table's rows set
    // with wider leading than the body)
    let near = pitch.max(1.6 * label.size);
    let beside = |l: &super::super::doc::DLine, c: &super::super::doc::DCell| {
        l.cells.len() == 1 && l.page == label.page && c.x0 > cell.x1 && (l.y - label.y).abs() < near
    };
    (beside(above, a) && beside(below, b) && (a.x0 - b.x0).abs() < 2.0)
        .then(|| join_lines(&a.text, &b.text))
}

/// Where the key cell of a grid row ends when the key is the paper's type (`Antrag | Barrierefreier
/// Zugang zum Bahnhof` over `Sitzung | Stadtverordnetenversammlung am …`; layout family: motion
/// letters whose key/value rows name the motion by its type): the row holds a key and one value
/// of three words or more, and a row right above or below it is a key/value row of the same two
/// columns.
fn type_key_end(doc: &Doc, i: usize, vocab: &Vocabulary) -> Option<usize> {
    let line = doc.lines.get(i)?;
    let [key, value] = line.cells.as_slice() else {
        return None;
    };
    let f = crate::fold::alnum(&key.text);
    if f.is_empty() || !vocab.is_doc_type(&f) || value.text.split_whitespace().count() < 3 {
        return None;
    }
    let same_grid = |k: usize| {
        doc.lines.get(k).is_some_and(|l| {
            l.page == line.page
                && (l.y - line.y).abs() < 2.0 * line.size
                && matches!(l.cells.as_slice(), [a, b]
                    if (a.x0 - key.x0).abs() < 2.0 && (b.x0 - value.x0).abs() < 2.0)
        })
    };
    (same_grid(i + 1) || i.checked_sub(1).is_some_and(same_grid)).then_some(key.text.len())
}

/// True for a cell that is a label: the label alone, printed with its colon, or before a number
/// (`Stand: 05.02.2026`, `Datum 12.03.2031`, `Drucksache`); a label word opening a subject
/// (`Stand des Glasfaserausbaus …`) is none.
fn is_label_cell(stops: &Labels, text: &str) -> bool {
    let Some((rest, _)) = stops.strip(text) else {
        return false;
    };
    let consumed = text.get(..text.len() - rest.len()).unwrap_or_default();
    rest.trim().is_empty()
        || consumed.contains(':')
        || rest.trim_start().starts_with([':', '('])
        || rest.trim_start().starts_with(|c: char| c.is_ascii_digit())
}

/// The lines right above line `i` with no gap (at most [`MAX_TITLE_LINES`] - 1), when they are
/// single-cell text lines and not labels, salutations or headings: the subject a `hier:` line
/// continues.
fn subject_above(
    doc: &Doc,
    i: usize,
    label: &DCell,
    vocab: &Vocabulary,
    stops: &Labels,
) -> Option<String> {
    let size = doc.lines.get(i)?.size;
    // A paragraph gap measured against the font: a side column's lines between the subject's
    // make the page's line pitch too small to measure it.
    let gap_after = |k: usize| match (doc.lines.get(k), doc.lines.get(k + 1)) {
        (Some(a), Some(b)) => a.page != b.page || b.y - a.y > 1.5 * size,
        _ => true,
    };
    // The line's text in the subject's column: the whole single-cell line, or its first cell
    // when that starts at the `hier:` cell's edge and the other cells stand far right of it (a
    // side column on the same baselines; layout family: Landkreis headers, subject left and
    // the number block right).
    let in_column = |l: &DLine| -> Option<String> {
        let first = l.cells.first()?;
        match l.cells.get(1) {
            None => Some(l.text.clone()),
            Some(second)
                if (first.x0 - label.x0).abs() < 4.0 && second.x0 - first.x1 > 4.0 * l.size =>
            {
                Some(first.text.clone())
            }
            Some(_) => None,
        }
    };
    let mut start = i;
    let mut texts: Vec<String> = Vec::new();
    while start > 0 && i - start < MAX_TITLE_LINES - 1 {
        let Some(prev) = doc.lines.get(start - 1) else {
            break;
        };
        let Some(text) = in_column(prev) else { break };
        if gap_after(start - 1)
            || (prev.size - size).abs() > 0.8
            || stops.starts(&text)
            || (prev.cells.len() == 1 && stops_title(prev, stops, vocab))
            || is_public_marker(prev, vocab)
            || text.ends_with([':', '.', ','])
        {
            break;
        }
        texts.push(text);
        start -= 1;
    }
    // The block must start a paragraph: a gap, a change of font size (or the page top) above
    // its first line.
    let set_apart = |k: usize| {
        gap_after(k)
            || doc
                .lines
                .get(k)
                .is_some_and(|l| (l.size - size).abs() > 0.8)
    };
    if start == i || (start > 0 && !set_apart(start - 1)) {
        return None;
    }
    let mut out = String::new();
    for text in texts.iter().rev() {
        out = join_lines(&out, text);
    }
    (out.chars().filter(|c| c.is_alphabetic()).count() >= 8).then_some(out)
}

/// True when a value printed on its label's line (`Antragsgegenstand: Sanierung des Bades`)
/// ends there: the next line goes back to the label's left edge although the value line stops
/// short of the right margin of the lines at that edge, with room for the next line's first word
/// (a wrapped value fills its line; layout family: letters whose label and subject share a line
/// over the body, all in one font), and the next line is running text. A `hier:` line or a line
/// ending on a function word goes on.
fn ends_short(doc: &Doc, i: usize, rest: &str) -> bool {
    let (Some(line), Some(next)) = (doc.lines.get(i), doc.lines.get(i + 1)) else {
        return false;
    };
    let (Some(label), Some(start)) = (line.cells.first(), next.cells.first()) else {
        return false;
    };
    if rest.trim().is_empty()
        || line.cells.len() != 1
        || next.page != line.page
        || start.x0 > label.x0 + 4.0
        || super::lines::ends_with_function_word(rest)
        || next.text.trim_start().to_lowercase().starts_with("hier:")
    {
        return false;
    }
    let margin = doc
        .lines
        .iter()
        .filter(|l| l.page == line.page)
        .filter_map(|l| Some((l.cells.first()?, l.cells.last()?)))
        .filter(|(f, _)| (f.x0 - start.x0).abs() < 4.0)
        .map(|(_, l)| l.x1)
        .fold(0.0_f32, f32::max);
    let word = next.text.split_whitespace().next().unwrap_or("");
    let width = 0.5 * next.size * word.chars().count() as f32;
    // The next line opens a sentence and runs as running text does, to the margin (a lower-case
    // start or a short line continues a subject broken by hand: `Titel: Änderung der Satzung` /
    // `für die Gremien der Stadt`).
    let prose = word.starts_with(char::is_uppercase)
        && next
            .cells
            .last()
            .is_some_and(|c| c.x1 > margin - 0.15 * (margin - start.x0));
    prose && label.x1 + width + next.size < margin
}

/// A subject label's rest without the paper type it goes on with in the genitive (`Gegenstand
/// der Anfrage:`, `Betreff des Antrags:`; layout family: answers and motions whose grid names the
/// subject of the paper they are or answer): `der`/`des`, one word that is a paper type (its
/// genitive `-s`/`-es` folded), then a colon or the end of the cell. Other rests stay.
fn without_genitive_type<'a>(rest: &'a str, vocab: &Vocabulary) -> &'a str {
    let t = rest.trim_start();
    let Some(after) = t.strip_prefix("der ").or_else(|| t.strip_prefix("des ")) else {
        return rest;
    };
    let end = after
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(after.len(), |(k, _)| k);
    let word = after.get(..end).unwrap_or_default();
    let folded = crate::fold::alnum(word);
    let is_type = !word.is_empty()
        && word.starts_with(char::is_uppercase)
        && [
            folded.as_str(),
            folded.strip_suffix("es").unwrap_or_default(),
            folded.strip_suffix('s').unwrap_or_default(),
        ]
        .iter()
        .any(|f| !f.is_empty() && vocab.is_doc_type(f));
    if !is_type {
        return rest;
    }
    let tail = after.get(end..).unwrap_or_default().trim_start();
    if tail.is_empty() {
        tail
    } else {
        tail.strip_prefix(':').map_or(rest, str::trim_start)
    }
}

/// Where a compound subject label ends (`Beratungsgegenstand`, `Informationsgegenstand:`,
/// `Antragsgegenstand: …`; layout family: header grids and motion letters that name the
/// subject by a compound of `Gegenstand` or `Betreff`): one word at the cell's start, longer than
/// the base word and ending on it, then a colon or the end of the cell.
fn compound_label_end(text: &str) -> Option<usize> {
    let word_end = text
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(k, _)| k);
    let word = text.get(..word_end)?.to_lowercase();
    let compound = ["gegenstand", "betreff"]
        .iter()
        .any(|b| word.len() > b.len() + 2 && word.ends_with(b));
    if !compound || !text.starts_with(char::is_uppercase) {
        return None;
    }
    let rest = text.get(word_end..)?;
    if rest.trim().is_empty() {
        return Some(text.len());
    }
    rest.trim_start()
        .strip_prefix(':')
        .map(|after| text.len() - after.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subject_label_with_its_paper_type_in_the_genitive() {
        // Layout family: answers and motions whose grid names the subject of the paper they are
        // or answer (invented examples).
        let v = Vocabulary::embedded();
        assert_eq!(
            without_genitive_type(" der Anfrage: Radwege am Kanal", &v),
            "Radwege am Kanal"
        );
        assert_eq!(without_genitive_type(" des Antrags:", &v), "");
        assert_eq!(without_genitive_type(" der Anfrage", &v), "");
        // no paper type, or the type going on without a colon: the rest stays
        assert_eq!(
            without_genitive_type(" der Sanierung: Dach", &v),
            " der Sanierung: Dach"
        );
        assert_eq!(
            without_genitive_type(" der Anfrage zum Radweg", &v),
            " der Anfrage zum Radweg"
        );
    }

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
    fn compound_subject_labels() {
        // Layout family: header grids and motion letters naming the subject by a compound.
        assert_eq!(compound_label_end("Beratungsgegenstand"), Some(19));
        assert_eq!(
            compound_label_end("Antragsgegenstand: Neubau der Brücke"),
            Some(18)
        );
        assert_eq!(compound_label_end("Gegenstand: X"), None);
        assert_eq!(compound_label_end("Gegenstandsloses Gerede"), None);
        assert_eq!(compound_label_end("Sachbetreff wird nachgereicht"), None);
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        let doc = Doc::from_text(
            "Vorlagenart          Beschlussvorlage\n\
             Beratungsgegenstand  Neuordnung der Parkgebühren\n\
             \n\
             Beschlussvorschlag",
        );
        assert_eq!(
            find(&doc, &v, &stops),
            Some("Neuordnung der Parkgebühren".into())
        );
    }

    #[test]
    fn a_value_line_stopping_short_of_the_margin_ends_over_running_text() {
        // Layout family: a motion letter, label and subject on one line, the body under it in
        // the same font.
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        let doc = Doc::from_text(
            "Antragsgegenstand: Neubau der Brücke am Mühlbach\n\
             Die Fraktion bittet die Verwaltung, bis zum Sommer einen Plan vorzulegen und\n\
             im Ausschuss zu berichten.",
        );
        assert_eq!(
            find(&doc, &v, &stops),
            Some("Neubau der Brücke am Mühlbach".into())
        );
        // a subject broken by hand goes on in lower case
        let doc = Doc::from_text(
            "Titel: Änderung der Geschäftsordnung\n\
             für die Gremien der Stadt Talheim\n\
             \n\
             Beratungsfolge",
        );
        assert_eq!(
            find(&doc, &v, &stops),
            Some("Änderung der Geschäftsordnung für die Gremien der Stadt Talheim".into())
        );
    }

    fn cell_line(y: f32, cells: &[(f32, f32, &str)]) -> DLine {
        DLine::of_spans(y, 10.0, false, cells)
    }

    #[test]
    fn a_label_word_opening_the_value_cell_is_no_label() {
        // Layout family: key/value grids whose subject opens with a label word (`Stand`).
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        assert!(is_label_cell(&stops, "Stand: 05.02.2031"));
        assert!(is_label_cell(&stops, "Datum"));
        assert!(!is_label_cell(&stops, "Stand der Sanierung des Freibades"));
        let doc = Doc {
            lines: vec![
                cell_line(
                    100.0,
                    &[
                        (70.0, 110.0, "Thema:"),
                        (300.0, 510.0, "Stand der Sanierung des"),
                    ],
                ),
                cell_line(113.0, &[(300.0, 380.0, "Freibades Nord")]),
                cell_line(136.0, &[(70.0, 130.0, "Information:")]),
            ],
            header_labels: std::sync::Arc::new(Labels::EMPTY),
        };
        assert_eq!(
            find(&doc, &v, &stops).as_deref(),
            Some("Stand der Sanierung des Freibades Nord")
        );
    }

    #[test]
    fn a_grid_row_keyed_by_the_paper_s_type_holds_the_subject() {
        // Layout family: motion letters whose key/value rows name the motion by its type.
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        let doc = Doc {
            lines: vec![
                cell_line(60.0, &[(70.0, 300.0, "Fraktion im Rat der Stadt Talheim")]),
                cell_line(
                    100.0,
                    &[
                        (76.0, 107.0, "Antrag"),
                        (122.0, 400.0, "Neue Bänke am Mühlbach"),
                    ],
                ),
                cell_line(
                    116.0,
                    &[
                        (76.0, 110.0, "Sitzung"),
                        (122.0, 360.0, "Stadtrat am 11. Mai 2031"),
                    ],
                ),
                cell_line(140.0, &[(76.0, 300.0, "Der Stadtrat möge beschließen:")]),
            ],
            header_labels: std::sync::Arc::new(Labels::EMPTY),
        };
        assert_eq!(
            find(&doc, &v, &stops).as_deref(),
            Some("Neue Bänke am Mühlbach")
        );
        // a type key alone, no grid around it: no label
        let doc = Doc {
            lines: vec![
                cell_line(
                    100.0,
                    &[
                        (76.0, 107.0, "Antrag"),
                        (122.0, 400.0, "Neue Bänke am Mühlbach"),
                    ],
                ),
                cell_line(140.0, &[(76.0, 300.0, "Der Stadtrat möge beschließen:")]),
            ],
            header_labels: std::sync::Arc::new(Labels::EMPTY),
        };
        assert_eq!(find(&doc, &v, &stops), None);
    }

    #[test]
    fn a_reference_label_citing_a_paper_gives_way() {
        let v = Vocabulary::embedded();
        assert!(cites_a_paper(
            "Anfrage VO/2025/431 von Dr. Malte Carstensen",
            &v
        ));
        assert!(cites_a_paper("Antrag Nr. 12/2024 der Fraktion", &v));
        assert!(cites_a_paper(
            "Anfrage der Fraktion Grüne Liste, Drucksache 17/0412",
            &v
        ));
        assert!(!cites_a_paper("Antrag auf Förderung des Radverkehrs", &v));
        assert!(!cites_a_paper(
            "Antrag auf Förderung des Radverkehrs im Jahr 2026",
            &v
        ));
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
