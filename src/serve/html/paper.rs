//! `GET /papers/{id}`: one paper — the whole record, the Beratungsfolge as a table, Klimacheck,
//! themes with their explanation, amounts, the links to and from other papers, the PDF and the
//! text.

use super::layout::{Frame, page as frame_page};
use super::words;
use crate::classify::{Context, Explanation};
use crate::index::StoredDoc;
use crate::pdf::TextLayer;
use crate::serve::error::AppError;
use crate::serve::snapshot::{Paper, Snapshot};
use crate::serve::state::AppState;
use axum::extract::{Path, State};
use axum::response::Html;
use maud::{Markup, html};
use std::sync::Arc;

/// Term hits shown per theme in the explanation.
const EXPLAIN_TERMS: usize = 8;

/// The paper page.
pub(crate) async fn page(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Html<String>, AppError> {
    let st = state.clone();
    state
        .run(move |snap| {
            let pos = snap.position(&id).ok_or_else(AppError::not_found)?;
            let doc = snap.load(pos)?.ok_or_else(AppError::not_found)?;
            Ok(render(&st, snap, pos, &doc))
        })
        .await
}

/// A group of links between papers ("Verweist auf", "Zitiert von").
pub(crate) struct Relation<'a> {
    /// Heading.
    pub title: &'static str,
    /// What the links mean.
    pub note: &'static str,
    /// Each entry: the number as printed (for references) and the papers it resolves to.
    pub items: Vec<(Option<&'a str>, Vec<&'a Paper>)>,
}

/// The links of the paper at `pos` to other papers, in both directions (the place where
/// `answers` / "beantwortet durch" join once the record has them).
pub(crate) fn relations(snap: &Snapshot, pos: usize) -> Vec<Relation<'_>> {
    let cites = snap
        .cites(pos)
        .iter()
        .map(|r| {
            let papers = r.papers.iter().filter_map(|&i| snap.paper(i)).collect();
            (Some(r.number.as_str()), papers)
        })
        .collect();
    let cited_by = snap
        .cited_by(pos)
        .iter()
        .filter_map(|&i| snap.paper(i))
        .map(|p| (None, vec![p]))
        .collect();
    vec![
        Relation {
            title: "Verweist auf",
            note: "Drucksachen, die dieses Papier nennt.",
            items: cites,
        },
        Relation {
            title: "Zitiert von",
            note: "Papiere im Archiv, die diese Drucksache nennen.",
            items: cited_by,
        },
    ]
}

fn render(state: &AppState, snap: &Snapshot, pos: usize, doc: &StoredDoc) -> Html<String> {
    let r = &doc.record;
    let Some(paper) = snap.paper(pos) else {
        return super::layout::error_page("Nicht gefunden", "Nicht gefunden.");
    };
    let title = paper.title.clone().unwrap_or_else(|| paper.label());
    let layer = TextLayer::from_layout_text(&doc.text);
    // the rules the index was built with (`--themes FILE` included), compiled once per commit
    let explanation = snap
        .index
        .taxonomy()
        .ok()
        .map(|tax| crate::classify::explain(tax, &layer, &Context::from_record(r)).1)
        .unwrap_or_default();
    let duplicate_of = r
        .duplicate_of
        .as_deref()
        .and_then(|p| snap.by_path(p))
        .and_then(|i| snap.paper(i));
    let public = r
        .meta
        .public
        .map(|p| if p { "öffentlich" } else { "nichtöffentlich" });
    let body = html! {
        p.crumbs { a href="/search" { "← Suche" } }
        article.paper {
            h1 { (title) }
            p.meta {
                @if let Some(n) = &r.meta.drucksache { span.ds { (n) } }
                @if let Some(t) = r.meta.doc_type { span { (t.as_str()) } }
                @if let Some(d) = r.meta.date { time datetime=(d) { (words::date(d)) } }
            }
            p.actions {
                a.button href={ "/files/" (paper.id) } { "PDF öffnen" }
                " " a href={ "/files/" (paper.id) "/download" } { "herunterladen" }
                " (" (words::size(r.size)) ", " (r.pages) (if r.pages == 1 { " Seite" } else { " Seiten" }) ")"
            }
            section {
                h2 { "Angaben" }
                dl.record {
                    dt { "Drucksachen-Nr." } dd { (r.meta.drucksache.as_ref().map_or("—", |d| d.as_str())) }
                    dt { "Typ" }
                    dd {
                        (r.meta.doc_type.map_or("—", |t| t.as_str()))
                        @if let Some(p) = r.meta.doc_type_printed.as_ref().filter(|p| {
                            r.meta.doc_type.is_none_or(|t| !t.as_str().eq_ignore_ascii_case(p.trim()))
                        }) { " (gedruckt: „" (p) "“)" }
                    }
                    dt { "Datum" } dd { (r.meta.date.map_or("—".into(), words::date)) }
                    dt { "Betreff" } dd { (r.meta.title.as_deref().unwrap_or("—")) }
                    dt { "Federführung" }
                    dd {
                        @if let Some(d) = &r.meta.department {
                            a href={ "/search" (crate::serve::params::encode(&[("department", d.clone())])) } { (d) }
                        } @else { "—" }
                    }
                    @if let Some(o) = &r.meta.originator {
                        dt { "Urheber" }
                        dd { a href={ "/search" (crate::serve::params::encode(&[("originator", o.clone())])) } { (o) } }
                    }
                    dt { "Öffentlich" } dd { (public.unwrap_or("nicht angegeben")) }
                    dt { "Datei" } dd.path { (r.path) }
                    @if let Some(dup) = duplicate_of {
                        dt { "Inhaltsgleich mit" } dd { a href={ "/papers/" (dup.id) } { (dup.label()) } }
                    }
                }
            }
            (consultations(doc))
            section {
                h2 { "Klimacheck" }
                @match r.meta.klimacheck {
                    Some(k) => p { span class={ "kc kc-" (k.as_str()) } { (words::klimacheck(k.as_str())) } },
                    None => p.muted { "Kein Klimacheck-Abschnitt gefunden." },
                }
            }
            (themes(snap, doc, &explanation))
            @if !r.meta.amounts.is_empty() {
                section {
                    h2 { "Beträge" }
                    ul.amounts {
                        @for a in &r.meta.amounts {
                            li { span.v { (words::euro(a.value)) } " " span.muted { "gedruckt: " (a.text) } }
                        }
                    }
                }
            }
            section.links {
                h2 { "Verknüpfte Papiere" }
                @for rel in relations(snap, pos) { (relation(&rel)) }
            }
            @if !r.meta.warnings.is_empty() {
                section {
                    h2 { "Hinweise beim Einlesen" }
                    ul { @for w in &r.meta.warnings { li { (w) } } }
                }
            }
            section {
                details.text open {
                    summary { h2 { "Volltext" } }
                    @if doc.text.trim().is_empty() {
                        p.muted { "Kein Text (gescanntes Dokument?)." }
                    } @else {
                        div.fulltext { (doc.text) }
                    }
                }
            }
            p.machine {
                "Maschinenlesbar: "
                a href={ "/api/papers/" (paper.id) } { "JSON" } " · "
                a href={ "/oparl/v1/paper/" (paper.id) } { "OParl" }
            }
        }
    };
    frame_page(
        &Frame {
            title: &title,
            site: &state.config.title,
            ..Frame::default()
        },
        body,
    )
}

