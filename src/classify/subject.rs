//! Where a paper states its subject: the lead of the body (first paragraphs after the Betreff),
//! the decision or motion text (Beschlussvorschlag, Antragstext, "Wir fragen"), the questions an
//! Antwort restates and the items of an agenda (Einladung, Niederschrift). Term hits there are
//! subject evidence; hits elsewhere are passing mentions.

use super::sections::{LETTERHEAD, Segment};
use super::terms::{TextRegex as Regex, normalize, text_regex};
use serde::{Deserialize, Serialize};

/// How a paper states its subject, chosen by its document type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reading {
    /// A Vorlage, Antrag, Anfrage, Stellungnahme: lead and decision blocks.
    Paper,
    /// An Antwort: lead, decision blocks and the questions it answers.
    Answer,
    /// An Einladung or Niederschrift: the substantive agenda items.
    Agenda,
}

impl Reading {
    /// The reading's name in explanations.
    pub fn name(self) -> &'static str {
        match self {
            Reading::Paper => "Vorlage",
            Reading::Answer => "Antwort",
            Reading::Agenda => "Tagesordnung",
        }
    }
}

/// The `[subject]` table as written.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(default, deny_unknown_fields)]
pub struct SubjectDef {
    /// Words at the start of the body that state the subject.
    pub lead_words: usize,
    /// Words after a decision heading that state the subject.
    pub block_words: usize,
    /// Regexes (normalised text, anchored at the line start) of headings that open a decision
    /// or motion block.
    pub headings: Vec<String>,
    /// Regexes of headings that end such a block.
    pub ends: Vec<String>,
    /// Regex of an agenda item line (`TOP 3`, `3.`, `Ö 4`).
    pub agenda_item: String,
    /// Regex of procedural agenda items that say nothing about the subject.
    pub procedural: Vec<String>,
    /// In an agenda, a short bulleted line (`- Sport (öffentliche Plätze und Hallen)`) in the
    /// words after an item (`block_words`) is a sub-item: it names its subject like the item.
    pub subitems: bool,
    /// Document types read as answers (canonical names).
    pub answer_types: Vec<String>,
    /// Document types read as agendas (canonical names).
    pub agenda_types: Vec<String>,
    /// For a paper of unknown type: regexes of a line among its first `head_lines` that make it
    /// an agenda (`Einladung`, `Tagesordnung`, `Niederschrift`).
    pub agenda_heads: Vec<String>,
    /// For a paper of unknown type: regexes of such a line that make it an answer.
    pub answer_heads: Vec<String>,
    /// How many non-empty lines at the top `agenda_heads` and `answer_heads` look at.
    pub head_lines: usize,
    /// Regex of a title's opening that names who filed or held it, not the subject
    /// (`Stellungnahme des Stadtteilbeirats …`, `1. Sitzung des …`); the name runs to the first
    /// colon, dash or `originator_ends` word.
    pub originator: String,
    /// Words that end an originator's name in a title (`zu`, `zur`, `für` …).
    pub originator_ends: Vec<String>,
    /// Regex of a word that names a body (`ausschuss`, `beirat`): a `für` after it belongs to
    /// the name (`Ausschuss für Ortsentwicklung`) and does not end it.
    pub organ: String,
    /// Regexes of a title (normalised, anchored at its start) that names a grant and not what
    /// it funds (`Bewilligung einer Förderung aus dem Stadtteilbudget`): such a paper is filed
    /// by what it funds — the theme with the most points in the subject zones (at least
    /// `grant_subject_min`) other than `grant_theme` goes first, `grant_theme` after it.
    pub grant_titles: Vec<String>,
    /// The theme a grant's wording raises (`finanzen`).
    pub grant_theme: String,
    /// The subject-zone points the funded theme needs to go first.
    pub grant_subject_min: f64,
    /// Regexes of a title (normalised, anchored at its start) whose head is a levy or a levy
    /// statute (`Satzung über die Erhebung von Gebühren für …`, `Friedhofsgebührensatzung`,
    /// `Einführung einer Zweitwohnungsteuer`): the paper decides what the levy costs, so
    /// `levy_theme` goes first when it was assigned and scores at least `levy_min` × the first
    /// (what the levy is for comes after it); `[gate.primary]` does not reorder such a paper.
    pub levy_titles: Vec<String>,
    /// The theme of a levy (`finanzen`).
    pub levy_theme: String,
    /// The share of the first theme's score `levy_theme` needs to go first.
    pub levy_min: f64,
    /// First themes a levy does not go before (`soziales`: a fee for a social service, a Kita
    /// or a shelter, is filed by the service in some labelled sets and by `finanzen` in others).
    pub levy_keeps: Vec<String>,
}

