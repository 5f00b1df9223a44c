//! `GET /` and `GET /search`: the search form, active filters, result count, hits with
//! highlighted snippets, paging, and the facets as links that add or remove a filter.

use super::layout::{Frame, page as frame_page};
use super::words;
use crate::export::urls::path_id;
use crate::index::{Facets, Hit, SearchResults, Snippet};
use crate::serve::error::AppError;
use crate::serve::params::{PAGE_SIZE, SearchParams};
use crate::serve::state::AppState;
use axum::extract::{Query, State};
use axum::response::Html;
use maud::{Markup, html};
use std::sync::Arc;

/// Values shown per facet before "weitere".
const FACET_VALUES: usize = 8;
/// Page links shown around the current page.
const PAGE_WINDOW: usize = 2;

/// The search page.
pub(crate) async fn page(
    State(state): State<Arc<AppState>>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Html<String>, AppError> {
    let params = state.params(&pairs, PAGE_SIZE, &[])?;
    let req = params.request(true)?;
    let results = state
        .run(move |snap| snap.index.search(&req).map_err(AppError::from))
        .await?;
    let query = params.query_string();
    let title = if params.q.is_empty() {
        "Suche".to_string()
    } else {
        format!("Suche: {}", params.q)
    };
    Ok(frame_page(
        &Frame {
            title: &title,
            site: &state.config.title,
            current: "search",
            query: &query,
            feed: Some(format!("/feed{query}")),
        },
        body(&state, &params, &results),
    ))
}

fn body(state: &AppState, p: &SearchParams, results: &SearchResults) -> Markup {
    let first = (p.page - 1) * p.limit + 1;
    let last = (first + results.hits.len()).saturating_sub(1);
    let pages = results.total.div_ceil(p.limit).max(1);
    let query = p.query_string();
    html! {
        h1.visually-hidden { "Suche in " (state.config.title) }
        (form(p))
        (active_filters(state, p))
        div.layout {
            section.results aria-labelledby="count" {
                p #count .count role="status" {
                    @match results.total {
                        0 => { "Keine Treffer" }
                        1 => { b { "1" } " Treffer" }
                        n => { b { (words::count(n as u64)) } " Treffer" }
                    }
                    @if !p.q.is_empty() { " für „" (p.q) "“" }
                    @if results.total > p.limit && !results.hits.is_empty() {
                        " · " (first) "–" (last) " · Seite " (p.page) " von " (pages)
                    }
                }
                p.tools {
                    a href={ "/feed" (query) } { "Als Feed abonnieren (Atom)" }
                    " · " a href={ "/overview" (query) } { "Diagramme zu dieser Suche" }
                    " · " a href={ "/api/search" (query) } { "JSON" }
                }
                @if results.hits.is_empty() {
                    p.muted { "Tipp: weniger Wörter, ein Wort mit * am Ende (Schul*), oder Filter entfernen." }
                }
                ol.hits start=(first) {
                    @for hit in &results.hits { (hit_item(state, hit)) }
                }
                (paging(p, pages))
            }
            @if let Some(f) = &results.facets { (facets(state, p, f)) }
        }
    }
}

fn form(p: &SearchParams) -> Markup {
    html! {
        form.search role="search" action="/search" method="get" {
            label for="q" { "Suchbegriffe" }
            div.searchrow {
                input #q type="search" name="q" value=(p.q) maxlength="1000"
                    placeholder="z. B. Radweg, \"elektronische Akte\", VO/1254/21" autocomplete="off";
                @for (k, v) in &p.filters { input type="hidden" name=(k) value=(v); }
                label.visually-hidden for="sort" { "Sortierung" }
                select #sort name="sort" {
                    option value="relevance" selected[!p.sort_date] { "Relevanz" }
                    option value="date" selected[p.sort_date] { "Neueste zuerst" }
                }
                button type="submit" { "Suchen" }
            }
            details.syntax {
                summary { "Suchsyntax" }
                ul {
                    li { "Wörter in jeder Form: " code { "Schule" } " findet auch Schulen, Grundschule" }
                    li { "Phrasen in Anführungszeichen: " code { "\"elektronische Akte\"" } }
                    li { code { "AND" } ", " code { "OR" } ", " code { "NOT" } " bzw. " code { "-wort" } ", Klammern" }
                    li { "Wortanfang: " code { "Digital*" } "; Felder: " code { "title:Radweg" } ", " code { "committee:Bauausschuss" } }
                    li { "Drucksachen-Nr. in jeder Schreibweise: " code { "VO/1254/21" } ", " code { "1254/21" } }
                }
            }
        }
    }
}

