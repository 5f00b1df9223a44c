//! A subject under a type heading that names only the paper (layout family: answers, opinions,
//! motions and questions set as a letter or a plain page, `Beantwortung der Anfrage der
//! X-Fraktion` / `Drucksache 2025/091` / **subject** / body; `Schriftliche Anfrage` / header grid
//! / **subject**; `Antrag` / `zur Behandlung im Rat:` / **subject**): the heading says what the
//! paper is and who filed it, the first line set apart under it says what it is about.

use super::super::consultations;
use super::super::dates;
use super::super::doc::{DLine, Doc};
use super::super::text::join_lines;
use super::{names_a_filer, names_only_the_paper};
use crate::vocab::{LabelSet, Labels, Vocabulary};

/// Lines of page 1 searched for the heading.
const HEAD: usize = 30;
/// Lines under the heading searched for the subject.
const BELOW: usize = 8;

/// True when `t` only names a paper: its type (an adjective may stand before it: `Schriftliche
/// Anfrage`), articles, its filer (`der FDP-Fraktion`, `des Ortsrates Dirmingen`), its number
/// (`AF 0201/2025`, `Drucksache 2025/091`) and date (`vom 12.03.2025`) — no subject word.
pub(super) fn heading_only(t: &str, vocab: &Vocabulary) -> bool {
    if names_only_the_paper(t, vocab) {
        return true;
    }
    let numbers = vocab.labels(LabelSet::Drucksache);
    let words: Vec<&str> = t.split_whitespace().collect();
    let is_type = |w: &str| {
        let f = crate::fold::alnum(w);
        !f.is_empty() && w.starts_with(char::is_uppercase) && vocab.is_doc_type(&f)
    };
    // the type first, or second after one capitalised adjective (`Kleine`, `Schriftliche`)
    let typed = words.first().is_some_and(|w| is_type(w))
        || (words.get(1).is_some_and(|w| is_type(w))
            && words
                .first()
                .is_some_and(|w| w.starts_with(char::is_uppercase) && w.ends_with('e')));
    if !typed || words.len() > 10 {
        return false;
    }
    // A name goes on after a filer word (`Ortsrates Dirmingen`, `Fraktion DIE LINKE`): at most
    // two capitalised words.
    let mut name_words = 0;
    let mut after_filer = false;
    for (k, w) in words.iter().enumerate() {
        let plain = w.trim_end_matches([',', ':']);
        // A filer's adjective right before a filer word ([`names_a_filer`]: `des Gemeinsamen
        // Ortsrates`; layout family: opinions of local councils set as letters, `Stellungnahme
        // des Gemeinsamen Ortsrates X` / subject).
        let adjective = plain.starts_with(char::is_uppercase)
            && (plain.ends_with("en") || plain.ends_with("er"))
            && words
                .get(k + 1)
                .is_some_and(|n| names_a_filer(n.trim_end_matches([',', ':']), vocab));
        let ok = if is_type(plain) || (k == 0 && plain.starts_with(char::is_uppercase)) {
            after_filer = false;
            true
        } else if (adjective && !after_filer)
            || matches!(
                plain,
                "der"
                | "des"
                | "die"
                | "den"
                | "einer"
                | "eines"
                | "zur"
                | "zum"
                | "vom"
                | "auf"
                // the answered question's session (`Beantwortung Ihrer Anfrage in der Sitzung
                // des Verbandsausschusses vom 08.10.2026`; layout family: answer letters of
                // Zweckverbände to their members, the heading over the bold subject)
                | "Ihrer"
                | "Ihre"
                | "Ihres"
                | "in"
                | "Sitzung"
                | "Nr."
                | "-"
                | "–"
            )
            // the addressee (`Antrag an den Ausschuss für Umwelt und Verkehr`; layout family:
            // motions of Beiräte set as letters, the type and the committee it goes to on a line
            // over the subject): `an` and an article before a committee noun
            || (plain == "an"
                && words.get(k + 1).is_some_and(|w| matches!(*w, "den" | "die" | "das"))
                && words
                    .get(k + 2)
                    .is_some_and(|w| consultations::is_committee_noun(w, vocab)))
            // a committee's name goes on after `für` (`Ausschuss für Umwelt und Verkehr`)
            || (after_filer && matches!(plain, "für" | "und"))
            || plain.chars().any(|c| c.is_ascii_digit())
            || numbers.is_whole(plain)
            || (plain.len() <= 4 && plain.chars().all(|c| c.is_ascii_uppercase()))
        {
            true
        } else if names_a_filer(plain, vocab) {
            after_filer = true;
            name_words = 0;
            true
        } else if after_filer && plain.starts_with(char::is_uppercase) && name_words < 2 {
            name_words += 1;
            true
        } else {
            false
        };
        if !ok {
            return false;
        }
    }
    true
}

