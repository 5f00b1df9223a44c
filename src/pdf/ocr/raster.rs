//! Rasterizing one page to an 8-bit gray image with `pdftoppm`, and the image type.

use super::run::{RunError, run_limited};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// An 8-bit gray image, row by row (0 = black, 255 = white).
#[derive(Debug, Clone, Default)]
pub struct Gray {
    /// Width in pixels.
    pub w: usize,
    /// Height in pixels.
    pub h: usize,
    /// `w * h` pixels.
    pub px: Vec<u8>,
}

/// Largest image accepted from the rasterizer (pixels): an A0 page at 300 dpi.
const MAX_PIXELS: usize = 160_000_000;

/// Bytes of a PGM header, at most (`P5`, the size, comments, `255`).
const MAX_PGM_HEADER: usize = 4096;

/// Largest image rendered (pixels): an A2 page at 300 dpi (34.8 million) fits; a larger page
/// is rendered at a lower resolution (A1 at about 220 dpi, A0 at about 155 dpi). The image and
/// its working copies (deskew, ink, halftone) take about four bytes per pixel: 160 million
/// pixels (A0 at 300 dpi) took 662 MB, a 5000 pt page read in full before the size check
/// 858 MB.
const MAX_RENDER_PIXELS: usize = 40_000_000;

/// Pages that would need less than this resolution to fit [`MAX_RENDER_PIXELS`] (larger than
/// about 4 × 4 m) are not rendered at all.
const MIN_DPI: u32 = 24;

/// The resolution at which a page of `width` × `height` points is rendered: `dpi`, or less
/// for a page larger than A2, so that the image stays within [`MAX_RENDER_PIXELS`] (a page box
/// of 14,400 pt, the largest PDF allows, is 3.6 gigapixels at 300 dpi). `None` for a page too
/// large to render even at [`MIN_DPI`]. A size that is not positive and finite (a broken page
/// box) keeps `dpi`: the rasterizer then uses its own default box.
pub fn fit_dpi(dpi: u32, width: f32, height: f32) -> Option<u32> {
    let pixels = |d: u32| {
        let side = |pt: f32| (f64::from(pt) * f64::from(d) / 72.0).ceil();
        side(width) * side(height)
    };
    if !(width.is_finite() && height.is_finite() && width > 0.0 && height > 0.0) {
        return Some(dpi);
    }
    let most = MAX_RENDER_PIXELS as f64;
    if pixels(dpi) <= most {
        return Some(dpi);
    }
    let scale = (most / pixels(dpi)).sqrt();
    let mut d = (f64::from(dpi) * scale).floor() as u32;
    while d >= MIN_DPI && pixels(d) > most {
        d -= 1;
    }
    (d >= MIN_DPI).then_some(d)
}

impl Gray {
    /// The pixel at (x, y), white outside the image.
    pub fn get(&self, x: isize, y: isize) -> u8 {
        if x < 0 || y < 0 || x as usize >= self.w || y as usize >= self.h {
            return 255;
        }
        self.px[y as usize * self.w + x as usize]
    }

    /// The part of the image from (x0, y0) up to (x1, y1), exclusive (within the image).
    pub fn crop(&self, x0: usize, y0: usize, x1: usize, y1: usize) -> Gray {
        let (x1, y1) = (x1.min(self.w), y1.min(self.h));
        let (x0, y0) = (x0.min(x1), y0.min(y1));
        let mut px = Vec::with_capacity((x1 - x0) * (y1 - y0));
        for y in y0..y1 {
            px.extend_from_slice(&self.px[y * self.w + x0..y * self.w + x1]);
        }
        Gray {
            w: x1 - x0,
            h: y1 - y0,
            px,
        }
    }

    /// Parse a binary PGM (P5, maxval 255), as `pdftoppm -gray` writes it.
    pub fn from_pgm(bytes: &[u8]) -> Option<Gray> {
        let mut pos = 0;
        let mut fields = Vec::new();
        while fields.len() < 4 {
            while pos < bytes.len() && bytes[pos].is_ascii_whitespace() {
                pos += 1;
            }
            if bytes.get(pos) == Some(&b'#') {
                while pos < bytes.len() && bytes[pos] != b'\n' {
                    pos += 1;
                }
                continue;
            }
            let start = pos;
            while pos < bytes.len() && !bytes[pos].is_ascii_whitespace() {
                pos += 1;
            }
            if start == pos {
                return None;
            }
            fields.push(std::str::from_utf8(&bytes[start..pos]).ok()?);
        }
        pos += 1; // the single white-space byte before the raster
        let (w, h): (usize, usize) = (fields[1].parse().ok()?, fields[2].parse().ok()?);
        if fields[0] != "P5" || fields[3] != "255" || w == 0 || h == 0 || w * h > MAX_PIXELS {
            return None;
        }
        let px = bytes.get(pos..pos + w * h)?.to_vec();
        Some(Gray { w, h, px })
    }

