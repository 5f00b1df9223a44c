//! Counts and cross-tables over records: documents per theme, committee, Klimacheck, type,
//! department or period, and any combination of those (theme × quarter, Klimacheck × theme).

use crate::record::DocumentRecord;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// The key used for documents without a value (no theme, no date, no Klimacheck …).
pub const NONE: &str = "none";

/// What to count by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dimension {
    /// Every assigned theme (a document counts once per theme).
    Theme,
    /// Every committee of the Beratungsfolge (once per committee and document).
    Committee,
    /// Klimacheck value (`none` when the document has no Klimacheck).
    Klimacheck,
    /// Canonical document type.
    Type,
    /// Department as printed.
    Department,
    /// Originator (Fraktion, Beirat …) as printed.
    Originator,
    /// Document month `YYYY-MM`.
    Month,
    /// Document quarter `YYYY-Qn`.
    Quarter,
    /// Document year.
    Year,
}

impl Dimension {
    /// Every dimension, in the order `--help` lists them.
    pub const ALL: [Dimension; 9] = [
        Dimension::Theme,
        Dimension::Committee,
        Dimension::Klimacheck,
        Dimension::Type,
        Dimension::Department,
        Dimension::Originator,
        Dimension::Month,
        Dimension::Quarter,
        Dimension::Year,
    ];

    /// The dimension with this name.
    pub fn parse(name: &str) -> Option<Dimension> {
        Dimension::ALL
            .into_iter()
            .find(|d| d.as_str().eq_ignore_ascii_case(name.trim()))
    }

    /// The lower-case name used in headers and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Theme => "theme",
            Dimension::Committee => "committee",
            Dimension::Klimacheck => "klimacheck",
            Dimension::Type => "type",
            Dimension::Department => "department",
            Dimension::Originator => "originator",
            Dimension::Month => "month",
            Dimension::Quarter => "quarter",
            Dimension::Year => "year",
        }
    }

    /// What counting by this dimension means (for `--help`).
    pub fn help(self) -> &'static str {
        match self {
            Dimension::Theme => "Every assigned theme (a document counts once per theme)",
            Dimension::Committee => {
                "Every committee of the Beratungsfolge (once per committee and document)"
            }
            Dimension::Klimacheck => {
                "Klimacheck value (`none` when the document has no Klimacheck)"
            }
            Dimension::Type => "Canonical document type",
            Dimension::Department => "Department as printed",
            Dimension::Originator => "Originator (Fraktion, Beirat …) as printed",
            Dimension::Month => "Document month `YYYY-MM`",
            Dimension::Quarter => "Document quarter `YYYY-Qn`",
            Dimension::Year => "Document year",
        }
    }

    /// True for periods, whose values sort chronologically rather than by count.
    pub fn is_time(self) -> bool {
        matches!(
            self,
            Dimension::Month | Dimension::Quarter | Dimension::Year
        )
    }

    /// The values of this dimension for one record (never empty: [`NONE`] stands in).
    pub fn keys(self, r: &DocumentRecord) -> Vec<String> {
        let keys: Vec<String> = match self {
            Dimension::Theme => r.themes.clone(),
            Dimension::Committee => {
                let set: BTreeSet<String> = r
                    .meta
                    .consultations
                    .iter()
                    .map(|c| normalise_space(&c.committee))
                    .filter(|c| !c.is_empty())
                    .collect();
                set.into_iter().collect()
            }
            Dimension::Klimacheck => r
                .meta
                .klimacheck
                .map(|k| k.as_str().to_string())
                .into_iter()
                .collect(),
            Dimension::Type => r
                .meta
                .doc_type
                .map(|t| t.as_str().to_string())
                .into_iter()
                .collect(),
            Dimension::Department => r
                .meta
                .department
                .as_deref()
                .map(normalise_space)
                .filter(|d| !d.is_empty())
                .into_iter()
                .collect(),
            Dimension::Originator => r
                .meta
                .originator
                .as_deref()
                .map(normalise_space)
                .filter(|d| !d.is_empty())
                .into_iter()
                .collect(),
            Dimension::Month => r
                .meta
                .date
                .map(|d| format!("{:04}-{:02}", d.year(), d.month()))
                .into_iter()
                .collect(),
            Dimension::Quarter => r.meta.date.map(quarter).into_iter().collect(),
            Dimension::Year => r
                .meta
                .date
                .map(|d| format!("{:04}", d.year()))
                .into_iter()
                .collect(),
        };
        if keys.is_empty() {
            vec![NONE.to_string()]
        } else {
            keys
        }
    }
}

