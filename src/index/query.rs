//! The query language: words, "phrases", AND/OR/NOT (and `-word`), `prefix*`, `field:value`,
//! and Drucksachen-Nr. (`VO/1254/21`, `VO / 1254 / 21`, `1254/21`, `VO/12*`).
//!
//! Parsing yields a [`Node`] tree; [`Builder`] turns it into a tantivy query that scores
//! surface forms above stems above compound parts.

use super::IndexError;
use super::analysis::{fold, stem, words};
use super::decompound::Decompounder;
use super::schema::Fields;
use super::snippet::Highlights;
use super::synonyms::Synonyms;
use crate::record::DocType;
use crate::record::drucksache;
use regex::Regex;
use std::sync::LazyLock;
use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, EmptyQuery, FuzzyTermQuery, Occur,
    PhraseQuery, Query, RegexQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};

/// A parsed query.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// One word (may analyse into several, then it is a phrase).
    Word(String),
    /// Words in this order.
    Phrase(String),
    /// Words starting with this.
    Prefix(String),
    /// A Drucksachen-Nr.
    Ref(String),
    /// Drucksachen-Nr. starting with this.
    RefPrefix(String),
    /// `field:value`.
    Field(String, Box<Node>),
    /// All must match.
    And(Vec<Node>),
    /// Any may match.
    Or(Vec<Node>),
    /// Must not match.
    Not(Box<Node>),
}

/// Field names accepted in `field:value`.
const FIELDS: [&str; 16] = [
    "title",
    "betreff",
    "committee",
    "gremium",
    "theme",
    "thema",
    "type",
    "typ",
    "department",
    "amt",
    "originator",
    "urheber",
    "drucksache",
    "ds",
    "klimacheck",
    "year",
];

static SLASH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\s*/\s*").expect("valid regex"));

/// A lexical token.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    Quoted(String),
    Bare(String),
}

/// Split a query into tokens (spaces around `/` are removed first); the words of one
/// Drucksachen-Nr. (`DS 17/1234`, `20-26 / V 02232`) make one token.
fn lex(query: &str) -> Vec<Tok> {
    join_numbers(split(query))
}

/// Join the bare words that together are one Drucksachen-Nr. into one token.
fn join_numbers(toks: Vec<Tok>) -> Vec<Tok> {
    let mut out = Vec::with_capacity(toks.len());
    let mut i = 0;
    while i < toks.len() {
        let bare: Vec<&str> = toks[i..]
            .iter()
            .map_while(|t| match t {
                Tok::Bare(s) => Some(s.as_str()),
                _ => None,
            })
            .collect();
        let n = drucksache::query_words(&bare);
        if n >= 2 {
            out.push(Tok::Bare(bare[..n].join(" ")));
            i += n;
        } else {
            out.push(toks[i].clone());
            i += 1;
        }
    }
    out
}

/// Split a query into parentheses, quoted phrases and bare words.
fn split(query: &str) -> Vec<Tok> {
    let query = SLASH.replace_all(query, "/");
    let mut out = Vec::new();
    let mut chars = query.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' => {
                chars.next();
                out.push(Tok::Open);
            }
            ')' => {
                chars.next();
                out.push(Tok::Close);
            }
            '"' | '„' | '“' | '”' => {
                chars.next();
                let s: String = chars
                    .by_ref()
                    .take_while(|c| !matches!(c, '"' | '“' | '”'))
                    .collect();
                out.push(Tok::Quoted(s));
            }
            _ => {
                let mut s = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | '"' | '„' | '“' | '”') {
                        break;
                    }
                    s.push(c);
                    chars.next();
                }
                out.push(Tok::Bare(s));
            }
        }
    }
    out
}

/// Classify a bare word.
fn bare(s: &str) -> Node {
    if drucksache::is_query_prefix(s) {
        return Node::RefPrefix(s.trim_end_matches('*').to_string());
    }
    if drucksache::is_query_number(s) {
        return Node::Ref(s.to_string());
    }
    if let Some(p) = s.strip_suffix('*') {
        return Node::Prefix(p.to_string());
    }
    Node::Word(s.to_string())
}

