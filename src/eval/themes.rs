//! Theme metrics: micro precision/recall/F1 over labels and primary = first label equal (the
//! rules of `evaluate.py`), plus per-theme figures and which themes are confused with which.

use crate::classify::{Context, Explanation, Taxonomy, ThemeScore, explain};
use crate::pdf::TextLayer;
use crate::record::Klimacheck;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// Per-theme counts.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ThemeCounts {
    /// Predicted and expected.
    pub tp: usize,
    /// Predicted, not expected.
    pub fp: usize,
    /// Expected, not predicted.
    pub fn_: usize,
}

impl ThemeCounts {
    /// Precision (0 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall (0 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// F1.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
}

/// The evaluation of predictions against truth.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Documents scored.
    pub documents: usize,
    /// Documents whose first predicted theme is the first expected one.
    pub primary_hits: usize,
    /// Counts per theme id.
    pub per_theme: BTreeMap<String, ThemeCounts>,
    /// (expected, predicted instead) → number of documents where an expected theme was missed
    /// while another, unexpected one was predicted.
    pub confusion: BTreeMap<(String, String), usize>,
    /// (expected primary, predicted primary) → documents with a wrong primary theme.
    pub primary_confusion: BTreeMap<(String, String), usize>,
}

/// Stands for "no theme" in the confusion tables.
const NONE: &str = "(none)";

