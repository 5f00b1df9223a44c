//! Synthetic stored documents for the export unit tests.

use crate::index::{FileStamp, StoredDoc};
use crate::record::{
    Amount, Consultation, DocType, DocumentRecord, Drucksache, Klimacheck, Metadata, Role,
};

/// A date from literal parts.
fn d(y: i16, m: i8, day: i8) -> crate::record::Date {
    jiff::civil::date(y, m, day)
}

/// One stored document.
fn doc(record: DocumentRecord, text: &str) -> StoredDoc {
    StoredDoc {
        stamp: FileStamp {
            size: record.size,
            mtime_ns: 0,
            hash: record.hash.clone(),
            pipeline_version: 1,
            rules: String::new(),
        },
        record,
        text: text.into(),
    }
}

/// Four documents covering empty fields, several consultations, odd characters and references.
pub(crate) fn docs() -> Vec<StoredDoc> {
    let a = DocumentRecord {
        path: "corpus/a/VO-1254-21.pdf".into(),
        meta: Metadata {
            drucksache: Drucksache::parse("VO/1254/21"),
            doc_type: Some(DocType::Beschlussvorlage),
            doc_type_printed: Some("Beschlussvorlage".into()),
            date: Some(d(2021, 9, 1)),
            title: Some("Strategische Ausrichtung; \"Digitalisierung\"\nzweite Zeile".into()),
            public: Some(true),
            department: Some("402 - Amt für Informationstechnik".into()),
            consultations: vec![
                Consultation {
                    committee: "Unterausschuss Digitalisierung".into(),
                    date: Some(d(2021, 9, 23)),
                    role: Some(Role::Vorberatung),
                },
                Consultation {
                    committee: "Rat der Stadt".into(),
                    date: Some(d(2021, 10, 4)),
                    role: Some(Role::Entscheidung),
                },
            ],
            klimacheck: Some(Klimacheck::Neutral),
            references: vec!["VO/0871/22".into()],
            amounts: vec![Amount {
                value: 1_250_000.5,
                text: "1.250.000,50 €".into(),
            }],
            warnings: vec![],
        },
        themes: vec!["digitalisierung".into(), "verwaltung".into()],
        theme_scores: [("digitalisierung".into(), 0.91), ("verwaltung".into(), 0.4)]
            .into_iter()
            .collect(),
        pages: 3,
        hash: "aa11".into(),
        size: 1234,
        duplicate_of: None,
        ocr_pages: 0,
    };
    let b = DocumentRecord {
        path: "corpus/b/VO-0871-22.pdf".into(),
        meta: Metadata {
            drucksache: Drucksache::parse("VO/0871/22"),
            doc_type: Some(DocType::Mitteilungsvorlage),
            date: Some(d(2022, 5, 11)),
            title: Some("Elektronische Akte".into()),
            public: Some(false),
            consultations: vec![Consultation {
                committee: "Ausschuss für Umwelt".into(),
                date: None,
                role: Some(Role::Kenntnisnahme),
            }],
            klimacheck: Some(Klimacheck::Positive),
            warnings: vec!["no date".into()],
            ..Metadata::default()
        },
        themes: vec!["digitalisierung".into(), "klima_umwelt".into()],
        theme_scores: [
            ("digitalisierung".into(), 0.7),
            ("klima_umwelt".into(), 0.6),
        ]
        .into_iter()
        .collect(),
        pages: 2,
        hash: "bb22".into(),
        size: 999,
        ..DocumentRecord::default()
    };
    let c = DocumentRecord {
        path: "corpus/c/Antrag 7 <x&y>.PDF".into(),
        meta: Metadata {
            drucksache: Drucksache::parse("A/7/2022"),
            doc_type: Some(DocType::Antrag),
            date: Some(d(2022, 11, 30)),
            title: Some("Radweg <Süd> & Nord".into()),
            consultations: vec![Consultation {
                committee: "Ausschuss für Umwelt".into(),
                date: Some(d(2022, 12, 5)),
                role: Some(Role::Entscheidung),
            }],
            klimacheck: Some(Klimacheck::Negative),
            references: vec!["VO/0871/22".into(), "VO/1254/21".into()],
            ..Metadata::default()
        },
        themes: vec!["mobilitaet".into()],
        theme_scores: [("mobilitaet".into(), 0.8)].into_iter().collect(),
        pages: 1,
        hash: "cc33".into(),
        size: 10,
        ..DocumentRecord::default()
    };
    let e = DocumentRecord {
        path: "corpus/scan.pdf".into(),
        meta: Metadata {
            warnings: vec!["no text layer (scanned?)".into()],
            ..Metadata::default()
        },
        pages: 4,
        hash: "dd44".into(),
        size: 5,
        ..DocumentRecord::default()
    };
    vec![
        doc(a, "Vorschlag der Verwaltung zur Digitalisierung."),
        doc(b, "Die eAkte wird eingeführt."),
        doc(c, "Radweg bauen."),
        doc(e, ""),
    ]
}
