//! The title (Betreff / Gegenstand): the labelled value joined across line breaks ([`labelled`]),
//! else the unlabelled block between the header (Beratungsfolge) and the first section heading
//! ([`unlabelled`]), else the paragraph under the type line or a letter's subject
//! ([`letter`]) — tried in that order on the page, then in the wider column of a header split by
//! a side bar ([`columns`]). An Einladung is titled by the session it invites to ([`session`]),
//! a statute by its heading ([`statute`]), an extract of minutes by its agenda item.

mod bold;
mod columns;
mod labelled;
mod letter;
mod lines;
mod session;
mod statute;
mod typed;
mod unlabelled;

use super::consultations;
use super::dates::find_dates;
use super::doc::{DLine, Doc};
use super::text::{chars_within, is_enumerated_heading, join_lines};
use crate::record::DocType;
use crate::vocab::{LabelSet, Labels, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;
use unlabelled::Unlabelled;

/// The title: labelled (`Betreff:`) or the block just before the first section heading;
/// `after` is the last line of the Beratungsfolge, when there is one.
pub(crate) fn find(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    after: Option<usize>,
    doc_type: Option<DocType>,
) -> Option<String> {
    if doc_type == Some(DocType::Einladung)
        && let Some(t) = session::title(doc)
    {
        return Some(without_status_mark(t, vocab));
    }
    if doc_type == Some(DocType::Niederschrift)
        && let Some(t) = session::extract_item(doc)
            .or_else(|| session::heading(doc))
            .or_else(|| session::labelled(doc))
    {
        return Some(without_status_mark(t, vocab));
    }
    // A statute (no paper type printed) is titled by its heading.
    if doc_type.is_none()
        && let Some(t) = statute::heading(doc, vocab)
    {
        return Some(t);
    }
    let fits = |t: &String| fits(t, vocab);
    let found = candidate(doc, vocab, header_end, after)
        .map(normalized)
        .map(|t| without_procedure_head(t, vocab, doc_type))
        .map(|t| without_session_phrase(t, vocab))
        .map(|t| without_reference_line(t, vocab))
        .map(without_leading_reference)
        .map(|t| without_cited_paper_line(t, vocab))
        .map(|t| drop_type_statement(t, vocab))
        .map(|t| without_type_heading_line(doc, t, vocab))
        .map(|t| drop_type_and_date(t, vocab))
        .map(|t| without_filer_line(t, vocab))
        .map(|t| without_status_mark(t, vocab))
        .map(without_first_section)
        .map(without_closing_sentence)
        .filter(fits)
        .or_else(|| cited_subject(doc, vocab).filter(fits))
        .or_else(|| {
            // Typography alone names a subject only on a paper of a known type (a flyer's or a
            // statute's bold lines are headings).
            doc_type?;
            bold::subject(doc, vocab, &lines::stop_labels(vocab), header_end)
                .into_iter()
                .next()
                .map(drop_dateline)
                .map(|t| without_session_phrase(t, vocab))
                .map(|t| without_cited_paper_line(t, vocab))
                .map(|t| drop_type_and_date(t, vocab))
                .filter(fits)
        });
    // A session paper whose session none of [`session`]'s readers found: a heading that opens
    // with its type word (`Einladung und öffentliche Bekanntmachung`; layout family: notices of
    // Gemeinden announcing the next session in a sentence over the agenda) names the kind of
    // notice, not a subject — no title.
    if matches!(doc_type, Some(DocType::Einladung | DocType::Niederschrift))
        && found.as_deref().is_some_and(session::is_type_line)
    {
        return None;
    }
    // No title, or only a heading naming the paper and its filer: the subject set apart under
    // that heading ([`typed`]).
    if found.as_deref().is_none_or(|t| {
        typed::heading_only(t, vocab) || cites_only_a_paper(t, vocab) || opens_the_page(doc, t)
    }) && let Some(t) = typed::subject(doc, vocab, &lines::stop_labels(vocab))
        .map(normalized)
        .filter(fits)
    {
        return Some(t);
    }
    // A type heading citing only the paper it is on, the matter on the lines right under it:
    // the matter (convention: `tests/fixtures/CONVENTIONS_TITLE.md`, 2).
    if let Some(f) = found.as_deref()
        && cites_only_a_paper(f, vocab)
        && let Some(m) = matter_under_type_line(doc, f, vocab)
    {
        return Some(m);
    }
    found
}

/// The matter printed right under a type line `t` (layout family: opinions of Ortschaftsräte set
/// as letters, `Stellungnahme des Ortschaftsrates X zur Drucksache Nr.` / `045/2031` /
/// `Bebauungsplan „Talfeld“ – Aufstellungsbeschluss und` / `frühzeitige Beteiligung` / body):
/// the line under the last line of `t`, one cell, joined with the next while it ends on a word
/// that cannot end a title (at most three lines, no wider gap than a line and a half), when it
/// opens with a capital, holds three words or more and [`fits`].
fn matter_under_type_line(doc: &Doc, t: &str, vocab: &Vocabulary) -> Option<String> {
    let lines: Vec<&DLine> = doc.page_one().filter(|l| !l.furniture).take(40).collect();
    let i = lines.iter().position(|l| {
        let x = l.text.trim();
        x.chars().count() >= 4 && t.ends_with(x)
    })?;
    let first = lines.get(i + 1)?;
    if first.cells.len() != 1 {
        return None;
    }
    let mut text = first.text.trim().to_string();
    let mut last = *first;
    for l in lines.iter().skip(i + 2).take(2) {
        let wraps = lines::ends_with_function_word(&text);
        if !wraps || l.cells.len() != 1 || l.y - last.y > 1.5 * last.size.max(1.0) {
            break;
        }
        text = join_lines(&text, l.text.trim());
        last = *l;
    }
    (text.split_whitespace().count() >= 3
        && text.starts_with(char::is_uppercase)
        && !lines::ends_with_function_word(&text)
        && fits(&text, vocab))
    .then_some(text)
}

/// True when `t` starts with the first line of page 1: the sender's letterhead (a Fraktion's
/// name in bold over the address) taken for want of a subject, which a subject set apart under
/// a type heading further down beats (layout family: motion letters of Fraktionen, `PWG
/// Fraktion im Rat` / address / salutation / **Antrag** / `zur Behandlung im Rat:` /
/// **subject**).
fn opens_the_page(doc: &Doc, t: &str) -> bool {
    doc.lines
        .iter()
        .find(|l| l.page == 1 && !l.furniture)
        .is_some_and(|l| !l.text.is_empty() && t.starts_with(l.text.as_str()))
}

/// A header line naming the paper this one is about, by its number and its subject (`zur
/// Sitzungsvorlage 2025/BA/041 – Bebauungsplan Nr. 74`, `zur Drucksache 87/2025 „Sanierung …“`).
static CITED_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:zu|zur|zum)\s+(?P<paper>\S+)\s+(?:Nr\.\s*)?(?:[A-ZÄÖÜ]{1,4}\s)?\S*[0-9]\S*(?:\s+[–:-]\s+(?P<dashed>.+)|\s+(?P<quoted>[„“\x22»].+))$",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// A header line naming the paper this one is about by its subject, the paper's type and number
/// in brackets after it (`zum Entwurf des Haushaltsplanes 2026 (Drucksache XII/181)`).
static CITED_IN_BRACKETS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:zu|zur|zum)\s+(?P<subject>\p{Lu}[^()]+?)\s+\((?P<label>[^()0-9]+?)\s*(?:Nr\.\s*)?[^()\s]*[0-9][^()]*\)$",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// A header line naming the paper this one is about by its number alone (`zur Drucksache
/// 2025/0171`), the subject on the line under it.
static CITED_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:zu|zur|zum)\s+(?P<paper>\S+)\s+(?:Nr\.\s*)?(?:[A-ZÄÖÜ]{1,4}\s)?\S*[0-9]\S*$")
        .unwrap_or_else(|_| super::text::never())
});

/// The subject a bracketed citation names ([`CITED_IN_BRACKETS`]; layout family: opinions of
/// Ortsbeiräte set as letters, `Stellungnahme des Ortsbeirates X` / `zum Entwurf des … (Drucksache
/// …)`): the words before the brackets, when the bracket opens with a number label or a paper
/// type.
fn cited_in_brackets(t: &str, vocab: &Vocabulary) -> Option<String> {
    if !t.ends_with(')') {
        return None;
    }
    let c = CITED_IN_BRACKETS.captures(t)?;
    let label = c.name("label")?.as_str().trim();
    let f = crate::fold::alnum(label);
    let known = vocab.labels(LabelSet::Drucksache).is_whole(label) || vocab.is_doc_type(&f);
    let subject = c.name("subject")?.as_str().trim();
    (known && subject.split_whitespace().count() >= 2).then(|| subject.to_string())
}

/// The subject set under a citation by number alone ([`CITED_ALONE`]; layout family: opinions
/// whose header prints `Stellungnahme des Ortsrates X` / `zur Drucksache 2025/0171` / **subject**,
/// a letterhead column beside them): the lines under the citation at its left edge, the first
/// bold or larger than the citation, going on in its font without a gap (at most three); lines
/// of another column between them are passed over.
fn subject_under_citation(lines: &[&DLine], i: usize, vocab: &Vocabulary) -> Option<String> {
    let cite = lines.get(i)?;
    let c = CITED_ALONE.captures(cite.text.trim())?;
    let paper = c.name("paper")?.as_str();
    if !(vocab.is_doc_type(&crate::fold::alnum(paper))
        || vocab.labels(LabelSet::Drucksache).is_whole(paper))
    {
        return None;
    }
    let edge = cite.cells.first()?.x0;
    let column: Vec<&DLine> = lines
        .iter()
        .skip(i + 1)
        .take(8)
        .filter(|l| l.cells.first().is_some_and(|c| (c.x0 - edge).abs() < 4.0))
        .copied()
        .collect();
    let first = column.first()?;
    if first.cells.len() != 1
        || !(first.bold || first.size > cite.size + 0.8)
        || first.y - cite.y > 3.0 * cite.size
    {
        return None;
    }
    let mut title = first.text.trim().to_string();
    let mut last = *first;
    for l in column.iter().skip(1).take(2) {
        let same = l.bold == first.bold && (l.size - first.size).abs() <= 0.5;
        if !same || l.cells.len() != 1 || l.y - last.y > 1.6 * first.size {
            break;
        }
        title = join_lines(&title, l.text.trim());
        last = l;
    }
    (title.split_whitespace().count() >= 2 && !title.ends_with(['.', ':', ','])).then_some(title)
}

/// The subject of the paper an opinion or recommendation is about, as its header names it
/// ([`CITED_SUBJECT`]; layout family: Stellungnahmen and Empfehlungen of Beiräte and Ortsbeiräte
/// that print `Stellungnahme` / `zur Drucksache 87/2025 „…“` with no subject label): their
/// subject is that paper's. The paper word must be a paper type or a number label; a quoted
/// subject without its closing mark goes on on the next line.
fn cited_subject(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    let numbers = vocab.labels(LabelSet::Drucksache);
    let lines: Vec<&DLine> = doc.page_one().filter(|l| !l.furniture).take(25).collect();
    lines.iter().enumerate().find_map(|(i, l)| {
        if let Some(t) = cited_in_brackets(l.text.trim(), vocab)
            .or_else(|| subject_under_citation(&lines, i, vocab))
        {
            return Some(t);
        }
        let c = CITED_SUBJECT.captures(l.text.trim())?;
        let paper = c.name("paper")?.as_str();
        let f = crate::fold::alnum(paper);
        if !(vocab.is_doc_type(&f) || numbers.is_whole(paper)) {
            return None;
        }
        if let Some(d) = c.name("dashed") {
            return Some(d.as_str().trim().to_string());
        }
        let mut q = c.name("quoted")?.as_str().trim().to_string();
        if !q.ends_with(['“', '"', '«']) {
            q = join_lines(&q, &lines.get(i + 1)?.text);
        }
        let inner = q
            .trim_start_matches(['„', '“', '"', '»'])
            .trim_end_matches(['“', '"', '«']);
        // one pair of quotes around the whole, none inside
        (inner.chars().count() + 2 == q.chars().count()).then(|| inner.trim().to_string())
    })
}

/// The subject without a type heading printed on a line of its own over it and joined before it
/// (layout family: opinions, supplements and answers set as letters or plain pages whose heading
/// names only the paper — its type, filer, the paper it supplements or the question it answers —
/// over the subject: `Stellungnahme des Gemeinsamen Ortsrates` / subject, `Ergänzung zur
/// Vorlage VV 12/2026` / subject): what follows that line, when it opens with a capital and
/// holds three words or more. A heading that cites the paper's subject in quotes or after a dash
/// on the same line (`Empfehlung des Ortsteilrates zur Vorlage Nr. 12/2031 „…“`) gives that
/// subject ([`cited_in_heading`]).
fn without_type_heading_line(doc: &Doc, t: String, vocab: &Vocabulary) -> String {
    if let Some(cited) = cited_in_heading(&t, vocab) {
        return cited;
    }
    for l in doc.page_one().filter(|l| !l.furniture).take(40) {
        let Some(cell) = l.cells.first() else {
            continue;
        };
        let head = cell.text.trim();
        if head.split_whitespace().count() < 2 {
            continue;
        }
        let Some(rest) = t.strip_prefix(head) else {
            continue;
        };
        if !rest.starts_with(' ') {
            continue;
        }
        let rest = rest.trim();
        // a heading that runs on into the matter (`… der SPD-Kreistagsfraktion –` / matter)
        // is one printed title, kept whole
        if rest.split_whitespace().count() >= 3
            && rest.starts_with(char::is_uppercase)
            && typed::heading_only(head, vocab)
            && !cites_by_number(head, vocab)
            && !lines::ends_with_function_word(head)
        {
            return rest.to_string();
        }
    }
    t
}