/// The subject under the first type heading of page 1 that names only the paper: the heading
/// set in bold or larger than the line under it; lines under it that still name the paper
/// (`zur Drucksache 2025/0171`, `der Gemeinde X zur Vorlage 12/2025`, a session reference
/// `aus der Sitzung vom 14. Mai 2025`), label lines of a header grid, a lead-in ending on a
/// colon and cells of a value or side column are passed over; the first other line at the
/// heading's left edge opens the subject, which goes on over lines of its own font and edge. The
/// subject must be set apart from the body: bold, or a salutation right after it (a regular
/// paragraph under a heading may be its continuation, `zur Drucksache …` / the cited subject).
pub(super) fn subject(doc: &Doc, vocab: &Vocabulary, stops: &Labels) -> Option<String> {
    let salutations = vocab.labels(LabelSet::Salutations);
    let page: Vec<(usize, &DLine)> = doc
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.page == 1 && !l.furniture)
        .take(HEAD)
        .collect();
    let (h, heading) = page.iter().enumerate().find_map(|(k, (_, l))| {
        let first = l.cells.first()?;
        let next = page.get(k + 1).map(|(_, n)| n)?;
        let emphasised = l.bold || l.size > next.size + 0.8;
        // the heading names a paper by its type or number label (a date alone names none)
        let typed = vocab.labels(LabelSet::Drucksache).starts(&first.text)
            || first.text.split_whitespace().any(|w| {
                let f = crate::fold::alnum(w);
                !f.is_empty() && vocab.is_doc_type(&f)
            });
        (emphasised && typed && heading_only(first.text.trim(), vocab)).then_some((k, *l))
    })?;
    let edge = heading.cells.first()?.x0;

    let mut k = h + 1;
    // brackets opened and not closed by the lines passed over: a citation wrapped onto the
    // next line (`des Beirates X zur Vorlage VL 21/4418 (Deputation …,` / `Sitzung am
    // 03.12.2031)`; layout family: opinions of Beiräte naming the paper and the session it goes
    // to under their type heading) goes on until they close.
    let mut open_brackets = 0usize;
    let start = loop {
        let (_, l) = page.get(k)?;
        if k > h + BELOW || salutations.starts(&l.text) {
            return None;
        }
        let first = l.cells.first()?;
        let text = first.text.trim();
        let closes = text.matches(')').count();
        if open_brackets > 0 {
            open_brackets = (open_brackets + text.matches('(').count()).saturating_sub(closes);
            k += 1;
            continue;
        }
        let key = text
            .split_once(':')
            .is_some_and(|(head, _)| !head.is_empty() && head.split_whitespace().count() <= 2);
        let cites = text.starts_with(char::is_lowercase)
            && (text.chars().any(|c| c.is_ascii_digit())
                || dates::first_date(text, vocab).is_some());
        let skip = first.x0 > edge + 30.0
            || (first.x0 - edge).abs() > 4.0 && l.cells.len() > 1
            || is_lead_in(text)
            || key
            // a label alone (`Drucksache`); a label word opening a subject (`Stand der …`) is none
            || stops.is_whole(text)
            || cites
            || heading_only(text, vocab);
        if !skip {
            break k;
        }
        open_brackets = text.matches('(').count().saturating_sub(closes);
        k += 1;
    };
    let (_, first) = page.get(start)?;
    let mut title = first.cells.first()?.text.trim().to_string();
    let mut last = *first;
    let mut k = start + 1;
    let mut set_apart = first.bold;
    while let Some((_, l)) = page.get(k) {
        let c = l.cells.first()?;
        if c.x0 > edge + 30.0 {
            // a side column's line between the subject's lines
            k += 1;
            continue;
        }
        let gap = l.y - last.y;
        let same_font = l.bold == first.bold && (l.size - first.size).abs() <= 0.5;
        if salutations.starts(&l.text) {
            set_apart = true;
            break;
        }
        if gap > 1.6 * first.size || !same_font {
            break;
        }
        // a subject's head ending on a colon goes on (`Glasfaserausbau in …:` / `Stand der …`)
        let closed = title.ends_with('.') || (title.ends_with(':') && k > start + 1);
        if closed || k - start >= 3 || (c.x0 - edge).abs() > 4.0 {
            break;
        }
        title = join_lines(&title, c.text.trim());
        last = l;
        k += 1;
    }
    let words = title.split_whitespace().count();
    (set_apart
        && words >= 2
        && title.chars().filter(|c| c.is_alphabetic()).count() >= 8
        && !title.ends_with([':', ',', '.']))
    .then_some(title)
}

