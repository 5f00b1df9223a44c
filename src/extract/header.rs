//! Label–value fields of the header block: the document's own date, the department and
//! öffentlich / nichtöffentlich.

use super::dates::{self, day_month_without_year, find_dates};
use super::text::{Doc, cut_at_labels, find_labeled_mid, fold_alnum, fold_spelled};
use crate::record::Date;
use crate::vocab::{LabelSet, Labels, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// `Köln, den 8. November 2021`, `Kiel, 3.4.2022`: a place, a comma, optional `den`, a date.
static PLACE_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-ZÄÖÜ][\p{L}.()/ -]{1,40},\s*(?:den\s+|am\s+)?(\d)").unwrap_or_else(|_| {
        Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("constant pattern"))
    })
});

/// `…, Musterstadt, den 2. November` inside a cell: a capitalised place, a comma, `den`, a day.
static PLACE_DEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s[A-ZÄÖÜ][\p{L}.-]+(?: [A-ZÄÖÜ][\p{L}.-]+)?,\s*den\s+(\d)").unwrap_or_else(|_| {
        Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("constant pattern"))
    })
});

/// `Erlangen 04.11.2020`: one or two capitalised words and a date that ends the cell.
static PLACE_DATE_NO_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-ZÄÖÜ][\p{L}-]+(?: [A-ZÄÖÜ][\p{L}.-]+)?\s+(?:den\s+)?(\d)").unwrap_or_else(
        |_| Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("constant pattern")),
    )
});

