//! Mutation test: truncations, byte flips and spliced objects over the corpus files must never
//! panic, hang or overflow the stack. `PDF_MUTATION_SECS=600 cargo test --release --test it
//! pdf_mutation -- --nocapture` runs the long campaign; the default is a short smoke run.
//! Inputs that fail are written to `target/mutation-failures/` to become regression fixtures in
//! `tests/fixtures/mutated/` (replayed by `pdf_regressions`); the ignored tool
//! `write_regression_fixtures` (re)makes that set from our own PDFs.

use crate::support::repo;
use ratsdex::pdf::{self, Limits, PdfError};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// xorshift64*: deterministic, dependency-free randomness.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

fn corpus() -> Vec<Vec<u8>> {
    let files = crate::support::corpus_pdfs();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

const TOKENS: &[&[u8]] = &[
    b"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    b"<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    b" 0 0 R ",
    b" 1 0 R ",
    b"/Kids [1 0 R 1 0 R]",
    b"q q q q q q q q q q q q q q q q ",
    b"/Length 99999999 ",
    b"/Filter /FlateDecode ",
    b"BI /W 100 /H 100 ID ",
    b"endstream endobj",
    b"/Type /Pages ",
    b"Do Do Do",
    b"(((((((((((((((((((((",
    b"99999999999999999999999999",
    b"-1 Tz 1e38 Tf 0 0 0 0 0 0 cm",
];

fn mutate(rng: &mut Rng, files: &[Vec<u8>], base: &[u8]) -> Vec<u8> {
    let mut data = base.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = data.len().max(1);
        match rng.below(5) {
            0 => data.truncate(rng.below(len)),
            1 => {
                for _ in 0..1 + rng.below(16) {
                    let i = rng.below(data.len());
                    if let Some(b) = data.get_mut(i) {
                        *b ^= 1 << rng.below(8);
                    }
                }
            }
            2 => {
                // splice a chunk of another file (objects, streams, xref pieces)
                let other = &files[rng.below(files.len())];
                let start = rng.below(other.len());
                let n = rng.below(4096).min(other.len() - start);
                let at = rng.below(data.len() + 1);
                let chunk = other[start..start + n].to_vec();
                data.splice(at..at, chunk);
            }
            3 => {
                let t = TOKENS[rng.below(TOKENS.len())];
                let at = rng.below(data.len() + 1);
                let reps = 1 + rng.below(64);
                let mut chunk = Vec::new();
                for _ in 0..reps {
                    chunk.extend_from_slice(t);
                }
                data.splice(at..at, chunk);
            }
            _ => {
                // delete a range
                let a = rng.below(data.len());
                let b = (a + rng.below(2048)).min(data.len());
                data.drain(a..b);
            }
        }
    }
    data
}

#[test]
fn mutated_corpus_never_panics_or_hangs() {
    let files = corpus();
    assert!(!files.is_empty());
    let secs: u64 = std::env::var("PDF_MUTATION_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let seed: u64 = std::env::var("PDF_MUTATION_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED_1234_ABCD_0001);
    let mut rng = Rng(seed | 1);
    let stop = Instant::now() + Duration::from_secs(secs);
    let min_runs = 60;
    let out_dir = repo("target/mutation-failures");
    let mut runs = 0u64;
    let mut failures = Vec::new();
    let mut outcomes = std::collections::BTreeMap::<String, u64>::new();
    while runs < min_runs || Instant::now() < stop {
        let base = &files[rng.below(files.len())];
        let input = mutate(&mut rng, &files, base);
        let limits = Limits {
            deadline: Some(Instant::now() + Duration::from_secs(5)),
            ..Limits::default()
        };
        let started = Instant::now();
        let result = catch_unwind(AssertUnwindSafe(|| pdf::extract(&input, &limits)));
        let took = started.elapsed();
        let kind = match &result {
            Ok(Ok(_)) => "ok".to_string(),
            Ok(Err(e)) => e.to_string().split(':').next().unwrap_or("").to_string(),
            Err(_) => "PANIC".to_string(),
        };
        *outcomes.entry(kind.clone()).or_default() += 1;
        if result.is_err() || took > Duration::from_secs(10) {
            let _ = std::fs::create_dir_all(&out_dir);
            let path = out_dir.join(format!("fail-{runs}.pdf"));
            let _ = std::fs::write(&path, &input);
            failures.push(format!("{} ({kind}, {took:?})", path.display()));
        }
        runs += 1;
    }
    println!("mutation runs: {runs}; outcomes: {outcomes:?}");
    assert!(failures.is_empty(), "failures: {failures:#?}");
}

