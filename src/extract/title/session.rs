//! The title of an Einladung: the session it invites to — the body and the session's number
//! set under the type line (`Einladung` / `Stadtteilbeirat Büchenbach` / `2. Sitzung  Mittwoch,
//! …` → `Stadtteilbeirat Büchenbach, 2. Sitzung`), else the session the invitation sentence
//! names (`ich lade Sie zur nächsten Sitzung des Bezirksausschusses 6 - Sendling ein` →
//! `Sitzung des Bezirksausschusses 6 - Sendling`).

use super::super::doc::Doc;
use super::super::labeled::find_labeled;
use super::super::text::{captures_within, collapse};
use crate::vocab::Labels;
use regex::Regex;
use std::sync::LazyLock;

/// `2. Sitzung` opening a line.
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,3})\.\s*Sitzung\b").unwrap_or_else(|_| super::super::text::never())
});

/// The qualifiers of a session's name (`öffentliche`, `konstituierende Sitzung`), without their
/// ending: one list for every session pattern.
const QUALIFIERS: &str = "öffentlich|ordentlich|konstituierend|gemeinsam";

/// The session an invitation sentence names.
static INVITED_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:lade|laden|lädt)\b(?P<to>[^.:;]*?)\bzur\s+(?:(?:nächsten|(?:{QUALIFIERS})en)\s+)*(?P<session>(?:\d{{1,3}}\.\s*)?(?:(?:{QUALIFIERS})en\s+)?Sitzung\s+(?:des|der)\s+(?P<body>[^,.:;]{{3,}}?))\s*(?:\bein\b|\bam\b|,|\.|$)",
    ))
    .unwrap_or_else(|_| super::super::text::never())
});

/// The session named before the invitation verb (`zur 9. Sitzung des Ausschusses für Umwelt, Bau
/// und Verkehr am Montag, … lade ich Sie hiermit ein`).
static SESSION_THEN_INVITE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:[Zz]ur|[Zz]u\s+der)\s+(?P<session>(?:[0-9]+\.\s*)?(?:(?:{QUALIFIERS})en\s+)?Sitzung\s+(?:des|der)\s+(?P<body>[^.:;]+?))\s+am\s+(?P<when>[^;]*?)\blade\b",
    ))
    .unwrap_or_else(|_| super::super::text::never())
});

/// The session a public notice says takes place (`Am Dienstag, … findet im Sitzungssaal … eine
/// öffentliche Sitzung des Gemeinderates statt.`; layout family: Öffentliche Bekanntmachungen
/// of Gemeinden and Verbandsgemeinden that announce a session in one sentence over the agenda).
static TAKES_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?s)\bfindet\b(?P<where>.*?)\beine\s+(?P<session>(?:\d{{1,3}}\.\s*)?(?:(?:{QUALIFIERS})e\s+)?Sitzung\s+(?:des|der)\s+(?P<body>[^,.:;]{{3,}}?))\s+statt\b",
    ))
    .unwrap_or_else(|_| super::super::text::never())
});

/// The type line of a session paper, with what follows it on the same line; the minutes' word
/// may be a compound naming their kind (`Ergebnisprotokoll`, `Sitzungsniederschrift`; layout
/// family: minutes of Quartiersräte, Beiräte and Zweckverbände headed by the kind of record).
static TYPE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:einladung|ladung|(?:ergebnis|sitzungs|beschluss|verlaufs|kurz)?(?:niederschrift|protokoll)|tagesordnung)\b\s*(.*)$")
        .unwrap_or_else(|_| super::super::text::never())
});

/// True for a line that opens with a session paper's type word (`Einladung und öffentliche
/// Bekanntmachung`, `Tagesordnung`, `Niederschrift Nr. 4`): on a session paper whose session
/// none of this module's readers found, such a line names the kind of notice, not a subject.
pub(super) fn is_type_line(t: &str) -> bool {
    TYPE_LINE.is_match(t.trim())
}