/// Compiled subject rules.
#[derive(Debug, Clone)]
pub struct SubjectRules {
    def: SubjectDef,
    // Each list is one regex that matches where any of its patterns does (one compiled
    // automaton instead of dozens: cheaper to build and to run), compiled when first used:
    // most lists serve one kind of paper (agendas, answers, grants), and building them all cost
    // a one-paper command a quarter of its start-up.
    headings: LazyRegex,
    ends: LazyRegex,
    agenda_item: LazyRegex,
    procedural: LazyRegex,
    originator: LazyRegex,
    organ: LazyRegex,
    agenda_heads: LazyRegex,
    answer_heads: LazyRegex,
    grant_titles: LazyRegex,
    levy_titles: LazyRegex,
}

/// An anchored regex checked when the rules are read and compiled when first used (none for
/// an empty list; one beyond the regex engine's size limits matches nothing).
#[derive(Debug, Clone, Default)]
struct LazyRegex {
    source: Option<String>,
    regex: std::sync::OnceLock<Option<Regex>>,
}

impl LazyRegex {
    /// The compiled regex.
    fn get(&self) -> Option<&Regex> {
        let source = self.source.as_deref()?;
        self.regex.get_or_init(|| text_regex(source).ok()).as_ref()
    }

    /// True when `text` matches.
    fn is_match(&self, text: &str) -> bool {
        self.get().is_some_and(|r| r.is_match(text))
    }
}

/// `re` anchored at the line start, checked now (a pattern that does not parse is an error).
fn anchored(what: &str, re: &str) -> Result<LazyRegex, String> {
    if re.is_empty() {
        return Ok(LazyRegex::default());
    }
    regex_automata::util::syntax::parse(re)
        .map_err(|e| format!("subject {what}: bad regex: {e}"))?;
    Ok(LazyRegex {
        source: Some(format!("^(?:{re})")),
        regex: std::sync::OnceLock::new(),
    })
}

/// A list of patterns as one anchored regex: a line matches it exactly when it matches one of
/// them (none for an empty list). Each pattern must be a regex by itself, so that none can
/// reach outside its group.
fn anchored_any(what: &str, res: &[String]) -> Result<LazyRegex, String> {
    for re in res {
        anchored(what, re)?;
    }
    let any: Vec<String> = res.iter().map(|re| format!("(?:{re})")).collect();
    anchored(what, &any.join("|"))
}

impl SubjectRules {
    /// Compile the table.
    pub fn compile(def: &SubjectDef) -> Result<SubjectRules, String> {
        Ok(SubjectRules {
            headings: anchored_any("headings", &def.headings)?,
            ends: anchored_any("ends", &def.ends)?,
            agenda_item: anchored("agenda_item", &def.agenda_item)?,
            procedural: anchored_any("procedural", &def.procedural)?,
            agenda_heads: anchored_any("agenda_heads", &def.agenda_heads)?,
            answer_heads: anchored_any("answer_heads", &def.answer_heads)?,
            grant_titles: anchored_any("grant_titles", &def.grant_titles)?,
            levy_titles: anchored_any("levy_titles", &def.levy_titles)?,
            originator: anchored("originator", &def.originator)?,
            organ: anchored("organ", &def.organ)?,
            def: def.clone(),
        })
    }

    /// Compile every list now (a taxonomy that is not the built-in one: a list too large for
    /// the regex engine is an error when the rules are read, not a list that matches nothing).
    pub fn compile_all(&self) -> Result<(), String> {
        let lists = [
            ("headings", &self.headings),
            ("ends", &self.ends),
            ("agenda_item", &self.agenda_item),
            ("procedural", &self.procedural),
            ("originator", &self.originator),
            ("organ", &self.organ),
            ("agenda_heads", &self.agenda_heads),
            ("answer_heads", &self.answer_heads),
            ("grant_titles", &self.grant_titles),
            ("levy_titles", &self.levy_titles),
        ];
        for (what, list) in lists {
            if let Some(source) = &list.source {
                text_regex(source).map_err(|e| format!("subject {what}: bad regex: {e}"))?;
            }
        }
        Ok(())
    }

