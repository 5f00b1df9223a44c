//! OParl 1.1 read API under `/oparl/v1/`: `system`, the body list and the one `Body`, the paper
//! list (paginated, `modified_since`/`modified_until`), each `Paper` (mapped by
//! `export::oparl::paper_object`, the one home of the mapping), its `Consultation`s, the
//! organization list, each `Organization`, and `File` objects whose `accessUrl`/`downloadUrl`
//! serve the PDF bytes. Ids are URLs built from the base URL and the paper's path hash, so they
//! stay the same across restarts.

use super::error::AppError;
use super::snapshot::Snapshot;
use super::state::AppState;
use crate::export::oparl::{FileLinks, file_object, paper_object, type_url};
use crate::index::StoredDoc;
use axum::Router;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use serde_json::{Value, json};
use sha2::{Digest, Sha512};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Objects per list page unless `limit` says otherwise.
const PAGE: usize = 20;
/// Most objects per list page.
const MAX_PAGE: usize = 100;

type Shared = State<Arc<AppState>>;
type Reply = Result<axum::Json<Value>, AppError>;

/// The routes below `/oparl/v1`.
pub(crate) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(system))
        .route("/system", get(system))
        .route("/bodies", get(bodies))
        .route("/body/1", get(body))
        .route("/body/1/papers", get(papers))
        .route("/body/1/organizations", get(organizations))
        .route("/body/1/people", get(empty_list))
        .route("/body/1/meetings", get(empty_list))
        .route("/paper/{id}", get(paper))
        .route("/paper/{id}/consultation/{n}", get(consultation))
        .route("/organization/{slug}", get(organization))
        .route("/file/{id}", get(file))
}

fn ok(v: Value) -> Reply {
    Ok(axum::Json(v))
}

fn not_found() -> AppError {
    AppError::not_found().json()
}

/// `…/oparl/v1`.
fn base(state: &AppState) -> String {
    format!("{}/oparl/v1", state.base)
}

async fn system(State(state): Shared) -> Reply {
    let o = base(&state);
    ok(json!({
        "id": format!("{o}/system"),
        "type": type_url("System"),
        "oparlVersion": "https://schema.oparl.org/1.1/",
        "name": state.config.title,
        "body": format!("{o}/bodies"),
        "web": format!("{}/", state.base),
    }))
}

fn body_object(state: &AppState) -> Value {
    let o = base(state);
    json!({
        "id": format!("{o}/body/1"),
        "type": type_url("Body"),
        "system": format!("{o}/system"),
        "name": state.config.title,
        "shortName": state.config.title,
        "organization": format!("{o}/body/1/organizations"),
        "person": format!("{o}/body/1/people"),
        "meeting": format!("{o}/body/1/meetings"),
        "paper": format!("{o}/body/1/papers"),
        "legislativeTerm": [],
        "web": format!("{}/", state.base),
    })
}

async fn bodies(State(state): Shared, Query(q): Query<Vec<(String, String)>>) -> Reply {
    let page = Paging::parse(&q)?;
    let url = format!("{}/bodies", base(&state));
    ok(page.list(&url, 1, vec![body_object(&state)]))
}

async fn body(State(state): Shared) -> Reply {
    ok(body_object(&state))
}

async fn empty_list(
    State(state): Shared,
    uri: axum::http::Uri,
    Query(q): Query<Vec<(String, String)>>,
) -> Reply {
    let page = Paging::parse(&q)?;
    let url = format!("{}{}", state.base, uri.path());
    ok(page.list(&url, 0, Vec::new()))
}

/// `page`/`limit` and the `modified_*` filters of a list request.
#[derive(Debug, Clone, Copy)]
struct Paging {
    page: usize,
    limit: usize,
    modified_since: Option<jiff::Timestamp>,
    modified_until: Option<jiff::Timestamp>,
}

