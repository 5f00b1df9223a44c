//! Sessions printed without any label or header row: rows `Body  DATE  [öffentlich]  [role]`
//! in the header ([`headerless_rows`]) and one session line whose parts are set apart by dashes
//! ([`dashed_line`]).

use super::super::dates::find_dates;
use super::super::doc::{DLine, Doc, cells_text};
use super::super::text::join_lines;
use super::prose::GENERIC_BUSINESS;
use super::roles::role_of;
use super::session_lines::is_body_name;
use crate::fold::spelled as fold_spelled;
use crate::record::{Consultation, Role};
use crate::vocab::{LabelSet, Vocabulary};
use std::ops::Not;

/// Header lines searched for such sessions.
const HEADER_LINES: usize = 30;

/// The header lines searched: page 1's first [`HEADER_LINES`].
fn header_lines(doc: &Doc) -> Vec<&DLine> {
    doc.page_one().take(HEADER_LINES).collect()
}

/// Public-status words a session row may print beside its role (longest first).
const PUBLIC_WORDS: [&str; 3] = ["nicht öffentlich", "nichtöffentlich", "öffentlich"];

/// `rest` without public-status words (bare or in brackets), trimmed.
fn without_public(rest: &str) -> String {
    let mut s = rest.to_string();
    for w in PUBLIC_WORDS {
        s = s.replace(&format!("({w})"), " ").replace(w, " ");
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when `rest` held a public-status word.
fn has_public(rest: &str) -> bool {
    PUBLIC_WORDS.iter().any(|w| rest.contains(w))
}

/// The role of what follows a session's date: `Some(None)` when nothing does, `None` when
/// something other than a role or public status does (then it is no session row).
fn trailing_role(rest: &str, vocab: &Vocabulary) -> Option<Option<Role>> {
    let left = without_public(rest);
    if left.is_empty() {
        return Some(None);
    }
    role_of(&left, &vocab.roles).map(Some)
}

/// One row `Body DATE [public] [role]`: the body's name (see [`is_body_name`]) right before the
/// first date, nothing but a role or public status after it. `next`: the line below, taken as
/// the name's continuation when the name alone is no body's (`Haupt- und` / `Finanzausschuss`)
/// or when it stands right under the name in the name's column ([`continues_name`]); or as the
/// row's role when it is a role alone (`Technischer Ausschuss – | 24.11.2025 | öffentlich` /
/// `Vorberatung`). Returns the session and how many lines below it were read.
fn row(
    line: &DLine,
    next: Option<&DLine>,
    close: bool,
    vocab: &Vocabulary,
) -> Option<(Consultation, usize)> {
    let text = line.text.as_str();
    let d = find_dates(text, vocab).into_iter().next()?;
    let printed = text.get(..d.start)?.trim();
    // The name is the row's first cell, whole (a letterhead's `Ortsrat X | Ort, 11.11.2025`
    // runs a body into a place's date).
    // A row set with single spaces is one cell (layout family: Landschaftsverband and
    // Bezirksverband Vorlagen, `Bezirksausschuss 19.11.2025 zur Kenntnis`): its name must be a
    // body's alone and a role must follow the date.
    let one_cell = line.cells.len() == 1;
    if (!one_cell && line.cells.first().map(|c| c.text.trim()) != Some(printed))
        || printed.contains(',')
    {
        return None;
    }
    // A dash after the name sets it apart from the date cell (`Technischer Ausschuss –`).
    let name = trim_separators(printed);
    let mut role = trailing_role(text.get(d.end..)?, vocab)?;
    let near = next.filter(|_| close);
    let near_text = near.map(|n| n.text.trim());
    // A role alone on the line below (layout family: Baden-Württemberg Vorlagen whose session
    // rows print the role under the body's name).
    let mut used = 0;
    if role.is_none()
        && !one_cell
        && let Some(r) = near_text
            .filter(|t| t.split_whitespace().count() <= 3 && find_dates(t, vocab).is_empty())
            .and_then(|t| role_of(t, &vocab.roles))
    {
        role = Some(r);
        used = 1;
    }
    if name.is_empty() || (one_cell && (role.is_none() || !is_body_name(name, vocab))) {
        return None;
    }
    let one = |committee: String, lines: usize| {
        let c = Consultation {
            committee,
            date: Some(d.date),
            role,
        };
        Some((c, lines))
    };
    if used == 0
        && let Some(joined) = near.and_then(|n| continues_name(name, line, n, vocab))
    {
        return one(joined, 1);
    }
    if is_body_name(name, vocab) {
        return one(name.to_string(), used);
    }
    if used > 0 {
        return None;
    }
    let next = next?.text.trim();
    let joined = format!("{name} {next}");
    // A wrapped name: its second line holds no date and is a name's end, not a sentence.
    (find_dates(next, vocab).is_empty()
        && next.split_whitespace().count() <= 3
        && next.starts_with(char::is_uppercase)
        && is_body_name(&joined, vocab))
    .then_some(())?;
    one(joined, 1)
}

/// The name of a session row wrapped in its narrow column (layout family: Berlin Bezirksamt
/// and Rhineland-Palatinate Verbandsgemeinde Vorlagen whose session row breaks the body's name,
/// `Bezirksverordnetenversammlu` / `ng`, `Ortsgemeinderat` / `Landscheid`): the line below is
/// one cell starting where the name starts and ending before the row's next cell, one or two
/// words without a date, colon or role —
/// a word's end (lower case after a lower-case letter, joined without a space) or the name's
/// last words (capitalised); the joined name must be a body's.
fn continues_name(name: &str, row: &DLine, next: &DLine, vocab: &Vocabulary) -> Option<String> {
    let [cell] = next.cells.as_slice() else {
        return None;
    };
    let x0 = row.cells.first().map(|c| c.x0);
    // The continuation fits in the name's column: it ends before the row's next cell (a title
    // below the table runs across it).
    let fits = row.cells.get(1).is_some_and(|c| cell.x1 < c.x0);
    let t = cell.text.trim();
    let words = t.split_whitespace().count();
    let aligned = x0.is_some_and(|x| (cell.x0 - x).abs() <= 3.0);
    // A title or heading below the row is set in another weight or size.
    let same_face = next.bold == row.bold && (next.size - row.size).abs() < 0.5;
    if !aligned
        || !fits
        || !same_face
        || !(1..=2).contains(&words)
        || t.contains(':')
        || !find_dates(t, vocab).is_empty()
        || role_of(t, &vocab.roles).is_some()
        || vocab.status_of(&fold_spelled(t)).is_some()
    {
        return None;
    }
    let joined = if t.starts_with(char::is_lowercase)
        && words == 1
        && name.ends_with(|c: char| c.is_lowercase())
    {
        format!("{name}{t}")
    } else if t.starts_with(char::is_uppercase) {
        format!("{name} {t}")
    } else {
        return None;
    };
    is_body_name(&joined, vocab).then_some(joined)
}

/// Session rows in the header with neither a Beratungsfolge label nor a header row (layout
/// family: Landschaftsverband and Verbandsgemeinde Vorlagen, Anträge and Anfragen that print
/// `Ausschuss für Inklusion   17.11.2025 empfehlender Beschluss` lines under the paper's key
/// fields; a committee wrapped onto the next line). The rows stand together: the first line
/// that is none ends them.
pub(super) fn headerless_rows(doc: &Doc, vocab: &Vocabulary) -> Vec<Consultation> {
    let lines = header_lines(doc);
    let pitch = doc.line_pitch();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // The line below belongs to the row only when no paragraph break parts them.
        let close = doc.break_after(i, pitch).not();
        match lines
            .get(i)
            .and_then(|l| row(l, lines.get(i + 1).copied(), close, vocab))
        {
            Some((c, used)) => {
                out.push(c);
                i += 1 + used;
            }
            None if !out.is_empty() => break,
            None => i += 1,
        }
    }
    out
}

/// Lead-ins before a body's name on a dashed session line (`Beratung im Ortsgemeinderat X am …`;
/// with a colon, `Beratung in: Gemeinschaftsversammlung – Sitzung am …`: layout family: Bavarian
/// Verwaltungsgemeinschaft Vorlagen that print the session as a labelled line).
const LEAD_INS: [&str; 6] = [
    "Beratung im ",
    "Beratung in der ",
    "Beratung in ",
    "Beratung durch den ",
    "Beratung in: ",
    "Beratung im: ",
];

/// A session line's status part as the paper prints it (`öffentlich`, `nichtöffentlicher Teil`,
/// `Ö`): Some(true) public, Some(false) not, None when the part is no status.
fn status_part(part: &str, vocab: &Vocabulary) -> Option<bool> {
    vocab.status_of(&fold_spelled(
        part.trim_matches(|c: char| matches!(c, '(' | ')' | '.' | ' ')),
    ))
}

/// Marks that open a listed line (`• Bauausschuss, …`, `- Rat …`).
const BULLETS: [char; 6] = ['•', '·', '▪', '*', '-', '–'];

/// Separators between a session line's parts.
const SEPARATORS: [&str; 4] = [" – ", " - ", " — ", ", "];

/// `text` without separators, colons and white space at its ends.
fn trim_separators(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || matches!(c, '–' | '-' | '—' | ',' | ':'))
}

