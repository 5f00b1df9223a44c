//! Classification stage: assigns 1–3 strategic themes with scores, from explainable rules in a
//! TOML taxonomy (`data/themes.toml`, embedded; replaceable with `--themes FILE`), optionally
//! blended with a classifier trained on a city's labeled documents (`model`).

pub mod gate;
mod matcher;
mod memo;
pub mod model;
mod primary_form;
pub mod primary_model;
pub mod rules;
pub mod sections;
pub mod subject;
pub mod taxonomy;
pub mod terms;

use crate::extract::Metadata;
use crate::pdf::TextLayer;
use crate::record::DocumentRecord;
use serde::Serialize;

pub use model::{Model, ModelError};
pub use rules::{Context, Explanation, ThemeExplanation};
pub use taxonomy::{Taxonomy, TaxonomyError, ThemeInfo};

/// The embedded default taxonomy: the rules (`data/themes.toml`) and the learned
/// secondary-theme gate (`data/themes_gate.toml`, its `[gate]` table; see `gate`).
pub const DEFAULT_THEMES: &str = concat!(
    include_str!("../../data/themes.toml"),
    "\n",
    include_str!("../../data/themes_gate.toml")
);

/// [`DEFAULT_THEMES`] as JSON, written by `build.rs` (read several times faster than the TOML).
pub(crate) const DEFAULT_THEMES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/themes.json"));

impl Taxonomy {
    /// The embedded default taxonomy.
    pub fn embedded() -> Taxonomy {
        // The embedded file is checked by the unit test `embedded_taxonomy_is_valid`.
        Taxonomy::from_toml(DEFAULT_THEMES).unwrap_or_else(|e| panic!("embedded taxonomy: {e}"))
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

impl<'a> Context<'a> {
    /// The rules' context from extracted metadata.
    pub fn from_metadata(meta: &'a Metadata) -> Context<'a> {
        Context {
            title: meta.title.as_deref(),
            department: meta.department.as_deref(),
            committees: meta
                .consultations
                .iter()
                .map(|c| c.committee.as_str())
                .collect(),
            klimacheck: meta.klimacheck,
            doc_type: meta.doc_type.map(|t| t.as_str()),
        }
    }

    /// The rules' context from a document record.
    pub fn from_record(record: &'a DocumentRecord) -> Context<'a> {
        Context::from_metadata(&record.meta)
    }
}

/// Classify one document with the rules: at most 3 themes, best first.
pub fn classify(taxonomy: &Taxonomy, layer: &TextLayer, meta: &Metadata) -> Vec<ThemeScore> {
    rules::score(taxonomy, layer, &Context::from_metadata(meta)).0
}

/// Classify one document with the rules and say why.
pub fn explain(
    taxonomy: &Taxonomy,
    layer: &TextLayer,
    ctx: &Context<'_>,
) -> (Vec<ThemeScore>, Explanation) {
    rules::score(taxonomy, layer, ctx)
}

/// Classify with the rules blended with a trained model (see `model::blend`).
pub fn classify_with_model(
    taxonomy: &Taxonomy,
    model: &Model,
    layer: &TextLayer,
    meta: &Metadata,
) -> Vec<ThemeScore> {
    let ctx = Context::from_metadata(meta);
    let (_, ex) = rules::score(taxonomy, layer, &ctx);
    let text = model::document_text(taxonomy, layer, &ctx);
    model.blend(taxonomy, &ex, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_taxonomy_is_valid() {
        let t = Taxonomy::from_toml(DEFAULT_THEMES).expect("valid");
        let ids: Vec<&str> = t.themes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "digitalisierung",
                "smart_city",
                "digitale_infrastruktur",
                "bildung",
                "klima_umwelt",
                "mobilitaet",
                "stadtentwicklung",
                "soziales",
                "finanzen",
                "verwaltung",
                "wirtschaft",
                "kultur_sport",
                "sicherheit_ordnung"
            ]
        );
    }
}
