//! Page preprocessing before recognition: deskew (projection profiles).
//!
//! Binarization is left to tesseract's adaptive (Sauvola) thresholding, chosen in `engine`;
//! the resolution is chosen when rasterizing.

use super::ink::Ink;
use super::raster::Gray;

/// Largest skew looked for, in degrees.
const MAX_SKEW_DEG: f32 = 3.0;
/// Angle step of the search, in degrees.
const STEP_DEG: f32 = 0.1;
/// Skews smaller than this are left alone (degrees).
const MIN_SKEW_DEG: f32 = 0.15;
/// Reduction factor of the image the skew is measured on.
const REDUCE: usize = 4;

/// Straighten a page turned by a small angle; returns the corrected angle in degrees (0 when
/// the page was left as it was).
pub fn deskew(img: &mut Gray) -> f32 {
    let angle = skew(img);
    if angle.abs() < MIN_SKEW_DEG {
        return 0.0;
    }
    *img = rotate(img, angle.to_radians());
    angle
}

/// Dark pixels of a reduced copy of the image: (x, y) of every block of REDUCE × REDUCE
/// pixels that holds ink.
fn ink_points(img: &Gray) -> Vec<(f32, f32)> {
    let threshold = otsu(img);
    let (rw, rh) = (img.w / REDUCE, img.h / REDUCE);
    let mut pts = Vec::new();
    for ry in 0..rh {
        for rx in 0..rw {
            let mut dark = 0;
            for dy in 0..REDUCE {
                let row = (ry * REDUCE + dy) * img.w + rx * REDUCE;
                dark += img.px[row..row + REDUCE]
                    .iter()
                    .filter(|p| **p < threshold)
                    .count();
            }
            // a block half covered: strokes, not speckles
            if dark * 2 >= REDUCE * REDUCE {
                pts.push((rx as f32, ry as f32));
            }
        }
    }
    pts
}

/// The skew of the text lines in degrees (positive: lines fall to the right), by maximizing
/// the variance of the row profile of the sheared ink.
pub fn skew(img: &Gray) -> f32 {
    let pts = ink_points(img);
    let rh = img.h / REDUCE;
    if pts.len() < 200 || rh < 10 {
        return 0.0;
    }
    let cx = (img.w / REDUCE) as f32 / 2.0;
    let score = |deg: f32| -> f64 {
        let t = deg.to_radians().tan();
        let mut bins = vec![0u32; rh + 2 * (rh / 4) + 2];
        let off = (rh / 4) as f32;
        for &(x, y) in &pts {
            let yy = y - (x - cx) * t + off;
            if yy >= 0.0 && (yy as usize) < bins.len() {
                bins[yy as usize] += 1;
            }
        }
        bins.iter().map(|&b| f64::from(b) * f64::from(b)).sum()
    };
    let steps = (MAX_SKEW_DEG / STEP_DEG).round() as i32;
    let mut best = (0.0f32, score(0.0));
    for i in -steps..=steps {
        let deg = i as f32 * STEP_DEG;
        let s = score(deg);
        if s > best.1 * 1.0001 {
            best = (deg, s);
        }
    }
    best.0
}

/// The image turned by `-angle` radians about its centre (white where nothing maps),
/// bilinear. Inside the image the pixels are read without bounds checks and rounded without a
/// call into libm; the result is the same, bit for bit, as the slow path's.
fn rotate(img: &Gray, angle: f32) -> Gray {
    let (w, h) = (img.w, img.h);
    if w < 2 || h < 2 || img.px.len() != w * h {
        return img.clone();
    }
    let (s, c) = angle.sin_cos();
    let (cx, cy) = (w as f32 / 2.0, h as f32 / 2.0);
    let mut px = vec![255u8; w * h];
    let (max_x, max_y) = ((w - 1) as f32, (h - 1) as f32);
    for (y, row) in px.chunks_exact_mut(w).enumerate() {
        let dy = y as f32 - cy;
        for (x, out) in row.iter_mut().enumerate() {
            let dx = x as f32 - cx;
            // source point: the destination point turned by +angle
            let sx = cx + dx * c - dy * s;
            let sy = cy + dx * s + dy * c;
            *out = if sx >= 0.0 && sy >= 0.0 && sx < max_x && sy < max_y {
                // truncation is floor here, and the value is ≥ 0
                let (x0, y0) = (sx as usize, sy as usize);
                let (fx, fy) = (sx - x0 as f32, sy - y0 as f32);
                let i = y0 * w + x0;
                let p = |j: usize| f32::from(img.px[j]);
                let top = p(i) * (1.0 - fx) + p(i + 1) * fx;
                let bottom = p(i + w) * (1.0 - fx) + p(i + w + 1) * fx;
                round_half_up(top * (1.0 - fy) + bottom * fy)
            } else {
                bilinear(img, sx, sy)
            };
        }
    }
    Gray { w, h, px }
}