    /// Write the image as an uncompressed 8-bit gray TIFF of `dpi` dots per inch — the input
    /// tesseract reads fastest (its PNM reader takes a `fread` per pixel, and from stdin it
    /// reads a byte at a time: together ≈ 0.2 CPU s of a 300-dpi A4 page).
    pub fn write_tiff(&self, out: &mut impl std::io::Write, dpi: u32) -> std::io::Result<()> {
        let bytes = u32::try_from(self.px.len())
            .ok()
            .filter(|_| self.px.len() == self.w * self.h)
            .ok_or_else(|| std::io::Error::other("image too large for TIFF"))?;
        let (w, h) = (self.w as u32, self.h as u32);
        // header (8) + entry count (2) + 12 entries (144) + next-IFD offset (4) + 2 rationals
        const ENTRIES: u16 = 12;
        let ifd_end = 8 + 2 + 12 * u32::from(ENTRIES) + 4;
        let (x_res, y_res, data) = (ifd_end, ifd_end + 8, ifd_end + 16);
        let mut head = Vec::with_capacity(data as usize);
        head.extend_from_slice(b"II*\0");
        head.extend_from_slice(&8u32.to_le_bytes());
        head.extend_from_slice(&ENTRIES.to_le_bytes());
        let mut entry = |tag: u16, kind: u16, value: u32| {
            head.extend_from_slice(&tag.to_le_bytes());
            head.extend_from_slice(&kind.to_le_bytes());
            head.extend_from_slice(&1u32.to_le_bytes());
            match kind {
                SHORT => {
                    head.extend_from_slice(&(value as u16).to_le_bytes());
                    head.extend_from_slice(&[0, 0]);
                }
                _ => head.extend_from_slice(&value.to_le_bytes()),
            }
        };
        const SHORT: u16 = 3;
        const LONG: u16 = 4;
        const RATIONAL: u16 = 5;
        entry(256, LONG, w); // ImageWidth
        entry(257, LONG, h); // ImageLength
        entry(258, SHORT, 8); // BitsPerSample
        entry(259, SHORT, 1); // Compression: none
        entry(262, SHORT, 1); // PhotometricInterpretation: black is zero
        entry(273, LONG, data); // StripOffsets
        entry(277, SHORT, 1); // SamplesPerPixel
        entry(278, LONG, h); // RowsPerStrip
        entry(279, LONG, bytes); // StripByteCounts
        entry(282, RATIONAL, x_res); // XResolution
        entry(283, RATIONAL, y_res); // YResolution
        entry(296, SHORT, 2); // ResolutionUnit: inch
        head.extend_from_slice(&0u32.to_le_bytes());
        for _ in 0..2 {
            head.extend_from_slice(&dpi.to_le_bytes());
            head.extend_from_slice(&1u32.to_le_bytes());
        }
        out.write_all(&head)?;
        out.write_all(&self.px)
    }
}

/// Render page `page` (1-based) of the PDF at `pdf` at `dpi` dots per inch, in gray.
pub fn render(pdf: &Path, page: usize, dpi: u32, budget: Duration) -> Result<Gray, RunError> {
    let n = page.to_string();
    // a page box other than the one measured (pdftoppm renders the media box) cannot make the
    // output larger than the largest image accepted
    let out = run_limited(
        Command::new("pdftoppm")
            .args([
                "-gray",
                "-singlefile",
                "-r",
                &dpi.to_string(),
                "-f",
                &n,
                "-l",
                &n,
            ])
            .arg(pdf),
        None,
        budget,
        MAX_PIXELS + MAX_PGM_HEADER,
    )?;
    Gray::from_pgm(&out)
        .ok_or_else(|| RunError::Failed("pdftoppm".into(), format!("page {page}: no usable image")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_larger_than_a0_are_rendered_at_a_lower_resolution() {
        // A4 and A2 keep the resolution asked for, A0 gets less
        assert_eq!(fit_dpi(300, 595.0, 842.0), Some(300));
        assert_eq!(fit_dpi(300, 1191.0, 1684.0), Some(300));
        let a0 = fit_dpi(300, 2384.0, 3370.0).expect("renders");
        assert!((150..300).contains(&a0), "{a0}");
        // a page box of 200 × 200 inches (the largest PDF allows) fits at 31 dpi
        let d = fit_dpi(300, 14_400.0, 14_400.0).expect("renders");
        assert!((MIN_DPI..300).contains(&d), "{d}");
        let side = (14_400.0 * f64::from(d) / 72.0).ceil();
        assert!(side * side <= MAX_RENDER_PIXELS as f64);
        // a page kilometres wide is not rendered; a broken size keeps the resolution
        assert_eq!(fit_dpi(300, 1e6, 1e6), None);
        assert_eq!(fit_dpi(300, 0.0, 842.0), Some(300));
        assert_eq!(fit_dpi(300, f32::NAN, 842.0), Some(300));
    }

    #[test]
    fn pgm_round_trips_and_rejects_junk() {
        let img = Gray {
            w: 3,
            h: 2,
            px: vec![0, 10, 20, 30, 40, 255],
        };
        let mut pgm = b"P5\n# pdftoppm\n3 2\n255\n".to_vec();
        pgm.extend_from_slice(&img.px);
        let back = Gray::from_pgm(&pgm).expect("parses");
        assert_eq!((back.w, back.h, back.px), (3, 2, img.px.clone()));
        assert!(Gray::from_pgm(b"P5\n3 2\n255\n\x00").is_none(), "truncated");
        assert!(
            Gray::from_pgm(b"P6\n1 1\n255\n\x00\x00\x00").is_none(),
            "colour"
        );
        assert!(Gray::from_pgm(b"P5\n99999 99999\n255\n").is_none(), "huge");
        assert!(Gray::from_pgm(b"").is_none());
    }
}
