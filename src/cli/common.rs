//! Options and helpers shared by several subcommands.

use crate::classify::{Model, Taxonomy};
use crate::pipeline::{Pipeline, rules_fingerprint};
use crate::vocab::Vocabulary;
use anyhow::Context;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Everything worked.
pub const EXIT_OK: i32 = 0;
/// A fatal error: nothing (more) could be done.
pub const EXIT_FATAL: i32 = 1;
/// Bad arguments (as clap reports them).
pub const EXIT_USAGE: i32 = 2;
/// The command finished, but some files failed.
pub const EXIT_PARTIAL: i32 = 3;

/// Where the index lives.
#[derive(Debug, Clone, clap::Args)]
pub struct IndexOpt {
    /// Index directory.
    #[arg(long, value_name = "DIR", default_value = "index")]
    pub index: PathBuf,
}

/// Options that configure the extraction pipeline.
#[derive(Debug, Clone, clap::Args)]
pub struct PipelineOpts {
    /// Theme taxonomy (TOML) replacing the built-in one.
    #[arg(long, value_name = "FILE")]
    pub themes: Option<PathBuf>,
    /// Trained theme model (JSON from `ratsdex train`), blended with the rules.
    #[arg(long, value_name = "FILE")]
    pub model: Option<PathBuf>,
    /// Extra label vocabulary (TOML) extending the built-in one.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Time budget per document in seconds (and per OCR page).
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub timeout: u64,
    /// OCR of pages without a usable text layer: auto (when tesseract with the language is
    /// installed), always (every page), never.
    #[arg(long, value_name = "MODE", default_value = "auto", value_parser = ["auto", "always", "never"])]
    pub ocr: String,
    /// Tesseract language(s) for OCR, e.g. deu or deu+eng.
    #[arg(long, value_name = "LANG", default_value = "deu")]
    pub ocr_lang: String,
}

impl PipelineOpts {
    /// The time budget per document.
    pub fn budget(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.timeout.max(1))
    }

    /// The OCR settings of `--ocr` and `--ocr-lang`.
    pub fn ocr_settings(&self) -> anyhow::Result<crate::pdf::ocr::OcrSettings> {
        crate::pdf::ocr::OcrSettings::for_cli(&self.ocr, &self.ocr_lang, self.budget())
            .map_err(anyhow::Error::msg)
    }

    /// Build the pipeline these options describe.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        let mut p = Pipeline {
            budget: self.budget(),
            ..Pipeline::default()
        };
        let read = |path: &std::path::Path| {
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
        };
        let mut themes_text = crate::classify::DEFAULT_THEMES.to_string();
        let (mut model_text, mut config_text) = (String::new(), String::new());
        // The vocabulary first: the taxonomy's sections read its label sets.
        if let Some(path) = &self.config {
            config_text = read(path)?;
            p.vocab = Vocabulary::embedded()
                .extended_with(&config_text)
                .with_context(|| format!("in {}", path.display()))?;
        }
        if let Some(path) = &self.themes {
            themes_text = read(path)?;
        }
        if self.themes.is_some() || self.config.is_some() {
            p.taxonomy = Taxonomy::from_toml_with(&themes_text, &p.vocab).with_context(|| {
                format!(
                    "in {}",
                    self.themes
                        .as_deref()
                        .map_or("the built-in taxonomy".into(), |p| p.display().to_string())
                )
            })?;
        }
        if let Some(path) = &self.model {
            model_text = read(path)?;
            p.model = Some(
                Model::from_json(&model_text, &p.taxonomy)
                    .with_context(|| format!("in {}", path.display()))?,
            );
        }
        p.rules = rules_fingerprint(&[
            &themes_text,
            crate::vocab::DEFAULT_VOCAB,
            &config_text,
            &model_text,
        ]);
        p.ocr = self.ocr_settings()?;
        if let Some(ocr) = p.ocr.fingerprint() {
            p.rules = rules_fingerprint(&[&p.rules, &ocr]);
        }
        Ok(p)
    }
}

/// True when stdout is a terminal and `NO_COLOR` is not set.
pub fn stdout_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// True when progress bars may be drawn (stderr is a terminal).
pub fn stderr_progress() -> bool {
    std::io::stderr().is_terminal()
}

