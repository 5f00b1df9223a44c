//! Reading order: cells of lines → blocks (paragraphs, columns, table columns) → order.
//!
//! Cells that continue each other on consecutive lines and overlap horizontally form a
//! block; a line whose cells split one block (or join two) starts new blocks. Blocks are
//! ordered top to bottom, and left to right where they stand side by side.

use super::layer::{Block, Fragment, Line};

/// Above this many fragments a page is read line by line (bounds the quadratic ordering).
const MAX_FRAGMENTS: usize = 3000;
/// Two fragments continue each other when their baselines are at most this many sizes apart.
const MAX_LINE_PITCH_EM: f32 = 1.5;
/// Lines of one block differ in font size by at most this fraction.
const MAX_SIZE_DELTA: f32 = 0.05;

#[derive(Debug, Clone)]
struct Frag {
    f: Fragment,
    x0: f32,
    x1: f32,
    y: f32,
    size: f32,
}

#[derive(Debug)]
struct Open {
    parts: Vec<usize>,
    x0: f32,
    x1: f32,
    top: f32,
    bottom: f32,
    last_line: usize,
}

/// True for a cell that only holds a box, bullet or similar mark (it belongs to the next cell).
fn is_marker(text: &str) -> bool {
    let n = text.chars().count();
    n <= 2 && !text.chars().any(char::is_alphanumeric)
}

fn fragments(lines: &[Line]) -> Vec<Frag> {
    let mut out = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        let mut c = 0;
        while c < line.cells.len() {
            let mut count = 1;
            while c + count < line.cells.len()
                && line
                    .cells
                    .get(c + count - 1)
                    .is_some_and(|cell| is_marker(&cell.text))
            {
                count += 1;
            }
            let first = &line.cells[c];
            let last = &line.cells[c + count - 1];
            out.push(Frag {
                f: Fragment {
                    line: li,
                    first_cell: c,
                    cells: count,
                },
                x0: first.x0,
                x1: last.x1.max(first.x0),
                y: line.y,
                size: line.size.max(1.0),
            });
            c += count;
        }
    }
    out
}

fn overlap(a0: f32, a1: f32, b0: f32, b1: f32) -> f32 {
    a1.min(b1) - a0.max(b0)
}

/// Group the cells of `lines` (sorted top to bottom) into blocks in reading order.
pub fn blocks(lines: &[Line]) -> Vec<Block> {
    let mut frags = fragments(lines);
    if frags.len() > MAX_FRAGMENTS {
        return frags
            .into_iter()
            .map(|f| Block { parts: vec![f.f] })
            .collect();
    }
    let mut open: Vec<Open> = Vec::new();
    let mut i = 0;
    while i < frags.len() {
        let line = frags[i].f.line;
        let mut j = i;
        while j < frags.len() && frags[j].f.line == line {
            j += 1;
        }
        let row: Vec<usize> = (i..j).collect();
        // candidate block for every fragment of this line
        let mut choice: Vec<Option<usize>> = vec![None; row.len()];
        for (k, &fi) in row.iter().enumerate() {
            let f = &frags[fi];
            let mut best: Option<(usize, f32)> = None;
            for (bi, b) in open.iter().enumerate() {
                if b.last_line == line {
                    continue;
                }
                let Some(last) = b.parts.last().map(|&p| &frags[p]) else {
                    continue;
                };
                let dy = f.y - last.y;
                if dy <= 0.0
                    || dy > MAX_LINE_PITCH_EM * f.size.max(last.size)
                    || (f.size - last.size).abs() > MAX_SIZE_DELTA * f.size.max(last.size)
                {
                    continue;
                }
                let ov = overlap(f.x0, f.x1, last.x0, last.x1);
                if ov <= 0.0 {
                    continue;
                }
                if best.is_none_or(|(_, o)| ov > o) {
                    best = Some((bi, ov));
                }
            }
            choice[k] = best.map(|b| b.0);
            // a fragment that spans several blocks' last fragments joins none (columns merge)
            let spans = open
                .iter()
                .filter(|b| {
                    b.last_line != line
                        && b.parts.last().is_some_and(|&p| {
                            let l = &frags[p];
                            let dy = f.y - l.y;
                            dy > 0.0
                                && dy <= MAX_LINE_PITCH_EM * f.size.max(l.size)
                                && overlap(f.x0, f.x1, l.x0, l.x1) > 0.0
                        })
                })
                .count();
            if spans > 1 {
                choice[k] = None;
            }
        }
        // neighbouring fragments under the same block join it as one (a wide gap inside a
        // paragraph's width is just a wide space)
        let mut absorbed = vec![false; row.len()];
        for k in 1..row.len() {
            let Some(b) = choice[k] else { continue };
            let Some(head) = (0..k).rev().find(|&h| !absorbed[h]) else {
                continue;
            };
            if choice[head] == Some(b) {
                let (x1, cells) = (frags[row[k]].x1, frags[row[k]].f.cells);
                let target = &mut frags[row[head]];
                target.x1 = target.x1.max(x1);
                target.f.cells += cells;
                absorbed[k] = true;
            }
        }
        // a block claimed by several separate fragments of the line is split: none continue it
        for k in 0..row.len() {
            if absorbed[k] {
                continue;
            }
            if let Some(b) = choice[k]
                && (0..row.len())
                    .filter(|&j| !absorbed[j] && choice[j] == Some(b))
                    .count()
                    > 1
            {
                for (j, c) in choice.iter_mut().enumerate() {
                    if *c == Some(b) && !absorbed[j] {
                        *c = None;
                    }
                }
            }
        }
        for (k, &fi) in row.iter().enumerate() {
            if absorbed[k] {
                continue;
            }
            let f = &frags[fi];
            match choice[k] {
                Some(b) => {
                    let blk = &mut open[b];
                    blk.parts.push(fi);
                    blk.x0 = blk.x0.min(f.x0);
                    blk.x1 = blk.x1.max(f.x1);
                    blk.bottom = f.y;
                    blk.last_line = line;
                }
                None => open.push(Open {
                    parts: vec![fi],
                    x0: f.x0,
                    x1: f.x1,
                    top: f.y - f.size,
                    bottom: f.y,
                    last_line: line,
                }),
            }
        }
        i = j;
    }
    order(&open)
        .into_iter()
        .filter_map(|bi| open.get(bi))
        .map(|b| Block {
            parts: b.parts.iter().map(|&p| frags[p].f).collect(),
        })
        .collect()
}

