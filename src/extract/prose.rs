//! A Beratungsfolge written as sentences: `Der Bauausschuss berät die Vorlage am 20.04.2023
//! vor; die Entscheidung trifft der Stadtrat in seiner Sitzung am 27.04.2023.` Each clause with
//! a session date names one committee (a word built on a committee noun from the vocabulary,
//! with the words from its article on) and a role (a role word or verb of the clause).

use super::dates::find_dates;
use super::text::fold_alnum;
use crate::record::{Consultation, Role};
use crate::vocab::{LabelSet, Printed, Vocabulary};

/// Articles and pronouns that open a committee's noun phrase.
const ARTICLES: [&str; 6] = ["der", "die", "das", "dem", "den", "des"];

/// Split prose into clauses at `;` and at sentence ends (a full stop after a word, not inside a
/// date or an abbreviation such as `Nr.`).
fn clauses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        cur.push_str(word);
        cur.push(' ');
        let ends_sentence = word.ends_with('.')
            && word.chars().rev().nth(1).is_some_and(char::is_alphabetic)
            && word.chars().filter(|c| c.is_alphabetic()).count() > 3;
        if word.ends_with(';') || ends_sentence {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.trim().is_empty() {
        out.push(cur);
    }
    out
}

/// The role of a clause: an Entscheidung word wins over any other role word.
fn clause_role(words: &[&str], vocab: &Vocabulary, roles: &[Printed<Role>]) -> Option<Role> {
    let not_prose = vocab.labels(LabelSet::ProseRolesNot);
    let found: Vec<Role> = words
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !not_prose.has_alnum(&fold_alnum(w)))
        .filter_map(|w| super::consultations::role_of(w, roles))
        .collect();
    found
        .iter()
        .find(|r| **r == Role::Entscheidung)
        .or(found.first())
        .copied()
}

/// The committee named in a clause: from the article before the first word that contains a
/// committee noun up to that word.
fn clause_committee(words: &[&str], vocab: &Vocabulary) -> Option<String> {
    let nouns = vocab.labels(LabelSet::CommitteeNouns);
    let not_nouns = vocab.labels(LabelSet::CommitteeNounsNot);
    let is_noun = |w: &str| {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = super::consultations::fold_genitive(core).to_lowercase();
        nouns.iter().any(|n| lower.ends_with(n.lower.as_str()))
            && !not_nouns.iter().any(|n| lower.ends_with(n.lower.as_str()))
    };
    let end = words.iter().position(|w| is_noun(w))?;
    let start = words
        .get(..end)?
        .iter()
        .rposition(|w| ARTICLES.contains(&w.to_lowercase().as_str()))
        .map_or(end, |a| a + 1);
    // A phrase longer than a few words is a sentence, not a name.
    if end - start > 5 {
        return None;
    }
    let mut name: Vec<String> = words
        .get(start..=end)?
        .iter()
        .map(|w| w.to_string())
        .collect();
    if let Some(last) = name.last_mut() {
        let t = last
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        *last = super::consultations::fold_genitive(&t);
    }
    Some(name.join(" "))
}

/// Every (committee, date, role) a prose Beratungsfolge states, in order.
pub fn prose_sequence(text: &str, vocab: &Vocabulary) -> Vec<Consultation> {
    let roles = &vocab.roles;
    let mut out = Vec::new();
    for clause in clauses(text) {
        let Some(found) = find_dates(&clause, vocab).into_iter().next() else {
            continue;
        };
        // `vom 3.3.2020` dates an earlier decision or letter; a session is `am …`.
        let before = clause.get(..found.start).unwrap_or("");
        if before
            .split_whitespace()
            .last()
            .is_some_and(|w| w.eq_ignore_ascii_case("vom"))
        {
            continue;
        }
        let date = found.date;
        let words: Vec<&str> = clause.split_whitespace().collect();
        let Some(committee) = clause_committee(&words, vocab) else {
            continue;
        };
        out.push(Consultation {
            committee,
            date: Some(date),
            role: clause_role(&words, vocab, roles),
        });
    }
    out
}

/// True when a text reads as a sentence (six words or more, at least three of them lower-case
/// after the first), not as a table row.
pub fn is_sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower = words
        .iter()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    words.len() >= 6 && lower >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<(String, String, Option<Role>)> {
        prose_sequence(text, &Vocabulary::embedded())
            .into_iter()
            .map(|c| {
                (
                    c.committee,
                    c.date.map(|d| d.to_string()).unwrap_or_default(),
                    c.role,
                )
            })
            .collect()
    }

    #[test]
    fn two_clauses_with_verbs_and_role_nouns() {
        let got = run(
            "Der Ordnungs-, Sicherheits- und Feuerwehrausschuss berät die Vorlage am \
             20.04.2023 vor; die Entscheidung trifft der Stadtrat in seiner Sitzung am 27.04.2023.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Ordnungs-, Sicherheits- und Feuerwehrausschuss".into(),
                    "2023-04-20".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Stadtrat".into(),
                    "2023-04-27".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn sentences_with_dates_in_words() {
        let got = run(
            "Der Bauausschuss berät am 5. März 2023 vorberatend. Der Gemeinderat \
             entscheidet am 12. März 2023.",
        );
        assert_eq!(
            got,
            vec![
                (
                    "Bauausschuss".into(),
                    "2023-03-05".into(),
                    Some(Role::Vorberatung)
                ),
                (
                    "Gemeinderat".into(),
                    "2023-03-12".into(),
                    Some(Role::Entscheidung)
                ),
            ]
        );
    }

    #[test]
    fn clause_without_committee_or_date_is_skipped() {
        assert!(run("Die Verwaltung legt die Vorlage am 01.02.2023 vor.").is_empty());
        assert!(run("Der Stadtrat entscheidet später.").is_empty());
        assert!(run("Der Beschluss des Rates vom 3.3.2020 wird aufgehoben.").is_empty());
    }

    #[test]
    fn sentence_or_row() {
        assert!(is_sentence(
            "Der Ordnungs-, Sicherheits- und Feuerwehrausschuss berät die Vorlage am 20.04.2023"
        ));
        assert!(!is_sentence("Bauausschuss 20.04.2023 Vorberatung"));
    }
}
