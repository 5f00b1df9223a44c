//! Text analysis: word splitting, umlaut folding, German stemming, and the tantivy tokenizers
//! built on them (registered at every open, since tantivy does not persist tokenizers).

use crate::hash::{HashMap, HashSet};
use frostem::{Algorithm, Stemmer};
use std::borrow::Cow;
use std::sync::OnceLock;
use tantivy::tokenizer::{
    LowerCaser, TextAnalyzer, Token, TokenStream, Tokenizer, WhitespaceTokenizer,
};

/// Tokenizer name of the stemmed text fields.
pub const STEM: &str = "ratsdex_de_stem";
/// Tokenizer name of the surface-form text fields (lowercased, umlauts folded).
pub const EXACT: &str = "ratsdex_de_exact";
/// Tokenizer name of the compound-parts field (pre-analysed terms separated by spaces).
pub const PLAIN: &str = "ratsdex_plain";

/// Words longer than this (in bytes) are not indexed.
const MAX_WORD_BYTES: usize = 60;

/// One word of a text with its byte range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// The word as written.
    pub text: &'a str,
}

/// The words of `text`: maximal runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = loop {
            let (i, c) = rest.next()?;
            if c.is_alphanumeric() {
                break (i, c);
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            rest.next();
        }
        let word = text.get(start..end)?;
        Some(Word {
            start,
            end,
            text: word,
        })
    })
}

/// Lower-case and fold a word (`ä→ae`, `ß→ss`, other accents dropped): the index's surface form.
pub use crate::fold::search_term as fold;

/// Words that are not stemmed (see the file for why).
const UNSTEMMED: &str = include_str!("../../data/search/unstemmed.txt");

/// Parse a one-word-per-line list (`#` comments, blank lines ignored), folded.
pub(crate) fn word_list(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect()
}

/// The folded words of [`UNSTEMMED`], built once.
fn unstemmed() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| word_list(UNSTEMMED))
}

/// The German stem of a word (lowercased; umlauts removed by the Snowball algorithm).
///
/// Participles in `-iert` are mapped to the `-ier` stem that the nouns in `-ierung` get, so
/// that `digitalisierten` and `Digitalisierung` meet. Words of `data/search/unstemmed.txt`
/// keep their folded form (`Baden` is not `Bad`).
pub fn stem(word: &str) -> String {
    let lower = word.to_lowercase();
    let key = if lower.is_ascii() {
        Cow::Borrowed(lower.as_str())
    } else {
        Cow::Owned(fold(&lower))
    };
    if unstemmed().contains(key.as_ref()) {
        return key.into_owned();
    }
    let stemmer = Stemmer::new(Algorithm::German);
    let mut s = fold(&stemmer.stem(&lower));
    if s.ends_with("iert") && s.len() > 6 {
        s.pop();
    }
    s
}

/// Which form a [`GermanTokenizer`] emits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The folded surface form.
    Exact,
    /// The stem.
    Stem,
}

/// Most stems a [`GermanTokenizer`] remembers (it forgets them all when full): a text repeats
/// its words, and so do the texts of an archive.
const STEM_MEMO: usize = 16_384;

/// A tantivy tokenizer emitting folded surface forms or stems of [`words`].
#[derive(Debug, Clone)]
pub struct GermanTokenizer {
    form: Form,
    /// Stems of words as written, computed before.
    memo: HashMap<String, String>,
}

impl GermanTokenizer {
    /// A tokenizer emitting `form`.
    pub fn new(form: Form) -> GermanTokenizer {
        GermanTokenizer {
            form,
            memo: HashMap::default(),
        }
    }

    /// [`stem`], remembered.
    fn stem(&mut self, word: &str) -> String {
        if let Some(s) = self.memo.get(word) {
            return s.clone();
        }
        if self.memo.len() >= STEM_MEMO {
            self.memo.clear();
        }
        let s = stem(word);
        self.memo.insert(word.to_string(), s.clone());
        s
    }
}

/// The token stream of a [`GermanTokenizer`] (tokens computed up front).
pub struct GermanTokenStream {
    tokens: std::vec::IntoIter<Token>,
    current: Token,
}

impl Tokenizer for GermanTokenizer {
    type TokenStream<'a> = GermanTokenStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> GermanTokenStream {
        let tokens = words(text)
            .filter(|w| w.text.len() <= MAX_WORD_BYTES)
            .enumerate()
            .map(|(position, w)| Token {
                offset_from: w.start,
                offset_to: w.end,
                position,
                text: match self.form {
                    Form::Exact => fold(w.text),
                    Form::Stem => self.stem(w.text),
                },
                position_length: 1,
            })
            .collect::<Vec<_>>();
        GermanTokenStream {
            tokens: tokens.into_iter(),
            current: Token::default(),
        }
    }
}

impl TokenStream for GermanTokenStream {
    fn advance(&mut self) -> bool {
        match self.tokens.next() {
            Some(t) => {
                self.current = t;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

/// Register the ratsdex tokenizers on an index (needed at every open).
pub fn register(index: &tantivy::Index) {
    let manager = index.tokenizers();
    manager.register(STEM, TextAnalyzer::from(GermanTokenizer::new(Form::Stem)));
    manager.register(EXACT, TextAnalyzer::from(GermanTokenizer::new(Form::Exact)));
    manager.register(
        PLAIN,
        TextAnalyzer::builder(WhitespaceTokenizer::default())
            .filter(LowerCaser)
            .build(),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_inflections_together() {
        assert_eq!(stem("Digitalisierung"), stem("digitalisierten"));
        assert_eq!(stem("Schulen"), stem("Schule"));
        assert_eq!(stem("Straße"), stem("Strasse"));
        assert_ne!(stem("Rad"), stem("Radio"));
        assert_ne!(stem("Baden"), stem("Bad"));
        assert_eq!(stem("Baden"), stem("baden"));
        assert_eq!(stem("Bäder"), stem("Bad"));
    }

    #[test]
    fn splits_words_with_offsets() {
        let w: Vec<_> = words("VO/1254/21: Glasfaser-Ausbau (5G)").collect();
        let texts: Vec<_> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["VO", "1254", "21", "Glasfaser", "Ausbau", "5G"]);
        assert_eq!((w[3].start, w[3].end), (12, 21));
    }

    #[test]
    fn tokenizer_emits_positions() {
        let mut t = GermanTokenizer::new(Form::Stem);
        let mut s = t.token_stream("Die Schulen");
        let mut out = Vec::new();
        while s.advance() {
            out.push((s.token().text.clone(), s.token().position));
        }
        assert_eq!(out, [("die".to_string(), 0), ("schul".to_string(), 1)]);
    }

    #[test]
    fn remembered_stems_are_the_stems() {
        let mut t = GermanTokenizer::new(Form::Stem);
        for word in [
            "Schulen",
            "Schulen",
            "Baden",
            "Bäder",
            "digitalisierten",
            "Baden",
        ] {
            assert_eq!(t.stem(word), stem(word));
        }
        assert_eq!(t.memo.len(), 4);
    }
}
