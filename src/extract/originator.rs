//! Who filed the paper when it is not the administration — a Fraktion or Gruppe, council members,
//! a Beirat, Bezirksausschuss or Stadtteilbeirat, the Oberbürgermeister(in) — as printed.
//!
//! Administration papers (Vorlagen) and meeting documents (Einladung, Niederschrift) have none:
//! their unit is the department, the body whose session it is stands in the title. For the other
//! papers the candidates are tried in order of how directly they name the sender, and each must
//! name a body from outside the administration (`department_not` word parts):
//! 1. a labelled value (`Antragsteller: …`, `Eingereicht von: SPD-Fraktion`);
//! 2. the type heading continued by its sender (`Gesetzentwurf` / `der Fraktion der SPD`);
//! 3. the sender line of a letterhead at the top of page 1 (`CSU-Fraktion im Stadtrat | Tel. …`,
//!    `Stadtteilbeirat Büchenbach`), above the address block;
//! 4. a sender block of two lines, the body noun over its name (`Stadtratsfraktion` /
//!    `DIE LINKE. / Die PARTEI`) — side columns and footers of party letterheads;
//! 5. the signature after the closing (`Mit freundlichen Grüßen` / `Stadtteilbeirat Büchenbach`,
//!    `… für den Stadtteilbeirat Büchenbach`);
//! 6. the head of the authority printed alone at the top (`Die Oberbürgermeisterin`) when the paper
//!    names no department and is no Antwort (an answer under the mayor's letterhead is the
//!    administration's).
//!
//! Nothing found is `None`: no value beats a wrong one.

