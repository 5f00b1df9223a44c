//! The Beratungsfolge: committee, session date and role — from a table after a Beratungsfolge
//! label or a table header with a committee column ([`table`]; committee names wrapped onto
//! continuation lines), from lines such as `Ausschuss X, Sitzung am 01.06.2023 – Kenntnisnahme`
//! ([`session_lines`]) or from prose (`Beschluss des Bezirksausschusses … vom 14.01.2021`,
//! `Der Bauausschuss berät die Vorlage am …`: [`prose`]) or as a field's value, key/value lines
//! or a free dashed line ([`keyed`]), tried in that order.

mod bare;
mod forward;
mod keyed;
mod listed;
mod prose;
mod roles;
mod rows;
mod session_lines;
mod table;

pub(crate) use bare::status_of_session_lines;
pub(crate) use prose::is_committee_noun;
pub(crate) use prose::motion_session;
pub(crate) use prose::one_line as prose_line;
pub(crate) use roles::role_of;
pub(crate) use session_lines::is_agenda_word;

use super::doc::{DLine, Doc};
use super::text::ends_in_paper_kind;
use crate::record::Consultation;
use crate::vocab::{LabelSet, Vocabulary};

/// The Beratungsfolge of the document and the line where it ends (for the title below it).
/// A committee is a name, not a sentence: a row whose committee is body text run into the table
/// (`Stadtrat BESCHLUSSENTWURF Es wird beschlossen: …`), a wrapped fragment (`über die …`,
/// `Tiefbauleistungen des … im`), a column header or nothing is dropped — no session beats a
/// wrong one. A role printed before the name (`Entscheidung: Rat der Gemeinde X`) is the row's.
pub(crate) fn find(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
) -> (Vec<Consultation>, Option<usize>) {
    let (found, end) = read(doc, vocab, header_end);
    let kept = found
        .into_iter()
        .map(before_heading)
        .map(|c| nominative(c, vocab))
        // A session named under a bare `Sitzung:` key (`Sitzung: Ortschaftsrat X, öffentliche
        // Sitzung am …`) before the paper's date is the one that adopted an opinion: none.
        .filter(|c| {
            !(c.committee.starts_with("Sitzung: ") || c.committee.starts_with("Termin: "))
                || keyed::not_past(doc, vocab, header_end, std::slice::from_ref(c))
        })
        .filter_map(|c| role_before_name(c, vocab))
        .map(|c| without_tail(c, vocab))
        .filter(|c| is_name(&c.committee, vocab))
        .collect();
    (with_session_date(kept, doc, vocab, header_end), end)
}

/// One body named without a date or role (`Gremium: Ausschuss für Umwelt`) and the date of the
/// session the paper is filed for on a line of page 1's head (`… für die Sitzung am
/// 24.11.2026`; layout family: members' Anfragen and Anträge that key the body apart from the
/// session's date): the body meets on that date.
fn with_session_date(
    mut found: Vec<Consultation>,
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
) -> Vec<Consultation> {
    if let [c] = found.as_mut_slice()
        && c.date.is_none()
        && c.role.is_none()
    {
        let head = header_end.max(doc.page_one().count()).min(30);
        let dates: Vec<_> = doc
            .lines
            .iter()
            .take(head)
            .filter(|l| l.page == 1)
            .filter_map(|l| prose::session_date_alone(&l.text, vocab))
            .collect();
        if let [d] = dates.as_slice() {
            c.date = Some(*d);
        }
    }
    found
}

/// Words a wrapped name does not end on (the rest is on a line not read; `am` / `vom` lead to
/// a session's date: `Antrag für die Beiratssitzung am` is a phrase, not a name).
const OPEN_ENDS: [&str; 14] = [
    "und", "für", "der", "des", "die", "im", "in", "zur", "zum", "zu", "von", "mit", "am", "vom",
];

/// True when a committee as read is a name: not empty, not a column header, at most twelve
/// words, opening with a capital, not ending on a function word, without a sentence in it
/// (`… beauftragt, …`, `: `, `;`, a full stop before a capital).
fn is_name(committee: &str, vocab: &Vocabulary) -> bool {
    let t = committee.trim();
    let words: Vec<&str> = t.split_whitespace().collect();
    let last = words.last().map(|w| w.to_lowercase()).unwrap_or_default();
    let sentence = t.contains(": ")
        || t.contains(';')
        || words.windows(2).any(|p| {
            p[0].ends_with(['.', '!', '?'])
                && p[0].chars().filter(|c| c.is_alphabetic()).count() > 3
                && p[1].starts_with(char::is_uppercase)
        })
        || [
            "beauftragt",
            "beantragen",
            "beschlossen",
            "beschließt",
            "Die Verwaltung",
        ]
        .iter()
        .any(|w| t.contains(w));
    // A paper's kind opening the phrase (`Antrag für die Beiratssitzung`, `Anfrage zur
    // Sitzung …`; layout family: motion headings that name their session) names a paper, not a
    // body.
    let paper_word = words.first().is_some_and(|w| ends_in_paper_kind(w));
    // A bracket opened and not closed (`… vom (Vorlage`): a fragment of a wrapped sentence.
    let unbalanced = t.matches('(').count() != t.matches(')').count();
    // A session or its dates (`Sitzungstermine`, a column header) is no body.
    let session_word = words
        .first()
        .is_some_and(|w| w.to_lowercase().starts_with("sitzung"));
    !words.is_empty()
        && !paper_word
        && !session_word
        && !unbalanced
        && words.len() <= 12
        && t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        && !OPEN_ENDS.contains(&last.as_str())
        && !sentence
        && !vocab.labels(LabelSet::CommitteeColumn).is_whole(t)
}

