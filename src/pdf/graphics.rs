//! Painted vector graphics, reduced to what the metadata rules need: small shapes (boxes,
//! short strokes, ticks) in page coordinates, and the checkbox marks built from them.
//!
//! Only shapes of at most [`MAX_SHAPE`] points are kept, at most [`MAX_SHAPES_PER_PAGE`] per
//! page, and a path with more than [`MAX_SUBPATHS`] subpaths is ignored, so hostile content
//! costs neither memory nor time.

use super::layer::{Mark, MarkKind};

/// Largest extent (points) of a shape worth keeping.
pub const MAX_SHAPE: f32 = 30.0;
/// Hard cap of shapes kept per page.
pub const MAX_SHAPES_PER_PAGE: usize = 20_000;
/// Paths with more subpaths than this are not examined.
pub const MAX_SUBPATHS: usize = 64;
/// Smallest side (points) of a checkbox.
const MIN_BOX: f32 = 4.0;
/// Widest aspect ratio of a checkbox.
const MAX_BOX_ASPECT: f32 = 2.0;
/// Shapes compared with one box at most (bounds the work on hostile pages).
const MAX_NEIGHBOURS: usize = 256;

/// A point in page coordinates.
type Pt = (f32, f32);

/// How a fill or stroke colour looks on white paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ink {
    /// Dark enough to be seen as a mark.
    #[default]
    Dark,
    /// Light (white, pale shading): an eraser or a background.
    Light,
}

impl Ink {
    /// The ink of a colour given by its operands (1 = gray, 3 = RGB, 4 = CMYK); unknown
    /// colour spaces (patterns, separations) count as dark.
    pub fn from_components(c: &[f32]) -> Ink {
        let lum = match c {
            [g] => *g,
            [r, g, b] => 0.3 * r + 0.59 * g + 0.11 * b,
            [c, m, y, k] => (1.0 - (0.3 * c + 0.59 * m + 0.11 * y).min(1.0)) * (1.0 - k),
            _ => 0.0,
        };
        if lum > 0.75 { Ink::Light } else { Ink::Dark }
    }
}

/// What kind of outline a shape has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShapeKind {
    /// An axis-aligned rectangle.
    Rect,
    /// One straight segment; `slash` is true for `/`, false for `\` or axis-aligned lines.
    Line {
        /// Rises to the right (`/`).
        slash: bool,
    },
    /// An open polyline or curve (a tick ✓).
    Open {
        /// Looks like a check mark: down to the right, then a longer stroke up to the right.
        tick: bool,
    },
    /// Another closed outline (a circle, a polygon, a glyph drawn as outline).
    Closed,
}

/// One painted small shape in page coordinates (top-left origin, y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shape {
    /// Left edge.
    pub x0: f32,
    /// Top edge.
    pub y0: f32,
    /// Right edge.
    pub x1: f32,
    /// Bottom edge.
    pub y1: f32,
    /// Outline kind.
    pub kind: ShapeKind,
    /// Stroked with a visible colour.
    pub stroked: bool,
    /// Fill ink, when filled.
    pub fill: Option<Ink>,
}

impl Shape {
    fn w(&self) -> f32 {
        self.x1 - self.x0
    }
    fn h(&self) -> f32 {
        self.y1 - self.y0
    }
    fn visible(&self) -> bool {
        self.stroked || self.fill == Some(Ink::Dark)
    }
    fn inside(&self, other: &Shape, slack: f32) -> bool {
        self.x0 >= other.x0 - slack
            && self.x1 <= other.x1 + slack
            && self.y0 >= other.y0 - slack
            && self.y1 <= other.y1 + slack
    }
    fn same_place(&self, other: &Shape, tol: f32) -> bool {
        (self.x0 - other.x0).abs() <= tol
            && (self.x1 - other.x1).abs() <= tol
            && (self.y0 - other.y0).abs() <= tol
            && (self.y1 - other.y1).abs() <= tol
    }
    fn is_box(&self) -> bool {
        let (w, h) = (self.w(), self.h());
        matches!(self.kind, ShapeKind::Rect | ShapeKind::Closed)
            && w >= MIN_BOX
            && h >= MIN_BOX
            && w.max(h) <= MAX_BOX_ASPECT * w.min(h)
    }
}

