//! The vocabulary: every label, heading and word list the metadata rules and the theme
//! taxonomy's sections read — `data/vocab.toml` (embedded), extendable by a user's TOML file
//! (`--config FILE`: lists appended, tables merged). Read once into typed lists (an unknown key
//! is an error naming it) and compiled once into folded, longest-first matchers.

mod file;
mod labels;

pub use labels::{Label, LabelSet, Labels};

use crate::record::{DocType, Klimacheck, Role};
use file::VocabFile;
use std::collections::BTreeMap;
use std::sync::{Arc, LazyLock};

/// The embedded default vocabulary.
pub const DEFAULT_VOCAB: &str = include_str!("../../data/vocab.toml");

/// [`DEFAULT_VOCAB`] as JSON, written by `build.rs`.
const DEFAULT_VOCAB_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/vocab.json"));

/// Why a vocabulary file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("vocabulary: {0}")]
pub struct VocabError(pub String);

/// A printed word with its folded form and what it means (`Große Anfrage` → Anfrage).
#[derive(Debug, Clone, PartialEq)]
pub struct Printed<T> {
    /// As written in the vocabulary.
    pub text: String,
    /// Lower-case letters and digits only.
    pub alnum: String,
    /// What it stands for.
    pub value: T,
}

/// The Klimacheck's words and glyphs.
#[derive(Debug, Clone, Default)]
pub struct KlimaWords {
    /// Option words (lower case) with their value, longest first.
    pub options: Vec<(String, Klimacheck)>,
    /// Glyphs of a ticked box, in file order.
    pub ticked: Vec<String>,
    /// Glyphs of an empty box, in file order.
    pub unticked: Vec<String>,
    /// Effect nouns of a Klimacheck sentence (lower case).
    pub sentence_effects: Vec<String>,
    /// Word beginnings naming the climate after the effect noun (lower case).
    pub sentence_targets: Vec<String>,
    /// Verbs between the effect and a following option (lower case).
    pub sentence_verbs: Vec<String>,
    /// Phrases stating no climate relevance, as lower-case words.
    pub sentence_neutral: Vec<Vec<String>>,
}

/// Words around Drucksachen-Nr. and dates.
#[derive(Debug, Clone, Default)]
pub struct NumberWords {
    /// Cue words before a cited Drucksache, with the printed document types; longest (in bytes)
    /// first.
    pub citation_cues: Vec<Label>,
    /// Number labels printed as part of the number (folded, [`crate::fold::alnum`]).
    pub prefix_labels: Vec<String>,
    /// Weekday names (lower case).
    pub weekdays: Vec<String>,
    /// Words before a label that make it a citation (lower case).
    pub citation_preceders: Vec<String>,
    /// Text after the own number that is not part of it (lower case).
    pub stop_words: Vec<String>,
}

/// Label vocabularies and number shapes used by the metadata rules, compiled.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    /// The merged file, kept for further extension.
    raw: toml::Table,
    /// Label sets, indexed by [`LabelSet`].
    sets: Vec<Labels>,
    /// Every label that heads a field's value in a header table (see [`Vocabulary::header_labels`]).
    header_labels: Arc<Labels>,
    /// Printed document types, longest first.
    pub doc_types: Vec<Printed<DocType>>,
    /// Beratungsfolge role words, longest first.
    pub roles: Vec<Printed<Role>>,
    /// Klimacheck words and glyphs.
    pub klimacheck: KlimaWords,
    /// `öffentlich` as printed.
    pub public: Labels,
    /// `nichtöffentlich` as printed.
    pub nonpublic: Labels,
    /// Words around numbers and dates.
    pub numbers: NumberWords,
    /// Month names (lower case) with their number.
    months: BTreeMap<String, u8>,
}

/// The empty label set (for a set the vocabulary does not have).
static NO_LABELS: Labels = Labels::EMPTY;

static EMBEDDED: LazyLock<Result<Vocabulary, String>> = LazyLock::new(|| {
    // Parsed once: the typed first pass of `from_toml` only places errors in a user's file, and
    // the embedded one is checked through `from_toml` by a unit test.
    // From its JSON form (same content, built by `build.rs`; several times faster than TOML).
    let raw: toml::Table = serde_json::from_str(DEFAULT_VOCAB_JSON).map_err(|e| e.to_string())?;
    Vocabulary::compile(raw).map_err(|e| e.to_string())
});

impl Vocabulary {
    /// The embedded default vocabulary.
    pub fn embedded() -> Vocabulary {
        // The embedded file is checked by a unit test.
        match &*EMBEDDED {
            Ok(v) => v.clone(),
            Err(e) => panic!("embedded vocabulary: {e}"),
        }
    }

    /// Parse and compile a vocabulary from TOML text.
    pub fn from_toml(text: &str) -> Result<Vocabulary, VocabError> {
        let raw: toml::Table = toml::from_str(text).map_err(|e| VocabError(e.to_string()))?;
        // Typed first, so that the error names the key and its place in `text`.
        let _: VocabFile = toml::from_str(text).map_err(|e| VocabError(e.to_string()))?;
        Vocabulary::compile(raw)
    }