/// True for a heading that names a matter by its number (`Stellungnahme … zum Bebauungsplan Nr.
/// 199`): printed as part of an opinion's title, which keeps it. A heading citing only another
/// *paper* by its number (`Beantwortung der Anfrage AF-12/2031`, `Kleine Anfrage KA-0207/XXI`,
/// `Stellungnahme des Ortsrates X zur Drucksache Nr. 045/2031`) names only what kind of paper
/// this is and which one it answers — a type line; the matter line under it is the title
/// (convention: `tests/fixtures/CONVENTIONS_TITLE.md`, 2). A supplement's heading naming the
/// paper it supplements (`Ergänzung zur Vorlage VV 12/2031`) names only its own kind.
///
/// A number right after the heading's first word is the paper's own (`Rundschreiben Nr.
/// 14/2031`, `Mitteilung 12/2031`; layout family: circulars and notices of Ämter set as letters,
/// the type and its number on a line over the subject), which names only its own kind.
fn cites_by_number(head: &str, vocab: &Vocabulary) -> bool {
    let words: Vec<&str> = head.split_whitespace().collect();
    let supplement = words.first().is_some_and(|w| {
        vocab.doc_type_of(&crate::fold::alnum(w)) == Some(DocType::Ergaenzungsvorlage)
    });
    let numbered = |w: &str| w == "Nr." || crate::record::drucksache::has_slash_and_digit(w);
    let own = words.get(1).is_some_and(|w| numbered(w));
    let numbers = vocab.labels(LabelSet::Drucksache);
    // the word the number belongs to, `Nr.` and a letter code passed over (`Anfrage AF
    // 0201/2031`, `Drucksache Nr. 045/2031`): a paper's type or number label names a paper
    let names_a_paper = |k: usize| {
        words
            .get(..k)
            .into_iter()
            .flatten()
            .rev()
            .find(|w| {
                let code = w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase());
                !(matches!(**w, "Nr." | "Nr" | "Nummer") || code)
            })
            .is_some_and(|w| {
                let f = crate::fold::alnum(w);
                vocab.is_doc_type(&f) || numbers.is_whole(w)
            })
    };
    !supplement
        && !own
        && words
            .iter()
            .enumerate()
            .any(|(k, w)| numbered(w) && !names_a_paper(k))
}

/// True for a type heading that ends citing only another paper by its kind and number
/// (`Stellungnahme des Ortschaftsrates X zur Drucksache Nr. 045/2031`; layout family: opinions
/// of Ortschaftsräte set as letters, that heading over the matter line): it names which paper
/// this one is on, not the matter (convention: `tests/fixtures/CONVENTIONS_TITLE.md`, 2).
fn cites_only_a_paper(t: &str, vocab: &Vocabulary) -> bool {
    let numbers = vocab.labels(LabelSet::Drucksache);
    [" zur ", " zum ", " zu "].iter().any(|p| {
        let Some(k) = t.rfind(p) else {
            return false;
        };
        let (Some(head), Some(rest)) = (t.get(..k), t.get(k + 1..)) else {
            return false;
        };
        CITED_ALONE.captures(rest).is_some_and(|c| {
            c.name("paper").is_some_and(|m| {
                let paper = m.as_str();
                vocab.is_doc_type(&crate::fold::alnum(paper)) || numbers.is_whole(paper)
            })
        }) && typed::heading_only(head, vocab)
    })
}

/// The subject a type heading cites on its own line (`Empfehlung des Ortsteilrates zur Vorlage
/// Nr. 2031/052 „Satzung über …“`; layout family: recommendations and opinions of Ortsteilräte
/// set as letters): the quoted or dashed subject of a citation ([`CITED_SUBJECT`]) after words
/// that only name the paper ([`typed::heading_only`]).
fn cited_in_heading(t: &str, vocab: &Vocabulary) -> Option<String> {
    let numbers = vocab.labels(LabelSet::Drucksache);
    [" zur ", " zum ", " zu "].iter().find_map(|p| {
        let k = t.find(p)?;
        let head = t.get(..k)?;
        // One word alone names only the paper when it is an opinion's or answer's type
        // (`Stellungnahme zur Vorlage 2031/142 – Neufassung …`; layout family: opinions of
        // Beiräte set as letters, the type, the cited paper and its subject on one line); a
        // supplement's (`Ergänzung zur Vorlage VO/12/2031 – …`) is its own title as printed.
        let single = vocab
            .doc_type_of(&crate::fold::alnum(head))
            .is_some_and(|d| matches!(d, DocType::Stellungnahme | DocType::Antwort));
        if !(single || head.split_whitespace().count() >= 2 && typed::heading_only(head, vocab)) {
            return None;
        }
        let c = CITED_SUBJECT.captures(t.get(k + 1..)?)?;
        let paper = c.name("paper")?.as_str();
        if !(vocab.is_doc_type(&crate::fold::alnum(paper)) || numbers.is_whole(paper)) {
            return None;
        }
        let subject = match (c.name("dashed"), c.name("quoted")) {
            (Some(d), _) => d.as_str().trim().to_string(),
            (None, Some(q)) => {
                let q = q.as_str().trim();
                let inner = q
                    .strip_prefix(['„', '“', '"', '»'])?
                    .strip_suffix(['“', '"', '«'])?;
                // one pair of quotes around the whole, none inside
                if inner.contains(['„', '“', '"', '»', '«']) {
                    return None;
                }
                inner.trim().to_string()
            }
            _ => return None,
        };
        (subject.split_whitespace().count() >= 2).then_some(subject)
    })
}

/// The subject without the filer line of a type heading joined before it (`der Landesregierung
/// Landesgesetz zur Änderung …`; layout family: bills and motions that print `Gesetzentwurf` /
/// `der Landesregierung` / subject): a lower-case `der`/`des` and at most four words, one naming
/// a filer, before a capitalised word.
fn without_filer_line(t: String, vocab: &Vocabulary) -> String {
    let words: Vec<&str> = t.split_whitespace().collect();
    if !words.first().is_some_and(|w| matches!(*w, "der" | "des")) {
        return t;
    }
    let Some(k) = words.iter().take(5).position(|w| names_a_filer(w, vocab)) else {
        return t;
    };
    let rest = words.get(k + 1..).unwrap_or_default();
    if rest.len() >= 3
        && rest
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
    {
        rest.join(" ")
    } else {
        t
    }
}

/// A paragraph of law cited as a paper's basis (`gem. § 31 Abs. 2`, `nach § 12`), without the
/// law's name: one pattern for the type statement and the answered letter's reference.
const LEGAL_BASIS: &str =
    r"(?:gem\.|gemäß|nach)\s+§+\s*\d+[a-z]?(?:\s+(?:Abs\.|Satz|Nr\.|S\.)\s*\d+[a-z]?)*";

/// A motion's or question's type with its legal basis (`Anfrage gem. § 31 Abs. 2 GeschO`,
/// `Antrag gemäß § 34 Abs. 5 GemO`, `Dringlichkeitsantrag nach § 12 der Geschäftsordnung`, the
/// law named by a genitive chain: `… nach § 23 der Geschäftsordnung des Kreistages`): the
/// statement of what the paper is, never its subject.
static TYPE_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:\p{{Lu}}\p{{Ll}}+e\s+)?(?P<type>\p{{Lu}}\p{{L}}+)\s+{LEGAL_BASIS}(?:(?:\s+(?:der|des)\s+\p{{Lu}}[\p{{L}}\-]+)+|\s+\p{{Lu}}[\p{{L}}\-]*)?",
    ))
    .unwrap_or_else(|_| super::text::never())
});

/// Where a type statement ([`TYPE_STATEMENT`]) opening `t` ends, when its word is a paper type.
fn type_statement_end(t: &str, vocab: &Vocabulary) -> Option<usize> {
    if !t.contains('§') {
        return None;
    }
    let c = TYPE_STATEMENT.captures(t)?;
    let ty = c.name("type")?.as_str();
    let end = c.get(0).map(|m| m.end())?;
    vocab
        .is_doc_type(&crate::fold::alnum(ty))
        .then(|| end + state_suffix_len(t.get(end..).unwrap_or_default()))
}

/// The length of a state's suffix after a law's abbreviation (` LSA` of `KVG LSA`, ` NRW` of
/// `GO NRW`, ` M-V` of `KV M-V`): one upper-case token of 2–4 letters, or two letters joined by
/// a hyphen, ending the text or followed by a space; 0 when `rest` does not open with one.
fn state_suffix_len(rest: &str) -> usize {
    let Some(body) = rest.strip_prefix(' ') else {
        return 0;
    };
    let token = body.split(' ').next().unwrap_or_default();
    let caps = token.chars().all(|c| c.is_uppercase()) && (2..=4).contains(&token.chars().count());
    let hyphened = {
        let parts: Vec<&str> = token.split('-').collect();
        parts.len() == 2
            && parts
                .iter()
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    };
    if caps || hyphened { 1 + token.len() } else { 0 }
}

/// A letter's reference to what it answers opening its subject block, with the legal basis the
/// question was put under (`Ihre Anfrage vom 13.11.2025 nach § 33 Abs. 3 GemO`; layout family:
/// answer letters of Verbandsgemeinden and Ämter, the reference and the subject as two bold
/// lines under the dateline).
static LEADING_REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:Ihr|Ihre|Ihren|Unser|Unsere)\s+\p{{L}}+\s+vom\s+(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{1,2}}\.\s+\p{{L}}+\s+\d{{4}})(?:\s+{LEGAL_BASIS}(?:\s+\p{{Lu}}[\p{{L}}\-]*\p{{Lu}}[\p{{L}}\-]*){{0,2}})?\s+(?P<rest>\p{{Lu}}.*)$",
    ))
    .unwrap_or_else(|_| super::text::never())
});

/// The subject without the answered letter's reference opening it ([`LEADING_REFERENCE`]), when
/// two words or more follow it.
fn without_leading_reference(t: String) -> String {
    // The pattern opens with `Ihr…`/`Unser…` (case-sensitive): other subjects never compile it,
    // the largest regex of a one-paper run (speed1's instruction counts, 2026-12-07).
    if !(t.starts_with("Ihr") || t.starts_with("Unser")) {
        return t;
    }
    match LEADING_REFERENCE.captures(&t).and_then(|c| c.name("rest")) {
        Some(rest) if rest.as_str().split_whitespace().count() >= 2 => rest.as_str().to_string(),
        _ => t,
    }
}

/// True for a type statement and nothing else (`Anfrage gem. § 31 Abs. 2 GeschO`; layout family:
/// motions and questions of council members set as letters, the statement as a bold heading over
/// the subject): it names the paper, not what it is about.
pub(super) fn is_type_statement(t: &str, vocab: &Vocabulary) -> bool {
    type_statement_end(t, vocab)
        .is_some_and(|end| t.get(end..).is_some_and(|r| r.trim().is_empty()))
}

/// The subject without the type statement a heading joined before it (`Antrag gemäß § 34 Abs. 5
/// GemO auf Aufnahme in die Tagesordnung der Sitzung … am 27.11.2025 – Kostenfreies Parken`;
/// layout family: motions of Fraktionen set as letters, the statement and its procedural
/// purpose a bold paragraph over the bold subject): what follows the first dash after the
/// statement, when it holds two words or more.
fn drop_type_statement(t: String, vocab: &Vocabulary) -> String {
    let Some(end) = type_statement_end(&t, vocab) else {
        return t;
    };
    let rest = t.get(end..).unwrap_or_default();
    match rest.find(" – ") {
        Some(k) => {
            let after = rest.get(k + " – ".len()..).unwrap_or_default().trim();
            if after.split_whitespace().count() >= 2 {
                after.to_string()
            } else {
                t
            }
        }
        // The statement on a line of its own over the subject, joined without a dash
        // (`Anfrage gemäß § 17 der Geschäftsordnung` / `Sachstand Sanierung der Sporthalle`;
        // layout family: questions and motions of council members set as letters): the rest,
        // when it opens with a capital and holds three words or more.
        None => {
            let after = rest.trim();
            if after.split_whitespace().count() >= 3 && after.starts_with(char::is_uppercase) {
                after.to_string()
            } else {
                t
            }
        }
    }
}

/// The subject without the closing sentence a decision line runs into it (layout family:
/// information papers whose subject stands right over the proposed decision, no label between:
/// `Entwicklung der Fallzahlen 2023 bis 2026` / `Der Ausschuss nimmt die Information zur
/// Kenntnis.`): the last part opening with an article or pronoun that is one closed sentence
/// ([`is_closed_sentence`]), after three words or more of subject that do not end a sentence.
fn without_closing_sentence(t: String) -> String {
    // cheap prefilter: a closed sentence ends on a full stop
    if !t.ends_with('.') {
        return t;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let cut = (3..words.len()).find(|&k| {
        let tail = words.get(k..).unwrap_or_default();
        matches!(
            words.get(k).copied(),
            Some("Der" | "Die" | "Das" | "Diese" | "Dieser" | "Dieses")
        ) && words
            .get(k - 1)
            .is_some_and(|w| !w.ends_with(['.', '!', '?', ':', ';']))
            // one sentence: no full stop before its end
            && tail
                .iter()
                .rev()
                .skip(1)
                .all(|w| !w.ends_with(['.', '!', '?']))
            && is_closed_sentence(&tail.join(" "))
    });
    match cut {
        Some(k) => words.get(..k).unwrap_or_default().join(" "),
        None => t,
    }
}

/// A bill's first lettered section heading run into its subject (`… für den Bezirksverband
/// Pfalz A. Problem und Regelungsbedürfnis`; layout family: Landtag Gesetzentwürfe, whose
/// sections are `A. Problem`, `B. Lösung`, …): the subject before ` A. `, when three words
/// or more precede it.
fn without_first_section(t: String) -> String {
    match t.find(" A. ") {
        Some(k)
            if t.get(..k)
                .is_some_and(|h| h.split_whitespace().count() >= 3)
                && t.get(k + 4..)
                    .is_some_and(|r| r.starts_with(char::is_uppercase)) =>
        {
            t[..k].to_string()
        }
        _ => t,
    }
}

/// An enumerated clause of running text (`2. eine Infektionskrankheit vorliegt, die …`; not
/// `1. öffentliche Sitzung …`) or a line of a table of contents (`§ 8 Inkrafttreten ........ 3`):
/// never a title.
static CLAUSE_OR_CONTENTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d+[.)]\s+\p{Ll}[^,]*,|\.{5}|…{2}").unwrap_or_else(|_| super::text::never())
});

