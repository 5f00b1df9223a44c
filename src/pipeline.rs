//! One document through every stage — PDF bytes → text layer (OCR where it has none) →
//! metadata → themes → record — and the configuration of those stages: [`PipelineBuilder`]
//! reads the rule texts (taxonomy, vocabulary extension, model), compiles them once,
//! fingerprints them (with the OCR settings) and sets the time budget.

use crate::classify::{self, Explanation, Model, ModelError, Taxonomy, TaxonomyError};
use crate::deadline::Stage;
use crate::extract;
use crate::pdf::ocr::{OcrReport, OcrSettings};
use crate::pdf::{self, Limits, PdfError, TextLayer};
use crate::record::DocumentRecord;
use crate::vocab::{self, VocabError, Vocabulary};
use serde::{Deserialize, Serialize};
use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Bumped whenever a stage changes its output (30: labelling conventions of issue 13 — a
/// session's name with its printed inflection, a type line citing only a paper gives way to its
/// matter, a group with the council its sender line prints, a member by name only, a session
/// with a public part is public, contact blocks past a clerk's line; a paper's form fields earn
/// no theme (issue 17); top-level objects bounded by token count, shared content streams decoded
/// once, truncated files keep their pages; 29: metadata rules of issue 13, eighteenth pass —
/// Beratungsfolge key grids without the colon, role keys and roles on the next row, role
/// clauses in one sentence, a session's status printed with its role speaks for that session,
/// residents' and youth councils as senders, dotted letterhead units, number keys beside a type
/// key, motions opening with their procedure, compound minutes words, minutes dated by a
/// `Sitzung am` cell; theme rules of issue 17, thirteenth step — a further theme held up only by
/// generic words needs a hint or its own template block, agenda sub-items, an agenda's first
/// item keeps the first place unless the primary chooser is very sure; 28: metadata rules of
/// issue 13, seventeenth pass —
/// a role in brackets after a participation word, `zur Beratung` names no role, key grids of
/// committees without dates, a rejected department candidate gives way to the next strategy,
/// bold type headings over a bold subject end the title, `Vorlage für den Aufsichtsrat`,
/// `Anfrage - 0944/26` cells, a letter's serial number no Drucksache; theme rules of issue 17,
/// twelfth step — the Klimacheck read behind section numbers and below its heading, a positive
/// Klimacheck counts for klima_umwelt only with reasons of substance, weak third themes need
/// sentences; 27: metadata rules of issue 13, sixteenth pass —
/// Betriebsleitung units, Magistrat letterheads, confidential board papers, type heading lines over
/// a subject, answer headings; the title model retrained (cut 0.85); a learned primary-theme chooser
/// (`data/primary_model.json`); 26: metadata rules of issue 13, fifteenth pass —
/// consultations from key grids and addressed motion headings, minutes dated by their heading's
/// session, type statements never titles, the title fallback retrained; 25: metadata rules of
/// issue 13, fourteenth pass —
/// committee names cut where the next column ran in, side bars beside a Beratungsfolge, the session
/// a letter's opening asks for, member letterheads, `Verantwortlich`; a `Bezug:` line citing a
/// paper, laws' state suffixes, generic `Vorlage` papers with a proposal, answers filed as
/// Stellungnahme or Mitteilung, cited numbers in opinions' key grids; the title model retrained
/// (cut 0.98); themes — money words alone are no best theme, water-supply terms;
/// 24: metadata rules of issue 13, thirteenth pass —
/// title labels by shape and alignment, type statements and opinions citing a paper, letterheads
/// over the address block; a learned title fallback where the rules find none
/// (`data/title_model.json`); sessions listed in one sentence, member titles by word shape,
/// authorities after their title words heading the unit below, answered papers' numbers under a
/// citing line, a Klimacheck option phrase after its label or a labelled verdict in running
/// text; theme rules of issue 17, twelfth step — amounts and firms count like grant terms,
/// weak cemetery/emergency words, template law blocks, vocabulary; 23: metadata rules of issue 13, twelfth pass —
/// title labels by their word ending, notice and invitation session titles, reference lines cut,
/// session lines under a Beratungsfolge label by the line grammar, number labels by their shape,
/// statuses of header-less session rows, an Amt's own letterhead name no department; theme
/// rules of issue 17, eleventh step — levy statutes
/// filed by finanzen, a grant's money no further theme; 22: metadata rules of issue 13, eleventh pass —
/// session lines in parts, a public status in the session's lead-in, letter reference lines and
/// `Bezug:` are no subject, an opinion titled by the paper it cites, councils' associations as
/// letterhead authorities, period/serial numbers `16/31`; theme rules of issue 17, tenth step — an
/// agenda's head is its first item, a strong head goes first over a theme it yields to, a further
/// theme named only in the title and subject text needs a share of the best; a scanner's kept
/// text layer is read in the blocks recognised on its page; 21: metadata rules of issue 13, tenth pass —
/// role labels as grid keys, motions naming their session, side columns beside a Beratungsfolge,
/// receipt stamps only without a place-date, `Fachabteilung`, numbered supplements, session rows
/// without a header, one dashed session line, `zu Drucksache` in a corner cites; theme rules
/// of issue 17, ninth step — a letter's sender is no subject, the first place may go to a theme
/// below the threshold, pools named in the Betreff;
/// 20: metadata rules of issue 13, ninth pass —
/// a paper's session named in its header, committees over `Sitzung am`, datelines above the
/// signature (not a Beratungsfolge row, not a later page's letter), addressee blocks in the
/// unit's column are no department, a Fraktion's council line; `--ocr auto` recognises a
/// scanner's invisible text layer again; 19: metadata rules of issue 13, eighth pass —
/// a Beratungsfolge as a field's value or key/value lines, a status column never the paper's,
/// `nicht öffentlich: nein`, type and filer dropped before a subject, sessions keep their number,
/// numbers under a type cell, no letterhead reference as a code, contacts cut from units; 18: theme rules of issue 17, seventh step — a
/// learned primary re-ranker (`[gate.primary]`) picks which kept theme goes first, a grant
/// paper keeps the rules' order, the gate weighs where a secondary theme's points come from per
/// theme; 17: metadata rules of issue 13, seventh pass —
/// form grids' date column, units heading a contact block or numbered under the authority,
/// `Nummer`/`Lfd. Nr.`, a number under a type line, committees that are names, no headings or
/// session lines as titles, minutes' `Sitzung:` field; 16: theme rules of issue 17, sixth step — a
/// learned gate drops secondary themes it finds unlikely (`data/themes_gate.toml`); 15: metadata rules of issue 13, sixth pass —
/// codes stamped top right, type headings with `Nr.`, letterhead unit stacks, session titles
/// without number, header tables' date column; 14: OCR codes repaired with the document's
/// evidence — `/` read as `1`, Roman parts read with `1`/`l`; 13: theme rules of issue 17,
/// fifth step — vocabulary, a compound's first part in the title counts half, a third theme of
/// a middling paper needs 0.7 × the second; 12: metadata rules of issue 13, fifth pass —
/// statute headings, paragraphs spaced after, session papers without Beratungsfolge or number,
/// labels wrapped inside a word; 11: theme rules of issue 17, fourth step — a
/// further theme named mostly in the running text needs a share of the best, a grant is filed by
/// what it funds; 10: metadata rules of issue 13, fourth pass —
/// session titles, no body prose as title, party over group in letterheads, the most specific
/// unit as department; 9: metadata rules of issue 13, third pass —
/// paper types from what a paper does, bold subjects, centred Beratungsfolge rows; 8: OCR lines
/// keep their baseline against stamp words, a zero among capitals in a code reads as `O`; 7: the
/// title's head is looked for in the title's
/// first part, also under a custom taxonomy; 6: `Baden` is not stemmed to `bad`, compound tails
/// inside a known word are no parts), so that ingest re-processes every file.
pub const PIPELINE_VERSION: u32 = 30;

/// The warning recorded for a document without any text.
pub const NO_TEXT_WARNING: &str = "no text layer (scanned?)";

/// The time budget per document unless set otherwise.
pub(crate) const DEFAULT_BUDGET: Duration = Duration::from_secs(60);

/// Why a pipeline could not be configured.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A rule file could not be read.
    #[error("reading {path}: {source}")]
    Read {
        /// The file.
        path: String,
        /// What went wrong.
        source: std::io::Error,
    },
    /// The taxonomy is not valid.
    #[error("in {origin}: {source}")]
    Taxonomy {
        /// Where the text came from (a path, or `built-in`).
        origin: String,
        /// What is wrong.
        source: TaxonomyError,
    },
    /// The vocabulary extension is not valid.
    #[error("in {origin}: {source}")]
    Vocabulary {
        /// Where the text came from.
        origin: String,
        /// What is wrong.
        source: VocabError,
    },
    /// The model does not fit the taxonomy or does not parse.
    #[error("in {origin}: {source}")]
    Model {
        /// Where the text came from.
        origin: String,
        /// What is wrong.
        source: ModelError,
    },
}

