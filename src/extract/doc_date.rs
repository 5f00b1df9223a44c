//! The document's own date: a date label in the header block, else `Drucksache … vom …`, else
//! `Ort, den …`, else a date standing alone in the letterhead, else `<Typ> vom …` — tried in
//! that order. Session dates (`Datum der Sitzung`, table columns and rows) are skipped.

use super::consultations::role_of;
use super::dates::{
    self, PLACE_DATE_NO_COMMA, PLACE_DEN, date_at_start, day_month_without_year, find_dates,
};
use super::doc::Doc;
use super::labeled::find_labeled_mid;
use crate::fold::alnum as fold_alnum;
use crate::record::Date;
use crate::vocab::{LabelSet, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// The document's own date.
pub(crate) fn find(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    session_paper: bool,
) -> Option<Date> {
    // A heading such as `ANTRAG` may sit above the letterhead date: look at least 30 lines far.
    let first_page = doc.page_one().count();
    let end = header_end.max(first_page.min(30)).min(doc.lines.len());
    labelled(doc, vocab, end, false)
        .or_else(|| after_number(doc, vocab, end))
        .or_else(|| after_place(doc, vocab, end))
        // A receipt stamp (`Eingang: 03.11.2025`) dates the paper only when it prints no date of
        // its own beside the place (layout family: Fraktion letters stamped by the council's
        // office, `Torgau, 31.10.2025` under `Eingang: 03.11.2025`).
        .or_else(|| labelled(doc, vocab, end, true))
        .or_else(|| alone(doc, vocab, end))
        .or_else(|| after_type(doc, vocab, end))
        .or_else(|| signed(doc, vocab))
        .or_else(|| decided_on(doc, vocab))
        // A session's own paper that prints no date of its own, not even above its signature
        // (minutes are dated when signed), is dated by its session day.
        .or_else(|| session_paper.then(|| session_day(doc, vocab)).flatten())
        .or_else(|| {
            session_paper
                .then(|| minutes_heading_day(doc, vocab))
                .flatten()
        })
}

/// `beschlossen in der Sitzung am 15.10.2031`, `beschlossen am …` opening a line of the head.
static DECIDED_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:beschlossen)\s+(?:in\s+der\s+(?:\p{L}+\s+)?Sitzung\s+)?(?:am|vom)\s+")
        .unwrap_or_else(|_| super::text::never())
});

/// The day a body decided the paper, when it prints no date of its own (layout family:
/// recommendations and opinions of Stadtteilbeiräte and Beiräte, `Empfehlung` / `des
/// Stadtteilbeirats X zur Drucksache …` / `beschlossen in der Sitzung am 15.10.2031 (11 Ja …)`):
/// the date after [`DECIDED_ON`] on one of the first 12 lines of page 1.
fn decided_on(doc: &Doc, vocab: &Vocabulary) -> Option<Date> {
    doc.page_one()
        .filter(|l| !l.furniture)
        .take(12)
        .find_map(|l| {
            let t = l.text.trim();
            let m = DECIDED_ON.find(t)?;
            date_at_start(t.get(m.end()..)?, vocab).map(|d| d.date)
        })
}

/// The session a set of minutes reports on, as its heading names it: `über die` or the minutes'
/// own word opening a line, then `Sitzung`, then `am`/`vom`, an optional weekday and `dem`/`den`
/// before the date (an agenda's `TOP 1 Genehmigung der Niederschrift … vom …` opens no line).
/// The two gaps are bounded in code ([`MINUTES_GAP`]), not by a counted repetition.
static MINUTES_SESSION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:über\s+die|niederschrift|protokoll)\b(.*?)sitzung\b(.*?)\s(?:am|vom)\s+")
        .unwrap_or_else(|_| super::text::never())
});

/// The most characters between the heading's opening word and `Sitzung`, and between `Sitzung`
/// and its `am`/`vom`.
const MINUTES_GAP: usize = 120;

