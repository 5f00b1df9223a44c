//! The taxonomy file (TOML): themes with weighted terms, title terms, committee/department hints,
//! exclusions and precedence; scoring settings; boilerplate sections that earn no credit.

use super::gate::GateDef;
use super::matcher::WordMatcher;
use super::memo::WordMemo;
use super::sections::{CompiledSection, SectionRule};
use super::subject::{SubjectDef, SubjectRules};
use super::terms::{Pattern, PatternError, WordPattern};
use crate::vocab::Vocabulary;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Why a taxonomy could not be used.
#[derive(Debug, thiserror::Error)]
pub enum TaxonomyError {
    /// The TOML does not parse or does not have the expected shape.
    #[error("taxonomy: {0}")]
    Toml(String),
    /// A term, hint or exclusion pattern is invalid.
    #[error("taxonomy: theme {theme}: {source}")]
    Pattern {
        /// The theme (or `sections`/`settings`).
        theme: String,
        /// The pattern error.
        source: PatternError,
    },
    /// The file is consistent TOML but its content is not usable.
    #[error("taxonomy: {0}")]
    Invalid(String),
}

/// Scoring settings.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Minimum score for a theme to be assigned.
    pub threshold: f64,
    /// A theme must reach this fraction of the best theme's score.
    pub relative: f64,
    /// From the third theme on, a theme must reach this fraction of the theme before it.
    pub follow: f64,
    /// At most this many themes.
    pub max_themes: usize,
    /// Multiplier for term hits in the title (Betreff).
    pub title_factor: f64,
    /// Multiplier for committee/department hints.
    pub hint_factor: f64,
    /// Body scores of documents longer than this many words are divided by sqrt(words / this).
    pub length_words: f64,
    /// Words that never count for any theme (committee names and the like).
    pub ignore: Vec<String>,
    /// Term hits outside the subject count with this factor (passing mentions) unless the theme
    /// is named in at least `spread` sentences there.
    pub passing: f64,
    /// Sentences outside the subject with a term from which a theme is no passing mention.
    pub spread: usize,
    /// Passing mentions (`passing`, `spread`) and the subject-evidence cut (`subject_min`) apply
    /// to papers of at least this many scored words: a short paper states its subject
    /// throughout.
    pub passing_words: usize,
    /// Extra title points for the title's head (its first word with a term of at least
    /// `head_min` weight; in a compound the theme of the last part): weight × title_factor × this.
    pub title_head: f64,
    /// Minimum term weight for the title's head.
    pub head_min: f64,
    /// How far subject-zone points are divided by the document's length (0: not, 1: like the
    /// rest of the text).
    pub subject_length: f64,
    /// A theme's further title terms (after its best one) count with this factor.
    pub title_further: f64,
    /// A theme after the first needs a term of at least this weight (or a hint).
    pub strong_min: f64,
    /// With `strong_min`: a template block of the paper's own that names the theme (its hits in
    /// a `[[sections]]` block of positive weight, a Finanzielle Auswirkungen section) counts
    /// like a hint — the paper states that field where its template asks for it.
    pub strong_min_blocks: bool,
    /// Theme ids `strong_min` does not apply to: themes whose generic words the labelled sets
    /// file inconsistently as a further subject (`Vergabe`, `Kosten`; `digital`).
    pub strong_min_exempt: Vec<String>,
    /// A theme after the first needs at least this much subject evidence (title, subject text
    /// and hints); 0 turns the check off.
    pub subject_min: f64,
    /// In a paper of fewer than `passing_words` words in all (template blocks included), a theme after the first that is named neither in
    /// the title nor by a hint needs this fraction of the best theme's score (0: off): a short
    /// paper names its secondary subjects in the title or says them more than in passing.
    pub short_relative: f64,
    /// In any paper, a theme after the first that the title does not name (title points below
    /// `title_factor`, one weak term) needs this fraction of the best theme's score (0: off).
    pub untitled_relative: f64,
    /// A theme after the first that earns at least `running_share` of its score in the running
    /// text outside the subject zones (not in the title, the subject text, a hint or a template
    /// block) is a passing mention unless it reaches this fraction of the best theme's score
    /// (0: off).
    pub running_relative: f64,
    /// The share of a theme's score from the running text that makes `running_relative` apply.
    pub running_share: f64,
    /// The theme of the title's head (see `title_head`) goes first when it was assigned and
    /// scores at least this fraction of the best theme, unless it yields to that theme (0: off).
    pub head_first: f64,
    /// Words that open a place in a title (`in der`, `am`, `vor allen`): the words after them
    /// (up to `place_words`) say where a measure happens, not what it is about — their title
    /// points count `title_place`, and none of them is the title's head.
    pub places: Vec<String>,
    /// How many words after a place opener belong to the place (an adjective and a noun).
    pub place_words: usize,
    /// The factor for title points of a term found only in a place (1: off).
    pub title_place: f64,
    /// The factor for title points of a theme whose terms name only the first part of a
    /// compound another theme's term reaches further into (`Schulsozialarbeit` is social work,
    /// `Abfallgebühren` are fees): the head of a German compound is its last part (1: off).
    pub title_modifier: f64,
    /// A title's head that yields to the first theme goes first when it scores at least this
    /// × the first (0: never).
    pub head_yielding: f64,
    /// A further theme whose points come only from the title and the subject zones (no running
    /// text, no template block, no hint) and no unambiguous term needs this share of the best
    /// score in a paper that is no agenda (0: off).
    pub bare_relative: f64,
    /// The least weight of the head's term for `head_yielding`.
    pub head_yielding_min: f64,
    /// In a paper of at least `passing_words` and fewer than `third_words` scored words that is
    /// no agenda, a theme from the third on that the title does not name needs this fraction of
    /// the score of the theme before it (0: off).
    pub third_follow: f64,
    /// See `third_follow`.
    pub third_words: usize,
    /// The theme a grant's wording raises (`finanzen`; empty: off) and its terms that name a
    /// grant (`*zuschuss*`, `*zuwendung*`, `*förderprogramm*`, as written in its `terms`): a
    /// further `funding_theme` that stays below `funding_rest` without the points of these terms
    /// and has no hint is no theme of the paper — a grant is filed by what it funds. Amounts and
    /// a company's legal form (`euro`, `mio`, `gmbh`) are listed there too: a measure's price.
    pub funding_theme: String,
    /// See `funding_theme`.
    pub funding_terms: Vec<String>,
    /// The points a further `funding_theme` needs without its grant terms.
    pub funding_rest: f64,
    /// The scored words a paper needs for the `funding_theme` cut (a paper of two sentences
    /// that names a grant decides little else).
    pub funding_words: usize,
    /// A theme's Klimacheck points (`klimacheck = { positive = N }`) count only when the
    /// paper's words (title and text, not a hint) give it at least this many points (0: always).
    pub klimacheck_evidence: f64,
    /// A theme from the third on needs points from the paper's words (title or text): one
    /// that rests only on hints (committee, department, Klimacheck) is not assigned.
    pub third_needs_words: bool,
    /// A theme's Klimacheck points count only when the Klimacheck has substance: at least this
    /// many words of prose in the block named `klimacheck_block` (its reasons, not its options;
    /// see `klimacheck::explanation_words`), or — with `klimacheck_evidence` above 0 — that
    /// many points of the paper's own words (0: off, the Klimacheck's rating alone counts).
    pub klimacheck_substance: usize,
    /// The `[[sections]]` block whose words are the Klimacheck's (`Klimacheck`).
    pub klimacheck_block: String,
    /// Term patterns of a sentence of the Klimacheck's reasons that cites what another
    /// instrument fixes (`im Bebauungsplan festgesetzt`), not the effect of the measure decided:
    /// its words are no substance — unless the title names the instrument (the paper decides it).
    pub klimacheck_elsewhere: Vec<String>,
    /// A theme from the third on, in a paper that is no agenda, needs the paper's text to name
    /// it in at least this many sentences (0: off); a theme named in fewer is a passing mention
    /// (one clause about the building standard of a Kita whose carpentry contract is awarded),
    /// whatever else holds it up (its title word, a committee's name). Papers short as a whole
    /// (`passing_words`).
    pub third_sentences: usize,
    /// See `third_sentences`: the same for papers of `passing_words` and more (a longer paper
    /// that treats a third field says it more often).
    pub third_sentences_long: usize,
    /// A theme from the third on that the title does not name needs the text to name it in at
    /// least this many paragraphs (0: off): one paragraph restating what an earlier decision
    /// fixed is background, not a third subject. See `rules::third_spread`.
    pub third_paragraphs: usize,
    /// A theme from the third on whose strongest term weighs less than this (0: off) — only
    /// generic words (`Neubau`, `Planung`, `Kosten`) and hints hold it up — needs the text to
    /// name it in at least `third_weak_sentences` sentences. See `rules::third_spread`.
    pub third_weak_term: f64,
    /// See `third_weak_term`.
    pub third_weak_sentences: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            threshold: 4.0,
            relative: 0.3,
            follow: 0.0,
            max_themes: 3,
            title_factor: 3.0,
            hint_factor: 1.0,
            length_words: 400.0,
            ignore: Vec::new(),
            passing: 1.0,
            spread: 0,
            passing_words: 0,
            title_head: 0.0,
            head_min: 2.0,
            title_further: 1.0,
            subject_length: 0.0,
            strong_min: 0.0,
            strong_min_blocks: false,
            strong_min_exempt: Vec::new(),
            subject_min: 0.0,
            short_relative: 0.0,
            untitled_relative: 0.0,
            running_relative: 0.0,
            running_share: 0.5,
            head_first: 0.0,
            places: Vec::new(),
            place_words: 2,
            title_place: 1.0,
            title_modifier: 1.0,
            head_yielding: 0.0,
            bare_relative: 0.0,
            head_yielding_min: 0.0,
            third_follow: 0.0,
            third_words: 0,
            funding_theme: String::new(),
            funding_terms: Vec::new(),
            funding_rest: 0.0,
            funding_words: 0,
            klimacheck_evidence: 0.0,
            third_needs_words: false,
            klimacheck_substance: 0,
            klimacheck_block: String::new(),
            klimacheck_elsewhere: Vec::new(),
            third_sentences: 0,
            third_sentences_long: 0,
            third_paragraphs: 0,
            third_weak_term: 0.0,
            third_weak_sentences: 0,
        }
    }
}

