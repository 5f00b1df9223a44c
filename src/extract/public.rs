//! öffentlich / nichtöffentlich: stated in the header block (or by a status label), else the
//! status column of the Beratungsfolge table (`Ö/N`) when all its rows agree, else a minute's
//! opening sentence (`Der Vorsitzende eröffnet die öffentliche Sitzung`).

use super::dates::find_dates;
use super::doc::{DCell, Doc, x_overlap};
use super::text::is_enumerator;
use crate::fold::spelled as fold_spelled;
use crate::vocab::{LabelSet, Labels, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// Whether the document is public; a session's own paper (an Einladung or Niederschrift, `session`)
/// also by the session it names.
pub(crate) fn find(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    session: bool,
) -> Option<bool> {
    // the status column of a Beratungsfolge table, found once for the two strategies that read it
    let mut column = column_cells(doc, vocab).unwrap_or_default();
    for c in session_row_cells(doc, vocab, header_end)
        .into_iter()
        .chain(status_and_role_cells(doc, vocab, header_end))
    {
        if !column.iter().any(|k| std::ptr::eq(*k, c)) {
            column.push(c);
        }
    }
    stated(doc, vocab, header_end, &column)
        .or_else(|| answered(doc, header_end))
        .or_else(|| from_status_column(&column, vocab))
        .or_else(|| super::consultations::status_of_session_lines(doc, vocab))
        .or_else(|| opened(doc))
        .or_else(|| session.then(|| of_session(doc)).flatten())
        .or_else(|| for_session(doc, header_end))
}

/// The status asked as a yes/no field in the header (`nicht öffentlich: nein`, `Öffentlich: ja`;
/// layout family: Vorlagen of regisafe-like and Word templates).
static YES_NO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[\s–-])(?P<not>nicht[\s-]?)?öffentlich\s*:\s*(?P<answer>ja|nein)\b")
        .unwrap_or_else(|_| super::text::never())
});

/// Public or not as a yes/no field in the header block says ([`YES_NO`]).
fn answered(doc: &Doc, header_end: usize) -> Option<bool> {
    doc.lines
        .iter()
        .take(header_end.max(1))
        .filter(|l| l.page == 1 && !l.furniture)
        .find_map(|l| YES_NO.captures(&l.text))
        .and_then(|c| {
            let yes = c.name("answer")?.as_str().eq_ignore_ascii_case("ja");
            Some(yes != c.name("not").is_some())
        })
}

/// A paper laid before a session named on a header line of its own: `für die öffentliche Sitzung
/// des Jugendhilfeausschusses am …`, `zur nichtöffentlichen Sitzung des …` (layout family:
/// Bekanntgaben and Vorlagen addressed to one session).
fn for_session(doc: &Doc, header_end: usize) -> Option<bool> {
    doc.lines
        .iter()
        .take(header_end.max(1))
        .filter(|l| l.page == 1 && !l.furniture)
        .find_map(|l| {
            let lower = l.text.to_lowercase();
            // Layout family: Vorlagen of Verwaltungsgemeinschaften and Word templates that name
            // the session in a lead-in of what happens there (`Beratung und Beschlussfassung in
            // der öffentlichen Sitzung der Gemeinschaftsversammlung am …`).
            if let Some(c) = SESSION_STATUS.captures(&l.text)
                && let Some(m) = c.get(0)
                && BUSINESS_LEAD_IN.is_match(lower.get(..m.start()).unwrap_or_default())
            {
                return Some(c);
            }
            if !(lower.starts_with("für die ") || lower.starts_with("zur ")) {
                return None;
            }
            // `zur Sitzung am 12. Juni 2025 – öffentlicher Teil`: the part after the session.
            let part =
                lower.starts_with("zur sitzung am") || lower.starts_with("für die sitzung am");
            SESSION_STATUS
                .captures(&l.text)
                .filter(|c| c.get(0).is_some_and(|m| m.start() <= 12 || part))
        })
        .map(|c| session_is_public(&c))
}

