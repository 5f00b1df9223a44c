//! Rule-based scoring: weighted term hits in body (length-normalised, per-section weights) and
//! title, committee/department hints, a threshold, at most N themes and precedence rules —
//! with an explanation of every point.

use super::ThemeScore;
use super::gate::{self, GateCall};
use super::sections::{self, BODY};
use super::subject::{self, SUBJECT};
use super::taxonomy::{CompiledTheme, Settings, Taxonomy, Term};
use super::terms::{Pattern, WordPattern, is_word_excluded, normalize, words};
use crate::extract::klimacheck;
use crate::pdf::TextLayer;
use crate::record::Klimacheck;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The weight of a term that is unambiguous for its theme (the taxonomy's scale: 4 unambiguous,
/// 3 strong, 2 typical, 1 weak): such a term is never a mention in passing.
const UNAMBIGUOUS: f64 = 4.0;

/// The weight of a term that is weak evidence on the taxonomy's scale.
const WEAK: f64 = 1.0;

/// What the rules know about a document besides its text.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    /// The Betreff.
    pub title: Option<&'a str>,
    /// The department as printed.
    pub department: Option<&'a str>,
    /// Committees of the Beratungsfolge, in order.
    pub committees: Vec<&'a str>,
    /// The climate impact the document's Klimacheck declares.
    pub klimacheck: Option<Klimacheck>,
    /// The canonical document type (`Antwort`, `Einladung` …), which says where the paper
    /// states its subject.
    pub doc_type: Option<&'a str>,
}

/// Hits of one term.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TermHit {
    /// The term pattern as written in the taxonomy.
    pub term: String,
    /// Where it was found (`Titel`, `Text`, a section name).
    pub section: String,
    /// Word forms found (at most a few).
    pub forms: Vec<String>,
    /// Number of hits (weighted by section weight).
    pub count: f64,
    /// Points earned.
    pub points: f64,
}

/// The explanation of one theme's score.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ThemeExplanation {
    /// Theme id.
    pub id: String,
    /// Total score.
    pub score: f64,
    /// Points from the body text (after length normalisation), subject zones included.
    pub body: f64,
    /// Points from the body's subject zones (lead, decision text, questions, agenda items).
    pub subject: f64,
    /// Points from the running text outside the subject zones and the template blocks.
    pub running: f64,
    /// Number of sentences of the credited text with a term of the theme.
    pub sentences: usize,
    /// Subject evidence: points from the title, the subject zones and the hints.
    pub evidence: f64,
    /// Number of sentences outside the subject zones with a term of the theme.
    pub spread: usize,
    /// True when the theme's hits outside the subject zones counted as passing mentions
    /// (named in fewer than `settings.spread` sentences).
    pub passing: bool,
    /// The weight of the strongest term found (title or credited text).
    pub strongest: f64,
    /// True when the title's head (its first characteristic word) belongs to this theme.
    pub head: bool,
    /// The weight of the term that makes this theme the title's head (0: not the head).
    pub head_weight: f64,
    /// Points from the title.
    pub title: f64,
    /// Points from committee and department hints.
    pub hints: f64,
    /// Term hits, best first.
    pub hits: Vec<TermHit>,
    /// Hints that matched (`committee "Schulausschuss" ~ schul*`).
    pub hint_hits: Vec<String>,
    /// Whether the theme was assigned.
    pub assigned: bool,
    /// Precedence or threshold notes.
    pub notes: Vec<String>,
    /// The secondary-theme gate's inputs and call (every theme but the first).
    pub gate: Option<GateCall>,
}

/// Why a document got its themes.
#[derive(Debug, Clone, Serialize, PartialEq, Default)]
pub struct Explanation {
    /// Every theme with a positive score, best first.
    pub themes: Vec<ThemeExplanation>,
    /// Sections that earned no credit, with their number of words.
    pub skipped: Vec<(String, usize)>,
    /// Number of body words scored.
    pub words: usize,
    /// How the paper was read (`Vorlage`, `Antwort`, `Tagesordnung`), from its document type.
    pub reading: String,
    /// Number of words in the subject zones (lead, decision text, questions, agenda items).
    pub subject_words: usize,
    /// The title as scored (without an opening that only names who filed the paper).
    pub title: String,
    /// The subject zones' words (names stripped, at most `SUBJECT_TEXT_WORDS`): what the
    /// learned primary chooser reads where the paper states its subject (`primary_model`).
    #[serde(skip)]
    pub subject_text: String,
}

/// Accumulated hits per (theme, term, section).
#[derive(Default)]
struct Acc {
    count: f64,
    weight: f64,
    forms: Vec<String>,
}

type HitKey = (usize, String, String);

/// Score every theme and pick the document's themes.
pub fn score(
    tax: &Taxonomy,
    layer: &TextLayer,
    ctx: &Context<'_>,
) -> (Vec<ThemeScore>, Explanation) {
    let s = &tax.settings;
    let segs = sections::segments(layer, ctx.title, &tax.sections);
    let reading = tax.subject.reading(ctx.doc_type, &segs);
    let zones = subject::zones(&segs, &tax.subject, reading);
    let names = strip_names(ctx);
    // The prose of the Klimacheck block (its reasons), for `klimacheck_substance`; a sentence
    // that cites what another instrument fixes is no reason of the measure decided.
    let elsewhere = elsewhere_patterns(&tax.klimacheck_elsewhere, ctx.title);
    let substance: usize = segs
        .iter()
        .filter(|seg| !s.klimacheck_block.is_empty() && seg.section == s.klimacheck_block)
        .map(|seg| {
            klimacheck::explanation_words(&seg.text, |sentence| {
                let norm = normalize(sentence);
                words(&norm).any(|w| elsewhere.iter().any(|p| p.matches(w)))
            })
        })
        .sum();
    let mut explanation = Explanation::default();
    let mut acc: BTreeMap<HitKey, Acc> = BTreeMap::new();
    let mut body_words = 0usize;
    let mut hit_sentences: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut hit_paragraphs: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut outside: BTreeSet<(usize, usize)> = BTreeSet::new();
    for zone in &zones {
        if layer.deadline.expired() {
            break; // the pipeline fails a document whose time budget ran out
        }
        let norm = strip(&zone.norm, &names);
        let n = words(&norm).count();
        if zone.weight <= 0.0 {
            add_skipped(&mut explanation.skipped, &zone.section, n);
            continue;
        }
        body_words += n;
        if zone.subject {
            explanation.subject_words += n;
            push_words(&mut explanation.subject_text, &norm, SUBJECT_TEXT_WORDS);
        }
        // An agenda item names its subject like a Betreff.
        let weight = if zone.item {
            zone.weight * s.title_factor
        } else {
            zone.weight
        };
        for ti in collect(tax, &norm, &zone.section, weight, &mut acc) {
            hit_sentences.insert((ti, zone.sentence));
            hit_paragraphs.insert((ti, zone.paragraph));
            if !zone.subject {
                outside.insert((ti, zone.sentence));
            }
        }
    }
    // A form field's words (`Federführend: …`, sections::CompiledSection::is_field) earn nothing
    // but are part of the paper's length, as they were as text: a paper does not turn short
    // (`passing_words`) because its head is read as fields.
    body_words += segs.iter().map(|seg| seg.field_words).sum::<usize>();
    explanation.words = body_words;
    explanation.reading = reading.name().to_string();
    let length_div = (body_words as f64 / s.length_words.max(1.0))
        .max(1.0)
        .sqrt();
    // Subject zones have a bounded size: they are divided by the length only as far as
    // `subject_length` says (0: not at all, 1: like the rest of the text).
    let subject_div = length_div.powf(s.subject_length);
    let title_subject = ctx.title.map(|t| tax.subject.title_subject(t));
    let title_norm = title_subject.map(normalize).unwrap_or_default();
    let hint_table = hint_points(tax, ctx);
    let places = place_words(&s.places, s.place_words, &title_norm);
    // The head is looked for in the title's first part (before a dash or comma): what
    // follows details it (`Erneuerung der Straßenbeleuchtung auf LED, 2. Bauabschnitt`).
    let title_lead = title_subject
        .map(|t| normalize(title_first_part(t)))
        .unwrap_or_default();
    // An agenda's title names the meeting; its first substantive item says what it is about
    // (the writers of agendas put the weightiest item first), so its head is that item's.
    let first_item = zones
        .iter()
        .find(|z| z.item && reading == subject::Reading::Agenda);
    let head = match first_item {
        Some(item) => title_head(tax, &item.norm, &[]),
        None => title_head(tax, &title_lead, &places),
    };
    let compounds = compound_reach(tax, &title_norm);
    explanation.title = title_norm.clone();
    // Passing mentions are a matter of long papers: a short one states its subject throughout.
    let long = body_words >= s.passing_words;
    // A paper short as a whole (its template blocks counted too) names its secondary subjects in
    // its title or says them more than once.
    let all_words = body_words + explanation.skipped.iter().map(|(_, n)| n).sum::<usize>();
    let short = all_words < s.passing_words;
    let mut results: Vec<ThemeExplanation> = Vec::new();
    let mut spreads: Vec<Spread> = Vec::new();
    for (ti, (info, rule)) in tax.themes.iter().zip(&tax.rules).enumerate() {
        let mut hits = Vec::new();
        let mut body = 0.0;
        let mut subject = 0.0;
        let mut running = 0.0;
        // Outside the subject zones, a theme named in fewer than `spread` sentences is only
        // mentioned in passing: its points there count `passing`.
        let spread = outside.iter().filter(|(t, _)| *t == ti).count();
        let passing = if long && spread < s.spread {
            s.passing
        } else {
            1.0
        };
        // A term's hits in the text saturate together, subject zone or not (a boilerplate block
        // on its own); each part then earns its share, divided by the length outside the
        // subject zones.
        fn family(section: &str) -> &str {
            if section == SUBJECT { BODY } else { section }
        }
        let mut totals: HashMap<(&str, &str), f64> = HashMap::new();
        for ((_, term, section), a) in acc.iter().filter(|((t, _, _), _)| *t == ti) {
            *totals.entry((term.as_str(), family(section))).or_default() += a.count;
        }
        for ((_, term, section), a) in acc.iter().filter(|((t, _, _), _)| *t == ti) {
            let total = totals
                .get(&(term.as_str(), family(section)))
                .copied()
                .unwrap_or(a.count);
            let share = if total > 0.0 {
                saturate(total) * a.count / total * a.weight
            } else {
                0.0
            };
            let points = if section == SUBJECT {
                let p = share / subject_div;
                subject += p;
                p
            } else {
                let p = share * passing / length_div;
                if section == BODY {
                    running += p;
                }
                p
            };
            body += points;
            hits.push(TermHit {
                term: term.clone(),
                section: section.clone(),
                forms: a.forms.clone(),
                count: round(a.count),
                points: round(points),
            });
        }
        let mut title = 0.0;
        let mut title_terms: Vec<&Term> = rule.terms.iter().chain(&rule.title_terms).collect();
        title_terms.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        let mut credited: Vec<String> = Vec::new();
        for term in title_terms {
            // A title word counts once per theme, for its best term (as in the body); a theme's
            // further title terms count `title_further`.
            let mut forms = term_forms(tax, rule, term, &title_norm);
            if term.pattern.is_word() {
                forms.retain(|f| !credited.contains(f));
                credited.extend(forms.iter().cloned());
            }
            if !forms.is_empty() {
                let first = title == 0.0;
                let place = forms.iter().all(|f| places.contains(f));
                let modifier = term.pattern.is_word()
                    && forms.iter().all(|f| is_first_part(&compounds, f, ti));
                let points = term.weight
                    * s.title_factor
                    * if first { 1.0 } else { s.title_further }
                    * if place { s.title_place } else { 1.0 }
                    * if modifier { s.title_modifier } else { 1.0 };
                title += points;
                hits.push(TermHit {
                    term: term.source.clone(),
                    section: "Titel".into(),
                    forms,
                    count: 1.0,
                    points: round(points),
                });
            }
        }
        if let Some((_, term, word)) = head
            .iter()
            .find(|(t, _, _)| *t == ti)
            .filter(|_| s.title_head > 0.0)
        {
            let points = term.weight * s.title_factor * s.title_head;
            title += points;
            hits.push(TermHit {
                term: term.source.clone(),
                section: "Titel (Kopf)".into(),
                forms: vec![word.clone()],
                count: 1.0,
                points: round(points),
            });
        }
        let (mut hints, mut hint_hits) = hint_table.get(ti).cloned().unwrap_or_default();
        // The Klimacheck's points need the theme's own evidence (see `klimacheck_points`).
        let mut rated = false;
        if let Some((points, note)) = klimacheck_points(tax, rule, ctx, body + title, substance) {
            hints += points;
            hint_hits.push(note);
            rated = points > 0.0;
        }
        spreads.push(Spread {
            id: info.id.clone(),
            paragraphs: hit_paragraphs.iter().filter(|(t, _)| *t == ti).count(),
            rated,
        });
        hits.sort_by(|a, b| b.points.total_cmp(&a.points));
        let strongest = hits
            .iter()
            .filter(|h| h.points > 0.0)
            .filter_map(|h| term_weight(rule, &h.term))
            .fold(0.0, f64::max);
        let score = body + title + hints;
        if score > 0.0 {
            results.push(ThemeExplanation {
                id: info.id.clone(),
                score: round(score),
                body: round(body),
                subject: round(subject),
                running: round(running),
                sentences: hit_sentences.iter().filter(|(t, _)| *t == ti).count(),
                evidence: round(title + subject + hints),
                spread,
                passing: spread > 0 && passing < 1.0,
                strongest,
                head: head.iter().any(|(t, _, _)| *t == ti),
                head_weight: head
                    .iter()
                    .filter(|(t, _, _)| *t == ti)
                    .map(|(_, term, _)| term.weight)
                    .fold(0.0, f64::max),
                title: round(title),
                hints: round(hints),
                hits,
                hint_hits,
                assigned: false,
                notes: Vec::new(),
                gate: None,
            });
        }
    }
    results.sort_by(|a, b| b.score.total_cmp(&a.score));
    // An agenda names its subjects in its items: every theme after the first needs them there.
    let agenda = reading == subject::Reading::Agenda;
    let grant = tax.subject.grant(&title_norm);
    let levy = tax.subject.levy(&title_norm);
    // A paper of middling length (not an agenda) treats at most two subjects unless its title
    // names a third; a short paper states its subjects throughout, a long one has sections.
    let middling = long && !agenda && body_words < s.third_words;
    let paper = gate::Paper {
        words: body_words,
        subject_words: explanation.subject_words,
        short,
        agenda,
        grant: grant.is_some() || levy.is_some(),
    };
    let chosen = select(
        tax,
        &mut results,
        long,
        paper,
        middling,
        grant,
        levy,
        &spreads,
    );
    // The learned primary chooser may put another scored theme first (`primary_model`).
    let chosen = super::primary_model::settle(
        chosen,
        &mut results,
        agenda,
        ctx.title,
        ctx.doc_type,
        || layer.text(),
        &explanation.subject_text,
        s.max_themes,
    );
    explanation.themes = results;
    (chosen, explanation)
}

