//! The JSON API: `GET /api/search` (the object of `ratsdex search --json`, facets included),
//! `GET /api/papers/{id}` (record, text and links) and `GET /api/stats?by=…`.

use super::error::AppError;
use super::html::paper::relations;
use super::state::AppState;
use crate::export::stats::{self, Dimension};
use crate::index::StoredDoc;
use axum::Json;
use axum::extract::{Path, Query, State};
use serde_json::{Value, json};
use std::sync::Arc;

/// Hits per page unless `limit` says otherwise.
const DEFAULT_LIMIT: usize = 10;
/// Most `by` dimensions of one stats request.
const MAX_BY: usize = 3;

/// `GET /api/search?q=…&<filters>&sort=…&page=…&limit=…`.
pub(crate) async fn search(
    State(state): State<Arc<AppState>>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<Value>, AppError> {
    let params = state
        .params(&pairs, DEFAULT_LIMIT, &[])
        .map_err(AppError::json)?;
    let req = params.request(true).map_err(AppError::json)?;
    let results = state
        .run(move |snap| snap.index.search(&req).map_err(AppError::from))
        .await
        .map_err(AppError::json)?;
    let mut value = crate::cli::search::results_json(&params.q, &results);
    if let Some(obj) = value.as_object_mut() {
        obj.insert("page".into(), params.page.into());
        obj.insert("limit".into(), params.limit.into());
        if let Some(Value::Array(hits)) = obj.get_mut("hits") {
            for hit in hits.iter_mut() {
                let id = hit
                    .get("path")
                    .and_then(Value::as_str)
                    .map(crate::export::urls::path_id);
                if let (Some(id), Some(h)) = (id, hit.as_object_mut()) {
                    h.insert("id".into(), id.into());
                }
            }
        }
    }
    Ok(Json(value))
}

/// `GET /api/papers/{id}`: `{"id", "record", "text", "links", "cites", "cited_by"}`.
pub(crate) async fn paper(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    let base = state.base.clone();
    state
        .run(move |snap| {
            let pos = snap.position(&id).ok_or_else(AppError::not_found)?;
            let doc: StoredDoc = snap.load(pos)?.ok_or_else(AppError::not_found)?;
            let mut out = json!({
                "id": id.to_ascii_lowercase(),
                "record": doc.record,
                "text": doc.text,
                "links": {
                    "html": format!("{base}/papers/{id}"),
                    "pdf": format!("{base}/files/{id}"),
                    "oparl": format!("{base}/oparl/v1/paper/{id}"),
                },
            });
            let rels = relations(snap, pos);
            let link = |p: &super::snapshot::Paper| {
                json!({ "id": p.id, "drucksache": p.drucksache, "title": p.title })
            };
            if let (Some(cites), Some(cited_by), Some(obj)) =
                (rels.first(), rels.get(1), out.as_object_mut())
            {
                let cites: Vec<Value> = cites
                    .items
                    .iter()
                    .map(|(n, ps)| json!({ "number": n, "papers": ps.iter().map(|p| link(p)).collect::<Vec<_>>() }))
                    .collect();
                let cited_by: Vec<Value> = cited_by
                    .items
                    .iter()
                    .flat_map(|(_, ps)| ps.iter().map(|p| link(p)))
                    .collect();
                obj.insert("cites".into(), cites.into());
                obj.insert("cited_by".into(), cited_by.into());
            }
            Ok(Json(out))
        })
        .await
        .map_err(AppError::json)
}

/// `GET /api/stats?by=theme[&by=quarter]&q=…&<filters>`: the object of `stats --json`.
pub(crate) async fn stats(
    State(state): State<Arc<AppState>>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<Value>, AppError> {
    let mut by: Vec<Dimension> = Vec::new();
    for (k, v) in &pairs {
        if k == "by" {
            let dim = Dimension::parse(v).ok_or_else(|| {
                AppError::bad_request(
                    "by muss theme, committee, klimacheck, type, department, originator, month, quarter \
                     oder year sein",
                )
                .json()
            })?;
            by.push(dim);
        }
    }
    if by.is_empty() {
        by.push(Dimension::Theme);
    }
    if by.len() > MAX_BY {
        return Err(AppError::bad_request(format!("höchstens {MAX_BY} Angaben für by")).json());
    }
    let params = state
        .params(&pairs, DEFAULT_LIMIT, &["by"])
        .map_err(AppError::json)?;
    state
        .run(move |snap| {
            let stream = snap
                .index
                .stream_distinct(&params.q, &params.index_filters()?)?;
            let mut counter = stats::Counter::new(&by);
            for doc in stream.iter() {
                counter.add(&doc?.record);
            }
            Ok(Json(counter.table().to_json()))
        })
        .await
        .map_err(AppError::json)
}
