//! Which records a command selects: the one meaning of `--theme`, `--committee`, `--klimacheck`,
//! `--type`, `--department`, `--originator`, `--public`, `--from` and `--to`. The index translates a [`Filters`]
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
    /// Text contained in the originator (Fraktion, Beirat …; see [`contains`]).
    pub originator: Option<String>,
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
    #[error("unknown --type {0:?} ({names})", names = DocType::names())]
    DocType(String),
    /// A date in none of the accepted forms.
    #[error(
        "{0:?} is no date: use YYYY-MM-DD, DD.MM.YYYY, YYYY-MM, MM.YYYY or YYYY (a month or year means all of it)"
    )]
    Date(String),
    /// `--from` after `--to`.
    #[error("--from {0} is after --to {1}")]
    DateOrder(Date, Date),
    /// A theme that is neither an id nor a label of the taxonomy.
    #[error("unknown --theme {0:?}: the themes are {1} (see `ratsdex themes`)")]
    Theme(String, String),
}

/// Parse a `--klimacheck` value (English or German, any letter case): `Some(None)` for `none`
/// (documents without a Klimacheck).
pub fn parse_klimacheck(value: &str) -> Result<Option<Klimacheck>, FilterError> {
    let v = value.trim().to_lowercase();
    if matches!(v.as_str(), "none" | "keine" | "keiner" | "ohne") {
        return Ok(None);
    }
    Klimacheck::parse(&v)
        .map(Some)
        .ok_or_else(|| FilterError::Klimacheck(value.to_string()))
}

/// Parse a `--type` value (a canonical type name, any letter case).
pub fn parse_doc_type(value: &str) -> Result<DocType, FilterError> {
    DocType::parse(value).ok_or_else(|| FilterError::DocType(value.to_string()))
}

/// The first and last day a `--from`/`--to` value covers: `2024-03-15` and `15.03.2024` one day,
/// `2024-03` and `03.2024` the month, `2024` the year.
pub fn parse_date_span(value: &str) -> Result<(Date, Date), FilterError> {
    let bad = || FilterError::Date(value.to_string());
    let v = value.trim();
    let num = |s: &str| -> Result<i16, FilterError> {
        if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let day = |y: i16, m: i16, d: i16| Date::new(y, m as i8, d as i8).map_err(|_| bad());
    let month = |y: i16, m: i16| -> Result<(Date, Date), FilterError> {
        let first = Date::new(y, i8::try_from(m).map_err(|_| bad())?, 1).map_err(|_| bad())?;
        Ok((first, first.last_of_month()))
    };
    let year_of = |s: &str| -> Result<i16, FilterError> {
        if s.len() != 4 {
            return Err(bad());
        }
        num(s)
    };
    let parts: Vec<&str> = if v.contains('-') {
        v.split('-').collect()
    } else {
        v.split('.').collect()
    };
    match (v.contains('-'), parts.as_slice()) {
        (_, [y]) => {
            let y = year_of(y)?;
            Ok((day(y, 1, 1)?, day(y, 12, 31)?))
        }
        (true, [y, m]) => month(year_of(y)?, num(m)?),
        (true, [y, m, d]) => {
            let d = day(year_of(y)?, num(m)?, num(d)?)?;
            Ok((d, d))
        }
        (false, [m, y]) => month(year_of(y)?, num(m)?),
        (false, [d, m, y]) => {
            let d = day(year_of(y)?, num(m)?, num(d)?)?;
            Ok((d, d))
        }
        _ => Err(bad()),
    }
}

/// `from`..=`to` as filters, or an error when `from` is after `to`.
pub fn date_range(
    from: Option<Date>,
    to: Option<Date>,
) -> Result<(Option<Date>, Option<Date>), FilterError> {
    match (from, to) {
        (Some(f), Some(t)) if f > t => Err(FilterError::DateOrder(f, t)),
        _ => Ok((from, to)),
    }
}

/// The theme id a `--theme` value names among `themes` (`(id, label)`): the id or the label,
/// in any letter case, with or without umlauts spelled out (`bildung`, `Bildung und Schule`,
/// `Mobilitaet`). None when it names none of them.
pub fn resolve_theme<'a>(value: &str, themes: &[(&'a str, &'a str)]) -> Option<&'a str> {
    let want = crate::fold::spelled(value);
    if want.is_empty() {
        return None;
    }
    themes
        .iter()
        .find(|(id, label)| crate::fold::spelled(id) == want || crate::fold::spelled(label) == want)
        .map(|(id, _)| *id)
}

/// The error for a theme `value` that is none of `themes`.
pub fn unknown_theme(value: &str, themes: &[(&str, &str)]) -> FilterError {
    let ids: Vec<&str> = themes.iter().map(|(id, _)| *id).collect();
    FilterError::Theme(value.to_string(), ids.join(", "))
}

/// The form in which committee and department names are compared: lower case.
pub(crate) fn folded(name: &str) -> String {
    name.to_lowercase()
}

/// The form of a `--committee` / `--department` / `--originator` value: trimmed, lower case.
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
            && self
                .originator
                .as_ref()
                .is_none_or(|o| m.originator.as_deref().is_some_and(|x| contains(x, o)))
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

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn dates_in_every_accepted_form_cover_their_span() {
        for (v, first, last) in [
            ("2024-03-15", "2024-03-15", "2024-03-15"),
            ("15.03.2024", "2024-03-15", "2024-03-15"),
            ("5.3.2024", "2024-03-05", "2024-03-05"),
            ("2024-02", "2024-02-01", "2024-02-29"),
            ("02.2023", "2023-02-01", "2023-02-28"),
            ("2024", "2024-01-01", "2024-12-31"),
            (" 2024 ", "2024-01-01", "2024-12-31"),
        ] {
            assert_eq!(parse_date_span(v), Ok((d(first), d(last))), "{v}");
        }
        for v in [
            "",
            "24",
            "2024-13",
            "31.02.2024",
            "2024/03/01",
            "heute",
            "2024-03-15x",
            "1.2.3.4",
        ] {
            let e = parse_date_span(v).unwrap_err();
            assert!(e.to_string().contains("DD.MM.YYYY"), "{v}: {e}");
        }
        assert!(date_range(Some(d("2024-01-01")), Some(d("2023-01-01"))).is_err());
        assert!(date_range(Some(d("2023-01-01")), Some(d("2023-01-01"))).is_ok());
    }

    #[test]
    fn themes_by_id_or_label_in_any_case() {
        let themes = [
            ("bildung", "Bildung und Schule"),
            ("mobilitaet", "Mobilität"),
        ];
        assert_eq!(resolve_theme("Bildung", &themes), Some("bildung"));
        assert_eq!(
            resolve_theme("BILDUNG UND SCHULE", &themes),
            Some("bildung")
        );
        assert_eq!(resolve_theme("Mobilität", &themes), Some("mobilitaet"));
        assert_eq!(resolve_theme("schule", &themes), None);
        assert!(
            unknown_theme("schule", &themes)
                .to_string()
                .contains("bildung, mobilitaet")
        );
    }

    #[test]
    fn klimacheck_and_type_values_in_any_case_and_german() {
        assert_eq!(parse_klimacheck("Positiv"), Ok(Some(Klimacheck::Positive)));
        assert_eq!(parse_klimacheck("keine"), Ok(None));
        assert!(parse_klimacheck("ja").is_err());
        assert_eq!(parse_doc_type("antrag"), Ok(DocType::Antrag));
        assert!(
            parse_doc_type("Vorlage")
                .unwrap_err()
                .to_string()
                .contains("Beschlussvorlage")
        );
    }
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
