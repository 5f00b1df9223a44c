//! Label sets compiled once: each label folded (case, umlaut spelling, punctuation) and the set
//! ordered longest first, so that `Drucksache Nr.` is tried before `Drucksache`.

use crate::fold;
use serde::{Deserialize, Serialize};

/// The label sets of the vocabulary (`[labels]` in `data/vocab.toml`). The theme taxonomy's
/// `[[sections]]` refer to them by these names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LabelSet {
    /// The document's own number (`Drucksachen-Nr.`).
    Drucksache,
    /// Labels whose value is the document type (`Vorlagenart`).
    DocType,
    /// The document's own date (`Datum`).
    Date,
    /// Labels that look like a date label but name a session date (`Datum der Sitzung`).
    DateNot,
    /// Keys whose value is a session's day (`Sitzungstag`, `Datum der Sitzung`, `Sitzung am`): a
    /// session paper's day, a key/value Beratungsfolge's date.
    SessionDate,
    /// Betreff / subject.
    Title,
    /// Department, in order of preference.
    Department,
    /// Word parts of a sender from outside the administration (`fraktion`, `beirat`): an
    /// originator, never a department.
    DepartmentNot,
    /// Labels whose value is who filed the paper (`Antragsteller`).
    Originator,
    /// Heads of the authority who issue a paper in their own name (`Die Oberbürgermeisterin`).
    OriginatorHeads,
    /// Lines that close a letter; the sender's signature follows (`Mit freundlichen Grüßen`).
    Closings,
    /// Column headers of a header table that name no field of their own (`Status`).
    HeaderOnly,
    /// Department labels that are also the first word of a unit's name (`Referat`).
    DepartmentUnits,
    /// Names of the authority at the top of a letterhead (`Stadt`).
    Authorities,
    /// Word parts of an administrative unit's name (`amt`, `referat`).
    UnitWords,
    /// Contact lines of a letterhead (`Telefon`).
    Contact,
    /// Start of the Beratungsfolge.
    Consultations,
    /// Column header of the committee in a Beratungsfolge table (`Gremium`).
    CommitteeColumn,
    /// Nouns a committee's name ends with (`ausschuss`).
    CommitteeNouns,
    /// Words that end like a committee noun but name something else (`referat`).
    CommitteeNounsNot,
    /// Words printed around a session date in a Beratungsfolge cell (`Sitzung vom`).
    SessionWords,
    /// Column header of the public/non-public status of a Beratungsfolge table (`Ö/N`).
    StatusColumn,
    /// Role words that in prose name a document, not a committee's role (`Mitteilung`).
    ProseRolesNot,
    /// Start of the climate-impact section (Klimacheck).
    Klimacheck,
    /// Financial section (`Finanzielle Auswirkungen`).
    Finance,
    /// Section headings that end the header block, a title or a section (`Sachverhalt`).
    Headings,
    /// Lines that open a letter body (`Sehr geehrte`).
    Salutations,
    /// Lines that open an address block (`An den`).
    AddressOpeners,
    /// Headings of the other impact statements of a template (Demografie, Gleichstellung,
    /// Inklusion); only the theme taxonomy's sections use them.
    ImpactChecks,
    /// Word ends of a legal instrument's name (`satzung`, `verordnung`): a statute's heading.
    StatuteWords,
    /// Labels of a file reference printed beside a letter's reference line (`Az.`, `Ihr Zeichen`):
    /// no part of a subject.
    FileReferences,
}

