//! Mutation test: truncations, byte flips and spliced objects over the corpus files must never
//! panic, hang or overflow the stack. `PDF_MUTATION_SECS=600 cargo test --release --test
//! pdf_mutation -- --nocapture` runs the long campaign; the default is a short smoke run.
//! Inputs that fail are written to `target/mutation-failures/` to become regression fixtures.

use ratsdex::pdf::{self, Limits};
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
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
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
    let out_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/mutation-failures");
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
    eprintln!("mutation runs: {runs}; outcomes: {outcomes:?}");
    assert!(failures.is_empty(), "failures: {failures:#?}");
}
