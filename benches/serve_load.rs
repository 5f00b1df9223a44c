//! Load client for `ratsdex serve` (not a test): sends a bounded number of requests per
//! endpoint from a fixed number of concurrent keep-alive connections and prints p50/p99 per
//! endpoint. Driven by `scripts/bench_serve.sh`.
//!
//!     cargo bench --bench serve_load -- --addr 127.0.0.1:PORT [--requests 2000] [--concurrency 16]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// Queries of the search endpoints (plain words, compounds, a typo, Boolean, a number, prefix).
const QUERIES: &[&str] = &[
    "Schule",
    "Digitalisierung%20der%20Verwaltung",
    "VO%2F1254%2F21",
    "Feuerwher",
    "Klimaschutz",
    "Radweg%20AND%20Schule",
    "Schul*",
    "Breitband&type=Beschlussvorlage",
    "Haushalt&klimacheck=positive&from=2021-01-01",
    "Stra%C3%9Fe&sort=date",
];

/// One keep-alive connection.
struct Conn {
    addr: String,
    reader: Option<BufReader<TcpStream>>,
}

impl Conn {
    fn new(addr: &str) -> Conn {
        Conn {
            addr: addr.to_string(),
            reader: None,
        }
    }

    /// `GET target`; returns status and body. Reconnects when the server closed the
    /// connection.
    fn get(&mut self, target: &str) -> std::io::Result<(u16, Vec<u8>)> {
        for attempt in 0..2 {
            if self.reader.is_none() {
                let s = TcpStream::connect(&self.addr)?;
                s.set_nodelay(true)?;
                s.set_read_timeout(Some(Duration::from_secs(60)))?;
                self.reader = Some(BufReader::new(s));
            }
            match self.try_get(target) {
                Ok(r) => return Ok(r),
                Err(e) if attempt == 0 => {
                    self.reader = None;
                    let _ = e;
                }
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::other("unreachable"))
    }

    fn try_get(&mut self, target: &str) -> std::io::Result<(u16, Vec<u8>)> {
        let r = self
            .reader
            .as_mut()
            .ok_or_else(|| std::io::Error::other("no connection"))?;
        write!(
            r.get_mut(),
            "GET {target} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.addr
        )?;
        let mut line = String::new();
        r.read_line(&mut line)?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut length = None;
        let mut close = false;
        loop {
            line.clear();
            r.read_line(&mut line)?;
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                let k = k.trim().to_ascii_lowercase();
                if k == "content-length" {
                    length = v.trim().parse::<usize>().ok();
                } else if k == "connection" && v.trim().eq_ignore_ascii_case("close") {
                    close = true;
                }
            }
        }
        let mut body = Vec::new();
        match length {
            Some(n) => {
                body.resize(n, 0);
                r.read_exact(&mut body)?;
            }
            None => {
                r.read_to_end(&mut body)?;
                close = true;
            }
        }
        if close {
            self.reader = None;
        }
        Ok((status, body))
    }
}

/// The latencies and failures of one endpoint.
struct Run {
    name: String,
    times: Vec<Duration>,
    errors: usize,
    wall: Duration,
}

fn run(addr: &str, name: &str, targets: &[String], requests: usize, concurrency: usize) -> Run {
    let next = AtomicUsize::new(0);
    let times = Mutex::new(Vec::with_capacity(requests));
    let errors = AtomicUsize::new(0);
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..concurrency {
            s.spawn(|| {
                let mut conn = Conn::new(addr);
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= requests {
                        break;
                    }
                    let target = &targets[i % targets.len()];
                    let t = Instant::now();
                    match conn.get(target) {
                        Ok((200, _)) => mine.push(t.elapsed()),
                        Ok((status, body)) => {
                            errors.fetch_add(1, Ordering::Relaxed);
                            if errors.load(Ordering::Relaxed) <= 3 {
                                eprintln!(
                                    "{name}: {target} → {status} {}",
                                    String::from_utf8_lossy(&body[..body.len().min(200)])
                                );
                            }
                        }
                        Err(e) => {
                            errors.fetch_add(1, Ordering::Relaxed);
                            eprintln!("{name}: {target} → {e}");
                            conn = Conn::new(addr);
                        }
                    }
                }
                if let Ok(mut all) = times.lock() {
                    all.extend(mine);
                }
            });
        }
    });
    let mut times = times.into_inner().unwrap_or_default();
    times.sort();
    Run {
        name: name.to_string(),
        times,
        errors: errors.into_inner(),
        wall: start.elapsed(),
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).map_or(0.0, |d| d.as_secs_f64() * 1e3)
}