/// One subpath under construction.
#[derive(Debug, Clone)]
struct Sub {
    x0: f32,
    y0: f32,
    x1: f32,
    y1: f32,
    start: Pt,
    last: Pt,
    /// The first points (for tick recognition).
    pts: [Pt; 4],
    npts: usize,
    segs: u32,
    curves: bool,
    closed: bool,
    /// All segments run along the axes.
    axis: bool,
    /// Built by `re`.
    rect: bool,
}

impl Sub {
    fn new(p: Pt) -> Sub {
        Sub {
            x0: p.0,
            y0: p.1,
            x1: p.0,
            y1: p.1,
            start: p,
            last: p,
            pts: [p; 4],
            npts: 1,
            segs: 0,
            curves: false,
            closed: false,
            axis: true,
            rect: false,
        }
    }

    fn add(&mut self, p: Pt) {
        self.x0 = self.x0.min(p.0);
        self.y0 = self.y0.min(p.1);
        self.x1 = self.x1.max(p.0);
        self.y1 = self.y1.max(p.1);
    }

    fn line(&mut self, p: Pt) {
        let (dx, dy) = (p.0 - self.last.0, p.1 - self.last.1);
        if dx.abs() > 0.3 && dy.abs() > 0.3 {
            self.axis = false;
        }
        self.add(p);
        self.push_point(p);
        self.segs += 1;
        self.last = p;
    }

    fn push_point(&mut self, p: Pt) {
        if let Some(slot) = self.pts.get_mut(self.npts) {
            *slot = p;
        }
        self.npts += 1;
    }

    fn is_closed(&self) -> bool {
        self.closed || near(self.start, self.last, 0.5)
    }

    /// The shape this subpath paints, if it is small and not degenerate.
    fn shape(&self, stroked: bool, fill: Option<Ink>) -> Option<Shape> {
        let (w, h) = (self.x1 - self.x0, self.y1 - self.y0);
        if !w.is_finite() || !h.is_finite() || w.max(h) > MAX_SHAPE || w.max(h) < 0.8 {
            return None;
        }
        let closed = self.is_closed() || fill.is_some();
        let kind = if self.rect
            || (closed
                && self.axis
                && !self.curves
                && (3..=5).contains(&self.segs)
                && w.min(h) >= 0.5)
        {
            ShapeKind::Rect
        } else if self.segs == 1 && !self.curves {
            let (dx, dy) = (self.last.0 - self.start.0, self.last.1 - self.start.1);
            ShapeKind::Line {
                slash: dx * dy < 0.0,
            }
        } else if closed && self.segs >= 3 {
            ShapeKind::Closed
        } else {
            ShapeKind::Open {
                tick: self.looks_like_tick(),
            }
        };
        Some(Shape {
            x0: self.x0,
            y0: self.y0,
            x1: self.x1,
            y1: self.y1,
            kind,
            stroked,
            fill,
        })
    }

    /// ✓: a first stroke down to the right, then a longer stroke up to the right.
    fn looks_like_tick(&self) -> bool {
        if self.curves {
            return self.looks_like_curved_tick();
        }
        if !(2..=3).contains(&self.segs) {
            return false;
        }
        let (Some(a), Some(b), Some(c)) = (self.pts.first(), self.pts.get(1), self.pts.get(2))
        else {
            return false;
        };
        let first = (b.0 - a.0, b.1 - a.1);
        let second = (c.0 - b.0, c.1 - b.1);
        let len = |v: (f32, f32)| (v.0 * v.0 + v.1 * v.1).sqrt();
        first.0 > 0.0
            && first.1 > 0.0
            && second.0 > 0.0
            && second.1 < 0.0
            && len(second) > len(first)
    }

