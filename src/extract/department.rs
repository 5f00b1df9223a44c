//! The department as printed: the value of a department label in the header block (labels in
//! order of preference), else the unit beside the letterhead's contact lines, else the unit
//! under the authority's name — tried in that order.

use super::dates::{self, PLACE_DEN};
use super::doc::{DCell, DLine, Doc, x_overlap};
use super::labeled::{Labeled, cut_at_labels, find_labeled_mid};
use super::text::{has_postcode_place, is_form_of_address};
use crate::vocab::{LabelSet, Labels, Vocabulary};

/// The department of the document.
pub(crate) fn find(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<String> {
    let strategies: [&dyn Fn() -> Option<String>; 7] = [
        &|| labelled(doc, vocab, header_end),
        &|| after_creation_date(doc, vocab, header_end),
        &|| beside_contacts(doc, vocab),
        &|| under_authority(doc, vocab),
        &|| dotted_letterhead(doc, vocab),
        &|| heads_contacts(doc, vocab),
        &|| before_clerk_part(doc, vocab),
    ];
    // Each strategy's candidate passes every test below or gives way to the next strategy
    // (layout family: letterheads whose labelled clerk or address line is found first and then
    // rejected, the unit printed above the clerk's contact lines; a rejected candidate used to
    // end the search with none).
    strategies
        .iter()
        .filter_map(|s| s())
        .filter(|d| !is_head_title(d))
        .filter(|d| !in_address_block(doc, vocab, d))
        .find_map(|d| accepted(doc, vocab, d))
}

/// A candidate unit as printed, narrowed and cleaned, or None when it is no unit's name.
fn accepted(doc: &Doc, vocab: &Vocabulary, d: String) -> Option<String> {
    Some(d)
        .map(|d| narrower(doc, vocab, d))
        .map(undoubled)
        .and_then(|d| before_contact(&d, vocab))
        .map(|d| before_clerk(&d))
        // A unit is a name, not the end of a sentence (`Amt 50 aus seinem Budget.`).
        .filter(|d| !ends_a_sentence(d))
        // A label read as a value (`Status`, `Auskunft` of a header table's next column) is no
        // unit: none beats a wrong one.
        .filter(|d| {
            !vocab.header_labels().is_whole(d) && !vocab.labels(LabelSet::Contact).is_whole(d)
        })
        // A return-address line (`Amt Eiderkanal – Schulstraße 36 – 24783 Osterrönfeld`; layout
        // family: DIN 5008 letters and invitations of Ämter) names a sender with its address,
        // not a unit.
        .filter(|d| !has_postcode_place(d))
        // A head's title, also where the letterhead's unit search ends on it.
        .filter(|d| !is_head_title(d))
        // A running header that names the paper (`Amt X – Niederschrift Amtsausschuss vom …`)
        // is no unit.
        .filter(|d| !names_a_paper(d))
        // A unit is a name: it opens with a capital or its number. A routing line (`über die
        // Verbandsgemeinde X, Bauamt`; layout family: opinions of member municipalities sent
        // through their Verbandsgemeinde) names the channel, not the author's unit.
        .filter(|d| !d.starts_with(char::is_lowercase))
        .map(|d| after_authority(&d, vocab).unwrap_or(d))
}

/// The unit of a one-line letterhead that names the authority before it, set apart by a dash
/// (`Amt Seewinkel – Fachbereich Finanzen`; layout family: Ämter and Verbandsgemeinden whose
/// letterhead or running header prints authority and unit on one line): the unit alone, where the
/// part before the dash is an authority's name and the part after it a unit's.
fn after_authority(d: &str, vocab: &Vocabulary) -> Option<String> {
    let (authority, unit) = d.split_once(" – ")?;
    let authority = authority.trim();
    // An Amt named by its place (`Amt Seewinkel`, Ämter of Schleswig-Holstein, Mecklenburg-
    // Vorpommern and Brandenburg) is the authority, an `Amt für …` a unit.
    let authorities = vocab.labels(LabelSet::Authorities);
    let place = match authorities
        .strip(authority)
        .or_else(|| authorities.strip(without_title(authority)))
    {
        Some((rest, _)) => rest,
        None => authority.strip_prefix("Amt ")?,
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let named =
        (1..=4).contains(&words.len()) && words.iter().all(|w| w.starts_with(char::is_uppercase));
    (named && is_unit_line(unit.trim(), vocab)).then(|| unit.trim().to_string())
}

/// True when a text names a paper by its kind (layout family: running headers of Ämter and
/// Zweckverbände, `Amt X – Niederschrift Amtsausschuss`, `Verband Y · Beschlussvorlage 12/2026`):
/// a word that is, or ends in, a paper's kind a unit is never named by (`…vorlage`,
/// `Niederschrift`, `Einladung`, `Tagesordnung`).
fn names_a_paper(d: &str) -> bool {
    d.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .any(|w| {
            w.ends_with("vorlage")
                || w.ends_with("niederschrift")
                || w == "einladung"
                || w == "tagesordnung"
        })
}

/// The author unit a creation stamp prints after its date (layout family: key grids that stamp a
/// paper with its date and unit, `Vorlage erstellt  13.11.2025, Bereich Finanzen`): a date label
/// (its value in its cell or the next), a date, a comma and a short capitalised name without
/// digits — a unit line, or one to four words.
fn after_creation_date(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<String> {
    let labels = vocab.labels(LabelSet::Date);
    for line in doc.lines.iter().take(header_end.min(doc.lines.len())) {
        for (k, cell) in line.cells.iter().enumerate() {
            let value = if labels.is_whole(&cell.text) {
                line.cells.get(k + 1).map(|c| c.text.as_str())
            } else {
                labels.strip(&cell.text).map(|(rest, _)| rest)
            };
            let Some(value) = value else { continue };
            let Some(d) = dates::find_dates(value, vocab).first().copied() else {
                continue;
            };
            let Some(unit) = value
                .get(d.end..)
                .filter(|_| d.start == 0)
                .and_then(|r| r.strip_prefix(','))
                .map(str::trim)
            else {
                continue;
            };
            let words = unit.split_whitespace().count();
            let name_like = (1..=4).contains(&words)
                && unit.starts_with(char::is_uppercase)
                && !unit
                    .chars()
                    .any(|c| c.is_ascii_digit() || matches!(c, ':' | '@' | ','));
            if is_unit_line(unit, vocab) || name_like {
                return Some(unit.to_string());
            }
        }
    }
    None
}

/// Title endings of an authority's head (`Amtsvorsteher`, `Amtsdirektorin`,
/// `Verbandsgemeindebürgermeister`, `Landrat`).
const HEAD_TITLE_ENDS: [&str; 10] = [
    "vorsitzende",
    "vorsitzender",
    "vorsteher",
    "vorsteherin",
    "direktor",
    "direktorin",
    "bürgermeister",
    "bürgermeisterin",
    "landrat",
    "landrätin",
];

/// True for a head's title with its article (`Der Amtsvorsteher`; layout family: letterheads of
/// Ämter and Samtgemeinden that print their head under the authority, beside or above the
/// unit): a person's office, no unit — the next strategy may find the unit.
fn is_head_title(d: &str) -> bool {
    let words: Vec<String> = d.split_whitespace().map(str::to_lowercase).collect();
    matches!(words.as_slice(), [art, title] if matches!(art.as_str(), "der" | "die")
        && HEAD_TITLE_ENDS.iter().any(|e| title.ends_with(e)))
}

/// True when the unit stands in a letter's inside address, the addressee's (layout family: DIN
/// 5008 letters of every administration, `Staatliches Bauamt X` / `Abteilung Straßenbau` / `z.
/// Hd. …`, or under the return-address line `Ortsamt X · Straße 4 · 28309 Bremen` /
/// `Die Senatorin für …` / `Referat 50 – …` / `28195 Bremen`): its line on page 1 has a `z. Hd.`
/// line within two lines below, or a return-address line (one line of parts split by ` · `, one
/// a postcode) within three lines above and a postcode line within three lines below. The
/// sender's unit is elsewhere; none beats the addressee's.
fn in_address_block(doc: &Doc, vocab: &Vocabulary, unit: &str) -> bool {
    let lines: Vec<&DLine> = doc.page_one().take(30).collect();
    let postcode = has_postcode_place;
    let to_hands = |t: &str| {
        let t = t.trim_start();
        t.starts_with("z. Hd.") || t.starts_with("z.Hd.") || t.starts_with("zu Händen")
    };
    let return_address = |l: &DLine| l.cells.len() == 1 && is_return_address(l);
    // The cell that holds the unit: the unit itself, or its opening words (a name wrapped over
    // lines), never a short cell that merely occurs inside it (`Amt`, `Frau`).
    let holds_unit = |t: &str| t == unit || (t.chars().count() >= 8 && unit.starts_with(t));
    lines.iter().enumerate().any(|(i, l)| {
        let Some(cell) = l.cells.iter().find(|c| holds_unit(c.text.trim())) else {
            return false;
        };
        // The address block's lines are in the unit's column (in a DIN 5008 letter the
        // sender's information block stands on the same lines, further right).
        let to_hands_in_column = |b: &DLine| {
            b.cells
                .iter()
                .any(|c| (c.x0 - cell.x0).abs() < 6.0 && to_hands(&c.text))
        };
        let below = |n: usize| lines.iter().skip(i + 1).take(n);
        let above = lines.get(i.saturating_sub(3)..i).unwrap_or_default();
        // Layout family: letters and opinions to another authority that print the date line
        // (alone or right of the letterhead) first and the addressee under it (`Teltow, 14.11.2025` / `Ministerium X` / `Referat
        // GL 5` / street / `14467 Potsdam`): a unit under the letter's date line whose block
        // ends on a postcode line is the addressee's.
        let after_dateline = lines
            .get(..i)
            .unwrap_or_default()
            .iter()
            .any(|a| a.cells.iter().any(|c| is_place_date(&c.text, vocab)));
        // An inside address ends on a line of its own `14467 Potsdam` (a letterhead under the
        // date prints its street and place on one line: its unit is the sender's).
        let place_line = |b: &&DLine| {
            b.cells.len() == 1
                && postcode(&b.text)
                && b.text
                    .trim_start()
                    .chars()
                    .take(5)
                    .all(|c| c.is_ascii_digit())
        };
        below(2).any(|b| to_hands_in_column(b))
            || (above.iter().any(|a| return_address(a))
                && below(3).any(|b| b.cells.len() == 1 && postcode(&b.text)))
            || (after_dateline && below(3).any(place_line))
    })
}

/// True for a letter's date line alone (`Teltow, 14.11.2025`, `Neustadt, den 3. März 2025`): a
/// place, a comma, the date ending the line ([`dates::place_date_start`]).
fn is_place_date(t: &str, vocab: &Vocabulary) -> bool {
    let t = t.trim();
    dates::place_date_start(t)
        .is_some_and(|k| dates::is_only_date(t.get(k..).unwrap_or_default(), vocab))
}

/// The unit's name without a contact run into it (`Amt für Schulen und Sport Tel. 03731 …`, a
/// letterhead line whose phone stands right beside the unit): the words before the first contact
/// label; None when nothing is left.
fn before_contact(d: &str, vocab: &Vocabulary) -> Option<String> {
    let contacts = vocab.labels(LabelSet::Contact);
    let words: Vec<&str> = d.split_whitespace().collect();
    let cut = words
        .iter()
        .skip(1)
        .position(|w| contacts.is_whole(w.trim_end_matches(':')))
        .map_or(words.len(), |k| k + 1);
    let name = words.get(..cut).unwrap_or_default().join(" ");
    (!name.is_empty()).then_some(name)
}

/// The unit without the clerk named after it (`Bereich Verkehrsplanung, Herr Dölling`; layout
/// family: key grids whose `Bearbeitung` row names unit and clerk, parted by a comma): the part
/// before a comma that a form of address follows.
fn before_clerk(d: &str) -> String {
    let mut parts = d.split(", ");
    let mut kept: Vec<&str> = parts.next().into_iter().collect();
    for p in parts {
        if names_person(p) {
            break;
        }
        kept.push(p);
    }
    kept.join(", ")
}

/// True for the end of a sentence read as a unit (`Amt 50 aus seinem Budget.`; layout family:
/// minutes whose body names a unit word at a line's start): a full stop after a word of four
/// letters or more, and a lower-case word that joins no name's parts (`aus`, `seinem`).
fn ends_a_sentence(d: &str) -> bool {
    let words: Vec<&str> = d.split_whitespace().collect();
    let full_stop = words.last().is_some_and(|w| {
        w.strip_suffix('.')
            .is_some_and(|core| core.chars().count() >= 4 && core.chars().all(char::is_alphabetic))
    });
    let joins = |w: &str| CONTINUES.contains(&w) || matches!(w, "dem" | "den" | "die" | "das");
    full_stop
        && words
            .iter()
            .skip(1)
            .any(|w| w.starts_with(char::is_lowercase) && !joins(w.trim_end_matches('.')))
}

/// The unit without its first word printed twice: the label `Dezernat` kept as part of the
/// value `Dezernat II` (`Dezernat Dezernat II` → `Dezernat II`).
fn undoubled(d: String) -> String {
    let mut words = d.split_whitespace();
    match (words.next(), words.next()) {
        (Some(a), Some(b)) if a == b => d
            .trim_start()
            .get(a.len()..)
            .unwrap_or(&d)
            .trim()
            .to_string(),
        _ => d,
    }
}

/// Without a department label: the last unit of a one-line letterhead whose parts are set apart
/// by `·` and which opens with the authority (`Stadt Seeburg · Baudezernat · Stadtplanungsamt`).
fn dotted_letterhead(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    let authorities = vocab.labels(LabelSet::Authorities);
    let units = vocab.labels(LabelSet::UnitWords);
    let top: Vec<&DLine> = doc.page_one().take(4).collect();
    let at = top.iter().take(3).position(|l| {
        l.cells.first().is_some_and(|c| {
            (c.text.contains('·') || (l.cells.len() == 1 && c.text.contains(" – ")))
                && (authorities.strip(&c.text).is_some()
                    || authorities.strip(without_title(&c.text)).is_some())
        })
    })?;
    let line = top.get(at)?;
    let text = line.cells.first()?.text.as_str();
    // `Große Kreisstadt X – Ordnungsamt` (layout family: one-line letterheads of answers and
    // letters that set the unit apart by a dash): a dash parts them like a middle dot. Where
    // middle dots part the line, a dash inside a part belongs to the unit's name
    // (`Verbandsgemeinde X · Fachbereich III – Bau und Liegenschaften`; layout family: letterheads
    // of Verbandsgemeinden printing their member municipalities' papers).
    let parts: Vec<&str> = if text.contains('·') {
        text.split('·').map(str::trim).collect()
    } else {
        text.split(" – ").map(str::trim).collect()
    };
    let mut last = parts.last()?.to_string();
    // A unit wrapped onto the next line after a comma (`… · Fachbereich I – Zentrale Dienste,` /
    // `Schulen und Kitas`): the short line alone below ends it.
    if last.ends_with(',')
        && let Some(next) = top.get(at + 1)
        && let [cell] = next.cells.as_slice()
        && cell.text.split_whitespace().count() <= 4
        && cell.text.starts_with(char::is_uppercase)
        && !cell
            .text
            .chars()
            .any(|ch| ch.is_ascii_digit() || matches!(ch, ':' | '@' | '·'))
    {
        last = format!("{last} {}", cell.text.trim());
    }
    let lower = last.to_lowercase();
    let words = last
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    // A number only as the unit's own (`Amt 66 – Straßenbau`), never an address's.
    let numbered_unit = units.starts(&last) && parts.len() >= 2 && text.contains('·');
    let plain = parts.len() >= 2
        && (numbered_unit || !last.chars().any(|ch| ch.is_ascii_digit()))
        && !last.contains([':', '@'])
        && !last.ends_with(',')
        && (1..=7).contains(&words);
    (plain && units.iter().any(|u| lower.contains(u.lower.as_str()))).then_some(last)
}

/// An authority's name without the title words before it (layout family: letterheads of
/// city-states and Große Kreisstädte, `Freie Hansestadt Bremen`, `Freie und Hansestadt
/// Hamburg`, `Große Kreisstadt Rheinstetten`): up to three leading words that are capitalised
/// adjectives (ending in `-e`) or `und`; the text as it is when nothing would be left. Tried
/// only where the text does not open with an authority itself (`Gemeinde` ends in `-e` too).
fn without_title(t: &str) -> &str {
    let mut rest = t.trim_start();
    for _ in 0..3 {
        let Some((w, after)) = rest.split_once(' ') else {
            break;
        };
        let adjective = w.starts_with(char::is_uppercase)
            && w.chars().count() > 3
            && w.chars().all(char::is_alphabetic)
            && w.ends_with('e');
        if !(adjective || (w == "und" && rest.len() < t.trim_start().len())) {
            break;
        }
        rest = after.trim_start();
    }
    if rest.is_empty() { t } else { rest }
}

/// Units above an office (a Berlin Abteilung is a Stadtrat's portfolio, a Dezernat holds Ämter).
const WIDE_UNITS: [&str; 3] = ["Abteilung", "Dezernat", "Geschäftsbereich"];
/// Word ends of the unit that does the work (`Ordnungsamt`, `Eigenbetrieb Abfallwirtschaft`).
const NARROW_UNITS: [&str; 5] = [
    "amt",
    "eigenbetrieb",
    "fachdienst",
    "sachgebiet",
    "stabsstelle",
];

/// The most specific unit: a wide unit (`Abteilung Ordnung, Umwelt und Verkehr`, `Dezernat 4 –
/// Umwelt und Technik`) or an office with offices printed below it in the letterhead, aligned
/// (`Ordnungsamt`, `Amt für Tiefbau` / `Sachgebiet Straßenbeleuchtung`), gives the last of them.
fn narrower(doc: &Doc, vocab: &Vocabulary, department: String) -> String {
    let authorities = vocab.labels(LabelSet::Authorities);
    let pitch = doc.line_pitch();
    let top = top_lines(doc, 10);
    // The stack opens a line of the letterhead (its first cell), not a labelled value.
    let Some((start, wide)) = top.iter().enumerate().find_map(|(i, l)| {
        unlabelled_cells(l)
            .find(|c| department.starts_with(c.text.trim()) && !c.text.trim().is_empty())
            .map(|c| (i, c))
    }) else {
        return department;
    };
    // Walk down the stack of units aligned with the wide one (`Abteilung Bauen, Planen und` /
    // `Wirtschaftsförderung` / `Stadtentwicklungsamt – Fachbereich` / `Stadtplanung`): a line
    // with an office word opens a unit, a one-word line or one after a connector continues it.
    let mut units: Vec<String> = vec![wide.text.trim().to_string()];
    let mut prev = top[start];
    for below in top.iter().skip(start + 1) {
        if below.y - prev.y > pitch * 1.6 {
            break;
        }
        let Some(unit) = unlabelled_cells(below)
            .find(|c| (c.x0 - wide.x0).abs() < 6.0 || (c.x1 - wide.x1).abs() < 6.0)
        else {
            break;
        };
        let text = unit.text.trim();
        let plain = !text.chars().any(|ch| ch.is_ascii_digit())
            && !text.contains([':', '@', ',', ';'])
            && (1..=5).contains(&text.split_whitespace().count())
            && authorities.strip(text).is_none();
        if !plain {
            break;
        }
        let Some(current) = units.last_mut() else {
            break;
        };
        let last = current
            .split_whitespace()
            .last()
            .unwrap_or("")
            .to_lowercase();
        let continues = CONTINUES.contains(&last.as_str())
            || current.ends_with(['–', '-', ','])
            || vocab.labels(LabelSet::DepartmentUnits).is_whole(&last);
        if is_narrow(text) && !continues {
            units.push(text.to_string());
        } else if continues || text.split_whitespace().count() == 1 {
            current.push(' ');
            current.push_str(text);
        } else {
            break;
        }
        prev = below;
    }
    match units.as_slice() {
        [_, .., office] if is_narrow(office) => office.clone(),
        _ => department,
    }
}

/// The first `n` lines of page 1 (a letterhead's lines).
fn top_lines(doc: &Doc, n: usize) -> Vec<&DLine> {
    doc.page_one().take(n).collect()
}

/// The cells of a line that are not the value of a label printed before them (`Beteiligt:`).
fn unlabelled_cells(line: &DLine) -> impl Iterator<Item = &DCell> {
    line.cells.iter().enumerate().filter_map(|(i, c)| {
        let labelled = i
            .checked_sub(1)
            .and_then(|k| line.cells.get(k))
            .is_some_and(|p| p.text.trim_end().ends_with(':'));
        (!labelled).then_some(c)
    })
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
fn labelled(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Option<String> {
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
    let mut wide: Option<String> = None;
    for label in labels.in_file_order() {
        let single = Labels::new([label.text.as_str()]);
        let Some(found) = find_labeled_mid(doc, &single, 0..end, pitch, not_after)
            .into_iter()
            .find(|f| {
                !f.value.trim().is_empty()
                    && !column_labels.starts(&f.value)
                    && !is_authority_line(doc, f, units.has_alnum(&label.alnum))
            })
        else {
            continue;
        };
        // A value set apart by spaces only may run into the next label or the place and date.
        let mut cut = cut_at_labels(found.value.trim(), &other_labels);
        if cut.contains("den")
            && let Some(m) = PLACE_DEN.find(cut)
        {
            cut = cut.get(..m.start()).unwrap_or(cut).trim_end();
        }
        let mut value = cut.to_string();
        // `Referat Soziales …` without a colon: the unit word is part of the name.
        // A column header (`Fachbereich   Status` over its values) is no part of the name.
        if units.has_alnum(&label.alnum)
            && !found.label_text.contains(':')
            && !doc.is_header_row(found.line)
            && !names_its_unit_word(&value, &label.lower)
        {
            value = format!("{} {value}", found.label_text.trim());
        }
        // Skip values that are themselves a label (`Ressort /` followed by `Stadtbetrieb` as
        // the rest of a two-line label).
        if value.ends_with(':') && value.len() < 25 {
            continue;
        }
        // The next column's date field read as the value of a label whose value stands on the
        // line below (`Federführend:` / `Fachbereich 2 – …` beside `Datum: 09.10.2026`; layout
        // family: key grids of Samtgemeinden and Ämter that print a label over its value): no
        // unit.
        if vocab.labels(LabelSet::Date).starts(&value) {
            continue;
        }
        // A sender that is a group or a member (`Absender: SPD-Fraktion`) is no department.
        if is_not_department(&value, not_department) {
            continue;
        }
        // A person addressed by title (`Verantwortlich: Frau Meier`) is no unit.
        if names_person(&value) {
            continue;
        }
        let value = continued(doc, vocab, &found, value, &other_labels, pitch);
        // A wide unit (`Abteilung: Abteilung 3 – Bauen`) with a narrower one labelled too
        // (`Sachgebiet: Sachgebiet 33 – ÖPNV`): the most specific unit.
        if is_wide(&label.text) || is_wide(&value) {
            wide.get_or_insert(value);
            continue;
        }
        // A narrower unit that is part of the wide value (`Dezernat A, Amt für B`) is no other.
        if wide
            .as_ref()
            .is_some_and(|w| !is_narrow(&value) || w.contains(value.as_str()))
        {
            continue;
        }
        return Some(value);
    }
    wide
}

/// True for a value that opens with a person's form of address (`Frau Meier`, `Herrn Dr. Kurz`,
/// `Hr. Lang`): a person, not a unit (layout family: key grids whose responsibility label names
/// the clerk).
fn names_person(value: &str) -> bool {
    value
        .split_whitespace()
        .next()
        .is_some_and(|w| is_form_of_address(w, true))
}

/// True for a return-address line: sender, street and postcode place parted by middle dots
/// (`Amt Seewinkel · Am Markt 2 · 15999 Seedorf`).
fn is_return_address(l: &DLine) -> bool {
    l.text.contains(" · ") && has_postcode_place(&l.text)
}

/// True when a unit word (`unit_word`) read as a label without a colon (`Amt`) opens the authority's own name,
/// not a unit (layout family: letterheads of Ämter in Brandenburg, Mecklenburg-Vorpommern and
/// Schleswig-Holstein, `Amt Odervorland · Bahnhofstraße 3 · 15518 Briesen` as the return-address
/// line, `Amt Odervorland` again above the paper's kind): the label's cell is a return-address
/// line (it holds a postcode and place) or opens with the sender of a return-address line above
/// it. The unit (`Fachamt: Bauamt`) is elsewhere.
fn is_authority_line(doc: &Doc, found: &Labeled, unit_word: bool) -> bool {
    if !unit_word || found.label_text.contains(':') {
        return false;
    }
    let Some(line) = doc.lines.get(found.line) else {
        return false;
    };
    // The label's own cell: a line may also hold a cell of another column (`34117 Kassel`).
    let text = found
        .label_cell(doc)
        .map_or(line.text.as_str(), |c| c.text.as_str())
        .trim();
    // The return-address line stands above the letterhead's lines (a footer's is no evidence).
    let above = doc.lines.get(..found.line).unwrap_or_default();
    let opens_return_address = above.iter().any(|l| {
        is_return_address(l)
            && l.text
                .split(" · ")
                .next()
                .map(str::trim)
                .is_some_and(|a| a.chars().count() >= 5 && text.starts_with(a))
    });
    has_postcode_place(text) || opens_return_address
}

/// True when a value printed after a bare unit word names that unit word itself (`Amt` /
/// `Stadtplanungsamt`, `Referat` / `Rechtsreferat`; layout family: key grids whose row key is
/// the unit word and whose value is the unit's whole name): the key is no part of the name.
fn names_its_unit_word(value: &str, unit_word: &str) -> bool {
    value
        .split_whitespace()
        .next()
        .is_some_and(|w| w.to_lowercase().ends_with(unit_word))
}

/// True when a unit or label names a unit above an office (`Abteilung 3`, `Dezernat II`).
fn is_wide(text: &str) -> bool {
    WIDE_UNITS.iter().any(|w| text.trim_start().starts_with(w))
}

/// True when a unit names an office that does the work (`Sportamt`, `Sachgebiet 33`).
fn is_narrow(text: &str) -> bool {
    text.to_lowercase().split_whitespace().any(|w| {
        NARROW_UNITS
            .iter()
            .any(|n| w.ends_with(n) || w.starts_with(n))
    })
}

/// The value of `found` continued on the lines below it (at most two): after `,`, `-`, a
/// connector word (`und`), or a short line aligned under it; another label ends it.
fn continued(
    doc: &Doc,
    vocab: &Vocabulary,
    found: &Labeled,
    mut value: String,
    other_labels: &Labels,
    pitch: f32,
) -> String {
    let col_x0 = found.x0.min(found.cell_x0);
    // A key grid's label alone in its cell, its value in the next (`Fachbereich | Fachbereich
    // II – Bau,`): a line opening in the label's column is the grid's next row
    // (`Sachbearbeiter/in Frau X`), no continuation of the value.
    let key_cell = (found.x0 - found.cell_x0).abs() >= 4.0
        && found.label_cell(doc).is_some_and(|c| {
            c.text.trim().trim_end_matches(':') == found.label_text.trim().trim_end_matches(':')
        });
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
                    .any(|c| x_overlap(col_x0, found.x1, c.x0, c.x1, 2.0))
            })
        else {
            break;
        };
        // Another label (with its colon) ends the value; a unit word (`Amt für …`) does not.
        let Some(cont) = next.cells.iter().find(|c| {
            x_overlap(col_x0, found.x1, c.x0, c.x1, 2.0)
                && (!other_labels.starts(&c.text) || !c.text.contains(':'))
        }) else {
            break;
        };
        // A short line alone under the value (`Referat Soziales und gesellschaftliche` /
        // `Integration`) continues it too.
        let aligned_single = next.cells.len() == 1
            && ((cont.x0 - found.x0).abs() < 4.0
                || ((cont.x0 - found.cell_x0).abs() < 4.0 && !key_cell))
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
        // A side column's next label (`Status`, `Auskunft` over their values) ends it too.
        if dates::first_date(&cont.text, vocab).is_some()
            || cont.text.contains(':')
            || vocab.labels(LabelSet::HeaderOnly).starts(&cont.text)
        {
            break;
        }
        // An office alone under a wide unit (`Dezernat II – Sport` / `Sportamt`) is the unit.
        let open = value.ends_with([',', '-', '–']) || CONTINUES.contains(&last.as_str());
        if aligned_single
            && !open
            && is_wide(&value)
            && is_narrow(&cont.text)
            && !is_wide(&cont.text)
        {
            value = cont.text.clone();
            li = ni;
            continue;
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
    value
}

/// Without a department label: the unit printed at the right of the contact lines at the top of
/// page 1 (`Telefon: 233-22288 | Kommunalreferat`, `Telefax: … | Geschäftsleitung`).
fn beside_contacts(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    let contacts = vocab.labels(LabelSet::Contact);
    let mut parts: Vec<String> = Vec::new();
    for line in doc.page_one().take(8) {
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
fn under_authority(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    let authorities = vocab.labels(LabelSet::Authorities);
    let pitch = doc.line_pitch();
    let top = top_lines(doc, 6);
    for (k, above) in top.iter().enumerate() {
        let Some(auth) = above.cells.iter().find(|c| {
            authorities
                .strip(&c.text)
                .or_else(|| authorities.strip(without_title(&c.text)))
                .is_some_and(|(rest, _)| {
                    // `Stadt Biberach an der Riß`
                    let n = rest.split_whitespace().count();
                    (1..=4).contains(&n) && !rest.chars().any(|ch| ch.is_ascii_digit())
                })
                || is_compound_authority(&c.text, authorities)
        }) else {
            continue;
        };
        let aligned = |l: &DLine| {
            l.cells
                .iter()
                .find(|c| (c.x0 - auth.x0).abs() < 4.0 || (c.x1 - auth.x1).abs() < 4.0)
                .map(|c| c.text.trim().to_string())
        };
        let Some(below) = top.get(k + 1) else {
            continue;
        };
        if below.y - above.y > pitch * 1.6 {
            continue;
        }
        let Some(text) = aligned(below) else {
            continue;
        };
        if is_unit_line(&text, vocab) {
            return Some(text);
        }
        // Layout family: letterheads of Verwaltungsgemeinschaften and Ämter that print the
        // authority's head or the body it serves between the authority and the unit
        // (`Verwaltungsgemeinschaft X` / `Der Gemeinschaftsvorsitzende` or
        // `Gemeinschaftsversammlung` / `Bauamt`): the line after such a line, a paragraph gap
        // allowed before it.
        let between = is_head_title(&text) || is_body_line(&text, vocab);
        if between
            && let Some(next) = top.get(k + 2)
            && next.y - below.y <= pitch * 2.6
            && let Some(unit) = aligned(next)
            && is_unit_line(&unit, vocab)
        {
            return Some(unit);
        }
    }
    None
}

/// True for an authority named by a compound of its kind (`Wasser- und Abwasserzweckverband
/// Obere Ilm`, `Schulzweckverband Nord`; layout family: letterheads of Zweck- and Schulverbände
/// whose kind is compounded with their task): within the first three words one that ends in an
/// authority's one-word kind of eight letters or more, longer than it, then one to four words
/// of the name, no digits.
fn is_compound_authority(text: &str, authorities: &Labels) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let compound = |w: &&str| {
        let lower = w.to_lowercase();
        authorities.iter().any(|a| {
            !a.lower.contains(' ')
                && a.lower.chars().count() >= 8
                && lower.len() > a.lower.len()
                && lower.ends_with(a.lower.as_str())
        })
    };
    let Some(k) = words.iter().take(3).position(compound) else {
        return false;
    };
    let rest = words.len().saturating_sub(k + 1);
    (1..=4).contains(&rest) && !text.chars().any(|ch| ch.is_ascii_digit())
}

/// True for a council body's name alone on a letterhead line (`Gemeinschaftsversammlung`,
/// `Verbandsversammlung Nord`): one to three capitalised words, the first built on a committee
/// noun.
fn is_body_line(text: &str, vocab: &Vocabulary) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .first()
            .is_some_and(|w| super::consultations::is_committee_noun(w, vocab))
}

/// True when a letterhead line names a unit: a word that is or ends in a unit word
/// (`Stadtplanungsamt`, `Referat für …`, not `Samtgemeinde`), or a unit number (`63
/// Bauordnungsamt`, `20 – Kämmerei`, `Museumsdienst (45)`) before a name that is no year's count
/// (`800 Jahre Musterstadt`); at most six words besides the number, no other digits (a street, a
/// phone), no `:` or `@`; never a body outside the administration (`Fraktionsbüro`) nor its head
/// (`Der Bürgermeister`).
fn is_unit_line(text: &str, vocab: &Vocabulary) -> bool {
    let units = vocab.labels(LabelSet::UnitWords);
    let (name, numbered) = match without_unit_number(text) {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    let lower = name.to_lowercase();
    let unit_word = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| units.iter().any(|u| w.ends_with(u.lower.as_str())));
    let counted = numbered
        && lower
            .split_whitespace()
            .next()
            .is_some_and(|w| w == "jahre");
    !name.chars().any(|ch| ch.is_ascii_digit())
        && !name.contains([':', '@'])
        && (1..=6).contains(&name.split_whitespace().count())
        && ((numbered && !counted) || unit_word)
        && !vocab
            .labels(LabelSet::DepartmentNot)
            .iter()
            .any(|n| lower.contains(n.lower.as_str()))
        && vocab
            .labels(LabelSet::OriginatorHeads)
            .strip(name)
            .is_none()
}

/// The unit's name without its number (KGSt style, one to three digits, maybe a sub-number):
/// `63 Bauordnungsamt`, `20 – Kämmerei`, `61.2 - Verkehrsplanung` before the name, `(45)` after.
fn without_unit_number(text: &str) -> Option<&str> {
    let is_number = |n: &str| {
        let mut parts = n.split('.');
        let head = parts.next().unwrap_or("");
        (1..=3).contains(&head.len())
            && head.chars().all(|c| c.is_ascii_digit())
            && parts.all(|p| (1..=2).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
            && n.split('.').count() <= 2
    };
    let text = text.trim();
    if let Some((first, rest)) = text.split_once(' ')
        && is_number(first)
    {
        let rest = rest.trim_start_matches(['–', '-', ' ']).trim();
        return (!rest.is_empty()).then_some(rest);
    }
    let open = text.strip_suffix(')')?.rfind('(')?;
    let number = text.get(open + 1..text.len() - 1)?;
    let rest = text.get(..open)?.trim();
    (is_number(number) && !rest.is_empty()).then_some(rest)
}

/// Without a department label: the unit that opens a contact line whose parts are set apart by
/// `·`, the clerk next (`Technische Betriebsleitung · Ing. Kai Brandt · 06008 9117-30`; layout
/// family: one-line contact lines of Zweckverbände, Eigenbetriebe and Ämter), in the first lines
/// of page 1.
fn before_clerk_part(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    top_lines(doc, 8)
        .into_iter()
        .flat_map(|l| l.cells.iter())
        .find_map(|c| {
            let mut parts = c.text.split('·').map(str::trim);
            let unit = parts.next()?;
            let clerk = parts.next()?;
            (super::text::opens_with_person(clerk) && is_unit_line(unit, vocab))
                .then(|| unit.to_string())
        })
}

/// Without a department label: the unit heading the contact block of a letterhead column, above
/// its contact lines (`Hauptamt` / `Bearbeitung: Frau X` / `Telefon: …` / `E-Mail: …`), aligned
/// with them; at most two labelled lines (`Auskunft erteilt:`, `Zimmer:`) or address lines may sit
/// in between.
fn heads_contacts(doc: &Doc, vocab: &Vocabulary) -> Option<String> {
    let contacts = vocab.labels(LabelSet::Contact);
    let authorities = vocab.labels(LabelSet::Authorities);
    let pitch = doc.line_pitch();
    let top = top_lines(doc, 12);
    let (first, contact) = top.iter().enumerate().find_map(|(i, l)| {
        l.cells
            .iter()
            // a contact line with its value; `Datum:` heads every kind of line, no contact block
            .find(|c| {
                contacts
                    .strip(&c.text)
                    .is_some_and(|(rest, l)| l.alnum != "datum" && !rest.trim().is_empty())
            })
            .map(|c| (i, c))
    })?;
    let mut below_y = top.get(first)?.y;
    for above in top.get(..first)?.iter().rev().take(6) {
        // A line of the other column only, interleaved by its baseline (`Körperschaft des
        // öffentlichen Rechts` under the authority's name left while the unit's column runs
        // right; layout family: two-column letterheads of Zweckverbände and Ämter): skipped.
        let Some(cell) = above
            .cells
            .iter()
            .find(|c| (c.x0 - contact.x0).abs() < 6.0 || (c.x1 - contact.x1).abs() < 6.0)
        else {
            continue;
        };
        if below_y - above.y > pitch * 1.8 {
            return None;
        }
        below_y = above.y;
        let text = cell.text.trim();
        // The clerk's line between the unit and its contact lines (`Technische Betriebsleitung`
        // / `Dipl.-Ing. Kai Brandt` / `Tel. …`; layout family: contact blocks of Zweckverbände,
        // Eigenbetriebe and Ämter that name the clerk under the unit).
        if super::text::opens_with_person(text) {
            continue;
        }
        // A labelled line, a postcode line or a street with its house number.
        let house_number = text
            .split_whitespace()
            .last()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
        if text.contains(':')
            || house_number
            || text.chars().filter(char::is_ascii_digit).count() >= 4
        {
            continue;
        }
        if authorities.strip(text).is_some() {
            return None;
        }
        return is_unit_line(text, vocab).then(|| text.to_string());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unit_before_its_clerk_on_a_dotted_contact_line() {
        let v = Vocabulary::embedded();
        let doc = crate::extract::doc::Doc::from_text(
            "Zweckverband Wasserversorgung Talberg\nTechnische Betriebsleitung · Ing. Kai Brandt · 06008 9117-30\nBeschlussvorlage",
        );
        assert_eq!(
            before_clerk_part(&doc, &v).as_deref(),
            Some("Technische Betriebsleitung")
        );
        let other = crate::extract::doc::Doc::from_text(
            "Stadt Aue · Marktplatz 1 · 08280 Aue\nBeschlussvorlage",
        );
        assert_eq!(before_clerk_part(&other, &v), None);
    }

    #[test]
    fn a_key_grid_s_unit_word_key_and_next_row() {
        // Layout family: key grids whose row key is a unit word (holdout21 f04) and whose next
        // row opens in the key's column (holdout20 w24).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Beschlussvorlage\n\
             Amt                       Stadtplanungsamt\n\
             Betreff: Bebauungsplan",
        );
        assert_eq!(find(&doc, &v, 2).as_deref(), Some("Stadtplanungsamt"));
        let doc = Doc::from_text(concat!(
            "Beschlussvorlage\n",
            "Fachbereich           Fachbereich II – Bau,\n",
            "                      Ordnung, Liegenschaften\n",
            "Sachbearbeiter/in Frau Kunz\n",
            "Betreff: Dorfgemeinschaftshaus",
        ));
        assert_eq!(
            find(&doc, &v, 4).as_deref(),
            Some("Fachbereich II – Bau, Ordnung, Liegenschaften")
        );
    }

    #[test]
    fn a_clerk_after_the_unit_and_a_sentence_s_end() {
        // Layout family: `Bearbeitung` rows naming unit and clerk (holdout22 q27); minutes whose
        // body names a unit word at a line's start (holdout22 q14).
        assert_eq!(
            before_clerk("Bereich Verkehrsplanung, Herr Kunz"),
            "Bereich Verkehrsplanung"
        );
        assert_eq!(
            before_clerk("Amt für Schule, Sport und Kultur"),
            "Amt für Schule, Sport und Kultur"
        );
        assert!(ends_a_sentence("Amt 50 aus seinem Budget."));
        assert!(!ends_a_sentence("Amt für Umwelt und Natur"));
        assert!(!ends_a_sentence("Referat für Stadtplanung und Bauordnung"));
    }

    #[test]
    fn a_unit_of_a_zweckverband_under_its_name() {
        // Layout family: Zweckverbände run by a Betriebsleitung (holdout21 e02).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Zweckverband Abfall Talheim                Sitzungsvorlage\n\
             Kaufmännische Betriebsleitung              Nr. VV/2026/019\n\
             Betreff: Haushaltssatzung",
        );
        assert_eq!(
            under_authority(&doc, &v).as_deref(),
            Some("Kaufmännische Betriebsleitung")
        );
    }

    #[test]
    fn a_unit_after_its_authority_and_no_routing_line() {
        let v = Vocabulary::embedded();
        assert_eq!(
            after_authority("Gemeinde Seewinkel – Fachbereich Finanzen", &v).as_deref(),
            Some("Fachbereich Finanzen")
        );
        assert_eq!(
            after_authority("Amt Seewinkel – Fachbereich Finanzen", &v).as_deref(),
            Some("Fachbereich Finanzen")
        );
        assert_eq!(
            after_authority("Amt für Umwelt – Sachgebiet Wasser", &v),
            None
        );
        assert_eq!(after_authority("Fachbereich 2 – Finanzen", &v), None);
        assert_eq!(
            after_authority("Stadt Talheim – Der Bürgermeister", &v),
            None
        );
        let doc = Doc::from_text(
            "Gemeinde Talheim - Der Bürgermeister\n\
             über die Verbandsgemeinde Seewinkel, Bauamt\n\
             Stellungnahme des Gemeinderates Talheim\n\
             Betreff:\n\
             Flächennutzungsplan",
        );
        assert_eq!(
            under_authority(&doc, &v).as_deref(),
            Some("über die Verbandsgemeinde Seewinkel, Bauamt")
        );
        assert_eq!(find(&doc, &v, doc.lines.len()), None);
    }

    #[test]
    fn the_unit_after_a_creation_stamp_s_date() {
        // Layout family: key grids stamping a paper with date and unit (holdout12 x19, x20).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Beschlussvorlage Nr.     VV-21/2025\nVorlage erstellt     13.11.2025, Bereich Finanzen\nBetreff\n",
        );
        assert_eq!(
            after_creation_date(&doc, &v, doc.lines.len()).as_deref(),
            Some("Bereich Finanzen")
        );
        let doc = Doc::from_text("Erstellt am     13.11.2025, 14:30 Uhr\n");
        assert_eq!(after_creation_date(&doc, &v, doc.lines.len()), None);
    }

    #[test]
    fn a_responsibility_label_names_a_unit_not_a_clerk() {
        // Layout family: key grids of Verbände and Große Kreisstädte (`Verantwortlich | …`).
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Nummer            IV/0001/2026
Verantwortlich    Hauptamt, Sachgebiet IT
Datum             16.09.2026

Gegenstand: Test
",
        );
        assert_eq!(
            find(&doc, &v, doc.lines.len()).as_deref(),
            Some("Hauptamt, Sachgebiet IT")
        );
        let doc = Doc::from_text(
            "Nummer            IV/0001/2026
Verantwortlich    Frau Meier
Datum             16.09.2026

Gegenstand: Test
",
        );
        assert_eq!(find(&doc, &v, doc.lines.len()), None);
    }

    #[test]
    fn an_authority_after_its_title_words() {
        // Layout family: letterheads of city-states and Große Kreisstädte.
        assert_eq!(
            without_title("Freie Hansestadt Bremen"),
            "Hansestadt Bremen"
        );
        assert_eq!(
            without_title("Freie und Hansestadt Hamburg"),
            "Hansestadt Hamburg"
        );
        assert_eq!(
            without_title("Große Kreisstadt Talheim"),
            "Kreisstadt Talheim"
        );
        assert_eq!(without_title("Stadt Talheim"), "Stadt Talheim");
        assert_eq!(without_title("und Stadt"), "und Stadt");
        let v = Vocabulary::embedded();
        let doc = Doc::from_text("Freie Hansestadt Seeburg\nOrtsamt Nordheide\n\nBetreff: Test\n");
        assert_eq!(
            find(&doc, &v, doc.lines.len()).as_deref(),
            Some("Ortsamt Nordheide")
        );
        let doc = Doc::from_text("Große Kreisstadt Talheim – Ordnungsamt\n\nBetreff: Test\n");
        assert_eq!(
            find(&doc, &v, doc.lines.len()).as_deref(),
            Some("Ordnungsamt")
        );
        let doc =
            Doc::from_text("Große Kreisstadt Talheim – Der Oberbürgermeister\n\nBetreff: Test\n");
        assert_eq!(find(&doc, &v, doc.lines.len()), None);
        let doc = Doc::from_text(
            "Gemeinde Talheim · Hauptstraße 4 · 82343 Talheim   Gemeinde Talheim\n                                                   Bauamt – Tiefbau\n",
        );
        assert_eq!(
            find(&doc, &v, doc.lines.len()).as_deref(),
            Some("Bauamt – Tiefbau")
        );
    }

    #[test]
    fn a_running_header_naming_the_paper_is_no_unit() {
        // Layout family: running headers of Ämter, `Amt X – Niederschrift Amtsausschuss`.
        assert!(names_a_paper(
            "Amt Seewinkel – Niederschrift Amtsausschuss vom 01.02.2026"
        ));
        assert!(names_a_paper("Zweckverband Nord · Beschlussvorlage"));
        assert!(!names_a_paper("Amt für Protokoll und Information"));
        assert!(!names_a_paper("Fachbereich 3 – Bauen und Umwelt"));
    }

    #[test]
    fn an_amt_s_own_name_is_no_unit() {
        // Layout family: letterheads of Ämter (Brandenburg, Mecklenburg-Vorpommern) whose
        // authority opens with the unit word `Amt`; the unit is labelled further down.
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Amt Seewinkel · Am Markt 2 · 15999 Seedorf\n\nGemeinde Seedorf\nBeschlussvorlage\nFachamt: Bauamt\nBetreff:\n",
        );
        assert_eq!(find(&doc, &v, doc.lines.len()).as_deref(), Some("Bauamt"));
        let doc = Doc::from_text(
            "Amt Seewinkel · Am Markt 2 · 15999 Seedorf\n\nAmt Seewinkel\nMitteilungsvorlage\nFachamt: Amt für Schulen\nBetreff:\n",
        );
        assert_eq!(
            find(&doc, &v, doc.lines.len()).as_deref(),
            Some("Amt für Schulen")
        );
        // A unit named `Amt …` is still read.
        let doc = Doc::from_text("Stadt Seeburg\nAmt für Schulen und Sport\nBetreff:\n");
        assert_eq!(
            find(&doc, &v, doc.lines.len()).as_deref(),
            Some("Amt für Schulen und Sport")
        );
    }

    #[test]
    fn a_heads_title_is_no_unit() {
        assert!(is_head_title("Der Amtsvorsteher"));
        assert!(is_head_title("Die Verbandsgemeindebürgermeisterin"));
        assert!(!is_head_title("Amt für Ordnung"));
        assert!(!is_head_title("Der Amtsvorsteher Bauamt"));
        assert!(!is_head_title("Büro des Bürgermeisters"));
    }

    #[test]
    fn a_unit_under_the_authority_s_head_or_body() {
        let v = Vocabulary::embedded();
        for (text, want) in [
            (
                "Verwaltungsgemeinschaft Nordheide\nGemeinschaftsversammlung\nHauptamt, SG Brandschutz\n\nBeschlussvorlage Nr. 3/2024\n",
                Some("Hauptamt, SG Brandschutz"),
            ),
            (
                "Stadt Wiesenau\nDer Bürgermeister\nTiefbauamt\n\nBetreff: x\n",
                Some("Tiefbauamt"),
            ),
            // a place under the head is no unit
            (
                "Stadt Wiesenau\nDer Bürgermeister\nMarktplatz 1\n\nBetreff: x\n",
                None,
            ),
        ] {
            assert_eq!(
                under_authority(&Doc::from_text(text), &v).as_deref(),
                want,
                "{text}"
            );
        }
    }

    #[test]
    fn a_unit_in_the_inside_address_is_the_addressee_s() {
        let v = Vocabulary::embedded();
        // an addressee under the letter's date line, its block ending on a postcode line
        let doc = Doc::from_text(
            "Planungsverband Nord\n\
             Neustadt, 14.11.2025\n\
             \n\
             Ministerium für Landesplanung\n\
             Referat GL 5\n\
             Hauptstraße 2\n\
             14467 Potsdam\n\
             Stellungnahme\n",
        );
        assert!(in_address_block(&doc, &v, "Referat GL 5"));
        let doc = Doc::from_text(
            "Gemeinde X\nBauamt\nHauptstraße 2\n14467 X\nNeustadt, 14.11.2025\nBetreff\n",
        );
        assert!(!in_address_block(&doc, &v, "Bauamt"));
        // the sender's unit right under a letterhead with the date beside it
        let doc = Doc::from_text(
            "Der Magistrat der Stadt X        X, 15.09.2025\nFachbereich 3 – Bauen\nBurgstraße 35\n34466 X\n\nBeantwortung\n",
        );
        assert!(!in_address_block(&doc, &v, "Fachbereich 3 – Bauen"));
        let doc = Doc::from_text(
            "Stadt X                                 Auskunft erteilt: Frau Y\n\
             Ortsamt Nord                            Datum: 27.06.2025\n\
             Ortsamt Nord · Hauptstraße 4 · 28309 Bremen\n\
             Die Senatorin für Bau\n\
             Referat 50 – Verkehrsplanung\n\
             Contrescarpe 72\n\
             28195 Bremen\n\
             Betreff\n",
        );
        assert!(in_address_block(&doc, &v, "Referat 50 – Verkehrsplanung"));
        assert!(!in_address_block(&doc, &v, "Ortsamt Nord Datum"));
        let doc = Doc::from_text(
            "MARKT X\nBauamt\n\nStaatliches Bauamt Y\nAbteilung Straßenbau\nz. Hd. Frau Z\n",
        );
        assert!(in_address_block(&doc, &v, "Abteilung Straßenbau"));
        assert!(!in_address_block(&doc, &v, "Bauamt"));
        // DIN 5008 form B: the sender's information block beside the inside address; its unit
        // is the sender's, and a short cell (`Amt`) is no unit.
        let doc = Doc::from_text(
            "Stadt X
             Staatliches Bauamt Y                    Amt für Stadtplanung
             z. Hd. Herrn Z                          Auskunft: Frau W
             Amt
",
        );
        assert!(!in_address_block(&doc, &v, "Amt für Stadtplanung"));
        assert!(in_address_block(&doc, &v, "Staatliches Bauamt Y"));
    }

    #[test]
    fn a_unit_line_names_a_unit_and_nothing_else() {
        let v = Vocabulary::embedded();
        for unit in [
            "Stadtplanungsamt",
            "Referat für Umwelt",
            "63 Bauordnungsamt",
            "20 – Kämmerei",
            "Museumsdienst (45)",
            "Zentrales Gebäudemanagement",
        ] {
            assert!(is_unit_line(unit, &v), "{unit}");
        }
        for not in [
            "Samtgemeinde Harsefeld",
            "Der Samtgemeindebürgermeister",
            "Der Bürgermeister",
            "Fraktionsbüro",
            "800 Jahre Musterstadt",
            "Musterstraße 12",
            "Ratsdienste",
        ] {
            assert!(!is_unit_line(not, &v), "{not}");
        }
    }

    #[test]
    fn a_contact_run_into_the_unit_is_cut_off() {
        let v = Vocabulary::embedded();
        assert_eq!(
            before_contact("Amt für Schulen und Sport Tel. 03731 273-412", &v).as_deref(),
            Some("Amt für Schulen und Sport")
        );
        assert_eq!(
            before_contact("Stadtplanungsamt", &v).as_deref(),
            Some("Stadtplanungsamt")
        );
    }

    #[test]
    fn unit_heading_a_contact_block_and_numbered_unit_under_the_authority() {
        let vocab = Vocabulary::embedded();
        // referat letterhead family: the office over its contact lines, the authority at the left
        let text = "                                        Hauptamt
                                        Bearbeitung: Frau Schäfer
Stadt Brandenburg an der Havel          Telefon: (03381) 50-7628
                                        E-Mail: anna.schaefer@example.de

Digitale Verwaltungsleistungen
";
        let doc = Doc::from_text(text);
        assert_eq!(find(&doc, &vocab, 2).as_deref(), Some("Hauptamt"));
        // two-column letterhead: a line of the left column interleaved by its baseline between
        // the unit and its contact lines
        let doc = geometry(&[
            (
                70.0,
                &[
                    (68.0, 307.0, "Zweckverband Obere Au"),
                    (396.0, 487.0, "Kaufmännische Abteilung"),
                ],
            ),
            (81.0, &[(396.0, 513.0, "Bearbeiterin: Frau Vogel")]),
            (
                84.0,
                &[(68.0, 240.0, "Körperschaft des öffentlichen Rechts")],
            ),
            (94.0, &[(396.0, 479.0, "Telefon 03629 8066-12")]),
            (111.0, &[(68.0, 252.0, "Beschlussvorlage Nr. 17/2026")]),
        ]);
        assert_eq!(
            heads_contacts(&doc, &vocab).as_deref(),
            Some("Kaufmännische Abteilung")
        );
        // a person over the contact lines is no unit
        let text = "                                        Anna Schäfer
                                        Telefon: (03381) 50-7628
Stadt Brandenburg an der Havel          E-Mail: anna.schaefer@example.de
";
        let doc = Doc::from_text(text);
        assert_eq!(find(&doc, &vocab, 2), None);
        // an authority named by a compound of its kind, its unit under it
        let doc = Doc::from_text(
            "Wasser- und Abwasserzweckverband Obere Au\nTechnische Abteilung\n\nBeschlussvorlage\n",
        );
        assert_eq!(
            find(&doc, &vocab, 2).as_deref(),
            Some("Technische Abteilung")
        );
        let authorities = vocab.labels(LabelSet::Authorities);
        assert!(is_compound_authority("Schulzweckverband Nord", authorities));
        assert!(!is_compound_authority("Zweckverband Nord", authorities));
        assert!(!is_compound_authority("Abwasserzweckverband", authorities));
        // older Word template: the office with its KGSt number under the authority
        for unit in ["52 – Sportamt", "Museumsdienst (45)", "63 Bauordnungsamt"] {
            let doc = Doc::from_text(&format!("Stadt Kempten\n{unit}\n\nBeschlussvorlage\n"));
            assert_eq!(find(&doc, &vocab, 2).as_deref(), Some(unit));
        }
        assert_eq!(without_unit_number("12345 Musterstadt"), None);
        assert_eq!(
            without_unit_number("61.2 - Verkehrsplanung"),
            Some("Verkehrsplanung")
        );
    }

    /// The cells of one line: `(x0, x1, text)`.
    type Cells<'a> = &'a [(f32, f32, &'a str)];

    /// A page-1 document of lines at baselines `y`, each of cells `(x0, x1, text)`.
    fn geometry(lines: &[(f32, Cells<'_>)]) -> Doc {
        Doc {
            lines: lines
                .iter()
                .map(|(y, cells)| DLine::of_spans(*y, 10.5, false, cells))
                .collect(),
            ..Doc::default()
        }
    }

    #[test]
    fn a_rejected_candidate_gives_way_to_the_next_strategy() {
        // Layout family: Amt letterheads with the unit right of the authority and the clerk's
        // contact lines under it, a letter's addressees left.
        let vocab = Vocabulary::embedded();
        let doc = geometry(&[
            (
                76.0,
                &[(72.0, 138.0, "Amt Seewinkel"), (487.0, 535.0, "Kämmerei")],
            ),
            (
                89.0,
                &[
                    (72.0, 157.0, "Die Amtsdirektorin"),
                    (432.0, 535.0, "Auskunft: Frau Kruse"),
                ],
            ),
            (103.0, &[(427.0, 535.0, "Telefon 03323 421-20")]),
            (
                116.0,
                &[
                    (72.0, 212.0, "An die Gemeindevertretungen"),
                    (476.0, 534.0, "Az. 20 21 03"),
                ],
            ),
            (
                130.0,
                &[
                    (72.0, 246.0, "Seedorf, Auendorf und Bruch"),
                    (436.0, 534.0, "Seedorf, 07.10.2026"),
                ],
            ),
            (168.0, &[(68.0, 222.0, "Rundschreiben Nr. 14/2026")]),
            (187.0, &[(68.0, 518.0, "Hebesätze der Grundsteuer 2027")]),
            (206.0, &[(68.0, 358.0, "Sehr geehrte Damen und Herren,")]),
        ]);
        assert_eq!(find(&doc, &vocab, 7).as_deref(), Some("Kämmerei"));
    }

    #[test]
    fn a_unit_word_printed_twice_once() {
        assert_eq!(undoubled("Dezernat Dezernat II".into()), "Dezernat II");
        assert_eq!(undoubled("Amt für Amtshilfe".into()), "Amt für Amtshilfe");
    }

    #[test]
    fn a_label_read_as_the_value_is_no_department() {
        let vocab = Vocabulary::embedded();
        let text = "Datum              Verfasser            Status        Auskunft
                    24. April 2017     Schulamt             Ö             Frau Kaiser

Beschlussvorschlag
";
        let doc = Doc::from_text(text);
        let got = find(&doc, &vocab, doc.lines.len());
        assert!(
            !matches!(got.as_deref(), Some("Status" | "Auskunft")),
            "{got:?}"
        );
    }

    #[test]
    fn a_return_address_line_is_no_unit() {
        // Layout family: invitations and letters of Ämter whose sender line holds the address.
        let vocab = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Gemeinde Osterrönfeld\nAmt Eiderkanal – Schulstraße 36 – 24783 Osterrönfeld –\n\nEinladung\n",
        );
        assert_eq!(find(&doc, &vocab, doc.lines.len()), None);
        assert!(has_postcode_place("Meindlstraße 14, 81373 München"));
        assert!(has_postcode_place("28195 Bremen"));
        assert!(!has_postcode_place("Amt 61 – Stadtplanung"));
    }

    #[test]
    fn the_labelled_fachabteilung_under_its_dezernat() {
        // Layout family: Baden-Württemberg Word templates, `Dezernat:` and `Fachabteilung:` keys.
        let vocab = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Vorlage Nr.:       2025/214\nDezernat:          III – Bauen und Umwelt\n\
             Fachabteilung:     Tiefbau\nDatum:             18. September 2025\n",
        );
        assert_eq!(
            find(&doc, &vocab, doc.lines.len()).as_deref(),
            Some("Tiefbau")
        );
    }

    #[test]
    fn the_office_below_its_abteilung_or_dezernat() {
        let vocab = Vocabulary::embedded();
        let text = "Bezirksamt Nord von Berlin               Markt 1\nAbteilung Ordnung, Umwelt und Verkehr             12345 Berlin\nStraßen- und Grünflächenamt                       Tel. (030) 1234-5\n\nVorlage zur Kenntnisnahme\n";
        let doc = Doc::from_text(text);
        assert_eq!(
            find(&doc, &vocab, doc.lines.len()).as_deref(),
            Some("Straßen- und Grünflächenamt")
        );
        let text = "Landratsamt Nordkreis\nDezernat 4 – Umwelt und Technik\nEigenbetrieb Abfallwirtschaft Nordkreis\n\nSitzungsvorlage\n";
        let doc = Doc::from_text(text);
        assert_eq!(
            find(&doc, &vocab, doc.lines.len()).as_deref(),
            Some("Eigenbetrieb Abfallwirtschaft Nordkreis")
        );
        let text = "Landratsamt Nordkreis\nDezernat 4 – Umwelt und Technik\n\nSitzungsvorlage\n";
        let doc = Doc::from_text(text);
        assert_eq!(
            find(&doc, &vocab, doc.lines.len()).as_deref(),
            Some("Dezernat 4 – Umwelt und Technik")
        );
    }

    #[test]
    fn last_unit_of_a_dotted_letterhead() {
        let vocab = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Stadt Seeburg · Baudezernat · Stadtplanungsamt\n\nDrucksache Nr. 1/2024\n",
        );
        assert_eq!(
            find(&doc, &vocab, doc.lines.len()).as_deref(),
            Some("Stadtplanungsamt")
        );
        let doc =
            Doc::from_text("Stadt Seeburg · Markt 1 · 12345 Seeburg\n\nDrucksache Nr. 1/2024\n");
        assert_eq!(find(&doc, &vocab, doc.lines.len()), None);
        // Layout family: Verbandsgemeinden printing papers of their member municipalities, the
        // unit's number and name set apart by a dash inside a dotted part, wrapped after a comma.
        let doc = Doc::from_text(
            "Gemeinde Musterfeld\n\
             Verbandsgemeinde Seeland · Fachbereich III – Bau und Liegenschaften\n\
             Drucksachen-Nr. BV 11/2026\n",
        );
        assert_eq!(
            dotted_letterhead(&doc, &vocab).as_deref(),
            Some("Fachbereich III – Bau und Liegenschaften")
        );
        let doc = Doc::from_text(
            "Verbandsgemeinde Seeland · Der Bürgermeister · Fachbereich I – Zentrale Dienste,\n\
             Schulen und Kitas\n\
             Informationsvorlage IV/007/2026\n",
        );
        assert_eq!(
            dotted_letterhead(&doc, &vocab).as_deref(),
            Some("Fachbereich I – Zentrale Dienste, Schulen und Kitas")
        );
        let doc =
            Doc::from_text("Verbandsgemeinde Seeland · Amt 66 – Straßenbau\nBeschlussvorlage\n");
        assert_eq!(
            dotted_letterhead(&doc, &vocab).as_deref(),
            Some("Amt 66 – Straßenbau")
        );
    }

    #[test]
    fn unit_below_the_authority() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "                              Stadt Seeburg\n\
                      \x20                             Zentrales Gebäudemanagement\n\
                      Mitteilungsvorlage MV 2023/0077\n",
        );
        assert_eq!(
            under_authority(&dc, &v).as_deref(),
            Some("Zentrales Gebäudemanagement")
        );
        let dc = Doc::from_text("Stadt Seeburg\nDer Oberbürgermeister\nMitteilungsvorlage\n");
        assert_eq!(under_authority(&dc, &v), None);
        let dc = Doc::from_text("Stadt Seeburg\nRathausplatz 1, Amtshaus\n");
        assert_eq!(under_authority(&dc, &v), None);
    }

    #[test]
    fn merged_cells_with_place_date() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "Dienststelle: Amt 20 - Finanzen, Musterstadt, den 2. November\nSteueramt 2022\n",
        );
        assert_eq!(
            find(&dc, &v, dc.lines.len()).as_deref(),
            Some("Amt 20 - Finanzen, Steueramt 2022")
        );
    }

    #[test]
    fn unit_word_without_colon_and_aligned_continuation() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "Referat Umwelt und gesellschaftliche                 Drucksache 12/2023\nTeilhabe\nGz: AB 12\n",
        );
        assert_eq!(
            find(&dc, &v, dc.lines.len()).as_deref(),
            Some("Referat Umwelt und gesellschaftliche Teilhabe")
        );
    }

    #[test]
    fn side_bar_department_beside_a_table() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            r#"Eingereicht von:        Gremium           Termin
Dezernat II,
                        Bauausschuss      01.02.2024
Amt für Umwelt und
Klima                   Stadtrat          08.02.2024
"#,
        );
        assert_eq!(
            find(&dc, &v, dc.lines.len()).as_deref(),
            Some("Dezernat II, Amt für Umwelt und Klima")
        );
    }

    #[test]
    fn unit_beside_the_contact_lines() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "Telefon: 0 233-1234             Baureferat\nTelefax: 0 233-1235             Hochbau\n\nBetreff\n",
        );
        assert_eq!(
            beside_contacts(&dc, &v).as_deref(),
            Some("Baureferat Hochbau")
        );
        let dc = Doc::from_text("Telefon: 0 233-1234             Köln, den 3.4.2022\n");
        assert_eq!(beside_contacts(&dc, &v), None);
    }

    #[test]
    fn department_continues_after_connector() {
        let v = Vocabulary::embedded();
        let dc = Doc::from_text(
            "Federführung:   Fachbereich 3 - Jugend, Schule und\n                Sport\nBearbeitung:    N. N.\n",
        );
        assert_eq!(
            find(&dc, &v, dc.lines.len()).as_deref(),
            Some("Fachbereich 3 - Jugend, Schule und Sport")
        );
    }
}
