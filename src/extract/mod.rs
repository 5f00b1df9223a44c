//! Metadata stage: reads the text layer and fills the document's metadata
//! (Drucksachen-Nr., type, date, title, department, public, Beratungsfolge, Klimacheck, …).
//!
//! Label vocabularies and number shapes live in `data/vocab.toml` (embedded), extendable with
//! `--config FILE`.

use crate::pdf::TextLayer;
use crate::record::{Amount, Consultation, Date, DocType, Klimacheck};

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
        Vocabulary::from_toml(DEFAULT_VOCAB).expect("embedded vocabulary is valid")
    }

    /// Parse a vocabulary from TOML text.
    pub fn from_toml(text: &str) -> Result<Vocabulary, VocabError> {
        let raw: toml::Table = toml::from_str(text).map_err(|e| VocabError(e.to_string()))?;
        Ok(Vocabulary { raw })
    }

    /// The embedded vocabulary extended by a user's TOML file (lists are appended).
    pub fn extended_with(&self, text: &str) -> Result<Vocabulary, VocabError> {
        let extra = Vocabulary::from_toml(text)?;
        let mut raw = self.raw.clone();
        for (k, v) in extra.raw {
            raw.insert(k, v);
        }
        Ok(Vocabulary { raw })
    }
}

/// Metadata read from one document's text layer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// The document's own number.
    pub drucksache: Option<String>,
    /// Canonical type.
    pub doc_type: Option<DocType>,
    /// Type as printed.
    pub doc_type_printed: Option<String>,
    /// The document's own date.
    pub date: Option<Date>,
    /// Betreff.
    pub title: Option<String>,
    /// öffentlich / nichtöffentlich.
    pub public: Option<bool>,
    /// Department as printed.
    pub department: Option<String>,
    /// Beratungsfolge.
    pub consultations: Vec<Consultation>,
    /// Klimacheck.
    pub klimacheck: Option<Klimacheck>,
    /// Cited Drucksachen.
    pub references: Vec<String>,
    /// Euro amounts under Finanzielle Auswirkungen / Kosten.
    pub amounts: Vec<Amount>,
    /// Ambiguities worth telling the user about.
    pub warnings: Vec<String>,
}

/// Read the metadata of one document.
pub fn extract_metadata(layer: &TextLayer, vocab: &Vocabulary) -> Metadata {
    let _ = (layer, vocab);
    Metadata::default()
}