    /// ✓ drawn with curves: from the left, dipping below its start, ending high on the right
    /// (either direction of drawing).
    fn looks_like_curved_tick(&self) -> bool {
        let (w, h) = (self.x1 - self.x0, self.y1 - self.y0);
        if !(1..=4).contains(&self.segs) || w < 2.0 || h < 2.0 {
            return false;
        }
        let (l, r) = if self.start.0 <= self.last.0 {
            (self.start, self.last)
        } else {
            (self.last, self.start)
        };
        r.0 - l.0 > 0.5 * w && r.1 < l.1 && r.1 <= self.y0 + 0.25 * h && self.y1 > l.1 + 0.15 * h
    }
}

fn near(a: Pt, b: Pt, tol: f32) -> bool {
    (a.0 - b.0).abs() <= tol && (a.1 - b.1).abs() <= tol
}

/// Collects the subpaths of the current path; the interpreter feeds it points already in page
/// coordinates.
#[derive(Debug, Default)]
pub struct PathBuilder {
    subs: Vec<Sub>,
    overflow: bool,
}

impl PathBuilder {
    /// True while nothing has been added since the last paint.
    pub fn is_empty(&self) -> bool {
        self.subs.is_empty() && !self.overflow
    }

    fn open(&mut self, p: Pt) -> Option<&mut Sub> {
        if self.overflow {
            return None;
        }
        if self.subs.len() >= MAX_SUBPATHS {
            self.overflow = true;
            self.subs.clear();
            return None;
        }
        self.subs.push(Sub::new(p));
        self.subs.last_mut()
    }

    /// `m`: start a new subpath.
    pub fn move_to(&mut self, p: Pt) {
        self.open(p);
    }

    /// `l`: a straight segment.
    pub fn line_to(&mut self, p: Pt) {
        if self.overflow {
            return;
        }
        match self.subs.last_mut() {
            Some(s) => s.line(p),
            None => self.move_to(p),
        }
    }

    /// `c`/`v`/`y`: a Bézier segment (its control points widen the box a little).
    pub fn curve_to(&mut self, ctrl: &[Pt], end: Pt) {
        if self.overflow {
            return;
        }
        let Some(s) = self.subs.last_mut() else {
            self.move_to(end);
            return;
        };
        for p in ctrl {
            s.add(*p);
        }
        s.line(end);
        s.curves = true;
        s.axis = false;
    }

    /// `h`: close the current subpath.
    pub fn close(&mut self) {
        if let Some(s) = self.subs.last_mut() {
            if !near(s.start, s.last, 0.01) {
                let start = s.start;
                s.line(start);
            }
            s.closed = true;
        }
    }

    /// `re`: a rectangle given by its four transformed corners.
    pub fn rect(&mut self, corners: [Pt; 4]) {
        let [a, b, c, d] = corners;
        let axis = (near((a.0, 0.0), (b.0, 0.0), 0.3) || near((0.0, a.1), (0.0, b.1), 0.3))
            && (near((b.0, 0.0), (c.0, 0.0), 0.3) || near((0.0, b.1), (0.0, c.1), 0.3));
        if let Some(s) = self.open(a) {
            for p in [b, c, d, a] {
                s.line(p);
            }
            s.closed = true;
            s.rect = axis;
            s.axis = axis;
        }
    }

    /// Paint (or just end, when neither stroked nor filled) the path; small shapes go to `out`
    /// while it holds fewer than [`MAX_SHAPES_PER_PAGE`].
    pub fn paint(&mut self, stroked: bool, fill: Option<Ink>, out: &mut Vec<Shape>) {
        let subs = std::mem::take(&mut self.subs);
        let overflow = std::mem::take(&mut self.overflow);
        if overflow || (!stroked && fill.is_none()) || out.len() >= MAX_SHAPES_PER_PAGE {
            return;
        }
        // A border drawn as a filled ring (outer and inner outline, even-odd or opposite
        // winding) is an empty box.
        if !stroked
            && fill == Some(Ink::Dark)
            && let [outer, inner] = subs.as_slice()
            && let (Some(o), Some(i)) = (outer.shape(false, fill), inner.shape(false, fill))
        {
            let (o, i) = if o.w() >= i.w() { (o, i) } else { (i, o) };
            if i.inside(&o, 0.01) && i.w() >= 0.5 * o.w() && i.h() >= 0.5 * o.h() {
                out.push(Shape {
                    stroked: true,
                    fill: None,
                    ..o
                });
                return;
            }
        }
        for s in &subs {
            if out.len() >= MAX_SHAPES_PER_PAGE {
                break;
            }
            if let Some(shape) = s.shape(stroked, fill) {
                out.push(shape);
            }
        }
    }
}

