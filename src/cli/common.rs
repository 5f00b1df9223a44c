//! Options and helpers shared by several subcommands.

use crate::classify::ThemeInfo;
use crate::index::{DocStream, Index, StoredDoc};
use crate::pipeline::{Pipeline, PipelineBuilder};
use crate::record::Filters;
use crate::record::filters::{parse_doc_type, parse_klimacheck};
use anyhow::Context;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

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

impl IndexOpt {
    /// Open the index for reading.
    pub fn open(&self) -> anyhow::Result<Index> {
        Ok(Index::open(&self.index)?)
    }
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
    /// The pipeline configuration these options describe (rules not compiled yet).
    pub fn builder(&self) -> anyhow::Result<PipelineBuilder> {
        let budget = std::time::Duration::from_secs(self.timeout.max(1));
        let ocr = crate::pdf::ocr::OcrSettings::for_cli(&self.ocr, &self.ocr_lang, budget)
            .map_err(anyhow::Error::msg)?;
        let mut b = Pipeline::builder().time_budget(budget).ocr(ocr);
        if let Some(path) = &self.themes {
            b = b.taxonomy_file(path)?;
        }
        if let Some(path) = &self.config {
            b = b.vocabulary_extension_file(path)?;
        }
        if let Some(path) = &self.model {
            b = b.model_file(path)?;
        }
        Ok(b)
    }

    /// Build the pipeline these options describe.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        Ok(self.builder()?.build()?)
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
    /// The filters these flags describe, for searching `index`: `--theme` must be one of the
    /// themes it was built with.
    pub fn filters_for(&self, index: &Index) -> anyhow::Result<Filters> {
        let filters = self.filters()?;
        if let Some(id) = filters.theme_id() {
            check_theme(id, &index.themes()?)?;
        }
        Ok(filters)
    }

    /// The filters these flags describe.
    pub fn filters(&self) -> anyhow::Result<Filters> {
        Ok(Filters {
            theme: self.theme.clone(),
            committee: self.committee.clone(),
            klimacheck: self
                .klimacheck
                .as_deref()
                .map(parse_klimacheck)
                .transpose()?,
            doc_type: self.doc_type.as_deref().map(parse_doc_type).transpose()?,
            department: self.department.clone(),
            public: self.public,
            from: self.from,
            to: self.to,
        })
    }
}

/// An error unless `id` is one of `themes`.
fn check_theme(id: &str, themes: &[ThemeInfo]) -> anyhow::Result<()> {
    if themes.iter().any(|t| t.id == id) {
        return Ok(());
    }
    let ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
    anyhow::bail!(
        "unknown --theme {id:?}: the themes of this index are {}",
        ids.join(", ")
    )
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

    /// Every matching document of the index without its text (records and stamps only, for
    /// counting).
    pub fn load(&self, index: &Index) -> anyhow::Result<Vec<StoredDoc>> {
        let stream = self.stream(index)?;
        let mut docs = Vec::with_capacity(stream.len());
        for doc in stream.iter() {
            let mut doc = doc?;
            doc.text = String::new();
            docs.push(doc);
        }
        Ok(docs)
    }

    /// Every matching document of the index with its text, read one at a time.
    pub fn stream(&self, index: &Index) -> anyhow::Result<DocStream> {
        let filters = self.flags.filters_for(index)?;
        Ok(index.stream(self.query(), &filters)?)
    }

    /// The matching records of a JSON Lines file (as written by `export --format jsonl`).
    pub fn load_records(&self, path: &Path) -> anyhow::Result<Vec<StoredDoc>> {
        if !self.query().is_empty() {
            anyhow::bail!("a QUERY needs the index; --records takes only the filter flags");
        }
        let filters = self.flags.filters()?;
        let text =
            std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let recs = crate::export::jsonl::read_records(&text)
            .with_context(|| format!("in {}", path.display()))?;
        let kept = recs.into_iter().filter(|r| filters.matches(r)).collect();
        Ok(crate::export::stored(kept))
    }
}

/// A `value_parser` offering `(name, help)` choices and mapping the chosen name with `parse`.
pub fn choices<T: Clone + Send + Sync + 'static>(
    values: impl IntoIterator<Item = (&'static str, &'static str)>,
    parse: fn(&str) -> Option<T>,
) -> impl clap::builder::TypedValueParser<Value = T> {
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let values: Vec<PossibleValue> = values
        .into_iter()
        .map(|(name, help)| PossibleValue::new(name).help(help))
        .collect();
    PossibleValuesParser::new(values)
        .try_map(move |name: String| parse(&name).ok_or_else(|| format!("unknown value {name:?}")))
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