/// A session of a named body (`über die 22. Sitzung des Hauptausschusses …`, `28. Tagung der
/// Bezirksverordnetenversammlung …`, `über die öffentliche Sitzung des …`, `zur Sitzung des
/// Fachausschusses …`), or a numbered session named by one compound (`zur 58.
/// Verbandsversammlung`; layout family: invitations of Zweckverbände and councils whose
/// session is the body's numbered meeting), its lead-in words dropped; a session of public and
/// non-public parts qualified by both (`über die 9. öffentliche und nichtöffentliche Sitzung der
/// …`; layout family: minutes of Brandenburg and Saxony towns).
static SESSION_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?:zur|über\s+die|der)\s+)?((?:\d{{1,3}}\.\s*)?(?:(?:nicht\s?)?(?:{QUALIFIERS})en?\s+(?:und\s+(?:nicht\s?)?(?:{QUALIFIERS})en?\s+)?)?(?:Sitzung|Tagung)\s+(?:des|der)\s+\p{{L}}.*|\d{{1,3}}\.\s*(?:(?:{QUALIFIERS})en?\s+)?\p{{Lu}}\p{{Ll}}+(?:versammlung|sitzung|tagung))$",
    ))
    .unwrap_or_else(|_| super::super::text::never())
});

/// A minute's number after its type word (`Nr. 31`, `Nr. 31 (2023–2027)`).
static MINUTE_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Nr\.?\s*[0-9]+(?:/[0-9]+)?(?:\s*\([^)]*\))?$")
        .unwrap_or_else(|_| super::super::text::never())
});

/// Where the session's time and place follow its name (` am Dienstag, 17.09.2024 …`).
static WHEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:\s+am|,)\s+(?:den\s+)?(?:\d|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|\s+um\s+\d",
    )
    .unwrap_or_else(|_| super::super::text::never())
});

/// A session named on a line of its own at the top, as printed: `Haupt- und Finanzausschuss,
/// 19. Sitzung`, `26. öffentliche Sitzung des Stadtrates`, `Öffentliche Sitzung des Rates der
/// Stadt X` (layout family: invitations whose heading is the session, no type line over it).
static PRINTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:\p{Lu}[^,:]*,\s*[0-9]+\.\s*(?:(?:öffentliche|nichtöffentliche|nicht öffentliche|ordentliche)\s+)?Sitzung|(?:[0-9]+\.\s*)?(?:(?i:öffentliche|nichtöffentliche|nicht öffentliche|ordentliche|konstituierende)\s+)?(?:[Ss]itzung|[Tt]agung)\s+(?:des|der)\s+\p{Lu}.*)$",
    )
    .unwrap_or_else(|_| super::super::text::never())
});

/// Lines at the top of page 1 where the body and the session number stand.
const HEAD_LINES: usize = 8;
/// Characters of page 1 read for the invitation sentence.
const WINDOW: usize = 4000;

/// The title of an Einladung, when it names its session.
pub(super) fn title(doc: &Doc) -> Option<String> {
    heading(doc)
        .or_else(|| printed(doc))
        .or_else(|| numbered(doc))
        .or_else(|| invited_to(doc))
        .or_else(|| takes_place(doc))
}

