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

/// The features of a theme the rules put after the first against the first: whether it should
/// go first. See [`primary_features`].
pub const PRIMARY_FEATURES: &[&str] = &[
    "ratio",
    "titled",
    "first_titled",
    "head",
    "first_head",
    "title_diff",
    "subject_diff",
    "subject_part",
    "hint_diff",
    "running_diff",
    "strongest_diff",
    "sentences_diff",
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
    /// Extra weights of features of [`FEATURES`] for the candidates of one theme
    /// (`[gate.theme_weights.finanzen]`): where a theme's points come from says more for some
    /// themes (a cost line, a school as a place) than for others.
    #[serde(default)]
    pub theme_weights: BTreeMap<String, BTreeMap<String, f64>>,
    /// Which assigned theme goes first (`[gate.primary]`; none: the rules' order).
    #[serde(default)]
    pub primary: Option<PrimaryDef>,
}

/// The `[gate.primary]` table: a logistic regression over [`PRIMARY_FEATURES`] of each theme
/// after the first; the most probable one goes first when it reaches `cut`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PrimaryDef {
    /// The probability from which a theme goes first.
    pub cut: f64,
    /// The intercept.
    pub bias: f64,
    /// One weight per feature of [`PRIMARY_FEATURES`] (a missing one weighs 0).
    #[serde(default)]
    pub weights: BTreeMap<String, f64>,
    /// An extra intercept per theme id of the candidate (a theme not listed has none).
    #[serde(default)]
    pub theme_bias: BTreeMap<String, f64>,
}

