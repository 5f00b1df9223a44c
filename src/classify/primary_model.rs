//! The learned primary chooser (issue 17): a linear model over tf-idf features of the title,
//! the document type and the first body words, trained on every labelled set of the repository
//! (`tools/primary_learn/train.py`, embedded as `data/primary_model.json`). It only re-orders:
//! among the themes the rules scored, its best goes first when it is not the rules' first, its
//! decision value beats the rules' first's by the model's `margin` and its rules' score reaches
//! `rules_ratio` × the rules' first's (the rules are unsure). It never adds a theme the rules did
//! not score. In an agenda (Einladung, Tagesordnung, Niederschrift) whose first substantive item
//! names the rules' first theme, the model needs `agenda_head_margin`: its first words there are
//! a letterhead, a meeting header and an attendance list, not where the agenda states its
//! subject (its items), and the agenda's first item is what the rules read as its head.
//!
//! The features reproduce scikit-learn's `TfidfVectorizer` (lower-casing, token pattern
//! `(?u)\b\w\w+\b`, `char_wb` padding, sublinear tf, idf, l2 norm per block); the parity test
//! (`tests/fixtures/primary_model/parity.jsonl`, invented papers with Python's decision values)
//! checks it. `RATSDEX_PRIMARY_MODEL=off` switches the model off (the rules alone: what the
//! training script needs to read the rules' own primary).

use super::ThemeScore;
use super::primary_form;
use super::rules::ThemeExplanation;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

/// The embedded model file, the source of the compact form `build.rs` derives from it (see
/// [`super::primary_form`]); the unit test `compact_form_equals_the_file` checks they agree.
pub const EMBEDDED: &str = include_str!("../../data/primary_model.json");

/// The embedded model in its compact form, written by `build.rs`.
static EMBEDDED_FORM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/primary_model.bin"));

/// Bytes of the compact form: borrowed from the binary, or owned (a model read at run time).
type Bytes = Cow<'static, [u8]>;

/// A little-endian `u32` at `at` (bytes).
fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes(s.try_into().ok()?))
}

/// Reads the compact form from the front.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).ok_or("compact model: too long")?;
        let s = self
            .bytes
            .get(self.at..end)
            .ok_or("compact model: cut short")?;
        self.at = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, String> {
        Ok(self.take(1)?.first().copied().unwrap_or_default())
    }
    fn u32(&mut self) -> Result<u32, String> {
        let s = self.take(4)?;
        Ok(u32::from_le_bytes(
            s.try_into().map_err(|_| "compact model: u32")?,
        ))
    }
    fn u64(&mut self) -> Result<u64, String> {
        let s = self.take(8)?;
        Ok(u64::from_le_bytes(
            s.try_into().map_err(|_| "compact model: u64")?,
        ))
    }
    fn f64(&mut self) -> Result<f64, String> {
        Ok(f64::from_bits(self.u64()?))
    }
    fn len(&mut self) -> Result<usize, String> {
        usize::try_from(self.u32()?).map_err(|_| "compact model: length".to_string())
    }
}

/// When the model's choice goes first.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gate {
    /// The model's decision value for its choice minus that of the rules' first, at least.
    pub margin: f64,
    /// The rules' score of the model's choice against the rules' first's, at least.
    pub rules_ratio: f64,
    /// The margin it needs instead of `margin` in an agenda whose first item names the rules'
    /// first theme (that theme is the agenda's head): the larger of the two counts.
    pub agenda_head_margin: f64,
}

impl Gate {
    /// The margin the model needs over `rules_first`: `agenda_head_margin` (when larger) in an
    /// agenda whose first item names it, else `margin`. Family: the agendas and minutes of every
    /// council — a letterhead, the meeting's date and place and the attendance list come first,
    /// the items after, the weightiest item first.
    pub fn needed(&self, agenda: bool, rules_first: &ThemeExplanation) -> f64 {
        if agenda && rules_first.head {
            self.margin.max(self.agenda_head_margin)
        } else {
            self.margin
        }
    }
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
    /// The words of the rules' subject zones (`Explanation::subject_text`): the body's first
    /// words, the decision text, the questions, an agenda's items — where a paper states its
    /// subject, without the boilerplate blocks the rules skip.
    Subject,
}

