//! One row of a Beratungsfolge: a line with a session date, a committee and a role (status,
//! weekday and clock time removed), or a table row without a date.

use super::super::dates::find_dates;
use super::super::doc::{DCell, DLine};
use super::super::text::collapse;
use super::roles::{is_status, role_of, trailing_role};
use crate::fold::alnum as fold_alnum;
use crate::record::{Consultation, Date, Role};
use crate::vocab::{LabelSet, Printed, Vocabulary};

/// One parsed row.
pub(super) struct Row {
    pub(super) committee: String,
    pub(super) date: Option<Date>,
    pub(super) role: Option<Role>,
    /// Horizontal extent of the committee text (for continuation lines).
    pub(super) x0: f32,
    pub(super) x1: f32,
    /// Left edge of the cell that held the role, when a cell was the role.
    pub(super) role_x0: Option<f32>,
    /// The committee's last cell (its text and left edge) when the committee spans several.
    pub(super) last_cell: Option<(String, f32)>,
}

impl Row {
    /// Drop the committee's last cell when it stands in the role column (left edge `x0`) of the
    /// table: a role word outside the vocabulary (`Überweisung`), not part of the name.
    pub(super) fn drop_cell_in_role_column(&mut self, x0: f32) {
        if self.role.is_some() {
            return;
        }
        if let Some((text, cx0)) = self.last_cell.take() {
            if (cx0 - x0).abs() < 6.0
                && text.split_whitespace().count() == 1
                && let Some(rest) = self.committee.strip_suffix(text.as_str())
            {
                self.committee = rest.trim_end().to_string();
            } else {
                self.last_cell = Some((text, cx0));
            }
        }
    }
}

/// Parse a line that holds a session date (and usually a committee and a role).
pub(super) fn parse_row(line: &DLine, vocab: &Vocabulary, roles: &[Printed<Role>]) -> Option<Row> {
    let dates = find_dates(&line.text, vocab);
    let date = dates.first()?.date;
    let session = vocab.labels(LabelSet::SessionWords);
    let mut committee_parts = Vec::new();
    let mut role = None;
    let mut role_x0 = None;
    let mut last_cell = None;
    let (mut x0, mut x1) = (f32::MAX, f32::MIN);
    for cell in &line.cells {
        let cell_dates = find_dates(&cell.text, vocab);
        let mut text = cell.text.clone();
        for d in cell_dates.iter().rev() {
            text.replace_range(d.start..d.end, " ");
        }
        let mut text = collapse(&text);
        if !cell_dates.is_empty() {
            text = strip_weekday_and_time(&text, vocab);
            if session.has_alnum(&fold_alnum(&text)) {
                continue;
            }
        }
        if text.is_empty() {
            continue;
        }
        if let Some(r) = role_of(&text, roles) {
            role = Some(r);
            role_x0 = Some(cell.x0);
            continue;
        }
        let text = match trailing_role(&text, roles) {
            Some((r, before)) => {
                role = Some(r);
                before.trim().to_string()
            }
            None => text,
        };
        if text.is_empty() || is_status(&text) {
            continue;
        }
        if committee_parts.is_empty() || !is_status(&text) {
            x0 = x0.min(cell.x0);
            x1 = x1.max(cell.x1);
            last_cell = Some((text.clone(), cell.x0));
            committee_parts.push(text);
        }
    }
    let committee = clean_committee(&committee_parts);
    if committee.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    Some(Row {
        committee,
        date: Some(date),
        role,
        x0,
        x1,
        role_x0,
        last_cell: last_cell.filter(|_| committee_parts.len() > 1),
    })
}

/// A table row without a session date yet: a committee cell and a role cell.
pub(super) fn parse_undated_row(line: &DLine, roles: &[Printed<Role>]) -> Option<Row> {
    if line.cells.len() < 2 {
        return None;
    }
    let (role, role_x0) = line
        .cells
        .iter()
        .find_map(|c| role_of(&c.text, roles).map(|r| (r, c.x0)))?;
    let committee: Vec<&DCell> = line
        .cells
        .iter()
        .filter(|c| role_of(&c.text, roles).is_none() && !is_status(&c.text))
        .collect();
    let first = committee.first()?;
    let last = committee.last()?;
    let name = clean_committee(&committee.iter().map(|c| c.text.clone()).collect::<Vec<_>>());
    if name.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    Some(Row {
        committee: name,
        date: None,
        role: Some(role),
        x0: first.x0,
        x1: last.x1,
        role_x0: Some(role_x0),
        last_cell: None,
    })
}

/// Clean a committee name: numbering, status words and separators removed.
fn clean_committee(parts: &[String]) -> String {
    let mut words: Vec<String> = Vec::new();
    for p in parts {
        if is_status(p) {
            continue;
        }
        words.push(p.clone());
    }
    let s = words.join(" ");
    let s = s
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')' || c == ' ')
        .trim();
    let mut s = s
        .trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | ';' | '|')
        })
        .to_string();
    for suffix in [", Sitzung am", " Sitzung am", ", Sitzung", " am", " vom"] {
        if let Some(stripped) = s.strip_suffix(suffix) {
            s = stripped.to_string();
        }
    }
    s.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | ':' | ';' | '|'))
        .to_string()
}

/// Remove weekday names and clock times left next to a session date (`Di, 17:00 Uhr`).
fn strip_weekday_and_time(text: &str, vocab: &Vocabulary) -> String {
    let weekdays = &vocab.numbers.weekdays;
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| {
            let core = w.trim_matches(|c: char| matches!(c, ',' | '.' | '(' | ')' | '–' | '-'));
            let lower = core.to_lowercase();
            let is_time = !core.is_empty()
                && core
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
                && core.contains([':', '.']);
            !(core.is_empty() || weekdays.contains(&lower) || is_time || lower == "uhr")
        })
        .collect();
    words.join(" ")
}

/// The consultation a row states, its committee trimmed of separators.
pub(super) fn to_consultation(row: Row) -> Consultation {
    let committee = row
        .committee
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '-' | '–' | ':' | ';'))
        .to_string();
    Consultation {
        committee,
        date: row.date,
        role: row.role,
    }
}