/// The logistic function of an intercept plus weighted inputs.
fn logistic(bias: f64, weights: &BTreeMap<String, f64>, inputs: &[(String, f64)]) -> f64 {
    let z = bias
        + inputs
            .iter()
            .map(|(k, x)| weights.get(k).copied().unwrap_or(0.0) * x)
            .sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// The intercept of the candidates of theme `id`: the model's plus the theme's own.
fn theme_bias(bias: f64, per_theme: &BTreeMap<String, f64>, id: &str) -> f64 {
    bias + per_theme.get(id).copied().unwrap_or(0.0)
}

impl PrimaryDef {
    /// The probability that the candidate of theme `id` goes first.
    fn probability(&self, id: &str, inputs: &[(String, f64)]) -> f64 {
        logistic(
            theme_bias(self.bias, &self.theme_bias, id),
            &self.weights,
            inputs,
        )
    }
}

impl GateDef {
    /// Reject weights of features the gate does not compute and cuts that are no probabilities
    /// (a theme id the taxonomy lacks is let be: a copy of the taxonomy may drop or rename a
    /// theme, and its weights then apply to no candidate).
    pub fn check(&self) -> Result<(), String> {
        if let Some(k) = self.primary.iter().find_map(|p| {
            p.weights
                .keys()
                .find(|k| !PRIMARY_FEATURES.contains(&k.as_str()))
        }) {
            return Err(format!(
                "gate.primary: unknown feature {k:?} (known: {})",
                PRIMARY_FEATURES.join(", ")
            ));
        }
        if let Some(k) = self
            .weights
            .keys()
            .chain(self.theme_weights.values().flat_map(|w| w.keys()))
            .find(|k| !FEATURES.contains(&k.as_str()))
        {
            return Err(format!(
                "gate: unknown feature {k:?} (known: {})",
                FEATURES.join(", ")
            ));
        }
        let cuts = std::iter::once(("gate", self.cut))
            .chain(self.primary.iter().map(|p| ("gate.primary", p.cut)));
        for (table, cut) in cuts {
            if !(0.0..=1.0).contains(&cut) {
                return Err(format!("{table}: cut {cut} is no probability"));
            }
        }
        Ok(())
    }

    /// The probability that the candidate is one of the paper's themes.
    pub fn probability(&self, id: &str, inputs: &[(String, f64)]) -> f64 {
        let mut bias = theme_bias(self.bias, &self.theme_bias, id);
        if let Some(w) = self.theme_weights.get(id) {
            bias += inputs
                .iter()
                .map(|(k, x)| w.get(k).copied().unwrap_or(0.0) * x)
                .sum::<f64>();
        }
        logistic(bias, &self.weights, inputs)
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
    /// For a theme kept after the first: its features against the first, and (with
    /// `[gate.primary]`) the probability that it goes first.
    pub primary: Option<PrimaryCall>,
}

/// A kept theme's features against the first and (with `[gate.primary]`) the probability that
/// it goes first.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PrimaryCall {
    /// Feature name and value, in the order of [`PRIMARY_FEATURES`].
    pub inputs: Vec<(String, f64)>,
    /// The probability (none without `[gate.primary]`).
    pub p: Option<f64>,
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
    /// The title names a grant and not what it funds (`grant_titles`): the rules' grant order
    /// stands and `[gate.primary]` does not reorder.
    pub grant: bool,
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

/// The features of `r`, a theme kept after the first, against the first `f`: its score
/// against the first's (`ratio`), whether the title names each (`titled`, `first_titled`) and
/// each is the title's head, and the differences of their shares of title, subject, hint and
/// running-text points, of their strongest terms (/4) and of their sentences (log); `subject_part`
/// is its share of the two themes' subject points.
pub fn primary_features(
    r: &ThemeExplanation,
    f: &ThemeExplanation,
    s: &Settings,
) -> Vec<(String, f64)> {
    let share = |x: f64, of: f64| (x / of.max(1e-9)).clamp(0.0, 1.0);
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let ln = |n: usize| (1.0 + n as f64).ln();
    let values = [
        (r.score / f.score.max(1e-9)).min(2.0),
        flag(r.title >= s.title_factor),
        flag(f.title >= s.title_factor),
        flag(r.head),
        flag(f.head),
        share(r.title, r.score) - share(f.title, f.score),
        share(r.subject, r.score) - share(f.subject, f.score),
        if r.subject + f.subject > 0.0 {
            r.subject / (r.subject + f.subject)
        } else {
            0.5
        },
        share(r.hints, r.score) - share(f.hints, f.score),
        share(r.running, r.score) - share(f.running, f.score),
        (r.strongest - f.strongest) / 4.0,
        ln(r.sentences) - ln(f.sentences),
    ];
    PRIMARY_FEATURES
        .iter()
        .zip(values)
        .map(|(k, v)| (k.to_string(), (v * 1e4).round() / 1e4))
        .collect()
}

/// After the gate: every theme kept after the first gets its features against the first and,
/// with `[gate.primary]`, the most probable one goes first when it reaches the cut (its theme's
/// `theme_bias` added). A grant paper (`Paper::grant`) keeps the rules' order: it is filed by
/// what it funds, which the rules chose.
fn reorder(
    primary: Option<&PrimaryDef>,
    results: &mut [ThemeExplanation],
    chosen: &mut Vec<usize>,
    paper: Paper,
    s: &Settings,
) {
    if paper.grant {
        return;
    }
    let Some(&first) = chosen.first() else { return };
    let Some(f) = results.get(first).cloned() else {
        return;
    };
    let mut best: Option<(usize, f64)> = None;
    for (pos, &i) in chosen.iter().enumerate().skip(1) {
        let Some(r) = results.get_mut(i) else {
            continue;
        };
        let inputs = primary_features(r, &f, s);
        let p = primary.map(|d| d.probability(&r.id, &inputs));
        if let (Some(p), Some(d)) = (p, primary)
            && p >= d.cut
            && best.is_none_or(|(_, b)| p > b)
        {
            best = Some((pos, p));
        }
        if let Some(call) = r.gate.as_mut() {
            call.primary = Some(PrimaryCall { inputs, p });
        }
    }
    let Some((pos, p)) = best else { return };
    let i = chosen.remove(pos);
    chosen.insert(0, i);
    if let Some(r) = results.get_mut(i) {
        r.notes.push(format!(
            "first: the gate finds it the main subject (p {p:.2} against {})",
            f.id
        ));
    }
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
                primary: None,
            },
        ));
    }
    let Some(g) = gate else {
        for (i, call) in calls {
            if let Some(r) = results.get_mut(i) {
                r.gate = Some(call);
            }
        }
        reorder(None, results, chosen, paper, s);
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
            }
            r.gate = Some(call);
        }
    }
    *chosen = out;
    reorder(g.primary.as_ref(), results, chosen, paper, s);
}

