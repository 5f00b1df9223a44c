//! A Beratungsfolge table: one row per session line (committee, date, role), committee names
//! wrapped onto continuation lines, a role alone on the next line, a side bar left of the table,
//! the header repeated after a page break.

use super::super::doc::{DCell, DLine, Doc, cells_text, is_heading, x_overlap};
use super::super::text::{is_enumerated_heading, is_sentence, join_lines};
use super::roles::{is_status, role_of, trailing_role};
use super::rows::{Row, parse_row, parse_undated_row, to_consultation};
use crate::record::{Consultation, Role};
use crate::vocab::{LabelSet, Labels, Printed, Vocabulary};

/// Lines looked at after the start of a Beratungsfolge.
const WINDOW: usize = 40;

/// The rows of the table that starts at line `start` (its label or header row), and the last
/// line read.
pub(super) fn read(
    doc: &Doc,
    vocab: &Vocabulary,
    start: usize,
) -> (Vec<Consultation>, Option<usize>) {
    let roles = &vocab.roles;
    let starts = vocab.labels(LabelSet::Consultations);
    let headings = vocab.labels(LabelSet::Headings);
    let title_labels = vocab.labels(LabelSet::Title);
    let side_labels = Labels::union(&[
        vocab.labels(LabelSet::Department),
        vocab.labels(LabelSet::DocType),
    ]);
    let pitch = doc.line_pitch();
    let mut out: Vec<Row> = Vec::new();
    let mut last_line = None;
    let mut current: Option<Row> = None;
    let mut started = false;
    let mut prev_header = false;
    // Lines already read as part of a row.
    let mut skip_to = 0;
    // Left edge of the table; cells further left belong to a side bar.
    let mut table_x0: Option<f32> = None;
    let mut side_x0: Option<f32> = None;
    // Left edge of the header row's first cell.
    let mut header_left: Option<f32> = None;
    // Left edge of the first row read.
    let mut rows_x0: Option<f32> = None;
    for i in start..(start + WINDOW).min(doc.lines.len()) {
        let Some(full) = doc.lines.get(i) else { break };
        if full.furniture {
            continue;
        }
        let Some(trimmed) = right_of(full, table_x0) else {
            continue;
        };
        if side_x0.is_none() && super::is_header_row(&trimmed, vocab) {
            side_x0 = side_column(doc, i, &trimmed);
        }
        let Some(trimmed) = left_of(&trimmed, side_x0) else {
            continue;
        };
        let side_cut = trimmed.cells.len();
        let trimmed = without_side_label(trimmed, header_left);
        // A row beside a side column's label: the side column goes on below it, so the row
        // is no line a title could follow (the last line read stays the row before).
        let beside_side_column = trimmed.cells.len() < side_cut;
        let line = &trimmed;
        let is_header = super::is_header_row(line, vocab);
        if is_header && header_left.is_none() {
            header_left = line.cells.first().map(|c| c.x0);
        }
        // A table continued on the next page repeats its label or header row there.
        let new_page = last_line
            .and_then(|l: usize| doc.lines.get(l))
            .is_some_and(|p: &DLine| p.page < line.page);
        if started && new_page && (is_header || starts.starts(&line.text)) {
            continue;
        }
        if i > start && (is_heading(line, headings) || title_labels.starts(&line.text)) {
            break;
        }
        if i < skip_to {
            continue;
        }
        // A line wholly left of the rows read so far belongs to a side bar beside the table
        // (layout family: Vorlagen with a key column left of the Beratungsfolge, `Fachbereich:` /
        // `FB 2 …` between two rows): no row, and no end of the table.
        if let Some(x0) = rows_x0
            && line.cells.iter().all(|c| c.x1 < x0 - 4.0)
        {
            continue;
        }
        let merged = (!is_header)
            .then(|| centred_row(doc, i, line, vocab, roles, pitch))
            .flatten();
        if merged.is_some() {
            skip_to = i + 2;
        }
        let row = merged
            .or_else(|| parse_row(line, vocab, roles))
            .or_else(|| {
                let current_complete = current.as_ref().is_none_or(|r| r.role.is_some());
                (!is_header && (started || prev_header) && current_complete)
                    .then(|| parse_undated_row(line, roles))
                    .flatten()
            });
        prev_header = is_header;
        // The table starts at its leftmost column header; a label with a colon further left
        // (`Eingereicht von:`) belongs to a side bar.
        // Only when such a label stands on the header row: a header centred over its column
        // (`Beratungsfolge` above a wider committee name) is no edge of the table.
        if is_header && table_x0.is_none() {
            let side = |c: &DCell| c.text.ends_with(':') || side_labels.starts(&c.text);
            if line.cells.first().is_some_and(side) {
                table_x0 = line.cells.iter().find(|c| !side(c)).map(|c| c.x0);
            }
        }
        // `Beratungsfolge: Bauausschuss 12.03.2023 Vorberatung` on the label line.
        let row = row.map(|mut r| {
            if let Some((rest, _)) = starts.strip(&r.committee) {
                r.committee = rest.trim().to_string();
            }
            r
        });
        // The label's own line with no committee on it (`Beratungsfolge | 03.09.2026`, the date
        // a side column's): no row.
        let row = row.filter(|r| i != start || !r.committee.trim().is_empty());
        if let Some(row) = row {
            if rows_x0.is_none() {
                rows_x0 = line.cells.first().map(|c| c.x0);
            }
            if let Some(done) = current.take() {
                out.push(done);
            }
            current = Some(row);
            started = true;
            if !beside_side_column || last_line.is_none() {
                last_line = Some(i);
            }
            continue;
        }
        if let Some(row) = current.as_mut()
            && continue_row(row, doc, i, line, roles, pitch)
        {
            last_line = Some(i);
            continue;
        }
        // The first line after the table that is no part of it ends it.
        if started {
            break;
        }
    }
    if let Some(done) = current.take() {
        out.push(done);
    }
    // A role outside the vocabulary stands in the column the other rows' roles stand in.
    if let Some(x0) = out.iter().find_map(|r| r.role_x0) {
        for r in &mut out {
            r.drop_cell_in_role_column(x0);
        }
    }
    (out.into_iter().map(to_consultation).collect(), last_line)
}

