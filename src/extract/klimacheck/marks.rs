//! The marks and option words of a Klimacheck section's lines, and the decision they make: a
//! box beside an option, an `X` under an option's column, a checkbox field, the odd glyph out.

use super::super::doc::{DLine, Doc, x_overlap};
use crate::pdf::{FieldValue, FormField};
use crate::record::Klimacheck;
use crate::vocab::KlimaWords;

/// Something found on a line of the section.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Item {
    /// A box, ticked or not.
    Mark(bool),
    /// An option word.
    Opt(Klimacheck),
    /// Another symbol (a box glyph of a font we do not know).
    Glyph(char),
}

/// An item with its horizontal extent.
#[derive(Debug, Clone, Copy)]
pub(super) struct Placed {
    pub(super) item: Item,
    pub(super) x0: f32,
    pub(super) x1: f32,
}

/// The glyph lists and option words.
pub(super) struct Glyphs<'v> {
    ticked: &'v [String],
    unticked: &'v [String],
    options: &'v [(String, Klimacheck)],
}

impl<'v> Glyphs<'v> {
    pub(super) fn new(words: &'v KlimaWords) -> Glyphs<'v> {
        Glyphs {
            ticked: &words.ticked,
            unticked: &words.unticked,
            options: &words.options,
        }
    }

    /// A mark glyph that `s` starts with (bracket forms first, then single glyphs).
    fn mark_at(&self, s: &str, word_start: bool) -> Option<(bool, usize)> {
        let mut best: Option<(bool, usize)> = None;
        for (list, ticked) in [(self.ticked, true), (self.unticked, false)] {
            for g in list {
                if g.chars().all(char::is_alphanumeric) {
                    // `X` / `x` count only as a token of their own.
                    let rest = s.get(g.len()..).unwrap_or("");
                    if word_start
                        && s.starts_with(g.as_str())
                        && !rest
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_alphanumeric() || c == '-')
                        && best.is_none_or(|(_, l)| g.len() > l)
                    {
                        best = Some((ticked, g.len()));
                    }
                } else if s.starts_with(g.as_str()) && best.is_none_or(|(_, l)| g.len() > l) {
                    best = Some((ticked, g.len()));
                }
            }
        }
        best
    }

    /// An option word that `s` starts with.
    pub(super) fn option_at(&self, s: &str) -> Option<(Klimacheck, usize)> {
        let lower = s.to_lowercase();
        for (w, k) in self.options {
            if lower.starts_with(w.as_str()) {
                // Word prefix: `positive`, `negativen` count; `keineswegs` does not.
                let rest = lower.get(w.len()..).unwrap_or("");
                let tail: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
                if tail.chars().count() <= 2 {
                    let len = w.len() + tail.len();
                    return Some((*k, len.min(s.len())));
                }
            }
        }
        None
    }
}

/// Items of one line, left to right.
pub(super) fn items(line: &DLine, g: &Glyphs) -> Vec<Placed> {
    let mut out = Vec::new();
    for cell in &line.cells {
        let text = cell.text.as_str();
        let n = text.len().max(1) as f32;
        let w = cell.x1 - cell.x0;
        let mut i = 0;
        let mut prev: Option<char> = None;
        while i < text.len() {
            let Some(rest) = text.get(i..) else { break };
            let word_start = prev.is_none_or(|c| !c.is_alphanumeric());
            let x0 = cell.x0 + w * i as f32 / n;
            if let Some((t, len)) = g.mark_at(rest, word_start) {
                let x1 = cell.x0 + w * (i + len) as f32 / n;
                out.push(Placed {
                    item: Item::Mark(t),
                    x0,
                    x1,
                });
                i += len;
                prev = Some(' ');
                continue;
            }
            if word_start && let Some((k, len)) = g.option_at(rest) {
                let x1 = cell.x0 + w * (i + len) as f32 / n;
                // `neutral /nein`: one option, not two.
                if !matches!(out.last(), Some(Placed { item: Item::Opt(p), .. }) if *p == k) {
                    out.push(Placed {
                        item: Item::Opt(k),
                        x0,
                        x1,
                    });
                }
                i += len;
                prev = rest.get(..len).and_then(|s| s.chars().last());
                continue;
            }
            let c = rest.chars().next().unwrap_or(' ');
            if is_symbol(c) {
                let x1 = cell.x0 + w * (i + c.len_utf8()) as f32 / n;
                out.push(Placed {
                    item: Item::Glyph(c),
                    x0,
                    x1,
                });
            }
            prev = Some(c);
            i += c.len_utf8();
        }
    }
    out
}

