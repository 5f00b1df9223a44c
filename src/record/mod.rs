//! The document record: one serde type shared by `extract --json`, `show --json`, the index and
//! every export, with the concepts it is made of — the Drucksachen-Nr. ([`drucksache`]) and the
//! filters that select records ([`filters`]).

pub mod drucksache;
pub mod filters;
pub mod path;

pub use drucksache::Drucksache;
pub use filters::Filters;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A calendar date (serialised as ISO `YYYY-MM-DD`).
pub type Date = jiff::civil::Date;

/// Everything ratsdex knows about one document.
///
/// Serialised flat: the keys of [`Metadata`] sit beside `path`, `themes` and the file facts.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// The PDF's identity: its canonical path (absolute, symlinks resolved), lossless for
    /// names that are not UTF-8 (see [`path`]).
    pub path: String,
    /// What the metadata stage read from the document.
    #[serde(flatten)]
    pub meta: Metadata,
    /// Theme ids, best first (at most 3).
    pub themes: Vec<String>,
    /// Score per assigned theme id.
    pub theme_scores: BTreeMap<String, f64>,
    /// Number of pages.
    pub pages: usize,
    /// Pages whose text came from OCR.
    #[serde(default)]
    pub ocr_pages: usize,
    /// blake3 hash of the file's bytes (hex).
    pub hash: String,
    /// File size in bytes.
    pub size: u64,
    /// The path of the original of identical content (the first canonical path in byte
    /// order of those with the same content), when this is not it.
    pub duplicate_of: Option<String>,
}

/// What the metadata stage reads from a document's text layer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Metadata {
    /// The document's own Drucksachen-Nr. (`VO/1254/21`).
    pub drucksache: Option<Drucksache>,
    /// Canonical document type.
    pub doc_type: Option<DocType>,
    /// The document type as printed (`Vorlage zur Kenntnisnahme`).
    pub doc_type_printed: Option<String>,
    /// The document's own date.
    pub date: Option<Date>,
    /// Betreff / subject.
    pub title: Option<String>,
    /// öffentlich (true) / nichtöffentlich (false); None when unstated.
    pub public: Option<bool>,
    /// Amt / Ressort / Fachbereich as printed (the administrative unit that wrote the paper).
    pub department: Option<String>,
    /// Who filed the paper when it is not the administration, as printed (`SPD-Fraktion im
    /// Stadtrat`, `Stadtteilbeirat Büchenbach`, `Die Oberbürgermeisterin`); None for
    /// administration papers.
    #[serde(default)]
    pub originator: Option<String>,
    /// The Beratungsfolge.
    pub consultations: Vec<Consultation>,
    /// Climate impact as ticked in the Klimacheck section; None when there is no such section.
    pub klimacheck: Option<Klimacheck>,
    /// For an Antwort or Stellungnahme: the Drucksachen-Nr. of the paper it answers, as printed.
    #[serde(default)]
    pub answers: Option<String>,
    /// Other Drucksachen the document cites.
    pub references: Vec<String>,
    /// Euro amounts stated in the document's financial section.
    pub amounts: Vec<Amount>,
    /// Problems met while reading the document (in a record: of every stage).
    pub warnings: Vec<String>,
}

/// Canonical document types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum DocType {
    /// Beschlussvorlage: the administration asks a body to decide.
    Beschlussvorlage,
    /// Mitteilungsvorlage (Informationsvorlage, Mitteilung, Bericht): for information only.
    Mitteilungsvorlage,
    /// Antrag (Dringlichkeitsantrag, Änderungsantrag): a motion by members or groups.
    Antrag,
    /// Anfrage: a question by members or groups.
    Anfrage,
    /// Ergänzungsvorlage (Änderungsvorlage, Neufassung, Tischvorlage): amends an earlier Vorlage.
    #[serde(rename = "Ergänzungsvorlage")]
    Ergaenzungsvorlage,
    /// Antwort (Beantwortung): the administration's answer to an Anfrage or Antrag.
    Antwort,
    /// Stellungnahme (Empfehlung): an opinion on a matter by a Beirat, Bezirksausschuss, office.
    Stellungnahme,
    /// Niederschrift (Protokoll): the minutes of a session.
    Niederschrift,
    /// Einladung (Tagesordnung): the invitation to a session with its agenda.
    Einladung,
    /// Gesetzentwurf: a draft law (Landtag, Bürgerschaft).
    Gesetzentwurf,
    /// Schreiben (Brief): a letter without the character of another type.
    Schreiben,
}

impl DocType {
    /// All types, in a stable order.
    pub const ALL: [DocType; 11] = [
        DocType::Beschlussvorlage,
        DocType::Mitteilungsvorlage,
        DocType::Antrag,
        DocType::Anfrage,
        DocType::Ergaenzungsvorlage,
        DocType::Antwort,
        DocType::Stellungnahme,
        DocType::Niederschrift,
        DocType::Einladung,
        DocType::Gesetzentwurf,
        DocType::Schreiben,
    ];

