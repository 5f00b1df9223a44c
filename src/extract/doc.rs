//! The document as a flat list of lines with cells in reading order: table cells split, page
//! numbers marked, the end of the header block, headings.

use super::text::{collapse, is_enumerator};
use crate::fold::alnum as fold_alnum;
use crate::pdf::TextLayer;
use crate::record::DocType;
use crate::vocab::{Labels, Printed};
use std::sync::Arc;

/// One cell of a line: trimmed text and horizontal extent.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DCell {
    /// Cell text (whitespace collapsed).
    pub(crate) text: String,
    /// Left edge.
    pub(crate) x0: f32,
    /// Right edge.
    pub(crate) x1: f32,
}

/// A label wrapped inside its word in a narrow label column (`Drucksachennu` / `mmer:`,
/// `Vorlage-Ar` / `t:`, `Bearbeiter` / `/-in:`): the fragment on the next line, right under the
/// label's start and ending with the colon, is joined back to it.
fn join_wrapped_labels(lines: &mut Vec<DLine>) {
    // The rest of a word: lower case (`mmer:`, `/-in:`), or a capital or two under a label in
    // capitals (`VORLAGENNUMME` / `R:`); never a label of its own (`Datum:`).
    let is_fragment = |t: &str, label: &str| {
        let core = t.trim_end_matches(':');
        let upper = core.chars().count() <= 2
            && core.chars().all(char::is_uppercase)
            && !label.chars().any(char::is_lowercase);
        t.ends_with(':')
            && !core.is_empty()
            && core.chars().count() <= 5
            && core
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '/' | '-'))
            && (upper
                || core
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase() || c == '/'))
    };
    for i in 1..lines.len() {
        let (head, tail) = lines.split_at_mut(i);
        let (Some(above), Some(below)) = (head.last_mut(), tail.first_mut()) else {
            continue;
        };
        if above.page != below.page || below.y - above.y > 1.6 * above.size.max(1.0) {
            continue;
        }
        let mut joined = false;
        below.cells.retain(|frag| {
            let Some(label) = above.cells.iter_mut().find(|c| {
                is_fragment(&frag.text, &c.text)
                    && (c.x0 - frag.x0).abs() < 2.0
                    && !c.text.ends_with(':')
                    && c.text.chars().last().is_some_and(char::is_alphabetic)
                    && c.text.split_whitespace().count() <= 3
            }) else {
                return true;
            };
            label.text.push_str(&frag.text);
            label.x1 = label.x1.max(frag.x1);
            joined = true;
            false
        });
        if joined {
            for l in [above, below] {
                l.text = cells_text(&l.cells);
            }
        }
    }
    lines.retain(|l| !l.cells.is_empty());
}

