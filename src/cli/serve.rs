//! `ratsdex serve`: the index as a website, JSON API and OParl API.

use super::common::{EXIT_OK, EXIT_USAGE, IndexOpt};
use crate::serve::{Config, run};
use std::net::SocketAddr;

/// Serve the index in a browser: search, paper pages, charts, feeds, JSON and OParl 1.1.
///
/// Read-only: it keeps serving while `ratsdex ingest` runs and shows new papers once they are
/// committed. Listens on loopback only unless --allow-remote is given (there is no login: put a
/// reverse proxy with TLS in front of it before exposing it).
///
/// Examples:
///   ratsdex serve                                  # http://127.0.0.1:8080/
///   ratsdex serve --index /srv/ratsdex --bind 127.0.0.1:9000
///   ratsdex serve --bind 0.0.0.0:8080 --allow-remote --base-url https://ris.example.de
#[derive(Debug, clap::Args)]
#[command(
    verbatim_doc_comment,
    about = "Serve the index in a browser: search, papers, charts, feeds, OParl"
)]
pub struct Args {
    #[command(flatten)]
    index: IndexOpt,
    /// Address and port to listen on.
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// Allow --bind on an address other than loopback (reachable from other machines).
    #[arg(long)]
    allow_remote: bool,
    /// Public URL of the server (for OParl ids and feed links), e.g. behind a reverse proxy.
    #[arg(long, value_name = "URL")]
    base_url: Option<String>,
    /// Name of the archive shown on the pages and as the OParl body.
    #[arg(long, default_value = "Ratsdokumente")]
    title: String,
}

/// Run `serve`.
pub fn run_cmd(args: Args) -> anyhow::Result<i32> {
    if !args.bind.ip().is_loopback() && !args.allow_remote {
        eprintln!(
            "ratsdex: --bind {} is reachable from other machines; add --allow-remote if that is \
             what you want (there is no login — put a reverse proxy with TLS in front)",
            args.bind
        );
        return Ok(EXIT_USAGE);
    }
    if let Some(url) = &args.base_url
        && !(url.starts_with("http://") || url.starts_with("https://"))
    {
        eprintln!("ratsdex: --base-url must start with http:// or https://, not {url:?}");
        return Ok(EXIT_USAGE);
    }
    let config = Config {
        index: args.index.index.clone(),
        bind: args.bind,
        base_url: args.base_url.clone(),
        title: args.title.clone(),
    };
    run(config, |addr, papers| {
        eprintln!(
            "ratsdex serve: {papers} papers from {} on http://{addr}/ (Ctrl-C stops)",
            args.index.index.display()
        );
    })?;
    Ok(EXIT_OK)
}
