//! The document as a flat list of lines with cells, plus label matching helpers shared by the
//! field rules.

use crate::pdf::TextLayer;
use crate::record::DocType;
use crate::vocab::{Labels, Printed};
use std::sync::Arc;

/// One cell of a line: trimmed text and horizontal extent.
#[derive(Debug, Clone, PartialEq)]
pub struct DCell {
    /// Cell text (whitespace collapsed).
    pub text: String,
    /// Left edge.
    pub x0: f32,
    /// Right edge.
    pub x1: f32,
}

/// One line of the document.
#[derive(Debug, Clone)]
pub struct DLine {
    /// 1-based page number.
    pub page: usize,
    /// Baseline from the top of the page.
    pub y: f32,
    /// Font size.
    pub size: f32,
    /// Mostly bold.
    pub bold: bool,
    /// Cells left to right.
    pub cells: Vec<DCell>,
    /// Cells joined by a single space.
    pub text: String,
    /// Running header or footer.
    pub furniture: bool,
}

impl DLine {
    /// The line restricted to the cells `keep` accepts, its text rebuilt; None when none is kept.
    pub fn filtered(&self, keep: impl Fn(&DCell) -> bool) -> Option<DLine> {
        let cells: Vec<DCell> = self.cells.iter().filter(|c| keep(c)).cloned().collect();
        if cells.is_empty() {
            return None;
        }
        let text = cells
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        Some(DLine {
            cells,
            text,
            ..self.clone()
        })
    }
}

/// The whole document as lines in reading order.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    /// All lines of all pages.
    pub lines: Vec<DLine>,
    /// Every known label (all fields): a line whose cells are all labels is a table header row,
    /// whose values stand in the row below.
    pub header_labels: Arc<Labels>,
}

