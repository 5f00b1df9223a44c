//! CSV: one row per document, list fields joined with `; `, the Beratungsfolge flattened into
//! filterable columns. With `excel`: UTF-8 BOM, `;` separators and decimal commas.
//!
//! Text from PDFs is not trusted: a cell that a spreadsheet would take for a formula (it starts
//! with `=`, `+`, `-`, `@`, a tab or a carriage return, and is not a plain number) is written
//! with a leading `'` (OWASP "CSV injection").

use super::{Documents, ExportError, Options};
use crate::record::{Consultation, DocumentRecord, Role};
use std::io::Write;

/// Separator inside list-valued cells.
pub const LIST_SEP: &str = "; ";

/// The header row, in column order.
pub const COLUMNS: [&str; 25] = [
    "path",
    "drucksache",
    "doc_type",
    "doc_type_printed",
    "date",
    "title",
    "public",
    "department",
    "klimacheck",
    "themes",
    "primary_theme",
    "theme_scores",
    "committees",
    "consultation_dates",
    "consultation_roles",
    "consultations",
    "deciding_committee",
    "consultation_count",
    "references",
    "amounts",
    "pages",
    "size",
    "hash",
    "duplicate_of",
    "warnings",
];

/// Write `docs` as CSV.
pub fn write(docs: &dyn Documents, opts: &Options, out: &mut dyn Write) -> Result<(), ExportError> {
    if opts.excel {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(if opts.excel { b';' } else { b',' })
        .from_writer(out);
    w.write_record(COLUMNS)?;
    docs.each(&mut |d| {
        w.write_record(row(&d.record, opts.excel).map(neutralised))?;
        Ok(())
    })?;
    w.flush()?;
    Ok(())
}

/// The cells of one record, in [`COLUMNS`] order.
pub fn row(r: &DocumentRecord, excel: bool) -> [String; 25] {
    let num = |v: f64| {
        let s = format!("{v}");
        if excel { s.replace('.', ",") } else { s }
    };
    let opt = |v: Option<String>| v.unwrap_or_default();
    let scores: Vec<String> = r
        .themes
        .iter()
        .filter_map(|t| r.theme_scores.get(t).map(|s| format!("{t}={}", num(*s))))
        .collect();
    let cons = &r.meta.consultations;
    let joined =
        |f: &dyn Fn(&Consultation) -> String| cons.iter().map(f).collect::<Vec<_>>().join(LIST_SEP);
    let deciding = cons
        .iter()
        .find(|c| matches!(c.role, Some(Role::Entscheidung | Role::Beschluss)))
        .map(|c| c.committee.clone());
    [
        r.path.clone(),
        opt(r.meta.drucksache.as_ref().map(|d| d.to_string())),
        opt(r.meta.doc_type.map(|t| t.to_string())),
        opt(r.meta.doc_type_printed.clone()),
        opt(r.meta.date.map(|t| t.to_string())),
        opt(r.meta.title.clone()),
        opt(r.meta.public.map(|p| p.to_string())),
        opt(r.meta.department.clone()),
        opt(r.meta.klimacheck.map(|t| t.to_string())),
        r.themes.join(LIST_SEP),
        opt(r.themes.first().cloned()),
        scores.join(LIST_SEP),
        joined(&|c| c.committee.clone()),
        joined(&|c| c.date.map(|d| d.to_string()).unwrap_or_default()),
        joined(&|c| c.role.map(|x| x.as_str().to_string()).unwrap_or_default()),
        joined(&consultation_text),
        opt(deciding),
        cons.len().to_string(),
        r.meta.references.join(LIST_SEP),
        r.meta
            .amounts
            .iter()
            .map(|a| num(a.value))
            .collect::<Vec<_>>()
            .join(LIST_SEP),
        r.pages.to_string(),
        r.size.to_string(),
        r.hash.clone(),
        opt(r.duplicate_of.clone()),
        r.meta.warnings.join(LIST_SEP),
    ]
}

/// A cell a spreadsheet will not run as a formula: `'` before a leading `=`, `+`, `-`, `@`,
/// tab or carriage return, unless the cell is a plain number (`-12.5`, `-12,5`).
pub fn neutralised(cell: String) -> String {
    let starts_formula = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let number = || {
        let rest = cell.trim_start_matches(['+', '-']);
        !rest.is_empty()
            && rest.len() + 1 == cell.len()
            && rest
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && rest.starts_with(|c: char| c.is_ascii_digit())
    };
    if starts_formula && !number() {
        format!("'{cell}")
    } else {
        cell
    }
}

/// `2021-09-23 Unterausschuss Digitalisierung (Entscheidung)`, omitting unknown parts.
fn consultation_text(c: &Consultation) -> String {
    let mut s = String::new();
    if let Some(d) = c.date {
        s.push_str(&d.to_string());
        s.push(' ');
    }
    s.push_str(&c.committee);
    if let Some(r) = c.role {
        s.push_str(&format!(" ({})", r.as_str()));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    fn read(bytes: &[u8], delim: u8) -> (Vec<String>, Vec<::csv::StringRecord>) {
        let mut r = ::csv::ReaderBuilder::new()
            .delimiter(delim)
            .from_reader(bytes);
        let head = r.headers().unwrap().iter().map(String::from).collect();
        (head, r.records().map(Result::unwrap).collect())
    }

    #[test]
    fn round_trip_one_row_per_document_with_lists_joined() {
        let docs = testdata::docs();
        let mut out = Vec::new();
        write(&docs, &Options::default(), &mut out).unwrap();
        let (head, rows) = read(&out, b',');
        assert_eq!(head, COLUMNS.to_vec());
        assert_eq!(rows.len(), docs.len());
        let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
        for (row, d) in rows.iter().zip(&docs) {
            let r = &d.record;
            assert_eq!(&row[col("path")], r.path);
            assert_eq!(row[col("title")], r.meta.title.clone().unwrap_or_default());
            let themes: Vec<&str> = row[col("themes")]
                .split(LIST_SEP)
                .filter(|s| !s.is_empty())
                .collect();
            assert_eq!(themes, r.themes);
            let committees: Vec<&str> = row[col("committees")]
                .split(LIST_SEP)
                .filter(|s| !s.is_empty())
                .collect();
            let want: Vec<&str> = r
                .meta
                .consultations
                .iter()
                .map(|c| c.committee.as_str())
                .collect();
            assert_eq!(committees, want);
        }
        assert_eq!(&rows[0][col("deciding_committee")], "Rat der Stadt");
        assert_eq!(
            &rows[0][col("consultation_dates")],
            "2021-09-23; 2021-10-04"
        );
        assert_eq!(
            &rows[0][col("consultations")],
            "2021-09-23 Unterausschuss Digitalisierung (Vorberatung); 2021-10-04 Rat der Stadt (Entscheidung)"
        );
        assert_eq!(
            &rows[0][col("theme_scores")],
            "digitalisierung=0.91; verwaltung=0.4"
        );
    }

    #[test]
    fn formulas_are_neutralised() {
        for (cell, want) in [
            (
                "=HYPERLINK(\"http://x\",\"y\")",
                "'=HYPERLINK(\"http://x\",\"y\")",
            ),
            ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
            ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
            ("+49 30 1234", "'+49 30 1234"),
            ("-1+2", "'-1+2"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("-1250,5", "-1250,5"),
            ("Klimaschutz = Pflicht", "Klimaschutz = Pflicht"),
            ("", ""),
        ] {
            assert_eq!(neutralised(cell.to_string()), want, "{cell:?}");
        }
        let mut docs = testdata::docs();
        docs[0].record.meta.title = Some("=HYPERLINK(\"http://evil\")".into());
        docs[0].record.meta.consultations[0].committee = "@SUM(1+1)".into();
        for excel in [false, true] {
            let opts = Options {
                excel,
                ..Options::default()
            };
            let mut out = Vec::new();
            write(&docs, &opts, &mut out).unwrap();
            let body = String::from_utf8(out).unwrap();
            let (_, rows) = read(
                body.trim_start_matches('\u{feff}').as_bytes(),
                if excel { b';' } else { b',' },
            );
            for row in &rows {
                for cell in row {
                    assert!(
                        !cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
                            || cell.parse::<f64>().is_ok()
                            || cell.replace(',', ".").parse::<f64>().is_ok(),
                        "{cell:?}"
                    );
                }
            }
            assert!(body.contains("'=HYPERLINK"));
            assert!(body.contains("'@SUM(1+1)"));
        }
    }

    #[test]
    fn excel_variant_has_bom_semicolons_and_decimal_commas() {
        let docs = testdata::docs();
        let opts = Options {
            excel: true,
            ..Options::default()
        };
        let mut out = Vec::new();
        write(&docs, &opts, &mut out).unwrap();
        let bom = "\u{feff}".as_bytes();
        assert!(out.starts_with(bom));
        let (head, rows) = read(&out[bom.len()..], b';');
        assert_eq!(head.len(), COLUMNS.len());
        let amounts = COLUMNS.iter().position(|c| *c == "amounts").unwrap();
        assert_eq!(&rows[0][amounts], "1250000,5");
        assert_eq!(rows.len(), docs.len());
    }
}
