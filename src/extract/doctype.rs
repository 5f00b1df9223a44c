//! The document type: a cell of the header block that names a type from the vocabulary
//! (`Beschlussvorlage`, `Vorlage zur Kenntnisnahme`, `Große Anfrage`, `Antrag vom 3.4.2020`),
//! else the type a number label implies (`Sitzungsvorlagen-Nr.`), else the type a letter asks
//! for in the first person (`wir bitten Sie, folgende Anfrage auf die Tagesordnung zu setzen`).

use super::doc::Doc;
use super::drucksache::number_from_value;
use super::labeled::find_labeled;
use super::text::captures_within;
use crate::fold::Folded;
use crate::fold::alnum as fold_alnum;
use crate::record::DocType;
use crate::record::drucksache::{is_capital_code, is_slashed_number};
use crate::vocab::{LabelSet, Labels, Printed, Vocabulary};
use regex::Regex;
use std::sync::LazyLock;

/// The type as printed (when printed) and the canonical type.
pub(crate) fn find(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
) -> (Option<String>, Option<DocType>) {
    match printed(doc, vocab, header_end) {
        Some((printed, canon)) => {
            let canon = answering(doc, vocab, header_end, canon);
            (Some(printed), Some(canon))
        }
        None => (
            None,
            answering_heading(doc)
                .or_else(|| from_number_label(doc, vocab, header_end))
                .or_else(|| vorlage_with_proposal(doc, header_end))
                .or_else(|| {
                    // the type the opening of page 1 names, else a plain letter's
                    let opening = doc.opening(REQUEST_WINDOW);
                    signal(&opening).or_else(|| plain_letter(doc, vocab, &opening))
                }),
        ),
    }
}

/// Headings of a proposed decision, which only a Beschlussvorlage carries.
const PROPOSAL_HEADINGS: [&str; 3] = ["Beschlussvorschlag", "Beschlussentwurf", "Beschlussantrag"];

/// A paper that prints only a generic paper word as its type — `Vorlage` or `Drucksache`, in a
/// cell of its own, alone, with its number (`Vorlage Nr. 106/2025`, `Drucksache № 045/2024`) or
/// with its addressee (`Vorlage an die Verbandsversammlung`, `Vorlage für den Aufsichtsrat`;
/// layout family: papers of Zweckverbände and municipal companies to their board).
static GENERIC_PAPER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Vorlage|Drucksache)(?:\s+(?:(?:Nr\.?|No\.?|№|Nummer)\s*)?(?:\p{Lu}{1,4}\s)?\S*[0-9]\S*|\s+(?:an|für)\s+(?:den|die|das)\s+\p{Lu}\p{L}+(?:\s+\p{L}+)?)?$",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// True for a cell that prints only a generic paper word as the type ([`GENERIC_PAPER`]); the
/// pattern opens with the word (case-sensitive), so other cells neither compile nor run it.
pub(super) fn is_generic_paper(t: &str) -> bool {
    let t = t.trim();
    (t.starts_with("Vorlage") || t.starts_with("Drucksache")) && GENERIC_PAPER.is_match(t)
}

/// True for a heading of a proposed decision on a line of its own: `Beschlussvorschlag:`,
/// `I. Beschlussantrag`, `Beschlussvorschlag der Verwaltung`; `Beschluss:` only where the paper
/// prints a generic paper word (`with_beschluss`: a Braunschweig-style Vorlage heads its proposal
/// `Beschluss:`, a minute's extract heads the decision taken so).
fn is_proposal_heading(t: &str, with_beschluss: bool) -> bool {
    let t = t.trim().trim_end_matches(':').trim();
    let mut words = t.split_whitespace().peekable();
    // an enumerated heading (`I. Beschlussantrag`, `1. Beschlussvorschlag`)
    if words.peek().is_some_and(|w| super::text::is_enumerator(w)) {
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    let Some((first, tail)) = rest.split_first() else {
        return false;
    };
    // a run-in heading, its colon and the proposal on one line (`Beschlussvorschlag: Die
    // Verbandsversammlung beschließt …`; layout family: Vorlagen of Zweckverbände printing a
    // generic `Vorlage VV 2031/12`), where the paper prints a generic paper word
    let run_in = with_beschluss && first.ends_with(':') && !tail.is_empty();
    let first = first.trim_end_matches(':');
    let heading = PROPOSAL_HEADINGS.contains(&first) || (with_beschluss && first == "Beschluss");
    heading
        && (tail.is_empty() || tail == ["der", "Verwaltung"] || (run_in && first != "Beschluss"))
}

/// A Vorlage that prints only a generic paper word as its type ([`GENERIC_PAPER`]) and proposes
/// a decision under a heading of its own on pages 1–2 (layout family: SessionNet and
/// ALLRIS prints, `Vorlage` over `2025/0143` and `Beschlussvorschlag:`; Landschafts- and
/// Regionalverbände, `Vorlage Nr. 16/0123`, `Drucksache PlA 11/2025`; Baden-Württemberg towns,
/// `Drucksache № 045/2024` and `I. Beschlussantrag`): a Beschlussvorlage. Without the heading it
/// names no type.
fn vorlage_with_proposal(doc: &Doc, header_end: usize) -> Option<DocType> {
    let first_page = doc.page_one().count();
    let header = header_end.max(first_page.min(30)).min(doc.lines.len());
    let vorlage = doc
        .lines
        .iter()
        .take(header)
        .any(|l| l.cells.iter().any(|c| is_generic_paper(&c.text)));
    let proposal = doc
        .lines
        .iter()
        .take_while(|l| l.page <= 2)
        .any(|l| l.cells.len() == 1 && is_proposal_heading(&l.text, vorlage));
    (vorlage && proposal).then_some(DocType::Beschlussvorlage)
}

/// An Antwort that prints the type of what it answers: the subject line of an answer letter
/// (`Anfrage Nr. AF0455/24 – …` over `Ihre Anfrage … beantworte ich wie folgt`, or a letter's
/// subject `Ihre Anfrage vom 29.10.2025` alone), or a `Mitteilung des Senats` whose header says
/// it is the `Antwort des Senats auf die Kleine Anfrage …`. An Anfrage never answers itself; a
/// Mitteilung is an Antwort only when its header says so or its opening answers (`Zur Anfrage
/// … nimmt die Verwaltung wie folgt Stellung`); a Stellungnahme is an Antwort when its header
/// names the Anfrage it is on (`Stellungnahme der Verwaltung` / `zur Anfrage der Fraktion …`;
/// layout family: NRW towns' answers filed as the administration's Stellungnahme).
fn answering(doc: &Doc, vocab: &Vocabulary, header_end: usize, canon: DocType) -> DocType {
    let end = header_end.max(1).min(doc.lines.len());
    // a subject label before the line's words (`Betreff: Beantwortung der Anfrage …`; layout
    // family: information papers of Sachsen-Anhalt towns answering a council member's question)
    let subject = vocab.labels(LabelSet::Title);
    let header_answers = |is: fn(&str) -> bool| {
        doc.lines.iter().take(end).any(|l| {
            let t = l.text.trim();
            is(t) || subject.strip(t).is_some_and(|(rest, _)| is(rest.trim()))
        })
    };
    let answers = match canon {
        DocType::Anfrage => {
            signal(&doc.opening(REQUEST_WINDOW)) == Some(DocType::Antwort)
                || header_answers(is_answering_title)
        }
        DocType::Mitteilungsvorlage => {
            header_answers(is_answering_title)
                || signal(&doc.opening(REQUEST_WINDOW)) == Some(DocType::Antwort)
        }
        DocType::Stellungnahme => header_answers(is_on_an_anfrage),
        _ => false,
    };
    if answers { DocType::Antwort } else { canon }
}

/// A header line naming the Anfrage an opinion is on (`zur Anfrage der Fraktion X vom …`, `auf
/// die Kleine Anfrage Nr. 12/2026`).
static ON_AN_ANFRAGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:zur|zu\s+der|auf\s+die)\s+(?:kleinen?\s+|gro(?:ß|ss)en?\s+|schriftlichen?\s+|mündlichen?\s+)?anfrage\b",
    )
    .unwrap_or_else(|_| super::text::never())
});

