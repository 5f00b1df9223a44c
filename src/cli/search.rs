//! `ratsdex search`: ranked full-text search with filters.

use super::common::{EXIT_OK, FilterFlags, IndexOpt, emit, stdout_color};
use crate::classify::ThemeInfo;
use crate::index::{Facets, Hit, SearchRequest, SearchResults, Sort};

/// Search the index: German words in any form, phrases, AND/OR/NOT, prefix*, Drucksachen-Nr.
///
/// Examples:
///   ratsdex search Digitalisierung
///   ratsdex search '"elektronische Akte"' --type Beschlussvorlage
///   ratsdex search Breitband --from 2022-01-01 --json
///   ratsdex search VO/1254/21
///   ratsdex search 'VO/12*' --sort date
///   ratsdex search 'Schule AND (Digitalisierung OR Breitband) NOT Kita' --facets
///   ratsdex search 'title:Radverkehr committee:Bauausschuss'
#[derive(Debug, clap::Args)]
#[command(verbatim_doc_comment)]
pub struct Args {
    /// The query.
    query: String,
    #[command(flatten)]
    index: IndexOpt,
    /// Maximum number of hits.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Skip this many hits (for paging).
    #[arg(long, default_value_t = 0)]
    offset: usize,
    /// Order of the hits.
    #[arg(long, value_enum, default_value = "relevance")]
    sort: SortArg,
    /// Also print counts per theme, committee, Klimacheck, type and year of all matches.
    #[arg(long)]
    facets: bool,
    /// Print one JSON object instead of text.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    filters: FilterFlags,
}

/// The `--sort` values.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
enum SortArg {
    /// Best match first.
    Relevance,
    /// Newest first.
    Date,
}

/// Run `search`.
pub fn run(args: Args) -> anyhow::Result<i32> {
    let index = args.index.open()?;
    let filters = args.filters.filters_for(&index)?;
    let req = SearchRequest {
        query: args.query.clone(),
        filters,
        limit: args.limit,
        offset: args.offset,
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
        },
        facets: args.facets,
    };
    let results = index.search(&req)?;
    let mut out = String::new();
    if args.json {
        out = serde_json::to_string(&results_json(&args.query, &results))?;
        out.push('\n');
    } else {
        let themes = if args.facets {
            index.themes()?
        } else {
            Vec::new()
        };
        write_text(&mut out, &args.query, &results, &themes, stdout_color())?;
    }
    emit(&out)?;
    Ok(EXIT_OK)
}

/// The `--json` object: `{"query", "total", "hits", "facets"?}` (also `GET /api/search`).
pub fn results_json(query: &str, results: &SearchResults) -> serde_json::Value {
    let hits: Vec<_> = results.hits.iter().map(hit_json).collect();
    let mut value = serde_json::json!({ "query": query, "total": results.total, "hits": hits });
    if let (Some(facets), Some(obj)) = (&results.facets, value.as_object_mut()) {
        obj.insert("facets".into(), facets_json(facets));
    }
    value
}

/// The readable result list.
fn write_text(
    out: &mut String,
    query: &str,
    results: &SearchResults,
    themes: &[ThemeInfo],
    color: bool,
) -> std::fmt::Result {
    use std::fmt::Write;
    writeln!(out, "{} Treffer für {:?}", results.total, query)?;
    if let Some(f) = &results.facets {
        write_facets(out, f, themes)?;
    }
    for (i, hit) in results.hits.iter().enumerate() {
        let r = &hit.record;
        writeln!(out)?;
        writeln!(
            out,
            "{}. {}  {}  {}",
            i + 1,
            r.meta.drucksache.as_deref().unwrap_or("—"),
            r.meta
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "—".into()),
            r.meta.title.as_deref().unwrap_or("(ohne Betreff)")
        )?;
        writeln!(out, "   {}  [{}]", r.path, r.themes.join(", "))?;
        writeln!(
            out,
            "   {}",
            highlight(&hit.snippet.text, &hit.snippet.highlights, color)
        )?;
    }
    Ok(())
}

