//! Page 1 as segments: each cell of a non-furniture line, with its size, weight and place; the
//! page's body size and largest size; which segment continues which in its column.

use crate::extract::doc::Doc;
use crate::pdf::TextLayer;
use std::collections::HashMap;

/// One cell of a page-1 line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Seg {
    /// Cell text.
    pub(crate) text: String,
    /// Left edge.
    pub(crate) x0: f32,
    /// Right edge.
    pub(crate) x1: f32,
    /// Baseline from the top of the page.
    pub(crate) y: f32,
    /// Font size of its line.
    pub(crate) size: f32,
    /// Its line is mostly bold.
    pub(crate) bold: bool,
    /// Index of its line among the page's segment lines.
    pub(crate) line: usize,
    /// Index of the cell in its line.
    pub(crate) col: usize,
    /// Number of cells of its line.
    pub(crate) ncols: usize,
}

impl Seg {
    /// Top of the glyphs (baseline minus the ascent, ~0.8 of the size).
    pub(crate) fn top(&self) -> f32 {
        self.y - 0.8 * self.size
    }

    /// Bottom of the glyphs (baseline plus the descent, ~0.2 of the size).
    pub(crate) fn bottom(&self) -> f32 {
        self.y + 0.2 * self.size
    }
}

/// Page 1 of a document, as the title model reads it.
#[derive(Debug, Clone)]
pub(crate) struct Page1 {
    /// Segments in reading order (line, then cell).
    pub(crate) segs: Vec<Seg>,
    /// Page width (points).
    pub(crate) width: f32,
    /// Page height (points).
    pub(crate) height: f32,
    /// Most frequent font size, weighted by characters.
    pub(crate) body: f32,
    /// Largest font size in the top 60 % of the page.
    pub(crate) max_size: f32,
}

/// Segments read from page 1 at most: a title is near the top, and the candidate search is
/// quadratic in them (a hostile page of thousands of cells stays cheap).
const MAX_SEGS: usize = 400;

impl Page1 {
    /// Page 1 of `doc` (its first [`MAX_SEGS`] segments), measured by the page box of `layer`
    /// (A4 when it has none).
    pub(crate) fn from_doc(doc: &Doc, layer: &TextLayer) -> Page1 {
        let (mut width, mut height) = layer
            .pages
            .first()
            .map(|p| (p.width, p.height))
            .unwrap_or((0.0, 0.0));
        let mut segs = Vec::new();
        let page1 = doc.lines.iter().filter(|l| l.page == 1 && !l.furniture);
        for (line, l) in page1.enumerate() {
            for (col, c) in l.cells.iter().enumerate() {
                segs.push(Seg {
                    text: c.text.clone(),
                    x0: c.x0,
                    x1: c.x1,
                    y: l.y,
                    size: l.size.max(1.0),
                    bold: l.bold,
                    line,
                    col,
                    ncols: l.cells.len(),
                });
            }
        }
        segs.truncate(MAX_SEGS);
        if width <= 1.0 {
            width = segs.iter().map(|s| s.x1).fold(595.0, f32::max);
        }
        if height <= 1.0 {
            height = segs.iter().map(|s| s.bottom()).fold(842.0, f32::max);
        }
        Page1::new(segs, width, height)
    }

    /// A page of these segments (unit tests build pages so).
    pub(crate) fn new(segs: Vec<Seg>, width: f32, height: f32) -> Page1 {
        let mut sizes: HashMap<i32, usize> = HashMap::new();
        for s in &segs {
            *sizes.entry((s.size * 2.0).round() as i32).or_default() += s.text.chars().count();
        }
        let body = sizes
            .iter()
            .max_by_key(|(k, n)| (**n, -**k))
            .map(|(k, _)| *k as f32 / 2.0)
            .filter(|b| *b > 0.0)
            .unwrap_or(10.0);
        let max_size = segs
            .iter()
            .filter(|s| s.top() < 0.6 * height)
            .map(|s| s.size)
            .fold(None, |m: Option<f32>, s| Some(m.map_or(s, |m| m.max(s))))
            .unwrap_or(body);
        Page1 {
            segs,
            width: width.max(1.0),
            height: height.max(1.0),
            body,
            max_size,
        }
    }

    /// The next segment of the same column below segment `i` (x ranges overlap, starting near
    /// it or both lines of one cell), at most four of its line heights away.
    pub(crate) fn below(&self, i: usize) -> Option<usize> {
        let s = self.segs.get(i)?;
        let best = self
            .segs
            .iter()
            .enumerate()
            .filter(|(_, t)| {
                t.line > s.line
                    && t.x0 < s.x1 - 2.0
                    && t.x1 > s.x0 + 2.0
                    && ((t.x0 - s.x0).abs() < 40.0 || (s.ncols == 1 && t.ncols == 1))
            })
            .min_by(|a, b| a.1.top().total_cmp(&b.1.top()).then(a.0.cmp(&b.0)))?;
        (best.1.top() - s.bottom() <= 4.0 * s.size).then_some(best.0)
    }

    /// The nearest segment above segment `i` whose x range overlaps it.
    pub(crate) fn above(&self, i: usize) -> Option<usize> {
        let s = self.segs.get(i)?;
        self.segs
            .iter()
            .enumerate()
            .filter(|(_, t)| t.line < s.line && t.x0 < s.x1 - 2.0 && t.x1 > s.x0 + 2.0)
            .max_by(|a, b| a.1.bottom().total_cmp(&b.1.bottom()).then(a.0.cmp(&b.0)))
            .map(|(j, _)| j)
    }

    /// The cell left of segment `i` in its line.
    pub(crate) fn left_of(&self, i: usize) -> Option<usize> {
        let s = self.segs.get(i)?;
        if s.col == 0 {
            return None;
        }
        self.segs
            .iter()
            .position(|t| t.line == s.line && t.col + 1 == s.col)
    }

    /// The cell right of segment `i` in its line.
    pub(crate) fn right_of(&self, i: usize) -> Option<usize> {
        let s = self.segs.get(i)?;
        self.segs
            .iter()
            .position(|t| t.line == s.line && t.col == s.col + 1)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A segment at baseline `y`, 10 pt, from x0 to x1, cell `col` of `ncols` on line `line`.
    pub(crate) fn seg(text: &str, line: usize, col: usize, ncols: usize, x0: f32, x1: f32) -> Seg {
        Seg {
            text: text.to_string(),
            x0,
            x1,
            y: 100.0 + 14.0 * line as f32,
            size: 10.0,
            bold: false,
            line,
            col,
            ncols,
        }
    }

    #[test]
    fn the_column_below_continues_and_a_far_line_does_not() {
        let mut far = seg("Fern", 9, 0, 1, 50.0, 300.0);
        far.y = 400.0;
        let page = Page1::new(
            vec![
                seg("Betreff:", 0, 0, 2, 50.0, 90.0),
                seg("Neubau der", 0, 1, 2, 150.0, 300.0),
                seg("Grundschule", 1, 0, 1, 150.0, 260.0),
                far,
            ],
            595.0,
            842.0,
        );
        assert_eq!(page.below(1), Some(2));
        assert_eq!(page.below(2), None);
        assert_eq!(page.left_of(1), Some(0));
        assert_eq!(page.right_of(0), Some(1));
        assert_eq!(page.above(2), Some(1));
        assert_eq!(page.body, 10.0);
    }
}