/// A line's text: its cells joined by single spaces.
pub(crate) fn cells_text(cells: &[DCell]) -> String {
    cells
        .iter()
        .map(|c| c.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// One line of the document.
#[derive(Debug, Clone)]
pub(crate) struct DLine {
    /// 1-based page number.
    pub(crate) page: usize,
    /// Baseline from the top of the page.
    pub(crate) y: f32,
    /// Font size.
    pub(crate) size: f32,
    /// Mostly bold.
    pub(crate) bold: bool,
    /// Cells left to right.
    pub(crate) cells: Vec<DCell>,
    /// Cells joined by a single space.
    pub(crate) text: String,
    /// Running header or footer.
    pub(crate) furniture: bool,
}

impl DLine {
    /// A page-1 line of these cells, its text their texts joined (unit tests build layouts so).
    #[cfg(test)]
    pub(crate) fn of_cells(y: f32, size: f32, bold: bool, cells: Vec<DCell>) -> DLine {
        let text = cells_text(&cells);
        DLine {
            page: 1,
            y,
            size,
            bold,
            cells,
            text,
            furniture: false,
        }
    }

    /// [`of_cells`](Self::of_cells) from `(x0, x1, text)` spans (unit tests' layouts).
    #[cfg(test)]
    pub(crate) fn of_spans(y: f32, size: f32, bold: bool, spans: &[(f32, f32, &str)]) -> DLine {
        let cells = spans
            .iter()
            .map(|&(x0, x1, t)| DCell {
                text: t.to_string(),
                x0,
                x1,
            })
            .collect();
        DLine::of_cells(y, size, bold, cells)
    }

    /// The line restricted to the cells `keep` accepts, its text rebuilt; None when none is kept.
    pub(crate) fn filtered(&self, keep: impl Fn(&DCell) -> bool) -> Option<DLine> {
        let cells: Vec<DCell> = self.cells.iter().filter(|c| keep(c)).cloned().collect();
        if cells.is_empty() {
            return None;
        }
        let text = cells_text(&cells);
        Some(DLine {
            cells,
            text,
            ..self.clone()
        })
    }
}

/// The whole document as lines in reading order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Doc {
    /// All lines of all pages.
    pub(crate) lines: Vec<DLine>,
    /// Every known label (all fields): a line whose cells are all labels is a table header row,
    /// whose values stand in the row below.
    pub(crate) header_labels: Arc<Labels>,
}

impl Doc {
    /// Flatten a text layer; cells are split at `|` (ASCII tables) and ASCII rules are dropped.
    pub(crate) fn from_layer(layer: &TextLayer) -> Doc {
        /// Metadata never lives in a huge cell; clipping keeps the label rules linear-time
        /// on hostile input (a 10 MB text line).
        const MAX_CELL_BYTES: usize = 2000;
        fn clip(text: &str) -> &str {
            if text.len() <= MAX_CELL_BYTES {
                return text;
            }
            let mut end = MAX_CELL_BYTES;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            &text[..end]
        }
        let mut lines = Vec::new();
        for page in &layer.pages {
            for line in &page.lines {
                let mut cells = Vec::new();
                for c in &line.cells {
                    split_cell(clip(&c.text), c.x0, c.x1, &mut cells);
                }
                if cells.is_empty() {
                    continue;
                }
                let text = cells_text(&cells);
                let furniture = line.furniture || cells.iter().any(|c| is_page_number(&c.text));
                lines.push(DLine {
                    page: page.number,
                    y: line.y,
                    size: line.size,
                    bold: line.bold,
                    cells,
                    text,
                    furniture,
                });
            }
        }
        join_wrapped_labels(&mut lines);
        Doc {
            lines,
            header_labels: Arc::default(),
        }
    }

    /// True when line `i` is a table header row: two or more cells, each of them a known label
    /// and nothing else, none ending with a colon (`Drucksachen-Nr.   Datum`).
    pub(crate) fn is_header_row(&self, i: usize) -> bool {
        let Some(line) = self.lines.get(i) else {
            return false;
        };
        line.cells.len() >= 2
            && line.cells.iter().all(|c| {
                !c.text.ends_with(':')
                    && self
                        .header_labels
                        .strip(&c.text)
                        .is_some_and(|(r, _)| r.trim().is_empty())
            })
    }

    /// The text of page 1 without running heads and feet, lines joined by spaces, read until
    /// it holds `max` bytes (the sentences a letter opens with).
    pub(crate) fn opening(&self, max: usize) -> String {
        let mut text = String::new();
        for line in self.lines.iter().filter(|l| l.page == 1 && !l.furniture) {
            if text.len() >= max {
                break;
            }
            text.push_str(&line.text);
            text.push(' ');
        }
        text
    }

    /// The cell that continues a value wrapped in its column: on the line right after line
    /// `line`, on the same page, below it by at most `max_gap`, starting at `x0` (within 4 pt).
    pub(crate) fn cell_under(&self, line: usize, x0: f32, max_gap: f32) -> Option<&DCell> {
        let (this, next) = (self.lines.get(line)?, self.lines.get(line + 1)?);
        let gap = next.y - this.y;
        (next.page == this.page && gap > 0.0 && gap <= max_gap)
            .then(|| next.cells.iter().find(|c| (c.x0 - x0).abs() < 4.0))
            .flatten()
    }

    /// The value cell under a key that stands over its value (see [`Doc::cell_under`]), or, when
    /// the next line has no cell reaching into the key's column (a neighbouring column's wrapped
    /// line, `Regionaler Planungsverband Oberes` / `Elbtal/Osterzgebirge` beside `Drucksache` /
    /// … / `V/2031/09`), the cell at `x0` on the line after it, below the key by at most
    /// `2 × max_gap` (layout family: letterhead left, a grid of keys over values right).
    pub(crate) fn value_cell_under(&self, line: usize, x0: f32, max_gap: f32) -> Option<&DCell> {
        self.cell_under(line, x0, max_gap).or_else(|| {
            let (this, between, next) = (
                self.lines.get(line)?,
                self.lines.get(line + 1)?,
                self.lines.get(line + 2)?,
            );
            let clear = between.page == this.page
                && !between.cells.is_empty()
                && between.cells.iter().all(|c| c.x1 < x0 - 4.0);
            let gap = next.y - this.y;
            (clear && next.page == this.page && gap > 0.0 && gap <= 2.0 * max_gap)
                .then(|| next.cells.iter().find(|c| (c.x0 - x0).abs() < 4.0))
                .flatten()
        })
    }

    /// The lines of page 1, in reading order (most header fields are read only there).
    pub(crate) fn page_one(&self) -> impl Iterator<Item = &DLine> {
        self.lines.iter().take_while(|l| l.page == 1)
    }

    /// Typical distance between consecutive lines on the same page (lower quartile, so that
    /// blank lines between paragraphs do not count).
    pub(crate) fn line_pitch(&self) -> f32 {
        let mut gaps: Vec<f32> = self
            .lines
            .windows(2)
            .filter_map(|w| match w {
                [a, b] if a.page == b.page && b.y > a.y => Some(b.y - a.y),
                _ => None,
            })
            .collect();
        if gaps.is_empty() {
            return 12.0;
        }
        gaps.sort_by(f32::total_cmp);
        gaps.get(gaps.len() / 4).copied().unwrap_or(12.0)
    }

    /// True when a paragraph break (page change or a vertical gap clearly above the line pitch)
    /// separates line `i` from line `i + 1`.
    pub(crate) fn break_after(&self, i: usize, pitch: f32) -> bool {
        match (self.lines.get(i), self.lines.get(i + 1)) {
            (Some(a), Some(b)) => {
                let gap = b.y - a.y;
                // A paragraph set apart by spacing after it (Word's `6 pt after`): a gap a
                // quarter above the pitch that is also wider than 1.6 lines of its own font.
                a.page != b.page
                    || gap > pitch * 1.45
                    || (gap > pitch * 1.25 && gap > 1.6 * a.size.max(b.size))
            }
            _ => true,
        }
    }

    /// A document from layout text (tests: lines at 12 pt, one column a 6 pt character).
    #[cfg(test)]
    pub(crate) fn from_text(text: &str) -> Doc {
        Doc::from_layer(&TextLayer::from_layout_text(text))
    }

    /// Index of the first line of the body: the first section heading on page 1 or 2.
    #[cfg(test)]
    pub(crate) fn header_end(&self, headings: &Labels, salutations: &Labels) -> usize {
        self.header_end_after_type(headings, salutations, &[])
    }

    /// Like [`Doc::header_end`], but the first line that is just a document type (`Antrag`,
    /// also a heading word) belongs to the header.
    pub(crate) fn header_end_after_type(
        &self,
        headings: &Labels,
        salutations: &Labels,
        types: &[Printed<DocType>],
    ) -> usize {
        let type_line = self.lines.iter().position(|l| {
            l.cells.len() == 1 && {
                let f = fold_alnum(&l.text);
                types.iter().any(|t| t.alnum == f)
            }
        });
        self.lines
            .iter()
            .enumerate()
            .position(|(i, l)| {
                l.page <= 2
                    && Some(i) != type_line
                    && (is_heading(l, headings) || salutations.starts(&l.text))
            })
            .unwrap_or_else(|| {
                self.lines
                    .iter()
                    .position(|l| l.page > 1)
                    .unwrap_or(self.lines.len())
            })
    }
}

/// Split one extracted cell at `|` bars and drop ASCII rules (`+----+`, `=====`).
fn split_cell(text: &str, x0: f32, x1: f32, out: &mut Vec<DCell>) {
    let total = text.chars().count().max(1) as f32;
    let width = (x1 - x0).max(0.0);
    let mut start = 0usize;
    for part in text.split('|') {
        let n = part.chars().count();
        let t = collapse(&normalise(part));
        if !t.is_empty() && !is_rule(&t) {
            let lead = part.chars().take_while(|c| c.is_whitespace()).count();
            let px0 = x0 + width * (start + lead) as f32 / total;
            let px1 = x0 + width * (start + n) as f32 / total;
            out.push(DCell {
                text: t,
                x0: px0,
                x1: px1.max(px0),
            });
        }
        start += n + 1;
    }
}

/// Compatibility-normalise a cell's text (ligatures `ﬀ` → `ff`, full-width forms) and drop soft
/// hyphens; box glyphs and private-use symbols are kept.
fn normalise(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.chars()
        .filter(|c| *c != '\u{ad}')
        .collect::<String>()
        .nfkc()
        .collect()
}

/// True for ASCII table rules and underlines.
fn is_rule(t: &str) -> bool {
    t.chars().count() >= 3
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '+' | '_' | '─' | '━'))
}

