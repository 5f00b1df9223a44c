//! Evaluation: document records scored against hand-labelled truth, field by field and theme by
//! theme — what `ratsdex eval` prints and the test suite's quality gates check.
//!
//! The rules are those of the project's reference evaluator (`evaluate.py`): a prediction is
//! matched to its truth row by the file's base name; each field is compared by [`rules`]; a
//! truth row without a prediction scores zero on every field. `metadata_mean` is the mean of
//! the nine [`FIELDS`]; `originator` is scored only over truth rows that have the key (and with
//! a prediction) and is not part of the mean.

pub mod rules;
pub mod themes;

use serde::Serialize;
use serde::ser::SerializeMap;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;
use themes::Report;

/// The metadata fields scored, in the order they are reported; `metadata_mean` is their mean.
pub const FIELDS: [&str; 9] = [
    "drucksache",
    "doc_type",
    "date",
    "title",
    "public",
    "department",
    "consultations",
    "klimacheck",
    "pages",
];

/// Title token F1 from which a title counts as right.
pub const TITLE_MIN_F1: f64 = 0.9;
/// Department / originator token F1 from which a name counts as right.
pub const NAME_MIN_F1: f64 = 0.8;

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read.
    #[error("reading {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A line is not a JSON object.
    #[error("{path}:{line}: not a JSON object: {reason}")]
    NotJson {
        /// The file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A truth row has no `file`.
    #[error("truth row {0} has no \"file\"")]
    NoFile(usize),
    /// The truth has no rows.
    #[error("the truth file is empty")]
    EmptyTruth,
    /// A `--min` threshold is malformed or names no score.
    #[error("--min {0}")]
    BadMin(String),
}

/// Read a JSON Lines file of objects (blank lines skipped).
pub fn read_jsonl(path: &Path) -> Result<Vec<Value>, EvalError> {
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse_jsonl(&text, &path.display().to_string())
}

/// Parse JSON Lines of objects; `name` labels errors.
pub fn parse_jsonl(text: &str, name: &str) -> Result<Vec<Value>, EvalError> {
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let err = |reason: String| EvalError::NotJson {
            path: name.to_string(),
            line: i + 1,
            reason,
        };
        match serde_json::from_str::<Value>(line) {
            Ok(v @ Value::Object(_)) => rows.push(v),
            Ok(_) => return Err(err("not an object".into())),
            Err(e) => return Err(err(e.to_string())),
        }
    }
    Ok(rows)
}

/// Scores by name, in the order evaluate.py reports them: the [`FIELDS`], `themes_precision`,
/// `themes_recall`, `themes_f1`, `themes_primary`, `metadata_mean`, then `originator` when
/// scored.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores(Vec<(&'static str, f64)>);

impl Scores {
    /// The score of that name.
    pub fn get(&self, name: &str) -> Option<f64> {
        self.0.iter().find(|(k, _)| *k == name).map(|(_, v)| *v)
    }

    /// Every (name, score) in report order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, f64)> + '_ {
        self.0.iter().copied()
    }
}

impl Serialize for Scores {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// One wrong field of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Miss {
    /// The field (one of [`FIELDS`] or `originator`).
    pub field: &'static str,
    /// `FILE: got X, want Y` (or the consultations' F1).
    pub detail: String,
}

/// The result of scoring predictions against truth.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Truth rows scored.
    pub documents: usize,
    /// Every score, see [`Scores`].
    pub scores: Scores,
    /// Truth files without a prediction.
    pub missing: Vec<String>,
    /// Every wrong field, in truth order.
    pub misses: Vec<Miss>,
    /// Per-theme counts and confusions.
    pub themes: Report,
    /// (file, expected, predicted) for every predicted document whose themes differ.
    pub theme_misses: Vec<(String, Vec<String>, Vec<String>)>,
}

/// The base name of a row's `file` (or `path`), as predictions are matched.
fn base_name(row: &Value) -> Option<String> {
    let name = [row.get("file"), row.get("path")]
        .into_iter()
        .flatten()
        .find(|v| rules::truthy(Some(v)))?
        .as_str()?;
    let trimmed = name.trim_end_matches('/');
    Some(trimmed.rsplit('/').next().unwrap_or(trimmed).to_string())
}

