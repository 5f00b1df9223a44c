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

/// A mistake in what was typed (an unknown value, a path that does not exist): printed like
/// any error, but the exit code is [`EXIT_USAGE`].
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// An error as one line: each cause after the message, except a cause whose text the line
/// already says (an error that prints its source as part of its own message).
pub fn one_line(e: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if line.is_empty() {
            line = text;
        } else if !line.contains(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
    }
    line
}

/// A usage error with this message.
pub fn usage(msg: impl Into<String>) -> anyhow::Error {
    UsageError(msg.into()).into()
}

/// True when `e` (or an error it wraps) is a usage error: a [`UsageError`] or a filter value
/// that is not understood.
pub fn is_usage(e: &anyhow::Error) -> bool {
    e.chain()
        .any(|c| c.is::<UsageError>() || c.is::<crate::record::filters::FilterError>())
}

/// A usage error unless `path` can be an output file: its folder exists and it is no folder.
pub fn check_output(path: &Path) -> anyhow::Result<()> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
    if let Some(dir) = parent
        && !dir.is_dir()
    {
        return Err(usage(format!(
            "cannot write \"{}\": the folder \"{}\" does not exist (create it first)",
            path.display(),
            dir.display()
        )));
    }
    if path.is_dir() {
        return Err(usage(format!(
            "cannot write \"{}\": it is a folder; give a file name",
            path.display()
        )));
    }
    Ok(())
}

/// A `--from`/`--to` value as typed, with the span of days it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateArg {
    /// The first day it covers (what `--from` uses).
    pub first: crate::record::Date,
    /// The last day it covers (what `--to` uses).
    pub last: crate::record::Date,
}

/// clap's parser of a [`DateArg`].
fn date_arg(value: &str) -> Result<DateArg, crate::record::filters::FilterError> {
    crate::record::filters::parse_date_span(value).map(|(first, last)| DateArg { first, last })
}

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
        self.check_not_a_file()?;
        Ok(Index::open(&self.index)?)
    }

    /// A usage error when `--index` names something that is not a folder.
    pub fn check_not_a_file(&self) -> anyhow::Result<()> {
        if self.index.exists() && !self.index.is_dir() {
            return Err(usage(format!(
                "--index \"{}\" is a file, not an index folder: give a folder (it is created by `ratsdex ingest`)",
                self.index.display()
            )));
        }
        Ok(())
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
    /// Only documents with this theme: its id or label, any letter case (see `ratsdex themes`).
    #[arg(long, value_name = "THEME")]
    pub theme: Option<String>,
    /// Only documents consulted in a committee whose name contains NAME.
    #[arg(long, value_name = "NAME")]
    pub committee: Option<String>,
    /// Only documents with this Klimacheck: neutral, positive (positiv), negative (negativ) or
    /// none (keine: documents without a Klimacheck).
    #[arg(long, value_name = "VALUE")]
    pub klimacheck: Option<String>,
    /// Only documents of this type (Beschlussvorlage, Mitteilungsvorlage, Ergänzungsvorlage, Antrag,
    /// Anfrage, Antwort, Stellungnahme, Niederschrift, Einladung, Gesetzentwurf, Schreiben).
    #[arg(long = "type", value_name = "TYPE")]
    pub doc_type: Option<String>,
    /// Only documents whose department (Amt, Fachbereich) contains NAME.
    #[arg(long, value_name = "NAME")]
    pub department: Option<String>,
    /// Only documents filed by an originator (Fraktion, Beirat, Bezirksausschuss …) whose name
    /// contains NAME.
    #[arg(long, value_name = "NAME")]
    pub originator: Option<String>,
    /// Only public (true) or non-public (false) documents.
    #[arg(long, value_name = "BOOL")]
    pub public: Option<bool>,
    /// Only documents dated on or after DATE: YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, MM.YYYY or YYYY
    /// (a month or year from its first day).
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub from: Option<DateArg>,
    /// Only documents dated on or before DATE, in the same forms (a month or year to its last day).
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub to: Option<DateArg>,
}