/// A row whose wrapped committee cell is set above and below its other cells, which stand
/// vertically centred in between (Word tables): line `i` holds only the first part of the
/// committee, line `i + 1` — closer than the line pitch — the date and role without a committee.
/// The two are read as one row; the rest of the name continues it below.
fn centred_row(
    doc: &Doc,
    i: usize,
    line: &DLine,
    vocab: &Vocabulary,
    roles: &[Printed<Role>],
    pitch: f32,
) -> Option<Row> {
    let next = doc.lines.get(i + 1)?;
    if line.cells.len() != 1
        || vocab.labels(LabelSet::Consultations).starts(&line.text)
        || next.page != line.page
        || next.y - line.y >= pitch * 0.9
        || parse_row(line, vocab, roles).is_some()
        || parse_row(next, vocab, roles).is_some()
    {
        return None;
    }
    let mut cells = line.cells.clone();
    cells.extend(next.cells.iter().cloned());
    cells.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    let text = cells_text(&cells);
    let joined = DLine {
        cells,
        text,
        ..next.clone()
    };
    // A row of the table names what the committee does.
    parse_row(&joined, vocab, roles).filter(|r| r.role.is_some())
}

/// A line with only a role completes `row`; a line right below that overlaps the committee
/// column continues its name (possibly with the role at its end). True when the line was used.
fn continue_row(
    row: &mut Row,
    doc: &Doc,
    i: usize,
    line: &DLine,
    roles: &[Printed<Role>],
    pitch: f32,
) -> bool {
    if row.role.is_none()
        && let Some(r) = role_of(&line.text, roles)
    {
        row.role = Some(r);
        return true;
    }
    // The rest of a role cell wrapped onto a line of its own (layout family: Hessian Magistrat
    // tables whose role cell cites its law, `Anhörung gem. § 82` / `HGO`): one short cell right
    // below, in the role's column, without a date — read, nothing taken from it.
    if row.role.is_some()
        && let Some(rx) = row.role_x0
        && let [cell] = line.cells.as_slice()
        && (cell.x0 - rx).abs() < 4.0
        && cell.text.split_whitespace().count() <= 3
        && !cell.text.chars().any(|c| c.is_ascii_digit())
        && doc
            .lines
            .get(i.wrapping_sub(1))
            .is_some_and(|p| p.page == line.page && line.y - p.y < pitch * 1.2)
    {
        return true;
    }
    // Close below, in the same weight: a bold line right under a regular table is the subject
    // (`Neubau Feuerwehrhaus …` under the last row), no part of a name.
    let close = doc.lines.get(i - 1).is_some_and(|p| {
        p.page == line.page && line.y - p.y < pitch * 1.45 && (p.bold == line.bold || p.bold)
    });
    let cont: Vec<&str> = line
        .cells
        .iter()
        .filter(|c| x_overlap(row.x0, row.x1, c.x0, c.x1, 1.0) && !is_status(&c.text))
        .map(|c| c.text.as_str())
        .collect();
    // `A. Problem` right below the table is a section heading, no part of a name; a sentence
    // right below it (`Zu 1: Von 14 Schulen …`, layout family: Antworten whose text follows the
    // table without a heading) is the body.
    let joined = cont.join(" ");
    if close
        && !is_enumerated_heading(&line.text)
        && !is_sentence(&joined)
        && !joined.contains(": ")
        && !cont.is_empty()
        && cont.len() == line.cells.iter().filter(|c| !is_status(&c.text)).count()
    {
        let extra = cont.join(" ");
        if let Some((r, before)) = trailing_role(&extra, roles) {
            row.role = row.role.or(Some(r));
            row.committee = join_lines(&row.committee, before.trim());
        } else {
            row.committee = join_lines(&row.committee, &extra);
        }
        return true;
    }
    false
}

