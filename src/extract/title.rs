//! The title (Betreff / Gegenstand): the labelled value joined across line breaks, else the
//! unlabelled block between the header (Beratungsfolge) and the first section heading.

use super::dates;
use super::text::{DLine, Doc, is_heading};
use crate::vocab::{LabelSet, Labels, Vocabulary};

/// At most this many lines make a title.
const MAX_TITLE_LINES: usize = 5;

/// Join two title lines: a hyphenated word is rejoined (`Einrich-` + `tungen`), a hyphen before
/// `und`/`oder` or a dash at the end is kept (`Schul-` + `und`, `2023–` + `2027`).
pub fn join_lines(a: &str, b: &str) -> String {
    let a = a.trim_end();
    let b = b.trim_start();
    if a.is_empty() {
        return b.to_string();
    }
    let first_word = b.split_whitespace().next().unwrap_or("");
    let starts_lower = b.chars().next().is_some_and(char::is_lowercase);
    let prev = a.chars().rev().nth(1);
    if a.ends_with('-') && prev.is_some_and(char::is_alphabetic) {
        if matches!(first_word, "und" | "oder" | "bzw." | "sowie" | "bis") {
            return format!("{a} {b}");
        }
        if starts_lower {
            return format!("{}{}", &a[..a.len() - 1], b);
        }
        // `Baden-` + `Württemberg`: a compound with a capitalised second part.
        return format!("{a}{b}");
    }
    if (a.ends_with('–') || a.ends_with('/')) && prev.is_some_and(|c| c.is_ascii_digit()) {
        return format!("{a}{b}");
    }
    format!("{a} {b}")
}

/// True when a line cannot continue a title: a heading, another label, a table row.
fn stops_title(line: &DLine, headings: &Labels, labels: &Labels, vocab: &Vocabulary) -> bool {
    is_heading(line, headings)
        || labels.starts(&line.text)
        || line.cells.len() > 2
        || line.furniture
        || (line.cells.len() == 2 && dates::first_date(&line.text, vocab).is_some())
}

/// The lines right above line `i` with no gap (at most [`MAX_TITLE_LINES`] - 1), when they are
/// single-cell text lines and not labels, salutations or headings: the subject a `hier:` line
/// continues.
fn subject_above(doc: &Doc, i: usize, vocab: &Vocabulary, stops: &Labels) -> Option<String> {
    let headings = vocab.labels(LabelSet::Headings);
    let pitch = doc.line_pitch();
    let mut start = i;
    while start > 0 && i - start < MAX_TITLE_LINES - 1 {
        let Some(prev) = doc.lines.get(start - 1) else {
            break;
        };
        if doc.break_after(start - 1, pitch)
            || prev.cells.len() != 1
            || stops_title(prev, headings, stops, vocab)
            || is_public_marker(prev, vocab)
            || prev.text.ends_with([':', '.', ','])
        {
            break;
        }
        start -= 1;
    }
    // The block must start a paragraph: a gap (or the page top) above its first line.
    if start == i || (start > 0 && !doc.break_after(start - 1, pitch)) {
        return None;
    }
    let mut out = String::new();
    for line in doc.lines.get(start..i)? {
        out = join_lines(&out, &line.text);
    }
    (out.chars().filter(|c| c.is_alphabetic()).count() >= 8).then_some(out)
}

/// True when a line only says `öffentlich` / `nicht öffentlich` (or a variant of the vocabulary).
fn is_public_marker(line: &DLine, vocab: &Vocabulary) -> bool {
    let f = super::text::fold_alnum(&line.text);
    vocab.public.has_alnum(&f) || vocab.nonpublic.has_alnum(&f)
}

