//! String helpers shared by the field rules: white space, wrapped lines, sentences, enumerators.

use regex::{Captures, Regex};

/// A regex that matches nothing: the fallback of a constant pattern that failed to compile
/// (which the unit tests rule out), so that no rule panics.
pub(crate) fn never() -> Regex {
    Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!("constant pattern"))
}

/// A postcode and its place (`…, 81373 München`, `· 28195 Bremen`, `– 24783 Osterrönfeld`, a
/// line opening with `28195 Bremen`): five digits (`D-` before them allowed) at the start or
/// after a separator, then a capitalised place. The one home of the postcode's shape.
static POSTCODE_PLACE: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| {
    Regex::new(r"(?:^|[,·|–])\s*(?:D-)?[0-9]{5}\s+\p{Lu}\p{Ll}").unwrap_or_else(|_| never())
});

/// True when `t` holds a postal address's postcode and place (see [`POSTCODE_PLACE`]).
pub(crate) fn has_postcode_place(t: &str) -> bool {
    // Five digits in a row: a quick test before the pattern.
    t.as_bytes()
        .split(|b| !b.is_ascii_digit())
        .any(|run| run.len() >= 5)
        && POSTCODE_PLACE.is_match(t)
}

/// True when `s` holds `min..=max` characters. Length limits of a pattern live here, not in the
/// pattern: a bounded repetition of a Unicode class (`[\p{L} ]{1,40}`) compiles to one copy of the
/// class per place, milliseconds of start-up for each command that reads a paper.
pub(crate) fn chars_within(s: &str, min: usize, max: usize) -> bool {
    let n = s.chars().count();
    (min..=max).contains(&n)
}

/// The first match of `re` in `text` whose named groups hold at most so many characters (`gaps`:
/// a window such as `lade … zur … Sitzung` within 60 characters, checked here rather than compiled
/// as a bounded repetition). A match with a wider window is passed over and the search goes on
/// from the character after its start.
pub(crate) fn captures_within<'t>(
    re: &Regex,
    text: &'t str,
    gaps: &[(&str, usize)],
) -> Option<Captures<'t>> {
    let mut at = 0;
    while at <= text.len() {
        let c = re.captures_at(text, at)?;
        let start = c.get(0)?.start();
        let fits = gaps.iter().all(|(name, max)| {
            c.name(name)
                .is_none_or(|g| chars_within(g.as_str(), 0, *max))
        });
        if fits {
            return Some(c);
        }
        at = start + text.get(start..)?.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// The words that address a person (`Frau Meier`, `Herrn Müller`, `Hr. Lang`): a person follows,
/// no unit or body. The one home of these words; the abbreviations end in a full stop.
pub(crate) const FORMS_OF_ADDRESS: [&str; 5] = ["Frau", "Herr", "Herrn", "Fr.", "Hr."];

/// True for a word that addresses a person ([`FORMS_OF_ADDRESS`]); the abbreviations (`Fr.`,
/// `Hr.`) only where `abbreviated` (a key grid's clerk row prints them; in a sender's line a
/// capital and a full stop may open a name's part).
pub(crate) fn is_form_of_address(word: &str, abbreviated: bool) -> bool {
    FORMS_OF_ADDRESS
        .iter()
        .any(|f| *f == word && (abbreviated || !f.ends_with('.')))
}

/// True for a line that opens with a person: a form of address ([`FORMS_OF_ADDRESS`]) or an
/// academic or professional title (`Dr.`, `Prof.`, `Ing.`, `Dipl.-Ing.`, `Dipl.-Kfm.`) — a
/// clerk's line of a contact block (`Dipl.-Ing. Kai Ströbel`, `Frau Svenja Obermüller`), no unit.
pub(crate) fn opens_with_person(text: &str) -> bool {
    text.split_whitespace().next().is_some_and(|w| {
        is_form_of_address(w, true)
            || matches!(w, "Dr." | "Prof." | "Ing.")
            || (w.starts_with("Dipl.") && w.len() > 5)
    })
}

/// Sentences of a text: split after `.`, `?` or `!` followed by a space — not after an ordinal
/// (`am 23. März 2026`, `3. Bauabschnitt`: one to three digits and the point).
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_end = false;
    for (i, c) in text.char_indices() {
        if prev_end && c.is_whitespace() && !after_ordinal(text.get(..i).unwrap_or_default()) {
            if let Some(s) = text.get(start..i) {
                out.push(s);
            }
            start = i;
        }
        prev_end = matches!(c, '.' | '?' | '!');
    }
    if let Some(s) = text.get(start..) {
        out.push(s);
    }
    out
}