/// The session a notice announces ([`TAKES_PLACE`]), as printed: the time and place before it
/// (at most 200 characters) dropped.
fn takes_place(doc: &Doc) -> Option<String> {
    let text = doc.opening(WINDOW);
    let caps = captures_within(&TAKES_PLACE, &text, &[("where", 200), ("body", 80)])?;
    let session = collapse(caps.name("session")?.as_str());
    let session = session.trim();
    let mut chars = session.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// The session printed as a heading line at the top ([`PRINTED`]), its time and place dropped.
fn printed(doc: &Doc) -> Option<String> {
    let head = head_lines(doc);
    head.iter().enumerate().find_map(|(i, t)| {
        // A name wrapped after a function word (`Ausschuss für Sicherheit und` / `Ordnung,
        // 16. Sitzung`) starts on the line above.
        let mut text = match i.checked_sub(1).and_then(|p| head.get(p)) {
            Some(above) if super::lines::ends_with_function_word(above) => format!("{above} {t}"),
            _ => t.to_string(),
        };
        // The time and place follow the session word (`, 19. Sitzung` is part of the name).
        let from = text
            .find("itzung")
            .or_else(|| text.find("agung"))
            .unwrap_or(0);
        if let Some(m) = text.get(from..).and_then(|rest| WHEN.find(rest)) {
            text.truncate(from + m.start());
        }
        let first = text.chars().next()?;
        (PRINTED.is_match(&text)
            && (first.is_uppercase() || first.is_ascii_digit())
            && !super::lines::ends_with_function_word(&text))
        .then_some(text)
    })
}

/// The session named on or right under the type line (`Einladung zur 19. Sitzung des
/// Kreisausschusses`, `Niederschrift` / `über die 22. Sitzung des …`), joined with the next line
/// while it ends on an article or preposition. An Einladung's or a Niederschrift's title.
pub(super) fn heading(doc: &Doc) -> Option<String> {
    let head = head_lines(doc);
    // `after`: the head line after the type line
    let (after, rest) = match head.iter().position(|t| TYPE_LINE.is_match(t)) {
        Some(i) => (
            i + 1,
            TYPE_LINE.captures(head.get(i)?)?.get(1)?.as_str().trim(),
        ),
        // the type word alone right of the letterhead on its line (layout family: minutes of
        // Brandenburg towns, `Stadt X … Niederschrift` / `über die 9. Sitzung der …`)
        None => (type_beside_letterhead(doc)?, ""),
    };
    // A minute's own number on the type line (`Protokoll Nr. 31 (2023–2027)`): the session
    // follows on the next line.
    let rest = if MINUTE_NUMBER.is_match(rest) {
        ""
    } else {
        rest
    };
    let (mut text, mut next) = if rest.is_empty() {
        ((*head.get(after)?).to_string(), after + 1)
    } else {
        (rest.to_string(), after)
    };
    let cut = WHEN.find(&text).map(|m| m.start());
    if let Some(at) = cut {
        text.truncate(at);
    }
    while super::lines::ends_with_function_word(&text)
        && let Some(more) = head.get(next).filter(|m| !m.is_empty() && !m.contains(':'))
    {
        text = format!("{text} {more}");
        next += 1;
    }
    // The session's day wrapped onto the next line (`… des Marktgemeinderates X am` /
    // `27.10.2031`; layout family: minutes whose heading runs on into the day): cut again once
    // joined.
    let cut = cut.or_else(|| {
        let at = WHEN.find(&text)?.start();
        text.truncate(at);
        Some(at)
    });
    // A body's place name wrapped onto a line of its own (`… des Ortsgemeinderates` /
    // `Landscheid`): one capitalised word, no digits, no label, no session word, alone on its
    // line (a grid's key with its value beside it, `Datum | 07.10.2031`, `Wann | …`, is none).
    let alone = head_cells(doc).get(next).is_some_and(|&n| n == 1);
    if let Some(more) = head.get(next).filter(|m| {
        alone
            && !m.contains([':', ' '])
            && m.chars().next().is_some_and(char::is_uppercase)
            && !m.chars().any(|c| c.is_ascii_digit())
            && !m.to_lowercase().contains("sitzung")
            && !TYPE_LINE.is_match(m)
    }) && text.contains("Sitzung")
        && cut.is_none()
    {
        text = format!("{text} {more}");
    }
    let session = SESSION_HEADING.captures(&text)?.get(1)?.as_str().trim();
    let session = as_named(session);
    (!super::lines::ends_with_function_word(&session)).then_some(session)
}

/// The electoral term printed after a session's body (` in der Wahlperiode 2020/2025`,
/// ` (Wahlperiode 2021–2026)`): no part of the session's name.
static TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+(?:\(|in\s+der\s+|der\s+)?(?:Wahlperiode|Legislaturperiode)\b.*$")
        .unwrap_or_else(|_| super::super::text::never())
});

/// A session as it is named: the electoral term dropped, everything else as printed — the
/// qualifier keeps the inflection the lead-in gave it (`Einladung zur öffentlichen Sitzung des
/// Beirates X` → `öffentlichen Sitzung des Beirates X`; `Niederschrift über die öffentliche
/// Sitzung …` → `öffentliche Sitzung …`). Convention: `tests/fixtures/CONVENTIONS_TITLE.md`, 4
/// (the printed words, not a rewrite to the nominative).
fn as_named(session: &str) -> String {
    TERM.replace(session, "").trim().to_string()
}

/// The first cells of the first [`HEAD_LINES`] lines of page 1 (page furniture left out).
fn head_lines(doc: &Doc) -> Vec<&str> {
    doc.lines
        .iter()
        .filter(|l| l.page == 1 && !l.furniture)
        .take(HEAD_LINES)
        .map(|l| l.cells.first().map_or("", |c| c.text.trim()))
        .collect()
}

