//! The Beratungsfolge: committee, session date and role, from a table (one row per line,
//! committee names wrapped onto continuation lines), from lines (`1. Rat – 04.07.2023 –
//! Entscheidung`, `Ausschuss X, Sitzung am 01.06.2023 – Kenntnisnahme`) or from prose
//! (`Beschluss des Bezirksausschusses … vom 14.01.2021`).

use super::dates::find_dates;
use super::text::{DLine, Doc, fold_alnum, fold_spelled, is_heading, x_overlap};
use crate::record::{Consultation, Role};
use crate::vocab::{LabelSet, Labels, Printed, Vocabulary};

/// Lines looked at after the start of a Beratungsfolge.
const WINDOW: usize = 40;

/// Status cells of a Beratungsfolge row that are not part of the committee.
fn is_status(t: &str) -> bool {
    let f = fold_alnum(t);
    matches!(
        f.as_str(),
        "ö" | "n"
            | "nö"
            | "ö/n"
            | "öffentlich"
            | "nichtöffentlich"
            | "oeffentlich"
            | "nichtoeffentlich"
            | "noe"
            | "oe"
            | "nicht"
            | "x"
            | "sitzungam"
            | "am"
            | "top"
    ) || t.trim_end_matches('.').chars().all(|c| c.is_ascii_digit())
}

/// The role named by a text (the longest role word it starts with or ends with).
pub fn role_of(text: &str, roles: &[Printed<Role>]) -> Option<Role> {
    let f = fold_alnum(text);
    if f.is_empty() {
        return None;
    }
    roles
        .iter()
        .find(|w| f == w.alnum)
        .or_else(|| {
            roles
                .iter()
                .find(|w| f.starts_with(&w.alnum) && f.len() <= w.alnum.len() + 2)
        })
        .map(|w| w.value)
        .or_else(|| {
            // A short role cell with a qualifier: `Entscheidung (endgültig)`,
            // `Vorberatung/Empfehlung`, `Beratung und Empfehlung`.
            if text.split_whitespace().count() > 4 {
                return None;
            }
            let first = text
                .split(|c: char| c.is_whitespace() || matches!(c, '/' | '(' | ','))
                .find(|w| !w.is_empty())?;
            let ff = fold_alnum(first);
            (ff != f)
                .then(|| roles.iter().find(|w| ff == w.alnum))
                .flatten()
                .map(|w| w.value)
        })
}

/// Find a role word at the end of `text`: returns the role and the text before it.
fn trailing_role<'a>(text: &'a str, roles: &[Printed<Role>]) -> Option<(Role, &'a str)> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    for take in [3usize, 2, 1] {
        if words.len() < take {
            continue;
        }
        let (start, _) = *words.get(words.len() - take)?;
        let tail = text.get(start..)?;
        if let Some(r) = role_of(tail, roles) {
            return Some((r, text.get(..start)?));
        }
    }
    None
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

/// One parsed row.
struct Row {
    committee: String,
    date: Option<crate::record::Date>,
    role: Option<Role>,
    /// Horizontal extent of the committee text (for continuation lines).
    x0: f32,
    x1: f32,
}

/// Parse a line that holds a session date (and usually a committee and a role).
fn parse_row(line: &DLine, vocab: &Vocabulary, roles: &[Printed<Role>]) -> Option<Row> {
    let dates = find_dates(&line.text, vocab);
    let date = dates.first()?.date;
    let session = vocab.labels(LabelSet::SessionWords);
    let mut committee_parts = Vec::new();
    let mut role = None;
    let (mut x0, mut x1) = (f32::MAX, f32::MIN);
    for cell in &line.cells {
        let cell_dates = find_dates(&cell.text, vocab);
        let mut text = cell.text.clone();
        for d in cell_dates.iter().rev() {
            text.replace_range(d.start..d.end, " ");
        }
        let mut text = super::text::collapse(&text);
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
    })
}

/// A table row without a session date yet: a committee cell and a role cell.
fn parse_undated_row(line: &DLine, roles: &[Printed<Role>]) -> Option<Row> {
    if line.cells.len() < 2 {
        return None;
    }
    let role = line.cells.iter().find_map(|c| role_of(&c.text, roles))?;
    let committee: Vec<&super::text::DCell> = line
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
    })
}