/// "This theme yields to `theme` unless it scores at least `unless_ratio` times as much."
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Precedence {
    /// The theme that goes first when both are assigned.
    pub theme: String,
    /// Unless this theme's score is at least this multiple of the other's.
    #[serde(default = "default_ratio")]
    pub unless_ratio: f64,
}

impl Precedence {
    /// Whether a theme scoring `own` yields to the theme `other_score` belongs to.
    pub fn yields(&self, own: f64, other_score: f64) -> bool {
        own < self.unless_ratio * other_score
    }
}

fn default_ratio() -> f64 {
    1.5
}

/// One theme as written in the file.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeDef {
    /// Stable id (`digitalisierung`).
    pub id: String,
    /// Human label.
    pub label: String,
    /// What the theme covers.
    #[serde(default)]
    pub description: String,
    /// Weighted terms counted in the body and (times `title_factor`) in the title.
    #[serde(default)]
    pub terms: BTreeMap<String, f64>,
    /// Extra terms that count only in the title.
    #[serde(default)]
    pub title_terms: BTreeMap<String, f64>,
    /// Weighted patterns matched against committee names and the department.
    #[serde(default)]
    pub hints: BTreeMap<String, f64>,
    /// Points for a declared Klimacheck value (`positive`, `negative`, `neutral`).
    #[serde(default)]
    pub klimacheck: BTreeMap<String, f64>,
    /// Words that look like a term but must not count for this theme.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Precedence rules.
    #[serde(default)]
    pub yields_to: Vec<Precedence>,
    /// As a theme after the first, this theme needs subject evidence (`settings.subject_min`):
    /// for themes that passing mentions raise in any paper (a cost line, a committee).
    #[serde(default)]
    pub needs_subject: bool,
}