/// True when `text` ends in an ordinal: one to three digits after a space (or at the start) and
/// a point.
fn after_ordinal(text: &str) -> bool {
    let Some(head) = text.strip_suffix('.') else {
        return false;
    };
    let word = head.rsplit(char::is_whitespace).next().unwrap_or_default();
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Collapse runs of white space (incl. no-break spaces) into one space and trim.
pub(crate) fn collapse(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Join two title lines: a hyphenated word is rejoined (`Einrich-` + `tungen`), a hyphen before
/// `und`/`oder` or a dash at the end is kept (`Schul-` + `und`, `2023–` + `2027`).
pub(crate) fn join_lines(a: &str, b: &str) -> String {
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

/// True for a word that is, or ends in, the kind of a filed paper (`Antrag`, `Antrags`,
/// `Anfrage`, `Beschlussvorlage`, `Dringlichkeitsantrag:`; punctuation around it ignored): the
/// word that opens a motion's heading or cites a paper, never part of a body's name.
pub(crate) fn ends_in_paper_kind(word: &str) -> bool {
    let w = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    ["antrag", "antrags", "anfrage", "vorlage"]
        .iter()
        .any(|k| w.ends_with(k))
}

/// True when a text reads as a sentence (six words or more, at least three of them lower-case
/// after the first), not as a table row.
pub(crate) fn is_sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = words
        .iter()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    words.len() >= 6 && lower >= 3
}

/// True for a section number: `I.`, `IV.`, `2.`, `2.1`, `A)`, `b)`.
pub(crate) fn is_enumerator(t: &str) -> bool {
    let core = t.trim_end_matches(['.', ')']);
    if core.is_empty() || core.len() == t.len() && !core.contains('.') {
        return false;
    }
    core.chars().all(|c| c.is_ascii_digit() || c == '.')
        || core.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
        || (core.chars().count() == 1 && core.chars().all(|c| c.is_ascii_alphabetic()))
}

/// An enumerated short line (`A. Problem`, `2. Lösung`, `I. Sachverhalt`): a section heading
/// even when the vocabulary does not know its word.
pub(crate) fn is_enumerated_heading(t: &str) -> bool {
    let mut words = t.split_whitespace();
    words.next().is_some_and(is_enumerator) && (1..=3).contains(&words.count())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_line_opens_with_a_person() {
        assert!(opens_with_person("Dipl.-Ing. Kai Brandt"));
        assert!(opens_with_person("Frau Lena Voss"));
        assert!(opens_with_person("Dr. Ole Kern"));
        assert!(!opens_with_person("Technische Betriebsleitung"));
        assert!(!opens_with_person("Diplomarbeit"));
    }

    use super::*;

    #[test]
    fn forms_of_address_in_one_home() {
        for w in ["Frau", "Herr", "Herrn"] {
            assert!(
                is_form_of_address(w, false) && is_form_of_address(w, true),
                "{w}"
            );
        }
        for w in ["Fr.", "Hr."] {
            assert!(
                is_form_of_address(w, true) && !is_form_of_address(w, false),
                "{w}"
            );
        }
        assert!(!is_form_of_address("Frauen", true));
    }

    #[test]
    fn sentences_split_after_their_end_not_after_an_ordinal() {
        assert_eq!(
            sentences(
                "Der Antrag wird beim Amt gestellt. Die Verwaltung berichtet am 23. März 2026."
            ),
            vec![
                "Der Antrag wird beim Amt gestellt.",
                " Die Verwaltung berichtet am 23. März 2026."
            ]
        );
        assert_eq!(
            sentences("Ist das so? Ja! Gut"),
            vec!["Ist das so?", " Ja!", " Gut"]
        );
        assert_eq!(
            sentences("am 19.10.2026. Dann"),
            vec!["am 19.10.2026.", " Dann"]
        );
    }

    #[test]
    fn a_paper_kind_ends_the_word_whatever_its_case_and_punctuation() {
        for w in [
            "Antrag",
            "Dringlichkeitsantrag:",
            "des Antrags",
            "„Anfrage“",
            "Beschlussvorlage",
        ] {
            assert!(ends_in_paper_kind(w.rsplit(' ').next().unwrap_or(w)), "{w}");
        }
        for w in ["Ausschuss", "Antragsteller", "Vorlagen", "Bauamt"] {
            assert!(!ends_in_paper_kind(w), "{w}");
        }
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

    #[test]
    fn sentence_or_row() {
        assert!(is_sentence(
            "Der Ordnungs-, Sicherheits- und Feuerwehrausschuss berät die Vorlage am 20.04.2023"
        ));
        assert!(!is_sentence("Bauausschuss 20.04.2023 Vorberatung"));
    }
}
