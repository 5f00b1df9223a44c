//! One consistent view of the index: the open [`Index`] plus what every request needs without
//! searching — paper ids, the Drucksachen-Nr. → paper map, who cites whom, the OParl
//! organizations. Rebuilt whenever the index commits.

use crate::export::oparl::{self as mapping, FileLinks};
use crate::export::urls::path_id;
use crate::index::{Filters, Index, IndexError, StoredDoc};
use crate::record::Date;
use crate::record::drucksache::key as normalize_drucksache;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::time::SystemTime;

/// What identifies a commit of the index from outside: `meta.json`'s size and modification
/// time (tantivy rewrites it atomically on every commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Generation {
    len: u64,
    modified: Option<SystemTime>,
}

impl Generation {
    /// The generation of the index in `dir` now (`None` when there is no `meta.json`).
    pub fn of(dir: &Path) -> Option<Generation> {
        let meta = std::fs::metadata(dir.join("meta.json")).ok()?;
        Some(Generation {
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}

/// What a request needs to know about a paper without loading it.
#[derive(Debug, Clone)]
pub(crate) struct Paper {
    /// Stable id: 32 hex digits of the path's hash (the OParl id's last part too).
    pub id: String,
    /// The path as indexed (never taken from a request).
    pub path: String,
    /// Drucksachen-Nr. as printed.
    pub drucksache: Option<String>,
    /// Betreff.
    pub title: Option<String>,
    /// The paper's date.
    pub date: Option<Date>,
    /// The file's modification time as recorded by ingest.
    pub modified: Option<jiff::Timestamp>,
    /// File size in bytes.
    pub size: u64,
    /// blake3 of the file's bytes (hex).
    pub hash: String,
}

impl Paper {
    /// What a link to the paper shows: number and title.
    pub fn label(&self) -> String {
        match (&self.drucksache, &self.title) {
            (Some(n), Some(t)) => format!("{n} – {t}"),
            (Some(n), None) => n.clone(),
            (None, Some(t)) => t.clone(),
            (None, None) => crate::index::store::file_name(&self.path).to_string(),
        }
    }
}

/// The index and its derived maps at one commit.
pub(crate) struct Snapshot {
    /// The open index.
    pub index: Index,
    /// The commit this snapshot shows.
    pub generation: Option<Generation>,
    /// Every paper, in path order.
    pub papers: Vec<Paper>,
    by_id: HashMap<String, usize>,
    cites: Vec<Vec<Reference>>,
    cited_by: Vec<Vec<usize>>,
    /// OParl `Organization` objects by id (committees and departments named by any paper).
    pub organizations: BTreeMap<String, Value>,
    /// Theme id → label, of the taxonomy the index was built with.
    pub theme_labels: BTreeMap<String, String>,
}

/// One reference printed in a paper, resolved to the indexed papers with that number.
#[derive(Debug, Clone)]
pub(crate) struct Reference {
    /// The number as printed.
    pub number: String,
    /// Papers in the index with that number (empty when it is not indexed).
    pub papers: Vec<usize>,
}

impl Snapshot {
    /// Open the index in `dir` and derive the maps; `base` is the server's public base URL.
    pub fn open(dir: &Path, base: &str) -> Result<Snapshot, IndexError> {
        // read the generation first: a commit during the load shows up as a newer one later
        let generation = Generation::of(dir);
        let index = Index::open(dir)?;
        let theme_labels = index
            .themes()?
            .into_iter()
            .map(|t| (t.id, t.label))
            .collect();
        let oparl_base = format!("{base}/oparl/v1");
        let stream = index.stream("", &Filters::default())?;
        let mut papers = Vec::with_capacity(stream.len());
        let mut references = Vec::with_capacity(stream.len());
        let mut organizations = BTreeMap::new();
        for doc in stream.iter() {
            let doc = doc?;
            mapping::paper_object(&doc, &oparl_base, &FileLinks::default(), &mut organizations);
            references.push(doc.record.meta.references.clone());
            papers.push(summary(&doc));
        }
        let by_id = papers
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i))
            .collect();
        let mut by_number: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in papers.iter().enumerate() {
            if let Some(n) = &p.drucksache {
                by_number
                    .entry(normalize_drucksache(n))
                    .or_default()
                    .push(i);
            }
        }
        let mut cites = Vec::with_capacity(papers.len());
        let mut cited_by = vec![Vec::new(); papers.len()];
        for (i, refs) in references.into_iter().enumerate() {
            let own = papers[i].drucksache.as_deref().map(normalize_drucksache);
            let mut out: Vec<Reference> = Vec::new();
            for number in refs {
                let norm = normalize_drucksache(&number);
                if Some(&norm) == own.as_ref() || out.iter().any(|r| r.number == number) {
                    continue;
                }
                let targets: Vec<usize> = by_number
                    .get(&norm)
                    .map(|v| v.iter().copied().filter(|&t| t != i).collect())
                    .unwrap_or_default();
                for &t in &targets {
                    if !cited_by[t].contains(&i) {
                        cited_by[t].push(i);
                    }
                }
                out.push(Reference {
                    number,
                    papers: targets,
                });
            }
            cites.push(out);
        }
        Ok(Snapshot {
            index,
            generation,
            papers,
            by_id,
            cites,
            cited_by,
            organizations,
            theme_labels,
        })
    }

    /// The label of a theme id (the id itself when unknown).
    pub fn theme_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.theme_labels.get(id).map_or(id, String::as_str)
    }

    /// The position of the paper with this id (ids of nothing, malformed ids: `None`).
    pub fn position(&self, id: &str) -> Option<usize> {
        if id.len() != 32 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.by_id.get(&id.to_ascii_lowercase()).copied()
    }

    /// The paper at a position.
    pub fn paper(&self, pos: usize) -> Option<&Paper> {
        self.papers.get(pos)
    }

    /// The stored document of the paper at `pos` (record and text), loaded from the index.
    pub fn load(&self, pos: usize) -> Result<Option<StoredDoc>, IndexError> {
        let Some(paper) = self.papers.get(pos) else {
            return Ok(None);
        };
        // `get` also tries file names and numbers: accept only the document at this path
        Ok(self
            .index
            .get(&paper.path)?
            .filter(|d| d.record.path == paper.path))
    }

    /// The references a paper prints, each with the indexed papers it resolves to.
    pub fn cites(&self, pos: usize) -> &[Reference] {
        self.cites.get(pos).map_or(&[], Vec::as_slice)
    }

    /// The papers that cite the paper at `pos`, in path order.
    pub fn cited_by(&self, pos: usize) -> &[usize] {
        self.cited_by.get(pos).map_or(&[], Vec::as_slice)
    }

    /// The position of the paper stored under `path` (e.g. a `duplicate_of`).
    pub fn by_path(&self, path: &str) -> Option<usize> {
        self.by_id.get(&path_id(path)).copied()
    }
}

/// The summary of a stored document.
fn summary(d: &StoredDoc) -> Paper {
    let r = &d.record;
    Paper {
        id: path_id(&r.path),
        path: r.path.clone(),
        drucksache: r.meta.drucksache.as_ref().map(|d| d.as_str().to_string()),
        title: r.meta.title.clone().filter(|t| !t.trim().is_empty()),
        date: r.meta.date,
        modified: (d.stamp.mtime_ns > 0)
            .then(|| jiff::Timestamp::from_nanosecond(i128::from(d.stamp.mtime_ns)).ok())
            .flatten(),
        size: r.size,
        hash: r.hash.clone(),
    }
}
