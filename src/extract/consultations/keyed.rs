//! A Beratungsfolge printed as a field's value rather than a table (layout families: `Beratung:
//! Kreistag am 22.05.2025`, `Beratung: Ausschuss X 08.04.2025 (Vorberatung), Rat 24.04.2025
//! (Entscheidung)` wrapped onto a second line; one Gremium as key/value lines, `Gremium: Rat` /
//! `Sitzung am: 27.05.2025` / `Beschlussart: Beschluss`), and a free line `Ausschuss X – 24.06.2025
//! – zur Kenntnis`, or the cell under a header table's `für die Sitzung`. Every committee must be
//! a name built on a committee noun.

use super::super::dates::{date_at_start, find_dates};
use super::super::doc::{DLine, Doc, cells_text, x_overlap};
use super::super::text::{ends_in_paper_kind, join_lines};
use super::prose::is_committee_noun;
use super::roles::role_of;
use crate::record::Consultation;
use crate::vocab::{LabelSet, Labels, Vocabulary};

/// Labels of the session's date in key/value lines under a `Gremium:` line besides the
/// vocabulary's session-date keys (`[labels] session_date`): the bare words a committee's own
/// lines use.
const DATE_KEYS: [&str; 2] = ["Termin", "Sitzung"];
/// Labels of the committee's role in those lines.
const ROLE_KEYS: [&str; 5] = [
    "Beschlussart",
    "Zuständigkeit",
    "Beratungsziel",
    "Beratungsart",
    "Behandlung",
];

/// The consultations of the value of the Beratungsfolge label on line `start` (in the cell right
/// of it or after it on its line), and the last line read.
pub(super) fn after_label(
    doc: &Doc,
    start: usize,
    vocab: &Vocabulary,
) -> Option<(Vec<Consultation>, usize)> {
    let line = doc.lines.get(start)?;
    let labels = vocab.labels(LabelSet::Consultations);
    let first = line.cells.first()?;
    // A key cell without its colon (`Gremium | Verbandsversammlung`; layout family: header
    // grids of key/value rows) is the label where one value cell holds a committee's name.
    let bare_key = line.cells.len() == 2
        && vocab
            .labels(LabelSet::CommitteeColumn)
            .is_whole(first.text.trim())
        && line
            .cells
            .get(1)
            .is_some_and(|c| is_committee(c.text.trim(), vocab));
    let rest = match labels.strip(&first.text) {
        Some((rest, _)) => rest,
        None if bare_key => "",
        None => return None,
    };
    let mut value = rest.trim_start_matches([':', ' ']).trim().to_string();
    for c in line.cells.iter().skip(1) {
        value = join_lines(&value, &c.text);
    }
    if value.is_empty() {
        return None;
    }
    // A list wrapped onto the next line (`… Rat 24.04.2025` / `(Entscheidung)`).
    let pitch = doc.line_pitch();
    let mut end = start;
    while end < start + 3 && !doc.break_after(end, pitch) {
        let Some(next) = doc.lines.get(end + 1) else {
            break;
        };
        let continues = next.cells.len() == 1
            && next.page == line.page
            && (next.text.starts_with('(') || value.ends_with([',', ';']));
        if !continues {
            break;
        }
        value = join_lines(&value, &next.text);
        end += 1;
    }
    let mut found = listed(&value, vocab);
    if !found.is_empty() {
        // Rows of a list set one per line under the first (`Stadtrat 19.03.2023 Entscheidung`).
        while !doc.break_after(end, pitch)
            && let Some(next) = doc.lines.get(end + 1)
        {
            let more = listed(&next.text, vocab);
            if more.is_empty() {
                break;
            }
            found.extend(more);
            end += 1;
        }
        return Some((found, end));
    }
    // Committees listed without dates, parted by semicolons (layout family: motions of groups
    // and Fraktionen whose header grid names the bodies to treat them, `Gremium: Ausschuss für
    // Bauen, Planung und Umwelt; Samtgemeinderat`): each a session without date or role.
    let parts = undated_list(&value, vocab);
    if !parts.is_empty() {
        return Some((parts, end));
    }
    // One committee alone: its session and role in the key/value lines below.
    let committee = value.trim();
    if !is_committee(committee, vocab) || !find_dates(committee, vocab).is_empty() {
        return None;
    }
    let (date, role, last) = keyed_lines(doc, start, vocab);
    Some((
        vec![Consultation {
            committee: committee.to_string(),
            date,
            role,
        }],
        last,
    ))
}

