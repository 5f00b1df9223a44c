//! The learned primary chooser (issue 17): a linear model over tf-idf features of the title,
//! the document type and the first body words, trained on every labelled set of the repository
//! (`tools/primary_learn/train.py`, embedded as `data/primary_model.json`). It only re-orders:
//! among the themes the rules scored, its best goes first when it is not the rules' first, its
//! decision value beats the rules' first's by the model's `margin` and its rules' score reaches
//! `rules_ratio` × the rules' first's (the rules are unsure). It never adds a theme the rules did
//! not score.
//!
//! The features reproduce scikit-learn's `TfidfVectorizer` (lower-casing, token pattern
//! `(?u)\b\w\w+\b`, `char_wb` padding, sublinear tf, idf, l2 norm per block); the parity test
//! (`tests/fixtures/primary_model/parity.jsonl`, invented papers with Python's decision values)
//! checks it. `RATSDEX_PRIMARY_MODEL=off` switches the model off (the rules alone: what the
//! training script needs to read the rules' own primary).

use super::ThemeScore;
use super::rules::ThemeExplanation;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The embedded model.
pub const EMBEDDED: &str = include_str!("../../data/primary_model.json");

/// What the model file holds (see `tools/primary_learn/train.py`, `export`).
#[derive(Deserialize)]
struct ModelFile {
    themes: Vec<String>,
    lead_words: usize,
    scale: f64,
    gate: Gate,
    intercept: Vec<f64>,
    blocks: Vec<BlockFile>,
}

/// When the model's choice goes first.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
pub struct Gate {
    /// The model's decision value for its choice minus that of the rules' first, at least.
    pub margin: f64,
    /// The rules' score of the model's choice against the rules' first's, at least.
    pub rules_ratio: f64,
}

#[derive(Deserialize)]
struct BlockFile {
    input: String,
    analyzer: String,
    ngram: [usize; 2],
    terms: Vec<String>,
    idf: Vec<f64>,
    /// Per term, one weight per theme, as integers (× `scale`).
    #[serde(default)]
    weights: Vec<i64>,
    /// The same integers as 16-bit two's complement, four hex digits each, in one string: parsing
    /// 460k JSON numbers cost ~20 ms at every start, the string a fraction of it.
    #[serde(default)]
    weights_hex: Option<String>,
}

/// Four hex digits per weight, 16-bit two's complement (`tools/primary_learn/train.py`, `export`).
fn weights_from_hex(hex: &str) -> Result<Vec<i64>, String> {
    let bytes = hex.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return Err("weights_hex is not a whole number of 4-digit weights".into());
    }
    let nibble = |b: u8| -> Result<u16, String> {
        char::from(b)
            .to_digit(16)
            .map(|d| d as u16)
            .ok_or_else(|| format!("weights_hex has a non-hex byte {b:#04x}"))
    };
    bytes
        .chunks_exact(4)
        .map(|c| {
            let mut v = 0u16;
            for &b in c {
                v = (v << 4) | nibble(b)?;
            }
            Ok(i64::from(v as i16))
        })
        .collect()
}

/// Which text a block reads.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Input {
    /// The title, a space, `dt_` and the lower-cased document type (`dt_none` without one).
    TitleDoctype,
    /// The title.
    Title,
    /// The first `lead_words` body words after the title.
    Lead,
}

/// scikit-learn's analyzers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Analyzer {
    /// Tokens of two or more word characters, then n-grams of tokens joined by a space.
    Word,
    /// Character n-grams within words padded with a space on each side.
    CharWb,
}

struct Block {
    input: Input,
    analyzer: Analyzer,
    ngram: (usize, usize),
    index: HashMap<String, usize>,
    idf: Vec<f64>,
    /// `terms × themes`, row-major.
    weights: Vec<f32>,
}

/// The learned primary chooser.
pub struct PrimaryModel {
    themes: Vec<String>,
    lead_words: usize,
    gate: Gate,
    intercept: Vec<f64>,
    blocks: Vec<Block>,
}

/// The model's pick when it goes first.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    /// The theme it puts first.
    pub theme: String,
    /// Its decision value minus that of the rules' first.
    pub margin: f64,
}

