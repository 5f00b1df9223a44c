//! The Klimacheck: which climate-impact option is ticked (☒/☐, ✔, ✘, Wingdings/ZapfDingbats
//! glyphs, `[X]`, an `X` in a table column, an AcroForm checkbox) or stated in plain text
//! (`Klimarelevanz: keine`). Ambiguous marks give a warning instead of a guess. When the
//! options carry no mark in the text, boxes and ticks drawn as vector graphics decide.

use super::text::{DLine, Doc, is_heading, x_overlap};
use crate::pdf::{FieldValue, FormField, MarkKind, Page};
use crate::record::Klimacheck;
use crate::vocab::{KlimaWords, LabelSet, Labels, Vocabulary};

/// Lines read after the section label.
const WINDOW: usize = 14;

/// Something found on a line of the section.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Item {
    /// A box, ticked or not.
    Mark(bool),
    /// An option word.
    Opt(Klimacheck),
    /// Another symbol (a box glyph of a font we do not know).
    Glyph(char),
}

/// An item with its horizontal extent.
#[derive(Debug, Clone, Copy)]
struct Placed {
    item: Item,
    x0: f32,
    x1: f32,
}

/// The glyph lists and option words.
struct Glyphs<'v> {
    ticked: &'v [String],
    unticked: &'v [String],
    options: &'v [(String, Klimacheck)],
}