/// True for a header line naming the Anfrage an opinion is on ([`ON_AN_ANFRAGE`]); the words
/// every match holds are looked for first (see [`Folded`]).
fn is_on_an_anfrage(t: &str) -> bool {
    let f = Folded::new(t);
    f.opens_with_any(&["zur", "zu der", "auf die"]) && f.has("anfrage") && ON_AN_ANFRAGE.is_match(t)
}

/// A first-person request that names what it files, or an invitation to a session: `wir bitten Sie, folgende Anfrage …`,
/// `stelle ich folgenden Antrag`, `bitten wir um Beantwortung folgender Fragen`, `Wir fragen den
/// Senat:`, `Wir beantragen:` (the letters of Fraktionen and members that print no type).
/// Third-person wordings (`die Fraktion bittet um Beantwortung …`) are left alone: an Antwort or
/// Stellungnahme quotes them.
static REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    let who = r"(?:(?:bitten|stellen|richten|reichen)\s+wir|wir\s+(?:bitten|stellen|richten|reichen)|(?:bitte|stelle|richte|reiche)\s+ich|ich\s+(?:bitte|stelle|richte|reiche))";
    let anfrage = r"(?:folgende\s+(?:kleine\s+|gro(?:ß|ss)e\s+|schriftliche\s+|mündliche\s+|aktuelle\s+)?anfrage\b|(?:um\s+)?(?:die\s+)?beantwortung\s+(?:der\s+)?folgende[nr]?\s+fragen?\b)";
    let antrag = r"folgenden\s+(?:dringlichkeits)?antrag\b";
    // `Wir fragen den Senat:`, `Ich frage die Verwaltung:`; `wir beantragen:`, `beantragt die
    // Fraktion` is third person and left alone.
    let asks =
        r"\b(?:wir\s+fragen|fragen\s+wir|ich\s+frage|frage\s+ich)\s+(?:den|die|das)\s+\p{L}+";
    let applies = r"\b(?:wir\s+beantragen|beantragen\s+wir|ich\s+beantrage|beantrage\s+ich)\b";
    Regex::new(&format!(
        r"(?i)(?:\b{who}\b(?P<gap>[^.:;]*?)(?:(?P<anfrage>{anfrage})|(?P<antrag>{antrag}))|(?P<asks>{asks})|(?P<applies>{applies}))"
    ))
    .unwrap_or_else(|e| panic!("request pattern: {e}"))
});

/// A sentence that answers (`Ihre Anfrage … beantworte ich wie folgt`, `Der Senat beantwortet
/// die Kleine Anfrage wie folgt`, `… wird wie folgt beantwortet`, `zu Ihren Fragen nehmen wir
/// wie folgt Stellung`) or states an opinion (`Der Stadtteilbeirat nimmt hierzu wie folgt
/// Stellung`); an opinion on questions is an answer.
static STATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?P<answer>beantworte[nt]?\b(?P<agap>[^.:;?]*?)\bwie\s+folgt|wie\s+folgt\s+beantworte[nt]?\b)|\b(?P<opinion>(?:nimmt|nehmen|nehme)\b(?P<ogap>[^.:;?]*?)\bwie\s+folgt\s+stellung)\b",
    )
    .unwrap_or_else(|e| panic!("statement pattern: {e}"))
});

/// An answer to questions put to the administration (`zu Ihren Fragen teilen wir Folgendes mit`,
/// `auf Ihre Anfrage teile ich Ihnen Folgendes mit`).
static INFORMS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:zu|auf)\s+(?:Ihren|Ihre|deine|die)\s+(?:Fragen|Anfrage)\s+teilen?\s+(?:wir|ich)\s+(?:Ihnen\s+|dir\s+)?folgendes\s+mit\b",
    )
    .unwrap_or_else(|e| panic!("informs pattern: {e}"))
});

/// Questions in the sentence of an opinion make it an answer.
static QUESTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:anfrage|fragen?|fragestellung)\b")
        .unwrap_or_else(|e| panic!("questions pattern: {e}"))
});

/// An invitation to a session (`ich lade Sie hiermit zur nächsten Sitzung … ein`, `Der
/// Vorsitzende lädt zur 3. Sitzung des Beirats ein`).
static INVITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:lade|laden|lädt)\b(?P<to>[^.:;]*?)\bzu[rm]?\s+(?:[\p{L}\d.]+\s+){0,3}?sitzung\b(?P<end>[^.:;]*?)\bein\b")
        .unwrap_or_else(|e| panic!("invitation pattern: {e}"))
});

/// A title that says it answers an Anfrage (`Beantwortung der Anfrage Nr. 07/2024 …`, `Antwort
/// der Verwaltung auf die Kleine Anfrage …`).
static ANSWERING_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let kind = r"(?:kleinen?\s+|gro(?:ß|ss)en?\s+|schriftlichen?\s+|mündlichen?\s+)?";
    Regex::new(&format!(
        r"(?i)^(?:beantwortung\s+(?:der|einer|ihrer)\s+{kind}anfrage|antwort\s+(?:der\s+verwaltung\s+|des\s+\p{{L}}+\s+)?auf\s+(?:die|ihre|eine)\s+{kind}anfrage|ihre\s+{kind}anfrage\s+(?:\S*\d\S*\s+)?vom\b)\b"
    ))
    .unwrap_or_else(|e| panic!("answering title pattern: {e}"))
});

/// True for a title that says it answers an Anfrage ([`ANSWERING_TITLE`]); the words every
/// match holds are looked for first (see [`Folded`]).
fn is_answering_title(t: &str) -> bool {
    let f = Folded::new(t);
    f.opens_with_any(&["beantwortung", "antwort", "ihre"])
        && f.has("anfrage")
        && ANSWERING_TITLE.is_match(t)
}

/// An answer whose heading says it answers (`Beantwortung Ihrer Anfrage in der Sitzung … vom …`
/// over the subject; layout family: answer letters of Zweckverbände and Ämter to their members,
/// which print no type of their own): the heading, one of the first lines of page 1.
fn answering_heading(doc: &Doc) -> Option<DocType> {
    doc.page_one()
        .filter(|l| !l.furniture)
        .take(GREETING_LINES)
        .any(|l| {
            l.cells
                .first()
                .is_some_and(|c| is_answering_title(c.text.trim()))
        })
        .then_some(DocType::Antwort)
}

/// The type a title names when none is printed: an answer to an Anfrage.
pub(crate) fn from_title(title: Option<&str>) -> Option<DocType> {
    title
        .filter(|t| is_answering_title(t.trim()))
        .map(|_| DocType::Antwort)
}