impl Paging {
    fn parse(pairs: &[(String, String)]) -> Result<Paging, AppError> {
        let mut p = Paging {
            page: 1,
            limit: PAGE,
            modified_since: None,
            modified_until: None,
        };
        let bad = |m: String| AppError::bad_request(m).json();
        let time = |v: &str, k: &str| {
            v.parse::<jiff::Timestamp>().map_err(|_| {
                bad(format!(
                    "{k} muss Datum und Uhrzeit mit Zeitzone sein (2024-01-31T00:00:00+01:00)"
                ))
            })
        };
        for (k, v) in pairs {
            match k.as_str() {
                "page" => {
                    p.page = v
                        .parse()
                        .ok()
                        .filter(|&n| n >= 1)
                        .ok_or_else(|| bad("page muss eine Zahl ab 1 sein".into()))?;
                }
                "limit" => {
                    p.limit = v
                        .parse()
                        .ok()
                        .filter(|&n| (1..=MAX_PAGE).contains(&n))
                        .ok_or_else(|| {
                            bad(format!("limit muss zwischen 1 und {MAX_PAGE} liegen"))
                        })?;
                }
                "modified_since" => p.modified_since = Some(time(v, k)?),
                "modified_until" => p.modified_until = Some(time(v, k)?),
                _ => {} // other OParl filters (created_*, omit_internal) do not apply
            }
        }
        Ok(p)
    }

    /// The range of the current page within `total` objects (empty past the end).
    fn range(&self, total: usize) -> std::ops::Range<usize> {
        let start = (self.page - 1).saturating_mul(self.limit).min(total);
        start..(start + self.limit).min(total)
    }

    /// A list object: `data`, `pagination` and `links` (`first`, `prev`, `next`, `last`, `self`)
    /// that keep the filters.
    fn list(&self, url: &str, total: usize, data: Vec<Value>) -> Value {
        let pages = total.div_ceil(self.limit).max(1);
        let link = |page: usize| {
            let mut pairs = vec![("page", page.to_string())];
            if self.limit != PAGE {
                pairs.push(("limit", self.limit.to_string()));
            }
            if let Some(t) = self.modified_since {
                pairs.push(("modified_since", t.to_string()));
            }
            if let Some(t) = self.modified_until {
                pairs.push(("modified_until", t.to_string()));
            }
            format!("{url}{}", super::params::encode(&pairs))
        };
        let mut links = serde_json::Map::new();
        links.insert("first".into(), link(1).into());
        links.insert("last".into(), link(pages).into());
        links.insert("self".into(), link(self.page).into());
        if self.page > 1 {
            links.insert("prev".into(), link((self.page - 1).min(pages)).into());
        }
        if self.page < pages {
            links.insert("next".into(), link(self.page + 1).into());
        }
        json!({
            "data": data,
            "pagination": {
                "totalElements": total,
                "elementsPerPage": self.limit,
                "currentPage": self.page,
                "totalPages": pages,
            },
            "links": links,
        })
    }
}

/// How the server links a paper's file.
fn file_links(state: &AppState, id: &str, sha512: Option<String>, text: bool) -> FileLinks {
    FileLinks {
        id: format!("{}/file/{id}", base(state)),
        access_url: format!("{}/files/{id}", state.base),
        download_url: Some(format!("{}/files/{id}/download", state.base)),
        sha512,
        text,
    }
}

/// The `Paper` of the document at `pos`, with the server's file links, `web` and the papers it
/// cites and is cited by as `relatedPaper`.
fn paper_value(state: &AppState, snap: &Snapshot, pos: usize, doc: &StoredDoc) -> Value {
    let o = base(state);
    let Some(summary) = snap.paper(pos) else {
        return Value::Null;
    };
    let links = file_links(state, &summary.id, None, false);
    let mut scratch = BTreeMap::new();
    let mut p = paper_object(doc, &o, &links, &mut scratch);
    let mut related: Vec<String> = Vec::new();
    let cited = snap
        .cites(pos)
        .iter()
        .flat_map(|r| r.papers.iter().copied());
    for i in cited.chain(snap.cited_by(pos).iter().copied()) {
        if let Some(other) = snap.paper(i) {
            let url = crate::export::oparl::paper_id(&o, &other.path);
            if !related.contains(&url) {
                related.push(url);
            }
        }
    }
    if let Some(obj) = p.as_object_mut() {
        if !related.is_empty() {
            obj.insert("relatedPaper".into(), related.into());
        }
        obj.insert(
            "web".into(),
            format!("{}/papers/{}", state.base, summary.id).into(),
        );
    }
    p
}

