//! Metadata stage: reads the text layer and fills the document's metadata
//! (Drucksachen-Nr., type, date, title, department, public, Beratungsfolge, Klimacheck, …).
//!
//! Label vocabularies and number shapes live in `data/vocab.toml` (embedded), extendable with
//! `--config FILE`. Each field has its own module; `text` holds the shared line/label helpers.

pub mod amounts;
pub mod columns;
pub mod consultations;
pub mod dates;
pub mod doctype;
pub mod drucksache;
pub mod header;
pub mod klimacheck;
pub mod klimaprose;
pub mod prose;
pub mod references;
pub mod text;
pub mod title;
pub mod vocab;

use crate::pdf::TextLayer;
use crate::record::{Amount, Consultation, Date, DocType, Klimacheck};
pub use vocab::{DEFAULT_VOCAB, VocabError, Vocabulary};

/// Metadata read from one document's text layer.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    /// The document's own number.
    pub drucksache: Option<String>,
    /// Canonical type.
    pub doc_type: Option<DocType>,
    /// Type as printed.
    pub doc_type_printed: Option<String>,
    /// The document's own date.
    pub date: Option<Date>,
    /// Betreff.
    pub title: Option<String>,
    /// öffentlich / nichtöffentlich.
    pub public: Option<bool>,
    /// Department as printed.
    pub department: Option<String>,
    /// Beratungsfolge.
    pub consultations: Vec<Consultation>,
    /// Klimacheck.
    pub klimacheck: Option<Klimacheck>,
    /// Cited Drucksachen.
    pub references: Vec<String>,
    /// Euro amounts under Finanzielle Auswirkungen / Kosten.
    pub amounts: Vec<Amount>,
    /// Ambiguities worth telling the user about.
    pub warnings: Vec<String>,
}

/// Read the metadata of one document.
pub fn extract_metadata(layer: &TextLayer, vocab: &Vocabulary) -> Metadata {
    let mut doc = text::Doc::from_layer(layer);
    doc.header_labels = vocab.header_labels();
    if doc.lines.is_empty() {
        return Metadata::default();
    }
    let headings = vocab.list("labels", "headings");
    let types: Vec<String> = vocab.doc_types().into_iter().map(|(t, _)| t).collect();
    let header_end =
        doc.header_end_after_type(&headings, &vocab.list("labels", "salutations"), &types);
    let drucksache = drucksache::find_drucksache(&doc, vocab, header_end);
    let (doc_type_printed, doc_type) = match doctype::find_doc_type(&doc, vocab, header_end) {
        Some((printed, canon)) => (Some(printed), Some(canon)),
        None => (
            None,
            doctype::type_from_number_label(&doc, vocab, header_end),
        ),
    };
    // The pipeline fails a document whose time budget ran out; stop early for it.
    if layer.deadline.expired() {
        return Metadata::default();
    }
    let (consultations, consult_end) = consultations::find_consultations(&doc, vocab, header_end);
    let klima = klimacheck::find_klimacheck_drawn(&doc, &layer.fields, &layer.pages, vocab);
    let body = layer.body_text();
    Metadata {
        references: references::find_references(&body, drucksache.as_deref(), vocab),
        drucksache,
        doc_type,
        doc_type_printed,
        date: header::find_date(&doc, vocab, header_end),
        title: title::find_title(&doc, vocab, header_end, consult_end),
        public: header::find_public(&doc, vocab, header_end)
            .or_else(|| consultations::public_from_status(&doc, vocab)),
        department: header::find_department(&doc, vocab, header_end)
            .or_else(|| header::department_beside_contacts(&doc, vocab))
            .or_else(|| header::department_under_authority(&doc, vocab)),
        consultations,
        // A sentence counts only where no Klimacheck section was found or doubted.
        klimacheck: klima.value.or_else(|| {
            klima
                .warnings
                .is_empty()
                .then(|| klimaprose::klimacheck_from_sentences(&doc, vocab))
                .flatten()
        }),
        amounts: amounts::find_amounts(&doc, vocab),
        warnings: klima.warnings,
    }
}