/// The session day named by the heading of minutes that print no date of their own and no
/// session-day key (layout family: Niederschriften and Protokolle headed `Niederschrift` / `über
/// die 12. Sitzung des Amtsausschusses am Dienstag, dem 24.02.2026, im Bürgerhaus`, `Protokoll
/// der öffentlichen Sitzung vom 9. April 2025`; the phrase may wrap, `am 15.` / `Juni 2026`):
/// the date right after the phrase's `am`/`vom`, in two joined lines among the first 12 of
/// page 1. An invitation's `zur Sitzung am …` is no such heading.
fn minutes_heading_day(doc: &Doc, vocab: &Vocabulary) -> Option<Date> {
    let lines: Vec<&str> = doc
        .page_one()
        .filter(|l| !l.furniture)
        .take(12)
        .map(|l| l.text.trim())
        .collect();
    (0..lines.len()).find_map(|i| {
        let text = match lines.get(i + 1) {
            Some(next) => format!("{} {next}", lines[i]),
            None => lines[i].to_string(),
        };
        let c = MINUTES_SESSION.captures(&text)?;
        let gaps_fit = (1..=2).all(|g| {
            c.get(g)
                .is_some_and(|x| x.as_str().chars().count() <= MINUTES_GAP)
        });
        if !gaps_fit {
            return None;
        }
        let m = c.get(0)?;
        let mut rest = text.get(m.end()..)?.trim_start();
        // a weekday (`Dienstag,`) and an article (`dem`, `den`) before the date
        if let Some((w, after)) = rest.split_once(char::is_whitespace)
            && vocab
                .numbers
                .weekdays
                .contains(&w.trim_end_matches(',').to_lowercase())
        {
            rest = after.trim_start();
        }
        for article in ["dem ", "den "] {
            rest = rest.strip_prefix(article).unwrap_or(rest);
        }
        date_at_start(rest, vocab).map(|d| d.date)
    })
}

/// The closing dateline a paper is signed under, after its body (layout family: Drucksachen and
/// letters dated only above the signature, `Hannover / 02.06.2025`, `Waldshut-Tiengen, 19.09.2025`,
/// `Gera, den 3. September 2025`): a line of one cell that is a place (one to three capitalised
/// words), a comma or slash, and a date ending the line — the first such line of the first three
/// pages (a letter attached on a later page is not the paper's signature), outside the running
/// header and footer; a committee's line under a Beratungsfolge label is a consultation
/// (`Stadtrat, 18.09.2025`), a body signing (`Stadtteilbeirat X / 07.03.2024`) elsewhere is not.
/// Tried last: any date of the header wins.
fn signed(doc: &Doc, vocab: &Vocabulary) -> Option<Date> {
    let consultations = vocab.labels(LabelSet::Consultations);
    let under_consultations = |i: usize| {
        doc.lines
            .get(i.saturating_sub(6)..i)
            .unwrap_or_default()
            .iter()
            .any(|l| consultations.starts(l.text.trim()))
    };
    doc.lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.page <= 3 && !l.furniture && l.cells.len() == 1)
        .find_map(|(i, l)| {
            let (date, committee) = closing_dateline(&l.text, vocab)?;
            (!committee || !under_consultations(i)).then_some(date)
        })
}

/// `Place, date`, `Place / date`, `Place, den date` filling the whole text (see [`signed`]), and
/// whether the place names a committee.
fn closing_dateline(text: &str, vocab: &Vocabulary) -> Option<(Date, bool)> {
    // cheap prefilter: a separator and a digit
    let (place, rest) = text.split_once(", ").or_else(|| text.split_once(" / "))?;
    let rest = rest.trim();
    if !rest.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let words: Vec<&str> = place.split_whitespace().collect();
    let head = words.first()?.trim_end_matches('.').to_lowercase();
    let place_ok = (1..=3).contains(&words.len())
        && place.chars().count() <= 40
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !vocab.numbers.weekdays.contains(&head);
    if !place_ok {
        return None;
    }
    let rest = rest.strip_prefix("den ").unwrap_or(rest);
    let committee = words
        .iter()
        .any(|w| super::consultations::is_committee_noun(w, vocab));
    find_dates(rest, vocab)
        .first()
        .filter(|d| d.start == 0 && d.end == rest.len())
        .map(|d| (d.date, committee))
}