/// Collect the lines of a paragraph starting at `start` (until a break, a heading or a label).
fn paragraph(
    doc: &Doc,
    start: usize,
    first: &str,
    vocab: &Vocabulary,
    stop_labels: &Labels,
) -> String {
    let headings = vocab.labels(LabelSet::Headings);
    let pitch = doc.line_pitch();
    let mut title = first.trim().to_string();
    let mut i = start;
    let mut n = usize::from(!title.is_empty());
    while n < MAX_TITLE_LINES {
        if !title.is_empty() && doc.break_after(i, pitch) {
            break;
        }
        let Some(next) = doc.lines.get(i + 1) else {
            break;
        };
        if stops_title(next, headings, stop_labels, vocab) || is_public_marker(next, vocab) {
            break;
        }
        // An introducing sentence (`Der Rat möge beschließen:`) starts the body.
        if next.text.ends_with(':') && next.text.split_whitespace().count() > 3 {
            break;
        }
        // A title line ending with a full stop is complete.
        if title.ends_with('.') && !title.ends_with("Nr.") {
            break;
        }
        // A change of font (size, or weight after the first title line) starts the body.
        if let Some(cur) = doc.lines.get(i)
            && n > 0
            && ((cur.size - next.size).abs() > 0.8 || (i > start && cur.bold != next.bold))
        {
            break;
        }
        title = join_lines(&title, &next.text);
        i += 1;
        n += 1;
    }
    title
}

/// Every label that must not be swallowed into a title.
fn stop_labels(vocab: &Vocabulary) -> Labels {
    Labels::union(&[
        vocab.labels(LabelSet::Drucksache),
        vocab.labels(LabelSet::Date),
        vocab.labels(LabelSet::Title),
        vocab.labels(LabelSet::Department),
        vocab.labels(LabelSet::Consultations),
        vocab.labels(LabelSet::Klimacheck),
        vocab.labels(LabelSet::Finance),
        vocab.labels(LabelSet::Salutations),
    ])
}

/// The title: labelled (`Betreff:`) or the block just before the first section heading.
pub fn find_title(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    after: Option<usize>,
) -> Option<String> {
    let mut full = find_title_in(doc, vocab, header_end, after, false);
    // No title between the Beratungsfolge and the first heading: the block right above a
    // Beratungsfolge table set below the header fields (`Status: …` / **title** / table).
    if full.is_none()
        && after.is_some()
        && let Some(start) = consultation_start(doc, vocab, header_end)
    {
        full = find_title_in(doc, vocab, start, None, false);
    }
    // A header split by a side bar (labels left of the title, a letterhead column right of the
    // text): when the whole page gives no title, or one from the narrow column, the title is
    // read in the wider column.
    if let Some((main, side)) = super::columns::split(doc, header_end) {
        let starts_in = |d: &super::text::Doc, t: &str| {
            d.lines
                .iter()
                .any(|l| !l.text.is_empty() && t.starts_with(&l.text))
        };
        let from_side = full
            .as_deref()
            .is_none_or(|t| starts_in(&side, t) && !starts_in(&main, t));
        if from_side {
            let end = main.lines.len();
            if let Some(t) = find_title_in(&main, vocab, end, None, true) {
                return Some(t);
            }
        }
    }
    full
}

/// The first line of a Beratungsfolge before `end`: its label or a table header row with a
/// committee column.
fn consultation_start(doc: &Doc, vocab: &Vocabulary, end: usize) -> Option<usize> {
    let starts = vocab.labels(LabelSet::Consultations);
    let columns = vocab.labels(LabelSet::CommitteeColumn);
    doc.lines.iter().take(end).position(|l| {
        starts.starts(&l.text)
            || (l.cells.len() >= 2 && l.cells.iter().any(|c| columns.is_whole(&c.text)))
    })
}