/// True when `text` opens with a printed type (`Antrag`, `Stellungnahme der Verwaltung`,
/// `Anfrage in der Fragestunde …`).
pub(crate) fn opens_with_type(text: &str, vocab: &Vocabulary) -> bool {
    let types = &vocab.doc_types;
    match_type(text, types, true, &Labels::EMPTY).is_some()
        || match_type(text, types, false, &Labels::EMPTY).is_some()
        || cites_by_number(text)
}

/// Characters of the first page read for a request.
const REQUEST_WINDOW: usize = 4000;

/// The type the earliest of these names in `text`: an invitation to a session, an answering or
/// opinion sentence, a first-person request. The earliest wins: a Stadtteilbeirat's opinion
/// that opens `nimmt hierzu wie folgt Stellung` may later `beantragen` something.
fn signal(text: &str) -> Option<DocType> {
    let mut found: Vec<(usize, DocType)> = Vec::new();
    // Each pattern runs only where the text holds the words every match of it holds (see
    // `Folded`): most openings hold none, and then the patterns are not even compiled.
    let words = Folded::new(text);
    // Each window is a number of characters (see `captures_within`).
    if let Some(m) = (words.has_any(&["lade", "lädt"]) && words.has("sitzung"))
        .then(|| captures_within(&INVITATION, text, &[("to", 60), ("end", 120)]))
        .flatten()
        .and_then(|c| c.get(0))
    {
        found.push((m.start(), DocType::Einladung));
    }
    if let Some(m) = (words.has("teile") && words.has("folgendes mit"))
        .then(|| INFORMS.find(text))
        .flatten()
    {
        found.push((m.start(), DocType::Antwort));
    }
    if let Some(c) = words
        .has("wie folgt")
        .then(|| captures_within(&STATES, text, &[("agap", 80), ("ogap", 80)]))
        .flatten()
    {
        if let Some(m) = c.name("answer") {
            found.push((m.start(), DocType::Antwort));
        } else if let Some(m) = c.name("opinion") {
            // The sentence the opinion is stated in, from its start.
            // (a period ends a sentence only before a space: not a date's `08.10.2026`)
            let start = text
                .get(..m.start())
                .and_then(|before| {
                    before
                        .char_indices()
                        .zip(before.chars().skip(1).map(Some).chain([None]))
                        .filter(|((_, c), next)| {
                            matches!(c, ':' | ';' | '?' | '!')
                                || (*c == '.' && next.is_none_or(char::is_whitespace))
                        })
                        .map(|((i, c), _)| i + c.len_utf8())
                        .last()
                })
                .unwrap_or(0);
            let sentence = text.get(start..m.end()).unwrap_or_default();
            let t = if QUESTIONS.is_match(sentence) {
                DocType::Antwort
            } else {
                DocType::Stellungnahme
            };
            found.push((m.start(), t));
        }
    }
    let request = (words.has_any(&["bitte", "stelle", "richte", "reiche"])
        && words.has("folgende"))
        || words.has_any(&[
            "wir fragen",
            "fragen wir",
            "ich frage",
            "frage ich",
            "wir beantragen",
            "beantragen wir",
            "ich beantrage",
            "beantrage ich",
        ]);
    if let Some(c) = request
        .then(|| captures_within(&REQUEST, text, &[("gap", 100)]))
        .flatten()
    {
        let anfrage = c.name("anfrage").or_else(|| c.name("asks"));
        let antrag = c.name("antrag").or_else(|| c.name("applies"));
        if let Some(m) = anfrage {
            found.push((m.start(), DocType::Anfrage));
        } else if let Some(m) = antrag {
            found.push((m.start(), DocType::Antrag));
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at).map(|(_, t)| t)
}

/// Characters of the opening a plain letter is read in: questions or the words of an Antrag or
/// Anfrage there give it another character.
static OTHER_CHARACTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\?|\bbeantrag|\bantrag\b|\banfrage\b|\bstellungnahme\b|\btagesordnung\b")
        .unwrap_or_else(|e| panic!("character pattern: {e}"))
});

/// A letter that names no type: a greeting (`Sehr geehrter Herr Oberbürgermeister,`) among the
/// first lines of page 1, a closing (`Mit freundlichen Grüßen`) further down, and neither a
/// question nor an Antrag, Anfrage, Stellungnahme or agenda in what it says — a **Schreiben**
/// (a Beirat's letter to the mayor, an audit office's letter to an office).
/// `opening` is [`Doc::opening`] of page 1.
fn plain_letter(doc: &Doc, vocab: &Vocabulary, opening: &str) -> Option<DocType> {
    let salutations = vocab.labels(LabelSet::Salutations);
    let closings = vocab.labels(LabelSet::Closings);
    let greeting = doc
        .lines
        .iter()
        .filter(|l| l.page == 1 && !l.furniture)
        .take(GREETING_LINES)
        .position(|l| salutations.starts(&l.text))?;
    let closes = doc
        .lines
        .iter()
        .filter(|l| l.page <= 2)
        .skip(greeting)
        .any(|l| closings.starts(&l.text));
    let other =
        Folded::new(opening).has_any(&["?", "antrag", "anfrage", "stellungnahme", "tagesordnung"])
            && OTHER_CHARACTER.is_match(opening);
    (closes && !other).then_some(DocType::Schreiben)
}

/// Lines of page 1 in which a letter's greeting stands.
const GREETING_LINES: usize = 30;

/// Words that may follow a printed type in the same cell.
const TRAILERS: [&str; 22] = [
    "vom",
    // `Anfrage eines Stadtratsmitglieds`, `Antrag einer Fraktion`: the filer in the genitive
    "eines",
    "einer",
    // `Niederschrift über die 14. Sitzung …`, `Antrag auf Aufnahme eines Tagesordnungspunktes`
    "über",
    "auf",
    "in",
    "im",
    "zu",
    "zum",
    "nr",
    "gemäß",
    "gem",
    "der",
    "des",
    "zur",
    "für",
    "an",
    "nach",
    "öffentlich",
    "nichtöffentlich",
    "nicht",
    "",
];

