//! Repairs of confusions tesseract makes in codes (Drucksachen-Nr., file numbers), which
//! break the number the metadata stage reads and searches for it. Each repair is one family of
//! misreadings, and a repair needs evidence — a word is never guessed into a code:
//!
//! - **`O` read as `0`** inside a run of capitals (`V0/0871/22` for `VO/0871/22`, `S0Z/112`
//!   for `SOZ/112`): a run of capitals and zeros (not touching other digits or small letters)
//!   becomes letters when it holds at least two capitals (`S0Z`, `K0ELN`), or one capital and
//!   a zero right before a `/` (`V0/`). Numbers (`0871`), units and mixed codes (`C02`, `A10`,
//!   `B06`) and a paper size standing alone (`A0`) are left as they are.
//! - **A Roman numeral read with `1` or `l` for `I`** as one part of a code (`DS/0612/1X` for
//!   `DS/0612/IX`, `VIl-DS-07421` for `VII-DS-07421`, the legislative period of Berlin and
//!   Leipzig papers): a part between `/` or `-` of a code with a number part, made of
//!   `I V X L 1 l` with at least one `V`, `X` or `L`, whose `1`/`l` read as `I` give a
//!   well-formed numeral.
//! - **`/` read as `1`** in bold print (`V010871/22` for `VO/0871/22`, `097712022` for
//!   `0977/2022`), sometimes with the slash read twice (`V01/1254/21`): a word becomes a code
//!   by at most two such edits (a `1` becomes `/`, a `1` beside a `/` goes) only when the
//!   document holds evidence: the same code read elsewhere (for a word of digits only), or a
//!   code of the same shape — same letters, the same lengths of digit runs between the same
//!   separators (`VO/0683/21` for `VO/1254/21`). The edit must be the only one that fits, and
//!   a word whose own shape is read elsewhere is left alone.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

fn is_capital(c: char) -> bool {
    c.is_uppercase() && c.is_alphabetic()
}

/// The word with a zero among capitals read as `O` (see the module comment).
pub fn fix_zero_in_capitals(word: &str) -> Cow<'_, str> {
    if !word.contains('0') || !word.chars().any(is_capital) {
        return Cow::Borrowed(word);
    }
    let chars: Vec<char> = word.chars().collect();
    let mut out = chars.clone();
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        if !(is_capital(chars[i]) || chars[i] == '0') {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (is_capital(chars[i]) || chars[i] == '0') {
            i += 1;
        }
        let run = &chars[start..i];
        let touches = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit() || c.is_lowercase());
        if touches(start.checked_sub(1).and_then(|p| chars.get(p))) || touches(chars.get(i)) {
            continue;
        }
        let capitals = run.iter().filter(|c| is_capital(**c)).count();
        let zeros = run.len() - capitals;
        let code_prefix = capitals == 1 && run.len() == 2 && chars.get(i) == Some(&'/');
        if zeros > 0 && (capitals >= 2 || code_prefix) {
            for c in &mut out[start..i] {
                if *c == '0' {
                    *c = 'O';
                    changed = true;
                }
            }
        }
    }
    if changed {
        Cow::Owned(out.into_iter().collect())
    } else {
        Cow::Borrowed(word)
    }
}

/// The word with every repair of this module that applies (see the module comment); `codes`
/// are the document's codes, the evidence for the `/` repair.
pub fn repair<'a>(word: &'a str, codes: &Codes) -> Cow<'a, str> {
    let fixed = fix_zero_in_capitals(word);
    let (lead, core, trail) = split_punctuation(&fixed);
    let roman = fix_roman_part(core);
    let slash = codes.fix_slash(&roman);
    if slash == core {
        return fixed;
    }
    Cow::Owned(format!("{lead}{slash}{trail}"))
}

/// Leading and trailing punctuation around a code: `(VO/0683/21),` → `(`, `VO/0683/21`, `),`.
fn split_punctuation(word: &str) -> (&str, &str, &str) {
    let outer = |c: char| "([{„\"'‚»«“”‘’)]},.;:!?".contains(c);
    let core = word.trim_matches(outer);
    let start = word.len() - word.trim_start_matches(outer).len();
    (&word[..start], core, &word[start + core.len()..])
}

/// A word made only of letters, digits and the separators `/ - .`, with a digit, at least
/// five characters long.
fn is_code_like(core: &str) -> bool {
    core.chars().count() >= 5
        && core.chars().any(|c| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '.'))
}

/// A code's shape: digits as `d`, letters as capitals, separators as they are.
fn shape(core: &str) -> String {
    core.chars()
        .map(|c| if c.is_ascii_digit() { 'd' } else { c })
        .flat_map(char::to_uppercase)
        .collect()
}

