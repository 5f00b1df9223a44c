//! Search behaviour on a small hand-made index: German word forms, compounds (and their
//! precision), reference numbers, the query language, filters, facets, paging, and the
//! index contract used by ingest/show/export.

use ratsdex::index::{FileStamp, Filters, Index, IndexError, SearchRequest, Sort};
use ratsdex::record::{Consultation, DocType, DocumentRecord, Drucksache, Klimacheck, Metadata};

struct Doc {
    path: &'static str,
    ds: &'static str,
    title: &'static str,
    text: &'static str,
    date: &'static str,
    themes: &'static [&'static str],
    committee: &'static str,
    klimacheck: Option<Klimacheck>,
    doc_type: DocType,
}

const DOCS: &[Doc] = &[
    Doc {
        path: "a/vo-1254-21.pdf",
        ds: "VO/1254/21",
        title: "Ausrichtung des Unterausschusses Digitalisierung",
        text: "Die Digitalisierung der Stadtverwaltung und der Breitbandausbau werden beraten.",
        date: "2021-09-01",
        themes: &["digitalisierung"],
        committee: "Unterausschuss Digitalisierung",
        klimacheck: Some(Klimacheck::Neutral),
        doc_type: DocType::Beschlussvorlage,
    },
    Doc {
        path: "a/vo-1242-21.pdf",
        ds: "VO/1242/21",
        title: "Radverkehrskonzept für die Innenstadt",
        text: "Das Radverkehrskonzept sieht neue Radwege und Fahrradabstellanlagen vor.",
        date: "2021-11-23",
        themes: &["mobilitaet"],
        committee: "Ausschuss für Verkehr",
        klimacheck: Some(Klimacheck::Positive),
        doc_type: DocType::Beschlussvorlage,
    },
    Doc {
        path: "b/radio.pdf",
        ds: "DS 17/1234",
        title: "Bürgerradio und Funkradius",
        text: "Das Bürgerradio sendet im Radius von zehn Kilometern. Das Radio bleibt.",
        date: "2022-03-01",
        themes: &["kultur_sport"],
        committee: "Kulturausschuss",
        klimacheck: None,
        doc_type: DocType::Mitteilungsvorlage,
    },
    Doc {
        path: "b/schulen.pdf",
        ds: "V/0456/2022",
        title: "Schuldigitalisierung an Grundschulen",
        text: "Die Grundschulen erhalten digitale Tafeln. Die Schulen wurden digitalisiert. \
               Im Großprojekt wird die Straße zur Schule saniert.",
        date: "2022-06-20",
        themes: &["bildung", "digitalisierung"],
        committee: "Schulausschuss",
        klimacheck: Some(Klimacheck::Neutral),
        doc_type: DocType::Beschlussvorlage,
    },
    Doc {
        path: "c/klima.pdf",
        ds: "0187/2023",
        title: "Klimaschutzkonzept der Stadt",
        text: "Das Klimaschutzkonzept benennt Maßnahmen zur Wärmewende.",
        date: "2023-02-01",
        themes: &["klima_umwelt"],
        committee: "Ausschuss für Klima und Umwelt",
        klimacheck: Some(Klimacheck::Positive),
        doc_type: DocType::Antrag,
    },
];

fn record(d: &Doc) -> DocumentRecord {
    DocumentRecord {
        path: d.path.into(),
        meta: Metadata {
            drucksache: Drucksache::parse(d.ds),
            title: Some(d.title.into()),
            date: d.date.parse().ok(),
            consultations: vec![Consultation {
                committee: d.committee.into(),
                date: None,
                role: None,
            }],
            klimacheck: d.klimacheck,
            doc_type: Some(d.doc_type),
            public: Some(true),
            department: Some("Amt 40 Schule".into()),
            ..Metadata::default()
        },
        themes: d.themes.iter().map(|t| t.to_string()).collect(),
        ..DocumentRecord::default()
    }
}

fn stamp(n: u64) -> FileStamp {
    FileStamp {
        size: n,
        mtime_ns: 1,
        hash: format!("h{n}"),
        pipeline_version: 1,
        rules: String::new(),
    }
}

fn build() -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open_or_create(dir.path()).unwrap();
    let mut w = index.writer(50 << 20).unwrap();
    for (i, d) in DOCS.iter().enumerate() {
        w.upsert(&record(d), d.text, &stamp(i as u64)).unwrap();
    }
    w.commit().unwrap();
    drop(w);
    let index = Index::open(dir.path()).unwrap();
    (dir, index)
}

