//! Session lines in the header without a table: `Ausschuss X, Sitzung am 01.06.2023 –
//! Kenntnisnahme` (the role possibly on the next line).

use super::super::doc::Doc;
use super::roles::role_of;
use super::rows::{parse_row, to_consultation};
use crate::record::Consultation;
use crate::vocab::Vocabulary;

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
        if !lower.contains("sitzung am") && !lower.contains("sitzung vom") {
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
            if row.role.is_none()
                && let Some(next) = doc.lines.get(i + 1)
            {
                row.role = role_of(&next.text, roles);
            }
            out.push(to_consultation(row));
            last_line = Some(i);
        }
    }
    (out, last_line)
}
