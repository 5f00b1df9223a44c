//! Classification stage: assigns 1–3 strategic themes with scores, from explainable rules in a
//! TOML taxonomy (`data/themes.toml`, embedded; replaceable with `--themes FILE`).

use crate::extract::Metadata;
use crate::pdf::TextLayer;
use serde::Serialize;

/// The embedded default taxonomy.
pub const DEFAULT_THEMES: &str = include_str!("../../data/themes.toml");

/// Why a taxonomy could not be used.
#[derive(Debug, thiserror::Error)]
#[error("taxonomy: {0}")]
pub struct TaxonomyError(pub String);

/// A theme taxonomy with its rules.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    /// Theme ids and labels in file order.
    pub themes: Vec<ThemeInfo>,
}

/// A theme's id, label and description.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeInfo {
    /// Stable id (`digitalisierung`).
    pub id: String,
    /// Human label.
    pub label: String,
    /// What the theme covers.
    pub description: String,
}

impl Taxonomy {
    /// The embedded default taxonomy.
    pub fn embedded() -> Taxonomy {
        Taxonomy::from_toml(DEFAULT_THEMES).expect("embedded taxonomy is valid")
    }

    /// Parse a taxonomy from TOML text.
    pub fn from_toml(text: &str) -> Result<Taxonomy, TaxonomyError> {
        let _: toml::Table = toml::from_str(text).map_err(|e| TaxonomyError(e.to_string()))?;
        Ok(Taxonomy { themes: Vec::new() })
    }
}

/// One assigned theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeScore {
    /// Theme id.
    pub id: String,
    /// Score (higher is better).
    pub score: f64,
}

/// Classify one document: at most 3 themes, best first.
pub fn classify(taxonomy: &Taxonomy, layer: &TextLayer, meta: &Metadata) -> Vec<ThemeScore> {
    let _ = (taxonomy, layer, meta);
    Vec::new()
}
