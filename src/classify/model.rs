//! A classifier learned from a city's labeled documents: tf-idf over words and word-internal
//! character 5-grams (compound-aware), one logistic regression per theme, serialised as JSON.
//! It is applied alone (`blend` = 1) or blended with the rules' confidence.

use super::rules::{Context, Explanation};
use super::sections;
use super::terms::{normalize, words};
use super::{Taxonomy, ThemeScore};
use crate::pdf::TextLayer;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// Format version written into model files.
pub const MODEL_VERSION: u32 = 1;

/// Why a model could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// The JSON does not parse.
    #[error("model: {0}")]
    Json(#[from] serde_json::Error),
    /// The model is inconsistent or was written by another version.
    #[error("model: {0}")]
    Invalid(String),
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Gradient-descent epochs.
    pub epochs: usize,
    /// Learning rate.
    pub learning_rate: f64,
    /// L2 penalty.
    pub l2: f64,
    /// Features must occur in at least this many documents.
    pub min_df: usize,
    /// Weight of the model against the rules (1 = model alone, 0 = rules alone).
    pub blend: f64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 300,
            learning_rate: 1.0,
            l2: 1e-3,
            min_df: 2,
            blend: 0.5,
        }
    }
}

/// A trained multi-label classifier.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Model {
    /// Format version.
    pub version: u32,
    /// Theme ids, parallel to `weights`.
    pub themes: Vec<String>,
    /// Feature → column.
    pub vocab: BTreeMap<String, usize>,
    /// Inverse document frequency per column.
    pub idf: Vec<f64>,
    /// Per theme: weights per column, then the bias.
    pub weights: Vec<Vec<f64>>,
    /// Weight of the model against the rules (1 = model alone).
    pub blend: f64,
    /// Maximum number of themes per document.
    pub max_themes: usize,
}

/// A sparse, L2-normalised document vector.
type Sparse = Vec<(usize, f64)>;

/// The text the model reads: title (three times), body segments that earn credit, committees
/// and department.
pub fn document_text(tax: &Taxonomy, layer: &TextLayer, ctx: &Context<'_>) -> String {
    let mut out = String::new();
    for _ in 0..3 {
        out.push_str(ctx.title.unwrap_or_default());
        out.push('\n');
    }
    for c in ctx.committees.iter().chain(ctx.department.iter()) {
        out.push_str(c);
        out.push('\n');
    }
    for seg in sections::segments(layer, ctx.title, &tax.sections) {
        if seg.weight > 0.0 {
            out.push_str(&seg.text);
            out.push('\n');
        }
    }
    out
}

/// Features of a text: words of ≥ 3 letters and character 5-grams of words of ≥ 7 letters.
fn features(text: &str) -> HashMap<String, f64> {
    let norm = normalize(text);
    let mut f: HashMap<String, f64> = HashMap::new();
    for w in words(&norm) {
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < 3 || chars.iter().all(|c| c.is_numeric()) {
            continue;
        }
        *f.entry(format!("w:{w}")).or_default() += 1.0;
        if chars.len() >= 7 {
            for g in chars.windows(5) {
                *f.entry(g.iter().collect::<String>()).or_default() += 1.0;
            }
        }
    }
    f
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

impl Model {
    /// Read a model from JSON and check it against the taxonomy.
    pub fn from_json(text: &str, tax: &Taxonomy) -> Result<Model, ModelError> {
        let m: Model = serde_json::from_str(text)?;
        if m.version != MODEL_VERSION {
            return Err(ModelError::Invalid(format!("version {} (expected {MODEL_VERSION})", m.version)));
        }
        if m.weights.len() != m.themes.len()
            || m.weights.iter().any(|w| w.len() != m.idf.len() + 1)
            || m.vocab.values().any(|&c| c >= m.idf.len())
        {
            return Err(ModelError::Invalid("inconsistent dimensions".into()));
        }
        if let Some(t) = m.themes.iter().find(|t| tax.index_of(t).is_none()) {
            return Err(ModelError::Invalid(format!("theme {t} is not in the taxonomy")));
        }
        Ok(m)
    }

    /// Train on (document text, theme ids) pairs; themes come from the taxonomy.
    pub fn train(tax: &Taxonomy, docs: &[(String, Vec<String>)], opts: &TrainOptions) -> Model {
        let feats: Vec<HashMap<String, f64>> = docs.iter().map(|(t, _)| features(t)).collect();
        let mut df: HashMap<&str, usize> = HashMap::new();
        for f in &feats {
            for k in f.keys() {
                *df.entry(k.as_str()).or_default() += 1;
            }
        }
        let mut kept: Vec<(&str, usize)> =
            df.into_iter().filter(|(_, n)| *n >= opts.min_df.max(1)).collect();
        kept.sort();
        let n_docs = docs.len().max(1) as f64;
        let vocab: BTreeMap<String, usize> =
            kept.iter().enumerate().map(|(i, (k, _))| ((*k).to_string(), i)).collect();
        let idf: Vec<f64> = kept
            .iter()
            .map(|(_, n)| ((1.0 + n_docs) / (1.0 + *n as f64)).ln() + 1.0)
            .collect();
        let mut model = Model {
            version: MODEL_VERSION,
            themes: tax.themes.iter().map(|t| t.id.clone()).collect(),
            vocab,
            idf,
            weights: Vec::new(),
            blend: opts.blend.clamp(0.0, 1.0),
            max_themes: tax.settings.max_themes,
        };
        let xs: Vec<Sparse> = feats.iter().map(|f| model.vectorize(f)).collect();
        let dim = model.idf.len();
        for theme in &model.themes {
            let ys: Vec<f64> = docs
                .iter()
                .map(|(_, labels)| if labels.contains(theme) { 1.0 } else { 0.0 })
                .collect();
            model.weights.push(fit(&xs, &ys, dim, opts));
        }
        model
    }

    fn vectorize(&self, f: &HashMap<String, f64>) -> Sparse {
        let mut v: Sparse = f
            .iter()
            .filter_map(|(k, tf)| {
                let c = *self.vocab.get(k)?;
                Some((c, (1.0 + tf.ln()) * self.idf.get(c).copied().unwrap_or(1.0)))
            })
            .collect();
        let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            for (_, x) in &mut v {
                *x /= norm;
            }
        }
        v.sort_by_key(|(c, _)| *c);
        v
    }

    /// Probability per theme id for a document text.
    pub fn probabilities(&self, text: &str) -> Vec<(String, f64)> {
        let x = self.vectorize(&features(text));
        self.themes
            .iter()
            .zip(&self.weights)
            .map(|(t, w)| {
                let bias = w.last().copied().unwrap_or(0.0);
                let z = bias + x.iter().map(|(c, v)| w.get(*c).copied().unwrap_or(0.0) * v).sum::<f64>();
                (t.clone(), sigmoid(z))
            })
            .collect()
    }

    /// The model's themes alone: probability ≥ 0.5 (at least the best one), at most N.
    pub fn predict(&self, text: &str) -> Vec<ThemeScore> {
        pick(self.probabilities(text), self.max_themes)
    }

    /// Blend the model's probabilities with the rules' confidence score/(score + threshold).
    pub fn blend(&self, tax: &Taxonomy, rules: &Explanation, text: &str) -> Vec<ThemeScore> {
        let th = tax.settings.threshold.max(1e-9);
        let combined = self
            .probabilities(text)
            .into_iter()
            .map(|(id, p)| {
                let s = rules.themes.iter().find(|t| t.id == id).map_or(0.0, |t| t.score);
                let r = s / (s + th);
                (id, self.blend * p + (1.0 - self.blend) * r)
            })
            .collect();
        pick(combined, self.max_themes)
    }
}

