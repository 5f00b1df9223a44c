//! `GET /files/{id}` and `GET /files/{id}/download`: the PDF of an indexed paper.
//!
//! The id is looked up in the snapshot; only the path stored in the index is opened, and the
//! bytes are sent only when their size and blake3 hash are still the indexed ones — nothing
//! from the request ever names a file.

use super::error::AppError;
use super::snapshot::Paper;
use super::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use std::io::Read;
use std::sync::Arc;

/// Largest file served (bigger indexed files are refused rather than read into memory).
const MAX_FILE_BYTES: u64 = 512 * 1024 * 1024;

/// The PDF, shown in the browser.
pub(crate) async fn view(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    serve(state, id, false).await
}

/// The PDF as a download.
pub(crate) async fn download(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    serve(state, id, true).await
}

async fn serve(state: Arc<AppState>, id: String, attachment: bool) -> Result<Response, AppError> {
    let (paper, bytes) = state
        .run(move |snap| {
            let pos = snap.position(&id).ok_or_else(AppError::not_found)?;
            let paper = snap.paper(pos).ok_or_else(AppError::not_found)?.clone();
            let bytes = read_indexed(&paper)?;
            Ok((paper, bytes))
        })
        .await?;
    let name = crate::index::store::file_name(&paper.path).to_string();
    let disposition = format!(
        "{}; filename=\"{}\"; filename*=UTF-8''{}",
        if attachment { "attachment" } else { "inline" },
        ascii_name(&name),
        crate::export::urls::encode_component(&name)
    );
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    if let Ok(v) = HeaderValue::from_str(&format!("\"{}\"", paper.hash)) {
        h.insert(header::ETAG, v);
    }
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=60"),
    );
    Ok(res)
}

/// The bytes of an indexed file, when they are still what was indexed (else 404: the file was
/// moved, changed or removed since the last ingest).
pub(crate) fn read_indexed(paper: &Paper) -> Result<Vec<u8>, AppError> {
    if paper.size > MAX_FILE_BYTES {
        return Err(AppError::not_found());
    }
    let gone = |e: std::io::Error| {
        eprintln!(
            "ratsdex serve: indexed file {} not readable: {e}",
            paper.path
        );
        AppError::not_found()
    };
    let file = std::fs::File::open(crate::record::path::to_path(&paper.path)).map_err(gone)?;
    let mut bytes = Vec::with_capacity(usize::try_from(paper.size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(gone)?;
    if bytes.len() as u64 != paper.size || blake3::hash(&bytes).to_hex().as_str() != paper.hash {
        eprintln!(
            "ratsdex serve: {} changed since it was indexed; not served",
            paper.path
        );
        return Err(AppError::not_found());
    }
    Ok(bytes)
}

/// The file name with non-ASCII characters and quotes replaced, for the plain `filename=`.
fn ascii_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