/// The rule texts a pipeline is built from, as the index manifest keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleTexts {
    /// The theme taxonomy (TOML).
    pub taxonomy: String,
    /// The built-in label vocabulary (TOML).
    pub vocabulary: String,
    /// The vocabulary extension (`--config`), if any.
    pub vocabulary_extension: Option<String>,
    /// The blake3 hash of the blended model (`--model`), if any (the model itself is not kept).
    pub model: Option<String>,
}

impl Default for RuleTexts {
    fn default() -> Self {
        RuleTexts {
            taxonomy: classify::DEFAULT_THEMES.to_string(),
            vocabulary: vocab::DEFAULT_VOCAB.to_string(),
            vocabulary_extension: None,
            model: None,
        }
    }
}

impl RuleTexts {
    /// The compiled taxonomy.
    pub fn compile_taxonomy(&self) -> Result<Taxonomy, TaxonomyError> {
        Taxonomy::from_toml(&self.taxonomy)
    }
}

/// A short fingerprint of the rule texts in use — taxonomy TOML, built-in vocabulary, vocabulary
/// extension (`--config`, or ""), model JSON (or "") — in that order:
/// incremental ingest re-processes every file when it differs from the one a file was indexed with.
pub fn rules_fingerprint(parts: &[&str]) -> String {
    let mut h = blake3::Hasher::new();
    for part in parts {
        h.update(&(part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().to_hex()[..16].to_string()
}

/// A rule text and where it came from (for error messages).
#[derive(Debug, Clone)]
struct Source {
    text: String,
    origin: String,
}

/// Read and compile the taxonomy in a file.
pub fn taxonomy_file(path: &Path) -> Result<Taxonomy, ConfigError> {
    let s = Source::read(path)?;
    Taxonomy::from_toml(&s.text).map_err(|source| ConfigError::Taxonomy {
        origin: s.origin,
        source,
    })
}

/// Why the rules give a stored document (record and text) its themes, under `taxonomy`.
pub fn explain_stored(taxonomy: &Taxonomy, record: &DocumentRecord, text: &str) -> Explanation {
    explain_with(taxonomy, record, &TextLayer::from_layout_text(text))
}

impl Source {
    fn read(path: &Path) -> Result<Source, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Ok(Source {
            text,
            origin: path.display().to_string(),
        })
    }
}

/// Configures a [`Pipeline`]: rule texts replacing or extending the built-in ones, and the time
/// budget per document.
#[derive(Debug, Clone)]
pub struct PipelineBuilder {
    taxonomy: Option<Source>,
    vocabulary_extension: Option<Source>,
    model: Option<Source>,
    budget: Duration,
    ocr: OcrSettings,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            taxonomy: None,
            vocabulary_extension: None,
            model: None,
            budget: DEFAULT_BUDGET,
            ocr: OcrSettings::default(),
        }
    }
}