/// [`find_title`] on one view of the document; `sized` breaks paragraphs at a change of font size
/// and measures gaps against the font size (a large title set with wide leading).
fn find_title_in(
    doc: &Doc,
    vocab: &Vocabulary,
    header_end: usize,
    after: Option<usize>,
    sized: bool,
) -> Option<String> {
    let labels = vocab.labels(LabelSet::Title);
    let stops = stop_labels(vocab);
    let limit = doc
        .lines
        .iter()
        .position(|l| l.page > 2)
        .unwrap_or(doc.lines.len());
    for (i, line) in doc.lines.iter().enumerate().take(limit) {
        let Some(cell) = line.cells.first() else {
            continue;
        };
        let Some((rest, _)) = labels.strip(&cell.text) else {
            continue;
        };
        let mut first = rest.to_string();
        // Further cells of the label line, up to another label (`Datum: …` to the right).
        for c in line.cells.iter().skip(1) {
            if stops.starts(&c.text) {
                break;
            }
            first = join_lines(&first, &c.text);
        }
        let title = paragraph(doc, i, &first, vocab, &stops);
        if title.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
            // `Sanierung der Brücke X` / `hier: Vergabe`: a `hier:` line continues the subject
            // printed right above it.
            let continues = cell.text.trim_start().to_lowercase().starts_with("hier:");
            if continues && let Some(above) = subject_above(doc, i, vocab, &stops) {
                return Some(format!("{above} hier: {title}"));
            }
            return Some(title);
        }
    }
    // Unlabelled: the last paragraph before the first section heading that looks like a title,
    // stepping back over label lines, type lines, `öffentlich` and label–value blocks.
    let pitch = doc.line_pitch();
    let headings = vocab.labels(LabelSet::Headings);
    let end = header_end.min(doc.lines.len());
    if end == 0 || (end >= doc.lines.len() && !sized) {
        return None;
    }
    let floor = after.map_or(0, |a| a + 1);
    let mut paragraphs: Vec<(usize, usize)> = Vec::new();
    let mut p_start = floor;
    for i in floor..end {
        // Bold lines over regular ones (`Betreff in bold` / `Schriftliche Anfrage …`) are two
        // paragraphs even without a gap.
        let weight_drop = doc.lines.get(i).is_some_and(|l| l.bold)
            && doc.lines.get(i + 1).is_some_and(|l| !l.bold)
            && doc.lines.get(p_start).is_some_and(|l| l.bold);
        let size_break = sized
            && match (doc.lines.get(i), doc.lines.get(i + 1)) {
                (Some(a), Some(b)) => {
                    (a.size - b.size).abs() > 1.0 || b.y - a.y > 1.45 * pitch.max(1.2 * a.size)
                }
                _ => true,
            };
        let gap_break = if sized {
            size_break
                || doc
                    .lines
                    .get(i)
                    .zip(doc.lines.get(i + 1))
                    .is_none_or(|(a, b)| a.page != b.page)
        } else {
            doc.break_after(i, pitch)
        };
        if gap_break || weight_drop || i + 1 == end {
            paragraphs.push((p_start, i + 1));
            p_start = i + 1;
        }
    }
    let openers = vocab.labels(LabelSet::AddressOpeners);
    let types = &vocab.doc_types;
    let roles = &vocab.roles;
    let skippable = |l: &DLine| {
        let f = super::text::fold_alnum(&l.text);
        stops.starts(&l.text)
            || vocab.public.has_alnum(&f)
            || vocab.nonpublic.has_alnum(&f)
            || types.iter().any(|t| t.alnum == f)
            || super::consultations::prose_consultation(&l.text, vocab, roles).is_some()
            || l.cells.len() > 2
            || l.furniture
    };
    // Candidates from the heading backwards; the nearest wins unless it is set in regular type
    // and an earlier candidate is bold (a bold title above label blocks).
    let mut candidates: Vec<(String, bool, usize)> = Vec::new();
    for (n, &(a, b)) in paragraphs.iter().rev().enumerate().take(12) {
        let Some(lines) = doc.lines.get(a..b) else {
            continue;
        };
        let mut keep = lines.len();
        while keep > 0 && lines.get(keep - 1).is_some_and(&skippable) {
            keep -= 1;
        }
        let Some(lines) = lines.get(..keep).filter(|l| !l.is_empty()) else {
            continue;
        };
        let first = lines.first().map_or("", |l| l.text.as_str());
        // `Antragsteller: …`, `Zust. Referat: VI/61`; a longer head before a colon is a title
        // (`Stellungnahme zur Haushaltskonsolidierung: Listen …`) unless it is a known label.
        let label_value = (first.ends_with(':') && first.split_whitespace().count() <= 3)
            || first.split_once(':').is_some_and(|(head, _)| {
                let n = head.split_whitespace().count();
                n <= 2 || (n <= 3 && stops.starts(head))
            });
        // An address block (`Herrn Stadtrat` / `Name` / `Rathaus`) is not a title.
        let address = lines.len() > 1
            && first.split_whitespace().count() <= 3
            && openers
                .iter()
                .any(|o| first.split_whitespace().next() == Some(o.text.as_str()));
        // Title lines are one cell each (two cells are a label–value row).
        let tabular = lines.iter().any(|l| l.cells.len() > 1)
            || lines.last().is_some_and(|l| l.text.ends_with(':'));
        if label_value
            || address
            || tabular
            || lines
                .iter()
                .any(|l| skippable(l) || is_heading(l, headings))
        {
            continue;
        }
        // Body text: no title right before the heading, and nothing further up.
        if lines.len() > MAX_TITLE_LINES {
            if n == 0 {
                return None;
            }
            break;
        }
        let mut title = String::new();
        for line in lines {
            title = join_lines(&title, &line.text);
        }
        if title.chars().filter(|c| c.is_alphabetic()).count() >= 8
            && title.split_whitespace().count() >= 2
            // `der Fraktion der SPD` continues the type line above; a title starts a phrase.
            && !title.chars().next().is_some_and(char::is_lowercase)
        {
            candidates.push((title, lines.iter().all(|l| l.bold), n));
        }
    }
    let nearest_bold = candidates.first().is_some_and(|c| c.1);
    let chosen = if nearest_bold {
        candidates.first()
    } else {
        candidates.iter().find(|c| c.1).or(candidates.first())
    };
    let Some((title, bold, n)) = chosen else {
        return after_type_line(doc, vocab, &stops, headings)
            .or_else(|| after_salutation(doc, vocab, &stops, headings));
    };
    // A bold title set as several bold paragraphs one above the other is one title
    // (`Sanierung Schule X` / `Umbau und Instandsetzung` / `Grundsatzbeschluss`).
    let mut parts = vec![title.clone()];
    if *bold {
        let mut want = n + 1;
        while let Some((t, true, _)) = candidates.iter().find(|c| c.2 == want) {
            parts.push(t.clone());
            want += 1;
        }
    }
    parts.reverse();
    Some(parts.join(" – "))
}