impl<'v> Glyphs<'v> {
    fn new(words: &'v KlimaWords) -> Glyphs<'v> {
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
    fn option_at(&self, s: &str) -> Option<(Klimacheck, usize)> {
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
fn items(line: &DLine, g: &Glyphs) -> Vec<Placed> {
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

/// The Klimacheck result with any warnings.
#[derive(Debug, Default, PartialEq)]
pub struct KlimaResult {
    /// The value, when exactly one option is ticked or stated.
    pub value: Option<Klimacheck>,
    /// Ambiguities.
    pub warnings: Vec<String>,
}

/// Read the Klimacheck section(s) of a document from its text and form fields.
pub fn find_klimacheck(doc: &Doc, fields: &[FormField], vocab: &Vocabulary) -> KlimaResult {
    find_klimacheck_drawn(doc, fields, &[], vocab)
}

/// Read the Klimacheck section(s) of a document; `pages` supply checkboxes drawn as vector
/// graphics ([`Page::marks`]), consulted when the text and form fields show no mark.
pub fn find_klimacheck_drawn(
    doc: &Doc,
    fields: &[FormField],
    pages: &[Page],
    vocab: &Vocabulary,
) -> KlimaResult {
    let labels = vocab.labels(LabelSet::Klimacheck);
    let headings = vocab.labels(LabelSet::Headings);
    let g = Glyphs::new(&vocab.klimacheck);
    let mut warnings = Vec::new();
    if let Some(k) = named_form_field(fields, &g) {
        return KlimaResult {
            value: Some(k),
            warnings,
        };
    }
    for (s, line) in doc.lines.iter().enumerate() {
        let Some(first) = line.cells.first() else {
            continue;
        };
        let Some((rest, _)) = labels.strip(&first.text) else {
            continue;
        };
        // A heading-like line, not prose that starts with `Klimaschutz ist …`.
        let opens_with_option = rest
            .split_whitespace()
            .next()
            .is_some_and(|w| g.option_at(w).is_some());
        if rest.split_whitespace().count() > 8 && !opens_with_option {
            continue;
        }
        match read_section(doc, s, fields, pages, &g, labels, headings) {
            Section::Value(k) => {
                return KlimaResult {
                    value: Some(k),
                    warnings,
                };
            }
            Section::Ambiguous(w) => warnings.push(w),
            Section::Nothing => {}
        }
    }
    KlimaResult {
        value: None,
        warnings,
    }
}

/// A form field named after the Klimacheck whose ticked box or chosen value names an option
/// (`Klimacheck.positiv` ticked, radio `Klimarelevanz` = `keine`).
fn named_form_field(fields: &[FormField], g: &Glyphs) -> Option<Klimacheck> {
    let mut found: Vec<Klimacheck> = Vec::new();
    for f in fields {
        let name = f.name.to_lowercase();
        if !name.contains("klima") {
            continue;
        }
        let chosen = match &f.value {
            FieldValue::Checkbox(true) => {
                name.rsplit(['.', '_', ' ', '-']).next().map(str::to_string)
            }
            FieldValue::Radio(Some(v)) | FieldValue::Text(v) => Some(v.to_lowercase()),
            _ => None,
        };
        if let Some(k) = chosen.and_then(|c| g.option_at(c.trim()).map(|(k, _)| k)) {
            found.push(k);
        }
    }
    only_one(found)
}

/// The value when every finding agrees; None when there is none or they disagree.
pub fn only_one(mut found: Vec<Klimacheck>) -> Option<Klimacheck> {
    found.sort();
    found.dedup();
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

enum Section {
    Value(Klimacheck),
    Ambiguous(String),
    Nothing,
}

fn read_section(
    doc: &Doc,
    start: usize,
    fields: &[FormField],
    pages: &[Page],
    g: &Glyphs,
    labels: &Labels,
    headings: &Labels,
) -> Section {
    // Plain text: `Klimarelevanz: keine`, `Auswirkungen auf den Klimaschutz: positiv`.
    for line in doc.lines.iter().skip(start).take(3) {
        for (c, cell) in line.cells.iter().enumerate() {
            if let Some((rest, _)) = labels.strip(&cell.text) {
                let its = items(
                    &DLine {
                        cells: vec![super::text::DCell {
                            text: rest.to_string(),
                            x0: 0.0,
                            x1: 1.0,
                        }],
                        ..line.clone()
                    },
                    g,
                );
                // One option stated, not a list of options (`keine  positiv  negativ`)
                // whose boxes are drawn as graphics.
                if let Some(Placed {
                    item: Item::Opt(k), ..
                }) = its.first()
                    && its.iter().all(|p| p.item == Item::Opt(*k))
                    && !lists_other_options(line, c, *k, g)
                    && rest
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| g.option_at(w).is_some())
                {
                    return Section::Value(*k);
                }
            }
        }
    }
    // Collect the section's lines (skipping running headers/footers across a page break).
    let mut lines: Vec<(usize, Vec<Placed>)> = Vec::new();
    let mut seen_options = false;
    for (i, line) in doc.lines.iter().enumerate().skip(start) {
        if lines.len() >= WINDOW {
            break;
        }
        if line.furniture {
            continue;
        }
        // The label line itself may carry the options (`Klimarelevanz: ☒ keine ☐ positiv`).
        if i == start {
            let rest: Vec<super::text::DCell> = line
                .cells
                .iter()
                .map(|c| match labels.strip(&c.text) {
                    Some((r, _)) => super::text::DCell {
                        text: r.to_string(),
                        ..c.clone()
                    },
                    None => c.clone(),
                })
                .collect();
            let its = items(
                &DLine {
                    cells: rest,
                    ..line.clone()
                },
                g,
            );
            seen_options |= its.iter().any(|p| matches!(p.item, Item::Opt(_)));
            lines.push((i, its));
            continue;
        }
        if seen_options && (is_heading(line, headings) || line.text.ends_with(':')) {
            break;
        }
        let its = items(line, g);
        seen_options |= its.iter().any(|p| matches!(p.item, Item::Opt(_)));
        lines.push((i, its));
    }
    let from_text = decide(doc, &lines, fields);
    if matches!(from_text, Section::Value(_)) {
        return from_text;
    }
    match with_drawn_marks(doc, &lines, pages) {
        Some(drawn) => match decide(doc, &drawn, fields) {
            Section::Nothing => from_text,
            found => found,
        },
        None => from_text,
    }
}

/// Decide from the marks and options of the section's lines (`usize::MAX` for a row of
/// drawn marks without text).
fn decide(doc: &Doc, lines: &[(usize, Vec<Placed>)], fields: &[FormField]) -> Section {
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
fn lists_other_options(line: &DLine, cell: usize, stated: Klimacheck, g: &Glyphs) -> bool {
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

/// A drawn mark's centre must lie within this many font sizes of a line's middle.
const DRAWN_REACH: f32 = 0.7;
/// Rows of drawn marks under a header of options are looked for this many font sizes down.
const DRAWN_ROWS_BELOW: f32 = 4.0;

/// The section's lines with checkboxes drawn as vector graphics added where a line carries
/// no mark in its text, plus rows of drawn marks without text under a header of options;
/// `None` when no drawn mark is near the section.
fn with_drawn_marks(
    doc: &Doc,
    lines: &[(usize, Vec<Placed>)],
    pages: &[Page],
) -> Option<Vec<(usize, Vec<Placed>)>> {
    let placed = |line: usize| doc.lines.get(line);
    // Candidate marks: on the section's pages, between its first line and a few lines
    // below its last one.
    let mut cands: Vec<(usize, f32, Placed, MarkKind)> = Vec::new();
    for page in pages {
        let on_page: Vec<&DLine> = lines
            .iter()
            .filter_map(|(li, _)| placed(*li))
            .filter(|l| l.page == page.number)
            .collect();
        let (Some(top), Some(bottom)) = (
            on_page.iter().map(|l| l.y - 2.0 * l.size).reduce(f32::min),
            on_page
                .iter()
                .map(|l| l.y + DRAWN_ROWS_BELOW * l.size)
                .reduce(f32::max),
        ) else {
            continue;
        };
        for m in &page.marks {
            let cy = (m.y0 + m.y1) / 2.0;
            if cy >= top && cy <= bottom {
                let p = Placed {
                    item: Item::Mark(m.kind == MarkKind::Ticked),
                    x0: m.x0,
                    x1: m.x1,
                };
                cands.push((page.number, cy, p, m.kind));
            }
        }
    }
    if cands.is_empty() {
        return None;
    }
    // A filled box counts as ticked only beside empty ones; dots alone are bullets.
    let any_empty = cands.iter().any(|c| c.3 == MarkKind::Empty);
    cands.retain(|c| c.3 != MarkKind::Filled || any_empty);
    for c in &mut cands {
        if c.3 == MarkKind::Filled {
            c.2.item = Item::Mark(true);
        }
    }
    let mut out: Vec<(usize, Vec<Placed>)> = lines.to_vec();
    let mut leftover: Vec<(usize, f32, Placed)> = Vec::new();
    for (page, cy, p, _) in cands {
        // The line whose middle is nearest the mark's centre.
        let best = out
            .iter()
            .enumerate()
            .filter_map(|(k, (li, _))| placed(*li).map(|l| (k, l)))
            .filter(|(_, l)| l.page == page)
            .map(|(k, l)| (k, (l.y - 0.3 * l.size - cy).abs(), l.size.max(4.0)))
            .min_by(|a, b| a.1.total_cmp(&b.1));
        match best {
            Some((k, d, size)) if d <= DRAWN_REACH * size => {
                let glyph_marks = lines
                    .get(k)
                    .is_some_and(|(_, orig)| orig.iter().any(|q| matches!(q.item, Item::Mark(_))));
                let Some((_, its)) = out.get_mut(k) else {
                    continue;
                };
                if !glyph_marks {
                    its.push(p);
                } else if p.item == Item::Mark(true) {
                    // A tick drawn over an empty box glyph ticks it.
                    let cx = (p.x0 + p.x1) / 2.0;
                    let slack = 0.3 * size;
                    if let Some(q) = its.iter_mut().find(|q| {
                        q.item == Item::Mark(false) && cx >= q.x0 - slack && cx <= q.x1 + slack
                    }) {
                        q.item = Item::Mark(true);
                    }
                }
            }
            _ => leftover.push((page, cy, p)),
        }
    }
    for (_, its) in &mut out {
        its.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    }
    // Rows of marks without text (a table row of boxes under the option header).
    leftover.sort_by(|a, b| {
        (a.0, a.1)
            .partial_cmp(&(b.0, b.1))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut rows: Vec<(usize, f32, Vec<Placed>)> = Vec::new();
    for (page, cy, p) in leftover {
        match rows.last_mut() {
            Some((pg, y, row)) if *pg == page && (cy - *y).abs() <= 3.0 => row.push(p),
            _ => rows.push((page, cy, vec![p])),
        }
    }
    for (page, cy, mut row) in rows {
        row.sort_by(|a, b| a.x0.total_cmp(&b.x0));
        // After the last line above the row on its page.
        let at = out
            .iter()
            .rposition(|(li, _)| placed(*li).is_some_and(|l| l.page == page && l.y < cy))
            .map_or(out.len(), |k| k + 1);
        out.insert(at, (usize::MAX, row));
    }
    Some(out)
}

/// True for a symbol that may be a box glyph: not a letter, digit, space or punctuation.
fn is_symbol(c: char) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::TextLayer;

    fn klima(text: &str) -> KlimaResult {
        let doc = Doc::from_layer(&TextLayer::from_layout_text(text));
        find_klimacheck(&doc, &[], &Vocabulary::embedded())
    }

    #[test]
    fn plain_text_forms() {
        assert_eq!(
            klima("Klimarelevanz: keine\n").value,
            Some(Klimacheck::Neutral)
        );
        assert_eq!(
            klima("Auswirkungen auf das Klima: negativ\n").value,
            Some(Klimacheck::Negative)
        );
        assert_eq!(
            klima("Klimaschutz ist uns wichtig und positiv zu sehen, sagt der Rat.\n").value,
            None
        );
        assert_eq!(
            klima("Klimaauswirkungen: positiv (rund 500 t CO2 weniger pro Jahr durch LED)\n").value,
            Some(Klimacheck::Positive)
        );
    }

    #[test]
    fn ticked_glyph_before_label_stacked() {
        let r = klima(
            "Klima-Check\n  ☐ keine Auswirkung\n  ☑ positive Auswirkung\n  ☐ negative Auswirkung\nBegründung:\n",
        );
        assert_eq!(r.value, Some(Klimacheck::Positive));
        assert!(r.warnings.is_empty());
    }

    #[test]
    fn glyph_after_label_in_one_row() {
        let r = klima("Klimawirkung\nneutral ○    positiv ●    negativ ○\n");
        assert_eq!(r.value, Some(Klimacheck::Positive));
    }

    #[test]
    fn private_use_wingdings_and_brackets() {
        let r = klima(
            "Klimacheck\n \u{f0a8} neutral\n \u{f0a8} positive Auswirkungen\n \u{f0fe} negative Auswirkungen\n",
        );
        assert_eq!(r.value, Some(Klimacheck::Negative));
        let r = klima("Klimaschutzrelevanz\n  [ ] keine  [x] positiv  [ ] negativ\n");
        assert_eq!(r.value, Some(Klimacheck::Positive));
    }

    #[test]
    fn options_on_the_label_line() {
        let r = klima("Auswirkungen auf den Klimaschutz:  ☐ keine  ☒ positiv  ☐ negativ\n");
        assert_eq!(r.value, Some(Klimacheck::Positive));
    }

    #[test]
    fn mark_after_label_in_a_stacked_table() {
        let r = klima("Klimaauswirkungen\npositiv        \nnegativ         X\nkeine\n");
        assert_eq!(r.value, Some(Klimacheck::Negative));
    }

    #[test]
    fn unknown_box_glyphs_odd_one_out() {
        let r = klima(
            "Klimacheck\n \u{f8fe} neutral /nein\n ♦ ja, positive Auswirkungen\n ♦ ja, negative Auswirkungen\n",
        );
        assert_eq!(r.value, Some(Klimacheck::Neutral));
        let r = klima("Klimacheck\n ♦ neutral\n ♦ positiv\n ♦ negativ\n");
        assert_eq!(r.value, None);
    }

    #[test]
    fn x_in_table_column() {
        let r = klima(
            "Klimarelevanz:\n              positiv        negativ        keine\nAuswirkung                   X\n",
        );
        assert_eq!(r.value, Some(Klimacheck::Negative));
    }

    #[test]
    fn ambiguous_marks_warn() {
        let r = klima("Klimacheck\n ☒ neutral\n ☒ positiv\n ☐ negativ\n");
        assert_eq!(r.value, None);
        assert!(
            r.warnings.iter().any(|w| w.contains("several")),
            "{:?}",
            r.warnings
        );
        let r = klima("Klimacheck\n ☐ neutral\n ☐ positiv\n ☐ negativ\n");
        assert_eq!(r.value, None);
        assert!(
            r.warnings.iter().any(|w| w.contains("no option")),
            "{:?}",
            r.warnings
        );
    }

    #[test]
    fn acroform_checkbox() {
        let mut layer = TextLayer::from_layout_text("Klimacheck\nneutral\npositiv\nnegativ\n");
        layer.fields.push(FormField {
            page: 1,
            name: "klima.positiv".into(),
            value: FieldValue::Checkbox(true),
            rect: [0.0, 33.0, 5.0, 39.0],
        });
        let doc = Doc::from_layer(&layer);
        let r = find_klimacheck(&doc, &layer.fields, &Vocabulary::embedded());
        assert_eq!(r.value, Some(Klimacheck::Positive));
    }

    #[test]
    fn named_radio_field() {
        let layer = TextLayer::from_layout_text("Sachverhalt\n");
        let fields = vec![FormField {
            page: 1,
            name: "Vorlage.Klimarelevanz".into(),
            value: FieldValue::Radio(Some("negativ".into())),
            rect: [0.0, 0.0, 1.0, 1.0],
        }];
        let doc = Doc::from_layer(&layer);
        let r = find_klimacheck(&doc, &fields, &Vocabulary::embedded());
        assert_eq!(r.value, Some(Klimacheck::Negative));
    }

    /// A layer from layout text with drawn marks: (line number from 0, column, kind).
    fn klima_drawn(text: &str, marks: &[(usize, usize, MarkKind)]) -> KlimaResult {
        let mut layer = TextLayer::from_layout_text(text);
        for &(line, col, kind) in marks {
            // Layout lines sit at baseline 12·(n+1), 6 pt per column; a box spans the x-height.
            let (x, y) = (col as f32 * 6.0, (line as f32 + 1.0) * 12.0);
            layer.pages[0].marks.push(crate::pdf::Mark {
                x0: x,
                y0: y - 8.0,
                x1: x + 8.0,
                y1: y,
                kind,
            });
        }
        let doc = Doc::from_layer(&layer);
        find_klimacheck_drawn(&doc, &[], &layer.pages, &Vocabulary::embedded())
    }

    #[test]
    fn drawn_boxes_left_of_stacked_options() {
        let text = "Klimawirkungsprüfung\n    keine Auswirkungen\n    positive Auswirkungen\n    negative Auswirkungen\nErläuterung:\n";
        let drawn = |t: usize| {
            (1..=3)
                .map(|l| {
                    (
                        l,
                        1,
                        if l == t {
                            MarkKind::Ticked
                        } else {
                            MarkKind::Empty
                        },
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            klima_drawn(text, &drawn(1)).value,
            Some(Klimacheck::Neutral)
        );
        assert_eq!(
            klima_drawn(text, &drawn(3)).value,
            Some(Klimacheck::Negative)
        );
        let none = klima_drawn(text, &drawn(9));
        assert_eq!(none.value, None);
        assert!(
            none.warnings.iter().any(|w| w.contains("no option")),
            "{:?}",
            none.warnings
        );
    }

    #[test]
    fn filled_box_right_of_label_only_beside_empty_ones() {
        let text = "Klimarelevanz:  keine    positiv    negativ\n";
        // `keine` at col 16, `positiv` at col 25, `negativ` at col 36; boxes after each.
        let r = klima_drawn(
            text,
            &[
                (0, 22, MarkKind::Empty),
                (0, 33, MarkKind::Filled),
                (0, 44, MarkKind::Empty),
            ],
        );
        assert_eq!(r.value, Some(Klimacheck::Positive));
        // Dots before every option are bullets, not a choice.
        let r = klima_drawn(
            "Klimacheck\n  keine\n  positiv\n  negativ\n",
            &[
                (1, 0, MarkKind::Filled),
                (2, 0, MarkKind::Filled),
                (3, 0, MarkKind::Filled),
            ],
        );
        assert_eq!(r.value, None);
    }

    #[test]
    fn drawn_row_of_boxes_under_option_header() {
        let text = "Klimacheck\n          positiv     negativ     keine\n\n\nErläuterung:\n";
        // The box row has no text: it lies between the header (line 1) and line 4.
        let r = klima_drawn(
            text,
            &[
                (2, 12, MarkKind::Empty),
                (2, 24, MarkKind::Empty),
                (2, 36, MarkKind::Ticked),
            ],
        );
        assert_eq!(r.value, Some(Klimacheck::Neutral));
    }

    #[test]
    fn a_line_listing_the_options_states_none() {
        let r = klima("Klimarelevanz: keine    positiv    negativ\n");
        assert_eq!(r.value, None);
        let r = klima_drawn(
            "Klimarelevanz: keine    positiv    negativ\n",
            &[
                (0, 21, MarkKind::Empty),
                (0, 32, MarkKind::Ticked),
                (0, 43, MarkKind::Empty),
            ],
        );
        assert_eq!(r.value, Some(Klimacheck::Positive));
        let r = klima("Klimarelevanz: keine    Demografie: negativ\n");
        assert_eq!(r.value, Some(Klimacheck::Neutral));
    }

    #[test]
    fn drawn_tick_over_an_empty_box_glyph() {
        let r = klima_drawn(
            "Klimacheck\n ☐ neutral\n ☐ positiv\n ☐ negativ\n",
            &[(3, 1, MarkKind::Ticked)],
        );
        assert_eq!(r.value, Some(Klimacheck::Negative));
    }

    #[test]
    fn glyph_marks_win_over_drawn_ones() {
        let r = klima_drawn(
            "Klimacheck\n ☐ neutral\n ☒ positiv\n ☐ negativ\n",
            &[(1, 0, MarkKind::Ticked)],
        );
        assert_eq!(r.value, Some(Klimacheck::Positive));
    }

    #[test]
    fn no_section_no_value() {
        let r = klima("Sachverhalt\nDer Rat beschließt.\n");
        assert_eq!(r, KlimaResult::default());
    }
}