    /// The title without an opening that only names who filed or held the paper
    /// (`Stellungnahme des Stadtteilbeirats Büchenbach zur Wendeschleife` → `zur Wendeschleife`;
    /// `1. Sitzung des Stadtteilbeirates Büchenbach` → ``).
    pub fn title_subject<'t>(&self, title: &'t str) -> &'t str {
        let Some(re) = self.originator.get() else {
            return title;
        };
        let lower = title.to_lowercase();
        let Some(m) = re.find(&lower) else {
            return title;
        };
        // Byte offsets of the lower-cased copy can differ; skip the same number of words.
        let skip = lower
            .get(m.range())
            .unwrap_or_default()
            .split_whitespace()
            .count();
        let mut rest = title;
        for _ in 0..skip {
            rest = rest.trim_start();
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            rest = &rest[end..];
        }
        let mut pos = 0;
        let mut organ = false; // the word before names a body: `Ausschuss für Ortsentwicklung`
        for word in rest.split_inclusive(char::is_whitespace) {
            let bare = word.trim();
            if bare.starts_with([':', '–', '-', '(']) {
                return rest[pos..].trim_start_matches([' ', ':', '–', '-']);
            }
            let lower = bare.trim_end_matches([':', ',']).to_lowercase();
            if self.def.originator_ends.contains(&lower) && !(organ && lower == "für") {
                return &rest[pos..];
            }
            organ = self.organ.is_match(&lower);
            if bare.ends_with(':') {
                return &rest[pos + word.len()..];
            }
            pos += word.len();
        }
        ""
    }

    /// The theme a grant's wording raises and the subject points the funded theme needs, when
    /// the normalised title names a grant and not what it funds (`grant_titles`).
    pub fn grant(&self, title_norm: &str) -> Option<(&str, f64)> {
        (!self.def.grant_theme.is_empty() && self.grant_titles.is_match(title_norm))
            .then_some((self.def.grant_theme.as_str(), self.def.grant_subject_min))
    }

    /// The theme of a levy and the share of the first theme's score it needs to go first, when
    /// the normalised title's head is a levy or a levy statute (`levy_titles`).
    pub fn levy(&self, title_norm: &str) -> Option<(&str, f64, &[String])> {
        (!self.def.levy_theme.is_empty() && self.levy_titles.is_match(title_norm)).then_some((
            self.def.levy_theme.as_str(),
            self.def.levy_min,
            self.def.levy_keeps.as_slice(),
        ))
    }

    /// How to read a paper of this canonical type; a paper of unknown type by the words at its
    /// top (`Einladung`, `Niederschrift`, `Antwort`), else as an ordinary paper.
    pub fn reading(&self, doc_type: Option<&str>, segs: &[Segment]) -> Reading {
        let is = |list: &[String]| doc_type.is_some_and(|t| list.iter().any(|l| l == t));
        if is(&self.def.agenda_types) {
            return Reading::Agenda;
        }
        if is(&self.def.answer_types) {
            return Reading::Answer;
        }
        if doc_type.is_some() {
            return Reading::Paper;
        }
        let head: Vec<String> = segs
            .iter()
            .flat_map(|s| s.text.lines())
            .map(normalize)
            .filter(|l| !l.is_empty())
            .take(self.def.head_lines)
            .collect();
        let any = |re: &LazyRegex| head.iter().any(|l| re.is_match(l));
        if any(&self.agenda_heads) {
            Reading::Agenda
        } else if any(&self.answer_heads) {
            Reading::Answer
        } else {
            Reading::Paper
        }
    }
}