/// One session line in parts (layout family: Vorlagen of Gemeinden, Verwaltungsgemeinschaften,
/// Landratsämter and planning associations that print each session on a line of its own,
/// without a table: `Gemeinderat – 27.11.2025 – Kenntnisnahme – öffentlich`, `Bauausschuss –
/// Sitzung am 13.11.2025 – öffentlich – Vorberatung`, `Stadtrat X, Sitzung am 18.11.2025 –
/// nichtöffentlicher Teil – Entscheidung`, `• Umweltausschuss, 19.11.2025, öffentlich, zur
/// Kenntnisnahme`, `Beratung im Ortsgemeinderat X am 13.11.2025 – nichtöffentlich – Beschluss`).
/// The grammar: [bullet] [lead-in] BODY [sep] [`Sitzung`] [`am`|`vom`] DATE, then parts set
/// apart by dashes or commas (or brackets), each a public status or a role; at least one
/// separator, a body's name, and a role or a status printed — else nothing. Returns the session
/// and the status printed for it.
pub(crate) fn session_line(text: &str, vocab: &Vocabulary) -> Option<(Consultation, Option<bool>)> {
    session_line_in(text, vocab, false)
}

/// [`session_line`]; `labelled`: the line stands under a Beratungsfolge label, where a line
/// without separators (`Ausschuss für Umwelt 04.12.2025 zur Kenntnisnahme`, `Planungsausschuss
/// am 10.12.2025 zur Kenntnis`) is a session line too when the rest of the grammar holds.
fn session_line_in(
    text: &str,
    vocab: &Vocabulary,
    labelled: bool,
) -> Option<(Consultation, Option<bool>)> {
    let text = text.trim();
    let text = match text.strip_prefix(BULLETS) {
        Some(rest) if rest.starts_with(' ') => rest.trim_start(),
        _ => text,
    };
    // A role before the body (`zur Kenntnisnahme im Ausschuss für Umwelt am 25.11.2025
    // (öffentlich)`; layout family: Mitteilungsvorlagen that name the one session they go to),
    // or a role label with its colon (`Zur Kenntnisnahme an: Verbandsgemeinderat am 03.12.2025
    // (öffentliche Sitzung)`; layout family: Mitteilungsvorlagen of Verbandsgemeinden and
    // Hessian Magistrate that print the addressee body on the label's line).
    let (lead_role, text) = match role_lead_in(text, vocab).or_else(|| role_label_in(text, vocab)) {
        Some((r, rest)) => (Some(r), rest),
        None => (None, text),
    };
    if !labelled && lead_role.is_none() && !SEPARATORS.iter().any(|s| text.contains(s)) {
        return None;
    }
    // Sessions listed with semicolons (`Ortsbeirat X, 02.02.2025, Anhörung; Beratung: …`) are
    // prose of several sessions, not one session line.
    if labelled && text.contains(';') {
        return None;
    }
    let d = find_dates(text, vocab).into_iter().next()?;
    let mut public = None;
    let mut seen_status = |p: bool| -> Option<()> {
        // two statuses that disagree on one line: no session line
        (public.replace(p) != Some(!p)).then_some(())
    };
    // The name: everything before the date, without `Sitzung am`, a status and separators.
    let mut head = trim_separators(text.get(..d.start)?).to_string();
    loop {
        let lower = head.to_lowercase();
        let cut = [" sitzung am", " sitzung vom", " sitzung", " am", " vom"]
            .iter()
            .find_map(|w| lower.strip_suffix(w).map(str::len));
        if let Some(n) = cut {
            head = trim_separators(head.get(..n)?).to_string();
            continue;
        }
        // `Jugendhilfeausschuss (öffentlich)`, `Planungsausschuss – öffentliche Sitzung`
        let split = SEPARATORS
            .iter()
            .chain([" (", " "].iter())
            .filter_map(|s| head.rfind(s).map(|k| (k, s.len())))
            .find_map(|(k, n)| Some((k, status_part(head.get(k + n..)?, vocab)?)));
        let Some((k, p)) = split else {
            break;
        };
        seen_status(p)?;
        head = trim_separators(head.get(..k)?).to_string();
    }
    let name = LEAD_INS
        .iter()
        .find_map(|l| head.strip_prefix(l))
        .unwrap_or(&head)
        .trim();
    if !is_body_name(name, vocab) {
        return None;
    }
    let mut role = lead_role;
    let tail = text.get(d.end..)?.replace(['(', ')'], " – ");
    let mut parts = vec![tail.as_str()];
    for sep in SEPARATORS {
        parts = parts.into_iter().flat_map(|p| p.split(sep)).collect();
    }
    for p in parts
        .into_iter()
        .map(trim_separators)
        .filter(|p| !p.is_empty())
    {
        if let Some(s) = status_part(p, vocab) {
            seen_status(s)?;
            continue;
        }
        // `öffentlich Vorberatung`: a status and a role set apart by white space only
        if has_public(p) {
            let r = role_of(&without_public(p), &vocab.roles)?;
            seen_status(!p.contains("nicht"))?;
            role.replace(r).is_none().then_some(())?;
            continue;
        }
        let r = role_of(p, &vocab.roles)?;
        role.replace(r).is_none().then_some(())?;
    }
    (public.is_some() || role.is_some()).then_some(())?;
    Some((
        Consultation {
            committee: name.to_string(),
            date: Some(d.date),
            role,
        },
        public,
    ))
}