/// True for a lead-in ending on a colon (`zur Behandlung im Rat:`, `Betrifft:`): lower case or
/// four words at most. A longer capitalised line ending on a colon is a subject's head
/// (`Glasfaserausbau in den Ortsteilen A, B und C:` / `Stand der Förderverfahren`; layout family:
/// questions of council members whose bold subject names a topic, a colon, then the point).
fn is_lead_in(text: &str) -> bool {
    text.ends_with(':')
        && (text.starts_with(char::is_lowercase) || text.split_whitespace().count() <= 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::doc::DCell;

    fn line(y: f32, size: f32, bold: bool, cells: &[(f32, &str)]) -> DLine {
        let cells: Vec<DCell> = cells
            .iter()
            .map(|&(x0, t)| DCell {
                text: t.to_string(),
                x0,
                x1: x0 + 5.0 * t.chars().count() as f32,
            })
            .collect();
        DLine::of_cells(y, size, bold, cells)
    }

    fn doc(lines: Vec<DLine>) -> Doc {
        Doc {
            lines,
            header_labels: std::sync::Arc::new(Labels::EMPTY),
        }
    }

    #[test]
    fn headings_that_only_name_the_paper() {
        let v = Vocabulary::embedded();
        assert!(heading_only(
            "Beantwortung der Anfrage der FDP-Fraktion",
            &v
        ));
        assert!(heading_only("Stellungnahme des Ortsrates Talheim", &v));
        assert!(heading_only("Kleine Anfrage", &v));
        assert!(heading_only("Antwort auf die Anfrage AF 12/2031", &v));
        // Invented: an opinion heading with the filer's adjective, an answer letter's heading.
        assert!(heading_only(
            "Stellungnahme des Gemeinsamen Ortsrates Talheim",
            &v
        ));
        assert!(heading_only(
            "Beantwortung Ihrer Anfrage in der Sitzung des Werkausschusses vom 02.03.2031",
            &v
        ));
        assert!(heading_only("Ergänzung zur Vorlage VB 07/2031", &v));
        // Invented: a Beirat's motion heading naming the committee it goes to.
        assert!(heading_only(
            "Antrag an den Ausschuss für Umwelt und Verkehr",
            &v
        ));
        assert!(!heading_only("Antrag an die Bürger der Stadt", &v));
        assert!(!heading_only(
            "Stellungnahme zur Neugestaltung des Marktplatzes",
            &v
        ));
        assert!(!heading_only(
            "Anfrage zur Hausarztversorgung im ländlichen Raum",
            &v
        ));
    }

    #[test]
    fn a_citation_wrapped_in_brackets_is_passed_over() {
        // Invented: a Beirat's opinion, the cited Vorlage and its session in brackets wrapped
        // over two lines under the bold type heading, then the bold subject.
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        let d = doc(vec![
            line(95.0, 13.0, true, &[(70.0, "Stellungnahme")]),
            line(
                113.0,
                10.0,
                false,
                &[(
                    70.0,
                    "des Beirates Seeburg zur Vorlage VL 31/0418 (Deputation für Bau,",
                )],
            ),
            line(126.0, 10.0, false, &[(70.0, "Sitzung am 03.12.2031)")]),
            line(
                144.0,
                10.0,
                true,
                &[(70.0, "Radweg am Deich – Ausbau des Deichweges")],
            ),
            line(
                162.0,
                10.0,
                false,
                &[(70.0, "Der Beirat hat sich in seiner Sitzung befasst.")],
            ),
        ]);
        assert_eq!(
            subject(&d, &v, &stops).as_deref(),
            Some("Radweg am Deich – Ausbau des Deichweges")
        );
    }

    #[test]
    fn a_date_alone_heads_no_subject() {
        // Invented: minutes whose bold heading ends on its date line; the field line under it
        // is no subject.
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        let d = doc(vec![
            line(
                95.0,
                13.0,
                true,
                &[(70.0, "Protokoll der öffentlichen Ratssitzung vom")],
            ),
            line(113.0, 13.0, true, &[(70.0, "02.02.2031")]),
            line(
                134.0,
                9.5,
                true,
                &[(72.0, "Beginn und Ende 19:00 Uhr bis 21:00 Uhr")],
            ),
            line(
                160.0,
                9.5,
                false,
                &[(72.0, "Sehr geehrte Damen und Herren,")],
            ),
        ]);
        assert_eq!(subject(&d, &v, &stops), None);
    }

    #[test]
    fn a_type_statement_heads_a_subject_with_a_colon() {
        // Invented: a council member's question, the type statement as a bold heading, the
        // subject a topic, a colon and the point, then the salutation.
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        assert!(heading_only("Anfrage gem. § 12 Abs. 3 GeschO", &v));
        assert!(is_lead_in("zur Behandlung im Rat:"));
        assert!(!is_lead_in("Radwege in den Ortsteilen Nord, Süd und West:"));
        let d = doc(vec![
            line(
                150.0,
                12.0,
                true,
                &[(70.0, "Anfrage gem. § 12 Abs. 3 GeschO")],
            ),
            line(
                169.0,
                10.0,
                true,
                &[(70.0, "Radwege in den Ortsteilen Nord, Süd und West:")],
            ),
            line(182.0, 10.0, true, &[(70.0, "Stand der Planung und Kosten")]),
            line(200.0, 10.0, false, &[(70.0, "Sehr geehrte Frau Beispiel,")]),
        ]);
        assert_eq!(
            subject(&d, &v, &stops).as_deref(),
            Some("Radwege in den Ortsteilen Nord, Süd und West: Stand der Planung und Kosten")
        );
    }

    #[test]
    fn the_bold_line_under_an_answer_heading_is_the_subject() {
        // Invented: an answer letter, heading and number over a bold subject, then the body.
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        let d = doc(vec![
            line(80.0, 10.0, false, &[(70.0, "Stadt Talheim")]),
            line(
                150.0,
                12.0,
                true,
                &[(70.0, "Beantwortung der Anfrage der FDP-Fraktion")],
            ),
            line(165.0, 12.0, true, &[(70.0, "Drucksache 2031/044")]),
            line(
                190.0,
                10.0,
                true,
                &[(70.0, "Stand der Sanierung der Brücke am Mühlbach")],
            ),
            line(
                214.0,
                10.0,
                false,
                &[(70.0, "Zu 1.: Die Arbeiten beginnen im Mai.")],
            ),
        ]);
        assert_eq!(
            subject(&d, &v, &stops).as_deref(),
            Some("Stand der Sanierung der Brücke am Mühlbach")
        );
        // The body right under the heading is no subject.
        let d = doc(vec![
            line(
                150.0,
                13.0,
                true,
                &[(70.0, "Stellungnahme des Ortsbeirates Talheim")],
            ),
            line(
                170.0,
                10.0,
                false,
                &[(70.0, "zum Haushalt 2032 (Drucksache XI/12)")],
            ),
            line(
                190.0,
                10.0,
                false,
                &[(70.0, "Der Ortsbeirat hat den Entwurf beraten und")],
            ),
            line(203.0, 10.0, false, &[(70.0, "nimmt wie folgt Stellung.")]),
        ]);
        assert_eq!(subject(&d, &v, &stops), None);
    }
}
