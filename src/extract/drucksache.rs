//! The document's own number (Drucksachen-Nr.): next to a number label in the header block, else
//! a number repeated in the running header or footer, else a number label opening a short line
//! further down the first two pages — never a citation in the body.

use super::dates;
use super::doc::Doc;
use super::labeled::{self, find_labeled, find_labeled_mid};
use super::text::ends_in_paper_kind;
use crate::fold::alnum as fold_alnum;
use crate::record::drucksache::{self as shape, is_capital_code, is_code};
use crate::record::{DocType, Drucksache};
use crate::vocab::{LabelSet, Vocabulary};

/// The document's own number.
#[cfg(test)]
pub(crate) fn find(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<Drucksache> {
    find_labelled(doc, vocab, header_end).map(|(n, _)| n)
}

/// The document's own number and the label it was printed after, if any (`Anfrage Nr.`: an
/// Antwort prints the number of the Anfrage it answers so, see [`names_answered_paper`]).
pub(crate) fn find_labelled(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
) -> Option<(Drucksache, Option<NumberLabel>)> {
    let first_pages = doc
        .lines
        .iter()
        .position(|l| l.page > 2)
        .unwrap_or(doc.lines.len());
    // Header block first, then anything on the first two pages.
    let head = header_end.min(first_pages);
    labelled(doc, vocab, head)
        .map(|(n, label)| (n, Some(label)))
        .or_else(|| type_heading_number(doc, vocab, head).map(|n| (n, None)))
        .or_else(|| dashed_type_number(doc, vocab, head).map(|n| (n, None)))
        .or_else(|| number_under_type(doc, vocab, head).map(|n| (n, None)))
        .or_else(|| type_key_number(doc, vocab, head).map(|n| (n, None)))
        .or_else(|| corner_number(doc, vocab).map(|n| (n, None)))
        .or_else(|| running_number(doc, vocab).map(|n| (n, None)))
        .or_else(|| family_labelled(doc, vocab, head))
        .or_else(|| further_down(doc, vocab, head..first_pages).map(|n| (n, None)))
}

/// The label a paper's number was printed after, and whether the line above it cites another
/// paper (`auf die Anfrage:` over `Drucksache 2026/0044`, see [`cites_a_paper`]).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NumberLabel {
    /// The label as printed.
    pub(crate) text: String,
    /// The line above the label cites another paper.
    pub(crate) under_citation: bool,
}

impl NumberLabel {
    /// A label as printed, under no citing line.
    fn plain(text: String) -> NumberLabel {
        NumberLabel {
            text,
            under_citation: false,
        }
    }

    /// True when the number after this label is the answered paper's (in an Antwort or
    /// Stellungnahme): the label stands under a citing line or names an answered paper type.
    pub(crate) fn names_answered_paper(&self, vocab: &Vocabulary) -> bool {
        self.under_citation || names_answered_paper(&self.text, vocab)
    }

    /// True when the label names a Vorlage (`Vorlage`, `Vorlage Nr.`, `Beschlussvorlage`,
    /// `Vorlagen-Nr.`): in a Stellungnahme, which is no Vorlage, the number after it is the
    /// Vorlage it comments on (layout family: opinions of Ortsbeiräte and Beiräte whose grid
    /// names the Vorlage they are on, `Vorlage | 26/0214`, `Gegenstand | …`). An Antwort may
    /// print its own number so and keeps it.
    pub(crate) fn names_a_vorlage(&self) -> bool {
        let first = self
            .text
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .unwrap_or_default()
            .to_lowercase();
        first.ends_with("vorlage") || first.ends_with("vorlagen")
    }
}

/// True when a number label names the paper type an Antwort or Stellungnahme answers
/// (`Anfrage Nr.`, `Antrag Nr.`, `Antragsnummer`): the number after it is the answered paper's.
fn names_answered_paper(label: &str, vocab: &Vocabulary) -> bool {
    let f = fold_alnum(label);
    vocab
        .doc_types
        .iter()
        .filter(|t| matches!(t.value, DocType::Anfrage | DocType::Antrag))
        .any(|t| f.starts_with(&t.alnum))
}

/// True for the words before a number label in its own cell that make it a citation (layout
/// family: Stellungnahmen and Voten of Ortschaftsräte and Ortsbeiräte that name the Vorlage they
/// are on, `zu: Drucksache Nr. 2025/179`, `Bezug: Beschlussvorlage GR-087/2026`, `Vorlage:
/// Drucksache Nr. 11/2026`, in the label's cell or as the grid key left of it): one or two
/// words without a digit, ending in a colon or being a preposition `zu`/`zur`/`zum`. Only an
/// Antwort or Stellungnahme drops such a number.
fn is_citing_lead_in(prefix: &str) -> bool {
    let prefix = prefix.trim();
    let words: Vec<&str> = prefix.split_whitespace().collect();
    !prefix.is_empty()
        && words.len() <= 2
        && !prefix.chars().any(|c| c.is_ascii_digit())
        && (prefix.ends_with(':')
            || matches!(words.last(), Some(&("zu" | "zur" | "zum")))
            // the preposition with the kind of paper cited (`zur Beschlussvorlage Drucksache
            // Nr. …`; layout family: opinions of Beiräte naming the Vorlage they are on)
            || (matches!(words.first(), Some(&("zu" | "zur" | "zum")))
                && words.get(1).is_some_and(|w| ends_in_paper_kind(w))))
}

/// True for a line that cites another paper right above a number label (layout family: Antworten
/// and Stellungnahmen that name the paper they answer over its number, `auf die Anfrage:` /
/// `Drucksache 2026/0044`, `Vorlage:` / `Drucksache Nr. 11/2026`, `Beantwortung der Anfrage der
/// Fraktion X` / `Drucksache 2025/091`): no digit, and either a lead-in ending on a paper's kind
/// (`…anfrage`, `…antrag`, `…vorlage`, with or without its colon) or an article before the kind
/// (`der Anfrage`, `des Antrags`). Only an Antwort or Stellungnahme drops such a number.
fn cites_a_paper(line: &str) -> bool {
    let kind = ends_in_paper_kind;
    let words: Vec<&str> = line.split_whitespace().collect();
    !line.chars().any(|c| c.is_ascii_digit())
        && (words.last().is_some_and(|w| kind(w))
            || words.windows(2).any(|p| {
                matches!(p[0], "der" | "die" | "des" | "den" | "einer" | "eine") && kind(p[1])
            }))
}

/// True for a line that is wholly the printed type of an answering paper (`Beantwortung einer
/// Anfrage`, `Stellungnahme`; layout family: RIS prints of answers whose type heading stands
/// right over their own number key, `Beantwortung einer Anfrage` / `Vorlage-Nr.: 2026/0244`):
/// the paper's own heading, which cites no paper — a citing line names the answered paper
/// itself (`auf die Anfrage:`, `Beantwortung der Anfrage der Fraktion X`).
fn is_answering_type_line(line: &str, vocab: &Vocabulary) -> bool {
    vocab
        .doc_type_of(&fold_alnum(line))
        .is_some_and(|t| matches!(t, DocType::Antwort | DocType::Stellungnahme))
}

