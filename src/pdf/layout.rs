//! Layout: glyphs → lines (baseline clustering) → cells (wide gaps); reading order;
//! running headers/footers.

use super::content::Glyph;
use super::layer::{Cell, Line, Page};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// A gap wider than this many font sizes starts a new cell.
const CELL_GAP_EM: f32 = 1.5;
/// A gap wider than this many font sizes is a word space.
const SPACE_GAP_EM: f32 = 0.12;
/// Baselines closer than this many font sizes belong to the same line.
const BASELINE_TOLERANCE_EM: f32 = 0.35;

/// Rotate a glyph into the left-to-right frame of its writing direction.
fn upright(g: &Glyph) -> (f32, f32) {
    match g.dir {
        1 => (g.y, -g.x),
        2 => (-g.x, -g.y),
        3 => (-g.y, g.x),
        _ => (g.x, g.y),
    }
}

struct Placed<'a> {
    g: &'a Glyph,
    x: f32,
    y: f32,
}

/// Build the lines of one page from its glyphs.
pub fn lines(glyphs: &[Glyph]) -> Vec<Line> {
    let mut out = Vec::new();
    for dir in 0..4u8 {
        let placed: Vec<Placed> = glyphs
            .iter()
            .filter(|g| g.dir == dir && g.size.is_finite() && g.x.is_finite() && g.y.is_finite())
            .map(|g| {
                let (x, y) = upright(g);
                Placed { g, x, y }
            })
            .collect();
        if placed.is_empty() {
            continue;
        }
        let mut lines = cluster_lines(placed);
        if dir != 0 {
            // rotated text keeps its own order but is reported after the upright text
            for l in &mut lines {
                l.y = l.y.abs();
            }
        }
        out.extend(lines);
    }
    out
}

