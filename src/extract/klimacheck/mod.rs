//! The Klimacheck: which climate-impact option is ticked (☒/☐, ✔, ✘, Wingdings/ZapfDingbats
//! glyphs, `[X]`, an `X` in a table column, an AcroForm checkbox) or stated in plain text
//! (`Klimarelevanz: keine`) in a section opened by a Klimacheck label; ambiguous marks give a
//! warning instead of a guess; when the options carry no mark in the text, boxes and ticks drawn
//! as vector graphics decide ([`drawn`]). Without any section, a sentence may state it
//! ([`sentences`]).

mod drawn;
mod marks;
mod sentences;

use super::doc::{DCell, DLine, Doc, is_heading};
use crate::pdf::{FieldValue, FormField, Page, TextLayer};
use crate::record::Klimacheck;
use crate::vocab::{LabelSet, Labels, Vocabulary};
use drawn::with_drawn_marks;
use marks::{Glyphs, Item, Placed, Section, decide, items, lists_other_options, only_one};

/// Lines read after the section label.
const WINDOW: usize = 14;

/// The Klimacheck result with any warnings.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct KlimaResult {
    /// The value, when exactly one option is ticked or stated.
    pub(crate) value: Option<Klimacheck>,
    /// Ambiguities.
    pub(crate) warnings: Vec<String>,
}

/// The Klimacheck of a document: a form field named after it, else its section(s); a sentence
/// counts only where no section was found or doubted.
pub(crate) fn find(doc: &Doc, layer: &TextLayer, vocab: &Vocabulary) -> KlimaResult {
    let found = sections(doc, &layer.fields, &layer.pages, vocab);
    if found.value.is_none() && found.warnings.is_empty() {
        return KlimaResult {
            value: sentences::stated(doc, vocab),
            warnings: Vec::new(),
        };
    }
    found
}