use super::doc::{DCell, DLine, Doc};
use super::labeled::find_labeled;
use super::text::{collapse, is_form_of_address, is_sentence};
use crate::fold::alnum as fold_alnum;
use crate::record::DocType;
use crate::vocab::{LabelSet, Labels, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// Most words of an originator's name.
const MAX_WORDS: usize = 10;

/// Lines at the top of page 1 that may hold a letterhead's sender line.
const LETTERHEAD_LINES: usize = 6;

/// Lines after a closing that may hold the signature.
const SIGNATURE_LINES: usize = 6;

/// Word parts of a person's function beside a body's name (`CSU-Fraktionsvorsitzender`,
/// `GL-Sprecherin`): the line names a person, not the sender.
const PERSON_ROLES: [&str; 7] = [
    "vorsitz",
    "sprecher",
    "geschäftsführ",
    "referent",
    "mitglieder",
    // an office of a body (`Fraktionsgeschäftsstelle`, `Fraktionsbüro`), not the body
    "geschäftsstelle",
    "büro",
];

/// A council member's function printed under her name (`Gemeindevertreter (fraktionslos)`,
/// `Ratsmitglied`): the name above is the sender.
const MEMBER_FUNCTIONS: [&str; 8] = [
    "gemeindevertreter",
    "kreistagsabgeordnete",
    "ratsmitglied",
    "stadtverordnete",
    "stadtrat",
    "stadträtin",
    "kreisrat",
    "kreisrätin",
];

/// Words that end a sender's name in a type heading (`Stellungnahme des Ortschaftsrates X zur
/// Drucksache …`).
const NAME_ENDS: [&str; 5] = ["zur", "zum", "vom", "betreffend", "betr."];

/// Articles that join a type heading to its sender (`Antrag der SPD-Fraktion`).
const SENDER_ARTICLES: [&str; 6] = ["der", "des", "von der", "von den", "vom", "von"];

/// The originator of the paper, or None (administration papers, meeting documents, none found).
pub(crate) fn find(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    doc_type: Option<DocType>,
    department: Option<&str>,
) -> Option<String> {
    if !may_have_originator(doc_type) || filed_by_the_administration(doc, vocab, header_end) {
        return None;
    }
    // An Antwort under an administration unit (layout family: answers printed on a unit's
    // letterhead, addressed to the asking Ortsbeirat or Fraktion): the administration answers;
    // the body named on it is the addressee.
    if doc_type == Some(DocType::Antwort) && department.is_some() {
        return None;
    }
    let bodies = vocab.labels(LabelSet::DepartmentNot);
    let found = labelled(doc, vocab, header_end, bodies)
        .or_else(|| after_type_heading(doc, vocab, header_end, bodies))
        .or_else(|| letterhead(doc, vocab, bodies))
        .or_else(|| two_line_block(doc, bodies))
        .or_else(|| signature(doc, vocab, bodies))
        .or_else(|| opening_sentence(doc))
        // An Antwort under the mayor's letterhead is the administration's answer, not hers.
        .or_else(|| {
            (department.is_none() && doc_type != Some(DocType::Antwort))
                .then(|| head(doc, vocab))
                .flatten()
        });
    // A council group asks; it never answers: the Fraktion named on an Antwort is its addressee.
    found
        .filter(|o| doc_type != Some(DocType::Antwort) || !names_council_group(o))
        .filter(|o| !is_authority_name(o, vocab, bodies))
        // A name opens with a capital (or a digit); a line that opens with an article is the
        // second line of a wrapped name (`Zweckverband zur Wasserversorgung` / `der
        // Reckenberg-Gruppe`; layout family: two-line letterheads of Zweckverbände), no sender.
        .filter(|o| !o.starts_with(char::is_lowercase))
        // A party's strip (`BÜNDNIS 90/DIE GRÜNEN – Kreistagsfraktion im Landkreis X`): the
        // group as the paper names it where its opening sentence does (labelling convention).
        .map(|o| {
            if is_party_strip(&o, vocab, bodies) {
                opening_sentence(doc).unwrap_or(o)
            } else {
                o
            }
        })
        .map(|o| body_after_authority(&o, vocab, bodies).unwrap_or(o))
        .map(|o| completed_member(doc, &o).unwrap_or(o))
        .map(|o| member_name(&o, bodies).unwrap_or(o))
        .map(|o| with_council(doc, vocab, &o).unwrap_or(o))
}

/// The group's name with the council it sits in, where the letterhead prints it so and the
/// candidate found has it shorter (labelling convention, `tests/fixtures/CONVENTIONS.md`: a body
/// as printed in its sender designation, with its council). Layout family: motions and questions
/// whose letterhead names the group with its council (`CDU-Fraktion im Gemeinderat Ostrach`, or
/// `Fraktion X` over `im Rat der Stadt Y`) while a form field or the type heading names it
/// shortly (`Einreicher: Fraktion DIE LINKE`, `Anfrage der CDU-Fraktion`). None when no sender
/// line of the first lines continues the name with a council.
fn with_council(doc: &Doc, vocab: &Vocabulary, name: &str) -> Option<String> {
    if name.contains(" im ") || name.contains(" in der ") {
        return None;
    }
    let top: Vec<&DLine> = doc.page_one().take(LETTERHEAD_LINES).collect();
    for (i, line) in top.iter().enumerate() {
        for cell in &line.cells {
            let text = collapse(cell.text.trim());
            let Some(rest) = text.strip_prefix(name) else {
                continue;
            };
            let rest = rest.trim();
            if rest.is_empty() {
                // the council in the next column of the same line (`Fraktion X        im
                // Gemeinderat der Stadt Y`)
                if let Some(next) = line.cells.iter().find(|c| c.x0 > cell.x1)
                    && is_council_phrase(next.text.trim(), vocab)
                {
                    return Some(format!("{name} {}", collapse(next.text.trim())));
                }
                // the council on the line below (`Fraktion X` / `im Rat der Stadt Y`)
                if let Some(council) = top
                    .get(i + 1)
                    .and_then(|next| council_below(cell, next, name, vocab))
                {
                    return Some(format!("{name} {council}"));
                }
            } else if is_council_phrase(rest, vocab) {
                return Some(format!("{name} {rest}"));
            }
        }
    }
    None
}

/// `im …` or `in der …` and at most six words naming a council (a committee noun), no contact or
/// address sign: the council a group sits in (`im Stadtrat Suhl`, `in der Stadtverordnetenversammlung
/// der Kreisstadt Groß-Gerau`).
fn is_council_phrase(text: &str, vocab: &Vocabulary) -> bool {
    let Some(rest) = ["im ", "in der "].iter().find_map(|p| text.strip_prefix(p)) else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words
            .iter()
            .any(|w| super::consultations::is_committee_noun(w, vocab))
        && words.iter().all(|w| !w.contains([',', ':', '@', '·']))
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Verbs with which a group files its paper in the opening sentence (`die Kreistagsfraktion X
/// stellt folgenden Antrag`, `… beantragt`, `… bittet, …`, `… fragt`).
const FILING_VERBS: [&str; 6] = [
    " stellt ",
    " beantragt",
    " bittet",
    " fragt ",
    " stellen ",
    " beantragen",
];

/// Lines of page 1 read for the opening sentence.
const OPENING_LINES: usize = 40;

/// The group that names itself in the paper's opening sentence: `die <name> <verb>`, the name of
/// one to seven words with a group noun (`Fraktion`, `Kreistagsfraktion`, `Gruppe`). Layout
/// family: motions and questions of groups whose letterhead prints the party's name apart from
/// the group (`FREIE WÄHLER · Kreistagsfraktion X`, `BÜNDNIS 90/DIE GRÜNEN im Stadtrat Y`): the
/// group is who filed it, as it names itself (labelling convention, `tests/fixtures/CONVENTIONS.md`).
fn opening_sentence(doc: &Doc) -> Option<String> {
    doc.page_one().take(OPENING_LINES).find_map(|l| {
        let text = l.text.as_str();
        let verb = FILING_VERBS.iter().filter_map(|v| text.find(v)).min()?;
        let before = text.get(..verb)?;
        let start = before
            .rfind("die ")
            .filter(|k| *k == 0 || before.get(k - 1..*k) == Some(" "))?;
        let name = before.get(start + 4..)?.trim();
        let words: Vec<&str> = name.split_whitespace().collect();
        let group = words.iter().any(|w| {
            let lower = w.to_lowercase();
            (lower.contains("fraktion") && !lower.contains("fraktionen")) || lower == "gruppe"
        });
        // the bare noun (`die Fraktion beantragt`) names no group
        let bare = matches!(name.to_lowercase().as_str(), "fraktion" | "gruppe");
        ((1..=7).contains(&words.len())
            && group
            && !bare
            && name.starts_with(char::is_uppercase)
            && !name.contains([',', ':', ';']))
        .then(|| name.to_string())
    })
}

/// A letterhead strip that prints the party apart from its group (`BÜNDNIS 90/DIE GRÜNEN –
/// Kreistagsfraktion im Landkreis X`, `FREIE WÄHLER Y – Fraktion im Marktgemeinderat`): a part
/// naming no body, a separator, a part naming the group.
fn is_party_strip(o: &str, vocab: &Vocabulary, bodies: &Labels) -> bool {
    let authorities = vocab.labels(LabelSet::Authorities);
    [" – ", " · "]
        .iter()
        .find_map(|sep| o.split_once(sep))
        .is_some_and(|(party, group)| {
            let first = party.split_whitespace().next().unwrap_or("");
            !first.is_empty()
                && !authorities.is_whole(first)
                && !names_body(party, bodies)
                && names_body(group, bodies)
        })
}

/// What sets the parts of a sender's name apart on one line (`Stadt X – Ortschaftsrat Y`,
/// `Zweckverband X · Technische Betriebsleitung`, `Amt X | Bauamt`).
const NAME_PART_SEPARATORS: [&str; 3] = [" – ", " · ", " | "];

/// The body after the authority's name on a sender line (`Stadt Jerichow – Ortschaftsrat
/// Redekin` → `Ortschaftsrat Redekin`; layout family: letterheads of Ortschaftsräte and Beiräte
/// under their town's name): the body is who filed it, the town is where it sits.
fn body_after_authority(o: &str, vocab: &Vocabulary, bodies: &Labels) -> Option<String> {
    let (authority, rest) = NAME_PART_SEPARATORS
        .iter()
        .find_map(|sep| o.split_once(sep))?;
    let first = authority.split_whitespace().next()?;
    (vocab.labels(LabelSet::Authorities).is_whole(first)
        && names_body(rest, bodies)
        && rest.split_whitespace().count() <= MAX_WORDS)
        .then(|| rest.trim().to_string())
}

/// A member's line cut at its end, the surname on the next line (`Ratsmitglied Jonas` /
/// `Terbrüggen` / `(fraktionslos)`; layout family: narrow sender columns of single members'
/// letters): the function, the first name and the surname joined. None unless the value is a
/// page-1 cell of a person's function and one name word, and the aligned cell below is one
/// capitalised word of letters.
fn completed_member(doc: &Doc, o: &str) -> Option<String> {
    let (function, first) = o.split_once(' ')?;
    let one_word = |w: &str| {
        !w.contains(' ')
            && w.starts_with(char::is_uppercase)
            && w.chars().all(|c| c.is_alphabetic() || c == '-')
            && w.chars().skip(1).any(char::is_lowercase)
    };
    if !is_person_function(function) || !one_word(first) {
        return None;
    }
    let top: Vec<&DLine> = doc.page_one().take(LETTERHEAD_LINES).collect();
    top.iter().enumerate().find_map(|(i, line)| {
        let cell = line.cells.iter().find(|c| collapse(c.text.trim()) == o)?;
        let below = top
            .get(i + 1)?
            .cells
            .iter()
            .find(|c| (c.x0 - cell.x0).abs() < 6.0)?;
        let surname = below.text.trim();
        one_word(surname).then(|| format!("{o} {surname}"))
    })
}

/// A single member's name alone, the one form of a member as originator (labelling convention,
/// `tests/fixtures/CONVENTIONS.md`: the person's name with a printed academic title, without the
/// office word and without party or group). Layout family: motions and questions of single
/// council members in every Land, whose sender, label or signature prints the office and party
/// around the name: `Stadtrat Torsten Geißler (fraktionslos)`, `Britta Johannsen, Mitglied des
/// Kreistages (SSW)`, `Ratsmitglied Jonas Terbrüggen`, `Jörg Brückner (FDP)`. None when the value
/// is not a member's (a body, `Gemeinderat Bad Au` without a group, is left as it is).
fn member_name(o: &str, bodies: &Labels) -> Option<String> {
    let o = o.trim();
    // a body's name is never a person's (`Fraktion Freie Wähler (FW)`)
    let person = |name: &str| is_person_name(name) && !names_body(name, bodies);
    // `Function Name (group)`
    if is_member_line(o) {
        return MEMBER_LINE
            .captures(o)
            .and_then(|c| c.name("name"))
            .map(|n| n.as_str().to_string());
    }
    // `Name (group)` and `Name, function (group)`: the name before the bracket or the comma
    let (head, bracket) = match o.split_once(" (") {
        Some((h, g)) if g.ends_with(')') && !g.contains('(') => (h.trim(), Some(g)),
        _ => (o, None),
    };
    if let Some((name, function)) = head.split_once(", ") {
        let function = match bracket {
            Some(g) => format!("{function} ({g}"),
            None => function.to_string(),
        };
        return (person(name) && is_member_function(&function)).then(|| name.to_string());
    }
    if let Some(g) = bracket {
        let short = g.trim_end_matches(')').split_whitespace().count() <= 6;
        if person(head) && short && !g.to_lowercase().contains("öffentlich") {
            return Some(head.to_string());
        }
        return None;
    }
    // `Function Name` without a group: only a function that names a person, never a council
    // (`Stadtrat Müller` may be a member, `Gemeinderat Bad Au` is a body)
    let (function, name) = o.split_once(' ')?;
    (is_person_function(function) && person(name)).then(|| name.to_string())
}

/// A member's office that names a person only, never a council (`Ratsmitglied`,
/// `Gemeinderatsmitglied`, `Stadträtin`, `Stadtverordneter`, `Gemeindevertreterin`,
/// `Kreistagsabgeordnete`, `Ratsherr`, `Ratsfrau`); `Stadtrat`, `Gemeinderat` are both: a
/// member's title ([`is_member_title`]) that does not end in `rat`, or one of
/// [`PERSON_ONLY_TITLES`].
fn is_person_function(word: &str) -> bool {
    let lower = word.to_lowercase();
    (is_member_title(&lower) && !lower.ends_with("rat"))
        || (lower.chars().count() > 5
            && lower.chars().all(char::is_alphabetic)
            && PERSON_ONLY_TITLES.iter().any(|e| lower.ends_with(e)))
}

/// A member's titles whose ending names no council (`Ratsherr`, `Ratsfrau`): a person's office
/// only, beside the council-built ones of [`MEMBER_TITLE_ENDS`].
const PERSON_ONLY_TITLES: [&str; 2] = ["ratsherr", "ratsfrau"];

/// True when the paper's kind heading names the administration as its author (`Stellungnahme
/// der Verwaltung`, `Antwort der Verwaltung`; layout family: the administration's answers and
/// opinions on members' Anfragen, which name the asking body or member further down): a header
/// line that is a paper's kind and `der Verwaltung`, nothing else. The administration's papers
/// have no originator.
fn filed_by_the_administration(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> bool {
    doc.page_one()
        .take(header_end.clamp(1, 20))
        .any(|l| is_administration_heading(&l.text, vocab))
}

/// [`filed_by_the_administration`] on one line's text.
fn is_administration_heading(text: &str, vocab: &Vocabulary) -> bool {
    let t = text.trim().trim_end_matches(':');
    let Some(kind) = t.strip_suffix(" der Verwaltung") else {
        return false;
    };
    vocab.names_doc_type(kind)
}

/// True for an authority's own name (`ZWECKVERBAND RIEDGRUPPE OST`, `Gemeinde Beiratshausen`;
/// layout family: letterheads of Zweckverbände and municipalities): the administration, whose
/// papers have no originator. A body word in the name right after the authority word is part of
/// a place's name; a body named after it (`Stadt X Seniorenbeirat`) is one.
fn is_authority_name(name: &str, vocab: &Vocabulary, bodies: &Labels) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let authority = words
        .first()
        .is_some_and(|w| vocab.labels(LabelSet::Authorities).is_whole(w));
    // The part that may name a body: after a separator when the name has one (`Zweckverband X –
    // Kaufmännische Betriebsleitung`: its unit), else the words after the authority's, without a
    // compound place name (`der Reckenberg-Gruppe`, `Riedgruppe`: a Zweckverband named after
    // its supply group; layout family: letterheads of Zweckverbände).
    let after_separator = NAME_PART_SEPARATORS
        .iter()
        .find_map(|sep| name.split_once(sep).map(|(_, rest)| rest.to_string()));
    let rest = after_separator.unwrap_or_else(|| {
        words
            .get(2..)
            .unwrap_or_default()
            .iter()
            .filter(|w| {
                let lower = w.to_lowercase();
                !w.contains('-') && (!lower.ends_with("gruppe") || lower == "gruppe")
            })
            .copied()
            .collect::<Vec<_>>()
            .join(" ")
    });
    authority && !names_body(&rest, bodies)
}

/// True for the name of a council group (`SPD-Kreistagsfraktion`, `Gruppe X`) or of a council
/// member (`Stadtratsmitglied Steinhöfel`, `Stadtrat Müller (fraktionslos)`): who asks, never who
/// answers (layout family: answers that name the asker under their heading).
fn names_council_group(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.contains("fraktion")
        || lower.split_whitespace().any(|w| w == "gruppe")
        || lower.contains("mitglied")
        || is_member_line(name)
        || is_member_function(name)
}

/// Papers of the administration and meeting documents have no originator.
fn may_have_originator(t: Option<DocType>) -> bool {
    !matches!(
        t,
        Some(
            DocType::Beschlussvorlage
                | DocType::Mitteilungsvorlage
                | DocType::Ergaenzungsvorlage
                | DocType::Niederschrift
                | DocType::Einladung
        )
    )
}

/// True when `text` names a body from outside the administration: a word containing one of the
/// `bodies` parts, not a plural (`Alle Fraktionen` is an addressee) and not a person's function.
fn names_body(text: &str, bodies: &Labels) -> bool {
    let lower = text.to_lowercase();
    if PERSON_ROLES.iter().any(|r| lower.contains(r)) {
        return false;
    }
    if is_joint_groups(text) {
        return true;
    }
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| {
            bodies.iter().any(|b| w.contains(b.lower.as_str()))
                && !w.ends_with("fraktionen")
                && !w.ends_with("gruppen")
                && !w.ends_with("beiräte")
                // `fraktionslos` says which group a member is not in
                && !w.starts_with("fraktionslos")
                // The plenary itself (`Stadtverordnetenversammlung`) is the council, no sender.
                && !w.starts_with("stadtverordnetenversammlung")
        })
}

/// True for several groups filing one paper, named after their plural noun (layout family:
/// joint motions, `Fraktionen SPD und BÜNDNIS 90/DIE GRÜNEN im Kreistag X`, `Gruppen A und B`):
/// the plural opens the text and is followed by a name (a capital) and an `und` joining the
/// names. An addressee (`Alle Fraktionen`, `an die Fraktionen des Rates`) opens otherwise.
fn is_joint_groups(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let plural = words.first().is_some_and(|w| {
        let w = w.to_lowercase();
        w.ends_with("fraktionen") || w == "gruppen"
    });
    plural
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
        && words.iter().skip(2).take(4).any(|w| *w == "und")
}

/// The sender's name from a cell: cut at `|`, at a `,` that starts an address or contact part,
/// at a contact word; None unless it is a short name of a body.
fn clean(text: &str, vocab: &Vocabulary, bodies: &Labels) -> Option<String> {
    // `|` and a middle dot part the sender from a contact or its chair (layout family: Word
    // headers of group letters, `CDU-Fraktion im Stadtrat X · Vorsitzender Dirk Rabe`).
    let mut t = text.split(['|', '·']).next().unwrap_or("").trim();
    // `CSU-Stadtratsfraktion Erlangen, Rathausplatz 1, 91052 Erlangen`
    if let Some((head, tail)) = t.split_once(',')
        && tail.chars().any(|c| c.is_ascii_digit())
    {
        t = head.trim();
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    // `Fraktion X Tel. 0123 …`: the name ends where a contact word starts.
    let end = name_end(&words, vocab, |_| false);
    finish(&words.get(..end).unwrap_or_default().join(" "), bodies)
}

/// The number of words of a name before the next column: the index of the first word after the
/// first where a contact label starts (`Tel.`, `E-Mail`) or where `stops` says so (all words
/// when none does). Each start is tested on one joined copy of the words, so a long cell costs
/// time in its length, not in its square.
fn name_end(words: &[&str], vocab: &Vocabulary, stops: impl Fn(&str) -> bool) -> usize {
    let contact = vocab.labels(LabelSet::Contact);
    let joined = words.join(" ");
    let mut at = 0;
    for (k, w) in words.iter().enumerate() {
        if k > 0 && (stops(w) || joined.get(at..).is_some_and(|rest| contact.starts(rest))) {
            return k;
        }
        at += w.len() + 1;
    }
    words.len()
}

/// The name trimmed of separators, if it is a short name of a body and not a sentence.
fn finish(t: &str, bodies: &Labels) -> Option<String> {
    let t = collapse(
        t.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '–' | '-')),
    );
    let words = t.split_whitespace().count();
    (words > 0
        && words <= MAX_WORDS
        && (!is_sentence(&t) || only_joins_lowercase(&t))
        && t.chars().filter(char::is_ascii_digit).nth(4).is_none()
        && names_body(&t, bodies))
    .then_some(t)
}

