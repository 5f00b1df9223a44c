//! A Beratungsfolge written as prose: one line naming a session (`Beschluss des
//! Bezirksausschusses … vom 14.01.2021`), or sentences (`Der Bauausschuss berät die Vorlage am
//! 20.04.2023 vor; die Entscheidung trifft der Stadtrat in seiner Sitzung am 27.04.2023.`) after
//! the Beratungsfolge label or in the header block. Each clause with a session date names one
//! committee (a word built on a committee noun from the vocabulary, with the words from its
//! article on) and a role (a role word or verb of the clause).

use super::super::dates::{date_at_start, find_dates};
use super::super::doc::{DLine, Doc, is_heading};
use super::super::text::{ends_in_paper_kind, is_sentence, join_lines};
use super::roles::role_of;
use crate::fold::alnum as fold_alnum;
use crate::record::{Consultation, Role};
use crate::vocab::{LabelSet, Printed, Vocabulary};

/// Articles that may follow the role word in prose.
const ROLE_ARTICLES: [&str; 6] = ["des", "der", "im", "in", "zum", "durch"];

/// `Beschluss des Bezirksausschusses des 25. Stadtbezirkes vom 14.01.2021`,
/// `Kurzübersicht zur Bekanntgabe im Kommunalausschuss am 04.02.2021`: the role word within the
/// first three words, an article, the committee (genitive folded), `vom`/`am` and a date.
pub(crate) fn one_line(
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
    // `Anhörung: Ortschaftsrat Nord am 08.04.2024 (öffentlich)`: the role as the line's label,
    // the committee in the nominative right after it.
    let labelled = ri == 0 && words.first().is_some_and(|w| w.ends_with(':'));
    let article = if labelled { "" } else { *words.get(ri + 1)? };
    if !labelled && !ROLE_ARTICLES.contains(&article.to_lowercase().as_str()) {
        return None;
    }
    let mut start = if labelled { ri + 1 } else { ri + 2 };
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
    // A date inside the name is a second session run into it (`Beratung im Bauausschuss am
    // 04.02.2026 (Vorberatung) und im Rat am`): no name.
    if !find_dates(&committee, vocab).is_empty() {
        return None;
    }
    let rest = words
        .get(end + 1..)
        .map(|w| w.join(" "))
        .unwrap_or_default();
    let mut rest = rest.trim();
    // `… am 08.04.2024 (öffentlich)`: the session's status after its date.
    if labelled && let Some((before, _)) = rest.split_once(" (") {
        rest = before.trim();
    }
    let date = find_dates(rest, vocab)
        .first()
        .filter(|d| d.start == 0 && d.end == rest.len())
        .map(|d| d.date);
    if date.is_none() && !rest.trim().is_empty() {
        return None;
    }
    // `zur Beratung im Ausschuss X am …` (layout family: opinions of Beiräte and members'
    // motions that name the session which will discuss them): `Beratung` alone names the
    // business, not the body's role in it — the paper prints none.
    let generic = !labelled
        && words
            .get(ri)
            .is_some_and(|w| fold_alnum(w) == fold_alnum(GENERIC_BUSINESS));
    Some(Consultation {
        committee,
        date,
        role: (!generic).then_some(role),
    })
}

/// Sessions listed as role clauses in one line (`Beratung im Haupt- und Finanzausschuss am
/// 05.11.2026, Beschluss im Rat am 19.11.2026.`; layout family: Word templates of small
/// municipalities that state the Beratungsfolge as one sentence under the title): the line parted
/// before each role word that follows a comma, a semicolon or `und`, every part read whole by
/// [`one_line`] with its date — else nothing. `Beratung` alone before a later clause that decides
/// is that decision's Vorberatung.
pub(super) fn role_clauses(text: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let words: Vec<&str> = text
        .trim()
        .trim_end_matches('.')
        .split_whitespace()
        .collect();
    let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
    for (k, w) in words.iter().enumerate() {
        let prev = k.checked_sub(1).and_then(|p| words.get(p));
        let boundary =
            prev.is_some_and(|p| p.ends_with([',', ';'])) && role_of(w, &vocab.roles).is_some();
        let joins = *w == "und"
            && words
                .get(k + 1)
                .is_some_and(|n| role_of(n, &vocab.roles).is_some());
        if joins {
            parts.push(Vec::new());
            continue;
        }
        if boundary {
            parts.push(Vec::new());
        }
        if let Some(p) = parts.last_mut() {
            p.push(w);
        }
    }
    if parts.len() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for p in &parts {
        let clause = p.join(" ");
        let clause = clause.trim_end_matches([',', ';']);
        match one_line(clause, vocab, &vocab.roles) {
            Some(c) if c.date.is_some() => out.push(c),
            _ => return Vec::new(),
        }
    }
    let decides = |c: &Consultation| c.role == Some(Role::Entscheidung);
    for k in 0..out.len() {
        let later = out.get(k + 1..).is_some_and(|r| r.iter().any(decides));
        if let Some(c) = out.get_mut(k)
            && c.role.is_none()
            && later
        {
            c.role = Some(Role::Vorberatung);
        }
    }
    out
}

/// The word for a session's business that names no role by itself (`zur Beratung im …`).
pub(super) const GENERIC_BUSINESS: &str = "Beratung";