/// The session day of a session's own paper (layout family: Niederschriften and Protokolle of
/// every kind of council, `Sitzungstag: 19.06.2025`, `Sitzungstermin: Donnerstag, 22.05.2025`),
/// for one that prints no date of its own: the value of a session-day key among the first 20
/// lines of page 1.
///
/// The key may open any cell of its line, not only the first (layout family: minutes whose
/// two-column head prints the body left and `Sitzung am 08.10.2031` right of it).
fn session_day(doc: &Doc, vocab: &Vocabulary) -> Option<Date> {
    let keys = vocab.labels(LabelSet::SessionDate).in_file_order();
    let key_value = doc.page_one().take(20).find_map(|l| {
        // the line as a whole (a key cell and its value cell), then each cell on its own
        let texts = std::iter::once(l.text.as_str()).chain(l.cells.iter().map(|c| c.text.as_str()));
        texts.into_iter().find_map(|text| {
            let text = text.trim();
            let rest = keys
                .iter()
                .find_map(|k| text.strip_prefix(k.text.as_str()))?;
            let rest = rest.trim_start_matches(':').trim();
            // A weekday before the date (`Dienstag, 22. Juli 2025`).
            let rest = rest
                .split_once(", ")
                .filter(|(w, _)| vocab.numbers.weekdays.contains(&w.to_lowercase()))
                .map_or(rest, |(_, d)| d);
            date_at_start(rest, vocab).map(|d| d.date)
        })
    });
    key_value.or_else(|| session_grid_day(doc, vocab))
}

/// The session day in the date column of a session's head grid, its keys over its values
/// (layout family: minutes and Protokolle of Beiräte and small bodies, `Datum | Ort | Zeit` over
/// `15.10.2031 | Gemeinschaftshaus | 18:30 Uhr`): a cell that is a date key and nothing else,
/// on a line of two or more cells, and under it, aligned, a cell opening with a date. Only for
/// a session's own paper, whose date column is its session's.
fn session_grid_day(doc: &Doc, vocab: &Vocabulary) -> Option<Date> {
    let labels = vocab.labels(LabelSet::Date);
    let pitch = doc.line_pitch();
    let end = doc.page_one().count().min(20);
    (0..end).find_map(|i| {
        let line = doc.lines.get(i)?;
        if line.cells.len() < 2 {
            return None;
        }
        let key = line.cells.iter().find(|c| {
            labels
                .strip(c.text.trim())
                .is_some_and(|(r, _)| r.trim().is_empty())
        })?;
        let value = doc.cell_under(i, key.x0, pitch * 1.6)?;
        date_at_start(value.text.trim(), vocab).map(|d| d.date)
    })
}

/// Labels of a receipt stamp's date: the day the addressee received the paper.
const RECEIPT_LABELS: [&str; 2] = ["Eingang", "Eingangsdatum"];

/// `Datum: 01.09.2021`, `Stand  Mittwoch, 01.09.2021` in lines `..end`; not a session date.
/// `receipts`: only the dates of a receipt label ([`RECEIPT_LABELS`]), else only the others.
fn labelled(doc: &Doc, vocab: &Vocabulary, end: usize, receipts: bool) -> Option<Date> {
    let receipt_labels = crate::vocab::Labels::new(RECEIPT_LABELS);
    let not = vocab.labels(LabelSet::DateNot);
    let columns = vocab.labels(LabelSet::CommitteeColumn);
    let roles = &vocab.roles;
    let labels = vocab.labels(LabelSet::Date);
    let not_after = &vocab.numbers.citation_preceders;
    for found in find_labeled_mid(doc, labels, 0..end, doc.line_pitch(), not_after) {
        let label_cell_text = doc
            .lines
            .get(found.line)
            .map(|l| l.text.as_str())
            .unwrap_or_default();
        if not.starts(label_cell_text)
            || receipt_labels.is_whole(found.label_text.trim_end_matches([':', ' '])) != receipts
        {
            continue;
        }
        // A date column header (`Datum  Gremium  Status`) has further cells; its value is a row.
        if found.value_line != found.line {
            let cells = doc.lines.get(found.line).map_or(0, |l| l.cells.len());
            let column_header = doc
                .lines
                .get(found.line)
                .is_some_and(|l| l.cells.iter().any(|c| columns.is_whole(&c.text)));
            let row_below = doc.lines.get(found.value_line).is_some_and(|l| {
                l.cells.len() >= 2 && l.cells.iter().any(|c| role_of(&c.text, roles).is_some())
            });
            // A paper's header table (`Drucksachen-Nr. | Vorlageart | Datum | Status` over one
            // row of values) is no Beratungsfolge: its date column is the paper's date. So is a
            // form's field grid, labels above values (`Datum | Dezernat | Organisationseinheit`,
            // `Datum | Einreicher/in | Auskunft`): every cell a paper field's label, none a
            // committee column (those are `column_header` below).
            let paper_header =
                doc.is_header_row(found.line) || keys_beside_letterhead(doc, found.line);
            if (cells > 2 && !paper_header) || column_header || row_below {
                continue;
            }
        }
        let found_dates = find_dates(&found.value, vocab);
        // The date opens the value, possibly after a weekday (`Mittwoch, 01.09.2021`).
        if let Some(d) = found_dates.first().filter(|d| {
            d.start < 4
                || found.value.get(..d.start).is_some_and(|p| {
                    let p = p.trim_end();
                    p.ends_with(',')
                        && p.chars().count() <= 12
                        && p.chars().filter(|c| c.is_alphabetic()).count() + 1 >= p.chars().count()
                })
        }) {
            return Some(d.date);
        }
    }
    None
}

