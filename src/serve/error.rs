//! What a client sees when a request fails: a status and one German sentence — never a
//! stack trace or an internal message (those go to stderr) — plus the headers every response
//! carries.

use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

/// How an error is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// An HTML page.
    Html,
    /// `{"error": "…"}` (the JSON and OParl APIs).
    Json,
}

/// A failed request.
#[derive(Debug)]
pub(crate) struct AppError {
    /// HTTP status.
    pub status: StatusCode,
    /// The sentence shown to the client.
    pub message: String,
    /// How it is rendered.
    pub format: Format,
}

impl AppError {
    /// 400 with a message saying what to change.
    pub fn bad_request(message: impl Into<String>) -> AppError {
        AppError {
            status: StatusCode::BAD_REQUEST,
            message: message.into(),
            format: Format::Html,
        }
    }

    /// 404.
    pub fn not_found() -> AppError {
        AppError {
            status: StatusCode::NOT_FOUND,
            message: "Nicht gefunden.".into(),
            format: Format::Html,
        }
    }

    /// 503: no worker became free in time, or the work took too long.
    pub fn busy() -> AppError {
        AppError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            message: "Der Server ist ausgelastet. Bitte gleich noch einmal versuchen.".into(),
            format: Format::Html,
        }
    }

    /// 500; `detail` is logged, never sent.
    pub fn internal(detail: impl std::fmt::Display) -> AppError {
        eprintln!("ratsdex serve: internal error: {detail}");
        AppError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: "Interner Fehler.".into(),
            format: Format::Html,
        }
    }

    /// The same error rendered as JSON.
    pub fn json(mut self) -> AppError {
        self.format = Format::Json;
        self
    }
}

impl From<crate::index::IndexError> for AppError {
    fn from(e: crate::index::IndexError) -> AppError {
        match e {
            crate::index::IndexError::Query(m) => {
                AppError::bad_request(format!("Die Suchanfrage ist ungültig: {m}"))
            }
            other => AppError::internal(other),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        match self.format {
            Format::Json => (
                self.status,
                axum::Json(serde_json::json!({ "error": self.message })),
            )
                .into_response(),
            Format::Html => {
                let title = match self.status.as_u16() {
                    400 => "Ungültige Anfrage",
                    404 => "Nicht gefunden",
                    503 => "Ausgelastet",
                    _ => "Fehler",
                };
                let page = super::html::layout::error_page(title, &self.message);
                (self.status, page).into_response()
            }
        }
    }
}

/// Any path no route serves.
pub(crate) async fn not_found(uri: Uri) -> AppError {
    let e = AppError::not_found();
    if uri.path().starts_with("/api/") || uri.path().starts_with("/oparl/") {
        e.json()
    } else {
        e
    }
}

/// Headers on every response: no sniffing, no framing, nothing loaded from elsewhere, and
/// CORS for the APIs (OParl asks for `Access-Control-Allow-Origin: *`).
pub(crate) async fn common_headers(uri: Uri, mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    let html = h
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if html {
        // no scripts at all; inline style attributes only for the charts' legend swatches
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; \
                 form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
            ),
        );
    }
    let path = uri.path();
    if path.starts_with("/api/") || path.starts_with("/oparl/") || path.starts_with("/files/") {
        h.insert(
            header::ACCESS_CONTROL_ALLOW_ORIGIN,
            HeaderValue::from_static("*"),
        );
    }
    res
}