/// The left edge of a side column right of the table whose header row is line `i` (layout
/// family: Hessian Magistrat papers with a side column of number, office and contact beside the
/// Beratungsfolge): a column of cells at one left edge that starts above the header (in two of
/// the four lines above it, on its page), right of every cell of the header (a table's own last
/// column may line up with a letterhead block above; its header cell stands at that edge).
fn side_column(doc: &Doc, i: usize, header: &DLine) -> Option<f32> {
    let above: Vec<&DLine> = doc
        .lines
        .get(i.saturating_sub(4)..i)
        .unwrap_or_default()
        .iter()
        .filter(|l| l.page == header.page)
        .collect();
    let first_x1 = header.cells.first()?.x1;
    above
        .iter()
        .flat_map(|l| l.cells.iter().map(|c| c.x0))
        .filter(|&x| x > first_x1)
        .filter(|&x| {
            above
                .iter()
                .filter(|l| l.cells.iter().any(|c| (c.x0 - x).abs() < 1.5))
                .count()
                >= 2
                && header.cells.len() >= 2
                && header.cells.iter().all(|c| c.x1 < x - 4.0)
        })
        .min_by(f32::total_cmp)
}

/// The line without the cells of a side column right of the table, or None when nothing is left.
fn left_of(line: &DLine, x0: Option<f32>) -> Option<DLine> {
    let Some(x0) = x0 else {
        return Some(line.clone());
    };
    line.filtered(|c| c.x0 < x0 - 1.5)
}

/// The line without the cells left of the table (a side bar), or None when nothing is left.
/// The line without a side column's label that ends left of the header row's first cell
/// (layout family: Vorlagen with a key column beside the Beratungsfolge table, `Einreicher:` on
/// the line of a row, the header row itself beside an empty stretch of that column): the label
/// is no part of the row. A label alone on its line stays (it ends the table).
fn without_side_label(line: DLine, header_left: Option<f32>) -> DLine {
    let Some(hx) = header_left else {
        return line;
    };
    let side = |c: &DCell| c.text.trim_end().ends_with(':') && c.x1 < hx - 2.0;
    if line.cells.len() < 2 || !line.cells.first().is_some_and(side) {
        return line;
    }
    let first_x0 = line.cells.first().map_or(0.0, |c| c.x0);
    line.filtered(|c| c.x0 > first_x0).unwrap_or(line)
}

fn right_of(line: &DLine, x0: Option<f32>) -> Option<DLine> {
    let Some(x0) = x0 else {
        return Some(line.clone());
    };
    line.filtered(|c| c.x1 > x0 - 4.0)
}