/// Checkbox marks built from a page's shapes: boxes (empty, filled, or holding a cross, tick or
/// inner square) and free-standing crosses and ticks.
pub fn marks(shapes: &[Shape]) -> Vec<Mark> {
    let framed = frames(shapes);
    // Shapes sorted by top edge, so a box looks only at its vertical neighbours.
    let mut sorted: Vec<&Shape> = shapes.iter().chain(framed.iter()).collect();
    sorted.sort_by(|a, b| a.y0.total_cmp(&b.y0));
    let mut used = vec![false; sorted.len()];
    let mut boxes: Vec<(Shape, MarkKind)> = Vec::new();
    for (i, b) in sorted.iter().enumerate() {
        if used.get(i).copied().unwrap_or(true) || !b.is_box() || !b.visible() {
            continue;
        }
        // The same box painted twice (fill, then stroke) is one box.
        if boxes
            .iter()
            .rev()
            .take(8)
            .any(|(o, _)| o.same_place(b, 1.0))
        {
            if let Some(u) = used.get_mut(i) {
                *u = true;
            }
            continue;
        }
        let slack = (0.15 * b.w().min(b.h())).max(1.5);
        let lo = sorted.partition_point(|s| s.y0 < b.y0 - slack);
        let mut ink = false;
        let mut erased = false;
        let mut twins = Vec::new();
        for (j, s) in sorted.iter().enumerate().skip(lo).take(MAX_NEIGHBOURS) {
            if s.y0 > b.y1 + slack {
                break;
            }
            if j == i || !s.inside(b, slack) {
                continue;
            }
            if matches!(s.kind, ShapeKind::Rect | ShapeKind::Closed) && s.same_place(b, 1.0) {
                twins.push(j);
                erased |= s.fill == Some(Ink::Light) && !s.stroked;
                continue;
            }
            let big = s.w() >= 0.6 * b.w() && s.h() >= 0.6 * b.h();
            if s.fill == Some(Ink::Light) && !s.stroked {
                // A pale square nearly filling a dark one turns it into an outline.
                erased |= big;
                continue;
            }
            if !s.visible() || s.w().max(s.h()) < 0.25 * b.w().min(b.h()) || hugs_border(s, b) {
                continue;
            }
            // A second frame just inside the first (a double border) is no mark.
            if matches!(s.kind, ShapeKind::Rect) && s.fill.is_none() && big {
                twins.push(j);
                continue;
            }
            ink = true;
            twins.push(j);
        }
        for j in twins {
            if let Some(u) = used.get_mut(j) {
                *u = true;
            }
        }
        if let Some(u) = used.get_mut(i) {
            *u = true;
        }
        let filled = b.fill == Some(Ink::Dark) && !erased;
        let kind = if ink {
            MarkKind::Ticked
        } else if filled {
            MarkKind::Filled
        } else {
            MarkKind::Empty
        };
        boxes.push((**b, kind));
    }
    let mut out: Vec<Mark> = boxes
        .iter()
        .map(|(b, kind)| Mark {
            x0: b.x0,
            y0: b.y0,
            x1: b.x1,
            y1: b.y1,
            kind: *kind,
        })
        .collect();
    free_marks(&sorted, &used, &mut out);
    out
}

/// Tolerance (points) when matching the sides of a box drawn piece by piece.
const SIDE_TOL: f32 = 1.5;

/// A thin axis-aligned stroke or bar along one of the box's sides (a side drawn on its own).
fn hugs_border(s: &Shape, b: &Shape) -> bool {
    let near = |a: f32, c: f32| (a - c).abs() <= SIDE_TOL;
    let horizontal = s.h() <= SIDE_TOL && (near(s.y0, b.y0) || near(s.y1, b.y1));
    let vertical = s.w() <= SIDE_TOL && (near(s.x0, b.x0) || near(s.x1, b.x1));
    matches!(s.kind, ShapeKind::Rect | ShapeKind::Line { .. }) && (horizontal || vertical)
}

