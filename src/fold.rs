//! German folding, in one place: how ratsdex compares words regardless of letter case, umlaut
//! spelling (`ä` / `ae`), `ß` / `ss`, accents and punctuation. Used by the metadata rules
//! ([`alnum`], [`spelled`]), the theme rules ([`term_text`]) and the search index
//! ([`search_term`]).

use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// A lower-case letter with its umlaut spelled out the way ASCII text writes it (`ä` → `ae`,
/// `ß` → `ss`); every other character stays as it is.
pub fn spell_umlaut(c: char) -> impl Iterator<Item = char> {
    let pair = match c {
        'ä' => Some(('a', 'e')),
        'ö' => Some(('o', 'e')),
        'ü' => Some(('u', 'e')),
        'ß' => Some(('s', 's')),
        _ => None,
    };
    let (a, b) = pair.map_or((c, None), |(a, b)| (a, Some(b)));
    std::iter::once(a).chain(b)
}

/// One character as [`spelled`] folds it: lower case, umlauts spelled out.
pub fn spelled_char(c: char) -> impl Iterator<Item = char> {
    c.to_lowercase().flat_map(spell_umlaut)
}

/// Lower-case letters and digits only, spaces and punctuation dropped
/// (`Drucks.-Nr.:` → `drucksnr`); umlauts are kept.
pub fn alnum(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// [`alnum`] with umlauts spelled out, so that an ASCII export matches (`Federführend` and
/// `Federfuehrend` → `federfuehrend`, `Straße` → `strasse`).
pub fn spelled(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(spelled_char)
        .collect()
}

/// A word as the search index stores it: lower case, umlauts spelled out, other accents dropped
/// (`Straße` → `strasse`, `Münster` → `muenster`, `Café` → `cafe`).
pub fn search_term(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(word.len() + 4);
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' | 'ö' | 'ü' | 'ß' => out.extend(spell_umlaut(c)),
            c if c.is_ascii() => out.push(c),
            c => out.extend(
                std::iter::once(c)
                    .nfd()
                    .filter(|d| !unicode_normalization::char::is_combining_mark(*d)),
            ),
        }
    }
    out
}

/// Text as the theme rules match it: NFC, lower case, every run of non-word characters (hyphens,
/// punctuation, line breaks) one space, `€` spelled `euro`; `*` is kept for patterns.
pub fn term_text(text: &str) -> String {
    let mut out = TermText {
        out: String::with_capacity(text.len()),
        space: true,
    };
    // Most text is in NFC already (the quick check says so without composing anything).
    if unicode_normalization::is_nfc_quick(text.chars()) == IsNormalized::Yes {
        for c in text.chars() {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                c.to_lowercase().for_each(|l| out.push(l));
            }
        }
    } else {
        text.nfc()
            .flat_map(char::to_lowercase)
            .for_each(|c| out.push(c));
    }
    let mut out = out.out;
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// [`term_text`] being written: the text so far, and whether it ends in a space.
struct TermText {
    out: String,
    space: bool,
}

impl TermText {
    /// Append one lower-case character.
    fn push(&mut self, c: char) {
        if c == '€' {
            if !self.space {
                self.out.push(' ');
            }
            self.out.push_str("euro ");
            self.space = true;
        } else if c.is_alphanumeric() || c == '*' {
            self.out.push(c);
            self.space = false;
        } else if !self.space {
            self.out.push(' ');
            self.space = true;
        }
    }
}

/// A text folded for exact literal prefilters: lower case (`char::to_lowercase`), `ſ` read as
/// `s`, and each run of white space (`\s`) one space. A case-insensitive pattern (`(?i)`) matches
/// a word of `a`–`z`, `ä`, `ö`, `ü`, `ß` only where the folded text holds the word in lower case:
/// Unicode's simple case folding joins these letters with their capitals and with nothing else
/// but the Kelvin sign (lower case `k`), `ſ` (folded to `s` here) and `ẞ` (lower case `ß`).
/// Words joined by `\s+` in a pattern are joined by one space in the folded text. So "the
/// folded text lacks every needle" proves "no match", and the pattern — whose compiling costs
/// most of a short run's start-up — is neither compiled nor run.
pub(crate) struct Folded(String);