/// True when every lowercase word after the first only joins a name's parts (`in`, `der`, `des`):
/// a group named with the council it sits in, no sentence (layout family: group letterheads,
/// `SPD-Fraktion in der Verbandsversammlung des Regionalverbandes Ruhr`). A sentence has a verb.
fn only_joins_lowercase(t: &str) -> bool {
    const JOINS: [&str; 9] = ["in", "im", "der", "des", "dem", "den", "am", "für", "und"];
    t.split_whitespace()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .all(|w| JOINS.contains(&w))
}

/// A labelled value run into the next column of a form grid (`Stadträtin Ulrike Haas
/// (parteilos) Frau Hoffmann, Tel. 02151 / 233` under `Einreicher/in | Auskunft`): the value up to
/// a contact word or a person addressed (`Frau`, `Herr`) after the first word.
fn without_next_column(v: &str, vocab: &Vocabulary) -> String {
    let words: Vec<&str> = v.split_whitespace().collect();
    let end = name_end(&words, vocab, |w| is_form_of_address(w, false));
    words
        .get(..end)
        .unwrap_or_default()
        .join(" ")
        .trim_end_matches([',', ';'])
        .to_string()
}

/// True for a name that ends where it cannot: on a function word (`… mit`, `… für`) or on a bare
/// body noun after a comma (`Fraktion Volt, FDP-Fraktion, Fraktion`).
fn is_cut_off(v: &str) -> bool {
    let last = v.split_whitespace().last().unwrap_or("");
    let function_word = matches!(
        last,
        "mit" | "für" | "und" | "der" | "des" | "die" | "im" | "in" | "von" | "zur" | "zum"
    );
    let bare_noun = v.contains(", ")
        && v.rsplit(", ")
            .next()
            .is_some_and(|p| matches!(p.trim(), "Fraktion" | "Gruppe"));
    function_word || bare_noun
}

/// Candidate 1: `Antragsteller: …` (any value), or a department label whose value names a body.
fn labelled(doc: &Doc, vocab: &Vocabulary, header_end: usize, bodies: &Labels) -> Option<String> {
    let pitch = doc.line_pitch();
    let end = header_end.max(1).min(doc.lines.len());
    let own = vocab.labels(LabelSet::Originator);
    for found in find_labeled(doc, own, 0..end, pitch) {
        let v = collapse(
            found
                .value
                .trim_matches(|c: char| c.is_whitespace() || c == ':'),
        );
        // `Sabine Krämer, Mitglied des Verbandsgemeinderates (FWG)`: the member's name.
        let v = match v.split_once(", ") {
            Some((name, function)) if function.to_lowercase().starts_with("mitglied") => {
                name.to_string()
            }
            _ => v,
        };
        let mut v = without_next_column(&v, vocab);
        // A name wrapped in its column (`Beirat für Menschen mit` / `Behinderung der Stadt X`):
        // the cell right below the value, aligned with it, continues it.
        if is_cut_off(&v)
            && let Some(cell) = doc.cell_under(found.value_line, found.x0, pitch * 1.6)
        {
            v = format!("{v} {}", without_next_column(cell.text.trim(), vocab));
        }
        // A label read as the value (`Datum` of the next key row) names no one.
        if vocab.header_labels().is_whole(&v) {
            continue;
        }
        let n = v.split_whitespace().count();
        // A group named with the council it sits in (`CDU-Fraktion in der Bezirksvertretung für
        // den Stadtbezirk II`; layout family: key grids of district councils' motions) reads
        // like a sentence by its word count, but only joins a name's parts.
        if n > 0 && n <= MAX_WORDS && (!is_sentence(&v) || only_joins_lowercase(&v)) {
            // A name wrapped onto a line not read (`Beirat für Menschen mit`, `Fraktion Volt,
            // Fraktion`): none beats a cut one.
            return (!is_cut_off(&v)).then_some(v);
        }
    }
    find_labeled(doc, vocab.labels(LabelSet::Department), 0..end, pitch)
        .into_iter()
        .find_map(|f| clean(&f.value, vocab, bodies))
}