    /// This vocabulary extended by a user's TOML file: lists are appended, tables merged key by
    /// key, other values replaced. A key the vocabulary does not know is an error.
    pub fn extended_with(&self, text: &str) -> Result<Vocabulary, VocabError> {
        let extra: toml::Table = toml::from_str(text).map_err(|e| VocabError(e.to_string()))?;
        let _: VocabFile = toml::from_str(text).map_err(|e| VocabError(e.to_string()))?;
        let mut raw = self.raw.clone();
        file::merge_tables(&mut raw, extra);
        Vocabulary::compile(raw)
    }

    fn compile(raw: toml::Table) -> Result<Vocabulary, VocabError> {
        let f: VocabFile = toml::Value::Table(raw.clone())
            .try_into()
            .map_err(|e: toml::de::Error| VocabError(e.to_string()))?;
        if let Some((name, n)) = f.months.iter().find(|(_, n)| !(1..=12).contains(*n)) {
            return Err(VocabError(format!(
                "months.{name} = {n}: not a month (1–12)"
            )));
        }
        let sets: Vec<Labels> = LabelSet::ALL
            .iter()
            .map(|s| Labels::new(f.labels.get(s).map(Vec::as_slice).unwrap_or_default()))
            .collect();
        let header_labels = {
            let set = |s: LabelSet| sets.get(s as usize).unwrap_or(&NO_LABELS);
            Arc::new(Labels::union(&[
                set(LabelSet::Drucksache),
                set(LabelSet::DocType),
                set(LabelSet::Date),
                set(LabelSet::Title),
                set(LabelSet::Department),
                set(LabelSet::Originator),
                set(LabelSet::CommitteeColumn),
                set(LabelSet::HeaderOnly),
            ]))
        };
        let t = &f.doc_types;
        let doc_types = printed(&[
            (DocType::Beschlussvorlage, &t.beschlussvorlage),
            (DocType::Mitteilungsvorlage, &t.mitteilungsvorlage),
            (DocType::Antrag, &t.antrag),
            (DocType::Anfrage, &t.anfrage),
            (DocType::Ergaenzungsvorlage, &t.ergaenzungsvorlage),
            (DocType::Antwort, &t.antwort),
            (DocType::Stellungnahme, &t.stellungnahme),
            (DocType::Niederschrift, &t.niederschrift),
            (DocType::Einladung, &t.einladung),
            (DocType::Gesetzentwurf, &t.gesetzentwurf),
            (DocType::Schreiben, &t.schreiben),
        ]);
        let r = &f.roles;
        let roles = printed(&[
            (Role::Entscheidung, &r.entscheidung),
            (Role::Vorberatung, &r.vorberatung),
            (Role::Kenntnisnahme, &r.kenntnisnahme),
            (Role::Anhoerung, &r.anhoerung),
            (Role::Beschluss, &r.beschluss),
        ]);
        let k = &f.klimacheck;
        let mut options: Vec<(String, Klimacheck)> = [
            (Klimacheck::Neutral, &k.neutral),
            (Klimacheck::Positive, &k.positive),
            (Klimacheck::Negative, &k.negative),
        ]
        .into_iter()
        .flat_map(|(v, list)| list.iter().map(move |s| (s.to_lowercase(), v)))
        .collect();
        options.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        let klimacheck = KlimaWords {
            options,
            ticked: k.ticked.clone(),
            unticked: k.unticked.clone(),
            sentence_effects: lower(&k.sentence_effects),
            sentence_targets: lower(&k.sentence_targets),
            sentence_verbs: lower(&k.sentence_verbs),
            sentence_neutral: k
                .sentence_neutral
                .iter()
                .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
                .collect(),
        };
        let n = &f.numbers;
        let mut cues: Vec<&str> = n.citation_cues.iter().map(String::as_str).collect();
        cues.extend(doc_types.iter().map(|t| t.text.as_str()));
        cues.sort_by_key(|c| std::cmp::Reverse(c.len()));
        let numbers = NumberWords {
            citation_cues: cues
                .iter()
                .enumerate()
                .map(|(i, c)| Label::new(c, i))
                .collect(),
            prefix_labels: n
                .prefix_labels
                .iter()
                .map(|p| crate::fold::alnum(p))
                .collect(),
            weekdays: lower(&n.weekdays),
            citation_preceders: lower(&n.citation_preceders),
            stop_words: lower(&n.stop_words),
        };
        Ok(Vocabulary {
            public: Labels::new(&f.public.public),
            nonpublic: Labels::new(&f.public.nonpublic),
            months: f.months,
            raw,
            sets,
            header_labels,
            doc_types,
            roles,
            klimacheck,
            numbers,
        })
    }

    /// True when `folded` (see [`crate::fold::alnum`]) is the name of a paper type.
    pub fn is_doc_type(&self, folded: &str) -> bool {
        self.doc_types.iter().any(|t| t.alnum == folded)
    }

    /// The paper type `folded` (see [`crate::fold::alnum`]) names, if any.
    pub fn doc_type_of(&self, folded: &str) -> Option<DocType> {
        self.doc_types
            .iter()
            .find(|t| t.alnum == folded)
            .map(|t| t.value)
    }