/// How many cells each line of [`head_lines`] holds.
fn head_cells(doc: &Doc) -> Vec<usize> {
    doc.lines
        .iter()
        .filter(|l| l.page == 1 && !l.furniture)
        .take(HEAD_LINES)
        .map(|l| l.cells.len())
        .collect()
}

/// The head line (as counted by [`head_lines`]) right after the first line of page 1 whose
/// last cell, right of another, is a type word alone (`Niederschrift`, `Einladung`) — that line
/// may be a running header repeated on every page.
fn type_beside_letterhead(doc: &Doc) -> Option<usize> {
    let page1: Vec<_> = doc.lines.iter().filter(|l| l.page == 1).collect();
    let at = page1.iter().take(HEAD_LINES).position(|l| {
        l.cells.len() > 1
            && l.cells.last().is_some_and(|c| {
                TYPE_LINE
                    .captures(c.text.trim())
                    .and_then(|m| m.get(1))
                    .is_some_and(|r| r.as_str().trim().is_empty())
            })
    })?;
    // head lines up to and including the type line
    Some(page1.iter().take(at + 1).filter(|l| !l.furniture).count())
}

fn numbered(doc: &Doc) -> Option<String> {
    let head = head_lines(doc);
    let i = head.iter().position(|t| NUMBERED.is_match(t))?;
    let number = NUMBERED.captures(head.get(i)?)?.get(1)?.as_str();
    // the body: the line above, when it is a name (no type word, no digits)
    let body = head.get(i.checked_sub(1)?)?;
    let is_name = body.chars().any(char::is_lowercase)
        && !body.chars().any(|c| c.is_ascii_digit())
        && !body.to_lowercase().starts_with("einladung");
    is_name.then(|| format!("{body}, {number}. Sitzung"))
}

fn invited_to(doc: &Doc) -> Option<String> {
    let text = doc.opening(WINDOW);
    let caps = captures_within(&INVITED_TO, &text, &[("to", 60), ("body", 80)]).or_else(|| {
        captures_within(&SESSION_THEN_INVITE, &text, &[("body", 120), ("when", 160)])
    })?;
    let session = as_named(&collapse(caps.name("session")?.as_str()));
    let session = session.trim();
    let mut chars = session.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// A minutes' header grid naming its session in a `Sitzung:` field (`Sitzung:  Öffentliche
/// Sitzung des Gestaltungsbeirates`, `Sitzung:  38. Sitzung der Bezirksvertretung` / `Süd`): the
/// value, with a place name wrapped onto the next line aligned under it. A Niederschrift's title
/// when no type line names the session.
///
/// The key may stand without its colon in a grid of keys left of their values (`Sitzung` |
/// `Sitzung der Gemeindevertretung X`, `Datum` | `01.12.2031`; layout family: minutes of
/// Zweckverbände and small Gemeinden whose head is a key/value grid without colons): then the
/// key is the whole first cell of its line and the value, beside it, names a session of a body.
pub(super) fn labelled(doc: &Doc) -> Option<String> {
    let label = Labels::new(["Sitzung:"]);
    let pitch = doc.line_pitch();
    let end = doc.page_one().count().min(30);
    let grid_key = |f: &super::super::labeled::Labeled| {
        f.label_text == "Sitzung"
            && f.value_line == f.line
            && doc.lines.get(f.line).is_some_and(|l| {
                l.cells.len() == 2 && l.cells.first().is_some_and(|c| c.text.trim() == "Sitzung")
            })
            && SESSION_OF_A_BODY.is_match(f.value.trim())
    };
    let found = find_labeled(doc, &label, 0..end, pitch)
        .into_iter()
        .find(|f| SESSION_NAME.is_match(f.value.trim()))
        .or_else(|| {
            find_labeled(doc, &Labels::new(["Sitzung"]), 0..end, pitch)
                .into_iter()
                .find(grid_key)
        })?;
    let mut text = collapse(found.value.trim());
    if let Some(cell) = doc.cell_under(found.value_line, found.x0, pitch * 1.6) {
        let more = cell.text.trim();
        let place = !more.contains(':')
            && more.split_whitespace().count() <= 2
            && more.chars().next().is_some_and(char::is_uppercase)
            && !more.chars().any(|c| c.is_ascii_digit());
        if place {
            text = format!("{text} {more}");
        }
    }
    Some(text)
}

/// An agenda item's line: `TOP 4`, `Tagesordnungspunkt 4:` and what follows on it.
static ITEM_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:TOP|Tagesordnungspunkt)\s*[0-9]{1,3}[.:]?\s*(?P<rest>.*)$")
        .unwrap_or_else(|_| super::super::text::never())
});