impl Doc {
    /// Flatten a text layer; cells are split at `|` (ASCII tables) and ASCII rules are dropped.
    pub fn from_layer(layer: &TextLayer) -> Doc {
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
                let text = cells
                    .iter()
                    .map(|c| c.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
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
        Doc {
            lines,
            header_labels: Arc::default(),
        }
    }

    /// True when line `i` is a table header row: two or more cells, each of them a known label
    /// and nothing else, none ending with a colon (`Drucksachen-Nr.   Datum`).
    pub fn is_header_row(&self, i: usize) -> bool {
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

    /// Typical distance between consecutive lines on the same page (lower quartile, so that
    /// blank lines between paragraphs do not count).
    pub fn line_pitch(&self) -> f32 {
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
    pub fn break_after(&self, i: usize, pitch: f32) -> bool {
        match (self.lines.get(i), self.lines.get(i + 1)) {
            (Some(a), Some(b)) => a.page != b.page || b.y - a.y > pitch * 1.45,
            _ => true,
        }
    }

    /// Index of the first line of the body: the first section heading on page 1 or 2.
    pub fn header_end(&self, headings: &Labels, salutations: &Labels) -> usize {
        self.header_end_after_type(headings, salutations, &[])
    }

    /// Like [`Doc::header_end`], but the first line that is just a document type (`Antrag`,
    /// also a heading word) belongs to the header.
    pub fn header_end_after_type(
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

/// Collapse runs of white space (incl. no-break spaces) into one space and trim.
pub fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
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

pub use crate::fold::{alnum as fold_alnum, spelled as fold_spelled};

/// True when the line is a section heading: one cell that is a heading label, optionally with
/// a colon, and nothing else.
pub fn is_heading(line: &DLine, headings: &Labels) -> bool {
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

/// True for a section number: `I.`, `IV.`, `2.`, `2.1`, `A)`, `b)`.
pub fn is_enumerator(t: &str) -> bool {
    let core = t.trim_end_matches(['.', ')']);
    if core.is_empty() || core.len() == t.len() && !core.contains('.') {
        return false;
    }
    core.chars().all(|c| c.is_ascii_digit() || c == '.')
        || core.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        || (core.chars().count() == 1 && core.chars().all(|c| c.is_ascii_alphabetic()))
}

/// True when two horizontal ranges overlap or nearly touch.
pub fn x_overlap(a0: f32, a1: f32, b0: f32, b1: f32, slack: f32) -> bool {
    a0 <= b1 + slack && b0 <= a1 + slack
}

/// A value found next to a label.
#[derive(Debug, Clone, PartialEq)]
pub struct Labeled {
    /// The value text.
    pub value: String,
    /// Line of the label.
    pub line: usize,
    /// Line of the value (same line or below).
    pub value_line: usize,
    /// Left edge of the value.
    pub x0: f32,
    /// Right edge of the value.
    pub x1: f32,
    /// The label as printed (`Drucks.-Nr.:`), trimmed.
    pub label_text: String,
    /// Left edge of the cell that holds the label.
    pub cell_x0: f32,
}

impl Labeled {
    /// A label standing alone in `cell` (line `line`) whose value is the whole cell `value`
    /// (on line `value_line`).
    fn from_cells(cell: &DCell, line: usize, value_line: usize, value: &DCell) -> Labeled {
        Labeled {
            label_text: cell.text.clone(),
            value: value.text.clone(),
            line,
            value_line,
            x0: value.x0,
            x1: value.x1,
            cell_x0: cell.x0,
        }
    }
}

/// Every value printed next to one of `labels` in lines `range`: the rest of the label's cell,
/// else the next cell of the line, else (when the label is the last cell of its line) the first
/// cell below that overlaps the label horizontally.
pub fn find_labeled(
    doc: &Doc,
    labels: &Labels,
    range: std::ops::Range<usize>,
    pitch: f32,
) -> Vec<Labeled> {
    labeled(doc, labels, range, pitch, None)
}

/// Like [`find_labeled`], and also labels inside a cell (`Stadt X Datum: 01.02.2023`, where a
/// producer set label and value apart with spaces instead of a gap). Inside a cell a label must
/// be followed by a colon or a number.
/// A label right after one of `not_after` (`zur`, `siehe`, lower case) is a citation and skipped.
pub fn find_labeled_mid(
    doc: &Doc,
    labels: &Labels,
    range: std::ops::Range<usize>,
    pitch: f32,
    not_after: &[String],
) -> Vec<Labeled> {
    labeled(doc, labels, range, pitch, Some(not_after))
}

fn labeled(
    doc: &Doc,
    labels: &Labels,
    range: std::ops::Range<usize>,
    pitch: f32,
    mid: Option<&[String]>,
) -> Vec<Labeled> {
    let mut out = Vec::new();
    for i in range {
        let Some(line) = doc.lines.get(i) else { break };
        for (ci, cell) in line.cells.iter().enumerate() {
            if let Some((rest, _)) = labels.strip(&cell.text) {
                let rest = rest.trim();
                if !rest.is_empty() {
                    let cut = cell.text.len() - rest.len();
                    let frac = cut as f32 / cell.text.len().max(1) as f32;
                    let label_text = cell.text.get(..cut).unwrap_or("").trim().to_string();
                    out.push(Labeled {
                        label_text,
                        value: rest.to_string(),
                        line: i,
                        value_line: i,
                        x0: cell.x0 + (cell.x1 - cell.x0) * frac,
                        x1: cell.x1,
                        cell_x0: cell.x0,
                    });
                } else if doc.is_header_row(i) {
                    // A header row: the value stands below the label.
                    if let Some((bi, b)) = value_below(doc, i, cell, pitch) {
                        out.push(Labeled::from_cells(cell, i, bi, b));
                    }
                } else if let Some(next) = line.cells.get(ci + 1) {
                    out.push(Labeled::from_cells(cell, i, i, next));
                    // `DS-Nr.:` in a side bar: the value may stand below it, while the cell to
                    // the right belongs to another column.
                    if cell.text.ends_with(':')
                        && let Some((bi, b)) = value_below(doc, i, cell, pitch)
                    {
                        out.push(Labeled::from_cells(cell, i, bi, b));
                    }
                } else if let Some((bi, b)) = value_below(doc, i, cell, pitch) {
                    out.push(Labeled::from_cells(cell, i, bi, b));
                }
            }
            // Further labels inside the cell (tried after the one at its start).
            // Not in table rows, where a label inside a cell is a citation.
            if let Some(not_after) = mid.filter(|_| line.cells.len() <= 2) {
                out.extend(mid_cell(cell, labels, i, not_after));
            }
        }
    }
    out
}

/// The first cell below line `i` (within a few lines) that overlaps `cell` horizontally.
fn value_below<'a>(doc: &'a Doc, i: usize, cell: &DCell, pitch: f32) -> Option<(usize, &'a DCell)> {
    let line = doc.lines.get(i)?;
    for (bi, below) in doc.lines.iter().enumerate().skip(i + 1).take(3) {
        if below.page != line.page || below.y - line.y > pitch * 2.6 {
            break;
        }
        if let Some(b) = below
            .cells
            .iter()
            .find(|b| x_overlap(cell.x0, cell.x1, b.x0, b.x1, 2.0))
        {
            return Some((bi, b));
        }
    }
    None
}

/// Labels that start at a word inside a cell, followed by a colon or a number.
fn mid_cell(cell: &DCell, labels: &Labels, line: usize, not_after: &[String]) -> Option<Labeled> {
    let text = cell.text.as_str();
    let starts = text
        .char_indices()
        .zip(text.chars().skip(1))
        .filter(|((_, c), next)| c.is_whitespace() && !next.is_whitespace())
        .map(|((i, c), _)| i + c.len_utf8());
    for pos in starts {
        let Some(sub) = text.get(pos..) else { continue };
        let Some((rest, _)) = labels.strip(sub) else {
            continue;
        };
        let prev_word = text
            .get(..pos)
            .and_then(|p| p.split_whitespace().last())
            .unwrap_or("")
            .to_lowercase();
        if not_after.contains(&prev_word) {
            continue;
        }
        let rest = rest.trim();
        let between = sub.get(..sub.len() - rest.len()).unwrap_or("");
        let numberish = rest.chars().next().is_some_and(|c| c.is_ascii_digit())
            || rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()));
        if rest.is_empty() || !(between.contains(':') || numberish) {
            continue;
        }
        let frac = (pos + between.len()) as f32 / text.len().max(1) as f32;
        return Some(Labeled {
            label_text: between.trim().to_string(),
            value: rest.to_string(),
            line,
            value_line: line,
            x0: cell.x0 + (cell.x1 - cell.x0) * frac,
            x1: cell.x1,
            cell_x0: cell.x0,
        });
    }
    None
}

/// Cut a value at the first label printed inside it (`Amt 12 Datum: 01.02.2023` → `Amt 12`).
pub fn cut_at_labels<'a>(value: &'a str, labels: &Labels) -> &'a str {
    let starts = value
        .char_indices()
        .zip(value.chars().skip(1))
        .filter(|((_, c), next)| c.is_whitespace() && !next.is_whitespace())
        .map(|((i, c), _)| i + c.len_utf8());
    for pos in starts {
        let Some(sub) = value.get(pos..) else {
            continue;
        };
        if let Some((rest, _)) = labels.strip(sub) {
            let between = sub.get(..sub.len() - rest.len()).unwrap_or("");
            if between.contains(':') {
                return value.get(..pos).unwrap_or(value).trim_end();
            }
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn value_below_a_label_that_ends_its_line() {
        let layer = TextLayer::from_layout_text(
            "Stadt Musterhausen                 Vorlagen-Nr.\n                                   17/0815\n",
        );
        let doc = Doc::from_layer(&layer);
        let labels = Labels::new(["Vorlagen-Nr."]);
        let found = find_labeled(&doc, &labels, 0..doc.lines.len(), doc.line_pitch());
        assert_eq!(found.first().map(|f| f.value.as_str()), Some("17/0815"));
    }

    #[test]
    fn header_row_values_stand_below() {
        let layer = TextLayer::from_layout_text(
            "Drucksachen-Nr.        Datum
0456/2023              12. Januar 2023
",
        );
        let mut doc = Doc::from_layer(&layer);
        let labels = Labels::new(["Drucksachen-Nr."]);
        // Without the header labels the cell to the right is taken as the value …
        let found = find_labeled(&doc, &labels, 0..doc.lines.len(), doc.line_pitch());
        assert_eq!(found.first().map(|f| f.value.as_str()), Some("Datum"));
        // … with them the row is a table header and the value stands below.
        doc.header_labels = Arc::new(Labels::new(["Drucksachen-Nr.", "Datum"]));
        assert!(doc.is_header_row(0));
        let found = find_labeled(&doc, &labels, 0..doc.lines.len(), doc.line_pitch());
        assert_eq!(found.first().map(|f| f.value.as_str()), Some("0456/2023"));
    }

    #[test]
    fn label_value_row_is_no_header_row() {
        let mut doc = Doc::from_layer(&TextLayer::from_layout_text(
            "Federführend        Amt für Umwelt
",
        ));
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
    fn labels_inside_a_cell() {
        let layer = TextLayer::from_layout_text(
            "CDU-Fraktion Vorlagen-Nr.: 22-F-07-0031\nin der Versammlung Datum: 18.07.2022\nMit der Vorlage wird\n",
        );
        let doc = Doc::from_layer(&layer);
        let labels = Labels::new(["Vorlagen-Nr.", "Datum", "Vorlage"]);
        let found = find_labeled_mid(&doc, &labels, 0..3, doc.line_pitch(), &[]);
        let values: Vec<&str> = found.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(values, ["22-F-07-0031", "18.07.2022"]);
        assert!(find_labeled(&doc, &labels, 0..3, doc.line_pitch()).is_empty());
        assert_eq!(cut_at_labels("Amt 12 Datum: 01.02.2023", &labels), "Amt 12");
        let layer = TextLayer::from_layout_text("Stellungnahme zur Vorlagen-Nr. 61/2022\n");
        let doc = Doc::from_layer(&layer);
        let not_after = vec!["zur".to_string()];
        assert!(find_labeled_mid(&doc, &labels, 0..1, 12.0, &not_after).is_empty());
    }

    #[test]
    fn value_a_few_lines_below() {
        let layer = TextLayer::from_layout_text(
            "                                  Drucksache Nr.\nHansestadt Irgendwo\n                                    0815/2022/1\n",
        );
        let doc = Doc::from_layer(&layer);
        let labels = Labels::new(["Drucksache Nr."]);
        let found = find_labeled(&doc, &labels, 0..3, doc.line_pitch());
        assert_eq!(found.first().map(|f| f.value.as_str()), Some("0815/2022/1"));
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
}