/// scikit-learn's analyzers.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Analyzer {
    /// Tokens of two or more word characters, then n-grams of tokens joined by a space.
    Word,
    /// Character n-grams within words padded with a space on each side.
    CharWb,
}

/// A block in the compact form (see [`super::primary_form`]): terms sorted for a binary
/// search, numbers as little-endian bytes, read in place.
struct Block {
    input: Input,
    analyzer: Analyzer,
    ngram: (usize, usize),
    /// How many terms.
    terms: usize,
    /// By sorted position, the term's index (`u32`).
    order: Bytes,
    /// Where each sorted term starts in `text`, and where the last ends (`u32`).
    offsets: Bytes,
    /// The sorted terms.
    text: Bytes,
    /// Per term index, its idf (`f64`).
    idf: Bytes,
    /// Per term index, one weight per theme (`f32`), row-major.
    weights: Bytes,
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
    /// The margin it needs to go first (see [`Gate::needed`]).
    pub needed: f64,
    /// It goes first (`margin` ≥ `needed`); else an agenda's first item keeps the first place
    /// and the pick, when the rules left it out, comes in second.
    pub first: bool,
}

impl PrimaryModel {
    /// Read a model file (the JSON `train.py` writes), through the compact form the embedded
    /// model is built in.
    pub fn from_json(text: &str) -> Result<PrimaryModel, String> {
        let v: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let f = primary_form::from_value(&v)?;
        let mut blocks = Vec::new();
        for b in f.blocks {
            blocks.push(Block::new(
                b.input,
                b.analyzer,
                b.ngram,
                b.terms,
                [
                    b.order.into(),
                    b.offsets.into(),
                    b.text.into(),
                    b.idf.into(),
                    b.weights.into(),
                ],
                f.themes.len(),
            )?);
        }
        Ok(PrimaryModel {
            lead_words: usize::try_from(f.lead_words).map_err(|_| "lead_words too large")?,
            gate: Gate {
                margin: f.margin,
                rules_ratio: f.rules_ratio,
                agenda_head_margin: f.agenda_head_margin,
            },
            intercept: f.intercept,
            themes: f.themes,
            blocks,
        })
    }

