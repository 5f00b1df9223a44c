//! OParl 1.1: one list object whose `data` holds a `Paper` per document, with the main `File`
//! and the `Consultation`s embedded and every committee/department as an `Organization`.

use super::urls::{path_id, pdf_link, slug};
use super::{Documents, ExportError, Options};
use crate::index::StoredDoc;
use crate::record::{DocumentRecord, Role};
use serde_json::{Value, json};
use sha2::{Digest, Sha512};
use std::collections::BTreeMap;
use std::io::Write;

/// The OParl 1.1 type URL of an object kind (`Paper` → `https://schema.oparl.org/1.1/Paper`).
pub fn type_url(kind: &str) -> String {
    format!("https://schema.oparl.org/1.1/{kind}")
}

/// Write every document as an OParl `Paper` inside one paginated list object.
///
/// The papers are written as they are read; the organizations they name follow the list.
pub fn write(docs: &dyn Documents, opts: &Options, out: &mut dyn Write) -> Result<(), ExportError> {
    let base = opts.oparl_base.trim_end_matches('/');
    let mut orgs: BTreeMap<String, Value> = BTreeMap::new();
    out.write_all(b"{\n\"data\": [")?;
    let mut first = true;
    docs.each(&mut |d| {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        first = false;
        let p = paper(d, base, opts.link_base.as_deref(), &mut orgs);
        serde_json::to_writer_pretty(&mut *out, &p)?;
        Ok(())
    })?;
    let n = docs.count();
    let rest = [
        (
            "pagination",
            json!({
                "totalElements": n,
                "elementsPerPage": n,
                "currentPage": 1,
                "totalPages": 1,
            }),
        ),
        ("links", json!({})),
        (
            "ratsdex:organization",
            Value::Array(orgs.into_values().collect()),
        ),
    ];
    out.write_all(b"\n]")?;
    for (key, value) in rest {
        out.write_all(b",\n")?;
        serde_json::to_writer(&mut *out, key)?;
        out.write_all(b": ")?;
        serde_json::to_writer_pretty(&mut *out, &value)?;
    }
    out.write_all(b"\n}\n")?;
    Ok(())
}

/// The id of the organization `name` of `kind`, registering it in `orgs`.
fn organization(
    orgs: &mut BTreeMap<String, Value>,
    base: &str,
    name: &str,
    classification: &str,
) -> String {
    let id = format!("{base}/organization/{}", slug(name));
    orgs.entry(id.clone()).or_insert_with(|| {
        json!({
            "id": id,
            "type": type_url("Organization"),
            "body": format!("{base}/body/1"),
            "name": name,
            "classification": classification,
        })
    });
    id
}

/// One `Paper` object of the export: the main file links the PDF on disk (or under `link_base`)
/// and carries its SHA-512 and text.
fn paper(
    d: &StoredDoc,
    base: &str,
    link_base: Option<&str>,
    orgs: &mut BTreeMap<String, Value>,
) -> Value {
    let id = paper_id(base, &d.record.path);
    let file = FileLinks {
        id: format!("{id}/file/1"),
        access_url: pdf_link(&d.record.path, link_base),
        download_url: None,
        sha512: sha512_of(&d.record.path, d.record.size),
        text: true,
    };
    paper_object(d, base, &file, orgs)
}

/// The id (URL) of a document's `Paper` under `base`: stable as long as the path is.
pub fn paper_id(base: &str, path: &str) -> String {
    format!("{base}/paper/{}", path_id(path))
}

/// How a paper's main `File` is identified and reached: the export links the PDF on disk, the
/// server (`ratsdex serve`) its own URLs.
#[derive(Debug, Clone, Default)]
pub struct FileLinks {
    /// The `File` object's id (URL).
    pub id: String,
    /// `accessUrl`: where the file can be viewed.
    pub access_url: String,
    /// `downloadUrl`: where it is served as a download, when offered.
    pub download_url: Option<String>,
    /// `sha512Checksum`, when known.
    pub sha512: Option<String>,
    /// Whether the extracted text goes into `text`.
    pub text: bool,
}

