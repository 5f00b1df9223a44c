//! How one field of a prediction is compared with its truth: folding, tokens, token F1, document
//! type synonyms, the Drucksachen-Nr. shape, Beratungsfolge triples — the rules of the project's
//! reference evaluator (`evaluate.py`), written once here.
//!
//! Values are JSON as the records and truth files hold them; a missing key is the same as
//! `null`.

use regex::Regex;
use serde_json::Value;
use std::collections::HashSet;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;

/// Canonical document types and their synonyms (folded); a type not listed stands for itself.
const DOC_TYPES: &[(&str, &[&str])] = &[
    (
        "beschlussvorlage",
        &[
            "beschlussvorlage",
            "vorlage zur beschlussfassung",
            "verwaltungsvorlage",
        ],
    ),
    (
        "mitteilungsvorlage",
        &[
            "mitteilungsvorlage",
            "informationsvorlage",
            "mitteilung",
            "mitteilung der verwaltung",
            "berichtsvorlage",
            "bericht",
        ],
    ),
    (
        "ergänzungsvorlage",
        &[
            "ergänzungsvorlage",
            "änderungsvorlage",
            "neufassung",
            "tischvorlage",
            "ergänzung",
            "änderung",
        ],
    ),
    (
        "antrag",
        &[
            "antrag",
            "fraktionsantrag",
            "dringlichkeitsantrag",
            "änderungsantrag",
        ],
    ),
    (
        "anfrage",
        &[
            "anfrage",
            "große anfrage",
            "kleine anfrage",
            "anfrage der fraktion",
        ],
    ),
    (
        "antwort",
        &[
            "antwort",
            "beantwortung",
            "beantwortung einer anfrage",
            "antwortschreiben",
        ],
    ),
    ("stellungnahme", &["stellungnahme", "empfehlung"]),
    (
        "niederschrift",
        &[
            "niederschrift",
            "protokoll",
            "sitzungsprotokoll",
            "ergebnisprotokoll",
        ],
    ),
    ("einladung", &["einladung", "tagesordnung"]),
    ("gesetzentwurf", &["gesetzentwurf"]),
    ("schreiben", &["schreiben", "brief"]),
];

/// A JSON value as Python's `str()` shows it (strings as they are), `None` for null or absent.
fn text_of(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(true) => Some("True".into()),
        Value::Bool(false) => Some("False".into()),
        Value::Number(n) => Some(match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e16 => format!("{f:.1}"),
            _ => n.to_string(),
        }),
        other => Some(other.to_string()),
    }
}

/// White space as Python's `str.isspace` sees it.
fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// NFC, full Unicode case folding (`ß` → `ss`, `ﬁ` → `fi`), white space runs to one space,
/// trimmed; `None` for null.
pub fn fold(v: Option<&Value>) -> Option<String> {
    let nfc: String = text_of(v)?.nfc().collect();
    let folded = caseless::default_case_fold_str(&nfc);
    Some(
        folded
            .split(is_space)
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// The word tokens (`\w+`: letters, digits, underscore) of the folded value.
pub fn tokens(v: Option<&Value>) -> Vec<String> {
    fold(v)
        .unwrap_or_default()
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .map(String::from)
        .collect()
}

/// Token F1 of two values (1 when both have no tokens, 0 when only one has).
pub fn token_f1(a: Option<&Value>, b: Option<&Value>) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() && tb.is_empty() {
        return 1.0;
    }
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut pool = tb.clone();
    let mut common = 0usize;
    for t in &ta {
        if let Some(i) = pool.iter().position(|p| p == t) {
            pool.remove(i);
            common += 1;
        }
    }
    overlap_f1(common, ta.len(), tb.len())
}

/// F1 of an overlap of `common` items between `a` and `b` items (0 when nothing is shared).
fn overlap_f1(common: usize, a: usize, b: usize) -> f64 {
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / a as f64, common as f64 / b as f64);
    2.0 * p * r / (p + r)
}

/// Folded synonym → canonical type.
static SYNONYMS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    DOC_TYPES
        .iter()
        .flat_map(|(canon, syns)| syns.iter().map(move |s| (*s, *canon)))
        .collect()
});

/// The canonical document type of a value (folded; synonyms mapped).
pub fn doc_type(v: Option<&Value>) -> Option<String> {
    let f = fold(v)?;
    Some(
        SYNONYMS
            .iter()
            .find(|(s, _)| *s == f)
            .map_or(f, |(_, canon)| (*canon).to_string()),
    )
}

/// A Drucksachen-Nr. folded, without spaces around `/` and `-`.
pub fn drucksache(v: Option<&Value>) -> Option<String> {
    static AROUND: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\s*([/-])\s*").expect("a valid pattern"));
    Some(AROUND.replace_all(&fold(v)?, "$1").into_owned())
}

/// Python's `==` on two JSON values (absent = `null`; `1 == 1.0 == true`).
pub fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    let norm = |v: Option<&Value>| v.filter(|v| !v.is_null()).cloned();
    let number = |v: &Option<Value>| match v {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::Bool(b)) => Some(if *b { 1.0 } else { 0.0 }),
        _ => None,
    };
    let (a, b) = (norm(a), norm(b));
    match (number(&a), number(&b)) {
        (Some(x), Some(y)) => x == y,
        _ => a == b,
    }
}

