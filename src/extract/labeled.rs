//! Values printed next to a label: in the label's cell, in the next cell, or below it (a header
//! row's values stand in the row below); labels inside a cell; a value cut at the next label.

use super::doc::{DCell, Doc, x_overlap};
use crate::vocab::Labels;

/// A value found next to a label.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Labeled {
    /// The value text.
    pub(crate) value: String,
    /// Line of the label.
    pub(crate) line: usize,
    /// Line of the value (same line or below).
    pub(crate) value_line: usize,
    /// Left edge of the value.
    pub(crate) x0: f32,
    /// Right edge of the value.
    pub(crate) x1: f32,
    /// The label as printed (`Drucks.-Nr.:`), trimmed.
    pub(crate) label_text: String,
    /// Left edge of the cell that holds the label.
    pub(crate) cell_x0: f32,
}

impl Labeled {
    /// The cell of `doc` that holds the label (on the label's line, at its left edge).
    pub(crate) fn label_cell<'d>(&self, doc: &'d Doc) -> Option<&'d DCell> {
        doc.lines
            .get(self.line)?
            .cells
            .iter()
            .find(|c| (c.x0 - self.cell_x0).abs() < 0.5)
    }

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
pub(crate) fn find_labeled(
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
pub(crate) fn find_labeled_mid(
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
                // `Drucksache №:` (`No:` after NFKC), `Vorlage Nr.:`: a number word left over
                // belongs to the label, whose value is in the next cell.
                let rest = if is_number_word(rest) { "" } else { rest };
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

/// True for a bare number word with its punctuation (`Nr.`, `No:`, `Nummer:`).
pub(crate) fn is_number_word(t: &str) -> bool {
    matches!(
        t.trim_end_matches(['.', ':']).to_lowercase().as_str(),
        "nr" | "no" | "nummer"
    )
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
pub(crate) fn cut_at_labels<'a>(value: &'a str, labels: &Labels) -> &'a str {
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
    use crate::pdf::TextLayer;
    use std::sync::Arc;

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
}
