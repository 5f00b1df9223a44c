//! Metadata stage: reads the text layer and fills the document's metadata
//! (Drucksachen-Nr., type, date, title, department or originator, public, Beratungsfolge,
//! Klimacheck, …).
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
pub(crate) mod klimacheck;
mod labeled;
mod originator;
mod public;
mod references;
mod text;
mod title;
mod title_model;

use crate::pdf::TextLayer;
use crate::record::DocType;
pub use crate::record::Metadata;
use crate::vocab::{LabelSet, Vocabulary};

/// Read the metadata of one document. Once the document's time budget has run out (the
/// layer's deadline), no further field is read and the result is empty: the pipeline fails such
/// a document.
pub fn extract_metadata(layer: &TextLayer, vocab: &Vocabulary) -> Metadata {
    // Each field first checks the deadline (one clock read per field).
    macro_rules! step {
        ($e:expr) => {{
            if layer.deadline.expired() {
                return Metadata::default();
            }
            $e
        }};
    }
    let doc = step!(doc_of(layer, vocab));
    if doc.lines.is_empty() {
        return Metadata::default();
    }
    let header_end = step!(doc.header_end_after_type(
        vocab.labels(LabelSet::Headings),
        vocab.labels(LabelSet::Salutations),
        &vocab.doc_types,
    ));
    let found_number = step!(drucksache::find_labelled(&doc, vocab, header_end));
    let (doc_type_printed, doc_type) = step!(doctype::find(&doc, vocab, header_end));
    // An Antwort or Stellungnahme that prints `Anfrage Nr. …` prints the number of the paper it
    // answers, not its own (that one is found as `answers` below).
    // An Einladung or Niederschrift is filed under its session, not a Drucksachen-Nr.: a number
    // near its top is an agenda item's.
    let session_paper = matches!(doc_type, Some(DocType::Einladung | DocType::Niederschrift));
    let drucksache = found_number
        .filter(|_| !session_paper)
        .filter(|(_, label)| {
            let answered = matches!(doc_type, Some(DocType::Antwort | DocType::Stellungnahme))
                && label
                    .as_ref()
                    .is_some_and(|l| l.names_answered_paper(vocab));
            // a Stellungnahme is no Vorlage: a Vorlage's number is the one it comments on
            let commented = doc_type == Some(DocType::Stellungnahme)
                && label.as_ref().is_some_and(|l| l.names_a_vorlage());
            !(answered || commented)
        })
        .map(|(n, _)| n);
    let (mut consultations, consult_end) = step!(consultations::find(&doc, vocab, header_end));
    // An Einladung or Niederschrift is a session's own paper: it goes through no Beratungsfolge
    // (the sessions it names are its own or its agenda's).
    if session_paper {
        consultations.clear();
    }
    let klima = step!(klimacheck::find(&doc, layer, vocab));
    let references = step!(references::find(
        &layer.body_text(),
        drucksache.as_deref(),
        vocab
    ));
    let date = step!(doc_date::find(&doc, vocab, header_end, session_paper));
    let title = step!(title::find(&doc, vocab, header_end, consult_end, doc_type));
    // No type printed, but a title that answers an Anfrage.
    let doc_type = doc_type.or_else(|| doctype::from_title(title.as_deref()));
    // Where the rules find no title: the learned fallback's, at or above its cut (its
    // probability recorded as a warning; it does not type the paper).
    let learned = match title {
        None => step!(title_model::fallback(&doc, layer, vocab)),
        Some(_) => None,
    };
    let title = title.or_else(|| learned.as_ref().map(|(t, _)| t.clone()));
    let public = step!(public::find(&doc, vocab, header_end, session_paper));
    let mut department = step!(department::find(&doc, vocab, header_end));
    let originator = step!(originator::find(
        &doc,
        vocab,
        header_end,
        doc_type,
        department.as_deref()
    ));
    // One of the two: a paper filed from outside the administration has no department (a
    // `Zust. Referat` of a Fraktion's Antrag is the addressee's unit).
    if originator.is_some() {
        department = None;
    }
    // A title that only names who filed the paper (`Antrag der Fraktion X`) is no title.
    let title = title.filter(|t| {
        !title::names_the_filer(t, &[originator.as_deref(), department.as_deref()], vocab)
    });
    // An Antwort or Stellungnahme names the paper it answers in its opening lines.
    let answers = step!(
        matches!(doc_type, Some(DocType::Antwort | DocType::Stellungnahme))
            .then(|| {
                let opening: Vec<&str> = doc
                    .lines
                    .iter()
                    .filter(|l| l.page == 1 && !l.furniture)
                    .map(|l| l.text.as_str())
                    .collect();
                references::answers(&opening, drucksache.as_deref(), vocab)
            })
            .flatten()
    );
    let amounts = step!(amounts::find(&doc, vocab));
    let mut warnings = klima.warnings;
    // `learned` is only found where the rules gave no title, so the title is its.
    if let Some((_, p)) = &learned {
        warnings.push(title_model::provenance(*p));
    }
    Metadata {
        references,
        drucksache,
        doc_type,
        doc_type_printed,
        date,
        title,
        public,
        department,
        originator,
        answers,
        consultations,
        klimacheck: klima.value,
        amounts,
        warnings,
    }
}

/// The page lines the metadata rules read (the vocabulary's header labels known): one home, so
/// the title dump reads what the metadata stage reads.
fn doc_of(layer: &TextLayer, vocab: &Vocabulary) -> doc::Doc {
    let mut doc = doc::Doc::from_layer(layer);
    doc.header_labels = vocab.header_labels();
    doc
}

/// True for the warning the learned title fallback leaves on a title it chose.
pub(crate) fn is_learned_title_warning(w: &str) -> bool {
    w.starts_with(title_model::PROVENANCE)
}

/// Every title candidate of page 1 with its feature vector, and the feature names (the dump
/// `ratsdex dev title-candidates` trains the learned title fallback on).
pub(crate) fn title_candidates(
    layer: &TextLayer,
    vocab: &Vocabulary,
) -> (Vec<(String, Vec<f32>)>, &'static [&'static str]) {
    let doc = doc_of(layer, vocab);
    (
        title_model::candidate_vectors(&doc, layer, vocab),
        title_model::feature_names(),
    )
}