/// The committees of a value listed with semicolons and no date (`Ausschuss X; Rat`): each
/// part a committee's name; empty unless there are two parts or more and every one is a name.
fn undated_list(value: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let parts: Vec<&str> = value
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    let named = parts.len() >= 2
        && parts
            .iter()
            .all(|p| is_committee(p, vocab) && find_dates(p, vocab).is_empty());
    if !named {
        return Vec::new();
    }
    parts
        .iter()
        .map(|p| Consultation {
            committee: (*p).to_string(),
            date: None,
            role: None,
        })
        .collect()
}

/// The session's date and the role in key/value lines right below line `start` (at most four
/// lines, each a key cell and a value cell), and the last of them.
fn keyed_lines(
    doc: &Doc,
    start: usize,
    vocab: &Vocabulary,
) -> (
    Option<crate::record::Date>,
    Option<crate::record::Role>,
    usize,
) {
    let date_keys = Labels::union(&[vocab.labels(LabelSet::SessionDate), &Labels::new(DATE_KEYS)]);
    let role_keys = Labels::new(ROLE_KEYS);
    let (mut date, mut role, mut last) = (None, None, start);
    for (k, line) in doc.lines.iter().enumerate().skip(start + 1).take(4) {
        // A key and its value in two cells, or in one cell set apart by the key's colon only
        // (`Sitzung am: 26.10.2026`; layout family: key grids whose short value sits right
        // after its key).
        let (key, value) = match line.cells.as_slice() {
            [key, value] => (key.text.as_str(), value.text.as_str()),
            [one] => match one.text.split_once(": ") {
                Some((key, value)) if key.split_whitespace().count() <= 3 => (key, value),
                _ => break,
            },
            _ => break,
        };
        let key = key.trim_end_matches(':').trim();
        if date.is_none() && date_keys.is_whole(key) {
            let v = value.trim();
            let at = date_at_start(v, vocab);
            date = at.as_ref().map(|d| d.date);
            // The session's status and the role after its date, parted by dashes
            // (`26.10.2026 – öffentlich – zur Kenntnisnahme`; layout family: SessionNet key
            // grids of answers and Vorlagen): a part that is a role word is the role.
            if role.is_none()
                && let Some(d) = at
            {
                role = v
                    .get(d.end..)
                    .unwrap_or_default()
                    .split(['–', ','])
                    .find_map(|part| role_of(part.trim(), &vocab.roles));
            }
            last = k;
        } else if role.is_none()
            && (role_keys.is_whole(key)
                // a role key with its qualifier (`Art der Behandlung`; layout family: key grids
                // of Bavarian Mitteilungsvorlagen)
                || (key.to_lowercase().starts_with("art der ")
                    && key
                        .split_whitespace()
                        .last()
                        .is_some_and(|w| role_keys.is_whole(w))))
        {
            // The session's status and the role in one value (`Behandlung | öffentlich - zur
            // Kenntnisnahme`; layout family: key grids of BW Informationsvorlagen): the part
            // set apart by a dash or comma that is a role word.
            role = role_of(value.trim(), &vocab.roles).or_else(|| {
                value
                    .split(['–', ','])
                    .flat_map(|p| p.split(" - "))
                    .find_map(|part| role_of(part.trim(), &vocab.roles))
            });
            last = k;
        } else if role.is_none()
            && key.split_whitespace().count() <= 3
            && value.split_whitespace().count() <= 3
            && let Some(r) = role_of(value.trim(), &vocab.roles)
        {
            // A role value under a key the vocabulary does not know (`Art | zur
            // Kenntnisnahme`; layout family: key grids of Amt papers): the value's shape says
            // it is the role.
            role = Some(r);
            last = k;
        }
    }
    (date, role, last)
}

