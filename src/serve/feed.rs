//! `GET /feed?q=…&<filters>`: every search as an Atom feed (RFC 4287), newest papers first, so
//! that a search can be followed in any feed reader.

use super::error::AppError;
use super::params::SearchParams;
use super::state::AppState;
use crate::export::report::escape;
use crate::export::urls::path_id;
use crate::index::Hit;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use std::fmt::Write as _;
use std::sync::Arc;

/// Entries per feed.
const ENTRIES: usize = 50;

/// The feed of a search.
pub(crate) async fn search(
    State(state): State<Arc<AppState>>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<impl IntoResponse, AppError> {
    let mut params = state.params(&pairs, ENTRIES, &[])?;
    params.sort_date = true;
    params.page = 1;
    let req = params.request(false)?;
    let st = state.clone();
    let xml = state
        .run(move |snap| {
            let results = snap.index.search(&req)?;
            let modified = |hit: &Hit| {
                snap.position(&path_id(&hit.record.path))
                    .and_then(|i| snap.paper(i))
                    .and_then(|p| p.modified)
            };
            Ok(render(&st, &params, &results.hits, &modified))
        })
        .await?;
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    ))
}

/// Text for XML content and attributes: escaped, and without the control characters XML 1.0
/// forbids (form feeds between pages, stray bytes of odd PDFs).
fn xml(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| {
            let forbidden = (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
                || matches!(c, '\u{fffe}' | '\u{ffff}');
            if forbidden { ' ' } else { c }
        })
        .collect();
    escape(&clean)
}

/// An RFC 3339 time for Atom (`updated` must be a date-time).
fn atom_time(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// When an entry last changed: the file's modification time, else its date at midnight UTC.
fn updated(hit: &Hit, modified: Option<jiff::Timestamp>) -> Option<jiff::Timestamp> {
    modified.or_else(|| {
        hit.record.meta.date.and_then(|d| {
            jiff::tz::TimeZone::UTC
                .to_timestamp(d.to_datetime(jiff::civil::Time::midnight()))
                .ok()
        })
    })
}

fn render(
    state: &AppState,
    p: &SearchParams,
    hits: &[Hit],
    modified: &dyn Fn(&Hit) -> Option<jiff::Timestamp>,
) -> String {
    let base = &state.base;
    let query = p.query_string();
    let self_url = format!("{base}/feed{query}");
    let mut what: Vec<String> = Vec::new();
    if !p.q.is_empty() {
        what.push(format!("„{}“", p.q));
    }
    what.extend(p.filters.iter().map(|(k, v)| format!("{k}={v}")));
    let title = if what.is_empty() {
        format!("{}: neue Papiere", state.config.title)
    } else {
        format!("{}: {}", state.config.title, what.join(", "))
    };
    let times: Vec<Option<jiff::Timestamp>> =
        hits.iter().map(|h| updated(h, modified(h))).collect();
    // a feed without entries was last updated when the archive was
    let feed_updated = times
        .iter()
        .flatten()
        .max()
        .copied()
        .or_else(|| {
            state
                .snapshot()
                .papers
                .iter()
                .filter_map(|p| p.modified)
                .max()
        })
        .unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">\n");
    let _ = writeln!(x, "  <id>{}</id>", xml(&self_url));
    let _ = writeln!(x, "  <title>{}</title>", xml(&title));
    let _ = writeln!(x, "  <updated>{}</updated>", atom_time(feed_updated));
    let _ = writeln!(
        x,
        "  <author><name>{}</name></author>",
        xml(&state.config.title)
    );
    let _ = writeln!(x, "  <generator>ratsdex</generator>");
    let _ = writeln!(
        x,
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>",
        xml(&self_url)
    );
    let _ = writeln!(
        x,
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
        xml(&format!("{base}/search{}", p.with("sort", Some("date"))))
    );
    for (hit, time) in hits.iter().zip(times) {
        let r = &hit.record;
        let id = path_id(&r.path);
        let url = format!("{base}/papers/{id}");
        let mut title = r
            .meta
            .title
            .clone()
            .unwrap_or_else(|| crate::index::store::file_name(&r.path).to_string());
        if let Some(n) = &r.meta.drucksache {
            title = format!("{n}: {title}");
        }
        x.push_str("  <entry>\n");
        let _ = writeln!(x, "    <id>{}</id>", xml(&url));
        let _ = writeln!(x, "    <title>{}</title>", xml(&title));
        let _ = writeln!(
            x,
            "    <updated>{}</updated>",
            atom_time(time.unwrap_or(feed_updated))
        );
        if let Some(d) = r.meta.date {
            let _ = writeln!(x, "    <published>{d}T00:00:00Z</published>");
        }
        let _ = writeln!(
            x,
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>",
            xml(&url)
        );
        let _ = writeln!(
            x,
            "    <link rel=\"enclosure\" type=\"application/pdf\" length=\"{}\" href=\"{}\"/>",
            r.size,
            xml(&format!("{base}/files/{id}"))
        );
        for t in &r.themes {
            let _ = writeln!(
                x,
                "    <category term=\"{}\" label=\"{}\"/>",
                xml(t),
                xml(&state.theme_label(t))
            );
        }
        let mut summary: Vec<String> = Vec::new();
        if let Some(t) = r.meta.doc_type {
            summary.push(t.as_str().to_string());
        }
        if let Some(c) = r.meta.consultations.first() {
            summary.push(format!("Beratung: {}", c.committee));
        }
        if !hit.snippet.text.is_empty() {
            summary.push(hit.snippet.text.clone());
        }
        let _ = writeln!(x, "    <summary>{}</summary>", xml(&summary.join(" · ")));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}