    /// Read the compact form (see [`super::primary_form`]) in place.
    fn from_form(bytes: &'static [u8]) -> Result<PrimaryModel, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(primary_form::MAGIC.len())? != primary_form::MAGIC {
            return Err("compact model: not one".into());
        }
        let n = r.len()?;
        let mut themes = Vec::new();
        for _ in 0..n {
            let len = r.len()?;
            let t = std::str::from_utf8(r.take(len)?).map_err(|e| e.to_string())?;
            themes.push(t.to_string());
        }
        let lead_words = usize::try_from(r.u64()?).map_err(|_| "lead_words too large")?;
        let gate = Gate {
            margin: r.f64()?,
            rules_ratio: r.f64()?,
            agenda_head_margin: r.f64()?,
        };
        let intercept = (0..n).map(|_| r.f64()).collect::<Result<Vec<_>, _>>()?;
        let mut blocks = Vec::new();
        for _ in 0..r.len()? {
            let input = r.u8()?;
            let analyzer = r.u8()?;
            let ngram = (r.u32()?, r.u32()?);
            let terms = r.u32()?;
            let lens = [r.len()?, r.len()?, r.len()?, r.len()?, r.len()?];
            let mut parts = lens.map(|_| Bytes::Borrowed(&[]));
            for (part, len) in parts.iter_mut().zip(lens) {
                *part = Bytes::Borrowed(r.take(len)?);
            }
            blocks.push(Block::new(input, analyzer, ngram, terms, parts, n)?);
        }
        Ok(PrimaryModel {
            themes,
            lead_words,
            gate,
            intercept,
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
                // The compact form is checked against the file by the unit test
                // `compact_form_equals_the_file`.
                PrimaryModel::from_form(EMBEDDED_FORM).ok()
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
    pub fn decision(
        &self,
        title: &str,
        doc_type: Option<&str>,
        text: &str,
        subject: &str,
    ) -> Vec<f64> {
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
                Input::Subject => subject,
            };
            for (i, x) in b.features(source) {
                let Some(row) = b.row(i, n) else {
                    continue;
                };
                for (o, w) in out.iter_mut().zip(row) {
                    *o += x * f64::from(w);
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
    /// of `first`, the rules' first theme; `agenda`: the paper is read as an agenda.
    #[allow(clippy::too_many_arguments)]
    pub fn pick(
        &self,
        results: &[ThemeExplanation],
        first: &str,
        agenda: bool,
        title: &str,
        doc_type: Option<&str>,
        text: &str,
        subject: &str,
    ) -> Option<Pick> {
        let at = |id: &str| self.themes.iter().position(|t| t == id);
        let rules_first = results.iter().find(|r| r.id == first)?;
        let fi = at(first)?;
        let d = self.decision(title, doc_type, text, subject);
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
        let needed = self.gate.needed(agenda, rules_first);
        (bi != fi
            && margin >= self.gate.margin
            && rules_first.score > 0.0
            && r.score >= self.gate.rules_ratio * rules_first.score)
            .then(|| Pick {
                theme: r.id.clone(),
                margin,
                needed,
                first: margin >= needed,
            })
    }
}

impl Block {
    /// A block from its parts (`order`, `offsets`, `text`, `idf`, `weights`), their lengths
    /// checked against `terms` and `themes`.
    fn new(
        input: u8,
        analyzer: u8,
        (lo, hi): (u32, u32),
        terms: u32,
        [order, offsets, text, idf, weights]: [Bytes; 5],
        themes: usize,
    ) -> Result<Block, String> {
        let input = match input {
            0 => Input::TitleDoctype,
            1 => Input::Title,
            2 => Input::Lead,
            3 => Input::Subject,
            other => return Err(format!("unknown input {other}")),
        };
        let analyzer = match analyzer {
            0 => Analyzer::Word,
            1 => Analyzer::CharWb,
            other => return Err(format!("unknown analyzer {other}")),
        };
        let terms = usize::try_from(terms).map_err(|_| "too many terms")?;
        let lo = usize::try_from(lo).map_err(|_| "bad n-gram range")?;
        let hi = usize::try_from(hi).map_err(|_| "bad n-gram range")?;
        if lo == 0 || hi < lo {
            return Err(format!("bad n-gram range {lo}..{hi}"));
        }
        // `terms` counts distinct terms; idf and weights hold a row per term of the file.
        let rows = idf.len() / 8;
        let fits = order.len() == terms * 4
            && offsets.len() == (terms + 1) * 4
            && u32_at(&offsets, terms * 4).and_then(|e| usize::try_from(e).ok())
                == Some(text.len())
            && idf.len() == rows * 8
            && weights.len() == rows * themes * 4;
        if !fits {
            return Err("a block's terms, idf and weights differ in length".into());
        }
        Ok(Block {
            input,
            analyzer,
            ngram: (lo, hi),
            terms,
            order,
            offsets,
            text,
            idf,
            weights,
        })
    }

    /// The `k`-th term in sorted order.
    fn sorted_term(&self, k: usize) -> &[u8] {
        let from = u32_at(&self.offsets, k * 4).unwrap_or_default() as usize;
        let to = u32_at(&self.offsets, (k + 1) * 4).unwrap_or_default() as usize;
        self.text.get(from..to).unwrap_or_default()
    }

    /// The index of a term (a binary search over the sorted terms).
    fn index_of(&self, term: &str) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.terms);
        let term = term.as_bytes();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.sorted_term(mid).cmp(term) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => {
                    return u32_at(&self.order, mid * 4).map(|i| i as usize);
                }
            }
        }
        None
    }

    /// The idf of term `i`.
    fn idf_of(&self, i: usize) -> Option<f64> {
        let s = self.idf.get(i * 8..i * 8 + 8)?;
        Some(f64::from_le_bytes(s.try_into().ok()?))
    }