/// A body's name as words, the committee noun's genitive folded when the name follows `des`
/// (`des Haupt- und Finanzausschusses`); a following noun's stays as printed (`des Rates der
/// Stadt`).
pub(super) fn name_folded(name: &[&str], genitive: bool, vocab: &Vocabulary) -> String {
    let mut folded = false;
    name.iter()
        .map(|w| {
            if genitive && !folded && is_committee_noun(w, vocab) {
                folded = true;
                fold_genitive(w)
            } else {
                (*w).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `Bezirksausschusses` → `Bezirksausschuss`, `Stadtrates` → `Stadtrat`, `Kreistags` → `Kreistag`.
pub(super) fn fold_genitive(word: &str) -> String {
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

/// Lines of the header block (or page 1) that each name a session in prose; they sit among the
/// header fields and do not end the header block. A session phrase wrapped onto the next line
/// (`… am 03.07.2025 und des Verbandsgemeinderates am` / `17.07.2025`) is read joined.
pub(super) fn header_lines(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Vec<Consultation> {
    let first_page = doc.page_one().count();
    let lines = doc
        .lines
        .get(..header_end.max(first_page).min(60).min(doc.lines.len()))
        .unwrap_or_default();
    let mut out: Vec<Consultation> = Vec::new();
    let mut i = 0;
    while let Some(line) = lines.get(i) {
        i += 1;
        // A key cell before the session (`Sitzung | Stadtverordnetenversammlung am 11.12.2025`;
        // layout family: motion letters with a two-column key block) is no part of the name:
        // the value cells are read alone first.
        if let Some(value) = key_value(line) {
            let found = header_phrase(&value, vocab, false);
            if !found.is_empty() {
                for c in found {
                    if !out.contains(&c) {
                        out.push(c);
                    }
                }
                continue;
            }
        }
        // A role key over a session phrase (`Bekanntgabe: in der Sitzung des X am …`) is read
        // by its precise shape before the looser one-line reading keeps the phrase as a name.
        let keyed = role_keyed_session(&line.text, vocab);
        if !keyed.is_empty() {
            for c in keyed {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            continue;
        }
        let clauses = role_clauses(&line.text, vocab);
        if !clauses.is_empty() {
            for c in clauses {
                if !out.contains(&c) {
                    out.push(c);
                }
            }
            continue;
        }
        if let Some(c) = one_line(&line.text, vocab, &vocab.roles) {
            out.push(c);
            continue;
        }
        // A line that goes on with a sentence of the line before: its phrase is a header's only
        // when nothing follows the date (`… des Rates in die` / `Sitzung des Stadtbezirksrates
        // Nord am 04.06.2025`), not a sentence's end (`… beschloss dies in der` / `Sitzung des
        // Stadtrates am 12.03.2024.`).
        let continues = i
            .checked_sub(2)
            .and_then(|k| lines.get(k))
            .filter(|p| p.page == line.page)
            .and_then(|p| p.text.split_whitespace().last())
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !w.ends_with(':'));
        let mut found = header_phrase(&line.text, vocab, continues);
        // The paper's kind line above the session phrase printing the purpose (`Vorlage zur
        // Kenntnisnahme` / `für die Sitzung der Bezirksverordnetenversammlung am …`; layout
        // family: Berlin Bezirksamt Vorlagen and others that name the purpose in the kind): the
        // one session's role.
        if let [c] = found.as_mut_slice()
            && c.role.is_none()
            && starts_session_phrase(&line.text)
            && let Some(above) = i
                .checked_sub(2)
                .and_then(|k| lines.get(k))
                .filter(|p| p.page == line.page)
        {
            c.role = purpose_of_kind(&above.text, vocab);
        }
        let open = line
            .text
            .split_whitespace()
            .last()
            .is_some_and(|w| OPEN_SESSION_ENDS.contains(&w));
        // The addressee on a line of its own and its session on the next (`An den Ausschuss X` /
        // `zur Sitzung am 25.11.2026`; layout family: motions of Ortschaftsräte and members
        // addressed to the committee that treats them): read joined.
        let addressed_above = found.is_empty()
            && lines
                .get(i)
                .is_some_and(|n| n.text.trim_start().starts_with("zur Sitzung am "));
        if (open || addressed_above)
            && let Some(next) = lines.get(i).filter(|n| n.page == line.page)
        {
            let joined = header_phrase(&join_lines(&line.text, &next.text), vocab, false);
            if joined.len() > found.len() {
                found = joined;
                i += 1;
            }
        }
        for c in found {
            if !out.contains(&c) {
                out.push(c);
            }
        }
    }
    out
}

/// The text of a line's value cells when its first cell is a short key (one or two words, no
/// digit) and more cells follow.
fn key_value(line: &DLine) -> Option<String> {
    let (key, values) = line.cells.split_first()?;
    let k = key.text.trim();
    (!values.is_empty()
        && (1..=2).contains(&k.split_whitespace().count())
        && !k.chars().any(|c| c.is_ascii_digit()))
    .then(|| {
        values
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    })
}

/// True for a line that opens with the phrase naming the session a paper is filed for (`für die
/// Sitzung …`, `zur Sitzung …`).
fn starts_session_phrase(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    ["für die sitzung ", "zur sitzung "]
        .iter()
        .any(|p| lower.starts_with(p))
}

/// The role a paper's kind line prints as its purpose (`Vorlage zur Kenntnisnahme`, `Vorlage –
/// zur Beschlussfassung –`): a paper's kind, then `zur` and a role word, nothing else.
fn purpose_of_kind(text: &str, vocab: &Vocabulary) -> Option<Role> {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| !matches!(*w, "–" | "-" | "—"))
        .collect();
    match words.as_slice() {
        [kind, zur, role] if ends_in_paper_kind(kind) && *zur == "zur" => {
            role_of(&format!("zur {role}"), &vocab.roles)
        }
        _ => None,
    }
}

/// A role label with its colon before a session phrase (`Bekanntgabe: in der Sitzung des
/// Marktgemeinderates am 20.10.2026`; layout family: Bavarian Markt and Gemeinde answers and
/// reports that print, as a key, how and where the paper is given to the council): the sessions
/// named, each with the label's role; nothing may follow the last date.
fn role_keyed_session(text: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let Some((head, rest)) = text.split_once(": ") else {
        return Vec::new();
    };
    if head.split_whitespace().count() > 2 {
        return Vec::new();
    }
    let Some(role) = role_of(head, &vocab.roles) else {
        return Vec::new();
    };
    let rest = rest.trim();
    let Some(after) = ["in der Sitzung ", "zur Sitzung ", "für die Sitzung "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
    else {
        return Vec::new();
    };
    let (mut found, tail) = named_sessions(after, vocab);
    if !tail.trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
        return Vec::new();
    }
    for c in &mut found {
        c.role = Some(role);
    }
    found
}

/// A paper addressed to the body that meets (`an die Bezirksverordnetenversammlung zur Sitzung
/// am 24.09.2026 (Beschluss)`, `an den Kreistag zur Sitzung am …`; layout family: committee
/// recommendations and Vorlagen that name their addressee and its session on one line): `an`,
/// an article, a body's name, `zur Sitzung am` and a date; after it nothing, or a role in
/// brackets.
fn addressed_session(text: &str, vocab: &Vocabulary) -> Option<Consultation> {
    // `An den …` opening a line of its own (joined with its session line below) as well.
    let rest = [
        "an die ", "an den ", "an das ", "An die ", "An den ", "An das ",
    ]
    .iter()
    .find_map(|p| text.trim().strip_prefix(p))?;
    let (name, after) = rest.split_once(" zur Sitzung am ")?;
    if !super::session_lines::is_body_name(name.trim(), vocab) {
        return None;
    }
    let d = date_at_start(after.trim(), vocab)?;
    let tail = after.trim().get(d.end..)?.trim();
    let role = match tail {
        "" => None,
        t if t.starts_with('(') && t.ends_with(')') => Some(role_of(
            t.trim_matches(|c| c == '(' || c == ')'),
            &vocab.roles,
        )?),
        _ => return None,
    };
    Some(Consultation {
        committee: name.trim().to_string(),
        date: Some(d.date),
        role,
    })
}

/// The sessions a header line names: a session phrase ([`session_phrase`]), a treatment phrase
/// without the word `Sitzung` ([`treatment_phrase`]), a request for a place on an agenda
/// ([`agenda_request`]) or a body and its date alone (`Stadtverordnetenversammlung am
/// 06.11.2025`, [`super::session_lines::body_on_date`]).
fn header_phrase(text: &str, vocab: &Vocabulary, strict: bool) -> Vec<Consultation> {
    let found = session_phrase(text, vocab, strict);
    if !found.is_empty() {
        return found;
    }
    let found = role_keyed_session(text, vocab);
    if !found.is_empty() {
        return found;
    }
    if let Some(c) = addressed_session(text, vocab) {
        return vec![c];
    }
    if let Some(c) =
        treatment_phrase(text, vocab).or_else(|| super::session_lines::body_on_date(text, vocab))
    {
        return vec![c];
    }
    agenda_request(text, vocab)
}

/// Last words of a line whose session phrase goes on on the next line.
const OPEN_SESSION_ENDS: [&str; 5] = ["am", "und", "des", "der", "Sitzung"];

/// Words naming a session's kind between the article and `Sitzung` (`öffentliche`).
pub(super) const SESSION_KINDS: [&str; 4] =
    ["öffentlich", "nichtöffentlich", "ordentlich", "gemeinsam"];

/// The session(s) a paper is filed for, named in a phrase of its header (layout family: motions
/// of members and Fraktionen, Ergänzungs- and Antwort papers of any council): `zur Sitzung der
/// Gemeindevertretung am 12.03.2024, TOP 9`, `für die Sitzung des Hauptausschusses am 4. März
/// 2024`, `Antrag zur Sitzung des Kreistages am …`, `in die Sitzung des Stadtbezirksrates X am …`,
/// `zur Sitzung des Haupt- und Finanzausschusses am … und des Verbandsgemeinderates am …`, or the
/// phrase alone on its line (`Sitzung des Beirats X am …`, nothing after the date). Each
/// committee in the nominative (the committee noun's genitive folded), its date, no role (the
/// paper prints none). A lead-in other than these (`Die Verwaltung berichtet zur Sitzung …`,
/// `Niederschrift über die Sitzung …`, `in seiner Sitzung am …`) is a sentence: nothing.
pub(crate) fn motion_session(text: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    session_phrase(text, vocab, false)
}

/// `zur Gemeinderatssitzung am 04.12.2025` (layout family: Fraktion motions that name the
/// session by a compound of the body and `sitzung`): the body, the compound's first part.
fn session_compound(w: &str, vocab: &Vocabulary) -> Option<String> {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let cut = w.len().checked_sub("sitzung".len())?;
    let head = w
        .get(..cut)
        .filter(|_| w.to_lowercase().ends_with("sitzung"))?;
    let body = fold_genitive(head);
    (cut > 2
        && body.starts_with(char::is_uppercase)
        && is_committee_noun(&body, vocab)
        && !body.eq_ignore_ascii_case("ausschuss"))
    .then_some(body)
}

/// Where a session phrase's `Sitzung` (or compound) stands in `all`, after a lead-in that names
/// a session a paper is filed for, and whether the lead-in is empty (`bare`) or `in die`
/// (`into`); None for any other lead-in (a sentence).
fn phrase_start(all: &[&str], vocab: &Vocabulary) -> Option<(usize, bool, bool)> {
    let s = all.iter().take(6).position(|w| {
        w.eq_ignore_ascii_case("sitzung")
            || w.eq_ignore_ascii_case("sitzungen")
            || session_compound(w, vocab).is_some()
    })?;
    // The lead-in without the session's kind (`für die öffentliche Sitzung`).
    let lead: Vec<String> = all
        .get(..s)
        .unwrap_or_default()
        .iter()
        .map(|w| w.to_lowercase())
        .filter(|w| !SESSION_KINDS.iter().any(|k| w.starts_with(k)))
        .collect();
    let paper = ends_in_paper_kind;
    let bare = lead.is_empty();
    let into = lead.len() == 2 && lead.first().is_some_and(|w| w == "in");
    let lead_ok = match lead
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] | ["zur"] | ["für", "die"] | ["in", "die"] => true,
        [p, "zur"] | [p, "für", "die"] => paper(p),
        // `zur Behandlung in der Sitzung des Gemeinderates am …` (layout family: Bavarian
        // members' motions under a Geschäftsordnung line).
        ["zur", n, "in", "der"] => is_action(n),
        // `Um Beantwortung in der Sitzung des Stadtrates am … wird gebeten.` (layout family:
        // Kleine Anfragen of Thuringian and Saxon groups closing with the session they ask for).
        ["um", n, "in", "der"] => is_action(n),
        [p, "zur", n, "in", "der"] => paper(p) && is_action(n),
        _ => false,
    };
    lead_ok.then_some((s, bare, into))
}

/// [`motion_session`]; `strict`: the line goes on with a sentence of the line before, so the
/// phrase alone on it must end at its date.
fn session_phrase(text: &str, vocab: &Vocabulary, strict: bool) -> Vec<Consultation> {
    let all: Vec<&str> = text.split_whitespace().collect();
    let Some((s, bare, into)) = phrase_start(&all, vocab) else {
        return Vec::new();
    };
    let compound = |w: &str| session_compound(w, vocab);
    if let Some(body) = all.get(s).and_then(|w| compound(w)) {
        // `am` and a date that ends the line (or its agenda item).
        let after = all.get(s + 1..).unwrap_or_default();
        if after.first() != Some(&"am") {
            return Vec::new();
        }
        let rest = after.get(1..).unwrap_or_default().join(" ");
        let Some(d) = date_at_start(&rest, vocab) else {
            return Vec::new();
        };
        let tail = rest.get(d.end..).unwrap_or_default().trim();
        if !(tail.is_empty() || tail.starts_with(',') || tail.starts_with("TOP")) {
            return Vec::new();
        }
        return vec![Consultation {
            committee: body,
            date: Some(d.date),
            role: None,
        }];
    }
    if let Some(c) = date_then_body(all.get(s + 1..).unwrap_or_default(), vocab) {
        return vec![c];
    }
    let (out, rest) = named_sessions(&all.get(s + 1..).unwrap_or_default().join(" "), vocab);
    // Alone on its line, the phrase is the whole line (a sentence wrapped onto it goes on).
    if bare && !rest.trim_matches(|c: char| !c.is_alphanumeric()).is_empty() {
        return Vec::new();
    }
    if bare && strict && !rest.trim().is_empty() {
        return Vec::new();
    }
    // `in die Sitzung … am …` ends there or at its agenda item (`… am 12.03.2024 ein.` is a
    // sentence that brings something in).
    let rest = rest.trim();
    if into && !(rest.is_empty() || rest.starts_with(',') || rest.starts_with("TOP")) {
        return Vec::new();
    }
    out
}

/// The words after `Sitzung` naming the date first and the body after a dash (`am 29.10.2026 –
/// Ausschuss für Gesundheit und Soziales`; layout family: motion headings that name the session
/// they are filed for by its date, then its body): `am`, a date, a dash or comma and the body's
/// name to the end of the line — a capitalised name of at most ten words with a committee noun
/// and no digit; else None.
fn date_then_body(after: &[&str], vocab: &Vocabulary) -> Option<Consultation> {
    if after.first() != Some(&"am") {
        return None;
    }
    let rest = after.get(1..).unwrap_or_default().join(" ");
    let d = date_at_start(&rest, vocab)?;
    let tail = rest.get(d.end..)?.trim_start();
    let name = tail
        .strip_prefix(['–', '-', '—', ','])?
        .trim()
        .trim_end_matches('.');
    let words: Vec<&str> = name.split_whitespace().collect();
    let ok = (1..=10).contains(&words.len())
        && name.starts_with(char::is_uppercase)
        && !name.chars().any(|c| c.is_ascii_digit())
        && words.iter().any(|w| is_committee_noun(w, vocab));
    ok.then(|| Consultation {
        committee: name.to_string(),
        date: Some(d.date),
        role: None,
    })
}

/// The date of the session a paper is filed for, named without its body at the end of a line
/// (`Anfrage nach § 17 GeschO für die Sitzung am 24.11.2026`, `Antrag zur Sitzung am …`; layout
/// family: members' motions and questions that name the body under a separate key such as
/// `Gremium:`): `für die Sitzung am` or `zur Sitzung am` (a session's kind may stand before
/// `Sitzung`) and a date that ends the line.
pub(crate) fn session_date_alone(text: &str, vocab: &Vocabulary) -> Option<crate::record::Date> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let at = lower.iter().position(|w| w == "sitzung")?;
    let kinds = |k: usize| {
        lower
            .get(k)
            .is_some_and(|w| SESSION_KINDS.iter().any(|s| w.starts_with(s)))
    };
    let lead_end = if at > 0 && kinds(at - 1) { at - 1 } else { at };
    let lead = |ws: &[&str]| {
        lead_end >= ws.len()
            && lower
                .get(lead_end - ws.len()..lead_end)
                .is_some_and(|l| l.iter().map(String::as_str).eq(ws.iter().copied()))
    };
    if !(lead(&["für", "die"]) || lead(&["zur"]))
        || lower.get(at + 1).map(String::as_str) != Some("am")
    {
        return None;
    }
    let rest = words.get(at + 2..)?.join(" ");
    let rest = rest.trim_end_matches('.');
    let d = date_at_start(rest, vocab)?;
    (d.end == rest.len()).then_some(d.date)
}

/// A noun naming what a session does with a paper (`Behandlung`, `Beratung`,
/// `Beschlussfassung`), lower-cased.
fn is_action(w: &str) -> bool {
    w.len() > 5 && w.ends_with("ung") && w.chars().all(char::is_alphabetic)
}

/// The sessions named after `Sitzung`: `des Hauptausschusses am 04.03.2024 und des Rates am …`,
/// each committee in the nominative with its date; and the text after the last date.
fn named_sessions(text: &str, vocab: &Vocabulary) -> (Vec<Consultation>, String) {
    let mut out = Vec::new();
    let mut rest = text.to_string();
    loop {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let skip = usize::from(!out.is_empty() && words.first() == Some(&"und"));
        let Some(article) = words.get(skip).map(|w| w.to_lowercase()) else {
            break;
        };
        if article != "des" && article != "der" {
            break;
        }
        let Some(am) = words.iter().position(|w| *w == "am") else {
            break;
        };
        let Some(name) = words
            .get(skip + 1..am)
            .filter(|n| (1..=8).contains(&n.len()))
        else {
            break;
        };
        if !name
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            || !name.iter().any(|w| is_committee_noun(w, vocab))
        {
            break;
        }
        let committee = name_folded(name, article == "des", vocab);
        let after = words.get(am + 1..).unwrap_or_default().join(" ");
        let Some(date) = date_at_start(&after, vocab) else {
            break;
        };
        out.push(Consultation {
            committee,
            date: Some(date.date),
            role: None,
        });
        rest = after.get(date.end..).unwrap_or_default().trim().to_string();
    }
    (out, rest)
}

/// `Antrag zur Behandlung im Gemeinderat am 28.10.2025` (layout family: Baden-Württemberg
/// Fraktion motions that name the body, not its session): an optional paper word, `zur` and an
/// action noun, `im` or `in der`, the committee as printed, `am` and a date that ends the line.
fn treatment_phrase(text: &str, vocab: &Vocabulary) -> Option<Consultation> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let from = usize::from(words.first().is_some_and(|w| ends_in_paper_kind(w)));
    let lead = words.get(from..from + 2)?;
    if !lead[0].eq_ignore_ascii_case("zur") || !is_action(&lead[1].to_lowercase()) {
        return None;
    }
    let name_from = match words.get(from + 2..from + 4)? {
        ["im", _] => from + 3,
        ["in", "der"] => from + 4,
        _ => return None,
    };
    let am = words.iter().rposition(|w| *w == "am")?;
    let name = words
        .get(name_from..am)
        .filter(|n| (1..=8).contains(&n.len()))?;
    if !name[0].starts_with(char::is_uppercase) || !name.iter().any(|w| is_committee_noun(w, vocab))
    {
        return None;
    }
    let after = words.get(am + 1..)?.join(" ");
    let after = after.trim_end_matches(['.', ':']);
    let d = find_dates(after, vocab)
        .into_iter()
        .next()
        .filter(|d| d.start == 0 && d.end == after.len())?;
    Some(Consultation {
        committee: name.join(" "),
        date: Some(d.date),
        role: None,
    })
}

/// `… den folgenden Antrag auf die Tagesordnung der Stadtratssitzung am 26.11.2025 zu setzen`
/// (layout family: Fraktion motions asking for a place on an agenda): the session as a compound
/// whose first part is a committee noun (`Stadtrats-`, `Gemeinderats-`, `Kreistagssitzung`), or
/// `der (nächsten) Sitzung des Stadtrates am …`; the committee in the nominative, its date.
fn agenda_request(text: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(t) = words
        .windows(4)
        .position(|w| w[0] == "auf" && w[1] == "die" && w[2] == "Tagesordnung" && w[3] == "der")
    else {
        return Vec::new();
    };
    let mut k = t + 4;
    if words.get(k).is_some_and(|w| w.starts_with("nächst")) {
        k += 1;
    }
    let Some(session) = words.get(k) else {
        return Vec::new();
    };
    if session.eq_ignore_ascii_case("sitzung") {
        let rest = words.get(k + 1..).unwrap_or_default().join(" ");
        return named_sessions(&rest, vocab).0;
    }
    let Some(stem) = session.strip_suffix("sitzung") else {
        return Vec::new();
    };
    let stem = stem
        .strip_suffix('s')
        .filter(|s| s.ends_with("rat"))
        .unwrap_or(stem);
    if stem.len() < 3 || !is_committee_noun(stem, vocab) || words.get(k + 1) != Some(&"am") {
        return Vec::new();
    }
    let after = words.get(k + 2..).unwrap_or_default().join(" ");
    date_at_start(&after, vocab)
        .map(|d| Consultation {
            committee: stem.to_string(),
            date: Some(d.date),
            role: None,
        })
        .into_iter()
        .collect()
}

/// A Beratungsfolge label followed by sentences (on its line or the next): the consultations
/// the paragraph states and its last line.
pub(super) fn after_label(
    doc: &Doc,
    start: usize,
    vocab: &Vocabulary,
) -> Option<(Vec<Consultation>, usize)> {
    let label_line = doc.lines.get(start)?;
    let (rest, _) = vocab
        .labels(LabelSet::Consultations)
        .strip(&label_line.text)?;
    let rest = rest.trim_start_matches([':', ' ']).trim();
    let (mut text, mut i) = if rest.is_empty() {
        (doc.lines.get(start + 1)?.text.clone(), start + 1)
    } else {
        (rest.to_string(), start)
    };
    if doc.lines.get(i)?.cells.len() != 1 || !is_sentence(&text) {
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
        text = join_lines(&text, &next.text);
        i += 1;
    }
    let found = sequence(&text, vocab);
    (!found.is_empty()).then_some((found, i))
}

/// Sentences in the header block that state sessions without a label (`Der Schulausschuss berät
/// die Vorlage am 26.09.2023 vorberatend.`): every clause needs a committee, a date and a role.
pub(super) fn in_header(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Vec<Consultation> {
    let pitch = doc.line_pitch();
    let end = header_end.min(doc.lines.len());
    let mut out = Vec::new();
    let mut text = String::new();
    for i in 0..end {
        let Some(line) = doc.lines.get(i).filter(|l| l.page == 1) else {
            break;
        };
        if line.cells.len() == 1 {
            text = join_lines(&text, &line.text);
        }
        if doc.break_after(i, pitch) || line.cells.len() != 1 || i + 1 == end {
            if is_sentence(&text) {
                let found = sequence(&text, vocab);
                if found.iter().all(|c| c.role.is_some()) {
                    out.extend(found);
                }
            }
            text.clear();
        }
    }
    out
}

/// Articles and pronouns that open a committee's noun phrase.
const PHRASE_ARTICLES: [&str; 6] = ["der", "die", "das", "dem", "den", "des"];

/// Split prose into clauses at `;` and at sentence ends (a full stop after a word, not inside a
/// date or an abbreviation such as `Nr.`).
fn clauses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        cur.push_str(word);
        cur.push(' ');
        let ends_sentence = word.ends_with('.')
            && word.chars().rev().nth(1).is_some_and(char::is_alphabetic)
            && word.chars().filter(|c| c.is_alphabetic()).count() > 3;
        if word.ends_with(';') || ends_sentence {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

/// The role of a clause: an Entscheidung word wins over any other role word.
fn clause_role(words: &[&str], vocab: &Vocabulary, roles: &[Printed<Role>]) -> Option<Role> {
    let not_prose = vocab.labels(LabelSet::ProseRolesNot);
    let found: Vec<Role> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !not_prose.has_alnum(&fold_alnum(w)))
        .filter_map(|w| role_of(w, roles))
        .collect();
    found
        .iter()
        .find(|r| **r == Role::Entscheidung)
        .or(found.first())
        .copied()
}

/// True when some word of `t` is a committee noun ([`is_committee_noun`]): the text names a body.
pub(super) fn names_committee(t: &str, vocab: &Vocabulary) -> bool {
    t.split_whitespace().any(|w| is_committee_noun(w, vocab))
}

/// True for a word built on a committee noun (`Bauausschusses`, `Stadtrat`), not on a look-alike
/// (`Referat`).
pub(crate) fn is_committee_noun(w: &str, vocab: &Vocabulary) -> bool {
    let core = w.trim_matches(|c: char| !c.is_alphanumeric());
    let lower = fold_genitive(core).to_lowercase();
    let ends = |set: LabelSet| {
        vocab
            .labels(set)
            .iter()
            .any(|n| lower.ends_with(n.lower.as_str()))
    };
    ends(LabelSet::CommitteeNouns) && !ends(LabelSet::CommitteeNounsNot)
}

/// The committee named in a clause: from the article before the first word that contains a
/// committee noun up to that word.
fn clause_committee(words: &[&str], vocab: &Vocabulary) -> Option<String> {
    let end = words.iter().position(|w| is_committee_noun(w, vocab))?;
    let start = words
        .get(..end)?
        .iter()
        .rposition(|w| PHRASE_ARTICLES.contains(&w.to_lowercase().as_str()))
        .map_or(end, |a| a + 1);
    // A phrase longer than a few words is a sentence, not a name.
    if end - start > 5 {
        return None;
    }
    let mut name: Vec<String> = words
        .get(start..=end)?
        .iter()
        .map(|w| w.to_string())
        .collect();
    if let Some(last) = name.last_mut() {
        let t = last
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        *last = fold_genitive(&t);
    }
    Some(name.join(" "))
}

/// Small words a committee's name holds (`Ausschuss für Finanzen und Beteiligungen`, `Rat der
/// Stadt Mülheim an der Ruhr`).
pub(super) const NAME_WORDS: [&str; 13] = [
    "für", "und", "der", "des", "die", "das", "an", "am", "im", "in", "zur", "zum", "von",
];

/// The committee of a listed clause, no sentence (`Ausschuss für Finanzen (Vorberatung) am
/// 06.10.20;`, `Haupt- und Finanzausschuss, 20.10.20, Vorberatung;`, `Entscheidung: Rat der Stadt
/// X am 06.11.20.`): what is left without the date (`span`), the role words and `am`/`vom` —
/// a name that holds a committee noun and no word but capitalised ones and [`NAME_WORDS`].
fn listed_committee(
    clause: &str,
    span: std::ops::Range<usize>,
    vocab: &Vocabulary,
) -> Option<String> {
    let before = clause.get(..span.start)?;
    let after = clause.get(span.end..)?;
    // A list, not a sentence: no lower-case word outside brackets but small name words
    // (`berät … vor`, `trifft` make a sentence), no article first (`Der Stadtrat …`).
    let mut depth = 0i32;
    for w in clause.split_whitespace() {
        let opens = w.starts_with('(');
        if opens {
            depth += 1;
        }
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower_word = core.chars().next().is_some_and(char::is_lowercase);
        if depth == 0 && lower_word && !NAME_WORDS.contains(&core) && core != "vom" {
            return None;
        }
        depth -= i32::try_from(w.matches(')').count()).unwrap_or(0);
        depth = depth.max(0);
    }
    if clause
        .split_whitespace()
        .next()
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "der" | "die" | "das"))
    {
        return None;
    }
    let text = format!("{before} , {after}");
    // Role words split the clause; the name is the part with the committee noun, without the
    // preposition that leads into it (`Vorgesehen zur Kenntnisnahme im Wirtschaftsausschuss am
    // …` → `Wirtschaftsausschuss`).
    let mut parts: Vec<Vec<&str>> = vec![Vec::new()];
    for w in text.split_whitespace() {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if core.is_empty() {
            continue;
        }
        if role_of(core, &vocab.roles).is_some() {
            parts.push(Vec::new());
        } else if let Some(part) = parts.last_mut() {
            part.push(w);
        }
    }
    let mut words = parts
        .into_iter()
        .find(|p| p.iter().any(|w| is_committee_noun(w, vocab)))?;
    while words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "im" | "in" | "zur" | "zum" | "dem" | "den" | "an" | "am"
        )
    }) {
        words.remove(0);
    }
    // `am` / `vom` before the date, and separators, at either end.
    while words.last().is_some_and(|w| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        matches!(core, "am" | "vom" | "") || core.chars().all(|c| c.is_ascii_digit())
    }) {
        words.pop();
    }
    let name = words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != ')')
        .replace(" ,", ",")
        .trim_end_matches(',')
        .to_string();
    let name_words: Vec<&str> = name.split_whitespace().collect();
    let plain = name_words.iter().all(|w| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        core.chars().next().is_some_and(char::is_uppercase)
            || NAME_WORDS.contains(&core)
            || core.chars().all(|c| c.is_ascii_digit())
    });
    (plain
        && !name.contains(',')
        && (1..=10).contains(&name_words.len())
        && name_words.iter().any(|w| is_committee_noun(w, vocab))
        && name.chars().next().is_some_and(char::is_uppercase))
    .then_some(name)
}