/// The number under a label that stands alone in its cell while its line goes on with another
/// column's text (layout family: headers with a side column of keys and values beside the
/// title, `Drucksachen-Nr.` | `Sanierung der Schwimmhalle …` / `0187/2025` | `Beschluss über …`):
/// the cell right under the label, at its left edge, when it is number-shaped.
fn number_under_label(
    doc: &Doc,
    found: &labeled::Labeled,
    pitch: f32,
    vocab: &Vocabulary,
) -> Option<Drucksache> {
    let alone = found
        .label_cell(doc)
        .is_some_and(|c| c.text.trim() == found.label_text.trim());
    if !alone || found.value_line != found.line {
        return None;
    }
    let below = doc.value_cell_under(found.line, found.cell_x0, pitch * 1.6)?;
    number_from_value(below.text.trim(), vocab)
}

/// The value of a number label in lines `..head` and the label; a label that is part of the
/// number (`GRDrs 78/2023`) is kept as printed.
fn labelled(doc: &Doc, vocab: &Vocabulary, head: usize) -> Option<(Drucksache, NumberLabel)> {
    let labels = vocab.labels(LabelSet::Drucksache);
    let prefixes = &vocab.numbers.prefix_labels;
    let not_after = &vocab.numbers.citation_preceders;
    let pitch = doc.line_pitch();
    for found in find_labeled_mid(doc, labels, 0..head, pitch, not_after) {
        if let Some(n) = number_from_value(&found.value, vocab)
            .or_else(|| number_under_label(doc, &found, pitch, vocab))
        {
            // A number wrapped in its cell (`2012-` / `01291`): joined with the part aligned
            // under it, or none — never half a number.
            if n.as_str().ends_with(['-', '/', '–']) {
                let below = doc.cell_under(found.value_line, found.x0, pitch * 1.6);
                if let Some(whole) = below.and_then(|c| {
                    number_from_value(&format!("{}{}", n.as_str(), c.text.trim()), vocab)
                }) {
                    return Some((whole, NumberLabel::plain(found.label_text)));
                }
                continue;
            }
            if prefixes.contains(&fold_alnum(&found.label_text)) && found.value_line == found.line {
                return Some((
                    n.prefixed(&found.label_text),
                    NumberLabel::plain(found.label_text),
                ));
            }
            // The line above the label cites another paper (`auf die Anfrage:` / `Drucksache
            // 2026/0044`): the label is returned as standing under a citation.
            let lead_in = found
                .line
                .checked_sub(1)
                .and_then(|k| doc.lines.get(k))
                .filter(|p| {
                    doc.lines.get(found.line).is_some_and(|l| l.page == p.page)
                        && cites_a_paper(&p.text)
                        // a grid row naming this paper's kind (`Vorlageart: Beantwortung einer
                        // Anfrage` over `Vorlage-Nr.: KT/2026/127`; layout family: RIS header
                        // grids of answers) cites no paper
                        && !vocab.labels(LabelSet::DocType).starts(&p.text)
                        && !is_answering_type_line(&p.text, vocab)
                });
            // A citing lead-in before the label in its cell (`zu: Drucksache Nr. …`), or as the
            // key cell left of it (`Vorlage: | Drucksache Nr. 11/2026`).
            let cited_in_cell = doc.lines.get(found.line).is_some_and(|l| {
                let Some(j) = l
                    .cells
                    .iter()
                    .position(|c| (c.x0 - found.cell_x0).abs() < 1.0)
                else {
                    return false;
                };
                let own = l.cells.get(j).and_then(|c| {
                    c.text
                        .find(found.label_text.as_str())
                        .and_then(|at| c.text.get(..at))
                });
                match own {
                    Some(p) if !p.trim().is_empty() => is_citing_lead_in(p),
                    Some(_) => j
                        .checked_sub(1)
                        .and_then(|k| l.cells.get(k))
                        .is_some_and(|key| is_citing_lead_in(&key.text)),
                    None => false,
                }
            });
            return Some((
                n,
                NumberLabel {
                    text: found.label_text,
                    under_citation: lead_in.is_some() || cited_in_cell,
                },
            ));
        }
    }
    None
}

/// Number kinds a `…-Nr.` / `…nummer` label names that are no paper's number (a phone, a room,
/// a house, an account, a customer, a tax number).
const NOT_PAPER_NUMBERS: [&str; 12] = [
    "tel",
    "fax",
    "zimmer",
    "raum",
    "haus",
    "konto",
    "kunden",
    "steuer",
    "mobil",
    "durchwahl",
    "personal",
    "telefon",
];

/// True for a number label by its shape, not its spelling: a word ending on `Nr.` or `nummer`
/// (`Nr.:`, `Tgb.-Nr.`, `Eingangsnummer`, `Registernummer`) that names no contact or other
/// number kind ([`NOT_PAPER_NUMBERS`]).
fn is_number_label(word: &str, vocab: &Vocabulary) -> bool {
    let w = word.trim_end_matches(':');
    let lower = w.to_lowercase();
    let shaped = lower.ends_with("nr.") || lower.ends_with("nummer");
    let f = fold_alnum(w);
    shaped
        && !vocab.labels(LabelSet::Contact).starts(w)
        && !NOT_PAPER_NUMBERS.iter().any(|k| f.starts_with(k))
}

/// The value of a number label known by its shape ([`is_number_label`]) in the header block
/// (layout family: Fraktion letters and RIS prints whose corner or grid prints `Nr.: 19/467`,
/// `Tgb.-Nr.: KT/2015/1408`, `Eingangsnummer: 21-26 / A 00756`, `Nr.` over `15/1403`, an
/// intake stamp `Eingegangen 07.04.2014 – Nr.: 2014-0592`): read like the vocabulary's labels,
/// and only a number with a separator (`/`, `-`) — a bare count is no paper's number.
fn family_labelled(
    doc: &Doc,
    vocab: &Vocabulary,
    head: usize,
) -> Option<(Drucksache, Option<NumberLabel>)> {
    let mut found: Vec<String> = Vec::new();
    for line in doc.page_one().take(head) {
        for w in line.text.split_whitespace() {
            let w = w.trim_end_matches(':');
            if is_number_label(w, vocab) && !found.iter().any(|f| f == w) {
                found.push(w.to_string());
            }
        }
    }
    if found.is_empty() {
        return None;
    }
    let labels = crate::vocab::Labels::new(&found);
    let not_after = &vocab.numbers.citation_preceders;
    let pitch = doc.line_pitch();
    find_labeled_mid(doc, &labels, 0..head, pitch, not_after)
        .into_iter()
        .filter(|l| opens_its_part(doc, l, vocab))
        .find_map(|l| {
            let n = number_from_value(&l.value, vocab)?;
            shape::is_separated(&n).then_some((n, Some(NumberLabel::plain(l.label_text))))
        })
}