/// The most subject-zone words the primary chooser reads (`Explanation::subject_text`): a
/// Betreff's lead, the decision text and the first agenda items fit; a long paper's further
/// blocks add little to which theme comes first.
pub const SUBJECT_TEXT_WORDS: usize = 300;

/// Append the words of `norm` to `out` (space-separated) while `out` holds fewer than `cap`.
fn push_words(out: &mut String, norm: &str, cap: usize) {
    let room = cap.saturating_sub(words(out).count());
    for w in words(norm).take(room) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
}

/// Pick themes above the threshold (at least the best one), at most N, then apply precedence.
/// A theme after the first also needs a characteristic term (`strong_min`) and, for themes that
/// passing mentions raise everywhere (`needs_subject`), evidence where the paper states its
/// subject: title, subject zones or hints (`subject_min`).
#[allow(clippy::too_many_arguments)]
fn select(
    tax: &Taxonomy,
    results: &mut [ThemeExplanation],
    long: bool,
    paper: gate::Paper,
    middling: bool,
    grant: Option<(&str, f64)>,
    levy: Option<(&str, f64, &[String])>,
    spreads: &[Spread],
) -> Vec<ThemeScore> {
    let s = &tax.settings;
    let (short, agenda) = (paper.short, paper.agenda);
    let top = results.first().map_or(0.0, |r| r.score);
    let mut chosen: Vec<usize> = Vec::new();
    let mut prev = top;
    let only_theme_scored = results.iter().skip(1).all(|r| r.score <= 0.0);
    for (i, r) in results.iter_mut().enumerate() {
        let evidence = r.evidence;
        let needs_subject =
            long && (agenda || tax.rule_of(&r.id).is_some_and(|rule| rule.needs_subject));
        if chosen.len() >= s.max_themes {
            r.notes.push(format!("beyond the first {}", s.max_themes));
        } else if chosen.len() >= 2 && r.score < s.follow * prev {
            r.notes
                .push(format!("below {} × the theme before it", s.follow));
        } else if chosen.len() >= 2 && middling && r.title <= 0.0 && r.score < s.third_follow * prev
        {
            r.notes.push(format!(
                "a further theme the title does not name in a paper of {}–{} words, below {} × the theme before it",
                s.passing_words, s.third_words, s.third_follow
            ));
        } else if chosen.len() >= 2 && s.third_needs_words && r.body + r.title <= 0.0 {
            r.notes.push(
                "a further theme from the third on that no word of the paper names (only a committee, the department or the Klimacheck)".into(),
            );
        } else if i > 0 && r.score < s.threshold {
            r.notes.push(format!("below threshold {}", s.threshold));
        } else if i > 0 && r.score < s.relative * top {
            r.notes.push(format!("below {} × best score", s.relative));
        } else if i > 0
            && short
            && r.title <= 0.0
            && r.hints <= 0.0
            && r.strongest < UNAMBIGUOUS
            && r.score < s.short_relative * top
        {
            r.notes.push(format!(
                "a short paper names it only in its text (not in the title, no hint, no unambiguous term), below {} × best score",
                s.short_relative
            ));
        } else if i > 0 && r.title < s.title_factor && r.score < s.untitled_relative * top {
            r.notes.push(format!(
                "the title does not name it, below {} × best score",
                s.untitled_relative
            ));
        } else if i > 0
            && r.running >= s.running_share * r.score
            && r.score < s.running_relative * top
        {
            r.notes.push(format!(
                "named mostly in the running text outside the subject ({} of {} points), below {} × best score",
                r.running, r.score, s.running_relative
            ));
        } else if i > 0
            && s.bare_relative > 0.0
            && !agenda
            && r.strongest < UNAMBIGUOUS
            && r.score - r.title - r.subject <= 0.01
            && r.score < s.bare_relative * top
        {
            r.notes.push(format!(
                "named only in the title and the subject text (no running text, block or hint), below {} × best score",
                s.bare_relative
            ));
        } else if i > 0
            && !s.funding_theme.is_empty()
            && paper.words >= s.funding_words
            && r.id == s.funding_theme
            && r.hints <= 0.0
            && r.score - funding_points(s, r) < s.funding_rest
        {
            r.notes.push(format!(
                "named only as a grant or a price (below {} points without {}): the paper is filed by what the money pays for",
                s.funding_rest,
                funding_named(s, r)
            ));
        } else if i > 0
            && r.strongest < s.strong_min
            && r.hints <= 0.0
            && !s.strong_min_exempt.contains(&r.id)
            && !(s.strong_min_blocks && block_points(r) > 0.05)
        {
            r.notes.push(format!(
                "only weak terms (strongest {}, needs {} or a hint{})",
                r.strongest,
                s.strong_min,
                if s.strong_min_blocks {
                    " or a template block naming it"
                } else {
                    ""
                }
            ));
        } else if i > 0 && needs_subject && evidence < s.subject_min {
            r.notes.push(format!(
                "only passing mentions: subject evidence {evidence} (title + subject text + hints) below {}",
                s.subject_min
            ));
        } else if i == 0
            && r.score < s.threshold
            && r.id == s.funding_theme
            && paper.words >= s.funding_words
            && only_theme_scored
            && r.title <= 0.0
            && r.hints <= 0.0
        {
            // Anfragen and letters about something the taxonomy has no word for (street lighting,
            // a bench) still ask what it costs: money words alone, below the threshold and not in
            // the title, when no other theme scores at all, do not say what the paper is about — no
            // theme beats a guess. Papers under `funding_words` scored words keep it (the first
            // tuning texts are a cost line alone).
            r.notes.push(format!(
                "below threshold {}: only money words outside the title, not kept as the best theme",
                s.threshold
            ));
        } else {
            if i == 0 && r.score < s.threshold {
                r.notes
                    .push("below threshold, kept as the best theme".into());
            } else if i > 0 {
                r.notes.push(secondary_note(s, r, needs_subject, long));
            }
            chosen.push(i);
            prev = r.score;
        }
    }
    best_yields(tax, results, &mut chosen);
    apply_precedence(tax, results, &mut chosen);
    head_first(tax, results, &mut chosen);
    if let Some((theme, min)) = grant {
        grant_first(results, &mut chosen, theme, min, s.max_themes);
    }
    if let Some((theme, min, keeps)) = levy {
        levy_first(results, &mut chosen, theme, min, keeps);
    }
    gate::apply(tax.gate.as_ref(), results, &mut chosen, paper, s);
    third_spread(s, results, &mut chosen, paper, spreads);
    for &i in &chosen {
        if let Some(r) = results.get_mut(i) {
            r.assigned = true;
        }
    }
    chosen
        .iter()
        .filter_map(|&i| results.get(i))
        .map(|r| ThemeScore {
            id: r.id.clone(),
            score: r.score,
        })
        .collect()
}

/// Where the text names a theme, for `third_spread`: in how many paragraphs, and whether a
/// Klimacheck with substance counted for it.
struct Spread {
    id: String,
    paragraphs: usize,
    rated: bool,
}

/// A theme from the third on that the paper's text names in fewer than `third_sentences`
/// sentences (`third_sentences_long` in a paper not short as a whole), or — when the title does
/// not name it — in fewer than `third_paragraphs` paragraphs, is dropped after the rules and the
/// learned gate: a clause or one paragraph about a further field is a passing mention, not a
/// subject (the issuers' convention: "single clauses are not labelled"). Family: every paper
/// that is no agenda — a tender award restating the building's standard (timber, PV, KfW 40)
/// in its first paragraph, an Anfrage naming a school as the place of a crossing, a statute
/// with one line on its costs. Not applied to an agenda (its items are one line each) nor to a
/// theme a Klimacheck with substance counted for (its reasons are the paper's statement).
/// A third theme that only weak terms name (strongest below `third_weak_term`: `Neubau`,
/// `Planung`) needs `third_weak_sentences` sentences in papers short and long: a building
/// decision titled `Neubau Kinderhaus …` before the building department is no
/// stadtentwicklung paper for its title's generic word and the department's name.
fn third_spread(
    s: &Settings,
    results: &mut [ThemeExplanation],
    chosen: &mut Vec<usize>,
    paper: gate::Paper,
    spreads: &[Spread],
) {
    let need = if paper.short {
        s.third_sentences
    } else {
        s.third_sentences_long
    };
    if paper.agenda || (need == 0 && s.third_paragraphs == 0 && s.third_weak_term <= 0.0) {
        return;
    }
    let mut rank = 0;
    chosen.retain(|&i| {
        rank += 1;
        let Some(r) = results.get_mut(i).filter(|_| rank > 2) else {
            return true;
        };
        let Some(spread) = spreads.iter().find(|x| x.id == r.id) else {
            return true;
        };
        if spread.rated {
            return true;
        }
        if r.sentences < need {
            r.notes.push(format!(
                "a further theme from the third on that the text names in {} sentence(s) only (needs {need}): a passing mention",
                r.sentences
            ));
            return false;
        }
        if r.strongest < s.third_weak_term && r.sentences < s.third_weak_sentences {
            r.notes.push(format!(
                "a further theme from the third on that only weak terms (strongest {}, below {}) name, in {} sentence(s) (needs {}): a passing mention",
                r.strongest, s.third_weak_term, r.sentences, s.third_weak_sentences
            ));
            return false;
        }
        if r.title <= 0.0 && spread.paragraphs < s.third_paragraphs {
            r.notes.push(format!(
                "a further theme from the third on that the title does not name and the text names in {} paragraph(s) only (needs {}): a passing mention",
                spread.paragraphs, s.third_paragraphs
            ));
            return false;
        }
        true
    });
}