/// A line's lead-in naming what a session does with the paper, up to the session's status
/// (`Beratung und Beschlussfassung in der `, `Vorberatung in der `, `Zur Entscheidung in der `).
static BUSINESS_LEAD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:zur\s+)?(?:beratung|vorberatung|behandlung|beschlussfassung|entscheidung|kenntnisnahme)(?:\s+und\s+(?:beratung|beschlussfassung|entscheidung|beschluss))?\s+in\s+der\s+$",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// The session an invitation or minutes name as public or not: `zur öffentlichen Sitzung`,
/// `Tagesordnung (nichtöffentliche Sitzung)`, `Tagesordnung – öffentlich`, `Öffentliche
/// Tagesordnung`, `Die Sitzung ist öffentlich.` (layout family: Einladungen and Niederschriften
/// without a status field).
static SESSION_STATUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<not>nicht[\s-]?)?(?:öffentlich|oeffentlich)(?:e|en|er)?\s+(?:sitzung|tagung|teil|tagesordnung)\b|\btagesordnung\s*[–\-:(]\s*(?P<not2>nicht[\s-]?)?(?:öffentlich|oeffentlich)|\b(?:sitzung|tagung)\s+ist\s+(?P<not3>nicht[\s-]?)?(?:öffentlich|oeffentlich)\b",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// True when a [`SESSION_STATUS`] match says public (no `nicht` before `öffentlich`).
fn session_is_public(c: &regex::Captures<'_>) -> bool {
    c.name("not").is_none() && c.name("not2").is_none() && c.name("not3").is_none()
}

/// Public or not as the first session status on page 1 says ([`SESSION_STATUS`]).
fn of_session(doc: &Doc) -> Option<bool> {
    doc.lines
        .iter()
        .filter(|l| l.page == 1 && !l.furniture)
        .find_map(|l| SESSION_STATUS.captures(&l.text))
        .map(|c| session_is_public(&c))
}

/// The sentence that opens a session in its minutes: `eröffnet die (erste) öffentliche
/// Sitzung`, `eröffnet den nichtöffentlichen Teil`.
static OPENS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\beröffnet\s+(?:die|den)\s+(?:[\p{L}\d.]+\s+){0,3}?(?P<not>nicht[\s-]?)?(?:öffentlich|oeffentlich)(?:e|en)?\s+(?:sitzung|teil)",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// Lines of the first pages read for the opening sentence.
const OPENING_LINES: usize = 150;

/// Public or not as the opening sentence of minutes says (the first one on the first two pages).
fn opened(doc: &Doc) -> Option<bool> {
    let text: Vec<&str> = doc
        .lines
        .iter()
        .filter(|l| l.page <= 2 && !l.furniture)
        .take(OPENING_LINES)
        .map(|l| l.text.as_str())
        .collect();
    OPENS
        .captures(&text.join(" "))
        .map(|c| c.name("not").is_none())
}

/// öffentlich (true) / nichtöffentlich (false) as stated in the header block (or a status label).
fn stated(doc: &Doc, vocab: &Vocabulary, header_end: usize, in_column: &[&DCell]) -> Option<bool> {
    let status = vocab.labels(LabelSet::StatusColumn);
    let end = header_end.min(doc.lines.len());
    // The status column of a Beratungsfolge table speaks for each session, not for the paper
    // ([`from_status_column`]: all rows alike, else none): its cells (`in_column`) are passed over.
    for line in doc.lines.iter().take(end) {
        for cell in &line.cells {
            if in_column.iter().any(|c| std::ptr::eq(*c, cell))
                || lists_mixed_sessions(&cell.text, vocab)
            {
                continue;
            }
            // A one-line strip of the paper's data parted by middle dots states the status as a
            // part of its own (layout family: side-column letterheads, `Drucksache 2025/0164 ·
            // öffentlich · Eppelborn, 05.11.2025`).
            if let Some(p) = cell
                .text
                .contains(" · ")
                .then(|| {
                    cell.text
                        .split(" · ")
                        .find_map(|p| vocab.status_of(&fold_spelled(p.trim())))
                })
                .flatten()
            {
                return Some(p);
            }
            let text = status
                .strip(&cell.text)
                .map_or(cell.text.as_str(), |(rest, _)| rest);
            let words: Vec<String> = text
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')'))
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty())
                .collect();
            if let Some(p) = vocab.status_of(&fold_spelled(without_time(text))) {
                return Some(p);
            }
            // A sentence that states the session's status and then names its closed items (`Die
            // Sitzung ist öffentlich; TOP 8 wird nichtöffentlich beraten.`; layout family:
            // Einladungen and Niederschriften of Ämter and Gemeinden, labelling convention in
            // `tests/fixtures/CONVENTIONS.md`: a session with a public part is public): the
            // session's statement, not the item's word.
            if let Some(c) = SESSION_STATUS.captures(text)
                && c.get(0)
                    .is_some_and(|m| m.as_str().to_lowercase().contains(" ist "))
            {
                return Some(session_is_public(&c));
            }
            // A value that opens with the session's status (`Status | nicht öffentliche Sitzung –
            // Projektentscheidungen`; layout family: key grids heading minutes and papers of
            // residents' councils and Beiräte).
            if let Some(c) = SESSION_STATUS.captures(text.trim_start())
                && c.get(0).is_some_and(|m| m.start() == 0)
            {
                return Some(session_is_public(&c));
            }
            // `VO/1254/21 öffentlich`, `nicht öffentlich gem. § 35 GO`: the word ends or opens
            // the cell.
            for (k, w) in words.iter().enumerate() {
                if matches!(
                    w.as_str(),
                    "nichtöffentlich"
                        | "nicht-öffentlich"
                        | "nichtoeffentlich"
                        | "nicht-oeffentlich"
                ) {
                    return Some(false);
                }
                // A confidentiality mark opening or closing a header cell (`VERTRAULICH – nur
                // für Mitglieder des Aufsichtsrates`, `Verkehrs-AG – vertraulich`; layout family:
                // papers and minutes of municipal companies' supervisory boards).
                if w == "vertraulich" && (k == 0 || k + 1 == words.len()) {
                    return Some(false);
                }
                if w == "öffentlich" || w == "oeffentlich" {
                    let prev_not = k > 0 && words.get(k - 1).is_some_and(|p| p == "nicht");
                    if prev_not && k <= 1 {
                        return Some(false);
                    }
                    if k + 1 == words.len() || k == 0 {
                        return Some(!prev_not);
                    }
                }
            }
        }
    }
    // Further down page 1 only a cell that says nothing else (`Öffentliche Sitzung`).
    let first_page = doc.page_one().count();
    for line in doc.lines.iter().take(first_page.min(50)).skip(end) {
        for cell in &line.cells {
            if let Some(p) = vocab.status_of(&fold_spelled(without_time(&cell.text))) {
                return Some(p);
            }
        }
    }
    None
}

