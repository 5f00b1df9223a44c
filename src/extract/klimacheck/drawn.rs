//! Checkboxes drawn as vector graphics beside a Klimacheck section's options ([`Page::marks`]).

use super::super::doc::{DLine, Doc};
use super::marks::{Item, Placed};
use crate::pdf::{MarkKind, Page};

/// A drawn mark's centre must lie within this many font sizes of a line's middle.
const DRAWN_REACH: f32 = 0.7;

/// Rows of drawn marks under a header of options are looked for this many font sizes down.
const DRAWN_ROWS_BELOW: f32 = 4.0;

/// The section's lines with checkboxes drawn as vector graphics added where a line carries
/// no mark in its text, plus rows of drawn marks without text under a header of options;
/// `None` when no drawn mark is near the section.
pub(super) fn with_drawn_marks(
    doc: &Doc,
    lines: &[(usize, Vec<Placed>)],
    pages: &[Page],
) -> Option<Vec<(usize, Vec<Placed>)>> {
    let placed = |line: usize| doc.lines.get(line);
    // Candidate marks: on the section's pages, between its first line and a few lines
    // below its last one.
    let mut cands: Vec<(usize, f32, Placed, MarkKind)> = Vec::new();
    for page in pages {
        let on_page: Vec<&DLine> = lines
            .iter()
            .filter_map(|(li, _)| placed(*li))
            .filter(|l| l.page == page.number)
            .collect();
        let (Some(top), Some(bottom)) = (
            on_page.iter().map(|l| l.y - 2.0 * l.size).reduce(f32::min),
            on_page
                .iter()
                .map(|l| l.y + DRAWN_ROWS_BELOW * l.size)
                .reduce(f32::max),
        ) else {
            continue;
        };
        for m in &page.marks {
            let cy = (m.y0 + m.y1) / 2.0;
            if cy >= top && cy <= bottom {
                let p = Placed {
                    item: Item::Mark(m.kind == MarkKind::Ticked),
                    x0: m.x0,
                    x1: m.x1,
                };
                cands.push((page.number, cy, p, m.kind));
            }
        }
    }
    if cands.is_empty() {
        return None;
    }
    // A filled box counts as ticked only beside empty ones; dots alone are bullets.
    let any_empty = cands.iter().any(|c| c.3 == MarkKind::Empty);
    cands.retain(|c| c.3 != MarkKind::Filled || any_empty);
    for c in &mut cands {
        if c.3 == MarkKind::Filled {
            c.2.item = Item::Mark(true);
        }
    }
    let mut out: Vec<(usize, Vec<Placed>)> = lines.to_vec();
    let mut leftover: Vec<(usize, f32, Placed)> = Vec::new();
    for (page, cy, p, _) in cands {
        // The line whose middle is nearest the mark's centre.
        let best = out
            .iter()
            .enumerate()
            .filter_map(|(k, (li, _))| placed(*li).map(|l| (k, l)))
            .filter(|(_, l)| l.page == page)
            .map(|(k, l)| (k, (l.y - 0.3 * l.size - cy).abs(), l.size.max(4.0)))
            .min_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((k, d, size)) if d <= DRAWN_REACH * size => {
                let glyph_marks = lines
                    .get(k)
                    .is_some_and(|(_, orig)| orig.iter().any(|q| matches!(q.item, Item::Mark(_))));
                let Some((_, its)) = out.get_mut(k) else {
                    continue;
                };
                if !glyph_marks {
                    its.push(p);
                } else if p.item == Item::Mark(true) {
                    // A tick drawn over an empty box glyph ticks it.
                    let cx = (p.x0 + p.x1) / 2.0;
                    let slack = 0.3 * size;
                    if let Some(q) = its.iter_mut().find(|q| {
                        q.item == Item::Mark(false) && cx >= q.x0 - slack && cx <= q.x1 + slack
                    }) {
                        q.item = Item::Mark(true);
                    }
                }
            }
            _ => leftover.push((page, cy, p)),
        }
    }
    for (_, its) in &mut out {
        its.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    // Rows of marks without text (a table row of boxes under the option header).
    leftover.sort_by(|a, b| {
        (a.0, a.1)
            .partial_cmp(&(b.0, b.1))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut rows: Vec<(usize, f32, Vec<Placed>)> = Vec::new();
    for (page, cy, p) in leftover {
        match rows.last_mut() {
            Some((pg, y, row)) if *pg == page && (cy - *y).abs() <= 3.0 => row.push(p),
            _ => rows.push((page, cy, vec![p])),
        }
    }
    for (page, cy, mut row) in rows {
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        // After the last line above the row on its page.
        let at = out
            .iter()
            .rposition(|(li, _)| placed(*li).is_some_and(|l| l.page == page && l.y < cy))
            .map_or(out.len(), |k| k + 1);
        out.insert(at, (usize::MAX, row));
    }
    Some(out)
}