/// The printed type (as printed) and its canonical type.
fn printed(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<(String, DocType)> {
    let types = &vocab.doc_types;
    // `Vorlagenart: Beschlussvorlage`
    let type_labels = vocab.labels(LabelSet::DocType);
    let pitch = doc.line_pitch();
    let end = header_end.max(1).min(doc.lines.len());
    for found in find_labeled(doc, type_labels, 0..end, pitch) {
        if let Some(hit) = match_type(&found.value, types, false, &Labels::EMPTY)
            .or_else(|| match_type(&found.value, types, true, &Labels::EMPTY))
        {
            return Some(hit);
        }
    }
    let followers = Labels::union(&[
        vocab.labels(LabelSet::Department),
        vocab.labels(LabelSet::Drucksache),
        vocab.labels(LabelSet::Date),
    ]);
    let first_page_end = doc
        .lines
        .iter()
        .position(|l| l.page > 1)
        .unwrap_or(doc.lines.len());
    let limit = header_end.max(first_page_end.min(40)).min(doc.lines.len());
    // Exact cells first, then cells that start with a type and continue with a trailer word.
    for strict in [true, false] {
        for (i, line) in doc.lines.iter().enumerate().take(limit) {
            // A type printed in the running header of every page still names the document,
            // but only as a whole cell.
            if line.furniture && !strict {
                continue;
            }
            // A type word that ends a line wrapped after a dash is that line's tail, not the
            // paper's type (layout family: minutes and agendas whose items wrap, `TOP 4 Umbau
            // der Haltestelle (Drucksache M 2026/175) -` / `Information`).
            if continues_a_dashed_line(doc, i) || continues_a_sentence(doc, i) {
                continue;
            }
            for cell in &line.cells {
                if let Some(hit) = match_type(&cell.text, types, strict, &followers) {
                    return Some(hit);
                }
                // A type wrapped over two lines (`Vorlage zur` / `Kenntnisnahme`).
                if strict
                    && let Some(next) = doc.lines.get(i + 1)
                    && let Some(below) = next.cells.iter().find(|b| (b.x0 - cell.x0).abs() < 8.0)
                {
                    let joined = format!("{} {}", cell.text, below.text);
                    if let Some(hit) = match_type(&joined, types, true, &followers) {
                        return Some(hit);
                    }
                }
            }
        }
    }
    // A summary sheet's heading names the paper it summarises (`Kurzübersicht zur
    // Beschlussvorlage`, `Kurzinformation zur beiliegenden Bekanntgabe`).
    doc.lines
        .iter()
        .take(limit)
        .flat_map(|l| l.cells.iter())
        .find_map(|c| summarised_type(&c.text, types))
        .or_else(|| subject_typed(doc, vocab, limit))
}

/// True when line `i` goes on with a sentence of running text the line above broke after an
/// article (`Die Verwaltung wird dazu eine` / `Beschlussvorlage für die Haushaltsberatungen
/// vorbereiten.`; layout family: letters and answers that print no section heading, so that
/// their body counts as header): a type word opening such a line is the sentence's object, not
/// the paper's type. The line above is one cell of four words or more.
fn continues_a_sentence(doc: &Doc, i: usize) -> bool {
    let Some(above) = i.checked_sub(1).and_then(|k| doc.lines.get(k)) else {
        return false;
    };
    let same_page = doc.lines.get(i).is_some_and(|l| l.page == above.page);
    let words: Vec<&str> = above.text.split_whitespace().collect();
    same_page
        && above.cells.len() == 1
        && words.len() >= 4
        && words.last().is_some_and(|w| {
            matches!(
                *w,
                "eine"
                    | "einer"
                    | "einen"
                    | "ein"
                    | "die"
                    | "der"
                    | "den"
                    | "dem"
                    | "das"
                    | "diese"
                    | "dieser"
                    | "diesen"
            )
        })
}

/// True when line `i` continues the line above it, which ends on a dash (see [`printed`]).
fn continues_a_dashed_line(doc: &Doc, i: usize) -> bool {
    let Some(above) = i.checked_sub(1).and_then(|k| doc.lines.get(k)) else {
        return false;
    };
    let is_dash = |w: &str| matches!(w, "-" | "–");
    // a dash closing a pair is no wrap (`– im Hause –`, `Drucksache - 0815/XXI -`)
    let dashes = above.text.split_whitespace().filter(|w| is_dash(w)).count();
    doc.lines.get(i).is_some_and(|l| l.page == above.page)
        && above.text.split_whitespace().last().is_some_and(is_dash)
        && dashes % 2 == 1
}

/// The type a subject label's value opens with before a dash or colon (`Betreff: Antrag –
/// Kommunales Förderprogramm …`, `Betreff: Anfrage: Radwege …`; layout family: motion and
/// question letters of Fraktionen that print their type only in the subject line).
fn subject_typed(doc: &Doc, vocab: &Vocabulary, limit: usize) -> Option<(String, DocType)> {
    let labels = vocab.labels(LabelSet::Title);
    doc.lines
        .iter()
        .take(limit)
        .filter(|l| l.page == 1)
        .filter_map(|l| l.cells.first())
        .find_map(|c| {
            let (rest, _) = labels.strip(&c.text)?;
            let rest = rest.trim();
            // a dash as printed or as a hyphen between spaces (PostScript and typewriter prints)
            // the first of the separators: a hyphen only where no dash or colon was printed
            let (head, tail) = rest
                .split_once(" – ")
                .or_else(|| rest.split_once(": "))
                .or_else(|| rest.split_once(" - "))?;
            if tail.split_whitespace().count() < 2 {
                return None;
            }
            match_type(head, &vocab.doc_types, true, &Labels::EMPTY).or_else(|| {
                // the type with its procedure (`Antrag gem. § 3 GeschO – …`)
                let words: Vec<&str> = head.split_whitespace().collect();
                let (first, procedure) = words.split_first()?;
                names_only_procedure(procedure)
                    .then(|| match_type(first, &vocab.doc_types, true, &Labels::EMPTY))
                    .flatten()
            })
        })
}

/// Words of a motion's or question's procedure: the rule it is filed under (`gem. § 3 GeschO`,
/// `nach § 24 Abs. 1 GO`) or the session it is filed for (`zur Sitzung am 29.10.2031`).
const PROCEDURE_WORDS: [&str; 21] = [
    "gem.", "gemäß", "nach", "i.V.m.", "§", "§§", "Abs.", "Satz", "Nr.", "zur", "für", "die",
    "der", "des", "Sitzung", "am", "vom", "den", "dem", "und", "im",
];

/// True when the words after a paper's type name only its procedure (layout family: Anträge and
/// Anfragen of Fraktionen and members whose subject line opens `Antrag gem. § 3 GeschO –`,
/// `Anfrage nach § 17 GeschO –`, `Antrag zur Sitzung am 29.10.2031 –`): procedure words
/// ([`PROCEDURE_WORDS`]), numbers and dates, a rule's abbreviation (`GeschO`, `NKomVG`, `GO`),
/// with a `§` or a `Sitzung` among them. No filer (`der Fraktion X`), no cited paper.
pub(super) fn names_only_procedure(words: &[&str]) -> bool {
    let rule_abbreviation = |w: &str| {
        w.chars().count() <= 8
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).any(char::is_uppercase)
            && w.chars().all(char::is_alphabetic)
    };
    !words.is_empty()
        && words.iter().all(|w| {
            PROCEDURE_WORDS.contains(w)
                || w.chars().any(|c| c.is_ascii_digit())
                || rule_abbreviation(w)
        })
        && words.iter().any(|w| *w == "§" || *w == "Sitzung")
}

/// Words of a summary sheet's heading (`Kurzübersicht zur …`).
const SUMMARY_WORDS: [&str; 4] = [
    "kurzübersicht",
    "kurzinformation",
    "kurzfassung",
    "deckblatt",
];

/// The type a summary sheet's heading names: `Kurzübersicht zur (beiliegenden) Beschlussvorlage`.
fn summarised_type(text: &str, types: &[Printed<DocType>]) -> Option<(String, DocType)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    if !SUMMARY_WORDS.contains(&first.as_str())
        || !words.get(1).is_some_and(|w| matches!(*w, "zur" | "zum"))
        || words.len() > 4
    {
        return None;
    }
    let last = fold_alnum(words.last()?);
    let t = types.iter().find(|t| t.alnum == last)?;
    Some((words.last()?.to_string(), t.value))
}