/// A letter's subject set in bold right under the salutation (`Sehr geehrter Herr …,` /
/// `sehr geehrte Damen und Herren,` / **subject** / body), when nothing stands above it.
fn after_salutation(
    doc: &Doc,
    vocab: &Vocabulary,
    stops: &Labels,
    headings: &Labels,
) -> Option<String> {
    let salutations = vocab.labels(LabelSet::Salutations);
    let first_page = doc.lines.iter().take_while(|l| l.page == 1).count();
    let sal = doc
        .lines
        .iter()
        .take(first_page)
        .position(|l| salutations.starts(&l.text))?;
    // Further lines of the salutation end with a comma.
    let mut i = sal + 1;
    while doc
        .lines
        .get(i)
        .is_some_and(|l| l.text.ends_with(',') && l.text.split_whitespace().count() <= 8)
    {
        i += 1;
    }
    let first = doc.lines.get(i).filter(|l| l.page == 1 && l.bold)?;
    if stops_title(first, headings, stops, vocab) {
        return None;
    }
    let pitch = doc.line_pitch();
    let mut title = first.text.clone();
    let mut n = 1;
    let mut j = i;
    while !doc.break_after(j, pitch) {
        let next = doc.lines.get(j + 1)?;
        // The subject is set apart: bold lines followed by a gap, not the start of bold body text.
        if !next.bold || n >= 3 {
            return None;
        }
        title = join_lines(&title, &next.text);
        j += 1;
        n += 1;
    }
    let words = title.split_whitespace().count();
    (words >= 3
        && !title.ends_with(['.', ':', ','])
        && title.chars().filter(|c| c.is_alphabetic()).count() >= 8)
        .then_some(title)
}

