//! Term patterns that survive German text: compounds (`Breitbandausbau`), inflections
//! (`Glasfasernetzes`), hyphenated words (`Smart-City-Strategie`) and multi-word phrases.
//!
//! Pattern syntax (as written in the taxonomy file):
//! - `schule` — the word itself or an inflected form (`Schulen`, `Schule`, `Schulen`);
//! - `schul*` — a word that starts with the stem (`Schulentwicklungsplan`);
//! - `*schule` — a word that ends with the stem, plus inflection (`Grundschulen`);
//! - `*glasfaser*` — the stem anywhere inside a word (`Glasfasernetzes`);
//! - `smart city` — a phrase: words in a row, each word with the rules above;
//! - `/regex/` — a regular expression over the normalised text (lower case, single spaces).

use std::sync::OnceLock;

/// Inflection endings accepted after a word without a trailing `*`.
pub(crate) const ENDINGS: [&str; 10] = ["", "e", "n", "s", "en", "er", "es", "em", "ern", "ns"];

/// Why a pattern could not be compiled.
#[derive(Debug, thiserror::Error)]
#[error("bad term pattern {pattern:?}: {reason}")]
pub struct PatternError {
    /// The pattern as written.
    pub pattern: String,
    /// What is wrong with it.
    pub reason: String,
}

/// A compiled term pattern.
#[derive(Debug, Clone)]
pub enum Pattern {
    /// A single-word pattern, matched against each distinct word.
    Word(WordPattern),
    /// A phrase or regular expression, matched against the normalised text.
    Text(TextPattern),
}

/// A phrase or regular expression over normalised text. A phrase's regex is compiled on first
/// use, and only for a text that contains every one of its stems: most texts name few of a
/// taxonomy's phrases, and compiling all of them cost a process more than reading a paper.
#[derive(Debug, Clone)]
pub struct TextPattern {
    /// The regular expression.
    source: String,
    /// Literal pieces every match contains (a phrase's stems).
    needles: Vec<String>,
    /// The compiled regex (None if it could not be compiled: it then matches nothing).
    regex: OnceLock<Option<TextRegex>>,
}

/// A compiled text pattern: the engines that need no reverse automaton (the lazy DFA's cost
/// twice as much to build, and a text's sentences are short), same matches as [`regex::Regex`].
/// The subject rules' line patterns are built the same way.
pub(crate) type TextRegex = regex_automata::meta::Regex;

/// Compile a text pattern.
pub(crate) fn text_regex(source: &str) -> Result<TextRegex, String> {
    let config = regex_automata::meta::Config::new()
        .hybrid(false)
        .onepass(false);
    regex_automata::meta::Regex::builder()
        .configure(config)
        .build(source)
        .map_err(|e| e.to_string())
}

/// A match of a text pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<'a>(&'a str);

impl<'a> Found<'a> {
    /// The matched text.
    pub fn as_str(&self) -> &'a str {
        self.0
    }
}

impl TextPattern {
    /// A phrase: its regex and the stems every match contains (compiled when first needed).
    fn phrase(source: String, needles: Vec<String>) -> TextPattern {
        TextPattern {
            source,
            needles,
            regex: OnceLock::new(),
        }
    }

    /// A regular expression as written, compiled now so that a bad one is reported.
    fn compiled(source: String) -> Result<TextPattern, String> {
        let re = text_regex(&source)?;
        Ok(TextPattern {
            source,
            needles: Vec::new(),
            regex: OnceLock::from(Some(re)),
        })
    }

    /// The regex, when `text` may hold a match.
    fn regex_for(&self, text: &str) -> Option<&TextRegex> {
        if !self.needles.iter().all(|n| text.contains(n.as_str())) {
            return None;
        }
        self.regex
            .get_or_init(|| text_regex(&self.source).ok())
            .as_ref()
    }

    /// The matches in `text` (normalised), left to right.
    pub fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Found<'a>> + 'a {
        self.regex_for(text).into_iter().flat_map(move |re| {
            re.find_iter(text)
                .filter_map(move |m| text.get(m.range()).map(Found))
        })
    }

    /// True when `text` (normalised) has a match.
    pub fn is_match(&self, text: &str) -> bool {
        self.regex_for(text).is_some_and(|re| re.is_match(text))
    }
}

/// A single-word pattern: a stem with optional wildcards on either side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordPattern {
    /// The stem, normalised.
    pub stem: String,
    /// `*` before the stem: anything may precede it inside the word.
    pub any_prefix: bool,
    /// `*` after the stem: anything may follow it inside the word.
    pub any_suffix: bool,
}