/// Read the Klimacheck section(s) of a document and its form fields; `pages` supply checkboxes
/// drawn as vector graphics ([`Page::marks`]), consulted when the text and form fields show no
/// mark.
fn sections(doc: &Doc, fields: &[FormField], pages: &[Page], vocab: &Vocabulary) -> KlimaResult {
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
        let Some(rest) = strip_label(labels, &first.text) else {
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
                        cells: vec![DCell {
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
                    // The rest opens with an option, also one of several words (family: one-line
                    // verdicts `Klimacheck: nicht erforderlich (…)`).
                    && g.option_at(rest.trim_start_matches(|c: char| !c.is_alphanumeric())).is_some()
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
            let rest: Vec<DCell> = line
                .cells
                .iter()
                .map(|c| match strip_label(labels, &c.text) {
                    Some(r) => DCell {
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
    let from_drawn = match with_drawn_marks(doc, &lines, pages) {
        Some(drawn) => match decide(doc, &drawn, fields) {
            Section::Nothing => from_text,
            found => found,
        },
        None => from_text,
    };
    if matches!(from_drawn, Section::Value(_)) {
        return from_drawn;
    }
    match stated_below(doc, start, g, labels) {
        Some(k) => Section::Value(k),
        None => from_drawn,
    }
}

/// A label, also behind a section number (`C. Klimacheck`, `III. Klimarelevanz`, `4.2 Klima-Check`):
/// the text after it.
fn strip_label<'a>(labels: &Labels, text: &'a str) -> Option<&'a str> {
    if let Some((rest, _)) = labels.strip(text) {
        return Some(rest);
    }
    labels
        .strip(after_section_number(text)?)
        .map(|(rest, _)| rest)
}

/// The text after a section number that opens a line (`C. Klimacheck`, `III. Begründung`,
/// `4.2 Finanzielle Auswirkungen` → the heading), `None` when the line opens with no section
/// number. Family: reports whose sections are numbered with a letter, a roman or arabic
/// numeral (the theme rules' template blocks open and end at the same headings).
pub(crate) fn after_section_number(text: &str) -> Option<&str> {
    let (num, after) = text.trim_start().split_once(char::is_whitespace)?;
    let digits = num.strip_suffix('.').unwrap_or(num);
    let numbering = num.ends_with('.')
        && digits.chars().count() == 1
        && digits.chars().all(|c| c.is_ascii_uppercase())
        || !digits.is_empty()
            && digits.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            && num.ends_with('.')
        || !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.');
    numbering.then(|| after.trim_start())
}

/// Words of the prose a Klimacheck block carries besides its label, question and options: the
/// lines of at least `PROSE_WORDS` words that hold no box glyph or bracket (`[X] positiv`,
/// `☒ keine`) and end in no colon or question mark (a form's question, `Erläuterung:`).
/// `Die Maßnahme hat Auswirkungen auf das Klima: [X] positiv [ ] negativ` has none;
/// `Erläuterung: Der Rufbus fährt elektrisch und ersetzt Fahrten mit dem eigenen Pkw.` has its
/// sentence. Family: every Klimacheck form (ticked boxes, a stated rating, a rating with its
/// reasons), read by the theme rules to tell a rating with substance from a bare one.
///
/// The prose lines are read as sentences (a sentence runs over line ends up to `.`, `;`, `!`);
/// a sentence for which `aside` holds counts no words (the theme rules' sentences that cite
/// another instrument's stipulations, see `klimacheck_elsewhere` in `data/themes.toml`).
pub(crate) fn explanation_words(block: &str, aside: impl Fn(&str) -> bool) -> usize {
    let prose: Vec<&str> = block
        .lines()
        .map(str::trim)
        .filter(|l| !l.ends_with(':') && !l.ends_with('?'))
        .filter(|l| {
            !l.chars()
                .any(|c| matches!(c, '[' | ']') || marks::is_symbol(c))
        })
        .filter(|l| prose_words(l) >= PROSE_WORDS)
        .collect();
    prose
        .join(" ")
        .split(['.', ';', '!'])
        .filter(|&sentence| !aside(sentence))
        .map(prose_words)
        .sum()
}

/// Words of at least two letters.
fn prose_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count()
}

/// The words a line needs to be prose (see [`explanation_words`]): the options of a form
/// (`positive Auswirkungen`, `keine Auswirkungen`) stand on shorter lines.
const PROSE_WORDS: usize = 4;

/// Lines of a stated value below its label read, at most.
const BELOW: usize = 3;

/// The option stated on the line below a label that stands alone (`Klimarelevanz:` / `keine`,
/// `Klimawirkung:` / `positiv – Dachbegrünung …`). Family: forms that print label and value in
/// two rows (or a two-column table cut into rows). The value line starts with one option and
/// names no other; no line below starts with another option (a list of options whose boxes we
/// cannot see states nothing) and no box glyph is near.
fn stated_below(doc: &Doc, start: usize, g: &Glyphs, labels: &Labels) -> Option<Klimacheck> {
    let label_line = doc.lines.get(start)?;
    let mut cells = label_line
        .cells
        .iter()
        .filter(|c| !c.text.trim().is_empty());
    let rest = strip_label(labels, &cells.next()?.text)?;
    if rest.chars().any(char::is_alphanumeric) {
        return None;
    }
    // The value in a column right of the label (`Klimawirkung:   positiv – …`), else below.
    let beside: Vec<DCell> = cells.cloned().collect();
    let beside = (!beside.is_empty()).then(|| DLine {
        text: beside
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        cells: beside,
        ..label_line.clone()
    });
    let below: Vec<&DLine> = doc
        .lines
        .iter()
        .skip(start + 1)
        .filter(|l| !l.furniture && !l.text.trim().is_empty())
        .take(BELOW)
        .collect();
    let (first, rest) = match &beside {
        Some(b) => (b, &below[..]),
        None => (*below.first()?, below.get(1..).unwrap_or(&[])),
    };
    let (k, _) = g.option_at(
        first
            .text
            .trim_start_matches(|c: char| !c.is_alphanumeric()),
    )?;
    let its = items(first, g);
    if !its.iter().all(|p| p.item == Item::Opt(k)) {
        return None;
    }
    for l in rest {
        let starts = g
            .option_at(l.text.trim_start_matches(|c: char| !c.is_alphanumeric()))
            .is_some();
        let marked = items(l, g)
            .iter()
            .any(|p| matches!(p.item, Item::Mark(_) | Item::Glyph(_)));
        if starts || marked {
            return None;
        }
    }
    Some(k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::{FieldValue, FormField, MarkKind, TextLayer};

    fn klima(text: &str) -> KlimaResult {
        let doc = Doc::from_text(text);
        sections(&doc, &[], &[], &Vocabulary::embedded())
    }

    #[test]
    fn explanation_words_count_reasons_not_options() {
        // Invented forms: a bare rating (question, ticked boxes, a label) has no prose; a rating
        // with its reasons has them.
        let bare = "C. Klimacheck\nDie Maßnahme hat Auswirkungen auf das Klima:\n[X] positive Auswirkungen [ ] negative Auswirkungen [ ] keine Auswirkungen\n";
        assert_eq!(explanation_words(bare, |_| false), 0);
        let stacked = "Klimawirkung\nkeine Auswirkungen\npositive Auswirkungen\n☒ negative Auswirkungen\nErläuterung:\n";
        assert_eq!(explanation_words(stacked, |_| false), 0);
        let reasons = "Klimawirkung\n☐ keine ☒ positiv\nErläuterung:\nDer Rufbus in Talheim fährt elektrisch und ersetzt\nFahrten mit dem eigenen Pkw zum Bahnhof.\n";
        assert_eq!(explanation_words(reasons, |_| false), 15);
        assert_eq!(
            explanation_words(
                "Klimacheck\npositiv – Holzbau, Wärmepumpe und Photovoltaik auf dem Dach.\n",
                |_| false
            ),
            8
        );
        // A sentence that `aside` rejects (it cites another plan's stipulations) counts nothing,
        // over line ends; the next sentence counts.
        let cited = "Klimawirkung:\npositiv – Gründächer und Solaranlagen\nsind im Bebauungsplan festgesetzt. Die neue\nHeizung spart jährlich rund 40 Tonnen CO2.\n";
        let plan = |s: &str| s.contains("Bebauungsplan");
        assert_eq!(explanation_words(cited, |_| false), 16);
        assert_eq!(explanation_words(cited, plan), 8);
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
        let r = sections(&doc, &layer.fields, &[], &Vocabulary::embedded());
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
        let r = sections(&doc, &fields, &[], &Vocabulary::embedded());
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
        sections(&doc, &[], &layer.pages, &Vocabulary::embedded())
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
    fn option_phrase_after_the_label() {
        let r = klima("Klimacheck: nicht erforderlich (kein Bauvorhaben)\n");
        assert_eq!(r.value, Some(Klimacheck::Neutral));
    }

    #[test]
    fn a_section_number_before_a_heading() {
        assert_eq!(after_section_number("C. Klimacheck"), Some("Klimacheck"));
        assert_eq!(after_section_number("III. Begründung"), Some("Begründung"));
        assert_eq!(
            after_section_number("4.2 Finanzielle Auswirkungen"),
            Some("Finanzielle Auswirkungen")
        );
        assert_eq!(after_section_number("Ohne Klimacheck"), None);
        assert_eq!(after_section_number("CO2 Bilanz"), None);
    }

    #[test]
    fn numbered_section_label() {
        let r = klima("B. Klimacheck\nDie Vorlage wirkt:\n[ ] positiv [X] negativ [ ] keine\n");
        assert_eq!(r.value, Some(Klimacheck::Negative));
        let r = klima("Z. Klimacheck\n[ ] positiv [ ] negativ [ ] keine\n");
        assert_eq!(r.value, None);
    }

    #[test]
    fn value_on_the_line_below_the_label() {
        let r = klima("Klimarelevanz:\nkeine\nAnlagen: Plan\n");
        assert_eq!(r.value, Some(Klimacheck::Neutral));
        let r = klima("Klimawirkung:\npositiv – mehr Radwege\nund weniger Autoverkehr.\n");
        assert_eq!(r.value, Some(Klimacheck::Positive));
        let r = klima(
            "Klimawirkung:          positiv – mehr Radwege\n                      und weniger Autoverkehr.\n",
        );
        assert_eq!(r.value, Some(Klimacheck::Positive));
        let r = klima("Klimawirkung:          keine       positiv       negativ\n");
        assert_eq!(r.value, None);
        // A list of options without visible boxes states nothing.
        let r = klima("Klimarelevanz:\nkeine\npositiv\nnegativ\n");
        assert_eq!(r.value, None);
        // `ja` is no option.
        let r = klima("Klimarelevanz\nja\nnein\n");
        assert_eq!(r.value, None);
    }

    #[test]
    fn no_section_no_value() {
        let r = klima("Sachverhalt\nDer Rat beschließt.\n");
        assert_eq!(r, KlimaResult::default());
    }
}