/// Words between a role label and its colon (`Zur Kenntnisnahme an:`, `Vorberatung durch:`,
/// `Beratung in:`).
const ROLE_LABEL_ENDS: [&str; 4] = [" an", " durch", " im", " in"];

/// A leading role label with its colon (`Zur Kenntnisnahme an: …`, `Entscheidung: …`) and the
/// text after it: one to four words before the colon, a role without the words that lead to
/// the body.
fn role_label_in<'a>(text: &'a str, vocab: &Vocabulary) -> Option<(Role, &'a str)> {
    let (head, rest) = text.split_once(": ")?;
    if !(1..=4).contains(&head.split_whitespace().count()) {
        return None;
    }
    let head = ROLE_LABEL_ENDS
        .iter()
        .find_map(|e| head.strip_suffix(e))
        .unwrap_or(head);
    // `Beratung:` heads a Beratungsfolge, it names no role.
    if head.trim().eq_ignore_ascii_case("beratung") {
        return None;
    }
    let role = role_of(head, &vocab.roles)?;
    Some((role, rest.trim_start()))
}

/// Prepositions between a leading role and the body (`zur Kenntnisnahme im …`).
const ROLE_TO_BODY: [&str; 4] = [" im ", " in der ", " in den ", " beim "];

/// A leading `zur <role> im|in der …` and the text after it.
fn role_lead_in<'a>(text: &'a str, vocab: &Vocabulary) -> Option<(Role, &'a str)> {
    let rest = text
        .strip_prefix("zur ")
        .or_else(|| text.strip_prefix("zum "))
        .or_else(|| text.strip_prefix("Zur "))?;
    let (k, n) = ROLE_TO_BODY
        .iter()
        .filter_map(|p| rest.find(p).map(|k| (k, p.len())))
        .min_by_key(|(k, _)| *k)?;
    let word = rest.get(..k)?;
    // one or two words of role (`Kenntnisnahme`, `abschließenden Beratung` is no role word);
    // `zur Beratung im …` names the business, no role (layout family: opinions and motions
    // naming the session that will discuss them; read by prose without a role)
    if word.split_whitespace().count() > 2 || word.trim().eq_ignore_ascii_case(GENERIC_BUSINESS) {
        return None;
    }
    let role =
        role_of(&format!("zur {word}"), &vocab.roles).or_else(|| role_of(word, &vocab.roles))?;
    Some((role, rest.get(k + n..)?))
}