/// Candidate 2: A type heading followed by its sender: `Gesetzentwurf` over `der Fraktion der SPD`, or
/// `Antrag der SPD-Fraktion` in one cell (no digits: `Antrag … Nr. 266/2019` is a citation).
fn after_type_heading(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    bodies: &Labels,
) -> Option<String> {
    let single_word_types: Vec<&str> = vocab
        .doc_types
        .iter()
        .filter(|t| !t.text.contains(' '))
        .map(|t| t.alnum.as_str())
        .collect();
    let limit = header_end
        .max(page_one_end(doc).min(40))
        .min(doc.lines.len());
    for (i, line) in doc.lines.iter().enumerate().take(limit) {
        let [cell] = line.cells.as_slice() else {
            continue;
        };
        let mut words = cell.text.split_whitespace().peekable();
        let Some(first) = words.next() else { continue };
        let is_type = |w: &str| single_word_types.contains(&fold_alnum(w).as_str());
        if !is_type(first) {
            // An adjective before the type word (`Kleine Anfrage`, `Gemeinsamer Antrag`;
            // layout family: type headings of members' questions and joint motions).
            let adjective = first.starts_with(char::is_uppercase)
                && first.chars().skip(1).all(char::is_lowercase)
                && first.ends_with(['e', 'r', 's']);
            if !(adjective && words.peek().is_some_and(|w| is_type(w))) {
                continue;
            }
            words.next();
        }
        let rest: Vec<&str> = words.collect();
        let candidate = if rest.is_empty() {
            // The sender on the next line.
            match doc.lines.get(i + 1) {
                Some(next) if next.page == line.page && next.cells.len() == 1 => next.text.clone(),
                _ => continue,
            }
        } else {
            rest.join(" ")
        };
        if before_commented_paper(&candidate)
            .chars()
            .any(|c| c.is_ascii_digit())
        {
            continue;
        }
        let lower = candidate.to_lowercase();
        let Some(article) = SENDER_ARTICLES
            .iter()
            .find(|a| lower.starts_with(&format!("{a} ")))
        else {
            // The type word alone over a group's name without an article (`Antrag` /
            // `CDU-Gemeinderatsfraktion Eppelborn`; layout family: motion headings of groups).
            let first = lower.split_whitespace().next().unwrap_or("");
            if rest.is_empty()
                && (first.contains("fraktion") || first == "gruppe")
                && !first.ends_with("fraktionen")
                && let Some(v) = finish(&candidate, bodies)
            {
                return Some(v);
            }
            continue;
        };
        let name = candidate.get(article.len()..).unwrap_or("").trim();
        let mut words: Vec<&str> = name
            .split_whitespace()
            .take_while(|w| !NAME_ENDS.contains(&w.to_lowercase().as_str()))
            .collect();
        // `Antrag des Ortsbeirates X an die Stadtverordnetenversammlung` (layout family: motions
        // of Hessian Ortsbeiräte addressed to the council): the addressee is no part of the name
        // (`an der` stays: a place's `Frankfurt an der Oder`).
        if let Some(k) = words
            .windows(2)
            .position(|p| p[0] == "an" && matches!(p[1], "die" | "den" | "das"))
        {
            words.truncate(k);
        }
        let mut name = words.join(" ");
        if *article == "des" {
            name = nominative(&name);
        }
        // `Kleine Anfrage` / `des Kreistagsmitglieds Jörg Brückner (FDP)` (layout family:
        // questions of single members): the member's title in the nominative, name and group.
        let member = name.split_once(' ').and_then(|(title, rest)| {
            let title = title
                .strip_suffix("es")
                .filter(|t| t.ends_with("glied"))
                .or_else(|| title.strip_suffix('s').filter(|t| t.ends_with("glied")))
                .unwrap_or(title);
            let line = format!("{title} {rest}");
            is_member_line(&line).then_some(line)
        });
        if let Some(line) = member {
            return Some(line);
        }
        // A bare noun (`des Stadtteilbeirates zur …`) names no particular body; a government
        // is one body (`Gesetzentwurf` / `der Landesregierung`: layout family of Landtag bills
        // filed as annexes).
        let government = name.ends_with("regierung");
        let bare = !government
            && !name.contains(' ')
            && name
                .chars()
                .skip(1)
                .all(|c| c.is_alphabetic() && c.is_lowercase());
        if bare {
            continue;
        }
        if let Some(v) = finish(&name, bodies) {
            return Some(v);
        }
    }
    None
}

/// The sender part of a type heading's rest: the text before the paper it comments on or is
/// filed for (`des Beirates X zur Vorlage VL 21/4418 (…)`, `der SPD-Fraktion zum Antrag 12/2026`;
/// layout family: opinions and motions whose heading names the commented paper's number). Digits
/// before it mark a citation (`Antrag … Nr. 266/2019`); the commented paper's number does not.
fn before_commented_paper(rest: &str) -> &str {
    rest.split(" zur ")
        .next()
        .and_then(|r| r.split(" zum ").next())
        .unwrap_or(rest)
}

/// A body's name after `des` in the nominative (`Ortschaftsrates Mettenberg` → `Ortschaftsrat
/// Mettenberg`, `Seniorenbeirats` → `Seniorenbeirat`); other names unchanged.
fn nominative(name: &str) -> String {
    let (first, rest) = name.split_once(' ').unwrap_or((name, ""));
    let stem = [
        ("rates", "rat"),
        ("rats", "rat"),
        ("ausschusses", "ausschuss"),
    ]
    .iter()
    .find_map(|(genitive, nom)| {
        first
            .strip_suffix(genitive)
            .map(|pre| format!("{pre}{nom}"))
    });
    match stem {
        Some(stem) if rest.is_empty() => stem,
        Some(stem) => format!("{stem} {rest}"),
        None => name.to_string(),
    }
}

/// Index of the first line after page 1.
fn page_one_end(doc: &Doc) -> usize {
    doc.lines
        .iter()
        .position(|l| l.page > 1)
        .unwrap_or(doc.lines.len())
}

/// True when a line ends the letterhead: the address block, the salutation, a heading or a
/// subject label.
fn ends_letterhead(line: &DLine, vocab: &Vocabulary) -> bool {
    let first = line.cells.first().map_or("", |c| c.text.as_str());
    // A Beratungsfolge (its label or a table header with a committee column; layout family:
    // Antworten and Vorlagen with the session table right under the letterhead): the bodies
    // below are sessions, not the sender.
    vocab.labels(LabelSet::Consultations).starts(&line.text)
        || super::consultations::is_header_row(line, vocab)
        || vocab.labels(LabelSet::AddressOpeners).starts(first)
        || vocab.labels(LabelSet::Salutations).starts(first)
        || vocab.labels(LabelSet::Title).starts(first)
        || vocab.labels(LabelSet::Headings).is_whole(first)
}

/// Candidate 3: The sender line of a letterhead: a cell of the first lines of page 1, above the address
/// block, naming a body.
fn letterhead(doc: &Doc, vocab: &Vocabulary, bodies: &Labels) -> Option<String> {
    let top: Vec<&DLine> = doc.page_one().take(LETTERHEAD_LINES).collect();
    for (i, line) in top.iter().enumerate() {
        if ends_letterhead(line, vocab) {
            break;
        }
        let above = |cell: &DCell| {
            i.checked_sub(1)
                .and_then(|k| top.get(k))
                .and_then(|l| l.cells.iter().find(|a| (a.x0 - cell.x0).abs() < 6.0))
                .map(|a| a.text.trim().to_string())
        };
        for cell in &line.cells {
            if let Some(name) = above(cell).filter(|a| is_person_name(a))
                && is_member_function(&cell.text)
            {
                return Some(name);
            }
            if i == 0
                && let Some(name) = member_in_parts(&cell.text)
            {
                return Some(name);
            }
            if let Some(v) = group_after_name(&cell.text, bodies) {
                return Some(v);
            }
            // The page's first line is the sender's (a member line lower down is an addressee).
            if i == 0 && is_member_line(&cell.text) {
                return Some(collapse(cell.text.trim()));
            }
            if let Some(v) = clean(&cell.text, vocab, bodies) {
                // `BÜNDNIS 90/DIE GRÜNEN` / `Kreistagsfraktion Ortenau`: the party's name in
                // capitals over the group's line belongs to it.
                if let Some(party) = above(cell).filter(|a| is_party_name(a, vocab))
                    && !v.starts_with(party.as_str())
                {
                    return Some(format!("{party} {v}"));
                }
                if let Some(council) = top
                    .get(i + 1)
                    .and_then(|next| council_below(cell, next, &v, vocab))
                {
                    return Some(format!("{v} {council}"));
                }
                // `Freie Wähler Wolnzach` / `Fraktion im Marktgemeinderat`: a group line without
                // a name takes the name printed over it.
                if is_nameless_group(&v)
                    && let Some(name) = above(cell).filter(|a| is_group_name(a, bodies))
                {
                    return Some(format!("{name} {v}"));
                }
                return Some(v);
            }
        }
    }
    None
}