/// Facets as `{"theme": {"value": count, …}, …}` (values in descending count order).
fn facets_json(f: &Facets) -> serde_json::Value {
    let map = |v: &[(String, u64)]| {
        serde_json::Value::Object(
            v.iter()
                .map(|(k, n)| (k.clone(), serde_json::Value::from(*n)))
                .collect(),
        )
    };
    serde_json::json!({
        "theme": map(&f.theme),
        "committee": map(&f.committee),
        "klimacheck": map(&f.klimacheck),
        "doc_type": map(&f.doc_type),
        "year": map(&f.year),
    })
}

/// Most values per facet in the readable output (`--json` has all).
const TEXT_FACET_VALUES: usize = 8;

/// Facets as one line per facet; themes by label and id.
fn write_facets(out: &mut String, f: &Facets, themes: &[ThemeInfo]) -> std::fmt::Result {
    use std::fmt::Write;
    let theme_name = |id: &str| match themes.iter().find(|t| t.id == id) {
        Some(t) if t.label != id => format!("{} [{id}]", t.label),
        _ => id.to_string(),
    };
    for (label, v) in [
        ("Themen:", &f.theme),
        ("Gremien:", &f.committee),
        ("Klimacheck:", &f.klimacheck),
        ("Typ:", &f.doc_type),
        ("Jahr:", &f.year),
    ] {
        let name = |k: &str| {
            if label == "Themen:" {
                theme_name(k)
            } else {
                k.to_string()
            }
        };
        let mut items: Vec<String> = v
            .iter()
            .take(TEXT_FACET_VALUES)
            .map(|(k, n)| format!("{} ({n})", name(k)))
            .collect();
        if v.len() > TEXT_FACET_VALUES {
            items.push(format!("… (+{})", v.len() - TEXT_FACET_VALUES));
        }
        let items = if items.is_empty() {
            "—".to_string()
        } else {
            items.join(", ")
        };
        writeln!(out, "  {label:<11} {items}")?;
    }
    Ok(())
}

/// The JSON shape of one hit.
fn hit_json(hit: &Hit) -> serde_json::Value {
    let r = &hit.record;
    serde_json::json!({
        "path": r.path,
        "drucksache": r.meta.drucksache,
        "title": r.meta.title,
        "date": r.meta.date,
        "doc_type": r.meta.doc_type,
        "themes": r.themes,
        "klimacheck": r.meta.klimacheck,
        "score": hit.score,
        "snippet": hit.snippet.text,
        "highlights": char_ranges(&hit.snippet.text, &hit.snippet.highlights),
    })
}

/// Byte ranges as character (code point) ranges, as JSON consumers index strings.
fn char_ranges(text: &str, ranges: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let chars = |b: usize| text.get(..b).map(|s| s.chars().count());
    ranges
        .iter()
        .filter_map(|&(a, b)| Some((chars(a)?, chars(b)?)))
        .collect()
}

/// Mark highlighted ranges: bold on a terminal, `**…**` otherwise.
fn highlight(text: &str, ranges: &[(usize, usize)], color: bool) -> String {
    let (open, close) = if color {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("**", "**")
    };
    let mut out = String::new();
    let mut pos = 0;
    for &(a, b) in ranges {
        if a < pos || b > text.len() || !text.is_char_boundary(a) || !text.is_char_boundary(b) {
            continue;
        }
        out.push_str(&text[pos..a]);
        out.push_str(open);
        out.push_str(&text[a..b]);
        out.push_str(close);
        pos = b;
    }
    out.push_str(&text[pos..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_are_marked_and_counted_in_characters() {
        let text = "Die Schüler der Grundschule";
        let ranges = [(4, 12), (17, 28)];
        assert_eq!(
            highlight(text, &ranges, false),
            "Die **Schüler** der **Grundschule**"
        );
        assert_eq!(char_ranges(text, &ranges), [(4, 11), (16, 27)]);
    }
}