impl Folded {
    /// Fold `text`.
    pub(crate) fn new(text: &str) -> Folded {
        let mut out = String::with_capacity(text.len());
        let mut space = false;
        for c in text.chars() {
            if c.is_whitespace() {
                space = true;
                continue;
            }
            if space {
                out.push(' ');
                space = false;
            }
            if c == 'ſ' {
                out.push('s');
            } else if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
        if space {
            out.push(' ');
        }
        Folded(out)
    }

    /// True when the folded text holds `needle` (lower case, single spaces).
    pub(crate) fn has(&self, needle: &str) -> bool {
        self.0.contains(needle)
    }

    /// True when the folded text holds one of `needles`.
    pub(crate) fn has_any(&self, needles: &[&str]) -> bool {
        needles.iter().any(|n| self.0.contains(n))
    }

    /// True when the folded text opens with one of `needles`.
    pub(crate) fn opens_with_any(&self, needles: &[&str]) -> bool {
        needles.iter().any(|n| self.0.starts_with(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    #[test]
    fn alnum_and_spelled() {
        assert_eq!(alnum("Drucks.-Nr.:"), "drucksnr");
        assert_eq!(alnum("Öffentlich"), "öffentlich");
        assert_eq!(spelled("Oeffentlich"), spelled("öffentlich"));
        assert_eq!(spelled("Straße 1"), "strasse1");
    }

    #[test]
    fn search_terms_fold_umlauts_sharp_s_and_accents() {
        assert_eq!(search_term("Straße"), "strasse");
        assert_eq!(search_term("Großprojekt"), search_term("Grossprojekt"));
        assert_eq!(search_term("Münster"), "muenster");
        assert_eq!(search_term("Café"), "cafe");
        assert_eq!(search_term("ẞ"), "ss");
    }

    #[test]
    fn term_text_folds_case_and_punctuation() {
        assert_eq!(term_text("E-Government, OZG!"), "e government ozg");
        assert_eq!(term_text("1.250 €, 3€"), "1 250 euro 3 euro");
        // text not in NFC (a decomposed umlaut) is composed first, as composed text reads
        assert_eq!(term_text("Mu\u{308}nster-Ärger"), "münster ärger");
        assert_eq!(term_text("Münster-Ärger"), "münster ärger");
        assert_eq!(term_text("ẞ İ …"), "ß i");
    }

    #[test]
    fn folding_keeps_every_spelling_a_case_insensitive_word_matches() {
        let f = Folded::new("Wir\u{a0}\n LADEN Sie ein · Gruß ẞ ſitzung \u{212a}ita");
        assert!(f.has("wir laden sie ein"));
        assert!(f.has("gruß ß sitzung kita"));
        assert!(!f.has("wir  laden"));
        assert!(f.has_any(&["nie", "laden"]));
        assert!(f.opens_with_any(&["sie", "wir"]));
        assert!(!f.opens_with_any(&["laden"]));
        // Every match of the case-insensitive pattern leaves its words in the folded text.
        let re = Regex::new(r"(?i)\bwir\s+laden\b").expect("valid");
        for t in ["WIR LADEN", "wIr\tLaden", "Wir\u{2003}\u{a0}laden"] {
            assert!(re.is_match(t) && Folded::new(t).has("wir laden"), "{t:?}");
        }
        let re = Regex::new(r"(?i)sitzung|kita|gruß").expect("valid");
        for t in ["SITZUNG", "ſitzung", "\u{212a}ITA", "GRUẞ"] {
            assert!(re.is_match(t) && Folded::new(t).has_any(&["sitzung", "kita", "gruß"]));
        }
    }
}