/// Themes with confidence ≥ 0.5 (always the best one), best first, at most `max`.
fn pick(mut scores: Vec<(String, f64)>, max: usize) -> Vec<ThemeScore> {
    scores.sort_by(|a, b| b.1.total_cmp(&a.1));
    scores
        .into_iter()
        .enumerate()
        .filter(|(i, (_, p))| *i == 0 || *p >= 0.5)
        .take(max)
        .map(|(_, (id, p))| ThemeScore {
            id,
            score: (p * 1000.0).round() / 1000.0,
        })
        .collect()
}

/// Fit one logistic regression by full-batch gradient descent with class weights.
fn fit(xs: &[Sparse], ys: &[f64], dim: usize, opts: &TrainOptions) -> Vec<f64> {
    let mut w = vec![0.0; dim + 1];
    let pos = ys.iter().filter(|y| **y > 0.5).count();
    let neg = ys.len() - pos;
    if pos == 0 || neg == 0 {
        if let Some(b) = w.last_mut() {
            *b = if pos == 0 { -5.0 } else { 5.0 };
        }
        return w;
    }
    let pos_weight = (neg as f64 / pos as f64).min(10.0);
    let n = ys.len() as f64;
    let mut grad = vec![0.0; dim + 1];
    for _ in 0..opts.epochs {
        grad.iter_mut().for_each(|g| *g = 0.0);
        for (x, y) in xs.iter().zip(ys) {
            let bias = w.get(dim).copied().unwrap_or(0.0);
            let z = bias + x.iter().map(|(c, v)| w.get(*c).copied().unwrap_or(0.0) * v).sum::<f64>();
            let cw = if *y > 0.5 { pos_weight } else { 1.0 };
            let err = cw * (sigmoid(z) - y);
            for (c, v) in x {
                if let Some(g) = grad.get_mut(*c) {
                    *g += err * v;
                }
            }
            if let Some(g) = grad.get_mut(dim) {
                *g += err;
            }
        }
        for (i, (wi, g)) in w.iter_mut().zip(&grad).enumerate() {
            let reg = if i < dim { opts.l2 * *wi } else { 0.0 };
            *wi -= opts.learning_rate * (g / n + reg);
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    const TAX: &str = "[[theme]]\nid='schule'\nlabel='S'\n[[theme]]\nid='verkehr'\nlabel='V'\n";

    #[test]
    fn learns_separable_themes_and_round_trips() {
        let tax = Taxonomy::from_toml(TAX).expect("valid");
        let docs: Vec<(String, Vec<String>)> = (0..8)
            .map(|i| {
                if i % 2 == 0 {
                    (format!("Grundschulen Schulhof Unterricht {i}"), vec!["schule".into()])
                } else {
                    (format!("Radverkehr Busspur Haltestelle {i}"), vec!["verkehr".into()])
                }
            })
            .collect();
        let m = Model::train(&tax, &docs, &TrainOptions::default());
        assert_eq!(m.predict("Sanierung der Grundschulen und Schulhof")[0].id, "schule");
        assert_eq!(m.predict("neue Haltestelle und Radverkehr")[0].id, "verkehr");
        let json = serde_json::to_string(&m).expect("serialises");
        let back = Model::from_json(&json, &tax).expect("valid");
        assert_eq!(back.predict("Unterricht im Schulhof")[0].id, "schule");
        assert!(Model::from_json("{}", &tax).is_err());
    }
}