async fn papers(State(state): Shared, Query(q): Query<Vec<(String, String)>>) -> Reply {
    let page = Paging::parse(&q)?;
    let st = state.clone();
    state
        .run(move |snap| {
            let selected: Vec<usize> = (0..snap.papers.len())
                .filter(|&i| {
                    let m = snap.paper(i).and_then(|p| p.modified);
                    page.modified_since
                        .is_none_or(|t| m.is_some_and(|m| m >= t))
                        && page
                            .modified_until
                            .is_none_or(|t| m.is_some_and(|m| m <= t))
                })
                .collect();
            let mut data = Vec::new();
            for &pos in selected.get(page.range(selected.len())).unwrap_or(&[]) {
                if let Some(doc) = snap.load(pos)? {
                    data.push(paper_value(&st, snap, pos, &doc));
                }
            }
            let url = format!("{}/body/1/papers", base(&st));
            ok(page.list(&url, selected.len(), data))
        })
        .await
        .map_err(AppError::json)
}

async fn paper(State(state): Shared, Path(id): Path<String>) -> Reply {
    let st = state.clone();
    state
        .run(move |snap| {
            let pos = snap.position(&id).ok_or_else(not_found)?;
            let doc = snap.load(pos)?.ok_or_else(not_found)?;
            ok(paper_value(&st, snap, pos, &doc))
        })
        .await
        .map_err(AppError::json)
}

async fn consultation(State(state): Shared, Path((id, n)): Path<(String, String)>) -> Reply {
    let st = state.clone();
    state
        .run(move |snap| {
            let pos = snap.position(&id).ok_or_else(not_found)?;
            let doc = snap.load(pos)?.ok_or_else(not_found)?;
            let p = paper_value(&st, snap, pos, &doc);
            let want = format!("{}/paper/{id}/consultation/{n}", base(&st));
            let found = p
                .get("consultation")
                .and_then(Value::as_array)
                .and_then(|cs| {
                    cs.iter()
                        .find(|c| c.get("id") == Some(&Value::from(want.clone())))
                })
                .cloned()
                .ok_or_else(not_found)?;
            ok(found)
        })
        .await
        .map_err(AppError::json)
}

async fn organizations(State(state): Shared, Query(q): Query<Vec<(String, String)>>) -> Reply {
    let page = Paging::parse(&q)?;
    let snap = state.snapshot();
    let all: Vec<&Value> = snap.organizations.values().collect();
    let data = all
        .get(page.range(all.len()))
        .unwrap_or(&[])
        .iter()
        .map(|v| (*v).clone())
        .collect();
    let url = format!("{}/body/1/organizations", base(&state));
    ok(page.list(&url, all.len(), data))
}

async fn organization(State(state): Shared, Path(slug): Path<String>) -> Reply {
    let id = format!("{}/organization/{slug}", base(&state));
    let snap = state.snapshot();
    let org = snap.organizations.get(&id).cloned().ok_or_else(not_found)?;
    ok(org)
}

async fn file(State(state): Shared, Path(id): Path<String>) -> Reply {
    let st = state.clone();
    state
        .run(move |snap| {
            let pos = snap.position(&id).ok_or_else(not_found)?;
            let doc = snap.load(pos)?.ok_or_else(not_found)?;
            let summary = snap.paper(pos).ok_or_else(not_found)?;
            // the checksum only of bytes that are still the indexed ones
            let sha512 = super::files::read_indexed(summary)
                .ok()
                .map(|bytes| hex(&Sha512::digest(&bytes)));
            let links = file_links(&st, &summary.id, sha512, true);
            let mut f = file_object(&doc, &links);
            if let Some(obj) = f.as_object_mut() {
                obj.insert(
                    "paper".into(),
                    json!([crate::export::oparl::paper_id(&base(&st), &summary.path)]),
                );
                if let Some(t) = crate::export::oparl::modified(&doc) {
                    obj.insert("modified".into(), t.into());
                }
            }
            ok(f)
        })
        .await
        .map_err(AppError::json)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