/// True when a shape-known number label opens its cell or a part set apart by a dash
/// (`Nr.: 19/467`, `Eingegangen 07.04.2014 – Nr.: 2014-0592`), not a phrase citing another
/// paper (`Beantwortung der Anfrage Nr. 07/2024`, `zum Antrag Nr. 045/2024`).
fn opens_its_part(doc: &Doc, l: &labeled::Labeled, vocab: &Vocabulary) -> bool {
    let Some(cell) = l.label_cell(doc) else {
        return false;
    };
    let t = cell.text.as_str();
    let Some(at) = t
        .split_whitespace()
        .find(|w| is_number_label(w, vocab))
        .and_then(|w| t.find(w))
    else {
        return false;
    };
    let before = t.get(..at).unwrap_or_default().trim();
    before.is_empty() || before.ends_with(['–', '-']) || is_coded_paper_word(before)
}

/// True for one word naming a Vorlage or Drucksache with a body's code joined to it
/// (`GV-Vorlage`, `KT-Drucksache`, `StR-Vorlage`; layout family: papers of
/// Verwaltungsgemeinschaften, Kreistage and Stadträte whose number key is `GV-Vorlage Nr.`):
/// with `Nr.` after it, the key of the paper's own number. A type that answers or is answered
/// (`Anfrage Nr.`) is left to the vocabulary's labels, which know which paper it names.
fn is_coded_paper_word(before: &str) -> bool {
    let Some((code, word)) = before.split_once('-') else {
        return false;
    };
    let folded = fold_alnum(word);
    // the code: one to four letters opening with a capital (`GV`, `KT`, `StR`)
    let code_shaped = (1..=4).contains(&code.chars().count())
        && code.chars().all(|c| c.is_ascii_alphabetic())
        && code.starts_with(|c: char| c.is_ascii_uppercase());
    !before.contains(char::is_whitespace)
        && code_shaped
        && (folded.ends_with("vorlage") || folded.ends_with("drucksache"))
}

/// A paper type heading with its number (`Bekanntgabe Nr. 07/2025`, `Vorlage Nr. 12/2024`):
/// any printed type followed by a number word opens a line of the header block.
fn type_heading_number(doc: &Doc, vocab: &Vocabulary, head: usize) -> Option<Drucksache> {
    for line in doc.lines.iter().take(head).filter(|l| l.page == 1) {
        let text = line.text.trim();
        let lower = text.to_lowercase();
        for t in &vocab.doc_types {
            let Some(rest) = lower
                .starts_with(&t.text.to_lowercase())
                .then(|| text.get(t.text.len()..))
                .flatten()
            else {
                continue;
            };
            // The type word ends at a word boundary and a number word follows.
            if !rest.starts_with(' ') {
                continue;
            }
            // `Beantwortung der Anfrage Nr. 07/2024` names the answered paper's number; a
            // letter's serial (`Rundschreiben Nr. 14/2026`; layout family: circulars of Ämter and
            // Zweckverbände to their members) is no council paper's number.
            let answer = matches!(
                t.value,
                DocType::Antwort | DocType::Stellungnahme | DocType::Schreiben
            );
            let mut words = rest.split_whitespace();
            let numbered = words.next().is_some_and(labeled::is_number_word);
            if answer || !(numbered || coded_number_alone(line, t.text.len())) {
                continue;
            }
            if let Some(n) = number_from_value(rest, vocab) {
                return Some(n);
            }
            // Layout family: Landschaftsverband Anträge and Anfragen (`Antrag Nr. 16/31`): a
            // period and serial after a type and its number word, at the line's end.
            // (in the line's first cell: a status may stand right of it)
            let cell = line.cells.first().map_or(text, |c| c.text.trim());
            let tokens: Vec<&str> = cell
                .get(t.text.len()..)
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            if let [_, number] = tokens.as_slice()
                && let Some(n) = Drucksache::parse_period_serial(number)
            {
                return Some(n);
            }
        }
    }
    None
}

/// True when the first cell of `line` holds, after its type (`type_len` bytes), a letter code
/// and a number joined by a slash or hyphen and nothing else (`Kleine Anfrage KA 027/2031`;
/// layout family: questions and motions of council members set as letters, headed by their type
/// and the number the council office gave them).
fn coded_number_alone(line: &super::doc::DLine, type_len: usize) -> bool {
    let Some(cell) = line.cells.first() else {
        return false;
    };
    let tokens: Vec<&str> = cell
        .text
        .get(type_len..)
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    match tokens.as_slice() {
        [code, number] => {
            is_capital_code(code)
                && shape::is_digits_and(number, &shape::SEPARATORS)
                && shape::is_separated(number)
        }
        _ => false,
    }
}

/// A paper's kind and number in one header cell, joined by a dash (`Anfrage - 0944/26`,
/// `Antrag – 0127/26`; layout family: ALLRIS prints whose right header column shows the kind
/// and number so, the status under it): the cell holds the printed type, a dash and one token
/// with a slash and a digit, nothing else. An answer's, opinion's or letter's kind is passed
/// over (see [`type_heading_number`]).
fn dashed_type_number(doc: &Doc, vocab: &Vocabulary, head: usize) -> Option<Drucksache> {
    for line in doc.lines.iter().take(head).filter(|l| l.page == 1) {
        for cell in &line.cells {
            let text = cell.text.trim();
            let Some((kind, rest)) = text.split_once(" - ").or_else(|| text.split_once(" – "))
            else {
                continue;
            };
            let own = vocab.doc_type_of(&fold_alnum(kind)).is_some_and(|t| {
                !matches!(
                    t,
                    DocType::Antwort | DocType::Stellungnahme | DocType::Schreiben
                )
            });
            let rest = rest.trim();
            let shaped = !rest.contains(char::is_whitespace)
                && shape::has_slash_and_digit(rest)
                && rest
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-'));
            if own
                && shaped
                && let Some(n) = number_from_value(rest, vocab).filter(|n| n.as_str() == rest)
            {
                return Some(n);
            }
        }
    }
    None
}

