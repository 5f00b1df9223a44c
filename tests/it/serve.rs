//! `ratsdex serve` end to end: the binary serves an index of `corpus/` on a free loopback port
//! and is driven over raw HTTP/1.1 (raw, so that `..` and odd encodings reach the server as
//! sent).
//!
//! OParl 1.1 fields checked (the specification's "ZWINGEND" properties, schema.oparl.org/1.1):
//! - every object: `id` (a URL), `type` (`https://schema.oparl.org/1.1/<Kind>`)
//! - `System`: `oparlVersion` (`https://schema.oparl.org/1.1/`), `body` (URL of the body list)
//! - `Body`: `name`, `organization`, `person`, `meeting`, `paper` (list URLs), `legislativeTerm`
//! - `File`: `accessUrl` (serving the bytes)
//! - lists: `data`, `pagination` (`totalElements`, `elementsPerPage`, `currentPage`,
//!   `totalPages`), `links` (`first`, `last`, `next` while there is a next page)
//!
//! and, beyond the required ones, the Paper fields the issue asks for: `body`, `name`,
//! `reference`, `date`, `paperType`, `underDirectionOf`, `consultation`, `mainFile`, `keyword`.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_ratsdex")
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

fn ingest(paths: &[&Path], index: &Path) {
    let mut cmd = Command::new(bin());
    cmd.arg("ingest").args(paths).arg("--index").arg(index);
    let out = cmd.output().expect("ratsdex runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// One index of the whole corpus, built once for all tests of this file.
fn corpus_index() -> &'static Path {
    static INDEX: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("temp dir");
            let index = dir.path().join("index");
            ingest(&[&corpus()], &index);
            (dir, index)
        })
        .1
}

/// A running server, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(index: &Path, extra: &[&str]) -> Server {
    let mut child = Command::new(bin())
        .args(["serve", "--bind", "127.0.0.1:0", "--index"])
        .arg(index)
        .args(extra)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("ratsdex serve starts");
    let stderr = child.stderr.take().expect("stderr");
    let mut lines = BufReader::new(stderr).lines();
    for line in lines.by_ref() {
        let line = line.expect("stderr line");
        if let Some(rest) = line.split("http://").nth(1) {
            let addr = rest.split('/').next().unwrap_or_default().to_string();
            // keep draining stderr so the server never blocks on a full pipe
            std::thread::spawn(move || for _ in lines {});
            return Server { child, addr };
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("serve printed no address");
}

/// A response: status, headers (lower-case names), body.
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

impl Server {
    /// `GET target` sent exactly as given.
    fn get(&self, target: &str) -> Response {
        let mut s = TcpStream::connect(&self.addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(60))).ok();
        write!(
            s,
            "GET {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .expect("send");
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).expect("read");
        parse(&raw)
    }

    /// The status of `GET target`, or `None` when the server closed the connection first.
    fn try_status(&self, target: &str) -> Option<u16> {
        let mut s = TcpStream::connect(&self.addr).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(60))).ok();
        let request = format!("GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        let _ = s.write_all(request.as_bytes());
        let mut raw = Vec::new();
        let _ = s.read_to_end(&mut raw);
        let head = String::from_utf8_lossy(&raw);
        head.split_whitespace().nth(1)?.parse().ok()
    }

    /// `GET` of an absolute URL the server handed out (its own base).
    fn follow(&self, url: &str) -> Response {
        let prefix = format!("http://{}", self.addr);
        let target = url
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{url} is not on {prefix}"));
        self.get(target)
    }
}

