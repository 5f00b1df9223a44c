//! Euro amounts stated under Finanzielle Auswirkungen / Kosten (`1.250.000 €`,
//! `2,46 Mio. Euro`, `EUR 73.080,50`).

use super::doc::{Doc, is_heading};
use super::text::never;
use crate::record::Amount;
use crate::vocab::{LabelSet, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

static AMOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:(?:€|EUR)\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?\s*(Mio\.?|Millionen|Mrd\.?|Milliarden|Tsd\.?)?)|(?:(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}|-{1,2}))?\s*(Mio\.?|Millionen|Mrd\.?|Milliarden|Tsd\.?|T)?\s*(?:€|EUR\b|Euro\b))",
    )
    .unwrap_or_else(|_| never())
});

/// Parse the amounts in one text.
pub(crate) fn parse_amounts(text: &str) -> Vec<Amount> {
    let mut out = Vec::new();
    for c in AMOUNT.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        // Groups 1-3: currency before the number; 4-6: currency after it.
        let g = |a: usize| c.get(a).or_else(|| c.get(a + 3));
        let int: String = g(1).map_or("", |g| g.as_str()).replace('.', "");
        let frac = g(2)
            .map(|g| g.as_str())
            .filter(|f| f.chars().all(|ch| ch.is_ascii_digit()))
            .unwrap_or("0");
        let Ok(mut value) = format!("{int}.{frac}").parse::<f64>() else {
            continue;
        };
        let scale = g(3).map(|g| g.as_str().to_lowercase()).unwrap_or_default();
        if scale.starts_with("mio") || scale.starts_with("million") {
            value *= 1e6;
        } else if scale.starts_with("mrd") || scale.starts_with("milliard") {
            value *= 1e9;
        } else if scale.starts_with("t") {
            value *= 1e3;
        }
        out.push(Amount {
            value,
            text: m.as_str().trim().to_string(),
        });
    }
    out
}

/// Amounts in the document's financial sections (each read until the next heading).
pub(crate) fn find(doc: &Doc, vocab: &Vocabulary) -> Vec<Amount> {
    let labels = vocab.labels(LabelSet::Finance);
    let headings = vocab.labels(LabelSet::Headings);
    let mut out: Vec<Amount> = Vec::new();
    let mut i = 0;
    while i < doc.lines.len() {
        let Some(line) = doc.lines.get(i) else { break };
        let is_section = line
            .cells
            .first()
            .and_then(|c| labels.strip(&c.text))
            .is_some_and(|(rest, _)| rest.split_whitespace().count() <= 12);
        if !is_section {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < doc.lines.len() && j < i + 40 {
            let Some(l) = doc.lines.get(j) else { break };
            if j > i && is_heading(l, headings) {
                break;
            }
            if !l.furniture {
                for a in parse_amounts(&l.text) {
                    if !out.iter().any(|o| o.text == a.text) {
                        out.push(a);
                    }
                }
            }
            j += 1;
        }
        i = j.max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amount_shapes() {
        let a =
            parse_amounts("Kosten 1.250.000 € und 2,46 Mio. Euro sowie EUR 73.080,50 und 15 EUR");
        let values: Vec<f64> = a.iter().map(|a| a.value).collect();
        assert_eq!(values, vec![1_250_000.0, 2_460_000.0, 73_080.5, 15.0]);
    }

    #[test]
    fn only_in_financial_sections() {
        let doc = Doc::from_text(
            "Sachverhalt\nDas kostete 1.000 €.\nFinanzielle Auswirkungen:\nGesamt 50.000 Euro\nBegründung\n9 €\n",
        );
        let a = find(&doc, &Vocabulary::embedded());
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].value, 50_000.0);
    }
}
