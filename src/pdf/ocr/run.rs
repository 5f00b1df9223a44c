//! Running the external programs (`pdftoppm`, `tesseract`) with a deadline, and finding them.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// Why an external program gave no output.
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    /// The program could not be started (not installed?).
    #[error("cannot run {0}: {1}")]
    Spawn(String, std::io::Error),
    /// The program ran past its time budget and was killed.
    #[error("{0} took longer than {1} s")]
    Timeout(String, u64),
    /// The document's OCR budget ran out before the page was begun.
    #[error("not begun: the document's OCR time budget ({0} s) ran out")]
    Budget(u64),
    /// The program exited with an error.
    #[error("{0} failed: {1}")]
    Failed(String, String),
}

/// Run `cmd` with `input` on stdin until `budget` runs out; its stdout on success.
/// Every tesseract runs with one OpenMP thread: the pages are what runs in parallel.
pub fn run(cmd: &mut Command, input: Option<&[u8]>, budget: Duration) -> Result<Vec<u8>, RunError> {
    run_limited(cmd, input, budget, usize::MAX)
}

/// [`run`], keeping at most `max_out` bytes of stdout: a program that writes more fails (the
/// rest of its output is read and dropped), so its output cannot fill the memory.
pub fn run_limited(
    cmd: &mut Command,
    input: Option<&[u8]>,
    budget: Duration,
    max_out: usize,
) -> Result<Vec<u8>, RunError> {
    let name = Path::new(cmd.get_program())
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let mut child = cmd
        .env("OMP_THREAD_LIMIT", "1")
        .stdin(if input.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| RunError::Spawn(name.clone(), e))?;
    let deadline = Instant::now() + budget;
    let mut stdin = child.stdin.take();
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let (out, err, status) = std::thread::scope(|s| {
        if let (Some(mut pipe), Some(bytes)) = (stdin.take(), input) {
            s.spawn(move || {
                // A program that stops reading early closes the pipe: not an error here.
                let _ = pipe.write_all(bytes);
            });
        }
        let reader = s.spawn(move || {
            let mut buf = Vec::new();
            if let Some(p) = stdout.as_mut() {
                let keep = u64::try_from(max_out).unwrap_or(u64::MAX).saturating_add(1);
                let _ = p.by_ref().take(keep).read_to_end(&mut buf);
                let _ = std::io::copy(p, &mut std::io::sink());
            }
            buf
        });
        let err_reader = s.spawn(move || {
            let mut buf = Vec::new();
            if let Some(p) = stderr.as_mut() {
                let _ = p.take(64 << 10).read_to_end(&mut buf);
            }
            buf
        });
        let mut poll = Duration::from_micros(250);
        let status = loop {
            match child.try_wait() {
                Ok(Some(status)) => break Some(status),
                Ok(None) if Instant::now() >= deadline => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
                Ok(None) => {
                    // short programs (a probe) are seen to end soon, long ones cost few wake-ups
                    std::thread::sleep(poll);
                    poll = (poll * 2).min(Duration::from_millis(5));
                }
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break None;
                }
            }
        };
        (
            reader.join().unwrap_or_default(),
            err_reader.join().unwrap_or_default(),
            status,
        )
    });
    match status {
        None => Err(RunError::Timeout(name, budget.as_secs())),
        Some(_) if out.len() > max_out => Err(RunError::Failed(
            name,
            format!("more than {max_out} bytes of output"),
        )),
        Some(s) if s.success() => Ok(out),
        Some(s) => {
            let msg = String::from_utf8_lossy(&err);
            let line = msg
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("");
            Err(RunError::Failed(name, format!("{s}: {}", line.trim())))
        }
    }
}

/// What is missing to run OCR, as one line for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing(pub String);

/// Probe results by language, so each language is probed once per process.
type Probed = Vec<(String, Result<(), Missing>)>;

/// The programs OCR needs, checked once per process and language.
pub fn check(lang: &str) -> Result<(), Missing> {
    static SEEN: OnceLock<Mutex<Probed>> = OnceLock::new();
    let seen = SEEN.get_or_init(|| Mutex::new(Vec::new()));
    if let Ok(list) = seen.lock()
        && let Some((_, r)) = list.iter().find(|(l, _)| l == lang)
    {
        return r.clone();
    }
    let result = probe(lang);
    if let Ok(mut list) = seen.lock() {
        list.push((lang.to_string(), result.clone()));
    }
    result
}

fn probe(lang: &str) -> Result<(), Missing> {
    let found = super::probe::cached(lang, || match ask(lang) {
        Ok(tessdata) => (
            super::probe::Probe {
                missing: None,
                tessdata,
            },
            true,
        ),
        Err(no) => (
            super::probe::Probe {
                missing: Some(no.why.0),
                tessdata: no.tessdata,
            },
            no.lasting,
        ),
    });
    match found.missing {
        None => Ok(()),
        Some(m) => Err(Missing(m)),
    }
}

/// Why a probe found OCR unusable.
struct NotUsable {
    why: Missing,
    /// tesseract's language folder, when it ran.
    tessdata: Option<std::path::PathBuf>,
    /// Whether the answer lasts until a program or the language folder changes: not when a
    /// program that is there failed or ran out of time (a busy machine), which is asked again.
    lasting: bool,
}

/// Whether a failed run means the program is not installed (rather than a failure of this run).
fn not_installed(e: &RunError) -> bool {
    matches!(e, RunError::Spawn(_, io) if io.kind() == std::io::ErrorKind::NotFound)
}

/// Ask the programs themselves: Ok with tesseract's language folder, or why not.
fn ask(lang: &str) -> Result<Option<std::path::PathBuf>, NotUsable> {
    let budget = Duration::from_secs(20);
    let langs = run(Command::new("tesseract").arg("--list-langs"), None, budget).map_err(|e| {
        NotUsable {
            why: Missing("tesseract not found".into()),
            tessdata: None,
            lasting: not_installed(&e),
        }
    })?;
    let listed = String::from_utf8_lossy(&langs);
    let tessdata = super::probe::tessdata_of(&listed);
    let have: Vec<&str> = listed.lines().skip(1).map(str::trim).collect();
    let missing: Vec<&str> = lang.split('+').filter(|l| !have.contains(l)).collect();
    if !missing.is_empty() {
        return Err(NotUsable {
            why: Missing(format!(
                "tesseract has no language data for {}",
                missing.join("+")
            )),
            lasting: tessdata.is_some(),
            tessdata,
        });
    }
    run(Command::new("pdftoppm").arg("-v"), None, budget).map_err(|e| NotUsable {
        why: Missing("pdftoppm not found".into()),
        tessdata: tessdata.clone(),
        lasting: not_installed(&e),
    })?;
    Ok(tessdata)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_missing_program_is_a_lasting_answer() {
        let budget = Duration::from_secs(5);
        let missing = run(&mut Command::new("ratsdex-no-such-program"), None, budget);
        assert!(missing.as_ref().is_err_and(not_installed), "{missing:?}");
        // a program that is there but fails (or runs out of time) is asked again
        let failed = run(Command::new("sh").args(["-c", "exit 3"]), None, budget);
        assert!(matches!(failed, Err(RunError::Failed(..))), "{failed:?}");
        assert!(!failed.as_ref().is_err_and(not_installed));
        let slow = run(
            Command::new("sleep").arg("5"),
            None,
            Duration::from_millis(50),
        );
        assert!(matches!(slow, Err(RunError::Timeout(..))), "{slow:?}");
        assert!(!slow.as_ref().is_err_and(not_installed));
    }
}