/// A sentence (or a piece of one on a line) of the text, in or out of the subject.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    /// Section name for explanations (`Text`, `Gegenstand`, a boilerplate block).
    pub section: String,
    /// Weight of the underlying segment.
    pub weight: f64,
    /// True where the paper states its subject.
    pub subject: bool,
    /// Running number of the sentence the piece belongs to.
    pub sentence: usize,
    /// Running number of the paragraph the piece belongs to: a new one after an empty line,
    /// after a line that ends a sentence (the text sets' one-line paragraphs) and in each
    /// segment.
    pub paragraph: usize,
    /// True for the line of an agenda item (it names its subject like a Betreff).
    pub item: bool,
    /// The text, normalised.
    pub norm: String,
}

/// Name of the subject zone in explanations.
pub const SUBJECT: &str = "Gegenstand";

/// Split the segments into sentence pieces in or out of the subject; boilerplate segments keep
/// their names and are never subject.
pub fn zones(segs: &[Segment], rules: &SubjectRules, reading: Reading) -> Vec<Zone> {
    let mut out: Vec<Zone> = Vec::new();
    let mut lead_left = match reading {
        Reading::Agenda => 0,
        _ => rules.def.lead_words,
    };
    let mut block_left = 0usize;
    let mut sentence = 0usize;
    let mut open = false; // the current sentence continues on the next line
    let mut paragraph = 0usize;
    for seg in segs {
        let mut gap = true; // a segment opens a paragraph
        for line in seg.text.lines() {
            let trimmed = line.trim();
            let norm_line = normalize(trimmed);
            let n = norm_line.split(' ').filter(|w| !w.is_empty()).count();
            if n == 0 {
                gap = true;
                continue;
            }
            if !open || starts_item(trimmed) {
                sentence += 1;
            }
            if gap || !open || starts_item(trimmed) {
                paragraph += 1;
            }
            gap = false;
            // An agenda's items may stand before a title found in the head of the page.
            let weight = if reading == Reading::Agenda && seg.section == LETTERHEAD {
                1.0
            } else {
                seg.weight
            };
            if weight <= 0.0 {
                out.push(Zone {
                    section: seg.section.clone(),
                    weight,
                    subject: false,
                    sentence,
                    paragraph,
                    item: false,
                    norm: norm_line,
                });
                open = false;
                continue;
            }
            let item = reading == Reading::Agenda
                && ((rules.agenda_item.is_match(&norm_line)
                    && !rules.procedural.is_match(&agenda_text(&norm_line)))
                    || (rules.def.subitems
                        && block_left > 0
                        && is_subitem(trimmed, n)
                        && !rules.procedural.is_match(&norm_line)));
            if item {
                block_left = rules.def.block_words;
            } else if reading == Reading::Agenda && rules.agenda_item.is_match(&norm_line) {
                block_left = 0; // a procedural item ends the one before it
            } else if rules.headings.is_match(&norm_line) {
                block_left = rules.def.block_words;
            } else if block_left > 0 && n <= 6 && rules.ends.is_match(&norm_line) {
                block_left = 0;
            }
            let subject = match reading {
                Reading::Agenda => item || block_left > 0,
                Reading::Answer => {
                    lead_left > 0 || block_left > 0 || is_question(trimmed, &norm_line)
                }
                Reading::Paper => lead_left > 0 || block_left > 0,
            };
            lead_left = lead_left.saturating_sub(n);
            block_left = block_left.saturating_sub(n);
            let section = if subject {
                SUBJECT
            } else if weight != seg.weight {
                super::sections::BODY
            } else {
                seg.section.as_str()
            };
            let pieces = split_sentences(trimmed);
            let last = pieces.len().saturating_sub(1);
            for (i, piece) in pieces.into_iter().enumerate() {
                if i > 0 {
                    sentence += 1;
                }
                let norm = normalize(piece);
                if !norm.is_empty() {
                    out.push(Zone {
                        section: section.to_string(),
                        weight,
                        subject,
                        sentence,
                        paragraph,
                        item,
                        norm,
                    });
                }
                if i == last {
                    open = !ends_sentence(piece);
                }
            }
        }
    }
    merge_lines(out)
}

/// Join the pieces of one sentence that run over several lines (so that phrases spanning a line
/// break are found), as long as they lie in the same kind of zone.
fn merge_lines(zones: Vec<Zone>) -> Vec<Zone> {
    let mut out: Vec<Zone> = Vec::with_capacity(zones.len());
    for z in zones {
        match out.last_mut() {
            Some(last)
                if last.sentence == z.sentence
                    && last.section == z.section
                    && last.subject == z.subject
                    && last.item == z.item
                    && last.weight == z.weight =>
            {
                last.norm.push(' ');
                last.norm.push_str(&z.norm);
            }
            _ => out.push(z),
        }
    }
    out
}