/// Boxes drawn as four separate sides (table-cell borders, thin filled bars), as stroked
/// rectangles.
fn frames(shapes: &[Shape]) -> Vec<Shape> {
    let thin =
        |s: &&Shape| s.visible() && matches!(s.kind, ShapeKind::Rect | ShapeKind::Line { .. });
    let mut hor: Vec<&Shape> = shapes
        .iter()
        .filter(|s| thin(s) && s.h() <= SIDE_TOL && s.w() >= MIN_BOX)
        .collect();
    let mut ver: Vec<&Shape> = shapes
        .iter()
        .filter(|s| thin(s) && s.w() <= SIDE_TOL && s.h() >= MIN_BOX)
        .collect();
    let mut out = Vec::new();
    if hor.len() < 2 || ver.len() < 2 {
        return out;
    }
    hor.sort_by(|a, b| a.y0.total_cmp(&b.y0));
    ver.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let side_at = |x: f32, top: f32, bottom: f32| {
        let lo = ver.partition_point(|v| v.x0 < x - 2.0 * SIDE_TOL);
        ver.iter()
            .skip(lo)
            .take(MAX_NEIGHBOURS)
            .take_while(|v| v.x0 <= x + SIDE_TOL)
            .any(|v| {
                ((v.x0 + v.x1) / 2.0 - x).abs() <= SIDE_TOL
                    && v.y0 <= top + SIDE_TOL
                    && v.y1 >= bottom - SIDE_TOL
            })
    };
    for (i, t) in hor.iter().enumerate() {
        for b in hor.iter().skip(i + 1).take(MAX_NEIGHBOURS) {
            if b.y0 - t.y0 > MAX_SHAPE + SIDE_TOL {
                break;
            }
            if (b.x0 - t.x0).abs() > SIDE_TOL || (b.x1 - t.x1).abs() > SIDE_TOL {
                continue;
            }
            let frame = Shape {
                x0: t.x0.min(b.x0),
                y0: t.y0,
                x1: t.x1.max(b.x1),
                y1: b.y1,
                kind: ShapeKind::Rect,
                stroked: true,
                fill: None,
            };
            if frame.is_box()
                && side_at(frame.x0 + 0.5 * t.h(), frame.y0, frame.y1)
                && side_at(frame.x1 - 0.5 * t.h(), frame.y0, frame.y1)
            {
                out.push(frame);
                break;
            }
        }
    }
    out
}

/// Crosses of two strokes, ticks and solid dots that stand outside any box.
fn free_marks(sorted: &[&Shape], used: &[bool], out: &mut Vec<Mark>) {
    let free = |i: usize| !used.get(i).copied().unwrap_or(true);
    let diagonal = |s: &Shape| s.w() >= 2.0 && s.h() >= 2.0 && s.visible();
    let mut taken = vec![false; sorted.len()];
    for (i, a) in sorted.iter().enumerate() {
        if !free(i) || taken.get(i).copied().unwrap_or(true) || !a.visible() {
            continue;
        }
        match a.kind {
            ShapeKind::Line { slash } if diagonal(a) => {
                let partner = sorted
                    .iter()
                    .enumerate()
                    .skip(i + 1)
                    .take(MAX_NEIGHBOURS)
                    .take_while(|(_, b)| b.y0 <= a.y1)
                    .find(|(j, b)| {
                        free(*j)
                            && !taken.get(*j).copied().unwrap_or(true)
                            && matches!(b.kind, ShapeKind::Line { slash: s } if s != slash)
                            && diagonal(b)
                            && overlap_ratio(a, b) >= 0.4
                    });
                if let Some((j, b)) = partner {
                    if let Some(t) = taken.get_mut(j) {
                        *t = true;
                    }
                    out.push(Mark {
                        x0: a.x0.min(b.x0),
                        y0: a.y0.min(b.y0),
                        x1: a.x1.max(b.x1),
                        y1: a.y1.max(b.y1),
                        kind: MarkKind::Ticked,
                    });
                }
            }
            ShapeKind::Open { tick: true } if a.w() >= 3.0 && a.h() >= 2.0 => out.push(Mark {
                x0: a.x0,
                y0: a.y0,
                x1: a.x1,
                y1: a.y1,
                kind: MarkKind::Ticked,
            }),
            ShapeKind::Closed | ShapeKind::Rect
                if a.fill == Some(Ink::Dark)
                    && a.w() >= 3.0
                    && a.h() >= 3.0
                    && a.w().max(a.h()) <= MAX_BOX_ASPECT * a.w().min(a.h()) =>
            {
                out.push(Mark {
                    x0: a.x0,
                    y0: a.y0,
                    x1: a.x1,
                    y1: a.y1,
                    kind: MarkKind::Filled,
                })
            }
            _ => {}
        }
    }
}