/// True when line `i` is a letterhead's line with a grid of paper field keys right of it, each
/// key standing over its value (layout family: Verbände's Vorlagen, `Regionaler Planungsverband
/// Oberes` | `Drucksache` | `Datum` over `Verbandsverwaltung …` | `V/2031/09` | `12.10.2031`): the
/// first cell no key, two or more cells after it, every one a key and nothing else.
fn keys_beside_letterhead(doc: &Doc, i: usize) -> bool {
    let Some(line) = doc.lines.get(i) else {
        return false;
    };
    let is_key = |t: &str| {
        !t.ends_with(':')
            && doc
                .header_labels
                .strip(t)
                .is_some_and(|(r, _)| r.trim().is_empty())
    };
    line.cells.len() >= 3
        && line.cells.first().is_some_and(|c| !is_key(&c.text))
        && line.cells.iter().skip(1).all(|c| is_key(&c.text))
}

/// `Drucksache 17/1234 vom 01.09.2021`.
fn after_number(doc: &Doc, vocab: &Vocabulary, end: usize) -> Option<Date> {
    let number_labels = vocab.labels(LabelSet::Drucksache);
    for line in doc.lines.iter().take(end) {
        for cell in &line.cells {
            if number_labels.starts(&cell.text)
                && let Some(pos) = cell.text.find(" vom ")
                && let Some(d) = find_dates(cell.text.get(pos + 5..).unwrap_or(""), vocab).first()
                && d.start == 0
            {
                return Some(d.date);
            }
        }
    }
    None
}

/// `Köln, den 8. November 2021` in a cell of lines `..end`.
fn after_place(doc: &Doc, vocab: &Vocabulary, end: usize) -> Option<Date> {
    for (i, line) in doc.lines.iter().enumerate().take(end) {
        for cell in &line.cells {
            // A one-line strip of the paper's data parted by middle dots holds the place-date as
            // one of its parts (layout family: side-column letterheads, `Drucksache 2025/0164 ·
            // öffentlich · Eppelborn, 05.11.2025`).
            let mut parts =
                std::iter::once(cell.text.as_str()).chain(cell.text.split(" · ").skip(1));
            if let Some(d) = parts.find_map(|p| place_date(p.trim(), doc, i, vocab)) {
                return Some(d);
            }
        }
    }
    None
}

/// A bare date standing alone in the header (under the number, in the letterhead), above any
/// Beratungsfolge (whose rows hold session dates).
fn alone(doc: &Doc, vocab: &Vocabulary, end: usize) -> Option<Date> {
    let columns = vocab.labels(LabelSet::CommitteeColumn);
    let roles = &vocab.roles;
    let consult_labels = vocab.labels(LabelSet::Consultations);
    let table_start = doc
        .lines
        .iter()
        .position(|l| {
            consult_labels.starts(&l.text) || l.cells.iter().any(|c| columns.is_whole(&c.text))
        })
        .unwrap_or(end);
    // The date ends a sentence wrapped onto its own line (`TOP 1 – Genehmigung der Niederschrift
    // vom` / `15.09.2031`; layout family: minutes whose agenda opens on page 1): the line above
    // ends on a preposition that asks for it.
    // A short type phrase over the date (`Ergänzung vom` / `08.11.2031`) dates the paper.
    let wrapped = |i: usize| {
        i.checked_sub(1)
            .and_then(|p| doc.lines.get(p))
            .is_some_and(|l| {
                let words: Vec<&str> = l.text.split_whitespace().collect();
                words.len() >= 4
                    && words.last().is_some_and(|w| {
                        matches!(*w, "vom" | "am" | "dem" | "den" | "zum" | "bis" | "ab")
                    })
            })
    };
    // A session-day key beside the date (`Sitzungstag | 03.11.2031`; layout family: minutes'
    // head grids whose keys have no colon) dates the session, not the paper.
    let session_keys = vocab.labels(LabelSet::SessionDate);
    for (i, line) in doc
        .lines
        .iter()
        .enumerate()
        .take(end.min(table_start))
        .filter(|(_, l)| l.page == 1 && l.cells.len() <= 2)
    {
        let Some(cell) = line
            .cells
            .iter()
            .find(|c| dates::is_only_date(&c.text, vocab))
        else {
            continue;
        };
        if (line.cells.len() == 1 && wrapped(i))
            || line
                .cells
                .iter()
                .any(|c| !std::ptr::eq(c, cell) && session_keys.starts(c.text.trim()))
        {
            continue;
        }
        let others_plain = line.cells.iter().all(|c| {
            std::ptr::eq(c, cell) || !roles.iter().any(|w| c.text.contains(w.text.as_str()))
        });
        let rightmost = line.cells.last().is_some_and(|c| std::ptr::eq(c, cell));
        if others_plain && rightmost {
            return dates::first_date(&cell.text, vocab);
        }
    }
    None
}

