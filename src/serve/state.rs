//! Shared server state: the current snapshot (swapped when the index commits), the bounded
//! pool of index work, and what every page needs (theme labels, base URLs).

use super::Config;
use super::error::AppError;
use super::params::SearchParams;
use super::snapshot::{Generation, Snapshot};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tokio::sync::Semaphore;

/// How long a request waits for a free worker before it gets 503.
const QUEUE_WAIT: Duration = Duration::from_secs(5);
/// How long one piece of index work may take before the client gets 503.
const WORK_TIMEOUT: Duration = Duration::from_secs(20);
/// How long a commit that could not be loaded is left alone before the next try.
const RETRY_AFTER: Duration = Duration::from_secs(10);
/// Rendered overviews kept (per snapshot, keyed by the request's filters).
const OVERVIEW_CACHE: usize = 16;

/// Everything a handler can reach.
pub(crate) struct AppState {
    /// The server's settings.
    pub config: Config,
    /// Public base URL, no trailing slash.
    pub base: String,
    snapshot: RwLock<Arc<Snapshot>>,
    work: Semaphore,
    overviews: Mutex<Vec<(String, Arc<String>)>>,
}

impl AppState {
    /// State serving `snapshot`, running at most `workers` pieces of index work at once.
    pub fn new(config: Config, base: String, snapshot: Snapshot, workers: usize) -> AppState {
        AppState {
            config,
            base,
            snapshot: RwLock::new(Arc::new(snapshot)),
            work: Semaphore::new(workers.max(1)),
            overviews: Mutex::new(Vec::new()),
        }
    }

    /// The current snapshot.
    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(s) => s.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    fn replace(&self, snap: Snapshot) {
        let snap = Arc::new(snap);
        match self.snapshot.write() {
            Ok(mut s) => *s = snap,
            Err(poisoned) => *poisoned.into_inner() = snap,
        }
        if let Ok(mut cache) = self.overviews.lock() {
            cache.clear();
        }
    }

    /// The search parameters of a request (see [`SearchParams::parse`]), the theme named as the
    /// index served now names it.
    pub fn params(
        &self,
        pairs: &[(String, String)],
        default_limit: usize,
        extra: &[&str],
    ) -> Result<SearchParams, AppError> {
        SearchParams::parse(pairs, default_limit, extra)?
            .with_theme_ids(&self.snapshot().theme_labels)
    }

    /// The label of a theme id in the index served now (the id itself when unknown).
    pub fn theme_label(&self, id: &str) -> String {
        self.snapshot().theme_label(id).to_string()
    }

    /// Run index work on the blocking pool: at most `workers` at once, waiting at most
    /// [`QUEUE_WAIT`] for a turn and [`WORK_TIMEOUT`] for the result (503 otherwise); a
    /// panic becomes a 500 without details.
    pub async fn run<T, F>(&self, f: F) -> Result<T, AppError>
    where
        F: FnOnce(&Snapshot) -> Result<T, AppError> + Send + 'static,
        T: Send + 'static,
    {
        let permit = tokio::time::timeout(QUEUE_WAIT, self.work.acquire())
            .await
            .map_err(|_| AppError::busy())?
            .map_err(AppError::internal)?;
        let snap = self.snapshot();
        let task = tokio::task::spawn_blocking(move || f(&snap));
        let result = tokio::time::timeout(WORK_TIMEOUT, task).await;
        drop(permit);
        match result {
            Err(_) => Err(AppError::busy()),
            Ok(Err(join)) => Err(AppError::internal(format!("worker failed: {join}"))),
            Ok(Ok(r)) => r,
        }
    }

    /// A cached overview fragment for `key` in the current snapshot.
    pub fn cached_overview(&self, key: &str) -> Option<Arc<String>> {
        let cache = self.overviews.lock().ok()?;
        cache.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }

    /// Remember an overview fragment (the oldest is dropped beyond [`OVERVIEW_CACHE`]).
    pub fn cache_overview(&self, key: String, html: Arc<String>) {
        if let Ok(mut cache) = self.overviews.lock() {
            cache.retain(|(k, _)| *k != key);
            if cache.len() >= OVERVIEW_CACHE {
                cache.remove(0);
            }
            cache.push((key, html));
        }
    }
}

/// Check the index for a new commit every `every` and swap in a fresh snapshot when there is
/// one; while it loads, and when it fails (e.g. mid-rebuild; retried after [`RETRY_AFTER`]),
/// the old snapshot keeps serving.
pub(crate) async fn watch(state: Arc<AppState>, every: Duration) {
    let mut failed: Option<(Generation, std::time::Instant)> = None;
    loop {
        tokio::time::sleep(every).await;
        let dir = state.config.index.clone();
        let Some(now) = Generation::of(&dir) else {
            continue;
        };
        let retry_later = failed.is_some_and(|(g, at)| g == now && at.elapsed() < RETRY_AFTER);
        if Some(now) == state.snapshot().generation || retry_later {
            continue;
        }
        let base = state.base.clone();
        let loaded = tokio::task::spawn_blocking(move || Snapshot::open(&dir, &base)).await;
        match loaded {
            Ok(Ok(snap)) => {
                failed = None;
                state.replace(snap);
            }
            Ok(Err(e)) => {
                eprintln!("ratsdex serve: the index changed but cannot be read (yet): {e}");
                failed = Some((now, std::time::Instant::now()));
            }
            Err(e) => {
                eprintln!("ratsdex serve: reloading the index failed: {e}");
                failed = Some((now, std::time::Instant::now()));
            }
        }
    }
}