/// Score predictions (records) against truth rows.
pub fn evaluate(truth: &[Value], predictions: &[Value]) -> Result<Evaluation, EvalError> {
    if truth.is_empty() {
        return Err(EvalError::EmptyTruth);
    }
    let mut preds: HashMap<String, &Value> = HashMap::new();
    for p in predictions {
        if let Some(name) = base_name(p) {
            preds.insert(name, p);
        }
    }
    let mut sums = [0.0f64; FIELDS.len()];
    let (mut originator_sum, mut originator_n) = (0.0f64, 0usize);
    let mut ev = Evaluation {
        documents: truth.len(),
        ..Evaluation::default()
    };
    for (i, t) in truth.iter().enumerate() {
        let name = t
            .get("file")
            .and_then(Value::as_str)
            .ok_or(EvalError::NoFile(i + 1))?;
        let expected = rules::theme_list(t.get("themes"));
        let Some(p) = preds.get(name) else {
            ev.missing.push(name.to_string());
            ev.themes.add_missing(&expected);
            continue;
        };
        let (pv, tv) = (|f: &str| p.get(f), |f: &str| t.get(f));
        let checks: [(&'static str, bool); 8] = [
            (
                "drucksache",
                rules::drucksache(pv("drucksache")) == rules::drucksache(tv("drucksache")),
            ),
            (
                "doc_type",
                rules::doc_type(pv("doc_type")) == rules::doc_type(tv("doc_type")),
            ),
            ("date", rules::same(pv("date"), tv("date"))),
            (
                "title",
                rules::token_f1(pv("title"), tv("title")) >= TITLE_MIN_F1,
            ),
            ("public", rules::same(pv("public"), tv("public"))),
            (
                "department",
                rules::name_matches(pv("department"), tv("department"), NAME_MIN_F1),
            ),
            (
                "klimacheck",
                rules::same(pv("klimacheck"), tv("klimacheck")),
            ),
            ("pages", rules::same(pv("pages"), tv("pages"))),
        ];
        if t.get("originator").is_some() {
            originator_n += 1;
            if rules::name_matches(pv("originator"), tv("originator"), NAME_MIN_F1) {
                originator_sum += 1.0;
            } else {
                ev.misses.push(miss("originator", name, p, t));
            }
        }
        for (field, ok) in checks {
            if ok {
                sums[field_index(field)] += 1.0;
            } else {
                ev.misses.push(miss(field, name, p, t));
            }
        }
        let c = rules::set_f1(
            &rules::consultation_set(pv("consultations")),
            &rules::consultation_set(tv("consultations")),
        );
        sums[field_index("consultations")] += c;
        if c < 1.0 {
            ev.misses.push(Miss {
                field: "consultations",
                detail: format!("{name}: F1 {c:.2}"),
            });
        }
        let predicted = rules::theme_list(pv("themes"));
        ev.themes.add(&predicted, &expected);
        if predicted != expected {
            ev.theme_misses
                .push((name.to_string(), expected.clone(), predicted));
        }
    }
    let n = truth.len() as f64;
    let mut scores: Vec<(&'static str, f64)> =
        FIELDS.iter().zip(sums).map(|(f, s)| (*f, s / n)).collect();
    let mean = scores.iter().map(|(_, v)| v).sum::<f64>() / FIELDS.len() as f64;
    let micro = ev.themes.micro();
    scores.extend([
        ("themes_precision", micro.precision()),
        ("themes_recall", micro.recall()),
        ("themes_f1", micro.f1()),
        ("themes_primary", ev.themes.primary()),
        ("metadata_mean", mean),
    ]);
    if originator_n > 0 {
        scores.push(("originator", originator_sum / originator_n as f64));
    }
    ev.scores = Scores(scores);
    // Misses in evaluate.py's order: by field, then by document.
    ev.misses.sort_by_key(|m| {
        FIELDS
            .iter()
            .position(|f| *f == m.field)
            .unwrap_or(FIELDS.len())
    });
    Ok(ev)
}

fn field_index(field: &str) -> usize {
    FIELDS.iter().position(|f| *f == field).unwrap_or(0)
}

fn miss(field: &'static str, name: &str, p: &Value, t: &Value) -> Miss {
    let show = |v: Option<&Value>| v.map_or_else(|| "null".to_string(), Value::to_string);
    Miss {
        field,
        detail: format!(
            "{name}: got {}, want {}",
            show(p.get(field)),
            show(t.get(field))
        ),
    }
}

/// A `--min FIELD=VALUE` threshold.
#[derive(Debug, Clone, PartialEq)]
pub struct Min {
    /// The score's name.
    pub field: String,
    /// The lowest acceptable value.
    pub value: f64,
}

impl std::str::FromStr for Min {
    type Err = EvalError;

    fn from_str(spec: &str) -> Result<Min, EvalError> {
        let bad = || EvalError::BadMin(format!("{spec}: expected FIELD=VALUE, e.g. title=0.95"));
        let (field, value) = spec.split_once('=').ok_or_else(bad)?;
        let value: f64 = value.trim().parse().map_err(|_| bad())?;
        Ok(Min {
            field: field.trim().to_string(),
            value,
        })
    }
}

impl Evaluation {
    /// The thresholds not met, as `FIELD 0.850 < 0.9`; an error when one names no score.
    pub fn below(&self, mins: &[Min]) -> Result<Vec<String>, EvalError> {
        let mut failed = Vec::new();
        for m in mins {
            let known: Vec<&str> = self.scores.iter().map(|(k, _)| k).collect();
            let score = self.scores.get(&m.field).ok_or_else(|| {
                EvalError::BadMin(format!(
                    "{}: unknown field (one of {})",
                    m.field,
                    known.join(", ")
                ))
            })?;
            if score < m.value {
                failed.push(format!("{} {score:.3} < {}", m.field, m.value));
            }
        }
        Ok(failed)
    }

    /// The one-line summary evaluate.py ends with.
    pub fn summary(&self) -> String {
        let get = |k: &str| self.scores.get(k).unwrap_or(0.0);
        let mut s = format!(
            "metadata_mean {:.3} themes_f1 {:.3} klimacheck {:.3} drucksache {:.3}",
            get("metadata_mean"),
            get("themes_f1"),
            get("klimacheck"),
            get("drucksache")
        );
        if let Some(o) = self.scores.get("originator") {
            s.push_str(&format!(" originator {o:.3}"));
        }
        s
    }

    /// What `--json` prints: every key evaluate.py prints (the scores in its order,
    /// `documents`, `missing`), then `per_theme`, `confusion` and `primary_confusion`.
    pub fn json_report(&self) -> JsonReport<'_> {
        JsonReport {
            scores: &self.scores,
            documents: self.documents,
            missing: &self.missing,
            themes: self.themes.details_json(),
        }
    }
}

/// The JSON form of an [`Evaluation`] (see [`Evaluation::json_report`]).
#[derive(Debug, Serialize)]
pub struct JsonReport<'a> {
    #[serde(flatten)]
    scores: &'a Scores,
    documents: usize,
    missing: &'a [String],
    #[serde(flatten)]
    themes: Value,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn truth() -> Vec<Value> {
        vec![
            json!({"file": "a.pdf", "drucksache": "VO/1/21", "doc_type": "Beschlussvorlage",
                   "date": "2021-01-02", "title": "Neubau der Grundschule am Markt", "public": true,
                   "department": "Amt 40 Schule", "consultations": [
                       {"committee": "Rat", "date": "2021-02-03", "role": "Entscheidung"}],
                   "klimacheck": "neutral", "themes": ["bildung", "finanzen"], "pages": 2,
                   "originator": null}),
            json!({"file": "b.pdf", "drucksache": null, "doc_type": "Antrag", "date": null,
                   "title": "Mehr Bänke", "public": null, "department": null, "consultations": [],
                   "klimacheck": null, "themes": ["soziales"], "pages": 1,
                   "originator": "Fraktion Die Grünen"}),
            json!({"file": "c.pdf", "themes": ["klima_umwelt"], "pages": 1}),
        ]
    }

    #[test]
    fn fields_themes_and_missing_predictions() {
        let preds = vec![
            json!({"path": "x/y/a.pdf", "drucksache": "vo / 1 / 21", "doc_type": "Verwaltungsvorlage",
                   "date": "2021-01-02", "title": "Neubau der Grundschule am Markt.", "public": true,
                   "department": "Amt 40 – Schule", "consultations": [
                       {"committee": "rat", "date": "2021-02-03", "role": "entscheidung"}],
                   "klimacheck": "neutral", "themes": ["bildung"], "pages": 2}),
            json!({"path": "b.pdf", "doc_type": "Fraktionsantrag", "title": "Mehr Bänke im Park",
                   "department": "", "consultations": [], "themes": ["soziales", "mobilitaet"],
                   "pages": 1, "originator": "Fraktion Die Grünen"}),
        ];
        let ev = evaluate(&truth(), &preds).expect("evaluates");
        let s = |k| ev.scores.get(k).expect(k);
        assert_eq!(ev.missing, ["c.pdf"]);
        assert_eq!(s("drucksache"), 2.0 / 3.0);
        assert_eq!(s("doc_type"), 2.0 / 3.0);
        // "Mehr Bänke" vs "Mehr Bänke im Park": token F1 0.67 < 0.9
        assert_eq!(s("title"), 1.0 / 3.0);
        assert_eq!(s("department"), 2.0 / 3.0);
        assert_eq!(s("consultations"), 2.0 / 3.0);
        // originator: a.pdf null and absent: right; b.pdf the same name
        assert_eq!(s("originator"), 1.0);
        // themes: tp 2, fp 1, fn 1 + 1 (missing c.pdf)
        assert!((s("themes_precision") - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(s("themes_recall"), 0.5);
        assert_eq!(s("themes_primary"), 2.0 / 3.0);
        let mean: f64 = FIELDS.iter().map(|f| s(f)).sum::<f64>() / 9.0;
        assert_eq!(s("metadata_mean"), mean);
        let keys: Vec<&str> = ev.scores.iter().map(|(k, _)| k).collect();
        assert_eq!(keys[..9], FIELDS);
        assert_eq!(keys.last(), Some(&"originator"));
        assert!(
            ev.misses
                .iter()
                .any(|m| m.field == "title" && m.detail.starts_with("b.pdf"))
        );
        assert!(ev.summary().ends_with("originator 1.000"));
    }

    #[test]
    fn thresholds_and_bad_input() {
        let ev = evaluate(&truth(), &[]).expect("evaluates");
        assert_eq!(ev.scores.get("metadata_mean"), Some(0.0));
        assert_eq!(ev.scores.get("originator"), None);
        let mins: Vec<Min> = ["pages=0.5", "title = 0"]
            .iter()
            .map(|s| s.parse().expect("parses"))
            .collect();
        assert_eq!(ev.below(&mins).expect("known"), ["pages 0.000 < 0.5"]);
        assert!(
            ev.below(&["originator=0".parse().expect("parses")])
                .is_err()
        );
        assert!("title".parse::<Min>().is_err());
        assert!("title=x".parse::<Min>().is_err());
        assert!(matches!(evaluate(&[], &[]), Err(EvalError::EmptyTruth)));
        assert!(matches!(
            evaluate(&[json!({"themes": []})], &[]),
            Err(EvalError::NoFile(1))
        ));
        assert!(parse_jsonl("{}\n\n[1]\n", "t").is_err());
        let json = serde_json::to_string(&ev.json_report()).expect("serializes");
        assert!(
            json.starts_with(r#"{"drucksache":0.0,"doc_type":0.0,"#),
            "{json}"
        );
        let json: Value = serde_json::from_str(&json).expect("JSON");
        assert_eq!(json["documents"], 3);
        assert_eq!(json["missing"].as_array().map(Vec::len), Some(3));
    }
}