/// True for a committee's name: capitalised, at most ten words, one of them a committee noun.
fn is_committee(t: &str, vocab: &Vocabulary) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=10).contains(&words.len())
        && t.starts_with(char::is_uppercase)
        && words.iter().any(|w| is_committee_noun(w, vocab))
}

/// `Hauptausschuss (Vorberatung)` as a whole line under a Beratungsfolge label (layout family:
/// Thuringian LibreOffice Sitzungsvorlagen that list the bodies without dates): a committee's
/// name and its role in brackets, no date.
pub(super) fn role_in_brackets(line: &str, vocab: &Vocabulary) -> Option<Consultation> {
    let (name, role) = line.trim().strip_suffix(')')?.rsplit_once(" (")?;
    let name = name.trim();
    let role = role_of(role, &vocab.roles)?;
    (is_committee(name, vocab) && find_dates(name, vocab).is_empty()).then(|| Consultation {
        committee: name.to_string(),
        date: None,
        role: Some(role),
    })
}

/// Every `committee [am] date [(role) | – role]` of a list, in order; empty when any part of the
/// list is not of that shape (no session beats a wrong one).
pub(super) fn listed(value: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let dates = find_dates(value, vocab);
    let mut out = Vec::new();
    let mut from = 0;
    for (k, d) in dates.iter().enumerate() {
        let next_start = dates.get(k + 1).map_or(value.len(), |n| n.start);
        let Some(before) = value.get(from..d.start) else {
            return Vec::new();
        };
        // The role after the date: up to the next list separator (a committee name holds
        // commas, so the last one before the next date ends the role).
        let after = value.get(d.end..next_start).unwrap_or_default();
        let (role_text, rest_start) = match after.find([',', ';']) {
            Some(p) if k + 1 < dates.len() => (&after[..p], d.end + p + 1),
            _ if k + 1 < dates.len() => return Vec::new(),
            _ => (after, value.len()),
        };
        let role_text = role_text
            .trim()
            .trim_matches(|c: char| matches!(c, '(' | ')' | '–' | '-' | '.' | ' '));
        let role = if role_text.is_empty() {
            None
        } else {
            match role_of(role_text, &vocab.roles) {
                Some(r) => Some(r),
                None => return Vec::new(),
            }
        };
        let mut words: Vec<&str> = before
            .split_whitespace()
            .filter(|w| !matches!(*w, "–" | "-" | "," | ";"))
            .collect();
        if words.first().is_some_and(|w| *w == "und") {
            words.remove(0);
        }
        if words.last().is_some_and(|w| matches!(*w, "am" | "–" | "-")) {
            words.pop();
        }
        let committee = words.join(" ");
        let committee = committee.trim_end_matches([',', ' ']).to_string();
        if !is_committee(&committee, vocab) {
            return Vec::new();
        }
        out.push(Consultation {
            committee,
            date: Some(d.date),
            role,
        });
        from = rest_start;
    }
    out
}

/// Column heads of a header table over the session a motion is filed for.
const SESSION_HEADS: [&str; 2] = ["für die Sitzung", "zur Sitzung"];