/// `Antrag vom 3.4.2020`, `Anfrage vom …`.
fn after_type(doc: &Doc, vocab: &Vocabulary, end: usize) -> Option<Date> {
    let types = &vocab.doc_types;
    for line in doc.lines.iter().take(end) {
        for cell in &line.cells {
            let lower = cell.text.to_lowercase();
            if let Some(pos) = lower.find(" vom ")
                && types
                    .iter()
                    .any(|t| t.alnum == fold_alnum(cell.text.get(..pos).unwrap_or("")))
                && let Some(d) = dates::first_date(cell.text.get(pos..).unwrap_or(""), vocab)
            {
                return Some(d);
            }
        }
    }
    None
}

/// A place and `den` alone as a form's key (`Flöha, den`), its date the value: the next cell
/// of its line or the first of the next line, holding a date and nothing else (layout family:
/// information papers of Saxon towns whose header grid prints `Ort, den` over or beside the
/// date). The place holds one to three capitalised words.
fn date_beside_place_key(text: &str, doc: &Doc, line: usize, vocab: &Vocabulary) -> Option<Date> {
    let place = text.trim().strip_suffix(", den")?;
    let words: Vec<&str> = place.split_whitespace().collect();
    if !(1..=3).contains(&words.len())
        || !words.iter().all(|w| w.starts_with(char::is_uppercase))
        || place.chars().count() > 40
    {
        return None;
    }
    let cells = &doc.lines.get(line)?.cells;
    let beside = cells
        .iter()
        .position(|c| c.text.trim() == text.trim())
        .and_then(|k| cells.get(k + 1));
    let value = beside.or_else(|| doc.lines.get(line + 1).and_then(|l| l.cells.first()))?;
    dates::is_only_date(&value.text, vocab)
        .then(|| dates::first_date(&value.text, vocab))
        .flatten()
}

