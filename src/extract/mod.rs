//! Metadata stage: reads the text layer and fills the document's metadata
//! (Drucksachen-Nr., type, date, title, department, public, Beratungsfolge, Klimacheck, …).
//!
//! Labels, headings and word lists come from the vocabulary ([`crate::vocab`]). One module per
//! field, each trying its strategies in order; the ground floor is [`doc`] (the document as
//! lines with cells), [`labeled`] (values next to labels), [`dates`] and [`text`].

mod amounts;
mod consultations;
mod dates;
mod department;
mod doc;
mod doc_date;
mod doctype;
mod drucksache;
mod klimacheck;
mod labeled;
mod public;
mod references;
mod text;
mod title;

use crate::pdf::TextLayer;
pub use crate::record::Metadata;
use crate::vocab::{LabelSet, Vocabulary};

/// Read the metadata of one document.
pub fn extract_metadata(layer: &TextLayer, vocab: &Vocabulary) -> Metadata {
    let mut doc = doc::Doc::from_layer(layer);
    doc.header_labels = vocab.header_labels();
    if doc.lines.is_empty() {
        return Metadata::default();
    }
    let header_end = doc.header_end_after_type(
        vocab.labels(LabelSet::Headings),
        vocab.labels(LabelSet::Salutations),
        &vocab.doc_types,
    );
    let drucksache = drucksache::find(&doc, vocab, header_end);
    let (doc_type_printed, doc_type) = doctype::find(&doc, vocab, header_end);
    let (consultations, consult_end) = consultations::find(&doc, vocab, header_end);
    let klima = klimacheck::find(&doc, layer, vocab);
    Metadata {
        references: references::find(&layer.body_text(), drucksache.as_deref(), vocab),
        drucksache,
        doc_type,
        doc_type_printed,
        date: doc_date::find(&doc, vocab, header_end),
        title: title::find(&doc, vocab, header_end, consult_end),
        public: public::find(&doc, vocab, header_end),
        department: department::find(&doc, vocab, header_end),
        consultations,
        klimacheck: klima.value,
        amounts: amounts::find(&doc, vocab),
        warnings: klima.warnings,
    }
}