fn paths(index: &Index, q: &str) -> Vec<String> {
    search(index, q, Filters::default())
}

fn search(index: &Index, q: &str, filters: Filters) -> Vec<String> {
    let req = SearchRequest {
        query: q.into(),
        filters,
        limit: 10,
        ..SearchRequest::default()
    };
    index
        .search(&req)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.record.path)
        .collect()
}

#[test]
fn german_word_forms_meet() {
    let (_d, index) = build();
    assert_eq!(paths(&index, "digitalisierten")[0], "a/vo-1254-21.pdf");
    assert!(paths(&index, "Digitalisierung").contains(&"b/schulen.pdf".to_string()));
    assert!(paths(&index, "Strasse").contains(&"b/schulen.pdf".to_string()));
    assert!(paths(&index, "Grossprojekt").contains(&"b/schulen.pdf".to_string()));
}

#[test]
fn compounds_are_found_and_precise() {
    let (_d, index) = build();
    assert_eq!(paths(&index, "Breitband"), ["a/vo-1254-21.pdf"]);
    assert_eq!(paths(&index, "Schule"), ["b/schulen.pdf"]);
    assert_eq!(paths(&index, "Klimaschutz"), ["c/klima.pdf"]);
    assert_eq!(paths(&index, "Radverkehr"), ["a/vo-1242-21.pdf"]);
    // `Rad` finds the cycling document, never Radio or Radius
    assert_eq!(paths(&index, "Rad"), ["a/vo-1242-21.pdf"]);
}

#[test]
fn reference_numbers_come_first() {
    let (_d, index) = build();
    for q in ["VO/1254/21", "VO / 1254 / 21", "1254/21", "vo/1254/21"] {
        assert_eq!(paths(&index, q)[0], "a/vo-1254-21.pdf", "{q}");
    }
    assert_eq!(paths(&index, "0456/2022")[0], "b/schulen.pdf");
    let mut range = paths(&index, "VO/12*");
    range.sort();
    assert_eq!(range, ["a/vo-1242-21.pdf", "a/vo-1254-21.pdf"]);
}

#[test]
fn query_language() {
    let (_d, index) = build();
    assert_eq!(
        paths(&index, "Digitalisierung NOT Schule"),
        ["a/vo-1254-21.pdf"]
    );
    assert_eq!(
        paths(&index, "Digitalisierung -Schule"),
        ["a/vo-1254-21.pdf"]
    );
    let mut either = paths(&index, "Radwege OR Klimaschutzkonzept");
    either.sort();
    assert_eq!(either, ["a/vo-1242-21.pdf", "c/klima.pdf"]);
    assert_eq!(paths(&index, "\"digitale Tafeln\""), ["b/schulen.pdf"]);
    assert!(paths(&index, "\"Tafeln digitale\"").is_empty());
    assert!(paths(&index, "digitalis*").contains(&"a/vo-1254-21.pdf".to_string()));
    assert_eq!(
        paths(&index, "title:Radverkehrskonzept"),
        ["a/vo-1242-21.pdf"]
    );
    assert_eq!(paths(&index, "committee:kultur"), ["b/radio.pdf"]);
    assert_eq!(paths(&index, "Klimaschutzkonzpet"), ["c/klima.pdf"], "typo");
}

#[test]
fn filters_facets_sort_and_paging() {
    let (_d, index) = build();
    let f = Filters {
        theme: Some("digitalisierung".into()),
        ..Filters::default()
    };
    assert_eq!(search(&index, "", f).len(), 2);
    let f = Filters {
        klimacheck: Some(None),
        ..Filters::default()
    };
    assert_eq!(search(&index, "", f), ["b/radio.pdf"]);
    let f = Filters {
        committee: Some("VERKEHR".into()),
        from: "2021-10-01".parse().ok(),
        ..Filters::default()
    };
    assert_eq!(search(&index, "", f), ["a/vo-1242-21.pdf"]);
    let f = Filters {
        doc_type: Some(DocType::Antrag),
        ..Filters::default()
    };
    assert_eq!(search(&index, "", f), ["c/klima.pdf"]);

    let req = SearchRequest {
        query: String::new(),
        limit: 2,
        offset: 1,
        sort: Sort::Date,
        facets: true,
        ..SearchRequest::default()
    };
    let res = index.search(&req).unwrap();
    assert_eq!(res.total, 5);
    let got: Vec<_> = res.hits.iter().map(|h| h.record.path.as_str()).collect();
    assert_eq!(got, ["b/schulen.pdf", "b/radio.pdf"]);
    let facets = res.facets.unwrap();
    assert!(facets.theme.contains(&("digitalisierung".to_string(), 2)));
    assert!(facets.year.contains(&("2021".to_string(), 2)));
    assert!(facets.klimacheck.contains(&("none".to_string(), 1)));
}

