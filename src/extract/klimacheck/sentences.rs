//! A Klimacheck stated as a sentence instead of ticked boxes
//! (`Die Maßnahme hat keine Auswirkungen auf den Klimaschutz.`).

use super::super::doc::Doc;
use super::super::text::sentences;
use super::marks::only_one;
use crate::record::Klimacheck;
use crate::vocab::Vocabulary;

/// Words before the effect noun that may hold the option (`hat keine wesentlichen Auswirkungen`).
const BEFORE: usize = 3;

/// Words after the effect noun that may hold the climate word (`auf den Klimaschutz`).
const AFTER: usize = 4;

/// The Klimacheck that the document's sentences state; None when none states one, a sentence is
/// a question, or sentences disagree.
pub(super) fn stated(doc: &Doc, vocab: &Vocabulary) -> Option<Klimacheck> {
    let words = &vocab.klimacheck;
    let (effects, targets, verbs) = (
        &words.sentence_effects,
        &words.sentence_targets,
        &words.sentence_verbs,
    );
    let (options, neutral) = (&words.options, &words.sentence_neutral);
    let text = doc
        .lines
        .iter()
        .filter(|l| !l.furniture)
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut found: Vec<Klimacheck> = Vec::new();
    for sentence in sentences(&text) {
        if sentence.trim_end().ends_with('?') {
            continue;
        }
        let (raw, words): (Vec<&str>, Vec<String>) = sentence
            .split_whitespace()
            .map(|w| {
                (
                    w,
                    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '₂')
                        .to_lowercase(),
                )
            })
            .filter(|(_, w)| !w.is_empty())
            .unzip();
        if neutral
            .iter()
            .any(|p| !p.is_empty() && words.windows(p.len()).any(|w| w == p.as_slice()))
        {
            found.push(Klimacheck::Neutral);
            continue;
        }
        for (i, w) in words.iter().enumerate() {
            if !effects.iter().any(|e| e == w) {
                continue;
            }
            let Some(t) = words
                .iter()
                .enumerate()
                .skip(i + 1)
                .take(AFTER)
                .find(|(_, a)| targets.iter().any(|t| a.starts_with(t.as_str())))
                .map(|(t, _)| t)
            else {
                continue;
            };
            let before = words.get(i.saturating_sub(BEFORE)..i).unwrap_or(&[]);
            if let Some(k) = before.iter().find_map(|b| option_word(b, options)) {
                found.push(k);
            } else if let Some(k) = after_colon(&raw, &words, t, options) {
                found.push(k);
            } else if let Some(k) = option_after(words.get(t + 1..).unwrap_or(&[]), verbs, options)
            {
                found.push(k);
            }
        }
    }
    only_one(found)
}

/// The option stated after the climate word by a verb (`… auf das Klima sind negativ`): a verb
/// first, then an option within the next words; a `nicht` on the way states nothing.
fn option_after(
    words: &[String],
    verbs: &[String],
    options: &[(String, Klimacheck)],
) -> Option<Klimacheck> {
    let v = words.iter().take(2).position(|w| verbs.contains(w))?;
    for w in words.iter().skip(v + 1).take(AFTER) {
        if w == "nicht" {
            return None;
        }
        if let Some(k) = option_word(w, options) {
            return Some(k);
        }
    }
    None
}

/// The option that ends a label-like phrase in running text (`… Auswirkungen auf das Klima:
/// positiv.`): the climate word ends with a colon and the sentence holds one option word after
/// it and nothing else. Family: reports that close a prose section with a labelled verdict.
fn after_colon(
    raw: &[&str],
    words: &[String],
    t: usize,
    options: &[(String, Klimacheck)],
) -> Option<Klimacheck> {
    if !raw.get(t)?.ends_with(':') || words.len() != t + 2 {
        return None;
    }
    option_word(words.get(t + 1)?, options)
}

/// The option a single word names (word prefix with at most two letters of inflection:
/// `keine`, `negativen`), from the one-word option vocabulary.
fn option_word(word: &str, options: &[(String, Klimacheck)]) -> Option<Klimacheck> {
    options.iter().find_map(|(o, k)| {
        let rest = word.strip_prefix(o.as_str())?;
        (!o.contains(' ') && rest.chars().count() <= 2 && rest.chars().all(char::is_alphabetic))
            .then_some(*k)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn klima(text: &str) -> Option<Klimacheck> {
        let doc = Doc::from_text(text);
        stated(&doc, &Vocabulary::embedded())
    }

    #[test]
    fn sentence_states_the_option() {
        assert_eq!(
            klima("Klimaschutz:\nDie Maßnahme hat keine Auswirkungen auf den Klimaschutz.\n"),
            Some(Klimacheck::Neutral)
        );
        assert_eq!(
            klima(
                "Die Maßnahme hat negative Auswirkungen auf das\nKlima, da Flächen versiegelt werden.\n"
            ),
            Some(Klimacheck::Negative)
        );
        assert_eq!(
            klima("Es sind keine negativen Auswirkungen auf den Klimaschutz zu erwarten.\n"),
            Some(Klimacheck::Neutral)
        );
        assert_eq!(
            klima("Der Umbau hat positive Auswirkungen auf die Treibhausgasemissionen.\n"),
            Some(Klimacheck::Positive)
        );
        assert_eq!(
            klima("Die Auswirkungen auf das Klima sind voraussichtlich negativ, da Diesel.\n"),
            Some(Klimacheck::Negative)
        );
        assert_eq!(
            klima("Klimarelevanz:\nDie Vorlage ist nicht klimarelevant.\n"),
            Some(Klimacheck::Neutral)
        );
        assert_eq!(
            klima("Die Auswirkungen auf das Klima sind nicht negativ.\n"),
            None
        );
    }

    #[test]
    fn questions_other_effects_and_conflicts_state_nothing() {
        assert_eq!(
            klima("Hat die Maßnahme negative Auswirkungen auf das Klima?\n"),
            None
        );
        assert_eq!(
            klima("Die Maßnahme hat keine Auswirkungen auf den Haushalt.\n"),
            None
        );
        assert_eq!(
            klima(
                "Teil A hat positive Auswirkungen auf das Klima. Teil B hat negative Auswirkungen auf das Klima.\n"
            ),
            None
        );
        assert_eq!(klima("Die Klimawirkung wird geprüft.\n"), None);
        assert_eq!(
            klima("Auswirkungen auf das Klima: positiv und negativ.\n"),
            None
        );
    }

    #[test]
    fn verdict_after_a_colon_in_running_text() {
        assert_eq!(
            klima("Der Neubau spart Strom. Auswirkungen auf das Klima: negativ.\n"),
            Some(Klimacheck::Negative)
        );
        assert_eq!(
            klima("Der Neubau spart Strom. Auswirkungen auf das Klima: Der Rat prüft.\n"),
            None
        );
    }
}