/// An extract of minutes (`Auszug aus der Niederschrift …`, `Beschlussauszug`; layout family:
/// one agenda item certified for the file) is titled by its item: the words after the first `TOP
/// n` line of page 1, or the paragraph right under it.
pub(super) fn extract_item(doc: &Doc) -> Option<String> {
    let lines: Vec<_> = doc
        .lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.page == 1 && !l.furniture)
        .take(14)
        .collect();
    let is_extract = lines
        .iter()
        .take(4)
        .any(|(_, l)| l.text.to_lowercase().contains("auszug"));
    if !is_extract {
        return None;
    }
    let pitch = doc.line_pitch();
    let (k, rest) = lines.iter().find_map(|(k, l)| {
        ITEM_LINE
            .captures(l.text.trim())
            .and_then(|c| c.name("rest"))
            .map(|r| (*k, r.as_str().trim().to_string()))
    })?;
    let (mut text, mut i) = if rest.is_empty() {
        let next = doc.lines.get(k + 1)?;
        (next.text.trim().to_string(), k + 1)
    } else {
        (rest, k)
    };
    while i < k + 4 && !doc.break_after(i, pitch) {
        let Some(next) = doc.lines.get(i + 1) else {
            break;
        };
        if next.text.contains(':') {
            break;
        }
        text = super::super::text::join_lines(&text, next.text.trim());
        i += 1;
    }
    (text.chars().filter(|c| c.is_alphabetic()).count() >= 8).then_some(text)
}

/// A session's name: `[12.] [öffentliche] Sitzung des|der …`, or a numbered session alone
/// (`12. öffentliche Sitzung`; layout family: minutes' header grids that name the body in a
/// `Gremium:` row of its own and the session by its number).
static SESSION_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:[0-9]{1,3}\.\s*)?(?:\p{L}+\s+)?(?:Sitzung|Tagung)\s+(?:des|der)\s+\p{Lu}|[0-9]{1,3}\.\s*(?:\p{L}+\s+)?(?:Sitzung|Tagung)$)")
        .unwrap_or_else(|_| super::super::text::never())
});

/// A session of a named body: `[12.] [öffentliche] Sitzung des|der <Name>` (see [`labelled`]).
static SESSION_OF_A_BODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[0-9]{1,3}\.\s*)?(?:\p{L}+\s+)?(?:Sitzung|Tagung)\s+(?:des|der)\s+\p{Lu}")
        .unwrap_or_else(|_| super::super::text::never())
});

#[cfg(test)]
mod tests {
    #[test]
    fn a_numbered_compound_session_on_the_type_line() {
        for (t, want) in [
            (
                "zur 58. Verbandsversammlung",
                Some("58. Verbandsversammlung"),
            ),
            ("zur 3. Gemeinderatssitzung", Some("3. Gemeinderatssitzung")),
            ("zur Verbandsversammlung", None),
            ("zur 58. Wahl", None),
        ] {
            let got = super::SESSION_HEADING
                .captures(t)
                .and_then(|c| c.get(1))
                .map(|m| m.as_str());
            assert_eq!(got, want, "{t}");
        }
    }

    #[test]
    fn a_numbered_session_alone_is_a_session_s_name() {
        for (t, ok) in [
            ("12. öffentliche Sitzung", true),
            ("3. Sitzung", true),
            ("Sitzung des Bauausschusses", true),
            ("öffentliche Sitzung", false),
            ("12. öffentliche Sitzung am Montag", false),
        ] {
            assert_eq!(super::SESSION_NAME.is_match(t), ok, "{t}");
        }
    }

