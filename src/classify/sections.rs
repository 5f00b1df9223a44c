//! Splits a document's text into weighted segments: running headers/footers, the letterhead
//! before the title and boilerplate blocks (a Klimacheck form, …) earn no or less credit.

use super::taxonomy::CompiledSection;
use super::terms::normalize;
use crate::pdf::TextLayer;

/// Name of the ordinary body text.
pub const BODY: &str = "Text";
/// Name of the first page's head before the title (letterhead, Beratungsfolge).
pub const LETTERHEAD: &str = "Briefkopf";

/// A run of lines that belong to one section.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Section name (`Text`, `Klimacheck`, …).
    pub section: String,
    /// Weight of term hits in this segment.
    pub weight: f64,
    /// The text, hyphenated line ends joined.
    pub text: String,
}

/// Split the layer into segments; `title` (if known) marks where the letterhead ends.
pub fn segments(layer: &TextLayer, title: Option<&str>, rules: &[CompiledSection]) -> Vec<Segment> {
    let head_end = title.and_then(|t| title_line(layer, t));
    let mut out: Vec<Segment> = Vec::new();
    let mut current: Option<(usize, usize)> = None; // (rule index, lines so far)
    for (p, page) in layer.pages.iter().enumerate() {
        for (l, line) in page.lines.iter().enumerate() {
            if line.furniture {
                continue;
            }
            let text = line.text();
            if text.trim().is_empty() {
                continue;
            }
            if p == 0 && head_end.is_some_and(|(end, _)| l < end) {
                push(&mut out, LETTERHEAD, 0.0, &text);
                continue;
            }
            if p == 0 && head_end.is_some_and(|(end, len)| l >= end && l < end + len) {
                continue; // the title itself is scored separately
            }
            if let Some((ri, n)) = current {
                let ends = rules.get(ri).is_none_or(|r| {
                    n >= r.max_lines || r.end.as_ref().is_some_and(|e| e.is_match(text.trim()))
                });
                current = if ends { None } else { Some((ri, n + 1)) };
            }
            if let Some(ri) = rules.iter().position(|r| r.start.is_match(text.trim())) {
                current = Some((ri, 1));
            }
            match current.and_then(|(ri, _)| rules.get(ri)) {
                Some(rule) => push(&mut out, &rule.name, rule.weight, &text),
                None => push(&mut out, BODY, 1.0, &text),
            }
        }
    }
    out
}

/// Append a line to the last segment if it has the same section, else start a new one.
fn push(out: &mut Vec<Segment>, section: &str, weight: f64, line: &str) {
    match out.last_mut() {
        Some(seg) if seg.section == section => {
            join_line(&mut seg.text, line);
        }
        _ => out.push(Segment {
            section: section.to_string(),
            weight,
            text: line.to_string(),
        }),
    }
}

/// Join a line to text, undoing end-of-line hyphenation (`Digitali-` + `sierung`).
fn join_line(text: &mut String, line: &str) {
    let hyphenated = text.ends_with('-')
        && text
            .chars()
            .rev()
            .nth(1)
            .is_some_and(char::is_alphabetic);
    if hyphenated && line.chars().next().is_some_and(char::is_lowercase) {
        text.pop();
    } else if !hyphenated {
        text.push('\n');
    }
    text.push_str(line);
}

/// Where the title starts on the first page and how many lines it spans.
fn title_line(layer: &TextLayer, title: &str) -> Option<(usize, usize)> {
    let norm_title = normalize(title);
    if norm_title.len() < 8 {
        return None;
    }
    let page = layer.pages.first()?;
    let lines: Vec<String> = page.lines.iter().map(|l| normalize(&l.text())).collect();
    let start = lines.iter().position(|l| {
        let probe = l.trim_start_matches("betreff").trim();
        probe.len() >= 8 && norm_title.starts_with(probe)
            || l.len() >= 8 && l.contains(&norm_title)
    })?;
    let mut covered = 0;
    let mut len = 0;
    for l in lines.iter().skip(start) {
        if covered >= norm_title.len() || !norm_title.contains(l.trim_start_matches("betreff").trim()) {
            break;
        }
        covered += l.len() + 1;
        len += 1;
    }
    Some((start, len.max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    fn klimacheck() -> Vec<CompiledSection> {
        vec![CompiledSection {
            name: "Klimacheck".into(),
            start: Regex::new("(?i)^klimacheck").expect("valid"),
            end: Some(Regex::new("(?i)^anlagen").expect("valid")),
            weight: 0.0,
            max_lines: 10,
        }]
    }

    #[test]
    fn letterhead_title_and_boilerplate_are_separated() {
        let layer = TextLayer::from_layout_text(
            "Amt für Umwelt\nBetreff: Ausbau der Digitali-\nsierung in Schulen\nWir planen Digitali-\nsierung.\nKlimacheck\nKlimaschutz: neutral\nAnlagen\nPlan\n",
        );
        let segs = segments(&layer, Some("Ausbau der Digitalisierung in Schulen"), &klimacheck());
        let names: Vec<&str> = segs.iter().map(|s| s.section.as_str()).collect();
        assert_eq!(names, ["Briefkopf", "Text", "Klimacheck", "Text"]);
        assert_eq!(segs[1].text, "Wir planen Digitalisierung.");
        assert!(segs[2].text.contains("Klimaschutz"));
        assert_eq!(segs[2].weight, 0.0);
        assert_eq!(segs[3].text, "Anlagen\nPlan");
    }

    #[test]
    fn without_title_everything_is_body() {
        let layer = TextLayer::from_layout_text("Amt für Umwelt\nText\n");
        let segs = segments(&layer, None, &[]);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].text, "Amt für Umwelt\nText");
    }
}