/// The codes read in a document (words with a `/` that are code-like, see [`is_code_like`]),
/// by shape.
#[derive(Debug, Default)]
pub struct Codes {
    shapes: HashMap<String, HashSet<String>>,
}

impl Codes {
    /// The codes among a document's recognised words.
    pub fn collect<'a>(words: impl IntoIterator<Item = &'a str>) -> Codes {
        let mut codes = Codes::default();
        for w in words {
            let fixed = fix_zero_in_capitals(w);
            let (_, core, _) = split_punctuation(&fixed);
            let core = fix_roman_part(core);
            if core.contains('/') && is_code_like(&core) {
                let set = codes.shapes.entry(shape(&core)).or_default();
                set.insert(core.into_owned());
            }
        }
        codes
    }

    /// `core` with `/` read as `1` repaired when the document's codes say so (see the module
    /// comment), else as it is.
    fn fix_slash<'a>(&self, core: &'a str) -> Cow<'a, str> {
        if !core.contains('1') || !is_code_like(core) {
            return Cow::Borrowed(core);
        }
        // another code of this word's own shape: a consistent reading
        if self
            .shapes
            .get(&shape(core))
            .is_some_and(|set| set.iter().any(|other| other != core))
        {
            return Cow::Borrowed(core);
        }
        let letters = core.chars().any(char::is_alphabetic);
        let fits = |c: &str| {
            self.shapes
                .get(&shape(c))
                .is_some_and(|set| letters || set.contains(c))
        };
        let once = edits(core);
        let mut found: HashSet<String> = once.iter().filter(|c| fits(c)).cloned().collect();
        if found.is_empty() {
            found = once
                .iter()
                .flat_map(|c| edits(c))
                .filter(|c| fits(c))
                .collect();
        }
        match found.len() {
            1 => found
                .into_iter()
                .next()
                .map_or(Cow::Borrowed(core), Cow::Owned),
            _ => Cow::Borrowed(core),
        }
    }
}

/// Every word one edit away: a `1` becomes `/`, or a `1` beside a `/` goes; with the `O`/`0`
/// repair applied to the result.
fn edits(core: &str) -> Vec<String> {
    let chars: Vec<char> = core.chars().collect();
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c != '1' {
            continue;
        }
        let mut slash = chars.clone();
        slash[i] = '/';
        out.push(slash.into_iter().collect::<String>());
        let beside = |j: Option<usize>| j.and_then(|j| chars.get(j)) == Some(&'/');
        if beside(i.checked_sub(1)) || beside(Some(i + 1)) {
            let mut gone = chars.clone();
            gone.remove(i);
            out.push(gone.into_iter().collect());
        }
    }
    out.into_iter()
        .map(|c| fix_zero_in_capitals(&c).into_owned())
        .filter(|c| !c.contains("//") && !c.starts_with('/') && !c.ends_with('/'))
        .collect()
}

/// A part of a code that is a Roman numeral read with `1` or `l` for `I` (see the module
/// comment) written as the numeral.
fn fix_roman_part(core: &str) -> Cow<'_, str> {
    // Most words hold no separator: no parts to mend.
    if !core.contains(['/', '-']) {
        return Cow::Borrowed(core);
    }
    let parts: Vec<&str> = core.split(['/', '-']).collect();
    let has_number = parts
        .iter()
        .any(|p| p.chars().filter(char::is_ascii_digit).count() >= 3);
    if parts.len() < 2 || !has_number {
        return Cow::Borrowed(core);
    }
    let mut out = String::with_capacity(core.len());
    let mut changed = false;
    let mut rest = core;
    for part in parts {
        let fixed = roman(part);
        changed |= fixed.is_some();
        out.push_str(fixed.as_deref().unwrap_or(part));
        rest = &rest[part.len()..];
        if let Some(sep) = rest.chars().next() {
            out.push(sep);
            rest = &rest[sep.len_utf8()..];
        }
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(core)
    }
}

/// `part` as a Roman numeral when it is one read with `1`/`l` for `I` (None otherwise, and
/// for a numeral read right).
fn roman(part: &str) -> Option<String> {
    let misread = part.contains(['1', 'l']);
    let allowed = part.chars().all(|c| "IVXL1l".contains(c));
    if !misread || !allowed || !part.contains(['V', 'X', 'L']) || part.len() > 7 {
        return None;
    }
    let numeral: String = part
        .chars()
        .map(|c| if c == '1' || c == 'l' { 'I' } else { c })
        .collect();
    is_roman(&numeral).then_some(numeral)
}