/// A heading of two words or more without the time or date printed after it (`Öffentliche
/// Tagesordnung - 18:30 Uhr`); other text as it is (`Ö 12` stays a TOP number).
fn without_time(text: &str) -> &str {
    // the session's number opens it (`12. öffentliche Sitzung`)
    let text = match text.split_once(' ') {
        Some((n, rest)) if is_enumerator(n) => rest.trim_start(),
        _ => text,
    };
    let head = text.split(" - ").next().unwrap_or("");
    let head = head
        .split(|c: char| c.is_ascii_digit())
        .next()
        .unwrap_or("")
        .trim();
    if head.split_whitespace().count() >= 2 {
        head
    } else {
        text
    }
}

/// Public or not from the status column of a Beratungsfolge table (`Ö/N`): `N` in every row →
/// false, `Ö` in every row → true; None when the column is missing or mixed.
fn from_status_column(column: &[&DCell], vocab: &Vocabulary) -> Option<bool> {
    let mut seen: Vec<bool> = Vec::new();
    for c in column {
        match fold_spelled(&c.text).as_str() {
            "n" | "noe" | "nichtoeffentlich" => seen.push(false),
            "oe" | "oeffentlich" => seen.push(true),
            // A cell of sessions listed in one line gives each session's status
            // ([`status_and_role_cells`]).
            _ => match vocab.status_of(&fold_spelled(c.text.trim())) {
                Some(p) => seen.push(p),
                None => seen.extend(
                    c.text
                        .split([',', '(', ')', ';'])
                        .filter_map(|p| vocab.status_of(&fold_spelled(p.trim()))),
                ),
            },
        }
    }
    let first = *seen.first()?;
    seen.iter().all(|v| *v == first).then_some(first)
}

/// The status a session row's cell prints: the whole cell or one of its parts set apart by a
/// comma or brackets (`nichtöffentlich`, `Kenntnisnahme, öffentlich`, `(öffentlich)`).
fn cell_status(text: &str, vocab: &Vocabulary) -> Option<bool> {
    vocab.status_of(&fold_spelled(text.trim())).or_else(|| {
        text.split([',', '(', ')'])
            .find_map(|p| vocab.status_of(&fold_spelled(p.trim())))
    })
}