fn cluster_lines(mut placed: Vec<Placed>) -> Vec<Line> {
    placed.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
    let mut groups: Vec<Vec<Placed>> = Vec::new();
    let mut current: Vec<Placed> = Vec::new();
    let mut line_y = f32::NAN;
    let mut line_size = 0.0f32;
    for p in placed {
        let tol = BASELINE_TOLERANCE_EM * line_size.min(p.g.size).max(1.0);
        if !current.is_empty() && (p.y - line_y).abs() <= tol {
            current.push(p);
        } else {
            if !current.is_empty() {
                groups.push(std::mem::take(&mut current));
            }
            line_y = p.y;
            line_size = p.g.size;
            current.push(p);
        }
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups.into_iter().filter_map(build_line).collect()
}

fn build_line(mut glyphs: Vec<Placed>) -> Option<Line> {
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    let mut cells: Vec<Cell> = Vec::new();
    let mut cell = Cell::default();
    let mut prev_end = f32::NEG_INFINITY;
    let mut prev: Option<&Placed> = None;
    let mut pending_space = false;
    let mut sizes: HashMap<i32, usize> = HashMap::new();
    let mut bold = 0usize;
    let mut count = 0usize;
    let mut baseline = 0.0f32;
    for p in &glyphs {
        if p.g.space {
            pending_space = true;
            prev_end = prev_end.max(p.x + p.g.w);
            continue;
        }
        // fake bold / shadow: the same glyph drawn twice almost at the same place
        if let Some(q) = prev
            && q.g.text == p.g.text
            && (p.x - q.x).abs() < 0.3 * p.g.w.max(0.5)
            && (p.y - q.y).abs() < 0.3 * p.g.size.max(1.0)
        {
            continue;
        }
        let size = p.g.size.max(1.0);
        let gap = p.x - prev_end;
        if prev.is_some() && gap > CELL_GAP_EM * size {
            cells.push(std::mem::take(&mut cell));
        } else if prev.is_some()
            && (gap > SPACE_GAP_EM * size || (pending_space && gap > -0.5 * size))
        {
            cell.text.push(' ');
        }
        if cell.text.is_empty() {
            cell.x0 = p.x;
        }
        push_text(&mut cell.text, &p.g.text);
        cell.x1 = p.x + p.g.w;
        prev_end = if prev.is_some() {
            prev_end.max(p.x + p.g.w)
        } else {
            p.x + p.g.w
        };
        pending_space = false;
        prev = Some(p);
        *sizes.entry((p.g.size * 2.0).round() as i32).or_default() += 1;
        bold += usize::from(p.g.bold);
        count += 1;
        baseline += p.y;
    }
    if !cell.text.is_empty() {
        cells.push(cell);
    }
    if cells.is_empty() || count == 0 {
        return None;
    }
    let size = sizes
        .into_iter()
        .max_by_key(|(s, n)| (*n, *s))
        .map_or(0.0, |(s, _)| s as f32 / 2.0);
    Some(Line {
        x0: cells.first().map_or(0.0, |c| c.x0),
        x1: cells.last().map_or(0.0, |c| c.x1),
        y: baseline / count as f32,
        size,
        bold: bold * 2 > count,
        furniture: false,
        cells,
    })
}

/// Append glyph text, expanding typographic ligatures (NFKC of the presentation forms).
fn push_text(out: &mut String, text: &str) {
    for c in text.chars() {
        if ('\u{FB00}'..='\u{FB4F}').contains(&c) {
            out.extend(c.to_string().nfkc());
        } else if c != '\u{0}' && c != '\u{FFFD}' && !c.is_control() {
            out.push(c);
        }
    }
}

/// Mark lines repeated at the same place near the top or bottom on several pages.
pub fn mark_furniture(pages: &mut [Page]) {
    if pages.len() < 2 {
        return;
    }
    let key = |l: &Line| -> String {
        l.text()
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect()
    };
    let mut seen: HashMap<(String, i32), usize> = HashMap::new();
    for page in pages.iter() {
        let h = page.height.max(1.0);
        let mut keys: Vec<(String, i32)> = page
            .lines
            .iter()
            .filter(|l| l.y < 0.15 * h || l.y > 0.85 * h)
            .map(|l| (key(l), (l.y / 4.0).round() as i32))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    let needed = if pages.len() <= 3 { 2 } else { 3 };
    for page in pages.iter_mut() {
        let h = page.height.max(1.0);
        for line in &mut page.lines {
            if (line.y < 0.15 * h || line.y > 0.85 * h)
                && seen
                    .get(&(key(line), (line.y / 4.0).round() as i32))
                    .is_some_and(|n| *n >= needed)
            {
                line.furniture = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glyph(text: &str, x: f32, y: f32, w: f32) -> Glyph {
        Glyph {
            text: text.into(),
            x,
            y,
            w,
            size: 10.0,
            bold: false,
            dir: 0,
            space: text == " ",
        }
    }

    fn word(s: &str, x: f32, y: f32) -> Vec<Glyph> {
        s.chars()
            .enumerate()
            .map(|(i, c)| glyph(&c.to_string(), x + i as f32 * 5.0, y, 5.0))
            .collect()
    }

    #[test]
    fn out_of_order_runs_land_on_one_line_with_spaces_and_cells() {
        let mut g = word("neutral", 30.0, 100.0);
        g.extend(word("Zweite", 10.0, 120.0));
        g.push(glyph("☒", 10.0, 100.5, 8.0)); // drawn last, belongs first
        g.extend(word("Wert", 200.0, 100.0));
        let lines = lines(&g);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text(), "☒ neutral Wert");
        assert_eq!(lines[0].cells.len(), 2);
        assert_eq!(lines[1].text(), "Zweite");
    }

    #[test]
    fn ligatures_expand() {
        let g = vec![
            glyph("Ö", 0.0, 10.0, 5.0),
            glyph("ﬀ", 5.0, 10.0, 5.0),
            glyph("entlich", 10.0, 10.0, 30.0),
        ];
        assert_eq!(lines(&g)[0].text(), "Öffentlich");
    }
}