/// The file as written.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct TaxonomyFile {
    #[serde(default)]
    settings: Settings,
    #[serde(default)]
    sections: Vec<SectionRule>,
    #[serde(default)]
    subject: SubjectDef,
    #[serde(default)]
    theme: Vec<ThemeDef>,
    #[serde(default)]
    gate: Option<GateDef>,
}

impl TaxonomyFile {
    /// Parse a taxonomy's TOML; the built-in one from its JSON form (same content, built by
    /// `build.rs`).
    fn parse(text: &str) -> Result<TaxonomyFile, TaxonomyError> {
        if text == super::DEFAULT_THEMES {
            serde_json::from_str(super::DEFAULT_THEMES_JSON)
                .map_err(|e| TaxonomyError::Toml(e.to_string()))
        } else {
            toml::from_str(text).map_err(|e| TaxonomyError::Toml(e.to_string()))
        }
    }
}

/// A theme's id, label and description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThemeInfo {
    /// Stable id (`digitalisierung`).
    pub id: String,
    /// Human label.
    pub label: String,
    /// What the theme covers.
    pub description: String,
}

/// A compiled weighted pattern with its source text.
#[derive(Debug, Clone)]
pub struct Term {
    /// The pattern as written.
    pub source: String,
    /// The compiled pattern.
    pub pattern: Pattern,
    /// Its weight.
    pub weight: f64,
}