/// The council a group sits in, on the sender line's next line, aligned with it at either edge
/// (layout family: two-line senders of Fraktion and Gruppe letterheads, `Fraktion X` / `im
/// Stadtbezirksrat Linden-Limmer`, `FDP-Fraktion` / `in der Stadtverordnetenversammlung Y`): `im`
/// or `in der` and at most six words naming a council (a committee noun); the sender line must
/// not name one already.
fn council_below(cell: &DCell, next: &DLine, sender: &str, vocab: &Vocabulary) -> Option<String> {
    if sender.contains(" im ") || sender.contains(" in der ") {
        return None;
    }
    // aligned at either edge, or centred over it (a centred letterhead)
    let centre = |c: &DCell| (c.x0 + c.x1) / 2.0;
    let below = next.cells.iter().find(|c| {
        (c.x0 - cell.x0).abs() < 6.0
            || (c.x1 - cell.x1).abs() < 6.0
            || (centre(c) - centre(cell)).abs() < 6.0
    })?;
    let text = below.text.trim();
    // `Fraktion im Marktgemeinderat` under a Wählergruppe's name: the group's kind goes with it.
    let rest = ["im ", "in der ", "Fraktion im ", "Fraktion in der "]
        .iter()
        .find_map(|p| text.strip_prefix(p))?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    // the committee test of the consultations (its exceptions too: `Referat` is no `Rat`)
    let names_council = words
        .iter()
        .any(|w| super::consultations::is_committee_noun(w, vocab));
    ((1..=6).contains(&words.len())
        && names_council
        && words.iter().all(|w| !w.contains([',', ':', '@', '·']))
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase)))
    .then(|| text.to_string())
}

/// A party's name as letterheads print it: at most five words, mostly capitals
/// (`BÜNDNIS 90/DIE GRÜNEN`, `FREIE WÄHLER`), no contact, address or body word.
fn is_party_name(t: &str, vocab: &Vocabulary) -> bool {
    let letters: Vec<char> = t.chars().filter(|c| c.is_alphabetic()).collect();
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    letters.len() >= 3
        && upper * 10 >= letters.len() * 8
        && t.split_whitespace().count() <= 5
        && !t.contains(['@', ',', '·', '|'])
        && !vocab.labels(LabelSet::Contact).starts(t)
        && !t.to_lowercase().starts_with("stadt")
        && !t.to_lowercase().starts_with("landkreis")
        && !t.to_lowercase().starts_with("gemeinde")
}

/// A person's name alone: two to four capitalised words of letters (`Holger Brandt`, `Dr. Jana
/// Leimbach`).
fn is_person_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-'))
                && w.chars().skip(1).any(char::is_lowercase)
        })
}

/// A member's function, name and affiliation on one line (`Stadtrat Torsten Geißler
/// (fraktionslos)`, `Abgeordnete Petra Wiese (FDP)`; layout family: motions and questions of
/// single council members).
static MEMBER_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<function>\p{Lu}\p{Ll}+)\s+(?P<name>(?:Dr\.\s+)?\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)+)\s*\((?P<group>[^()]+)\)$",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// Function words of single members that open a [`MEMBER_LINE`] besides [`MEMBER_FUNCTIONS`].
const MEMBER_TITLES: [&str; 3] = ["bezirksverordnete", "abgeordnete", "stadtratsmitglied"];

/// True for a [`MEMBER_LINE`] whose first word is a member's function.
fn is_member_line(t: &str) -> bool {
    let t = t.trim();
    let is_function = |f: &str| {
        let f = f.to_lowercase();
        MEMBER_FUNCTIONS
            .iter()
            .chain(MEMBER_TITLES.iter())
            .any(|m| f.starts_with(m))
            || is_member_title(&f)
    };
    // checked before the pattern, which is compiled only where it may match
    if !t.ends_with(')') || !t.split_whitespace().next().is_some_and(is_function) {
        return false;
    }
    let Some(c) = MEMBER_LINE.captures(t) else {
        return false;
    };
    // A name of two or three words (a `Dr.` besides), an affiliation of 3–60 characters.
    let name_ok = c.name("name").is_some_and(|n| {
        let words = n.as_str().split([' ', '-']).filter(|w| *w != "Dr.").count();
        (2..=3).contains(&words)
    });
    // The bracket names a group, not a session's status (`Gemeinderat Bad Au (öffentlich)`).
    let group_ok = c.name("group").is_some_and(|g| {
        super::text::chars_within(g.as_str(), 3, 60)
            && !g.as_str().to_lowercase().contains("öffentlich")
    });
    name_ok && group_ok && c.name("function").is_some_and(|f| is_function(f.as_str()))
}

/// Word ends of a council member's title, read by word shape (layout family: motions and
/// questions of single members in every Land, whose title is built on their council:
/// `Marktgemeinderat`, `Ortschaftsrätin`, `Kreistagsmitglied`, `Stadtverordnete`,
/// `Gemeindevertreterin`, `Kreistagsabgeordneter`).
const MEMBER_TITLE_ENDS: [&str; 10] = [
    "rat",
    "rätin",
    "mitglied",
    "verordnete",
    "verordneter",
    "vertreter",
    "vertreterin",
    "abgeordnete",
    "abgeordneter",
    "ratsmitglied",
];

/// True for a member's title by its shape ([`MEMBER_TITLE_ENDS`], lower-cased); a Beirat is a
/// body, not a person's title.
fn is_member_title(lower: &str) -> bool {
    lower.chars().count() > 5
        && lower.chars().all(char::is_alphabetic)
        && MEMBER_TITLE_ENDS.iter().any(|e| lower.ends_with(e))
        && !lower.ends_with("beirat")
}

/// The marks between the parts of a one-line letterhead (`Name (group) · Kreisrätin · address`,
/// `Partei | Fraktion im Rat`).
const PART_SEPARATORS: [char; 2] = ['·', '|'];

/// A member's sender line in parts, one line (layout family: letterheads of single members,
/// `Dr. Eva Roth (ÖDP) · Kreisrätin · Am Bach 3 · 94437 Ort`): a person's name (her group in
/// brackets after it) and her function as the next part; the name.
fn member_in_parts(text: &str) -> Option<String> {
    let mut parts = text.split(PART_SEPARATORS).map(str::trim);
    let first = parts.next()?;
    let function = parts.next()?;
    let name = match first.split_once(" (") {
        Some((name, group)) if group.ends_with(')') => name.trim(),
        _ => first,
    };
    (is_person_name(name) && is_member_function(function)).then(|| name.to_string())
}

/// A group's kind after its name on one line, set apart by a separator (layout family:
/// letterheads of Fraktionen and Wählergruppen, `BÜNDNIS 90/DIE GRÜNEN · Fraktion im Gemeinderat
/// X`, `FREIE WÄHLER Markt Y – Fraktion im Marktgemeinderat`): the group as councils name it,
/// its kind before its name (`Fraktion BÜNDNIS 90/DIE GRÜNEN`). The name is short, has no digit
/// and names no body of its own; the kind is a group noun followed by the council it sits in.
fn group_after_name(text: &str, bodies: &Labels) -> Option<String> {
    let (name, kind) = PART_SEPARATORS
        .iter()
        .find_map(|sep| text.split_once(&format!(" {sep} ")))?;
    let (name, kind) = (name.trim(), kind.trim());
    let noun = kind.split_whitespace().next()?;
    (is_nameless_group(kind) && is_group_name(name, bodies)).then(|| format!("{noun} {name}"))
}

/// True for a group's kind without its name: a group noun (`Fraktion`, `Kreistagsfraktion`,
/// `Gruppe`) followed by the council it sits in (`im …`, `in der …`).
fn is_nameless_group(v: &str) -> bool {
    let mut words = v.split_whitespace();
    let noun = words.next().unwrap_or("").to_lowercase();
    let group = (noun.ends_with("fraktion") || noun == "gruppe") && !noun.ends_with("fraktionen");
    group && matches!(words.next(), Some("im" | "in"))
}