/// True for text that may be a title. No value beats a wrong one: a letterhead's address or
/// contact line or a greeting is never a title, whichever strategy found it; nor is a section
/// heading (`A. Problem`), a cut-off line (`… Ergänzung zur`), the paper's type and number, the
/// authority's name or a sentence of the body.
fn fits(t: &str, vocab: &Vocabulary) -> bool {
    !is_letterhead_or_greeting(t, vocab)
        && !is_status_only(t, vocab)
        && !is_running_header(t, vocab)
        && !is_file_reference(t, vocab)
        && !is_garbled(t)
        && !is_enumerated_heading(t)
        && !lines::ends_with_function_word(t)
        && !t.ends_with(',')
        && !ATTACHMENT.is_match(t)
        && !AGENDA_ITEM.is_match(t)
        && !is_body_prose(t)
        && !names_only_the_paper(t, vocab)
        && !CLAUSE_OR_CONTENTS.is_match(t)
        && !is_authority(t, vocab)
        && !is_numbered_unit(t, vocab)
        && !is_closed_sentence(t)
        && !is_headings_only(t, vocab)
        && !is_session_line(t)
}

/// True for a running header of parts set apart by middle dots, one of which names only the
/// paper's kind (`Verkehrs-AG Talheim · Vorlage für den Aufsichtsrat`, `Stadt X · Beschlussvorlage`;
/// layout family: board papers of municipal companies whose page header names the company and
/// the paper's kind): furniture of the page, not its subject.
fn is_running_header(t: &str, vocab: &Vocabulary) -> bool {
    t.contains(" · ")
        && t.split(" · ").any(|part| {
            let part = part.trim();
            super::doctype::is_generic_paper(part) || vocab.names_doc_type(part)
        })
}

/// True for a public-status mark and nothing else (`nicht öffentlich`, `öffentlich`; layout
/// family: papers of boards and companies whose header prints the status on a line of its own
/// between the number and the subject): a field's value, never a subject.
fn is_status_only(t: &str, vocab: &Vocabulary) -> bool {
    vocab
        .status_of(&crate::fold::spelled(
            t.trim_matches(['(', ')', '[', ']', ' ']),
        ))
        .is_some()
}

/// The title without a public-status mark in brackets at its end (`14. Sitzung des Gemeinderats
/// (öffentlich)`, `Bericht … (nicht öffentlich)`; layout family: invitations and board papers
/// that print the session's or the paper's status after its name): the status is the `public`
/// field, not part of the name. A title that would be empty without it stays.
fn without_status_mark(t: String, vocab: &Vocabulary) -> String {
    let trimmed = t.trim_end();
    let Some(inner) = trimmed.strip_suffix(')') else {
        return t;
    };
    let Some(open) = inner.rfind('(') else {
        return t;
    };
    let (head, mark) = (inner.get(..open).unwrap_or_default(), inner.get(open + 1..));
    let head = head.trim_end().trim_end_matches(['–', '-', ',']).trim_end();
    match mark {
        Some(m)
            if vocab.status_of(&crate::fold::spelled(m.trim())).is_some()
                && head.split_whitespace().count() >= 2 =>
        {
            head.to_string()
        }
        _ => t,
    }
}

/// True for a letter's file reference and nothing else (`Unser Zeichen FB4-632/Schw`, `Az.
/// 61.2-BP71/2031`; layout family: DIN 5008 letters whose reference fields stand as lines of
/// the information block above the subject): a file-reference label and one token with a digit.
fn is_file_reference(t: &str, vocab: &Vocabulary) -> bool {
    vocab
        .labels(LabelSet::FileReferences)
        .strip(t)
        .is_some_and(|(rest, _)| {
            let mut tokens = rest.split_whitespace();
            tokens
                .next()
                .is_some_and(|w| w.chars().any(|c| c.is_ascii_digit()))
                && tokens.next().is_none()
        })
}

/// True for section headings and nothing else (`Begründung / Sachverhalt`, `BEGRÜNDUNG UND
/// SACHVERHALT`): the body's first heading read for the subject (every layout whose subject the
/// strategies missed).
fn is_headings_only(t: &str, vocab: &Vocabulary) -> bool {
    let headings = vocab.labels(LabelSet::Headings);
    let mut rest = t.trim();
    for _ in 0..4 {
        let Some((after, _)) = headings.strip(rest) else {
            return false;
        };
        let after = after.trim_start();
        let after = ["und ", "UND ", "& "]
            .iter()
            .find_map(|c| after.strip_prefix(c))
            .unwrap_or(after)
            .trim_start();
        if after.is_empty() {
            return true;
        }
        rest = after;
    }
    false
}

/// A session a paper goes to, ending on its date (`für die Sitzung des Ausschusses für … am
/// 01.10.2013`, `1. Ausschuss für Soziales – 12.01.2018`): a Beratungsfolge line, not a subject.
static SESSION_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\bam|\s[–-])\s+[0-9]{1,2}\.\s*(?:[0-9]{1,2}\.\s*|\p{L}+\s+)[0-9]{2,4}$")
        .unwrap_or_else(|_| super::text::never())
});

/// True for a session line taken for a title (see [`SESSION_LINE`]): it names a session or a
/// committee, or is a numbered row.
fn is_session_line(t: &str) -> bool {
    let lower = t.to_lowercase();
    SESSION_LINE.is_match(t)
        && (lower.contains("sitzung")
            || lower.contains("ausschuss")
            || t.split_whitespace().next().is_some_and(|w| {
                w.ends_with('.') && w.len() <= 3 && w.starts_with(|c: char| c.is_ascii_digit())
            }))
}

/// A candidate's text as a title: without a dateline or an e-mail's forward mark before it.
fn normalized(t: String) -> String {
    drop_forward_mark(drop_dateline(t))
}

/// An agenda item (`TOP 5 Verschiedenes`): one point of a session, not the paper's subject.
static AGENDA_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:TOP|Tagesordnungspunkt)\s*\d").unwrap_or_else(|_| super::text::never())
});

/// A motion's operative words (`Die Gemeindevertretung möge beschließen:`, `Die Verwaltung wird
/// beauftragt, …`): the request itself, never its title.
static MOTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:möge|wolle|möchte)\s+(?:folgendes\s+)?beschließen\b|\bwird\s+beauftragt\b",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// A sentence ending inside the text and another one after it (`… überflutet. Das Land …`).
static SENTENCE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Ll}{3}[.!?]\s+\p{Lu}").unwrap_or_else(|_| super::text::never())
});

/// A letter's place and date glued before its subject (`Offenburg, 11.03.2024 Ihre Anfrage …`).
/// The place (after its capital) holds 1–40 characters ([`super::text::chars_within`]).
static DATELINE_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}(?P<place>[\p{L}.\- ]+),\s+(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{4}\s+",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// True for body text taken for a title: a motion's operative sentence, or running prose of full
/// sentences (a subject line glued to the paragraph below it). No title beats that one.
pub(super) fn is_body_prose(t: &str) -> bool {
    MOTION.is_match(t)
        || (t.ends_with('.') && SENTENCE_BREAK.is_match(t))
        || NEW_SENTENCE.is_match(t)
}

/// A sentence ending inside the text and the next one opening with an article or pronoun (`…
/// Eigenmittel. Die Kapitalkosten fließen …`; layout family: two-column pages whose body column
/// runs beside the side bar, a body line taken for a title): running prose, however it ends.
static NEW_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Ll}{3}[.!?]\s+(?:Die|Der|Das|Dies|Diese|Dieser|Dieses|Es|Sie|Er|Wir|Ich)\s")
        .unwrap_or_else(|_| super::text::never())
});

/// The title without an e-mail's forward or reply mark (`WG: …`, `AW: …`, `Fwd: …`).
fn drop_forward_mark(t: String) -> String {
    let mut rest = t.as_str();
    while let Some((head, tail)) = rest.split_once(':') {
        if !matches!(
            head.trim().to_lowercase().as_str(),
            "wg" | "aw" | "fw" | "fwd" | "re"
        ) {
            break;
        }
        rest = tail.trim_start();
    }
    if rest.is_empty() { t } else { rest.to_string() }
}

/// The title without a letter's dateline glued before it.
fn drop_dateline(t: String) -> String {
    // A comma is cheap to look for; the pattern is compiled only where it may match.
    let end = (t.contains(',') && t.contains(char::is_numeric))
        .then(|| DATELINE_PREFIX.captures(&t))
        .flatten()
        .filter(|c| {
            c.name("place")
                .is_some_and(|p| chars_within(p.as_str(), 1, 40))
        })
        .and_then(|c| c.get(0))
        .map(|m| m.end());
    match end {
        Some(end) if end < t.len() => t[end..].to_string(),
        _ => t,
    }
}

/// A type line with the paper's date joined before its subject (`Antrag vom 03.02.2025 – Sichere
/// Querung …`, layout family: a motion whose type and date stand on the line above the subject),
/// or the request an answer letter cites (`Ihre Anfrage AF 25/0211 vom 12.03.2025 – …`; without
/// a number only before a subject that opens with a capital, `Ihre Anfrage vom 29.10.2025` /
/// `Zustand der …`: layout family of answer letters whose reference line stands over the subject;
/// `Ihr Schreiben vom …` alone, going on in lower case or after a dash stays, it is the subject
/// as printed; an adjective may stand before the cited paper and an answer's word before the
/// pronoun: `Ihre schriftliche Anfrage vom …`, `Beantwortung Ihrer Anfrage vom …`).
static TYPE_AND_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?:(?:Beantwortung|Antwort)\s+(?:Ihrer|Ihres|auf\s+Ihre)|Ihre|Ihr|Unsere|Unser)\s+(?:\p{Ll}+\s+)?(?P<cited>\S+)(?P<num>\s+(?:Nr\.\s*)?(?:[A-ZÄÖÜ]{1,4}\s?)?[0-9][0-9/.\-]*)?|(?P<type>\S+))\s+vom\s+[0-9]{1,2}\.\s*[0-9]{1,2}\.\s*[0-9]{4}\s*[–-]?\s+",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// A paper's type and its filer before a colon and the subject (`Antrag des Ortsrates X: Tempo
/// 30 …`, `Anfrage der Fraktion Y: …`; layout family: motions of Fraktionen and local councils
/// whose subject line names the filer): the type, an article, at most eight words of a name
/// (capitalised words and the small words of names; `… zur Entsiegelung … hier:` is no name).
static TYPE_AND_FILER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<type>\p{Lu}\p{L}+)\s+(?:des|der)(?P<filer>(?:\s+(?:[\p{Lu}0-9][^\s:]*|der|des|die|im|in|von|und|am|an))+):\s+",
    )
        .unwrap_or_else(|_| super::text::never())
});

/// The words `words[from..]` up to the end of the session phrase that opens them (`zur Sitzung
/// des Kreistages am 25.06.2025`, `Sitzung des Beirats X am 19.06.2025 und des …`): the number
/// of words the phrase takes, when it ends on a date.
fn session_phrase_len(words: &[&str], vocab: &Vocabulary) -> Option<usize> {
    let mut best = None;
    let mut found = 0;
    for p in 3..=words.len().min(24) {
        let text = words.get(..p)?.join(" ");
        if !text.ends_with(|c: char| c.is_ascii_digit() || c == '.') {
            continue;
        }
        let n = consultations::motion_session(&text, vocab).len();
        if n > found {
            found = n;
            best = Some(p);
        }
    }
    best
}

/// The subject without the session phrase a header block joined to it (layout family: motions
/// and answers whose subject stands over or under the session they are filed for): `Antrag zur
/// Sitzung des Kreistages am 25.06.2025 Wiederaufnahme …` keeps what follows the date;
/// `Baustellenkoordinierung … Sitzung des Stadtbezirksrates X am 04.06.2025 TOP 6.1.2` keeps
/// what precedes the phrase (an agenda item number after it goes with it).
fn without_session_phrase(t: String, vocab: &Vocabulary) -> String {
    // cheap prefilter: a session phrase names `Sitzung`
    if !t.contains("Sitzung ") {
        return t;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some(k) = words.iter().position(|w| *w == "Sitzung") else {
        return t;
    };
    // The lead-in before `Sitzung` (`Antrag zur`, `für die`, `in die`).
    let lead = |from: usize| {
        let mut s = from;
        while s > 0
            && words.get(s - 1).is_some_and(|w| {
                matches!(w.to_lowercase().as_str(), "zur" | "für" | "die" | "in")
                    || (s - 1 == 0 && vocab.is_doc_type(&crate::fold::alnum(w)))
            })
        {
            s -= 1;
        }
        s
    };
    let start = lead(k);
    let Some(len) = words
        .get(start..)
        .and_then(|w| session_phrase_len(w, vocab))
    else {
        return t;
    };
    let end = start + len;
    let before = words.get(..start).unwrap_or_default();
    let mut after = words.get(end..).unwrap_or_default();
    // `TOP 6.1.2` / `Tagesordnungspunkt 3` right after the session belongs to it.
    if after
        .first()
        .is_some_and(|w| consultations::is_agenda_word(w))
        && after.len() <= 2
    {
        after = &[];
    }
    // `Bericht aus der Sitzung des … am …`: a subject about a session goes on into it.
    if before
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase))
    {
        return t;
    }
    let kept = match (before.is_empty(), after.is_empty()) {
        (true, false) => after,
        (false, true) => before,
        _ => return t,
    };
    if kept.len() < 2 {
        return t;
    }
    kept.join(" ")
}

/// The subject without a motion's or question's procedural head before a dash (layout family:
/// Anträge and Anfragen of Fraktionen and members set as letters, whose subject line opens with
/// the paper's type and its procedure, then a dash: `Antrag gem. § 3 GeschO – Sichere Querung
/// …`, `Antrag zur Sitzung am 29.10.2031 – Ausschuss für Soziales – Hitzeschutz …`): the first
/// part — the paper's own type, then only its procedure
/// ([`super::doctype::names_only_procedure`]: procedure words, numbers and dates, a rule's
/// abbreviation, naming a `§` or a `Sitzung`) — and the committee names after it are dropped when a subject of three or more words remains. A head
/// naming a filer or a cited paper (`Anfrage der Fraktion X –`, `Anfrage Nr. 12/2031 –`) stays.
fn without_procedure_head(t: String, vocab: &Vocabulary, doc_type: Option<DocType>) -> String {
    if !matches!(doc_type, Some(DocType::Antrag | DocType::Anfrage)) {
        return t;
    }
    // the parts between dashes set apart by spaces: (start, end) of each separator
    let mut seps: Vec<(usize, usize)> = t
        .match_indices(" – ")
        .chain(t.match_indices(" - "))
        .map(|(i, m)| (i, i + m.len()))
        .collect();
    seps.sort_unstable();
    let Some(&(first_end, mut rest_at)) = seps.first() else {
        return t;
    };
    let head: Vec<&str> = t
        .get(..first_end)
        .unwrap_or_default()
        .split_whitespace()
        .collect();
    let own_type = head
        .first()
        .is_some_and(|w| vocab.doc_type_of(&crate::fold::alnum(w)) == doc_type);
    let procedural = super::doctype::names_only_procedure(head.get(1..).unwrap_or_default());
    if !own_type || !procedural {
        return t;
    }
    // committee names after the head (`– Ausschuss für Gesundheit und Soziales –`)
    for pair in seps.windows(2) {
        let [(_, from), (to, next)] = pair else {
            break;
        };
        let part = t.get(*from..*to).unwrap_or_default();
        let committee = part
            .split_whitespace()
            .next()
            .is_some_and(|w| consultations::is_committee_noun(w, vocab))
            && part.split_whitespace().count() <= 8
            && !part.chars().any(|c| c.is_ascii_digit());
        if !committee {
            break;
        }
        rest_at = *next;
    }
    match t.get(rest_at..) {
        Some(rest) if rest.split_whitespace().count() >= 3 => rest.to_string(),
        _ => t,
    }
}