/// A compiled theme.
#[derive(Debug, Clone)]
pub struct CompiledTheme {
    /// Terms for body and title.
    pub terms: Vec<Term>,
    /// Title-only terms.
    pub title_terms: Vec<Term>,
    /// Committee/department hints.
    pub hints: Vec<Term>,
    /// Points per declared Klimacheck value.
    pub klimacheck: BTreeMap<String, f64>,
    /// Exclusions.
    pub exclude: Vec<Pattern>,
    /// Precedence rules.
    pub yields_to: Vec<Precedence>,
    /// As a secondary theme it needs subject evidence.
    pub needs_subject: bool,
}

/// A theme taxonomy with its rules.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    /// Theme ids and labels in file order.
    pub themes: Vec<ThemeInfo>,
    /// Compiled rules, parallel to `themes`.
    pub rules: Vec<CompiledTheme>,
    /// Scoring settings.
    pub settings: Settings,
    /// Boilerplate sections.
    pub sections: Vec<CompiledSection>,
    /// Words that never count.
    pub ignore: Vec<Pattern>,
    /// Where papers state their subject.
    pub subject: SubjectRules,
    /// The learned secondary-theme gate (`[gate]`), if the file has one.
    pub gate: Option<GateDef>,
    /// The word patterns of `klimacheck_elsewhere`, compiled once (see [`word_patterns`]).
    pub(crate) klimacheck_elsewhere: Vec<WordPattern>,
    /// The word patterns of `ignore` and the rules, compiled into one automaton.
    pub(crate) matcher: WordMatcher,
    /// Which terms each word matches, remembered.
    pub(crate) words: WordMemo,
}

/// The single-word patterns of `sources`; a source that is no word pattern is left out.
pub(crate) fn word_patterns(sources: &[String]) -> Vec<WordPattern> {
    sources
        .iter()
        .filter_map(|raw| match Pattern::parse(raw) {
            Ok(Pattern::Word(w)) => Some(w),
            _ => None,
        })
        .collect()
}

fn compile_terms(theme: &str, map: &BTreeMap<String, f64>) -> Result<Vec<Term>, TaxonomyError> {
    map.iter()
        .map(|(source, weight)| {
            Ok(Term {
                source: source.clone(),
                pattern: compile(theme, source)?,
                weight: *weight,
            })
        })
        .collect()
}

fn compile(theme: &str, source: &str) -> Result<Pattern, TaxonomyError> {
    Pattern::parse(source).map_err(|source| TaxonomyError::Pattern {
        theme: theme.to_string(),
        source,
    })
}

impl Taxonomy {
    /// Parse and compile a taxonomy from TOML text; its sections read the embedded vocabulary.
    pub fn from_toml(text: &str) -> Result<Taxonomy, TaxonomyError> {
        Taxonomy::from_toml_with(text, &Vocabulary::embedded())
    }