impl WordPattern {
    /// True when `word` (normalised) matches.
    pub fn matches(&self, word: &str) -> bool {
        match (self.any_prefix, self.any_suffix) {
            (true, true) => word.contains(&self.stem),
            (false, true) => word.starts_with(&self.stem),
            (true, false) => ENDINGS.iter().any(|e| {
                word.strip_suffix(e)
                    .is_some_and(|w| w.ends_with(&self.stem))
            }),
            (false, false) => ENDINGS
                .iter()
                .any(|e| word.strip_suffix(e).is_some_and(|w| w == self.stem)),
        }
    }
}

impl WordPattern {
    /// Where in a matching `word` (in bytes) the stem starts: 0 unless the pattern takes any
    /// prefix.
    pub fn start(&self, word: &str) -> usize {
        if !self.any_prefix {
            return 0;
        }
        if self.any_suffix {
            return word.find(&self.stem).unwrap_or(0);
        }
        // `*stem` plus an inflection ending: the stem ends where the ending starts.
        ENDINGS
            .iter()
            .filter_map(|e| word.strip_suffix(e))
            .filter(|w| w.ends_with(&self.stem))
            .map(|w| w.len() - self.stem.len())
            .max()
            .unwrap_or(0)
    }

    /// How far into a matching `word` (in bytes) the stem reaches: to the end of the word when
    /// the pattern takes only inflection endings after the stem, else to the stem's end.
    pub fn reach(&self, word: &str) -> usize {
        if !self.any_suffix {
            return word.len();
        }
        match (self.any_prefix, word.find(&self.stem)) {
            (true, Some(i)) => i + self.stem.len(),
            _ => self.stem.len().min(word.len()),
        }
    }
}

/// Whether a word pattern of `patterns` takes `word`.
pub(crate) fn is_word_excluded(patterns: &[Pattern], word: &str) -> bool {
    patterns
        .iter()
        .any(|p| matches!(p, Pattern::Word(w) if w.matches(word)))
}

impl Pattern {
    /// Compile a pattern written in the taxonomy syntax.
    pub fn parse(raw: &str) -> Result<Pattern, PatternError> {
        let err = |reason: &str| PatternError {
            pattern: raw.to_string(),
            reason: reason.to_string(),
        };
        let trimmed = raw.trim();
        if trimmed.len() >= 2 && trimmed.starts_with('/') && trimmed.ends_with('/') {
            let body = trimmed.trim_matches('/');
            let re = TextPattern::compiled(format!("(?i){body}")).map_err(|e| err(&e))?;
            return Ok(Pattern::Text(re));
        }
        let norm = normalize(trimmed);
        let words: Vec<&str> = norm.split(' ').filter(|w| !w.is_empty()).collect();
        let stripped: Vec<&str> = words.iter().map(|w| w.trim_matches('*')).collect();
        if stripped.iter().all(|w| w.is_empty()) {
            return Err(err("empty pattern"));
        }
        if words.len() == 1 {
            let w = words.first().copied().unwrap_or_default();
            return Ok(Pattern::Word(WordPattern {
                stem: w.trim_matches('*').to_string(),
                any_prefix: w.starts_with('*'),
                any_suffix: w.ends_with('*') && w.len() > 1,
            }));
        }
        let parts: Vec<String> = words.iter().map(|w| word_regex(w)).collect();
        let needles = stripped
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| w.to_string())
            .collect();
        // Escaped stems and fixed pieces: the regex always compiles.
        let source = format!(r"\b{}\b", parts.join(" "));
        Ok(Pattern::Text(TextPattern::phrase(source, needles)))
    }

    /// True for single-word patterns.
    pub fn is_word(&self) -> bool {
        matches!(self, Pattern::Word(_))
    }
}

/// The regex for one word of a phrase. Normalised text holds only letters, digits, `*` and single
/// spaces, so "the rest of the word" is `[^ *]*` — what `\w*` matches there (numeric signs such as
/// `²` aside), without compiling Unicode's word class for every phrase a text hits.
fn word_regex(w: &str) -> String {
    let stem = regex::escape(w.trim_matches('*'));
    let pre = if w.starts_with('*') { r"[^ *]*" } else { "" };
    let post = if w.ends_with('*') && w.len() > 1 {
        r"[^ *]*"
    } else {
        "(?:e|n|s|en|er|es|em|ern|ns)?"
    };
    format!("{pre}{stem}{post}")
}

/// Normalise text for matching: lower case, punctuation runs one space (see [`crate::fold`]).
pub use crate::fold::term_text as normalize;