impl FilterFlags {
    /// The filters these flags describe, for searching `index`: `--theme` must name one of the
    /// themes it was built with (by id or label), and is replaced by its id.
    pub fn filters_for(&self, index: &Index) -> anyhow::Result<Filters> {
        let mut filters = self.filters()?;
        if let Some(value) = filters.theme.take() {
            let themes = index.themes()?;
            filters.theme = Some(resolve_theme(&value, &themes)?);
        }
        Ok(filters)
    }

    /// The filters these flags describe (`--theme` as typed).
    pub fn filters(&self) -> anyhow::Result<Filters> {
        let (from, to) = crate::record::filters::date_range(
            self.from.map(|d| d.first),
            self.to.map(|d| d.last),
        )?;
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
            originator: self.originator.clone(),
            public: self.public,
            from,
            to,
        })
    }
}

/// The id of the theme `value` names (id or label, any case) among `themes`, or a usage error
/// listing them.
pub fn resolve_theme(value: &str, themes: &[ThemeInfo]) -> anyhow::Result<String> {
    let pairs: Vec<(&str, &str)> = themes
        .iter()
        .map(|t| (t.id.as_str(), t.label.as_str()))
        .collect();
    match crate::record::filters::resolve_theme(value, &pairs) {
        Some(id) => Ok(id.to_string()),
        None => Err(crate::record::filters::unknown_theme(value, &pairs).into()),
    }
}

/// An optional query plus the filter flags (for `export`, `stats` and `report`).
#[derive(Debug, Clone, Default, clap::Args)]
pub struct FilterOpts {
    /// Only documents matching this query (same syntax as `search`; several words need no quotes).
    #[arg(value_name = "QUERY")]
    pub query: Vec<String>,
    /// The filter flags.
    #[command(flatten)]
    pub flags: FilterFlags,
}

impl FilterOpts {
    /// The query (its words joined by spaces), empty when none was given.
    pub fn query(&self) -> String {
        self.query.join(" ")
    }

    /// A short human description of the active filters (empty when none).
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        let q = self.query();
        if !q.is_empty() {
            parts.push(format!("Suche {q:?}"));
        }
        let named = [
            ("Thema", self.flags.theme.clone()),
            ("Gremium", self.flags.committee.clone()),
            ("Klimacheck", self.flags.klimacheck.clone()),
            ("Typ", self.flags.doc_type.clone()),
            ("Federführung", self.flags.department.clone()),
            ("Urheber", self.flags.originator.clone()),
            ("öffentlich", self.flags.public.map(|p| p.to_string())),
            ("ab", self.flags.from.map(|d| d.first.to_string())),
            ("bis", self.flags.to.map(|d| d.last.to_string())),
        ];
        for (k, v) in named {
            if let Some(v) = v {
                parts.push(format!("{k} {v}"));
            }
        }
        parts.join(", ")
    }

    /// Every matching document of the index with its text, read one at a time.
    pub fn stream(&self, index: &Index) -> anyhow::Result<DocStream> {
        let filters = self.flags.filters_for(index)?;
        Ok(index.stream(&self.query(), &filters)?)
    }

    /// [`FilterOpts::stream`] without the copies of identical content (each content once).
    pub fn stream_distinct(&self, index: &Index) -> anyhow::Result<DocStream> {
        let filters = self.flags.filters_for(index)?;
        Ok(index.stream_distinct(&self.query(), &filters)?)
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

#[cfg(test)]
mod tests {
    use super::one_line;

    #[derive(Debug, thiserror::Error)]
    #[error("outer: {0}")]
    struct Echoes(#[from] std::io::Error);

    #[test]
    fn one_line_says_each_cause_once() {
        let echoed: anyhow::Error = Echoes(std::io::Error::other("disk gone")).into();
        assert_eq!(one_line(&echoed), "outer: disk gone");
        let chained = anyhow::Error::new(std::io::Error::other("disk gone")).context("writing x");
        assert_eq!(one_line(&chained), "writing x: disk gone");
    }
}