/// A group's name as printed over or before its kind (`Freie Wähler Wolnzach`, `BÜNDNIS 90/DIE
/// GRÜNEN`): one to six words, the first capitalised, no digit but a party's number (`90`), no
/// contact sign and no body of its own.
fn is_group_name(t: &str, bodies: &Labels) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && !t.contains(['@', ',', ':', '(', '·', '|'])
        && t.chars().filter(char::is_ascii_digit).count() <= 2
        && !names_body(t, bodies)
        && !is_sentence(t)
}

/// A council member's function alone (`Gemeindevertreter (fraktionslos)`, `Stadträtin`), a
/// title built on the council with her group in brackets (`Gemeinderätin (ÖDP)`), or her
/// membership (`Mitglied des Gemeinderates (Freie Wähler)`, `Mitglied des Stadtrates X
/// (parteilos)`; layout family: letterheads of single members, the name on the line above).
fn is_member_function(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    let head = lower.split([' ', '(']).next().unwrap_or("");
    let n = lower.split_whitespace().count();
    let bracket = lower.ends_with(')') && lower.contains(" (");
    (MEMBER_FUNCTIONS.iter().any(|f| head.starts_with(f)) && n <= 3)
        || (is_member_title(head) && bracket && n <= 4)
        || is_membership(&lower)
}

/// `mitglied des gemeinderates (…)`, `mitglied der stadtverordnetenversammlung x`: `Mitglied`,
/// the article and a council in the genitive (a committee noun's ending), at most eight words.
fn is_membership(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let council = words.get(2).is_some_and(|w| {
        [
            "rates",
            "rats",
            "tages",
            "tags",
            "versammlung",
            "vertretung",
        ]
        .iter()
        .any(|e| w.ends_with(e))
    });
    words.len() <= 8
        && words.first() == Some(&"mitglied")
        && matches!(words.get(1), Some(&"des" | &"der"))
        && council
}

/// Candidate 4: A body noun alone in its cell (`Stadtratsfraktion`) with the name aligned under it
/// (`DIE LINKE. / Die PARTEI`), on page 1.
fn two_line_block(doc: &Doc, bodies: &Labels) -> Option<String> {
    let end = page_one_end(doc);
    for (i, line) in doc.lines.iter().enumerate().take(end) {
        for cell in &line.cells {
            let t = cell.text.trim();
            if t.contains(' ')
                || !names_body(t, bodies)
                || !t.chars().next().is_some_and(char::is_uppercase)
            {
                continue;
            }
            let Some(next) = doc.lines.get(i + 1).filter(|n| n.page == line.page) else {
                continue;
            };
            let below = next
                .cells
                .iter()
                .find(|b| (b.x0 - cell.x0).abs() < 6.0 || (b.x1 - cell.x1).abs() < 6.0);
            if let Some(b) = below
                && !b.text.contains('@')
                && !b.text.chars().any(|c| c.is_ascii_digit())
                && b.text.split_whitespace().count() <= 6
            {
                return finish(&format!("{t} {}", b.text.trim()), bodies);
            }
        }
    }
    None
}

/// Candidate 5: The signature: the lines after the last closing (`Mit freundlichen Grüßen`) naming a body,
/// the part after `für den/die/das` when a person signs for it.
fn signature(doc: &Doc, vocab: &Vocabulary, bodies: &Labels) -> Option<String> {
    let closings = vocab.labels(LabelSet::Closings);
    let at = doc
        .lines
        .iter()
        .rposition(|l| l.cells.iter().any(|c| closings.starts(&c.text)))?;
    for line in doc.lines.iter().skip(at).take(SIGNATURE_LINES + 1) {
        for cell in &line.cells {
            let text = closings
                .strip(&cell.text)
                .map_or(cell.text.as_str(), |(rest, _)| rest);
            let lower = text.to_lowercase();
            let named = ["für den ", "für die ", "für das "]
                .iter()
                .find_map(|f| lower.find(f).map(|k| k + f.len()))
                .and_then(|k| text.get(k..))
                .unwrap_or(text);
            if let Some(v) = finish(named, bodies) {
                return Some(v);
            }
        }
    }
    None
}