/// The session under a header table's column head `für die Sitzung` (`Anfrage | Eingang | für
/// die Sitzung` / `A/25/0437 | 02.06.2025 | Ausschuss X am 24.06.2025`; layout family: motions
/// with a horizontal header table): the one cell under the head, read as a listed session.
pub(super) fn under_column_head(doc: &Doc, vocab: &Vocabulary) -> Vec<Consultation> {
    let heads = Labels::new(SESSION_HEADS);
    let lines: Vec<_> = doc.page_one().take(20).collect();
    for pair in lines.windows(2) {
        let [above, below] = pair else { continue };
        if above.cells.len() < 2 {
            continue;
        }
        let Some(head) = above
            .cells
            .iter()
            .find(|c| heads.is_whole(c.text.trim_end_matches(':')))
        else {
            continue;
        };
        let mut under = below
            .cells
            .iter()
            .filter(|b| x_overlap(head.x0, head.x1, b.x0, b.x1, 1.0));
        if let Some(cell) = under.next().filter(|_| under.next().is_none()) {
            return listed(cell.text.trim(), vocab);
        }
    }
    Vec::new()
}

/// True for a key that names the body a paper is addressed to (`Vorlage für:`, `Antrag an den:`,
/// `Anfrage an:`): a paper's kind, then `für` or `an` (with its article), and the colon.
fn is_addressee_key(key: &str) -> bool {
    let Some(key) = key.trim().strip_suffix(':') else {
        return false;
    };
    let words: Vec<&str> = key.split_whitespace().collect();
    match words.as_slice() {
        [kind, "für" | "an"] | [kind, "an", "den" | "die" | "das"] => ends_in_paper_kind(kind),
        _ => false,
    }
}

/// The one session of a key grid that names the addressed body under a key of its own and the
/// session's date (and role) in the key/value rows below it (layout family: Vorlagen and
/// Fraktion motions of Hessian and Rhineland-Palatinate towns, `Vorlage für: | Ortsbeirat X` /
/// `Sitzung: | 04.11.2026` / `Zuständigkeit: | Entscheidung`, `Antrag an den: | Ortsbeirat Y` /
/// `Sitzung am: | 17.11.2026`): the body a committee's name, the date required (no session
/// without it).
pub(super) fn addressed_key(doc: &Doc, vocab: &Vocabulary) -> Vec<Consultation> {
    for (i, line) in doc
        .lines
        .iter()
        .enumerate()
        .take_while(|(_, l)| l.page == 1)
        .take(30)
    {
        let [key, value] = line.cells.as_slice() else {
            continue;
        };
        let committee = value.text.trim();
        if !is_addressee_key(&key.text)
            || !is_committee(committee, vocab)
            || !find_dates(committee, vocab).is_empty()
        {
            continue;
        }
        let (date, role, _) = keyed_lines(doc, i, vocab);
        if date.is_some() {
            return vec![Consultation {
                committee: committee.to_string(),
                date,
                role,
            }];
        }
    }
    Vec::new()
}