/// One `Paper` object (with the main `File` and the `Consultation`s embedded); committees and
/// the department it names are registered as `Organization`s in `orgs`.
pub fn paper_object(
    d: &StoredDoc,
    base: &str,
    file: &FileLinks,
    orgs: &mut BTreeMap<String, Value>,
) -> Value {
    let r = &d.record;
    let id = paper_id(base, &r.path);
    let mut p = serde_json::Map::new();
    p.insert("id".into(), id.clone().into());
    p.insert("type".into(), type_url("Paper").into());
    p.insert("body".into(), format!("{base}/body/1").into());
    p.insert("name".into(), name(r).into());
    if let Some(n) = &r.meta.drucksache {
        p.insert("reference".into(), n.as_str().into());
    }
    if let Some(date) = r.meta.date {
        p.insert("date".into(), date.to_string().into());
    }
    let paper_type = r
        .meta
        .doc_type
        .map(|t| t.as_str().to_string())
        .or_else(|| r.meta.doc_type_printed.clone());
    if let Some(t) = paper_type {
        p.insert("paperType".into(), t.into());
    }
    if let Some(dep) = r
        .meta
        .department
        .as_deref()
        .filter(|d| !d.trim().is_empty())
    {
        let org = organization(orgs, base, dep.trim(), "Verwaltungsbereich");
        p.insert("underDirectionOf".into(), json!([org]));
    }
    let consultations: Vec<Value> = r
        .meta
        .consultations
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let org = organization(orgs, base, c.committee.trim(), "Gremium");
            let mut v = json!({
                "id": format!("{id}/consultation/{}", i + 1),
                "type": type_url("Consultation"),
                "paper": id,
                "organization": [org],
                "authoritative": matches!(c.role, Some(Role::Entscheidung | Role::Beschluss)),
                "ratsdex:organizationName": c.committee.trim(),
            });
            if let (Some(role), Some(obj)) = (c.role, v.as_object_mut()) {
                obj.insert("role".into(), role.as_str().into());
            }
            if let (Some(date), Some(obj)) = (c.date, v.as_object_mut()) {
                obj.insert("ratsdex:date".into(), date.to_string().into());
            }
            v
        })
        .collect();
    if !consultations.is_empty() {
        p.insert("consultation".into(), consultations.into());
    }
    let mut keyword: Vec<String> = r.themes.clone();
    if let Some(k) = r.meta.klimacheck {
        keyword.push(format!("klimacheck:{}", k.as_str()));
    }
    if !keyword.is_empty() {
        p.insert("keyword".into(), keyword.into());
    }
    let mut main = file_object(d, file);
    if let Some(t) = modified(d) {
        p.insert("modified".into(), t.clone().into());
        if let Some(f) = main.as_object_mut() {
            f.insert("modified".into(), t.into());
        }
    }
    p.insert("mainFile".into(), main);
    Value::Object(p)
}

/// The file's modification time (RFC 3339, UTC), when the index recorded one.
pub fn modified(d: &StoredDoc) -> Option<String> {
    if d.stamp.mtime_ns <= 0 {
        return None;
    }
    jiff::Timestamp::from_nanosecond(i128::from(d.stamp.mtime_ns))
        .ok()
        .map(|t| t.to_string())
}

/// The paper's name: its Betreff, else the file name.
fn name(r: &DocumentRecord) -> String {
    r.meta
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| file_name(&r.path))
}

/// The last path component.
fn file_name(path: &str) -> String {
    path.rsplit(['/', '\\']).next().unwrap_or(path).to_string()
}

/// A document's `File` object: name, MIME type, size, links, and the SHA-512 and extracted text
/// when `links` has them.
pub fn file_object(d: &StoredDoc, links: &FileLinks) -> Value {
    let r = &d.record;
    let file_name = file_name(&r.path);
    let stem = file_name
        .rsplit_once('.')
        .map_or(file_name.as_str(), |(s, _)| s)
        .to_string();
    let mut f = serde_json::Map::new();
    f.insert("id".into(), links.id.clone().into());
    f.insert("type".into(), type_url("File").into());
    f.insert("name".into(), stem.into());
    f.insert("fileName".into(), file_name.into());
    f.insert("mimeType".into(), "application/pdf".into());
    f.insert("size".into(), r.size.into());
    if links.text {
        f.insert("text".into(), d.text.clone().into());
    }
    f.insert("accessUrl".into(), links.access_url.clone().into());
    if let Some(url) = &links.download_url {
        f.insert("downloadUrl".into(), url.clone().into());
    }
    if let Some(date) = r.meta.date {
        f.insert("date".into(), date.to_string().into());
    }
    if let Some(sum) = &links.sha512 {
        f.insert("sha512Checksum".into(), sum.clone().into());
    }
    Value::Object(f)
}