#[cfg(test)]
mod tests {
    use super::super::rules::{Context, score};
    use super::super::taxonomy::Taxonomy;
    use crate::pdf::TextLayer;

    /// A paper about climate protection whose running text names digitisation twice, classified
    /// with `gate` appended to a two-theme taxonomy: the theme ids and the explanation.
    fn classify(gate: &str) -> (Vec<String>, super::super::rules::Explanation) {
        classify_titled(gate, "Klimaschutzkonzept")
    }

    /// As [`classify`], with another title (and `gate` may hold a `[subject]` table).
    fn classify_titled(gate: &str, title: &str) -> (Vec<String>, super::super::rules::Explanation) {
        let toml = format!(
            "[settings]\nthreshold = 1.0\nrelative = 0.05\n\
             [[theme]]\nid = \"klima\"\nlabel = \"K\"\nterms = {{ \"*klimaschutz*\" = 3.0 }}\n\
             [[theme]]\nid = \"digital\"\nlabel = \"D\"\nterms = {{ \"*digitalisierung*\" = 3.0 }}\n{gate}"
        );
        let tax = Taxonomy::from_toml(&toml).expect("valid");
        let layer = TextLayer::from_layout_text(
            "Klimaschutz im Quartier. Klimaschutz an Schulen. Die Digitalisierung der Messung. \
             Digitalisierung hilft.\n",
        );
        let ctx = Context {
            title: Some(title),
            ..Context::default()
        };
        let (themes, ex) = score(&tax, &layer, &ctx);
        (themes.into_iter().map(|t| t.id).collect(), ex)
    }

    #[test]
    fn without_a_gate_the_rules_decide_and_the_inputs_are_shown() {
        let (ids, ex) = classify("");
        assert_eq!(ids, ["klima", "digital"]);
        let digital = ex
            .themes
            .iter()
            .find(|t| t.id == "digital")
            .expect("scored");
        let call = digital.gate.as_ref().expect("inputs of a candidate");
        assert_eq!(call.p, None);
        assert_eq!(call.inputs.len(), super::FEATURES.len());
        let rule_kept = call.inputs.iter().find(|(k, _)| k == "rule_kept");
        assert_eq!(rule_kept.map(|(_, v)| *v), Some(1.0));
        // The first theme is no candidate.
        let klima = ex.themes.iter().find(|t| t.id == "klima").expect("scored");
        assert!(klima.gate.is_none());
    }

    #[test]
    fn the_gate_drops_an_unlikely_secondary_theme_and_says_why() {
        // The bias alone decides: p = 1 / (1 + e^-bias).
        let (ids, ex) = classify("[gate]\ncut = 0.5\nbias = -2.0\n");
        assert_eq!(ids, ["klima"], "{ex:#?}");
        let digital = ex
            .themes
            .iter()
            .find(|t| t.id == "digital")
            .expect("scored");
        assert!(digital.notes.iter().any(|n| n.starts_with("gate: dropped")));
        assert_eq!(digital.gate.as_ref().and_then(|g| g.kept), Some(false));
        let (ids, _) = classify("[gate]\ncut = 0.5\nbias = 2.0\n");
        assert_eq!(ids, ["klima", "digital"]);
        // A theme bias and a feature weight count as well.
        let (ids, _) = classify("[gate]\ncut = 0.5\nbias = 2.0\ntheme_bias = { digital = -5.0 }\n");
        assert_eq!(ids, ["klima"]);
        let (ids, _) = classify("[gate]\ncut = 0.5\nbias = -2.0\nweights = { rule_kept = 5.0 }\n");
        assert_eq!(ids, ["klima", "digital"]);
        // So does a weight of one theme's candidates only.
        let (ids, _) = classify(
            "[gate]\ncut = 0.5\nbias = -2.0\n[gate.theme_weights.digital]\nrule_kept = 5.0\n",
        );
        assert_eq!(ids, ["klima", "digital"]);
        let (ids, _) = classify(
            "[gate]\ncut = 0.5\nbias = -2.0\n[gate.theme_weights.klima]\nrule_kept = 5.0\n",
        );
        assert_eq!(ids, ["klima"]);
    }