/// `2023-Q2` for a date.
pub fn quarter(d: crate::record::Date) -> String {
    format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1)
}

/// Collapse runs of white space to one space and trim.
fn normalise_space(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One cell of a count table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// One value per dimension, in `by` order.
    pub keys: Vec<String>,
    /// Number of documents with these values.
    pub count: u64,
}

/// Counts of documents per combination of dimension values.
#[derive(Debug, Clone, Serialize)]
pub struct Table {
    /// The dimensions.
    pub by: Vec<Dimension>,
    /// Number of documents counted (each document once, whatever its values).
    pub documents: u64,
    /// Non-zero cells, ordered: time values chronologically, others by count then name.
    pub rows: Vec<Row>,
}

/// Count `docs` by the combination of `by` at once (the tests' shorthand for a [`Counter`]).
#[cfg(test)]
pub(crate) fn count(docs: &[crate::index::StoredDoc], by: &[Dimension]) -> Table {
    let mut counter = Counter::new(by);
    for d in docs {
        counter.add(&d.record);
    }
    counter.table()
}

/// A [`Table`] being counted, one record at a time (a counter per cell, nothing per record).
#[derive(Debug, Clone, Default)]
pub struct Counter {
    by: Vec<Dimension>,
    cells: BTreeMap<Vec<String>, u64>,
    documents: u64,
}

impl Counter {
    /// An empty count by the combination of `by`.
    pub fn new(by: &[Dimension]) -> Counter {
        Counter {
            by: by.to_vec(),
            ..Counter::default()
        }
    }

    /// Count a record (once per combination of values it has).
    pub fn add(&mut self, r: &DocumentRecord) {
        self.documents += 1;
        let mut combos: Vec<Vec<String>> = vec![Vec::new()];
        for dim in &self.by {
            let keys = dim.keys(r);
            combos = combos
                .into_iter()
                .flat_map(|c| {
                    keys.iter().map(move |k| {
                        let mut c = c.clone();
                        c.push(k.clone());
                        c
                    })
                })
                .collect();
        }
        for c in combos {
            *self.cells.entry(c).or_default() += 1;
        }
    }

    /// The table counted so far.
    pub fn table(&self) -> Table {
        let mut rows: Vec<Row> = self
            .cells
            .iter()
            .map(|(keys, &count)| Row {
                keys: keys.clone(),
                count,
            })
            .collect();
        if self.by.len() == 1 && !self.by.iter().all(|d| d.is_time()) {
            rows.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.keys.cmp(&b.keys)));
        }
        Table {
            by: self.by.clone(),
            documents: self.documents,
            rows,
        }
    }
}

impl Table {
    /// Distinct values of dimension `i`, ordered as in a one-dimensional table.
    pub fn values(&self, i: usize) -> Vec<String> {
        let mut totals: BTreeMap<&str, u64> = BTreeMap::new();
        for r in &self.rows {
            if let Some(k) = r.keys.get(i) {
                *totals.entry(k.as_str()).or_default() += r.count;
            }
        }
        let mut v: Vec<(&str, u64)> = totals.into_iter().collect();
        if !self.by.get(i).is_some_and(|d| d.is_time()) {
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        }
        v.into_iter().map(|(k, _)| k.to_string()).collect()
    }

    /// The count of one cell (0 when absent).
    pub fn get(&self, keys: &[&str]) -> u64 {
        self.rows
            .iter()
            .find(|r| r.keys.iter().map(String::as_str).eq(keys.iter().copied()))
            .map_or(0, |r| r.count)
    }

    /// JSON: `{"by": [...], "documents": N, "rows": [{"<dim>": value, …, "count": n}]}`.
    pub fn to_json(&self) -> serde_json::Value {
        let rows: Vec<serde_json::Value> = self
            .rows
            .iter()
            .map(|r| {
                let mut m = serde_json::Map::new();
                for (d, k) in self.by.iter().zip(&r.keys) {
                    m.insert(d.as_str().into(), k.clone().into());
                }
                m.insert("count".into(), r.count.into());
                serde_json::Value::Object(m)
            })
            .collect();
        serde_json::json!({ "by": self.by, "documents": self.documents, "rows": rows })
    }

