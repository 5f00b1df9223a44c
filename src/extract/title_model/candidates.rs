//! Title candidates of page 1: runs of one to four segments of one column (starting in the top
//! 60 % of the page or right after a subject label), a leading subject label stripped, each with
//! its sub-span variants (a printed title is often one part of a line).

use super::segments::Page1;
use crate::extract::text::join_lines;
use crate::vocab::{LabelSet, Labels, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// Which sub-span of a run a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Variant {
    /// Without a leading paper-type phrase (`Niederschrift über die …`).
    LeadDocType,
    /// Without leading prepositions or an invitation phrase (`zur …`, `Hiermit lade ich Sie zur`).
    LeadPrep,
    /// Without a trailing session date, `(Drucksache …)` or `in der Wahlperiode …`.
    Trail,
    /// The part after ` – `.
    DashRight,
    /// The part before ` – `.
    DashLeft,
    /// The part after `label: `.
    ColonRight,
    /// `öffentlichen Sitzung` as `öffentliche Sitzung`.
    Nominative,
    /// A quoted part („…").
    Quoted,
}

impl Variant {
    /// Every variant, in the order of the model's features.
    pub(crate) const ALL: [Variant; 8] = [
        Variant::LeadDocType,
        Variant::LeadPrep,
        Variant::Trail,
        Variant::DashRight,
        Variant::DashLeft,
        Variant::ColonRight,
        Variant::Nominative,
        Variant::Quoted,
    ];
}

/// One candidate title.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Candidate {
    /// The text (label stripped, lines joined, maybe a sub-span).
    pub(crate) text: String,
    /// Its segments, top to bottom.
    pub(crate) segs: Vec<usize>,
    /// A subject label was stripped from its first segment.
    pub(crate) inline_label: bool,
    /// Its first segment follows a subject label.
    pub(crate) after_label: bool,
    /// The sub-span it is, None for the whole run.
    pub(crate) variant: Option<Variant>,
}

/// True when `text` is a subject label and nothing else.
pub(crate) fn is_label_only(text: &str, titles: &Labels) -> bool {
    titles
        .strip(text)
        .is_some_and(|(rest, _)| rest.trim().is_empty())
}

/// Per segment: does it follow a subject label (label left in the row, label alone above, or
/// the label inline)?
fn after_label(page: &Page1, titles: &Labels) -> Vec<bool> {
    let mut out = vec![false; page.segs.len()];
    for (i, s) in page.segs.iter().enumerate() {
        if page
            .left_of(i)
            .is_some_and(|l| titles.starts(&page.segs[l].text) && page.segs[l].text.len() < 40)
        {
            out[i] = true;
        }
        if titles.starts(&s.text) {
            out[i] = true;
            if is_label_only(&s.text, titles) {
                for j in [page.below(i), page.right_of(i)].into_iter().flatten() {
                    out[j] = true;
                }
            }
        }
    }
    out
}

/// All candidates of page 1 (duplicates of text and segments dropped).
pub(crate) fn candidates(page: &Page1, vocab: &Vocabulary) -> Vec<Candidate> {
    let titles = vocab.labels(LabelSet::Title);
    let types = Labels::new(vocab.doc_types.iter().map(|t| t.text.as_str()));
    let after = after_label(page, titles);
    let mut out: Vec<Candidate> = Vec::new();
    for (i, s) in page.segs.iter().enumerate() {
        if !(s.top() < 0.6 * page.height || after[i]) {
            continue;
        }
        let mut chain = vec![i];
        loop {
            let mut texts: Vec<&str> = chain.iter().map(|&k| page.segs[k].text.as_str()).collect();
            let first = texts[0];
            let mut inline = false;
            if is_label_only(first, titles) {
                // A bare label starts no candidate; the segment below or beside it does.
                break;
            }
            if let Some((rest, _)) = titles.strip(first) {
                texts[0] = rest;
                inline = true;
            }
            let text = texts
                .iter()
                .fold(String::new(), |acc, t| join_lines(&acc, t))
                .trim()
                .to_string();
            if !text.is_empty() {
                let whole = Candidate {
                    text: text.clone(),
                    segs: chain.clone(),
                    inline_label: inline,
                    after_label: after[i],
                    variant: None,
                };
                for (t, v) in variants(&text, &types) {
                    out.push(Candidate {
                        text: t,
                        variant: Some(v),
                        ..whole.clone()
                    });
                }
                out.push(whole);
            }
            if chain.len() >= 4 {
                break;
            }
            match chain.last().and_then(|&k| page.below(k)) {
                Some(n) => chain.push(n),
                None => break,
            }
        }
    }
    // Whole runs first, then their variants; one candidate per (segments, text).
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert((c.segs.clone(), c.text.clone())));
    out
}

static LEAD_PREP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^((über|zur|zum|zu|für|betreffend|betr\.|der|des|die|den|dem|das)\s+)+")
        .unwrap()
});
static LEAD_INVITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(hiermit\s+)?(lade|laden)\s+(ich|wir)\s+sie\s+(\w+\s+)?(zu[rm]?|ein\s+zu[rm]?)\s+",
    )
    .unwrap()
});
static TRAIL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\s+(am|vom|den|,)\s+((montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?\s*(dem|den)?\s*)?\d.*$|\s+(am|vom)\s+(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b.*$",
    )
    .unwrap()
});
static TRAIL_PAREN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\s*\((drucksache|vorlage|drs\.|ds|nr\.)[^)]*\)\s*$").unwrap()
});
static TRAIL_MISC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s+(in der wahlperiode\b.*|statt\.?|ein\.?)$").unwrap());
static DASH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s+[–—-]\s+").unwrap());
static QUOTED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"[„“"»«]([^„“”"»«]{8,})[“”"«»]"#).unwrap());
static NOMINATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(öffentlichen|nichtöffentlichen|nicht öffentlichen)\b").unwrap()
});