/// Area of the intersection over the smaller of the two boxes.
fn overlap_ratio(a: &Shape, b: &Shape) -> f32 {
    let w = (a.x1.min(b.x1) - a.x0.max(b.x0)).max(0.0);
    let h = (a.y1.min(b.y1) - a.y0.max(b.y0)).max(0.0);
    let small = (a.w() * a.h()).min(b.w() * b.h()).max(1e-3);
    w * h / small
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(pb: &mut PathBuilder, x: f32, y: f32, w: f32, h: f32) {
        pb.rect([(x, y), (x + w, y), (x + w, y + h), (x, y + h)]);
    }

    fn line(pb: &mut PathBuilder, a: Pt, b: Pt, out: &mut Vec<Shape>) {
        pb.move_to(a);
        pb.line_to(b);
        pb.paint(true, None, out);
    }

    #[test]
    fn stroked_box_with_cross_is_ticked_and_plain_box_empty() {
        let mut pb = PathBuilder::default();
        let mut shapes = Vec::new();
        rect(&mut pb, 10.0, 10.0, 8.5, 8.5);
        pb.paint(true, None, &mut shapes);
        line(&mut pb, (11.0, 11.0), (17.0, 17.0), &mut shapes);
        line(&mut pb, (11.0, 17.0), (17.0, 11.0), &mut shapes);
        rect(&mut pb, 10.0, 40.0, 8.5, 8.5);
        pb.paint(true, None, &mut shapes);
        let m = marks(&shapes);
        assert_eq!(m.len(), 2, "{m:?}");
        assert_eq!(m[0].kind, MarkKind::Ticked);
        assert_eq!(m[1].kind, MarkKind::Empty);
        assert!((m[1].y0 - 40.0).abs() < 0.01);
    }

    #[test]
    fn filled_box_ring_and_erased_box() {
        let mut pb = PathBuilder::default();
        let mut shapes = Vec::new();
        rect(&mut pb, 0.0, 0.0, 9.0, 9.0);
        pb.paint(false, Some(Ink::Dark), &mut shapes);
        // A ring: outer and inner square in one filled path.
        rect(&mut pb, 0.0, 20.0, 9.0, 9.0);
        rect(&mut pb, 1.0, 21.0, 7.0, 7.0);
        pb.paint(false, Some(Ink::Dark), &mut shapes);
        // Dark square, then a white one inside it.
        rect(&mut pb, 0.0, 40.0, 9.0, 9.0);
        pb.paint(false, Some(Ink::Dark), &mut shapes);
        rect(&mut pb, 1.0, 41.0, 7.0, 7.0);
        pb.paint(false, Some(Ink::Light), &mut shapes);
        let kinds: Vec<MarkKind> = marks(&shapes).iter().map(|m| m.kind).collect();
        assert_eq!(
            kinds,
            vec![MarkKind::Filled, MarkKind::Empty, MarkKind::Empty]
        );
    }

    #[test]
    fn box_from_four_sides_with_a_tick() {
        let mut pb = PathBuilder::default();
        let mut shapes = Vec::new();
        // Four sides as separate strokes, then a second box of four thin filled bars.
        line(&mut pb, (10.0, 10.0), (20.0, 10.0), &mut shapes);
        line(&mut pb, (10.0, 20.0), (20.0, 20.0), &mut shapes);
        line(&mut pb, (10.0, 10.0), (10.0, 20.0), &mut shapes);
        line(&mut pb, (20.0, 10.0), (20.0, 20.0), &mut shapes);
        pb.move_to((12.0, 15.0));
        pb.line_to((14.0, 18.0));
        pb.line_to((18.0, 12.0));
        pb.paint(true, None, &mut shapes);
        for (x, y, w, h) in [
            (10.0, 40.0, 10.0, 0.5),
            (10.0, 49.5, 10.0, 0.5),
            (10.0, 40.0, 0.5, 10.0),
            (19.5, 40.0, 0.5, 10.0),
        ] {
            rect(&mut pb, x, y, w, h);
            pb.paint(false, Some(Ink::Dark), &mut shapes);
        }
        let kinds: Vec<MarkKind> = marks(&shapes).iter().map(|m| m.kind).collect();
        assert_eq!(kinds, vec![MarkKind::Ticked, MarkKind::Empty]);
    }

    #[test]
    fn free_cross_and_tick_but_not_long_rules() {
        let mut pb = PathBuilder::default();
        let mut shapes = Vec::new();
        line(&mut pb, (0.0, 0.0), (8.0, 8.0), &mut shapes);
        line(&mut pb, (0.0, 8.0), (8.0, 0.0), &mut shapes);
        pb.move_to((20.0, 4.0));
        pb.line_to((23.0, 8.0));
        pb.line_to((29.0, 0.0));
        pb.paint(true, None, &mut shapes);
        line(&mut pb, (0.0, 50.0), (400.0, 50.0), &mut shapes);
        let m = marks(&shapes);
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(m.iter().all(|m| m.kind == MarkKind::Ticked));
    }

    #[test]
    fn curved_tick_but_not_an_arc() {
        let mut pb = PathBuilder::default();
        let mut shapes = Vec::new();
        // ✓ as one Bézier: from (0,5) down to (3,9) and up to (9,0).
        pb.move_to((0.0, 5.0));
        pb.curve_to(&[(1.0, 7.0), (2.0, 9.0)], (3.0, 9.0));
        pb.curve_to(&[(5.0, 6.0), (7.0, 3.0)], (9.0, 0.0));
        pb.paint(true, None, &mut shapes);
        // An arc ⌒ from left to right at the same height.
        pb.move_to((20.0, 9.0));
        pb.curve_to(&[(22.0, 0.0), (27.0, 0.0)], (29.0, 9.0));
        pb.paint(true, None, &mut shapes);
        let m = marks(&shapes);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(m[0].x1 < 10.0 && m[0].kind == MarkKind::Ticked);
    }

    #[test]
    fn shape_cap_and_subpath_cap_hold() {
        let mut pb = PathBuilder::default();
        let mut shapes = Vec::new();
        for i in 0..(MAX_SHAPES_PER_PAGE + 50) {
            rect(&mut pb, (i % 50) as f32, 0.0, 5.0, 5.0);
            pb.paint(true, None, &mut shapes);
        }
        assert_eq!(shapes.len(), MAX_SHAPES_PER_PAGE);
        let mut shapes = Vec::new();
        for i in 0..(MAX_SUBPATHS + 1) {
            rect(&mut pb, i as f32, 0.0, 5.0, 5.0);
        }
        pb.paint(true, None, &mut shapes);
        assert!(shapes.is_empty());
        assert!(pb.is_empty());
    }

    #[test]
    fn light_ink_and_cmyk() {
        assert_eq!(Ink::from_components(&[1.0]), Ink::Light);
        assert_eq!(Ink::from_components(&[0.0, 0.0, 0.0]), Ink::Dark);
        assert_eq!(Ink::from_components(&[0.0, 0.0, 0.0, 0.0]), Ink::Light);
        assert_eq!(Ink::from_components(&[0.0, 0.0, 0.0, 1.0]), Ink::Dark);
    }
}
