//! Tesseract's TSV output → recognised words with boxes → glyphs for the layout stage.
//!
//! Words of one tesseract line share one baseline (measured on its words without descenders,
//! counted by length; a stamp word far off it keeps its own),
//! and font sizes are estimated from word heights and evened out per page, so that the layout
//! stage (`layout::layout`) builds lines, cells and blocks from a scan as it does from a
//! born-digital page.

use super::super::content::Glyph;
use super::confusions::Codes;
use serde::{Deserialize, Serialize};

/// One recognised word, in pixels of the page image.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Word {
    /// The word's text.
    pub text: String,
    /// Left edge.
    pub x0: f32,
    /// Top edge.
    pub y0: f32,
    /// Right edge.
    pub x1: f32,
    /// Bottom edge.
    pub y1: f32,
    /// Tesseract's confidence, 0–100.
    pub conf: f32,
    /// Which tesseract line (block, paragraph, line) the word belongs to.
    pub line: u32,
    /// Which tesseract block (numbered in tesseract's reading order).
    #[serde(default)]
    pub block: u32,
}

/// Where a kept word landed, in points: its block, left and right edge, baseline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spot {
    /// Tesseract block.
    pub block: u32,
    /// Left edge.
    pub x0: f32,
    /// Right edge.
    pub x1: f32,
    /// Baseline.
    pub y: f32,
}

/// Words below this confidence that hold no letter or digit are noise (speckles, stamps,
/// rules read as dashes).
const NOISE_CONF: f32 = 50.0;
/// Words below this confidence are dropped whatever they hold.
const MIN_CONF: f32 = 10.0;
/// Words of at most three characters below this confidence are dropped unless they are a
/// number (handwriting and stamps come out as `u`, `ee`, `PR`).
const SHORT_CONF: f32 = 40.0;

/// Parse tesseract's `tsv` output (level-5 rows are words).
pub fn parse(tsv: &str) -> Vec<Word> {
    let mut words = Vec::new();
    let mut line_ids: Vec<(u32, u32, u32)> = Vec::new();
    for row in tsv.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        if cols.len() < 12 || cols[0] != "5" {
            continue;
        }
        let num = |i: usize| cols[i].trim().parse::<f32>().ok().filter(|v| v.is_finite());
        let id = |i: usize| cols[i].trim().parse::<u32>().unwrap_or(0);
        let (Some(left), Some(top), Some(width), Some(height), Some(conf)) =
            (num(6), num(7), num(8), num(9), num(10))
        else {
            continue;
        };
        let text = cols[11..].join("\t").trim().to_string();
        if text.is_empty() || width <= 0.0 || height <= 0.0 {
            continue;
        }
        let key = (id(2), id(3), id(4));
        let line = match line_ids.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                line_ids.push(key);
                line_ids.len() - 1
            }
        } as u32;
        words.push(Word {
            text,
            x0: left,
            y0: top,
            x1: left + width,
            y1: top + height,
            conf,
            line,
            block: id(2),
        });
    }
    words
}

/// True for a word worth keeping.
pub fn is_signal(w: &Word) -> bool {
    let short_noise = w.conf < SHORT_CONF
        && w.text.chars().count() <= 3
        && !w.text.chars().all(|c| c.is_ascii_digit());
    w.conf >= MIN_CONF
        && !short_noise
        && (w.conf >= NOISE_CONF || w.text.chars().any(char::is_alphanumeric))
}

fn has_descender(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(
            c,
            'g' | 'j'
                | 'p'
                | 'q'
                | 'y'
                | ','
                | ';'
                | 'ß'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | '|'
                | '/'
        )
    })
}

fn has_ascender(text: &str) -> bool {
    text.chars().any(|c| {
        c.is_uppercase()
            || c.is_ascii_digit()
            || matches!(
                c,
                'b' | 'd' | 'f' | 'h' | 'k' | 'l' | 't' | 'ä' | 'ö' | 'ü' | 'ß'
            )
    })
}

/// A word's own baseline estimate: the bottom of its box, raised by the descender's depth when
/// it has one.
fn word_baseline(w: &Word) -> f32 {
    if has_descender(&w.text) {
        w.y1 - DESCENDER * (w.y1 - w.y0)
    } else {
        w.y1
    }
}

/// Share of a descender word's box height below the baseline.
const DESCENDER: f32 = 0.22;
/// A word whose own baseline is further than this many font sizes from its line's keeps its
/// own (a stamp or handwritten note that tesseract joined to a printed line).
const OFF_LINE_EM: f32 = 0.4;

