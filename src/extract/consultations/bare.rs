//! Sessions printed without any label or header row: rows `Body  DATE  [öffentlich]  [role]`
//! in the header ([`headerless_rows`]) and one session line whose parts are set apart by dashes
//! ([`dashed_line`]).

use super::super::dates::find_dates;
use super::super::doc::{DLine, Doc};
use super::roles::role_of;
use super::session_lines::is_body_name;
use crate::record::{Consultation, Role};
use crate::vocab::Vocabulary;

/// Header lines searched for such sessions.
const HEADER_LINES: usize = 30;

/// Public-status words a session row may print beside its role (longest first).
const PUBLIC_WORDS: [&str; 3] = ["nicht öffentlich", "nichtöffentlich", "öffentlich"];

/// `rest` without public-status words (bare or in brackets), trimmed.
fn without_public(rest: &str) -> String {
    let mut s = rest.to_string();
    for w in PUBLIC_WORDS {
        s = s.replace(&format!("({w})"), " ").replace(w, " ");
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `rest` held a public-status word.
fn has_public(rest: &str) -> bool {
    PUBLIC_WORDS.iter().any(|w| rest.contains(w))
}

/// The role of what follows a session's date: `Some(None)` when nothing does, `None` when
/// something other than a role or public status does (then it is no session row).
fn trailing_role(rest: &str, vocab: &Vocabulary) -> Option<Option<Role>> {
    let left = without_public(rest);
    if left.is_empty() {
        return Some(None);
    }
    role_of(&left, &vocab.roles).map(Some)
}

/// One row `Body DATE [public] [role]`: the body's name (see [`is_body_name`]) right before the
/// first date, nothing but a role or public status after it. `next`: the line below, taken as
/// the name's continuation when the name alone is no body's (`Haupt- und` / `Finanzausschuss`).
fn row(line: &DLine, next: Option<&str>, vocab: &Vocabulary) -> Option<(Consultation, bool)> {
    let text = line.text.as_str();
    let d = find_dates(text, vocab).into_iter().next()?;
    let name = text.get(..d.start)?.trim();
    // The name is the row's first cell, whole (a letterhead's `Ortsrat X | Ort, 11.11.2025`
    // runs a body into a place's date).
    if line.cells.first().map(|c| c.text.trim()) != Some(name) || name.contains(',') {
        return None;
    }
    let role = trailing_role(text.get(d.end..)?, vocab)?;
    if name.is_empty() {
        return None;
    }
    let one = |committee: String, wrapped: bool| {
        let c = Consultation {
            committee,
            date: Some(d.date),
            role,
        };
        Some((c, wrapped))
    };
    if is_body_name(name, vocab) {
        return one(name.to_string(), false);
    }
    let next = next?.trim();
    let joined = format!("{name} {next}");
    // A wrapped name: its second line holds no date and is a name's end, not a sentence.
    (find_dates(next, vocab).is_empty()
        && next.split_whitespace().count() <= 3
        && next.starts_with(char::is_uppercase)
        && is_body_name(&joined, vocab))
    .then_some(())?;
    one(joined, true)
}

/// Session rows in the header with neither a Beratungsfolge label nor a header row (layout
/// family: Landschaftsverband and Verbandsgemeinde Vorlagen, Anträge and Anfragen that print
/// `Ausschuss für Inklusion   17.11.2025 empfehlender Beschluss` lines under the paper's key
/// fields; a committee wrapped onto the next line). The rows stand together: the first line
/// that is none ends them.
pub(super) fn headerless_rows(doc: &Doc, vocab: &Vocabulary) -> Vec<Consultation> {
    let lines: Vec<&DLine> = doc
        .lines
        .iter()
        .take_while(|l| l.page == 1)
        .take(HEADER_LINES)
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        match lines
            .get(i)
            .and_then(|l| row(l, lines.get(i + 1).map(|n| n.text.as_str()), vocab))
        {
            Some((c, wrapped)) => {
                out.push(c);
                i += if wrapped { 2 } else { 1 };
            }
            None if !out.is_empty() => break,
            None => i += 1,
        }
    }
    out
}

/// Lead-ins before a body's name on a dashed session line (`Beratung im Ortsgemeinderat X am …`).
const LEAD_INS: [&str; 4] = [
    "Beratung im ",
    "Beratung in der ",
    "Beratung in ",
    "Beratung durch den ",
];

/// One header line naming a session in parts set apart by dashes (layout family: Gemeinde and
/// Landratsamt Vorlagen that print `Gemeinderat – 27.11.2025 – Kenntnisnahme – öffentlich`,
/// `Beratung im Ortsgemeinderat X am 13.11.2025 – nichtöffentlich – Beschlussfassung`,
/// `Jugendhilfeausschuss am 19.11.2025 (öffentlich) – zur Kenntnisnahme`): a body's name first
/// (after `am` its date), every other part a date, a public status or a role, and a role or a
/// public status printed — else nothing.
pub(super) fn dashed_line(doc: &Doc, vocab: &Vocabulary) -> Option<Consultation> {
    doc.lines
        .iter()
        .take_while(|l| l.page == 1)
        .take(HEADER_LINES)
        .find_map(|l| dashed(&l.text, vocab))
}

/// [`dashed_line`] on one line.
fn dashed(text: &str, vocab: &Vocabulary) -> Option<Consultation> {
    let parts: Vec<&str> = text
        .split(" – ")
        .flat_map(|p| p.split(" - "))
        .map(str::trim)
        .collect();
    let (first, others) = parts.split_first()?;
    if others.is_empty() {
        return None;
    }
    let mut printed = has_public(first);
    let first = without_public(first);
    let first = LEAD_INS
        .iter()
        .find_map(|l| first.strip_prefix(l))
        .unwrap_or(&first);
    let (name, mut date) = match first.rsplit_once(" am ") {
        Some((n, rest)) => {
            let d = find_dates(rest, vocab)
                .into_iter()
                .next()
                .filter(|d| d.start == 0 && d.end == rest.len())?;
            (n.trim(), Some(d.date))
        }
        None => (first, None),
    };
    if !is_body_name(name, vocab) {
        return None;
    }
    let mut role = None;
    for p in others {
        let dates = find_dates(p, vocab);
        if let Some(d) = dates.first().filter(|d| d.start == 0 && d.end == p.len()) {
            if date.is_some() {
                return None;
            }
            date = Some(d.date);
            continue;
        }
        if has_public(p) && without_public(p).is_empty() {
            printed = true;
            continue;
        }
        let r = role_of(p, &vocab.roles)?;
        if role.replace(r).is_some() {
            return None;
        }
    }
    (printed || role.is_some()).then_some(())?;
    Some(Consultation {
        committee: name.to_string(),
        date: Some(date?),
        role,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(String, String, Option<Role>)> {
        let doc = Doc::from_text(text);
        headerless_rows(&doc, &Vocabulary::embedded())
            .into_iter()
            .map(super::super::tests::as_tuple)
            .collect()
    }

    #[test]
    fn headerless_session_rows_under_the_key_fields() {
        let got = rows(
            "Vorlage Nr. 16/0123\n\
             Datum:                        03.11.2025\n\
             Dienststelle:                 Fachbereich 53\n\
             Ausschuss für Inklusion       17.11.2025 empfehlender Beschluss\n\
             Landschaftsausschuss          05.12.2025 Beschluss\n\
             Tagesordnungspunkt:\n\
             Sozialausschuss 01.12.2025 Beschluss",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Ausschuss für Inklusion".into(),
                    "2025-11-17".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Landschaftsausschuss".into(),
                    "2025-12-05".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn headerless_rows_with_a_wrapped_committee_and_public_status() {
        let got = rows(
            "Bearbeitung:   Amt für Bauverwaltung\n\
             Haupt- und       06.11.2025     nicht öffentlich     Vorberatung\n\
             Finanzausschuss\n\
             Verbandsgemeinderat  20.11.2025  öffentlich  Beschlussfassung\n\
             Gemeinsamer Flächennutzungsplan",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Haupt- und Finanzausschuss".into(),
                    "2025-11-06".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Verbandsgemeinderat".into(),
                    "2025-11-20".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        // A place and date, a key and date, a sentence with a date: no session.
        assert!(
            rows(
                "Güsten, 03.11.2025\nOrtsrat Neudorf    Neudorf, 11.11.2025\nDatum: 03.11.2025\nDer Stadtrat hat am 03.11.2025 beschlossen"
            )
            .is_empty()
        );
    }

    #[test]
    fn one_dashed_session_line() {
        let v = Vocabulary::embedded();
        let one = |t: &str| dashed(t, &v).map(super::super::tests::as_tuple);
        assert_eq!(
            one("Gemeinderat – 27.11.2025 – Kenntnisnahme – öffentlich"),
            Some((
                "Gemeinderat".into(),
                "2025-11-27".into(),
                Some(Role::Kenntnisnahme)
            ))
        );
        assert_eq!(
            one(
                "Beratung im Ortsgemeinderat Neudorf am 13.11.2025 – nichtöffentlich – Beschlussfassung"
            ),
            Some((
                "Ortsgemeinderat Neudorf".into(),
                "2025-11-13".into(),
                Some(Role::Entscheidung)
            ))
        );
        assert_eq!(
            one("Jugendhilfeausschuss am 19.11.2025 (öffentlich) – zur Kenntnisnahme"),
            Some((
                "Jugendhilfeausschuss".into(),
                "2025-11-19".into(),
                Some(Role::Kenntnisnahme)
            ))
        );
        // No role nor status, a sentence part, no body: nothing.
        assert_eq!(one("Gemeinderat – 27.11.2025"), None);
        assert_eq!(
            one("Gemeinderat – 27.11.2025 – die Verwaltung berichtet"),
            None
        );
        assert_eq!(
            one("Winterdienst 2025/26 – 27.11.2025 – Kenntnisnahme"),
            None
        );
    }
}