/// Session lines ([`session_line`]) in the header, one after another: the first such line and
/// the lines right below it that are such lines too.
pub(super) fn dashed_line(doc: &Doc, vocab: &Vocabulary) -> Vec<Consultation> {
    let lines = header_lines(doc);
    let Some(first) = lines
        .iter()
        .position(|l| one_cell_session(l, vocab).is_some())
    else {
        return Vec::new();
    };
    lines
        .iter()
        .skip(first)
        .map_while(|l| one_cell_session(l, vocab).map(|(c, _)| c))
        .collect()
}

/// Session lines right under a Beratungsfolge label (layout family: Vorlagen of Gemeinden,
/// Ämter and Regionalverbände that list each session as a line of text under `Beratungsfolge:`,
/// with or without dashes: `Ausschuss für Umwelt, Bau und Verkehr der Gemeinde X – 28.04.2025 –
/// Vorberatung`, `Ausschuss für Stadtentwicklung 04.12.2025 zur Kenntnisnahme`; the first on
/// the label's line, a role or a name wrapped onto the next line). Each line, or two lines
/// joined, must read whole by the session-line grammar ([`session_line`]); the first line that
/// does not ends the list. Returns the sessions and the last line read, None when the first
/// line is none (a table's rows, prose and key/value lines are read by their own rules).
pub(super) fn under_label(
    doc: &Doc,
    vocab: &Vocabulary,
    start: usize,
) -> Option<(Vec<Consultation>, usize)> {
    let label = doc.lines.get(start)?;
    let pitch = doc.line_pitch();
    let mut items: Vec<(usize, String)> = Vec::new();
    if label.cells.len() <= 2
        && let Some((rest, _)) = vocab.labels(LabelSet::Consultations).strip(&label.text)
    {
        let rest = rest.trim_start_matches([':', ' ']).trim();
        if !rest.is_empty() {
            items.push((start, rest.to_string()));
        }
    }
    for (k, line) in doc.lines.iter().enumerate().skip(start + 1).take(8) {
        let one_run = match line.cells.as_slice() {
            [_] => true,
            [b, _] => {
                let t = b.text.trim();
                t.chars().count() == 1 && t.starts_with(BULLETS)
            }
            _ => false,
        };
        if !one_run || line.furniture || line.page != label.page {
            break;
        }
        items.push((k, line.text.clone()));
    }
    let parse = |t: &str| session_line_in(t, vocab, true).map(|(c, _)| c);
    let mut found = Vec::new();
    let mut end = start;
    let mut j = 0;
    while let Some((k, text)) = items.get(j) {
        if let Some(c) = parse(text) {
            found.push(c);
            end = *k;
            j += 1;
            continue;
        }
        let joined = items
            .get(j + 1)
            .filter(|(n, _)| !doc.break_after(*k, pitch) && *n == k + 1)
            .and_then(|(n, next)| Some((*n, parse(&join_lines(text, next))?)));
        let Some((n, c)) = joined else {
            break;
        };
        found.push(c);
        end = n;
        j += 2;
    }
    (!found.is_empty()).then_some((found, end))
}

/// True for a key cell naming the sessions beside it (`Gremium / Termin`, `Sitzung:`,
/// `Beratungsfolge`): each part set apart by `/` a committee column's or session's word or the
/// Beratungsfolge label.
fn is_session_key(key: &str, vocab: &Vocabulary) -> bool {
    let parts: Vec<&str> = key
        .trim()
        .trim_end_matches(':')
        .split('/')
        .map(str::trim)
        .collect();
    // A label the vocabulary writes with its colon (`Beratung:`) stands without it in a key
    // grid's key cell (`Beratung | Kreistag, 25.11.2026, Kenntnisnahme`; layout family:
    // SessionNet-like key tables of Kreise and Gemeinden): the grid's column parts key and value.
    let known = |p: &str| {
        matches!(p, "Sitzung" | "Termin")
            || [
                LabelSet::CommitteeColumn,
                LabelSet::SessionDate,
                LabelSet::Consultations,
            ]
            .iter()
            .any(|set| vocab.labels(*set).is_whole(p))
            || vocab
                .labels(LabelSet::Consultations)
                .is_whole(&format!("{p}:"))
    };
    parts.len() <= 3 && parts.iter().all(|p| !p.is_empty() && known(p))
}