    /// CSV: one column per dimension, then `count`.
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let mut head: Vec<&str> = self.by.iter().map(|d| d.as_str()).collect();
        head.push("count");
        w.write_record(&head)?;
        for r in &self.rows {
            let mut rec = r.keys.clone();
            rec.push(r.count.to_string());
            w.write_record(&rec)?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| csv::Error::from(e.into_error()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// Readable text: a list for one dimension, a matrix for two, a list of combinations beyond.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        match self.by.as_slice() {
            [] => out.push_str(&format!("{} Dokumente\n", self.documents)),
            [_, _] => self.matrix_text(&mut out),
            _ => {
                let names: Vec<&str> = self.by.iter().map(|d| d.as_str()).collect();
                let keys: Vec<String> = self.rows.iter().map(|r| r.keys.join(" | ")).collect();
                let width = keys
                    .iter()
                    .map(|k| k.chars().count())
                    .chain([names.join(" | ").chars().count()])
                    .max()
                    .unwrap_or(0);
                out.push_str(&format!("{:<width$}  {:>6}\n", names.join(" | "), "count"));
                for (k, r) in keys.iter().zip(&self.rows) {
                    out.push_str(&format!("{k:<width$}  {:>6}\n", r.count));
                }
                out.push_str(&format!("{} Dokumente\n", self.documents));
            }
        }
        out
    }

    /// Rows = values of the first dimension, columns = values of the second, plus totals.
    fn matrix_text(&self, out: &mut String) {
        let rows = self.values(0);
        let cols = self.values(1);
        let head = format!("{} \\ {}", self.by[0].as_str(), self.by[1].as_str());
        let w0 = rows
            .iter()
            .map(|r| r.chars().count())
            .chain([head.chars().count()])
            .max()
            .unwrap_or(0);
        let widths: Vec<usize> = cols.iter().map(|c| c.chars().count().max(4)).collect();
        out.push_str(&format!("{head:<w0$}"));
        for (c, w) in cols.iter().zip(&widths) {
            out.push_str(&format!("  {c:>w$}"));
        }
        out.push('\n');
        for r in &rows {
            out.push_str(&format!("{r:<w0$}"));
            for (c, w) in cols.iter().zip(&widths) {
                let n = self.get(&[r, c]);
                let cell = if n == 0 {
                    ".".to_string()
                } else {
                    n.to_string()
                };
                out.push_str(&format!("  {cell:>w$}"));
            }
            out.push('\n');
        }
        out.push_str(&format!("{} Dokumente\n", self.documents));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    #[test]
    fn one_dimension_counts_every_theme_and_none() {
        let t = count(&testdata::docs(), &[Dimension::Theme]);
        assert_eq!(t.documents, 4);
        assert_eq!(t.get(&["digitalisierung"]), 2);
        assert_eq!(t.get(&["mobilitaet"]), 1);
        assert_eq!(t.get(&[NONE]), 1);
        assert_eq!(t.rows[0].keys, vec!["digitalisierung".to_string()]);
    }

    #[test]
    fn cross_table_theme_by_quarter_is_chronological() {
        let t = count(&testdata::docs(), &[Dimension::Theme, Dimension::Quarter]);
        assert_eq!(t.get(&["digitalisierung", "2021-Q3"]), 1);
        assert_eq!(t.get(&["klima_umwelt", "2022-Q2"]), 1);
        assert_eq!(t.get(&["mobilitaet", "2022-Q4"]), 1);
        assert_eq!(t.values(1), vec!["2021-Q3", "2022-Q2", "2022-Q4", NONE]);
        let text = t.to_text();
        assert!(text.contains("theme \\ quarter"), "{text}");
    }

    #[test]
    fn committees_are_counted_once_per_document() {
        let t = count(&testdata::docs(), &[Dimension::Committee]);
        assert_eq!(t.get(&["Ausschuss für Umwelt"]), 2);
        assert_eq!(t.get(&["Rat der Stadt"]), 1);
        assert_eq!(t.get(&[NONE]), 1);
    }

    #[test]
    fn json_and_csv_carry_the_same_cells() {
        let t = count(&testdata::docs(), &[Dimension::Klimacheck, Dimension::Type]);
        let j = t.to_json();
        assert_eq!(j["documents"], 4);
        let rows = j["rows"].as_array().unwrap();
        assert_eq!(rows.len(), t.rows.len());
        assert!(
            rows.iter()
                .any(|r| r["klimacheck"] == "negative" && r["type"] == "Antrag")
        );
        let csv = t.to_csv().unwrap();
        assert!(csv.starts_with("klimacheck,type,count\n"), "{csv}");
        assert!(csv.contains("negative,Antrag,1"), "{csv}");
    }
}