/// The most words of an agenda's sub-item (`subitems`): a bullet longer than this is a point
/// of the minutes' discussion, not a subject named like an item.
const SUBITEM_WORDS: usize = 8;

/// A sub-item of an agenda item: a short bulleted line (`- Rudeltplatz`, `• Bänke im
/// Baugebiet 411`) of at most `SUBITEM_WORDS` words that is no sentence. Family: Einladungen
/// and Niederschriften of district councils and advisory boards whose items collect motions and
/// requests (`4. Anträge/Stellungnahmen` with `- Sport (öffentliche Plätze und Hallen)`).
fn is_subitem(line: &str, words: usize) -> bool {
    line.starts_with(['-', '–', '•', '·', '▪'])
        && words > 0
        && words <= SUBITEM_WORDS
        && !ends_sentence(line)
}

/// A line that starts a list item (`- `, `• `, `1.`, `a)`) starts a new sentence.
fn starts_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '–' | '•' | '*' | '·' | '▪') => true,
        Some(c) if c.is_ascii_digit() || c.is_alphabetic() => {
            let head: String = line.chars().take_while(|c| c.is_alphanumeric()).collect();
            let next = line[head.len()..].chars().next();
            head.chars().count() <= 2
                && (head.chars().all(|c| c.is_ascii_digit()) || head.chars().count() == 1)
                && matches!(next, Some('.' | ')'))
        }
        _ => false,
    }
}

fn ends_sentence(piece: &str) -> bool {
    piece.trim_end().ends_with(['.', '!', '?', ':', ';'])
}

/// Split a line after sentence ends (`.`, `!`, `?`, `;` before a space); a dot after a short
/// word (`Nr.`, `z. B.`, `ca.`) or a number (`1.`) does not end a sentence.
fn split_sentences(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(i, c)) in bytes.iter().enumerate() {
        if !matches!(c, '.' | '!' | '?' | ';') {
            continue;
        }
        if !bytes.get(k + 1).is_some_and(|(_, n)| n.is_whitespace()) {
            continue;
        }
        if c == '.' {
            let word: String = line[start..i]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect();
            let len = word.chars().count();
            if len <= 3 || word.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
        }
        let end = i + c.len_utf8();
        out.push(&line[start..end]);
        start = end;
    }
    if start < line.len() {
        out.push(&line[start..]);
    }
    out
}

