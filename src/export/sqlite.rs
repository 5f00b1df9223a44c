//! SQLite: tables `documents`, `consultations`, `themes`, `references` and `amounts` with
//! indexes, readable by `sqlite3`, Metabase or Power Query.

use super::{Documents, ExportError};
use crate::record::DocumentRecord;
use rusqlite::{Connection, params};
use std::path::Path;

/// The schema, created in a fresh database file.
pub const SCHEMA: &str = include_str!("sqlite_schema.sql");

/// Write `docs` into a new SQLite database at `path` (which must not exist yet).
pub fn write(docs: &dyn Documents, path: &Path) -> Result<(), ExportError> {
    let mut conn = Connection::open(path)?;
    conn.execute_batch("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    {
        let mut doc_stmt = tx.prepare(
            "INSERT INTO documents (id, path, drucksache, doc_type, doc_type_printed, date, year, \
             quarter, month, title, public, department, klimacheck, primary_theme, pages, size, \
             hash, duplicate_of, warnings, text) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
             ?18, ?19, ?20)",
        )?;
        let mut cons_stmt = tx.prepare(
            "INSERT INTO consultations (document_id, position, committee, date, role) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut theme_stmt = tx.prepare(
            "INSERT INTO themes (document_id, theme, rank, score) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut ref_stmt = tx.prepare(
            "INSERT INTO \"references\" (document_id, drucksache, position) VALUES (?1, ?2, ?3)",
        )?;
        let mut amount_stmt = tx.prepare(
            "INSERT INTO amounts (document_id, position, value, text) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut id: i64 = 0;
        docs.each(&mut |d| {
            id += 1;
            let r = &d.record;
            doc_stmt.execute(params![
                id,
                r.path,
                r.meta.drucksache.as_deref(),
                r.meta.doc_type.map(|t| t.as_str()),
                r.meta.doc_type_printed,
                r.meta.date.map(|t| t.to_string()),
                r.meta.date.map(|t| t.year()),
                r.meta
                    .date
                    .map(|t| format!("{}-Q{}", t.year(), (t.month() - 1) / 3 + 1)),
                r.meta
                    .date
                    .map(|t| format!("{}-{:02}", t.year(), t.month())),
                r.meta.title,
                r.meta.public,
                r.meta.department,
                r.meta.klimacheck.map(|k| k.as_str()),
                r.themes.first(),
                i64::try_from(r.pages).unwrap_or(i64::MAX),
                i64::try_from(r.size).unwrap_or(i64::MAX),
                r.hash,
                r.duplicate_of,
                warnings_json(r)?,
                d.text,
            ])?;
            for (pos, c) in r.meta.consultations.iter().enumerate() {
                cons_stmt.execute(params![
                    id,
                    pos as i64 + 1,
                    c.committee,
                    c.date.map(|t| t.to_string()),
                    c.role.map(|x| x.as_str())
                ])?;
            }
            for (rank, t) in r.themes.iter().enumerate() {
                theme_stmt.execute(params![id, t, rank as i64 + 1, r.theme_scores.get(t)])?;
            }
            for (pos, reference) in r.meta.references.iter().enumerate() {
                ref_stmt.execute(params![id, reference, pos as i64 + 1])?;
            }
            for (pos, a) in r.meta.amounts.iter().enumerate() {
                amount_stmt.execute(params![id, pos as i64 + 1, a.value, a.text])?;
            }
            Ok(())
        })?;
    }
    tx.commit()?;
    conn.execute_batch("ANALYZE;")?;
    Ok(())
}

/// Warnings as a JSON array (NULL-free, `[]` when none).
fn warnings_json(r: &DocumentRecord) -> Result<String, ExportError> {
    Ok(serde_json::to_string(&r.meta.warnings)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::stats::{self, Dimension};
    use crate::export::testdata;

    fn export() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.sqlite");
        write(&testdata::docs(), &path).unwrap();
        let conn = Connection::open(&path).unwrap();
        (dir, conn)
    }

    #[test]
    fn every_record_lands_in_its_tables() {
        let (_dir, conn) = export();
        let docs = testdata::docs();
        let n: i64 = conn
            .query_row("SELECT COUNT(*) FROM documents", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n as usize, docs.len());
        let cons: i64 = conn
            .query_row("SELECT COUNT(*) FROM consultations", [], |r| r.get(0))
            .unwrap();
        let want: usize = docs.iter().map(|d| d.record.meta.consultations.len()).sum();
        assert_eq!(cons as usize, want);
        let (title, quarter, public): (String, String, bool) = conn
            .query_row(
                "SELECT title, quarter, public FROM documents WHERE drucksache = 'VO/1254/21'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(Some(title), docs[0].record.meta.title);
        assert_eq!(quarter, "2021-Q3");
        assert!(public);
        let cited: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM \"references\" WHERE drucksache = 'VO/0871/22'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(cited, 2);
        let role: String = conn
            .query_row(
                "SELECT c.role FROM consultations c JOIN documents d ON d.id = c.document_id \
                 WHERE d.drucksache = 'VO/1254/21' AND c.position = 2",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(role, "Entscheidung");
    }

    #[test]
    fn sql_counts_per_theme_equal_stats() {
        let (_dir, conn) = export();
        let mut stmt = conn
            .prepare(
                "SELECT COALESCE(t.theme, 'none'), COUNT(DISTINCT d.id) FROM documents d \
                 LEFT JOIN themes t ON t.document_id = d.id GROUP BY 1 ORDER BY 1",
            )
            .unwrap();
        let sql: Vec<(String, u64)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let table = stats::count(&testdata::docs(), &[Dimension::Theme]);
        let mut ours: Vec<(String, u64)> = table
            .rows
            .iter()
            .map(|r| (r.keys[0].clone(), r.count))
            .collect();
        ours.sort();
        assert_eq!(sql, ours);
    }

    #[test]
    fn schema_has_indexes_for_the_usual_filters() {
        let (_dir, conn) = export();
        let n: i64 = conn
            .query_row(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'idx_%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(n >= 8, "{n} indexes");
    }
}