impl PipelineBuilder {
    /// Use this taxonomy (TOML) instead of the built-in one; `origin` names it in errors.
    pub fn taxonomy(mut self, text: &str, origin: &str) -> Self {
        self.taxonomy = Some(Source {
            text: text.to_string(),
            origin: origin.to_string(),
        });
        self
    }

    /// Use the taxonomy in this file instead of the built-in one.
    pub fn taxonomy_file(mut self, path: &Path) -> Result<Self, ConfigError> {
        self.taxonomy = Some(Source::read(path)?);
        Ok(self)
    }

    /// Extend the built-in label vocabulary with this TOML.
    pub fn vocabulary_extension(mut self, text: &str, origin: &str) -> Self {
        self.vocabulary_extension = Some(Source {
            text: text.to_string(),
            origin: origin.to_string(),
        });
        self
    }

    /// Extend the built-in label vocabulary with the TOML in this file.
    pub fn vocabulary_extension_file(mut self, path: &Path) -> Result<Self, ConfigError> {
        self.vocabulary_extension = Some(Source::read(path)?);
        Ok(self)
    }

    /// Blend the rules with the trained model (JSON from `ratsdex train`) in this file.
    pub fn model_file(mut self, path: &Path) -> Result<Self, ConfigError> {
        self.model = Some(Source::read(path)?);
        Ok(self)
    }