impl LabelSet {
    /// Every set, in file order.
    pub const ALL: [LabelSet; 31] = [
        LabelSet::Drucksache,
        LabelSet::DocType,
        LabelSet::Date,
        LabelSet::DateNot,
        LabelSet::SessionDate,
        LabelSet::Title,
        LabelSet::Department,
        LabelSet::DepartmentNot,
        LabelSet::Originator,
        LabelSet::OriginatorHeads,
        LabelSet::Closings,
        LabelSet::HeaderOnly,
        LabelSet::DepartmentUnits,
        LabelSet::Authorities,
        LabelSet::UnitWords,
        LabelSet::Contact,
        LabelSet::Consultations,
        LabelSet::CommitteeColumn,
        LabelSet::CommitteeNouns,
        LabelSet::CommitteeNounsNot,
        LabelSet::SessionWords,
        LabelSet::StatusColumn,
        LabelSet::ProseRolesNot,
        LabelSet::Klimacheck,
        LabelSet::Finance,
        LabelSet::Headings,
        LabelSet::Salutations,
        LabelSet::AddressOpeners,
        LabelSet::ImpactChecks,
        LabelSet::StatuteWords,
        LabelSet::FileReferences,
    ];
}

/// One label as written, with its folded forms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// As written in the vocabulary.
    pub text: String,
    /// Lower-case letters and digits only ([`fold::alnum`]).
    pub alnum: String,
    /// [`Label::alnum`] with umlauts spelled out ([`fold::spelled`]): what a text must start with.
    pub spelled: String,
    /// Lower case, as written otherwise.
    pub lower: String,
    /// Written with a trailing colon (`hier:`): the text must have the colon too.
    colon: bool,
    /// Position in the vocabulary's list (order = preference where it matters).
    order: usize,
}

impl Label {
    /// Compile one label; `order` is its position in its list.
    pub fn new(text: &str, order: usize) -> Label {
        Label {
            text: text.to_string(),
            alnum: fold::alnum(text),
            spelled: fold::spelled(text),
            lower: text.to_lowercase(),
            colon: text.trim_end().ends_with(':'),
            order,
        }
    }

    /// If `text` starts with this label (ignoring case, spaces, punctuation and umlaut spelling)
    /// and the label ends at a word boundary, the rest of the text after separators (`:`, `.`,
    /// `/`, `-`, spaces); else None.
    pub fn strip<'a>(&self, text: &'a str) -> Option<&'a str> {
        // Called for every cell and label: compare lazily, without allocating.
        let mut want = self.spelled.chars().peekable();
        want.peek()?;
        let mut matched = false;
        let mut end = None;
        for (i, c) in text.char_indices() {
            if want.peek().is_none() {
                end = Some(i);
                break;
            }
            if c.is_alphanumeric() {
                for lc in fold::spelled_char(c) {
                    if want.next() != Some(lc) {
                        return None;
                    }
                }
                matched = true;
            } else if !matched && !c.is_whitespace() {
                return None;
            }
        }
        let end = match end {
            Some(e) => e,
            None if want.peek().is_none() => text.len(),
            None => return None,
        };
        let rest = text.get(end..)?;
        if rest.chars().next().is_some_and(char::is_alphanumeric) {
            return None;
        }
        // A label written with a colon (`hier:`) needs the colon.
        if self.colon && !rest.trim_start().starts_with(':') {
            return None;
        }
        Some(rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ':' | '.' | '/' | '-' | '–' | '\u{a0}')
        }))
    }
}

/// A compiled label set: longest label first (by folded length), file order among equals.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Labels {
    items: Vec<Label>,
}

impl Labels {
    /// An empty set.
    pub const EMPTY: Labels = Labels { items: Vec::new() };

    /// Compile a list of labels as written (in order of preference).
    pub fn new<S: AsRef<str>>(list: impl IntoIterator<Item = S>) -> Labels {
        Labels::sorted(
            list.into_iter()
                .enumerate()
                .map(|(i, s)| Label::new(s.as_ref(), i))
                .collect(),
        )
    }

    /// The union of several sets: each set's labels in file order, one set after the other,
    /// then longest first.
    pub fn union(sets: &[&Labels]) -> Labels {
        let mut items: Vec<Label> = Vec::new();
        for set in sets {
            for l in set.in_file_order() {
                items.push(Label {
                    order: items.len(),
                    ..l.clone()
                });
            }
        }
        Labels::sorted(items)
    }

    fn sorted(mut items: Vec<Label>) -> Labels {
        items.sort_by_key(|l| std::cmp::Reverse(l.alnum.chars().count()));
        Labels { items }
    }