/// A number line right under a type line that stands alone (the older Word template: centred
/// `Verwaltungsvorlage` over `Nr.: 66/166/2013`, or over `Beratungsvorlage Nr.: 38/085/2013`): a
/// number word, possibly after one word, then the number; or a bare number in the cell right
/// under a type cell of a two-column header.
fn number_under_type(doc: &Doc, vocab: &Vocabulary, head: usize) -> Option<Drucksache> {
    let pitch = doc.line_pitch();
    let lines: Vec<&super::doc::DLine> = doc.page_one().take(head).collect();
    for pair in lines.windows(2) {
        let [above, below] = pair else { continue };
        if below.y - above.y > pitch * 2.6 {
            continue;
        }
        // A header of two columns: the type word in a cell, the bare number in the cell right
        // under it (`Samtgemeinde X | Ergänzungsvorlage` / `Der Bürgermeister | 0456/2025/1`).
        if above.cells.len() > 1 || below.cells.len() > 1 {
            // (a column head centred over the number: the one cell under it)
            let aligned = above.cells.iter().find_map(|a| {
                let mut under = below
                    .cells
                    .iter()
                    .filter(|b| super::doc::x_overlap(a.x0, a.x1, b.x0, b.x1, 1.0));
                let b = under.next().filter(|_| under.next().is_none())?;
                vocab.is_doc_type(&fold_alnum(&a.text)).then_some(b)
            });
            if let Some(b) = aligned {
                let t = b.text.trim();
                if dates::find_dates(t, vocab).is_empty()
                    && let Some(n) = number_from_value(t, vocab).filter(|n| n.as_str() == t)
                {
                    return Some(n);
                }
            }
            continue;
        }
        if above.cells.len() != 1 || below.cells.len() != 1 {
            continue;
        }
        // A generic paper line naming its addressee over a coded number alone (`Vorlage für den
        // Aufsichtsrat` / `AR 19/2026`; layout family: papers of municipal companies and
        // Zweckverbände to their board, numbered with the board's letters).
        if super::doctype::is_generic_paper(&above.text)
            && let [code, number] = below.text.split_whitespace().collect::<Vec<_>>().as_slice()
            && is_capital_code(code)
            && number.contains('/')
            && shape::is_digits_and(number, &['/'])
            && let Some(n) = number_from_value(below.text.trim(), vocab)
        {
            return Some(n);
        }
        // a session paper's number under its type is the session's (`Niederschrift` /
        // `Sitzung Nr. 12`), never the paper's
        let above_type = fold_alnum(&above.text);
        let paper_type = vocab.doc_type_of(&above_type);
        if paper_type.is_none_or(|t| matches!(t, DocType::Niederschrift | DocType::Einladung)) {
            continue;
        }
        let words: Vec<&str> = below.text.split_whitespace().collect();
        let Some(k) = words
            .iter()
            .take(2)
            .position(|w| labeled::is_number_word(w))
        else {
            continue;
        };
        // the word before `Nr.` names the paper (`Beratungsvorlage Nr.: 38/085/2013`), not a
        // session, an attachment or a page (`Sitzung Nr. 12`, `Anlage Nr. 3`)
        if k == 1 && !words.first().is_some_and(|w| names_a_paper(w, vocab)) {
            continue;
        }
        let rest = words.get(k + 1..).unwrap_or_default().join(" ");
        if let Some(n) = number_from_value(&rest, vocab) {
            return Some(n);
        }
    }
    None
}

/// A paper's type as the key of a two-column head grid, its number alone in the cell beside it
/// (`Ergänzungsvorlage | VV 07/2026-E1`, `Vorlage für den Aufsichtsrat | AR 19/2026`; layout
/// family: head grids of Zweckverbände and municipal companies, keys left, values right, the
/// first row naming the paper's kind): a line of two cells on page 1, the key a printed type
/// (not of an answer, opinion or letter, whose number may be the answered paper's) or a generic
/// paper line, the value one number-shaped token with its code and nothing else.
fn type_key_number(doc: &Doc, vocab: &Vocabulary, head: usize) -> Option<Drucksache> {
    doc.lines
        .iter()
        .take(head)
        .filter(|l| l.page == 1 && l.cells.len() == 2)
        .find_map(|line| {
            let [key, value] = line.cells.as_slice() else {
                return None;
            };
            let key = key.text.trim();
            let own_type = vocab.doc_type_of(&fold_alnum(key)).is_some_and(|t| {
                !matches!(
                    t,
                    DocType::Antwort | DocType::Stellungnahme | DocType::Schreiben
                )
            });
            let value = value.text.trim();
            let words: Vec<&str> = value.split_whitespace().collect();
            let shaped = match words.as_slice() {
                [one] => shape::is_separated(one),
                [code, number] => is_capital_code(code) && shape::is_separated(number),
                _ => false,
            };
            ((own_type || super::doctype::is_generic_paper(key))
                && shaped
                && dates::find_dates(value, vocab).is_empty())
            .then(|| number_from_value(value, vocab).filter(|n| n.as_str() == value))
            .flatten()
        })
}

/// True for a word that names a paper: a paper type, or a compound of `…vorlage` or
/// `…drucksache` (`Beratungsvorlage`, `Ratsdrucksache`).
fn names_a_paper(word: &str, vocab: &Vocabulary) -> bool {
    let folded = fold_alnum(word);
    vocab.is_doc_type(&folded) || folded.ends_with("vorlage") || folded.ends_with("drucksache")
}

/// A number printed at the right end of one of the first three lines of page 1, the way a
/// council information system stamps a paper's code into the top right corner (`OF 412/7`,
/// `ST 1203`, `AT/2025/0021`): the line's last cell, or the end of a heading without digits
/// (`STELLUNGNAHME DES MAGISTRATS ST 1203`). Only a letter code before digits or one token joined
/// by `/` — never a date, a phone number (leading `0`, a contact label) or a postcode.
fn corner_number(doc: &Doc, vocab: &Vocabulary) -> Option<Drucksache> {
    let contacts = vocab.labels(LabelSet::Contact);
    for line in doc.page_one().filter(|l| !l.furniture).take(3) {
        let Some(last) = line.cells.last() else {
            continue;
        };
        let words: Vec<&str> = last.text.split_whitespace().collect();
        // `zu Drucksache Nr. 2025/0187` (layout family: Tisch- and Ergänzungsvorlagen that stamp
        // the main paper's number in the corner): a cell opened by `zu` cites another paper; so
        // does a key cell opened by `zu` left of it (`zur Beschlussvorlage | VV 07/2026`; layout
        // family: supplements whose head grid names the main paper under their own number).
        let cites = |t: &str| {
            t.split_whitespace()
                .next()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "zu" | "zur" | "zum"))
        };
        if cites(&last.text) || line.cells.first().is_some_and(|c| cites(&c.text)) {
            continue;
        }
        let mut candidates: Vec<&[&str]> = Vec::new();
        if line.cells.len() >= 2 {
            candidates.push(&words);
        }
        for k in [1, 2] {
            let Some((before, tail)) = words.len().checked_sub(k).map(|i| words.split_at(i)) else {
                continue;
            };
            // `Ihr Zeichen: 610-Uff/BP12`, `Az.: …`: a labelled value is a file reference of the
            // letterhead (the paper's own number is read by its label), never a stamped code.
            let labelled = before.iter().any(|w| w.ends_with(':'));
            if !before.is_empty()
                && !labelled
                && !before.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
            {
                candidates.push(tail);
            }
        }
        for cand in candidates {
            let shaped = match cand {
                [code, digits] => {
                    is_code(code)
                        && !contacts.starts(code)
                        && digits.starts_with(|c: char| c.is_ascii_digit())
                        && shape::is_digits_and(digits, &shape::SEPARATORS)
                }
                // a leading zero is refused whatever the length (a corner's `0421/…` is a
                // phone's area code far more often than a number; [`shape::is_phone`] wants
                // nine digits)
                [one] => shape::has_slash_and_digit(one) && !one.starts_with('0'),
                _ => false,
            };
            let t = cand.join(" ");
            if shaped
                && dates::find_dates(&t, vocab).is_empty()
                && number_from_value(&t, vocab).is_some_and(|n| n.as_str() == t)
            {
                return Drucksache::parse(&t);
            }
        }
    }
    None
}