/// The image at (sx, sy), bilinear, white outside: the plain version, for the border.
fn bilinear(img: &Gray, sx: f32, sy: f32) -> u8 {
    let (x0, y0) = (sx.floor(), sy.floor());
    let (fx, fy) = (sx - x0, sy - y0);
    let (ix, iy) = (x0 as isize, y0 as isize);
    let p = |xx: isize, yy: isize| f32::from(img.get(xx, yy));
    let top = p(ix, iy) * (1.0 - fx) + p(ix + 1, iy) * fx;
    let bottom = p(ix, iy + 1) * (1.0 - fx) + p(ix + 1, iy + 1) * fx;
    (top * (1.0 - fy) + bottom * fy).round().clamp(0.0, 255.0) as u8
}

/// `v.round()` for 0 ≤ v ≤ 255 (halves away from zero), exactly, without libm.
fn round_half_up(v: f32) -> u8 {
    let whole = v as u32; // truncation: v ≥ 0
    let up = u32::from(v - whole as f32 >= 0.5);
    (whole + up).min(255) as u8
}

/// Components this small (pixels) are dust, not print.
const DUST_PIXELS: usize = 4;

/// True when the page holds ink beyond dust (a blank page is not recognised).
pub fn has_ink(ink: &Ink) -> bool {
    ink.components.iter().any(|c| c.pixels > DUST_PIXELS)
}

/// Ink components of at most this many pixels (at 300 dpi) are dots of a halftone …
const DOT_PIXELS_300: f32 = 12.0;
/// … counted in square blocks of this side (pixels at 300 dpi) …
const BLOCK_300: f32 = 32.0;
/// … and a block holding this many is halftone (a gray printed or scanned as dots).
const DOTS_PER_BLOCK: u32 = 8;
/// Radius (pixels at 300 dpi) of the box blur, applied twice, that turns dots into gray.
const BLUR_300: f32 = 2.0;

/// Turn halftone areas (shaded table headers, form fields and boxes scanned in black and white:
/// a gray made of dots) into smooth gray, so that the text printed on them is read: tesseract
/// otherwise takes such an area, text and all, for a picture. An area is a group of at least
/// two neighbouring blocks dense with tiny ink components; it is blurred (≈ Gaussian, σ 2 px
/// at 300 dpi) together with one block around it. Returns the number of blocks blurred.
pub fn descreen(img: &mut Gray, ink: &Ink, dpi: u32) -> usize {
    if img.w == 0 || img.px.len() != img.w * img.h {
        return 0;
    }
    let scale = dpi as f32 / 300.0;
    let dot = (DOT_PIXELS_300 * scale * scale).max(2.0) as usize;
    let block = ((BLOCK_300 * scale).round() as usize).max(8);
    let (gw, gh) = (img.w.div_ceil(block), img.h.div_ceil(block));
    let mut dots = vec![0u32; gw * gh];
    for c in ink.components.iter().filter(|c| c.pixels <= dot) {
        let (bx, by) = ((c.x0 + c.x1) / 2 / block, (c.y0 + c.y1) / 2 / block);
        dots[by.min(gh - 1) * gw + bx.min(gw - 1)] += 1;
    }
    let dense = |bx: isize, by: isize| {
        bx >= 0
            && by >= 0
            && (bx as usize) < gw
            && (by as usize) < gh
            && dots[by as usize * gw + bx as usize] >= DOTS_PER_BLOCK
    };
    let around = |bx: isize, by: isize| {
        (-1..=1).flat_map(move |dy| (-1..=1).map(move |dx| (bx + dx, by + dy)))
    };
    // halftone: a dense block with a dense neighbour; blurred: those and the blocks around them
    let mut blur = vec![false; gw * gh];
    let mut any = false;
    for by in 0..gh as isize {
        for bx in 0..gw as isize {
            if !dense(bx, by) || !around(bx, by).any(|(x, y)| (x, y) != (bx, by) && dense(x, y)) {
                continue;
            }
            any = true;
            for (x, y) in around(bx, by) {
                if x >= 0 && y >= 0 && (x as usize) < gw && (y as usize) < gh {
                    blur[y as usize * gw + x as usize] = true;
                }
            }
        }
    }
    if !any {
        return 0;
    }
    let radius = ((BLUR_300 * scale).round() as usize).max(1);
    // Each block is blurred from a window reaching 2 × radius beyond it (the reach of two
    // passes), so the result equals blurring the whole page, at the cost of the blocks only.
    let reach = 2 * radius;
    let source = img.clone();
    for (b, _) in blur.iter().enumerate().filter(|(_, on)| **on) {
        let (x0, y0) = ((b % gw) * block, (b / gw) * block);
        let (x1, y1) = ((x0 + block).min(img.w), (y0 + block).min(img.h));
        let (wx0, wy0) = (x0.saturating_sub(reach), y0.saturating_sub(reach));
        let (wx1, wy1) = ((x1 + reach).min(img.w), (y1 + reach).min(img.h));
        let window = source.crop(wx0, wy0, wx1, wy1);
        let smooth = box_blur(&box_blur(&window, radius), radius);
        for y in y0..y1 {
            let row = y * img.w;
            let from = (y - wy0) * window.w + (x0 - wx0);
            img.px[row + x0..row + x1].copy_from_slice(&smooth.px[from..from + (x1 - x0)]);
        }
    }
    blur.iter().filter(|on| **on).count()
}

