//! The feature vector of a title candidate: typography, place, shape of its text, its
//! neighbours (labels, headings, block completeness) and the paper's context. The names in
//! [`NAMES`] are what the trained model (`data/title_model.json`) refers to, in this order.

use super::candidates::{Candidate, Variant, is_label_only, is_type_only};
use super::segments::Page1;
use crate::extract::dates::find_dates;
use crate::vocab::{LabelSet, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// Feature names, in vector order.
pub(crate) const NAMES: [&str; 66] = [
    "rel_size",
    "size_vs_max",
    "is_max_size",
    "larger_than_body",
    "bold",
    "y_top",
    "y_bottom",
    "x0",
    "x1",
    "width",
    "centered",
    "n_lines",
    "n_chars",
    "n_words",
    "in_table_row",
    "col",
    "label_inline",
    "label_left",
    "label_above",
    "other_label_left",
    "starts_any_label",
    "gap_before",
    "gap_after",
    "next_same_style",
    "prev_same_style",
    "next_heading",
    "next_label",
    "prev_heading",
    "prev_doctype",
    "ends_period",
    "ends_colon",
    "ends_qmark",
    "verb",
    "sentence",
    "has_date",
    "digit_frac",
    "postcode",
    "phone_mail",
    "address",
    "drs_shape",
    "doctype_word",
    "doctype_only",
    "committee_word",
    "heading_itself",
    "salutation",
    "address_opener",
    "starts_lower",
    "cap_frac",
    "allcaps_frac",
    "avg_wordlen",
    "seg_rank",
    "after_label_set",
    "v_lead_doctype",
    "v_lead_prep",
    "v_trail",
    "v_dash_right",
    "v_dash_left",
    "v_colon_right",
    "v_nominative",
    "v_quoted",
    "variant",
    "ctx_paper_has_label",
    "ctx_first_label_block",
    "ctx_first_bold_block",
    "ctx_size_rank",
    "ctx_n_cands",
];

/// Number of features that depend on the candidate alone (the rest on the paper's candidates).
const OWN: usize = 61;

// Shapes, not vocabulary: a postcode with its town, a street with its number, a
// Drucksache-number shape, a phone number shape, and the function words that make a text a
// sentence (finite auxiliaries and modals, pronouns of address).
static POSTCODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{5}\s+[A-ZÄÖÜ][a-zäöüß]").unwrap());
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b0\d{2,5}\s?[/ -]\s?\d{2,}[\d -]{2,}|@|www\.|https?:").unwrap()
});
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(straße|strasse|str\.|weg|platz|allee|gasse|ring|damm)\s+\d+").unwrap()
});
static DRS_SHAPE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[A-Z]{0,4}\s?[/-]?\d{2,5}\s?[/-]\s?\d{2,5}\b").unwrap());
static VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(wird|werden|wurde|wurden|ist|sind|war|waren|hat|haben|hatte|soll|sollen|kann|können|muss|müssen|bitte[tn]?|beantragt|beantragen|beschließt|beschließen|stimmt|nimmt|fragen|frage|gibt|möchten?|wir|ich|Ihnen|Sie)\b",
    )
    .unwrap()
});

/// True when the text starts with a `Label:` of up to 41 characters (a capital, then word
/// characters, `.`, `/`, `-` or spaces) followed by white space or the end.
fn starts_any_label(text: &str) -> bool {
    let t = text.trim_start();
    let Some((head, after)) = t.split_once(':') else {
        return false;
    };
    let mut chars = head.chars();
    let capital = chars
        .next()
        .is_some_and(|c| c.is_ascii_uppercase() || matches!(c, 'Ä' | 'Ö' | 'Ü'));
    let rest: Vec<char> = chars.collect();
    capital
        && (1..=40).contains(&rest.len())
        && rest.iter().all(|&c| {
            regex_syntax::is_word_character(c)
                || matches!(c, 'ä' | 'ö' | 'ü' | 'ß' | '.' | '/' | '-' | ' ')
        })
        && after.chars().next().is_none_or(char::is_whitespace)
}

