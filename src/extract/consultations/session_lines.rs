//! Session lines in the header without a table: `Ausschuss X, Sitzung am 01.06.2023 –
//! Kenntnisnahme` (the role possibly on the next line).

use super::super::dates::find_dates;
use super::super::doc::Doc;
use super::prose::{SESSION_KINDS, is_committee_noun};
use super::roles::role_of;
use super::rows::{parse_row, to_consultation};
use crate::record::{Consultation, Role};
use crate::vocab::Vocabulary;

/// The words that put a session's date on a line (`Sitzung am 04.06.2025`, `Sitzung vom …`).
const SESSION_DATE_WORDS: [&str; 2] = ["Sitzung am", "Sitzung vom"];

/// Where the first of [`SESSION_DATE_WORDS`] starts in `lower` (the line lower-cased).
fn session_date_at(lower: &str) -> Option<usize> {
    SESSION_DATE_WORDS
        .iter()
        .find_map(|w| lower.find(w.to_lowercase().as_str()))
}

/// Words that start a sentence, not a committee name.
const NOT_COMMITTEE_START: [&str; 12] = [
    "in", "im", "bei", "am", "von", "der", "die", "das", "zur", "zum", "seit", "nach",
];

/// The session lines among the first `limit` lines (at most 60), and the last one.
pub(super) fn read(
    doc: &Doc,
    vocab: &Vocabulary,
    limit: usize,
) -> (Vec<Consultation>, Option<usize>) {
    let roles = &vocab.roles;
    let mut out = Vec::new();
    let mut last_line = None;
    for (i, line) in doc.lines.iter().enumerate().take(limit.min(60)) {
        let lower = line.text.to_lowercase();
        if session_date_at(&lower).is_none() {
            continue;
        }
        // Layout family: motion letters whose sentence names the session (`der
        // Stadtverordnetenversammlung folgenden Antrag zur Sitzung am 06.11.2025 vorzulegen`).
        if sentence_before_session(&line.text) {
            continue;
        }
        let below = doc
            .lines
            .get(i + 1)
            .filter(|n| n.page == line.page)
            .map(|n| n.text.as_str());
        if let Some(c) = i
            .checked_sub(1)
            .and_then(|p| doc.lines.get(p))
            .and_then(|above| under_its_body(&above.text, &line.text, below, vocab))
        {
            out.push(c);
            last_line = Some(i);
            continue;
        }
        if let Some(mut row) = parse_row(line, vocab, roles) {
            let first = row.committee.split_whitespace().next().unwrap_or("");
            // A sentence (`hat die Gemeindevertretung … in ihrer Sitzung am …` in a
            // Satzung's preamble) is no Beratungsfolge line: names start with a capital.
            let sentence = first.chars().next().is_some_and(char::is_lowercase)
                || row.committee.contains(" in ihrer")
                || row.committee.contains(" in seiner");
            if NOT_COMMITTEE_START.contains(&first.to_lowercase().as_str()) || sentence {
                continue;
            }
            // `Planungsausschuss – öffentliche Sitzung am …`: the session's kind is no part of
            // the name; `Antrag an den Stadtrat | Sitzung am …` (layout family: motion
            // headings that address the body beside the session) names it after the kind.
            row.committee = addressed_body(&without_session_kind(&row.committee)).to_string();
            if row.role.is_none()
                && let Some(next) = doc.lines.get(i + 1)
            {
                row.role =
                    role_of(&next.text, roles).or_else(|| agenda_item_role(&next.text, vocab));
            }
            out.push(to_consultation(row));
            last_line = Some(i);
        }
    }
    (out, last_line)
}