/// The status cells of session rows printed without a table header (layout family:
/// Verbandsgemeinde and Landkreis Vorlagen whose Beratungsfolge rows print `Body | 12.11.2025 |
/// nichtöffentlich | Vorberatung` without a table header row): a header line of three or more cells with a cell that is a
/// date, a cell that names a role and a cell that prints a status. Each status speaks for its
/// session, not for the paper: such cells are read as a status column (all alike, else none).
fn session_row_cells<'a>(doc: &'a Doc, vocab: &Vocabulary, header_end: usize) -> Vec<&'a DCell> {
    // Rows under a table header row keep the reading the table's layouts were tuned on (the
    // status the header block states first): only header-less rows are read so.
    let end = header_end.max(1).min(doc.lines.len());
    if doc
        .lines
        .iter()
        .take(end)
        .any(|l| super::consultations::is_header_row(l, vocab))
    {
        return Vec::new();
    }
    let whole_date = |t: &str| {
        find_dates(t, vocab)
            .first()
            .is_some_and(|d| d.start == 0 && d.end == t.len())
    };
    doc.lines
        .iter()
        .take(end)
        .filter(|l| l.page == 1 && !l.furniture && l.cells.len() >= 3)
        .filter(|l| l.cells.iter().any(|c| whole_date(c.text.trim())))
        .filter(|l| {
            l.cells
                .iter()
                .any(|c| super::consultations::role_of(&c.text, &vocab.roles).is_some())
        })
        .filter_map(|l| {
            l.cells
                .iter()
                .find(|c| !whole_date(c.text.trim()) && cell_status(&c.text, vocab).is_some())
        })
        .collect()
}

/// Cells of dated session rows that print a session's status together with its role
/// (`nichtöffentlich, vorberatend`, `öffentlich - zur Kenntnisnahme`; layout family: Beratungsfolge
/// tables whose one column holds both, under a header the status column's labels do not name,
/// `Beratungsart`), or a session line with both in brackets (`Verwaltungsausschuss am 05.11.2026
/// (nichtöffentlich, vorberatend); Gemeinderat am` / `19.11.2026 (öffentlich, beschließend)`;
/// layout family: Beratungsfolgen written as lines): each speaks for its session, not for the
/// paper, and is read as a status column (all alike, else none).
fn status_and_role_cells<'a>(
    doc: &'a Doc,
    vocab: &Vocabulary,
    header_end: usize,
) -> Vec<&'a DCell> {
    let status_and_role = |parts: &[&str]| {
        parts.len() >= 2
            && parts
                .iter()
                .any(|p| vocab.status_of(&fold_spelled(p)).is_some())
            && parts.iter().any(|p| {
                vocab.status_of(&fold_spelled(p)).is_none()
                    && super::consultations::role_of(p, &vocab.roles).is_some()
            })
    };
    let whole = |t: &str| {
        let parts: Vec<&str> = t
            .split([',', '(', ')', '–', ';'])
            .flat_map(|p| p.split(" - "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        status_and_role(&parts)
    };
    let bracketed = |t: &str| {
        t.split('(').skip(1).any(|g| {
            let inner = g.split(')').next().unwrap_or("");
            let parts: Vec<&str> = inner.split(',').map(str::trim).collect();
            status_and_role(&parts)
        })
    };
    let end = header_end.max(1).min(doc.lines.len());
    doc.lines
        .iter()
        .take(end)
        .filter(|l| l.page == 1 && !l.furniture)
        .filter(|l| !find_dates(&l.text, vocab).is_empty())
        .filter_map(|l| {
            l.cells
                .iter()
                .enumerate()
                .find(|(k, c)| (*k >= 1 && whole(&c.text)) || bracketed(&c.text))
                .map(|(_, c)| c)
        })
        .collect()
}

/// True for a cell that lists sessions of both kinds (`Verwaltungsausschuss am 05.11.2026
/// (nichtöffentlich, vorberatend); Gemeinderat am 19.11.2026 (öffentlich, beschließend)`; layout
/// family: Beratungsfolgen written as one line): two dates or more, and a public and a non-public
/// status among its parts. It states no status of the paper.
fn lists_mixed_sessions(text: &str, vocab: &Vocabulary) -> bool {
    if find_dates(text, vocab).len() < 2 {
        return false;
    }
    let seen: Vec<bool> = text
        .split([',', '(', ')', ';', '–'])
        .filter_map(|p| vocab.status_of(&fold_spelled(p.trim())))
        .collect();
    seen.contains(&true) && seen.contains(&false)
}

/// The cells of a Beratungsfolge table's status column ([`status_column`]) in the dated rows
/// below its header (at most twelve lines); None without such a column.
fn column_cells<'a>(doc: &'a Doc, vocab: &Vocabulary) -> Option<Vec<&'a DCell>> {
    let (hi, cell) = status_column(doc, vocab)?;
    Some(
        doc.lines
            .iter()
            .skip(hi + 1)
            .take(12)
            .filter(|line| !find_dates(&line.text, vocab).is_empty())
            .filter_map(|line| {
                line.cells
                    .iter()
                    .find(|c| x_overlap(cell.x0, cell.x1, c.x0, c.x1, 4.0))
            })
            .collect(),
    )
}

