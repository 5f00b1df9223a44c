//! Layout: glyphs → lines (baseline clustering) → cells (wide gaps); reading order;
//! running headers/footers.

use super::content::Glyph;
use super::layer::{Block, Cell, Line, Page};
use super::reading;
use crate::hash::HashMap;
use unicode_normalization::UnicodeNormalization;

/// A gap wider than this many font sizes starts a new cell.
const CELL_GAP_EM: f32 = 1.0;
/// A gap wider than this many font sizes is a word space.
const SPACE_GAP_EM: f32 = 0.1;
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

/// Map a line built in the frame of writing direction `dir` back to page coordinates. Vertical
/// lines (directions 1 and 3) get `x0 == x1` = the baseline's x and `y` = where the text starts.
fn to_page_coordinates(line: &mut Line, dir: u8) {
    let (x0, x1, y) = (line.x0, line.x1, line.y);
    let map = |x: f32| -> (f32, f32) {
        match dir {
            1 => (-y, x),
            2 => (-x, -y),
            3 => (y, -x),
            _ => (x, y),
        }
    };
    let (px0, py0) = map(x0);
    let (px1, _) = map(x1);
    line.x0 = px0.min(px1);
    line.x1 = px0.max(px1);
    line.y = py0;
    for cell in &mut line.cells {
        let (a, _) = map(cell.x0);
        let (b, _) = map(cell.x1);
        cell.x0 = a.min(b);
        cell.x1 = a.max(b);
    }
}

struct Placed<'a> {
    g: &'a Glyph,
    x: f32,
    y: f32,
}

/// Lines of one page and its blocks in reading order (upright text first, then rotated text).
pub fn layout(glyphs: &[Glyph]) -> (Vec<Line>, Vec<Block>) {
    let mut lines = Vec::new();
    let mut blocks = Vec::new();
    for dir in 0..4u8 {
        let (mut group, cell_sizes): (Vec<Line>, Vec<Vec<f32>>) =
            lines_in_direction(glyphs, dir).into_iter().unzip();
        let offset = lines.len();
        for mut block in reading::blocks(&group, &cell_sizes) {
            for part in &mut block.parts {
                part.line += offset;
            }
            blocks.push(block);
        }
        for line in &mut group {
            to_page_coordinates(line, dir);
        }
        lines.extend(group);
    }
    (lines, blocks)
}

/// Build the lines of one page from its glyphs.
pub fn lines(glyphs: &[Glyph]) -> Vec<Line> {
    (0..4u8)
        .flat_map(|dir| lines_in_direction(glyphs, dir))
        .map(|(line, _)| line)
        .collect()
}

/// Lines of one writing direction, each with the dominant font size of every cell.
fn lines_in_direction(glyphs: &[Glyph], only: u8) -> Vec<(Line, Vec<f32>)> {
    let mut out = Vec::new();
    for dir in [only] {
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
        out.extend(cluster_lines(placed));
    }
    out
}