/// Last resort: a number label that opens a short line in `lines` (not a table row or prose).
fn further_down(
    doc: &Doc,
    vocab: &Vocabulary,
    lines: std::ops::Range<usize>,
) -> Option<Drucksache> {
    let labels = vocab.labels(LabelSet::Drucksache);
    for found in find_labeled(doc, labels, lines, doc.line_pitch()) {
        let short = doc
            .lines
            .get(found.line)
            .is_some_and(|l| l.cells.len() <= 2 && l.text.chars().count() <= 60);
        if !short {
            continue;
        }
        if let Some(n) = number_from_value(&found.value, vocab) {
            return Some(n);
        }
    }
    None
}

/// Cut a label's value down to the number it starts with: `VO/1254/21 öffentlich` → `VO/1254/21`,
/// `20-26 / V 02272` stays whole. None when the value holds no number or is a date.
pub(crate) fn number_from_value(value: &str, vocab: &Vocabulary) -> Option<Drucksache> {
    let stop = &vocab.numbers.stop_words;
    let labels = vocab.labels(LabelSet::Drucksache);
    let mut taken: Vec<&str> = Vec::new();
    let tokens: Vec<&str> = value.split_whitespace().collect();
    for (i, tok) in tokens.iter().enumerate() {
        let mut t = tok.trim_end_matches([',', ';', ':', ')']);
        // A sentence's full stop after a number is not part of it (`Neuf.` keeps its dot).
        if t.ends_with('.') && t.chars().rev().nth(1).is_some_and(|c| c.is_ascii_digit()) {
            t = &t[..t.len() - 1];
        }
        let lower = t.to_lowercase();
        if t.is_empty() || stop.iter().any(|s| lower.starts_with(s.as_str())) {
            break;
        }
        // `Nr.` / `No.` / `№:` between a label and the number.
        if taken.is_empty() && labeled::is_number_word(t) {
            continue;
        }
        // A version letter after a whole number (`21/788 S`, `21/5123 (S)`, `098/2024 E`): one
        // or two capitals, bracketed or not, as the value's last token.
        if i + 1 == tokens.len()
            && taken
                .last()
                .is_some_and(|p| p.chars().last().is_some_and(|c| c.is_ascii_digit()))
            && is_version_letter(tok)
        {
            taken.push(tok);
            break;
        }
        // A number label below a type line (`Mitteilungsvorlage` / `DS-Nr. 17/2023`).
        if taken.is_empty()
            && labels.strip(t).is_some_and(|(r, _)| r.trim().is_empty())
            && t.chars().any(|c| c == '.' || c == '-')
        {
            continue;
        }
        let has_digit = t.chars().any(|c| c.is_ascii_digit());
        let connector = matches!(t, "/" | "-" | "–");
        let digit_at = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|n| n.chars().any(|c| c.is_ascii_digit()) || matches!(*n, "/" | "-"))
        };
        let next_has_digit = digit_at(i + 1);
        // A short code (`DS`, `B`, `V`, `GRDrs`) leads into a number; so do two codes of one
        // series (`GV Ma 17/2031`, `IV VV 04/2031`; layout family: Ämter numbering each
        // member Gemeinde's papers, Verbände numbering by body and kind).
        let code = is_code(t)
            && (next_has_digit
                || (taken.is_empty()
                    && tokens.get(i + 1).is_some_and(|n| is_code(n))
                    && digit_at(i + 2)));
        // A roman numeral or a suffix (`Neuf.`, `IX`) after a slash-joined number.
        let suffix = !taken.is_empty()
            && taken
                .last()
                .is_some_and(|p| p.ends_with('/') && p.chars().any(|c| c.is_ascii_digit()))
            && t.chars().all(|c| c.is_alphabetic() || c == '.');
        if has_digit || connector || code || suffix {
            if has_digit && dates::is_only_date(t, vocab) {
                break;
            }
            taken.push(t);
        } else {
            break;
        }
    }
    Drucksache::parse(&taken.join(" "))
}

/// One or two capital letters, alone or in brackets (`S`, `(S)`, `E`, `(NF)`): a version mark
/// after a number.
fn is_version_letter(tok: &str) -> bool {
    let inner = tok
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(tok);
    (1..=2).contains(&inner.chars().count()) && inner.chars().all(|c| c.is_ascii_uppercase())
}

