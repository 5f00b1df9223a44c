//! The vocabulary file as written (`data/vocab.toml`, a user's `--config FILE`): every table and
//! key is known, so that a misspelt key is an error that names it, not an empty list.

use super::labels::LabelSet;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The whole file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct VocabFile {
    /// `[labels]`: label sets by name.
    pub labels: BTreeMap<LabelSet, Vec<String>>,
    /// `[doc_types]`: printed types by canonical type.
    pub doc_types: DocTypeLists,
    /// `[roles]`: Beratungsfolge role words by role.
    pub roles: RoleLists,
    /// `[klimacheck]`: option words, sentence words, box glyphs.
    pub klimacheck: KlimacheckLists,
    /// `[public]`: öffentlich / nichtöffentlich as printed.
    pub public: PublicLists,
    /// `[numbers]`: words around Drucksachen-Nr. and dates.
    pub numbers: NumberLists,
    /// `[months]`: month names (lower case) with their number.
    pub months: BTreeMap<String, u8>,
}

/// `[doc_types]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct DocTypeLists {
    #[serde(rename = "Beschlussvorlage")]
    pub beschlussvorlage: Vec<String>,
    #[serde(rename = "Mitteilungsvorlage")]
    pub mitteilungsvorlage: Vec<String>,
    #[serde(rename = "Antrag")]
    pub antrag: Vec<String>,
    #[serde(rename = "Anfrage")]
    pub anfrage: Vec<String>,
    #[serde(rename = "Ergänzungsvorlage")]
    pub ergaenzungsvorlage: Vec<String>,
}

/// `[roles]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct RoleLists {
    #[serde(rename = "Entscheidung")]
    pub entscheidung: Vec<String>,
    #[serde(rename = "Vorberatung")]
    pub vorberatung: Vec<String>,
    #[serde(rename = "Kenntnisnahme")]
    pub kenntnisnahme: Vec<String>,
    #[serde(rename = "Anhörung")]
    pub anhoerung: Vec<String>,
    #[serde(rename = "Beschluss")]
    pub beschluss: Vec<String>,
}

/// `[klimacheck]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct KlimacheckLists {
    pub neutral: Vec<String>,
    pub positive: Vec<String>,
    pub negative: Vec<String>,
    pub sentence_effects: Vec<String>,
    pub sentence_targets: Vec<String>,
    pub sentence_verbs: Vec<String>,
    pub sentence_neutral: Vec<String>,
    pub ticked: Vec<String>,
    pub unticked: Vec<String>,
}

/// `[public]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct PublicLists {
    pub nonpublic: Vec<String>,
    pub public: Vec<String>,
}

/// `[numbers]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(super) struct NumberLists {
    pub citation_cues: Vec<String>,
    pub prefix_labels: Vec<String>,
    pub weekdays: Vec<String>,
    pub citation_preceders: Vec<String>,
    pub stop_words: Vec<String>,
}

/// Merge `extra` into `base`: arrays are appended (without duplicates), tables merged
/// recursively, anything else replaced.
pub(super) fn merge_tables(base: &mut toml::Table, extra: toml::Table) {
    for (k, v) in extra {
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Array(a)), toml::Value::Array(b)) => {
                for item in b {
                    if !a.contains(&item) {
                        a.push(item);
                    }
                }
            }
            (Some(toml::Value::Table(a)), toml::Value::Table(b)) => merge_tables(a, b),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}