/// The subject without the reference line a letter prints under it (layout family: DIN 5008
/// letters and opinions, `… Beteiligung der Behörden nach § 4 Abs. 2 BauGB` / `Ihr Schreiben vom
/// 08.07.2025`): a closing `Ihr(e)/Unser(e) <word> vom <date>` after at least three words of
/// subject. Alone, or with more after it, it stays (see [`TYPE_AND_DATE`]).
fn without_reference_line(t: String, vocab: &Vocabulary) -> String {
    // cheap prefilter: the reference's `vom`
    if !t.contains(" vom ") {
        return t;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some(k) = words
        .iter()
        .rposition(|w| matches!(*w, "Ihr" | "Ihre" | "Unser" | "Unsere"))
    else {
        return t;
    };
    let tail = words.get(k..).unwrap_or_default();
    let dated = tail.get(2) == Some(&"vom") && {
        let rest = tail.get(3..).unwrap_or_default().join(" ");
        // the date ends the line, or a file reference follows it (`… vom 29.09.2025 – Az. GL 5`)
        find_dates(&rest, vocab).first().is_some_and(|d| {
            let after = rest.get(d.end..).unwrap_or_default();
            d.start == 0
                && (after.is_empty()
                    || vocab
                        .labels(LabelSet::FileReferences)
                        .starts(after.trim_start_matches([' ', '–', '-', ',', ';'])))
        })
    };
    if k >= 3 && dated {
        words.get(..k).unwrap_or_default().join(" ")
    } else {
        t
    }
}

/// The subject without the line an answer prints under it naming the paper it answers (layout
/// family: answers and opinions, `Besucherlenkung am Emscher-Radweg` / `Anfrage der SPD-Fraktion
/// vom 24.11.2025 (Drucksache Nr. 14/0735)`): a closing paper type with `der`/`des`, at most six
/// words of its filer, `vom` and a date that ends the line or a bracketed number after it, after
/// at least three words of subject. Alone it stays.
fn without_cited_paper_line(t: String, vocab: &Vocabulary) -> String {
    // cheap prefilter: the citation's `vom`
    if !t.contains(" vom ") {
        return t;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let is_type = |w: &str| {
        let f = crate::fold::alnum(w);
        !f.is_empty() && w.starts_with(char::is_uppercase) && vocab.is_doc_type(&f)
    };
    let cut = (3..words.len()).rev().find(|&k| {
        let tail = words.get(k..).unwrap_or_default();
        let Some(v) = tail.iter().position(|w| *w == "vom") else {
            return false;
        };
        let rest = tail.get(v + 1..).unwrap_or_default().join(" ");
        // after a dash the citation is part of the printed title (`… Rudeltplatz – Antrag des …`)
        !matches!(words.get(k - 1).copied(), Some("–" | "-"))
            && is_type(tail.first().copied().unwrap_or(""))
            && matches!(tail.get(1).copied(), Some("der" | "des"))
            && (3..=8).contains(&v)
            && find_dates(&rest, vocab).first().is_some_and(|d| {
                let after = rest.get(d.end..).unwrap_or_default().trim();
                d.start == 0
                    && (after.is_empty()
                        || (after.starts_with('(')
                            && after.ends_with(')')
                            && after.chars().any(|c| c.is_ascii_digit())))
            })
    });
    match cut {
        Some(k) => words.get(..k).unwrap_or_default().join(" "),
        None => t,
    }
}

/// The subject without a leading paper type and date (`Antrag vom 03.02.2025 – `) or type and
/// filer (`Antrag des Ortsrates X: `).
fn drop_type_and_date(t: String, vocab: &Vocabulary) -> String {
    // each pattern compiled only where it may match: a date after `vom`, a filer before `:`
    let dated = t.contains("vom ") && t.bytes().any(|b| b.is_ascii_digit());
    let filed = t.contains(':') && (t.contains(" des ") || t.contains(" der "));
    let end = [(dated, &TYPE_AND_DATE), (filed, &TYPE_AND_FILER)]
        .into_iter()
        .filter(|(may, _)| *may)
        .filter_map(|(_, re)| re.captures(&t))
        .filter(|c| {
            c.name("type")
                .or_else(|| c.name("cited"))
                .is_some_and(|w| vocab.is_doc_type(&crate::fold::alnum(w.as_str())))
        })
        .filter(|c| {
            // `Ihr Schreiben vom … – Subject` is the subject as printed; the reference on a line
            // of its own (no dash) is not
            let unnumbered = c.name("cited").is_some() && c.name("num").is_none();
            let m = c.get(0);
            let rest = m.and_then(|m| t.get(m.end()..)).unwrap_or_default();
            let dashed = m.is_some_and(|m| m.as_str().trim_end().ends_with(['–', '-']));
            !unnumbered || (rest.starts_with(char::is_uppercase) && !dashed)
        })
        .filter(|c| {
            c.get(0)
                .is_some_and(|m| m.as_str().split_whitespace().count() <= 11)
                // at most eight words of a filer's name (counted here: a bounded repetition in
                // the pattern would compile its Unicode classes once per repetition)
                && c.name("filer")
                    .is_none_or(|f| f.as_str().split_whitespace().count() <= 8)
        })
        .find_map(|c| c.get(0))
        .map(|m| m.end());
    match end.or_else(|| filer_and_addressee_end(&t, vocab)) {
        Some(end)
            if t.get(end..)
                .is_some_and(|r| r.split_whitespace().count() >= 3) =>
        {
            t[end..].to_string()
        }
        _ => t,
    }
}

/// True for a word that names who files papers: a committee (`Magistrats`, `Ortsbeirates`), a
/// body from outside the administration (`SPD-Fraktion`, `Gruppe`), the administration or its
/// head (`Verwaltung`, `Bürgermeisters`).
fn names_a_filer(w: &str, vocab: &Vocabulary) -> bool {
    let lower = w.to_lowercase();
    consultations::is_committee_noun(w, vocab)
        || vocab
            .labels(LabelSet::DepartmentNot)
            .iter()
            .any(|b| lower.contains(b.lower.as_str()))
        || ["verwaltung", "bürgermeister", "landrat", "landrät"]
            .iter()
            .any(|h| lower.contains(h))
        // a Verband filing an opinion (`des Regionalen Planungsverbandes`, `des Zweckverbandes`;
        // layout family: opinions of Verbände on plans, set as letters)
        || ["verband", "verbandes", "verbands"]
            .iter()
            .any(|h| lower.ends_with(h))
}

/// Where a type line with its filer and one-word addressee ends, joined before the subject
/// without a colon (`Antrag des Ortsbeirates Petterweil an die Stadtverordnetenversammlung` /
/// `Sanierung des Spielplatzes …`; layout family: motions of Hessian Ortsbeiräte, two bold
/// lines): the type, `des`/`der`, at most six words of the filer, `an die`/`an den` and a
/// committee noun or the head of the administration.
fn filer_and_addressee_end(t: &str, vocab: &Vocabulary) -> Option<usize> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let first = words.first()?;
    if !vocab.is_doc_type(&crate::fold::alnum(first))
        || !words.get(1).is_some_and(|w| matches!(*w, "des" | "der"))
    {
        return None;
    }
    let an = words
        .iter()
        .take(9)
        .position(|w| *w == "an")
        .filter(|&k| k >= 3)?;
    if !words
        .get(an + 1)
        .is_some_and(|w| matches!(*w, "die" | "den"))
    {
        return None;
    }
    let addressee = words.get(an + 2)?;
    let head = [
        "Magistrat",
        "Bürgermeister",
        "Oberbürgermeister",
        "Oberbürgermeisterin",
    ];
    if !(consultations::is_committee_noun(addressee, vocab) || head.contains(addressee)) {
        return None;
    }
    // The byte offset after the addressee (the words are separated by single spaces once the
    // title is normalized; found again in the text to be safe).
    let upto = words.get(..an + 3)?.join(" ");
    t.starts_with(&upto).then(|| upto.len() + 1)
}

/// True for words that name a paper, not its subject: a type or number label with a number
/// (`Antrag Nr. KA/2012/967`, `Drucksache 2012/02510`, a body's `Bezug:` or a header's number
/// line), or a short heading ending on the paper's type (`Kurzübersicht zur Beschlussvorlage`).
pub(super) fn names_only_the_paper(t: &str, vocab: &Vocabulary) -> bool {
    let numbers = vocab.labels(LabelSet::Drucksache);
    let is_type = |w: &str| {
        vocab.names_doc_type(w)
            // a body's code before the type (`AR-Vorlage`, `BV-Drucksache`; layout family:
            // papers of boards and district councils numbered with their body's letters)
            || w.split_once('-').is_some_and(|(code, ty)| {
                (1..=4).contains(&code.len())
                    && code.chars().all(|c| c.is_ascii_uppercase())
                    && {
                        let f = crate::fold::alnum(ty);
                        !f.is_empty() && (vocab.is_doc_type(&f) || numbers.is_whole(ty))
                    }
            })
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    let has_number = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    let reference = has_number
        && words.iter().all(|w| {
            w.chars().any(|c| c.is_ascii_digit())
                || is_type(w)
                || numbers.is_whole(w)
                || {
                    let f = crate::fold::alnum(w);
                    vocab.public.has_alnum(&f) || vocab.nonpublic.has_alnum(&f)
                }
                || matches!(*w, "Nr." | "Nr" | "Nummer" | "No." | "-" | "–" | "/")
                // an answer's heading citing the question (`Beantwortung der Anfrage AF
                // 0201/2025`; layout family: answer letters heading their subject)
                || matches!(*w, "der" | "des" | "einer" | "eines" | "zur" | "zum")
                // a number's letter code (`Drucksache B 154/2024`, `VO 12/2023`)
                || (w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()))
        });
    let type_heading = words.len() <= 4
        && words.len() >= 2
        && words.last().is_some_and(|w| is_type(w))
        && words
            .get(words.len() - 2)
            .is_some_and(|w| matches!(*w, "zur" | "zum" | "der" | "des"));
    // A type heading with its filer alone (`Antwort des Magistrats`, `Antrag der SPD-Fraktion`;
    // layout family: answer and motion letters that head the subject with their type): it names
    // who wrote, not what about.
    let type_and_filer = (3..=4).contains(&words.len())
        && !has_number
        && words.first().is_some_and(|w| is_type(w))
        && words
            .get(1)
            .is_some_and(|w| matches!(*w, "der" | "des" | "eines" | "einer"))
        && words.get(2..).is_some_and(|rest| {
            rest.iter()
                .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ':']))
                && rest.iter().any(|w| names_a_filer(w, vocab))
        });
    // The type with what it is for or whom it goes to (`Mitteilung zur Kenntnisnahme`,
    // `Information an den Stadtrat`; layout family: information papers heading the page with
    // their type and purpose, the subject further down): it says what the paper is, not what
    // it is about.
    let type_and_purpose = (3..=5).contains(&words.len())
        && !has_number
        && words.first().is_some_and(|w| is_type(w))
        && match words.get(1).copied() {
            Some("zur" | "zum") => {
                consultations::role_of(&words[1..].join(" "), &vocab.roles).is_some()
            }
            Some("an") => {
                matches!(words.get(2).copied(), Some("den" | "die" | "das"))
                    && words.get(3..).is_some_and(|rest| {
                        rest.iter().all(|w| w.starts_with(char::is_uppercase))
                            && rest
                                .iter()
                                .any(|w| consultations::is_committee_noun(w, vocab))
                    })
            }
            _ => false,
        };
    // The answer's type, the question answered, who asked and when (`Beantwortung der Anfrage
    // der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 08.10.2031`; layout family: answers whose grid
    // prints such a line under `Gegenstand` over the matter under `Betreff`): it names the paper,
    // not the matter — a type first, a type after `der`/`des`, then only a filer (its nouns and
    // capitals, party names printed in capitals), `vom`/`von` and a date.
    let answered = words.len() <= 14
        && words.first().is_some_and(|w| is_type(w))
        && words
            .get(1..3)
            .is_some_and(|w| matches!(w, [a, b] if matches!(*a, "der" | "des" | "einer" | "eines") && is_type(b)))
        && words.iter().skip(3).all(|w| {
            let plain = w.trim_end_matches([',', '.']);
            matches!(plain, "der" | "des" | "vom" | "von" | "den" | "dem" | "und")
                || names_a_filer(plain, vocab)
                || plain.chars().any(|c| c.is_ascii_digit())
                || (plain.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && plain.chars().all(|c| !c.is_lowercase()))
                || vocab.labels(LabelSet::Drucksache).is_whole(plain)
        })
        && words.iter().skip(3).any(|w| {
            names_a_filer(w, vocab) || w.chars().any(|c| c.is_ascii_digit())
        });
    reference
        || type_heading
        || type_and_filer
        || type_and_purpose
        || answered
        || is_type_statement(t, vocab)
}