/// Session lines as the value of a key in a key grid (layout family: Vorlagen of Zweckverbände,
/// Stadtwerke and Verbände whose header is a two-column grid, `Gremium / Termin | Verwaltungsrat –
/// 27.11.2025 – nichtöffentlich –` with the rest wrapped in the value column, `Sitzung: |
/// Aufsichtsrat am 24.09.2026 – Beschlussfassung`): the key a session's or committee column's
/// word, the value and the lines below it that stand in the value column alone read by the
/// session-line grammar ([`session_line`]); a line that ends on a separator goes on on the next.
/// The first value line that does not read ends the list.
pub(super) fn in_key_grid(doc: &Doc, vocab: &Vocabulary, header_end: usize) -> Vec<Consultation> {
    let lines = header_lines(doc);
    for (k, line) in lines.iter().enumerate() {
        let [key, first, ..] = line.cells.as_slice() else {
            continue;
        };
        let value = cells_text(line.cells.get(1..).unwrap_or_default());
        // A role label as the key (`zur Kenntnis an | Ausschuss X, Sitzung am` / `10.11.2026`;
        // layout family: key tables of Berichte and Mitteilungen that name the addressee body
        // under its role): read as the role label before its value.
        let role_key = format!("{}: {value}", key.text.trim().trim_end_matches(':'));
        let role_keyed = role_label_in(&role_key, vocab).is_some();
        if line.furniture || !(role_keyed || is_session_key(&key.text, vocab)) {
            continue;
        }
        let mut items = vec![if role_keyed { role_key } else { value }];
        for below in lines.iter().skip(k + 1) {
            match below.cells.as_slice() {
                [c] if (c.x0 - first.x0).abs() < 4.0 && !below.furniture => {
                    items.push(c.text.clone());
                }
                _ => break,
            }
        }
        let (mut found, read) = read_items_counted(&items, vocab);
        // Under a role key every line below must read (`zur Information: | Ausschuss X am` /
        // `20.02.2025` / `Stadtrat am 12.03.2025`): the role speaks for them all, which the
        // readers of role labels over listed sessions take.
        if role_keyed && read < items.len() {
            continue;
        }
        // The role on the next key row (`Gremium / Termin: | Gemeinderat, 04.11.2026` /
        // `Beratungsziel: | Information`; layout family: Thuringian and Saxon key grids that key
        // the body's session and its purpose apart): one session, the role the whole value.
        if found.is_empty()
            && let [item] = items.as_slice()
            && let Some([_, role]) = lines.get(k + 1).map(|l| l.cells.as_slice())
            && role.text.split_whitespace().count() <= 3
            && role_of(&role.text, &vocab.roles).is_some()
        {
            found = read_items(&[format!("{item}, {}", role.text.trim())], vocab);
        }
        // A bare `Sitzung:` may name the session that adopted an opinion, before the paper.
        if !found.is_empty()
            && super::keyed::goes_forward(&key.text, doc, vocab, header_end, &found)
        {
            return found;
        }
    }
    Vec::new()
}

/// Value lines read as session lines, a line ending on a separator joined to the next first;
/// the first that does not read (alone or joined) ends them.
fn read_items(items: &[String], vocab: &Vocabulary) -> Vec<Consultation> {
    read_items_counted(items, vocab).0
}

/// [`read_items`] and the number of items read.
fn read_items_counted(items: &[String], vocab: &Vocabulary) -> (Vec<Consultation>, usize) {
    let parse = |t: &str| session_line_in(t, vocab, true).map(|(c, _)| c);
    let open = |t: &str| t.trim_end().ends_with(['–', '-', '—', ',']);
    let mut found = Vec::new();
    let mut j = 0;
    while let Some(text) = items.get(j) {
        let joined = items
            .get(j + 1)
            .and_then(|next| parse(&join_lines(text, next)));
        let (c, n) = match (open(text), joined) {
            (true, Some(c)) => (c, 2),
            (_, joined) => match (parse(text), joined) {
                (Some(c), _) => (c, 1),
                (None, Some(c)) => (c, 2),
                (None, None) => break,
            },
        };
        found.push(c);
        j += n;
    }
    (found, j)
}

/// [`session_line`] on a line set as one run of text (a table's row, whose cells may hold
/// commas of a name, is read by the table's rules).
pub(super) fn one_cell_session(
    line: &DLine,
    vocab: &Vocabulary,
) -> Option<(Consultation, Option<bool>)> {
    let bullet = |c: &super::super::doc::DCell| {
        let t = c.text.trim();
        t.chars().count() == 1 && t.starts_with(BULLETS)
    };
    let one_run = match line.cells.as_slice() {
        [_] => true,
        [b, _] => bullet(b),
        _ => false,
    };
    (one_run && !line.furniture)
        .then(|| session_line(&line.text, vocab))
        .flatten()
}

