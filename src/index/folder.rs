//! The files ratsdex keeps in an index folder beside tantivy's: the manifest
//! (`ratsdex-index.json`: schema version, and how the index was built), the ingest lock
//! (`ingest.lock`), the failure log (`errors.jsonl`) and the OCR cache (`ocr/`).

use super::IndexError;
use crate::classify::ThemeInfo;
use crate::pipeline::{PIPELINE_VERSION, Pipeline, RuleTexts};
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::Write;
use std::path::Path;

/// Version of the schema and analysis; bump whenever either changes.
///
/// 4: a record's path is its canonical path (absolute, symlinks resolved, lossless).
/// 5: the originator of a paper is indexed (`originator_lc`, filter `--originator`).
/// 6: the content hash and a copy's original are indexed (`hash`, `copy_of`, `is_copy`), so
///    that identical content is found before the pipeline and searched once.
pub const SCHEMA_VERSION: u32 = 6;
/// The manifest: what the index is and how it was built.
pub const MANIFEST_FILE: &str = "ratsdex-index.json";
/// The lock held by a running ingest (it holds the process id).
pub const LOCK_FILE: &str = "ingest.lock";
/// The files that fail to index, one JSON object per line (`{"path", "reason", "time"}`).
pub const ERRORS_FILE: &str = "errors.jsonl";

/// The folder of the index's OCR cache (recognised pages by file hash; kept on rebuilds).
pub fn ocr_cache(dir: &Path) -> std::path::PathBuf {
    dir.join(crate::pdf::ocr::cache::INDEX_SUBDIR)
}

/// What an index says about itself.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// Schema version the index was written with ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// How the last ingest built it (none for an index no ingest has written to).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub built_with: Option<BuiltWith>,
}

/// The configuration of the ingest that last wrote an index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BuiltWith {
    /// Pipeline version.
    pub pipeline_version: u32,
    /// Fingerprint of the rules (see `pipeline::rules_fingerprint`).
    pub rules: String,
    /// When the ingest started.
    pub time: String,
    /// Ids, labels and descriptions of the taxonomy's themes (read at every search, where
    /// compiling the whole taxonomy would cost more than the search).
    pub themes: Vec<ThemeInfo>,
    /// The rule texts.
    pub texts: RuleTexts,
}

impl BuiltWith {
    /// How `pipeline` builds an index, now.
    pub fn of(pipeline: &Pipeline) -> BuiltWith {
        BuiltWith {
            pipeline_version: PIPELINE_VERSION,
            rules: pipeline.rules().to_string(),
            time: jiff::Timestamp::now().to_string(),
            themes: pipeline.taxonomy().themes.clone(),
            texts: pipeline.texts().clone(),
        }
    }
}

impl Manifest {
    /// The rule texts the index was built with (the built-in ones when no ingest recorded any).
    pub fn texts(&self) -> RuleTexts {
        self.built_with
            .as_ref()
            .map(|b| b.texts.clone())
            .unwrap_or_default()
    }
}

/// Read the manifest of `dir`; `None` when there is none.
pub fn read_manifest(dir: &Path) -> Result<Option<Manifest>, IndexError> {
    let path = dir.join(MANIFEST_FILE);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e.into()),
    };
    // Only the version is needed to tell an outdated index; read it first.
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| IndexError::Tantivy(format!("{}: {e}", path.display())))?;
    let version = value
        .get("schema_version")
        .and_then(serde_json::Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .unwrap_or(0);
    if version != SCHEMA_VERSION {
        return Ok(Some(Manifest {
            schema_version: version,
            built_with: None,
        }));
    }
    serde_json::from_value(value)
        .map(Some)
        .map_err(|e| IndexError::Tantivy(format!("{}: {e}", path.display())))
}

/// Write the manifest of `dir` (atomically).
pub fn write_manifest(dir: &Path, manifest: &Manifest) -> Result<(), IndexError> {
    let text = serde_json::to_string_pretty(manifest)
        .map_err(|e| IndexError::Tantivy(format!("manifest: {e}")))?;
    let tmp = dir.join(format!("{MANIFEST_FILE}.tmp"));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, dir.join(MANIFEST_FILE))?;
    Ok(())
}

/// Holds the ingest lock of an index folder for as long as it lives.
#[derive(Debug)]
pub struct IngestLock {
    _file: File,
}

