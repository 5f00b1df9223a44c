//! Checkboxes read from pixels: small square outlines (the Klimacheck's ☐/☒ on a scan), and
//! what is inside them (nothing, a cross or tick, a fill).
//!
//! Ink is split into connected components; a component is a box when its bounding box is a
//! square of 6–22 pt whose four sides are inked along most of their length (a letter `O` or
//! `D` fails at the corners, a table grid is far larger). The ink inside the box decides:
//! almost none → empty, some → ticked, most → filled.

use super::ink::Ink;
use super::raster::Gray;
use crate::pdf::layer::MarkKind;
use serde::{Deserialize, Serialize};

/// Smallest side of a checkbox in points.
const MIN_SIDE_PT: f32 = 6.0;
/// Largest side of a checkbox in points.
const MAX_SIDE_PT: f32 = 22.0;
/// Widest aspect ratio of a checkbox.
const MAX_ASPECT: f32 = 1.35;
/// Share of a side's length that must be inked.
const SIDE_COVER: f32 = 0.8;
/// Interior ink share above which a box is ticked …
const TICKED_INK: f32 = 0.04;
/// … and above which it is filled.
const FILLED_INK: f32 = 0.6;

/// A checkbox found in a page image, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct PixelBox {
    /// Left edge.
    pub x0: f32,
    /// Top edge.
    pub y0: f32,
    /// Right edge.
    pub x1: f32,
    /// Bottom edge.
    pub y1: f32,
    /// Ticked (cross, tick) or filled.
    pub ticked: bool,
    /// Filled rather than crossed.
    pub filled: bool,
}

impl PixelBox {
    /// The mark kind for the layout's checkbox logic.
    pub fn kind(&self) -> MarkKind {
        match (self.ticked, self.filled) {
            (_, true) => MarkKind::Filled,
            (true, false) => MarkKind::Ticked,
            _ => MarkKind::Empty,
        }
    }
}

/// The checkboxes among the ink components of a page image rendered at `dpi`.
pub fn find(img: &Gray, ink: &Ink, dpi: u32) -> Vec<PixelBox> {
    if img.w == 0 || img.px.len() != img.w * img.h {
        return Vec::new();
    }
    let px_per_pt = dpi as f32 / 72.0;
    let (min, max) = (MIN_SIDE_PT * px_per_pt, MAX_SIDE_PT * px_per_pt);
    let at = |x: usize, y: usize| ink.at(img, x, y);
    let mut out = Vec::new();
    for c in &ink.components {
        let (w, h) = ((c.x1 + 1 - c.x0) as f32, (c.y1 + 1 - c.y0) as f32);
        if w < min || h < min || w > max || h > max || w.max(h) / w.min(h) > MAX_ASPECT {
            continue;
        }
        if let Some(b) = classify(&at, (c.x0, c.y0, c.x1, c.y1)) {
            out.push(b);
        }
    }
    out
}

/// A square outline inked on its four sides, and the ink inside it.
fn classify(
    at: &impl Fn(usize, usize) -> bool,
    (x0, y0, x1, y1): (usize, usize, usize, usize),
) -> Option<PixelBox> {
    let (w, h) = (x1 + 1 - x0, y1 + 1 - y0);
    let band = (w.min(h) / 8).max(1);
    // share of positions along a side with ink within `band` pixels of the edge
    let cover_row = |edge_y: usize, inward: isize| -> f32 {
        let n = (x0..=x1)
            .filter(|&x| (0..band).any(|k| at(x, (edge_y as isize + inward * k as isize) as usize)))
            .count();
        n as f32 / w as f32
    };
    let cover_col = |edge_x: usize, inward: isize| -> f32 {
        let n = (y0..=y1)
            .filter(|&y| (0..band).any(|k| at((edge_x as isize + inward * k as isize) as usize, y)))
            .count();
        n as f32 / h as f32
    };
    if cover_row(y0, 1) < SIDE_COVER
        || cover_row(y1, -1) < SIDE_COVER
        || cover_col(x0, 1) < SIDE_COVER
        || cover_col(x1, -1) < SIDE_COVER
    {
        return None;
    }
    // the interior, well inside the border
    let inset = (w.min(h) / 5).max(2);
    if x1 < x0 + 2 * inset || y1 < y0 + 2 * inset {
        return None;
    }
    let (ix0, ix1, iy0, iy1) = (x0 + inset, x1 - inset, y0 + inset, y1 - inset);
    let total = (ix1 + 1 - ix0) * (iy1 + 1 - iy0);
    let inked = (iy0..=iy1)
        .map(|y| (ix0..=ix1).filter(|&x| at(x, y)).count())
        .sum::<usize>();
    let share = inked as f32 / total.max(1) as f32;
    Some(PixelBox {
        x0: x0 as f32,
        y0: y0 as f32,
        x1: (x1 + 1) as f32,
        y1: (y1 + 1) as f32,
        ticked: share >= TICKED_INK,
        filled: share >= FILLED_INK,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn canvas() -> Gray {
        Gray {
            w: 400,
            h: 200,
            px: vec![255; 80_000],
        }
    }

    fn ink(img: &mut Gray, x: usize, y: usize) {
        img.px[y * img.w + x] = 0;
    }

    fn square(img: &mut Gray, x0: usize, y0: usize, side: usize) {
        for k in 0..side {
            for t in 0..3 {
                ink(img, x0 + k, y0 + t);
                ink(img, x0 + k, y0 + side - 1 - t);
                ink(img, x0 + t, y0 + k);
                ink(img, x0 + side - 1 - t, y0 + k);
            }
        }
    }

    #[test]
    fn empty_crossed_and_filled_boxes_and_a_ring_that_is_no_box() {
        let mut img = canvas();
        // 150 dpi: 6–22 pt = 12.5–45.8 px
        square(&mut img, 20, 20, 30);
        square(&mut img, 80, 20, 30);
        for k in 0..30 {
            ink(&mut img, 80 + k, 20 + k);
            ink(&mut img, 80 + k, 49 - k);
            ink(&mut img, 81.min(80 + k + 1), 20 + k);
        }
        square(&mut img, 140, 20, 30);
        for y in 20..50 {
            for x in 140..170 {
                ink(&mut img, x, y);
            }
        }
        // a ring (letter O): inked sides only in their middles
        for a in 0..360 {
            let (s, c) = (a as f32).to_radians().sin_cos();
            for r in 12..15 {
                ink(
                    &mut img,
                    (230.0 + r as f32 * c) as usize,
                    (35.0 + r as f32 * s) as usize,
                );
            }
        }
        // a large frame (table cell)
        square(&mut img, 280, 20, 120 - 1);
        let boxes = find(&img, &super::super::ink::find(&img), 150);
        let kinds: Vec<MarkKind> = boxes.iter().map(PixelBox::kind).collect();
        assert_eq!(
            kinds,
            [MarkKind::Empty, MarkKind::Ticked, MarkKind::Filled],
            "{boxes:?}"
        );
        assert_eq!((boxes[0].x0, boxes[0].y1), (20.0, 50.0));
    }
}
