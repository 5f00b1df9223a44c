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
        .or_else(|| bracketed_role(text, roles))
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

/// The role a short cell names in its closing bracket after a generic word (layout family:
/// Zuständigkeit columns that print the kind of participation and the body's right in brackets,
/// `beratend (Anhörung)`, `beratend (Kenntnisnahme)`): the bracket's role is the specific one.
/// None when the bracket holds no role word of its own (`Entscheidung (endgültig)`).
fn bracketed_role(text: &str, roles: &[Printed<Role>]) -> Option<Role> {
    let t = text.trim();
    if t.split_whitespace().count() > 4 || !t.ends_with(')') {
        return None;
    }
    let open = t.rfind('(')?;
    let inside = t.get(open + 1..t.len() - 1)?;
    let before = t.get(..open)?.trim();
    let outer = role_of(before, roles)?;
    let f = fold_alnum(inside);
    let inner = roles.iter().find(|w| f == w.alnum).map(|w| w.value)?;
    (inner != outer).then_some(inner)
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
            // the right in brackets after the kind of participation
            ("beratend (Anhörung)", Role::Anhoerung),
            ("beratend (Kenntnisnahme)", Role::Kenntnisnahme),
        ] {
            assert_eq!(role_of(text, &roles), Some(want), "{text}");
        }
        assert_eq!(role_of("Ausschuss für Umwelt", &roles), None);
        assert_eq!(role_of("Entscheidungsgremium Nord", &roles), None);
    }
}