/// The points a theme earns in the template blocks of positive weight (`[[sections]]`: a
/// Finanzielle Auswirkungen section), neither subject zone nor running text. For `strong_min`
/// with `strong_min_blocks`: a further theme that only generic words name (`Umbau`,
/// `Bauleitplanung`, weight below `strong_min`) is a passing mention unless the paper's template
/// block for that field names it (the corpus-dev convention files a cost section's money as
/// `finanzen`). Family: every paper, agenda or not — `Umbau` of a crossing in a Stellungnahme on
/// a cycle lane, `Bauleitplanung` in the Betreff of a solar park.
fn block_points(r: &ThemeExplanation) -> f64 {
    r.body - r.subject - r.running
}

/// The `funding_terms` a theme was found by, for the explanation (`*zuschuss*, euro`).
fn funding_named(s: &Settings, r: &ThemeExplanation) -> String {
    let mut named: Vec<&str> = Vec::new();
    for h in &r.hits {
        if s.funding_terms.contains(&h.term) && !named.contains(&h.term.as_str()) {
            named.push(&h.term);
        }
    }
    named.join(", ")
}

/// The points a theme earns from the terms that name a grant (`funding_terms`), in the title,
/// the subject zones and the running text alike. Serves every grant decision (Zuschuss an einen
/// Verein, Zuwendungsvertrag, kommunales Förderprogramm): its money is how the field is served.
fn funding_points(s: &Settings, r: &ThemeExplanation) -> f64 {
    r.hits
        .iter()
        .filter(|h| s.funding_terms.contains(&h.term))
        .map(|h| h.points)
        .sum()
}

/// Why a theme after the first made it: its score against the cuts, whether it rests on subject
/// evidence or on text outside the subject, and whether the paper was long enough for the
/// passing-mention rules (`passing_words`).
fn secondary_note(s: &Settings, r: &ThemeExplanation, needs_subject: bool, long: bool) -> String {
    let mut note = format!(
        "secondary: score {} reaches threshold {}; subject evidence {} (title + subject text + hints)",
        r.score, s.threshold, r.evidence
    );
    if needs_subject {
        note += &format!(" reaches {}", s.subject_min);
    } else if r.evidence <= 0.0 {
        note += ", only text outside the subject";
    }
    if !long && (s.passing < 1.0 || s.subject_min > 0.0) {
        note += &format!(
            "; a short paper (under {} words) states its subject throughout: no passing-mention cut",
            s.passing_words
        );
    } else if r.passing {
        note += &format!(
            "; named outside the subject in {} sentence(s) only: counted × {}",
            r.spread, s.passing
        );
    }
    note
}

/// The theme of the title's head goes first when it was assigned, scores at least
/// `settings.head_first` × the first theme and does not yield to it: the Betreff's first
/// characteristic word says what the paper is about (`Stellenplan 2025 – Stellen im Ordnungsamt`
/// is a Stellenplan) when the text names two themes about equally.
fn head_first(tax: &Taxonomy, results: &mut [ThemeExplanation], chosen: &mut Vec<usize>) {
    let ratio = tax.settings.head_first;
    let Some(&first) = chosen.first() else { return };
    let Some(top) = results.get(first) else {
        return;
    };
    if ratio <= 0.0 || top.head {
        return;
    }
    let (top_id, top_score) = (top.id.clone(), top.score);
    let Some((pos, &hi)) = chosen
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, i)| results.get(**i).is_some_and(|r| r.head))
    else {
        return;
    };
    let Some(h) = results.get_mut(hi) else { return };
    let yields = tax
        .rule_of(&h.id)
        .is_some_and(|rule| rule.yields_to.iter().any(|y| y.theme == top_id));
    // A theme that yields to the first goes first only when a strong term of it is the head
    // (`Gästebeitragssatzung`, `Nachtragshaushalt`; not `Zuschuss an …`, which is filed by
    // what it funds) and it scores `head_yielding` × the first.
    let s = &tax.settings;
    let over = yields
        && s.head_yielding > 0.0
        && h.head_weight >= s.head_yielding_min
        && h.score >= s.head_yielding * top_score;
    if (yields && !over) || h.score < ratio * top_score {
        return;
    }
    h.notes.push(format!(
        "first: the title's head names it and it scores at least {ratio} × {top_id}"
    ));
    chosen.remove(pos);
    chosen.insert(0, hi);
}

/// A paper whose title names a grant and not what it funds (`Bewilligung einer Förderung aus
/// dem Stadtteilbudget`) is filed by what it funds: when `grant_theme` came first, the theme
/// with the most points in the subject zones (at least `min`, threshold or not) goes before it.
fn grant_first(
    results: &mut [ThemeExplanation],
    chosen: &mut Vec<usize>,
    grant_theme: &str,
    min: f64,
    max_themes: usize,
) {
    let first_is_grant = chosen
        .first()
        .and_then(|&i| results.get(i))
        .is_some_and(|r| r.id == grant_theme);
    if !first_is_grant {
        return;
    }
    let funded = results
        .iter()
        .enumerate()
        .filter(|(_, r)| r.id != grant_theme && r.subject >= min)
        .max_by(|a, b| a.1.subject.total_cmp(&b.1.subject))
        .map(|(i, _)| i);
    let Some(fi) = funded else { return };
    chosen.retain(|&i| i != fi);
    chosen.insert(0, fi);
    chosen.truncate(max_themes);
    if let Some(r) = results.get_mut(fi) {
        r.notes.push(format!(
            "first: the title names a grant, not what it funds; the most subject points ({}) after {grant_theme}",
            r.subject
        ));
    }
}

/// A paper whose title's head is a levy or a levy statute (`Satzung über die Erhebung von
/// Gebühren für die Benutzung der Kindertageseinrichtungen`, `Kurbeitragssatzung`, `Festsetzung
/// der Hebesätze`) decides what the levy costs: `levy_theme` goes first when it was assigned and
/// scores at least `min` × the first, although it yields to the field the levy serves (a cost
/// line is filed by its field; the levy's rate is the decision itself). Serves the fee, tax and
/// contribution statutes of every council (Kita, Friedhof, Abfall, Kurbeitrag, Hundesteuer);
/// a field decision named first (`Einführung der Biotonne und Änderung der Gebührensatzung`)
/// keeps its field first, since the title's head is not the levy; so does a first theme of
/// `keeps` (a fee for a social service, where the labelled sets disagree).
fn levy_first(
    results: &mut [ThemeExplanation],
    chosen: &mut Vec<usize>,
    levy_theme: &str,
    min: f64,
    keeps: &[String],
) {
    let Some(top) = chosen.first().and_then(|&i| results.get(i)) else {
        return;
    };
    if keeps.contains(&top.id) {
        return;
    }
    let top = top.score;
    let Some((pos, &li)) = chosen
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, i)| results.get(**i).is_some_and(|r| r.id == levy_theme))
    else {
        return;
    };
    let Some(r) = results.get_mut(li) else { return };
    if r.score < min * top {
        return;
    }
    r.notes.push(format!(
        "first: the title's head is a levy or levy statute and it scores at least {min} × the first"
    ));
    chosen.remove(pos);
    chosen.insert(0, li);
}

/// The best theme is kept below the threshold (a paper has at least one theme), so precedence
/// decides that slot among every scored theme, not only the assigned ones: when the first
/// theme yields to a theme the cuts left out and scores below `unless_ratio` × it, that theme
/// takes the first place (`Umstellung der Straßenbeleuchtung auf LED` whose cost line scores a
/// little above its climate sentence is no finanzen paper) and the former first stays only when
/// it passes the cuts a further theme needs (its own notes say so; here: the threshold).
fn best_yields(tax: &Taxonomy, results: &mut [ThemeExplanation], chosen: &mut Vec<usize>) {
    let Some(&first) = chosen.first() else { return };
    let Some(top) = results.get(first) else {
        return;
    };
    let Some(rule) = tax.rule_of(&top.id) else {
        return;
    };
    let top_score = top.score;
    let top_id = top.id.clone();
    let stronger = results
        .iter()
        .enumerate()
        .filter(|(i, _)| !chosen.contains(i))
        .filter_map(|(i, r)| {
            let y = rule.yields_to.iter().find(|y| y.theme == r.id)?;
            y.yields(top_score, r.score).then_some((i, r.score))
        })
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i);
    let Some(yi) = stronger else { return };
    let keep_top = top_score >= tax.settings.threshold;
    if let Some(r) = results.get_mut(yi) {
        r.notes.push(format!(
            "first: {top_id} yields to it (score below its unless_ratio × this one)"
        ));
    }
    if let Some(r) = results.get_mut(first) {
        r.notes.push(if keep_top {
            "yields the first place".to_string()
        } else {
            format!(
                "yields the first place and is below threshold {}",
                tax.settings.threshold
            )
        });
    }
    if !keep_top {
        chosen.remove(0);
    }
    chosen.insert(0, yi);
    chosen.truncate(tax.settings.max_themes);
}

/// "X yields to Y unless X ≥ ratio × Y": move Y before X when both are assigned.
fn apply_precedence(tax: &Taxonomy, results: &mut [ThemeExplanation], chosen: &mut Vec<usize>) {
    for _ in 0..chosen.len() {
        let mut swapped = false;
        for pos in 0..chosen.len() {
            let Some(&xi) = chosen.get(pos) else { continue };
            let Some(x) = results.get(xi) else { continue };
            let Some(rule) = tax.rule_of(&x.id) else {
                continue;
            };
            for y in &rule.yields_to {
                let later = chosen
                    .iter()
                    .enumerate()
                    .skip(pos + 1)
                    .find(|(_, j)| results.get(**j).is_some_and(|r| r.id == y.theme));
                let Some((ypos, &yi)) = later else { continue };
                let (xs, ys) = (x.score, results.get(yi).map_or(0.0, |r| r.score));
                if y.yields(xs, ys) {
                    let note = format!(
                        "yields to {} (score below {} × {})",
                        y.theme, y.unless_ratio, y.theme
                    );
                    chosen.remove(ypos);
                    chosen.insert(pos, yi);
                    if let Some(r) = results.get_mut(xi) {
                        r.notes.push(note);
                    }
                    swapped = true;
                    break;
                }
            }
            if swapped {
                break;
            }
        }
        if !swapped {
            break;
        }
    }
}

/// Record term hits of one normalised piece of text; the themes that got a hit.
fn collect(
    tax: &Taxonomy,
    norm: &str,
    section: &str,
    weight: f64,
    acc: &mut BTreeMap<HitKey, Acc>,
) -> BTreeSet<usize> {
    let mut hit = BTreeSet::new();
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in words(norm) {
        *freq.entry(w).or_default() += 1;
    }
    for (word, n) in freq {
        for &(ti, i) in tax.words.hits(&tax.matcher, &tax.rules, word).iter() {
            let Some(term) = tax.rules.get(ti).and_then(|r| r.terms.get(i)) else {
                continue;
            };
            hit.insert(ti);
            add(
                acc,
                (ti, term.source.clone(), section.to_string()),
                term.weight,
                n as f64 * weight,
                word,
            );
        }
    }
    for (ti, rule) in tax.rules.iter().enumerate() {
        for term in &rule.terms {
            if let Pattern::Text(re) = &term.pattern {
                for m in re.find_iter(norm) {
                    hit.insert(ti);
                    add(
                        acc,
                        (ti, term.source.clone(), section.to_string()),
                        term.weight,
                        weight,
                        m.as_str(),
                    );
                }
            }
        }
    }
    hit
}