/// What a section says.
pub(super) enum Section {
    /// Exactly one option.
    Value(Klimacheck),
    /// Marks that do not decide (the warning).
    Ambiguous(String),
    /// No option at all.
    Nothing,
}

/// Decide from the marks and options of the section's lines (`usize::MAX` for a row of
/// drawn marks without text).
pub(super) fn decide(doc: &Doc, lines: &[(usize, Vec<Placed>)], fields: &[FormField]) -> Section {
    let mut ticked: Vec<Klimacheck> = Vec::new();
    let mut options_seen = 0usize;
    let mut marks_seen = 0usize;
    for (k, (li, its)) in lines.iter().enumerate() {
        let opts = its
            .iter()
            .filter(|p| matches!(p.item, Item::Opt(_)))
            .count();
        let marks = its
            .iter()
            .filter(|p| matches!(p.item, Item::Mark(_)))
            .count();
        options_seen += opts;
        marks_seen += marks;
        if opts > 0 && marks > 0 {
            pair_in_line(its, &mut ticked);
        } else if opts >= 2 && marks == 0 {
            // Column header of options; marks on a following line below the columns.
            for (_, below) in lines.iter().skip(k + 1).take(6) {
                let below_opts = below.iter().any(|p| matches!(p.item, Item::Opt(_)));
                if below_opts {
                    break;
                }
                for m in below.iter().filter(|p| p.item == Item::Mark(true)) {
                    marks_seen += 1;
                    if let Some(k) = column_of(m, its) {
                        ticked.push(k);
                    }
                }
            }
        }
        // AcroForm checkboxes beside the options of this line.
        if opts > 0
            && let Some(line) = doc.lines.get(*li)
        {
            for f in fields {
                let FieldValue::Checkbox(on) = f.value else {
                    continue;
                };
                if f.page != line.page {
                    continue;
                }
                let (fy0, fy1) = (f.rect[1].min(f.rect[3]), f.rect[1].max(f.rect[3]));
                let slack = line.size.max(6.0) * 0.6;
                if line.y < fy0 - slack || line.y > fy1 + slack {
                    continue;
                }
                marks_seen += 1;
                if on {
                    let m = Placed {
                        item: Item::Mark(true),
                        x0: f.rect[0],
                        x1: f.rect[2],
                    };
                    if let Some(k) = nearest_option(&m, its) {
                        ticked.push(k);
                    }
                }
            }
        }
    }
    if ticked.is_empty()
        && let Some(k) = odd_one_out(lines)
    {
        ticked.push(k);
    }
    ticked.sort();
    ticked.dedup();
    match ticked.as_slice() {
        [one] => Section::Value(*one),
        [] if options_seen > 1 => {
            let what = if marks_seen > 0 {
                "no option ticked"
            } else {
                "options printed but no mark found"
            };
            Section::Ambiguous(format!("klimacheck: {what}"))
        }
        [] => Section::Nothing,
        many => Section::Ambiguous(format!(
            "klimacheck: several options ticked ({})",
            many.iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// True when cells after `cell` hold nothing but other options (`keine  positiv  negativ`):
/// the line lists the choices, whose boxes are drawn as graphics, rather than stating one.
pub(super) fn lists_other_options(
    line: &DLine,
    cell: usize,
    stated: Klimacheck,
    g: &Glyphs,
) -> bool {
    line.cells.iter().skip(cell + 1).any(|c| {
        let alone = DLine {
            cells: vec![c.clone()],
            ..line.clone()
        };
        let its = items(&alone, g);
        c.text.split_whitespace().count() <= 3
            && its
                .iter()
                .any(|p| matches!(p.item, Item::Opt(k) if k != stated))
            && g.option_at(c.text.trim_start_matches(|ch: char| !ch.is_alphabetic()))
                .is_some()
    })
}

/// The value when every finding agrees; None when there is none or they disagree.
pub(super) fn only_one(mut found: Vec<Klimacheck>) -> Option<Klimacheck> {
    found.sort();
    found.dedup();
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// True for a symbol that may be a box glyph: not a letter, digit, space or punctuation.
pub(super) fn is_symbol(c: char) -> bool {
    !(c.is_alphanumeric()
        || c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '–' | '—' | '„' | '“' | '”' | '‚' | '‘' | '’' | '«' | '»' | '§' | '€' | '°'
        ))
}

/// Boxes drawn with glyphs of an unknown font: when at least three options each follow a glyph,
/// and all glyphs but one are the same, the odd glyph is the ticked box.
fn odd_one_out(lines: &[(usize, Vec<Placed>)]) -> Option<Klimacheck> {
    let mut pairs: Vec<(Klimacheck, String)> = Vec::new();
    for (_, its) in lines {
        for (k, p) in its.iter().enumerate() {
            let Item::Opt(opt) = p.item else { continue };
            let before = k.checked_sub(1).and_then(|b| its.get(b));
            let key = match before.map(|b| b.item) {
                Some(Item::Glyph(c)) => c.to_string(),
                Some(Item::Mark(t)) => format!("mark:{t}"),
                _ => continue,
            };
            pairs.push((opt, key));
        }
    }
    if pairs.len() < 3 {
        return None;
    }
    let count = |key: &str| pairs.iter().filter(|(_, k)| k == key).count();
    let singles: Vec<&(Klimacheck, String)> = pairs.iter().filter(|(_, k)| count(k) == 1).collect();
    let [single] = singles.as_slice() else {
        return None;
    };
    // Everything else shares one glyph.
    let others_same = pairs
        .iter()
        .filter(|(_, k)| *k != single.1)
        .all(|(_, k)| count(k) == pairs.len() - 1);
    others_same.then_some(single.0)
}

/// Pair marks and options on one line: a mark belongs to the option after it when the line
/// starts with a mark, else to the option before it.
fn pair_in_line(its: &[Placed], ticked: &mut Vec<Klimacheck>) {
    let mark_first = matches!(
        its.iter().find(|p| !matches!(p.item, Item::Glyph(_))),
        Some(Placed {
            item: Item::Mark(_),
            ..
        })
    );
    for (i, p) in its.iter().enumerate() {
        if p.item != Item::Mark(true) {
            continue;
        }
        let partner = if mark_first {
            its.iter()
                .skip(i + 1)
                .find_map(|q| match q.item {
                    Item::Opt(k) => Some(k),
                    Item::Mark(_) | Item::Glyph(_) => None,
                })
                .or(None)
        } else {
            its.iter().take(i).rev().find_map(|q| match q.item {
                Item::Opt(k) => Some(k),
                Item::Mark(_) | Item::Glyph(_) => None,
            })
        };
        if let Some(k) = partner {
            ticked.push(k);
        }
    }
}

/// The option whose column the mark sits in (overlap first, else nearest centre).
fn column_of(mark: &Placed, header: &[Placed]) -> Option<Klimacheck> {
    nearest_option(mark, header)
}

fn nearest_option(mark: &Placed, opts: &[Placed]) -> Option<Klimacheck> {
    let mc = (mark.x0 + mark.x1) / 2.0;
    let mut best: Option<(f32, Klimacheck)> = None;
    for p in opts {
        let Item::Opt(k) = p.item else { continue };
        let d = if x_overlap(mark.x0, mark.x1, p.x0, p.x1, 0.0) {
            0.0
        } else {
            ((p.x0 + p.x1) / 2.0 - mc).abs()
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, k));
        }
    }
    best.map(|(_, k)| k)
}
