//! Sessions listed in one paragraph of page 1, each with its date (and role) in brackets
//! (layout family: Vorlagen of Verbandsgemeinden, Landkreise and Zweckverbände that print the
//! Beratungsfolge as one sentence instead of a table):
//! - a role label over the list: `Zur Kenntnis an: Ausschuss für X, Y und Z (03.03.2026) und
//!   Kreistag (18.03.2026), jeweils öffentlich` — every body takes the label's role;
//! - an action noun over the list: `Beratung im Bauausschuss am 04.02.2026 (Vorberatung) und im
//!   Gemeinderat am 19.02.2026 (Beschluss).` — every body its bracketed role.
//!
//! The paragraph is read whole or not at all: each item must be a body's name (a committee noun
//! in it) with a date, and nothing but a status note may follow the last item. No session beats
//! a wrong one.

use super::super::dates::find_dates;
use super::super::doc::{Doc, is_heading};
use super::super::text::join_lines;
use super::prose::is_committee_noun;
use super::roles::{is_status, role_of};
use crate::record::{Consultation, Role};
use crate::vocab::{LabelSet, Vocabulary};

/// Most lines of page 1 searched for such a paragraph.
const PAGE_ONE_LINES: usize = 40;

/// The sessions of the first paragraph of page 1 (above the body's first heading) that lists
/// them in one of the two shapes of this module: a line that opens the list, read with up to
/// three lines it wraps onto (single-cell lines, no paragraph break between them), the shortest
/// reading that parses whole.
pub(super) fn in_paragraph(doc: &Doc, vocab: &Vocabulary) -> Vec<Consultation> {
    let pitch = doc.line_pitch();
    let headings = vocab.labels(LabelSet::Headings);
    let lines: Vec<_> = doc.page_one().take(PAGE_ONE_LINES).collect();
    // The list opens above the body's first heading; a wrapped part of it may look like one
    // (`19.02.2026 (Beschluss).` names a heading word).
    let openers = lines
        .iter()
        .position(|l| is_heading(l, headings))
        .unwrap_or(lines.len());
    for (i, line) in lines.iter().enumerate().take(openers) {
        if line.cells.len() != 1 {
            continue;
        }
        let mut text = line.text.clone();
        for k in i..(i + 4).min(lines.len()) {
            if k > i {
                let Some(next) = lines.get(k).filter(|l| l.cells.len() == 1) else {
                    break;
                };
                if doc.break_after(k - 1, pitch) {
                    break;
                }
                text = join_lines(&text, &next.text);
            }
            let found = read(&text, vocab);
            if !found.is_empty() {
                return found;
            }
        }
    }
    Vec::new()
}

/// The sessions a paragraph lists (either shape), or none.
fn read(text: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let text = text.trim();
    if let Some((lead, rest)) = text.split_once(':')
        && (1..=4).contains(&lead.split_whitespace().count())
        && let Some(role) = role_of(lead, &vocab.roles)
    {
        return under_role_label(rest, role, vocab);
    }
    let mut words = text.split_whitespace();
    let action = words.next().is_some_and(|w| {
        w.len() > 5
            && w.starts_with(char::is_uppercase)
            && w.ends_with("ung")
            && w.chars().all(char::is_alphabetic)
    });
    if action {
        let rest = text.split_once(' ').map(|(_, r)| r).unwrap_or_default();
        return with_bracketed_roles(rest, vocab);
    }
    Vec::new()
}

/// A body's name as listed: capitalised, a committee noun in it, no date, no bracket.
fn is_listed_name(name: &str, vocab: &Vocabulary) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=10).contains(&words.len())
        && name.starts_with(char::is_uppercase)
        && !name.contains(['(', ')', ':', ';'])
        && find_dates(name, vocab).is_empty()
        && words.iter().any(|w| is_committee_noun(w, vocab))
}

/// The whole text as one date (`03.03.2026`, `4. März 2026`).
fn whole_date(text: &str, vocab: &Vocabulary) -> Option<crate::record::Date> {
    let t = text.trim();
    find_dates(t, vocab)
        .first()
        .filter(|d| d.start == 0 && d.end == t.len())
        .map(|d| d.date)
}

/// `Name (date) und Name (date), jeweils öffentlich`: each name with the label's role.
fn under_role_label(rest: &str, role: Role, vocab: &Vocabulary) -> Vec<Consultation> {
    each_bracketed(rest, vocab, |head, inside| {
        Some((strip_joiner(head.trim()), whole_date(inside, vocab)?, role))
    })
}

/// `im Bauausschuss am 04.02.2026 (Vorberatung) und im Rat am 19.02.2026 (Beschluss).`: each
/// body after `im` / `in der`, its date after `am`, its role in brackets.
fn with_bracketed_roles(rest: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    each_bracketed(rest, vocab, |head, inside| {
        let head = strip_joiner(head.trim());
        let head = head
            .strip_prefix("im ")
            .or_else(|| head.strip_prefix("in der "))?;
        let (name, date) = head.rsplit_once(" am ")?;
        let date = whole_date(date, vocab)?;
        let role = bracketed_role(inside, vocab)?;
        Some((name.trim(), date, role))
    })
}

