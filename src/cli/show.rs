//! `ratsdex show`: one indexed document's record and text.

use super::common::{EXIT_FATAL, EXIT_OK, IndexOpt, emit};
use crate::classify::Taxonomy;
use crate::index::Index;
use crate::pdf::TextLayer;
use crate::record::DocumentRecord;
use anyhow::Context as _;

/// Show one indexed document, found by Drucksachen-Nr., path or file name.
///
/// Examples:
///   ratsdex show VO/1254/21
///   ratsdex show dev01_wuppertal_vo-1254-21.pdf --json
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// Drucksachen-Nr., path or file name.
    key: String,
    #[command(flatten)]
    index: IndexOpt,
    /// Print `{"record": …, "text": …}` as JSON.
    #[arg(long)]
    json: bool,
    /// Also explain the themes (re-scored from the stored text with the given taxonomy).
    #[arg(long)]
    explain: bool,
    /// Theme taxonomy (TOML) for `--explain`, replacing the built-in one.
    #[arg(long, value_name = "FILE")]
    themes: Option<std::path::PathBuf>,
}

/// Run `show`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let index = Index::open(&args.index.index)?;
    let Some(doc) = index.get(&args.key)? else {
        eprintln!(
            "ratsdex: no document {:?} in {}",
            args.key,
            args.index.index.display()
        );
        return Ok(EXIT_FATAL);
    };
    if args.json {
        let value = serde_json::json!({ "record": doc.record, "text": doc.text });
        emit(&format!("{}\n", serde_json::to_string_pretty(&value)?))?;
    } else {
        emit(&format!("{}\n{}", summary(&doc.record), doc.text))?;
    }
    if args.explain {
        let taxonomy = match &args.themes {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("reading {}", path.display()))?;
                Taxonomy::from_toml(&text).with_context(|| format!("in {}", path.display()))?
            }
            None => Taxonomy::embedded(),
        };
        let layer = TextLayer::from_layout_text(&doc.text);
        let ctx = crate::classify::Context::from_record(&doc.record);
        let (_, ex) = crate::classify::explain(&taxonomy, &layer, &ctx);
        super::themes::print_explanation(&ex);
    }
    Ok(EXIT_OK)
}

/// A record as aligned `label: value` lines.
pub fn summary(r: &DocumentRecord) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let opt = |v: Option<String>| v.unwrap_or_else(|| "—".into());
    let _ = writeln!(out, "Datei:          {}", r.path);
    let _ = writeln!(out, "Drucksache:     {}", opt(r.drucksache.clone()));
    let printed = r
        .doc_type_printed
        .as_deref()
        .map(|p| format!(" ({p})"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "Typ:            {}{printed}",
        opt(r.doc_type.map(|t| t.to_string()))
    );
    let _ = writeln!(
        out,
        "Datum:          {}",
        opt(r.date.map(|d| d.to_string()))
    );
    let _ = writeln!(out, "Betreff:        {}", opt(r.title.clone()));
    let public = r
        .public
        .map(|p| if p { "öffentlich" } else { "nichtöffentlich" }.to_string());
    let _ = writeln!(out, "Öffentlich:     {}", opt(public));
    let _ = writeln!(out, "Federführung:   {}", opt(r.department.clone()));
    let _ = writeln!(
        out,
        "Klimacheck:     {}",
        opt(r.klimacheck.map(|k| k.to_string()))
    );
    let themes: Vec<String> = r
        .themes
        .iter()
        .map(|t| match r.theme_scores.get(t) {
            Some(s) => format!("{t} ({s:.2})"),
            None => t.clone(),
        })
        .collect();
    let _ = writeln!(
        out,
        "Themen:         {}",
        if themes.is_empty() {
            "—".into()
        } else {
            themes.join(", ")
        }
    );
    let _ = writeln!(out, "Seiten:         {}", r.pages);
    if !r.consultations.is_empty() {
        let _ = writeln!(out, "Beratungsfolge:");
        for c in &r.consultations {
            let _ = writeln!(
                out,
                "  {} | {} | {}",
                opt(c.date.map(|d| d.to_string())),
                c.committee,
                opt(c.role.map(|x| x.as_str().to_string()))
            );
        }
    }
    if !r.references.is_empty() {
        let _ = writeln!(out, "Verweise:       {}", r.references.join(", "));
    }
    for w in &r.warnings {
        let _ = writeln!(out, "Warnung:        {w}");
    }
    out
}