#[test]
fn snippets_highlight_matches() {
    let (_d, index) = build();
    let req = SearchRequest {
        query: "Grundschule".into(),
        limit: 1,
        ..SearchRequest::default()
    };
    let hit = index.search(&req).unwrap().hits.remove(0);
    let marked: Vec<&str> = hit
        .snippet
        .highlights
        .iter()
        .filter_map(|&(a, b)| hit.snippet.text.get(a..b))
        .collect();
    assert!(marked.contains(&"Grundschulen"), "{marked:?}");
}

#[test]
fn index_contract() {
    let (dir, index) = build();
    assert_eq!(
        index.get("VO/1254/21").unwrap().unwrap().record.path,
        "a/vo-1254-21.pdf"
    );
    assert_eq!(
        index.get("vo / 1254 / 21").unwrap().unwrap().record.path,
        "a/vo-1254-21.pdf"
    );
    assert_eq!(
        index.get("radio.pdf").unwrap().unwrap().record.path,
        "b/radio.pdf"
    );
    assert_eq!(index.get("c/klima.pdf").unwrap().unwrap().stamp, stamp(4));
    assert!(index.get("nothing").unwrap().is_none());
    let docs = index.documents("", &Filters::default()).unwrap();
    let all: Vec<_> = docs.iter().map(|d| d.record.path.as_str()).collect();
    assert_eq!(
        all,
        [
            "a/vo-1242-21.pdf",
            "a/vo-1254-21.pdf",
            "b/radio.pdf",
            "b/schulen.pdf",
            "c/klima.pdf"
        ]
    );
    assert_eq!(index.stamps().unwrap().len(), 5);

    // upsert replaces by path; delete removes; a reader opened before sees the old commit
    let mut w = index.writer(50 << 20).unwrap();
    let mut r = record(&DOCS[2]);
    r.meta.title = Some("Neuer Titel".into());
    w.upsert(&r, "Ganz neuer Text über Bäder", &stamp(9))
        .unwrap();
    w.delete("c/klima.pdf").unwrap();
    w.commit().unwrap();
    drop(w);
    assert_eq!(
        index.stamps().unwrap().len(),
        5,
        "old reader keeps its commit"
    );
    let fresh = Index::open(dir.path()).unwrap();
    let stamps = fresh.stamps().unwrap();
    assert_eq!(stamps.len(), 4);
    assert_eq!(stamps.get("b/radio.pdf"), Some(&stamp(9)));
    assert_eq!(paths(&fresh, "Bäder"), ["b/radio.pdf"]);
}

#[test]
fn old_schema_is_refused_then_rebuilt() {
    let (dir, index) = build();
    drop(index);
    std::fs::write(
        dir.path().join("ratsdex-index.json"),
        r#"{"schema_version":0}"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("keep.txt"), "user file").unwrap();
    match Index::open(dir.path()) {
        Err(IndexError::Version { found: 0, .. }) => {}
        other => panic!("expected a version error, got {:?}", other.err()),
    }
    let rebuilt = Index::open_or_create(dir.path()).unwrap();
    assert!(rebuilt.stamps().unwrap().is_empty());
    assert!(dir.path().join("keep.txt").exists());
    assert!(matches!(
        Index::open(&dir.path().join("missing")),
        Err(IndexError::Missing(_))
    ));
}

/// Index `docs` (path, title, text) with nothing else set.
fn build_texts(docs: &[(&str, &str, &str)]) -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open_or_create(dir.path()).unwrap();
    let mut w = index.writer(50 << 20).unwrap();
    for (i, (path, title, text)) in docs.iter().enumerate() {
        let record = DocumentRecord {
            path: (*path).into(),
            meta: Metadata {
                title: Some((*title).into()),
                ..Metadata::default()
            },
            ..DocumentRecord::default()
        };
        w.upsert(&record, text, &stamp(i as u64)).unwrap();
    }
    w.commit().unwrap();
    drop(w);
    let index = Index::open(dir.path()).unwrap();
    (dir, index)
}