impl PrimaryModel {
    /// Read a model file.
    pub fn from_json(text: &str) -> Result<PrimaryModel, String> {
        let f: ModelFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let n = f.themes.len();
        if f.intercept.len() != n {
            return Err(format!("{} intercepts for {n} themes", f.intercept.len()));
        }
        let mut blocks = Vec::new();
        for b in f.blocks {
            let input = match b.input.as_str() {
                "title_doctype" => Input::TitleDoctype,
                "title" => Input::Title,
                "lead_words" => Input::Lead,
                other => return Err(format!("unknown input {other:?}")),
            };
            let analyzer = match b.analyzer.as_str() {
                "word" => Analyzer::Word,
                "char_wb" => Analyzer::CharWb,
                other => return Err(format!("unknown analyzer {other:?}")),
            };
            let weights = match &b.weights_hex {
                Some(hex) => weights_from_hex(hex)?,
                None => b.weights,
            };
            if b.idf.len() != b.terms.len() || weights.len() != b.terms.len() * n {
                return Err("a block's terms, idf and weights differ in length".into());
            }
            let [lo, hi] = b.ngram;
            if lo == 0 || hi < lo {
                return Err(format!("bad n-gram range {lo}..{hi}"));
            }
            blocks.push(Block {
                input,
                analyzer,
                ngram: (lo, hi),
                index: b
                    .terms
                    .into_iter()
                    .enumerate()
                    .map(|(i, t)| (t, i))
                    .collect(),
                idf: b.idf,
                weights: weights
                    .iter()
                    .map(|&w| (w as f64 * f.scale) as f32)
                    .collect(),
            });
        }
        Ok(PrimaryModel {
            themes: f.themes,
            lead_words: f.lead_words,
            gate: f.gate,
            intercept: f.intercept,
            blocks,
        })
    }

    /// The embedded model (none when switched off by `RATSDEX_PRIMARY_MODEL=off`).
    pub fn embedded() -> Option<&'static PrimaryModel> {
        static MODEL: OnceLock<Option<PrimaryModel>> = OnceLock::new();
        MODEL
            .get_or_init(|| {
                if std::env::var("RATSDEX_PRIMARY_MODEL").is_ok_and(|v| v == "off") {
                    return None;
                }
                // The embedded file is checked by the unit test `embedded_model_loads`.
                PrimaryModel::from_json(EMBEDDED).ok()
            })
            .as_ref()
    }

    /// The gate.
    pub fn gate(&self) -> Gate {
        self.gate
    }

    /// The themes, in the order of [`PrimaryModel::decision`]'s values.
    pub fn themes(&self) -> &[String] {
        &self.themes
    }

    /// The decision value of every theme for a paper.
    pub fn decision(&self, title: &str, doc_type: Option<&str>, text: &str) -> Vec<f64> {
        let title_doctype = format!(
            "{title} dt_{}",
            doc_type
                .filter(|d| !d.is_empty())
                .unwrap_or("none")
                .to_lowercase()
        );
        let lead = lead(title, text, self.lead_words);
        let n = self.themes.len();
        let mut out = self.intercept.clone();
        for b in &self.blocks {
            let source = match b.input {
                Input::TitleDoctype => title_doctype.as_str(),
                Input::Title => title,
                Input::Lead => lead.as_str(),
            };
            for (i, x) in b.features(source) {
                let Some(row) = b.weights.get(i * n..(i + 1) * n) else {
                    continue;
                };
                for (o, w) in out.iter_mut().zip(row) {
                    *o += x * f64::from(*w);
                }
            }
        }
        out
    }

    /// True when a theme the model knows, other than `first`, scores at least the gate's
    /// `rules_ratio` × `first`'s score (positive): the rules' side of [`PrimaryModel::pick`].
    fn has_rival(&self, results: &[ThemeExplanation], first: &str) -> bool {
        let known = |id: &str| self.themes.iter().any(|t| t == id);
        let Some(rules_first) = results.iter().find(|r| r.id == first) else {
            return false;
        };
        rules_first.score > 0.0
            && known(first)
            && results.iter().any(|r| {
                r.id != first
                    && r.score > 0.0
                    && known(&r.id)
                    && r.score >= self.gate.rules_ratio * rules_first.score
            })
    }

    /// The model's pick among the rules' scored themes (`results`), when it goes first in place
    /// of `first`, the rules' first theme.
    pub fn pick(
        &self,
        results: &[ThemeExplanation],
        first: &str,
        title: &str,
        doc_type: Option<&str>,
        text: &str,
    ) -> Option<Pick> {
        let at = |id: &str| self.themes.iter().position(|t| t == id);
        let rules_first = results.iter().find(|r| r.id == first)?;
        let fi = at(first)?;
        let d = self.decision(title, doc_type, text);
        // Best decision value among the scored themes; ties go to the model's first theme.
        let mut best: Option<(usize, &ThemeExplanation)> = None;
        for r in results.iter().filter(|r| r.score > 0.0) {
            let Some(i) = at(&r.id) else { continue };
            let better = match best {
                None => true,
                Some((b, _)) => d[i] > d[b] || (d[i] == d[b] && i < b),
            };
            if better {
                best = Some((i, r));
            }
        }
        let (bi, r) = best?;
        let margin = d[bi] - d[fi];
        (bi != fi
            && margin >= self.gate.margin
            && rules_first.score > 0.0
            && r.score >= self.gate.rules_ratio * rules_first.score)
            .then(|| Pick {
                theme: r.id.clone(),
                margin,
            })
    }
}

