//! One document through every stage: PDF bytes → text layer → metadata → themes → record.

use crate::classify::{self, Model, Taxonomy};
use crate::deadline::Stage;
use crate::extract::{self, Vocabulary};
use crate::pdf::{self, Limits, PdfError, TextLayer};
use crate::record::DocumentRecord;

/// Bumped whenever a stage changes its output, so that ingest re-processes every file.
pub const PIPELINE_VERSION: u32 = 4;

/// The warning recorded for a document without any text.
pub const NO_TEXT_WARNING: &str = "no text layer (scanned?)";

/// The configuration of every stage.
#[derive(Debug, Clone)]
pub struct Pipeline {
    /// Resource limits per document (the deadline is set per call from `budget`).
    pub limits: Limits,
    /// Wall-clock budget per document.
    pub budget: std::time::Duration,
    /// Metadata vocabulary.
    pub vocab: Vocabulary,
    /// Theme taxonomy.
    pub taxonomy: Taxonomy,
    /// A trained theme classifier blended with the rules (`--model FILE`), if any.
    pub model: Option<Model>,
    /// Fingerprint of the rule texts in use (see [`rules_fingerprint`]).
    pub rules: String,
}

/// A short fingerprint of the rule texts in use — taxonomy TOML, built-in vocabulary, vocabulary
/// extension (`--config`, or ""), model JSON (or "") — in that order:
/// incremental ingest re-processes every file when it differs from the one a file was indexed with.
pub fn rules_fingerprint(parts: &[&str]) -> String {
    let mut h = blake3::Hasher::new();
    for part in parts {
        h.update(&(part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().to_hex()[..16].to_string()
}

/// A processed document: its record and its text layer.
#[derive(Debug, Clone)]
pub struct Processed {
    /// The record.
    pub record: DocumentRecord,
    /// The text layer.
    pub layer: TextLayer,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline {
            limits: Limits::default(),
            budget: std::time::Duration::from_secs(60),
            vocab: Vocabulary::embedded(),
            taxonomy: Taxonomy::embedded(),
            model: None,
            rules: rules_fingerprint(&[classify::DEFAULT_THEMES, extract::DEFAULT_VOCAB, "", ""]),
        }
    }
}

impl Pipeline {
    /// Run every stage on one document's bytes; `path` is recorded as given.
    pub fn process(&self, path: &str, bytes: &[u8]) -> Result<Processed, PdfError> {
        let limits = Limits {
            deadline: Some(std::time::Instant::now() + self.budget),
            ..self.limits.clone()
        };
        let layer = pdf::extract(bytes, &limits)?;
        let meta = extract::extract_metadata(&layer, &self.vocab);
        layer.deadline.check(Stage::Metadata)?;
        let themes = match &self.model {
            Some(model) => classify::classify_with_model(&self.taxonomy, model, &layer, &meta),
            None => classify::classify(&self.taxonomy, &layer, &meta),
        };
        layer.deadline.check(Stage::Themes)?;
        let mut warnings = layer.warnings.clone();
        if !layer.has_text() {
            warnings.push(NO_TEXT_WARNING.to_string());
        }
        warnings.extend(meta.warnings.iter().cloned());
        let record = DocumentRecord {
            path: path.to_string(),
            drucksache: meta.drucksache,
            doc_type: meta.doc_type,
            doc_type_printed: meta.doc_type_printed,
            date: meta.date,
            title: meta.title,
            public: meta.public,
            department: meta.department,
            consultations: meta.consultations,
            klimacheck: meta.klimacheck,
            theme_scores: themes.iter().map(|t| (t.id.clone(), t.score)).collect(),
            themes: themes.into_iter().map(|t| t.id).collect(),
            references: meta.references,
            amounts: meta.amounts,
            pages: layer.page_count(),
            hash: blake3::hash(bytes).to_hex().to_string(),
            size: bytes.len() as u64,
            duplicate_of: None,
            warnings,
        };
        Ok(Processed { record, layer })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_fingerprint_is_the_one_of_the_built_in_rules_without_extensions() {
        let built_in = [classify::DEFAULT_THEMES, extract::DEFAULT_VOCAB];
        assert_eq!(
            Pipeline::default().rules,
            rules_fingerprint(&[built_in[0], built_in[1], "", ""])
        );
        assert_ne!(
            Pipeline::default().rules,
            rules_fingerprint(&[built_in[0], built_in[1], "", "{}"])
        );
    }
}
