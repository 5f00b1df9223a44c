//! The secondary-theme gate: a small logistic regression over a handful of features of each
//! theme the rules rank after the first (its score against the best, where its points come
//! from, its strongest term, the paper's length …) that decides whether the theme is kept.
//! Trained on every labelled set with `tools/themes_gate/train.py` (cross-validated by set);
//! the coefficients are the `[gate]` table of the taxonomy (`data/themes_gate.toml` for the
//! built-in one). A taxonomy without `[gate]` keeps the rules' choice.

use super::rules::ThemeExplanation;
use super::taxonomy::Settings;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The features of a candidate, in the order they are printed. Every name is a key of
/// `[gate] weights`; see [`features`] for what each one measures.
pub const FEATURES: &[&str] = &[
    "ratio",
    "ratio_prev",
    "log_score",
    "titled",
    "title_share",
    "subject_share",
    "hint_share",
    "running_share",
    "strongest",
    "terms",
    "sentences",
    "passing",
    "head",
    "third",
    "rule_kept",
    "log_words",
    "short",
    "agenda",
    "subject_words",
];

/// How the gate uses its probability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum GateMode {
    /// Only drops a theme the rules kept whose probability is below `cut`.
    #[default]
    Prune,
    /// Keeps every candidate whose probability reaches `cut` (up to `max_themes` in all), the
    /// rules' choice being one feature among others.
    Decide,
}

/// The `[gate]` table of a taxonomy file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GateDef {
    /// `prune` or `decide`.
    #[serde(default)]
    pub mode: GateMode,
    /// A candidate is kept when its probability reaches this.
    pub cut: f64,
    /// The intercept.
    pub bias: f64,
    /// One weight per feature of [`FEATURES`] (a missing one weighs 0).
    #[serde(default)]
    pub weights: BTreeMap<String, f64>,
    /// An extra intercept per theme id (a theme not listed has none).
    #[serde(default)]
    pub theme_bias: BTreeMap<String, f64>,
}

impl GateDef {
    /// Reject weights of features the gate does not compute.
    pub fn check(&self) -> Result<(), String> {
        match self
            .weights
            .keys()
            .find(|k| !FEATURES.contains(&k.as_str()))
        {
            Some(k) => Err(format!(
                "gate: unknown feature {k:?} (known: {})",
                FEATURES.join(", ")
            )),
            None if !(0.0..=1.0).contains(&self.cut) => {
                Err(format!("gate: cut {} is no probability", self.cut))
            }
            None => Ok(()),
        }
    }