/// The text of an agenda line without its number (`top 3 genehmigung …` → `genehmigung …`).
fn agenda_text(norm: &str) -> String {
    norm.split(' ')
        .skip_while(|w| {
            w.chars().all(|c| c.is_ascii_digit())
                || matches!(*w, "top" | "top." | "ö" | "n" | "tagesordnungspunkt")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A question the paper answers: a line with a question mark, or one that names a question.
fn is_question(line: &str, norm: &str) -> bool {
    line.contains('?') || norm.starts_with("frage ") || norm.starts_with("zu frage")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_levy_titles_find_a_levy_at_the_titles_head() {
        // Invented titles of the fee, tax and contribution statutes every council passes.
        let tax = crate::classify::Taxonomy::embedded();
        let levy = |t: &str| {
            tax.subject
                .levy(&crate::classify::terms::normalize(t))
                .map(|l| l.0)
        };
        for t in [
            "Neufassung der Satzung über die Erhebung von Gebühren für die Abfallentsorgung",
            "2. Änderung der Friedhofsgebührensatzung",
            "Satzung über die Erhebung eines Gästebeitrags ab 2028",
            "Einführung einer Zweitwohnungsteuer",
            "Festsetzung der Hebesätze der Grundsteuer A und B",
            "Kurtaxe – Neukalkulation",
        ] {
            assert_eq!(levy(t), Some("finanzen"), "{t}");
        }
        for t in [
            "Einführung der Biotonne und Änderung der Abfallgebührensatzung",
            "Neuordnung der Parkgebühren in der Innenstadt",
            "Satzung über die Benutzung der Obdachlosenunterkünfte",
            "Umrüstung der Straßenbeleuchtung mit adaptiver Steuerung",
            "Beitritt zum Zweckverband",
        ] {
            assert_eq!(levy(t), None, "{t}");
        }
    }

    fn rules() -> SubjectRules {
        SubjectRules::compile(&SubjectDef {
            lead_words: 4,
            block_words: 6,
            headings: vec!["beschlussvorschlag".into()],
            ends: vec!["begründung".into(), "mit freundlichen".into()],
            agenda_item: r"(top )?\d+ ".into(),
            procedural: vec!["genehmigung".into()],
            answer_types: vec!["Antwort".into()],
            agenda_types: vec!["Einladung".into()],
            agenda_heads: vec!["niederschrift".into()],
            answer_heads: Vec::new(),
            head_lines: 3,
            originator: r"(\d+\.? )?(stellungnahme|sitzung)\w* (des|der) ".into(),
            originator_ends: vec!["zur".into(), "zum".into(), "für".into()],
            organ: r"(ausschuss|beirat)\w*$".into(),
            ..SubjectDef::default()
        })
        .expect("valid")
    }

    fn seg(text: &str) -> Segment {
        Segment {
            section: "Text".into(),
            weight: 1.0,
            text: text.into(),
            field_words: 0,
        }
    }

    fn subject_text(z: &[Zone]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut last = None;
        for z in z.iter().filter(|z| z.subject) {
            match out.last_mut() {
                Some(t) if last == Some(z.sentence) => {
                    t.push(' ');
                    t.push_str(&z.norm);
                }
                _ => out.push(z.norm.clone()),
            }
            last = Some(z.sentence);
        }
        out
    }

    #[test]
    fn a_list_matches_where_one_of_its_patterns_does() {
        let list: Vec<String> = vec!["antrag( der|$)".into(), "ba+r$".into(), "(?i)X".into()];
        let any = anchored_any("t", &list).expect("valid");
        let one = |l: &str| {
            list.iter()
                .any(|re| anchored("t", re).is_ok_and(|r| r.is_match(l)))
        };
        for l in [
            "antrag der spd",
            "antrag",
            "antragstext",
            "baar",
            "bar x",
            "x",
            "X y",
            "ax",
        ] {
            assert_eq!(any.is_match(l), one(l), "{l}");
        }
        assert!(anchored_any("t", &[]).is_ok_and(|r| r.get().is_none()));
        // a pattern must be whole by itself: it cannot close the group around it
        let bad = anchored_any("t", &["a)|(b".into()])
            .err()
            .unwrap_or_default();
        assert!(bad.starts_with("subject t: bad regex"), "{bad}");
        let bad = anchored_any("t", &["ok".into(), "\\p{Nope}".into()])
            .err()
            .unwrap_or_default();
        assert!(bad.starts_with("subject t: bad regex"), "{bad}");
    }

    #[test]
    fn lead_and_decision_block_are_the_subject() {
        let r = rules();
        let text = "Die Schule wird saniert.\nDie Kosten sind hoch und steigen.\nBeschlussvorschlag\nDer Rat beschließt die Sanierung.\nBegründung\nDie Turnhalle ist alt.";
        let z = zones(&[seg(text)], &r, Reading::Paper);
        assert_eq!(
            subject_text(&z),
            [
                "die schule wird saniert",
                "beschlussvorschlag der rat beschließt die sanierung"
            ]
        );
        let sentences: Vec<usize> = z.iter().map(|z| z.sentence).collect();
        assert_eq!(sentences, [1, 2, 3, 4], "{z:?}");
    }

    #[test]
    fn agenda_items_and_questions() {
        let r = rules();
        assert_eq!(r.reading(Some("Einladung"), &[]), Reading::Agenda);
        assert_eq!(r.reading(Some("Antwort"), &[]), Reading::Answer);
        assert_eq!(
            r.reading(None, &[seg("Betreff\nNiederschrift")]),
            Reading::Agenda
        );
        assert_eq!(
            r.reading(None, &[seg("a\nb\nc\nNiederschrift")]),
            Reading::Paper
        );
        assert_eq!(r.reading(None, &[]), Reading::Paper);
        let text = "Sehr geehrte Damen und Herren\nTOP 1 Genehmigung der Niederschrift\nTOP 2 Neubau der Grundschule\nMit freundlichen Grüßen";
        let z = zones(&[seg(text)], &r, Reading::Agenda);
        assert_eq!(subject_text(&z), ["top 2 neubau der grundschule"]);
        assert!(z.iter().any(|z| z.item && z.norm.contains("grundschule")));
        let answer = "Sehr geehrte Frau Meier, vielen Dank für Ihre Nachricht.\nWarum fährt der Bus nicht?\nAntwort: wegen Personalmangel.";
        let z = zones(&[seg(answer)], &r, Reading::Answer);
        assert!(subject_text(&z).iter().any(|t| t.contains("bus")), "{z:?}");
    }

    #[test]
    fn an_agendas_short_bullets_after_an_item_are_sub_items() {
        // A district council's Einladung (invented wording): item 4 collects motions in bullets.
        let text = "TOP 4 Anträge\n- Spielplatz Lindenweg\n- Die Verwaltung berichtet über den Stand der Planung.\nMit freundlichen Grüßen\n- Radweg";
        let items = |on: bool| {
            let mut def = SubjectDef {
                subitems: on,
                ..rules().def
            };
            def.block_words = 20;
            let r = SubjectRules::compile(&def).expect("valid");
            zones(&[seg(text)], &r, Reading::Agenda)
                .into_iter()
                .filter(|z| z.item)
                .map(|z| z.norm)
                .collect::<Vec<_>>()
        };
        assert_eq!(items(false), ["top 4 anträge"]);
        // The short bullet is a sub-item; a sentence is a point of discussion; a bullet after the
        // block (`ends`) is none.
        assert_eq!(items(true), ["top 4 anträge", "spielplatz lindenweg"]);
        assert!(is_subitem("• Bänke im Baugebiet 411", 5));
        assert!(!is_subitem("Bänke im Baugebiet 411", 4));
        assert!(!is_subitem("- Die Stadt baut.", 3));
    }

    #[test]
    fn originators_in_titles_are_not_subjects() {
        let r = rules();
        assert_eq!(
            r.title_subject("Stellungnahme des Stadtteilbeirats Büchenbach zur Wendeschleife"),
            "zur Wendeschleife"
        );
        assert_eq!(
            r.title_subject("1. Sitzung des Stadtteilbeirates Büchenbach"),
            ""
        );
        assert_eq!(
            r.title_subject("Stellungnahme der Fraktion: Radwege"),
            "Radwege"
        );
        assert_eq!(
            r.title_subject(
                "Stellungnahme des Ausschusses für Ortsentwicklung zum Glasfaserausbau"
            ),
            "zum Glasfaserausbau"
        );
        assert_eq!(
            r.title_subject("Stellungnahme der Fraktion für Bürgerbeteiligung"),
            "für Bürgerbeteiligung"
        );
        assert_eq!(
            r.title_subject("Neubau der Grundschule"),
            "Neubau der Grundschule"
        );
    }

    #[test]
    fn a_letters_sender_and_addressee_are_not_its_subject() {
        // The built-in rules (data/themes.toml), whose originator pattern knows letters.
        let r = crate::classify::Taxonomy::embedded().subject;
        assert_eq!(
            r.title_subject(
                "Schreiben des Amtsvorstehers an das Ministerium für Wirtschaft und Tourismus zur Bahnstrecke"
            ),
            "zur Bahnstrecke"
        );
        assert_eq!(
            r.title_subject("Offener Brief des Bürgermeisters an die Landesbehörde für Straßenbau: Sperrung der Brücke"),
            "Sperrung der Brücke"
        );
    }

    #[test]
    fn sentences_split_at_ends_not_at_abbreviations() {
        assert_eq!(
            split_sentences("Die Kosten (ca. 5 Mio. Euro) trägt Nr. 3. Danach: Bau; dann Ende."),
            [
                "Die Kosten (ca. 5 Mio. Euro) trägt Nr. 3. Danach: Bau;",
                " dann Ende."
            ]
        );
        assert!(starts_item("1. Ausgangslage") && starts_item("- Punkt") && starts_item("a) x"));
        assert!(!starts_item("Die Stadt") && !starts_item("2025 wurde"));
    }
}