/// What reading a (damaged) PDF gives: `ok N pages` or the error's kind — recorded for each
/// regression fixture and replayed by `pdf_regressions`.
pub fn outcome(bytes: &[u8], limits: &Limits) -> String {
    match pdf::extract(bytes, limits) {
        Ok(layer) => format!("ok {} pages", layer.pages.len()),
        Err(PdfError::NotPdf(_)) => "not a PDF".into(),
        Err(PdfError::Encrypted) => "encrypted".into(),
        Err(PdfError::Corrupt(_)) => "corrupt".into(),
        Err(PdfError::Limit(_)) => "limit".into(),
    }
}

/// Our own PDFs (made by us with real producers): `corpus/own*.pdf` and the templates.
fn own_pdfs() -> Vec<(String, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = crate::support::corpus_pdfs()
        .into_iter()
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("own"))
        })
        .collect();
    let templates = repo("tests/fixtures/templates");
    let mut t: Vec<PathBuf> = std::fs::read_dir(&templates)
        .expect("templates")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    t.sort();
    paths.extend(t);
    paths
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, std::fs::read(p).expect("read own pdf"))
        })
        .collect()
}

/// (Re)make `tests/fixtures/mutated/`: mutate our own PDFs with a fixed seed, read each
/// candidate, and keep the ones that stress the reader most — the slowest readable ones and the
/// slowest of each error kind — with their outcome in `expected.tsv`.
#[test]
#[ignore = "a tool: writes tests/fixtures/mutated/"]
fn write_regression_fixtures() {
    const CANDIDATES: usize = 3000;
    const MAX_BYTES: usize = 64 << 10;
    let own = own_pdfs();
    let bytes: Vec<Vec<u8>> = own.iter().map(|(_, b)| b.clone()).collect();
    let mut rng = Rng(0x00C0_FFEE_2026_0012);
    let limits = || Limits {
        deadline: Some(Instant::now() + Duration::from_secs(10)),
        ..Limits::default()
    };
    // (outcome, nanoseconds, base name, candidate number, bytes)
    let mut found: Vec<(String, u128, String, usize, Vec<u8>)> = Vec::new();
    for n in 0..CANDIDATES {
        let base = rng.below(own.len());
        let input = mutate(&mut rng, &bytes, &own[base].1);
        if input.len() > MAX_BYTES {
            continue;
        }
        let started = Instant::now();
        let kind = catch_unwind(AssertUnwindSafe(|| outcome(&input, &limits())))
            .unwrap_or_else(|_| "PANIC".into());
        found.push((
            kind,
            started.elapsed().as_nanos(),
            own[base].0.clone(),
            n,
            input,
        ));
    }
    found.sort_by_key(|f| std::cmp::Reverse(f.1));
    let mut keep: Vec<&(String, u128, String, usize, Vec<u8>)> = Vec::new();
    let class = |k: &str| k.split(' ').next().unwrap_or("").to_string();
    for f in &found {
        let same = keep.iter().filter(|k| class(&k.0) == class(&f.0)).count();
        let quota = match class(&f.0).as_str() {
            "ok" => 6,
            "corrupt" | "limit" => 4,
            _ => 1,
        };
        if same < quota && !keep.iter().any(|k| k.2 == f.2 && k.0 == f.0) {
            keep.push(f);
        }
    }
    let dir = repo("tests/fixtures/mutated");
    std::fs::create_dir_all(&dir).expect("create dir");
    let mut tsv =
        String::from("# file\toutcome\tmutated from\tcandidate\tread time (debug build)\n");
    for (i, (kind, nanos, base, n, input)) in keep.iter().enumerate() {
        let name = format!("mut_{:02}_{}.pdf", i + 1, class(kind));
        std::fs::write(dir.join(&name), input).expect("write fixture");
        tsv.push_str(&format!(
            "{name}\t{kind}\t{base}\t{n}\t{:.1} ms\n",
            *nanos as f64 / 1e6
        ));
    }
    std::fs::write(dir.join("expected.tsv"), &tsv).expect("write expected.tsv");
    println!("{tsv}");
}