    /// Wall-clock budget per document (at least one second).
    pub fn time_budget(mut self, budget: Duration) -> Self {
        self.budget = budget.max(Duration::from_secs(1));
        self
    }

    /// Recognise pages without a usable text layer with these settings.
    pub fn ocr(mut self, ocr: OcrSettings) -> Self {
        self.ocr = ocr;
        self
    }

    /// Keep recognised pages in this folder (the index's OCR cache), by file hash.
    pub fn ocr_cache(mut self, dir: &Path) -> Self {
        self.ocr.cache_dir = Some(dir.to_path_buf());
        self
    }

    /// Resource limits for one document, its deadline counted from now.
    pub fn limits(&self) -> Limits {
        Limits {
            deadline: Some(Instant::now() + self.budget),
            ..Limits::default()
        }
    }

    /// The PDF stage alone (no rules compiled): the text layer of one document, with OCR.
    pub fn text_layer(&self, bytes: &[u8]) -> Result<(TextLayer, OcrReport), PdfError> {
        pdf::extract_with_ocr(bytes, &self.limits(), &self.ocr)
    }

    /// Compile the rules and fingerprint their texts (the OCR part of [`Pipeline::rules`] waits
    /// until it is asked for).
    pub fn build(self) -> Result<Pipeline, ConfigError> {
        let taxonomy_text = self
            .taxonomy
            .as_ref()
            .map_or(classify::DEFAULT_THEMES, |s| s.text.as_str());
        // The vocabulary first: the taxonomy's sections open at its label sets.
        let vocab = match &self.vocabulary_extension {
            Some(s) => Vocabulary::embedded()
                .extended_with(&s.text)
                .map_err(|source| ConfigError::Vocabulary {
                    origin: s.origin.clone(),
                    source,
                })?,
            None => Vocabulary::embedded(),
        };
        let taxonomy = Taxonomy::from_toml_with(taxonomy_text, &vocab).map_err(|source| {
            let origin = self
                .taxonomy
                .as_ref()
                .map_or("the built-in taxonomy".into(), |s| s.origin.clone());
            ConfigError::Taxonomy { origin, source }
        })?;
        let model =
            match &self.model {
                Some(s) => Some(Model::from_json(&s.text, &taxonomy).map_err(|source| {
                    ConfigError::Model {
                        origin: s.origin.clone(),
                        source,
                    }
                })?),
                None => None,
            };
        fn text(s: &Option<Source>) -> &str {
            s.as_ref().map_or("", |s| s.text.as_str())
        }
        let rule_texts = rules_fingerprint(&[
            taxonomy_text,
            vocab::DEFAULT_VOCAB,
            text(&self.vocabulary_extension),
            text(&self.model),
        ]);
        let texts = RuleTexts {
            taxonomy: taxonomy_text.to_string(),
            vocabulary: vocab::DEFAULT_VOCAB.to_string(),
            vocabulary_extension: self.vocabulary_extension.map(|s| s.text),
            model: self
                .model
                .map(|s| blake3::hash(s.text.as_bytes()).to_hex().to_string()),
        };
        Ok(Pipeline {
            budget: self.budget,
            ocr: self.ocr,
            vocab,
            taxonomy,
            model,
            texts,
            rule_texts,
            rules: OnceLock::new(),
        })
    }
}

