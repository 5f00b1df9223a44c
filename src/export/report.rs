//! A self-contained HTML report (no network assets): summary figures, inline SVG charts and a
//! sortable, filterable document table linking the PDFs.

mod svg;

use super::stats::{self, Dimension, NONE};
use super::urls::pdf_link;
use super::{Documents, ExportError};
use crate::record::{DocumentRecord, Klimacheck};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufReader, BufWriter, Write as _};
use std::path::Path;
use svg::{Bar, Series};

const CSS: &str = include_str!("report/report.css");
const JS: &str = include_str!("report/report.js");

/// Colours for themes in chart order (the last one is reused beyond).
const PALETTE: [&str; 14] = [
    "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
    "#9c755f", "#2f4b7c", "#8cd17d", "#6a3d9a", "#b15928", "#17becf",
];

/// How many bars the top-N charts show.
const TOP: usize = 15;

/// What the report says about itself.
#[derive(Debug, Clone, Default)]
pub struct ReportOptions {
    /// Page heading.
    pub title: String,
    /// Human description of the filters used (empty when none).
    pub filters: String,
    /// When the report was generated (shown verbatim).
    pub generated: String,
    /// Theme id → label; ids are shown where absent.
    pub theme_labels: BTreeMap<String, String>,
    /// Prefix for PDF links; `None` links the local files.
    pub link_base: Option<String>,
}

impl ReportOptions {
    /// A theme's label (its id where the taxonomy has none).
    fn label(&self, id: &str) -> String {
        self.theme_labels
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }
}