/// Paper ids from the JSON API (newest first, several pages).
fn paper_ids(addr: &str) -> Vec<String> {
    let mut conn = Conn::new(addr);
    let mut ids = Vec::new();
    for page in 1..=5 {
        let target = format!("/api/search?limit=100&page={page}");
        let Ok((200, body)) = conn.get(&target) else {
            break;
        };
        let text = String::from_utf8_lossy(&body);
        // "id":"<32 hex>" without a JSON parser
        for part in text.split("\"id\":\"").skip(1) {
            if let Some(id) = part.get(..32) {
                ids.push(id.to_string());
            }
        }
    }
    ids
}

fn main() {
    let mut addr = String::new();
    let mut requests = 2000usize;
    let mut concurrency = 16usize;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--addr" => addr = args.next().unwrap_or_default(),
            "--requests" => requests = args.next().and_then(|v| v.parse().ok()).unwrap_or(requests),
            "--concurrency" => {
                concurrency = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(concurrency)
            }
            _ => {} // `cargo bench` passes --bench
        }
    }
    if addr.is_empty() {
        eprintln!("usage: serve_load --addr HOST:PORT [--requests N] [--concurrency C]");
        std::process::exit(2);
    }
    let ids = paper_ids(&addr);
    if ids.is_empty() {
        eprintln!("no papers found on {addr}");
        std::process::exit(1);
    }
    let q =
        |prefix: &str| -> Vec<String> { QUERIES.iter().map(|q| format!("{prefix}{q}")).collect() };
    let by_id = |prefix: &str, suffix: &str| -> Vec<String> {
        ids.iter()
            .map(|id| format!("{prefix}{id}{suffix}"))
            .collect()
    };
    let few = (requests / 10).max(20);
    let plan: Vec<(&str, Vec<String>, usize)> = vec![
        ("search page /search", q("/search?q="), requests),
        ("paper page /papers/{id}", by_id("/papers/", ""), requests),
        ("/api/search", q("/api/search?q="), requests),
        ("/api/papers/{id}", by_id("/api/papers/", ""), requests),
        ("/feed", q("/feed?q="), few),
        (
            "/oparl/v1/body/1/papers",
            (1..=50)
                .map(|p| format!("/oparl/v1/body/1/papers?page={p}"))
                .collect(),
            few,
        ),
        ("/oparl/v1/paper/{id}", by_id("/oparl/v1/paper/", ""), few),
        (
            "/overview (filtered, uncached)",
            ["klima_umwelt", "bildung", "mobilitaet", "finanzen"]
                .iter()
                .flat_map(|t| {
                    (2019..=2024)
                        .map(move |y| format!("/overview?theme={t}&from={y}-01-01&to={y}-12-31"))
                })
                .collect(),
            24,
        ),
    ];
    println!(
        "{concurrency} concurrent keep-alive clients, {} papers sampled",
        ids.len()
    );
    println!(
        "{:<32} {:>8} {:>6} {:>9} {:>9} {:>9} {:>8}",
        "endpoint", "requests", "errors", "p50 ms", "p99 ms", "max ms", "req/s"
    );
    let mut failed = false;
    for (name, targets, n) in plan {
        let r = run(&addr, name, &targets, n, concurrency);
        failed |= r.errors > 0;
        println!(
            "{:<32} {:>8} {:>6} {:>9.1} {:>9.1} {:>9.1} {:>8.0}",
            r.name,
            n,
            r.errors,
            percentile(&r.times, 0.5),
            percentile(&r.times, 0.99),
            percentile(&r.times, 1.0),
            r.times.len() as f64 / r.wall.as_secs_f64()
        );
    }
    if failed {
        std::process::exit(1);
    }
}