    /// True when a word or text as printed names a paper type (`Antrag`, `Beschluss-Vorlage`):
    /// folded by [`crate::fold::alnum`], not empty, a type's name.
    pub fn names_doc_type(&self, text: &str) -> bool {
        let folded = crate::fold::alnum(text);
        !folded.is_empty() && self.is_doc_type(&folded)
    }

    /// The public status a whole text names (`folded` by [`crate::fold::spelled`]):
    /// `Some(false)` for a `nichtöffentlich` spelling, `Some(true)` for an `öffentlich` one,
    /// `None` for other text.
    pub fn status_of(&self, folded: &str) -> Option<bool> {
        if self.nonpublic.has_spelled(folded) {
            Some(false)
        } else {
            self.public.has_spelled(folded).then_some(true)
        }
    }

    /// The label set `set`, longest first.
    pub fn labels(&self, set: LabelSet) -> &Labels {
        self.sets.get(set as usize).unwrap_or(&NO_LABELS)
    }

    /// Every label of the sets that head a field's value, plus `header_only` words that head a
    /// column of a header table (`Status`), longest first.
    pub fn header_labels(&self) -> Arc<Labels> {
        Arc::clone(&self.header_labels)
    }

    /// The number of a month name (`März`, `okt.`).
    pub fn month(&self, name: &str) -> Option<u8> {
        let key = name.trim_end_matches('.').to_lowercase();
        self.months.get(key.as_str()).copied()
    }
}

/// Lists of printed words by what they mean, longest first (file order among equals).
fn printed<T: Copy>(lists: &[(T, &Vec<String>)]) -> Vec<Printed<T>> {
    let mut out: Vec<Printed<T>> = lists
        .iter()
        .flat_map(|(value, list)| {
            list.iter().map(move |s| Printed {
                text: s.clone(),
                alnum: crate::fold::alnum(s),
                value: *value,
            })
        })
        .collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.text.chars().count()));
    out
}

/// The list in lower case.
fn lower(list: &[String]) -> Vec<String> {
    list.iter().map(|s| s.to_lowercase()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(l: &Labels) -> Vec<&str> {
        l.iter().map(|l| l.text.as_str()).collect()
    }

    #[test]
    fn embedded_json_is_the_toml() {
        let toml: toml::Table = toml::from_str(DEFAULT_VOCAB).expect("valid toml");
        let json: toml::Table = serde_json::from_str(DEFAULT_VOCAB_JSON).expect("valid json");
        assert_eq!(json, toml);
    }

    #[test]
    fn embedded_vocabulary_parses_and_has_labels() {
        let v = Vocabulary::from_toml(DEFAULT_VOCAB).expect("valid toml");
        assert!(texts(v.labels(LabelSet::Drucksache)).contains(&"Drucks.-Nr."));
        assert_eq!(v.month("März"), Some(3));
        assert_eq!(v.month("okt."), Some(10));
        for set in LabelSet::ALL {
            assert!(!v.labels(set).is_empty(), "{set:?} is empty");
        }
    }

    #[test]
    fn extension_appends_lists_and_merges_tables() {
        let v = Vocabulary::embedded()
            .extended_with(
                "[labels]\ndrucksache = [\"Ratsvorlage Nr.\"]\n[doc_types]\nAntrag = [\"Bürgerbegehren\"]\n",
            )
            .expect("valid");
        let labels = texts(v.labels(LabelSet::Drucksache));
        assert!(labels.contains(&"Ratsvorlage Nr."));
        assert!(labels.contains(&"Drucks.-Nr."), "old labels kept");
        assert!(
            v.doc_types
                .iter()
                .any(|t| t.text == "Bürgerbegehren" && t.value == DocType::Antrag)
        );
        assert!(!v.labels(LabelSet::Title).is_empty(), "other sections kept");
        assert!(
            v.header_labels()
                .iter()
                .any(|l| l.text == "Ratsvorlage Nr."),
            "compiled lists see the extension"
        );
    }

    #[test]
    fn bad_toml_and_unknown_keys_are_errors_naming_the_key() {
        assert!(Vocabulary::from_toml("[labels\n").is_err());
        let e = Vocabulary::embedded()
            .extended_with("[labels]\nheadigns = [\"Vortrag\"]\n")
            .expect_err("a misspelt set is an error");
        assert!(e.to_string().contains("headigns"), "{e}");
        let e = Vocabulary::embedded()
            .extended_with("[klimacheck]\nneutrall = [\"egal\"]\n")
            .expect_err("a misspelt key is an error");
        assert!(e.to_string().contains("neutrall"), "{e}");
        let e = Vocabulary::embedded()
            .extended_with("[lables]\ntitle = [\"Betr\"]\n")
            .expect_err("a misspelt table is an error");
        assert!(e.to_string().contains("lables"), "{e}");
        assert!(
            Vocabulary::embedded()
                .extended_with("[months]\nbrumaire = 13\n")
                .is_err()
        );
    }
}
