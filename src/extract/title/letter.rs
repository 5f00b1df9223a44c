//! A title without label and heading: the paragraph right under the document type line
//! (`Beschlussvorlage` / title / Beratungsfolge), or a letter's subject set in bold under the
//! salutation.

use super::super::dates;
use super::super::doc::Doc;
use super::super::text::join_lines;
use super::lines::{paragraph, stops_title};
use crate::fold::alnum as fold_alnum;
use crate::vocab::{LabelSet, Labels, Vocabulary};

/// The paragraph right under the document type line (`Beschlussvorlage` / title / Beratungsfolge).
pub(super) fn after_type_line(doc: &Doc, vocab: &Vocabulary, stops: &Labels) -> Option<String> {
    let types = &vocab.doc_types;
    let openers = vocab.labels(LabelSet::AddressOpeners);
    let t = doc.page_one().position(|l| {
        l.cells.len() == 1 && {
            let f = fold_alnum(&l.text);
            types.iter().any(|t| t.alnum == f)
        }
    })?;
    let first = doc.lines.get(t + 1)?;
    if first.cells.len() != 1
        || first.page != 1
        || stops_title(first, stops, vocab)
        || openers.starts(&first.text)
        || first.text.ends_with(':')
        || dates::is_only_date(&first.text, vocab)
    {
        return None;
    }
    let title = paragraph(doc, t + 1, &first.text, None, vocab, stops);
    (title.chars().filter(|c| c.is_alphabetic()).count() >= 8
        && title.split_whitespace().count() >= 2)
        .then_some(title)
}

/// A letter's subject set in bold right under the salutation (`Sehr geehrter Herr …,` /
/// `sehr geehrte Damen und Herren,` / **subject** / body), when nothing stands above it.
pub(super) fn after_salutation(doc: &Doc, vocab: &Vocabulary, stops: &Labels) -> Option<String> {
    let salutations = vocab.labels(LabelSet::Salutations);
    let first_page = doc.page_one().count();
    let sal = doc
        .lines
        .iter()
        .take(first_page)
        .position(|l| salutations.starts(&l.text))?;
    // Further lines of the salutation end with a comma.
    let mut i = sal + 1;
    while doc
        .lines
        .get(i)
        .is_some_and(|l| l.text.ends_with(',') && l.text.split_whitespace().count() <= 8)
    {
        i += 1;
    }
    let first = doc.lines.get(i).filter(|l| l.page == 1 && l.bold)?;
    if stops_title(first, stops, vocab) {
        return None;
    }
    let pitch = doc.line_pitch();
    let mut title = first.text.clone();
    let mut n = 1;
    let mut j = i;
    while !doc.break_after(j, pitch) {
        let next = doc.lines.get(j + 1)?;
        // The subject is set apart: bold lines followed by a gap, not the start of bold body text.
        if !next.bold || n >= 3 {
            return None;
        }
        title = join_lines(&title, &next.text);
        j += 1;
        n += 1;
    }
    let words = title.split_whitespace().count();
    (words >= 3
        && !title.ends_with(['.', ':', ','])
        && title.chars().filter(|c| c.is_alphabetic()).count() >= 8)
        .then_some(title)
}
