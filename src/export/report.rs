//! A self-contained HTML report (no network assets): summary figures, inline SVG charts and a
//! sortable, filterable document table linking the PDFs.

mod svg;

use super::stats::{self, Dimension, NONE};
use super::urls::pdf_link;
use crate::index::StoredDoc;
use crate::record::{DocumentRecord, Klimacheck};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
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

/// Render the whole report as one HTML document.
pub fn render(docs: &[StoredDoc], opts: &ReportOptions) -> String {
    let records: Vec<&DocumentRecord> = docs.iter().map(|d| &d.record).collect();
    let label = |id: &str| {
        opts.theme_labels
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };
    let anchors = anchors(&records);
    let mut h = String::new();
    let _ = write!(
        h,
        r#"<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>{t}</title><style>{CSS}</style></head><body><header><h1>{t}</h1><p class="muted">Erstellt {g} mit ratsdex {v}{f}</p></header><main>"#,
        t = escape(&opts.title),
        g = escape(&opts.generated),
        v = env!("CARGO_PKG_VERSION"),
        f = if opts.filters.is_empty() {
            String::new()
        } else {
            format!(" · Filter: {}", escape(&opts.filters))
        },
    );
    h.push_str(&charts(&records, opts, &anchors));
    h.push_str(&table(docs, opts, &label));
    let _ = writeln!(h, "</main><script>{JS}</script></body></html>");
    h
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
    let label = |id: &str| {
        opts.theme_labels
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    };
    let mut h = summary(records);
    h.push_str(r#"<div class="grid">"#);
    section(
        &mut h,
        "Dokumente je Thema im Zeitverlauf",
        "Hauptthema (erstes Thema) je Dokument; Dokumente ohne Datum fehlen.",
        &timeline(records, &label),
    );
    section(
        &mut h,
        "Klimacheck je Thema",
        "Ein Dokument zählt bei jedem seiner Themen.",
        &klimacheck_by_theme(records, &label),
    );
    section(
        &mut h,
        "Aktivste Gremien",
        "Dokumente je Gremium der Beratungsfolge.",
        &committees(records),
    );
    section(
        &mut h,
        "Meistzitierte Drucksachen",
        "Wie viele Dokumente eine Drucksache nennen.",
        &most_cited(records, links),
    );
    h.push_str("</div>");
    h
}

/// Link to the table row per Drucksachen-Nr. (first document that has it).
fn anchors(records: &[&DocumentRecord]) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        if let Some(n) = &r.meta.drucksache {
            m.entry(n.to_string())
                .or_insert_with(|| format!("#doc-{}", i + 1));
        }
    }
    m
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

