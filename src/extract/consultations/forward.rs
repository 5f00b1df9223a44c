//! The session a motion or question is filed for, named in its opening sentence and dated on or
//! after the paper (layout family: letters of Fraktionen, groups and single members that print
//! no Beratungsfolge but ask for a session — `… folgenden Antrag zur Beratung und
//! Beschlussfassung im Kreistag am 19.10.2026:`, `um schriftliche Beantwortung … in der Sitzung
//! der Stadtverordnetenversammlung am 18.09.2025`, `Beantwortung: schriftlich bis zur
//! Gemeindevertretung am 11.12.2025`, `in die Tagesordnung der Gemeinderatssitzung am 23. März
//! 2026`).
//!
//! The grammar: a request word in the sentence (`Antrag`, `Beantwortung`, `Tagesordnung`,
//! `Beratung` …), then a body's name after `im`, `zur` or the article of `Sitzung des/der`,
//! `am` and a date. What the sentence tells of the past (`in seiner Sitzung am …`, `Der
//! Gemeinderat hat am … beschlossen`) is dated before the paper and is no session it goes to;
//! without the paper's date nothing is read. The paper prints no role: none.

use super::super::dates::date_at_start;
use super::super::doc::{Doc, is_heading};
use super::super::doc_date;
use super::super::text::{ends_in_paper_kind, join_lines, sentences};
use super::prose::{NAME_WORDS, fold_genitive, is_committee_noun, name_folded};
use crate::record::Consultation;
use crate::vocab::{LabelSet, Vocabulary};

/// Lines of page 1 read for the opening sentences.
const PAGE_ONE_LINES: usize = 40;

/// Word stems of a request for a session (lower-cased): the sentence asks for one.
const REQUEST_STEMS: [&str; 7] = [
    "antrag",
    "beantrag",
    "beantwort",
    "tagesordnung",
    "beratung",
    "beschlussfassung",
    "behandlung",
];

/// Most words of a body's name in such a sentence.
const MAX_NAME_WORDS: usize = 8;