/// The Beratungsfolge of the document.
pub fn find_consultations(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
) -> (Vec<Consultation>, Option<usize>) {
    let roles = &vocab.roles;
    let starts = vocab.labels(LabelSet::Consultations);
    let columns = vocab.labels(LabelSet::CommitteeColumn);
    let headings = vocab.labels(LabelSet::Headings);
    let title_labels = vocab.labels(LabelSet::Title);
    let side_labels = Labels::union(&[
        vocab.labels(LabelSet::Department),
        vocab.labels(LabelSet::DocType),
    ]);
    let limit = doc
        .lines
        .iter()
        .position(|l| l.page > 2)
        .unwrap_or(doc.lines.len());
    // Start: a Beratungsfolge label, or a table header with a committee column.
    let start = doc.lines.iter().take(limit).position(|l| {
        starts.starts(&l.text)
            || (l.cells.len() >= 2 && l.cells.iter().any(|c| columns.is_whole(&c.text)))
    });
    let mut out: Vec<Consultation> = Vec::new();
    let mut last_line = None;
    if let Some((found, end)) = start.and_then(|s| prose_after_label(doc, s, vocab, starts)) {
        return (found, Some(end));
    }
    if let Some(start) = start {
        let mut current: Option<Row> = None;
        let mut started = false;
        let mut prev_header = false;
        let mut misses = 0;
        // Left edge of the table; cells further left belong to a side bar.
        let mut table_x0: Option<f32> = None;
        for i in start..(start + WINDOW).min(doc.lines.len()) {
            let Some(full) = doc.lines.get(i) else { break };
            if full.furniture {
                continue;
            }
            let Some(trimmed) = right_of(full, table_x0) else {
                continue;
            };
            let line = &trimmed;
            let is_header = line.cells.iter().any(|c| columns.is_whole(&c.text));
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
            let row = parse_row(line, vocab, roles).or_else(|| {
                let current_complete = current.as_ref().is_none_or(|r| r.role.is_some());
                (!is_header && (started || prev_header) && current_complete)
                    .then(|| parse_undated_row(line, roles))
                    .flatten()
            });
            prev_header = is_header;
            // The table starts at its leftmost column header; a label with a colon further left
            // (`Eingereicht von:`) belongs to a side bar.
            if is_header && table_x0.is_none() {
                table_x0 = line
                    .cells
                    .iter()
                    .find(|c| !c.text.ends_with(':') && !side_labels.starts(&c.text))
                    .map(|c| c.x0);
            }
            // `Beratungsfolge: Bauausschuss 12.03.2023 Vorberatung` on the label line.
            let row = row.map(|mut r| {
                if let Some((rest, _)) = starts.strip(&r.committee) {
                    r.committee = rest.trim().to_string();
                }
                r
            });
            if let Some(row) = row {
                if let Some(done) = current.take() {
                    out.push(to_consultation(done));
                }
                current = Some(row);
                started = true;
                last_line = Some(i);
                misses = 0;
                continue;
            }
            // A line with only a role completes the current row; a line overlapping the
            // committee column continues its name.
            if let Some(row) = current.as_mut() {
                if row.role.is_none()
                    && let Some(r) = role_of(&line.text, roles)
                {
                    row.role = Some(r);
                    last_line = Some(i);
                    continue;
                }
                let close = doc
                    .lines
                    .get(i - 1)
                    .is_some_and(|p| p.page == line.page && line.y - p.y < doc.line_pitch() * 1.45);
                let cont: Vec<&str> = line
                    .cells
                    .iter()
                    .filter(|c| x_overlap(row.x0, row.x1, c.x0, c.x1, 1.0) && !is_status(&c.text))
                    .map(|c| c.text.as_str())
                    .collect();
                if close
                    && !cont.is_empty()
                    && cont.len() == line.cells.iter().filter(|c| !is_status(&c.text)).count()
                {
                    let extra = cont.join(" ");
                    if let Some((r, before)) = trailing_role(&extra, roles) {
                        row.role = row.role.or(Some(r));
                        row.committee = super::title::join_lines(&row.committee, before.trim());
                    } else {
                        row.committee = super::title::join_lines(&row.committee, &extra);
                    }
                    last_line = Some(i);
                    continue;
                }
            }
            if started {
                misses += 1;
                if misses >= 1 {
                    break;
                }
            }
        }
        if let Some(done) = current.take() {
            out.push(to_consultation(done));
        }
    }
    if out.is_empty() {
        // Lines such as `Ausschuss X, Sitzung am 01.06.2023 – Kenntnisnahme` in the header.
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
    }
    if out.is_empty() {
        let first_page = doc.lines.iter().take_while(|l| l.page == 1).count();
        for line in doc.lines.iter().take(header_end.max(first_page).min(60)) {
            // Prose lines sit among the header fields; they do not end a header block.
            if let Some(c) = prose_consultation(&line.text, vocab, roles) {
                out.push(c);
            }
        }
    }
    if out.is_empty() {
        out = prose_in_header(doc, vocab, header_end);
    }
    (out, last_line)
}

