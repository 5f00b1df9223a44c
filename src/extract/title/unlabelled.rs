//! An unlabelled title: the last paragraph before the first section heading that looks like a
//! title, stepping back over label lines, type lines, `öffentlich` and label–value blocks; a
//! bold title wins over a nearer regular one.

use super::super::consultations;
use super::super::doc::{DLine, Doc, is_heading};
use super::super::text::join_lines;
use super::lines::MAX_TITLE_LINES;
use crate::fold::alnum as fold_alnum;
use crate::vocab::{LabelSet, Labels, Vocabulary};

/// What the block before the first heading holds.
pub(super) enum Unlabelled {
    /// A title.
    Title(String),
    /// Body text (or no header at all): there is no title, and nothing further up is one.
    Body,
    /// No paragraph that looks like a title: other strategies may try.
    None,
}

/// The title in the block that ends at line `header_end` (the first heading) and starts after
/// line `after` (the Beratungsfolge), if any.
pub(super) fn before_heading(
    doc: &Doc,
    vocab: &Vocabulary,
    stops: &Labels,
    header_end: usize,
    after: Option<usize>,
    sized: bool,
) -> Unlabelled {
    let end = header_end.min(doc.lines.len());
    if end == 0 || (end >= doc.lines.len() && !sized) {
        return Unlabelled::Body;
    }
    let floor = after.map_or(0, |a| a + 1);
    let paragraphs = paragraphs(doc, floor..end, sized);
    let Some(mut candidates) = candidates(doc, vocab, stops, &paragraphs) else {
        return Unlabelled::Body;
    };
    // The page's first paragraph over a type line further down (`Stadt X` / … /
    // `Beschlussvorlage`, `Fraktion Y im Rat` / … / `Anfrage`) is the letterhead.
    if (floor..end).any(|i| i > 0 && doc.lines.get(i).is_some_and(|l| is_type_line(l, vocab))) {
        candidates.retain(|c| c.start > 0);
    }
    match choose(&candidates, vocab) {
        Some(title) => Unlabelled::Title(title),
        None => Unlabelled::None,
    }
}

/// The paragraphs (line ranges) of lines `range`: split at a gap (or, when `sized`, a change of
/// font size or a gap measured against the font size) and where bold lines stand over regular
/// ones.
fn paragraphs(doc: &Doc, range: std::ops::Range<usize>, sized: bool) -> Vec<(usize, usize)> {
    let pitch = doc.line_pitch();
    let (floor, end) = (range.start, range.end);
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
    paragraphs
}

/// A paragraph that may be the title.
struct Candidate {
    /// Its lines joined.
    title: String,
    /// Every line bold.
    bold: bool,
    /// Its position counted from the heading backwards (0 = right above it).
    n: usize,
    /// Its first line.
    start: usize,
}

/// True for a line that is a printed document type and nothing else (`Beschlussvorlage`).
fn is_type_line(l: &DLine, vocab: &Vocabulary) -> bool {
    l.cells.len() == 1 && { vocab.is_doc_type(&fold_alnum(&l.text)) }
}