/// The type implied by the number label (`Sitzungsvorlagen-Nr.` → Beschlussvorlage,
/// `Antrag Nr.` → Antrag) when no type is printed on its own.
fn from_number_label(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<DocType> {
    let types = &vocab.doc_types;
    let labels = vocab.labels(LabelSet::Drucksache);
    for line in doc
        .lines
        .iter()
        .take(header_end.max(1))
        .filter(|l| l.page == 1 && l.cells.len() <= 2)
    {
        for cell in &line.cells {
            let Some((rest, _)) = labels.strip(&cell.text) else {
                continue;
            };
            if number_from_value(rest, vocab).is_none() {
                continue;
            }
            let f = fold_alnum(&cell.text);
            if let Some(t) = types.iter().find(|p| f.starts_with(&p.alnum)) {
                return Some(t.value);
            }
        }
    }
    None
}

/// True for a capitalised adjective or ordinal that may precede a type word (`Zweite`,
/// `Erneute`, `Ergänzende`, `Gemeinsamer`): a word of letters ending in `e`, `er` or `es`.
fn is_qualifier(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphabetic)
        && w.chars().count() >= 4
        && (w.ends_with('e') || w.ends_with("er") || w.ends_with("es"))
}

/// True when a sender is named between the type and `Nr.` + number (`Antrag des Beirats
/// Nr. 266/2019`): the number is that of a cited paper. Directly after the type
/// (`Kleine Anfrage Nr. 12/2023`) it is the paper's own; after a preposition that names the
/// subject (`Stellungnahme des Beirats zum Bebauungsplan Nr. 199`) it is the subject's.
fn cites_by_number(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    let Some(nr) = words.windows(2).position(|w| {
        matches!(w, [nr, n] if nr.trim_end_matches('.').eq_ignore_ascii_case("nr")
            && n.chars().next().is_some_and(|c| c.is_ascii_digit()))
    }) else {
        return false;
    };
    words.get(1..nr).is_some_and(|between| {
        between
            .iter()
            .any(|w| matches!(*w, "des" | "der" | "von" | "vom"))
            && !between.iter().any(|w| {
                matches!(
                    w.to_lowercase().trim_end_matches([',', '.']),
                    "zu" | "zum" | "zur" | "für" | "über" | "auf" | "gegen" | "betreffend" | "betr"
                )
            })
    })
}