    /// Term `i`'s weights, one per theme (`n` themes).
    fn row(&self, i: usize, n: usize) -> Option<impl Iterator<Item = f32> + '_> {
        let s = self.weights.get(i * n * 4..(i + 1) * n * 4)?;
        Some(
            s.chunks_exact(4)
                .map(|c| c.try_into().map(f32::from_le_bytes).unwrap_or_default()),
        )
    }

    /// The block's tf-idf vector of `text`: (term index, value), l2-normalised.
    fn features(&self, text: &str) -> Vec<(usize, f64)> {
        let lower = text.to_lowercase();
        let grams = match self.analyzer {
            Analyzer::Word => word_ngrams(&word_tokens(&lower), self.ngram),
            Analyzer::CharWb => char_wb_ngrams(&lower, self.ngram),
        };
        let mut counts: HashMap<usize, u32> = HashMap::new();
        for g in grams {
            if let Some(i) = self.index_of(&g) {
                *counts.entry(i).or_default() += 1;
            }
        }
        let mut v: Vec<(usize, f64)> = counts
            .into_iter()
            .map(|(i, c)| {
                let idf = self.idf_of(i).unwrap_or(0.0);
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
/// first with the themes after it cut to `max_themes` — and its explanation says so. `agenda`:
/// the rules read the paper as an agenda (its head is its first item's theme).
#[allow(clippy::too_many_arguments)]
pub fn settle(
    chosen: Vec<ThemeScore>,
    results: &mut [ThemeExplanation],
    agenda: bool,
    title: Option<&str>,
    doc_type: Option<&str>,
    text: impl FnOnce() -> String,
    subject: &str,
    max_themes: usize,
) -> Vec<ThemeScore> {
    let Some(model) = PrimaryModel::embedded() else {
        return chosen;
    };
    settle_with(
        model, chosen, results, agenda, title, doc_type, text, subject, max_themes,
    )
}

/// [`settle`] with a given model.
#[allow(clippy::too_many_arguments)]
pub fn settle_with(
    model: &PrimaryModel,
    mut chosen: Vec<ThemeScore>,
    results: &mut [ThemeExplanation],
    agenda: bool,
    title: Option<&str>,
    doc_type: Option<&str>,
    text: impl FnOnce() -> String,
    subject: &str,
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
    let Some(pick) = model.pick(
        results,
        &first,
        agenda,
        title.unwrap_or(""),
        doc_type,
        &text,
        subject,
    ) else {
        return chosen;
    };
    let in_chosen = chosen.iter().any(|t| t.id == pick.theme);
    let Some(r) = results.iter_mut().find(|r| r.id == pick.theme) else {
        return chosen;
    };
    // Below the agenda's margin the model still says the theme is a main subject: the agenda's
    // first item stays first, and the pick comes in second when the rules left it out.
    if !pick.first {
        r.notes.push(format!(
            "{}: the primary model finds it a main subject (margin {:.2} over {first}), short of the {:.2} it needs to go before an agenda's first item",
            if in_chosen { "not first" } else { "second" },
            pick.margin,
            pick.needed
        ));
        if in_chosen {
            return chosen;
        }
    } else {
        r.notes.push(format!(
            "first: the primary model finds it the main subject (margin {:.2} over {first}; needs {:.2})",
            pick.margin, pick.needed
        ));
    }
    r.assigned = true;
    let score = ThemeScore {
        id: r.id.clone(),
        score: r.score,
    };
    chosen.retain(|t| t.id != pick.theme);
    chosen.insert(usize::from(!pick.first).min(chosen.len()), score);
    for dropped in chosen.iter().skip(max_themes.max(1)) {
        if let Some(r) = results.iter_mut().find(|r| r.id == dropped.id) {
            r.assigned = false;
            r.notes
                .push("dropped: the primary model brought in another theme".into());
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
            primary_form::weights_from_hex("0000ffff01f4fe0c"),
            Ok(vec![0, -1, 500, -500])
        );
        assert!(primary_form::weights_from_hex("0000f").is_err());
        assert!(primary_form::weights_from_hex("00g0").is_err());
    }

    #[test]
    fn embedded_model_loads() {
        let m = PrimaryModel::from_form(EMBEDDED_FORM).expect("valid model");
        assert_eq!(m.themes().len(), 13);
        assert!(m.gate().margin >= 0.0);
    }

    /// The compact form `build.rs` writes holds what the file says, read here as the loader read
    /// it before the form existed: each term found at its index, its idf and its weights (the
    /// file's integers × `scale`, as `f32`) bit for bit, the themes, gate and intercepts.
    #[test]
    fn compact_form_equals_the_file() {
        let m = PrimaryModel::from_form(EMBEDDED_FORM).expect("valid model");
        let v: serde_json::Value = serde_json::from_str(EMBEDDED).expect("json");
        let themes: Vec<&str> = v["themes"]
            .as_array()
            .expect("themes")
            .iter()
            .filter_map(|t| t.as_str())
            .collect();
        assert_eq!(m.themes(), themes.as_slice());
        assert_eq!(m.lead_words as u64, v["lead_words"].as_u64().expect("n"));
        assert_eq!(m.gate().margin, v["gate"]["margin"].as_f64().expect("m"));
        assert_eq!(
            m.gate().rules_ratio,
            v["gate"]["rules_ratio"].as_f64().expect("r")
        );
        let intercept: Vec<f64> = v["intercept"]
            .as_array()
            .expect("intercept")
            .iter()
            .filter_map(|x| x.as_f64())
            .collect();
        assert_eq!(m.intercept, intercept);
        let scale = v["scale"].as_f64().expect("scale");
        let n = themes.len();
        let blocks = v["blocks"].as_array().expect("blocks");
        assert_eq!(m.blocks.len(), blocks.len());
        for (b, f) in m.blocks.iter().zip(blocks) {
            let terms = f["terms"].as_array().expect("terms");
            let idf = f["idf"].as_array().expect("idf");
            let weights = match f["weights_hex"].as_str() {
                Some(hex) => primary_form::weights_from_hex(hex).expect("hex"),
                None => f["weights"]
                    .as_array()
                    .expect("weights")
                    .iter()
                    .filter_map(|w| w.as_i64())
                    .collect(),
            };
            assert_eq!(b.terms, terms.len());
            for (i, t) in terms.iter().enumerate() {
                let t = t.as_str().expect("term");
                assert_eq!(b.index_of(t), Some(i), "{t:?}");
                let want = idf[i].as_f64().expect("idf");
                assert_eq!(b.idf_of(i).map(f64::to_bits), Some(want.to_bits()));
                let row: Vec<u32> = b.row(i, n).expect("row").map(f32::to_bits).collect();
                let want: Vec<u32> = weights[i * n..(i + 1) * n]
                    .iter()
                    .map(|&w| ((w as f64 * scale) as f32).to_bits())
                    .collect();
                assert_eq!(row, want, "{t:?}");
            }
            assert_eq!(b.index_of("\u{0}not a term"), None);
            assert_eq!(b.index_of(""), None);
        }
    }

    #[test]
    fn a_term_is_found_by_its_bytes_and_listed_twice_keeps_its_last_index() {
        let json = r#"{"themes":["a"],"lead_words":80,"scale":0.5,
            "gate":{"margin":0.3,"rules_ratio":0.3},"intercept":[0.0],
            "blocks":[{"input":"title","analyzer":"word","ngram":[1,1],
            "terms":["süd","kita","sud","kita"],"idf":[1.0,2.0,3.0,4.0],"weights":[1,2,3,4]}]}"#;
        let m = PrimaryModel::from_json(json).expect("valid");
        let b = &m.blocks[0];
        assert_eq!(b.index_of("kita"), Some(3));
        assert_eq!(b.index_of("süd"), Some(0));
        assert_eq!(b.index_of("sud"), Some(2));
        assert_eq!(b.index_of("kit"), None);
        assert_eq!(b.idf_of(3), Some(4.0));
        assert_eq!(b.row(3, 1).expect("row").collect::<Vec<_>>(), [2.0]);
        assert!(PrimaryModel::from_json(&json.replace("\"title\"", "\"body\"")).is_err());
    }

    /// Parity with scikit-learn: `tests/fixtures/primary_model/parity.jsonl` holds invented
    /// papers with the decision values `train.py` computed with scikit-learn's vectorizers and
    /// the exported (quantised) weights.
    #[test]
    fn decision_values_equal_python() {
        let m = PrimaryModel::from_form(EMBEDDED_FORM).expect("valid model");
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
            let subject = row["subject"].as_str().unwrap_or_default();
            let d = m.decision(title, doc_type, body, subject);
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

    /// The rules' choice of the tests: finanzen (5.0) first, bildung (4.0) second.
    fn finanzen_then_bildung() -> Vec<ThemeScore> {
        vec![
            ThemeScore {
                id: "finanzen".into(),
                score: 5.0,
            },
            ThemeScore {
                id: "bildung".into(),
                score: 4.0,
            },
        ]
    }

    /// An invented two-theme model: the title word `kita` speaks for `bildung`.
    fn tiny(margin: f64, rules_ratio: f64) -> PrimaryModel {
        tiny_agenda(margin, rules_ratio, margin)
    }

    /// [`tiny`] with the margin it needs over an agenda's head.
    fn tiny_agenda(margin: f64, rules_ratio: f64, agenda_head_margin: f64) -> PrimaryModel {
        let json = format!(
            r#"{{"themes":["bildung","finanzen"],"lead_words":80,"scale":0.001,
            "gate":{{"margin":{margin},"rules_ratio":{rules_ratio},
            "agenda_head_margin":{agenda_head_margin}}},"intercept":[0.0,0.0],
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
        let chosen = finanzen_then_bildung();
        let out = settle_with(
            &tiny(0.5, 0.3),
            chosen.clone(),
            &mut results,
            false,
            Some("Neue Kita"),
            Some("Beschlussvorlage"),
            || "Der Rat beschließt.".into(),
            "",
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
            false,
            Some("Neue Kita"),
            None,
            String::new,
            "",
            3,
        );
        assert_eq!(out, chosen);
        // A theme the rules did not score never comes in.
        let mut results = vec![scored("finanzen", 5.0, true)];
        let out = settle_with(
            &tiny(0.0, 0.0),
            chosen[..1].to_vec(),
            &mut results,
            false,
            Some("Neue Kita"),
            None,
            String::new,
            "",
            3,
        );
        assert_eq!(out, chosen[..1].to_vec());
    }

    #[test]
    fn an_agendas_first_item_needs_a_surer_model() {
        // An invented Einladung: letterhead and attendance words first, its first item is a cost
        // line (`Haushaltssatzung 2026`), so the rules' first theme is the agenda's head. The
        // model (margin 3.0 for bildung from the meeting's title) needs `agenda_head_margin`.
        let chosen = finanzen_then_bildung();
        let run = |model: &PrimaryModel, agenda: bool, head: bool| {
            let mut first = scored("finanzen", 5.0, true);
            first.head = head;
            let mut results = vec![first, scored("bildung", 4.0, true)];
            let out = settle_with(
                model,
                chosen.clone(),
                &mut results,
                agenda,
                Some("Sitzung des Ausschusses für Kita und Schule"),
                Some("Einladung"),
                || "Stadt Musterhausen Rathausplatz 1 Anwesende".into(),
                "",
                3,
            );
            out.first().map(|t| t.id.clone()).unwrap_or_default()
        };
        let model = tiny_agenda(0.5, 0.3, 4.0);
        // The agenda's head stays first: 3.0 < 4.0.
        assert_eq!(run(&model, true, true), "finanzen");
        // Not its head, or no agenda: the usual margin (0.5).
        assert_eq!(run(&model, true, false), "bildung");
        assert_eq!(run(&model, false, true), "bildung");
        // Surer than the agenda's margin: the model goes first.
        assert_eq!(run(&tiny_agenda(0.5, 0.3, 2.5), true, true), "bildung");
        // A model file without `agenda_head_margin`: its margin everywhere.
        assert_eq!(tiny(0.5, 0.3).gate().agenda_head_margin, 0.5);
        // Bildung scored but left out by the rules: it comes in second, the head stays first.
        let mut head = scored("finanzen", 5.0, true);
        head.head = true;
        let mut results = vec![head, scored("bildung", 4.0, false)];
        let out = settle_with(
            &model,
            chosen[..1].to_vec(),
            &mut results,
            true,
            Some("Sitzung des Ausschusses für Kita und Schule"),
            Some("Einladung"),
            String::new,
            "",
            3,
        );
        let ids: Vec<&str> = out.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["finanzen", "bildung"]);
        assert!(results[1].assigned);
        assert!(results[1].notes.iter().any(|n| n.starts_with("second:")));
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
            false,
            Some("Kita"),
            None,
            String::new,
            "",
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