/// Recursive-descent parser over tokens.
struct Parser<'a> {
    toks: Vec<Tok>,
    pos: usize,
    implicit_and: bool,
    decomp: &'a Decompounder,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.peek(), Some(Tok::Bare(s)) if s == op)
    }

    fn or_expr(&mut self) -> Option<Node> {
        let mut items = Vec::new();
        items.extend(self.and_expr());
        while self.is_op("OR") {
            self.pos += 1;
            items.extend(self.and_expr());
        }
        combine(items, Node::Or)
    }

    fn and_expr(&mut self) -> Option<Node> {
        let mut items = Vec::new();
        loop {
            match self.peek() {
                None | Some(Tok::Close) => break,
                Some(Tok::Bare(s)) if s == "OR" => break,
                Some(Tok::Bare(s)) if s == "AND" => self.pos += 1,
                _ => items.extend(self.unary()),
            }
        }
        // function words count only when nothing else is searched for
        let is_stop = |n: &Node| matches!(n, Node::Word(w) if self.decomp.is_stopword(&fold(w)));
        if items
            .iter()
            .any(|n| !is_stop(n) && !matches!(n, Node::Not(_)))
        {
            items.retain(|n| !is_stop(n));
        }
        if self.implicit_and {
            return combine(items, Node::And);
        }
        let (nots, positives): (Vec<Node>, Vec<Node>) =
            items.into_iter().partition(|n| matches!(n, Node::Not(_)));
        let mut all: Vec<Node> = combine(positives, Node::Or).into_iter().collect();
        all.extend(nots);
        combine(all, Node::And)
    }

    fn unary(&mut self) -> Option<Node> {
        if self.is_op("NOT") {
            self.pos += 1;
            return self.unary().map(|n| Node::Not(Box::new(n)));
        }
        if let Some(Tok::Bare(s)) = self.peek()
            && let Some(rest) = s.strip_prefix('-')
        {
            let rest = rest.to_string();
            self.pos += 1;
            let inner = if rest.is_empty() {
                self.atom()
            } else {
                self.bare_or_field(&rest)
            };
            return inner.map(|n| Node::Not(Box::new(n)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Option<Node> {
        let tok = self.peek()?.clone();
        self.pos += 1;
        match tok {
            Tok::Open => {
                let n = self.or_expr();
                if matches!(self.peek(), Some(Tok::Close)) {
                    self.pos += 1;
                }
                n
            }
            Tok::Close => None,
            Tok::Quoted(s) => Some(Node::Phrase(s)),
            Tok::Bare(s) => self.bare_or_field(&s),
        }
    }

    fn bare_or_field(&mut self, s: &str) -> Option<Node> {
        if let Some((name, value)) = s.split_once(':') {
            let name = name.to_lowercase();
            if FIELDS.contains(&name.as_str()) {
                let value = if value.is_empty() {
                    match self.peek().cloned() {
                        Some(Tok::Quoted(q)) => {
                            self.pos += 1;
                            Node::Phrase(q)
                        }
                        Some(Tok::Bare(b)) => {
                            self.pos += 1;
                            bare(&b)
                        }
                        _ => return None,
                    }
                } else {
                    bare(value)
                };
                return Some(Node::Field(name, Box::new(value)));
            }
        }
        if s.is_empty() {
            return None;
        }
        Some(bare(s))
    }
}

/// One node from several: none, the only one, or `wrap(all)`.
fn combine(mut items: Vec<Node>, wrap: fn(Vec<Node>) -> Node) -> Option<Node> {
    match items.len() {
        0 => None,
        1 => items.pop(),
        _ => Some(wrap(items)),
    }
}

/// Longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;
/// Deepest nesting accepted: parentheses, and `NOT`s in a row, together.
pub const MAX_QUERY_DEPTH: usize = 16;

/// Refuse a query longer than [`MAX_QUERY_CHARS`] or nested deeper than [`MAX_QUERY_DEPTH`]
/// before it is parsed, so that no query makes the parser or the search recurse without end.
pub fn check(query: &str) -> Result<(), IndexError> {
    let chars = query.chars().count();
    if chars > MAX_QUERY_CHARS {
        return Err(IndexError::Query(format!(
            "the query has {chars} characters, at most {MAX_QUERY_CHARS} are allowed"
        )));
    }
    let (mut groups, mut nots, mut deepest) = (Vec::new(), 0usize, 0usize);
    for tok in split(query) {
        match tok {
            Tok::Open => {
                groups.push(1 + nots);
                nots = 0;
            }
            Tok::Close => {
                groups.pop();
                nots = 0;
            }
            Tok::Bare(s) if s == "NOT" || s.starts_with('-') => nots += 1,
            _ => nots = 0,
        }
        deepest = deepest.max(groups.iter().sum::<usize>() + nots);
    }
    if deepest > MAX_QUERY_DEPTH {
        return Err(IndexError::Query(format!(
            "the query is nested {deepest} levels deep (parentheses and NOT), at most {MAX_QUERY_DEPTH} are allowed"
        )));
    }
    Ok(())
}

/// Parse a query; `implicit_and` decides how words without an operator combine.
pub fn parse(query: &str, implicit_and: bool, decomp: &Decompounder) -> Option<Node> {
    let mut p = Parser {
        toks: lex(query),
        pos: 0,
        implicit_and,
        decomp,
    };
    let mut items = Vec::new();
    while p.pos < p.toks.len() {
        match p.or_expr() {
            Some(n) => items.push(n),
            None => p.pos += 1, // stray `)`
        }
    }
    combine(items, Node::And)
}

/// True when the query is two or more plain words without operators, fields or phrases
/// (such a query falls back to "any word" when "all words" finds nothing).
pub fn is_plain_words(query: &str) -> bool {
    let toks = lex(query);
    toks.len() >= 2
        && toks.iter().all(|t| match t {
            Tok::Bare(s) => {
                !matches!(s.as_str(), "AND" | "OR" | "NOT")
                    && !s.starts_with('-')
                    && !s.contains(':')
            }
            _ => false,
        })
}

/// Weight of compound parts (`Schul` in `Gesamtschule`) relative to a stem in the text.
const PARTS_BOOST: f32 = 1.2;
/// Shortest word (characters) that is corrected as a typo.
const MIN_TYPO_WORD: usize = 5;
/// Weight of the corrected word of a typo.
const TYPO_BOOST: f32 = 0.8;

/// Edits allowed when correcting a typo: one, two for long words.
fn typo_distance(word: &str) -> u8 {
    if word.chars().count() >= 8 { 2 } else { 1 }
}

/// Words allowed between the separated parts of a compound query word.
const PART_SLOP: u32 = 3;
/// Weight of a synonym relative to the word searched for.
const SYNONYM_BOOST: f32 = 0.5;
/// Weight of a hyphenated query compound written in one word (`Kitagebühren` for `Kita-Gebühren`).
const JOINED_BOOST: f32 = 0.9;
/// Weight of the parts of a hyphenated query word found as separate words anywhere.
const APART_BOOST: f32 = 0.3;
/// Shortest piece of a hyphenated query word that is searched as a compound part (`E-Mail` is
/// only a phrase or `email`: a lone `e` is in every paper).
const MIN_HYPHEN_PART: usize = 3;

/// True for a query word of letters joined by hyphens (`Kita-Gebühren`, `E-Akte`), not a
/// number (`2023-24`) or other punctuation.
fn is_hyphen_compound(w: &str) -> bool {
    w.contains('-')
        && w.split('-')
            .all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
}

/// The words of a query made only of plain words (no operators, fields, phrases, numbers).
pub fn plain_words(node: &Node) -> Option<Vec<&str>> {
    match node {
        Node::Word(w) => Some(vec![w.as_str()]),
        Node::And(items) | Node::Or(items) => items
            .iter()
            .map(|n| match n {
                Node::Word(w) => Some(w.as_str()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// Documents matching `q`, scored higher when they also match `bonus`.
pub fn with_bonus(q: Box<dyn Query>, bonus: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, q),
        (Occur::Should, bonus),
    ]))
}

/// Which text fields a word is searched in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    All,
    Title,
}

/// Turns [`Node`]s into tantivy queries and collects the terms to highlight.
pub struct Builder<'a> {
    /// Field handles.
    pub fields: &'a Fields,
    /// The searcher (for document frequencies).
    pub searcher: &'a tantivy::Searcher,
    /// The compound splitter.
    pub decomp: &'a Decompounder,
    /// Synonym groups.
    pub synonyms: &'a Synonyms,
    /// Terms to highlight in snippets.
    pub highlights: Highlights,
}

fn term(field: Field, text: &str) -> Term {
    Term::from_field_text(field, text)
}

fn boosted(q: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(q, boost))
}

fn term_q(field: Field, text: &str, boost: f32) -> Box<dyn Query> {
    boosted(
        Box::new(TermQuery::new(
            term(field, text),
            IndexRecordOption::WithFreqs,
        )),
        boost,
    )
}

fn regex_q(field: Field, pattern: &str) -> Result<Box<dyn Query>, IndexError> {
    RegexQuery::from_pattern(pattern, field)
        .map(|q| Box::new(q) as Box<dyn Query>)
        .map_err(|e| IndexError::Query(e.to_string()))
}

fn should(qs: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        qs.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

impl Builder<'_> {
    /// Document frequency of a term (0 on error).
    fn df(&self, field: Field, text: &str) -> u64 {
        self.searcher.doc_freq(&term(field, text)).unwrap_or(0)
    }

    /// The most frequent indexed word within the typo distance of `word`, if any.
    fn correct(&self, word: &str) -> Option<String> {
        let mut counts: std::collections::HashMap<String, u64> = Default::default();
        // words as written, and compound parts (`breitband` only occurs inside compounds)
        for field in [self.fields.body_exact, self.fields.parts] {
            self.count_near(field, word, &mut counts);
        }
        counts
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
            .map(|(w, _)| w)
    }

    /// Add the document frequency of every term of `field` within the typo distance of `word`.
    fn count_near(
        &self,
        field: Field,
        word: &str,
        counts: &mut std::collections::HashMap<String, u64>,
    ) {
        let fuzzy = FuzzyTermQuery::new(term(field, word), typo_distance(word), true);
        for segment in self.searcher.segment_readers() {
            let (Ok(inverted), Ok(automaton)) = (segment.inverted_index(field), fuzzy.automaton())
            else {
                continue;
            };
            let Ok(mut stream) = inverted.terms().search(automaton).into_stream() else {
                continue;
            };
            while stream.advance() {
                if let Ok(t) = std::str::from_utf8(stream.key()) {
                    *counts.entry(t.to_string()).or_default() += u64::from(stream.value().doc_freq);
                }
            }
        }
    }

    /// Build the query of a node.
    pub fn build(&mut self, node: &Node) -> Result<Box<dyn Query>, IndexError> {
        self.node(node, Scope::All, false)
    }

    fn node(
        &mut self,
        node: &Node,
        scope: Scope,
        negated: bool,
    ) -> Result<Box<dyn Query>, IndexError> {
        Ok(match node {
            Node::Word(w) => self.word(w, scope, negated),
            Node::Phrase(p) => self.phrase(p, scope, negated, true),
            Node::Prefix(p) => self.prefix(p, scope, negated)?,
            Node::Ref(r) => self.reference(r, negated),
            Node::RefPrefix(r) => self.reference_prefix(r)?,
            Node::Field(name, value) => self.field(name, value, negated)?,
            Node::And(items) => self.all_of(items, scope, negated)?,
            Node::Or(items) => {
                let mut qs = Vec::new();
                for item in items {
                    qs.push(self.node(item, scope, negated)?);
                }
                should(qs)
            }
            Node::Not(inner) => Box::new(BooleanQuery::new(vec![
                (Occur::Must, Box::new(AllQuery) as Box<dyn Query>),
                (Occur::MustNot, self.node(inner, scope, !negated)?),
            ])),
        })
    }

    /// Every item (`Not` items excluded), or what the plain words together are a synonym of
    /// (`elektronische Akte` ~ `eAkte`).
    fn all_of(
        &mut self,
        items: &[Node],
        scope: Scope,
        negated: bool,
    ) -> Result<Box<dyn Query>, IndexError> {
        let mut clauses = Vec::new();
        let mut positive = false;
        for item in items {
            if let Node::Not(inner) = item {
                clauses.push((Occur::MustNot, self.node(inner, scope, !negated)?));
            } else {
                positive = true;
                clauses.push((Occur::Must, self.node(item, scope, negated)?));
            }
        }
        if !positive {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        let all: Box<dyn Query> = Box::new(BooleanQuery::new(clauses));
        let plain: Option<Vec<&str>> = items
            .iter()
            .map(|n| match n {
                Node::Word(w) => Some(w.as_str()),
                _ => None,
            })
            .collect();
        let synonyms = plain
            .map(|ws| self.synonyms.of(&ws.join(" ")))
            .unwrap_or_default();
        if synonyms.is_empty() {
            return Ok(all);
        }
        let mut qs = vec![all];
        for syn in synonyms {
            qs.push(self.synonym(syn, scope, negated));
        }
        Ok(should(qs))
    }

    /// A synonym of what is searched, weighted below it.
    fn synonym(&mut self, syn: &str, scope: Scope, negated: bool) -> Box<dyn Query> {
        let q = if words(syn).count() > 1 {
            self.phrase(syn, scope, negated, false)
        } else {
            self.single_word(syn, scope, negated, false)
        };
        boosted(q, SYNONYM_BOOST)
    }

    fn word(&mut self, w: &str, scope: Scope, negated: bool) -> Box<dyn Query> {
        let ws: Vec<&str> = words(w).map(|x| x.text).collect();
        match ws.as_slice() {
            [] => Box::new(EmptyQuery),
            [one] => self.single_word(one, scope, negated, true),
            _ if is_hyphen_compound(w) => self.hyphen_compound(w, &ws, scope, negated),
            _ => self.phrase(w, scope, negated, true),
        }
    }

    /// A hyphenated compound (`Kita-Gebühren`) is the compound however a paper writes it: as
    /// typed (a phrase), in one word (`Kitagebühren`), or by its parts (`Gebühren der Kita`),
    /// weighted in that order.
    fn hyphen_compound(
        &mut self,
        w: &str,
        ws: &[&str],
        scope: Scope,
        negated: bool,
    ) -> Box<dyn Query> {
        let mut qs = vec![self.phrase(w, scope, negated, true)];
        let joined = ws.concat();
        qs.push(boosted(
            self.single_word(&joined, scope, negated, false),
            JOINED_BOOST,
        ));
        if scope == Scope::All && ws.iter().all(|p| p.chars().count() >= MIN_HYPHEN_PART) {
            let parts: Vec<String> = ws.iter().map(|p| fold(p)).collect();
            qs.extend(self.compound(&parts, negated));
            // weakest: each part as a word of its own, with its synonyms (`Kindertagesstätte`
            // for `Kita`), as if typed apart
            let apart = ws
                .iter()
                .map(|p| (Occur::Must, self.single_word(p, scope, negated, true)))
                .collect();
            qs.push(boosted(Box::new(BooleanQuery::new(apart)), APART_BOOST));
        }
        Box::new(DisjunctionMaxQuery::with_tie_breaker(qs, 0.1))
    }

    fn single_word(
        &mut self,
        w: &str,
        scope: Scope,
        negated: bool,
        expand: bool,
    ) -> Box<dyn Query> {
        let f = self.fields;
        let exact = fold(w);
        let st = stem(w);
        if !negated {
            self.highlights.exact.insert(exact.clone());
            self.highlights.stems.insert(st.clone());
            if expand {
                // typed by the user (a synonym is searched with `expand` off)
                self.highlights.typed.insert(exact.clone());
                self.highlights.typed.insert(st.clone());
            }
        }
        let mut qs = vec![
            term_q(f.title_exact, &exact, 4.0),
            term_q(f.title_stem, &st, 3.0),
            term_q(f.title_parts, &st, 2.0),
        ];
        if scope == Scope::Title {
            return Box::new(DisjunctionMaxQuery::with_tie_breaker(qs, 0.1));
        }
        qs.push(term_q(f.body_exact, &exact, 2.0));
        qs.push(term_q(f.body_stem, &st, 1.5));
        qs.push(term_q(f.parts, &st, PARTS_BOOST));
        let known = |p: &str| self.df(f.body_exact, p) > 0;
        let split = self.decomp.split(&exact, &known);
        if let Some(parts) = &split {
            qs.extend(self.compound(parts, negated));
        }
        let synonyms = if expand {
            self.synonyms.of(w)
        } else {
            Vec::new()
        };
        for syn in &synonyms {
            qs.push(self.synonym(syn, scope, negated));
        }
        let unknown = expand
            && synonyms.is_empty()
            && split.is_none()
            && self.df(f.body_exact, &exact) == 0
            && self.df(f.body_stem, &st) == 0
            && self.df(f.parts, &st) == 0
            && self.df(f.title_exact, &exact) == 0;
        if unknown && let Some(q) = self.typo(&exact, scope, negated) {
            qs.push(q);
        }
        Box::new(DisjunctionMaxQuery::with_tie_breaker(qs, 0.1))
    }

    /// A compound searched by its parts: every part inside the document's compounds, or two
    /// parts as words close together; weakest, every part somewhere in the document.
    fn compound(&mut self, parts: &[String], negated: bool) -> Vec<Box<dyn Query>> {
        let f = self.fields;
        let stems: Vec<String> = parts.iter().map(|p| stem(p)).collect();
        if !negated {
            self.highlights.parts.push(stems.clone());
        }
        // every part inside the document's compounds (part synonyms allowed) ...
        let mut must = Vec::new();
        for (p, ps) in parts.iter().zip(&stems) {
            let mut alternatives = vec![term_q(f.parts, ps, 1.0)];
            for syn in self.synonyms.of(p) {
                if words(syn).count() == 1 {
                    alternatives.push(term_q(f.parts, &stem(syn), SYNONYM_BOOST));
                }
            }
            must.push((Occur::Must, should(alternatives)));
        }
        let mut alternatives: Vec<Box<dyn Query>> = vec![Box::new(BooleanQuery::new(must))];
        // ... or two parts as separate words close together (`Ausbau der Glasfaser`)
        if let [a, b] = stems.as_slice() {
            for (x, y) in [(a, b), (b, a)] {
                alternatives.push(Box::new(PhraseQuery::new_with_offset_and_slop(
                    vec![(0, term(f.body_stem, x)), (1, term(f.body_stem, y))],
                    PART_SLOP,
                )));
            }
        }
        // weakest evidence: every part somewhere in the document
        let loose = stems
            .iter()
            .map(|ps| {
                let q = should(vec![term_q(f.body_stem, ps, 1.0), term_q(f.parts, ps, 1.0)]);
                (Occur::Must, q)
            })
            .collect();
        vec![
            boosted(should(alternatives), 0.4),
            boosted(Box::new(BooleanQuery::new(loose)), 0.3),
        ]
    }

    /// A word no document has is probably a typo: the most frequent word within one or two
    /// edits, weighted below a word found as typed.
    fn typo(&mut self, exact: &str, scope: Scope, negated: bool) -> Option<Box<dyn Query>> {
        if exact.chars().count() < MIN_TYPO_WORD || exact.chars().any(|c| c.is_ascii_digit()) {
            return None;
        }
        let corrected = self.correct(exact)?;
        if !negated {
            self.highlights
                .fuzzy
                .push((exact.to_string(), typo_distance(exact)));
        }
        let q = self.single_word(&corrected, scope, negated, true);
        Some(boosted(q, TYPO_BOOST))
    }

    fn phrase(&mut self, p: &str, scope: Scope, negated: bool, expand: bool) -> Box<dyn Query> {
        let ws: Vec<&str> = words(p).map(|x| x.text).collect();
        if ws.len() < 2 {
            return match ws.first() {
                Some(w) => self.single_word(w, scope, negated, true),
                None => Box::new(EmptyQuery),
            };
        }
        let f = self.fields;
        let exact: Vec<String> = ws.iter().map(|w| fold(w)).collect();
        let stems: Vec<String> = ws.iter().map(|w| stem(w)).collect();
        // a phrase the user typed marks its words; a synonym phrase (`expand` off) marks
        // nothing, so that `E-Government` for `Digitalisierung` does not mark every `E`
        if !negated && expand {
            self.highlights.exact.extend(exact.iter().cloned());
            self.highlights.stems.extend(stems.iter().cloned());
            self.highlights.typed.extend(exact.iter().cloned());
            self.highlights.typed.extend(stems.iter().cloned());
        }
        let phrase = |field: Field, ts: &[String], boost: f32| {
            boosted(
                Box::new(PhraseQuery::new(
                    ts.iter().map(|t| term(field, t)).collect(),
                )),
                boost,
            )
        };
        let mut qs = vec![
            phrase(f.title_exact, &exact, 4.0),
            phrase(f.title_stem, &stems, 3.0),
        ];
        if scope == Scope::All {
            qs.push(phrase(f.body_exact, &exact, 2.0));
            qs.push(phrase(f.body_stem, &stems, 1.5));
        }
        if expand {
            for syn in self.synonyms.of(p) {
                qs.push(self.synonym(syn, scope, negated));
            }
        }
        Box::new(DisjunctionMaxQuery::with_tie_breaker(qs, 0.1))
    }

    fn prefix(
        &mut self,
        p: &str,
        scope: Scope,
        negated: bool,
    ) -> Result<Box<dyn Query>, IndexError> {
        let f = self.fields;
        let folded = fold(p);
        if folded.chars().count() < 2 || !folded.chars().all(char::is_alphanumeric) {
            return Err(IndexError::Query(format!(
                "prefix {p:?}*: needs at least two letters"
            )));
        }
        if !negated {
            self.highlights.prefixes.push(folded.clone());
        }
        let pattern = format!("{}.*", regex::escape(&folded));
        let mut qs = vec![boosted(regex_q(f.title_exact, &pattern)?, 2.0)];
        if scope == Scope::All {
            qs.push(regex_q(f.body_exact, &pattern)?);
            qs.push(boosted(regex_q(f.parts, &pattern)?, 0.5));
        }
        Ok(Box::new(DisjunctionMaxQuery::with_tie_breaker(qs, 0.1)))
    }

    /// Every Drucksachen-Nr. starting with `r`: `1254/2*` also matches `VO/1254/21`, `VO/12*`
    /// only numbers with that prefix.
    fn reference_prefix(&self, r: &str) -> Result<Box<dyn Query>, IndexError> {
        let norm = regex::escape(&drucksache::key(r));
        let core = regex::escape(&drucksache::core(r));
        let mut qs = vec![regex_q(self.fields.ds_norm, &format!("{norm}.*"))?];
        if !core.is_empty() && r.starts_with(|c: char| c.is_ascii_digit()) {
            qs.push(regex_q(self.fields.ds_core, &format!("{core}.*"))?);
        }
        Ok(boosted(should(qs), 10.0))
    }

    /// A Drucksachen-Nr.: the document with it (whole, without its letter prefix, or a part
    /// of it), and documents citing it.
    fn reference(&mut self, r: &str, negated: bool) -> Box<dyn Query> {
        let f = self.fields;
        let key = drucksache::key(r);
        let core = drucksache::core(r);
        let mut qs = vec![term_q(f.ds_norm, &key, 50.0), term_q(f.ds_part, &key, 20.0)];
        if !core.is_empty() {
            qs.push(term_q(f.ds_core, &core, 30.0));
        }
        // documents that cite the number in their text
        let exact: Vec<String> = words(r).map(|w| fold(w.text)).collect();
        if !negated {
            self.highlights.exact.extend(exact.iter().cloned());
        }
        match exact.as_slice() {
            [] => {}
            [one] => {
                qs.push(term_q(f.title_exact, one, 2.0));
                qs.push(term_q(f.body_exact, one, 1.0));
            }
            _ => qs.push(Box::new(PhraseQuery::new(
                exact.iter().map(|t| term(f.body_exact, t)).collect(),
            ))),
        }
        should(qs)
    }

    fn field(
        &mut self,
        name: &str,
        value: &Node,
        negated: bool,
    ) -> Result<Box<dyn Query>, IndexError> {
        let f = self.fields;
        let text = match value {
            Node::Word(s)
            | Node::Phrase(s)
            | Node::Prefix(s)
            | Node::Ref(s)
            | Node::RefPrefix(s) => s.clone(),
            _ => String::new(),
        };
        let contains = |field: Field| {
            regex_q(
                field,
                &format!(".*{}.*", regex::escape(&text.to_lowercase())),
            )
        };
        Ok(match name {
            "title" | "betreff" => self.node(value, Scope::Title, negated)?,
            "committee" | "gremium" => contains(f.committee_lc)?,
            "department" | "amt" => contains(f.department_lc)?,
            "originator" | "urheber" => contains(f.originator_lc)?,
            "theme" | "thema" => term_q(f.theme, &text.to_lowercase(), 1.0),
            "klimacheck" => term_q(f.klimacheck, &text.to_lowercase(), 1.0),
            "year" => term_q(f.year, &text, 1.0),
            "type" | "typ" => {
                let t = DocType::parse(&text)
                    .ok_or_else(|| IndexError::Query(format!("unknown document type {text:?}")))?;
                term_q(f.doc_type, t.as_str(), 1.0)
            }
            "drucksache" | "ds" => match value {
                Node::Prefix(s) | Node::RefPrefix(s) => {
                    self.node(&Node::RefPrefix(s.clone()), Scope::All, negated)?
                }
                _ => self.reference(&text, negated),
            },
            _ => return Err(IndexError::Query(format!("unknown field {name:?}"))),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(q: &str) -> Option<Node> {
        parse(q, true, &Decompounder::embedded())
    }

    fn w(s: &str) -> Node {
        Node::Word(s.into())
    }

    #[test]
    fn bounds_length_and_nesting() {
        assert!(check("Schule AND (Digitalisierung OR Breitband) NOT Kita").is_ok());
        assert!(check(&format!("{}x{}", "(".repeat(16), ")".repeat(16))).is_ok());
        assert!(check(&format!("{}x", "(".repeat(17))).is_err());
        assert!(check(&format!("{}x", "NOT ".repeat(17))).is_err());
        assert!(check(&format!("{}x", "NOT (".repeat(9))).is_err());
        assert!(
            check("\"((((((((((((((((((\" x").is_ok(),
            "parentheses in a phrase"
        );
        assert!(check(&"a ".repeat(501)).is_err());
    }

    #[test]
    fn parses_operators_and_phrases() {
        assert_eq!(
            p("Schule AND (Digitalisierung OR Breitband) NOT Kita"),
            Some(Node::And(vec![
                w("Schule"),
                Node::Or(vec![w("Digitalisierung"), w("Breitband")]),
                Node::Not(Box::new(w("Kita"))),
            ]))
        );
        assert_eq!(
            p("\"elektronische Akte\" -Papier"),
            Some(Node::And(vec![
                Node::Phrase("elektronische Akte".into()),
                Node::Not(Box::new(w("Papier"))),
            ]))
        );
    }

    #[test]
    fn drops_function_words() {
        assert_eq!(
            p("Digitalisierung der Verwaltung"),
            Some(Node::And(vec![w("Digitalisierung"), w("Verwaltung")]))
        );
        assert_eq!(p("der"), Some(w("der")));
    }

    #[test]
    fn recognises_reference_numbers() {
        assert_eq!(p("VO/1254/21"), Some(Node::Ref("VO/1254/21".into())));
        assert_eq!(p("VO / 1254 / 21"), Some(Node::Ref("VO/1254/21".into())));
        assert_eq!(p("1254/21"), Some(Node::Ref("1254/21".into())));
        assert_eq!(p("VO/12*"), Some(Node::RefPrefix("VO/12".into())));
        assert_eq!(p("digitalis*"), Some(Node::Prefix("digitalis".into())));
        assert_eq!(p("2023"), Some(w("2023")));
        assert_eq!(p("DS 17/1234"), Some(Node::Ref("DS 17/1234".into())));
        assert_eq!(
            p("20-26 / V 02232 Zuschuss"),
            Some(Node::And(vec![
                Node::Ref("20-26/V 02232".into()),
                w("Zuschuss")
            ]))
        );
        assert_eq!(p("01203"), Some(Node::Ref("01203".into())));
        assert_eq!(
            p("Haushalt 2023"),
            Some(Node::And(vec![w("Haushalt"), w("2023")]))
        );
    }

    /// Every number of the truth files is one reference token, as printed.
    #[test]
    fn every_labelled_number_is_one_reference() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seen = 0;
        for file in [
            "corpus/truth.jsonl",
            "tests/fixtures/templates/truth.jsonl",
            "tests/fixtures/lookalike/truth.jsonl",
        ] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let row: serde_json::Value = serde_json::from_str(line).unwrap();
                if let Some(n) = row["drucksache"].as_str() {
                    let expected = SLASH.replace_all(n, "/").into_owned();
                    assert_eq!(p(n), Some(Node::Ref(expected)), "{file}: {n}");
                    seen += 1;
                }
            }
        }
        assert!(seen >= 50, "only {seen} numbers in the truth files");
    }

    #[test]
    fn parses_fields() {
        assert_eq!(
            p("title:Breitband committee:\"Rat der Stadt\""),
            Some(Node::And(vec![
                Node::Field("title".into(), Box::new(w("Breitband"))),
                Node::Field(
                    "committee".into(),
                    Box::new(Node::Phrase("Rat der Stadt".into()))
                ),
            ]))
        );
        assert_eq!(p("foo:bar"), Some(w("foo:bar")));
    }

    #[test]
    fn plain_word_queries() {
        assert!(is_plain_words("Hallenbad Sanierung"));
        assert!(!is_plain_words("Hallenbad"));
        assert!(!is_plain_words("Hallenbad OR Sanierung"));
        assert!(!is_plain_words("\"Hallenbad Sanierung\""));
    }

    #[test]
    fn implicit_or_mode() {
        let d = Decompounder::embedded();
        assert_eq!(
            parse("Hallenbad Sanierung", false, &d),
            Some(Node::Or(vec![w("Hallenbad"), w("Sanierung")]))
        );
    }
}