/// The public status the paper's session lines ([`session_line`]) print, when the header has
/// such lines and all that print one agree.
pub(crate) fn status_of_session_lines(doc: &Doc, vocab: &Vocabulary) -> Option<bool> {
    let mut seen = header_lines(doc)
        .into_iter()
        .filter_map(|l| one_cell_session(l, vocab).and_then(|(_, p)| p));
    let first = seen.next()?;
    seen.all(|p| p == first).then_some(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<(String, String, Option<Role>)> {
        let doc = Doc::from_text(text);
        headerless_rows(&doc, &Vocabulary::embedded())
            .into_iter()
            .map(super::super::tests::as_tuple)
            .collect()
    }

    #[test]
    fn the_business_alone_leads_to_no_role() {
        let v = Vocabulary::embedded();
        assert!(role_lead_in("zur Beratung im Bauausschuss am 03.03.2026", &v).is_none());
        assert_eq!(
            role_lead_in("zur Kenntnisnahme im Bauausschuss am 03.03.2026", &v).map(|(r, _)| r),
            Some(Role::Kenntnisnahme)
        );
    }

    #[test]
    fn headerless_session_rows_under_the_key_fields() {
        let got = rows(
            "Vorlage Nr. 16/0123\n\
             Datum:                        03.11.2025\n\
             Dienststelle:                 Fachbereich 53\n\
             Ausschuss für Inklusion       17.11.2025 empfehlender Beschluss\n\
             Landschaftsausschuss          05.12.2025 Beschluss\n\
             Tagesordnungspunkt:\n\
             Sozialausschuss 01.12.2025 Beschluss",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Ausschuss für Inklusion".into(),
                    "2025-11-17".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Landschaftsausschuss".into(),
                    "2025-12-05".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn headerless_rows_with_a_wrapped_committee_and_public_status() {
        let got = rows(
            "Bearbeitung:   Amt für Bauverwaltung\n\
             Haupt- und       06.11.2025     nicht öffentlich     Vorberatung\n\
             Finanzausschuss\n\
             Verbandsgemeinderat  20.11.2025  öffentlich  Beschlussfassung\n\
             Gemeinsamer Flächennutzungsplan",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Haupt- und Finanzausschuss".into(),
                    "2025-11-06".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Verbandsgemeinderat".into(),
                    "2025-11-20".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        // A place and date, a key and date, a sentence with a date: no session.
        assert!(
            rows(
                "Güsten, 03.11.2025\nOrtsrat Neudorf    Neudorf, 11.11.2025\nDatum: 03.11.2025\nDer Stadtrat hat am 03.11.2025 beschlossen"
            )
            .is_empty()
        );
    }

    #[test]
    fn session_lines_one_after_another_and_their_status() {
        let v = Vocabulary::embedded();
        let doc = Doc::from_text(
            "Vorlage Nr. 12/2025\n\
             Regionalvorstand – 06.11.2025 – Vorberatung\n\
             Regionalversammlung – 27.11.2025 – öffentlich – Beschluss\n\
             Gegenstand:",
        );
        let got: Vec<_> = dashed_line(&doc, &v)
            .into_iter()
            .map(super::super::tests::as_tuple)
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "Regionalvorstand".into(),
                    "2025-11-06".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Regionalversammlung".into(),
                    "2025-11-27".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        assert_eq!(status_of_session_lines(&doc, &v), Some(true));
        let mixed = Doc::from_text(
            "Bauausschuss – 06.11.2025 – nichtöffentlich – Vorberatung\n\
             Gemeinderat – 27.11.2025 – öffentlich – Beschluss",
        );
        assert_eq!(status_of_session_lines(&mixed, &v), None);
    }

    #[test]
    fn a_row_set_with_single_spaces() {
        // One run of text: a body's name, the date, a role (no role: no row).
        let got = rows("Abteilung: Recht\nBezirksausschuss 19.11.2025 zur Kenntnis\nGegenstand:");
        assert_eq!(
            got,
            vec![(
                "Bezirksausschuss".into(),
                "2025-11-19".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
        assert!(rows("Abteilung: Recht\nBezirksausschuss 19.11.2025\nGegenstand:").is_empty());
    }

    #[test]
    fn sessions_as_the_value_of_a_key_in_a_key_grid() {
        let v = Vocabulary::embedded();
        assert!(is_session_key("Gremium / Termin", &v));
        assert!(is_session_key("Sitzung:", &v));
        assert!(!is_session_key("Verfasser", &v));
        assert!(!is_session_key("Datum", &v));
        assert!(!is_session_key("Gremium / Verfasser", &v));
        let items: Vec<String> = [
            "Werkausschuss – 03.03.2026 – nichtöffentlich –",
            "Vorberatung",
            "Zweckverbandsversammlung – 18.03.2026 –",
            "öffentlich – Beschluss",
            "Kaufmännische Leitung",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let got: Vec<_> = read_items(&items, &v)
            .into_iter()
            .map(super::super::tests::as_tuple)
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "Werkausschuss".into(),
                    "2026-03-03".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Zweckverbandsversammlung".into(),
                    "2026-03-18".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        let one: Vec<String> = vec!["Aufsichtsrat am 10.03.2026 – Beschlussfassung".into()];
        assert_eq!(
            read_items(&one, &v)
                .into_iter()
                .map(super::super::tests::as_tuple)
                .collect::<Vec<_>>(),
            vec![(
                "Aufsichtsrat".into(),
                "2026-03-10".into(),
                Some(Role::Entscheidung)
            )]
        );
        let none: Vec<String> = vec!["Stadtrat".into(), "12.03.2026".into()];
        assert!(read_items(&none, &v).is_empty());
    }

    #[test]
    fn key_grids_with_a_bare_label_a_role_key_or_the_role_on_the_next_row() {
        // Layout families: SessionNet-like key tables (`Beratung` without its colon), Berichte
        // keying the addressee under its role, key grids with the purpose on the next row.
        let v = Vocabulary::embedded();
        assert!(is_session_key("Beratung", &v));
        let run = |text: &str| {
            let doc = Doc::from_text(text);
            in_key_grid(&doc, &v, doc.lines.len())
                .into_iter()
                .map(super::super::tests::as_tuple)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            run("Kreis Nord\nDatum              12.11.2026\n\
                 Beratung           Kreistag, 25.11.2026, Kenntnisnahme\n\
                 Betreff            Rettungsdienst\n"),
            vec![(
                "Kreistag".into(),
                "2026-11-25".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
        assert_eq!(
            run("Gemeinde Nord\nDatum              26.10.2026\n\
                 zur Kenntnis an    Ausschuss für Wirtschaft und Digitales, Sitzung am\n\
                 \x20                  10.11.2026\nGlasfaserausbau\n"),
            vec![(
                "Ausschuss für Wirtschaft und Digitales".into(),
                "2026-11-10".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
        assert_eq!(
            run(
                "Landgemeinde Nord\nGremium / Termin:  Gemeinderat, 04.11.2026\n\
                 Beratungsziel:     Information\nMitteilung\n"
            ),
            vec![(
                "Gemeinderat".into(),
                "2026-11-04".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
    }

    #[test]
    fn one_dashed_session_line() {
        let v = Vocabulary::embedded();
        let one = |t: &str| session_line(t, &v).map(|(c, _)| super::super::tests::as_tuple(c));
        assert_eq!(
            one("Gemeinderat – 27.11.2025 – Kenntnisnahme – öffentlich"),
            Some((
                "Gemeinderat".into(),
                "2025-11-27".into(),
                Some(Role::Kenntnisnahme)
            ))
        );
        assert_eq!(
            one(
                "Beratung im Ortsgemeinderat Neudorf am 13.11.2025 – nichtöffentlich – Beschlussfassung"
            ),
            Some((
                "Ortsgemeinderat Neudorf".into(),
                "2025-11-13".into(),
                Some(Role::Entscheidung)
            ))
        );
        assert_eq!(
            one("Jugendhilfeausschuss am 19.11.2025 (öffentlich) – zur Kenntnisnahme"),
            Some((
                "Jugendhilfeausschuss".into(),
                "2025-11-19".into(),
                Some(Role::Kenntnisnahme)
            ))
        );
        // `Sitzung am` before the date, a comma after the name, a status of two words, a bullet.
        assert_eq!(
            one("Bauausschuss – Sitzung am 13.11.2025 – öffentlich – Vorberatung"),
            Some((
                "Bauausschuss".into(),
                "2025-11-13".into(),
                Some(Role::Vorberatung)
            ))
        );
        assert_eq!(
            one("Stadtrat Neudorf, Sitzung am 18.11.2025 – nichtöffentlicher Teil – Entscheidung"),
            Some((
                "Stadtrat Neudorf".into(),
                "2025-11-18".into(),
                Some(Role::Entscheidung)
            ))
        );
        assert_eq!(
            one("• Umwelt- und Planungsausschuss, 19.11.2025, öffentlich, zur Kenntnisnahme"),
            Some((
                "Umwelt- und Planungsausschuss".into(),
                "2025-11-19".into(),
                Some(Role::Kenntnisnahme)
            ))
        );
        assert_eq!(
            one("Verbandsvorstand – 06.11.2025 – Vorberatung"),
            Some((
                "Verbandsvorstand".into(),
                "2025-11-06".into(),
                Some(Role::Vorberatung)
            ))
        );
        let v = Vocabulary::embedded();
        assert_eq!(
            session_line("Rat – 18.11.2025 – nichtöffentlich", &v).map(|(_, p)| p),
            Some(Some(false))
        );
        assert_eq!(
            one("zur Kenntnisnahme im Ausschuss für Umwelt und Technik am 25.11.2025 (öffentlich)"),
            Some((
                "Ausschuss für Umwelt und Technik".into(),
                "2025-11-25".into(),
                Some(Role::Kenntnisnahme)
            ))
        );
        assert_eq!(
            one("zur Kenntnisnahme im Sinne der Satzung am 25.11.2025"),
            None
        );
        // `Beratung in:` heads the line like `Beratung:`; it names no role, the line's does.
        assert_eq!(
            one(
                "Beratung in: Schulverbandsversammlung – Sitzung am 14.01.2026 – öffentlich – Beschluss"
            ),
            Some((
                "Schulverbandsversammlung".into(),
                "2026-01-14".into(),
                Some(Role::Entscheidung)
            ))
        );
        assert_eq!(
            one("Zur Kenntnisnahme in: Werkausschuss am 03.02.2026 (öffentlich)"),
            Some((
                "Werkausschuss".into(),
                "2026-02-03".into(),
                Some(Role::Kenntnisnahme)
            ))
        );
        // Two statuses that disagree, a part that is neither status nor role: nothing.
        assert_eq!(one("Rat – 18.11.2025 – öffentlich – nichtöffentlich"), None);
        assert_eq!(one("Rat, 18.11.2025, im Saal des Rathauses"), None);
        // No role nor status, a sentence part, no body: nothing.
        assert_eq!(one("Gemeinderat – 27.11.2025"), None);
        assert_eq!(
            one("Gemeinderat – 27.11.2025 – die Verwaltung berichtet"),
            None
        );
        assert_eq!(
            one("Winterdienst 2025/26 – 27.11.2025 – Kenntnisnahme"),
            None
        );
    }

    fn under(text: &str) -> Vec<(String, String, Option<Role>)> {
        let doc = Doc::from_text(text);
        under_label(&doc, &Vocabulary::embedded(), 0)
            .map(|(found, _)| found)
            .unwrap_or_default()
            .into_iter()
            .map(super::super::tests::as_tuple)
            .collect()
    }

    #[test]
    fn session_lines_under_the_label_with_long_names_and_without_dashes() {
        // Layout family: Vorlagen of Gemeinden and Ämter listing sessions as lines of text.
        let got = under(
            "Beratungsfolge:\n\
             Ausschuss für Kultur, Sport und Freizeit der Gemeinde Beispielfeld (Holstein) – 03.03.2025 – vorberatend\n\
             Gemeindevertretung Beispielfeld – 17.03.2025 – beschließend\n\
             Betreff: Neubau der Sporthalle",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Ausschuss für Kultur, Sport und Freizeit der Gemeinde Beispielfeld (Holstein)"
                        .into(),
                    "2025-03-03".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Gemeindevertretung Beispielfeld".into(),
                    "2025-03-17".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
        let got = under(
            "Beratungsfolge:\n\
             Ausschuss für Bildung, Jugend und Sport 12.05.2025 zur Kenntnisnahme\n\
             Inhalt der Mitteilung:",
        );
        assert_eq!(
            got,
            vec![(
                "Ausschuss für Bildung, Jugend und Sport".into(),
                "2025-05-12".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
        // the role wrapped onto the next line, the first session on the label's line
        let got = under(
            "Beratungsfolge:        Hauptausschuss am 10.12.2025 zur\n\
             \u{20}                      Kenntnis\n\
             Mitteilung",
        );
        assert_eq!(
            got,
            vec![(
                "Hauptausschuss".into(),
                "2025-12-10".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
        // sessions listed with semicolons are prose, not lines
        assert!(
            under(
                "Beratungsfolge: Ortsbeirat Nord, 02.02.2025, Anhörung; Beratung:\n\
                 Hauptausschuss am 15.02.2025; Stadtrat, 26.02.2025, zur Entscheidung."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_role_label_with_the_body_on_its_line() {
        // Layout family: Mitteilungsvorlagen of Verbandsgemeinden (`Zur Kenntnisnahme an: …`).
        let v = Vocabulary::embedded();
        let (c, public) = session_line(
            "Zur Kenntnisnahme an: Ortschaftsrat Musterau am 03.12.2025 (öffentliche Sitzung)",
            &v,
        )
        .expect("a session line");
        assert_eq!(
            (c.committee.as_str(), c.role, public),
            (
                "Ortschaftsrat Musterau",
                Some(Role::Kenntnisnahme),
                Some(true)
            )
        );
        // `Beratung:` heads a list; it names no role
        assert!(session_line("Beratung: Ortsbeirat Süd am 03.12.2025", &v).is_none());
    }

    #[test]
    fn headerless_rows_with_the_name_wrapped_in_its_column_or_the_role_below() {
        // Layout family: Berlin Bezirksamt Vorlagen (a word broken in a narrow column) and
        // Rhineland-Palatinate Vorlagen (the place's name under the body's).
        assert_eq!(
            rows(
                "Vorlage zur Kenntnisnahme\n\
                 Bezirksverordnetenversammlu      21.02.2024      Kenntnisnahme\n\
                 ng"
            ),
            vec![(
                "Bezirksverordnetenversammlung".into(),
                "2024-02-21".into(),
                Some(Role::Kenntnisnahme)
            )]
        );
        assert_eq!(
            rows(
                "Beschlussvorlage\n\
                 Ortsgemeinderat      08.05.2025      öffentlich      Beschlussfassung\n\
                 Musterbach"
            ),
            vec![(
                "Ortsgemeinderat Musterbach".into(),
                "2025-05-08".into(),
                Some(Role::Entscheidung)
            )]
        );
        // Layout family: Baden-Württemberg Vorlagen, the role under the body's name.
        assert_eq!(
            rows(
                "Vorlage Nr. 12/2025\n\
                 Technischer Ausschuss –      24.11.2025      öffentlich\n\
                 Vorberatung\n\
                 Gemeinderat –                09.12.2025      öffentlich\n\
                 Beschlussfassung"
            ),
            vec![
                (
                    "Technischer Ausschuss".into(),
                    "2025-11-24".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Gemeinderat".into(),
                    "2025-12-09".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }
}