/// True for the authority's name at the top of a letterhead (`Stadt Aachen`, `Stadt Kempten
/// (Allgäu)`, `Landeshauptstadt Erfurt`): an authority word and at most two more words.
fn is_authority(t: &str, vocab: &Vocabulary) -> bool {
    let plain = t.split(" (").next().unwrap_or(t);
    let authorities = vocab.labels(LabelSet::Authorities);
    // `Universitätsstadt Siegen`: a compound ending on an authority word.
    let first = plain.split_whitespace().next().unwrap_or("").to_lowercase();
    let compound = plain.split_whitespace().count() <= 3
        && authorities
            .iter()
            .any(|a| first.len() > a.lower.len() && first.ends_with(a.lower.as_str()));
    // `Stadt Esslingen am Neckar`, `Stadt Frankfurt an der Oder`: a place name with its river.
    let place = |rest: &str| {
        let words: Vec<&str> = rest.split_whitespace().collect();
        words.len() <= 2
            || (words.len() <= 4
                && words
                    .first()
                    .is_some_and(|w| w.starts_with(char::is_uppercase))
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        || matches!(*w, "am" | "an" | "der" | "im" | "ob" | "in" | "bei")
                }))
    };
    compound
        || authorities
            .strip(plain)
            .is_some_and(|(rest, _)| place(rest))
}

/// True for an administrative unit with its number (`23 - Liegenschaftsamt`, `15 – Referat
/// Digitale Stadt`): the letterhead's office, not a subject.
fn is_numbered_unit(t: &str, vocab: &Vocabulary) -> bool {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    if rest.len() == t.len() {
        return false;
    }
    let Some(name) = rest.trim_start().strip_prefix(['-', '–']) else {
        return false;
    };
    let lower = name.to_lowercase();
    name.split_whitespace().count() <= 5
        && vocab
            .labels(LabelSet::UnitWords)
            .iter()
            .any(|u| lower.contains(u.lower.as_str()))
}

/// True for one complete sentence of running text (`Eine Zwischenbilanz ist nach Ablauf eines
/// Jahres vorgesehen.`): six words or more, ending on a full stop after a lower-case word (a
/// verb); a title ends on its subject (`… e.V.`, `… Nr. 5.`).
fn is_closed_sentence(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    // `Der Ausschuss nimmt den Bericht zur Kenntnis.`, `Diese Vorlage ersetzt die Vorlage 12/2023.`:
    // an article or pronoun opens the sentence.
    let opens_sentence = words.first().is_some_and(|w| {
        matches!(
            *w,
            "Der" | "Die" | "Das" | "Diese" | "Dieser" | "Dieses" | "Dies" | "Es" | "Wir" | "Ich"
        )
    });
    words.len() >= 6
        && words.last().is_some_and(|w| {
            w.ends_with('.')
                && w.chars().filter(|c| c.is_alphanumeric()).count() >= 4
                && (opens_sentence || w.chars().next().is_some_and(char::is_lowercase))
        })
}

/// True when a title only names who filed the paper (`Antrag der Fraktion X`, `Fraktion der
/// CDU`, `Antrag der Verwaltung`, `Stabsstelle Digitalisierung`): its words, but for the type word
/// and articles, are all words of the originator or the department (or `Verwaltung`).
pub(super) fn names_the_filer(t: &str, filers: &[Option<&str>], vocab: &Vocabulary) -> bool {
    let tokens = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .map(crate::fold::alnum)
            .filter(|w| !w.is_empty())
            .collect()
    };
    let known: std::collections::HashSet<String> = filers
        .iter()
        .flatten()
        .flat_map(|f| tokens(f))
        .chain(std::iter::once("verwaltung".to_string()))
        .collect();
    let is_type = |w: &str| vocab.is_doc_type(w);
    let rest: Vec<String> = tokens(t)
        .into_iter()
        .filter(|w| {
            !is_type(w)
                && !matches!(
                    w.as_str(),
                    "der" | "des" | "die" | "von" | "vom" | "im" | "und"
                )
                && !w.chars().all(|c| c.is_ascii_digit())
        })
        .collect();
    !rest.is_empty() && rest.iter().all(|w| known.contains(w))
}

/// A character no title prints; OCR makes it of stains and stamps (`%R1ecycl0ing`).
static STRAY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[%$|~^{}<>\\_=*#]").unwrap_or_else(|_| super::text::never()));
/// Digits inside a lower-case word (`Recycl0ing`, `Frakt1on`); `CO2e`, `U3-Gruppe` or `B 02870`
/// are no such word.
static DIGIT_IN_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{Ll}\d+\p{L}|\p{L}\d+\p{Ll}{2}").unwrap_or_else(|_| super::text::never())
});

/// True when a letter, digits and a letter follow each other in `w` (alphabetic, numeric,
/// alphabetic: wider classes than [`DIGIT_IN_WORD`]'s `\p{L}`, `\d`, `\p{Ll}`, so every match
/// of it passes): most words with digits (`2024`, `U3-Gruppe`, `Nr. 12`) then neither compile
/// nor run the pattern.
fn letter_digits_letter(w: &str) -> bool {
    let mut chars = w.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_alphabetic() || !chars.peek().is_some_and(|d| d.is_numeric()) {
            continue;
        }
        while chars.next_if(|d| d.is_numeric()).is_some() {}
        if chars.peek().is_some_and(|l| l.is_alphabetic()) {
            return true;
        }
    }
    false
}

/// True for text that is no title but noise — mostly a scan's misread stamp or margin note: a
/// fifth of its words hold stray characters or digits inside words, or it has no word of four
/// letters (`TV 7 an 7270.04. ZONZ`) but a lone capitalised one. A wrong title is worse than none.
fn is_garbled(t: &str) -> bool {
    let tokens: Vec<&str> = t.split_whitespace().collect();
    let noisy = tokens
        .iter()
        .filter(|w| STRAY.is_match(w) || (letter_digits_letter(w) && DIGIT_IN_WORD.is_match(w)))
        .count();
    if noisy > 0 && noisy * 5 >= tokens.len() {
        return true;
    }
    let long: Vec<&str> = t
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let lower = long.iter().any(|w| w.chars().any(char::is_lowercase));
    long.is_empty() || (!lower && long.len() < 2)
}

/// An attachment's heading alone (`Anlage 2`, `Anlage (zu Nummer 5.2.1)`): it names no subject.
static ATTACHMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Anlagen?(?:\s+(?:\d+[a-z]?|[IVX]+))?(?:\s*\([^)]*\))?$")
        .unwrap_or_else(|_| super::text::never())
});

/// A letter's place and date (`Talbrück, den 9. April 2024`, `Bremen, 29.08.2024`).
/// The place (after its capital, without a `den` before the date) holds 1–40 characters.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\p{Lu}(?P<place>[\p{L}.\- ]+),?\s+(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|\p{L}+)\s*\d{2,4}$",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// True for a letter's dateline (see [`DATELINE`]).
fn is_dateline(t: &str) -> bool {
    if !(t.contains('.') && t.contains(char::is_numeric)) {
        return false;
    }
    DATELINE.captures(t).is_some_and(|c| {
        c.name("place").is_some_and(|p| {
            // Without a comma the place may have taken ` den` and spaces: the shortest reading counts.
            let place = p.as_str().trim_end_matches(' ');
            let place = place
                .strip_suffix("den")
                .filter(|rest| rest.ends_with(' '))
                .map_or(place, |rest| rest.trim_end_matches(' '));
            chars_within(place, 0, 40)
        })
    })
}

/// True for text that belongs to a letterhead (an address, a phone, fax or e-mail line) or
/// opens a letter (`Sehr geehrte …`).
fn is_letterhead_or_greeting(t: &str, vocab: &Vocabulary) -> bool {
    let contact = vocab.labels(LabelSet::Contact);
    let heads = vocab.labels(LabelSet::OriginatorHeads);
    super::text::has_postcode_place(t)
        || is_dateline(t)
        // `Stadt Talbrück Der Oberbürgermeister`: the authority's letterhead lines.
        || heads.iter().any(|h| {
            t.strip_suffix(h.text.as_str())
                .is_some_and(|pre| pre.is_empty() || pre.ends_with(' '))
        })
        || t.contains('@')
        || vocab.labels(LabelSet::Salutations).starts(t)
        || t.split_whitespace()
            .any(|w| contact.is_whole(w) && w != "Datum" && w.ends_with([':', '.']))
}

/// The title as the strategies find it (see [`find`]).
fn candidate(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    after: Option<usize>,
) -> Option<String> {
    let stops = lines::stop_labels(vocab);
    let mut full = find_in(doc, vocab, &stops, header_end, after, false);
    // No title between the Beratungsfolge and the first heading: the block right above a
    // Beratungsfolge table set below the header fields (`Status: …` / **title** / table).
    if full.is_none()
        && after.is_some()
        && let Some(start) = consultations::start(doc, vocab, header_end)
    {
        full = find_in(doc, vocab, &stops, start, None, false);
    }
    // A header split by a side bar (labels left of the title, a letterhead column right of the
    // text): when the whole page gives no title, or one from the narrow column, the title is
    // read in the wider column.
    if let Some((main, side)) = columns::split(doc, header_end) {
        let starts_in = |d: &Doc, t: &str| {
            d.lines
                .iter()
                .any(|l| !l.text.is_empty() && t.starts_with(&l.text))
        };
        // A value of a title label (`Thema: | Stand der …`) is a grid's value cell, not a side
        // column's line, whatever the gutter (layout family: key/value headers whose value
        // column the split takes for a letterhead column).
        let labelled = full
            .as_deref()
            .is_some_and(|t| labelled::find(doc, vocab, &stops).as_deref() == Some(t));
        // a page-wide reading that is no title (a body sentence of the main column beside the
        // side bar; layout family: Verband papers with their data in a left bar) also sends
        // the reading to the main column
        let from_side = !labelled
            && full
                .as_deref()
                .is_none_or(|t| (starts_in(&side, t) && !starts_in(&main, t)) || is_body_prose(t));
        if from_side {
            let end = main.lines.len();
            if let Some(t) = find_in(&main, vocab, &stops, end, None, true) {
                return Some(t);
            }
        }
    }
    full
}