/// Every (committee, date, role) a prose Beratungsfolge states, in order.
fn sequence(text: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let roles = &vocab.roles;
    let mut out = Vec::new();
    for clause in clauses(text) {
        let Some(found) = find_dates(&clause, vocab).into_iter().next() else {
            continue;
        };
        // `vom 3.3.2020` dates an earlier decision or letter; a session is `am …`.
        let before = clause.get(..found.start).unwrap_or("");
        if before
            .split_whitespace()
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("vom"))
        {
            continue;
        }
        let date = found.date;
        let words: Vec<&str> = clause.split_whitespace().collect();
        let Some(committee) = listed_committee(&clause, found.start..found.end, vocab)
            .or_else(|| clause_committee(&words, vocab))
        else {
            continue;
        };
        out.push(Consultation {
            committee,
            date: Some(date),
            role: clause_role(&words, vocab, roles),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_listed_as_role_clauses_in_one_line() {
        let v = Vocabulary::embedded();
        let t = |c: &Consultation| (c.committee.clone(), c.date.map(|d| d.to_string()), c.role);
        let found = role_clauses(
            "Beratung im Haupt- und Finanzausschuss am 05.11.2026, Beschluss im Rat am 19.11.2026.",
            &v,
        );
        assert_eq!(
            found.iter().map(t).collect::<Vec<_>>(),
            vec![
                (
                    "Haupt- und Finanzausschuss".to_string(),
                    Some("2026-11-05".to_string()),
                    Some(Role::Vorberatung)
                ),
                (
                    "Rat".to_string(),
                    Some("2026-11-19".to_string()),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        // one clause, or a clause that does not read: nothing
        assert!(role_clauses("Beratung im Bauausschuss am 05.11.2026.", &v).is_empty());
        assert!(
            role_clauses(
                "Beratung im Bauausschuss am 05.11.2026, Beschluss folgt später.",
                &v
            )
            .is_empty()
        );
    }

    #[test]
    fn the_date_of_the_session_a_motion_is_filed_for() {
        let v = Vocabulary::embedded();
        let d = |t: &str| session_date_alone(t, &v).map(|d| d.to_string());
        assert_eq!(
            d("nach § 17 GeschO für die Sitzung am 24.11.2026").as_deref(),
            Some("2026-11-24")
        );
        assert_eq!(
            d("Antrag zur öffentlichen Sitzung am 3.2.2026.").as_deref(),
            Some("2026-02-03")
        );
        // a sentence going on after the date, or a past session: none
        assert_eq!(
            d("für die Sitzung am 24.11.2026 bitten wir um Antwort"),
            None
        );
        assert_eq!(d("in seiner Sitzung am 24.11.2026"), None);
    }

    #[test]
    fn a_motion_s_session_by_its_date_then_its_body() {
        // Layout family: motion headings naming the session's date, then its body after a dash.
        let v = Vocabulary::embedded();
        let t = |c: &Consultation| (c.committee.clone(), c.date.map(|d| d.to_string()), c.role);
        let found = motion_session(
            "Antrag zur Sitzung am 29.10.2026 – Ausschuss für Gesundheit und Soziales",
            &v,
        );
        assert_eq!(
            found.iter().map(t).collect::<Vec<_>>(),
            vec![(
                "Ausschuss für Gesundheit und Soziales".to_string(),
                Some("2026-10-29".to_string()),
                None
            )]
        );
        // no body after the dash, or a sentence: none
        assert!(motion_session("Antrag zur Sitzung am 29.10.2026 – bitte beachten", &v).is_empty());
        assert!(motion_session("zur Sitzung am 29.10.2026 – Nr. 12 der Liste", &v).is_empty());
    }

    #[test]
    fn sessions_keyed_by_a_role_addressed_or_purposed_by_the_kind() {
        let v = Vocabulary::embedded();
        let t = |c: Consultation| (c.committee, c.date.map(|d| d.to_string()), c.role);
        let keyed: Vec<_> = role_keyed_session(
            "Bekanntgabe: in der Sitzung des Gemeinderates am 03.03.2026",
            &v,
        )
        .into_iter()
        .map(t)
        .collect();
        assert_eq!(
            keyed,
            vec![(
                "Gemeinderat".into(),
                Some("2026-03-03".into()),
                Some(Role::Kenntnisnahme)
            )]
        );
        assert!(
            role_keyed_session(
                "Betreff: in der Sitzung des Gemeinderates am 03.03.2026",
                &v
            )
            .is_empty()
        );
        assert!(
            role_keyed_session(
                "Beschluss: in der Sitzung des Rates am 03.03.2026 wurde vertagt",
                &v
            )
            .is_empty()
        );
        assert_eq!(
            addressed_session("an den Kreistag zur Sitzung am 12.02.2026 (Beschluss)", &v).map(t),
            Some((
                "Kreistag".into(),
                Some("2026-02-12".into()),
                Some(Role::Entscheidung)
            ))
        );
        assert_eq!(
            addressed_session("an die Gemeindevertretung zur Sitzung am 12.02.2026", &v).map(t),
            Some(("Gemeindevertretung".into(), Some("2026-02-12".into()), None))
        );
        // the addressee line and its session line joined (motions of Ortschaftsräte)
        assert_eq!(
            addressed_session(
                "An den Ausschuss für Wege und Grün zur Sitzung am 12.02.2026",
                &v
            )
            .map(t),
            Some((
                "Ausschuss für Wege und Grün".into(),
                Some("2026-02-12".into()),
                None
            ))
        );
        assert_eq!(
            addressed_session(
                "an die Verwaltung zur Sitzung am 12.02.2026 weitergeleitet",
                &v
            ),
            None
        );
        assert_eq!(
            purpose_of_kind("Vorlage zur Kenntnisnahme", &v),
            Some(Role::Kenntnisnahme)
        );
        assert_eq!(
            purpose_of_kind("Vorlage – zur Beschlussfassung –", &v),
            Some(Role::Entscheidung)
        );
        assert_eq!(purpose_of_kind("Vorlage zur Schulentwicklung", &v), None);
        assert_eq!(purpose_of_kind("Dringlichkeitsantrag", &v), None);
    }

    fn run(text: &str) -> Vec<(String, String, Option<Role>)> {
        sequence(text, &Vocabulary::embedded())
            .into_iter()
            .map(super::super::tests::as_tuple)
            .collect()
    }

    #[test]
    fn role_as_the_label_of_a_session_line() {
        let vocab = Vocabulary::embedded();
        let c = one_line(
            "Anhörung: Ortschaftsrat Nord am 08.04.2024 (öffentlich)",
            &vocab,
            &vocab.roles,
        );
        let c = c.map(|c| (c.committee, c.date.map(|d| d.to_string()), c.role));
        assert_eq!(
            c,
            Some((
                "Ortschaftsrat Nord".into(),
                Some("2024-04-08".into()),
                Some(Role::Anhoerung)
            ))
        );
        let c = one_line(
            "Beschlussfassung: Gemeinderat am 29.04.2024",
            &vocab,
            &vocab.roles,
        );
        assert_eq!(c.map(|c| c.role), Some(Some(Role::Entscheidung)));
    }

    #[test]
    fn the_business_alone_names_no_role() {
        // Layout family: opinions and motions naming the session that will discuss them.
        let vocab = Vocabulary::embedded();
        let c = one_line(
            "zur Beratung im Ausschuss für Umwelt und Technik am 19.11.2026",
            &vocab,
            &vocab.roles,
        )
        .map(|c| (c.committee, c.date.map(|d| d.to_string()), c.role));
        assert_eq!(
            c,
            Some((
                "Ausschuss für Umwelt und Technik".into(),
                Some("2026-11-19".into()),
                None
            ))
        );
        let c = one_line(
            "zur Vorberatung im Bauausschuss am 03.03.2026",
            &vocab,
            &vocab.roles,
        );
        assert_eq!(c.map(|c| c.role), Some(Some(Role::Vorberatung)));
    }

    #[test]
    fn listed_clauses_keep_the_whole_name() {
        let got = run(
            "Ausschuss für Finanzen und Beteiligungen (Vorberatung) am 06.10.2020; Haupt- und \
             Finanzausschuss, 20.10.2020, Vorberatung; Entscheidung: Rat der Stadt Mülheim an der Ruhr am \
             06.11.2020.",
        );
        let names: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Ausschuss für Finanzen und Beteiligungen",
                "Haupt- und Finanzausschuss",
                "Rat der Stadt Mülheim an der Ruhr"
            ]
        );
        assert_eq!(got[2].2, Some(Role::Entscheidung));
    }

    #[test]
    fn two_clauses_with_verbs_and_role_nouns() {
        let got = run(
            "Der Ordnungs-, Sicherheits- und Feuerwehrausschuss berät die Vorlage am \
             20.04.2023 vor; die Entscheidung trifft der Stadtrat in seiner Sitzung am 27.04.2023.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Ordnungs-, Sicherheits- und Feuerwehrausschuss".into(),
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
    fn sentences_with_dates_in_words() {
        let got = run(
            "Der Bauausschuss berät am 5. März 2023 vorberatend. Der Gemeinderat \
             entscheidet am 12. März 2023.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Bauausschuss".into(),
                    "2023-03-05".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Gemeinderat".into(),
                    "2023-03-12".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn clause_without_committee_or_date_is_skipped() {
        assert!(run("Die Verwaltung legt die Vorlage am 01.02.2023 vor.").is_empty());
        assert!(run("Der Stadtrat entscheidet später.").is_empty());
        assert!(run("Der Beschluss des Rates vom 3.3.2020 wird aufgehoben.").is_empty());
    }
}
