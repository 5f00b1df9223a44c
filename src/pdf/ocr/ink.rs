//! The ink of a page image as connected components (8-connected pixels darker than a
//! threshold), found once per page and read by the checkbox search ([`super::boxes`]) and the
//! halftone search ([`super::prep::descreen`]).

use super::raster::Gray;

/// At most this many components are collected per page (bounds hostile pages).
const MAX_COMPONENTS: usize = 400_000;

/// One connected piece of ink: its bounding box (inclusive, in pixels) and its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Component {
    /// Left column.
    pub x0: usize,
    /// Top row.
    pub y0: usize,
    /// Right column (inclusive).
    pub x1: usize,
    /// Bottom row (inclusive).
    pub y1: usize,
    /// Inked pixels.
    pub pixels: usize,
}

/// The page's ink: the threshold it was cut at and its components, top to bottom.
#[derive(Debug, Clone, Default)]
pub struct Ink {
    /// Pixels below this gray value are ink.
    pub threshold: u8,
    /// Connected components in the order their first pixel is met (row by row).
    pub components: Vec<Component>,
}

impl Ink {
    /// True when the pixel at (x, y) (inside the image) is ink.
    pub fn at(&self, img: &Gray, x: usize, y: usize) -> bool {
        img.px[y * img.w + x] < self.threshold
    }
}

/// The ink of `img` at Otsu's threshold.
pub fn find(img: &Gray) -> Ink {
    let threshold = super::prep::otsu(img);
    let mut ink = Ink {
        threshold,
        components: Vec::new(),
    };
    if img.w == 0 || img.px.len() != img.w * img.h {
        return ink;
    }
    // the ink not yet visited, with a white border of one pixel so that the flood fill needs
    // no bounds checks: (x, y) of the image is (x + 1, y + 1) here
    let stride = img.w + 2;
    let mut unseen = vec![false; stride * (img.h + 2)];
    for (row, src) in unseen
        .chunks_exact_mut(stride)
        .skip(1)
        .zip(img.px.chunks_exact(img.w))
    {
        for (u, p) in row[1..=img.w].iter_mut().zip(src) {
            *u = *p < threshold;
        }
    }
    let neighbours = [
        1,
        stride - 1,
        stride,
        stride + 1,
        usize::MAX,                  // -1
        (stride - 1).wrapping_neg(), // -(stride - 1)
        stride.wrapping_neg(),
        (stride + 1).wrapping_neg(),
    ];
    let mut stack: Vec<usize> = Vec::new();
    for start in 0..unseen.len() {
        if !unseen[start] {
            continue;
        }
        if ink.components.len() >= MAX_COMPONENTS {
            break;
        }
        // flood fill (8-connected), tracking the bounding box in padded coordinates
        let (mut x0, mut y0, mut x1, mut y1) = (usize::MAX, usize::MAX, 0, 0);
        let mut pixels = 0;
        unseen[start] = false;
        stack.push(start);
        while let Some(i) = stack.pop() {
            let (x, y) = (i % stride, i / stride);
            pixels += 1;
            x0 = x0.min(x);
            x1 = x1.max(x);
            y0 = y0.min(y);
            y1 = y1.max(y);
            for d in neighbours {
                let j = i.wrapping_add(d);
                if unseen[j] {
                    unseen[j] = false;
                    stack.push(j);
                }
            }
        }
        ink.components.push(Component {
            x0: x0 - 1,
            y0: y0 - 1,
            x1: x1 - 1,
            y1: y1 - 1,
            pixels,
        });
    }
    ink
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_have_their_boxes_and_sizes() {
        let mut img = Gray {
            w: 20,
            h: 10,
            px: vec![255; 200],
        };
        for (x, y) in [(0, 0), (1, 1), (2, 2), (10, 5), (11, 5), (19, 9)] {
            img.px[y * 20 + x] = 0;
        }
        let ink = find(&img);
        let got: Vec<(usize, usize, usize, usize, usize)> = ink
            .components
            .iter()
            .map(|c| (c.x0, c.y0, c.x1, c.y1, c.pixels))
            .collect();
        assert_eq!(got, [(0, 0, 2, 2, 3), (10, 5, 11, 5, 2), (19, 9, 19, 9, 1)]);
    }
}