/// Python truthiness: null, `false`, `0`, `""`, `[]` and `{}` are false.
pub fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|f| f != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// A name field (department, originator): right when the truth is null and the prediction
/// empty, or when both are given and their token F1 is at least `min`.
pub fn name_matches(pred: Option<&Value>, truth: Option<&Value>, min: f64) -> bool {
    match truth.filter(|t| !t.is_null()) {
        None => !truthy(pred),
        Some(t) => token_f1(pred, Some(t)) >= min,
    }
}

/// One Beratungsfolge entry as compared: committee tokens, date as given, role folded.
pub type Triple = (String, Option<String>, Option<String>);

/// The set of (committee, date, role) triples of a `consultations` value.
pub fn consultation_set(v: Option<&Value>) -> HashSet<Triple> {
    let Some(Value::Array(items)) = v else {
        return HashSet::new();
    };
    items
        .iter()
        .filter_map(Value::as_object)
        .map(|c| {
            let date = match c.get("date") {
                None | Some(Value::Null) => None,
                Some(Value::String(s)) => Some(s.clone()),
                Some(other) => Some(other.to_string()),
            };
            (
                tokens(c.get("committee")).join(" "),
                date,
                fold(c.get("role")),
            )
        })
        .collect()
}

/// F1 of two sets (1 when both are empty).
pub fn set_f1<T: Eq + std::hash::Hash>(pred: &HashSet<T>, truth: &HashSet<T>) -> f64 {
    if pred.is_empty() && truth.is_empty() {
        return 1.0;
    }
    overlap_f1(pred.intersection(truth).count(), pred.len(), truth.len())
}

/// The theme ids of a `themes` value, in order.
pub fn theme_list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|t| t.as_str().map(String::from))
            .collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn s(x: &str) -> Value {
        json!(x)
    }

    #[test]
    fn folding_is_full_case_folding_with_white_space_collapsed() {
        assert_eq!(
            fold(Some(&s("  Straße\u{a0} ﬁnal\tTEIL "))).as_deref(),
            Some("strasse final teil")
        );
        assert_eq!(fold(Some(&Value::Null)), None);
        assert_eq!(fold(None), None);
        assert_eq!(fold(Some(&json!(true))).as_deref(), Some("true"));
    }

    #[test]
    fn tokens_and_token_f1() {
        assert_eq!(
            tokens(Some(&s("Amt 61 – Stadt_planung"))),
            ["amt", "61", "stadt_planung"]
        );
        assert_eq!(token_f1(None, Some(&s(""))), 1.0);
        assert_eq!(token_f1(Some(&s("a")), None), 0.0);
        let f = token_f1(Some(&s("a b c")), Some(&s("a b c d")));
        assert!((f - 6.0 / 7.0).abs() < 1e-12);
        // multiset: one shared `a`
        let f = token_f1(Some(&s("a a")), Some(&s("a b")));
        assert!((f - 0.5).abs() < 1e-12);
    }

    #[test]
    fn doc_types_and_numbers() {
        assert_eq!(
            doc_type(Some(&s("Tischvorlage"))).as_deref(),
            Some("ergänzungsvorlage")
        );
        assert_eq!(
            doc_type(Some(&s("Beantwortung"))).as_deref(),
            Some("antwort")
        );
        assert_eq!(doc_type(Some(&s("Brief"))).as_deref(), Some("schreiben"));
        assert_eq!(
            doc_type(Some(&s("Vorlage X"))).as_deref(),
            Some("vorlage x")
        );
        assert_eq!(
            drucksache(Some(&s("20-26 / V  02232"))),
            drucksache(Some(&s("20-26/V 02232")))
        );
        assert_eq!(
            drucksache(Some(&s("VO / 1254 - 21"))).as_deref(),
            Some("vo/1254-21")
        );
        assert_ne!(
            drucksache(Some(&s("DS 17/1234"))),
            drucksache(Some(&s("DS17/1234")))
        );
    }

    #[test]
    fn python_equality_and_truthiness() {
        assert!(same(None, Some(&Value::Null)));
        assert!(same(Some(&json!(3)), Some(&json!(3.0))));
        assert!(!same(Some(&json!("3")), Some(&json!(3))));
        assert!(!truthy(Some(&s(""))));
        assert!(name_matches(Some(&s("")), None, 0.8));
        assert!(!name_matches(Some(&s("Amt 1")), None, 0.8));
        assert!(!name_matches(None, Some(&s("Amt 1")), 0.8));
    }

    #[test]
    fn consultation_triples() {
        let a = json!([{"committee": "Rat der  Stadt", "date": "2024-01-02", "role": "Entscheidung"}, "x"]);
        let b =
            json!([{"committee": "rat der stadt", "date": "2024-01-02", "role": "ENTSCHEIDUNG"}]);
        assert_eq!(
            set_f1(&consultation_set(Some(&a)), &consultation_set(Some(&b))),
            1.0
        );
        assert_eq!(
            set_f1(
                &consultation_set(None),
                &consultation_set(Some(&json!("x")))
            ),
            1.0
        );
        assert_eq!(
            set_f1(&consultation_set(None), &consultation_set(Some(&b))),
            0.0
        );
    }
}