fn consultations(doc: &StoredDoc) -> Markup {
    let r = &doc.record;
    html! {
        section {
            h2 { "Beratungsfolge" }
            @if r.meta.consultations.is_empty() {
                p.muted { "Keine Beratungsfolge angegeben." }
            } @else {
                div.scroll {
                    table.consultations {
                        thead { tr { th scope="col" { "Datum" } th scope="col" { "Gremium" } th scope="col" { "Rolle" } } }
                        tbody {
                            @for c in &r.meta.consultations {
                                tr {
                                    td.date { (c.date.map_or("—".into(), words::date)) }
                                    td {
                                        a href={ "/search" (crate::serve::params::encode(&[("committee", c.committee.clone())])) } { (c.committee) }
                                    }
                                    td { (c.role.map_or("—", |x| x.as_str())) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn themes(snap: &Snapshot, doc: &StoredDoc, ex: &Explanation) -> Markup {
    let r = &doc.record;
    html! {
        section {
            h2 { "Themen" }
            @if r.themes.is_empty() {
                p.muted { "Keinem Thema zugeordnet." }
            }
            ul.themes {
                @for id in &r.themes {
                    li {
                        a href={ "/search" (crate::serve::params::encode(&[("theme", id.clone())])) } { (snap.theme_label(id)) }
                        @if let Some(s) = r.theme_scores.get(id) { " " span.muted { "(Wert " (format!("{s:.2}")) ")" } }
                        @if let Some(t) = ex.themes.iter().find(|t| &t.id == id) {
                            details.explain {
                                summary { "Warum?" }
                                p {
                                    "Text " (format!("{:.2}", t.body)) " + Titel " (format!("{:.2}", t.title))
                                    " + Hinweise " (format!("{:.2}", t.hints)) " = " (format!("{:.2}", t.score))
                                }
                                @if !t.hits.is_empty() {
                                    div.scroll {
                                        table {
                                            thead { tr { th { "Begriff" } th { "Abschnitt" } th { "Anzahl" } th { "Punkte" } th { "gefunden als" } } }
                                            tbody {
                                                @for h in t.hits.iter().take(EXPLAIN_TERMS) {
                                                    tr {
                                                        td { code { (h.term) } }
                                                        td { (h.section) }
                                                        td.num { (h.count) }
                                                        td.num { (format!("{:.2}", h.points)) }
                                                        td { (h.forms.join(", ")) }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                                @for h in &t.hint_hits { p.muted { "Hinweis: " (h) } }
                                @for n in &t.notes { p.muted { (n) } }
                            }
                        }
                    }
                }
            }
            @let others: Vec<_> = ex.themes.iter().filter(|t| !t.assigned).take(3).collect();
            @if !others.is_empty() {
                p.muted {
                    "Knapp nicht zugeordnet: "
                    @for (i, t) in others.iter().enumerate() {
                        @if i > 0 { ", " }
                        (snap.theme_label(&t.id)) " (" (format!("{:.2}", t.score)) ")"
                    }
                }
            }
            @if !ex.skipped.is_empty() {
                p.muted {
                    "Ohne Wertung (Vorlagentext): "
                    @for (i, (section, n)) in ex.skipped.iter().enumerate() {
                        @if i > 0 { ", " }
                        (section) " (" (n) " Wörter)"
                    }
                }
            }
        }
    }
}

fn relation(rel: &Relation<'_>) -> Markup {
    html! {
        h3 { (rel.title) }
        @if rel.items.is_empty() {
            p.muted { "keine" }
        } @else {
            p.muted { (rel.note) }
            ul.relations {
                @for (number, papers) in &rel.items {
                    li {
                        @if papers.is_empty() {
                            @if let Some(n) = number { (n) " " }
                            span.muted { "(nicht im Archiv)" }
                        }
                        @for (i, p) in papers.iter().enumerate() {
                            @if i > 0 { "; " }
                            a href={ "/papers/" (p.id) } { (p.label()) }
                            @if let Some(d) = p.date { " " span.muted { (words::date(d)) } }
                        }
                    }
                }
            }
        }
    }
}