/// The configured stages.
#[derive(Debug, Clone)]
pub struct Pipeline {
    budget: Duration,
    ocr: OcrSettings,
    vocab: Vocabulary,
    taxonomy: Taxonomy,
    model: Option<Model>,
    texts: RuleTexts,
    /// The fingerprint of the rule texts alone.
    rule_texts: String,
    /// With what OCR would produce: probing for tesseract starts programs, so only a command
    /// that needs the fingerprint (ingest) pays for it.
    rules: OnceLock<String>,
}

/// A processed document: its record and its text layer.
#[derive(Debug, Clone)]
pub struct Processed {
    /// The record.
    pub record: DocumentRecord,
    /// The text layer.
    pub layer: TextLayer,
    /// CPU time of each stage on this document.
    pub cpu: StageTimes,
}

/// CPU time spent by the calling thread in each stage of [`Pipeline::process`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct StageTimes {
    /// The text layer, OCR included (tesseract runs in processes of its own: not counted).
    pub pdf: Duration,
    /// Metadata extraction.
    pub metadata: Duration,
    /// Theme classification.
    pub classify: Duration,
}

impl std::ops::AddAssign for StageTimes {
    fn add_assign(&mut self, other: StageTimes) {
        self.pdf += other.pdf;
        self.metadata += other.metadata;
        self.classify += other.classify;
    }
}

/// The CPU time of the calling thread so far.
pub fn thread_cpu_time() -> Duration {
    duration(rustix::time::clock_gettime(
        rustix::time::ClockId::ThreadCPUTime,
    ))
}

/// The CPU time of the whole process (all its threads) so far.
pub fn process_cpu_time() -> Duration {
    duration(rustix::time::clock_gettime(
        rustix::time::ClockId::ProcessCPUTime,
    ))
}

fn duration(t: rustix::time::Timespec) -> Duration {
    let nanos = u32::try_from(t.tv_nsec.clamp(0, 999_999_999)).unwrap_or(0);
    Duration::new(u64::try_from(t.tv_sec).unwrap_or(0), nanos)
}

impl Default for Pipeline {
    /// The built-in rules, the default time budget.
    fn default() -> Self {
        // The built-in texts are checked by the unit test below.
        PipelineBuilder::default()
            .build()
            .unwrap_or_else(|e| panic!("built-in rules: {e}"))
    }
}

impl Pipeline {
    /// A builder starting from the built-in rules.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The label vocabulary the metadata stage reads (built-in, extended by `--config`).
    pub(crate) fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    /// Fingerprint of the rule texts in use (see [`rules_fingerprint`]).
    pub fn rules(&self) -> &str {
        self.rules.get_or_init(|| {
            // what OCR would produce (installing tesseract or changing the language
            // re-processes)
            match self.ocr.fingerprint() {
                Some(ocr) => rules_fingerprint(&[&self.rule_texts, &ocr]),
                None => self.rule_texts.clone(),
            }
        })
    }

    /// The rule texts in use.
    pub fn texts(&self) -> &RuleTexts {
        &self.texts
    }

    /// The theme taxonomy in use.
    pub fn taxonomy(&self) -> &Taxonomy {
        &self.taxonomy
    }

    /// The OCR settings in use.
    pub fn ocr(&self) -> &OcrSettings {
        &self.ocr
    }