/// The sessions the paper's opening sentences ask for (see the module), or none.
pub(super) fn filed_for(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Vec<Consultation> {
    let Some(paper_date) = doc_date::find(doc, vocab, header_end, false) else {
        return Vec::new();
    };
    let pitch = doc.line_pitch();
    let headings = vocab.labels(LabelSet::Headings);
    let salutations = vocab.labels(LabelSet::Salutations);
    let lines: Vec<_> = doc
        .lines
        .iter()
        .enumerate()
        .take(PAGE_ONE_LINES)
        .take_while(|(_, l)| l.page == 1)
        .collect();
    // Paragraphs above the body's first heading (`Begründung:`), lines joined.
    let mut paragraphs: Vec<String> = Vec::new();
    let mut open = false;
    for (i, line) in &lines {
        if line.furniture {
            continue;
        }
        // The body's first heading ends the opening; a type heading (`Antrag`) and the
        // salutation do not.
        if is_heading(line, headings) {
            if !(ends_in_paper_kind(&line.text) || salutations.starts(&line.text)) {
                break;
            }
            open = false;
            continue;
        }
        match paragraphs.last_mut() {
            Some(p) if open => *p = join_lines(p, &line.text),
            _ => paragraphs.push(line.text.clone()),
        }
        open = !doc.break_after(*i, pitch);
    }
    let mut out: Vec<Consultation> = Vec::new();
    // Request word, body and date in one sentence: an answer's `… wird beim Landesamt beantragt.
    // Die Verwaltung wird im Ausschuss am … berichten.` asks for no session.
    for sentence in paragraphs.iter().flat_map(|p| sentences(p)) {
        for c in in_sentence(sentence, vocab) {
            if c.date.is_some_and(|d| d >= paper_date) && !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// Every session a sentence with a request word names: the body before `am` and a date.
fn in_sentence(text: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let lower = text.to_lowercase();
    if !REQUEST_STEMS.iter().any(|s| lower.contains(s)) {
        return Vec::new();
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if *w != "am" {
            continue;
        }
        let after = words.get(k + 1..).unwrap_or_default().join(" ");
        let Some(date) = date_at_start(&after, vocab) else {
            continue;
        };
        if let Some(committee) = body_before(words.get(..k).unwrap_or_default(), vocab) {
            out.push(Consultation {
                committee,
                date: Some(date.date),
                role: None,
            });
        }
    }
    out
}

/// The body named right before `am`: `im Kreistag`, `zur Gemeindevertretung`, `Sitzung der
/// Stadtverordnetenversammlung`, `Sitzung des Ausschusses für X` (the committee noun's genitive
/// folded) or a compound `Gemeinderatssitzung`.
fn body_before(before: &[&str], vocab: &Vocabulary) -> Option<String> {
    let last = before.last()?;
    // `Gemeinderatssitzung`, `Kreistagssitzung`: the body is the compound's first part.
    if let Some(head) = last.strip_suffix("sitzung") {
        let stem = fold_genitive(head);
        let stem = stem
            .strip_suffix('s')
            .filter(|s| s.ends_with("rat"))
            .unwrap_or(&stem)
            .to_string();
        let ok = stem.chars().count() > 3
            && stem.starts_with(char::is_uppercase)
            && is_committee_noun(&stem, vocab)
            && !stem.eq_ignore_ascii_case("ausschuss");
        return ok.then_some(stem);
    }
    // The name: capitalised words and the small words of a name, back to its opener.
    let mut from = before.len();
    while from > 0 && before.len() - from < MAX_NAME_WORDS {
        let w = before.get(from - 1)?;
        let small = NAME_WORDS.contains(w) && !matches!(*w, "im" | "zur" | "zum" | "der" | "des");
        if w.starts_with(char::is_uppercase) || small {
            from -= 1;
        } else {
            break;
        }
    }
    let name = before.get(from..)?;
    let opener = before.get(from.checked_sub(1)?)?;
    let first = name.first()?;
    if !first.starts_with(char::is_uppercase)
        || !name.iter().any(|w| is_committee_noun(w, vocab))
        || name.iter().any(|w| w.contains([':', ';', '(', ')']))
    {
        return None;
    }
    let genitive = match *opener {
        "im" | "zur" | "zum" => false,
        // `Sitzung des/der …`, `Tagesordnung der …`: the article of a session's noun.
        "des" | "der" => {
            let noun = before.get(from.checked_sub(2)?)?.to_lowercase();
            if !(noun.starts_with("sitzung") || noun == "tagesordnung") {
                return None;
            }
            *opener == "des"
        }
        _ => return None,
    };
    let committee = name_folded(name, genitive, vocab);
    Some(committee.trim_end_matches([',', '.']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::consultations::tests::as_tuple;

    fn run(text: &str) -> Vec<(String, String, Option<crate::record::Role>)> {
        let doc = Doc::from_text(text);
        filed_for(&doc, &Vocabulary::embedded(), doc.lines.len())
            .into_iter()
            .map(as_tuple)
            .collect()
    }

    #[test]
    fn the_session_a_letter_asks_for() {
        let got = run("Wählergruppe Seeburg\n\
             Seeburg, 28.09.2026\n\
             Antrag\n\
             Betreff: Rufbus im Tal\n\
             \n\
             namens der Wählergruppe stellen wir folgenden Antrag zur Beratung und\n\
             Beschlussfassung im Kreistag am 19.10.2026:\n\
             \n\
             Begründung:\n\
             Der Kreistag hat am 12.03.2025 beschlossen.");
        assert_eq!(got, vec![("Kreistag".into(), "2026-10-19".into(), None)]);
        let got = run("Seeburg, 03.09.2025\n\
             Anfrage\n\
             Wir bitten um schriftliche Beantwortung in der Sitzung der\n\
             Gemeindevertretung am 18.09.2025:\n\
             1. Wie viele?");
        assert_eq!(
            got,
            vec![("Gemeindevertretung".into(), "2025-09-18".into(), None)]
        );
        let got = run("Seeburg, 2. Februar 2026\n\
             Antrag auf Aufnahme in die Tagesordnung der Gemeinderatssitzung\n\
             am 23. März 2026\n\
             Gegenstand: Dorfläden");
        assert_eq!(got, vec![("Gemeinderat".into(), "2026-03-23".into(), None)]);
        let got = run("Seeburg, 02.02.2026\n\
             Antrag zur Sitzung des Ausschusses für Umwelt und Verkehr am 03.03.2026\n\
             Gegenstand: Bänke");
        assert_eq!(
            got,
            vec![(
                "Ausschuss für Umwelt und Verkehr".into(),
                "2026-03-03".into(),
                None
            )]
        );
    }

    #[test]
    fn a_request_word_of_another_sentence_asks_for_no_session() {
        // An answer's closing paragraph (invented): `beantragt` belongs to the permit, the
        // committee date to a report — two sentences, no session the paper is filed for.
        let got = run("Seeburg, 28.11.2025\n\
             Antwort\n\
             Zu Frage 3: Eine Erweiterung der Erlaubnis wird beim Landesamt beantragt. Die\n\
             Verwaltung wird im Verwaltungsausschuss am 21.01.2026 berichten.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn past_sessions_and_sentences_without_a_request_are_none() {
        // Before the paper: what happened, not where it goes.
        assert!(
            run("Seeburg, 22.10.2025\n\
                 Antrag des Ortsbeirates\n\
                 der Ortsbeirat hat in der Sitzung des Ortsbeirates am 20.10.2025 beschlossen.")
            .is_empty()
        );
        // No request word.
        assert!(
            run("Seeburg, 22.10.2025\n\
                 Bericht\n\
                 Wir treffen uns im Kreistag am 20.11.2025 wieder.")
            .is_empty()
        );
        // No paper date.
        assert!(run("Antrag zur Beratung im Kreistag am 19.10.2026").is_empty());
        // No body before the date.
        assert!(run("Seeburg, 01.10.2026\nAntrag zur Sitzung am 19.10.2026").is_empty());
    }
}