/// The head of the title: its first word that matches a term, when that term has at least `head_min` weight,
/// with the theme(s) whose term reaches furthest into the word (the head of a German compound
/// is its last part: `Abfallgebühren` is about fees). Returns (theme, term, word) per theme.
fn title_head<'t>(
    tax: &'t Taxonomy,
    title_norm: &str,
    places: &[String],
) -> Vec<(usize, &'t Term, String)> {
    let min = tax.settings.head_min;
    if tax.settings.title_head <= 0.0 && tax.settings.head_first <= 0.0 {
        return Vec::new();
    }
    for word in words(title_norm) {
        if is_word_excluded(&tax.ignore, word) || places.iter().any(|p| p == word) {
            continue;
        }
        let mut found: Vec<(usize, &Term, usize)> = Vec::new();
        for (ti, rule) in tax.rules.iter().enumerate() {
            if is_word_excluded(&rule.exclude, word) {
                continue;
            }
            let best = rule
                .terms
                .iter()
                .chain(&rule.title_terms)
                .filter(|t| t.weight >= min)
                .filter_map(|t| match &t.pattern {
                    Pattern::Word(p) if p.matches(word) => Some((t, p.reach(word))),
                    _ => None,
                })
                .max_by(|a, b| a.1.cmp(&b.1).then(a.0.weight.total_cmp(&b.0.weight)));
            if let Some((t, reach)) = best {
                found.push((ti, t, reach));
            }
        }
        let Some(far) = found.iter().map(|f| f.2).max() else {
            // The first characteristic word is weak evidence (`digitalen Bauakte`): no head.
            // Weight-1 terms (`kostenlos`, `Sanierung`) are weak evidence on the taxonomy's
            // scale: such a word is not characteristic, the search goes on.
            let weak = tax.rules.iter().any(|rule| {
                !is_word_excluded(&rule.exclude, word)
                    && rule.terms.iter().chain(&rule.title_terms).any(|t| {
                        t.weight > WEAK && matches!(&t.pattern, Pattern::Word(p) if p.matches(word))
                    })
            });
            if weak {
                return Vec::new();
            }
            continue;
        };
        return found
            .into_iter()
            .filter(|f| f.2 == far)
            .map(|(ti, t, _)| (ti, t, word.to_string()))
            .collect();
    }
    Vec::new()
}

/// Per word of a normalised title and per theme: how far the theme's word terms reach into it
/// (see [`WordPattern::reach`](super::terms::WordPattern::reach); 0: no term) and where its
/// latest-starting term of at least `head_min` weight starts (only such a term names a
/// compound's head, as only such a term names the title's head).
fn compound_reach(
    tax: &Taxonomy,
    title_norm: &str,
) -> HashMap<String, Vec<(usize, Option<usize>)>> {
    let mut out: HashMap<String, Vec<(usize, Option<usize>)>> = HashMap::new();
    if tax.settings.title_modifier >= 1.0 {
        return out;
    }
    for word in words(title_norm) {
        if out.contains_key(word) || is_word_excluded(&tax.ignore, word) {
            continue;
        }
        let reach = tax
            .rules
            .iter()
            .map(|rule| {
                if is_word_excluded(&rule.exclude, word) {
                    return (0, None);
                }
                rule.terms
                    .iter()
                    .chain(&rule.title_terms)
                    .filter_map(|t| match &t.pattern {
                        Pattern::Word(p) if p.matches(word) => {
                            Some((t.weight, p.start(word), p.reach(word)))
                        }
                        _ => None,
                    })
                    .fold((0, None), |(end, later), (weight, start, reach)| {
                        let later = if weight >= tax.settings.head_min {
                            later.max(Some(start))
                        } else {
                            later
                        };
                        (end.max(reach), later)
                    })
            })
            .collect();
        out.insert(word.to_string(), reach);
    }
    out
}

/// True when theme `ti`'s terms name only the first part of the compound `word` and another
/// theme's strong term names a later part: `schul*` in `Schulsozialarbeit`, where `*sozial*`
/// starts where `schul` ends; `*abfall*` in `Abfallgebühren`. A term over the whole compound
/// (`*digitalpakt*`) makes no other theme's a first part.
fn is_first_part(
    compounds: &HashMap<String, Vec<(usize, Option<usize>)>>,
    word: &str,
    ti: usize,
) -> bool {
    compounds.get(word).is_some_and(|reach| {
        let own = reach.get(ti).map_or(0, |r| r.0);
        own > 0
            && reach
                .iter()
                .enumerate()
                .any(|(j, &(_, later))| j != ti && later.is_some_and(|start| start >= own))
    })
}

/// A title up to its first separator (a dash between words, a semicolon or a comma).
fn title_first_part(title: &str) -> &str {
    let cut = [" – ", " — ", " - ", ";", ","]
        .iter()
        .filter_map(|sep| title.find(sep))
        .min()
        .unwrap_or(title.len());
    title.get(..cut).unwrap_or(title)
}

/// The words of a normalised title that name a place: up to `n` words after an opener of
/// `openers` (`in der Innenstadt`, `am Hauptbahnhof`, `vor allen Schulen`).
fn place_words(openers: &[String], n: usize, title_norm: &str) -> Vec<String> {
    let ws: Vec<&str> = words(title_norm).collect();
    let openers: Vec<Vec<&str>> = openers
        .iter()
        .map(|o| o.split_whitespace().collect::<Vec<_>>())
        .filter(|o| !o.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let opener = openers
            .iter()
            .filter(|o| ws.get(i..i + o.len()) == Some(o.as_slice()))
            .map(Vec::len)
            .max();
        match opener {
            Some(len) => {
                i += len;
                let end = (i + n).min(ws.len());
                out.extend(
                    ws.get(i..end)
                        .unwrap_or_default()
                        .iter()
                        .map(|w| w.to_string()),
                );
            }
            None => i += 1,
        }
    }
    out
}

/// The weight of a theme's term (body or title term) by its source text.
fn term_weight(rule: &CompiledTheme, source: &str) -> Option<f64> {
    rule.terms
        .iter()
        .chain(&rule.title_terms)
        .find(|t| t.source == source)
        .map(|t| t.weight)
}

fn add(acc: &mut BTreeMap<HitKey, Acc>, key: HitKey, term_weight: f64, count: f64, form: &str) {
    let a = acc.entry(key).or_default();
    a.count += count;
    a.weight = term_weight;
    if a.forms.len() < 4 && !a.forms.iter().any(|f| f == form) {
        a.forms.push(form.to_string());
    }
}

/// The forms of `term` found in normalised text (word patterns honour exclusions).
fn term_forms(tax: &Taxonomy, rule: &CompiledTheme, term: &Term, norm: &str) -> Vec<String> {
    let mut forms: Vec<String> = Vec::new();
    match &term.pattern {
        Pattern::Word(p) => {
            for w in words(norm) {
                if p.matches(w)
                    && !is_word_excluded(&rule.exclude, w)
                    && !is_word_excluded(&tax.ignore, w)
                    && !forms.iter().any(|f| f == w)
                {
                    forms.push(w.to_string());
                }
            }
        }
        Pattern::Text(re) => {
            for m in re.find_iter(norm) {
                if !forms.iter().any(|f| f == m.as_str()) {
                    forms.push(m.as_str().to_string());
                }
            }
        }
    }
    forms
}

/// Points from committee and department hints, per theme: the first committee counts fully,
/// later ones half; per source only each theme's best hint counts, and a source that names
/// several themes ("Schul- und Sportausschuss") shares its weight among them.
fn hint_points(tax: &Taxonomy, ctx: &Context<'_>) -> Vec<(f64, Vec<String>)> {
    let mut out: Vec<(f64, Vec<String>)> = vec![(0.0, Vec::new()); tax.rules.len()];
    let mut sources: Vec<(&str, &str, f64)> = Vec::new();
    if let Some(d) = ctx.department {
        sources.push(("department", d, 1.0));
    }
    for (i, c) in ctx.committees.iter().enumerate() {
        sources.push(("committee", c, if i == 0 { 1.0 } else { 0.5 }));
    }
    let mut seen: Vec<String> = Vec::new();
    for (kind, text, pos) in sources {
        let norm = normalize(text);
        if seen.contains(&norm) {
            continue;
        }
        seen.push(norm.clone());
        let best: Vec<(usize, &Term)> = tax
            .rules
            .iter()
            .enumerate()
            .filter_map(|(ti, rule)| {
                rule.hints
                    .iter()
                    .filter(|h| match &h.pattern {
                        Pattern::Word(p) => words(&norm).any(|w| p.matches(w)),
                        Pattern::Text(re) => re.is_match(&norm),
                    })
                    .max_by(|a, b| a.weight.total_cmp(&b.weight))
                    .map(|h| (ti, h))
            })
            .collect();
        let share = 1.0 / best.len().max(1) as f64;
        for (ti, h) in best {
            let points = h.weight * tax.settings.hint_factor * pos * share;
            if let Some((total, explained)) = out.get_mut(ti) {
                *total += points;
                explained.push(format!(
                    "{kind} \"{text}\" ~ {} (+{})",
                    h.source,
                    round(points)
                ));
            }
        }
    }
    out
}

/// The points a declared Klimacheck value earns a theme (`klimacheck = { positive = N }`), with
/// the line that explains them. With `klimacheck_evidence` set, they count only for a theme the
/// paper names in its own words — at least that many points of its terms in the title, the
/// subject zones and the running text (`own`): a positive Klimacheck says a measure helps the
/// climate, not that the climate is what the paper is about (a fire station with a PV roof).
/// Serves every template family with a Klimacheck form (tick boxes, a rating line, a labelled
/// verdict), printed on papers of every field. 0: always count (see `data/themes.toml`).
fn klimacheck_points(
    tax: &Taxonomy,
    rule: &CompiledTheme,
    ctx: &Context<'_>,
    own: f64,
    substance: usize,
) -> Option<(f64, String)> {
    let s = &tax.settings;
    let k = ctx.klimacheck?;
    let points = rule.klimacheck.get(k.as_str()).copied().unwrap_or(0.0) * s.hint_factor;
    if points == 0.0 {
        return None;
    }
    if s.klimacheck_substance > 0 {
        // A rating with its reasons, or (with `klimacheck_evidence`) a paper that names the
        // theme itself: a bare ticked box is a form's answer, no subject of the paper.
        let own_words = s.klimacheck_evidence > 0.0 && own + 1e-9 >= s.klimacheck_evidence;
        return Some(if substance >= s.klimacheck_substance || own_words {
            (
                points,
                format!("Klimacheck \"{k}\" with substance (+{})", round(points)),
            )
        } else {
            (
                0.0,
                format!(
                    "Klimacheck \"{k}\" not counted: a bare rating ({substance} words of reasons, below {})",
                    s.klimacheck_substance
                ),
            )
        });
    }
    if own + 1e-9 >= s.klimacheck_evidence {
        Some((points, format!("Klimacheck \"{k}\" (+{})", round(points))))
    } else {
        Some((
            0.0,
            format!(
                "Klimacheck \"{k}\" not counted: the paper's own words name the theme with {} points, below {}",
                round(own),
                s.klimacheck_evidence
            ),
        ))
    }
}

/// The word patterns of `klimacheck_elsewhere` the title does not name: a sentence of the
/// Klimacheck's reasons with one of them cites another instrument's stipulations (a works
/// contract under a Bebauungsplan: `Dachbegrünung und PV werden im Bebauungsplan festgesetzt`),
/// while a paper whose title names the instrument decides those stipulations itself. Family:
/// Klimacheck forms of Vergaben, Erschließungen and Bauabschnitte under a plan decided before.
fn elsewhere_patterns<'a>(patterns: &'a [WordPattern], title: Option<&str>) -> &'a [WordPattern] {
    let title = normalize(title.unwrap_or_default());
    if words(&title).any(|t| patterns.iter().any(|w| w.matches(t))) {
        return &[];
    }
    patterns
}

