//! The text layer: what the PDF stage hands to every later stage.
//!
//! Coordinates are in PDF points with the origin at the **top-left** of the page
//! (y grows downwards), after the page's rotation has been applied.

use crate::deadline::Deadline;
use serde::Serialize;

/// Extracted text of a whole document: pages, lines with positions, and form fields.
#[derive(Debug, Clone, Default, Serialize)]
pub struct TextLayer {
    /// Pages in document order.
    pub pages: Vec<Page>,
    /// AcroForm fields (checkboxes, radio buttons, text fields) with values and positions.
    pub fields: Vec<FormField>,
    /// Non-fatal problems met while extracting (a font without usable encoding, …).
    pub warnings: Vec<String>,
    /// The document's deadline, for the stages after this one to check.
    #[serde(skip)]
    pub deadline: Deadline,
}

/// One page of text.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Page {
    /// 1-based page number.
    pub number: usize,
    /// Page width in points (after rotation).
    pub width: f32,
    /// Page height in points (after rotation).
    pub height: f32,
    /// Lines in reading order.
    pub lines: Vec<Line>,
    /// Number of images drawn on the page (a page with images and no text is likely scanned).
    pub images: usize,
    /// Letters and digits of the text drawn invisibly (render mode 3 or 7): the text layer a
    /// scanner's OCR puts under the page image.
    #[serde(skip)]
    pub invisible: usize,
    /// Text blocks (columns, table columns, paragraphs) in reading order, as references into
    /// `lines`; empty when unknown, in which case `lines` order is the reading order.
    #[serde(skip)]
    pub blocks: Vec<Block>,
    /// Checkbox marks drawn as vector graphics (boxes, crosses, ticks), top to bottom.
    #[serde(skip)]
    pub marks: Vec<Mark>,
}

/// A checkbox or tick drawn with vector graphics, in page coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Mark {
    /// Left edge.
    pub x0: f32,
    /// Top edge.
    pub y0: f32,
    /// Right edge.
    pub x1: f32,
    /// Bottom edge.
    pub y1: f32,
    /// What the mark shows.
    pub kind: MarkKind,
}

/// What a drawn mark shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKind {
    /// An empty box (outline only).
    Empty,
    /// A box filled with a dark colour, or a solid dot.
    Filled,
    /// A box holding a cross, tick or inner square, or a free-standing cross or tick.
    Ticked,
}

/// A block of text: consecutive fragments of lines that belong together (a paragraph, a column).
#[derive(Debug, Clone, Default)]
pub struct Block {
    /// The block's fragments, top to bottom.
    pub parts: Vec<Fragment>,
}

/// A run of cells of one line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fragment {
    /// Index into [`Page::lines`].
    pub line: usize,
    /// First cell of the run.
    pub first_cell: usize,
    /// Number of cells.
    pub cells: usize,
}

/// One line of text: glyphs that share a baseline, split into cells at large gaps.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Line {
    /// Cells left to right; a new cell starts where the horizontal gap is much wider than a space
    /// (table columns, label/value columns, a checkbox drawn apart from its label).
    pub cells: Vec<Cell>,
    /// Baseline position measured from the top of the page.
    pub y: f32,
    /// Left edge of the first glyph.
    pub x0: f32,
    /// Right edge of the last glyph.
    pub x1: f32,
    /// Dominant font size in points.
    pub size: f32,
    /// True when most glyphs of the line are in a bold font.
    pub bold: bool,
    /// True for running headers/footers: text repeated at the same place on several pages.
    pub furniture: bool,
}

/// A run of text within a line that is separated from its neighbours by a wide gap.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Cell {
    /// The text of the cell, with spaces between words.
    pub text: String,
    /// Left edge.
    pub x0: f32,
    /// Right edge.
    pub x1: f32,
}

/// An interactive form field (AcroForm widget) with its value.
#[derive(Debug, Clone, Serialize)]
pub struct FormField {
    /// 1-based page the widget sits on (0 when unknown).
    pub page: usize,
    /// Fully qualified field name (`parent.child`).
    pub name: String,
    /// The field's value.
    pub value: FieldValue,
    /// Widget rectangle, top-left origin: x0, y0 (top), x1, y1 (bottom).
    pub rect: [f32; 4],
}

/// The value of a form field.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum FieldValue {
    /// A checkbox, ticked or not.
    Checkbox(bool),
    /// A radio button group's chosen export value, if any.
    Radio(Option<String>),
    /// A text field's value.
    Text(String),
}

impl Line {
    /// The line's text with cells joined by a single space.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, cell) in self.cells.iter().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(&cell.text);
        }
        out
    }
}

impl Page {
    /// Append the page's text in reading order.
    fn write_text(&self, out: &mut String) {
        if self.blocks.is_empty() {
            for line in &self.lines {
                out.push_str(&line.text());
                out.push('\n');
            }
            return;
        }
        for (b, block) in self.blocks.iter().enumerate() {
            if b > 0 {
                out.push('\n');
            }
            for part in &block.parts {
                let Some(line) = self.lines.get(part.line) else {
                    continue;
                };
                let cells = line.cells.iter().skip(part.first_cell).take(part.cells);
                for (i, cell) in cells.enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    out.push_str(&cell.text);
                }
                out.push('\n');
            }
        }
    }

    /// True when the page has no text but draws images (probably a scan).
    pub fn looks_scanned(&self) -> bool {
        self.lines.is_empty() && self.images > 0
    }
}