#[test]
fn whole_words_rank_above_compound_parts() {
    let filler = "Die Verwaltung berichtet über den Stand der Arbeiten im Stadtgebiet. ".repeat(20);
    // a paper about the climate budget that names Klimaschutz once, in passing …
    let budget = format!(
        "Das Klimabudget 2024 legt fest, wie viel CO2 die Stadt ausstoßen darf. Das \
         Klimabudget wird jährlich fortgeschrieben, das Klimabudget der Verwaltung eingeschlossen; \
         Klimaanpassung, Klimaneutralität und Klimafolgen stehen im Klimabudget. {filler} \
         Siehe auch Klimaschutz."
    );
    // … and a paper about Klimaschutz
    let protection = format!(
        "Der Klimaschutz ist Ziel der Stadt. {filler} Maßnahmen zum Klimaschutz im Gebäudebestand \
         werden beschrieben. {filler} Der Klimaschutz wird jährlich bilanziert."
    );
    let (_d, index) = build_texts(&[
        ("budget.pdf", "Klimabudget 2024 der Stadt", &budget),
        ("schutz.pdf", "Maßnahmen im Gebäudebestand", &protection),
    ]);
    let hits = paths(&index, "Klimaschutz");
    assert_eq!(hits, ["schutz.pdf", "budget.pdf"]);
}

#[test]
fn short_words_do_not_find_lookalikes_of_the_stemmer_or_the_splitter() {
    // `Bad` is a bath: not Baden-Württemberg, not Wiesbaden (the stemmer made `baden` `bad`);
    // `Sport` is not the end of `Abtransport` (a known word holds it unsplit).
    let (_d, index) = build_texts(&[
        (
            "land.pdf",
            "Verwaltungsvorschrift des Landes",
            "Das Land Baden-Württemberg regelt die Zuständigkeit; die Stadt Wiesbaden und \
             Baden-Baden berichten. Der Abtransport des Oberbodens wird vergeben.",
        ),
        (
            "hallenbad.pdf",
            "Sanierung des Hallenbads",
            "Das Hallenbad Nord wird saniert, das Freibad bleibt geöffnet; die Bäder der Stadt \
             und der Sportverein werden informiert.",
        ),
    ]);
    assert_eq!(paths(&index, "Bad"), ["hallenbad.pdf"]);
    assert_eq!(paths(&index, "Sport"), ["hallenbad.pdf"]);
    assert_eq!(paths(&index, "Baden-Württemberg"), ["land.pdf"]);
    assert_eq!(paths(&index, "Transport"), ["land.pdf"]);
}

#[test]
fn a_hyphenated_query_word_finds_the_compound_however_it_is_written() {
    let filler = "Die Verwaltung berichtet über den Stand der Arbeiten im Stadtgebiet. ".repeat(10);
    let (_d, index) = build_texts(&[
        (
            "bindestrich.pdf",
            "Neufassung der Satzung",
            &format!("Die Kita-Gebühren werden zum 1. August angepasst. {filler}"),
        ),
        (
            "ein_wort.pdf",
            "Neufassung der Satzung",
            &format!("Die Kitagebühren steigen nicht. {filler}"),
        ),
        (
            "getrennt.pdf",
            "Neufassung der Satzung",
            &format!("Die Gebühren der Kita bleiben stabil. {filler}"),
        ),
        (
            "fremd.pdf",
            "Neufassung der Satzung",
            &format!("Die Gebühren für Märkte steigen. {filler}"),
        ),
    ]);
    let mut hits = paths(&index, "Kita-Gebühren");
    assert_eq!(hits.len(), 3, "{hits:?}");
    // the compound as written (either way) before its parts in a sentence
    assert_eq!(hits.pop().as_deref(), Some("getrennt.pdf"), "{hits:?}");
    hits.sort();
    assert_eq!(hits, ["bindestrich.pdf", "ein_wort.pdf"]);
    // a number with a hyphen stays a phrase of its own
    assert!(paths(&index, "2023-24").is_empty());
}
