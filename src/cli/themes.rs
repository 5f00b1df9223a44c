//! `ratsdex themes`, the label files of `train`, and the `--explain` printout.

use super::common::EXIT_OK;
use crate::classify::{Explanation, ThemeInfo};
use anyhow::Context;
use std::path::{Path, PathBuf};

/// List the themes of the taxonomy: the built-in one, `--themes FILE`, or the one an index was
/// built with (`--index DIR`). Filters (`--theme`) take a theme's id or its label.
///
/// Examples:
///   ratsdex themes
///   ratsdex themes --index /srv/ratsdex -v
///   ratsdex themes --themes my-themes.toml
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment, about = "List the themes of the taxonomy in use")]
pub struct Args {
    /// Also print each theme's description.
    #[arg(long, short)]
    verbose: bool,
    /// List the themes of the index in DIR (the taxonomy its last ingest used).
    #[arg(long, value_name = "DIR", conflicts_with = "themes")]
    index: Option<PathBuf>,
    /// Theme taxonomy (TOML) replacing the built-in one.
    #[arg(long, value_name = "FILE")]
    themes: Option<PathBuf>,
    /// Extra label vocabulary (TOML) extending the built-in one (its label sets open the
    /// taxonomy's sections).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

/// One labeled document.
#[derive(Debug, Clone)]
pub struct Labeled {
    /// Where the PDF is.
    pub path: PathBuf,
    /// Expected theme ids, best first.
    pub themes: Vec<String>,
}

/// Read a JSONL label file (`file` or `path`, and `themes`); files are looked up in `corpus`
/// (default: the label file's folder).
pub fn read_labels(labels: &Path, corpus: Option<&Path>) -> anyhow::Result<Vec<Labeled>> {
    let dir = corpus
        .map(Path::to_path_buf)
        .or_else(|| labels.parent().map(Path::to_path_buf))
        .unwrap_or_default();
    let rows = crate::eval::read_jsonl(labels)?;
    rows.iter()
        .enumerate()
        .map(|(i, v)| {
            let file = v
                .get("file")
                .or_else(|| v.get("path"))
                .and_then(|f| f.as_str())
                .with_context(|| format!("{}: row {}: no \"file\"", labels.display(), i + 1))?;
            Ok(Labeled {
                path: dir.join(base_name(file)),
                themes: crate::eval::rules::theme_list(v.get("themes")),
            })
        })
        .collect()
}

fn base_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

/// Run `themes`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let themes = match &args.index {
        Some(dir) => crate::index::Index::open(dir)?.themes()?,
        None => {
            let mut b = crate::pipeline::Pipeline::builder();
            if let Some(path) = &args.themes {
                b = b.taxonomy_file(path)?;
            }
            if let Some(path) = &args.config {
                b = b.vocabulary_extension_file(path)?;
            }
            b.build()?.taxonomy().themes.clone()
        }
    };
    for t in &themes {
        println!("{:24} {}", t.id, t.label);
        if args.verbose {
            println!("{:24} {}", "", t.description);
        }
    }
    Ok(EXIT_OK)
}

/// Print why a document got its themes (for `extract --explain` and `show --explain`), naming
/// each theme by id and label.
pub fn print_explanation(ex: &Explanation, themes: &[ThemeInfo]) {
    println!(
        "Themen-Erklärung ({} Wörter bewertet, davon {} im Gegenstand; gelesen als {}):",
        ex.words, ex.subject_words, ex.reading
    );
    if !ex.title.is_empty() {
        println!("  Titel bewertet: {}", ex.title);
    }
    for (section, words) in &ex.skipped {
        println!("  ohne Wertung: {section} ({words} Wörter)");
    }
    for t in &ex.themes {
        let mark = if t.assigned { "*" } else { " " };
        let name = match themes.iter().find(|x| x.id == t.id) {
            Some(x) => format!("{} ({})", t.id, x.label),
            None => t.id.clone(),
        };
        println!(
            "{mark} {name:48} {:>7.2}  = Text {:.2} (Gegenstand {:.2}) + Titel {:.2} + Hinweise {:.2}",
            t.score, t.body, t.subject, t.title, t.hints
        );
        let passing = if t.passing {
            " — nur beiläufig erwähnt, zählt weniger"
        } else {
            ""
        };
        println!(
            "      Gegenstand {:.2} (Titel + Gegenstandstext + Hinweise); übriger Text: {} Sätze{passing}; stärkster Term {}{}",
            t.evidence,
            t.spread,
            t.strongest,
            if t.head { ", Kopf des Titels" } else { "" }
        );
        for h in t.hits.iter().take(8) {
            println!(
                "      {:>6.2}  {:24} {:10} ×{} {}",
                h.points,
                h.term,
                h.section,
                h.count,
                h.forms.join(", ")
            );
        }
        if t.hits.len() > 8 {
            println!("      … {} more terms", t.hits.len() - 8);
        }
        for h in &t.hint_hits {
            println!("      hint: {h}");
        }
        for n in &t.notes {
            println!("      note: {n}");
        }
        if let Some(g) = &t.gate {
            let decision = match (g.p, g.kept) {
                (Some(p), Some(true)) => format!("p {p:.2}, kept"),
                (Some(p), _) => format!("p {p:.2}, not kept"),
                _ => "no gate in this taxonomy".to_string(),
            };
            let inputs: Vec<String> = g.inputs.iter().map(|(k, v)| format!("{k} {v}")).collect();
            println!("      gate: {decision}; inputs: {}", inputs.join(", "));
        }
    }
}