/// The sub-spans of a run's text with the variant each is (never the text itself, each at least
/// two words).
pub(crate) fn variants(text: &str, types: &Labels) -> Vec<(String, Variant)> {
    let mut out: Vec<(String, Variant)> = Vec::new();
    let add = |t: &str, v: Variant, out: &mut Vec<(String, Variant)>| {
        let t = t.trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ';' | ':' | '–' | '—' | '-')
        });
        if !t.is_empty()
            && t != text
            && t.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
                >= 2
            && !out.iter().any(|(o, _)| o == t)
        {
            out.push((t.to_string(), v));
        }
    };
    let mut base: Vec<String> = vec![text.to_string()];
    if let Some(m) = LEAD_INVITE.find(text).filter(|m| m.end() < text.len()) {
        add(&text[m.end()..], Variant::LeadPrep, &mut out);
        base.push(text[m.end()..].to_string());
    }
    // A leading paper type (`Stellungnahme zur Vorlage …`) and the prepositions after it.
    if let Some((rest, _)) = types.strip(text).filter(|(r, _)| !r.is_empty()) {
        let rest = LEAD_PREP.find(rest).map_or(rest, |m| &rest[m.end()..]);
        if !rest.is_empty() {
            add(rest, Variant::LeadDocType, &mut out);
            base.push(rest.to_string());
        }
    }
    if let Some(m) = LEAD_PREP.find(text).filter(|m| m.end() < text.len()) {
        add(&text[m.end()..], Variant::LeadPrep, &mut out);
        base.push(text[m.end()..].to_string());
    }
    for b in base.clone() {
        let c = TRAIL_DATE.replace(&b, "");
        let c = TRAIL_PAREN.replace(&c, "");
        let c = TRAIL_MISC.replace(&c, "").into_owned();
        if c != b {
            add(&c, Variant::Trail, &mut out);
        }
    }
    let parts: Vec<&str> = DASH.splitn(text, 2).collect();
    if let [left, right] = parts.as_slice() {
        add(right, Variant::DashRight, &mut out);
        add(left, Variant::DashLeft, &mut out);
    }
    if let Some(c) = QUOTED.captures(text).and_then(|c| c.get(1)) {
        add(c.as_str(), Variant::Quoted, &mut out);
    }
    if let Some((left, right)) = text.split_once(": ")
        && left.len() < 60
    {
        add(right, Variant::ColonRight, &mut out);
    }
    let mut nominative = Vec::new();
    for t in out.iter().map(|(t, _)| t.as_str()).chain([text]) {
        if let Some(m) = NOMINATIVE.find(t) {
            let word = m.as_str();
            let stem = &word[..word.len() - 1];
            nominative.push(format!("{stem}{}", &t[m.end()..]));
        }
    }
    for n in nominative {
        add(&n, Variant::Nominative, &mut out);
    }
    out
}

/// True when the text is a paper type and nothing else (`Antrag`, `Beschlussvorlage:`).
pub(crate) fn is_type_only(text: &str, vocab: &Vocabulary) -> bool {
    vocab.names_doc_type(text.trim_end_matches(':'))
}

#[cfg(test)]
mod tests {
    use super::super::segments::tests::seg;
    use super::*;

    #[test]
    fn a_labelled_subject_over_two_lines_is_a_candidate_without_its_label() {
        let vocab = Vocabulary::embedded();
        let page = Page1::new(
            vec![
                seg("Betreff:", 0, 0, 2, 50.0, 90.0),
                seg("Neubau der Grund-", 0, 1, 2, 150.0, 300.0),
                seg("schule am Markt", 1, 0, 1, 150.0, 260.0),
            ],
            595.0,
            842.0,
        );
        let cands = candidates(&page, &vocab);
        let texts: Vec<&str> = cands.iter().map(|c| c.text.as_str()).collect();
        assert!(
            texts.contains(&"Neubau der Grundschule am Markt"),
            "{texts:?}"
        );
        assert!(!texts.contains(&"Betreff:"));
        let c = cands
            .iter()
            .find(|c| c.text == "Neubau der Grundschule am Markt")
            .unwrap();
        assert!(c.after_label && !c.inline_label);
    }

    #[test]
    fn an_inline_label_is_stripped() {
        let vocab = Vocabulary::embedded();
        let page = Page1::new(
            vec![seg("Betreff: Radweg an der Aue", 0, 0, 1, 50.0, 300.0)],
            595.0,
            842.0,
        );
        let cands = candidates(&page, &vocab);
        assert_eq!(cands[0].text, "Radweg an der Aue");
        assert!(cands[0].inline_label);
    }

    #[test]
    fn sub_spans_drop_the_type_phrase_the_date_and_split_at_the_dash() {
        let types = Labels::new(["Niederschrift", "Stellungnahme"]);
        let v = variants(
            "Niederschrift über die öffentlichen Sitzung am 03.02.2025",
            &types,
        );
        let texts: Vec<&str> = v.iter().map(|(t, _)| t.as_str()).collect();
        assert!(
            texts.contains(&"öffentlichen Sitzung am 03.02.2025"),
            "{texts:?}"
        );
        assert!(texts.contains(&"öffentlichen Sitzung"), "{texts:?}");
        assert!(texts.contains(&"öffentliche Sitzung"), "{texts:?}");
        let v = variants(
            "Stellungnahme zur Vorlage 12/3 – Neufassung der Satzung",
            &types,
        );
        assert!(v.contains(&("Neufassung der Satzung".to_string(), Variant::DashRight)));
    }
}