/// The filter flags of `search`, shared by `export`, `stats` and `report`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterFlags {
    /// Only documents with this theme id (see `ratsdex themes`).
    #[arg(long, value_name = "ID")]
    pub theme: Option<String>,
    /// Only documents consulted in a committee whose name contains NAME.
    #[arg(long, value_name = "NAME")]
    pub committee: Option<String>,
    /// Only documents with this Klimacheck: neutral, positive, negative or none.
    #[arg(long, value_name = "VALUE")]
    pub klimacheck: Option<String>,
    /// Only documents of this type (Beschlussvorlage, Mitteilungsvorlage, Antrag, Anfrage, Ergänzungsvorlage).
    #[arg(long = "type", value_name = "TYPE")]
    pub doc_type: Option<String>,
    /// Only documents whose department (Amt, Fachbereich) contains NAME.
    #[arg(long, value_name = "NAME")]
    pub department: Option<String>,
    /// Only public (true) or non-public (false) documents.
    #[arg(long, value_name = "BOOL")]
    pub public: Option<bool>,
    /// Only documents dated on or after DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub from: Option<crate::record::Date>,
    /// Only documents dated on or before DATE (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub to: Option<crate::record::Date>,
}

impl FilterFlags {
    /// The index filters these flags describe.
    pub fn filters(&self) -> anyhow::Result<crate::index::Filters> {
        Ok(crate::index::Filters {
            theme: self.theme.clone(),
            committee: self.committee.clone(),
            klimacheck: self
                .klimacheck
                .as_deref()
                .map(super::search::parse_klimacheck)
                .transpose()?,
            doc_type: self
                .doc_type
                .as_deref()
                .map(|t| {
                    crate::record::DocType::parse(t)
                        .with_context(|| format!("unknown --type {t:?}"))
                })
                .transpose()?,
            department: self.department.clone(),
            public: self.public,
            from: self.from,
            to: self.to,
        })
    }
}

/// An optional query plus the filter flags (for `export`, `stats` and `report`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterOpts {
    /// Only documents matching this query (same syntax as `search`).
    #[arg(value_name = "QUERY")]
    pub query: Option<String>,
    /// The filter flags.
    #[command(flatten)]
    pub flags: FilterFlags,
}

impl FilterOpts {
    /// The index filters these options describe.
    pub fn filters(&self) -> anyhow::Result<crate::index::Filters> {
        self.flags.filters()
    }

    /// The query, empty when none was given.
    pub fn query(&self) -> &str {
        self.query.as_deref().unwrap_or("")
    }

    /// A short human description of the active filters (empty when none).
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(q) = self.query.as_deref().filter(|q| !q.is_empty()) {
            parts.push(format!("Suche {q:?}"));
        }
        let named = [
            ("Thema", self.flags.theme.clone()),
            ("Gremium", self.flags.committee.clone()),
            ("Klimacheck", self.flags.klimacheck.clone()),
            ("Typ", self.flags.doc_type.clone()),
            ("Federführung", self.flags.department.clone()),
            ("öffentlich", self.flags.public.map(|p| p.to_string())),
            ("ab", self.flags.from.map(|d| d.to_string())),
            ("bis", self.flags.to.map(|d| d.to_string())),
        ];
        for (k, v) in named {
            if let Some(v) = v {
                parts.push(format!("{k} {v}"));
            }
        }
        parts.join(", ")
    }

    /// Every matching document without its text (records and stamps only, for counting): from
    /// the index, or from `records` (JSON Lines as written by `export --format jsonl`) when given.
    pub fn load(
        &self,
        index: &IndexOpt,
        records: Option<&std::path::Path>,
    ) -> anyhow::Result<Vec<crate::index::StoredDoc>> {
        if let Some(path) = records {
            return self.load_records(path);
        }
        let idx = crate::index::Index::open(&index.index)?;
        let stream = idx.stream(self.query(), &self.filters()?)?;
        let mut docs = Vec::with_capacity(stream.len());
        for doc in stream.iter() {
            let mut doc = doc?;
            doc.text = String::new();
            docs.push(doc);
        }
        Ok(docs)
    }

    /// Every matching document with its text, read from the index one at a time.
    pub fn stream(&self, index: &IndexOpt) -> anyhow::Result<crate::index::DocStream> {
        let idx = crate::index::Index::open(&index.index)?;
        Ok(idx.stream(self.query(), &self.filters()?)?)
    }

    /// The matching records of a JSON Lines file.
    fn load_records(&self, path: &std::path::Path) -> anyhow::Result<Vec<crate::index::StoredDoc>> {
        if !self.query().is_empty() {
            anyhow::bail!("a QUERY needs the index; --records takes only the filter flags");
        }
        let filters = self.filters()?;
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let recs = crate::export::jsonl::read_records(&text)
            .with_context(|| format!("in {}", path.display()))?;
        let kept = recs
            .into_iter()
            .filter(|r| crate::export::matches(r, &filters))
            .collect();
        Ok(crate::export::stored(kept))
    }
}

/// A progress bar for `len` items, drawn only when stderr is a terminal.
pub fn progress_bar(len: u64) -> indicatif::ProgressBar {
    if !stderr_progress() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {per_sec} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// Write to stdout; a closed pipe (`ratsdex search … | head`) is not an error.
pub fn emit(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(()),
    }
}
