//! The page frame: head, header with navigation, footer, the stylesheet, error pages.

use axum::http::header;
use axum::response::{Html, IntoResponse};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::sync::OnceLock;

/// What goes into a page's frame besides its body.
#[derive(Debug, Default)]
pub(crate) struct Frame<'a> {
    /// `<title>` (the archive's name is appended).
    pub title: &'a str,
    /// Name of the archive.
    pub site: &'a str,
    /// Which navigation entry is current: `search`, `overview` or none.
    pub current: &'a str,
    /// Query string carried over to the navigation links (search ↔ overview).
    pub query: &'a str,
    /// Atom feed of this page, when it has one.
    pub feed: Option<String>,
}

/// A whole page.
pub(crate) fn page(frame: &Frame<'_>, body: Markup) -> Html<String> {
    let nav = [
        ("search", "Suche", format!("/search{}", frame.query)),
        ("overview", "Übersicht", format!("/overview{}", frame.query)),
        ("api", "API", "/oparl/v1/system".to_string()),
    ];
    let markup = html! {
        (DOCTYPE)
        html lang="de" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (frame.title) " – " (frame.site) }
                link rel="icon" href="data:,";
                link rel="stylesheet" href="/assets/style.css";
                @if let Some(feed) = &frame.feed {
                    link rel="alternate" type="application/atom+xml" title="Feed dieser Suche" href=(feed);
                }
            }
            body {
                a.skip href="#inhalt" { "Zum Inhalt springen" }
                header.site {
                    a.brand href="/" { (frame.site) }
                    nav aria-label="Hauptnavigation" {
                        ul {
                            @for (key, label, href) in &nav {
                                li {
                                    @if *key == frame.current {
                                        a href=(href) aria-current="page" { (label) }
                                    } @else {
                                        a href=(href) { (label) }
                                    }
                                }
                            }
                        }
                    }
                }
                main id="inhalt" tabindex="-1" { (body) }
                footer.site {
                    "ratsdex " (env!("CARGO_PKG_VERSION"))
                    " · Daten: " a href="/api/search" { "JSON" }
                    " · " a href="/oparl/v1/system" { "OParl 1.1" }
                }
            }
        }
    };
    Html(markup.into_string())
}

/// An error page (status set by the caller).
pub(crate) fn error_page(title: &str, message: &str) -> Html<String> {
    page(
        &Frame {
            title,
            site: "ratsdex",
            ..Frame::default()
        },
        html! {
            h1 { (title) }
            p { (message) }
            p { a href="/" { "Zur Suche" } }
        },
    )
}

/// Trusted markup produced by the report module (already escaped there).
pub(crate) fn trusted(fragment: &str) -> PreEscaped<&str> {
    PreEscaped(fragment)
}

/// `GET /assets/style.css`: the report's stylesheet followed by the server's.
pub(crate) async fn stylesheet() -> impl IntoResponse {
    static CSS: OnceLock<String> = OnceLock::new();
    let css = CSS.get_or_init(|| {
        format!(
            "{}\n{}",
            crate::export::report::stylesheet(),
            include_str!("../assets/serve.css")
        )
    });
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        css.as_str(),
    )
}