/// The ids in order, each once.
fn distinct(ids: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(ids.len());
    for id in ids {
        if !out.contains(id) {
            out.push(id.clone());
        }
    }
    out
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Report {
    /// Add one document: predicted and expected theme ids, best first (a repeated id counts
    /// once).
    pub fn add(&mut self, predicted: &[String], expected: &[String]) {
        let predicted = distinct(predicted);
        let expected = distinct(expected);
        self.documents += 1;
        for p in &predicted {
            let c = self.per_theme.entry(p.clone()).or_default();
            if expected.contains(p) {
                c.tp += 1;
            } else {
                c.fp += 1;
            }
        }
        for e in expected.iter().filter(|e| !predicted.contains(e)) {
            self.per_theme.entry(e.clone()).or_default().fn_ += 1;
            for p in predicted.iter().filter(|p| !expected.contains(p)) {
                *self.confusion.entry((e.clone(), p.clone())).or_default() += 1;
            }
        }
        match (predicted.first(), expected.first()) {
            (Some(p), Some(e)) if p == e => self.primary_hits += 1,
            (p, Some(e)) => {
                let p = p.cloned().unwrap_or_else(|| NONE.into());
                *self.primary_confusion.entry((e.clone(), p)).or_default() += 1;
            }
            _ => {}
        }
    }

    /// Add a document without a prediction: every expected label is missed (as listed).
    pub fn add_missing(&mut self, expected: &[String]) {
        self.documents += 1;
        for e in expected {
            self.per_theme.entry(e.clone()).or_default().fn_ += 1;
        }
        if let Some(e) = expected.first() {
            *self
                .primary_confusion
                .entry((e.clone(), NONE.into()))
                .or_default() += 1;
        }
    }

    /// Micro totals (tp, fp, fn).
    pub fn micro(&self) -> ThemeCounts {
        let mut m = ThemeCounts::default();
        for c in self.per_theme.values() {
            m.tp += c.tp;
            m.fp += c.fp;
            m.fn_ += c.fn_;
        }
        m
    }

    /// Themes per document: (labelled, assigned).
    pub fn per_document(&self) -> (f64, f64) {
        let m = self.micro();
        let n = self.documents.max(1) as f64;
        ((m.tp + m.fn_) as f64 / n, (m.tp + m.fp) as f64 / n)
    }

    /// Share of documents with the right primary theme.
    pub fn primary(&self) -> f64 {
        ratio(self.primary_hits, self.documents)
    }

    /// Per-theme counts and figures, and the confusions, as JSON:
    /// `{"per_theme": {id: {tp, fp, fn, precision, recall, f1}}, "confusion": [{expected,
    /// predicted, count}], "primary_confusion": [...]}`.
    pub fn details_json(&self) -> serde_json::Value {
        let per_theme: serde_json::Map<String, serde_json::Value> = self
            .per_theme
            .iter()
            .map(|(id, c)| {
                (
                    id.clone(),
                    serde_json::json!({"tp": c.tp, "fp": c.fp, "fn": c.fn_,
                        "precision": c.precision(), "recall": c.recall(), "f1": c.f1()}),
                )
            })
            .collect();
        let pairs = |map: &BTreeMap<(String, String), usize>| {
            let mut v: Vec<_> = map.iter().collect();
            v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            v.into_iter()
                .map(|((e, p), n)| serde_json::json!({"expected": e, "predicted": p, "count": n}))
                .collect::<Vec<_>>()
        };
        serde_json::json!({
            "per_theme": per_theme,
            "confusion": pairs(&self.confusion),
            "primary_confusion": pairs(&self.primary_confusion),
        })
    }

    /// A readable summary: per-theme P/R/F1, micro figures, the most frequent confusions.
    pub fn summary(&self) -> String {
        let mut out = format!(
            "{:24} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}\n",
            "theme", "tp", "fp", "fn", "P", "R", "F1"
        );
        for (id, c) in &self.per_theme {
            out.push_str(&format!(
                "{:24} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}\n",
                id,
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            ));
        }
        let m = self.micro();
        out.push_str(&format!(
            "{:24} {:>4} {:>4} {:>4} {:>6.3} {:>6.3} {:>6.3}\n",
            "micro",
            m.tp,
            m.fp,
            m.fn_,
            m.precision(),
            m.recall(),
            m.f1()
        ));
        out.push_str(&format!(
            "primary {:.3} ({} of {} documents)\n",
            self.primary(),
            self.primary_hits,
            self.documents
        ));
        let (labelled, assigned) = self.per_document();
        out.push_str(&format!(
            "themes per document: {labelled:.2} labelled, {assigned:.2} assigned\n"
        ));
        for (title, map) in [
            ("missed theme → predicted instead", &self.confusion),
            (
                "expected primary → predicted primary",
                &self.primary_confusion,
            ),
        ] {
            if map.is_empty() {
                continue;
            }
            out.push_str(&format!("{title}:\n"));
            let mut pairs: Vec<_> = map.iter().collect();
            pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            for ((e, p), n) in pairs {
                out.push_str(&format!("  {e:24} → {p:24} {n}\n"));
            }
        }
        out
    }
}

/// The strings of a JSON array (empty for anything else).
fn strings(v: &Value) -> Vec<&str> {
    v.as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Classify a labelled text with the rules: a JSON row with `text` and, where known, `title`,
/// `committees`, `department`, `klimacheck` and `doc_type` (a canonical type name).
pub fn classify_text(tax: &Taxonomy, row: &Value) -> (Vec<ThemeScore>, Explanation) {
    let ctx = Context {
        title: row["title"].as_str(),
        department: row["department"].as_str(),
        committees: strings(&row["committees"]),
        klimacheck: row["klimacheck"].as_str().and_then(Klimacheck::parse),
        doc_type: row["doc_type"].as_str(),
    };
    let layer = TextLayer::from_layout_text(row["text"].as_str().unwrap_or_default());
    explain(tax, &layer, &ctx)
}

/// One paper's candidate themes for the gate's training (`eval-themes --candidates`):
/// `{"doc", "labels", "themes" (assigned), "first", "candidates": [{"id", "score",
/// "assigned", "inputs": {feature: value}, "primary_inputs"}]}` — every theme but the first,
/// with the gate's inputs (`rule_kept` is the rules' choice before the gate) and, for a theme
/// kept after the first, its features against the first; `scores` gives every scored theme's
/// score and its parts (title, subject, running text, hints, whether it is the title's head).
pub fn candidates_json(
    doc: &str,
    labels: &[String],
    assigned: &[String],
    ex: &Explanation,
) -> Value {
    let candidates: Vec<Value> = ex
        .themes
        .iter()
        .filter_map(|t| {
            let call = t.gate.as_ref()?;
            let inputs: serde_json::Map<String, Value> = call
                .inputs
                .iter()
                .map(|(k, v)| (k.clone(), (*v).into()))
                .collect();
            let primary = call.primary.as_ref().map(|c| {
                c.inputs
                    .iter()
                    .map(|(k, v)| (k.clone(), Value::from(*v)))
                    .collect::<serde_json::Map<String, Value>>()
            });
            Some(
                serde_json::json!({"id": t.id, "score": t.score, "assigned": t.assigned,
                "p": call.p, "inputs": inputs, "primary_inputs": primary}),
            )
        })
        .collect();
    // Every scored theme's parts, for reading misses (the first has no gate call).
    let scores: serde_json::Map<String, Value> = ex
        .themes
        .iter()
        .map(|t| {
            let parts = serde_json::json!({"score": t.score, "title": t.title,
                "subject": t.subject, "running": t.running, "hints": t.hints, "head": t.head});
            (t.id.clone(), parts)
        })
        .collect();
    serde_json::json!({"doc": doc, "labels": labels, "themes": assigned,
        "first": assigned.first(), "words": ex.words, "reading": ex.reading,
        "scores": scores, "candidates": candidates, "subject_text": ex.subject_text})
}

/// The labelled themes of a truth row (`themes`).
pub fn labels(row: &Value) -> Vec<String> {
    strings(&row["themes"])
        .into_iter()
        .map(String::from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(x: &[&str]) -> Vec<String> {
        x.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn micro_and_primary_like_evaluate_py() {
        let mut r = Report::default();
        r.add(&v(&["a", "b"]), &v(&["a", "c"]));
        r.add(&v(&["c"]), &v(&["b", "c"]));
        let m = r.micro();
        assert_eq!((m.tp, m.fp, m.fn_), (2, 1, 2));
        assert!((m.f1() - 4.0 / 7.0).abs() < 1e-9);
        assert_eq!(r.primary(), 0.5);
        assert_eq!(r.confusion.get(&("c".into(), "b".into())), Some(&1));
        assert_eq!(r.primary_confusion.get(&("b".into(), "c".into())), Some(&1));
        assert!(r.summary().contains("primary 0.500"));
    }

    #[test]
    fn repeated_ids_count_once_and_missing_documents_miss_every_label() {
        let mut r = Report::default();
        r.add(&v(&["a", "a"]), &v(&["a", "a"]));
        r.add_missing(&v(&["b", "c"]));
        let m = r.micro();
        assert_eq!((m.tp, m.fp, m.fn_, r.documents), (1, 0, 2, 2));
        assert_eq!(r.primary(), 0.5);
        assert_eq!(
            r.primary_confusion.get(&("b".into(), "(none)".into())),
            Some(&1)
        );
    }
}
