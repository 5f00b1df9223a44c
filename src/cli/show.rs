//! `ratsdex show`: one indexed document's record and text.

use super::common::{EXIT_FATAL, EXIT_OK, IndexOpt, emit};
use crate::index::Lookup;
use crate::pipeline;
use crate::record::DocumentRecord;

/// Show one indexed document, found by Drucksachen-Nr. (whole, or a part naming one document
/// only), path or file name.
///
/// Examples:
///   ratsdex show VO/1254/21
///   ratsdex show 1254/21
///   ratsdex show dev01_wuppertal_vo-1254-21.pdf --json
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Show one indexed paper by Drucksachen-Nr., path or file name"
)]
pub struct Args {
    /// Drucksachen-Nr., path or file name.
    key: std::ffi::OsString,
    #[command(flatten)]
    index: IndexOpt,
    /// Print `{"record": …, "text": …}` as JSON.
    #[arg(long)]
    json: bool,
    /// Also explain the themes (re-scored from the stored text with the taxonomy the index was
    /// built with).
    #[arg(long)]
    explain: bool,
    /// Theme taxonomy (TOML) for `--explain`, replacing the index's one.
    #[arg(long, value_name = "FILE")]
    themes: Option<std::path::PathBuf>,
}

/// Run `show`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let index = args.index.open()?;
    // a path that is not UTF-8 is looked up by its stored form
    let key = match args.key.to_str() {
        Some(k) => k.to_string(),
        None => crate::record::path::canonical_key(std::path::Path::new(&args.key)),
    };
    let doc = match index.lookup(&key)? {
        Lookup::Found(doc) => doc,
        Lookup::NotFound => {
            eprintln!(
                "ratsdex: no document {:?} in {}",
                key,
                args.index.index.display()
            );
            return Ok(EXIT_FATAL);
        }
        Lookup::Ambiguous(docs) => {
            eprintln!(
                "ratsdex: {:?} is part of the number of {} documents; give the whole number or a path:",
                key,
                if docs.len() >= crate::index::LOOKUP_CHOICES {
                    format!("{} or more", docs.len())
                } else {
                    docs.len().to_string()
                }
            );
            for d in &docs {
                let ds = d.record.meta.drucksache.as_deref().unwrap_or("—");
                eprintln!("  {ds}  {}", d.record.path);
            }
            return Ok(EXIT_FATAL);
        }
    };
    if args.json {
        let value = serde_json::json!({ "record": doc.record, "text": doc.text });
        emit(&format!("{}\n", serde_json::to_string_pretty(&value)?))?;
    } else {
        emit(&format!("{}\n{}", summary(&doc.record), doc.text))?;
    }
    if args.explain {
        let own;
        let taxonomy = match &args.themes {
            Some(path) => {
                own = pipeline::taxonomy_file(path)?;
                &own
            }
            None => index.taxonomy()?,
        };
        let ex = pipeline::explain_stored(taxonomy, &doc.record, &doc.text);
        super::themes::print_explanation(&ex, &taxonomy.themes);
    }
    Ok(EXIT_OK)
}

/// A record as aligned `label: value` lines.
pub fn summary(r: &DocumentRecord) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let opt = |v: Option<String>| v.unwrap_or_else(|| "—".into());
    let _ = writeln!(
        out,
        "Datei:          {}",
        crate::record::path::readable(&r.path)
    );
    let _ = writeln!(
        out,
        "Drucksache:     {}",
        opt(r.meta.drucksache.as_ref().map(|d| d.to_string()))
    );
    let printed = r
        .meta
        .doc_type_printed
        .as_deref()
        .map(|p| format!(" ({p})"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "Typ:            {}{printed}",
        opt(r.meta.doc_type.map(|t| t.to_string()))
    );
    let _ = writeln!(
        out,
        "Datum:          {}",
        opt(r.meta.date.map(|d| d.to_string()))
    );
    let _ = writeln!(out, "Betreff:        {}", opt(r.meta.title.clone()));
    let public = r
        .meta
        .public
        .map(|p| if p { "öffentlich" } else { "nichtöffentlich" }.to_string());
    let _ = writeln!(out, "Öffentlich:     {}", opt(public));
    let _ = writeln!(out, "Federführung:   {}", opt(r.meta.department.clone()));
    let _ = writeln!(
        out,
        "Klimacheck:     {}",
        opt(r.meta.klimacheck.map(|k| k.to_string()))
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
    if !r.meta.consultations.is_empty() {
        let _ = writeln!(out, "Beratungsfolge:");
        for c in &r.meta.consultations {
            let _ = writeln!(
                out,
                "  {} | {} | {}",
                opt(c.date.map(|d| d.to_string())),
                c.committee,
                opt(c.role.map(|x| x.as_str().to_string()))
            );
        }
    }
    if !r.meta.references.is_empty() {
        let _ = writeln!(out, "Verweise:       {}", r.meta.references.join(", "));
    }
    for w in &r.meta.warnings {
        let _ = writeln!(out, "Warnung:        {w}");
    }
    out
}