    #[test]
    fn a_notice_names_the_session_that_takes_place() {
        // Invented: a Verbandsgemeinde's public notice over its agenda.
        let t = "Öffentliche Bekanntmachung Am Montag, dem 03.03.2031, 19:00 Uhr, findet im Saal der Verwaltung Talheim, Ringstraße 4, eine öffentliche Sitzung des Ortsgemeinderates Talheim statt. Tagesordnung";
        let c = super::TAKES_PLACE.captures(t).expect("matches");
        assert_eq!(
            c.name("session").map(|m| m.as_str()),
            Some("öffentliche Sitzung des Ortsgemeinderates Talheim")
        );
        // `zu der Sitzung … am … lade ich Sie ein`
        let t = "Zu der Sitzung des Werkausschusses am Freitag, dem 04.04.2031, um 17:00 Uhr im Rathaus lade ich Sie ein.";
        let c = super::SESSION_THEN_INVITE.captures(t).expect("matches");
        assert_eq!(
            c.name("session").map(|m| m.as_str()),
            Some("Sitzung des Werkausschusses")
        );
    }

    use super::*;

    #[test]
    fn minutes_named_by_a_compound_type_word() {
        // Invented minutes: a compound type line over the session, whose grid key is no wrapped
        // place name.
        let doc = Doc::from_text(
            "Quartiersbüro Seeburg\nErgebnisprotokoll\nSitzung des Quartiersrats Seeburg-Nord\nDatum          07.10.2031, 18:00 Uhr\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("Sitzung des Quartiersrats Seeburg-Nord")
        );
    }

    #[test]
    fn the_session_under_the_type_line() {
        let doc = Doc::from_text(
            "Einladung                                  Stadt Erlangen\nStadtteilbeirat Büchenbach\n2. Sitzung      Mittwoch, 29.06.2022     18:30 Uhr\n\nÖffentliche Tagesordnung\n",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("Stadtteilbeirat Büchenbach, 2. Sitzung")
        );
    }

    #[test]
    fn the_session_named_before_the_invitation_verb() {
        let doc = Doc::from_text(
            "Gemeinde X                                Ort, 14.04.2025\nAn die Mitglieder des Ausschusses\n\nEinladung\nSehr geehrte Damen und Herren,\nzur 9. Sitzung des Ausschusses für Umwelt, Bau und Verkehr der Gemeinde X am Montag,\n28.04.2025, 19:00 Uhr, im Sitzungssaal, Mühlenstraße 7, lade ich Sie hiermit\nein.\nTagesordnung:\n",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("9. Sitzung des Ausschusses für Umwelt, Bau und Verkehr der Gemeinde X")
        );
    }

    #[test]
    fn a_wrapped_place_name_and_a_session_without_number() {
        let doc = Doc::from_text(
            "Ortsgemeinde X\n\nNiederschrift über die 14. Sitzung des Ortsgemeinderates\nLandscheid\nSitzungstermin: Donnerstag, 08.05.2025\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("14. Sitzung des Ortsgemeinderates Landscheid")
        );
        let doc = Doc::from_text(
            "Landkreis X\n\nNiederschrift\nüber die öffentliche Sitzung des Ausschusses für Umwelt\n\nSitzungstag: Dienstag, 11.03.2025\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("öffentliche Sitzung des Ausschusses für Umwelt")
        );
        let doc = Doc::from_text(
            "Ortsbeirat 7                      Frankfurt, 12.02.2025\n\nTagesordnung\nder 38. Sitzung des Ortsbeirates 7 am Dienstag, dem 24. Februar 2025, 19:30 Uhr\nOrt: Bürgerhaus\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("38. Sitzung des Ortsbeirates 7")
        );
    }

