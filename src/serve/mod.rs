//! `ratsdex serve`: the index in a browser and as an API, read-only.
//!
//! Server-rendered German HTML (search with facets, paper pages with the links between papers,
//! the report's charts live), Atom feeds per search, a JSON API and an OParl 1.1 read API. The
//! index is only read: a background task notices new commits (e.g. of a running `ingest`) and
//! swaps in a fresh [`snapshot::Snapshot`]. Files are served only by the id of an indexed paper,
//! and only while their bytes still match the index.

mod api;
mod error;
mod feed;
mod files;
mod html;
mod oparl;
mod params;
mod snapshot;
mod state;

use axum::Router;
use axum::routing::get;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// How the server runs.
#[derive(Debug, Clone)]
pub struct Config {
    /// The index directory (only read).
    pub index: PathBuf,
    /// Where to listen.
    pub bind: SocketAddr,
    /// The public base URL of the server (no trailing slash); OParl ids and feed links start
    /// with it. `None`: `http://` + the bound address.
    pub base_url: Option<String>,
    /// Name of the archive (page headings, the OParl `Body`).
    pub title: String,
}

/// Why the server could not run.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The index could not be opened.
    #[error("{0}")]
    Index(#[from] crate::index::IndexError),
    /// The address could not be bound.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// Another I/O error (runtime start-up).
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Most connections served at once (further clients wait in the accept queue).
const MAX_CONNECTIONS: usize = 256;
/// Time a client has to send a request's headers.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Longest life of one connection (keep-alive included).
const CONNECTION_LIFETIME: Duration = Duration::from_secs(300);
/// Largest request head (request line and headers) read, in bytes.
const MAX_HEAD_BYTES: usize = 128 * 1024;
/// How often the index directory is checked for a new commit.
const RELOAD_EVERY: Duration = Duration::from_secs(1);

/// Run the server until the process is stopped; `ready` is called with the bound address and
/// the number of papers once requests are accepted.
pub fn run(config: Config, ready: impl FnOnce(SocketAddr, usize)) -> Result<(), ServeError> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().min(8));
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(workers)
        .max_blocking_threads(4 * workers)
        .enable_all()
        .build()?;
    runtime.block_on(serve(config, workers, ready))
}

async fn serve(
    config: Config,
    workers: usize,
    ready: impl FnOnce(SocketAddr, usize),
) -> Result<(), ServeError> {
    let listener = tokio::net::TcpListener::bind(config.bind)
        .await
        .map_err(|source| ServeError::Bind {
            addr: config.bind,
            source,
        })?;
    let addr = listener.local_addr()?;
    let base = config
        .base_url
        .clone()
        .unwrap_or_else(|| format!("http://{addr}"))
        .trim_end_matches('/')
        .to_string();
    let index_dir = config.index.clone();
    let snap = tokio::task::spawn_blocking({
        let base = base.clone();
        move || snapshot::Snapshot::open(&index_dir, &base)
    })
    .await
    .map_err(|e| std::io::Error::other(e.to_string()))??;
    let papers = snap.papers.len();
    let state = Arc::new(state::AppState::new(config, base, snap, 2 * workers));
    tokio::spawn(state::watch(state.clone(), RELOAD_EVERY));
    let app = router(state);
    ready(addr, papers);
    let connections = Arc::new(tokio::sync::Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(permit) = connections.clone().acquire_owned().await else {
            return Ok(());
        };
        let (stream, _) = match listener.accept().await {
            Ok(conn) => conn,
            Err(e) => {
                // e.g. too many open files: wait a moment instead of spinning
                eprintln!("ratsdex serve: accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let service = TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .max_buf_size(MAX_HEAD_BYTES);
            let conn = http.serve_connection(TokioIo::new(stream), service);
            // a connection past its lifetime is dropped; errors (resets, timeouts) end it quietly
            let _ = tokio::time::timeout(CONNECTION_LIFETIME, conn).await;
            drop(permit);
        });
    }
}

/// Every route.
fn router(state: Arc<state::AppState>) -> Router {
    Router::new()
        .route("/", get(html::search::page))
        .route("/search", get(html::search::page))
        .route("/papers/{id}", get(html::paper::page))
        .route("/overview", get(html::overview::page))
        .route("/feed", get(feed::search))
        .route("/files/{id}", get(files::view))
        .route("/files/{id}/download", get(files::download))
        .route("/assets/style.css", get(html::layout::stylesheet))
        .route("/api/search", get(api::search))
        .route("/api/papers/{id}", get(api::paper))
        .route("/api/stats", get(api::stats))
        .nest("/oparl/v1", oparl::routes())
        .fallback(error::not_found)
        .layer(axum::middleware::map_response(error::common_headers))
        .with_state(state)
}