/// Take the ingest lock of `dir`, or say which process holds it.
pub fn lock(dir: &Path) -> Result<IngestLock, IndexError> {
    let path = dir.join(LOCK_FILE);
    let io = |source| IndexError::File {
        path: path.display().to_string(),
        source,
    };
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let pid = std::fs::read_to_string(&path).unwrap_or_default();
            return Err(IndexError::Locked(pid.trim().to_string()));
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
    }
    file.set_len(0).map_err(io)?;
    write!(file, "{}", std::process::id()).map_err(io)?;
    file.flush().map_err(io)?;
    Ok(IngestLock { _file: file })
}

/// Keep the failure log of `dir` up to date (best effort): one line per file that fails now
/// — its latest reason, and since when it fails with it. `failed` are this run's failures
/// (`path`, `reason`), `cleared` the paths indexed or pruned in it; a file that is gone leaves
/// the log too.
pub fn log_failures(dir: &Path, failed: &[(String, String)], cleared: &[String]) {
    let path = dir.join(ERRORS_FILE);
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    let mut entries: Vec<serde_json::Value> = Vec::new();
    let now: std::collections::HashMap<&str, &str> = failed
        .iter()
        .map(|(p, r)| (p.as_str(), r.as_str()))
        .collect();
    let cleared: std::collections::HashSet<&str> = cleared.iter().map(String::as_str).collect();
    let mut kept = std::collections::HashSet::new();
    for line in old.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(p), Some(r)) = (
            v.get("path").and_then(|p| p.as_str()),
            v.get("reason").and_then(|r| r.as_str()),
        ) else {
            continue;
        };
        let still = match now.get(p) {
            Some(reason) => *reason == r,
            None => !cleared.contains(p) && crate::record::path::to_path(p).exists(),
        };
        if still && kept.insert(p.to_string()) {
            entries.push(v);
        }
    }
    let time = jiff::Timestamp::now().to_string();
    for (p, reason) in failed {
        if kept.insert(p.clone()) {
            entries.push(serde_json::json!({ "path": p, "reason": reason, "time": time }));
        }
    }
    if entries.is_empty() && old.is_empty() {
        return;
    }
    let mut text = String::new();
    for e in &entries {
        text.push_str(&e.to_string());
        text.push('\n');
    }
    let tmp = dir.join(format!("{ERRORS_FILE}.tmp"));
    if std::fs::write(&tmp, text).is_ok() {
        let _ = std::fs::rename(&tmp, &path);
    }
}

/// True for files tantivy writes into an index folder, and the manifest (safe to delete on
/// rebuild; the lock and the failure log stay).
pub fn is_index_file(name: &str) -> bool {
    if matches!(name, "meta.json" | ".managed.json" | MANIFEST_FILE) || name.starts_with(".tantivy")
    {
        return true;
    }
    let stem = name.split('.').next().unwrap_or("");
    stem.len() == 32 && stem.chars().all(|c| c.is_ascii_hexdigit())
}

/// Delete the files of an outdated index (only files tantivy or ratsdex wrote).
pub fn remove_index_files(dir: &Path) -> Result<(), IndexError> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        if entry.file_type()?.is_file() && is_index_file(&name.to_string_lossy()) {
            std::fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(read_manifest(dir.path()).unwrap(), None);
        let m = Manifest {
            schema_version: SCHEMA_VERSION,
            built_with: Some(BuiltWith {
                pipeline_version: 4,
                rules: "abc".into(),
                time: "now".into(),
                themes: Vec::new(),
                texts: RuleTexts::default(),
            }),
        };
        write_manifest(dir.path(), &m).unwrap();
        assert_eq!(read_manifest(dir.path()).unwrap(), Some(m));
        std::fs::write(dir.path().join(MANIFEST_FILE), r#"{"schema_version":2}"#).unwrap();
        let old = read_manifest(dir.path()).unwrap().unwrap();
        assert_eq!(old.schema_version, 2);
        assert_eq!(old.texts(), RuleTexts::default());
    }

    #[test]
    fn a_second_lock_is_refused_with_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock(dir.path()).unwrap();
        match lock(dir.path()) {
            Err(IndexError::Locked(pid)) => assert_eq!(pid, std::process::id().to_string()),
            other => panic!("expected the lock to be refused, got {other:?}"),
        }
        drop(held);
        assert!(lock(dir.path()).is_ok());
    }

    #[test]
    fn recognises_index_files_only() {
        assert!(is_index_file("meta.json"));
        assert!(is_index_file(MANIFEST_FILE));
        assert!(is_index_file("0123456789abcdef0123456789abcdef.store"));
        assert!(!is_index_file(LOCK_FILE));
        assert!(!is_index_file(ERRORS_FILE));
        assert!(!is_index_file("README.md"));
    }
}