/// SHA-512 (hex) of the file at `path`, when it exists and still has the indexed size.
fn sha512_of(path: &str, size: u64) -> Option<String> {
    let bytes = std::fs::read(crate::record::path::to_path(path)).ok()?;
    if bytes.len() as u64 != size {
        return None;
    }
    let digest = Sha512::digest(&bytes);
    Some(digest.iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    fn export(docs: &[StoredDoc]) -> Value {
        let mut out = Vec::new();
        write(&docs.to_vec(), &Options::default(), &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn papers_carry_reference_consultations_and_keywords() {
        let v = export(&testdata::docs());
        let data = v["data"].as_array().unwrap();
        assert_eq!(data.len(), 4);
        let p = &data[0];
        assert_eq!(p["type"], "https://schema.oparl.org/1.1/Paper");
        assert_eq!(p["reference"], "VO/1254/21");
        assert_eq!(p["date"], "2021-09-01");
        assert_eq!(p["paperType"], "Beschlussvorlage");
        let cons = p["consultation"].as_array().unwrap();
        assert_eq!(cons.len(), 2);
        assert_eq!(cons[0]["authoritative"], false);
        assert_eq!(cons[1]["authoritative"], true);
        assert_eq!(cons[1]["role"], "Entscheidung");
        assert_eq!(cons[1]["paper"], p["id"]);
        let org = cons[1]["organization"][0].as_str().unwrap();
        let orgs = v["ratsdex:organization"].as_array().unwrap();
        let named = orgs.iter().find(|o| o["id"] == org).unwrap();
        assert_eq!(named["name"], "Rat der Stadt");
        assert_eq!(
            p["keyword"],
            json!(["digitalisierung", "verwaltung", "klimacheck:neutral"])
        );
        assert_eq!(p["mainFile"]["fileName"], "VO-1254-21.pdf");
        assert_eq!(p["mainFile"]["mimeType"], "application/pdf");
        assert_eq!(p["mainFile"]["size"], 1234);
        assert!(p.get("modified").is_none());
    }

    #[test]
    fn modification_time_comes_from_the_stamp() {
        let mut docs = testdata::docs();
        docs[0].stamp.mtime_ns = 1_700_000_000_000_000_000;
        let v = export(&docs[..1]);
        assert_eq!(v["data"][0]["modified"], "2023-11-14T22:13:20Z");
        assert_eq!(v["data"][0]["mainFile"]["modified"], "2023-11-14T22:13:20Z");
    }

    #[test]
    fn identical_files_at_two_paths_get_distinct_ids() {
        let mut docs = testdata::docs();
        docs[1].record.hash = docs[0].record.hash.clone();
        let v = export(&docs);
        assert_ne!(v["data"][0]["id"], v["data"][1]["id"]);
    }

    #[test]
    fn document_without_title_is_named_after_its_file() {
        let v = export(&testdata::docs());
        let p = &v["data"][3];
        assert_eq!(p["name"], "scan.pdf");
        assert!(p.get("reference").is_none());
        assert!(p.get("consultation").is_none());
    }

    #[test]
    fn sha512_is_computed_from_the_file_when_present() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.pdf");
        std::fs::write(&path, b"abc").unwrap();
        let mut docs = testdata::docs();
        docs[0].record.path = path.display().to_string();
        docs[0].record.size = 3;
        let v = export(&docs[..1]);
        let sum = v["data"][0]["mainFile"]["sha512Checksum"].as_str().unwrap();
        assert!(sum.starts_with("ddaf35a193617aba"), "{sum}");
        assert_eq!(sum.len(), 128);
    }
}