/// The role in a bracket: the whole bracket (`Vorberatung`), or its one part that is no status
/// word beside the session's status (`nichtöffentlich, Vorberatung`, `Beschluss, öffentlich`;
/// layout family: Beratungsfolge sentences that print both in one bracket).
fn bracketed_role(inside: &str, vocab: &Vocabulary) -> Option<Role> {
    role_of(inside, &vocab.roles).or_else(|| {
        let parts: Vec<&str> = inside.split([',', ';']).map(str::trim).collect();
        let mut rest = parts.iter().filter(|p| !is_status(p));
        match (rest.next(), rest.next()) {
            (Some(one), None) if parts.len() > 1 => role_of(one, &vocab.roles),
            _ => None,
        }
    })
}

/// The items of a list `head (inside) head (inside) … status`, each read by `item` into a
/// body's name, date and role; all of them or none (an item that does not read, a name that is
/// no body's, or anything but a status note after the last item gives none).
fn each_bracketed<'a>(
    rest: &'a str,
    vocab: &Vocabulary,
    item: impl Fn(&'a str, &'a str) -> Option<(&'a str, crate::record::Date, Role)>,
) -> Vec<Consultation> {
    let mut out = Vec::new();
    let mut rest = rest.trim();
    while let Some((head, tail)) = rest.split_once('(') {
        let Some((inside, after)) = tail.split_once(')') else {
            return Vec::new();
        };
        let Some((name, date, role)) = item(head, inside) else {
            return Vec::new();
        };
        if !is_listed_name(name, vocab) {
            return Vec::new();
        }
        out.push(Consultation {
            committee: name.to_string(),
            date: Some(date),
            role: Some(role),
        });
        rest = after.trim();
    }
    if !is_status_tail(rest) {
        return Vec::new();
    }
    out
}

/// The item without the word joining it to the one before (`und`, `sowie`, a comma).
fn strip_joiner(t: &str) -> &str {
    let t = t.trim_start_matches([',', ' ']);
    t.strip_prefix("und ")
        .or_else(|| t.strip_prefix("sowie "))
        .unwrap_or(t)
        .trim()
}

/// What may follow the last item: nothing, a full stop, or a status note (`, jeweils
/// öffentlich`).
fn is_status_tail(t: &str) -> bool {
    let t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';'));
    t.is_empty() || t.starts_with("jeweils")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, String, Option<Role>)> {
        let doc = Doc::from_text(text);
        in_paragraph(&doc, &Vocabulary::embedded())
            .into_iter()
            .map(|c| {
                (
                    c.committee,
                    c.date.map(|d| d.to_string()).unwrap_or_default(),
                    c.role,
                )
            })
            .collect()
    }

    #[test]
    fn role_label_over_bodies_with_bracketed_dates() {
        let got = run("Informationsvorlage IV-0003/2026\n\
             Betreff: Stand der Radwegeplanung\n\
             \n\
             Zur Kenntnis an: Ausschuss für Bauen, Umwelt und Verkehr (05.05.2026) und\n\
             Kreistag (20.05.2026), jeweils öffentlich\n\
             \n\
             Information:\n\
             Der Landkreis plant.");
        assert_eq!(
            got,
            vec![
                (
                    "Ausschuss für Bauen, Umwelt und Verkehr".into(),
                    "2026-05-05".into(),
                    Some(Role::Kenntnisnahme)
                ),
                (
                    "Kreistag".into(),
                    "2026-05-20".into(),
                    Some(Role::Kenntnisnahme)
                ),
            ]
        );
    }

    #[test]
    fn action_noun_over_sessions_with_bracketed_roles() {
        let got = run("Beschlussvorlage Nr. 0044/2026\n\
             \n\
             Beratung im Haupt- und Finanzausschuss am 03.03.2026 (Vorberatung) und im Stadtrat am\n\
             17.03.2026 (Beschluss).\n\
             \n\
             Sachverhalt:\n\
             Der Stadtrat hat.");
        assert_eq!(
            got,
            vec![
                (
                    "Haupt- und Finanzausschuss".into(),
                    "2026-03-03".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Stadtrat".into(),
                    "2026-03-17".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn a_bracket_with_status_and_role() {
        let got = run("Beschlussvorlage Nr.: 2-044/2026\n\
             \n\
             Beratung im Werksausschuss am 02.03.2026 (nichtöffentlich, Vorberatung) und im\n\
             Gemeinderat am 16.03.2026 (öffentlich, Beschluss).\n\
             \n\
             Sachverhalt:\n\
             Der Gemeinderat hat.");
        assert_eq!(
            got,
            vec![
                (
                    "Werksausschuss".into(),
                    "2026-03-02".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Gemeinderat".into(),
                    "2026-03-16".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn a_sentence_with_brackets_lists_no_sessions() {
        // A body sentence, an item without a body, a tail that goes on: nothing.
        assert!(run("Beratung der Mittel (2026) im Haushalt.").is_empty());
        assert!(run("Zur Kenntnis: Bericht des Kämmerers (12.03.2026)").is_empty());
        assert!(
            run("Zur Kenntnis an: Kreistag (20.05.2026) und die Verwaltung wird gebeten")
                .is_empty()
        );
    }
}