/// Candidate 6: The head of the authority printed alone in one of the first lines (`Die
/// Oberbürgermeisterin`).
fn head(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    let heads = vocab.labels(LabelSet::OriginatorHeads);
    doc.page_one()
        .take(LETTERHEAD_LINES)
        .flat_map(|l| l.cells.iter())
        .find(|c| heads.is_whole(&c.text))
        .map(|c| collapse(&c.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kind_heading_of_the_administration() {
        let v = Vocabulary::embedded();
        assert!(is_administration_heading(
            "Stellungnahme der Verwaltung",
            &v
        ));
        assert!(is_administration_heading("Antwort der Verwaltung:", &v));
        assert!(!is_administration_heading(
            "Stellungnahme des Seniorenbeirates",
            &v
        ));
        assert!(!is_administration_heading(
            "Anfrage an den Leiter der Verwaltung",
            &v
        ));
        assert!(!is_administration_heading("Sitzung der Verwaltung", &v));
    }

    #[test]
    fn a_zweckverband_named_after_its_supply_group_is_an_authority() {
        let v = Vocabulary::embedded();
        let bodies = v.labels(LabelSet::DepartmentNot);
        assert!(is_authority_name(
            "Zweckverband zur Wasserversorgung der Talberg-Gruppe – Technische Betriebsleitung",
            &v,
            bodies
        ));
        assert!(is_authority_name(
            "Zweckverband zur Wasserversorgung der Talberg-Gruppe",
            &v,
            bodies
        ));
        assert!(!is_authority_name("Stadt Aue Seniorenbeirat", &v, bodies));
        assert_eq!(
            body_after_authority("Stadt Aue – Ortschaftsrat Mittelfeld", &v, bodies).as_deref(),
            Some("Ortschaftsrat Mittelfeld")
        );
        assert_eq!(
            body_after_authority("Fraktion X – Bürger für Aue", &v, bodies),
            None
        );
        assert!(!is_authority_name(
            "Stadt Aue – Ortschaftsrat Mittelfeld",
            &v,
            bodies
        ));
    }

    #[test]
    fn a_group_names_itself_in_the_opening_sentence() {
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "FREIE WÄHLER im Kreistag Talkreis\nSehr geehrter Herr Landrat,\n\
             die Kreistagsfraktion FREIE WÄHLER Talkreis stellt folgenden Antrag:\n",
        );
        assert_eq!(
            opening_sentence(&doc).as_deref(),
            Some("Kreistagsfraktion FREIE WÄHLER Talkreis")
        );
        let none = Doc::from_text(
            "Sehr geehrte Damen und Herren,\ndie Verwaltung bittet um Kenntnisnahme.\n",
        );
        assert_eq!(opening_sentence(&none), None);
        let bare = Doc::from_text("Sehr geehrte Damen und Herren,\ndie Fraktion beantragt:\n");
        assert_eq!(opening_sentence(&bare), None);
        let bodies = v.labels(LabelSet::DepartmentNot);
        assert!(is_party_strip(
            "BÜNDNIS 90/DIE GRÜNEN – Kreistagsfraktion im Landkreis Talkreis",
            &v,
            bodies
        ));
        assert!(!is_party_strip(
            "Stadt Aue – Ortschaftsrat Mittelfeld",
            &v,
            bodies
        ));
        assert!(!is_party_strip(
            "SPD-Fraktion im Rat der Stadt Aue",
            &v,
            bodies
        ));
    }

    #[test]
    fn a_member_line_cut_before_the_surname() {
        let doc = Doc::from_text("Ratsmitglied Timo\nBergmann\n(fraktionslos)\nAnfrage\n");
        assert_eq!(
            completed_member(&doc, "Ratsmitglied Timo").as_deref(),
            Some("Ratsmitglied Timo Bergmann")
        );
        let other = Doc::from_text("Ratsmitglied Timo Bergmann\nAn den Bürgermeister\n");
        assert_eq!(completed_member(&other, "Ratsmitglied Timo Bergmann"), None);
    }

    #[test]
    fn a_member_is_named_by_her_name_alone() {
        let v = Vocabulary::embedded();
        let name = |o: &str| member_name(o, v.labels(LabelSet::DepartmentNot));
        assert_eq!(
            name("Stadträtin Jana Kolbe (Wählergruppe Aue)").as_deref(),
            Some("Jana Kolbe")
        );
        assert_eq!(
            name("Kreistagsabgeordneter Dr. Ole Brandt (Die Linke)").as_deref(),
            Some("Dr. Ole Brandt")
        );
        assert_eq!(
            name("Lena Voss, Mitglied des Kreistages (fraktionslos)").as_deref(),
            Some("Lena Voss")
        );
        assert_eq!(
            name("Dr. Eva Roth, Gemeinderätin (ÖDP)").as_deref(),
            Some("Dr. Eva Roth")
        );
        assert_eq!(name("Ratsmitglied Timo Berg").as_deref(), Some("Timo Berg"));
        assert_eq!(name("Kai Lenz (FDP)").as_deref(), Some("Kai Lenz"));
        // bodies and bare names stay as they are
        assert_eq!(name("Gemeinderat Bad Au"), None);
        assert_eq!(name("SPD-Fraktion im Rat der Stadt Aue"), None);
        assert_eq!(name("Ortschaftsrat Mittelfeld"), None);
        assert_eq!(name("Timo Berg"), None);
        assert_eq!(name("Fraktion Bürger für Aue (BfA)"), None);
        assert_eq!(name("Fraktion Freie Wähler (FW)"), None);
    }

    #[test]
    fn a_member_line_with_function_name_and_affiliation() {
        assert!(is_member_line("Stadtrat Torsten Geißler (fraktionslos)"));
        assert!(is_member_line("Abgeordnete Petra Wiese (FDP)"));
        assert!(!is_member_line("Stadtrat Torsten Geißler"));
        assert!(!is_member_line("Bauamt Ernst Müller (Zimmer 3)"));
        assert!(!is_member_line("Stadtrat der Stadt X (öffentlich)"));
    }

    #[test]
    fn a_member_title_by_its_shape() {
        // Layout family: members' motions and questions whose title is built on their council.
        assert!(is_member_line("Marktgemeinderat Anton Berger (ÖDP)"));
        assert!(is_member_line("Ortschaftsrätin Eva Maier (parteilos)"));
        assert!(is_member_line("Kreistagsmitglied Uwe Kranz (FDP)"));
        assert!(!is_member_line("Ortsbeirat Anton Berger (ÖDP)"));
        assert!(!is_member_line("Gemeinderat Bad Au (öffentlich)"));
    }

    #[test]
    fn joint_groups_file_one_paper() {
        // Layout family: joint motions of several groups under one sender line.
        assert_eq!(
            originator(
                "Fraktionen CDU und FDP im Kreistag Nordland
Landratsamt Nordland
Antrag
",
                Some(DocType::Antrag)
            )
            .as_deref(),
            Some("Fraktionen CDU und FDP im Kreistag Nordland")
        );
        assert!(!is_joint_groups("Alle Fraktionen und Gruppen"));
        assert!(!is_joint_groups("Fraktionen des Rates und der Ausschüsse"));
    }

    #[test]
    fn type_heading_with_adjective_member_or_bare_group() {
        // Layout family: type headings of members' questions and of group motions.
        assert_eq!(
            originator(
                "Kreistag Nordland
Kleine Anfrage
des Kreistagsmitglieds Uwe Kranz (FDP)
Radwege im Kreis
",
                Some(DocType::Anfrage)
            )
            .as_deref(),
            Some("Uwe Kranz")
        );
        assert_eq!(
            originator(
                "Antrag
SPD-Gemeinderatsfraktion Talheim
zur Gemeinderatssitzung am 04.12.2025
",
                Some(DocType::Antrag)
            )
            .as_deref(),
            Some("SPD-Gemeinderatsfraktion Talheim")
        );
    }

    #[test]
    fn a_labelled_group_named_with_its_district_council() {
        // Layout family: key grids of district councils' motions (`Antragsteller: | …`).
        assert_eq!(
            originator(
                "Stadt Talheim                    Antrag Nr. 2026/0042
                 Antragsteller:   SPD-Fraktion in der Bezirksvertretung für den Stadtbezirk IV
                 Datum:           16.02.2026
                 Betreff: Mehr Bänke",
                Some(DocType::Antrag)
            )
            .as_deref(),
            Some("SPD-Fraktion in der Bezirksvertretung für den Stadtbezirk IV")
        );
        // The administration's answer names the asker below: no originator.
        assert_eq!(
            originator(
                "Stadt Talheim
                 Fachbereich Schule
                 Stellungnahme der Verwaltung
                 zur Anfrage Nr. 2026/0050 der SPD-Fraktion
                 Betreff: Schulwege",
                Some(DocType::Stellungnahme)
            ),
            None
        );
    }

    fn originator(text: &str, t: Option<DocType>) -> Option<String> {
        let doc = Doc::from_text(text);
        find(&doc, &Vocabulary::embedded(), doc.lines.len(), t, None)
    }

    #[test]
    fn a_name_ends_at_the_next_columns_contact_or_person_and_a_long_cell_costs_its_length() {
        let v = Vocabulary::embedded();
        assert_eq!(
            without_next_column(
                "Stadträtin Ulrike Haas (parteilos) Frau Hoffmann, Tel. 0215",
                &v
            ),
            "Stadträtin Ulrike Haas (parteilos)"
        );
        assert_eq!(
            without_next_column("Fraktion Volt Tel. 0123 45", &v),
            "Fraktion Volt"
        );
        assert_eq!(without_next_column("Fraktion Volt", &v), "Fraktion Volt");
        // a hostile cell of 200,000 words: once quadratic (every start joined the rest anew)
        let long = "Wort ".repeat(200_000);
        let started = std::time::Instant::now();
        assert_eq!(without_next_column(&long, &v).split(' ').count(), 200_000);
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }

    #[test]
    fn letterhead_sender_line_cut_at_contacts_and_address() {
        assert_eq!(
            originator(
                "CSU-Fraktion im Stadtrat | Tel.: 089 1234 | Fax: 089 5678\nANTRAG\nAn Herrn\n",
                Some(DocType::Antrag)
            )
            .as_deref(),
            Some("CSU-Fraktion im Stadtrat")
        );
        assert_eq!(
            originator(
                "Grüne-Ratsfraktion Seeburg, Markt 1, 12345 Seeburg\nHerrn Oberbürgermeister\n",
                Some(DocType::Anfrage)
            )
            .as_deref(),
            Some("Grüne-Ratsfraktion Seeburg")
        );
    }

    #[test]
    fn the_council_below_a_group_s_sender_line() {
        for (text, want) in [
            (
                "Fraktion Bündnis 90/Die Grünen            Drucksache Nr. 15-1322/2025\n\
                 im Stadtbezirksrat Linden-Limmer          Hannover, 19.05.2025\n\
                 An den\nAntrag\n",
                "Fraktion Bündnis 90/Die Grünen im Stadtbezirksrat Linden-Limmer",
            ),
            (
                "FDP-Fraktion                        Drucksache 2025/091\n\
                 in der Stadtverordnetenversammlung Wolfhagen      Eingang: 04.09.2025\nAnfrage\n",
                "FDP-Fraktion in der Stadtverordnetenversammlung Wolfhagen",
            ),
            (
                "PWG – Parteifreie Wählergemeinschaft X e. V.\nFraktion im Marktgemeinderat\nAntrag\n",
                "PWG – Parteifreie Wählergemeinschaft X e. V. Fraktion im Marktgemeinderat",
            ),
            (
                "CSU-Fraktion im Stadtrat\nim Rathaus, Zimmer 12\nAntrag\n",
                "CSU-Fraktion im Stadtrat",
            ),
        ] {
            assert_eq!(
                originator(text, Some(DocType::Antrag)).as_deref(),
                Some(want),
                "{text}"
            );
        }
    }

    #[test]
    fn a_group_letterhead_with_its_council_or_its_chair() {
        // Layout family: Word headers of group letters (holdout12 x03, x24, x25).
        for (text, want) in [
            (
                "CDU-Fraktion im Stadtrat Seeburg · Vorsitzender Dirk Rabe\nAn den\nStadtrat\nAntrag\n",
                "CDU-Fraktion im Stadtrat Seeburg",
            ),
            (
                "SPD-Fraktion in der Verbandsversammlung des Regionalverbandes Nord\n\
                 Frau Regionaldirektorin          Drucksache Nr. 14/0735\nAnfrage\n",
                "SPD-Fraktion in der Verbandsversammlung des Regionalverbandes Nord",
            ),
        ] {
            assert_eq!(
                originator(text, Some(DocType::Anfrage)).as_deref(),
                Some(want)
            );
        }
        // a sentence naming a group is no sender
        assert_eq!(
            originator(
                "Die Fraktion in der Verbandsversammlung hat beantragt\nAnfrage\n",
                Some(DocType::Anfrage)
            ),
            None
        );
        assert!(!only_joins_lowercase(
            "Die Fraktion hat in der Sitzung beantragt"
        ));
    }

    #[test]
    fn the_asker_named_on_an_answer_is_no_originator() {
        assert_eq!(
            originator(
                "STADT X\nBeantwortung der Anfrage Nr. 031/2025 von Frau\nStadtratsmitglied Steinhöfel\n",
                Some(DocType::Antwort)
            ),
            None
        );
        assert!(names_council_group("Stadtratsmitglied Steinhöfel"));
        assert!(!names_council_group("Ortsbeirat Istha"));
    }

    #[test]
    fn addressees_are_not_senders() {
        assert_eq!(
            originator(
                "Herrn Oberbürgermeister\nAlle Fraktionen des Stadtrates\nAntrag: Mehr Bänke\n",
                Some(DocType::Antrag)
            ),
            None
        );
    }

    #[test]
    fn the_addressee_after_a_type_heading_s_sender_is_cut() {
        // Layout family: motions of Hessian Ortsbeiräte addressed to the council.
        assert_eq!(
            originator(
                "Antrag des Ortsbeirates Petterweil an die Stadtverordnetenversammlung\n\
                 Sanierung des Spielplatzes\n",
                Some(DocType::Antrag)
            )
            .as_deref(),
            Some("Ortsbeirat Petterweil")
        );
    }

    #[test]
    fn type_heading_with_its_sender() {
        assert_eq!(
            originator(
                "Landtag von Musterland\nGesetzentwurf\nder Fraktion der SPD\n",
                Some(DocType::Gesetzentwurf)
            )
            .as_deref(),
            Some("Fraktion der SPD")
        );
        // a cited Antrag with its number names the cited paper's sender
        assert_eq!(
            originator(
                "Zum Beschluss des Rates\nAntrag des Ortsbeirates Nord Nr. 12/2020 vom 1.2.2020\n",
                Some(DocType::Stellungnahme)
            ),
            None
        );
    }

    #[test]
    fn a_type_heading_s_sender_before_the_commented_paper_s_number() {
        // Layout family: opinions of Beiräte whose heading names the Vorlage and its number.
        assert_eq!(
            originator(
                "Ortsamt Seewiesen · für den Beirat Seewiesen\nStellungnahme\n\
                 des Beirates Seewiesen zur Vorlage VL 21/1234 (Deputation für Bau,\n\
                 Sitzung am 03.12.2026)\nRadweg am Deich\n",
                Some(DocType::Stellungnahme)
            )
            .as_deref(),
            Some("Beirat Seewiesen")
        );
    }

    #[test]
    fn residents_and_youth_councils_are_senders() {
        // Layout family: letters of Quartiersräte and Jugendgemeinderäte (vocabulary
        // `department_not`).
        assert_eq!(
            originator(
                "Quartiersrat Lindenhof\nc/o Quartiersmanagement - Musterweg 1 - 10115 Berlin\n\
                 Bezirksamt\nAnfrage\nÖffnung der Sporthalle\n",
                Some(DocType::Anfrage)
            )
            .as_deref(),
            Some("Quartiersrat Lindenhof")
        );
        assert_eq!(
            originator(
                "Jugendgemeinderat Musterdorf\nc/o Rathaus · Hauptstraße 1 · 70000 Musterdorf\n\
                 Antrag nach § 41a GemO\nJugendtreff am Sportplatz\n",
                Some(DocType::Antrag)
            )
            .as_deref(),
            Some("Jugendgemeinderat Musterdorf")
        );
    }

    #[test]
    fn signature_after_the_closing() {
        let text = "Stellungnahme zur Haushaltskonsolidierung\nSehr geehrte Damen und Herren,\n\
                    wir lehnen die Kürzungen ab.\nHerzliche Grüße,\n\
                    Erika Muster für den Stadtteilbeirat Nordstadt\n";
        assert_eq!(
            originator(text, Some(DocType::Stellungnahme)).as_deref(),
            Some("Stadtteilbeirat Nordstadt")
        );
        let text = "Antrag\nMit freundlichen Grüßen\ngez. A. B.\nSPD-Fraktionsvorsitzende\n";
        assert_eq!(originator(text, Some(DocType::Antrag)), None);
    }

    #[test]
    fn administration_papers_and_meetings_have_none() {
        let text = "Stadtteilbeirat Nordstadt\nEinladung\n";
        assert_eq!(originator(text, Some(DocType::Einladung)), None);
        assert_eq!(originator(text, Some(DocType::Beschlussvorlage)), None);
        assert_eq!(
            originator(text, Some(DocType::Schreiben)).as_deref(),
            Some("Stadtteilbeirat Nordstadt")
        );
    }

    #[test]
    fn party_over_group_office_lines_and_members() {
        let text = "BÜNDNIS 90/DIE GRÜNEN\nKreistagsfraktion Nordkreis\n\nHerrn Landrat\n";
        assert_eq!(
            originator(text, Some(DocType::Anfrage)).as_deref(),
            Some("BÜNDNIS 90/DIE GRÜNEN Kreistagsfraktion Nordkreis")
        );
        let text = "FREIE WÄHLER                                  Fraktionsgeschäftsstelle\nFraktion im Gemeinderat Seeburg              Markt 7 · 12345 Seeburg\n\nHerrn Oberbürgermeister\n";
        assert_eq!(
            originator(text, Some(DocType::Antrag)).as_deref(),
            Some("FREIE WÄHLER Fraktion im Gemeinderat Seeburg")
        );
        let text =
            "Erika Muster\nGemeindevertreterin (fraktionslos)\nMarkt 7\n\nAn die Vorsitzende\n";
        assert_eq!(
            originator(text, Some(DocType::Antrag)).as_deref(),
            Some("Erika Muster")
        );
        let text = "Stadt Seeburg\nDrucksache 1/2024/1\n\nStellungnahme des Ortschaftsrates Nord zur Drucksache Nr.\n";
        assert_eq!(
            originator(text, Some(DocType::Stellungnahme)).as_deref(),
            Some("Ortschaftsrat Nord")
        );
    }

    #[test]
    fn member_letterheads_and_groups_named_beside_their_kind() {
        // Layout family: letterheads of single members, name over membership or title.
        let text = "Erika Muster\nMitglied des Gemeinderates (Freie Liste)\nAm Hang 5\n\nGemeinde Seeburg\nDer Bürgermeister\n";
        assert_eq!(
            originator(text, Some(DocType::Anfrage)).as_deref(),
            Some("Erika Muster")
        );
        let text = "Dr. Jana Beispiel\nGemeinderätin (ÖDP)\nAm Hang 5\n\nAn den Bürgermeister\n";
        assert_eq!(
            originator(text, Some(DocType::Antrag)).as_deref(),
            Some("Dr. Jana Beispiel")
        );
        let text = "Dr. Jana Beispiel (ÖDP) · Kreisrätin · Am Hang 5 · 12345 Seeburg\n\nLandratsamt Seeburg\n";
        assert_eq!(
            originator(text, Some(DocType::Anfrage)).as_deref(),
            Some("Dr. Jana Beispiel")
        );
        // Layout family: group letterheads, the name before its kind on one line.
        let text = "BUNTE LISTE · Fraktion im Gemeinderat Seeburg\n\nHerrn Bürgermeister\n";
        assert_eq!(
            originator(text, Some(DocType::Antrag)).as_deref(),
            Some("Fraktion BUNTE LISTE")
        );
        let text = "Bürgerliste Seeburg · Kreistagsfraktion im Landkreis Nord\n\nHerrn Landrat\n";
        assert_eq!(
            originator(text, Some(DocType::Antrag)).as_deref(),
            Some("Kreistagsfraktion Bürgerliste Seeburg")
        );
        // A dash joins the name as printed (`SSW und FDP – Gruppe im Kreistag X`).
        let text = "Bürgerliste Seeburg – Gruppe im Kreistag Nord\n\nHerrn Landrat\n";
        assert_eq!(
            originator(text, Some(DocType::Antrag)).as_deref(),
            Some("Bürgerliste Seeburg – Gruppe im Kreistag Nord")
        );
        // ... and the name over its kind on two lines.
        let text =
            "Bunte Liste Seeburg\nFraktion im Marktgemeinderat\n\nAn den Ersten Bürgermeister\n";
        assert_eq!(
            originator(text, Some(DocType::Antrag)).as_deref(),
            Some("Bunte Liste Seeburg Fraktion im Marktgemeinderat")
        );
        // An authority's name with a body word in its place name is no outside body.
        let text = "ZWECKVERBAND WIESENGRUPPE NORD\nWasserversorgung\n\nAn die Mitglieder\n";
        assert_eq!(originator(text, Some(DocType::Schreiben)), None);
        // A Beratungsfolge under the letterhead names sessions, not the sender.
        let text = "Stadt Seeburg            Drucksache 16/2201/1\nDer Oberbürgermeister\nFachdienst 3.32\nBeratungsfolge           Datum         Status\nBezirksvertretung Mitte  04.12.2025    Ö\n";
        assert_eq!(originator(text, Some(DocType::Antwort)), None);
        // A town over its mayor is no member's letterhead.
        let text = "Stadt Seeburg\nStadtrat\n\nAntwort\n";
        assert_eq!(originator(text, Some(DocType::Antwort)), None);
    }

    #[test]
    fn labelled_originator() {
        assert_eq!(
            originator(
                "Fragestellerin:   Erika Muster, Mitglied des Gemeinderates (FWG)\nBetreff: Bänke\n",
                Some(DocType::Anfrage)
            )
            .as_deref(),
            Some("Erika Muster")
        );
        assert_eq!(
            originator(
                "Antragsteller:   Ratsmitglied Erika Muster (Die PARTEI)\nBetreff: Bänke\n",
                Some(DocType::Antrag)
            )
            .as_deref(),
            Some("Erika Muster")
        );
    }
}