impl TextLayer {
    /// Number of pages.
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// True when at least one page holds a line of text.
    pub fn has_text(&self) -> bool {
        self.pages
            .iter()
            .any(|p| p.lines.iter().any(|l| !l.cells.is_empty()))
    }

    /// The whole text in reading order (blocks and columns one after another, as `pdftotext`
    /// does): one line per text line, a blank line between blocks, pages separated by a form feed.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, page) in self.pages.iter().enumerate() {
            if i > 0 {
                out.push('\u{c}');
            }
            page.write_text(&mut out);
        }
        out
    }

    /// The text with running headers/footers kept only once; hyphenated line ends are joined
    /// (`Digitali-` + `sierung` → `Digitalisierung`) so that search finds the whole word.
    pub fn body_text(&self) -> String {
        let mut out = String::new();
        let mut furniture_seen = std::collections::HashSet::new();
        for page in &self.pages {
            for line in &page.lines {
                let text = line.text();
                // A running header/footer is kept once (its first occurrence), so that a
                // document whose only text repeats on every page stays searchable.
                if line.furniture {
                    let key: String = text.chars().filter(|c| !c.is_ascii_digit()).collect();
                    if !furniture_seen.insert(key) {
                        continue;
                    }
                }
                if out.ends_with("-\n") && starts_lowercase(&text) && ends_with_word_hyphen(&out) {
                    out.truncate(out.len() - 2);
                }
                out.push_str(&text);
                out.push('\n');
            }
            out.push('\n');
        }
        out
    }
}

fn starts_lowercase(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

/// True when the text ends with `<letter>-\n` (a hyphenated word, not a dash standing alone).
fn ends_with_word_hyphen(text: &str) -> bool {
    let mut rev = text.chars().rev();
    matches!((rev.next(), rev.next(), rev.next()), (Some('\n'), Some('-'), Some(c)) if c.is_alphabetic())
}

/// Width in points assumed per character column when reading fixed-width layout text.
const LAYOUT_CHAR_WIDTH: f32 = 6.0;
/// Line pitch in points assumed when reading fixed-width layout text.
const LAYOUT_LINE_PITCH: f32 = 12.0;

impl TextLayer {
    /// Build a text layer from fixed-width layout text (as `pdftotext -layout` prints it):
    /// pages split at form feeds, lines at newlines, cells at runs of two or more spaces or a tab;
    /// positions are estimated from character columns. Meant for tests and tools.
    pub fn from_layout_text(text: &str) -> TextLayer {
        let mut layer = TextLayer::default();
        for (p, page_text) in text.split('\u{c}').enumerate() {
            let mut page = Page {
                number: p + 1,
                width: 595.0,
                height: 842.0,
                ..Page::default()
            };
            for (l, raw) in page_text.lines().enumerate() {
                let cells = layout_cells(raw);
                if cells.is_empty() {
                    continue;
                }
                page.lines.push(Line {
                    y: (l as f32 + 1.0) * LAYOUT_LINE_PITCH,
                    x0: cells[0].x0,
                    x1: cells[cells.len() - 1].x1,
                    size: 10.0,
                    cells,
                    ..Line::default()
                });
            }
            if p > 0 && page.lines.is_empty() && page_text.trim().is_empty() {
                continue;
            }
            layer.pages.push(page);
        }
        layer
    }
}

/// Split one fixed-width line into cells at runs of ≥ 2 spaces or tabs.
fn layout_cells(raw: &str) -> Vec<Cell> {
    let chars: Vec<char> = raw
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .collect();
    let mut cells = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == ' ' {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while i < chars.len() {
            if chars[i] == ' ' {
                let run = chars[i..].iter().take_while(|c| **c == ' ').count();
                if run >= 2 || i + run == chars.len() {
                    break;
                }
                i += run;
            } else {
                i += 1;
                end = i;
            }
        }
        let cell_text: String = chars[start..end].iter().collect();
        cells.push(Cell {
            text: cell_text,
            x0: start as f32 * LAYOUT_CHAR_WIDTH,
            x1: end as f32 * LAYOUT_CHAR_WIDTH,
        });
    }
    cells
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_text_splits_pages_lines_and_cells() {
        let layer =
            TextLayer::from_layout_text("Datum:   01.09.2021\nBetreff: Ein Titel\n\u{c}Seite 2\n");
        assert_eq!(layer.pages.len(), 2);
        let first = &layer.pages[0].lines[0];
        assert_eq!(first.cells.len(), 2);
        assert_eq!(first.cells[1].text, "01.09.2021");
        assert_eq!(layer.pages[0].lines[1].cells[0].text, "Betreff: Ein Titel");
        assert_eq!(layer.pages[1].lines[0].text(), "Seite 2");
    }

    #[test]
    fn body_text_joins_hyphenated_words_only() {
        let layer = TextLayer::from_layout_text("die Digitali-\nsierung und\nPlanung -\nBau\n");
        let body = layer.body_text();
        assert!(body.contains("Digitalisierung und"), "{body}");
        assert!(body.contains("Planung -\nBau"), "{body}");
    }
}