    /// The canonical German name.
    pub fn as_str(self) -> &'static str {
        match self {
            DocType::Beschlussvorlage => "Beschlussvorlage",
            DocType::Mitteilungsvorlage => "Mitteilungsvorlage",
            DocType::Antrag => "Antrag",
            DocType::Anfrage => "Anfrage",
            DocType::Ergaenzungsvorlage => "Ergänzungsvorlage",
            DocType::Antwort => "Antwort",
            DocType::Stellungnahme => "Stellungnahme",
            DocType::Niederschrift => "Niederschrift",
            DocType::Einladung => "Einladung",
            DocType::Gesetzentwurf => "Gesetzentwurf",
            DocType::Schreiben => "Schreiben",
        }
    }

    /// Every canonical name, joined with `, ` (for messages and `--help`).
    pub fn names() -> String {
        DocType::ALL.map(DocType::as_str).join(", ")
    }

    /// True for papers filed by someone outside the administration (Fraktion, Beirat, members):
    /// their sender is an originator, never a department.
    pub fn is_filed_from_outside(self) -> bool {
        matches!(
            self,
            DocType::Antrag | DocType::Anfrage | DocType::Stellungnahme
        )
    }

    /// Parse a canonical name, case-insensitively (`ergaenzungsvorlage` also accepted).
    pub fn parse(s: &str) -> Option<DocType> {
        let s = s.trim().to_lowercase().replace("ae", "ä");
        DocType::ALL
            .into_iter()
            .find(|t| t.as_str().to_lowercase() == s)
    }
}

impl fmt::Display for DocType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The climate impact marked in a document's Klimacheck section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Klimacheck {
    /// No or no relevant climate impact.
    Neutral,
    /// Positive climate impact.
    Positive,
    /// Negative climate impact.
    Negative,
}

impl Klimacheck {
    /// All values, in a stable order.
    pub const ALL: [Klimacheck; 3] = [
        Klimacheck::Neutral,
        Klimacheck::Positive,
        Klimacheck::Negative,
    ];

    /// Lower-case name as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Klimacheck::Neutral => "neutral",
            Klimacheck::Positive => "positive",
            Klimacheck::Negative => "negative",
        }
    }

    /// German word (`neutral`, `positiv`, `negativ`).
    pub fn as_german(self) -> &'static str {
        match self {
            Klimacheck::Neutral => "neutral",
            Klimacheck::Positive => "positiv",
            Klimacheck::Negative => "negativ",
        }
    }

    /// A Klimacheck value from a word: `neutral`, `positive`/`positiv` or `negative`/`negativ`,
    /// English or German, any letter case, surrounding space ignored. The one home for this
    /// reading — truth rows, the `--klimacheck` filter and the web page's words all use it.
    pub fn parse(s: &str) -> Option<Klimacheck> {
        let s = s.trim();
        Klimacheck::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s) || k.as_german().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Klimacheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One step of the Beratungsfolge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consultation {
    /// The committee (Gremium) as printed.
    pub committee: String,
    /// Session date, if printed.
    pub date: Option<Date>,
    /// What the committee does with the document.
    pub role: Option<Role>,
}

/// The role of a committee in the Beratungsfolge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// Entscheidung: the committee decides.
    Entscheidung,
    /// Vorberatung: the committee advises before the deciding body.
    Vorberatung,
    /// Kenntnisnahme: for information.
    Kenntnisnahme,
    /// Anhörung: the body is heard.
    #[serde(rename = "Anhörung")]
    Anhoerung,
    /// Beschluss / Beschlussfassung.
    Beschluss,
}

impl Role {
    /// The German name as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Entscheidung => "Entscheidung",
            Role::Vorberatung => "Vorberatung",
            Role::Kenntnisnahme => "Kenntnisnahme",
            Role::Anhoerung => "Anhörung",
            Role::Beschluss => "Beschluss",
        }
    }
}

/// A euro amount found in the document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Amount {
    /// Value in euros.
    pub value: f64,
    /// The amount as printed (`1.250.000 €`).
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::Klimacheck;

    #[test]
    fn klimacheck_from_an_english_or_german_word_in_any_case() {
        // Truth rows of the text sets write either language (`positive` or `positiv`).
        for (word, k) in [
            ("neutral", Klimacheck::Neutral),
            ("Neutral", Klimacheck::Neutral),
            ("positive", Klimacheck::Positive),
            ("positiv", Klimacheck::Positive),
            (" POSITIV ", Klimacheck::Positive),
            ("negative", Klimacheck::Negative),
            ("Negativ", Klimacheck::Negative),
        ] {
            assert_eq!(Klimacheck::parse(word), Some(k), "{word}");
        }
        for word in ["", "keine", "ja", "positiver", "pos"] {
            assert_eq!(Klimacheck::parse(word), None, "{word}");
        }
        for k in Klimacheck::ALL {
            assert_eq!(Klimacheck::parse(k.as_german()), Some(k));
            assert_eq!(Klimacheck::parse(k.as_str()), Some(k));
        }
    }
}