/// The committee of a table's last row with the body's next heading run into it (`Stadtrat
/// BESCHLUSSENTWURF Es wird …`, `Rat der Gemeinde X ANTRAG DER VERWALTUNG …`): the name up to the
/// heading in capitals. A heading is a word in capitals after a name in mixed case, followed by
/// more words (a sentence or more capitals); a name's own acronym at its end (`Lenkungsgruppe
/// ISEK`, `Zweckverband ÖPNV`) and a name in capitals (`ORTSCHAFTSRAT MITTE`) stay whole.
fn before_heading(mut c: Consultation) -> Consultation {
    let caps = |w: &str| {
        let letters: Vec<char> = w.chars().filter(|ch| ch.is_alphabetic()).collect();
        letters.len() >= 4 && letters.iter().all(|ch| ch.is_uppercase())
    };
    let mixed = |w: &&str| w.chars().any(char::is_lowercase);
    let words: Vec<&str> = c.committee.split_whitespace().collect();
    let heading = (1..words.len()).find(|&k| {
        words.get(k).is_some_and(|w| caps(w))
            && words.get(k + 1).is_some()
            && words.get(..k).is_some_and(|name| name.iter().any(mixed))
    });
    if let Some(k) = heading {
        c.committee = words.get(..k).unwrap_or_default().join(" ");
    }
    c
}