/// The features of every candidate of the page, in [`NAMES`] order.
pub(crate) fn vectors(page: &Page1, cands: &[Candidate], vocab: &Vocabulary) -> Vec<Vec<f32>> {
    let mut out: Vec<Vec<f32>> = cands.iter().map(|c| own(page, c, vocab)).collect();
    // Paper context: is there a subject label at all; the first labelled run; the first bold run.
    let idx = |name: &str| NAMES.iter().position(|n| *n == name).unwrap_or(0);
    let (inl, left, above, bold, rank, size) = (
        idx("label_inline"),
        idx("label_left"),
        idx("label_above"),
        idx("bold"),
        idx("seg_rank"),
        idx("rel_size"),
    );
    // Distinct relative sizes (two decimals), largest first: a candidate's size rank.
    let mut sizes: Vec<i64> = out
        .iter()
        .map(|f| (f[size] * 100.0).round() as i64)
        .collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    sizes.dedup();
    let n_cands = cands.len().min(400) as f32 / 100.0;
    let labelled = |f: &Vec<f32>| f[inl] > 0.0 || f[left] > 0.0 || f[above] > 0.0;
    let has_label = out.iter().any(labelled);
    let first_label = out
        .iter()
        .filter(|f| labelled(f))
        .map(|f| f[rank])
        .fold(None, |m: Option<f32>, r| Some(m.map_or(r, |m| m.min(r))));
    let first_bold = out
        .iter()
        .zip(cands)
        .filter(|(f, c)| f[bold] > 0.8 && page.segs[c.segs[0]].top() < 0.6 * page.height)
        .map(|(f, _)| f[rank])
        .fold(None, |m: Option<f32>, r| Some(m.map_or(r, |m| m.min(r))));
    for f in &mut out {
        let r = f[rank];
        f.push(flag(has_label));
        f.push(flag(first_label == Some(r)));
        f.push(flag(first_bold == Some(r)));
        let own_size = (f[size] * 100.0).round() as i64;
        let size_rank = sizes
            .iter()
            .position(|s| *s == own_size)
            .unwrap_or(0)
            .min(5);
        f.push(size_rank as f32);
        f.push(n_cands);
    }
    out
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// The features of one candidate that do not depend on the others.
fn own(page: &Page1, c: &Candidate, vocab: &Vocabulary) -> Vec<f32> {
    let titles = vocab.labels(LabelSet::Title);
    let headings = vocab.labels(LabelSet::Headings);
    let is_heading = |t: &str| headings.is_whole(t.trim_end_matches([':', '.']).trim());
    let segs: Vec<_> = c.segs.iter().map(|&i| &page.segs[i]).collect();
    let (first, last) = (segs[0], segs[segs.len() - 1]);
    let text = c.text.as_str();
    let nchar: usize = segs.iter().map(|s| s.text.chars().count().max(1)).sum();
    let weighted = |g: &dyn Fn(&super::segments::Seg) -> f32| {
        segs.iter()
            .map(|s| g(s) * s.text.chars().count().max(1) as f32)
            .sum::<f32>()
            / nchar as f32
    };
    let size = weighted(&|s| s.size);
    let bold = weighted(&|s| flag(s.bold));
    let x0 = segs.iter().map(|s| s.x0).fold(f32::MAX, f32::min);
    let x1 = segs.iter().map(|s| s.x1).fold(f32::MIN, f32::max);
    let (w, h) = (page.width, page.height);
    let up = page.above(c.segs[0]).map(|i| &page.segs[i]);
    let down = c
        .segs
        .last()
        .and_then(|&i| page.below(i))
        .map(|i| &page.segs[i]);
    let left = page.left_of(c.segs[0]).map(|i| &page.segs[i]);
    let words: Vec<&str> = text.split_whitespace().collect();
    let alpha: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let ends = |ch: char| flag(text.trim_end().ends_with(ch));
    let n_verbs = VERB.find_iter(text).count();
    let same_style = |a: &super::segments::Seg, b: &super::segments::Seg| {
        (a.size - b.size).abs() < 0.6 && a.bold == b.bold
    };
    let is_type_word = |w: &str| vocab.names_doc_type(w);
    let committee = vocab.labels(LabelSet::CommitteeNouns);
    let is_committee_word = |w: &str| {
        let l = w.to_lowercase();
        let l = l.trim_matches(|c: char| !c.is_alphabetic());
        committee.iter().any(|n| l.ends_with(n.lower.as_str())) || l.contains("sitzung")
    };
    let contact = vocab.labels(LabelSet::Contact);
    let mut f = vec![
        size / page.body,
        size / page.max_size.max(1.0),
        flag(size >= page.max_size - 0.5),
        flag(size > page.body + 0.5),
        bold,
        first.top() / h,
        last.bottom() / h,
        x0 / w,
        x1 / w,
        (x1 - x0) / w,
        ((x0 + x1) / 2.0 - w / 2.0).abs() / w,
        segs.len() as f32,
        text.chars().count().min(400) as f32 / 100.0,
        words.len().min(60) as f32 / 10.0,
        flag(first.ncols > 1),
        first.col.min(3) as f32,
        flag(c.inline_label),
        flag(left.is_some_and(|l| titles.starts(&l.text) && l.text.len() < 40)),
        flag(up.is_some_and(|u| is_label_only(&u.text, titles))),
        flag(left.is_some_and(|l| !titles.starts(&l.text) && l.text.trim_end().ends_with(':'))),
        flag(starts_any_label(text) && !c.inline_label),
        up.map_or(5.0, |u| ((first.top() - u.bottom()) / first.size).min(5.0)),
        down.map_or(5.0, |d| ((d.top() - last.bottom()) / last.size).min(5.0)),
        flag(down.is_some_and(|d| {
            same_style(d, last)
                && d.top() - last.bottom() < 0.8 * last.size
                && !is_heading(&d.text)
                && !starts_any_label(&d.text)
        })),
        flag(up.is_some_and(|u| {
            same_style(u, first)
                && first.top() - u.bottom() < 0.8 * first.size
                && !starts_any_label(&u.text)
                && !titles.starts(&u.text)
        })),
        flag(down.is_some_and(|d| is_heading(&d.text))),
        flag(down.is_some_and(|d| starts_any_label(&d.text) || titles.starts(&d.text))),
        flag(up.is_some_and(|u| is_heading(&u.text))),
        flag(up.is_some_and(|u| {
            u.text.chars().count() < 60 && u.text.split_whitespace().any(is_type_word)
        })),
        ends('.'),
        ends(':'),
        ends('?'),
        n_verbs.min(3) as f32,
        flag(n_verbs > 0 && text.trim_end().ends_with('.') && words.len() >= 6),
        flag(!find_dates(text, vocab).is_empty()),
        text.chars().filter(char::is_ascii_digit).count() as f32
            / text.chars().count().max(1) as f32,
        flag(POSTCODE.is_match(text)),
        flag(PHONE.is_match(text) || words.iter().any(|w| contact.is_whole(w))),
        flag(ADDRESS.is_match(text)),
        flag(DRS_SHAPE.is_match(text)),
        flag(words.iter().any(|w| is_type_word(w))),
        flag(is_type_only(text, vocab)),
        flag(words.iter().any(|w| is_committee_word(w))),
        flag(is_heading(text)),
        flag(vocab.labels(LabelSet::Salutations).starts(text)),
        flag(vocab.labels(LabelSet::AddressOpeners).starts(text)),
        flag(text.chars().next().is_some_and(char::is_lowercase)),
        alpha
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count() as f32
            / alpha.len().max(1) as f32,
        alpha
            .iter()
            .filter(|w| w.chars().count() > 1 && w.chars().all(|c| !c.is_lowercase()))
            .count() as f32
            / alpha.len().max(1) as f32,
        (words.iter().map(|w| w.chars().count()).sum::<usize>() as f32 / words.len().max(1) as f32)
            .min(20.0)
            / 10.0,
        c.segs[0].min(60) as f32 / 10.0,
        flag(c.after_label),
    ];
    for v in Variant::ALL {
        f.push(flag(c.variant == Some(v)));
    }
    f.push(flag(c.variant.is_some()));
    debug_assert_eq!(f.len(), OWN);
    f
}

#[cfg(test)]
mod tests {
    use super::super::candidates::candidates;
    use super::super::segments::tests::seg;
    use super::*;

    fn feature(page: &Page1, text: &str, name: &str) -> f32 {
        let vocab = Vocabulary::embedded();
        let cands = candidates(page, &vocab);
        let vs = vectors(page, &cands, &vocab);
        let i = cands.iter().position(|c| c.text == text).expect(text);
        assert_eq!(vs[i].len(), NAMES.len());
        vs[i][NAMES.iter().position(|n| *n == name).unwrap()]
    }

    #[test]
    fn a_body_sentence_has_sentence_shape_and_a_subject_line_has_not() {
        let page = Page1::new(
            vec![
                seg("Neubau der Grundschule am Markt", 0, 0, 1, 50.0, 300.0),
                seg(
                    "Die Verwaltung wird beauftragt, den Bau zu planen.",
                    3,
                    0,
                    1,
                    50.0,
                    500.0,
                ),
            ],
            595.0,
            842.0,
        );
        assert_eq!(
            feature(
                &page,
                "Die Verwaltung wird beauftragt, den Bau zu planen.",
                "sentence"
            ),
            1.0
        );
        assert_eq!(
            feature(
                &page,
                "Die Verwaltung wird beauftragt, den Bau zu planen.",
                "ends_period"
            ),
            1.0
        );
        assert_eq!(
            feature(&page, "Neubau der Grundschule am Markt", "sentence"),
            0.0
        );
        assert_eq!(
            feature(&page, "Neubau der Grundschule am Markt", "cap_frac"),
            0.6
        );
    }

    #[test]
    fn a_field_label_opens_a_cell_but_a_sentence_with_a_colon_does_not() {
        assert!(starts_any_label("Datum: 03.02.2025"));
        assert!(starts_any_label("Vorlage-Nr.:"));
        assert!(!starts_any_label(
            "Die Verwaltung beantragt Folgendes, nämlich dies und jenes hier:"
        ));
        assert!(!starts_any_label("datum: 03.02.2025"));
        assert!(!starts_any_label("Uhrzeit 18:30"));
    }

    #[test]
    fn label_left_address_opener_and_date_are_seen() {
        let page = Page1::new(
            vec![
                seg("An den Rat der Stadt", 0, 0, 1, 50.0, 200.0),
                seg("Betreff:", 2, 0, 2, 50.0, 90.0),
                seg("Sitzung am 03.02.2025", 2, 1, 2, 150.0, 300.0),
            ],
            595.0,
            842.0,
        );
        assert_eq!(
            feature(&page, "An den Rat der Stadt", "address_opener"),
            1.0
        );
        assert_eq!(feature(&page, "Sitzung am 03.02.2025", "label_left"), 1.0);
        assert_eq!(feature(&page, "Sitzung am 03.02.2025", "has_date"), 1.0);
        assert_eq!(feature(&page, "Sitzung am 03.02.2025", "col"), 1.0);
        assert_eq!(
            feature(&page, "Sitzung am 03.02.2025", "ctx_paper_has_label"),
            1.0
        );
    }
}