/// The header line and header cell of a Beratungsfolge table's status column (`Ö/N`,
/// `Behandlung`), on the first two pages.
fn status_column(doc: &Doc, vocab: &Vocabulary) -> Option<(usize, DCell)> {
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
    doc.lines.iter().take(limit).enumerate().find_map(|(i, l)| {
        let has_committee = l.cells.iter().any(|c| columns.is_whole(&c.text));
        let st = l.cells.iter().find(|c| status.is_whole(&c.text))?;
        has_committee.then_some((i, st.clone()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_of_both_kinds_state_no_status_of_the_paper() {
        // Layout family: Beratungsfolgen as one line, or rows whose cell holds status and role.
        let v = Vocabulary::embedded();
        let text = "Gemeinde Musterdorf\nNr. 54/2026\n\
                    Beratung: Verwaltungsausschuss am 05.11.2026 (nichtöffentlich, vorberatend); \
                    Gemeinderat am 19.11.2026 (öffentlich, beschließend)\nBeschlussantrag\n";
        assert_eq!(find(&Doc::from_text(text), &v, 3, false), None);
        let rows = "Beschlussvorlage              Nr. 2026/093\n\
                    Beratungsfolge                Sitzungstermin          Beratungsart\n\
                    Verwaltungsausschuss          02.11.2026              nichtöffentlich, vorberatend\n\
                    Stadtrat                      12.11.2026              öffentlich, beschließend\n\
                    Betreff                       Jahresabschluss\n";
        assert_eq!(find(&Doc::from_text(rows), &v, 5, false), None);
        let one = "Beschlussvorlage              Nr. 2026/093\n\
                   Beratungsfolge                Sitzungstermin          Beratungsart\n\
                   Stadtrat                      12.11.2026              nichtöffentlich, beschließend\n\
                   Betreff                       Jahresabschluss\n";
        assert_eq!(find(&Doc::from_text(one), &v, 4, false), Some(false));
    }

    #[test]
    fn a_public_session_with_a_closed_item_is_public() {
        // Layout family: minutes and invitations that state the session public and name the
        // closed items in the same sentence.
        let v = Vocabulary::embedded();
        let text = "Niederschrift\nüber die Sitzung des Amtsausschusses\n\
                    Die Sitzung ist öffentlich; TOP 9 wird nichtöffentlich beraten.\n\
                    TOP 9: Grundstücksangelegenheiten (nichtöffentlich)\n";
        assert_eq!(find(&Doc::from_text(text), &v, 4, true), Some(true));
    }

    #[test]
    fn a_status_value_opening_with_the_session_s_status() {
        // Layout family: key grids heading minutes of residents' councils.
        let v = Vocabulary::embedded();
        let text = "Ergebnisprotokoll\nSitzung des Quartiersrats Lindenhof\n\
                    Status           nicht öffentliche Sitzung – Projektentscheidungen\n\
                    Nächste Sitzung: 04.11.2026 (öffentlich).\n";
        assert_eq!(find(&Doc::from_text(text), &v, 4, true), Some(false));
    }

    #[test]
    fn a_status_among_parts_parted_by_middle_dots() {
        // Layout family: side-column letterheads printing the paper's data in one line
        // (holdout12 x32).
        let v = Vocabulary::embedded();
        for (text, want) in [
            (
                "Drucksache 2025/0164 · öffentlich · Seeburg, 05.11.2025\nx\n",
                Some(true),
            ),
            (
                "Drucksache 2025/0164 · nicht öffentlich · Seeburg, 05.11.2025\nx\n",
                Some(false),
            ),
            (
                "Drucksache 2025/0164 · Öffentlichkeitsarbeit · Seeburg\nx\n",
                None,
            ),
        ] {
            assert_eq!(find(&Doc::from_text(text), &v, 2, false), want, "{text}");
        }
    }

    #[test]
    fn a_confidentiality_mark_at_a_header_cell_s_edge() {
        // Layout family: papers and minutes of municipal companies' supervisory boards.
        let v = Vocabulary::embedded();
        for (text, want) in [
            (
                "VERTRAULICH – nur für Mitglieder des Aufsichtsrates\nWerke Talheim GmbH\nx\n",
                Some(false),
            ),
            (
                "Werke Talheim GmbH – vertraulich\nProtokoll\nx\n",
                Some(false),
            ),
            // a sentence that says something is treated in confidence states no status
            (
                "Die Angaben werden vertraulich behandelt und gelöscht\nx\n",
                None,
            ),
            ("Vertraulichkeit: Nein\nx\n", None),
        ] {
            assert_eq!(find(&Doc::from_text(text), &v, 2, false), want, "{text}");
        }
    }

    #[test]
    fn a_yes_no_field_and_a_mixed_status_column() {
        let v = Vocabulary::embedded();
        // a lead-in naming the business of a public / closed session (Word templates)
        for (text, want) in [
            (
                "Beschlussvorlage Nr. 3/2025\nBeratung und Beschlussfassung in der öffentlichen Sitzung des Rates am\n20.11.2025\nGegenstand: x\n",
                Some(true),
            ),
            (
                "Beschlussvorlage Nr. 3/2025\nVorberatung in der nichtöffentlichen Sitzung des Bauausschusses am 2.11.2025\nGegenstand: x\n",
                Some(false),
            ),
            // a sentence of the body that mentions a session is no lead-in
            (
                "Beschlussvorlage Nr. 3/2025\nDer Rat hat in der öffentlichen Sitzung am 2.11.2025 beraten.\nGegenstand: x\n",
                None,
            ),
        ] {
            assert_eq!(find(&Doc::from_text(text), &v, 3, false), want, "{text}");
        }
        // an invitation that says so in a sentence
        let doc = Doc::from_text(
            "Einladung zur 14. Sitzung der Regionalversammlung\nhiermit lade ich Sie ein. Die Sitzung ist nicht öffentlich.\n",
        );
        assert_eq!(find(&doc, &v, 1, true), Some(false));
        for (text, want) in [
            (
                "Vorlage Nr. 1/2025\nX, den 3. März 2025 – nicht öffentlich: nein\nBetreff: x\n",
                Some(true),
            ),
            (
                "Vorlage Nr. 1/2025\nÖffentlich: ja\nBetreff: x\n",
                Some(true),
            ),
            (
                "Vorlage Nr. 1/2025\nnichtöffentlich: ja\nBetreff: x\n",
                Some(false),
            ),
        ] {
            assert_eq!(find(&Doc::from_text(text), &v, 3, false), want, "{text}");
        }
        // a Beratungsfolge's status column with mixed rows says nothing about the paper
        let doc = Doc::from_text(
            "Vorlage 0456/2025\nBeratungsfolge      Termin        Behandlung\nBauausschuss        01.04.2025    öffentlich\nRat                 08.04.2025    nicht öffentlich\nBetreff\n",
        );
        assert_eq!(find(&doc, &v, 4, false), None);
    }

    #[test]
    fn an_invitation_names_its_session_public_or_not() {
        let v = Vocabulary::embedded();
        for (text, want) in [
            (
                "Einladung\nTagesordnung – öffentlich\n1 Eröffnung\n",
                Some(true),
            ),
            (
                "Einladung zur 19. Sitzung\nTagesordnung (nichtöffentliche Sitzung)\n",
                Some(false),
            ),
            (
                "Einladung\nzu der stattfindenden öffentlichen Sitzung lade ich Sie ein.\n",
                Some(true),
            ),
            ("Einladung\nTagesordnung\n1 Eröffnung\n", None),
        ] {
            let d = Doc::from_text(text);
            assert_eq!(find(&d, &v, 0, true), want, "{text}");
        }
        // Only a session's own paper is read so.
        let d = Doc::from_text("Antrag\nzur öffentlichen Sitzung des Rates\n");
        assert_eq!(find(&d, &v, 0, false), None);
    }

    #[test]
    fn a_session_number_or_agenda_heading_states_it() {
        let v = Vocabulary::embedded();
        let public = |t: &str| {
            let d = Doc::from_text(t);
            find(&d, &v, 0, false)
        };
        assert_eq!(
            public("Niederschrift\nSitzung:   12. öffentliche Sitzung\n"),
            Some(true)
        );
        assert_eq!(
            public("Einladung\nTagesordnung – öffentlicher Teil\n"),
            Some(true)
        );
        assert_eq!(
            public("Einladung\nTagesordnung der nichtöffentlichen Sitzung\n"),
            Some(false)
        );
    }

    #[test]
    fn minutes_say_it_in_their_opening_sentence() {
        let open = |t: &str| opened(&Doc::from_text(t));
        assert_eq!(
            open(
                "Niederschrift\nDer Vorsitzende, Herr W., eröffnet die erste öffentliche Sitzung\ndes Beirats.\n"
            ),
            Some(true)
        );
        assert_eq!(
            open("Die Bürgermeisterin eröffnet den nichtöffentlichen Teil der Sitzung.\n"),
            Some(false)
        );
        assert_eq!(open("Die Stadt eröffnet die neue Kita am Markt.\n"), None);
    }

    #[test]
    fn public_states() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text("Drucks.-Nr.:   17/0001 nicht öffentlich\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(false));
        let dc = Doc::from_text("Status:   öffentlich\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(true));
        let dc = Doc::from_text("Anlage\nÖffentliche Sitzung\nDer Rat ist öffentlich\n");
        assert_eq!(find(&dc, &v, 1, false), Some(true));
        let dc = Doc::from_text("nicht öffentlich gem. § 35 GO\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(false));
        let dc = Doc::from_text("Die öffentliche Hand zahlt.\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), None);
    }

    #[test]
    fn agenda_heading_with_its_time() {
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Einladung\nOrtsbeirat Nord\nÖffentliche Tagesordnung - 18:30 Uhr\n1. Protokoll\n",
        );
        assert_eq!(find(&doc, &v, doc.lines.len(), false), Some(true));
        let doc = Doc::from_text("Einladung\nNichtöffentliche Tagesordnung 19:00 Uhr\n");
        assert_eq!(find(&doc, &v, 1, false), Some(false));
        let doc = Doc::from_text("Sitzung des Rates am 12.03.2024\n");
        assert_eq!(find(&doc, &v, 1, false), None);
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
        let public = |t: String| {
            let doc = Doc::from_text(&t);
            from_status_column(&column_cells(&doc, &v).unwrap_or_default(), &v)
        };
        assert_eq!(public(table("N", "N")), Some(false));
        assert_eq!(public(table("Ö", "Ö")), Some(true));
        assert_eq!(public(table("Ö", "N")), None);
        let headed = "Beratungsfolge           Sitzungstermin   Ö/N   Zuständigkeit\n\
                      Bezirksvertretung Nord   05.10.2023       N     Entscheidung\n";
        assert_eq!(public(headed.to_string()), Some(false));
    }

    #[test]
    fn statuses_of_session_rows_without_a_table_header_speak_for_their_sessions() {
        // Layout family: Verbandsgemeinde Vorlagen, `Body | date | status | role` rows under
        // the Beratungsfolge label: mixed → none, all alike → that status.
        let v = Vocabulary::embedded();
        let mixed = "Beschlussvorlage                     Nr.: VG-012/2025\n\
             Beratungsfolge:\n\
             Sozialausschuss      12.11.2025      nichtöffentlich      Vorberatung\n\
             Verbandsgemeinderat      03.12.2025      öffentlich      Beschluss\n\
             Betreff: Kostenbeitragssatzung\n";
        assert_eq!(find(&Doc::from_text(mixed), &v, 5, false), None);
        let alike = "Mitteilungsvorlage                     Nr.: 1/0192/2025\n\
             Hauptausschuss      12.06.2025      Kenntnisnahme, öffentlich\n\
             Ortsgemeinderat      26.06.2025      Kenntnisnahme, öffentlich\n\
             Betreff: E-Akte\n";
        assert_eq!(find(&Doc::from_text(alike), &v, 4, false), Some(true));
    }
}
