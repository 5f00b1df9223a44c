//! Splits a document's text into weighted segments: running headers/footers, the letterhead
//! before the title and boilerplate blocks (a Klimacheck form, …) earn no or less credit.
//!
//! A block is opened by a line that starts with a label of the vocabulary's label sets
//! (`start_labels = ["klimacheck"]`: the same labels, matched the same way, as the metadata
//! rules use) or matches an extra regex for wordings that are no label (a question form).

use super::terms::{TextRegex, text_regex};
use super::terms::{normalize, words};
use crate::extract::klimacheck::after_section_number;
use crate::pdf::{Line, TextLayer};
use crate::vocab::{LabelSet, Labels, Vocabulary};
use serde::{Deserialize, Serialize};

/// A kind of section whose text counts less (or not at all): a Klimacheck block, a letterhead.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SectionRule {
    /// Name shown in explanations.
    pub name: String,
    /// Label sets of the vocabulary (`[labels]` of `data/vocab.toml`, extended by `--config`):
    /// a line that starts with one of their labels opens the section.
    #[serde(default)]
    pub start_labels: Vec<LabelSet>,
    /// Label sets of column headers: a table header row (two or more cells, one of them a label
    /// of these sets and nothing else) opens the section.
    #[serde(default)]
    pub start_columns: Vec<LabelSet>,
    /// Regex (case-insensitive) of further lines that open the section (wordings that are no
    /// label, such as a question).
    #[serde(default)]
    pub start: Option<String>,
    /// Label sets of a paper's form fields (`Federführend: Amt 61`, `Vorlagenart: Antrag`): a
    /// line whose first cell is such a label followed by a colon, or the label alone with its
    /// value in a cell of its own, is read like page furniture (no credit, no segment of its
    /// own): the block around it (a Klimacheck form, an agenda item) goes on after it.
    #[serde(default)]
    pub start_fields: Vec<LabelSet>,
    /// Label sets whose labels at the start of a line end the section (that line is not part
    /// of it).
    #[serde(default)]
    pub end_labels: Vec<LabelSet>,
    /// Regex (case-insensitive) of further lines that end the section.
    #[serde(default)]
    pub end: Option<String>,
    /// Weight of term hits inside the section (0 = boilerplate).
    #[serde(default)]
    pub weight: f64,
    /// The section ends after this many lines at the latest.
    #[serde(default = "default_max_lines")]
    pub max_lines: usize,
}

fn default_max_lines() -> usize {
    25
}

/// Lines that open or end a section: labels of the vocabulary, column headers, a regex.
#[derive(Debug, Clone, Default)]
pub struct LineRule {
    /// A line starting with one of these labels matches.
    pub labels: Labels,
    /// A line of two or more cells, one of which is one of these labels and nothing else.
    pub columns: Labels,
    /// A line matching this regex matches.
    pub regex: Option<TextRegex>,
}

impl LineRule {
    /// True when the line (whose trimmed text is `text`) matches.
    pub fn is_match(&self, line: &Line, text: &str) -> bool {
        // A heading behind a section number (`C. Klimacheck`, `III. Finanzielle Auswirkungen`)
        // opens and ends a block as the bare heading does: templates whose parts are numbered
        // by letters or roman numerals (a Deputationsvorlage's A. Problem, B. Lösung,
        // C. Klimacheck). Not behind an arabic number (themes18): `4. Kosten und Finanzierung`
        // is a subsection of the paper's own Sachverhalt (1. Bedarf, 2. Konzept, …) or an
        // agenda item, whose money is what the paper argues — no template block.
        let heading =
            |t: &str| self.labels.starts(t) || self.regex.as_ref().is_some_and(|r| r.is_match(t));
        let arabic = text.trim_start().starts_with(|c: char| c.is_ascii_digit());
        heading(text)
            || (!arabic && after_section_number(text).is_some_and(heading))
            || (line.cells.len() >= 2
                && line
                    .cells
                    .iter()
                    .any(|c| self.columns.is_whole(c.text.trim())))
    }

    fn compile(
        section: &str,
        (labels, columns): (&[LabelSet], &[LabelSet]),
        regex: Option<&str>,
        vocab: &Vocabulary,
    ) -> Result<LineRule, String> {
        let union = |sets: &[LabelSet]| {
            Labels::union(&sets.iter().map(|s| vocab.labels(*s)).collect::<Vec<_>>())
        };
        let regex = regex
            .map(|re| {
                text_regex(&format!("(?i){re}"))
                    .map_err(|e| format!("section {section}: bad regex: {e}"))
            })
            .transpose()?;
        Ok(LineRule {
            labels: union(labels),
            columns: union(columns),
            regex,
        })
    }
}