    #[test]
    fn the_primary_model_puts_a_likely_main_subject_first() {
        let gate = "[gate]\ncut = 0.5\nbias = 2.0\n[gate.primary]\ncut = 0.5\n";
        let (ids, _) = classify(&format!("{gate}bias = 3.0\n"));
        assert_eq!(ids, ["digital", "klima"]);
        let (ids, _) = classify(&format!("{gate}bias = -3.0\n"));
        assert_eq!(ids, ["klima", "digital"]);
        // The candidate's theme bias counts as well.
        let (ids, _) = classify(&format!(
            "{gate}bias = -3.0\n[gate.primary.theme_bias]\ndigital = 6.0\n"
        ));
        assert_eq!(ids, ["digital", "klima"]);
    }

    #[test]
    fn a_grant_paper_keeps_the_rules_order() {
        // The title names a grant (`grant_titles`): the rules filed it by what it funds, and the
        // primary model, however sure, does not reorder it.
        let gate = "[gate]\ncut = 0.5\nbias = 2.0\n[gate.primary]\ncut = 0.5\nbias = 3.0\n";
        let subject = "[subject]\ngrant_titles = ['gewährung eines zuschusses']\n\
                       grant_theme = \"digital\"\n";
        let title = "Gewährung eines Zuschusses für den Klimaschutz";
        let (ids, ex) = classify_titled(&format!("{subject}{gate}"), title);
        assert_eq!(ids, ["klima", "digital"], "{ex:#?}");
        let (ids, _) = classify_titled(gate, title);
        assert_eq!(ids, ["digital", "klima"]);
    }

    #[test]
    fn unknown_features_and_cuts_outside_0_1_are_rejected() {
        let base = "[[theme]]\nid = \"a\"\nlabel = \"A\"\n";
        let bad = [
            "[gate]\ncut = 0.5\nbias = 0.0\nweights = { colour = 1.0 }\n",
            "[gate]\ncut = 1.5\nbias = 0.0\n",
            "[gate]\ncut = 0.5\nbias = 0.0\n[gate.theme_weights.a]\ncolour = 1.0\n",
            "[gate]\ncut = 0.5\nbias = 0.0\n[gate.primary]\ncut = 0.5\nbias = 0.0\nweights = { colour = 1.0 }\n",
            "[gate]\ncut = 0.5\nbias = 0.0\n[gate.primary]\ncut = 2.0\nbias = 0.0\n",
        ];
        for gate in bad {
            assert!(
                Taxonomy::from_toml(&format!("{base}{gate}")).is_err(),
                "{gate}"
            );
        }
        assert!(Taxonomy::from_toml(&format!("{base}[gate]\ncut = 0.5\nbias = 0.0\n")).is_ok());
        let renamed = "[gate]\ncut = 0.5\nbias = 0.0\ntheme_bias = { b = 1.0 }\n";
        assert!(Taxonomy::from_toml(&format!("{base}{renamed}")).is_ok());
    }

    #[test]
    fn the_embedded_taxonomy_has_a_gate_over_known_features() {
        let tax = Taxonomy::embedded();
        let gate = tax.gate.as_ref().expect("data/themes_gate.toml");
        assert!(
            gate.weights
                .keys()
                .all(|k| super::FEATURES.contains(&k.as_str()))
        );
        assert!(gate.cut > 0.0 && gate.cut < 1.0);
    }
}