fn cluster_lines(mut placed: Vec<Placed>) -> Vec<(Line, Vec<f32>)> {
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

fn build_line(mut glyphs: Vec<Placed>) -> Option<(Line, Vec<f32>)> {
    glyphs.sort_by(|a, b| a.x.total_cmp(&b.x));
    // drop white space (spacing comes from geometry) and fake-bold duplicates
    let mut kept: Vec<&Placed> = Vec::with_capacity(glyphs.len());
    for p in &glyphs {
        if p.g.space {
            continue;
        }
        if let Some(q) = kept.last()
            && q.g.text == p.g.text
            && (p.x - q.x).abs() < 0.3 * p.g.w.max(0.5)
            && (p.y - q.y).abs() < 0.3 * p.g.size.max(1.0)
        {
            continue;
        }
        kept.push(p);
    }
    if kept.is_empty() {
        return None;
    }
    // split into cells at wide gaps
    let mut groups: Vec<Vec<&Placed>> = Vec::new();
    let mut end = f32::NEG_INFINITY;
    for p in kept.iter().copied() {
        let gap = p.x - end;
        match groups.last_mut() {
            Some(g) if gap <= CELL_GAP_EM * p.g.size.max(1.0) => g.push(p),
            _ => groups.push(vec![p]),
        }
        end = if end.is_finite() {
            end.max(p.x + p.g.w)
        } else {
            p.x + p.g.w
        };
        if groups.last().is_some_and(|g| g.len() == 1) {
            end = p.x + p.g.w;
        }
    }
    let cells: Vec<Cell> = groups.iter().map(|g| build_cell(g)).collect();
    let cell_sizes: Vec<f32> = groups
        .iter()
        .map(|g| dominant_size(g.iter().map(|p| p.g.size)))
        .collect();
    let mut sizes: HashMap<i32, usize> = HashMap::default();
    for p in &kept {
        *sizes.entry((p.g.size * 2.0).round() as i32).or_default() += 1;
    }
    let count = kept.len();
    let bold = kept.iter().filter(|p| p.g.bold).count();
    let baseline = kept.iter().map(|p| p.y).sum::<f32>() / count as f32;
    let size = sizes
        .into_iter()
        .max_by_key(|(s, n)| (*n, *s))
        .map_or(0.0, |(s, _)| s as f32 / 2.0);
    let line = Line {
        x0: cells.first().map_or(0.0, |c| c.x0),
        x1: cells.last().map_or(0.0, |c| c.x1),
        y: baseline,
        size,
        bold: bold * 2 > count,
        furniture: false,
        cells,
    };
    Some((line, cell_sizes))
}

/// One cell's text: words break where the gap exceeds [`SPACE_GAP_EM`]; in letter-spaced text
/// (every word a single character) only gaps clearly wider than the letter spacing count.
fn build_cell(glyphs: &[&Placed]) -> Cell {
    let mut gaps: Vec<f32> = Vec::with_capacity(glyphs.len());
    let mut end = f32::NEG_INFINITY;
    for p in glyphs {
        gaps.push(p.x - end);
        end = if end.is_finite() {
            end.max(p.x + p.g.w)
        } else {
            p.x + p.g.w
        };
    }
    let breaks: Vec<bool> = glyphs
        .iter()
        .zip(&gaps)
        .enumerate()
        .map(|(i, (p, gap))| i > 0 && *gap > SPACE_GAP_EM * p.g.size.max(1.0))
        .collect();
    let words = 1 + breaks.iter().filter(|b| **b).count();
    let single_chars = words >= 2 && words == glyphs.len();
    let threshold = if single_chars {
        let min = breaks
            .iter()
            .zip(&gaps)
            .filter(|(b, _)| **b)
            .map(|(_, g)| *g)
            .fold(f32::INFINITY, f32::min);
        Some(1.3 * min)
    } else {
        None
    };
    let mut cell = Cell {
        x0: glyphs.first().map_or(0.0, |p| p.x),
        ..Cell::default()
    };
    for (i, p) in glyphs.iter().enumerate() {
        let space = match threshold {
            Some(t) => i > 0 && gaps.get(i).is_some_and(|g| *g >= t),
            None => breaks.get(i).copied().unwrap_or(false),
        };
        if space {
            cell.text.push(' ');
        }
        push_text(&mut cell.text, &p.g.text);
        cell.x1 = cell.x1.max(p.x + p.g.w);
    }
    cell
}

/// The most frequent font size (to half a point) of some glyphs.
fn dominant_size(sizes: impl Iterator<Item = f32>) -> f32 {
    let mut count: HashMap<i32, usize> = HashMap::default();
    for s in sizes {
        *count.entry((s * 2.0).round() as i32).or_default() += 1;
    }
    count
        .into_iter()
        .max_by_key(|(s, n)| (*n, *s))
        .map_or(0.0, |(s, _)| s as f32 / 2.0)
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
    let mut seen: HashMap<(String, i32), usize> = HashMap::default();
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
        // the box stands 1.2 em before its label: a cell of its own, as is the far value
        let cells: Vec<&str> = lines[0].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(cells, vec!["☒", "neutral", "Wert"]);
        assert_eq!(lines[1].text(), "Zweite");
    }

    #[test]
    fn bottom_to_top_text_reads_upright_and_keeps_page_coordinates() {
        // a sidebar written upwards at x = 30, starting at y = 500
        let g: Vec<Glyph> = "Seite"
            .chars()
            .enumerate()
            .map(|(i, c)| Glyph {
                dir: 3,
                ..glyph(&c.to_string(), 30.0, 500.0 - i as f32 * 5.0, 5.0)
            })
            .collect();
        let (lines, blocks) = layout(&g);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text(), "Seite");
        assert!((lines[0].x0 - 30.0).abs() < 0.01 && (lines[0].y - 500.0).abs() < 0.01);
        assert_eq!(blocks.len(), 1);
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