impl Block {
    /// The block's tf-idf vector of `text`: (term index, value), l2-normalised.
    fn features(&self, text: &str) -> Vec<(usize, f64)> {
        let lower = text.to_lowercase();
        let grams = match self.analyzer {
            Analyzer::Word => word_ngrams(&word_tokens(&lower), self.ngram),
            Analyzer::CharWb => char_wb_ngrams(&lower, self.ngram),
        };
        let mut counts: HashMap<usize, u32> = HashMap::new();
        for g in grams {
            if let Some(&i) = self.index.get(&g) {
                *counts.entry(i).or_default() += 1;
            }
        }
        let mut v: Vec<(usize, f64)> = counts
            .into_iter()
            .map(|(i, c)| {
                let idf = self.idf.get(i).copied().unwrap_or(0.0);
                (i, (1.0 + f64::from(c).ln()) * idf)
            })
            .collect();
        v.sort_unstable_by_key(|&(i, _)| i);
        let norm = v.iter().map(|(_, x)| x * x).sum::<f64>().sqrt();
        if norm > 0.0 {
            for (_, x) in &mut v {
                *x /= norm;
            }
        }
        v
    }
}

/// Python's `str.isspace` (what `str.split()` splits at): Rust's whitespace and the four
/// information separators.
fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `str.split()`.
fn py_split(s: &str) -> impl Iterator<Item = &str> {
    s.split(py_space).filter(|w| !w.is_empty())
}

/// The first `n` body words: after the title where the text repeats it (its first four words,
/// at least two, found in the text's words joined by single spaces), else from the top.
pub fn lead(title: &str, text: &str, n: usize) -> String {
    let title_words: Vec<&str> = py_split(title).collect();
    let words: Vec<&str> = py_split(text).collect();
    if title_words.len() >= 2 {
        let key = title_words
            .iter()
            .take(4)
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        let joined = words.join(" ");
        if let Some(at) = joined.find(&key) {
            let rest = joined.get(at..).unwrap_or_default();
            return py_split(rest)
                .skip(title_words.len())
                .take(n)
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    words.into_iter().take(n).collect::<Vec<_>>().join(" ")
}

/// A character of Python's `\w`: a letter or digit (`str.isalnum`) or `_`.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// scikit-learn's default token pattern `(?u)\b\w\w+\b`: runs of two or more word characters.
fn word_tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !word_char(c))
        .filter(|t| t.chars().nth(1).is_some())
        .collect()
}

/// Tokens, then token n-grams joined by a space (n in `lo..=hi`), as scikit-learn lists them.
fn word_ngrams(tokens: &[&str], (lo, hi): (usize, usize)) -> Vec<String> {
    let mut out = Vec::new();
    for n in lo..=hi {
        if n == 0 {
            continue;
        }
        for w in tokens.windows(n) {
            out.push(w.join(" "));
        }
    }
    out
}

/// scikit-learn's `char_wb`: each whitespace-separated word padded with a space on each side,
/// its character n-grams (a padded word shorter than n counts once, whole).
fn char_wb_ngrams(s: &str, (lo, hi): (usize, usize)) -> Vec<String> {
    let mut out = Vec::new();
    for word in py_split(s) {
        let w: Vec<char> = std::iter::once(' ')
            .chain(word.chars())
            .chain(std::iter::once(' '))
            .collect();
        for n in lo..=hi {
            if w.len() <= n {
                out.push(w.iter().collect());
                break;
            }
            for g in w.windows(n) {
                out.push(g.iter().collect());
            }
        }
    }
    out
}