/// The image blurred by a box of (2 × `radius` + 1)² pixels (edges repeated outward).
fn box_blur(img: &Gray, radius: usize) -> Gray {
    let pass =
        |src: &[u8], len: usize, stride: usize, lines: usize, step: usize, out: &mut [u8]| {
            let n = (2 * radius + 1) as u32;
            for line in 0..lines {
                let base = line * step;
                let at = |i: isize| -> u32 {
                    let i = i.clamp(0, len as isize - 1) as usize;
                    u32::from(src[base + i * stride])
                };
                let mut sum: u32 = (-(radius as isize)..=radius as isize).map(at).sum();
                for i in 0..len {
                    out[base + i * stride] = ((sum + n / 2) / n) as u8;
                    sum += at(i as isize + radius as isize + 1);
                    sum -= at(i as isize - radius as isize);
                }
            }
        };
    let (w, h) = (img.w, img.h);
    let mut across = vec![0u8; w * h];
    pass(&img.px, w, 1, h, w, &mut across);
    let mut px = vec![0u8; w * h];
    pass(&across, h, w, w, 1, &mut px);
    Gray { w, h, px }
}

/// Otsu's global threshold of the image (pixels below it are ink).
pub fn otsu(img: &Gray) -> u8 {
    let mut hist = [0u64; 256];
    for &p in &img.px {
        hist[p as usize] += 1;
    }
    let total = img.px.len() as f64;
    let sum: f64 = hist
        .iter()
        .enumerate()
        .map(|(i, &n)| i as f64 * n as f64)
        .sum();
    let (mut w0, mut sum0, mut best, mut best_t) = (0.0f64, 0.0f64, -1.0f64, 128u8);
    for (t, &n) in hist.iter().enumerate() {
        w0 += n as f64;
        if w0 == 0.0 {
            continue;
        }
        let w1 = total - w0;
        if w1 == 0.0 {
            break;
        }
        sum0 += t as f64 * n as f64;
        let (m0, m1) = (sum0 / w0, (sum - sum0) / w1);
        let between = w0 * w1 * (m0 - m1) * (m0 - m1);
        if between > best {
            best = between;
            best_t = t as u8;
        }
    }
    best_t.saturating_add(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A white page with dark text-like bars falling by `slope` to the right.
    fn page(slope: f32) -> Gray {
        let (w, h) = (800, 600);
        let mut px = vec![255u8; w * h];
        for line in 0..12 {
            let y0 = 40.0 + line as f32 * 45.0;
            for x in 60..740 {
                if (x / 9) % 5 == 4 {
                    continue; // word gaps
                }
                let y = y0 + (x as f32 - 400.0) * slope;
                for dy in 0..14 {
                    let yy = (y as isize + dy) as usize;
                    if yy < h {
                        px[yy * w + x] = 20;
                    }
                }
            }
        }
        Gray { w, h, px }
    }

    #[test]
    fn finds_and_removes_a_small_skew() {
        let deg = 1.2f32;
        let mut img = page(deg.to_radians().tan());
        let found = skew(&img);
        assert!((found - deg).abs() <= 0.2, "found {found}");
        deskew(&mut img);
        assert!(skew(&img).abs() <= 0.15, "after: {}", skew(&img));
        assert_eq!(skew(&page(0.0)), 0.0);
    }

    #[test]
    fn the_fast_rotation_equals_plain_bilinear_rounding_bit_for_bit() {
        // the plain version for every pixel
        fn reference(img: &Gray, angle: f32) -> Vec<u8> {
            let (s, c) = angle.sin_cos();
            let (cx, cy) = (img.w as f32 / 2.0, img.h as f32 / 2.0);
            let mut px = Vec::with_capacity(img.w * img.h);
            for y in 0..img.h {
                for x in 0..img.w {
                    let (dx, dy) = (x as f32 - cx, y as f32 - cy);
                    px.push(bilinear(img, cx + dx * c - dy * s, cy + dx * s + dy * c));
                }
            }
            px
        }
        let (w, h) = (173, 91);
        let px = (0..w * h).map(|i| ((i * 7919) % 251) as u8).collect();
        let img = Gray { w, h, px };
        for deg in [-2.7f32, -0.4, 0.15, 1.3] {
            assert!(rotate(&img, deg.to_radians()).px == reference(&img, deg.to_radians()));
        }
    }

    #[test]
    fn halftone_turns_gray_and_text_beside_it_stays_sharp() {
        // a 300-dpi page: a dotted band (one dot in every 4 × 4 pixels, a 6 % gray scanned
        // in black and white) with a bar of "text" on it, and text-like bars on white below
        let (w, h) = (640, 480);
        let mut px = vec![255u8; w * h];
        for y in (40..200).step_by(4) {
            for x in (40..600).step_by(4) {
                px[y * w + x] = 0;
            }
        }
        for y in 110..124 {
            for x in 100..300 {
                px[y * w + x] = 0;
            }
        }
        for line in 0..4 {
            for y in 260 + line * 45..274 + line * 45 {
                for x in 60..580 {
                    if (x / 9) % 5 != 4 {
                        px[y * w + x] = 20;
                    }
                }
            }
        }
        let mut img = Gray { w, h, px };
        let before = img.clone();
        let ink = crate::pdf::ocr::ink::find(&img);
        assert!(descreen(&mut img, &ink, 300) > 0);
        // the dots became a light gray, the bar on them stays dark
        let band = &img.px[150 * w + 300..150 * w + 400];
        assert!(band.iter().all(|&p| p > 200 && p < 255), "{band:?}");
        assert!(img.px[117 * w + 200] < 80);
        // blurred block by block, the same as blurring the whole page
        let whole = box_blur(&box_blur(&before, 2), 2);
        for (i, p) in img.px.iter().enumerate() {
            assert!(*p == before.px[i] || *p == whole.px[i], "pixel {i}");
        }
        // the text on white is untouched
        assert!(img.px[300 * w..].iter().eq(before.px[300 * w..].iter()));
        // no halftone: nothing changes
        let mut plain = before.clone();
        plain.px[..230 * w].fill(255);
        let ink = crate::pdf::ocr::ink::find(&plain);
        assert_eq!(descreen(&mut plain.clone(), &ink, 300), 0);
    }

    #[test]
    fn a_page_with_only_dust_has_no_ink() {
        let (w, h) = (300, 200);
        let mut img = Gray {
            w,
            h,
            px: vec![255u8; w * h],
        };
        img.px[5 * w + 5] = 0; // dust
        assert!(!has_ink(&crate::pdf::ocr::ink::find(&img)));
        for y in 50..60 {
            for x in 100..180 {
                img.px[y * w + x] = 0;
            }
        }
        assert!(has_ink(&crate::pdf::ocr::ink::find(&img)));
    }

    #[test]
    fn blank_page_is_left_alone() {
        let mut img = Gray {
            w: 100,
            h: 100,
            px: vec![255; 10_000],
        };
        assert_eq!(deskew(&mut img), 0.0);
    }
}
