//! Role words of a Beratungsfolge (`Vorberatung`, `Entscheidung (endgültig)`, `z.K.`) and the
//! status cells (`Ö`, `N`, `öffentlich`) that are no part of a committee's name.

use crate::fold::alnum as fold_alnum;
use crate::record::Role;
use crate::vocab::Printed;

/// Status cells of a Beratungsfolge row that are not part of the committee.
pub(super) fn is_status(t: &str) -> bool {
    let f = fold_alnum(t);
    matches!(
        f.as_str(),
        "ö" | "n"
            | "nö"
            | "ö/n"
            | "öffentlich"
            | "nichtöffentlich"
            | "oeffentlich"
            | "nichtoeffentlich"
            | "noe"
            | "oe"
            | "nicht"
            | "x"
            | "sitzungam"
            | "am"
            | "top"
    ) || t.trim_end_matches('.').chars().all(|c| c.is_ascii_digit())
}

/// The role named by a text (the longest role word it starts with or ends with).
pub(crate) fn role_of(text: &str, roles: &[Printed<Role>]) -> Option<Role> {
    let f = fold_alnum(text);
    if f.is_empty() {
        return None;
    }
    roles
        .iter()
        .find(|w| f == w.alnum)
        .or_else(|| {
            roles
                .iter()
                .find(|w| f.starts_with(&w.alnum) && f.len() <= w.alnum.len() + 2)
        })
        .map(|w| w.value)
        .or_else(|| {
            // A short role cell with a qualifier: `Entscheidung (endgültig)`,
            // `Vorberatung/Empfehlung`, `Beratung und Empfehlung`.
            if text.split_whitespace().count() > 4 {
                return None;
            }
            let first = text
                .split(|c: char| c.is_whitespace() || matches!(c, '/' | '(' | ','))
                .find(|w| !w.is_empty())?;
            let ff = fold_alnum(first);
            (ff != f)
                .then(|| roles.iter().find(|w| ff == w.alnum))
                .flatten()
                .map(|w| w.value)
        })
}

/// Find a role word at the end of `text`: returns the role and the text before it.
pub(super) fn trailing_role<'a>(text: &'a str, roles: &[Printed<Role>]) -> Option<(Role, &'a str)> {
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
        .collect();
    for take in [3usize, 2, 1] {
        if words.len() < take {
            continue;
        }
        let (start, _) = *words.get(words.len() - take)?;
        let tail = text.get(start..)?;
        if let Some(r) = role_of(tail, roles) {
            return Some((r, text.get(..start)?));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Vocabulary;

    #[test]
    fn role_cells_with_qualifiers_and_abbreviations() {
        let roles = Vocabulary::embedded().roles;
        for (text, want) in [
            ("Entscheidung (endgültig)", Role::Entscheidung),
            ("Vorberatung/Empfehlung", Role::Vorberatung),
            ("Beratung und Empfehlung", Role::Vorberatung),
            ("beratend", Role::Vorberatung),
            ("z.K.", Role::Kenntnisnahme),
            ("Entsch.", Role::Entscheidung),
        ] {
            assert_eq!(role_of(text, &roles), Some(want), "{text}");
        }
        assert_eq!(role_of("Ausschuss für Umwelt", &roles), None);
        assert_eq!(role_of("Entscheidungsgremium Nord", &roles), None);
    }
}