/// The words of normalised text.
pub fn words(normalized: &str) -> impl Iterator<Item = &str> {
    normalized.split(' ').filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stem_starts_and_ends_where_it_is_found_in_a_compound() {
        let span = |p: &str, w: &str| match Pattern::parse(p) {
            Ok(Pattern::Word(wp)) => (wp.start(w), wp.reach(w)),
            other => panic!("{p} is not a word pattern: {other:?}"),
        };
        assert_eq!(span("schul*", "schulsozialarbeit"), (0, 5));
        assert_eq!(span("*sozial*", "schulsozialarbeit"), (5, 11));
        assert_eq!(span("*gebühr", "abfallgebühren"), (6, 15)); // bytes: `ü` is two
        assert_eq!(span("schule", "schulen"), (0, 7));
    }

    fn word_hit(p: &str, w: &str) -> bool {
        match Pattern::parse(p) {
            Ok(Pattern::Word(wp)) => wp.matches(&normalize(w)),
            other => panic!("{p} is not a word pattern: {other:?}"),
        }
    }

    #[test]
    fn compounds_and_inflections() {
        assert!(word_hit("*glasfaser*", "Glasfasernetzes"));
        assert!(word_hit("breitband*", "Breitbandausbau"));
        assert!(word_hit("*digitalisierung", "Schuldigitalisierung"));
        assert!(word_hit("schule", "Schulen"));
        assert!(word_hit("*schule", "Grundschulen"));
        assert!(!word_hit("schule", "Schulter"));
        assert!(!word_hit("rad", "Radio"));
        assert!(!word_hit("*rad", "Fahrräder"));
        assert!(word_hit("*rad", "Lastenrads"));
    }

    #[test]
    fn a_compound_belongs_to_its_last_part() {
        let reach = |p: &str, w: &str| match Pattern::parse(p) {
            Ok(Pattern::Word(wp)) => wp.reach(w),
            other => panic!("{other:?}"),
        };
        let w = "abfallgebühren";
        assert!(reach("*gebühr*", w) > reach("*abfall*", w));
        assert_eq!(
            reach("*stellplatzsatzung", "stellplatzsatzung"),
            "stellplatzsatzung".len()
        );
        assert_eq!(
            reach("*stellplatz*", "stellplatzsatzung"),
            "stellplatz".len()
        );
    }

    #[test]
    fn phrases_span_hyphens() {
        let p = Pattern::parse("smart city").expect("valid");
        let Pattern::Text(re) = p else {
            panic!("phrase must be a text pattern")
        };
        assert!(re.is_match(&normalize("die Smart-City-Strategie")));
        assert!(!re.is_match(&normalize("smart und city")));
    }

    #[test]
    fn a_phrase_is_compiled_only_for_a_text_with_its_stems() {
        let Ok(Pattern::Text(p)) = Pattern::parse("*rad* weg") else {
            panic!("phrase must be a text pattern")
        };
        assert!(!p.is_match(&normalize("Ein Weg ohne Räder")));
        assert!(p.regex.get().is_none(), "no stem `rad`: not compiled");
        assert!(p.is_match(&normalize("der Fahrrad-Weg")));
        let text = normalize("Radwege, Lastenrad Wegen und der Rad weg");
        let found: Vec<&str> = p.find_iter(&text).map(|m| m.as_str()).collect();
        assert_eq!(found, ["lastenrad wegen", "rad weg"]);
    }

    #[test]
    fn every_phrase_of_the_built_in_taxonomy_compiles() {
        let tax = crate::classify::Taxonomy::embedded();
        let mut phrases = 0;
        for rule in &tax.rules {
            for t in rule
                .terms
                .iter()
                .chain(&rule.title_terms)
                .chain(&rule.hints)
            {
                if let Pattern::Text(p) = &t.pattern
                    && !p.needles.is_empty()
                {
                    // the same matches as the regex crate's default engines
                    let re = regex::Regex::new(&p.source).expect("compiles");
                    let text = normalize(&format!(
                        "Zum Thema {0}, {0}s und der {0}en: Bürger*innen {0} m² {0}",
                        t.source.replace('*', "")
                    ));
                    let want: Vec<&str> = re.find_iter(&text).map(|m| m.as_str()).collect();
                    let got: Vec<&str> = p.find_iter(&text).map(|m| m.as_str()).collect();
                    assert_eq!(got, want, "{}", t.source);
                    assert!(!want.is_empty(), "{}", t.source);
                    phrases += 1;
                }
            }
        }
        assert!(phrases > 10);
    }

    #[test]
    fn regex_and_errors() {
        assert!(matches!(Pattern::parse("/5g|lte/"), Ok(Pattern::Text(_))));
        assert!(Pattern::parse("/(/").is_err());
        assert!(Pattern::parse("**").is_err());
    }
}