/// `Ort, den <date>` in one cell, with the year possibly wrapped onto the next line.
fn place_date(text: &str, doc: &Doc, line: usize, vocab: &Vocabulary) -> Option<Date> {
    // A weekday is no place: `Mittwoch, 29.06.2022` dates a session, not the paper.
    let head = text
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .trim_end_matches([',', '.'])
        .to_lowercase();
    if vocab.numbers.weekdays.contains(&head) {
        return None;
    }
    // A paper's kind is no place either: `Niederschrift HFA 03.11.2031`, a running footer naming
    // the minutes and their session day (layout family: minutes with a footer line of kind,
    // body and day), dates the session, not the paper.
    if vocab.is_doc_type(&fold_alnum(&head)) {
        return None;
    }
    if let Some(m) = PLACE_DATE_NO_COMMA.captures(text)
        && let Some(start) = m.get(1).map(|g| g.start())
        && let Some(d) = find_dates(text.get(start..).unwrap_or(""), vocab)
            .first()
            .filter(|d| d.start == 0 && start + d.end == text.trim_end().len())
    {
        return Some(d.date);
    }
    if let Some(d) = date_beside_place_key(text, doc, line, vocab) {
        return Some(d);
    }
    // At the start of the cell, or inside it with `den` (`Dienststelle: Amt 20 Musterstadt, den 2.
    // November`, where a producer did not set the place apart).
    let start = dates::place_date_start(text).or_else(|| {
        text.contains("den")
            .then(|| PLACE_DEN.captures(text))
            .flatten()
            .and_then(|m| m.get(1))
            .map(|m| m.start())
    })?;
    let rest = text.get(start..)?;
    if let Some(d) = date_at_start(rest, vocab) {
        return Some(d.date);
    }
    let (day, month) = day_month_without_year(rest, vocab)?;
    let next = doc.lines.get(line + 1)?;
    // The year wrapped onto the next line, alone or at the end of a cell.
    let year = next.cells.iter().find_map(|c| {
        c.text
            .split_whitespace()
            .last()
            .and_then(|w| w.parse::<i32>().ok())
            .filter(|y| (1950..2100).contains(y))
    })?;
    dates::make_date(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_wrapped_from_an_agenda_sentence_is_not_the_paper_s() {
        // Layout family: minutes whose agenda opens on page 1 (invented).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Gemeinde Seeburg\nNiederschrift\nÖffentlicher Teil\nTOP 1 Genehmigung der Niederschrift vom\n15.09.2031\n",
        );
        assert_eq!(alone(&doc, &v, doc.lines.len()), None);
        let doc = Doc::from_text("Gemeinde Seeburg\nMitteilungsvorlage\n15.09.2031\n");
        assert_eq!(alone(&doc, &v, doc.lines.len()), Some(d(2031, 9, 15)));
        // a type phrase over its date dates the paper
        let doc = Doc::from_text("Stadt Seeburg\nTischvorlage\nErgänzung vom\n08.11.2031\n");
        assert_eq!(alone(&doc, &v, doc.lines.len()), Some(d(2031, 11, 8)));
        // a session-day key beside the date
        let doc = Doc::from_text("Niederschrift\nSitzungstag          03.11.2031\n");
        assert_eq!(alone(&doc, &v, doc.lines.len()), None);
        // a recommendation dated by the session that decided it
        let doc = Doc::from_text(
            "Stadtteilbeirat Seeburg\nEmpfehlung\nbeschlossen in der Sitzung am 15.10.2031 (11 Ja, 0 Nein)\nNeuer Treff\n",
        );
        assert_eq!(decided_on(&doc, &v), Some(d(2031, 10, 15)));
        // a footer naming the minutes and their session day is no place-dateline
        let doc = Doc::from_text("Niederschrift HFA 03.11.2031\n");
        assert_eq!(
            place_date("Niederschrift HFA 03.11.2031", &doc, 0, &v),
            None
        );
    }

    #[test]
    fn closing_dateline_and_session_day() {
        let v = Vocabulary::embedded();
        for (t, want) in [
            ("Hannover / 02.06.2025", Some(d(2025, 6, 2))),
            ("Waldshut-Tiengen, 19.09.2025", Some(d(2025, 9, 19))),
            ("Gera, den 3. September 2025", Some(d(2025, 9, 3))),
            ("Sitzungsende, 18:25 Uhr", None),
            ("Donnerstag, 22.05.2025", None),
            ("Die Frist endet am 02.06.2025", None),
            ("Anlage 3: Umweltbericht, Fassung vom 15.09.2025", None),
        ] {
            assert_eq!(closing_dateline(t, &v).map(|(d, _)| d), want, "{t}");
        }
        let doc = Doc::from_text(
            "Niederschrift\nüber die 7. Sitzung des Kreisausschusses\n\
             Sitzungstermin:          Donnerstag, 22.05.2025\nSitzungsbeginn:   16:00 Uhr\n",
        );
        assert_eq!(session_day(&doc, &v), Some(d(2025, 5, 22)));
        let doc = Doc::from_text("Protokoll\nSitzungstag: 19.06.2025\n");
        assert_eq!(session_day(&doc, &v), Some(d(2025, 6, 19)));
        // invented minutes' heads: the key right of the body; a grid of keys over values
        let doc = Doc::from_text(
            "Gemeinde Seeburg                    Niederschrift\nBauausschuss                    Sitzung am 08.10.2031\n",
        );
        assert_eq!(session_day(&doc, &v), Some(d(2031, 10, 8)));
        let doc = Doc::from_text(
            "Protokoll\nSitzung des Beirats Seeburg\nDatum          Ort          Zeit\n15.10.2031          Rathaus          18:30 Uhr\n",
        );
        assert_eq!(session_day(&doc, &v), Some(d(2031, 10, 15)));
        // Minutes are dated when signed; without a dateline, by their session day.
        let body = "Der Ausschuss berät.\n".repeat(32);
        let doc = Doc::from_text(&format!(
            "Protokoll\nSitzungstag: 19.06.2025\n\nTOP 1\n{body}\nGera, 23.06.2025\n"
        ));
        assert_eq!(find(&doc, &v, 2, true), Some(d(2025, 6, 23)));
        let doc = Doc::from_text(&format!(
            "Protokoll\nSitzungstag: 19.06.2025\n\nTOP 1\n{body}"
        ));
        assert_eq!(find(&doc, &v, 2, true), Some(d(2025, 6, 19)));
        assert_eq!(find(&doc, &v, 2, false), None);
        // A Beratungsfolge of one-cell rows dates no paper; a body signing elsewhere does.
        let doc = Doc::from_text(&format!(
            "Antrag\nRadweg\n{body}\nBeratungsfolge:\nBauausschuss, 03.09.2025\nStadtrat, 18.09.2025\n"
        ));
        assert_eq!(find(&doc, &v, 2, false), None);
        let doc = Doc::from_text(&format!(
            "Antrag\nRadweg\n{body}\nStadtteilbeirat Süd / 07.03.2024\n"
        ));
        assert_eq!(find(&doc, &v, 2, false), Some(d(2024, 3, 7)));
        // The paper's own signature, not a letter's dateline after it.
        let doc = Doc::from_text(&format!(
            "Antrag\nRadweg\n{body}\nGera, 03.09.2025\n\nAnlage\nMainz, 01.02.2024\n"
        ));
        assert_eq!(find(&doc, &v, 2, false), Some(d(2025, 9, 3)));
    }

    #[test]
    fn a_place_key_with_its_date_as_the_value() {
        // Layout family: header grids printing `Ort, den` over or beside the date (invented).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Stadt Talheim\nInformationsvorlage IV/012/2026\nTalheim, den\n03.03.2026\nSachstand Radwege\n",
        );
        assert_eq!(find(&doc, &v, 4, false), Some(d(2026, 3, 3)));
        // a key whose next line is no date alone gives none
        let doc = Doc::from_text("Stadt Talheim\nTalheim, den\nim März 2026 bekannt gegeben\n");
        assert_eq!(date_beside_place_key("Talheim, den", &doc, 1, &v), None);
    }

    #[test]
    fn minutes_are_dated_by_the_session_their_heading_names() {
        // Layout family: Niederschriften and Protokolle whose heading names the session and
        // its day, no date label, no session-day key, no signed dateline (invented examples).
        let v = Vocabulary::embedded();
        let body = "Der Ausschuss berät.\n".repeat(32);
        for (head, want) in [
            (
                "Gemeinde Talheim\nNiederschrift\nüber die 4. Sitzung des Bauausschusses am Mittwoch, dem 11.03.2026, im Rathaus\nBeginn: 18:00 Uhr\n",
                Some(d(2026, 3, 11)),
            ),
            (
                "Niederschrift\nüber die 2. Sitzung der Verbandsversammlung des Zweckverbandes Talgrund am 15.\nJuni 2026\nOrt\n",
                Some(d(2026, 6, 15)),
            ),
            (
                "Ortschaftsrat Talheim\nProtokoll der öffentlichen Sitzung vom 9. April 2025\nBeginn: 18:30 Uhr\n",
                Some(d(2025, 4, 9)),
            ),
            // an invitation's session is not the heading of minutes, nor an agenda item
            (
                "Einladung\nzur Sitzung des Bauausschusses am 11.03.2026\n",
                None,
            ),
            (
                "Einladung\nTOP 1 Genehmigung der Niederschrift über die Sitzung vom 11.02.2026\n",
                None,
            ),
        ] {
            let doc = Doc::from_text(&format!("{head}\nTOP 1\n{body}"));
            assert_eq!(find(&doc, &v, 2, true), want, "{head}");
            assert_eq!(find(&doc, &v, 2, false), None, "{head}");
        }
    }

    #[test]
    fn a_form_grid_dates_the_paper() {
        let v = Vocabulary::embedded();
        // labels above values, no number column (kreis_grid family)
        let mut dc = Doc::from_text(
            "Datum          Dezernat         Organisationseinheit\n15.1.2025      Dezernat I       10 - Hauptamt\n",
        );
        dc.header_labels = v.header_labels();
        assert_eq!(
            find(&dc, &v, dc.lines.len(), false),
            Some(Date::new(2025, 1, 15).expect("valid"))
        );
    }

    #[test]
    fn keys_beside_a_letterhead_date_the_paper() {
        // Layout family: Verbände's Vorlagen, the letterhead left, keys over values right, the
        // letterhead's second line between them (invented example).
        let v = Vocabulary::embedded();
        let mut dc = Doc::from_text(
            "Zweckverband Wasser         Drucksache      Datum\nTalheim-Nord\nVerbandsverwaltung          V/2031/09       12.10.2031\nBeschlussvorlage\n",
        );
        dc.header_labels = v.header_labels();
        assert!(keys_beside_letterhead(&dc, 0));
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2031, 10, 12)));
    }

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).expect("valid")
    }

    #[test]
    fn a_receipt_stamp_dates_only_a_paper_without_its_own_date() {
        // Layout family: Fraktion letters stamped by the council's office.
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "Fraktion X im Stadtrat Torgau\nEingang: 03.11.2025\nBüro Stadtrat\n\
             Torgau, 31.10.2025\nPrüfauftrag: Sozialticket\n",
        );
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2025, 10, 31)));
        let dc = Doc::from_text("Fraktion X\nEingang: 03.11.2025\nPrüfauftrag: Sozialticket\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2025, 11, 3)));
    }

    #[test]
    fn labelled_date_not_the_session_date() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "Beratungsfolge\nDatum der Sitzung     Gremium\n14.05.2023            Rat\nStand:   02.05.2023\n",
        );
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2023, 5, 2)));
        let dc = Doc::from_text(
            "Datum        Gremium          Rolle\n14.05.2023   Rat              Entscheidung\n",
        );
        assert_eq!(find(&dc, &v, dc.lines.len(), false), None);
        let dc =
            Doc::from_text("Gremium                Datum\nKreistag               14.05.2023\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), None);
    }

    #[test]
    fn weekday_and_number_with_vom() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text("Datum:   Mittwoch, 01.09.2021\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2021, 9, 1)));
        let dc = Doc::from_text("Drucksache 17/1234 vom 5.10.2022\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2022, 10, 5)));
    }

    #[test]
    fn a_creation_stamp_with_its_unit_dates_the_paper() {
        // Layout family: key grids with `Vorlage erstellt  date, unit` (holdout12 x19, x20).
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "Beschlussvorlage Nr.     VV-21/2025\nSitzung am     10.12.2025\nVorlage erstellt     13.11.2025, Bereich Finanzen\n",
        );
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2025, 11, 13)));
    }

    #[test]
    fn a_place_date_among_parts_parted_by_middle_dots() {
        // Layout family: side-column letterheads printing the paper's data in one line
        // (holdout12 x32).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Drucksache 2025/0164 · öffentlich · Seeburg, 05.11.2025\nBeschlussvorlage\n",
        );
        assert_eq!(after_place(&doc, &v, doc.lines.len()), Some(d(2025, 11, 5)));
        let doc = Doc::from_text("Drucksache 2025/0164 · öffentlich · Seite 2\n");
        assert_eq!(after_place(&doc, &v, doc.lines.len()), None);
    }

    #[test]
    fn place_date_and_wrapped_year() {
        let v = Vocabulary::embedded();
        // a scan's place in lower case, before `den`
        let dc = Doc::from_text("SPD-Fraktion\nköln, den 23. Januar 2012\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2012, 1, 23)));
        // a weekday dates a session, not the paper
        let dc = Doc::from_text("Einladung\nBeirat Nord\n2. Sitzung\nMittwoch, 29.06.2022\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), None);
        let dc = Doc::from_text(
            "Amt 12                     Neustadt a. d. W., den 7. Juli\n                           2024\n",
        );
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2024, 7, 7)));
        let dc = Doc::from_text("Dringlichkeitsantrag vom 9.1.24\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2024, 1, 9)));
    }

    #[test]
    fn place_without_comma_and_bare_date_under_the_number() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text("Bürgerverein Nord                     Neustadt 04.11.2020\n");
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2020, 11, 4)));
        let dc = Doc::from_text(
            "Landtag von Musterland                 Drucksache 8 / 112\n                                      2.7.2021\n",
        );
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2021, 7, 2)));
    }

    #[test]
    fn merged_cells_with_place_date() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "Dienststelle: Amt 20 - Finanzen, Musterstadt, den 2. November\nSteueramt 2022\n",
        );
        assert_eq!(find(&dc, &v, dc.lines.len(), false), Some(d(2022, 11, 2)));
    }
}