/// Estimated font size (in pixels) and baseline of one tesseract line's words: the baseline is
/// the median of the words without descenders, each counted by its length, so that a few
/// short stamp or handwriting words joined to the line do not move it.
fn line_metrics(words: &[&Word]) -> (f32, f32) {
    let top = words.iter().map(|w| w.y0).fold(f32::INFINITY, f32::min);
    let bottom = words.iter().map(|w| w.y1).fold(f32::NEG_INFINITY, f32::max);
    let plain: Vec<&Word> = words
        .iter()
        .copied()
        .filter(|w| !has_descender(&w.text))
        .collect();
    let by_length = |ws: &[&Word]| -> Vec<f32> {
        ws.iter()
            .flat_map(|w| std::iter::repeat_n(word_baseline(w), w.text.chars().count().max(1)))
            .collect()
    };
    let baseline = median(by_length(if plain.is_empty() { words } else { &plain }));
    // a word with an ascender or capital and no descender is about 0.72 em high
    let tall: Vec<f32> = plain
        .iter()
        .filter(|w| (word_baseline(w) - baseline).abs() <= 0.3 * (w.y1 - w.y0))
        .filter(|w| has_ascender(&w.text))
        .map(|w| (w.y1 - w.y0) / 0.72)
        .collect();
    let size = if tall.is_empty() {
        (bottom - top) / 0.95
    } else {
        median(tall)
    };
    (size.max(1.0), baseline)
}