/// The paragraph right under the document type line (`Beschlussvorlage` / title / Beratungsfolge).
fn after_type_line(
    doc: &Doc,
    vocab: &Vocabulary,
    stops: &Labels,
    headings: &Labels,
) -> Option<String> {
    let types = &vocab.doc_types;
    let openers = vocab.labels(LabelSet::AddressOpeners);
    let t = doc.lines.iter().take_while(|l| l.page == 1).position(|l| {
        l.cells.len() == 1 && {
            let f = super::text::fold_alnum(&l.text);
            types.iter().any(|t| t.alnum == f)
        }
    })?;
    let first = doc.lines.get(t + 1)?;
    if first.cells.len() != 1
        || first.page != 1
        || stops_title(first, headings, stops, vocab)
        || openers.starts(&first.text)
        || first.text.ends_with(':')
        || super::dates::is_only_date(&first.text, vocab)
    {
        return None;
    }
    let title = paragraph(doc, t + 1, &first.text, vocab, stops);
    (title.chars().filter(|c| c.is_alphabetic()).count() >= 8
        && title.split_whitespace().count() >= 2)
        .then_some(title)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pdf::TextLayer;

    /// The title of a layout text whose header ends at line `end`.
    fn title_of(text: &str, end: usize) -> Option<String> {
        let doc = Doc::from_layer(&TextLayer::from_layout_text(text));
        find_title(&doc, &Vocabulary::embedded(), end, None)
    }

    /// The title of a layout text whose header ends where `Doc::header_end` says.
    fn header_title(text: &str) -> Option<String> {
        let doc = Doc::from_layer(&TextLayer::from_layout_text(text));
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        find_title(&doc, &v, end, None)
    }

    #[test]
    fn unlabelled_title_above_a_beratungsfolge_table() {
        let text = "Stadt Auenfeld                           Vorlage - 2023/0456\n\
                    \n\
                    Status:   öffentlich        Federführend:   Ordnungsamt\n\
                    \n\
                    Beschaffung von zwei Löschfahrzeugen für die Feuerwehr\n\
                    \n\
                    Datum        Gremium          Status        Zuständigkeit\n\
                    16.05.2023   Hauptausschuss   öffentlich    Vorberatung\n\
                    13.06.2023   Stadtrat         öffentlich    Entscheidung\n\
                    \n\
                    Beschlussvorschlag\n\
                    Der Stadtrat beschließt.\n";
        let doc = Doc::from_layer(&TextLayer::from_layout_text(text));
        let v = Vocabulary::embedded();
        let headings = v.labels(LabelSet::Headings);
        let end = doc.header_end(headings, v.labels(LabelSet::Salutations));
        let (_, after) = super::super::consultations::find_consultations(&doc, &v, end);
        assert_eq!(
            find_title(&doc, &v, end, after).as_deref(),
            Some("Beschaffung von zwei Löschfahrzeugen für die Feuerwehr")
        );
    }

    #[test]
    fn labelled_title_joined_across_lines() {
        let text = "Betreff: Sanierung der Sporthalle Nord – Vergabe der Bauleis-\n\
                    tungen und Finanzierung\n\nBegründung\nText.\n";
        assert_eq!(
            title_of(text, 3).as_deref(),
            Some("Sanierung der Sporthalle Nord – Vergabe der Bauleistungen und Finanzierung")
        );
    }

    #[test]
    fn label_line_with_another_label_to_the_right() {
        let text = "Betreff: Radweg an der Kreisstraße 12      Datum: 01.02.2023\n\nSachverhalt\n";
        assert_eq!(
            title_of(text, 2).as_deref(),
            Some("Radweg an der Kreisstraße 12")
        );
    }

    #[test]
    fn font_change_ends_the_title() {
        let mut layer = TextLayer::from_layout_text(
            "Betreff:\nNeubau der Mensa am\nSchulzentrum Ost\nDer Rat hat am 1.2.2023 beschlossen, dass\n",
        );
        for (i, line) in layer.pages[0].lines.iter_mut().enumerate() {
            line.bold = i < 3;
        }
        let doc = Doc::from_layer(&layer);
        let v = Vocabulary::embedded();
        assert_eq!(
            find_title(&doc, &v, 4, None).as_deref(),
            Some("Neubau der Mensa am Schulzentrum Ost")
        );
    }

    #[test]
    fn label_alone_on_its_line() {
        let text = "Gegenstand\nWinterdienst 2024/25 in den Ortsteilen\nErläuterung\nText\n";
        assert_eq!(
            title_of(text, 2).as_deref(),
            Some("Winterdienst 2024/25 in den Ortsteilen")
        );
    }

    #[test]
    fn unlabelled_block_before_first_heading() {
        let text = "Beschlussvorlage     Datum: 01.02.2023\n\n\
                    Neubau einer Kindertagesstätte am\nMühlenweg\n\nSachverhalt\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Neubau einer Kindertagesstätte am Mühlenweg")
        );
    }

    #[test]
    fn unlabelled_title_above_label_blocks() {
        let text = "Datum: 03.02.2021                Amt 7\n\n\
                    Zuschuss für das Sommerfest\nim Stadtteil Süd\n\n\
                    Antragsteller:\nVerein Nachbarschaft e.V.\n\n\
                    Sitzungsvorlage Nr. 21/0815\nÖffentliche Sitzung\n\nI. Sachverhalt\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Zuschuss für das Sommerfest im Stadtteil Süd")
        );
    }

    #[test]
    fn title_under_the_type_line_above_the_table() {
        let text = "Stadt Irgendwo          Drucksache: 12/2024\n\nBeschlussvorlage\n\
                    Neubau der Feuerwache Nord –\nVergabe der Planung\n\nBeratungsfolge\n\
                    Gremium       Datum        Rolle\nRat           01.02.2024   Entscheidung\n\nBegründung\nText\n";
        let doc = Doc::from_layer(&TextLayer::from_layout_text(text));
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        let after = Some(end - 1);
        assert_eq!(
            find_title(&doc, &v, end, after).as_deref(),
            Some("Neubau der Feuerwache Nord – Vergabe der Planung")
        );
    }

    #[test]
    fn stacked_bold_paragraphs_make_one_title() {
        let mut layer = TextLayer::from_layout_text(
            "Telefon: 0 123-4     Baureferat\n\nSanierung Schule Nord\n\nUmbau und Erweiterung\n\n\
             Sitzungsvorlage Nr. 24/0815\n\nI. Vortrag der Referentin\nText\nText\nText\nText\nText\nText\nText\n",
        );
        for line in layer.pages[0].lines.iter_mut() {
            line.bold = line.text().starts_with("Sanierung") || line.text().starts_with("Umbau");
        }
        let doc = Doc::from_layer(&layer);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        assert_eq!(
            find_title(&doc, &v, end, None).as_deref(),
            Some("Sanierung Schule Nord – Umbau und Erweiterung")
        );
    }

    #[test]
    fn bold_subject_over_regular_lines_not_the_address() {
        let mut layer = TextLayer::from_layout_text(
            "Herrn Stadtrat\nMax Muster\n\nRathaus\n\n\
             Corona-bedingte Restriktionen in der Gastronomie\n\
             Schriftliche Anfrage gemäß § 68 GeschO\nvom 13.10.2020, eingegangen am 13.10.2020\n\n\
             Sehr geehrter Herr Stadtrat,\nText\n",
        );
        for line in layer.pages[0].lines.iter_mut() {
            line.bold = line.text().starts_with("Corona");
        }
        let doc = Doc::from_layer(&layer);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        assert_eq!(
            find_title(&doc, &v, end, None).as_deref(),
            Some("Corona-bedingte Restriktionen in der Gastronomie")
        );
    }

    #[test]
    fn title_with_a_colon_after_several_words() {
        let text = "15. April 2025\n\n\
                    Stellungnahme zur Haushaltskonsolidierung: Listen möglicher Einsparungen\n\n\
                    Sehr geehrter Herr Oberbürgermeister,\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Stellungnahme zur Haushaltskonsolidierung: Listen möglicher Einsparungen")
        );
    }

    #[test]
    fn bold_subject_under_the_salutation() {
        let mut layer = TextLayer::from_layout_text(
            "Stadtteilbeirat Nord                Musterstadt 06.05.2021\n\n\
             Sehr geehrter Herr Oberbürgermeister,\nsehr geehrte Mitglieder der Fraktionen,\n\n\
             Stellungnahme des Beirats zur Streckenführung der Straßenbahn\n\n\
             Diese Stellungnahme bezieht sich auf die Vorlage für den Ausschuss\n\
             am 11. Mai 2021 und auf das Lokalforum. Der Beirat empfiehlt\n\
             weiterhin einstimmig die Variante B, denn sie hat die kürzesten\n\
             Fahrzeiten und den geringsten Eingriff in die Grünflächen.\n",
        );
        for line in layer.pages[0].lines.iter_mut() {
            line.bold = line.text().starts_with("Stellungnahme");
        }
        let doc = Doc::from_layer(&layer);
        let v = Vocabulary::embedded();
        let end = doc.header_end(
            v.labels(LabelSet::Headings),
            v.labels(LabelSet::Salutations),
        );
        assert_eq!(
            find_title(&doc, &v, end, None).as_deref(),
            Some("Stellungnahme des Beirats zur Streckenführung der Straßenbahn")
        );
        // Regular body text under the salutation is no subject.
        for line in layer.pages[0].lines.iter_mut() {
            line.bold = false;
        }
        let doc = Doc::from_layer(&layer);
        assert_eq!(find_title(&doc, &v, end, None), None);
    }

    #[test]
    fn hier_line_continues_the_subject_above() {
        let text = "Stadt X\n\nSanierung der Brücke über den Mühlbach\nhier: Vergabe der Bauleistungen\n\n\
                    Sehr geehrte Damen und Herren,\nText\nText\nText\n";
        assert_eq!(
            header_title(text).as_deref(),
            Some("Sanierung der Brücke über den Mühlbach hier: Vergabe der Bauleistungen")
        );
        // After a labelled Betreff the `hier:` line is found with it, not before it.
        let text = "Betreff: Sanierung der Brücke\nhier: Vergabe\n\nSachverhalt\nText\n";
        assert_eq!(title_of(text, 3).as_deref(), Some("Sanierung der Brücke"));
    }

    #[test]
    fn joins() {
        assert_eq!(
            join_lines("Schul-", "und Vereinssport"),
            "Schul- und Vereinssport"
        );
        assert_eq!(join_lines("2023–", "2027"), "2023–2027");
        assert_eq!(join_lines("Graue", "Flecken"), "Graue Flecken");
        assert_eq!(
            join_lines("Land Baden-", "Württemberg"),
            "Land Baden-Württemberg"
        );
    }
}