/// True for a bare page number line (`Seite 2 von 3`, `- 2 -`).
fn is_page_number(t: &str) -> bool {
    let t = collapse(t).to_lowercase();
    let stripped: String = t.chars().filter(|c| !c.is_whitespace()).collect();
    if stripped.starts_with("seite")
        && stripped.chars().any(|c| c.is_ascii_digit())
        && stripped.len() < 20
    {
        return true;
    }
    let core = stripped.trim_matches(|c: char| c == '-' || c == '–');
    !core.is_empty()
        && core.len() <= 3
        && core.chars().all(|c| c.is_ascii_digit())
        && stripped.len() > core.len()
}

/// True when the line is a section heading: one cell that is a heading label, optionally with
/// a colon, and nothing else.
pub(crate) fn is_heading(line: &DLine, headings: &Labels) -> bool {
    let cells: Vec<&str> = line
        .cells
        .iter()
        .map(|c| c.text.as_str())
        .filter(|t| !is_enumerator(t))
        .collect();
    let [only] = cells.as_slice() else {
        return false;
    };
    // `I. Sachverhalt`, `2. Begründung`, `A) Antrag` in one cell.
    let t = match only.split_once(' ') {
        Some((head, rest)) if is_enumerator(head) => rest,
        _ => only,
    };
    let t = t.trim_end_matches([':', '.']).trim();
    let f = fold_alnum(t);
    headings.iter().any(|h| {
        let h = &h.alnum;
        // `A . Z i e l s e t z u n g`: a letter-spaced heading with its enumerator.
        f == *h
            || f.strip_suffix(h.as_str()).is_some_and(|pre| {
                !pre.is_empty()
                    && (pre.chars().all(|c| c.is_ascii_digit())
                        || pre.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
                        || pre.chars().count() == 1)
            })
    })
}