/// [`find`] on one view of the document, the strategies in order; `sized` breaks paragraphs at a
/// change of font size and measures gaps against the font size (a large title set with wide
/// leading).
fn find_in(
    doc: &Doc,
    vocab: &Vocabulary,
    stops: &Labels,
    header_end: usize,
    after: Option<usize>,
    sized: bool,
) -> Option<String> {
    if let Some(title) = labelled::find(doc, vocab, stops) {
        return Some(title);
    }
    match unlabelled::before_heading(doc, vocab, stops, header_end, after, sized) {
        Unlabelled::Title(title) => Some(title),
        Unlabelled::Body => None,
        Unlabelled::None => letter::after_type_line(doc, vocab, stops)
            .or_else(|| letter::after_salutation(doc, vocab, stops)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::TextLayer;

    #[test]
    fn a_motions_procedural_head_before_a_dash_is_dropped() {
        // Invented subject lines of motion and question letters (see `without_procedure_head`).
        let v = Vocabulary::embedded();
        let cut = |t: &str, ty| without_procedure_head(t.to_string(), &v, Some(ty));
        assert_eq!(
            cut(
                "Antrag gem. § 3 GeschO - Neue Bänke am Mühlbach",
                DocType::Antrag
            ),
            "Neue Bänke am Mühlbach"
        );
        assert_eq!(
            cut(
                "Anfrage zur Sitzung am 12.03.2031 – Ausschuss für Umwelt und Verkehr – Laternen im Seeweg",
                DocType::Anfrage
            ),
            "Laternen im Seeweg"
        );
        // a filer, a cited number or another type before the dash stays; so does a short rest
        for (t, ty) in [
            (
                "Anfrage der Fraktion Grüne – Laternen im Seeweg",
                DocType::Anfrage,
            ),
            ("Anfrage Nr. 12/2031 – Laternen im Seeweg", DocType::Antwort),
            ("Antrag gem. § 3 GeschO – Laternen", DocType::Antrag),
            (
                "Antrag gem. § 34 BauGB – Neubau einer Halle",
                DocType::Beschlussvorlage,
            ),
        ] {
            assert_eq!(cut(t, ty), t, "{t}");
        }
    }

    #[test]
    fn a_type_heading_line_over_the_subject_is_dropped() {
        // Layout families: opinions, supplements and recommendations set as letters, the
        // heading naming only the paper over the subject (invented examples).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Gemeinde Talheim\n\nStellungnahme des Gemeinsamen Ortsrates\n\nBebauungsplan Nr. 12 Gewerbegebiet Am Hang\n\nSehr geehrte Damen und Herren,\n",
        );
        assert_eq!(
            without_type_heading_line(
                &doc,
                "Stellungnahme des Gemeinsamen Ortsrates Bebauungsplan Nr. 12 Gewerbegebiet Am Hang".into(),
                &v
            ),
            "Bebauungsplan Nr. 12 Gewerbegebiet Am Hang"
        );
        // a heading citing only the answered paper by number is a type line: the matter under
        // it is the title (layout family: answer letters, type line over the matter line)
        let doc = Doc::from_text(
            "Stadt Talheim\n\nBeantwortung der Anfrage AF-12/2031\n\nGebühren für Urnengräber am Waldfriedhof\n",
        );
        assert_eq!(
            without_type_heading_line(
                &doc,
                "Beantwortung der Anfrage AF-12/2031 Gebühren für Urnengräber am Waldfriedhof"
                    .into(),
                &v
            ),
            "Gebühren für Urnengräber am Waldfriedhof"
        );
        // an opinion's type alone before the cited paper and its subject on one line; a
        // supplement's stays as printed
        assert_eq!(
            cited_in_heading(
                "Stellungnahme zur Vorlage 2031/142 – Neufassung der Friedhofssatzung",
                &v
            )
            .as_deref(),
            Some("Neufassung der Friedhofssatzung")
        );
        assert_eq!(
            cited_in_heading(
                "Ergänzung zur Vorlage VO/12/2031 – Kosten der Kita Nord",
                &v
            ),
            None
        );
        // a Verband's opinion heading names only the paper
        assert!(typed::heading_only(
            "Stellungnahme des Regionalen Planungsverbandes",
            &v
        ));
        assert!(cites_by_number(
            "Stellungnahme des Stadtteilbeirats Talheim zum Bebauungsplan Nr. 19",
            &v
        ));
        assert!(!cites_by_number("Rundschreiben Nr. 7/2031", &v));
        assert!(cites_only_a_paper(
            "Stellungnahme des Ortsrates Talheim zur Drucksache Nr. 045/2031",
            &v
        ));
        assert!(!cites_only_a_paper(
            "Stellungnahme des Ortsrates Talheim zum Bebauungsplan Nr. 19",
            &v
        ));
        assert!(cites_by_number(
            "Stellungnahme des Stadtteilbeirats Talheim zum Bebauungsplan Nr. 199",
            &v
        ));
        // a heading running on into the matter after a dash stays whole
        let doc = Doc::from_text(
            "Kreis Talheim\n\nBeantwortung der Anfrage Nr. 07/2031 der SPD-Kreistagsfraktion –\nHausarztversorgung im ländlichen Raum\n",
        );
        let whole = "Beantwortung der Anfrage Nr. 07/2031 der SPD-Kreistagsfraktion – Hausarztversorgung im ländlichen Raum";
        assert_eq!(without_type_heading_line(&doc, whole.into(), &v), whole);
        // citing only a paper by its number names no matter
        for t in [
            "Beantwortung der Anfrage AF-12/2031",
            "Beantwortung der Anfrage AF 0201/2031",
            "Stellungnahme des Ortsrates Talheim zur Drucksache Nr. 045/2031",
        ] {
            assert!(!cites_by_number(t, &v), "{t}");
        }
        // the heading's own type and number (a circular of an Amt) name only the paper
        let doc = Doc::from_text(
            "Amt Talheim\n\nRundschreiben Nr. 7/2031\n\nHebesätze der Grundsteuer für das Jahr 2032\n\nSehr geehrte Damen und Herren,\n",
        );
        assert_eq!(
            without_type_heading_line(
                &doc,
                "Rundschreiben Nr. 7/2031 Hebesätze der Grundsteuer für das Jahr 2032".into(),
                &v
            ),
            "Hebesätze der Grundsteuer für das Jahr 2032"
        );
        // a heading that is the subject's first line stays joined
        let same = "Stellungnahme zur Neugestaltung des Marktplatzes in Talheim";
        let doc = Doc::from_text("Stellungnahme zur Neugestaltung\ndes Marktplatzes in Talheim\n");
        assert_eq!(without_type_heading_line(&doc, same.into(), &v), same);
        // the subject a one-line recommendation heading cites in quotes
        assert_eq!(
            cited_in_heading(
                "Empfehlung des Ortsteilrates zur Vorlage Nr. 2031/017 „Satzung über die Erhebung von Gebühren“",
                &v
            )
            .as_deref(),
            Some("Satzung über die Erhebung von Gebühren")
        );
        assert_eq!(
            cited_in_heading(
                "Neubau der Schule zur Vorlage Nr. 2031/017 „Variante B“",
                &v
            ),
            None
        );
    }

    #[test]
    fn a_file_reference_is_no_title() {
        // Layout family: DIN 5008 letters, reference fields as lines above the subject.
        let v = Vocabulary::embedded();
        assert!(is_file_reference("Unser Zeichen FB4-632/Schw", &v));
        assert!(is_file_reference("Az. 61.2-BP71/2031", &v));
        assert!(!is_file_reference(
            "Zeichen setzen gegen Lärm am Bahnhof",
            &v
        ));
        assert!(!fits("Unser Zeichen 12/2031", &v));
    }

    /// The title of a layout text whose header ends at line `end`.
    fn title_of(text: &str, end: usize) -> Option<String> {
        let doc = Doc::from_text(text);
        find(&doc, &Vocabulary::embedded(), end, None, None)
    }

    #[test]
    fn a_subject_under_a_type_heading_beats_the_letterhead() {
        // Layout family: motion letters of Fraktionen, the sender in bold at the top.
        let v = Vocabulary::embedded();
        let line = |y: f32, size: f32, bold: bool, t: &str| {
            DLine::of_cells(
                y,
                size,
                bold,
                vec![super::super::doc::DCell {
                    text: t.into(),
                    x0: 70.0,
                    x1: 70.0 + 5.0 * t.chars().count() as f32,
                }],
            )
        };
        let doc = Doc {
            lines: vec![
                line(76.0, 12.0, true, "Wählergruppe Talheim e. V."),
                line(112.0, 11.0, false, "Herrn Bürgermeister"),
                line(126.0, 11.0, false, "Rathaus"),
                line(182.0, 11.0, false, "Sehr geehrter Herr Bürgermeister,"),
                line(197.0, 11.0, false, "wir stellen folgenden"),
                line(226.0, 12.0, true, "Antrag"),
                line(247.0, 11.0, false, "zur Behandlung im Gemeinderat:"),
                line(268.0, 11.0, true, "Neue Bänke am Mühlbach und im Stadtpark"),
                line(
                    288.0,
                    11.0,
                    false,
                    "Der Gemeinderat beschließt, zehn Bänke aufzustellen.",
                ),
            ],
            header_labels: std::sync::Arc::new(Labels::EMPTY),
        };
        assert!(opens_the_page(&doc, "Wählergruppe Talheim e. V."));
        assert_eq!(
            find(&doc, &v, 3, None, Some(DocType::Antrag)).as_deref(),
            Some("Neue Bänke am Mühlbach und im Stadtpark")
        );
    }

    #[test]
    fn an_answered_letters_reference_opening_the_subject_is_dropped() {
        // Layout family: answer letters of Verbandsgemeinden and Ämter.
        assert_eq!(
            without_leading_reference(
                "Ihre Anfrage vom 04.03.2026 nach § 33 Abs. 3 GemO Belegung der Turnhalle Nord"
                    .into()
            ),
            "Belegung der Turnhalle Nord"
        );
        assert_eq!(
            without_leading_reference("Ihr Schreiben vom 2. Mai 2026 Winterdienst am Hang".into()),
            "Winterdienst am Hang"
        );
        // The reference alone, or a subject that only mentions one, stays.
        assert_eq!(
            without_leading_reference("Ihre Anfrage vom 04.03.2026".into()),
            "Ihre Anfrage vom 04.03.2026"
        );
        assert_eq!(
            without_leading_reference(
                "Antwort auf Ihre Anfrage vom 04.03.2026 zur Turnhalle".into()
            ),
            "Antwort auf Ihre Anfrage vom 04.03.2026 zur Turnhalle"
        );
    }

    #[test]
    fn a_type_statement_on_its_own_line_over_the_subject_is_dropped() {
        // Layout family: questions and motions of council members set as letters, the
        // statement on a line of its own over the subject (invented examples).
        let v = Vocabulary::embedded();
        assert_eq!(
            drop_type_statement(
                "Anfrage gemäß § 12 der Geschäftsordnung Sachstand Neubau der Feuerwache Nord"
                    .into(),
                &v
            ),
            "Sachstand Neubau der Feuerwache Nord"
        );
        assert_eq!(
            drop_type_statement(
                "Anfrage gem. § 31 Abs. 2 GeschO Glasfaserausbau in den Ortsteilen".into(),
                &v
            ),
            "Glasfaserausbau in den Ortsteilen"
        );
        // the law named by a genitive chain (invented: a Kreisrat's question)
        assert_eq!(
            drop_type_statement(
                "Anfrage gemäß § 23 der Geschäftsordnung des Kreistages Winterdienst auf den Kreisstraßen"
                    .into(),
                &v
            ),
            "Winterdienst auf den Kreisstraßen"
        );
        // a rest in lower case or of fewer than three words stays joined
        for t in [
            "Antrag gemäß § 5 GemO zur Sanierung der Turnhalle",
            "Anfrage gemäß § 12 der Geschäftsordnung Radwege Nord",
        ] {
            assert_eq!(drop_type_statement(t.into(), &v), t, "{t}");
        }
    }

    #[test]
    fn a_closing_decision_sentence_run_into_the_subject_is_dropped() {
        // Layout family: information papers whose subject stands right over the proposed
        // decision (invented examples).
        assert_eq!(
            without_closing_sentence(
                "Entwicklung der Schülerzahlen 2022 bis 2026 Der Schulausschuss nimmt den Bericht zur Kenntnis."
                    .into()
            ),
            "Entwicklung der Schülerzahlen 2022 bis 2026"
        );
        for t in [
            // a subject that only ends on a full stop, a sentence alone, two sentences
            "Zuschuss an den Förderverein Die Brücke e.V.",
            "Der Ausschuss nimmt den Bericht über die Schülerzahlen zur Kenntnis.",
            "Radwege am Kanal Die Stadt prüft. Der Ausschuss nimmt den Bericht zur Kenntnis.",
        ] {
            assert_eq!(without_closing_sentence(t.into()), t, "{t}");
        }
    }

    #[test]
    fn a_type_with_its_purpose_or_addressee_names_only_the_paper() {
        // Layout family: information papers heading the page with their type and purpose, and
        // papers numbered with their body's letters (invented examples).
        let v = Vocabulary::embedded();
        for t in [
            "Mitteilung zur Kenntnisnahme",
            "Information an den Gemeinderat",
            "Bericht an den Kreisausschuss",
            "VR-Vorlage 7/2026",
        ] {
            assert!(names_only_the_paper(t, &v), "{t}");
            assert!(!fits(t, &v), "{t}");
        }
        for t in [
            "Mitteilung zur Lage der Kindertagesstätten",
            "Information an den Gemeinderat über den Breitbandausbau",
            "Bericht zum Stand der Radwege",
        ] {
            assert!(!names_only_the_paper(t, &v), "{t}");
        }
    }

    #[test]
    fn a_type_statement_is_no_subject_and_leaves_the_one_after_it() {
        // Layout family: motions and questions of council members set as letters.
        let v = Vocabulary::embedded();
        assert!(is_type_statement("Anfrage gem. § 12 Abs. 3 GeschO", &v));
        assert!(is_type_statement(
            "Dringlichkeitsantrag nach § 9 der Geschäftsordnung",
            &v
        ));
        assert!(!is_type_statement("Anfrage zur Hausarztversorgung", &v));
        assert!(!is_type_statement(
            "Antrag gemäß § 5 GemO – Neue Bänke am Mühlbach",
            &v
        ));
        // A law's abbreviation with its state's (`KVG LSA`, `GO NRW`, `KV M-V`).
        assert!(is_type_statement("Anfrage gemäß § 45 Abs. 6 KVG LSA", &v));
        assert!(is_type_statement("Antrag nach § 24 GO NRW", &v));
        assert!(is_type_statement("Anfrage gem. § 34 KV M-V", &v));
        assert!(!is_type_statement(
            "Antrag gemäß § 5 GemO ÖPNV-Anbindung",
            &v
        ));
        assert!(!fits("Anfrage gem. § 12 Abs. 3 GeschO", &v));
        assert_eq!(
            drop_type_statement(
                "Antrag gemäß § 5 Abs. 2 GemO auf Aufnahme in die Tagesordnung – Neue Bänke am Mühlbach"
                    .into(),
                &v
            ),
            "Neue Bänke am Mühlbach"
        );
        // a subject with a dash of its own, no statement before it: unchanged
        let same = "Radweg Nord – Bauabschnitt 2";
        assert_eq!(drop_type_statement(same.into(), &v), same);
    }

    #[test]
    fn an_opinion_s_subject_cited_in_brackets_or_under_the_number() {
        let v = Vocabulary::embedded();
        assert_eq!(
            cited_in_brackets(
                "zum Entwurf des Haushaltsplanes 2032 (Drucksache XI/12)",
                &v
            )
            .as_deref(),
            Some("Entwurf des Haushaltsplanes 2032")
        );
        assert_eq!(cited_in_brackets("zum Beispiel (siehe Anlage 2)", &v), None);
        let lines = [
            DLine::of_cells(
                100.0,
                10.0,
                false,
                vec![super::super::doc::DCell {
                    text: "zur Drucksache 2031/0171".into(),
                    x0: 74.0,
                    x1: 190.0,
                }],
            ),
            DLine::of_cells(
                103.0,
                8.0,
                false,
                vec![super::super::doc::DCell {
                    text: "Ortsvorsteher Karl Beispiel".into(),
                    x0: 424.0,
                    x1: 520.0,
                }],
            ),
            DLine::of_cells(
                120.0,
                11.0,
                true,
                vec![super::super::doc::DCell {
                    text: "Verkehrsberuhigung in der Ortsdurchfahrt".into(),
                    x0: 74.0,
                    x1: 390.0,
                }],
            ),
            DLine::of_cells(
                140.0,
                10.0,
                false,
                vec![super::super::doc::DCell {
                    text: "Der Ortsrat hat sich befasst.".into(),
                    x0: 74.0,
                    x1: 350.0,
                }],
            ),
        ];
        let refs: Vec<&DLine> = lines.iter().collect();
        assert_eq!(
            subject_under_citation(&refs, 0, &v).as_deref(),
            Some("Verkehrsberuhigung in der Ortsdurchfahrt")
        );
    }

    #[test]
    fn a_bill_s_filer_line_and_first_section_leave_its_subject() {
        let v = Vocabulary::embedded();
        let t = without_filer_line(
            "der Landesregierung Landesgesetz zur Änderung der Bezirksordnung".into(),
            &v,
        );
        assert_eq!(t, "Landesgesetz zur Änderung der Bezirksordnung");
        assert_eq!(
            without_first_section(format!("{t} A. Problem und Regelungsbedürfnis")),
            "Landesgesetz zur Änderung der Bezirksordnung"
        );
        // a subject that opens with an article and no filer, a lettered name: unchanged
        let same = "der Weg zur Schule ist sicher zu gestalten";
        assert_eq!(without_filer_line(same.into(), &v), same);
        assert_eq!(
            without_first_section("Ehrung A. Müller".into()),
            "Ehrung A. Müller"
        );
    }

    #[test]
    fn an_opinion_is_titled_by_the_subject_of_the_paper_it_cites() {
        let v = Vocabulary::embedded();
        let of = |t: &str| cited_subject(&Doc::from_text(t), &v);
        assert_eq!(
            of(
                "Ortsbeirat Neudorf\nEmpfehlung des Ortsbeirates\nzur Drucksache 87/2025 „Sanierung des Bürgerhauses“\nDer Ortsbeirat empfiehlt."
            ),
            Some("Sanierung des Bürgerhauses".into())
        );
        assert_eq!(
            of(
                "Stellungnahme\nzur Sitzungsvorlage 2025/BA/041 – Bebauungsplan Nr. 7 „Nord“\nText."
            ),
            Some("Bebauungsplan Nr. 7 „Nord“".into())
        );
        // a quote wrapped onto the next line
        assert_eq!(
            of("Stellungnahme\nzum Antrag A/12/2025 „Tempo 30 vor der\nGrundschule“\nText."),
            Some("Tempo 30 vor der Grundschule".into())
        );
        // no paper word, no number: nothing
        assert_eq!(of("zur Sitzung 12 – Bericht des Bürgermeisters"), None);
        assert_eq!(of("zur Drucksache – Bericht des Bürgermeisters"), None);
    }

    #[test]
    fn a_reference_line_under_a_letter_s_subject_leaves_it() {
        let v = Vocabulary::embedded();
        for (t, want) in [
            (
                "Änderung des Flächennutzungsplans – Beteiligung der Behörden Ihr Schreiben vom 08.07.2025",
                "Änderung des Flächennutzungsplans – Beteiligung der Behörden",
            ),
            (
                "Ihr Schreiben vom 08.07.2025",
                "Ihr Schreiben vom 08.07.2025",
            ),
            // the file reference of the letter answered, after its date
            (
                "Entwurf des Landesentwicklungsplans – Kapitel Freiraum Ihr Schreiben vom 29.09.2025 – Az. GL 5.11-0231/2025",
                "Entwurf des Landesentwicklungsplans – Kapitel Freiraum",
            ),
            (
                "Antwort auf Ihr Schreiben vom 08.07.2025 zur Baumschutzsatzung",
                "Antwort auf Ihr Schreiben vom 08.07.2025 zur Baumschutzsatzung",
            ),
        ] {
            assert_eq!(without_reference_line(t.to_string(), &v), want, "{t}");
        }
    }

    #[test]
    fn a_session_phrase_joined_to_the_subject_leaves_it() {
        let v = Vocabulary::embedded();
        for (t, want) in [
            (
                "Antrag zur Sitzung des Kreistages am 25.06.2025 Wiederaufnahme der Buslinie 137",
                "Wiederaufnahme der Buslinie 137",
            ),
            (
                "Baustellenkoordinierung in der Limmerstraße Sitzung des Stadtbezirksrates \
                 Linden-Limmer am 04.06.2025 TOP 6.1.2",
                "Baustellenkoordinierung in der Limmerstraße",
            ),
            // A session in the middle of a subject, or a subject about a session, stays.
            (
                "Bericht aus der Sitzung des Seniorenbeirats am 04.06.2025 und Ausblick",
                "Bericht aus der Sitzung des Seniorenbeirats am 04.06.2025 und Ausblick",
            ),
            (
                "Bericht aus der Sitzung des Seniorenbeirats am 04.06.2025",
                "Bericht aus der Sitzung des Seniorenbeirats am 04.06.2025",
            ),
            (
                "Verlegung der Sitzung des Stadtrates",
                "Verlegung der Sitzung des Stadtrates",
            ),
        ] {
            assert_eq!(without_session_phrase(t.to_string(), &v), want, "{t}");
        }
    }

    #[test]
    fn type_and_filer_or_the_cited_request_before_the_subject() {
        let v = Vocabulary::embedded();
        for (t, want) in [
            (
                "Antrag des Ortsrates Ahrenswohlde: Tempo 30 auf der Ortsdurchfahrt",
                "Tempo 30 auf der Ortsdurchfahrt",
            ),
            (
                "Ihre Anfrage AF 25/0211 vom 12.03.2025 – Schulsozialarbeit an Oberschulen",
                "Schulsozialarbeit an Oberschulen",
            ),
            (
                "Antrag vom 03.02.2025 – Sichere Querung der Hauptstraße",
                "Sichere Querung der Hauptstraße",
            ),
            // an unnumbered reference line over a subject opening with a capital; going on in
            // lower case it stays
            (
                "Ihre Anfrage vom 29.10.2025 Zustand der Ortsstraße nach Neudorf",
                "Zustand der Ortsstraße nach Neudorf",
            ),
            (
                "Ihre Anfrage vom 29.10.2025 zur Notfallversorgung in Neudorf",
                "Ihre Anfrage vom 29.10.2025 zur Notfallversorgung in Neudorf",
            ),
            (
                "Ihr Schreiben vom 29.12.2017 – Stellenplan 2019 – Zusätzliche Stellen",
                "Ihr Schreiben vom 29.12.2017 – Stellenplan 2019 – Zusätzliche Stellen",
            ),
            // a type line with its filer and addressee, joined without a colon
            (
                "Antrag des Ortsbeirates Petterweil an die Stadtverordnetenversammlung Sanierung des Spielplatzes Am Weiher",
                "Sanierung des Spielplatzes Am Weiher",
            ),
            // an addressee that is no body: kept whole
            (
                "Antrag der Fraktion an die Bürger Sanierung des Spielplatzes",
                "Antrag der Fraktion an die Bürger Sanierung des Spielplatzes",
            ),
            // no name before the colon: kept whole
            (
                "Stellungnahme des Beirats zur Entsiegelung von Plätzen hier: Liste A",
                "Stellungnahme des Beirats zur Entsiegelung von Plätzen hier: Liste A",
            ),
            // an adjective before the cited request, an answer's word before the pronoun
            (
                "Ihre schriftliche Anfrage vom 02.02.2031 Sanierung der Turnhalle Süd",
                "Sanierung der Turnhalle Süd",
            ),
            (
                "Beantwortung Ihrer Anfrage vom 02.02.2031 Sanierung der Turnhalle Süd",
                "Sanierung der Turnhalle Süd",
            ),
        ] {
            assert_eq!(drop_type_and_date(t.to_string(), &v), want);
        }
    }

    #[test]
    fn the_cited_paper_under_an_answer_s_subject_is_cut() {
        // Layout family: answers and opinions naming the paper they answer under their subject
        // (holdout12 x26).
        let v = Vocabulary::embedded();
        for (t, want) in [
            (
                "Besucherlenkung am Emscher-Radweg Anfrage der SPD-Fraktion vom 24.11.2025 (Drucksache Nr. 14/0735)",
                "Besucherlenkung am Emscher-Radweg",
            ),
            (
                "Lärmschutz an der Bahnstrecke Antrag der Fraktion Die Linke vom 02.03.2025",
                "Lärmschutz an der Bahnstrecke",
            ),
            // alone, after a dash, or with a subject after it, it stays
            (
                "Aufwertung des Rudeltplatzes – Antrag des Stadtteilbeirates Nr. 266/2019 vom 21.10.2019",
                "Aufwertung des Rudeltplatzes – Antrag des Stadtteilbeirates Nr. 266/2019 vom 21.10.2019",
            ),
            (
                "Anfrage der SPD-Fraktion vom 24.11.2025",
                "Anfrage der SPD-Fraktion vom 24.11.2025",
            ),
            (
                "Bericht zur Anfrage der SPD-Fraktion vom 24.11.2025 zum Radweg",
                "Bericht zur Anfrage der SPD-Fraktion vom 24.11.2025 zum Radweg",
            ),
        ] {
            assert_eq!(without_cited_paper_line(t.to_string(), &v), want, "{t}");
        }
    }

    #[test]
    fn the_matter_under_a_type_line_citing_a_paper() {
        // Layout family: opinions of Ortschaftsräte set as letters (invented).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Ortschaftsrat Seeburg\n\nStellungnahme des Ortschaftsrates Seeburg zur Drucksache Nr.\n045/2031\nBebauungsplan „Am Hang“ – Aufstellungsbeschluss und\nfrühzeitige Beteiligung\nDer Ortschaftsrat hat in seiner Sitzung beraten.\n",
        );
        assert_eq!(
            matter_under_type_line(
                &doc,
                "Stellungnahme des Ortschaftsrates Seeburg zur Drucksache Nr. 045/2031",
                &v
            )
            .as_deref(),
            Some("Bebauungsplan „Am Hang“ – Aufstellungsbeschluss und frühzeitige Beteiligung")
        );
    }

    #[test]
    fn a_body_line_beside_a_side_bar_is_prose() {
        // Layout family: two-column pages whose body column runs beside the side bar (invented).
        assert!(is_body_prose(
            "Eigenmittel. Die Kapitalkosten fließen ab 2032 in die Gebühr"
        ));
        assert!(!is_body_prose("Neubau der Kita Nord – Baubeschluss"));
        assert!(!is_body_prose(
            "Bericht zur Lage der Gemeinde e.V. Der Verein"
        ));
    }

    #[test]
    fn a_type_heading_with_its_filer_alone_is_no_title() {
        // Layout family: answer and motion letters that head the subject with their type.
        let v = Vocabulary::embedded();
        for t in [
            "Antwort des Magistrats",
            "Antrag der SPD-Fraktion",
            "Beantwortung der Anfrage AF 0201/2025",
            "Beantwortung der Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN vom 08.10.2031",
            "Beantwortung der Anfrage der SPD-Fraktion vom 08.10.2031",
        ] {
            assert!(names_only_the_paper(t, &v), "{t}");
        }
        // the matter after the question stays a title
        assert!(!names_only_the_paper(
            "Beantwortung der Anfrage der CDU-Fraktion vom 05.10.2031 – Entwicklung der Gewerbesteuer",
            &v
        ));
        for t in [
            "Neufassung der Friedhofsgebührensatzung",
            "Antrag der Grundschule Nord auf Förderung",
            "Bericht der Verwaltung zum Haushalt",
        ] {
            assert!(!names_only_the_paper(t, &v), "{t}");
        }
    }

    #[test]
    fn an_ordinal_ends_no_title_line() {
        let doc = Doc::from_text(
            "Stadt X

Betreff:
Sanierung der Grundschule – Baubeschluss 2.
Bauabschnitt (Sporthalle)

Beschlussvorschlag:
",
        );
        assert_eq!(
            find(
                &doc,
                &Vocabulary::embedded(),
                6,
                None,
                Some(DocType::Beschlussvorlage)
            )
            .as_deref(),
            Some("Sanierung der Grundschule – Baubeschluss 2. Bauabschnitt (Sporthalle)")
        );
    }

    #[test]
    fn headings_session_lines_and_authorities_are_no_titles() {
        let v = Vocabulary::embedded();
        // minutes' header grid family: the session named in a `Sitzung:` field
        let doc = Doc::from_text(
            "Ergebnisprotokoll\nGremium:        Bezirksvertretung Süd\nSitzung:        38. Sitzung der Bezirksvertretung\n                Süd\nAnwesend        Entschuldigt\n",
        );
        assert_eq!(
            find(&doc, &v, 3, None, Some(DocType::Niederschrift)).as_deref(),
            Some("38. Sitzung der Bezirksvertretung Süd")
        );
        let v = Vocabulary::embedded();
        for t in [
            "Begründung / Sachverhalt",
            "BEGRÜNDUNG / SACHVERHALT",
            "für die Sitzung des Ausschusses für Recht, Sicherheit und Ordnung am 01.10.2013",
            "1. Ausschuss für Soziales, Gesundheit und Senioren – 12.01.2018",
            "Stadt Esslingen am Neckar",
            "Drucksache B 154/2024",
        ] {
            assert!(!fits(t, &v), "{t}");
        }
        for t in [
            "Stadt der kurzen Wege – Mobilitätskonzept",
            "Bericht zur Haushaltslage",
            "Vergabe Rahmenvertrag VO 2024",
        ] {
            assert!(fits(t, &v), "{t}");
        }
        assert!(!is_session_line(
            "Satzung über die Sondernutzung vom 12.03.2024"
        ));
        assert!(!is_session_line("Markt am 1. Mai 2024"));
    }

    #[test]
    fn noise_is_no_title() {
        for noise in [
            "%R1ecycl0ing-0Papier BÜNDNIS 90",
            "TV 7 an 7270.04. ZONZ",
            "| ~ 12.03.",
        ] {
            assert!(is_garbled(noise), "{noise}");
        }
        for title in [
            "Klimaschutzkonzept 2030",
            "CO2e-Bilanz der Stadt für 2022",
            "U3-Betreuung in Kindertagesstätten",
            "Bebauungsplan Nr. 2090 „Am Ring“ – Satzungsbeschluss",
            "HAUSHALTSSATZUNG 2024 UND HAUSHALTSPLAN",
            "Antrag Nr. 14-20 / B 02870 des Bezirksausschusses",
            "Rad- und Fußwege",
            "Kita",
        ] {
            assert!(!is_garbled(title), "{title}");
        }
    }

    /// The title of a layout text whose header ends where `Doc::header_end` says.
    fn header_title(text: &str) -> Option<String> {
        let doc = Doc::from_text(text);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        find(&doc, &v, end, None, None)
    }

    #[test]
    fn fragments_and_attachment_headings_are_no_titles() {
        let v = Vocabulary::embedded();
        for t in [
            "Gültig ab",
            "Fassung vom",
            "Wappen des Landkreises/der Stadt,",
            "Anlage (zu Nummer 5.2.1)",
            "Anlage 2",
            "A. Problem",
        ] {
            let doc = Doc::from_text(&format!("{t}\n\nSachverhalt\nText\n"));
            assert_eq!(find(&doc, &v, 2, None, None), None, "{t}");
        }
        let doc = Doc::from_text("Anlage zur Sanierung der Schule Nord\n\nSachverhalt\nText\n");
        assert!(find(&doc, &v, 2, None, None).is_some());
    }

    #[test]
    fn body_text_agenda_items_and_datelines_are_no_titles() {
        assert!(is_body_prose(
            "Die Gemeindevertretung möge beschließen: Die Verwaltung wird beauftragt, eine Satzung auszuarbeiten."
        ));
        assert!(is_body_prose(
            "Starkregen in den Orten Nach den Unwettern waren Keller überflutet. Das Land fördert Konzepte."
        ));
        assert!(!is_body_prose(
            "Sanierung der Grundschule Nord, 2. Bauabschnitt"
        ));
        assert!(!is_body_prose("Zuschuss an den Sportverein e.V. Nord"));
        assert!(AGENDA_ITEM.is_match("TOP 5 Verschiedenes"));
        assert!(!AGENDA_ITEM.is_match("Topografie des Stadtparks"));
        assert_eq!(
            drop_dateline("Offenburg, 11.03.2024 Ihre Anfrage vom 12. Februar 2024".into()),
            "Ihre Anfrage vom 12. Februar 2024"
        );
        assert_eq!(
            drop_forward_mark("WG: AW: Ausbau der Kitas".into()),
            "Ausbau der Kitas"
        );
        assert_eq!(drop_forward_mark("Wegebau: Los 2".into()), "Wegebau: Los 2");
        assert_eq!(
            drop_dateline("Haushalt 2025, 2. Lesung".into()),
            "Haushalt 2025, 2. Lesung"
        );
    }

    #[test]
    fn letterhead_lines_and_greetings_are_no_titles() {
        let v = Vocabulary::embedded();
        for t in [
            "Landeshauptstadt Seeburg, Direktorium Marktstraße 14, 12345 Seeburg",
            "Telefon: 0123 4567 E-Mail: info@seeburg.de",
            "Sehr geehrte Damen und Herren,",
            "Tel. 0221 178-0 Fax 0221 178-22 22",
            "Fraktion X im Stadtrat Dr.-Külz-Ring 19 · 01067 Dresden An den Oberbürgermeister",
            "Talbrück, den 9. April 2024",
            "Bremen, 29.08.2024",
            "Stadt Talbrück Der Oberbürgermeister",
        ] {
            assert!(is_letterhead_or_greeting(t, &v), "{t}");
        }
        for t in [
            "Sanierung der Grundschule Nord, 2. Bauabschnitt",
            "Zuschuss für das Stadtteilfest 2023 (Datum: 12.06.2023)",
            "Bebauungsplan Nr. 12345 Am Mühlbach",
        ] {
            assert!(!is_letterhead_or_greeting(t, &v), "{t}");
        }
    }

    #[test]
    fn unlabelled_title_above_a_beratungsfolge_table() {
        let text = "Stadt Auenfeld                           Vorlage - 2023/0456\n\
                    \n\
                    Status:   öffentlich        Federführend:   Ordnungsamt\n\
                    \n\
                    Beschaffung von zwei Löschfahrzeugen für die Feuerwehr\n\
                    \n\
                    Datum        Gremium          Status        Zuständigkeit\n\
                    16.05.2023   Hauptausschuss   öffentlich    Vorberatung\n\
                    13.06.2023   Stadtrat         öffentlich    Entscheidung\n\
                    \n\
                    Beschlussvorschlag\n\
                    Der Stadtrat beschließt.\n";
        let doc = Doc::from_text(text);
        let v = Vocabulary::embedded();
        let headings = v.labels(LabelSet::Headings);
        let end = doc.header_end(headings, v.labels(LabelSet::Salutations));
        let (_, after) = consultations::find(&doc, &v, end);
        assert_eq!(
            find(&doc, &v, end, after, None).as_deref(),
            Some("Beschaffung von zwei Löschfahrzeugen für die Feuerwehr")
        );
    }

    #[test]
    fn labelled_title_joined_across_lines() {
        let text = "Betreff: Sanierung der Sporthalle Nord – Vergabe der Bauleis-\n\
                    tungen und Finanzierung\n\nBegründung\nText.\n";
        assert_eq!(
            title_of(text, 3).as_deref(),
            Some("Sanierung der Sporthalle Nord – Vergabe der Bauleistungen und Finanzierung")
        );
    }

    #[test]
    fn label_line_with_another_label_to_the_right() {
        let text = "Betreff: Radweg an der Kreisstraße 12      Datum: 01.02.2023\n\nSachverhalt\n";
        assert_eq!(
            title_of(text, 2).as_deref(),
            Some("Radweg an der Kreisstraße 12")
        );
    }

    #[test]
    fn font_change_ends_the_title() {
        let mut layer = TextLayer::from_layout_text(
            "Betreff:\nNeubau der Mensa am\nSchulzentrum Ost\nDer Rat hat am 1.2.2023 beschlossen, dass\n",
        );
        for (i, line) in layer.pages[0].lines.iter_mut().enumerate() {
            line.bold = i < 3;
        }
        let doc = Doc::from_layer(&layer);
        let v = Vocabulary::embedded();
        assert_eq!(
            find(&doc, &v, 4, None, None).as_deref(),
            Some("Neubau der Mensa am Schulzentrum Ost")
        );
    }

    #[test]
    fn label_alone_on_its_line() {
        let text = "Gegenstand\nWinterdienst 2024/25 in den Ortsteilen\nErläuterung\nText\n";
        assert_eq!(
            title_of(text, 2).as_deref(),
            Some("Winterdienst 2024/25 in den Ortsteilen")
        );
    }

    #[test]
    fn unlabelled_block_before_first_heading() {
        let text = "Beschlussvorlage     Datum: 01.02.2023\n\n\
                    Neubau einer Kindertagesstätte am\nMühlenweg\n\nSachverhalt\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Neubau einer Kindertagesstätte am Mühlenweg")
        );
    }

    #[test]
    fn unlabelled_title_above_label_blocks() {
        let text = "Datum: 03.02.2021                Amt 7\n\n\
                    Zuschuss für das Sommerfest\nim Stadtteil Süd\n\n\
                    Antragsteller:\nVerein Nachbarschaft e.V.\n\n\
                    Sitzungsvorlage Nr. 21/0815\nÖffentliche Sitzung\n\nI. Sachverhalt\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Zuschuss für das Sommerfest im Stadtteil Süd")
        );
    }

    #[test]
    fn title_under_the_type_line_above_the_table() {
        let text = "Stadt Irgendwo          Drucksache: 12/2024\n\nBeschlussvorlage\n\
                    Neubau der Feuerwache Nord –\nVergabe der Planung\n\nBeratungsfolge\n\
                    Gremium       Datum        Rolle\nRat           01.02.2024   Entscheidung\n\nBegründung\nText\n";
        let doc = Doc::from_text(text);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        let after = Some(end - 1);
        assert_eq!(
            find(&doc, &v, end, after, None).as_deref(),
            Some("Neubau der Feuerwache Nord – Vergabe der Planung")
        );
    }

    #[test]
    fn stacked_bold_paragraphs_make_one_title() {
        let mut layer = TextLayer::from_layout_text(
            "Telefon: 0 123-4     Baureferat\n\nSanierung Schule Nord\n\nUmbau und Erweiterung\n\n\
             Sitzungsvorlage Nr. 24/0815\n\nI. Vortrag der Referentin\nText\nText\nText\nText\nText\nText\nText\n",
        );
        for line in layer.pages[0].lines.iter_mut() {
            line.bold = line.text().starts_with("Sanierung") || line.text().starts_with("Umbau");
        }
        let doc = Doc::from_layer(&layer);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        assert_eq!(
            find(&doc, &v, end, None, None).as_deref(),
            Some("Sanierung Schule Nord – Umbau und Erweiterung")
        );
    }

    #[test]
    fn bold_subject_over_regular_lines_not_the_address() {
        let mut layer = TextLayer::from_layout_text(
            "Herrn Stadtrat\nMax Muster\n\nRathaus\n\n\
             Corona-bedingte Restriktionen in der Gastronomie\n\
             Schriftliche Anfrage gemäß § 68 GeschO\nvom 13.10.2020, eingegangen am 13.10.2020\n\n\
             Sehr geehrter Herr Stadtrat,\nText\n",
        );
        for line in layer.pages[0].lines.iter_mut() {
            line.bold = line.text().starts_with("Corona");
        }
        let doc = Doc::from_layer(&layer);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        assert_eq!(
            find(&doc, &v, end, None, None).as_deref(),
            Some("Corona-bedingte Restriktionen in der Gastronomie")
        );
    }

    #[test]
    fn title_with_a_colon_after_several_words() {
        let text = "15. April 2025\n\n\
                    Stellungnahme zur Haushaltskonsolidierung: Listen möglicher Einsparungen\n\n\
                    Sehr geehrter Herr Oberbürgermeister,\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Stellungnahme zur Haushaltskonsolidierung: Listen möglicher Einsparungen")
        );
    }

    #[test]
    fn bold_subject_under_the_salutation() {
        let mut layer = TextLayer::from_layout_text(
            "Stadtteilbeirat Nord                Musterstadt 06.05.2021\n\n\
             Sehr geehrter Herr Oberbürgermeister,\nsehr geehrte Mitglieder der Fraktionen,\n\n\
             Stellungnahme des Beirats zur Streckenführung der Straßenbahn\n\n\
             Diese Stellungnahme bezieht sich auf die Vorlage für den Ausschuss\n\
             am 11. Mai 2021 und auf das Lokalforum. Der Beirat empfiehlt\n\
             weiterhin einstimmig die Variante B, denn sie hat die kürzesten\n\
             Fahrzeiten und den geringsten Eingriff in die Grünflächen.\n",
        );
        for line in layer.pages[0].lines.iter_mut() {
            line.bold = line.text().starts_with("Stellungnahme");
        }
        let doc = Doc::from_layer(&layer);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        assert_eq!(
            find(&doc, &v, end, None, None).as_deref(),
            Some("Stellungnahme des Beirats zur Streckenführung der Straßenbahn")
        );
        // Regular body text under the salutation is no subject.
        for line in layer.pages[0].lines.iter_mut() {
            line.bold = false;
        }
        let doc = Doc::from_layer(&layer);
        assert_eq!(find(&doc, &v, end, None, None), None);
    }

    #[test]
    fn a_paper_named_by_type_and_number_is_no_title() {
        let v = Vocabulary::embedded();
        for t in [
            "Antrag Nr. KA/2012/967",
            "Drucksache Nr. BV/2018/1408",
            "Antrag 2012/02510",
            "Kurzübersicht zur Beschlussvorlage",
            "Nr. 13/201/2024 Öffentlich",
        ] {
            assert!(names_only_the_paper(t, &v), "{t}");
        }
        for t in [
            "Haushalt 2025",
            "Klimaschutzkonzept 2030",
            "Antrag auf Zuschuss 2024",
            "Stellungnahme zum Antrag 16/0537 „Neubau einer Kita“",
        ] {
            assert!(!names_only_the_paper(t, &v), "{t}");
        }
        // A body's `Bezug:` line cites a paper; the header's subject stays the title.
        let text = "Beschlussvorlage\n\nNeubau der Mensa\n\nSachverhalt\nText.\nBezug: Antrag Nr. 12/2023\n";
        assert_eq!(header_title(text).as_deref(), Some("Neubau der Mensa"));
    }

    #[test]
    fn the_authority_the_filer_and_a_body_sentence_are_no_titles() {
        let v = Vocabulary::embedded();
        assert!(is_authority("Stadt Kempten (Allgäu)", &v));
        assert!(is_authority("Landeshauptstadt Erfurt", &v));
        assert!(is_authority("Universitätsstadt Siegen", &v));
        assert!(is_numbered_unit("23 - Liegenschaftsamt", &v));
        assert!(is_numbered_unit("15 – Referat Digitale Stadt", &v));
        assert!(!is_numbered_unit("2030 – Klimaneutrale Stadt", &v));
        assert!(is_closed_sentence(
            "Der Ausschuss nimmt den Bericht der Verwaltung zur Kenntnis."
        ));
        assert!(!is_closed_sentence("Die Zukunft der Innenstadt 2030"));
        assert!(!is_authority(
            "Stadtbibliothek: Einführung von Open-Library-Öffnungszeiten",
            &v
        ));
        assert!(!is_authority("Stadt und Land im Wandel der Zeit", &v));
        assert!(is_closed_sentence(
            "Eine Zwischenbilanz ist nach Ablauf eines Jahres vorgesehen."
        ));
        assert!(!is_closed_sentence("Zuschuss an den Sportverein Nord e.V."));
        let filers = [Some("Fraktion FREIE WÄHLER, CDU-Fraktion"), None];
        assert!(names_the_filer(
            "Antrag der Fraktion FREIE WÄHLER, CDU-Fraktion",
            &filers,
            &v
        ));
        assert!(names_the_filer("Antrag der Verwaltung", &[None, None], &v));
        assert!(!names_the_filer(
            "Antrag der CDU-Fraktion zur Sanierung der Schule",
            &filers,
            &v
        ));
    }

    #[test]
    fn the_letterhead_over_a_type_line_is_no_title() {
        let text = "Fraktion Freie Wähler im Rat\n\nAn den Oberbürgermeister\nHerrn Richter\nRathaus\n\n\
                    Anfrage\nBarrierefreier Ausbau von Bushaltestellen\n\n\
                    Sehr geehrte Damen und Herren,\nText\nText\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Barrierefreier Ausbau von Bushaltestellen")
        );
        // Without the title under the type line, the letterhead is still no title.
        let text = "Stadt Konstanz\n\nBeschlussvorlage\n\nSachverhalt\nText\n";
        assert_eq!(header_title(text), None);
    }

    #[test]
    fn a_status_mark_is_no_title_nor_part_of_one() {
        // Layout family: board papers and invitations printing the status on its own line or
        // in brackets after the session's name (invented examples).
        let v = Vocabulary::embedded();
        assert!(is_status_only("nicht öffentlich", &v));
        assert!(is_status_only("(öffentlich)", &v));
        assert!(!fits("nicht öffentlich", &v));
        // Invented: a company's running header naming the paper's kind.
        assert!(is_running_header(
            "Verkehrs-AG Talheim · Vorlage für den Aufsichtsrat",
            &v
        ));
        assert!(is_running_header("Stadt Talheim · Beschlussvorlage", &v));
        assert!(!is_running_header(
            "Markt · Platz · Brunnen: Umgestaltung der Mitte",
            &v
        ));
        assert!(!is_status_only("Öffentliche Toiletten am Markt", &v));
        assert_eq!(
            without_status_mark("7. Sitzung des Ortsrates (öffentlich)".into(), &v),
            "7. Sitzung des Ortsrates"
        );
        assert_eq!(
            without_status_mark(
                "Bericht der Geschäftsführung – (nicht öffentlich)".into(),
                &v
            ),
            "Bericht der Geschäftsführung"
        );
        for kept in [
            "Neubau der Kita (Bauabschnitt 2)",
            "(öffentlich)",
            "Umbau (öffentlich)",
        ] {
            assert_eq!(without_status_mark(kept.into(), &v), kept);
        }
    }

    #[test]
    fn hier_line_continues_the_subject_above() {
        let text = "Stadt X\n\nSanierung der Brücke über den Mühlbach\nhier: Vergabe der Bauleistungen\n\n\
                    Sehr geehrte Damen und Herren,\nText\nText\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Sanierung der Brücke über den Mühlbach hier: Vergabe der Bauleistungen")
        );
        // After a labelled Betreff the `hier:` line is read with it (every label set prints the
        // `hier:` part in the title), not before it.
        let text = "Betreff: Sanierung der Brücke\nhier: Vergabe\n\nSachverhalt\nText\n";
        assert_eq!(
            title_of(text, 3).as_deref(),
            Some("Sanierung der Brücke hier: Vergabe")
        );
    }
}
