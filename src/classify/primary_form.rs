//! The primary model's compact form: what `data/primary_model.json` (as
//! `tools/primary_learn/train.py` writes it) becomes at build time, so that a process reads the
//! model without parsing 2.5 MB of JSON and hashing 35k terms at every start. `build.rs`
//! includes this file to write the form into `OUT_DIR`; [`super::primary_model`] reads it in
//! place (terms sorted for a binary search, numbers as little-endian bytes) and converts a JSON
//! model given at run time (`PrimaryModel::from_json`) with the same code, so both hold exactly
//! the same numbers: the weights are the JSON's integers × `scale` as `f32`, computed once here.
//!
//! Layout (little-endian): `RPM1`, themes (`u32` count, each `u32` length + UTF-8), `lead_words`
//! (`u64`), gate margin, rules ratio and agenda-head margin (`f64`), one intercept per theme
//! (`f64`), blocks (`u32`
//! count), each: input and analyzer codes (`u8`), n-gram range (`u32` × 2), term count `t` and
//! the byte lengths of its five parts (`u32` × 6), then the parts — `order` (`u32` × t: the
//! term's index in the file, by sorted position), `offsets` (`u32` × (t + 1): where each sorted
//! term starts in `text`), `text` (the sorted terms), `idf` (`f64` × t, file order), `weights`
//! (`f32` × t × themes, file order, row-major).

use serde_json::Value;

/// The first bytes of the form.
pub const MAGIC: &[u8; 4] = b"RPM2";

/// Codes of a block's input: the title with its document type, the title, the lead words, the
/// words of the rules' subject zones.
pub const INPUTS: [&str; 4] = ["title_doctype", "title", "lead_words", "subject"];

/// Codes of a block's analyzer.
pub const ANALYZERS: [&str; 2] = ["word", "char_wb"];

/// One block of the form.
pub struct FormBlock {
    /// Index in [`INPUTS`].
    pub input: u8,
    /// Index in [`ANALYZERS`].
    pub analyzer: u8,
    /// The n-gram range.
    pub ngram: (u32, u32),
    /// How many distinct terms (`order` and `offsets` list them; `idf` and `weights` hold a
    /// row per term of the file).
    pub terms: u32,
    /// By sorted position, the term's index in the file (`u32` each).
    pub order: Vec<u8>,
    /// Where each sorted term starts in `text`, and where the last ends (`u32` each).
    pub offsets: Vec<u8>,
    /// The terms, sorted (byte order), without separators.
    pub text: Vec<u8>,
    /// The idf of each term, in file order (`f64` each).
    pub idf: Vec<u8>,
    /// Per term in file order, one weight per theme (`f32` each).
    pub weights: Vec<u8>,
}

/// The whole model in its compact form.
pub struct Form {
    pub themes: Vec<String>,
    pub lead_words: u64,
    pub margin: f64,
    pub rules_ratio: f64,
    /// The margin the model needs in an agenda whose first item's theme the rules put first
    /// (`gate.agenda_head_margin`; `margin` in a file without it).
    pub agenda_head_margin: f64,
    pub intercept: Vec<f64>,
    pub blocks: Vec<FormBlock>,
}

/// Four hex digits per weight, 16-bit two's complement (`tools/primary_learn/train.py`, `export`).
pub fn weights_from_hex(hex: &str) -> Result<Vec<i64>, String> {
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

fn field<'a>(v: &'a Value, key: &str) -> Result<&'a Value, String> {
    v.get(key).ok_or_else(|| format!("missing field `{key}`"))
}

fn float(v: &Value, what: &str) -> Result<f64, String> {
    v.as_f64().ok_or_else(|| format!("{what}: not a number"))
}

fn unsigned(v: &Value, what: &str) -> Result<u64, String> {
    v.as_u64()
        .ok_or_else(|| format!("{what}: not a non-negative integer"))
}

fn text<'a>(v: &'a Value, what: &str) -> Result<&'a str, String> {
    v.as_str().ok_or_else(|| format!("{what}: not a string"))
}

fn array<'a>(v: &'a Value, what: &str) -> Result<&'a Vec<Value>, String> {
    v.as_array().ok_or_else(|| format!("{what}: not an array"))
}

fn floats(v: &Value, what: &str) -> Result<Vec<f64>, String> {
    array(v, what)?.iter().map(|x| float(x, what)).collect()
}

fn count(n: usize, what: &str) -> Result<u32, String> {
    u32::try_from(n).map_err(|_| format!("{what}: too many"))
}

