//! The learned title fallback (issue 13 item 4): page-1 candidates ([`candidates`]) with their
//! features ([`features`]) scored by a boosted tree ensemble trained on the labelled sets
//! (`tools/title_learn/train.py` → `data/title_model.json`, walked by [`forest`]). Used only
//! where the title rules find nothing; its title is kept only at a probability ≥ the model's cut.

mod candidates;
mod features;
mod forest;
mod segments;

use super::doc::Doc;
use crate::pdf::TextLayer;
use crate::vocab::Vocabulary;
use forest::Forest;
use std::sync::LazyLock;

/// The embedded model file.
const MODEL_JSON: &str = include_str!("../../../data/title_model.json");

/// The embedded model, parsed once; None when it is missing, malformed or trained on other
/// features.
static MODEL: LazyLock<Option<Forest>> =
    LazyLock::new(|| Forest::parse(MODEL_JSON, &features::NAMES));

/// The feature names, in vector order.
pub(crate) fn feature_names() -> &'static [&'static str] {
    &features::NAMES
}

/// Every candidate of page 1 with its feature vector (what the model scores, and what
/// `ratsdex dev title-candidates` dumps for training).
pub(crate) fn candidate_vectors(
    doc: &Doc,
    layer: &TextLayer,
    vocab: &Vocabulary,
) -> Vec<(String, Vec<f32>)> {
    let page = segments::Page1::from_doc(doc, layer);
    let cands = candidates::candidates(&page, vocab);
    let vectors = features::vectors(&page, &cands, vocab);
    cands.into_iter().map(|c| c.text).zip(vectors).collect()
}

/// The model's title and its probability, when the embedded model exists and its best
/// candidate reaches the model's cut.
pub(crate) fn fallback(doc: &Doc, layer: &TextLayer, vocab: &Vocabulary) -> Option<(String, f64)> {
    let model = MODEL.as_ref()?;
    best(model, candidate_vectors(doc, layer, vocab)).filter(|(_, p)| *p >= model.cut)
}

/// The candidate of highest probability (the first among equals).
fn best(model: &Forest, cands: Vec<(String, Vec<f32>)>) -> Option<(String, f64)> {
    cands
        .into_iter()
        .map(|(t, f)| {
            let p = model.probability(&f);
            (t, p)
        })
        .fold(None, |acc: Option<(String, f64)>, (t, p)| match acc {
            Some((_, q)) if q >= p => acc,
            _ => Some((t, p)),
        })
}

/// How the provenance warning of a title the fallback chose begins.
pub(crate) const PROVENANCE: &str = "title: chosen by the learned fallback";

/// The provenance warning of a title the fallback chose.
pub(crate) fn provenance(p: f64) -> String {
    format!("{PROVENANCE} (p = {p:.2})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_loads_with_the_runtime_features() {
        // Fails when features.rs changed without retraining (tools/title_learn/README.md).
        let model = MODEL
            .as_ref()
            .expect("data/title_model.json: retrain after a feature change");
        assert!(model.cut > 0.5 && model.cut <= 1.0);
        assert!(!model.trees.is_empty());
    }

    #[test]
    fn the_best_candidate_is_the_most_probable_and_the_first_among_equals() {
        let json = r#"{"features": ["a"], "init": 0.0, "rate": 1.0, "cut": 0.5, "trees": [
            {"feature": [0, -2, -2], "threshold": [0.5, -2, -2], "left": [1, -1, -1],
             "right": [2, -1, -1], "value": [0, -2.0, 2.0]}]}"#;
        let m = Forest::parse(json, &["a"]).unwrap();
        let cands = vec![
            ("low".to_string(), vec![0.0]),
            ("high".to_string(), vec![1.0]),
            ("also high".to_string(), vec![1.0]),
        ];
        let (t, p) = best(&m, cands).unwrap();
        assert_eq!(t, "high");
        assert!(p > 0.88);
    }
}