/// The hook where the rules settle the primary: when the embedded model picks another of the
/// scored themes (see [`PrimaryModel::pick`]), it goes first — moved up when assigned, else put
/// first with the themes after it cut to `max_themes` — and its explanation says so.
pub fn settle(
    chosen: Vec<ThemeScore>,
    results: &mut [ThemeExplanation],
    title: Option<&str>,
    doc_type: Option<&str>,
    text: impl FnOnce() -> String,
    max_themes: usize,
) -> Vec<ThemeScore> {
    let Some(model) = PrimaryModel::embedded() else {
        return chosen;
    };
    settle_with(model, chosen, results, title, doc_type, text, max_themes)
}

/// [`settle`] with a given model.
pub fn settle_with(
    model: &PrimaryModel,
    mut chosen: Vec<ThemeScore>,
    results: &mut [ThemeExplanation],
    title: Option<&str>,
    doc_type: Option<&str>,
    text: impl FnOnce() -> String,
    max_themes: usize,
) -> Vec<ThemeScore> {
    let Some(first) = chosen.first().map(|t| t.id.clone()) else {
        return chosen;
    };
    // The gate's rules side first: without a scored rival at `rules_ratio` × the first's score the
    // model cannot pick, so the paper's text is not joined nor the model run.
    if !model.has_rival(results, &first) {
        return chosen;
    }
    let text = text();
    let Some(pick) = model.pick(results, &first, title.unwrap_or(""), doc_type, &text) else {
        return chosen;
    };
    let Some(r) = results.iter_mut().find(|r| r.id == pick.theme) else {
        return chosen;
    };
    r.notes.push(format!(
        "first: the primary model finds it the main subject (margin {:.2} over {first}; needs {:.2})",
        pick.margin,
        model.gate().margin
    ));
    r.assigned = true;
    let score = ThemeScore {
        id: r.id.clone(),
        score: r.score,
    };
    chosen.retain(|t| t.id != pick.theme);
    chosen.insert(0, score);
    for dropped in chosen.iter().skip(max_themes.max(1)) {
        if let Some(r) = results.iter_mut().find(|r| r.id == dropped.id) {
            r.assigned = false;
            r.notes
                .push("dropped: the primary model put another theme first".into());
        }
    }
    chosen.truncate(max_themes.max(1));
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_weights_read_as_signed_16_bit_integers() {
        assert_eq!(
            weights_from_hex("0000ffff01f4fe0c"),
            Ok(vec![0, -1, 500, -500])
        );
        assert!(weights_from_hex("0000f").is_err());
        assert!(weights_from_hex("00g0").is_err());
    }

    #[test]
    fn embedded_model_loads() {
        let m = PrimaryModel::from_json(EMBEDDED).expect("valid model");
        assert_eq!(m.themes().len(), 13);
        assert!(m.gate().margin >= 0.0);
    }

    /// Parity with scikit-learn: `tests/fixtures/primary_model/parity.jsonl` holds invented
    /// papers with the decision values `train.py` computed with scikit-learn's vectorizers and
    /// the exported (quantised) weights.
    #[test]
    fn decision_values_equal_python() {
        let m = PrimaryModel::from_json(EMBEDDED).expect("valid model");
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/primary_model/parity.jsonl"
        );
        let text = std::fs::read_to_string(path).expect("fixture");
        let mut n = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let row: serde_json::Value = serde_json::from_str(line).expect("json");
            let title = row["title"].as_str().unwrap_or_default();
            let doc_type = row["doc_type"].as_str();
            let body = row["text"].as_str().unwrap_or_default();
            assert_eq!(
                lead(title, body, m.lead_words),
                row["lead"].as_str().unwrap_or_default()
            );
            let d = m.decision(title, doc_type, body);
            for (t, v) in m.themes().iter().zip(&d) {
                let want = row["decision"][t].as_f64().expect("value");
                assert!(
                    (v - want).abs() < 1e-4,
                    "{title:?} {t}: rust {v} python {want}"
                );
            }
            n += 1;
        }
        assert!(n >= 8, "{n} papers");
    }

    /// A scored theme as the rules leave it.
    fn scored(id: &str, score: f64, assigned: bool) -> ThemeExplanation {
        ThemeExplanation {
            id: id.into(),
            score,
            body: score,
            subject: 0.0,
            running: 0.0,
            sentences: 1,
            evidence: 0.0,
            spread: 0,
            passing: false,
            strongest: 1.0,
            head: false,
            head_weight: 0.0,
            title: 0.0,
            hints: 0.0,
            hits: Vec::new(),
            hint_hits: Vec::new(),
            assigned,
            notes: Vec::new(),
            gate: None,
        }
    }

    /// An invented two-theme model: the title word `kita` speaks for `bildung`.
    fn tiny(margin: f64, rules_ratio: f64) -> PrimaryModel {
        let json = format!(
            r#"{{"themes":["bildung","finanzen"],"lead_words":80,"scale":0.001,
            "gate":{{"margin":{margin},"rules_ratio":{rules_ratio}}},"intercept":[0.0,0.0],
            "blocks":[{{"input":"title","analyzer":"word","ngram":[1,1],
            "terms":["kita","kosten"],"idf":[1.0,1.0],"weights":[2000,-1000,-500,500]}}]}}"#
        );
        PrimaryModel::from_json(&json).expect("valid")
    }

    #[test]
    fn a_sure_model_puts_an_unsure_rules_second_first() {
        // The rules put finanzen first (a cost line), bildung close behind; the title names
        // the Kita: the model goes first with margin 3.0.
        let mut results = vec![scored("finanzen", 5.0, true), scored("bildung", 4.0, true)];
        let chosen = vec![
            ThemeScore {
                id: "finanzen".into(),
                score: 5.0,
            },
            ThemeScore {
                id: "bildung".into(),
                score: 4.0,
            },
        ];
        let out = settle_with(
            &tiny(0.5, 0.3),
            chosen.clone(),
            &mut results,
            Some("Neue Kita"),
            Some("Beschlussvorlage"),
            || "Der Rat beschließt.".into(),
            3,
        );
        let ids: Vec<&str> = out.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["bildung", "finanzen"]);
        assert!(results[1].notes.iter().any(|n| n.contains("primary model")));
        // The rules sure (bildung far below finanzen): the rules' order stands.
        let mut results = vec![scored("finanzen", 20.0, true), scored("bildung", 4.0, true)];
        let out = settle_with(
            &tiny(0.5, 0.3),
            chosen.clone(),
            &mut results,
            Some("Neue Kita"),
            None,
            String::new,
            3,
        );
        assert_eq!(out, chosen);
        // A theme the rules did not score never comes in.
        let mut results = vec![scored("finanzen", 5.0, true)];
        let out = settle_with(
            &tiny(0.0, 0.0),
            chosen[..1].to_vec(),
            &mut results,
            Some("Neue Kita"),
            None,
            String::new,
            3,
        );
        assert_eq!(out, chosen[..1].to_vec());
    }

    #[test]
    fn a_scored_theme_the_rules_left_out_goes_first_within_max_themes() {
        let mut results = vec![scored("finanzen", 5.0, true), scored("bildung", 4.0, false)];
        let chosen = vec![ThemeScore {
            id: "finanzen".into(),
            score: 5.0,
        }];
        let out = settle_with(
            &tiny(0.5, 0.3),
            chosen,
            &mut results,
            Some("Kita"),
            None,
            String::new,
            1,
        );
        let ids: Vec<&str> = out.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["bildung"]);
        assert!(results[1].assigned && !results[0].assigned);
    }

    #[test]
    fn tokens_follow_the_default_token_pattern() {
        // Runs of two or more letters, digits or underscores; single characters drop.
        let t = word_tokens("e-scooter a b2 dt_antrag co₂ straße");
        assert_eq!(t, ["scooter", "b2", "dt_antrag", "co₂", "straße"]);
        assert_eq!(
            word_ngrams(&["neue", "kita", "süd"], (1, 2)),
            ["neue", "kita", "süd", "neue kita", "kita süd"]
        );
    }

    #[test]
    fn char_wb_pads_words_and_keeps_short_ones_whole() {
        // An invented two-word title: "ab" padded is " ab " (4 chars), whole once for n ≥ 4.
        let g = char_wb_ngrams("ab kita", (4, 5));
        assert_eq!(g, [" ab ", " kit", "kita", "ita ", " kita", "kita "]);
    }

    #[test]
    fn lead_starts_after_a_repeated_title() {
        let text = "Stadt Musterhausen\nNeue Kita am Park\nDer Rat beschließt den Bau.";
        assert_eq!(lead("Neue Kita am Park", text, 3), "Der Rat beschließt");
        // A title the text does not repeat: from the top.
        assert_eq!(lead("Anderes Thema hier", text, 2), "Stadt Musterhausen");
    }
}