/// Sentences in the header block that state sessions without a label (`Der Schulausschuss berät
/// die Vorlage am 26.09.2023 vorberatend.`): every clause needs a committee, a date and a role.
fn prose_in_header(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Vec<Consultation> {
    let pitch = doc.line_pitch();
    let end = header_end.min(doc.lines.len());
    let mut out = Vec::new();
    let mut text = String::new();
    for i in 0..end {
        let Some(line) = doc.lines.get(i).filter(|l| l.page == 1) else {
            break;
        };
        if line.cells.len() == 1 {
            text = super::title::join_lines(&text, &line.text);
        }
        if doc.break_after(i, pitch) || line.cells.len() != 1 || i + 1 == end {
            if super::prose::is_sentence(&text) {
                let found = super::prose::prose_sequence(&text, vocab);
                if found.iter().all(|c| c.role.is_some()) {
                    out.extend(found);
                }
            }
            text.clear();
        }
    }
    out
}

/// Public or not from the status column of a Beratungsfolge table (`Ö/N`): `N` in every row →
/// false, `Ö` in every row → true; None when the column is missing or mixed.
pub fn public_from_status(doc: &Doc, vocab: &Vocabulary) -> Option<bool> {
    // The committee column may be headed by the Beratungsfolge label itself.
    let columns = Labels::union(&[
        vocab.labels(LabelSet::CommitteeColumn),
        vocab.labels(LabelSet::Consultations),
    ]);
    let status = vocab.labels(LabelSet::StatusColumn);
    let limit = doc
        .lines
        .iter()
        .position(|l| l.page > 2)
        .unwrap_or(doc.lines.len());
    let (hi, cell) = doc
        .lines
        .iter()
        .take(limit)
        .enumerate()
        .find_map(|(i, l)| {
            let has_committee = l.cells.iter().any(|c| columns.is_whole(&c.text));
            let st = l.cells.iter().find(|c| status.is_whole(&c.text))?;
            has_committee.then_some((i, st.clone()))
        })?;
    let mut seen: Vec<bool> = Vec::new();
    for line in doc.lines.iter().skip(hi + 1).take(12) {
        if find_dates(&line.text, vocab).is_empty() {
            continue;
        }
        let Some(c) = line
            .cells
            .iter()
            .find(|c| x_overlap(cell.x0, cell.x1, c.x0, c.x1, 4.0))
        else {
            continue;
        };
        match fold_spelled(&c.text).as_str() {
            "n" | "noe" | "nichtoeffentlich" => seen.push(false),
            "oe" | "oeffentlich" => seen.push(true),
            _ => {}
        }
    }
    let first = *seen.first()?;
    seen.iter().all(|v| *v == first).then_some(first)
}

/// A Beratungsfolge label followed by sentences (on its line or the next): the consultations
/// the paragraph states and its last line.
fn prose_after_label(
    doc: &Doc,
    start: usize,
    vocab: &Vocabulary,
    starts: &Labels,
) -> Option<(Vec<Consultation>, usize)> {
    let label_line = doc.lines.get(start)?;
    let (rest, _) = starts.strip(&label_line.text)?;
    let rest = rest.trim_start_matches([':', ' ']).trim();
    let (mut text, mut i) = if rest.is_empty() {
        (doc.lines.get(start + 1)?.text.clone(), start + 1)
    } else {
        (rest.to_string(), start)
    };
    if doc.lines.get(i)?.cells.len() != 1 || !super::prose::is_sentence(&text) {
        return None;
    }
    let pitch = doc.line_pitch();
    let headings = vocab.labels(LabelSet::Headings);
    while i + 1 < start + 8 && !doc.break_after(i, pitch) {
        let Some(next) = doc.lines.get(i + 1) else {
            break;
        };
        if next.cells.len() != 1 || is_heading(next, headings) {
            break;
        }
        text = super::title::join_lines(&text, &next.text);
        i += 1;
    }
    let found = super::prose::prose_sequence(&text, vocab);
    (!found.is_empty()).then_some((found, i))
}

/// The line without the cells left of the table (a side bar), or None when nothing is left.
fn right_of(line: &DLine, x0: Option<f32>) -> Option<DLine> {
    let Some(x0) = x0 else {
        return Some(line.clone());
    };
    line.filtered(|c| c.x1 > x0 - 4.0)
}

/// Words that start a sentence, not a committee name.
const NOT_COMMITTEE_START: [&str; 12] = [
    "in", "im", "bei", "am", "von", "der", "die", "das", "zur", "zum", "seit", "nach",
];

/// Articles that may follow the role word in prose.
const ARTICLES: [&str; 6] = ["des", "der", "im", "in", "zum", "durch"];

/// `Beschluss des Bezirksausschusses des 25. Stadtbezirkes vom 14.01.2021`,
/// `Kurzübersicht zur Bekanntgabe im Kommunalausschuss am 04.02.2021`: the role word within the
/// first three words, an article, the committee (genitive folded), `vom`/`am` and a date.
pub fn prose_consultation(
    text: &str,
    vocab: &Vocabulary,
    roles: &[Printed<Role>],
) -> Option<Consultation> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let not_prose = vocab.labels(LabelSet::ProseRolesNot);
    let (ri, role) = words
        .iter()
        .take(3)
        .enumerate()
        .filter(|(_, w)| !not_prose.has_alnum(&fold_alnum(w)))
        .find_map(|(i, w)| role_of(w, roles).map(|r| (i, r)))?;
    // `Zum Beschluss des Rates vom …` opening a line refers to an earlier decision (but
    // `Ergänzung zum Beschluss der Vollversammlung vom …` names the coming session).
    if ri == 1 && words.first().is_some_and(|w| w.eq_ignore_ascii_case("zum")) {
        return None;
    }
    let article = *words.get(ri + 1)?;
    if !ARTICLES.contains(&article.to_lowercase().as_str()) {
        return None;
    }
    let mut start = ri + 2;
    if article.eq_ignore_ascii_case("in") && words.get(start).is_some_and(|w| *w == "der") {
        start += 1;
    }
    // The committee runs up to the last `vom` / `am`.
    let end = words.iter().rposition(|w| matches!(*w, "vom" | "am"))?;
    if end <= start {
        return None;
    }
    let mut name: Vec<String> = words
        .get(start..end)?
        .iter()
        .map(|w| w.to_string())
        .collect();
    if article == "des"
        && let Some(first) = name.first_mut()
    {
        *first = fold_genitive(first);
    }
    let committee = name.join(" ");
    if committee.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return None;
    }
    let rest = words
        .get(end + 1..)
        .map(|w| w.join(" "))
        .unwrap_or_default();
    let rest = rest.trim();
    let date = find_dates(rest, vocab)
        .first()
        .filter(|d| d.start == 0 && d.end == rest.len())
        .map(|d| d.date);
    if date.is_none() && !rest.trim().is_empty() {
        return None;
    }
    Some(Consultation {
        committee,
        date,
        role: Some(role),
    })
}