/// A well-formed Roman numeral from 1 to 89 (legislative periods, parts of codes).
fn is_roman(s: &str) -> bool {
    let value = |c: char| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 0,
    };
    let digits: Vec<u32> = s.chars().map(value).collect();
    let mut n = 0u32;
    for (i, d) in digits.iter().enumerate() {
        match digits.get(i + 1) {
            Some(next) if next > d => n = n.wrapping_sub(*d),
            _ => n = n.wrapping_add(*d),
        }
    }
    (1..90).contains(&n) && to_roman(n) == s
}

fn to_roman(mut n: u32) -> String {
    let mut s = String::new();
    for (v, r) in [
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_among_capitals_becomes_an_o() {
        assert_eq!(fix_zero_in_capitals("V0/0871/22"), "VO/0871/22");
        assert_eq!(fix_zero_in_capitals("S0Z/112/2022"), "SOZ/112/2022");
        assert_eq!(fix_zero_in_capitals("K0ELN"), "KOELN");
    }

    #[test]
    fn numbers_units_and_mixed_codes_stay() {
        for w in [
            "0871/22",
            "A0",
            "A0-Plakat",
            "C02",
            "A10",
            "B06/2022",
            "2020",
            "0,50",
            "Nr.0/1",
            "V01/1254/21",
            "B0x",
            "VO/0456/23",
            "Öffentlich",
        ] {
            assert_eq!(fix_zero_in_capitals(w), w, "{w}");
        }
    }

    #[test]
    fn roman_parts_of_codes_are_read_as_numerals() {
        let none = Codes::default();
        assert_eq!(repair("DS/0612/1X", &none), "DS/0612/IX");
        assert_eq!(repair("VIl-DS-07421", &none), "VII-DS-07421");
        assert_eq!(repair("(DS/0012/XV1)", &none), "(DS/0012/XVI)");
        for w in [
            "DS/0612/IX",
            "1X-Mal",
            "Anlage-1X",
            "VO/1254/21",
            "X1/1",
            "DS/0612/11",
            "DS/0612/X1IV",
        ] {
            assert_eq!(repair(w, &none), w, "{w}");
        }
    }

    #[test]
    fn a_slash_read_as_one_is_repaired_only_with_evidence_in_the_document() {
        let codes = Codes::collect(["(VO/0683/21)", "Drucksache", "0977/2022", "01.09.2021"]);
        // same shape as VO/0683/21
        assert_eq!(repair("V010871/22", &codes), "VO/0871/22");
        assert_eq!(repair("V01/1254121", &codes), "VO/1254/21");
        assert_eq!(repair("V01/1254/21", &codes), "VO/1254/21");
        assert_eq!(repair("Nr.:V01/1254/21,", &codes), "Nr.:V01/1254/21,");
        assert_eq!(repair("V01/1254/21,", &codes), "VO/1254/21,");
        // digits only: the same code must be read elsewhere
        assert_eq!(repair("097712022", &codes), "0977/2022");
        assert_eq!(repair("097812022", &codes), "097812022");
        // no evidence, other shapes, ordinary words and numbers
        let none = Codes::default();
        for w in [
            "V010871/22",
            "097712022",
            "1254121",
            "12.10.2021",
            "Seite 1",
        ] {
            assert_eq!(repair(w, &none), w, "{w}");
        }
        assert_eq!(
            repair("1254121", &codes),
            "1254121",
            "digits: no exact code"
        );
        assert_eq!(repair("A1/2022", &Codes::collect(["B/2021"])), "A1/2022");
    }

    #[test]
    fn a_word_whose_own_shape_is_read_elsewhere_stays() {
        let codes = Codes::collect(["VO/0683/21", "V01/1111/21", "V01/2222/21"]);
        assert_eq!(repair("V01/1254/21", &codes), "V01/1254/21");
    }

    #[test]
    fn a_word_read_the_same_way_twice_is_still_repaired() {
        let codes = Codes::collect(["VO/0683/21", "V01/1254/21", "V01/1254/21"]);
        assert_eq!(repair("V01/1254/21", &codes), "VO/1254/21");
    }

    #[test]
    fn two_readings_that_fit_are_no_repair() {
        // AB/2134 and AB12/34 both have a code of their shape
        let codes = Codes::collect(["AB/9999", "AB99/99"]);
        assert_eq!(repair("AB12134", &codes), "AB12134");
        let codes = Codes::collect(["AB/9999"]);
        assert_eq!(repair("AB12134", &codes), "AB/2134");
    }
}