/// `Sitzung am 04.06.2025` alone on its line under the name of the body that meets (layout
/// family: motion headers that print the body, then its session): the name a committee's
/// (capitalised words built on a committee noun, no date), the line below nothing but the date.
/// The body may follow the paper's kind it is addressed by (`Antrag an den Stadtrat` /
/// `Sitzung am 08.12.2025`), and the date may stand alone on the next line under a key
/// `Sitzung am:` (layout family: motion forms of Fraktionen printing keys over their values,
/// `Antrag an den:` / `Ortsbeirat X` / `Sitzung am:` / `17.11.2026`).
fn under_its_body(
    above: &str,
    line: &str,
    below: Option<&str>,
    vocab: &Vocabulary,
) -> Option<Consultation> {
    let rest = SESSION_DATE_WORDS
        .iter()
        .find_map(|p| line.trim().strip_prefix(p))?
        .trim();
    let rest = if rest == ":" {
        below?.trim()
    } else {
        rest.trim_end_matches(':')
    };
    let found = find_dates(rest, vocab);
    let d = found
        .first()
        .filter(|d| d.start == 0 && d.end == rest.len())?;
    let name = addressed_body(above.trim());
    is_body_name(name, vocab).then(|| Consultation {
        committee: name.to_string(),
        date: Some(d.date),
        role: None,
    })
}

/// A body's name after the paper's kind that addresses it (`Antrag an den Stadtrat` →
/// `Stadtrat`); the text as it is otherwise.
fn addressed_body(text: &str) -> &str {
    let mut words = text.splitn(4, ' ');
    match (words.next(), words.next(), words.next(), words.next()) {
        (Some(kind), Some("an"), Some("den" | "die" | "das"), Some(name))
            if super::super::text::ends_in_paper_kind(kind) =>
        {
            name
        }
        _ => text,
    }
}

/// True for a body's name printed alone: one to ten capitalised words (or `für`, `und`, `der`,
/// `des`; a place's addition in brackets, `Briesen (Mark)`), one of them a committee noun, no
/// date. Ten words hold the committees of Gemeinden that name their municipality (`Ausschuss
/// für Umwelt, Bau und Verkehr der Gemeinde Bordesholm`). `für den` joins a body to the area it
/// serves once its committee noun has come (layout family: district councils of large cities,
/// `Bezirksvertretung für den Stadtbezirk II`); before it (`Antrag für den Stadtrat`) it leads
/// to a body, the phrase names none.
pub(super) fn is_body_name(name: &str, vocab: &Vocabulary) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let plain = words.iter().enumerate().all(|(k, w)| {
        w.trim_start_matches('(').starts_with(char::is_uppercase)
            || matches!(*w, "für" | "und" | "der" | "des")
            || (*w == "den"
                && k >= 2
                && words.get(k - 1) == Some(&"für")
                && words
                    .get(..k - 1)
                    .is_some_and(|head| head.iter().any(|h| is_committee_noun(h, vocab))))
    });
    (1..=10).contains(&words.len())
        && plain
        && words.iter().any(|w| is_committee_noun(w, vocab))
        && find_dates(name, vocab).is_empty()
}

/// `Stadtverordnetenversammlung am 06.11.2025` as a whole header line (layout family: Hessian
/// Fraktion Anfragen that name the session under the type word): a body's name, `am`, a date
/// that ends the line; no role (the paper prints none).
pub(super) fn body_on_date(line: &str, vocab: &Vocabulary) -> Option<Consultation> {
    let (name, rest) = line.trim().rsplit_once(" am ")?;
    let rest = rest.trim();
    let d = find_dates(rest, vocab)
        .into_iter()
        .next()
        .filter(|d| d.start == 0 && d.end == rest.len())?;
    is_body_name(name.trim(), vocab).then(|| Consultation {
        committee: name.trim().to_string(),
        date: Some(d.date),
        role: None,
    })
}

/// True when the word before a line's `Sitzung am` / `Sitzung vom` makes it a sentence's
/// (`… folgenden Antrag zur Sitzung am …`, `in seiner Sitzung am …`): a lower-case word that
/// is no session kind (`öffentliche Sitzung am` stays a session line).
fn sentence_before_session(text: &str) -> bool {
    let lower = text.to_lowercase();
    let Some(at) = session_date_at(&lower) else {
        return false;
    };
    let before = lower.get(..at).unwrap_or_default();
    if !before.ends_with(' ') {
        return false;
    }
    // The same word as printed (lower-casing keeps the white space).
    let Some(word) = text
        .split_whitespace()
        .nth(before.split_whitespace().count().saturating_sub(1))
    else {
        return false;
    };
    word.chars().all(char::is_lowercase) && !SESSION_KINDS.iter().any(|k| word.starts_with(k))
}