/// The paragraphs that may be the title, from the heading backwards (at most 12 paragraphs);
/// None when the paragraph right above the heading is body text (no title, and nothing further
/// up is one).
fn candidates(
    doc: &Doc,
    vocab: &Vocabulary,
    stops: &Labels,
    paragraphs: &[(usize, usize)],
) -> Option<Vec<Candidate>> {
    let headings = vocab.labels(LabelSet::Headings);
    let openers = vocab.labels(LabelSet::AddressOpeners);
    let types = &vocab.doc_types;
    let roles = &vocab.roles;
    let skippable = |l: &DLine| {
        let f = fold_alnum(&l.text);
        stops.starts(&l.text)
            || vocab.public.has_alnum(&f)
            || vocab.nonpublic.has_alnum(&f)
            || types.iter().any(|t| t.alnum == f)
            || consultations::prose_line(&l.text, vocab, roles).is_some()
            || l.cells.len() > 2
            || l.furniture
    };
    let mut candidates: Vec<Candidate> = Vec::new();
    // An address block seen (paragraphs are read from the heading upwards): what stands above
    // it is the sender's letterhead, never the subject (layout family: DIN 5008 letters of
    // Fraktionen and council members, `Fraktion X im Rat` / `Herrn Bürgermeister …` / subject).
    let mut under_address = false;
    for (n, &(a, b)) in paragraphs.iter().rev().enumerate().take(12) {
        let Some(lines) = doc.lines.get(a..b) else {
            continue;
        };
        let mut keep = lines.len();
        while keep > 0 && lines.get(keep - 1).is_some_and(&skippable) {
            keep -= 1;
        }
        // A type line set right over its title without a gap (`Anfrage` / subject).
        let lead = lines
            .iter()
            .take(keep)
            .take_while(|l| is_type_line(l, vocab))
            .count();
        let Some(lines) = lines.get(lead..keep).filter(|l| !l.is_empty()) else {
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
        // The opener may stand on the second line, under the addressee's body (`Stadtrat` /
        // `Herrn Name` / `– über das Büro des Stadtrates –`).
        let address = lines.len() > 1
            && lines.iter().take(2).any(|l| {
                l.text.split_whitespace().count() <= 3
                    && openers
                        .iter()
                        .any(|o| l.text.split_whitespace().next() == Some(o.text.as_str()))
            });
        // Title lines are one cell each (two cells are a label–value row).
        let tabular = lines.iter().any(|l| l.cells.len() > 1)
            || lines.last().is_some_and(|l| l.text.ends_with(':'));
        if address {
            under_address = true;
            continue;
        }
        if under_address
            || label_value
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
            // A title stands above the body, never under it: paragraphs found below running
            // prose are its closing lines (a signature `Name` / `Ortsvorsteher`, a vote count;
            // layout family: letters and opinions without a section heading, whose block
            // before the first heading runs to the end of the page).
            if is_prose(lines) {
                candidates.clear();
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
            candidates.push(Candidate {
                title,
                bold: lines.iter().all(|l| l.bold),
                n,
                start: a + lead,
            });
        }
    }
    Some(candidates)
}

/// True for lines of running prose: two sentences or more end in them (`.`, `!` or `?` after a
/// lower-case word of three letters or more).
fn is_prose(lines: &[DLine]) -> bool {
    let text: String = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let ends = text
        .split_whitespace()
        .filter(|w| {
            w.ends_with(['.', '!', '?'])
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 3
                && w.chars().next().is_some_and(char::is_lowercase)
        })
        .count();
    ends >= 2
}

/// The title among the candidates: the nearest wins unless it is set in regular type and an
/// earlier candidate is bold (a bold title above label blocks); a bold title set as several bold
/// paragraphs one above the other is one title (`Sanierung Schule X` / `Umbau und
/// Instandsetzung` / `Grundsatzbeschluss`). A bold paragraph over the title that names only the
/// paper — its type, filer, addressee, number or the question it answers (`Antwort auf die
/// Anfrage Nr. AF/9/2031 vom 02.10.2031`, `Antrag an den Ausschuss für Umwelt`) — is its heading,
/// set apart from the subject by a gap, and ends the title (layout family: answers, motions and
/// opinions set as letters, a bold type heading over the bold subject).
fn choose(candidates: &[Candidate], vocab: &Vocabulary) -> Option<String> {
    let nearest_bold = candidates.first().is_some_and(|c| c.bold);
    let chosen = if nearest_bold {
        candidates.first()
    } else {
        candidates.iter().find(|c| c.bold).or(candidates.first())
    }?;
    let mut parts = vec![chosen.title.clone()];
    if chosen.bold {
        let mut want = chosen.n + 1;
        while let Some(c) = candidates.iter().find(|c| c.n == want && c.bold) {
            if super::typed::heading_only(&c.title, vocab) {
                break;
            }
            parts.push(c.title.clone());
            want += 1;
        }
    }
    parts.reverse();
    Some(parts.join(" – "))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of single-cell lines at these baselines, 10 pt.
    fn page(lines: &[(f32, &str)]) -> Doc {
        Doc {
            lines: lines
                .iter()
                .map(|&(y, t)| {
                    DLine::of_cells(
                        y,
                        10.0,
                        false,
                        vec![crate::extract::doc::DCell {
                            text: t.to_string(),
                            x0: 70.0,
                            x1: 70.0 + 5.0 * t.chars().count() as f32,
                        }],
                    )
                })
                .collect(),
            header_labels: std::sync::Arc::new(Labels::EMPTY),
        }
    }

    #[test]
    fn a_bold_heading_naming_only_the_paper_ends_the_title() {
        // Layout family: answers and motions set as letters, a bold type heading over the bold
        // subject, a gap between them (invented examples).
        let v = Vocabulary::embedded();
        let c = |title: &str, n: usize| Candidate {
            title: title.to_string(),
            bold: true,
            n,
            start: 10 - n,
        };
        let stacked = [
            c("Sanierungsbedarf der Turnhalle Nord", 0),
            c("Antwort auf die Anfrage Nr. AF/9/2031 vom 02.10.2031", 1),
        ];
        assert_eq!(
            choose(&stacked, &v).as_deref(),
            Some("Sanierungsbedarf der Turnhalle Nord")
        );
        let stacked = [
            c("Ruhebänke entlang der Fußwege", 0),
            c("Antrag an den Ausschuss für Umwelt und Verkehr", 1),
        ];
        assert_eq!(
            choose(&stacked, &v).as_deref(),
            Some("Ruhebänke entlang der Fußwege")
        );
        // bold paragraphs of one subject stay one title
        let stacked = [
            c("Umbau und Instandsetzung", 0),
            c("Sanierung Schule Talheim", 1),
        ];
        assert_eq!(
            choose(&stacked, &v).as_deref(),
            Some("Sanierung Schule Talheim – Umbau und Instandsetzung")
        );
    }

    #[test]
    fn a_signature_under_the_body_is_no_title() {
        // Layout family: opinions set as letters without a section heading, the signature
        // closing the block before the page's end.
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        let doc = page(&[
            (100.0, "Wir haben uns mit der Planung befasst und der"),
            (113.0, "Sache befasst. Er stimmt dem Vorschlag der"),
            (126.0, "Planung zu, hält aber eine Messstelle an der"),
            (139.0, "Schule für nötig. Außerdem soll geprüft werden,"),
            (152.0, "ob die Haltestelle barrierefrei ausgebaut werden"),
            (165.0, "kann und wann."),
            (195.0, "Karl Beispiel"),
            (208.0, "Ortsvorsteher"),
            (240.0, "Anlagen"),
        ]);
        if let Unlabelled::Title(t) = before_heading(&doc, &v, &stops, 8, None, false) {
            panic!("a title: {t}");
        }
        assert!(is_prose(&doc.lines[..6]));
        assert!(!is_prose(&doc.lines[6..8]));
    }

    #[test]
    fn a_letterhead_over_the_address_block_is_no_title() {
        // Layout family: DIN 5008 letters of Fraktionen, the sender in bold over the address.
        let v = Vocabulary::embedded();
        let stops = super::super::lines::stop_labels(&v);
        let doc = page(&[
            (60.0, "Wählergemeinschaft Talheim e. V."),
            (73.0, "Fraktion im Gemeinderat"),
            (100.0, "Herrn Bürgermeister"),
            (113.0, "Karl Beispiel"),
            (126.0, "Rathaus"),
            (160.0, "Sehr geehrter Herr Bürgermeister,"),
        ]);
        assert!(!matches!(
            before_heading(&doc, &v, &stops, 5, None, false),
            Unlabelled::Title(_)
        ));
    }
}