    /// Run every stage on one document's bytes; `path` is recorded as given.
    pub fn process(&self, path: &str, bytes: &[u8]) -> Result<Processed, PdfError> {
        let limits = Limits {
            deadline: Some(Instant::now() + self.budget),
            ..Limits::default()
        };
        let t0 = thread_cpu_time();
        let (mut layer, ocr) = pdf::extract_with_ocr(bytes, &limits, &self.ocr)?;
        // OCR has budgets of its own (per page, per document): the stages after it get the
        // document's budget afresh, so a long scan is not failed for the time it took to read.
        if ocr.recognized > 0 {
            layer.deadline = crate::deadline::Deadline::after(self.budget);
        }
        let t1 = thread_cpu_time();
        let mut meta = extract::extract_metadata(&layer, &self.vocab);
        layer.deadline.check(Stage::Metadata)?;
        let t2 = thread_cpu_time();
        let themes = match &self.model {
            Some(model) => classify::classify_with_model(&self.taxonomy, model, &layer, &meta),
            None => classify::classify(&self.taxonomy, &layer, &meta),
        };
        layer.deadline.check(Stage::Themes)?;
        let cpu = StageTimes {
            pdf: t1.saturating_sub(t0),
            metadata: t2.saturating_sub(t1),
            classify: thread_cpu_time().saturating_sub(t2),
        };
        let mut warnings = layer.warnings.clone();
        if !layer.has_text() {
            warnings.push(NO_TEXT_WARNING.to_string());
        }
        warnings.extend(ocr.warnings);
        warnings.append(&mut meta.warnings);
        meta.warnings = warnings;
        let record = DocumentRecord {
            path: path.to_string(),
            meta,
            theme_scores: themes.iter().map(|t| (t.id.clone(), t.score)).collect(),
            themes: themes.into_iter().map(|t| t.id).collect(),
            pages: layer.page_count(),
            ocr_pages: ocr.pages,
            hash: blake3::hash(bytes).to_hex().to_string(),
            size: bytes.len() as u64,
            duplicate_of: None,
        };
        Ok(Processed { record, layer, cpu })
    }

    /// Why the rules gave a processed document its themes.
    pub fn explain(&self, doc: &Processed) -> Explanation {
        explain_with(&self.taxonomy, &doc.record, &doc.layer)
    }
}

fn explain_with(taxonomy: &Taxonomy, record: &DocumentRecord, layer: &TextLayer) -> Explanation {
    let ctx = classify::Context::from_record(record);
    classify::explain(taxonomy, layer, &ctx).1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_fingerprint_is_the_one_of_the_built_in_rules_without_extensions() {
        let built_in = [classify::DEFAULT_THEMES, vocab::DEFAULT_VOCAB];
        let p = Pipeline::default();
        // What OCR would produce joins the fingerprint where tesseract is installed.
        let with_ocr = |rules: String| match OcrSettings::default().fingerprint() {
            Some(ocr) => rules_fingerprint(&[&rules, &ocr]),
            None => rules,
        };
        assert_eq!(
            p.rules(),
            with_ocr(rules_fingerprint(&[built_in[0], built_in[1], "", ""]))
        );
        assert_ne!(
            p.rules(),
            with_ocr(rules_fingerprint(&[built_in[0], built_in[1], "", "{}"]))
        );
        assert_eq!(p.texts(), &RuleTexts::default());
    }

    #[test]
    fn a_replaced_taxonomy_changes_the_fingerprint_and_is_kept() {
        let text = classify::DEFAULT_THEMES.replace("\"digitalisierung\"", "\"e_verwaltung\"");
        let p = Pipeline::builder().taxonomy(&text, "test").build().unwrap();
        assert_ne!(p.rules(), Pipeline::default().rules());
        assert_eq!(p.texts().taxonomy, text);
        assert!(p.taxonomy().index_of("e_verwaltung").is_some());
        let bad = Pipeline::builder()
            .taxonomy("[[theme]]", "bad.toml")
            .build();
        assert!(matches!(bad, Err(ConfigError::Taxonomy { origin, .. }) if origin == "bad.toml"));
    }

    #[test]
    fn the_budget_is_at_least_a_second() {
        let b = Pipeline::builder().time_budget(Duration::ZERO);
        assert_eq!(b.budget, Duration::from_secs(1));
    }
}