/// True when two horizontal ranges overlap or nearly touch.
pub(crate) fn x_overlap(a0: f32, a1: f32, b0: f32, b1: f32, slack: f32) -> bool {
    a0 <= b1 + slack && b0 <= a1 + slack
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_value_continues_on_the_next_line_of_its_page_only() {
        let doc = Doc::from_text("Nr.: 2012-\n     01291\n");
        let x0 = doc.lines[1].cells[0].x0;
        assert_eq!(
            doc.cell_under(0, x0, 100.0).map(|c| c.text.trim()),
            Some("01291")
        );
        assert!(doc.cell_under(0, x0 + 20.0, 100.0).is_none());
        let doc = Doc::from_text("Nr.: 2012-\n\u{c}     01291\n");
        let x0 = doc.lines[1].cells[0].x0;
        assert!(doc.cell_under(0, x0, 1000.0).is_none());
    }

    #[test]
    fn ascii_tables_split_into_cells() {
        let layer = TextLayer::from_layout_text(
            "| Rat der Stadt | 08.12.2022 | Entscheidung |\n+-----+----+\n",
        );
        let doc = Doc::from_layer(&layer);
        assert_eq!(doc.lines.len(), 1);
        let texts: Vec<_> = doc.lines[0].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["Rat der Stadt", "08.12.2022", "Entscheidung"]);
    }

    #[test]
    fn label_value_row_is_no_header_row() {
        let mut doc = Doc::from_text(
            "Federführend        Amt für Umwelt
",
        );
        doc.header_labels = Arc::new(Labels::new(["Federführend", "Amt"]));
        assert!(!doc.is_header_row(0));
    }

    #[test]
    fn ligatures_are_unfolded() {
        let layer = TextLayer::from_layout_text("nicht\u{a0}ö\u{fb00}entlich\n");
        let doc = Doc::from_layer(&layer);
        assert_eq!(doc.lines[0].text, "nicht öffentlich");
    }

    #[test]
    fn letter_spaced_enumerated_heading() {
        let layer = TextLayer::from_layout_text(
            "A . Z i e l s e t z u n g\nIV. Begründung\nAZielsetzung\n",
        );
        let doc = Doc::from_layer(&layer);
        let h = Labels::new(["Zielsetzung", "Begründung"]);
        assert!(is_heading(&doc.lines[0], &h));
        assert!(is_heading(&doc.lines[1], &h));
    }

    #[test]
    fn page_numbers_are_furniture() {
        assert!(is_page_number("Seite 1 von 2"));
        assert!(is_page_number("- 2 -"));
        assert!(!is_page_number("2022"));
    }

    #[test]
    fn a_label_wrapped_inside_its_word_is_joined() {
        let doc = Doc::from_text(
            "Drucksachennu   BV/01861/2014      Datum:   20.09.2014\n\
             mmer:\n\
             VORLAGENNUMME   BV/2013/2801\n\
             R:\n\
             Status:         öffentlich\n\
             Datum:          01.02.2024\n",
        );
        let texts: Vec<&str> = doc.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Drucksachennummer: BV/01861/2014 Datum: 20.09.2014",
                "VORLAGENNUMMER: BV/2013/2801",
                "Status: öffentlich",
                "Datum: 01.02.2024",
            ]
        );
    }
}
