//! A boosted tree ensemble read from JSON (scikit-learn's `HistGradientBoostingClassifier` — or
//! `GradientBoostingClassifier` — trees as exported by `tools/title_learn/train.py`, the model and
//! its training sets named in the file's `summary`): probability = sigmoid(init + rate × Σ leaf
//! values).

use serde::Deserialize;

/// One regression tree in scikit-learn's array form: node `i` goes left when
/// `x[feature[i]] <= threshold[i]`; a leaf has `left[i] == -1` and its value in `value[i]`.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Tree {
    /// Feature index per node.
    pub(crate) feature: Vec<i64>,
    /// Split threshold per node.
    pub(crate) threshold: Vec<f64>,
    /// Left child per node (-1 at a leaf).
    pub(crate) left: Vec<i64>,
    /// Right child per node (-1 at a leaf).
    pub(crate) right: Vec<i64>,
    /// Leaf value per node.
    pub(crate) value: Vec<f64>,
}

/// The model file: trees, the feature names they index, and the cut below which no title is kept.
#[derive(Debug, Clone, Deserialize)]
pub(crate) struct Forest {
    /// Feature names, in vector order.
    pub(crate) features: Vec<String>,
    /// Raw score before any tree (log-odds of the prior).
    pub(crate) init: f64,
    /// Learning rate applied to every tree's value.
    pub(crate) rate: f64,
    /// Probability at or above which the top candidate is kept.
    pub(crate) cut: f64,
    /// The trees.
    pub(crate) trees: Vec<Tree>,
}

impl Tree {
    /// True when every node's arrays agree in length, children point forward inside the tree
    /// (so a walk ends) and split features exist.
    fn is_valid(&self, n_features: usize) -> bool {
        let n = self.feature.len();
        if n == 0
            || [
                self.threshold.len(),
                self.left.len(),
                self.right.len(),
                self.value.len(),
            ]
            .iter()
            .any(|&l| l != n)
        {
            return false;
        }
        (0..n).all(|i| {
            let (l, r) = (self.left[i], self.right[i]);
            if l == -1 {
                return r == -1;
            }
            let fwd = |c: i64| c > i as i64 && (c as usize) < n;
            fwd(l) && fwd(r) && usize::try_from(self.feature[i]).is_ok_and(|f| f < n_features)
        })
    }

    /// The leaf value for feature vector `x`.
    fn leaf(&self, x: &[f32]) -> f64 {
        let mut i = 0usize;
        while self.left[i] != -1 {
            // The dump's f32 features widened to f64, as train.py reads them from the JSON.
            let v = x.get(self.feature[i] as usize).copied().unwrap_or(0.0) as f64;
            i = if v <= self.threshold[i] {
                self.left[i] as usize
            } else {
                self.right[i] as usize
            };
        }
        self.value[i]
    }
}

impl Forest {
    /// Parse a model file; None when it does not parse, a tree is malformed, or its features
    /// are not exactly `names` in order (a model trained on other features is no model).
    pub(crate) fn parse(json: &str, names: &[&str]) -> Option<Forest> {
        let f: Forest = serde_json::from_str(json).ok()?;
        let same =
            f.features.len() == names.len() && f.features.iter().zip(names).all(|(a, b)| a == b);
        (same
            && f.rate.is_finite()
            && f.init.is_finite()
            && f.trees.iter().all(|t| t.is_valid(names.len())))
        .then_some(f)
    }

    /// Probability that `x` is the title.
    pub(crate) fn probability(&self, x: &[f32]) -> f64 {
        let raw = self.init + self.rate * self.trees.iter().map(|t| t.leaf(x)).sum::<f64>();
        1.0 / (1.0 + (-raw).exp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str = r#"{
        "features": ["a", "b"], "init": 0.0, "rate": 1.0, "cut": 0.5,
        "trees": [
            {"feature": [0, -2, 1, -2, -2], "threshold": [0.5, -2, 2.0, -2, -2],
             "left": [1, -1, 3, -1, -1], "right": [2, -1, 4, -1, -1],
             "value": [0, -1.0, 0, 0.5, 2.0]},
            {"feature": [-2], "threshold": [-2], "left": [-1], "right": [-1], "value": [0.25]}
        ]
    }"#;

    #[test]
    fn the_walker_follows_splits_and_sums_leaves() {
        let f = Forest::parse(TINY, &["a", "b"]).unwrap();
        let p = |x: &[f32]| f.probability(x);
        let sig = |r: f64| 1.0 / (1.0 + (-r).exp());
        assert!((p(&[0.0, 9.0]) - sig(-0.75)).abs() < 1e-12);
        assert!((p(&[1.0, 2.0]) - sig(0.75)).abs() < 1e-12);
        assert!((p(&[1.0, 3.0]) - sig(2.25)).abs() < 1e-12);
        // A value exactly at the threshold goes left.
        assert!((p(&[0.5, 3.0]) - sig(-0.75)).abs() < 1e-12);
    }

    #[test]
    fn a_mismatch_or_a_malformed_tree_is_no_model() {
        assert!(Forest::parse(TINY, &["a", "c"]).is_none());
        assert!(Forest::parse(TINY, &["a"]).is_none());
        assert!(Forest::parse("{", &["a", "b"]).is_none());
        let cyclic = TINY.replace(r#""left": [1, -1, 3"#, r#""left": [0, -1, 3"#);
        assert!(Forest::parse(&cyclic, &["a", "b"]).is_none());
        let far = TINY.replace(r#""right": [2, -1, 4"#, r#""right": [9, -1, 4"#);
        assert!(Forest::parse(&far, &["a", "b"]).is_none());
    }
}