    /// The probability that the candidate is one of the paper's themes.
    pub fn probability(&self, id: &str, inputs: &[(String, f64)]) -> f64 {
        let z = self.bias
            + self.theme_bias.get(id).copied().unwrap_or(0.0)
            + inputs
                .iter()
                .map(|(k, x)| self.weights.get(k).copied().unwrap_or(0.0) * x)
                .sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The gate's call on one candidate: its inputs and, with a gate, its probability.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct GateCall {
    /// Feature name and value, in the order of [`FEATURES`].
    pub inputs: Vec<(String, f64)>,
    /// The probability (none without a `[gate]`).
    pub p: Option<f64>,
    /// Whether the gate kept the theme (none without a `[gate]`).
    pub kept: Option<bool>,
}

/// What the features know about the paper as a whole.
#[derive(Debug, Clone, Copy)]
pub struct Paper {
    /// Scored body words.
    pub words: usize,
    /// Words in the subject zones.
    pub subject_words: usize,
    /// Under `passing_words` words in all.
    pub short: bool,
    /// Read as an agenda (Einladung, Niederschrift).
    pub agenda: bool,
}

/// The features of the candidate at `i` of `results` (best score first): its score against the
/// best (`ratio`) and the one ranked before it (`ratio_prev`), `log_score`, whether the title
/// names it (`titled`) and the shares of its score from the title, the subject zones, hints and
/// the running text, its strongest term's weight (/4), the number of distinct terms and of
/// sentences naming it (log), `passing`, `head` (the title's head), `third` (ranked third or
/// later), `rule_kept` (the rules chose it), and the paper's length (`log_words`, `short`),
/// `agenda`, and the share of its words in the subject zones.
pub fn features(
    results: &[ThemeExplanation],
    i: usize,
    kept: bool,
    paper: Paper,
    s: &Settings,
) -> Vec<(String, f64)> {
    let Some(r) = results.get(i) else {
        return Vec::new();
    };
    let top = results.first().map_or(r.score, |t| t.score).max(1e-9);
    let prev = i
        .checked_sub(1)
        .and_then(|p| results.get(p))
        .map_or(r.score, |p| p.score)
        .max(1e-9);
    let score = r.score.max(1e-9);
    let share = |x: f64| (x / score).clamp(0.0, 1.0);
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let mut terms: Vec<&str> = r.hits.iter().map(|h| h.term.as_str()).collect();
    terms.sort_unstable();
    terms.dedup();
    let values = [
        (r.score / top).min(1.0),
        (r.score / prev).min(1.0),
        (1.0 + r.score).ln(),
        flag(r.title >= s.title_factor),
        share(r.title),
        share(r.subject),
        share(r.hints),
        share(r.running),
        r.strongest / 4.0,
        (1.0 + terms.len() as f64).ln(),
        (1.0 + r.sentences as f64).ln(),
        flag(r.passing),
        flag(r.head),
        flag(i >= 2),
        flag(kept),
        (1.0 + paper.words as f64).ln(),
        flag(paper.short),
        flag(paper.agenda),
        if paper.words == 0 {
            0.0
        } else {
            (paper.subject_words as f64 / paper.words as f64).min(1.0)
        },
    ];
    FEATURES
        .iter()
        .zip(values)
        .map(|(k, v)| (k.to_string(), (v * 1e4).round() / 1e4))
        .collect()
}

/// Compute every candidate's inputs (the first chosen theme is no candidate) and, with a gate,
/// decide: `chosen` (indices into `results`, best first) loses the themes the gate drops and,
/// in `decide` mode, gains those it keeps, up to `settings.max_themes`.
pub fn apply(
    gate: Option<&GateDef>,
    results: &mut [ThemeExplanation],
    chosen: &mut Vec<usize>,
    paper: Paper,
    s: &Settings,
) {
    let Some(&first) = chosen.first() else { return };
    let mut calls: Vec<(usize, GateCall)> = Vec::new();
    for i in (0..results.len()).filter(|&i| i != first) {
        let inputs = features(results, i, chosen.contains(&i), paper, s);
        let id = results.get(i).map_or("", |r| r.id.as_str());
        let p = gate.map(|g| g.probability(id, &inputs));
        calls.push((
            i,
            GateCall {
                inputs,
                p,
                kept: None,
            },
        ));
    }
    let Some(g) = gate else {
        for (i, call) in calls {
            if let Some(r) = results.get_mut(i) {
                r.gate = Some(call);
            }
        }
        return;
    };
    let pass = |p: Option<f64>| p.is_some_and(|p| p >= g.cut);
    let mut out = vec![first];
    // The rules' secondary themes in their order, then (deciding) the others by score.
    for &i in chosen.iter().skip(1) {
        if calls.iter().any(|(j, c)| *j == i && pass(c.p)) {
            out.push(i);
        }
    }
    if g.mode == GateMode::Decide {
        for (i, c) in &calls {
            if !chosen.contains(i) && pass(c.p) {
                out.push(*i);
            }
        }
    }
    out.truncate(s.max_themes);
    for (i, mut call) in calls {
        let kept = out.contains(&i);
        call.kept = Some(kept);
        let was = chosen.contains(&i);
        if let Some(r) = results.get_mut(i) {
            let p = call.p.unwrap_or(0.0);
            if was && !kept {
                r.notes
                    .push(format!("gate: dropped (p {p:.2} below {})", g.cut));
            } else if !was && kept {
                r.notes
                    .push(format!("gate: added (p {p:.2} reaches {})", g.cut));
            } else if kept {
                r.notes.push(format!("gate: kept (p {p:.2})"));
            }
            r.gate = Some(call);
        }
    }
    *chosen = out;
}