/// `Bezirksausschusses` → `Bezirksausschuss`, `Stadtrates` → `Stadtrat`, `Kreistags` → `Kreistag`.
pub fn fold_genitive(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("sses") {
        return format!("{stem}ss");
    }
    for (suffix, cut) in [("rates", 2), ("tages", 2), ("tags", 1), ("rats", 1)] {
        if word.to_lowercase().ends_with(suffix) && word.is_char_boundary(word.len() - cut) {
            return word[..word.len() - cut].to_string();
        }
    }
    word.to_string()
}

fn to_consultation(row: Row) -> Consultation {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::TextLayer;

    fn run(text: &str) -> Vec<(String, String, Option<Role>)> {
        let doc = Doc::from_layer(&TextLayer::from_layout_text(text));
        find_consultations(&doc, &Vocabulary::embedded(), doc.lines.len())
            .0
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
    fn table_with_wrapped_committee() {
        let got = run("Beratungsfolge:\n\
             Termin        Gremium                                  Rolle\n\
             04.03.2024    Ausschuss für Stadtentwicklung,          Vorberatung\n\
                           Bauen und Wohnen\n\
             19.03.2024    Gemeinderat                              Entscheidung\n\
             \n\
             Betreff: Test\n");
        assert_eq!(
            got,
            vec![
                (
                    "Ausschuss für Stadtentwicklung, Bauen und Wohnen".into(),
                    "2024-03-04".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Gemeinderat".into(),
                    "2024-03-19".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn session_words_beside_the_date_are_no_committee() {
        assert_eq!(
            run("Beratungsfolge:\n\
                 Gremium              Sitzung                  Zuständigkeit\n\
                 Bau- und             Sitzung vom 27.04.2023   Vorberatung\n\
                 Verkehrsausschuss\n\
                 Stadtrat             Sitzung vom 11.05.2023   Entscheidung\n\
                 Betreff: Nahverkehrsplan\n"),
            vec![
                (
                    "Bau- und Verkehrsausschuss".into(),
                    "2023-04-27".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Stadtrat".into(),
                    "2023-05-11".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn table_continued_after_a_page_break() {
        let rows = run("Beratungsfolge          Termin       Zuständigkeit\n\
             Ortschaftsrat Nord      04.09.2023   Anhörung\n\
             \u{c}Beratungsfolge          Termin       Zuständigkeit\n\
             Gemeinderat             28.09.2023   Entscheidung\n\
             Anlagen:\n");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].0, "Gemeinderat");
        assert_eq!(rows[1].2, Some(Role::Entscheidung));
    }

    #[test]
    fn rows_without_a_session_date() {
        let got = run(
            "Beratungsfolge\nGremium                  Termin        Beratungsziel\n\
             Bauausschuss             12.03.2024    Vorberatung\n\
             Stadtrat                               Entscheidung\n\nBetreff: X\n",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Bauausschuss".into(),
                    "2024-03-12".into(),
                    Some(Role::Vorberatung)
                ),
                ("Stadtrat".into(), String::new(), Some(Role::Entscheidung)),
            ]
        );
    }

    #[test]
    fn role_on_the_continuation_line() {
        let got = run("Beratungsfolge\n\
             12.03.2024    Ausschuss für Umwelt,\n\
                           Klima und Energie          Vorberatung\n\nBetreff: X\n");
        assert_eq!(
            got,
            vec![(
                "Ausschuss für Umwelt, Klima und Energie".into(),
                "2024-03-12".into(),
                Some(Role::Vorberatung)
            )]
        );
    }

    #[test]
    fn weekday_and_time_next_to_the_date() {
        let got = run(
            "Beratungsfolge\nDi, 04.07.2023, 17:00 Uhr    Umweltausschuss    öffentlich    Beratung und Entscheidung\n",
        );
        assert_eq!(
            got,
            vec![(
                "Umweltausschuss".into(),
                "2023-07-04".into(),
                Some(Role::Entscheidung)
            )]
        );
    }

    #[test]
    fn side_bar_left_of_the_table() {
        let got = run(r#"Beratungsfolge
Eingereicht von:       Gremium                  Termin       Zuständigkeit
Dezernat I,            Kulturausschuss          01.02.2024   Vorberatung
Amt für Kultur
Vorlagenart:           Ausschuss für Umwelt     08.02.2024   Vorberatung
Beschlussvorlage       und Klima
                       Stadtrat                 15.02.2024   Beschlussfassung
"#);
        assert_eq!(
            got,
            vec![
                (
                    "Kulturausschuss".into(),
                    "2024-02-01".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Ausschuss für Umwelt und Klima".into(),
                    "2024-02-08".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Stadtrat".into(),
                    "2024-02-15".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn first_row_on_the_label_line() {
        let got = run(
            "Beratungsfolge: Bauausschuss 12.03.2023 Vorberatung\nStadtrat 19.03.2023 Entscheidung\n",
        );
        assert_eq!(got.first().map(|c| c.0.as_str()), Some("Bauausschuss"));
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn numbered_lines_with_dashes_and_status() {
        let got = run(
            "Beratungsfolge\n1. Ortschaftsrat Nord – 02.07.2024 – Anhörung\n2. Gemeinderat   Ö   16.07.2024   Beschlussfassung\nSachverhalt\n",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(
            got[0],
            (
                "Ortschaftsrat Nord".into(),
                "2024-07-02".into(),
                Some(Role::Anhoerung)
            )
        );
        assert_eq!(
            got[1],
            (
                "Gemeinderat".into(),
                "2024-07-16".into(),
                Some(Role::Entscheidung)
            )
        );
    }

    #[test]
    fn prose_forms() {
        let got =
            run("Beschluss des Ortsbeirates des 3. Bezirks vom 14.01.2021\nÖffentliche Sitzung\n");
        assert_eq!(
            got,
            vec![(
                "Ortsbeirat des 3. Bezirks".into(),
                "2021-01-14".into(),
                Some(Role::Entscheidung)
            )]
        );
        assert!(run("Mitteilung der Verwaltung vom 04.02.2021\n").is_empty());
        let got = run("Kurzübersicht zur Bekanntgabe im Bauausschuss am 04.02.2021\n");
        assert_eq!(
            got,
            vec![(
                "Bauausschuss".into(),
                "2021-02-04".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
        let got = run(
            "Der Beschluss des Rates vom 3.3.2020 wird aufgehoben, weil die Frist abgelaufen ist.\n",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = run(
            "Aufgrund des § 5 hat die Gemeindevertretung der Gemeinde X in ihrer Sitzung am 09.12.2025\n",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = run("Zum Beschluss des Stadtrates vom 23.04.2020\n");
        assert!(got.is_empty(), "{got:?}");
        let got =
            run("Ergänzung zum Beschluss der Vollversammlung des Stadtrates vom 27.01.2021\n");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn role_cells_with_qualifiers_and_abbreviations() {
        let roles = Vocabulary::embedded().roles;
        for (text, want) in [
            ("Entscheidung (endgültig)", Role::Entscheidung),
            ("Vorberatung/Empfehlung", Role::Vorberatung),
            ("Beratung und Empfehlung", Role::Vorberatung),
            ("beratend", Role::Vorberatung),
            ("z.K.", Role::Kenntnisnahme),
            ("Entsch.", Role::Entscheidung),
        ] {
            assert_eq!(role_of(text, &roles), Some(want), "{text}");
        }
        assert_eq!(role_of("Ausschuss für Umwelt", &roles), None);
        assert_eq!(role_of("Entscheidungsgremium Nord", &roles), None);
    }

    #[test]
    fn prose_in_the_header_without_a_label() {
        let got = run("Gegenstand: Neubau der Dreifeldhalle\n\n\
             Der Schulausschuss berät die Vorlage am 26.09.2023 vorberatend. Der Stadtrat\n\
             entscheidet am 10.10.2023.\n\nBeschlussvorschlag\nText\n");
        assert_eq!(
            got,
            vec![
                (
                    "Schulausschuss".into(),
                    "2023-09-26".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Stadtrat".into(),
                    "2023-10-10".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        // A sentence about an earlier decision has no role word.
        assert!(run("Der Stadtrat hat am 12.03.2022 die Planung beschlossen und so weiter.\n\nSachverhalt\n").is_empty());
    }

    #[test]
    fn status_column_tells_public() {
        let v = Vocabulary::embedded();
        let table = |a: &str, b: &str| {
            format!(
                "Beratungsfolge:\nGremium            Sitzung      Ö/N   Zuständigkeit\n\
                 Bauausschuss       14.05.2023   {a}     Vorberatung\n\
                 Hauptausschuss     21.05.2023   {b}     Entscheidung\n"
            )
        };
        let public =
            |t: String| public_from_status(&Doc::from_layer(&TextLayer::from_layout_text(&t)), &v);
        assert_eq!(public(table("N", "N")), Some(false));
        assert_eq!(public(table("Ö", "Ö")), Some(true));
        assert_eq!(public(table("Ö", "N")), None);
        let headed = "Beratungsfolge           Sitzungstermin   Ö/N   Zuständigkeit\n\
                      Bezirksvertretung Nord   05.10.2023       N     Entscheidung\n";
        assert_eq!(public(headed.to_string()), Some(false));
    }

    #[test]
    fn prose_after_the_label() {
        let got = run(
            "Beratungsfolge: Der Bauausschuss berät die Vorlage am 20.04.2023\n\
             vor; die Entscheidung trifft der Stadtrat in seiner Sitzung am 27.04.2023.\n\
             Sachverhalt\nText\n",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Bauausschuss".into(),
                    "2023-04-20".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Stadtrat".into(),
                    "2023-04-27".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn session_line_with_role_on_next_line() {
        let got = run(
            "Anfrage\nFinanzausschuss, Sitzung am 12.09.2024 -\nKenntnisnahme\nBetreff: Kosten\n",
        );
        assert_eq!(
            got,
            vec![(
                "Finanzausschuss".into(),
                "2024-09-12".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
    }
}