/// A compiled section rule.
#[derive(Debug, Clone)]
pub struct CompiledSection {
    /// Name shown in explanations.
    pub name: String,
    /// Lines that open the section.
    pub start: LineRule,
    /// Lines that end the section.
    pub end: LineRule,
    /// Weight of hits inside.
    pub weight: f64,
    /// Maximum length in lines.
    pub max_lines: usize,
    /// Labels of form fields that are this section, one line each (`start_fields`).
    pub fields: Labels,
}

impl CompiledSection {
    /// Compile a rule against the vocabulary whose label sets it names.
    pub fn compile(rule: &SectionRule, vocab: &Vocabulary) -> Result<CompiledSection, String> {
        if rule.start_labels.is_empty()
            && rule.start_columns.is_empty()
            && rule.start.is_none()
            && rule.start_fields.is_empty()
        {
            return Err(format!(
                "section {}: give start_labels, start_columns, start_fields or start (a regex)",
                rule.name
            ));
        }
        Ok(CompiledSection {
            name: rule.name.clone(),
            start: LineRule::compile(
                &rule.name,
                (&rule.start_labels, &rule.start_columns),
                rule.start.as_deref(),
                vocab,
            )?,
            end: LineRule::compile(
                &rule.name,
                (&rule.end_labels, &[]),
                rule.end.as_deref(),
                vocab,
            )?,
            weight: rule.weight,
            max_lines: rule.max_lines,
            fields: Labels::union(
                &rule
                    .start_fields
                    .iter()
                    .map(|s| vocab.labels(*s))
                    .collect::<Vec<_>>(),
            ),
        })
    }

    /// True when the line is one of this section's form fields: its first cell a label of
    /// `fields` followed by a colon (`Federführend: Hauptamt / Sitzungsdienst`), or the label
    /// alone with the value in a further cell (`Vorlagenart      Antrag`). Family: the key/value
    /// head and frame of every RIS print and faction letter (department, paper type, number,
    /// status): what the metadata reads there (department and committee hints)
    /// is scored as a hint, and the field's words (`Sitzungsdienst`, `Gremienbetreuung`) are no
    /// statement of the paper's subject. A sentence that merely starts with such a word
    /// (`Amt und Schule prüfen …`) has no colon after it and stays text.
    pub fn is_field(&self, line: &Line) -> bool {
        let Some(first) = line.cells.first() else {
            return false;
        };
        let cell = first.text.trim();
        match cell.split_once(':') {
            Some((head, _)) => self.fields.is_whole(head.trim()),
            None => line.cells.len() >= 2 && self.fields.is_whole(cell),
        }
    }
}

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
    /// Words of the form-field lines read inside this segment (`start_fields`): they earn
    /// nothing but count to the paper's length, as they did as text.
    pub field_words: usize,
}

/// Split the layer into segments; `title` (if known) marks where the letterhead ends.
pub fn segments(layer: &TextLayer, title: Option<&str>, rules: &[CompiledSection]) -> Vec<Segment> {
    let head_end = title.and_then(|t| title_line(layer, t));
    let mut out: Vec<Segment> = Vec::new();
    let mut current: Option<(usize, usize)> = None; // (rule index, lines so far)
    let mut pending = 0; // form-field words before the first segment
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
            // A form field is read like page furniture: its words earn nothing, and the text
            // around it stays one block (an agenda item's `Vorlage: 3/0184/2025` line does not
            // cut the item's text off its heading).
            if rules.iter().any(|r| r.is_field(line)) {
                let n = words(&normalize(&text)).count();
                match out.last_mut() {
                    Some(seg) => seg.field_words += n,
                    None => pending += n,
                }
                continue;
            }
            if let Some((ri, n)) = current {
                let ends = rules
                    .get(ri)
                    .is_none_or(|r| n >= r.max_lines || r.end.is_match(line, text.trim()));
                current = if ends { None } else { Some((ri, n + 1)) };
            }
            if let Some(ri) = rules
                .iter()
                .position(|r| r.start.is_match(line, text.trim()))
            {
                current = Some((ri, 1));
            }
            match current.and_then(|(ri, _)| rules.get(ri)) {
                Some(rule) => push(&mut out, &rule.name, rule.weight, &text),
                None => push(&mut out, BODY, 1.0, &text),
            }
            if let Some(seg) = out.first_mut().filter(|_| pending > 0) {
                seg.field_words += pending;
                pending = 0;
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
            field_words: 0,
        }),
    }
}