fn parse(raw: &[u8]) -> Response {
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("end of head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .expect("status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let chunked = headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    if chunked {
        let mut out = Vec::new();
        let mut rest = &body[..];
        while let Some(eol) = rest.windows(2).position(|w| w == b"\r\n") {
            let size = usize::from_str_radix(String::from_utf8_lossy(&rest[..eol]).trim(), 16)
                .expect("chunk size");
            if size == 0 {
                break;
            }
            out.extend_from_slice(&rest[eol + 2..eol + 2 + size]);
            rest = &rest[eol + 2 + size + 2..];
        }
        body = out;
    }
    Response {
        status,
        headers,
        body,
    }
}

/// Percent-encode a query value (every byte outside the unreserved set).
fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The paper id of the first hit for `q`.
fn paper_id(server: &Server, q: &str) -> String {
    let r = server.get(&format!("/api/search?q={}&limit=1", enc(q)));
    assert_eq!(r.status, 200, "{}", r.text());
    r.json()["hits"][0]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no hit for {q}"))
        .to_string()
}

#[test]
fn search_page_lists_the_paper_with_facets_snippets_and_feed_link() {
    let server = serve(corpus_index(), &[]);
    let r = server.get("/search?q=Digitalisierung");
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    let html = r.text();
    assert!(
        html.contains(r#"<span class="ds">VO/1254/21</span>"#),
        "VO/1254/21 not listed"
    );
    assert!(html.contains("<mark>"), "no highlighted snippet");
    assert!(html.contains(" Treffer"), "no result count");
    assert!(html.contains("Eingrenzen") && html.contains("?q=Digitalisierung&amp;theme="));
    assert!(html.contains(r#"type="application/atom+xml""#));
    assert!(html.contains(r#"href="/feed?q=Digitalisierung""#));
    assert!(!html.contains("<script"), "the pages need no script");
    // no asset from elsewhere
    for bad in ["src=\"http", "href=\"http", "@import"] {
        assert!(!html.contains(bad), "external asset: {bad}");
    }
    assert!(
        r.header("content-security-policy")
            .unwrap()
            .contains("default-src 'none'")
    );
    // paging: page 2 of a broad search continues the numbering
    let p2 = server.get("/search?q=Stadt&page=2").text();
    assert!(p2.contains(r#"<ol class="hits" start="11">"#), "{p2}");
    // a facet link narrows the result
    let narrowed = server
        .get("/search?q=Digitalisierung&type=Mitteilungsvorlage")
        .text();
    assert!(!narrowed.contains(r#"<span class="ds">VO/1254/21</span>"#));
    assert!(narrowed.contains("Typ: Mitteilungsvorlage"));
}

#[test]
fn feed_is_valid_atom_listing_the_paper() {
    let server = serve(corpus_index(), &[]);
    let r = server.get("/feed?q=Digitalisierung");
    assert_eq!(r.status, 200);
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let text = r.text();
    let doc = roxmltree::Document::parse(&text).expect("well-formed XML");
    let atom = "http://www.w3.org/2005/Atom";
    let feed = doc.root_element();
    assert!(feed.has_tag_name((atom, "feed")));
    fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
        n.children()
            .find(|c| c.has_tag_name(("http://www.w3.org/2005/Atom", name)))
    }
    for required in ["id", "title", "updated", "author"] {
        assert!(child(feed, required).is_some(), "feed without {required}");
    }
    let entries: Vec<_> = feed
        .children()
        .filter(|c| c.has_tag_name((atom, "entry")))
        .collect();
    assert!(!entries.is_empty());
    let mut dates = Vec::new();
    for e in &entries {
        for required in ["id", "title", "updated", "link"] {
            assert!(child(*e, required).is_some(), "entry without {required}");
        }
        let updated = child(*e, "updated").unwrap().text().unwrap();
        assert!(updated.parse::<jiff::Timestamp>().is_ok(), "{updated}");
        if let Some(p) = child(*e, "published") {
            dates.push(p.text().unwrap().to_string());
        }
    }
    let titles: Vec<&str> = entries
        .iter()
        .filter_map(|e| child(*e, "title")?.text())
        .collect();
    assert!(
        titles.iter().any(|t| t.starts_with("VO/1254/21")),
        "{titles:?}"
    );
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest papers first");
}

#[test]
fn paper_page_shows_the_record_and_the_links_between_papers() {
    let server = serve(corpus_index(), &[]);
    let id = paper_id(&server, "VO/1254/21");
    let html = server.get(&format!("/papers/{id}")).text();
    assert!(html.contains("<h2>Beratungsfolge</h2>"));
    assert!(html.contains(r#"<table class="consultations">"#));
    assert!(
        html.contains("Unterausschuss Digitalisierung"),
        "committee missing"
    );
    assert!(html.contains("<h2>Klimacheck</h2>"));
    assert!(html.contains(r#"class="kc kc-neutral""#));
    assert!(html.contains("<h2>Themen</h2>") && html.contains("Warum?"));
    assert!(html.contains(&format!(r#"href="/files/{id}""#)));
    assert!(html.contains("<h2>Volltext</h2>"));
    // VO/0871/22/1-A cites VO/0871/22: each page shows the other
    let base = paper_id(&server, "VO/0871/22");
    let amendment = paper_id(&server, "VO/0871/22/1-A");
    assert_ne!(base, amendment);
    let page = server.get(&format!("/papers/{base}")).text();
    let cited_by = page
        .split("<h3>Zitiert von</h3>")
        .nth(1)
        .expect("cited-by section");
    assert!(
        cited_by.contains(&format!(r#"href="/papers/{amendment}""#)),
        "cited by the Ergänzungsvorlage"
    );
    let page = server.get(&format!("/papers/{amendment}")).text();
    let cites = page.split("<h3>Verweist auf</h3>").nth(1).unwrap();
    let cites = cites.split("<h3>").next().unwrap();
    assert!(cites.contains(&format!(r#"href="/papers/{base}""#)));
    let api = server.get(&format!("/api/papers/{base}")).json();
    assert_eq!(api["record"]["drucksache"], "VO/0871/22");
    assert_eq!(api["cited_by"][0]["id"], amendment.as_str());
}

#[test]
fn api_search_equals_the_cli_json_in_hits() {
    let server = serve(corpus_index(), &[]);
    let api = server.get("/api/search?q=Digitalisierung").json();
    let out = Command::new(bin())
        .args(["search", "Digitalisierung", "--json", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(api["total"], cli["total"]);
    let strip = |hits: &Value| -> Vec<Value> {
        hits.as_array()
            .unwrap()
            .iter()
            .map(|h| {
                let mut h = h.clone();
                h.as_object_mut().unwrap().remove("id");
                h
            })
            .collect()
    };
    assert_eq!(strip(&api["hits"]), strip(&cli["hits"]));
    assert!(
        api["facets"]["theme"]
            .as_object()
            .is_some_and(|t| !t.is_empty())
    );
    // stats as `stats --json`
    let api = server.get("/api/stats?by=theme").json();
    let out = Command::new(bin())
        .args(["stats", "--by", "theme", "--json", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(api, cli);
}

#[test]
fn overview_draws_the_report_charts_for_the_filters() {
    let server = serve(corpus_index(), &[]);
    let all = server.get("/overview").text();
    assert_eq!(all.matches("<svg").count(), 4, "four charts");
    let some = server.get("/overview?theme=mobilitaet").text();
    let docs = |html: &str| -> String {
        html.split(r#"<ul class="figures"><li><b>"#)
            .nth(1)
            .and_then(|s| s.split('<').next())
            .unwrap()
            .to_string()
    };
    assert!(docs(&some).parse::<u32>().unwrap() < docs(&all).parse::<u32>().unwrap());
}

fn assert_oparl(obj: &Value, kind: &str, required: &[&str]) {
    assert_eq!(
        obj["type"],
        format!("https://schema.oparl.org/1.1/{kind}"),
        "{obj}"
    );
    assert!(
        obj["id"].as_str().is_some_and(|u| u.starts_with("http")),
        "{obj}"
    );
    for key in required {
        assert!(
            obj.get(*key).is_some_and(|v| !v.is_null()),
            "{kind} without {key}: {obj}"
        );
    }
}

fn assert_list(list: &Value) {
    assert!(list["data"].is_array());
    for key in [
        "totalElements",
        "elementsPerPage",
        "currentPage",
        "totalPages",
    ] {
        assert!(list["pagination"][key].is_u64(), "pagination.{key}: {list}");
    }
    assert!(list["links"]["first"].is_string() && list["links"]["last"].is_string());
    let (page, pages) = (
        list["pagination"]["currentPage"].as_u64().unwrap(),
        list["pagination"]["totalPages"].as_u64().unwrap(),
    );
    assert_eq!(list["links"]["next"].is_string(), page < pages);
}

#[test]
fn oparl_leads_from_the_system_to_every_paper_and_its_pdf_bytes() {
    let server = serve(corpus_index(), &[]);
    let system = server.get("/oparl/v1/system").json();
    assert_oparl(&system, "System", &["oparlVersion", "body"]);
    assert_eq!(system["oparlVersion"], "https://schema.oparl.org/1.1/");
    let bodies = server.follow(system["body"].as_str().unwrap()).json();
    assert_list(&bodies);
    let body = &bodies["data"][0];
    let required = [
        "name",
        "organization",
        "person",
        "meeting",
        "paper",
        "legislativeTerm",
    ];
    assert_oparl(body, "Body", &required);
    assert_eq!(server.follow(body["id"].as_str().unwrap()).json(), *body);
    let orgs = server.follow(body["organization"].as_str().unwrap()).json();
    assert_list(&orgs);
    for o in orgs["data"].as_array().unwrap() {
        assert_oparl(o, "Organization", &["name"]);
    }
    for list in ["person", "meeting"] {
        assert_list(&server.follow(body[list].as_str().unwrap()).json());
    }
    // walk the paper list page by page
    let mut url = format!("{}?limit=7", body["paper"].as_str().unwrap());
    let (mut seen, mut found) = (0, None);
    let mut total: Option<u64>;
    loop {
        let list = server.follow(&url).json();
        assert_list(&list);
        total = list["pagination"]["totalElements"].as_u64();
        for p in list["data"].as_array().unwrap() {
            assert_oparl(p, "Paper", &["body", "name", "mainFile"]);
            assert_oparl(&p["mainFile"], "File", &["accessUrl"]);
            seen += 1;
            if p["reference"] == "VO/1254/21" {
                found = Some(p.clone());
            }
        }
        match list["links"]["next"].as_str() {
            Some(next) => url = next.to_string(),
            None => break,
        }
    }
    assert_eq!(Some(seen), total);
    assert_eq!(total, Some(55));
    let paper = found.expect("VO/1254/21 in the paper list");
    let want = [
        "reference",
        "date",
        "paperType",
        "underDirectionOf",
        "consultation",
        "keyword",
    ];
    assert_oparl(&paper, "Paper", &want);
    for c in paper["consultation"].as_array().unwrap() {
        assert_oparl(c, "Consultation", &["paper", "organization"]);
        assert_eq!(server.follow(c["id"].as_str().unwrap()).json(), *c);
    }
    // the paper object, its file object, the bytes
    let fetched = server.follow(paper["id"].as_str().unwrap()).json();
    assert_eq!(fetched["id"], paper["id"]);
    let file = server
        .follow(paper["mainFile"]["id"].as_str().unwrap())
        .json();
    assert_oparl(
        &file,
        "File",
        &["accessUrl", "downloadUrl", "sha512Checksum"],
    );
    let pdf = std::fs::read(corpus().join("dev01_wuppertal_vo-1254-21.pdf")).unwrap();
    let view = server.follow(file["accessUrl"].as_str().unwrap());
    assert_eq!(view.status, 200);
    assert_eq!(view.header("content-type"), Some("application/pdf"));
    assert!(
        view.header("content-disposition")
            .unwrap()
            .starts_with("inline")
    );
    assert!(view.body == pdf, "accessUrl serves the indexed PDF");
    let download = server.follow(file["downloadUrl"].as_str().unwrap());
    assert!(
        download
            .header("content-disposition")
            .unwrap()
            .starts_with("attachment")
    );
    assert!(download.body == pdf);
    assert_eq!(file["size"], pdf.len());
    // modified_since: everything was modified after 1990, nothing after 2999
    let list = format!("{}?modified_since=", body["paper"].as_str().unwrap());
    let n = |since: &str| {
        server.follow(&format!("{list}{}", enc(since))).json()["pagination"]["totalElements"]
            .as_u64()
            .unwrap()
    };
    assert_eq!(n("1990-01-01T00:00:00+01:00"), 55);
    assert_eq!(n("2999-01-01T00:00:00Z"), 0);
    assert_eq!(server.follow(&format!("{list}gestern")).status, 400);
}

#[test]
fn oparl_ids_are_stable_across_restarts() {
    let ids = || {
        let server = serve(corpus_index(), &["--base-url", "https://ris.example.test"]);
        let list = server.get("/oparl/v1/body/1/papers?limit=100").json();
        let ids: Vec<String> = list["data"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_string())
            .collect();
        ids
    };
    let first = ids();
    assert_eq!(first.len(), 55);
    assert!(first[0].starts_with("https://ris.example.test/oparl/v1/paper/"));
    assert_eq!(first, ids());
}

#[test]
fn traversal_attempts_and_ids_of_nothing_get_404() {
    let server = serve(corpus_index(), &[]);
    let targets = [
        "/files/../../etc/passwd",
        "/files/..%2F..%2Fetc%2Fpasswd",
        "/files/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/files/%252e%252e%252fetc%252fpasswd",
        "/files/..%5c..%5cetc%5cpasswd",
        "/files/....//....//etc/passwd",
        "/files/%2fetc%2fpasswd",
        "/files/%00",
        "/files/00000000000000000000000000000000",
        "/files/00000000000000000000000000000000/download",
        "/papers/../Cargo.toml",
        "/papers/ffffffffffffffffffffffffffffffff",
        "/api/papers/..%2f..%2fCargo.toml",
        "/oparl/v1/file/..%2f..%2fetc%2fpasswd",
        "/oparl/v1/paper/corpus%2fdev01_wuppertal_vo-1254-21.pdf",
        "/oparl/v1/organization/..",
        "/assets/../../etc/passwd",
        "/corpus/dev01_wuppertal_vo-1254-21.pdf",
        "/../../../../etc/passwd",
    ];
    for t in targets {
        let r = server.get(t);
        assert_eq!(r.status, 404, "{t}: {}", r.text());
        let body = r.text();
        assert!(!body.contains("root:") && !body.contains("%PDF"), "{t}");
    }
    // a real id works, in either letter case
    let id = paper_id(&server, "VO/1254/21");
    assert_eq!(server.get(&format!("/files/{id}")).status, 200);
    assert_eq!(
        server.get(&format!("/files/{}", id.to_uppercase())).status,
        200
    );
}

#[test]
fn hostile_queries_get_400_and_the_server_stays_up() {
    let server = serve(corpus_index(), &[]);
    // 20,000 nested parentheses, percent-encoded (60 KB of URL)
    let nested = format!("{}a", "(".repeat(20_000));
    for path in ["/search", "/api/search", "/feed", "/overview", "/api/stats"] {
        let r = server.get(&format!("{path}?q={}", enc(&nested)));
        assert_eq!(r.status, 400, "{path}");
        assert!(!r.text().contains("panicked"), "{path}");
    }
    let r = server.get(&format!("/api/search?q={}", enc(&nested)));
    assert!(
        r.json()["error"]
            .as_str()
            .unwrap()
            .contains("Suchanfrage ist zu")
    );
    // balanced and unencoded in the request line
    let raw = format!("/search?q={}a{}", "(".repeat(20_000), ")".repeat(20_000));
    assert_eq!(server.get(&raw).status, 400);
    // balanced and encoded is a 120 KB URL: the HTTP layer answers 414 URI Too Long
    let long = format!(
        "/search?q={}",
        enc(&format!("{nested}{}", ")".repeat(20_000)))
    );
    assert_eq!(server.get(&long).status, 414);
    for bad in [
        "/search?q=x&klimacheck=ja",
        "/search?type=Brief",
        "/search?from=31.02.2024",
        "/search?from=2024&to=2023",
        "/search?page=0",
        "/search?page=100000",
        "/api/search?limit=100000",
        "/api/stats?by=colour",
        "/search?type=Protokollnotiz",
    ] {
        let r = server.get(bad);
        assert_eq!(r.status, 400, "{bad}: {}", r.text());
    }
    // a request head beyond the limit is refused (or the connection closed), not read on
    let huge = format!("/search?q={}", "a".repeat(200_000));
    if let Some(status) = server.try_status(&huge) {
        assert!([400, 414, 431].contains(&status), "{status}");
    }
    assert_eq!(server.get("/search?q=Digitalisierung").status, 200);
}

#[test]
fn only_loopback_unless_asked() {
    let out = Command::new(bin())
        .args(["serve", "--bind", "0.0.0.0:0", "--index"])
        .arg(corpus_index())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--allow-remote"));
}

#[test]
fn new_commits_show_up_while_serving() {
    let dir = tempfile::tempdir().unwrap();
    let (docs, index) = (dir.path().join("docs"), dir.path().join("index"));
    std::fs::create_dir(&docs).unwrap();
    let copy = |name: &str| std::fs::copy(corpus().join(name), docs.join(name)).unwrap();
    copy("dev02_wuppertal_vo-0871-22.pdf");
    ingest(&[&docs], &index);
    let server = serve(&index, &[]);
    let total = |q: &str| server.get(&format!("/api/search?q={q}")).json()["total"].clone();
    assert_eq!(total("VO/1254/21"), 0);
    copy("dev01_wuppertal_vo-1254-21.pdf");
    ingest(&[&docs], &index);
    let start = Instant::now();
    while total("VO/1254/21") != 1 {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the new paper did not show up"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    // and the new paper's page and PDF work
    let id = paper_id(&server, "VO/1254/21");
    assert_eq!(server.get(&format!("/papers/{id}")).status, 200);
    assert_eq!(server.get(&format!("/files/{id}")).status, 200);
    // a file changed after indexing is not served
    std::fs::write(
        docs.join("dev01_wuppertal_vo-1254-21.pdf"),
        b"%PDF-1.4 changed",
    )
    .unwrap();
    assert_eq!(server.get(&format!("/files/{id}")).status, 404);
}

#[test]
fn theme_filter_takes_the_label_and_unknown_themes_get_400() {
    let server = serve(corpus_index(), &[]);
    let total = |target: &str| server.get(target).json()["total"].as_u64().unwrap();
    let by_id = total("/api/search?q=Digitalisierung&theme=digitalisierung");
    assert!(by_id > 0);
    for named in ["Verwaltungsdigitalisierung", "VERWALTUNGSDIGITALISIERUNG"] {
        assert_eq!(
            total(&format!("/api/search?q=Digitalisierung&theme={named}")),
            by_id,
            "{named}"
        );
    }
    let html = server
        .get("/search?q=Digitalisierung&theme=Verwaltungsdigitalisierung")
        .text();
    assert!(html.contains(r#"<span class="ds">VO/1254/21</span>"#));
    assert!(html.contains("Thema: Verwaltungsdigitalisierung"), "{html}");
    let unknown = server.get("/search?q=Digitalisierung&theme=Raumfahrt");
    assert_eq!(unknown.status, 400);
    assert!(unknown.text().contains("digitalisierung"), "ids not listed");
    assert_eq!(server.get("/api/search?theme=Raumfahrt").status, 400);
}

#[test]
fn pages_speak_the_taxonomy_the_index_was_built_with() {
    let dir = tempfile::tempdir().expect("temp dir");
    let themes = dir.path().join("themes.toml");
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/themes.toml"))
            .expect("taxonomy");
    let own = text.replace(
        r#"label = "Verwaltungsdigitalisierung""#,
        r#"label = "Digitale Verwaltung (eigene Liste)""#,
    );
    assert_ne!(
        own, text,
        "the label to replace is gone from data/themes.toml"
    );
    std::fs::write(&themes, own).expect("write taxonomy");
    let index = dir.path().join("index");
    let out = Command::new(bin())
        .arg("ingest")
        .arg(corpus().join("dev01_wuppertal_vo-1254-21.pdf"))
        .arg("--index")
        .arg(&index)
        .arg("--themes")
        .arg(&themes)
        .output()
        .expect("ratsdex runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let server = serve(&index, &[]);
    let id = paper_id(&server, "VO/1254/21");
    let page = server.get(&format!("/papers/{id}")).text();
    assert!(
        page.contains("Digitale Verwaltung (eigene Liste)"),
        "{page}"
    );
    assert!(
        page.contains("Warum?"),
        "no explanation from the index's rules"
    );
    let hits = server
        .get("/api/search?theme=digitale+verwaltung+(eigene+liste)")
        .json();
    assert_eq!(hits["total"].as_u64(), Some(1));
}
