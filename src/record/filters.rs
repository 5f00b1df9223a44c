//! Which records a command selects: the one meaning of `--theme`, `--committee`, `--klimacheck`,
//! `--type`, `--department`, `--public`, `--from` and `--to`. The index translates a [`Filters`]
//! into a tantivy query (`index::filters`); [`Filters::matches`] applies it to records read from
//! a file (`stats --records`). Both rest on the helpers here.

use super::{Date, DocType, DocumentRecord, Klimacheck};

/// Filters shared by `search`, `export`, `stats` and `report`; a record must pass all that are set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// A theme id the record is classified under.
    pub theme: Option<String>,
    /// Text contained in the name of a committee of the Beratungsfolge (see [`contains`]).
    pub committee: Option<String>,
    /// Klimacheck value; `Some(None)` selects documents without a Klimacheck.
    pub klimacheck: Option<Option<Klimacheck>>,
    /// Document type.
    pub doc_type: Option<DocType>,
    /// Text contained in the department (see [`contains`]).
    pub department: Option<String>,
    /// öffentlich / nichtöffentlich (documents that do not say are never selected).
    pub public: Option<bool>,
    /// Earliest document date, inclusive (undated documents are never selected).
    pub from: Option<Date>,
    /// Latest document date, inclusive (undated documents are never selected).
    pub to: Option<Date>,
}

/// Why a filter value is not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FilterError {
    /// An unknown `--klimacheck` value.
    #[error("--klimacheck must be neutral, positive, negative or none, not {0:?}")]
    Klimacheck(String),
    /// An unknown `--type` value.
    #[error(
        "unknown --type {0:?} (Beschlussvorlage, Mitteilungsvorlage, Antrag, Anfrage, Ergänzungsvorlage)"
    )]
    DocType(String),
}

/// Parse a `--klimacheck` value: `Some(None)` for `none` (documents without a Klimacheck).
pub(crate) fn parse_klimacheck(value: &str) -> Result<Option<Klimacheck>, FilterError> {
    if value.trim().eq_ignore_ascii_case("none") {
        return Ok(None);
    }
    Klimacheck::parse(value)
        .map(Some)
        .ok_or_else(|| FilterError::Klimacheck(value.to_string()))
}

/// Parse a `--type` value (a canonical type name, any letter case).
pub(crate) fn parse_doc_type(value: &str) -> Result<DocType, FilterError> {
    DocType::parse(value).ok_or_else(|| FilterError::DocType(value.to_string()))
}

/// The form in which committee and department names are compared: lower case.
pub(crate) fn folded(name: &str) -> String {
    name.to_lowercase()
}

/// The form of a `--committee` / `--department` value: trimmed, lower case.
pub(crate) fn needle(value: &str) -> String {
    folded(value.trim())
}

/// True when `name` contains the filter `value` (case-insensitively, ignoring the value's
/// surrounding spaces).
pub(crate) fn contains(name: &str, value: &str) -> bool {
    folded(name).contains(&needle(value))
}

/// The value stored for a Klimacheck filter (`none` for documents without one).
pub(crate) fn klimacheck_key(k: Option<Klimacheck>) -> &'static str {
    k.map_or("none", Klimacheck::as_str)
}

impl Filters {
    /// The theme id asked for, trimmed.
    pub fn theme_id(&self) -> Option<&str> {
        self.theme.as_deref().map(str::trim)
    }

    /// Whether a record passes every filter that is set.
    pub fn matches(&self, r: &DocumentRecord) -> bool {
        let m = &r.meta;
        self.theme_id()
            .is_none_or(|t| r.themes.iter().any(|x| x == t))
            && self
                .committee
                .as_ref()
                .is_none_or(|c| m.consultations.iter().any(|x| contains(&x.committee, c)))
            && self
                .klimacheck
                .is_none_or(|k| klimacheck_key(m.klimacheck) == klimacheck_key(k))
            && self.doc_type.is_none_or(|t| m.doc_type == Some(t))
            && self
                .department
                .as_ref()
                .is_none_or(|d| m.department.as_deref().is_some_and(|x| contains(x, d)))
            && self.public.is_none_or(|p| m.public == Some(p))
            && self
                .from
                .is_none_or(|from| m.date.is_some_and(|d| d >= from))
            && self.to.is_none_or(|to| m.date.is_some_and(|d| d <= to))
    }

    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Consultation, Metadata};

    fn record() -> DocumentRecord {
        DocumentRecord {
            themes: vec!["digitalisierung".into()],
            meta: Metadata {
                consultations: vec![Consultation {
                    committee: "Ausschuss für Umwelt".into(),
                    date: None,
                    role: None,
                }],
                department: Some("Amt 40 Schule".into()),
                date: Some(jiff::civil::date(2022, 3, 1)),
                ..Metadata::default()
            },
            ..DocumentRecord::default()
        }
    }

    #[test]
    fn each_filter_selects() {
        let r = record();
        let pass = |f: Filters| f.matches(&r);
        assert!(pass(Filters::default()));
        assert!(pass(Filters {
            committee: Some(" UMWELT ".into()),
            theme: Some("digitalisierung ".into()),
            ..Filters::default()
        }));
        assert!(!pass(Filters {
            department: Some("kultur".into()),
            ..Filters::default()
        }));
        assert!(pass(Filters {
            klimacheck: Some(None),
            ..Filters::default()
        }));
        assert!(!pass(Filters {
            public: Some(true),
            ..Filters::default()
        }));
        let day = |d| Some(jiff::civil::date(2022, 3, d));
        assert!(pass(Filters {
            from: day(1),
            to: day(1),
            ..Filters::default()
        }));
        assert!(!pass(Filters {
            from: day(2),
            ..Filters::default()
        }));
    }

    #[test]
    fn values_parse() {
        assert_eq!(parse_klimacheck("none"), Ok(None));
        assert_eq!(parse_klimacheck("Positive"), Ok(Some(Klimacheck::Positive)));
        assert!(parse_klimacheck("gut").is_err());
        assert_eq!(parse_doc_type("antrag"), Ok(DocType::Antrag));
        assert!(parse_doc_type("Brief").is_err());
    }
}