/// Headline figures.
fn summary(records: &[&DocumentRecord]) -> String {
    let dates: Vec<_> = records.iter().filter_map(|r| r.meta.date).collect();
    let span = match (dates.iter().min(), dates.iter().max()) {
        (Some(a), Some(b)) => format!("{a} – {b}"),
        _ => "—".into(),
    };
    let pages: usize = records.iter().map(|r| r.pages).sum();
    let with_kc = records
        .iter()
        .filter(|r| r.meta.klimacheck.is_some())
        .count();
    let committees: BTreeSet<&str> = records
        .iter()
        .flat_map(|r| r.meta.consultations.iter().map(|c| c.committee.as_str()))
        .collect();
    let figures = [
        ("Dokumente", records.len().to_string()),
        ("Seiten", pages.to_string()),
        ("Zeitraum", span),
        ("mit Klimacheck", with_kc.to_string()),
        ("Gremien", committees.len().to_string()),
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
fn timeline(records: &[&DocumentRecord], label: &dyn Fn(&str) -> String) -> String {
    let dates: Vec<_> = records.iter().filter_map(|r| r.meta.date).collect();
    let (Some(first), Some(last)) = (dates.iter().min(), dates.iter().max()) else {
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
    while d <= *last {
        let p = period(d);
        if !cats.contains(&p) && p >= period(*first) {
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
    for r in records {
        let Some(date) = r.meta.date else { continue };
        let theme = r.themes.first().cloned().unwrap_or_else(|| NONE.into());
        let Some(i) = cats.iter().position(|c| *c == period(date)) else {
            continue;
        };
        let v = per.entry(theme).or_insert_with(|| vec![0; cats.len()]);
        if let Some(x) = v.get_mut(i) {
            *x += 1;
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

/// Stacked rows: per theme, documents with positive/neutral/negative/no Klimacheck.
fn klimacheck_by_theme(records: &[&DocumentRecord], label: &dyn Fn(&str) -> String) -> String {
    let table = stats::count_records(
        records.iter().copied(),
        &[Dimension::Theme, Dimension::Klimacheck],
    );
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
fn committees(records: &[&DocumentRecord]) -> String {
    let table = stats::count_records(records.iter().copied(), &[Dimension::Committee]);
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

/// The Drucksachen cited by the most documents (linked to their table row or page when indexed).
fn most_cited(records: &[&DocumentRecord], links: &HashMap<String, String>) -> String {
    let mut counts: HashMap<&str, u64> = HashMap::new();
    for r in records {
        let distinct: BTreeSet<&str> = r
            .meta
            .references
            .iter()
            .map(String::as_str)
            .filter(|n| Some(*n) != r.meta.drucksache.as_deref())
            .collect();
        for n in distinct {
            *counts.entry(n).or_default() += 1;
        }
    }
    let titles: HashMap<&str, &str> = records
        .iter()
        .filter_map(|r| Some((r.meta.drucksache.as_deref()?, r.meta.title.as_deref()?)))
        .collect();
    let mut v: Vec<(&str, u64)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    let bars: Vec<Bar> = v
        .into_iter()
        .take(TOP)
        .map(|(n, c)| Bar {
            label: match titles.get(n) {
                Some(t) => format!("{n} {t}"),
                None => n.to_string(),
            },
            tooltip: format!(
                "{n}{}: von {c} Dokumenten zitiert",
                titles.get(n).map(|t| format!(" ({t})")).unwrap_or_default()
            ),
            value: c,
            href: links.get(n).cloned(),
        })
        .collect();
    svg::hbars("Meistzitierte Drucksachen", &bars, "#f28e2b")
}

/// The sortable, filterable document table.
fn table(docs: &[StoredDoc], opts: &ReportOptions, label: &dyn Fn(&str) -> String) -> String {
    let mut s = String::new();
    let _ = write!(
        s,
        r#"<section class="card wide"><h2>Dokumente ({n})</h2><p><input id="filter" type="search" placeholder="Tabelle filtern …" aria-label="Tabelle filtern"> <span id="shown" class="muted"></span></p><div class="scroll"><table id="docs"><thead><tr><th data-type="text">Drucksache</th><th data-type="text">Datum</th><th data-type="text">Typ</th><th data-type="text">Betreff</th><th data-type="text">Themen</th><th data-type="text">Klimacheck</th><th data-type="text">Gremien</th><th data-type="num">Seiten</th><th data-type="text">PDF</th></tr></thead><tbody>"#,
        n = docs.len()
    );
    for (i, d) in docs.iter().enumerate() {
        let r = &d.record;
        let file = r.path.rsplit(['/', '\\']).next().unwrap_or(&r.path);
        let themes: Vec<String> = r.themes.iter().map(|t| label(t)).collect();
        let committees: BTreeSet<&str> = r
            .meta
            .consultations
            .iter()
            .map(|c| c.committee.as_str())
            .collect();
        let kc = r.meta.klimacheck.map(|k| k.as_str()).unwrap_or("");
        let _ = write!(
            s,
            r#"<tr id="doc-{id}"><td>{n}</td><td class="date">{date}</td><td>{ty}</td><td>{title}</td><td>{themes}</td><td class="kc-{kc}">{kc}</td><td>{com}</td><td class="num">{pages}</td><td class="file"><a href="{href}" title="{path}">{file}</a></td></tr>"#,
            id = i + 1,
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
        );
    }
    s.push_str("</tbody></table></div></section>");
    s
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
