//! Side bars in the header: a vertical gutter that no cell crosses splits the first page's
//! header into two columns (labels left of the title; a letterhead column right of the text).

use super::super::doc::{DCell, DLine, Doc};

/// Lines on each side of a gutter for it to count as two columns.
const MIN_LINES: usize = 3;

/// The header lines (page 1, before `header_end`) split at a gutter into two documents of their
/// own, the wider column first; None when the header is one column.
pub(super) fn split(doc: &Doc, header_end: usize) -> Option<(Doc, Doc)> {
    let region: Vec<&DLine> = doc
        .lines
        .iter()
        .take(header_end)
        .filter(|l| l.page == 1 && !l.furniture)
        .collect();
    let x = gutter(&region)?;
    let left = view(&region, |c| c.x1 <= x);
    let right = view(&region, |c| c.x0 >= x);
    let width = |d: &Doc| -> f32 {
        let n = d.lines.len().max(1) as f32;
        d.lines
            .iter()
            .map(|l| {
                let x0 = l.cells.first().map_or(0.0, |c| c.x0);
                let x1 = l.cells.last().map_or(0.0, |c| c.x1);
                x1 - x0
            })
            .sum::<f32>()
            / n
    };
    Some(if width(&right) > width(&left) {
        (right, left)
    } else {
        (left, right)
    })
}

/// The x of a gutter: a cell start that no cell of the region crosses, with at least
/// [`MIN_LINES`] lines on each side; the one with the most lines on its smaller side wins.
fn gutter(region: &[&DLine]) -> Option<f32> {
    let mut starts: Vec<f32> = region
        .iter()
        .flat_map(|l| l.cells.iter().map(|c| c.x0))
        .collect();
    starts.sort_by(f32::total_cmp);
    starts.dedup_by(|a, b| (*a - *b).abs() < 2.0);
    let mut best: Option<(usize, f32)> = None;
    for &x in &starts {
        let crossed = region
            .iter()
            .any(|l| l.cells.iter().any(|c| c.x0 < x - 2.0 && c.x1 > x + 2.0));
        if crossed {
            continue;
        }
        let left = region
            .iter()
            .filter(|l| l.cells.iter().any(|c| c.x1 <= x))
            .count();
        let right = region
            .iter()
            .filter(|l| l.cells.iter().any(|c| c.x0 >= x - 2.0))
            .count();
        let score = left.min(right);
        if score >= MIN_LINES && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, x - 2.0));
        }
    }
    best.map(|(_, x)| x)
}

/// The lines of the region restricted to the cells `keep` accepts.
fn view(region: &[&DLine], keep: impl Fn(&DCell) -> bool) -> Doc {
    let lines = region.iter().filter_map(|l| l.filtered(&keep)).collect();
    Doc {
        lines,
        header_labels: Default::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(y: f32, cells: &[(f32, f32, &str)]) -> DLine {
        DLine::of_spans(y, 10.0, false, cells)
    }

    #[test]
    fn label_bar_left_of_a_wider_title_column() {
        let doc = Doc {
            lines: vec![
                line(
                    10.0,
                    &[
                        (60.0, 130.0, "Stadt X"),
                        (240.0, 530.0, "Umsetzung des Gesetzes"),
                    ],
                ),
                line(
                    20.0,
                    &[
                        (60.0, 90.0, "DS-Nr.:"),
                        (240.0, 460.0, "Digitalisierung von"),
                    ],
                ),
                line(
                    30.0,
                    &[
                        (60.0, 110.0, "12/2022"),
                        (240.0, 500.0, "Verwaltungsleistungen"),
                    ],
                ),
                line(40.0, &[(60.0, 100.0, "öffentlich")]),
            ],
            header_labels: Default::default(),
        };
        let main = split(&doc, 4).map(|(main, _)| main.lines.len());
        assert_eq!(main, Some(3));
    }

    #[test]
    fn text_across_the_page_is_one_column() {
        let doc = Doc {
            lines: vec![
                line(
                    10.0,
                    &[(60.0, 130.0, "Datum"), (240.0, 530.0, "01.02.2023")],
                ),
                line(
                    20.0,
                    &[(60.0, 520.0, "Neubau einer Kindertagesstätte am Mühlenweg")],
                ),
                line(30.0, &[(60.0, 130.0, "Amt"), (240.0, 530.0, "Jugendamt")]),
                line(
                    40.0,
                    &[(60.0, 130.0, "Status"), (240.0, 530.0, "öffentlich")],
                ),
            ],
            header_labels: Default::default(),
        };
        assert!(split(&doc, 4).is_none());
    }
}