/// Match a cell against the printed types; when not `strict`, a type may be followed by a
/// trailer word (`vom`, `Nr.`) or by another header label glued into the same cell.
fn match_type(
    text: &str,
    types: &[Printed<DocType>],
    strict: bool,
    followers: &Labels,
) -> Option<(String, DocType)> {
    let t = text.trim().trim_end_matches(':').trim();
    // `Antrag des Ortsbeirates Nr. 118/2020 vom …`: a type with a number after `Nr.` names a
    // cited paper (an opinion's subject), not this one — but for an answer's heading, whose
    // type words name the paper it answers (layout family: answers of every administration,
    // `Beantwortung der Anfrage Nr. 031/2025 von …`, `Antwort auf die Anfrage Nr. …`).
    let cited = !strict && cites_by_number(t);
    // `Zweite Stellungnahme des …`, `Erneute Stellungnahme zur …`: one qualifier before the type.
    if !strict
        && !cited
        && let Some((first, rest)) = t.split_once(' ')
        && is_qualifier(first)
        && let Some(hit) = match_type(rest, types, false, followers)
        && rest.split_whitespace().count() > hit.0.split_whitespace().count()
    {
        return Some(hit);
    }
    // `1. Ergänzung zur Sitzungsvorlage`, `2. Änderung der Vorlage` (layout family: numbered
    // supplements of ALLRIS-SH Sitzungsvorlagen): an ordinal before an Ergänzungsvorlage's type.
    if !strict
        && let Some((first, rest)) = t.split_once(' ')
        && first.strip_suffix('.').is_some_and(|n| {
            !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit())
        })
        && let Some(hit) = match_type(rest, types, false, followers)
        && hit.1 == DocType::Ergaenzungsvorlage
        // to a paper (`zur Sitzungsvorlage`), not a plan's numbered amendment (`12. Änderung des
        // Flächennutzungsplans`)
        && rest.split_whitespace().nth(1).is_some_and(|w| matches!(w, "zur" | "zum"))
        && rest.split_whitespace().nth(2).is_some_and(|w| {
            let w = w.to_lowercase();
            w.ends_with("vorlage") || w.ends_with("drucksache")
        })
    {
        return Some(hit);
    }
    let folded = fold_alnum(t);
    for printed in types {
        if cited && !(printed.value == DocType::Antwort && printed.text.contains(' ')) {
            continue;
        }
        let p = &printed.alnum;
        if folded == *p {
            return Some((t.to_string(), printed.value));
        }
        // `(Antrag Nr. …` in brackets is a citation.
        let opens_word = t.chars().next().is_some_and(char::is_alphanumeric);
        if !strict && opens_word && folded.starts_with(p.as_str()) {
            let words: Vec<&str> = t.split_whitespace().collect();
            let n = printed.text.split_whitespace().count();
            if words.len() > n
                && words
                    .iter()
                    .take(n)
                    .map(|w| fold_alnum(w))
                    .collect::<String>()
                    == *p
                && (words
                    .get(n)
                    .is_some_and(|w| TRAILERS.contains(&fold_alnum(w).as_str()))
                    // the type with its number alone (`Antrag 16/1360`; layout family: motions
                    // of Fraktionen heading the page with type and number): a last word with a
                    // digit, a slash and no letters but a number's code
                    || (words.len() == n + 1
                        && words.get(n).is_some_and(|w| is_slashed_number(w)))
                    // the type with its code and number (`Kleine Anfrage KA 027/2026`; layout
                    // family: questions of council members set as letters, the type and the
                    // number the council office gave it as the heading over the subject)
                    || (words.len() == n + 2
                        && words.get(n).is_some_and(|w| is_capital_code(w))
                        && words.get(n + 1).is_some_and(|w| is_slashed_number(w)))
                    // `Antrag: Neubau der Sporthalle` — the type as the label of its subject.
                    || n.checked_sub(1).and_then(|k| words.get(k)).is_some_and(|w| w.ends_with(':'))
                    || followers.starts(&words.get(n..).unwrap_or_default().join(" ")))
            {
                return Some((words.get(..n).unwrap_or_default().join(" "), printed.value));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generic_vorlage_with_a_run_in_proposal() {
        // Layout family: Vorlagen of Zweckverbände, `Vorlage VV 2031/12`, the proposal run in
        // after its heading's colon (invented).
        assert!(is_generic_paper("Vorlage VV 2031/12"));
        assert!(is_proposal_heading(
            "Beschlussvorschlag: Die Verbandsversammlung beschließt den Wirtschaftsplan",
            true
        ));
        assert!(!is_proposal_heading(
            "Beschlussvorschlag: Die Verbandsversammlung beschließt den Wirtschaftsplan",
            false
        ));
        assert!(!is_proposal_heading("Beschluss: einstimmig", true));
    }

    #[test]
    fn an_answer_letter_with_a_type_word_in_its_body() {
        // Layout family: answer letters headed `Ihre Anfrage <Nr.> vom …`, no section heading,
        // a type word opening a wrapped body line (invented).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Gemeinde Seeburg\n\nIhre Anfrage AF-014/2031 vom 19.10.2031 - Schülerbeförderung\n\nSehr geehrte Frau X,\nIhre Anfrage beantworte ich wie folgt:\nZu 1.: Die Verwaltung wird dazu eine\nBeschlussvorlage für die Haushaltsberatungen vorbereiten.\n",
        );
        assert_eq!(find(&doc, &v, doc.lines.len()).1, Some(DocType::Antwort));
        assert!(is_answering_title(
            "Ihre Anfrage AF-014/2031 vom 19.10.2031"
        ));
    }

    #[test]
    fn types_of_subject_lines_numbers_and_wrapped_items() {
        // Invented examples of three layout families (see `printed`).
        let v = Vocabulary::embedded();
        let typed = |text: &str| {
            let doc = Doc::from_text(text);
            find(&doc, &v, 2).1
        };
        // motion letters printing their type only in the subject line
        assert_eq!(
            typed(
                "Fraktion Bürgerliste im Stadtrat\nAn den Oberbürgermeister\n\nTalheim, 02.03.2026\n\nBetreff: Antrag – Neue Bänke am Mühlbach\n\nSehr geehrter Herr Oberbürgermeister,\n"
            ),
            Some(DocType::Antrag)
        );
        // a motion letter whose subject line opens with its type and procedure
        assert_eq!(
            typed(
                "Fraktion Bürgerliste im Stadtrat\nAn den Oberbürgermeister\n\nTalheim, 02.03.2031\n\nBetr.: Antrag gem. § 3 GeschO - Neue Bänke am Mühlbach\n\nSehr geehrter Herr Oberbürgermeister,\n"
            ),
            Some(DocType::Antrag)
        );
        assert!(names_only_procedure(&[
            "zur",
            "Sitzung",
            "am",
            "29.10.2031"
        ]));
        assert!(!names_only_procedure(&["der", "Fraktion", "X"]));
        // a motion headed by its type and number
        assert_eq!(
            typed("SPD-Fraktion im Kreistag\n\nAntrag 12/0345\nöffentlich\n\nRadweg am Kanal\n"),
            Some(DocType::Antrag)
        );
        // an answer letter headed by what it answers, no type printed
        assert_eq!(
            typed(
                "Zweckverband Talgrund\nFrau Verbandsrätin Muster\n\nBeantwortung Ihrer Anfrage in der Sitzung vom 02.03.2031\nStand der Ausschreibung\n\nSehr geehrte Frau Muster,\n"
            ),
            Some(DocType::Antwort)
        );
        // a member's question headed by its type, code and number
        assert_eq!(
            typed(
                "Stadtverordneter Jan Beispiel\nAn den Bürgermeister\n\nKleine Anfrage KA 031/2031\n\nBeleuchtung am Bahnhof\n"
            ),
            Some(DocType::Anfrage)
        );
        assert!(is_slashed_number("16/1360"));
        assert!(is_slashed_number("AF/014/2025"));
        assert!(!is_slashed_number("2025"));
        assert!(!is_slashed_number("Haushalt/2026"));
        // minutes whose agenda item wraps after a dash: the tail is no type
        let doc = Doc::from_text(
            "Gemeinde Talheim\nNiederschrift über die 9. Sitzung des Ortsbeirates\n\nTOP 4 Umbau der Haltestelle Mitte (Drucksache 2026/175) -\nInformation\n",
        );
        let i = doc
            .lines
            .iter()
            .position(|l| l.text.trim() == "Information")
            .expect("the wrapped line");
        assert!(continues_a_dashed_line(&doc, i));
        assert_eq!(find(&doc, &v, 2).1, Some(DocType::Niederschrift));
        // a dash closing a pair is no wrap: the type under it stands
        let doc = Doc::from_text("Herrn Bürgermeister\n– im Hause –\nAntrag\nRadweg am Kanal\n");
        let i = doc
            .lines
            .iter()
            .position(|l| l.text.trim() == "Antrag")
            .expect("the type line");
        assert!(!continues_a_dashed_line(&doc, i));
        assert_eq!(find(&doc, &v, 2).1, Some(DocType::Antrag));
    }

    #[test]
    fn a_type_with_its_filer_in_the_genitive() {
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Stadtrat X\nAF/2025/044\nAnfrage eines Stadtratsmitglieds\nGegenstand: x\n",
        );
        assert_eq!(find(&doc, &v, 3).1, Some(DocType::Anfrage));
    }

    #[test]
    fn an_answer_heading_names_the_number_it_answers() {
        let v = Vocabulary::embedded();
        let none = Labels::EMPTY;
        assert_eq!(
            match_type(
                "Beantwortung der Anfrage Nr. 031/2025 von Frau",
                &v.doc_types,
                false,
                &none
            )
            .map(|h| h.1),
            Some(DocType::Antwort)
        );
        // Another type with a number is a citation still.
        assert_eq!(
            match_type(
                "Antrag des Ortsbeirates Nr. 118/2020 vom 3.4.2020",
                &v.doc_types,
                false,
                &none
            ),
            None
        );
    }

    #[test]
    fn a_generic_vorlage_proposing_a_decision_is_a_beschlussvorlage() {
        // Layout families: Landschafts-/Regionalverbände (`Vorlage Nr. …`), Baden-Württemberg
        // towns (`Drucksache № …`, `I. Beschlussantrag`), Braunschweig-style `Beschluss:`.
        let v = Vocabulary::embedded();
        let typed = |t: &str| {
            let doc = Doc::from_text(t);
            find(&doc, &v, 3).1
        };
        assert_eq!(
            typed(
                "Verband X\nVorlage Nr. 16/0412\nBetreff: Förderprogramm\nBeschlussvorschlag:\nDer Ausschuss beschließt.\n"
            ),
            Some(DocType::Beschlussvorlage)
        );
        assert_eq!(
            typed(
                "Stadt Y\nDrucksache № 051/2026\nNeubau der Halle\nI. Beschlussantrag\nDer Rat beschließt.\n"
            ),
            Some(DocType::Beschlussvorlage)
        );
        assert_eq!(
            typed(
                "Stadt Z\nVorlage an die Verbandsversammlung\nBetreff: Haushalt\nBeschluss:\nDie Versammlung beschließt.\n"
            ),
            Some(DocType::Beschlussvorlage)
        );
        // Invented: a municipal company's paper to its board.
        assert_eq!(
            typed(
                "Stadtwerke Talheim GmbH\nVorlage für den Aufsichtsrat\nGegenstand: Netzausbau\nBeschlussvorschlag\nDer Aufsichtsrat beschließt.\n"
            ),
            Some(DocType::Beschlussvorlage)
        );
        // No proposal: no type; `Beschluss:` without a generic paper word is not a proposal.
        assert_eq!(
            typed("Stadt Z\nVorlage Nr. 16/0412\nBetreff: Bericht\nSachverhalt:\nText.\n"),
            None
        );
        assert!(!is_proposal_heading("Beschluss:", false));
        assert!(is_proposal_heading(
            "II. Beschlussvorschlag der Verwaltung",
            false
        ));
        assert!(!is_proposal_heading(
            "Beschlussvorschlag des Ausschusses zur Satzung",
            true
        ));
    }

    #[test]
    fn an_opinion_or_notice_on_an_anfrage_answers_it() {
        // Layout families: NRW answers filed as `Stellungnahme der Verwaltung` / `zur Anfrage …`;
        // Mitteilungen whose Sachverhalt opens `Zur Anfrage … nimmt die Verwaltung wie folgt
        // Stellung`; answer letters whose subject is `Ihre Anfrage vom …`.
        let v = Vocabulary::embedded();
        let typed = |t: &str, end: usize| {
            let doc = Doc::from_text(t);
            find(&doc, &v, end).1
        };
        assert_eq!(
            typed(
                "Stellungnahme der Verwaltung\nzur Anfrage der Fraktion X vom 07.09.2026\nBetreff: Bäume\n",
                2
            ),
            Some(DocType::Antwort)
        );
        assert_eq!(
            typed(
                "Stellungnahme des Beirates\nzur Beschlussvorlage 2026/0012\nBetreff: Bäume\n",
                2
            ),
            Some(DocType::Stellungnahme)
        );
        assert_eq!(
            typed(
                "Mitteilung\nBetreff: Spielplätze\nSachverhalt:\nZur Anfrage der Fraktion Y vom 08.10.2026 (DS 26-1) nimmt die Verwaltung wie folgt Stellung:\n",
                2
            ),
            Some(DocType::Antwort)
        );
        assert_eq!(
            typed(
                "Mitteilung\nBetreff: Spielplätze\nSachverhalt:\nDie Verwaltung nimmt zum Stand wie folgt Stellung:\n",
                2
            ),
            Some(DocType::Mitteilungsvorlage)
        );
        assert_eq!(
            typed(
                "Bauamt\nIhre Anfrage vom 29.10.2026\nZustand der Straße\nSehr geehrte Frau P.,\ndie Straße wurde geprüft.\n",
                3
            ),
            Some(DocType::Antwort)
        );
    }

    #[test]
    fn informing_on_questions_answers_them() {
        assert_eq!(
            signal("Sehr geehrte Frau K.,\nzu Ihren Fragen teilen wir Folgendes mit:\n1. Text"),
            Some(DocType::Antwort)
        );
        assert_eq!(
            signal("Wir teilen Ihnen Folgendes mit: der Termin entfällt."),
            None
        );
    }

    #[test]
    fn a_summary_sheet_names_the_type_it_summarises() {
        let v = Vocabulary::embedded();
        let got = |t: &str| summarised_type(t, &v.doc_types).map(|(_, d)| d);
        assert_eq!(
            got("Kurzübersicht zur Beschlussvorlage"),
            Some(DocType::Beschlussvorlage)
        );
        assert_eq!(
            got("Kurzinformation zur beiliegenden Bekanntgabe"),
            Some(DocType::Mitteilungsvorlage)
        );
        assert_eq!(got("Stellungnahme zur Beschlussvorlage"), None);
        assert_eq!(got("Kurzübersicht zur Beschlussvorlage des Referats"), None);
    }

    fn doc_type(text: &str) -> Option<(String, DocType)> {
        let doc = Doc::from_text(text);
        printed(&doc, &Vocabulary::embedded(), doc.lines.len())
    }

    fn requested(text: &str) -> Option<DocType> {
        signal(&Doc::from_text(text).opening(REQUEST_WINDOW))
    }

    fn letter_type(text: &str, v: &Vocabulary) -> Option<DocType> {
        let doc = Doc::from_text(text);
        plain_letter(&doc, v, &doc.opening(REQUEST_WINDOW))
    }

    #[test]
    fn a_first_person_request_names_the_type() {
        let letter = "Fraktion in der Bezirksvertretung\nKöln, den 23. Januar 2012\n\
                      Sehr geehrte Frau Bezirksbürgermeisterin,\nwir bitten Sie, folgende Anfrage \
                      der Fraktion auf die\nTagesordnung der nächsten Sitzung zu setzen:\n";
        assert_eq!(requested(letter), Some(DocType::Anfrage));
        assert_eq!(
            requested("Hiermit stelle ich folgenden Antrag:\nDer Rat möge beschließen\n"),
            Some(DocType::Antrag)
        );
        assert_eq!(
            requested("Daher bitten wir um Beantwortung folgender Fragen:\n1. Wann\n"),
            Some(DocType::Anfrage)
        );
        assert_eq!(
            requested("Wir bitten Sie, folgende Große Anfrage zu beantworten.\n"),
            Some(DocType::Anfrage)
        );
        assert_eq!(
            requested("ich lade Sie hiermit zur nächsten Sitzung des Bezirksausschusses 6 ein\n"),
            Some(DocType::Einladung)
        );
        assert_eq!(
            requested("Die Stadt lädt zur Bürgerversammlung ins Rathaus ein.\n"),
            None
        );
    }

    #[test]
    fn a_title_that_answers_an_anfrage_names_an_antwort() {
        for t in [
            "Beantwortung der Anfrage Nr. 07/2024 der SPD-Kreistagsfraktion – Hausärzte",
            "Antwort der Verwaltung auf die Kleine Anfrage der Fraktion",
            "Antwort des Senats auf die Anfrage zur Schulsozialarbeit",
            "Ihre Anfrage vom 12. Februar 2024 zur Notfallversorgung",
        ] {
            assert_eq!(from_title(Some(t)), Some(DocType::Antwort), "{t}");
        }
        for t in [
            "Anfrage der SPD-Fraktion zur Hausarztversorgung",
            "Beantwortung von Bürgeranfragen – Neuregelung des Verfahrens",
            "Antworten auf den Klimawandel",
        ] {
            assert_eq!(from_title(Some(t)), None, "{t}");
        }
    }

    #[test]
    fn quoted_or_third_person_requests_name_nothing() {
        // an Antwort quotes the question in the third person
        assert_eq!(
            requested("Die Fraktion bittet um Beantwortung folgender Fragen:\n1. Wann\n"),
            None
        );
        assert_eq!(
            requested("Zu folgendem Antrag nimmt die Verwaltung Stellung.\n"),
            None
        );
        // the request must be in the same sentence
        assert_eq!(
            requested("Wir bitten Sie um Geduld. Die folgende Anfrage kam spät.\n"),
            None
        );
    }

    #[test]
    fn asking_and_applying_in_the_first_person() {
        assert_eq!(
            requested("Wir fragen den Senat:\n1. Wann öffnet das Bad?\n"),
            Some(DocType::Anfrage)
        );
        assert_eq!(
            requested("Wir beantragen:\nDer Kreistag beauftragt die Verwaltung\n"),
            Some(DocType::Antrag)
        );
        // Third person: an Antwort or a Vorlage reports what a Fraktion asked or applied for.
        assert_eq!(
            requested("Die Fraktion beantragt, den Platz zu begrünen.\n"),
            None
        );
        assert_eq!(requested("Die Fraktion fragt den Senat:\n"), None);
    }

    #[test]
    fn answers_and_opinions_name_their_type() {
        assert_eq!(
            requested(
                "Sehr geehrter Herr X,\nIhre Anfrage vom 14. Mai 2024 beantworte ich wie folgt:\n"
            ),
            Some(DocType::Antwort)
        );
        assert_eq!(
            requested("Der Senat beantwortet die Kleine Anfrage wie folgt:\n"),
            Some(DocType::Antwort)
        );
        assert_eq!(
            requested("Sehr geehrter Herr X,\nzu Ihren Fragen nehmen wir wie folgt Stellung:\n"),
            Some(DocType::Antwort)
        );
        // An opinion that later applies for something stays an opinion: the earliest wins.
        assert_eq!(
            requested(
                "Der Beirat Nord nimmt hierzu wie folgt Stellung:\n1. Deshalb beantragen wir, \
                 die Hecke zu pflanzen.\n"
            ),
            Some(DocType::Stellungnahme)
        );
        assert_eq!(
            requested("Die Antwort wird wie folgt gegliedert. Wir bitten um Geduld.\n"),
            None
        );
    }

    #[test]
    fn a_letter_of_no_other_character_is_a_schreiben() {
        let v = Vocabulary::embedded();
        let letter = "Beirat Nord\nSehr geehrter Herr Oberbürgermeister,\n\
                      wir danken für das Gespräch und bitten Sie, uns Wege aufzuzeigen.\n\
                      Mit freundlichen Grüßen\nBeirat Nord\n";
        assert_eq!(letter_type(letter, &v), Some(DocType::Schreiben));
        // Questions or an Antrag give a letter another character; no greeting, no letter.
        for other in [
            letter.replace("aufzuzeigen.", "aufzuzeigen?"),
            letter.replace("wir danken", "wir stellen einen Antrag und danken"),
            letter.replace("Sehr geehrter Herr Oberbürgermeister,", "Betreff"),
            letter.replace("Mit freundlichen Grüßen", "Ende"),
        ] {
            assert_eq!(letter_type(&other, &v), None, "{other}");
        }
    }

    #[test]
    fn an_answer_letter_under_the_subject_of_its_anfrage() {
        let text = "Stadt X\nAnfrage Nr. AF0455/24 – Turnhallen\nSehr geehrter Herr Y,\n\
                    Ihre Anfrage vom 14. Mai 2024 beantworte ich wie folgt:\nFrage 1\n";
        let doc = Doc::from_text(text);
        let v = Vocabulary::embedded();
        assert_eq!(
            find(&doc, &v, doc.lines.len()),
            (Some("Anfrage".into()), Some(DocType::Antwort))
        );
        // A Mitteilung whose header says it answers an Anfrage.
        let text = "Drucksache 21/788 S\nMitteilung des Senats\nSchulsozialarbeit\n\
                    Antwort des Senats auf die Kleine Anfrage der Fraktion X vom 14. Mai 2024\n";
        let doc = Doc::from_text(text);
        assert_eq!(find(&doc, &v, doc.lines.len()).1, Some(DocType::Antwort));
        // An Anfrage that asks stays one.
        let text =
            "Anfrage Nr. 12/2024 – Turnhallen\nWir bitten um Beantwortung folgender Fragen:\n";
        let doc = Doc::from_text(text);
        assert_eq!(find(&doc, &v, doc.lines.len()).1, Some(DocType::Anfrage));
    }

    #[test]
    fn a_numbered_supplement_and_a_bare_vorlage_that_proposes_a_decision() {
        // Layout family: numbered supplements of ALLRIS-SH Sitzungsvorlagen.
        assert_eq!(
            doc_type(
                "Gemeinde X\n1. Ergänzung zur Sitzungsvorlage\nVorlagen-Nr.: OST/2025/087-1\n"
            ),
            Some(("Ergänzung".into(), DocType::Ergaenzungsvorlage))
        );
        assert_eq!(doc_type("Gemeinde X\n3. Antrag zur Sitzung\n"), None);
        assert_eq!(
            doc_type("Verband X\nStellungnahme\n12. Änderung des Flächennutzungsplans Wehr\n")
                .map(|t| t.1),
            Some(DocType::Stellungnahme)
        );
        // Layout family: SessionNet prints, `Vorlage` over the number.
        let v = Vocabulary::embedded();
        let typed = |text: &str| {
            let doc = Doc::from_text(text);
            find(&doc, &v, doc.lines.len()).1
        };
        assert_eq!(
            typed(
                "Vorlage\n2025/0143\nStadt Werl\nBetreff:\nWärmeplanung\nBeschlussvorschlag:\nDer Rat beschließt.\n"
            ),
            Some(DocType::Beschlussvorlage)
        );
        assert_eq!(
            typed(
                "Vorlage\n2025/0143\nStadt Werl\nBetreff:\nWärmeplanung\nSachverhalt:\nDer Rat wird informiert.\n"
            ),
            None
        );
    }

    #[test]
    fn exact_cell_wins_and_is_kept_as_printed() {
        let got = doc_type("Gemeinde Irgendwo\nInformationsvorlage            Datum: 1.2.2023\n");
        assert_eq!(
            got,
            Some(("Informationsvorlage".into(), DocType::Mitteilungsvorlage))
        );
    }

    #[test]
    fn type_with_trailer_and_wrapped_type() {
        assert_eq!(
            doc_type("Fraktion XY\nDringlichkeitsantrag vom 3.4.2020\n").map(|t| t.1),
            Some(DocType::Antrag)
        );
        assert_eq!(
            doc_type("Vorlage zur          Bereich Finanzen\nKenntnisnahme\n"),
            Some((
                "Vorlage zur Kenntnisnahme".into(),
                DocType::Mitteilungsvorlage
            ))
        );
        assert_eq!(
            doc_type("Kleine Anfrage\n").map(|t| t.1),
            Some(DocType::Anfrage)
        );
        assert_eq!(
            doc_type("Tischvorlage\n").map(|t| t.1),
            Some(DocType::Ergaenzungsvorlage)
        );
    }

    #[test]
    fn type_glued_to_a_header_label() {
        assert_eq!(
            doc_type("Änderungsvorlage Fachbereich        Soziales\n").map(|t| t.0),
            Some("Änderungsvorlage".to_string())
        );
    }

    #[test]
    fn labelled_type() {
        assert_eq!(
            doc_type("Stadt X\nVorlagenart:    Informationsvorlage\n").map(|t| t.1),
            Some(DocType::Mitteilungsvorlage)
        );
    }

    #[test]
    fn type_as_label_of_the_subject() {
        assert_eq!(
            doc_type("Anfrage: Öffnungszeiten der Bäder\n").map(|t| t.1),
            Some(DocType::Anfrage)
        );
    }

    #[test]
    fn qualified_type_and_cited_paper() {
        assert_eq!(
            doc_type("Zweite Stellungnahme des Ortsbeirates zur Radverbindung\n"),
            Some(("Stellungnahme".into(), DocType::Stellungnahme))
        );
        assert_eq!(
            doc_type(
                "Zum Beschluss des Rates\nAntrag des Ortsbeirates Nr. 118/2020 vom 2.11.2020\n"
            ),
            None
        );
        // The number of the subject, after a preposition, is no cited paper's.
        assert_eq!(
            doc_type("Stellungnahme des Beirats Nord zum Bebauungsplan Nr. 199 Am Hang\n"),
            Some(("Stellungnahme".into(), DocType::Stellungnahme))
        );
        assert_eq!(
            doc_type("Anfrage in der Fragestunde der Stadtbürgerschaft\n").map(|t| t.1),
            Some(DocType::Anfrage)
        );
        assert_eq!(
            doc_type("Kleine Anfrage Nr. 12/2023\n").map(|t| t.1),
            Some(DocType::Anfrage)
        );
        assert_eq!(
            doc_type("Gesetzentwurf\nder Fraktion der SPD\n").map(|t| t.1),
            Some(DocType::Gesetzentwurf)
        );
        assert_eq!(
            doc_type("Beantwortung einer Anfrage\n").map(|t| t.1),
            Some(DocType::Antwort)
        );
    }

    #[test]
    fn prose_is_not_a_type() {
        assert_eq!(doc_type("Der Antrag wurde abgelehnt.\n"), None);
    }
}