/// The document's own date: a date label in the header block, else `Ort, den …`, else
/// `<Typ> vom …`. Session dates (`Datum der Sitzung`, table columns) are skipped.
pub fn find_date(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<Date> {
    let labels = vocab.labels(LabelSet::Date);
    let not = vocab.labels(LabelSet::DateNot);
    let not_after = &vocab.numbers.citation_preceders;
    let columns = vocab.labels(LabelSet::CommitteeColumn);
    let roles = &vocab.roles;
    let pitch = doc.line_pitch();
    // A heading such as `ANTRAG` may sit above the letterhead date: look at least 30 lines far.
    let first_page = doc.lines.iter().take_while(|l| l.page == 1).count();
    let end = header_end.max(first_page.min(30)).min(doc.lines.len());
    for found in find_labeled_mid(doc, labels, 0..end, pitch, not_after) {
        let label_cell_text = doc
            .lines
            .get(found.line)
            .map(|l| l.text.as_str())
            .unwrap_or_default();
        if not.starts(label_cell_text) {
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
                l.cells.len() >= 2
                    && l.cells
                        .iter()
                        .any(|c| super::consultations::role_of(&c.text, roles).is_some())
            });
            if cells > 2 || column_header || row_below {
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
    // `Drucksache 17/1234 vom 01.09.2021`
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
    for (i, line) in doc.lines.iter().enumerate().take(end) {
        for cell in &line.cells {
            if let Some(d) = place_date(&cell.text, doc, i, vocab) {
                return Some(d);
            }
        }
    }
    // A bare date standing alone in the header (under the number, in the letterhead), above any
    // Beratungsfolge (whose rows hold session dates).
    let consult_labels = vocab.labels(LabelSet::Consultations);
    let table_start = doc
        .lines
        .iter()
        .position(|l| {
            consult_labels.starts(&l.text) || l.cells.iter().any(|c| columns.is_whole(&c.text))
        })
        .unwrap_or(end);
    for line in doc
        .lines
        .iter()
        .take(end.min(table_start))
        .filter(|l| l.page == 1 && l.cells.len() <= 2)
    {
        let Some(cell) = line
            .cells
            .iter()
            .find(|c| dates::is_only_date(&c.text, vocab))
        else {
            continue;
        };
        let others_plain = line.cells.iter().all(|c| {
            std::ptr::eq(c, cell) || !roles.iter().any(|w| c.text.contains(w.text.as_str()))
        });
        let rightmost = line.cells.last().is_some_and(|c| std::ptr::eq(c, cell));
        if others_plain && rightmost {
            return dates::first_date(&cell.text, vocab);
        }
    }
    // `Antrag vom 3.4.2020`, `Anfrage vom …`
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

/// `Ort, den <date>` in one cell, with the year possibly wrapped onto the next line.
fn place_date(text: &str, doc: &Doc, line: usize, vocab: &Vocabulary) -> Option<Date> {
    if let Some(m) = PLACE_DATE_NO_COMMA.captures(text)
        && let Some(start) = m.get(1).map(|g| g.start())
        && let Some(d) = find_dates(text.get(start..).unwrap_or(""), vocab)
            .first()
            .filter(|d| d.start == 0 && start + d.end == text.trim_end().len())
    {
        return Some(d.date);
    }
    // At the start of the cell, or inside it with `den` (`Dienststelle: Amt 20 Musterstadt, den 2.
    // November`, where a producer did not set the place apart).
    let start = PLACE_DATE
        .captures(text)
        .and_then(|m| m.get(1))
        .or_else(|| PLACE_DEN.captures(text).and_then(|m| m.get(1)))?
        .start();
    let rest = text.get(start..)?;
    if let Some(d) = find_dates(rest, vocab).first().filter(|d| d.start == 0) {
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

/// Connector words after which a value continues on the next line.
const CONTINUES: [&str; 8] = ["und", "für", "der", "des", "oder", "sowie", "im", "in"];

/// True when a value names a council group or member (a word containing one of `not`).
fn is_not_department(value: &str, not: &Labels) -> bool {
    value
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .any(|w| not.iter().any(|n| w.contains(n.lower.as_str())))
}

/// The department as printed, from the first department label found (labels in order of
/// preference); a value ending in `,`, `-` or `und` continues on the next line.
pub fn find_department(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<String> {
    let labels = vocab.labels(LabelSet::Department);
    let not_after = &vocab.numbers.citation_preceders;
    let pitch = doc.line_pitch();
    let end = header_end.min(doc.lines.len());
    let other_labels = Labels::union(&[
        labels,
        vocab.labels(LabelSet::Drucksache),
        vocab.labels(LabelSet::Date),
        vocab.labels(LabelSet::Title),
        vocab.labels(LabelSet::Consultations),
    ]);
    // A column header to the right of a side-bar label is not its value.
    let column_labels = Labels::union(&[
        vocab.labels(LabelSet::CommitteeColumn),
        vocab.labels(LabelSet::Consultations),
    ]);
    let units = vocab.labels(LabelSet::DepartmentUnits);
    let not_department = vocab.labels(LabelSet::DepartmentNot);
    for label in labels.in_file_order() {
        let single = Labels::new([label.text.as_str()]);
        let Some(found) = find_labeled_mid(doc, &single, 0..end, pitch, not_after)
            .into_iter()
            .find(|f| !f.value.trim().is_empty() && !column_labels.starts(&f.value))
        else {
            continue;
        };
        // A value set apart by spaces only may run into the next label or the place and date.
        let mut cut = cut_at_labels(found.value.trim(), &other_labels);
        if let Some(m) = PLACE_DEN.find(cut) {
            cut = cut.get(..m.start()).unwrap_or(cut).trim_end();
        }
        let mut value = cut.to_string();
        // `Referat Soziales …` without a colon: the unit word is part of the name.
        // A column header (`Fachbereich   Status` over its values) is no part of the name.
        if units.has_alnum(&label.alnum)
            && !found.label_text.contains(':')
            && !doc.is_header_row(found.line)
        {
            value = format!("{} {value}", found.label_text.trim());
        }
        // Skip values that are themselves a label (`Ressort /` followed by `Stadtbetrieb` as
        // the rest of a two-line label).
        if value.ends_with(':') && value.len() < 25 {
            continue;
        }
        // A sender that is a group or a member (`Absender: SPD-Fraktion`) is no department.
        if is_not_department(&value, not_department) {
            continue;
        }
        let col_x0 = found.x0.min(found.cell_x0);
        let mut li = found.value_line;
        for _ in 0..2 {
            let last = value.split_whitespace().last().unwrap_or("").to_lowercase();
            let Some(cur) = doc.lines.get(li) else { break };
            // The next line with a cell in the value's column; lines of a neighbouring column
            // printed in between (a table beside a side bar) are passed over.
            let Some((ni, next)) = doc
                .lines
                .iter()
                .enumerate()
                .skip(li + 1)
                .take_while(|(k, l)| {
                    // Further when a line of the other column sits in between.
                    let reach = if *k == li + 1 { 1.6 } else { 2.1 };
                    l.page == cur.page && l.y - cur.y <= (pitch * reach).max(cur.size * 1.6)
                })
                .find(|(_, l)| {
                    l.cells
                        .iter()
                        .any(|c| super::text::x_overlap(col_x0, found.x1, c.x0, c.x1, 2.0))
                })
            else {
                break;
            };
            // Another label (with its colon) ends the value; a unit word (`Amt für …`) does not.
            let Some(cont) = next.cells.iter().find(|c| {
                super::text::x_overlap(col_x0, found.x1, c.x0, c.x1, 2.0)
                    && (!other_labels.starts(&c.text) || !c.text.contains(':'))
            }) else {
                break;
            };
            // A short line alone under the value (`Referat Soziales und gesellschaftliche` /
            // `Integration`) continues it too.
            let aligned_single = next.cells.len() == 1
                && ((cont.x0 - found.x0).abs() < 4.0 || (cont.x0 - found.cell_x0).abs() < 4.0)
                && cont.text.split_whitespace().count() <= 4
                && !cont.text.contains(':')
                && !cont.text.chars().any(|ch| ch.is_ascii_digit());
            if !(value.ends_with(',')
                || value.ends_with('-')
                || value.ends_with('–')
                || CONTINUES.contains(&last.as_str())
                || aligned_single)
            {
                break;
            }
            if dates::first_date(&cont.text, vocab).is_some() || cont.text.contains(':') {
                break;
            }
            if value.ends_with('-')
                && cont.text.chars().next().is_some_and(char::is_lowercase)
                && !value.ends_with(" -")
            {
                value.pop();
                value.push_str(&cont.text);
            } else {
                value.push(' ');
                value.push_str(&cont.text);
            }
            li = ni;
        }
        return Some(value);
    }
    None
}

/// Without a department label: the unit printed at the right of the contact lines at the top of
/// page 1 (`Telefon: 233-22288 | Kommunalreferat`, `Telefax: … | Geschäftsleitung`).
pub fn department_beside_contacts(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    let contacts = vocab.labels(LabelSet::Contact);
    let mut parts: Vec<String> = Vec::new();
    for line in doc.lines.iter().take_while(|l| l.page == 1).take(8) {
        let [left, .., right] = line.cells.as_slice() else {
            if !parts.is_empty() {
                break;
            }
            continue;
        };
        let is_contact = contacts.starts(&left.text);
        let plain = !right.text.chars().any(|c| c.is_ascii_digit())
            && !right.text.contains([':', '@'])
            && right.text.split_whitespace().count() <= 5;
        if is_contact && plain {
            parts.push(right.text.clone());
        } else if !parts.is_empty() {
            break;
        }
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// Without a department label: the unit named on the line right below the authority at the top
/// of page 1, aligned with it (`Stadt Seeburg` / `Zentrales Gebäudemanagement`).
pub fn department_under_authority(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    let authorities = vocab.labels(LabelSet::Authorities);
    let units = vocab.labels(LabelSet::UnitWords);
    let pitch = doc.line_pitch();
    let top: Vec<&super::text::DLine> = doc
        .lines
        .iter()
        .take_while(|l| l.page == 1)
        .take(6)
        .collect();
    for pair in top.windows(2) {
        let [above, below] = pair else { continue };
        let Some(auth) = above.cells.iter().find(|c| {
            authorities.strip(&c.text).is_some_and(|(rest, _)| {
                let n = rest.split_whitespace().count();
                (1..=3).contains(&n) && !rest.chars().any(|ch| ch.is_ascii_digit())
            })
        }) else {
            continue;
        };
        if below.y - above.y > pitch * 1.6 {
            continue;
        }
        let Some(unit) = below
            .cells
            .iter()
            .find(|c| (c.x0 - auth.x0).abs() < 4.0 || (c.x1 - auth.x1).abs() < 4.0)
        else {
            continue;
        };
        let text = unit.text.trim();
        let lower = text.to_lowercase();
        let plain = !text.chars().any(|ch| ch.is_ascii_digit())
            && !text.contains([':', '@'])
            && (1..=6).contains(&text.split_whitespace().count());
        if plain && units.iter().any(|u| lower.contains(u.lower.as_str())) {
            return Some(text.to_string());
        }
    }
    None
}

/// öffentlich (true) / nichtöffentlich (false) as stated in the header block (or a status label).
pub fn find_public(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<bool> {
    let (public, nonpublic) = (&vocab.public, &vocab.nonpublic);
    let status = vocab.labels(LabelSet::StatusColumn);
    let end = header_end.min(doc.lines.len());
    for line in doc.lines.iter().take(end) {
        for cell in &line.cells {
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
            let whole = fold_spelled(text);
            if nonpublic.has_spelled(&whole) {
                return Some(false);
            }
            if public.has_spelled(&whole) {
                return Some(true);
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
    let first_page = doc.lines.iter().take_while(|l| l.page == 1).count();
    for line in doc.lines.iter().take(first_page.min(50)).skip(end) {
        for cell in &line.cells {
            let whole = fold_spelled(&cell.text);
            if nonpublic.has_spelled(&whole) {
                return Some(false);
            }
            if public.has_spelled(&whole) {
                return Some(true);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::TextLayer;

    fn doc(text: &str) -> Doc {
        Doc::from_layer(&TextLayer::from_layout_text(text))
    }

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::new(y, m, day).expect("valid")
    }

    #[test]
    fn unit_below_the_authority() {
        let v = Vocabulary::embedded();
        let dc = doc("                              Stadt Seeburg\n\
                      \x20                             Zentrales Gebäudemanagement\n\
                      Mitteilungsvorlage MV 2023/0077\n");
        assert_eq!(
            department_under_authority(&dc, &v).as_deref(),
            Some("Zentrales Gebäudemanagement")
        );
        let dc = doc("Stadt Seeburg\nDer Oberbürgermeister\nMitteilungsvorlage\n");
        assert_eq!(department_under_authority(&dc, &v), None);
        let dc = doc("Stadt Seeburg\nRathausplatz 1, Amtshaus\n");
        assert_eq!(department_under_authority(&dc, &v), None);
    }

    #[test]
    fn labelled_date_not_the_session_date() {
        let v = Vocabulary::embedded();
        let dc = doc(
            "Beratungsfolge\nDatum der Sitzung     Gremium\n14.05.2023            Rat\nStand:   02.05.2023\n",
        );
        assert_eq!(find_date(&dc, &v, dc.lines.len()), Some(d(2023, 5, 2)));
        let dc = doc(
            "Datum        Gremium          Rolle\n14.05.2023   Rat              Entscheidung\n",
        );
        assert_eq!(find_date(&dc, &v, dc.lines.len()), None);
        let dc = doc("Gremium                Datum\nKreistag               14.05.2023\n");
        assert_eq!(find_date(&dc, &v, dc.lines.len()), None);
    }

    #[test]
    fn weekday_and_number_with_vom() {
        let v = Vocabulary::embedded();
        let dc = doc("Datum:   Mittwoch, 01.09.2021\n");
        assert_eq!(find_date(&dc, &v, dc.lines.len()), Some(d(2021, 9, 1)));
        let dc = doc("Drucksache 17/1234 vom 5.10.2022\n");
        assert_eq!(find_date(&dc, &v, dc.lines.len()), Some(d(2022, 10, 5)));
    }

    #[test]
    fn place_date_and_wrapped_year() {
        let v = Vocabulary::embedded();
        let dc = doc(
            "Amt 12                     Neustadt a. d. W., den 7. Juli\n                           2024\n",
        );
        assert_eq!(find_date(&dc, &v, dc.lines.len()), Some(d(2024, 7, 7)));
        let dc = doc("Dringlichkeitsantrag vom 9.1.24\n");
        assert_eq!(find_date(&dc, &v, dc.lines.len()), Some(d(2024, 1, 9)));
    }

    #[test]
    fn place_without_comma_and_bare_date_under_the_number() {
        let v = Vocabulary::embedded();
        let dc = doc("Bürgerverein Nord                     Neustadt 04.11.2020\n");
        assert_eq!(find_date(&dc, &v, dc.lines.len()), Some(d(2020, 11, 4)));
        let dc = doc(
            "Landtag von Musterland                 Drucksache 8 / 112\n                                      2.7.2021\n",
        );
        assert_eq!(find_date(&dc, &v, dc.lines.len()), Some(d(2021, 7, 2)));
    }

    #[test]
    fn merged_cells_with_place_date_and_wrapped_year() {
        let v = Vocabulary::embedded();
        let dc =
            doc("Dienststelle: Amt 20 - Finanzen, Musterstadt, den 2. November\nSteueramt 2022\n");
        assert_eq!(find_date(&dc, &v, dc.lines.len()), Some(d(2022, 11, 2)));
        assert_eq!(
            find_department(&dc, &v, dc.lines.len()).as_deref(),
            Some("Amt 20 - Finanzen, Steueramt 2022")
        );
    }

    #[test]
    fn unit_word_without_colon_and_aligned_continuation() {
        let v = Vocabulary::embedded();
        let dc = doc(
            "Referat Umwelt und gesellschaftliche                 Drucksache 12/2023\nTeilhabe\nGz: AB 12\n",
        );
        assert_eq!(
            find_department(&dc, &v, dc.lines.len()).as_deref(),
            Some("Referat Umwelt und gesellschaftliche Teilhabe")
        );
    }

    #[test]
    fn side_bar_department_beside_a_table() {
        let v = Vocabulary::embedded();
        let dc = doc(r#"Eingereicht von:        Gremium           Termin
Dezernat II,
                        Bauausschuss      01.02.2024
Amt für Umwelt und
Klima                   Stadtrat          08.02.2024
"#);
        assert_eq!(
            find_department(&dc, &v, dc.lines.len()).as_deref(),
            Some("Dezernat II, Amt für Umwelt und Klima")
        );
    }

    #[test]
    fn unit_beside_the_contact_lines() {
        let v = Vocabulary::embedded();
        let dc = doc(
            "Telefon: 0 233-1234             Baureferat\nTelefax: 0 233-1235             Hochbau\n\nBetreff\n",
        );
        assert_eq!(
            department_beside_contacts(&dc, &v).as_deref(),
            Some("Baureferat Hochbau")
        );
        let dc = doc("Telefon: 0 233-1234             Köln, den 3.4.2022\n");
        assert_eq!(department_beside_contacts(&dc, &v), None);
    }

    #[test]
    fn department_continues_after_connector() {
        let v = Vocabulary::embedded();
        let dc = doc(
            "Federführung:   Fachbereich 3 - Jugend, Schule und\n                Sport\nBearbeitung:    N. N.\n",
        );
        assert_eq!(
            find_department(&dc, &v, dc.lines.len()).as_deref(),
            Some("Fachbereich 3 - Jugend, Schule und Sport")
        );
    }

    #[test]
    fn public_states() {
        let v = Vocabulary::embedded();
        let dc = doc("Drucks.-Nr.:   17/0001 nicht öffentlich\n");
        assert_eq!(find_public(&dc, &v, dc.lines.len()), Some(false));
        let dc = doc("Status:   öffentlich\n");
        assert_eq!(find_public(&dc, &v, dc.lines.len()), Some(true));
        let dc = doc("Anlage\nÖffentliche Sitzung\nDer Rat ist öffentlich\n");
        assert_eq!(find_public(&dc, &v, 1), Some(true));
        let dc = doc("nicht öffentlich gem. § 35 GO\n");
        assert_eq!(find_public(&dc, &v, dc.lines.len()), Some(false));
        let dc = doc("Die öffentliche Hand zahlt.\n");
        assert_eq!(find_public(&dc, &v, dc.lines.len()), None);
    }
}