/// The compact form of a model file (the JSON `train.py` writes), with the checks the loader
/// always made: known inputs and analyzers, terms, idf and weights of one length, an n-gram
/// range from 1 up.
pub fn from_value(v: &Value) -> Result<Form, String> {
    let themes = array(field(v, "themes")?, "themes")?
        .iter()
        .map(|t| text(t, "themes").map(str::to_string))
        .collect::<Result<Vec<_>, _>>()?;
    let n = themes.len();
    let lead_words = unsigned(field(v, "lead_words")?, "lead_words")?;
    let scale = float(field(v, "scale")?, "scale")?;
    let gate = field(v, "gate")?;
    let margin = float(field(gate, "margin")?, "gate.margin")?;
    let rules_ratio = float(field(gate, "rules_ratio")?, "gate.rules_ratio")?;
    let agenda_head_margin = match gate.get("agenda_head_margin") {
        Some(m) => float(m, "gate.agenda_head_margin")?,
        None => margin,
    };
    let intercept = floats(field(v, "intercept")?, "intercept")?;
    if intercept.len() != n {
        return Err(format!("{} intercepts for {n} themes", intercept.len()));
    }
    let mut blocks = Vec::new();
    for b in array(field(v, "blocks")?, "blocks")? {
        let input = text(field(b, "input")?, "input")?;
        let input = INPUTS
            .iter()
            .position(|i| *i == input)
            .ok_or_else(|| format!("unknown input {input:?}"))?;
        let analyzer = text(field(b, "analyzer")?, "analyzer")?;
        let analyzer = ANALYZERS
            .iter()
            .position(|a| *a == analyzer)
            .ok_or_else(|| format!("unknown analyzer {analyzer:?}"))?;
        let terms = array(field(b, "terms")?, "terms")?
            .iter()
            .map(|t| text(t, "terms"))
            .collect::<Result<Vec<_>, _>>()?;
        let idf = floats(field(b, "idf")?, "idf")?;
        let weights = match b.get("weights_hex").filter(|h| !h.is_null()) {
            Some(hex) => weights_from_hex(text(hex, "weights_hex")?)?,
            None => match b.get("weights") {
                Some(w) => array(w, "weights")?
                    .iter()
                    .map(|x| {
                        x.as_i64()
                            .ok_or_else(|| "weights: not an integer".to_string())
                    })
                    .collect::<Result<Vec<_>, _>>()?,
                None => Vec::new(),
            },
        };
        if idf.len() != terms.len() || weights.len() != terms.len() * n {
            return Err("a block's terms, idf and weights differ in length".into());
        }
        let ngram = array(field(b, "ngram")?, "ngram")?;
        let (lo, hi) = match ngram.as_slice() {
            [lo, hi] => (unsigned(lo, "ngram")?, unsigned(hi, "ngram")?),
            _ => return Err("ngram: not two numbers".into()),
        };
        if lo == 0 || hi < lo {
            return Err(format!("bad n-gram range {lo}..{hi}"));
        }
        let ngram = (
            u32::try_from(lo).map_err(|_| "ngram: too large".to_string())?,
            u32::try_from(hi).map_err(|_| "ngram: too large".to_string())?,
        );
        // Sorted by bytes; of a term listed twice the last index counts (as a map collected
        // from the list in order keeps it).
        let mut sorted: Vec<(&str, usize)> =
            terms.iter().enumerate().map(|(i, t)| (*t, i)).collect();
        sorted.sort_by(|a, b| a.0.cmp(b.0).then(b.1.cmp(&a.1)));
        sorted.dedup_by(|later, kept| later.0 == kept.0);
        let mut order = Vec::with_capacity(sorted.len() * 4);
        let mut offsets = Vec::with_capacity((sorted.len() + 1) * 4);
        let mut joined = Vec::new();
        for (t, i) in &sorted {
            order.extend_from_slice(&count(*i, "terms")?.to_le_bytes());
            offsets.extend_from_slice(&count(joined.len(), "term text")?.to_le_bytes());
            joined.extend_from_slice(t.as_bytes());
        }
        offsets.extend_from_slice(&count(joined.len(), "term text")?.to_le_bytes());
        blocks.push(FormBlock {
            input: input as u8,
            analyzer: analyzer as u8,
            ngram,
            terms: count(sorted.len(), "terms")?,
            order,
            offsets,
            text: joined,
            idf: idf.iter().flat_map(|x| x.to_le_bytes()).collect(),
            weights: weights
                .iter()
                .flat_map(|&w| ((w as f64 * scale) as f32).to_le_bytes())
                .collect(),
        });
    }
    Ok(Form {
        themes,
        lead_words,
        margin,
        rules_ratio,
        agenda_head_margin,
        intercept,
        blocks,
    })
}

/// The form as bytes (the layout in the module's comment); `build.rs` writes them.
#[allow(dead_code)]
pub fn to_bytes(form: &Form) -> Vec<u8> {
    fn u32_of(n: usize) -> [u8; 4] {
        u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes()
    }
    let mut out = MAGIC.to_vec();
    out.extend_from_slice(&u32_of(form.themes.len()));
    for t in &form.themes {
        out.extend_from_slice(&u32_of(t.len()));
        out.extend_from_slice(t.as_bytes());
    }
    out.extend_from_slice(&form.lead_words.to_le_bytes());
    out.extend_from_slice(&form.margin.to_le_bytes());
    out.extend_from_slice(&form.rules_ratio.to_le_bytes());
    out.extend_from_slice(&form.agenda_head_margin.to_le_bytes());
    for x in &form.intercept {
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.extend_from_slice(&u32_of(form.blocks.len()));
    for b in &form.blocks {
        out.push(b.input);
        out.push(b.analyzer);
        out.extend_from_slice(&b.ngram.0.to_le_bytes());
        out.extend_from_slice(&b.ngram.1.to_le_bytes());
        out.extend_from_slice(&b.terms.to_le_bytes());
        for part in [&b.order, &b.offsets, &b.text, &b.idf, &b.weights] {
            out.extend_from_slice(&u32_of(part.len()));
        }
        for part in [&b.order, &b.offsets, &b.text, &b.idf, &b.weights] {
            out.extend_from_slice(part);
        }
    }
    out
}