fn median(mut v: Vec<f32>) -> f32 {
    v.sort_by(f32::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

/// Glyphs for the layout stage: every word's characters spread evenly over its box, on its
/// line's baseline; `scale` turns pixels into points. Sizes within 15 % of each other on a page
/// are set to their common median, as a font size is shared by a paragraph. Misread codes are
/// repaired with the document's `codes` as evidence ([`super::confusions`]).
pub fn glyphs(words: &[Word], scale: f32, codes: &Codes) -> (Vec<Glyph>, Vec<Spot>) {
    let mut by_line: Vec<(u32, Vec<&Word>)> = Vec::new();
    for w in words.iter().filter(|w| is_signal(w)) {
        match by_line.iter_mut().find(|(l, _)| *l == w.line) {
            Some((_, v)) => v.push(w),
            None => by_line.push((w.line, vec![w])),
        }
    }
    let metrics: Vec<(f32, f32)> = by_line.iter().map(|(_, ws)| line_metrics(ws)).collect();
    let sizes = even_out(&metrics.iter().map(|m| m.0).collect::<Vec<_>>());
    let mut out = Vec::new();
    let mut spots = Vec::new();
    // a word far off its line's baseline keeps its own unless it would share a line with a
    // word it overlaps (the layout would interleave their letters)
    let collides = |w: &Word, y: f32, size: f32| {
        by_line.iter().zip(&metrics).any(|((_, other), (_, b))| {
            (b - y).abs() <= OFF_LINE_EM * size
                && other
                    .iter()
                    .any(|o| !std::ptr::eq(*o, w) && o.x0 < w.x1 && w.x0 < o.x1)
        })
    };
    for (((_, ws), (_, baseline)), &size) in by_line.iter().zip(&metrics).zip(&sizes) {
        for w in ws {
            let own = word_baseline(w);
            let baseline = if (own - baseline).abs() > OFF_LINE_EM * size && !collides(w, own, size)
            {
                own
            } else {
                *baseline
            };
            spots.push(Spot {
                block: w.block,
                x0: w.x0 * scale,
                x1: w.x1 * scale,
                y: baseline * scale,
            });
            let text = super::confusions::repair(&w.text, codes);
            let n = text.chars().count().max(1) as f32;
            let cw = (w.x1 - w.x0) / n;
            for (i, c) in text.chars().enumerate() {
                out.push(Glyph {
                    text: c.to_string(),
                    x: (w.x0 + i as f32 * cw) * scale,
                    y: baseline * scale,
                    w: cw * scale,
                    size: size * scale,
                    bold: false,
                    dir: 0,
                    space: false,
                });
            }
        }
    }
    (out, spots)
}

/// Sizes evened out: those within -20 %/+25 % of the page's median size (the body text) get
/// that size; of the others, each run of sorted sizes within 15 % of its first gets the run's
/// median.
fn even_out(sizes: &[f32]) -> Vec<f32> {
    let body = median(sizes.to_vec());
    let mut out = sizes.to_vec();
    let mut order: Vec<usize> = Vec::new();
    for (i, s) in sizes.iter().enumerate() {
        if *s >= 0.8 * body && *s <= 1.25 * body {
            out[i] = body;
        } else {
            order.push(i);
        }
    }
    order.sort_by(|a, b| sizes[*a].total_cmp(&sizes[*b]));
    let mut i = 0;
    while i < order.len() {
        let start = sizes[order[i]];
        let mut j = i;
        while j < order.len() && sizes[order[j]] <= start * 1.15 {
            j += 1;
        }
        let m = median(order[i..j].iter().map(|k| sizes[*k]).collect());
        for k in &order[i..j] {
            out[*k] = m;
        }
        i = j;
    }
    out
}

/// Mean confidence of the kept words, weighted by their length (None without words).
pub fn mean_confidence(words: &[Word]) -> Option<(f32, usize)> {
    let (mut sum, mut n) = (0.0f64, 0usize);
    for w in words.iter().filter(|w| is_signal(w)) {
        let len = w.text.chars().count();
        sum += f64::from(w.conf) * len as f64;
        n += len;
    }
    (n > 0).then(|| ((sum / n as f64) as f32, n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::layout;

    const TSV: &str = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t
4\t1\t1\t1\t1\t0\t300\t400\t900\t50\t-1\t
5\t1\t1\t1\t1\t1\t300\t400\t200\t42\t96.5\tBetreff:
5\t1\t1\t1\t1\t2\t520\t400\t180\t42\t91\tDigital
5\t1\t1\t1\t1\t3\t720\t410\t120\t44\t90\tgenug
5\t1\t2\t1\t1\t1\t1500\t402\t260\t42\t88\t12.03.2024
5\t1\t3\t1\t1\t1\t300\t470\t60\t42\t5\tXx
5\t1\t3\t1\t1\t2\t380\t470\t40\t20\t20\t—
5\t1\t3\t1\t1\t3\t430\t470\t100\t40\t80\t \n";

    #[test]
    fn words_parse_with_lines_and_noise_filtered() {
        let words = parse(TSV);
        assert_eq!(words.len(), 6, "the empty word is dropped");
        assert_eq!(words[0].text, "Betreff:");
        assert_eq!((words[0].x0, words[0].y1), (300.0, 442.0));
        assert_eq!(words[0].line, words[2].line);
        assert_ne!(words[0].line, words[3].line, "another block, another line");
        let kept: Vec<&str> = words
            .iter()
            .filter(|w| is_signal(w))
            .map(|w| w.text.as_str())
            .collect();
        assert_eq!(kept, ["Betreff:", "Digital", "genug", "12.03.2024"]);
        assert!(parse("garbage\nno\ttabs").is_empty());
    }

    #[test]
    fn words_become_one_line_with_a_cell_per_column() {
        let (glyphs, spots) = glyphs(&parse(TSV), 72.0 / 300.0, &Codes::default());
        assert_eq!(spots.len(), 4);
        assert_eq!((spots[0].block, spots[3].block), (1, 2));
        let (lines, _) = layout::layout(&glyphs);
        assert_eq!(lines.len(), 1, "{lines:?}");
        let cells: Vec<&str> = lines[0].cells.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(cells, ["Betreff: Digital genug", "12.03.2024"]);
        assert!((lines[0].x0 - 72.0).abs() < 0.5, "{}", lines[0].x0);
    }

    #[test]
    fn stamp_words_joined_to_a_line_do_not_move_its_baseline() {
        // tesseract joined three stamp words (lower, at the right) to the first line; the old
        // median baseline put that line on the next one and interleaved their letters
        let row = |line: u32, x: u32, y: u32, w: u32, h: u32, text: &str| {
            format!("5\t1\t{line}\t1\t1\t1\t{x}\t{y}\t{w}\t{h}\t90\t{text}\n")
        };
        let mut tsv = String::from("level\n");
        tsv += &row(7, 168, 714, 37, 22, "An");
        tsv += &row(7, 216, 713, 42, 23, "die");
        tsv += &row(7, 269, 713, 302, 29, "Bezirksbürgermeisterin");
        tsv += &row(7, 1085, 742, 34, 28, "95");
        tsv += &row(7, 1145, 717, 52, 55, "m");
        tsv += &row(7, 1210, 746, 36, 28, "2");
        tsv += &row(8, 169, 749, 80, 28, "Helga");
        tsv += &row(8, 262, 749, 196, 23, "Blömer-Frerker");
        let (glyphs, _) = glyphs(&parse(&tsv), 72.0 / 200.0, &Codes::default());
        let (lines, _) = layout::layout(&glyphs);
        let texts: Vec<String> = lines.iter().map(|l| l.cells[0].text.clone()).collect();
        assert_eq!(
            texts[..2],
            ["An die Bezirksbürgermeisterin", "Helga Blömer-Frerker"],
            "{texts:?}"
        );
    }
}
