//! The label vocabulary: lists read from `data/vocab.toml`, extendable by a user's TOML file.

use crate::record::{DocType, Klimacheck, Role};

/// The embedded default vocabulary.
pub const DEFAULT_VOCAB: &str = include_str!("../../data/vocab.toml");

/// Why a vocabulary file could not be used.
#[derive(Debug, thiserror::Error)]
#[error("vocabulary: {0}")]
pub struct VocabError(pub String);

/// Label vocabularies and number shapes used by the metadata rules.
#[derive(Debug, Clone)]
pub struct Vocabulary {
    raw: toml::Table,
}

impl Vocabulary {
    /// The embedded default vocabulary.
    pub fn embedded() -> Vocabulary {
        // The embedded file is checked by a unit test; fall back to an empty table rather than panic.
        Vocabulary::from_toml(DEFAULT_VOCAB).unwrap_or_else(|_| Vocabulary {
            raw: toml::Table::new(),
        })
    }

    /// Parse a vocabulary from TOML text.
    pub fn from_toml(text: &str) -> Result<Vocabulary, VocabError> {
        let raw: toml::Table = toml::from_str(text).map_err(|e| VocabError(e.to_string()))?;
        Ok(Vocabulary { raw })
    }

    /// This vocabulary extended by a user's TOML file: lists are appended, tables merged key by
    /// key, other values replaced.
    pub fn extended_with(&self, text: &str) -> Result<Vocabulary, VocabError> {
        let extra = Vocabulary::from_toml(text)?;
        let mut raw = self.raw.clone();
        merge_tables(&mut raw, extra.raw);
        Ok(Vocabulary { raw })
    }

    /// The string list `section.key` (empty when absent).
    pub fn list(&self, section: &str, key: &str) -> Vec<String> {
        self.raw
            .get(section)
            .and_then(|s| s.get(key))
            .and_then(|v| v.as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Labels of one kind (`[labels] kind = [...]`), longest first so that `Drucksache Nr.` is
    /// tried before `Drucksache`.
    pub fn labels(&self, kind: &str) -> Vec<String> {
        let mut labels = self.list("labels", kind);
        labels.sort_by_key(|l| std::cmp::Reverse(super::text::fold_alnum(l).chars().count()));
        labels
    }

    /// Every label of the kinds that head a field's value, plus `header_only` words that head a
    /// column of a header table (`Status`), longest first.
    pub fn header_labels(&self) -> Vec<String> {
        let mut out = Vec::new();
        for kind in [
            "drucksache",
            "doc_type",
            "date",
            "title",
            "department",
            "committee_column",
            "header_only",
        ] {
            out.extend(self.list("labels", kind));
        }
        out.sort_by_key(|l| std::cmp::Reverse(super::text::fold_alnum(l).chars().count()));
        out
    }

    /// Labels of one kind in the order the file lists them (order = preference).
    pub fn labels_in_order(&self, kind: &str) -> Vec<String> {
        self.list("labels", kind)
    }

    /// Printed document types with their canonical type, longest first.
    pub fn doc_types(&self) -> Vec<(String, DocType)> {
        let mut out = Vec::new();
        for t in DocType::ALL {
            for s in self.list("doc_types", t.as_str()) {
                out.push((s, t));
            }
        }
        out.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        out
    }

    /// Beratungsfolge role words with their role, longest first.
    pub fn roles(&self) -> Vec<(String, Role)> {
        let roles = [
            Role::Entscheidung,
            Role::Vorberatung,
            Role::Kenntnisnahme,
            Role::Anhoerung,
            Role::Beschluss,
        ];
        let mut out = Vec::new();
        for r in roles {
            for s in self.list("roles", r.as_str()) {
                out.push((s, r));
            }
        }
        out.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        out
    }

    /// Klimacheck option words with their value, longest first.
    pub fn klima_options(&self) -> Vec<(String, Klimacheck)> {
        let mut out = Vec::new();
        for k in Klimacheck::ALL {
            for s in self.list("klimacheck", k.as_str()) {
                out.push((s.to_lowercase(), k));
            }
        }
        out.sort_by_key(|(s, _)| std::cmp::Reverse(s.chars().count()));
        out
    }

    /// Month names (lower case) with their number.
    pub fn month(&self, name: &str) -> Option<u8> {
        let key = name.trim_end_matches('.').to_lowercase();
        self.raw
            .get("months")
            .and_then(|m| m.get(key.as_str()))
            .and_then(|v| v.as_integer())
            .and_then(|n| u8::try_from(n).ok())
            .filter(|n| (1..=12).contains(n))
    }
}

/// Merge `extra` into `base`: arrays are appended (without duplicates), tables merged
/// recursively, anything else replaced.
fn merge_tables(base: &mut toml::Table, extra: toml::Table) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_vocabulary_parses_and_has_labels() {
        let v = Vocabulary::from_toml(DEFAULT_VOCAB).expect("valid toml");
        assert!(v.labels("drucksache").iter().any(|l| l == "Drucks.-Nr."));
        assert_eq!(v.month("März"), Some(3));
        assert_eq!(v.month("okt."), Some(10));
    }

    #[test]
    fn extension_appends_lists_and_merges_tables() {
        let v = Vocabulary::embedded()
            .extended_with(
                "[labels]\ndrucksache = [\"Ratsvorlage Nr.\"]\n[doc_types]\nAntrag = [\"Bürgerbegehren\"]\n",
            )
            .expect("valid");
        let labels = v.labels("drucksache");
        assert!(labels.iter().any(|l| l == "Ratsvorlage Nr."));
        assert!(labels.iter().any(|l| l == "Drucks.-Nr."), "old labels kept");
        assert!(
            v.doc_types()
                .iter()
                .any(|(s, t)| s == "Bürgerbegehren" && *t == DocType::Antrag)
        );
        assert!(!v.labels("title").is_empty(), "other sections kept");
    }

    #[test]
    fn bad_toml_is_an_error() {
        assert!(Vocabulary::from_toml("[labels\n").is_err());
    }
}