/// Human text of an active filter.
fn filter_text(state: &AppState, key: &str, value: &str) -> String {
    match key {
        "theme" => format!("Thema: {}", state.theme_label(value)),
        "committee" => format!("Gremium: {value}"),
        "klimacheck" => format!("Klimacheck: {}", words::klimacheck(value)),
        "type" => format!("Typ: {value}"),
        "department" => format!("Federführung: {value}"),
        "originator" => format!("Urheber: {value}"),
        "public" => match value {
            "true" | "ja" => "öffentlich".into(),
            _ => "nichtöffentlich".into(),
        },
        "from" => format!("ab {value}"),
        "to" => format!("bis {value}"),
        _ => format!("{key}: {value}"),
    }
}

fn active_filters(state: &AppState, p: &SearchParams) -> Markup {
    html! {
        @if !p.filters.is_empty() {
            ul.chips aria-label="Aktive Filter" {
                @for (k, v) in &p.filters {
                    li {
                        a href={ "/search" (p.with(k, None)) } title="Filter entfernen" {
                            (filter_text(state, k, v)) span aria-hidden="true" { " ✕" }
                            span.visually-hidden { " (entfernen)" }
                        }
                    }
                }
                @if p.filters.len() > 1 {
                    li.clear { a href={ "/search" (clear_filters(p)) } { "alle Filter entfernen" } }
                }
            }
        }
    }
}

/// The query string without any filter.
fn clear_filters(p: &SearchParams) -> String {
    let bare = SearchParams {
        filters: Vec::new(),
        ..p.clone()
    };
    bare.query_string()
}

fn hit_item(state: &AppState, hit: &Hit) -> Markup {
    let r = &hit.record;
    let id = path_id(&r.path);
    let title = r
        .meta
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| crate::index::store::file_name(&r.path).to_string());
    html! {
        li.hit {
            h2 { a href={ "/papers/" (id) } { (title) } }
            p.meta {
                @if let Some(n) = &r.meta.drucksache { span.ds { (n) } }
                @if let Some(d) = r.meta.date { time datetime=(d) { (words::date(d)) } }
                @if let Some(t) = r.meta.doc_type { span { (t.as_str()) } }
                @if let Some(k) = r.meta.klimacheck {
                    span class={ "kc kc-" (k.as_str()) } { "Klimacheck " (words::klimacheck(k.as_str())) }
                }
            }
            @if !r.themes.is_empty() {
                ul.tags aria-label="Themen" {
                    @for t in &r.themes { li { (state.theme_label(t)) } }
                }
            }
            @if !hit.snippet.text.is_empty() { p.snippet { (snippet(&hit.snippet)) } }
        }
    }
}

/// The snippet with its matches in `<mark>`.
pub(crate) fn snippet(s: &Snippet) -> Markup {
    let mut parts: Vec<(bool, &str)> = Vec::new();
    let mut pos = 0;
    for &(a, b) in &s.highlights {
        let valid = a >= pos
            && a < b
            && b <= s.text.len()
            && s.text.is_char_boundary(a)
            && s.text.is_char_boundary(b);
        if !valid {
            continue;
        }
        parts.push((false, &s.text[pos..a]));
        parts.push((true, &s.text[a..b]));
        pos = b;
    }
    parts.push((false, &s.text[pos..]));
    html! {
        @for (marked, text) in parts {
            @if marked { mark { (text) } } @else { (text) }
        }
    }
}