/// True when block `a` must be read before block `b` (the rules poppler follows, after Breuel):
/// (1) `a` overlaps `b` horizontally and starts above it; (2) `a` lies entirely left of `b`,
/// does not start below it, and no third block separates them vertically.
fn before(blocks: &[Open], a: usize, b: usize, check_between: bool) -> bool {
    let (ba, bb) = (&blocks[a], &blocks[b]);
    if overlap(ba.x0, ba.x1, bb.x0, bb.x1) > 0.0 {
        return ba.top < bb.top;
    }
    if ba.x1 > bb.x0 || ba.top > bb.top {
        return false;
    }
    if !check_between {
        return true;
    }
    // a block below `a`, above `b`, spanning across both separates them
    !blocks.iter().enumerate().any(|(c, bc)| {
        c != a
            && c != b
            && bc.top >= ba.bottom
            && bc.bottom <= bb.top
            && overlap(bc.x0, bc.x1, ba.x0, ba.x1) > 0.0
            && overlap(bc.x0, bc.x1, bb.x0, bb.x1) > 0.0
    })
}

/// Topological order of the blocks under [`before`]; ties and cycles resolved top-left first.
fn order(blocks: &[Open]) -> Vec<usize> {
    let n = blocks.len();
    let check_between = n <= 300;
    let succ: Vec<Vec<usize>> = (0..n)
        .map(|a| {
            (0..n)
                .filter(|&b| a != b && before(blocks, a, b, check_between))
                .collect()
        })
        .collect();
    let mut indeg = vec![0usize; n];
    for s in succ.iter().flatten() {
        if let Some(d) = indeg.get_mut(*s) {
            *d += 1;
        }
    }
    let mut done = vec![false; n];
    let mut out = Vec::with_capacity(n);
    let key = |i: usize| (blocks[i].top, blocks[i].x0);
    while out.len() < n {
        let ready = (0..n)
            .filter(|&i| !done[i] && indeg[i] == 0)
            .min_by(|&a, &b| {
                key(a)
                    .partial_cmp(&key(b))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
        let pick = ready.or_else(|| {
            (0..n).filter(|&i| !done[i]).min_by(|&a, &b| {
                key(a)
                    .partial_cmp(&key(b))
                    .unwrap_or(std::cmp::Ordering::Equal)
            })
        });
        let Some(p) = pick else { break };
        done[p] = true;
        out.push(p);
        for &s in &succ[p] {
            indeg[s] = indeg[s].saturating_sub(1);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::layer::{Cell, Page, TextLayer};

    fn line(y: f32, cells: &[(&str, f32, f32)]) -> Line {
        Line {
            cells: cells
                .iter()
                .map(|(t, a, b)| Cell {
                    text: (*t).into(),
                    x0: *a,
                    x1: *b,
                })
                .collect(),
            y,
            x0: cells.first().map_or(0.0, |c| c.1),
            x1: cells.last().map_or(0.0, |c| c.2),
            size: 10.0,
            ..Line::default()
        }
    }

    fn text_of(lines: Vec<Line>) -> String {
        let blocks = blocks(&lines);
        let layer = TextLayer {
            pages: vec![Page {
                lines,
                blocks,
                ..Page::default()
            }],
            ..TextLayer::default()
        };
        layer.text()
    }

    #[test]
    fn two_columns_read_column_by_column() {
        let lines = vec![
            line(10.0, &[("Titel über alles", 0.0, 300.0)]),
            line(
                30.0,
                &[("links eins", 0.0, 100.0), ("rechts eins", 200.0, 300.0)],
            ),
            line(
                42.0,
                &[("links zwei", 0.0, 100.0), ("rechts zwei", 200.0, 300.0)],
            ),
            line(70.0, &[("Fuß über alles", 0.0, 300.0)]),
        ];
        assert_eq!(
            text_of(lines),
            "Titel über alles\n\nlinks eins\nlinks zwei\n\nrechts eins\nrechts zwei\n\nFuß über alles\n"
        );
    }

    #[test]
    fn box_marker_stays_with_label() {
        let lines = vec![
            line(10.0, &[("☒", 0.0, 8.0), ("neutral", 40.0, 100.0)]),
            line(22.0, &[("☐", 0.0, 8.0), ("positiv", 40.0, 100.0)]),
        ];
        assert_eq!(text_of(lines), "☒ neutral\n☐ positiv\n");
    }
}
