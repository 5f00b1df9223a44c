//! `ratsdex search`: ranked full-text search with filters.

use super::common::{EXIT_OK, FilterFlags, IndexOpt, emit, stdout_color};
use crate::classify::ThemeInfo;
use crate::index::{Facets, Hit, MAX_HITS, SearchRequest, SearchResults, Sort};

/// Search the index: German words in any form, phrases, AND/OR/NOT, prefix*, Drucksachen-Nr.
///
/// Examples:
///   ratsdex search Digitalisierung
///   ratsdex search Haushalt 2024                 # several words: all of them (no quotes needed)
///   ratsdex search '"elektronische Akte"' --type Beschlussvorlage
///   ratsdex search Breitband --from 2022 --to 06.2023 --json
///   ratsdex search Radweg --theme Mobilität --klimacheck positiv
///   ratsdex search Schule --offset 10              # the next page
///   ratsdex search VO/1254/21
///   ratsdex search 'VO/12*' --sort date
///   ratsdex search 'Schule AND (Digitalisierung OR Breitband) NOT Kita' --facets
///   ratsdex search 'title:Radverkehr committee:Bauausschuss'
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Search the index: words in any form, phrases, AND/OR/NOT, numbers"
)]
pub struct Args {
    /// The query: words (all must occur), "phrases", AND/OR/NOT, prefix*, field:word, a number.
    #[arg(required = true, value_name = "QUERY")]
    query: Vec<String>,
    #[command(flatten)]
    index: IndexOpt,
    /// Maximum number of hits (at most 10000).
    #[arg(long, default_value_t = 10, value_parser = hits)]
    limit: usize,
    /// Skip this many hits, for paging (offset + limit at most 10000).
    #[arg(long, default_value_t = 0, value_parser = hits)]
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
    /// List every copy of identical content as a hit of its own (by default a content is one
    /// hit, under the path that sorts first, naming the other paths, and counts once).
    #[arg(long)]
    all_copies: bool,
    #[command(flatten)]
    filters: FilterFlags,
}

/// A number of hits, at most [`MAX_HITS`].
fn hits(s: &str) -> Result<usize, String> {
    match s.parse::<u64>() {
        Ok(n) if n <= MAX_HITS as u64 => Ok(n as usize),
        Ok(_) => Err(format!("at most {MAX_HITS}")),
        Err(e) => Err(e.to_string()),
    }
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
    let query = args.query.join(" ");
    let req = SearchRequest {
        query: query.clone(),
        filters,
        limit: args.limit,
        offset: args.offset,
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
        },
        facets: args.facets,
        all_copies: args.all_copies,
    };
    let results = index.search(&req)?;
    let mut out = String::new();
    if args.json {
        out = serde_json::to_string(&results_json(&query, &results))?;
        out.push('\n');
    } else {
        let themes = if args.facets {
            index.themes()?
        } else {
            Vec::new()
        };
        write_text(
            &mut out,
            &query,
            &results,
            &themes,
            args.offset,
            stdout_color(),
        )?;
    }
    emit(&out)?;
    if results.total == 0 && !args.json && index.num_docs() == 0 {
        eprintln!(
            "ratsdex: the index \"{}\" holds no documents yet: run `ratsdex ingest PATH --index {}`",
            args.index.index.display(),
            args.index.index.display()
        );
    }
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
    offset: usize,
    color: bool,
) -> std::fmt::Result {
    use std::fmt::Write;
    writeln!(out, "{} Treffer für {:?}", results.total, query)?;
    let shown = results.hits.len();
    if let Some(f) = &results.facets {
        write_facets(out, f, themes)?;
    }
    for (i, hit) in results.hits.iter().enumerate() {
        let r = &hit.record;
        writeln!(out)?;
        writeln!(
            out,
            "{}. {}  {}  {}",
            offset + i + 1,
            r.meta.drucksache.as_deref().unwrap_or("—"),
            r.meta
                .date
                .map(|d| d.to_string())
                .unwrap_or_else(|| "—".into()),
            r.meta.title.as_deref().unwrap_or("(ohne Betreff)")
        )?;
        writeln!(
            out,
            "   {}  [{}]",
            crate::record::path::readable(&r.path),
            r.themes.join(", ")
        )?;
        write_copies(out, &hit.copies)?;
        writeln!(
            out,
            "   {}",
            highlight(&hit.snippet.text, &hit.snippet.highlights, color)
        )?;
    }
    write_paging(out, results.total, offset, shown)
}

/// Most copies named under a hit in the readable output (`--json` and `--all-copies` have all).
const TEXT_COPIES: usize = 3;

/// `   ebenso: PATH, PATH (+N, --all-copies listet alle)` under a hit whose content is filed
/// under other paths too.
fn write_copies(out: &mut String, copies: &[String]) -> std::fmt::Result {
    use std::fmt::Write;
    if copies.is_empty() {
        return Ok(());
    }
    let named: Vec<String> = copies
        .iter()
        .take(TEXT_COPIES)
        .map(|p| crate::record::path::readable(p).to_string())
        .collect();
    write!(out, "   ebenso: {}", named.join(", "))?;
    if copies.len() > TEXT_COPIES {
        write!(
            out,
            " (+{}, --all-copies listet alle)",
            copies.len() - TEXT_COPIES
        )?;
    }
    writeln!(out)
}

/// `Treffer 11–20 von 43 – weiter mit --offset 20` under a page that is not the whole result.
fn write_paging(out: &mut String, total: usize, offset: usize, shown: usize) -> std::fmt::Result {
    use std::fmt::Write;
    if shown == 0 {
        if total > 0 && offset >= total {
            writeln!(
                out,
                "\n(--offset {offset} is past the last of {total} hits)"
            )?;
        }
        return Ok(());
    }
    if shown == total && offset == 0 {
        return Ok(());
    }
    let last = offset + shown;
    write!(out, "\nTreffer {}–{last} von {total}", offset + 1)?;
    if last < total {
        write!(out, " – weiter mit --offset {last}")?;
    }
    writeln!(out)
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
        "duplicate_of": r.duplicate_of,
        "copies": hit.copies,
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