/// A committee's name without the session's kind and a dash after it (`Planungsausschuss –
/// öffentliche` → `Planungsausschuss`).
fn without_session_kind(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.last().is_some_and(|w| {
        let l = w.to_lowercase();
        matches!(l.as_str(), "–" | "-" | ",") || SESSION_KINDS.iter().any(|k| l.starts_with(k))
    }) {
        words.pop();
    }
    words.join(" ")
}

/// The role an agenda item line under a session line prints after a dash (layout family:
/// Sitzungsvorlagen of Regionalverbände and Baden-Württemberg councils, `Tagesordnungspunkt 3 –
/// Beschluss`, `TOP 5 - Kenntnisnahme`).
fn agenda_item_role(text: &str, vocab: &Vocabulary) -> Option<Role> {
    if !text.split_whitespace().next().is_some_and(is_agenda_word) {
        return None;
    }
    let (_, after) = text
        .rsplit_once(" – ")
        .or_else(|| text.rsplit_once(" - "))?;
    role_of(after.trim(), &vocab.roles)
}

/// The word that opens an agenda item (`TOP`, `Tagesordnungspunkt`), any case.
pub(crate) fn is_agenda_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("top") || word.to_lowercase() == "tagesordnungspunkt"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agenda_item_line_gives_the_role_and_the_kind_leaves_the_name() {
        let v = Vocabulary::embedded();
        assert_eq!(
            agenda_item_role("Tagesordnungspunkt 3 – Beschluss", &v),
            Some(Role::Entscheidung)
        );
        assert_eq!(
            agenda_item_role("TOP 5 - Kenntnisnahme", &v),
            Some(Role::Kenntnisnahme)
        );
        assert_eq!(
            agenda_item_role("Beschluss – Tagesordnungspunkt 3", &v),
            None
        );
        assert_eq!(agenda_item_role("Hinweis – Beschluss", &v), None);
        assert_eq!(
            without_session_kind("Planungsausschuss – öffentliche"),
            "Planungsausschuss"
        );
        assert_eq!(without_session_kind("Stadtrat"), "Stadtrat");
    }

    #[test]
    fn a_session_under_its_body_addressed_or_keyed() {
        let v = Vocabulary::embedded();
        let t = |c: Consultation| (c.committee, c.date.map(|d| d.to_string()));
        assert_eq!(
            under_its_body(
                "Antrag an den Gemeinderat",
                "Sitzung am 02.03.2026",
                None,
                &v
            )
            .map(t),
            Some(("Gemeinderat".into(), Some("2026-03-02".into())))
        );
        assert_eq!(
            under_its_body("Ortsbeirat Süd", "Sitzung am:", Some("17.03.2026"), &v).map(t),
            Some(("Ortsbeirat Süd".into(), Some("2026-03-17".into())))
        );
        // A key without its date below, a kind addressed to no body: nothing.
        assert!(under_its_body("Ortsbeirat Süd", "Sitzung am:", Some("Betreff:"), &v).is_none());
        assert!(under_its_body("Ortsbeirat Süd", "Sitzung am:", None, &v).is_none());
        assert!(
            under_its_body(
                "Antrag an den Bürgermeister",
                "Sitzung am 02.03.2026",
                None,
                &v
            )
            .is_none()
        );
    }

    #[test]
    fn a_body_named_for_the_area_it_serves() {
        let v = Vocabulary::embedded();
        assert!(is_body_name("Bezirksvertretung für den Stadtbezirk IV", &v));
        assert!(is_body_name("Beirat für den Ortsteil Nord", &v));
        // `für den` before the committee noun leads to a body: the phrase names none.
        assert!(!is_body_name("Vorlage für den Bauausschuss", &v));
        assert!(!is_body_name("Antrag für den Stadtrat Neudorf", &v));
    }
}