/// A committee whose name opens with its committee noun in the genitive, the article left on
/// the line above (`… in der Sitzung des` / `Gemeinderates am 27.11.2025`, `Kreistages Nord`):
/// the noun in the nominative, as the name is filed. A genitive further on belongs to the name
/// (`Ausschuss des Stadtrates`).
fn nominative(mut c: Consultation, vocab: &Vocabulary) -> Consultation {
    let mut words = c.committee.split_whitespace();
    if let Some(first) = words.next()
        && is_committee_noun(first, vocab)
    {
        let folded = prose::fold_genitive(first);
        if folded != first {
            c.committee = std::iter::once(folded.as_str())
                .chain(words)
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    c
}

/// Markers of an agenda item or a session's status that open a bracket after a name (`(TOP 5)`,
/// `(Ö)`), lower-cased.
const SESSION_BRACKETS: [&str; 6] = ["top", "tagesordnungspunkt", "top-nr", "ö", "n", "nö"];

/// A committee with what follows its name cut off (layout family: tables and session lines
/// whose next column or field ran into the name — `Verbandsversammlung (TOP 5)`, `Technischer
/// Ausschuss Sitzung`, `Gemeinderat, Sitzung`, `Stadtrat schriftliche Beantwortung`): a
/// bracket holding an agenda item or status, a trailing `Sitzung`, and the name ends before a
/// lower-case word that is no joining word of a name (`für`, `und`, `der` …) unless such a
/// word came before (`Ausschuss für soziale Angelegenheiten` stays whole). A role in the cut
/// words is the row's where it has none.
fn without_tail(mut c: Consultation, vocab: &Vocabulary) -> Consultation {
    let trim = |t: &str| {
        t.trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, ',' | '–' | '-'))
            .to_string()
    };
    let original = c.committee.clone();
    let mut name = trim(&c.committee);
    loop {
        if name.ends_with(')')
            && let Some(open) = name.rfind('(')
            && open > 0
        {
            let inside = name
                .get(open + 1..name.len() - 1)
                .unwrap_or("")
                .to_lowercase();
            let first = inside
                .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                .next()
                .unwrap_or("");
            if SESSION_BRACKETS.contains(&first) {
                name = trim(name.get(..open).unwrap_or(""));
                continue;
            }
        }
        match name.rsplit_once(' ') {
            Some((head, last))
                if last.eq_ignore_ascii_case("sitzung")
                    || last.eq_ignore_ascii_case("sitzungen") =>
            {
                name = trim(head);
            }
            _ => break,
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let mut joined = false;
    let mut cut = None;
    for (k, w) in words.iter().enumerate().skip(1) {
        if !w.starts_with(char::is_lowercase) {
            continue;
        }
        // `fuer`: the joining word spelt in ASCII (`Ausschuss fuer Umwelt`)
        if prose::NAME_WORDS.contains(w) || *w == "fuer" {
            joined = true;
        } else if !joined {
            cut = Some(k);
            break;
        }
    }
    let mut role = None;
    if let Some(k) = cut {
        let tail = words.get(k..).unwrap_or_default().join(" ");
        role = role_of(&tail, &vocab.roles);
        name = words.get(..k).unwrap_or_default().join(" ");
    }
    // Only a body's name is cut free (`Antwort schriftlich` is no name with a tail).
    if name != original && prose::names_committee(&name, vocab) {
        c.committee = name;
        c.role = c.role.or(role);
    }
    c
}

/// A role printed before the committee with a colon (`Entscheidung: Rat`): the name without it,
/// the role the row's where it has none.
fn role_before_name(mut c: Consultation, vocab: &Vocabulary) -> Option<Consultation> {
    if let Some((head, rest)) = c.committee.split_once(':')
        && !rest.trim().is_empty()
        && let Some(role) = role_of(head, &vocab.roles)
        && head.split_whitespace().count() <= 2
    {
        c.role = c.role.or(Some(role));
        c.committee = rest.trim().to_string();
    }
    // A lead-in label run into the name (`Die Information ist vorgesehen für: Hauptausschuss`;
    // layout family: Informationsvorlagen listing their sessions under a phrase with a colon):
    // the name after the colon, where only it names a body and the lead-in ends on the
    // preposition that takes it (`für:`, `an:`; a key such as `Sitzung:` names a session of
    // its own, read elsewhere or not at all).
    if let Some((head, rest)) = c.committee.rsplit_once(": ") {
        let names_body = |t: &str| prose::names_committee(t, vocab);
        let takes_object = head
            .split_whitespace()
            .last()
            .is_some_and(|w| matches!(w, "für" | "an" | "zur" | "zum" | "in"));
        // `Sitzung: Stadtverordnetenversammlung am 10.12.2025` as one run (layout family:
        // Fraktion motions of Brandenburg towns with a key block set in one column): the key
        // names the session the row is, the body follows it.
        let session_key = matches!(head.trim(), "Sitzung" | "Termin");
        if head.split_whitespace().count() <= 6
            && (takes_object || session_key)
            && !names_body(head)
            && names_body(rest)
        {
            c.committee = rest.trim().to_string();
        }
    }
    Some(c)
}

/// The Beratungsfolge as the strategies read it (see [`find`]).
fn read(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> (Vec<Consultation>, Option<usize>) {
    let limit = doc
        .lines
        .iter()
        .position(|l| l.page > 2)
        .unwrap_or(doc.lines.len());
    if let Some(start) = start(doc, vocab, limit) {
        // Role labels over listed sessions right under the label: each row takes its label's
        // role (prose or rows would read the role labels as rows of their own).
        if let Some((found, end)) = keyed::role_label_blocks(doc, vocab, start) {
            return (found, Some(end));
        }
        // Session lines under the label that the line grammar reads whole, before prose that
        // would read them as a sentence and keep a part of a name.
        if let Some((found, end)) = bare::under_label(doc, vocab, start) {
            return (found, Some(end));
        }
        if let Some((found, end)) = prose::after_label(doc, start, vocab) {
            return (found, Some(end));
        }
        if let Some((found, end)) = keyed::after_label(doc, start, vocab) {
            return (found, Some(end));
        }
        // One session per line under the label (`Anhörung: Ortschaftsrat X am 08.04.2024`,
        // `Hauptausschuss (Vorberatung)`).
        let mut found = Vec::new();
        let mut end = start;
        for (k, line) in doc.lines.iter().enumerate().skip(start + 1).take(8) {
            let Some(c) = prose::one_line(&line.text, vocab, &vocab.roles)
                .or_else(|| keyed::role_in_brackets(&line.text, vocab))
                .or_else(|| bare::one_cell_session(line, vocab).map(|(c, _)| c))
            else {
                break;
            };
            found.push(c);
            end = k;
        }
        if !found.is_empty() {
            return (found, Some(end));
        }
        let (rows, last_line) = table::read(doc, vocab, start);
        if !rows.is_empty() {
            return (rows, last_line);
        }
    }
    // Session lines whose every part the grammar reads (`Gemeinderat – 27.11.2025 –
    // Kenntnisnahme`, `Bauausschuss – Sitzung am 13.11.2025 – öffentlich – Vorberatung`) name
    // the body in full where looser readings keep a part of the line or read a part of it.
    // Session lines as a key grid's value (`Gremium / Termin | Rat – 27.11.2025 – …`): read
    // whole, before the per-line readers that see one wrapped part.
    let found = bare::in_key_grid(doc, vocab, header_end);
    if !found.is_empty() {
        return (found, None);
    }
    let found = keyed::addressed_key(doc, vocab);
    if !found.is_empty() {
        return (found, None);
    }
    let found = bare::dashed_line(doc, vocab);
    if !found.is_empty() {
        return (found, None);
    }
    let (rows, last_line) = session_lines::read(doc, vocab, limit);
    if !rows.is_empty() {
        return (rows, last_line);
    }
    // Precise shapes (a key or a role label over listed sessions) before prose that could read
    // the same lines as a sentence.
    let found = keyed::session_key(doc, vocab, header_end);
    if !found.is_empty() {
        return (found, None);
    }
    if let Some((found, end)) = keyed::under_role_label(doc, vocab) {
        return (found, Some(end));
    }
    // Sessions listed in one paragraph with their dates (and roles) in brackets: a strict
    // shape, read whole, before prose that would read a part of it.
    let found = listed::in_paragraph(doc, vocab);
    if !found.is_empty() {
        return (found, None);
    }
    let found = prose::header_lines(doc, vocab, header_end);
    if !found.is_empty() {
        return (found, None);
    }
    let found = prose::in_header(doc, vocab, header_end);
    if !found.is_empty() {
        return (found, None);
    }
    if let Some((c, _)) = keyed::dashed_line(doc, vocab) {
        return (vec![c], None);
    }
    let found = keyed::under_column_head(doc, vocab);
    if !found.is_empty() {
        return (found, None);
    }
    // Session rows without label or header row, which no shape above claimed.
    let found = bare::headerless_rows(doc, vocab);
    if !found.is_empty() {
        return (found, None);
    }
    // Last: the session a letter's opening sentence asks for, dated on or after the paper.
    (forward::filed_for(doc, vocab, header_end), None)
}

/// The first line of a Beratungsfolge among the first `within` lines: its label, or a table
/// header row with a committee column.
pub(crate) fn start(doc: &Doc, vocab: &Vocabulary, within: usize) -> Option<usize> {
    let starts = vocab.labels(LabelSet::Consultations);
    doc.lines
        .iter()
        .take(within)
        .position(|l| starts.starts(&l.text) || is_header_row(l, vocab))
}

/// True for a table header row with a committee column: two or more cells, one of them a
/// committee column header (`Gremium`) or the Beratungsfolge label itself heading that column
/// (`Datum | Beratungsfolge | Zuständigkeit`).
pub(crate) fn is_header_row(l: &DLine, vocab: &Vocabulary) -> bool {
    let starts = vocab.labels(LabelSet::Consultations);
    let columns = vocab.labels(LabelSet::CommitteeColumn);
    l.cells.len() >= 2
        && l.cells
            .iter()
            .any(|c| columns.is_whole(&c.text) || starts.is_whole(&c.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::record::Role;

    #[test]
    fn a_keyed_body_meets_on_the_date_of_the_session_the_paper_is_filed_for() {
        // Layout family: members' Anfragen keying the body apart from the session's date.
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Erika Muster (WG)\nMitglied des Rates\nAnfrage\n\
             nach § 17 GeschO für die Sitzung am 24.11.2026\n\
             Gremium: Ausschuss für Umwelt und Verkehr\nWinterdienst in Nordheim\n\
             Ich bitte um Beantwortung folgender Fragen:\n",
        );
        let (found, _) = find(&doc, &v, 6);
        let got: Vec<_> = found
            .iter()
            .map(|c| (c.committee.as_str(), c.date.map(|d| d.to_string()), c.role))
            .collect();
        assert_eq!(
            got,
            vec![(
                "Ausschuss für Umwelt und Verkehr",
                Some("2026-11-24".to_string()),
                None
            )]
        );
    }

    #[test]
    fn a_committee_is_a_name() {
        let v = Vocabulary::embedded();
        for bad in [
            "über die urbane Datenplattform frei zugänglich zu",
            "Tiefbauleistungen des Glasfaserausbaus im",
            // a motion heading naming its session (layout family: Fraktion motions)
            "Antrag für die Beiratssitzung am",
            "Anfrage zur Ausschusssitzung",
            "Hauptausschuss wir beantragen, folgenden Die Verwaltung wird beauftragt, zu prüfen.",
            "Anhörung: Ortsbeirat West am ; Vorberatung: Sportausschuss",
            // a wrapped subject line read as a row (layout family: Antworten, subject under
            // the table)
            "Beantwortung der Anfrage des Ratsmitglieds Erika Muster vom (Vorlage",
            "Gremium",
            "",
        ] {
            assert!(!is_name(bad, &v), "{bad}");
        }
        for good in [
            "Ausschuss für Soziales, Gesundheit und Senioren",
            "Rat der Gemeinde Wennigsen (Deister)",
            "Ortsbeirat 7",
            "Lenkungskreis Smart City",
        ] {
            assert!(is_name(good, &v), "{good}");
        }
        let c = |committee: &str| Consultation {
            committee: committee.into(),
            date: None,
            role: None,
        };
        assert_eq!(
            before_heading(c("Stadtrat BESCHLUSSENTWURF Es wird beschlossen")).committee,
            "Stadtrat"
        );
        assert_eq!(
            before_heading(c("Rat der Gemeinde X ANTRAG DER VERWALTUNG")).committee,
            "Rat der Gemeinde X"
        );
        for whole in [
            "Lenkungsgruppe ISEK",
            "Zweckverband ÖPNV",
            "ORTSCHAFTSRAT MITTE",
            "Ausschuss für Umwelt und ÖPNV",
        ] {
            assert_eq!(before_heading(c(whole)).committee, whole);
        }
        let got = role_before_name(c("Die Information ist vorgesehen für: Kreisausschuss"), &v)
            .expect("kept");
        assert_eq!(got.committee, "Kreisausschuss");
        // A bare `Sitzung:` key before the body is cut off (the session a motion names as one
        // run, `Sitzung: Stadtverordnetenversammlung am …`); the session an opinion names as the
        // one that adopted it is dropped by its date in `find` (dated before the paper: see
        // `motions_naming_their_session_by_key_or_beside_the_addressed_body`).
        let got =
            role_before_name(c("Sitzung: Ortschaftsrat Nord, öffentliche"), &v).expect("kept");
        assert_eq!(got.committee, "Ortschaftsrat Nord, öffentliche");
        let got = role_before_name(c("Entscheidung: Rat der Gemeinde X"), &v).expect("kept");
        assert_eq!(
            (got.committee.as_str(), got.role),
            ("Rat der Gemeinde X", Some(Role::Entscheidung))
        );
    }

    #[test]
    fn what_ran_into_a_name_is_cut_off() {
        let v = Vocabulary::embedded();
        let c = |committee: &str| Consultation {
            committee: committee.into(),
            date: None,
            role: None,
        };
        for (read, name) in [
            (
                "Zweckverbandsversammlung (TOP 7)",
                "Zweckverbandsversammlung",
            ),
            ("Bauausschuss Sitzung", "Bauausschuss"),
            ("Ortsrat Nord, Sitzung", "Ortsrat Nord"),
            ("Stadtrat schriftliche Beantwortung", "Stadtrat"),
            (
                "Ausschuss für soziale Angelegenheiten",
                "Ausschuss für soziale Angelegenheiten",
            ),
            (
                "Rat der Stadt Mülheim an der Ruhr",
                "Rat der Stadt Mülheim an der Ruhr",
            ),
            (
                "Jugendhilfeausschuss (beschließend)",
                "Jugendhilfeausschuss (beschließend)",
            ),
            ("Haupt- und Finanzausschuss", "Haupt- und Finanzausschuss"),
            (
                "Ausschuss fuer Umwelt und Verkehr",
                "Ausschuss fuer Umwelt und Verkehr",
            ),
            ("Antwort schriftlich", "Antwort schriftlich"),
        ] {
            assert_eq!(without_tail(c(read), &v).committee, name, "{read}");
        }
        assert!(!is_name("Sitzungstermine", &v));
    }

    /// A consultation as (committee, ISO date or empty, role), for comparing in tests.
    pub(super) fn as_tuple(c: Consultation) -> (String, String, Option<Role>) {
        (
            c.committee,
            c.date.map(|d| d.to_string()).unwrap_or_default(),
            c.role,
        )
    }

    #[test]
    fn a_committee_opening_in_the_genitive_is_filed_in_the_nominative() {
        let v = Vocabulary::embedded();
        let c = |name: &str| Consultation {
            committee: name.into(),
            date: None,
            role: None,
        };
        assert_eq!(nominative(c("Gemeinderates"), &v).committee, "Gemeinderat");
        assert_eq!(
            nominative(c("Bauausschusses Nord"), &v).committee,
            "Bauausschuss Nord"
        );
        assert_eq!(
            nominative(c("Ausschuss des Stadtrates"), &v).committee,
            "Ausschuss des Stadtrates"
        );
        assert_eq!(nominative(c("Stadtrat"), &v).committee, "Stadtrat");
    }

    #[test]
    fn role_labels_right_under_the_beratungsfolge_label() {
        let got = run("Drucksache Nr. 2025/0187\n\
             Beratungsfolge\n\
             Vorberatung:\n\
             Ausschuss für Feuerwehr und Ordnung, 12.11.2025\n\
             Samtgemeindeausschuss, 20.11.2025\n\
             Beschlussfassung:\n\
             Samtgemeinderat, 04.12.2025\n\
             Beschlussvorschlag:\n\
             Der Samtgemeinderat beschließt.");
        assert_eq!(
            got,
            vec![
                (
                    "Ausschuss für Feuerwehr und Ordnung".into(),
                    "2025-11-12".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Samtgemeindeausschuss".into(),
                    "2025-11-20".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Samtgemeinderat".into(),
                    "2025-12-04".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    fn run(text: &str) -> Vec<(String, String, Option<Role>)> {
        let doc = Doc::from_text(text);
        find(&doc, &Vocabulary::embedded(), doc.lines.len())
            .0
            .into_iter()
            .map(as_tuple)
            .collect()
    }

    #[test]
    fn a_role_cell_wrapped_onto_its_own_line_and_a_key_grid_of_sessions() {
        // Layout family: Beratungsfolge tables whose role cell cites its law on a second line.
        let got = run(
            "Magistrat der Stadt Talheim                  Drucksache M 2026/011
             Beratungsfolge                Termin        Beratungsziel
             Ortsbeirat Nord               03.02.2026    Anhörung gem. § 82
                                                         HGO
             Bauausschuss                  10.02.2026    Vorberatung
             Stadtverordnetenversammlung   24.02.2026    Beschlussfassung
             Beschlussvorschlag
             Der Plan wird aufgestellt.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Ortsbeirat Nord".into(),
                    "2026-02-03".into(),
                    Some(Role::Anhoerung)
                ),
                (
                    "Bauausschuss".into(),
                    "2026-02-10".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Stadtverordnetenversammlung".into(),
                    "2026-02-24".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        // Layout family: key grids of Zweckverband Vorlagen, the sessions wrapped in the value column.
        let got = run("Zweckverband Talheim
             Sitzungsvorlage
             Gremium / Termin     Werkausschuss – 03.03.2026 – nichtöffentlich –
                                  Vorberatung
                                  Verbandsversammlung – 18.03.2026 –
                                  öffentlich – Beschluss
             Verfasser            Technische Leitung
             Betreff:
             Wirtschaftsplan 2027");
        assert_eq!(
            got,
            vec![
                (
                    "Werkausschuss".into(),
                    "2026-03-03".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Verbandsversammlung".into(),
                    "2026-03-18".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn motions_naming_their_session_by_key_or_beside_the_addressed_body() {
        // Layout family: Fraktion motions whose header names the body and its session.
        let want = |c: &str, d: &str| vec![(c.to_string(), d.to_string(), None)];
        assert_eq!(
            run("Fraktion Freie Liste Talheim
             Antrag an den Gemeinderat               Sitzung am 02.03.2026
             Mehr Bänke am Markt
             Der Gemeinderat möge beschließen:"),
            want("Gemeinderat", "2026-03-02")
        );
        assert_eq!(
            run("Fraktion Freie Liste in der Gemeindevertretung Talheim
             Datum: 14.02.2026
             Sitzung: Gemeindevertretung am 10.03.2026
             Antrag
             Mehr Bänke am Markt"),
            want("Gemeindevertretung", "2026-03-10")
        );
        assert_eq!(
            run("SPD-Fraktion im Ortsbeirat Süd
             Talheim, 12.02.2026
             Sitzung:               Ortsbeirat Süd, 04.03.2026
             Tagesordnungspunkt:    neu
             Antrag: Mehr Bänke am Markt"),
            want("Ortsbeirat Süd", "2026-03-04")
        );
        // An opinion naming the session that adopted it, before the paper: no session it goes to.
        assert_eq!(
            run("Stadt Talheim
             Ortschaftsverwaltung Nord
             Talheim, 08.10.2025
             Empfehlung des Ortschaftsrates Nord
             Sitzung:               Ortschaftsrat Nord, öffentliche Sitzung am 07.10.2025
             Der Ortschaftsrat empfiehlt:"),
            Vec::new()
        );
    }

    #[test]
    fn sessions_listed_in_a_sentence_with_bracketed_roles() {
        // Layout family: Vorlagen of Verbandsgemeinden printing the Beratungsfolge as a sentence.
        let got = run(
            "Verbandsgemeinde Talheim                     Beschlussvorlage Nr. 0020/2026
             Fachbereich 3 – Bauen                        Datum: 21.01.2026
             
             Neubau der Grundschule
             Beratung im Bauausschuss am 04.02.2026 (Vorberatung) und im Verbandsgemeinderat am
             19.02.2026 (Beschluss).
             Sachverhalt:
             Der Rat.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Bauausschuss".into(),
                    "2026-02-04".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Verbandsgemeinderat".into(),
                    "2026-02-19".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn key_value_grid_with_a_role_under_an_unknown_key() {
        // Layout family: key grids of Amt papers (`Gremium | …`, `Sitzung am | …`, `Art | …`).
        let got = run("Mitteilungsvorlage               MV/2026/004
             Gremium                          Amtsausschuss Seewinkel
             Sitzung am                       24.03.2026
             Art                              zur Kenntnisnahme
             Mitteilung:
             Der Jahresabschluss.");
        assert_eq!(
            got,
            vec![(
                "Amtsausschuss Seewinkel".into(),
                "2026-03-24".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
    }

    #[test]
    fn a_side_column_label_on_a_table_row_is_no_part_of_it() {
        // Layout family: Vorlagen with a key column beside the Beratungsfolge table.
        let got = run("Drucksache                   Tarifanpassung 2026
             VV 07/2026
                             Beratungsfolge                   Termin           Art der Beratung
             öffentlich
                             Verbandsrat                      26.02.2026       Empfehlung
             Einreicher:                  Verbandsversammlung              19.03.2026       Beschlussfassung
             Der Verbandsvorsitzende
                             Beschlussvorschlag
             Die Verbandsversammlung beschließt.");
        assert_eq!(
            got,
            vec![
                (
                    "Verbandsrat".into(),
                    "2026-02-26".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Verbandsversammlung".into(),
                    "2026-03-19".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn key_value_grid_without_colons() {
        // Layout family: header grids of key/value rows (`Gremium | …`, `Sitzung | …`).
        let got = run("Sitzungsvorlage                 DS VV 04/2025\n\
             Gremium                         Verbandsversammlung\n\
             Sitzung                         02.07.2025, öffentlich\n\
             Behandlung                      zur Information\n\
             Tätigkeitsbericht der Verbandsgeschäftsstelle 2024");
        assert_eq!(
            got,
            vec![(
                "Verbandsversammlung".into(),
                "2025-07-02".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
    }

    #[test]
    fn session_line_with_kind_and_agenda_item_role() {
        let got = run("Planungsausschuss – öffentliche Sitzung am 08.10.2025\n\
             Tagesordnungspunkt 3 – Beschluss\n\
             Teilfortschreibung Windenergie");
        assert_eq!(
            got,
            vec![(
                "Planungsausschuss".into(),
                "2025-10-08".into(),
                Some(Role::Entscheidung)
            )]
        );
    }

    #[test]
    fn motion_session_wrapped_after_its_lead_in() {
        let got = run("Antrag\n\
             gemäß § 10 der Geschäftsordnung des Rates in die\n\
             Sitzung des Stadtbezirksrates Nord am 04.06.2025\n\
             Trinkwasserbrunnen am Marktplatz\n\
             Der Bezirksrat beschloss dies in der\n\
             Sitzung des Stadtrates am 12.03.2024.\n\
             Ergänzungsvorlage\n\
             zur Sitzung des Haupt- und Finanzausschusses am 03.07.2025 und des Gemeinderates am\n\
             17.07.2025");
        let names: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "Stadtbezirksrat Nord",
                "Haupt- und Finanzausschuss",
                "Gemeinderat"
            ]
        );
    }

    #[test]
    fn sessions_listed_under_a_role_label_and_a_session_key() {
        let got = run(
            "Informationsvorlage                        DS-Nr. 095/2025\n\
             Einreicher                                 Oberbürgermeister\n\
             Kenntnisnahme durch:\n\
             Ausschuss für Stadtentwicklung und Wohnen – 03.09.2025\n\
             Stadtrat – 18.09.2025\n\
             Wohnungsmarktbericht 2024",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Ausschuss für Stadtentwicklung und Wohnen".into(),
                    "2025-09-03".into(),
                    Some(Role::Kenntnisnahme)
                ),
                (
                    "Stadtrat".into(),
                    "2025-09-18".into(),
                    Some(Role::Kenntnisnahme)
                )
            ]
        );
        let got = run("Anfrage Nr.:                     031/2025\n\
             Gegenstand:                      Umrüstung der Straßenbeleuchtung\n\
             zur Sitzung:                     Stadtrat am 18.09.2025 – schriftliche\n\
                                              Beantwortung erbeten");
        assert_eq!(got, vec![("Stadtrat".into(), "2025-09-18".into(), None)]);
        let got = run("Stadtbezirksrat Linden-Limmer\n\
             Sitzung am 04.06.2025\n\
             Antrag Nr.        15-1340/2025");
        assert_eq!(
            got,
            vec![(
                "Stadtbezirksrat Linden-Limmer".into(),
                "2025-06-04".into(),
                None
            )]
        );
    }

    #[test]
    fn role_label_rows_wrapped_after_the_dash_and_preposition_labels() {
        // Layout family: SessionNet prints of NRW towns, the date wrapped after the dash.
        let got = run("Mitteilungsvorlage\n\
             Kenntnisnahme durch:\n\
             Ausschuss für Schule, Sport und Kultur –\n\
             24.09.2025\n\
             Betreff:\n\
             Ausbau der Offenen Ganztagsschule");
        assert_eq!(
            got,
            vec![(
                "Ausschuss für Schule, Sport und Kultur".into(),
                "2025-09-24".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
        // Layout family: Hessian Magistrat Mitteilungen, `Zur Kenntnisnahme an:` over `X am …`.
        let got = run("Mitteilung des Magistrats\n\
             Zur Kenntnisnahme an:\n\
             Ausschuss für Soziales, Jugend und Kultur am 28.10.2025\n\
             Stadtverordnetenversammlung am 06.11.2025\n\
             Betreff: Sachstandsbericht Kinderbetreuung");
        assert_eq!(
            got,
            vec![
                (
                    "Ausschuss für Soziales, Jugend und Kultur".into(),
                    "2025-10-28".into(),
                    Some(Role::Kenntnisnahme)
                ),
                (
                    "Stadtverordnetenversammlung".into(),
                    "2025-11-06".into(),
                    Some(Role::Kenntnisnahme)
                )
            ]
        );
    }

    #[test]
    fn a_grid_role_label_with_rows_wrapped_after_am() {
        // Layout family: Thuringian Informationsvorlagen, `zur Information:` as a key cell.
        let got = run("Informationsvorlage\n\
             zur Information:          Ausschuss für Bildung, Kultur und Sport am\n\
             \u{20}                         20.02.2025\n\
             \u{20}                         Stadtrat am 12.03.2025\n\
             Information:\n");
        let names: Vec<(&str, &str)> = got.iter().map(|c| (c.0.as_str(), c.1.as_str())).collect();
        assert_eq!(
            names,
            [
                ("Ausschuss für Bildung, Kultur und Sport", "2025-02-20"),
                ("Stadtrat", "2025-03-12")
            ]
        );
        assert!(got.iter().all(|c| c.2 == Some(Role::Kenntnisnahme)));
    }

    #[test]
    fn bodies_with_their_role_in_brackets_and_no_date() {
        // Layout family: Thuringian LibreOffice Sitzungsvorlagen.
        let got = run(
            "Beratungsfolge:\nHauptausschuss (Vorberatung)\nStadtrat (Beschlussfassung)\n\
             Betreff\nSanierung der Soleleitung\n",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Hauptausschuss".into(),
                    String::new(),
                    Some(Role::Vorberatung)
                ),
                ("Stadtrat".into(), String::new(), Some(Role::Entscheidung)),
            ]
        );
        // A bracket that holds no role is no row.
        assert!(run("Beratungsfolge:\nHauptausschuss (HA)\nBetreff\nX\n").is_empty());
    }

    #[test]
    fn a_key_naming_what_happens_in_the_session() {
        // Layout family: Thuringian Kleine Anfragen with a key column.
        let got = run("Kleine Anfrage                        KA 07/2025\n\
             Fragesteller                          Fraktion Bürger für Bad Salzungen (BfB)\n\
             Beantwortung in der Sitzung           Stadtrat, 30.10.2025\n\
             Zustand der Spielplätze im Ortsteil Tiefenort\n");
        assert_eq!(got, vec![("Stadtrat".into(), "2025-10-30".into(), None)]);
    }

    #[test]
    fn motions_naming_their_session_without_a_session_key() {
        // Bavarian members' motions: `zur Behandlung in der Sitzung des … am …`.
        let got = run("Antrag gemäß § 23 der Geschäftsordnung des Gemeinderates\n\
             zur Behandlung in der Sitzung des Gemeinderates am 04.11.2025\n\
             Erstellung eines Hitzeaktionsplans\n");
        assert_eq!(got, vec![("Gemeinderat".into(), "2025-11-04".into(), None)]);
        // Baden-Württemberg Fraktion motions: the body, not its session.
        let got = run("Wohnraumoffensive: Konzeptvergabe\n\
             Antrag zur Behandlung im Gemeinderat am 28.10.2025\n\
             Sehr geehrter Herr Oberbürgermeister,\n");
        assert_eq!(got, vec![("Gemeinderat".into(), "2025-10-28".into(), None)]);
        // Hessian Fraktion Anfragen: the body and its date alone under the type word.
        let got =
            run("Anfrage\n\nStadtverordnetenversammlung am 06.11.2025\n\nThema:\nGlasfaser\n");
        assert_eq!(
            got,
            vec![(
                "Stadtverordnetenversammlung".into(),
                "2025-11-06".into(),
                None
            )]
        );
        // A request for a place on an agenda, the session as a compound.
        let got = run("Sehr geehrte Frau Oberbürgermeisterin,\n\
             wir bitten, den folgenden Antrag auf die Tagesordnung der Stadtratssitzung am\n\
             26.11.2025 zu setzen.\n");
        assert_eq!(got, vec![("Stadtrat".into(), "2025-11-26".into(), None)]);
        let got = run(
            "wir bitten, den Antrag auf die Tagesordnung der nächsten Sitzung des \
             Kreistages am 12.03.2025 zu setzen.\n",
        );
        assert_eq!(got, vec![("Kreistag".into(), "2025-03-12".into(), None)]);
        for not in [
            "Antrag zur Behandlung im Gemeinderat am 28.10.2025 beschlossen\n",
            "Die Behandlung im Gemeinderat am 28.10.2025\n",
            "Antrag zur Behandlung im Januar am 28.10.2025\n",
            "Die Stadtverordnetenversammlung hat am 06.11.2025\n",
            "auf die Tagesordnung der Ausschusssitzung am 12.03.2025 zu setzen\n",
        ] {
            assert!(run(not).is_empty(), "{not}");
        }
    }

    #[test]
    fn a_sentence_naming_a_session_is_no_session_line() {
        // Layout family: letters of a Ortsbeirat forwarding a motion; the committee would be
        // the sentence (`Stadtverordnetenversammlung folgenden Antrag zur Sitzung am vorzulegen`).
        let got = run("der Ortsbeirat Petterweil hat beschlossen, der\n\
             Stadtverordnetenversammlung folgenden Antrag zur Sitzung am 06.11.2025 vorzulegen:\n");
        assert!(got.is_empty(), "{got:?}");
        let got = run("Bauausschuss öffentliche Sitzung am 12.03.2024\nBetreff: X\n");
        assert_eq!(got.first().map(|c| c.0.as_str()), Some("Bauausschuss"));
    }

    #[test]
    fn a_side_column_right_of_the_table_is_no_part_of_its_rows() {
        // Layout family: Hessian Magistrat papers, number, office and contact in a side column.
        let got = run(
            "Magistrat der Stadt Nordheide                           Drucksache\n\
             \u{20}                                                       187/2025\n\
             Beschlussvorlage\n\
             \u{20}                                                       Fachdienst 3.2\n\
             Beratungsfolge        Sitzung        Art\n\
             \u{20}                                                       Sachbearbeitung:\n\
             Magistrat             06.10.2025     Vorberatung\n\
             \u{20}                                                       Frau Kretschmer\n\
             Ortsbeirat Nord       20.10.2025     Anhörung                 Tel. 06039 481-312\n\
             Stadtrat              06.11.2025     Beschluss\n\n\
             Betreff: Neugestaltung des Marktplatzes\n",
        );
        let names: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(names, ["Magistrat", "Ortsbeirat Nord", "Stadtrat"]);
        assert_eq!(got[1].2, Some(Role::Anhoerung));
    }

    #[test]
    fn a_side_bar_between_the_rows_and_a_side_column_date_on_the_label_line() {
        // Layout family: Vorlagen with a key column left of the Beratungsfolge rows.
        let got = run("Stadt Seeburg\n\
             Drucksachen-Nr.              Neubau der Halle\n\
             0187/2025\n\
             Einreicher:                  Beratungsfolge:\n\
             Bürgermeister\n\
             \u{20}                             24.11.2025   Kulturausschuss       Vorberatung\n\
             Fachbereich:\n\
             \u{20}                             27.11.2025   Hauptausschuss        Vorberatung\n\
             FB 2 Kultur\n\
             \u{20}                             10.12.2025   Gemeinderat           Entscheidung\n\
             erstellt am:\n\
             \u{20}                             Beschlussvorschlag:\n");
        let names: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(names, ["Kulturausschuss", "Hauptausschuss", "Gemeinderat"]);
        // Layout family: Vorlagen with a key column right of the table; its date on the
        // label's line.
        let got = run(
            "Beschlussvorlage                                    Vorlage-Nr.\n\
             \u{20}                                                   BV/0123/2026\n\
             Betreff                                             Status\n\
             Neubau der Brücke                                   öffentlich\n\
             \u{20}                                                   Datum\n\
             Beratungsfolge                                      03.09.2026\n\
             \u{20}                                                   Federführung\n\
             Datum        Gremium          Zuständigkeit         \n\
             \u{20}                                                   Sachgebiet Tiefbau\n\
             17.09.2026   Ortschaftsrat    Anhörung\n\
             \u{20}                                                   Bearbeiter/in\n\
             08.10.2026   Stadtrat         Beschlussfassung\n\
             \n\
             Beschlussvorschlag\n",
        );
        let names: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(names, ["Ortschaftsrat", "Stadtrat"]);
        // Layout family: Antworten whose text follows the table without a heading.
        let got = run("Beratungsfolge      Sitzungstermin     Zuständigkeit\n\
             Kreistag            16.12.2025         Kenntnisnahme\n\
             Zu 1: Von 14 Schulen sind zwei noch nicht angeschlossen: die Förderschule.\n\
             Zu 2: Der Tiefbau musste neu geplant werden.\n");
        assert_eq!(
            got,
            vec![(
                "Kreistag".into(),
                "2025-12-16".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
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
    fn a_role_outside_the_vocabulary_stays_out_of_the_name() {
        let got = run(
            "Datum         Gremium                              Zuständigkeit\n\
             14.02.2024    Bezirksverordnetenversammlung        Überweisung\n\
             28.02.2024    Ausschuss für Jugend und Familie     Vorberatung\n\
             \n\
             Betreff: Test\n",
        );
        assert_eq!(
            got.first(),
            Some(&(
                "Bezirksverordnetenversammlung".into(),
                "2024-02-14".into(),
                None
            ))
        );
    }

    #[test]
    fn the_session_a_motion_is_filed_for() {
        let v = Vocabulary::embedded();
        let read = |text: &str| -> Vec<(String, Option<String>)> {
            prose::motion_session(text, &v)
                .into_iter()
                .map(|c| (c.committee, c.date.map(|d| d.to_string())))
                .collect()
        };
        assert_eq!(
            read("zur Sitzung der Gemeindevertretung am 12.03.2024, TOP 9"),
            [("Gemeindevertretung".into(), Some("2024-03-12".into()))]
        );
        assert_eq!(
            read("Um Beantwortung in der Sitzung des Stadtrates am 18.12.2025 wird gebeten."),
            [("Stadtrat".into(), Some("2025-12-18".into()))]
        );
        let c = read("für die Sitzung des Hauptausschusses am 04.03.2024");
        assert_eq!(c[0].0, "Hauptausschuss");
        // A paper word before the lead-in; the phrase alone on its line.
        let c = read("Antrag zur Sitzung des Kreistages am 25.06.2025");
        assert_eq!(c[0].0, "Kreistag");
        let c = read("Sitzung des Stadtbezirksrates Linden-Limmer am 04.06.2025");
        assert_eq!(c[0].0, "Stadtbezirksrat Linden-Limmer");
        let c = read("Antrag für die Sitzung des Beirats Hemelingen am 19.06.2025");
        assert_eq!(c[0].0, "Beirat Hemelingen");
        // `in die Sitzung … am …` that goes on is a sentence bringing something in.
        assert!(read("in die Sitzung des Stadtrates am 12.03.2024 ein.").is_empty());
        let c = read("in die Sitzung des Stadtbezirksrates Mitte am 12.03.2024");
        assert_eq!(c[0].0, "Stadtbezirksrat Mitte");
        // Two sessions, the committee noun's genitive folded after a hyphenated first word.
        assert_eq!(
            read(
                "zur Sitzung des Haupt- und Finanzausschusses am 03.07.2025 und des \
                 Verbandsgemeinderates am 17.07.2025"
            ),
            [
                (
                    "Haupt- und Finanzausschuss".into(),
                    Some("2025-07-03".into())
                ),
                ("Verbandsgemeinderat".into(), Some("2025-07-17".into()))
            ]
        );
        for text in [
            "Die Verwaltung berichtet zur Sitzung des Rates am 04.03.2024.",
            "zur Sitzung der Gemeindevertretung",
            "zur Sitzungsvorlage Nr. 12/2024",
            "Einladung zur Sitzung des Stadtrates am 04.03.2024",
            "Niederschrift über die Sitzung des Kreisausschusses am 22.05.2025",
            "Sitzung des Bauausschusses am 12.03.2024 beschlossen, die Planung fortzusetzen",
            "zur Sitzung der Verwaltung am 12.03.2024",
        ] {
            assert!(read(text).is_empty(), "{text}");
        }
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

    #[test]
    fn a_key_cell_and_plural_sessions_in_motion_headers() {
        // Layout family: motion letters with a two-column key block (`Sitzung | X am …`).
        let got = run(
            "FWG-Fraktion in der Stadtverordnetenversammlung Musterstadt\n\
             Antrag        Neue Bänke am Marktplatz\n\
             Sitzung       Stadtverordnetenversammlung am 11. Dezember 2025\n\
             Die Stadtverordnetenversammlung möge beschließen:",
        );
        assert_eq!(
            got,
            vec![(
                "Stadtverordnetenversammlung".into(),
                "2025-12-11".into(),
                None
            )]
        );
        // Layout family: Fraktion motions filed for two sessions (`für die Sitzungen des …`).
        let got = run("Antrag\n\
             für die Sitzungen des Ausschusses für Umwelt am 04.12.2025 und des Rates am 16.12.2025\n\
             Betr.: Photovoltaik");
        let names: Vec<(&str, &str)> = got.iter().map(|c| (c.0.as_str(), c.1.as_str())).collect();
        assert_eq!(
            names,
            [
                ("Ausschuss für Umwelt", "2025-12-04"),
                ("Rat", "2025-12-16")
            ]
        );
        // Layout family: Fraktion motions naming the session by a compound (`zur
        // Gemeinderatssitzung am …`); a sentence goes on after the date: none.
        let got = run("Antrag\n\
             CDU-Fraktion Musterdorf\n\
             zur Gemeinderatssitzung am 04.12.2025\n\
             Betreff: Hallenbad");
        assert_eq!(got, vec![("Gemeinderat".into(), "2025-12-04".into(), None)]);
        let got = run("Bericht\n\
             zur Ausschusssitzung am 04.12.2025\n\
             Betreff: Hallenbad");
        assert!(got.is_empty(), "{got:?}");
    }
}