/// A number printed on its own in a running header or footer of two or more pages
/// (`V/0456/2022      Seite 1 von 2`).
fn running_number(doc: &Doc, vocab: &Vocabulary) -> Option<Drucksache> {
    let mut seen: Vec<(Drucksache, Vec<usize>)> = Vec::new();
    for line in doc
        .lines
        .iter()
        .filter(|l| l.furniture || l.cells.len() <= 3)
    {
        for cell in &line.cells {
            let t = cell.text.trim();
            if t.chars().count() > 30 {
                continue;
            }
            let Some(n) = number_from_value(t, vocab) else {
                continue;
            };
            let shaped = shape::is_separated(&n);
            if n.as_str() != t || !shaped || !dates::find_dates(&n, vocab).is_empty() {
                continue;
            }
            match seen.iter_mut().find(|(k, _)| *k == n) {
                Some((_, pages)) => {
                    if !pages.contains(&line.page) {
                        pages.push(line.page);
                    }
                }
                None => seen.push((n, vec![line.page])),
            }
        }
    }
    seen.into_iter()
        .find(|(_, pages)| pages.len() >= 2)
        .map(|(n, _)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn num(s: &str) -> Option<Drucksache> {
        number_from_value(s, &Vocabulary::embedded())
    }

    #[test]
    fn number_keys_of_coded_paper_words_type_keys_and_answer_headings() {
        // Invented examples of the layout families of `is_coded_paper_word`, `type_key_number`,
        // `is_answering_type_line` and the citing key of `corner_number`.
        let v = Vocabulary::embedded();
        let own = |text: &str| find(&Doc::from_text(text), &v, 6).map(|n| n.into_string());
        assert_eq!(
            own(
                "Gemeinde Seeburg        Beschlussvorlage\nKämmerei        GV-Vorlage Nr. 03/2031\n"
            ),
            Some("03/2031".into())
        );
        assert!(is_coded_paper_word("KT-Drucksache") && is_coded_paper_word("StR-Vorlage"));
        assert!(!is_coded_paper_word("Anfrage") && !is_coded_paper_word("der Anfrage"));
        assert_eq!(
            own(
                "Zweckverband Seeburg\n\nErgänzungsvorlage      ZV 04/2031-E2\nzur Beschlussvorlage      ZV 04/2031\n"
            ),
            Some("ZV 04/2031-E2".into())
        );
        assert_eq!(
            own(
                "Stadtwerke Seeburg GmbH\n\nVorlage für den Aufsichtsrat      AR 07/2031\nSitzung      12.03.2031\n"
            ),
            Some("AR 07/2031".into())
        );
        // a key citing the main paper is no corner stamp
        assert_eq!(
            own("Zweckverband Seeburg\nNachtrag\nzur Beschlussvorlage      ZV 04/2031\n"),
            None
        );
        // the paper's own answering type over its number key cites no paper
        let doc = Doc::from_text(
            "Gemeinde Seeburg\nBeantwortung einer Anfrage\nVorlage-Nr.: 2031/0044\nBetreff: Test\n",
        );
        let (n, label) = find_labelled(&doc, &v, doc.lines.len()).expect("number");
        assert_eq!(n.as_str(), "2031/0044");
        assert!(!label.is_some_and(|l| l.names_answered_paper(&v)));
    }

    #[test]
    fn a_number_under_a_line_citing_a_paper_is_the_answered_one() {
        // Layout family: Antworten and Stellungnahmen naming the paper they answer over it.
        let v = Vocabulary::embedded();
        for lead in [
            "auf die Anfrage:",
            "Vorlage:",
            "Beantwortung der Anfrage der Fraktion X",
        ] {
            let doc = Doc::from_text(&format!(
                "Stadt Seeburg\nAntwort der Verwaltung\n{lead}\nDrucksache 2026/0012\nBetreff: Test\n"
            ));
            let (n, label) =
                find_labelled(&doc, &v, doc.lines.len()).unwrap_or_else(|| panic!("{lead}"));
            assert_eq!(n.as_str(), "2026/0012");
            assert!(label.is_some_and(|l| l.names_answered_paper(&v)), "{lead}");
        }
        // The paper's own number under its type heading or authority stays its own.
        for lead in [
            "Antwort der Verwaltung",
            "Die Landrätin",
            "Antwort auf die Anfrage 2026/0007",
        ] {
            let doc = Doc::from_text(&format!("Stadt Seeburg\n{lead}\nDrucksache 2026/0012-1\n"));
            let (_, label) =
                find_labelled(&doc, &v, doc.lines.len()).unwrap_or_else(|| panic!("{lead}"));
            assert!(!label.is_some_and(|l| l.names_answered_paper(&v)), "{lead}");
        }
        assert!(cites_a_paper("zur Vorlage"));
        assert!(!cites_a_paper("Vorlagenart: Antwort"));
        // A lead-in in the label's own cell (`zu: Drucksache Nr. …`, `Vorlage: Drucksache …`).
        for line in [
            "zu: Drucksache Nr. 2026/0031",
            "Vorlage:              Drucksache Nr. 2026/0031",
            "Bezug:                Beschlussvorlage 2026/0031",
        ] {
            let doc = Doc::from_text(&format!(
                "Ortschaftsrat Seeburg\nStellungnahme des Ortschaftsrates\n{line}\nBetreff: Test\n"
            ));
            let (n, label) =
                find_labelled(&doc, &v, doc.lines.len()).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(n.as_str(), "2026/0031");
            assert!(label.is_some_and(|l| l.names_answered_paper(&v)), "{line}");
        }
        assert!(is_citing_lead_in("Bezug: "));
        assert!(is_citing_lead_in("zur "));
        assert!(!is_citing_lead_in(""));
        assert!(!is_citing_lead_in("Stadt Seeburg "));
        assert!(!is_citing_lead_in("Datum: 12.03.2026 "));
        // The preposition with the kind of paper cited (layout family: opinions of Beiräte
        // naming the Vorlage they are on; invented examples).
        assert!(is_citing_lead_in("zur Beschlussvorlage "));
        assert!(is_citing_lead_in("zum Antrag "));
        assert!(!is_citing_lead_in("zur Sanierung "));
        let doc = Doc::from_text(
            "Seniorenbeirat Talheim\nStellungnahme\nzur Beschlussvorlage Drucksache Nr. 2026/0412\nBetreff: Test\n",
        );
        let (n, label) = find_labelled(&doc, &v, doc.lines.len()).expect("a number");
        assert_eq!(n.as_str(), "2026/0412");
        assert!(label.is_some_and(|l| l.names_answered_paper(&v)));
    }

    #[test]
    fn a_number_under_its_label_in_a_side_column() {
        // Layout family: headers with a side column of keys and values beside the title
        // (invented example): the label's line goes on with the title's first line.
        let v = Vocabulary::embedded();
        let cell = |x0: f32, t: &str| super::super::doc::DCell {
            text: t.into(),
            x0,
            x1: x0 + 5.0 * t.chars().count() as f32,
        };
        let doc = Doc {
            lines: vec![
                super::super::doc::DLine::of_cells(
                    100.0,
                    11.0,
                    false,
                    vec![
                        cell(60.0, "Drucksachen-Nr."),
                        cell(220.0, "Neubau der Feuerwache"),
                    ],
                ),
                super::super::doc::DLine::of_cells(
                    114.0,
                    11.0,
                    false,
                    vec![cell(60.0, "0412/2026"), cell(220.0, "Nord in Talheim")],
                ),
            ],
            header_labels: std::sync::Arc::new(crate::vocab::Labels::EMPTY),
        };
        let (n, _) = find_labelled(&doc, &v, doc.lines.len()).expect("a number");
        assert_eq!(n.as_str(), "0412/2026");
    }

    #[test]
    fn keys_over_values_beside_a_wrapped_letterhead() {
        // Layout family: Verbände's Vorlagen, the letterhead left, keys over values right; the
        // letterhead's second line stands between key and value (invented example).
        let v = Vocabulary::embedded();
        let cell = |x0: f32, t: &str| super::super::doc::DCell {
            text: t.into(),
            x0,
            x1: x0 + 5.0 * t.chars().count() as f32,
        };
        let line = |y: f32, cells| super::super::doc::DLine::of_cells(y, 10.0, false, cells);
        let doc = Doc {
            lines: vec![
                line(
                    68.0,
                    vec![
                        cell(80.0, "Zweckverband Wasser"),
                        cell(330.0, "Drucksache"),
                        cell(445.0, "Datum"),
                    ],
                ),
                line(81.0, vec![cell(80.0, "Talheim-Nord")]),
                line(
                    99.0,
                    vec![
                        cell(80.0, "Verbandsverwaltung"),
                        cell(330.0, "V/2031/09"),
                        cell(445.0, "12.10.2031"),
                    ],
                ),
                line(112.0, vec![cell(80.0, "Beschlussvorlage")]),
            ],
            header_labels: std::sync::Arc::new(crate::vocab::Labels::EMPTY),
        };
        let (n, _) = find_labelled(&doc, &v, doc.lines.len()).expect("a number");
        assert_eq!(n.as_str(), "V/2031/09");
    }

    #[test]
    fn a_type_heading_with_code_and_number() {
        // Layout family: members' questions set as letters (invented example).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Stadtverordneter Jan Beispiel\nAn den Bürgermeister\n\nKleine Anfrage KA 031/2031\n\nBeleuchtung am Bahnhof\n",
        );
        let (n, _) = find_labelled(&doc, &v, doc.lines.len()).expect("a number");
        assert_eq!(n.as_str(), "KA 031/2031");
        // a subject with a number in it is no such heading
        let doc = Doc::from_text("Antrag\n\nAnfrage zum Bebauungsplan 12/3 am Hang\n");
        assert!(type_heading_number(&doc, &v, doc.lines.len()).is_none());
    }

    #[test]
    fn a_label_naming_a_vorlage() {
        // Layout family: opinions of Ortsbeiräte whose grid names the Vorlage they are on
        // (invented examples); only a Stellungnahme drops the number (see `extract::mod`).
        let label = |t: &str| NumberLabel::plain(t.to_string());
        for t in ["Vorlage", "Vorlage Nr.", "Vorlagen-Nr.", "Beschlussvorlage"] {
            assert!(label(t).names_a_vorlage(), "{t}");
        }
        for t in ["Drucksache Nr.", "Beschluss-Nr.", "Nummer"] {
            assert!(!label(t).names_a_vorlage(), "{t}");
        }
    }

    #[test]
    fn a_corner_cell_citing_the_main_paper_is_no_own_number() {
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Samtgemeinde Neudorf                        Tischvorlage\n\
             FB II – Ordnung                             zu Drucksache Nr. 2025/0187\n\
             Datum: 19.11.2025",
        );
        assert_eq!(corner_number(&doc, &v), None);
        let doc = Doc::from_text(
            "Samtgemeinde Neudorf                        Tischvorlage\n\
             FB II – Ordnung                             Drucksache 2025/0187",
        );
        assert_eq!(corner_number(&doc, &v), num("2025/0187"));
    }

    #[test]
    fn a_period_and_serial_after_a_type_and_number_word() {
        let v = Vocabulary::embedded();
        let of = |t: &str| find(&Doc::from_text(t), &v, 3).map(|d| d.into_string());
        assert_eq!(
            of("Anfrage Nr. 16/9          öffentlich\nDatum: 22.10.2025\nBetreff: x"),
            Some("16/9".into())
        );
        assert_eq!(
            of("Antrag Nr. 16/31\nDatum: 10.11.2025\nBetreff: x"),
            Some("16/31".into())
        );
        // a short number elsewhere stays none
        assert_eq!(of("Antrag\nSeite 16/31\nBetreff: x"), None);
    }

    #[test]
    fn number_line_under_a_type_line() {
        let v = Vocabulary::embedded();
        // older Word template family: centred type word over `Nr.: …`
        for (line, want) in [
            ("Nr.: 66/166/2013", "66/166/2013"),
            ("Beratungsvorlage Nr.: 38/085/2013", "38/085/2013"),
        ] {
            let doc = Doc::from_text(&format!(
                "Stadt Ludwigsburg\n\nVerwaltungsvorlage\n{line}\n\n- öffentlich -\n"
            ));
            let end = doc.lines.len();
            assert_eq!(number_under_type(&doc, &v, end).as_deref(), Some(want));
        }
        let doc = Doc::from_text("Stadt Ludwigsburg\nHauptamt\nNr.: 12\n");
        let end = doc.lines.len();
        assert_eq!(number_under_type(&doc, &v, end), None);
        // a session's, an attachment's number is not the paper's
        for text in [
            "Stadt Ludwigsburg\n\nNiederschrift\nSitzung Nr. 123\n",
            "Stadt Ludwigsburg\n\nEinladung\nNr. 12/2025\n",
            "Stadt Ludwigsburg\n\nVerwaltungsvorlage\nAnlage Nr. 012\n",
        ] {
            let doc = Doc::from_text(text);
            let end = doc.lines.len();
            assert_eq!(number_under_type(&doc, &v, end), None, "{text}");
        }
    }

    #[test]
    fn bare_number_under_a_type_cell_and_no_letterhead_reference() {
        let v = Vocabulary::embedded();
        // two-column header: type word right, the bare number in the cell under it
        let doc = Doc::from_text(
            "Samtgemeinde X                Ergänzungsvorlage
Der Bürgermeister             0456/2025/1
Fachbereich:                  II – Bauen
",
        );
        assert_eq!(find(&doc, &v, 3).as_deref(), Some("0456/2025/1"));
        // a horizontal header table: the type as a column head over the number
        let doc = Doc::from_text(
            "Fraktion Y
   Anfrage        Eingang       für die Sitzung
A/25/0437      02.06.2025    Ausschuss X am 24.06.2025
",
        );
        assert_eq!(find(&doc, &v, 3).as_deref(), Some("A/25/0437"));
        // `Ihr Zeichen:` in the letterhead's corner is the addressee's file reference
        let doc = Doc::from_text(
            "                                   Bauverwaltung
                                   Ihr Zeichen: 610-Uff/BP12
Markt X · Straße 1                 Unser Zeichen: 3/610-Ost
",
        );
        assert_eq!(find(&doc, &v, 3), None);
    }

    #[test]
    fn value_cut_to_the_number() {
        assert_eq!(num("VO/1254/21 öffentlich").as_deref(), Some("VO/1254/21"));
        assert_eq!(num("20-26 / V 02272").as_deref(), Some("20-26 / V 02272"));
        assert_eq!(num("DS 17/1234").as_deref(), Some("DS 17/1234"));
        assert_eq!(num("GRDrs 78/2023").as_deref(), Some("GRDrs 78/2023"));
        assert_eq!(num("VO/1242/21/Neuf.").as_deref(), Some("VO/1242/21/Neuf."));
        assert_eq!(
            num("0123/2022/1 vom 3.4.2022").as_deref(),
            Some("0123/2022/1")
        );
        assert_eq!(num("Nr.: V/0456/2022").as_deref(), Some("V/0456/2022"));
        assert_eq!(num("01.09.2021"), None);
        assert_eq!(num("Zimmer 249/II"), None);
        assert_eq!(num("14–20 / V"), None);
        assert_eq!(num("Seite 2"), None);
        // A number label below a type line is not part of the number.
        assert_eq!(num("DS-Nr. 17/2023").as_deref(), Some("17/2023"));
        // `№:` left in the value after the label `Drucksache`.
        assert_eq!(num("No: 2024/0345").as_deref(), Some("2024/0345"));
        // a body's series of two codes
        assert_eq!(num("GV Ma 17/2031").as_deref(), Some("GV Ma 17/2031"));
        assert_eq!(num("IV VV 04/2031").as_deref(), Some("IV VV 04/2031"));

        assert_eq!(num("Zimmer Nord 12/2031"), None);
    }

    #[test]
    fn version_letter_after_the_number_is_kept() {
        assert_eq!(num("21/788 S").as_deref(), Some("21/788 S"));
        assert_eq!(num("21/5123 (S)").as_deref(), Some("21/5123 (S)"));
        assert_eq!(num("098/2024 E").as_deref(), Some("098/2024 E"));
        // Only as the last token, only capitals, only after a digit.
        assert_eq!(num("098/2024 E Bauausschuss").as_deref(), Some("098/2024"));
        assert_eq!(num("098/2024 Ergänzung").as_deref(), Some("098/2024"));
        assert_eq!(num("VO/1242/21/Neuf.").as_deref(), Some("VO/1242/21/Neuf."));
    }

    #[test]
    fn labelled_number_beats_cited_number() {
        let text = "Stadt Beispielburg                       Ratsdrucksache\n\
                    Der Oberbürgermeister                    Drucksachen-Nr. 2023/0815-B\n\
                    Sachverhalt\n\
                    Mit Drucksache 2021/0099 wurde beschlossen.\n";
        let doc = Doc::from_text(text);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        assert_eq!(find(&doc, &v, end).as_deref(), Some("2023/0815-B"));
    }

    #[test]
    fn unlabelled_number_from_the_running_footer() {
        let text = "Stadt Irgendwo\nText der ersten Seite mit 12/2020 im Satz.\nKA/0815/2024          Seite 1 von 2\n\u{c}\
                    Weiterer Text.\nKA/0815/2024          Seite 2 von 2\n";
        let doc = Doc::from_text(text);
        let v = Vocabulary::embedded();
        assert_eq!(find(&doc, &v, 1).as_deref(), Some("KA/0815/2024"));
    }

    #[test]
    fn prefix_label_is_part_of_the_number() {
        let text = "Landeshauptstadt Musterstadt                      GRDrs 78/2023\n";
        let doc = Doc::from_text(text);
        let v = Vocabulary::embedded();
        assert_eq!(find(&doc, &v, 1).as_deref(), Some("GRDrs 78/2023"));
    }

    #[test]
    fn number_on_the_line_below_its_label() {
        let text = "Fraktion im Kreistag                    Sitzungsvorlagen Nr.\n\
                    An den Landrat                          KT-2024/117\n";
        let doc = Doc::from_text(text);
        let v = Vocabulary::embedded();
        assert_eq!(
            find(&doc, &v, doc.lines.len()).as_deref(),
            Some("KT-2024/117")
        );
    }

    #[test]
    fn number_labels_known_by_their_shape() {
        // Layout family: Fraktion letters and RIS prints with `Nr.:`, `Tgb.-Nr.`,
        // `…nummer` labels the vocabulary does not list.
        let v = Vocabulary::embedded();
        let of = |t: &str| find(&Doc::from_text(t), &v, 4).map(|d| d.into_string());
        assert_eq!(
            of(
                "Fraktion Musterliste                     Tgb.-Nr.: 20/01288\n\
                Anfrage zur Sitzung\n\
                Betr.: Informationssicherheit"
            ),
            Some("20/01288".into())
        );
        assert_eq!(
            of(
                "An den Oberbürgermeister       Eingangsnummer: 21-26 / A 00756\n\
                Antrag\n\
                Betr.: Radweg"
            ),
            Some("21-26 / A 00756".into())
        );
        // a cited paper's number, a phone, a room, a bare count: no paper's number
        assert_eq!(
            of("Landratsamt Musterkreis\n\
                Beantwortung der Anfrage Nr. 07/2024 der Fraktion X\n\
                Betreff: Schulbus"),
            None
        );
        assert_eq!(
            of("Fraktion Musterliste            Tel.-Nr.: 0511/12-345\n\
                Zimmernummer: 3-12\n\
                Nr.: 7"),
            None
        );
    }

    #[test]
    fn kind_and_number_joined_by_a_dash_in_a_header_cell() {
        // Layout family: ALLRIS prints, `Stadt X | Anfrage - 0944/26` (invented examples).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Stadt Talheim                         Anfrage - 0512/31\n\
             Ortsbeirat Nord                       öffentlich\n\
             Antragsteller/in:   Karl Beispiel\n",
        );
        assert_eq!(
            find(&doc, &v, doc.lines.len()).map(|n| n.as_str().to_string()),
            Some("0512/31".to_string())
        );
        // a letter's serial and an answer's cited question are no paper's number so
        for head in ["Rundschreiben - 14/2031", "Antwort - 0512/31"] {
            let doc = Doc::from_text(&format!("Amt Talheim                         {head}\n"));
            assert_eq!(
                dashed_type_number(&doc, &v, doc.lines.len()),
                None,
                "{head}"
            );
        }
    }

    #[test]
    fn a_grid_row_naming_the_papers_kind_cites_no_paper() {
        // Layout family: RIS header grids of answers, `Vorlageart: Beantwortung einer Anfrage`
        // over the paper's own `Vorlage-Nr.` (invented example).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Landratsamt Talheim\n\
             Vorlageart:           Beantwortung einer Anfrage\n\
             Vorlage-Nr.:          KT/2031/044\n\
             Datum:                01.02.2031\n",
        );
        let (n, label) = find_labelled(&doc, &v, doc.lines.len()).expect("a number");
        assert_eq!(n.as_str(), "KT/2031/044");
        assert!(!label.is_some_and(|l| l.names_answered_paper(&v)));
    }

    #[test]
    fn a_coded_number_under_a_board_paper_line() {
        // Layout family: papers of municipal companies to their board (invented example).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Stadtwerke Talheim GmbH\nVorlage für den Aufsichtsrat\nAR 7/2031\nSitzung\n",
        );
        assert_eq!(
            find(&doc, &v, doc.lines.len()).map(|n| n.as_str().to_string()),
            Some("AR 7/2031".to_string())
        );
        // a company's name over a code and number is no paper line
        let doc = Doc::from_text("Stadtwerke Talheim GmbH\nAR 7/2031\n");
        assert_eq!(number_under_type(&doc, &v, doc.lines.len()), None);
    }
}