/// Committee and department names, normalised: their mentions in the text are not topic words.
fn strip_names(ctx: &Context<'_>) -> Vec<String> {
    let mut names: Vec<String> = ctx
        .committees
        .iter()
        .chain(ctx.department.iter())
        .map(|n| normalize(n))
        .filter(|n| n.len() >= 8)
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.dedup();
    names
}

fn strip(norm: &str, names: &[String]) -> String {
    let mut out = format!(" {norm} ");
    for n in names {
        out = out.replace(&format!(" {n} "), " ");
    }
    out.trim().to_string()
}

fn add_skipped(skipped: &mut Vec<(String, usize)>, section: &str, n: usize) {
    match skipped.iter_mut().find(|(s, _)| s == section) {
        Some((_, c)) => *c += n,
        None => skipped.push((section.to_string(), n)),
    }
}

/// 1 hit counts fully, further hits with diminishing returns.
fn saturate(count: f64) -> f64 {
    if count <= 1.0 {
        count
    } else {
        1.0 + count.ln()
    }
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::classify::taxonomy::word_patterns;

    #[test]
    fn subject_text_keeps_the_subject_zones_words_up_to_the_cap() {
        // What the primary chooser reads where a paper states its subject (every layout's
        // Betreff lead, decision text, questions, agenda items; invented words): the zones'
        // words in order, space-separated, at most `cap`.
        let mut out = String::new();
        push_words(&mut out, "der rat beschließt", 5);
        push_words(&mut out, "die neue kita am markt", 5);
        assert_eq!(out, "der rat beschließt die neue");
        push_words(&mut out, "weitere worte", 5);
        assert_eq!(out, "der rat beschließt die neue");
    }

    const TAX: &str = r#"
[settings]
threshold = 2.0
ignore = ["*ausschuss*"]
[[sections]]
name = "Klimacheck"
start = "^klimacheck"
weight = 0.0
[[theme]]
id = "klima"
label = "Klima"
terms = { "*klimaschutz*" = 2.0 }
hints = { "*umwelt*" = 3.0 }
[[theme]]
id = "digital"
label = "Digital"
terms = { "*digitalisierung*" = 2.0, "e government" = 2.0 }
yields_to = [{ theme = "klima", unless_ratio = 10.0 }]
"#;

    #[test]
    fn boilerplate_earns_nothing_and_compounds_count() {
        let tax = Taxonomy::from_toml(TAX).expect("valid");
        let layer = TextLayer::from_layout_text(
            "Die Schuldigitalisierung und E-Government.\nKlimacheck\nKlimaschutz: neutral\n",
        );
        let (themes, ex) = score(&tax, &layer, &Context::default());
        assert_eq!(themes.len(), 1);
        assert_eq!(themes[0].id, "digital");
        assert_eq!(ex.skipped, vec![("Klimacheck".to_string(), 3)]);
    }

    #[test]
    fn the_best_theme_yields_to_a_theme_below_the_threshold() {
        // Both below the threshold: the best is kept anyway, so precedence decides it.
        let tax =
            Taxonomy::from_toml(&TAX.replace("threshold = 2.0", "threshold = 6.0")).expect("valid");
        let layer = TextLayer::from_layout_text("Digitalisierung. Digitalisierung. Klimaschutz.\n");
        let (themes, ex) = score(&tax, &layer, &Context::default());
        let ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["klima"], "{ex:#?}");
        assert!(
            notes_of(&ex, "digital")
                .iter()
                .any(|n| n.contains("yields the first place and is below threshold"))
        );
        // Above the threshold the former first stays as a further theme.
        let tax =
            Taxonomy::from_toml(&TAX.replace("threshold = 2.0", "threshold = 1.0")).expect("valid");
        let (themes, _) = score(&tax, &layer, &Context::default());
        let ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["klima", "digital"]);
    }

    #[test]
    fn hints_title_and_precedence() {
        let tax = Taxonomy::from_toml(TAX).expect("valid");
        let layer = TextLayer::from_layout_text("Digitalisierung. Klimaschutz.\n");
        let ctx = Context {
            title: Some("Digitalisierung"),
            department: Some("Amt für Umwelt"),
            committees: vec!["Digitalausschuss"],
            klimacheck: None,
            doc_type: None,
        };
        let (themes, ex) = score(&tax, &layer, &ctx);
        let ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["klima", "digital"], "{ex:#?}");
        let digital = ex
            .themes
            .iter()
            .find(|t| t.id == "digital")
            .expect("scored");
        assert_eq!(digital.title, 6.0);
        assert!(digital.notes.iter().any(|n| n.contains("yields to klima")));
        let klima = ex.themes.iter().find(|t| t.id == "klima").expect("scored");
        assert_eq!(klima.hints, 3.0);
    }

    #[test]
    fn a_third_theme_needs_the_papers_words() {
        // A cycle path paper with a cost line and a positive Klimacheck form (every template
        // family with a Klimacheck; invented wording): the rating alone names no third subject.
        let toml = |on: bool| {
            format!(
                r#"
[settings]
threshold = 1.0
relative = 0.0
third_needs_words = {on}
[[theme]]
id = "mobil"
label = "Mobil"
terms = {{ "*radweg*" = 3.0 }}
[[theme]]
id = "geld"
label = "Geld"
terms = {{ "*kosten*" = 2.0 }}
[[theme]]
id = "klima"
label = "Klima"
terms = {{ "*klimaschutz*" = 2.0 }}
klimacheck = {{ positive = 1.5 }}
"#
            )
        };
        let text = "Der Radweg wird gebaut. Die Kosten trägt die Stadt.\n";
        let ctx = Context {
            title: Some("Ausbau des Radweges"),
            klimacheck: Some(Klimacheck::Positive),
            ..Context::default()
        };
        let ids = |on: bool| assigned(&toml(on), text, &ctx);
        let (off, _) = ids(false);
        assert_eq!(off, ["mobil", "geld", "klima"]);
        let (on, ex) = ids(true);
        assert_eq!(on, ["mobil", "geld"], "{ex:#?}");
        // Second, it stays (the corpus-dev convention files the rating as the further theme);
        // a third that the text names stays too.
        let layer = TextLayer::from_layout_text(
            "Der Radweg wird gebaut. Die Kosten trägt die Stadt. Klimaschutz.\n",
        );
        let tax = Taxonomy::from_toml(&toml(true)).expect("valid");
        let (themes, ex) = score(&tax, &layer, &ctx);
        assert_eq!(themes.len(), 3, "{ex:#?}");
        let geld_only_hint = TextLayer::from_layout_text("Der Radweg wird gebaut.\n");
        let (themes, ex) = score(&tax, &geld_only_hint, &ctx);
        let ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["mobil", "klima"], "{ex:#?}");
    }

    #[test]
    fn a_third_theme_named_in_one_sentence_is_a_passing_mention() {
        // A Kita's carpentry award that restates the building's PV roof in one clause (the
        // tender-award family; invented wording): the third field needs two sentences.
        let toml = |n: usize| {
            format!(
                r#"
[settings]
threshold = 1.0
relative = 0.0
passing_words = 200
third_sentences = {n}
[[theme]]
id = "sozial"
label = "Sozial"
terms = {{ "*kita*" = 3.0 }}
[[theme]]
id = "geld"
label = "Geld"
terms = {{ "*kosten*" = 2.0 }}
[[theme]]
id = "klima"
label = "Klima"
terms = {{ "*photovoltaik*" = 2.0 }}
"#
            )
        };
        let text = "Die Kita wird gebaut. Die Kosten trägt die Stadt. Die Kita erhält eine Photovoltaikanlage. Die Kosten sind gedeckt.\n";
        let ctx = Context {
            title: Some("Neubau der Kita; Vergabe"),
            ..Context::default()
        };
        let ids = |n: usize, text: &str| assigned(&toml(n), text, &ctx);
        assert_eq!(ids(0, text).0, ["sozial", "geld", "klima"]);
        let (on, ex) = ids(2, text);
        assert_eq!(on, ["sozial", "geld"], "{ex:#?}");
        let why = ex.themes.iter().find(|t| t.id == "klima").expect("scored");
        assert!(
            why.notes.iter().any(|n| n.contains("passing mention")),
            "{why:#?}"
        );
        // Named in two sentences, the third field stays; the second never needs it.
        let twice = "Die Kita wird gebaut. Die Kosten trägt die Stadt. Die Photovoltaikanlage liefert Strom. Die Photovoltaik senkt die Kosten.\n";
        assert_eq!(ids(2, twice).0.len(), 3);
        let two = "Die Kita wird gebaut. Die Photovoltaikanlage liefert Strom.\n";
        assert_eq!(ids(2, two).0, ["sozial", "klima"]);
    }

    #[test]
    fn a_third_theme_of_weak_terms_only_needs_sentences() {
        // A building decision for a Kita titled `Neubau …` (the award/building-decision family;
        // invented wording): the third field rests on the generic `Neubau` in the title and one
        // sentence; with `third_weak_term` it is dropped, a strong term keeps it.
        let toml = |weak: f64, bau: f64| {
            format!(
                r#"
[settings]
threshold = 1.0
relative = 0.0
third_weak_term = {weak}
third_weak_sentences = 3
[[theme]]
id = "sozial"
label = "Sozial"
terms = {{ "*kita*" = 3.0 }}
[[theme]]
id = "geld"
label = "Geld"
terms = {{ "*kosten*" = 2.0 }}
[[theme]]
id = "stadt"
label = "Stadt"
terms = {{ "*neubau*" = {bau} }}
"#
            )
        };
        let text = "Die Kita bekommt einen Neubau. Die Kita hat zwei Gruppen. Die Kosten trägt die Stadt. Die Kosten sind gedeckt. Die Kita öffnet 2028.\n";
        let ctx = Context {
            title: Some("Neubau der Kita; Vergabe der Kosten"),
            ..Context::default()
        };
        let ids = |weak: f64, bau: f64| assigned(&toml(weak, bau), text, &ctx);
        let (off, ex) = ids(0.0, 1.0);
        assert_eq!(off.len(), 3, "{ex:#?}");
        let (on, ex) = ids(2.0, 1.0);
        assert_eq!(on.len(), 2, "{ex:#?}");
        assert!(!on.contains(&"stadt".to_string()), "{ex:#?}");
        let why = ex.themes.iter().find(|t| t.id == "stadt").expect("scored");
        assert!(
            why.notes.iter().any(|n| n.contains("only weak terms")),
            "{why:#?}"
        );
        // A strong term of the same field keeps it.
        assert_eq!(ids(2.0, 3.0).0.len(), 3);
    }

    #[test]
    fn a_further_theme_of_weak_terms_needs_a_hint_or_its_template_block() {
        // An Anfrage on a cycle lane (invented wording) names its costs with a weak word in the
        // running text: with `strong_min` that is a passing mention. The same word in the
        // paper's Finanzielle Auswirkungen block is the paper's statement of the field and keeps
        // it (with `strong_min_blocks`).
        let toml = |blocks: bool| {
            format!(
                r#"
[settings]
threshold = 1.0
relative = 0.0
strong_min = 2.0
strong_min_blocks = {blocks}
[[sections]]
name = "Finanzielle Auswirkungen"
start = '^finanzielle auswirkungen'
weight = 0.5
max_lines = 4
[[theme]]
id = "verkehr"
label = "Verkehr"
terms = {{ "*radweg*" = 3.0 }}
[[theme]]
id = "geld"
label = "Geld"
terms = {{ "*kosten*" = 1.0 }}
"#
            )
        };
        let ctx = Context {
            title: Some("Radweg an der Talstraße"),
            ..Context::default()
        };
        let ids = |blocks: bool, text: &str| assigned(&toml(blocks), text, &ctx);
        let running = "Der Radweg wird verbreitert. Der Radweg bekommt eine Markierung.\n\nDie Kosten sind gering, die Kosten trägt der Kreis.\n";
        let (got, ex) = ids(true, running);
        assert_eq!(got, ["verkehr"], "{ex:#?}");
        let why = ex.themes.iter().find(|t| t.id == "geld").expect("scored");
        assert!(
            why.notes.iter().any(|n| n.contains("only weak terms")),
            "{why:#?}"
        );
        let block = "Der Radweg wird verbreitert. Der Radweg bekommt eine Markierung.\n\nFinanzielle Auswirkungen\nDie Kosten sind gering, die Kosten trägt der Kreis.\n";
        let (got, ex) = ids(true, block);
        assert_eq!(got, ["verkehr", "geld"], "{ex:#?}");
        // Without `strong_min_blocks` the block does not count.
        assert_eq!(ids(false, block).0, ["verkehr"]);
        // A theme exempt from `strong_min` keeps its weak terms.
        let mut tax = Taxonomy::from_toml(&toml(true)).expect("valid");
        tax.settings.strong_min_exempt = vec!["geld".into()];
        let (themes, _) = score(&tax, &TextLayer::from_layout_text(running), &ctx);
        assert_eq!(themes.len(), 2);
    }

    #[test]
    fn a_third_theme_named_in_one_paragraph_only_is_a_passing_mention() {
        // A carpentry award for a Kita whose first paragraph restates the building decided
        // before — timber, PV roof (the tender-award family; invented wording): three sentences,
        // one paragraph, not in the title. A Klimacheck with reasons keeps it.
        let toml = |n: usize| {
            format!(
                r#"
[settings]
threshold = 1.0
relative = 0.0
third_paragraphs = {n}
klimacheck_substance = 3
klimacheck_block = "Klimacheck"
[[sections]]
name = "Klimacheck"
start = '^klimacheck'
weight = 0.0
max_lines = 6
[[theme]]
id = "sozial"
label = "Sozial"
terms = {{ "*kita*" = 3.0 }}
[[theme]]
id = "geld"
label = "Geld"
terms = {{ "*kosten*" = 8.0 }}
[[theme]]
id = "klima"
label = "Klima"
terms = {{ "*photovoltaik*" = 2.0, "*holzbau*" = 2.0 }}
klimacheck = {{ positive = 1.0 }}
"#
            )
        };
        let text = "Die Kita wird in Holzbauweise gebaut. Sie erhält eine Photovoltaikanlage. Die Photovoltaik deckt den Strom.\n\nDie Kosten betragen 400.000 Euro.\n\nDie Kosten sind im Haushalt gedeckt.\n";
        let ctx = Context {
            title: Some("Neubau der Kita; Vergabe"),
            ..Context::default()
        };
        let ids = |n: usize, text: &str, ctx: &Context<'_>| assigned(&toml(n), text, ctx);
        assert_eq!(ids(0, text, &ctx).0.len(), 3);
        let (mut on, ex) = ids(2, text, &ctx);
        on.sort();
        assert_eq!(on, ["geld", "sozial"], "{ex:#?}");
        // Two paragraphs name it: it stays.
        let two = "Die Kita wird in Holzbauweise gebaut. Die Kosten betragen 400.000 Euro.\n\nSie erhält eine Photovoltaikanlage. Die Kosten sind gedeckt.\n";
        assert_eq!(ids(2, two, &ctx).0.len(), 3, "{:#?}", ids(2, two, &ctx).1);
        // The title names it: it stays.
        let titled = Context {
            title: Some("Neubau der Kita in Holzbauweise; Vergabe"),
            ..Context::default()
        };
        assert_eq!(ids(2, text, &titled).0.len(), 3);
        // A Klimacheck with its reasons counts for it: it stays.
        let rated = Context {
            klimacheck: Some(Klimacheck::Positive),
            ..ctx
        };
        let with_block = format!(
            "{text}\nKlimacheck\nDie Anlage erzeugt jährlich Strom ohne Ausstoß von Kohlendioxid.\n"
        );
        assert_eq!(
            ids(2, &with_block, &rated).0.len(),
            3,
            "{:#?}",
            ids(2, &with_block, &rated).1
        );
    }

    #[test]
    fn a_klimacheck_counts_only_with_the_papers_own_words_when_asked() {
        // A fire station with a PV roof rated positive (invented): with klimacheck_evidence the
        // rating counts only for a theme the paper's words name.
        let toml = |e: f64| {
            format!(
                r#"
[settings]
threshold = 2.0
relative = 0.0
klimacheck_evidence = {e}
[[theme]]
id = "feuer"
label = "Feuer"
terms = {{ "*feuerwehr*" = 4.0 }}
[[theme]]
id = "klima"
label = "Klima"
terms = {{ "*photovoltaik*" = 3.0 }}
klimacheck = {{ positive = 6.0 }}
"#
            )
        };
        let ctx = Context {
            title: Some("Neubau des Feuerwehrhauses"),
            klimacheck: Some(Klimacheck::Positive),
            ..Context::default()
        };
        let bare = "Die Feuerwehr erhält ein neues Haus.\n";
        let ids = |e: f64, text: &str| assigned(&toml(e), text, &ctx).0;
        assert_eq!(ids(0.0, bare), ["feuer", "klima"]);
        assert_eq!(ids(1.0, bare), ["feuer"]);
        let named = "Die Feuerwehr erhält ein neues Haus mit Photovoltaik.\n";
        assert_eq!(ids(1.0, named), ["feuer", "klima"]);
    }

    #[test]
    fn a_plans_stipulations_are_no_reasons_unless_the_paper_decides_the_plan() {
        // The Klimacheck of a works contract under a Bebauungsplan (invented): its reasons cite
        // the plan's stipulations. A paper titled with the plan decides them itself.
        let s = word_patterns(&["*bebauungsplan*".into(), "festgesetzt".into()]);
        let works =
            elsewhere_patterns(&s, Some("Gewerbegebiet Nord – Vergabe der Tiefbauarbeiten"));
        assert_eq!(works.len(), 2);
        assert!(works.iter().any(|p| p.matches("bebauungsplanes")));
        let plan = elsewhere_patterns(
            &s,
            Some("Bebauungsplan Nr. 12 „Am Mühlbach“ – Satzungsbeschluss"),
        );
        assert!(plan.is_empty());
        let block = "Klimawirkung:\npositiv – Dachbegrünung und Photovoltaik werden\nim Bebauungsplan verbindlich festgesetzt.\n";
        let aside = |p: &[WordPattern]| {
            klimacheck::explanation_words(block, |sentence| {
                let norm = normalize(sentence);
                words(&norm).any(|w| p.iter().any(|x| x.matches(w)))
            })
        };
        assert_eq!(aside(works), 0);
        assert_eq!(aside(plan), 9);
    }

    #[test]
    fn a_klimacheck_counts_only_with_substance_when_asked() {
        // A fire station rated positive (invented): with klimacheck_substance a bare rating (a
        // ticked box under the form's question) earns klima nothing; the same rating with its
        // reasons on a prose line counts, as does a paper that names the climate itself.
        let toml = |substance: usize, evidence: f64| {
            format!(
                r#"
[settings]
threshold = 2.0
relative = 0.0
klimacheck_substance = {substance}
klimacheck_block = "Klimacheck"
klimacheck_evidence = {evidence}
[[sections]]
name = "Klimacheck"
start = '^klimacheck'
weight = 0.0
max_lines = 6
[[theme]]
id = "feuer"
label = "Feuer"
terms = {{ "*feuerwehr*" = 4.0 }}
[[theme]]
id = "klima"
label = "Klima"
terms = {{ "*photovoltaik*" = 3.0 }}
klimacheck = {{ positive = 6.0 }}
"#
            )
        };
        let ctx = Context {
            title: Some("Neubau des Feuerwehrhauses"),
            klimacheck: Some(Klimacheck::Positive),
            ..Context::default()
        };
        let ids = |substance: usize, text: &str| {
            let evidence = if substance > 0 { 1.0 } else { 0.0 };
            assigned(&toml(substance, evidence), text, &ctx)
        };
        let bare = "Die Feuerwehr erhält ein neues Haus.\nKlimacheck\nDie Maßnahme hat Auswirkungen auf das Klima:\n[X] positiv [ ] negativ [ ] keine\n";
        assert_eq!(ids(0, bare).0, ["feuer", "klima"]);
        let (on, ex) = ids(6, bare);
        assert_eq!(on, ["feuer"], "{ex:#?}");
        let reasons = "Die Feuerwehr erhält ein neues Haus.\nKlimacheck\n[X] positiv [ ] negativ\nErläuterung: Das Dach trägt Gründach und Speicher, geheizt wird mit Abwärme.\n";
        assert_eq!(ids(6, reasons).0, ["feuer", "klima"]);
        let named = "Die Feuerwehr erhält ein neues Haus mit Photovoltaik.\nKlimacheck\n[X] positiv [ ] negativ\n";
        assert_eq!(ids(6, named).0, ["feuer", "klima"]);
    }

    #[test]
    fn a_short_paper_names_its_secondary_themes_more_than_in_passing() {
        let with = |v: f64| {
            klima_with_a_mention(
                &format!("passing_words = 200\nshort_relative = {v}"),
                "Klimaschutzkonzept",
            )
        };
        assert_eq!(with(0.0).0, ["klima", "digital"]);
        let (on, ex) = with(0.5);
        assert_eq!(on, ["klima"], "{ex:#?}");
        assert!(
            notes_of(&ex, "digital")
                .iter()
                .any(|n| n.contains("a short paper"))
        );
    }

    /// A paper about climate protection that names digitisation once in its running text,
    /// classified with `settings` added to `TAX`'s: the theme ids and the explanation.
    fn klima_with_a_mention(settings: &str, title: &str) -> (Vec<String>, Explanation) {
        let toml = TAX.replace(
            "threshold = 2.0",
            &format!("threshold = 2.0\nrelative = 0.05\n{settings}"),
        );
        let tax = Taxonomy::from_toml(&toml).expect("valid");
        let layer = TextLayer::from_layout_text(
            "Klimaschutz im Quartier. Klimaschutz an Schulen. Der Klimaschutz braucht \
             Klimaschutz. Eine Digitalisierung der Messung folgt.\n",
        );
        let ctx = Context {
            title: Some(title),
            ..Context::default()
        };
        let (themes, ex) = score(&tax, &layer, &ctx);
        (themes.into_iter().map(|t| t.id).collect(), ex)
    }

    /// `text` classified under the taxonomy `toml`: the theme ids in order and the explanation.
    fn assigned(toml: &str, text: &str, ctx: &Context<'_>) -> (Vec<String>, Explanation) {
        let tax = Taxonomy::from_toml(toml).expect("valid");
        let (themes, ex) = score(&tax, &TextLayer::from_layout_text(text), ctx);
        (themes.into_iter().map(|t| t.id).collect(), ex)
    }

    /// The notes of theme `id` in an explanation.
    fn notes_of(ex: &Explanation, id: &str) -> Vec<String> {
        ex.themes
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.notes.clone())
            .unwrap_or_default()
    }

    #[test]
    fn a_secondary_theme_the_title_does_not_name_needs_a_share_of_the_best() {
        let with =
            |v: f64, title: &str| klima_with_a_mention(&format!("untitled_relative = {v}"), title);
        assert_eq!(with(0.0, "Klimaschutzkonzept").0, ["klima", "digital"]);
        let (on, ex) = with(0.5, "Klimaschutzkonzept");
        assert_eq!(on, ["klima"], "{ex:#?}");
        assert!(
            notes_of(&ex, "digital")
                .iter()
                .any(|n| n.contains("the title does not name it"))
        );
        let (named, ex) = with(0.5, "Klimaschutzkonzept und Digitalisierung");
        assert_eq!(named, ["klima", "digital"], "{ex:#?}");
    }

    #[test]
    fn a_further_theme_named_only_in_the_running_text_needs_a_share_of_the_best() {
        let with =
            |v: f64, title: &str| klima_with_a_mention(&format!("running_relative = {v}"), title);
        assert_eq!(with(0.0, "Klimaschutzkonzept").0, ["klima", "digital"]);
        let (on, ex) = with(0.3, "Klimaschutzkonzept");
        assert_eq!(on, ["klima"], "{ex:#?}");
        assert!(
            notes_of(&ex, "digital")
                .iter()
                .any(|n| n.contains("running text"))
        );
        // Named in the title, its points come from there: not a passing mention.
        let (named, ex) = with(0.3, "Klimaschutzkonzept und Digitalisierung");
        assert_eq!(named, ["klima", "digital"], "{ex:#?}");
    }

    #[test]
    fn money_words_alone_are_no_best_theme() {
        // An Anfrage about something the taxonomy has no word for (invented: broken street lamps)
        // that asks what the repair costs: below the threshold, no title word, no other theme
        // scored — no theme rather than the money.
        let tax = Taxonomy::from_toml(
            "[settings]\nthreshold = 6.0\nfunding_theme = \"geld\"\nfunding_words = 5\n\
             [[theme]]\nid = \"geld\"\nlabel = \"G\"\nterms = { \"*haushalt*\" = 3.0, \"*kosten*\" = 1.0 }\n\
             [[theme]]\nid = \"kultur\"\nlabel = \"K\"\nterms = { \"*theater*\" = 3.0 }\n",
        )
        .expect("valid");
        let ids = |title: &str, text: &str| -> Vec<String> {
            let layer = TextLayer::from_layout_text(text);
            let ctx = Context {
                title: Some(title),
                ..Context::default()
            };
            score(&tax, &layer, &ctx)
                .0
                .into_iter()
                .map(|t| t.id)
                .collect()
        };
        let lamps = "Seit Wochen bleiben die Laternen am Mühlweg nachts dunkel. Wann werden sie \
                     repariert, und sind die Kosten im Haushalt eingeplant?\n";
        assert!(ids("Dunkle Laternen am Mühlweg", lamps).is_empty());
        // The title names the money: kept as the best theme.
        assert_eq!(
            ids("Haushaltsmittel für die Laternen am Mühlweg", lamps),
            ["geld"]
        );
        // Another theme scores too (below the threshold): the money stays the best theme.
        let play = "Seit Wochen bleiben die Laternen am Theater nachts dunkel. Wann werden sie \
                    repariert, und sind die Kosten im Haushalt eingeplant?\n";
        assert_eq!(ids("Dunkle Laternen am Mühlweg", play), ["geld"]);
    }

    #[test]
    fn a_grants_money_is_no_further_theme() {
        // A grant to a club (every council's Zuschuss an einen Verein; invented wording): the
        // money named only by its grant terms is how the field is served, no theme of its own.
        let toml = |funding: &str| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.05\n{funding}\n\
                 [[theme]]\nid = \"geld\"\nlabel = \"G\"\nterms = {{ \"*zuschuss*\" = 2.0, \"*haushalt*\" = 3.0 }}\n\
                 [[theme]]\nid = \"kultur\"\nlabel = \"K\"\nterms = {{ \"*theater*\" = 3.0 }}\n"
            )
        };
        let ids = |funding: &str, text: &str| {
            let tax = Taxonomy::from_toml(&toml(funding)).expect("valid");
            let layer = TextLayer::from_layout_text(text);
            let ctx = Context {
                title: Some("Theatersommer der Theatergruppe Lindenhof – Zuschuss"),
                ..Context::default()
            };
            let mut ids: Vec<String> = score(&tax, &layer, &ctx)
                .0
                .into_iter()
                .map(|t| t.id)
                .collect();
            ids.sort();
            ids
        };
        let funding =
            "funding_theme = \"geld\"\nfunding_terms = [\"*zuschuss*\"]\nfunding_rest = 3.0";
        let grant = "Die Theatergruppe spielt im Sommer drei Stücke im Theater am Markt. Der \
                     Zuschuss beträgt 4.000 Euro.\n";
        assert_eq!(ids("", grant), ["geld", "kultur"]);
        assert_eq!(ids(funding, grant), ["kultur"]);
        // Money the paper discusses beyond the grant (a budget line of its own) stays.
        let budget = "Die Theatergruppe spielt im Theater am Markt. Der Zuschuss wird im Haushalt \
                      2027 veranschlagt; der Haushalt sieht dafür eine Haushaltsstelle vor.\n";
        assert_eq!(ids(funding, budget), ["geld", "kultur"]);
        // Amounts and the firm that does the work (issue 17, twelfth step: `euro`, `gmbh` in
        // `funding_terms`) are the measure's price, beside the grant.
        let priced = "Die Theatergruppe spielt im Sommer drei Stücke im Theater am Markt. Der \
                      Zuschuss beträgt 4.000 Euro, die Bühne baut die Holzbau Kramer GmbH für \
                      9.500 Euro.\n";
        let toml_priced = |funding: &str| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.05\n{funding}\n\
                 [[theme]]\nid = \"geld\"\nlabel = \"G\"\nterms = {{ \"*zuschuss*\" = 2.0, \"euro\" = 1.0, \"gmbh\" = 2.0 }}\n\
                 [[theme]]\nid = \"kultur\"\nlabel = \"K\"\nterms = {{ \"*theater*\" = 3.0 }}\n"
            )
        };
        let priced_ids = |funding: &str| {
            let tax = Taxonomy::from_toml(&toml_priced(funding)).expect("valid");
            let layer = TextLayer::from_layout_text(priced);
            let ctx = Context {
                title: Some("Theatersommer der Theatergruppe Lindenhof – Zuschuss"),
                ..Context::default()
            };
            let (themes, ex) = score(&tax, &layer, &ctx);
            let mut ids: Vec<String> = themes.into_iter().map(|t| t.id).collect();
            ids.sort();
            (ids, ex)
        };
        let grant_only =
            "funding_theme = \"geld\"\nfunding_terms = [\"*zuschuss*\"]\nfunding_rest = 2.5";
        assert_eq!(priced_ids(grant_only).0, ["geld", "kultur"]);
        let with_price = "funding_theme = \"geld\"\nfunding_terms = [\"euro\", \"gmbh\", \"*zuschuss*\"]\nfunding_rest = 2.5";
        let (ids, ex) = priced_ids(with_price);
        assert_eq!(ids, ["kultur"]);
        // `--explain` says why: the terms it rests on.
        let geld = ex.themes.iter().find(|t| t.id == "geld").expect("scored");
        assert!(
            geld.notes
                .iter()
                .any(|n| n.contains("a grant or a price") && n.contains("euro")),
            "{:?}",
            geld.notes
        );
    }

    #[test]
    fn a_levy_statute_is_filed_by_the_levy() {
        // A fee statute (every council's Friedhofs-, Abfall-, Kurbeitrags- or Hundesteuersatzung;
        // invented wording) decides a rate: the levy goes first although the text names the
        // field it serves more, unless the first theme is one the levy keeps behind.
        let toml = |levy_titles: &str, keeps: &str| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.05\n\
                 [subject]\nlead_words = 80\nlevy_titles = [{levy_titles}]\n\
                 levy_theme = \"geld\"\nlevy_min = 0.5\nlevy_keeps = [{keeps}]\n\
                 [[theme]]\nid = \"geld\"\nlabel = \"G\"\nterms = {{ \"*gebühr*\" = 3.0 }}\n\
                 yields_to = [{{ theme = \"grab\", unless_ratio = 1.5 }}]\n\
                 [[theme]]\nid = \"grab\"\nlabel = \"F\"\nterms = {{ \"*friedhof*\" = 3.0, \"*grab*\" = 3.0 }}\n"
            )
        };
        let layer = TextLayer::from_layout_text(
            "Auf dem Friedhof am Lindenweg werden Baumgräber und ein Urnenfeld angelegt. Für \
             Grabstätten auf dem Friedhof steigen die Gebühren um acht Prozent.\n",
        );
        let ctx = Context {
            title: Some("Neufassung der Friedhofsgebührensatzung"),
            ..Context::default()
        };
        let ids = |levy_titles: &str, keeps: &str| {
            let tax = Taxonomy::from_toml(&toml(levy_titles, keeps)).expect("valid");
            let (themes, ex) = score(&tax, &layer, &ctx);
            let ids: Vec<String> = themes.into_iter().map(|t| t.id).collect();
            (ids, ex)
        };
        let levy = "'([^ ]+ der )*[^ ]*gebührensatzung'";
        assert_eq!(ids("", "").0, ["grab", "geld"]);
        let (first, ex) = ids(levy, "");
        assert_eq!(first, ["geld", "grab"], "{ex:#?}");
        assert_eq!(ids(levy, "'grab'").0, ["grab", "geld"]);
        // Only the title's head: a field decision named first keeps its field first.
        let tax = Taxonomy::from_toml(&toml(levy, "")).expect("valid");
        let ctx = Context {
            title: Some("Anlage eines Urnenfelds und Änderung der Friedhofsgebührensatzung"),
            ..Context::default()
        };
        let first = score(&tax, &layer, &ctx).0.first().map(|t| t.id.clone());
        assert_eq!(first.as_deref(), Some("grab"));
    }

    #[test]
    fn a_grant_is_filed_by_what_it_funds() {
        let toml = |grant_titles: &str| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.05\n\
                 [subject]\nlead_words = 80\ngrant_titles = [{grant_titles}]\n\
                 grant_theme = \"geld\"\ngrant_subject_min = 2.0\n\
                 [[theme]]\nid = \"geld\"\nlabel = \"G\"\nterms = {{ \"*förder*\" = 3.0, \"*budget*\" = 3.0 }}\n\
                 [[theme]]\nid = \"kultur\"\nlabel = \"K\"\nterms = {{ \"*theater*\" = 2.0 }}\n"
            )
        };
        let layer = TextLayer::from_layout_text(
            "Der Bezirksbeirat fördert ein Theater im Park aus seinem Budget. Die Förderung \
             beträgt 500 Euro aus dem Budget.\n",
        );
        let ctx = Context {
            title: Some("Bewilligung einer Förderung aus dem Stadtteilbudget"),
            ..Context::default()
        };
        let ids = |grant_titles: &str| {
            let tax = Taxonomy::from_toml(&toml(grant_titles)).expect("valid");
            let (themes, ex) = score(&tax, &layer, &ctx);
            let ids: Vec<String> = themes.into_iter().map(|t| t.id).collect();
            (ids, ex)
        };
        assert_eq!(ids("").0.first().map(String::as_str), Some("geld"));
        let (ids, ex) = ids("'bewilligung einer förderung'");
        assert_eq!(ids, ["kultur", "geld"], "{ex:#?}");
    }

    #[test]
    fn the_title_head_goes_first_when_the_text_names_two_themes_about_equally() {
        let toml = |head_first: f64| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.1\nhead_first = {head_first}\n\
                 [[theme]]\nid = \"personal\"\nlabel = \"P\"\nterms = {{ \"*stellenplan*\" = 3.0 }}\n\
                 [[theme]]\nid = \"ordnung\"\nlabel = \"O\"\nterms = {{ \"*ordnungsamt*\" = 3.0 }}\n"
            )
        };
        let layer = TextLayer::from_layout_text("Das Ordnungsamt braucht Stellen. Ordnungsamt.\n");
        let ctx = Context {
            title: Some("Stellenplan 2025 – Stellen im Ordnungsamt"),
            ..Context::default()
        };
        let ids = |head_first: f64| {
            let tax = Taxonomy::from_toml(&toml(head_first)).expect("valid");
            let (themes, ex) = score(&tax, &layer, &ctx);
            let ids: Vec<String> = themes.into_iter().map(|t| t.id).collect();
            (ids, ex)
        };
        assert_eq!(ids(0.0).0, ["ordnung", "personal"]);
        let (first, ex) = ids(0.5);
        assert_eq!(first, ["personal", "ordnung"], "{ex:#?}");
        let personal = ex
            .themes
            .iter()
            .find(|t| t.id == "personal")
            .expect("scored");
        assert!(personal.head && personal.notes.iter().any(|n| n.contains("title's head")));
        // Not when the head theme scores far below the first.
        assert_eq!(ids(0.99).0, ["ordnung", "personal"]);
    }

    #[test]
    fn a_strong_head_goes_first_over_a_theme_it_yields_to_when_it_outscores_it() {
        let toml = |head_yielding: f64, min: f64| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.1\nhead_first = 0.75\n\
                 head_yielding = {head_yielding}\nhead_yielding_min = {min}\n\
                 [[theme]]\nid = \"finanzen\"\nlabel = \"F\"\n\
                 terms = {{ \"*steuer*\" = 3.0, \"*zuschuss*\" = 2.0 }}\n\
                 yields_to = [{{ theme = \"tourismus\", unless_ratio = 3.0 }}]\n\
                 [[theme]]\nid = \"tourismus\"\nlabel = \"T\"\nterms = {{ \"*touris*\" = 3.0 }}\n"
            )
        };
        let ids = |title: &str, text: &str, head_yielding: f64, min: f64| {
            let tax = Taxonomy::from_toml(&toml(head_yielding, min)).expect("valid");
            let layer = TextLayer::from_layout_text(text);
            let ctx = Context {
                title: Some(title),
                ..Context::default()
            };
            let (themes, _) = score(&tax, &layer, &ctx);
            themes.into_iter().map(|t| t.id).collect::<Vec<String>>()
        };
        let text = "Die Steuer, die Steuer. Der Tourismus, der Tourismus, der Tourismus.\n";
        let title = "Einführung einer Übernachtungssteuer";
        // finanzen scores more, but below 3 × tourismus: it yields.
        assert_eq!(ids(title, text, 0.0, 3.0), ["tourismus", "finanzen"]);
        assert_eq!(ids(title, text, 1.0, 3.0), ["finanzen", "tourismus"]);
        // Not when it scores below `head_yielding` × the first, nor for a weaker head term.
        assert_eq!(ids(title, text, 5.0, 3.0), ["tourismus", "finanzen"]);
        let grant = "Zuschuss an die Touristik GmbH";
        let text = "Der Zuschuss, der Zuschuss für den Tourismus.\n";
        assert_eq!(ids(grant, text, 0.5, 3.0), ["tourismus", "finanzen"]);
        assert_eq!(ids(grant, text, 0.5, 2.0), ["finanzen", "tourismus"]);
    }

    #[test]
    fn a_further_theme_named_only_in_title_and_lead_needs_a_share_of_the_best() {
        let toml = |bare: f64| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.01\nbare_relative = {bare}\n\
                 [subject]\nlead_words = 12\n\
                 [[theme]]\nid = \"kultur\"\nlabel = \"K\"\nterms = {{ \"*museum*\" = 3.0 }}\n\
                 [[theme]]\nid = \"finanzen\"\nlabel = \"F\"\nterms = {{ \"*finanzierung*\" = 1.0 }}\n"
            )
        };
        let ctx = Context {
            title: Some("Museum – Neukonzeption und Finanzierung"),
            ..Context::default()
        };
        let ids = |bare: f64, text: &str| {
            let tax = Taxonomy::from_toml(&toml(bare)).expect("valid");
            let layer = TextLayer::from_layout_text(text);
            let (themes, _) = score(&tax, &layer, &ctx);
            themes.into_iter().map(|t| t.id).collect::<Vec<String>>()
        };
        let museum = "Das Museum erhält eine neue Ausstellung. Das Museum, das Museum und das Museum \
                      öffnen neu. Das Museum wird größer. Das Museum bleibt offen.\n";
        assert_eq!(ids(0.0, museum), ["kultur", "finanzen"]);
        assert_eq!(ids(0.3, museum), ["kultur"]);
        // Money the running text discusses is a subject of the paper.
        let money =
            format!("{museum}Die Finanzierung trägt der Kreis. Zur Finanzierung gibt es Mittel.\n");
        assert_eq!(ids(0.3, &money), ["kultur", "finanzen"]);
    }

    #[test]
    fn an_agendas_head_is_its_first_substantive_item() {
        let tax = Taxonomy::from_toml(
            "[settings]\nthreshold = 2.0\nrelative = 0.1\nhead_first = 0.75\n\
             [subject]\nagenda_item = '(top )?\\d+ '\nprocedural = ['mitteilungen']\n\
             agenda_types = ['Einladung']\n\
             [[theme]]\nid = \"kultur\"\nlabel = \"K\"\nterms = { \"*stadthalle*\" = 2.0 }\n\
             [[theme]]\nid = \"finanzen\"\nlabel = \"F\"\nterms = { \"*haushalt*\" = 2.5 }\n",
        )
        .expect("valid");
        let layer = TextLayer::from_layout_text(
            "Tagesordnung\n1. Mitteilungen\n2. Sanierung der Stadthalle\nDie Stadthalle wird saniert.\n\
             3. Nachtragshaushalt 2026\nDer Nachtragshaushalt deckt den Fehlbetrag.\n",
        );
        let ctx = Context {
            title: Some("Einladung zur Sitzung des Rates"),
            doc_type: Some("Einladung"),
            ..Context::default()
        };
        let (themes, ex) = score(&tax, &layer, &ctx);
        let ids: Vec<String> = themes.into_iter().map(|t| t.id).collect();
        assert_eq!(ids, ["kultur", "finanzen"], "{ex:#?}");
        // Without the head rule the agenda's larger score goes first.
        let mut plain = tax.clone();
        plain.settings.head_first = 0.0;
        let (themes, _) = score(&plain, &layer, &ctx);
        assert_eq!(themes.first().map(|t| t.id.as_str()), Some("finanzen"));
        assert!(ex.themes.iter().any(|t| t.id == "kultur" && t.head));
    }

    #[test]
    fn the_head_is_looked_for_before_the_first_dash_or_comma() {
        assert_eq!(
            title_first_part("Erneuerung der Beleuchtung auf LED, 2. Bauabschnitt"),
            "Erneuerung der Beleuchtung auf LED"
        );
        assert_eq!(
            title_first_part("Stellenplan 2025 – Stellen"),
            "Stellenplan 2025"
        );
        assert_eq!(
            title_first_part("Kita-Ausbau: Bedarfsplanung"),
            "Kita-Ausbau: Bedarfsplanung"
        );
        let toml = "[settings]\nhead_first = 0.5\n\
                    [[theme]]\nid = \"a\"\nlabel = \"A\"\nterms = { \"*bauabschnitt*\" = 2.0, \"kostenlos*\" = 1.0 }\n\
                    [[theme]]\nid = \"b\"\nlabel = \"B\"\nterms = { \"digital*\" = 1.5, \"*bauakte*\" = 2.0 }\n";
        let tax = Taxonomy::from_toml(toml).expect("valid");
        let head = |t: &str| -> Vec<usize> {
            title_head(&tax, &normalize(title_first_part(t)), &[])
                .into_iter()
                .map(|h| h.0)
                .collect()
        };
        // Only the first part counts; a weight-1 word is skipped; a word below head_min stops.
        assert!(head("Erneuerung der Beleuchtung, 2. Bauabschnitt").is_empty());
        assert_eq!(head("Kostenloser Bauabschnitt"), [0]);
        assert!(head("Die digitale Bauakte").is_empty());
    }

    #[test]
    fn a_place_in_the_title_says_where_not_what() {
        let openers = vec!["am".to_string(), "in der".to_string()];
        assert_eq!(
            place_words(&openers, 2, "alkoholverbot am bahnhofsvorplatz"),
            ["bahnhofsvorplatz"]
        );
        assert_eq!(
            place_words(&openers, 2, "taubenhaus in der alten innenstadt und mehr"),
            ["alten", "innenstadt"]
        );
        assert!(place_words(&openers, 2, "anfrage zur innenstadt").is_empty());
        let toml = |title_place: f64| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.1\ntitle_place = {title_place}\n\
                 places = [\"am\"]\n\
                 [[theme]]\nid = \"ordnung\"\nlabel = \"O\"\nterms = {{ \"*alkoholverbot*\" = 3.0 }}\n\
                 [[theme]]\nid = \"verkehr\"\nlabel = \"V\"\nterms = {{ \"*bahnhof*\" = 2.0 }}\n"
            )
        };
        let layer = TextLayer::from_layout_text("Ein Alkoholverbot gilt künftig.\n");
        let ctx = Context {
            title: Some("Alkoholverbot am Bahnhofsvorplatz"),
            ..Context::default()
        };
        let ids = |title_place: f64| {
            let tax = Taxonomy::from_toml(&toml(title_place)).expect("valid");
            score(&tax, &layer, &ctx)
                .0
                .into_iter()
                .map(|t| t.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(1.0), ["ordnung", "verkehr"]);
        assert_eq!(ids(0.25), ["ordnung"]);
    }

    #[test]
    fn the_first_part_of_a_compound_in_the_title_counts_less() {
        let toml = |title_modifier: f64| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.1\ntitle_modifier = {title_modifier}\n\
                 [[theme]]\nid = \"schule\"\nlabel = \"S\"\nterms = {{ \"schul*\" = 3.0 }}\n\
                 [[theme]]\nid = \"sozial\"\nlabel = \"So\"\nterms = {{ \"*sozial*\" = 3.0 }}\n"
            )
        };
        let layer = TextLayer::from_layout_text("Der Träger stellt Fachkräfte ein.\n");
        let ctx = Context {
            title: Some("Ausbau der Schulsozialarbeit"),
            ..Context::default()
        };
        let title_points = |title_modifier: f64| {
            let tax = Taxonomy::from_toml(&toml(title_modifier)).expect("valid");
            let (_, ex) = score(&tax, &layer, &ctx);
            let of = |id: &str| ex.themes.iter().find(|t| t.id == id).map(|t| t.title);
            (of("schule"), of("sozial"))
        };
        assert_eq!(title_points(1.0), (Some(9.0), Some(9.0)));
        // `schul*` names only the first part: `*sozial*` reaches further into the word.
        assert_eq!(title_points(0.5), (Some(4.5), Some(9.0)));
    }

    #[test]
    fn a_middling_paper_names_a_third_theme_in_its_title_or_near_the_second() {
        let toml = |third_follow: f64| {
            format!(
                "[settings]\nthreshold = 2.0\nrelative = 0.1\nfollow = 0.5\npassing_words = 5\n\
                 third_follow = {third_follow}\nthird_words = 100\n\
                 [[theme]]\nid = \"a\"\nlabel = \"A\"\nterms = {{ \"*alpha*\" = 3.0 }}\n\
                 [[theme]]\nid = \"b\"\nlabel = \"B\"\nterms = {{ \"*beta*\" = 3.0 }}\n\
                 [[theme]]\nid = \"c\"\nlabel = \"C\"\nterms = {{ \"*gamma*\" = 3.0 }}\n"
            )
        };
        let layer =
            TextLayer::from_layout_text("Alpha und Alpha. Alpha, Alpha. Beta und Beta. Gamma.\n");
        let ids = |third_follow: f64, title: &str| {
            let tax = Taxonomy::from_toml(&toml(third_follow)).expect("valid");
            let ctx = Context {
                title: Some(title),
                ..Context::default()
            };
            let (themes, ex) = score(&tax, &layer, &ctx);
            let ids: Vec<String> = themes.into_iter().map(|t| t.id).collect();
            (ids, ex)
        };
        assert_eq!(ids(0.0, "Bericht").0, ["a", "b", "c"]);
        let (cut, ex) = ids(0.7, "Bericht");
        assert_eq!(cut, ["a", "b"], "{ex:#?}");
        assert!(
            notes_of(&ex, "c")
                .iter()
                .any(|n| n.contains("the title does not name"))
        );
        // Named in the title, the third theme stays.
        let (named, ex) = ids(0.7, "Bericht Gamma");
        assert_eq!(named.len(), 3, "{ex:#?}");
    }

    #[test]
    fn empty_document_gets_no_theme() {
        let tax = Taxonomy::from_toml(TAX).expect("valid");
        let (themes, _) = score(&tax, &TextLayer::default(), &Context::default());
        assert!(themes.is_empty());
    }
}