fn paging(p: &SearchParams, pages: usize) -> Markup {
    let link = |n: usize| format!("/search{}", p.with("page", Some(&n.to_string())));
    let lo = p.page.saturating_sub(PAGE_WINDOW).max(1);
    let hi = (p.page + PAGE_WINDOW).min(pages);
    html! {
        @if pages > 1 {
            nav.paging aria-label="Seiten" {
                @if p.page > 1 { a rel="prev" href=(link(p.page - 1)) { "« Zurück" } }
                @if lo > 1 { a href=(link(1)) { "1" } @if lo > 2 { span { "…" } } }
                @for n in lo..=hi {
                    @if n == p.page { span aria-current="page" { (n) } }
                    @else { a href=(link(n)) { (n) } }
                }
                @if hi < pages {
                    @if hi + 1 < pages { span { "…" } }
                    @if pages * p.limit <= crate::serve::params::MAX_DEPTH { a href=(link(pages)) { (pages) } }
                }
                @if p.page < pages && (p.page + 1) * p.limit <= crate::serve::params::MAX_DEPTH {
                    a rel="next" href=(link(p.page + 1)) { "Weiter »" }
                }
            }
        }
    }
}

/// One facet value: what it shows, the filter it sets, and whether that filter is active.
struct Value {
    label: String,
    count: u64,
    href: String,
    active: bool,
}

fn facets(state: &AppState, p: &SearchParams, f: &Facets) -> Markup {
    let simple = |key: &str, values: &[(String, u64)], label: &dyn Fn(&str) -> String| {
        values
            .iter()
            .map(|(v, n)| {
                let active = p.filter(key) == Some(v.as_str());
                Value {
                    label: label(v),
                    count: *n,
                    href: format!("/search{}", p.with(key, (!active).then_some(v.as_str()))),
                    active,
                }
            })
            .collect::<Vec<_>>()
    };
    let themes = simple("theme", &f.theme, &|v| state.theme_label(v));
    let types = simple("type", &f.doc_type, &|v| v.to_string());
    let klima = simple("klimacheck", &f.klimacheck, &|v| {
        words::klimacheck(v).to_string()
    });
    let committees = simple("committee", &f.committee, &|v| v.to_string());
    let mut years: Vec<Value> = f
        .year
        .iter()
        .filter(|(y, _)| y != "none")
        .map(|(y, n)| {
            let (from, to) = (format!("{y}-01-01"), format!("{y}-12-31"));
            let active = p.filter("from") == Some(from.as_str()) && p.filter("to") == Some(&to);
            let href = if active {
                p.without_dates()
            } else {
                p.with_dates(&from, &to)
            };
            Value {
                label: y.clone(),
                count: *n,
                href: format!("/search{href}"),
                active,
            }
        })
        .collect();
    years.sort_by(|a, b| b.label.cmp(&a.label));
    html! {
        aside.facets #filter aria-label="Filter" {
            h2 { "Eingrenzen" }
            (group("Thema", &themes))
            (group("Typ", &types))
            (group("Klimacheck", &klima))
            (group("Gremium", &committees))
            (group("Jahr", &years))
        }
    }
}

fn group(title: &str, values: &[Value]) -> Markup {
    let (shown, more) = values.split_at(values.len().min(FACET_VALUES));
    html! {
        @if !values.is_empty() {
            section.facet {
                h3 { (title) }
                ul { @for v in shown { (value(v)) } }
                @if !more.is_empty() {
                    details {
                        summary { (more.len()) " weitere" }
                        ul { @for v in more { (value(v)) } }
                    }
                }
            }
        }
    }
}

fn value(v: &Value) -> Markup {
    html! {
        li {
            @if v.active {
                a.active href=(v.href) aria-current="true" title="Filter entfernen" {
                    span.v { (v.label) " ✕" } span.n { (words::count(v.count)) }
                }
            } @else {
                a href=(v.href) { span.v { (v.label) } span.n { (words::count(v.count)) } }
            }
        }
    }
}