    /// The labels, longest first.
    pub fn iter(&self) -> std::slice::Iter<'_, Label> {
        self.items.iter()
    }

    /// The labels in the order the vocabulary lists them (order = preference).
    pub fn in_file_order(&self) -> Vec<&Label> {
        let mut out: Vec<&Label> = self.items.iter().collect();
        out.sort_by_key(|l| l.order);
        out
    }

    /// True when the set has no label.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The longest label `text` starts with (see [`Label::strip`]) and the rest of the text.
    pub fn strip<'a>(&self, text: &'a str) -> Option<(&'a str, &Label)> {
        // Only labels that start with the text's first letter can match.
        let first = text
            .chars()
            .find(|c| c.is_alphanumeric())
            .and_then(|c| fold::spelled_char(c).next())?;
        self.items
            .iter()
            .filter(|l| l.spelled.starts_with(first))
            .find_map(|l| l.strip(text).map(|rest| (rest, l)))
    }

    /// True when `text` starts with a label of the set.
    pub fn starts(&self, text: &str) -> bool {
        self.strip(text).is_some()
    }

    /// True when `text` is one of the labels and nothing else (separators aside).
    pub fn is_whole(&self, text: &str) -> bool {
        self.strip(text).is_some_and(|(rest, _)| rest.is_empty())
    }

    /// True when a label folds ([`fold::alnum`]) to `folded`.
    pub fn has_alnum(&self, folded: &str) -> bool {
        self.items.iter().any(|l| l.alnum == folded)
    }

    /// True when a label folds ([`fold::spelled`]) to `folded`.
    pub fn has_spelled(&self, folded: &str) -> bool {
        self.items.iter().any(|l| l.spelled == folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip<'a>(text: &'a str, label: &str) -> Option<&'a str> {
        Label::new(label, 0).strip(text)
    }

    #[test]
    fn strip_ignores_punctuation_and_case() {
        assert_eq!(
            strip("Drucks.-Nr.: VO/1/21", "Drucks.-Nr."),
            Some("VO/1/21")
        );
        assert_eq!(
            strip("DRUCKSACHE NR 12/2020", "Drucksache Nr."),
            Some("12/2020")
        );
        assert_eq!(strip("Drucksachen-Nr. 5", "Drucksache"), None);
        assert_eq!(strip("Datum:", "Datum"), Some(""));
        assert_eq!(
            strip("Ressort / Stadtbetrieb", "Ressort"),
            Some("Stadtbetrieb")
        );
        assert_eq!(strip("Mit der Drucksache", "Drucksache"), None);
        assert_eq!(strip("hier eingegangen", "hier:"), None);
        assert_eq!(strip("hier: Vergabe", "hier:"), Some("Vergabe"));
    }

    #[test]
    fn umlauts_spelled_out_match() {
        assert_eq!(
            strip("Federfuehrend: Umweltamt", "Federführend"),
            Some("Umweltamt")
        );
        assert_eq!(strip("Zuständigkeit", "Zustaendigkeit"), Some(""));
        assert_eq!(strip("Federfuhrend", "Federführend"), None);
        assert_eq!(strip("Strasse 1", "Straße"), Some("1"));
    }

    #[test]
    fn longest_label_first_file_order_kept() {
        let set = Labels::new(["Drucksache", "Drucksache Nr.", "DS"]);
        let (rest, label) = set.strip("Drucksache Nr. 12/2020").expect("label");
        assert_eq!((rest, label.text.as_str()), ("12/2020", "Drucksache Nr."));
        let order: Vec<&str> = set
            .in_file_order()
            .iter()
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(order, ["Drucksache", "Drucksache Nr.", "DS"]);
        assert!(set.is_whole("Drucksache:"));
        assert!(!set.is_whole("Drucksache 12"));
        let union = Labels::union(&[&Labels::new(["Amt"]), &set]);
        assert_eq!(
            union.iter().next().map(|l| l.text.as_str()),
            Some("Drucksache Nr.")
        );
        assert_eq!(union.in_file_order()[0].text, "Amt");
    }
}