    #[test]
    fn the_type_word_right_of_the_letterhead_or_as_ladung() {
        // Layout families: Brandenburg towns' minutes (`Stadt X … Niederschrift` on one
        // baseline); Bavarian councils' `Ladung` / `zur 21. Sitzung des Gemeinderates …`.
        let doc = Doc::from_text(
            "Stadt Nordheide                                  Niederschrift\nüber die 4. öffentliche Sitzung der\nStadtverordnetenversammlung Nordheide\nSitzungsdatum: Mittwoch, 12.03.2026\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("4. öffentliche Sitzung der Stadtverordnetenversammlung Nordheide")
        );
        let doc = Doc::from_text(
            "Stadt Nordheide                                  Niederschrift\nüber die 5. öffentliche und nichtöffentliche Sitzung der\nStadtverordnetenversammlung Nordheide\nSitzungsdatum: Mittwoch, 12.03.2026\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some(
                "5. öffentliche und nichtöffentliche Sitzung der Stadtverordnetenversammlung Nordheide"
            )
        );
        let doc = Doc::from_text(
            "GEMEINDE AUHOLZ\nAn die Damen und Herren des Gemeinderates\n\nLadung\nzur 7. Sitzung des Gemeinderates Auholz am Dienstag, 03.02.2026, um 19:00 Uhr im Rathaus.\nTagesordnung\n",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("7. Sitzung des Gemeinderates Auholz")
        );
        // A type word in a letterhead's right cell with more words is no type line.
        let doc = Doc::from_text(
            "Stadt Nordheide                                  Protokollführung: Frau A\nSitzung am 12.03.2026\n",
        );
        assert_eq!(type_beside_letterhead(&doc), None);
        let doc =
            Doc::from_text("Stadt Nordheide                                  Einladung\nText\n");
        assert_eq!(type_beside_letterhead(&doc), Some(1));
    }

    #[test]
    fn the_session_on_or_under_the_type_line() {
        let doc = Doc::from_text(
            "LANDKREIS X\nDer Landrat\nAn die Mitglieder des Kreisausschusses\n\nEinladung zur 19. Sitzung des Kreisausschusses\nSehr geehrte Damen und Herren,\n",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("19. Sitzung des Kreisausschusses")
        );
        let doc = Doc::from_text(
            "Verbandsgemeinde X\n\nNiederschrift\n7. Sitzung des Bau-, Umwelt- und Feuerwehrausschusses des\nVerbandsgemeinderates X\n\nSitzungstag: Dienstag, 05.03.2024\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some(
                "7. Sitzung des Bau-, Umwelt- und Feuerwehrausschusses des Verbandsgemeinderates X"
            )
        );
        let doc = Doc::from_text(
            "Einladung\nzur 14. Sitzung des Ausschusses für Schule und Sport am Dienstag, 17.09.2024, 16:00 Uhr, im Rathaus,\nSitzungssaal 1.\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("14. Sitzung des Ausschusses für Schule und Sport")
        );
        let doc = Doc::from_text("Niederschrift\nüber die Sitzung\nTOP 5 Verschiedenes\n");
        assert_eq!(heading(&doc), None);
    }

    #[test]
    fn the_session_printed_as_the_heading() {
        for (text, want) in [
            (
                "Landkreis X\nHaupt- und Finanzausschuss, 19. Sitzung\nTagesordnung zur öffentlichen Sitzung\n",
                "Haupt- und Finanzausschuss, 19. Sitzung",
            ),
            (
                "Stadt X\n26. öffentliche Sitzung des Stadtrates\nSehr geehrte Damen und Herren,\n",
                "26. öffentliche Sitzung des Stadtrates",
            ),
            (
                "Stadt X\nÖffentliche Sitzung des Rates der Stadt X am 12.03.2024\n",
                "Öffentliche Sitzung des Rates der Stadt X",
            ),
        ] {
            assert_eq!(
                title(&Doc::from_text(text)).as_deref(),
                Some(want),
                "{text}"
            );
        }
        let doc = Doc::from_text("Stadt X\nSitzung\nTagesordnung\n");
        assert_eq!(printed(&doc), None);
    }

    #[test]
    fn number_kept_term_dropped_qualifier_as_printed() {
        let doc = Doc::from_text(
            "Gemeinde X

Einladung

Hiermit lade ich Sie zur 9. Sitzung des Gemeinderates X am Donnerstag, dem
24. April 2025 ein.
",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("9. Sitzung des Gemeinderates X")
        );
        let doc = Doc::from_text(
            "Stadt X

Einladung
zur 11. Sitzung der Bezirksvertretung Nord in der Wahlperiode 2020/2025 am Donnerstag, 12.06.2025,
",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("11. Sitzung der Bezirksvertretung Nord")
        );
        let doc = Doc::from_text(
            "Ortsamt X

Protokoll Nr. 31 (2023–2027)
der öffentlichen Sitzung des Beirates X

Sitzungstag:  14. Mai 2025
",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("öffentlichen Sitzung des Beirates X")
        );
        let doc = Doc::from_text(
            "Ortsamt X

Einladung zur Sitzung des Fachausschusses „Bau, Umwelt und Verkehr“

am Dienstag, 17. Juni 2025, 18:30 Uhr
",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("Sitzung des Fachausschusses „Bau, Umwelt und Verkehr“")
        );
    }

    #[test]
    fn the_invitation_keeps_the_printed_dative_and_drops_lead_in_and_date() {
        // Layout family: invitations and minutes whose type line runs on into the session
        // (`Einladung zur …`, `Niederschrift über die …`); invented examples.
        let doc = Doc::from_text(
            "Gemeinde X\n\nEinladung zur 7. öffentlichen Sitzung des Seniorenbeirates der Gemeinde X am Mittwoch, 04.03.2031\n",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("7. öffentlichen Sitzung des Seniorenbeirates der Gemeinde X")
        );
        let doc = Doc::from_text(
            "Markt X\n\nNiederschrift über die öffentliche Sitzung des Marktgemeinderates X am 27.10.2031\n\nSitzungsort: Rathaus\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("öffentliche Sitzung des Marktgemeinderates X")
        );
        let doc = Doc::from_text(
            "Markt X\n\nNiederschrift über die öffentliche Sitzung des Marktgemeinderates X am\n27.10.2031\n\nSitzungsort: Rathaus\n",
        );
        assert_eq!(
            heading(&doc).as_deref(),
            Some("öffentliche Sitzung des Marktgemeinderates X")
        );
    }

    #[test]
    fn a_type_line_names_the_kind_of_notice() {
        assert!(is_type_line("Einladung und öffentliche Bekanntmachung"));
        assert!(is_type_line("Tagesordnung"));
        assert!(!is_type_line("Sanierung der Tagesordnungspunkte"));
        assert!(!is_type_line("Öffentliche Sitzung des Gemeinderates"));
    }

    #[test]
    fn a_session_key_without_colon_in_a_grid() {
        // Layout family: minutes whose head is a key/value grid without colons (invented).
        let doc = Doc::from_text(
            "Zweckverband X\nNiederschrift\nSitzung        Sitzung der Verbandsversammlung des Zweckverbandes X\nDatum         26.11.2031\nOrt           Bürgerhaus\n",
        );
        assert_eq!(
            labelled(&doc).as_deref(),
            Some("Sitzung der Verbandsversammlung des Zweckverbandes X")
        );
        // a key's value that names no body's session is none
        let doc = Doc::from_text("Gemeinde X\nNiederschrift\nSitzung        am 08.10.2031\n");
        assert_eq!(labelled(&doc), None);
    }

    #[test]
    fn an_extract_is_titled_by_its_item() {
        let doc = Doc::from_text(
            "Markt X\n\nAuszug aus der Niederschrift über die öffentliche Sitzung des Bauausschusses vom 10.06.2025\n\nTOP 4\n\nBauantrag auf Errichtung eines Einfamilienhauses mit Garage,\nFl.Nr. 1142/7; Erteilung des Einvernehmens\n\nSachverhalt: Das Vorhaben …\n",
        );
        assert_eq!(
            extract_item(&doc).as_deref(),
            Some(
                "Bauantrag auf Errichtung eines Einfamilienhauses mit Garage, Fl.Nr. 1142/7; Erteilung des Einvernehmens"
            )
        );
        let doc = Doc::from_text("Niederschrift\nüber die 3. Sitzung des Rates\nTOP 1 Eröffnung\n");
        assert_eq!(extract_item(&doc), None);
    }

    #[test]
    fn the_session_of_the_invitation_sentence() {
        let doc = Doc::from_text(
            "Bezirksausschuss\n\nSehr geehrte Damen und Herren,\nich lade Sie hiermit zur nächsten Sitzung des Bezirksausschusses 6 - Sendling ein\nam Montag, 02.06.2025\n",
        );
        assert_eq!(
            title(&doc).as_deref(),
            Some("Sitzung des Bezirksausschusses 6 - Sendling")
        );
        let doc = Doc::from_text("Ich darf Sie hiermit zu dieser Sitzung einladen.\n");
        assert_eq!(title(&doc), None);
    }
}