/// Escape text for HTML/SVG content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Render the whole report as one HTML document (in memory, for the tests; see [`write_file`]).
#[cfg(test)]
pub fn render(docs: &dyn Documents, opts: &ReportOptions) -> String {
    let mut rows = Vec::new();
    let agg = aggregate(docs, opts, &mut rows).unwrap_or_default();
    let titles = cited_titles(docs, &agg).unwrap_or_default();
    let mut out = Vec::new();
    let _ = write_page(&agg, &titles, opts, &mut rows.as_slice(), &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Write the report of `docs` to `path` (atomically, through `path.part`), reading the documents
/// twice one at a time: memory does not grow with their number (the table's rows wait in
/// `path.rows.part` while the charts are counted). Returns the number of documents.
pub fn write_file(
    docs: &dyn Documents,
    opts: &ReportOptions,
    path: &Path,
) -> Result<usize, ExportError> {
    let with_suffix = |suffix: &str| {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(suffix);
        path.with_file_name(name)
    };
    let (rows_path, part) = (with_suffix(".rows.part"), with_suffix(".part"));
    let file_err = |p: &Path| {
        let p = p.display().to_string();
        move |source| ExportError::File { path: p, source }
    };
    let result = (|| {
        let mut rows = BufWriter::new(File::create(&rows_path).map_err(file_err(&rows_path))?);
        let agg = aggregate(docs, opts, &mut rows)?;
        rows.flush()?;
        drop(rows);
        let titles = cited_titles(docs, &agg)?;
        let mut rows = BufReader::new(File::open(&rows_path).map_err(file_err(&rows_path))?);
        let mut out = BufWriter::new(File::create(&part).map_err(file_err(&part))?);
        write_page(&agg, &titles, opts, &mut rows, &mut out)?;
        out.flush()?;
        drop(out);
        std::fs::rename(&part, path).map_err(file_err(path))?;
        Ok(agg.documents)
    })();
    let _ = std::fs::remove_file(&rows_path);
    if result.is_err() {
        let _ = std::fs::remove_file(&part);
    }
    result
}

/// The page around the charts and the table rows read from `rows`.
fn write_page(
    agg: &Aggregate,
    titles: &HashMap<String, (String, String)>,
    opts: &ReportOptions,
    rows: &mut dyn std::io::Read,
    out: &mut dyn std::io::Write,
) -> Result<(), ExportError> {
    write!(
        out,
        r#"<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>{t}</title><style>{CSS}</style></head><body><header><h1>{t}</h1><p class="muted">Erstellt {g} mit ratsdex {v}{f}</p></header><main>"#,
        t = escape(&opts.title),
        g = escape(&opts.generated),
        v = env!("CARGO_PKG_VERSION"),
        f = if opts.filters.is_empty() {
            String::new()
        } else {
            format!(" · Filter: {}", escape(&opts.filters))
        },
    )?;
    out.write_all(agg.charts(opts, titles).as_bytes())?;
    write!(
        out,
        r#"<section class="card wide"><h2>Dokumente ({n})</h2><p><input id="filter" type="search" placeholder="Tabelle filtern …" aria-label="Tabelle filtern"> <span id="shown" class="muted"></span></p><div class="scroll"><table id="docs"><thead><tr><th data-type="text">Drucksache</th><th data-type="text">Datum</th><th data-type="text">Typ</th><th data-type="text">Betreff</th><th data-type="text">Themen</th><th data-type="text">Klimacheck</th><th data-type="text">Gremien</th><th data-type="num">Seiten</th><th data-type="text">PDF</th></tr></thead><tbody>"#,
        n = agg.documents
    )?;
    std::io::copy(rows, out)?;
    out.write_all(b"</tbody></table></div></section>")?;
    writeln!(out, "</main><script>{JS}</script></body></html>")?;
    Ok(())
}

/// Count every chart's figures over `docs`, writing each document's table row to `rows`.
fn aggregate(
    docs: &dyn Documents,
    opts: &ReportOptions,
    rows: &mut dyn std::io::Write,
) -> Result<Aggregate, ExportError> {
    let label = |id: &str| opts.label(id);
    let mut agg = Aggregate::default();
    docs.each(&mut |d| {
        agg.add(&d.record);
        rows.write_all(table_row(agg.documents, &d.record, opts, &label).as_bytes())?;
        Ok(())
    })?;
    Ok(agg)
}

/// The title and table anchor of the first document with each of the most cited numbers.
fn cited_titles(
    docs: &dyn Documents,
    agg: &Aggregate,
) -> Result<HashMap<String, (String, String)>, ExportError> {
    let wanted: BTreeSet<&str> = agg.most_cited().into_iter().map(|(n, _)| n).collect();
    let mut out: HashMap<String, (String, String)> = HashMap::new();
    if wanted.is_empty() {
        return Ok(out);
    }
    let mut i = 0;
    docs.each(&mut |d| {
        i += 1;
        if let Some(n) = &d.record.meta.drucksache
            && wanted.contains(n.as_str())
            && !out.contains_key(n.as_str())
        {
            let title = d.record.meta.title.clone().unwrap_or_default();
            out.insert(n.to_string(), (title, format!("#doc-{i}")));
        }
        Ok(())
    })?;
    Ok(out)
}

/// The report's stylesheet (also used by `ratsdex serve` for the same charts).
pub fn stylesheet() -> &'static str {
    CSS
}

/// The headline figures and the four charts, as one HTML fragment; `links` maps a
/// Drucksachen-Nr. to the link target of its bar in "most cited" (when it is indexed).
pub fn charts(
    records: &[&DocumentRecord],
    opts: &ReportOptions,
    links: &HashMap<String, String>,
) -> String {
    let mut agg = Aggregate::default();
    let mut titles: HashMap<String, (String, String)> = HashMap::new();
    for r in records {
        agg.add(r);
        if let (Some(n), Some(t)) = (&r.meta.drucksache, &r.meta.title) {
            let link = links.get(n.as_str()).cloned().unwrap_or_default();
            titles.insert(n.to_string(), (t.clone(), link));
        }
    }
    for (n, link) in links {
        titles
            .entry(n.clone())
            .or_insert_with(|| (String::new(), link.clone()));
    }
    agg.charts(opts, &titles)
}

/// What the charts and headline figures count, added up one record at a time: a few counters
/// per theme, period, committee and cited number, nothing per document.
#[derive(Debug, Default)]
struct Aggregate {
    documents: usize,
    pages: usize,
    first: Option<crate::record::Date>,
    last: Option<crate::record::Date>,
    with_klimacheck: usize,
    /// (primary theme, year, month) → documents.
    by_month: BTreeMap<(String, i16, i8), u64>,
    klimacheck: stats::Counter,
    committees: stats::Counter,
    /// Cited number → documents citing it.
    cited: HashMap<String, u64>,
}

impl Aggregate {
    fn add(&mut self, r: &DocumentRecord) {
        if self.documents == 0 {
            self.klimacheck = stats::Counter::new(&[Dimension::Theme, Dimension::Klimacheck]);
            self.committees = stats::Counter::new(&[Dimension::Committee]);
        }
        self.documents += 1;
        self.pages += r.pages;
        if let Some(d) = r.meta.date {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
            let theme = r.themes.first().cloned().unwrap_or_else(|| NONE.into());
            *self
                .by_month
                .entry((theme, d.year(), d.month()))
                .or_default() += 1;
        }
        if r.meta.klimacheck.is_some() {
            self.with_klimacheck += 1;
        }
        self.klimacheck.add(r);
        self.committees.add(r);
        let distinct: BTreeSet<&str> = r
            .meta
            .references
            .iter()
            .map(String::as_str)
            .filter(|n| Some(*n) != r.meta.drucksache.as_deref())
            .collect();
        for n in distinct {
            match self.cited.get_mut(n) {
                Some(c) => *c += 1,
                None => {
                    self.cited.insert(n.to_string(), 1);
                }
            }
        }
    }

    /// The [`TOP`] most cited numbers with their counts, most cited first.
    fn most_cited(&self) -> Vec<(&str, u64)> {
        let mut v: Vec<(&str, u64)> = self.cited.iter().map(|(n, c)| (n.as_str(), *c)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        v.truncate(TOP);
        v
    }

    /// The headline figures and the four charts; `titles` maps a cited number to the title
    /// and link target of the document with it (when it is indexed).
    fn charts(&self, opts: &ReportOptions, titles: &HashMap<String, (String, String)>) -> String {
        let label = |id: &str| opts.label(id);
        let mut h = self.summary();
        h.push_str(r#"<div class="grid">"#);
        section(
            &mut h,
            "Dokumente je Thema im Zeitverlauf",
            "Hauptthema (erstes Thema) je Dokument; Dokumente ohne Datum fehlen.",
            &self.timeline(&label),
        );
        section(
            &mut h,
            "Klimacheck je Thema",
            "Ein Dokument zählt bei jedem seiner Themen.",
            &klimacheck_by_theme(&self.klimacheck.table(), &label),
        );
        section(
            &mut h,
            "Aktivste Gremien",
            "Dokumente je Gremium der Beratungsfolge.",
            &committees(&self.committees.table()),
        );
        section(
            &mut h,
            "Meistzitierte Drucksachen",
            "Wie viele Dokumente eine Drucksache nennen.",
            &most_cited(&self.most_cited(), titles),
        );
        h.push_str("</div>");
        h
    }
}

/// One chart card.
fn section(h: &mut String, title: &str, note: &str, body: &str) {
    let _ = write!(
        h,
        r#"<section class="card"><h2>{}</h2><p class="muted">{}</p>{body}</section>"#,
        escape(title),
        escape(note)
    );
}

impl Aggregate {
    /// Headline figures.
    fn summary(&self) -> String {
        let span = match (self.first, self.last) {
            (Some(a), Some(b)) => format!("{a} – {b}"),
            _ => "—".into(),
        };
        let committees = self
            .committees
            .table()
            .rows
            .iter()
            .filter(|r| r.keys.first().is_some_and(|k| k != NONE))
            .count();
        let figures = [
            ("Dokumente", self.documents.to_string()),
            ("Seiten", self.pages.to_string()),
            ("Zeitraum", span),
            ("mit Klimacheck", self.with_klimacheck.to_string()),
            ("Gremien", committees.to_string()),
        ];
        let mut s = String::from(r#"<ul class="figures">"#);
        for (k, v) in figures {
            let _ = write!(
                s,
                "<li><b>{}</b><span>{}</span></li>",
                escape(&v),
                escape(k)
            );
        }
        s.push_str("</ul>");
        s
    }

    /// Stacked columns of documents per period, one segment per primary theme.
    fn timeline(&self, label: &dyn Fn(&str) -> String) -> String {
        let (Some(first), Some(last)) = (self.first, self.last) else {
            return r#"<p class="muted">keine datierten Dokumente</p>"#.into();
        };
        let by_year = last.year() - first.year() > 6;
        let period = |d: crate::record::Date| {
            if by_year {
                format!("{:04}", d.year())
            } else {
                stats::quarter(d)
            }
        };
        let mut cats = Vec::new();
        let mut d = jiff::civil::date(first.year(), 1, 1);
        while d <= last {
            let p = period(d);
            if !cats.contains(&p) && p >= period(first) {
                cats.push(p);
            }
            let next = if by_year {
                d.checked_add(jiff::ToSpan::years(1))
            } else {
                d.checked_add(jiff::ToSpan::months(3))
            };
            match next {
                Ok(n) => d = n,
                Err(_) => break,
            }
        }
        let mut per: BTreeMap<String, Vec<u64>> = BTreeMap::new();
        for ((theme, year, month), n) in &self.by_month {
            let Ok(date) = jiff::civil::Date::new(*year, *month, 1) else {
                continue;
            };
            let Some(i) = cats.iter().position(|c| *c == period(date)) else {
                continue;
            };
            let v = per
                .entry(theme.clone())
                .or_insert_with(|| vec![0; cats.len()]);
            if let Some(x) = v.get_mut(i) {
                *x += n;
            }
        }
        let mut themes: Vec<(String, Vec<u64>)> = per.into_iter().collect();
        themes.sort_by_key(|(t, v)| (t == NONE, std::cmp::Reverse(v.iter().sum::<u64>())));
        let series: Vec<Series> = themes
            .into_iter()
            .enumerate()
            .map(|(i, (t, values))| Series {
                name: if t == NONE {
                    "ohne Thema".into()
                } else {
                    label(&t)
                },
                color: if t == NONE {
                    "#cccccc".into()
                } else {
                    PALETTE
                        .get(i)
                        .unwrap_or(&PALETTE[PALETTE.len() - 1])
                        .to_string()
                },
                values,
            })
            .collect();
        svg::stacked_columns("Dokumente je Thema im Zeitverlauf", &cats, &series)
    }
}

/// Stacked rows: per theme, documents with positive/neutral/negative/no Klimacheck.
fn klimacheck_by_theme(table: &stats::Table, label: &dyn Fn(&str) -> String) -> String {
    let mut themes = table.values(0);
    // Documents without a theme last, whatever their number.
    themes.sort_by_key(|t| t == NONE);
    let values = |k: &str| -> Vec<u64> { themes.iter().map(|t| table.get(&[t, k])).collect() };
    let kinds = [
        (Klimacheck::Positive.as_str(), "positiv", "#2e9e5b"),
        (Klimacheck::Neutral.as_str(), "neutral", "#8aa4c8"),
        (Klimacheck::Negative.as_str(), "negativ", "#d64541"),
        (NONE, "kein Klimacheck", "#dddddd"),
    ];
    let series: Vec<Series> = kinds
        .iter()
        .map(|(k, name, color)| Series {
            name: (*name).into(),
            color: (*color).into(),
            values: values(k),
        })
        .collect();
    let cats: Vec<String> = themes
        .iter()
        .map(|t| {
            if t == NONE {
                "ohne Thema".into()
            } else {
                label(t)
            }
        })
        .collect();
    svg::stacked_rows("Klimacheck je Thema", &cats, &series)
}

/// The committees with the most documents.
fn committees(table: &stats::Table) -> String {
    let bars: Vec<Bar> = table
        .rows
        .iter()
        .filter(|r| r.keys.first().is_some_and(|k| k != NONE))
        .take(TOP)
        .map(|r| {
            let name = r.keys.first().cloned().unwrap_or_default();
            Bar {
                tooltip: format!("{name}: {} Dokumente", r.count),
                label: name,
                value: r.count,
                href: None,
            }
        })
        .collect();
    svg::hbars("Aktivste Gremien", &bars, "#4e79a7")
}

/// The Drucksachen cited by the most documents (linked to their table row or page when indexed):
/// `cited` as [`Aggregate::most_cited`] gives them, `titles` as [`Aggregate::charts`] takes them.
fn most_cited(cited: &[(&str, u64)], titles: &HashMap<String, (String, String)>) -> String {
    let bars: Vec<Bar> = cited
        .iter()
        .map(|&(n, c)| {
            let (title, link) = match titles.get(n) {
                Some((t, l)) => (Some(t.as_str()).filter(|t| !t.is_empty()), Some(l.clone())),
                None => (None, None),
            };
            Bar {
                label: match title {
                    Some(t) => format!("{n} {t}"),
                    None => n.to_string(),
                },
                tooltip: format!(
                    "{n}{}: von {c} Dokumenten zitiert",
                    title.map(|t| format!(" ({t})")).unwrap_or_default()
                ),
                value: c,
                href: link.filter(|l| !l.is_empty()),
            }
        })
        .collect();
    svg::hbars("Meistzitierte Drucksachen", &bars, "#f28e2b")
}

/// One row of the sortable, filterable document table (`i`: its number, from 1).
fn table_row(
    i: usize,
    r: &DocumentRecord,
    opts: &ReportOptions,
    label: &dyn Fn(&str) -> String,
) -> String {
    let file = r.path.rsplit(['/', '\\']).next().unwrap_or(&r.path);
    let themes: Vec<String> = r.themes.iter().map(|t| label(t)).collect();
    let committees: BTreeSet<&str> = r
        .meta
        .consultations
        .iter()
        .map(|c| c.committee.as_str())
        .collect();
    let kc = r.meta.klimacheck.map(|k| k.as_str()).unwrap_or("");
    format!(
        r#"<tr id="doc-{i}"><td>{n}</td><td class="date">{date}</td><td>{ty}</td><td>{title}</td><td>{themes}</td><td class="kc-{kc}">{kc}</td><td>{com}</td><td class="num">{pages}</td><td class="file"><a href="{href}" title="{path}">{file}</a></td></tr>"#,
        n = escape(r.meta.drucksache.as_deref().unwrap_or("")),
        date = r.meta.date.map(|x| x.to_string()).unwrap_or_default(),
        ty = escape(r.meta.doc_type.map(|t| t.as_str()).unwrap_or("")),
        title = escape(r.meta.title.as_deref().unwrap_or("")),
        themes = escape(&themes.join(", ")),
        com = escape(&committees.into_iter().collect::<Vec<_>>().join(", ")),
        pages = r.pages,
        href = escape(&pdf_link(&r.path, opts.link_base.as_deref())),
        path = escape(&r.path),
        file = escape(file),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testdata;

    fn render_test() -> String {
        let opts = ReportOptions {
            title: "Bericht <Test>".into(),
            generated: "2026-01-01".into(),
            link_base: Some("https://ris.example/pdf".into()),
            ..ReportOptions::default()
        };
        render(&testdata::docs(), &opts)
    }

    #[test]
    fn report_is_self_contained() {
        let html = render_test();
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<h1>Bericht &lt;Test&gt;</h1>"));
        for bad in [
            "src=\"http",
            "href=\"http://",
            "@import",
            "<link rel=\"stylesheet\"",
        ] {
            assert!(!html.contains(bad), "external asset: {bad}");
        }
        assert_eq!(html.matches("<svg").count(), 4);
    }

    #[test]
    fn table_has_one_row_per_document_with_pdf_links() {
        let html = render_test();
        assert_eq!(html.matches("<tr id=\"doc-").count(), 4);
        assert!(
            html.contains(
                r#"href="https://ris.example/pdf/corpus/c/Antrag%207%20%3Cx%26y%3E.PDF""#
            )
        );
        assert!(html.contains("Radweg &lt;Süd&gt; &amp; Nord"));
    }

    #[test]
    fn most_cited_links_to_the_indexed_document() {
        let html = render_test();
        // VO/0871/22 is cited by two documents and is row 2.
        assert!(
            html.contains(r##"<a href="#doc-2">VO/0871/22 Elektronische Akte</a>"##),
            "{html}"
        );
        assert!(html.contains("VO/0871/22 (Elektronische Akte): von 2 Dokumenten zitiert"));
    }

    #[test]
    fn timeline_fills_empty_quarters() {
        let html = render_test();
        for q in ["2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q4"] {
            assert!(html.contains(&format!(">{q}</text>")), "missing {q}");
        }
    }
}