/// Join a line to text, undoing end-of-line hyphenation (`Digitali-` + `sierung`).
fn join_line(text: &mut String, line: &str) {
    let hyphenated =
        text.ends_with('-') && text.chars().rev().nth(1).is_some_and(char::is_alphabetic);
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
        probe.len() >= 8 && norm_title.starts_with(probe) || l.len() >= 8 && l.contains(&norm_title)
    })?;
    let mut covered = 0;
    let mut len = 0;
    for l in lines.iter().skip(start) {
        if covered >= norm_title.len()
            || !norm_title.contains(l.trim_start_matches("betreff").trim())
        {
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

    fn klimacheck() -> Vec<CompiledSection> {
        vec![CompiledSection {
            name: "Klimacheck".into(),
            start: LineRule {
                labels: Labels::new(["Klimacheck"]),
                ..LineRule::default()
            },
            end: LineRule {
                regex: Some(text_regex("(?i)^anlagen").expect("valid")),
                ..LineRule::default()
            },
            weight: 0.0,
            max_lines: 10,
            fields: Labels::default(),
        }]
    }

    #[test]
    fn letterhead_title_and_boilerplate_are_separated() {
        let layer = TextLayer::from_layout_text(
            "Amt für Umwelt\nBetreff: Ausbau der Digitali-\nsierung in Schulen\nWir planen Digitali-\nsierung.\nKlimacheck\nKlimaschutz: neutral\nAnlagen\nPlan\n",
        );
        let segs = segments(
            &layer,
            Some("Ausbau der Digitalisierung in Schulen"),
            &klimacheck(),
        );
        let names: Vec<&str> = segs.iter().map(|s| s.section.as_str()).collect();
        assert_eq!(names, ["Briefkopf", "Text", "Klimacheck", "Text"]);
        assert_eq!(segs[1].text, "Wir planen Digitalisierung.");
        assert!(segs[2].text.contains("Klimaschutz"));
        assert_eq!(segs[2].weight, 0.0);
        assert_eq!(segs[3].text, "Anlagen\nPlan");
    }

    /// The sections of the built-in taxonomy that a line of `text` (the second line) opens.
    fn opened_by(text: &str) -> Vec<String> {
        static TAX: std::sync::LazyLock<crate::classify::Taxonomy> =
            std::sync::LazyLock::new(crate::classify::Taxonomy::embedded);
        let layer = TextLayer::from_layout_text(&format!("Einleitung\n{text}\nweiterer Text\n"));
        segments(&layer, None, &TAX.sections)
            .into_iter()
            .filter(|s| s.text.starts_with(text.split("   ").next().unwrap_or(text)))
            .map(|s| s.section)
            .collect()
    }

    #[test]
    fn a_numbered_heading_opens_and_ends_its_block() {
        // Reports whose sections are numbered with letters (a Bremen-style Deputationsvorlage:
        // A. Problem, B. Lösung, C. Klimacheck, D. Finanzielle …; invented wording).
        let layer = TextLayer::from_layout_text(
            "B. Lösung\nWir bauen Radwege.\nC. Klimacheck\nDie Maßnahme hat Auswirkungen auf das Klima:\n[X] positiv\nD. Sachverhalt\nMehr Radwege.\n",
        );
        let rules = vec![CompiledSection {
            end: LineRule {
                regex: Some(text_regex("(?i)^sachverhalt").expect("regex")),
                ..LineRule::default()
            },
            ..klimacheck().remove(0)
        }];
        let segs = segments(&layer, None, &rules);
        let names: Vec<&str> = segs.iter().map(|s| s.section.as_str()).collect();
        assert_eq!(names, ["Text", "Klimacheck", "Text"], "{segs:#?}");
        assert!(segs[1].text.contains("auf das Klima"));
        // A word that is no section number does not open it.
        let layer = TextLayer::from_layout_text("Ohne Klimacheck geht es nicht.\n");
        let segs = segments(&layer, None, &rules);
        assert_eq!(segs.len(), 1);
        // Behind an arabic number it is a subsection of the paper's own text: no block.
        let layer = TextLayer::from_layout_text(
            "1. Bedarf\nWir bauen Radwege.\n3. Klimacheck\nDie Radwege sparen Fahrten.\n",
        );
        let segs = segments(&layer, None, &rules);
        assert_eq!(segs.len(), 1, "{segs:#?}");
    }

    #[test]
    fn every_klimacheck_and_beratungsfolge_label_opens_its_section() {
        let vocab = Vocabulary::embedded();
        for label in vocab.labels(LabelSet::Klimacheck).iter() {
            assert_eq!(opened_by(&label.text), ["Klimacheck"], "{}", label.text);
            let line = format!("{}: keine Auswirkungen", label.text.trim_end_matches(':'));
            assert_eq!(opened_by(&line), ["Klimacheck"], "{line}");
        }
        for label in vocab.labels(LabelSet::Consultations).iter() {
            assert_eq!(opened_by(&label.text), ["Beratungsfolge"], "{}", label.text);
        }
        for label in vocab.labels(LabelSet::CommitteeColumn).iter() {
            let row = format!("{}        Datum        Zuständigkeit", label.text);
            assert_eq!(opened_by(&row), ["Beratungsfolge"], "{row}");
        }
        // The singular that the old regex `auswirkungen?` missed.
        assert_eq!(opened_by("Auswirkung auf den Klimaschutz"), ["Klimacheck"]);
        // A sentence that only starts like a label opens nothing.
        assert!(opened_by("Klimaschutzmaßnahmen der Stadt").is_empty());
    }

    #[test]
    fn sections_name_unknown_label_sets_and_need_a_start() {
        let rule = |toml: &str| -> Result<CompiledSection, String> {
            let rule: SectionRule = toml::from_str(toml).map_err(|e| e.to_string())?;
            CompiledSection::compile(&rule, &Vocabulary::embedded())
        };
        let err = rule("name = 'X'\nstart_labels = ['klimachek']\n").expect_err("unknown set");
        assert!(err.contains("klimachek"), "{err}");
        assert!(rule("name = 'X'\nweight = 0.0\n").is_err());
        // A section written the old way (a regex) still works.
        let old = rule("name = 'X'\nstart = '^klima'\n").expect("regex start");
        let layer = TextLayer::from_layout_text("Klimaschutz ist Pflicht\n");
        assert_eq!(segments(&layer, None, &[old])[0].section, "X");
    }

    #[test]
    fn form_fields_are_their_section_one_line_each() {
        // The key/value head and frame of a RIS print (invented wording): the fields are read
        // like page furniture; a field inside the Klimacheck form leaves the form one block; a
        // sentence that only starts with a label word has no colon and stays text.
        let mut rules = klimacheck();
        rules.push(CompiledSection {
            name: "Kopffelder".into(),
            start: LineRule::default(),
            end: LineRule::default(),
            weight: 0.0,
            max_lines: 1,
            fields: Labels::new(["Federführend", "Vorlagenart", "Status"]),
        });
        let layer = TextLayer::from_layout_text(
            "Federführend: Hauptamt / Sitzungsdienst\nVorlagenart      Antrag\nWir pflanzen Bäume.\nKlimacheck\nStatus: geprüft\nKlimaschutz: positiv\nFederführend ist das Bauamt.\n",
        );
        let segs = segments(&layer, None, &rules);
        let names: Vec<&str> = segs.iter().map(|s| s.section.as_str()).collect();
        assert_eq!(names, ["Text", "Klimacheck"], "{segs:#?}");
        // Their words count to the paper's length: 3 + 2 before the text, 2 in the form.
        let counted: Vec<usize> = segs.iter().map(|s| s.field_words).collect();
        assert_eq!(counted, [5, 2]);
        assert_eq!(segs[0].text, "Wir pflanzen Bäume.");
        assert_eq!(
            segs[1].text,
            "Klimacheck\nKlimaschutz: positiv\nFederführend ist das Bauamt."
        );
        // Without the colon or a cell of its own a label word is text.
        let layer = TextLayer::from_layout_text("Status quo ist keine Lösung.\n");
        assert_eq!(segments(&layer, None, &rules)[0].section, BODY);
    }

    #[test]
    fn without_title_everything_is_body() {
        let layer = TextLayer::from_layout_text("Amt für Umwelt\nText\n");
        let segs = segments(&layer, None, &[]);
        assert_eq!(segs.len(), 1);
        assert_eq!(segs[0].text, "Amt für Umwelt\nText");
    }
}
