//! Whether the programs OCR needs are installed, remembered between runs: running
//! `tesseract --list-langs` and `pdftoppm -v` costs 20–40 ms of every ingest (most of an ingest
//! that only copies records), so the answer is kept in the user's cache folder and asked again
//! only when something it depends on changed — either program (path, size, time, inode),
//! `TESSDATA_PREFIX`, or tesseract's language folder (installing or removing a language changes
//! the folder's time; replacing a model changes its file's size or time).

use super::cache::{read_json, write_json};
use serde::{Deserialize, Serialize};
use std::ffi::OsStr;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// What a probe found: OCR usable (`None`) or what is missing, and tesseract's language folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Probe {
    /// Why OCR cannot run (`None`: it can).
    pub missing: Option<String>,
    /// The folder tesseract reads its languages from, as it printed it.
    pub tessdata: Option<PathBuf>,
}

/// One remembered probe: the language list asked for, what it depended on, what it found.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    lang: String,
    programs: String,
    tessdata_state: String,
    probe: Probe,
}

/// The file the probes are remembered in (beside the OCR cache), when the user has a cache folder.
fn file() -> Option<PathBuf> {
    super::cache::user_dir().map(|d| d.join("probe.json"))
}

/// The result for `lang`, from the user's cache when nothing it depends on changed, otherwise
/// from `probe` — remembered when `probe` says its answer lasts (a program that failed or ran out
/// of time on a busy machine is asked again next time).
pub(crate) fn cached(lang: &str, probe: impl FnOnce() -> (Probe, bool)) -> Probe {
    let programs = programs_state();
    let Some(path) = file() else {
        return probe().0;
    };
    if let Some(p) = lookup(&path, lang, &programs) {
        return p;
    }
    let (found, lasting) = probe();
    if lasting {
        remember(&path, lang, &programs, &found);
    }
    found
}

/// A remembered probe of `lang` whose programs and language folder are as they were.
fn lookup(path: &Path, lang: &str, programs: &str) -> Option<Probe> {
    let entries: Vec<Entry> = read_json(path)?;
    let e = entries
        .into_iter()
        .find(|e| e.lang == lang && e.programs == programs)?;
    (e.tessdata_state == tessdata_state(e.probe.tessdata.as_deref(), lang)).then_some(e.probe)
}

/// Keep `found` for `lang` (best effort: a cache that cannot be written only costs time).
fn remember(path: &Path, lang: &str, programs: &str, found: &Probe) {
    let mut entries: Vec<Entry> = read_json(path).unwrap_or_default();
    entries.retain(|e| e.lang != lang);
    entries.push(Entry {
        lang: lang.to_string(),
        programs: programs.to_string(),
        tessdata_state: tessdata_state(found.tessdata.as_deref(), lang),
        probe: found.clone(),
    });
    write_json(path, &entries);
}

/// The identity of a file: size, modification time and inode (empty when it is missing).
fn file_state(path: &Path) -> String {
    std::fs::metadata(path).map_or_else(
        |_| String::new(),
        |m| format!("{}:{}.{}:{}", m.len(), m.mtime(), m.mtime_nsec(), m.ino()),
    )
}

/// Where `name` is found on `PATH` as an executable file, as a program is started.
fn on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| std::fs::metadata(p).is_ok_and(|m| m.is_file() && m.mode() & 0o111 != 0))
}

/// What a probe depends on besides the language folder: both programs and `TESSDATA_PREFIX`.
fn programs_state() -> String {
    let program = |name: &str| {
        on_path(name).map_or_else(
            || format!("{name}: none"),
            |p| format!("{name}: {} {}", p.display(), file_state(&p)),
        )
    };
    let prefix = std::env::var_os("TESSDATA_PREFIX");
    format!(
        "{} | {} | TESSDATA_PREFIX={:?}",
        program("tesseract"),
        program("pdftoppm"),
        prefix.as_deref().map(OsStr::to_string_lossy)
    )
}

/// The state of tesseract's language folder for `lang`: the folder's time (a language installed
/// or removed) and each language's model file.
fn tessdata_state(dir: Option<&Path>, lang: &str) -> String {
    let Some(dir) = dir else {
        return String::new();
    };
    let mut s = file_state(dir);
    for l in lang.split('+') {
        s.push_str(" | ");
        s.push_str(&file_state(&dir.join(format!("{l}.traineddata"))));
    }
    s
}

/// The language folder in the first line of `tesseract --list-langs`
/// (`List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):`).
pub(crate) fn tessdata_of(listing: &str) -> Option<PathBuf> {
    let first = listing.lines().next()?;
    let start = first.find('"')? + 1;
    let len = first.get(start..)?.find('"')?;
    first.get(start..start + len).map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_folder_is_read_from_the_listing() {
        let l = "List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (3):\ndeu\neng\nosd\n";
        assert_eq!(
            tessdata_of(l),
            Some(PathBuf::from("/usr/share/tesseract-ocr/5/tessdata/"))
        );
        assert_eq!(tessdata_of("deu\neng\n"), None);
        assert_eq!(tessdata_of(""), None);
    }

    #[test]
    fn a_probe_is_reused_until_its_programs_or_languages_change() {
        let tmp = tempfile::tempdir().unwrap();
        let data = tmp.path().join("tessdata");
        std::fs::create_dir(&data).unwrap();
        std::fs::write(data.join("deu.traineddata"), b"model").unwrap();
        let file = tmp.path().join("cache").join("probe.json");
        let ok = Probe {
            missing: None,
            tessdata: Some(data.clone()),
        };
        assert_eq!(
            lookup(&file, "deu", "tess v1"),
            None,
            "nothing remembered yet"
        );
        remember(&file, "deu", "tess v1", &ok);
        assert_eq!(lookup(&file, "deu", "tess v1"), Some(ok.clone()));
        // another language, other programs: asked again
        assert_eq!(lookup(&file, "deu+eng", "tess v1"), None);
        assert_eq!(lookup(&file, "deu", "tess v2"), None);
        // a model replaced (another size): asked again
        std::fs::write(data.join("deu.traineddata"), b"a new model").unwrap();
        assert_eq!(lookup(&file, "deu", "tess v1"), None);
        // a missing language is remembered with the folder's state: a language installed later
        // changes the folder and is found
        let missing = Probe {
            missing: Some("tesseract has no language data for fra".into()),
            tessdata: Some(data.clone()),
        };
        remember(&file, "fra", "tess v1", &missing);
        assert_eq!(lookup(&file, "fra", "tess v1"), Some(missing));
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(data.join("fra.traineddata"), b"model").unwrap();
        assert_eq!(lookup(&file, "fra", "tess v1"), None);
        // a damaged cache file is no answer, and is replaced
        std::fs::write(&file, b"{not json").unwrap();
        assert_eq!(lookup(&file, "deu", "tess v1"), None);
        remember(&file, "deu", "tess v1", &ok);
        assert_eq!(lookup(&file, "deu", "tess v1"), Some(ok));
    }
}