/// The session a motion is filed for as a key/value row of its header (layout family: Anfragen
/// and Anträge with a key column, `zur Sitzung: | Stadtrat am 18.09.2025 – schriftliche
/// Beantwortung erbeten`): the value up to its first date, read as one listed session; what
/// follows the date (a request, not a role) is dropped.
pub(super) fn session_key(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Vec<Consultation> {
    let heads = Labels::new(SESSION_HEADS);
    for line in doc.page_one().take(30) {
        let [key, rest @ ..] = line.cells.as_slice() else {
            continue;
        };
        if rest.is_empty() || !is_session_key(key.text.trim().trim_end_matches(':').trim(), &heads)
        {
            continue;
        }
        let value = rest
            .iter()
            .map(|c| c.text.trim())
            .collect::<Vec<_>>()
            .join(" ");
        let Some(d) = find_dates(&value, vocab).into_iter().next() else {
            continue;
        };
        let found = listed(value.get(..d.end).unwrap_or_default(), vocab);
        if found.len() == 1 && goes_forward(&key.text, doc, vocab, header_end, &found) {
            return found;
        }
    }
    Vec::new()
}

/// True when the sessions found beside `key` are ones the paper goes to: any key but a bare
/// `Sitzung:`, under which an opinion names the session that adopted it (layout family:
/// Empfehlungen of Ortschaftsräte, `Sitzung: | Ortschaftsrat X, öffentliche Sitzung am
/// 07.10.2025` on a paper of 08.10.2025) — there every session must be dated on or after the
/// paper (its date known).
pub(super) fn goes_forward(
    key: &str,
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    found: &[Consultation],
) -> bool {
    key.trim().trim_end_matches(':').trim() != "Sitzung" || not_past(doc, vocab, header_end, found)
}

/// True when every session is dated on or after the paper (its date known).
pub(super) fn not_past(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    found: &[Consultation],
) -> bool {
    let Some(paper) = super::super::doc_date::find(doc, vocab, header_end, false) else {
        return false;
    };
    found.iter().all(|c| c.date.is_some_and(|d| d >= paper))
}

/// True for a key naming the session a paper is filed for: `zur Sitzung`, `für die Sitzung`, or
/// what happens there before `in der Sitzung` / `zur Sitzung` (layout family: Thuringian Kleine
/// Anfragen with a key column, `Beantwortung in der Sitzung | Stadtrat, 30.10.2025`).
fn is_session_key(key: &str, heads: &Labels) -> bool {
    // `Sitzung: | Ortsbeirat X, 04.11.2026` (layout family: Fraktion motions with a key column
    // naming the session as body and date): the bare key.
    if heads.is_whole(key) || key == "Sitzung" {
        return true;
    }
    let words: Vec<&str> = key.split_whitespace().collect();
    match words.as_slice() {
        [noun, "in", "der", s] | [noun, "zur", s] => {
            s.eq_ignore_ascii_case("sitzung")
                && noun.starts_with(char::is_uppercase)
                && noun.ends_with("ung")
        }
        _ => false,
    }
}

/// Words between a role and the colon of a role label (`Kenntnisnahme durch:`).
const ROLE_LABEL_LINKS: [&str; 5] = ["an", "durch", "im", "in", "von"];

/// Sessions listed under a role used as a label (layout family: Informationsvorlagen of
/// eastern and Bavarian councils, `Kenntnisnahme durch:` / `Ausschuss X – 03.09.2025` /
/// `Stadtrat – 18.09.2025`): each line below a listed session with the label's role where it
/// prints none; the list ends at the first line that is not one (its last line is returned: the
/// subject follows it).
pub(super) fn under_role_label(
    doc: &Doc,
    vocab: &Vocabulary,
) -> Option<(Vec<Consultation>, usize)> {
    let lines = role_label_lines(doc);
    (0..lines.len()).find_map(|i| role_label_block(&lines, i, vocab))
}

/// The lines searched for role labels: page 1's first 40.
fn role_label_lines(doc: &Doc) -> Vec<&DLine> {
    doc.page_one().take(40).collect()
}

/// Lists under role labels one after another right below a Beratungsfolge label on line `label`
/// (layout family: SessionNet prints of Samtgemeinden, `Beratungsfolge` / `Vorberatung:` /
/// `Ausschuss X, 12.11.2025` / `Y, 20.11.2025` / `Beschlussfassung:` / `Rat, 04.12.2025`): each
/// session with the role of the label above it; None when no role label follows the label.
pub(super) fn role_label_blocks(
    doc: &Doc,
    vocab: &Vocabulary,
    label: usize,
) -> Option<(Vec<Consultation>, usize)> {
    let lines = role_label_lines(doc);
    let mut out = Vec::new();
    let mut at = label + 1;
    let mut end = None;
    while let Some((found, last)) = role_label_block(&lines, at, vocab) {
        out.extend(found);
        end = Some(last);
        at = last + 1;
    }
    Some((out, end?))
}

/// The sessions listed under a role label on line `i` ([`under_role_label`]) and the list's
/// last line; None when line `i` is no role label or no session follows it.
fn role_label_block(
    lines: &[&DLine],
    i: usize,
    vocab: &Vocabulary,
) -> Option<(Vec<Consultation>, usize)> {
    {
        let line = lines.get(i)?;
        // The label alone on its line, or as the key cell of a grid row whose value cell holds
        // the first session (layout family: SessionNet prints, `Kenntnisnahme durch: | Ausschuss
        // X –` with the date below in the value column).
        let (label_text, value_x0) = match line.cells.as_slice() {
            [key, first, ..] if key.text.trim().ends_with(':') => (key.text.trim(), Some(first.x0)),
            _ => (line.text.trim(), None),
        };
        let label = label_text.strip_suffix(':')?;
        let words: Vec<&str> = label.split_whitespace().collect();
        // `Zur Kenntnisnahme an:` (layout family: Hessian Magistrat Mitteilungen): the role
        // after its preposition.
        let words = match words.as_slice() {
            [z, rest @ ..]
                if !rest.is_empty() && matches!(z.to_lowercase().as_str(), "zur" | "zum") =>
            {
                rest
            }
            all => all,
        };
        let role = match words {
            _ if words.len() < label.split_whitespace().count() && words.len() == 1 => {
                role_of(label, &vocab.roles).or_else(|| role_of(words[0], &vocab.roles))
            }
            [r] => role_of(r, &vocab.roles),
            [r, link] if ROLE_LABEL_LINKS.contains(link) => role_of(r, &vocab.roles),
            _ => None,
        };
        let role = role?;
        // The rows: (line, text); in a grid, only lines in the value column.
        let mut rows: Vec<(usize, String)> = Vec::new();
        if value_x0.is_some() {
            rows.push((i, cells_text(line.cells.get(1..).unwrap_or_default())));
        }
        for (k, next) in lines.iter().enumerate().skip(i + 1).take(8) {
            if value_x0.is_some_and(|x0| next.cells.first().is_none_or(|c| c.x0 < x0 - 2.0)) {
                break;
            }
            rows.push((k, next.text.trim().to_string()));
        }
        let mut out = Vec::new();
        let mut last = i;
        let mut j = 0;
        while let Some((k, text)) = rows.get(j) {
            let mut found = listed(text.trim(), vocab);
            let mut at = *k;
            // A row wrapped before its date (`Ausschuss für Schule, Sport und Kultur –` /
            // `24.09.2025`, `Ausschuss für Bildung, Kultur und Sport am` / `20.02.2025`): read
            // joined.
            if found.is_empty()
                && [" –", " -", " am"]
                    .iter()
                    .any(|e| text.trim_end().ends_with(e))
                && let Some((k2, after)) = rows.get(j + 1)
                && find_dates(after.trim(), vocab)
                    .first()
                    .is_some_and(|d| d.start == 0)
            {
                found = listed(&join_lines(text.trim(), after.trim()), vocab);
                if !found.is_empty() {
                    j += 1;
                    at = *k2;
                }
            }
            if found.is_empty() {
                break;
            }
            out.extend(found.into_iter().map(|mut c| {
                c.role = c.role.or(Some(role));
                c
            }));
            last = at;
            j += 1;
        }
        (!out.is_empty()).then_some((out, last))
    }
}

/// A free line `Ausschuss X – 24.06.2025 – zur Kenntnis` on page 1: committee, dash, date, dash,
/// role — the whole line, nothing else.
pub(super) fn dashed_line(doc: &Doc, vocab: &Vocabulary) -> Option<(Consultation, usize)> {
    doc.lines
        .iter()
        .enumerate()
        .take_while(|(_, l)| l.page == 1)
        .filter(|(_, l)| l.cells.len() == 1 && !l.furniture)
        .find_map(|(i, l)| {
            let parts: Vec<&str> = l.text.split(" – ").collect();
            let [committee, date, role] = parts.as_slice() else {
                return None;
            };
            let found = find_dates(date.trim(), vocab);
            let d = found
                .first()
                .filter(|d| d.start == 0 && d.end == date.trim().len())?;
            let role = role_of(role.trim().trim_end_matches('.'), &vocab.roles)?;
            let committee = committee.trim();
            is_committee(committee, vocab).then(|| {
                (
                    Consultation {
                        committee: committee.to_string(),
                        date: Some(d.date),
                        role: Some(role),
                    },
                    i,
                )
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::Role;

    #[test]
    fn a_role_key_whose_value_prints_the_status_before_the_role() {
        // Layout family: key grids of BW Informationsvorlagen (`Behandlung | öffentlich - zur
        // Kenntnisnahme`).
        let doc = Doc::from_text(
            "Gremium           Gemeinderat
             Sitzung am        27.10.2026
             Behandlung        öffentlich - zur Kenntnisnahme
             Sachverhalt",
        );
        let (date, role, _) = keyed_lines(&doc, 0, &Vocabulary::embedded());
        assert_eq!(
            (date.map(|d| d.to_string()), role),
            (Some("2026-10-27".into()), Some(Role::Kenntnisnahme))
        );
    }

    #[test]
    fn a_role_key_with_its_qualifier() {
        // Layout family: key grids of Bavarian Mitteilungsvorlagen (`Art der Behandlung | zur
        // Kenntnisnahme – öffentlich`).
        let doc = Doc::from_text(
            "Gremium                Marktgemeinderat
             Sitzung am             27.10.2026
             Art der Behandlung     zur Kenntnisnahme – öffentlich
             Sachverhalt",
        );
        let (date, role, _) = keyed_lines(&doc, 0, &Vocabulary::embedded());
        assert_eq!(
            (date.map(|d| d.to_string()), role),
            (Some("2026-10-27".into()), Some(Role::Kenntnisnahme))
        );
    }

    #[test]
    fn a_body_under_an_addressee_key_with_its_session_below() {
        assert!(is_addressee_key("Vorlage für:"));
        assert!(is_addressee_key("Antrag an den:"));
        assert!(!is_addressee_key("Vorlage für"));
        assert!(!is_addressee_key("Zuständig für:"));
        let doc = Doc::from_text(
            "Stadt Talheim
             Beschlussvorlage Nr. 26/0017
             Vorlage für:      Ortsbeirat Süd
             Sitzung:          03.03.2026
             Zuständigkeit:    Entscheidung
             Titel der Vorlage",
        );
        let got: Vec<_> = addressed_key(&doc, &Vocabulary::embedded())
            .into_iter()
            .map(|c| (c.committee, c.date.map(|d| d.to_string()), c.role))
            .collect();
        assert_eq!(
            got,
            vec![(
                "Ortsbeirat Süd".into(),
                Some("2026-03-03".into()),
                Some(Role::Entscheidung)
            )]
        );
        // Without a session date below: nothing.
        let doc = Doc::from_text(
            "Antrag an den:    Ortsbeirat Süd
             Datum:            03.03.2026",
        );
        assert!(addressed_key(&doc, &Vocabulary::embedded()).is_empty());
    }

    #[test]
    fn a_committee_s_session_in_the_key_lines_below() {
        // Layout family: SessionNet key grids, the session's key and date in one cell, or its
        // date, status and role parted by dashes.
        let v = Vocabulary::embedded();
        let got = |text: &str| {
            after_label(&Doc::from_text(text), 0, &v)
                .map(|(found, _)| found)
                .unwrap_or_default()
                .into_iter()
                .map(|c| (c.committee, c.date.map(|d| d.to_string()), c.role))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            got("Gremium:      Ausschuss für Wege und Grün
                 Sitzung am: 26.10.2026
                 Überschrift der Anfrage"),
            vec![(
                "Ausschuss für Wege und Grün".into(),
                Some("2026-10-26".into()),
                None
            )]
        );
        assert_eq!(
            got("Gremium:      Ausschuss für Wege und Grün
                 Sitzung:      26.10.2026 – öffentlich – zur Kenntnisnahme"),
            vec![(
                "Ausschuss für Wege und Grün".into(),
                Some("2026-10-26".into()),
                Some(Role::Kenntnisnahme)
            )]
        );
    }

    #[test]
    fn committees_listed_without_dates_under_a_key() {
        // Layout family: header grids of group motions naming the bodies to treat them.
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Antrag
             Gremium:      Ausschuss für Wege, Plätze und Grün; Gemeinderat
             Begründung",
        );
        let got: Vec<_> = after_label(&doc, 1, &v)
            .map(|(found, _)| found)
            .unwrap_or_default()
            .into_iter()
            .map(|c| (c.committee, c.date, c.role))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Ausschuss für Wege, Plätze und Grün".into(), None, None),
                ("Gemeinderat".into(), None, None),
            ]
        );
        // A part that is no committee's name: nothing from the list.
        assert!(undated_list("Ausschuss X; wird nachgereicht", &v).is_empty());
    }

    fn run(text: &str) -> Vec<(String, Option<String>, Option<Role>)> {
        let v = Vocabulary::embedded();
        listed(text, &v)
            .into_iter()
            .map(|c| (c.committee, c.date.map(|d| d.to_string()), c.role))
            .collect()
    }

    #[test]
    fn a_list_of_sessions_as_a_value() {
        assert_eq!(
            run(
                "Samtgemeindeausschuss 08.04.2025 (Vorberatung), Samtgemeinderat 24.04.2025 (Entscheidung)"
            ),
            vec![
                (
                    "Samtgemeindeausschuss".into(),
                    Some("2025-04-08".into()),
                    Some(Role::Vorberatung)
                ),
                (
                    "Samtgemeinderat".into(),
                    Some("2025-04-24".into()),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        assert_eq!(
            run("Kreistag am 22.05.2025"),
            vec![("Kreistag".into(), Some("2025-05-22".into()), None)]
        );
        assert_eq!(
            run("Ausschuss für Umwelt, Klima und Grün am 24.06.2025"),
            vec![(
                "Ausschuss für Umwelt, Klima und Grün".into(),
                Some("2025-06-24".into()),
                None
            )]
        );
        // a sentence, an unknown role, no committee noun: nothing
        assert!(run("Die Verwaltung berichtet am 22.05.2025").is_empty());
        assert!(run("Kreistag am 22.05.2025 (vertagt)").is_empty());
        assert!(run("Herr Müller am 22.05.2025").is_empty());
    }

    #[test]
    fn one_committee_with_its_session_in_key_value_lines() {
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Gremium:       Marktgemeinderat\nSitzung am:    27.05.2025\nÖffentlichkeit:   öffentlich\nBeschlussart:  Beschluss\n\nTagesordnungspunkt:\n",
        );
        let (found, last) = after_label(&doc, 0, &v).unwrap_or_default();
        assert_eq!(last, 3);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].committee, "Marktgemeinderat");
        assert_eq!(
            found[0].date.map(|d| d.to_string()).as_deref(),
            Some("2025-05-27")
        );
        assert_eq!(found[0].role, Some(Role::Entscheidung));
    }

    #[test]
    fn a_dashed_free_line() {
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Zu 3: Die Verwaltung prüft Baumrigolen.\n\nAusschuss für Umwelt, Klima und Grün – 24.06.2025 – zur Kenntnis\n",
        );
        let (c, _) = dashed_line(&doc, &v).expect("a session");
        assert_eq!(c.committee, "Ausschuss für Umwelt, Klima und Grün");
        assert_eq!(c.role, Some(Role::Kenntnisnahme));
        let doc = Doc::from_text("Stadt X – 24.06.2025 – Seite 1\n");
        assert!(dashed_line(&doc, &v).is_none());
    }
}
