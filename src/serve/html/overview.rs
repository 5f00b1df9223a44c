//! `GET /overview`: the report's headline figures and charts (`export::report::charts`), live
//! for the query and filters of the request.

use super::layout::{Frame, page as frame_page, trusted};
use crate::export::report::{self, ReportOptions};
use crate::record::DocumentRecord;
use crate::serve::error::AppError;
use crate::serve::params::{PAGE_SIZE, SearchParams};
use crate::serve::state::AppState;
use axum::extract::{Query, State};
use axum::response::Html;
use maud::html;
use std::collections::HashMap;
use std::sync::Arc;

/// The overview page.
pub(crate) async fn page(
    State(state): State<Arc<AppState>>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Html<String>, AppError> {
    let params = state.params(&pairs, PAGE_SIZE, &[])?;
    let query = params.query_string();
    let key = format!("{:?}{query}", state.snapshot().generation);
    let charts = match state.cached_overview(&key) {
        Some(html) => html,
        None => {
            let p = params.clone();
            let html = state.run(move |snap| charts(snap, &p)).await?;
            let html = Arc::new(html);
            state.cache_overview(key, html.clone());
            html
        }
    };
    let described: Vec<String> = std::iter::once(params.q.clone())
        .filter(|q| !q.is_empty())
        .map(|q| format!("Suche „{q}“"))
        .chain(params.filters.iter().map(|(k, v)| format!("{k}={v}")))
        .collect();
    let body = html! {
        h1 { "Übersicht" }
        p.muted {
            @if described.is_empty() { "Alle Papiere im Archiv." }
            @else { "Papiere für: " (described.join(", ")) ". " a href={ "/overview" } { "Alle Papiere" } }
            " · " a href={ "/search" (query) } { "Treffer als Liste" }
            " · " a href={ "/api/stats" (params.with("by", Some("theme"))) } { "Zahlen als JSON" }
        }
        form.search role="search" action="/overview" method="get" {
            label for="q" { "Suchbegriffe" }
            div.searchrow {
                input #q type="search" name="q" value=(params.q) maxlength="1000" autocomplete="off";
                @for (k, v) in &params.filters { input type="hidden" name=(k) value=(v); }
                button type="submit" { "Auswerten" }
            }
        }
        div.report { (trusted(&charts)) }
    };
    Ok(frame_page(
        &Frame {
            title: "Übersicht",
            site: &state.config.title,
            current: "overview",
            query: &query,
            feed: Some(format!("/feed{query}")),
        },
        body,
    ))
}

/// The charts for the papers matching `p`, linking "most cited" bars to paper pages.
fn charts(snap: &crate::serve::snapshot::Snapshot, p: &SearchParams) -> Result<String, AppError> {
    let stream = snap.index.stream_distinct(&p.q, &p.index_filters()?)?;
    let mut records: Vec<DocumentRecord> = Vec::with_capacity(stream.len());
    for doc in stream.iter() {
        records.push(doc?.record);
    }
    let refs: Vec<&DocumentRecord> = records.iter().collect();
    let mut links: HashMap<String, String> = HashMap::new();
    for paper in &snap.papers {
        if let Some(n) = &paper.drucksache {
            links
                .entry(n.clone())
                .or_insert_with(|| format!("/papers/{}", paper.id));
        }
    }
    let opts = ReportOptions {
        theme_labels: snap.theme_labels.clone(),
        ..ReportOptions::default()
    };
    Ok(report::charts(&refs, &opts, &links))
}