    /// Parse and compile a taxonomy from TOML text; its sections read the label sets of `vocab`.
    pub fn from_toml_with(text: &str, vocab: &Vocabulary) -> Result<Taxonomy, TaxonomyError> {
        let file = TaxonomyFile::parse(text)?;
        if file.theme.is_empty() {
            return Err(TaxonomyError::Invalid("no [[theme]] defined".into()));
        }
        if file.settings.max_themes == 0 {
            return Err(TaxonomyError::Invalid(
                "settings.max_themes must be ≥ 1".into(),
            ));
        }
        let mut themes = Vec::new();
        let mut rules = Vec::new();
        for def in &file.theme {
            if themes.iter().any(|t: &ThemeInfo| t.id == def.id) {
                return Err(TaxonomyError::Invalid(format!(
                    "duplicate theme id {}",
                    def.id
                )));
            }
            themes.push(ThemeInfo {
                id: def.id.clone(),
                label: def.label.clone(),
                description: def.description.clone(),
            });
            rules.push(CompiledTheme {
                terms: compile_terms(&def.id, &def.terms)?,
                title_terms: compile_terms(&def.id, &def.title_terms)?,
                hints: compile_terms(&def.id, &def.hints)?,
                exclude: def
                    .exclude
                    .iter()
                    .map(|p| compile(&def.id, p))
                    .collect::<Result<_, _>>()?,
                yields_to: def.yields_to.clone(),
                klimacheck: def.klimacheck.clone(),
                needs_subject: def.needs_subject,
            });
        }
        for def in &file.theme {
            for y in &def.yields_to {
                if !themes.iter().any(|t| t.id == y.theme) {
                    return Err(TaxonomyError::Invalid(format!(
                        "theme {} yields to unknown theme {}",
                        def.id, y.theme
                    )));
                }
            }
        }
        let sections = file
            .sections
            .iter()
            .map(|s| CompiledSection::compile(s, vocab).map_err(TaxonomyError::Invalid))
            .collect::<Result<_, TaxonomyError>>()?;
        let ignore: Vec<Pattern> = file
            .settings
            .ignore
            .iter()
            .map(|p| compile("settings", p))
            .collect::<Result<_, _>>()?;
        let subject = SubjectRules::compile(&file.subject).map_err(TaxonomyError::Invalid)?;
        // The built-in lists are compiled by a unit test; a user's are compiled now, so that an
        // error is reported when the rules are read.
        if text != super::DEFAULT_THEMES {
            subject.compile_all().map_err(TaxonomyError::Invalid)?;
        }
        if let Some(g) = &file.gate {
            g.check().map_err(TaxonomyError::Invalid)?;
        }
        let matcher = WordMatcher::new(&ignore, &rules);
        let klimacheck_elsewhere = word_patterns(&file.settings.klimacheck_elsewhere);
        Ok(Taxonomy {
            matcher,
            klimacheck_elsewhere,
            themes,
            rules,
            settings: file.settings,
            sections,
            ignore,
            subject,
            gate: file.gate,
            words: WordMemo::default(),
        })
    }

    /// The position of a theme id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.themes.iter().position(|t| t.id == id)
    }

    /// The compiled rule of a theme id.
    pub(crate) fn rule_of(&self, id: &str) -> Option<&CompiledTheme> {
        self.index_of(id).and_then(|i| self.rules.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_json_is_the_toml() {
        let toml: TaxonomyFile = toml::from_str(super::super::DEFAULT_THEMES).expect("valid toml");
        let json = TaxonomyFile::parse(super::super::DEFAULT_THEMES).expect("valid json");
        assert_eq!(format!("{json:?}"), format!("{toml:?}"));
        assert!(format!("{json:?}").contains("digitalisierung"));
        // the built-in subject lists are compiled only when first used: all of them compile
        let subject = SubjectRules::compile(&json.subject).expect("valid");
        assert_eq!(subject.compile_all(), Ok(()));
    }

    #[test]
    fn parses_a_minimal_file() {
        let t = Taxonomy::from_toml(
            r#"
[[theme]]
id = "a"
label = "A"
terms = { "schul*" = 2.0 }
[[theme]]
id = "b"
label = "B"
yields_to = [{ theme = "a" }]
"#,
        )
        .expect("valid");
        assert_eq!(t.themes.len(), 2);
        assert_eq!(t.rules[0].terms[0].weight, 2.0);
        assert_eq!(t.rules[1].yields_to[0].unless_ratio, 1.5);
    }

    #[test]
    fn rejects_unknown_precedence_and_duplicates() {
        let bad = "[[theme]]\nid='a'\nlabel='A'\nyields_to=[{theme='x'}]\n";
        assert!(Taxonomy::from_toml(bad).is_err());
        let dup = "[[theme]]\nid='a'\nlabel='A'\n[[theme]]\nid='a'\nlabel='B'\n";
        assert!(Taxonomy::from_toml(dup).is_err());
        assert!(Taxonomy::from_toml("[[theme]]\nid='a'\nlabel='A'\nterms={'/(/'=1}\n").is_err());
    }
}
